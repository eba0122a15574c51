"""A small reports service that answers with the shared library's settings and the version the build passed."""
import json
import os
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

COMMON = json.loads((Path(__file__).resolve().parents[2] / "libs" / "common" / "greeting.json").read_text())


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        status, body = (200, {"status": "ok", "service": "reports", "version": os.environ.get("APP_VERSION"), **COMMON}) \
            if self.path == "/health" else (404, {"error": "not found"})
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8081"))
    print(f"reports listening on {port}", flush=True)
    HTTPServer(("0.0.0.0", port), Handler).serve_forever()
