"""Contracts and business ties: who contracts with whom ('Microsoft's $19.4 million contract with
ICE', 'a contract between Microsoft and the ministry', 'CDCR has awarded a contract to X'), for
what, for how much and since when; 'X has worked with Y since March'."""

from rdflib import RDF, Literal, URIRef
from spacy.tokens import Span, Token

from kg.extract.dates import resolve_date
from kg.extract.entities import Entity, is_subclass
from kg.extract.facts import char_range
from kg.extract.iris import slugify
from kg.extract.pipeline import read_patterns
from kg.extract.reader import Reader, contract_noun
from kg.extract.syntax import (
    before_participle,
    clause_text,
    future,
    infinitive,
    negated,
    prep_object,
    subjects,
)
from kg.namespaces import TW

LEX = read_patterns("events.json")
_LICENSES = ("license", "licence")


UNREAL = {"possible", "potential", "proposed", "prospective", "planned", "future", "hypothetical"}


def read_contracts(reader: Reader, sentence: Span) -> None:
    """'X's contract with Y', 'X, which has a contract with Y', 'a Pentagon contract', 'the deal'."""
    for noun in sentence:
        if not contract_noun(noun) or noun.pos_ != "NOUN" or _sought(noun):
            continue
        if any(c.dep_ == "det" and c.lower_ in ("every", "any", "each", "no", "all") for c in noun.children):
            continue  # "publish the terms of every contract it holds with DHS": no one contract
        if noun.dep_ == "dobj" and noun.head.lemma_ in _HOLDING and negated(noun.head):
            continue  # "the company had never had a contract with ICE": none
        client_word = prep_object(noun, "with")
        if client_word is None and noun.dep_ == "dobj" and noun.head.lemma_ in _WINNING:
            client_word = prep_object(noun, "from") or prep_object(noun.head, "from")  # "won ... from X"
        if client_word is None and noun.dep_ == "dobj" and noun.head.lemma_ in _SIGNING_WITH:
            client_word = prep_object(noun.head, "with")  # "signed a $7.8 million contract in October with X"
        if client_word is None and noun.lemma_.lower() == "sale":  # "its sale of sensors to the ministry"
            buyer = prep_object(noun, "to")
            client_word = buyer if buyer is not None and reader.public(reader.entity(buyer)) else None
        if noun.lemma_.lower() in _LICENSES and client_word is None and _buyer(noun) is None:
            continue  # "a new version under the plain MIT license": a software license, no deal
        client = None
        if client_word is not None:
            entity = reader.entity(client_word)
            if entity is not None and _company_board(reader, entity) and _definite_contract(noun):
                entity = None  # "reviewed the contract with Sundew's board": talked over with it
            if entity is not None:
                client = reader.use(entity, client_word)
            elif client_word.tag_ == "NNS" and client_word.lemma_.lower() in _PUBLIC_BODIES:
                client = reader.organization_group(client_word, "contract.client-group")  # "with agencies"
        if client is None:
            for child in noun.children:  # "a Pentagon contract"
                entity = reader.entity(child) if child.dep_ in ("compound", "nmod") else None
                if entity is not None and is_subclass(
                    entity.kind, TW.GovernmentOrganization, reader.index.ontology
                ):
                    client, client_word = reader.use(entity, child), child  # "its ICE or CBP contracts"
        if client is None and (buyer := _buyer(noun)) is not None and (entity := reader.entity(buyer)):
            client = reader.use(entity, buyer)  # "sold the department a three-year license"
        awarded = (  # "awarded a contract to X", "awarded X two contracts"
            prep_object(noun.head, "to")
            or next(
                (c for c in noun.head.children if c.dep_ == "dative" and c.pos_ in ("PROPN", "NOUN")), None
            )
            if noun.dep_ == "dobj" and noun.head.lemma_ in ("award", "grant")
            else None
        )
        winner = reader.entity(awarded) if awarded is not None else None
        if (
            client is None
            and winner is not None
            and is_subclass(winner.kind, TW.Company, reader.index.ontology)
        ):
            payer = next((reader.entity(w) for w in subjects(noun.head)), None)  # "CDCR has awarded a
            if payer is not None and reader.public(payer):  # contract to Parallax Voice"
                client = reader.use(payer, noun.head)
        task = _task(noun)
        served = next(  # the agency the work is for, wherever the parse hangs "for"
            (
                c
                for w in (task.subtree if task else ())
                if w.lower_ == "for"
                for c in w.children
                if c.dep_ == "pobj"
            ),
            None,
        )
        if client is None and served is not None and (entity := reader.entity(served)) is not None:
            if is_subclass(entity.kind, TW.GovernmentOrganization, reader.index.ontology):
                client = reader.use(entity, served)  # "a contract to store records for the agency"
        if client is None and (user := _served_in_clause(reader, noun)) is not None:
            client = user  # "a contract that lets the agency keep using its software"
        if client is None and (served_under := _served_under(reader, noun)) is not None:
            client = served_under  # "Under a contract signed in 2023, Quillon gives the office access to ..."
        contractor = _contractor(reader, noun)
        if client is None and (owner := _public_owner(reader, noun)) is not None:
            contractor, client = None, owner  # "a share of the Pentagon's $9 billion contract": its client
        if (hired := _hired_under(reader, noun)) is not None and client in (None, hired[1]):
            contractor, client = hired  # "The sheriff's office hired Stonegate under a contract to ..."
        if winner is not None and client is not None and awarded is not None:
            contractor = reader.use(winner, awarded)
        if (
            contractor is not None
            and client is not None
            and reader.public(reader.index.entities.get(contractor))
        ):
            if reader.public(reader.index.entities.get(client)):
                contractor = None  # "its ICE contracts", 'its' read as another agency: the company's
            else:
                contractor, client = client, contractor  # "the agency ... its contract with Orbis Data"
        if contractor is None and client is not None and _definite_contract(noun):
            # "the CBP contract": the one with CBP already spoken of; else "contracts with government
            # agencies": the company in focus
            contractor = next((c for c, other in reversed(reader.contracts) if other == client), None)
        if (
            contractor is None
            and client is not None
            and _private(reader, client)
            and noun.lemma_.lower() not in _ALLIANCES
        ):
            body = next((e for w in subjects(noun.sent.root) if reader.public(e := reader.entity(w))), None)
            if body is not None:  # "The department has cameras ..., supplied under a contract with Axon"
                contractor, client = client, reader.use(body, noun)
        partners: list = []
        between = prep_object(noun, "between")  # "a contract between Microsoft and the ministry"
        if contractor is None and client is None and between is not None:
            contractor, client = _between(reader, [between, *between.conjuncts])
        for clause in (
            c for c in noun.children if c.dep_ == "relcl" and c.lemma_ in ("sign", "reach", "award")
        ):
            if contractor is None:  # "a contract that ICE signed with LexisNexis"
                signers = subjects(clause)
                company, body = _between(reader, [*signers, prep_object(clause, "with", "to")])
                if company is not None and client in (None, body):
                    contractor, client = company, body  # "... that Google and Amazon signed with X": both
                    partners = [company]
                    for signer in signers[1:]:
                        entity = reader.entity(signer)
                        if entity is not None and is_subclass(entity.kind, TW.Company, reader.index.ontology):
                            partners.append(reader.use(entity, signer))
        placed = noun.dep_ == "dobj" and noun.head.lemma_ in _PLACING and noun.head.dep_ != "xcomp"
        if client is None and placed and not future(noun.head):  # not "expected to award the contract"
            payer = next((reader.entity(w) for w in subjects(noun.head)), None)
            if payer is not None and reader.public(payer):  # "The agency had signed a new task order"
                client = reader.use(payer, noun.head)
                contractor = None if contractor == client else contractor
        if contractor is None and client is not None and not _held_by_unknown(reader, noun):
            company = reader.focus(noun, TW.Company)
            contractor = reader.use(company, noun) if company is not None and company.iri != client else None
        if contractor is None and client is None:  # "The Nimbus contract, shared between Google and
            partners, client = _parties_told_around(reader, noun)  # Amazon, supplies ... to X"
            contractor = partners[0] if partners else None
        if _labor(reader, contractor) or _labor(reader, client):
            continue  # "the union's next contract with the company": a labor agreement
        if noun.lemma_.lower() in _ALLIANCES and _private(reader, contractor) and _private(reader, client):
            _partnership(reader, noun, contractor, client)  # "OpenAI's partnership with Anduril"
            continue
        node = reader.contract(contractor, client, noun)
        for partner in partners[1:] if node is not None else ():
            reader.add(node, TW.contractor, partner, noun, rule="contract.shared-between")
        if node is not None and noun.tag_ == "NNS" and client_word is not None:
            for other in client_word.conjuncts:  # "its contracts with ICE and CBP": one each
                entity = reader.entity(other)
                if entity is not None and entity.iri != client:
                    more = reader.contract(contractor, reader.use(entity, other), noun)
                    if more is not None:
                        reader.remember("contract", more, noun)
                        _contract_details(reader, more, noun)
        if node is None:
            if any(c.lower_ in ("the", "this", "that") for c in noun.children):
                node = reader.last("contract", noun)
            if node is None:
                continue
        reader.remember("contract", node, noun)
        _contract_details(reader, node, noun)
    for word in sentence:  # "give up its work for the Office of Refugee Resettlement": its contract
        if word.lemma_ == "work" and word.pos_ == "NOUN" and _sought(word):
            continue
        if word.lemma_ == "work" and word.pos_ == "NOUN" and (owner := _company_of(reader, word)) is not None:
            client_word = prep_object(word, "for")
            agency = reader.entity(client_word) if client_word is not None else None
            if agency is not None and is_subclass(
                agency.kind, TW.GovernmentOrganization, reader.index.ontology
            ):
                reader.contract(reader.use(owner, word), reader.use(agency, client_word), word)
    for word in sentence:  # "Under it, the company is building ...": the contract just spoken of
        if word.lower_ == "it" and word.dep_ == "pobj" and word.head.lower_ == "under":
            node = reader.last("contract", word)
            if node is not None and reader.sentence_number(word) - _last_said(reader, node) <= 2:
                _work_under(reader, node, word.head)


_ALLIANCES = {"partnership", "alliance", "collaboration"}
_HOLDING = {"have", "hold", "sign", "win", "get", "land", "award"}  # never done: no contract
_PLACING = {"sign", "award", "issue", "place", "grant"}  # what a public body does with a contract it pays
_PUBLIC_BODIES = {  # "contracts with military organizations": a group of clients (not "with its limits")
    "organization", "agency", "department", "government", "military", "ministry", "authority", "force",
}  # fmt: skip


def _held_by_unknown(reader: Reader, noun: Token) -> bool:
    """'Brindle won a $3.8 million deal with the Navy' where the name was not read as an actor:
    the holder is named, so the company in focus is not it."""
    if noun.dep_ != "dobj":
        return False
    return any(
        s.pos_ == "PROPN" and s.ent_type_ in ("ORG", "PERSON") and reader.entity(s) is None
        for s in subjects(noun.head)
    )


def _may_contract(reader: Reader, entity) -> bool:
    """A company, or an organization outside government that works for it (a university, a
    non-profit), which can hold a contract with a public body."""
    return is_subclass(entity.kind, TW.Company, reader.index.ontology) or entity.kind in (
        TW.Organization,
        TW.NonProfit,
    )


def _private(reader: Reader, party) -> bool:
    entity = reader.index.entities.get(party) if party is not None else None
    return entity is not None and is_subclass(entity.kind, TW.Company, reader.index.ontology)


def _partnership(reader: Reader, noun: Token, one: URIRef, other: URIRef) -> None:
    """Two companies working together: an agreement between parties, not a contract for a client."""
    node = URIRef(f"{one}-{slugify(reader.label_of(other))}-partnership")
    label = f"Partnership of {reader.label_of(one)} and {reader.label_of(other)}"
    reader.facts.describe(node, TW.Agreement, label, char_range(noun), "agreement.partnership")
    for party in (one, other):
        reader.add(node, TW.party, party, noun, rule="agreement.partnership")
    if (task := _task(noun)) is not None:  # "a partnership with Anduril to use its models in ..."
        words = clause_text(task)
        reader.add(node, TW.purpose, Literal(words.text), noun, words, rule="agreement.purpose")
    reader.remember("agreement", node, noun)


_HIRING = {"hire", "retain", "engage", "pay", "select", "choose", "bring"}
_HANDING = {"hand", "give", "award", "assign", "outsource", "subcontract", "pass"}


def _hired_under(reader: Reader, noun: Token) -> tuple[URIRef, URIRef] | None:
    """The two sides of work done under a contract told by who hired whom: 'The sheriff's office
    hired Stonegate under a contract', 'Stonegate handed part of the work to Tinderbox under a
    subcontract' (contractor, client)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return None
    verb = noun.head.head
    if verb.lemma_ in _HIRING:
        hired = next((c for c in verb.children if c.dep_ == "dobj"), None)
    elif verb.lemma_ in _HANDING:
        hired = prep_object(verb, "to") or next((c for c in verb.children if c.dep_ == "dative"), None)
    else:
        return None
    payer = next((e for w in subjects(verb) if (e := reader.entity(w)) is not None), None)
    taker = reader.entity(hired) if hired is not None else None
    if payer is None or taker is None or payer.iri == taker.iri or not _may_contract(reader, taker):
        return None
    if not is_subclass(payer.kind, TW.Organization, reader.index.ontology):
        return None
    return reader.use(taker, hired), reader.use(payer, verb)


def _served_under(reader: Reader, noun: Token):
    """The public body the work done under a contract is for: the one given or provided something
    ('Under a contract ..., Quillon gives the office access', 'provides the agency with ...')."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return None
    verb = noun.head.head
    objects = [c for c in verb.children if c.dep_ in ("dative", "dobj")]
    for word in [*objects, *(c for o in objects for c in o.children if c.dep_ == "compound")]:
        entity = reader.entity(word)
        if entity is not None and reader.public(entity):
            return reader.use(entity, word)
    return None


def _company_board(reader: Reader, entity: Entity) -> bool:
    """A company's board of directors: a part of the company, never a party to its deals."""
    whole = reader.index.entities.get(reader.facts.value(entity.iri, TW.componentOf))
    company = whole is not None and is_subclass(whole.kind, TW.Company, reader.index.ontology)
    return company and entity.label.lower().endswith(" board")


def _definite_contract(noun: Token) -> bool:
    """'the CBP contract', 'that contract': one already spoken of (not 'its contract', 'a contract')."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in noun.children)


def _labor(reader: Reader, party) -> bool:
    """A workers' group or union, whose contracts with an employer are labor agreements."""
    entity = reader.index.entities.get(party) if party is not None else None
    if entity is None:
        return False
    return entity.kind == TW.PersonGroup or bool({"union", "guild"} & set(entity.label.lower().split()))


def _last_said(reader: Reader, node) -> int:
    return max(
        (reader.sentence_number(reader.doc[i]) for kind, n, i in reader.recent if n == node),
        default=-10,
    )


def _company_of(reader: Reader, noun: Token):
    """The company whose noun it is: 'its work', 'Halcyon's work'."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    entity = reader.entity(poss) if poss is not None else None
    return entity if entity is not None and entity.kind == TW.Company else None


def _sought(noun: Token) -> bool:
    """A contract someone may bid on or seeks, which no one holds: 'promise that it will not bid on
    a cloud computing contract with CBP', 'is competing for a contract', 'its possible work for CBP'."""
    if any(c.dep_ == "amod" and c.lower_ in UNREAL for c in noun.children):
        return True  # "its possible work for CBP", "a proposed contract"
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    return verb is not None and verb.lemma_ in ("bid", "compete", "vie", "pursue", "seek", "apply", "chase")


def _between(reader: Reader, words: list[Token]) -> tuple[object, object]:
    """The company and the government body of 'between A and B', in either order."""
    company = client = None
    for word in words:
        entity = reader.entity(word) if word is not None and word.lower_ != "that" else None
        if entity is None:
            continue
        if is_subclass(entity.kind, TW.GovernmentOrganization, reader.index.ontology):
            client = client or reader.use(entity, word)
        elif is_subclass(entity.kind, TW.Organization, reader.index.ontology):
            company = company or reader.use(entity, word)
    return (company, client) if company is not None and client is not None else (None, None)


def _parties_told_around(reader: Reader, noun: Token) -> tuple[list, object]:
    """Parties told in the clauses around a contract that names neither: 'shared between Google
    and Amazon', 'held by X', 'awarded to X' (contractors); 'The contract supplies ... to the
    Israeli government' (the client)."""
    contractors = []
    clauses = [c for c in noun.children if c.dep_ == "acl"]
    for clause in [*clauses, *(c for a in clauses for c in a.conjuncts)]:  # "signed in 2021 and shared ..."
        if clause.lemma_ not in ("share", "hold", "award", "win", "split"):
            continue
        for prep in clause.children:
            if prep.dep_ in ("prep", "agent", "dative") and prep.lower_ in ("between", "by", "to", "among"):
                for word in (c for c in prep.children if c.dep_ == "pobj"):
                    for each in (word, *word.conjuncts):
                        entity = reader.entity(each)
                        if entity is not None and is_subclass(entity.kind, TW.Company, reader.index.ontology):
                            contractors.append(reader.use(entity, each))
    client = None
    verb = noun.head if noun.dep_ == "nsubj" else None
    if verb is not None and verb.lemma_ in ("supply", "provide", "give", "deliver", "offer", "sell"):
        to = prep_object(verb, "to")
        entity = reader.entity(to) if to is not None else None
        if entity is not None and is_subclass(entity.kind, TW.GovernmentOrganization, reader.index.ontology):
            client = reader.use(entity, to)
    return list(dict.fromkeys(contractors)), client


def _served_in_clause(reader: Reader, noun: Token) -> object:
    """The one government body a contract's relative clause names: 'a contract that lets the
    agency keep using its software', 'a contract under which ICE uses Azure'."""
    found = {}
    for clause in noun.children:
        if clause.dep_ not in ("relcl", "acl"):
            continue
        for word in clause.subtree:
            entity = reader.entity(word) if word.pos_ in ("NOUN", "PROPN") else None
            if entity is not None and is_subclass(
                entity.kind, TW.GovernmentOrganization, reader.index.ontology
            ):
                found.setdefault(entity.iri, (entity, word))
    if len(found) != 1:
        return None
    entity, word = next(iter(found.values()))
    return reader.use(entity, word)


def _task(noun: Token) -> Token | None:
    """What a contract is for, as a verb: 'a $38 million contract [to store] records for X'."""
    return next(
        (
            c
            for c in noun.children
            if c.dep_ == "acl" and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)
        ),
        None,
    )


def _buyer(noun: Token) -> Token | None:
    """'X sold the department a license': the buyer of a sale, its indirect object."""
    if noun.dep_ != "dobj" or noun.head.lemma_ not in ("sell", "license"):
        return None
    return next((c for c in noun.head.children if c.dep_ == "dative"), None)


# what a public body does with a contract it is the client of: "The council approved a contract with X"
_WINNING = {"win", "receive", "land", "secure", "get", "obtain"}
_SIGNING_WITH = {"sign", "have", "hold", "win", "land", "secure", "reach", "ink", "negotiate", "renew"}
_PUBLIC_SIDE = {"sign", "award", "approve", "ratify", "authorize", "renew"}


def _public_owner(reader: Reader, noun: Token) -> object:
    """The public body a contract noun is the possession of ('the Pentagon's cloud contract')."""
    for child in noun.children:
        if child.dep_ == "poss" and reader.public(entity := reader.entity(child)):
            return reader.use(entity, child)
    return None


def _contractor(reader: Reader, noun: Token) -> object:
    for child in noun.children:
        if child.dep_ == "poss" and (entity := reader.entity(child)) is not None:
            return reader.use(entity, child)
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in ("VERB", "AUX"):
        for subject in subjects(noun.head.head):  # "BCFS runs the site under a contract with HHS"
            entity = reader.entity(subject)
            if entity is not None and is_subclass(entity.kind, TW.Organization, reader.index.ontology):
                return reader.use(entity, subject)
    if noun.dep_ in ("dobj", "pobj"):
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head
        if verb.lemma_ in {"have", "hold", "win", "continue", "land", "get", "sell", "keep", *_PUBLIC_SIDE}:
            for subject in subjects(verb):
                entity = reader.entity(subject)
                if entity is not None and _may_contract(reader, entity):  # a company, or a university
                    return reader.use(entity, subject)
                if entity is not None and verb.lemma_ in _PUBLIC_SIDE and reader.public(entity):
                    return reader.use(entity, subject)  # "The city signed a contract with X": swapped after
        partner = prep_object(noun, "with")
        other = reader.entity(partner) if partner is not None else None
        if other is not None and is_subclass(other.kind, TW.Company, reader.index.ontology):
            for subject in subjects(verb):  # "ICE has put a contract with Paragon on hold": its own
                entity = reader.entity(subject)
                if entity is not None and reader.public(entity):
                    return reader.use(entity, subject)
    return None


def _contract_details(reader: Reader, node, noun: Token) -> None:
    """Value ('$19.4 million contract'), purpose ('for Project Maven'), start and end dates."""
    sums = [
        child
        for child in noun.children
        if child.dep_ in ("compound", "nmod", "amod", "nummod")
        and any(t.ent_type_ == "MONEY" for t in child.subtree)
    ]
    price = prep_object(noun.head, "for") if _buyer(noun) is not None else None
    if price is not None and price.ent_type_ == "MONEY":
        sums.append(price)  # "sold ... a license ... for $1.9 million"
    if (worth := _worth(noun)) is not None:
        sums.append(worth)  # "The deal is worth about $200,000", "which is worth $14 million"
    value = next((words for words in sums if reader.sum_in(words) is not None), None)
    if value is not None:
        reader.add_sum(node, TW.contractValue, value, noun, rule="contract.value")
    if _buyer(noun) is not None:
        _contract_date(reader, node, noun, sale=True)
    target = prep_object(noun, "for")
    partner = prep_object(noun, "with")
    if target is None and partner is not None:  # "its contract with ICE for GitHub Enterprise Server"
        target = prep_object(partner, "for")
    if target is None and noun.dep_ == "dobj" and noun.head.lemma_ in _PLACING | _WINNING:
        signed_for = prep_object(noun.head, "for")  # "signed the contract in 2021 for ArcSentry"
        target = signed_for if _technology_named(reader, signed_for) is not None else None
    named = _technology_named(reader, target)
    entity = reader.entity(target) if target is not None and named is None else None
    if named is not None:
        reader.add(node, TW.concerns, reader.use(*named), noun, named[1], rule="contract.for")
    elif entity is not None and not is_subclass(entity.kind, TW.Organization, reader.index.ontology):
        reader.add(node, TW.concerns, reader.use(entity, target), noun, target, rule="contract.for")
    elif target is not None and _thing(target):  # "a contract ... for crime-mapping software"
        words = _phrase_before_comma(target)
        reader.add(node, TW.purpose, Literal(words.text), noun, words, rule="contract.purpose-for")
    if (task := _task(noun)) is not None:
        words = before_participle(_without_time(clause_text(task)))
        reader.add(node, TW.purpose, Literal(words.text), noun, words, rule="contract.purpose")
    for clause in noun.children:  # "the deal, under which Meridian provides video doctor visits"
        if clause.dep_ == "relcl" and any(
            c.dep_ == "prep" and c.lower_ in ("under", "through") and _relative(c) for c in clause.children
        ):
            _work_under(reader, node, next(c for c in clause.children if c.lower_ in ("under", "through")))
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.pos_ in ("VERB", "AUX"):
        _work_under(reader, node, noun.head)  # "Under the agreement, Halvorsen supplies the bureau with ..."
    if noun.dep_ == "dobj" and noun.head.lemma_ in ("sign", "award", "win", "give", "approve"):
        for clause in noun.head.children:  # "The state signed the contract in 2023 to help ..."
            if (
                clause.dep_ == "advcl"
                and clause.pos_ == "VERB"
                and any(a.lower_ == "to" and a.dep_ == "aux" for a in clause.children)
            ):
                words = clause_text(clause)
                reader.add(node, TW.purpose, Literal(words.text), noun, words, rule="contract.signed-to")
    if noun.dep_ == "dobj" and noun.head.lemma_ in ("sign", "award", "win"):
        _contract_date(reader, node, noun.head)  # "signed the contract in January 2021"
    for word in noun.subtree:
        _contract_date(reader, node, word)
    verb = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
    if verb is not None:
        if verb.lemma_ in ("cover", "concern", "involve", "include"):
            target = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if target is not None and (entity := reader.entity(target)) is not None:
                reader.add(
                    node, TW.concerns, reader.use(entity, target), noun, target, rule="contract.covers"
                )
            elif target is not None and _thing(target):  # "The contract covers cloud storage"
                words = _phrase_before_comma(target)
                reader.add(node, TW.purpose, Literal(words.text), noun, words, rule="contract.covers")
        if verb.lemma_ in ("supply", "provide", "give", "deliver", "offer"):  # "supplies cloud services to X"
            supplied = next((c for c in verb.children if c.dep_ == "dobj"), None)
            if supplied is not None and _thing(supplied):
                words = _phrase_before_comma(supplied)
                reader.add(node, TW.purpose, Literal(words.text), noun, words, rule="contract.supplies")
        if verb.lemma_ in ("call", "require", "obligate") and (work := _contractors_work(reader, node, verb)):
            words = clause_text(work)  # "The contract calls for Thistlewood to build software ...": the
            words = words.doc[max(words.start, work.i) : words.end]  # work, not who is to do it
            reader.add(node, TW.purpose, Literal(words.text), noun, words, rule="contract.calls-for")
        if verb.lemma_ == "pay" and (paid_for := prep_object(verb, "for")) is not None and _thing(paid_for):
            words = _phrase_before_comma(paid_for)  # "The contract pays Orbis for software that ..."
            reader.add(node, TW.purpose, Literal(words.text), noun, words, rule="contract.pays-for")
        _contract_date(reader, node, verb)
    for word in noun.sent:  # "when it runs out in March 2019", "when the term expires in December"
        if word.lemma_ in ("run", "expire", "end", "lapse") and word.dep_ == "advcl":
            ending = subjects(word)  # not "before the legislative session ends in June"
            if not ending or contract_noun(ending[0]) or ending[0].lemma_ in _PARTS_OF_TERMS:
                _contract_date(reader, node, word, end_only=True)


_PARTS_OF_TERMS = {"it", "they", "term", "phase", "period", "year", "option"}  # "when the current phase ends"


def _technology_named(reader: Reader, word: Token | None) -> tuple[Entity, Token] | None:
    """The product or program a word names, with the word that names it: 'ArcSentry', or 'Halo
    Grid' in "Quillon's Halo Grid camera system"; None for anything else."""
    for name in [word, *(c for c in word.children if c.dep_ == "compound")] if word is not None else []:
        entity = reader.entity(name)
        if entity is not None and is_subclass(entity.kind, TW.Technology, reader.index.ontology):
            return entity, name
    return None


def _contractors_work(reader: Reader, node: URIRef, verb: Token) -> Token | None:
    """The work a contract 'calls for' its contractor to do ('calls for Thistlewood to build
    software', 'requires Orbis to maintain ...'), as the verb of that work; not a duty of others."""
    for work in (c for c in verb.children if c.dep_ in ("advcl", "xcomp") and infinitive(c)):
        doer = next((c for c in work.children if c.dep_ == "nsubj"), None)
        doer = doer or next((c for c in verb.children if c.dep_ == "dobj"), None)
        entity = reader.entity(doer) if doer is not None else None
        if entity is not None and entity.iri in reader.facts.objects(node, TW.contractor):
            return work
    return None


def _worth(noun: Token) -> Token | None:
    """The sum in 'the deal is worth $X' or 'the contract, which is worth $X'."""
    verbs = [noun.head] if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" else []
    for clause in noun.children:
        if clause.dep_ == "relcl":
            verbs += [v for v in (clause, *clause.conjuncts) if v.lemma_ == "be"]
    if noun.dep_ == "nsubjpass" and noun.head.lemma_ in ("value", "price"):
        verbs.append(noun.head)  # "the contract was valued at $133 million"
    for verb in verbs:
        for worth in verb.children:
            if worth.lower_ in ("worth", "at") and worth.dep_ in ("acomp", "attr", "prep"):
                if any(t.ent_type_ == "MONEY" for t in worth.subtree):
                    return worth
    return None


def _thing(word: Token) -> bool:
    """A common noun naming what is bought, not a sum, a day, a time or an actor."""
    if word.pos_ == "PROPN":  # "cloud computing", which the tagger may call a name
        return not word.ent_type_ and word.is_lower
    return word.pos_ == "NOUN" and word.ent_type_ not in ("MONEY", "DATE", "TIME", "PERCENT", "CARDINAL")


def _without_time(words: Span) -> Span:
    """'supply surveillance towers to the agency on Thursday': the purpose without the day the
    sentence's verb happened on, which the parse hung on the task."""
    end = words.end
    while end > words.start and words.doc[end - 1].ent_type_ == "DATE":
        end -= 1
    if end < words.end and end > words.start and words.doc[end - 1].pos_ == "ADP":
        end -= 1
    return words if end == words.end or end <= words.start + 1 else words.doc[words.start : end]


def _phrase_before_comma(word: Token) -> Span:
    """A noun phrase up to a comma that opens a clause about it ('software, which it signed in 2021')."""
    doc = word.doc
    end = word.right_edge.i
    for token in doc[word.i + 1 : end + 1]:
        if token.text in (",", ";", "(", "\u2014"):
            end = token.i - 1
            break
    start = word.left_edge.i
    while start < word.i and doc[start].dep_ == "det":
        start += 1
    while end > start and doc[end].is_punct:
        end -= 1
    return doc[start : end + 1]


def _relative(prep: Token) -> bool:
    return any(c.dep_ == "pobj" and c.lower_ == "which" for c in prep.children)


def _work_under(reader: Reader, node, prep: Token) -> None:
    """What the contractor does under a contract: the predicate of the clause that 'under which',
    'Under the agreement' or 'Under it' opens, less its subject and that phrase."""
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in ("be", "sign", "award", "expire", "end"):
        return
    if verb.lemma_ in _HIRING | _HANDING:  # "hired Stonegate in June 2024 under a contract": who, when
        if (found := reader.date(verb)) is not None:
            reader.add(node, TW.startDate, found[0], verb, found[1], rule="contract.signed-in")
        return
    if verb.lemma_ == "work":  # "has worked on Maven since 2017 under a contract with the Pentagon"
        target = prep_object(verb, "on")
        if target is not None and (entity := reader.entity(target)) is not None:
            reader.add(node, TW.concerns, reader.use(entity, target), prep, target, rule="contract.works-on")
        since = prep_object(verb, "since")
        if (
            since is not None
            and (date := resolve_date(since.text, reader.article.meta.published)) is not None
        ):
            reader.add(node, TW.startDate, date, verb, since, rule="contract.since")
        return
    if prep.i > verb.i:
        return  # "would continue to serve ICE under the contract": the work is told before, if at all
    dropped = set(prep.subtree)
    for child in verb.children:
        purpose = child.dep_ == "advcl" and infinitive(child)
        aside = child.dep_ in ("nsubj", "nsubjpass", "mark", "advcl", "conj", "cc") and not purpose
        if aside or child.text == ",":  # kept: "adapts its language models [to summarize case files]"
            dropped |= set(child.subtree)
    words = [t for t in verb.subtree if t not in dropped]
    while words and (words[0].dep_ in ("aux", "punct") or words[0].is_punct):
        words = words[1:]
    while words and (words[-1].is_punct or words[-1].is_space):
        words = words[:-1]
    if len(words) < 2:
        return
    span = reader.doc[words[0].i : words[-1].i + 1]
    reader.add(node, TW.purpose, Literal(span.text), prep, span, rule="contract.work-under")


def _contract_date(reader: Reader, node, word: Token, end_only: bool = False, sale: bool = False) -> None:
    if (sale or word.lemma_ in ("sign", "start", "begin", "award", "win")) and not end_only:
        to_come = word.lemma_ in ("start", "begin") and (word.tag_ == "VBZ" or future(word))
        found = reader.date(word, upcoming=to_come)  # "The contract begins July 1": the next July 1
        if found is not None:
            reader.add(node, TW.startDate, found[0], word, found[1], rule="contract.signed-in")
    if word.lemma_ in ("run", "expire", "end", "lapse"):
        found = reader.date(word, upcoming=True)  # an end given without a year is still to come
        if found is not None:
            reader.add(node, TW.endDate, found[0], word, found[1], rule="contract.runs-out-in")


_CHOOSING = {"choose", "pick", "select", "tap", "hire", "enlist", "engage", "retain"}


def read_selections(reader: Reader, sentence: Span) -> None:
    """'The Defense Innovation Unit has chosen Scale AI to lead Thunderforge': a public body choosing
    a company to do work is a contract between them, for that work."""
    for verb in sentence:
        if verb.lemma_ not in _CHOOSING or verb.pos_ != "VERB" or negated(verb):
            continue
        chosen_word = next((c for c in verb.children if c.dep_ == "dobj"), None)
        task = next((c for c in verb.children if c.dep_ in ("xcomp", "advcl") and infinitive(c)), None)
        choosers = [reader.entity(s) for s in subjects(verb)]
        chosen = reader.entity(chosen_word) if chosen_word is not None else None
        hiring = verb.lemma_ in ("hire", "retain", "engage") and choosers and choosers[0] is not None
        by_company = hiring and is_subclass(choosers[0].kind, TW.Company, reader.index.ontology)
        if task is None or not choosers or not (reader.public(choosers[0]) or by_company):
            continue
        if (node := _told_contract(reader, verb, chosen, chosen_word, choosers[0])) is None:
            continue
        work = next((c for c in task.children if c.dep_ == "dobj"), None)
        named = reader.entity(work) if work is not None else None
        if named is not None and named.kind in (TW.Program, TW.Product):  # "to lead Thunderforge"
            reader.add(node, TW.concerns, reader.use(named, work), verb, work, rule="contract.chosen-for")
        else:
            words = clause_text(task)
            reader.add(node, TW.purpose, Literal(words.text), verb, words, rule="contract.chosen-to")
        if (found := reader.date(verb)) is not None:
            reader.add(node, TW.startDate, found[0], verb, found[1], rule="contract.chosen-in")


def _told_contract(reader: Reader, verb: Token, company, company_word: Token, client) -> URIRef | None:
    """The contract a verb of choosing, paying or buying tells of: `company` works for `client`."""
    if company is None or client is None or company.iri == client.iri:
        return None
    if not is_subclass(company.kind, TW.Company, reader.index.ontology):
        return None
    node = reader.contract(reader.use(company, company_word), reader.use(client, verb), verb)
    if node is not None:
        reader.remember("contract", node, verb)
    return node


def read_payments(reader: Reader, sentence: Span) -> None:
    """'ICE has paid Meridian Trace $4.8 million since 2021 for access to TraceView': a public body
    paying a company is a contract between them, with what it paid, since when and for what."""
    for verb in sentence:
        if verb.lemma_ != "pay" or verb.pos_ != "VERB" or negated(verb):
            continue
        payee_word = next(
            (c for c in verb.children if c.dep_ in ("dative", "dobj") and c.ent_type_ != "MONEY"), None
        )
        payers = [reader.entity(s) for s in subjects(verb)]
        payee = reader.entity(payee_word) if payee_word is not None else None
        if not payers or not reader.public(payers[0]):
            continue
        if (node := _told_contract(reader, verb, payee, payee_word, payers[0])) is None:
            continue
        if (sum_word := next((c for c in verb.children if c.ent_type_ == "MONEY"), None)) is not None:
            reader.add_sum(node, TW.contractValue, sum_word, verb, rule="contract.paid")
        since = prep_object(verb, "since")
        if (
            since is not None
            and (date := resolve_date(since.text, reader.article.meta.published)) is not None
        ):
            reader.add(node, TW.startDate, date, verb, since, rule="contract.paid-since")
        paid_for = prep_object(verb, "for")
        if paid_for is not None and _thing(paid_for):
            words = _phrase_before_comma(paid_for)
            reader.add(node, TW.purpose, Literal(words.text), verb, words, rule="contract.paid-for")
        for clause in verb.children:  # "agreed to pay Palantir $30 million to build a platform that ..."
            if clause.dep_ in ("advcl", "xcomp") and infinitive(clause):
                words = clause_text(clause)
                reader.add(node, TW.purpose, Literal(words.text), verb, words, rule="contract.paid-to")


_BUYING = {"buy", "purchase", "license", "licence", "lease", "rent", "procure"}


def read_purchases(reader: Reader, sentence: Span) -> None:
    """'Tidewater licenses the face-matching engine from Keel Biometrics for about $400,000 a year',
    'the agency bought location data from Venntel': a buyer and the company that sells to it are
    the client and the contractor of a contract for what was bought."""
    for verb in sentence:
        if verb.lemma_ not in _BUYING or verb.pos_ != "VERB" or negated(verb) or future(verb):
            continue
        seller_word = prep_object(verb, "from") or _from_below(verb)
        seller = reader.entity(seller_word) if seller_word is not None else None
        buyers = [reader.entity(s) for s in subjects(verb)]
        if (
            not buyers
            or buyers[0] is None
            or not is_subclass(buyers[0].kind, TW.Organization, reader.index.ontology)
        ):
            continue
        if (node := _told_contract(reader, verb, seller, seller_word, buyers[0])) is None:
            continue
        bought = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if bought is not None and (named := reader.entity(bought)) is not None and named.kind != TW.Place:
            reader.add(node, TW.concerns, reader.use(named, bought), verb, bought, rule="contract.bought")
        elif bought is not None and _thing(bought):
            words = _phrase_before_comma(bought)
            reader.add(node, TW.purpose, Literal(words.text), verb, words, rule="contract.bought")
        price = prep_object(verb, "for")
        if price is not None and price.ent_type_ == "MONEY":
            reader.add_sum(node, TW.contractValue, price, verb, rule="contract.bought-for")
        if (found := reader.date(verb)) is not None:
            reader.add(node, TW.startDate, found[0], verb, found[1], rule="contract.bought-in")


def _from_below(verb: Token) -> Token | None:
    """The object of a 'from' the parse hangs lower in the verb's phrase ('licenses the engine
    inside the app from Keel Biometrics'), not inside a clause of its own."""
    for word in verb.subtree:
        if word.lower_ != "from" or word.dep_ != "prep":
            continue
        head = word.head
        while head != verb and head.pos_ != "VERB" and head.head != head:
            head = head.head
        if head == verb:
            return next((c for c in word.children if c.dep_ == "pobj"), None)
    return None


_UNDERTAKINGS = {"build", "develop", "design", "provide", "supply", "deliver", "create"}


def read_undertakings(reader: Reader, sentence: Span) -> None:
    """'Keelwater AI has agreed to build a tool for U.S. Customs and Border Protection': a contract
    told without the word, work a company agreed to do for a public body."""
    for verb in sentence:
        if verb.lemma_ != "agree" or verb.pos_ != "VERB" or negated(verb):
            continue
        work = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ in _UNDERTAKINGS), None)
        if work is None:
            continue
        made = [work, *(c for c in work.children if c.dep_ == "dobj")]
        served = next((w for m in made if (w := prep_object(m, "for")) is not None), None)
        client = reader.entity(served) if served is not None else None
        whos = [t for w in subjects(verb) for t in (w, *(c for c in w.children if c.dep_ == "nsubj"))]
        company = next((e for w in whos if (e := reader.entity(w)) is not None), None)  # also the name
        if (  # the parse may hang on a long description's noun ("X, a start-up whose ... calls")
            client is None
            or company is None
            or not reader.public(client)
            or not _may_contract(reader, company)
        ):
            continue
        node = reader.contract(reader.use(company, verb), reader.use(client, served), verb)
        if node is None:
            continue
        reader.remember("contract", node, verb)
        words = clause_text(work)
        reader.add(node, TW.purpose, Literal(words.text), words, rule="contract.undertaken")


def read_business(reader: Reader, sentence: Span) -> None:
    """'Salesforce has worked with the CPB since March, providing it with tools to ...'."""
    for verb in sentence:
        if verb.lemma_ != "work" or verb.pos_ != "VERB":
            continue
        partner_word = prep_object(verb, "with")
        partner = reader.entity(partner_word) if partner_word is not None else None
        who = [reader.entity(s) for s in subjects(verb)]
        if partner is None or not who or who[0] is None or who[0].iri == partner.iri:
            continue
        subject_iri = reader.use(who[0], verb)
        partner_iri = reader.use(partner, partner_word)
        contract = reader.contracts.get((subject_iri, partner_iri)) or reader.contracts.get(
            (partner_iri, subject_iri)
        )
        if contract is None:
            reader.add(
                subject_iri, TW.doesBusinessWith, partner_iri, verb, partner_word, rule="business.works-with"
            )
            continue
        since = prep_object(verb, "since")
        if since is not None:
            date = resolve_date(since.text, reader.article.meta.published)
            if date is not None:
                reader.add(contract, TW.startDate, date, verb, since, rule="contract.since")
        for clause in verb.children:
            if clause.dep_ == "advcl" and clause.lemma_ in ("provide", "supply", "help", "offer", "build"):
                purpose = [t for t in clause.subtree if t.dep_ != "punct"]
                span = reader.doc[purpose[0].i : purpose[-1].i + 1]
                reader.add(contract, TW.purpose, Literal(span.text), span, rule="contract.purpose")


def products_under_contracts(reader: Reader) -> None:
    """A contract whose article names nothing it is for concerns its contractor's product when
    the article names exactly one ('Linqua's contract with the sheriff' and 'VoiceSift, made by
    Linqua') and names it in a paragraph that tells of the contract: the reader's inference, with
    both places as its evidence."""
    facts, text = reader.facts, reader.doc.text
    for (contract, p, kind), found in list(facts.triples.items()):
        if p != RDF.type or kind != TW.Contract or facts.objects(contract, TW.concerns):
            continue
        contractors = facts.objects(contract, TW.contractor)
        made = {
            product: where
            for (product, p, maker), where in facts.triples.items()
            if p == TW.developedBy and maker in contractors
        }
        if len(contractors) != 1 or len(made) != 1:
            continue
        product, product_found = next(iter(made.items()))
        told = {
            text.count("\n\n", 0, e.begin)
            for (s, _, _), ev in facts.triples.items()
            if s == contract
            for e in ev
        }
        named = {text.count("\n\n", 0, m.span.start_char) for m in reader.mentions if m.entity.iri == product}
        if not told & named:
            continue  # "Microsoft's contract with ICE" and, paragraphs away, "its HoloLens headset"
        for evidence in (found[0], product_found[0]):
            facts.add(
                (contract, TW.concerns, product),
                (evidence.begin, evidence.end),
                "contract.contractor-product",
            )
