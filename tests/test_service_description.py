"""The endpoint's service description: RDF at GET /sparql, and each of its claims true."""

import json
from collections.abc import Callable
from pathlib import Path

import pyshacl
import pytest
import requests
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, VOID

from kg.dataset import DEFAULT_GRAPH_KEY, BuiltDataset
from kg.engine import DEFAULT_ANSWER_LIMIT
from kg.formats import FORMATS, Kind, format_for_media_type, formats_for
from kg.namespaces import CURATED_GRAPH, INFERRED_GRAPH, JUSTIFICATIONS_GRAPH, LIMIT, SD
from kg.query_guard import MAX_NESTING, MAX_QUERY_BYTES
from server.service_description import service_description
from tests.test_w3c_protocol import SUITE

SD_MANIFEST = SUITE / "service-description" / "manifest.ttl"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
ENTAILMENT = Namespace("http://www.w3.org/ns/entailment/")
QUERY_TIMEOUT = 5.0  # what tests/conftest.py serves with (KG_QUERY_TIMEOUT)

SD_TERMS = {
    SD[name]
    for name in (
        "Service Language Function Aggregate EntailmentRegime EntailmentProfile GraphCollection Dataset "
        "Graph NamedGraph Feature endpoint feature defaultEntailmentRegime "
        "defaultSupportedEntailmentProfile extensionFunction extensionAggregate languageExtension "
        "supportedLanguage propertyFeature resultFormat inputFormat defaultDataset availableGraphs "
        "namedGraph name graph entailmentRegime supportedEntailmentProfile defaultGraph SPARQL10Query "
        "SPARQL11Query SPARQL11Update DereferencesURIs UnionDefaultGraph RequiresDataset EmptyGraphs "
        "BasicFederatedQuery"
    ).split()
}
"""Every term of the SPARQL 1.1 Service Description vocabulary (the spec's section 3)."""

SD_SCHEMA = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix : <urn:sd-shapes#> .

# The domains, ranges and cardinalities of the SD vocabulary (its section 3), for the terms a
# service description of ours uses.
:Service a sh:NodeShape ; sh:targetClass sd:Service ;
    sh:property [ sh:path sd:endpoint ; sh:minCount 1 ; sh:nodeKind sh:IRI ] ;
    sh:property [ sh:path sd:supportedLanguage ; sh:minCount 1 ;
                  sh:in ( sd:SPARQL10Query sd:SPARQL11Query sd:SPARQL11Update ) ] ;
    sh:property [ sh:path sd:feature ;
                  sh:in ( sd:DereferencesURIs sd:UnionDefaultGraph sd:RequiresDataset sd:EmptyGraphs
                          sd:BasicFederatedQuery ) ] ;
    sh:property [ sh:path sd:resultFormat ; sh:nodeKind sh:IRI ] ;
    sh:property [ sh:path sd:defaultEntailmentRegime ; sh:nodeKind sh:IRI ] ;
    sh:property [ sh:path sd:defaultSupportedEntailmentProfile ; sh:nodeKind sh:IRI ] ;
    sh:property [ sh:path sd:defaultDataset ; sh:class sd:Dataset ; sh:maxCount 1 ] .
:Dataset a sh:NodeShape ; sh:targetClass sd:Dataset ;
    sh:property [ sh:path sd:defaultGraph ; sh:class sd:Graph ; sh:maxCount 1 ] ;
    sh:property [ sh:path sd:namedGraph ; sh:class sd:NamedGraph ] .
:NamedGraph a sh:NodeShape ; sh:targetClass sd:NamedGraph ;
    sh:property [ sh:path sd:name ; sh:minCount 1 ; sh:maxCount 1 ; sh:nodeKind sh:IRI ] ;
    sh:property [ sh:path sd:graph ; sh:class sd:Graph ; sh:maxCount 1 ] ;
    sh:property [ sh:path sd:entailmentRegime ; sh:nodeKind sh:IRI ] .
"""


def fetch_description(sparql_url: str, accept: str | None = "text/turtle") -> tuple[requests.Response, Graph]:
    """GET the endpoint with no query; the response and its RDF (`accept` None: no Accept header)."""
    response = requests.get(sparql_url, headers={"Accept": accept}, timeout=30)
    assert response.status_code == 200, response.text
    fmt = format_for_media_type(response.headers["Content-Type"])
    assert fmt is not None and Kind.GRAPH in fmt.kinds, response.headers
    return response, Graph().parse(data=response.content, format=fmt.rdflib_name)


@pytest.fixture(scope="module")
def description(sparql_url: str) -> Graph:
    return fetch_description(sparql_url)[1]


def the_service(description: Graph) -> URIRef:
    (service,) = description.subjects(RDF.type, SD.Service)
    return service


# The W3C service description tests: their manifest names them, without actions; each becomes
# the check below of the same name.


def check_returns_rdf(sparql_url: str) -> None:
    """GET on endpoint returns RDF: with no Accept header at all, with curl's `*/*`, and with RDF's."""
    for accept in (None, "*/*", "text/turtle", "application/ld+json"):
        response, graph = fetch_description(sparql_url, accept)
        assert (the_service(graph), RDF.type, SD.Service) in graph


def check_has_endpoint_triple(sparql_url: str) -> None:
    """The description has an sd:endpoint triple naming the URL it was fetched from."""
    _, graph = fetch_description(sparql_url)
    assert (the_service(graph), SD.endpoint, URIRef(sparql_url)) in graph


def check_conforms_to_schema(sparql_url: str) -> None:
    """Every sd: term is one of the vocabulary, used within its domain, range and cardinality."""
    _, graph = fetch_description(sparql_url)
    used = {term for triple in graph for term in triple if isinstance(term, URIRef) and term in SD}
    assert used <= SD_TERMS, used - SD_TERMS
    conforms, _, report = pyshacl.validate(graph, shacl_graph=Graph().parse(data=SD_SCHEMA, format="turtle"))
    assert conforms, report


W3C_CHECKS: dict[str, Callable[[str], None]] = {
    "returns-rdf": check_returns_rdf,
    "has-endpoint-triple": check_has_endpoint_triple,
    "conforms-to-schema": check_conforms_to_schema,
}


def w3c_entries() -> list[str]:
    manifest = Graph().parse(SD_MANIFEST, format="turtle")
    return [str(test).rsplit("#", 1)[-1] for test in manifest.subjects(RDF.type, MF.ServiceDescriptionTest)]


@pytest.mark.parametrize("entry", w3c_entries())
def test_w3c_service_description_case(entry: str, sparql_url: str) -> None:
    assert entry in W3C_CHECKS, f"no check written for the W3C service description test {entry}"
    W3C_CHECKS[entry](sparql_url)


# The same description in every RDF format; HTML for browsers; none for results-only clients.


@pytest.mark.parametrize(
    "media_type", ["application/ld+json", "application/rdf+xml", "application/n-triples"]
)
def test_every_rdf_format_says_the_same(media_type: str, sparql_url: str, description: Graph) -> None:
    response, graph = fetch_description(sparql_url, media_type)
    assert response.headers["Content-Type"].startswith(media_type)
    assert isomorphic(graph, description)


def test_a_browser_still_gets_the_query_form(sparql_url: str) -> None:
    response = requests.get(sparql_url, headers={"Accept": "text/html,application/xml;q=0.9,*/*;q=0.8"})
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/html")
    assert "<form" in response.text


def test_a_request_for_results_without_a_query_is_400(sparql_url: str) -> None:
    response = requests.get(sparql_url, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 400
    dataset_but_no_query = {"default-graph-uri": str(CURATED_GRAPH)}
    response = requests.get(sparql_url, params=dataset_but_no_query, headers={"Accept": "text/turtle"})
    assert response.status_code == 400
    form = {"Accept": "text/turtle", "Content-Type": "application/x-www-form-urlencoded"}
    assert requests.post(sparql_url, data="", headers=form).status_code == 400


# Each claim, checked against what the endpoint does.


def test_it_offers_sparql_11_query_and_no_update(description: Graph, sparql_url: str) -> None:
    assert set(description.objects(the_service(description), SD.supportedLanguage)) == {SD.SPARQL11Query}
    response = requests.post(
        sparql_url, data="CLEAR ALL", headers={"Content-Type": "application/sparql-update"}, timeout=30
    )
    assert response.status_code == 403


@pytest.mark.parametrize("fmt", FORMATS, ids=lambda f: f.name)
def test_each_result_format_is_claimed_and_served(fmt, description: Graph, sparql_url: str) -> None:
    assert URIRef(fmt.iri) in set(description.objects(the_service(description), SD.resultFormat))
    query = "ASK {}" if Kind.RESULTS in fmt.kinds else "CONSTRUCT { <urn:s> <urn:p> 1 } WHERE {}"
    response = requests.post(
        sparql_url, data={"query": query}, headers={"Accept": fmt.media_type}, timeout=30
    )
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith(fmt.media_type)


def test_no_feature_is_claimed_that_does_not_hold(description: Graph, ask, sparql_url: str) -> None:
    # The default graph merges the content graphs, not the justifications, evidence or shapes:
    # so it is not the union of all named graphs that sd:UnionDefaultGraph would promise.
    assert set(description.objects(the_service(description), SD.feature)) == set()
    assert ask(f"ASK {{ GRAPH <{JUSTIFICATIONS_GRAPH}> {{ ?s ?p ?o }} MINUS {{ ?s ?p ?o }} }}")
    assert not ask("ASK { ?s ?p ?o FILTER NOT EXISTS { GRAPH ?g { ?s ?p ?o } } }")
    assert not ask(f"ASK {{ GRAPH <{CURATED_GRAPH}> {{ ?s ?p ?o }} MINUS {{ ?s ?p ?o }} }}")
    # No federation: SERVICE is refused, which is why sd:BasicFederatedQuery is not claimed.
    response = requests.post(
        sparql_url,
        data={"query": "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"},
        timeout=30,
    )
    assert response.status_code == 400


def test_the_default_graph_is_entailed_under_owl_rl(description: Graph, built: BuiltDataset, ask) -> None:
    service = the_service(description)
    assert description.value(service, SD.defaultEntailmentRegime) == ENTAILMENT["OWL-RDF-Based"]
    assert description.value(service, SD.defaultSupportedEntailmentProfile) == URIRef(
        "http://www.w3.org/ns/owl-profile/RL"
    )
    assert str(INFERRED_GRAPH) in built.manifest["graphs"]
    # An OWL RL consequence (owl:sameAs is symmetric) that no graph but the inferred one states.
    same_as, wikidata_salesforce = (
        "<http://www.w3.org/2002/07/owl#sameAs>",
        "<http://www.wikidata.org/entity/Q941127>",
    )
    assert ask(
        f"ASK {{ {wikidata_salesforce} {same_as} <https://techworkers.example/id/salesforce> "
        f"FILTER NOT EXISTS {{ GRAPH ?g {{ {wikidata_salesforce} {same_as} ?x }} "
        f"FILTER(?g != <{INFERRED_GRAPH}>) }} }}"
    )


def test_graph_sizes_are_those_of_the_dataset(description: Graph, built: BuiltDataset, select) -> None:
    service = the_service(description)
    default_dataset = description.value(service, SD.defaultDataset)
    default_graph = description.value(default_dataset, SD.defaultGraph)
    ((triples,),) = select("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }")
    assert description.value(default_graph, VOID.triples) == Literal(int(triples))

    described = {
        str(description.value(named, SD.name)): description.value(
            description.value(named, SD.graph), VOID.triples
        )
        for named in description.objects(default_dataset, SD.namedGraph)
    }
    counted = select("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert described == {name: Literal(int(n)) for name, n in counted}
    assert described == {name: Literal(n) for name, n in built.manifest["graphs"].items()}


def test_limits_are_those_enforced(description: Graph, sparql_url: str) -> None:
    service = the_service(description)
    assert description.value(service, LIMIT.queryTimeLimit).toPython() == pytest.approx(QUERY_TIMEOUT)
    assert description.value(service, LIMIT.maxQueryBytes).toPython() == MAX_QUERY_BYTES
    assert description.value(service, LIMIT.maxQueryNesting).toPython() == MAX_NESTING
    assert description.value(service, LIMIT.maxAnswerBytes).toPython() == DEFAULT_ANSWER_LIMIT
    for term in (LIMIT.queryTimeLimit, LIMIT.maxQueryBytes, LIMIT.maxQueryNesting, LIMIT.maxAnswerBytes):
        assert description.value(term, RDF.type) == RDF.Property
        assert description.value(term, URIRef("http://www.w3.org/2000/01/rdf-schema#comment"))

    def status(query: str) -> int:
        return requests.post(sparql_url, data={"query": query}, timeout=30).status_code

    ask = "ASK {}"
    at_size = ask + "#" + "x" * (MAX_QUERY_BYTES - len(ask) - 1)
    assert (status(at_size), status(at_size + "x")) == (200, 400)
    nested = "ASK " + "{" * MAX_NESTING + "}" * MAX_NESTING
    assert (status(nested), status("ASK {" + nested[4:] + "}")) == (200, 400)


# The pure function: what it claims follows from the dataset it is given.


def a_build(folder: Path, graphs: dict[str, int]) -> BuiltDataset:
    folder.mkdir()
    manifest = {"fingerprint": "f", "built_at": "2026-01-01T00:00:00Z", "graphs": graphs}
    (folder / BuiltDataset.MANIFEST).write_text(json.dumps(manifest))
    return BuiltDataset(folder)


def test_a_dataset_without_inferences_is_described_as_simple_entailment(tmp_path: Path) -> None:
    dataset = a_build(tmp_path / "b", {"http://example.org/g": 3})
    graph = service_description("http://x/sparql", "http://x/void#dataset", dataset, 3, 1.0, 1000)
    service = the_service(graph)
    assert graph.value(service, SD.defaultEntailmentRegime) == ENTAILMENT.Simple
    assert graph.value(service, SD.defaultSupportedEntailmentProfile) is None
    assert (service, SD.feature, SD.UnionDefaultGraph) in graph


def test_triples_outside_named_graphs_withdraw_the_union_claim(tmp_path: Path) -> None:
    dataset = a_build(tmp_path / "b", {"http://example.org/g": 3, DEFAULT_GRAPH_KEY: 2})
    graph = service_description("http://x/sparql", "http://x/void#dataset", dataset, 5, 1.0, 1000)
    assert not set(graph.objects(the_service(graph), SD.feature))
    assert len(set(graph.subjects(SD.name, None))) == 1


def test_the_result_formats_are_those_of_the_format_table(tmp_path: Path) -> None:
    dataset = a_build(tmp_path / "b", {})
    graph = service_description("http://x/sparql", "http://x/void#dataset", dataset, 0, 1.0, 1000)
    claimed = set(graph.objects(the_service(graph), SD.resultFormat))
    assert claimed == {URIRef(f.iri) for f in FORMATS}
    assert {URIRef(f.iri) for f in formats_for(Kind.RESULTS)} < claimed
