"""Lawsuits: who sued whom ('the state's attorney general sued the company', 'X filed a lawsuit
against Y', 'a lawsuit brought by X', 'Y was sued by X'), as `tw:LegalCase` nodes; a court order
told in an article with one lawsuit is an order in that case."""

from rdflib import URIRef
from spacy.tokens import Span, Token

from kg.extract.pipeline import read_patterns
from kg.extract.reader import Reader
from kg.extract.syntax import future, negated, possible, prep_object, subjects
from kg.namespaces import TW

LEX = read_patterns("events.json")
SUING_VERBS = set(LEX["suing_verbs"])
LAWSUIT_NOUNS = set(LEX["lawsuit_nouns"])
FILING_VERBS = set(LEX["filing_verbs"])
ACCUSING_VERBS = set(LEX["accusing_verbs"])


def read_lawsuits(reader: Reader, sentence: Span) -> None:
    captions = [
        w for w in sentence if w.lower_ in ("v.", "vs.", "v") and sentence.start < w.i < sentence.end - 1
    ]
    for word in captions:  # first: "The suit, Whitlatch v. Kittredge County, was filed by ..." is that case
        _caption(reader, word)  # "Cascade Immigrant Defense Project v. Office of Refugee Resettlement"
    for word in sentence:
        if word in captions:
            continue
        suing = word.lemma_ in SUING_VERBS or _taken_to_court(word)
        if word.pos_ == "VERB" and suing and not negated(word) and not _planned(word):
            _sued(reader, word)
        elif word.pos_ == "NOUN" and (word.lemma_.lower() in LAWSUIT_NOUNS or _class_action(word)):
            _lawsuit_noun(reader, word)
        elif word.lemma_ == "name" and word.pos_ == "VERB":
            _named_defendants(reader, word)


def _class_action(noun: Token) -> bool:
    """'filed a proposed class action': a lawsuit."""
    return noun.lower_ == "action" and any(c.lower_ == "class" for c in noun.children)


def _in_court(reader: Reader, noun: Token) -> bool:
    """'The complaint, filed on Tuesday in the U.S. District Court ...': a lawsuit's complaint."""
    return any((e := reader.entity(w)) is not None and e.kind == TW.Court for w in noun.sent)


def _taken_to_court(verb: Token) -> bool:
    """'have taken NSO Group to court': sued."""
    if verb.lemma_ != "take":
        return False
    return any(  # "to court": a preposition's object, or (as the parser may read it) a verb "to court"
        c.lower_ == "to"
        and any(o.lemma_ == "court" for o in c.children)
        or c.lemma_ == "court"
        and c.dep_ == "advcl"
        for c in verb.children
    )


def _named_defendants(reader: Reader, verb: Token) -> None:
    """'The suit names both Quillon and the border office as defendants', 'The complaint names X'."""
    as_what = prep_object(verb, "as")
    if as_what is not None and as_what.lemma_ not in ("defendant", "plaintiff"):
        return
    if (
        not any(s.lemma_.lower() in LAWSUIT_NOUNS for s in subjects(verb))
        or (case := reader.last("lawsuit", verb)) is None
    ):
        return
    role = TW.plaintiff if as_what is not None and as_what.lemma_ == "plaintiff" else TW.defendant
    for named in (c for c in verb.children if c.dep_ == "dobj"):
        for each in (named, *named.conjuncts):
            if (party := _party(reader, each)) is not None:
                reader.add(case, role, party, verb, each, rule="lawsuit.names-as")


def _sued(reader: Reader, verb: Token) -> None:
    """'X sued Y', 'Y was sued by X', 'X sued Y and Z'."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        defendants = [c for c in verb.children if c.dep_ == "nsubjpass"]
        plaintiff = prep_object(verb, "by")
    else:
        defendants = [c for c in verb.children if c.dep_ == "dobj"]
        plaintiff = next(iter(subjects(verb)), None)
    # "the Israeli surveillance company NSO Group": the name, not the description
    _case(reader, verb, plaintiff, _named(defendants[0])[0] if defendants else None)


def _lawsuit_noun(reader: Reader, noun: Token) -> None:
    """'X filed a lawsuit against Y', 'a lawsuit filed by X', 'the lawsuit' (the case told before)."""
    filed = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_ in FILING_VERBS), None)
    told = (
        any(c.lower_ in ("the", "this") for c in noun.children) and reader.last("lawsuit", noun) is not None
    )
    if noun.lower_ == "suit" and noun.head.lemma_ not in FILING_VERBS and not filed and not told:
        if prep_object(noun, "against") is None:
            return  # "followed suit", "a suit of clothes"
    if noun.lemma_ == "complaint" and not _in_court(reader, noun):
        return  # "complaints from residents", "a complaint to the labor board": not a lawsuit
    verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_ in FILING_VERBS else None
    plaintiff = None
    if verb is not None and noun.dep_ == "dobj" and not negated(verb) and not _planned(verb):
        plaintiff = next(iter(subjects(verb)), None)
    elif verb is not None and noun.dep_ == "nsubjpass":
        plaintiff = prep_object(verb, "by")
    elif filed is not None:
        plaintiff = prep_object(filed, "by")
    elif any(c.dep_ == "poss" for c in noun.children):
        plaintiff = next(c for c in noun.children if c.dep_ == "poss")  # "the attorney general's lawsuit"
    defendant = prep_object(noun, "against")
    if defendant is None:
        defendant = next((prep_object(v, "against") for v in (verb, filed) if v is not None), None)
    accusing = next((c for c in noun.children if c.dep_ == "acl" and c.lemma_ in ACCUSING_VERBS), None)
    if accusing is None and verb is not None:  # "he filed suit ..., accusing the company of ..."
        accusing = next((c for c in verb.children if c.dep_ == "advcl" and c.lemma_ in ACCUSING_VERBS), None)
    if defendant is None and accusing is not None:  # "a lawsuit accusing LexisNexis of collecting ..."
        defendant = next((c for c in accusing.children if c.dep_ == "dobj"), None)
    if plaintiff is not None and plaintiff.lemma_.lower() in ("lawyer", "attorney"):
        plaintiff = None  # "lawyers filed a lawsuit": counsel, not the party
    if defendant is None and any(c.lower_ in ("the", "this", "that") for c in noun.children):
        case = reader.last("lawsuit", noun.sent[-1])  # "the lawsuit": the case told before (or its caption)
        if case is None and plaintiff is not None and (verb or filed) is not None:
            _case(reader, verb or filed, plaintiff, None, noun)  # "The lawsuit was filed in January by X"
            return
        if case is not None and plaintiff is not None and reader.facts.value(case, TW.plaintiff) is None:
            for each in _named(plaintiff):  # "filed ... by the groups Mijente and OCAD"
                if (suing := _party(reader, each)) is not None:
                    reader.add(
                        case, TW.plaintiff, suing, verb or filed or noun, each, rule="lawsuit.plaintiff"
                    )
        return
    if plaintiff is None and defendant is None:
        if verb is None and filed is None:
            return
    _case(reader, verb or filed or noun, plaintiff, defendant, noun)


def _case(reader: Reader, where: Token, plaintiff: Token | None, defendant: Token | None,
          noun: Token | None = None) -> None:  # fmt: skip
    sued = _party(reader, defendant) if defendant is not None else None
    suing = _party(reader, plaintiff) if plaintiff is not None else None
    case = reader.last("lawsuit", where)
    if sued is None and (case is not None or suing is None or noun is None):
        # "On Tuesday he filed suit": the case told before, with its plaintiff
        if case is not None and plaintiff is not None and reader.facts.value(case, TW.plaintiff) is None:
            for each in _named(plaintiff):
                if (party := _party(reader, each)) is not None:
                    reader.add(case, TW.plaintiff, party, where, each, rule="lawsuit.plaintiff")
        return
    node = next(
        (
            n
            for n in reader.facts.subjects(TW.defendant, sued)
            if (n, TW.reportedIn, reader.article.iri) in reader.facts.triples
        ),
        None,
    )
    if node is None:
        label = f"Lawsuit by {reader.label_of(suing)}" if suing is not None else "Lawsuit"
        if sued is not None:
            label += f" against {reader.label_of(sued)}"
        node = reader.event(TW.LegalCase, "lawsuit", label, noun or where, "lawsuit")
    reader.remember("lawsuit", node, where)
    if sued is not None:
        reader.add(node, TW.defendant, sued, where, defendant, rule="lawsuit.defendant")
    for each in _named(plaintiff) if plaintiff is not None else ():
        if (suing := _party(reader, each)) is not None:
            reader.add(node, TW.plaintiff, suing, where, each, rule="lawsuit.plaintiff")


def _caption(reader: Reader, versus: Token) -> None:
    """A case named by its caption, 'A v. B': A sued B."""
    doc = reader.doc
    sides = [_side(reader, doc[versus.i - 1], -1), _side(reader, doc[versus.i + 1], 1)]
    if None in sides:
        return
    (plaintiff, before), (defendant, after) = sides
    node = next((n for n in reader.facts.subjects(TW.defendant, defendant.iri)), None)
    if node is None:
        caption = doc[before.start : after.end]
        node = reader.event(TW.LegalCase, "lawsuit", caption.text, caption, "lawsuit.caption")
    reader.remember("lawsuit", node, versus)
    reader.add(node, TW.defendant, reader.use(defendant, after), before, after, rule="lawsuit.caption")
    reader.add(node, TW.plaintiff, reader.use(plaintiff, before), before, after, rule="lawsuit.caption")


def _side(reader: Reader, word: Token, step: int):
    """The party named on one side of 'v.': a mention ending (or starting) there, or a run of
    capitalized words that is the name of an actor the article names elsewhere."""
    mention = reader.mention(word)
    if mention is not None and (mention.span.end == word.i + 1 if step < 0 else mention.span.start == word.i):
        return mention.entity, mention.span
    i = word.i
    while 0 <= i < len(reader.doc) and (
        reader.doc[i].is_title or reader.doc[i].lower_ in ("of", "for", "and")
    ):
        i += step
    run = reader.doc[i + 1 : word.i + 1] if step < 0 else reader.doc[word.i : i]
    entity = reader.index.find(run.text) if len(run) > 1 else None
    return (entity, run) if entity is not None else None


def _named(word: Token) -> list[Token]:
    """The parties a phrase names: 'Mijente and OCAD', or those after a common noun ('the
    immigrant-rights groups Mijente and Organized Communities Against Deportations')."""
    named = next((c for c in word.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
    if word.pos_ == "NOUN" and named is not None:
        word = named
    return [word, *word.conjuncts]


def _party(reader: Reader, word: Token) -> URIRef | None:
    """Who sues or is sued: a group of people ('three former engineers') or a named actor."""
    group = reader.group(word, specific=True)
    if group is not None:
        return group.iri
    entity = reader.entity(word)
    return reader.use(entity, word) if entity is not None and entity.kind != TW.Place else None


def _planned(verb: Token) -> bool:
    """'threatened to sue', 'plans to file a lawsuit', 'would sue', 'could sue': not (yet) a case."""
    if future(verb) or possible(verb):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_ in ("threaten", "consider")


def orders_in_case(reader: Reader) -> None:
    """In an article that tells of one lawsuit, its court orders are orders in that case."""
    cases = {n for k, n, i in reader.recent if k == "lawsuit"}
    if len(cases) != 1:
        return
    case = next(iter(cases))
    told = next(i for k, n, i in reader.recent if k == "lawsuit")
    for order in {n for k, n, i in reader.recent if k == "court-order"}:
        if reader.facts.value(order, TW.inCase) is None:
            reader.add(order, TW.inCase, case, reader.doc[told], rule="court-order.in-case")
