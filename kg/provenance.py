"""Graph-level provenance: who made each named graph, and from what."""

from importlib.metadata import version

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS

from kg.namespaces import (
    CURATED_GRAPH,
    ID,
    INFERRED_GRAPH,
    JUSTIFICATIONS_GRAPH,
    ONTOLOGY_GRAPH,
    bind_prefixes,
)

CURATORS = ID["kg-curators"]
REASONING = ID["activity/owl-rl-reasoning"]
OWLRL_AGENT = URIRef("https://pypi.org/project/owlrl/" + version("owlrl") + "/")


def provenance_graph(asserted_graphs: list[URIRef]) -> Graph:
    """Describe where each graph comes from: curators for hand-authored ones, owlrl for inferences."""
    graph = Graph()
    bind_prefixes(graph)
    graph.add((CURATORS, RDF.type, PROV.Agent))
    graph.add((CURATORS, RDFS.label, Literal("The knowledge graph's curators")))
    for name in (ONTOLOGY_GRAPH, CURATED_GRAPH):
        graph.add((name, RDF.type, PROV.Entity))
        graph.add((name, PROV.wasAttributedTo, CURATORS))
        graph.add((name, DCTERMS.description, Literal("Hand-authored triples.")))
    graph.add((OWLRL_AGENT, RDF.type, PROV.SoftwareAgent))
    graph.add((OWLRL_AGENT, RDFS.label, Literal(f"owlrl {version('owlrl')}")))
    graph.add((REASONING, RDF.type, PROV.Activity))
    graph.add((REASONING, RDFS.label, Literal("OWL 2 RL closure of the asserted graphs")))
    graph.add((REASONING, PROV.wasAssociatedWith, OWLRL_AGENT))
    for name in asserted_graphs:
        graph.add((REASONING, PROV.used, name))
    graph.add((INFERRED_GRAPH, RDF.type, PROV.Entity))
    graph.add((INFERRED_GRAPH, PROV.wasGeneratedBy, REASONING))
    graph.add((INFERRED_GRAPH, DCTERMS.description, Literal("Triples inferred by OWL 2 RL rules.")))
    graph.add((JUSTIFICATIONS_GRAPH, RDF.type, PROV.Entity))
    graph.add((JUSTIFICATIONS_GRAPH, PROV.wasDerivedFrom, INFERRED_GRAPH))
    graph.add(
        (
            JUSTIFICATIONS_GRAPH,
            DCTERMS.description,
            Literal("For each inferred triple, the OWL 2 RL rule that derives it and its premises."),
        )
    )
    return graph
