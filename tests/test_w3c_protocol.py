"""The W3C SPARQL 1.1 Protocol test suite, read from its manifest and run against `kg serve`.

Each manifest entry is one test: its HTTP exchanges are read from the manifest's `ht:` terms
and sent, in order, to a real server serving the suite's data in the graphs the entries name,
so a new entry is a new test. A term of the manifest that this file does not read fails a test,
and so does an entry that does not pass, unless `INAPPLICABLE` says why it does not apply; the
inapplicable ones (SPARQL Update, on this read-only endpoint) check the refusal instead.
docs/protocol-conformance.md lists every case and what it became.
"""

import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS
from rdflib.query import Result

from kg.formats import format_for_media_type
from tests.serving import ROOT, kg_serve

SUITE = ROOT.parent / "shared" / "w3c" / "sparql" / "sparql11"
PROTOCOL = SUITE / "protocol"
MANIFEST = PROTOCOL / "manifest.ttl"

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
DAWGT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#")

MANIFEST_ENDPOINT = "/sparql/"  # every ht:absolutePath starts with it; ours is /sparql

# What the manifest's mf:expectedFormat values allow, as names of kg/formats.py, after the
# manifest's own test names: "expect one of: XML, JSON" for booleans, "XML, JSON, CSV, TSV" for
# tables, "RDF/XML, Turtle, N-Triples, RDFa" for graphs (this endpoint writes no RDFa).
EXPECTED_FORMATS = {
    "boolean": {"json", "xml"},
    "tabular": {"json", "xml", "csv", "tsv"},
    "RDF": {"rdf", "ttl", "nt"},
}

READ_ONLY = (
    "SPARQL Update: this endpoint is read-only by design, so it answers 403 where the test "
    "expects 2xx; the test checks the 403 and that the update's effect is absent"
)

INAPPLICABLE: dict[str, str] = {
    "update_dataset_default_graph": READ_ONLY,
    "update_dataset_default_graphs": READ_ONLY,
    "update_dataset_named_graphs": READ_ONLY,
    "update_dataset_full": READ_ONLY,
    "update_post_form": READ_ONLY,
    "update_post_direct": READ_ONLY,
    "update_base_uri": READ_ONLY,
}
"""Manifest entries that do not apply to this endpoint, and why."""


@dataclass(frozen=True)
class Exchange:
    """One HTTP request of a test, and what its response must be."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    status_classes: frozenset[int]  # 2 for hts:StatusCode2xx, ...
    expected_format: str | None
    expected_boolean: bool | None

    @property
    def media_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def is_update(self) -> bool:
        """Whether the request asks for a SPARQL Update operation."""
        if self.media_type == "application/sparql-update":
            return True
        if self.media_type == "application/x-www-form-urlencoded" and self.body:
            return self.body.startswith(b"update=") or b"&update=" in self.body
        return self.method == "GET" and ("?update=" in self.path or "&update=" in self.path)


@dataclass(frozen=True)
class ProtocolCase:
    """One manifest entry: its name, title, exchanges and the graphs its data must be in."""

    name: str
    title: str
    exchanges: tuple[Exchange, ...]
    graph_data: tuple[tuple[str, Path], ...]  # (graph name, data file)


def read_manifest(path: Path) -> list[ProtocolCase]:
    """The manifest's entries, in its order."""
    manifest = Graph().parse(path, format="turtle")
    (entry_list,) = manifest.objects(None, MF.entries)  # the manifest has one list of entries
    entries = Collection(manifest, entry_list)
    return [_read_case(manifest, entry) for entry in entries]


def _read_case(manifest: Graph, entry: URIRef) -> ProtocolCase:
    action = manifest.value(entry, MF.action)
    requests_list = Collection(manifest, manifest.value(action, HT.requests))
    graph_data = tuple(
        (
            str(manifest.value(data, RDFS.label)),
            Path(str(manifest.value(data, UT.graph)).removeprefix("file://")),
        )
        for data in manifest.objects(entry, UT.graphData)
    )
    return ProtocolCase(
        name=str(entry).rsplit("#", 1)[-1],
        title=str(manifest.value(entry, MF.name)),
        exchanges=tuple(_read_exchange(manifest, request) for request in requests_list),
        graph_data=graph_data,
    )


def _read_exchange(manifest: Graph, request) -> Exchange:
    headers = {}
    header_list = manifest.value(request, HT.headers)
    if header_list is not None:
        for header in Collection(manifest, header_list):
            name = str(manifest.value(header, HT.fieldName)).lower()
            headers[name] = str(manifest.value(header, HT.fieldValue))
    body = manifest.value(request, HT.body)
    content = None
    if body is not None:
        encoding = str(manifest.value(body, CNT.characterEncoding) or "UTF-8")
        content = str(manifest.value(body, CNT.chars)).encode(encoding)
    response = manifest.value(request, HT.resp)
    statuses = frozenset(
        int(str(s).rsplit("StatusCode", 1)[1][0]) for s in manifest.objects(response, MF.expectedStatus)
    )
    boolean = manifest.value(response, MF.expectedBoolean)
    expected_format = manifest.value(response, MF.expectedFormat)
    return Exchange(
        method=str(manifest.value(request, HT.methodName)),
        path=str(manifest.value(request, HT.absolutePath)),
        headers=headers,
        body=content,
        status_classes=statuses,
        expected_format=None if expected_format is None else str(expected_format),
        expected_boolean=None if boolean is None else boolean.toPython(),
    )


CASES = read_manifest(MANIFEST)


READ_TERMS = {
    RDF.type, RDF.first, RDF.rest, RDFS.label, RDFS.comment, MF.entries, MF.name, MF.action,
    UT.graphData, UT.graph, DAWGT.approval, DAWGT.approvedBy, HT.connectionAuthority,
    HT.requests, HT.absolutePath, HT.methodName, HT.httpVersion, HT.headers, HT.fieldName,
    HT.fieldValue, HT.body, CNT.chars, CNT.characterEncoding, HT.resp, MF.expectedStatus,
    MF.expectedFormat, MF.expectedBoolean,
}  # fmt: skip
"""Every term this file reads or knows it may ignore (approvals, HTTP version, authority)."""


def test_the_manifest_is_read_whole() -> None:
    """Each protocol test is a case, and the manifest says nothing the cases do not take in."""
    manifest = Graph().parse(MANIFEST, format="turtle")
    tests = {str(test).rsplit("#", 1)[-1] for test in manifest.subjects(RDF.type, MF.ProtocolTest)}
    assert {case.name for case in CASES} == tests and len(CASES) == len(tests)
    assert set(manifest.predicates()) <= READ_TERMS, set(manifest.predicates()) - READ_TERMS
    exchanges = [exchange for case in CASES for exchange in case.exchanges]
    assert all(case.exchanges for case in CASES)
    assert all(exchange.status_classes for exchange in exchanges)
    assert {exchange.expected_format for exchange in exchanges} - {None} <= set(EXPECTED_FORMATS)
    assert set(INAPPLICABLE) <= tests


@pytest.fixture(scope="module")
def protocol_base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A `kg serve` process serving the suite's data files in the graphs the manifest names them."""
    folder = tmp_path_factory.mktemp("w3c-protocol")
    quads = [
        ox.Quad(triple.subject, triple.predicate, triple.object, ox.NamedNode(name))
        for name, data_file in sorted({pair for case in CASES for pair in case.graph_data})
        for triple in ox.parse(path=str(data_file), format=ox.RdfFormat.N_TRIPLES)
    ]
    data = folder / "protocol-data.nq"
    ox.serialize(quads, str(data), format=ox.RdfFormat.N_QUADS)
    with kg_serve(str(data), "--out", str(folder / "out"), env={"KG_QUERY_WORKERS": "1"}) as url:
        yield url


def send(base_url: str, exchange: Exchange) -> requests.Response:
    """Send one manifest request to our endpoint, with the manifest's path, headers and body."""
    assert exchange.path.startswith(MANIFEST_ENDPOINT)
    url = base_url + "/sparql" + exchange.path[len(MANIFEST_ENDPOINT) :]
    return requests.request(
        exchange.method, url, headers=exchange.headers, data=exchange.body, allow_redirects=False, timeout=30
    )


def check_response(response: requests.Response, exchange: Exchange) -> None:
    """The response has a status of the expected classes, and the expected format and boolean."""
    assert response.status_code // 100 in exchange.status_classes, response.text
    if exchange.expected_format is None:
        return
    fmt = format_for_media_type(response.headers["Content-Type"])
    assert fmt is not None and fmt.name in EXPECTED_FORMATS[exchange.expected_format], response.headers
    if exchange.expected_format == "RDF":
        Graph().parse(data=response.content, format=fmt.rdflib_name)
        return
    result = Result.parse(io.BytesIO(response.content), format=fmt.media_type)
    if exchange.expected_format == "boolean":
        assert result.type == "ASK"
        if exchange.expected_boolean is not None:
            assert result.askAnswer is exchange.expected_boolean
    else:
        assert result.type == "SELECT"


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_w3c_protocol_case(case: ProtocolCase, protocol_base_url: str) -> None:
    if case.name in INAPPLICABLE:
        check_refused_updates(case, protocol_base_url)
        return
    for exchange in case.exchanges:
        response = send(protocol_base_url, exchange)
        check_response(response, exchange)
        if exchange.is_update:
            assert response.status_code == 403, "updates are refused as read-only"


def check_refused_updates(case: ProtocolCase, base_url: str) -> None:
    """On a read-only endpoint: each update is answered 403, and the queries after it see no change."""
    assert any(exchange.is_update for exchange in case.exchanges)
    for exchange in case.exchanges:
        response = send(base_url, exchange)
        if exchange.is_update:
            assert response.status_code == 403, response.text
        else:
            assert exchange.expected_boolean is True
            check_response(response, Exchange(**{**exchange.__dict__, "expected_boolean": False}))


def test_the_suite_data_is_served_in_the_named_graphs(protocol_base_url: str) -> None:
    """The fixture itself: each data file's triple is in the graph the manifest names."""
    query = "SELECT ?g ?s WHERE { GRAPH ?g { ?s a <http://xmlns.com/foaf/0.1/Document> } }"
    response = requests.get(
        protocol_base_url + "/sparql",
        params={"query": query},
        headers={"Accept": "application/sparql-results+json"},
        timeout=30,
    )
    rows = {(b["g"]["value"], b["s"]["value"]) for b in response.json()["results"]["bindings"]}
    names = {name for case in CASES for name, _ in case.graph_data}
    assert rows == {(name, name) for name in names}
    assert len(names) == 3
