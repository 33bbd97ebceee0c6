"""Articles written for the tests, about other companies, agencies, people and actions (walkouts,
resignations, letters, pledges, decisions, court orders, sit-ins, grants): the rules are not
fitted to the four development texts."""

from pathlib import Path

import pytest
from rdflib import Graph

from kg.evaluate import Report, evaluate, format_report
from kg.extract.annotate import extraction_graphs, single_valued
from kg.extract.article import load_article
from kg.extract.extractor import extract_article
from kg.namespaces import CURATED_GRAPH, ID, ONTOLOGY_GRAPH, PREFIXES
from kg.reason import inferred_graph
from kg.sources import SHAPES_GRAPH, Inputs
from kg.validate import validate

ARTICLE = Path(__file__).parent / "data" / "unseen-walkout-2019-11-08.txt"
PREFIX_LINES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items())


@pytest.fixture(scope="module")
def facts(project_graphs: dict) -> Graph:
    ontology, shapes = project_graphs[ONTOLOGY_GRAPH], project_graphs[SHAPES_GRAPH]
    known = project_graphs[CURATED_GRAPH]
    extraction = extract_article(load_article(ARTICLE), known, ontology)
    return extraction_graphs(extraction, known, ontology, single_valued(ontology, shapes))[0]


READ = {
    "the company": "id:oracle a tw:Company .",
    "the agency, by its gazetteer node": "id:federal-bureau-of-investigation a tw:GovernmentAgency .",
    "a CEO named with her title": """[] tw:holder id:safra-catz ; tw:role tw:ChiefExecutiveOfficer ;
        tw:positionIn id:oracle .""",
    "a general counsel": """[] tw:holder id:dorian-daley ; tw:role tw:GeneralCounsel ;
        tw:positionIn id:oracle .""",
    "the walkout, its size and day": """?w a tw:Walkout ; tw:date "2019-11-07"^^xsd:date ;
        tw:agent [ tw:memberCount 300 ; tw:countQualifier tw:Approximately ;
                   tw:membersWorkFor id:oracle ] .""",
    "what the walkout protests": """?w a tw:Walkout ; tw:motivatedBy ?c .
        ?c tw:contractor id:oracle ; tw:client id:federal-bureau-of-investigation .""",
    "the contract's value": """?c tw:contractor id:oracle ;
        tw:contractValue [ tw:amountValue ?v ; tw:currency "USD" ] .
        FILTER(?v = 12000000)""",
    "the workers' request, to the CEO": """?p a tw:Petition ; tw:addressedTo id:safra-catz ;
        tw:concernsAgreement [ tw:contractor id:oracle ] ; tw:agent [ tw:memberCount 300 ] .""",
    "the CEO's email to staff": """?m a tw:Memo ; tw:agent id:safra-catz ; tw:onBehalfOf id:oracle ;
        tw:addressedTo [ tw:membersWorkFor id:oracle ] .""",
    "the decision to keep the contract": """?d a tw:ContractContinuation ; tw:agent id:oracle ;
        tw:announcedIn [ a tw:Memo ] .""",
    "resignations, with a named member": """?r a tw:Resignation ; tw:agent ?g .
        ?g tw:memberCount 2 ; tw:hasMember id:priya-raman ; tw:membersWorkFor id:oracle .""",
    "a supporter's statement": """?c a tw:Claim ; tw:attributedTo id:electronic-frontier-foundation ;
        tw:text "it supported the workers" .""",
    "an unanswered request for comment": "?r a tw:RequestForComment ; tw:addressedTo id:oracle .",
    "a nonprofit's pledge, the name read whole": """
        ?d a tw:DonationPledge ; tw:agent id:fight-for-the-future .
        id:fight-for-the-future a tw:NonProfit ; rdfs:label "Fight for the Future" .
        FILTER NOT EXISTS { id:future ?p ?o }""",
}


@pytest.mark.parametrize("case", READ)
def test_unseen_article_is_read(facts: Graph, case: str) -> None:
    assert facts.query(f"{PREFIX_LINES}\nASK {{ {READ[case]} }}").askAnswer, case


def test_unseen_article_mints_no_person_for_a_city_or_a_company(facts: Graph) -> None:
    """'Austin offices', 'Oracle engineers': the model's PERSON label is outvoted."""
    people = {row[0] for row in facts.query(f"{PREFIX_LINES}\nSELECT ?p WHERE {{ ?p a tw:Person }}")}
    assert people == {ID["safra-catz"], ID["dorian-daley"], ID["priya-raman"]}


def test_unseen_article_conforms_to_the_shapes(facts: Graph, project_graphs: dict) -> None:
    data = Graph()
    data += project_graphs[ONTOLOGY_GRAPH]
    data += project_graphs[CURATED_GRAPH]
    data += facts
    report = validate(data + inferred_graph(data), project_graphs[SHAPES_GRAPH])
    assert report.conforms, report.text


HELD_OUT = {
    "unseen-resignation-2020-02-14": "a resignation letter, a contract allowed to end, a foundation's pledge",
    "unseen-walkout-2021-03-12": "a walkout over a police contract, a vice president's resignation post",
    "unseen-open-letter-2019-10-04": "an open letter to a board, a non-renewal, a pledge, a partitive group",
    "unseen-petition-2022-04-20": "a petition, the president's internal email, a city council's cancellation",
    "unseen-pledge-2023-05-19": "a letter to a CEO and board, a memo not to renew, a pledge with matching",
    "unseen-injunction-2024-02-09": "a district judge's injunction, a sale to the police, a walkout, a post",
    "unseen-non-renewal-2022-11-04": "a county's non-renewal, a petition, resignations, a donation",
    "unseen-cloud-contract-2025-03-12": "a wire story: a letter with a count in words, a VP stepping down",
    "unseen-sit-in-2023-09-22": "a quote-led feature: a sit-in, a video memo, a city ending a deal, a grant",
    "unseen-restraining-order-2024-06-17": "a brief: a restraining order, a joint brief, a founder's pledge",
    "unseen-defense-walkout-2025-09-17": "a company named like two surnames: a walkout, a dozen resignations",
    "unseen-program-halt-2025-10-08": "a report, a state office ending a pilot, a petition to a mayor",
}


@pytest.fixture(scope="module")
def held_out() -> Report:
    data = Path(__file__).parent / "data"
    return evaluate(data / "gold", curated=False, inputs=Inputs(article_dirs=(data,)))


@pytest.mark.parametrize("slug", HELD_OUT)
def test_held_out_article_meets_the_corpus_goals(held_out: Report, slug: str) -> None:
    """Articles written for the tests, each scored against a gold file recorded before the pipeline
    first read it (docs/extraction.md has those first-reading scores; these are after the fixes)."""
    score = held_out.articles[slug]
    assert score.precision >= 0.85 and score.recall >= 0.70, (HELD_OUT[slug], format_report(held_out))


ROUND_5 = {
    "a short name without the partners is the company (the model calls it a person)": (
        "unseen-defense-walkout-2025-09-17",
        """?s a tw:Statement ; tw:agent id:whitaker-lowe ; tw:date "2025-09-16"^^xsd:date .
        ?d a tw:ContractContinuation ; tw:agent id:whitaker-lowe ; tw:announcedIn ?s .""",
    ),
    "a count standing alone counts the employees named before it": (
        "unseen-defense-walkout-2025-09-17",
        """?r a tw:Resignation ; tw:agent [ tw:memberCount 12 ; tw:countQualifier tw:MoreThan ;
                                            tw:membersWorkFor id:whitaker-lowe ] .""",
    ),
    "a seat from 'the company's Denver headquarters'": (
        "unseen-defense-walkout-2025-09-17",
        "id:whitaker-lowe tw:location id:denver .",
    ),
    "a short name without its designator is the company": (
        "unseen-program-halt-2025-10-08",
        "id:kestrel-metrics a tw:Company . FILTER NOT EXISTS { id:kestrel ?p ?o }",
    ),
    "an unlabelled name beside a title is a person, speaking for the group": (
        "unseen-program-halt-2025-10-08",
        """?a a tw:Announcement ; tw:agent id:ana-villarreal ;
              tw:onBehalfOf id:great-basin-data-justice-project .""",
    ),
    "an appositive the parser hung elsewhere types the product": (
        "unseen-program-halt-2025-10-08",
        "id:beatwise a tw:Product . id:kestrel-metrics tw:location id:reno .",
    ),
    "a report published by a nonprofit, and what it says 'according to' it": (
        "unseen-program-halt-2025-10-08",
        """?r a tw:Statement ; tw:agent id:great-basin-data-justice-project .
        ?c a tw:Claim ; tw:statedIn ?r ; tw:text ?t . FILTER(STRSTARTS(?t, "neighborhoods where"))""",
    ),
    "an unnamed engineer's account is no one's statement": (
        "unseen-program-halt-2025-10-08",
        """FILTER NOT EXISTS { ?s a tw:Statement ; tw:agent ?g . ?g a tw:PersonGroup }""",
    ),
}


@pytest.fixture(scope="module")
def round_5(project_graphs: dict) -> dict[str, Graph]:
    ontology, shapes = project_graphs[ONTOLOGY_GRAPH], project_graphs[SHAPES_GRAPH]
    data = Path(__file__).parent / "data"
    facts = {}
    for slug in {slug for slug, _ in ROUND_5.values()}:
        extraction = extract_article(load_article(data / f"{slug}.txt"), Graph(), ontology)
        facts[slug] = extraction_graphs(extraction, Graph(), ontology, single_valued(ontology, shapes))[0]
    return facts


@pytest.mark.parametrize("case", ROUND_5)
def test_round_5_rules_read_the_articles(round_5: dict, case: str) -> None:
    slug, pattern = ROUND_5[case]
    assert round_5[slug].query(f"{PREFIX_LINES}\nASK {{ {pattern} }}").askAnswer, case
