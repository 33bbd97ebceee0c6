"""Settings: one table, every entry documented, environment variables honoured."""

from pathlib import Path

import pytest

from server import create_app
from server.settings import SETTINGS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


@pytest.mark.parametrize("setting", SETTINGS, ids=lambda s: s.name)
def test_readme_documents_each_setting(setting) -> None:
    assert f"`KG_{setting.name}`" in README


def test_environment_overrides_defaults(build_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_QUERY_TIMEOUT", "2.5")
    monkeypatch.setenv("KG_QUERY_WORKERS", "1")
    app = create_app({"BUILD_DIR": str(build_dir)})
    try:
        engine = app.extensions["kg"].engine
        assert engine.timeout == 2.5
        assert len(engine.worker_pids()) == 1
    finally:
        app.extensions["kg"].engine.close()
