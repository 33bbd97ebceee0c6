"""The VoID description of the dataset, at /.well-known/void (VoID, section 7.2).

It says where the data can be queried and downloaded, how big it is and each of its named
graphs, which classes and properties it uses and how often, and how it links to Wikidata. The
numbers are counted on the served store (kg/statistics.py) the first time they are asked for,
and again after the server switches to a new build.
"""

from dataclasses import dataclass

from flask import Blueprint, Response, current_app, request, url_for
from rdflib import XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, OWL, RDF, VOID

from kg.dataset import BuiltDataset
from kg.errors import NotAcceptable
from kg.formats import Kind, formats_for, rdf_format_for_file
from kg.namespaces import ID, PREFIXES, SD, WD
from kg.statistics import DatasetStatistics, dataset_statistics
from server.negotiation import negotiate

blueprint = Blueprint("void", __name__)

TITLE = "Tech workers knowledge graph"

WIKIDATA_HOMEPAGE = URIRef("https://www.wikidata.org/")
WIKIDATA_SPARQL = URIRef("https://query.wikidata.org/sparql")


@dataclass(frozen=True)
class ServiceUrls:
    """Where the server offers the dataset: its VoID document, endpoint and dumps."""

    void: str
    sparql: str
    dumps: tuple[str, ...]

    @property
    def dataset(self) -> URIRef:
        return URIRef(self.void + "#dataset")


def void_description(urls: ServiceUrls, dataset: BuiltDataset, stats: DatasetStatistics) -> Graph:
    """The VoID description of `dataset`, served at `urls`, with the counts in `stats`."""
    graph = Graph()
    for prefix, namespace in {**PREFIXES, "void": VOID, "sd": SD}.items():
        graph.bind(prefix, namespace)
    described = urls.dataset
    graph.add((described, RDF.type, VOID.Dataset))
    graph.add((described, DCTERMS.title, Literal(TITLE, lang="en")))
    graph.add((described, DCTERMS.modified, Literal(dataset.manifest["built_at"], datatype=XSD.dateTime)))
    graph.add((described, VOID.sparqlEndpoint, URIRef(urls.sparql)))
    for url in urls.dumps:
        graph.add((described, VOID.dataDump, URIRef(url)))
        graph.add((described, VOID.feature, URIRef(rdf_format_for_file(url).iri)))
    if stats.entities:
        graph.add((described, VOID.uriSpace, Literal(str(ID))))
    for namespace in _vocabularies(stats):
        graph.add((described, VOID.vocabulary, URIRef(namespace)))

    graph.add((described, VOID.triples, Literal(stats.triples)))
    graph.add((described, VOID.entities, Literal(stats.entities)))
    graph.add((described, VOID.distinctSubjects, Literal(stats.distinct_subjects)))
    graph.add((described, VOID.distinctObjects, Literal(stats.distinct_objects)))
    graph.add((described, VOID.classes, Literal(len(stats.classes))))
    graph.add((described, VOID.properties, Literal(len(stats.properties))))
    for class_iri, instances in stats.classes.items():
        partition = BNode()
        graph.add((described, VOID.classPartition, partition))
        graph.add((partition, VOID["class"], URIRef(class_iri)))
        graph.add((partition, VOID.entities, Literal(instances)))
    for property_iri, triples in stats.properties.items():
        partition = BNode()
        graph.add((described, VOID.propertyPartition, partition))
        graph.add((partition, VOID.property, URIRef(property_iri)))
        graph.add((partition, VOID.triples, Literal(triples)))

    graph_sizes = dataset.manifest["graphs"]
    for name in sorted(dataset.graph_names):
        # Each named graph is a subset; sd:NamedGraph pairs its name with it, as in the
        # service description at the endpoint.
        subset, named_graph = BNode(), BNode()
        graph.add((described, VOID.subset, subset))
        graph.add((subset, RDF.type, VOID.Dataset))
        graph.add((subset, RDF.type, SD.Graph))
        graph.add((subset, VOID.triples, Literal(graph_sizes[name])))
        graph.add((named_graph, RDF.type, SD.NamedGraph))
        graph.add((named_graph, SD.name, URIRef(name)))
        graph.add((named_graph, SD.graph, subset))

    if stats.wikidata_links:
        _describe_wikidata_links(graph, urls, stats.wikidata_links)
    return graph


def _describe_wikidata_links(graph: Graph, urls: ServiceUrls, links: int) -> None:
    wikidata = URIRef(urls.void + "#wikidata")
    graph.add((wikidata, RDF.type, VOID.Dataset))
    graph.add((wikidata, DCTERMS.title, Literal("Wikidata", lang="en")))
    graph.add((wikidata, FOAF.homepage, WIKIDATA_HOMEPAGE))
    graph.add((wikidata, VOID.uriSpace, Literal(str(WD))))
    graph.add((wikidata, VOID.sparqlEndpoint, WIKIDATA_SPARQL))

    linkset = URIRef(urls.void + "#wikidata-links")
    graph.add((urls.dataset, VOID.subset, linkset))
    graph.add((linkset, RDF.type, VOID.Linkset))
    graph.add((linkset, VOID.linkPredicate, OWL.sameAs))
    graph.add((linkset, VOID.subjectsTarget, urls.dataset))
    graph.add((linkset, VOID.objectsTarget, wikidata))
    # void:target is implied by the two above; stated too, for readers that do not infer it.
    graph.add((linkset, VOID.target, urls.dataset))
    graph.add((linkset, VOID.target, wikidata))
    graph.add((linkset, VOID.triples, Literal(links)))


def _vocabularies(stats: DatasetStatistics) -> list[str]:
    """The known namespaces whose terms the data uses as classes or properties."""
    terms = [*stats.classes, *stats.properties]
    namespaces = {str(ns) for ns in PREFIXES.values()} - {str(ID)}
    return sorted(ns for ns in namespaces if any(term.startswith(ns) for term in terms))


def current_statistics() -> DatasetStatistics:
    """The counts of the build being served: computed on first use, again after a switch of build."""
    state = current_app.extensions["kg"]
    path = state.dataset.path
    cached = current_app.extensions.get("kg.statistics")
    if cached is None or cached[0] != path:
        cached = (path, dataset_statistics(state.graph, str(ID)))
        current_app.extensions["kg.statistics"] = cached
    return cached[1]


@blueprint.route("/.well-known/void")
def description() -> Response:
    """The dataset's VoID description, in the RDF format the request accepts."""
    fmt = negotiate(request.accept_mimetypes, Kind.GRAPH, request.args.get("format"))
    if fmt is None:
        offered = ", ".join(f.media_type for f in formats_for(Kind.GRAPH))
        raise NotAcceptable(f"The VoID description is available as {offered}.")
    urls = ServiceUrls(
        void=url_for("void.description", _external=True),
        sparql=url_for("sparql.endpoint", _external=True),
        dumps=tuple(url_for("pages.download", name=name, _external=True) for name in BuiltDataset.DUMPS),
    )
    graph = void_description(urls, current_app.extensions["kg"].dataset, current_statistics())
    body = graph.serialize(format=fmt.rdflib_name, encoding="utf-8")
    response = Response(body, content_type=fmt.content_type)
    response.headers["Vary"] = "Accept"
    return response
