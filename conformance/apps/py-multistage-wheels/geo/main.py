from fastapi import FastAPI

import haversine_c

app = FastAPI()


@app.get("/health")
def health():
    berlin_paris = haversine_c.distance(52.52, 13.405, 48.8566, 2.3522)
    return {"ok": 870 < berlin_paris < 890}


@app.get("/distance")
def distance(lat1: float, lon1: float, lat2: float, lon2: float):
    return {"km": round(haversine_c.distance(lat1, lon1, lat2, lon2), 3)}
