"""Sentences a rule must not misread: made up by reviews of the rules added after rounds 86-89
(GUARDS: each misread by one of those rules before it was narrowed) and after rounds 90-93
(ROUND_90_READINGS: each misread before that session's fixes; docs/extraction.md)."""

import pytest

from kg.namespaces import PREFIXES

PREFIX_LINES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items())

GUARDS = {
    "an interview request declined names no interviewee": (
        "Test Wire spoke with Dana Whit, a software engineer who organized last week's walkout at Brindle"
        " Systems, on Monday. Brindle's chief executive, Paul Harkin, declined an interview request.\n\n"
        "Q: Why did you walk out?\n\nA: We did not want our work used for surveillance.\n\n"
        "Q: What comes next?\n\nA: We keep organizing until the contract is cancelled.",
        """?q a tw:Quotation ; tw:speaker id:dana-whit .
        FILTER NOT EXISTS { ?other tw:speaker id:paul-harkin }""",
    ),
    "engineers pausing work for an hour make no decision about the contract": (
        "About 40 engineers at Acme paused work on the company's Navy contract for an hour on Tuesday to"
        " protest the deal.",
        """?c a tw:Contract . FILTER NOT EXISTS { ?d a tw:ContractDecision }""",
    ),
    "asked to stop one thing and cancel another, the company decides neither": (
        "Employees urged Acme to stop bidding on military work and cancel its contract with the Navy,"
        " according to a letter seen by Test Wire.",
        """?p a tw:Petition ; tw:demand "cancel its contract with the Navy" .
        FILTER NOT EXISTS { ?d a tw:ContractCancellation }""",
    ),
    "a coalition of parents and teachers is no group of organizations": (
        "A coalition of parents and teachers is asking the Wexford school board to cancel its contract"
        " with Lumatic, a software company.",
        """?l a tw:Company ; rdfs:label "Lumatic" . FILTER NOT EXISTS { ?g a tw:OrganizationGroup }""",
    ),
    "a company named like the county it sells to stays a company": (
        "Mesa, a software company based in Denver, sold its analytics tools to the Mesa County Sheriff's"
        " Office last year. The Mesa contract drew protests, and Mesa said it would review the deal.",
        """?mesa a tw:Company ; rdfs:label "Mesa" .""",
    ),
    "a that-clause after a verb of telling is one claim, not a list": (
        "Acme spokesperson Maria Lenz said the company told employees on Monday, in an email, that it"
        " would keep the contract.",
        """?s a tw:Statement ; tw:agent id:maria-lenz .
        FILTER NOT EXISTS { ?c tw:text "the company told employees on Monday, in an email" }""",
    ),
    "engineers who no longer work at a company are not its staff": (
        "More than 30 engineers who no longer work at Acme signed a letter asking the Navy to end its"
        " surveillance program.",
        """?p a tw:Petition ; tw:agent ?g . ?g tw:memberCount 30 .
        FILTER NOT EXISTS { ?g tw:membersWorkFor ?acme . ?acme rdfs:label "Acme" }""",
    ),
    "what a board orders its managers to do is the company's decision": (
        "The Halvard board ordered managers to cancel the company's contract with the Army on Monday, a"
        " spokesperson said.",
        """?d a tw:ContractCancellation .""",
    ),
    "a demand quoted from the organizers is still the walkout's demand": (
        'About 200 engineers at Acme walked out on Tuesday. "Organizers want the company to drop the Army'
        ' contract," said Dana Whit, a software engineer who joined the protest.',
        """?w a tw:Walkout ; tw:demand ?d .""",
    ),
}


ROUND_90_READINGS = {
    "a letter asking the company to say something makes no statement of the company's": (
        "More than 100 Acme employees signed a petition on Monday. It asks the company to say publicly that"
        " it does not support the measure, to donate to groups that help immigrants, and to adopt a rule on"
        " political giving.",
        """?p a tw:Petition ; tw:demand "donate to groups that help immigrants" .
        FILTER NOT EXISTS { ?s a tw:Statement ; tw:agent ?acme . ?acme rdfs:label "Acme" }
        FILTER NOT EXISTS { ?d a tw:Donation }""",
    ),
    "a pledge told twice is one pledge": (
        "Acme said on Tuesday that it would give $500,000 to immigrant-rights groups. The company's answer"
        " came in a blog post. Acme said it would donate $500,000 to three legal-aid groups in Colorado.",
        """?d a tw:DonationPledge . FILTER NOT EXISTS { ?e a tw:DonationPledge . FILTER(?e != ?d) }""",
    ),
    "'It also asks' after 'It asks' is still the letter": (
        "More than 200 Acme employees signed a letter to the board on Monday. By Thursday evening it had"
        ' passed 400 signatures, according to the organizers. It asks the board to "terminate the'
        ' Department of Defense agreement before any work begins." It also asks the board to give'
        " employees a vote on any military contract.",
        """?p a tw:Petition ; tw:demand "give employees a vote on any military contract" .
        FILTER NOT EXISTS { ?r tw:agent ?dod . ?dod rdfs:label ?name .
                            FILTER(CONTAINS(?name, "Defense")) }""",
    ),
    "a letter addressed to two people, each named after a title": (
        "About 230 contract workers at Acme signed a petition on Wednesday. The petition is addressed to"
        " Acme's chief executive, Owen Takahara, and to Brindle's president, Celia Okoro.",
        """?p a tw:Petition ; tw:addressedTo id:owen-takahara , id:celia-okoro .""",
    ),
    "a signer named after the letter is one of its signers": (
        "More than 70 Acme employees signed a letter to the board on Monday asking it to cancel the Navy"
        " contract. Hana Whitlock, a mapping engineer who signed the letter, called the reply weak.",
        """?p a tw:Petition ; tw:agent ?g . ?g tw:memberCount 70 ; tw:hasMember id:hana-whitlock .
        FILTER NOT EXISTS { ?p tw:agent ?other . FILTER(?other != ?g) }""",
    ),
    "one who walked out is of the walkout, and a walkout planned is none yet": (
        "More than 200 engineers at Acme walked out on Wednesday to protest the company's Navy contract."
        ' "We are asking now," said Tomasz Wierz, a data engineer who walked out. Organizers said they'
        " planned to hold a second walkout next month.",
        """?w a tw:Walkout ; tw:agent ?g . ?g tw:hasMember id:tomasz-wierz .
        FILTER NOT EXISTS { ?x a tw:Walkout . FILTER(?x != ?w) }""",
    ),
    "the signers of 'a petition that 450 employees signed', whose demands are not the walkout's": (
        "About 300 Acme engineers walked out on Wednesday. The walkout followed a petition that about 450"
        " Acme employees signed last month asking chief executive Dana Whit to cancel the contract.",
        """?p a tw:Petition ; tw:agent [ tw:memberCount 450 ] .
        FILTER NOT EXISTS { ?w a tw:Walkout ; tw:demand ?d }""",
    ),
    "a company's promise told inside the workers' quoted words is no pledge": (
        "More than 300 employees of Acme Robotics, a San Diego maker of drone software, have signed a"
        " petition asking chief executive Teresa Hall to withdraw the company's bid for a Navy contract.\n\n"
        '"We joined a company that said it would never build weapons or watch lists. A border drone is'
        ' both," the petition says.',
        """?p a tw:Petition . FILTER NOT EXISTS { ?x a tw:Pledge }""",
    ),
    "a name the model left unlabelled, with a relative clause of 'who', is a person's": (
        "Imogen Sato, who co-founded Acme with Owen Marsh in 2016 and is its chief technology officer, has"
        " become the company's most public defender of the contract.",
        """id:imogen-sato a tw:Person .""",
    ),
    "a relative clause after 'said at the meeting' is not what was said": (
        "The work accounts for about 4 percent of the company's revenue, Dana Whit said at the meeting, a"
        " recording of which was reviewed by Test Wire.",
        """?c a tw:Claim ; tw:attributedTo id:dana-whit .
        FILTER NOT EXISTS { ?x tw:text ?t . FILTER(CONTAINS(?t, "recording")) }""",
    ),
    "'the company' after the story has turned to another company": (
        "At Hollowfen Analytics, more than 300 workers signed a petition in June asking chief executive"
        " Mary Vent to cancel the company's contract with ICE. Hollowfen said it would keep the contract."
        " Hollowfen employees held a vigil in July. Hollowfen declined to comment.\n\n"
        "Gannetfield Software, a Boston maker of payroll software, took a third path. About 90 employees"
        " signed an open letter last month asking the company to end its $3.1 million contract with the"
        " Navy. The company has not ended the contract.",
        """?d a tw:ContractContinuation ; tw:agent id:gannetfield-software .""",
    ),
    "a company's headquarters in a city is where it is based": (
        "More than 200 engineers walked off the job on Wednesday and gathered outside Orwick's headquarters"
        " in Kansas City, Missouri, where they stayed for two hours.",
        """?orwick rdfs:label "Orwick" ; tw:location id:kansas-city .""",
    ),
    "what a consultant recommends the company do is no decision of the company's": (
        "The consulting firm recommended that Acme end its contract with the Navy, according to the report.",
        """?c tw:contractor ?acme . FILTER NOT EXISTS { ?d a tw:ContractCancellation }""",
    ),
    "what is said under a live blog's timed heading is of the day it is published": (
        "Live updates from Acme's shareholder meeting.\n\n9:00 a.m. - Meeting opens\n\nAcme's chief"
        " executive, Dana Whit, told shareholders that the company would keep the Navy contract.",
        """?s tw:agent id:dana-whit ; tw:date "2019-11-08"^^xsd:date .""",
    ),
}


@pytest.mark.parametrize("case", ROUND_90_READINGS)
def test_a_round_90_reading(read, case: str) -> None:
    body, pattern = ROUND_90_READINGS[case]
    assert read(body).query(f"{PREFIX_LINES}\nASK {{ {pattern} }}").askAnswer, case


@pytest.mark.parametrize("case", GUARDS)
def test_a_rule_does_not_misread(read, case: str) -> None:
    body, pattern = GUARDS[case]
    assert read(body).query(f"{PREFIX_LINES}\nASK {{ {pattern} }}").askAnswer, case


def test_a_digest_s_headings_are_found_and_prose_is_not() -> None:
    """The capitals over a digest's items (Article.headings) are not parsed as sentences; a wire
    story's dateline and an acronym in a sentence are prose."""
    from datetime import date

    from kg.extract.article import Article, ArticleMetadata

    title = "Tech and government briefs\n\n"
    body = (
        "ACME STAFF PETITION AGAINST NAVY BID\n\n"
        "SAN DIEGO - More than 300 Acme employees signed a petition.\n\n"
        "ARMY AWARDS KELVANE $48.7 MILLION CONTRACT\n\nThe FBI and the NSA did not comment.\n"
    )
    meta = ArticleMetadata("briefs-test", "Tech and government briefs", date(2024, 11, 7), "Test Wire")
    article = Article(title + body, len(title), meta)
    found = [article.text[begin:end] for begin, end in article.headings()]
    assert found == ["ACME STAFF PETITION AGAINST NAVY BID", "ARMY AWARDS KELVANE $48.7 MILLION CONTRACT"]
