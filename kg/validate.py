"""SHACL validation of the built graph with pyshacl."""

from dataclasses import dataclass

import pyshacl
from rdflib import OWL, Graph, URIRef
from rdflib.namespace import SH

from kg.namespaces import ID


@dataclass(frozen=True)
class ValidationReport:
    """Whether the data conforms to the shapes, and pyshacl's readable report."""

    conforms: bool
    text: str
    graph: Graph

    @property
    def warnings(self) -> list[str]:
        """One line per result of severity sh:Warning (they do not stop a build): the node, what
        it lacks, the shape's message."""
        lines = []
        for result in self.graph.subjects(SH.resultSeverity, SH.Warning):
            focus = self.graph.value(result, SH.focusNode)
            path = self.graph.value(result, SH.resultPath)
            message = self.graph.value(result, SH.resultMessage)
            where = f" {self.graph.namespace_manager.normalizeUri(path)}" if isinstance(path, URIRef) else ""
            lines.append(f"{focus}{where}: {message}")
        return sorted(lines)


def validate(data: Graph, shapes: Graph) -> ValidationReport:
    """Validate `data` (already reasoned over) against `shapes`."""
    if len(shapes) == 0:  # pyshacl would take the data graph for the shapes graph
        return ValidationReport(True, "No shapes to validate against.", Graph())
    # pyshacl adds a few RDFS/OWL axioms to the graphs it is given: hand it copies.
    conforms, report_graph, report_text = pyshacl.validate(
        data_graph=one_name_each(data), shacl_graph=shapes + Graph(), inference="none", allow_warnings=True
    )
    return ValidationReport(bool(conforms), str(report_text), report_graph)


def one_name_each(data: Graph) -> Graph:
    """A copy of `data` with each set of IRIs that owl:sameAs says name one thing written as one:
    SHACL counts IRIs, so a quotation by `id:jeff-bezos`, whom the graph also calls `wd:Q312556`,
    would otherwise have two speakers. This graph's own IRI stands for the set."""
    parent: dict[URIRef, URIRef] = {}

    def root(node: URIRef) -> URIRef:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    for a, b in data.subject_objects(OWL.sameAs):
        if isinstance(a, URIRef) and isinstance(b, URIRef) and a != b:
            first, second = sorted((root(a), root(b)), key=lambda n: (not str(n).startswith(str(ID)), str(n)))
            if first != second:
                parent[second] = first
    names = {node: root(node) for node in parent}
    copy = Graph()
    for s, p, o in data:
        s, o = names.get(s, s), names.get(o, o)
        if not (p == OWL.sameAs and s == o):
            copy.add((s, p, o))
    return copy
