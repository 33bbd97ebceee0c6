"""Entity linking on the real articles: names, aliases, acronyms, typos, surnames, nicknames."""

from pathlib import Path

import pytest
from rdflib import RDF, Graph
from rdflib.term import URIRef

from kg.extract.article import load_article
from kg.extract.entities import EntityIndex
from kg.extract.linking import Linker
from kg.extract.pipeline import load_pipeline
from kg.namespaces import CURATED_GRAPH, ID, ONTOLOGY_GRAPH, TW
from kg.sources import SOURCES_DIR

SEED = "techcrunch-2018-06-28-salesforce-cbp"
CBP = ID["us-customs-and-border-protection"]


@pytest.fixture(scope="module", params=["curated", "alone"])
def seed_mentions(request, project_graphs: dict) -> dict[str, set[URIRef]]:
    """Mention text -> the nodes it resolved to in the seed article, against the curated graph or none."""
    known = project_graphs[CURATED_GRAPH] if request.param == "curated" else Graph()
    article = load_article(SOURCES_DIR / f"{SEED}.txt")
    nlp = load_pipeline()
    index = EntityIndex.from_graph(known, project_graphs[ONTOLOGY_GRAPH])
    found: dict[str, set[URIRef]] = {}
    for mention in Linker(index, nlp).mentions(nlp(article.text)):
        found.setdefault(mention.span.text, set()).add(mention.iri)
    return found


@pytest.mark.parametrize(
    ("text", "node"),
    [
        ("U.S. Customs and Border Protection", CBP),
        ("CBP", CBP),
        ("CPB", CBP),  # the article's typo
        ("Benioff", ID["marc-benioff"]),
        ("Marc Benioff", ID["marc-benioff"]),
        ("Pentagon", ID["us-department-of-defense"]),
        ("Immigration and Customs Enforcement", ID["us-immigration-and-customs-enforcement"]),
        ("ICE", ID["us-immigration-and-customs-enforcement"]),
        ("Twitter", ID["twitter"]),
        ("Project Maven", ID["project-maven"]),
    ],
)
def test_seed_mentions_resolve_to_one_node(seed_mentions: dict, text: str, node: URIRef) -> None:
    assert seed_mentions[text] == {node}


SHARED_WITH_SEED = {
    "microsoft-ice-2018-06-20": ["microsoft", "us-immigration-and-customs-enforcement"],
    "amazon-rekognition-2018-06-22": ["amazon", "jeff-bezos", "us-immigration-and-customs-enforcement"],
    "google-maven-2018-06-02": ["google", "us-department-of-defense", "project-maven"],
}


@pytest.mark.parametrize("slug", SHARED_WITH_SEED)
def test_corpus_actors_link_to_the_seed_nodes(extracted: dict, slug: str) -> None:
    facts = extracted[slug].facts
    nodes = set(facts.subjects()) | set(facts.objects())
    for name in SHARED_WITH_SEED[slug]:
        assert ID[name] in nodes, name
    for duplicate in ("pentagon", "ice", "immigration-and-customs-enforcement", "cbp", "bezos"):
        assert ID[duplicate] not in nodes


def test_a_corpus_contract_is_the_seed_contract(extracted: dict) -> None:
    """The Microsoft-ICE contract the corpus article describes is the node the seed has."""
    facts = extracted["microsoft-ice-2018-06-20"].facts
    assert (ID["microsoft-ice-contract"], TW.contractValue, None) in facts


def test_new_actors_get_stable_readable_iris(extracted: dict, extracted_alone: dict) -> None:
    for run in (extracted, extracted_alone):
        facts = run["microsoft-ice-2018-06-20"].facts
        assert (ID["satya-nadella"], RDF.type, TW.Person) in facts
        assert (ID["brad-smith"], RDF.type, TW.Person) in facts
        assert (ID["tech-workers-coalition"], RDF.type, TW.NonProfit) in facts


@pytest.mark.parametrize(
    ("slug", "node", "kind"),
    [
        (SEED, "salesforce", TW.Company),
        (SEED, "bloomberg-news", TW.NewsOrganization),
        (SEED, "white-house", TW.GovernmentOrganization),
        (SEED, "us-customs-and-border-protection", TW.GovernmentAgency),
        ("amazon-rekognition-2018-06-22", "american-civil-liberties-union", TW.NonProfit),
        ("amazon-rekognition-2018-06-22", "palantir", TW.Company),  # "a data analysis company"
        ("amazon-rekognition-2018-06-22", "rekognition", TW.Product),
        ("amazon-rekognition-2018-06-22", "oregon", TW.Place),
        ("google-maven-2018-06-02", "tensorflow", TW.Product),
        ("google-maven-2018-06-02", "project-maven", TW.Program),
    ],
)
def test_entities_are_typed(extracted_alone: dict, slug: str, node: str, kind: URIRef) -> None:
    assert (ID[node], RDF.type, kind) in extracted_alone[slug].facts


def test_the_same_name_is_one_node_across_articles(extracted_alone: dict) -> None:
    """Without the curated graph, Google's node from the first article is the seed's Google."""
    seed = extracted_alone[SEED].facts
    assert (ID["google"], RDF.type, TW.Company) in seed
    assert (ID["us-department-of-defense"], RDF.type, TW.GovernmentAgency) in seed


def test_a_company_is_found_without_its_legal_designators(project_graphs: dict) -> None:
    """'Palantir' in one article and 'Palantir Technologies' in another are one node, either way
    round; a unit named like its company plus a word ('Google Cloud') is not the company."""
    from rdflib import RDFS, Literal

    ontology = project_graphs[ONTOLOGY_GRAPH]
    for known_name, mention in (("Palantir Technologies", "Palantir"), ("Palantir", "Palantir Technologies")):
        known = Graph()
        known.add((ID.palantir, RDF.type, TW.Company))
        known.add((ID.palantir, RDFS.label, Literal(known_name)))
        index = EntityIndex.from_graph(known, ontology, use_gazetteer=False)
        assert index.find(mention).iri == ID.palantir, (known_name, mention)
    known = Graph()
    known.add((ID["google-cloud"], RDF.type, TW.Company))
    known.add((ID["google-cloud"], RDFS.label, Literal("Google Cloud")))
    assert EntityIndex.from_graph(known, ontology, use_gazetteer=False).find("Google") is None


def test_a_person_is_also_found_without_middle_initials(project_graphs: dict) -> None:
    """'Priya N. Raman' in one article and 'Priya Raman' in a later one are one person; the
    extracted node says so with an alternative name."""
    from rdflib import RDFS, Literal
    from rdflib.namespace import SKOS

    from kg.extract.entities import without_initials

    assert without_initials("Priya N. Raman") == "Priya Raman"
    assert without_initials("Daniel K. L. Osterhout") == "Daniel Osterhout"
    assert without_initials("Carol Ann Pruitt") is None and without_initials("J. Smith") is None
    known = Graph()
    known.add((ID["priya-n-raman"], RDF.type, TW.Person))
    known.add((ID["priya-n-raman"], RDFS.label, Literal("Priya N. Raman")))
    index = EntityIndex.from_graph(known, project_graphs[ONTOLOGY_GRAPH], use_gazetteer=False)
    assert index.find("Priya Raman").iri == ID["priya-n-raman"]
    from kg.extract.extractor import extract_article

    article = load_article(DATA / "heldout-r65" / "unseen-fenwright-whistleblower-2025-03-06.txt")
    facts = extract_article(article, Graph(), project_graphs[ONTOLOGY_GRAPH]).facts.triples
    assert (ID["priya-n-raman"], SKOS.altLabel, Literal("Priya Raman")) in facts


DATA = Path(__file__).parent / "data"
