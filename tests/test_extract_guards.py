"""Sentences a rule must not misread: made up by a review of the rules added after rounds 86-89,
each of which one of those rules misread before it was narrowed (docs/extraction.md)."""

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
        """FILTER NOT EXISTS { ?d a tw:ContractDecision }""",
    ),
    "asked to stop one thing and cancel another, the company decides neither": (
        "Employees urged Acme to stop bidding on military work and cancel its contract with the Navy,"
        " according to a letter seen by Test Wire.",
        """FILTER NOT EXISTS { ?d a tw:ContractCancellation }""",
    ),
    "a coalition of parents and teachers is no group of organizations": (
        "A coalition of parents and teachers is asking the Wexford school board to cancel its contract"
        " with Lumatic.",
        """FILTER NOT EXISTS { ?g a tw:OrganizationGroup }""",
    ),
    "a company named like the county it sells to stays a company": (
        "Mesa, a software company based in Denver, sold its analytics tools to the Mesa County Sheriff's"
        " Office last year. The Mesa contract drew protests, and Mesa said it would review the deal.",
        """?mesa a tw:Company ; rdfs:label "Mesa" .""",
    ),
    "a that-clause after a verb of telling is one claim, not a list": (
        "Acme spokesperson Maria Lenz said the company told employees on Monday, in an email, that it"
        " would keep the contract.",
        """FILTER NOT EXISTS { ?c tw:text "the company told employees on Monday, in an email" }""",
    ),
    "engineers who no longer work at a company are not its staff": (
        "More than 30 engineers who no longer work at Acme signed a letter asking the Navy to end its"
        " surveillance program.",
        """FILTER NOT EXISTS { ?g tw:membersWorkFor ?acme . ?acme rdfs:label "Acme" }""",
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


@pytest.mark.parametrize("case", GUARDS)
def test_a_rule_does_not_misread(read, case: str) -> None:
    body, pattern = GUARDS[case]
    assert read(body).query(f"{PREFIX_LINES}\nASK {{ {pattern} }}").askAnswer, case
