"""Link preview service: fetches a page title (requests) for URLs users paste."""
import re

import requests
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.get("/health")
def health():
    return jsonify(ok=True, requests=requests.__version__)


@app.get("/preview")
def preview():
    page = requests.get(request.args["url"], timeout=3)
    title = re.search(r"<title>(.*?)</title>", page.text, re.S)
    return jsonify(title=title.group(1).strip() if title else None)
