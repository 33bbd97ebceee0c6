"""Running `kg serve` as a real subprocess for tests and tools, and waiting until it answers."""

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    """A TCP port on the loopback interface that nothing listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def kg_serve(*args: str, env: dict[str, str] | None = None, timeout: float = 120.0) -> Iterator[str]:
    """Run `kg serve ARGS` on a free port for the block; yield its root URL once it answers.

    The server's output goes to a temporary log file (a pipe nobody reads would fill up and
    stall it), which is shown if the server exits before answering.
    """
    port = free_port()
    command = [sys.executable, "-m", "kg.cli", "serve", *args, "--port", str(port)]
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile("w+") as log:
        process = subprocess.Popen(
            command, stdout=log, stderr=subprocess.STDOUT, cwd=ROOT, env={**os.environ, **(env or {})}
        )
        try:
            _wait_until_answering(url, process, log, timeout)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=20)


def _wait_until_answering(url: str, process: subprocess.Popen, log, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"kg serve exited with {process.returncode}:\n{log.read()}")
        try:
            requests.get(url + "/sparql", params={"query": "ASK {}"}, timeout=10)
            return
        except (requests.ConnectionError, requests.Timeout):
            time.sleep(0.1)
    raise RuntimeError(f"kg serve did not answer at {url} within {timeout} s")
