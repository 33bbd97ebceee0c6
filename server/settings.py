"""The one table of server settings: name, default and what it does.

Each can be set as an environment variable with the `KG_` prefix (`KG_QUERY_TIMEOUT=5`) or as
a `kg serve` option; the README lists them all, and a test checks that it does.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    """One configurable value of the server."""

    name: str
    default: object
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("BUILD_DIR", "build", "Folder holding the builds; the server serves its current one."),
    Setting("QUERY_TIMEOUT", 10.0, "Seconds a query may run before it is stopped (answered 503)."),
    Setting("QUERY_WORKERS", 2, "Worker processes evaluating queries in parallel."),
    Setting("THREADS", 8, "Threads of the WSGI server handling requests."),
    Setting("MAX_CONTENT_LENGTH", 1_000_000, "Largest request body in bytes; a larger one is answered 413."),
)

DEFAULTS: dict[str, object] = {s.name: s.default for s in SETTINGS}
