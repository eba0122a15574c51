"""Stock levels API (FastAPI), installed in editable mode from the repository root."""
from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

app = FastAPI(title="inventory")
STOCK = {"sku-1": 12, "sku-2": 0}


class Level(BaseModel):
    sku: str
    quantity: int


@app.get("/healthz")
def healthz():
    return {"status": "ok"}


@app.get("/stock/{sku}", response_model=Level)
def stock(sku: str):
    if sku not in STOCK:
        raise HTTPException(status_code=404, detail="unknown sku")
    return Level(sku=sku, quantity=STOCK[sku])
