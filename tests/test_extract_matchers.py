"""The event rules' DependencyMatcher patterns: verb classes from events.json, matched on the parse."""

import pytest

from kg.extract.matchers import expand, matches
from kg.extract.pipeline import load_pipeline

SENTENCES = {
    "Roughly 450 employees walked off the job on Wednesday.": ("walkout.verb", {"particle": "off"}),
    "About 300 engineers walked out of the offices.": ("walkout.verb", {"particle": "out"}),
    "Employees held a walkout on Monday.": ("walkout.noun", {"walkout": "walkout"}),
    "Two researchers resigned in protest.": ("resignation.verb", {"trigger": "resigned"}),
    "Daniel Reyes announced his resignation in a post.": ("resignation.noun", {"owner": "his"}),
    "More than 1,200 employees have signed an open letter.": ("petition.signed", {"petition": "letter"}),
    "A petition circulated in March and signed by three hundred employees called on the firm to stop.": (
        "petition.signed-by",
        {"signers": "employees"},
    ),
    "The company has pledged $5 million to the fund.": ("donation.sum", {"sum": "million"}),
    "I have personally financially supported legal groups.": ("donation.financial-support", {}),
}


@pytest.mark.parametrize("text", SENTENCES)
def test_a_pattern_matches_its_construction(text: str) -> None:
    rule, expected = SENTENCES[text]
    sentence = next(iter(load_pipeline()(text).sents))
    found = [m for m in matches(sentence, rule) if m.rule == rule]
    assert found, [m.rule for m in matches(sentence, "")]
    assert {name: found[0].tokens[name].text for name in expected} == expected


def test_a_pattern_does_not_match_what_it_does_not_say() -> None:
    sentence = next(
        iter(load_pipeline()("The employees walked to the office and signed the contract.").sents)
    )
    assert [m.rule for m in matches(sentence, "")] == []


def test_word_lists_are_expanded_by_name() -> None:
    pattern = [{"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": "$verbs"}}}]
    assert expand(pattern, {"verbs": ["sign", "write"]}) == [
        {"RIGHT_ID": "trigger", "RIGHT_ATTRS": {"LEMMA": {"IN": ["sign", "write"]}}}
    ]
