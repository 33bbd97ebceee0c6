"""The outcome of each test on each engine, and the summary of a run: printed, or as data for CI."""

from dataclasses import asdict, dataclass, field
from enum import Enum

from tests.w3c.results import Answer


@dataclass(frozen=True)
class EngineNames:
    """How an engine is named: in a comparison of two answers, and in the summary table."""

    short: str
    long: str


# The engines a run can have, in the order of the columns.
ENGINES = {
    "server": EngineNames("the server", "this server"),
    "rdflib": EngineNames("rdflib", "rdflib's engine"),
    "oxrdflib": EngineNames("oxrdflib", "rdflib's API over Oxigraph"),
}
# The pairs of engines whose results are compared test by test.
COMPARISONS = (("server", "rdflib"), ("server", "oxrdflib"))


def pair(first: str, second: str) -> str:
    """The key of a comparison: `server vs oxrdflib`."""
    return f"{first} vs {second}"


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
    """One test's outcome on each engine that ran it, and how compared engines' results differ."""

    name: str
    iri: str
    outcomes: dict[str, Outcome] = field(default_factory=dict)  # by engine key
    differences: dict[str, str] = field(default_factory=dict)  # by `pair`, only those that differ


def header(engines: list[str]) -> str:
    """The legend of the per-test lines: one status column per engine."""
    return "".join(f"{name:<9}" for name in engines) + "test  (reasons)"


def line(report: TestReport) -> str:
    """A test's line: each engine's status, its name, and the reasons (with the engines that give
    each, unless every engine gives the same)."""
    statuses = "".join(f"{o.status.value:<9}" for o in report.outcomes.values())
    engines_by_reason: dict[str, list[str]] = {}
    for engine, outcome in report.outcomes.items():
        engines_by_reason.setdefault(outcome.reason, []).append(engine)
    if len(engines_by_reason) == 1:
        reasons = [reason for reason in engines_by_reason if reason]
    else:
        reasons = [f"{', '.join(names)}: {reason}" for reason, names in engines_by_reason.items() if reason]
    return f"{statuses}{report.name}" + (f"  ({'; '.join(reasons)})" if reasons else "")


@dataclass
class Summary:
    """The counts of a run, and the tests worth naming."""

    tests: int
    skipped: int
    passed: dict[str, int]  # by engine, for the engines run
    server_and_rdflib_passed: int | None  # None unless both ran
    differ: dict[str, list[str]]  # by `pair`, for the compared pairs that ran
    by_value_only: dict[str, list[str]]  # by engine: failed only on lexical forms of literals


def summarize(reports: list[TestReport]) -> Summary:
    """The counts of a run, for the engines that ran."""
    engines = [e for e in ENGINES if reports and all(e in r.outcomes for r in reports)]
    compared = [(a, b) for a, b in COMPARISONS if a in engines and b in engines]
    return Summary(
        tests=len(reports),
        skipped=sum(any(o.status is Status.SKIP for o in r.outcomes.values()) for r in reports),
        passed={e: sum(r.outcomes[e].status is Status.PASS for r in reports) for e in engines},
        server_and_rdflib_passed=(
            sum(r.outcomes["server"].status is r.outcomes["rdflib"].status is Status.PASS for r in reports)
            if ("server", "rdflib") in compared
            else None
        ),
        differ={pair(a, b): [r.name for r in reports if pair(a, b) in r.differences] for a, b in compared},
        by_value_only={e: [r.name for r in reports if r.outcomes[e].by_value_only] for e in engines},
    )


def print_summary(summary: Summary, reports: list[TestReport]) -> None:
    rows = [("tests", summary.tests), ("skipped as inapplicable", summary.skipped)]
    rows += [(f"passed by {ENGINES[engine].long}", count) for engine, count in summary.passed.items()]
    if summary.server_and_rdflib_passed is not None:
        rows.append(("passed by the server and rdflib", summary.server_and_rdflib_passed))
    rows += [(f"results differ: {key}", len(names)) for key, names in summary.differ.items()]
    print()
    print(f"| {'W3C SPARQL 1.1 query tests':<36} | {'count':>5} |")
    print(f"| {'-' * 36} | {'-' * 5}:|")
    for label, value in rows:
        print(f"| {label:<36} | {value:>5} |")
    by_name = {r.name: r for r in reports}
    for key, names in summary.differ.items():
        if names:
            print(f"\nResults differ, {key}:")
            for name in names:
                print(f"  {name}: {by_name[name].differences[key]}")
    for engine, names in summary.by_value_only.items():
        if names:
            print(f"\nFailed by {ENGINES[engine].long} only on lexical forms of literals equal by value:")
            print(f"  {', '.join(names)}")


def as_json(summary: Summary, reports: list[TestReport]) -> dict:
    """The run as plain data, for the CI test."""

    def outcome(o: Outcome) -> dict:
        return {"status": o.status.value, "reason": o.reason, "by_value_only": o.by_value_only}

    tests = [
        {"name": r.name, "iri": r.iri, **{e: outcome(o) for e, o in r.outcomes.items()},
         "differences": r.differences}
        for r in reports
    ]  # fmt: skip
    return {"summary": asdict(summary), "tests": tests}
