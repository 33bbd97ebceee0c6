"""Real SPARQL clients against the served endpoint: SPARQLWrapper, rdflib's SPARQLStore and curl.

Each client is used as its documentation shows, with its own defaults (SPARQLWrapper sends
`format=`, `output=` and `results=` parameters of its own, for instance), and its answers are
compared with what the built dataset holds.
"""

import json
import shutil
import subprocess
import warnings
from collections.abc import Iterable
from xml.dom.minidom import Document

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, JSONLD, N3, POST, POSTDIRECTLY, RDFXML, TURTLE, URLENCODED, XML, SPARQLWrapper

from kg.dataset import BuiltDataset
from kg.namespaces import CURATED_GRAPH, ID, SD, WD

SALESFORCE = ID["salesforce"]
SALESFORCE_ON_WIKIDATA = WD["Q941127"]
SAME_AS = f"SELECT ?item WHERE {{ <{SALESFORCE}> <{OWL.sameAs}> ?item }}"
ASK_TRUE = f"ASK {{ <{SALESFORCE}> <{OWL.sameAs}> <{SALESFORCE_ON_WIKIDATA}> }}"
ASK_FALSE = f"ASK {{ <{SALESFORCE}> <{OWL.sameAs}> <{WD['Q1']}> }}"
ABOUT_SALESFORCE = f"CONSTRUCT WHERE {{ <{SALESFORCE}> ?p ?o }}"

CURL = shutil.which("curl")


@pytest.fixture(scope="module")
def dataset(built: BuiltDataset) -> Dataset:
    """The served build, read from its dump: what every answer is compared with."""
    return Dataset(default_union=True).parse(built.path / BuiltDataset.NQUADS, format="nquads")


@pytest.fixture(scope="module")
def about_salesforce(dataset: Dataset) -> Graph:
    graph = Graph()
    for triple in dataset.triples((SALESFORCE, None, None)):
        graph.add(triple)
    assert len(graph) > 5
    return graph


def as_graph(answer: Graph | bytes | Iterable[tuple]) -> Graph:
    """Triples as a graph: a client's graph, bytes of Turtle, or what `Graph.triples` yields."""
    graph = Graph()
    if isinstance(answer, bytes):
        return graph.parse(data=answer, format="turtle")
    for triple in answer.triples((None, None, None)) if isinstance(answer, Graph) else answer:
        graph.add(triple)
    return graph


# SPARQLWrapper


def wrapper(sparql_url: str, query: str, return_format: str, method: str = "GET") -> SPARQLWrapper:
    client = SPARQLWrapper(sparql_url)
    client.setQuery(query)
    client.setReturnFormat(return_format)
    if method != "GET":
        client.setMethod(POST)
        client.setRequestMethod(method)
    return client


def values_of(answer: dict | Document, variable: str) -> set[str]:
    """The values a variable takes in a SELECT answer, as SPARQLWrapper converts JSON or XML."""
    if isinstance(answer, dict):
        return {row[variable]["value"] for row in answer["results"]["bindings"]}
    return {
        value.firstChild.data
        for binding in answer.getElementsByTagName("binding")
        if binding.getAttribute("name") == variable
        for value in binding.getElementsByTagName("uri") + binding.getElementsByTagName("literal")
    }


def boolean_of(answer: dict | Document) -> bool:
    if isinstance(answer, dict):
        return answer["boolean"]
    return answer.getElementsByTagName("boolean")[0].firstChild.data == "true"


@pytest.mark.parametrize("method", ["GET", URLENCODED, POSTDIRECTLY])
@pytest.mark.parametrize("return_format", [JSON, XML])
def test_sparqlwrapper_select(sparql_url: str, return_format: str, method: str) -> None:
    answer = wrapper(sparql_url, SAME_AS, return_format, method).queryAndConvert()
    assert values_of(answer, "item") == {str(SALESFORCE_ON_WIKIDATA)}


@pytest.mark.parametrize("method", ["GET", URLENCODED, POSTDIRECTLY])
@pytest.mark.parametrize("return_format", [JSON, XML])
def test_sparqlwrapper_ask(sparql_url: str, return_format: str, method: str) -> None:
    assert boolean_of(wrapper(sparql_url, ASK_TRUE, return_format, method).queryAndConvert()) is True
    assert boolean_of(wrapper(sparql_url, ASK_FALSE, return_format, method).queryAndConvert()) is False


@pytest.mark.parametrize("method", ["GET", URLENCODED])
@pytest.mark.parametrize("return_format", [XML, RDFXML, TURTLE, N3, JSONLD])
def test_sparqlwrapper_construct(
    sparql_url: str, return_format: str, method: str, about_salesforce: Graph
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # rdflib's ConjunctiveGraph, in SPARQLWrapper
        answer = wrapper(sparql_url, ABOUT_SALESFORCE, return_format, method).queryAndConvert()
    assert isomorphic(as_graph(answer), about_salesforce)


def test_sparqlwrapper_reports_a_bad_query(sparql_url: str) -> None:
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    with pytest.raises(QueryBadFormed):
        wrapper(sparql_url, "SELECT * WHERE {", JSON).query()


# rdflib's SPARQLStore: a Graph whose triples live at the endpoint


@pytest.fixture(params=["GET", "POST", "POST_FORM"])
def remote_store(request: pytest.FixtureRequest, sparql_url: str) -> SPARQLStore:
    return SPARQLStore(sparql_url, method=request.param)


@pytest.mark.parametrize("return_format", ["xml", "json"])
def test_sparqlstore_select_and_ask(sparql_url: str, return_format: str) -> None:
    graph = Graph(store=SPARQLStore(sparql_url, returnFormat=return_format))
    assert {row.item for row in graph.query(SAME_AS)} == {SALESFORCE_ON_WIKIDATA}
    assert graph.query(ASK_TRUE).askAnswer is True
    assert graph.query(ASK_FALSE).askAnswer is False


def test_sparqlstore_construct(remote_store: SPARQLStore, about_salesforce: Graph) -> None:
    answer = Graph(store=remote_store).query(ABOUT_SALESFORCE)
    assert isomorphic(as_graph(answer.graph), about_salesforce)


def test_sparqlstore_triples_and_size(
    remote_store: SPARQLStore, dataset: Dataset, about_salesforce: Graph, select, built: BuiltDataset
) -> None:
    graph = Graph(store=remote_store)
    assert isomorphic(as_graph(graph.triples((SALESFORCE, None, None))), about_salesforce)
    assert (SALESFORCE, OWL.sameAs, SALESFORCE_ON_WIKIDATA) in graph
    # SPARQLStore's len() asks the endpoint `COUNT(*)` over the default graph; its answer, read
    # back through the client, is the endpoint's own.
    ((endpoint_count,),) = select("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    merged = set().union(*(set(dataset.graph(URIRef(name))) for name in built.manifest["default_graph"]))
    assert len(graph) == int(endpoint_count) == len(merged)


def test_sparqlstore_named_graphs(remote_store: SPARQLStore, dataset: Dataset, built: BuiltDataset) -> None:
    assert {str(name) for name in remote_store.contexts()} == built.graph_names
    curated = Graph(store=remote_store, identifier=CURATED_GRAPH)
    stored = dataset.graph(CURATED_GRAPH)
    assert isomorphic(
        as_graph(curated.triples((SALESFORCE, None, None))),
        as_graph(stored.triples((SALESFORCE, None, None))),
    )


# curl, as the README and a person at a terminal use it


def curl(*arguments: str) -> subprocess.CompletedProcess:
    assert CURL, "curl is not installed: .ci/run installs it before the tests"
    return subprocess.run([CURL, "-sS", *arguments], capture_output=True, timeout=60, check=True)


def test_curl_select_by_form_post(sparql_url: str) -> None:
    answer = json.loads(curl(sparql_url, "--data-urlencode", f"query={SAME_AS}").stdout)
    assert {row["item"]["value"] for row in answer["results"]["bindings"]} == {str(SALESFORCE_ON_WIKIDATA)}


def test_curl_construct_by_get_as_ntriples(sparql_url: str, about_salesforce: Graph) -> None:
    process = curl(
        "-G",
        sparql_url,
        "--data-urlencode",
        f"query={ABOUT_SALESFORCE}",
        "-H",
        "Accept: application/n-triples",
    )
    assert isomorphic(Graph().parse(data=process.stdout, format="nt"), about_salesforce)


def test_curl_query_in_the_body(sparql_url: str) -> None:
    process = curl(
        sparql_url,
        "-H",
        "Content-Type: application/sparql-query",
        "-H",
        "Accept: text/csv",
        "--data-binary",
        ASK_TRUE,
    )
    assert process.stdout.strip() == b"true"


def test_curl_update_is_refused(sparql_url: str) -> None:
    process = curl(
        "-o", "/dev/null", "-w", "%{http_code}", sparql_url, "--data-urlencode", "update=CLEAR ALL"
    )
    assert process.stdout == b"403"


def test_curl_gets_the_service_description_and_void(sparql_url: str, base_url: str) -> None:
    description = Graph().parse(data=curl(sparql_url).stdout, format="turtle")
    assert (None, SD.endpoint, URIRef(sparql_url)) in description
    void = Graph().parse(
        data=curl("-H", "Accept: application/ld+json", base_url + "/.well-known/void").stdout,
        format="json-ld",
    )
    assert any(
        isinstance(n, Literal) and n.toPython() > 0
        for n in void.objects(None, URIRef("http://rdfs.org/ns/void#triples"))
    )
