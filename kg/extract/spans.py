"""Where the names of an article are: spans the model misses, cuts short or draws too wide.

The statistical model labels most names; these functions find the rest and mend the ones it cut
wrongly, from the words around them: a surname alone as a subject, a name after a title the model
took for a first name ('Provost Adaeze Nwosu'), a product or program named by its head noun
('the Gotham platform'), a brand written in mixed case ('xAI'); a span is trimmed of honorifics,
quantifiers and opening prepositions, and widened to the office a holder's title names.
"""

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from kg.extract.dates import MONTHS, WEEKDAYS
from kg.extract.entities import org_typing
from kg.extract.pipeline import RANKS, read_patterns

DEVICE_HEADS = {"drone", "aircraft", "camera", "sensor", "robot", "vehicle", "headset", "scanner", "chip"}
PRODUCT_HEADS = {
    "service", "software", "platform", "tool", "app", "application", "system", "product",
    "technology", "tech", "database", "assistant", "device", "model", "cloud", "engine", "network",
    "portal", "dashboard", "chatbot", "suite", "feature",
    *DEVICE_HEADS,
}  # fmt: skip
_SPEAKING_VERBS = {"say", "write", "tell", "add"}
_QUANTIFIERS = {"several", "much", "many", "most", "some", "all", "each", "none", "few", "both", "any"}
# the short titles, which British style writes without a full stop
_SHORT_TITLES = {"mr.", "ms.", "mrs.", "dr.", "mx.", "mr", "ms", "mrs", "dr", "mx"}
HONORIFICS = {
    "assemblymember", "assemblywoman", "assemblyman", "senator", "senators", "sen.", "sens.", "rep.",
    "reps.", "representative", "representatives",
    "judge", "justice", "mayor", "gov.", "governor", "secretary", *_SHORT_TITLES,
    "councilmember", "councilwoman", "councilman", "councillor", "councilor", "supervisor",
    "councilmembers", "councillors", "councilors", "supervisors", "commissioners", "judges",
    "commissioner", "sheriff", "alderman", "alderwoman", "president", "chairman", "chairwoman",
    "professor", "prof.", "gen.", "general",
    "adm.", "sir", "dame", "lord", "lady", "baroness", *(rank.lower() for rank in RANKS),
}  # fmt: skip
_NOT_NAMES = {"", "WORK_OF_ART", "EVENT", "LAW", "LANGUAGE"}  # labels that a person's name given
# one of them has lost ('"...," Ana Morales said' read as the title of a work)
_PEOPLE_OF = {  # "Shareholders of Corrigan Ridge Software voted": people of the company, not its name
    "shareholders", "executives", "employees", "investors", "workers", "officials", "leaders", "members",
    "engineers", "staff", "customers", "users",
}  # fmt: skip
PROGRAM_HEADS = {"program", "programme", "project", "initiative", "operation"}
MAKERS = {"maker", "developer", "creator", "vendor", "seller", "supplier", "manufacturer"}
PEOPLE_HEADS = {  # what a person is said to be besides a job: "Conor Bean, a graduate student"
    "student", "member", "professor", "resident", "activist", "organizer", "lawyer", "attorney",
    "researcher", "scientist", "doctor", "nurse", "volunteer", "veteran", "teacher", "scholar",
    "graduate", "candidate", "analyst", "prosecutor", "technologist", "advocate", "developer",
    "designer", "programmer", "chief", "superintendent", "commissioner", "sheriff", "mayor", "editor",
}  # fmt: skip
_COLLEAGUES = {"colleague", "coworker", "co-worker", "teammate", "manager", "boss", "friend"}
STAFF_WORDS = {
    "employee", "worker", "staff", "staffer", "engineer", "executive", "officer", "president",
    "counsel", "spokesperson", "spokesman", "spokeswoman", "founder", "chairman", "ceo",
    "director", "commissioner", "secretary", "attorney", "lawyer", "analyst", "researcher",
    "scientist", "organizer",
}  # fmt: skip


def display_name(span: Span) -> str:
    """The name a mention gives, without a leading 'the' or a trailing possessive; a capitalized
    'The' inside a sentence is part of the name ('obtained by The Plain Dealer')."""
    doc = span.doc
    tokens = list(span)
    if span.start > 0 and _name_article(doc[span.start - 1]):
        tokens = [doc[span.start - 1], *tokens]
    while tokens and tokens[0].lower_ in ("the", "a", "an") and not _name_article(tokens[0]):
        tokens = tokens[1:]
    while tokens and tokens[-1].text in ("'s", "’s", "'", "’"):
        tokens = tokens[:-1]
    text = "".join(t.text_with_ws for t in tokens).strip()
    return re.sub(r"\s*[’']s\s+(?=administration\b)", " ", text)  # "Trump’s administration"


def _name_article(token) -> bool:
    """A 'The' capitalized where no sentence or quotation begins: part of a name."""
    return (
        token.text == "The"
        and not token.is_sent_start
        and token.doc[token.i - 1].text not in ('"', "“", "‘", "'", ":", "(", "—")
    )


def unlabelled_names(doc: Doc) -> list[tuple[int, int]]:
    """The runs of two or more capitalized proper nouns the model gave no label."""
    runs, start = [], None
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.is_title and not token.ent_type_:
            start = token.i if start is None else start
            continue
        end = token.i if token is not None else len(doc)
        if start is not None and end - start > 1:
            runs.append((start, end))
        start = None
    return runs


def is_title_word(word: str) -> bool:
    return word.lower() in _title_words()


@cache
def _title_words() -> frozenset[str]:
    """The words of job titles: the organization typing's and the roles'."""
    return frozenset(org_typing()["title_words"]) | role_words()


_OPENING_PREPOSITIONS = {
    "inside",
    "within",
    "outside",
    "across",
    "at",
    "in",
    "for",
    "from",
    "among",
    "beyond",
}


def within(span: Span, ranges: list[tuple[int, int]]) -> bool:
    """Whether the span lies inside one of the character ranges (an article's headings)."""
    return any(begin <= span.start_char and span.end_char <= end for begin, end in ranges)


def _first_name_read_as_verb(span: Span, i: int) -> bool:
    """'Ines Galvan-Ruiz', whose first name the tagger took for a verb: a capitalized word opening a
    person's name, before another name word, is part of it."""
    word, doc = span.doc[i], span.doc
    return (
        span.label_ == "PERSON"
        and word.pos_ == "VERB"
        and word.is_title
        and i + 1 < span.end
        and doc[i + 1].pos_ == "PROPN"
        and word.lower_ not in _OPENING_PREPOSITIONS
    )


def trimmed(span: Span) -> Span:
    """A name without the capitalized word that opens a title or sentence before it: 'Inside
    Amazon, a year-old letter ...' is Amazon."""
    start = span.start
    while start < span.end - 1 and (
        span.doc[start].pos_ in ("ADP", "SCONJ", "ADV", "VERB", "AUX", "PRON")
        and not _first_name_read_as_verb(span, start)
        or span.doc[start].is_sent_start
        and span.doc[start].lower_ in _OPENING_PREPOSITIONS
    ):  # "Inside Quillon, they have found allies", also when the model tags "Inside" a name
        start += 1
    titles = (HONORIFICS | TITLES_BEFORE_NAMES) - {"the"}
    while span.label_ == "PERSON" and span.end - start > 2 and span.doc[start].lower_ in titles:
        start += 1  # "Assemblymember Dana Whitfield", "Superintendent Charlie Beck": the name alone
    if span.end - start == 2 and span.doc[start].lower_ in _SHORT_TITLES and span.doc[start + 1].is_title:
        start += 1  # "Ms Hale", "Dr Osei" (British style, which the model runs into the name): Hale
    name = span.doc[start + 1 : span.end]
    if span.label_ == "ORG" and span.doc[start].lower_ in titles and len(name) == 2:
        if all(t.pos_ == "PROPN" and t.is_title for t in name):
            start += 1  # "Spokeswoman Ines Corrado", which the model called an organization
    doc = span.doc
    if span.end - start > 2 and doc[start].lower_ in _QUANTIFIERS and doc[start + 1].lower_ == "of":
        start += 2  # "Several of Amazon's rivals", "Much of Amazon's case": Amazon
    if (  # "Executives of Tessaly Systems": the model ran the people into the name
        span.label_ == "ORG"
        and span.end - start > 2
        and doc[start].lower_ in _PEOPLE_OF  # not "Coalition of Immokalee Workers"
        and doc[start + 1].lower_ == "of"
        and doc[start + 2].pos_ == "PROPN"
    ):
        start += 2
    end = span.end
    while end > start + 1 and doc[end - 1].is_space:  # "...pilot with Lumatic\n\n": a title's last name
        end -= 1
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label=span.label_)


TITLES_BEFORE_NAMES = {  # "Provost Adaeze Nwosu", "Superintendent Larry Snelling": not first names
    "provost", "superintendent", "chancellor", "dean", "pastor", "reverend", "bishop", "rabbi", "imam",
    "father", "sister", "brother", "professor", "sheriff", "chief", "commissioner", "sergeant",
    "detective", "captain", "lieutenant", "deputy", "minister", "premier", "ambassador", "general",
    "colonel", "admiral", "inspector", "trustee", "alderman", "alderwoman", "delegate", "speaker",
    "chairwoman", "chairman", "president", "principal", "officer", "agent", "the", "spokeswoman",
    "spokesman", "spokesperson", "auditor", "comptroller", "treasurer", "controller",
}  # fmt: skip


@cache
def _never_first_names() -> frozenset[str]:
    """Titles, job words and the calendar: words written before a name that are not part of it."""
    titles = HONORIFICS | role_words() | set(org_typing()["title_words"]) | STAFF_WORDS | PEOPLE_HEADS
    return frozenset(titles | TITLES_BEFORE_NAMES | {*WEEKDAYS, *MONTHS})


def with_first_name(span: Span) -> Span:
    """'Valeria [Montes Ibarra]', '[Thea] Salcedo-Hartt': a person's name the model took without the
    first name before it (a capitalized word the parse makes part of the name, not a title or a date)."""
    double_barrelled = (
        len(span) == 3 and span[1].text == "-" and span.label_ == "ORG"
    )  # "[Thea] Salcedo-Hartt"
    if span.start == 0 or span.label_ != "PERSON" and not _one_word_described_as_person(span):
        if not double_barrelled:
            return span
    first = span.doc[span.start - 1]
    if (
        first.pos_ == "PROPN"
        and first.is_title
        and first.is_alpha  # not "Rev."
        and not first.ent_type_
        and first.dep_ == "compound"
        and span.start <= first.head.i < span.end
        and first.lower_ not in _never_first_names()
    ):
        return Span(span.doc, span.start - 1, span.end, label="PERSON")
    return span


def _one_word_described_as_person(span: Span) -> bool:
    """'Mere [Tawhiri], a data engineer in Auckland': a word the model took for an organization's
    name, with a person's word in apposition to it (the first name before it makes it a person's)."""
    people = PEOPLE_HEADS | STAFF_WORDS | role_words()
    described = (c.lemma_.lower() for c in span.root.children if c.dep_ == "appos")
    return len(span) == 1 and any(word in people for word in described)


def people_mislabelled(span: Span) -> list[Span]:
    """A person's name the model took for something else: 'One of the signers, [Marcus Tellerman],
    a data scientist' (a nationality to the model), 'Whitcomb's lawyer, [Nadia Farrokh of the Open
    Oversight Legal Fund]' (one organization to it: the person, then the organization)."""
    doc = span.doc
    people = PEOPLE_HEADS | STAFF_WORDS | role_words()
    named = [t for t in span if t.pos_ == "PROPN" and t.is_title and t.is_alpha]
    described = any(c.dep_ == "appos" and c.lemma_.lower() in people for c in span.root.children)
    standing_for = span.root.dep_ == "appos" and span.root.head.lemma_.lower() in people
    if span.label_ == "NORP" and len(span) in (2, 3) and len(named) == len(span):
        return [Span(doc, span.start, span.end, label="PERSON")] if described or standing_for else [span]
    cut = next((t.i for t in span if t.lower_ == "of"), None)
    if span.label_ != "ORG" or cut is None or cut - span.start != 2:
        return [span]
    typing = org_typing()
    org_words = {w for words in typing["name_words"].values() for w in words}
    heads = {w for words in [*typing["appositive_heads"].values(), typing["part_heads"]] for w in words}
    name, rest = doc[span.start : cut], doc[cut + 1 : span.end]
    rest = rest[1:] if len(rest) > 1 and rest[0].lower_ == "the" else rest
    surname = name[-1].text
    named_alone = any(t.text == surname and not span.start <= t.i < span.end for t in doc)  # "Farrokh said"
    if (
        all(t.pos_ == "PROPN" and t.is_title and t.is_alpha for t in name)
        and not {t.lower_ for t in name} & (org_words | heads | _never_first_names())
        and (described or standing_for or named_alone)
        and rest[-1].lower_ in org_words
        and all(t.is_title or t.lower_ in ("for", "of", "and", "the") for t in rest)
    ):  # "Nadia Farrokh of the Open Oversight Legal Fund", not "Federal Bureau of Investigation"
        return [Span(doc, name.start, name.end, label="PERSON"), Span(doc, rest.start, rest.end, label="ORG")]
    return [span]


_OFFICE_HOLDERS = {
    "director",
    "secretary",
    "commissioner",
    "administrator",
    "general",
    "attorney",
    "governor",
}


def extended(span: Span) -> Span:
    """A name the model cut short: at a hyphen ('Salcedo' + '-Hartt'); an organization's 'Google'
    + 'Cloud' in 'Google Cloud chief executive'; 'the Office of the Director' + 'of National
    Intelligence', an office named for the official who heads it."""
    end = span.end
    doc = span.doc
    while (
        end + 1 < len(doc) and doc[end].text == "-" and not span[-1].whitespace_ and not doc[end].whitespace_
    ):
        if not doc[end + 1].is_title:
            break
        end += 2  # "Salcedo" + "-Hartt": a double-barrelled name the model cut at its hyphen
    if end > span.end:
        return Span(doc, span.start, end, label=span.label_)
    if span.label_ == "ORG" and span[0].lower_ == "office" and span[-1].lower_ in _OFFICE_HOLDERS:
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].is_title:
            end += 1
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
            return Span(doc, span.start, end, label=span.label_)
    while span.label_ == "ORG" and end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        if doc[end].ent_type_ or doc[end].dep_ != "compound" or _seat_title(doc[end]):
            break
        end += 1
    return Span(doc, span.start, end, label=span.label_) if end > span.end else span


def unlabelled_products(doc: Doc) -> list[Span]:
    """Names the model did not label that the text calls a product or program: 'its TensorFlow
    software', 'Skywatch, a camera surveillance program', 'the maker of Pegasus'."""
    found = []
    for token in doc:
        if token.pos_ != "PROPN" or token.ent_type_ or not token.text[0].isupper():
            continue
        if token.dep_ == "compound":
            head = token.head
            named_so = head.pos_ == "PROPN" and head.is_title  # "the Neighbors Portal": one name
            if head.lemma_.lower() in PRODUCT_HEADS and token.i > token.sent.start and not named_so:
                found.append(Span(doc, _name_start(token), token.i + 1, label="PRODUCT"))
        elif any(
            c.dep_ == "appos" and c.lemma_.lower() in PRODUCT_HEADS | PROGRAM_HEADS for c in token.children
        ) or (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_ in MAKERS):
            found.append(Span(doc, _name_start(token), token.i + 1, label="PRODUCT"))
    return found


def _name_start(token: Token) -> int:
    """Where the name ending at this word begins: 'Halo' of "Quillon's Halo Grid camera system"."""
    doc, start = token.doc, token.i
    while start > token.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].is_title:
        start -= 1
    return start


BRAND = re.compile(r"^(?!i)[a-z]{1,2}[A-Z][A-Za-z]+$")  # "xAI", "eBay"; not Apple's "iPhone", "iOS"


def unlabelled_brands(doc: Doc) -> list[Span]:
    """A one-word name written with a small first letter and a capital after it, which the model
    takes for a common noun: an organization unless its context types it otherwise."""
    return [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if BRAND.match(t.text) and not t.ent_type_]


_CAUSE_PEOPLE = {  # "Coldbrook Students for Responsible Technology", "Engineers Without Weapons"
    "students", "workers", "engineers", "employees", "technologists", "researchers", "scientists",
    "designers", "parents", "nurses", "veterans", "developers", "coders", "mothers", "neighbors",
}  # fmt: skip
_CAUSE_WORDS = {"for", "against", "without"}


def unlabelled_cause_groups(doc: Doc) -> list[Span]:
    """A group named for its cause, capitalized whole: '[Coldbrook] Students for Responsible
    Technology', 'Engineers Without Weapons', 'Tech Workers Against Surveillance'."""
    found = []
    for word in doc[:-2]:
        if (
            word.text.lower() not in _CAUSE_PEOPLE
            or not word.is_title
            or doc[word.i + 1].lower_ not in _CAUSE_WORDS
        ):
            continue
        end = word.i + 2
        if doc[end].lower_ in ("a", "the") and end + 1 < len(doc):
            end += 1
        if not doc[end].is_title:
            continue
        while end < len(doc) and (
            doc[end].is_title or doc[end].lower_ == "and" and _name_goes_on(doc, end + 1)
        ):
            end += 1
        start = word.i
        while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
            start -= 1
        found.append(Span(doc, start, end, label="ORG"))
    return found


def _name_goes_on(doc: Doc, i: int) -> bool:
    """After 'and' in a cause's name: 'Students for Justice and Peace' goes on; 'Students for
    Responsible Technology and Engineers Without Weapons' names a second group."""
    if i >= len(doc) or not doc[i].text.istitle():
        return False
    second = doc[i].lower_ in _CAUSE_PEOPLE and i + 1 < len(doc) and doc[i + 1].lower_ in _CAUSE_WORDS
    return not second


def unlabelled_people(doc: Doc) -> list[Span]:
    """A person's full name the model did not label, told by what the sentence does with it: the
    speaker of a verb of saying, a name beside a title ('Ana Ruiz, the group's director,
    wrote ...'), or a surname the article uses for a person elsewhere."""
    titles = STAFF_WORDS | set(org_typing()["title_words"])
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON"}  # "Seth Vargo ...", then "Vargo"
    surnames |= {  # "Tova Reinholt spent ...", then "Reinholt resigned": organizations do not resign
        t.text for t in doc if t.dep_ == "nsubj" and t.pos_ == "PROPN" and t.head.lemma_ in ("resign", "quit")
    }
    found, start = [], None
    for token in [*doc, None]:
        if token is not None and token.pos_ == "PROPN" and token.is_title and token.ent_type_ in _NOT_NAMES:
            start = token.i if start is None else start
            continue
        end = token.i if token is not None else len(doc)
        if start is not None and end - start >= 3 and _seat_title(doc[start]):
            start += 1  # "Council Members Zo Qadri and ...": the name after the title
            after_title = True
        else:
            after_title = start is not None and _title_before_name(doc[start]) and 3 <= end - start <= 4
        if start is not None and (1 <= end - start <= 3 or after_title):
            root = doc[end - 1]
            speaker = root.dep_ == "nsubj" and root.head.lemma_ in _SPEAKING_VERBS
            titled = (
                any(
                    c.dep_ == "appos" and c.lemma_.lower() in titles and not _titles_another(c)
                    for c in root.children
                )
                or (
                    root.dep_ == "appos"  # "A spokesperson for Corbel, Lauren Petty, said"
                    and any(a.lemma_.lower() in titles for a in list(root.ancestors)[:3])
                )
                or root.dep_ == "appos"
                and root.head.lemma_.lower() in PEOPLE_HEADS | _COLLEAGUES
            )  # "My colleague Emeka Obi, who led ...", "a graduate student, Ana Ruiz"
            named = end - start == 2 and root.text in surnames
            named = named or any(  # "Imogen Sato, who co-founded Tidewright": 'who' is said of people
                c.dep_ == "relcl"
                and any(w.lower_ == "who" and w.dep_ in ("nsubj", "nsubjpass") for w in c.children)
                for c in root.children
            )
            if end - start == 1:  # "Lindqvist voted no": a surname alone, as a subject, and only that
                speaker = titled = False
                named = root.text in surnames and root.dep_ in ("nsubj", "nsubjpass")
            if (speaker or titled or named or after_title) and root.head.i not in range(start, end):
                found.append(trimmed(Span(doc, start, end, label="PERSON")))  # without "Councilmember"
        start = None
    return found


def _titles_another(title: Token) -> bool:
    """'seen by Test Wire, Quillon's vice president of people, Dana Pruitt': the title is followed
    by the name it belongs to."""
    after = title.right_edge.i + 1
    doc = title.doc
    return after + 1 < len(doc) and doc[after].text == "," and doc[after + 1].ent_type_ == "PERSON"


def _seat_title(word: Token) -> bool:
    """'Members' in 'Council Members Zo Qadri and Vanessa Fuentes': a seat on a body, before names."""
    return word.lower_ in ("member", "members") and word.i > 0 and word.nbor(-1).lower_ in _SEATED_BODIES


_SEATED_BODIES = {"council", "board", "assembly", "committee", "commission"}


def _title_before_name(word: Token) -> bool:
    """'Mayor' in 'Mayor Renata Solis': a person's title, not the first word of a name."""
    return word.lower_ in HONORIFICS and word.lower_ not in ("general", "justice", "president", "secretary")


@cache
def someone(word: Token) -> bool:
    """'A senior safety researcher at Vantwell': one unnamed person (not 'a group of employees'),
    who is not the company's staff."""
    person = word.lemma_.lower() in PEOPLE_HEADS | STAFF_WORDS | role_words()
    return (
        person
        and word.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in word.children)
    )


def role_words() -> frozenset[str]:
    """The last words of the job titles of patterns/roles.json ('president', 'officer', 'judge')."""
    roles = read_patterns("roles.json")
    return frozenset(p.split()[-1] for k, ps in roles.items() if not k.startswith("_") for p in ps)
