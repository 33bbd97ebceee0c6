"""A finished build on disk: its manifest, its store and its dumps."""

import json
from collections.abc import Collection
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox

DEFAULT_GRAPH_KEY = "default"  # the manifest's name for the default graph, which has no IRI
ALL_GRAPHS = "all graphs"  # the manifest's `default_graph` when the default graph merges every graph


@dataclass(frozen=True)
class StoreSource:
    """Where a query worker gets a build's dataset: its store on disk, or its dump loaded into memory."""

    store_path: str
    dump_path: str | None = None  # set: the worker loads this N-Quads file into an in-memory store
    default_graphs: tuple[str, ...] | None = None  # what that store's default graph merges (None: all)

    @property
    def in_memory(self) -> bool:
        return self.dump_path is not None

    def open(self) -> ox.Store:
        """The dataset as the build's store holds it, its default graph the merge it was built with."""
        if self.dump_path is None:
            return ox.Store.read_only(self.store_path)
        store = ox.Store()
        # Not `bulk_load`: it gives blank nodes new labels, and answers would name them otherwise
        # than the store on disk and the pages do.
        store.bulk_extend(ox.parse(path=self.dump_path, format=ox.RdfFormat.N_QUADS))
        merge_into_default_graph(store, self.default_graphs)
        return store


class BuiltDataset:
    """One build folder, as `kg build` wrote it."""

    CURRENT = "current"
    MANIFEST = "manifest.json"
    NQUADS = "dataset.nq"
    TRIG = "dataset.trig"
    DUMPS = (TRIG, NQUADS)  # the whole dataset, offered for download; each file's suffix names its format
    STORE = "store"

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    @classmethod
    def current(cls, out_dir: Path) -> "BuiltDataset | None":
        """The current build under `out_dir`, if there is a complete one."""
        link = Path(out_dir) / cls.CURRENT
        if not (link / cls.MANIFEST).is_file():
            return None
        return cls(link.resolve())

    @cached_property
    def manifest(self) -> dict:
        return json.loads((self.path / self.MANIFEST).read_text())

    @property
    def fingerprint(self) -> str:
        return self.manifest["fingerprint"]

    @property
    def graph_names(self) -> frozenset[str]:
        """The IRIs of the named graphs."""
        return frozenset(self.manifest["graphs"]) - {DEFAULT_GRAPH_KEY}

    @property
    def store_path(self) -> Path:
        return self.path / self.STORE

    @property
    def quads(self) -> int:
        """Quads in the store: the named graphs' triples and the (merged) default graph's."""
        named = sum(n for name, n in self.manifest["graphs"].items() if name != DEFAULT_GRAPH_KEY)
        return named + self.manifest["default_graph_triples"]

    def store_source(self, memory_limit_quads: int) -> StoreSource:
        """How query workers open this build: in memory if it has at most `memory_limit_quads` quads."""
        if self.quads > memory_limit_quads:
            return StoreSource(str(self.store_path))
        merged = self.manifest["default_graph"]
        return StoreSource(
            str(self.store_path),
            dump_path=str(self.path / self.NQUADS),
            default_graphs=None if merged == ALL_GRAPHS else tuple(merged),
        )

    def open_store(self) -> ox.Store:
        """The store, opened read-only: any number of processes may do so at once."""
        return ox.Store.read_only(str(self.store_path))


def merge_into_default_graph(store: ox.Store, graphs: Collection[str] | None = None) -> None:
    """Make the store's default graph the RDF merge of `graphs` (of all its graphs if None).

    Queries that name no graph see this merge. Oxigraph's own union-of-graphs mode would do
    without the copy, but it matches a triple once per graph holding it (oxigraph#1919 in
    pyoxigraph 0.5), so COUNT and SUM over it would count a triple asserted twice twice.
    """
    chosen = "" if graphs is None else "VALUES ?g { " + " ".join(f"<{g}>" for g in sorted(graphs)) + " } "
    store.update(f"INSERT {{ ?s ?p ?o }} WHERE {{ {chosen}GRAPH ?g {{ ?s ?p ?o }} }}")
