"""Checks a SPARQL query text before any engine sees it.

Both engines this project can use reach out on their own: SERVICE makes an HTTP request, and
rdflib's engine also fetches FROM and LOAD IRIs. A very deeply nested query can crash the
compiled engine outright. So the text is scanned here, without parsing it, and rejected early.
The scan skips strings, IRIs and comments, so `"SERVICE"` in a literal or `<...#service>` is fine.
"""

import re
from collections.abc import Iterator, Set
from dataclasses import dataclass

from kg.errors import BadQuery

MAX_QUERY_BYTES = 100_000
MAX_NESTING = 64

_TOKEN = re.compile(
    r"""
      (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<comment>\#[^\n\r]*)
    | (?P<variable>[?$][A-Za-z0-9_\u00b7-\uffff]+)
    | (?P<word>[A-Za-z_][A-Za-z0-9_\-.]*(?::[^\s{}()\[\],;]*)?|:[^\s{}()\[\],;]*)
    | (?P<open>[{(\[])
    | (?P<close>[})\]])
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    """One lexical token of a query: its kind and text."""

    kind: str
    text: str


def tokens(query: str) -> Iterator[Token]:
    """The significant tokens of a query: whitespace and comments dropped."""
    for match in _TOKEN.finditer(query):
        kind = match.lastgroup or "other"
        if kind == "comment" or (kind == "other" and match.group().isspace()):
            continue
        yield Token(kind, match.group())


def check_query(query: str, known_graphs: Set[str] = frozenset()) -> None:
    """Raise BadQuery if the query is too big, too deep, or would reach outside the dataset.

    `known_graphs` are the dataset's graph names: FROM and FROM NAMED may only name those.
    """
    if len(query.encode("utf-8")) > MAX_QUERY_BYTES:
        raise BadQuery(f"The query is longer than {MAX_QUERY_BYTES} bytes.")
    depth = 0
    previous: list[str] = []
    prefixes: dict[str, str] = {}
    for token in tokens(query):
        if token.kind == "open":
            depth += 1
            if depth > MAX_NESTING:
                raise BadQuery(f"The query nests groups more than {MAX_NESTING} levels deep.")
        elif token.kind == "close":
            depth -= 1
        elif token.kind == "word":
            keyword = token.text.upper()
            if keyword == "SERVICE":
                raise BadQuery("SERVICE is not allowed: this endpoint does not query other endpoints.")
            if keyword == "LOAD":
                raise BadQuery("LOAD is not allowed: this endpoint does not fetch remote data.")
        if token.kind == "iri" and len(previous) == 2 and previous[0] == "PREFIX":
            prefixes[previous[1][:-1].lower()] = token.text[1:-1]
        if token.kind in ("iri", "word") and _names_a_dataset(previous) and token.text.upper() != "NAMED":
            iri = token.text[1:-1] if token.kind == "iri" else _expand(token.text, prefixes)
            if iri not in known_graphs:
                raise BadQuery(
                    f"FROM <{iri}> names no graph of this dataset; this endpoint does not fetch remote data."
                )
        previous = [*previous[-1:], token.text.upper()]


def _expand(prefixed_name: str, prefixes: dict[str, str]) -> str:
    """The IRI a prefixed name stands for, or the name itself if its prefix is undeclared."""
    prefix, _, local = prefixed_name.partition(":")
    return prefixes[prefix.lower()] + local if prefix.lower() in prefixes else prefixed_name


def _names_a_dataset(previous: list[str]) -> bool:
    """Whether the tokens before an IRI make it the target of FROM or FROM NAMED."""
    return bool(previous) and (previous[-1] == "FROM" or previous[-2:] == ["FROM", "NAMED"])
