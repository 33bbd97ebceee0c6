"""Sentences a rule must not misread: made up by reviews of the rules added after rounds 86-89
(GUARDS: each misread by one of those rules before it was narrowed) and after rounds 90-93
(ROUND_90_READINGS: each misread before that session's fixes; docs/extraction.md) and after
rounds 94-97 (ROUND_94_READINGS: each misread before that session's fixes, except two that rules
added in that session misread before they were narrowed: "The workers left their desks" and "A
statement the department released ... said")."""

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


ROUND_94_READINGS = {
    "a digest's heading in sentence case names no company of its own": (
        "Three shorter items from this week.\n\n"
        "Quorlan ethics executive resigns over homeland security deal\n\n"
        "Clementine Hartsell, vice president for data ethics at Quorlan Analytics, a Denver data-analytics"
        " firm, resigned on Monday. Quorlan said it was grateful for her work.",
        """?r a tw:Resignation ; tw:agent id:clementine-hartsell .
        ?s tw:agent id:quorlan-analytics . FILTER NOT EXISTS { ?x tw:componentOf ?y }""",
    ),
    "'Mr Trethewy', written without a full stop, is the man named before": (
        "Gideon Trethewy, the managing director of Kestrelford, wrote to staff on Wednesday. Mr Trethewy"
        " said the company would honour the contract.",
        """?c a tw:Claim ; tw:attributedTo id:gideon-trethewy ;
            tw:text "the company would honour the contract" .
        FILTER NOT EXISTS { ?p rdfs:label "Mr Trethewy" }""",
    ),
    "'£14.6m' is fourteen point six million pounds": (
        "Kestrelford signed a £14.6m contract with the Home Office in 2023.",
        """?c tw:contractValue [ tw:amountValue "14600000"^^xsd:decimal ; tw:currency "GBP" ] .""",
    ),
    "a deal won by a name not read as an actor is not the company's in focus": (
        "Kestrelford signed a contract with the Home Office in 2023. Brindle won a $3.8 million deal with"
        " the Navy.",
        """?c tw:contractor id:kestrelford ; tw:client id:home-office .
        FILTER NOT EXISTS { ?d tw:contractor id:kestrelford ; tw:client id:navy }""",
    ),
    "a company's name without its 'Inc.'": (
        "The case, State of New Mexico v. Loomstead Data Inc., was filed on Feb. 10. Loomstead Data sold"
        " location data to ICE.",
        """id:loomstead-data a tw:Company . id:state-of-new-mexico a tw:GovernmentOrganization .""",
    ),
    "a name ending in 'Geospatial' or 'Games' is a company's": (
        "Wyecliff Geospatial said on Wednesday that it had renewed its agreement with the Army. Thistlegrove"
        " Games, the Austin studio best known for the game Lanternfall, dropped a contract with the Navy.",
        """id:wyecliff-geospatial a tw:Company . id:thistlegrove-games a tw:Company .""",
    ),
    "employees who left their desks to protest walked out": (
        "Employees of the ride-hailing company Swiftlark left their desks at lunchtime on Wednesday to"
        " protest an agreement with the Chicago Police Department.",
        """?w a tw:Walkout ; tw:date "2019-11-06"^^xsd:date .""",
    ),
    "a hunger strike that ended on Saturday is a workers' action, not dated by its end": (
        "Three employees of Pellacott Communications ended a hunger strike on Saturday.",
        """?a a tw:WorkerAction ; tw:agent [ tw:memberCount 3 ] .
        FILTER NOT EXISTS { ?a a tw:Walkout } FILTER NOT EXISTS { ?a tw:date ?day }""",
    ),
    "a double-barrelled surname, alone or after a first name, is a person's": (
        "Salcedo-Hartt, a senior software engineer at Skerrybrook Software, said the company would keep"
        " the contract. Caspar Tarrant-Vos told employees of Skerrybrook Software that the company would"
        " not renew its contract with the Defense Logistics Agency.",
        """?s tw:agent ?p . ?p a tw:Person ; rdfs:label "Salcedo-Hartt" .
        id:caspar-tarrant-vos a tw:Person .""",
    ),
    "'Replying in an all-staff email, he told employees' is a memo": (
        "Gideon Trethewy, the managing director of Kestrelford, received the letter on Monday. Replying in"
        " an all-staff email sent later on Wednesday, a copy of which was seen by Hostwatch, Trethewy told"
        " employees that Kestrelford would honour the contract.",
        """?m a tw:Memo ; tw:agent id:gideon-trethewy .""",
    ),
    "'the assessment it says it carried out' is no statement of the company's": (
        "More than 120 Kestrelford engineers signed a letter on Monday. The signatories ask Kestrelford to"
        " withdraw from the contract, to publish the human rights assessment it says it carried out before"
        " bidding, and to rule out any further work for immigration enforcement.",
        """?p a tw:Petition ; tw:demand "withdraw from the contract" .
        FILTER NOT EXISTS { ?s a tw:Statement ; tw:agent id:kestrelford }""",
    ),
    "a contract's purpose ends before ', in an open letter'": (
        "Engineers at Kestrelford have called on its leadership to walk away from a £14.6m Home Office"
        " contract to run a data platform used in immigration enforcement, in an open letter that has"
        " exposed rare divisions at the company.",
        """?c tw:purpose "run a data platform used in immigration enforcement" .""",
    ),
    "one unnamed researcher who resigned with a resignation letter is no group and no petition": (
        "A senior safety researcher at Vantwell has resigned in protest at the company's contract with the"
        " U.S. Army, publishing a resignation letter that accuses its leadership of abandoning its"
        " principles. Ilse Varnhagen, who led the lab's evaluations team, resigned on Thursday.",
        """?r a tw:Resignation ; tw:agent id:ilse-varnhagen .
        FILTER NOT EXISTS { ?p a tw:Petition } FILTER NOT EXISTS { ?g a tw:PersonGroup }""",
    ),
    "'A senior engineer ... resigned', then 'The engineer, Dana M. Okafor,': her resignation": (
        "A senior engineer at Corsewood Labs, the Pittsburgh company, resigned on Monday over the company's"
        " work on an Air Force program. The engineer, Dana M. Okafor, had led the labelling team since 2020.",
        """?r a tw:Resignation ; tw:agent id:dana-m-okafor . FILTER NOT EXISTS { ?g a tw:PersonGroup }""",
    ),
    "what she asks in the letter and what she wrote that are one letter": (
        "Ilse Varnhagen resigned from Vantwell on Thursday. In the letter, which runs to about 1,500 words,"
        " she asks the company to publish the terms it agreed with the Army. She wrote that her team had"
        " been given less than a week to assess the models.",
        """?l a tw:Letter ; tw:agent id:ilse-varnhagen ; tw:demand ?d . ?c tw:statedIn ?l .
        FILTER NOT EXISTS { ?other a tw:Letter . FILTER(?other != ?l) }""",
    ),
    "who has not commented on the letter made no statement in it": (
        "Ilse Varnhagen resigned from Vantwell on Thursday and posted her letter to chief executive Corwin"
        " Roderick-Vey. Roderick-Vey has not commented publicly on the letter.",
        """?r a tw:Resignation . FILTER NOT EXISTS { ?s tw:agent id:corwin-roderick-vey }""",
    ),
    "'researchers who have quit say' speaks of no one resignation": (
        "Ilse Varnhagen resigned from Vantwell on Thursday. Researchers who have quit say their employers"
        " are moving faster than their own safety processes allow.",
        """?r a tw:Resignation ; tw:agent id:ilse-varnhagen .
        FILTER NOT EXISTS { ?x a tw:Resignation . FILTER(?x != ?r) }""",
    ),
    "the signers of 'a week after roughly 300 of its employees signed a petition'": (
        "Thistlegrove Games, the Austin studio, has dropped a planned contract to build a simulator for the"
        " Lattimer County Sheriff's Office, a week after roughly 300 of its employees signed a petition"
        " against the project.",
        """?p a tw:Petition ; tw:agent [ tw:memberCount 300 ; tw:membersWorkFor id:thistlegrove-games ] .""",
    ),
    "a contracting agency is a firm, and 'the Annotators and Testers Guild' one name": (
        "Members of the Annotators and Testers Guild backed a resolution calling on Ferrowick to withdraw its"
        " bid by 318 votes to 41. They are employed by Bellmoor Staffing, a contracting agency that supplies"
        " Ferrowick with workers.",
        """id:bellmoor-staffing a tw:Company . ?guild rdfs:label "Annotators and Testers Guild" .""",
    ),
    "the judge of 'The order, issued on Tuesday by Judge X' is named": (
        "A federal judge has temporarily barred Loomstead Data from selling location data to federal"
        " agencies. The temporary restraining order, issued on Tuesday by U.S. District Judge Eloisa"
        " Etcheverry, requires Loomstead to stop selling the data.",
        """?o a tw:CourtOrder ; tw:agent id:eloisa-etcheverry ; tw:date "2019-11-05"^^xsd:date .
        FILTER NOT EXISTS { ?o tw:agent ?other . FILTER(?other != id:eloisa-etcheverry) }""",
    ),
    "demands listed after a colon are no decision": (
        "Acme has a contract with CBP. The demands have not changed: cancel the PortWatch contract and make"
        " its terms public.",
        """?c tw:contractor id:acme . FILTER NOT EXISTS { ?d a tw:ContractCancellation }""",
    ),
    "what the company must agree to before strikers eat again is no decision": (
        "Three employees of Pellacott Communications stopped eating on Monday. They said from the start that"
        " they would not eat until Pellacott agreed to end its contract with U.S. Immigration and Customs"
        " Enforcement or, at a minimum, to have it examined by someone outside the company.",
        """?c tw:contractor id:pellacott-communications .
        FILTER NOT EXISTS { ?d a tw:ContractCancellation }""",
    ),
    "'Bellcote Governance Advisers, a proxy adviser' is a company, not a person": (
        "That position put the board at odds with Bellcote Governance Advisers, a proxy adviser whose"
        " recommendations are followed by many public pension funds.",
        """id:bellcote-governance-advisers a tw:Company .""",
    ),
    "'The workers left their desks at 1 p.m.' tells the walkout again": (
        "Hundreds of Wayfair employees walked out on Wednesday to protest the company's sales to a"
        " contractor running migrant detention camps. The workers left their desks at 1 p.m. and gathered"
        " in Copley Square.",
        """?w a tw:Walkout . FILTER NOT EXISTS { ?x a tw:Walkout . FILTER(?x != ?w) }""",
    ),
    "one employee's question is no petition, and a contract the company never had is none": (
        "Kelderwick Data told its staff it had no business with U.S. Immigration and Customs Enforcement."
        " At an all-hands meeting on Aug. 5, an employee asked chief executive Odalys Gildersleeve whether"
        " the company sold data to immigration authorities. Gildersleeve replied that the company had never"
        " had a contract with U.S. Immigration and Customs Enforcement.",
        """?s tw:agent id:odalys-gildersleeve .
        FILTER NOT EXISTS { ?p a tw:Petition } FILTER NOT EXISTS { ?c a tw:Contract }""",
    ),
    "a live blog's time zone is no company": (
        "Live updates from outside the Pittsburgh headquarters of Vessendry Analytics. All times are"
        " Eastern.",
        """id:vessendry-analytics a tw:Company . FILTER NOT EXISTS { ?x rdfs:label "Eastern" }""",
    ),
    "'A statement the department released ... said' is the department's statement": (
        "The Department of the Interior grounded its fleet of drones on Wednesday. A statement the"
        " department released with the order said drones remained essential to missions such as fighting"
        " fires.",
        """?s tw:agent id:department-of-the-interior . ?c tw:statedIn ?s ;
            tw:text "drones remained essential to missions such as fighting fires" .""",
    ),
    "'announced a $2 million pledge to X' is a pledge of a gift": (
        "Varnhollow Systems announced a $2 million pledge to the Linden Arch Immigrant Law Center in March"
        " 2022.",
        """?d a tw:DonationPledge ; tw:agent id:varnhollow-systems ;
            tw:beneficiary id:linden-arch-immigrant-law-center .""",
    ),
}


@pytest.mark.parametrize("case", ROUND_90_READINGS)
def test_a_round_90_reading(read, case: str) -> None:
    body, pattern = ROUND_90_READINGS[case]
    assert read(body).query(f"{PREFIX_LINES}\nASK {{ {pattern} }}").askAnswer, case


@pytest.mark.parametrize("case", ROUND_94_READINGS)
def test_a_round_94_reading(read, case: str) -> None:
    body, pattern = ROUND_94_READINGS[case]
    assert read(body).query(f"{PREFIX_LINES}\nASK {{ {pattern} }}").askAnswer, case


@pytest.mark.parametrize("case", GUARDS)
def test_a_rule_does_not_misread(read, case: str) -> None:
    body, pattern = GUARDS[case]
    assert read(body).query(f"{PREFIX_LINES}\nASK {{ {pattern} }}").askAnswer, case


def test_a_digest_s_headings_are_found_and_prose_is_not() -> None:
    """The capitals over a digest's items (Article.headings), and its headings in sentence case
    (a paragraph of a few words without final punctuation), are not parsed as sentences; a wire
    story's dateline, an acronym in a sentence and a short sentence are prose."""
    from datetime import date

    from kg.extract.article import Article, ArticleMetadata

    title = "Tech and government briefs\n\n"
    body = (
        "ACME STAFF PETITION AGAINST NAVY BID\n\n"
        "SAN DIEGO - More than 300 Acme employees signed a petition.\n\n"
        "ARMY AWARDS KELVANE $48.7 MILLION CONTRACT\n\nThe FBI and the NSA did not comment.\n\n"
        "Pension fund files proposal on Kestrelmoor's ICE contract\n\n"
        "The Marbury Firefighters' Pension Fund has filed a shareholder proposal.\n"
    )
    meta = ArticleMetadata("briefs-test", "Tech and government briefs", date(2024, 11, 7), "Test Wire")
    article = Article(title + body, len(title), meta)
    found = [article.text[begin:end] for begin, end in article.headings()]
    assert found == [
        "ACME STAFF PETITION AGAINST NAVY BID",
        "ARMY AWARDS KELVANE $48.7 MILLION CONTRACT",
        "Pension fund files proposal on Kestrelmoor's ICE contract",
    ]
