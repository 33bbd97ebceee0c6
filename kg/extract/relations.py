"""Standing relations: positions ('Salesforce chief operating officer Keith Block'), products and
programs and who runs them, parts of organizations, places, founders (contracts and business ties
are in `contracts.py`)."""

import json
from collections import Counter
from functools import cache

from rdflib import URIRef
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span, Token

from kg.extract.entities import Entity, Mention, is_subclass, name_key
from kg.extract.pipeline import PATTERNS_DIR, read_patterns
from kg.extract.reader import Reader
from kg.extract.spans import MAKERS
from kg.extract.syntax import object_of, prep_object, subjects
from kg.namespaces import TW

LEX = read_patterns("events.json")


@cache
def _roles() -> dict[str, str]:
    """Job title (lower case) -> tw:Role local name."""
    data = json.loads((PATTERNS_DIR / "roles.json").read_text(encoding="utf-8"))
    return {title: role for role, titles in data.items() if not role.startswith("_") for title in titles}


_UNDER_TITLES = {"vice", "deputy", "assistant", "associate"}  # "vice chair" is not the chair


def read_positions(reader: Reader) -> None:
    """'chief executive officer Marc Benioff', 'Microsoft president Brad Smith', 'X, CEO of Y'."""
    doc = reader.doc
    matcher = PhraseMatcher(doc.vocab, attr="LOWER")
    for title in _roles():
        matcher.add(title, [reader.make_doc(title)])
    spans = sorted((Span(doc, s, e) for _, s, e in matcher(doc)), key=lambda s: (-len(s), s.start))
    taken: set[int] = set()
    held: set[tuple] = set()
    unnamed: list[tuple[Span, URIRef]] = []
    for span in spans:
        if (
            any(i in taken for i in range(span.start, span.end))
            or span.start_char < reader.article.body_start
            or span.start > 0
            and doc[span.start - 1].lower_ in _UNDER_TITLES
        ):
            continue
        taken.update(range(span.start, span.end))
        role = TW[_roles()[span.text.lower()]]
        lead = _coordinated_title(span, spans)  # "Clarifai's founder and chief executive": the first
        person = _person_near(reader, lead or span)
        if person is None:  # "co-founder and chief executive Adrian Sollner": named after the second
            person = next(
                (p for t in _coordinated(span, spans, lead) if (p := _person_near(reader, t))), None
            )
        if person is None:
            unnamed.append((span, role))
            continue
        org = _organization_near(reader, lead or span, person)
        if org is None or span.text.lower() == "judge" and not _district_court(reader, org):
            continue
        if role == TW.DistrictJudge and org.entity.kind != TW.Court:
            continue  # "District Judge X of the Southern District of California": not the company in focus
        person_iri = reader.use(person.entity, person.span)
        org_iri = reader.use(org.entity, org.span)
        if (person_iri, role, org_iri) in held:
            continue  # "the company's president, Brad Smith", then "Smith, who is ... president": one post
        held.add((person_iri, role, org_iri))
        node = reader.facts.node("position")
        label = f"{person.entity.label}, {span.text.lower()} of {org.entity.label}"
        reader.facts.describe(node, TW.Position, label, (span.start_char, span.end_char), "position.title")
        where = (person.span, span, org.span)
        reader.add(node, TW.holder, person_iri, *where, rule="position.title")
        reader.add(node, TW.role, role, span, rule="position.title")
        reader.add(node, TW.positionIn, org_iri, *where, rule="position.title")
        reader.add(node, TW.reportedIn, reader.article.iri, span, rule="position.title")
    for span, role in unnamed:
        _title_told_without_name(reader, span, role, held)


def _title_told_without_name(reader: Reader, title: Span, role: URIRef, held: set[tuple]) -> None:
    """'the company's founder disclosed ...', 'Fernhook's chief executive': the one person the
    article names as holding that title in that organization, before or after."""
    owner = next((c for c in title.root.children if c.dep_ == "poss"), None)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in title.root.children)
    if owner is None and not definite or any(c.dep_ == "prep" for c in title.root.children):
        return  # "a founder", "the chief executive of ...": not the one told of
    org = reader.entity(owner) if owner is not None else None
    organization = org is not None and is_subclass(org.kind, TW.Organization, reader.index.ontology)
    if owner is not None and not organization:
        return
    holders = {  # "the chief executive": the only one the article names
        person for person, held_role, place in held if held_role == role and (org is None or place == org.iri)
    }
    if len(holders) == 1 and (person := reader.index.entities.get(holders.pop())) is not None:
        reader.title_holders[title.root.i] = person


def _coordinated_title(title: Span, spans: list[Span]) -> Span | None:
    """The title a second one is coordinated with ('founder and chief executive', 'co-founder and
    co-chairman'), which carries the person and the organization of both."""
    if title.root.dep_ != "conj":
        return None
    head = title.root.head
    return next((s for s in spans if s.start <= head.i < s.end and s != title), None)


def _coordinated(title: Span, spans: list[Span], lead: Span | None) -> list[Span]:
    """The titles coordinated with this one, after it ('co-founder and [chief executive]'), or
    the title itself after its lead."""
    if lead is not None:
        return [title]
    return [s for s in spans if s.root.dep_ == "conj" and title.start <= s.root.head.i < title.end]


def _person_near(reader: Reader, title: Span) -> Mention | None:
    """The person a title names: right after it, or before it with a comma ('Nadella, CEO of')."""
    after = reader.mention(reader.doc[title.end]) if title.end < len(reader.doc) else None
    if after is not None and after.entity.kind == TW.Person:
        return after
    if title.end + 1 < len(reader.doc) and reader.doc[title.end].text == ",":  # "its president, X,"
        appositive = reader.mention(reader.doc[title.end + 1])
        if appositive is not None and appositive.entity.kind == TW.Person:
            return appositive
    if title.root.dep_ == "attr" and title.root.head.lemma_ == "be":  # "Pichai was its chief executive"
        subject = next((c for c in title.root.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ == "who" and title.root.head.dep_ == "relcl":
            subject = title.root.head.head  # "Peter Thiel, who is also its chairman"
        named = reader.mention(subject) if subject is not None else None
        if named is not None and named.entity.kind == TW.Person:
            return named
    for named in (c for c in title.root.children if c.dep_ == "appos"):  # "its VP for security, X,"
        appositive = reader.mention(named)
        if appositive is not None and appositive.entity.kind == TW.Person:
            return appositive
    end = title.root.right_edge.i + 1  # "Quillon's vice president of people, Dana Pruitt, wrote"
    if end + 1 < len(reader.doc) and reader.doc[end].text == ",":
        appositive = reader.mention(reader.doc[end + 1])
        if appositive is not None and appositive.entity.kind == TW.Person:
            return appositive
    comma = min(title.start, title.root.left_edge.i) - 1  # "X, the company's vice president"
    if comma >= 1 and reader.doc[comma].lower_ in ("a", "an", "the"):  # "Nadia Rahman, a vice president"
        comma -= 1
    if comma >= 1 and reader.doc[comma].text == ",":
        before = reader.mention(reader.doc[comma - 1])
        if before is not None and before.entity.kind == TW.Place:  # "Adam Schiff of California, chairman"
            home = before.span.root
            if home.dep_ == "pobj" and home.head.lower_ in ("of", "from"):
                before = reader.mention(home.head.head)
        if before is not None and before.entity.kind == TW.Person:
            return before
    return None


def _organization_near(reader: Reader, title: Span, person: Mention) -> Mention | None:
    """The organization of a title: just before it ('Microsoft president'), after 'of', or the
    company the sentence is about."""
    doc = reader.doc
    index = title.start - 1
    while index >= 0 and doc[index].text in ("’s", "'s"):
        index -= 1
    before = reader.mention(doc[index]) if index >= 0 else None
    if before is not None and _is_org(reader, before):
        return before
    if index >= 0 and doc[index].lower_ == "its" and (owner := reader.entity(doc[index])) is not None:
        if is_subclass(owner.kind, TW.Organization, reader.index.ontology):
            return Mention(doc[index : index + 1], owner)  # "Its president, Brandon Judd, said"
    heading = not title[0].is_sent_start or title.text.lower() == "president"  # "President Joe Biden signed"
    judge = title.text.lower().endswith("judge")  # "U.S. District Judge Carla M. Ortiz": of a court told of
    if title[0].is_title and heading and person.span.start == title.end and not judge:
        if not any(doc[end].lower_ in ("of", "at") for end in (title.end, person.span.end) if end < len(doc)):
            return None  # "President Donald Trump": a head of state, no organization named
    if index >= 0 and doc[index].lemma_ == "company" and (company := reader.entity(doc[index])) is not None:
        return Mention(doc[index : index + 1], company)  # "the company's vice president"
    for end in (title.end, person.span.end):  # "president of X", "Judge Helen Marsh of the X Court"
        if end >= title.end and end + 1 < len(doc) and doc[end].lower_ in ("of", "at"):
            after = next(  # the first name after "of" ("of the U.S. District Court ...")
                (
                    m
                    for k in range(end + 1, min(end + 4, len(doc)))
                    if (m := reader.mention(doc[k])) is not None
                ),
                None,
            )
            if after is not None and _is_org(reader, after):
                return after
    if judge:  # "Judge Halima Sorensen granted ...": the court named before
        courts = {
            m.entity.iri: m
            for m in reader.mentions
            if m.entity.kind == TW.Court and m.span.start < title.start
        }
        return next(iter(courts.values())) if len(courts) == 1 else None
    subject = next((c for c in title.sent.root.children if c.dep_ == "nsubj"), None)
    if (
        subject is not None
        and subject.lemma_ == "company"
        and (company := reader.entity(subject)) is not None
    ):
        return Mention(doc[subject.i : subject.i + 1], company)  # "The Microsoft-owned company has ..."
    companies = [
        m for m in reader.mentions
        if m.span.sent == title.sent and is_subclass(m.entity.kind, TW.Company, reader.index.ontology)
    ]  # fmt: skip
    if companies:
        return min(  # "Varrow will keep the contract it got when it bought Dunmore, chief executive X said"
            companies,
            key=lambda m: (
                m.span.root.dep_ not in ("nsubj", "nsubjpass"),
                m.span.start > title.start,
                abs(m.span.start - title.start),
            ),
        )
    # Of the companies named in this paragraph and the two before (or, if none, before), the one
    # the article has spoken of most so far (of two as often, the later): its officers need no
    # company named ("Chief financial officer Eileen Sato said ...", after another firm's analyst).
    before = [
        m for m in reader.mentions
        if m.span.start < title.start and m.span.start_char >= reader.article.body_start
        and m.entity.kind == TW.Company
    ]  # fmt: skip
    counts = Counter(m.entity.iri for m in before)
    here = _paragraph(reader, title.start_char)
    near = [m for m in before if here - _paragraph(reader, m.span.start_char) <= 2] or before
    return max(reversed(near), key=lambda m: counts[m.entity.iri], default=None)


def _paragraph(reader: Reader, position: int) -> int:
    """The number of the paragraph a character is in."""
    return reader.doc.text.count("\n\n", 0, position)


def _district_court(reader: Reader, mention: Mention) -> bool:
    """'Judge X of the U.S. District Court for ...': a court whose judges are district judges."""
    return mention.entity.kind == TW.Court and "district" in mention.entity.label.lower()


def _is_org(reader: Reader, mention: Mention) -> bool:
    return is_subclass(mention.entity.kind, TW.Organization, reader.index.ontology)


def read_products(reader: Reader) -> None:
    """Who makes or runs a product or program: 'its Rekognition service', 'a Department of
    Defense program', 'Azure Government, the cloud platform that Microsoft runs'; and who uses it."""
    for mention in reader.mentions:
        kind = mention.entity.kind
        if (
            kind not in (TW.Product, TW.Program, TW.Platform)
            or mention.span.start_char < reader.article.body_start
        ):
            continue
        if mention.entity.origin == "graph" and kind == TW.Platform:
            continue
        root = mention.span.root
        heads = [root.head] if root.dep_ in ("compound", "appos", "nmod", "amod") else []
        heads += [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            heads += [c for c in root.head.children if c.dep_ == "attr"]
        for head in [root, *heads]:
            _maker(reader, mention, head)
        _maker_named_by_product(reader, mention)
    for verb in reader.doc:
        if verb.lemma_ in LEX["use_verbs"] and verb.pos_ == "VERB":
            target = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if target is None:
                continue
            product = reader.entity(target) if target.pos_ == "PROPN" else None
            if product is None and any(c.lower_ == "the" for c in target.children):
                product_node = reader.last("product", target)
            else:
                product_node = (
                    reader.use(product, target)
                    if product and product.kind in (TW.Product, TW.Platform)
                    else None
                )
            if product_node is None or verb.sent.start_char < reader.article.body_start:
                continue
            users = subjects(verb)
            users += [
                t for s in users[:1] for t in s.subtree if t.dep_ in ("conj", "appos") and t not in users
            ]
            for subject in users:
                user = reader.entity(subject)
                if user is not None and is_subclass(user.kind, TW.Organization, reader.index.ontology):
                    reader.add(
                        reader.use(user, subject),
                        TW.usesTechnology,
                        product_node,
                        subject,
                        verb,
                        rule="product.used-by",
                    )


_MAKING = {"run", "make", "build", "develop", "sell", "operate", "offer"}


def _maker_named_by_product(reader: Reader, mention: Mention) -> None:
    """'NSO Group, the maker of Pegasus', 'BriefCam, the developer of the software': the company
    in apposition to the maker makes the product."""
    root = mention.span.root
    of = root.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    maker_noun = of.head if of is not None and of.head.lemma_.lower() in MAKERS else None
    if maker_noun is None or maker_noun.dep_ != "appos" or mention.entity.kind == TW.Program:
        return
    maker = reader.entity(maker_noun.head)
    if maker is not None and is_subclass(maker.kind, TW.Organization, reader.index.ontology):
        node = reader.use(mention.entity, mention.span)
        reader.add(node, TW.developedBy, reader.use(maker, maker_noun.head), mention.span, maker_noun,
                   rule="product.maker-of")  # fmt: skip


def _maker(reader: Reader, mention: Mention, head: Token) -> None:
    node = reader.use(mention.entity, mention.span)
    reader.remember("product", node, mention.span.root)
    platform = mention.entity.kind == TW.Platform  # "the company's LinkedIn page": its page, not its LinkedIn
    for child in head.children:
        if child.dep_ in ("poss", "compound", "nmod") and child not in mention.span and not platform:
            maker = reader.entity(child)
            if maker is not None and is_subclass(maker.kind, TW.Organization, reader.index.ontology):
                property_ = TW.runBy if mention.entity.kind == TW.Program else TW.developedBy
                reader.add(
                    node, property_, reader.use(maker, child), mention.span, child, rule="product.owner"
                )
        if child.dep_ == "acl" and child.lemma_ in _MAKING and child.tag_ == "VBN":
            by = next((c for c in child.children if c.dep_ == "agent"), None)  # "sold by Amazon"
            maker_word = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
            maker = reader.entity(maker_word) if maker_word is not None else None
            if maker is not None and is_subclass(maker.kind, TW.Organization, reader.index.ontology):
                reader.add(
                    node, TW.developedBy, reader.use(maker, maker_word), mention.span, maker_word,
                    rule="product.made-by",
                )  # fmt: skip
        if child.dep_ == "relcl" and child.lemma_ in _MAKING:
            for subject in subjects(child):
                maker = reader.entity(subject)
                if maker is not None and subject.i != head.i:
                    reader.add(
                        node,
                        TW.developedBy,
                        reader.use(maker, subject),
                        mention.span,
                        subject,
                        rule="product.relative-clause",
                    )


def read_organizations(reader: Reader) -> None:
    """Parts ('Amazon Web Services' of Amazon), places ('the police department in Orlando'),
    business ties ('Palantir, a data analysis company that works with ICE')."""
    for mention in reader.mentions:
        entity = mention.entity
        if mention.span.start_char < reader.article.body_start or not _is_org(reader, mention):
            continue
        if entity.origin != "graph" and entity.kind in (TW.Company, TW.NonProfit):
            # a company's foundation is tied to it, not part of it; a public body is part of no
            # company ("the Alder Falls Police Department", though the parse made a company of
            # "Alder Falls")
            part = TW.affiliatedWith if entity.kind == TW.NonProfit else TW.componentOf
            for other in reader.index.entities.values():
                if (
                    other.kind == TW.Company
                    and other.iri != entity.iri
                    and name_key(entity.label).startswith(name_key(other.label) + " ")
                ):
                    reader.add(
                        reader.use(entity, mention.span),
                        part,
                        reader.use(other, mention.span),
                        mention.span,
                        rule="organization.name-prefix",
                    )
        root = mention.span.root
        place_word = prep_object(root, "in", "of") if entity.origin == "article" else None
        place = reader.entity(place_word) if place_word is not None else None
        if place is not None and place.kind == TW.Place:
            _tie(reader, mention, TW.location, place, place_word, "organization.located-in")
        for appos in [c for c in root.children if c.dep_ == "appos"]:
            whole_word = _whole_named(appos)
            whole = reader.entity(whole_word) if whole_word is not None else None
            if whole is not None and whole.iri != entity.iri and whole.kind != TW.Place:  # "the National
                # Institute of Justice, the research arm of the U.S. Department of Justice"
                _tie(reader, mention, TW.componentOf, whole, whole_word, "organization.part-of")
            for clause in [
                c for c in appos.children if c.dep_ == "relcl" and c.lemma_ in LEX["business_verbs"]
            ]:
                partner_word = prep_object(clause, "with", "for")
                partner = reader.entity(partner_word) if partner_word is not None else None
                if partner is not None:
                    _tie(
                        reader, mention, TW.doesBusinessWith, partner, partner_word, "organization.works-with"
                    )


def _whole_named(noun: Token) -> Token | None:
    """What an appositive makes an organization part of: 'the research arm of Y', "Y's venture
    capital arm", 'the agency within Y'."""
    if noun.lemma_.lower() in _PARTS:
        owner = next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        return prep_object(noun, "of", "within") or owner
    return prep_object(noun, "within") if noun.pos_ == "NOUN" else None


def _tie(reader: Reader, mention: Mention, property_: URIRef, other: Entity, word: Token, rule: str) -> None:
    """The organization a mention names, tied to another entity named by `word`."""
    reader.add(
        reader.use(mention.entity, mention.span),
        property_,
        reader.use(other, word),
        mention.span,
        word,
        rule=rule,
    )


_PARTS = set(read_patterns("org_types.json")["part_heads"])  # "X, the research arm of Y"
SEAT_WORDS = {"based", "headquartered"}
SEAT_NOUNS = {"headquarters", "headquarter"}


def _owner(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "poss"), None)


def read_seats(reader: Reader) -> None:
    """Where an organization is based: 'the Seattle-based company', 'Corvid, a Portland-based
    startup', 'Orbis, which is based in Columbus', 'the Oakland company', 'a San Francisco charity',
    'a Reston, Virginia, company', 'a payments company in Madison', 'the company's Denver
    headquarters', "Orwick's headquarters in Kansas City"."""
    doc = reader.doc
    kinds = {noun for nouns in read_patterns("org_types.json")["appositive_heads"].values() for noun in nouns}
    for mention in reader.mentions:
        if mention.entity.kind != TW.Place or mention.span.start_char < reader.article.body_start:
            continue
        end, root = mention.span.end, mention.span.root
        if end + 1 < len(doc) and doc[end].text == "-" and doc[end + 1].lower_ in SEAT_WORDS:
            described = doc[end + 1].head  # "the Seattle-based company"
        elif (
            root.dep_ in ("compound", "nmod")
            and _kind_noun(_last_compound(root.head), kinds)
            and not _city_before(root)
        ):
            described = _last_compound(root.head)  # "the Oakland company", "an Austin data analytics firm"
        elif (
            root.dep_ == "nmod"
            and root.head.dep_ in ("compound", "nmod")
            and _kind_noun(root.head.head, kinds)
        ):
            described = root.head.head  # "a Reston, Virginia, company": the city, not the state after it
        elif root.dep_ == "pobj" and root.head.lower_ == "in" and _kind_noun(root.head.head, kinds):
            described = root.head.head  # "Fernhill Software, a payments company in Madison"
            if described.dep_ != "appos":
                continue
        elif root.dep_ == "compound" and root.head.lemma_.lower() in SEAT_NOUNS and _owner(root.head):
            described = _owner(root.head)  # "the company's Denver headquarters"
        elif (
            root.dep_ == "pobj"
            and root.head.lower_ == "in"
            and root.head.head.lemma_.lower() in SEAT_NOUNS
            and _owner(root.head.head) is not None
        ):
            described = _owner(root.head.head)  # "outside Orwick's headquarters in Kansas City"
        elif root.dep_ == "pobj" and root.head.head.lower_ in SEAT_WORDS and root.head.lower_ == "in":
            described = root.head.head.head  # "Orbis, which is based in Columbus"
            if root.head.head.dep_ not in ("relcl", "acl"):
                continue
        elif (named := _named_before_seat(mention.span, kinds)) is not None:
            described = named
        else:
            continue
        named = described.head if described.dep_ == "appos" else described
        org = reader.entity(named)
        if org is None or not is_subclass(org.kind, TW.Organization, reader.index.ontology):
            continue
        reader.add(
            reader.use(org, named),
            TW.location,
            reader.use(mention.entity, mention.span),
            mention.span,
            described,
            rule="organization.seat",
        )


def _last_compound(word: Token) -> Token:
    """The noun a chain of compounds ends in: 'company' of 'Oakland simulation software company'."""
    while word.dep_ == "compound" and word.head.i > word.i:
        word = word.head
    return word


def _kind_noun(word: Token, kinds: set[str]) -> bool:
    """A noun that says what kind of organization something is: 'company', 'nonprofit', or any
    noun in apposition to its name ('Meridian Trace, a Boulder data broker')."""
    return word.pos_ == "NOUN" and (word.lemma_.lower() in kinds or word.dep_ == "appos")


def _named_before_seat(place: Span, kinds: set[str]) -> Token | None:
    """'Kindlepath, a Denver startup whose ...', 'Pinemark Vision, a Boulder, Colo., startup': the
    name before 'a <city> [, <state>,] ... <kind of organization>', read in word order where the
    parse has lost the appositive (it made a verb of 'startup')."""
    doc = place.doc
    if place.start < 3 or doc[place.start - 1].lower_ not in ("a", "an") or doc[place.start - 2].text != ",":
        return None
    after = place.end
    if after + 2 < len(doc) and doc[after].text == "," and doc[after + 1].ent_type_ == "GPE":
        after += 1  # "Boulder, Colo., startup": past the state and its comma
        while after < len(doc) and doc[after].ent_type_ == "GPE":
            after += 1
        if after >= len(doc) or doc[after].text != ",":
            return None
        after += 1
    for word in doc[after : after + 4]:
        if not word.is_alpha and "-" not in word.text:
            return None
        if word.lower_ in kinds:
            return doc[place.start - 3]
    return None


def _city_before(place: Token) -> bool:
    """'Virginia' of 'a Reston, Virginia, company': the state after the city that names the seat."""
    return any(c.dep_ == "nmod" and c.i < place.i and c.pos_ == "PROPN" for c in place.children)


FOUNDING_WORDS = {"found", "founded", "cofound", "cofounded", "co-found", "co-founded"}


def read_founders(reader: Reader, sentence: Span) -> None:
    """'Ellison, who founded the company in 2014', 'Kowalczyk, who co-founded the company',
    'Wayfair ... was founded by Shah and Conine in 2002'."""
    for verb in sentence:
        if verb.lower_ not in FOUNDING_WORDS and verb.lemma_ not in FOUNDING_WORDS or verb.pos_ != "VERB":
            continue
        passive = any(c.dep_ == "nsubjpass" for c in verb.children)
        founded = object_of(verb, "nsubjpass" if passive else "dobj")
        if founded is not None and founded.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            founded = _described(reader, verb.head)  # "Corbel, a company that X and Y founded in 2019"
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and founded is None:
            founded, founders = _founded_participle(reader, verb)  # "the contractor co-founded by X"
        elif passive:
            by = prep_object(verb, "by")
            founders = [by, *by.conjuncts] if by is not None else []
        elif verb.dep_ in ("relcl", "acl") and verb.head.pos_ == "PROPN":
            founders = [verb.head]  # the parser may read "co-founded" as "co", "-", "founded"
        else:
            founders = subjects(verb)
        org = reader.entity(founded) if founded is not None else None
        if org is None or not is_subclass(org.kind, TW.Organization, reader.index.ontology):
            continue
        for founder in founders:
            person = reader.entity(founder)
            if person is not None and person.kind == TW.Person:
                _founder(reader, verb, person, founder, org, founded)


def _described(reader: Reader, noun: Token) -> Token:
    """The name a describing noun stands beside ('Corbel, a company that ...'), else the noun."""
    return noun.head if noun.dep_ == "appos" and reader.entity(noun) is None else noun


def _founded_participle(reader: Reader, verb: Token) -> tuple[Token, list[Token]]:
    """'Anduril Industries, the defense contractor co-founded by Palmer Luckey': the organization
    the participle describes (through its appositive) and the people after 'by'."""
    founded = _described(reader, verb.head)
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    founders = [w for w in by.children if w.dep_ == "pobj"] if by is not None else []
    return founded, founders + [c for w in founders for c in w.conjuncts]


def _founder(reader: Reader, verb: Token, person, founder: Token, org, founded: Token) -> None:
    person_iri, org_iri = reader.use(person, founder), reader.use(org, founded)
    node = reader.facts.node("position")
    label = f"{person.label}, founder of {org.label}"
    reader.facts.describe(node, TW.Position, label, (verb.idx, verb.idx + len(verb.text)), "position.founded")
    reader.add(node, TW.holder, person_iri, founder, verb, rule="position.founded")
    reader.add(node, TW.role, TW.Founder, verb, rule="position.founded")
    reader.add(node, TW.positionIn, org_iri, verb, founded, rule="position.founded")
    reader.add(node, TW.reportedIn, reader.article.iri, verb, rule="position.founded")
    found = reader.date(verb)
    if found is not None:  # "founded the company in 2015"
        reader.add(node, TW.startDate, found[0], verb, found[1], rule="position.founded-in")
