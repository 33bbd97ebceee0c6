"""Question-and-answer articles: each answer ('A: ...') is a quotation of the person interviewed,
made in the interview the article says it had ('Test Wire spoke with X by video on Monday')."""

import re
from collections import Counter

from rdflib import Literal, URIRef
from spacy.tokens import Token

from kg.extract.iris import actor_iri
from kg.extract.reader import Reader
from kg.extract.statements import Statements
from kg.extract.syntax import object_of, prep_object, subjects
from kg.namespaces import TW

_QUESTION = re.compile(r"^Q[:.]\s+\S", re.MULTILINE)
_ANSWER = re.compile(r"^A[:.]\s+(\S.*)$", re.MULTILINE)
_TURN = re.compile(r"^([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2}):\s+(\S.*)$", re.MULTILINE)  # "Smith: No."
_INTERVIEWING = {"speak", "talk", "interview", "sit"}


def read_interview(reader: Reader, statements: Statements) -> None:
    """An article with questions and at least two answers: the answers are the interviewee's words."""
    turns = _turns(reader.doc.text, reader.article.body_start, reader.article.meta.publisher)
    if turns is None:
        return
    asked_at, name, answers = turns
    person, meeting = _interviewee(reader, _meetings(reader, asked_at), asked_at)
    if name is not None:  # the answers carry the name of who gives them
        person = _named(reader, name, asked_at) or person
    if person is None:
        return
    first = reader.doc.char_span(*answers[0], alignment_mode="expand")
    found = reader.date(meeting) if meeting is not None else None
    day = found[0] if found is not None else None
    statement = statements.statement(person, "Statement", first[0], "interview", to_press=True, day=day)
    publisher = actor_iri(reader.article.meta.publisher)
    reader.add(statement.node, TW.addressedTo, publisher, first, rule="interview")
    if found is not None:
        reader.add(statement.node, TW.date, found[0], found[1], meeting, rule="interview.date")
    for begin, end in answers:
        words = reader.doc.char_span(begin, end, alignment_mode="expand")
        node = reader.facts.node("quotation")
        said = reader.doc.text[begin:end].strip().strip('"“”')  # 'A: "No. We gave them ..."': the words alone
        reader.facts.describe(
            node, TW.Quotation, f"{reader.label_of(person)}: “{said[:60]}”", (begin, end), "interview.answer"
        )
        reader.add(node, TW.text, Literal(said), words, rule="interview.answer")
        reader.add(node, TW.speaker, person, words, rule="interview.answer")
        reader.add(node, TW.statedIn, statement.node, words, rule="interview.answer")
        reader.add(node, TW.reportedIn, reader.article.iri, words, rule="interview.answer")


def _turns(text: str, start: int, publisher: str) -> tuple[int, str | None, list[tuple[int, int]]] | None:
    """Where the questions start, the name the answers are given under (none for 'A:') and where
    each answer's words are: 'Q: ...' and 'A: ...', or a transcript, 'Test Wire: ...' asking and
    one name answering ('Barrowcliff: ...'), at least two answers."""
    question = _QUESTION.search(text, start)
    answers = [m.span(1) for m in _ANSWER.finditer(text, start)]
    if question is not None and len(answers) >= 2:
        return question.start(), None, answers
    turns = list(_TURN.finditer(text, start))
    asked = [m for m in turns if m.group(1) == publisher]
    said = [m for m in turns if m.group(1) != publisher and m.start() > (asked[0].start() if asked else 0)]
    if not asked or len(said) < 2 or len({m.group(1) for m in said}) != 1:
        return None
    return asked[0].start(), said[0].group(1), [m.span(2) for m in said]


def _named(reader: Reader, name: str, before: int) -> URIRef | None:
    """The one person named before the questions whose name, or last name, the answers are given
    under."""
    people = {
        m.entity.iri
        for m in reader.mentions
        if m.entity.kind == TW.Person
        and m.span.start_char < before
        and name in (m.entity.label, m.entity.label.split()[-1])
    }
    return next(iter(people)) if len(people) == 1 else None


def _interviewee(reader: Reader, meetings: list[Token], before: int) -> tuple[URIRef | None, Token | None]:
    """Who answers, and the word of the interview: the person the article says it spoke with
    (nearest the questions first: 'The interview has been edited' names nobody), else the person
    it names most often before its first question."""
    for meeting in meetings:
        verb = meeting
        while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:  # "In an interview, X answered"
            verb = verb.head
        met = prep_object(meeting, "with", "to") or object_of(meeting, "dobj")
        whos = subjects(verb)  # "She spoke with Test Wire on Wednesday": she is interviewed
        for word in [w for w in (met, whos[0] if whos else None) if w is not None]:
            entity = reader.entity(word)
            if entity is not None and entity.kind == TW.Person:
                return reader.use(entity, word), meeting
    counts = Counter(
        m.entity.iri
        for m in reader.mentions
        if m.entity.kind == TW.Person and reader.article.body_start <= m.span.start_char < before
    )
    return (counts.most_common(1)[0][0] if counts else None), (meetings[0] if meetings else None)


def _meetings(reader: Reader, before: int) -> list[Token]:
    """'Test Wire spoke with Reinholt by video on Monday', 'In a phone interview on Tuesday, X
    answered questions': the words of an interview before the questions, verbs before nouns, each
    nearest first, outside quoted words ('our employees to speak up' is no interview) and not an
    interview refused or asked for ('declined an interview request')."""
    verbs, nouns = [], []
    for token in reader.doc:
        if token.idx >= before:
            break
        if token.idx < reader.article.body_start or reader.in_quotation(token.idx):
            continue
        asked = token.lemma_ == "answer" and any(c.lemma_ == "question" for c in token.children)
        if token.pos_ == "VERB" and (token.lemma_ in _INTERVIEWING or asked):
            verbs.append(token)
        elif token.pos_ == "NOUN" and token.lemma_ == "interview" and _held(token):
            nouns.append(token)
    return verbs[::-1] + nouns[::-1]


def _held(noun: Token) -> bool:
    """An interview that took place: not 'an interview request', nor one declined or refused."""
    if noun.dep_ == "compound":
        return False
    governor = noun.head.head if noun.dep_ == "pobj" else noun.head
    return governor.lemma_ not in ("decline", "refuse", "request", "seek")
