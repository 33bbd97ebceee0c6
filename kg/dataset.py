"""A finished build on disk: its manifest, its store and its dumps."""

import json
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox

DEFAULT_GRAPH_KEY = "default"  # the manifest's name for the default graph, which has no IRI


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

    def open_store(self) -> ox.Store:
        """The store, opened read-only: any number of processes may do so at once."""
        return ox.Store.read_only(str(self.store_path))
