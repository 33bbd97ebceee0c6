"""Organization names read whole and typed by the words around them, and the walkout verb read by
its form where the lemmatizer fails; on the real pipeline, over sentences written for these tests."""

import pytest
from rdflib import RDF, RDFS, Literal

from kg.extract.matchers import matches
from kg.extract.pipeline import load_pipeline
from kg.namespaces import ID, TW

DESCRIBED = {
    "The nonprofit Fight for the Future pledged to donate $50,000 to the workers' legal defense fund.": (
        "fight-for-the-future",
        "Fight for the Future",
        TW.NonProfit,
    ),
    "The advocacy group Campaign for Accountability will donate $10,000 to the strike fund.": (
        "campaign-for-accountability",
        "Campaign for Accountability",
        TW.NonProfit,
    ),
    "The civil-liberties group American Civil Liberties Union pledged to donate $5,000 to the fund.": (
        "american-civil-liberties-union",
        "American Civil Liberties Union",
        TW.NonProfit,
    ),
    "The foundation Coalition for Humane Immigrant Rights will give $20,000 to the workers.": (
        "coalition-for-humane-immigrant-rights",
        "Coalition for Humane Immigrant Rights",
        TW.NonProfit,
    ),
    "The union Tech Workers Coalition pledged $2,000 to the organizers.": (
        "tech-workers-coalition",
        "Tech Workers Coalition",
        TW.NonProfit,
    ),
    "The advocacy group Electronic Frontier Foundation will donate $1,000 to the fund.": (
        "electronic-frontier-foundation",
        "Electronic Frontier Foundation",
        TW.NonProfit,
    ),
    # no descriptor: the model cuts the name at "for the"; it is read whole, "X for Y" a non-profit
    "Fight for the Future pledged to donate $50,000 to the fund.": (
        "fight-for-the-future",
        "Fight for the Future",
        TW.NonProfit,
    ),
}


@pytest.mark.parametrize("body", DESCRIBED)
def test_a_described_name_is_one_typed_donor(read, body: str) -> None:
    slug, label, kind = DESCRIBED[body]
    facts = read(body)
    node = ID[slug]
    assert (node, RDFS.label, Literal(label)) in facts
    assert set(facts.objects(node, RDF.type)) == {kind}
    pledges = set(facts.subjects(RDF.type, TW.DonationPledge)) | set(facts.subjects(RDF.type, TW.Donation))
    assert {agent for p in pledges for agent in facts.objects(p, TW.agent)} == {node}
    fragments = {ID[word.lower()] for word in label.split()} & set(facts.subjects(RDF.type, None))
    assert not fragments, fragments  # no "Future", "Accountability", "Rights"


def test_a_name_of_its_members_is_a_group_of_people(read) -> None:
    facts = read("Amazon Employees for Climate Justice staged a walkout on Friday.")
    group = ID["amazon-employees-for-climate-justice"]
    assert set(facts.objects(group, RDF.type)) == {TW.PersonGroup}
    walkouts = set(facts.subjects(RDF.type, TW.Walkout))
    assert {a for w in walkouts for a in facts.objects(w, TW.agent)} == {group}


def test_two_groups_named_for_their_causes_stay_two(read) -> None:
    """'and' goes on in 'Students for Justice and Peace' but starts a second group before another
    cause-named one."""
    facts = read(
        "Students for Responsible Technology and Engineers Without Weapons signed the letter on Monday. "
        "Students for Justice and Peace did not."
    )
    groups = set(facts.subjects(RDF.type, TW.PersonGroup))
    named = {ID["students-for-responsible-technology"], ID["engineers-without-weapons"]}
    assert named | {ID["students-for-justice-and-peace"]} <= groups
    assert not any("and-engineers" in str(g) for g in groups)


@pytest.mark.parametrize(
    "text",
    [
        "Jane Moss, President of the Ford Foundation, said the grant would continue.",
        "Director of the Future said the grant would continue.",
    ],
)
def test_a_title_before_a_cut_name_is_not_part_of_it(text: str) -> None:
    """'President of the Foundation': a title, not the start of the organization's name."""
    title = text.split(" of the ")[0].split()[-1]
    assert not [e for e in load_pipeline()(text).ents if e.text.startswith(title)]


def test_a_descriptor_not_tied_to_the_name_does_not_type_it() -> None:
    """'told the group Oracle would ...': the name is not the group's, so no span is made for it."""
    doc = load_pipeline()("The spokesperson told the group Oracle would keep the contract.")
    assert not [e for e in doc.ents if e.id_ == "NonProfit"]


WALKOUTS = [
    "Employees staged a walkout on Friday.",
    "About 200 Oracle employees staged a walkout at the company's Austin offices.",
    "Hundreds of engineers are staging a walkout.",
]


@pytest.mark.parametrize("text", WALKOUTS)
def test_staged_a_walkout_is_matched_despite_its_lemma(text: str) -> None:
    sentence = next(iter(load_pipeline()(text).sents))
    assert [m.tokens["walkout"].lower_ for m in matches(sentence, "walkout.noun")] == ["walkout"]


@pytest.mark.parametrize("text", ["The theater staged a play on Friday.", "The crew staged the scene."])
def test_staging_something_else_is_no_walkout(text: str) -> None:
    sentence = next(iter(load_pipeline()(text).sents))
    assert matches(sentence, "walkout.") == []


def test_a_staged_walkout_is_read_with_its_workers(read) -> None:
    facts = read("About 200 Oracle employees staged a walkout on Friday.")
    walkouts = set(facts.subjects(RDF.type, TW.Walkout))
    assert len(walkouts) == 1
    (agent,) = {a for w in walkouts for a in facts.objects(w, TW.agent)}
    assert (agent, TW.memberCount, None) in facts


def test_the_groups_counted_are_those_named_just_before(read) -> None:
    """'The two groups asked ...' after a sentence naming two groups (and the company they ask)."""
    facts = read(
        "The Electronic Frontier Foundation was joined by Fight for the Future in criticizing Microsoft. "
        "The two groups asked Microsoft to end the contract."
    )
    requests = [r for r in facts.subjects(TW.demand, Literal("end the contract"))]
    assert len(requests) == 1
    assert set(facts.objects(requests[0], TW.agent)) == {
        ID["electronic-frontier-foundation"],
        ID["fight-for-the-future"],
    }
    assert set(facts.objects(requests[0], TW.addressedTo)) == {ID["microsoft"]}


def test_a_sum_in_a_currency_named_after_it_is_money(read) -> None:
    """'raised 850,000 pesos for ...': the model calls the number a cardinal; the sum is money."""
    facts = read("The engineers at Quetzal Sistemas raised 850,000 pesos for the Colectivo Frontera Sur.")
    (amount,) = {a for d in facts.subjects(RDF.type, TW.Donation) for a in facts.objects(d, TW.amount)}
    assert (amount, TW.currency, Literal("MXN")) in facts
    assert (amount, TW.amountValue, None) in facts
