"""Reading a SPARQL 1.1 Protocol request: which query, against which graphs. Pure functions."""

from dataclasses import dataclass

import pyoxigraph as ox
from werkzeug.datastructures import MultiDict

from kg.errors import BadRequest, MethodNotAllowed, ReadOnly, UnsupportedMediaType

FORM = "application/x-www-form-urlencoded"
QUERY_BODY = "application/sparql-query"
UPDATE_BODY = "application/sparql-update"


@dataclass(frozen=True)
class ProtocolRequest:
    """A query operation as the protocol defines it (query None: no operation was asked for)."""

    query: str | None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


def read_request(
    method: str, content_type: str, args: MultiDict, form: MultiDict, body: bytes
) -> ProtocolRequest:
    """The operation a request carries, or the protocol error it makes."""
    media_type = content_type.split(";")[0].strip().lower()
    if method in ("GET", "HEAD"):
        params = args
        query = _single(params, "query")
    elif method == "POST" and media_type == FORM:
        params = form
        query = _single(params, "query")
        if "query" in args:
            raise BadRequest("The query goes in the request body of a form POST, not in the URL.")
    elif method == "POST" and media_type == QUERY_BODY:
        params = args
        if "query" in args:
            raise BadRequest("The query is the request body; it must not also be in the URL.")
        try:
            query = body.decode("utf-8")
        except UnicodeDecodeError:
            raise BadRequest("The query body is not UTF-8 text.") from None
    elif method == "POST" and media_type == UPDATE_BODY:
        raise ReadOnly("This endpoint is read-only: it accepts no updates.")
    elif method == "POST":
        raise UnsupportedMediaType(
            f"A query POST has the body type {FORM} or {QUERY_BODY}, not {media_type or 'none'}."
        )
    else:
        raise MethodNotAllowed(f"The endpoint answers GET and POST, not {method}.")  # routing stops others
    if "update" in params or "update" in args:
        raise ReadOnly("This endpoint is read-only: it accepts no updates.")
    return ProtocolRequest(
        query=query,
        default_graphs=_graph_iris(params, "default-graph-uri"),
        named_graphs=_graph_iris(params, "named-graph-uri"),
    )


def _graph_iris(params: MultiDict, name: str) -> tuple[str, ...]:
    """The values of a graph parameter, each of which must be an absolute IRI."""
    iris = tuple(params.getlist(name))
    for iri in iris:
        try:
            ox.NamedNode(iri)
        except ValueError:
            raise BadRequest(f"The {name} {iri!r} is not an absolute IRI.") from None
    return iris


def _single(params: MultiDict, name: str) -> str | None:
    values = params.getlist(name)
    if len(values) > 1:
        raise BadRequest(f"The request has {len(values)} '{name}' parameters; it may have one.")
    return values[0] if values else None
