"""`kg build`: asserted graphs -> OWL 2 RL inferences -> SHACL validation -> a dataset on disk.

A build lands in `builds/<fingerprint>/` under the output folder and becomes current by an
atomic switch of the `current` link, so a reader sees the old build or the new one, never half
of one. Inputs that have not changed are not built again.
"""

import json
import os
import shutil
import time
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg import __version__
from kg.dataset import BuiltDataset
from kg.errors import BuildFailed
from kg.namespaces import INFERRED_GRAPH, PREFIXES, PROVENANCE_GRAPH
from kg.provenance import provenance_graph
from kg.reason import inferred_graph
from kg.sources import SHAPES_GRAPH, Inputs, parse_files
from kg.validate import validate

KEEP_BUILDS = 3
_CODE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class BuildResult:
    """What a build did."""

    dataset: BuiltDataset
    reused: bool
    seconds: float


def software_fingerprint() -> str:
    """Versions and code that shape a build: a change in either means building again."""
    parts = [f"{name}={version(name)}" for name in ("rdflib", "owlrl", "pyshacl", "pyoxigraph")]
    parts.append(__version__)
    parts.extend(p.read_text() for p in sorted(_CODE_DIR.glob("*.py")))
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
    asserted = Graph()
    for name, graph in graphs.items():
        if name != SHAPES_GRAPH:
            asserted += graph
    inferred = inferred_graph(asserted)
    report = validate(asserted + inferred, shapes)
    if not report.conforms:
        raise BuildFailed("The graph does not conform to the SHACL shapes:\n" + report.text)

    graphs[INFERRED_GRAPH] = inferred
    graphs[PROVENANCE_GRAPH] = provenance_graph([n for n in graphs if n != SHAPES_GRAPH])
    timings = {"reason_and_validate_seconds": round(time.perf_counter() - started, 3)}
    built = _write(out_dir, fingerprint, graphs, timings)
    return BuildResult(built, False, time.perf_counter() - started)


def _write(out_dir: Path, fingerprint: str, graphs: dict, timings: dict) -> BuiltDataset:
    """Write the dataset into a fresh folder, then make it current atomically."""
    builds = out_dir / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    staging = builds / f".{fingerprint}.{os.getpid()}.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()

    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    for name, graph in graphs.items():
        named = dataset.graph(name)
        named += graph
    nquads = dataset.serialize(format="nquads", encoding="utf-8")
    (staging / BuiltDataset.NQUADS).write_bytes(nquads)

    store = ox.Store(str(staging / BuiltDataset.STORE))
    store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
    prefixes = {p: str(ns) for p, ns in PREFIXES.items()}
    ox.serialize(store, staging / BuiltDataset.TRIG, format=ox.RdfFormat.TRIG, prefixes=prefixes)
    store.flush()
    del store

    manifest = {
        "fingerprint": fingerprint,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "graphs": {str(name): len(graph) for name, graph in graphs.items()},
        "triples": sum(len(graph) for graph in graphs.values()),
        "software": {n: version(n) for n in ("rdflib", "owlrl", "pyshacl", "pyoxigraph")},
        **timings,
    }
    (staging / BuiltDataset.MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")

    final = builds / fingerprint
    shutil.rmtree(final, ignore_errors=True)
    os.replace(staging, final)
    link = out_dir / f".current.{os.getpid()}.tmp"
    link.unlink(missing_ok=True)
    link.symlink_to(final.relative_to(out_dir))
    os.replace(link, out_dir / BuiltDataset.CURRENT)
    _prune(builds, keep=final)
    return BuiltDataset(final)


def _prune(builds: Path, keep: Path) -> None:
    """Remove all but the newest few builds, and any staging folder a killed build left."""
    for staging in builds.glob(".*.tmp"):
        shutil.rmtree(staging, ignore_errors=True)
    finished = sorted(
        (p for p in builds.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in finished[KEEP_BUILDS:]:
        if old != keep:
            shutil.rmtree(old, ignore_errors=True)
