"""Shared fixtures: one build per test session, served over real HTTP by `kg serve`."""

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import requests
import waitress

from kg.build import build
from kg.dataset import BuiltDataset
from kg.sources import Inputs
from server import create_app
from tests.listener import Listener
from tests.serving import kg_serve

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of the project's own inputs, made once per session."""
    out = tmp_path_factory.mktemp("build")
    build(out)
    return out


@pytest.fixture(scope="session")
def built(build_dir: Path) -> BuiltDataset:
    return BuiltDataset.current(build_dir)


@pytest.fixture(scope="session")
def base_url(build_dir: Path) -> Iterator[str]:
    """The root URL of a real `kg serve` process serving the session's build."""
    with kg_serve("--out", str(build_dir), env={"KG_QUERY_TIMEOUT": "5"}) as url:
        yield url


@pytest.fixture(scope="session")
def sparql_url(base_url: str) -> str:
    return base_url + "/sparql"


@pytest.fixture(scope="session")
def seed_build_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A build of the hand-authored seed graph alone: ontology and curated triples, no articles."""
    out = tmp_path_factory.mktemp("seed-build")
    build(out, Inputs(article_dirs=()))
    return out


@pytest.fixture(scope="session")
def seed_sparql_url(seed_build_dir: Path) -> Iterator[str]:
    """The SPARQL endpoint of the seed build, served by waitress over real HTTP."""
    app = create_app({"BUILD_DIR": str(seed_build_dir), "QUERY_WORKERS": 1})
    server = waitress.create_server(app, host="127.0.0.1", port=0, threads=4)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.effective_port}/sparql"
    finally:
        server.close()
        app.extensions["kg"].close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    """A loopback listener that records every connection made to it (tests/listener.py)."""
    opened = Listener()
    yield opened
    opened.close()


def _value(binding: dict | None) -> str | None:
    return None if binding is None else binding["value"]


def selecting(sparql_url: str) -> Callable[[str], set[tuple]]:
    """A function running a SELECT over HTTP: the rows as a set of tuples, in the head's order."""

    def run(query: str) -> set[tuple]:
        response = requests.post(
            sparql_url, data={"query": query}, headers={"Accept": "application/sparql-results+json"}
        )
        assert response.status_code == 200, response.text
        results = response.json()
        names = results["head"]["vars"]
        return {tuple(_value(row.get(name)) for name in names) for row in results["results"]["bindings"]}

    return run


def asking(sparql_url: str) -> Callable[[str], bool]:
    """A function running an ASK over HTTP: its boolean."""

    def run(query: str) -> bool:
        response = requests.post(
            sparql_url, data={"query": query}, headers={"Accept": "application/sparql-results+json"}
        )
        assert response.status_code == 200, response.text
        return response.json()["boolean"]

    return run


@pytest.fixture(scope="session")
def select(sparql_url: str) -> Callable[[str], set[tuple]]:
    """SELECT against the full build (curated, extracted and inferred)."""
    return selecting(sparql_url)


@pytest.fixture(scope="session")
def ask(sparql_url: str) -> Callable[[str], bool]:
    """ASK against the full build."""
    return asking(sparql_url)


@pytest.fixture(scope="session")
def seed_select(seed_sparql_url: str) -> Callable[[str], set[tuple]]:
    """SELECT against the hand-authored seed graph and its inferences."""
    return selecting(seed_sparql_url)


@pytest.fixture(scope="session")
def seed_ask(seed_sparql_url: str) -> Callable[[str], bool]:
    """ASK against the hand-authored seed graph and its inferences."""
    return asking(seed_sparql_url)


@pytest.fixture(scope="session")
def project_graphs() -> dict:
    """The project's ontology, shapes and curated graph, parsed once."""
    from kg.namespaces import CURATED_GRAPH, ONTOLOGY_GRAPH
    from kg.sources import SHAPES_GRAPH, Inputs, parse_files

    files = Inputs().graph_files()
    return {name: parse_files(files[name]) for name in (ONTOLOGY_GRAPH, SHAPES_GRAPH, CURATED_GRAPH)}


@pytest.fixture(scope="session")
def read(project_graphs: dict) -> Callable:
    """Body text -> the fact graph of a one-paragraph article (published 2019-11-08), read against
    an empty graph without the gazetteer: sentences written for the tests, on the real pipeline."""
    from datetime import date

    from rdflib import Graph

    from kg.extract.annotate import extraction_graphs, single_valued
    from kg.extract.article import Article, ArticleMetadata
    from kg.extract.extractor import extract_article
    from kg.namespaces import ONTOLOGY_GRAPH
    from kg.sources import SHAPES_GRAPH

    ontology, shapes = project_graphs[ONTOLOGY_GRAPH], project_graphs[SHAPES_GRAPH]
    title = "Workers protest a contract\n\n"

    def facts_of(body: str) -> Graph:
        meta = ArticleMetadata("names-test", "Workers protest a contract", date(2019, 11, 8), "Test Wire")
        article = Article(title + body + "\n", len(title), meta)
        extraction = extract_article(article, Graph(), ontology, gazetteer=False)
        return extraction_graphs(extraction, Graph(), ontology, single_valued(ontology, shapes))[0]

    return facts_of


def _extract_project_articles(project_graphs: dict, curated: bool) -> dict:
    from rdflib import Graph

    from kg.extract.batch import extract_articles, read_articles
    from kg.namespaces import CURATED_GRAPH, ONTOLOGY_GRAPH
    from kg.sources import SHAPES_GRAPH, Inputs

    base = project_graphs[CURATED_GRAPH] if curated else Graph()
    articles = read_articles(Inputs().article_files())
    graphs = project_graphs[ONTOLOGY_GRAPH], project_graphs[SHAPES_GRAPH]
    return {r.slug: r for r in extract_articles(articles, base, *graphs)}


@pytest.fixture(scope="session")
def extracted(project_graphs: dict) -> dict:
    """Slug -> fact and evidence graphs of each project article, linked against the curated graph."""
    return _extract_project_articles(project_graphs, curated=True)


@pytest.fixture(scope="session")
def extracted_alone(project_graphs: dict) -> dict:
    """The same, with the curated graph switched off: extraction alone."""
    return _extract_project_articles(project_graphs, curated=False)
