"""The Flask application that serves a built knowledge graph."""

from pathlib import Path

from flask import Flask, Response, request

from server import pages, problems, sparql, void
from server.settings import resolve
from server.state import ServedGraph


def create_app(config: dict | None = None) -> Flask:
    """Build the app: defaults, then `KG_` environment variables, then `config`."""
    app = Flask(__name__)
    app.config.update(resolve(config))

    served = ServedGraph(
        Path(app.config["BUILD_DIR"]),
        workers=int(app.config["QUERY_WORKERS"]),
        timeout=float(app.config["QUERY_TIMEOUT"]),
        answer_limit=int(app.config["ANSWER_LIMIT"]),
        memory_limit_quads=int(app.config["MEMORY_LIMIT_QUADS"]),
    )
    app.extensions["kg"] = served

    @app.before_request
    def switch_to_newest_build() -> None:
        served.refresh()

    app.register_blueprint(sparql.blueprint)
    app.register_blueprint(pages.blueprint)
    app.register_blueprint(void.blueprint)
    problems.register(app)
    app.after_request(_allow_cross_origin)
    return app


def _allow_cross_origin(response: Response) -> Response:
    """CORS: any web page may read this public, read-only data (YASGUI and the like)."""
    response.headers["Access-Control-Allow-Origin"] = "*"
    if request.method == "OPTIONS":
        response.headers["Access-Control-Allow-Methods"] = "GET, POST, OPTIONS"
        response.headers["Access-Control-Allow-Headers"] = "Accept, Content-Type"
        response.headers["Access-Control-Max-Age"] = "86400"
    return response
