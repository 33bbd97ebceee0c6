"""The one table of server settings: name, default and what it does.

Each can be set as an environment variable with the `KG_` prefix (`KG_QUERY_TIMEOUT=5`) or as
a `kg serve` option; the README lists them all, and a test checks that it does.
"""

from dataclasses import dataclass

from flask import Config

from kg.engine import DEFAULT_ANSWER_LIMIT


@dataclass(frozen=True)
class Setting:
    """One configurable value of the server."""

    name: str
    default: object
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting("BUILD_DIR", "build", "Folder holding the builds; the server serves its current one."),
    Setting("QUERY_TIMEOUT", 10.0, "Seconds a query may run before it is stopped (answered 503)."),
    Setting("PROCESSES", 2, "Server processes answering requests, each with its own app and query workers."),
    Setting("QUERY_WORKERS", 2, "Worker processes evaluating queries in parallel, per server process."),
    Setting(
        "ANSWER_LIMIT",
        DEFAULT_ANSWER_LIMIT,
        "Largest query answer in bytes, as serialized; a query whose answer would be larger is stopped"
        " and answered 400.",
    ),
    Setting(
        "MEMORY_LIMIT_QUADS",
        1_000_000,
        "Builds of at most this many quads are held in memory by each query worker (about 0.5 kB a quad"
        " each, and some seconds to load a million); larger ones are read from the store on disk.",
    ),
    Setting("THREADS", 4, "Threads handling requests in each server process."),
    Setting("MAX_CONTENT_LENGTH", 1_000_000, "Largest POST body in bytes; a larger one is answered 413."),
)

DEFAULTS: dict[str, object] = {s.name: s.default for s in SETTINGS}


def resolve(config: dict | None = None) -> Config:
    """The settings in force: the defaults, then `KG_` environment variables, then `config`."""
    settings = Config(".")
    settings.from_mapping(DEFAULTS)
    settings.from_prefixed_env("KG")
    settings.update(config or {})
    return settings
