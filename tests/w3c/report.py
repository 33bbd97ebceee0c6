"""The outcome of each test on each engine, and the summary of a run: printed, or as data for CI."""

from dataclasses import asdict, dataclass, field
from enum import Enum

from tests.w3c.results import Answer


class Status(Enum):
    PASS = "PASS"
    FAIL = "FAIL"
    SKIP = "SKIP"


@dataclass
class Outcome:
    """How one engine did on one test."""

    status: Status
    reason: str = ""
    answer: Answer | None = field(default=None, repr=False)  # kept to compare the engines
    accepted: bool | None = None  # syntax tests: whether the engine accepted the query
    by_value_only: bool = False  # failed only on lexical forms of literals equal by value


@dataclass
class TestReport:
    """One test's outcome on each engine that ran it."""

    name: str
    iri: str
    server: Outcome | None = None
    rdflib: Outcome | None = None
    engines_differ: str | None = None


def header(engines: list[str]) -> str:
    """The legend of the per-test lines: one status column per engine."""
    return "".join(f"{name:<8}" for name in engines) + "test  (reasons)"


def line(report: TestReport) -> str:
    """A test's line: each engine's status, its name, and the reasons (per engine if they differ)."""
    engines = [(n, o) for n, o in (("server", report.server), ("rdflib", report.rdflib)) if o]
    statuses = "".join(f"{o.status.value:<8}" for _, o in engines)
    reasons = list(dict.fromkeys(o.reason for _, o in engines if o.reason))
    if len(engines) == 2 and len(reasons) > 0 and report.server.reason != report.rdflib.reason:
        reasons = [f"{name}: {o.reason}" for name, o in engines if o.reason]
    return f"{statuses}{report.name}" + (f"  ({'; '.join(reasons)})" if reasons else "")


@dataclass
class Summary:
    """The counts of a run, and the tests worth naming."""

    tests: int
    skipped: int
    server_passed: int | None
    rdflib_passed: int | None
    both_passed: int | None
    differ: list[str]
    server_by_value_only: list[str]
    rdflib_by_value_only: list[str]


def summarize(reports: list[TestReport]) -> Summary:
    """The counts of a run; a count is None for an engine that did not run."""

    def passed(key: str) -> int | None:
        outcomes = [getattr(r, key) for r in reports]
        return None if not reports or None in outcomes else sum(o.status is Status.PASS for o in outcomes)

    def by_value_only(key: str) -> list[str]:
        return [r.name for r in reports if getattr(r, key) and getattr(r, key).by_value_only]

    both = [r for r in reports if r.server and r.rdflib]
    return Summary(
        tests=len(reports),
        skipped=sum(any(o and o.status is Status.SKIP for o in (r.server, r.rdflib)) for r in reports),
        server_passed=passed("server"),
        rdflib_passed=passed("rdflib"),
        both_passed=sum(r.server.status is r.rdflib.status is Status.PASS for r in both) if both else None,
        differ=[r.name for r in reports if r.engines_differ],
        server_by_value_only=by_value_only("server"),
        rdflib_by_value_only=by_value_only("rdflib"),
    )


def print_summary(summary: Summary, reports: list[TestReport]) -> None:
    compared = summary.both_passed is not None
    rows = [
        ("tests", summary.tests),
        ("skipped as inapplicable", summary.skipped),
        ("passed by this server", summary.server_passed),
        ("passed by rdflib", summary.rdflib_passed),
        ("passed by both", summary.both_passed),
        ("results differ between the engines", len(summary.differ) if compared else None),
    ]
    print()
    print(f"| {'W3C SPARQL 1.1 query tests':<36} | {'count':>5} |")
    print(f"| {'-' * 36} | {'-' * 5}:|")
    for label, value in rows:
        if value is not None:
            print(f"| {label:<36} | {value:>5} |")
    by_name = {r.name: r for r in reports}
    if summary.differ:
        print("\nResults differ between the server and rdflib:")
        for name in summary.differ:
            print(f"  {name}: {by_name[name].engines_differ}")
    for engine, names in (
        ("the server", summary.server_by_value_only),
        ("rdflib", summary.rdflib_by_value_only),
    ):
        if names:
            print(f"\nFailed by {engine} only on lexical forms of literals equal by value:")
            print(f"  {', '.join(names)}")


def as_json(summary: Summary, reports: list[TestReport]) -> dict:
    """The run as plain data, for the CI test."""

    def outcome(o: Outcome | None) -> dict | None:
        return (
            None
            if o is None
            else {"status": o.status.value, "reason": o.reason, "by_value_only": o.by_value_only}
        )

    tests = [
        {"name": r.name, "iri": r.iri, "server": outcome(r.server), "rdflib": outcome(r.rdflib),
         "engines_differ": r.engines_differ}
        for r in reports
    ]  # fmt: skip
    return {"summary": asdict(summary), "tests": tests}
