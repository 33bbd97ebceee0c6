"""The README's example queries give the answers the README shows."""

import csv
import io
import re
from pathlib import Path

import pytest
import requests

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()
PREFIXES = """\
PREFIX tw: <https://techworkers.example/ontology#>
PREFIX id: <https://techworkers.example/id/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX schema: <https://schema.org/>
"""
EXAMPLES = re.findall(r"```sparql\n(.*?)```\n```\n(.*?)```", README, re.DOTALL)


def test_the_readme_has_examples() -> None:
    assert len(EXAMPLES) >= 3


@pytest.mark.parametrize(("query", "answer"), EXAMPLES, ids=lambda text: text.split("\n")[0][:40])
def test_readme_example_answers_as_shown(sparql_url: str, query: str, answer: str) -> None:
    response = requests.post(sparql_url, data={"query": PREFIXES + query}, headers={"Accept": "text/csv"})
    assert response.status_code == 200, response.text
    got = list(csv.reader(io.StringIO(response.text)))
    shown = list(csv.reader(io.StringIO(answer)))
    assert got[0] == shown[0]
    assert sorted(got[1:]) == sorted(shown[1:])


def test_the_curl_example_answers_as_shown(sparql_url: str) -> None:
    curl = re.search(r"--data-urlencode 'query=(.*?)'\n", README, re.DOTALL).group(1)
    shown = re.search(r"```\n(agency\n.*?)```", README, re.DOTALL).group(1)
    response = requests.post(sparql_url, data={"query": curl}, headers={"Accept": "text/csv"})
    assert sorted(csv.reader(io.StringIO(response.text))) == sorted(csv.reader(io.StringIO(shown)))
