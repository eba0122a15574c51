"""Double-entry ledger: every posting must balance to zero."""
from decimal import Decimal

from flask import Flask, jsonify, request

app = Flask(__name__)
journal = []


@app.get("/health")
def health():
    return jsonify(status="ok", entries=len(journal))


@app.post("/postings")
def post():
    legs = request.json["legs"]
    if sum(Decimal(str(l["amount"])) for l in legs) != 0:
        return jsonify(error="unbalanced"), 422
    journal.append(legs)
    return jsonify(entry=len(journal)), 201
