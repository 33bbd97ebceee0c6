"""Petitions and letters of employees, and requests by other organizations: who signed, whom
they ask, what they ask for, what it is about, who made it public.

'a petition signed by more than 650 Salesforce employees asking him to reexamine the deal',
'More than 100 Microsoft employees signed an open letter ... asking X to cancel ...',
'employees asked chief executive officer Jeff Bezos to cancel contracts ...'.
"""

import re

from rdflib import Literal, URIRef
from spacy.tokens import Span, Token

from kg.extract.documents import document_told_before
from kg.extract.entities import is_subclass
from kg.extract.facts import char_range
from kg.extract.matchers import matches
from kg.extract.pipeline import read_patterns
from kg.extract.reader import REQUESTING, SIGNING_VERBS, Group, Reader, contract_noun
from kg.extract.spans import someone
from kg.extract.syntax import (
    clause_text,
    definite_noun,
    future,
    negated,
    object_of,
    opens_list,
    prep_object,
    subjects,
)
from kg.namespaces import TW

LEX = read_patterns("events.json")


def read_petitions(reader: Reader, sentence: Span) -> None:
    """'a petition signed by more than 650 Salesforce employees asking him to reexamine the deal',
    'More than 100 Microsoft employees signed an open letter ... asking X to cancel ...',
    'employees asked chief executive officer Jeff Bezos to cancel contracts ...'."""
    _named_signers(reader, sentence)
    for word in sentence:
        if word.pos_ == "NOUN" and word.lemma_.lower() in LEX["petition_nouns"]:
            if any(c.dep_ == "compound" and c.lemma_.lower() == "resignation" for c in word.children):
                continue  # "a resignation letter": one person's leaving, no letter of many
            _petition_noun(reader, word)
        elif word.pos_ == "VERB" and word.lemma_ in REQUESTING | {"write"} and not negated(word):
            _petition_verb(reader, word)


_LIST_ITEM = re.compile(r"[ \t]*[“\"]?[ \t]*(?:\d{1,2}[.)]|[-•*])[ \t]+(?P<item>[^\n]+?)[.;]?[”\"]?[ \t]*$")
_LIST_LEAD = re.compile(r"\b(demands?|asks?|calls? on|calls? for|requests?)\b[^\n]*:[ \t]*$", re.I | re.M)


def read_demands_after_colon(reader: Reader, sentence: Span) -> None:
    """'The letter ... made three demands: that Fernhollow cap the fees ..., that it publish ...,
    and that it not renew ...': the demands of the petition or letter spoken of."""
    doc = reader.doc
    for word in sentence:
        if word.pos_ != "NOUN" or not opens_list(word) or word.i + 1 >= sentence.end:
            continue
        if word.i + 2 >= sentence.end or doc[word.i + 2].lower_ != "that":
            return
        lead = doc[sentence.start : word.i]
        if not any(t.lemma_.lower() in LEX["petition_nouns"] for t in lead):
            return  # "the protesters made three demands: ...": the protest's, read with it
        petition = reader.last("petition", word)
        if petition is not None and not reader.facts.objects(petition, TW.demand):
            listed_demands(reader, petition, doc[word.i + 2 : sentence.end], "petition.listed-demand")
        return


def listed_demands(reader: Reader, node: URIRef, items: Span, rule: str) -> None:
    """'end the drone program for police, disclose every public-sector customer, and let ...',
    'that Halcyon cancel the CBP contract, that it publish ...': each a demand (without the
    company asked, which the demand is addressed to: 'that it not renew X' demands 'not renew X')."""
    start = items.start
    doc = reader.doc
    spans = []
    for token in [*items, None]:
        if token is None or token.text in (",", ";"):
            end = token.i if token is not None else items.end
            span = doc[start:end]
            while len(span) and (span[0].lower_ in ("and", "or", "to") or span[0].is_punct):
                span = doc[span.start + 1 : span.end]
            if len(span) and span[0].lower_ == "that":  # "that Cumulo cancel the ICE contract"
                span = _without_addressee(reader, doc[span.start + 1 : span.end])
            while len(span) and (span[-1].is_punct or span[-1].is_space):
                span = doc[span.start : span.end - 1]
            if len(span):
                spans.append(span)
            start = end + 1
    if len(spans) < 2 or not any(span[0].pos_ in ("VERB", "PART") for span in spans):
        return
    for span in spans:
        reader.add(node, TW.demand, Literal(span.text), span, rule=rule)


def _without_addressee(reader: Reader, clause: Span) -> Span:
    """'it not renew the agreement' -> 'not renew the agreement', 'Fernhollow cap the fees' -> 'cap
    the fees'; 'engineers be allowed to ...' keeps its subject, who is not the one asked."""
    first = clause[0]
    mention = reader.mention(first)
    if first.lower_ == "it":
        end = first.i + 1
    elif mention is not None and mention.entity.kind != TW.Person and mention.span.start == first.i:
        end = mention.span.end
    else:
        return clause
    return clause.doc[end : clause.end] if end < clause.end else clause


def read_listed_demands(reader: Reader) -> None:
    """'The letter sets out its demands as a numbered list:', then '"1. Do not renew the contract
    ..."' paragraph by paragraph: each item is a demand of the petition or letter spoken of last
    before the list."""
    text = reader.doc.text
    for lead in _LIST_LEAD.finditer(text, reader.article.body_start):
        words = reader.doc.char_span(lead.start(), lead.end(), alignment_mode="expand")
        petition = reader.last("petition", words[0]) if words is not None else None
        if petition is None:
            continue
        start = lead.end() + 1
        for line in text[start:].split("\n"):
            begin, start = start, start + len(line) + 1
            if not line.strip():
                continue
            item = _LIST_ITEM.fullmatch(line)
            if item is None:
                break  # prose again: the list has ended
            said = reader.doc.char_span(
                begin + item.start("item"), begin + item.end("item"), alignment_mode="expand"
            )
            if said is not None:
                demand = Literal(item.group("item").strip())
                reader.add(petition, TW.demand, demand, said, rule="petition.listed-demand")


def _petition_noun(reader: Reader, noun: Token) -> None:
    definite = any(c.lower_ in ("the", "this") for c in noun.children)
    if definite and _named_signer(reader, noun):
        return
    signers, signing = _signers(reader, noun)
    node = None
    if signers is None:
        if not definite:
            _sent_letter(reader, noun)
            return
        node = reader.last("petition", noun)  # "The letter, published by Gizmodo, also asks ..."
        if node is None:
            return
        if noun.dep_ == "nsubjpass" and noun.head.lemma_ in LEX["signing_verbs"]:
            reader.dated(node, noun.head, rule="petition.date")  # "The letter ... was published on Tuesday"
    else:  # "More than 100 employees had signed the letter": the letter just spoken of, if any
        node = (definite and reader.last("petition", noun)) or _petition_with(reader, signers, noun)
        reader.add(node, TW.agent, signers, noun, signing or noun, rule="petition.signatories")
        if signing is not None:
            carried = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else None  # "was delivered on"
            sent = next(  # "a letter that 300 of its employees sent to Grant in October": the parse's count
                (
                    t
                    for t in signing.subtree
                    if t.dep_ in ("acl", "relcl") and t.lemma_ in LEX["signing_verbs"]
                ),
                None,
            )
            coordinated = signing.head if signing.dep_ == "conj" else None
            told = noun if signing.dep_ == "advcl" else None  # "a petition in February, signed by X"
            reader.dated(node, signing, coordinated, carried, sent, told, rule="petition.date")
            reader.hedge(node, signing)
    reader.remember("petition", node, noun)
    authors = prep_object(noun, "from")  # "a petition from the Wrenfield Privacy Coalition": its organizer
    if authors is not None and (named := reader.entity(authors)) is not None and named.kind != TW.Place:
        if reader.use(named, authors) not in reader.facts.objects(node, TW.agent):
            reader.add(node, TW.actor, reader.use(named, authors), noun, authors, rule="petition.from")
    for word in noun.subtree if noun.dep_ not in ("nsubj", "nsubjpass") else [*noun.subtree, noun.head]:
        if word.lemma_ in ("publish", "report", "post", "obtain") and (by := prep_object(word, "by")):
            if (who := reader.agent(by)) is not None:
                reader.add(node, TW.reportedBy, who, word, by, rule="petition.reported-by")
                if (found := reader.date(word)) is not None:
                    reader.add(
                        node, TW.firstReportedOn, found[0], word, found[1], rule="petition.reported-on"
                    )
    asking = [w for w in noun.subtree if w.lemma_ in REQUESTING and w.pos_ == "VERB"]
    if signing is not None and signing != noun.head or noun.dep_ == "dobj":
        verbs = [signing] if signing is not None else []
        if noun.dep_ == "dobj" and signing in (None, *noun.children):  # "delivered a letter signed by X
            verbs.append(noun.head)  # to Y, asking ...": the asking hangs on the delivering
        asking += [
            c
            for verb in verbs
            for c in verb.children
            if c.lemma_ in REQUESTING and c.dep_ in ("advcl", "xcomp", "conj") and c not in asking
        ]
    if noun.dep_ in ("nsubj",) and noun.head.lemma_ in REQUESTING:
        asking.append(noun.head)
    if (went_up := _went_up_asking(noun)) is not None and went_up not in asking:
        asking.append(went_up)
    for verb in asking:
        read_request(reader, node, verb)
    participles = [c for c in noun.children if c.dep_ in ("acl", "relcl")]  # "that X signed and sent to Y"
    participles += [
        c for p in participles for c in p.children if c.dep_ == "conj"
    ]  # "signed ... and sent to"
    # "a letter signed by 8,700 employees to X": the parse may hang "to X" on the participle
    sent = [c for c in participles if c.lemma_ in ("address", "send", "deliver", *LEX["signing_verbs"])]
    signed_to = noun.dep_ == "dobj" and noun.head.lemma_ in LEX["signing_verbs"]  # "signed a letter to X"
    handed = noun.dep_ == "dobj" and noun.head.lemma_ in ("deliver", "hand", "present", "submit", "send")
    # "The petition ... is addressed to X"
    addressed = noun.dep_ == "nsubjpass" and noun.head.lemma_ == "address"
    target = (
        prep_object(noun, "to")
        or next((t for p in sent if (t := prep_object(p, "to")) is not None), None)
        or (prep_object(noun.head, "to") if signed_to or handed or addressed else None)
    )
    if target is not None and reader.agent(target) is None and target.head.head in sent:
        named = object_of(target.head.head, "dobj")  # "addressed to founder and chief executive Hemi
        target = named if named is not None else target  # R. Tawhai": the parse makes the name an object
    for addressee in _addressees(target) if target is not None else []:
        named = next((c for c in addressee.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        for word in (addressee, named):  # "to Hollin's board and its chair, Everett Coyle": both
            if word is not None and (who := reader.agent(word)) is not None:  # "addressed to X and Y"
                reader.add(node, TW.addressedTo, who, noun, word, rule="petition.letter-to")
                break
    for word in noun.subtree:  # "an open letter ... objecting to a contract with X"
        if word.lemma_ in LEX["protest_words"] and word.pos_ == "VERB":
            for target in word.subtree:
                if contract_noun(target) and (contract := reader.contract_at(target)):
                    reader.add(node, TW.concernsAgreement, contract, word, target, rule="petition.objects-to")
                    break
    _motive(reader, node, noun)


def _named_signer(reader: Reader, noun: Token) -> bool:
    """'Hana Whitlock, a mapping engineer who signed the letter, ...': one named member of the
    group that signed the letter spoken of (not a group of its own, nor the letter's day)."""
    signed = noun.head if noun.dep_ == "dobj" and noun.head.lemma_ in LEX["signing_verbs"] else None
    if signed is None or signed.dep_ != "relcl" or not any(c.lower_ == "who" for c in signed.children):
        return False
    petition = reader.last("petition", noun)  # "a mapping engineer", beside the name, or the name
    return petition is not None and reader.named_member(
        petition, signed.head, signed, "petition.named-signer"
    )


def _addressees(target: Token) -> list[Token]:
    """'X and Y', 'X and to Y': each person or body a letter was addressed to."""
    found = [target, *target.conjuncts]
    for prep in (c for c in target.head.children if c.dep_ == "conj" and c.lower_ == "to"):
        found += [c for c in prep.children if c.dep_ == "pobj"]  # "to X and to Y"
    return found


def _petition_with(reader: Reader, signers: URIRef, noun: Token) -> URIRef:
    for kind, node, _ in reversed(reader.recent):
        if kind == "petition" and (node, TW.agent, signers) in reader.facts.triples:
            return node
    return reader.event(TW.Petition, "petition", f"Petition by {reader.label_of(signers)}", noun, "petition")


def _signers(reader: Reader, noun: Token) -> tuple[URIRef | None, Token | None]:
    """Who signed: 'petition signed by X' (also '... circulated in March and signed by X') or 'X
    signed a petition' (the DependencyMatcher patterns petition.signed-by and petition.signed)."""
    authors = prep_object(noun, "from")  # "An open letter from Microsoft employees demanding ..."
    if authors is not None and (group := reader.group(authors, specific=True)) is not None:
        return group.iri, noun
    signed = [noun.head] if noun.dep_ == "nsubjpass" else []  # "The letter was signed by X"
    signed += [c for c in noun.children if c.dep_ == "acl"]  # "delivered a letter signed by X"
    signed += _participle_after(noun)
    for verb in (v for v in signed if v.lemma_ in LEX["signing_verbs"]):
        by = prep_object(verb, "by")  # "a petition that 450 employees signed": the parse's acl
        by = by or next((c for c in verb.children if c.dep_ == "nsubj" and verb.dep_ == "acl"), None)
        group = reader.group(by, specific=True) if by is not None else None
        if group is not None:
            return group.iri, verb
    for match in matches(noun.sent, "petition.signed"):
        if match.tokens["petition"] != noun:
            continue
        by = match.tokens.get("signers")
        for who in [by] if by is not None else subjects(match.trigger):
            group = reader.group(who, specific=True)
            if group is not None:
                return group.iri, match.trigger
            named = reader.entity(who)  # "a group calling itself Microsoft Workers 4 Good published ..."
            if named is not None and named.kind == TW.PersonGroup:
                return reader.use(named, who), match.trigger
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.lemma_ in _SAYING_OF_LETTERS:
        for who in subjects(noun.head.head):  # "In a joint letter, they said ...": its writers signed it
            group = reader.group(who, specific=True)
            if group is None and who.lower_ == "they" and (earlier := reader.last("group", who)) is not None:
                group = Group(earlier, None)
            if group is not None:
                return group.iri, noun.head.head
    for count in (c for c in noun.children if c.dep_ == "relcl" and c.pos_ == "NUM"):
        group = reader.group(count, specific=True)  # "a letter that more than 300 of its employees sent
        if group is not None:  # to Grant": the parse makes the count the clause
            return group.iri, count
    if (counted := _signatures(reader, noun)) != (None, None):
        return counted  # "a petition ... that gathered about 2,100 signatures"
    if _went_up_asking(noun) is not None and not definite_noun(noun):
        return _signed_later(reader, noun)  # "a petition went up asking X to ... 200 people signed it"
    return None, None


def _participle_after(noun: Token) -> list[Token]:
    """'grew out of a petition in February, signed by more than 200 employees, that asked ...': a
    participle right after the noun's phrase that the parse hung on the clause's verb instead."""
    doc, after = noun.doc, noun.right_edge.i + 1
    after += after < len(doc) and doc[after].text == ","
    if after < len(doc) and doc[after].tag_ == "VBN" and doc[after].dep_ == "advcl":
        return [doc[after]] if doc[after].head in noun.ancestors else []
    return []


_SAYING_OF_LETTERS = {"say", "write", "argue", "tell", "call", "warn", "ask", "urge"}


def _signatures(reader: Reader, noun: Token) -> tuple[URIRef | None, Token | None]:
    """The signers a petition is counted by: 'that gathered about 2,100 signatures', 'with more
    than 5,000 signatures'."""
    for word in noun.subtree:
        if word.lemma_ != "signature" or (count := reader.count(word)) is None:
            continue
        phrase = reader.doc[word.left_edge.i : word.i + 1]
        node = reader.facts.node("group")
        reader.facts.describe(
            node, TW.PersonGroup, f"signers ({phrase.text})", char_range(phrase), "petition.signatures"
        )
        reader.count_members(node, count, phrase)
        return node, word.head
    return None, None


def _went_up_asking(noun: Token) -> Token | None:
    """The request verb of 'a petition asking X to ...', also 'a petition went up ..., asking X to'."""
    verbs = [*noun.children, *(noun.head.children if noun.dep_ == "nsubj" else ())]
    return next((v for v in verbs if v.dep_ in ("acl", "advcl") and v.lemma_ in REQUESTING), None)


def _signed_later(reader: Reader, noun: Token) -> tuple[URIRef | None, Token | None]:
    """Who signed 'it' in one of the two sentences after the one a petition was spoken of in."""
    sentence = noun.sent
    for _ in range(2):
        if sentence.end >= len(reader.doc):
            break
        sentence = reader.doc[sentence.end].sent
        for verb in sentence:
            signed_it = any(c.dep_ == "dobj" and c.lower_ == "it" for c in verb.children)
            if verb.lemma_ in LEX["signing_verbs"] and signed_it and (whos := subjects(verb)):
                group = reader.group(whos[0], specific=True)
                if group is not None:
                    return group.iri, verb
    return None, None


def _organizers_of_action(word: Token) -> bool:
    """'The walkout's organizers asked the company to ...': the walkout's demands, read with it."""
    actions = {*LEX["walkout_nouns"], *LEX["protest_nouns"]}
    return word.lemma_.lower() == "organizer" and any(
        c.dep_ == "poss" and c.lemma_.lower() in actions for c in word.children
    )


def _petition_verb(reader: Reader, verb: Token) -> None:
    """Employees asking their leaders directly: 'employees asked Jeff Bezos to cancel contracts'."""
    if any(c.lemma_.lower() in LEX["petition_nouns"] for c in verb.children if c.dep_ in ("dobj", "nsubj")):
        return
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ in ("acl", "relcl", "advcl", "xcomp") and verb.lemma_ != "write" and not own_subject:
        return  # "a petition ... asking him": read with the petition
    whos = subjects(verb)
    if not whos or _organizers_of_action(whos[0]) or someone(whos[0]):
        return  # (not "an employee asked the chief executive ...": one person's question)
    # "It asks ...": the letter spoken of; "They asked her to ...": its signers, asking in it
    pronoun = whos[0].lower_ == "it" or whos[0].lower_ == "they" and whos[0].head == verb
    if pronoun and verb.lemma_ in REQUESTING and (letter := reader.letter_in_focus(whos[0])):
        read_request(reader, letter, verb)
        reader.remember("petition", letter, whos[0])  # "It also asks ...": the next sentence's 'It'
        for sent in (c for c in verb.children if c.dep_ == "advcl" and c.lemma_ in ("address", "send")):
            target = prep_object(sent, "to")  # "Addressed to X and to Y, it asks ..."
            for addressee in _addressees(target) if target is not None else []:
                if (who := reader.agent(addressee)) is not None:
                    reader.add(letter, TW.addressedTo, who, sent, addressee, rule="petition.letter-to")
        return
    group = reader.group(whos[0], specific=True)
    named = reader.entity(whos[0]) if group is None else None
    if named is not None and named.kind == TW.PersonGroup:  # "a group calling itself X asked ..."
        group = Group(reader.use(named, whos[0]), None)
    if group is None:
        coalition = whos[0].lemma_.lower() != "group" and _coalition_of_organizations(whos[0])
        if verb.lemma_ in REQUESTING and (named is not None or reader.counted_back(whos[0]) or coalition):
            _organization_request(reader, verb, whos)
        return
    addressee_word = object_of(verb, "dobj") if verb.lemma_ != "write" else prep_object(verb, "to")
    if addressee_word is None or verb.lemma_ != "write" and not _asked_to_act(verb):
        return  # "asked whether anyone had reviewed it", "called the police": no demand
    node = _petition_with(reader, group.iri, verb)
    reader.remember("petition", node, verb)
    reader.add(node, TW.agent, group.iri, whos[0], verb, rule="petition.request-verb")
    reader.hedge(node, verb)
    reader.dated(node, verb, rule="petition.date")
    if verb.lemma_ == "write":
        if (who := reader.agent(addressee_word)) is not None:
            reader.add(node, TW.addressedTo, who, verb, addressee_word, rule="petition.written-to")
        for clause in verb.children:
            if clause.lemma_ in REQUESTING and clause.dep_ in ("advcl", "xcomp", "conj"):
                read_request(reader, node, clause)
    else:
        read_request(reader, node, verb)
    _motive(reader, node, verb)


def _asked_to_act(verb: Token) -> bool:
    """'asked Jeff Bezos to cancel contracts', 'urged the board to drop it': a demand to do something."""
    if verb.lemma_ == "call" and prep_object(verb, "on") is None:
        return False
    return any(
        c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and not _question(c) for c in verb.children
    )


def _question(clause: Token) -> bool:
    """'asked X whether the company sold data', 'asked how ...': a question, no demand."""
    return any(
        c.dep_ == "mark"
        and c.lower_ in ("whether", "if")
        or c.tag_ in ("WDT", "WP", "WRB")
        and c.i < clause.i
        for c in clause.children
    )


_COALITIONS = {"coalition", "alliance", "group"}  # who sends a letter for the organizations in it
_GROUPED_ORGANIZATIONS = {"group", "organization", "organisation", "company", "agency", "union", "nonprofit"}


def _coalition_of_organizations(word: Token) -> bool:
    """'a coalition of 42 civil liberties ... organizations' (not 'a coalition of parents')."""
    members = prep_object(word, "of") if word.lemma_.lower() in _COALITIONS else None
    kinds = [members, *members.conjuncts] if members is not None else []  # "civil liberties ... and
    return any(m.lemma_.lower() in _GROUPED_ORGANIZATIONS for m in kinds)  # immigrant-rights organizations"


def _people_of_group(word: Token) -> Token | None:
    """'a group of mathematicians': the people the group is of (not 'a coalition of groups')."""
    if word.lemma_.lower() != "group":
        return None
    members = prep_object(word, "of")
    plural = members is not None and (members.tag_ == "NNS" or members.tag_ == "NNPS" and members.is_lower)
    if not plural or members.lemma_.lower() in _GROUPED_ORGANIZATIONS:
        return None
    return members


def _sent_letter(reader: Reader, noun: Token) -> None:
    """'Tolliver sent Solis a letter on Monday asking her to delay the launch', 'The ACLU, which
    sent council members a letter urging them to halt ...': a letter of one named writer (a group
    of people who sign one is a petition, read by `_signers`)."""
    verb = noun.head
    if (
        noun.lemma_.lower() != "letter"
        or noun.dep_ != "dobj"
        or verb.lemma_ not in ("send", "write", "deliver")
    ):
        return
    if future(verb):
        return  # "it plans to send similar letters to other companies": none sent yet
    whos = subjects(verb)
    writer = reader.entity(whos[0]) if whos and whos[0].lower_ not in ("we", "i") else None
    kind = TW.Letter
    if writer is not None and is_subclass(writer.kind, TW.Agent, reader.index.ontology):
        author = reader.use(writer, whos[0])
    elif whos and writer is None and (people := _people_of_group(whos[0])) is not None:
        author, kind = reader.people_group(people, "letter.sent"), TW.Petition  # "a group of mathematicians"
    elif whos and writer is None and whos[0].lemma_.lower() in _COALITIONS:  # "a coalition of 85 groups"
        author = reader.organization_group(whos[0], "letter.sent")
    else:
        return
    recipient = next((c for c in verb.children if c.dep_ == "dative" and c.pos_ != "ADP"), None)
    recipient = (
        recipient or prep_object(verb, "to") or prep_object(noun, "to")
    )  # also the parse's dative "to"
    addressee = reader.agent(recipient) if recipient is not None else None
    label = f"Letter by {reader.label_of(author)}" + (
        f" to {reader.label_of(addressee)}" if addressee else ""
    )
    node = reader.event(kind, "letter", label, noun, "letter.sent")
    reader.add(node, TW.agent, author, whos[0], verb, rule="letter.sent")
    leader = next((w for w in whos[0].subtree if w.lemma_ == "lead" and w.dep_ == "acl"), None)
    if leader is not None and (by := prep_object(leader, "by")) is not None:  # "..., led by the ACLU,"
        if (led_by := reader.agent(by)) is not None:
            reader.add(node, TW.agent, led_by, leader, by, rule="letter.led-by")
            if writer is None:
                reader.add(author, TW.hasMember, led_by, leader, by, rule="letter.led-by")
    for word in [recipient, *recipient.conjuncts] if recipient is not None else []:  # "to X, Y and Z"
        if (who := reader.agent(word)) is not None:
            reader.add(node, TW.addressedTo, who, verb, word, rule="letter.sent")
    reader.dated(node, verb, rule="letter.date")
    reader.remember("petition", node, noun)
    asking = [
        c for c in [*noun.children, *verb.children] if c.lemma_ in REQUESTING and c.dep_ in ("acl", "advcl")
    ]
    for request in asking:
        read_request(reader, node, request, addressee_known=addressee is not None)


def _organization_request(reader: Reader, verb: Token, whos: list[Token]) -> None:
    """'the ACLU and more than 30 other organizations had asked Amazon to stop selling Rekognition'."""
    called_on = prep_object(verb, "on") if verb.lemma_ == "call" and whos[0].pos_ != "PRON" else None
    if (object_of(verb, "dobj") or called_on) is None or not any(c.dep_ == "xcomp" for c in verb.children):
        return  # "it called on Microsoft to ...": the statement it is part of holds the request
    if whos[0].lower_ in ("we", "i"):
        return  # '"We were asking our employer to stop ...," she said': words quoted, not a request
    if _letter_speaking(verb):  # "The letter asks X to ... It also asks the company to ...": the letter's
        if (letter := reader.last("petition", verb)) is not None:
            read_request(reader, letter, verb)
            return
        if not _signer_of_letter_before(reader, verb, whos[0]):
            return  # a letter read as none: not whoever "it" would be otherwise
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in LEX["petition_nouns"]:
        return  # "a letter to Voss and the board asking ...": the letter asks, read with it
    if future(verb):
        return  # "it would ask the court to ...": a request announced, not made
    perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    ongoing = verb.tag_ in ("VBZ", "VBP") or perfect
    if verb.dep_ == "relcl" and ongoing or reader.in_quotation(verb.idx):
        return  # "the ACLU, which has pressed cities ...", '"... a job Congress has asked it to do"
    in_letter = any(  # "In a letter sent on Monday, X and Y asked the board to ...": a letter
        p.lower_ == "in" and any(o.lemma_ == "letter" for o in p.children) for p in verb.children
    )
    kind, name = (TW.Letter, "letter") if in_letter else (TW.Statement, "request")
    node = reader.event(kind, name, "Letter" if in_letter else "Request", verb, "request.verb")
    for who in whos:
        entity = reader.entity(who)
        agents = [reader.use(entity, who)] if entity else reader.counted_back(who)
        coalition = _coalition_of_organizations(who)  # "a coalition of 42 groups"
        if not agents and who.pos_ == "NOUN" and (who.tag_ == "NNS" or coalition):
            agents = [reader.organization_group(who, "request.organizations")]
        for agent in agents:
            reader.add(node, TW.agent, agent, who, verb, rule="request.verb")
    read_request(reader, node, verb)
    reader.dated(node, verb, rule="request.date")


def _letter_speaking(verb: Token) -> bool:
    """Whether 'It' is the petition or letter the sentence before has as its subject."""
    noun = document_told_before(verb)
    return noun is not None and noun.lemma_.lower() in LEX["petition_nouns"]


def _signer_of_letter_before(reader: Reader, verb: Token, it: Token) -> bool:
    """Whether 'It' stands for one who signed the letter of the sentence before ('The letter ...
    was signed by the Pacific fund, ... It asks ...': the funds ask)."""
    before = verb.doc[verb.sent.start - 1].sent
    signed = [by for by in before if by.lower_ == "by" and by.head.lemma_ in SIGNING_VERBS]
    signers = [word for by in signed for word in by.subtree]
    who = reader.entity(it)
    return who is not None and any(reader.entity(word) == who for word in signers)


def read_request(reader: Reader, node: URIRef, verb: Token, addressee_known: bool = False) -> None:
    """Whom a petition (or any request) asks, and what: 'asking him to reexamine the deal'."""
    called_on = [  # "called on Friday on Congress to ...": not the day
        o
        for p in verb.children
        if verb.lemma_ == "call" and p.dep_ == "prep" and p.lower_ == "on"
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ not in ("DATE", "TIME")
    ]
    addressee = object_of(verb, "dobj") or next(iter(called_on), None)
    if addressee is not None and not addressee_known:
        who = reader.agent(addressee)
        employers = {  # "4,000 of its employees signed a petition asking the company to ...": theirs
            org
            for group in reader.facts.objects(node, TW.agent)
            for org in reader.facts.objects(group, TW.membersWorkFor)
        }
        the_company = addressee.lemma_ == "company" and any(c.lower_ == "the" for c in addressee.children)
        if (the_company or addressee.lower_ == "it") and len(employers) == 1:  # "its employees ... asking it"
            who = next(iter(employers))
        if who is not None:
            reader.add(node, TW.addressedTo, who, verb, addressee, rule="petition.addressee")
    if reader.in_quotation(verb.idx):
        return  # '"... and the letter asks the board to answer that now"': a speaker's gloss
    for clause in [c for c in verb.children if c.dep_ == "xcomp"]:
        parts = infinitives(clause)
        for part in parts:
            whole = _up_to_next(part, parts)
            for words in map(_unquoted, _by_semicolons(whole)):  # "to disclose ...; to publicly call for"
                reader.add(node, TW.demand, Literal(words.text), words, rule="petition.demand")
            for word in whole:
                if contract_noun(word):
                    contract = next((n for k, n, i in reader.recent if k == "contract" and i == word.i), None)
                    if contract is not None:
                        reader.add(node, TW.concernsAgreement, contract, word, rule="petition.about-contract")


def _up_to_next(part: Token, parts: list[Token]) -> Span:
    """One demand of a list the parse hangs on its first: 'to end the sponsorship and return the
    money, and to adopt a policy' gives 'end the sponsorship' for 'end'."""
    doc = part.doc
    following = next((p for p in parts if p.i > part.i and part in p.ancestors), None)
    whole = clause_text(part, without=following)
    if following is None or following.left_edge.i >= whole.end:
        return whole
    end = following.left_edge.i
    while end > whole.start + 1 and (doc[end - 1].is_punct or doc[end - 1].lower_ in ("and", "or", "to")):
        end -= 1
    return doc[whole.start : end]


_QUOTE_MARKS = {'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"}


def _unquoted(words: Span) -> Span:
    """'asked the company to "suspend all work on the triage module"': the demand without the
    quotation marks left open at either end."""
    start, end = words.start, words.end
    while start < end - 1 and words.doc[start].text in _QUOTE_MARKS:
        start += 1
    while end - 1 > start and words.doc[end - 1].text in _QUOTE_MARKS:
        end -= 1
    return words.doc[start:end]


def _by_semicolons(words: Span) -> list[Span]:
    """A demand the parse ran on past a semicolon into the next one ('disclose its ties; to
    publicly call for a ceasefire'): one span each, without the 'to'."""
    parts, start = [], words.start
    doc = words.doc
    for token in words:
        if token.text == ";":
            parts.append(doc[start : token.i])
            start = token.i + 1
            while start < words.end and doc[start].lower_ in ("and", "to"):
                start += 1
    parts.append(doc[start : words.end])
    return [p for p in parts if len(p) > 0]


def infinitives(clause: Token) -> list[Token]:
    """'to cancel X, to publish Y, and to set up Z': each demand's verb (the parser may hang the
    second on the first as an adverbial clause after a comma)."""
    found = [clause]
    deeper = [  # "to publish the terms under which it may use its software, to bar ...", "to say
        t  # that it does not support X, to donate ...": the parse may hang the next on the verb of a
        for t in clause.subtree  # relative or that-clause inside the one before
        if t.dep_ == "advcl" and t.head != clause and t.head.dep_ in ("relcl", "ccomp")
    ]
    for child in [*clause.children, *deeper]:
        after_comma = child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == ","
        infinitive = any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)
        if child.pos_ == "VERB" and (
            child.dep_ == "conj"
            or child.dep_ == "advcl"
            and after_comma
            and infinitive
            and child.i > clause.i
        ):
            found += infinitives(child)
    found += _series_after(clause) if clause.dep_ == "xcomp" else []
    return sorted(found, key=lambda t: t.i)


def _series_after(clause: Token) -> list[Token]:
    """'asking him to reinstate X, withdraw Y and restore Z': the parse may hang 'withdraw' on the
    sentence's verb; a bare verb right after the demand's comma, with no subject, goes on the list."""
    doc, last = clause.doc, clause.right_edge
    comma = last.i if last.text == "," else last.i + 1  # the comma may be the clause's own last word
    if comma + 1 >= len(doc) or doc[comma].text != "," or doc[comma + 1].tag_ != "VB":
        return []
    verb = doc[comma + 1]
    if verb.dep_ not in ("advcl", "conj") or any(
        c.dep_ in ("nsubj", "nsubjpass", "aux") for c in verb.children
    ):
        return []
    return [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]


def _named_signers(reader: Reader, sentence: Span) -> None:
    """'Among those who signed it are X, a principal engineer; Y ...; and Z', 'Its signers include
    X and Y': the signers' names."""
    root = sentence.root
    among = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "among"), None)
    those = next((c for c in among.children if c.dep_ == "pobj"), None) if among is not None else None
    if root.lemma_ == "include":  # "Its signers include its two organizers, X, an engineer, and Y"
        those = next((c for c in root.children if c.dep_ == "nsubj"), None)
    elif root.lemma_ != "be":
        return
    if those is None:
        return
    signing = any(c.dep_ == "relcl" and c.lemma_ in LEX["signing_verbs"] for c in those.children)
    if not signing and those.lemma_.lower() not in ("signer", "signatory", "signee"):
        return
    petition = reader.last("petition", those)
    group = reader.facts.value(petition, TW.agent) if petition is not None else None
    if group is None:
        return
    for token in sentence[root.i - sentence.start + 1 :]:
        mention = reader.mention(token)
        if mention is not None and mention.entity.kind == TW.Person and token == mention.span.root:
            member = reader.use(mention.entity, mention.span)
            reader.add(group, TW.hasMember, member, those, mention.span, rule="petition.named-signers")


def _motive(reader: Reader, node: URIRef, head: Token) -> None:
    """'in response to the administration's policy of ...', 'to protest X'."""
    for word in head.subtree:
        if word.lower_ == "response" and (target := prep_object(word, "to")) is not None:
            policy = reader.policy(target)
            if policy is not None:
                reader.add(node, TW.motivatedBy, policy, word, target, rule="event.in-response-to-policy")
