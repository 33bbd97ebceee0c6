"""Linked-data pages: every resource IRI as HTML for people and as RDF for machines."""

from functools import partial

from flask import Blueprint, Response, current_app, render_template, request, send_file, url_for
from rdflib import BNode, Literal, URIRef

from kg.dataset import BuiltDataset
from kg.describe import Description, describe, labels
from kg.errors import BadRequest, NotAcceptable, NotFound
from kg.formats import Kind, formats_for, rdf_format_for_file
from kg.namespaces import ID, PREFIXES
from server.negotiation import negotiate, prefers_html
from server.urls import iri_for_slug, page_url

blueprint = Blueprint("pages", __name__)

_GRAPH_FORMATS = formats_for(Kind.GRAPH)  # the quad formats too: they carry a graph as well
# The suffixes of a resource's twins; any other suffix (`.csv`, `.json`) is part of the name.
_TWIN_SUFFIXES = frozenset(f.name for f in _GRAPH_FORMATS)
PAGE_LIMIT = 2000  # statements shown each way (about it, pointing to it); SPARQL gives the rest


@blueprint.route("/")
def home() -> str:
    """The front page: what the graph holds and where to start."""
    dataset = current_app.extensions["kg"].dataset
    return render_template("home.html", manifest=dataset.manifest, downloads=BuiltDataset.DUMPS)


@blueprint.route("/id/<path:slug>")
def resource(slug: str) -> Response:
    """The page of a resource of this graph; `/id/x.ttl` and the like are its RDF twins."""
    stem, _, suffix = slug.rpartition(".")
    if stem and suffix in _TWIN_SUFFIXES:
        return _answer(iri_for_slug(stem), suffix)
    return _answer(iri_for_slug(slug), None)


@blueprint.route("/resource")
def lookup() -> Response:
    """The page of any IRI the graph mentions, given as `?iri=`."""
    iri = request.args.get("iri", "").strip()
    if not iri:
        raise BadRequest("Give the IRI to look up as the 'iri' parameter.")
    return _answer(iri, request.args.get("format"))


@blueprint.route("/download/<name>")
def download(name: str) -> Response:
    """The whole dataset, with its named graphs, as one file."""
    if name not in BuiltDataset.DUMPS:
        raise NotFound(f"There is no download called {name!r}.")
    path = current_app.extensions["kg"].dataset.path / name
    fmt = rdf_format_for_file(name)
    return send_file(path, mimetype=fmt.content_type, as_attachment=False, download_name=name)


def _answer(iri: str, format_name: str | None) -> Response:
    dataset = current_app.extensions["kg"]
    description = describe(dataset.graph, iri, limit=PAGE_LIMIT)
    if not description.exists:
        raise NotFound(f"The graph says nothing about <{iri}>.")
    if format_name is None and prefers_html(request.accept_mimetypes):
        response = Response(_render(description), mimetype="text/html")
    else:
        fmt = negotiate(request.accept_mimetypes, Kind.GRAPH, format_name)
        if fmt is None:
            offered = ", ".join(f.media_type for f in _GRAPH_FORMATS)
            raise NotAcceptable(f"This resource is available as text/html, {offered}.")
        statements = description.dataset() if Kind.DATASET in fmt.kinds else description.graph()
        body = statements.serialize(format=fmt.rdflib_name, encoding="utf-8")
        response = Response(body, content_type=fmt.content_type)
    response.headers["Vary"] = "Accept"
    response.headers["Link"] = ", ".join(
        f'<{_twin_url(iri, f.name)}>; rel="alternate"; type="{f.media_type}"' for f in _GRAPH_FORMATS
    )
    return response


def _twin_url(iri: str, format_name: str) -> str:
    url = page_url(iri)
    return f"{url}.{format_name}" if "?" not in url else f"{url}&format={format_name}"


def _render(description: Description) -> str:
    statements = description.outgoing + description.incoming
    mentioned = {
        str(t) for s in statements for t in (s.subject, s.predicate, s.object) if isinstance(t, URIRef)
    }
    names = labels(current_app.extensions["kg"].graph, mentioned | {str(description.iri)})
    return render_template(
        "resource.html",
        description=description,
        title=names.get(str(description.iri), _short(str(description.iri))),
        term=partial(_term_view, names=names),
        twins=[(f.label, _twin_url(str(description.iri), f.name), f.media_type) for f in _GRAPH_FORMATS],
        sparql_url=url_for("sparql.endpoint"),
        limit=PAGE_LIMIT,
    )


def _term_view(term, names: dict[str, str]) -> dict:
    """How a template shows a term: text (an IRI's label if it has one), and a link for IRIs."""
    if isinstance(term, URIRef):
        iri = str(term)
        # A label that stands for an IRI outside this graph (a Wikidata item) says whose it is.
        note = _short(iri) if iri in names and not iri.startswith(str(ID)) else ""
        text = names.get(iri, _short(iri))
        return {"kind": "iri", "text": text, "note": note, "href": page_url(iri), "iri": iri}
    if isinstance(term, Literal):
        note = f"@{term.language}" if term.language else (_short(str(term.datatype)) if term.datatype else "")
        return {"kind": "literal", "text": str(term), "note": note}
    if isinstance(term, BNode):
        return {"kind": "bnode", "text": f"_:{term}"}
    return {"kind": "none", "text": ""}


def _short(iri: str) -> str:
    """A prefixed name for an IRI under a known namespace, else the IRI itself."""
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(str(namespace)) and len(iri) > len(str(namespace)):
            return f"{prefix}:{iri[len(str(namespace)) :]}"
    return iri
