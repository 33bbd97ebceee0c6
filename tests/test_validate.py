"""SHACL validation of the reasoned graph: IRIs that owl:sameAs joins count as one; completeness
checks the articles cannot always meet are warnings."""

from rdflib import OWL, RDF, Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.namespaces import ID, TW
from kg.reason import inferred_graph
from kg.sources import SHAPES_GRAPH
from kg.validate import one_name_each, validate

WIKIDATA_BEZOS = URIRef("http://www.wikidata.org/entity/Q312556")
QUOTATION = ID["test-quotation-1"]
ARTICLE = ID["test-article"]


def _quoting_bezos(ontology: Graph) -> Graph:
    """A quotation by Jeff Bezos, whom the graph also names by his Wikidata IRI, reasoned over."""
    data = Graph()
    data += ontology
    data.add((ID["jeff-bezos"], RDF.type, TW.Person))
    data.add((ID["jeff-bezos"], OWL.sameAs, WIKIDATA_BEZOS))
    data.add((QUOTATION, RDF.type, TW.Quotation))
    data.add((QUOTATION, TW.speaker, ID["jeff-bezos"]))
    data.add((QUOTATION, TW.text, Literal("We are going to continue to support the DoD")))
    data.add((QUOTATION, TW.reportedIn, ARTICLE))
    return data + inferred_graph(data)


def test_a_quotation_by_someone_with_two_names_has_one_speaker(project_graphs: dict) -> None:
    from kg.namespaces import ONTOLOGY_GRAPH

    data = _quoting_bezos(project_graphs[ONTOLOGY_GRAPH])
    assert len(set(data.objects(QUOTATION, TW.speaker))) == 2  # the closure copies the speaker
    assert len(set(one_name_each(data).objects(QUOTATION, TW.speaker))) == 1
    report = validate(data, project_graphs[SHAPES_GRAPH])
    assert "speaker" not in report.text, report.text


def test_a_petition_without_addressee_is_a_warning(project_graphs: dict) -> None:
    from kg.namespaces import ONTOLOGY_GRAPH

    data = Graph()
    data += project_graphs[ONTOLOGY_GRAPH]
    petition, group = ID["test-petition-1"], ID["test-group-1"]
    data.add((petition, RDF.type, TW.Petition))
    data.add((petition, TW.agent, group))
    data.add((petition, TW.reportedIn, ARTICLE))
    data.add((group, RDF.type, TW.PersonGroup))
    report = validate(data + inferred_graph(data), project_graphs[SHAPES_GRAPH])
    severities = {
        report.graph.value(result, SH.resultSeverity)
        for result in report.graph.subjects(SH.resultPath, TW.addressedTo)
        if report.graph.value(result, SH.focusNode) == petition
    }
    assert severities == {SH.Warning}, report.text
    assert any(line.startswith(f"{petition} tw:addressedTo: ") for line in report.warnings), report.warnings
