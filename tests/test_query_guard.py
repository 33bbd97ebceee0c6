"""The query guard: what it lets through to the engine and what it stops, read lexically."""

import pytest

from kg.errors import BadQuery
from kg.query_guard import MAX_NESTING, MAX_QUERY_BYTES, check_query, dataset_iris

PROVENANCE = "https://techworkers.example/graph/provenance"
CURATED = "https://techworkers.example/graph/curated"
KNOWN = frozenset({PROVENANCE, CURATED})
GRAPHS = "PREFIX g: <https://techworkers.example/graph/> "
ENDPOINT = "<http://127.0.0.1:9/sparql>"

ACCEPTED = {
    "plain select": "SELECT * WHERE { ?s ?p ?o }",
    "keyword in a string": 'SELECT * WHERE { ?s ?p "SERVICE <http://x/> { }" }',
    "keyword in a single-quoted string": "SELECT * WHERE { ?s ?p 'load <http://x/>' }",
    "keyword in a long string": 'SELECT * WHERE { ?s ?p """a\nSERVICE <http://x/> {}\n""" }',
    "escaped quote in a string": r'SELECT * WHERE { ?s ?p "say \"SERVICE\" twice" }',
    "keyword after # in an IRI": "SELECT * WHERE { ?s <http://example.org/vocab#service> ?o }",
    "keyword in an IRI's path": "SELECT * WHERE { ?s a <https://schema.org/Service> }",
    "namespace with service and #": "PREFIX ex: <http://example.org/service#> SELECT * { ?s a ex:X }",
    "base with load and #": "BASE <http://example.org/load#> SELECT * { ?s ?p ?o }",
    "datatype IRI with #": 'SELECT * { ?s ?p "1"^^<http://www.w3.org/2001/XMLSchema#integer> }',
    "keyword in a comment": "SELECT * WHERE { ?s ?p ?o } # SERVICE <http://x/> { }",
    "variable named service": "SELECT ?service WHERE { ?service ?p $load }",
    "prefixed name containing service": "PREFIX ex: <http://e/> SELECT * { ?s ex:service ?o }",
    "hyphenated word": "PREFIX ex: <http://e/> SELECT * { ?s ex:web-service ?o }",
    "escaped quote in a prefixed name": r"PREFIX ex: <http://e/> SELECT * { ?s ex:it\'s ?o }",
    "less-than comparison": "SELECT * WHERE { ?s ?p ?o FILTER(?o<3) }",
    "FROM a graph of the dataset": f"SELECT * FROM <{PROVENANCE}> WHERE {{ ?s ?p ?o }}",
    "FROM NAMED a graph of the dataset": f"SELECT * FROM NAMED <{CURATED}> {{ GRAPH ?g {{ ?s ?p ?o }} }}",
    "FROM a prefixed name": GRAPHS + "SELECT * FROM g:curated { }",
    "FROM a prefixed name, keywords in lower case": GRAPHS.replace("PREFIX", "prefix")
    + "select * from g:curated {}",
    "nesting at the limit": "SELECT * WHERE " + "{" * MAX_NESTING + "}" * MAX_NESTING,
}

REJECTED = {  # the query, and what the refusal must name
    "SERVICE glued to a boolean by a dot": (
        f"SELECT * {{ ?s ?p true.SERVICE {ENDPOINT} {{ ?a ?b ?c }} }}",
        "SERVICE",
    ),
    "SERVICE glued to a language tag": (f'SELECT * {{ ?s ?p "x"@en.SERVICE {ENDPOINT} {{ }} }}', "SERVICE"),
    "SERVICE glued to a number": (f"SELECT * {{ ?s ?p 1e5SERVICE {ENDPOINT} {{ }} }}", "SERVICE"),
    "SERVICE glued to a decimal": (f"SELECT * {{ ?s ?p 1.SERVICE {ENDPOINT} {{ }} }}", "SERVICE"),
    "FROM a prefix that differs only in case from a dataset one": (
        GRAPHS + "PREFIX G: <http://127.0.0.1:9/> SELECT * FROM G:curated { }",
        "FROM",
    ),
    "SERVICE": (f"SELECT * WHERE {{ SERVICE {ENDPOINT} {{ ?s ?p ?o }} }}", "SERVICE"),
    "service in lower case": (f"select * where {{ service {ENDPOINT} {{ ?s ?p ?o }} }}", "SERVICE"),
    "SERVICE SILENT split across lines": (
        f"SELECT * WHERE {{\n  SeRvIcE\n  SILENT\n  {ENDPOINT}\n  {{ }}\n}}",
        "SERVICE",
    ),
    "SERVICE after a comment line": (
        f"SELECT * WHERE {{ # a comment\nSERVICE {ENDPOINT} {{ }} }}",
        "SERVICE",
    ),
    "SERVICE with no spaces": (f"SELECT*{{SERVICE{ENDPOINT}{{?s?p?o}}}}", "SERVICE"),
    "SERVICE to a variable": ("SELECT * { BIND(<http://x/> AS ?e) SERVICE ?e { ?s ?p ?o } }", "SERVICE"),
    "SERVICE after a string": (f'SELECT * {{ ?s ?p "a" . SERVICE {ENDPOINT} {{ }} }}', "SERVICE"),
    "SERVICE after an IRI with #": (
        f"SELECT * {{ ?s <http://x#p> ?o . SERVICE {ENDPOINT} {{ }} }}",
        "SERVICE",
    ),
    "LOAD": ("LOAD <http://127.0.0.1:9/data.ttl>", "LOAD"),
    # A prefixed name cannot hold a quote: SPARQL reads a string after `ex:a` here.
    "quote ending a prefixed name": (
        f'PREFIX ex: <http://e/> SELECT * {{ VALUES ?x {{ ex:a" " }} SERVICE {ENDPOINT} {{ }} '
        'VALUES ?y { "z" } }',
        "SERVICE",
    ),
    # Oxigraph reads `<'x>'` after an operand as less-than then a string, not as an IRI.
    "less-than then a string": (
        f"SELECT * {{ FILTER(?a<'x>' ) SERVICE {ENDPOINT} {{ }} FILTER(?a != ' ') }}",
        "SERVICE",
    ),
    "less-than then a comment": (
        f"SELECT * {{ FILTER(?a<?b#>'''\n|| true) SERVICE {ENDPOINT} {{ }}\n}} # '''",
        "SERVICE",
    ),
    "language tag then less-than": (
        f"SELECT * {{ FILTER(\"a\"@base<'x>' ) SERVICE {ENDPOINT} {{ }} FILTER(' ') }}",
        "SERVICE",
    ),
    "escaped character in an IRI before #": (
        rf"SELECT * {{ ?s <http://x/\u0041#> ?o . SERVICE {ENDPOINT} {{ }} }}",
        "SERVICE",
    ),
    "FROM a remote IRI": ("SELECT * FROM <http://127.0.0.1:9/data.ttl> { }", "<http://127.0.0.1:9/data.ttl>"),
    "FROM NAMED a remote IRI": ("SELECT * FROM NAMED <http://127.0.0.1:9/g> { }", "<http://127.0.0.1:9/g>"),
    "FROM a known and a remote IRI": (f"SELECT * FROM <{PROVENANCE}> FROM <http://x/> {{ }}", "<http://x/>"),
    "FROM a prefixed name outside": (
        "PREFIX x: <http://127.0.0.1:9/> SELECT * FROM x:data { }",
        "<http://127.0.0.1:9/data>",
    ),
    "FROM an undeclared prefix": ("SELECT * FROM nowhere:data { }", "<nowhere:data>"),
    "FROM after a comment": (f"SELECT * FROM # <{PROVENANCE}>\n<http://x/> {{ }}", "<http://x/>"),
    "nesting past the limit": (
        "SELECT * WHERE " + "{" * (MAX_NESTING + 1) + "}" * (MAX_NESTING + 1),
        f"{MAX_NESTING} levels",
    ),
    "parentheses past the limit": (
        "SELECT * WHERE { FILTER(" + "(" * MAX_NESTING + "1" + ")" * MAX_NESTING + ") }",
        f"{MAX_NESTING} levels",
    ),
    "oversized": ("SELECT * WHERE { ?s ?p ?o } #" + "x" * MAX_QUERY_BYTES, f"{MAX_QUERY_BYTES} bytes"),
    "oversized in bytes, not characters": ('ASK { ?s ?p "' + "é" * (MAX_QUERY_BYTES // 2) + '" }', "bytes"),
}


@pytest.mark.parametrize("query", ACCEPTED.values(), ids=ACCEPTED.keys())
def test_accepted(query: str) -> None:
    check_query(query, KNOWN)


@pytest.mark.parametrize(("query", "reason"), REJECTED.values(), ids=REJECTED.keys())
def test_rejected(query: str, reason: str) -> None:
    with pytest.raises(BadQuery) as refusal:
        check_query(query, KNOWN)
    assert reason in refusal.value.message


@pytest.mark.parametrize(
    ("query", "iris"),
    [
        ("SELECT * { ?s ?p ?o }", []),
        (f"SELECT * FROM <{PROVENANCE}> {{ }}", [PROVENANCE]),
        (f"SELECT * FROM NAMED <{CURATED}> FROM <{PROVENANCE}> {{ }}", [CURATED, PROVENANCE]),
        (GRAPHS + "SELECT * FROM NAMED g:curated {}", [CURATED]),
        (f'SELECT * {{ ?s ?p "FROM <{PROVENANCE}>" }}', []),
        (f"SELECT * {{ ?s ?p ?o }} # FROM <{PROVENANCE}>", []),
        (
            "BASE <http://example.org/q/query.rq> SELECT * FROM <data.ttl> {}",
            ["http://example.org/q/data.ttl"],
        ),
        (
            "BASE <http://example.org/q/> PREFIX d: <d/> SELECT * FROM NAMED d:g {}",
            ["http://example.org/q/d/g"],
        ),
    ],
)
def test_dataset_iris(query: str, iris: list[str]) -> None:
    assert dataset_iris(query) == iris
