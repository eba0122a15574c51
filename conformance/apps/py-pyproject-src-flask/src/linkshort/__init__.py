"""linkshort: application factory."""
from flask import Flask

from linkshort.store import LinkStore

__version__ = "0.6.1"


def create_app(store: LinkStore | None = None) -> Flask:
    app = Flask(__name__)
    app.config["STORE"] = store or LinkStore()

    from linkshort.routes import bp

    app.register_blueprint(bp)
    return app
