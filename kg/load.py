"""Publishing any RDF files as a build, for `kg serve FILE...`: the user's own data, as given.

Files of triples go into the default graph and files of quads keep their graphs. With
`reason=True` the OWL 2 RL closure of everything goes into the inferred graph, as in `kg build`.
"""

import hashlib
from functools import partial
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.dataset import BuiltDataset
from kg.errors import BuildFailed
from kg.formats import rdf_format_for_file
from kg.namespaces import INFERRED_GRAPH
from kg.publish import publish, software_versions
from kg.reason import inferred_graph


def load_files(paths: list[Path], out_dir: Path, *, reason: bool = False) -> BuiltDataset:
    """Publish `paths` as a build under `out_dir`, reusing an identical current one."""
    digest = hashlib.sha256(f"reason={reason}\n{software_versions()}".encode())
    for path in paths:
        if rdf_format_for_file(path.name) is None:
            raise BuildFailed(f"{path}: the file name does not say which RDF format it is in.")
        try:
            digest.update(f"\0{path.name}\0".encode() + path.read_bytes())
        except OSError as error:
            raise BuildFailed(f"{path}: cannot be read: {error.strerror}") from None
    fingerprint = digest.hexdigest()
    current = BuiltDataset.current(out_dir)
    if current is not None and current.fingerprint == fingerprint:
        return current
    return publish(out_dir, fingerprint, partial(_fill, paths, reason), sources=[str(p) for p in paths])


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
