"""The one table of serialization formats: media types, file suffixes and engine formats."""

from dataclasses import dataclass
from enum import Enum

import pyoxigraph as ox


class Kind(Enum):
    """What a format can carry."""

    RESULTS = "results"  # SELECT solutions and ASK booleans
    GRAPH = "graph"  # triples: CONSTRUCT, DESCRIBE, resource descriptions
    DATASET = "dataset"  # quads: the whole dataset with its named graphs


@dataclass(frozen=True)
class Format:
    """One serialization format."""

    name: str  # short name: the file suffix and the value of a `format` override
    media_type: str
    kinds: frozenset[Kind]
    label: str
    w3c_name: str  # its name in the W3C registry of format IRIs, http://www.w3.org/ns/formats/
    aliases: tuple[str, ...] = ()  # other media types clients send for it
    rdflib_name: str | None = None  # for rdflib's parse/serialize, where rdflib knows it

    @property
    def content_type(self) -> str:
        """The Content-Type header value, with charset for the text formats."""
        return f"{self.media_type}; charset=utf-8"

    @property
    def iri(self) -> str:
        """The IRI that names the format, for service descriptions (`sd:resultFormat`) and VoID."""
        return W3C_FORMATS + self.w3c_name

    @property
    def engine_format(self) -> ox.RdfFormat | ox.QueryResultsFormat:
        """The pyoxigraph format object."""
        if Kind.RESULTS in self.kinds:
            return ox.QueryResultsFormat.from_media_type(self.media_type)
        return ox.RdfFormat.from_media_type(self.media_type)


W3C_FORMATS = "http://www.w3.org/ns/formats/"

_R = frozenset({Kind.RESULTS})
_G = frozenset({Kind.GRAPH})
_GD = frozenset({Kind.GRAPH, Kind.DATASET})

FORMATS: tuple[Format, ...] = (
    Format(
        "json",
        "application/sparql-results+json",
        _R,
        "SPARQL JSON",
        "SPARQL_Results_JSON",
        ("application/json",),
    ),
    Format(
        "xml",
        "application/sparql-results+xml",
        _R,
        "SPARQL XML",
        "SPARQL_Results_XML",
        ("application/xml", "text/xml"),
    ),
    Format("csv", "text/csv", _R, "CSV", "SPARQL_Results_CSV"),
    Format("tsv", "text/tab-separated-values", _R, "TSV", "SPARQL_Results_TSV"),
    Format("ttl", "text/turtle", _G, "Turtle", "Turtle", ("application/x-turtle",), "turtle"),
    Format("nt", "application/n-triples", _G, "N-Triples", "N-Triples", ("text/plain",), "nt"),
    Format("jsonld", "application/ld+json", _G, "JSON-LD", "JSON-LD", (), "json-ld"),
    Format("rdf", "application/rdf+xml", _G, "RDF/XML", "RDF_XML", (), "xml"),
    Format("trig", "application/trig", _GD, "TriG", "TriG", (), "trig"),
    Format("nq", "application/n-quads", _GD, "N-Quads", "N-Quads", (), "nquads"),
)

BY_NAME: dict[str, Format] = {f.name: f for f in FORMATS}


def formats_for(kind: Kind) -> tuple[Format, ...]:
    """The formats that can carry `kind`, preferred first."""
    return tuple(f for f in FORMATS if kind in f.kinds)


def format_for_media_type(media_type: str) -> Format | None:
    """The format a media type (or one of its aliases) names, if any."""
    wanted = media_type.split(";")[0].strip().lower()
    for fmt in FORMATS:
        if wanted == fmt.media_type or wanted in fmt.aliases:
            return fmt
    return None


_FILE_SUFFIXES = {
    "ttl": "ttl", "turtle": "ttl", "nt": "nt", "ntriples": "nt", "nq": "nq", "nquads": "nq",
    "trig": "trig", "jsonld": "jsonld", "json": "jsonld", "rdf": "rdf", "owl": "rdf", "xml": "rdf",
}  # fmt: skip


def rdf_format_for_file(path: str) -> Format | None:
    """The RDF format a file name's suffix names (`data.ttl` is Turtle), if any."""
    suffix = path.rsplit(".", 1)[-1].lower() if "." in path else ""
    name = _FILE_SUFFIXES.get(suffix)
    return BY_NAME[name] if name else None
