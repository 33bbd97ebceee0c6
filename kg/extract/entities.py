"""The entities an article's mentions can resolve to, and the names each is found by.

An `EntityIndex` holds every name the linker knows: the labels and aliases of the graph the article
is added to, then of the gazetteer of well-known actors (`patterns/gazetteer.ttl`). Names are
compared by `name_key` (case, accents, dots, possessives and a leading 'the' do not count), also
without a leading 'U.S.', without a company's legal designator ('Inc.') and, for people, without
middle initials; an acronym is the initials of a known name. The ontology's class hierarchy
(`superclasses`, `is_subclass`) is computed once per ontology graph.
"""

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from rdflib import OWL, RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS
from spacy.matcher import PhraseMatcher
from spacy.tokens import Span

from kg.extract.pipeline import PATTERNS_DIR, read_patterns
from kg.namespaces import ID, TW

_ACRONYM_SKIP = {"of", "and", "the", "for", "on", "in", "&", "to", "us", "u.s.", "u.s"}


def name_key(text: str) -> str:
    """How names are compared: case, accents, dots, possessives and a leading 'the' do not count."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"['’]s\b", "", text.replace("’", "'"))
    text = re.sub(r"(?<=\w)\.(?=\w)|\.$", "", text)
    words = re.findall(r"[a-z0-9&]+", text)
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def name_variants(label: str) -> set[str]:
    """The keys a name is found under: as written, and without a leading 'U.S.'."""
    key = name_key(label)
    variants = {key}
    for prefix in ("us ", "united states "):
        if key.startswith(prefix) and len(key) > len(prefix) + 3:
            variants.add(key[len(prefix) :])
    return variants


def without_initials(name: str) -> str | None:
    """'Priya N. Raman' -> 'Priya Raman': a person's name without its middle initials, by which
    other reporting may know them; None for a name that has none."""
    parts = name.split()
    if len(parts) < 3:
        return None
    kept = [parts[0], *(p for p in parts[1:-1] if not re.fullmatch(r"[A-Z]\.", p)), parts[-1]]
    return " ".join(kept) if len(kept) < len(parts) else None


def acronym_of(label: str) -> str | None:
    """'U.S. Customs and Border Protection' -> 'CBP'; None for names of one word."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’.-]*", label) if w.lower() not in _ACRONYM_SKIP]
    initials = "".join(w[0] for w in words if w[0].isupper())
    return initials if len(initials) >= 3 else None


@dataclass
class Entity:
    """A node a mention can resolve to."""

    iri: URIRef
    label: str
    kind: URIRef
    origin: str  # "graph" (already described there), "gazetteer" or "article" (new)


@dataclass
class Mention:
    """A stretch of the article that names an entity."""

    span: Span
    entity: Entity

    @property
    def iri(self) -> URIRef:
        return self.entity.iri


@cache
def gazetteer() -> Graph:
    """The well-known actors of `patterns/gazetteer.ttl` (parsed once; not to be changed)."""
    return Graph().parse(PATTERNS_DIR / "gazetteer.ttl", format="turtle")


@cache
def org_typing() -> dict:
    return read_patterns("org_types.json")


@cache
def name_words(*kinds: str) -> frozenset[str]:
    """The words that name organizations of these kinds (`name_words` of org_types.json; all
    kinds when none is given): 'department', 'foundation', 'council' ..."""
    words = org_typing()["name_words"]
    return frozenset(w for kind in kinds or tuple(words) for w in words[kind])


def _most_specific(types: set[URIRef], ontology: Graph) -> URIRef | None:
    """The one type of `types` that no other of them is a superclass of (by the ontology)."""
    ours = [t for t in types if str(t).startswith(str(TW))]
    for candidate in ours:
        if not any(other != candidate and (other, RDFS.subClassOf, candidate) in ontology for other in ours):
            return candidate
    return ours[0] if ours else None


@dataclass
class EntityIndex:
    """Every name the linker knows, and the entity each stands for."""

    known: Graph
    ontology: Graph
    entities: dict[URIRef, Entity] = field(default_factory=dict)
    names: dict[str, set[URIRef]] = field(default_factory=lambda: defaultdict(set))
    acronyms: dict[str, set[URIRef]] = field(default_factory=lambda: defaultdict(set))
    surnames: dict[str, set[URIRef]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def from_graph(cls, known: Graph, ontology: Graph, use_gazetteer: bool = True) -> "EntityIndex":
        index = cls(known, ontology)
        index._add_graph(known, "graph")
        if use_gazetteer:
            index._add_graph(gazetteer(), "gazetteer")
        return index

    def _add_graph(self, graph: Graph, origin: str) -> None:
        for node, label in graph.subject_objects(RDFS.label):
            if not isinstance(node, URIRef) or not str(node).startswith(str(ID)):
                continue
            if node not in self.entities:  # else known already: the aliases below still count
                kind = _most_specific(set(graph.objects(node, RDF.type)), self.ontology)
                if kind is None or not _is_actor_kind(kind, self.ontology):
                    continue
                self.add(Entity(node, str(label), kind, origin))
            for alias in (*graph.objects(node, SKOS.altLabel), *graph.objects(node, SKOS.hiddenLabel)):
                self.add_name(node, str(alias))

    def add(self, entity: Entity) -> None:
        """Know an entity by its label (and acronym, and surname for a person)."""
        self.entities[entity.iri] = entity
        self.add_name(entity.iri, entity.label)
        if entity.kind == TW.Person:
            parts = entity.label.split()
            if len(parts) >= 2:
                self.surnames[name_key(parts[-1])].add(entity.iri)
            if (plain := without_initials(entity.label)) is not None:
                self.add_name(entity.iri, plain)  # "Priya Raman" in a later article: "Priya N. Raman"
        elif self.is_organization(entity.kind) and (acronym := acronym_of(entity.label)):
            self.acronyms[acronym].add(entity.iri)
        if entity.kind == TW.Company and (plain := _without_legal_designators(entity.label)):
            self.names[plain].add(entity.iri)  # "Palantir" in a later article: "Palantir Technologies"

    def add_name(self, iri: URIRef, name: str) -> None:
        if re.fullmatch(r"[A-Z][A-Za-z]{1,5}", name) and name.upper() == name.replace("o", "O"):
            self.acronyms[name.upper()].add(iri)  # DoD, ICE: matched by exact letters only
            return
        for key in name_variants(name):
            if key:
                self.names[key].add(iri)

    def is_organization(self, kind: URIRef) -> bool:
        return is_subclass(kind, TW.Organization, self.ontology)

    def find(self, name: str) -> Entity | None:
        """The entity a full name or alias stands for, if exactly one (a company's name also
        without 'Inc.', 'Technologies' and the like: 'Palantir Technologies' is the graph's
        'Palantir')."""
        for key in name_variants(name):
            found = self.names.get(key, set())
            if len(found) == 1:
                return self.entities[next(iter(found))]
        if (plain := _without_legal_designators(name)) is not None:
            found = {i for i in self.names.get(plain, set()) if self.entities[i].kind == TW.Company}
            if len(found) == 1:
                return self.entities[next(iter(found))]
        return None

    def find_acronym(self, text: str) -> Entity | None:
        found = self.acronyms.get(text.upper(), set()) if text.isupper() else set()
        return self.entities[next(iter(found))] if len(found) == 1 else None

    def phrase_matcher(self, nlp) -> PhraseMatcher:
        """Matches every known multi-word name and acronym in a text."""
        matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for key, iris in self.names.items():
            if len(iris) == 1:
                matcher.add(str(next(iter(iris))), [nlp.make_doc(key)])
        for acronym, iris in self.acronyms.items():
            if len(iris) == 1:
                matcher.add(str(next(iter(iris))), [nlp.make_doc(acronym.lower())])
        return matcher


def superclasses(ontology: Graph) -> dict[URIRef, frozenset[URIRef]]:
    """Each class of the ontology and all its superclasses (itself included), transitively."""
    classes = set(ontology.subjects(RDFS.subClassOf)) | set(ontology.subjects(RDF.type, OWL.Class))
    return {c: frozenset(ontology.transitive_objects(c, RDFS.subClassOf)) for c in classes}


def is_subclass(kind: URIRef, of: URIRef, ontology: Graph) -> bool:
    """Whether `kind` is `of` or one of its subclasses."""
    return of in _superclasses_of(ontology).get(kind, frozenset({kind}))


_SUPERCLASSES: dict[int, tuple[Graph, dict]] = {}


def _superclasses_of(ontology: Graph) -> dict[URIRef, frozenset[URIRef]]:
    """`superclasses(ontology)`, computed once per ontology graph object."""
    cached = _SUPERCLASSES.get(id(ontology))
    if cached is None or cached[0] is not ontology:
        cached = _SUPERCLASSES[id(ontology)] = (ontology, superclasses(ontology))
    return cached[1]


def _is_actor_kind(kind: URIRef, ontology: Graph) -> bool:
    return any(
        is_subclass(kind, base, ontology) for base in (TW.Agent, TW.Technology, TW.Place, TW.Policy)
    ) and not is_subclass(kind, TW.Group, ontology)


def _without_legal_designators(name: str) -> str | None:
    """'palantir' for 'Palantir Technologies', 'oracle' for 'Oracle Corp.'; None when nothing is
    left or nothing was taken off."""
    words = name_key(name).split()
    cut = len(words)
    legal = set(org_typing()["legal_designators"])  # words a name may go without in another article
    while cut > 1 and words[cut - 1] in legal:
        cut -= 1
    return " ".join(words[:cut]) if cut < len(words) else None
