"""Feed validator: counts the elements of a posted RSS/Atom document with libxml2."""
from fastapi import FastAPI, Request

import xmlcount

app = FastAPI()
SAMPLE = "<rss><channel><item/><item/></channel></rss>"


@app.get("/ready")
def ready():
    return {"libxml2": xmlcount.libxml_version(), "sample_elements": xmlcount.elements(SAMPLE)}


@app.post("/validate")
async def validate(request: Request):
    n = xmlcount.elements((await request.body()).decode())
    return {"valid": n >= 0, "elements": n}
