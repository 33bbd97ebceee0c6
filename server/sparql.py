"""The SPARQL endpoint: /sparql, per the SPARQL 1.1 Protocol, read-only."""

from functools import lru_cache

from flask import Blueprint, Response, current_app, render_template, request
from werkzeug.datastructures import ImmutableMultiDict, MIMEAccept
from werkzeug.http import parse_accept_header
from werkzeug.sansio.utils import get_current_url

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
    posted = request.method == "POST"  # a GET's body and form are not read: they mean nothing here
    body = request.get_data(cache=False) if posted and request.mimetype != FORM else b""
    form = request.form if posted else _NO_FORM
    operation = read_request(request.method, request.content_type or "", request.args, form, body)
    if operation.query is None:
        if prefers_html(request.accept_mimetypes):
            return Response(render_template("sparql.html"), mimetype="text/html")
        if request.method in ("GET", "HEAD") and not (operation.default_graphs or operation.named_graphs):
            return service_description_response()
        raise BadRequest("The request has no 'query' parameter.")
    state = current_app.extensions["kg"]
    _check_query_once(operation.query, state.dataset.graph_names)
    override = request.args.get("format") or form.get("format")
    results_format, graph_format = _answer_formats(request.headers.get("Accept", ""), override)
    answer = state.engine.run(
        QueryJob(
            query=operation.query,
            results_format=results_format,
            graph_format=graph_format,
            default_graphs=operation.default_graphs,
            named_graphs=operation.named_graphs,
            prefixes=PREFIX_IRIS,
            # The protocol lets the service choose the base: the endpoint's own IRI.
            base_iri=_endpoint_iri(request.scheme, request.host, request.root_path, request.path),
        )
    )
    content_type = BY_NAME[answer.format_name].content_type
    return Response(answer.body, headers={"Content-Type": content_type, "Vary": "Accept"})


_NO_FORM: ImmutableMultiDict = ImmutableMultiDict()


# The two steps below are pure functions of request text that every query pays for, and clients
# repeat the same texts (an application's queries, its Accept header): each is worked out once.


@lru_cache(maxsize=128)  # at most 128 queries of at most 100 kB (query_guard.MAX_QUERY_BYTES)
def _check_query_once(query: str, graph_names: frozenset[str]) -> None:
    """check_query, remembered for queries that passed it (a rejected query raises, and is not)."""
    check_query(query, graph_names)


@lru_cache(maxsize=16)
def _endpoint_iri(scheme: str, host: str, root_path: str, path: str) -> str:
    """The endpoint's IRI as the request names it (what `request.base_url` gives, worked out once)."""
    return get_current_url(scheme, host, root_path, path)


@lru_cache(maxsize=64)
def _answer_formats(accept: str, override: str | None) -> tuple[str | None, str | None]:
    """The names of the formats for a results answer and for a graph answer, None if none fits."""
    accepted = parse_accept_header(accept, MIMEAccept)
    results = negotiate(accepted, Kind.RESULTS, override)
    graph = negotiate(accepted, Kind.GRAPH, override)
    return (results.name if results else None, graph.name if graph else None)
