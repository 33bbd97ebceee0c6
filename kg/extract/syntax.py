"""Small questions about a dependency parse that every rule asks: who did it, was it denied, when."""

from spacy.tokens import Span, Token

HEDGES = {"reportedly", "allegedly", "apparently", "purportedly"}
_DOCUMENTS = {"post", "memo", "email", "message", "statement", "tweet", "note", "video"}  # a participle on
# one of these ("a blog post telling employees that ...") has the document's author as its subject


_MOVING_VERBS = {"prompt", "lead", "spur", "push", "persuade", "drive", "inspire", "move", "cause", "prod"}


def subjects(verb: Token) -> list[Token]:
    """The subject words of a verb, with coordinated ones ('the ACLU and 30 other groups').

    A verb without its own subject takes its governor's: a participle or infinitive clause
    ("While denouncing ..., Benioff said"), a coordinated verb, or a relative clause, whose
    subject is the noun it modifies ("Microsoft, which has a contract").
    """
    seen = 0
    while verb is not None and seen < 6:
        seen += 1
        found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
        if found:  # of two, the nearer ("co - founder and co - chairman Steve Conine wrote")
            head = min(found, key=lambda c: abs(c.i - verb.i))
            if head.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
                head = verb.head
            return [head, *conjuncts(head)]
        if verb.dep_ == "relcl":
            return [verb.head, *conjuncts(verb.head)]
        if verb.dep_ == "advcl" and (noun := _subject_read_as_object(verb)) is not None:
            return [noun, *conjuncts(noun)]
        if verb.dep_ == "acl" and infinitive(verb) and (owner := _possessor(verb.head)) is not None:
            return [owner, *conjuncts(owner)]  # "CBP's decision to award a contract": CBP awards
        if verb.dep_ == "acl" and verb.head.lemma_ in _DOCUMENTS and verb.head.dep_ in ("pobj", "dobj"):
            noun = verb.head  # "weighed in with a blog post telling employees ...": the post's author
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            continue
        moved = (
            next((c for c in verb.head.children if c.dep_ == "dobj"), None) if verb.dep_ == "xcomp" else None
        )
        if moved is not None and verb.head.lemma_ in _MOVING_VERBS:
            return [moved, *conjuncts(moved)]  # "The report prompted Schiff to write": Schiff writes
        if verb.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "ccomp") and verb.head != verb:
            verb = verb.head
            continue
        if (noun := _subject_read_as_conjunct(verb)) is not None:
            return [noun]
        return []
    return []


def _subject_read_as_conjunct(verb: Token) -> Token | None:
    """'At the forum in Davos, Anna Makanju, OpenAI's vice president, said ...': the parser joins
    the subject to the place that ends the opening phrase; the name coordinated with that
    phrase's last object, right before the verb, is its subject."""
    opening = [c for c in verb.children if c.dep_ == "prep" and c.i < verb.i]
    if not opening or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return None
    phrase = opening[0]
    if phrase.right_edge.i < verb.i - 2:
        return None
    names = [
        t
        for t in phrase.subtree
        if t.dep_ == "conj"
        and t.pos_ == "PROPN"
        and t.head.dep_ in ("pobj", "appos")
        and t.head.pos_ == "PROPN"
    ]
    return names[-1] if names else None


def conjuncts(token: Token) -> list[Token]:
    """Words coordinated with this one: 'Microsoft' in 'Amazon and Microsoft'."""
    return [
        c
        for c in token.subtree
        if c.dep_ == "conj" and c.head.i in {token.i, *(x.i for x in token.conjuncts)}
    ]


def _subject_read_as_object(verb: Token) -> Token | None:
    """'a week after nearly 400 employees walked out': the parser makes the employees the object of
    'after' (wherever it hangs that word) and the verb a clause of its own; they are its subject."""
    if verb.i == 0:
        return None
    noun = verb.doc[verb.i - 1]  # up from the word before the verb ("300 of its employees signed")
    while noun.head != noun and noun.head.i < verb.i:
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in ("after", "before", "since", "until", "when"):
            ends_there = noun.right_edge.i == verb.i - 1
            return noun if ends_there and noun.pos_ in ("NOUN", "PROPN", "NUM") else None
        noun = prep
    return None


def negated(verb: Token) -> bool:
    """'will not renew', 'won't cancel', 'did not say', 'never', 'had no plans to end'."""
    if verb.dep_ == "acl" and verb.head.lemma_ in ("plan", "intention", "intent"):
        if any(c.dep_ == "det" and c.lower_ == "no" for c in verb.head.children):
            return True
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in verb.children)


def no_longer(verb: Token) -> bool:
    """'will no longer offer', 'engineers who no longer work at Acme'."""
    return any(c.lower_ == "longer" and any(n.lower_ == "no" for n in c.children) for c in verb.children)


def hedged(verb: Token) -> bool:
    """The text says 'reportedly' (or 'allegedly') of this verb or of a clause it reports."""
    token = verb
    while True:
        if any(c.lower_ in HEDGES for c in token.children):
            return True
        if token.dep_ not in ("ccomp", "xcomp", "conj") or token.head == token:
            return False
        token = token.head


def possible(verb: Token) -> bool:
    """'can renew', 'could sue', 'may end', 'might quit': a choice still open, not a deed."""
    return any(c.dep_ == "aux" and c.lower_ in ("can", "could", "may", "might") for c in verb.children)


def future(verb: Token) -> bool:
    """'will donate', 'plans to donate', 'pledged to donate': a promise rather than a deed."""
    if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll", "shall") for c in verb.children):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in (
        "plan",
        "pledge",
        "promise",
        "vow",
        "intend",
        "commit",
    )


def object_of(verb: Token, *deps: str) -> Token | None:
    """The first child of `verb` with one of the dependency labels."""
    for child in verb.children:
        if child.dep_ in deps:
            return child
    return None


def prep_object(head: Token, *prepositions: str) -> Token | None:
    """The object of a preposition attached to `head`: 'X' in 'contract with X' (the doer of a
    passive first: 'By May 9, it had been signed by X')."""
    for child in sorted(head.children, key=lambda c: c.dep_ != "agent"):
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in prepositions:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return None


def clause_text(token: Token, without: Token | None = None) -> Span:
    """The words of the clause a token heads, less a leading 'that'/'to', trailing punctuation, and
    the subtree of `without` and of any reason given with it ('in response to ...', 'because ...')."""
    doc = token.doc
    dropped = set(without.subtree) if without is not None else set()
    for child in token.children:
        if _is_reason(child):
            dropped |= set(child.subtree)
    for word in token.subtree:  # "stop hosting Palantir, a data analysis company that ...": the name
        after_comma = word.left_edge.i > 0 and doc[word.left_edge.i - 1].text == ","
        if word.dep_ == "appos" or word.dep_ == "relcl" and after_comma and word != token:
            dropped |= set(word.subtree)  # "the deal, under which ...": what the deal is, not what is asked
            if after_comma:
                dropped.add(doc[word.left_edge.i - 1])
    words = [t for t in token.subtree if t not in dropped]
    start, end = words[0].i, words[-1].i
    while start < end and (
        doc[start].dep_ in ("mark", "aux", "advmod") and doc[start].lower_ in ("that", "to", "because")
    ):
        start += 1
    while end > start and (
        doc[end].is_punct or doc[end].is_space or doc[end].lower_ in ("and", "but", "because")
    ):
        end -= 1
    while end > start and doc[end] in dropped:
        end -= 1
    return doc[start : end + 1]


_SETTINGS = {"lawsuit", "suit", "case", "letter", "statement", "email", "memo", "post", "interview", "filing"}
"""Where something was asked or said: ', in a lawsuit brought by ...', ', in an open letter ...'."""


def before_participle(span: Span) -> Span:
    """The words before a participle clause, a case or a document, set off by a comma: 'resume
    paying for lawyers' in 'resume paying for lawyers, ruling in a lawsuit ... that ...'; 'reunite
    the families within 30 days' in '..., in a lawsuit brought by the ACLU'; 'run a data platform'
    in '..., in an open letter that ...'."""
    for word in span[1:]:
        if span.doc[word.i - 1].text != ",":
            continue
        in_case = (
            word.dep_ == "prep"
            and word.lower_ == "in"
            and any(c.dep_ == "pobj" and c.lemma_.lower() in _SETTINGS for c in word.children)
        )
        if word.dep_ == "advcl" and word.tag_ == "VBG" or in_case:
            return span.doc[span.start : word.i - 1]
    return span


def _is_reason(token: Token) -> bool:
    """'in response to X', 'because X': why, not what."""
    if token.dep_ == "prep" and token.lower_ == "in":
        return any(c.lemma_ == "response" for c in token.children)
    return token.dep_ == "advcl" and any(c.lower_ == "because" for c in token.children)


def under(token: Token, lemmas: set[str], deps: tuple[str, ...] = ("xcomp", "ccomp")) -> Token | None:
    """The nearest governing verb with one of `lemmas`, reached through clauses of kinds `deps`."""
    current = token
    while current.head != current:
        if current.dep_ not in (*deps, "conj", "aux", "neg"):
            return None
        current = current.head
        if current.lemma_ in lemmas:
            return current
    return None


def definite_noun(noun: Token) -> bool:
    """'the walkout', 'this order', 'their letter': a noun for something already spoken of."""
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "their") for c in noun.children
    )


def infinitive(verb: Token) -> bool:
    """A verb with 'to': 'to build a platform', 'to commit that ...'."""
    return verb.pos_ == "VERB" and any(a.lower_ == "to" and a.dep_ == "aux" for a in verb.children)


def demanded(verb: Token) -> bool:
    """A verb in what someone demands ('three demands: that Halcyon cancel X and that it promise Y'),
    also where the parse hangs the list on the verb before the colon."""
    if any(a.pos_ == "NOUN" and a.lemma_ in ("demand", "request") for a in verb.ancestors):
        return True
    return any(opens_list(t) and t.i + 1 < verb.i for t in verb.doc[verb.sent.start : verb.i])


def opens_list(word: Token, nouns: tuple[str, ...] = ("demand", "request")) -> bool:
    """'three demands:': a noun of asking with a colon after it, which the list that follows is of."""
    doc = word.doc
    return word.lemma_ in nouns and word.i + 1 < len(doc) and doc[word.i + 1].text == ":"


_INTENTIONS = {  # nouns whose possessor does what follows them: "the agency's decision to award ..."
    "decision", "plan", "move", "effort", "bid", "attempt", "offer", "choice", "refusal", "push",
    "vote", "promise", "pledge", "commitment", "intention", "intent", "proposal", "failure",
    "willingness", "agreement", "request", "order",
}  # fmt: skip


def _possessor(noun: Token) -> Token | None:
    """Who a noun of intention belongs to: 'CBP' in "CBP's decision", 'its' in 'its plan'."""
    if noun.lemma_.lower() not in _INTENTIONS:
        return None
    return next((c for c in noun.children if c.dep_ == "poss"), None)
