"""Entity linking: each mention of an actor, product, program or place resolves to one node.

Names come from the graph the article is added to (rdfs:label, skos:altLabel, skos:hiddenLabel of
every node, hand-authored or extracted from earlier articles), then from the gazetteer of
well-known actors (`patterns/gazetteer.ttl`). A mention resolves, in this order, by its name or
alias; by an acronym (the initials of a known name, or one the article defines in parentheses,
"U.S. Customs and Border Protection (CBP)"); by a transposed acronym ("CPB" where the article has
CBP); a single name by the surname or first name of a person the article or the graph names in
full ("Benioff" after "Marc Benioff"). Anything else is a new actor, typed by what the text says
of it (the ORG/PERSON/PRODUCT label of the model, words of its name, an appositive such as
"Palantir, a data analysis company") and named by its IRI `id:<kebab-case name>`.

The names known before the article are held by `entities.EntityIndex`; where the article's names
are (beyond what the model labels) is found by `spans`.
"""

import re
from collections import Counter, defaultdict

from rdflib import URIRef
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from kg.extract.article import DATELINE
from kg.extract.entities import (
    Entity,
    EntityIndex,
    Mention,
    acronym_of,
    is_subclass,
    name_key,
    name_words,
    org_typing,
)
from kg.extract.iris import actor_iri
from kg.extract.spans import (
    BRAND,
    DEVICE_HEADS,
    HONORIFICS,
    PEOPLE_HEADS,
    PRODUCT_HEADS,
    PROGRAM_HEADS,
    STAFF_WORDS,
    TITLES_BEFORE_NAMES,
    display_name,
    extended,
    is_title_word,
    people_mislabelled,
    role_words,
    trimmed,
    unlabelled_brands,
    unlabelled_cause_groups,
    unlabelled_names,
    unlabelled_people,
    unlabelled_products,
    with_first_name,
    within,
)
from kg.namespaces import ID, TW

ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT"}
_PARAGRAPH = re.compile(r"\n\s*\n")
_THING_ENDINGS = {"system", "platform", "app", "application", "tool", "database", "assistant", "headset"}
_STAFF_GROUPS = {"group", "campaign", "coalition", "collective"}  # "a campaign of Microsoft employees"
# "Salesforce software", "Skydio drones": made by the company; "its Longwatch drones": named so
_MAKERS_UNLESS_DETERMINED = {"software", "technology", "tech", "hardware", *DEVICE_HEADS}
_GATHERINGS = {"summit", "conference", "expo", "festival", "hackathon", "celebration"}
_VENUES = {"arena", "stadium", "auditorium"}
_BODIES_BY_LAST_WORD = {"guard", "patrol", "commission", "bureau"}  # "the Guard", not "Council member X"
_COURT_DISTRICTS = {"northern", "southern", "eastern", "western", "central", "middle"}  # "Southern District"
_LAWS = {"act", "law", "ordinance", "amendment", "statute", "list", "blacklist"}  # and "the Entity List"
_PUBLIC_OFFICERS = {"officer", "commissioner", "attorney", "secretary", "director"}
_NAME_PARTICLES = {"of", "and", "the", "for", "on", "de", "del", "y", "von", "van", "&"}


class Linker:
    """Finds and resolves the entity mentions of one parsed article."""

    def __init__(self, index: EntityIndex, nlp) -> None:
        self.index = index
        self.nlp = nlp
        self.matcher = index.phrase_matcher(nlp)
        self.typing = org_typing()
        self.votes: dict[str, Counter] = defaultdict(Counter)  # name -> the model's labels for it
        self.surnames: set[str] = set()  # the last words of the full names the model calls people
        self.dateline_places: set[str] = set()
        self.home_city: str | None = None
        self.same_name: dict[str, list[Span]] = defaultdict(list)

    def mentions(self, doc: Doc, skipped: list[tuple[int, int]] = ()) -> list[Mention]:
        """Every mention in the document, resolved, in text order; none within the `skipped`
        character ranges (a digest's headings, which name a company shorter than its item does)."""
        known_spans = []
        for match_id, start, end in self.matcher(doc):
            span = Span(doc, start, end, label=self.nlp.vocab.strings[match_id])
            if _looks_like_name(span) and not self._inside_longer_name(span) and not _of_a_state(span):
                known_spans.append(span)
        ents = [part for e in doc.ents for part in people_mislabelled(e)]
        model_spans = [
            with_first_name(extended(trimmed(e)))
            for e in map(self._organization_mislabelled, ents)
            if e.label_ in ENTITY_LABELS and _looks_like_name(trimmed(e)) and not _adjective(e)
        ]
        model_spans = [s for s in (_short_of(s, known_spans) for s in model_spans) if s is not None]
        model_spans = [part for span in model_spans for part in self._split_known(span)]
        model_spans = _joined_at_and(model_spans)
        unlabelled = unlabelled_products(doc) + self._unlabelled_companies(doc) + unlabelled_people(doc)
        unlabelled += unlabelled_brands(doc) + unlabelled_cause_groups(doc)
        unlabelled += self._unlabelled_described(doc) + self._unlabelled_bodies(doc)
        unlabelled += self._unlabelled_seats(doc) + _fuller_names(doc, model_spans)
        lowercase = {t.text for t in doc if t.is_lower}
        found = [s for s in model_spans + unlabelled if not _common_word_opening(s, lowercase)]
        found = [s for s in found if not (_of_a_state(s) and self.index.find(display_name(s)))]
        spans = [span for span in filter_spans(known_spans + found) if not within(span, skipped)]
        self.votes.clear()
        for span in model_spans:
            self.votes[name_key(display_name(span))][span.label_] += 1
        regions = set(self.typing["not_cities"])  # "the Kansas secretary of state": a state's officer
        places_in = {
            t.text
            for t in doc
            if t.ent_type_ in ("GPE", "LOC") and t.dep_ == "pobj" and t.head.lower_ == "in"
        }
        for token in doc:  # "Oracle engineers", "Oracle general counsel X": an organization
            if token.dep_ in ("compound", "poss") and token.head.lemma_.lower() in STAFF_WORDS:
                public = token.ent_type_ == "GPE" and token.head.lemma_.lower() in _PUBLIC_OFFICERS
                place = token.text in places_in  # "Melbourne staff" and "41 in Melbourne": of an office there
                if name_key(token.text) not in regions and not public and not place:  # "a Detroit officer"
                    self.votes[name_key(token.text)]["ORG"] += 10
        people = {t.i for span in model_spans if span.label_ == "PERSON" for t in span}
        # "two engineers ..., Marcus Bell and Jun Park", "Marek Sobczak resigned": people
        for span in model_spans:
            beside_person = len(span) > 1 and any(c.i in people for c in span.root.conjuncts)
            subject = span.root.head if span.root.dep_ == "appos" else span.root  # "The eighth, X, resigned"
            resigned = len(span) > 1 and subject.dep_ == "nsubj" and subject.head.lemma_ == "resign"
            if (
                _in_apposition_to_staff(span.root)
                or (beside_person or resigned)
                and not self._org_words(span)
            ):
                self.votes[name_key(display_name(span))]["PERSON"] += 10
        lone_people = Counter(s.text for s in model_spans if s.label_ == "PERSON" and len(s) == 1)
        org_starts = Counter(name_key(display_name(s).split()[0]) for s in model_spans if s.label_ == "ORG")
        for span in model_spans:  # "Grace Whitcombe" (an organization to the model), then "Whitcombe said";
            name = display_name(span).split()  # not "Google DeepMind" ("Google" names organizations)
            if span.label_ != "ORG" or len(name) != 2 or not lone_people[name[-1]]:
                continue
            if org_starts[name_key(name[0])] == 1 and self.index.find(name[0]) is None:
                self.votes[name_key(display_name(span))]["PERSON"] += lone_people[name[-1]] + 1
        self.surnames = {e[-1].text for e in model_spans + unlabelled if e.label_ == "PERSON" and len(e) > 1}
        self.home_city = _home_city(doc)
        self.dateline_places = {name_key(place) for place in _datelines(doc)}  # "CALDER FALLS, Wis. —",
        # then "Calder Falls would not back out": the place the story was filed from
        self.same_name = defaultdict(list)  # name -> its spans, in text order
        for span in spans:
            self.same_name[name_key(display_name(span))].append(span)
        resolved: dict[int, Entity] = {}
        defined_acronyms: dict[str, Entity] = {}
        self.chapters: dict[URIRef, set[URIRef]] = defaultdict(set)  # organization -> its chapters named here
        self.first_seen = {}
        title_end = next(doc.sents).end if len(doc) else 0
        self.doc, self.title_end = doc, title_end
        self.first_body_use: dict[str, int] = {}  # where the body first uses each name
        for span in spans:
            if span.start >= title_end:
                key = name_key(display_name(span))
                self.first_body_use[key] = min(span.start, self.first_body_use.get(key, span.start))
        # Full names first, so that short forms can resolve to them; a body's name after its place
        # ("San Francisco's Board of Supervisors") before the same name alone.
        for span in sorted(spans, key=lambda s: (_owner_place(s) is None, -_name_length(s), s.start)):
            entity = self._resolve_full(span, resolved.values(), defined_acronyms)
            if entity is not None:
                resolved[span.start] = entity
                self.first_seen[entity.iri] = min(span.start, self.first_seen.get(entity.iri, span.start))
                self._note_defined_acronym(span, entity, doc, defined_acronyms)
        for span in spans:
            if span.start not in resolved:
                seen = [e for e in resolved.values() if e is not None]
                resolved[span.start] = self._resolve_short(span, seen, defined_acronyms)
        mentions = [
            Mention(span, self._as_chapter(span, resolved[span.start]))
            for span in spans
            if resolved.get(span.start)
        ]
        missed = [m for m in self._missed(doc, mentions, defined_acronyms) if not within(m.span, skipped)]
        return sorted(mentions + missed, key=lambda m: m.span.start)

    def _organization_mislabelled(self, span: Span) -> Span:
        """'The Great Lakes Tech Workers Union', which the model called a work of art, 'the Open
        Code Defense Fund', which it called an event: a name ending in a word for an association
        (or in a company designator: 'Thistlegrove Games') is an organization's."""
        words = self.typing["name_words"]
        endings = {*words["NonProfit"], *words["Organization"]}
        if span.label_ in ("WORK_OF_ART", "EVENT") and span[-1].lower_ in endings and span[-1].is_title:
            return Span(span.doc, span.start, span.end, "ORG")
        designated = len(span) > 1 and span[-1].lower_ in self.typing["company_designators"]
        if span.label_ in ("WORK_OF_ART", "EVENT") and designated and span[-1].is_title:
            return Span(span.doc, span.start, span.end, "ORG")  # "Thistlegrove Games", called an event
        paper = span[-1].lower_ in words["NewsOrganization"] and span[0].lower_ == "the" and len(span) > 2
        if span.label_ == "WORK_OF_ART" and paper and span[-1].is_title:
            return Span(span.doc, span.start, span.end, "ORG")  # "The Albuquerque Ledger", a newspaper
        return span

    def _split_known(self, span: Span) -> list[Span]:
        """'Apple and Uber', which the model read as one name: two known names joined by 'and'."""
        cut = next((t.i for t in span[1:-1] if t.lower_ == "and"), None)
        if cut is None:
            return [span]
        left, right = (
            Span(span.doc, span.start, cut, span.label_),
            Span(span.doc, cut + 1, span.end, span.label_),
        )
        if self._known_or_named(left) and self._known_or_named(right):
            return [left, right]
        return [span]

    def _known_or_named(self, span: Span) -> bool:
        """A name the graph knows, or one word the model names on its own elsewhere in the text
        ('Lindqvist and Halvard's board', after 'Graham Lindqvist' and 'Halvard')."""
        name = display_name(span)
        if self.index.find(name) is not None:
            return True
        alone = {e.text for e in span.doc.ents if len(e) == 1 and e.label_ in ("PERSON", "ORG")}
        surnames = {e[-1].text for e in span.doc.ents if len(e) > 1 and e.label_ == "PERSON"}
        return len(name.split()) == 1 and (name in alone or name in surnames)

    def _missed(self, doc: Doc, mentions: list[Mention], acronyms: dict[str, Entity]) -> list[Mention]:
        """Further mentions of names the article introduced, and of the acronyms it defined
        ('National Border Data Agency (NBDA)'), where the model saw none."""
        matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        found = {m.entity.iri: m.entity for m in mentions if m.entity.origin == "article"}
        found.update({entity.iri: entity for entity in acronyms.values()})
        for acronym, entity in acronyms.items():
            matcher.add(str(entity.iri), [self.nlp.make_doc(acronym)])
        designators = set(self.typing["company_designators"])
        people = [m.entity for m in mentions if m.entity.kind == TW.Person and " " in m.entity.label]
        surnames = Counter(p.label.split()[-1] for p in {p.iri: p for p in people}.values())
        for person in people:  # "Almeida answered ...", where the model saw no name
            if surnames[person.label.split()[-1]] == 1:
                matcher.add(str(person.iri), [self.nlp.make_doc(person.label.split()[-1])])
                found[person.iri] = person
        for entity in {m.entity.iri: m.entity for m in mentions if m.entity.origin == "article"}.values():
            matcher.add(str(entity.iri), [self.nlp.make_doc(entity.label)])
            words = entity.label.split()
            for cut in range(1, len(words)):
                rest = name_key(" ".join(words[cut:])).split()
                if entity.kind == TW.Company and _short_form_drops(rest, designators):
                    matcher.add(str(entity.iri), [self.nlp.make_doc(" ".join(words[:cut]))])
        bodies = [  # "The Guard said ..." after "the New Mexico National Guard": its last word
            e for e in found.values() if e.kind in (TW.GovernmentAgency, TW.GovernmentOrganization)
        ]
        last_words = Counter(e.label.split()[-1] for e in bodies)
        for body in bodies:
            last = body.label.split()[-1]
            if last_words[last] == 1 and last.lower() in _BODIES_BY_LAST_WORD and len(body.label.split()) > 1:
                matcher.add(str(body.iri), [self.nlp.make_doc(last)])
        taken = {i for m in mentions for i in range(m.span.start, m.span.end)}
        extra = []
        for match_id, start, end in matcher(doc):
            if not taken & set(range(start, end)):
                extra.append(Mention(Span(doc, start, end), found[URIRef(self.nlp.vocab.strings[match_id])]))
                taken |= set(range(start, end))
        return extra

    def _resolve_full(self, span: Span, seen, defined) -> Entity | None:
        name = display_name(span)
        if span.label_.startswith(str(ID)):  # matched a known name, unless a person named so
            person = self._person_by_surname(name, seen) if len(span) == 1 else None
            return person or self.index.entities[URIRef(span.label_)]  # ("Bloomberg" after Michael Bloomberg)
        if not name:
            return None
        if (chapter := self._chapter(name)) is not None:
            return chapter
        if (found := self.index.find(name)) is not None:
            return found
        if self._two_people(span):
            return None
        if len(name.split()) == 1:  # "Catz" (or "Catz's") after "Safra Catz", whatever the model calls it
            people = [e for e in seen if e.kind == TW.Person and e.label.split()[-1] == name]
            if not people:  # "Sáenz said" after "Álvaro Sáenz Ortega": the first of two surnames
                people = [e for e in seen if e.kind == TW.Person and _first_surname(e.label) == name]
            if len({e.iri for e in people}) == 1:
                company = self._company_by_short_name(name, seen) if span.label_ in ENTITY_LABELS else None
                return self._nearer_before(span, people[0], company) if company else people[0]
            if name in self.surnames:  # "Smith's email", read before "Brad Smith" is: never a company
                return None
            called = {e.iri: e for e in seen if e.kind == TW.Person and e.label.split()[0] == name}
            if len(called) == 1 and " " in (person := next(iter(called.values()))).label:
                if self._company_by_short_name(name, seen) is None:
                    return person  # "including Celeste's" after "Celeste Ibarra": a profile's first name
        if len(name.split()) == 2:  # "Montes Ibarra" after "Valeria Montes Ibarra": both surnames
            people = {
                e.iri: e
                for e in seen
                if e.kind == TW.Person and len(e.label.split()) > 2 and e.label.split()[-2:] == name.split()
            }
            if len(people) == 1:
                return next(iter(people.values()))
        if span.label_ in ENTITY_LABELS | {"NORP"} and (company := self._company_by_short_name(name, seen)):
            return company
        if (outlet := _outlet_by_short_name(name, seen)) is not None:
            return outlet
        if (department := _department_by_short_name(name, seen)) is not None:
            return department
        if name.isupper() and (name in defined or self.index.find_acronym(name)):
            return defined.get(name) or self.index.find_acronym(name)
        if (local := _local_body_of_state(span, seen)) is not None:
            return local
        if (
            len(span) == 1
            and span.label_ in ("PERSON", "ORG")
            and (name.isupper() or span.label_ == "PERSON")
        ):
            return None  # a surname or an acronym: resolved once the full names are known
        return self._new_entity(span, name)

    def _chapter(self, name: str) -> Entity | None:
        """'ACLU of Northern California', 'American Civil Liberties Union of Northern California':
        a known organization's chapter, one node named in full, of the organization's kind."""
        short, _, place = name.partition(" of ")
        if not place:
            return None
        parent = self.index.find_acronym(short) if short.isupper() else self.index.find(short)
        if parent is None or not self.index.is_organization(parent.kind):
            return None
        full = f"{parent.label} of {place}"
        entity = self.index.find(full)
        if entity is None:
            entity = Entity(actor_iri(full), full, parent.kind, "article")
            self.index.add(entity)
        self.chapters[parent.iri].add(entity.iri)
        return entity

    def _as_chapter(self, span: Span, entity: Entity) -> Entity:
        """'The ACLU' in a story about the ACLU of Northern California (its only chapter named):
        that chapter."""
        chapters = self.chapters.get(entity.iri, set())
        if len(chapters) == 1 and span.text.isupper():
            return self.index.entities[next(iter(chapters))]
        return entity

    def _nearer_before(self, span: Span, *candidates: Entity) -> Entity:
        """Of a founder and the company named after him ('Brindle' after 'Brindle Transit Systems'
        and 'Harold Brindle'), the one named in full last before the word (else first after it)."""
        named = [(self.first_seen.get(e.iri, len(span.doc)), e) for e in candidates]
        before = [(at, e) for at, e in named if at < span.start]
        return max(before, key=lambda p: p[0])[1] if before else min(named, key=lambda p: p[0])[1]

    def _person_by_surname(self, name: str, seen) -> Entity | None:
        """The one person of the article whose last name this is."""
        people = {e.iri: e for e in seen if e.kind == TW.Person and e.label.split()[-1] == name}
        return next(iter(people.values())) if len(people) == 1 else None

    def _two_people(self, span: Span) -> bool:
        """'founded by Shah and Conine': two people named in full before, each found by surname."""
        return (
            len(span) == 3
            and span[1].lower_ in ("and", "&")
            and {span[0].text, span[2].text} <= self.surnames
        )

    def _resolve_short(self, span: Span, seen, defined) -> Entity | None:
        name = display_name(span)
        if self._two_people(span):
            return None
        seen = list(seen)
        if name.isupper():
            letters = sorted(name)
            for entity in [*defined.values(), *seen]:
                acronym = acronym_of(entity.label)
                if acronym and sorted(acronym) == letters:
                    return entity  # a transposed acronym: "CPB" for CBP
            for entity in seen:  # "the DMV" after "Connecticut's Department of Motor Vehicles"
                place, _, rest = entity.label.partition(" ")
                if name_key(place) in self.typing["not_cities"] and acronym_of(rest) == name:
                    return entity
            found = self.index.find_acronym(name)
            if found:
                return found
        key = name_key(name)
        people = [e for e in seen if e.kind == TW.Person and key in name_key(e.label).split()]
        if len({e.iri for e in people}) == 1:
            return people[0]
        surnamed = self.index.surnames.get(key, set())
        if len(surnamed) == 1:
            return self.index.entities[next(iter(surnamed))]
        if (company := self._company_by_short_name(name, seen)) is not None:
            return company
        if (department := _department_by_short_name(name, seen)) is not None:
            return department
        same_name = [e for e in seen if name_key(e.label) == key]
        if same_name:
            return same_name[0]
        return self._new_entity(span, name)

    def _unlabelled_described(self, doc: Doc) -> list[Span]:
        """A name the model did not label that the text says is an organization: 'Open MIC, a
        nonprofit that works with investors', 'Vantage, a software company'."""
        heads = {h for hs in self.typing["appositive_heads"].values() for h in hs}
        found = []
        for token in doc:
            if token.pos_ != "PROPN" or token.ent_type_ or token.dep_ == "compound":
                continue
            if not any(c.dep_ == "appos" and c.lemma_.lower() in heads for c in token.children):
                continue
            start = token.i
            while (
                start > token.sent.start and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_
            ):
                start -= 1
            span = Span(doc, start, token.i + 1, label="ORG")
            if all(t.text[:1].isupper() for t in span) and not span[0].is_sent_start or len(span) > 1:
                found.append(span)
        return found

    def _unlabelled_companies(self, doc: Doc) -> list[Span]:
        """Capitalized names ending in a company designator that the model did not label, often
        at the start of a sentence: 'Meridian Health Systems will not renew ...'."""
        designators = set(self.typing["company_designators"])
        found = []
        for start, end in unlabelled_names(doc):
            words = name_key(doc[start:end].text).split()
            if words[-1] in designators and not self._public_name(words):
                found.append(Span(doc, start, end, label="ORG"))
        return found

    def _unlabelled_bodies(self, doc: Doc) -> list[Span]:
        """Capitalized names ending in the word for a public body (or a university, a foundation)
        that the model did not label: 'The Calder Bay City Council voted ...', 'Northbridge
        University will keep ...'."""
        typing = self.typing["name_words"]
        bodies = {*typing["GovernmentAgency"], *typing["GovernmentOrganization"], *typing["Court"]}
        bodies |= {*typing["Organization"], "foundation", "institute", "institution", "association"}
        found = []
        for start, end in unlabelled_names(doc):
            continues = end < len(doc) and doc[end].lower_ in ("of", "for")  # "U.S. Court of Appeals"
            if doc[end - 1].lower_ in bodies and not continues:
                found.append(Span(doc, start, end, label="ORG"))
        return found

    def _unlabelled_seats(self, doc: Doc) -> list[Span]:
        """A place the model did not label (or took for a nationality), named before the word for
        an organization in a description of one: 'Kestrel, a Reno company', 'an Aarhus-based firm'."""
        kinds = {noun for nouns in self.typing["appositive_heads"].values() for noun in nouns}
        described = [
            token
            for token in doc
            if token.pos_ == "PROPN"
            and token.is_title
            and not token.ent_type_
            and token.dep_ == "compound"
            and token.head.lemma_.lower() in kinds
            and token.head.dep_ == "appos"
            and token.head.head.pos_ == "PROPN"
            and token.i == token.head.left_edge.i + 1
        ]
        based = [  # "an Aarhus-based company", the model calling 'Aarhus' a nationality
            token
            for token in doc[:-2]
            if token.ent_type_ in ("", "NORP")
            and token.is_title
            and doc[token.i + 1].text == "-"
            and doc[token.i + 2].lower_ in ("based", "headquartered")
        ]
        spans = [Span(doc, token.i, token.i + 1, label="GPE") for token in described]
        for token in based:  # "a Skid Row-based group": the whole name
            start = token.i
            while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
                start -= 1
            spans.append(Span(doc, start, token.i + 1, label="GPE"))
        return spans

    def _inside_longer_name(self, span: Span) -> bool:
        """'The Information Commissioner's Office', 'Information Commissioner John Edwards': a known
        name (a news site's, a company's) that the capitalized words after it make part of
        another name: a public body's, or a title's when the name is 'The X' and no 'the' is written."""
        known = self.index.entities.get(URIRef(span.label_))
        if known is None or is_subclass(known.kind, TW.GovernmentOrganization, self.index.ontology):
            return False
        doc, end = span.doc, span.end
        followed = end < len(doc) and doc[end].is_title and not doc[end].is_sent_start
        article = span[0].lower_ == "the" or span.start > 0 and doc[span.start - 1].lower_ == "the"
        if followed and not article and len(known.label.split()) == 2 and known.label.startswith("The "):
            return True
        bodies = name_words("GovernmentAgency", "GovernmentOrganization", "Court")
        while end < len(doc) and (doc[end].is_title or doc[end].text == "'s") and not doc[end].is_sent_start:
            if doc[end].lower_ in bodies:
                return True
            end += 1
        return False

    def _body_name(self, words: list[str]) -> bool:
        """'Ramsey County District Court': a place's name followed by the word for a body."""
        bodies = {
            w
            for kind, ws in self.typing["name_words"].items()
            if kind != "GovernmentOrganization"
            for w in ws
        }
        return len(words) > 1 and words[-1] in bodies

    def _public_name(self, words: list[str]) -> bool:
        """'Department of Health', 'Bureau of Industry and Security': a body's name, not a
        company's, though it ends in a word companies end in."""
        connectors = set(self.typing["name_connectors"])
        public = name_words("GovernmentAgency", "GovernmentOrganization", "NonProfit")
        return bool(set(words) & (connectors | public))

    def _org_words(self, span: Span) -> bool:
        """Whether a name has a word that names organizations ('Foundation', 'Systems')."""
        words = set(name_key(span.text).split())
        return bool(words & (name_words() | set(self.typing["company_designators"])))

    def _company_by_short_name(self, name: str, seen) -> Entity | None:
        """'Halvorsen' after 'Halvorsen Microsystems', 'Meridian' or 'Meridian Health' after
        'Meridian Health Systems', 'Hollis' after 'Hollis & Grant': a company named without its
        designators or partners, when the body gives the full name first ('Google' before
        'Google Cloud' is another company)."""
        designators = set(self.typing["company_designators"])
        short = name_key(name).split()
        owned = (
            {  # "DeepMind" after "Google DeepMind": a company's unit named without its owner
                e.iri: e
                for e in seen
                if is_subclass(e.kind, TW.Organization, self.index.ontology)
                and (words := name_key(e.label).split())[-len(short) :] == short
                and len(words) > len(short)
                and " ".join(words[: -len(short)]) in self.same_name  # the owner is named too
            }
            if short
            else {}
        )
        programs = {  # "Maven" after "Project Maven"
            e.iri: e
            for e in seen
            if e.kind == TW.Program
            and (words := name_key(e.label).split())[1:] == short
            and words[0] in PROGRAM_HEADS
        }
        if len(programs) == 1:
            owned = programs
        if len(owned) == 1:
            unit = next(iter(owned.values()))
            self.index.add_name(unit.iri, name)  # its other mentions, whatever the model calls them
            return unit
        found = {
            e.iri: e
            for e in seen
            if e.kind == TW.Company
            and self._written_first(e) < self.first_body_use.get(name_key(name), 1 << 30)
            and (words := name_key(e.label).split())[: len(short)] == short
            and len(words) > len(short)
            and not re.search(r"['’]s\b", e.label)  # "Salesforce's Service Cloud": Salesforce's product
            and _short_form_drops(words[len(short) :], designators)
            and (len(words) - len(short) < 2 or e.origin == "article")  # known names have their aliases
        }
        if not found:  # "Ashbury's engineering school" after "Ashbury University"
            found = {
                e.iri: e
                for e in seen
                if is_subclass(e.kind, TW.Organization, self.index.ontology)
                and self.first_seen.get(e.iri, -1) < self.first_body_use.get(name_key(name), 1 << 30)
                and name_key(e.label).split() in ([*short, "university"], [*short, "college"])
            }
        return _parent_of_all(list(found.values())) if short else None

    def _written_first(self, entity: Entity) -> int:
        """Where the body first names an entity in full: its first mention, or an earlier place
        where its name is written that the model did not mark ('Corriemoss Aerial will not take
        on ...' in the lead, then 'Corriemoss's contract')."""
        first = self.first_seen.get(entity.iri, -1)
        doc = self.doc
        written = doc.text.find(entity.label, doc[self.title_end].idx if self.title_end < len(doc) else 0)
        if written < 0 or first < 0:
            return first
        span = doc.char_span(written, written + len(entity.label), alignment_mode="expand")
        return min(first, span.start) if span is not None else first

    def _note_defined_acronym(self, span: Span, entity: Entity, doc: Doc, defined: dict) -> None:
        """'U.S. Customs and Border Protection (CBP)': CBP now stands for that entity."""
        after = doc[span.end : span.end + 3]
        if len(after) == 3 and after[0].text == "(" and after[2].text == ")" and after[1].text.isupper():
            defined[after[1].text] = entity

    def _new_entity(self, span: Span, name: str) -> Entity | None:
        if span.label_ in ("GPE", "LOC") and name.isupper() and len(name) <= 3:
            return None  # "AI", "US": not worth a place of their own
        kind = self.kind_of(span, name)
        if kind is None:
            return None
        if kind == TW.NewsOrganization and span[0].text == "The" and not name.startswith("The "):
            name = f"The {name}"  # "The Austin Ledger reported": its name keeps the article
        if is_subclass(kind, TW.GovernmentOrganization, self.index.ontology):
            if place := _owner_place(span):
                name = f"{place} {name}"  # "San Francisco's Board of Supervisors": that city's board
                if (found := self.index.find(name)) is not None:
                    return found
            elif (owned := self._placed(name)) is not None:
                return owned  # "the Board of Supervisors" after "San Francisco's Board of Supervisors"
            elif self.home_city and (_city_body(name) and _generic_body_name(span) or _the_citys(span)):
                name = f"{self.home_city} {name}"  # "the City Council" of a story about Austin
                if (found := self.index.find(name)) is not None:
                    return found
        if kind == TW.Company:
            name = _without_legal_suffix(name)
        entity = Entity(actor_iri(name), name, kind, "article")
        if not actor_iri(name).endswith("/"):
            self.index.add(entity)
        return entity

    def _placed(self, name: str) -> Entity | None:
        """The one public body of this article whose name is this one with a place before it."""
        key = " " + name_key(name)
        found = {
            e.iri: e
            for e in self.index.entities.values()
            if e.origin == "article" and name_key(e.label).endswith(key)
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def kind_of(self, span: Span, name: str) -> URIRef | None:
        """The class of a new entity, from what the text says of it."""
        following = span.doc[span.end] if span.end < len(span.doc) else None
        last = name.split()[-1].lower()
        title = is_title_word(last) or last in HONORIFICS | TITLES_BEFORE_NAMES
        if following is not None and following.ent_type_ == "PERSON" and title:
            return None  # "Cabinet Secretary Lionel Abeyta", "Police Commissioner X": a title, no body
        if len(name.split()) >= 2 and span.label_ in ("PERSON", "") and _after_title(span):
            return TW.Person  # "chief executive Nat Friedman", whatever the parse hangs on the name
        if (
            2 <= len(name.split()) <= 3
            and span.label_ == "ORG"
            and _after_title(span)
            and not self._org_words(span)
        ):
            return TW.Person  # "Penrose spokeswoman Lydia Farrow", which the model called an organization
        parts = name.split()
        if len(parts) == 2 and "-" in parts[1] and "-" not in parts[0] and not self._org_words(span):
            return TW.Person  # "Caspar Tarrant-Vos": a first name and a double-barrelled surname
        told_again = self.same_name.get(name_key(name), [span]) + self.same_name.get(name_key(parts[-1]), [])
        if _words_of_name(name) >= 2 and any(_followed_by_who(s) for s in told_again):
            return TW.Person  # "Carmen Holt, who spent ...", "Tarrant-Vos, who co-founded": a person
        words = name_key(name).split()
        if words[:2] == ["board", "of"] and len(words) > 2 and words[2] not in ("directors", "trustees"):
            return TW.GovernmentOrganization  # "the Board of Estimates", "Board of Police Commissioners"
        the = span[0].lower_ == "the" or span.start > 0 and span.doc[span.start - 1].lower_ == "the"
        if the and len(words) > 1 and words[-1] in self.typing["name_words"]["NewsOrganization"]:
            return TW.NewsOrganization  # "The Austin Ledger", whatever the model calls it
        if _committee_of_public_body(span):
            return TW.GovernmentOrganization  # "the council's Public Safety ... Committee"
        if span.ent_id_ in ("GovernmentAgency", "GovernmentOrganization", "Court"):
            return TW[span.ent_id_]  # the domain patterns' public bodies, whatever is said beside them
        if len(name.split()) == 1 and self._place_of_bodies(name):
            return TW.Place  # "Wrenfield's officers" after "the Wrenfield City Council": the city
        if name_key(name) in self.dateline_places:
            return TW.Place  # "MERRITT, Ohio (Test Wire) —": where the story was filed
        if any(_based_in(s) or _home_of(s) for s in self.same_name.get(name_key(name), [span])):
            return TW.Place  # "based in Petah Tikva", "the Petah Tikva company": a place
        root = span.root
        people_words = role_words() | STAFF_WORDS | PEOPLE_HEADS
        if span.label_ == "PERSON" and 2 <= len(words) <= 3 and root.dep_ == "appos":
            if root.head.lemma_.lower() in people_words:
                return TW.Person  # "Amadi's lawyer, Celeste Navarro of the X Project, a nonprofit ..."
        if _listed_after_staff_groups(span):
            return TW.PersonGroup  # "three employee resource groups, Somos Brackwater, the Black ..."
        head, how = _described_as(span)
        for other in self.same_name.get(name_key(name), []) if head is None or how == "compound" else []:
            other_head, other_how = _described_as(other)  # what the text says of the name where it
            if other_head is not None and (head is None or other_how == "appos"):  # says it ("Harrow
                head, how, span = other_head, other_how, other  # Signal workers ...", then "Harrow
                break  # Signal, an Austin company")
        described = head in people_words and how == "appos"
        if (
            described
            and _words_of_name(name) >= 2
            and not _plural_appositive(span)
            and not self._org_words(span)
        ):
            return TW.Person  # "Amira Saleh, the company's president and co-founder", "X, a graduate student"
        if head in _STAFF_GROUPS and _group_of_staff(span):
            return TW.PersonGroup  # "No Tech for Apartheid, a group of Google and Amazon employees"
        if head in PROGRAM_HEADS or span.ent_id_ == "Program":
            return TW.Program
        if head is None and _launched(span) and not self._org_words(span):
            return TW.Product  # "Axon unveiled Draft One": what a company launches is a product
        if head in PRODUCT_HEADS:
            social = head in ("platform", "network") and "social" in span.sent.text.lower()
            return TW.Platform if social else TW.Product  # "the surveillance network the department built"
        person_named = len(name.split()) >= 2 and self._voted_label(span, name) == "PERSON"
        if head in ("contractor", "subcontractor", "consultant") and how == "appos" and person_named:
            return TW.Person  # "Steve McKinney, a former contractor": a person who works on contract
        if how == "appos" and head in self.typing["part_heads"] and self._part_of_public_body(span):
            return TW.GovernmentAgency  # "the National Institute of Justice, the research arm of the DOJ"
        for kind, heads in self.typing["appositive_heads"].items():
            if head in heads and how != "compound":
                return TW[kind]
        if span.ent_id_:
            return TW[span.ent_id_]
        words = name_key(name).split()
        if (
            len(words) > 1
            and words[-1] in self.typing["company_designators"]
            and not self._public_name(words)
        ):
            return TW.Company  # "Larkspur Analytics", whatever the model's label
        if words[-1] in _GATHERINGS or len(words) > 1 and words[-1] in _LAWS:
            return None  # "the AWS Summit", "the Biometric Information Privacy Act": not actors
        if words[-1] == "district" and words[0] in _COURT_DISTRICTS:
            return None  # "a judge of the Southern District of California": a court's seat, no body
        if words[-1] in _VENUES or words[-2:] == ["convention", "center"]:
            return TW.Place  # "the Jacob K. Javits Convention Center"
        label = self._voted_label(span, name)
        if label == "PERSON" and len(words) > 1 and words[0] in name_words():
            return self._org_kind(span, name)  # "Fundación Quetzal", "Colectivo Frontera Sur"
        if label == "PERSON" and len(words) > 2 and words[-1] in name_words():
            return self._org_kind(span, name)  # "Puget Legal Aid Collective"
        if label == "PERSON":  # a lone word no full name explains is more likely a place or a thing
            numbered = any(c.isdigit() for c in name)  # "Senate Bill 3140": no one's name
            return TW.Person if len(name.split()) >= 2 and not numbered else None
        if label in ("GPE", "LOC", "FAC") and not self._body_name(words):
            return TW.Place
        if label == "PRODUCT":
            return TW.Product
        if label == "ORG" or label in ("GPE", "LOC", "FAC"):
            kind = self._org_kind(span, name)
            if kind is not None and self._company_service(name, kind):
                return TW.Product  # "its Azure OpenAI Service": a company's service, no public body
            return kind
        return None

    def _company_service(self, name: str, kind: URIRef) -> bool:
        """Whether a name typed as a public body holds the name of a known company ('Azure OpenAI
        Service'), and is so a product of it."""
        if not is_subclass(kind, TW.GovernmentOrganization, self.index.ontology):
            return False
        words = name.split()[:-1]
        return any(
            (known := self.index.find(word)) is not None and known.kind == TW.Company
            for word in words
            if len(word) > 2 and word[0].isupper()
        )

    def _part_of_public_body(self, span: Span) -> bool:
        """Whether the name's appositive ('..., the research arm of the U.S. Department of Justice')
        makes it part of a body whose name is a public one."""
        root = span[1:].root if len(span) > 1 and span[0].lower_ == "the" else span.root
        parts = [c for c in root.children if c.dep_ == "appos"] + (
            [root.head] if root.dep_ == "appos" else []
        )
        for part in (p for p in parts if p.lemma_.lower() in self.typing["part_heads"]):
            for whole in (
                o for c in part.children if c.lower_ == "of" for o in c.children if o.dep_ == "pobj"
            ):
                ent = next((e for e in span.doc.ents if e.start <= whole.i < e.end), None)
                if ent is not None and ent.label_ == "ORG":
                    kind = self.index.find(display_name(ent))
                    kind = kind.kind if kind is not None else self._org_kind(ent, display_name(ent))
                    return is_subclass(kind, TW.GovernmentOrganization, self.index.ontology)
        return False

    def _place_of_bodies(self, name: str) -> bool:
        """Whether the article named public bodies after this one word ('Wrenfield City Council',
        'Wrenfield Police Department', or one of them and 'the Wrenfield police') and no
        organization otherwise starting with it."""
        key = name_key(name)
        starting = [
            e for e in self.index.entities.values()
            if e.origin == "article" and name_key(e.label).split()[:1] == [key] and name_key(e.label) != key
        ]  # fmt: skip
        public = [e for e in starting if is_subclass(e.kind, TW.GovernmentOrganization, self.index.ontology)]
        modifier = any(  # "the Fennimore police", "Fennimore officials": the city's
            s.root.dep_ == "compound" and s.root.head.lemma_ in _CITY_SERVICES
            for s in self.same_name.get(key, [])
        )
        return (len(public) >= 2 or len(public) == 1 and modifier) and all(
            is_subclass(e.kind, TW.GovernmentOrganization, self.index.ontology) or e.kind == TW.NonProfit
            for e in starting
        )

    def _voted_label(self, span: Span, name: str) -> str:
        """The model's label for a name over all its mentions; a lone word it calls both a
        person and an organization ('Oracle') is an organization."""
        votes = self.votes.get(name_key(name))
        if not votes:
            return span.label_
        if len(name.split()) == 1 and votes["ORG"] and votes["PERSON"]:
            return "ORG"
        if votes["ORG"] >= 10:
            return "ORG"
        return votes.most_common(1)[0][0]

    def _org_kind(self, span: Span, name: str) -> URIRef:
        words = set(name_key(name).split())
        institution = words & set(self.typing["name_words"]["Organization"])  # "... Retirement System"
        if name_key(name).split()[-1] in _THING_ENDINGS and len(words) > 1 and not institution:
            return TW.Product  # "the Integrated Visual Augmentation System": a thing, not a company
        for kind, keys in self.typing["name_words"].items():
            if words & set(keys) or any(k in name.lower() for k in keys if "." in k):
                return TW[kind]
        for kind, keys in self.typing["member_words"].items():  # "Acme Workers for Justice"
            if words & set(keys):
                united = name_key(name).split()[-1] == "united"  # "Quillon Workers United": a union
                return TW.NonProfit if united else TW[kind]
        inner = set(name_key(name).split()[1:-1])  # "Campaign for Accountability": an advocacy group
        for kind, connectors in self.typing["purpose_connectors"].items():
            if inner & set(connectors):
                return TW[kind]
        for known in self.index.entities.values():  # "Amazon Web Services", "Google Cloud"
            if known.kind == TW.Company and name_key(name).startswith(name_key(known.label) + " "):
                return TW.Company
        verb = span.root.head
        if span.root.dep_ in ("pobj", "agent") and verb.head.lemma_ in self.typing["reporting_verbs"]:
            return TW.NewsOrganization
        if span.root.dep_ == "pobj" and verb.lower_ == "to" and verb.head.lower_ == "according":
            return TW.NewsOrganization
        return TW[self.typing["default"]]


def _fuller_names(doc: Doc, model_spans: list[Span]) -> list[Span]:
    """'employees of Stillwater Link', where the model named only 'Stillwater' (elsewhere, alone):
    a run of capitalized words it left unlabelled that begins with a one-word name it found, told
    at least once inside a sentence, is the fuller name."""
    one_word = {span.text for span in model_spans if len(span) == 1}
    runs = [
        (start, end)
        for start, end in unlabelled_names(doc)
        if end - start in (2, 3) and doc[start].text in one_word
        and not (end < len(doc) and doc[end].lower_ in ("for", "of"))  # "Quillon Members for a Real Clause"
    ]  # fmt: skip
    inside = {doc[start:end].text for start, end in runs if not doc[start].is_sent_start}
    return [Span(doc, start, end, label="ORG") for start, end in runs if doc[start:end].text in inside]


def _without_legal_suffix(name: str) -> str:
    """'Loomstead Data' for 'Loomstead Data Inc.' (the name the story goes on to use; 'Inc.' is
    how the company is registered, not what it is called)."""
    forms = set(org_typing()["legal_forms"])
    words = name.split()
    while len(words) > 1 and words[-1].lower() in forms:
        words.pop()
    return " ".join(words).rstrip(",")


def _words_of_name(name: str) -> int:
    """How many words a name has, the parts of a double-barrelled one counted apart: a person's
    'Salcedo-Hartt' is a surname as 'Mary Vent' is a full name."""
    return len(name.replace("-", " ").split())


def _name_length(span: Span) -> int:
    """How many words a name has, its possessive ending not counted ("Quarrymoor's" is one word,
    shorter than "Quarrymoor Analytics")."""
    return sum(1 for token in span if token.text not in ("'s", "’s"))


def _parent_of_all(companies: list[Entity]) -> Entity | None:
    """The one company a short name stands for: the only one, or the one whose name begins the
    names of all the others ('Ambervale' for 'Ambervale Cloud', not its 'Ambervale Cloud Danmark')."""
    names = sorted(((name_key(e.label).split(), e) for e in companies), key=lambda pair: len(pair[0]))
    if not names:
        return None
    words, parent = names[0]
    return parent if all(other[: len(words)] == words for other, _ in names[1:]) else None


def _short_form_drops(rest: list[str], designators: set[str]) -> bool:
    """Whether a company's short name may leave out these last words of its name: designators
    ('Kestrel' for 'Kestrel Metrics'), a few words ending in one ('Kitehawk' for 'Kitehawk Aerial
    Systems'), one or two words more ('Ridgeway' for 'Ridgeway Dataworks', 'Brannock' for 'Brannock
    Data Operations'), or the partners after the first ('Hollis' for 'Hollis & Grant', 'Baker and
    Lane')."""
    words_more = len(rest) in (1, 2) and not {"&", "and"} & set(rest)
    if rest and (rest[-1] in designators and len(rest) <= 3 or words_more):
        return True  # "Kitehawk" for "Kitehawk Aerial Systems"
    return set(rest) <= designators or rest[0] in ("&", "and") and len(rest) in (2, 3)


_CITY_SERVICES = {"police", "council", "official", "officer", "government", "sheriff", "mayor", "prosecutor"}
_TRADES = {  # "a Houston staffing agency" is a firm, "a news agency" an outlet, not a public body
    "staffing": "firm", "advertising": "firm", "ad": "firm", "talent": "firm", "travel": "firm",
    "marketing": "firm", "recruiting": "firm", "recruitment": "firm", "employment": "firm",
    "insurance": "firm", "creative": "firm", "consulting": "firm", "design": "firm", "digital": "firm",
    "branding": "firm", "media": "firm", "translation": "firm", "collection": "firm", "credit": "firm",
    "rating": "firm", "contracting": "firm", "outsourcing": "firm", "temp": "firm", "temporary": "firm",
    "news": "outlet", "wire": "outlet",
}  # fmt: skip
_PUBLIC_MARKS = {"state", "federal", "national", "government", "export", "public"}


def _trade(noun: Token) -> str:
    """The noun that says what a thing is, 'agency' read with the trade in front of it, 'trade
    group' whole."""
    lemma = noun.lemma_.lower()
    public = any(c.dep_ == "poss" or c.lower_ in _PUBLIC_MARKS for c in noun.children)
    if lemma == "agency" and not public:  # but "the country's export credit agency", "state media agency"
        for child in noun.children:
            if child.dep_ in ("compound", "amod") and child.lower_ in _TRADES:
                return _TRADES[child.lower_]
    if lemma in ("group", "association") and any(c.lower_ in ("trade", "industry") for c in noun.children):
        return "trade group"  # "a national trade group": an organization of businesses, no charity
    return lemma


def _described_as(span: Span) -> tuple[str | None, str | None]:
    """The head noun the text uses to say what a name is, and how: 'appos' ('Palantir, a data
    analysis company'), 'attr' ('Project Maven is a ... program') or 'compound' ('its Rekognition
    service')."""
    if len(span) > 1 and span[0].lower_ == "the":  # "the Aerial Investigation Research program": the
        span = span[1:]  # article hangs on the head noun, which would make it the span's root
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.pos_ == "NOUN" and not _speaks_after(child):
            return _trade(child), "appos"
    if root.dep_ == "oprd" and root.head.lemma_ in ("call", "name", "dub") and root.head.tag_ == "VBN":
        if root.head.head.pos_ == "NOUN":  # "the software, called Rekognition"
            return root.head.head.lemma_.lower(), "appos"
    if root.dep_ == "oprd" and root.head.lemma_ in ("call", "name", "dub") and root.head.dep_ == "relcl":
        if root.head.head.pos_ == "NOUN":  # "The feature, which Tillbrook calls Hold Alert"
            return root.head.head.lemma_.lower(), "appos"
    known_as = root.head if root.dep_ == "pobj" and root.head.lower_ == "as" else None
    if (
        known_as is not None
        and known_as.head.lemma_ in ("know", "call", "name")
        and known_as.head.dep_ == "acl"
    ):
        described = known_as.head.head  # "BCFS, a nonprofit formerly known as Baptist Child & ..."
        if described.pos_ == "NOUN":
            return described.lemma_.lower(), "appos"
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        return root.head.lemma_.lower(), "appos"
    if root.dep_ in ("compound", "nmod", "amod") and root.head.pos_ == "NOUN":
        comma = span.doc[span.end] if span.end < len(span.doc) else None
        if comma is not None and comma.text == "," and comma.head == root.head and root.head.i > comma.i:
            return _trade(root.head), "appos"  # "to develop Lodeline, software that sorts ..."
        head = root.head  # "Brindle's RouteKeeper software plans ...": the parse's "software plans"
        while (
            head.lemma_.lower() not in PRODUCT_HEADS and head.dep_ == "compound" and head.head.pos_ == "NOUN"
        ):
            head = head.head
        before = span.doc[span.start - 1] if span.start > 0 else None
        owned = before is not None and before.lower_ in ("'s", "’s", "its", "their", "his", "her", "the")
        if (
            head.lemma_.lower() in _MAKERS_UNLESS_DETERMINED
            and not owned
            and not any(c.dep_ in ("det", "poss") for c in head.children)
        ):
            return None, None  # "uses Salesforce software": made by Salesforce, not named Salesforce
        return head.lemma_.lower(), "compound"
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        for attr in root.head.children:
            if attr.dep_ == "attr" and attr.pos_ == "NOUN":
                return attr.lemma_.lower(), "attr"
    after = span.doc[span.end : span.end + 9]  # the parser may hang the appositive elsewhere
    if len(after) > 2 and after[0].text == "," and after[1].lemma_.lower() in PRODUCT_HEADS:
        if after[1].pos_ == "NOUN" and after[2].lower_ in ("that", "which", "used", "designed", "built"):
            return after[1].lemma_.lower(), "appos"  # "for BeatWise, software that predicts ..."
    if len(after) > 2 and after[0].text == "," and after[1].lower_ in ("a", "an", "the"):
        for token in after[2:]:
            if token.pos_ == "NOUN" and token.dep_ not in ("compound", "poss"):
                if _speaks_after(token):
                    break  # "..., the Piraeus Medical Relief Fund, the company said": the speaker
                if token.dep_ in ("nsubj", "nsubjpass") and token.head.i == token.i + 1:
                    break  # "signed by its general counsel, Peter Haverford, the company rejected ..."
                return token.lemma_.lower(), "appos"  # not the owner in "the company's president"
            if token.lower_ in ("nonprofit", "non-profit", "startup"):
                return token.lower_, "appos"  # which the tagger may take for an adjective or a verb
            if token.text == "," and token.nbor(-1).ent_type_ == "GPE":
                continue  # "Canopy Count, a Portland, Oregon, nonprofit"
            if token.pos_ not in ("NOUN", "ADJ", "PROPN", "PART"):
                break
    return None, None


def _short_of(span: Span, known: list[Span]) -> Span | None:
    """A name the model ran into a known one cut where the known one starts: 'the Special Response
    Teams of [U.S. Immigration] and Customs Enforcement' ends before 'U.S. Immigration ...'."""
    for other in known:
        if span.start < other.start < span.end < other.end:
            end = other.start
            while end > span.start and (
                span.doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PUNCT")
                or span.doc[end - 1].text in ("U.S.", "US")
            ):
                end -= 1  # not "of the U.S." before the known name
            return Span(span.doc, span.start, end, label=span.label_) if end > span.start else None
    return span


def _based_in(span: Span) -> bool:
    """'based in Petah Tikva', 'headquartered in Herndon', 'the Copenhagen-based subsidiary': the
    name of a place."""
    root, doc = span.root, span.doc
    if span.end + 1 < len(doc) and doc[span.end].text == "-":
        return doc[span.end + 1].lower_ in ("based", "headquartered")
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "in"
        and root.head.head.lemma_ in ("base", "headquarter", "headquarters", "locate")
    )


_BODY_ENDINGS = {"committee", "office", "department", "commission", "agency", "bureau", "board", "council"}
_DESIGNATOR_ENDINGS = {"inc", "corp", "llc", "ltd", "company", "group", "foundation", "union"}


def _committee_of_public_body(span: Span) -> bool:
    """'the council's Public Safety and Livable Neighborhoods Committee': a legislature's committee."""
    doc = span.doc
    owner = span.start - 2
    return (
        span[-1].lower_ in ("committee", "subcommittee")
        and owner >= 0
        and doc[owner + 1].text in ("'s", "’s")
        and doc[owner].lemma_.lower()
        in ("council", "board", "senate", "house", "legislature", "assembly", "city", "county")
    )


def _joined_at_and(spans: list[Span]) -> list[Span]:
    """One name the model cut at its 'and': 'Public Safety' + 'and' + 'Livable Neighborhoods
    Committee', 'Digital' + 'and' + 'Artificial Intelligence Office' are one body's name."""
    joined: list[Span] = []
    for span in spans:
        before = joined[-1] if joined else None
        doc = span.doc
        if (
            before is not None
            and before.label_ == "ORG"
            and span.label_ == "ORG"
            and span.start == before.end + 1
            and doc[before.end].lower_ == "and"
            and span[-1].lower_ in _BODY_ENDINGS
            and span[0].lower_ != "the"  # "the Park City Police Department and the Sheriff's Office": two
            and before[-1].lower_ not in _BODY_ENDINGS | _DESIGNATOR_ENDINGS
            and all(t.is_title for t in before if t.lower_ != "the")
        ):
            joined[-1] = Span(doc, before.start, span.end, label="ORG")
            continue
        if before is not None and _purpose_name_goes_on(before, span):
            joined[-1] = Span(doc, before.start, span.end, label="ORG")
            continue
        joined.append(span)
    return joined


_PURPOSE_HEADS = {"center", "centre", "institute", "coalition", "alliance", "campaign", "fund", "project"}


def _purpose_name_goes_on(before: Span, span: Span) -> bool:
    """'the Hermes Center for Transparency' + 'and' + 'Digital Human Rights': a group named for its
    cause, the cause cut at its 'and' (not 'the Department of Prisons' + 'and' + a company)."""
    doc = before.doc
    words = [t.lower_ for t in before]
    at = words.index("for") if "for" in words else -1
    return (
        before.label_ == "ORG"
        and span.label_ == "ORG"
        and span.start == before.end + 1
        and doc[before.end].lower_ == "and"
        and 0 < at < len(words) - 1
        and words[at - 1] in _PURPOSE_HEADS
        and all(t.is_title for t in span)
        and not {t.lower_ for t in span} & {"for", "of"}
    )


def _home_of(span: Span) -> bool:
    """'the Petah Tikva company', 'the Seattle firm', 'the Fort Lauderdale, Florida, company', 'X, a
    Menlo Park, California, firm': news prose names a company by its home."""
    head = span.root.head
    homes = ("company", "firm", "startup", "start-up")
    if (
        span.root.dep_ == "compound"
        and head.lemma_ in homes
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and span.start > head.left_edge.i  # "the" comes before the place
    ):
        return True
    doc = span.doc  # "the Fort Lauderdale, Florida, company": the place with its state
    after = doc[span.end : span.end + 6]
    definite = span[0].lower_ == "the" or span.start > 0 and doc[span.start - 1].lower_ == "the"
    described = (
        span.start > 1 and doc[span.start - 1].lower_ in ("a", "an") and doc[span.start - 2].text == ","
    )
    if len(after) < 3 or after[0].text != ",":
        return False
    if not definite and not (described and after[1].ent_type_ == "GPE"):
        return False  # but "Ninebark Ventures, a Menlo Park, California, firm"
    second = next((i for i in range(2, len(after) - 1) if after[i].text == ","), None)
    return second is not None and after[second + 1].lemma_ in homes


def _plural_appositive(span: Span) -> bool:
    """'Parapet Cloud, its workers and ...': people beside the name, not what it is."""
    return any(c.dep_ == "appos" and c.tag_ in ("NNS", "NNPS") for c in span.root.children)


def _adjective(span: Span) -> bool:
    """'Black and Latino neighborhoods': one word that describes a noun, not a name."""
    root = span.root
    return len(span) == 1 and (root.dep_ == "amod" or root.dep_ == "conj" and root.head.dep_ == "amod")


_LAUNCHING = {"unveil", "launch", "release", "introduce", "debut"}


def _launched(span: Span) -> bool:
    """'Axon unveiled Draft One', 'the company launched Gemini': the object of a launch."""
    root = span.root
    return root.dep_ == "dobj" and root.head.lemma_ in _LAUNCHING and root.ent_type_ in ("ORG", "")


def _followed_by_who(span: Span) -> bool:
    """'X, who ...': people are 'who', organizations 'which'."""
    doc = span.doc
    after_org = span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].ent_type_ == "ORG"
    if after_org:  # "the University of California, Los Angeles, who ...": the place of a name before
        return False
    in_place = span.label_ == "GPE" and span.start >= 1 and doc[span.start - 1].lower_ in ("in", "from", "at")
    if in_place:  # "One product manager in San Francisco, who asked ...": the manager
        return False
    return span.end + 1 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ == "who"


def _speaks_after(noun: Token) -> bool:
    """'..., the company said': a noun the parser hangs on a name that is the speaker after it."""
    following = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return following is not None and following.lemma_ in ("say", "add", "write", "tell")


def _the_citys(span: Span) -> bool:
    """'the city's Sustainability Department': a body of the story's city, named without it."""
    doc, i = span.doc, span.start
    return (
        i >= 3
        and span[-1].lower_ in _BODY_ENDINGS  # not "the city's Office of the Independent Police Monitor"
        and doc[i - 1].text in ("'s", "’s")
        and doc[i - 2].lower_ == "city"
        and doc[i - 3].lower_ == "the"
    )


def _city_body(name: str) -> bool:
    """'City Council', 'City Commission': a city's body named without the city (not 'City of X')."""
    words = name_key(name).split()
    return len(words) >= 2 and words[0] == "city" and words[1] != "of"


def _datelines(doc: Doc) -> list[str]:
    """The places of the datelines that open paragraphs ('CALDER FALLS, Wis. (Test Wire) —')."""
    openings = (DATELINE.match(doc.text, p.end()) for p in _PARAGRAPH.finditer(doc.text))
    return [m.group("place") for m in openings if m]


def _home_city(doc: Doc) -> str | None:
    """The city a story is about: its dateline's place, else the place it names most (the first
    of those named as often), not a state or a country."""
    regions = set(org_typing()["not_cities"])
    places = [e for e in doc.ents if e.label_ == "GPE" and name_key(e.text) not in regions]
    if datelines := _datelines(doc):
        key = name_key(datelines[0])
        if key in regions:
            return None
        return next((p.text for p in places if name_key(p.text) == key), datelines[0].title())
    counts = Counter(name_key(p.text) for p in places)
    if not counts:
        return None
    best = max(counts.values())
    key = next(name_key(p.text) for p in places if counts[name_key(p.text)] == best)
    return next(trimmed(p).text.removeprefix("the ") for p in places if name_key(p.text) == key)


def _owner_place(span: Span) -> str | None:
    """The place a public body's generic name belongs to: 'San Francisco' in 'San Francisco's
    Board of Supervisors', 'Chicago' in 'Chicago's City Council'."""
    doc = span.doc
    i = span.start - 1
    if i < 1 or doc[i].text not in ("'s", "’s"):
        return None
    place = next((e for e in doc.ents if e.end in (i, i + 1) and e.label_ in ("GPE", "LOC")), None)
    if place is None:
        return None
    words = doc[place.start : min(place.end, i)].text  # the model may take the "'s" in
    return words if words and not span.text.startswith(words) and _generic_body_name(span) else None


def _generic_body_name(span: Span) -> bool:
    """A name every city or country has ('Board of Supervisors', 'Police Department', 'Ministry
    of Defense'), not one of its own ('Greece's Coastal Migration Authority' is the Coastal
    Migration Authority)."""
    typing = org_typing()["name_words"]
    generic = {*typing["GovernmentAgency"], *typing["GovernmentOrganization"], "board", "office"}
    words = [t.lower_ for t in span if t.lower_ not in ("the", "'s")]
    if len(words) > 2 and words[0] in generic and words[1] == "of":
        return True  # "Ministry of Defense", "Department of Justice"
    return all(w in generic or w in ("of", "and") for w in words)


def _group_of_staff(span: Span) -> bool:
    """Whether the group a name is said to be is 'a group of (X) employees', 'a campaign of workers'."""
    near = [*span.doc[span.end : min(span.end + 4, len(span.doc))], span.root.head]
    for group in (*(c for t in span for c in t.children), *near):
        if group.lemma_ in _STAFF_GROUPS:
            described = {c.lemma_.lower() for c in group.children if c.dep_ in ("compound", "amod")}
            if described & STAFF_WORDS:
                return True  # "an employee group formed in June"
            for of in (c for c in group.children if c.dep_ == "prep" and c.lower_ == "of"):
                if any(m.lemma_.lower() in STAFF_WORDS for m in of.children if m.dep_ == "pobj"):
                    return True
    return False


def _listed_after_staff_groups(span: Span) -> bool:
    """Whether a name is one of a list after a plural 'employee groups' ('three of the company's
    employee resource groups, Somos Brackwater, the Black Employees Network and Brackwater Pride')."""
    doc, i = span.doc, span.start - 1
    while i > span.sent.start and (doc[i].text in (",", "and", "the") or doc[i].is_title):
        i -= 1
    groups = doc[i + 1] if doc[i + 1].text == "," else None
    groups = doc[i] if groups is not None else None
    if groups is None or groups.lemma_ not in _STAFF_GROUPS or groups.tag_ != "NNS":
        return False
    return any(t.lemma_.lower() in STAFF_WORDS for t in doc[groups.left_edge.i : groups.i])


def _after_title(span: Span) -> bool:
    """'chief executive Nat Friedman', 'co-founder and co-chairman Steve Conine': a job title
    written just before the name."""
    titles = STAFF_WORDS | set(org_typing()["title_words"]) | role_words()
    before = span.doc[max(span.sent.start, span.start - 4) : span.start]
    words = [
        t.lower_ for t in before if t.is_lower or t.lower_ == "ceo" or t.is_sent_start
    ]  # "Spokeswoman X"
    return bool(words) and before[-1].lower_ in titles | {"co-chairman", "co-founder", "cofounder", "lead"}


def _in_apposition_to_staff(token) -> bool:
    """'Two engineers ..., Marcus Bell and Jun Park': a name standing for a staff noun."""
    while token.dep_ == "conj":
        token = token.head
    return token.dep_ == "appos" and token.head.lemma_.lower() in STAFF_WORDS


def _is_descriptor(span: Span) -> bool:
    """'Software maker Larkspur': a common noun capitalized by the start of a sentence, part of a
    description ('maker', 'company'), not a name."""
    root = span.root
    heads = {h for hs in org_typing()["appositive_heads"].values() for h in hs}
    return (
        len(span) == 1
        and span.start == span.sent.start
        and root.dep_ == "compound"
        and root.head.is_lower
        and root.head.lemma_ in heads
    )


_GENERIC_ACRONYMS = {"AI", "A.I.", "ML", "IT", "API", "LLM", "GPU", "VR", "AR"}  # "agentic AI": no one's name


def _first_surname(label: str) -> str | None:
    """The first of two surnames in a Spanish or Portuguese full name ('María Fernández Ruiz',
    'Lucía Moreno de la Fuente'), which a story uses alone; None for other names."""
    words = label.split()
    if len(words) < 3 or not any(not c.isascii() for c in label) and words[2].lower() not in ("de", "del"):
        return None  # "Mary Ann Smith": no first surname told apart
    return words[1] if len(words[1]) > 2 and words[1][0].isupper() else None


def _of_a_state(span: Span) -> bool:
    """'a bill in the state Senate', 'the state Supreme Court': a state's body, not the nation's
    that the bare name stands for."""
    return span.start > 0 and span.doc[span.start - 1].text == "state"


def _common_word_opening(span: Span, lowercase: set[str]) -> bool:
    """'Labor lawyers said ...' in an article that also speaks of 'the labor dispute': a word
    capitalized only because it opens the sentence."""
    return len(span) == 1 and span[0].is_sent_start and span[0].lower_ in lowercase


_TIME_ZONES = {"eastern", "central", "mountain", "pacific", "atlantic", "gmt", "utc", "bst", "cet"}


def _looks_like_name(span: Span) -> bool:
    """Capitalized words (small particles aside): 'ice' the word is not ICE the agency."""
    if span.ent_id_:  # a domain pattern: "Trump administration"
        return True
    if _is_descriptor(span) or span.text in _GENERIC_ACRONYMS:
        return False
    if len(span) == 1 and span[0].lower_ in _TIME_ZONES and any(t.lemma_ == "time" for t in span.sent):
        return False  # "All times are Eastern.": a time zone
    if any(t.text in ("v.", "vs.") for t in span):  # lower case: not the initial of "Elena V. Marchetti"
        return False  # "Oregon Justice Alliance v. Meadowlark Data": a case, read as one by its caption
    first = span[0]
    if first.is_sent_start and first.tag_ == "NNS" and len(span) > 2 and span[1].lower_ in ("for", "of"):
        return False  # "Lawyers for Nimbus asked ...": people described, not a name
    words = [t for t in span if t.is_alpha and t.lower_ not in _NAME_PARTICLES and not _hyphenated(t)]
    return bool(words) and all(t.text[0].isupper() or BRAND.match(t.text) for t in words)


def _hyphenated(word: Token) -> bool:
    """The part of a word after its hyphen: 'jin' of 'Soo-jin'."""
    doc = word.doc
    return (
        word.i >= 2
        and doc[word.i - 1].text == "-"
        and not doc[word.i - 2].whitespace_
        and not (doc[word.i - 1].whitespace_)
    )


def _local_body_of_state(span: Span, seen) -> Entity | None:
    """'the Florida sheriff's office' after 'the Pasco County Sheriff's Office': a local body told
    of by its state, written in small letters, is the one body of that kind the article named."""
    words = [t for t in span if t.lower_ != "the"]
    cut = next((i for i, t in enumerate(words) if t.is_lower), len(words))
    state = name_key(" ".join(t.text for t in words[:cut]))
    if not 0 < cut < len(words) or state not in org_typing()["not_cities"] or not words[-1].is_lower:
        return None
    body = name_key(" ".join(t.text for t in words[cut:])).split()
    found = {
        e.iri: e
        for e in seen
        if e.kind in (TW.GovernmentAgency, TW.GovernmentOrganization)
        and (label := name_key(e.label).split())[-len(body) :] == body
        and ("county" in label or "city" in label)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _outlet_by_short_name(name: str, seen) -> Entity | None:
    """'the Times' after 'The New York Times', 'the Journal' after 'The Wall Street Journal': a
    news outlet named by the last word of its name."""
    short = name_key(name).split()
    outlets = {
        e.iri: e
        for e in seen
        if e.kind == TW.NewsOrganization
        and len(short) == 1
        and (words := name_key(e.label).split())[-1:] == short
        and len(words) > 1
    }
    return next(iter(outlets.values())) if len(outlets) == 1 else None


def _department_by_short_name(name: str, seen) -> Entity | None:
    """'Interior' after 'the U.S. Department of the Interior', 'Commerce' after 'the Commerce
    Department', 'the Marshals' after 'the U.S. Marshals Service': the one department or agency
    of the article so named."""
    key = name_key(name)
    found = {
        e.iri: e
        for e in seen
        if e.kind in (TW.GovernmentAgency, TW.GovernmentOrganization)
        and re.search(
            rf"(\bdepartment of (the )?{re.escape(key)}|^(us )?{re.escape(key)} (department|service))$",
            name_key(e.label),
        )
    }
    return next(iter(found.values())) if key and len(found) == 1 else None
