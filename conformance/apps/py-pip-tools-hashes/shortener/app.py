"""URL shortener: base62 ids over an in-memory table (the production one sits behind Redis)."""
import string

from flask import Flask, abort, jsonify, redirect, request

ALPHABET = string.digits + string.ascii_letters
app = Flask(__name__)
links = []


def encode(n: int) -> str:
    s = ""
    while True:
        n, r = divmod(n, 62)
        s = ALPHABET[r] + s
        if n == 0:
            return s


@app.get("/-/health")
def health():
    return jsonify(ok=True, links=len(links))


@app.post("/")
def shorten():
    links.append(request.json["url"])
    return jsonify(id=encode(len(links) - 1)), 201


@app.get("/<code>")
def follow(code):
    n = 0
    for c in code:
        n = n * 62 + ALPHABET.index(c)
    if n >= len(links):
        abort(404)
    return redirect(links[n])
