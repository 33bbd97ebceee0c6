"""The SPARQL 1.1 Protocol over real HTTP: operations, formats, datasets, and refusals.

Answers are parsed back (rdflib reads every results and RDF format served) and compared with
what the build's own N-Quads dump says, read independently of the server's engine.
"""

import io
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF
from rdflib.query import Result

from kg.dataset import BuiltDataset
from kg.formats import BY_NAME
from kg.load import load_files
from kg.namespaces import CURATED_GRAPH, INFERRED_GRAPH, JUSTIFICATIONS_GRAPH, PROVENANCE_GRAPH
from kg.provenance import CURATORS
from kg.sources import SHAPES_GRAPH
from server import create_app

PROVENANCE = str(PROVENANCE_GRAPH)
SELECT_PROVENANCE = f"SELECT ?s ?p ?o WHERE {{ GRAPH <{PROVENANCE}> {{ ?s ?p ?o }} }}"
CONSTRUCT_PROVENANCE = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{PROVENANCE}> {{ ?s ?p ?o }} }}"
ASK_CURATORS_ARE_AGENTS = f"ASK {{ <{CURATORS}> a <{PROV.Agent}> }}"
ASK_CURATORS_ARE_GRAPHS = f"ASK {{ <{CURATORS}> a <{PROV.Bundle}> }}"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
COUNT_DISTINCT = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"
MALFORMED = "SELECT ?s WHERE { ?s ?p }"
TRANSPORTS = ("GET", "POST form", "POST query")
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"

Send = Callable[..., requests.Response]


@pytest.fixture(scope="module")
def dataset(built: BuiltDataset) -> Dataset:
    """The build's whole dataset, read from its N-Quads dump with rdflib."""
    return Dataset(default_union=True).parse(built.path / BuiltDataset.NQUADS, format="nquads")


@pytest.fixture(scope="module")
def send(sparql_url: str) -> Send:
    """Send a query by one of the protocol's three operations, with extra parameters and headers."""

    def run(transport: str, query: str, headers: dict | None = None, **params) -> requests.Response:
        headers = headers or {}
        if transport == "GET":
            return requests.get(sparql_url, params={"query": query, **params}, headers=headers)
        if transport == "POST form":
            return requests.post(sparql_url, data={"query": query, **params}, headers=headers)
        headers = {"Content-Type": "application/sparql-query", **headers}
        return requests.post(sparql_url, params=params, data=query.encode("utf-8"), headers=headers)

    return run


def rows(response: requests.Response, format_name: str) -> set[tuple]:
    """The solutions of a results document, as a set of tuples of rdflib terms."""
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"] == BY_NAME[format_name].content_type
    result = Result.parse(io.BytesIO(response.content), format=format_name)
    return {tuple(row) for row in result}


def boolean(response: requests.Response, format_name: str) -> bool:
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"] == BY_NAME[format_name].content_type
    if format_name in ("csv", "tsv"):  # a bare `true` or `false`, which rdflib does not read
        return {"true": True, "false": False}[response.text.strip()]
    return Result.parse(io.BytesIO(response.content), format=format_name).askAnswer


def triples(response: requests.Response, format_name: str) -> set[tuple]:
    """The triples of an RDF document in any served format (quads merged into one graph)."""
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"] == BY_NAME[format_name].content_type
    fmt = BY_NAME[format_name]
    graph = Dataset(default_union=True) if format_name in ("trig", "nq") else Graph()
    graph.parse(data=response.content, format=fmt.rdflib_name)
    return set(graph.triples((None, None, None)))


def count(response: requests.Response) -> int:
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


def as_text(solutions: set[tuple]) -> set[tuple]:
    return {tuple(str(term) for term in row) for row in solutions}


# Operations and result formats


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_every_operation_gets_the_same_answer(send: Send, transport: str, dataset: Dataset) -> None:
    response = send(transport, SELECT_PROVENANCE)
    assert rows(response, "json") == set(dataset.graph(PROVENANCE_GRAPH))


@pytest.mark.parametrize(
    ("accept", "format_name"),
    [
        ("application/sparql-results+json", "json"),
        ("application/sparql-results+xml", "xml"),
        ("text/tab-separated-values", "tsv"),
        ("", "json"),
        ("*/*", "json"),
    ],
)
def test_select_results_by_accept(send: Send, accept: str, format_name: str, dataset: Dataset) -> None:
    response = send("GET", SELECT_PROVENANCE, {"Accept": accept})
    assert rows(response, format_name) == set(dataset.graph(PROVENANCE_GRAPH))


def test_select_results_as_csv(send: Send, dataset: Dataset) -> None:
    # CSV keeps no term types: compare the texts.
    response = send("GET", SELECT_PROVENANCE, {"Accept": "text/csv"})
    assert as_text(rows(response, "csv")) == as_text(set(dataset.graph(PROVENANCE_GRAPH)))


@pytest.mark.parametrize("format_name", ["json", "xml", "csv", "tsv"])
@pytest.mark.parametrize(
    ("query", "expected"), [(ASK_CURATORS_ARE_AGENTS, True), (ASK_CURATORS_ARE_GRAPHS, False)]
)
def test_ask_in_every_results_format(send: Send, format_name: str, query: str, expected: bool) -> None:
    response = send("POST form", query, {"Accept": BY_NAME[format_name].media_type})
    assert boolean(response, format_name) is expected


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("format_name", ["xml", "csv", "tsv"])
def test_format_parameter_overrides_accept(send: Send, transport: str, format_name: str) -> None:
    response = send(transport, ASK_CURATORS_ARE_AGENTS, {"Accept": "application/json"}, format=format_name)
    assert boolean(response, format_name) is True


# Graph answers


@pytest.mark.parametrize("format_name", ["ttl", "nt", "jsonld", "rdf", "trig", "nq"])
def test_construct_by_accept(send: Send, format_name: str, dataset: Dataset) -> None:
    response = send("POST form", CONSTRUCT_PROVENANCE, {"Accept": BY_NAME[format_name].media_type})
    assert triples(response, format_name) == set(dataset.graph(PROVENANCE_GRAPH))


@pytest.mark.parametrize("accept", ["", "*/*", BROWSER])
def test_construct_is_turtle_by_default(send: Send, accept: str, dataset: Dataset) -> None:
    response = send("GET", CONSTRUCT_PROVENANCE, {"Accept": accept})
    assert triples(response, "ttl") == set(dataset.graph(PROVENANCE_GRAPH))


@pytest.mark.parametrize("format_name", ["ttl", "nt", "jsonld", "rdf"])
def test_construct_by_format_parameter(send: Send, format_name: str, dataset: Dataset) -> None:
    response = send("GET", CONSTRUCT_PROVENANCE, {"Accept": "text/turtle"}, format=format_name)
    assert triples(response, format_name) == set(dataset.graph(PROVENANCE_GRAPH))


@pytest.mark.parametrize("format_name", ["ttl", "nt", "jsonld", "rdf"])
def test_describe(send: Send, format_name: str, dataset: Dataset) -> None:
    response = send("GET", f"DESCRIBE <{CURATORS}>", {"Accept": BY_NAME[format_name].media_type})
    described = triples(response, format_name)
    assert (CURATORS, RDF.type, PROV.Agent) in described
    assert described == set(dataset.triples((CURATORS, None, None)))


# The dataset a query runs on


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_default_graph_uri_makes_that_graph_the_default(
    send: Send, transport: str, built: BuiltDataset
) -> None:
    counted = {
        name: count(send(transport, COUNT, **{"default-graph-uri": name})) for name in built.graph_names
    }
    assert counted == {name: built.manifest["graphs"][name] for name in built.graph_names}


def test_several_default_graph_uris_merge(send: Send, built: BuiltDataset, dataset: Dataset) -> None:
    names = sorted(built.graph_names)[:2]
    merged = set().union(*(set(dataset.graph(URIRef(name))) for name in names))
    assert count(send("GET", COUNT_DISTINCT, **{"default-graph-uri": names})) == len(merged)


def test_without_a_dataset_the_default_graph_is_the_merge_of_the_content_graphs(
    send: Send, dataset: Dataset, built: BuiltDataset
) -> None:
    merged = built.manifest["default_graph"]
    assert set(merged) >= {str(CURATED_GRAPH), str(INFERRED_GRAPH)}
    assert not {str(JUSTIFICATIONS_GRAPH), str(SHAPES_GRAPH)} & set(merged)
    expected = set().union(*(set(dataset.graph(URIRef(name))) for name in merged))
    assert count(send("GET", COUNT_DISTINCT)) == len(expected)


# pyoxigraph 0.5.13's own union mode yields a triple once per graph holding it (oxigraph#1919);
# the build's materialized merge (kg.dataset.merge_into_default_graph) holds it once.
def test_a_triple_two_graphs_share_is_in_the_default_graph_once(tmp_path: Path) -> None:
    quads = tmp_path / "shared.nq"
    quads.write_text("<urn:s> <urn:p> <urn:o> <urn:g1> .\n<urn:s> <urn:p> <urn:o> <urn:g2> .\n")
    load_files([quads], tmp_path / "out")
    app = create_app({"BUILD_DIR": str(tmp_path / "out"), "QUERY_WORKERS": 1})
    try:
        response = app.test_client().get("/sparql", query_string={"query": COUNT})
        assert response.json["results"]["bindings"][0]["n"]["value"] == "1"
    finally:
        app.extensions["kg"].close()


def test_graph_variable_lists_the_named_graphs(select: Callable, built: BuiltDataset) -> None:
    found = select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert found == {(name,) for name in built.graph_names}


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_named_graph_uri_restricts_the_named_graphs(send: Send, transport: str) -> None:
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    response = send(transport, query, **{"named-graph-uri": PROVENANCE})
    assert rows(response, "json") == {(PROVENANCE_GRAPH,)}


def test_a_protocol_dataset_with_only_named_graphs_has_an_empty_default_graph(send: Send) -> None:
    assert count(send("GET", COUNT, **{"named-graph-uri": PROVENANCE})) == 0


def test_the_protocol_dataset_replaces_the_querys(send: Send, built: BuiltDataset) -> None:
    other = next(name for name in sorted(built.graph_names) if name != PROVENANCE)
    query = f"SELECT (COUNT(*) AS ?n) FROM <{other}> WHERE {{ ?s ?p ?o }}"
    response = send("POST form", query, **{"default-graph-uri": PROVENANCE})
    assert count(response) == built.manifest["graphs"][PROVENANCE]


# Refusals


def parser_message(query: str) -> str:
    """What the SPARQL parser says about a query."""
    with pytest.raises(SyntaxError) as error:
        ox.Store().query(query)
    return str(error.value)


def assert_no_trace(response: requests.Response) -> None:
    assert "Traceback" not in response.text
    assert 'File "' not in response.text


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_malformed_query_is_400_with_the_parsers_message(send: Send, transport: str) -> None:
    response = send(transport, MALFORMED)
    assert response.status_code == 400
    assert parser_message(MALFORMED) in response.text
    assert_no_trace(response)


def test_malformed_query_as_json_for_a_json_client(send: Send) -> None:
    response = send("GET", MALFORMED, {"Accept": "application/json"})
    assert response.status_code == 400
    assert response.json()["status"] == 400
    assert parser_message(MALFORMED) in response.json()["message"]


def test_a_query_that_parses_but_cannot_be_evaluated_says_so(send: Send) -> None:
    """Oxigraph parses a call to a function it does not implement, then refuses to run it: a 400
    whose title tells it from a syntax error."""
    query = "SELECT (<http://example.org/no-such-function>(1) AS ?x) {}"
    response = send("GET", query, {"Accept": "application/json"})
    assert response.status_code == 400
    assert response.json()["title"] == "Query cannot be evaluated"
    malformed = send("GET", MALFORMED, {"Accept": "application/json"})
    assert malformed.json()["title"] == "Bad query"


INSERT = f'INSERT DATA {{ <{CURATORS}> <{PROV.value}> "written" }}'
WRITTEN = f'ASK {{ <{CURATORS}> <{PROV.value}> "written" }}'


@pytest.mark.parametrize(
    "update",
    [
        lambda url: requests.post(url, data={"update": INSERT}),
        lambda url: requests.post(url, data=INSERT, headers={"Content-Type": "application/sparql-update"}),
        lambda url: requests.get(url, params={"update": INSERT}),
    ],
    ids=["form", "direct", "GET"],
)
def test_updates_are_refused(sparql_url: str, update: Callable, ask: Callable) -> None:
    response = update(sparql_url)
    assert response.status_code == 403
    assert "read-only" in response.text
    assert not ask(WRITTEN)


@pytest.mark.parametrize(
    "request_without_query",
    [
        lambda url: requests.post(url, data={"default-graph-uri": PROVENANCE}),
        lambda url: requests.post(
            url, data=b"", headers={"Content-Type": "application/x-www-form-urlencoded"}
        ),
    ],
    ids=["form with other parameters", "empty form"],
)
def test_missing_query_is_400(sparql_url: str, request_without_query: Callable) -> None:
    response = request_without_query(sparql_url)
    assert response.status_code == 400
    assert "'query'" in response.text


@pytest.mark.parametrize(
    "twice",
    [
        lambda url: requests.get(url, params={"query": ["ASK {}", "ASK {}"]}),
        lambda url: requests.post(url, data={"query": ["ASK {}", "ASK {}"]}),
        lambda url: requests.post(url, params={"query": "ASK {}"}, data={"query": "ASK {}"}),
        lambda url: requests.post(
            url,
            params={"query": "ASK {}"},
            data="ASK {}",
            headers={"Content-Type": "application/sparql-query"},
        ),
    ],
    ids=["GET twice", "form twice", "form and URL", "body and URL"],
)
def test_more_than_one_query_is_400(sparql_url: str, twice: Callable) -> None:
    response = twice(sparql_url)
    assert response.status_code == 400
    assert_no_trace(response)


@pytest.mark.parametrize("parameter", ["default-graph-uri", "named-graph-uri"])
@pytest.mark.parametrize("value", ["not an IRI", "provenance", f"<{PROVENANCE}>"])
def test_a_graph_parameter_that_is_no_iri_is_400(send: Send, parameter: str, value: str) -> None:
    response = send("GET", COUNT, **{parameter: value})
    assert response.status_code == 400
    assert parameter in response.text
    assert_no_trace(response)


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/json", "application/sparql-results+json"]
)
def test_unsupported_body_type_is_415(sparql_url: str, content_type: str) -> None:
    response = requests.post(sparql_url, data=b"ASK {}", headers={"Content-Type": content_type})
    assert response.status_code == 415
    assert content_type in response.text


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_are_405_with_allow(sparql_url: str, method: str) -> None:
    response = requests.request(method, sparql_url, params={"query": "ASK {}"}, data=b"ASK {}")
    assert response.status_code == 405
    allowed = {method.strip() for method in response.headers["Allow"].split(",")}
    assert {"GET", "POST"} <= allowed
    assert method not in allowed


@pytest.mark.parametrize(
    ("query", "accept"),
    [
        (SELECT_PROVENANCE, "image/png"),
        (ASK_CURATORS_ARE_AGENTS, "image/png"),
        (CONSTRUCT_PROVENANCE, "image/png"),
        (SELECT_PROVENANCE, "text/turtle"),  # a graph format for a table
        (CONSTRUCT_PROVENANCE, "application/sparql-results+json"),  # a table format for a graph
    ],
)
def test_nothing_acceptable_is_406(send: Send, query: str, accept: str) -> None:
    response = send("GET", query, {"Accept": accept})
    assert response.status_code == 406
    assert_no_trace(response)


def test_format_parameter_for_the_wrong_kind_is_406(send: Send) -> None:
    assert send("GET", SELECT_PROVENANCE, format="ttl").status_code == 406
    assert send("GET", CONSTRUCT_PROVENANCE, format="csv").status_code == 406


# HTTP around the protocol


def test_head_answers_like_get_without_a_body(sparql_url: str) -> None:
    params = {"query": ASK_CURATORS_ARE_AGENTS}
    head = requests.head(sparql_url, params=params)
    get = requests.get(sparql_url, params=params)
    assert head.status_code == get.status_code == 200
    assert head.headers["Content-Type"] == get.headers["Content-Type"]
    assert head.content == b""


@pytest.mark.parametrize("query", [ASK_CURATORS_ARE_AGENTS, MALFORMED])
def test_any_origin_may_read_answers(send: Send, query: str) -> None:
    response = send("GET", query, {"Origin": "https://yasgui.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"


def test_cors_preflight_is_answered(sparql_url: str) -> None:
    response = requests.options(
        sparql_url,
        headers={
            "Origin": "https://yasgui.example",
            "Access-Control-Request-Method": "POST",
            "Access-Control-Request-Headers": "Content-Type",
        },
    )
    assert response.status_code in (200, 204)
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in response.headers["Access-Control-Allow-Methods"]
    assert "content-type" in response.headers["Access-Control-Allow-Headers"].lower()


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_a_unicode_query_round_trips(send: Send, transport: str) -> None:
    query = 'SELECT ?word WHERE { VALUES ?word { "Bürgerrechte" "工人" } }'
    assert rows(send(transport, query), "json") == {(Literal("Bürgerrechte"),), (Literal("工人"),)}


def test_an_oversized_body_is_refused_before_it_is_read(sparql_url: str) -> None:
    body = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 2_000_000
    response = requests.post(
        sparql_url, data=body.encode(), headers={"Content-Type": "application/sparql-query"}, timeout=30
    )
    assert response.status_code == 413
    assert "Traceback" not in response.text
