"""What the dataset says about one resource, read straight from the store."""

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import BadRequest
from kg.namespaces import INFERRED_GRAPH, bind_prefixes


@dataclass(frozen=True)
class Statement:
    """One triple about the resource, and the named graph that holds it."""

    subject: Node
    predicate: URIRef
    object: Node
    graph: URIRef | None


@dataclass(frozen=True)
class Description:
    """The statements with the resource as subject, and those with it as object."""

    iri: URIRef
    outgoing: tuple[Statement, ...]
    incoming: tuple[Statement, ...]

    @property
    def exists(self) -> bool:
        return bool(self.outgoing or self.incoming)

    def graph(self) -> Graph:
        """Both kinds of statement as one rdflib graph (the union over named graphs)."""
        graph = Graph()
        bind_prefixes(graph)
        for statement in self.outgoing + self.incoming:
            graph.add((statement.subject, statement.predicate, statement.object))
        return graph

    def dataset(self) -> Dataset:
        """Both kinds of statement, each in the named graph that holds it."""
        dataset = Dataset()
        bind_prefixes(dataset)
        for statement in self.outgoing + self.incoming:
            dataset.add((statement.subject, statement.predicate, statement.object, statement.graph))
        return dataset


def from_ox(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.DefaultGraph) -> Node | None:
    """The rdflib term for a pyoxigraph term (None for the default graph)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):  # RDF 1.1 simple literal: keep it plain
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    return None


def describe(store: ox.Store, iri: str, limit: int = 2000) -> Description:
    """The statements of every graph in which `iri` is the subject or the object."""
    try:
        node = ox.NamedNode(iri)
    except ValueError:
        raise BadRequest(f"<{iri}> is not an absolute IRI.") from None

    def statements(pattern: tuple) -> tuple[Statement, ...]:
        named: list[Statement] = []
        default: list[Statement] = []
        for quad in store.quads_for_pattern(*pattern):
            graph = from_ox(quad.graph_name)
            statement = Statement(from_ox(quad.subject), from_ox(quad.predicate), from_ox(quad.object), graph)
            (default if graph is None else named).append(statement)
            if len(named) + len(default) >= limit:
                break
        # The default graph repeats every named graph's triples (the merge queries see); show a
        # triple there only if no named graph holds it.
        in_named = {(s.subject, s.predicate, s.object) for s in named}
        return tuple(named + [s for s in default if (s.subject, s.predicate, s.object) not in in_named])

    incoming = [s for s in statements((None, None, node, None)) if s.predicate not in _STATEMENT_PARTS]
    return Description(
        URIRef(iri),
        outgoing=tuple(sorted(statements((node, None, None, None)), key=_reading_order)),
        incoming=tuple(sorted(incoming, key=_reading_order)),
    )


# A resource is the rdf:subject or rdf:object of every statement that the justifications and
# evidence graphs describe; those statements are not about the resource, so its page leaves
# them out (they are reached through SPARQL, and each from its own page).
_STATEMENT_PARTS = frozenset({RDF.subject, RDF.predicate, RDF.object})


def _reading_order(statement: Statement) -> tuple:
    """Asserted before inferred, types first, then by property and value."""
    return (
        statement.graph == INFERRED_GRAPH,
        statement.predicate != RDF.type,
        str(statement.predicate),
        str(statement.subject),
        str(statement.object),
    )


def labels(store: ox.Store, iris: Iterable[str]) -> dict[str, str]:
    """The rdfs:label of each IRI that has one (an English or plain one preferred)."""
    found: dict[str, str] = {}
    label = ox.NamedNode(str(RDFS.label))
    for iri in set(iris):
        values = [q.object for q in store.quads_for_pattern(ox.NamedNode(iri), label, None, None)]
        preferred = [v for v in values if isinstance(v, ox.Literal) and v.language in (None, "en")]
        if preferred or values:
            found[iri] = min((preferred or values), key=lambda v: v.value).value
    return found
