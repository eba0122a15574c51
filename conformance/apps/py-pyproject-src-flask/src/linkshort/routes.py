"""HTTP routes."""
from flask import Blueprint, abort, current_app, jsonify, redirect, request

bp = Blueprint("links", __name__)


@bp.get("/livez")
def livez():
    return jsonify(status="ok", links=len(current_app.config["STORE"]))


@bp.post("/api/links")
def create_link():
    url = (request.get_json(silent=True) or {}).get("url", "")
    if not url.startswith(("http://", "https://")):
        abort(400, "url must be http(s)")
    return jsonify(code=current_app.config["STORE"].add(url)), 201


@bp.get("/<code>")
def follow(code: str):
    url = current_app.config["STORE"].get(code)
    if url is None:
        abort(404)
    return redirect(url, code=302)
