"""Typed errors of the knowledge graph, each carrying the HTTP status a server should answer with.

The status travels with the error so that the server needs one handler, not one per error;
nothing here knows about any web framework.
"""


class KGError(Exception):
    """Base of every error this project raises on purpose."""

    status = 500
    title = "Internal error"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadQuery(KGError):
    """The query cannot be parsed, or breaks a rule of this endpoint."""

    status = 400
    title = "Bad query"


class QueryNotEvaluable(BadQuery):
    """The query parses, but the engine cannot evaluate it (a function it does not implement)."""

    title = "Query cannot be evaluated"


class AnswerTooLarge(BadQuery):
    """The query's serialized answer would pass the endpoint's size limit."""

    title = "Answer too large"


class BadRequest(KGError):
    """The request is malformed: missing or repeated parameters, unreadable body."""

    status = 400
    title = "Bad request"


class ReadOnly(KGError):
    """An update was sent to a read-only endpoint."""

    status = 403
    title = "Read-only"


class NotFound(KGError):
    """The graph describes no such resource."""

    status = 404
    title = "Not found"


class MethodNotAllowed(KGError):
    """The HTTP method is not one this resource answers."""

    status = 405
    title = "Method not allowed"


class NotAcceptable(KGError):
    """No format the client accepts can carry this answer."""

    status = 406
    title = "Not acceptable"


class UnsupportedMediaType(KGError):
    """The request body has a media type this endpoint does not read."""

    status = 415
    title = "Unsupported media type"


class QueryTimeout(KGError):
    """The query ran past the time limit and was stopped."""

    status = 503
    title = "Query timeout"


class EngineUnavailable(KGError):
    """No query worker could take the query: all are busy, or one died evaluating it."""

    status = 503
    title = "Query engine unavailable"


class BuildFailed(KGError):
    """The graph could not be built: unreadable input or a SHACL violation."""

    status = 500
    title = "Build failed"


class BadArticle(KGError):
    """An article given for extraction cannot be used: empty, not text, not English, too long, no date."""

    status = 400
    title = "Bad article"
