"""Serving the app with waitress, a production WSGI server."""

import logging

import waitress

from server import create_app


def serve(config: dict, host: str, port: int) -> None:
    """Create the app and serve it until interrupted."""
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    app = create_app(config)
    print(f"Serving the knowledge graph at http://{host}:{port}/ (SPARQL: /sparql)", flush=True)
    try:
        waitress.serve(app, host=host, port=port, threads=int(app.config["THREADS"]), ident="kg")
    finally:
        app.extensions["kg"].close()
