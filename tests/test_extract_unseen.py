"""An article written for the tests, about another company, agency, people and actions (a walkout,
resignations, a pledge): the rules are not fitted to the four development texts."""

from pathlib import Path

import pytest
from rdflib import Graph

from kg.evaluate import evaluate, format_report
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


def test_a_second_unseen_article_meets_the_corpus_goals() -> None:
    """A resignation letter, a contract allowed to end, a foundation's pledge: scored against a
    gold file written before the pipeline first read the article."""
    data = Path(__file__).parent / "data"
    report = evaluate(data / "gold", curated=False, inputs=Inputs(article_dirs=(data,)))
    score = report.articles["unseen-resignation-2020-02-14"]
    assert score.precision >= 0.85 and score.recall >= 0.70, format_report(report)
