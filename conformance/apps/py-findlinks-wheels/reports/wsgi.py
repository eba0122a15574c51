"""Report compressor: RLE-encodes uploaded scan lines (rle_codec wheel built from libs/rle)."""
import requests  # noqa: F401  (used by the upstream fetcher; imported here so a missing wheel fails at start)
from flask import Flask, jsonify, request

import rle_codec

app = Flask(__name__)


@app.get("/ping")
def ping():
    return jsonify(ok=rle_codec.encode(b"aaab") == b"\x03a\x01b")


@app.post("/encode")
def encode():
    return rle_codec.encode(request.get_data()), 200, {"Content-Type": "application/octet-stream"}
