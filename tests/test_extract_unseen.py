"""Articles written for the tests, about other companies, agencies, people and actions (walkouts,
resignations, letters, pledges, decisions, court orders, sit-ins, grants): the rules are not
fitted to the four development texts."""

from pathlib import Path

import pytest
from rdflib import RDF, XSD, Graph, Literal, URIRef

from kg.evaluate import Report, evaluate, format_report
from kg.extract.annotate import extraction_graphs, single_valued
from kg.extract.article import load_article
from kg.extract.extractor import extract_article
from kg.namespaces import CURATED_GRAPH, ID, ONTOLOGY_GRAPH, PREFIXES, TW
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


DATA = Path(__file__).parent / "data"

# Rules added after each round's first reading, each on the article that showed the need (extraction
# alone). Rounds 6 to 97 (tests/data/heldout-r6 ... -r97) are articles about real or invented events
# in this domain, written for the tests; their first readings are in docs/extraction.md.
RULES = {
    "round 5: a short name without the partners is the company (the model calls it a person)": (
        "unseen-defense-walkout-2025-09-17",
        """?s a tw:Statement ; tw:agent id:whitaker-lowe ; tw:date "2025-09-16"^^xsd:date .
        ?d a tw:ContractContinuation ; tw:agent id:whitaker-lowe ; tw:announcedIn ?s .""",
    ),
    "round 5: a count standing alone counts the employees named before it": (
        "unseen-defense-walkout-2025-09-17",
        """?r a tw:Resignation ; tw:agent [ tw:memberCount 12 ; tw:countQualifier tw:MoreThan ;
                                            tw:membersWorkFor id:whitaker-lowe ] .""",
    ),
    "round 5: a seat from 'the company's Denver headquarters'": (
        "unseen-defense-walkout-2025-09-17",
        "id:whitaker-lowe tw:location id:denver .",
    ),
    "round 5: a short name without its designator is the company": (
        "unseen-program-halt-2025-10-08",
        "id:kestrel-metrics a tw:Company . FILTER NOT EXISTS { id:kestrel ?p ?o }",
    ),
    "round 5: an unlabelled name beside a title is a person, speaking for the group": (
        "unseen-program-halt-2025-10-08",
        """?a a tw:Announcement ; tw:agent id:ana-villarreal ;
              tw:onBehalfOf id:great-basin-data-justice-project .""",
    ),
    "round 5: an appositive the parser hung elsewhere types the product": (
        "unseen-program-halt-2025-10-08",
        "id:beatwise a tw:Product . id:kestrel-metrics tw:location id:reno .",
    ),
    "round 5: a report published by a nonprofit, and what it says 'according to' it": (
        "unseen-program-halt-2025-10-08",
        """?r a tw:Statement ; tw:agent id:great-basin-data-justice-project .
        ?c a tw:Claim ; tw:statedIn ?r ; tw:text ?t . FILTER(STRSTARTS(?t, "neighborhoods where"))""",
    ),
    "round 5: an unnamed engineer's account is no one's statement": (
        "unseen-program-halt-2025-10-08",
        """FILTER NOT EXISTS { ?s a tw:Statement ; tw:agent ?g . ?g a tw:PersonGroup }""",
    ),
    "a lawsuit: who sued whom, and the order made in it": (
        "unseen-restraining-order-2024-06-17",
        """?case a tw:LegalCase ; tw:defendant id:nimbus-analytics ; tw:plaintiff id:rosa-delgado .
        ?order a tw:CourtOrder ; tw:inCase ?case .""",
    ),
    "the organizers, one group, with the people named among them": (
        "unseen-sit-in-2023-09-22",
        "?g a tw:PersonGroup ; tw:hasMember id:alma-quintero , id:devon-achebe .",
    ),
    "members named after a group: 'Two engineers who had organized the petition, X and Y,'": (
        "unseen-petition-2022-04-20",
        "?g tw:memberCount 2 ; tw:hasMember id:marcus-bell , id:jun-park .",
    ),
    "demands told after the walkout, by 'they' ('Led by X and Y, they asked the company to ...')": (
        "unseen-defense-walkout-2025-09-17",
        """?w a tw:Walkout ; tw:demand "cancel the Army contract" .""",
    ),
    "a contract's purpose after 'Under it,'": (
        "unseen-defense-walkout-2025-09-17",
        """?c tw:contractor id:whitaker-lowe ; tw:purpose ?p . FILTER(CONTAINS(?p, "pick out targets"))""",
    ),
    "a contract's purpose after 'for' ('a contract with X for crime-mapping software')": (
        "unseen-defense-walkout-2025-09-17",
        """?c tw:client id:denver-police-department ; tw:purpose "crime-mapping software" .""",
    ),
    "round 6: a name after a job title is a person's ('chief executive Nat Friedman')": (
        "heldout-r6/unseen-github-ice-2019-10-10",
        """id:nat-friedman a tw:Person .
        [] tw:holder id:nat-friedman ; tw:role tw:ChiefExecutiveOfficer ; tw:positionIn id:github .""",
    ),
    "round 6: 'has renewed a contract that lets the agency ...', worth $200,000": (
        "heldout-r6/unseen-github-ice-2019-10-10",
        """?d a tw:ContractContinuation ; tw:agent id:github ; tw:concernsAgreement ?c .
        ?c tw:client id:us-immigration-and-customs-enforcement ; tw:contractValue [ tw:amountValue ?v ] .
        FILTER(?v = 200000)""",
    ),
    "round 6: an unlabelled full name whose surname the model calls a person ('Seth Vargo')": (
        "heldout-r6/unseen-chef-ice-2019-09-24",
        "id:seth-vargo a tw:Person .",
    ),
    "round 6: 'its contracts with ICE and CBP' are two, and the decision concerns both": (
        "heldout-r6/unseen-chef-ice-2019-09-24",
        """?d a tw:ContractNonRenewal ; tw:concernsAgreement ?a , ?b .
        ?a tw:client id:us-immigration-and-customs-enforcement .
        ?b tw:client id:us-customs-and-border-protection .""",
    ),
    "round 6: an unnamed source's quotation has no speaker ('said one Chef engineer')": (
        "heldout-r6/unseen-chef-ice-2019-09-24",
        """FILTER NOT EXISTS { ?q tw:text ?t ; tw:attributedTo ?who .
                             FILTER(STRSTARTS(?t, "People were embarrassed")) }""",
    ),
    "round 6: 'founded by Shah and Conine in 2002': two founders, no company 'Shah and Conine'": (
        "heldout-r6/unseen-wayfair-walkout-2019-06-27",
        """[] tw:holder id:niraj-shah ; tw:role tw:Founder ; tw:positionIn id:wayfair ;
              tw:startDate "2002"^^xsd:gYear .
        [] tw:holder id:steve-conine ; tw:role tw:Founder ; tw:positionIn id:wayfair .
        FILTER NOT EXISTS { id:shah-and-conine ?p ?o }""",
    ),
    "round 6: 'BCFS, a nonprofit formerly known as ...' and a reply to employees is a memo": (
        "heldout-r6/unseen-wayfair-walkout-2019-06-27",
        """id:baptist-child-family-services a tw:NonProfit .
        ?m a tw:Memo ; tw:agent id:steve-conine ; tw:onBehalfOf id:wayfair .""",
    ),
    "round 7: 'the office of Thomas Kurian, the chief executive of Google Cloud'": (
        "heldout-r7/unseen-nimbus-2024-04-23",
        """id:thomas-kurian a tw:Person . FILTER NOT EXISTS { id:office-of-thomas-kurian ?p ?o }""",
    ),
    "round 7: 'X, the company's vice president of ...' with the article's main company": (
        "heldout-r7/unseen-nimbus-2024-04-23",
        "[] tw:holder id:chris-rackow ; tw:role tw:VicePresident ; tw:positionIn id:google .",
    ),
    "round 7: an occupation is a worker action, and 'demanded that Google drop ...' its demand": (
        "heldout-r7/unseen-nimbus-2024-04-23",
        """?a a tw:WorkerAction ; tw:demand "drop the Nimbus contract" .""",
    ),
    "round 7: 'X, a group of Google and Amazon employees' is a group of people": (
        "heldout-r7/unseen-nimbus-2024-04-23",
        "id:no-tech-for-apartheid a tw:PersonGroup .",
    ),
    "round 7: a contract 'shared between Google and Amazon' that 'supplies ... to the Israeli government'": (
        "heldout-r7/unseen-nimbus-2024-04-23",
        """?c tw:contractor id:google , id:amazon ; tw:client id:government-of-israel ;
              tw:contractValue [ tw:amountValue ?v ] . FILTER(?v = 1200000000)""",
    ),
    "round 7: where the protest happened ('occupied Google offices in New York and in Sunnyvale')": (
        "heldout-r7/unseen-nimbus-2024-04-23",
        "?a a tw:WorkerAction ; tw:location id:new-york , id:sunnyvale .",
    ),
    "round 7: 'Inside Amazon, a year-old letter ...' names Amazon, not a person 'Inside Amazon'": (
        "heldout-r7/unseen-rekognition-2019-05-24",
        "id:amazon a tw:Company . FILTER NOT EXISTS { id:inside-amazon ?p ?o }",
    ),
    "round 7: 'a group calling itself X published an open letter' signed by X, with its demands": (
        "heldout-r7/unseen-hololens-2019-02-26",
        """?p a tw:Petition ; tw:agent id:microsoft-workers-4-good ; tw:addressedTo id:satya-nadella ;
              tw:demand "cancel the IVAS contract" .
        id:integrated-visual-augmentation-system a tw:Product .""",
    ),
    "round 8: 'an open letter that more than 300 employees signed and sent to X'": (
        "heldout-r8/unseen-border-hiring-2018-12-10",
        """?p a tw:Petition ; tw:addressedTo id:pierre-nanterme ;
              tw:agent [ tw:memberCount 300 ; tw:countQualifier tw:MoreThan ] .""",
    ),
    "round 8: 'would continue its work for CBP' continues the contract with CBP": (
        "heldout-r8/unseen-border-hiring-2018-12-10",
        """?d a tw:ContractContinuation ; tw:agent id:accenture ;
              tw:concernsAgreement [ tw:client id:us-customs-and-border-protection ] .""",
    ),
    "round 8: 'Nine of the 12 members of Axon's ... board resigned'": (
        "heldout-r8/unseen-ethics-board-2022-06-07",
        "?r a tw:Resignation ; tw:agent [ tw:memberCount 9 ; tw:membersWorkFor id:axon-board ] .",
    ),
    "round 8: 'a contract between Microsoft and the ministry was valued at $133 million'": (
        "heldout-r8/unseen-anniversary-protest-2025-05-16",
        """?c tw:contractor id:microsoft ; tw:client id:israel-ministry-of-defense ;
              tw:contractValue [ tw:amountValue ?v ] . FILTER(?v = 133000000)""",
    ),
    "round 9: 'X, Clarifai's founder and chief executive'; 'Maven' is Project Maven; no donation": (
        "heldout-r9/unseen-clarifai-maven-2019-01-18",
        """[] tw:holder id:matt-zeiler ; tw:role tw:ChiefExecutiveOfficer ; tw:positionIn id:clarifai .
        [] tw:holder id:matt-zeiler ; tw:role tw:Founder ; tw:positionIn id:clarifai .
        FILTER NOT EXISTS { id:maven ?p ?o }
        FILTER NOT EXISTS { ?d a tw:Donation }""",
    ),
    "round 9: 'DeepMind' after 'Google DeepMind' is the same lab": (
        "heldout-r9/unseen-deepmind-letter-2024-08-23",
        "id:google-deepmind ?p ?o . FILTER NOT EXISTS { id:deepmind ?q ?r }",
    ),
    "round 10: 'a lawsuit accusing X of ...', 'The suit, filed ... by the groups Mijente and ...'": (
        "heldout-r10/unseen-lexisnexis-lawsuit-2022-08-19",
        "?case a tw:LegalCase ; tw:defendant id:lexisnexis-risk-solutions ; tw:plaintiff id:mijente .",
    ),
    "round 10: a person's name the model labels a work of art ('\"...,\" Ana Morales said')": (
        "heldout-r10/unseen-lexisnexis-lawsuit-2022-08-19",
        """?q a tw:Quotation ; tw:speaker id:ana-morales ;
              tw:text "I learned legal research on Lexis in my first week of law school" .""",
    ),
    "round 10: a contract one may bid on is no contract; 'Addressed to X and to Y, it asks'": (
        "heldout-r10/unseen-google-cloud-petition-2019-08-16",
        """?p a tw:Petition ; tw:addressedTo id:sundar-pichai , id:thomas-kurian .
        FILTER NOT EXISTS { ?c tw:contractor id:google ; tw:client id:us-customs-and-border-protection }""",
    ),
    "round 10: a named group of workers asking in a letter petitions, with the 318 who signed": (
        "heldout-r10/unseen-salesforce-letter-2019-07-12",
        """?p a tw:Petition ; tw:agent id:salesforce-employees-for-ethical-tech , ?g ;
              tw:demand "end its contract with the border agency" .
        ?g tw:memberCount 318 .""",
    ),
    "round 11: 'An open letter from Microsoft employees demanding ...', 'The letter, addressed to X, asks'": (
        "heldout-r11/unseen-microsoft-ice-letter-2018-06-22",
        """?p a tw:Petition ; tw:agent [ tw:membersWorkFor id:microsoft ] ; tw:addressedTo id:satya-nadella ;
              tw:demand "cancel its $19.4 million contract with ICE" .""",
    ),
    "round 12: a case named by its caption, and the order in it by 'Judge X of the U.S. District Court'": (
        "heldout-r12/unseen-legal-aid-pledge-2025-04-13",
        """?case a tw:LegalCase ; tw:plaintiff id:cascade-immigrant-defense-project ;
              tw:defendant id:office-of-refugee-resettlement .
        ?order a tw:CourtOrder ; tw:inCase ?case ; tw:agent id:adaeze-oyelaran ;
               tw:orders "resume paying for lawyers for children in its custody" .""",
    ),
    "round 12: 'X, the company's president and co-founder' is a person with both roles": (
        "heldout-r12/unseen-legal-aid-pledge-2025-04-13",
        """id:amira-saleh a tw:Person .
        [] tw:holder id:amira-saleh ; tw:role tw:President ; tw:positionIn id:halcyon-data .""",
    ),
    "round 13: 'X sued the city', the caption 'A v. City of B', and the city's contract": (
        "heldout-r13/unseen-face-injunction-2026-01-23",
        """?case tw:plaintiff id:desert-civil-liberties-alliance ; tw:defendant id:city-of-caldera-springs .
        ?c tw:contractor id:optiq-labs ; tw:client id:city-of-caldera-springs .""",
    ),
    "round 13: the same demands for a walkout and a protest told before them": (
        "heldout-r13/unseen-cloud-firings-2024-10-18",
        """?w a tw:Walkout ; tw:demand "cancel the ICE contract" ; tw:motivatedBy ?c .
        ?c tw:client id:us-immigration-and-customs-enforcement .""",
    ),
    "round 14: 'has awarded a contract to X'; 'Assemblymember Dana Whitfield'": (
        "heldout-r14/unseen-procurement-2021-09-23",
        """?c tw:contractor id:parallax-voice ;
              tw:client id:california-department-of-corrections-and-rehabilitation .
        id:dana-whitfield a tw:Person .""",
    ),
    "round 15: 'On Wednesday, Whitcomb, who co-founded the company in 2011, said ...' (a memo)": (
        "heldout-r15/unseen-sheriff-resignations-2024-04-19",
        """?m a tw:Memo ; tw:agent id:dana-whitcomb ; tw:onBehalfOf id:quillfeather-software .
        id:alder-county-sheriffs-office a tw:GovernmentAgency .""",
    ),
    "round 15: 'a letter to Senators A and B and Representatives C, D and E'": (
        "heldout-r15/unseen-face-recognition-exit-2020-06-12",
        """?l a tw:Letter ; tw:agent id:arvind-krishna ;
              tw:addressedTo id:cory-booker , id:kamala-harris , id:karen-bass , id:jerrold-nadler .""",
    ),
    "round 16: a short name the model reads as a place ('Halden' after 'Halden Cloud')": (
        "heldout-r16/unseen-union-rally-2024-10-03",
        "id:halden-cloud a tw:Company . FILTER NOT EXISTS { id:halden ?p ?o }",
    ),
    "round 16: 'ICE has paid X $4.8 million since 2021 for access to ...'; 'Judge X' of the one court": (
        "heldout-r16/unseen-ag-data-broker-2025-06-13",
        """?c tw:client id:us-immigration-and-customs-enforcement ; tw:startDate "2021"^^xsd:gYear ;
              tw:contractValue [ tw:amountValue ?v ] . FILTER(?v = 4800000)
        [] tw:holder id:halima-sorensen ; tw:role tw:DistrictJudge ;
           tw:positionIn id:denver-district-court .""",
    ),
    "round 17: 'a petition signed by more than 1,600 people' (signers who are nobody's staff)": (
        "heldout-r17/unseen-gunshot-sensors-2023-02-15",
        """?p a tw:Petition ; tw:demand "cancel the contract" ;
              tw:agent [ tw:memberCount 1600 ; tw:countQualifier tw:MoreThan ] .""",
    ),
    "round 17: 'Lodestar' after 'Lodestar Maps' is the company": (
        "heldout-r17/unseen-mapping-walkout-2024-04-26",
        "id:lodestar-maps a tw:Company . FILTER NOT EXISTS { id:lodestar ?p ?o }",
    ),
    "round 11: 'San Francisco's Board of Supervisors' is that city's board": (
        "heldout-r11/unseen-sf-face-ban-2019-05-17",
        "id:san-francisco-board-of-supervisors a tw:GovernmentOrganization .",
    ),
    "rounds 12-18: 'explained the firings in a memo to employees the same day'": (
        "heldout-r13/unseen-cloud-firings-2024-10-18",
        """?m a tw:Memo ; tw:agent id:lena-marchetti ; tw:date "2024-10-17"^^xsd:date .""",
    ),
    "rounds 12-18: 'began last Thursday, when 143 engineers signed'; a letter's writers quoted": (
        "heldout-r18/unseen-robot-dogs-2025-04-17",
        """?p a tw:Petition ; tw:date "2025-04-10"^^xsd:date ; tw:agent ?signers .
        [] a tw:Claim ; tw:attributedTo ?signers ; tw:statedIn ?p ;
           tw:text "We did not design it to walk into people's homes." .""",
    ),
    "rounds 12-18: 'The dispute, she told reporters, showed that \"...\"'; 'wrote that X, and that Y'": (
        "heldout-r18/unseen-robot-dogs-2025-04-17",
        """[] a tw:Quotation ; tw:speaker id:lucia-fernandes .
        [] a tw:Claim ; tw:attributedTo id:gideon-marsh ;
           tw:text "he understood why the letter had been written" .""",
    ),
    "rounds 12-18: 'The CWA said on Wednesday that it would give $25,000'": (
        "heldout-r16/unseen-union-rally-2024-10-03",
        """[] a tw:DonationPledge ; tw:amount [ tw:amountValue ?v ] ; tw:date "2024-10-02"^^xsd:date .
        FILTER(?v = 25000)""",
    ),
    "rounds 12-18: 'IBM will no longer offer general-purpose facial recognition'": (
        "heldout-r15/unseen-face-recognition-exit-2020-06-12",
        "[] a tw:Pledge ; tw:agent id:ibm .",
    ),
    "round 19: 'Smith's email' read before 'Brad Smith' is the person, not a company": (
        "heldout-r19/unseen-unit-cutoff-2025-09-26",
        "[] tw:speaker id:brad-smith . FILTER NOT EXISTS { id:smith ?p ?o }",
    ),
    "round 20: a Q&A's answers are the interviewee's quotations in the interview; 'X resigned'": (
        "heldout-r20/unseen-targeting-qa-2023-06-22",
        """?i a tw:Statement ; tw:agent id:tova-reinholt ; tw:addressedTo id:test-wire ;
              tw:date "2023-06-19"^^xsd:date .
        [] a tw:Quotation ; tw:speaker id:tova-reinholt ; tw:statedIn ?i ; tw:text ?answer .
        FILTER(STRSTARTS(?answer, "Mostly sleeping.")) FILTER NOT EXISTS { id:reinholt ?p ?o }""",
    ),
    "round 20: 'Judge X of the Y Circuit Court ordered ...'; what 'the walkout's organizers' asked": (
        "heldout-r20/unseen-week-roundup-2025-12-05",
        """[] a tw:CourtOrder ; tw:agent id:anton-petrosyan ; tw:court id:kittredge-county-circuit-court .
        [] a tw:Walkout ; tw:demand "publish the system's error rates" .""",
    ),
    "round 19: no contract from 'its possible work for CBP'": (
        "heldout-r19/unseen-four-fired-2019-11-26",
        "FILTER NOT EXISTS { ?c tw:client id:us-customs-and-border-protection }",
    ),
    "round 19: 'has turned down a $250,000 donation from Salesforce'": (
        "heldout-r19/unseen-refused-gift-2018-07-20",
        """[] a tw:Donation ; tw:agent id:salesforce ; tw:amount [ tw:amountValue ?v ] .
        FILTER(?v = 250000)""",
    ),
    "round 21: 'the city's contract' in a story datelined CHICAGO; 'Carmen Holt, who ...' is a person": (
        "heldout-r21/unseen-shotspotter-exit-2024-02-14",
        """[] a tw:Contract ; tw:client id:city-of-chicago ; tw:contractor id:soundthinking .""",
    ),
    "round 21: a full name followed by ', who' is a person": (
        "heldout-r21/unseen-former-staff-letter-2025-05-09",
        "id:carmen-holt a tw:Person .",
    ),
    "round 22: 'a week after nearly 400 employees walked out'; 'its charitable arm, the X Foundation'": (
        "heldout-r22/unseen-walkout-donation-2024-11-15",
        """[] a tw:Walkout ; tw:agent [ tw:memberCount 400 ] .
        [] a tw:Donation ; tw:agent id:saltmarsh-foundation .
        id:piraeus-medical-relief-fund a tw:NonProfit .
        id:coastal-migration-authority a tw:GovernmentAgency .""",
    ),
    "round 22: 'Kitehawk' after 'Kitehawk Aerial Systems'": (
        "heldout-r22/unseen-drone-letter-2025-03-14",
        "id:kitehawk-aerial-systems a tw:Company . FILTER NOT EXISTS { id:kitehawk ?p ?o }",
    ),
    "round 22: 'Last month Ines Carvalho, a data scientist ...' (the model's date took the name)": (
        "heldout-r22/unseen-benefits-scoring-2025-09-26",
        "id:ines-carvalho a tw:Person .",
    ),
    "round 23: 'as long as Pichai was its chief executive'": (
        "heldout-r23/unseen-china-search-2018-12-12",
        "[] tw:holder id:sundar-pichai ; tw:role tw:ChiefExecutiveOfficer ; tw:positionIn id:google .",
    ),
    "round 24: 'between the Kansas Department of Prisons and Cantrell Voice Analytics'; 'declined to say'": (
        "heldout-r24/unseen-prison-calls-2024-11-14",
        """[] a tw:Contract ; tw:contractor id:cantrell-voice-analytics ;
              tw:client id:kansas-department-of-prisons .
        [] a tw:RequestForComment .
        FILTER NOT EXISTS { [] tw:text ?t . FILTER(STRSTARTS(?t, "whether calls")) }""",
    ),
    "round 24: an unlabelled 'Calder Bay City Council voted ... to keep'; a member's vote is none": (
        "heldout-r24/unseen-camera-vote-2025-01-29",
        """[] a tw:ContractContinuation ; tw:agent id:calder-bay-city-council ;
              tw:date "2025-01-28"^^xsd:date .
        FILTER NOT EXISTS { [] a tw:ContractContinuation ; tw:agent id:norrland-vision }""",
    ),
    # "told council members that officers had requested footage 318 times last year": a year alone
    # dates no event (the shapes allow a day or a month; `kg ingest` of this article was refused)
    "round 24: no event is dated by a year alone ('last year')": (
        "heldout-r24/unseen-camera-vote-2025-01-29",
        "FILTER NOT EXISTS { [] tw:date ?d . FILTER(DATATYPE(?d) = xsd:gYear) }",
    ),
    "round 24: 'Solwick Workers for' and 'Peace' are one name": (
        "heldout-r24/unseen-chip-walkout-2025-06-12",
        "id:solwick-workers-for-peace a tw:PersonGroup . FILTER NOT EXISTS { id:peace ?p ?o }",
    ),
    "round 23: 'That same month X resigned' after 'In August'": (
        "heldout-r23/unseen-china-search-2018-12-12",
        """[] a tw:Resignation ; tw:date "2018-08"^^xsd:gYearMonth .""",
    ),
    "round 21-24: a reported question ('how much ...', 'whether ...') is no claim": (
        "heldout-r19/unseen-consulting-ice-2019-12-05",
        """FILTER NOT EXISTS { [] a tw:Claim ; tw:text ?t . FILTER(REGEX(?t, "^(how|whether|why) ")) }""",
    ),
    "round 20: a directorate is a government agency": (
        "heldout-r20/unseen-biometrics-memo-2025-03-06",
        "id:border-identity-operations-directorate a tw:GovernmentAgency .",
    ),
    "round 20: 'the letter said' after the workers' letter quotes the letter, not the CEO's statement": (
        "heldout-r20/unseen-biometrics-memo-2025-03-06",
        """[] tw:text ?t ; tw:statedIn [ a tw:Petition ] . FILTER(STRSTARTS(?t, "We joined Tallgrass"))""",
    ),
    "round 21: 'It also criticizes chief executive Alex Karp' (after 'the letter says'): not ICE": (
        "heldout-r21/unseen-former-staff-letter-2025-05-09",
        """FILTER NOT EXISTS { [] a tw:Denunciation ; tw:agent id:us-immigration-and-customs-enforcement }
        FILTER NOT EXISTS { id:chief-executive ?p ?o }""",
    ),
    "round 21: 'internal Slack messages' were not written by Slack": (
        "heldout-r21/unseen-former-staff-letter-2025-05-09",
        "id:slack a tw:Platform . FILTER NOT EXISTS { [] tw:agent id:slack }",
    ),
    "round 18: 'No Azure for Apartheid, a campaign of current and former Microsoft employees'": (
        "heldout-r18/unseen-vigil-firings-2024-10-25",
        "id:no-azure-for-apartheid a tw:PersonGroup . FILTER NOT EXISTS { id:apartheid ?p ?o }",
    ),
    "round 25: 'uses Salesforce software' leaves Salesforce a company that speaks": (
        "heldout-r25/unseen-ethics-office-2019-01-08",
        "id:salesforce a tw:Company . [] a tw:Statement ; tw:agent id:salesforce .",
    ),
    "round 7: '\"We wrote to Jeff ...,\" the employee said' is not Jeff Bezos's": (
        "heldout-r7/unseen-rekognition-2019-05-24",
        """FILTER NOT EXISTS { [] tw:speaker id:jeff-bezos ; tw:text ?t .
                              FILTER(STRSTARTS(?t, "We wrote")) }""",
    ),
    "round 26: a live blog's updates, a walkout 'organized by a group calling itself X', a sign": (
        "heldout-r26/unseen-drone-walkout-live-2024-04-18",
        """[] a tw:Walkout ; tw:date "2024-04-18"^^xsd:date ; tw:agent id:halcyon-workers-voice .
        FILTER NOT EXISTS { [] tw:text "Our code, not your dragnet." }""",
    ),
    "round 26: 'would not seek to renew it'; 'pushing for the contract to be canceled' is no decision": (
        "heldout-r26/unseen-drone-walkout-live-2024-04-18",
        """[] a tw:ContractNonRenewal ; tw:agent id:halcyon-aerial-systems .
        FILTER NOT EXISTS { [] a tw:ContractCancellation }
        FILTER NOT EXISTS { [] a tw:Pledge ; tw:agent id:halcyon-aerial-systems }""",
    ),
    "round 26: what a demand asks ('that it promise no one will be punished') is nobody's claim": (
        "heldout-r26/unseen-drone-walkout-live-2024-04-18",
        """FILTER NOT EXISTS { [] tw:text ?t . FILTER(STRSTARTS(?t, "no one will be punished")) }""",
    ),
    "round 26: 'Utah Attorney General's Office', 'Stop LAPD Spying Coalition', 'Operation LASER'": (
        "heldout-r26/unseen-banjo-utah-2020-05-11",
        """id:utah-attorney-generals-office a tw:GovernmentAgency .
        FILTER NOT EXISTS { id:generals-office ?p ?o }""",
    ),
    "round 26: a coalition and a program read whole; 'University of California, Los Angeles, who'": (
        "heldout-r26/unseen-lapd-predpol-2020-04-24",
        """id:stop-lapd-spying-coalition a tw:NonProfit . id:operation-laser a tw:Program .
        FILTER NOT EXISTS { id:los-angeles a tw:Person }""",
    ),
    "round 27: 'Councilmember Rosalind Achterberg' is Rosalind Achterberg": (
        "heldout-r27/unseen-plate-reader-correction-2024-11-14",
        """id:rosalind-achterberg a tw:Person .
        FILTER NOT EXISTS { id:councilmember-rosalind-achterberg ?p ?o }""",
    ),
    "round 27: a union's contract with the company is no business contract; a LinkedIn page": (
        "heldout-r27/unseen-tessellate-border-exit-2025-11-19",
        """FILTER NOT EXISTS { [] a tw:Contract ; tw:contractor id:tessellate-workers-guild }
        FILTER NOT EXISTS { id:linkedin tw:developedBy ?maker }""",
    ),
    "round 27: the AWS Summit is an occasion, the Javits Convention Center no nonprofit": (
        "heldout-r27/unseen-aws-ice-protests-2019-07-16",
        """FILTER NOT EXISTS { id:aws-summit ?p ?o }
        FILTER NOT EXISTS { id:jacob-k-javits-convention-center a tw:NonProfit }""",
    ),
    "round 29: 'Executives of Tessaly Systems'; an officer of the company spoken of most": (
        "heldout-r29/unseen-earnings-call-border-contract-2025-08-08",
        """id:tessaly-systems a tw:Company . id:tessaly-workers-for-human-rights a tw:PersonGroup .
        [] tw:holder id:eileen-sato ; tw:positionIn id:tessaly-systems .
        FILTER NOT EXISTS { id:tessaly ?p ?o }""",
    ),
    "round 29: 'the CBP contract contributed $38 million' is neither a gift nor another's contract": (
        "heldout-r29/unseen-earnings-call-border-contract-2025-08-08",
        """FILTER NOT EXISTS { [] a tw:Donation }
        FILTER NOT EXISTS { [] a tw:Contract ; tw:contractor ?c . FILTER(?c != id:tessaly-systems) }""",
    ),
    "round 29: 'In a letter sent on Monday, X and Y asked the board to ...' is a letter": (
        "heldout-r29/unseen-earnings-call-border-contract-2025-08-08",
        """[] a tw:Letter ; tw:agent id:northgate-responsible-investment ; tw:demand ?d .
        FILTER(STRSTARTS(?d, "commission an independent human rights"))""",
    ),
    "round 29: a dateline's place; 'Ashbury's engineering school' is the university's": (
        "heldout-r29/unseen-campus-surveillance-vote-2024-11-18",
        "FILTER NOT EXISTS { id:merritt a tw:Company } FILTER NOT EXISTS { id:ashbury ?p ?o }",
    ),
    "round 29: 'The AP reported that ...'; 'An Arkansas prosecutor told the AP \"...\"'": (
        "heldout-r29/unseen-fog-data-science-police-2022-09-02",
        """[] a tw:Claim ; tw:attributedTo id:associated-press .
        FILTER NOT EXISTS { [] tw:speaker id:davin-hall ; tw:text ?t . FILTER(CONTAINS(?t, "cult")) }""",
    ),
    "round 29: '..., the EFF said' after the words said": (
        "heldout-r29/unseen-fog-data-science-police-2022-09-02",
        """[] tw:attributedTo id:electronic-frontier-foundation ; tw:text ?t .
        FILTER(CONTAINS(?t, "Chino Police Department used the tool"))""",
    ),
    "round 28: 'On Feb. 25, X wrote on Twitter that ...'": (
        "heldout-r28/unseen-robot-dog-2021-04-29",
        "[] a tw:Announcement ; tw:agent id:alexandria-ocasio-cortez ; tw:via id:twitter .",
    ),
    "round 28: 'a petition went up ... asking' and '200 people had signed it'": (
        "heldout-r28/unseen-conference-sponsor-2019-08-30",
        """[] a tw:Petition ; tw:demand "cut ties with Palantir" ; tw:agent [ tw:memberCount 200 ] .""",
    ),
    "round 28: 'On Tuesday, Jan. 14', 'In a LinkedIn post', 'a company that X and Y founded'": (
        "heldout-r28/unseen-organizer-profile-2025-02-21",
        """[] a tw:Walkout ; tw:date "2025-01-14"^^xsd:date .
        [] a tw:Announcement ; tw:via id:linkedin .
        [] tw:holder id:dana-holloway ; tw:role tw:Founder ; tw:positionIn id:corbel-ai .
        id:lauren-petty a tw:Person .""",
    ),
    "round 28: 'The lawsuit was filed by X'; 'The suit names A and B as defendants'; a circuit court": (
        "heldout-r28/unseen-court-ruling-2025-05-16",
        """[] a tw:LegalCase ; tw:plaintiff id:desert-rights-project ;
              tw:defendant id:quillon-data , id:arizona-office-of-border-security .
        id:us-court-of-appeals-for-the-ninth-circuit a tw:Court .""",
    ),
    "round 27: a petition 'from' a coalition 'that gathered about 2,100 signatures'; a city": (
        "heldout-r27/unseen-plate-reader-correction-2024-11-14",
        """[] a tw:Petition ; tw:actor id:wrenfield-privacy-coalition ; tw:agent [ tw:memberCount 2100 ] .
        FILTER NOT EXISTS { id:wrenfield a tw:Company }""",
    ),
    "round 31: 'The report, published by The Intercept, said ...'; 'Twitter said ...'": (
        "heldout-r31/unseen-dataminr-protests-2020-07-13",
        """[] a tw:Claim ; tw:attributedTo id:the-intercept .
        [] a tw:Statement ; tw:agent id:twitter .
        FILTER NOT EXISTS { ?s tw:agent id:the-intercept ; tw:reportedBy id:the-intercept }""",
    ),
    "round 30: 'Conor Bean, a graduate student'; a name cut where ICE's starts": (
        "heldout-r30/unseen-hopkins-ice-contract-2019-09-20",
        """id:conor-bean a tw:Person .
        FILTER NOT EXISTS { id:special-response-teams-of-us-immigration ?p ?o }""",
    ),
    "round 30: 'told the board' after the county's Board of Commissioners": (
        "heldout-r30/unseen-county-face-recognition-vote-2024-10-16",
        """[] a tw:Statement ; tw:addressedTo id:kettle-river-county-board-of-commissioners .
        [] a tw:Petition ; tw:addressedTo id:kettle-river-county-board-of-commissioners .""",
    ),
    "round 30: 'Parapet Cloud, its workers and ...' is no person; no one-party contract": (
        "heldout-r30/unseen-parapet-cloud-explainer-2024-05-15",
        """id:parapet-cloud a tw:Company . FILTER NOT EXISTS { id:parapet-cloud a tw:Person }
        FILTER NOT EXISTS { ?c tw:contractor ?x ; tw:client ?x }""",
    ),
    "round 31: 'One of the signers, senior engineer Priscila Ortega, resigned'; 'The messages show'": (
        "heldout-r31/unseen-streetlight-records-2022-11-16",
        """[] a tw:Resignation ; tw:agent id:priscila-ortega .
        FILTER NOT EXISTS { [] a tw:Claim ; tw:text ?t . FILTER(STRSTARTS(?t, ",")) }""",
    ),
    "round 29: 'have taken NSO Group to court'; a complaint filed in a court names the defendants": (
        "heldout-r29/unseen-whatsapp-nso-lawsuit-2019-10-31",
        """[] a tw:LegalCase ; tw:plaintiff id:whatsapp ; tw:defendant id:nso-group-technologies .""",
    ),
    "round 31: a law ('the Biometric Information Privacy Act') is no company": (
        "heldout-r31/unseen-clearview-ice-2020-08-18",
        "FILTER NOT EXISTS { id:biometric-information-privacy-act ?p ?o }",
    ),
    "round 33: 'Bloomberg said' after Mayor Michael Bloomberg; a surveillance network; the NYPD": (
        "heldout-r33/unseen-ibm-nypd-video-2018-09-07",
        """id:domain-awareness-system a tw:Product . id:new-york-police-department a tw:GovernmentAgency .
        FILTER NOT EXISTS { [] tw:attributedTo id:bloomberg-news }
        FILTER NOT EXISTS { id:nypd ?p ?o }""",
    ),
    "round 33: 'Shareholders of Corrigan Ridge Software'; the U.S. Marshals Service": (
        "heldout-r33/unseen-shareholder-vote-2025-06-13",
        """id:us-marshals-service a tw:GovernmentAgency .
        FILTER NOT EXISTS { id:shareholders-of-corrigan-ridge-software ?p ?o }""",
    ),
    "round 32: 'The council voted ..., approving a contract with DataWorks Plus'": (
        "heldout-r32/unseen-detroit-face-contract-2020-10-01",
        "[] a tw:Contract ; tw:contractor id:dataworks-plus ; tw:client id:detroit-city-council .",
    ),
    "round 33: 'the Petah Tikva company' names the company by its home": (
        "heldout-r33/unseen-signal-cellebrite-2021-04-23",
        """FILTER NOT EXISTS { id:petah-tikva a tw:Company }
        FILTER NOT EXISTS { [] tw:positionIn id:petah-tikva }""",
    ),
    "round 28: 'signed a petition to X. It asked Corbel to cancel ...'": (
        "heldout-r28/unseen-organizer-profile-2025-02-21",
        """[] a tw:Petition ; tw:demand "cancel the Air Force contract" .""",
    ),
    "round 35: 'prompted Representative Adam Schiff ... to write to the DEA administrator, Anne Milgram'": (
        "heldout-r35/unseen-paragon-ice-review-2024-10-16",
        """[] a tw:Letter ; tw:agent id:adam-schiff ; tw:addressedTo id:anne-milgram ;
            tw:demand "details of how the agency used the spyware" .""",
    ),
    "round 35: 'ICE has put a $2 million contract with ... Paragon Solutions on hold'; an agency's order": (
        "heldout-r35/unseen-paragon-ice-review-2024-10-16",
        """[] a tw:Contract ; tw:contractor id:paragon-solutions ;
            tw:client id:us-immigration-and-customs-enforcement ; tw:startDate "2024-09-27"^^xsd:date .
        FILTER NOT EXISTS { [] a tw:CourtOrder }""",
    ),
    "round 35: 'Mayor Renata Solis' unlabelled; the dateline's 'CALDER FALLS'; 'the City Council'": (
        "heldout-r35/unseen-drone-press-conference-2025-05-15",
        """id:renata-solis a tw:Person . FILTER NOT EXISTS { id:calder-falls a tw:Person }
        id:calder-falls-city-council a tw:GovernmentOrganization .
        id:the-calder-falls-ledger a tw:NewsOrganization .
        FILTER NOT EXISTS { id:solis ?p ?o } FILTER NOT EXISTS { id:city-council ?p ?o }""",
    ),
    "round 36: OpenAI's partnership with Anduril is an agreement of two parties; NASA, an agency": (
        "heldout-r36/unseen-openai-pentagon-2025-06-18",
        """[] a tw:Agreement ; tw:party id:openai , id:anduril-industries .
        id:nasa a tw:GovernmentAgency . id:national-institutes-of-health a tw:GovernmentAgency .
        FILTER NOT EXISTS { [] a tw:Contract ; tw:client id:anduril-industries }""",
    ),
    "round 36: 'has chosen Scale AI to lead Thunderforge'; 'Steve McKinney, a former contractor'": (
        "heldout-r36/unseen-thunderforge-2025-03-07",
        """[] a tw:Contract ; tw:contractor id:scale-ai ; tw:client id:defense-innovation-unit ;
            tw:concerns id:thunderforge .
        [] a tw:Contract ; tw:contractor id:scale-ai ;
            tw:client id:chief-digital-and-artificial-intelligence-office ;
            tw:purpose "develop ways to test and evaluate large language models for military use" ;
            tw:startDate "2024-02"^^xsd:gYearMonth .
        [] a tw:LegalCase ; tw:plaintiff id:steve-mckinney ; tw:defendant id:scale-ai .
        id:steve-mckinney a tw:Person .""",
    ),
    "round 37: a body's name cut at its 'and'; 'the city's Sustainability Department'; a home": (
        "heldout-r37/unseen-smart-streetlights-2020-09-11",
        """id:public-safety-and-livable-neighborhoods-committee a tw:GovernmentOrganization .
        id:san-diego-sustainability-department a tw:GovernmentAgency .
        FILTER NOT EXISTS { id:fort-lauderdale a tw:Company }
        FILTER NOT EXISTS { id:public-safety ?p ?o }""",
    ),
    "round 37: 'the Israeli military and government' are the gazetteer's": (
        "heldout-r37/unseen-azure-petition-2024-05-24",
        """[] a tw:Contract ; tw:client id:government-of-israel .
        FILTER NOT EXISTS { id:israeli-government ?p ?o }""",
    ),
    "round 36: a letter's demands as a numbered list; 'in an email from chief operating officer X'": (
        "heldout-r36/unseen-numbered-demands-2025-05-22",
        """?letter a tw:Petition ;
            tw:demand "Publish, every quarter, a list of the government agencies that use Parlance products" ,
                "Take no action against any employee for signing or organizing this letter" .
        [] a tw:Memo ; tw:agent id:grant-whitcombe .
        FILTER NOT EXISTS { [] a tw:ContractNonRenewal }""",
    ),
    "round 34: 'Quillon won the $27 million contract from the agency in January'; data annotators": (
        "heldout-r34/unseen-contractor-petition-2025-04-16",
        """[] a tw:Contract ; tw:contractor id:quillon-vision ;
            tw:client id:federal-border-monitoring-agency ; tw:startDate "2025-01"^^xsd:gYearMonth .
        [] a tw:Petition ; tw:agent [ tw:memberCount 230 ; tw:countQualifier tw:MoreThan ] .""",
    ),
    "round 34: 'The department also has ... cameras ..., supplied under a separate contract with Axon'": (
        "heldout-r34/unseen-austin-plate-readers-2025-06-05",
        """[] a tw:Contract ; tw:contractor id:axon ; tw:client id:austin-police-department .
        FILTER NOT EXISTS { [] a tw:Contract ; tw:client id:axon }""",
    ),
    "round 34: 'Baltimore's Board of Estimates'; 'the Aerial Investigation Research program'": (
        "heldout-r34/unseen-baltimore-spy-plane-ruling-2021-06-25",
        """id:baltimore-board-of-estimates a tw:GovernmentOrganization .
        id:aerial-investigation-research a tw:Program .""",
    ),
    "round 35: 'signed the ... contract with the Sacramento company in 2021': the company's": (
        "heldout-r35/unseen-gunshot-three-cities-2024-11-22",
        """[] a tw:Contract ; tw:contractor id:corvane-acoustics ; tw:startDate "2021"^^xsd:gYear .
        FILTER NOT EXISTS { [] tw:contractor id:sacramento }""",
    ),
    "round 37: 'it hired Tidewater, under a subcontract, to build'; 'licenses the engine ... from'": (
        "heldout-r37/unseen-subcontract-letter-2025-11-20",
        """[] a tw:Contract ; tw:contractor id:tidewater-labs ;
            tw:client id:ardent-federal-systems ; tw:startDate "2025-05"^^xsd:gYearMonth .
        [] a tw:Contract ; tw:contractor id:keel-biometrics ; tw:client id:tidewater-labs ;
            tw:contractValue [ tw:amountValue ?v ] . FILTER(?v = 400000)""",
    ),
    "round 36: 'The walkout followed on April 9, 2024'; 'when The Austin Ledger reported on it'": (
        "heldout-r36/unseen-anniversary-2025-04-10",
        """[] a tw:Walkout ; tw:date "2024-04-09"^^xsd:date . id:the-austin-ledger a tw:NewsOrganization .""",
    ),
    "round 29: 'the student newspaper, The Ashbury Ledger, reported that ...'": (
        "heldout-r29/unseen-campus-surveillance-vote-2024-11-18",
        """[] a tw:Statement ; tw:agent id:the-ashbury-ledger .
        id:the-ashbury-ledger a tw:NewsOrganization .""",
    ),
    "round 34: 'The council defended the contract in a statement ... It said all data would be held'": (
        "heldout-r34/unseen-council-data-resignations-2025-11-14",
        """[] a tw:Claim ; tw:attributedTo id:ashcombe-borough-council ; tw:text ?text .
        FILTER(STRSTARTS(?text, "all data would be held on servers in the UK"))""",
    ),
    "round 35: 'Last month, ... In an all-staff email sent a week later': no day to count from": (
        "heldout-r35/unseen-gunshot-three-cities-2024-11-22",
        """FILTER NOT EXISTS { [] tw:date "2024-11-28"^^xsd:date }""",
    ),
    "round 37: 'a line the company would never cross': a relative clause's rest is no claim": (
        "heldout-r37/unseen-board-resignation-2025-11-24",
        """FILTER NOT EXISTS { [] tw:text "the company would never cross" }
        FILTER NOT EXISTS { [] tw:text "it has kept" }""",
    ),
    "round 36: 'Anduril Industries, the defense contractor co-founded by Palmer Luckey'": (
        "heldout-r36/unseen-openai-pentagon-2025-06-18",
        """[] a tw:Position ; tw:holder id:palmer-luckey ; tw:positionIn id:anduril-industries ;
            tw:role tw:Founder .""",
    ),
    "round 30: 'the House Committee on Oversight and Reform ... wrote to it asking it to disclose'": (
        "heldout-r30/unseen-venntel-location-data-2020-12-03",
        """[] a tw:Letter ; tw:agent id:house-committee-on-oversight-and-reform ;
            tw:addressedTo id:venntel .""",
    ),
    "round 35: 'Adam Schiff of California, then chairman of the House Intelligence Committee'": (
        "heldout-r35/unseen-paragon-ice-review-2024-10-16",
        """[] a tw:Position ; tw:holder id:adam-schiff ; tw:positionIn id:house-intelligence-committee .""",
    ),
    "round 30: 'Sheriff Dwayne Holcomb told the board that ...' in a story opening on the vote's day": (
        "heldout-r30/unseen-county-face-recognition-vote-2024-10-16",
        """[] a tw:Statement ; tw:agent id:dwayne-holcomb ; tw:date "2024-10-15"^^xsd:date .""",
    ),
    "round 37: demands listed with semicolons ('to disclose ...; to publicly call for ...; and to')": (
        "heldout-r37/unseen-azure-petition-2024-05-24",
        """[] a tw:Petition ; tw:demand "publicly call for a ceasefire in Gaza" .""",
    ),
    "round 37: 'Quillon maintains that ...' says something, as 'denied that', 'conceded that' do": (
        "heldout-r37/unseen-board-resignation-2025-11-24",
        """[] a tw:Claim ; tw:attributedTo id:quillon-analytics ;
            tw:text "appearance search is not facial recognition" .""",
    ),
    "round 30: 'The center notified ICE ..., Hoppe said, and is negotiating ...': two claims": (
        "heldout-r30/unseen-hopkins-ice-contract-2019-09-20",
        """[] a tw:Claim ; tw:attributedTo id:kim-hoppe ;
            tw:text "The center notified ICE several weeks ago" .
        [] a tw:Claim ; tw:attributedTo id:kim-hoppe ; tw:text ?rest .
        FILTER(STRSTARTS(?rest, "is negotiating"))""",
    ),
    "round 38: 'Facebook, which owns Instagram, said in a statement that X'; 'and that Y' after it": (
        "heldout-r38/unseen-geofeedia-data-cutoff-2016-10-13",
        """[] a tw:Statement ; tw:agent id:facebook .
        [] a tw:Claim ; tw:attributedTo id:phil-harris ;
            tw:text "it would keep strengthening those protections" .""",
    ),
    "round 29: Facebook, a name the model misses, is in the gazetteer (a plaintiff here)": (
        "heldout-r29/unseen-whatsapp-nso-lawsuit-2019-10-31",
        """[] tw:plaintiff id:facebook .""",
    ),
    "round 39: 'The ACLU of Northern California, which sent council members a letter urging them to'": (
        "heldout-r39/unseen-oakland-domain-awareness-2014-03-06",
        """[] a tw:Letter ; tw:agent id:american-civil-liberties-union-of-northern-california ;
            tw:date "2014-03-03"^^xsd:date ; tw:demand ?demand .
        FILTER(STRSTARTS(?demand, "halt any expansion beyond the port"))""",
    ),
    "round 39: 'Linda Lye, a staff attorney at the group, said': she speaks for the group": (
        "heldout-r39/unseen-oakland-domain-awareness-2014-03-06",
        """[] a tw:Statement ; tw:agent id:linda-lye ;
            tw:onBehalfOf id:american-civil-liberties-union-of-northern-california .""",
    ),
    "round 39: 'The Department of Homeland Security ... also did not respond' after a request": (
        "heldout-r39/unseen-oakland-domain-awareness-2014-03-06",
        """[] a tw:RequestForComment ; tw:addressedTo id:us-department-of-homeland-security .""",
    ),
    "round 38: 'The ACLU' of a story about the ACLU of Northern California is that chapter": (
        "heldout-r38/unseen-geofeedia-data-cutoff-2016-10-13",
        """id:american-civil-liberties-union-of-northern-california a tw:NonProfit .
        FILTER NOT EXISTS { id:american-civil-liberties-union ?p ?o }""",
    ),
    "round 40: 'Caleb Winslow, a former data analyst at Mesquite' speaks for no one": (
        "heldout-r40/unseen-surveillance-hearing-2025-02-21",
        """[] a tw:Statement ; tw:agent id:caleb-winslow .
        FILTER NOT EXISTS { [] tw:agent id:caleb-winslow ; tw:onBehalfOf ?org }""",
    ),
    "round 40: 'Interior' after 'the U.S. Department of the Interior' is that department": (
        "heldout-r40/unseen-interior-drones-2020-01-31",
        """id:us-department-of-the-interior a tw:GovernmentAgency .
        FILTER NOT EXISTS { id:interior ?p ?o }""",
    ),
    "round 41: 'a coalition of more than 85 ... groups, led by the ACLU, sent letters to X, Y and Z'": (
        "heldout-r41/unseen-face-recognition-refusal-2019-04-17",
        """[] a tw:Letter ; tw:agent ?coalition , id:american-civil-liberties-union ;
            tw:addressedTo id:microsoft , id:amazon , id:google ;
            tw:demand "refuse to sell face surveillance technology to governments" .
        ?coalition a tw:OrganizationGroup ; tw:memberCount 85 ; tw:countQualifier tw:MoreThan ;
            tw:hasMember id:american-civil-liberties-union .""",
    ),
    "round 41: 'the Brookings Institution' a non-profit; 'declined to identify it' a request for comment": (
        "heldout-r41/unseen-face-recognition-refusal-2019-04-17",
        """id:brookings-institution a tw:NonProfit .
        [] a tw:RequestForComment ; tw:addressedTo id:microsoft ; tw:date "2019-04-17"^^xsd:date .""",
    ),
    "round 40: 'a group of mathematicians sent a letter ... calling on ...' is their petition": (
        "heldout-r40/unseen-predictive-policing-ban-2020-06-25",
        """[] a tw:Petition ; tw:agent [ a tw:PersonGroup ] ; tw:date "2020-06-15"^^xsd:date ;
            tw:demand "stop working with police departments" .""",
    ),
    "round 41: 'A spokesperson for the Ashgrove County Sheriff's Office said X and that Y': the office's": (
        "heldout-r41/unseen-erg-discipline-2024-04-10",
        """[] a tw:Statement ; tw:agent id:ashgrove-county-sheriffs-office .
        [] a tw:Claim ; tw:attributedTo id:ashgrove-county-sheriffs-office ;
            tw:text "the office follows state law on recorded calls" .
        FILTER NOT EXISTS { [] tw:agent id:ashgrove-county-sheriffs-office ;
            tw:onBehalfOf id:ashgrove-county-sheriffs-office }""",
    ),
    "round 41: 'seen by Test Wire, Quillon's vice president of people, Dana Pruitt, wrote that'": (
        "heldout-r41/unseen-erg-discipline-2024-04-10",
        """[] a tw:Position ; tw:holder id:dana-pruitt ; tw:role tw:VicePresident ;
            tw:positionIn id:quillon-systems .
        [] a tw:Claim ; tw:attributedTo id:dana-pruitt ;
            tw:text "the company was reviewing whether further action was warranted" .
        FILTER NOT EXISTS { id:test-wire a tw:Person }""",
    ),
    "round 41: 'asking Whitcomb to reinstate the co-chairs, withdraw the warnings and restore ...'": (
        "heldout-r41/unseen-erg-discipline-2024-04-10",
        """[] a tw:Petition ; tw:demand "withdraw the warnings" , "restore the group's budget" .""",
    ),
    "round 40: 'She spoke with Test Wire on Wednesday': the answers are hers, not the CEO's": (
        "heldout-r40/unseen-sheriff-petition-qa-2024-10-17",
        """[] a tw:Statement ; tw:agent id:keziah-morland ; tw:addressedTo id:test-wire .
        FILTER NOT EXISTS { [] tw:speaker id:warren-holt ; tw:text ?t .
            FILTER(STRSTARTS(?t, "Three things")) }""",
    ),
    "round 39: 'Brindle' is the company until Harold Brindle is named; 'Brindle's RouteKeeper software'": (
        "heldout-r39/unseen-brindle-ice-protest-live-2025-11-13",
        """id:routekeeper a tw:Product .
        FILTER NOT EXISTS { [] tw:attributedTo id:harold-brindle ; tw:text "That is the work" }""",
    ),
    "round 38: 'Cook sent an email to Apple employees saying ...': his memo and its claim": (
        "heldout-r38/unseen-apple-fbi-iphone-2016-03-29",
        """[] a tw:Memo ; tw:agent id:tim-cook ; tw:date "2016-02-22"^^xsd:date .
        [] a tw:Claim ; tw:attributedTo id:tim-cook ; tw:text ?claim .
        FILTER(STRSTARTS(?claim, "the case was about far more than a single phone"))""",
    ),
    "round 38: 'he said the company would fight the order, arguing that ...': two claims of his": (
        "heldout-r38/unseen-apple-fbi-iphone-2016-03-29",
        """[] a tw:Claim ; tw:attributedTo id:tim-cook ; tw:text "the company would fight the order" .
        [] a tw:Claim ; tw:attributedTo id:tim-cook ; tw:text ?argued .
        FILTER(STRSTARTS(?argued, "the software the government wanted amounted to a back door"))""",
    ),
    "round 38: 'argued in an essay posted on Feb. 21'; 'filed a joint brief urging the court to ...'": (
        "heldout-r38/unseen-apple-fbi-iphone-2016-03-29",
        """[] a tw:Statement ; tw:agent id:james-comey ; tw:date "2016-02-21"^^xsd:date .
        [] a tw:Statement ; tw:agent id:microsoft ; tw:demand "side with Apple" .""",
    ),
    "round 39: 'In a brief note posted on the service's home page, he wrote': an announcement": (
        "heldout-r39/unseen-lavabit-shutdown-2013-10-03",
        """[] a tw:Announcement ; tw:agent id:ladar-levison ; tw:date "2013-08-08"^^xsd:date .""",
    ),
    "round 41: 'HHS awarded Palantir two contracts worth a combined $24.9 million in April'": (
        "heldout-r41/unseen-hhs-protect-letters-2020-07-02",
        """[] a tw:Contract ; tw:contractor id:palantir ;
            tw:client id:us-department-of-health-and-human-services ;
            tw:startDate "2020-04"^^xsd:gYearMonth ; tw:contractValue [ tw:amountValue ?value ] .
        id:congressional-hispanic-caucus a tw:GovernmentOrganization . FILTER(?value = 24900000)""",
    ),
    "round 40: 'Mesquite, he said, never shares ...'; 'told the committee he had quit ...'": (
        "heldout-r40/unseen-surveillance-hearing-2025-02-21",
        """[] a tw:Claim ; tw:attributedTo id:trent-albers ;
            tw:text "Mesquite never shares data with any agency unless its customer tells it to" .
        [] a tw:Claim ; tw:attributedTo id:caleb-winslow ; tw:text ?quit .
        FILTER(STRSTARTS(?quit, "he had quit in December"))""",
    ),
    "round 41: 'added to the pressure with a pledge of €250,000 to Border Rights Legal Aid'": (
        "heldout-r41/unseen-works-council-border-2025-11-20",
        """[] a tw:DonationPledge ; tw:agent id:dieter-hallmann ; tw:beneficiary id:border-rights-legal-aid ;
            tw:amount [ tw:amountValue ?value ; tw:currency "EUR" ] . FILTER(?value = 250000)
        id:border-rights-legal-aid a tw:NonProfit . id:european-union a tw:GovernmentOrganization .""",
    ),
    "round 39: 'Northbridge Students for Demilitarized Research' one group; the university's contract": (
        "heldout-r39/unseen-northbridge-lab-letters-2024-10-17",
        """id:northbridge-students-for-demilitarized-research a tw:PersonGroup .
        [] a tw:Contract ; tw:contractor id:northbridge-university ;
            tw:client id:defense-frontier-research-agency .
        FILTER NOT EXISTS { id:northbridge-students ?p ?o }""",
    ),
    "round 38: 'Penrose spokeswoman Lydia Farrow said', a name the model called an organization": (
        "heldout-r38/unseen-labor-board-charge-2025-11-20",
        """id:lydia-farrow a tw:Person . [] a tw:Statement ; tw:agent id:lydia-farrow .""",
    ),
    "round 38: 'the Alder Falls City Council' is no part of a company the parse made of 'Alder Falls'": (
        "heldout-r38/unseen-labor-board-charge-2025-11-20",
        """id:alder-falls-city-council a tw:GovernmentOrganization .
        FILTER NOT EXISTS { ?body tw:componentOf id:alder-falls }""",
    ),
    "round 42: 'published a new version under the plain MIT license' is no contract": (
        "heldout-r42/unseen-lerna-license-2018-08-31",
        """id:jamie-kyle a tw:Person . FILTER NOT EXISTS { ?deal a tw:Contract }""",
    ),
    "round 42: 'In a note posted to the project's GitHub page, Stockman wrote': an announcement": (
        "heldout-r42/unseen-lerna-license-2018-08-31",
        """[] a tw:Announcement ; tw:agent id:daniel-stockman .""",
    ),
    "round 42: 'The Government Accountability Office said ...': the GAO's statement": (
        "heldout-r42/unseen-bid-protest-2025-04-16",
        """[] a tw:Claim ; tw:attributedTo id:us-government-accountability-office ; tw:text ?filed .
        FILTER(STRSTARTS(?filed, "the protest had been filed"))""",
    ),
    "round 44: 'Students at Stanford, Yale, Brown, Georgia Tech and the University of California'": (
        "heldout-r44/unseen-student-pledge-2019-09-27",
        """id:stanford-university a tw:Organization .
        id:georgia-institute-of-technology a tw:Organization .""",
    ),
    "round 45: 'Quetzal Sistemas', 'the Secretaría de Gobernación', 'Quetzal's director general'": (
        "heldout-r45/unseen-quetzal-checkpoint-letter-2025-06-18",
        """id:quetzal-sistemas a tw:Company . id:secretaria-de-gobernacion a tw:GovernmentAgency .
        [] a tw:Position ; tw:holder id:rodrigo-echeverria-salas ; tw:role tw:ChiefExecutiveOfficer .""",
    ),
    "round 45: 'The Information Commissioner's Office'; 'the Hermes Center for Transparency and ...'": (
        "heldout-r45/unseen-clearview-ico-fine-2022-05-25",
        """id:hermes-center-for-transparency-and-digital-human-rights a tw:NonProfit .
        FILTER NOT EXISTS { id:the-information ?p ?o }""",
    ),
    "round 45: 'a report, \"Before the Bullet Hits the Body,\" which argued': a title, not a quotation": (
        "heldout-r45/unseen-lapd-laser-2019-04-12",
        """[] a tw:Quotation ; tw:speaker id:mark-smith .
        FILTER NOT EXISTS { [] tw:text "Before the Bullet Hits the Body" }""",
    ),
    "round 44: 'Pinnacle Workforce Solutions, a Houston staffing agency'; 'Inside Quillon, they ...'": (
        "heldout-r44/unseen-contractor-strike-2024-10-16",
        """id:pinnacle-workforce-solutions a tw:Company . FILTER NOT EXISTS { id:inside-quillon ?p ?o }""",
    ),
    "round 42: 'announced the decision in a post on Medium'; 'committed $50 million to planning'": (
        "heldout-r42/unseen-sidewalk-quayside-2020-05-08",
        """[] a tw:Announcement ; tw:agent id:daniel-doctoroff ; tw:via id:medium .
        FILTER NOT EXISTS { [] a tw:Donation }""",
    ),
    "round 43: 'the investor Peter Thiel, who is also its chairman'": (
        "heldout-r43/unseen-palantir-army-dcgs-2016-11-01",
        """[] a tw:Position ; tw:holder id:peter-thiel ; tw:role tw:Chair ; tw:positionIn id:palantir .""",
    ),
    "round 44: 'more than 1,100 of them signed'; 'to supply towers to the Border Integrity Service'": (
        "heldout-r44/unseen-earnings-call-2025-08-01",
        """[] a tw:Petition ; tw:agent [ tw:memberCount ?n ; tw:membersWorkFor id:lodestar-sensing ] .
        [] a tw:Contract ; tw:client id:border-integrity-service ; tw:purpose ?purpose .
        FILTER(?n = 1100 && !CONTAINS(?purpose, "Thursday"))""",
    ),
    "round 42: 'The agency's director, Veronica Tafoya, said' (the model: an organization)": (
        "heldout-r42/unseen-whistleblower-ig-2024-10-25",
        """id:veronica-tafoya a tw:Person .""",
    ),
    "round 19: 'the company's president, Brad Smith', then 'Smith, who is ... vice chair and president'": (
        "heldout-r19/unseen-unit-cutoff-2025-09-26",
        """?post a tw:Position ; tw:holder id:brad-smith ; tw:role tw:President .
        FILTER NOT EXISTS { ?other tw:holder id:brad-smith . FILTER(?other != ?post) }""",
    ),
    "round 44: 'delivered a letter signed by more than 8,700 employees to chief executive Jeff Bezos'": (
        "heldout-r44/unseen-labor-board-firings-2021-04-06",
        """[] a tw:Petition ; tw:addressedTo id:jeff-bezos ; tw:agent [ tw:memberCount ?n ] .
        FILTER(?n = 8700)""",
    ),
    "round 43: 'the Citizen Lab' (the University of Toronto's); 'its Entity List' is no actor": (
        "heldout-r43/unseen-apple-nso-lawsuit-2021-11-24",
        """id:citizen-lab a tw:Organization . FILTER NOT EXISTS { id:entity-list ?p ?o }""",
    ),
    "round 43: 'voted 6 to 3 late Tuesday'; 'told the council that he had quit ... in April'": (
        "heldout-r43/unseen-drone-contract-council-vote-2025-06-11",
        """[] a tw:Statement ; tw:agent id:dmitri-holloway ; tw:date "2025-06-10"^^xsd:date .
        id:greater-hope-baptist-church a tw:Organization .""",
    ),
    "round 45: 'the Agencia Federal de Identidad y Movilidad'; 'Valeria Montes Ibarra', 'Montes Ibarra'": (
        "heldout-r45/unseen-quetzal-checkpoint-letter-2025-06-18",
        """id:agencia-federal-de-identidad-y-movilidad a tw:GovernmentAgency .
        id:fundacion-quetzal a tw:NonProfit . id:colectivo-frontera-sur a tw:NonProfit .
        [] a tw:Quotation ; tw:speaker id:valeria-montes-ibarra .
        FILTER NOT EXISTS { id:montes-ibarra ?p ?o }""",
    ),
    "round 39 (guard): 'Provost Adaeze Nwosu' is Adaeze Nwosu, a title is no first name": (
        "heldout-r39/unseen-northbridge-lab-letters-2024-10-17",
        """id:adaeze-nwosu a tw:Person . FILTER NOT EXISTS { id:provost-adaeze-nwosu ?p ?o }""",
    ),
    "round 34: 'the leader of the council, Councillor Judith Okoro'": (
        "heldout-r34/unseen-council-data-resignations-2025-11-14",
        """id:judith-okoro a tw:Person . FILTER NOT EXISTS { id:councillor-judith-okoro ?p ?o }""",
    ),
    "round 48: 'Zoom', in the title before 'Zoom Video Communications' in the body, is that company": (
        "heldout-r48/unseen-zoom-tiananmen-2020-12-19",
        """[] a tw:Announcement ; tw:agent id:zoom-video-communications .
        FILTER NOT EXISTS { id:zoom ?p ?o }""",
    ),
    "round 48: 'The Times said' after The New York Times; 'the Office of the Director of National ...'": (
        "heldout-r48/unseen-yahoo-email-scan-2016-10-06",
        """[] a tw:Statement ; tw:agent id:the-new-york-times .
        [] a tw:RequestForComment ; tw:addressedTo id:office-of-the-director-of-national-intelligence .
        FILTER NOT EXISTS { id:times ?p ?o }""",
    ),
    "round 48: 'Analysts said ...' are no employees of the company just named": (
        "heldout-r48/unseen-yahoo-email-scan-2016-10-06",
        """id:yahoo a tw:Company .
        FILTER NOT EXISTS { ?group tw:membersWorkFor id:verizon-communications }""",
    ),
    "round 49: 'at the forum in Davos, Switzerland, Anna Makanju, ..., said'; 'said at the time that'": (
        "heldout-r49/unseen-openai-pentagon-prototype-2025-06-18",
        """[] a tw:Claim ; tw:attributedTo id:anna-makanju ; tw:text ?makanju .
        [] a tw:Claim ; tw:attributedTo id:niko-felix ; tw:text ?felix .
        FILTER(STRSTARTS(?makanju, "the company was working with the Pentagon on open-source"))
        FILTER(STRSTARTS(?felix, "the company wanted a set of universal principles that were easy"))""",
    ),
    "round 49: 'about 30 protesters gathered outside OpenAI's headquarters in San Francisco'": (
        "heldout-r49/unseen-openai-pentagon-prototype-2025-06-18",
        """[] a tw:Event ; tw:agent [ a tw:PersonGroup ; tw:memberCount 30 ] ;
            tw:date "2024-02-12"^^xsd:date ; tw:location id:san-francisco .""",
    ),
    "round 11: 'Dozens of protesters gathered'; 'The demonstration was organized by Mijente'": (
        "heldout-r11/unseen-palantir-protest-2019-08-23",
        """[] a tw:Event ; tw:agent id:mijente ; tw:date "2019-08-22"^^xsd:date ;
            tw:demand "cancel all of its contracts with ICE" .""",
    ),
    "round 31 (guard): 'alerts describing where marchers were gathering' is no protest": (
        "heldout-r31/unseen-dataminr-protests-2020-07-13",
        """id:dataminr a tw:Company . FILTER NOT EXISTS { [] a tw:Event ; tw:agent [ a tw:PersonGroup ] }""",
    ),
    "round 49: 'Council Members Zo Qadri and Vanessa Fuentes'": (
        "heldout-r49/unseen-austin-flock-readers-2025-06-05",
        """id:zo-qadri a tw:Person . FILTER NOT EXISTS { id:council-members-zo ?p ?o }""",
    ),
    "round 46: 'Pinpath Locate, a web portal sold by Pinpath Analytics'; 'Pinpath' is the company": (
        "heldout-r46/unseen-location-data-records-2024-10-16",
        """id:pinpath-locate a tw:Product . FILTER NOT EXISTS { id:pinpath ?p ?o }""",
    ),
    "round 49: 'The Bay Area Tech Workers Fund' whole; 'after they helped organize a sit-in'": (
        "heldout-r49/unseen-retaliation-lawsuit-2025-11-12",
        """[] a tw:DonationPledge ; tw:agent id:bay-area-tech-workers-fund .
        [] a tw:WorkerAction ; tw:agent [ a tw:PersonGroup ; tw:memberCount 4 ] .""",
    ),
    "round 49: 'the Marshals contract' after the U.S. Marshals Service; 'Celeste's' after Celeste Ibarra": (
        "heldout-r49/unseen-organizer-profile-2025-03-14",
        """[] a tw:RequestForComment ; tw:addressedTo id:us-marshals-service .
        FILTER NOT EXISTS { id:marshals ?p ?o } FILTER NOT EXISTS { id:celeste ?p ?o }""",
    ),
    "round 46: 'its contract with the Pennsylvania custody office'; 'Quillon Workers United' a union": (
        "heldout-r46/unseen-union-ratification-2025-05-16",
        """id:quillon-workers-united a tw:NonProfit .
        FILTER NOT EXISTS { ?contract tw:client id:pennsylvania }""",
    ),
    "round 48: 'Harrow Signal workers' in the title, 'Harrow Signal, an Austin company' in the body": (
        "heldout-r48/unseen-jail-calls-2024-11-20",
        """id:harrow-signal a tw:Company .""",
    ),
    "round 46: 'Lyft told the city ...', a company the model does not label (the gazetteer knows it)": (
        "heldout-r46/unseen-greyball-portland-2017-05-05",
        """[] a tw:Claim ; tw:attributedTo id:lyft ; tw:text "it had never used anything similar" .""",
    ),
    "round 46: 'In an email to Test Wire, Kaufman said': a statement, no memo to staff": (
        "heldout-r46/unseen-location-data-records-2024-10-16",
        """[] a tw:Statement ; tw:agent id:brent-kaufman .
        FILTER NOT EXISTS { [] a tw:Memo ; tw:agent id:brent-kaufman }""",
    ),
    "round 18 (guard): 'Marsh replied on Monday in a company-wide email' is a memo": (
        "heldout-r18/unseen-robot-dogs-2025-04-17",
        """[] a tw:Memo ; tw:agent id:gideon-marsh .""",
    ),
    "round 46: 'ICEBlock, Bondi said, was built to \"...\" and the department would keep working ...'": (
        "heldout-r46/unseen-iceblock-removal-2025-10-03",
        """[] a tw:Claim ; tw:attributedTo id:pam-bondi ;
            tw:text "the department would keep working to protect federal officers" .
        [] a tw:Claim ; tw:attributedTo id:todd-lyons ;
            tw:text "the app effectively painted a target on the backs of federal officers" .""",
    ),
    "round 47: public pension funds, 'Retirement System' among them, are organizations": (
        "heldout-r47/unseen-pension-funds-letter-2025-02-13",
        """id:pacific-public-employees-retirement-system a tw:Organization .
        id:sonoran-state-workers-retirement-system a tw:Organization .""",
    ),
    "round 50: 'a contract that Google and Amazon signed with the Israeli government': two contractors": (
        "heldout-r50/unseen-google-ai-principles-2025-02-07",
        """[] a tw:Contract ; tw:contractor id:google, id:amazon ; tw:client id:government-of-israel .""",
    ),
    "round 50: 'Apple and Uber', read by the model as one name, are two known companies": (
        "heldout-r50/unseen-never-again-pledge-2016-12-19",
        """[] a tw:Claim ; tw:attributedTo id:apple ; tw:text "it would oppose such an effort" .
        FILTER NOT EXISTS { id:apple-and-uber ?p ?o }""",
    ),
    "round 50: 'X and Y answered BuzzFeed News: Google said ..., Apple said ...': each its own words": (
        "heldout-r50/unseen-never-again-pledge-2016-12-19",
        """[] a tw:Claim ; tw:attributedTo id:google ; tw:text "it had not been asked and would not help" .
        FILTER NOT EXISTS { ?c tw:text ?t . FILTER(CONTAINS(?t, "also answered BuzzFeed News")) }""",
    ),
    "round 50: 'Kris Kobach, the Kansas secretary of state': a state's officer, no company": (
        "heldout-r50/unseen-never-again-pledge-2016-12-19",
        """id:kris-kobach a tw:Person . FILTER NOT EXISTS { id:kansas a tw:Company }""",
    ),
    "round 51: 'co-founder and chief executive Adrian Sollner': both posts, at the company in focus": (
        "heldout-r51/unseen-lanternfish-navy-reply-2025-08-14",
        """[] tw:holder id:adrian-sollner ; tw:role tw:Founder ; tw:positionIn id:lanternfish-ai .
        [] tw:holder id:adrian-sollner ; tw:role tw:ChiefExecutiveOfficer ;
           tw:positionIn id:lanternfish-ai .""",
    ),
    "round 51: a post 'titled \"Why we said yes ...\"' is no quotation; 'would end it if' no decision": (
        "heldout-r51/unseen-lanternfish-navy-reply-2025-08-14",
        """[] a tw:Quotation ; tw:speaker id:adrian-sollner .
        FILTER NOT EXISTS { [] tw:text "Why we said yes to the Navy" }
        FILTER NOT EXISTS { [] a tw:ContractCancellation }""",
    ),
    "round 51: 'Llama's license, with its limits on who may use the models': no contract with 'limits'": (
        "heldout-r51/unseen-meta-llama-defense-2024-11-06",
        """id:meta a tw:Company . FILTER NOT EXISTS { [] a tw:Contract ; tw:contractor id:llama }""",
    ),
    "round 52: 'Detroit agreed to pay', 'sued the city': the City of Detroit; 'a Detroit officer' no firm": (
        "heldout-r52/unseen-detroit-williams-settlement-2024-06-29",
        """id:city-of-detroit a tw:GovernmentOrganization .
        [] a tw:LegalCase ; tw:plaintiff id:robert-williams ; tw:defendant id:city-of-detroit .
        FILTER NOT EXISTS { id:detroit a tw:Company }""",
    ),
    "round 53: 'the Florida sheriff's office' after the Pasco County Sheriff's Office; 'that the checks\n"
    "deputies carried out ... went beyond ...' one claim": (
        "heldout-r53/unseen-pasco-settlement-2024-12-06",
        """[] a tw:Claim ; tw:attributedTo id:pasco-county-sheriffs-office ;
            tw:text ?t . FILTER(STRSTARTS(?t, "the checks deputies carried out at the plaintiffs' homes"))
        FILTER(CONTAINS(?t, "went beyond"))
        FILTER NOT EXISTS { id:florida-sheriffs-office ?p ?o }""",
    ),
    "round 53: 'The statement said' after a statement whose speaker is unread: not the last speaker's": (
        "heldout-r53/unseen-pasco-settlement-2024-12-06",
        """id:robert-jones a tw:Person .
        FILTER NOT EXISTS { [] tw:attributedTo id:robert-jones ; tw:text ?t .
                            FILTER(CONTAINS(?t, "written policies")) }""",
    ),
    "round 53: trade groups ('Business Alliance', 'Bankers Association') are organizations": (
        "heldout-r53/unseen-portland-face-ban-2020-09-10",
        """id:portland-business-alliance a tw:Organization . id:oregon-bankers-association a tw:Organization .
        id:security-industry-association a tw:Organization .""",
    ),
    "round 53: 'persuade commissioners and their staff to ... add exemptions': nothing said": (
        "heldout-r53/unseen-portland-face-ban-2020-09-10",
        """id:amazon a tw:Company .
        FILTER NOT EXISTS { [] a tw:Statement ; tw:agent id:amazon-web-services-employees }""",
    ),
    "round 53: 'a letter that more than 300 of Oxbow's roughly 450 employees sent to Grant'": (
        "heldout-r53/unseen-oxbow-fund-2025-12-05",
        """[] a tw:Petition ; tw:addressedTo id:hollis-grant ; tw:demand "drop the ICE contract" ;
            tw:agent [ tw:memberCount 300 ; tw:countQualifier tw:MoreThan ;
                       tw:membersWorkFor id:oxbow-routing ] .""",
    ),
    "round 53: a union the model calls a work of art gives; 'pledged to match every dollar ..., up to $X'": (
        "heldout-r53/unseen-oxbow-fund-2025-12-05",
        """[] a tw:Donation ; tw:agent id:great-lakes-tech-workers-union .
        [] a tw:MatchingPledge ; tw:agent id:harriet-lund-foundation ; tw:date "2025-11-20"^^xsd:date ;
            tw:amount [ tw:amountValue ?v ; tw:currency "USD" ] . FILTER(?v = 30000)""",
    ),
    "round 53: 'has agreed to build a tool for U.S. Customs and Border Protection': a contract": (
        "heldout-r53/unseen-keelwater-recording-2025-11-14",
        """[] a tw:Contract ; tw:contractor id:keelwater-ai ; tw:client id:us-customs-and-border-protection ;
            tw:contractValue [ tw:amountValue ?v ] ; tw:startDate "2025-08"^^xsd:gYearMonth .
        FILTER(?v = 11200000)""",
    ),
    "round 52: 'The sheriff's office hired Stonegate in June 2024 under a ... contract to ...'": (
        "heldout-r52/unseen-tinderbox-subcontract-2025-03-20",
        """?c a tw:Contract ; tw:contractor id:stonegate-federal-solutions ;
            tw:client id:bellwater-county-sheriffs-office ; tw:startDate "2024-06"^^xsd:gYearMonth .
        FILTER NOT EXISTS { ?c tw:purpose ?p . FILTER(STRSTARTS(?p, "hired")) }""",
    ),
    "round 52: '27 of its 38 employees sent a letter to X. They asked her to withdraw ...'": (
        "heldout-r52/unseen-tinderbox-subcontract-2025-03-20",
        """[] a tw:Petition ; tw:demand "withdraw the company from the subcontract" .""",
    ),
    "round 50: 'a request for comment from Test Wire': the publisher asked": (
        "heldout-r50/unseen-google-ai-principles-2025-02-07",
        """[] a tw:RequestForComment ; tw:addressedTo id:google ; tw:agent id:test-wire .""",
    ),
    "round 18: 'in a company-wide email, a copy of which was reviewed by Test Wire'": (
        "heldout-r18/unseen-robot-dogs-2025-04-17",
        """[] a tw:Memo ; tw:agent id:gideon-marsh ; tw:obtainedBy id:test-wire .""",
    ),
    "round 50: 'wrote in a commentary published on Thursday'; 'The post did not ... It argued that'": (
        "heldout-r50/unseen-google-ai-principles-2025-02-07",
        """[] a tw:Statement ; tw:agent id:anna-bacciarelli ; tw:date "2025-02-06"^^xsd:date .
        [] a tw:Claim ; tw:attributedTo id:demis-hassabis ; tw:text "the principles needed updating" ;
           tw:statedIn [ a tw:Announcement ] .""",
    ),
    "round 53: 'a letter that more than 300 of its employees sent to Grant in October': its month": (
        "heldout-r53/unseen-oxbow-fund-2025-12-05",
        """[] a tw:Petition ; tw:addressedTo id:hollis-grant ; tw:date "2025-10"^^xsd:gYearMonth .""",
    ),
    "round 13: 'two days after Whitcombe's post': her post spoken of, not a second one": (
        "heldout-r13/unseen-state-police-letter-2025-05-16",
        """?post a tw:Announcement ; tw:agent id:dana-whitcombe .
        FILTER NOT EXISTS { ?other tw:agent id:dana-whitcombe . FILTER(?other != ?post)
                            ?other a ?kind . FILTER(?kind IN (tw:Announcement, tw:Statement, tw:Memo)) }""",
    ),
    "round 53: the predicate the parse split off a that-clause is no claim of its own": (
        "heldout-r53/unseen-pasco-settlement-2024-12-06",
        """id:pasco-county-sheriffs-office a tw:GovernmentAgency .
        FILTER NOT EXISTS { [] tw:text ?t . FILTER(STRSTARTS(?t, "went beyond")) }""",
    ),
    "round 51: 'said soldiers had complained of ..., and the inspector general warned that ...'": (
        "heldout-r51/unseen-ivas-anduril-2025-04-15",
        """[] a tw:Claim ;
            tw:text "soldiers testing the devices had complained of headaches, eyestrain and nausea" .""",
    ),
    "round 17: 'asking Google to adopt a policy that it would never build ...': asked, not pledged": (
        "heldout-r17/unseen-ai-principles-2018-06-08",
        """?pledge a tw:Pledge ; tw:agent id:google .
        FILTER NOT EXISTS { ?other a tw:Pledge ; tw:agent id:google . FILTER(?other != ?pledge) }""",
    ),
    "round 47: a contract that names nothing it is for concerns its contractor's one product": (
        "heldout-r47/unseen-jail-calls-cancellation-2024-10-24",
        """?c a tw:Contract ; tw:contractor id:linqua-systems ; tw:concerns ?p .
        ?p tw:developedBy id:linqua-systems ; rdfs:label "VoiceSift" .""",
    ),
    "round 54: 'The group, made up of ..., announced the decision in a joint letter to X'": (
        "heldout-r54/unseen-usds-resignations-2025-02-26",
        """?letter a tw:Letter ; tw:agent ?group ; tw:addressedTo id:susie-wiles .
        ?group a tw:PersonGroup ; tw:memberCount 21 .""",
    ),
    "round 54: 'In the letter, the departing staff wrote that ...', then 'They said ...': its claims": (
        "heldout-r54/unseen-usds-resignations-2025-02-26",
        """?letter a tw:Letter .
        [] tw:statedIn ?letter ; tw:text ?sworn . FILTER(STRSTARTS(?sworn, "they had sworn to serve"))
        [] tw:statedIn ?letter ; tw:text ?not . FILTER(STRSTARTS(?not, "they would not use their technical"))
        [] tw:statedIn ?letter ; tw:text "We will not lend our expertise, or our names, to that work" .""",
    ),
    "round 54: 'Elon Musk's Department of ...' (an organization to the model), then 'Musk said'": (
        "heldout-r54/unseen-usds-resignations-2025-02-26",
        """id:elon-musk a tw:Person . FILTER NOT EXISTS { id:elon-musk a tw:Company }""",
    ),
    "round 54: 'warned that failing to answer would be treated as ...': 'that' parsed as the subject": (
        "heldout-r54/unseen-usds-resignations-2025-02-26",
        """[] tw:attributedTo id:elon-musk ;
            tw:text "failing to answer would be treated as a resignation" .""",
    ),
    "round 56: 'interim Superintendent Charlie Beck': the name without the title the model ran into it": (
        "heldout-r56/unseen-chicago-heat-list-2020-02-03",
        """id:charlie-beck a tw:Person . FILTER NOT EXISTS { id:superintendent-charlie-beck ?p ?o }""",
    ),
    "round 56: 'the National Institute of Justice, the research arm of the U.S. Department of Justice'": (
        "heldout-r56/unseen-chicago-heat-list-2020-02-03",
        """id:national-institute-of-justice a tw:GovernmentAgency ;
            tw:componentOf id:us-department-of-justice .""",
    ),
    "round 56: 'a letter signed by the company's general counsel, X' is X's; '\"...,\" it says' too": (
        "heldout-r56/unseen-sablecrest-whistleblower-2025-04-16",
        """?letter a tw:Letter ; tw:agent id:peter-haverford ; tw:onBehalfOf id:sablecrest-data .
        [] a tw:Quotation ; tw:speaker id:peter-haverford ; tw:statedIn ?letter ;
           tw:text ?t . FILTER(STRSTARTS(?t, "They are disaster-recovery copies"))""",
    ),
    "round 56: 'Amadi's lawyer, Celeste Navarro of the X Project, a nonprofit ...': a person": (
        "heldout-r56/unseen-sablecrest-whistleblower-2025-04-16",
        """id:celeste-navarro a tw:Person . FILTER NOT EXISTS { id:celeste-navarro a tw:NonProfit }""",
    ),
    "round 54: 'Several of Amazon's rivals say ...': Amazon, not an organization 'Several of Amazon'": (
        "heldout-r54/unseen-google-jedi-withdrawal-2018-10-11",
        """id:amazon a tw:Company . FILTER NOT EXISTS { id:several-of-amazon ?p ?o }""",
    ),
    "round 57: 'The agency had signed a new $3.4 million task order': a second contract of the pair": (
        "heldout-r57/unseen-thistledown-emails-2024-10-22",
        """?first a tw:Contract ; tw:contractor id:thistledown-software ;
                tw:contractValue [ tw:amountValue ?v1 ] . FILTER(?v1 = 12800000)
        ?order a tw:Contract ; tw:contractor id:thistledown-software ;
                tw:client id:us-citizenship-and-immigration-services ; tw:startDate "2024-09-27"^^xsd:date ;
                tw:contractValue [ tw:amountValue ?v2 ] . FILTER(?v2 = 3400000)""",
    ),
    "round 57: 'In a memo to the City Council, the city said ...': the city government, not the council": (
        "heldout-r57/unseen-orlando-rekognition-2019-07-19",
        """?memo a tw:Memo ; tw:agent id:city-of-orlando ; tw:addressedTo id:orlando-city-council .""",
    ),
    "round 55: 'My colleague Emeka Obi, who led ...' (no label from the model): a person, quoted": (
        "heldout-r55/unseen-voice-checkin-essay-2025-06-10",
        """[] a tw:Quotation ; tw:speaker id:emeka-obi ;
           tw:text "There is no signal in a shaky voice except that someone is scared" .""",
    ),
    "round 54: 'said it had no plans to end its contract': no cancellation": (
        "heldout-r54/unseen-tillbrook-letter-2025-04-16",
        """[] a tw:ContractContinuation ; tw:agent id:tillbrook-analytics .
        FILTER NOT EXISTS { [] a tw:ContractCancellation }""",
    ),
    "round 56: 'Police Commissioner William Gross told councilors': a title, no public body": (
        "heldout-r56/unseen-boston-face-surveillance-ban-2020-06-26",
        """id:william-gross a tw:Person . FILTER NOT EXISTS { id:police-commissioner ?p ?o }""",
    ),
    "round 38: 'Spokeswoman Ines Corrado said' (an organization to the model): the person, speaking": (
        "heldout-r38/unseen-updated-statement-2025-05-14",
        """id:ines-corrado a tw:Person . [] tw:agent id:ines-corrado .
        FILTER NOT EXISTS { id:spokeswoman-ines-corrado ?p ?o }""",
    ),
    "round 55: 'Gordon answered on April 30 in an email': the email has the day of the answer": (
        "heldout-r55/unseen-voice-checkin-essay-2025-06-10",
        """[] a tw:Memo ; tw:agent id:gordon-lathe ; tw:date "2025-04-30"^^xsd:date .""",
    ),
    "round 56: 'told councilors that ...' (the parse hangs the clause on them): what was told": (
        "heldout-r56/unseen-boston-face-surveillance-ban-2020-06-26",
        """[] a tw:Claim ; tw:attributedTo id:william-gross ;
           tw:text "the technology was not accurate enough for police work" .""",
    ),
    "round 50: 'signed a $7.8 million contract in October with X' ('with' on the verb): the contract": (
        "heldout-r50/unseen-timeline-fennimore-2024-03-22",
        """[] a tw:Contract ; tw:contractor id:fennimore-labs ;
           tw:client id:tallis-county-department-of-community-supervision ;
           tw:startDate "2023-10"^^xsd:gYearMonth .""",
    ),
    "round 44: 'answered that about 140 engineers had quit': a claim of the answer": (
        "heldout-r44/unseen-earnings-call-2025-08-01",
        """[] a tw:Claim ; tw:attributedTo id:alisha-grant ;
           tw:text "about 140 engineers had quit during the quarter" .""",
    ),
    "round 61: 'A total of 143 employees of X have signed a letter': a petition of 143": (
        "heldout-r61/unseen-brezal-asylum-triage-2025-10-22",
        """[] a tw:Petition ; tw:agent [ tw:memberCount 143 ; tw:membersWorkFor id:brezal-sistemas ] .""",
    ),
    "round 61: 'State Agency for Borders and Migration': one name, no agency the contract is for": (
        "heldout-r61/unseen-brezal-asylum-triage-2025-10-22",
        """?c a tw:Contract ; tw:client id:state-agency-for-borders-and-migration .
        FILTER NOT EXISTS { ?c tw:concerns ?agency . ?agency a tw:Organization }""",
    ),
    "round 61: 'xAI' (a small first letter) is a company; 'agentic AI' is no one": (
        "heldout-r61/unseen-xai-grok-government-2025-07-25",
        """[] a tw:Contract ; tw:contractor id:xai .  FILTER NOT EXISTS { id:ai ?p ?o }""",
    ),
    "round 58: 'Microsoft, which holds a share of the Pentagon's $9 billion ... contract'": (
        "heldout-r58/unseen-microsoft-digital-escorts-2025-07-21",
        """[] a tw:Contract ; tw:contractor id:microsoft ; tw:client id:us-department-of-defense ;
           tw:contractValue [ tw:amountValue ?v ] . FILTER(?v = 9000000000)""",
    ),
    "round 59: 'One product manager in San Francisco, who asked ...': the city stays a place": (
        "heldout-r59/unseen-benioff-national-guard-2025-10-18",
        """[] a tw:Announcement ; tw:agent id:marc-benioff . FILTER NOT EXISTS { id:san-francisco ?p ?o }""",
    ),
    "round 60: 'President Joe Biden signed that order' (at a sentence's start): no company's president": (
        "heldout-r60/unseen-ice-paragon-reactivation-2025-09-02",
        """id:joe-biden a tw:Person . FILTER NOT EXISTS { [] tw:holder id:joe-biden }""",
    ),
    "round 60: 'its Azure OpenAI Service' is a product; 'Axon unveiled Draft One', which says nothing": (
        "heldout-r60/unseen-azure-openai-police-2024-05-03",
        """id:azure-openai-service a tw:Product . id:draft-one a tw:Product .
        FILTER NOT EXISTS { id:azure-openai-service a tw:GovernmentOrganization }
        FILTER NOT EXISTS { [] tw:agent id:draft-one }""",
    ),
    "round 33: a speaker's statements of other days are statements of their own": (
        "heldout-r33/unseen-signal-cellebrite-2021-04-23",
        """?march a tw:Statement ; tw:agent id:cellebrite ; tw:date "2021-03"^^xsd:gYearMonth .
        ?october a tw:Statement ; tw:agent id:cellebrite ; tw:date "2020-10"^^xsd:gYearMonth .
        [] tw:text "it had stopped selling to Hong Kong and mainland China" ; tw:statedIn ?october .""",
    ),
    "round 50: 'cancel the contract effective April 30. Hours later, ...': hours after the day told": (
        "heldout-r50/unseen-timeline-fennimore-2024-03-22",
        """[] a tw:DonationPledge ; tw:date "2024-03-20"^^xsd:date .""",
    ),
    "round 54: 'Later that night, Pruitt resigned': the day just told": (
        "heldout-r54/unseen-ouzel-referendum-2025-11-13",
        """[] a tw:Resignation ; tw:agent id:daniel-pruitt ; tw:date "2025-11-12"^^xsd:date .""",
    ),
    "round 61: 'Sáenz said' after 'Álvaro Sáenz Ortega' (the first of two surnames); 'a developer'": (
        "heldout-r61/unseen-brezal-asylum-triage-2025-10-22",
        """[] a tw:Quotation ; tw:speaker id:alvaro-saenz-ortega ; tw:text ?said .
        FILTER(STRSTARTS(?said, "We will not abandon a public contract"))
        id:jorge-ibanez-calvo a tw:Person . FILTER NOT EXISTS { id:saenz ?p ?o }""",
    ),
    "round 61 (guard): 'workers ... asked whether anyone had reviewed the update': no petition": (
        "heldout-r61/unseen-xai-grok-government-2025-07-25",
        """[] a tw:Contract ; tw:contractor id:xai . FILTER NOT EXISTS { [] a tw:Petition }""",
    ),
    "round 44 (guard): 'as analysts pressed executives about ...': no petition; one letter's signers": (
        "heldout-r44/unseen-earnings-call-2025-08-01",
        """[] a tw:Petition ; tw:agent [ tw:memberCount 1100 ] .
        FILTER NOT EXISTS { ?p a tw:Petition ; tw:agent ?g . FILTER NOT EXISTS { ?g tw:memberCount 1100 } }
        FILTER NOT EXISTS { [] tw:agent id:us-congress }""",
    ),
    "round 56 (guard): 'the ACLU of Massachusetts, which has pressed cities ... to adopt bans'": (
        "heldout-r56/unseen-boston-face-surveillance-ban-2020-06-26",
        """BIND(id:american-civil-liberties-union-of-massachusetts AS ?aclu) [] tw:agent ?aclu .
        FILTER NOT EXISTS { [] tw:agent ?aclu ; tw:demand ?d }""",
    ),
    "round 12: 'Under the contract, ... the company adapts its models to summarize ...': all the work": (
        "heldout-r12/unseen-ai-walkout-2025-11-20",
        """[] tw:contractor id:larkspur-ai ; tw:purpose ?work .
        FILTER(STRSTARTS(?work, "adapts its language models to summarize case files"))""",
    ),
    "round 61 (guard): 'how much it spends under the agreement': no purpose of a trailing 'under'": (
        "heldout-r61/unseen-army-palantir-enterprise-2025-08-01",
        """[] a tw:Contract ; tw:contractor id:palantir ; tw:client id:us-army .
        FILTER NOT EXISTS { [] tw:purpose "how much it spends" }""",
    ),
    "round 12: 'obtained by The Verge, Castellanos went further' (one name to the model): two": (
        "heldout-r12/unseen-ai-walkout-2025-11-20",
        """[] tw:agent id:miriam-castellanos . FILTER NOT EXISTS { id:the-verge-castellanos ?p ?o }""",
    ),
    "round 39: one who resigned over the contract speaks for no one in her post about it": (
        "heldout-r39/unseen-brindle-ice-protest-live-2025-11-13",
        """?post a tw:Announcement ; tw:agent id:ruth-okonjo . [] a tw:Resignation ; tw:agent id:ruth-okonjo .
        FILTER NOT EXISTS { ?post tw:onBehalfOf ?org }""",
    ),
    "round 61: 'asked the company to \"suspend all work on the triage module\"': no quotation mark": (
        "heldout-r61/unseen-brezal-asylum-triage-2025-10-22",
        """[] a tw:Petition ; tw:demand "suspend all work on the triage module" .""",
    ),
    "round 15 (guard): 'told The Washington Post': the paper is no post with an author": (
        "heldout-r15/unseen-face-recognition-exit-2020-06-12",
        """[] tw:addressedTo id:the-washington-post .
        FILTER NOT EXISTS { [] tw:agent id:the-washington-post }""",
    ),
    "round 32 (guard): 'Ashcombe County signed the contract': no city government of a county": (
        "heldout-r32/unseen-wrenfield-jail-calls-2024-11-14",
        """[] a tw:Contract ; tw:contractor id:wrenfield-analytics .
        FILTER NOT EXISTS { id:city-of-ashcombe-county ?p ?o }""",
    ),
    "session 13: a quotation after its speaker's statement is in it, though it is told again later": (
        "heldout-r42/unseen-sidewalk-quayside-2020-05-08",
        """?q a tw:Quotation ; tw:speaker id:stephen-diamond ; tw:statedIn ?s ; tw:text ?t .
        ?s tw:date "2020-05-07"^^xsd:date . FILTER(STRSTARTS(?t, "Quayside is public land"))""",
    ),
    "session 13: 'not to apply ... until the company ends its contract' decides nothing": (
        "heldout-r62/unseen-glasswing-campus-boycott-2023-02-24",
        """[] a tw:Contract ; tw:contractor id:glasswing-analytics .
        FILTER NOT EXISTS { [] a tw:ContractCancellation ; tw:agent id:glasswing-analytics }""",
    ),
    "session 13: 'Its organizers, X, Y and Z, said': a plural title is no post at an organization": (
        "heldout-r62/unseen-glasswing-campus-boycott-2023-02-24",
        """?s a tw:Statement ; tw:agent id:rosa-m-delgado .
        FILTER NOT EXISTS { [] tw:agent id:rosa-m-delgado ; tw:onBehalfOf id:glasswing-analytics }""",
    ),
    "session 13: 'agreed to pay X $30 million to build a platform': what it pays for": (
        "heldout-r62/unseen-palantir-immigrationos-2025-04-18",
        """?c tw:contractor id:palantir ; tw:client id:us-immigration-and-customs-enforcement ;
              tw:purpose ?p . FILTER(STRSTARTS(?p, "build a platform that would track"))""",
    ),
    "session 13: 'Lindqvist voted no ... She said ...', then '\"...,\" she said': still Lindqvist": (
        "heldout-r63/unseen-wrenhaven-drone-timeline-2023-06-15",
        """?q a tw:Quotation ; tw:speaker id:teresa-lindqvist ; tw:text ?t .
        FILTER(STRSTARTS(?t, "We are buying a fleet"))""",
    ),
    "session 13: 'The engineer, Dana M. Okafor, had led ...', then 'she wrote': the subject's name": (
        "heldout-r64/unseen-corsewood-air-force-2023-10-19",
        """?q a tw:Quotation ; tw:speaker id:dana-m-okafor ; tw:text ?t .
        FILTER(STRSTARTS(?t, "spent three years"))""",
    ),
    "session 13: a name in quotation marks ('nicknamed \"Digidog,\"', 'the \"Five Eyes\"') is no quotation": (
        "heldout-r64/unseen-nypd-digidog-2021-04-30",
        """[] a tw:Quotation .
        FILTER NOT EXISTS { ?q tw:text ?t . FILTER(STRSTARTS(?t, "Digidog")) }""",
    ),
    "session 13: 'The contract begins July 1' (told before July): the July 1 to come": (
        "heldout-r65/unseen-millbrook-council-vote-2024-06-13",
        """?c tw:contractor id:tamsin-systems ; tw:startDate "2024-07-01"^^xsd:date .""",
    ),
    "session 13: 'In March 2019, ...', then 'answered in an email that September': the story's year": (
        "heldout-r65/unseen-tamarind-feature-2024-11-18",
        """?m a tw:Memo ; tw:agent id:arjun-malhotra ; tw:date "2019-09"^^xsd:gYearMonth .""",
    ),
    "session 13: 'X, a flight-test engineer and one of the organizers': one of the organizers": (
        "heldout-r26/unseen-drone-walkout-live-2024-04-18",
        "?g a tw:PersonGroup ; tw:hasMember id:marisol-vega .",
    ),
    "session 13: 'Castellanos and fellow organizer Peter Lindqvist': both organizers": (
        "heldout-r39/unseen-brindle-ice-protest-live-2025-11-13",
        "?g a tw:PersonGroup ; tw:hasMember id:imani-castellanos , id:peter-lindqvist .",
    ),
    "session 13: 'said the company had no plans to end X and called the pledge \"...\"': the claim": (
        "heldout-r62/unseen-glasswing-campus-boycott-2023-02-24",
        """?c a tw:Claim ; tw:attributedTo id:tobias-varga ;
              tw:text "the company had no plans to end the sheriff's contract" .""",
    ),
    "session 13: 'said in a statement that X, and that contracts transfer ...': two claims": (
        "heldout-r55/unseen-kittiwake-acquisition-2025-02-20",
        """?c a tw:Claim ; tw:text "contracts transfer to a new owner under standard federal rules" .""",
    ),
    "session 13: 'X defended the software the same day. He said ...': the words of that day": (
        "heldout-r15/unseen-sheriff-resignations-2024-04-19",
        """?s a tw:Statement ; tw:agent id:raymond-okafor ; tw:date "2024-04-17"^^xsd:date .""",
    ),
    "session 13: 'X answered in an email to all staff': the email went to the company's staff": (
        "heldout-r50/unseen-joint-venture-award-2025-10-23",
        """?m a tw:Memo ; tw:agent id:rafael-ostrowski ;
              tw:addressedTo [ tw:membersWorkFor id:lumaris-software ] .""",
    ),
    "session 13: 'In a statement to Test Wire, Dalia Mbatha, ..., said': she speaks, to the paper": (
        "heldout-r20/unseen-targeting-qa-2023-06-22",
        """?s a tw:Statement ; tw:agent id:dalia-mbatha ; tw:addressedTo id:test-wire .""",
    ),
    "session 13: 'on Friday called on Congress to regulate ...': Congress is asked, not Friday": (
        "heldout-r62/unseen-microsoft-face-regulation-2018-07-14",
        """?r tw:agent id:brad-smith ; tw:addressedTo id:us-congress ;
              tw:demand "regulate facial recognition technology" .""",
    ),
    "session 13: '4,000 of its employees signed a petition asking the company to ...': their company": (
        "heldout-r16/unseen-jwcc-cloud-2022-12-08",
        """?p a tw:Petition ; tw:addressedTo id:google ; tw:demand "cancel its work on Project Maven" .""",
    ),
    "session 13: 'according to the organizers' makes no group the article says nothing about": (
        "heldout-r34/unseen-contractor-petition-2025-04-16",
        """[] a tw:Petition .
        FILTER NOT EXISTS {
            ?g a tw:PersonGroup .
            FILTER NOT EXISTS { ?g ?p ?o . FILTER(?p NOT IN (rdf:type, rdfs:label, tw:reportedIn)) }
            FILTER NOT EXISTS { ?x ?q ?g }
        }""",
    ),
    "session 13: 'called Okafor \"one of the best engineers ...\"' denounces no one": (
        "heldout-r64/unseen-corsewood-air-force-2023-10-19",
        """?s a tw:Statement ; tw:agent id:raymond-teague .
        FILTER NOT EXISTS { [] a tw:Denunciation ; tw:denounces id:dana-m-okafor }""",
    ),
    "session 13: '(a petition asking ...) to commit that Google would never build ...' is no pledge": (
        "heldout-r54/unseen-google-jedi-withdrawal-2018-10-11",
        """[] a tw:Petition .
        FILTER NOT EXISTS { ?p a tw:Pledge ; rdfs:label ?l . FILTER(CONTAINS(?l, "never build")) }""",
    ),
    'session 14: "CBP\'s decision to award a contract to Thistlewood": CBP pays Thistlewood': (
        "heldout-r66/unseen-gao-tower-protest-2024-09-12",
        """?c a tw:Contract ; tw:client id:us-customs-and-border-protection ;
              tw:contractor id:thistlewood-software .""",
    ),
    "session 14: 'The contract calls for Thistlewood to build ...': what the contract is for": (
        "heldout-r66/unseen-gao-tower-protest-2024-09-12",
        """?c a tw:Contract ; tw:contractor id:thistlewood-software ; tw:purpose ?p .
        FILTER(STRSTARTS(?p, "build analytics software"))""",
    ),
    "session 14: 'Brannock' after 'Brannock Data Operations' is that company, keeping its contract": (
        "heldout-r68/unseen-brannock-data-center-strike-2023-02-17",
        """?d a tw:ContractContinuation ; tw:agent id:brannock-data-operations .
        FILTER NOT EXISTS { id:brannock a tw:Company }""",
    ),
    "session 14: 'Soo-jin Park' is a name (the part after a hyphen is lower case); she speaks": (
        "heldout-r69/unseen-oregon-data-sale-ban-2025-06-10",
        """?q a tw:Quotation ; tw:speaker id:soo-jin-park ;
              tw:text "It turns out the industry is a choice." .""",
    ),
    "session 14: 'signed the contract with X in 2021 for ArcSentry': the contract is for ArcSentry": (
        "heldout-r35/unseen-gunshot-three-cities-2024-11-22",
        "?c a tw:Contract ; tw:concerns id:arcsentry .",
    ),
    "session 14: \"contract for Quillon's Halo Grid camera system\": the product is 'Halo Grid'": (
        "heldout-r29/unseen-campus-surveillance-vote-2024-11-18",
        "?c a tw:Contract ; tw:concerns id:halo-grid . id:halo-grid a tw:Product .",
    ),
    "session 14: 'Rekognition, the face-matching service sold by Amazon Web Services': its maker": (
        "heldout-r63/unseen-amazon-rekognition-moratorium-2021-05-19",
        "id:rekognition tw:developedBy id:amazon-web-services .",
    ),
    "session 14: 'NSO Group, the maker of Pegasus': Pegasus is a product and NSO Group makes it": (
        "heldout-r60/unseen-ice-paragon-reactivation-2025-09-02",
        "id:pegasus a tw:Product ; tw:developedBy id:nso-group .",
    ),
    "session 14: 'Thistlewood Software, a Reston, Virginia, company': in Reston": (
        "heldout-r66/unseen-gao-tower-protest-2024-09-12",
        "id:thistlewood-software tw:location id:reston .",
    ),
    "session 14: 'the Open Code Defense Fund, a San Francisco nonprofit' (the model: an event)": (
        "heldout-r24/unseen-guild-charge-2023-08-17",
        "id:open-code-defense-fund a tw:NonProfit ; tw:location id:san-francisco .",
    ),
    "session 14: 'a letter in which a group of its employees had urged it to withdraw': their company": (
        "heldout-r15/unseen-jedi-letter-2018-10-29",
        """?p a tw:Petition ; tw:addressedTo id:microsoft .
        FILTER NOT EXISTS { ?p tw:addressedTo id:us-department-of-defense }""",
    ),
    "session 14: 'will not walk away from its contract with X': the company keeps it": (
        "heldout-r20/unseen-biometrics-memo-2025-03-06",
        "?d a tw:ContractContinuation ; tw:agent id:tallgrass-systems .",
    ),
    "session 14: 'wrote on her personal blog that she had resigned': the post made it known": (
        "heldout-r16/unseen-cto-resigns-2025-02-21",
        "?r a tw:Resignation ; tw:agent id:nadia-korsgaard ; tw:announcedIn [ a tw:Announcement ] .",
    ),
    "session 14: 'The company, he wrote, would fulfil the contract': a decision to keep it": (
        "heldout-r64/unseen-tannwald-works-council-2024-03-14",
        "?d a tw:ContractContinuation ; tw:agent id:tannwald-systeme .",
    ),
    'session 14: "Homeland Security Investigations, ICE\'s investigative arm": part of ICE': (
        "heldout-r66/unseen-palantir-listing-letter-2020-08-26",
        "id:homeland-security-investigations tw:componentOf id:us-immigration-and-customs-enforcement .",
    ),
    "session 14: 'how the review board works' is no company's board of directors (nor a bare IRI)": (
        "heldout-r69/unseen-keystream-merger-ice-2025-08-06",
        "[] a tw:Petition . FILTER NOT EXISTS { id:mirefield-labs-board ?p ?o }",
    ),
    "session 14: 'Kessling will keep the contract, he said': announced in what he said": (
        "heldout-r59/unseen-kessling-parole-hearing-2025-04-09",
        "?d a tw:ContractContinuation ; tw:announcedIn ?s . ?s a tw:Statement .",
    ),
    "session 15: 'She wrote that ... and that both had been reviewed in 2023': the post's words": (
        "heldout-r70/unseen-keystrand-transparency-report-2024-08-16",
        """?c a tw:Claim ; tw:statedIn ?post ; tw:text ?t .
        ?post a tw:Announcement ; tw:agent id:renata-s-kowalczyk .
        FILTER(STRSTARTS(?t, "the tools do not make decisions"))""",
    ),
    "session 15: 'in an email to employees, which he later posted on LinkedIn': one document": (
        "heldout-r70/unseen-norhaven-rcmp-2025-06-06",
        """?m a tw:Memo ; tw:agent id:daniel-a-okafor ; tw:via ?linkedin .
        FILTER NOT EXISTS { ?a a tw:Announcement ; tw:agent id:daniel-a-okafor }""",
    ),
    "session 15: 'Fernhollow Payments, the Atlanta company whose software ...': a company": (
        "heldout-r71/unseen-detention-payments-2025-02-04",
        "id:fernhollow-payments a tw:Company .",
    ),
    "session 15: 'the company's founder disclosed in a blog post on Sunday': the founder named later": (
        "heldout-r72/unseen-dhs-grant-vote-2024-07-09",
        '?p a tw:Announcement ; tw:agent id:mira-solberg ; tw:date "2024-07-07"^^xsd:date .',
    ),
    "session 15: 'made three demands: ... and that it not renew the agreement': no decision": (
        "heldout-r71/unseen-detention-payments-2025-02-04",
        "?p a tw:Petition . FILTER NOT EXISTS { ?d a tw:ContractNonRenewal }",
    ),
    "session 15: 'ending the agreement would leave families with fewer ways': no cancellation": (
        "heldout-r71/unseen-detention-payments-2025-02-04",
        "?m a tw:Memo . FILTER NOT EXISTS { ?d a tw:ContractCancellation }",
    ),
    "session 15: 'a letter to Voss and the company's board asking ...': the letter asks, not the board": (
        "heldout-r72/unseen-allhands-air-force-2024-03-14",
        """?p a tw:Petition ; tw:demand "cancel the contract" .
        FILTER NOT EXISTS { ?r tw:agent id:sallowby-systems-board }""",
    ),
    "session 15: 'Fourteen interpreters at X resigned. In a joint letter, they said ...': their letter": (
        "heldout-r71/unseen-interpreters-ice-2024-03-14",
        """?p a tw:Petition ; tw:agent ?group ; tw:demand "withdraw from the ICE contract" .
        ?group tw:membersWorkFor id:cantwell-language-partners .""",
    ),
    "session 15: 'The letter asks X to ... It also asks the company to ...': the letter asks": (
        "heldout-r71/unseen-interpreters-ice-2024-03-14",
        """?p a tw:Petition ; tw:demand ?d . FILTER(STRSTARTS(?d, "let the interpreters who remain"))
        FILTER NOT EXISTS { ?r tw:agent id:us-immigration-and-customs-enforcement ; tw:demand ?any }""",
    ),
    "session 15: '\"...,\" said Lt. Cmdr. Dana Whitfield, a Navy spokesperson': a rank, then her name": (
        "heldout-r71/unseen-ethics-council-navy-2024-06-27",
        """?q a tw:Quotation ; tw:speaker id:dana-whitfield ; tw:text ?t .
        FILTER(STRSTARTS(?t, "This effort is about hearing"))""",
    ),
    "session 15: 'Dame Eleanor Pryce, the Labour MP who chairs ...': 'Dame' is no part of her name": (
        "heldout-r72/unseen-home-office-asylum-software-2024-05-16",
        "id:eleanor-pryce a tw:Person . FILTER NOT EXISTS { id:dame-eleanor-pryce ?p ?o }",
    ),
    "session 15: 'U.S. District Judge Carla M. Ortiz' after the court was named: a judge of that court": (
        "heldout-r73/unseen-marshals-leak-verdict-2023-10-13",
        """[] tw:holder id:carla-m-ortiz ; tw:role tw:DistrictJudge ;
            tw:positionIn id:us-district-court-for-the-district-of-colorado .""",
    ),
    "session 15: 'In a memo ... seen by Test Wire, Brandt said ... its contract': not the newsroom's": (
        "heldout-r73/unseen-greyfield-op-ed-2024-04-26",
        """?c tw:contractor id:greyfield-software ; tw:client id:us-army .
        FILTER NOT EXISTS { ?other tw:contractor id:test-wire }""",
    ),
    "session 15: 'The letter ... made three demands: that X cap ..., that it publish ...': each a demand": (
        "heldout-r71/unseen-detention-payments-2025-02-04",
        """?p a tw:Petition ; tw:demand "publish how much revenue it earns from detention facilities" ,
            "not renew the Castellan agreement when it expires in 2027" .""",
    ),
    "session 16: 'A Navy spokeswoman, Lt. Cmdr. Erin Castillo, said': she speaks, for the Navy": (
        "heldout-r75/unseen-siltstone-navy-work-to-rule-2024-06-13",
        "?s a tw:Statement ; tw:agent id:erin-castillo ; tw:onBehalfOf id:us-navy .",
    ),
    "session 16: 'declining to donate our nights', 'the Navy ..., committing $22.4 million': no gift": (
        "heldout-r75/unseen-siltstone-navy-work-to-rule-2024-06-13",
        "?c a tw:Contract . FILTER NOT EXISTS { ?d a tw:Donation }",
    ),
    "session 16: 'Labor lawyers said' beside 'the labor dispute': no organization named Labor": (
        "heldout-r75/unseen-siltstone-navy-work-to-rule-2024-06-13",
        "?c a tw:Contract . FILTER NOT EXISTS { id:labor ?p ?o }",
    ),
    "session 16: 'a petition in February, signed by more than 200 employees, that asked X to ...'": (
        "heldout-r75/unseen-siltstone-navy-work-to-rule-2024-06-13",
        """?p a tw:Petition ; tw:addressedTo id:anand-k-rao ; tw:date "2024-02"^^xsd:gYearMonth ;
            tw:agent [ tw:memberCount 200 ] .""",
    ),
    "session 16: 'By May 9, a petition ... had been signed by more than 400 of X's employees'": (
        "heldout-r74/unseen-general-board-2025-05-28",
        """?p a tw:Petition ; tw:demand "reverse the appointment" ;
            tw:agent [ tw:memberCount 400 ; tw:countQualifier tw:MoreThan ] .""",
    ),
    "session 16: 'Mikkel Sørensen': his IRI keeps the o of the ø": (
        "heldout-r76/unseen-aarhus-cloud-tender-2024-11-07",
        "id:mikkel-sorensen a tw:Person .",
    ),
    "session 16: 'Ambervale' after 'Ambervale Cloud' and its 'Ambervale Cloud Danmark': the parent": (
        "heldout-r76/unseen-aarhus-cloud-tender-2024-11-07",
        """?c tw:contractor id:ambervale-cloud ; tw:client id:us-immigration-and-customs-enforcement .
        FILTER NOT EXISTS { id:ambervale ?p ?o }""",
    ),
    "session 16: 'Ambervale Cloud Danmark, the Copenhagen-based subsidiary': Copenhagen is a place": (
        "heldout-r76/unseen-aarhus-cloud-tender-2024-11-07",
        "id:copenhagen a tw:Place . FILTER NOT EXISTS { id:copenhagen a tw:Company }",
    ),
    "session 16: 'The Cedar Valley Unified School District': a public body, the contract's client": (
        "heldout-r77/unseen-chalkline-student-data-2025-02-20",
        """id:cedar-valley-unified-school-district a tw:GovernmentAgency .
        ?c tw:client id:cedar-valley-unified-school-district ; tw:contractor id:chalkline-learning .""",
    ),
    "session 16: 'Judge X of the Southern District of California': no body named Southern District": (
        "heldout-r19/unseen-refused-gift-2018-07-20",
        "?o a tw:CourtOrder . FILTER NOT EXISTS { id:southern-district ?p ?v }",
    ),
    "session 16: 'three legal aid groups: ..., Puget Legal Aid Collective and ...': a nonprofit": (
        "heldout-r76/unseen-weekly-roundup-2025-03-14",
        "id:puget-legal-aid-collective a tw:NonProfit .",
    ),
    "session 16: 'no plans to end its ICE or CBP contracts': the company's two, no agency's": (
        "heldout-r76/unseen-brambleton-impact-report-2024-09-18",
        """?a tw:contractor id:brambleton-data ; tw:client id:us-customs-and-border-protection .
        FILTER NOT EXISTS { ?b tw:contractor id:us-immigration-and-customs-enforcement }""",
    ),
    "session 16: 'ordered Meadowlark Data ... while a lawsuit against the company goes forward'": (
        "heldout-r76/unseen-weekly-roundup-2025-03-14",
        """?case a tw:LegalCase ; tw:defendant id:meadowlark-data .
        FILTER NOT EXISTS { ?other tw:defendant id:galloway-dynamics }""",
    ),
    "session 16: 'an injunction in Oregon Justice Alliance v. Meadowlark Data': a case, no group": (
        "heldout-r76/unseen-weekly-roundup-2025-03-14",
        """?case tw:plaintiff id:oregon-justice-alliance .
        FILTER NOT EXISTS { id:alliance-v-meadowlark-data ?p ?o }""",
    ),
    "session 16: 'the DMV' after 'Connecticut's Department of Motor Vehicles': that department": (
        "heldout-r74/unseen-dmv-face-photos-2025-02-27",
        """id:connecticut-department-of-motor-vehicles a tw:GovernmentAgency .
        FILTER NOT EXISTS { id:dmv ?p ?o }""",
    ),
    "session 16: 'a bill in the state Senate', 'before the legislative session ends in June'": (
        "heldout-r74/unseen-dmv-face-photos-2025-02-27",
        """?c tw:client id:connecticut-department-of-motor-vehicles .
        FILTER NOT EXISTS { ?c tw:endDate "2025-06"^^xsd:gYearMonth }
        FILTER NOT EXISTS { id:us-senate ?p ?o }""",
    ),
    "session 16: 'Ms. Hu and 19 other speakers signed an open letter ... asking the organizers'": (
        "heldout-r75/unseen-stackwise-sponsor-2025-03-05",
        """?p a tw:Petition ; tw:agent ?signers ; tw:demand "end the sponsorship" , "return the money" .
        ?signers tw:memberCount 20 ; tw:hasMember id:mei-lin-hu .""",
    ),
    "session 16: 'to develop Lodeline, software that ...', 'the trade newsletter Stack Notes'": (
        "heldout-r75/unseen-stackwise-sponsor-2025-03-05",
        "id:lodeline a tw:Product . id:stack-notes a tw:NewsOrganization .",
    ),
    "session 16: 'A state judge ... has ordered', then 'In an order issued Tuesday, Judge X ruled'": (
        "heldout-r77/unseen-guard-records-order-2024-03-14",
        """?o a tw:CourtOrder ; tw:agent id:elena-v-marquez ; tw:date "2024-03-12"^^xsd:date .
        FILTER NOT EXISTS { ?o tw:agent ?other . FILTER(?other != id:elena-v-marquez) }""",
    ),
    "session 16: 'to The Albuquerque Ledger, which sued', 'the Ledger': one newspaper": (
        "heldout-r77/unseen-guard-records-order-2024-03-14",
        "id:the-albuquerque-ledger a tw:NewsOrganization . FILTER NOT EXISTS { id:ledger ?p ?o }",
    ),
    "session 16: 'The Guard ... said in a statement that it \"will comply ...\"': the Guard's words": (
        "heldout-r77/unseen-guard-records-order-2024-03-14",
        """?q tw:text "will comply with any final order" ; tw:attributedTo id:new-mexico-national-guard .""",
    ),
    "session 16: 'would honor the subcontract through its end in March': not decided in March": (
        "heldout-r74/unseen-weather-drone-2023-10-11",
        """?d a tw:ContractContinuation . FILTER NOT EXISTS { ?d tw:date ?day }""",
    ),
    "session 16: 'which the board would discuss at its November meeting': no statement there": (
        "heldout-r74/unseen-weather-drone-2023-10-11",
        """?d a tw:ContractContinuation .
        FILTER NOT EXISTS { ?s a tw:Statement ; tw:agent id:us-customs-and-border-protection }""",
    ),
    "session 16: 'X said the group ..., which Y said ...' then '\"...,\" she said': X speaks": (
        "heldout-r74/unseen-weather-drone-2023-10-11",
        """?q tw:speaker id:priya-venkataraman ; tw:text ?t .
        FILTER(STRSTARTS(?t, "Five months is still five months"))""",
    ),
    "session 16: 'She said the company would finish the USCIS contract through June'": (
        "heldout-r74/unseen-translation-vote-2024-11-14",
        """?d a tw:ContractContinuation ; tw:agent id:lingofold ;
            tw:concernsAgreement id:lingofold-us-citizenship-and-immigration-services-contract .""",
    ),
    "session 16: 'answered the letter in a memo to all staff', later 'Ms. Okafor's memo': one memo": (
        "heldout-r75/unseen-verdance-ice-letter-2024-10-17",
        """?m a tw:Memo ; tw:agent id:miriam-t-okafor ; tw:date "2024-10-15"^^xsd:date .
        FILTER NOT EXISTS { ?other a tw:Memo ; tw:agent id:miriam-t-okafor . FILTER(?other != ?m) }""",
    ),
    "session 16: 'would honor its obligations to ICE', 'when the agency can renew it': Verdance's": (
        "heldout-r75/unseen-verdance-ice-letter-2024-10-17",
        """?d a tw:ContractContinuation ; tw:agent id:verdance-analytics ; tw:announcedIn [ a tw:Memo ] .
        FILTER NOT EXISTS { ?any tw:agent id:us-immigration-and-customs-enforcement }""",
    ),
    "session 16: 'The district's police chief, Ramon Estrada, said' (a name the model calls an ORG)": (
        "heldout-r77/unseen-chalkline-student-data-2025-02-20",
        "id:ramon-estrada a tw:Person .",
    ),
    "session 16: 'Several employees said they had not known ...': their claim, no statement node": (
        "heldout-r74/unseen-weather-drone-2023-10-11",
        """?c a tw:Claim ; tw:attributedTo ?group ; tw:text ?t . ?group a tw:PersonGroup .
        FILTER(STRSTARTS(?t, "they had not known who the end customer was"))
        FILTER NOT EXISTS { ?s a tw:Statement ; tw:agent ?group }""",
    ),
    "session 16: 'On Monday, the Navy exercised the third of those options': the contract goes on": (
        "heldout-r75/unseen-siltstone-navy-work-to-rule-2024-06-13",
        """?d a tw:ContractContinuation ; tw:agent id:us-navy ; tw:date "2024-06-10"^^xsd:date ;
            tw:concernsAgreement id:siltstone-microsystems-us-navy-contract .""",
    ),
    "session 17: 'Varrow will keep the contract it got when it bought Dunmore, chief executive X told'": (
        "heldout-r78/unseen-varrow-dunmore-ice-2023-05-18",
        """?p tw:holder id:daniel-k-oyelaran ; tw:role tw:ChiefExecutiveOfficer ;
            tw:positionIn id:varrow-systems .""",
    ),
    "session 17: 'Mere Tawhiri, a data engineer': a person (the model took 'Tawhiri' for an org)": (
        "heldout-r79/unseen-rimu-border-force-2025-03-06",
        """?s a tw:Statement ; tw:agent id:mere-tawhiri . id:mere-tawhiri a tw:Person .""",
    ),
    "session 17: 'Melbourne staff' and '41 in Melbourne': a city, not a company": (
        "heldout-r79/unseen-rimu-border-force-2025-03-06",
        """id:melbourne a tw:Place . FILTER NOT EXISTS { id:melbourne a tw:Company }""",
    ),
    "session 17: the title's \"Quarrymoor's\" is the 'Quarrymoor Analytics' of the body, no second company": (
        "heldout-r79/unseen-marrick-sheriff-timeline-2025-03-14",
        """?p tw:holder id:renata-solberg ; tw:positionIn id:quarrymoor-analytics .
            FILTER NOT EXISTS { id:quarrymoor a tw:Company }""",
    ),
    "session 17: 'employees of Stillwater Link', the model naming only 'Stillwater': one company": (
        "heldout-r80/unseen-hunger-strike-bop-2023-04-12",
        """?p tw:holder id:linda-ferreira ; tw:positionIn id:stillwater-link .
            FILTER NOT EXISTS { id:stillwater a tw:Company }""",
    ),
    "session 17: 'It was organized by Amara Okafor, an engineer, and Ben Hadley-Ruiz': signers": (
        "heldout-r78/unseen-routewell-fema-ice-2024-08-14",
        """?p a tw:Petition ; tw:agent ?g .
            ?g tw:memberCount 212 ; tw:hasMember id:amara-okafor , id:ben-hadley-ruiz .""",
    ),
    "session 17: 'to publish the terms under which it may use its software, to bar ...': two demands": (
        "heldout-r78/unseen-northgale-secret-service-2021-10-07",
        """?p a tw:Petition ; tw:demand "bar the software's use at political demonstrations" ,
            "commit to an outside review of the contract before it is renewed" .""",
    ),
    "session 17: 'Its signers include its two organizers, X, an engineer, and Y': members": (
        "heldout-r78/unseen-northgale-secret-service-2021-10-07",
        """?p a tw:Petition ; tw:agent ?g .
            ?g tw:memberCount 147 ; tw:hasMember id:nadia-ferreira-lund , id:oliver-tsang .""",
    ),
    "session 17: 'said the agency had received \"several\" proposals and expected ...': a claim": (
        "heldout-r78/unseen-routewell-fema-ice-2024-08-14",
        """?c a tw:Claim ; tw:attributedTo id:jaclyn-rourke ; tw:text ?t .
            FILTER(CONTAINS(?t, "proposals and expected to award"))""",
    ),
    "session 17: 'the TSA, a component of the Department of Homeland Security', then 'The agency'": (
        "heldout-r79/unseen-tsa-op-ed-2024-10-17",
        """?c a tw:Claim ; tw:attributedTo id:transportation-security-administration ;
            tw:text "the comparison is voluntary for most travelers" .""",
    ),
    "session 17: 'He said the pilot covers translation only and \"will remain ...\"': its first part": (
        "heldout-r80/unseen-cbp-chatbot-deck-2024-02-08",
        """?c a tw:Claim ; tw:attributedTo id:ravi-oduya ;
            tw:text "the Nogales pilot covers translation only" .""",
    ),
    "session 17: 'Ambergrid, the Oakland simulation software company': based in Oakland": (
        "heldout-r77/unseen-ambergrid-cofounders-2023-10-05",
        """id:ambergrid tw:location id:oakland .""",
    ),
    "session 17: 'Nordlys Data, an Aarhus-based company' (the model calling Aarhus a nationality)": (
        "heldout-r76/unseen-aarhus-cloud-tender-2024-11-07",
        """id:nordlys-data tw:location id:aarhus .""",
    ),
    "session 17: 'walked out of Chalkline's Phoenix headquarters': the walkout's place": (
        "heldout-r77/unseen-chalkline-student-data-2025-02-20",
        """?w a tw:Walkout ; tw:location id:phoenix .""",
    ),
    "session 17: 'The letter, addressed to founder and chief executive Hemi R. Tawhai and the board'": (
        "heldout-r79/unseen-rimu-border-force-2025-03-06",
        """?p a tw:Petition ; tw:addressedTo id:hemi-r-tawhai , id:rimu-systems-board .""",
    ),
    "session 17: 'employee resource groups, Somos Brackwater, the Black Employees Network and ...'": (
        "heldout-r81/unseen-brackwater-diversity-chief-2019-07-12",
        """id:somos-brackwater a tw:PersonGroup .
            id:black-employees-network a tw:PersonGroup .
            id:brackwater-pride a tw:PersonGroup .""",
    ),
    "session 17: 'The six, Priya Raman, ..., Wen-Li Zhou and Marcus T. Bell, handed in their notices'": (
        "heldout-r80/unseen-uscis-resignations-2021-03-11",
        """?g tw:memberCount 6 ; tw:hasMember id:priya-raman , id:wen-li-zhou , id:marcus-t-bell .""",
    ),
    "session 17: 'asking whether ..., and to answer by Feb. 22': a deadline, not the day of the letter": (
        "heldout-r80/unseen-cbp-chatbot-deck-2024-02-08",
        """?r tw:agent id:elena-vasquez-hart .
            FILTER NOT EXISTS { ?s tw:agent id:elena-vasquez-hart ; tw:date "2023-02-22"^^xsd:date }""",
    ),
    "session 18: 'Kindlepath, a Denver startup whose software ...' (the parse made 'startup' a verb)": (
        "heldout-r82/unseen-kindlepath-podcast-ice-2019-08-16",
        """id:kindlepath tw:location id:denver .""",
    ),
    "session 18: 'Lanyard Studio, a Portland, Oregon, digital design agency': a firm, no public body": (
        "heldout-r82/unseen-lanyard-studio-cbp-ads-2020-02-13",
        """id:lanyard-studio a tw:Company .""",
    ),
    "session 18: 'Coldbrook Students for Responsible Technology, ... and Engineers Without Weapons'": (
        "heldout-r83/unseen-coldbrook-hackathon-boycott-2024-04-14",
        """id:coldbrook-students-for-responsible-technology a tw:PersonGroup .
            id:engineers-without-weapons a tw:PersonGroup .
            FILTER NOT EXISTS { id:coldbrook-students ?p ?o }""",
    ),
    "session 18: 'The eighth, Marek Sobczak, resigned from Quernstone' (an organization to the model)": (
        "heldout-r83/unseen-pikestaff-fork-2023-08-16",
        """id:marek-sobczak a tw:Person . ?r a tw:Resignation ; tw:agent id:marek-sobczak .""",
    ),
    "session 18: 'Canopy Count, a Portland, Oregon, nonprofit that uses Pikestaff' ('nonprofit' tagged JJ)": (
        "heldout-r83/unseen-pikestaff-fork-2023-08-16",
        """id:canopy-count a tw:NonProfit .""",
    ),
    "session 18: 'Sundew Imaging, a Pittsburgh startup it has backed since 2021': a company": (
        "heldout-r85/unseen-ninebark-sundew-cbp-2023-05-11",
        """id:sundew-imaging a tw:Company .""",
    ),
    "session 18: '\"This bill does not stop a single deportation,\" Paxson testified'": (
        "heldout-r84/unseen-veridane-broker-bill-hearing-2024-03-14",
        """?q a tw:Quotation ; tw:speaker id:gregory-t-paxson ;
            tw:text "This bill does not stop a single deportation" .""",
    ),
    "session 18: 'voted 7-4 to send Senate Bill 3140 to the full Senate': no person named Bill 3140": (
        "heldout-r84/unseen-veridane-broker-bill-hearing-2024-03-14",
        """id:evelyn-cardenas a tw:Person .
        FILTER NOT EXISTS {
            ?p a tw:Person ; rdfs:label ?l . FILTER(CONTAINS(?l, "3140") || CONTAINS(?l, "Bill")) }""",
    ),
    "session 18: 'Ninebark Ventures, a Menlo Park, California, firm': the firm's home": (
        "heldout-r85/unseen-ninebark-sundew-cbp-2023-05-11",
        """id:menlo-park a tw:Place . id:ninebark-ventures tw:location id:menlo-park .""",
    ),
    "session 18: '\"We never hid who was buying us ...,\" the statement said': the joint statement's": (
        "heldout-r84/unseen-pinemark-engineers-exodus-2025-03-07",
        """?c a tw:Claim ; tw:attributedTo id:lena-marchbanks, id:tobias-ekwueme ; tw:statedIn ?s ;
            tw:text ?t . ?s tw:agent id:lena-marchbanks . FILTER(STRSTARTS(?t, "We never hid"))
        FILTER NOT EXISTS { ?q tw:speaker id:jun-seo-park ; tw:text ?t }""",
    ),
    "session 18: 'The university organizes Edge Forward under a $185,000 contract with the Army'": (
        "heldout-r83/unseen-coldbrook-hackathon-boycott-2024-04-14",
        """?c a tw:Contract ; tw:contractor id:coldbrook-university ; tw:client id:us-army .""",
    ),
    "session 18: 'she wrote ... that the university would keep its contract with the Army'": (
        "heldout-r83/unseen-coldbrook-hackathon-boycott-2024-04-14",
        """?d a tw:ContractContinuation ; tw:agent id:coldbrook-university ; tw:concernsAgreement ?c .
        ?c tw:client id:us-army .""",
    ),
    "session 18: 'The letter asked the university to cancel the event and to end its contract'": (
        "heldout-r83/unseen-coldbrook-hackathon-boycott-2024-04-14",
        """?p a tw:Petition ; tw:concernsAgreement ?c . ?c tw:contractor id:coldbrook-university .""",
    ),
    "session 18: 'Brennecke did not respond to a request for an interview'": (
        "heldout-r84/unseen-pinemark-engineers-exodus-2025-03-07",
        """?r a tw:RequestForComment ; tw:addressedTo id:wallace-brennecke .""",
    ),
    "session 18: 'Ninebark had reviewed the contract with Sundew's board': the board is no client": (
        "heldout-r85/unseen-ninebark-sundew-cbp-2023-05-11",
        """?d a tw:ContractContinuation ; tw:agent id:sundew-imaging ; tw:concernsAgreement ?c .
        ?c tw:client id:us-customs-and-border-protection .
        FILTER NOT EXISTS { ?k tw:client id:sundew-imaging-board }""",
    ),
    "session 18: 'writing that the company would keep the work': its one contract, kept": (
        "heldout-r58/unseen-brackenridge-union-ice-clause-2025-11-06",
        """?d a tw:ContractContinuation ; tw:agent id:brackenridge-software ; tw:concernsAgreement ?c ;
            tw:announcedIn ?m . ?m a tw:Memo . ?c tw:client id:us-immigration-and-customs-enforcement .""",
    ),
    "session 18: 'He also pledged that no Quernstone employee would be disciplined ...'": (
        "heldout-r83/unseen-pikestaff-fork-2023-08-16",
        """?p a tw:Pledge ; tw:agent id:warren-d-kessick ; tw:onBehalfOf id:quernstone-geospatial ;
            tw:announcedIn ?s . ?s tw:agent id:warren-d-kessick .""",
    ),
    "session 18: '\"We take the concerns in this letter seriously,\" Kowalczyk wrote': her email's words": (
        "heldout-r83/unseen-wrayburn-lisbon-letter-2024-02-22",
        """?q tw:speaker id:adrienne-kowalczyk ; tw:statedIn ?m ; tw:text ?t . ?m a tw:Memo .
        FILTER(STRSTARTS(?t, "We take the concerns"))
        FILTER NOT EXISTS { ?l a tw:Letter ; tw:agent id:adrienne-kowalczyk }""",
    ),
    "session 18: 'Wrayburn's chief privacy officer, X, answered the letter in an email': for Wrayburn": (
        "heldout-r83/unseen-wrayburn-lisbon-letter-2024-02-22",
        """?m a tw:Memo ; tw:agent id:adrienne-kowalczyk ; tw:onBehalfOf id:wrayburn-technologies .
        ?p a tw:Pledge ; tw:agent id:adrienne-kowalczyk ; tw:onBehalfOf id:wrayburn-technologies ;
            tw:announcedIn ?m .""",
    ),
    "session 18: 'Lindqvist did not respond to messages left for him last week'": (
        "heldout-r84/unseen-caskwell-petition-anniversary-2023-04-17",
        """?r a tw:RequestForComment ; tw:addressedTo id:garrett-lindqvist .""",
    ),
    "session 18: 'A spokesperson for the police department referred questions to the mayor's office'": (
        "heldout-r85/unseen-ellisport-welkin-renewal-2024-02-08",
        """?r a tw:RequestForComment ; tw:addressedTo id:ellisport-police-department .""",
    ),
    "session 18: 'He wrote that the company would go ahead with the Army contract'": (
        "heldout-r83/unseen-pikestaff-fork-2023-08-16",
        """?d a tw:ContractContinuation ; tw:agent id:quernstone-geospatial ; tw:concernsAgreement ?c .
        ?c tw:client id:us-army .""",
    ),
    "session 20: 'Corriemoss's contract' after 'Corriemoss Aerial will not ...' is that one company": (
        "heldout-r93/unseen-corriemoss-correction-2023-03-09",
        """?g tw:hasMember id:hana-whitlock ; tw:membersWorkFor id:corriemoss-aerial .
        FILTER NOT EXISTS { id:corriemoss ?p ?o }""",
    ),
    "session 20: 'Test Wire spoke with her' after 'Imogen Sato, who co-founded ...': she answers": (
        "heldout-r91/unseen-tidewright-cbp-qa-2025-02-27",
        """?q a tw:Quotation ; tw:speaker id:imogen-sato .
        FILTER NOT EXISTS { ?other tw:speaker id:owen-marsh }""",
    ),
    "session 20: 'It also asks the board to ...' after 'It asks the board to ...' is the letter's": (
        "heldout-r91/unseen-hollin-pentagon-letter-2024-10-18",
        """?p a tw:Petition ;
        tw:demand "give employees a vote on any future military contract worth more than $10 million" .
        FILTER NOT EXISTS { ?r a tw:Statement ; tw:agent id:us-department-of-defense }""",
    ),
    "session 20: what the CEO told shareholders under '9:00 a.m. - Meeting opens' is of that day": (
        "heldout-r92/unseen-skyhollow-shareholder-protest-2025-06-12",
        """?s tw:agent id:arjun-feldhaus ; tw:date "2025-06-12"^^xsd:date .""",
    ),
    "session 20: a petition asking the company 'to say ..., to donate ...' and a pledge told twice": (
        "heldout-r93/unseen-fallowmere-ceo-donation-2022-09-28",
        """?p a tw:Petition ; tw:demand "donate to groups that help immigrants in Colorado" .
        ?d a tw:DonationPledge ; tw:agent id:fallowmere .
        FILTER NOT EXISTS { ?e a tw:DonationPledge ; tw:agent id:fallowmere . FILTER(?e != ?d) }""",
    ),
    "session 19: a title ending in a short name ('... pilot with Lumatic') names the company told in full": (
        "heldout-r86/unseen-harwick-county-face-recognition-ban-2025-02-12",
        """id:faceindex tw:developedBy id:lumatic-vision .
        FILTER NOT EXISTS { ?lumatic a tw:Company . FILTER(?lumatic != id:lumatic-vision) }""",
    ),
    "session 19: 'In a phone interview on Tuesday evening, X answered questions' and 'A: \"No. ...\"'": (
        "heldout-r86/unseen-harwick-county-face-recognition-ban-2025-02-12",
        """?q a tw:Quotation ; tw:speaker id:simone-achterberg ; tw:statedIn ?s ;
            tw:text ?t . FILTER(STRSTARTS(?t, "No. We gave them") && STRENDS(?t, "not data."))""",
    ),
    "session 19: 'X ... spoke to Test Wire on Wednesday. The interview has been edited': X answers": (
        "heldout-r89/unseen-quillfeather-organizer-interview-2022-10-13",
        """?q a tw:Quotation ; tw:speaker id:ines-fairbrother ; tw:statedIn ?s ; tw:text ?t .
        ?s tw:date "2022-10-12"^^xsd:date . FILTER(STRSTARTS(?t, "Then we talk about a walkout"))""",
    ),
    "session 19: a transcript, 'Test Wire: ...' asking and 'Barrowcliff: ...' answering": (
        "heldout-r87/unseen-corvane-student-pledge-2022-02-23",
        """?q a tw:Quotation ; tw:speaker id:lena-barrowcliff ; tw:statedIn ?s ; tw:text ?t .
        ?s tw:date "2022-02-22"^^xsd:date . FILTER(STRSTARTS(?t, "No. BedCount tells the agency"))""",
    ),
    "session 19: 'One of the signers, Marcus Tellerman, a data scientist' (a nationality to the model)": (
        "heldout-r86/unseen-corvane-whistleblower-suspended-2023-10-03",
        """?q a tw:Quotation ; tw:speaker id:marcus-tellerman ;
            tw:text "Most of us didn't know about her complaint until she was gone" .""",
    ),
    "session 19: 'Whitcomb's lawyer, Nadia Farrokh of the Open Oversight Legal Fund': two names": (
        "heldout-r86/unseen-corvane-whistleblower-suspended-2023-10-03",
        """id:open-oversight-legal-fund a tw:NonProfit . ?q tw:speaker id:nadia-farrokh .""",
    ),
    "session 19: 'did not return a message seeking comment' is one request": (
        "heldout-r86/unseen-halvard-shareholder-vote-2024-05-23",
        """?r a tw:RequestForComment ; tw:addressedTo id:sisters-of-saint-albion .
        FILTER NOT EXISTS { ?other tw:addressedTo id:sisters-of-saint-albion . FILTER(?other != ?r) }""",
    ),
    "session 19: 'Two employees said the board had not responded' (to their letter) asks no comment": (
        "heldout-r86/unseen-halvard-shareholder-vote-2024-05-23",
        """?r a tw:RequestForComment ; tw:addressedTo id:us-customs-and-border-protection .
        FILTER NOT EXISTS { ?board a tw:RequestForComment ; tw:addressedTo id:halvard-analytics-board }""",
    ),
    "session 19: 'had stopped paying its invoices in April and would not renew the contract when it ends'": (
        "heldout-r88/unseen-vermont-corrections-audit-2023-06-28",
        """?d a tw:ContractNonRenewal ; tw:agent id:vermont-department-of-corrections ;
            tw:concernsAgreement ?c . ?c tw:contractor id:brightwater-justice-systems .""",
    ),
    "session 19: 'when it expires at the end of 2025': the contract ends in December 2025, not in April": (
        "heldout-r88/unseen-vermont-corrections-audit-2023-06-28",
        """?c tw:contractor id:brightwater-justice-systems ; tw:endDate "2025-12"^^xsd:gYearMonth .
        FILTER NOT EXISTS { ?c tw:endDate "2024-04"^^xsd:gYearMonth }""",
    ),
    "session 19: 'State Auditor Marguerite Solberg' is Marguerite Solberg": (
        "heldout-r88/unseen-vermont-corrections-audit-2023-06-28",
        """?q a tw:Quotation ; tw:speaker id:marguerite-solberg .""",
    ),
    "session 19: 'for BeatWise, software that predicts ...' (the parse hangs 'software' elsewhere)": (
        "heldout-r87/unseen-pellucid-fired-engineer-nlrb-2025-03-20",
        """id:beatwise a tw:Product . FILTER NOT EXISTS { id:beatwise a tw:Company }""",
    ),
    "session 19: 'the Fennimore police' after 'the Fennimore Police Department' is no company": (
        "heldout-r87/unseen-pellucid-fired-engineer-nlrb-2025-03-20",
        """id:fennimore-police-department a tw:GovernmentAgency .
        FILTER NOT EXISTS { ?company a tw:Company ; rdfs:label "Fennimore" }""",
    ),
    "session 19: 'More than 150 graduate students who work as research assistants at X walked off the job'": (
        "heldout-r87/unseen-harlow-state-darpa-walkout-2023-04-14",
        """?w a tw:Walkout ; tw:date "2023-04-12"^^xsd:date ; tw:agent ?g .
        ?g tw:memberCount 150 ; tw:membersWorkFor id:harlow-state-university .""",
    ),
    "session 19: '\"They are asking to know what their labor is for\"' is no demand of the walkout": (
        "heldout-r87/unseen-harlow-state-darpa-walkout-2023-04-14",
        """?w a tw:Walkout . FILTER NOT EXISTS { ?w tw:demand ?d }""",
    ),
    "session 19: 'Halvard Cloud Services has paused work on a $310 million deal' is a decision about it": (
        "heldout-r87/unseen-halvard-marenia-pause-2024-10-03",
        """?d a tw:ContractDecision ; tw:agent id:halvard-cloud-services ; tw:concernsAgreement ?c .
        ?c tw:client id:marenia-ministry-of-internal-affairs .""",
    ),
    "session 19: 'addressed to Lindqvist and Halvard's board' (one name to the model) names two": (
        "heldout-r87/unseen-halvard-marenia-pause-2024-10-03",
        """FILTER NOT EXISTS { ?x a tw:Company ; rdfs:label ?l . FILTER(CONTAINS(?l, "Lindqvist")) }""",
    ),
    "session 19: 'A judge ordered the Defense Department to halt work on its contract' decides nothing": (
        "heldout-r57/unseen-jedi-injunction-2020-02-14",
        """?c tw:contractor id:microsoft .
        FILTER NOT EXISTS { ?d a tw:ContractDecision ; tw:concernsAgreement ?c }""",
    ),
    "session 19: '... \"pending a review of my conduct.\" Her company laptop was shut off ..., she said'": (
        "heldout-r86/unseen-corvane-whistleblower-suspended-2023-10-03",
        """?c a tw:Claim ; tw:attributedTo id:dana-whitcomb ;
            tw:text "Her company laptop was shut off before the call ended" .""",
    ),
    "session 19: 'Wexmoor said it would give $500,000 to ...': Wexmoor gives, not the agency named before": (
        "heldout-r56/unseen-wexmoor-subscriptions-2023-11-09",
        """?d a tw:DonationPledge ; tw:agent id:wexmoor-information-group .""",
    ),
    "session 19: 'A coalition of 42 ... organizations is asking three data companies to stay out of ...'": (
        "heldout-r88/unseen-coalition-ice-bid-letter-2021-10-07",
        """?r tw:agent ?coalition ; tw:demand ?d . ?coalition a tw:OrganizationGroup ; tw:memberCount 42 .""",
    ),
    "session 19: 'The coalition said it plans to send similar letters' sends none yet": (
        "heldout-r88/unseen-coalition-ice-bid-letter-2021-10-07",
        """FILTER NOT EXISTS { ?l a tw:Letter ; tw:agent id:us-immigration-and-customs-enforcement }""",
    ),
    "session 19: 'TSA said that face matching is optional, that travelers can ask ... and that ...'": (
        "heldout-r88/unseen-marrow-dhs-council-resigns-2024-05-22",
        """?c a tw:Claim ; tw:attributedTo id:transportation-security-administration ;
            tw:text "face matching is optional" .""",
    ),
}


@pytest.fixture(scope="module")
def rule_facts(project_graphs: dict) -> dict[str, Graph]:
    ontology, shapes = project_graphs[ONTOLOGY_GRAPH], project_graphs[SHAPES_GRAPH]
    facts = {}
    for path in {path for path, _ in RULES.values()}:
        extraction = extract_article(load_article(DATA / f"{path}.txt"), Graph(), ontology)
        facts[path] = extraction_graphs(extraction, Graph(), ontology, single_valued(ontology, shapes))[0]
    return facts


@pytest.mark.parametrize("case", RULES)
def test_rules_read_the_articles(rule_facts: dict, case: str) -> None:
    path, pattern = RULES[case]
    assert rule_facts[path].query(f"{PREFIX_LINES}\nASK {{ {pattern} }}").askAnswer, case


def test_a_new_contract_beside_one_the_graph_knows_is_a_node_of_its_own(project_graphs: dict) -> None:
    """'The agency had signed a new $3.4 million task order' when the graph already holds the
    two parties' contract (from an earlier article): the task order is not that contract, and its
    IRI is numbered past the graph's."""
    ontology = project_graphs[ONTOLOGY_GRAPH]
    known_contract = ID["thistledown-software-us-citizenship-and-immigration-services-contract"]
    known = Graph()
    known.add((known_contract, RDF.type, TW.Contract))
    known.add((known_contract, TW.contractor, ID["thistledown-software"]))
    known.add((known_contract, TW.client, ID["us-citizenship-and-immigration-services"]))
    article = load_article(DATA / "heldout-r57/unseen-thistledown-emails-2024-10-22.txt")
    facts = extraction_graphs(extract_article(article, known, ontology), known, ontology, frozenset())[0]
    order = URIRef(f"{known_contract}-2")
    assert (order, TW.startDate, Literal("2024-09-27", datatype=XSD.date)) in facts
    assert (known_contract, TW.startDate, None) not in facts


def test_an_order_of_a_whole_court_passes_validation(rule_facts: dict, project_graphs: dict) -> None:
    """'The full U.S. Court of Appeals ... voted 8 to 7 to reverse': no judge is named, and a court
    order has a judge, so the order gets an unnamed one; without it `kg ingest` refused the article."""
    data = Graph()
    data += project_graphs[ONTOLOGY_GRAPH]
    data += project_graphs[CURATED_GRAPH]
    data += rule_facts["heldout-r34/unseen-baltimore-spy-plane-ruling-2021-06-25"]
    report = validate(data + inferred_graph(data), project_graphs[SHAPES_GRAPH])
    assert report.conforms, report.text


LATER_ROUNDS = {  # (precision, recall) after this session's fixes, less a margin: a regression guard
    "heldout-r6": (0.80, 0.62),
    "heldout-r7": (0.76, 0.58),
    "heldout-r8": (0.72, 0.50),
    "heldout-r9": (0.78, 0.52),
    "heldout-r10": (0.71, 0.58),
    "heldout-r11": (0.71, 0.53),
    "heldout-r12": (0.79, 0.63),
    "heldout-r13": (0.82, 0.70),
    "heldout-r14": (0.81, 0.71),
    "heldout-r15": (0.75, 0.57),
    "heldout-r16": (0.75, 0.64),
    "heldout-r17": (0.78, 0.62),
    "heldout-r18": (0.75, 0.58),
    "heldout-r19": (0.75, 0.44),
    "heldout-r20": (0.81, 0.66),
    "heldout-r21": (0.66, 0.39),
    "heldout-r22": (0.76, 0.56),
    "heldout-r23": (0.78, 0.45),
    "heldout-r24": (0.75, 0.60),
    "heldout-r25": (0.80, 0.51),
    "heldout-r26": (0.84, 0.61),
    "heldout-r27": (0.78, 0.63),
    "heldout-r28": (0.80, 0.61),
    "heldout-r29": (0.73, 0.54),
    "heldout-r30": (0.76, 0.51),
    "heldout-r31": (0.80, 0.51),
    "heldout-r32": (0.83, 0.53),
    "heldout-r33": (0.72, 0.53),
    "heldout-r34": (0.85, 0.64),
    "heldout-r35": (0.81, 0.58),
    "heldout-r36": (0.85, 0.63),
    "heldout-r37": (0.78, 0.65),
    "heldout-r38": (0.82, 0.61),
    "heldout-r39": (0.78, 0.56),
    "heldout-r40": (0.79, 0.59),
    "heldout-r41": (0.84, 0.69),
    "heldout-r42": (0.77, 0.57),
    "heldout-r43": (0.89, 0.69),
    "heldout-r44": (0.84, 0.65),
    "heldout-r45": (0.81, 0.62),
    "heldout-r46": (0.81, 0.61),
    "heldout-r47": (0.76, 0.66),
    "heldout-r48": (0.82, 0.68),
    "heldout-r49": (0.84, 0.57),
    "heldout-r50": (0.82, 0.61),
    "heldout-r51": (0.83, 0.55),
    "heldout-r52": (0.75, 0.54),
    "heldout-r53": (0.83, 0.63),
    "heldout-r54": (0.80, 0.62),
    "heldout-r55": (0.79, 0.55),
    "heldout-r56": (0.79, 0.56),
    "heldout-r57": (0.78, 0.58),
    "heldout-r58": (0.78, 0.51),
    "heldout-r59": (0.83, 0.51),
    "heldout-r60": (0.72, 0.49),
    "heldout-r61": (0.70, 0.55),
    "heldout-r62": (0.74, 0.56),
    "heldout-r63": (0.75, 0.60),
    "heldout-r64": (0.86, 0.59),
    "heldout-r65": (0.80, 0.62),
    "heldout-r66": (0.78, 0.55),
    "heldout-r67": (0.77, 0.54),
    "heldout-r68": (0.71, 0.57),
    "heldout-r69": (0.75, 0.54),
    "heldout-r70": (0.61, 0.55),
    "heldout-r71": (0.82, 0.67),
    "heldout-r72": (0.74, 0.61),
    "heldout-r73": (0.84, 0.60),
    "heldout-r74": (0.80, 0.69),
    "heldout-r75": (0.76, 0.63),
    "heldout-r76": (0.83, 0.60),
    "heldout-r77": (0.83, 0.64),
    "heldout-r78": (0.73, 0.68),
    "heldout-r79": (0.83, 0.54),
    "heldout-r80": (0.80, 0.69),  # its post's quoted words: a Quotation in its gold, a Claim here
    "heldout-r81": (0.77, 0.75),
    "heldout-r82": (0.77, 0.71),
    "heldout-r83": (0.77, 0.67),
    "heldout-r84": (0.77, 0.65),
    "heldout-r85": (0.79, 0.76),
    "heldout-r86": (0.81, 0.67),
    "heldout-r87": (0.79, 0.65),
    "heldout-r88": (0.83, 0.64),
    "heldout-r89": (0.82, 0.80),
    "heldout-r90": (0.84, 0.72),
    "heldout-r91": (0.85, 0.74),
    "heldout-r92": (0.84, 0.75),
    "heldout-r93": (0.83, 0.80),
    "heldout-r94": (0.84, 0.68),
    "heldout-r95": (0.88, 0.58),
    "heldout-r96": (0.80, 0.74),
    "heldout-r97": (0.80, 0.57),
}


@pytest.mark.parametrize("folder", LATER_ROUNDS)
def test_later_rounds_keep_their_scores(folder: str) -> None:
    """Rounds 6 to 97 are not held above the corpus goals (docs/extraction.md says how far they
    are); this keeps what their fixes gained."""
    report = evaluate(DATA / folder / "gold", curated=False, inputs=Inputs(article_dirs=(DATA / folder,)))
    precision, recall = LATER_ROUNDS[folder]
    total = report.total
    assert total.precision >= precision and total.recall >= recall, format_report(report)
