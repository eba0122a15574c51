"""Upload checksum service: a Flask factory app, checksums computed by the crcfast C extension."""
from flask import Flask, jsonify, request

import crcfast


def create_app():
    app = Flask(__name__)

    @app.get("/health")
    def health():
        return jsonify(status="ok", zlib=crcfast.zlib_version())

    @app.post("/checksum")
    def checksum():
        return jsonify(crc32=crcfast.crc32(request.get_data()))

    return app
