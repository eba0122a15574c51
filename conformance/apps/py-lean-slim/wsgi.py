"""Feature toggle reader: a tiny Flask app already packaged the lean way."""
import os

from flask import Flask, jsonify

app = Flask(__name__)


@app.get("/health")
def health():
    return jsonify(ok=True, region=os.environ.get("REGION", "local"))
