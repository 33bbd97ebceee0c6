"""The query engine: pyoxigraph evaluating SPARQL in worker processes that a time limit can stop.

Neither pyoxigraph nor rdflib can interrupt a running query, and a pathological query can crash
the compiled engine. So each query runs in a worker process holding the built dataset; a worker
that runs past the time limit is killed and replaced, and one that dies costs only the query it
was running. Workers return serialized bytes, so nothing but the answer crosses the process
boundary.

A worker writes an answer into a buffer with a size limit and stops the query when the answer
would pass it, so one query cannot fill the memory of the worker or of the server it is sent to.

A worker holds the dataset in memory when it is small enough (`StoreSource.in_memory`): reading a
resource's triples from Oxigraph's in-memory store takes microseconds, from its on-disk store
(RocksDB, opened read-only) about 25 times as long. Larger datasets are read from disk.
"""

import io
import multiprocessing
import queue
import signal
import threading
import time
from dataclasses import dataclass, field
from multiprocessing.connection import Connection

import pyoxigraph as ox

from kg.dataset import StoreSource
from kg.errors import (
    AnswerTooLarge,
    BadQuery,
    EngineUnavailable,
    KGError,
    NotAcceptable,
    QueryNotEvaluable,
    QueryTimeout,
)
from kg.formats import BY_NAME, Kind
from kg.sandbox import leave_the_network

_CONTEXT = multiprocessing.get_context("spawn")  # the server runs threads: never fork it


@dataclass(frozen=True)
class QueryJob:
    """One query to evaluate, with the formats its answer may take."""

    query: str
    results_format: str | None = None  # format name for SELECT and ASK answers
    graph_format: str | None = None  # format name for CONSTRUCT and DESCRIBE answers
    # The protocol's default-graph-uri and named-graph-uri. If both are empty, the query's FROM
    # and FROM NAMED choose the dataset; without those, the default graph is the store's, which
    # each build makes the merge of its content graphs (kg.dataset.merge_into_default_graph).
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()
    prefixes: dict[str, str] = field(default_factory=dict)  # for pretty graph serializations
    base_iri: str | None = None  # what relative IRIs in the query resolve against


@dataclass(frozen=True)
class QueryAnswer:
    """A serialized answer and its format name."""

    body: bytes
    format_name: str


DEFAULT_ANSWER_LIMIT = 100_000_000  # bytes; the setting ANSWER_LIMIT

# What pyoxigraph raises for a query it parsed but cannot evaluate (RuntimeError: a function it
# does not implement).
EVALUATION_ERRORS = (OSError, ValueError, RuntimeError)


class _LimitedBuffer(io.BytesIO):
    """Where a worker serializes an answer: bytes up to a limit, then AnswerTooLarge."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit

    def write(self, data) -> int:
        if self.tell() + len(data) > self.limit:
            raise AnswerTooLarge(
                f"The answer would be larger than {self.limit:,} bytes, this endpoint's limit; "
                "add a LIMIT or narrow the query."
            )
        return super().write(data)


def evaluate(store: ox.Store, job: QueryJob, answer_limit: int = DEFAULT_ANSWER_LIMIT) -> QueryAnswer:
    """Run one query on a store and serialize its answer (this runs inside a worker)."""
    options: dict = {}
    if job.default_graphs or job.named_graphs:  # the protocol's dataset replaces the query's
        options["default_graph"] = [ox.NamedNode(g) for g in job.default_graphs]
        options["named_graphs"] = [ox.NamedNode(g) for g in job.named_graphs]
    try:
        result = store.query(job.query, base_iri=job.base_iri, **options)
        # Solutions are computed as they are serialized, so evaluation errors surface here too,
        # and an answer too large stops the evaluation as it passes the limit.
        buffer = _LimitedBuffer(answer_limit)
        if isinstance(result, ox.QueryTriples):
            fmt = _chosen(job.graph_format, Kind.GRAPH)
            ox.serialize(result, buffer, format=fmt.engine_format, prefixes=_prefixes_for(fmt, job))
        else:
            fmt = _chosen(job.results_format, Kind.RESULTS)
            result.serialize(buffer, format=fmt.engine_format)
    except SyntaxError as error:
        raise BadQuery(str(error)) from None
    except EVALUATION_ERRORS as error:
        raise QueryNotEvaluable(f"The query could not be evaluated: {error}") from None
    return QueryAnswer(buffer.getvalue(), fmt.name)


def _chosen(format_name: str | None, kind: Kind):
    """The format the client accepted for this kind of answer, or NotAcceptable."""
    if format_name is None:
        what = "an RDF graph" if kind is Kind.GRAPH else "a query result"
        raise NotAcceptable(f"The answer is {what}, and the request accepts no format for it.")
    return BY_NAME[format_name]


def _prefixes_for(fmt, job: QueryJob) -> dict[str, str] | None:
    return job.prefixes if fmt.name in ("ttl", "trig", "rdf") else None


def _worker_main(source: StoreSource, connection: Connection, answer_limit: int) -> None:
    """Worker process loop: open the dataset, then answer jobs until the pipe closes."""
    # Ctrl-C reaches every process of the terminal's group; the server stops its workers itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    leave_the_network()  # the pipe to the server is already open and keeps working
    store = source.open()
    try:
        connection.send(_READY)
    except OSError:  # the server stopped while this worker was opening the dataset
        return
    while True:
        try:
            job = connection.recv()
        except (EOFError, OSError):  # the server closed the pipe, or its process is gone
            return
        try:
            connection.send(("ok", evaluate(store, job, answer_limit)))
        except KGError as error:
            connection.send(("error", type(error).__name__, error.message))


_ERRORS = {cls.__name__: cls for cls in (BadQuery, QueryNotEvaluable, NotAcceptable, AnswerTooLarge)}
_READY = "ready"
STARTUP_LIMIT = 60.0  # seconds a new worker may take to start and open the dataset
RESTART_DELAY = 5.0  # seconds before trying again after a worker failed to start


class _Worker:
    """A worker process, the parent's end of its pipe, and the deadline of the job it is running."""

    def __init__(self, source: StoreSource, answer_limit: int) -> None:
        self.connection, child_end = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(
            target=_worker_main, args=(source, child_end, answer_limit), daemon=True, name="kg-query-worker"
        )
        self.process.start()
        child_end.close()
        self.ready = threading.Event()  # set once it has opened the dataset and may take jobs
        self._lock = threading.Lock()
        self._deadline: float | None = None  # monotonic time by which the running job must end
        self.overdue = False  # the watchdog stopped it: its job ran past the deadline
        self._stopped = False

    def await_start(self) -> bool:
        """Wait until the worker has opened the dataset; False if it died or took too long."""
        try:
            started = self.connection.poll(STARTUP_LIMIT) and self.connection.recv() == _READY
        except (EOFError, OSError):
            started = False
        if started:
            self.ready.set()
        return started

    def start_job(self, job: QueryJob, seconds: float) -> None:
        with self._lock:
            self._deadline = time.monotonic() + seconds
        self.connection.send(job)

    def end_job(self) -> bool:
        """Clear the deadline; whether the worker is still usable (the watchdog has not stopped it)."""
        with self._lock:
            self._deadline = None
            return not self.overdue

    def stop_if_overdue(self, now: float) -> None:
        with self._lock:
            if self._deadline is None or now < self._deadline:
                return
            self.overdue = True
        self.process.kill()  # the pipe closes: the thread waiting for the answer wakes up

    def stop(self) -> None:
        """Kill the process and close the pipe, once (a closing engine and its admitting thread
        may both get here)."""
        with self._lock:
            if self._stopped:
                return
            self._stopped = True
        self.process.kill()
        self.process.join(timeout=5)
        self.connection.close()


WATCH_INTERVAL = 0.05  # seconds between the watchdog's looks at the running jobs' deadlines


class QueryEngine:
    """A pool of query workers over one built dataset, with a time limit and a size limit per query.

    Only workers that have opened the dataset wait in the pool, so a query never waits for one to
    start (seconds, for a large dataset held in memory): a new worker joins once it is ready. A
    request's thread sends the job and waits for the answer; a watchdog thread kills the worker
    of a job past its deadline, which wakes that thread. So a query costs the parent process no
    more than a write and a read.
    """

    def __init__(
        self,
        source: StoreSource,
        *,
        workers: int = 2,
        timeout: float = 10.0,
        answer_limit: int = DEFAULT_ANSWER_LIMIT,
    ) -> None:
        self.source = source
        self.timeout = timeout
        self.answer_limit = answer_limit
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = threading.Event()
        for _ in range(workers):
            self._add_worker()
        threading.Thread(target=self._watch, daemon=True, name="kg-query-watchdog").start()

    def _add_worker(self) -> None:
        worker = _Worker(self.source, self.answer_limit)
        with self._lock:
            closed = self._closed.is_set()  # checked under the lock that close() takes
            if not closed:
                self._all.add(worker)
        if closed:  # the engine was closed while this worker started: nothing else would stop it
            worker.stop()
            return
        threading.Thread(target=self._admit, args=(worker,), daemon=True, name="kg-query-admit").start()

    def _admit(self, worker: _Worker) -> None:
        """Put a new worker in the pool once it is ready; replace one that cannot start, later."""
        if worker.await_start():
            self._idle.put(worker)
            return
        with self._lock:
            self._all.discard(worker)
        worker.stop()
        if not self._closed.wait(RESTART_DELAY):  # a dataset that cannot be opened: no busy loop
            self._add_worker()

    def _replace(self, worker: _Worker) -> None:
        with self._lock:
            self._all.discard(worker)
        worker.stop()
        self._add_worker()

    def _watch(self) -> None:
        while not self._closed.wait(WATCH_INTERVAL):
            now = time.monotonic()
            with self._lock:
                workers = list(self._all)
            for worker in workers:
                worker.stop_if_overdue(now)

    def wait_until_ready(self, limit: float = STARTUP_LIMIT) -> bool:
        """Wait until every worker has opened the dataset; False if one has not within `limit` s."""
        deadline = time.monotonic() + limit
        with self._lock:
            workers = list(self._all)
        return all(w.ready.wait(max(0.0, deadline - time.monotonic())) for w in workers)

    def run(self, job: QueryJob) -> QueryAnswer:
        """Evaluate a job in a free worker, within the time limit."""
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise EngineUnavailable("Every query worker is busy or starting; try again shortly.") from None
        try:
            worker.start_job(job, self.timeout)
            outcome = worker.connection.recv()
        except (EOFError, OSError):
            usable = worker.end_job()
            self._replace(worker)
            if not usable:
                raise QueryTimeout(f"The query ran longer than {self.timeout:g} s and was stopped.") from None
            raise EngineUnavailable("The query engine stopped while evaluating this query.") from None
        if worker.end_job():
            self._idle.put(worker)
        else:  # stopped as its answer arrived: the answer stands, the worker is replaced
            self._replace(worker)
        if outcome[0] == "ok":
            return outcome[1]
        raise _ERRORS[outcome[1]](outcome[2])

    def worker_pids(self) -> list[int]:
        """Process ids of the live workers."""
        with self._lock:
            return sorted(w.process.pid for w in self._all)

    def close(self) -> None:
        """Stop every worker."""
        with self._lock:
            self._closed.set()
            workers, self._all = self._all, set()
        for worker in workers:
            worker.stop()
