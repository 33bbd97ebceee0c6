"""Publishing any RDF files as a build, for `kg serve FILE...`: the user's own data, as given.

Files of triples go into the default graph and files of quads keep their graphs. With
`reason=True` the OWL 2 RL closure of everything goes into the inferred graph, as in `kg build`.

RDF/XML with a document type declaration is refused: the parser expands the entities it
declares, and entities nested in entities grow without bound ("billion laughs"). JSON-LD remote
contexts are not fetched: pyoxigraph has no document loader unless given one, and refuses them.
"""

import hashlib
from functools import partial
from pathlib import Path
from xml.parsers import expat

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.dataset import BuiltDataset
from kg.errors import BuildFailed
from kg.formats import BY_NAME, rdf_format_for_file
from kg.namespaces import INFERRED_GRAPH
from kg.publish import publish, software_versions
from kg.reason import inferred_graph


def load_files(paths: list[Path], out_dir: Path, *, reason: bool = False) -> BuiltDataset:
    """Publish `paths` as a build under `out_dir`, reusing an identical current one."""
    digest = hashlib.sha256(f"reason={reason}\n{software_versions()}".encode())
    for path in paths:
        fmt = rdf_format_for_file(path.name)
        if fmt is None:
            raise BuildFailed(f"{path}: the file name does not say which RDF format it is in.")
        try:
            data = path.read_bytes()
        except OSError as error:
            raise BuildFailed(f"{path}: cannot be read: {error.strerror}") from None
        if fmt == BY_NAME["rdf"]:
            refuse_document_type(path, data)
        digest.update(f"\0{path.name}\0".encode() + data)
    fingerprint = digest.hexdigest()
    current = BuiltDataset.current(out_dir)
    if current is not None and current.fingerprint == fingerprint:
        return current
    return publish(out_dir, fingerprint, partial(_fill, paths, reason), sources=[str(p) for p in paths])


class _RootElement(Exception):
    """The XML parser has reached the root element: past where a DOCTYPE can be."""


def refuse_document_type(path: Path, xml: bytes) -> None:
    """BuildFailed if an RDF/XML file has a DOCTYPE, or a prolog that is not well-formed.

    Expat reads the prolog only: it stops at the DOCTYPE's name or at the root element, so no
    entity is declared or expanded.
    """

    def doctype(*_) -> None:
        raise BuildFailed(
            f"{path}: RDF/XML with a DOCTYPE is refused, as the entities it declares could expand "
            "without bound; write them out, or convert the file to Turtle."
        )

    def root(*_) -> None:
        raise _RootElement

    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = doctype
    parser.StartElementHandler = root
    try:
        parser.Parse(xml, True)
    except _RootElement:
        return
    except expat.ExpatError as error:
        raise BuildFailed(f"{path}: cannot be read as RDF/XML: {error}") from None


def _fill(paths: list[Path], reason: bool, store: ox.Store) -> None:
    for path in paths:
        fmt = rdf_format_for_file(path.name)
        try:
            store.bulk_load(path=str(path), format=fmt.engine_format, base_iri=path.resolve().as_uri())
        except (SyntaxError, ValueError, OSError) as error:
            raise BuildFailed(f"{path}: cannot be read as {fmt.label}: {error}") from None
    if reason:
        store.bulk_load(_closure(store), format=ox.RdfFormat.N_QUADS)


def _closure(store: ox.Store) -> bytes:
    """The OWL 2 RL inferences over all the store's triples, as N-Quads in the inferred graph."""
    union = Graph()
    union.parse(data=ox.serialize(store, format=ox.RdfFormat.N_QUADS), format="nquads")
    dataset = Dataset()
    named = dataset.graph(INFERRED_GRAPH)
    named += inferred_graph(union)
    return dataset.serialize(format="nquads", encoding="utf-8")
