"""SHACL validation of the built graph with pyshacl."""

from dataclasses import dataclass

import pyshacl
from rdflib import Graph


@dataclass(frozen=True)
class ValidationReport:
    """Whether the data conforms to the shapes, and pyshacl's readable report."""

    conforms: bool
    text: str
    graph: Graph


def validate(data: Graph, shapes: Graph) -> ValidationReport:
    """Validate `data` (already reasoned over) against `shapes`."""
    if len(shapes) == 0:  # pyshacl would take the data graph for the shapes graph
        return ValidationReport(True, "No shapes to validate against.", Graph())
    # pyshacl adds a few RDFS/OWL axioms to the graphs it is given: hand it copies.
    conforms, report_graph, report_text = pyshacl.validate(
        data_graph=data + Graph(), shacl_graph=shapes + Graph(), inference="none", allow_warnings=True
    )
    return ValidationReport(bool(conforms), str(report_text), report_graph)
