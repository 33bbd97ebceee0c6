"""The ontology: every term of ours is declared, labelled, commented and aligned."""

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg.namespaces import TW

ONTOLOGY = Graph().parse(Path(__file__).resolve().parent.parent / "ontology" / "techworkers.ttl")
TERMS = sorted(
    {s for s in ONTOLOGY.subjects() if isinstance(s, URIRef) and str(s).startswith(str(TW))}, key=str
)
EXTERNAL = ("https://schema.org/", "http://www.w3.org/ns/org#", "http://www.w3.org/ns/prov#",
            "http://semanticweb.cs.vu.nl/2009/11/sem/", "http://www.w3.org/2006/time#",
            "http://xmlns.com/foaf/0.1/", "http://purl.org/dc/terms/")  # fmt: skip


def test_the_ontology_has_terms() -> None:
    assert len(TERMS) > 50


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t.split("#")[-1])
def test_each_term_is_declared_labelled_and_commented(term: URIRef) -> None:
    assert set(ONTOLOGY.objects(term, RDF.type)), f"{term} has no rdf:type"
    assert ONTOLOGY.value(term, RDFS.label) is not None, f"{term} has no rdfs:label"
    assert ONTOLOGY.value(term, RDFS.comment) is not None, f"{term} has no rdfs:comment"


@pytest.mark.parametrize("vocabulary", EXTERNAL)
def test_each_standard_vocabulary_is_aligned_to(vocabulary: str) -> None:
    aligning = (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty)
    targets = {o for p in aligning for o in ONTOLOGY.objects(None, p)}
    assert any(str(t).startswith(vocabulary) for t in targets)
