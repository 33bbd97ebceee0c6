"""What a built dataset holds, counted: the numbers its VoID and service descriptions state.

Every count is over the default graph that queries see when they name no graphs: the merge of
the graphs the build names for it (kg.dataset.merge_into_default_graph; the manifest's
`default_graph`), each distinct triple counted once. Queries here are fixed and read only
counts, so they run on the caller's dataset directly (the served store through rdflib's API),
not through the query engine.
"""

from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Dataset

from kg.namespaces import WD

_DISTINCT_TRIPLES = "{ SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }"

TRIPLES = f"SELECT (COUNT(*) AS ?n) WHERE {_DISTINCT_TRIPLES}"
DISTINCT_SUBJECTS = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"
DISTINCT_OBJECTS = "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"
ENTITIES = "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), {space})) }}"
CLASS_PARTITIONS = (
    "SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?class FILTER(isIRI(?class)) } GROUP BY ?class"
)
PROPERTY_PARTITIONS = f"SELECT ?p (COUNT(*) AS ?n) WHERE {_DISTINCT_TRIPLES} GROUP BY ?p"
LINKS = (
    "SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ ?s <{predicate}> ?o "
    "FILTER(STRSTARTS(STR(?o), {target}) && !STRSTARTS(STR(?s), {target})) }} }}"
)
"""The counting queries, kept as text so that tests can ask the endpoint the same questions."""

SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"


@dataclass(frozen=True)
class DatasetStatistics:
    """Counts over a dataset's union default graph."""

    triples: int
    distinct_subjects: int
    distinct_objects: int
    entities: int  # distinct subjects minted under the dataset's own IRI space
    classes: dict[str, int]  # class IRI -> distinct instances
    properties: dict[str, int]  # property IRI -> triples using it
    wikidata_links: int  # owl:sameAs from a resource outside Wikidata to a Wikidata item


def entities_query(uri_space: str) -> str:
    return ENTITIES.format(space=_string(uri_space))


def links_query(predicate: str, target_space: str) -> str:
    return LINKS.format(predicate=predicate, target=_string(target_space))


def dataset_statistics(store: Dataset, uri_space: str) -> DatasetStatistics:
    """Count what `store` holds; `uri_space` is where the dataset mints its resources' IRIs."""
    return DatasetStatistics(
        triples=_count(store, TRIPLES),
        distinct_subjects=_count(store, DISTINCT_SUBJECTS),
        distinct_objects=_count(store, DISTINCT_OBJECTS),
        entities=_count(store, entities_query(uri_space)),
        classes=_partitions(store, CLASS_PARTITIONS, "class"),
        properties=_partitions(store, PROPERTY_PARTITIONS, "p"),
        wikidata_links=_count(store, links_query(SAME_AS, str(WD))),
    )


def _count(store: Dataset, query: str) -> int:
    solution = next(iter(store.query(query)))
    return int(solution["n"])


def _partitions(store: Dataset, query: str, key: str) -> dict[str, int]:
    solutions = store.query(query)
    return dict(sorted((str(s[key]), int(s["n"])) for s in solutions))


def _string(text: str) -> str:
    """A SPARQL string literal of `text`, escaped as N-Triples writes it."""
    return str(ox.Literal(text))
