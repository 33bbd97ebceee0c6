"""The one place that maps IRIs of the graph to the server's URLs, and back."""

from urllib.parse import quote

from flask import url_for

from kg.namespaces import BASE


def page_url(iri: str) -> str:
    """The URL of the page that shows `iri`: its own path for this graph's IRIs, else a lookup."""
    if iri.startswith(BASE + "id/"):
        return url_for("pages.resource", slug=iri[len(BASE + "id/") :])
    return url_for("pages.lookup") + "?iri=" + quote(iri, safe="")


def iri_for_slug(slug: str) -> str:
    """The IRI served at /id/<slug>."""
    return BASE + "id/" + slug
