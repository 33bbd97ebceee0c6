"""Content negotiation on its own: Accept headers and overrides to formats, or None for a 406."""

import pytest
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from kg.formats import Kind
from server.negotiation import negotiate, prefers_html

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
JSON_LD_EXPANDED = 'application/ld+json; profile="http://www.w3.org/ns/json-ld#expanded"'


def accept(header: str) -> MIMEAccept:
    return parse_accept_header(header, MIMEAccept)


@pytest.mark.parametrize(
    ("header", "kind", "expected"),
    [
        # No header, or anything: the kind's first format.
        ("", Kind.RESULTS, "json"),
        ("", Kind.GRAPH, "ttl"),
        ("", Kind.DATASET, "trig"),
        ("*/*", Kind.RESULTS, "json"),
        ("*/*", Kind.GRAPH, "ttl"),
        # Each format by its media type.
        ("application/sparql-results+json", Kind.RESULTS, "json"),
        ("application/sparql-results+xml", Kind.RESULTS, "xml"),
        ("text/csv", Kind.RESULTS, "csv"),
        ("text/tab-separated-values", Kind.RESULTS, "tsv"),
        ("text/turtle", Kind.GRAPH, "ttl"),
        ("application/n-triples", Kind.GRAPH, "nt"),
        ("application/ld+json", Kind.GRAPH, "jsonld"),
        ("application/rdf+xml", Kind.GRAPH, "rdf"),
        ("application/trig", Kind.GRAPH, "trig"),
        ("application/n-quads", Kind.DATASET, "nq"),
        # Aliases clients send.
        ("application/json", Kind.RESULTS, "json"),
        ("application/xml", Kind.RESULTS, "xml"),
        ("text/xml", Kind.RESULTS, "xml"),
        ("application/x-turtle", Kind.GRAPH, "ttl"),
        ("text/plain", Kind.GRAPH, "nt"),
        # Qualities rank; the client's order does not.
        ("application/sparql-results+json;q=0.5, application/sparql-results+xml", Kind.RESULTS, "xml"),
        ("text/turtle;q=0.2, application/rdf+xml;q=0.4, application/n-triples;q=0.3", Kind.GRAPH, "rdf"),
        # A list naming formats of both kinds (what a SPARQL client sends) serves either kind.
        ("application/sparql-results+xml, application/rdf+xml;q=0.9", Kind.RESULTS, "xml"),
        ("application/sparql-results+xml, application/rdf+xml;q=0.9", Kind.GRAPH, "rdf"),
        # A wildcard picks a format whose own media type it matches, not one by an alias.
        ("text/*", Kind.RESULTS, "csv"),
        ("text/*", Kind.GRAPH, "ttl"),
        ("application/*", Kind.GRAPH, "nt"),
        # q=0 refuses a format even when a wildcard would allow it.
        ("text/turtle;q=0, */*", Kind.GRAPH, "nt"),
        # Parameters and case do not stop a match.
        ("text/turtle; charset=utf-8", Kind.GRAPH, "ttl"),
        (JSON_LD_EXPANDED, Kind.GRAPH, "jsonld"),
        ("Application/SPARQL-Results+JSON", Kind.RESULTS, "json"),
        # A browser's header: HTML is not a results format, but XML is accepted at 0.9.
        (BROWSER, Kind.RESULTS, "xml"),
        # Nothing acceptable: None, which the server answers with 406.
        ("image/png", Kind.RESULTS, None),
        ("image/png", Kind.GRAPH, None),
        ("text/turtle", Kind.RESULTS, None),
        ("application/sparql-results+json", Kind.GRAPH, None),
        ("application/json", Kind.GRAPH, None),
        ("text/csv", Kind.GRAPH, None),
        ("text/*", Kind.DATASET, None),
        ("application/n-triples", Kind.DATASET, None),
        ("text/turtle;q=0", Kind.GRAPH, None),
        ("not a media type", Kind.RESULTS, None),
    ],
)
def test_negotiate_by_accept(header: str, kind: Kind, expected: str | None) -> None:
    chosen = negotiate(accept(header), kind)
    assert (chosen.name if chosen else None) == expected


@pytest.mark.parametrize(
    ("override", "header", "kind", "expected"),
    [
        ("xml", "application/sparql-results+json", Kind.RESULTS, "xml"),
        ("csv", "", Kind.RESULTS, "csv"),
        ("tsv", "image/png", Kind.RESULTS, "tsv"),
        ("ttl", BROWSER, Kind.GRAPH, "ttl"),
        ("jsonld", "text/turtle", Kind.GRAPH, "jsonld"),
        ("nq", "", Kind.GRAPH, "nq"),
        ("text/turtle", "", Kind.GRAPH, "ttl"),  # a media type works as an override too
        ("application/sparql-results+xml", "", Kind.RESULTS, "xml"),
        # An override the kind cannot take is not acceptable, whatever the header says.
        ("ttl", "*/*", Kind.RESULTS, None),
        ("json", "*/*", Kind.GRAPH, None),
        ("xml", "*/*", Kind.GRAPH, None),  # `xml` is SPARQL XML; RDF/XML is `rdf`
        ("nt", "*/*", Kind.DATASET, None),
        ("png", "*/*", Kind.RESULTS, None),
        ("image/png", "*/*", Kind.GRAPH, None),
        # ... except by formats the header names outright: SPARQLWrapper sends its own `format`
        # values with a precise header (`format=xml` and `application/rdf+xml` for CONSTRUCT).
        ("xml", "application/rdf+xml", Kind.GRAPH, "rdf"),
        ("turtle", "application/turtle,text/turtle", Kind.GRAPH, "ttl"),
        ("json-ld", "application/ld+json,application/x-json+ld", Kind.GRAPH, "jsonld"),
        ("ttl", "text/*", Kind.RESULTS, None),
    ],
)
def test_override_wins_over_accept(override: str, header: str, kind: Kind, expected: str | None) -> None:
    chosen = negotiate(accept(header), kind, override)
    assert (chosen.name if chosen else None) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (BROWSER, True),
        ("text/html", True),
        ("text/html; charset=utf-8", True),
        ("text/html, text/turtle", True),  # a tie goes to the page
        ("", False),
        ("*/*", False),
        ("text/*", False),
        ("text/turtle", False),
        ("application/json", False),
        ("text/turtle, text/html;q=0.5", False),
        ("text/html;q=0.5, application/ld+json", False),
        ("text/html;q=0.5, application/sparql-results+json", False),
    ],
)
def test_prefers_html(header: str, expected: bool) -> None:
    assert prefers_html(accept(header)) is expected
