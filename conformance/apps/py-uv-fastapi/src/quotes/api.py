"""Shipping quotes: price by weight band and zone."""
from fastapi import FastAPI, Query

app = FastAPI()
BANDS = [(1.0, 4.5), (5.0, 9.0), (20.0, 17.5)]
ZONES = {"domestic": 1.0, "eu": 1.6, "world": 2.8}


@app.get("/health")
def health():
    return {"ok": True}


@app.get("/quote")
def quote(kg: float = Query(gt=0), zone: str = "domestic"):
    base = next((price for limit, price in BANDS if kg <= limit), None)
    if base is None or zone not in ZONES:
        return {"quotable": False}
    return {"quotable": True, "eur": round(base * ZONES[zone], 2)}
