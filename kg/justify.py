"""Why each inferred triple holds: the OWL 2 RL rule and the premises it was derived from.

owlrl computes the closure but keeps no record of derivations. This module finds, for each
inferred triple, one application of an OWL 2 RL rule (named as in the OWL 2 RL/RDF rule tables)
whose premises are all in the closure. A triple no rule here accounts for is said to come from
the closure with no rule named, never given a made-up one.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import PROV
from rdflib.term import Node

from kg.namespaces import TW

Triple = tuple[Node, Node, Node]
UNNAMED_RULE = "closure"


@dataclass(frozen=True)
class Justification:
    """One derivation: the rule's name and the premises it used."""

    rule: str
    premises: tuple[Triple, ...]


def justify(triple: Triple, closure: Graph) -> Justification:
    """A derivation of `triple` from `closure` by one OWL 2 RL rule, or the unnamed fallback."""
    for rule in _RULES:
        premises = next(rule(triple, closure), None)
        if premises is not None:
            return Justification(rule.__name__.removeprefix("_").replace("_", "-"), premises)
    return Justification(UNNAMED_RULE, ())


def justification_graph(inferred: Graph, closure: Graph, activity: URIRef) -> Graph:
    """Every inferred triple as an rdf:Statement with its rule, premises and generating activity."""
    graph = Graph()
    for triple in sorted(inferred):
        found = justify(triple, closure)
        statement = _statement(graph, triple)
        graph.add((statement, RDF.type, TW.Inference))
        graph.add((statement, PROV.wasGeneratedBy, activity))
        graph.add((statement, TW.rule, Literal(found.rule)))
        for premise in found.premises:
            graph.add((statement, TW.premise, _statement(graph, premise)))
    return graph


def _statement(graph: Graph, triple: Triple) -> BNode:
    node = BNode()
    graph.add((node, RDF.type, RDF.Statement))
    graph.add((node, RDF.subject, triple[0]))
    graph.add((node, RDF.predicate, triple[1]))
    graph.add((node, RDF.object, triple[2]))
    return node


# Each rule yields the premise tuples that derive the triple; the first one found is used.
Rule = Callable[[Triple, Graph], Iterator[tuple[Triple, ...]]]


def _cax_sco(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    x, p, d = t
    if p == RDF.type:
        for c in g.subjects(RDFS.subClassOf, d):
            if c != d and (x, RDF.type, c) in g:
                yield (x, RDF.type, c), (c, RDFS.subClassOf, d)


def _cax_eqc(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    x, p, d = t
    if p == RDF.type:
        for c in g.objects(d, OWL.equivalentClass):
            if c != d and (x, RDF.type, c) in g:
                yield (x, RDF.type, c), (d, OWL.equivalentClass, c)
        for c in g.subjects(OWL.equivalentClass, d):
            if c != d and (x, RDF.type, c) in g:
                yield (x, RDF.type, c), (c, OWL.equivalentClass, d)


def _prp_dom(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    x, p, c = t
    if p == RDF.type:
        for prop in g.subjects(RDFS.domain, c):
            for y in g.objects(x, prop):
                yield (x, prop, y), (prop, RDFS.domain, c)


def _prp_rng(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    y, p, c = t
    if p == RDF.type:
        for prop in g.subjects(RDFS.range, c):
            for x in g.subjects(prop, y):
                yield (x, prop, y), (prop, RDFS.range, c)


def _prp_spo1(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    x, q, y = t
    for p in g.subjects(RDFS.subPropertyOf, q):
        if p != q and (x, p, y) in g:
            yield (x, p, y), (p, RDFS.subPropertyOf, q)


def _prp_eqp(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    x, q, y = t
    for p in set(g.objects(q, OWL.equivalentProperty)) | set(g.subjects(OWL.equivalentProperty, q)):
        if p != q and (x, p, y) in g:
            axiom = (
                (q, OWL.equivalentProperty, p)
                if (q, OWL.equivalentProperty, p) in g
                else (p, OWL.equivalentProperty, q)
            )
            yield (x, p, y), axiom


def _prp_inv(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    y, q, x = t
    for p in g.objects(q, OWL.inverseOf):
        if (x, p, y) in g:
            yield (x, p, y), (q, OWL.inverseOf, p)
    for p in g.subjects(OWL.inverseOf, q):
        if (x, p, y) in g:
            yield (x, p, y), (p, OWL.inverseOf, q)


def _prp_symp(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    y, p, x = t
    if (p, RDF.type, OWL.SymmetricProperty) in g and (x, p, y) in g:
        yield (x, p, y), (p, RDF.type, OWL.SymmetricProperty)


def _prp_trp(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    x, p, z = t
    if (p, RDF.type, OWL.TransitiveProperty) in g:
        for y in g.objects(x, p):
            if y not in (x, z) and (y, p, z) in g:
                yield (x, p, y), (y, p, z), (p, RDF.type, OWL.TransitiveProperty)


def _prp_spo2(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    x, p, z = t
    for chain in g.objects(p, OWL.propertyChainAxiom):
        links = list(Collection(g, chain))
        for path in _paths(g, x, links, z):
            yield *path, (p, OWL.propertyChainAxiom, chain)


def _paths(g: Graph, start: Node, links: list, end: Node) -> Iterator[tuple[Triple, ...]]:
    """Chains of triples from `start` to `end` through the properties `links`, in order."""
    if not links:
        if start == end:
            yield ()
        return
    for middle in g.objects(start, links[0]):
        for rest in _paths(g, middle, links[1:], end):
            yield ((start, links[0], middle), *rest)


def _eq_sym(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    y, p, x = t
    if p == OWL.sameAs and (x, OWL.sameAs, y) in g:
        yield ((x, OWL.sameAs, y),)


def _eq_rep_s(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    s2, p, o = t
    for s in g.objects(s2, OWL.sameAs):
        if s != s2 and (s, p, o) in g and (s, OWL.sameAs, s2) in g:
            yield (s, OWL.sameAs, s2), (s, p, o)


def _eq_rep_o(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    s, p, o2 = t
    for o in g.objects(o2, OWL.sameAs):
        if o != o2 and (s, p, o) in g and (o, OWL.sameAs, o2) in g:
            yield (o, OWL.sameAs, o2), (s, p, o)


def _eq_trans(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    x, p, z = t
    if p == OWL.sameAs:
        for y in g.objects(x, OWL.sameAs):
            if y not in (x, z) and (y, OWL.sameAs, z) in g:
                yield (x, OWL.sameAs, y), (y, OWL.sameAs, z)


def _scm_sco(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    c1, p, c3 = t
    if p == RDFS.subClassOf:
        for c2 in g.objects(c1, RDFS.subClassOf):
            if c2 not in (c1, c3) and (c2, RDFS.subClassOf, c3) in g:
                yield (c1, RDFS.subClassOf, c2), (c2, RDFS.subClassOf, c3)


def _scm_spo(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    p1, p, p3 = t
    if p == RDFS.subPropertyOf:
        for p2 in g.objects(p1, RDFS.subPropertyOf):
            if p2 not in (p1, p3) and (p2, RDFS.subPropertyOf, p3) in g:
                yield (p1, RDFS.subPropertyOf, p2), (p2, RDFS.subPropertyOf, p3)


def _scm_eqc(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    c1, p, c2 = t
    if p == RDFS.subClassOf:
        for axiom in ((c1, OWL.equivalentClass, c2), (c2, OWL.equivalentClass, c1)):
            if axiom in g:
                yield (axiom,)


def _scm_eqp(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    p1, p, p2 = t
    if p == RDFS.subPropertyOf:
        for axiom in ((p1, OWL.equivalentProperty, p2), (p2, OWL.equivalentProperty, p1)):
            if axiom in g:
                yield (axiom,)


def _scm_dom(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    prop, p, c2 = t
    if p == RDFS.domain:
        for c1 in g.objects(prop, RDFS.domain):
            if c1 != c2 and (c1, RDFS.subClassOf, c2) in g:
                yield (prop, RDFS.domain, c1), (c1, RDFS.subClassOf, c2)
        for super_prop in g.objects(prop, RDFS.subPropertyOf):
            if super_prop != prop and (super_prop, RDFS.domain, c2) in g:
                yield (prop, RDFS.subPropertyOf, super_prop), (super_prop, RDFS.domain, c2)


def _scm_rng(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    prop, p, c2 = t
    if p == RDFS.range:
        for c1 in g.objects(prop, RDFS.range):
            if c1 != c2 and (c1, RDFS.subClassOf, c2) in g:
                yield (prop, RDFS.range, c1), (c1, RDFS.subClassOf, c2)
        for super_prop in g.objects(prop, RDFS.subPropertyOf):
            if super_prop != prop and (super_prop, RDFS.range, c2) in g:
                yield (prop, RDFS.subPropertyOf, super_prop), (super_prop, RDFS.range, c2)


def _scm_cls(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    c, p, o = t
    reflexive = p in (RDFS.subClassOf, OWL.equivalentClass) and o == c
    if (
        reflexive or (p == RDFS.subClassOf and o == OWL.Thing) or (p == RDFS.subClassOf and c == OWL.Nothing)
    ) and (
        c,
        RDF.type,
        OWL.Class,
    ) in g:
        yield ((c, RDF.type, OWL.Class),)


def _scm_op(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    prop, p, o = t
    if p in (RDFS.subPropertyOf, OWL.equivalentProperty) and o == prop:
        for kind in (OWL.ObjectProperty, OWL.DatatypeProperty):
            if (prop, RDF.type, kind) in g:
                yield ((prop, RDF.type, kind),)


# Rules without premises: triples the OWL 2 RL/RDF rules state of the vocabulary itself.
def _dt_type1(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    if t[1:] == (RDF.type, RDFS.Datatype):
        yield ()


def _prp_ap(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    if t[1:] == (RDF.type, OWL.AnnotationProperty):
        yield ()


def _cls_thing(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    if t == (OWL.Thing, RDF.type, OWL.Class):
        yield ()


def _cls_nothing1(t: Triple, g: Graph) -> Iterator[tuple[Triple, ...]]:
    if t == (OWL.Nothing, RDF.type, OWL.Class):
        yield ()


_RULES: tuple[Rule, ...] = (
    _cax_sco, _cax_eqc, _prp_spo1, _prp_eqp, _prp_inv, _prp_symp, _prp_trp, _prp_spo2,
    _prp_dom, _prp_rng, _eq_sym, _eq_trans, _eq_rep_s, _eq_rep_o,
    _scm_sco, _scm_spo, _scm_eqc, _scm_eqp, _scm_dom, _scm_rng, _scm_cls, _scm_op,
    _dt_type1, _prp_ap, _cls_thing, _cls_nothing1,
)  # fmt: skip
