"""Quoted words in an article: where each quotation is, who says it and with which verb.

Titles and names in quotation marks ("a report titled ...", "nicknamed 'Digidog'") are not
quotations; "the letter reads" and "they wrote" are read once the letter is.
"""

from rdflib import URIRef
from spacy.tokens import Span, Token

from kg.extract.documents import document_subject, document_told_before
from kg.extract.entities import is_subclass
from kg.extract.reader import QUOTE, Reader
from kg.extract.saying import (
    FINDING,
    LEX,
    SPEAKING,
    UNNAMED_SPEAKERS,
    is_definite,
    is_organization,
    unnamed_source,
)
from kg.extract.syntax import prep_object, subjects
from kg.namespaces import TW


def find_quotations(
    reader: Reader, sentences: list[Span]
) -> list[tuple[int, int, URIRef | None, Token | None]]:
    """Each quotation's inner character range, speaker and speaking verb; sets who 'I' is inside it."""
    found = []
    text = reader.doc.text
    previous_speaker = previous_letter = None
    for match in QUOTE.finditer(text, reader.article.body_start):
        begin, end = match.span(1) if match.group(1) else match.span(2)
        token = reader.doc.char_span(begin, end, alignment_mode="expand")
        if token is None or _a_title(token):
            continue
        verb = _speaking_verb(token[0].sent, begin, end)
        if verb is None and token[-1].sent != token[0].sent:  # '"... . Then ...," said X'
            verb = _speaking_verb(token[-1].sent, begin, end)
        speaker = None
        if verb is None and previous_letter is not None and begin - previous_letter[1] < 400:
            verb = previous_letter[0]  # '"...," the engineers wrote. "..."': the letter goes on
        if document_told_before(verb) is not None:  # '"...," it says' after 'The letter says ...'
            found.append((begin, end, None, verb))
            continue
        if _letter_subject(verb) is not None:  # '"...," the letter says': read once the letter is
            found.append((begin, end, None, verb))
            previous_letter = (verb, end)
            continue
        previous_letter = (verb, end) if verb is not None and document_subject(verb) else None
        unnamed = verb is not None and any(unnamed_source(subject) for subject in subjects(verb))
        unnamed = unnamed or _someone_else(reader, verb) or _written_on_something(token)
        if verb is not None and not unnamed:
            for subject in subjects(verb):
                entity = reader.entity(subject)
                if entity is not None and is_subclass(entity.kind, TW.Agent, reader.index.ontology):
                    speaker = reader.use(entity, subject)
                    break
        if (
            speaker is None
            and previous_speaker is not None
            and begin - previous_speaker[1] < 400
            and not unnamed
            and not (verb is not None and document_subject(verb))  # '"...," the statement said'
        ):
            speaker = previous_speaker[0]
        if speaker is not None:
            previous_speaker = (speaker, end)
            reader.quote_speakers.append((begin, end, speaker))
        found.append((begin, end, speaker, verb))
    return found


_TITLING = {"titled", "entitled", "headlined", "headed"}


_NAMING = {"called", "dubbed", "nicknamed", "named", "christened", "branded", "so-called"}


def _named_so(before: Token) -> bool:
    """The word before a quoted name: 'nicknamed', 'known as (the)' (not 'called the program "bad
    policy"', which says what someone thinks of it)."""
    if before.lower_ == "the" and before.i > 0:
        before = before.nbor(-1)
    known_as = before.lower_ == "as" and before.i > 0 and before.nbor(-1).lower_ == "known"
    return before.lower_ in _NAMING or known_as


def _a_title(quoted: Span) -> bool:
    """'a report, "Before the Bullet Hits the Body," which argued ...': the title of a work, in
    title case and short, not words someone said; or whatever follows 'titled' ('a post titled
    "Why we said yes to the Navy"')."""
    before = quoted.doc[quoted.start - 2] if quoted.start >= 2 else None
    if before is not None and before.lower_ in _TITLING:
        return True
    words = [t for t in quoted if t.is_alpha]
    if before is not None and len(words) <= 3 and _named_so(before):
        return True  # 'officers nicknamed "Digidog,"', 'widely known as the "heat list,"': a name
    if (
        before is not None
        and before.lower_ == "the"
        and 0 < len(words) <= 3
        and all(t.is_title for t in words)
    ):
        return True  # 'the other members of the "Five Eyes"': a name used as a noun
    long_words = [t for t in words if len(t) > 3]
    return (
        len(words) <= 10
        and len(long_words) >= 2
        and all(t.text[0].isupper() for t in long_words)
        and not any(t.text in (".", "!", "?") for t in quoted[:-1])
        and not all(t.ent_type_ in ("PERSON", "ORG") for t in long_words)
    )


def _someone_else(reader: Reader, verb: Token | None) -> bool:
    """'"...," the employee said', 'one engineer said': one person the text does not name, so not
    whoever was quoted before ('a spokesman for the firm' speaks for the firm)."""
    whos = subjects(verb) if verb is not None else []
    if len(whos) != 1 or whos[0].tag_ != "NN" or whos[0].lemma_ not in UNNAMED_SPEAKERS:
        return False
    who = whos[0]  # "An Arkansas prosecutor": a place says where, not who
    named = reader.entity(who)
    owned = any(c.dep_ == "poss" or c.dep_ == "compound" and is_organization(reader, c) for c in who.children)
    return (named is None or named.kind == TW.Place) and prep_object(who, "for") is None and not owned


def _written_on_something(quoted: Span) -> bool:
    """'one reads "Our code, not your dragnet."': the words on a sign or a banner."""
    before = [t for t in quoted.doc[quoted.sent.start : quoted.start] if not t.is_punct]
    return bool(before) and before[-1].lemma_ == "read" and not document_subject(before[-1])


def _naming(verb: Token) -> bool:
    """'what the agency calls "loitering"': a term in someone's words, not a statement."""
    return verb.lemma_ == "call" and any(c.lower_ == "what" for c in verb.children)


def _letter_subject(verb: Token | None) -> Token | None:
    """'the letter' in '"...," the letter reads', or its writers in '"...," they wrote', '"...,"
    the engineers wrote'."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
    if subject is None:
        return None
    if subject.lemma_.lower() in LEX["petition_nouns"] and is_definite(subject):
        return subject
    writers = (
        subject.lower_ == "they" or subject.tag_ == "NNS" and is_definite(subject) and subject.ent_type_ == ""
    )
    return subject if writers and verb.lemma_ == "write" else None


def letter_speaking(reader: Reader, verb: Token | None) -> URIRef | None:
    """The petition or open letter just spoken of (in the last three sentences), when it or its
    writers speak ('the letter reads', 'they wrote')."""
    subject = _letter_subject(verb)
    if subject is None:
        return None
    here = reader.sentence_number(subject)
    for kind, node, position in reversed(reader.recent):
        if kind == "petition" and position <= subject.i:
            return node if here - reader.sentence_number(reader.doc[position]) <= 3 else None
    return None


def _speaking_verb(sentence: Span, begin: int, end: int) -> Token | None:
    """The verb of saying in a sentence outside the quoted words, the main one first ('reads' when a
    document is its subject)."""
    candidates = [
        t
        for t in sentence
        if (t.lemma_ in SPEAKING or t.lemma_ == "read" and document_subject(t))
        and t.pos_ == "VERB"
        and not begin <= t.idx < end
        and not _naming(t)
    ]
    # a person's words before what a finding shows: 'The dispute, she told reporters, showed that "..."'
    candidates.sort(key=lambda t: (t.lemma_ in FINDING, t.dep_ != "ROOT", abs(t.idx - begin)))
    return candidates[0] if candidates else None
