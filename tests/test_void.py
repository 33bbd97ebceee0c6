"""The VoID description at /.well-known/void: each number is what SPARQL counts at the endpoint."""

import json
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, VOID

from kg.build import build
from kg.dataset import BuiltDataset, merge_into_default_graph
from kg.formats import format_for_media_type
from kg.namespaces import SD, WD
from kg.rdflib_view import rdflib_view
from kg.statistics import dataset_statistics
from server import create_app
from server.state import RELOAD_CHECK_SECONDS
from server.void import ServiceUrls, void_description
from tests.test_build import GOOD, small_inputs

DISTINCT_TRIPLES = "{ SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }"


def fetch_void(base_url: str, accept: str = "text/turtle") -> tuple[requests.Response, Graph]:
    response = requests.get(base_url + "/.well-known/void", headers={"Accept": accept}, timeout=30)
    assert response.status_code == 200, response.text
    fmt = format_for_media_type(response.headers["Content-Type"])
    return response, Graph().parse(data=response.content, format=fmt.rdflib_name)


@pytest.fixture(scope="module")
def void(base_url: str) -> Graph:
    return fetch_void(base_url)[1]


@pytest.fixture(scope="module")
def dataset(void: Graph, base_url: str) -> URIRef:
    described = URIRef(base_url + "/.well-known/void#dataset")
    assert (described, RDF.type, VOID.Dataset) in void
    return described


def count(select, query: str) -> int:
    ((n,),) = select(query)
    return int(n)


def number(void: Graph, subject, predicate) -> int:
    value = void.value(subject, predicate)
    assert isinstance(value, Literal), (subject, predicate)
    return value.toPython()


def canonical(response: requests.Response) -> ox.Dataset:
    """The response's RDF, read by the engine, with its blank nodes named canonically."""
    fmt = format_for_media_type(response.headers["Content-Type"])
    dataset = ox.Dataset(ox.parse(response.content, format=fmt.engine_format))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return dataset


@pytest.mark.parametrize(
    "media_type", ["application/ld+json", "application/rdf+xml", "application/n-triples"]
)
def test_every_rdf_format_says_the_same(media_type: str, base_url: str) -> None:
    response, _ = fetch_void(base_url, media_type)
    assert response.headers["Content-Type"].startswith(media_type)
    assert canonical(response) == canonical(fetch_void(base_url)[0])


def test_a_format_that_cannot_carry_rdf_is_not_acceptable(base_url: str) -> None:
    response = requests.get(base_url + "/.well-known/void", headers={"Accept": "text/csv"}, timeout=30)
    assert response.status_code == 406


def test_the_endpoint_and_dumps_are_where_it_says(
    void: Graph, dataset: URIRef, sparql_url: str, built
) -> None:
    assert void.value(dataset, VOID.sparqlEndpoint) == URIRef(sparql_url)
    dumps = sorted(void.objects(dataset, VOID.dataDump))
    assert [str(d).rsplit("/", 1)[-1] for d in dumps] == ["dataset.nq", "dataset.trig"]
    for dump in dumps:
        response = requests.get(str(dump), timeout=30)
        assert response.status_code == 200
        fmt = format_for_media_type(response.headers["Content-Type"])
        assert URIRef(fmt.iri) in set(void.objects(dataset, VOID.feature))
        quads = ox.Dataset(ox.parse(response.content, format=fmt.engine_format))
        assert len(quads) == built.manifest["triples"]


def test_dataset_sizes_are_the_endpoints_counts(void: Graph, dataset: URIRef, select) -> None:
    assert number(void, dataset, VOID.triples) == count(select, f"SELECT (COUNT(*) AS ?n) {DISTINCT_TRIPLES}")
    assert number(void, dataset, VOID.distinctSubjects) == count(
        select, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }"
    )
    assert number(void, dataset, VOID.distinctObjects) == count(
        select, "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o }"
    )
    space = str(void.value(dataset, VOID.uriSpace))
    assert space == "https://techworkers.example/id/"
    entities = count(
        select, f'SELECT (COUNT(DISTINCT ?s) AS ?n) {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), "{space}")) }}'
    )
    assert number(void, dataset, VOID.entities) == entities > 0


def test_class_partitions_are_the_endpoints_counts(void: Graph, dataset: URIRef, select) -> None:
    counted = select("SELECT ?c (COUNT(DISTINCT ?s) AS ?n) { ?s a ?c FILTER(isIRI(?c)) } GROUP BY ?c")
    described = {
        (str(void.value(partition, VOID["class"])), str(number(void, partition, VOID.entities)))
        for partition in void.objects(dataset, VOID.classPartition)
    }
    assert described == counted
    assert number(void, dataset, VOID.classes) == len(counted) > 10
    assert "https://techworkers.example/ontology#Company" in {c for c, _ in described}


def test_property_partitions_are_the_endpoints_counts(void: Graph, dataset: URIRef, select) -> None:
    counted = select(f"SELECT ?p (COUNT(*) AS ?n) {DISTINCT_TRIPLES} GROUP BY ?p")
    described = {
        (str(void.value(partition, VOID.property)), str(number(void, partition, VOID.triples)))
        for partition in void.objects(dataset, VOID.propertyPartition)
    }
    assert described == counted
    assert number(void, dataset, VOID.properties) == len(counted)
    assert sum(int(n) for _, n in counted) == number(void, dataset, VOID.triples)


def test_each_named_graph_is_a_subset_of_its_size(void: Graph, dataset: URIRef, select) -> None:
    described = {}
    for subset in void.objects(dataset, VOID.subset):
        if (subset, RDF.type, VOID.Linkset) in void:
            continue
        named_graph = void.value(predicate=SD.graph, object=subset)
        described[str(void.value(named_graph, SD.name))] = str(number(void, subset, VOID.triples))
    assert set(described.items()) == select(
        "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    )


def test_the_wikidata_linkset_counts_the_same_as_links(void: Graph, dataset: URIRef, select) -> None:
    (linkset,) = void.subjects(RDF.type, VOID.Linkset)
    assert (dataset, VOID.subset, linkset) in void
    assert void.value(linkset, VOID.linkPredicate) == OWL.sameAs
    wikidata = void.value(linkset, VOID.objectsTarget)
    assert void.value(linkset, VOID.subjectsTarget) == dataset
    assert set(void.objects(linkset, VOID.target)) == {dataset, wikidata}
    assert str(void.value(wikidata, VOID.uriSpace)) == str(WD)
    links = count(
        select,
        f"SELECT (COUNT(*) AS ?n) {{ SELECT DISTINCT ?s ?o {{ ?s <{OWL.sameAs}> ?o "
        f'FILTER(STRSTARTS(STR(?o), "{WD}") && !STRSTARTS(STR(?s), "{WD}")) }} }}',
    )
    assert number(void, linkset, VOID.triples) == links > 0


def test_the_service_description_names_the_same_dataset(
    void: Graph, dataset: URIRef, sparql_url: str
) -> None:
    response = requests.get(sparql_url, headers={"Accept": "text/turtle"}, timeout=30)
    description = Graph().parse(data=response.text, format="turtle")
    assert (None, SD.defaultDataset, dataset) in description


def test_a_dataset_without_wikidata_links_has_no_linkset(tmp_path: Path) -> None:
    store = ox.Store()
    graph = ox.NamedNode("http://example.org/g")
    store.add(ox.Quad(ox.NamedNode("http://example.org/a"), ox.NamedNode(str(RDF.type)), graph, graph))
    merge_into_default_graph(store)  # as every published build does
    (tmp_path / BuiltDataset.MANIFEST).write_text(
        json.dumps({"fingerprint": "f", "built_at": "2026-01-01T00:00:00Z", "graphs": {str(graph): 1}})
    )
    urls = ServiceUrls(void="http://x/.well-known/void", sparql="http://x/sparql", dumps=())
    stats = dataset_statistics(rdflib_view(store), "https://techworkers.example/id/")
    void = void_description(urls, BuiltDataset(tmp_path), stats)
    assert not set(void.subjects(RDF.type, VOID.Linkset))
    assert void.value(urls.dataset, VOID.uriSpace) is None  # it mints no IRIs there
    assert number(void, urls.dataset, VOID.triples) == 1
    assert number(void, urls.dataset, VOID.classes) == 1


def test_the_numbers_follow_a_new_build(tmp_path: Path) -> None:
    inputs = small_inputs(tmp_path, GOOD)
    build(tmp_path / "out", inputs)
    app = create_app({"BUILD_DIR": str(tmp_path / "out"), "QUERY_WORKERS": 1})
    try:
        client = app.test_client()

        def company_partition() -> int:
            void = Graph().parse(data=client.get("/.well-known/void").text, format="turtle")
            (partition,) = void.subjects(
                VOID["class"], URIRef("https://techworkers.example/ontology#Company")
            )
            return number(void, partition, VOID.entities)

        before = company_partition()
        (tmp_path / "curated" / "more.ttl").write_text(GOOD.replace("acme", "globex"))
        build(tmp_path / "out", inputs)
        time.sleep(RELOAD_CHECK_SECONDS + 0.1)
        assert company_partition() == before + 1
    finally:
        app.extensions["kg"].close()
