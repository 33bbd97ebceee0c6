"""The words of saying: verbs and nouns of statements, requests and replies, and the small tests on
a sentence's parse that tell what a verb of saying introduces.
"""

from spacy.tokens import Span, Token

from kg.extract.entities import is_subclass
from kg.extract.pipeline import read_patterns
from kg.extract.reader import EMPLOYEE_NOUNS, Reader
from kg.extract.syntax import prep_object, subjects
from kg.namespaces import TW

LEX = read_patterns("events.json")


SAYING = set(LEX["saying_verbs"])


DOCUMENT_NOUNS = {noun: kind for kind, nouns in LEX["statement_nouns"].items() for noun in nouns}


SPEAKING = SAYING | {"call", "denounce", "describe", "condemn", "testify"}  # '"...," Paxson testified'


FINDING = {"show", "find", "conclude", "suggest"}  # what a study or an event does, not a speaker


ASKING = set(LEX["request_verbs"]) | {"encourage"}


REPLYING = {"reply", "respond", "answer", "react"}  # "Marsh replied in an email": to what was asked


ANSWERING = set(LEX["answering_verbs"])  # "rejected the request": a reply to a petition


UNNAMED_SPEAKERS = {  # one unnamed person: '"...," the employee said', 'a prosecutor told the AP'
    "employee", "engineer", "worker", "staffer", "person", "one", "manager", "researcher", "designer",
    "prosecutor", "official", "officer", "analyst", "lawyer", "attorney", "executive", "source", "resident",
}  # fmt: skip


REQUEST_NOUNS = {"request", "demand", "call", *LEX["petition_nouns"]}


ORDER_NOUNS = set(LEX["order_nouns"]) | {"opinion", "decision"}


TITLE_WORDS = set(read_patterns("org_types.json")["title_words"])


CLAIMING = set(LEX["claiming_verbs"])  # "reminded the council that ...": saying, when a that-clause follows


_STAFF_TITLES = {  # "a staff attorney at the group": who speaks for it, in no role the ontology names
    "attorney", "lawyer", "counsel", "organizer", "organiser", "analyst", "researcher", "campaigner",
    "advocate", "staffer", "coordinator", "strategist", "representative", "fellow",
}  # fmt: skip


REACTING = set(LEX["reaction_verbs"])  # "The ACLU praised the decision": a statement without a claim


OBTAINING = {"obtain", "see", "review"}  # a newsroom that saw a document got hold of it


def is_organization(reader: Reader, word: Token) -> bool:
    entity = reader.entity(word)
    return entity is not None and is_subclass(entity.kind, TW.Organization, reader.index.ontology)


def indirect_question(words: Span) -> bool:
    """'how much revenue the decisions would cost them', 'whether it would appeal': a question
    reported, not something claimed (a clause that is itself a subject, 'whether X is what
    matters', is a claim)."""
    if words[0].lower_ not in ("how", "whether", "why", "what", "who"):
        return False
    verb = words[0]
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    return verb == words.root  # not "whether X would end it is what matters": a claim about it


def named_in_apposition(reader: Reader, word: Token | None) -> Token | None:
    """The person a title is followed by ('to the DEA administrator, Anne Milgram'), else the word."""
    if word is None:
        return None
    for appos in (c for c in word.children if c.dep_ == "appos"):
        entity = reader.entity(appos)
        if entity is not None and entity.kind == TW.Person:
            return appos
    return word


_TRANSITIVE = {  # verbs whose object a claim cannot leave out
    "cross", "keep", "make", "take", "give", "want", "need", "use", "do", "say", "build", "sell",
}  # fmt: skip


def public_audience(reader: Reader, word: Token) -> bool:
    """'the board', 'commissioners', 'the council', 'lawmakers': a public body hearing the words."""
    if word.lemma_.lower() in ("commissioner", "lawmaker", "legislator", "supervisor", "councilmember"):
        return True
    return reader.public(reader.entity(word))


def fragment(words: Span) -> bool:
    """A few words ending on a verb that wants an object it does not have: 'it has kept'."""
    content = [w for w in words if not w.is_punct]
    last = content[-1] if content else None
    return (
        last is not None
        and len(content) <= 5
        and last.pos_ == "VERB"
        and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "advmod", "auxpass")
            for c in last.children
        )
        and last.lemma_ in _TRANSITIVE
    )


PUBLIC_ACTS = {"defend", "testify", "address", "speak", "hold", "call", "appear", "brief", "follow"}


def titles_of(verb: Token) -> list[Token]:
    """The title nouns of a verb's speaker: 'X, the office's director, said', 'The office's
    director, X, said'."""
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    found = []
    for speaker in subjects(verb)[:1]:
        for word in (speaker, *(c for c in speaker.children if c.dep_ == "appos")):
            if word.lemma_.lower() in TITLE_WORDS | _STAFF_TITLES:
                found.append(word)
    return found


def acting_verb(noun: Token) -> Token:
    """The verb 'in a memo' belongs to, also when the parse hangs it on the verb's object
    ('rejected [the request in an internal email]')."""
    head = noun.head.head
    if head.pos_ != "VERB" and head.dep_ == "dobj":
        head = head.head
    return head


def is_definite(token: Token) -> bool:
    return any(
        c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "their", "its") for c in token.children
    )


def first_person(verb: Token) -> bool:
    """'I also wrote to the White House', inside a quotation: the speaker's own act."""
    return any(c.dep_ == "nsubj" and c.lower_ == "i" for c in verb.children)


def modal_future(verb: Token) -> bool:
    """'it would ask the court to ...': a statement announced, not made."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in verb.children)


def said_participle(verb: Token) -> bool:
    """'..., arguing that ...' after a comma: more of what the speaker said."""
    after_comma = verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ","
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.lemma_ in SAYING and after_comma


def inside_said(verb: Token) -> bool:
    """A participle in the that-clause of another verb of saying, read with that clause."""
    return any(a.dep_ == "ccomp" and a.head.lemma_ in SAYING for a in verb.ancestors)


def is_participle(verb: Token) -> bool:
    """'nine engineers quit ..., saying ...': a gerund clause that says why an act was done."""
    return verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp", "conj")


def unnamed_source(token: Token) -> bool:
    """One employee the article does not name, as the source of what it reports: 'an engineer
    who asked not to be named', 'one of the employees', 'a former manager'."""
    if token.lower_ == "one" and prep_object(token, "of") is not None:
        return True
    noun = token.lemma_.lower()
    if noun not in EMPLOYEE_NOUNS and noun not in ("manager", "person", "people", "source"):
        return False
    if token.tag_ == "NN":  # "a former manager", "one Chef engineer"
        return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in token.children)
    count = next((c for c in token.children if c.dep_ == "nummod"), None)
    verb = token.head
    trailing = any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children)
    return (  # "..., two employees said": the reporter's sources, not a group speaking
        count is not None and count.lower_ in ("two", "three", "four", "2", "3", "4") and trailing
    )


def collective(token: Token) -> bool:
    return token.lemma_.lower() in EMPLOYEE_NOUNS | {"group"}


_OCCASIONS = {"time", "interview", "hearing", "meeting", "conference", "briefing", "call", "event", "forum"}


def _relative_read_as_said(clause: Token) -> bool:
    """'X said at the meeting, a recording of which was reviewed by Test Wire': a relative clause
    the parse made what was said (its 'which' belongs to no relative clause inside it)."""
    for word in clause.subtree:
        if word.i < clause.i and word.lower_ in ("which", "whom", "whose"):
            between = []
            head = word.head
            while head != clause and head.head != head:
                between.append(head)
                head = head.head
            if not any(w.dep_ in ("relcl", "acl") for w in [word, *between]):
                return True
    return False


def said_clauses(verb: Token, container: Token | None) -> list[Token]:
    """What a verb of saying says: its that-clause, also when the parse hangs it on the document
    ('said in a statement [that ...]')."""
    clauses = [
        c
        for c in verb.children
        if c.dep_ == "ccomp"
        and not _fronted_phrase(c, verb)
        and not _said_before_apart(c, verb)
        and not _relative_read_as_said(c)
    ]
    clauses = [c for c in clauses if not any(predicate_split_off(other) == c for other in clauses)]
    if not clauses and verb.lemma_ == "tell":
        clauses = [c for o in verb.children if o.dep_ == "dobj" for c in o.children if _told_to_them(c)]
    if not clauses and container is not None:
        clauses = [
            c
            for c in container.children
            if c.dep_ in ("acl", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ]
    if not clauses:  # "said at the time that X": the parse makes X a relative clause of the time
        preps = [p for p in verb.children if p.dep_ == "prep" and p.i > verb.i]
        preps += [
            q for p in preps for o in p.children if o.dep_ == "pobj" for q in o.children if q.dep_ == "prep"
        ]
        clauses = [
            c
            for p in preps  # "said in a statement at the time that X"
            for o in p.children
            if o.dep_ == "pobj" and o.lemma_.lower() in _OCCASIONS
            for c in o.children
            if c.dep_ == "relcl"
            and c.doc[o.i + 1].lower_ == "that"
            and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ != "that" for s in c.children)
        ]
    clauses += [  # "wrote that X, and that Y": the parse hangs Y on the verb of saying (and may read
        c  # "that contracts transfer" as "those contracts")
        for c in verb.children
        if clauses
        and c.dep_ == "conj"
        and (
            any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            or c.left_edge.lower_ == "that"
            and c.left_edge.nbor(-1).lower_ == "and"
        )
    ]
    return clauses


def _told_to_them(clause: Token) -> bool:
    """What was told, when the parse hangs it on those told: 'told the committee he had quit' (a
    relative clause), 'told councilors that the technology was not accurate' (a clausal modifier)."""
    if clause.dep_ == "acl":
        return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
    return (
        clause.dep_ == "relcl"
        and any(s.dep_ == "nsubj" and s.tag_ == "PRP" for s in clause.children)
        and not any(w.tag_ in ("WDT", "WP", "WRB") or w.lower_ == "that" for w in clause.children)
    )


def predicate_split_off(clause: Token) -> Token | None:
    """The predicate the parse split from a that-clause whose subject has a relative clause
    without 'that' ('that [the checks deputies carried out at the homes] [went beyond ...]'): the
    next clause of the same verb, with no subject and no 'that' of its own, right after it; also
    when the parse took 'that' for the subject of a gerund ('that [failing to answer] [would be
    treated as a resignation]')."""
    gerund = clause.tag_ == "VBG" and any(m.dep_ == "nsubj" and m.lower_ == "that" for m in clause.children)
    if not gerund and not any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children):
        return None
    return next(
        (
            c
            for c in clause.head.children
            if c.dep_ == "ccomp"
            and c.left_edge.i == clause.right_edge.i + 1
            and c.pos_ in ("VERB", "AUX")
            and not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "mark") for g in c.children)
        ),
        None,
    )


def _said_before_apart(clause: Token, verb: Token) -> bool:
    """A clause before the verb that is not its words: another speaker's ('Google said it would not
    help, Apple said ...') or a sentence of its own before a colon ('Google and Apple answered
    BuzzFeed News: Google said ...')."""
    if clause.i > verb.i:
        return False
    own_speaker = clause.lemma_ in SAYING and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    return own_speaker or any(t.text in (":", ";") for t in clause.doc[clause.i + 1 : verb.i])


def _fronted_phrase(clause: Token, verb: Token) -> bool:
    """'In a companywide email sent a few minutes ago, she said ...': the parse makes the phrase
    before the speaker a clause of the verb, but it is where the words were said, not what."""
    return (
        clause.i < verb.i
        and clause.left_edge.dep_ == "prep"
        and clause.left_edge.i == clause.sent.start
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
    )


def char_range(part: Token | Span) -> tuple[int, int]:
    if isinstance(part, Token):
        return part.idx, part.idx + len(part.text)
    return part.start_char, part.end_char
