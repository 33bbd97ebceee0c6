"""Events: decisions about contracts, donations and pledges, court orders, requests for comment,
denunciations (petitions and letters are in `petitions.py`, workers' actions in `actions.py`,
lawsuits in `cases.py`).

Each rule starts from a trigger word of `patterns/events.json` and reads its arguments from the
dependency parse around it; none names an actor of any particular article.
"""

from rdflib import RDF, Literal, URIRef
from spacy.tokens import Span, Token

from kg.extract.entities import is_subclass
from kg.extract.matchers import matches
from kg.extract.pipeline import read_patterns
from kg.extract.reader import EMPLOYEE_NOUNS, REQUESTING, Reader, contract_noun
from kg.extract.saying import SAYING, TITLE_WORDS
from kg.extract.statements import Statements
from kg.extract.syntax import (
    before_participle,
    clause_text,
    definite_noun,
    demanded,
    future,
    infinitive,
    negated,
    no_longer,
    object_of,
    possible,
    prep_object,
    subjects,
    under,
)
from kg.namespaces import TW

LEX = read_patterns("events.json")
SPOKESPEOPLE = {"spokesperson", "spokesman", "spokeswoman", "representative", "official"}
DESIRING = set(LEX["desire_verbs"])  # "they wanted the company to cancel the contract": no decision
_ADVISING = {"recommend", "advise", "propose"}  # "recommended that Vantorra end contracts": advice


# ------------------------------------------------------------- decisions


def _imperative(verb: Token) -> bool:
    """'Do not renew the contract', 'Cancel the deal', 'The demands have not changed: cancel the
    contract and ...': a bare verb opening its clause (or following a colon), no subject."""
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.tag_ == "VB" and verb.i > 0 and verb.doc[verb.i - 1].text == ":" and not own_subject:
        return True
    if verb.tag_ != "VB" or subjects(verb) or verb.dep_ not in ("ROOT", "conj"):
        return False
    first = next((t for t in verb.sent if t.is_alpha), None)
    return first is not None and first.i in (
        verb.i,
        *(c.i for c in verb.children if c.dep_ in ("aux", "neg")),
    )


def read_decisions(reader: Reader, sentence: Span, statements: Statements) -> None:
    """'Salesforce will continue its contract', 'decided not to renew a Pentagon contract',
    'will let its contract expire', 'decided to cancel the contract'."""
    for verb in sentence:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        kind = _decision_kind(verb)
        asked_for = under(
            verb, REQUESTING | DESIRING | _ADVISING | {"stop"}, deps=("xcomp", "ccomp", "advcl")
        )
        if (
            asked_for is not None
            and asked_for.lemma_ == "stop"
            and verb.dep_ == "conj"
            and verb.head == asked_for
        ):
            # "had stopped paying its invoices and would not renew the contract": both done (unless
            # the stopping was itself asked for: "urged Acme to stop bidding ... and cancel its contract")
            asked_for = under(asked_for, REQUESTING | DESIRING, deps=("xcomp", "ccomp", "advcl"))
        if kind is None or asked_for is not None or demanded(verb) or _in_denied_speech(verb):
            continue
        if _ordered(verb):
            continue  # "a federal judge ordered the Defense Department to halt work on the contract"
        if kind == TW.ContractDecision and not _party_pausing(reader, verb):
            continue  # "About 40 engineers paused work on the Navy contract for an hour": a protest
        if _members_vote(reader, verb):
            continue  # "Council member X, who voted to keep the contract": a vote, not the decision
        if _imperative(verb):
            continue  # '"1. Do not renew the contract ..."': a demand in a list, not a decision
        if _conditional(verb):
            continue  # "would end the contract if the Navy tried to use them that way": not decided
        if possible(verb):
            continue  # "when the agency can renew it for another year": a choice still open
        if verb.tag_ == "VBG" and verb.dep_ in ("csubj", "nsubj"):
            continue  # "ending the agreement would leave families with fewer ways": what it would do
        contract_word = _contract_word(verb)
        contract = reader.contract_at(contract_word) if contract_word is not None else None
        if contract is None and contract_word is not None and contract_word.lower_ == "it":
            contract = _contract_spoken_of(reader, contract_word)  # "would not seek to renew it"
        if contract is None and (option := _option(verb)) is not None:  # "exercised the third of those
            contract, contract_word = reader.last("contract", option), option  # options": the one told
        if contract is None and kind == TW.ContractContinuation:
            contract, contract_word = _contract_by_client(reader, verb)
        if contract is None or contract_word in subjects(verb) and verb.lemma_ in ("end", "expire"):
            continue  # "when the agreement ends in March": a term, not a decision
        agent = reader.facts.value(contract, TW.contractor) or reader.known.value(contract, TW.contractor)
        for subject in subjects(verb):
            entity = reader.entity(subject)
            if entity is not None and is_subclass(entity.kind, TW.Organization, reader.index.ontology):
                agent = reader.use(entity, subject)
        if agent is None:
            continue
        node = _decision_node(reader, kind, contract, verb)
        reader.add(node, TW.agent, agent, verb, rule="decision")
        for each in _contracts_at(reader, contract_word) or [contract]:  # "its contracts with X and Y"
            reader.add(node, TW.concernsAgreement, each, verb, contract_word, rule="decision")
        reader.hedge(node, verb)
        speaking = under(verb, SAYING, deps=("ccomp", "xcomp", "conj")) or _said_aside(verb)
        statement = statements.by_verb.get(speaking.i) if speaking is not None else None
        if statement is not None:
            reader.add(node, TW.announcedIn, statement.node, verb, speaking, rule="decision.announced-in")
        else:
            reader.dated(node, verb, rule="decision.date")  # "On Monday, the office terminated ..."
        for clause in verb.subtree:
            if clause.dep_ == "advcl" and any(m.lower_ == "after" for m in clause.children):
                earlier = next((n for k, n, i in reader.recent if i == clause.i), None)
                if earlier is not None:
                    reader.add(node, TW.after, earlier, verb, clause, rule="decision.after")


def _ordered(verb: Token) -> bool:
    """Whether a verb says what a court ordered someone to do ('A judge ordered X to halt work on
    the contract and end ...'; not 'The board ordered managers to cancel the contract')."""
    while verb.dep_ == "conj":
        verb = verb.head
    if verb.dep_ != "xcomp" or verb.head.lemma_ not in LEX["ordering_verbs"]:
        return False
    return any(w.lemma_.lower() in ("judge", "court", "justice") for w in subjects(verb.head))


def _party_pausing(reader: Reader, verb: Token) -> bool:
    """Whether an organization, not a court or a group of people, is the subject that pauses."""
    for word in subjects(verb):
        entity = reader.entity(word)
        if (
            entity is not None
            and entity.kind != TW.Court
            and is_subclass(entity.kind, TW.Organization, reader.index.ontology)
        ):
            return True
    return False


def _said_aside(verb: Token) -> Token | None:
    """The verb of saying set beside the decision: 'Kessling will keep the contract, he said',
    'The company, he wrote, would fulfil the contract'."""
    return next((c for c in verb.children if c.dep_ == "parataxis" and c.lemma_ in SAYING), None)


def _declined(word: Token) -> bool:
    """'declined to comment', 'refused to say whether ...': a question left unanswered."""
    return (
        word.lemma_
        in ("comment", "say", "discuss", "answer", "elaborate", "specify", "disclose", "identify", "name")
        and word.dep_ == "xcomp"
        and word.head.lemma_ in ("decline", "refuse")
    )


def _referred(word: Token) -> bool:
    """'referred questions to the mayor's office': asked, and answered by pointing elsewhere (one
    request, also when it 'declined to comment further' too)."""
    if word.lemma_ != "refer" or word.pos_ != "VERB":
        return False
    asked = any(c.dep_ == "dobj" and c.lemma_ in ("question", "reporter") for c in word.children)
    # "declined to comment and referred questions ...", "declined to comment, referring questions ..."
    beside = [*word.conjuncts, word.head] if word.dep_ == "advcl" else word.conjuncts
    return asked and not any(_declined(c) for other in beside for c in other.children)


def _members_vote(reader: Reader, verb: Token) -> bool:
    voting = under(verb, {"vote"}, deps=("xcomp", "advcl"))
    whos = subjects(voting) if voting is not None else []
    person = reader.entity(whos[0]) if whos else None
    return person is not None and person.kind == TW.Person


def _decision_kind(verb: Token) -> URIRef | None:
    if any(c.lower_ == "whether" for c in verb.children):
        return None  # "had not decided whether to extend the contract": still open
    planned = verb.dep_ == "xcomp" and verb.head.lemma_ in ("decide", "seek", "plan", "intend", "try")
    lemma, denied = verb.lemma_, negated(verb) or (planned and negated(verb.head))  # "not seek to renew"
    if any(c.dep_ == "neg" for c in verb.children) and verb.dep_ == "xcomp":
        denied = True
    if lemma in LEX["continuation_verbs"] or _going_ahead(verb):  # "would go ahead with the contract"
        return None if denied else TW.ContractContinuation
    if lemma in ("finish", "complete") and future(verb) and not denied:  # "would finish the contract"
        return TW.ContractContinuation
    if lemma == "exercise" and _option(verb) is not None:  # "the Navy exercised the third option"
        return TW.ContractNonRenewal if denied else TW.ContractContinuation
    if lemma in LEX["pausing_verbs"]:  # "has paused work on the deal": neither kept nor ended
        return None if denied else TW.ContractDecision
    if lemma in LEX["non_renewal_verbs"]:  # "will not renew"; "has renewed" keeps it in force
        return TW.ContractNonRenewal if denied else TW.ContractContinuation
    if lemma in LEX["expiry_verbs"] and verb.head.lemma_ == "let":
        return TW.ContractNonRenewal
    if lemma in LEX["cancellation_verbs"]:
        if denied:
            return TW.ContractContinuation
        ending = [
            c for c in verb.children if c.dep_ == "advcl" and c.lemma_ in LEX["expiry_verbs"] + ["run", "end"]
        ]
        return TW.ContractNonRenewal if ending else TW.ContractCancellation  # "end it when its term expires"
    return None


def _contract_spoken_of(reader: Reader, pronoun: Token) -> URIRef | None:
    """The contract 'it' stands for after a verb of deciding: one spoken of in its sentence or
    the one before."""
    for kind, node, position in reversed(reader.recent):
        if kind == "contract" and position < pronoun.i:
            here = reader.sentence_number(pronoun)
            return node if here - reader.sentence_number(reader.doc[position]) <= 1 else None
    return None


_LEAVING = {"withdraw", "walk", "pull", "back", "exit"}  # "withdraw from", "walk away from", "pull out of"


def _going_ahead(verb: Token) -> bool:
    """'would go ahead with the Army contract': goes on with it."""
    return verb.lemma_ in ("go", "press", "push") and any(c.lower_ == "ahead" for c in verb.children)


def _option(verb: Token) -> Token | None:
    """The option a verb exercises: 'exercised the third of those options', 'an option year'."""
    for word in verb.children:
        if word.dep_ == "dobj":
            return next((t for t in word.subtree if t.lemma_ == "option"), None)
    return None


def _contract_word(verb: Token) -> Token | None:
    if (option := _option(verb)) is not None:  # "the next option year of its contract with ICE"
        found = next((t for t in option.head.subtree if contract_noun(t) or t.lower_ == "it"), None)
        if found is not None:
            return found
    candidates = [c for c in verb.children if c.dep_ in ("dobj", "nsubj", "nsubjpass")]
    if verb.head.lemma_ == "let":  # "will let its contract expire"
        candidates += [c for c in verb.head.children if c.dep_ in ("dobj", "nsubj", "ccomp")]
        candidates += [c for c in verb.children if c.dep_ == "nsubj"]
    if _going_ahead(verb) and (went_on_with := prep_object(verb, "with")) is not None:
        candidates.append(went_on_with)
    away = next((c for c in verb.children if c.lower_ in ("away", "out")), None)  # the parse may hang
    if verb.lemma_ in _LEAVING and (verb.lemma_ != "walk" or away is not None):  # "from" on "away"
        for word in (verb, away) if away is not None else (verb,):
            candidates += [o for o in (prep_object(word, "from"), prep_object(word, "of")) if o is not None]
    for word in candidates:  # "will not walk away from its contract", "pull out of the deal"
        if contract_noun(word) or word.lower_ == "it" and word.dep_ == "dobj":
            return word
        if (
            word.lemma_ == "work"
        ):  # "paused work on a $310 million deal" (the parse may hang "on" on the verb)
            worked_on = prep_object(word, "on", "under") or prep_object(verb, "on")
            if worked_on is not None and contract_noun(worked_on):
                return worked_on
        part_of = prep_object(word, "of")  # "honor the rest of the contract"
        if word.lemma_ in ("rest", "remainder", "term") and part_of is not None:
            if contract_noun(part_of):
                return part_of
    return None


def _contracts_at(reader: Reader, word: Token) -> list[URIRef]:
    return list(dict.fromkeys(n for k, n, i in reader.recent if k == "contract" and i == word.i))


def _contract_by_client(reader: Reader, verb: Token) -> tuple[URIRef | None, Token | None]:
    """'would keep working with the Army': the one contract the article gave with that client."""
    works = [c for c in verb.children if c.dep_ == "xcomp" and c.lemma_ in LEX["business_verbs"]]
    works += [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c.lemma_ in ("work", "business", "relationship", "obligation", "commitment")
    ]
    for work in works:  # "would continue its work for CBP", "would honor its obligations to ICE"
        client_word = prep_object(work, "with", "for", "to")
        if client_word is None and work.lemma_ in ("obligation", "commitment"):
            client_word = prep_object(verb, "to")  # the parse hangs "to ICE" on "honor"
        client = reader.entity(client_word) if client_word is not None else None
        if client is None:
            continue
        contracts = set(reader.facts.subjects(TW.client, client.iri))
        if len(contracts) == 1:
            return contracts.pop(), client_word
    if verb.lemma_ in ("finish", "complete"):  # "finish the work already assigned": no more of it
        return None, None
    for work in (w for w in works if w.dep_ == "dobj" and w.lemma_ == "work" and definite_noun(w)):
        doer = next((reader.entity(s) for s in subjects(verb)), None)
        contracts = set(reader.facts.subjects(TW.contractor, doer.iri)) if doer is not None else set()
        if len(contracts) == 1:  # "X would keep the work": the one contract of X's told
            return contracts.pop(), work
    return None, None


def _decision_node(reader: Reader, kind: URIRef, contract: URIRef, verb: Token) -> URIRef:
    for node in reader.facts.subjects(TW.concernsAgreement, contract):
        if (
            reader.facts.value(node, TW.agent) is not None
            and (node, TW.reportedIn, reader.article.iri) in reader.facts.triples
        ):
            if kind in reader.facts.objects(node, RDF.type):
                return node
    names = {TW.ContractContinuation: "Decision to continue", TW.ContractNonRenewal: "Decision not to renew",
             TW.ContractCancellation: "Decision to cancel",
             TW.ContractDecision: "Decision about"}  # fmt: skip
    return reader.event(kind, "decision", f"{names[kind]} {reader.label_of(contract)}", verb, "decision")


def _conditional(verb: Token) -> bool:
    """'would end the contract if the Navy tried ...', 'unless the city pays': a condition, not a
    decision; nor is the condition itself ('not to apply ... until the company ends its contract')."""
    clause = verb
    while clause.dep_ == "xcomp" and clause.head != clause:
        clause = clause.head  # "until Pellacott agreed to end its contract": the agreeing is the condition
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in c.children)
        for c in verb.children
    ) or (
        clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITIONS for m in clause.children)
    )


_CONDITIONS = {"if", "unless", "until", "till"}


def _in_denied_speech(verb: Token) -> bool:
    """'The memo did not say that the contract would end': nothing was decided."""
    speaking = under(verb, SAYING, deps=("ccomp",))
    return speaking is not None and negated(speaking)


# ------------------------------------------------------ donations, pledges


def read_donations(reader: Reader, sentence: Span, statements: Statements) -> None:
    """'Salesforce will donate $1 million to organizations supporting separated families',
    'its non-profit will match employee contributions', 'I have financially supported legal groups'."""
    for verb in sentence:
        if verb.pos_ == "VERB" and verb.lemma_ in LEX["matching_verbs"] and not _withheld(verb):
            _matching(reader, verb, statements)
    for verb in sentence:
        if verb.pos_ == "VERB" and verb.lemma_ in LEX["awarding_verbs"] and not _withheld(verb):
            _gift(reader, verb, statements)
    for noun in sentence:
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in LEX["gift_nouns"]:
            _gift_from(reader, noun)
        if noun.pos_ == "NOUN" and noun.lemma_.lower() in {*LEX["gift_nouns"], "pledge"}:
            _gift_of(reader, noun)
    done: set[int] = set()
    for match in matches(sentence, "donation."):
        verb = match.trigger
        if verb.i in done or _withheld(verb):
            continue
        done.add(verb.i)
        lemma = verb.lemma_
        if lemma == "raise" and prep_object(verb, "from") is not None:
            continue  # "has raised $40 million from investors": funding, not a gift
        if any(c.lower_ == "to" and any(w.tag_ == "VBG" for w in c.children) for c in verb.children):
            continue  # "committed up to $50 million to planning the district": spending, not a gift
        money_word = match.tokens.get("sum") or object_of(verb, "dobj")
        found = reader.sum_in(money_word) if money_word is not None else None
        if (
            lemma == "support"
            and "how" not in match.tokens
            or found is None
            and lemma not in ("donate", "support")
        ):
            continue
        whos = subjects(verb)
        if whos and contract_noun(whos[0]):
            continue  # "the CBP contract contributed $38 million in revenue": earnings, not a gift
        donor = reader.agent(whos[0]) if whos else None
        if donor is None:
            continue
        if prep_object(verb, "to") is None and reader.public(reader.index.entities.get(donor)):
            continue  # "the Navy exercised the option, committing $22.4 million for work": spending
        kind = TW.DonationPledge if future(verb) or lemma == "pledge" else TW.Donation
        node = _gift_told_before(reader, kind, donor, found[1] if found is not None else None)
        if node is None:
            node = reader.event(
                kind, "donation", f"Donation by {reader.label_of(donor)}", verb, "donation.verb"
            )
            if found is not None:
                reader.add(
                    node, TW.amount, reader.money(money_word), verb, money_word, rule="donation.amount"
                )
        reader.add(node, TW.agent, donor, whos[0], verb, rule="donation.verb")
        beneficiary_word = prep_object(verb, "to") or (money_word if lemma == "support" else None)
        if beneficiary_word is not None:
            entity = reader.entity(beneficiary_word)
            beneficiary = (
                reader.use(entity, beneficiary_word)
                if entity
                else reader.organization_group(beneficiary_word, "donation.beneficiary-group")
            )
            reader.add(node, TW.beneficiary, beneficiary, verb, beneficiary_word, rule="donation.beneficiary")
        reader.dated(node, verb, rule="donation.date")
        _announced(reader, node, verb, statements)


def _gift_told_before(reader: Reader, kind: URIRef, donor: URIRef, money) -> URIRef | None:
    """The gift or pledge of the same donor and sum that the article has already told of ('said on
    Tuesday that it would give $500,000 ...', then 'Fallowmere said it would donate $500,000 to
    three Colorado groups'): one event, told twice."""
    if money is None:
        return None
    facts = reader.facts
    for node in facts.subjects(TW.agent, donor):
        amount = facts.value(node, TW.amount)
        if (node, RDF.type, kind) in facts.triples and amount is not None and reader.holds_sum(amount, money):
            return node
    return None


def _gift(reader: Reader, verb: Token, statements: Statements) -> None:
    """'The Halvard Foundation announced a $250,000 grant to the union', 'made a $1 million gift to X',
    'announced a $2 million pledge to X' (a pledge)."""
    gift = object_of(verb, "dobj")
    promised = gift is not None and gift.lemma_.lower() in LEX["pledge_nouns"]  # "a $2 million pledge to X"
    if gift is None or gift.lemma_.lower() not in LEX["gift_nouns"] and not promised:
        return
    sums = [c for c in gift.children if any(t.ent_type_ == "MONEY" for t in c.subtree) and c.dep_ != "prep"]
    amount = reader.money(sums[0]) if sums else None
    whos = subjects(verb)
    donor = reader.agent(whos[0]) if whos else None
    if amount is None or donor is None:
        return
    kind = (
        TW.DonationPledge if future(verb) or verb.lemma_ in ("pledge", "commit") or promised else TW.Donation
    )
    node = reader.event(kind, "donation", f"Donation by {reader.label_of(donor)}", verb, "donation.gift-noun")
    reader.add(node, TW.agent, donor, whos[0], verb, rule="donation.gift-noun")
    reader.add(node, TW.amount, amount, gift, sums[0], rule="donation.amount")
    beneficiary_word = prep_object(gift, "to") or prep_object(verb, "to")
    entity = reader.entity(beneficiary_word) if beneficiary_word is not None else None
    if entity is not None:
        beneficiary = reader.use(entity, beneficiary_word)
        reader.add(node, TW.beneficiary, beneficiary, gift, beneficiary_word, rule="donation.beneficiary")
    reader.dated(node, verb, rule="donation.date")
    _announced(reader, node, verb, statements)


def read_pledges(reader: Reader, sentence: Span, statements: Statements) -> None:
    """'IBM will no longer offer general-purpose facial recognition', 'it would not bid on similar
    work', 'pledged not to sell it to police': what an organization promises not to do."""
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_ not in LEX["refraining_verbs"]:
            continue
        if verb.dep_ == "conj" and verb.head.lemma_ in LEX["refraining_verbs"]:
            continue  # "would not design or deploy": one promise
        if (
            not future(verb)
            or not _refrains(verb)
            or under(verb, REQUESTING | DESIRING)
            or any(a.lemma_ in REQUESTING for a in verb.ancestors)  # "asking it to adopt a policy that it
            or _in_denied_speech(verb)  # would never build ...": what is asked, not promised
            or verb.dep_ == "ccomp"
            and infinitive(verb.head)  # "(asking X ...) to commit that Google
            or any(_decision_kind(c) is not None for c in verb.children if c.dep_ == "xcomp")
        ):  # would never build ...": a promise asked for; "would not seek to renew it": a decision
            continue
        whos = subjects(verb)
        entity = reader.entity(whos[0]) if whos else None
        if entity is None or not is_subclass(entity.kind, TW.Organization, reader.index.ontology):
            continue
        if _hearsay(reader, verb, whos[0]):
            continue
        agent = reader.use(entity, whos[0])
        words = clause_text(verb)
        node = reader.event(TW.Pledge, "pledge", f"{entity.label}: {words.text[:80]}", verb, "pledge")
        reader.add(node, TW.agent, agent, whos[0], verb, rule="pledge")
        for word in verb.subtree:
            product = reader.entity(word) if word.dep_ in ("dobj", "pobj", "compound") else None
            if product is not None and product.kind in (TW.Product, TW.Program):
                reader.add(node, TW.concerns, reader.use(product, word), verb, word, rule="pledge.concerns")
                break
        _announced(reader, node, verb, statements)
        if reader.facts.value(node, TW.announcedIn) is None:
            reader.dated(node, verb, rule="pledge.date")


def _hearsay(reader: Reader, verb: Token, subject: Token) -> bool:
    """A promise one hears of second hand: 'it' inside another's quoted words ('"We joined a
    company that said it would never build weapons," the petition says'), or one someone was
    told of ('she had been assured the company would not sell to police')."""
    if subject.lower_ == "it" and reader.in_quotation(subject.idx):
        return True
    told = verb.head if verb.dep_ == "ccomp" else None
    return (
        told is not None
        and told.lemma_ in ("assure", "tell", "promise")
        and any(c.dep_ == "nsubjpass" for c in told.children)
    )


_PROMISING = {"promise", "pledge", "vow"}


def read_promises(reader: Reader, sentence: Span, statements: Statements) -> None:
    """'He also pledged that no Quernstone employee would be disciplined ...', 'promised to answer
    in writing': a pledge of its speaker's, made for the organization the speaker holds a post in
    (a pledge of money is a donation's: 'pledged to match', 'pledged $60,000')."""
    for verb in sentence:
        promised = _promise(reader, verb)
        whos = [w for w in subjects(verb) if w.dep_ == "nsubj"] if promised is not None else []
        entity = reader.entity(whos[0]) if whos else None  # "were promised that": made to them
        if entity is None or not (
            entity.kind == TW.Person or is_subclass(entity.kind, TW.Organization, reader.index.ontology)
        ):
            continue
        agent = reader.use(entity, whos[0])
        words = clause_text(promised)
        node = reader.event(TW.Pledge, "pledge", f"{entity.label}: {words.text[:80]}", verb, "pledge.promise")
        reader.add(node, TW.agent, agent, whos[0], verb, rule="pledge.promise")
        _promised_where(reader, node, agent, verb, statements)


def _promise(reader: Reader, verb: Token) -> Token | None:
    """What a verb of promising promises, if it states a promise made: not 'a company that promised
    to be careful' (what it is), 'asking it to promise ...' (asked for), a quoted one, a gift of
    money, or a refusal to sell that `read_pledges` reads ('pledged not to sell it to police')."""
    if verb.pos_ != "VERB" or verb.lemma_ not in _PROMISING or negated(verb) or verb.dep_ == "relcl":
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN") or reader.in_quotation(verb.idx):
        return None
    if demanded(verb) or any(a.lemma_ in REQUESTING | DESIRING for a in verb.ancestors):
        return None
    promised = next(
        (c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")), None
    )
    if promised is None or _gift_promised(verb, promised):
        return None
    if promised.lemma_ in LEX["refraining_verbs"] and _refrains(promised):
        return None
    return promised


def _promised_where(reader: Reader, node: URIRef, agent: URIRef, verb: Token, statements: Statements) -> None:
    """For whom a pledge was made (the speaker's organization, or the one its statement was sent
    for), in which statement, and else on what day."""
    employer = reader.employer(agent)
    if employer is not None:
        reader.add(node, TW.onBehalfOf, employer, verb, rule="pledge.on-behalf-of")
    statement = statements.by_verb.get(verb.i)
    if statement is not None:
        reader.add(node, TW.announcedIn, statement.node, verb, rule="pledge.announced-in")
    else:
        _announced(reader, node, verb, statements)
    said_in = reader.facts.value(node, TW.announcedIn)
    sent_for = reader.facts.value(said_in, TW.onBehalfOf) if said_in is not None else None
    if employer is None and sent_for is not None:  # a pledge in a memo sent for the company
        reader.add(node, TW.onBehalfOf, sent_for, verb, rule="pledge.on-behalf-of")
    if said_in is None:
        reader.dated(node, verb, rule="pledge.date")


def _gift_promised(verb: Token, promised: Token) -> bool:
    """'pledged $60,000', 'pledged to match donations', 'promised to give one day's pay': money
    (not 'promised employees that ...')."""
    giving = LEX["donation_verbs"] + LEX["matching_verbs"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    money = any(
        t.ent_type_ == "MONEY" or t.lemma_.lower() in LEX["gift_nouns"] for o in objects for t in o.subtree
    )
    return promised.lemma_ in giving or money


def _refrains(verb: Token) -> bool:
    """'will not sell', 'will no longer offer', 'never'."""
    return negated(verb) or no_longer(verb)


def _gift_from(reader: Reader, gift: Token) -> None:
    """'has turned down a $250,000 donation from Salesforce', 'received a $2 million grant from X':
    the giver after 'from', the receiver the subject of the verb the gift is the object of."""
    giver_word = prep_object(gift, "from")
    giver = reader.entity(giver_word) if giver_word is not None else None
    sums = [c for c in gift.children if c.dep_ != "prep" and any(t.ent_type_ == "MONEY" for t in c.subtree)]
    if giver is None or not sums or not is_subclass(giver.kind, TW.Agent, reader.index.ontology):
        return
    amount = reader.money(sums[0])
    if amount is None:
        return
    donor = reader.use(giver, giver_word)
    node = reader.event(TW.Donation, "donation", f"Donation by {giver.label}", gift, "donation.gift-from")
    reader.add(node, TW.agent, donor, gift, giver_word, rule="donation.gift-from")
    reader.add(node, TW.amount, amount, gift, sums[0], rule="donation.amount")
    whos = subjects(gift.head) if gift.dep_ == "dobj" else []
    receiver = reader.agent(whos[0]) if whos else None
    if receiver is not None and receiver != donor:
        reader.add(node, TW.beneficiary, receiver, whos[0], gift, rule="donation.gift-from")


def _gift_of(reader: Reader, gift: Token) -> None:
    """'added to the pressure with a pledge of €250,000 to Border Rights Legal Aid', 'made a
    donation of $5,000 to the fund': the giver the subject of the verb the gift hangs on."""
    sum_word, receiver_word = prep_object(gift, "of"), prep_object(gift, "to")
    if sum_word is None or receiver_word is None or prep_object(gift, "from") is not None:
        return
    amount = reader.money(sum_word) if any(t.ent_type_ == "MONEY" for t in sum_word.subtree) else None
    verb = gift.head.head if gift.dep_ == "pobj" else gift.head
    whos = subjects(verb) if verb.pos_ in ("VERB", "AUX") and not _withheld(verb) else []
    donor = reader.agent(whos[0]) if whos else None
    receiver = reader.agent(receiver_word)
    if amount is None or donor is None or receiver is None or receiver == donor:
        return
    kind = TW.DonationPledge if gift.lemma_.lower() == "pledge" or future(verb) else TW.Donation
    label = f"{'Pledge' if kind == TW.DonationPledge else 'Donation'} by {reader.label_of(donor)}"
    node = reader.event(kind, "donation", label, gift, "donation.gift-of")
    reader.add(node, TW.agent, donor, whos[0], gift, rule="donation.gift-of")
    reader.add(node, TW.amount, amount, gift, sum_word, rule="donation.amount")
    reader.add(node, TW.beneficiary, receiver, gift, receiver_word, rule="donation.gift-of")
    reader.dated(node, verb, rule="donation.date")


def _withheld(verb: Token) -> bool:
    """'will not donate', 'asked it to donate', 'declining to donate our nights': no gift or promise;
    also 'asks it to say that ..., to donate ...', where the parse hangs the next item of the list
    asked for on the clause before it."""
    refused = verb.dep_ == "xcomp" and verb.head.lemma_ in ("decline", "refuse")
    listed = verb.dep_ == "advcl" and infinitive(verb) and under(verb.head, REQUESTING) is not None
    return negated(verb) or refused or listed or under(verb, REQUESTING) is not None


def _matching(reader: Reader, verb: Token, statements: Statements) -> None:
    contributions = object_of(verb, "dobj")
    if contributions is None or contributions.lemma_.lower() not in LEX["contribution_nouns"]:
        return
    whos = subjects(verb)
    donor = next((reader.agent(w) for w in whos if reader.entity(w) is not None), None)
    if donor is None:
        donor = next((d for w in whos if (d := _affiliated_non_profit(reader, w, whos))), None)
    if donor is None:
        return
    told = [
        n
        for n in reader.facts.subjects(TW.agent, donor)
        if (n, RDF.type, TW.MatchingPledge) in reader.facts.triples
    ]
    if told:  # "... and match its employees' donations", told again later: one pledge
        node = told[0]
    else:
        label = f"Matching pledge by {reader.label_of(donor)}"
        node = reader.event(TW.MatchingPledge, "donation", label, verb, "donation.match")
    reader.add(node, TW.agent, donor, whos[0], verb, rule="donation.match")
    for child in contributions.children:
        if child.dep_ in ("compound", "poss", "amod"):
            group = reader.group(child) if child.lemma_.lower() in {"employee", "worker", "staff"} else None
            if group is not None:
                reader.add(node, TW.matchesContributionsOf, group.iri, child, verb, rule="donation.match")
    subtree = set(verb.subtree)
    cap = next(  # "match every dollar donated ..., up to $30,000": the most it gives
        (
            e.root
            for e in verb.sent.ents
            if e.label_ == "MONEY"
            and e.text.lower().startswith("up to")
            and (e.end == len(e.doc) or e.doc[e.end].lower_ not in ("per", "each", "a"))  # not "per person"
        ),
        None,
    )
    amount = reader.money(cap) if cap is not None and cap in subtree else None
    if amount is not None:
        reader.add(node, TW.amount, amount, verb, cap, rule="donation.match")
    pledging = verb.head if verb.dep_ == "xcomp" else None  # "On November 20, X pledged to match"
    reader.dated(node, verb, pledging, rule="donation.date")
    _announced(reader, node, verb, statements)


def _affiliated_non_profit(reader: Reader, word: Token, phrase: list[Token]) -> URIRef | None:
    """'its non-profit': the non-profit the graph ties to the company, or a new one."""
    if word.lemma_.lower() not in ("non-profit", "nonprofit", "foundation", "charity", "profit"):
        return None
    owner_word = next((c for w in phrase for c in w.subtree if c.dep_ == "poss"), None)
    owner = reader.entity(owner_word) if owner_word is not None else None
    if owner is None:
        return None
    owner_iri = reader.use(owner, owner_word)
    for candidate in reader.known.subjects(TW.affiliatedWith, owner_iri):
        if (candidate, None, TW.NonProfit) in reader.known:
            return (
                reader.use(reader.index.entities[candidate], word)
                if candidate in reader.index.entities
                else candidate
            )
    node = URIRef(f"{owner_iri}-non-profit")
    reader.facts.describe(
        node, TW.NonProfit, f"{owner.label}'s non-profit", (word.idx, word.idx + len(word)), "non-profit"
    )
    reader.add(node, TW.affiliatedWith, owner_iri, owner_word, word, rule="non-profit")
    return node


def _announced(reader: Reader, node: URIRef, verb: Token, statements: Statements) -> None:
    speaking = under(verb, SAYING, deps=("ccomp", "conj", "advcl")) or _said_aside(verb)
    if speaking is None and verb.dep_ == "advcl":
        speaking = verb.head if verb.head.lemma_ in SAYING else None
    statement = statements.by_verb.get(speaking.i) if speaking is not None else None
    if statement is not None:
        reader.add(node, TW.announcedIn, statement.node, verb, speaking, rule="event.announced-in")


# ---------------------------------------------------------- court orders


def read_court_orders(reader: Reader, sentence: Span) -> None:
    """'a federal judge issued an order to reunite families', 'A judge on Friday barred X from
    sharing ...', 'ordered the department to stop using ...', 'The order bars X from ...'."""
    for word in sentence:
        if word.pos_ == "NOUN" and word.lemma_.lower() in LEX["order_nouns"]:
            verb = word.head if word.dep_ == "dobj" and word.head.lemma_ in LEX["issuing_verbs"] else None
            if verb is not None:
                _court_order(reader, verb, word)
            elif word.dep_ == "nsubj" and word.head.lemma_ in LEX["ordering_verbs"] and definite_noun(word):
                node = reader.last("court-order", word)  # "The order bars the company from ..."
                if node is not None:
                    _orders(reader, node, word.head, replace=True)
            elif word.dep_ == "pobj" and word.head.lower_ == "in" and word.head.head.pos_ == "VERB":
                _judge_named_later(reader, word.head.head, word)  # "In an order issued Tuesday, Judge X"
            if definite_noun(word) and (issuer := _issued_by(word)) is not None:
                _judge_named_later(reader, issuer.head.head, word, issuer)  # "The order, issued by Judge X"
        elif word.pos_ == "VERB" and word.lemma_ in LEX["ordering_verbs"] and not negated(word):
            _court_order(reader, word, None)


def _issued_by(noun: Token) -> Token | None:
    """The name in 'The temporary restraining order, issued on Tuesday by U.S. District Judge X'."""
    for clause in (c for c in noun.children if c.dep_ == "acl" and c.lemma_ in ("issue", "sign", "enter")):
        for by in (c for c in clause.children if c.dep_ == "agent"):
            return next((c for c in by.children if c.dep_ == "pobj"), None)
    return None


def _judge_named_later(reader: Reader, verb: Token, noun: Token, named: Token | None = None) -> None:
    """'A state judge ... has ordered X to ...', then 'In an order issued Tuesday, Judge Elena V.
    Marquez of the Second Judicial District Court ruled ...' (or 'The order, issued on Tuesday by
    Judge X'): the order's judge, court and day."""
    whos = [named] if named is not None else subjects(verb)
    node = reader.last("court-order", verb)
    if node is None or not whos or (judge := reader.entity(whos[0])) is None or judge.kind != TW.Person:
        return
    told = max(i for k, n, i in reader.recent if n == node)
    titled = any(c.dep_ == "compound" and c.lemma_.lower() in LEX["judge_nouns"] for c in whos[0].children)
    if reader.sentence_number(verb) - reader.sentence_number(reader.doc[told]) > 2 or not titled:
        return
    _forget_unnamed_judge(reader, node)
    if reader.facts.value(node, TW.agent) is None:
        reader.add(node, TW.agent, reader.use(judge, whos[0]), whos[0], verb, rule="court-order.judge")
        if (court := _judge(reader, judge.iri) or _court_of(reader, whos[0])) is not None:
            reader.add(node, TW.court, court, whos[0], verb, rule="court-order.judge-of")
    if reader.facts.value(node, TW.date) is None:
        reader.dated(node, *(c for c in noun.children if c.dep_ == "acl"), rule="court-order.date")


def _unnamed_judge(reader: Reader, order: URIRef, phrase: Span, verb: Token, label: str) -> None:
    """The judge of an order the article does not name ('A federal judge ordered ...')."""
    person = reader.facts.node("judge")
    where = (phrase.start_char, phrase.end_char)
    reader.facts.describe(person, TW.Person, f"{label} (not named in the source)", where, "court-order.judge")
    reader.add(order, TW.agent, person, phrase, verb, rule="court-order.judge")


def _court_order(reader: Reader, verb: Token, noun: Token | None) -> None:
    whos = subjects(verb)
    if not whos or whos[0].lemma_.lower() not in LEX["judge_nouns"] and reader.entity(whos[0]) is None:
        return
    judge = reader.entity(whos[0])
    if judge is not None and judge.kind not in (TW.Person, TW.Court) and whos[0].ent_type_ != "PERSON":
        if is_subclass(judge.kind, TW.Organization, reader.index.ontology):
            return  # "HSI issued a stop-work order": an agency's order, not a court's
    if noun is None and (judge is None or judge.kind not in (TW.Person, TW.Court)):
        if whos[0].lemma_.lower() not in LEX["judge_nouns"]:
            return
    titled = any(  # "Judge X", "X, a federal judge,"
        c.dep_ in ("compound", "appos") and c.lemma_.lower() in LEX["judge_nouns"] for c in whos[0].children
    )
    if judge is not None and judge.kind == TW.Person and not _judge(reader, judge.iri) and not titled:
        return  # "the chief executive ordered ...", "Trump signed executive orders": no court
    recent = reader.last("court-order", verb)
    near = recent is not None and any(
        n == recent and reader.sentence_number(verb) - reader.sentence_number(reader.doc[i]) <= 2
        for k, n, i in reader.recent
    )
    node = (
        recent
        if near
        else reader.event(TW.CourtOrder, "court-order", "Court order", noun or verb, "court-order")
    )
    reader.remember("court-order", node, verb)
    if judge is not None and judge.kind == TW.Person:
        _forget_unnamed_judge(reader, node)  # "A federal judge ... ordered"; then "Judge X ... granted"
        reader.add(node, TW.agent, reader.use(judge, whos[0]), whos[0], verb, rule="court-order.judge")
        if (court := _judge(reader, judge.iri) or _court_of(reader, whos[0])) is not None:
            reader.add(node, TW.court, court, whos[0], verb, rule="court-order.judge-of")
    elif judge is not None and judge.kind == TW.Court:
        reader.add(node, TW.court, reader.use(judge, whos[0]), whos[0], verb, rule="court-order.court")
        if reader.facts.value(node, TW.agent) is None:  # "The full court voted 8 to 7 to reverse ...":
            phrase = reader.doc[whos[0].left_edge.i : whos[0].i + 1]  # its judges, unnamed here
            _unnamed_judge(reader, node, phrase, verb, f"A judge of {judge.label}")
    elif not near:
        phrase = reader.doc[whos[0].left_edge.i : whos[0].i + 1]
        _unnamed_judge(reader, node, phrase, verb, phrase.text[:1].upper() + phrase.text[1:])
    if reader.facts.value(node, TW.date) is None:
        reader.dated(node, verb, noun, rule="court-order.date")
    if noun is None:
        _orders(reader, node, verb)
        return
    for clause in noun.children:
        if clause.dep_ in ("acl", "relcl") and clause.pos_ == "VERB" and not _by_agent(clause):
            if clause.lemma_ in LEX["ordering_verbs"]:  # "an injunction ordering the city to stop ..."
                _orders(reader, node, clause)
                if reader.facts.value(node, TW.orders) is not None:
                    continue
            words = clause_text(clause)
            reader.add(node, TW.orders, Literal(words.text), words, rule="court-order.orders")


def _orders(reader: Reader, node: URIRef, verb: Token, replace: bool = False) -> None:
    """What an order requires: 'ordered X [to stop using Y] [until ...]', 'barred X [from
    sharing Y]'; with `replace`, the words of a sentence about the order itself ('The order bars
    ...') rather than those of an earlier one."""
    if (earlier := reader.facts.value(node, TW.orders)) is not None:
        if not replace:
            return
        reader.facts.triples.pop((node, TW.orders, earlier))
    until = [
        c
        for c in verb.children
        if c.dep_ == "advcl" and any(m.lower_ in ("until", "unless") for m in c.children)
    ]
    for clause in verb.children:
        if clause.dep_ == "xcomp" and clause.pos_ in ("VERB", "AUX"):
            words = clause_text(clause)
        elif clause.dep_ == "prep" and clause.lower_ == "from":
            done = next((c for c in clause.children if c.dep_ == "pcomp"), None)
            if done is None:
                continue
            words = clause_text(done)
        else:
            continue
        words = before_participle(words)  # not ", ruling in a lawsuit ..."
        if until:  # "... until a lawsuit challenging the technology is decided"
            condition = clause_text(until[0])
            text = f"{words.text} {condition.text}"
            words = reader.doc[words.start : condition.end]
        else:
            text = words.text
        reader.add(node, TW.orders, Literal(text), words, rule="court-order.orders")
        return


def _forget_unnamed_judge(reader: Reader, node: URIRef) -> None:
    """An order's judge described without a name ('a federal judge'), once the text names the judge."""
    for agent in reader.facts.objects(node, TW.agent):
        if (agent, RDF.type, TW.Person) in reader.facts.triples and agent not in reader.index.entities:
            for triple in [t for t in reader.facts.triples if agent in (t[0], t[2])]:
                reader.facts.triples.pop(triple)


def _judge(reader: Reader, person: URIRef) -> URIRef | None:
    """The court a person is a judge of, from the positions read so far."""
    for position in reader.facts.subjects(TW.holder, person):
        if reader.facts.value(position, TW.role) == TW.DistrictJudge:
            return reader.facts.value(position, TW.positionIn)
    return None


def _court_of(reader: Reader, judge: Token) -> URIRef | None:
    """'Judge X of the Kittredge County Circuit Court': the court named with the judge."""
    court_word = prep_object(judge, "of")
    court = reader.entity(court_word) if court_word is not None else None
    return reader.use(court, court_word) if court is not None and court.kind == TW.Court else None


def _by_agent(clause: Token) -> bool:
    """'an order sought by the attorney general': who asked for it, not what it orders."""
    return any(c.dep_ == "agent" for c in clause.children)


# ------------------------------------------------- requests for comment


def read_comment_requests(reader: Reader, sentence: Span) -> None:
    """'TechCrunch has contacted Salesforce for comment', 'X did not respond to a request for comment'
    (one request to each addressee in a sentence: 'did not return a message seeking comment')."""
    asked_here: set[URIRef] = set()
    for word in sentence:
        if (unanswered := _unanswered(word)) is not None:  # "did not respond to questions"
            word, head = unanswered
            asked_words = subjects(head)
            asked, asker = (asked_words[0] if asked_words else None), None
        elif _declined(word):
            head = word.head  # "A company spokesperson declined to comment", "She declined to say whether"
            asked_words = subjects(head)
            asked, asker = (asked_words[0] if asked_words else None), None
        elif _referred(word):
            head = word  # "A spokesperson for the police department referred questions to the mayor's office"
            asked_words = subjects(head)
            asked, asker = (asked_words[0] if asked_words else None), None
        elif word.lower_ not in ("comment", "interview") or word.dep_ not in ("pobj", "dobj"):
            continue
        elif word.lower_ == "interview" and not (word.dep_ == "pobj" and word.head.head.lemma_ == "request"):
            continue  # but "did not respond to a request for an interview"
        elif word.dep_ == "dobj":  # "did not return a message seeking comment"
            if word.head.lemma_ != "seek" or word.head.head.pos_ != "NOUN":
                continue
            head = word.head.head
            responding = head.head.head if head.dep_ == "pobj" else head.head
            asked_words = subjects(responding) if negated(responding) else []
            asked, asker = (asked_words[0] if asked_words else None), None
        elif (head := word.head.head).lemma_ in LEX["comment_verbs"] and head.pos_ == "VERB":
            asked = object_of(head, "dobj") or prep_object(head, "to")
            whos = subjects(head)
            asker = reader.agent(whos[0]) if whos else None
        elif head.lemma_ == "request":
            responding = head.head.head if head.dep_ == "pobj" else head.head
            asked_words = subjects(responding)
            asked, asker = (asked_words[0] if asked_words else None), None
        else:
            continue
        if asked is not None and asked.lemma_.lower() in SPOKESPEOPLE:  # "a spokesperson for the bureau"
            asked = prep_object(asked, "for", "of", "at") or asked
        addressee = reader.agent(asked) if asked is not None else None
        employer = (
            next((c for c in asked.children if c.dep_ == "compound"), None) if asked is not None else None
        )
        if addressee is None and employer is not None and employer.lemma_ == "company":
            company = reader.focus(employer, TW.Company)  # "a company spokesperson"
            addressee = reader.use(company, employer) if company is not None else None
        if addressee is None or addressee in asked_here:
            continue
        asked_here.add(addressee)
        node = reader.event(
            TW.RequestForComment,
            "comment-request",
            f"Request for comment to {reader.label_of(addressee)}",
            word,
            "comment-request",
        )
        reader.add(node, TW.addressedTo, addressee, asked, word, rule="comment-request")
        for other in asked.conjuncts if asked is not None else ():  # "ICE and CBP did not respond"
            if (also := reader.agent(other)) is not None:
                reader.add(node, TW.addressedTo, also, other, word, rule="comment-request")
        if asker is None:
            asker = _asking_outlet(reader, sentence)  # "did not respond to questions from Test Wire"
        if asker is not None:
            reader.add(node, TW.agent, asker, head, rule="comment-request")
        responding = head.head.head if head.dep_ == "pobj" else head  # "did not respond ... on Monday"
        reader.dated(node, responding, head, rule="comment-request.date")


def _asking_outlet(reader: Reader, sentence: Span) -> URIRef | None:
    """The news organization the questions came from ('a request for comment from Test Wire')."""
    for word in sentence:
        if word.dep_ == "pobj" and word.head.lower_ == "from" and (outlet := reader.entity(word)) is not None:
            if outlet.kind == TW.NewsOrganization:
                return reader.use(outlet, word)
    return None


def _unanswered(word: Token) -> tuple[Token, Token] | None:
    """'X did not respond to questions about ...', 'X did not answer questions': the questions
    and the verb that leaves them unanswered."""
    if word.lemma_ in ("respond", "reply") and negated(word) and _after_asking(word):
        return word, word  # "... did not respond to a request for comment. The DHS also did not respond."
    asking = word.lemma_.lower() in ("question", "inquiry", "enquiry")
    messaged = word.lemma_.lower() in ("message", "voicemail") and prep_object(word, "from") is None
    if not (asking or messaged) or word.dep_ not in ("pobj", "dobj"):
        return None  # "did not respond to messages left for him" (not "to messages from workers")
    verb = word.head.head if word.dep_ == "pobj" else word.head
    if verb.lemma_ in ("respond", "reply", "answer", "return") and negated(verb):
        return word, verb
    return None


def _after_asking(verb: Token) -> bool:
    """'did not respond' with nothing it responds to, in a sentence that follows one asking for
    comment ('Test Wire asked Scale ... ; the company did not respond')."""
    if any(c.dep_ in ("prep", "dobj", "ccomp", "advcl") for c in verb.children):
        return False
    if verb.dep_ == "ccomp":  # "Two employees said the board had not responded": to their letter
        return False
    start = verb.sent.start
    before = verb.doc[verb.doc[start - 1].sent.start : start] if start > 0 else verb.doc[0:0]
    return any(t.lemma_ in ("comment", "ask", "contact") for t in [*before, *verb.doc[start : verb.i]])


# ---------------------------------------------------------- denunciations


def read_denunciations(reader: Reader, sentence: Span) -> None:
    """'While denouncing the separation of migrant families as “inhumane,” Benioff ...',
    'Nadella called the separation of children from their families "cruel and abusive"'."""
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.lemma_ not in LEX["denouncing_verbs"] or negated(verb):
            continue
        target = object_of(verb, "dobj")
        if target is None:
            continue
        words = None
        if verb.lemma_ == "call":
            words = object_of(verb, "oprd") or next(
                (c for c in target.children if c.dep_ in ("oprd", "acomp")), None
            )
            if words is None:
                quoted = [t for t in verb.subtree if t.text in ("“", '"')]
                if not quoted:
                    continue
        whos = subjects(verb)
        of_letter = bool(whos) and whos[0].lower_ == "it" and reader.letter_spoken_of(whos[0])
        letter = reader.letter_in_focus(whos[0]) if of_letter else None
        if of_letter:  # "The letter says ... It also criticizes ...": its signers, if known
            speaker = reader.facts.value(letter, TW.agent) if letter is not None else None
        else:
            speaker = reader.agent(whos[0]) if whos else None
        if speaker is None:
            continue
        denounced = reader.entity(target) if target.pos_ != "PRON" else None
        if denounced is not None and is_subclass(denounced.kind, TW.Agent, reader.index.ontology):
            # "criticizes chief executive Alex Karp": the person, not a policy
            what = reader.use(denounced, target)
        else:
            what = reader.policy(target)
        if what is None:
            continue
        characterization = _characterization(verb, target, words)
        if verb.lemma_ == "call" and characterization and _not_a_judgment(characterization[1]):
            continue  # 'called Okafor "one of the best engineers ..."', 'calls the system "ImmigrationOS"'
        node = reader.event(
            TW.Denunciation,
            "denunciation",
            f"Denunciation by {reader.label_of(speaker)}",
            verb,
            "denunciation",
        )
        reader.add(node, TW.agent, speaker, whos[0], verb, rule="denunciation")
        if letter is not None:
            reader.add(node, TW.subEventOf, letter, whos[0], verb, rule="denunciation.in-letter")
        reader.add(node, TW.denounces, what, verb, target, rule="denunciation")
        if characterization:
            reader.add(
                node,
                TW.characterization,
                Literal(characterization[0]),
                characterization[1],
                rule="denunciation.as",
            )


def _not_a_judgment(words: Span) -> bool:
    """What someone is called that judges nothing: a name ('"ImmigrationOS"') or what a person is
    ('"one of the best engineers this company has had"', '"a thoughtful director"')."""
    alpha = [t for t in words if t.is_alpha]
    if len(alpha) == 1 and alpha[0].text[0].isupper():
        return True
    head = words.root
    if head.lower_ == "one" and (of := prep_object(head, "of")) is not None:
        head = of
    return head.lemma_.lower() in EMPLOYEE_NOUNS | TITLE_WORDS | {"person", "colleague", "leader"}


def _characterization(verb: Token, target: Token, words: Token | None):
    doc = verb.doc
    as_word = prep_object(verb, "as")
    if as_word is not None:
        words = as_word
    if words is None:
        after = verb.sent[target.i - verb.sent.start + 1 :]
        opening = next((t for t in after if t.text in ("“", '"')), None)
        if opening is None:
            return None
        closing = next((t for t in doc[opening.i + 1 :] if t.text in ("”", '"')), None)
        if closing is None:
            return None
        span = doc[opening.i + 1 : closing.i]
    else:
        span = doc[words.left_edge.i : words.right_edge.i + 1]
    text = span.text.strip(' “”",.')
    return (text, span) if text else None
