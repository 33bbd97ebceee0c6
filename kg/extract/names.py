"""Organization names the model misses or cuts short, read from the words around them.

Two constructions, both with their words in `patterns/org_types.json`:

- a name after the noun that says what it is, "the nonprofit Fight for the Future", "the advocacy
  group Campaign for Accountability", "the union Tech Workers Coalition": the name is an ORG
  entity, typed by that noun (its `appositive_heads` class), and read whole across its inner
  "for", "of", "for the" (`name_connectors`);
- a name the model cut at such a connector, "Fight for the [Future]": the entity is widened to the
  capitalized words before it, so no organization is made of the last word alone;
- a body named with the place it serves, "the U.S. District Court for the Western District of
  Washington": the places after the connector belong to the name;
- a name joined by an ampersand, "Covington & Burling", which the model cuts at it;
- two names the model reads as one after "between": "between the Kansas Department of Prisons and
  Cantrell Voice Analytics".
"""

from functools import cache

from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.extract.pipeline import read_patterns

_NOT_NAME_ENTITIES = {"DATE", "TIME", "PERSON", "GPE", "LOC", "CARDINAL", "ORDINAL", "MONEY", "PERCENT"}


@cache
def _lexicon() -> tuple[dict[str, str], frozenset[str], frozenset[str]]:
    """Descriptor noun -> class name; the connectors inside names; the words of titles."""
    typing = read_patterns("org_types.json")
    descriptors = {head: kind for kind, heads in typing["appositive_heads"].items() for head in heads}
    roles = read_patterns("roles.json")
    role_words = {
        w for key, titles in roles.items() if not key.startswith("_") for t in titles for w in t.split()
    }
    return (
        descriptors,
        frozenset(typing["name_connectors"]),
        frozenset(role_words | set(typing["title_words"])),
    )


def _name_word(token: Token) -> bool:
    """A capitalized word that can be part of an organization's name."""
    return (
        token.text[:1].isupper()
        and any(c.isalpha() for c in token.text)
        and not token.is_punct
        and token.ent_type_ not in _NOT_NAME_ENTITIES
    )


def _connector_at(doc: Doc, i: int, connectors: frozenset[str]) -> int:
    """How many tokens from `i` join two parts of one name ('for', 'of the'); 0 if none."""
    if i >= len(doc) or doc[i].lower_ not in connectors:
        return 0
    width = 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else 1
    nxt = i + width
    return width if nxt < len(doc) and _name_word(doc[nxt]) and not doc[nxt].is_sent_start else 0


def name_end(doc: Doc, start: int) -> int:
    """The end of the name beginning at `start`: capitalized words and the connectors between them."""
    _, connectors, _ = _lexicon()
    end = start
    while end < len(doc):
        if end > start and doc[end].is_sent_start:
            break
        if _name_word(doc[end]):
            end += 1
        elif end > start and (width := _connector_at(doc, end, connectors)):
            end += width
        elif end > start and doc[end].text == "&" and end + 1 < len(doc) and _name_word(doc[end + 1]):
            end += 1  # "Covington & Burling"
        else:
            break
    return end


def described_names(doc: Doc) -> list[Span]:
    """'the nonprofit Fight for the Future': the name after a descriptor noun, typed by that noun."""
    descriptors, _, _ = _lexicon()
    found = []
    for token in doc[:-1]:
        kind = descriptors.get(token.lower_) or descriptors.get(token.lemma_.lower())
        first = doc[token.i + 1]
        if not kind or not token.is_lower or first.is_sent_start or not _name_word(first):
            continue
        end = name_end(doc, first.i)
        name = doc[first.i : end]
        # the descriptor modifies the name, or the name stands in apposition to it
        if token.head in name or (name.root.head == token and name.root.dep_ == "appos"):
            found.append(Span(doc, first.i, end, label="ORG", span_id=kind))
    return found


def names_before_descriptions(doc: Doc) -> list[Span]:
    """'Fernhollow Payments, the Atlanta company whose software ...': capitalized words the model
    left unlabelled, followed by a comma and a noun phrase in apposition that says what they name."""
    descriptors, _, _ = _lexicon()
    found = []
    for token in doc:
        kind = descriptors.get(token.lemma_.lower())
        head = token.head
        if not kind or token.dep_ != "appos" or head.i + 1 >= len(doc) or doc[head.i + 1].text != ",":
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in token.children):
            continue
        start = head.i
        while start > head.sent.start and _name_word(doc[start - 1]) and not doc[start - 1].ent_type_:
            start -= 1
        if doc[start].lower_ in ("the", "a", "an"):
            start += 1
        name = doc[start : head.i + 1]
        unlabelled = all(not t.ent_type_ and _name_word(t) and not t.is_stop for t in name)
        if unlabelled and all(t.head in name or t == head for t in name):
            found.append(Span(doc, start, head.i + 1, label="ORG", span_id=kind))
    return found


def widened_names(doc: Doc) -> list[Span]:
    """'Fight for the [Future]': an organization the model cut at a connector, read whole."""
    _, connectors, role_words = _lexicon()
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or ent.start < 2:
            continue
        i = ent.start - 1
        if doc[i].lower_ == "the":
            i -= 1
        if i < 1 or doc[i].lower_ not in connectors:
            continue
        start = i
        while start > ent.sent.start and _name_word(doc[start - 1]) and doc[start - 1].text != "The":
            start -= 1
        if start < i and not {t.lower_ for t in doc[start:i]} & role_words:
            found.append(Span(doc, start, ent.end, label="ORG", span_id=ent.id_))
    return found


def joined_names(doc: Doc) -> list[Span]:
    """'Covington [& Burling]', '[Procter &] Gamble': a name joined by an ampersand, read whole;
    'the [Annotators and] Testers Guild', by 'and' after 'the'; 'Solwick Workers for [Peace]',
    when the model made two names of one."""
    found = []
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        start, end = ent.start, ent.end
        if end + 1 < len(doc) and doc[end].text == "&" and _name_word(doc[end + 1]):
            end = name_end(doc, end + 1)
        cut_at_connector = ent[-1].lower_ in _lexicon()[1] and end < len(doc) and not doc[end].is_sent_start
        if end + 1 < len(doc) and doc[end].lower_ == "y" and _name_word(doc[end + 1]):
            end = name_end(doc, end + 1)  # "Agencia Federal de Identidad" + "y Movilidad": Spanish "and"
        if cut_at_connector and _name_word(doc[end]):
            end = name_end(doc, end)
        elif _people_before_cause(doc, ent):  # "[Northbridge Students] for Demilitarized Research"
            end = name_end(doc, end + 1)
        elif cut_at_connector and doc[end].ent_iob_ == "B" and doc[end].ent_type_ in ("ORG", "GPE"):
            end = _ent_end(doc, end)  # "Solwick Workers for" + "Peace", "State of" + "New Mexico": one name
        if start >= 3 and doc[start - 1].lower_ == "and" and _name_word(doc[start - 2]):
            first = start - 2  # "the [Annotators and] Testers Guild": one name after "the"
            while first > ent.sent.start and _name_word(doc[first - 1]) and not doc[first - 1].ent_type_:
                first -= 1
            if doc[first - 1].lower_ == "the" and not any(t.ent_type_ for t in doc[first : start - 1]):
                start = first
        while start >= 2 and doc[start - 1].text == "&" and _name_word(doc[start - 2]):
            start -= 2
            while start > ent.sent.start and _name_word(doc[start - 1]) and doc[start - 1].text != "The":
                start -= 1
        if (start, end) != (ent.start, ent.end):
            found.append(Span(doc, start, end, label="ORG", span_id=ent.id_))
    return found


_NOUN_ENDINGS = (  # "Migration", "Development", "Security", "Families", "Services", "Affairs", "Borders"
    "tion", "ment", "ity", "ies", "ness", "ance", "ence", "ure", "ing", "ism", "ers", "ces", "irs",
)  # fmt: skip


def _joined_by_and(doc: Doc, ent: Span) -> bool:
    """'Department of Corrections [and Rehabilitation]': one more noun after 'and' in a name with a
    connector, which the model left out or read as a place; not another name ('... and Google')."""
    _, connectors, _ = _lexicon()
    end = ent.end
    if ent.label_ != "ORG" or end + 2 > len(doc) or doc[end].lower_ != "and":
        return False
    if not any(t.lower_ in connectors for t in ent[1:-1]):
        return False
    word = doc[end + 1]
    if not (word.is_alpha and word.is_title) or word.is_sent_start or word.ent_type_ in ("ORG", "PERSON"):
        return False
    if end + 2 < len(doc) and _name_word(doc[end + 2]):
        return False
    return word.lower_.endswith(_NOUN_ENDINGS)


@cache
def _member_words() -> frozenset[str]:
    """The plural nouns a group of people is named for ('Employees', 'Students')."""
    return frozenset(read_patterns("org_types.json")["member_words"]["PersonGroup"])


def _people_before_cause(doc: Doc, ent: Span) -> bool:
    """'Northbridge Students' before 'for Demilitarized Research', words the model left unlabelled:
    a group named for its members (`member_words`) and its cause, as 'Amazon Employees for Climate
    Justice' is."""
    end = ent.end
    return (
        ent[-1].lower_ in _member_words()
        and end + 1 < len(doc)
        and doc[end].lower_ in ("for", "against")
        and _name_word(doc[end + 1])
        and not doc[end + 1].ent_type_
    )


def _ent_end(doc: Doc, start: int) -> int:
    """The end of the entity that begins at `start`."""
    return next(e.end for e in doc.ents if e.start == start)


def places_of_names(doc: Doc) -> list[Span]:
    """'The American Civil Liberties Union [of Washington]', 'the U.S. District Court [for the
    Western District of Washington]': a body named with the place it serves, read whole. Only
    places follow the connector, so 'the Pentagon for Project Maven' stays two names."""
    _, connectors, _ = _lexicon()
    found = []
    for ent in doc.ents:
        chapter = len(ent) == 1 and len(ent.text) >= 3 and ent.text.isupper()  # "the ACLU of Washington"
        if ent.label_ != "ORG" or ent[-1].lower_ not in _body_words() and not chapter:
            continue
        end = ent.end
        while end < len(doc) and doc[end].lower_ in (("of",) if chapter else connectors):
            nxt = end + 2 if end + 1 < len(doc) and doc[end + 1].lower_ == "the" else end + 1
            if nxt >= len(doc) or doc[nxt].is_sent_start or not _place_word(doc[nxt]):
                break
            end = nxt + 1
            while end < len(doc) and doc[end].ent_type_ in ("GPE", "LOC") and doc[end].ent_iob_ == "I":
                end += 1
        if end > ent.end:
            found.append(Span(doc, ent.start, end, label="ORG", span_id=ent.id_))
    return found


def names_after_places(doc: Doc) -> list[Span]:
    """'The Bay Area' + 'Tech Workers Fund', 'Oakland' + 'Privacy Advisory Commission': a group or
    public body named after its place, where the model labels only the place."""
    found = []
    for ent in doc.ents:
        after = ent.end
        if ent.label_ not in ("GPE", "LOC") or after >= len(doc):
            continue
        if doc[after].ent_type_ or doc[after].is_sent_start or not _name_word(doc[after]):
            continue
        end = name_end(doc, after)
        modifies = any(t.dep_ == "compound" and t.head.i in range(after, end) for t in ent)
        if doc[end - 1].lower_ in _body_words() and modifies:
            found.append(Span(doc, ent.start, end, label="ORG"))
    return found


@cache
def _body_words() -> frozenset[str]:
    """The last words of a public body's or a group's name: 'Court', 'Union', 'Department'."""
    typing = read_patterns("org_types.json")
    return frozenset(
        w for kind, words in typing["name_words"].items() if kind != "NewsOrganization" for w in words
    )


def _place_word(token: Token) -> bool:
    """A place's name: labelled so by the model, or a capitalized name it left unlabelled."""
    unlabelled = not token.ent_type_ and token.pos_ == "PROPN" and token.is_title
    return token.ent_type_ in ("GPE", "LOC") or unlabelled


def _split_between(doc: Doc) -> None:
    """'between the Kansas Department of Prisons and Cantrell Voice Analytics': the model reads
    the two parties as one name; they are two."""
    ents = []
    for ent in doc.ents:
        before = doc[ent.start - 2 : ent.start] if ent.start >= 2 else doc[0:0]
        between = any(t.lower_ == "between" for t in before)
        joins = [t.i for t in ent[1:-1] if t.lower_ == "and" and doc[t.i + 1].is_title]
        comma = next((t.i for t in ent[1:-1] if t.text == ","), None)
        if ent.label_ == "ORG" and between and joins:
            ents += [
                Span(doc, ent.start, joins[-1], label="ORG"),
                Span(doc, joins[-1] + 1, ent.end, label="ORG"),
            ]
        elif ent.label_ == "ORG" and comma == ent.end - 2 and _surname_elsewhere(doc, ent[-1]):
            ents += [Span(doc, ent.start, comma, label="ORG"), Span(doc, comma + 1, ent.end, label="PERSON")]
        else:
            ents.append(ent)
    doc.ents = ents


def _surname_elsewhere(doc: Doc, word: Token) -> bool:
    """'obtained by The Verge, Castellanos went further': the model ran a name into the one before
    the comma; the word after it is the surname of a person the article names in full."""
    return any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == word.text for e in doc.ents)


def organization_names(doc: Doc) -> Doc:
    """The pipeline component: the model's entities with these names read in, whole."""
    _split_between(doc)
    names = described_names(doc) + names_before_descriptions(doc) + widened_names(doc)
    names += joined_names(doc) + places_of_names(doc)
    names = filter_spans(names + names_after_places(doc))
    if names:
        taken = {i for span in names for i in range(span.start, span.end)}
        kept = [e for e in doc.ents if not taken & set(range(e.start, e.end))]
        doc.ents = sorted(names + kept, key=lambda s: s.start)
    longer = [Span(doc, e.start, e.end + 2, "ORG", span_id=e.id_) for e in doc.ents if _joined_by_and(doc, e)]
    if longer:  # "State Agency for Borders" + "and Migration": the model stopped at "and"
        doc.ents = filter_spans(longer + list(doc.ents))
    return doc
