"""Each kind of fact the rules read, on the real articles (extraction alone, curated graph off)."""

import pytest
from rdflib import Graph

from kg.namespaces import PREFIXES

SEED = "techcrunch-2018-06-28-salesforce-cbp"
MEMO_QUOTE = (
    "opposed to separating children from their families at the border. It is immoral. I have personally "
    "financially supported legal groups helping families at the border. I also wrote to the White House "
    "to encourage them to end this horrible situation."
)
PREFIX_LINES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items())


def holds(graph: Graph, pattern: str) -> bool:
    return graph.query(f"{PREFIX_LINES}\nASK {{ {pattern} }}").askAnswer


CASES = {
    "role: chief executive officer Marc Benioff": (
        SEED,
        """
        ?p a tw:Position ; tw:holder id:marc-benioff ; tw:role tw:ChiefExecutiveOfficer ;
           tw:positionIn id:salesforce .""",
    ),
    "role: Salesforce chief operating officer Keith Block": (
        SEED,
        """
        ?p tw:holder id:keith-block ; tw:role tw:ChiefOperatingOfficer ; tw:positionIn id:salesforce .""",
    ),
    "role: Microsoft president Brad Smith": (
        "microsoft-ice-2018-06-20",
        """
        ?p tw:holder id:brad-smith ; tw:role tw:President ; tw:positionIn id:microsoft .""",
    ),
    "contract with since-date and purpose": (
        SEED,
        """
        ?c a tw:Contract ; tw:contractor id:salesforce ; tw:client id:us-customs-and-border-protection ;
           tw:startDate "2018-03"^^xsd:gYearMonth ; tw:purpose ?purpose .
        FILTER(CONTAINS(?purpose, "staff recruiting"))""",
    ),
    "contract value, start and end": (
        "google-maven-2018-06-02",
        """
        ?c tw:contractor id:google ; tw:client id:us-department-of-defense ; tw:concerns id:project-maven ;
           tw:startDate "2017-09"^^xsd:gYearMonth ; tw:endDate "2019-03"^^xsd:gYearMonth .""",
    ),
    "money: $19.4 million contract": (
        "microsoft-ice-2018-06-20",
        """
        ?c tw:contractor id:microsoft ; tw:contractValue [ tw:amountValue ?v ; tw:currency "USD" ] .
        FILTER(?v = 19400000)""",
    ),
    "petition: signatories with a lower bound, addressee, demand, contract": (
        SEED,
        """
        ?p a tw:Petition ; tw:agent ?g ; tw:addressedTo id:marc-benioff ; tw:demand "reexamine the deal" ;
           tw:concernsAgreement [ tw:client id:us-customs-and-border-protection ] .
        ?g tw:memberCount 650 ; tw:countQualifier tw:MoreThan ; tw:membersWorkFor id:salesforce .""",
    ),
    "petition: approximate count, two demands": (
        "google-maven-2018-06-02",
        """
        ?p a tw:Petition ; tw:agent [ tw:memberCount 4000 ; tw:countQualifier tw:Approximately ] ;
           tw:addressedTo id:sundar-pichai ; tw:demand "cancel the project" .""",
    ),
    "letter: date and who reported it": (
        "microsoft-ice-2018-06-20",
        """
        ?p a tw:Petition ; tw:date "2018-06-19"^^xsd:date ; tw:reportedBy id:the-new-york-times ;
           tw:addressedTo id:satya-nadella .""",
    ),
    "memo: author, audience, who obtained it, what it answers": (
        SEED,
        """
        ?m a tw:Memo ; tw:agent id:marc-benioff ; tw:onBehalfOf id:salesforce ;
           tw:obtainedBy id:bloomberg-news ;
           tw:addressedTo [ tw:membersWorkFor id:salesforce ] ; tw:inResponseTo [ a tw:Petition ] ;
           tw:reportedly true .""",
    ),
    "memo: date of 'late Tuesday'": (
        "microsoft-ice-2018-06-20",
        """
        ?m a tw:Memo ; tw:agent id:satya-nadella ; tw:date "2018-06-19"^^xsd:date .""",
    ),
    "claim: what a memo says": (
        SEED,
        """
        ?c a tw:Claim ; tw:attributedTo id:marc-benioff ; tw:statedIn [ a tw:Memo ] ; tw:text ?text .
        FILTER(STRSTARTS(?text, "Salesforce will continue its contract"))""",
    ),
    "quotation: speaker and exact words": (
        SEED,
        """
        ?q a tw:Quotation ; tw:speaker id:marc-benioff ; tw:statedIn [ a tw:Memo ] ;
           tw:text ?text . FILTER(?text = "{MEMO_QUOTE}")""".replace("{MEMO_QUOTE}", MEMO_QUOTE),
    ),
    "announcement on a platform": (
        SEED,
        """
        ?a a tw:Announcement ; tw:agent id:keith-block ; tw:via id:twitter ; tw:onBehalfOf id:salesforce .""",
    ),
    "donation pledge: donor, amount, recipient, announced in": (
        SEED,
        """
        ?d a tw:DonationPledge ; tw:agent id:salesforce ; tw:amount [ tw:amountValue ?v ;
           tw:currency "USD" ] ;
           tw:beneficiary [ a tw:OrganizationGroup ] ; tw:announcedIn [ a tw:Announcement ] .
        FILTER(?v = 1000000)""",
    ),
    "matching pledge": (
        SEED,
        """
        ?d a tw:MatchingPledge ; tw:agent [ a tw:NonProfit ; tw:affiliatedWith id:salesforce ] ;
           tw:matchesContributionsOf [ tw:membersWorkFor id:salesforce ] .""",
    ),
    "past donation": (
        SEED,
        """?d a tw:Donation ; tw:agent id:marc-benioff ; tw:beneficiary [ a tw:OrganizationGroup ] .""",
    ),
    "letter written to the White House": (
        SEED,
        """
        ?l a tw:Letter ; tw:agent id:marc-benioff ; tw:addressedTo id:white-house ;
           tw:demand "end this horrible situation" .""",
    ),
    "decision: continue": (
        SEED,
        """
        ?d a tw:ContractContinuation ; tw:agent id:salesforce ; tw:announcedIn [ a tw:Memo ] ;
           tw:concernsAgreement [ tw:client id:us-customs-and-border-protection ] .""",
    ),
    "decision: not renew, after resignations": (
        SEED,
        """
        ?d a tw:ContractNonRenewal ; tw:agent id:google ; tw:after [ a tw:Resignation ] ;
           tw:concernsAgreement [ tw:client id:us-department-of-defense ] .""",
    ),
    "resignation: group and motive": (
        SEED,
        """
        ?r a tw:Resignation ; tw:agent [ tw:membersWorkFor id:google ] ; tw:motivatedBy id:project-maven .""",
    ),
    "resignation: approximate count": (
        "google-maven-2018-06-02",
        """
        ?r a tw:Resignation ; tw:agent [ tw:memberCount 12 ; tw:countQualifier tw:Approximately ] .""",
    ),
    "court order": (
        SEED,
        """
        ?o a tw:CourtOrder ; tw:date "2018-06-26"^^xsd:date ; tw:agent [ a tw:Person ] ;
           tw:orders "reunite families and end most separations" .""",
    ),
    "request for comment": (
        SEED,
        """?r a tw:RequestForComment ; tw:agent id:techcrunch ; tw:addressedTo id:salesforce .""",
    ),
    "request for comment, unanswered": (
        "amazon-rekognition-2018-06-22",
        """
        ?r a tw:RequestForComment ; tw:addressedTo id:amazon .""",
    ),
    "denunciation with the speaker's word": (
        "microsoft-ice-2018-06-20",
        """
        ?d a tw:Denunciation ; tw:agent id:satya-nadella ; tw:denounces [ a tw:Policy ] ;
           tw:characterization "cruel and abusive" .""",
    ),
    "policy and whose it is": (SEED, """?p a tw:Policy ; tw:policyOf id:trump-administration ."""),
    "report by an organization, and its finding": (
        "amazon-rekognition-2018-06-22",
        """
        ?c a tw:Claim ; tw:attributedTo id:american-civil-liberties-union ;
           tw:statedIn [ tw:date "2018-05"^^xsd:gYearMonth ] .""",
    ),
    "organizations asking a company": (
        "amazon-rekognition-2018-06-22",
        """
        ?s tw:agent id:american-civil-liberties-union , [ tw:memberCount 30 ;
           tw:countQualifier tw:MoreThan ] ;
           tw:addressedTo id:amazon ; tw:date "2018-05"^^xsd:gYearMonth .""",
    ),
    "product and maker; part of a company": (
        "amazon-rekognition-2018-06-22",
        """
        id:rekognition tw:developedBy id:amazon . id:amazon-web-services tw:componentOf id:amazon .""",
    ),
    "program run by an agency": (
        "google-maven-2018-06-02",
        """id:project-maven tw:runBy id:us-department-of-defense .""",
    ),
    "place and use of a product": (
        "amazon-rekognition-2018-06-22",
        """
        id:washington-county-sheriffs-office tw:location id:oregon ; tw:usesTechnology id:rekognition .""",
    ),
    "business tie": (
        "amazon-rekognition-2018-06-22",
        """
        id:palantir tw:doesBusinessWith id:us-immigration-and-customs-enforcement .""",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_extraction_reads(extracted_alone: dict, case: str) -> None:
    slug, pattern = CASES[case]
    assert holds(extracted_alone[slug].facts, pattern), case


def test_nothing_is_read_from_a_denial(extracted_alone: dict) -> None:
    """'The memo did not say that the contract would end': no decision to end it."""
    facts = extracted_alone["microsoft-ice-2018-06-20"].facts
    assert not holds(facts, "?d a tw:ContractCancellation .")
