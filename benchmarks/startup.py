"""Measure `kg build` (cold and reused) and `kg serve` time-to-first-answer, as a table.

Run: .venv/bin/python benchmarks/startup.py [--runs 5]
Each figure is the median of the runs, wall-clock, measured around the real commands.
"""

import argparse
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.error import URLError
from urllib.request import urlopen

ROOT = Path(__file__).resolve().parent.parent
KG = [sys.executable, "-m", "kg.cli"]
FIRST_QUERY = "/sparql?query=SELECT%20%3Fs%20WHERE%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%201"


def timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve_until_first_answer(out: Path) -> float:
    """Seconds from starting `kg serve` on an existing build to its first answered query."""
    port = free_port()
    started = time.perf_counter()
    process = subprocess.Popen(
        [*KG, "serve", "--out", str(out), "--port", str(port)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                with urlopen(f"http://127.0.0.1:{port}{FIRST_QUERY}", timeout=5) as response:
                    response.read()
                    return time.perf_counter() - started
            except (URLError, ConnectionError):
                time.sleep(0.01)
    finally:
        process.terminate()
        process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        out = work / "build"
        cold = [timed([*KG, "build", "--force", "--out", str(out)]) for _ in range(runs)]
        warm = [timed([*KG, "build", "--out", str(out)]) for _ in range(runs)]
        first = [serve_until_first_answer(out) for _ in range(runs)]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rows = [
        ("kg build (inputs changed: parse, reason, validate, write)", cold),
        ("kg build (inputs unchanged: reuse)", warm),
        ("kg serve: start to first answered query", first),
    ]
    print(f"{'step':<60} {'median s':>9} {'min s':>7} {'max s':>7}")
    for label, times in rows:
        print(f"{label:<60} {statistics.median(times):>9.2f} {min(times):>7.2f} {max(times):>7.2f}")


if __name__ == "__main__":
    main()
