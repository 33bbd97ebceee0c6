"""The order of events that 'after' states (kg/extract/sequence.py), on sentences made up for the
tests and read by the real pipeline."""

import pytest

from kg.namespaces import PREFIXES

PREFIX_LINES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items())

ORDERED = {
    "a resignation weeks after a letter": (
        "More than 200 Acme employees signed a letter to chief executive Dana Whit on Monday asking her to"
        " cancel the company's contract with the Navy. Paul Harkin, an engineering manager, resigned on"
        " Thursday, three days after the employees signed the letter.",
        "?r a tw:Resignation ; tw:after ?p . ?p a tw:Petition .",
    ),
    "words said after a walkout, told again by its noun": (
        "About 300 engineers at Acme walked out on Tuesday to protest the company's contract with the"
        " Army. Dana Whit, Acme's chief executive, said after the walkout that the company would keep"
        " the contract.",
        "?s tw:agent id:dana-whit ; tw:after ?w . ?w a tw:Walkout .",
    ),
}

UNORDERED = {
    "'after' inside what someone said orders nothing": (
        "Dana Whit, Acme's chief executive, said the company would review the contract after the election.",
        "?s a tw:Statement ; tw:agent id:dana-whit . ?c tw:statedIn ?s .",
    ),
    "a noun names again only an event told before it": (
        "Paul Harkin resigned from Acme on Thursday after the letter. On Friday, more than 200 Acme"
        " employees signed a letter to the company's board asking it to cancel the Navy contract.",
        "?r a tw:Resignation . ?p a tw:Petition .",
    ),
}
"""Each sentence with the events it does tell (so that the test fails if the reading is lost) and
no 'after' between them."""


@pytest.mark.parametrize("case", ORDERED)
def test_after_orders_two_events(read, case: str) -> None:
    body, pattern = ORDERED[case]
    assert read(body).query(f"{PREFIX_LINES}\nASK {{ {pattern} }}").askAnswer, case


@pytest.mark.parametrize("case", UNORDERED)
def test_no_order_without_two_events(read, case: str) -> None:
    body, events = UNORDERED[case]
    facts = read(body)
    assert facts.query(f"{PREFIX_LINES}\nASK {{ {events} }}").askAnswer, case
    assert not facts.query(f"{PREFIX_LINES}\nASK {{ ?a tw:after ?b }}").askAnswer, case
