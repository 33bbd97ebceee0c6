"""The query engine: engine errors become typed errors, never a dead worker; workers have no network."""

import multiprocessing
import socket
import threading
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.dataset import StoreSource
from kg.engine import QueryEngine, QueryJob, evaluate
from kg.errors import AnswerTooLarge, BadQuery, EngineUnavailable, QueryTimeout


def test_an_unsupported_function_is_a_bad_query() -> None:
    job = QueryJob("SELECT (<http://example.org/function>(1) AS ?x) {}", results_format="json")
    with pytest.raises(BadQuery, match="not supported"):
        evaluate(ox.Store(), job)


def test_an_answer_may_reach_the_size_limit_but_not_pass_it() -> None:
    store = ox.Store()
    for n in range(100):
        store.add(
            ox.Quad(
                ox.NamedNode(f"http://example.org/{n}"), ox.NamedNode("http://example.org/p"), ox.Literal(n)
            )
        )
    job = QueryJob("SELECT ?s ?o WHERE { ?s ?p ?o } ORDER BY ?o", results_format="csv")
    whole = evaluate(store, job).body
    assert whole.count(b"\n") == 101  # the header and every row
    assert evaluate(store, job, answer_limit=len(whole)).body == whole
    with pytest.raises(AnswerTooLarge, match=f"{len(whole) - 1:,} bytes"):
        evaluate(store, job, answer_limit=len(whole) - 1)
    graph_job = QueryJob("CONSTRUCT WHERE { ?s ?p ?o }", graph_format="nt")
    with pytest.raises(AnswerTooLarge):
        evaluate(store, graph_job, answer_limit=1000)


def test_a_worker_cannot_reach_the_network_even_past_the_guard(built) -> None:
    """The query guard is skipped here on purpose: the worker's own network namespace must hold."""
    heard: list[bytes] = []
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]

        def accept_until_told() -> None:
            connection, _ = listener.accept()
            with connection:
                heard.append(connection.recv(64))

        thread = threading.Thread(target=accept_until_told)
        thread.start()
        engine = QueryEngine(built.store_source(memory_limit_quads=0), workers=1, timeout=10)
        assert engine.wait_until_ready()
        try:
            query = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
            with pytest.raises(BadQuery):
                engine.run(QueryJob(query, results_format="json"))
        finally:
            engine.close()
        with socket.create_connection(("127.0.0.1", port)) as own:  # ends the accept
            own.sendall(b"test")
        thread.join()
    assert heard == [b"test"], "the worker connected to the listener"


QUERIES = (
    "SELECT ?p ?o WHERE { <https://techworkers.example/id/salesforce> ?p ?o } ORDER BY ?p ?o",
    "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
    "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g",
    # Blank nodes keep their labels (the justifications' statements are blank nodes).
    "SELECT ?s ?o WHERE { GRAPH ?g { ?s <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?o } }"
    " ORDER BY ?s LIMIT 20",
)


def test_a_dataset_held_in_memory_answers_as_the_store_on_disk(built) -> None:
    """Workers given the build's dump in memory see the same dataset, default graph included."""
    on_disk = built.store_source(memory_limit_quads=0)
    in_memory = built.store_source(memory_limit_quads=built.quads)
    assert not on_disk.in_memory and in_memory.in_memory
    answers = []
    for source in (on_disk, in_memory):
        engine = QueryEngine(source, workers=1, timeout=10)
        assert engine.wait_until_ready()
        try:
            answers.append([engine.run(QueryJob(q, results_format="csv")).body for q in QUERIES])
        finally:
            engine.close()
    assert answers[0] == answers[1]
    assert answers[0][1] != b"n\r\n0\r\n"  # the default graph is not empty
    assert b"_:" in answers[0][3]


def test_the_watchdog_stops_a_query_past_its_time_and_the_pool_recovers(built) -> None:
    engine = QueryEngine(built.store_source(memory_limit_quads=0), workers=1, timeout=0.5)
    assert engine.wait_until_ready()
    try:
        endless = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
        with pytest.raises(QueryTimeout):
            engine.run(QueryJob(endless, results_format="json"))
        answer = engine.run(QueryJob("ASK { ?s ?p ?o }", results_format="json"))
        assert b"true" in answer.body
    finally:
        engine.close()


def test_a_worker_started_as_the_engine_closes_is_not_left_running(built) -> None:
    """A request replacing its worker after a time-out can start the new one just after a
    build switch closed the engine; that worker must stop, not be left running unowned."""
    engine = QueryEngine(built.store_source(memory_limit_quads=0), workers=1, timeout=10)
    engine.close()
    before = {child.pid for child in multiprocessing.active_children()}
    engine._add_worker()  # the replacement's start, had it raced past the close
    assert engine.worker_pids() == []
    assert {child.pid for child in multiprocessing.active_children()} <= before


def test_a_worker_that_cannot_open_the_dataset_never_takes_a_query(tmp_path: Path) -> None:
    """Queries wait for a ready worker and get 503 in time, not a worker that is still starting."""
    engine = QueryEngine(StoreSource(str(tmp_path / "no-store")), workers=1, timeout=0.5)
    try:
        assert not engine.wait_until_ready(limit=2)
        with pytest.raises(EngineUnavailable, match="busy or starting"):
            engine.run(QueryJob("ASK {}", results_format="json"))
    finally:
        engine.close()
