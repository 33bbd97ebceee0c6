"""An article as the pipeline reads it: title line, blank line, body, plus its metadata.

Metadata (published day, publisher, web address) comes from command-line flags or from a sidecar
JSON file next to the text (`article.txt` + `article.json`); the stored form under
`kg/data/articles/` is always such a pair. Input that cannot be an article is refused with a
`BadArticle` that says why, before any model is loaded.
"""

import json
import re
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from rdflib import URIRef

from kg.errors import BadArticle
from kg.extract.iris import slugify
from kg.namespaces import ID

MAX_ARTICLE_CHARS = 100_000
"""Longer texts are refused: a news article is a few thousand characters, and parsing grows with length."""

MIN_ENGLISH_SHARE = 0.2
"""Share of words that must be English function words; English news prose has about 0.4."""

_WORD = re.compile(r"[^\W\d_]+")
_HEADING = re.compile(r"^(?=[^a-z\n]*[A-Z]{2}[^a-z\n]* [^a-z\n]*[A-Z]{2})[^a-z\n]+$", re.M)
_TITLE_LINE = re.compile(r"(?<=\n\n)[A-Z][^\n]{8,110}(?<![.!?:;,\"”’')\]])(?=\n\n|\n?\Z)")
"""A paragraph of one line that starts with a capital and ends without punctuation: a section
heading in sentence case ('Quorlan ethics executive resigns over homeland security deal')."""
_HEADING_WORDS = range(3, 15)

DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*)"  # SEATTLE, ST. PAUL
    r"(?:, [A-Z][A-Za-z.]+)?"  # , Minn.
    r"(?: \([^()\n]{1,40}\))? ?(?:—|–|--?) ?"  # (Test Wire) —
)
"""A wire story's opening place and agency ("SEATTLE (Test Wire) — ", "ST. PAUL, Minn. — "): not prose."""


@dataclass(frozen=True)
class ArticleMetadata:
    """What is known about an article besides its text."""

    slug: str
    title: str
    published: date
    publisher: str
    url: str | None = None

    def to_json(self) -> str:
        data = asdict(self)
        data["published"] = self.published.isoformat()
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


@dataclass(frozen=True)
class Article:
    """An article's text exactly as stored, where its body starts, and its metadata."""

    text: str
    body_start: int
    meta: ArticleMetadata

    @property
    def slug(self) -> str:
        return self.meta.slug

    @property
    def iri(self) -> URIRef:
        """The source document's node in the graph."""
        return ID[self.meta.slug]

    def headings(self) -> list[tuple[int, int]]:
        """The character ranges of the body's section headings: lines of two or more words in
        capitals ('PELLUCID EMPLOYEES STAGE LUNCHTIME WALKOUT' over one item of a news digest), and
        paragraphs of a few words without final punctuation, which repeat what their item says
        and are no prose to parse."""
        capitals = [(line.start(), line.end()) for line in _HEADING.finditer(self.text, self.body_start)]
        titled = [
            (line.start(), line.end())
            for line in _TITLE_LINE.finditer(self.text, self.body_start)
            if len(line.group().split()) in _HEADING_WORDS
        ]
        return sorted(set(capitals + titled))


def sidecar_path(text_path: Path) -> Path:
    """Where the metadata of `text_path` lives: same name, `.json` suffix."""
    return text_path.with_suffix(".json")


def decode_article_text(data: bytes, name: str) -> str:
    """The text of an article file, or BadArticle if it is empty, binary, too long or not English."""
    if not data.strip():
        raise BadArticle(f"{name} is empty.")
    if b"\x00" in data:
        raise BadArticle(f"{name} is a binary file, not text.")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise BadArticle(f"{name} is not UTF-8 text (byte {error.start} cannot be decoded).") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    if len(text) > MAX_ARTICLE_CHARS:
        raise BadArticle(
            f"{name} has {len(text):,} characters; articles of more than {MAX_ARTICLE_CHARS:,} are refused."
        )
    share = english_share(text)
    if share < MIN_ENGLISH_SHARE:
        raise BadArticle(
            f"{name} does not read as English: {share:.0%} of its words are English function words "
            f"(English prose has about 40%); the pipeline's model is English only."
        )
    return text


def english_share(text: str) -> float:
    """The share of the text's words that are English stop words (0 for a text without words)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = _WORD.findall(text.lower())
    return sum(word in STOP_WORDS for word in words) / len(words) if words else 0.0


def split_title(text: str, name: str) -> tuple[str, int]:
    """The title (first non-empty line) and the offset where the body starts (after a blank line and
    a dateline, if any)."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    title, _, rest = stripped.partition("\n")
    body_start = offset + len(title) + 1
    while body_start < len(text) and text[body_start] in " \t\n":
        body_start += 1
    dateline = DATELINE.match(text, body_start)
    if dateline is not None:
        body_start = dateline.end()
    if not rest.strip():
        raise BadArticle(
            f"{name} has a title line but no body: expected a title, a blank line, then the text."
        )
    return title.strip(), body_start


def read_metadata(path: Path) -> dict:
    """The fields of a sidecar JSON file, or BadArticle if it is not a JSON object."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise BadArticle(f"{path}: cannot read the metadata: {error}") from None
    if not isinstance(data, dict):
        raise BadArticle(f"{path}: the metadata must be a JSON object.")
    return data


def parse_published(value: object, name: str) -> date:
    """A publication day given as YYYY-MM-DD."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        raise BadArticle(f"{name}: the published date must be YYYY-MM-DD, not {value!r}.") from None


def load_article(path: Path, overrides: dict | None = None) -> Article:
    """Read an article file and its metadata (sidecar file, then `overrides`, e.g. from flags)."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise BadArticle(f"{path}: cannot be read: {error.strerror}") from None
    text = decode_article_text(data, str(path))
    title, body_start = split_title(text, str(path))
    fields: dict = {}
    if sidecar_path(path).is_file() and sidecar_path(path) != path:
        fields.update(read_metadata(sidecar_path(path)))
    fields.update({k: v for k, v in (overrides or {}).items() if v is not None})
    if not fields.get("published"):
        raise BadArticle(f"{path}: no publication day: give --published YYYY-MM-DD or a sidecar file.")
    if not fields.get("publisher"):
        raise BadArticle(f"{path}: no publisher: give --publisher NAME or a sidecar file.")
    slug = slugify(str(fields.get("slug") or path.stem), max_words=20)
    if not slug:
        raise BadArticle(f"{path}: cannot make a name for the article from {path.stem!r}; give --slug.")
    meta = ArticleMetadata(
        slug=slug,
        title=str(fields.get("title") or title),
        published=parse_published(fields["published"], str(path)),
        publisher=str(fields["publisher"]),
        url=str(fields["url"]) if fields.get("url") else None,
    )
    return Article(text=text, body_start=body_start, meta=meta)
