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
_INTERVIEWING = {"speak", "talk", "interview", "sit"}


def read_interview(reader: Reader, statements: Statements) -> None:
    """An article with questions and at least two answers: the answers are the interviewee's words."""
    text, start = reader.doc.text, reader.article.body_start
    question = _QUESTION.search(text, start)
    answers = list(_ANSWER.finditer(text, start))
    if question is None or len(answers) < 2:
        return
    meeting = _meeting(reader, question.start())
    person = _interviewee(reader, meeting, question.start())
    if person is None:
        return
    first = reader.doc.char_span(answers[0].start(1), answers[0].end(1), alignment_mode="expand")
    found = reader.date(meeting) if meeting is not None else None
    day = found[0] if found is not None else None
    statement = statements.statement(person, "Statement", first[0], "interview", to_press=True, day=day)
    publisher = actor_iri(reader.article.meta.publisher)
    reader.add(statement.node, TW.addressedTo, publisher, first, rule="interview")
    if found is not None:
        reader.add(statement.node, TW.date, found[0], found[1], meeting, rule="interview.date")
    for answer in answers:
        begin, end = answer.span(1)
        words = reader.doc.char_span(begin, end, alignment_mode="expand")
        node = reader.facts.node("quotation")
        said = answer.group(1).strip()
        reader.facts.describe(
            node, TW.Quotation, f"{reader.label_of(person)}: “{said[:60]}”", (begin, end), "interview.answer"
        )
        reader.add(node, TW.text, Literal(said), words, rule="interview.answer")
        reader.add(node, TW.speaker, person, words, rule="interview.answer")
        reader.add(node, TW.statedIn, statement.node, words, rule="interview.answer")
        reader.add(node, TW.reportedIn, reader.article.iri, words, rule="interview.answer")


def _interviewee(reader: Reader, meeting: Token | None, before: int) -> URIRef | None:
    """Who answers: the person the article says it spoke with, else the person it names most
    often before its first question."""
    if meeting is not None:
        met = prep_object(meeting, "with", "to") or object_of(meeting, "dobj")
        whos = subjects(meeting)  # "She spoke with Test Wire on Wednesday": she is interviewed
        for word in [w for w in (met, whos[0] if whos else None) if w is not None]:
            entity = reader.entity(word)
            if entity is not None and entity.kind == TW.Person:
                return reader.use(entity, word)
    counts = Counter(
        m.entity.iri
        for m in reader.mentions
        if m.entity.kind == TW.Person and reader.article.body_start <= m.span.start_char < before
    )
    return counts.most_common(1)[0][0] if counts else None


def _meeting(reader: Reader, before: int) -> Token | None:
    """'Test Wire spoke with Reinholt by video on Monday': the verb of the interview."""
    for token in reader.doc:
        if token.idx >= before:
            break
        if token.idx >= reader.article.body_start and token.lemma_ in _INTERVIEWING and token.pos_ == "VERB":
            return token
    return None
