"""The SPARQL endpoint: /sparql, per the SPARQL 1.1 Protocol, read-only."""

from flask import Blueprint, Response, current_app, render_template, request

from kg.engine import QueryJob
from kg.errors import BadRequest
from kg.formats import BY_NAME, Kind
from kg.namespaces import PREFIXES
from kg.query_guard import check_query
from server.negotiation import negotiate, prefers_html
from server.protocol import FORM, read_request
from server.service_description import service_description_response

blueprint = Blueprint("sparql", __name__)

_PREFIXES = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}


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
    check_query(operation.query, state.dataset.graph_names)
    override = request.args.get("format") or request.form.get("format")
    results = negotiate(request.accept_mimetypes, Kind.RESULTS, override)
    graph = negotiate(request.accept_mimetypes, Kind.GRAPH, override)
    answer = state.engine.run(
        QueryJob(
            query=operation.query,
            results_format=results.name if results else None,
            graph_format=graph.name if graph else None,
            default_graphs=operation.default_graphs,
            named_graphs=operation.named_graphs,
            prefixes=_PREFIXES,
            base_iri=request.base_url,  # the protocol lets the service choose: the endpoint itself
        )
    )
    response = Response(answer.body, content_type=BY_NAME[answer.format_name].content_type)
    response.headers["Vary"] = "Accept"
    return response
