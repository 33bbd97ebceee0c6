"""Benchmark the SPARQL endpoint over HTTP against rdflib-endpoint and the Oxigraph server.

Run: make bench                        (every size: seed, 10k, 100k, 1M quads)
     make bench BENCH_ARGS=--quick     (seed and 10k, few repetitions: a smoke run)
     .venv/bin/python benchmarks/serving.py [--quick] [--sizes seed,10000] [--systems kg,oxigraph]

Each system serves the same N-Quads file (the seed build, or `generate.py`'s output of that
size) with the union of its graphs as the default graph, on 127.0.0.1, one system at a time.
One client (Python's http.client, keep-alive) sends the same queries to each: a warm-up, then
timed runs, of which the median is reported. Lookup throughput is measured with 4 client
processes, each on its own connection, looking up entities in turn for a fixed time. Every
request has a client time limit (60 s): a query that runs past it is reported as ">60 s" and its
server restarted, and larger sizes do not run it again. Nothing is asserted; the table is printed
and written to benchmarks/results/.
"""

import argparse
import datetime
import http.client
import json
import multiprocessing
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

from generate import generate

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
RESULTS = ROOT / "benchmarks" / "results"

PREFIXES = """PREFIX tw: <https://techworkers.example/ontology#>
PREFIX id: <https://techworkers.example/id/>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""

SELECT_ACCEPT = "application/sparql-results+json"
GRAPH_ACCEPT = "application/n-triples"


@dataclass(frozen=True)
class Query:
    """One query of the mix: its name, text and the media type asked for."""

    name: str
    text: str
    accept: str = SELECT_ACCEPT


# Cheapest first: a query that times out makes its server restart, so the cheap ones run before.
QUERIES = (
    Query("entity lookup", "SELECT ?p ?o WHERE { id:salesforce ?p ?o }"),
    Query("DESCRIBE", "DESCRIBE id:salesforce", GRAPH_ACCEPT),
    Query(
        "property path",
        """SELECT DISTINCT ?company WHERE {
  ?contract tw:contractor ?company ;
            tw:client/tw:componentOf* id:us-department-of-homeland-security .
} ORDER BY ?company""",
    ),
    Query(
        "join + aggregation",
        # Four patterns joined and grouped: what organizations point to, counted by class. The
        # first pattern matches every triple, which rdflib's nested-loop evaluation pays for.
        """SELECT ?class (COUNT(*) AS ?links) WHERE {
  ?organization ?property ?thing .
  ?thing a ?class .
  ?organization a tw:Organization .
  ?thing rdfs:label ?label .
} GROUP BY ?class ORDER BY DESC(?links) ?class""",
    ),
    Query(
        "string FILTER",
        """SELECT ?entity ?label WHERE {
  ?entity rdfs:label ?label FILTER(CONTAINS(LCASE(?label), "border"))
} ORDER BY ?label""",
    ),
    Query(
        "CONSTRUCT",
        """CONSTRUCT { ?company tw:hasContractWith ?agency . ?agency rdfs:label ?label }
WHERE { ?contract tw:contractor ?company ; tw:client ?agency . ?agency rdfs:label ?label }""",
        GRAPH_ACCEPT,
    ),
)
JOIN = "join + aggregation"
LOOKUPS = "lookups, 4 clients"


class TimedOut(Exception):
    """A request ran past the client time limit."""


@dataclass
class Server:
    """One system serving one file: how to start it, where its endpoint is."""

    name: str
    command: list[str]
    path: str
    port: int
    env: dict[str, str] = field(default_factory=dict)
    process: subprocess.Popen | None = None
    log: Path | None = None

    def start(self, startup_limit: float) -> float:
        """Start the server; the seconds until it answered a first query."""
        started = time.perf_counter()
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                self.command,
                cwd=ROOT,
                env={**os.environ, **self.env},
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # its own process group: stopping it stops its workers
            )
        deadline = started + startup_limit
        while time.perf_counter() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}; see {self.log}")
            try:
                status, _ = request(self.port, self.path, "ASK {}", SELECT_ACCEPT, timeout=5)
                if status == 200:
                    return time.perf_counter() - started
            except (OSError, http.client.HTTPException, TimedOut):
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{self.name} did not answer within {startup_limit:g} s; see {self.log}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()


def request(port: int, path: str, query: str, accept: str, timeout: float, connection=None):
    """Send one GET query; its status and body. TimedOut past `timeout` seconds."""
    conn = connection or http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request("GET", f"{path}?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept})
        response = conn.getresponse()
        return response.status, response.read()
    except TimeoutError:
        raise TimedOut from None
    finally:
        if connection is None:
            conn.close()


def answer_size(body: bytes, accept: str) -> int:
    """Rows of a SPARQL JSON answer, or lines (triples) of an N-Triples one."""
    if accept == SELECT_ACCEPT:
        return len(json.loads(body)["results"]["bindings"])
    if body.lstrip().startswith(b"<?xml"):  # rdflib-endpoint answers DESCRIBE in RDF/XML only
        from rdflib import Graph

        return len(Graph().parse(data=body, format="xml"))
    return sum(1 for line in body.splitlines() if line.strip())


@dataclass
class Timing:
    """The timed runs of one query on one server, or why there are none."""

    seconds: list[float] = field(default_factory=list)
    answer: int | None = None
    note: str = ""  # ">60 s", "error 500", ...

    def cell(self) -> str:
        if self.note:
            return self.note
        median = statistics.median(self.seconds)
        text = f"{median * 1000:.1f} ms" if median < 10 else f"{median:.1f} s"
        return text if len(self.seconds) >= 3 else f"{text} (n={len(self.seconds)})"


def time_query(server: Server, query: Query, reps: int, warmups: int, limit: float, budget: float) -> Timing:
    """Warm up, then time up to `reps` runs, stopping early once they took `budget` seconds."""
    timing = Timing()
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=limit)
    text = PREFIXES + query.text

    def run() -> float:
        started = time.perf_counter()
        status, body = request(server.port, server.path, text, query.accept, limit, conn)
        if status != 200:
            raise RuntimeError(f"HTTP {status}")
        timing.answer = answer_size(body, query.accept)
        return time.perf_counter() - started

    try:
        for _ in range(warmups):
            if run() > budget / 3:  # a slow query needs no more warming up
                break
        while len(timing.seconds) < reps and sum(timing.seconds) <= budget:
            timing.seconds.append(run())
    except RuntimeError as error:
        timing.note = str(error)
    except TimedOut:
        timing.note = f">{limit:g} s"
    finally:
        conn.close()
    return timing


def _lookup_client(port: int, path: str, queries: list[str], offset: int, window: tuple[float, float], out):
    """One throughput client: look entities up in turn within a wall-clock window; report counts."""
    start, end = window
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=max(1.0, end - time.time()))
    answered = failed = 0
    index = offset
    time.sleep(max(0.0, start - time.time()))  # every client starts at the same moment
    try:
        while time.time() < end and answered + failed < 10_000_000:
            status, _ = request(port, path, queries[index % len(queries)], SELECT_ACCEPT, end - start, conn)
            answered += status == 200
            failed += status != 200
            index += 1
    except (OSError, http.client.HTTPException, TimedOut):
        failed += 1
    out.put((answered, failed))


def lookup_throughput(server: Server, entities: list[str], seconds: float, limit: float) -> tuple[float, int]:
    """Answered lookups per second with 4 concurrent clients, and how many failed."""
    queries = [f"SELECT ?p ?o WHERE {{ <{iri}> ?p ?o }}" for iri in entities]
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    for duration in (1.0, seconds):  # a warm-up, then the measured run
        start = time.time() + 3.0  # time for the client processes to start
        window = (start, start + duration)
        clients = [
            context.Process(
                target=_lookup_client,
                args=(server.port, server.path, queries, k * len(queries) // 4, window, results),
            )
            for k in range(4)
        ]
        for client in clients:
            client.start()
        counts = [results.get(timeout=duration + limit + 30) for _ in clients]
        for client in clients:
            client.join()
    return sum(a for a, _ in counts) / seconds, sum(f for _, f in counts)


def lookup_entities(data: Path, count: int = 500) -> list[str]:
    """Up to `count` labelled resources of the data, spread evenly over its sorted subjects."""
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    subjects = set()
    with data.open(encoding="utf-8") as stream:
        for line in stream:
            subject, predicate, _ = line.split(" ", 2)
            if predicate == label and subject.startswith("<https://techworkers.example/id/"):
                subjects.add(subject[1:-1])
    ordered = sorted(subjects)
    step = max(1, len(ordered) // count)
    return ordered[::step][:count]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def servers_for(data: Path, work: Path, timeout: float) -> list[Server]:
    """The three systems, ready to start on `data`."""
    store = work / f"oxigraph-{data.stem}"
    if not (store / "CURRENT").exists() or store.stat().st_mtime < data.stat().st_mtime:
        shutil.rmtree(store, ignore_errors=True)
        subprocess.run(
            [BIN / "oxigraph", "load", "--location", store, "--file", data], check=True, capture_output=True
        )
        # The same layout as `kg serve` gives its store (kg.dataset.merge_into_default_graph): the
        # default graph is the merge of all graphs. Then Oxigraph's own advice for read-heavy use,
        # which `kg serve` follows too.
        merge = "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
        oxigraph = [str(BIN / "oxigraph")]
        subprocess.run(
            [*oxigraph, "update", "--location", store, "--update", merge], check=True, capture_output=True
        )
        subprocess.run([*oxigraph, "optimize", "--location", store], check=True, capture_output=True)
    ports = [free_port() for _ in range(3)]
    kg_out = work / f"kg-{data.stem}"
    return [
        Server(
            "kg",
            [
                sys.executable,
                "-m",
                "kg.cli",
                "serve",
                str(data),
                "--out",
                str(kg_out),
                "--port",
                str(ports[0]),
                "--timeout",
                f"{timeout:g}",
            ],
            "/sparql",
            ports[0],
        ),
        Server(
            "oxigraph",
            [
                str(BIN / "oxigraph"),
                "serve-read-only",
                "--location",
                str(store),
                "--bind",
                f"127.0.0.1:{ports[1]}",
            ],
            "/query",
            ports[1],
        ),
        Server(
            "rdflib-endpoint",
            [
                str(BIN / "rdflib-endpoint"),
                "serve",
                str(data),
                "--host",
                "127.0.0.1",
                "--port",
                str(ports[2]),
            ],
            "/",
            ports[2],
        ),
    ]


LABELS = {"kg": "this server", "oxigraph": "Oxigraph server", "rdflib-endpoint": "rdflib-endpoint"}


@dataclass
class SizeResult:
    """Everything measured on one dataset."""

    label: str
    quads: int
    timings: dict[tuple[str, str], Timing] = field(default_factory=dict)  # (system, query) -> timing
    throughput: dict[str, str] = field(default_factory=dict)  # system -> "1234 req/s" or a note
    rates: dict[str, float] = field(default_factory=dict)
    ready: dict[str, float] = field(default_factory=dict)
    entities: int = 0


def run_size(label: str, data: Path, work: Path, args, timed_out: set[tuple[str, str]]) -> SizeResult:
    """Measure every system on one dataset, one system at a time."""
    quads = sum(1 for _ in data.open(encoding="utf-8"))
    result = SizeResult(label, quads)
    entities = lookup_entities(data)
    result.entities = len(entities)
    for server in servers_for(data, work, args.timeout):
        if server.name not in args.systems:
            continue
        server.log = work / f"{server.name}-{data.stem}.log"
        print(f"[{label}] {server.name}: starting", file=sys.stderr, flush=True)
        result.ready[server.name] = server.start(args.startup_limit)
        try:
            rate, failed = lookup_throughput(server, entities, args.seconds, args.timeout)
            result.rates[server.name] = rate
            result.throughput[server.name] = f"{rate:.0f}/s" + (f" ({failed} failed)" if failed else "")
            for query in QUERIES:
                if (server.name, query.name) in timed_out:
                    result.timings[server.name, query.name] = Timing(note=f">{args.timeout:g} s*")
                    continue
                timing = time_query(server, query, args.reps, args.warmups, args.timeout, args.budget)
                result.timings[server.name, query.name] = timing
                print(f"[{label}] {server.name}: {query.name}: {timing.cell()}", file=sys.stderr, flush=True)
                if timing.note.startswith(">"):
                    timed_out.add((server.name, query.name))
                    server.stop()  # it may still be evaluating: only a restart frees it
                    server.start(args.startup_limit)
        finally:
            server.stop()
    return result


def ratio(numerator: float | None, denominator: float | None, suffix: str = "x") -> str:
    if not numerator or not denominator:
        return "-"
    return f"{numerator / denominator:.2f}{suffix}"


def median_of(result: SizeResult, system: str, query: str) -> float | None:
    timing = result.timings.get((system, query))
    return statistics.median(timing.seconds) if timing and timing.seconds else None


def lower_bound(result: SizeResult, system: str, query: str, limit: float) -> float | None:
    """The median, or the time limit for a query that ran past it (so ratios are lower bounds)."""
    timing = result.timings.get((system, query))
    if timing and timing.note.startswith(">"):
        return limit
    return median_of(result, system, query)


def row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def answers_cell(result: SizeResult, query: str) -> str:
    """The answer size if every system gave the same, else each system's."""
    sizes = {s: t.answer for (s, q), t in result.timings.items() if q == query and t.answer is not None}
    if len(set(sizes.values())) <= 1:
        return str(next(iter(sizes.values()), "-"))
    return "differ: " + ", ".join(f"{LABELS[s]} {n}" for s, n in sizes.items())


def table(result: SizeResult, limit: float) -> list[str]:
    """The result of one dataset as a Markdown table."""
    systems = list(LABELS)
    ready = ", ".join(f"{LABELS[s]} {result.ready[s]:.1f} s" for s in systems if s in result.ready)
    head = ["query", *(LABELS[s] for s in systems), "kg / Oxigraph", "rdflib-endpoint / kg", "answers"]
    lines = [
        f"**{result.label}** ({result.quads:,} quads; ready to answer after {ready}; "
        f"lookups over {result.entities} entities)",
        "",
        row(head),
        row(["---", *["---:"] * (len(head) - 2), "---"]),
    ]
    for query in QUERIES:
        cells = [
            result.timings[s, query.name].cell() if (s, query.name) in result.timings else "-"
            for s in systems
        ]
        kg = median_of(result, "kg", query.name)
        rdflib = lower_bound(result, "rdflib-endpoint", query.name, limit)
        speedup = ratio(rdflib, kg)
        if speedup != "-" and rdflib == limit:
            speedup = ">" + speedup
        kg_per_oxigraph = ratio(kg, median_of(result, "oxigraph", query.name))
        lines.append(row([query.name, *cells, kg_per_oxigraph, speedup, answers_cell(result, query.name)]))
    rates = result.rates
    throughput = [result.throughput.get(s, "-") for s in systems]
    kg_per_rdflib = ratio(rates.get("kg"), rates.get("rdflib-endpoint"))
    if kg_per_rdflib != "-":
        kg_per_rdflib = f"kg is {kg_per_rdflib} rdflib-endpoint"
    lines.append(
        row([LOOKUPS, *throughput, ratio(rates.get("kg"), rates.get("oxigraph")), kg_per_rdflib, "-"])
    )
    return lines


def targets(result: SizeResult, limit: float) -> list[str]:
    """The issue's goals at 10k triples, each with its measured ratio and whether it holds."""
    kg_join = median_of(result, "kg", JOIN)
    ox_join = median_of(result, "oxigraph", JOIN)
    rdflib_join = lower_bound(result, "rdflib-endpoint", JOIN, limit)
    kg_rate, ox_rate, rdflib_rate = (result.rates.get(s) for s in LABELS)
    goals = [
        (
            "join query within 2x of the Oxigraph server's latency",
            kg_join / ox_join if kg_join and ox_join else None,
            lambda r: r <= 2,
            "{:.2f}x its latency",
        ),
        (
            "join query at least 100x faster than rdflib-endpoint",
            rdflib_join / kg_join if kg_join and rdflib_join else None,
            lambda r: r >= 100,
            "{:.0f}x faster",
        ),
        (
            "lookups with 4 clients: at least 2x rdflib-endpoint's throughput",
            kg_rate / rdflib_rate if kg_rate and rdflib_rate else None,
            lambda r: r >= 2,
            "{:.2f}x",
        ),
        (
            "lookups with 4 clients: at least 35% of the Oxigraph server's throughput",
            kg_rate / ox_rate if kg_rate and ox_rate else None,
            lambda r: r >= 0.35,
            "{:.0%}",
        ),
    ]
    lines = [f"Goals on the {result.label} graph:", ""]
    for goal, value, holds, shape in goals:
        if value is None:
            lines.append(f"- {goal}: not measured")
        else:
            lines.append(f"- {goal}: {shape.format(value)} — {'holds' if holds(value) else 'MISSED'}")
    return lines


def machine() -> list[str]:
    memory = subprocess.run(["free", "-h"], capture_output=True, text=True).stdout.splitlines()
    cpuinfo = Path("/proc/cpuinfo").read_text().splitlines()
    models = [line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name")]
    cpu = models[0] if models else platform.processor()
    versions = subprocess.run([sys.executable, "-m", "pip", "freeze"], capture_output=True, text=True).stdout
    wanted = (
        "pyoxigraph",
        "oxigraph",
        "rdflib",
        "rdflib-endpoint",
        "flask",
        "granian",
        "uvicorn",
        "fastapi",
    )
    pins = [line for line in versions.splitlines() if line.split("==")[0].lower() in wanted]
    return [
        f"Date: {datetime.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}",
        f"Machine: {os.cpu_count()} cores (nproc), {cpu}; {platform.platform()}",
        "Memory (free -h): " + " ".join(memory[1].split()[:2]) if len(memory) > 1 else "",
        f"Python {platform.python_version()}; " + ", ".join(pins),
        f"Command: {' '.join([Path(sys.argv[0]).name, *sys.argv[1:]])}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="seed and 10k only, few runs: a smoke run")
    parser.add_argument(
        "--sizes", help="comma-separated: seed and quad counts (default seed,10000,100000,1000000)"
    )
    parser.add_argument("--systems", default="kg,oxigraph,rdflib-endpoint")
    parser.add_argument("--timeout", type=float, default=60.0, help="client time limit per request, seconds")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bench", help="data and stores go here")
    args = parser.parse_args()
    sizes = (args.sizes or ("seed,10000" if args.quick else "seed,10000,100000,1000000")).split(",")
    args.systems = set(args.systems.split(","))
    args.reps, args.warmups, args.seconds, args.budget = (
        (3, 1, 3.0, 10.0) if args.quick else (15, 2, 10.0, 30.0)
    )
    args.startup_limit = 1800.0

    from kg.build import build  # the project's own build of the seed graph

    seed = build(args.work / "seed-build").dataset.path / "dataset.nq"
    args.work.mkdir(parents=True, exist_ok=True)
    results, timed_out = [], set()
    for size in sizes:
        if size == "seed":
            data, label = args.work / "kg-seed.nq", "seed graph"
            shutil.copyfile(seed, data)
        else:
            data, label = args.work / f"kg-{int(size)}.nq", f"generated, {int(size):,} quads"
            if not data.exists() or data.stat().st_mtime < seed.stat().st_mtime:
                generate(int(size), seed, data)
        results.append(run_size(label, data, args.work, args, timed_out))

    report = ["# SPARQL endpoint benchmark", "", *machine(), ""]
    report += [
        f"Median latency of {args.reps} runs after {args.warmups} warm-up(s) (fewer runs where a query "
        f"takes over {args.budget:g} s in all: n shows how many); '*': ran past the {args.timeout:g} s "
        "limit on a smaller dataset, not run again. Lookups: answered requests per second, 4 client "
        f"processes for {args.seconds:g} s, each asking for the entities of the data in turn.",
        "",
    ]
    for result in results:
        report += [*table(result, args.timeout), ""]
    ten_k = next((r for r in results if r.quads == 10_000), None)
    if ten_k:
        report += targets(ten_k, args.timeout)
    text = "\n".join(report) + "\n"
    print(text)
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"serving-{datetime.datetime.now():%Y%m%d-%H%M%S}.md"
    out.write_text(text, encoding="utf-8")
    print(f"Written to {out.relative_to(ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
