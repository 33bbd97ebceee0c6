"""The questions the seed graph must answer, asked over SPARQL against the served dataset.

Each test asks one question and compares the whole answer set, against a build of the
hand-authored seed graph alone (the fixtures `seed_select` and `seed_ask`): articles ingested
later add answers, and extraction has its own tests. The default graph is the merge of the
ontology, curated and inferred graphs. Salesforce, Microsoft, Amazon, Google, Jeff Bezos and CBP
are owl:sameAs their Wikidata items, so after reasoning every fact about them also holds of the
Wikidata IRI; queries that bind such a resource keep to the project's own IRIs with
FILTER(STRSTARTS(STR(?x), "https://techworkers.example/id/")), as a careful user would.
"""

import pytest

PREFIXES = """\
PREFIX tw: <https://techworkers.example/ontology#>
PREFIX id: <https://techworkers.example/id/>
PREFIX wd: <http://www.wikidata.org/entity/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""

TW = "https://techworkers.example/ontology#"
ID = "https://techworkers.example/id/"
CURATED = "https://techworkers.example/graph/curated"
ARTICLE = ID + "techcrunch-2018-06-28-salesforce-cbp"

# The quotation of paragraph 4, exactly as the article prints it inside the quotation marks.
BENIOFF_QUOTATION = (
    "opposed to separating children from their families at the border. It is immoral. "
    "I have personally financially supported legal groups helping families at the border. "
    "I also wrote to the White House to encourage them to end this horrible situation."
)

# Which companies have a contract with any component of DHS: tw:hasContractWith comes from a
# property chain over contract nodes and tw:partOf from tw:componentOf, so only the reasoner answers.
CONTRACTS_WITH_DHS_COMPONENTS = """
  ?company tw:hasContractWith ?agency .
  ?agency tw:partOf id:us-department-of-homeland-security .
  FILTER(STRSTARTS(STR(?company), "https://techworkers.example/id/"))
  FILTER(STRSTARTS(STR(?agency), "https://techworkers.example/id/"))
"""


def test_companies_with_contracts_with_government_agencies(seed_select):
    rows = seed_select(
        PREFIXES
        + """
SELECT ?company ?agency WHERE {
  ?contract a tw:Contract ; tw:contractor ?company ; tw:client ?agency .
  ?company a tw:Company .
  ?agency a tw:GovernmentAgency .
  FILTER(STRSTARTS(STR(?company), "https://techworkers.example/id/"))
  FILTER(STRSTARTS(STR(?agency), "https://techworkers.example/id/"))
}"""
    )
    assert rows == {
        (ID + "salesforce", ID + "us-customs-and-border-protection"),
        (ID + "microsoft", ID + "us-immigration-and-customs-enforcement"),
        (ID + "google", ID + "us-department-of-defense"),
    }


def test_companies_with_contracts_with_any_component_of_dhs_need_the_reasoner(seed_select):
    everything = f"SELECT ?company ?agency WHERE {{ {CONTRACTS_WITH_DHS_COMPONENTS} }}"
    assert seed_select(PREFIXES + everything) == {
        (ID + "salesforce", ID + "us-customs-and-border-protection"),
        (ID + "microsoft", ID + "us-immigration-and-customs-enforcement"),
    }
    asserted_only = (
        f"SELECT ?company ?agency WHERE {{ GRAPH <{CURATED}> {{ {CONTRACTS_WITH_DHS_COMPONENTS} }} }}"
    )
    assert seed_select(PREFIXES + asserted_only) == set()


def test_salesforce_employee_petition(seed_select):
    rows = seed_select(
        PREFIXES
        + """
SELECT ?petition ?signers ?count ?qualifier ?addressee ?contract ?policy ?firstReported WHERE {
  ?petition a tw:Petition ;
      tw:agent ?signers ;
      tw:addressedTo ?addressee ;
      tw:concernsAgreement ?contract ;
      tw:motivatedBy ?policy ;
      tw:firstReportedOn ?firstReported .
  ?signers tw:membersWorkFor id:salesforce ;
      tw:memberCount ?count ;
      tw:countQualifier ?qualifier .
  ?contract tw:contractor id:salesforce ; tw:client id:us-customs-and-border-protection .
  ?policy tw:policyOf id:trump-administration .
}"""
    )
    assert rows == {
        (
            ID + "salesforce-employee-petition",
            ID + "salesforce-petition-signatories",
            "650",
            TW + "MoreThan",
            ID + "marc-benioff",
            ID + "salesforce-cbp-contract",
            ID + "family-separation-policy",
            "2018-06-25",
        )
    }


def test_benioff_memo_answers_the_petition(seed_select):
    rows = seed_select(
        PREFIXES
        + """
SELECT ?memo ?author ?date ?addressee ?obtainedBy ?respondsTo WHERE {
  ?memo a tw:Memo ;
      tw:agent ?author ;
      tw:onBehalfOf id:salesforce ;
      tw:date ?date ;
      tw:addressedTo ?addressee ;
      tw:obtainedBy ?obtainedBy ;
      tw:inResponseTo ?respondsTo ;
      tw:reportedly true .
}"""
    )
    assert rows == {
        (
            ID + "benioff-memo-2018-06-27",
            ID + "marc-benioff",
            "2018-06-27",
            ID + "salesforce-employees",
            ID + "bloomberg-news",
            ID + "salesforce-employee-petition",
        )
    }
    claims = seed_select(
        PREFIXES
        + """
SELECT ?claim ?about WHERE {
  ?claim a tw:Claim ; tw:statedIn id:benioff-memo-2018-06-27 ;
      tw:attributedTo id:marc-benioff ; tw:concerns ?about .
}"""
    )
    assert claims == {
        (ID + "claim-salesforce-will-continue-cbp-contract", ID + "salesforce-cbp-contract"),
        (
            ID + "claim-salesforce-technology-not-in-border-policies",
            ID + "us-mexico-border-policies",
        ),
    }


def test_salesforce_decides_to_continue_the_cbp_contract(seed_select):
    rows = seed_select(
        PREFIXES
        + """
SELECT ?decision ?contract ?agency ?announcedIn WHERE {
  ?decision a tw:ContractContinuation ;
      tw:agent id:salesforce ;
      tw:concernsAgreement ?contract ;
      tw:announcedIn ?announcedIn .
  ?contract tw:client ?agency .
  FILTER(STRSTARTS(STR(?agency), "https://techworkers.example/id/"))
}"""
    )
    assert rows == {
        (
            ID + "salesforce-continues-cbp-contract",
            ID + "salesforce-cbp-contract",
            ID + "us-customs-and-border-protection",
            ID + "benioff-memo-2018-06-27",
        )
    }


def test_salesforce_donation_announced_by_block_on_twitter(seed_select):
    rows = seed_select(
        PREFIXES
        + """
SELECT ?pledge ?value ?currency ?valueIsDecimal ?beneficiary ?announcer ?platform WHERE {
  ?pledge a tw:DonationPledge ;
      tw:agent id:salesforce ;
      tw:amount ?amount ;
      tw:beneficiary ?beneficiary ;
      tw:announcedIn ?announcement .
  ?amount tw:amountValue ?value ; tw:currency ?currency .
  ?announcement tw:agent ?announcer ; tw:onBehalfOf id:salesforce ; tw:via ?platform .
  BIND(DATATYPE(?value) = xsd:decimal AS ?valueIsDecimal)
}"""
    )
    assert rows == {
        (
            ID + "salesforce-pledge-1-million",
            "1000000",
            "USD",
            "true",
            ID + "organizations-supporting-separated-families",
            ID + "keith-block",
            ID + "twitter",
        )
    }


def test_salesforce_org_matches_employee_contributions(seed_select):
    rows = seed_select(
        PREFIXES
        + """
SELECT ?pledge ?nonProfit ?matched ?announcedIn WHERE {
  ?pledge a tw:MatchingPledge ;
      tw:agent ?nonProfit ;
      tw:matchesContributionsOf ?matched ;
      tw:announcedIn ?announcedIn .
  ?nonProfit a tw:NonProfit ; tw:affiliatedWith id:salesforce .
  ?matched tw:membersWorkFor id:salesforce .
}"""
    )
    assert rows == {
        (
            ID + "salesforce-org-matching-pledge",
            ID + "salesforce-org",
            ID + "salesforce-employees",
            ID + "block-twitter-announcement",
        )
    }


def test_offices_held_at_companies(seed_select):
    rows = seed_select(
        PREFIXES
        + """
SELECT ?person ?role ?company WHERE {
  ?position a tw:Position ; tw:holder ?person ; tw:role ?role ; tw:positionIn ?company .
  ?company a tw:Company .
  FILTER(STRSTARTS(STR(?person), "https://techworkers.example/id/"))
  FILTER(STRSTARTS(STR(?company), "https://techworkers.example/id/"))
}"""
    )
    assert rows == {
        (ID + "marc-benioff", TW + "ChiefExecutiveOfficer", ID + "salesforce"),
        (ID + "keith-block", TW + "ChiefOperatingOfficer", ID + "salesforce"),
        (ID + "jeff-bezos", TW + "ChiefExecutiveOfficer", ID + "amazon"),
    }


def test_what_benioff_said(seed_select):
    rows = seed_select(
        PREFIXES
        + """
SELECT ?quotation ?text ?speaker ?statedIn ?source WHERE {
  ?quotation a tw:Quotation ;
      tw:speaker ?speaker ;
      tw:text ?text ;
      tw:statedIn ?statedIn ;
      tw:reportedIn ?source .
  ?speaker rdfs:label "Marc Benioff" .
}"""
    )
    assert rows == {
        (
            ID + "benioff-memo-quotation",
            BENIOFF_QUOTATION,
            ID + "marc-benioff",
            ID + "benioff-memo-2018-06-27",
            ARTICLE,
        )
    }
    denunciation = seed_select(
        PREFIXES
        + """
SELECT ?word ?denounced WHERE {
  ?event a tw:Denunciation ; tw:agent id:marc-benioff ;
      tw:characterization ?word ; tw:denounces ?denounced .
}"""
    )
    assert denunciation == {("inhumane", ID + "family-separation-policy")}


def test_what_happened_on_2018_06_26(seed_select):
    rows = seed_select(
        PREFIXES
        + """
SELECT ?event ?type ?agent ?court ?case WHERE {
  ?event tw:date "2018-06-26"^^xsd:date ; a ?type ; tw:agent ?agent .
  OPTIONAL { ?event tw:court ?court }
  OPTIONAL { ?event tw:inCase ?case }
  FILTER(STRSTARTS(STR(?type), STR(tw:)))
  FILTER NOT EXISTS {
    ?event a ?narrower . ?narrower rdfs:subClassOf ?type .
    FILTER(?narrower != ?type && STRSTARTS(STR(?narrower), STR(tw:)))
  }
}"""
    )
    assert rows == {
        (
            ID + "ms-l-v-ice-reunification-order",
            TW + "CourtOrder",
            ID + "dana-sabraw",
            ID + "us-district-court-for-the-southern-district-of-california",
            ID + "ms-l-v-ice",
        )
    }


def test_companies_that_denounced_the_separations_but_do_business_with_border_agencies(seed_select):
    rows = seed_select(
        PREFIXES
        + """
SELECT DISTINCT ?company ?agency WHERE {
  ?denunciation a tw:Denunciation ;
      tw:denounces id:family-separation-policy ;
      tw:actor ?company .
  ?company a tw:Company ; tw:doesBusinessWith ?agency .
  ?agency tw:involvedIn id:us-mexico-border-policies .
  FILTER(STRSTARTS(STR(?company), "https://techworkers.example/id/"))
  FILTER(STRSTARTS(STR(?agency), "https://techworkers.example/id/"))
}"""
    )
    assert rows == {
        (ID + "salesforce", ID + "us-customs-and-border-protection"),
        (ID + "microsoft", ID + "us-immigration-and-customs-enforcement"),
        (ID + "amazon", ID + "government-agencies-using-amazon-facial-recognition"),
    }


def test_what_google_did_about_its_pentagon_contract(seed_select):
    rows = seed_select(
        PREFIXES
        + """
SELECT ?decision ?type ?contract ?client ?program ?after ?resigners WHERE {
  ?decision tw:agent id:google ; tw:concernsAgreement ?contract ; tw:after ?after ; a ?type .
  ?type rdfs:subClassOf tw:ContractDecision .
  FILTER(?type != tw:ContractDecision)
  ?contract tw:client ?client ; tw:concerns ?program .
  ?client skos:altLabel "the Pentagon" .
  ?after a tw:Resignation ; tw:agent ?resigners ; tw:motivatedBy ?program .
  ?resigners tw:membersWorkFor id:google .
}"""
    )
    assert rows == {
        (
            ID + "google-pentagon-contract-non-renewal",
            TW + "ContractNonRenewal",
            ID + "google-pentagon-contract",
            ID + "us-department-of-defense",
            ID + "project-maven",
            ID + "google-employee-resignations",
            ID + "google-employees-who-resigned",
        )
    }


ORGANIZATIONS = {
    "salesforce",
    "salesforce-org",
    "microsoft",
    "amazon",
    "google",
    "us-department-of-homeland-security",
    "us-customs-and-border-protection",
    "us-immigration-and-customs-enforcement",
    "us-department-of-defense",
    "white-house",
    "trump-administration",
    "us-district-court-for-the-southern-district-of-california",
    "techcrunch",
    "bloomberg-news",
}
PEOPLE = {"marc-benioff", "keith-block", "jeff-bezos", "dana-sabraw"}


@pytest.mark.parametrize(
    ("aligned_class", "expected"),
    [
        ("schema:Organization", ORGANIZATIONS),
        ("schema:Person", PEOPLE),
        ("foaf:Person", PEOPLE),
        ("schema:NewsArticle", {"techcrunch-2018-06-28-salesforce-cbp"}),
    ],
)
def test_aligned_classes_answer_after_reasoning(seed_select, seed_ask, aligned_class, expected):
    rows = seed_select(
        PREFIXES
        + f"""
SELECT ?x WHERE {{
  ?x a {aligned_class} .
  FILTER(STRSTARTS(STR(?x), "https://techworkers.example/id/"))
}}"""
    )
    assert rows == {(ID + slug,) for slug in expected}
    assert not seed_ask(PREFIXES + f"ASK {{ GRAPH <{CURATED}> {{ ?x a {aligned_class} }} }}")


def test_sem_events_with_time_stamps_answer_after_reasoning(seed_select, seed_ask):
    rows = seed_select(
        PREFIXES
        + """
SELECT ?event ?timeStamp WHERE {
  ?event a sem:Event ; sem:hasTimeStamp ?timeStamp .
}"""
    )
    assert rows == {
        (ID + "ms-l-v-ice-reunification-order", "2018-06-26"),
        (ID + "benioff-memo-2018-06-27", "2018-06-27"),
    }
    in_curated = f"ASK {{ GRAPH <{CURATED}> {{ {{ ?e a sem:Event }} UNION {{ ?e sem:hasTimeStamp ?t }} }} }}"
    assert not seed_ask(PREFIXES + in_curated)


def test_wikidata_iri_finds_salesforce_contract(seed_select, seed_ask):
    rows = seed_select(
        PREFIXES
        + """
SELECT ?contract ?agency ?since WHERE {
  ?contract tw:contractor wd:Q941127 ; tw:client ?agency ; tw:startDate ?since .
  FILTER(STRSTARTS(STR(?agency), "https://techworkers.example/id/"))
}"""
    )
    assert rows == {(ID + "salesforce-cbp-contract", ID + "us-customs-and-border-protection", "2018-03")}
    assert seed_ask(PREFIXES + "ASK { wd:Q941127 tw:hasContractWith wd:Q368804 }")
    assert not seed_ask(PREFIXES + f"ASK {{ GRAPH <{CURATED}> {{ ?contract tw:contractor wd:Q941127 }} }}")
