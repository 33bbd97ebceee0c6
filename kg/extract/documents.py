"""Documents an article tells of (memos, letters, posts, reports): who wrote them, to whom,
where they were posted, and whether a noun names one or only speaks of it.
"""

from rdflib import RDF, URIRef
from spacy.tokens import Token

from kg.extract.reader import EMPLOYEE_NOUNS, Reader
from kg.extract.saying import DOCUMENT_NOUNS
from kg.extract.spans import is_title_word
from kg.extract.syntax import prep_object, subjects
from kg.namespaces import TW

KIND_NAMES = {"Memo": "Memo", "Announcement": "Announcement", "Letter": "Letter", "Statement": "Statement"}


def news(reader: Reader, token: Token) -> bool:
    entity = reader.entity(token)
    return entity is not None and entity.kind == TW.NewsOrganization


_ABOUT = {"beyond", "about", "after", "since", "before", "over", "despite"}  # not "on the company's blog"


_HANDLING = {"address", "receive", "read", "review", "cite", "discuss", "sidestep", "ignore", "criticize"}


def only_spoken_of(noun: Token) -> bool:
    """A document someone wrote that the sentence only speaks of: 'did not respond to questions
    about the employees' statement', 'two days after Whitcombe's post', 'She did not address the
    engineers' letter' (not 'X's memo said', 'in a post on the company's blog')."""
    if noun.dep_ == "pobj":
        return noun.head.lower_ in _ABOUT
    return noun.dep_ == "dobj" and noun.head.lemma_ in _HANDLING


def document_subject(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in verb.children)


_AUTHORING = {"write", "publish", "release", "issue", "prepare", "produce", "compile", "author"}


def of_a_group(reader: Reader, node: URIRef) -> bool:
    return (node, RDF.type, TW.PersonGroup) in reader.facts.triples


def is_petition(reader: Reader, node: URIRef) -> bool:
    return (node, RDF.type, TW.Petition) in reader.facts.triples


def author_of(noun: Token) -> Token | None:
    """Who wrote a document: 'Benioff's memo', 'a Microsoft blog post', 'a report by the ACLU'."""
    by = prep_object(noun, "by")
    if by is not None:
        return by
    sender = (
        prep_object(noun, "from") if noun.lemma_.lower() in ("email", "e-mail", "memo", "message") else None
    )
    if sender is not None and sender.ent_type_ == "":  # "from chief operating officer Grant Whitcombe"
        sender = next((c for c in sender.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), sender)
    if sender is not None and sender.ent_type_ in ("PERSON", "ORG"):
        return sender  # "in an email from chief operating officer Grant Whitcombe to the organizers"
    made_by = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_ in _AUTHORING]
    for made in made_by:  # "The report, published in September by X"
        for agent in (c for c in made.children if c.dep_ == "agent"):
            return next((c for c in agent.children if c.dep_ == "pobj"), None)
    for child in noun.children:
        if (
            child.dep_ == "poss"
            or child.dep_ == "compound"
            and child.pos_ == "PROPN"
            and child.ent_type_ != "DATE"
        ):
            return child
    return None


_PUBLIC_PAGES = {"website", "site", "page", "homepage", "blog"}


def posted_publicly(document: Token | None) -> bool:
    """'a note posted on the service's home page': put where anyone can read it."""
    posted = [c for c in document.children if c.dep_ == "acl" and c.lemma_ == "post"] if document else []
    return any(
        (page := prep_object(p, "on", "to")) is not None and page.lemma_.lower() in _PUBLIC_PAGES
        for p in posted
    )  # also "posted to the project's GitHub page"


def container_of(verb: Token, nouns=DOCUMENT_NOUNS) -> Token | None:
    """The document a verb of saying happened in: 'in the memo', 'In a memo sent to staff',
    'answered the letter in an email, saying ...', 'Replying in an email, he told ...'."""
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in nouns:
        return verb.head  # "a blog post telling employees that ..."
    heads = [verb, verb.head] if verb.dep_ in ("conj", "advcl") else [verb]
    heads += [c for head in heads for c in head.children if c.dep_ == "dobj"]  # "announced the decision
    # in a post on Medium", "answered the letter in an email"
    opening = verb.sent[0]
    if opening.tag_ == "VBG" and verb.dep_ == "ROOT":  # "Replying in an all-staff email, he told
        heads.append(opening)  # employees ...", however the parse hangs the opening clause
    for child in (c for head in heads for c in head.children):
        if child.dep_ == "prep" and child.lower_ in ("in", "on", "at"):
            for noun in child.children:
                if noun.dep_ == "pobj" and noun.lemma_.lower() in nouns:
                    return noun
    return None


MAIL = {"email", "e-mail", "message", "reply"}


def to_staff(container: Token, verb: Token) -> bool:
    """Whether a message went to the speaker's colleagues: 'an email to employees', 'told staff
    in an email', 'an internal message', 'a company-wide email', 'an all-staff email'."""
    audiences = audiences_of(container) + audiences_of(verb)
    staff = EMPLOYEE_NOUNS | {"staff", "colleague", "team", "workforce", "manager", "everyone"}
    before = container.doc[container.left_edge.i : container.i].text.lower().replace(" ", "")
    internal = any(w in before for w in ("internal", "company-wide", "companywide", "staff", "all-hands"))
    return internal or any(a.lemma_.lower() in staff for a in audiences)


def audiences_of(head: Token) -> list[Token]:
    """Who a statement went to: 'told employees', 'sent to staff', 'memo to employees'."""
    found = [c for c in head.children if c.dep_ in ("dative", "dobj") and c.pos_ in ("NOUN", "PROPN")]
    if head.lemma_ == "tell" or head.pos_ == "NOUN":
        pass
    else:
        found = [c for c in found if c.dep_ == "dative"]
    for word in head.subtree:
        if word.lemma_ in ("send", "address", "deliver") or word is head:
            target = prep_object(word, "to")
            if target is not None and target.pos_ in ("NOUN", "PROPN"):
                found += [target, *(c for c in target.conjuncts if c.pos_ in ("NOUN", "PROPN"))]
                found += [  # "to Senators A and B and Representatives C, D and E": the names, not the titles
                    n for c in found[-1:] for n in c.conjuncts if n.pos_ == "PROPN" and n not in found
                ]
    return list(dict.fromkeys(found))


def by_group(reader: Reader, noun: Token) -> bool:
    """Whether a letter is signed by a group: it is then a petition, read by the petition rules
    (not 'a letter signed by the company's general counsel, Peter Haverford')."""
    if signed_by(reader, noun) is not None:
        return False
    return any(t.lemma_ in ("sign", "employee", "worker", "staff") for t in noun.sent)


def document_told_before(verb: Token | None) -> Token | None:
    """The document the sentence before is about ('The post did not mention ...', 'The letter says
    ...'), when 'it' is the subject of this verb: the document's noun."""
    whos = subjects(verb) if verb is not None else []
    start = verb.sent.start if verb is not None else 0
    if start == 0 or len(whos) != 1 or whos[0].lower_ != "it":
        return None
    before = verb.doc[start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject if subject is not None and subject.lemma_.lower() in DOCUMENT_NOUNS else None


def signed_by(reader: Reader, noun: Token) -> Token | None:
    """The one person who signed a document: 'a letter signed by X', 'signed by its general
    counsel, X' (the name after the title, however the parse hangs it)."""
    for signing in (c for c in noun.children if c.dep_ == "acl" and c.lemma_ == "sign"):
        signer = prep_object(signing, "by")
        if signer is None or signer.conjuncts:
            return None
        entity = reader.entity(signer)
        if entity is not None:
            return signer if entity.kind == TW.Person else None
        after = signer.doc[signer.right_edge.i + 1 : signer.right_edge.i + 3]
        if is_title_word(signer.lemma_) and len(after) == 2 and after[0].text == ",":
            named = reader.mention(after[1])
            return after[1] if named is not None and named.entity.kind == TW.Person else None
    return None
