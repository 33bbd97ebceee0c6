"""A built store behind rdflib's API: code written against rdflib reads Oxigraph's compiled store.

oxrdflib's `OxigraphStore` maps rdflib's Store API onto a pyoxigraph `Store`, nothing copied.
One mapping is changed here. rdflib's `Graph.query` always tells the store which graph it was
called on, and oxrdflib 0.5.0 passes that to pyoxigraph as the query's default graph, which
replaces a dataset the query names itself: `SELECT ... FROM <g>` would read the Dataset's default
graph instead of <g>. So a query with FROM or FROM NAMED is evaluated on the dataset it names.

And one refusal: when oxrdflib cannot take a query (a prepared `Query`, or options such as
`base=`) it raises NotImplementedError, on which rdflib quietly evaluates with its own engine,
which fetches the IRIs of a query's FROM from the web, in the calling process. Here such a call
is a TypeError instead: every query through this view runs on Oxigraph, which loads nothing.
"""

import pyoxigraph as ox
from oxrdflib import OxigraphStore
from rdflib import Dataset

from kg.query_guard import dataset_iris

_QUERY_NAMES_ITS_DATASET = "query's own dataset"  # for oxrdflib: neither a graph nor the union


class _Store(OxigraphStore):
    """oxrdflib's store, leaving a query's FROM and FROM NAMED in force."""

    def query(self, query, initNs, initBindings, queryGraph, **kwargs):  # noqa: N803 (rdflib's names)
        if not isinstance(query, str) or kwargs:
            raise TypeError("Queries on the built store are given as text, without options.")
        if dataset_iris(query):
            queryGraph = _QUERY_NAMES_ITS_DATASET  # noqa: N806
        return super().query(query, initNs, initBindings, queryGraph)


def rdflib_view(store: ox.Store) -> Dataset:
    """The store as an rdflib Dataset: its default graph and named graphs, read in place."""
    return Dataset(store=_Store(store=store))
