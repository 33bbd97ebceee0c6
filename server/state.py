"""What the app serves: the current build, its read-only store and its query engine.

`kg build` and `kg ingest` publish a new build by switching the `current` link; the server
notices on the next request (looking at most once per `RELOAD_CHECK_SECONDS`) and switches to it
without a restart, once the new build's query workers have opened it; other requests are
answered from the old build meanwhile. Queries already running finish on the old engine, which
is closed after the time limit has passed.
"""

import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from kg.dataset import BuiltDataset
from kg.engine import QueryEngine
from kg.errors import BuildFailed
from kg.rdflib_view import rdflib_view

RELOAD_CHECK_SECONDS = 1.0

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Snapshot:
    """One build, opened for serving."""

    dataset: BuiltDataset
    store: ox.Store
    graph: Dataset  # the store through rdflib's API (what pages and statistics read)
    engine: QueryEngine


class ServedGraph:
    """The build being served, replaced by a newer one when the `current` link moves."""

    def __init__(
        self, build_dir: Path, *, workers: int, timeout: float, answer_limit: int, memory_limit_quads: int
    ) -> None:
        self.build_dir = Path(build_dir)
        self.workers = workers
        self.timeout = timeout
        self.answer_limit = answer_limit
        self.memory_limit_quads = memory_limit_quads
        self._lock = threading.Lock()
        self._checked_at = time.monotonic()
        dataset = BuiltDataset.current(self.build_dir)
        if dataset is None:
            raise BuildFailed(f"No build in {self.build_dir}: run `kg build` first.")
        self._snapshot = self._open(dataset)

    def _open(self, dataset: BuiltDataset) -> Snapshot:
        """The build opened, once its query workers are ready (they may load it into memory)."""
        store = dataset.open_store()  # first: if the build cannot be opened, no worker is started
        source = dataset.store_source(self.memory_limit_quads)
        engine = QueryEngine(
            source, workers=self.workers, timeout=self.timeout, answer_limit=self.answer_limit
        )
        if not engine.wait_until_ready():
            engine.close()
            raise BuildFailed(f"The query workers could not open the build {dataset.path}.")
        return Snapshot(dataset, store, rdflib_view(store), engine)

    @property
    def dataset(self) -> BuiltDataset:
        return self._snapshot.dataset

    @property
    def graph(self) -> Dataset:
        return self._snapshot.graph

    @property
    def engine(self) -> QueryEngine:
        return self._snapshot.engine

    def refresh(self) -> bool:
        """Switch to a newer build if there is one; True if it switched."""
        now = time.monotonic()
        if now - self._checked_at < RELOAD_CHECK_SECONDS:
            return False
        # One request looks and switches; the others go on with the build being served meanwhile.
        if not self._lock.acquire(blocking=False):
            return False
        try:
            self._checked_at = now
            newest = BuiltDataset.current(self.build_dir)
            if newest is None or newest.path == self._snapshot.dataset.path:
                return False
            try:
                opened = self._open(newest)
            except (OSError, BuildFailed):
                log.exception("Cannot open the build %s; still serving %s", newest.path, self.dataset.path)
                return False
            old, self._snapshot = self._snapshot, opened
        finally:
            self._lock.release()
        # Let queries still on the old engine finish (a wait for a free worker, then the run)
        # before stopping its workers.
        threading.Timer(2 * self.timeout + 5, old.engine.close).start()
        return True

    def close(self) -> None:
        """Stop the query workers."""
        self._snapshot.engine.close()
