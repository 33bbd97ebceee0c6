"""`kg build`: asserted graphs -> OWL 2 RL inferences -> SHACL validation -> a published build.

Inputs that have not changed since the current build are not built again.
"""

import time
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg import __version__
from kg.dataset import BuiltDataset
from kg.errors import BadArticle, BuildFailed
from kg.extract.batch import ArticleGraphs, extract_articles, provenance_of, read_articles
from kg.extract.pipeline import pipeline_version
from kg.justify import justification_graph
from kg.namespaces import (
    CURATED_GRAPH,
    INFERRED_GRAPH,
    JUSTIFICATIONS_GRAPH,
    ONTOLOGY_GRAPH,
    PROVENANCE_GRAPH,
    evidence_graph,
    extraction_graph,
)
from kg.provenance import REASONING, provenance_graph
from kg.publish import publish, software_versions
from kg.reason import inferred_graph
from kg.sources import SHAPES_GRAPH, Inputs, parse_files
from kg.validate import validate

_CODE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class BuildResult:
    """What a build did."""

    dataset: BuiltDataset
    reused: bool
    seconds: float


def software_fingerprint() -> str:
    """Versions and code that shape a build: a change in either means building again."""
    parts = [f"{name}={v}" for name, v in software_versions().items()]
    parts.append(__version__)
    parts.extend(p.read_text() for p in sorted(_CODE_DIR.glob("*.py")))
    parts.append(pipeline_version())
    return "\n".join(parts)


def build(out_dir: Path, inputs: Inputs | None = None, *, force: bool = False) -> BuildResult:
    """Build the dataset from `inputs` into `out_dir`, unless an identical build is current."""
    started = time.perf_counter()
    inputs = inputs or Inputs()
    fingerprint = inputs.fingerprint(software_fingerprint())
    current = BuiltDataset.current(out_dir)
    if current is not None and current.fingerprint == fingerprint and not force:
        return BuildResult(current, True, time.perf_counter() - started)

    graphs = {name: parse_files(paths) for name, paths in inputs.graph_files().items()}
    shapes = graphs[SHAPES_GRAPH]
    extracted = _extract(inputs, graphs, out_dir / "cache" / "extraction")
    for result in extracted:
        graphs[extraction_graph(result.slug)] = result.facts
    asserted = Graph()
    for name, graph in graphs.items():
        if name != SHAPES_GRAPH:
            asserted += graph
    inferred = inferred_graph(asserted)
    report = validate(asserted + inferred, shapes)
    if not report.conforms:
        raise BuildFailed("The graph does not conform to the SHACL shapes:\n" + report.text)

    graphs[PROVENANCE_GRAPH] = provenance_graph([n for n in graphs if n != SHAPES_GRAPH])
    graphs[INFERRED_GRAPH] = inferred
    if extracted:
        graphs[PROVENANCE_GRAPH] += provenance_of(extracted)
    for result in extracted:  # where each fact was read: not reasoned over, nor validated
        graphs[evidence_graph(result.slug)] = result.evidence
    graphs[JUSTIFICATIONS_GRAPH] = justification_graph(inferred, asserted + inferred, REASONING)
    seconds = round(time.perf_counter() - started, 3)
    # What queries see when they name no graph: the facts and where each graph comes from; the
    # shapes, the evidence and the justifications (most of the triples) are reached by name.
    content = [ONTOLOGY_GRAPH, CURATED_GRAPH, INFERRED_GRAPH, PROVENANCE_GRAPH]
    content += [extraction_graph(result.slug) for result in extracted]
    fill = partial(_fill, graphs)
    built = publish(
        out_dir,
        fingerprint,
        fill,
        default_graphs=content,
        reason_and_validate_seconds=seconds,
        validation_warnings=report.warnings,
    )
    return BuildResult(built, False, time.perf_counter() - started)


def _extract(inputs: Inputs, graphs: dict[URIRef, Graph], cache_dir: Path) -> list[ArticleGraphs]:
    """The graphs of every article, linked against the curated graph (cached per article)."""
    paths = inputs.article_files()
    if not paths:
        return []
    try:
        articles = read_articles(paths)
    except BadArticle as error:
        raise BuildFailed(error.message) from None
    return extract_articles(
        articles, graphs[CURATED_GRAPH], graphs[ONTOLOGY_GRAPH], graphs[SHAPES_GRAPH], cache_dir
    )


def _fill(graphs: dict[URIRef, Graph], store: ox.Store) -> None:
    """Load each rdflib graph into the store as the named graph it is keyed by.

    Each graph goes over as N-Triples, parsed by pyoxigraph and put in its graph; blank nodes
    keep their labels, so one shared by two graphs stays one node. (Copying every graph into one
    rdflib Dataset to write N-Quads took twice as long.)
    """
    for name, graph in graphs.items():
        named = ox.NamedNode(str(name))
        triples = ox.parse(graph.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES)
        store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, named) for t in triples)
