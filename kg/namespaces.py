"""Every namespace and graph name the knowledge graph uses, in one place."""

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, PROV, RDF, RDFS, SH, SKOS, TIME, XSD

BASE = "https://techworkers.example/"

TW = Namespace(BASE + "ontology#")
"""Classes and properties of this project's ontology."""

ID = Namespace(BASE + "id/")
"""Actors, events, documents: every resource the graph describes."""

GRAPH = Namespace(BASE + "graph/")
"""Names of the dataset's named graphs."""

LIMIT = Namespace(BASE + "limits#")
"""The few terms the service description uses to state the endpoint's limits."""

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = Namespace("http://www.wikidata.org/entity/")
OA = Namespace("http://www.w3.org/ns/oa#")
"""W3C Web Annotation: where in a text an extracted statement was read."""
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
"""NLP Interchange Format: the sentences of a source document."""

ONTOLOGY_GRAPH = GRAPH["ontology"]
CURATED_GRAPH = GRAPH["curated"]
INFERRED_GRAPH = GRAPH["inferred"]
JUSTIFICATIONS_GRAPH = GRAPH["justifications"]
"""Why each inferred triple holds: its OWL 2 RL rule and premises (kg.justify)."""
PROVENANCE_GRAPH = GRAPH["provenance"]


def extraction_graph(source_slug: str) -> URIRef:
    """Name of the graph holding the triples extracted from one source document."""
    return GRAPH["extracted/" + source_slug]


def evidence_graph(source_slug: str) -> URIRef:
    """Name of the graph saying where in one source document each extracted triple was read."""
    return GRAPH["evidence/" + source_slug]


PREFIXES: dict[str, Namespace] = {
    "tw": TW,
    "id": ID,
    "graph": GRAPH,
    "schema": SCHEMA,
    "org": ORG,
    "sem": SEM,
    "wd": WD,
    "oa": OA,
    "nif": NIF,
    "prov": Namespace(str(PROV)),
    "foaf": Namespace(str(FOAF)),
    "dcterms": Namespace(str(DCTERMS)),
    "owl": Namespace(str(OWL)),
    "rdf": Namespace(str(RDF)),
    "rdfs": Namespace(str(RDFS)),
    "sh": Namespace(str(SH)),
    "skos": Namespace(str(SKOS)),
    "time": Namespace(str(TIME)),
    "xsd": Namespace(str(XSD)),
}
"""Prefixes bound in every serialization of the graph."""

PREFIX_IRIS: dict[str, str] = {prefix: str(namespace) for prefix, namespace in PREFIXES.items()}
"""The same prefixes as plain strings, for pyoxigraph's serializers."""


def bind_prefixes(graph: Graph) -> Graph:
    """Bind every prefix of PREFIXES in an rdflib graph or dataset; returns it."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace)
    return graph
