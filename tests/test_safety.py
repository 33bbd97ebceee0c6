"""What the endpoint refuses to do: reach out, drown in nesting, run forever, die with a worker."""

import os
import signal
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from flask import Flask

from kg.dataset import BuiltDataset
from kg.namespaces import PROVENANCE_GRAPH
from kg.query_guard import MAX_QUERY_BYTES
from server import create_app
from tests.listener import Listener

PROVENANCE = str(PROVENANCE_GRAPH)
CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SMALL = f"ASK {{ GRAPH <{PROVENANCE}> {{ ?s ?p ?o }} }}"


def post_query(sparql_url: str, query: str) -> requests.Response:
    return requests.post(
        sparql_url, data={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )


def count(response: requests.Response) -> int:
    assert response.status_code == 200, response.text
    return int(response.json()["results"]["bindings"][0]["n"]["value"])


# SERVICE and remote datasets


def test_the_listener_hears_a_service_call_the_guard_does_not_stop(listener: Listener) -> None:
    """The check below is meaningful: without the guard, the engine does call the listener."""
    with pytest.raises(OSError):
        list(ox.Store().query(f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"))
    assert len(listener.visits_before_now()) == 1


SERVICE_QUERIES: dict[str, Callable[[str], str]] = {
    "upper case": lambda url: f"SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "lower case": lambda url: f"select * where {{ service <{url}> {{ ?s ?p ?o }} }}",
    "split across lines": lambda url: (
        f"SELECT * WHERE {{\n  Service\n  SILENT\n  <{url}>\n  {{ ?s ?p ?o }}\n}}"
    ),
    "to a variable": lambda url: f"SELECT * WHERE {{ BIND(<{url}> AS ?e) SERVICE ?e {{ ?s ?p ?o }} }}",
    "after a quote ending a prefixed name": lambda url: (
        f'PREFIX ex: <http://e/> SELECT * {{ VALUES ?x {{ ex:a" " }} SERVICE <{url}> {{ ?s ?p ?o }} '
        'VALUES ?y { "z" } }'
    ),
    "after a less-than read as an IRI": lambda url: (
        f"SELECT * {{ BIND('1' AS ?a) FILTER(?a<'x>' ) SERVICE <{url}> {{ ?s ?p ?o }} FILTER(?a != ' ') }}"
    ),
}


@pytest.mark.parametrize("make_query", SERVICE_QUERIES.values(), ids=SERVICE_QUERIES.keys())
def test_service_is_refused_before_any_connection(
    sparql_url: str, listener: Listener, make_query: Callable[[str], str]
) -> None:
    response = post_query(sparql_url, make_query(listener.url))
    assert response.status_code == 400
    assert "SERVICE" in response.text
    assert listener.visits_before_now() == []


@pytest.mark.parametrize(
    "make_query",
    [
        lambda url: f'SELECT ?o WHERE {{ VALUES ?o {{ "SERVICE <{url}> {{ }}" }} }}',
        lambda url: f"SELECT ?o WHERE {{ VALUES ?o {{ <{url}#service> }} }}",
        lambda url: f"SELECT ?o WHERE {{ VALUES ?o {{ 1 }} }} # SERVICE <{url}> {{ }}",
    ],
    ids=["in a string", "in an IRI", "in a comment"],
)
def test_the_word_service_elsewhere_is_fine(
    sparql_url: str, listener: Listener, make_query: Callable[[str], str]
) -> None:
    response = post_query(sparql_url, make_query(listener.url))
    assert response.status_code == 200, response.text
    assert len(response.json()["results"]["bindings"]) == 1
    assert listener.visits_before_now() == []


@pytest.mark.parametrize("clause", ["FROM", "FROM NAMED"])
def test_from_a_graph_outside_the_dataset_is_refused(
    sparql_url: str, listener: Listener, clause: str
) -> None:
    response = post_query(sparql_url, f"SELECT * {clause} <{listener.url}data.ttl> WHERE {{ ?s ?p ?o }}")
    assert response.status_code == 400
    assert listener.url in response.text
    assert listener.visits_before_now() == []


def test_from_a_graph_of_the_dataset_makes_it_the_default_graph(sparql_url: str, built: BuiltDataset) -> None:
    response = post_query(sparql_url, f"SELECT (COUNT(*) AS ?n) FROM <{PROVENANCE}> WHERE {{ ?s ?p ?o }}")
    assert count(response) == built.manifest["graphs"][PROVENANCE]


def test_from_named_a_graph_of_the_dataset_limits_graph_variables(select: Callable) -> None:
    query = f"SELECT DISTINCT ?g FROM NAMED <{PROVENANCE}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"
    assert select(query) == {(PROVENANCE,)}


# Size and depth


DEEP = {
    "groups": "SELECT * WHERE " + "{" * 2500 + "?s ?p ?o" + "}" * 2500,
    "parentheses": "SELECT * WHERE { FILTER(" + "(" * 2500 + "true" + ")" * 2500 + ") }",
}


@pytest.mark.parametrize("query", DEEP.values(), ids=DEEP.keys())
def test_deep_nesting_is_refused_and_the_server_carries_on(
    sparql_url: str, query: str, ask: Callable[[str], bool]
) -> None:
    response = post_query(sparql_url, query)
    assert response.status_code == 400
    assert "levels deep" in response.text
    assert ask(SMALL) is True


@pytest.mark.parametrize("content_type", ["form", "application/sparql-query"])
def test_oversized_query_is_refused(sparql_url: str, content_type: str) -> None:
    query = f"ASK {{ ?s ?p {'?o ' * (MAX_QUERY_BYTES // 3)} }}"
    assert len(query) > MAX_QUERY_BYTES
    if content_type == "form":
        response = requests.post(sparql_url, data={"query": query})
    else:
        response = requests.post(sparql_url, data=query, headers={"Content-Type": content_type})
    assert response.status_code == 400
    assert f"{MAX_QUERY_BYTES} bytes" in response.text


# The time limit, the answer limit and the workers, on an app of its own with a one-second limit
# and answers of at most 200 kB (the seed build is over 10 MB as N-Quads)

ANSWER_LIMIT = 200_000


@pytest.fixture(scope="module")
def limited_app(build_dir: Path) -> Iterator[Flask]:
    app = create_app(
        {"BUILD_DIR": str(build_dir), "QUERY_TIMEOUT": 1, "QUERY_WORKERS": 2, "ANSWER_LIMIT": ANSWER_LIMIT}
    )
    yield app
    app.extensions["kg"].close()


def ready(app: Flask) -> Flask:
    """The app once every query worker is ready: a worker stopped by an earlier test is replaced
    by one that takes a moment to start, and until then the pool has one worker fewer."""
    assert app.extensions["kg"].engine.wait_until_ready()
    return app


def ask_status(app: Flask, query: str = SMALL) -> int:
    response = app.test_client().post(
        "/sparql", data={"query": query}, headers={"Accept": "application/json"}
    )
    return response.status_code


def test_a_long_query_is_stopped_and_the_next_is_answered(limited_app: Flask) -> None:
    ready(limited_app)
    engine = limited_app.extensions["kg"].engine
    before = set(engine.worker_pids())
    response = limited_app.test_client().post(
        "/sparql", data={"query": CARTESIAN}, headers={"Accept": "application/json"}
    )
    assert response.status_code == 503
    assert response.json["title"] == "Query timeout"
    assert ask_status(limited_app) == 200
    after = set(engine.worker_pids())
    assert len(after) == len(before) and len(before - after) == 1  # the stopped worker was replaced


@pytest.mark.parametrize(
    ("query", "accept"),
    [
        ("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }", "application/sparql-results+json"),
        ("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", "text/turtle"),
    ],
)
def test_an_answer_past_the_size_limit_is_refused_and_the_next_is_answered(
    limited_app: Flask, query: str, accept: str
) -> None:
    ready(limited_app)
    client = limited_app.test_client()
    response = client.post("/sparql", data={"query": query}, headers={"Accept": accept})
    assert response.status_code == 400
    assert f"larger than {ANSWER_LIMIT:,} bytes" in response.get_data(as_text=True)
    smaller = client.post("/sparql", data={"query": query + " LIMIT 100"}, headers={"Accept": accept})
    assert smaller.status_code == 200 and smaller.content_type.startswith(accept)
    assert 0 < len(smaller.data) <= ANSWER_LIMIT


def test_small_queries_are_answered_while_a_long_one_runs(limited_app: Flask) -> None:
    ready(limited_app)
    long_status: list[int] = []

    def long_query() -> None:
        long_status.append(ask_status(limited_app, CARTESIAN))

    runner = threading.Thread(target=long_query)
    runner.start()
    answered_during = []
    while runner.is_alive():
        status = ask_status(limited_app)
        if runner.is_alive():  # it was answered while the long query still ran
            answered_during.append(status)
    runner.join()
    assert long_status == [503]
    assert answered_during and set(answered_during) == {200}


def test_a_killed_worker_costs_one_query(limited_app: Flask) -> None:
    ready(limited_app)
    engine = limited_app.extensions["kg"].engine
    assert ask_status(limited_app) == 200
    victim = engine.worker_pids()[0]
    os.kill(victim, signal.SIGKILL)
    os.waitid(os.P_PID, victim, os.WEXITED | os.WNOWAIT)  # dead, and left for the engine to reap
    statuses = [ask_status(limited_app) for _ in range(4)]
    assert statuses.count(503) == 1 and 503 in statuses[:2]  # whichever query drew the dead worker
    assert set(statuses) - {503} == {200}
    assert victim not in engine.worker_pids()
    assert len(engine.worker_pids()) == 2
