"""Generate a dataset shaped like the served knowledge graph, of an exact number of quads.

Run: python benchmarks/generate.py --size 100000 --out build/bench/kg-100000.nq
         [--seed-dataset build/current/dataset.nq] [--rng-seed 0]

The output is N-Quads. It starts with the ontology, curated and inferred graphs of the seed build
(as `kg build` wrote them; its other graphs, the extraction evidence and provenance, grow with the
source articles rather than with the facts, and are left out) and adds synthetic clusters until it
holds exactly
`--size` quads: companies with executives in positions, agencies in part-of hierarchies under the
seed's departments, contracts between them, petitions with named signatories, the companies'
responses and memos with dates, news articles reporting all of it, each with one `rdfs:label`.

The served graph is reasoned, and most of its triples are inferences, so the generator adds what
the OWL 2 RL closure would add for the generated facts, read off the seed's reasoned ontology:
superclass types, domain and range types, super-properties, equivalent and inverse properties,
the property chains `tw:hasContractWith` and `tw:worksFor`, and the transitive `tw:partOf`. They
go to the inferred graph, the asserted facts to the curated graph, and no triple is in both. A
seeded random number generator makes the output a function of its arguments alone.
"""

import argparse
import random
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

BASE = "https://techworkers.example/"
TW = BASE + "ontology#"
ID = BASE + "id/"
CURATED = f"<{BASE}graph/curated>"
INFERRED = f"<{BASE}graph/inferred>"
SEED_GRAPHS = frozenset({f"{BASE}graph/ontology", f"{BASE}graph/curated", f"{BASE}graph/inferred"})
RDF_TYPE = "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS_ALT_LABEL = "<http://www.w3.org/2004/02/skos/core#altLabel>"
XSD = "http://www.w3.org/2001/XMLSchema#"
LABEL = f"<{RDFS}label>"
OWL_THING = f"<{OWL}Thing>"

# Seed resources the generated data hangs on, where the seed has them.
SEED_DEPARTMENTS = ("us-department-of-homeland-security", "us-department-of-defense")
SEED_POLICIES = ("family-separation-policy", "us-mexico-border-policies")

_SYLLABLES = "al bri cor dex el fen gra hal ix jor kel lum mar nov or pax quin ros sol tal ul ver wen".split()
_COMPANY_KINDS = "Systems Labs Technologies Cloud Data Networks Software Analytics".split()
_FIRST_NAMES = (
    "Ada Ben Chen Dana Eli Fatima Grace Hiro Ines Jamal Kofi Lena Maya Nina Omar Priya Rosa".split()
)
_LAST_NAMES = (
    "Abe Brooks Castro Diallo Evans Fischer Garcia Haddad Ito Jensen Kim Lopez Müller Okafor".split()
)
_AGENCY_WORDS = (
    "Border Customs Immigration Defense Health Energy Transportation Intelligence Veterans Housing "
    "Justice Treasury Labor Commerce"
).split()
_AGENCY_KINDS = "Service Bureau Agency Office Administration Directorate Command".split()
_PURPOSES = (
    "cloud hosting",
    "facial recognition",
    "recruiting software",
    "data analytics",
    "case management",
    "surveillance drones",
    "payroll services",
    "translation tools",
)
_QUALIFIERS = ("MoreThan", "AtLeast", "Approximately", "Exactly")


def iri(value: str) -> str:
    return f"<{value}>"


def resource(slug: str) -> str:
    return iri(ID + slug)


def term(local_name: str) -> str:
    return iri(TW + local_name)


def literal(text: str, datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"' if datatype is None else f'"{escaped}"^^<{XSD}{datatype}>'


class Closure:
    """What the OWL 2 RL rules add for one triple, read off a reasoned ontology.

    Covers class and property hierarchies (with equivalences), inverses, domains and ranges;
    chains and transitivity are the generator's business, since they join several triples.
    """

    def __init__(self, schema: Iterable[tuple[str, str, str]]) -> None:
        self._super_classes: dict[str, set[str]] = defaultdict(set)
        self._super_properties: dict[str, set[str]] = defaultdict(set)
        self._inverses: dict[str, set[str]] = defaultdict(set)
        self._domains: dict[str, set[str]] = defaultdict(set)
        self._ranges: dict[str, set[str]] = defaultdict(set)
        for s, p, o in schema:
            if p == f"<{RDFS}subClassOf>":
                self._super_classes[s].add(o)
            elif p == f"<{OWL}equivalentClass>":
                self._super_classes[s].add(o)
                self._super_classes[o].add(s)
            elif p == f"<{RDFS}subPropertyOf>":
                self._super_properties[s].add(o)
            elif p == f"<{OWL}equivalentProperty>":
                self._super_properties[s].add(o)
                self._super_properties[o].add(s)
            elif p == f"<{OWL}inverseOf>":
                self._inverses[s].add(o)
                self._inverses[o].add(s)
            elif p == f"<{RDFS}domain>":
                self._domains[s].add(o)
            elif p == f"<{RDFS}range>":
                self._ranges[s].add(o)
        self._types_cache: dict[str, list[str]] = {}
        self._views_cache: dict[str, list[tuple[str, bool]]] = {}

    def types(self, cls: str) -> list[str]:
        """Every class an instance of `cls` belongs to, `cls` and owl:Thing included, sorted."""
        if cls not in self._types_cache:
            found = {cls, OWL_THING}
            todo = [cls]
            while todo:
                for parent in self._super_classes.get(todo.pop(), ()):
                    if parent not in found:
                        found.add(parent)
                        todo.append(parent)
            self._types_cache[cls] = sorted(found)
        return self._types_cache[cls]

    def views(self, prop: str) -> list[tuple[str, bool]]:
        """Every (property, inverted) that `s prop o` entails, itself included, sorted."""
        if prop not in self._views_cache:
            found = {(prop, False)}
            todo = [(prop, False)]
            while todo:
                current, inverted = todo.pop()
                reached = [(p, inverted) for p in self._super_properties.get(current, ())]
                reached += [(p, not inverted) for p in self._inverses.get(current, ())]
                for view in reached:
                    if view not in found:
                        found.add(view)
                        todo.append(view)
            self._views_cache[prop] = sorted(found)
        return self._views_cache[prop]

    def entailed(self, s: str, p: str, o: str) -> list[tuple[str, str, str]]:
        """The triples `s p o` entails, itself included (terms in N-Triples syntax)."""
        if p == RDF_TYPE:
            return [(s, RDF_TYPE, cls) for cls in self.types(o)]
        object_is_node = not o.startswith('"')
        triples = []
        for prop, inverted in self.views(p):
            subject, obj = (o, s) if inverted else (s, o)
            if inverted and not object_is_node:
                continue
            triples.append((subject, prop, obj))
            for cls in sorted(self._domains.get(prop, ())):
                triples += [(subject, RDF_TYPE, c) for c in self.types(cls)]
            if not obj.startswith('"'):
                for cls in sorted(self._ranges.get(prop, ())):
                    triples += [(obj, RDF_TYPE, c) for c in self.types(cls)]
        return triples


class SizeReached(Exception):
    """The output holds the requested number of quads."""


class QuadWriter:
    """Writes unique quads to a file until it holds `size` of them."""

    def __init__(self, out, size: int, closure: Closure) -> None:
        self.out = out
        self.size = size
        self.closure = closure
        self.count = 0
        self._seen: set[str] = set()

    def write_seed(self, quads: Iterable[ox.Quad]) -> None:
        """Copy the seed dataset as it is."""
        for quad in quads:
            triple = f"{quad.subject} {quad.predicate} {quad.object}"
            self._seen.add(triple)  # generated triples already in any seed graph are left out
            self._write(f"{triple} {quad.graph_name} .\n")

    def assert_facts(self, triples: Iterable[tuple[str, str, str]]) -> None:
        """Write curated triples, then what they entail to the inferred graph."""
        triples = list(triples)
        for s, p, o in triples:
            self._add(s, p, o, CURATED)
        self.infer(triples)

    def infer(self, triples: Iterable[tuple[str, str, str]]) -> None:
        """Write what `triples` entail, and the triples themselves if new, to the inferred graph."""
        for s, p, o in triples:
            for entailed in self.closure.entailed(s, p, o):
                self._add(*entailed, INFERRED)

    def _add(self, s: str, p: str, o: str, graph: str) -> None:
        triple = f"{s} {p} {o}"
        if triple in self._seen:
            return
        self._seen.add(triple)
        self._write(f"{triple} {graph} .\n")

    def _write(self, line: str) -> None:
        if self.count >= self.size:
            raise SizeReached
        self.out.write(line)
        self.count += 1


class Generator:
    """Synthetic clusters: one company, its people, contracts, petitions and their coverage."""

    def __init__(self, writer: QuadWriter, rng: random.Random, seed_subjects: set[str]) -> None:
        self.w = writer
        self.rng = rng
        self.agencies: list[tuple[str, str, list[str]]] = []  # (IRI, label, ancestors nearest first)
        self.policies = [resource(s) for s in SEED_POLICIES if resource(s) in seed_subjects]
        self.publishers: list[str] = []
        for slug in SEED_DEPARTMENTS:
            if resource(slug) in seed_subjects:
                self.agencies.append((resource(slug), slug.replace("-", " "), []))

    def run(self) -> None:
        """Write clusters until the writer's size is reached."""
        for k in range(8):
            self.policy(k)
        for k in range(20):
            self.publisher(k)
        for k in range(3):
            self.agency(k, parent=None)
        index = 0
        try:
            while True:
                if self.rng.random() < 0.35:
                    parents = [a for a in self.agencies if len(a[2]) < 4]
                    top = self.rng.random() < 0.1
                    self.agency(len(self.agencies), parent=None if top else self.rng.choice(parents))
                self.company(index)
                index += 1
        except SizeReached:
            return

    def policy(self, k: int) -> None:
        node = resource(f"policy-{k}")
        label = f"{self.rng.choice(_AGENCY_WORDS)} enforcement policy {k}"
        self.w.assert_facts(
            [
                (node, RDF_TYPE, term("Policy")),
                (node, LABEL, literal(label)),
                (node, iri(RDFS + "comment"), literal(f"A government policy on {label.lower()}.")),
            ]
        )
        self.policies.append(node)

    def publisher(self, k: int) -> None:
        node = resource(f"news-organization-{k}")
        self.w.assert_facts(
            [(node, RDF_TYPE, term("NewsOrganization")), (node, LABEL, literal(f"{self.name()} News"))]
        )
        self.publishers.append(node)

    def agency(self, k: int, parent: tuple[str, str, list[str]] | None) -> None:
        node = resource(f"agency-{k}")
        words = self.rng.sample(_AGENCY_WORDS, 2)
        label = f"{words[0]} and {words[1]} {self.rng.choice(_AGENCY_KINDS)} {k}"
        facts = [
            (node, RDF_TYPE, term("GovernmentAgency")),
            (node, LABEL, literal(label)),
            (node, SKOS_ALT_LABEL, literal("".join(w[0] for w in label.split() if w[0].isupper()) + str(k))),
        ]
        ancestors: list[str] = []
        if parent is not None:
            facts.append((node, term("componentOf"), parent[0]))
            ancestors = [parent[0], *parent[2]]
        if self.policies and self.rng.random() < 0.3:
            facts.append((node, term("involvedIn"), self.rng.choice(self.policies)))
        self.w.assert_facts(facts)
        self.w.infer((node, term("partOf"), ancestor) for ancestor in ancestors[1:])
        self.agencies.append((node, label, ancestors))

    def company(self, i: int) -> None:
        rng, w = self.rng, self.w
        name = f"{self.name()} {rng.choice(_COMPANY_KINDS)}"
        company, article = resource(f"company-{i}"), resource(f"article-{i}")
        reported = (term("reportedIn"), article)
        clients = [rng.choice(self.agencies) for _ in range(rng.randint(1, 4))]
        published = self.date(2015, 2024)
        title = f"{name} employees protest contracts with the {clients[0][1]}"
        w.assert_facts(
            [
                (article, RDF_TYPE, term("NewsArticle")),
                (article, LABEL, literal(title)),
                (article, term("title"), literal(title)),
                (article, term("publisher"), rng.choice(self.publishers)),
                (article, term("datePublished"), literal(published, "date")),
                (article, term("webPage"), iri(f"https://news.example/{published}/company-{i}")),
                (company, RDF_TYPE, term("Company")),
                (company, LABEL, literal(name)),
                (company, *reported),
            ]
        )
        employees = resource(f"company-{i}-employees")
        w.assert_facts(
            [
                (employees, RDF_TYPE, term("PersonGroup")),
                (employees, LABEL, literal(f"{name} employees")),
                (employees, term("membersWorkFor"), company),
            ]
        )
        executives = [self.executive(i, company, name, role, reported) for role in ("CEO", "COO")]
        for j, (agency, agency_label, _) in enumerate(clients):
            contract = resource(f"company-{i}-contract-{j}")
            w.assert_facts(
                [
                    (contract, RDF_TYPE, term("Contract")),
                    (contract, LABEL, literal(f"{name} contract with the {agency_label}")),
                    (contract, term("contractor"), company),
                    (contract, term("client"), agency),
                    (contract, term("startDate"), literal(self.date(2012, 2024)[:7], "gYearMonth")),
                    (contract, term("purpose"), literal(f"Providing {rng.choice(_PURPOSES)}.")),
                    (contract, *reported),
                ]
            )
            w.infer([(company, term("hasContractWith"), agency)])
            if rng.random() < 0.5:
                self.petition(
                    f"company-{i}-contract-{j}",
                    company,
                    name,
                    contract,
                    executives[0],
                    employees,
                    agency_label,
                    reported,
                )

    def executive(self, i: int, company: str, company_name: str, role: str, reported) -> str:
        person = resource(f"company-{i}-{role.lower()}")
        position = resource(f"company-{i}-{role.lower()}-position")
        person_name = self.person_name()
        role_term = term("ChiefExecutiveOfficer" if role == "CEO" else "ChiefOperatingOfficer")
        self.w.assert_facts(
            [
                (person, RDF_TYPE, term("Person")),
                (person, LABEL, literal(person_name)),
                (person, *reported),
                (position, RDF_TYPE, term("Position")),
                (position, LABEL, literal(f"{person_name}, {role} of {company_name}")),
                (position, term("holder"), person),
                (position, term("role"), role_term),
                (position, term("positionIn"), company),
            ]
        )
        self.w.infer([(person, term("worksFor"), company)])
        return person

    def petition(
        self,
        slug: str,
        company: str,
        name: str,
        contract: str,
        ceo: str,
        employees: str,
        agency_label: str,
        reported,
    ) -> None:
        rng, w = self.rng, self.w
        petition, signers = resource(f"{slug}-petition"), resource(f"{slug}-signatories")
        signed = self.date(2016, 2024)
        members = []
        for k in range(rng.randint(2, 12)):
            person = resource(f"{slug}-signatory-{k}")
            w.assert_facts([(person, RDF_TYPE, term("Person")), (person, LABEL, literal(self.person_name()))])
            members.append((signers, term("hasMember"), person))
        w.assert_facts(
            [
                (signers, RDF_TYPE, term("PersonGroup")),
                (
                    signers,
                    LABEL,
                    literal(f"{name} employees who signed the petition about the {agency_label}"),
                ),
                (signers, term("memberCount"), literal(str(rng.randint(20, 3000)), "integer")),
                (signers, term("countQualifier"), term(rng.choice(_QUALIFIERS))),
                (signers, term("membersWorkFor"), company),
                *members,
                (petition, RDF_TYPE, term("Petition")),
                (petition, LABEL, literal(f"{name} employee petition about the {agency_label} contract")),
                (petition, term("agent"), signers),
                (petition, term("addressedTo"), ceo),
                (petition, term("concernsAgreement"), contract),
                (petition, term("demand"), literal(f"Cancel {name}'s contract with the {agency_label}.")),
                (petition, term("motivatedBy"), rng.choice(self.policies)),
                (petition, term("firstReportedOn"), literal(signed, "date")),
                (petition, *reported),
            ]
        )
        memo = resource(f"{slug}-memo")
        w.assert_facts(
            [
                (memo, RDF_TYPE, term("Memo")),
                (memo, LABEL, literal(f"Memo to {name} employees about the petition")),
                (memo, term("agent"), ceo),
                (memo, term("onBehalfOf"), company),
                (memo, term("addressedTo"), employees),
                (memo, term("date"), literal(signed, "date")),
                (memo, term("inResponseTo"), petition),
                (memo, term("concernsAgreement"), contract),
                (memo, *reported),
            ]
        )
        if rng.random() < 0.7:
            decision = resource(f"{slug}-decision")
            kind, verb = rng.choice([("ContractContinuation", "continues"), ("ContractNonRenewal", "ends")])
            w.assert_facts(
                [
                    (decision, RDF_TYPE, term(kind)),
                    (decision, LABEL, literal(f"{name} {verb} its contract")),
                    (decision, term("agent"), company),
                    (decision, term("concernsAgreement"), contract),
                    (decision, term("announcedIn"), memo),
                    (decision, term("inResponseTo"), petition),
                    (decision, term("reportedly"), literal("true", "boolean")),
                    (decision, *reported),
                ]
            )

    def name(self) -> str:
        return "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(2, 3))).capitalize()

    def person_name(self) -> str:
        return f"{self.rng.choice(_FIRST_NAMES)} {self.rng.choice(_LAST_NAMES)}"

    def date(self, first_year: int, last_year: int) -> str:
        year = self.rng.randint(first_year, last_year)
        return f"{year:04d}-{self.rng.randint(1, 12):02d}-{self.rng.randint(1, 28):02d}"


def generate(size: int, seed_dataset: Path, out: Path, rng_seed: int = 0) -> int:
    """Write `size` quads shaped like the served graph to `out` (N-Quads); return the count."""
    seed = [
        quad
        for quad in ox.parse(path=str(seed_dataset), format=ox.RdfFormat.N_QUADS)
        if isinstance(quad.graph_name, ox.NamedNode) and quad.graph_name.value in SEED_GRAPHS
    ]
    if size < len(seed):
        raise ValueError(f"--size {size} is smaller than the seed graphs it starts from ({len(seed)} quads)")
    closure = Closure((str(q.subject), str(q.predicate), str(q.object)) for q in seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".partial")
    with partial.open("w", encoding="utf-8") as stream:
        writer = QuadWriter(stream, size, closure)
        writer.write_seed(seed)
        Generator(writer, random.Random(rng_seed), {str(q.subject) for q in seed}).run()
    partial.replace(out)
    return writer.count


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--size", type=int, required=True, help="number of quads to write")
    parser.add_argument("--out", type=Path, required=True, help="N-Quads file to write")
    parser.add_argument("--seed-dataset", type=Path, default=Path("build/current/dataset.nq"))
    parser.add_argument("--rng-seed", type=int, default=0)
    args = parser.parse_args()
    count = generate(args.size, args.seed_dataset, args.out, args.rng_seed)
    print(f"Wrote {count} quads to {args.out}")


if __name__ == "__main__":
    main()
