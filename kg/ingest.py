"""`kg ingest FILE...`: add articles to the graph, then rebuild what depends on them.

Each article is checked (text, English, size, metadata) before anything is written. The new
articles are then built together with the stored ones from a staging folder; only when that
build has succeeded and been switched in atomically are they moved into `kg/data/articles/`
(metadata first, then text, each by an atomic rename). A failure or a kill at any point leaves
the stored articles and the current build as they were. The same article given again changes
nothing: its stored files are identical, so the build's fingerprint is, and the build is reused.
"""

import os
import shutil
import time
from dataclasses import dataclass, replace
from pathlib import Path

import pyoxigraph as ox
from rdflib import RDF

from kg.build import BuildResult, build
from kg.dataset import BuiltDataset
from kg.errors import BadArticle
from kg.extract.article import Article, load_article, sidecar_path
from kg.namespaces import ID, TW
from kg.sources import ARTICLES_DIR, Inputs

RDF_TYPE = ox.NamedNode(str(RDF.type))


@dataclass(frozen=True)
class Ingested:
    """What happened to one article: 'added', 'updated' or 'unchanged'."""

    slug: str
    status: str


@dataclass(frozen=True)
class IngestResult:
    """The articles, the build they are part of, and how long it all took."""

    articles: list[Ingested]
    build: BuildResult
    seconds: float


def ingest(
    paths: list[Path],
    out_dir: Path,
    metadata: dict | None = None,
    inputs: Inputs | None = None,
    articles_dir: Path = ARTICLES_DIR,
) -> IngestResult:
    """Store `paths` as articles (with `metadata` overriding their sidecar files) and rebuild."""
    started = time.perf_counter()
    articles = [load_article(path, metadata) for path in paths]
    slugs = [a.slug for a in articles]
    if len(set(slugs)) != len(slugs):
        raise BadArticle(f"Two of the files would be stored under the same name: {sorted(slugs)}.")
    inputs = inputs or Inputs()
    _refuse_taken_names(slugs, out_dir)
    statuses = [Ingested(a.slug, _status(a, articles_dir)) for a in articles]
    changed = [a for a, s in zip(articles, statuses, strict=True) if s.status != "unchanged"]
    if not changed:
        return IngestResult(statuses, build(out_dir, inputs), time.perf_counter() - started)

    _remove_stale_staging(articles_dir.parent)
    staging = articles_dir.parent / f".ingest-{os.getpid()}"
    shutil.rmtree(staging, ignore_errors=True)
    try:
        staging.mkdir(parents=True)
        replaced = {a.slug for a in changed}
        for stored in articles_dir.glob("*.txt") if articles_dir.is_dir() else []:
            if stored.stem not in replaced and sidecar_path(stored).is_file():
                shutil.copy2(sidecar_path(stored), staging)
                shutil.copy2(stored, staging)
        for article in changed:
            _write(article, staging)
        dirs = tuple(staging if d.resolve() == articles_dir.resolve() else d for d in inputs.article_dirs)
        if staging not in dirs:
            dirs += (staging,)
        result = build(out_dir, replace(inputs, article_dirs=dirs))
        articles_dir.mkdir(parents=True, exist_ok=True)
        for article in changed:
            for suffix in (".json", ".txt"):  # the text last: an article is a .txt with its .json
                os.replace(staging / f"{article.slug}{suffix}", articles_dir / f"{article.slug}{suffix}")
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return IngestResult(statuses, result, time.perf_counter() - started)


def _refuse_taken_names(slugs: list[str], out_dir: Path) -> None:
    """An article's IRI is id:<slug>: refuse one that the graph already uses for something else."""
    current = BuiltDataset.current(out_dir)
    if current is None:
        return
    store = current.open_store()
    document = ox.NamedNode(str(TW.SourceDocument))
    for slug in slugs:
        types = {q.object for q in store.quads_for_pattern(ox.NamedNode(str(ID[slug])), RDF_TYPE, None, None)}
        if types and document not in types:
            raise BadArticle(
                f"The name {slug!r} is taken: <{ID[slug]}> is already a resource of the graph. "
                "Rename the file, or give the article another 'slug' in its metadata."
            )


def _remove_stale_staging(folder: Path) -> None:
    """Remove what killed ingests left: staging folders of processes that no longer run."""
    for staging in folder.glob(".ingest-*"):
        try:
            os.kill(int(staging.name.rsplit("-", 1)[1]), 0)
        except ProcessLookupError:
            shutil.rmtree(staging, ignore_errors=True)
        except (ValueError, PermissionError):
            continue


def _status(article: Article, articles_dir: Path) -> str:
    text = articles_dir / f"{article.slug}.txt"
    if not text.is_file():
        return "added"
    same = text.read_text(encoding="utf-8") == article.text
    same = (
        same
        and sidecar_path(text).is_file()
        and sidecar_path(text).read_text(encoding="utf-8") == article.meta.to_json()
    )
    return "unchanged" if same else "updated"


def _write(article: Article, folder: Path) -> None:
    (folder / f"{article.slug}.json").write_text(article.meta.to_json(), encoding="utf-8")
    (folder / f"{article.slug}.txt").write_text(article.text, encoding="utf-8")
