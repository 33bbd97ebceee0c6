"""The query engine's evaluation: engine errors become typed errors, never a dead worker."""

import pyoxigraph as ox
import pytest

from kg.engine import QueryJob, evaluate
from kg.errors import BadQuery


def test_an_unsupported_function_is_a_bad_query() -> None:
    job = QueryJob("SELECT (<http://example.org/function>(1) AS ?x) {}", results_format="json")
    with pytest.raises(BadQuery, match="not supported"):
        evaluate(ox.Store(), job)
