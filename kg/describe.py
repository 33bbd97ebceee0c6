"""What the dataset says about one resource, read through rdflib's API.

The server passes the built store as an rdflib Dataset over it (kg.rdflib_view), so this module
is written against rdflib and reads Oxigraph's compiled store.
"""

from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
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
    complete: bool = True  # False: one direction had more statements than the limit, which were cut

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


def describe(dataset: Dataset, iri: str, limit: int = 2000) -> Description:
    """The statements of every graph in which `iri` is the subject or the object, at most `limit`
    each way: those of the named graphs first, then the default graph's that no named graph holds."""
    try:
        ox.NamedNode(iri)  # the store's own check that this is an absolute IRI
    except ValueError:
        raise BadRequest(f"<{iri}> is not an absolute IRI.") from None
    node = URIRef(iri)
    # The default graph repeats the named graphs' triples (the merge that queries see), so it is
    # read last and shows only what no named graph holds; read first, it would fill the limit
    # with copies that say nothing of where a triple comes from.
    named = sorted(g.identifier for g in dataset.graphs() if g.identifier != DATASET_DEFAULT_GRAPH_ID)
    graphs = [*named, DATASET_DEFAULT_GRAPH_ID]
    cut = False

    def statements(pattern: tuple[Node | None, Node | None, Node | None]) -> list[Statement]:
        nonlocal cut
        found: list[Statement] = []
        in_named: set[tuple] = set()
        for graph in graphs:
            default = graph == DATASET_DEFAULT_GRAPH_ID
            for subject, predicate, value, _ in dataset.quads((*pattern, graph)):
                if predicate in _STATEMENT_PARTS and pattern[2] is not None:
                    continue  # not about the resource (see _STATEMENT_PARTS)
                if default and (subject, predicate, value) in in_named:
                    continue
                if len(found) == limit:
                    cut = True
                    return found
                found.append(Statement(subject, predicate, _plain(value), None if default else graph))
                in_named.add((subject, predicate, value))
        return found

    outgoing = statements((node, None, None))
    incoming = statements((None, None, node))
    return Description(
        node,
        outgoing=tuple(sorted(outgoing, key=_reading_order)),
        incoming=tuple(sorted(incoming, key=_reading_order)),
        complete=not cut,
    )


def _plain(term: Node) -> Node:
    """RDF 1.1 simple literals as rdflib writes them: `"a"`, not `"a"^^xsd:string`."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


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


def labels(dataset: Dataset, iris: Iterable[str]) -> dict[str, str]:
    """The rdfs:label of each IRI that has one (an English or plain one preferred)."""
    found: dict[str, str] = {}
    for iri in set(iris):
        values = [value for _, _, value, _ in dataset.quads((URIRef(iri), RDFS.label, None, None))]
        preferred = [v for v in values if isinstance(v, Literal) and v.language in (None, "en")]
        if preferred or values:
            found[iri] = str(min(preferred or values, key=str))
    return found
