"""Where the build's inputs live, and how each becomes a named graph."""

import hashlib
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef

from kg.errors import BuildFailed
from kg.formats import rdf_format_for_file
from kg.namespaces import CURATED_GRAPH, GRAPH, ONTOLOGY_GRAPH

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHAPES_GRAPH = GRAPH["shapes"]
SOURCES_DIR = PROJECT_ROOT / "kg" / "data" / "sources"
"""The seed article(s) the graph starts from."""
ARTICLES_DIR = PROJECT_ROOT / "kg" / "data" / "articles"
"""Articles added with `kg ingest`."""


@dataclass(frozen=True)
class Inputs:
    """The folders a build reads."""

    ontology_dir: Path = PROJECT_ROOT / "ontology"
    curated_dir: Path = PROJECT_ROOT / "kg" / "data" / "curated"
    article_dirs: tuple[Path, ...] = (SOURCES_DIR, ARTICLES_DIR)
    """Article texts with their `.json` metadata: each is extracted into its own graphs."""

    def graph_files(self) -> dict[URIRef, list[Path]]:
        """Each asserted graph's name and the RDF files that make it."""
        ontology = sorted(p for p in _rdf_files(self.ontology_dir) if p.stem != "shapes")
        return {
            ONTOLOGY_GRAPH: ontology,
            SHAPES_GRAPH: sorted(p for p in _rdf_files(self.ontology_dir) if p.stem == "shapes"),
            CURATED_GRAPH: sorted(_rdf_files(self.curated_dir)),
        }

    def article_files(self) -> list[Path]:
        """Every article text (`.txt` with a `.json` sidecar) of the article folders."""
        found = []
        for folder in self.article_dirs:
            if folder.is_dir():
                found += [p for p in folder.glob("*.txt") if p.with_suffix(".json").is_file()]
        return sorted(found, key=lambda p: p.name)

    def fingerprint(self, extra: str = "") -> str:
        """A digest of every input file's name and bytes, plus `extra` (versions, code)."""
        digest = hashlib.sha256(extra.encode())
        for name, paths in sorted(self.graph_files().items()):
            for path in paths:
                digest.update(f"{name}\0{path.name}\0".encode())
                digest.update(path.read_bytes())
        for path in self.article_files():
            digest.update(f"article\0{path.name}\0".encode())
            digest.update(path.read_bytes() + b"\0" + path.with_suffix(".json").read_bytes())
        return digest.hexdigest()


def _rdf_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if p.is_file() and rdf_format_for_file(p.name)]


def parse_files(paths: list[Path]) -> Graph:
    """One graph holding the triples of every file, or BuildFailed naming the bad file."""
    graph = Graph()
    for path in paths:
        fmt = rdf_format_for_file(path.name)
        try:
            graph.parse(path, format=fmt.rdflib_name)
        except Exception as error:  # rdflib's parsers raise many types; all mean a bad file
            raise BuildFailed(f"{path}: cannot be read as {fmt.label}: {error}") from None
    return graph
