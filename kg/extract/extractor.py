"""Reading one article: the spaCy pipeline, entity linking, then the rules, in order.

`extract_article` runs the spaCy pipeline over one article, resolves its mentions against what
the graph already knows, applies the rules, and returns the facts with their evidence;
`kg.extract.annotate` turns them into the article's fact graph and evidence graph.
"""

from dataclasses import dataclass

from rdflib import Graph

from kg.extract.actions import (
    announce_resignations,
    date_actions_told_again,
    read_action_demands,
    read_organizers,
    read_worker_actions,
)
from kg.extract.article import Article
from kg.extract.cases import orders_in_case, read_lawsuits
from kg.extract.contracts import (
    products_under_contracts,
    read_business,
    read_contracts,
    read_payments,
    read_purchases,
    read_selections,
    read_undertakings,
)
from kg.extract.entities import Entity, EntityIndex
from kg.extract.events import (
    read_comment_requests,
    read_court_orders,
    read_decisions,
    read_denunciations,
    read_donations,
    read_pledges,
    read_promises,
)
from kg.extract.facts import Facts
from kg.extract.interviews import read_interview
from kg.extract.iris import actor_iri
from kg.extract.linking import Linker
from kg.extract.petitions import read_demands_after_colon, read_listed_demands, read_petitions
from kg.extract.pipeline import load_pipeline
from kg.extract.quotes import find_quotations
from kg.extract.reader import Reader
from kg.extract.relations import read_founders, read_organizations, read_positions, read_products, read_seats
from kg.extract.sequence import read_order
from kg.extract.spans import within
from kg.extract.statements import Statements
from kg.namespaces import TW


@dataclass(frozen=True)
class Extraction:
    """What one article yielded: its facts with evidence, and its sentences' character ranges."""

    article: Article
    facts: Facts
    sentences: list[tuple[int, int]]


def extract_article(article: Article, known: Graph, ontology: Graph, *, gazetteer: bool = True) -> Extraction:
    """Read one article against the `known` graph (whose nodes its mentions resolve to)."""
    nlp = load_pipeline()
    doc = nlp(article.text)
    index = EntityIndex.from_graph(known, ontology, use_gazetteer=gazetteer)
    publisher = article.meta.publisher  # "a memo obtained by Test Wire", "questions from Test Wire"
    if index.find(publisher) is None:
        index.add(Entity(actor_iri(publisher), publisher, TW.NewsOrganization, "article"))
    headings = article.headings()
    mentions = Linker(index, nlp).mentions(doc, skipped=headings)
    reader = Reader(nlp, doc, mentions, article, index)
    body = [s for s in doc.sents if s.end_char > article.body_start and not within(s, headings)]
    for mention in mentions:
        if mention.span.start_char < article.body_start:
            continue
        if mention.entity.kind != TW.Place:
            reader.use(mention.entity, mention.span)
    read_positions(reader)
    quotes = find_quotations(reader, body)
    statements = Statements(reader)
    for sentence in body:
        read_contracts(reader, sentence)
        read_payments(reader, sentence)
        read_selections(reader, sentence)
        read_undertakings(reader, sentence)
        read_purchases(reader, sentence)
        read_founders(reader, sentence)
        read_business(reader, sentence)
        read_petitions(reader, sentence)
        statements.read_saying(sentence)
        statements.read_documents(sentence)
        read_worker_actions(reader, sentence, statements)
        read_organizers(reader, sentence)
        date_actions_told_again(reader, sentence)
        read_action_demands(reader, sentence)
        read_demands_after_colon(reader, sentence)
        read_decisions(reader, sentence, statements)
        read_pledges(reader, sentence, statements)
        read_promises(reader, sentence, statements)
        read_donations(reader, sentence, statements)
        read_lawsuits(reader, sentence)
        read_court_orders(reader, sentence)
        read_comment_requests(reader, sentence)
        read_denunciations(reader, sentence)
    read_listed_demands(reader)
    announce_resignations(reader, statements)
    statements.quotations(quotes)
    read_interview(reader, statements)
    statements.finish()
    orders_in_case(reader)
    read_order(reader)
    read_products(reader)
    products_under_contracts(reader)
    read_organizations(reader)
    read_seats(reader)
    reader.facts.drop_idle()
    return Extraction(
        article, reader.facts, [(s.start_char, s.start_char + len(s.text.rstrip())) for s in body]
    )
