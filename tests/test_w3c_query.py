"""W3C SPARQL 1.1 query conformance: the suite run against `kg serve` and against rdflib.

The runner (`python -m tests.w3c.query_suite`) is run once per session, as CI runs it; the
comparison rules it relies on are tested on their own below.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef

from tests.w3c.query_suite import DEFAULT_SUITE, SUITE_ENV, is_ordered
from tests.w3c.results import Solutions, difference, literals_by_value

ROOT = Path(__file__).resolve().parent.parent
EX = "http://example.org/"
# Not rdflib.namespace.XSD: pytest looks for fixtures among module names, and XSD warns when asked.
INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
STRING = URIRef("http://www.w3.org/2001/XMLSchema#string")


@pytest.fixture(scope="module")
def suite_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The outcomes of one run of the whole query suite on both engines."""
    suite = Path(os.environ.get(SUITE_ENV, DEFAULT_SUITE))
    assert suite.is_dir(), f"The W3C suite is not at {suite}; set {SUITE_ENV}."
    report = tmp_path_factory.mktemp("w3c") / "outcomes.json"
    command = [sys.executable, "-m", "tests.w3c.query_suite", "--suite", str(suite), "--json", str(report)]
    run = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return json.loads(report.read_text())


def test_the_whole_query_suite_was_run(suite_run: dict) -> None:
    summary = suite_run["summary"]
    assert summary["tests"] > 300
    assert summary["skipped"] < 10


def test_the_server_passes_at_least_as_many_tests_as_rdflib(suite_run: dict) -> None:
    summary = suite_run["summary"]
    assert summary["server_passed"] >= summary["rdflib_passed"], summary


def test_every_failure_and_skip_has_a_reason(suite_run: dict) -> None:
    unexplained = [
        (test["name"], engine)
        for test in suite_run["tests"]
        for engine in ("server", "rdflib")
        if test[engine]["status"] != "PASS" and not test[engine]["reason"]
    ]
    assert not unexplained


def test_the_engines_differences_are_listed(suite_run: dict) -> None:
    differing = {t["name"] for t in suite_run["tests"] if t["engines_differ"]}
    assert differing == set(suite_run["summary"]["differ"])
    one_passes = {t["name"] for t in suite_run["tests"] if t["server"]["status"] != t["rdflib"]["status"]}
    assert one_passes <= differing


# ---------------------------------------------------------------- the comparison rules


def _row(**bindings) -> dict:
    return bindings


def test_solutions_are_equal_up_to_blank_node_renaming() -> None:
    a, b = BNode(), BNode()
    expected = Solutions(("x", "y"), (_row(x=a, y=Literal(1)), _row(x=a, y=Literal(2)), _row(x=b)))
    renamed = Solutions(
        ("x", "y"), (_row(x=BNode("q")), _row(x=BNode("p"), y=Literal(2)), _row(x=BNode("p"), y=Literal(1)))
    )
    merged = Solutions(("x", "y"), (_row(x=a, y=Literal(1)), _row(x=b, y=Literal(2)), _row(x=b)))
    assert difference(expected, renamed) is None
    assert "blank nodes" in difference(expected, merged)


def test_solutions_are_a_multiset() -> None:
    once = Solutions(("x",), (_row(x=URIRef(EX + "a")),))
    twice = Solutions(("x",), (_row(x=URIRef(EX + "a")), _row(x=URIRef(EX + "a"))))
    assert difference(once, twice) == f"expected 1 solution, got 2; unexpected {{?x=<{EX}a>}}"
    assert difference(once, twice, lax=True) is None


def test_order_counts_only_when_the_query_orders() -> None:
    one, two = _row(x=Literal(1)), _row(x=Literal(2))
    ascending, descending = Solutions(("x",), (one, two)), Solutions(("x",), (two, one))
    assert difference(ascending, descending) is None
    assert "order" in difference(ascending, descending, ordered=True)
    assert is_ordered("SELECT * { ?s ?p ?o } ORDER BY ?o")
    assert not is_ordered("SELECT * { { SELECT * { ?s ?p ?o } ORDER BY ?o LIMIT 2 } }")


def test_literals_are_compared_as_terms_and_told_apart_by_value() -> None:
    written = Solutions(("n",), (_row(n=Literal("01", datatype=INTEGER, normalize=False)),))
    canonical = Solutions(("n",), (_row(n=Literal("1", datatype=INTEGER)),))
    assert difference(written, canonical) is not None
    assert literals_by_value(written, canonical)
    other = Solutions(("n",), (_row(n=Literal("2", datatype=INTEGER)),))
    assert not literals_by_value(written, other)


def test_a_string_literal_is_a_simple_literal() -> None:
    typed = Solutions(("s",), (_row(s=Literal("a", datatype=STRING)),))
    assert difference(typed, Solutions(("s",), (_row(s=Literal("a")),))) is None


def test_graphs_are_compared_by_isomorphism() -> None:
    first, second, other = Graph(), Graph(), Graph()
    first.add((BNode(), URIRef(EX + "p"), Literal("x")))
    second.add((BNode(), URIRef(EX + "p"), Literal("x")))
    other.add((URIRef(EX + "s"), URIRef(EX + "p"), Literal("x")))
    assert difference(first, second) is None
    assert difference(first, other) is not None
    assert difference(True, first) == "expected the boolean true, got a graph of 1 triples"
