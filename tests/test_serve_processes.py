"""`kg serve` runs several server processes, each with its own query workers, and stops them all."""

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
import requests

from tests.serving import ROOT, free_port


def ask(port: int) -> int:
    """The status of an ASK query to the server on `port`."""
    response = requests.get(
        f"http://127.0.0.1:{port}/sparql",
        params={"query": "ASK {}"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=10,
    )
    return response.status_code


def children(pid: int) -> list[int]:
    """The process ids of a process's children (Linux)."""
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


def group_members(group: int) -> list[int]:
    """The live processes of a process group (Linux): zombies have exited, and are not counted."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # it exited while being looked at
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            members.append(int(stat.parent.name))
    return members


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the process tree from /proc")
@pytest.mark.parametrize(
    "stop",
    ["Ctrl-C: SIGINT to the process group", "SIGTERM to the main process"],
)
def test_server_processes_each_have_query_workers_and_all_stop(build_dir: Path, stop: str) -> None:
    port = free_port()
    command = [sys.executable, "-m", "kg.cli", "serve", "--out", str(build_dir), "--port", str(port)]
    # A server process that ignored the signal would be killed only after the time limit + 5 s,
    # past the 30 s this waits for the server to stop.
    command += ["--processes", "2", "--workers", "1", "--timeout", "60"]
    with tempfile.TemporaryFile("w+") as log:
        server = subprocess.Popen(
            command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            for _ in range(600):
                assert server.poll() is None, "kg serve exited"
                try:
                    ask(port)
                    break
                except requests.ConnectionError:
                    time.sleep(0.1)
            assert {ask(port) for _ in range(8)} == {200}
            server_processes = children(server.pid)
            assert len(server_processes) == 2
            for process in server_processes:  # a query worker each (beside multiprocessing's tracker)
                assert len(children(process)) >= 2
            if stop.startswith("Ctrl-C"):
                os.killpg(server.pid, signal.SIGINT)
            else:
                server.terminate()
            server.wait(timeout=30)
        finally:
            if server.poll() is None:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
        log.seek(0)
        output = log.read()
    assert server.returncode == 0, output
    assert group_members(server.pid) == [], output  # no server process or query worker left behind


# A server process given SIGTERM while it builds its app: its query workers are still loading
# the build into memory, and must stop with it, not finish loading as orphans.
STOPPED_WHILE_STARTING = """
import signal, sys, time
from kg.dataset import StoreSource
from kg.engine import QueryEngine
from server.wsgi import _stop_while_starting
signal.signal(signal.SIGTERM, _stop_while_starting)
engine = QueryEngine(StoreSource(sys.argv[1], dump_path=sys.argv[2]), workers=2)
print(*engine.worker_pids(), flush=True)
engine.wait_until_ready()
time.sleep(60)
"""


def alive(pid: int) -> bool:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return False
    return fields[0] != "Z"


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the process tree from /proc")
def test_a_server_process_stopped_while_its_workers_load_stops_them(tmp_path: Path) -> None:
    dump = tmp_path / "dataset.nq"
    with dump.open("w") as out:  # enough quads that loading them takes the workers a while
        for n in range(300_000):
            out.write(f'<http://example.org/s{n}> <http://example.org/p> "{n}" <http://example.org/g> .\n')
    process = subprocess.Popen(
        [sys.executable, "-c", STOPPED_WHILE_STARTING, str(tmp_path / "no-store"), str(dump)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        workers = [int(pid) for pid in process.stdout.readline().split()]
        assert len(workers) == 2
        assert all(alive(pid) for pid in workers)  # loading
        process.terminate()
        process.wait(timeout=30)
        assert [pid for pid in workers if alive(pid)] == []
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
