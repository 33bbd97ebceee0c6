"""Linked-data pages over real HTTP: HTML for people, RDF twins for machines, the same statements."""

from collections.abc import Callable
from html.parser import HTMLParser
from urllib.parse import quote, urljoin

import pytest
import requests
from rdflib import Dataset, Graph
from rdflib.namespace import PROV, RDF

from kg.dataset import DEFAULT_GRAPH_KEY, BuiltDataset
from kg.formats import BY_NAME, FORMATS, Kind
from kg.namespaces import PROVENANCE_GRAPH
from kg.provenance import CURATORS
from server import create_app, pages

SALESFORCE = "https://techworkers.example/id/salesforce"
PROVENANCE = str(PROVENANCE_GRAPH)
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
TRIPLE_FORMATS = ("ttl", "nt", "jsonld", "rdf")
QUAD_FORMATS = ("trig", "nq")


class Page(HTMLParser):
    """What a page shows: the rows of its tables, by the heading above each, and its <link>s.

    A cell reads as the IRI it links to (a link's title holds the full IRI), or else as its
    text without the muted note (a literal's language or datatype).
    """

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tables: dict[str, set[tuple[str, ...]]] = {}
        self.alternates: set[tuple[str, str]] = set()  # (href, type) of each <link rel="alternate">
        self._heading = ""
        self._in: set[str] = set()  # the open elements this parser cares about
        self._row: list[str] = []
        self._link: str | None = None
        self._text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "h2":
            self._heading = ""
        elif tag == "td":
            self._link, self._text = None, []
        elif tag == "a" and "td" in self._in:
            self._link = attributes.get("title")
        elif tag == "span" and attributes.get("class") == "muted":
            tag = "note"
        elif tag == "link" and attributes.get("rel") == "alternate":
            self.alternates.add((attributes["href"], attributes["type"]))
        self._in.add(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "td":
            self._row.append(self._link if self._link is not None else "".join(self._text).strip())
        elif tag == "tr" and self._row:
            self.tables.setdefault(self._heading, set()).add(tuple(self._row))
            self._row = []
        elif tag == "span":
            self._in.discard("note")
        self._in.discard(tag)

    def handle_data(self, data: str) -> None:
        if "h2" in self._in:
            self._heading += data
        elif "td" in self._in and "note" not in self._in:
            self._text.append(data)

    def rows(self, heading: str) -> set[tuple[str, ...]]:
        return self.tables.get(heading, set())


ABOUT_IT = "Statements about it"
POINTING_TO_IT = "Statements that point to it"


def resources(*iris: str) -> pytest.MarkDecorator:
    return pytest.mark.parametrize("resource_iri", iris, ids=lambda iri: iri.rsplit("/", 1)[-1])


def page_path(iri: str) -> str:
    """Where the server shows an IRI: /id/... for its own resources, /resource?iri= for others."""
    prefix = "https://techworkers.example/id/"
    return "/id/" + iri[len(prefix) :] if iri.startswith(prefix) else "/resource?iri=" + quote(iri, safe="")


def twin_path(iri: str, format_name: str) -> str:
    path = page_path(iri)
    return f"{path}&format={format_name}" if "?" in path else f"{path}.{format_name}"


# Pages leave out the rdf:Statement nodes of the justifications and evidence graphs that point
# to a resource (kg.describe): they are statements about statements, not about the resource.
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
NOT_A_STATEMENT_PART = f"FILTER(?p NOT IN (<{RDF_NS}subject>, <{RDF_NS}predicate>, <{RDF_NS}object>))"


def statements(select: Callable, iri: str) -> tuple[set[tuple], set[tuple]]:
    """What the SPARQL endpoint says about an IRI: (property, value, graph), (subject, property, graph)."""
    outgoing = select(f"SELECT ?p ?o ?g WHERE {{ GRAPH ?g {{ <{iri}> ?p ?o }} }}")
    incoming = select(f"SELECT ?s ?p ?g WHERE {{ GRAPH ?g {{ ?s ?p <{iri}> }} {NOT_A_STATEMENT_PART} }}")
    return outgoing, incoming


def construct(sparql_url: str, iri: str) -> Graph:
    """The resource's statements, both ways, as the SPARQL endpoint constructs them."""
    query = (
        f"CONSTRUCT {{ <{iri}> ?q ?o . ?s ?p <{iri}> }} "
        f"WHERE {{ {{ <{iri}> ?q ?o }} UNION {{ ?s ?p <{iri}> {NOT_A_STATEMENT_PART} }} }}"
    )
    response = requests.post(sparql_url, data={"query": query}, headers={"Accept": "application/n-triples"})
    assert response.status_code == 200, response.text
    return Graph().parse(data=response.text, format="nt")


def parsed(response: requests.Response, format_name: str) -> set[tuple]:
    """The triples of an RDF answer, with any graph names dropped."""
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"] == BY_NAME[format_name].content_type
    graph = Dataset(default_union=True) if format_name in QUAD_FORMATS else Graph()
    graph.parse(data=response.content, format=BY_NAME[format_name].rdflib_name)
    return set(graph.triples((None, None, None)))


# The HTML page


@resources(str(CURATORS), SALESFORCE)
def test_browser_gets_a_page_listing_every_statement(
    base_url: str, resource_iri: str, select: Callable
) -> None:
    response = requests.get(base_url + page_path(resource_iri), headers={"Accept": BROWSER})
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "text/html; charset=utf-8"
    page = Page(response.text)
    outgoing, incoming = statements(select, resource_iri)
    assert page.rows(ABOUT_IT) == outgoing
    assert page.rows(POINTING_TO_IT) == incoming


def test_page_text_is_escaped(base_url: str) -> None:
    response = requests.get(base_url + page_path(str(CURATORS)), headers={"Accept": BROWSER})
    assert "The knowledge graph&#39;s curators" in response.text
    assert "The knowledge graph's curators" not in response.text


# RDF twins


@resources(str(CURATORS), SALESFORCE)
@pytest.mark.parametrize("format_name", TRIPLE_FORMATS + QUAD_FORMATS)
def test_twin_by_suffix_has_the_resources_triples(
    base_url: str, sparql_url: str, resource_iri: str, format_name: str
) -> None:
    response = requests.get(base_url + twin_path(resource_iri, format_name))
    assert parsed(response, format_name) == set(construct(sparql_url, resource_iri))


@resources(str(CURATORS), SALESFORCE)
@pytest.mark.parametrize("format_name", TRIPLE_FORMATS + QUAD_FORMATS)
def test_twin_by_accept_has_the_resources_triples(
    base_url: str, sparql_url: str, resource_iri: str, format_name: str
) -> None:
    response = requests.get(
        base_url + page_path(resource_iri), headers={"Accept": BY_NAME[format_name].media_type}
    )
    assert parsed(response, format_name) == set(construct(sparql_url, resource_iri))
    assert "Accept" in response.headers["Vary"]


@pytest.mark.parametrize("accept", ["", "*/*", "text/turtle, text/html;q=0.5"])
def test_machines_get_turtle(base_url: str, sparql_url: str, accept: str) -> None:
    response = requests.get(base_url + page_path(str(CURATORS)), headers={"Accept": accept})
    assert parsed(response, "ttl") == set(construct(sparql_url, str(CURATORS)))


@resources(str(CURATORS), SALESFORCE)
@pytest.mark.parametrize("format_name", QUAD_FORMATS)
def test_quad_twins_keep_each_statements_graph(
    base_url: str, resource_iri: str, format_name: str, select: Callable
) -> None:
    response = requests.get(base_url + twin_path(resource_iri, format_name))
    dataset = Dataset().parse(data=response.content, format=BY_NAME[format_name].rdflib_name)
    quads = {(str(s), str(p), str(o), str(g)) for s, p, o, g in dataset.quads() if g is not None}
    outgoing, incoming = statements(select, resource_iri)
    expected = {(resource_iri, p, o, g) for p, o, g in outgoing} | {
        (s, p, resource_iri, g) for s, p, g in incoming
    }
    assert quads == expected


NOT_GRAPH_FORMATS = tuple(f.name for f in FORMATS if Kind.GRAPH not in f.kinds)


@pytest.mark.parametrize("suffix", NOT_GRAPH_FORMATS)
@pytest.mark.parametrize("accept", [BROWSER, "text/turtle", "*/*"])
def test_a_suffix_of_a_format_without_graphs_is_part_of_the_name(
    base_url: str, suffix: str, accept: str
) -> None:
    """`/id/salesforce.csv` names a resource `salesforce.csv`, which the graph does not have."""
    response = requests.get(f"{base_url}{page_path(SALESFORCE)}.{suffix}", headers={"Accept": accept})
    assert response.status_code == 404


@pytest.mark.parametrize("iri", [str(CURATORS), str(PROV.Agent)])
def test_twins_are_advertised_in_link_headers_and_html(base_url: str, iri: str) -> None:
    response = requests.get(base_url + page_path(iri), headers={"Accept": BROWSER})
    links = requests.utils.parse_header_links(response.headers["Link"])
    advertised = {(link["url"], link["type"]) for link in links if link["rel"] == "alternate"}
    assert advertised == {
        (twin_path(iri, name), BY_NAME[name].media_type) for name in TRIPLE_FORMATS + QUAD_FORMATS
    }
    assert Page(response.text).alternates == advertised
    for url, media_type in advertised:
        twin = requests.get(urljoin(base_url, url))
        assert twin.status_code == 200, url
        assert twin.headers["Content-Type"] == f"{media_type}; charset=utf-8"


# Any IRI the graph mentions


def test_lookup_of_an_ontology_term(base_url: str, sparql_url: str, select: Callable) -> None:
    agent = str(PROV.Agent)  # always there: the curators are one
    page = requests.get(base_url + "/resource", params={"iri": agent}, headers={"Accept": BROWSER})
    assert page.status_code == 200
    outgoing, incoming = statements(select, agent)
    assert (str(CURATORS), str(RDF.type), PROVENANCE) in incoming
    shown = Page(page.text)
    assert shown.rows(ABOUT_IT) == outgoing
    assert shown.rows(POINTING_TO_IT) == incoming
    turtle = requests.get(base_url + "/resource", params={"iri": agent}, headers={"Accept": "text/turtle"})
    assert parsed(turtle, "ttl") == set(construct(sparql_url, agent))


def test_lookup_of_a_project_ontology_term(base_url: str, sparql_url: str) -> None:
    company = "https://techworkers.example/ontology#Company"
    response = requests.get(base_url + "/resource", params={"iri": company, "format": "nt"})
    assert parsed(response, "nt") == set(construct(sparql_url, company))


def test_lookup_without_an_iri_is_400(base_url: str) -> None:
    response = requests.get(base_url + "/resource", headers={"Accept": "application/json"})
    assert response.status_code == 400
    assert response.json()["status"] == 400


# Unknown resources


UNKNOWN = ("/id/no-such-thing", "/id/no-such-thing.ttl", "/resource?iri=https%3A%2F%2Fexample.org%2Fnothing")


@pytest.mark.parametrize("path", UNKNOWN)
@pytest.mark.parametrize(
    ("accept", "content_type"),
    [
        (BROWSER, "text/html; charset=utf-8"),
        ("application/json", "application/json"),
        ("text/turtle", "text/plain; charset=utf-8"),
        ("*/*", "text/plain; charset=utf-8"),
    ],
)
def test_unknown_resource_is_404(base_url: str, path: str, accept: str, content_type: str) -> None:
    response = requests.get(base_url + path, headers={"Accept": accept})
    assert response.status_code == 404
    assert response.headers["Content-Type"] == content_type
    assert "Traceback" not in response.text
    assert 'File "' not in response.text
    if content_type == "application/json":
        assert response.json()["status"] == 404


@pytest.mark.parametrize("path", ["/resource?iri=%3Cscript%3Ealert(1)%3C/script%3E", "/id/%3Cscript%3E"])
def test_a_non_iri_is_400_and_escaped(base_url: str, path: str) -> None:
    response = requests.get(base_url + path, headers={"Accept": BROWSER})
    assert response.status_code == 400
    assert "&lt;script&gt;" in response.text
    assert "<script>" not in response.text


# Downloads and the front page


def manifest_graphs(built: BuiltDataset) -> dict[str, int]:
    return {name: size for name, size in built.manifest["graphs"].items() if name != DEFAULT_GRAPH_KEY}


@pytest.mark.parametrize("format_name", QUAD_FORMATS)
def test_download_parses_into_the_manifests_graphs(
    base_url: str, built: BuiltDataset, format_name: str
) -> None:
    response = requests.get(f"{base_url}/download/dataset.{format_name}")
    assert response.status_code == 200
    assert response.headers["Content-Type"] == BY_NAME[format_name].content_type
    dataset = Dataset().parse(data=response.content, format=BY_NAME[format_name].rdflib_name)
    sizes = {str(graph.identifier): len(graph) for graph in dataset.graphs() if len(graph)}
    assert sizes == manifest_graphs(built)


@pytest.mark.parametrize("name", ["dataset.ttl", "manifest.json", "..%2Fmanifest.json", "store"])
def test_other_downloads_are_404(base_url: str, name: str) -> None:
    assert requests.get(f"{base_url}/download/{name}").status_code == 404


def test_front_page_lists_the_graphs(base_url: str, built: BuiltDataset) -> None:
    response = requests.get(base_url + "/", headers={"Accept": BROWSER})
    assert response.status_code == 200
    graphs = Page(response.text).rows("Named graphs")
    assert {name: int(size) for name, size in graphs} == manifest_graphs(built)


def test_a_page_cut_at_its_limit_says_so(seed_build_dir, monkeypatch: pytest.MonkeyPatch) -> None:
    """A resource with more statements than a page shows gets the first ones and a notice."""
    app = create_app({"BUILD_DIR": str(seed_build_dir), "QUERY_WORKERS": 1})
    try:
        client = app.test_client()
        whole = client.get(page_path(SALESFORCE), headers={"Accept": BROWSER}).get_data(as_text=True)
        assert "more statements than a page shows" not in whole
        assert len(Page(whole).rows(ABOUT_IT)) > 3
        monkeypatch.setattr(pages, "PAGE_LIMIT", 3)
        cut = client.get(page_path(SALESFORCE), headers={"Accept": BROWSER}).get_data(as_text=True)
        assert "more statements than a page shows: here are the first 3" in cut
        rows = Page(cut).rows(ABOUT_IT)
        assert len(rows) == 3
        assert all(graph for _, _, graph in rows)  # named graphs first, not the default graph's copies
    finally:
        app.extensions["kg"].close()
