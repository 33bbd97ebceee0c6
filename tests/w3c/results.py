"""Query answers, expected and actual, and how the W3C suite says to compare them.

An answer is a `Solutions` table (SELECT), a boolean (ASK) or an rdflib `Graph` (CONSTRUCT,
DESCRIBE). Solutions are equal as multisets up to a renaming of blank nodes, in order only when
the query orders them; graphs are equal when isomorphic. Literals are compared as RDF terms, so
`"01"^^xsd:integer` is not `"1"^^xsd:integer`: an engine that canonicalizes lexical forms fails
such a test, and `literals_by_value` tells those failures apart from wrong answers.

Parse with `rdflib.NORMALIZE_LITERALS` off (see `query_suite.rdflib_settings`), or rdflib itself
rewrites lexical forms while reading.
"""

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from io import BytesIO
from pathlib import Path

from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, XSD
from rdflib.plugins.sparql.results.rdfresults import RDFResultParser
from rdflib.query import Result
from rdflib.term import Identifier

RS = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/result-set#")

Row = dict[str, Identifier]


@dataclass(frozen=True)
class Solutions:
    """The answer of a SELECT: its variables and its rows (unbound variables left out)."""

    variables: tuple[str, ...]
    rows: tuple[Row, ...]


Answer = Solutions | bool | Graph

_RESULTS_FORMATS = {"srx": "xml", "srj": "json", "tsv": "tsv", "csv": "csv"}
_GRAPH_FORMATS = {"ttl": "turtle", "nt": "nt", "rdf": "xml"}


def read_expected(path: Path, iri: str) -> Answer:
    """The expected answer in a results file of the suite; `iri` is the file's suite IRI."""
    suffix = path.suffix.lstrip(".")
    if suffix in _RESULTS_FORMATS:
        with path.open("rb") as source:
            return from_result(Result.parse(source, format=_RESULTS_FORMATS[suffix]))
    graph = Graph()
    graph.parse(path, format=_GRAPH_FORMATS[suffix], publicID=iri)
    if (None, RDF.type, RS.ResultSet) in graph:  # a result set written in RDF
        return from_result(RDFResultParser().parse(graph))
    return graph


def read_answer(body: bytes, media_type: str) -> Answer:
    """An answer as served: SPARQL JSON results, or a graph in N-Triples."""
    if media_type in ("application/sparql-results+json", "application/json"):
        return from_result(Result.parse(BytesIO(body), format="json"))
    if media_type in ("application/n-triples", "text/plain"):
        graph = Graph()
        graph.parse(data=body.decode("utf-8"), format="nt")
        return graph
    raise ValueError(f"the answer came as {media_type}, which is neither SPARQL JSON nor N-Triples")


def from_result(result: Result) -> Answer:
    """An rdflib query result as an answer."""
    if result.type == "ASK":
        return bool(result.askAnswer)
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        return result.graph
    variables = tuple(str(v) for v in result.vars or ())
    rows = tuple({str(k): v for k, v in row.items() if v is not None} for row in result.bindings)
    return Solutions(variables, rows)


@dataclass(frozen=True)
class Wording:
    """How a difference is told: against the expected answer, or between two engines."""

    first: str = "expected"
    second: str = "got"
    only_first: str = "missing"
    only_second: str = "unexpected"

    @classmethod
    def between(cls, first: str, second: str) -> "Wording":
        return cls(f"{first}:", f"{second}:", f"only {first} has", f"only {second} has")


def difference(
    expected: Answer,
    actual: Answer,
    *,
    ordered: bool = False,
    lax: bool = False,
    wording: Wording = Wording(),
) -> str | None:
    """Why `actual` is not the expected answer by the suite's rules, or None if it is."""
    return _difference(expected, actual, ordered=ordered, lax=lax, term=rdf_term, wording=wording)


def literals_by_value(expected: Answer, actual: Answer, *, ordered: bool = False, lax: bool = False) -> bool:
    """Whether the answers agree once literals of XSD value types are compared by value.

    Tells apart the tests an engine fails only because it rewrites `"01"^^xsd:integer` as
    `"1"^^xsd:integer` (as Oxigraph's storage does) from those with a wrong answer.
    """
    return _difference(expected, actual, ordered=ordered, lax=lax, term=by_value, wording=Wording()) is None


def describe(answer: Answer) -> str:
    """A few words on an answer, for a failure message."""
    if isinstance(answer, bool):
        return f"the boolean {str(answer).lower()}"
    if isinstance(answer, Graph):
        return f"a graph of {len(answer)} triples"
    return _solutions(len(answer.rows))


def _solutions(count: int) -> str:
    return f"{count} solution" if count == 1 else f"{count} solutions"


def rdf_term(node: Identifier) -> Identifier:
    """A term as RDF 1.1 compares it: `"a"^^xsd:string` is `"a"`, language tags ignore case."""
    if isinstance(node, Literal):
        if node.datatype == XSD.string:
            return Literal(str(node))
        if node.language:
            return Literal(str(node), lang=node.language.lower())
    return node


_INTEGER_TYPES = {
    XSD.integer, XSD.int, XSD.long, XSD.short, XSD.byte, XSD.nonNegativeInteger, XSD.positiveInteger,
    XSD.nonPositiveInteger, XSD.negativeInteger, XSD.unsignedLong, XSD.unsignedInt, XSD.unsignedShort,
    XSD.unsignedByte,
}  # fmt: skip
_VALUE_TYPES = _INTEGER_TYPES | {
    XSD.decimal, XSD.double, XSD.float, XSD.boolean, XSD.dateTime, XSD.date, XSD.time,
}  # fmt: skip


def by_value(node: Identifier) -> Identifier:
    """A literal of an XSD value type reduced to its value (integer subtypes as xsd:integer)."""
    node = rdf_term(node)
    if not isinstance(node, Literal) or node.datatype not in _VALUE_TYPES or node.ill_typed:
        return node
    value = node.value
    if isinstance(value, bool):
        lexical = str(value).lower()
    elif isinstance(value, Decimal):
        lexical = format(value.normalize(), "f")
    elif isinstance(value, float):
        lexical = repr(value)
    elif hasattr(value, "isoformat"):
        lexical = value.isoformat()
    else:
        lexical = str(value)
    datatype = XSD.integer if node.datatype in _INTEGER_TYPES else node.datatype
    return Literal(lexical, datatype=datatype, normalize=False)


def _difference(
    expected: Answer,
    actual: Answer,
    *,
    ordered: bool,
    lax: bool,
    term: Callable[[Identifier], Identifier],
    wording: Wording,
) -> str | None:
    both = f"{wording.first} {describe(expected)}, {wording.second} {describe(actual)}"
    if type(expected) is not type(actual) and not (isinstance(expected, Graph) and isinstance(actual, Graph)):
        return both
    if isinstance(expected, bool):
        return None if expected == actual else both
    if isinstance(expected, Graph):
        return (
            None
            if isomorphic(_mapped(expected, term), _mapped(actual, term))
            else f"the graphs differ: {both}"
        )
    return _solutions_difference(expected, actual, ordered=ordered, lax=lax, term=term, wording=wording)


def _mapped(graph: Graph, term) -> Graph:
    mapped = Graph()
    for triple in graph:
        mapped.add(tuple(term(node) for node in triple))
    return mapped


def _solutions_difference(
    expected: Solutions, actual: Solutions, *, ordered, lax, term, wording
) -> str | None:
    want = [{var: term(value) for var, value in row.items()} for row in expected.rows]
    got = [{var: term(value) for var, value in row.items()} for row in actual.rows]
    if lax:  # duplicates may differ: compare the distinct solutions
        want, got = _distinct(want), _distinct(got)
    if not _same_multiset(want, got):
        return _multiset_report(want, got, wording)
    if ordered and not _same_sequence(want, got):
        return "the same solutions, in a different order than ORDER BY gives"
    return None


def _distinct(rows: list[Row]) -> list[Row]:
    seen, distinct = set(), []
    for row in rows:
        key = frozenset(row.items())
        if key not in seen:
            seen.add(key)
            distinct.append(row)
    return distinct


def _has_bnode(row: Row) -> bool:
    return any(isinstance(value, BNode) for value in row.values())


def _same_multiset(want: list[Row], got: list[Row]) -> bool:
    """Equal as multisets of solutions, up to a one-to-one renaming of blank nodes.

    Rows without blank nodes can only match each other, so they are counted; the rows with
    blank nodes are compared as graphs (a node per row, an edge per binding) by rdflib's
    isomorphism check, which finds the renaming.
    """
    if len(want) != len(got):
        return False
    ground = Counter(frozenset(r.items()) for r in want if not _has_bnode(r))
    if ground != Counter(frozenset(r.items()) for r in got if not _has_bnode(r)):
        return False
    return isomorphic(
        _rows_graph(r for r in want if _has_bnode(r)), _rows_graph(r for r in got if _has_bnode(r))
    )


_ROW = URIRef("urn:x-w3c-results:row")
_VARIABLE = "urn:x-w3c-results:variable:"


def _rows_graph(rows: Iterable[Row]) -> Graph:
    graph = Graph()
    for row in rows:
        node = BNode()
        graph.add((node, RDF.type, _ROW))
        for var, value in row.items():
            graph.add((node, URIRef(_VARIABLE + var), value))
    return graph


def _same_sequence(want: list[Row], got: list[Row]) -> bool:
    """Equal row by row, with one blank node renaming throughout."""
    renaming: dict[BNode, Identifier] = {}
    for expected_row, actual_row in zip(want, got, strict=True):
        if expected_row.keys() != actual_row.keys():
            return False
        for var, value in expected_row.items():
            other = actual_row[var]
            if isinstance(value, BNode) and isinstance(other, BNode):
                if renaming.setdefault(value, other) != other:
                    return False
            elif value != other:
                return False
    return len(set(renaming.values())) == len(renaming)


def _multiset_report(want: list[Row], got: list[Row], wording: Wording) -> str:
    """The counts, and a solution on each side that the other lacks (those without blank nodes).

    The second example is the one most like the first, so the two show what differs.
    """
    wanted, gotten = Counter(frozenset(r.items()) for r in want), Counter(frozenset(r.items()) for r in got)
    parts = [f"{wording.first} {_solutions(len(want))}, {wording.second} {len(got)}"]
    only_first = [row for row in wanted - gotten if not _row_has_bnode(row)]
    only_second = [row for row in gotten - wanted if not _row_has_bnode(row)]
    if only_first:
        parts.append(f"{wording.only_first} {_show(only_first[0])}")
    if only_second:
        closest = max(only_second, key=lambda row: len(row & only_first[0]) if only_first else 0)
        parts.append(f"{wording.only_second} {_show(closest)}")
    if len(parts) == 1:
        parts.append("the blank nodes do not correspond")
    return "; ".join(parts)


def _row_has_bnode(row: frozenset) -> bool:
    return any(isinstance(value, BNode) for _, value in row)


def _show(row: frozenset) -> str:
    def term(value) -> str:
        return value.n3() if isinstance(value, Identifier) else f"non-RDF value {value!r}"

    text = "{" + ", ".join(f"?{var}={term(value)}" for var, value in sorted(row, key=lambda b: b[0])) + "}"
    return text if len(text) <= 160 else text[:157] + "...}"
