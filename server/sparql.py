"""The SPARQL endpoint: /sparql, per the SPARQL 1.1 Protocol, read-only."""

from functools import lru_cache

from flask import Blueprint, Response, current_app, render_template, request
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.engine import QueryJob
from kg.errors import BadRequest
from kg.formats import BY_NAME, Kind
from kg.namespaces import PREFIX_IRIS
from kg.query_guard import check_query
from server.negotiation import negotiate, prefers_html
from server.protocol import FORM, read_request
from server.service_description import service_description_response

blueprint = Blueprint("sparql", __name__)


@blueprint.route("/sparql", methods=["GET", "POST"])
def endpoint() -> Response:
    """Answer one query operation."""
    body = b"" if request.mimetype == FORM else request.get_data(cache=False)
    operation = read_request(request.method, request.content_type or "", request.args, request.form, body)
    if operation.query is None:
        if prefers_html(request.accept_mimetypes):
            return Response(render_template("sparql.html"), mimetype="text/html")
        if request.method in ("GET", "HEAD") and not (operation.default_graphs or operation.named_graphs):
            return service_description_response()
        raise BadRequest("The request has no 'query' parameter.")
    state = current_app.extensions["kg"]
    _check_query_once(operation.query, state.dataset.graph_names)
    override = request.args.get("format") or request.form.get("format")
    results_format, graph_format = _answer_formats(request.headers.get("Accept", ""), override)
    answer = state.engine.run(
        QueryJob(
            query=operation.query,
            results_format=results_format,
            graph_format=graph_format,
            default_graphs=operation.default_graphs,
            named_graphs=operation.named_graphs,
            prefixes=PREFIX_IRIS,
            base_iri=request.base_url,  # the protocol lets the service choose: the endpoint itself
        )
    )
    response = Response(answer.body, content_type=BY_NAME[answer.format_name].content_type)
    response.headers["Vary"] = "Accept"
    return response


# The two steps below are pure functions of request text that every query pays for, and clients
# repeat the same texts (an application's queries, its Accept header): each is worked out once.


@lru_cache(maxsize=128)  # at most 128 queries of at most 100 kB (query_guard.MAX_QUERY_BYTES)
def _check_query_once(query: str, graph_names: frozenset[str]) -> None:
    """check_query, remembered for queries that passed it (a rejected query raises, and is not)."""
    check_query(query, graph_names)


@lru_cache(maxsize=64)
def _answer_formats(accept: str, override: str | None) -> tuple[str | None, str | None]:
    """The names of the formats for a results answer and for a graph answer, None if none fits."""
    accepted = parse_accept_header(accept, MIMEAccept)
    results = negotiate(accepted, Kind.RESULTS, override)
    graph = negotiate(accepted, Kind.GRAPH, override)
    return (results.name if results else None, graph.name if graph else None)
