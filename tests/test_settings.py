"""Settings: one table, every entry documented, environment variables honoured."""

from pathlib import Path

import pytest
import requests

from kg.dataset import BuiltDataset
from server import create_app
from server.settings import SETTINGS
from tests.serving import kg_serve

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_readme_documents_each_setting(setting) -> None:
    assert f"`KG_{setting.name}`" in README


def test_environment_overrides_defaults(build_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_QUERY_TIMEOUT", "2.5")
    monkeypatch.setenv("KG_QUERY_WORKERS", "1")
    monkeypatch.setenv("KG_MEMORY_LIMIT_QUADS", "0")
    app = create_app({"BUILD_DIR": str(build_dir)})
    try:
        engine = app.extensions["kg"].engine
        assert engine.timeout == 2.5
        assert len(engine.worker_pids()) == 1
        assert not engine.source.in_memory  # the build is larger than 0 quads: read from disk
    finally:
        app.extensions["kg"].engine.close()


@pytest.mark.parametrize("option", [False, True], ids=["KG_BUILD_DIR", "--out over KG_BUILD_DIR"])
def test_kg_serve_keeps_its_builds_in_the_build_dir_setting(tmp_path: Path, option: bool) -> None:
    data = tmp_path / "data.nt"
    data.write_text("<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n")
    from_env, from_option = tmp_path / "env", tmp_path / "option"
    args = [str(data), *(["--out", str(from_option)] if option else [])]
    with kg_serve(*args, env={"KG_BUILD_DIR": str(from_env)}) as url:
        response = requests.get(url + "/sparql", params={"query": "ASK { <http://example.org/a> ?p ?o }"})
        assert response.json()["boolean"] is True
    chosen, ignored = (from_option, from_env) if option else (from_env, from_option)
    assert BuiltDataset.current(chosen / "files") is not None
    assert not ignored.exists()
