"""Run the W3C SPARQL 1.1 query tests against `kg serve` over HTTP, and in-process against rdflib.

    python -m tests.w3c.query_suite [--suite DIR] [--engine http|rdflib|oxrdflib|all] [--only NAME]

All the tests' data goes into one N-Quads file, each data file as a graph named by its suite IRI,
and one `kg serve` process serves it. Each query is sent over the SPARQL protocol with
`default-graph-uri` (the test's qt:data) and `named-graph-uri` (its qt:graphData), unless it has
FROM or FROM NAMED of its own. A query's base is the IRI of its file, which a protocol request
cannot carry, so the query is sent with that IRI prepended as `BASE`. In-process, the same text is
asked over the same graphs through rdflib's API twice: of rdflib's own engine, and of Oxigraph
behind it (oxrdflib's store). One run gives the three pass counts, and the tests on which the
server's results differ from rdflib's engine's and from Oxigraph's behind rdflib's API.
"""

import argparse
import json
import logging
import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

import pyoxigraph as ox

from kg.errors import BadQuery
from kg.query_guard import check_query, tokens
from tests.w3c.engines import (
    HttpEngine,
    OxrdflibEngine,
    RdflibEngine,
    Rejected,
    Request,
    rdflib_settings,
    read_graphs,
    served,
)
from tests.w3c.manifest import QUERY_MANIFEST, Suite, TestCase, TestKind
from tests.w3c.report import (
    COMPARISONS,
    ENGINES,
    Outcome,
    Status,
    TestReport,
    as_json,
    header,
    line,
    pair,
    print_summary,
    summarize,
)
from tests.w3c.results import Answer, Wording, difference, literals_by_value, read_expected

SUITE_ENV = "KG_W3C_SPARQL11"  # where the suite is, if not in ../shared next to the repository
DEFAULT_SUITE = Path(__file__).resolve().parents[3] / "shared" / "w3c" / "sparql" / "sparql11"
NO_GRAPH = "urn:x-kg-w3c:no-graph"  # names no graph: the default graph of a test without qt:data
# The engines each --engine choice runs.
ENGINE_CHOICES = {"http": {"server"}, "rdflib": {"rdflib"}, "oxrdflib": {"oxrdflib"}, "all": set(ENGINES)}
STORED_BY_OXIGRAPH = {"server", "oxrdflib"}  # engines whose store rewrites the data's literals


# ---------------------------------------------------------------- preparing the tests


def inapplicable(test: TestCase) -> str | None:
    """Why a test cannot apply to a read-only query endpoint that calls no other endpoint."""
    if test.not_run:
        return f"the suite marks it {test.not_run}"
    if test.kind is TestKind.OTHER:
        return "not a query test (update, protocol, service description or result format test)"
    if test.entailment:
        regimes = ", ".join(regime.rsplit("/", 1)[-1] for regime in test.entailment)
        return f"assumes entailment ({regimes}); the endpoint answers under simple entailment"
    if test.uses_service:
        return "needs other SPARQL endpoints (SERVICE), which this endpoint does not call"
    if test.query is None:
        return "the manifest names no query"
    return None


def request_for(test: TestCase, query_text: str) -> Request:
    """The query with its base, and the test's dataset unless the query names its own."""
    request = Request(f"BASE <{test.query}>\n{query_text}", test.query)
    if test.kind is not TestKind.EVALUATION or request.from_graphs():
        return request
    return Request(request.query, request.base, test.data or (NO_GRAPH,), test.graph_data)


def graphs_of(test: TestCase, request: Request) -> set[str]:
    """The suite files a test reads as graphs, those its FROM names included."""
    if test.kind is not TestKind.EVALUATION:
        return set()
    return {*test.data, *test.graph_data, *request.from_graphs()}


def refused(request: Request, graphs: set[str]) -> str | None:
    """Why the endpoint's query guard refuses a query on purpose, if it does."""
    try:
        check_query(request.query, graphs)
    except BadQuery as error:
        return f"the endpoint refuses it on purpose: {error.message}"
    return None


def is_ordered(query: str) -> bool:
    """Whether the query orders its solutions: an ORDER BY outside every group (not a subquery's)."""
    depth, previous = 0, ""
    for token in tokens(query):
        if token.kind == "open":
            depth += 1
        elif token.kind == "close":
            depth -= 1
        elif depth == 0 and previous == "ORDER" and token.text.upper() == "BY":
            return True
        previous = token.text.upper()
    return False


@dataclass(frozen=True)
class SuiteData:
    """The tests' graphs in one N-Quads file, and what happened to them on the way."""

    path: Path
    unreadable: dict[str, str]  # graph IRI: why its file could not be read
    rewritten: dict[str, list[str]]  # graph IRI: its literals the store keeps in another form


def write_dataset(suite: Suite, graphs: set[str], path: Path) -> SuiteData:
    """Write the graphs into one N-Quads file, each data file's blank nodes kept apart.

    Also notes the literals that Oxigraph's storage keeps in another lexical form than the data
    gives (`"01"^^xsd:integer` as `"1"`), since that changes what the server can answer.
    """
    unreadable: dict[str, str] = {}
    quads: list[ox.Quad] = []
    for index, iri in enumerate(sorted(graphs)):
        source = suite.path_for(iri)
        try:
            parsed = list(ox.parse(path=source, format=_RDF_FORMATS[source.suffix], base_iri=iri))
        except (KeyError, OSError, SyntaxError, ValueError) as error:
            unreadable[iri] = f"the data file {source.name} cannot be read: {error}"
            continue
        graph = ox.NamedNode(iri)
        quads += [
            ox.Quad(_renamed(q.subject, index), q.predicate, _renamed(q.object, index), graph) for q in parsed
        ]
    ox.serialize(quads, str(path), format=ox.RdfFormat.N_QUADS)
    return SuiteData(path, unreadable, _rewritten_literals(quads))


def _rewritten_literals(quads: list[ox.Quad]) -> dict[str, list[str]]:
    """Per graph, the literals a store keeps in another form: `"0"^^xsd:boolean -> "false"^^xsd:boolean`."""
    store = ox.Store()
    store.extend(quads)
    stored = {str(q.object) for q in store if isinstance(q.object, ox.Literal)}
    rewritten: dict[str, list[str]] = {}
    for quad in quads:
        if isinstance(quad.object, ox.Literal) and str(quad.object) not in stored:
            kept = [
                str(q.object)
                for q in store.quads_for_pattern(quad.subject, quad.predicate, None, quad.graph_name)
            ]
            change = (
                f"{_short(str(quad.object))} -> {_short(kept[0])}"
                if len(kept) == 1
                else _short(str(quad.object))
            )
            rewritten.setdefault(quad.graph_name.value, []).append(change)
    return rewritten


def _short(literal: str) -> str:
    return literal.replace("<http://www.w3.org/2001/XMLSchema#", "xsd:").replace(">", "")


_RDF_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".rdf": ox.RdfFormat.RDF_XML}


def _renamed(term, index: int):
    return ox.BlankNode(f"f{index}x{term.value}") if isinstance(term, ox.BlankNode) else term


# ---------------------------------------------------------------- running


def run_test(test: TestCase, request: Request, engine, expected: Answer | None) -> Outcome:
    """One engine on one applicable test."""
    try:
        if test.kind is not TestKind.EVALUATION:
            return _syntax_outcome(test, engine.check_syntax(request))
        answer = engine.answer(request)
    except Rejected as error:
        return Outcome(Status.FAIL, f"no answer: {error}")
    ordered, lax = is_ordered(request.query), test.lax_cardinality
    problem = difference(expected, answer, ordered=ordered, lax=lax)
    if problem is None:
        return Outcome(Status.PASS, answer=answer)
    if literals_by_value(expected, answer, ordered=ordered, lax=lax):
        reason = f"lexical forms of literals differ (equal by value): {problem}"
        return Outcome(Status.FAIL, reason, answer=answer, by_value_only=True)
    return Outcome(Status.FAIL, problem, answer=answer)


def _syntax_outcome(test: TestCase, refusal: str | None) -> Outcome:
    accepted = refusal is None
    if accepted == (test.kind is TestKind.POSITIVE_SYNTAX):
        return Outcome(Status.PASS, accepted=accepted)
    reason = "accepts a query the suite says is invalid" if accepted else f"rejects a valid query: {refusal}"
    return Outcome(Status.FAIL, reason, accepted=accepted)


def engines_differ(
    test: TestCase, request: Request, outcomes: dict[str, Outcome], first: str, second: str
) -> str | None:
    """How the outcomes of two engines (keys of `outcomes`) on a test differ, if they do."""
    one, other = outcomes[first], outcomes[second]
    first_name, second_name = ENGINES[first].short, ENGINES[second].short
    if Status.SKIP in (one.status, other.status):
        return None
    if test.kind is not TestKind.EVALUATION:
        if one.accepted == other.accepted:
            return None
        accepts, rejects = (first_name, second_name) if one.accepted else (second_name, first_name)
        return f"{accepts} accepts the query, {rejects} rejects it"
    if one.answer is None or other.answer is None:
        if one.answer is other.answer:
            return None
        return f"only {first_name if other.answer is None else second_name} answers"
    wording = Wording.between(first_name, second_name)
    ordered = is_ordered(request.query)
    return difference(one.answer, other.answer, ordered=ordered, lax=test.lax_cardinality, wording=wording)


def run_suite(
    suite: Suite, engines: set[str], only: list[str], workdir: Path, manifest: str
) -> list[TestReport]:
    """Run the selected tests on the selected engines, printing a line per test."""
    tests = [t for t in suite.tests(manifest) if not only or any(_selects(o, t.name) for o in only)]
    prepared = {
        t.iri: request_for(t, suite.path_for(t.query).read_text("utf-8"))
        for t in tests
        if not inapplicable(t)
    }
    graphs = set().union(*(graphs_of(t, prepared[t.iri]) for t in tests if t.iri in prepared))
    data = write_dataset(suite, graphs, workdir / "w3c-sparql11.nq")
    source = read_graphs(data.path) if engines & {"rdflib", "oxrdflib"} else None
    with served(data.path, workdir) if "server" in engines else nullcontext() as url:
        running = {}
        if "server" in engines:
            running["server"] = HttpEngine(url)
        if "rdflib" in engines:
            running["rdflib"] = RdflibEngine(source)
        if "oxrdflib" in engines:
            running["oxrdflib"] = OxrdflibEngine(source)
        print(header(list(running)), flush=True)
        reports = []
        for test in tests:
            report = TestReport(test.name, test.iri)
            request = prepared.get(test.iri)
            skip = inapplicable(test) or refused(request, graphs - data.unreadable.keys())
            test_graphs = graphs_of(test, request) if request else set()
            lost = [data.unreadable[g] for g in sorted(test_graphs) if g in data.unreadable]
            expected = (
                read_expected(suite.path_for(test.result), test.result) if test.result and not skip else None
            )
            for key, engine in running.items():
                if skip:
                    outcome = Outcome(Status.SKIP, skip)
                elif lost:
                    outcome = Outcome(Status.FAIL, lost[0])
                else:
                    outcome = run_test(test, request, engine, expected)
                if key in STORED_BY_OXIGRAPH and outcome.by_value_only:
                    outcome.reason += _rewritten_note(
                        [c for g in sorted(test_graphs) for c in data.rewritten.get(g, [])]
                    )
                report.outcomes[key] = outcome
            for first, second in COMPARISONS:
                if first in running and second in running:
                    if how := engines_differ(test, request, report.outcomes, first, second):
                        report.differences[pair(first, second)] = how
            print(line(report), flush=True)
            reports.append(report)
    return reports


def _rewritten_note(changes: list[str]) -> str:
    if not changes:
        return "; the values were computed in another form"
    example = next((change for change in changes if "->" in change), changes[0])
    return f"; the store keeps {len(changes)} literal(s) of the data in another form, e.g. {example}"


def _selects(pattern: str, name: str) -> bool:
    """`--only aggregates` selects a folder, `--only 'aggregates/agg0*'` a glob of names."""
    return fnmatch(name, pattern) or name.startswith(pattern.rstrip("/") + "/")


@contextmanager
def _quiet_rdflib() -> Iterator[None]:
    """rdflib logs every ill-typed literal it reads; here they are test data, not mistakes."""
    logger = logging.getLogger("rdflib")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m tests.w3c.query_suite", description=__doc__.split("\n")[0]
    )
    parser.add_argument(
        "--suite",
        type=Path,
        default=Path(os.environ.get(SUITE_ENV, DEFAULT_SUITE)),
        help=f"or set {SUITE_ENV}",
    )
    parser.add_argument("--manifest", default=QUERY_MANIFEST, help="the manifest to start from")
    parser.add_argument(
        "--engine",
        action="append",
        choices=sorted(ENGINE_CHOICES),
        help="http (the server), rdflib (its own engine), oxrdflib (rdflib's API over Oxigraph) "
        "or all (the default); repeatable",
    )
    parser.add_argument(
        "--only", action="append", default=[], help="a test name, folder or glob (repeatable)"
    )
    parser.add_argument("--json", type=Path, help="also write the outcomes to this file")
    args = parser.parse_args(argv)
    if not (args.suite / args.manifest).is_file():
        parser.error(f"no {args.manifest} in {args.suite}: give --suite or set {SUITE_ENV}")
    engines = {key for choice in args.engine or ["all"] for key in ENGINE_CHOICES[choice]}
    with tempfile.TemporaryDirectory(prefix="kg-w3c-") as workdir, rdflib_settings(), _quiet_rdflib():
        reports = run_suite(Suite(args.suite), engines, args.only, Path(workdir), args.manifest)
    summary = summarize(reports)
    print_summary(summary, reports)
    if args.json:
        args.json.write_text(json.dumps(as_json(summary, reports), indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
