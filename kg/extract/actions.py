"""Workers' actions: resignations, walkouts and other protests (sit-ins, rallies, occupations),
who organized them, what they demanded, why and where.

Each rule starts from a trigger of `patterns/dependency_patterns.json` or `patterns/events.json`
and reads its arguments from the dependency parse around it; none names an actor of any
particular article.
"""

from rdflib import RDF, XSD, Literal, URIRef
from spacy.tokens import Span, Token

from kg.extract.entities import is_subclass
from kg.extract.matchers import matches
from kg.extract.petitions import infinitives, listed_demands
from kg.extract.pipeline import read_patterns
from kg.extract.quantities import parse_count
from kg.extract.reader import PETITION_NOUNS, REQUESTING, Group, Reader, contract_noun, crowd, organizes
from kg.extract.saying import SAYING
from kg.extract.spans import someone
from kg.extract.statements import Statements
from kg.extract.syntax import (
    clause_text,
    definite_noun,
    negated,
    no_longer,
    object_of,
    opens_list,
    subjects,
)
from kg.namespaces import TW

LEX = read_patterns("events.json")
ACTIONS = {  # rule family -> the class of the action and its name in node IRIs and rule names
    "walkout": (TW.Walkout, "walkout"),
    "resignation": (TW.Resignation, "resignation"),
    "protest": (TW.WorkerAction, "protest"),  # a sit-in, a rally: the ontology's general class
}


def read_worker_actions(reader: Reader, sentence: Span, statements: Statements) -> None:
    """'About a dozen employees resigned in protest', 'employees walked out' ('walked off the job'),
    'staged a walkout', 'X announced his resignation in a post'."""
    found = matches(sentence, "resignation.") + matches(sentence, "walkout.") + matches(sentence, "protest.")
    walking = {m.trigger.i for m in found if m.rule.startswith("walkout")}
    for match in found:
        verb = match.trigger
        if negated(verb):
            continue
        if match.rule == "protest.verb" and verb.dep_ == "conj" and verb.head.i in walking:
            continue  # "walked out of the office and rallied on the sidewalk": one action
        kind, name = ACTIONS[match.rule.split(".")[0]]
        noun = match.tokens.get("walkout")
        owner = match.tokens.get("owner")
        organized = match.rule.endswith(".organized")
        earlier = reader.last(name, verb)
        if noun is not None and definite_noun(noun) and (not organized or earlier):
            if earlier is not None and organized:
                _organized_by(reader, earlier, owner, verb)  # "The walkout was organized by a group ..."
            continue  # "helped organize the walkout": the walkout already spoken of
        if match.rule == "protest.organized":
            continue  # "A protest was organized by X": no protest told of yet, none read
        if match.rule in ("protest.gathering", "protest.crowd") and any(
            c.tag_ == "WRB" for c in verb.children
        ):
            continue  # "alerts describing where marchers were gathering": no one protest
        whos = [owner] if owner is not None else subjects(verb) or _fronted_people(verb)
        if not whos or _planned(verb):
            continue
        if _anyone_who(reader, verb):
            continue  # "researchers who have quit say ...": people in general
        if verb.lemma_ == "leave" and earlier is not None:
            continue  # "The workers left their desks at 1 p.m.": the walkout told of already
        if (
            earlier is not None
            and kind != TW.Resignation
            and _one_who_took_part(reader, earlier, verb, whos[0])
        ):
            continue
        alone = someone(whos[0])
        named_later = _named_next(reader, whos[0]) if alone else None
        if alone and named_later is None:
            continue  # "A senior researcher has resigned": one unnamed person, whose own resignation
            # the story tells again where it names her
        named_owner = reader.entity(owner) if organized else None
        if named_owner is not None and named_owner.kind == TW.PersonGroup:  # "by a group calling itself X"
            group = Group(reader.use(named_owner, owner), None)
        elif named_later is not None:  # "A senior engineer at X resigned ... The engineer, Dana Okafor,"
            group = Group(reader.use(*named_later), None)
        else:
            group = reader.group(whos[0], specific=True)
        if group is None and whos[0].lower_ == "they" and not _modal(verb):
            earlier_group = reader.last("group", verb)  # "after they helped organize a sit-in": the group
            group = Group(earlier_group, None) if earlier_group else None  # just named ("would quit": none)
        named = [c for c in whos[0].children if c.dep_ == "appos"]  # "its vice president, X, stepped down"
        one = reader.entity(named[0]) if named and whos[0].lower_ == "one" else None
        if one is not None and one.kind == TW.Person:  # "One of the signers, engineer X, resigned": X
            group = Group(reader.use(one, named[0]), None)
        agent = group.iri if group else None
        entity = reader.entity(whos[0]) if agent is None else None
        if agent is None and (entity is None or entity.kind != TW.Person) and named:
            entity = reader.entity(named[0])
        if entity is not None and entity.kind in (TW.Person, TW.PersonGroup):  # a named group of workers
            agent = reader.use(entity, whos[0])
        if agent is None:
            continue
        if kind == TW.WorkerAction and crowd(whos[0]):
            kind = TW.Event  # a protest of people who are nobody's staff: no workers' action
        if noun is not None and any(c.lower_ == "hunger" for c in noun.children):
            kind = TW.WorkerAction  # "a hunger strike": no walkout
        what = noun.lemma_.lower() if noun is not None and kind == TW.WorkerAction else name
        node = reader.event(
            kind, name, f"{what.capitalize()} by {reader.label_of(agent)}", verb, f"{name}.verb"
        )
        reader.remember(name, node, verb)
        reader.add(node, TW.agent, agent, whos[0], verb, rule=match.rule)
        reader.hedge(node, verb)
        if verb.lemma_ != "end":  # "ended a hunger strike on Saturday": the day it ended
            reader.dated(node, verb, rule=f"{name}.date")
        _motive(reader, node, name, verb)
        if kind != TW.Resignation:
            _demands(reader, node, verb)
            _places(reader, node, verb, whos[0])
        if match.rule == "resignation.noun" and (statement := statements.by_verb.get(verb.i)) is not None:
            reader.add(node, TW.announcedIn, statement.node, verb, rule="resignation.announced-in")


def _named_next(reader: Reader, noun: Token) -> tuple | None:
    """The person 'a senior engineer' turns out to be: 'The engineer, Dana M. Okafor,' in one of
    the next two sentences (the entity and the name's token)."""
    doc = noun.doc
    sentence = reader.sentence_number(noun)
    for word in doc[noun.sent.end :]:
        if reader.sentence_number(word) > sentence + 2:
            break
        if word.lemma_ != noun.lemma_ or not any(c.lower_ == "the" for c in word.children):
            continue
        for name in (c for c in word.children if c.dep_ == "appos"):
            entity = reader.entity(name)
            if entity is not None and entity.kind == TW.Person:
                return entity, name
    return None


def _anyone_who(reader: Reader, verb: Token) -> bool:
    """'researchers who have quit': a bare plural (no article, number or owner) with an undated
    relative clause speaks of such people in general."""
    people = verb.head
    if verb.dep_ != "relcl" or people.tag_ != "NNS":
        return False
    if any(c.dep_ in ("det", "nummod", "poss", "quantmod") for c in people.children):
        return False
    return reader.date(verb) is None


def date_actions_told_again(reader: Reader, sentence: Span) -> None:
    """'The walkout followed on April 9, 2024': the day of the walkout already spoken of."""
    for noun in sentence:
        if noun.lemma_.lower() not in LEX["walkout_nouns"] or noun.dep_ != "nsubj" or not definite_noun(noun):
            continue
        earlier = reader.last("walkout", noun)
        if earlier is not None and reader.facts.value(earlier, TW.date) is None:
            reader.dated(earlier, noun.head, rule="walkout.date")


def _organized_by(reader: Reader, action: URIRef, owner: Token, verb: Token) -> None:
    """The group or people a walkout already spoken of was organized by join its agents."""
    entity = reader.entity(owner)  # "a group of employees calling itself X": X; "organized by PauseAI"
    if (
        entity is not None
        and entity.kind != TW.Place
        and is_subclass(entity.kind, TW.Agent, reader.index.ontology)
    ):
        reader.add(action, TW.agent, reader.use(entity, owner), owner, verb, rule="walkout.organized")
    elif (group := reader.group(owner, specific=True)) is not None:
        reader.add(action, TW.agent, group.iri, owner, verb, rule="walkout.organized")


def read_organizers(reader: Reader, sentence: Span) -> None:
    """People said to have organized a protest join the article's group of organizers: 'Lena
    Sorensen, a data engineer who helped organize the petition', 'X, one of the organizers'."""
    _the_few_named(reader, sentence)
    for word in sentence:
        if word.tag_ == "VBN" and word.lemma_ in _MAKING_A_LETTER:
            _letter_made_by(reader, word)
        if word.lemma_.lower() == "organizer" and word.tag_ == "NNS":
            reader.group(word, specific=True)  # "Union organizers, among them X and Y, ..."
            continue
        mention = reader.mention(word)
        if mention is None or mention.entity.kind != TW.Person or word != mention.span.root:
            continue
        appositives = [c for c in word.children if c.dep_ == "appos"]
        described = [word, *appositives, *(c for a in appositives for c in a.conjuncts)]
        titles = _organizer_titles(word, described)
        if not titles and not any(organizes(d) for d in described):
            continue
        owner = _title_owner(titles)
        if owner is None:
            group = reader.organizers(word).iri
        elif (entity := reader.entity(owner)) is not None and entity.kind == TW.PersonGroup:
            group = reader.use(entity, owner)  # "an organizer with No Azure for Apartheid"
        else:
            continue  # "a campaign organizer at Mijente", "the coalition's organizer": its staff
        reader.add(group, TW.hasMember, reader.use(mention.entity, mention.span), mention.span,
                   rule="group.organizer")  # fmt: skip


def _the_few_named(reader: Reader, sentence: Span) -> None:
    """'The six, Priya Raman, Tobias Ekwueme, ... and Marcus T. Bell, handed in their notices': the
    article's one group of that many people, by name."""
    words = [t for t in sentence if not t.is_space]
    if len(words) < 4 or words[0].lower_ != "the" or words[1].pos_ != "NUM" or words[2].text != ",":
        return
    count = parse_count(words[1].text)
    number = Literal(count.value, datatype=XSD.integer) if count is not None else None
    groups = set(reader.facts.subjects(TW.memberCount, number)) if number is not None else set()
    if len(groups) != 1:
        return
    group = groups.pop()
    for word in words[3:]:
        if word.text not in (",", "-") and word.pos_ != "PROPN" and word.lower_ != "and":
            break  # the list ends where the sentence goes on
        mention = reader.mention(word)
        if mention is not None and mention.entity.kind == TW.Person and word == mention.span.root:
            person = reader.use(mention.entity, mention.span)
            reader.add(group, TW.hasMember, person, words[1], mention.span, rule="group.named-after-count")


_MAKING_A_LETTER = {"organize", "organise", "draft", "write", "circulate", "start"}


def _letter_made_by(reader: Reader, verb: Token) -> None:
    """'The letter was organized by Maren Solvik, a data engineer, and Luis Carbajal': the people
    who made the letter are among its signers (or, when the article counts no signers, its
    organizers)."""
    made = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if made is None or not (made.lemma_.lower() in PETITION_NOUNS or made.lower_ == "it"):
        return
    petition = reader.last("petition", verb)
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    if petition is None or by is None:
        return
    signers = reader.facts.value(petition, TW.agent)
    if signers is None or (signers, RDF.type, TW.PersonGroup) not in reader.facts.triples:
        signers = reader.organizers(verb).iri
    # "X, a data engineer, and Y": the parse may hang Y on X's appositive
    named = [o for o in by.children if o.dep_ == "pobj"]
    named += [c for o in named for a in o.children if a.dep_ == "appos" for c in a.conjuncts]
    for word in (w for o in named for w in (o, *o.conjuncts)):
        mention = reader.mention(word)
        if mention is not None and mention.entity.kind == TW.Person:
            person = reader.use(mention.entity, mention.span)
            reader.add(signers, TW.hasMember, person, verb, mention.span, rule="group.letter-made-by")


def _organizer_titles(person: Token, described: list[Token]) -> list[Token]:
    """The 'organizer' nouns that say what a person is: 'X, a flight-test engineer and one of the
    organizers', 'X, an organizer with No Azure for Apartheid', 'fellow organizer X', 'Another
    organizer, data scientist X'."""
    one_of = [
        g
        for d in described
        if d.lower_ == "one"
        for p in d.children
        if p.lower_ == "of"
        for g in p.children
        if g.lemma_ == "organizer"
    ]
    titled = [
        d
        for d in [*described, *(c for c in person.children if c.dep_ == "compound"), person.head]
        if d.lemma_.lower() in ("organizer", "organiser", "co-organizer")
        and d.tag_ == "NN"
        and (d.head == person or d.dep_ in ("appos", "conj") or person.dep_ == "appos" and d == person.head)
    ]
    return titled or one_of


def _title_owner(titles: list[Token]) -> Token | None:
    """Whose organizer the titles say the person is: the group of 'an organizer with X' or 'one of
    the collective's organizers'; the word 'at' itself in 'an organizer at X' (a workplace, never
    a workers' group); None when they name no one."""
    owned = [
        c
        for t in titles
        for c in t.children
        if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("with", "for", "of", "at")
    ]
    if not owned:
        return None
    if owned[0].dep_ == "poss":
        return owned[0]
    body = next((c for c in owned[0].children if c.dep_ == "pobj"), None)
    return owned[0] if owned[0].lower_ == "at" or body is None else body


def read_action_demands(reader: Reader, sentence: Span) -> None:
    """What the people of a walkout or sit-in asked for, told after it: 'Led by X, they asked the
    company to cancel ...', 'Organizers said they wanted the company to ...', '... presented
    management with three demands: end X, disclose Y, and let Z'."""
    actions = [a for a in _recent_actions(reader, sentence) if not reader.facts.objects(a, TW.demand)]
    for action in actions:  # "In both cities the protesters made the same three demands: ..."
        _action_demands(reader, sentence, action)
    _action_motive(reader, sentence)


def _action_demands(reader: Reader, sentence: Span, action: URIRef) -> None:
    doc = reader.doc
    for word in sentence:
        if word.pos_ == "NOUN" and opens_list(word, ("demand",)) and word.i + 1 < sentence.end:
            listed_demands(reader, action, doc[word.i + 2 : sentence.end], "action.demand-list")
            return
        if word.pos_ != "VERB" or word.lemma_ not in REQUESTING | set(LEX["desire_verbs"]):
            continue
        whos = subjects(word)
        asking = whos and (
            whos[0].lower_ in ("they", "organizers")
            or whos[0].lemma_.lower() in ("organizer", "worker", "employee", "protester")
        )
        reported = (
            word.dep_ == "ccomp"
            and word.head.lemma_ in SAYING
            and word.head.lemma_ != "say"
            or any(
                c.dep_ == "aux" and c.lower_ in ("could", "can", "may", "might", "should", "would")
                for c in word.children
            )
        )  # "she said that employees who objected could ask to ...": no one's demand
        made_petition = any(k == "petition" and i == word.i for k, n, i in reader.recent)
        stopped = negated(word) or no_longer(word)
        # '"They are asking to know what their labor is for"': the speaker's own words, no demand
        # (but '"Organizers want the company to drop the contract," she said' tells one)
        quoted = reader.in_quotation(word.idx) and bool(whos) and whos[0].pos_ == "PRON"
        # "The walkout followed a petition that 450 employees signed asking ...": the petition's
        of_letter = any(a.pos_ == "NOUN" and a.lemma_.lower() in PETITION_NOUNS for a in word.ancestors)
        if not asking or reported or made_petition or stopped or quoted or of_letter:
            continue
        for clause in word.children:
            if clause.dep_ not in ("xcomp", "ccomp") or clause.pos_ != "VERB":
                continue
            demanding_that = word.lemma_ == "demand" and any(m.lower_ == "that" for m in clause.children)
            if not demanding_that and not any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children):
                continue
            parts = infinitives(clause)
            for part in parts:
                subject = next((c for c in part.children if c.dep_ == "nsubj"), None)
                inner = next((p for p in parts if p.head == part and p != part), None)
                words = clause_text(part, without=inner)
                if subject is not None and subject.i < part.i and words.start <= subject.i:
                    words = doc[subject.right_edge.i + 1 : words.end]
                    words = doc[words.start + (words[0].lower_ == "to") : words.end]
                reader.add(action, TW.demand, Literal(words.text), word, words, rule="action.demand")
            return


def _recent_actions(reader: Reader, sentence: Span) -> list[URIRef]:
    """The article's one walkout or protest so far, or those told in this sentence or the three
    before it (a walkout in one city and a sit-in in another, with the same demands)."""
    here = reader.sentence_number(sentence[0])
    told = [
        (here - reader.sentence_number(reader.doc[position]), node)
        for kind, node, position in reader.recent
        if kind in ("walkout", "protest") and position < sentence.end
    ]
    if len({node for _, node in told}) == 1:
        return [told[0][1]]
    return list(dict.fromkeys(node for distance, node in told if distance <= 3))


def _action_motive(reader: Reader, sentence: Span) -> None:
    """'The protests target a $38 million contract ...': what the article's protests are about."""
    for word in sentence:
        nouns = LEX["walkout_nouns"] + LEX["protest_nouns"] + ["protest", "action", "demonstration"]
        if word.dep_ != "nsubj" or word.lemma_.lower() not in nouns or not definite_noun(word):
            continue
        verb = word.head
        target = (
            object_of(verb, "dobj") if verb.lemma_ in ("target", "oppose", "concern", "protest") else None
        )
        contract = reader.contract_at(target) if target is not None else None
        if contract is None:
            continue
        for action in _recent_actions(reader, sentence):
            if reader.facts.value(action, TW.motivatedBy) is None:
                reader.add(action, TW.motivatedBy, contract, word, target, rule="action.motive")


def _places(reader: Reader, node: URIRef, verb: Token, subject: Token) -> None:
    """Where a walkout or protest happened: 'occupied Google offices in New York and in Sunnyvale',
    'walked out of the company's headquarters in Boston' (not where its people come from)."""
    skipped = set(subject.subtree)
    for word in verb.subtree:
        mention = reader.mention(word)
        if word in skipped or mention is None or mention.entity.kind != TW.Place or word != mention.span.root:
            continue
        head = word
        while head.dep_ == "conj":
            head = head.head
        seat = head.dep_ in ("compound", "nmod") and head.head.lemma_.lower() in _SITES  # "out of the
        if seat:  # company's Denver headquarters", "the Columbus office"
            head = head.head
        if (
            head.dep_ == "pobj"
            and head.head.lower_
            in ("in", "at", "outside", "near", "across", *(("of", "from") if seat else ()))
            and _along(head, verb)
        ):
            reader.add(node, TW.location, reader.use(mention.entity, mention.span), verb, mention.span,
                       rule="action.place")  # fmt: skip


_SITES = {"headquarters", "office", "campus", "plant", "factory", "warehouse", "center", "centre"}


def _along(word: Token, verb: Token) -> bool:
    """Whether a word hangs on the verb through phrases, not through a clause of its own ('to
    protest a sale to a contractor that is furnishing a camp in Texas')."""
    while word != verb:
        if word.dep_ in ("advcl", "xcomp", "relcl", "acl", "ccomp", "pcomp") or word.head == word:
            return False
        word = word.head
    return True


_PLANNING = {"plan", "intend", "threaten", "vow", "consider", "hope", "prepare", "aim"}


def _planned(verb: Token) -> bool:
    """'they planned to hold a second walkout next month': an act not (yet) done."""
    return verb.dep_ == "xcomp" and verb.head.lemma_ in _PLANNING


def _one_who_took_part(reader: Reader, action: URIRef, verb: Token, who: Token) -> bool:
    """'Tomasz Wierzbicki, a data engineer who walked out and helped organize the protest': one
    of the action just told of (a named member of its people), not an action of its own."""
    if verb.dep_ != "relcl" or who.tag_ not in ("NN", "NNP"):
        return False
    reader.named_member(action, who, verb, "action.member")
    return True


def _modal(verb: Token) -> bool:
    """'said they might quit', 'they would stage a second walkout': an act not done."""
    verbs = [verb, verb.head] if verb.dep_ in ("xcomp", "conj") else [verb]
    return any(c.tag_ == "MD" for v in verbs for c in v.children)


def _fronted_people(verb: Token) -> list[Token]:
    """'Between 300 and 400 workers walked out': the parser reads the count as a preposition."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "between" and child.i < verb.i:
            return [c for c in child.children if c.dep_ == "pobj"]
    return []


def _demands(reader: Reader, node: URIRef, verb: Token) -> None:
    """'staged a walkout ..., demanding that the company cancel the contract and stop selling X'."""
    for demanding in verb.children:
        if demanding.dep_ != "advcl" or demanding.lemma_ != "demand":
            continue
        for clause in [c for c in demanding.children if c.dep_ == "ccomp"]:
            for part in [clause, *[c for c in clause.children if c.dep_ == "conj" and c.pos_ == "VERB"]]:
                dropped = {
                    w for c in part.children if c.dep_ in ("nsubj", "conj", "cc", "mark") for w in c.subtree
                }
                words = [w for w in part.subtree if w not in dropped and not w.is_punct]
                span = reader.doc[words[0].i : words[-1].i + 1]
                reader.add(node, TW.demand, Literal(span.text), demanding, span, rule="walkout.demand")


def _motive(reader: Reader, node: URIRef, name: str, verb: Token) -> None:
    """What an action protests: 'in protest of the FBI contract', 'to protest the company's contract'."""
    for word in verb.subtree:
        if word.lemma_ in LEX["protest_words"] or word.lower_ == "over":
            for target in [c for c in word.subtree if c != word]:
                contract = None
                if contract_noun(target):
                    contract = reader.contract_at(target) or (
                        reader.last("contract", target) if definite_noun(target) else None
                    )
                if contract is not None:
                    reader.add(node, TW.motivatedBy, contract, word, target, rule=f"{name}.motive")
                    return
                entity = reader.entity(target)
                if entity is not None and entity.kind in (TW.Program, TW.Product, TW.Policy):
                    reader.add(
                        node, TW.motivatedBy, reader.use(entity, target), word, target, rule=f"{name}.motive"
                    )
                    return


_DOCUMENT_KINDS = {"Letter", "Announcement", "Memo"}


def announce_resignations(reader: Reader, statements: Statements) -> None:
    """Where a resignation was made known: the letter, post or memo in which the one who resigned
    tells of it ('wrote on her blog that she had resigned'); not what they said of it elsewhere."""
    for kind, node, position in reader.recent:
        if kind != "resignation" or reader.facts.value(node, TW.announcedIn) is not None:
            continue
        verb = reader.doc[position]
        agent = reader.facts.value(node, TW.agent)
        for statement in statements.all:
            if statement.speaker != agent or statement.kind not in _DOCUMENT_KINDS:
                continue
            told = [a for a in statement.anchors if verb in a.subtree and a != verb]
            if told:
                reader.add(node, TW.announcedIn, statement.node, verb, told[0], rule="resignation.told-in")
                break
