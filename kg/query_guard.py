"""Checks a SPARQL query text before any engine sees it.

Both engines this project can use reach out on their own: SERVICE makes an HTTP request, and
rdflib's engine also fetches FROM and LOAD IRIs. A very deeply nested query can crash the
compiled engine outright. So the text is scanned here, without parsing it, and rejected early.
The scan skips strings, IRIs and comments, so `"SERVICE"` in a literal or `<...#service>` is fine.

Whether `<` opens an IRI or is the less-than operator depends on the grammar around it, and
Oxigraph reads `?a<'x>'` as a comparison with a string. An IRI that would hide a quote or a `#`
could therefore hide a SERVICE from a scan that reads it only as an IRI, so keywords are looked
for in both readings, except where only an IRI can follow (after `PREFIX p:`, BASE, FROM, NAMED
and `^`).
"""

import re
from bisect import bisect_left
from collections.abc import Iterator, Set
from dataclasses import dataclass
from enum import Enum
from urllib.parse import urljoin

from kg.errors import BadQuery

MAX_QUERY_BYTES = 100_000
MAX_NESTING = 64

# The characters of a prefixed name's local part (SPARQL's PN_LOCAL): name characters, `%hh`
# and backslash escapes, but never a quote, `#` or `<`, which begin other tokens.
_LOCAL = r"(?:[\w\-.:\u00b7-\uffff]|%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%])*"

_TOKEN = re.compile(
    rf"""
      (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
                |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><(?:[^<>"{{}}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{{4}}|\\U[0-9A-Fa-f]{{8}})*>)
    | (?P<comment>\#[^\n\r]*)
    | (?P<variable>[?$][A-Za-z0-9_\u00b7-\uffff]+)
    | (?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)
    | (?P<word>[A-Za-z_][A-Za-z0-9_\-.]*:{_LOCAL}|:{_LOCAL}|[A-Za-z_][A-Za-z0-9_\-]*)
    | (?P<open>[{{(\[])
    | (?P<close>[}})\]])
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)

_OPENS_STRING_OR_COMMENT = re.compile(r"['#]")
_LINE_BREAK = re.compile(r"[\n\r]")
_REMOTE_KEYWORDS = {
    "SERVICE": "SERVICE is not allowed: this endpoint does not query other endpoints.",
    "LOAD": "LOAD is not allowed: this endpoint does not fetch remote data.",
}


@dataclass(frozen=True)
class Token:
    """One lexical token of a query: its kind and text."""

    kind: str
    text: str


def tokens(query: str) -> Iterator[Token]:
    """The significant tokens of a query: whitespace and comments dropped."""
    for match in _TOKEN.finditer(query):
        token = _significant(match)
        if token:
            yield token


class _Context(Enum):
    """What the tokens just read say about the next one, as far as the scan needs to know."""

    ANY = "any"
    AFTER_PREFIX = "after PREFIX"  # the prefix name being declared comes next
    AFTER_AT = "after @"  # a language tag comes next: it ends a literal, an operand
    IRI_ONLY = "IRI only"  # a `<` here can only open an IRI, never compare


def _tokens_of_every_reading(query: str) -> Iterator[Token]:
    """The tokens of the query read with each `<...>` as an IRI, and also as `<` then code.

    Each position is read at most once per context, so this stays linear in the query's length.
    """
    line_ends = [m.start() for m in _LINE_BREAK.finditer(query)] + [len(query)]
    pending, seen = [(0, _Context.ANY)], set()
    while pending:
        state = pending.pop()
        start, context = state
        if state in seen or start >= len(query):
            continue
        seen.add(state)
        if query[start] == "#":  # a comment: jump to its line's end, rather than scan to it again
            pending.append((line_ends[bisect_left(line_ends, start)], context))
            continue
        match = _TOKEN.match(query, start)
        token = _significant(match)
        if token is None:
            pending.append((match.end(), context))
            continue
        yield token
        pending.append((match.end(), _context_after(context, token)))
        if (
            token.kind == "iri"
            and context is not _Context.IRI_ONLY
            and _OPENS_STRING_OR_COMMENT.search(token.text)
        ):
            pending.append((start + 1, _Context.ANY))


def _context_after(context: _Context, token: Token) -> _Context:
    keyword = token.text.upper() if token.kind == "word" else None
    if context is _Context.AFTER_AT:
        return _Context.ANY
    if keyword == "PREFIX":
        return _Context.AFTER_PREFIX
    if (context is _Context.AFTER_PREFIX and keyword) or keyword in ("BASE", "FROM", "NAMED"):
        return _Context.IRI_ONLY
    if token.text == "^":
        return _Context.IRI_ONLY
    if token.text == "@":
        return _Context.AFTER_AT
    return _Context.ANY


def _significant(match: re.Match) -> Token | None:
    kind = match.lastgroup or "other"
    if kind == "comment" or (kind == "other" and match.group().isspace()):
        return None
    return Token(kind, match.group())


def check_query(query: str, known_graphs: Set[str] = frozenset()) -> None:
    """Raise BadQuery if the query is too big, too deep, or would reach outside the dataset.

    `known_graphs` are the dataset's graph names: FROM and FROM NAMED may only name those.
    """
    if len(query.encode("utf-8")) > MAX_QUERY_BYTES:
        raise BadQuery(f"The query is longer than {MAX_QUERY_BYTES} bytes.")
    # Each scan below runs only where the text could hold what it looks for: the keywords it
    # finds are ASCII words (so they appear, lower-cased, in the lower-cased text) and a group
    # needs its opening bracket. Most queries then pay for none of the scans.
    lowered = query.lower()
    if any(keyword.lower() in lowered for keyword in _REMOTE_KEYWORDS):
        for token in _tokens_of_every_reading(query):
            if token.kind == "word" and token.text.upper() in _REMOTE_KEYWORDS:
                raise BadQuery(_REMOTE_KEYWORDS[token.text.upper()])
    if sum(query.count(bracket) for bracket in "{([") > MAX_NESTING:
        _check_nesting(query)
    if "from" in lowered:
        for iri in dataset_iris(query):
            if iri not in known_graphs:
                raise BadQuery(
                    f"FROM <{iri}> names no graph of this dataset; this endpoint does not fetch remote data."
                )


def _check_nesting(query: str) -> None:
    """Raise BadQuery if the query's groups nest more than MAX_NESTING levels deep."""
    depth = 0
    for token in tokens(query):
        if token.kind == "open":
            depth += 1
            if depth > MAX_NESTING:
                raise BadQuery(f"The query nests groups more than {MAX_NESTING} levels deep.")
        elif token.kind == "close":
            depth -= 1


def dataset_iris(query: str) -> list[str]:
    """The graph IRIs the query's FROM and FROM NAMED clauses name.

    Prefixed names are expanded, and relative IRIs resolved against the query's own BASE.
    """
    named: list[str] = []
    previous: list[Token] = []  # the last two tokens, as written: prefix names are case-sensitive
    prefixes: dict[str, str] = {}
    base: str | None = None
    for token in tokens(query):
        keywords = [t.text.upper() for t in previous]
        if token.kind == "iri" and keywords[-1:] == ["BASE"]:
            base = _resolved(token.text[1:-1], base)
        if token.kind == "iri" and len(previous) == 2 and keywords[0] == "PREFIX":
            prefixes[previous[1].text[:-1]] = token.text[1:-1]
        if token.kind in ("iri", "word") and _names_a_dataset(keywords) and token.text.upper() != "NAMED":
            iri = token.text[1:-1] if token.kind == "iri" else _expand(token.text, prefixes)
            named.append(_resolved(iri, base))
        previous = [*previous[-1:], token]
    return named


def _resolved(iri: str, base: str | None) -> str:
    """A relative IRI resolved against the base, if there is one; an absolute IRI as it is."""
    return urljoin(base, iri) if base else iri


def _expand(prefixed_name: str, prefixes: dict[str, str]) -> str:
    """The IRI a prefixed name stands for, or the name itself if its prefix is undeclared."""
    prefix, _, local = prefixed_name.partition(":")
    return prefixes[prefix] + local if prefix in prefixes else prefixed_name


def _names_a_dataset(previous: list[str]) -> bool:
    """Whether the tokens before an IRI make it the target of FROM or FROM NAMED."""
    return bool(previous) and (previous[-1] == "FROM" or previous[-2:] == ["FROM", "NAMED"])
