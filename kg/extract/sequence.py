"""The order of events that the text states with 'after': 'Halvorsen replied two days after the
letter', 'resigned weeks after 220 employees signed a letter', 'said after the vote'.

Runs when every other rule has read the article: both events must already be nodes, each found
by the word its type was read from (its anchor), or, for a definite noun that names an event
told earlier ('after the walkout'), by the last event of that noun's kind.
"""

from rdflib import RDF, URIRef
from spacy.tokens import Token

from kg.extract.entities import is_subclass
from kg.extract.iris import local_prefix
from kg.extract.pipeline import read_patterns
from kg.extract.reader import Reader
from kg.extract.syntax import definite_noun, subjects
from kg.namespaces import TW

_LEX = read_patterns("events.json")
_SPANS_OF_TIME = {"minute", "hour", "day", "week", "month", "year", "shortly", "soon", "just", "moment"}
_HAPPENING = {"come", "follow", "happen", "occur", "arrive"}  # "The vote came two months after ..."
_NOUN_KINDS = {  # an event told again by a definite noun: 'after the letter' is the letter told of
    **{w: (TW.Petition, TW.Letter) for w in _LEX["petition_nouns"]},
    **{w: (TW.Walkout,) for w in _LEX["walkout_nouns"]},
    **{w: (TW.WorkerAction,) for w in _LEX["protest_nouns"]},
    **{w: (TW.Resignation,) for w in _LEX["resignation_nouns"]},
    **{w: (TW.CourtOrder,) for w in _LEX["order_nouns"]},
    **{w: (TW.Donation, TW.DonationPledge) for w in ("donation", "gift")},
    **{w: (TW.Memo,) for w in ("memo", "email", "e-mail", "memorandum")},
    **{w: (TW.Announcement,) for w in ("announcement", "post", "tweet", "video")},
}


def read_order(reader: Reader) -> None:
    """Add `later tw:after earlier` for each 'after' that joins two events the article tells of."""
    anchors = _anchors(reader)
    if not anchors:
        return
    body = reader.article.body_start
    for word in reader.doc:
        if word.lower_ != "after" or word.dep_ not in ("prep", "mark") or word.idx < body:
            continue
        later = _main_event(word, anchors)
        earlier = _complement_event(reader, word, anchors)
        if later is None or earlier is None or later == earlier:
            continue
        facts = reader.facts
        if facts.value(later, TW.inResponseTo) == earlier or (earlier, TW.after, later) in facts.triples:
            continue
        reader.add(later, TW.after, earlier, word, rule="order.after")


def _anchors(reader: Reader) -> dict[int, list[tuple[URIRef, URIRef]]]:
    """Token index -> the article's events (node, class) whose type was read from that token."""
    prefix = local_prefix(reader.facts.article_slug)
    ontology = reader.index.ontology
    starts = {token.idx: token.i for token in reader.doc}
    found: dict[int, list[tuple[URIRef, URIRef]]] = {}
    for (node, predicate, kind), evidence in reader.facts.triples.items():
        if predicate != RDF.type or not str(node).startswith(prefix) or not isinstance(kind, URIRef):
            continue
        if not is_subclass(kind, TW.Event, ontology):
            continue
        for where in evidence:
            if where.begin in starts:
                found.setdefault(starts[where.begin], []).append((node, kind))
    return found


def _at(token: Token | None, anchors: dict) -> URIRef | None:
    events = anchors.get(token.i) if token is not None else None
    return events[0][0] if events else None


def _main_event(word: Token, anchors: dict) -> URIRef | None:
    """The event 'after' is said of: its head verb or noun, past a span of time ('two days after',
    'shortly after'), through 'came' to its subject, or from 'In a statement after X' to the verb
    the statement is told with."""
    head = word.head
    if word.dep_ == "mark":  # "resigned after the company said ...": the clause hangs on its verb
        head = head.head
    if head.lemma_.lower() in _SPANS_OF_TIME and head.dep_ in ("npadvmod", "advmod", "pobj", "nsubj"):
        head = head.head
    if (found := _at(head, anchors)) is not None:
        return found
    if head.lemma_ in _HAPPENING:
        return next((e for s in subjects(head) if (e := _at(s, anchors)) is not None), None)
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        return _at(head.head.head, anchors)  # "In a statement after the vote, X said"
    return None


def _complement_event(reader: Reader, word: Token, anchors: dict) -> URIRef | None:
    """The event 'after' points back to: the clause it opens ('after 220 employees signed a
    letter'), its noun ('after the walkout'), or the one that noun names again."""
    if word.dep_ == "mark":
        target = word.head
    else:
        target = next((c for c in word.children if c.dep_ in ("pobj", "pcomp")), None)
    if target is None:
        return None
    if (found := _at(target, anchors)) is not None:
        return found
    if target.pos_ in ("VERB", "AUX"):  # "after 220 employees signed a letter"
        nouns = [c for c in target.children if c.dep_ in ("dobj", "nsubj", "nsubjpass", "ccomp")]
        if (found := next((e for n in nouns if (e := _at(n, anchors)) is not None), None)) is not None:
            return found
        return next((e for n in nouns if (e := _told_again(reader, n, anchors)) is not None), None)
    return _told_again(reader, target, anchors)


def _told_again(reader: Reader, noun: Token, anchors: dict) -> URIRef | None:
    """The event a definite noun names again: 'the letter' is the last letter told before it."""
    kinds = _NOUN_KINDS.get(noun.lemma_.lower())
    if kinds is None or not definite_noun(noun):
        return None
    ontology = reader.index.ontology
    told = [
        node
        for i, events in sorted(anchors.items())
        if i < noun.i
        for node, kind in events
        if any(is_subclass(kind, k, ontology) for k in kinds)
    ]
    return told[-1] if told else None
