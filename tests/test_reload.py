"""A running server switches to a new build without a restart."""

import time
from pathlib import Path

from kg.build import build
from server import create_app
from server.state import RELOAD_CHECK_SECONDS
from tests.test_build import GOOD, small_inputs

COUNT_COMPANIES = (
    "PREFIX tw: <https://techworkers.example/ontology#> "
    "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { ?c a tw:Company }"
)


def company_count(client) -> int:
    response = client.get("/sparql", query_string={"query": COUNT_COMPANIES})
    assert response.status_code == 200, response.text
    return int(response.json["results"]["bindings"][0]["n"]["value"])


def test_server_serves_a_new_build_after_the_reload_check(tmp_path: Path) -> None:
    inputs = small_inputs(tmp_path, GOOD)
    build(tmp_path / "out", inputs)
    app = create_app({"BUILD_DIR": str(tmp_path / "out"), "QUERY_WORKERS": 1})
    try:
        client = app.test_client()
        assert company_count(client) == 1
        (tmp_path / "curated" / "more.ttl").write_text(GOOD.replace("acme", "globex"))
        build(tmp_path / "out", inputs)
        time.sleep(RELOAD_CHECK_SECONDS + 0.1)
        assert company_count(client) == 2
        assert client.get("/id/globex", headers={"Accept": "text/turtle"}).status_code == 200
    finally:
        app.extensions["kg"].close()
