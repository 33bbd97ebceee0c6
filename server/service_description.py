"""The SPARQL 1.1 Service Description of the endpoint: what it accepts, answers and holds.

A GET of /sparql without a query, from a client that does not prefer HTML, gets this graph
(SPARQL 1.1 Service Description, section 2). Each claim is computed from what the server
really does: the format table, the settings, the query guard's limits and the build's manifest.
"""

from flask import Response, current_app, request, url_for
from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, VOID

from kg.dataset import ALL_GRAPHS, DEFAULT_GRAPH_KEY, BuiltDataset
from kg.errors import BadRequest
from kg.formats import FORMATS, W3C_FORMATS, Kind
from kg.namespaces import INFERRED_GRAPH, LIMIT, SD
from kg.query_guard import MAX_NESTING, MAX_QUERY_BYTES
from server.negotiation import negotiate
from server.void import current_statistics

ENTAILMENT = "http://www.w3.org/ns/entailment/"
OWL_PROFILE = "http://www.w3.org/ns/owl-profile/"

LIMIT_TERMS: tuple[tuple[URIRef, str, str, URIRef], ...] = (
    (
        LIMIT.queryTimeLimit,
        "query time limit",
        "Seconds a query may run at this endpoint; one that runs longer is stopped and answered 503.",
        XSD.decimal,
    ),
    (
        LIMIT.maxAnswerBytes,
        "maximum answer size",
        "Bytes a query's serialized answer may have; a query whose answer would be larger is stopped "
        "and answered 400.",
        XSD.integer,
    ),
    (
        LIMIT.maxQueryBytes,
        "maximum query size",
        "Bytes of UTF-8 a query text may have; a longer one is refused with 400.",
        XSD.integer,
    ),
    (
        LIMIT.maxQueryNesting,
        "maximum query nesting",
        "How deep a query may nest groups, braces, brackets and parentheses; a deeper one is "
        "refused with 400.",
        XSD.integer,
    ),
)
"""The few terms of our own: the endpoint's limits, described wherever they are used."""


def service_description(
    endpoint: str,
    dataset_iri: str,
    dataset: BuiltDataset,
    default_graph_triples: int,
    query_timeout: float,
    answer_limit: int,
) -> Graph:
    """The service description of an endpoint at `endpoint` serving `dataset`."""
    graph = Graph()
    graph.bind("sd", SD)
    graph.bind("void", VOID)
    graph.bind("limit", LIMIT)
    graph.bind("ent", ENTAILMENT)
    graph.bind("formats", W3C_FORMATS)

    service = URIRef(endpoint + "#service")
    graph.add((service, RDF.type, SD.Service))
    graph.add((service, SD.endpoint, URIRef(endpoint)))
    graph.add((service, SD.supportedLanguage, SD.SPARQL11Query))  # and no SPARQL Update
    for fmt in FORMATS:
        graph.add((service, SD.resultFormat, URIRef(fmt.iri)))
    graph.add(
        (
            service,
            RDFS.comment,
            Literal(
                "Read-only: updates are answered 403. Queries may not reach outside this dataset: "
                "SERVICE, LOAD, and FROM or FROM NAMED of an IRI that names no graph here are "
                "refused with 400, so basic federated query is not offered."
            ),
        )
    )
    graph_sizes = dataset.manifest["graphs"]
    # sd:UnionDefaultGraph promises the merge of all the named graphs: true when the build merged
    # every graph and the store's own default graph held no triples of its own (files of triples
    # served by `kg serve FILE...` do).
    merged = dataset.manifest.get("default_graph", ALL_GRAPHS)
    if merged == ALL_GRAPHS and DEFAULT_GRAPH_KEY not in graph_sizes:
        graph.add((service, SD.feature, SD.UnionDefaultGraph))
    _describe_entailment(graph, service, reasoned=str(INFERRED_GRAPH) in graph_sizes)
    _describe_limits(graph, service, query_timeout, answer_limit)

    default_dataset = URIRef(dataset_iri)
    graph.add((service, SD.defaultDataset, default_dataset))
    graph.add((default_dataset, RDF.type, SD.Dataset))
    default_graph = BNode()
    graph.add((default_dataset, SD.defaultGraph, default_graph))
    graph.add((default_graph, RDF.type, SD.Graph))
    graph.add((default_graph, VOID.triples, Literal(default_graph_triples)))
    graph.add(
        (
            default_graph,
            RDFS.comment,
            Literal(
                "The RDF merge of "
                + ("all the graphs of the dataset" if merged == ALL_GRAPHS else ", ".join(merged))
                + ": a triple that several graphs hold is in it once. Other graphs are reached by name."
            ),
        )
    )
    for name in sorted(dataset.graph_names):
        named_graph, described = BNode(), BNode()
        graph.add((default_dataset, SD.namedGraph, named_graph))
        graph.add((named_graph, RDF.type, SD.NamedGraph))
        graph.add((named_graph, SD.name, URIRef(name)))
        graph.add((named_graph, SD.entailmentRegime, URIRef(ENTAILMENT + "Simple")))
        graph.add((named_graph, SD.graph, described))
        graph.add((described, RDF.type, SD.Graph))
        graph.add((described, VOID.triples, Literal(graph_sizes[name])))
    return graph


def _describe_entailment(graph: Graph, service: URIRef, *, reasoned: bool) -> None:
    """Which entailment the default graph answers under.

    A reasoned build stores the OWL 2 RL/RDF rules' closure of its graphs in the inferred graph,
    and the default graph is the union of all graphs: its answers are those of the OWL 2
    RDF-Based Semantics regime as far as the OWL 2 RL profile's rules reach, computed ahead of
    time. A named graph holds only what it holds, so each one is described as simple entailment.
    """
    if not reasoned:
        graph.add((service, SD.defaultEntailmentRegime, URIRef(ENTAILMENT + "Simple")))
        return
    graph.add((service, SD.defaultEntailmentRegime, URIRef(ENTAILMENT + "OWL-RDF-Based")))
    graph.add((service, SD.defaultSupportedEntailmentProfile, URIRef(OWL_PROFILE + "RL")))
    graph.add(
        (
            service,
            RDFS.comment,
            Literal(
                "The default graph includes the OWL 2 RL/RDF rules' closure of the dataset, computed "
                "when it was built (the inferred graph); a query that names graphs, with GRAPH, FROM "
                "or the protocol's parameters, sees only what those graphs store."
            ),
        )
    )


def _describe_limits(graph: Graph, service: URIRef, query_timeout: float, answer_limit: int) -> None:
    values = {
        LIMIT.queryTimeLimit: Literal(str(query_timeout), datatype=XSD.decimal),
        LIMIT.maxAnswerBytes: Literal(answer_limit),
        LIMIT.maxQueryBytes: Literal(MAX_QUERY_BYTES),
        LIMIT.maxQueryNesting: Literal(MAX_NESTING),
    }
    for term, label, comment, datatype in LIMIT_TERMS:
        graph.add((service, term, values[term]))
        graph.add((term, RDF.type, RDF.Property))
        graph.add((term, RDFS.label, Literal(label, lang="en")))
        graph.add((term, RDFS.comment, Literal(comment, lang="en")))
        graph.add((term, RDFS.domain, SD.Service))
        graph.add((term, RDFS.range, datatype))


def service_description_response() -> Response:
    """The service description, in the RDF format the request accepts."""
    fmt = negotiate(request.accept_mimetypes, Kind.GRAPH, request.args.get("format"))
    if fmt is None:
        raise BadRequest(
            "The request has no 'query' parameter. Without one, this endpoint describes itself in RDF "
            "(Turtle, JSON-LD, RDF/XML ...), which the request does not accept."
        )
    state = current_app.extensions["kg"]
    graph = service_description(
        endpoint=url_for("sparql.endpoint", _external=True),
        dataset_iri=url_for("void.description", _external=True) + "#dataset",
        dataset=state.dataset,
        default_graph_triples=current_statistics().triples,
        query_timeout=state.engine.timeout,
        answer_limit=state.engine.answer_limit,
    )
    body = graph.serialize(format=fmt.rdflib_name, encoding="utf-8")
    response = Response(body, content_type=fmt.content_type)
    response.headers["Vary"] = "Accept"
    return response
