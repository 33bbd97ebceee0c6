"""`kg serve FILE...`: any RDF files, in every format we read, optionally reasoned over."""

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import requests

from kg.errors import BuildFailed
from kg.load import load_files
from server import create_app
from tests.listener import Listener
from tests.serving import ROOT, kg_serve

EX = "http://example.org/"
TRIPLE_FILES = {
    "data.ttl": f"<{EX}ttl> a <{EX}Company> .\n",
    "data.nt": f"<{EX}nt> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}Company> .\n",
    "data.rdf": (
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        f'<rdf:Description rdf:about="{EX}rdf"><rdf:type rdf:resource="{EX}Company"/></rdf:Description>'
        "</rdf:RDF>\n"
    ),
    "data.jsonld": json.dumps({"@id": f"{EX}jsonld", "@type": f"{EX}Company"}),
}
QUAD_FILES = {
    "data.trig": f"<{EX}g-trig> {{ <{EX}trig> a <{EX}Company> . }}\n",
    "data.nq": f"<{EX}nq> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}Company> <{EX}g-nq> .\n",
}
ONTOLOGY = f"<{EX}Company> <http://www.w3.org/2000/01/rdf-schema#subClassOf> <{EX}Organization> .\n"


def write(folder: Path, files: dict[str, str]) -> list[Path]:
    paths = []
    for name, text in files.items():
        (folder / name).write_text(text)
        paths.append(folder / name)
    return paths


def select_all(client, query: str) -> set[tuple]:
    response = client.get("/sparql", query_string={"query": query})
    assert response.status_code == 200, response.text
    rows = response.json["results"]["bindings"]
    return {tuple(binding[v]["value"] for v in response.json["head"]["vars"]) for binding in rows}


def test_every_format_is_read_and_quads_keep_their_graphs(tmp_path: Path) -> None:
    paths = write(tmp_path, TRIPLE_FILES | QUAD_FILES)
    load_files(paths, tmp_path / "out")
    app = create_app({"BUILD_DIR": str(tmp_path / "out"), "QUERY_WORKERS": 1})
    try:
        client = app.test_client()
        companies = select_all(client, f"SELECT ?x WHERE {{ ?x a <{EX}Company> }}")
        assert companies == {(EX + suffix,) for suffix in ("ttl", "nt", "rdf", "jsonld", "trig", "nq")}
        graphs = select_all(client, "SELECT ?g ?x WHERE { GRAPH ?g { ?x ?p ?o } }")
        assert graphs == {(EX + "g-trig", EX + "trig"), (EX + "g-nq", EX + "nq")}
    finally:
        app.extensions["kg"].close()


def test_reason_adds_the_closure_in_its_own_graph(tmp_path: Path) -> None:
    paths = write(tmp_path, {"ontology.ttl": ONTOLOGY, "data.ttl": TRIPLE_FILES["data.ttl"]})
    organizations = f"SELECT ?x WHERE {{ ?x a <{EX}Organization> }}"
    inferred = "SELECT ?x WHERE { GRAPH <https://techworkers.example/graph/inferred> { ?x a ?c } }"
    with kg_serve(*map(str, paths), "--out", str(tmp_path / "plain")) as url:
        assert (
            requests.get(url + "/sparql", params={"query": organizations}).json()["results"]["bindings"] == []
        )
    with kg_serve(*map(str, paths), "--reason", "--out", str(tmp_path / "reasoned")) as url:
        for query in (organizations, inferred):
            rows = requests.get(url + "/sparql", params={"query": query}).json()["results"]["bindings"]
            assert {row["x"]["value"] for row in rows} >= {EX + "ttl"}


# Places where a JSON-LD document can name a context to fetch.
REMOTE_CONTEXTS = {
    "document context": lambda url: {"@context": url, "@id": f"{EX}x", f"{EX}p": "y"},
    "in a list": lambda url: {"@context": [{"ex": EX}, url], "@id": f"{EX}x"},
    "imported": lambda url: {"@context": {"@import": url}, "@id": f"{EX}x"},
    "of a node": lambda url: {"@id": f"{EX}x", f"{EX}p": {"@context": url, "@id": f"{EX}y"}},
}


@pytest.mark.parametrize("document", REMOTE_CONTEXTS.values(), ids=REMOTE_CONTEXTS.keys())
def test_a_jsonld_remote_context_is_not_fetched(
    tmp_path: Path, listener: Listener, document: Callable[[str], dict]
) -> None:
    path = tmp_path / "remote.jsonld"
    path.write_text(json.dumps(document(listener.url + "context.jsonld")))
    with pytest.raises(BuildFailed) as failure:
        load_files([path], tmp_path / "out")
    assert listener.visits_before_now() == []  # it listened all the while load_files ran
    assert "remote.jsonld" in failure.value.message


# "Billion laughs" in small: each entity is ten of the one before; a parser that expands them
# turns 300 bytes into 1,000 here, and into gigabytes with a few more levels.
NESTED_ENTITIES = f"""<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [
  <!ENTITY a "aaaaaaaaaa">
  <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
  <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="{EX}">
  <rdf:Description rdf:about="{EX}x"><ex:p>&c;</ex:p></rdf:Description>
</rdf:RDF>
"""


@pytest.mark.parametrize("name", ["laughs.rdf", "laughs.owl"])
def test_rdf_xml_with_a_doctype_is_refused_before_it_is_parsed(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(NESTED_ENTITIES)
    with pytest.raises(BuildFailed) as failure:
        load_files([path], tmp_path / "out")
    assert name in failure.value.message and "DOCTYPE" in failure.value.message
    assert not (tmp_path / "out" / "builds").exists()


def test_rdf_xml_with_an_xml_declaration_and_no_doctype_is_read(tmp_path: Path) -> None:
    path = tmp_path / "declared.rdf"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!-- a comment -->\n' + TRIPLE_FILES["data.rdf"])
    load_files([path], tmp_path / "out")
    app = create_app({"BUILD_DIR": str(tmp_path / "out"), "QUERY_WORKERS": 1})
    try:
        assert select_all(app.test_client(), f"SELECT ?x WHERE {{ ?x a <{EX}Company> }}") == {(EX + "rdf",)}
    finally:
        app.extensions["kg"].close()


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("notes.txt", "hello", "does not say which RDF format"),
        ("broken.ttl", "<a> <b> .", "cannot be read as Turtle"),
        ("prolog.rdf", "<?xml version='1.0'?><?xml version='1.0'?><rdf:RDF/>", "cannot be read as RDF/XML"),
    ],
)
def test_unreadable_files_are_refused_with_the_reason(
    tmp_path: Path, name: str, text: str, expected: str
) -> None:
    (tmp_path / name).write_text(text)
    run = subprocess.run(
        [sys.executable, "-m", "kg.cli", "serve", str(tmp_path / name), "--out", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=60,
    )
    assert run.returncode == 1
    assert expected in run.stderr and name in run.stderr
    assert "Traceback" not in run.stderr
