"""Connection-string checker API; libpq itself parses the strings (pgver C extension)."""
import os

from flask import Flask, jsonify, request

import pgver

app = Flask(__name__)


@app.get("/status")
def status():
    return jsonify(libpq=pgver.libpq_version(), dsn_ok=pgver.check_conninfo(os.environ.get("DATABASE_DSN", "host=db")) is None)


@app.post("/check")
def check():
    error = pgver.check_conninfo(request.get_data(as_text=True))
    return jsonify(valid=error is None, error=error)
