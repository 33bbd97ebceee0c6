"""Writing a dataset to disk as a build: a pyoxigraph store, dumps, a manifest, switched in atomically.

A build lands in `builds/<fingerprint>/` under the output folder and becomes current by an
atomic switch of the `current` link, so a reader sees the old build or the new one, never half
of one; the folder of a killed build is removed by the next one.
"""

import fcntl
import json
import os
import shutil
import time
from collections.abc import Callable, Collection, Iterator
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path

import pyoxigraph as ox

from kg.dataset import ALL_GRAPHS, DEFAULT_GRAPH_KEY, BuiltDataset, merge_into_default_graph
from kg.namespaces import PREFIX_IRIS

KEEP_BUILDS = 3
SOFTWARE = ("rdflib", "owlrl", "pyshacl", "pyoxigraph")


def software_versions() -> dict[str, str]:
    return {name: version(name) for name in SOFTWARE}


def publish(
    out_dir: Path,
    fingerprint: str,
    fill: Callable[[ox.Store], None],
    default_graphs: Collection[str] | None = None,
    **facts,
) -> BuiltDataset:
    """Make a build: `fill` loads the store, then dumps and manifest are written and switched in.

    The store's default graph becomes the merge of `default_graphs` (of every graph if None).
    Builds of one output folder take turns: a second one waits for the first to finish.
    """
    builds = out_dir / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    with _exclusive(out_dir):
        return _publish(out_dir, builds, fingerprint, fill, default_graphs, facts)


@contextmanager
def _exclusive(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's lock (released by the system if the process dies)."""
    with open(out_dir / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def _publish(
    out_dir: Path,
    builds: Path,
    fingerprint: str,
    fill: Callable[[ox.Store], None],
    default_graphs: Collection[str] | None,
    facts: dict,
) -> BuiltDataset:
    # Each build gets a folder of its own, even for the same inputs: the one being served is
    # never written to or removed while it is current.
    name = f"{fingerprint[:32]}-{time.time_ns()}"
    staging = builds / f".{name}.tmp"
    staging.mkdir()

    store = ox.Store(str(staging / BuiltDataset.STORE))
    fill(store)
    prefixes = PREFIX_IRIS
    ox.serialize(store, staging / BuiltDataset.NQUADS, format=ox.RdfFormat.N_QUADS)
    ox.serialize(store, staging / BuiltDataset.TRIG, format=ox.RdfFormat.TRIG, prefixes=prefixes)
    graphs = graph_sizes(store)
    merge_into_default_graph(store, default_graphs)
    default_graph_triples = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    store.flush()
    store.optimize()
    del store  # closes the store: it is only ever opened read-only from now on

    manifest = {
        "fingerprint": fingerprint,
        "built_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "graphs": graphs,
        "triples": sum(graphs.values()),
        "default_graph": sorted(default_graphs) if default_graphs is not None else ALL_GRAPHS,
        "default_graph_triples": default_graph_triples,
        "software": software_versions(),
        **facts,
    }
    (staging / BuiltDataset.MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n")

    final = builds / name
    os.replace(staging, final)
    link = out_dir / f".current.{os.getpid()}.tmp"
    link.unlink(missing_ok=True)
    link.symlink_to(final.relative_to(out_dir))
    os.replace(link, out_dir / BuiltDataset.CURRENT)
    _prune(builds, keep=final)
    return BuiltDataset(final)


def graph_sizes(store: ox.Store) -> dict[str, int]:
    """Triples per named graph, and in the default graph if it holds any."""
    sizes = {
        solution["g"].value: int(solution["n"].value)
        for solution in store.query(
            "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
        )
    }
    default = _count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    if default:
        sizes[DEFAULT_GRAPH_KEY] = default
    return sizes


def _count(store: ox.Store, query: str) -> int:
    return int(next(iter(store.query(query)))["n"].value)


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
