"""`kg eval`: extraction compared with the facts a careful reader records, per article and relation.

Gold files (`kg/data/gold/<slug>.ttl`) are Turtle in the graph's own terms. Actors use the graph's
IRIs (`id:salesforce`); the nodes an article introduces (events, groups, positions, amounts,
quotations, the article's own contracts) use IRIs under `https://techworkers.example/gold/`,
which cannot match anything directly. Each such gold node is first aligned with the extracted
node of the same type that shares the most (mapped) triples with it, greedily, best pair first;
then triples are compared. Free-text values (demands, purposes, claims, orders) match when their
words mostly agree (Dice coefficient of content words >= 0.6), quotations when equal up to
spacing and quote marks, other literals when equal in value.

Gold writers name actors the graph does not know yet by their own reading of the name; an actor
IRI of a gold file that the graph and the gazetteer do not have, but whose local name is the
kebab case of a name they give a node (`id:palantir-technologies` for the gazetteer's
`id:palantir`, alias "Palantir Technologies"), is read as that node; so is one made from an
alias the extraction gives a node (`id:priya-raman` for "Priya N. Raman", who is also known as
"Priya Raman").

Not scored: labels and comments, `tw:reportedIn` (every node has it), and the description of
the source document itself (it comes from the metadata, not the text).
"""

import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SKOS
from rdflib.term import Node

from kg.alignment import align, values_agree
from kg.errors import BuildFailed
from kg.namespaces import CURATED_GRAPH, ID, ONTOLOGY_GRAPH, TW
from kg.sources import PROJECT_ROOT, SHAPES_GRAPH, Inputs, parse_files

GOLD_DIR = PROJECT_ROOT / "kg" / "data" / "gold"
GOLD_PREFIX = "https://techworkers.example/gold/"
UNSCORED = {RDFS.label, RDFS.comment, SKOS.altLabel, SKOS.hiddenLabel, TW.reportedIn}


@dataclass
class Score:
    """Counts behind precision and recall."""

    gold: int = 0
    extracted: int = 0
    correct_extracted: int = 0
    found_gold: int = 0

    @property
    def precision(self) -> float:
        return self.correct_extracted / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.found_gold / self.gold if self.gold else 1.0

    def add(self, other: "Score") -> None:
        self.gold += other.gold
        self.extracted += other.extracted
        self.correct_extracted += other.correct_extracted
        self.found_gold += other.found_gold


@dataclass
class Report:
    """Scores per article and per relation type, and the triples that did not match."""

    curated: bool
    articles: dict[str, Score] = field(default_factory=dict)
    relations: dict[str, Score] = field(default_factory=dict)
    missed: dict[str, list] = field(default_factory=dict)
    wrong: dict[str, list] = field(default_factory=dict)

    @property
    def total(self) -> Score:
        total = Score()
        for score in self.articles.values():
            total.add(score)
        return total


def evaluate(gold_dir: Path = GOLD_DIR, *, curated: bool = True, inputs: Inputs | None = None) -> Report:
    """Extract every article that has a gold file and score it; `curated=False`: extraction alone."""
    from kg.extract.batch import extract_articles, read_articles
    from kg.extract.entities import superclasses

    inputs = inputs or Inputs()
    gold_files = {p.stem: p for p in sorted(Path(gold_dir).glob("*.ttl"))}
    if not gold_files:
        raise BuildFailed(f"No gold files (*.ttl) in {gold_dir}.")
    files = inputs.graph_files()
    ontology, shapes = parse_files(files[ONTOLOGY_GRAPH]), parse_files(files[SHAPES_GRAPH])
    base = parse_files(files[CURATED_GRAPH]) if curated else Graph()
    articles = read_articles(inputs.article_files())
    names = _names_of_known(base)
    results = {r.slug: r for r in extract_articles(articles, base, ontology, shapes)}
    broader = superclasses(ontology)
    report = Report(curated)
    for slug, path in gold_files.items():
        if slug not in results:
            raise BuildFailed(f"{path}: no article named {slug} in the article folders.")
        facts = results[slug].facts
        gold = _renamed(Graph().parse(path, format="turtle"), names | _aliases_given(facts))
        document = URIRef(f"https://techworkers.example/id/{slug}")
        score_article(report, slug, gold, facts, document, broader)
    return report


def _names_of_known(base: Graph) -> dict[URIRef, URIRef]:
    """Each actor IRI a gold writer could have made from a name of a node the linker knows
    (curated when used, and the gazetteer), mapped to that node."""
    from kg.extract.entities import gazetteer
    from kg.extract.iris import actor_iri

    names: dict[URIRef, URIRef] = {}
    for graph in (gazetteer(), base):
        for prop in (RDFS.label, SKOS.altLabel):
            for node, name in graph.subject_objects(prop):
                if isinstance(node, URIRef) and str(node).startswith(str(ID)):
                    names.setdefault(actor_iri(str(name)), node)
    known = set(names.values())
    return {alias: node for alias, node in names.items() if alias not in known}


def _aliases_given(facts: Graph) -> dict[URIRef, URIRef]:
    """Each actor IRI a gold writer could have made from another name the extraction gives a node
    ('Priya Raman' for 'Priya N. Raman'), mapped to that node."""
    from kg.extract.iris import actor_iri

    nodes = set(facts.subjects())
    aliases = {actor_iri(str(name)): node for node, name in facts.subject_objects(SKOS.altLabel)}
    return {alias: node for alias, node in aliases.items() if alias not in nodes}


def _renamed(gold: Graph, names: dict[URIRef, URIRef]) -> Graph:
    renamed = Graph()
    for triple in gold:
        renamed.add(tuple(names.get(term, term) for term in triple))
    return renamed


def scored_triples(graph: Graph, metadata: set[URIRef]) -> set[tuple[Node, Node, Node]]:
    """The triples that count: no labels, no citations, nothing about the document or its
    publisher (the `metadata` nodes), which come from the article's metadata, not its text."""
    return {(s, p, o) for s, p, o in graph if p not in UNSCORED and s not in metadata}


def score_article(
    report: Report,
    slug: str,
    gold_graph: Graph,
    extracted_graph: Graph,
    document: URIRef,
    broader: dict[URIRef, frozenset[URIRef]] | None = None,
) -> None:
    """Add one article's scores to the report. With `broader` (each class's superclasses), a gold
    node may pair with an extracted one of a class above or below its own, and an extracted class
    above the gold's ('a tw:Statement' for the gold's memo) is right, though it finds no gold
    triple."""
    metadata = {document, *extracted_graph.objects(document, TW.publisher)}
    gold = scored_triples(gold_graph, metadata)
    extracted = scored_triples(extracted_graph, metadata)
    quotations = set(gold_graph.subjects(RDF.type, TW.Quotation))
    movable = {s for s, _, _ in gold if str(s).startswith(GOLD_PREFIX)}
    mapping = align(gold, extracted, movable, _matches, broader)
    mapped_gold = {(mapping.get(s, s), p, mapping.get(o, o)) for s, p, o in gold}
    entailed = {  # what the gold's classes say besides: a memo is a statement
        (s, RDF.type, above)
        for s, p, o in mapped_gold
        if p == RDF.type
        for above in (broader or {}).get(o, ())
    }
    exact = {mapping.get(q, q) for q in quotations}
    score = Score(gold=len(gold), extracted=len(extracted))
    report.missed[slug], report.wrong[slug] = [], []
    for triple in sorted(mapped_gold, key=str):
        hit = any(_matches(triple, other, exact) for other in _candidates(extracted, triple))
        score.found_gold += hit
        _relation(report, triple).gold += 1
        _relation(report, triple).found_gold += hit
        if not hit:
            report.missed[slug].append(triple)
    for triple in sorted(extracted, key=str):
        hit = triple in entailed or any(
            _matches(other, triple, exact) for other in _candidates(mapped_gold, triple)
        )
        score.correct_extracted += hit
        _relation(report, triple).extracted += 1
        _relation(report, triple).correct_extracted += hit
        if not hit:
            report.wrong[slug].append(triple)
    report.articles[slug] = score


def _relation(report: Report, triple) -> Score:
    predicate = triple[1]
    name = f"a {_local(triple[2])}" if predicate == RDF.type else _local(predicate)
    return report.relations.setdefault(name, Score())


def _local(term: Node) -> str:
    return re.split(r"[#/]", str(term))[-1]


def _candidates(triples: set, triple) -> list:
    return [t for t in triples if t[0] == triple[0] and t[1] == triple[1]]


def _matches(gold: tuple, extracted: tuple, exact: frozenset | set = frozenset()) -> bool:
    """Same subject and predicate, and objects that agree (leniently for free text; quotations of
    the nodes in `exact` must be the same words)."""
    if gold[:2] != extracted[:2]:
        return False
    a, b = gold[2], extracted[2]
    if gold[1] == TW.text and gold[0] in exact:
        return isinstance(b, Literal) and _normal(str(a)) == _normal(str(b))
    return values_agree(a, b)


def _normal(text: str) -> str:
    text = text.replace("’", "'").replace("“", '"').replace("”", '"')
    return re.sub(r"\s+", " ", text).strip(" \"',.")


def format_report(report: Report) -> str:
    """The scores as two text tables."""
    mode = (
        "extraction linked against the curated graph" if report.curated else "extraction alone (--no-curated)"
    )
    lines = [f"Evaluation: {mode}", "", f"{'article':<40} {'gold':>5} {'extr':>5} {'P':>6} {'R':>6}"]
    for slug, score in [*report.articles.items(), ("all articles", report.total)]:
        lines.append(
            f"{slug:<40} {score.gold:>5} {score.extracted:>5} {score.precision:>6.1%} {score.recall:>6.1%}"
        )
    lines += ["", f"{'relation':<40} {'gold':>5} {'extr':>5} {'P':>6} {'R':>6}"]
    for name, score in sorted(report.relations.items()):
        lines.append(
            f"{name:<40} {score.gold:>5} {score.extracted:>5} {score.precision:>6.1%} {score.recall:>6.1%}"
        )
    return "\n".join(lines)


def format_differences(report: Report) -> str:
    """The gold triples not found and the extracted triples not in the gold, per article."""
    lines = []
    for slug in report.articles:
        lines.append(f"== {slug}")
        lines += [f"  missed: {_short(t)}" for t in report.missed[slug]]
        lines += [f"  wrong:  {_short(t)}" for t in report.wrong[slug]]
    return "\n".join(lines)


def _short(triple) -> str:
    return "  ".join(_local(t) if isinstance(t, URIRef) else repr(str(t))[:70] for t in triple)
