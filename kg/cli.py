"""The `kg` command: build the graph, serve it."""

import sys
from pathlib import Path

import click

from kg.build import build
from kg.errors import KGError
from kg.sources import Inputs


@click.group()
def main() -> None:
    """Build and serve the tech workers knowledge graph."""


@main.command("build")
@click.option("--out", "out_dir", default="build", show_default=True, type=click.Path(path_type=Path))
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


@main.command("serve")
@click.option("--out", "out_dir", default="build", show_default=True, type=click.Path(path_type=Path))
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@click.option("--timeout", type=float, help="Query time limit in seconds (setting QUERY_TIMEOUT).")
@click.option("--workers", type=int, help="Query worker processes (setting QUERY_WORKERS).")
def serve_command(out_dir: Path, host: str, port: int, timeout: float | None, workers: int | None) -> None:
    """Build if the inputs changed, then serve the graph over HTTP."""
    # The server package is imported here, at the edge, so that building never loads Flask.
    from server.wsgi import serve

    result = _or_exit(lambda: build(out_dir))
    click.echo(f"{'Reused' if result.reused else 'Built'} {result.dataset.path}")
    config = {"BUILD_DIR": str(out_dir)}
    if timeout is not None:
        config["QUERY_TIMEOUT"] = timeout
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
