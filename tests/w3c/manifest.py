"""Reading the W3C SPARQL test manifests: which tests there are, with their files.

The suite's files name each other by relative IRIs. They are read here with the suite's published
base (`SUITE_BASE`), so tests, data graphs and expected results carry the IRIs the suite was
written for, and `Suite.path_for` maps such an IRI back to the local copy.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from rdflib import RDF, Graph, Namespace, URIRef
from rdflib.collection import Collection

SUITE_BASE = "http://www.w3.org/2009/sparql/docs/tests/data-sparql11/"
QUERY_MANIFEST = "manifest-sparql11-query.ttl"

MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
DAWGT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
ENTAILMENT = Namespace("http://www.w3.org/ns/entailment/")


class TestKind(Enum):
    """What a test checks, from its manifest type."""

    EVALUATION = "evaluation"  # run the query, compare with mf:result
    POSITIVE_SYNTAX = "positive syntax"  # the query must be accepted
    NEGATIVE_SYNTAX = "negative syntax"  # the query must be rejected
    OTHER = "other"  # update, protocol, service description ... tests: not query tests


_KINDS = {
    MF.QueryEvaluationTest: TestKind.EVALUATION,
    MF.PositiveSyntaxTest11: TestKind.POSITIVE_SYNTAX,
    MF.PositiveSyntaxTest: TestKind.POSITIVE_SYNTAX,
    MF.NegativeSyntaxTest11: TestKind.NEGATIVE_SYNTAX,
    MF.NegativeSyntaxTest: TestKind.NEGATIVE_SYNTAX,
}

# Approval states whose tests the suite says not to run.
_NOT_TO_RUN = {DAWGT.Withdrawn: "withdrawn", DAWGT.NotClassified: "not classified"}


@dataclass(frozen=True)
class TestCase:
    """One test of a manifest, its files named by IRI."""

    iri: str
    name: str  # short and unique: `aggregates/agg01`
    title: str  # the manifest's mf:name
    kind: TestKind
    query: str | None  # the query file
    data: tuple[str, ...] = ()  # qt:data: merged into the default graph
    graph_data: tuple[str, ...] = ()  # qt:graphData: one named graph each, named by the file's IRI
    result: str | None = None  # the expected results file
    lax_cardinality: bool = False  # mf:resultCardinality mf:LaxCardinality: duplicates may differ
    entailment: tuple[str, ...] = ()  # sd:entailmentRegime: the regimes the expected answer assumes
    uses_service: bool = False  # qt:serviceData: the query calls other endpoints
    not_run: str | None = None  # why the suite says not to run it (its approval state)


@dataclass(frozen=True)
class Suite:
    """A local copy of the suite's folder and the IRIs it stands for."""

    directory: Path

    def iri_for(self, path: Path) -> str:
        """The suite IRI of a local file."""
        return SUITE_BASE + path.resolve().relative_to(self.directory.resolve()).as_posix()

    def path_for(self, iri: str) -> Path:
        """The local file of a suite IRI."""
        if not iri.startswith(SUITE_BASE):
            raise ValueError(f"<{iri}> is not a file of the suite")
        return self.directory / iri.removeprefix(SUITE_BASE).split("#")[0]

    def short_name(self, test_iri: str) -> str:
        """`aggregates/agg01` for `<base>aggregates/manifest#agg01`."""
        folder, _, local = test_iri.removeprefix(SUITE_BASE).partition("#")
        return f"{folder.rsplit('/', 1)[0]}/{local}" if local else folder

    def tests(self, manifest: str = QUERY_MANIFEST) -> list[TestCase]:
        """The tests of a manifest and of the manifests it includes, in manifest order."""
        return list(self._read(self.directory / manifest, seen=set()))

    def _read(self, path: Path, seen: set[Path]) -> Iterator[TestCase]:
        if path in seen:
            return
        seen.add(path)
        graph = Graph()
        graph.parse(path, format="turtle", publicID=self.iri_for(path))
        for manifest in graph.subjects(RDF.type, MF.Manifest):
            for include in _list(graph, manifest, MF.include):
                yield from self._read(self.path_for(str(include)), seen)
            for entry in _list(graph, manifest, MF.entries):
                yield self._test(graph, entry)

    def _test(self, graph: Graph, entry: URIRef) -> TestCase:
        kind = _KINDS.get(graph.value(entry, RDF.type), TestKind.OTHER)
        action = graph.value(entry, MF.action)
        common = {
            "iri": str(entry),
            "name": self.short_name(str(entry)),
            "title": str(graph.value(entry, MF.name) or ""),
            "kind": kind,
            "not_run": _NOT_TO_RUN.get(graph.value(entry, DAWGT.approval)),
        }
        if kind is not TestKind.EVALUATION:  # a syntax test's action is the query itself
            return TestCase(query=str(action) if isinstance(action, URIRef) else None, **common)
        return TestCase(
            query=_iri(graph.value(action, QT.query)),
            data=tuple(sorted(str(d) for d in graph.objects(action, QT.data))),
            graph_data=tuple(sorted(str(g) for g in graph.objects(action, QT.graphData))),
            result=_iri(graph.value(entry, MF.result)),
            lax_cardinality=graph.value(entry, MF.resultCardinality) == MF.LaxCardinality,
            entailment=tuple(str(r) for r in _one_or_list(graph, graph.value(action, SD.entailmentRegime))),
            uses_service=(action, QT.serviceData, None) in graph,
            **common,
        )


def _list(graph: Graph, subject, predicate) -> list:
    head = graph.value(subject, predicate)
    return list(Collection(graph, head)) if head is not None else []


def _one_or_list(graph: Graph, node) -> list:
    if node is None:
        return []
    return list(Collection(graph, node)) if (node, RDF.first, None) in graph else [node]


def _iri(node) -> str | None:
    return str(node) if node is not None else None
