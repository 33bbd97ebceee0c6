"""Aligning the nodes of two descriptions of the same things: which node here is which node there.

Used twice: `kg eval` aligns the gold nodes of an article with the extracted ones, and the
extraction aligns the events, groups and positions it finds in an article with those the graph
already holds for that same article (the hand-authored ones of the seed), so that one event is
one node. Pairs are taken greedily, the pair sharing the most triples first (objects mapped by
the pairs taken so far), and only between nodes of a common rdf:type.
"""

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from decimal import Decimal

from rdflib import RDF, Literal
from rdflib.term import Node

Triple = tuple[Node, Node, Node]
_STOP = {"the", "a", "an", "of", "to", "and", "its", "it", "their", "in", "on", "for", "with", "that", "is"}


def text_similarity(a: str, b: str) -> float:
    """Dice coefficient of the content words of two texts (1.0 for the same words)."""
    words_a, words_b = Counter(_words(a)), Counter(_words(b))
    total = sum(words_a.values()) + sum(words_b.values())
    return 2 * sum((words_a & words_b).values()) / total if total else 1.0


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[a-z0-9]+", text.lower().replace("’", "'")) if w not in _STOP]


def values_agree(a: Node, b: Node) -> bool:
    """Same node; numbers equal in value; plain strings with mostly the same words."""
    if not isinstance(a, Literal) or not isinstance(b, Literal):
        return a == b
    numbers = (int, float, Decimal)
    if all(isinstance(x.toPython(), numbers) and not isinstance(x.toPython(), bool) for x in (a, b)):
        return a.toPython() == b.toPython()
    if a.datatype is None and b.datatype is None:
        return text_similarity(str(a), str(b)) >= 0.6
    return a == b


def agreeing_triples(a: Triple, b: Triple) -> bool:
    return a[:2] == b[:2] and values_agree(a[2], b[2])


def align(
    left: set[Triple],
    right: set[Triple],
    movable: set[Node],
    same: Callable[[Triple, Triple], bool] = agreeing_triples,
    broader: Mapping[Node, frozenset[Node]] | None = None,
) -> dict[Node, Node]:
    """Node of `movable` (subjects of `left`) -> the node of `right` that best matches it.

    A node of `right` named in `left` is not a candidate: it already stands for itself.
    `same(a, b)` says whether triple `a` of `left`, mapped, matches triple `b` of `right`.
    With `broader` (each class's superclasses), a node may pair with one of a class above or
    below its own (a memo with a statement), not only of the same class.
    """
    named_in_left = {term for triple in left for term in triple}
    candidates = {s for s, _, _ in right if s not in named_in_left}
    by_subject: dict[Node, list[Triple]] = defaultdict(list)
    for triple in right:
        by_subject[triple[0]].append(triple)
    types_left = {n: {o for s, p, o in left if s == n and p == RDF.type} for n in movable}
    types_right = {n: {o for _, p, o in by_subject[n] if p == RDF.type} for n in candidates}
    mapping: dict[Node, Node] = {}
    while True:
        best, best_score = None, 0
        taken = set(mapping.values())
        for node in sorted(movable - set(mapping), key=str):
            for candidate in sorted(candidates - taken, key=str):
                if not _kindred(types_left[node], types_right[candidate], broader or {}):
                    continue
                shared = _shared(node, candidate, left, right, by_subject, mapping, same)
                score = 2 * shared + bool(types_left[node] & types_right[candidate])  # same class first
                if shared and score > best_score:
                    best, best_score = (node, candidate), score
        if best is None:
            return mapping
        mapping[best[0]] = best[1]


def _kindred(kinds: set[Node], others: set[Node], broader: Mapping[Node, frozenset[Node]]) -> bool:
    """Some class of one is a class of the other, or above or below one of them."""
    return bool(kinds & others) or any(
        b in broader.get(a, ()) or a in broader.get(b, ()) for a in kinds for b in others
    )


def _shared(node, candidate, left, right, by_subject, mapping, same) -> int:
    """How many of the node's triples (outgoing, or incoming from mapped nodes) the candidate has."""
    score = 0
    for s, p, o in left:
        if p == RDF.type:
            continue
        if s == node:
            mapped = (candidate, p, mapping.get(o, o))
            score += any(same(mapped, t) for t in by_subject[candidate] if t[1] == p)
        elif o == node and (mapping.get(s, s), p, candidate) in right:
            score += 1
    return score
