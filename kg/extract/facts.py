"""The triples extracted from one article, each with the words and the rule it came from."""

from collections import Counter
from dataclasses import dataclass, field

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.term import Node
from spacy.tokens import Span, Token

from kg.extract.iris import local_iri, local_prefix
from kg.namespaces import TW

Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class Evidence:
    """Where in the article a triple was read (character offsets, end exclusive), and by which rule."""

    begin: int
    end: int
    rule: str


def char_range(*parts: Span | Token | None) -> tuple[int, int]:
    """The smallest stretch of text covering the given tokens and spans."""
    begins, ends = [], []
    for part in parts:
        if part is None:
            continue
        if isinstance(part, Token):
            begins.append(part.idx)
            ends.append(part.idx + len(part.text))
        else:
            begins.append(part.start_char)
            ends.append(part.end_char)
    return min(begins), max(ends)


@dataclass
class Facts:
    """An ordered set of triples, with every piece of evidence found for each."""

    article_slug: str
    triples: dict[Triple, list[Evidence]] = field(default_factory=dict)
    _counters: Counter = field(default_factory=Counter)

    def add(self, triple: Triple, where: tuple[int, int], rule: str) -> None:
        """Record a triple read from the text at `where` by `rule`."""
        if any(term is None for term in triple):
            return
        evidence = Evidence(where[0], where[1], rule)
        found = self.triples.setdefault(triple, [])
        if evidence not in found:
            found.append(evidence)

    def node(self, kind: str) -> URIRef:
        """A new node of this article: its events, groups, amounts, quotations."""
        self._counters[kind] += 1
        return local_iri(self.article_slug, kind, self._counters[kind])

    def describe(self, node: URIRef, kind: URIRef, label: str, where: tuple[int, int], rule: str) -> None:
        """Type and label a node that this article introduces."""
        self.add((node, RDF.type, kind), where, rule)
        if not self.value(node, RDFS.label):
            self.add((node, RDFS.label, Literal(label)), where, rule)

    def drop_idle(self) -> None:
        """Forget the nodes of this article that the text says nothing about: a group or event
        with a type, a label and its article only, which nothing points to ('according to the
        organizers': no group of organizers worth a node)."""
        prefix = local_prefix(self.article_slug)
        bare = {RDF.type, RDFS.label, TW.reportedIn}
        local = {s for s, _, _ in self.triples if isinstance(s, URIRef) and str(s).startswith(prefix)}
        told = {s for s, p, _ in self.triples if p not in bare} | {o for _, _, o in self.triples}
        for node in local - told:
            for triple in [t for t in self.triples if t[0] == node]:
                del self.triples[triple]

    def value(self, subject: Node, predicate: Node) -> Node | None:
        for s, p, o in self.triples:
            if s == subject and p == predicate:
                return o
        return None

    def objects(self, subject: Node, predicate: Node) -> list[Node]:
        return [o for s, p, o in self.triples if s == subject and p == predicate]

    def subjects(self, predicate: Node, object_: Node) -> list[Node]:
        return [s for s, p, o in self.triples if p == predicate and o == object_]
