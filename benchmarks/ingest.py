"""Measure `kg ingest` of one article into the seed graph, as a table.

Run: .venv/bin/python benchmarks/ingest.py [--runs 3]

Each run copies nothing of the project's own article folder: it builds the seed graph (ontology,
curated triples, the seed article) into a temporary folder, then times a fresh `kg ingest`-like
process adding one article there (the process starts cold: Python, rdflib, spaCy and the model
are loaded as they are for a user). Figures are the median of the runs, wall-clock, with the
phases measured inside that process.
"""

import argparse
import ast
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = ROOT / "tests" / "data" / "unseen-walkout-2019-11-08.txt"

# Runs in the measured process: the same call `kg ingest` makes, with the phases timed.
INGEST = """
import sys, time
started = time.perf_counter()
from pathlib import Path
import kg.build, kg.extract.batch
from kg.ingest import ingest
from kg.sources import SOURCES_DIR, Inputs
phases = {"imports": time.perf_counter() - started}

def timed(name, function):
    def wrapper(*args, **kwargs):
        begin = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            phases[name] = phases.get(name, 0) + time.perf_counter() - begin
    return wrapper

kg.build.extract_articles = timed("extraction (model load + rules)", kg.build.extract_articles)
kg.build.inferred_graph = timed("OWL 2 RL reasoning", kg.build.inferred_graph)
kg.build.validate = timed("SHACL validation", kg.build.validate)
kg.build.publish = timed("writing the build", kg.build.publish)
tmp = Path(sys.argv[1])
inputs = Inputs(article_dirs=(SOURCES_DIR, tmp / "articles"))
metadata = {"published": "2019-11-08", "publisher": "Test Wire"}
ingest([Path(sys.argv[2])], tmp / "out", metadata, inputs, tmp / "articles")
phases["total in process"] = time.perf_counter() - started
print(repr(phases))
"""

SEED_BUILD = """
import sys
from pathlib import Path
from kg.build import build
from kg.sources import SOURCES_DIR, Inputs
tmp = Path(sys.argv[1])
build(tmp / "out", Inputs(article_dirs=(SOURCES_DIR, tmp / "articles")))
"""


def run_once() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "articles").mkdir()
        subprocess.run([sys.executable, "-c", SEED_BUILD, tmp], check=True, cwd=ROOT)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-c", INGEST, tmp, str(ARTICLE)],
            check=True,
            cwd=ROOT,
            capture_output=True,
            text=True,
        )
        wall = time.perf_counter() - started
    phases = ast.literal_eval(done.stdout.strip().splitlines()[-1])
    phases["wall clock, whole process"] = wall
    return phases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    runs = [run_once() for _ in range(parser.parse_args().runs)]
    print(f"kg ingest of one article ({ARTICLE.name}) into the seed graph; median of {len(runs)} runs")
    print(f"{'phase':<40} {'seconds':>8}")
    for name in runs[0]:
        print(f"{name:<40} {statistics.median(r[name] for r in runs):>8.2f}")


if __name__ == "__main__":
    main()
