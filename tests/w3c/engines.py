"""The two engines the suite runs on: this project's server over HTTP, and rdflib in-process.

Both take the same `Request` (the query text and the protocol dataset) and give an `Answer`,
or raise `Rejected` with the engine's reason.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import rdflib
import rdflib.plugins.sparql
import requests
from rdflib import Dataset, URIRef
from rdflib.plugins.sparql import prepareQuery

from kg.query_guard import dataset_iris
from tests.serving import kg_serve
from tests.w3c.results import Answer, from_result, read_answer

ROOT = Path(__file__).resolve().parents[2]
ACCEPT = "application/sparql-results+json, application/n-triples"
SERVER_TIMEOUT = 20  # seconds the server gives one query (kg serve --timeout)


@dataclass(frozen=True)
class Request:
    """A query as sent: its text, its base, and the protocol dataset (none: the query's own)."""

    query: str
    base: str
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()

    def from_graphs(self) -> list[str]:
        """The graphs the query's own FROM and FROM NAMED name."""
        return [urljoin(self.base, iri) for iri in dataset_iris(self.query)]


class Rejected(Exception):
    """The engine refused the query or could not answer it."""


class HttpEngine:
    """The project's server, asked over the SPARQL 1.1 protocol (a form POST)."""

    name = "server"

    def __init__(self, url: str) -> None:
        self.url = url
        self.session = requests.Session()

    def answer(self, request: Request) -> Answer:
        response = self._post(request)
        if response.status_code != 200:
            raise Rejected(f"HTTP {response.status_code}: {one_line(response.text)}")
        return read_answer(response.content, response.headers.get("Content-Type", "").split(";")[0])

    def check_syntax(self, request: Request) -> str | None:
        """None if the query is accepted (200), the server's reason if it is refused (400)."""
        response = self._post(request)
        if response.status_code == 200:
            return None
        if response.status_code == 400:
            return f"HTTP 400: {one_line(response.text)}"
        raise Rejected(f"HTTP {response.status_code}: {one_line(response.text)}")

    def _post(self, request: Request) -> requests.Response:
        form = {
            "query": request.query,
            "default-graph-uri": list(request.default_graphs),
            "named-graph-uri": list(request.named_graphs),
        }
        return self.session.post(self.url, data=form, headers={"Accept": ACCEPT}, timeout=SERVER_TIMEOUT + 10)


class RdflibEngine:
    """rdflib's own SPARQL engine over the same graphs: the test's dataset built per query."""

    name = "rdflib"

    def __init__(self, nquads: Path) -> None:
        self.graphs = Dataset()
        self.graphs.parse(nquads, format="nquads")

    def answer(self, request: Request) -> Answer:
        dataset = Dataset()
        for iri in request.default_graphs:
            dataset.default_graph += self.graphs.graph(URIRef(iri))
        for iri in (*request.named_graphs, *request.from_graphs()):
            named = dataset.graph(URIRef(iri))
            named += self.graphs.graph(URIRef(iri))
        try:
            return from_result(dataset.query(request.query))
        except Exception as error:  # rdflib raises anything from ParseException to TypeError
            raise Rejected(f"{type(error).__name__}: {one_line(str(error))}") from None

    def check_syntax(self, request: Request) -> str | None:
        """None if rdflib parses and translates the query (as rdflib's own suite run does)."""
        try:
            prepareQuery(request.query)
        except Exception as error:  # any parse or translation error is a refusal
            return f"{type(error).__name__}: {one_line(str(error))}"
        return None


def one_line(text: str, limit: int = 200) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


@contextmanager
def rdflib_settings() -> Iterator[None]:
    """rdflib as the suite needs it: lexical forms kept, no union default graph, nothing fetched."""
    sparql = rdflib.plugins.sparql
    saved = (rdflib.NORMALIZE_LITERALS, rdflib.DAWG_LITERAL_COLLATION)
    saved_sparql = (sparql.SPARQL_DEFAULT_GRAPH_UNION, sparql.SPARQL_LOAD_GRAPHS)
    rdflib.NORMALIZE_LITERALS, rdflib.DAWG_LITERAL_COLLATION = False, True
    sparql.SPARQL_DEFAULT_GRAPH_UNION, sparql.SPARQL_LOAD_GRAPHS = False, False
    try:
        yield
    finally:
        rdflib.NORMALIZE_LITERALS, rdflib.DAWG_LITERAL_COLLATION = saved
        sparql.SPARQL_DEFAULT_GRAPH_UNION, sparql.SPARQL_LOAD_GRAPHS = saved_sparql


@contextmanager
def served(data: Path, workdir: Path) -> Iterator[str]:
    """A `kg serve` process over the data file for the duration of the block; yields its /sparql URL."""
    args = (str(data), "--out", str(workdir / "build"), "--timeout", str(SERVER_TIMEOUT))
    with kg_serve(*args) as url:
        yield url + "/sparql"
