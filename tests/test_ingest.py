"""`kg ingest`: articles added once, bad input refused, the graph safe from failures and kills."""

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import kg.build
import kg.ingest
from kg.dataset import BuiltDataset
from kg.errors import BadArticle
from kg.ingest import ingest
from kg.namespaces import ID, extraction_graph
from kg.sources import Inputs
from server import create_app
from server.state import RELOAD_CHECK_SECONDS
from tests.serving import ROOT

CORPUS = ROOT.parent / "shared" / "corpus"
MICROSOFT = "microsoft-ice-2018-06-20"
GOOGLE = "google-maven-2018-06-02"
META = {"publisher": "sample corpus"}


def corpus_file(tmp: Path, slug: str) -> Path:
    """A corpus article copied into a test folder (the shared corpus, or the stored copy)."""
    source = CORPUS / f"{slug}.txt"
    if not source.is_file():
        source = ROOT / "kg" / "data" / "articles" / f"{slug}.txt"
    target = tmp / f"{slug}.txt"
    target.write_bytes(source.read_bytes())
    return target


@pytest.fixture
def workspace(tmp_path: Path) -> dict:
    """An article folder, a build folder and inputs with no hand-authored facts (fast builds)."""
    (tmp_path / "curated").mkdir()
    articles = tmp_path / "articles"
    return {
        "tmp": tmp_path,
        "articles": articles,
        "out": tmp_path / "build",
        "inputs": Inputs(curated_dir=tmp_path / "curated", article_dirs=(articles,)),
    }


def run_ingest(space: dict, slug: str, **meta):
    path = corpus_file(space["tmp"], slug)
    return ingest(
        [path], space["out"], {**META, "published": slug[-10:], **meta}, space["inputs"], space["articles"]
    )


def test_ingest_stores_the_article_and_builds_its_graph(workspace: dict) -> None:
    result = run_ingest(workspace, MICROSOFT)
    assert [(a.slug, a.status) for a in result.articles] == [(MICROSOFT, "added")]
    assert (workspace["articles"] / f"{MICROSOFT}.txt").read_bytes() == (
        CORPUS / f"{MICROSOFT}.txt"
    ).read_bytes()
    assert (workspace["articles"] / f"{MICROSOFT}.json").is_file()
    assert result.build.dataset.manifest["graphs"][str(extraction_graph(MICROSOFT))] > 50


def test_the_same_article_twice_changes_nothing(workspace: dict) -> None:
    first = run_ingest(workspace, MICROSOFT)
    stored = sorted((p.name, p.read_bytes()) for p in workspace["articles"].iterdir())
    again = run_ingest(workspace, MICROSOFT)
    assert [a.status for a in again.articles] == ["unchanged"]
    assert again.build.reused
    assert again.build.dataset.path == first.build.dataset.path
    assert sorted((p.name, p.read_bytes()) for p in workspace["articles"].iterdir()) == stored


def test_articles_ingested_are_part_of_the_next_build(workspace: dict) -> None:
    ingested = run_ingest(workspace, MICROSOFT)
    rebuilt = kg.build.build(workspace["out"], workspace["inputs"])
    assert rebuilt.reused and rebuilt.dataset.fingerprint == ingested.build.dataset.fingerprint


def _german(size: int) -> str:
    sentence = "Die Mitarbeiter des Unternehmens haben einen offenen Brief an den Vorstand geschrieben, "
    return "Ein Titel\n\n" + (sentence * (size // len(sentence) + 1))[:size]


BAD_INPUTS = {
    "empty": (b"", "is empty"),
    "blank": (b"  \n\n \n", "is empty"),
    "binary": (bytes(range(256)) * 40, "binary"),
    "not utf-8": ("Titel\n\nDer Brief wurde unterschrieben.".encode("latin-1") + b"\xe4\xff", "UTF-8"),
    "not English": (_german(3000).encode(), "English"),
    "5 MB": (("Title\n\n" + "Employees signed a letter to the company. " * 125_000).encode(), "characters"),
    "no body": (b"Just a title line\n", "no body"),
}


def no_build(*_, **__) -> None:
    pytest.fail("the article went on to be built (and extracted) before it was refused")


@pytest.mark.parametrize("case", BAD_INPUTS)
def test_bad_input_is_refused_with_a_clear_message_and_nothing_changes(
    workspace: dict, case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data, message = BAD_INPUTS[case]
    path = workspace["tmp"] / "bad.txt"
    path.write_bytes(data)
    monkeypatch.setattr(kg.ingest, "build", no_build)  # refused up front, not after extracting 5 MB
    with pytest.raises(BadArticle, match=message):
        ingest(
            [path],
            workspace["out"],
            {**META, "published": "2020-01-01"},
            workspace["inputs"],
            workspace["articles"],
        )
    assert not workspace["articles"].exists()
    assert BuiltDataset.current(workspace["out"]) is None


def test_the_command_prints_the_reason_and_fails(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    command = ["ingest", str(empty), "--published", "2020-01-01", "--publisher", "x", "--out", str(tmp_path)]
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", *command], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 1
    assert "Bad article" in done.stderr and "is empty" in done.stderr
    assert "Traceback" not in done.stderr


def test_missing_metadata_is_asked_for(workspace: dict) -> None:
    path = corpus_file(workspace["tmp"], MICROSOFT)
    with pytest.raises(BadArticle, match="--published"):
        ingest([path], workspace["out"], {"publisher": "x"}, workspace["inputs"], workspace["articles"])


def test_a_build_that_fails_midway_leaves_the_current_build_and_the_articles(
    workspace: dict, monkeypatch
) -> None:
    before = run_ingest(workspace, MICROSOFT).build.dataset
    stored = sorted(p.name for p in workspace["articles"].iterdir())

    def fill_then_die(graphs, store):
        store.bulk_load(b"<urn:a> <urn:b> <urn:c> .", format=kg.build.ox.RdfFormat.N_TRIPLES)
        raise KeyboardInterrupt  # as if killed while the new store was half written

    monkeypatch.setattr(kg.build, "_fill", fill_then_die)
    with pytest.raises(KeyboardInterrupt):
        run_ingest(workspace, GOOGLE)
    current = BuiltDataset.current(workspace["out"])
    assert current.path == before.path and current.fingerprint == before.fingerprint
    assert sorted(p.name for p in workspace["articles"].iterdir()) == stored
    monkeypatch.undo()
    after = run_ingest(workspace, GOOGLE)  # the next ingest works and clears what the failure left
    assert str(extraction_graph(GOOGLE)) in after.build.dataset.manifest["graphs"]
    assert not list((workspace["out"] / "builds").glob(".*.tmp"))


# The ingest process kills itself where publishing the new build has written its store and
# dumps but not yet its manifest, nor switched the current build.
KILLED_WHILE_PUBLISHING = """
import os, signal, sys
from pathlib import Path
import kg.publish
from kg.ingest import ingest
from kg.sources import Inputs

def die_here(*_):
    os.kill(os.getpid(), signal.SIGKILL)

kg.publish.graph_sizes = die_here
article, out, curated, articles = map(Path, sys.argv[1:])
ingest([article], out, {"publisher": "x", "published": "2018-06-02"},
       Inputs(curated_dir=curated, article_dirs=(articles,)), articles)
"""


def test_an_ingest_killed_midway_leaves_the_current_build(workspace: dict) -> None:
    """A real `kg ingest` process killed with SIGKILL while it publishes the new build."""
    before = run_ingest(workspace, MICROSOFT).build.dataset
    article = corpus_file(workspace["tmp"], GOOGLE)
    folders = (workspace["out"], workspace["tmp"] / "curated", workspace["articles"])
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_WHILE_PUBLISHING, str(article), *map(str, folders)],
        cwd=ROOT,
        timeout=300,
    )
    assert killed.returncode == -signal.SIGKILL
    staging = workspace["articles"].parent
    assert list(staging.glob(".ingest-*")) and list((workspace["out"] / "builds").glob(".*.tmp"))
    current = BuiltDataset.current(workspace["out"])
    assert current.path == before.path and current.fingerprint == before.fingerprint
    assert not (workspace["articles"] / f"{GOOGLE}.txt").exists()
    run_ingest(workspace, GOOGLE)  # and the next ingest clears what the killed one left
    assert not list(staging.glob(".ingest-*"))
    assert not list((workspace["out"] / "builds").glob(".*.tmp"))
    assert (workspace["articles"] / f"{GOOGLE}.txt").exists()


def test_the_running_server_answers_about_a_new_article(workspace: dict) -> None:
    """`kg ingest` while the server runs: it switches to the new build by itself, no restart."""
    run_ingest(workspace, MICROSOFT)
    app = create_app({"BUILD_DIR": str(workspace["out"]), "QUERY_WORKERS": 1})
    query = f"ASK {{ <{ID[GOOGLE]}> ?p ?o }}"

    def answer() -> bool:
        response = app.test_client().get("/sparql", query_string={"query": query})
        assert response.status_code == 200, response.text
        return response.json["boolean"]

    try:
        assert answer() is False
        run_ingest(workspace, GOOGLE)
        time.sleep(RELOAD_CHECK_SECONDS + 0.1)
        assert answer() is True
    finally:
        app.extensions["kg"].close()


def test_an_unchanged_build_does_not_load_the_language_model(build_dir: Path) -> None:
    """`kg serve` over an unchanged build starts without importing spaCy."""
    code = (
        "import sys; from pathlib import Path; from kg.build import build\n"
        f"assert build(Path({str(build_dir)!r})).reused\n"
        "assert 'spacy' not in sys.modules, 'spaCy was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, timeout=60)


def test_an_article_named_like_a_resource_of_the_graph_is_refused(workspace: dict) -> None:
    run_ingest(workspace, MICROSOFT)
    before = BuiltDataset.current(workspace["out"]).path
    taken = workspace["tmp"] / "microsoft.txt"  # its IRI would be id:microsoft, the company
    taken.write_bytes(corpus_file(workspace["tmp"], GOOGLE).read_bytes())
    with pytest.raises(BadArticle, match="'microsoft' is taken"):
        ingest(
            [taken],
            workspace["out"],
            {**META, "published": "2018-06-02"},
            workspace["inputs"],
            workspace["articles"],
        )
    assert not (workspace["articles"] / "microsoft.txt").exists()
    assert BuiltDataset.current(workspace["out"]).path == before
