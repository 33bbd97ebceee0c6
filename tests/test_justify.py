"""Each inferred triple is explained by an OWL 2 RL rule whose premises hold."""

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Namespace

from kg.justify import UNNAMED_RULE, justify
from kg.reason import inferred_graph
from kg.sources import SHAPES_GRAPH, Inputs, parse_files

EX = Namespace("http://example.org/")
SMALL = """
@prefix ex: <http://example.org/> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
ex:Company rdfs:subClassOf ex:Organization .
ex:acme a ex:Company ; ex:employs ex:ann ; ex:sameThingAs ex:acme2 .
ex:worksFor owl:inverseOf ex:employs .
ex:cbp ex:partOf ex:dhs . ex:dhs ex:partOf ex:usgov .
ex:partOf a owl:TransitiveProperty .
ex:hasContractWith owl:propertyChainAxiom ( ex:contractorIn ex:client ) .
ex:acme ex:contractorIn ex:deal . ex:deal ex:client ex:cbp .
ex:acme owl:sameAs ex:acmeWikidata .
"""


def closure_of(turtle: str) -> Graph:
    asserted = Graph().parse(data=turtle, format="turtle")
    return asserted + inferred_graph(asserted)


@pytest.mark.parametrize(
    ("triple", "rule", "premise"),
    [
        ((EX.acme, RDF.type, EX.Organization), "cax-sco", (EX.Company, RDFS.subClassOf, EX.Organization)),
        ((EX.ann, EX.worksFor, EX.acme), "prp-inv", (EX.acme, EX.employs, EX.ann)),
        ((EX.cbp, EX.partOf, EX.usgov), "prp-trp", (EX.dhs, EX.partOf, EX.usgov)),
        ((EX.acme, EX.hasContractWith, EX.cbp), "prp-spo2", (EX.deal, EX.client, EX.cbp)),
        ((EX.acmeWikidata, RDF.type, EX.Company), "eq-rep-s", (EX.acme, OWL.sameAs, EX.acmeWikidata)),
        ((EX.acmeWikidata, OWL.sameAs, EX.acme), "eq-sym", (EX.acme, OWL.sameAs, EX.acmeWikidata)),
    ],
)
def test_the_rule_and_a_premise_are_found(triple, rule, premise) -> None:
    closure = closure_of(SMALL)
    assert triple in closure
    found = justify(triple, closure)
    assert found.rule == rule
    assert premise in found.premises


def test_a_triple_nothing_derives_gets_no_rule() -> None:
    closure = closure_of(SMALL)
    assert justify((EX.ann, EX.employs, EX.acme), closure).rule == UNNAMED_RULE


def test_every_inference_of_the_seed_graph_has_a_rule_and_its_premises_hold() -> None:
    asserted = Graph()
    for name, paths in Inputs(article_dirs=()).graph_files().items():
        if name != SHAPES_GRAPH:
            asserted += parse_files(paths)
    inferred = inferred_graph(asserted)
    closure = asserted + inferred
    unnamed = []
    for triple in inferred:
        found = justify(triple, closure)
        assert all(premise in closure for premise in found.premises), triple
        assert triple not in found.premises
        if found.rule == UNNAMED_RULE:
            unnamed.append(triple)
    # owlrl also states that some XSD datatypes are disjoint: no OWL 2 RL rule says so.
    assert all(p == OWL.disjointWith for _, p, _ in unnamed), unnamed


WHY = """
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX tw: <https://techworkers.example/ontology#>
PREFIX id: <https://techworkers.example/id/>
SELECT ?rule ?s ?p ?o WHERE {
  GRAPH <https://techworkers.example/graph/justifications> {
    ?inference rdf:subject id:salesforce ; rdf:predicate tw:hasContractWith ;
               rdf:object id:us-customs-and-border-protection ; tw:rule ?rule ; tw:premise ?premise .
    ?premise rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
    FILTER(isIRI(?o))
  }
}"""


def test_sparql_says_why_an_inferred_triple_holds(seed_select) -> None:
    contract = "https://techworkers.example/id/salesforce-cbp-contract"
    tw = "https://techworkers.example/ontology#"
    assert seed_select(WHY) == {
        ("prp-spo2", "https://techworkers.example/id/salesforce", tw + "contractorIn", contract),
        (
            "prp-spo2",
            contract,
            tw + "client",
            "https://techworkers.example/id/us-customs-and-border-protection",
        ),
    }


def test_every_inferred_triple_has_a_justification(seed_select) -> None:
    counts = seed_select("""
        SELECT (COUNT(*) AS ?inferred) (COUNT(?rule) AS ?justified) WHERE {
          GRAPH <https://techworkers.example/graph/inferred> { ?s ?p ?o }
          OPTIONAL { GRAPH <https://techworkers.example/graph/justifications> {
            ?j <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> ?s ;
               <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> ?p ;
               <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?o ;
               <https://techworkers.example/ontology#rule> ?rule } }
        }""")
    ((inferred, justified),) = counts
    assert int(inferred) > 1000
    assert justified == inferred
