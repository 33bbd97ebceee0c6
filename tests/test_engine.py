"""The query engine: engine errors become typed errors, never a dead worker; workers have no network."""

import socket
import threading

import pyoxigraph as ox
import pytest

from kg.engine import QueryEngine, QueryJob, evaluate
from kg.errors import BadQuery


def test_an_unsupported_function_is_a_bad_query() -> None:
    job = QueryJob("SELECT (<http://example.org/function>(1) AS ?x) {}", results_format="json")
    with pytest.raises(BadQuery, match="not supported"):
        evaluate(ox.Store(), job)


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
        engine = QueryEngine(built.store_path, workers=1, timeout=10)
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
