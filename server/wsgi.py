"""Serving the app with Granian: HTTP handled in Rust, the Flask app in several processes.

A Python process runs one request's Python at a time (the GIL), and per request the HTTP server
costs about as much as the app. So Granian parses HTTP in Rust and starts `PROCESSES` worker
processes, each with `THREADS` threads calling the app. Each worker process builds its own app
once it has started, so each has its own query workers, its own read-only store and its own
switch to a newer build. SIGTERM or Ctrl-C stops Granian's workers; a worker's query workers stop
with it (they are daemons, and see their pipe close if it is killed).
"""

import multiprocessing
import os
import signal
from functools import partial
from multiprocessing import resource_tracker

from flask import Flask
from granian import Granian
from granian.constants import Interfaces

from server import create_app
from server.settings import resolve


def serve(config: dict, host: str, port: int) -> None:
    """Serve the app, built in each server process from `config`, until interrupted."""
    settings = resolve(config)
    server = Granian(
        "server:create_app",  # names the app in Granian's log; the loader below builds it
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        workers=int(settings["PROCESSES"]),
        blocking_threads=int(settings["THREADS"]),
        respawn_failed_workers=True,  # a server process that dies is replaced, not the end of serving
        # Running queries may finish (they stop at the time limit) before a worker is killed.
        workers_kill_timeout=int(float(settings["QUERY_TIMEOUT"])) + 5,
    )
    print(f"Serving the knowledge graph at http://{host}:{port}/ (SPARQL: /sparql)", flush=True)
    server.serve(target_loader=partial(_app_for_server_process, config), wrap_loader=False)


def _app_for_server_process(config: dict) -> Flask:
    """The app of one server process, built once the process has started."""
    # Until Granian sets its own handlers, after this, SIGTERM must stop the process at once
    # (the handler it inherited from Granian's main process would ignore it), and its query
    # workers with it: they may still be loading the build, not yet listening to their pipe.
    signal.signal(signal.SIGTERM, _stop_while_starting)
    # Ctrl-C sends SIGINT to every process of the terminal's group, and Granian's main process
    # then sends SIGTERM to its workers: a worker given both at once can hang (Granian 2.8.7).
    # So server processes block SIGINT in every thread, and stop on the SIGTERM alone. The
    # resource tracker of the query workers' processes is started first: starting it unblocks
    # SIGINT in the thread that does.
    resource_tracker.ensure_running()
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    return create_app(config)


def _stop_while_starting(signum: int, frame: object) -> None:
    """SIGTERM before Granian serves with this process: stop its query workers, wait until they
    are gone (a worker killed while it reads the dump may take a moment to die), then exit."""
    children = multiprocessing.active_children()
    for child in children:
        child.kill()
    for child in children:
        child.join(timeout=5)
    os._exit(128 + signum)
