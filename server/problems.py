"""The one error handler: every error becomes the same response shape, never a stack trace."""

import logging

from flask import Flask, Response, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from kg.errors import KGError
from server.negotiation import prefers_html

log = logging.getLogger(__name__)


def problem_response(status: int, title: str, message: str) -> Response:
    """An error as HTML for browsers, JSON for clients that ask for it, plain text otherwise."""
    accept = request.accept_mimetypes
    if prefers_html(accept):
        body = render_template("error.html", status=status, title=title, message=message)
        response = Response(body, status=status, mimetype="text/html")
    elif {value for value, _ in accept} & {"application/json", "application/problem+json"}:
        response = jsonify(status=status, title=title, message=message)
        response.status_code = status
    else:
        response = Response(f"{status} {title}: {message}\n", status=status, mimetype="text/plain")
    return response


def register(app: Flask) -> None:
    """Install the handler for the project's errors, HTTP errors and anything unexpected."""

    @app.errorhandler(KGError)
    def handle_kg_error(error: KGError) -> Response:
        return problem_response(error.status, error.title, error.message)

    @app.errorhandler(HTTPException)
    def handle_http_error(error: HTTPException) -> Response:
        response = problem_response(error.code or 500, error.name, error.description or "")
        for name, value in error.get_headers():  # keeps Allow on a 405
            if name.lower() != "content-type":
                response.headers[name] = value
        return response

    @app.errorhandler(Exception)
    def handle_unexpected(error: Exception) -> Response:
        log.exception("Unexpected error answering %s %s", request.method, request.path)
        return problem_response(500, "Internal error", "The server failed to answer; it is logged.")
