"""The benchmark data generator: deterministic, valid N-Quads of exactly the size asked for."""

import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, URIRef

from kg.dataset import BuiltDataset

ROOT = Path(__file__).resolve().parent.parent
TW = "https://techworkers.example/ontology#"
CURATED = URIRef("https://techworkers.example/graph/curated")
INFERRED = URIRef("https://techworkers.example/graph/inferred")


def generate(seed: Path, out: Path, size: int, rng_seed: int = 0) -> bytes:
    command = [sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--size", str(size)]
    command += ["--out", str(out), "--seed-dataset", str(seed), "--rng-seed", str(rng_seed)]
    subprocess.run(command, check=True, capture_output=True)
    return out.read_bytes()


@pytest.fixture(scope="module")
def seed(built: BuiltDataset) -> Path:
    return built.path / BuiltDataset.NQUADS


@pytest.fixture(scope="module")
def generated(seed: Path, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    return generate(seed, tmp_path_factory.mktemp("generated") / "a.nq", 8000)


def test_same_arguments_same_bytes(seed: Path, generated: bytes, tmp_path: Path) -> None:
    assert generate(seed, tmp_path / "b.nq", 8000) == generated
    assert generate(seed, tmp_path / "c.nq", 8000, rng_seed=1) != generated


def test_valid_nquads_of_the_requested_size(generated: bytes) -> None:
    dataset = Dataset()
    dataset.parse(data=generated, format="nquads")
    assert len(generated.splitlines()) == 8000
    assert (
        sum(len(graph) for graph in dataset.graphs() if graph.identifier != dataset.default_graph.identifier)
        == 8000
    )


def test_shaped_like_the_served_graph(generated: bytes) -> None:
    dataset = Dataset()
    dataset.parse(data=generated, format="nquads")
    curated, inferred = dataset.graph(CURATED), dataset.graph(INFERRED)
    company = URIRef("https://techworkers.example/id/company-0")
    contract = URIRef("https://techworkers.example/id/company-0-contract-0")
    agency = curated.value(contract, URIRef(TW + "client"))
    assert (contract, URIRef(TW + "contractor"), company) in curated
    # what the reasoner would add: the chain, the inverse and a superclass, in the inferred graph only
    assert (company, URIRef(TW + "hasContractWith"), agency) in inferred
    assert (company, URIRef(TW + "contractorIn"), contract) in inferred
    assert (
        company,
        URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
        URIRef(TW + "Agent"),
    ) in inferred
    assert not set(curated) & set(inferred)
