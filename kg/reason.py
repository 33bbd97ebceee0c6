"""OWL 2 RL reasoning: the closure of the asserted graphs, kept apart from them."""

import owlrl
from rdflib import OWL, Graph, Literal


def inferred_graph(asserted: Graph) -> Graph:
    """The triples the OWL 2 RL rules add to `asserted`, and only those.

    Axiomatic and datatype triples are left out: they restate the OWL and XSD vocabularies and
    say nothing about this graph's subject matter. So are the reflexive `x owl:sameAs x` triples
    (rule eq-ref), true of every term and informative about none.
    """
    closure = Graph()
    closure += asserted
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(
        closure
    )
    inferred = Graph()
    for triple in closure:
        subject, predicate, object_ = triple
        # The rules can put a literal in subject position; RDF has no such triple.
        if isinstance(subject, Literal) or (predicate == OWL.sameAs and subject == object_):
            continue
        if triple not in asserted:
            inferred.add(triple)
    return inferred
