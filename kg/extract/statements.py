"""Who said what, to whom, where: statements (memos, posts, letters), claims and quotations.

A verb of saying ("told employees that ...", "wrote in the memo that ...") makes a statement by
its subject; the clause it introduces becomes a tw:Claim, and quoted words a tw:Quotation with
the speaker of the sentence. A document noun ("Benioff's internal memo, obtained by Bloomberg
News") is the same statement when its author is the same speaker within a few sentences.
"""

from dataclasses import dataclass, field

from rdflib import RDF, XSD, Literal, URIRef
from spacy.tokens import Span, Token

from kg.extract.documents import (
    KIND_NAMES,
    MAIL,
    audiences_of,
    author_of,
    by_group,
    container_of,
    document_subject,
    document_told_before,
    is_petition,
    news,
    of_a_group,
    only_spoken_of,
    posted_publicly,
    signed_by,
    to_staff,
)
from kg.extract.entities import is_subclass
from kg.extract.petitions import read_request
from kg.extract.quotes import letter_speaking
from kg.extract.reader import EMPLOYEE_NOUNS, PETITION_NOUNS, REQUESTING, Reader
from kg.extract.saying import (
    ANSWERING,
    ASKING,
    CLAIMING,
    DOCUMENT_NOUNS,
    LEX,
    OBTAINING,
    ORDER_NOUNS,
    PUBLIC_ACTS,
    REACTING,
    REPLYING,
    REQUEST_NOUNS,
    SAYING,
    acting_verb,
    char_range,
    collective,
    first_person,
    fragment,
    indirect_question,
    inside_said,
    is_definite,
    is_participle,
    modal_future,
    named_in_apposition,
    predicate_split_off,
    public_audience,
    said_clauses,
    said_participle,
    titles_of,
    unnamed_source,
)
from kg.extract.spans import someone
from kg.extract.syntax import clause_text, demanded, hedged, negated, prep_object, subjects
from kg.namespaces import TW

_JOINING = {"and", "but"}


def _hedge_on_a_thing(verb: Token) -> bool:
    """'the assessment it says it carried out': a verb of saying in a relative clause without a
    relative word ('which said', 'when the ACLU reported') qualifies the noun; nobody said anything."""
    if verb.dep_ != "relcl" or verb.head.ent_type_ in ("DATE", "TIME"):
        return False
    if verb.head.lemma_.lower() in DOCUMENT_NOUNS:
        return False  # "A statement the department released ... said ...", as the parse has it
    return not any(c.tag_ in ("WP", "WDT", "WRB") for c in verb.subtree if c.i < verb.i)


@dataclass
class Statement:
    """A statement the article reports: its node, speaker, kind and where it was last spoken of."""

    node: URIRef
    speaker: URIRef
    kind: str
    sentence: int
    anchors: list = field(default_factory=list)
    others: list = field(default_factory=list)  # co-speakers: "Warren and Wyden said"


class Statements:
    """The statements of one article, merged by speaker, and the claims and quotations in them."""

    def __init__(self, reader: Reader) -> None:
        self.reader = reader
        self.all: list[Statement] = []
        self.by_verb: dict[int, Statement] = {}

    def statement(
        self,
        speaker: URIRef,
        kind: str,
        anchor: Token,
        rule: str,
        definite: bool = False,
        container: Token | None = None,
        to_press: bool = False,
        day: Literal | None = None,
    ) -> Statement:
        """The statement `speaker` made around this sentence, merged with one already found (also
        far back when the text says 'the memo', and whatever its kind when 'the video' is the
        'video message' spoken of); words to a newspaper are an occasion of their own."""
        sentence = self.reader.sentence_number(anchor)
        if day is None and (found := self.reader.date(anchor)) is not None:
            day = found[0]
        for statement in reversed(self.all):
            told_on = self.reader.facts.value(statement.node, TW.date)
            if day is not None and told_on is not None and day != told_on:
                continue  # "said on July 14", then "said on July 8": two occasions
            same_kind = kind == "Statement" and not to_press or statement.kind in ("Statement", kind)
            same_document = (
                definite
                and container is not None
                and any(container.lemma_ in {w.lemma_ for w in a.subtree} for a in statement.anchors)
            )
            near = abs(statement.sentence - sentence) <= 3 or kind == "Statement" or definite
            if statement.speaker == speaker and (same_kind and near or same_document):
                if statement.kind == "Statement" and kind != "Statement":
                    statement.kind = kind
                statement.sentence = sentence
                statement.anchors.append(anchor)
                return statement
        node = self.reader.facts.node(kind.lower())
        statement = Statement(node, speaker, kind, sentence, [anchor])
        self.all.append(statement)
        self.reader.add(node, TW.agent, speaker, anchor, rule=rule)
        self.reader.add(node, TW.reportedIn, self.reader.article.iri, anchor, rule=rule)
        self.reader.remember("statement", node, anchor)
        if kind == "Letter" and self._letter_of_people(speaker):
            self.reader.remember("petition", node, anchor)  # "a joint letter": its signers' words follow
        return statement

    def _letter_asking(self, verb: Token, speaker: URIRef, kind: str) -> Statement | None:
        """The letter that the request rules read at `verb` ('In the letter, she asks ...'), taken
        as the speaker's statement so that what she wrote in it joins the same node."""
        reader = self.reader
        if kind != "Letter" or verb.lemma_ not in REQUESTING:
            return None
        node = next(
            (
                n
                for n in reader.facts.subjects(TW.agent, speaker)
                if any(
                    e.begin <= verb.idx < e.end
                    for e in reader.facts.triples.get((n, RDF.type, TW.Letter), ())
                )
            ),
            None,
        )
        if node is None:
            return None
        statement = Statement(node, speaker, kind, reader.sentence_number(verb), [verb])
        self.all.append(statement)
        reader.remember("statement", node, verb)
        return statement

    def finish(self) -> None:
        """Type and label each statement once its kind is settled; one who resigned over it speaks
        for no one ('In a post on LinkedIn, Okonjo wrote that she could not keep leading a team')."""
        reader = self.reader
        quitters = {
            member
            for resignation in reader.facts.subjects(RDF.type, TW.Resignation)
            for agent in reader.facts.objects(resignation, TW.agent)
            for member in [agent, *reader.facts.objects(agent, TW.hasMember)]
        }
        for statement in self.all:
            if statement.speaker in quitters:
                for org in reader.facts.objects(statement.node, TW.onBehalfOf):
                    reader.facts.triples.pop((statement.node, TW.onBehalfOf, org))
            name = reader.label_of(statement.speaker)
            kind = TW[statement.kind]
            reader.facts.describe(
                statement.node,
                kind,
                f"{KIND_NAMES[statement.kind]} by {name}",
                char_range(statement.anchors[0]),
                "statement.kind",
            )

    # -------------------------------------------------------------- rules

    def read_saying(self, sentence: Span) -> None:
        """'X told employees that ...', 'X wrote in the memo that ...', 'X said on Twitter that ...'."""
        reader = self.reader
        for verb in sentence:
            claiming = verb.lemma_ in CLAIMING and any(c.dep_ == "ccomp" for c in verb.children)
            if verb.lemma_ not in SAYING | REACTING and not claiming:
                continue  # "The AP reported that ...": a report says something; "reported revenue" not
            if verb.pos_ not in ("VERB", "AUX") or negated(verb):
                continue
            if verb.lemma_ == "add" and (
                prep_object(verb, "to") is not None or any(c.dep_ == "dobj" for c in verb.children)
            ):
                continue  # "added to the pressure with a pledge", "add exemptions": not words added
            if self._quoted(verb.idx) and not first_person(verb) or modal_future(verb):
                continue  # another's words inside a quotation, or a statement yet to be made ("would ask")
            if verb.dep_ == "xcomp" and verb.head.lemma_ in ("decline", "refuse"):
                continue  # "She declined to say whether ...": nothing was said
            if _hedge_on_a_thing(verb):
                continue  # "the assessment it says it carried out": no statement
            if demanded(verb) or verb.dep_ == "xcomp" and verb.head.lemma_ in REQUESTING:
                continue  # "three demands: ..., that it promise ...", "asks it to say ...": not said yet
            by = next((c for c in verb.children if c.dep_ == "agent"), None)
            passive_speaker = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
            speakers = [passive_speaker] if passive_speaker is not None else subjects(verb)
            if not speakers:  # "On Wednesday, Whitcomb, who ..., said", "In a statement to Test Wire, Dalia
                speakers = [  # Mbatha, ..., said": the parser hangs the name on the day or on the paper
                    t
                    for t in verb.sent
                    if t.i < verb.i
                    and t.dep_ == "appos"
                    and (t.head.ent_type_ == "DATE" or t.head.dep_ == "pobj" and t.ent_type_ == "PERSON")
                    and verb in t.ancestors
                ][:1]
            if not speakers and verb.i >= 2 and verb.doc[verb.i - 1].text == ",":
                named = verb.doc[verb.i - 2]  # "In letters ..., Quillon's vice president, Dana Pruitt, wrote"
                speakers = [named] if named.dep_ == "appos" and named.ent_type_ == "PERSON" else []
            if speakers and self._signers_wrote(verb, speakers[0]):
                continue  # "In the letter, the departing staff wrote that ...": the letter's claims
            if not speakers or (verb.lemma_ == "write" and collective(speakers[0])):
                continue  # employees writing to their chief: a petition, read by its rules
            if unnamed_source(speakers[0]):
                continue  # "an engineer who asked not to be named said ...": no one's statement
            if speakers[0].lower_ == "it" and (document := self._document_before(verb)) is not None:
                self.by_verb[verb.i] = document  # "The post did not mention the deletion. It argued that ..."
                for clause in said_clauses(verb, None):
                    self.claims(document, clause)
                continue
            speaker, kind = self._speaker(speakers[0])
            if speaker is None and len(speakers) > 1:  # "co-founder and co-chairman X": the title's parse
                speaker, kind = self._speaker(speakers[-1])
            if speaker is None:
                continue
            others = self._co_speakers(speakers, speaker) if passive_speaker is None else []
            if verb.lemma_ in ("promise", "vow") and not any(c.dep_ == "ccomp" for c in verb.children):
                continue  # "promised to match ...": a pledge, read as one
            if self._only_attributes(verb):
                continue  # '"...," Nair said': the quotation's speaker, not a statement of its own
            if (container := container_of(verb, ORDER_NOUNS)) is not None:
                continue  # "In her ruling, the judge wrote ...": the words of a court order
            if said_participle(verb) and inside_said(verb):
                continue  # "he said the company would fight ..., arguing that ...": read with what he said
            if is_participle(verb) and container_of(verb) is None and self._platform(verb) is None:
                for clause in [c for c in verb.children if c.dep_ == "ccomp"]:
                    self.claims(None, clause, speaker)  # "quit last week, saying ...": a claim alone
                continue
            if (document := self._document_reposted(verb)) is not None:
                self.by_verb[verb.i] = document  # "an email to staff, which he later posted on LinkedIn"
                if (platform := self._platform(verb)) is not None:
                    reader.add(document.node, TW.via, platform, verb, rule="statement.platform")
                continue
            recipient = prep_object(verb, "to") if verb.lemma_ == "write" else None
            recipient = named_in_apposition(reader, recipient)
            addressee = reader.entity(recipient) if recipient is not None else None
            if addressee is not None and is_subclass(addressee.kind, TW.Agent, reader.index.ontology):
                self._letter([speaker, *others], verb, reader.use(addressee, recipient), recipient)
                continue
            container = container_of(verb)
            if container is None and self._people_unnamed(speaker):
                for clause in said_clauses(verb, None):  # "Several employees said they had not known":
                    self.claims(None, clause, speaker)  # what they say, on no occasion of its own
                continue
            if container is not None and kind == "Statement":
                kind = DOCUMENT_NOUNS.get(container.lemma_.lower(), "Statement")
            mail = container is not None and container.lemma_.lower() in MAIL
            if kind == "Memo" and mail and not to_staff(container, verb):
                kind = "Statement"  # "said in an email", "in an email to Test Wire": no memo to staff
            if kind == "Letter" and self._group_of_people(speaker):
                continue  # "In a letter ..., a group calling itself X asked ...": a petition, read as one
            platform = self._platform(verb)
            if platform is not None or kind == "Memo" and posted_publicly(container):
                kind = "Announcement"  # "wrote on Twitter", "in a note posted on the service's home page"
            definite = container is not None and any(c.lower_ in ("the", "that") for c in container.children)
            to_press = any(
                (who := reader.entity(a)) is not None and who.kind == TW.NewsOrganization
                for a in audiences_of(verb)
            )
            statement = self.statement(
                speaker, kind, verb, "statement.saying-verb", definite, container, to_press
            )
            self.by_verb[verb.i] = statement
            self._add_speakers(statement, others, verb)
            if verb.dep_ == "conj":  # "Nadella called ... and said ...": one statement
                self.by_verb.setdefault(verb.head.i, statement)
            if platform is not None:
                reader.add(statement.node, TW.via, platform, verb, rule="statement.platform")
            self._describe(statement, verb, container)
            clauses = said_clauses(verb, container)
            for clause in clauses:
                self.claims(statement, clause)
            if not clauses and verb.dep_ == "parataxis":
                self._around_speaker(statement, verb)

    def _document_before(self, verb: Token) -> Statement | None:
        """The statement of the document the sentence before is about ('The post did not mention
        the deletion.'), which 'It' of this one stands for."""
        subject = document_told_before(verb)
        if subject is None:
            return None
        found = next((s for s in self.all if any(a.i == subject.i for a in s.anchors)), None)
        if found is None and is_definite(subject) and subject.lemma_.lower() not in PETITION_NOUNS:
            last = self.reader.last("statement", subject)  # "the memo said": the one spoken of last
            found = next((s for s in self.all if s.node == last), None)
            found = None if found is None or _another_document(found, subject) else found
        return found

    def _partly_quoted(self, words: Span) -> bool:
        """'he "could not in good conscience" stay ...': a paraphrase around a quotation that ends
        in the same sentence is recorded as the quotation alone (not when the quotation runs on
        past the sentence, as a memo quoted at length does, nor when it is a short tail)."""
        sentence_end = words.sent.end_char
        return any(
            words.start_char < begin < words.end_char and end <= sentence_end
            for begin, end in self.reader.quoted_spans
        )

    def _mostly_own_words(self, words: Span) -> bool:
        """Whether a paraphrase around a quotation is nearly all the reporter's words ('makes air
        travel "safer and faster"'): a claim of its own beside the quotation."""
        alpha = [w for w in words if w.is_alpha]
        quoted = sum(1 for w in alpha if self._quoted(w.idx))
        return quoted * 6 <= len(alpha)

    def _quoted(self, position: int) -> bool:
        return self.reader.in_quotation(position)

    def _all_quoted(self, words: Span) -> bool:
        """Words that open right after a quotation mark that opens a quotation: a quotation, not a
        paraphrase (not '... my conduct." Her laptop was shut off ..., she said', after a closing one)."""
        before = words.doc.text[: words.start_char].rstrip()
        return before.endswith(("“", '"')) and self._quoted(words.start_char)

    def _only_attributes(self, verb: Token) -> bool:
        """A verb of saying whose only content is a quotation next to it, said to no one, in no
        document and on no day given: '"...," Nair said', '"...," said Tomas Varga, an engineer'."""
        sentence = verb.sent
        if not any(self._quoted(t.idx) for t in sentence) or verb.lemma_ not in ("say", "write", "add"):
            return False
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if any(w.is_alpha and not self._quoted(w.idx) for c in clauses for w in c.subtree):
            return False
        apart = {verb, *(c for c in verb.head.children if c.dep_ == "conj" and c.lemma_ in SAYING)}
        apart_words = {w for a in apart for w in a.subtree}  # not "..., and he said X": a saying of its own
        around = [w for w in verb.head.subtree if w not in apart_words] if verb.dep_ == "parataxis" else []
        if sum(w.is_alpha and not self._quoted(w.idx) for w in around) >= 4:
            return False  # 'ICEBlock, Bondi said, was built to "..." and the department would ...
        if container_of(verb) is not None or self._platform(verb) is not None or audiences_of(verb):
            return False
        return self.reader.date(verb) is None

    def _co_speakers(self, speakers: list[Token], speaker: URIRef) -> list[URIRef]:
        """The others named with the speaker as subjects of one verb ('Senators Elizabeth Warren and
        Ron Wyden said'), when each is a named person or organization."""
        others = []
        for token in speakers[1:]:
            entity = self.reader.entity(token)
            if token.dep_ != "conj" or entity is None or entity.kind == TW.Place:
                continue
            if not is_subclass(entity.kind, TW.Agent, self.reader.index.ontology):
                continue
            node = self.reader.use(entity, token)
            if node != speaker and node not in others:
                others.append(node)
        return others

    def _add_speakers(self, statement: Statement, others: list[URIRef], verb: Token) -> None:
        for other in others:
            if other not in statement.others:
                statement.others.append(other)
                self.reader.add(statement.node, TW.agent, other, verb, rule="statement.co-speaker")

    def _letter(self, authors: list[URIRef], verb: Token, addressee: URIRef, recipient: Token) -> None:
        """'I also wrote to the White House to encourage them to end this horrible situation'."""
        reader = self.reader
        label = f"Letter by {reader.label_of(authors[0])} to {reader.label_of(addressee)}"
        node = reader.event(TW.Letter, "letter", label, verb, "letter.written-to")
        for author in authors:
            reader.add(node, TW.agent, author, verb, rule="letter.written-to")
        reader.add(node, TW.addressedTo, addressee, verb, recipient, rule="letter.written-to")
        for word in verb.subtree:
            if word.lemma_ in ASKING and word.pos_ == "VERB":
                for clause in [c for c in word.children if c.dep_ == "xcomp"]:
                    words = clause_text(clause)
                    reader.add(node, TW.demand, Literal(words.text), words, rule="letter.demand")
                wanted = prep_object(word, "for") if word.lemma_ == "ask" else None
                if wanted is not None:  # "asking for details of how the agency used it"
                    words = word.doc[wanted.left_edge.i : wanted.right_edge.i + 1]
                    reader.add(node, TW.demand, Literal(words.text), words, rule="letter.demand")
        if (found := reader.date(verb)) is not None:
            reader.add(node, TW.date, found[0], found[1], rule="letter.date")

    def read_documents(self, sentence: Span) -> None:
        """'Benioff's internal memo, obtained by Bloomberg News, was in response to a petition'."""
        reader = self.reader
        for noun in sentence:
            kind = DOCUMENT_NOUNS.get(noun.lemma_.lower())
            as_noun = noun.pos_ == "NOUN" or noun.dep_ == "dobj"  # "filed a brief": tagged an adjective
            if not as_noun or kind is None or kind == "Letter" and by_group(reader, noun):
                continue
            if reader.mention(noun) is not None:
                continue  # "told The Washington Post": a name, not a post
            if reader.in_quotation(noun.idx):
                continue  # '"We take the concerns in this letter seriously," X wrote': the letter answered
            if noun.lemma_ == "meeting" and not (noun.dep_ == "pobj" and noun.head.head.lemma_ in SAYING):
                continue  # "the board would discuss at its November meeting": no words told there
            if self._according_to(noun):
                continue
            author = author_of(noun)
            if author is not None and author.dep_ == "poss" and only_spoken_of(noun):
                continue  # "declined to comment beyond Friedman's email": the document, not its words
            speaker = reader.agent(author) if author is not None else None
            published = speaker is not None and author.head.dep_ == "agent" and news(reader, author)
            if published and noun.lemma_.lower() != "report":
                author = speaker = None  # "The letter, published by Gizmodo": reported, not written
            acting = acting_verb(noun) if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "on") else None
            if acting is not None and noun.head.lower_ == "on" and negated(acting):
                continue  # "has not commented publicly on the letter": nothing said about it (but
                # "answered not in public but in an email": said in the email)
            if speaker is None and (signer := signed_by(reader, noun)) is not None:
                speaker = reader.agent(signer)  # "a letter signed by its general counsel, X": X's
            if speaker is None and acting is not None:
                if acting.pos_ != "VERB" or acting.lemma_ in SAYING or not (whos := subjects(acting)):
                    continue  # "in a memo": the container of a verb of saying, read there
                speaker = reader.agent(whos[0])  # "X rejected the request in an internal email"
                if speaker is None:
                    continue
            # "sent an email" is issued too; a letter sent is read as a letter (petitions)
            sent = noun.head.lemma_ == "send" and kind != "Letter"
            issued = noun.dep_ == "dobj" and (noun.head.lemma_ in LEX["issuing_document_verbs"] or sent)
            if speaker is None and author is None and issued:  # "A, B and C issued a joint statement"
                self._issued(noun, kind)
                continue
            if speaker is None and not any(c.lower_ in ("the", "this") for c in noun.children):
                continue
            if speaker is None and noun.tag_ == "NNS":
                continue  # "The messages show ...": a set of documents, not the statement spoken of last
            of_workers = kind == "Letter" and reader.last_of(("statement", "petition"), noun) == "petition"
            if speaker is None and of_workers:
                continue  # "the letter said": the petition spoken of last, whose words quotations() reads
            if speaker is None:
                last = reader.last("statement", noun)
                statement = next((s for s in self.all if s.node == last), None)
                if statement is None or _another_document(statement, noun):
                    continue
                statement.anchors.append(noun)
            elif acting is not None and (told := self.by_verb.get(acting.i)) and told.speaker == speaker:
                statement = told  # "answered the letter in a memo to all staff": the answer is that memo
                statement.anchors.append(noun)
            elif acting is not None and (asked := self._letter_asking(acting, speaker, kind)) is not None:
                statement = asked  # "In the letter, she asks the company to ...": the letter of that request
            else:  # "referred questions to Ms. Okafor's memo": the memo told of before, however far
                owned = author is not None and author.dep_ == "poss"
                statement = self.statement(speaker, kind, noun, "statement.document-noun", definite=owned)
            self._describe(statement, noun, noun)
            # "Wrayburn's chief privacy officer, X, answered ... in an email": the title on the verb's subject
            unplaced = reader.facts.value(statement.node, TW.onBehalfOf) is None
            if unplaced and acting is not None and acting.pos_ == "VERB":
                self._on_behalf_of(statement, acting)
            if acting is not None and acting.pos_ == "VERB":  # "answered in an email to all staff": the
                for audience in audiences_of(acting):  # parse hangs the addressees on the verb
                    if audience.lemma_.lower() in EMPLOYEE_NOUNS:
                        self._address(statement, audience)
            if acting is not None and acting.lemma_ in ANSWERING:
                self._answers(statement, acting)
            speaking = noun.head if noun.dep_ in ("nsubj", "nsubjpass") else None
            if speaking is not None and noun.dep_ == "nsubj" and noun.head.dep_ == "relcl":
                speaking = None
            for clause in noun.children:  # "a report ..., which found that ..."
                if clause.dep_ == "relcl" and clause.lemma_ in SAYING:
                    speaking = clause
            if speaking is not None and speaking.lemma_ in SAYING and speaking.i not in self.by_verb:
                if negated(speaking):
                    continue
                self.by_verb[speaking.i] = statement
                for clause in said_clauses(speaking, None):
                    self.claims(statement, clause)

    def _issued(self, noun: Token, kind: str) -> None:
        """'Three groups, A, B and C, filed a brief last week ..., arguing that ...': a statement
        by every organization named as the subject, with the claims of its participles."""
        reader = self.reader
        whos = subjects(noun.head)
        named = [
            w for s in whos[:1] for w in (s, *s.conjuncts, *(c for c in s.children if c.dep_ == "appos"))
        ]
        named += [c for w in named if w.dep_ == "appos" for c in w.conjuncts if c not in named]
        named = [w for w in named if not someone(w)]
        agents = list(dict.fromkeys(a for w in named if (a := reader.agent(w)) is not None))
        if not agents:
            return
        statement = self.statement(agents[0], kind, noun, "statement.issued")
        for agent in agents[1:]:
            reader.add(statement.node, TW.agent, agent, noun, rule="statement.issued")
        self._describe(statement, noun.head, noun)
        participles = [c for c in noun.head.children if c.dep_ == "advcl" and c.tag_ == "VBG"]
        participles += [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"]  # "an email saying"
        recipients = [
            o for p in noun.head.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"
        ]
        participles += [  # "sent an email to Apple employees saying ...": the parse hangs it on them
            c for r in recipients for c in r.children if c.dep_ == "acl" and c.tag_ == "VBG"
        ]
        for asking in (p for p in participles if p.lemma_ in ASKING):  # "a joint brief urging the court to"
            read_request(reader, statement.node, asking)
        for saying in participles:
            if saying.lemma_ in SAYING:
                for clause in said_clauses(saying, None):
                    self.claims(statement, clause)
                    for agent in agents[1:]:
                        for claim in reader.facts.subjects(TW.statedIn, statement.node):
                            reader.add(claim, TW.attributedTo, agent, clause, rule="claim.that-clause")

    def _describe(self, statement: Statement, verb: Token, container: Token | None) -> None:
        """Audience, date, who obtained or reported it, what it answers, whether hedged."""
        reader = self.reader
        node = statement.node
        heads = [verb] + ([container] if container is not None and container != verb else [])
        if verb.dep_ == "advcl" and verb.pos_ == "VERB":  # "resigned on Monday in a letter ..., saying"
            heads.append(verb.head)
        if verb.pos_ == "NOUN" and verb.dep_ == "nsubjpass":  # "Her letter was first reported by X"
            heads.append(verb.head)
        for head in heads:
            for audience in audiences_of(head):
                self._address(statement, audience)
            for word in head.subtree:
                if word.lemma_ in OBTAINING and (by := prep_object(word, "by")) and (who := reader.agent(by)):
                    if word.lemma_ == "obtain" or news(reader, by):  # "a copy of which was seen by X"
                        reader.add(node, TW.obtainedBy, who, word, by, rule="statement.obtained-by")
                if (
                    word.lemma_ in ("report", "publish")
                    and word.pos_ == "VERB"
                    and (by := prep_object(word, "by"))
                    and (who := reader.agent(by))
                    and who != statement.speaker  # "The report, published by The Intercept": its own
                ):
                    reader.add(node, TW.reportedBy, who, word, by, rule="statement.reported-by")
            if (found := reader.date(head) or self._meeting_day(head)) is not None:
                reader.add(node, TW.date, found[0], found[1], rule="statement.date")
            for child in head.children:  # "..., according to Gizmodo"
                if child.lower_ == "according" and (source := prep_object(child, "to")) is not None:
                    if (who := reader.agent(source)) is not None:
                        reader.add(node, TW.reportedBy, who, child, source, rule="statement.according-to")
        if reader.facts.value(node, TW.date) is None and (found := self._day_of_act_before(statement, verb)):
            reader.add(node, TW.date, found[0], found[1], rule="statement.date-of-act-before")
        if hedged(verb):
            reader.add(node, TW.reportedly, Literal(True), verb, rule="statement.reportedly")
        clause = verb.head if verb.dep_ in ("nsubj", "nsubjpass") else verb
        response = prep_object(clause, "to") if clause.lemma_ == "response" else None
        for word in clause.subtree:
            if word.lower_ == "response" and (target := prep_object(word, "to")) is not None:
                response = target
                break
        if response is not None:
            answered = next((n for k, n, i in reader.recent if i == response.i), None)
            if answered is not None:
                reader.add(node, TW.inResponseTo, answered, response, rule="statement.in-response-to")
        elif verb.lemma_ in REPLYING and not any(c.dep_ == "dobj" for c in verb.children):
            self._replies(statement, verb)
        self._on_behalf_of(statement, verb)

    def _address(self, statement: Statement, audience: Token) -> None:
        """The statement went to these people: 'sent to staff' (the speaker's staff), 'told X'."""
        reader = self.reader
        org = self._speaker_org(statement)
        explicit = any(c.dep_ in ("compound", "poss", "prep") for c in audience.children)
        if audience.lemma_.lower() in EMPLOYEE_NOUNS and org is not None and not explicit:
            group = reader.employees(org, audience).iri  # "sent to staff": the speaker's staff
        else:
            group = reader.agent(audience)
        if group is not None and group != statement.speaker:
            reader.add(statement.node, TW.addressedTo, group, audience, rule="statement.audience")

    def _day_of_act_before(self, statement: Statement, verb: Token):
        """'The sheriff defended the software the same day. He said ...', 'Microsoft followed on
        Thursday. Its president, Brad Smith, told The Washington Post ...': words told as the act
        of the sentence before (same paragraph, same speaker or the speaker's organization) are of
        that act's day."""
        reader, sentence = self.reader, verb.sent
        if verb != sentence.root or sentence.start == 0 or container_of(verb) is not None:
            return None  # "In a short phone interview, she said": an occasion of its own
        before = reader.doc[sentence.start - 1].sent
        if before.root.lemma_ not in SAYING | REACTING | REPLYING | PUBLIC_ACTS:
            return None  # "On Thursday she gave $300,000. ... she said": the gift's day is not the words'
        if "\n" in reader.doc[before.end - 1 : sentence.start + 1].text:
            return None
        actors = {reader.agent(s) for s in subjects(before.root)}
        if not actors & {statement.speaker, self._speaker_org(statement)} - {None}:
            return None
        found = reader.date(before.root)
        return found if found is not None and found[0].datatype == XSD.date else None

    def _replies(self, statement: Statement, verb: Token) -> None:
        """'Marsh replied on Monday in a company-wide email': the reply answers the petition last
        told that was addressed to the speaker or to the speaker's organization."""
        reader = self.reader
        petition = reader.last("petition", verb)
        if petition is None:
            return
        addressees = set(reader.facts.objects(petition, TW.addressedTo))
        if addressees & {statement.speaker, self._speaker_org(statement)}:
            reader.add(statement.node, TW.inResponseTo, petition, verb, rule="statement.replies")

    def _answers(self, statement: Statement, verb: Token) -> None:
        """'rejected the request in an email': the email answers the petition just spoken of."""
        request = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if request is None or request.lemma_.lower() not in REQUEST_NOUNS or not is_definite(request):
            return
        petition = self.reader.last("petition", request)
        if petition is not None:
            self.reader.add(
                statement.node, TW.inResponseTo, petition, verb, request, rule="statement.answers"
            )

    def _meeting_day(self, verb: Token):
        """'Sheriff X told the board that ...' in a story that opens on the board's meeting ('voted
        4-3 on Tuesday'): words told to a public body are dated by the day the story opens on."""
        reader = self.reader
        if verb.lemma_ != "tell" or not any(public_audience(reader, a) for a in audiences_of(verb)):
            return None
        lead = next((s for s in reader.doc.sents if s.end_char > reader.article.body_start), None)
        for ent in lead.ents if lead is not None else ():
            resolved = reader.date(ent.root.head) if ent.label_ == "DATE" else None
            if resolved is not None and resolved[0].datatype == XSD.date:
                return resolved
        return None

    def _speaker_org(self, statement: Statement) -> URIRef | None:
        """The organization a speaker holds a position in, or the speaker if an organization."""
        if (org := self.reader.employer(statement.speaker)) is not None:
            return org
        entity = self.reader.index.entities.get(statement.speaker)
        if entity is not None and is_subclass(entity.kind, TW.Organization, self.reader.index.ontology):
            return entity.iri
        return None

    def _on_behalf_of(self, statement: Statement, anchor: Token) -> None:
        reader = self.reader
        if (org := reader.employer(statement.speaker)) is not None:
            reader.add(statement.node, TW.onBehalfOf, org, anchor, rule="statement.on-behalf-of")
            return
        for title in titles_of(anchor):  # "X, the group's research director, wrote": a title no role names
            if title.tag_ == "NNS":
                continue  # "Its organizers, X, Y and Z, said": what they are together, not a post
            owner = next((c for c in title.children if c.dep_ == "poss"), None)
            former = any(c.lower_ in ("former", "ex") for c in title.children)
            if owner is None and not former and title.lemma_.lower() not in ("member", "members"):
                owner = prep_object(title, "at", "for", "with", "of")  # "a staff attorney at the group"
            if owner is None:  # "A Navy spokeswoman, X, said"
                owner = next((c for c in title.children if c.dep_ == "compound"), None)
            org = reader.entity(owner) if owner is not None else None
            if (
                org is None
                and owner is not None
                and owner.lemma_ in ("group", "organization")
                and is_definite(owner)
            ):
                org = reader.focus(owner, TW.NonProfit)  # "the group's director": the nonprofit in focus
            if org is not None and org.iri == statement.speaker:
                return  # "A spokesperson for the office said": the office's own statement
            if org is not None and is_subclass(org.kind, TW.Organization, reader.index.ontology):
                org_iri = reader.use(org, owner)
                reader.add(statement.node, TW.onBehalfOf, org_iri, anchor, title, rule="statement.titled")
                return

    def claims(self, statement: Statement | None, clause: Token, speaker: URIRef | None = None) -> None:
        """The that-clause of a verb of saying, as claims (a 'because' clause is a claim of its own);
        without a statement, claims of `speaker` alone."""
        speaker = statement.speaker if statement is not None else speaker
        reasons = [
            c for c in clause.children if c.dep_ == "advcl" and any(m.lower_ == "because" for m in c.children)
        ]
        further = [  # "that X ... and that Y", "that X, that Y": two claims, also when the parse hangs Y in X
            c
            for c in clause.subtree
            if (c.dep_ == "conj" or _listed_clause(c))
            and c != clause
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        ]
        arguing = [  # "that the company would fight the order, arguing that ...": the speaker argues
            c for c in clause.children if said_participle(c) and any(g.dep_ == "ccomp" for g in c.children)
        ]
        others = [  # "that soldiers had complained ..., and the inspector general warned that ...": another's
            c
            for c in clause.children
            if c.dep_ == "conj"
            and c.lemma_ in SAYING | CLAIMING
            and any(g.dep_ == "nsubj" for g in c.children)
        ]
        stray = [  # "the company had no plans to end the contract and called the pledge ...": the parse
            c  # hangs the speaker's next act on the infinitive, whose form it cannot share
            for c in clause.subtree
            if c.dep_ == "conj"
            and c.tag_ == "VBD"
            and c.head.tag_ == "VB"
            and not any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        ]
        apart = reasons[:1] or further[:1] or arguing[:1] or others[:1] or stray[:1]
        parts = [clause_text(clause, without=apart[0] if apart else None)]
        if (rest := predicate_split_off(clause)) is not None:  # "that the checks deputies carried out
            parts[0] = clause.doc[parts[0].start : clause_text(rest).end]  # ... went beyond ...": one claim
            if parts[0][0].lower_ == "that" and parts[0][0].dep_ == "nsubj":
                parts[0] = parts[0][1:]  # "that [failing to answer would be ...]": the parse's subject
        parts += [clause_text(r) for r in reasons or further[:1] if not _listed_clause(r)]
        if clause.dep_ == "conj" and parts[0][0].lower_ == "that" and len(parts[0]) > 1:
            parts[0] = parts[0][1:]  # "and [that] contracts transfer ...": the parse's determiner
        for words in parts:
            self._claim_of_words(statement, speaker, words, "claim.that-clause")
        for listed in [r for r in further[:1] if not reasons and _listed_clause(r)]:
            self.claims(statement, listed, speaker)  # "that X, that Y and that Z": Y and Z read alike
        for participle in arguing[:1] if not (reasons or further) else []:
            for said in (g for g in participle.children if g.dep_ == "ccomp"):
                self.claims(statement, said, speaker)

    def _around_speaker(self, statement: Statement, verb: Token) -> None:
        """'The center notified ICE weeks ago, Hoppe said, and is negotiating a transition': the
        words before a speaker set off by commas, and what follows the 'and', each a claim."""
        head, doc = verb.head, verb.doc
        if head.pos_ not in ("VERB", "AUX"):
            return
        if head.i > verb.i:  # "Mesquite, he said, never shares data ...": the words around the speaker
            further = [  # "..., and the department would keep working ...": a clause of its own
                c
                for c in head.children
                if c.dep_ == "conj"
                and c.pos_ in ("VERB", "AUX")
                and any(g.dep_ == "nsubj" and g.tag_ != "PRP" for g in c.children)  # not "and she urged"
            ]
            end = further[0].left_edge.i if further else head.right_edge.i + 1  # "..., and Y": two claims
            while end > head.i and (
                doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].dep_ == "cc"
            ):
                end -= 1
            words = doc[head.left_edge.i : end]
            first = verb.left_edge.i if verb.left_edge.text == "," else verb.left_edge.i - 1
            aside = doc[first : verb.right_edge.i + 1]  # ", he said,"
            if aside.start > words.start and aside[0].text == ",":
                text = f"{doc[words.start : aside.start].text} {doc[aside.end : words.end].text}"
                self._claim_of_words(statement, statement.speaker, words, "claim.around-speaker", text)
            for later in further[:1]:
                self._claim_of_words(statement, statement.speaker, clause_text(later), "claim.around-speaker")
            return
        end = verb.left_edge.i
        while end > head.left_edge.i and doc[end - 1].is_punct:
            end -= 1
        parts = [doc[head.left_edge.i : end]]
        parts += [
            clause_text(later)
            for later in [*head.children, *verb.children]
            if later.i > verb.i and later.dep_ in ("conj", "xcomp", "ccomp") and later.pos_ in ("VERB", "AUX")
        ]
        for words in parts:
            self._claim_of_words(statement, statement.speaker, words, "claim.around-speaker")

    def _claim_of_words(
        self, statement: Statement | None, speaker: URIRef, words: Span, rule: str, text: str | None = None
    ) -> None:
        """A claim of the words (or of `text`, the words less an aside), unless they are too few,
        quoted, or not a claim at all."""
        if len(words) < 3 or words.text.startswith(("“", '"')) or self._all_quoted(words):
            return
        if fragment(words):
            return  # "a line the company would never cross": a relative clause's rest, no claim
        if indirect_question(words):
            return
        if self._partly_quoted(words) and not self._mostly_own_words(words):
            words = self._before_quotation(words)  # 'would keep the contract and "would be proud to
            if words is None:  # renew it"': the reporter's clause before the quoted words
                return
            text = None
        self._claim(statement, speaker, words, rule, text)

    def _before_quotation(self, words: Span) -> Span | None:
        """The words of a paraphrase before the quotation it runs into, when they are a clause of
        their own ('Galewright would keep the contract' of '... and "would be proud to renew it"')."""
        first = next((w for w in words if self._quoted(w.idx)), None)
        if first is None:
            return None
        end = first.i
        while end > words.start and words.doc[end - 1].is_punct:
            end -= 1
        if end == words.start or words.doc[end - 1].lower_ not in _JOINING:
            return None  # 'is "audited, measured ..."': the quotation goes on the reporter's sentence
        end -= 1
        while end > words.start and words.doc[end - 1].is_punct:
            end -= 1
        before = words.doc[words.start : end]
        verb = any(w.pos_ in ("VERB", "AUX") for w in before)
        whole = verb and before[-1].pos_ not in ("DET", "ADP", "VERB", "AUX")  # not "it will" "..."
        return before if whole and sum(w.is_alpha for w in before) >= 4 else None

    def _claim(
        self, statement: Statement | None, speaker: URIRef, words: Span, rule: str, text: str | None = None
    ) -> None:
        while len(words) > 1 and words[0].is_punct:
            words = words[1:]  # ", the company offering ...": the parse's comma is no part of it
        node = self.reader.facts.node("claim")
        text = text or words.text
        self.reader.facts.describe(node, TW.Claim, text[:1].upper() + text[1:80], char_range(words), rule)
        self.reader.add(node, TW.text, Literal(text), words, rule=rule)
        self.reader.add(node, TW.attributedTo, speaker, words, rule=rule)
        if statement is not None:
            self.reader.add(node, TW.statedIn, statement.node, words, rule=rule)
            for other in statement.others:
                self.reader.add(node, TW.attributedTo, other, words, rule=rule)
        self.reader.add(node, TW.reportedIn, self.reader.article.iri, words, rule=rule)

    def _according_to(self, noun: Token) -> bool:
        """'According to the report, X': X is a claim of the report spoken of before."""
        according = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else None
        if according is None or according.lower_ != "according" or not is_definite(noun):
            return False
        lemma = noun.lemma_.lower()
        statement = next(
            (s for s in reversed(self.all) if any(a.lemma_.lower() == lemma for a in s.anchors)), None
        )
        if statement is None:
            return False
        words = clause_text(according.head, without=according)
        while len(words) > 1 and words[0].is_punct:
            words = words[1:]
        if len(words) >= 3 and not self._all_quoted(words):
            self._claim(statement, statement.speaker, words, "claim.according-to")
        return True

    def quotations(self, quotes) -> None:
        """Each quotation with its speaker's name on it, and the statement it was made in."""
        reader = self.reader
        for begin, end, speaker, verb in quotes:
            letter = letter_speaking(reader, verb)
            if speaker is None and letter is not None:
                speaker = reader.facts.value(letter, TW.agent)
            document = self._document_before(verb) if speaker is None and verb is not None else None
            if document is not None:  # '"...," it says' after 'The memo says ...': the memo's
                speaker = document.speaker
                self.by_verb.setdefault(verb.i, document)
            elif speaker is None and (noun := document_told_before(verb)) is not None:
                if noun.lemma_.lower() in PETITION_NOUNS:  # 'It adds: "..."' after 'the letter says'
                    letter = reader.last("petition", noun)
                    speaker = reader.facts.value(letter, TW.agent) if letter is not None else None
                else:  # a document whose author went unread: whom 'it' stands for otherwise
                    speaker = reader.agent(subjects(verb)[0])
            authors = []
            if speaker is None and self._document_quoted(verb, begin, end):
                said_in = self.by_verb[verb.i]  # '"...," the statement said': its author's words
                authors = sorted(set(reader.facts.objects(said_in.node, TW.agent)) | {said_in.speaker})
                speaker = said_in.speaker
            if speaker is None:
                continue
            text = reader.doc.text[begin:end].strip()
            text = text[:-1] if text.endswith(",") else text
            words = reader.doc.char_span(begin, begin + len(text), alignment_mode="expand")
            node = reader.facts.node("quotation")
            person = reader.index.entities.get(speaker)
            is_person = person is not None and person.kind == TW.Person and len(authors) < 2
            kind = TW.Quotation if is_person else TW.Claim  # a letter's words: its signers' claim
            reader.facts.describe(
                node, kind, f"{reader.label_of(speaker)}: “{text[:60]}”", (begin, end), "quotation"
            )
            reader.add(node, TW.text, Literal(text), words, rule="quotation")
            for who in authors if len(authors) > 1 else [speaker]:  # a joint statement: all its authors'
                reader.add(
                    node, TW.speaker if is_person else TW.attributedTo, who, words, rule="quotation.speaker"
                )
            reader.add(node, TW.reportedIn, reader.article.iri, words, rule="quotation")
            statement = self.by_verb.get(verb.i) if verb is not None else None
            if statement is not None:
                reader.add(node, TW.statedIn, statement.node, words, verb, rule="quotation.stated-in")
            elif letter is not None:
                reader.add(node, TW.statedIn, letter, words, verb, rule="quotation.stated-in")
            elif (earlier := self._told_just_before(speaker, words)) is not None and verb is not None:
                reader.add(node, TW.statedIn, earlier.node, words, verb, rule="quotation.same-occasion")

    def _document_quoted(self, verb: Token | None, begin: int, end: int) -> bool:
        """'"...," the statement said': words of a document read before (a letter's are read with
        the letter; a term in quotation marks, 'an "ethnicity" search box', is no claim)."""
        if verb is None or verb.i not in self.by_verb or len(self.reader.doc.text[begin:end].split()) < 3:
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return document_subject(verb) and subject.lemma_.lower() not in PETITION_NOUNS

    def _signers_wrote(self, verb: Token, who: Token) -> bool:
        """'In the letter, the departing staff wrote that ...', 'They said ...' or 'The letter says
        ...' after the letter's sentence: what a letter of a group says, claims of its signers."""
        reader = self.reader
        document = who.lemma_.lower() in PETITION_NOUNS and author_of(who) is None and is_definite(who)
        if verb.lemma_ not in ("write", "say", "argue") or not (
            collective(who) or who.lower_ == "they" or document
        ):
            return False
        container = container_of(verb, PETITION_NOUNS)
        here = reader.sentence_number(verb)
        letters = [  # "The group announced it in a joint letter to X. In the letter, they wrote ..."
            s
            for s in self.all
            if s.kind == "Letter"
            and self._letter_of_people(s.speaker)
            and (container is not None or document or here - s.sentence <= 2)
        ]
        petition = reader.last("petition", verb) if not document else None
        if container is None and not letters and not (who.lower_ == "they" and reader.letter_spoken_of(who)):
            return False
        if not letters and petition is None:
            return False
        signers = reader.agent(who) if collective(who) else None  # a letter is in view: now who wrote
        letters = [s for s in letters if signers is None or s.speaker == signers]
        letter = letters[-1] if letters else None
        if letter is None and petition is not None:
            signers = signers or reader.facts.value(petition, TW.agent)
            if signers in reader.facts.objects(petition, TW.agent):
                letter = Statement(petition, signers, "Petition", here)
        if letter is None:
            return False
        self.by_verb[verb.i] = letter
        for clause in said_clauses(verb, container):
            self.claims(letter, clause)
        return True

    def _letter_of_people(self, speaker: URIRef) -> bool:
        """Whether a letter's writer is a group of people the article counts or describes ('The
        group ... announced it in a joint letter'), who signed no petition the article told of; a
        named group's letter is a petition, read by its rules."""
        reader = self.reader
        if not of_a_group(reader, speaker) or self._group_of_people(speaker):
            return False
        return not any(is_petition(reader, p) for p in reader.facts.subjects(TW.agent, speaker))

    def _people_unnamed(self, node: URIRef) -> bool:
        """A group of people the article describes without a name ('Several employees', 'the
        organizers')."""
        unnamed = node not in self.reader.index.entities
        return unnamed and (node, RDF.type, TW.PersonGroup) in self.reader.facts.triples

    def _group_of_people(self, node: URIRef) -> bool:
        """A named group of workers ('Salesforce Employees for Ethical Tech'), whose letters are
        petitions."""
        entity = self.reader.index.entities.get(node)
        return entity is not None and entity.kind == TW.PersonGroup

    def _told_just_before(self, speaker: URIRef, words: Span) -> Statement | None:
        """The statement the speaker was reported making in the two sentences before the quoted
        words (or in theirs): '... Friedman wrote in an email to staff. "I know ...," Friedman wrote.'"""
        here = self.reader.sentence_number(words[0])
        found = [  # by each sentence it was told in: one told again later is still the one told before
            (here - told, -n)
            for n, s in enumerate(self.all)
            if s.speaker == speaker
            for told in map(self.reader.sentence_number, s.anchors)
            if 0 <= here - told <= 2
        ]
        return self.all[-min(found)[1]] if found else None

    def _speaker(self, token: Token) -> tuple[URIRef | None, str]:
        """Who speaks: the subject, the author of a document that is the subject ('a blog post said'),
        or the person whose office it is ('Delgado's office says')."""
        kind = DOCUMENT_NOUNS.get(token.lemma_.lower())
        if kind is not None:
            author = author_of(token)
            return (self.reader.agent(author) if author is not None else None), kind
        head = next((c for c in token.children if c.dep_ == "poss"), None)
        if token.lemma_.lower() == "office" and head is not None:  # "Delgado's office says"
            person = self.reader.entity(head)
            if person is not None and person.kind == TW.Person:
                return self.reader.use(person, head), "Statement"
        entity = self.reader.entity(token)
        if entity is not None and entity.kind in (TW.Product, TW.Program):
            return None, "Statement"  # "Draft One writes reports": a product does not speak
        return self.reader.agent(token), "Statement"

    def _document_reposted(self, verb: Token) -> Statement | None:
        """The statement of a document a relative clause tells of again ('an email to employees,
        which he later posted on LinkedIn'): the same document, not a second one."""
        if verb.dep_ != "relcl" or not any(c.lower_ == "which" and c.dep_ == "dobj" for c in verb.children):
            return None
        noun = None
        for above in [verb.head, *verb.head.ancestors]:  # "an email to employees, which": the email
            if above.pos_ in ("VERB", "AUX"):
                return self.by_verb.get(above.i) if noun is not None else None
            if noun is None and above.lemma_.lower() in DOCUMENT_NOUNS:
                noun = above
        return None

    def _platform(self, verb: Token) -> URIRef | None:
        """Where the words were posted: 'wrote on Twitter' (not 'On Feb. 25'), 'in a LinkedIn post'."""
        container = container_of(verb)
        places = [  # "on Twitter", "in a post on LinkedIn", "In a LinkedIn post"
            where
            for head in ((verb, container) if container is not None else (verb,))
            for prep in head.children
            if prep.dep_ == "prep" and prep.lower_ in ("on", "via")
            for where in prep.children
            if where.dep_ == "pobj"
        ]
        places += [c for c in container.children if c.dep_ == "compound"] if container is not None else []
        for where in places:
            entity = self.reader.entity(where)
            if entity is not None and entity.kind == TW.Platform:
                return self.reader.use(entity, where)
        return None


def _another_document(statement: Statement, noun: Token) -> bool:
    """Whether 'The statement said' is a document told of after the last statement found, whose
    author the text left unread ('In an emailed statement, a spokesperson said ...')."""
    told = next(
        (t for t in reversed(noun.doc[: noun.i]) if t.lemma_ == noun.lemma_ and t.pos_ == "NOUN"), None
    )
    last = max(statement.anchors, key=lambda a: a.i)
    return told is not None and told.i > last.i and told.sent != last.sent


def _listed_clause(clause: Token) -> bool:
    """A that-clause set after another with a comma: 'that face matching is optional, [that
    travelers can ask ...]', which the parse hangs on the first."""
    if clause.dep_ != "ccomp" or clause.left_edge.i == 0 or clause.doc[clause.left_edge.i - 1].text != ",":
        return False
    first = clause.head  # itself a clause of what was said, not a verb of telling ("told employees, in an
    said = first.dep_ == "ccomp" or any(m.dep_ == "mark" and m.lower_ == "that" for m in first.children)
    return first.lemma_ not in SAYING and said  # email, that ...")
