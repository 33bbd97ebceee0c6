"""Reading one parsed article: what each word refers to, and the nodes it introduces.

The `Reader` keeps what a reader keeps in mind while going through a text: who was named last
("he", "its", "the company"), which letter or contract was last spoken of ("the letter", "the
deal"), the groups and policies already introduced. The rules in `events.py` and `relations.py`
ask it to resolve words to nodes and record facts with their evidence.
"""

import re
from dataclasses import dataclass, replace
from datetime import date

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS, XSD
from spacy.tokens import Doc, Span, Token

from kg.extract.article import DATELINE, Article
from kg.extract.dates import MONTHS, WEEKDAYS, relative_day, resolve_date
from kg.extract.entities import Entity, EntityIndex, Mention, is_subclass, name_key, without_initials
from kg.extract.facts import Facts, char_range
from kg.extract.iris import actor_iri, slugify
from kg.extract.pipeline import read_patterns
from kg.extract.quantities import Money, parse_count, parse_money
from kg.extract.syntax import future, hedged, negated, no_longer, prep_object
from kg.namespaces import TW

EMPLOYEE_NOUNS = {
    "employee",
    "worker",
    "staff",
    "staffer",
    "engineer",
    "researcher",
    "scientist",
    "developer",
    "nurse",
    "technician",
    "pilot",
    "designer",
    "programmer",
    "analyst",
    "moderator",
    "caseworker",
    "annotator",
    "labeler",
    "coder",
    "interpreter",
    "translator",
    "linguist",
    "specialist",
    "architect",
    "accountant",
    "clerk",
}
SIGNER_NOUNS = {"signer", "signatory", "signee"}
_DESCRIBING_ORGS = {  # nouns that say what kind of organization the name beside them is
    "newspaper", "paper", "outlet", "publication", "magazine", "site", "broadcaster", "company", "firm",
    "startup", "organization", "nonprofit", "agency", "union", "coalition", "contractor", "vendor", "maker",
}  # fmt: skip
_EVENT_WORDS = read_patterns("events.json")
SAYING_VERBS = frozenset(_EVENT_WORDS["saying_verbs"])
SIGNING_VERBS = set(_EVENT_WORDS["signing_verbs"])
PETITION_NOUNS = frozenset(_EVENT_WORDS["petition_nouns"])
CONTRACT_NOUNS = frozenset(_EVENT_WORDS["contract_nouns"])
QUOTE = re.compile(r"“([^”]{2,}?)”|\"([^\"]{2,}?)\"")  # the words between quotation marks
_CONTRACT_ORDERS = frozenset(_EVENT_WORDS["contract_orders"])


_ANOTHER = {"new", "second", "third", "another", "separate", "additional", "follow-on", "further"}
_SCALE_SUFFIXES = {"m", "mn", "bn", "b", "k"}  # written onto the figure: "£14.6m", "$2bn", "$500k"


def _another(word: Token) -> bool:
    """Whether a contract noun tells of one more contract ('a new $3.4 million task order', 'a
    second contract', 'another deal'), not of one told before ('the new contract')."""
    if word.pos_ != "NOUN" or any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that", "its") for c in word.children
    ):
        return False
    return any(c.dep_ in ("amod", "det") and c.lower_ in _ANOTHER for c in word.children)


def contract_noun(word: Token) -> bool:
    """Whether a word names a contract: 'contract', 'deal', 'license' ..., and a 'task order'."""
    lemma = word.lemma_.lower()
    if lemma == "order":
        return any(c.dep_ in ("compound", "amod") and c.lower_ in _CONTRACT_ORDERS for c in word.children)
    return lemma in CONTRACT_NOUNS


PEOPLE_NOUNS = {  # people who are nobody's staff: counted, they sign petitions too ("6,000 residents")
    "resident", "people", "person", "citizen", "voter", "parent", "student", "neighbor", "neighbour",
    "relative", "academic", "scholar", "professor", "doctor", "physician", "lawyer", "attorney",
    "activist", "investor", "shareholder", "customer", "user", "teacher", "alumnus", "alumni",
    "speaker", "attendee", "author", "artist", "volunteer",
}  # fmt: skip
_BODY_NOUNS = {"office", "department", "agency", "bureau", "board", "commission", "council", "authority"}
_REGIONS = frozenset(read_patterns("org_types.json")["not_cities"])  # states and countries, not cities
_BEING = {"be", "become", "remain", "lie", "sit", "grow", "rank"}  # "Detroit is a city of ...": no act
_OPINING = {"say", "note", "warn", "expect", "predict", "estimate", "believe", "caution", "suggest"}
CROWD_NOUNS = set(_EVENT_WORDS["crowd_nouns"])
_QUANTITIES = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "score", "scores"}
PROTEST_NOUNS = {  # what organizers organize: the walkouts, protests and petitions the rules read,
    *_EVENT_WORDS["walkout_nouns"], *_EVENT_WORDS["protest_nouns"], *_EVENT_WORDS["petition_nouns"],
    "campaign", "boycott", "effort", "action", "march", "union", "drive",  # and what they run them in
}  # fmt: skip
_ORG_NOUNS = {  # a definite "the <noun>" stands for the last organization of that kind
    noun: TW[kind]
    for kind, nouns in read_patterns("org_types.json")["appositive_heads"].items()
    if kind != "Company"
    for noun in nouns
    if noun not in ("group", "organization", "organisation", "campaign", "network", "site", "blog")
}
_SCHOOL_WORDS = {"university", "college"}  # "the university": the one named earlier
REQUESTING = frozenset(_EVENT_WORDS["request_verbs"])  # "asked", "urged": what follows is asked for


_BODY_WORDS = {  # "the ministry", "the commission": a public body named earlier with that word
    word
    for kind in ("GovernmentAgency", "GovernmentOrganization", "Court")
    for word in read_patterns("org_types.json")["name_words"][kind]
    if word.isalpha() and word not in ("state", "house", "government", "administration")
}
_TIME_STAMP = re.compile(
    r"^\d{1,2}:\d{2} ?[ap]\.?m\.?(?= [—–-])", re.IGNORECASE | re.MULTILINE
)  # "7:45 a.m. —"
_DOCUMENTS = (
    {  # a document's participle tells when the words in it were written
        noun for nouns in _EVENT_WORDS["statement_nouns"].values() for noun in nouns
    }
    | set(_EVENT_WORDS["petition_nouns"])
    | {"request", "comment"}
)  # "a request for comment sent on Monday"
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
ORG_PRONOUNS = {"it", "its"}
_STEM = 5  # policies are compared by the first letters of their content words


@dataclass
class Group:
    """A group of people or organizations the text introduces."""

    iri: URIRef
    org: URIRef | None


def stems(text: str) -> frozenset[str]:
    """Content words cut to their first letters: 'separating migrant families' ~ 'family separation'."""
    words = re.findall(r"[a-z]+", text.lower())
    skip = {"the", "of", "and", "from", "their", "its", "policy", "policies", "at", "to", "s", "a", "an"}
    return frozenset(w[:_STEM] for w in words if w not in skip and len(w) > 2)


class Reader:
    """One article's parse, its resolved mentions, and the facts read from it so far."""

    def __init__(self, nlp, doc: Doc, mentions: list[Mention], article: Article, index: EntityIndex) -> None:
        self.make_doc = nlp.make_doc
        self.doc = doc
        self.article = article
        self.index = index
        self.known: Graph = index.known
        self.facts = Facts(article.slug)
        self.mentions = mentions
        self.by_token: dict[int, Mention] = {t.i: m for m in mentions for t in m.span}
        self.described: set[URIRef] = set()
        self._stamps: list[re.Match] | None = None
        self.recent: list[tuple[str, URIRef, int]] = []  # (kind, node, token index) of events and things
        self.groups: dict[tuple, Group] = {}
        self.policies: dict[frozenset, URIRef] = {}
        self.quoted_spans = [m.span(1) if m.group(1) else m.span(2) for m in QUOTE.finditer(doc.text)]
        self.contracts: dict[tuple[URIRef, URIRef | None], URIRef] = {}
        self.quote_speakers: list[tuple[int, int, URIRef]] = []  # character ranges of quotations
        self.title_holders: dict[int, Entity] = {}  # "the company's founder": the one the article names so
        publisher = index.find(article.meta.publisher)  # "seen by Test Wire, ... its": never the newsroom
        self.newsroom = {publisher.iri} if publisher is not None else set()
        self._sentence_numbers = {sentence.start: n for n, sentence in enumerate(doc.sents)}

    # ----------------------------------------------------------------- facts

    def add(self, s, p, o, *where: Span | Token | None, rule: str) -> None:
        """Record a triple, with the words it was read from. An event's date is a day or a month
        (the shapes say so): a year alone ('last year', 'in 2019') dates no event."""
        if p == TW.date and isinstance(o, Literal) and o.datatype == XSD.gYear:
            return
        self.facts.add((s, p, o), char_range(*where), rule)

    def use(self, entity: Entity, where: Span | Token, rule: str = "linking.mention") -> URIRef:
        """Say what an entity is (once), and give its node."""
        if entity.iri not in self.described:
            self.described.add(entity.iri)
            self.add(entity.iri, RDF.type, entity.kind, where, rule=rule)
            if entity.origin != "graph":
                self.add(entity.iri, RDFS.label, Literal(entity.label), where, rule=rule)
                plain = without_initials(entity.label) if entity.kind == TW.Person else None
                if plain is not None:  # what other reporting may call them: found by that name too
                    self.add(entity.iri, SKOS.altLabel, Literal(plain), where, rule=rule)
        return entity.iri

    def remember(self, kind: str, node: URIRef, token: Token) -> None:
        self.recent.append((kind, node, token.i))

    def last(self, kind: str, before: Token | None = None) -> URIRef | None:
        """The node of `kind` ('petition', 'statement', 'contract', ...) spoken of last."""
        limit = before.i if before is not None else len(self.doc)
        for found_kind, node, position in reversed(self.recent):
            if found_kind == kind and position <= limit:
                return node
        return None

    def letter_in_focus(self, pronoun: Token) -> URIRef | None:
        """The petition 'It' stands for, or whose signers 'They' are (see `letter_spoken_of`), if
        the article has one."""
        return self.last("petition", pronoun) if self.letter_spoken_of(pronoun) else None

    def letter_spoken_of(self, pronoun: Token) -> bool:
        """Whether 'It' at the start of a sentence is a letter (or 'They' its signers): after one
        whose subject was a petition noun, that told of a petition signed ('140 employees signed a
        petition to X. It asked ...'), or that a petition was read from ('The signers asked X to
        ... . They also asked her to ...')."""
        sentence, unquoted = pronoun.sent, 0
        while unquoted < 2:  # the sentence before, or the one before that ("GCP stands for ..."),
            if sentence.start == 0:  # not counting the letter's own words quoted between them
                return False
            sentence = self.doc[sentence.start - 1].sent
            unquoted += sentence[0].text not in ('"', "“")
            opening = pronoun.i == pronoun.sent.start  # not "said it would ask Congress"
            if opening and any(
                k == "petition" and sentence.start <= i < sentence.end for k, _, i in self.recent
            ):
                return True
            near_root = [w for c in sentence.root.children for w in (c, *c.children)]
            if any(
                w.lemma_.lower() in PETITION_NOUNS
                and (w.dep_ in ("nsubj", "nsubjpass") or w.dep_ == "dobj" and w.head.lemma_ in SIGNING_VERBS)
                for w in near_root
            ):
                return True
        return False

    def last_of(self, kinds: tuple[str, ...], before: Token) -> str | None:
        """Which of `kinds` was spoken of last before the token."""
        return next((k for k, _, i in reversed(self.recent) if k in kinds and i <= before.i), None)

    def contract_at(self, word: Token) -> URIRef | None:
        """The contract a contract noun was read as ('its contract with X'), if any."""
        return next((n for k, n, i in reversed(self.recent) if k == "contract" and i == word.i), None)

    def sentence_number(self, token: Token) -> int:
        """The position of the token's sentence in the article (0 for the title)."""
        return self._sentence_numbers[token.sent.start]

    # ------------------------------------------------------------ resolution

    def mention(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def _body_described(self, noun: Token, place: Entity) -> Entity | None:
        """The one public body named with the place and every word of the description: 'the
        Pennsylvania custody office' for the Pennsylvania Office of Custody Services."""
        if noun.lemma_.lower() not in _BODY_NOUNS:
            return None
        words = [c.lemma_.lower() for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        words += [noun.lemma_.lower(), *name_key(place.label).split()]
        found = {
            e.iri: e
            for e in self.index.entities.values()
            if e.kind in (TW.GovernmentAgency, TW.GovernmentOrganization)
            and all(any(n.startswith(w) for n in name_key(e.label).split()) for w in words)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def entity(self, token: Token) -> Entity | None:
        """What a word refers to: a name, a pronoun, 'the company', or 'I' inside a quotation."""
        if (found := self.mention(token)) is not None:
            if found.entity.kind == TW.Place and self._city_acting(token, found.entity):
                return self._government_of(found.entity.label)  # "Detroit agreed to pay ...": the city
            return found.entity
        if (holder := self.title_holders.get(token.i)) is not None:
            return holder
        children = sorted(token.children, key=lambda c: c.dep_ != "appos")  # "A Navy spokeswoman, X,": X
        for child in children:  # "the Pentagon contract", "chief executive officer Jeff Bezos"
            if child.dep_ in ("compound", "appos") and (found := self.mention(child)) is not None:
                if found.entity.kind == TW.Place and (body := self._body_described(token, found.entity)):
                    return body  # "the Pennsylvania custody office": the Pennsylvania Office of Custody ...
                if found.entity.kind == TW.Place and token.lemma_ in ("company", "firm", "startup"):
                    continue  # "the Sacramento company": the company at home there, read below
                named_next = found.span.start == token.i + 1  # "the civil-liberties group ACLU"
                owned = any(c.dep_ == "poss" for c in token.children)  # "its charitable arm, X Foundation"
                if child.dep_ == "compound" or found.entity.kind == TW.Person or named_next or owned:
                    return found.entity
                if (
                    token.lemma_.lower() in _DESCRIBING_ORGS
                    and token.tag_ == "NN"
                    and is_subclass(found.entity.kind, TW.Organization, self.index.ontology)
                ):
                    return found.entity  # "the student newspaper, The Ashbury Ledger, reported"
        if token.lemma_.lower() in _SPEAKING_FOR:  # "A spokesperson for the sheriff's office said"
            for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")):
                for word in (c for c in prep.children if c.dep_ == "pobj"):
                    if (found := self.entity(word)) is not None and found.kind != TW.Place:
                        return found
        if token.lemma_ == "group":  # "a group calling itself Microsoft Workers 4 Good"
            for clause in (c for c in token.children if c.dep_ == "acl" and c.lemma_ in ("call", "name")):
                for word in clause.children:
                    if word.dep_ in ("oprd", "dobj") and (found := self.mention(word)) is not None:
                        return found.entity
        if token.lemma_ == "group" and _definite(token) and len(list(token.children)) == 1:
            for kind in (TW.PersonGroup, TW.NonProfit):  # "the group said": the one named last
                if (found := self.focus(token, kind)) is not None:
                    return found
        lower = token.lower_
        if token.lemma_.lower() == "board":  # "told the board": the county board named before, or a company's
            if (board := self._public_board(token) or self._board(token)) is not None:
                return board
        if lower in PERSON_PRONOUNS:
            return self.person_in_focus(token)
        if token.lemma_ == "company" and _definite(token):  # "the company": not the newspaper
            owners = {  # "The Microsoft-owned code hosting company": not Microsoft
                m.entity.iri for t in token.subtree if t.i < token.i and (m := self.mention(t)) is not None
            }
            nearest = self.focus(token, TW.Company, exclude=owners) or self._last_company(token, owners)
            if nearest is not None:
                return self._salient(token, nearest, owners)
            found = self.focus(token, TW.Organization, exclude=owners)  # "the company" is never the state
            return None if found is None or self.public(found) else found
        if lower in ORG_PRONOUNS:
            if lower == "it" and token.dep_ == "nsubj" and (before := self._last_subject(token)) is not None:
                return before  # "The council defended the contract ... It said ...": the council
            if lower == "it" and token.dep_ == "nsubj" and (speaker := self._reporting(token)) is not None:
                return speaker  # "The company said that it will not cancel ...": the company
            return self.focus(token, TW.Organization, prefer_subject=lower == "its", exclude=self.newsroom)
        kind = _ORG_NOUNS.get(token.lemma_.lower())
        modifiers = [c for c in token.children if c.dep_ != "case"]  # "the agency's": the agency
        if kind is not None and _definite(token) and len(modifiers) == 1:
            found = (
                self._described_by_name(token)
                or self.focus(token, kind, skip_wholes=True)
                or self._only(token, kind)
            )
            return found  # "the foundation" (the one named so), "the agency", "the bureau"
        if token.lemma_.lower() == "city" and _definite(token) and len(modifiers) == 1:
            return self._city_government(token)  # "the city's contract", "the city signed"
        if (named := self._described_by_name(token)) is not None:
            return named  # "the sheriff's office", "the police department"
        if lower in ("i", "me", "my", "we", "our"):
            for begin, end, speaker in self.quote_speakers:
                if begin <= token.idx < end:
                    return self.index.entities.get(speaker)
        return None

    def _public_board(self, token: Token) -> Entity | None:
        """'the board' after 'the Kettle River County Board of Commissioners': that public body."""
        if not _definite(token) or any(c.dep_ in ("poss", "compound", "amod") for c in token.children):
            return None
        boards = {
            m.entity.iri: m.entity
            for m in self.mentions
            if m.span.start < token.i and self.public(m.entity) and "board" in m.entity.label.lower().split()
        }
        return next(iter(boards.values())) if len(boards) == 1 else None

    def _board(self, token: Token) -> Entity | None:
        """'the company's board (of directors)', 'Nimbus's board', 'the board' (of the company in
        focus): a part of that organization."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        org = self.entity(owner) if owner is not None else None
        described = any(c.dep_ in ("compound", "amod") for c in token.children)  # "the review board":
        if owner is None and _definite(token) and not described:  # another; "the board": the company's
            owner, org = token, self.focus(token, TW.Company)
        if org is None or not is_subclass(org.kind, TW.Organization, self.index.ontology):
            return None
        board = Entity(URIRef(f"{org.iri}-board"), f"{org.label} board", TW.Organization, "article")
        if board.iri not in self.described:  # typed and named with the tie, never a bare IRI
            self.add(board.iri, TW.componentOf, self.use(org, owner), token, owner, rule="organization.board")
            self.use(board, token)
        return board

    def employer(self, person: URIRef) -> URIRef | None:
        """The organization a person holds a post in, from the positions read so far."""
        posts = (self.facts.value(p, TW.positionIn) for p in self.facts.subjects(TW.holder, person))
        return next((org for org in posts if org is not None), None)

    def focus(
        self,
        token: Token,
        kind: URIRef,
        prefer_subject: bool = False,
        exclude: frozenset | set = frozenset(),
        skip_wholes: bool = False,
    ) -> Entity | None:
        """The entity of `kind` a pronoun most likely means: the sentence's subject, or the last named
        (other than those of `exclude`; with `skip_wholes`, not one named only as what another is part
        of: 'the TSA, a component of the Department of Homeland Security', then 'the agency')."""
        sentence = token.sent
        if prefer_subject:
            clause = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), sentence.root)
            doers = [c for c in clause.children if c.dep_ == "nsubj" and c.i < token.i]
            controlled = clause
            while not doers and controlled.dep_ == "conj":  # "to cancel the event and to end its ..."
                controlled = controlled.head
                doers = [c for c in controlled.children if c.dep_ == "nsubj"]
            asked = not doers and controlled.dep_ == "xcomp" and controlled.head.lemma_ in REQUESTING
            if asked:  # "asked the university to end its contract" (not "hired Deloitte to audit its ...")
                doers = [c for c in controlled.head.children if c.dep_ == "dobj" and c.i < token.i]
            finite = clause.tag_ in ("VBD", "VBZ", "VBP") or any(
                c.dep_ == "aux" and c.lower_ != "to" for c in clause.children
            )
            if clause != sentence.root and (finite or asked):  # "she wrote that the university would
                # keep its contract" (not "helped the Pentagon apply its software": Google's)
                for candidate in doers:
                    entity = self.entity(candidate) if candidate.lower_ not in ORG_PRONOUNS else None
                    if entity and is_subclass(entity.kind, kind, self.index.ontology):
                        return entity
            for candidate in (sentence.root, *sentence.root.children):
                if candidate.dep_ in ("nsubj", "nsubjpass", "ROOT") and candidate.i < token.i:
                    entity = self.entity(candidate) if candidate.lower_ not in ORG_PRONOUNS else None
                    if entity and is_subclass(entity.kind, kind, self.index.ontology):
                        return entity
        for mention in reversed(self.mentions):
            if mention.span.start >= token.i or token.i - mention.span.start > 120:
                continue
            if skip_wholes and _whole_of_a_part(mention.span.root):
                continue
            if (
                is_subclass(mention.entity.kind, kind, self.index.ontology)
                and mention.entity.iri not in exclude
            ):
                return mention.entity
        return None

    def _last_subject(self, token: Token) -> Entity | None:
        """The organization that was the subject of the sentence before, when 'It' opens this one."""
        sentence = token.sent
        if token.i != next((t.i for t in sentence if t.is_alpha), -1) or sentence.start == 0:
            return None
        previous = self.doc[sentence.start - 1].sent
        for subject in (c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")):
            if subject.lower_ in ORG_PRONOUNS:
                return None
            entity = self.entity(subject)
            if entity is not None and is_subclass(entity.kind, TW.Organization, self.index.ontology):
                return entity
        return None

    def _reporting(self, token: Token) -> Entity | None:
        """The organization whose words a clause with subject 'it' reports."""
        clause = token.head
        if clause.dep_ != "ccomp" or clause.head.lemma_ not in SAYING_VERBS:
            return None
        speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
        if speaker is None or speaker.lower_ in ORG_PRONOUNS:
            return None
        entity = self.entity(speaker)
        organization = entity is not None and is_subclass(entity.kind, TW.Organization, self.index.ontology)
        return entity if organization else None

    def _last_company(self, token: Token, exclude: set) -> Entity | None:
        """The company named last before the word, however far back."""
        for mention in reversed(self.mentions):
            if mention.span.start < token.i and mention.entity.kind == TW.Company:
                if mention.entity.iri not in exclude:
                    return mention.entity
        return None

    def in_quotation(self, position: int) -> bool:
        """Whether a character of the text stands between quotation marks."""
        return any(begin <= position < end for begin, end in self.quoted_spans)

    def public(self, entity: Entity | None) -> bool:
        """Whether the entity is a government body (the client of a contract, never 'the company')."""
        return entity is not None and is_subclass(entity.kind, TW.GovernmentOrganization, self.index.ontology)

    def _salient(self, token: Token, nearest: Entity | None, exclude: set) -> Entity | None:
        """'the company': the company named last, unless the article is plainly about another one,
        named at least three times and twice as often so far ('Google', not the 'Google Cloud' of
        a title just before)."""
        if nearest is None:
            return None
        counts: dict[URIRef, int] = {}
        for mention in self.mentions:
            if mention.span.start < token.i and mention.entity.kind == TW.Company:
                counts[mention.entity.iri] = counts.get(mention.entity.iri, 0) + 1
        main = max((iri for iri in counts if iri not in exclude), key=lambda iri: counts[iri], default=None)
        sentence = token.sent
        here = {  # "ordered Meadowlark Data ... while a lawsuit against the company goes on"; not
            m.entity.iri  # "X, an analyst at Halden Securities, asked about the company's work"
            for m in self.mentions
            if sentence.start <= m.span.start < token.i and m.span.root.dep_ in ("nsubj", "nsubjpass", "dobj")
        }
        if nearest.iri in here and main not in here:
            return nearest
        if self._turned_to(token, nearest, main):
            return nearest
        if main is not None and counts[main] >= 3 and counts[main] >= 2 * counts.get(nearest.iri, 0):
            return self.index.entities.get(main, nearest)
        return nearest

    def _turned_to(self, token: Token, nearest: Entity, main: URIRef | None) -> bool:
        """Whether the story has turned to another company: 'Gannetfield Software, a Boston maker of
        human-resources software, took a third path. ... The company has not ended the contract',
        the company the article names most not named again since the other was the subject of one
        of the last three sentences."""
        if main is None or main == nearest.iri:
            return False
        begin = token.sent.start
        for _ in range(3):
            if begin > 0:
                begin = self.doc[begin - 1].sent.start
        recent = [m for m in self.mentions if begin <= m.span.start < token.i]
        turned = [  # the subject of a sentence itself, not of what someone said in it
            i
            for i, m in enumerate(recent)
            if m.entity.iri == nearest.iri
            and m.span.root.dep_ == "nsubj"
            and m.span.root.head == m.span.sent.root
        ]
        return bool(turned) and not any(m.entity.iri == main for m in recent[turned[0] :])

    def _city_acting(self, token: Token, place: Entity) -> bool:
        """Whether a place's name is the subject of what its government does ('Detroit agreed to
        pay', 'Austin let the program lapse'): a city, one the article names a public body of
        ('the Detroit Police Department') or datelines the story in."""
        verb = token.head
        if token.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in _BEING:
            return False
        if name_key(place.label).split()[-1] in ("county", "parish", "state", "province", "district"):
            return False  # "Ashcombe County signed the contract": a county, no city government
        dateline = self._dateline_place()
        datelined = dateline is not None and name_key(dateline) == name_key(place.label)
        return datelined and name_key(place.label) not in _REGIONS or self._city_of_bodies(place)

    def _dateline_place(self) -> str | None:
        """The place of the story's dateline ('CHICAGO (Test Wire) —'), if it has one."""
        opening = self.doc.text.rfind("\n", 0, self.article.body_start) + 1  # the body starts after it
        dateline = DATELINE.match(self.doc.text, opening)
        return dateline["place"] if dateline is not None else None

    def _city_of_bodies(self, place: Entity) -> bool:
        """Whether the article names a public body after this place ('the Detroit Police Department')."""
        key = name_key(place.label)
        return key not in _REGIONS and any(
            self.public(m.entity) and name_key(m.entity.label).startswith(key + " ") for m in self.mentions
        )

    def _government_of(self, place: str) -> Entity:
        """The government of a city, 'City of X', found or added."""
        name = f"City of {place}"
        found = self.index.find(name)
        if found is not None and found.kind == TW.GovernmentOrganization:
            return found
        entity = Entity(actor_iri(name), name, TW.GovernmentOrganization, "article")
        self.index.add(entity)
        return entity

    def _city_government(self, token: Token) -> Entity | None:
        """'the city's contract', 'the city signed': the city government or council named last, or
        the government of the city the story is datelined in ('CHICAGO (Test Wire) —')."""
        named = [  # not one its sentence names beside it ("In a memo to the City Council, the city said")
            m.entity
            for m in self.mentions
            if m.span.start < token.sent.start
            and m.entity.kind == TW.GovernmentOrganization
            and (
                m.entity.label.lower().startswith("city of ")
                or m.entity.label.lower().endswith("city council")
            )
        ]
        if named:
            return named[-1]
        if (dateline := self._dateline_place()) is not None:
            return self._government_of(dateline.title())
        cities = {  # the one city whose public bodies the article names ("the Detroit Police Department")
            m.entity.label
            for m in self.mentions
            if m.span.start < token.i and m.entity.kind == TW.Place and self._city_of_bodies(m.entity)
        }
        return self._government_of(cities.pop()) if len(cities) == 1 else None

    def _only(self, token: Token, kind: URIRef) -> Entity | None:
        """The one organization of `kind` named earlier in the article, however far back."""
        found = {
            m.entity.iri: m.entity
            for m in self.mentions
            if m.span.start < token.i and is_subclass(m.entity.kind, kind, self.index.ontology)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _described_by_name(self, token: Token) -> Entity | None:
        """'the sheriff's office', 'the police department', 'the bureau': a definite description
        whose words are all words of one organization's name named earlier ('Harlow County
        Sheriff's Office'), or, for a public body, named later in the article."""
        if token.pos_ != "NOUN" or not token.is_lower:
            return None
        modifiers = [c for c in token.children if c.dep_ in ("compound", "poss", "amod")]
        if len(modifiers) > 1 or modifiers and (not modifiers[0].is_lower or modifiers[0].pos_ != "NOUN"):
            return None
        if not modifiers and token.lemma_.lower() not in _ORG_NOUNS.keys() | _BODY_WORDS | _SCHOOL_WORDS:
            return None
        if not (_definite(token) or modifiers and _definite(modifiers[0])):
            return None
        words = {w.lemma_.lower()[:5] for w in (token, *modifiers)}
        named = [
            m
            for m in self.mentions
            if is_subclass(m.entity.kind, TW.Organization, self.index.ontology)
            and words <= {w[:5] for w in re.findall(r"[a-z]+", m.entity.label.lower())}
        ]
        school = token.lemma_.lower() if token.lemma_.lower() in _SCHOOL_WORDS else None
        if school is not None:  # "the college": a college by name, no "Collective"
            named = [m for m in named if school in re.findall(r"[a-z]+", m.entity.label.lower())]
        found = {m.entity.iri: m.entity for m in named if m.span.start < token.i}
        if not found:  # "the police department's contract", the department named in full further on
            found = {m.entity.iri: m.entity for m in named if self.public(m.entity)}
        return next(iter(found.values())) if len(found) == 1 else None

    def person_in_focus(self, token: Token) -> Entity | None:
        """Whom 'he' or 'her' means: the last person who was a subject (of this sentence before the
        pronoun, or of the one before), else the last person named."""
        sentences = [token.sent]
        if token.sent.start > 0:
            sentences.append(self.doc[token.sent.start - 1].sent)
        for sentence in sentences:
            subjects = [
                m for m in self.mentions
                if m.span.sent == sentence and m.span.start < token.i and m.entity.kind == TW.Person
                and _subject(m.span.root)
            ]  # fmt: skip
            main = [m for m in subjects if m.span.root.head == sentence.root]
            if main and sentence != token.sent:  # "X said the group ..., which Y said ...": X
                return main[-1].entity
            if subjects:
                return subjects[-1].entity
            pronouns = [  # "She said ...", then '"...," she said': the one the first "she" was
                t for t in sentence
                if t.i < token.i and t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass")
            ]  # fmt: skip
            if pronouns and sentence != token.sent:
                return self.person_in_focus(pronouns[0])
        return self.focus(token, TW.Person)

    def agent(self, token: Token | None, where=None) -> URIRef | None:
        """The node of an acting entity or group the word stands for, typed on first use."""
        if token is None:
            return None
        entity = self.entity(token)
        if entity is not None and entity.kind != TW.Place:  # "Lakemont residents": not Lakemont
            if token.dep_ == "compound" and is_subclass(entity.kind, TW.Technology, self.index.ontology):
                return None  # "internal Slack messages": written on Slack, not by it ("Twitter said" is)
            return self.use(entity, where or token)
        group = self.group(token)
        return group.iri if group else None

    def people_of(self, token: Token) -> URIRef | None:
        """The organization a group's people belong to: 'Salesforce employees', 'employees of X'."""
        for child in token.children:
            if child.dep_ in ("compound", "poss", "amod", "nmod") and (entity := self.entity(child)):
                if is_subclass(entity.kind, TW.Organization, self.index.ontology):
                    return self.use(entity, child)
            if child.dep_ == "prep" and child.lower_ in ("of", "at", "from"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (entity := self.entity(pobj)):
                        return self.use(entity, pobj)
        if token.lemma_.lower() == "analyst" and token.dep_ == "nsubj" and _opines(token.head):
            return None  # "Analysts said": outside ones, not the company's own
        focus = self.focus(token, TW.Company) or self.focus(token, TW.Organization)
        return self.use(focus, token) if focus else None

    # ----------------------------------------------------------------- nodes

    def group(self, token: Token, specific: bool = False) -> Group | None:
        """The group of people a noun phrase like 'more than 650 Salesforce employees' names."""
        members = [c for p in token.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"]
        if token.lemma_ in ("group", "number", "total", "dozen", "hundred", "thousand") and members:
            return self.group(members[0], specific=True) or None
        if token.pos_ == "NUM" and members and (whole := self.group(members[0])) is not None:
            return self._part_of(token, whole)  # "Nine of the signers"
        if token.lemma_.lower() in SIGNER_NOUNS and _definite(token):
            petition = self.last("petition", token)  # "the signers": those of the petition just spoken of
            signers = self.facts.value(petition, TW.agent) if petition is not None else None
            return Group(signers, self.facts.value(signers, TW.membersWorkFor)) if signers else None
        organizing = token.lemma_.lower() == "organizer" or organizes(token)
        counted_members = token.lemma_.lower() == "member" and (  # "the 12 members", "the departing members"
            self.count(token) is not None or _definite(token) and self.last("group", token) is not None
        )
        public = (  # "a petition signed by more than 6,000 residents": they sign, not speak or act
            token.lemma_.lower() in PEOPLE_NOUNS and self.count(token) is not None and _signing(token)
        ) or crowd(token)  # "about 30 protesters gathered outside": nobody's staff either
        if token.lemma_.lower() == "group" and _definite(token) and not members:
            return self._group_just_told(token)  # "The group, made up of engineers and designers, ..."
        working = _working_at(token)  # "150 graduate students who work as assistants at X": X's staff
        staff = token.lemma_.lower() in EMPLOYEE_NOUNS or working is not None
        if not (staff or organizing or counted_members or public):
            return self._counted_again(token) if specific or token.dep_ == "nsubj" else None
        count = self.count(token)
        companion = self._named_with_others(token)  # "Ms. Hu and 19 other speakers": twenty
        if companion is not None and count is not None and count.qualifier is None:
            count = replace(count, value=count.value + 1)
        explicit = any(c.dep_ in ("compound", "poss", "prep") for c in token.children)
        if count is None and _definite(token) and not explicit and (earlier := self.last("group", token)):
            if not organizing:
                return Group(earlier, None)  # "The workers asked ...": the group just spoken of
        org = self.people_of(token) if token.lemma_.lower() != "organizer" and not public else None
        if working is not None and (employer := self.entity(working)) is not None:
            org = self.use(employer, working)
        phrase = _phrase(token)
        if companion is not None:  # "Ms. Hu and 19 other speakers", all of it
            phrase = self.doc[companion.span.start : phrase.end]
        if count is None and not specific and not _quantified(token) and not organizing:
            return self.employees(org, token) if org else None
        key = ("organizers",) if organizing else (token.i,)  # one group of organizers per article
        if key in self.groups:
            self._named_members(self.groups[key].iri, token)
        else:
            node = self.facts.node("group")
            org_label = self.index.entities[org].label if org in self.index.entities else None
            label = f"{org_label} employees ({phrase.text})" if org_label else phrase.text
            self.facts.describe(node, TW.PersonGroup, label, char_range(phrase), "group.noun-phrase")
            if org:
                self.add(node, TW.membersWorkFor, org, phrase, rule="group.employer")
            if count is not None:
                self.count_members(node, count, phrase)
            for word in token.sent:  # "Two engineers, including team lead Priya Raman"
                if word.lower_ == "including" and word.head in (token, token.head):
                    member = next(
                        (self.mention(w) for w in word.doc[word.i + 1 : word.i + 6] if self.mention(w)), None
                    )
                    if member is not None and member.entity.kind == TW.Person:
                        self.add(node, TW.hasMember, self.use(member.entity, member.span), word, member.span,
                                 rule="group.including")  # fmt: skip
            self._named_members(node, token)
            if companion is not None:
                member = self.use(companion.entity, companion.span)
                self.add(node, TW.hasMember, member, companion.span, token, rule="group.named-with-others")
            self.groups[key] = Group(node, org)
            self.remember("group", node, token)
        return self.groups[key]

    def _named_with_others(self, token: Token) -> Mention | None:
        """The person named before 'and 19 other speakers', 'and two other engineers'."""
        if token.dep_ != "conj" or not any(c.dep_ == "amod" and c.lower_ == "other" for c in token.children):
            return None
        found = self.mention(token.head)
        return found if found is not None and found.entity.kind == TW.Person else None

    def _group_just_told(self, token: Token) -> Group | None:
        """The people 'the group' means: those this sentence or the two before spoke of, when no
        organization was named before it in its sentence ('a lawyer for the Justice Center said the
        group ...': the center)."""
        found = next(((n, i) for k, n, i in reversed(self.recent) if k == "group" and i < token.i), None)
        if found is None or self.sentence_number(token) - self.sentence_number(self.doc[found[1]]) > 2:
            return None
        for word in self.doc[max(found[1] + 1, token.sent.start) : token.i]:
            mention = self.mention(word)
            if mention is not None and mention.entity.kind not in (TW.Person, TW.Place):
                return None
        return Group(found[0], None)

    def count_members(self, node: URIRef, count, words: Span) -> None:
        """A group's head count and its bound ('more than 650': 650, tw:MoreThan)."""
        self.add(node, TW.memberCount, Literal(count.value, datatype=XSD.integer), words, rule="count")
        if count.qualifier is not None:
            self.add(node, TW.countQualifier, count.qualifier, words, rule="count")

    def organizers(self, token: Token) -> Group:
        """The people who organized the article's protest: one group per article."""
        if ("organizers",) not in self.groups:
            node = self.facts.node("group")
            self.facts.describe(node, TW.PersonGroup, "Organizers", char_range(token), "group.organizers")
            self.groups[("organizers",)] = Group(node, None)
        return self.groups[("organizers",)]

    def _named_members(self, node: URIRef, token: Token) -> None:
        """People a group's noun phrase names after a comma: 'Two engineers who had organized the
        petition, Marcus Bell and Jun Park, told ...', 'Union organizers, among them X and Y, ...'."""
        sentence = token.sent
        comma = next((t for t in self.doc[token.i + 1 : sentence.end] if t.text == ","), None)
        if comma is None or any(
            (m := self.mention(t)) is not None and m.entity.kind == TW.Person
            for t in self.doc[token.i : comma.i]
        ):
            return
        people, title = [], False
        for word in self.doc[comma.i + 1 : sentence.end]:
            mention = self.mention(word)
            if mention is not None and mention.entity.kind == TW.Person:
                if not people or people[-1][0] is not mention:
                    people.append((mention, word))
                title = False
            elif word.lower_ in ("and", "among", "them", "including", "both") or word.text == ",":
                if word.text == "," and people and not title:
                    if self.doc[word.i + 1].lower_ != "and" and self.mention(self.doc[word.i + 1]) is None:
                        break
                title = False
            elif (
                word.is_lower
                and word.is_alpha
                and any(
                    (m := self.mention(t)) is not None and m.entity.kind == TW.Person
                    for t in self.doc[word.i + 1 : min(word.i + 4, sentence.end)]
                )
            ):
                title = True  # "software lead Devon Achebe"
            else:
                break
        else:
            word = None
        if word is None or word.text not in (",", ":", "\u2014", "-") or not people:
            return
        for mention, where in people:
            self.add(node, TW.hasMember, self.use(mention.entity, mention.span), where,
                     rule="group.named-members")  # fmt: skip

    def _counted_again(self, token: Token) -> Group | None:
        """'250 employees walked out, and more than a dozen have resigned': a count standing alone
        as a subject counts the people the sentence named before it."""
        counting = token.lemma_ in ("dozen", "hundred", "thousand") or token.pos_ == "NUM"
        of_them = [  # "more than 1,100 of them signed", the people named the sentence before
            p for p in token.children if p.lower_ == "of" and any(c.lower_ == "them" for c in p.children)
        ]
        if not counting or any(c.dep_ == "prep" and c not in of_them for c in token.children):
            return None
        start = token.sent.start
        if of_them and start > 0:
            start = token.doc[start - 1].sent.start
        named = [t for t in token.doc[start : token.i] if t.lemma_.lower() in EMPLOYEE_NOUNS]
        count = self.count(token)
        if not named or count is None or (org := self.people_of(named[-1])) is None:
            return None
        if of_them and count.value < 2:
            return None  # "One of them, product manager Henrik Lindqvist, wrote": a person
        key = (token.i,)
        if key not in self.groups:
            phrase = _phrase(token)
            node = self.facts.node("group")
            self.facts.describe(node, TW.PersonGroup, phrase.text, char_range(phrase), "group.counted-again")
            self.add(node, TW.membersWorkFor, org, phrase, named[-1], rule="group.counted-again")
            self.count_members(node, count, phrase)
            self.groups[key] = Group(node, org)
            self.remember("group", node, token)
        return self.groups[key]

    def _part_of(self, token: Token, whole: Group) -> Group:
        """'Nine of the signers': a group of that many, working where the whole group works."""
        key = (token.i,)
        if key not in self.groups:
            phrase = _phrase(token)
            node = self.facts.node("group")
            self.facts.describe(node, TW.PersonGroup, phrase.text, char_range(phrase), "group.part-of")
            count = self.count(token) or parse_count(token.text)  # "more than 300 of its employees"
            if count is not None:
                self.count_members(node, count, phrase)
            if whole.org is not None:
                self.add(node, TW.membersWorkFor, whole.org, phrase, rule="group.part-of")
            self.groups[key] = Group(node, whole.org)
            self.remember("group", node, token)
        return self.groups[key]

    def employees(self, org: URIRef, token: Token) -> Group:
        """All of an organization's employees: one node per organization, shared across articles."""
        key = ("employees", org)
        if key not in self.groups:
            node = URIRef(f"{org}-employees")
            org_label = (
                self.index.entities[org].label if org in self.index.entities else str(org).rsplit("/")[-1]
            )
            if (node, RDF.type, None) not in self.known:
                self.facts.describe(
                    node, TW.PersonGroup, f"{org_label} employees", char_range(token), "group.employees"
                )
            self.add(node, TW.membersWorkFor, org, token, rule="group.employees")
            self.groups[key] = Group(node, org)
        return self.groups[key]

    def count(self, token: Token):
        """The head count in a noun phrase: 'more than 650', 'About 4,000', 'About a dozen'."""
        for ent in self.doc.ents:
            if ent.label_ == "CARDINAL" and ent.end <= token.i + 1 and ent.start >= token.left_edge.i:
                return parse_count(ent.text)
        numbers = [t for t in token.children if t.dep_ == "nummod"]
        if numbers:
            return parse_count(" ".join(t.text for t in numbers[0].subtree))
        return None

    def counted_back(self, token: Token) -> list[URIRef]:
        """'The three groups' after a sentence naming three organizations: those organizations."""
        count = self.count(token)
        if not any(c.lower_ == "the" for c in token.children) or count is None or count.qualifier is not None:
            return []
        kinds = _COUNTED_KINDS.get(token.lemma_.lower())
        if kinds is None:
            return []
        here = self.sentence_number(token)
        named: list[URIRef] = []
        for mention in self.mentions:
            if self.sentence_number(mention.span[0]) != here - 1 or mention.entity.kind not in kinds:
                continue
            if (node := self.use(mention.entity, mention.span)) not in named:
                named.append(node)
        return named if len(named) == count.value else []

    def people_group(self, token: Token, rule: str) -> URIRef:
        """A group of people named only by what they are: 'mathematicians', 'more than 40 nurses'."""
        phrase = _phrase(token)
        node = self.facts.node("group")
        self.facts.describe(node, TW.PersonGroup, phrase.text, char_range(phrase), rule)
        if (count := self.count(token)) is not None:
            self.count_members(node, count, phrase)
        return node

    def organization_group(self, token: Token, rule: str) -> URIRef:
        """A group of organizations named only by a description: 'organizations supporting families'."""
        phrase = _phrase(token)
        text = re.sub(r"^(the|a|an|other|several|many)\s+", "", phrase.text.strip(), flags=re.I)
        node = self.facts.node("organizations")
        self.facts.describe(node, TW.OrganizationGroup, text[:1].upper() + text[1:], char_range(phrase), rule)
        members = prep_object(token, "of")  # "a coalition of 85 groups": the count is of its members
        count = self.count(token) or (self.count(members) if members is not None else None)
        if count is not None:
            self.add(node, TW.memberCount, Literal(count.value, datatype=XSD.integer), phrase, rule="count")
            if count.qualifier is not None:
                self.add(node, TW.countQualifier, count.qualifier, phrase, rule="count")
        return node

    def policy(self, token: Token) -> URIRef | None:
        """A policy a noun phrase names: 'the administration's policy of separating migrant families'."""
        phrase = _phrase(token, drop_relative=True)
        words = [t for t in phrase if t.dep_ not in ("det", "poss", "case") and not self.mention(t)]
        text = "".join(t.text_with_ws for t in words).strip(" ,")
        key = stems(text)
        if len(key) < 2:
            return None
        node = next((n for k, n in self.policies.items() if len(key & k) >= min(2, len(k))), None)
        if node is None:
            for entity in self.index.entities.values():
                if entity.kind == TW.Policy and (k := stems(entity.label)) and len(key & k) >= min(2, len(k)):
                    node = self.use(entity, phrase, rule="policy.linked")
                    break
        if node is None:
            label = text[:1].upper() + text[1:]
            node = actor_iri(label)
            self.facts.describe(node, TW.Policy, label, char_range(phrase), "policy.noun-phrase")
        self.policies[key] = node
        for child in token.children:
            if child.dep_ == "poss" and (owner := self.entity(child)):
                self.add(node, TW.policyOf, self.use(owner, child), child, token, rule="policy.owner")
        return node

    def money(self, tokens: Span | Token) -> URIRef | None:
        """A monetary amount node for the first sum of money within the words."""
        found = self.sum_in(tokens)
        if found is None:
            return None
        ent, money = found
        node = self.facts.node("amount")
        label = f"{money.value:,} {money.currency}"
        self.facts.describe(node, TW.MonetaryAmount, label, char_range(ent), "money")
        self.add(node, TW.amountValue, Literal(money.value, datatype=XSD.decimal), ent, rule="money")
        self.add(node, TW.currency, Literal(money.currency), ent, rule="money")
        return node

    def add_sum(
        self, node: URIRef, predicate: URIRef, words: Span | Token, *where, rule: str
    ) -> URIRef | None:
        """Give `node` the sum of money within `words` as its `predicate` ('contractValue'), one
        amount node however often the article repeats the same sum for it."""
        found = self.sum_in(words)
        if found is None:
            return None
        amount = next((a for a in self.facts.objects(node, predicate) if self.holds_sum(a, found[1])), None)
        if amount is None:
            amount = self.money(words)
        self.add(node, predicate, amount, *where, words, rule=rule)
        return amount

    def holds_sum(self, amount: URIRef, money: Money) -> bool:
        """Whether an amount node of this article is that sum, in that currency."""
        return self.facts.value(amount, TW.amountValue) == Literal(
            money.value, datatype=XSD.decimal
        ) and self.facts.value(amount, TW.currency) == Literal(money.currency)

    def named_member(self, event: URIRef, who: Token, where: Token, rule: str) -> bool:
        """'Hana Whitlock, a mapping engineer who signed the letter': the person named (beside the
        noun of the relative clause, or by it) becomes a member of the group that did the event.
        False where no person is named or the event has no group of people."""
        name = who.head if who.dep_ == "appos" and who.tag_ == "NN" else who
        person = self.entity(name)
        groups = [
            g
            for g in self.facts.objects(event, TW.agent)
            if (g, RDF.type, TW.PersonGroup) in self.facts.triples
        ]
        if person is None or person.kind != TW.Person or not groups:
            return False
        self.add(groups[0], TW.hasMember, self.use(person, name), name, where, rule=rule)
        return True

    def sum_in(self, tokens: Span | Token) -> tuple[Span, Money] | None:
        """The first sum of money within the words, and its value (no node made)."""
        span = tokens if isinstance(tokens, Span) else self.doc[tokens.left_edge.i : tokens.right_edge.i + 1]
        for ent in self.doc.ents:
            if ent.label_ == "MONEY" and ent.start >= span.start and ent.end <= span.end:
                if ent.start > 0 and self.doc[ent.start - 1].is_currency:  # "$" the model left out
                    ent = self.doc[ent.start - 1 : ent.end]
                after = self.doc[ent.end] if ent.end < len(self.doc) else None
                if after is not None and not ent[-1].whitespace_ and after.lower_ in _SCALE_SUFFIXES:
                    ent = self.doc[ent.start : ent.end + 1]  # "£14.6m", "$2bn": the scale the model left out
                money = parse_money(ent.text)
                return (ent, money) if money is not None else None
        return None

    def date(self, token: Token, upcoming: bool = False) -> tuple[Literal, Span] | None:
        """The date attached to a word: a DATE entity among its children's phrases; else the day
        of the clause it is in ('began last Thursday, when 143 engineers signed'), of the verb
        of saying that tells it as still to come ('said on Wednesday that it would give'), or of
        the verb it is coordinated with ('walked out on Tuesday and rallied')."""
        for ent in self.doc.ents:
            inside = token.left_edge.i <= ent.start <= token.right_edge.i
            if ent.label_ not in ("DATE", "TIME") or not inside:
                continue
            head, ending = ent.root, False
            while head.head != head and head.head.i != token.i and _carries_date(head):
                head = head.head
                ending = ending or head.lower_ in ("through", "until", "till", "by")  # "to answer by
                # Feb. 22": a deadline; "By Wednesday, two had quit": done that day or before, no day
            if ending and not upcoming:
                continue  # "would honor the subcontract through its end in March": when it ends
            if _reported(head) and head.head.i == token.i and head.i != ent.root.i:
                continue  # "told the council that he had quit in April": the day of what was said
            if head.head.i == token.i or head.i == token.i:
                resolved = self._resolve(ent, upcoming)
                if resolved is not None:
                    return resolved, ent
        for word in _date_sources(token):
            if (found := self.date(word, upcoming)) is not None:
                return found
        at_the_time = next(
            (c for c in token.children if c.lower_ == "at" and any(p.lower_ == "time" for p in c.children)),
            None,
        )
        if at_the_time is not None and (earlier := self._last_date(at_the_time.idx)) is not None:
            return earlier, self.doc[at_the_time.i : at_the_time.right_edge.i + 1]  # "ICE said at the time"
        return self._relative_date(token) or self._live_update_day(token)

    def _live_update_day(self, token: Token) -> tuple[Literal, Span] | None:
        """'4:20 p.m. — Thorne has written to staff again.': an update of a live blog, timed on the
        day it is published, tells what happened that day (unless it says another day or what is
        still to come); so do the paragraphs under an update's timed heading ('9:00 a.m. - Meeting
        opens', then the paragraphs of that update)."""
        paragraph = self.doc.text.rfind("\n", 0, token.idx) + 1
        if paragraph < self.article.body_start or future(token):
            return None
        stamps = [m for m in self._timed_lines() if m.start() <= paragraph]
        stamp = stamps[-1] if stamps else None
        if stamp is None:
            return None
        words = self.doc.char_span(stamp.start(), stamp.end(), alignment_mode="contract")
        if words is None:
            return None
        return Literal(self.article.meta.published, datatype=XSD.date), words

    def _timed_lines(self) -> list[re.Match]:
        """The time stamps that open lines of the body, in text order."""
        if self._stamps is None:
            self._stamps = list(_TIME_STAMP.finditer(self.doc.text, self.article.body_start))
        return self._stamps

    def _dates_before(self, before: int, after: int | None = None) -> list[Literal]:
        """The dates the article's body named before this position (and from `after` on), in text
        order."""
        begin = max(self.article.body_start, after or 0)
        return [
            resolved
            for ent in self.doc.ents
            if ent.label_ == "DATE" and begin <= ent.start_char < before and not _deadline(ent)
            if (resolved := resolve_date(ent.text, self.article.meta.published)) is not None
        ]

    def _last_date(self, before: int) -> Literal | None:
        """The last date (of any precision) the article's body named before this position."""
        dates = self._dates_before(before)
        return dates[-1] if dates else None

    def _resolve(self, ent: Span, upcoming: bool = False) -> Literal | None:
        """A DATE or TIME mention as a date: by the calendar, or counted from the last day named
        before it ('the same day', 'the next day', 'that morning')."""
        published = self.article.meta.published
        if (told := self._narrated_month(ent)) is not None:
            return told
        calendar = ent.label_ == "DATE" or any(w.lower_ in WEEKDAYS for w in ent)  # "Late Thursday" (TIME)
        resolved = resolve_date(ent.text, published, upcoming=upcoming) if calendar else None
        months = ent.text.lower().endswith("month")  # "that same month": a month named before will do
        if resolved is None and (anchor := self._last_day(ent.start_char, months)) is not None:
            resolved = relative_day(ent.text, anchor)
        return resolved

    def _narrated_month(self, ent: Span) -> Literal | None:
        """'In March 2019, ... learned of it that May', 'Adjei left in March 2021. The following
        June, ...': a month told in the story's own time, that of the last date named with its
        year, not the last such month before the publication day."""
        if len(ent) != 1 or ent[0].lower_ not in MONTHS or ent.start < 2:
            return None
        before = self.doc[ent.start - 1]
        following = before.lower_ in ("following", "next") and self.doc[ent.start - 2].lower_ == "the"
        if not (before.lower_ == "that" and ent[0].dep_ not in ("nsubj", "nsubjpass") or following):
            return None  # not 'said that September was the busiest month'
        dated = [
            e for e in self.doc.ents if e.label_ == "DATE" and e.end <= ent.start and _YEAR.search(e.text)
        ]
        anchor = resolve_date(dated[-1].text, self.article.meta.published) if dated else None
        if anchor is None:
            return None
        year, month = int(str(anchor)[:4]), int(str(anchor)[5:7] or 12)
        told = MONTHS.index(ent[0].lower_) + 1
        year += following and told <= month
        return Literal(f"{year:04d}-{told:02d}", datatype=XSD.gYearMonth)

    def _last_day(self, before: int, months: bool = False):
        """The last day (not month or year; with `months`, a month too, as its first day) the
        article's body named before this position."""
        anchor = None
        for found in self._dates_before(before):
            if found.datatype == XSD.date:
                anchor = found.toPython()
            elif months and found.datatype == XSD.gYearMonth:
                anchor = date(*map(int, str(found).split("-")), 1)
        paragraph = self.doc.text.rfind("\n", 0, before)
        nearest = self._dates_before(before, after=paragraph)
        if nearest and nearest[-1].datatype != XSD.date and not months:
            return None  # "Last month, ... In an email sent a week later": no day to count from
        return anchor

    def _relative_date(self, token: Token) -> tuple[Literal, Span] | None:
        """'A day later, about 120 engineers staged a walkout': the day of a sentence that opens
        by counting from the last day named before it, for the sentence's main verb."""
        sentence = token.sent
        if token != sentence.root and not (token.dep_ == "conj" and token.head == sentence.root):
            return None
        months = re.match(r"(the same|that(?: same)?) month\b", sentence.text.strip(), re.IGNORECASE)
        anchor = self._last_day(sentence.start_char, months=months is not None)
        resolved = relative_day(sentence.text, anchor) if anchor is not None else None
        if resolved is None:
            return None
        words = sentence[: next((t.i - sentence.start for t in sentence if t.is_punct), 2)]
        return resolved, words

    def contract(self, contractor: URIRef | None, client: URIRef | None, where: Token) -> URIRef | None:
        """The contract between two parties: the graph's, this article's, or a new one (none when
        both sides are read as the same actor: a contract has two parties)."""
        if contractor is None or contractor == client:
            return None
        key = (contractor, client)
        another = key in self.contracts and _another(where)  # "a new task order" of the same two
        if key in self.contracts and not another:
            return self.contracts[key]
        if client is None:
            for (known_contractor, _), node in reversed(self.contracts.items()):
                if known_contractor == contractor:
                    return node
            return None
        for node in self.known.subjects(TW.contractor, contractor) if not another else ():
            if (node, TW.client, client) in self.known:
                self.contracts[key] = node
                self.add(node, RDF.type, TW.Contract, where, rule="contract.linked")
                self.add(node, TW.contractor, contractor, where, rule="contract.linked")
                self.add(node, TW.client, client, where, rule="contract.linked")
                return node
        names = [self.label_of(contractor), self.label_of(client)]
        base = node = URIRef(f"{contractor}-{slugify(names[1])}-contract")
        number = 1
        while another and ((node, RDF.type, TW.Contract) in self.known or self.facts.value(node, RDF.type)):
            number += 1  # the pair's next contract, numbered past this article's and the graph's
            node = URIRef(f"{base}-{number}")
        self.facts.describe(
            node, TW.Contract, f"{names[0]} contract with {names[1]}", char_range(where), "contract"
        )
        self.add(node, TW.contractor, contractor, where, rule="contract")
        self.add(node, TW.client, client, where, rule="contract")
        self.contracts[key] = node
        return node

    def label_of(self, node: URIRef) -> str:
        """The name of a node, for the labels of the nodes made from it."""
        entity = self.index.entities.get(node)
        if entity is not None:
            return entity.label
        return str(
            self.facts.value(node, RDFS.label) or self.known.value(node, RDFS.label) or node.rsplit("/")[-1]
        )

    def hedge(self, node: URIRef, verb: Token) -> None:
        """Mark an event the text reports as hearsay ('reportedly')."""
        if hedged(verb):
            self.add(node, TW.reportedly, Literal(True), verb, rule="event.reportedly")

    def dated(self, node: URIRef, *words: Token | None, rule: str) -> None:
        """Give an event the date attached to the first of the words that has one."""
        for word in words:
            if word is not None and (found := self.date(word)) is not None:
                self.add(node, TW.date, found[0], found[1], word, rule=rule)
                return

    def event(self, kind: URIRef, name: str, label: str, where: Span | Token, rule: str) -> URIRef:
        """A new event node of this article, typed, labelled and cited."""
        node = self.facts.node(name)
        self.facts.describe(node, kind, label, char_range(where), rule)
        self.add(node, TW.reportedIn, self.article.iri, where, rule=rule)
        return node


def _working_at(token: Token) -> Token | None:
    """The employer word of 'students who work as research assistants at Harlow State University'
    (None without a relative clause of working, or without an employer; never a person's name)."""
    if token.pos_ != "NOUN":
        return None
    for clause in token.children:
        if clause.dep_ == "relcl" and clause.lemma_ == "work" and not (negated(clause) or no_longer(clause)):
            for prep in clause.children:
                if prep.dep_ == "prep" and prep.lower_ in ("at", "for"):
                    return next((o for o in prep.children if o.dep_ == "pobj"), None)
    return None


def _deadline(ent: Span) -> bool:
    """'cancel the contract effective April 30', 'runs until June', 'by the end of 2022': a day set
    for later, on which nothing told happened."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("effective", "until", "through", "till", "by")


def _reported(clause: Token) -> bool:
    """A clause of what was said: 'that he had quit' below 'told', also a second one joined to the
    verb of saying ('wrote that ... and that both had been reviewed in 2023')."""
    if clause.dep_ == "ccomp":
        return True
    return clause.dep_ == "conj" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _carries_date(word: Token) -> bool:
    """Whether a date below this word still dates the word above it: 'Tuesday night', 'At
    Tuesday's hearing', 'In a letter sent on Monday' (a document's participle)."""
    if word.dep_ in ("pobj", "prep", "npadvmod", "amod", "advmod", "compound"):
        return True
    if word.dep_ == "poss":  # at or during the day's event, not about it ("comment on Thursday's decision")
        return word.head.dep_ == "pobj" and word.head.head.lower_ in ("at", "during")
    return word.dep_ == "acl" and word.head.lemma_.lower() in _DOCUMENTS


_SPEAKING_FOR = {"spokesperson", "spokesman", "spokeswoman", "spokespeople", "representative"}
_COUNTED_KINDS = {  # "the three groups", "the two companies": which kinds of organization each noun counts
    "group": {TW.NonProfit, TW.Organization, TW.PersonGroup},
    "organization": {TW.NonProfit, TW.Organization},
    "organisation": {TW.NonProfit, TW.Organization},
    "company": {TW.Company},
    "firm": {TW.Company},
    "agency": {TW.GovernmentAgency, TW.GovernmentOrganization},
}


_CARRIED_BY = ("in", "through", "via")  # "answered in an email", "resigned via a post"


def _date_sources(token: Token) -> list[Token]:
    """The words whose day is also this word's when it has none of its own (see `Reader.date`)."""
    sources = []
    if token.dep_ in ("advcl", "relcl") and any(c.lower_ == "when" for c in token.children):
        if token.head.ent_type_ in ("DATE", "TIME") or token.head.pos_ == "VERB":
            sources.append(token.head)  # "began last Thursday, when 143 engineers signed"
    if token.dep_ == "ccomp" and token.head.lemma_ in SAYING_VERBS and _still_to_come(token):
        sources.append(token.head)  # "said on Wednesday that it would give $25,000"
    for child in token.children:  # "X will give $750,000 ..., the company said on Wednesday"
        if child.dep_ in ("ccomp", "parataxis") and child.i > token.i and child.lemma_ in SAYING_VERBS:
            if _still_to_come(token):
                sources.append(child)
    if token.dep_ == "conj" and token.pos_ == "VERB" and token.head.pos_ in ("VERB", "AUX"):
        sources.append(token.head)  # "walked out on Tuesday and rallied outside"
    if token.dep_ in ("xcomp", "advcl") and token.head.lemma_ in ("vote", "decide", "agree", "move"):
        sources.append(token.head)  # "voted on Tuesday night to keep the contract"
    if token.dep_ == "pobj" and token.head.lower_ in _CARRIED_BY and token.head.head.pos_ == "VERB":
        sources.append(token.head.head)  # "answered on April 30 in an email", "quit on Friday in a post"
    return sources


def _still_to_come(verb: Token) -> bool:
    """'would give', 'will match', 'was pausing', 'is ending': what a speaker announces."""
    if future(verb):
        return True
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)


_PART_HEADS = frozenset(read_patterns("org_types.json")["part_heads"])


def _whole_of_a_part(word: Token) -> bool:
    """'a component of [the Department of Homeland Security]': the whole a part is said to be of."""
    of = word.head
    return word.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in _PART_HEADS


def organizes(token: Token) -> bool:
    """'engineers who had organized the petition', 'X, who helped organize the walkout'."""
    for clause in token.children:
        if clause.dep_ == "relcl" and clause.lemma_ == "help":
            clause = next((c for c in clause.children if c.dep_ == "xcomp"), clause)
        if clause.dep_ not in ("relcl", "xcomp") or clause.lemma_ not in ("organize", "organise", "lead"):
            continue
        done = next((c for c in clause.children if c.dep_ == "dobj"), None)
        if done is not None and done.lemma_.lower() in PROTEST_NOUNS:
            return True
    return False


def _opines(verb: Token) -> bool:
    """'said the reports would add ...', 'expect the deal to close': a view given, not an act."""
    return verb.lemma_ in _OPINING and any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)


def crowd(token: Token) -> bool:
    """Whether the word names people protesting who are nobody's staff: 'about 30 protesters
    gathered', 'hundreds of residents rallied' (the word 'hundreds' or 'residents')."""
    subject, noun = token, token
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_ in _QUANTITIES:
        subject = token.head.head
    elif token.lemma_ in _QUANTITIES:
        noun = next(
            (c for p in token.children if p.lower_ == "of" for c in p.children if c.dep_ == "pobj"), token
        )
    lemma = noun.lemma_.lower()
    if subject.dep_ != "nsubj" or lemma not in CROWD_NOUNS | PEOPLE_NOUNS:
        return False
    verbs = _EVENT_WORDS["protest_verbs"] + (_EVENT_WORDS["gathering_verbs"] if lemma in CROWD_NOUNS else [])
    return subject.head.lemma_ in verbs


def _signing(token: Token) -> bool:
    """Whether the word is who signed: 'signed by X', 'X signed', 'X and 19 others signed'."""
    token = token.head if token.dep_ == "conj" else token
    verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "agent" else token.head
    return verb.lemma_ in SIGNING_VERBS and (token.dep_ == "nsubj" or token.head.dep_ == "agent")


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)


def _quantified(token: Token) -> bool:
    return any(
        c.dep_ in ("amod", "det") and c.lower_ in ("several", "some", "many", "dozens")
        for c in token.children
    )


def _phrase(token: Token, drop_relative: bool = False) -> Span:
    """The noun phrase a word heads (without a following relative clause if asked)."""
    doc = token.doc
    end = token.right_edge.i
    if drop_relative:
        for child in token.rights:
            if child.dep_ in ("relcl", "acl", "appos") or child.text in (",", "("):
                end = child.left_edge.i - 1
                break
    start = token.left_edge.i
    while end > start and doc[end].is_punct:
        end -= 1
    return doc[start : end + 1]


def _subject(word: Token) -> bool:
    """A subject, or a name beside one ('The engineer, Dana M. Okafor, had led ...')."""
    subjects = ("nsubj", "nsubjpass")
    return word.dep_ in subjects or word.dep_ == "appos" and word.head.dep_ in subjects
