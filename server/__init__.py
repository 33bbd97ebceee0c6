"""The Flask application that serves a built knowledge graph."""

from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from flask import Flask, Response, request

from kg.dataset import BuiltDataset
from kg.engine import QueryEngine
from kg.errors import BuildFailed
from server import pages, problems, sparql
from server.settings import DEFAULTS


@dataclass
class ServedGraph:
    """What the app serves: a build, the server's own read-only view of it, and the engine."""

    dataset: BuiltDataset
    store: ox.Store
    engine: QueryEngine


def create_app(config: dict | None = None) -> Flask:
    """Build the app: defaults, then `KG_` environment variables, then `config`."""
    app = Flask(__name__)
    app.config.from_mapping(DEFAULTS)
    app.config.from_prefixed_env("KG")
    app.config.update(config or {})

    dataset = BuiltDataset.current(Path(app.config["BUILD_DIR"]))
    if dataset is None:
        raise BuildFailed(f"No build in {app.config['BUILD_DIR']}: run `kg build` first.")
    app.extensions["kg"] = ServedGraph(
        dataset=dataset,
        store=dataset.open_store(),
        engine=QueryEngine(
            dataset.store_path,
            workers=int(app.config["QUERY_WORKERS"]),
            timeout=float(app.config["QUERY_TIMEOUT"]),
        ),
    )
    app.register_blueprint(sparql.blueprint)
    app.register_blueprint(pages.blueprint)
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
