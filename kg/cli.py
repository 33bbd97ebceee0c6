"""The `kg` command: build the graph, serve it."""

import sys
from pathlib import Path

import click

from kg.build import build
from kg.dataset import BuiltDataset
from kg.errors import KGError
from kg.load import load_files
from kg.namespaces import extraction_graph
from kg.sources import Inputs

# The build folder: `--out`, else the server's BUILD_DIR setting from the environment, else `build`.
out_option = click.option(
    "--out",
    "out_dir",
    envvar="KG_BUILD_DIR",
    default="build",
    show_default=True,
    show_envvar=True,
    type=click.Path(path_type=Path),
    help="Folder holding the builds.",
)


@click.group()
def main() -> None:
    """Build and serve the tech workers knowledge graph."""


@main.command("build")
@out_option
@click.option("--force", is_flag=True, help="Build even if the inputs have not changed.")
@click.option(
    "--ontology-dir", type=click.Path(path_type=Path), default=Inputs.ontology_dir, show_default=True
)
@click.option("--curated-dir", type=click.Path(path_type=Path), default=Inputs.curated_dir, show_default=True)
def build_command(out_dir: Path, force: bool, ontology_dir: Path, curated_dir: Path) -> None:
    """Reason over and validate the ontology and curated triples; write the dataset."""
    inputs = Inputs(ontology_dir=ontology_dir, curated_dir=curated_dir)
    result = _or_exit(lambda: build(out_dir, inputs, force=force))
    manifest = result.dataset.manifest
    verb = "Reused" if result.reused else "Built"
    click.echo(f"{verb} {result.dataset.path} in {result.seconds:.2f} s: {manifest['triples']} triples")
    for name, size in manifest["graphs"].items():
        click.echo(f"  {size:>7}  {name}")
    _echo_warnings(manifest)


@main.command("ingest")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--published", help="Publication day, YYYY-MM-DD (relative dates are read against it).")
@click.option("--publisher", help="Who published the article, e.g. 'TechCrunch'.")
@click.option("--url", help="Where the article can be read online.")
@click.option("--title", help="The headline, if not the first line of the file.")
@click.option("--slug", help="The article's name in the graph (default: the file name).")
@out_option
def ingest_command(files: tuple[Path, ...], out_dir: Path, **metadata: str | None) -> None:
    """Add articles (title line, blank line, body; metadata from the flags or FILE.json) and rebuild."""
    from kg.ingest import ingest

    if len(files) > 1 and metadata.get("slug"):
        raise click.UsageError("--slug names one article; give one FILE with it.")
    result = _or_exit(lambda: ingest(list(files), out_dir, metadata))
    for article in result.articles:
        graph = result.build.dataset.manifest["graphs"].get(str(extraction_graph(article.slug)), 0)
        click.echo(f"{article.status:>9}  {article.slug}  ({graph} extracted triples)")
    manifest = result.build.dataset.manifest
    click.echo(
        f"Build {result.build.dataset.path.name[:12]}: {manifest['triples']} triples, {result.seconds:.2f} s"
    )
    _echo_warnings(manifest)
    click.echo("A running `kg serve --out` on this folder switches to it within a second.")


def _echo_warnings(manifest: dict, shown: int = 10) -> None:
    """The validation's warnings (what the shapes expect but the texts may not say), a few of them."""
    warnings = manifest.get("validation_warnings", [])
    if warnings:
        click.echo(f"{len(warnings)} SHACL warning(s) (the build conforms; texts do not always say these):")
        for line in warnings[:shown]:
            click.echo(f"  {line}")
        if len(warnings) > shown:
            click.echo(f"  ... and {len(warnings) - shown} more, all in the build's {BuiltDataset.MANIFEST}")


@main.command("eval")
@click.option("--no-curated", is_flag=True, help="Extract without the hand-authored graph: extraction alone.")
@click.option("--gold-dir", type=click.Path(file_okay=False, path_type=Path), default=None)
@click.option(
    "--article-dir",
    "article_dirs",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Read the articles from this folder instead of the project's (repeatable).",
)
@click.option("--show-differences", is_flag=True, help="Also list missed gold and wrong extracted triples.")
def eval_command(
    no_curated: bool, gold_dir: Path | None, article_dirs: tuple[Path, ...], show_differences: bool
) -> None:
    """Compare extraction with the gold facts: precision and recall per article and relation."""
    from kg.evaluate import GOLD_DIR, evaluate, format_differences, format_report

    inputs = Inputs(article_dirs=article_dirs) if article_dirs else None
    report = _or_exit(lambda: evaluate(gold_dir or GOLD_DIR, curated=not no_curated, inputs=inputs))
    click.echo(format_report(report))
    if show_differences:
        click.echo("\n" + format_differences(report))


@main.command("serve")
@click.argument("files", nargs=-1, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@out_option
@click.option("--reason", is_flag=True, help="With FILES: add their OWL 2 RL closure first.")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--timeout", type=float, help="Query time limit in seconds (setting QUERY_TIMEOUT).")
@click.option("--processes", type=int, help="Server processes (setting PROCESSES).")
@click.option("--workers", type=int, help="Query workers per server process (setting QUERY_WORKERS).")
def serve_command(
    files: tuple[Path, ...],
    out_dir: Path,
    reason: bool,
    host: str,
    port: int,
    timeout: float | None,
    processes: int | None,
    workers: int | None,
) -> None:
    """Serve the knowledge graph (built first if its inputs changed), or the given RDF FILES."""
    # The server package is imported here, at the edge, so that building never loads Flask.
    from server.wsgi import serve

    if files:
        out_dir = out_dir / "files"
        dataset = _or_exit(lambda: load_files(list(files), out_dir, reason=reason))
    else:
        dataset = _or_exit(lambda: build(out_dir)).dataset
    click.echo(f"Serving {dataset.path}: {dataset.manifest['triples']} triples")
    config = {"BUILD_DIR": str(out_dir)}
    if timeout is not None:
        config["QUERY_TIMEOUT"] = timeout
    if processes is not None:
        config["PROCESSES"] = processes
    if workers is not None:
        config["QUERY_WORKERS"] = workers
    _or_exit(lambda: serve(config, host, port))


def _or_exit(action):
    try:
        return action()
    except KGError as error:
        click.echo(f"kg: {error.title}: {error.message}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
