"""The engines the suite runs on: this project's server over HTTP, rdflib's own engine, and
Oxigraph behind rdflib's API (oxrdflib), the last two in-process.

Each takes the same `Request` (the query text and the protocol dataset) and gives an `Answer`,
or raises `Rejected` with the engine's reason.
"""

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import pyoxigraph as ox
import rdflib
import rdflib.plugins.sparql
import requests
from rdflib import Dataset, URIRef
from rdflib.plugins.sparql import prepareQuery

from kg.engine import EVALUATION_ERRORS
from kg.errors import QueryNotEvaluable
from kg.query_guard import dataset_iris
from kg.rdflib_view import rdflib_view
from tests.serving import kg_serve
from tests.w3c.results import Answer, from_result, read_answer

ROOT = Path(__file__).resolve().parents[2]
ACCEPT = "application/sparql-results+json, application/n-triples"
PROBLEM_ACCEPT = ACCEPT + ", application/json"  # errors as JSON, with their title
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
        """None if the server parsed the query, its reason if it refused the query's syntax.

        The server answers 400 both for a query it cannot parse ("Bad query") and for one it
        parsed but cannot evaluate ("Query cannot be evaluated": a function Oxigraph does not
        implement); only the first is a refusal of the syntax, as for the in-process engines.
        """
        response = self._post(request, accept=PROBLEM_ACCEPT)
        if response.status_code == 200:
            return None
        if response.status_code == 400:
            if response.json()["title"] == QueryNotEvaluable.title:
                return None
            return f"HTTP 400: {one_line(response.json()['message'])}"
        raise Rejected(f"HTTP {response.status_code}: {one_line(response.text)}")

    def _post(self, request: Request, accept: str = ACCEPT) -> requests.Response:
        form = {
            "query": request.query,
            "default-graph-uri": list(request.default_graphs),
            "named-graph-uri": list(request.named_graphs),
        }
        return self.session.post(self.url, data=form, headers={"Accept": accept}, timeout=SERVER_TIMEOUT + 10)


def read_graphs(nquads: Path) -> Dataset:
    """The suite's graphs as rdflib reads them (lexical forms kept under `rdflib_settings`)."""
    graphs = Dataset()
    graphs.parse(nquads, format="nquads")
    return graphs


def fill_dataset(dataset: Dataset, graphs: Dataset, request: Request) -> Dataset:
    """Put the request's dataset into `dataset`: the merge of its default graphs as the default
    graph, its named graphs and the graphs its query's FROM and FROM NAMED name as named graphs."""
    for iri in request.default_graphs:
        dataset.default_graph += graphs.graph(URIRef(iri))
    for iri in (*request.named_graphs, *request.from_graphs()):
        named = dataset.graph(URIRef(iri))
        named += graphs.graph(URIRef(iri))
    return dataset


class RdflibEngine:
    """rdflib's own SPARQL engine over the same graphs: the test's dataset built per query."""

    name = "rdflib"

    def __init__(self, graphs: Dataset) -> None:
        self.graphs = graphs

    def answer(self, request: Request) -> Answer:
        dataset = fill_dataset(Dataset(), self.graphs, request)
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


class OxrdflibEngine:
    """Oxigraph behind rdflib's API: the test's dataset built per query in the project's
    `rdflib.Dataset` over a pyoxigraph store (kg.rdflib_view), asked with `Dataset.query`."""

    name = "oxrdflib"

    def __init__(self, graphs: Dataset) -> None:
        self.graphs = graphs

    def answer(self, request: Request) -> Answer:
        dataset = fill_dataset(oxigraph_dataset(), self.graphs, request)
        try:
            return from_result(dataset.query(request.query))
        except (SyntaxError, *EVALUATION_ERRORS) as error:
            raise Rejected(f"{type(error).__name__}: {one_line(str(error))}") from None

    def check_syntax(self, request: Request) -> str | None:
        """None if the query parses: asked of an empty dataset, where only a SyntaxError refuses it.

        An error raised after parsing (a custom function Oxigraph does not know) is an evaluation
        error, so the query counts as accepted (the server calls it "Query cannot be evaluated").
        kg.rdflib_view never lets rdflib fall back to its own engine, so every answer is Oxigraph's.
        """
        try:
            from_result(oxigraph_dataset().query(request.query))
        except SyntaxError as error:
            return f"SyntaxError: {one_line(str(error))}"
        except EVALUATION_ERRORS:
            pass  # it parsed; evaluating it failed
        return None


def oxigraph_dataset() -> Dataset:
    """An empty `rdflib.Dataset` whose store is an in-memory pyoxigraph `Store`."""
    return rdflib_view(ox.Store())


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
