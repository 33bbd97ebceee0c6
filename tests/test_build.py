"""`kg build`: reasoning into its own graph, SHACL validation, reuse, and safe failure."""

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from kg.build import build
from kg.dataset import BuiltDataset
from kg.errors import BuildFailed
from kg.namespaces import CURATED_GRAPH, GRAPH, INFERRED_GRAPH, ONTOLOGY_GRAPH, PROVENANCE_GRAPH
from kg.sources import SHAPES_GRAPH, Inputs, parse_files
from kg.validate import validate

ROOT = Path(__file__).resolve().parent.parent

SHAPES = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix tw: <https://techworkers.example/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
tw:LabelledOrganization a sh:NodeShape ;
    sh:targetClass tw:Organization ;
    sh:property [ sh:path rdfs:label ; sh:minCount 1 ; sh:message "An organization needs a label." ] .
"""
ONTOLOGY = """
@prefix tw: <https://techworkers.example/ontology#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
tw:Company a owl:Class ; rdfs:subClassOf tw:Organization .
"""
GOOD = """
@prefix tw: <https://techworkers.example/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://techworkers.example/id/acme> a tw:Company ; rdfs:label "Acme" .
"""
# A company without a label: only a reasoner sees that it is an organization, which the shape targets.
UNLABELLED = """
@prefix tw: <https://techworkers.example/ontology#> .
<https://techworkers.example/id/nameless> a tw:Company .
"""


def small_inputs(folder: Path, curated: str) -> Inputs:
    (folder / "ontology").mkdir(parents=True, exist_ok=True)
    (folder / "curated").mkdir(exist_ok=True)
    (folder / "ontology" / "test.ttl").write_text(ONTOLOGY)
    (folder / "ontology" / "shapes.ttl").write_text(SHAPES)
    (folder / "curated" / "data.ttl").write_text(curated)
    return Inputs(ontology_dir=folder / "ontology", curated_dir=folder / "curated", article_dirs=())


def load(built: BuiltDataset) -> Dataset:
    dataset = Dataset()
    dataset.parse(built.path / BuiltDataset.NQUADS, format="nquads")
    return dataset


def triples(dataset: Dataset, name: URIRef) -> set:
    return set(dataset.graph(name))


def test_asserted_graphs_hold_exactly_their_input_files(built: BuiltDataset) -> None:
    dataset = load(built)
    for name, paths in Inputs().graph_files().items():
        stored = Graph() + dataset.graph(name)
        assert isomorphic(stored, parse_files(paths)), name


def test_inferred_triples_live_only_in_the_inferred_graph(built: BuiltDataset) -> None:
    dataset = load(built)
    inferred = triples(dataset, INFERRED_GRAPH)
    assert inferred, "the reasoner inferred nothing"
    for name in (ONTOLOGY_GRAPH, CURATED_GRAPH, SHAPES_GRAPH, PROVENANCE_GRAPH):
        assert not inferred & triples(dataset, name), name


def test_built_graph_conforms_to_the_shapes(built: BuiltDataset) -> None:
    dataset = load(built)
    data = Graph()
    extracted = [URIRef(n) for n in built.graph_names if n.startswith(str(GRAPH["extracted/"]))]
    for name in (ONTOLOGY_GRAPH, CURATED_GRAPH, INFERRED_GRAPH, *extracted):
        data += dataset.graph(name)
    report = validate(data, Graph() + dataset.graph(SHAPES_GRAPH))
    assert report.conforms, report.text


def test_manifest_counts_match_the_dump(built: BuiltDataset) -> None:
    dataset = load(built)
    for name, size in built.manifest["graphs"].items():
        assert len(dataset.graph(URIRef(name))) == size, name


def test_unchanged_inputs_reuse_the_build(build_dir: Path, built: BuiltDataset) -> None:
    again = build(build_dir)
    assert again.reused
    assert again.dataset.path == built.path


def test_changed_inputs_build_again(tmp_path: Path) -> None:
    inputs = small_inputs(tmp_path, GOOD)
    first = build(tmp_path / "out", inputs)
    (tmp_path / "curated" / "more.ttl").write_text(GOOD.replace("acme", "globex"))
    second = build(tmp_path / "out", inputs)
    assert not second.reused
    assert second.dataset.fingerprint != first.dataset.fingerprint
    assert BuiltDataset.current(tmp_path / "out").path == second.dataset.path


def test_a_shape_violation_fails_the_build_and_keeps_the_current_one(tmp_path: Path) -> None:
    inputs = small_inputs(tmp_path, GOOD)
    good = build(tmp_path / "out", inputs).dataset
    (tmp_path / "curated" / "data.ttl").write_text(GOOD + UNLABELLED)
    with pytest.raises(BuildFailed) as failure:
        build(tmp_path / "out", inputs)
    assert "An organization needs a label." in failure.value.message
    assert "nameless" in failure.value.message
    assert BuiltDataset.current(tmp_path / "out").path == good.path


def test_unreadable_turtle_names_the_file(tmp_path: Path) -> None:
    inputs = small_inputs(tmp_path, GOOD + "\n<broken")
    with pytest.raises(BuildFailed) as failure:
        build(tmp_path / "out", inputs)
    assert "data.ttl" in failure.value.message
    assert BuiltDataset.current(tmp_path / "out") is None


def test_leftovers_of_a_killed_build_are_removed(tmp_path: Path) -> None:
    inputs = small_inputs(tmp_path, GOOD)
    leftover = tmp_path / "out" / "builds" / ".deadbeef.12345.tmp"
    leftover.mkdir(parents=True)
    build(tmp_path / "out", inputs)
    assert not leftover.exists()


def test_cli_reports_a_violation_without_a_trace(tmp_path: Path) -> None:
    small_inputs(tmp_path, GOOD + UNLABELLED)
    run = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", "--out", str(tmp_path / "out"),
         "--ontology-dir", str(tmp_path / "ontology"), "--curated-dir", str(tmp_path / "curated")],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )  # fmt: skip
    assert run.returncode == 1
    assert "An organization needs a label." in run.stderr
    assert "Traceback" not in run.stderr
