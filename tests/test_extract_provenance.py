"""Every extracted triple points to its evidence; a SPARQL query finds the sentence behind a fact."""

import pytest
from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import PROV, XSD

from kg.extract.annotate import extraction_graphs, single_valued
from kg.extract.article import load_article
from kg.extract.extractor import extract_article
from kg.namespaces import CURATED_GRAPH, GRAPH, ID, NIF, OA, ONTOLOGY_GRAPH, PREFIXES, TW
from kg.sources import SHAPES_GRAPH, SOURCES_DIR, Inputs

SEED = "techcrunch-2018-06-28-salesforce-cbp"
PREFIX_LINES = "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items())

# The query of docs/extraction.md: the sentence (and exact words) that support one fact.
EVIDENCE_QUERY = """
SELECT ?sentence ?exact ?start ?end ?rule ?article WHERE {
  GRAPH ?evidenceGraph {
    ?statement rdf:subject id:salesforce-cbp-contract ;
               rdf:predicate tw:startDate ;
               rdf:object "2018-03"^^xsd:gYearMonth ;
               tw:evidence ?evidence .
    ?evidence oa:hasSource ?article ;
              tw:extractionRule ?rule ;
              tw:sentence/nif:anchorOf ?sentence ;
              oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact ?exact ] ,
                             [ a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end ] .
  }
}"""


def article_texts() -> dict[str, str]:
    return {load_article(p).slug: load_article(p).text for p in Inputs().article_files()}


def test_every_extracted_triple_has_evidence(extracted: dict) -> None:
    for slug, result in extracted.items():
        described = {
            (e.value(s, RDF.subject), e.value(s, RDF.predicate), e.value(s, RDF.object))
            for e in [result.evidence]
            for s in e.subjects(RDF.type, RDF.Statement)
            if (s, TW.evidence, None) in e
        }
        missing = [
            t for t in result.facts if t not in described and t[0] != ID[slug] and t[1] != TW.publisher
        ]
        assert not [t for t in missing if (t[0], None, None) not in _metadata(result.facts, slug)], slug


def _metadata(facts: Graph, slug: str) -> Graph:
    """The source document and its publisher: described from the metadata, not the text."""
    meta = Graph()
    for node in (ID[slug], *facts.objects(ID[slug], TW.publisher)):
        meta += facts.triples((node, None, None))
    return meta


def test_offsets_select_the_exact_words_inside_their_sentence(extracted: dict) -> None:
    texts = article_texts()
    checked = 0
    for slug, result in extracted.items():
        evidence, text = result.evidence, texts[slug]
        for target in evidence.subjects(RDF.type, OA.SpecificResource):
            selectors = list(evidence.objects(target, OA.hasSelector))
            position = next(s for s in selectors if (s, RDF.type, OA.TextPositionSelector) in evidence)
            quote = next(s for s in selectors if (s, RDF.type, OA.TextQuoteSelector) in evidence)
            start, end = int(evidence.value(position, OA.start)), int(evidence.value(position, OA.end))
            assert text[start:end] == str(evidence.value(quote, OA.exact))
            spans = []
            for sentence in evidence.objects(target, TW.sentence):
                begin, finish = (
                    int(evidence.value(sentence, NIF.beginIndex)),
                    int(evidence.value(sentence, NIF.endIndex)),
                )
                assert text[begin:finish] == str(evidence.value(sentence, NIF.anchorOf))
                spans.append((begin, finish))
            assert min(b for b, _ in spans) <= start < end <= max(f for _, f in spans)
            assert evidence.value(target, TW.extractionRule) is not None
            checked += 1
    assert checked > 300


def test_statements_name_the_run_and_the_software(extracted: dict) -> None:
    evidence = extracted[SEED].evidence
    run = ID[f"{SEED}-extraction"]
    assert (run, RDF.type, PROV.Activity) in evidence
    assert (run, PROV.used, ID[SEED]) in evidence
    software = evidence.value(run, PROV.wasAssociatedWith)
    assert (software, RDF.type, PROV.SoftwareAgent) in evidence
    assert "spaCy 3.8" in str(evidence.value(software, RDFS.label))
    for statement in evidence.subjects(RDF.type, RDF.Statement):
        if (statement, TW.evidence, None) in evidence:
            assert (statement, PROV.wasGeneratedBy, run) in evidence


def test_the_evidence_query_returns_the_supporting_sentence(select) -> None:
    rows = select(PREFIX_LINES + EVIDENCE_QUERY)
    sentences = {row[0] for row in rows}
    assert (
        "Salesforce has worked with the CPB since March, providing it with tools to manage staff "
        "recruiting and communication." in sentences
    )
    exact = {row[1] for row in rows}
    assert any("since March" in words for words in exact)
    assert {row[5] for row in rows} == {str(ID[SEED])}


def test_hand_authored_triples_say_they_were_curated(select) -> None:
    rows = select(
        PREFIX_LINES
        + """
        SELECT ?who WHERE { graph:curated prov:wasAttributedTo ?who . }"""
    )
    assert rows == {(str(ID["kg-curators"]),)}


def test_every_graph_says_where_it_comes_from(select) -> None:
    rows = select(
        PREFIX_LINES
        + f"""
        SELECT ?how WHERE {{ <{GRAPH["extracted/" + SEED]}> prov:wasGeneratedBy ?how . }}"""
    )
    assert rows == {(str(ID[f"{SEED}-extraction"]),)}


@pytest.fixture(scope="module")
def contradicted(project_graphs: dict) -> tuple[Graph, Graph, Graph]:
    """The seed extracted against a curated graph that dates the contract April, not March."""
    known = Graph()
    known += project_graphs[CURATED_GRAPH]
    contract = ID["salesforce-cbp-contract"]
    known.remove((contract, TW.startDate, None))
    known.add((contract, TW.startDate, Literal("2018-04", datatype=XSD.gYearMonth)))
    ontology, shapes = project_graphs[ONTOLOGY_GRAPH], project_graphs[SHAPES_GRAPH]
    extraction = extract_article(load_article(SOURCES_DIR / f"{SEED}.txt"), known, ontology)
    facts, evidence = extraction_graphs(extraction, known, ontology, single_valued(ontology, shapes))
    return known, facts, evidence


def test_a_contradiction_keeps_both_values_with_their_provenance(contradicted) -> None:
    known, facts, evidence = contradicted
    contract = ID["salesforce-cbp-contract"]
    march = Literal("2018-03", datatype=XSD.gYearMonth)
    april = Literal("2018-04", datatype=XSD.gYearMonth)
    assert (contract, TW.startDate, april) in known
    assert (contract, TW.startDate, march) not in facts  # not asserted: the curated value stands
    statement = next(
        s for s in evidence.subjects(RDF.object, march) if evidence.value(s, RDF.predicate) == TW.startDate
    )
    assert (statement, TW.evidence, None) in evidence  # but kept, with the words it was read from
    kept = evidence.value(statement, TW.conflictsWith)
    assert evidence.value(kept, RDF.object) == april
    assert (contract, TW.contractor, ID["salesforce"]) in facts  # what agrees is asserted


def test_a_relation_that_would_make_a_person_an_organization_is_kept_out(project_graphs: dict) -> None:
    """The graph says (wrongly, here) that Salesforce is a person: the extracted positions held in
    Salesforce would make it an organization too, which SHACL refuses; they stay as disagreements."""
    known = Graph()
    known += project_graphs[CURATED_GRAPH]
    known.remove((ID["salesforce"], RDF.type, None))
    known.add((ID["salesforce"], RDF.type, TW.Person))
    ontology, shapes = project_graphs[ONTOLOGY_GRAPH], project_graphs[SHAPES_GRAPH]
    extraction = extract_article(load_article(SOURCES_DIR / f"{SEED}.txt"), Graph(), ontology)
    facts, evidence = extraction_graphs(extraction, known, ontology, single_valued(ontology, shapes))
    assert not set(facts.subjects(TW.positionIn, ID["salesforce"]))
    statements = [
        s
        for s in evidence.subjects(RDF.predicate, TW.positionIn)
        if evidence.value(s, RDF.object) == ID["salesforce"]
    ]
    assert statements
    for statement in statements:
        kept = evidence.value(statement, TW.conflictsWith)
        assert (kept, RDF.object, TW.Person) in evidence
        assert (statement, TW.evidence, None) in evidence
