"""The command line: parse arguments, call the pipeline, render. Nothing else lives here."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from . import __version__, pipeline
from .errors import EventwireError
from .export import FORMATS, write_events
from .outputs import write_story
from .read import read_inputs
from .records import Article, Rejected
from .store import Store, default_db_url

app = typer.Typer(add_completion=False, help="News reports in, ACLED-style events out.")
err = Console(stderr=True)

# Progress bars only pay for themselves on runs longer than a handful of articles.
PROGRESS_MIN_ARTICLES = 5

Inputs = Annotated[list[str], typer.Argument(help="Files, folders, or - for JSON Lines on stdin.")]
Published = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for inputs without one."),
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")]
Db = Annotated[
    str | None,
    typer.Option(
        "--db", help="Database URL (default: $EVENTWIRE_DB or SQLite in the user data dir)."
    ),
]


def parse_published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"--published must be YYYY-MM-DD, got {value!r}") from None


def load_items(inputs: list[str], published: date | None, quiet: bool) -> list[Article | Rejected]:
    items = list(read_inputs(inputs, published, stdin=sys.stdin))
    for item in items:
        if isinstance(item, Rejected) and not quiet:
            err.print(f"[yellow]rejected[/] {item.origin}: {item.reason}", highlight=False)
    return items


@contextmanager
def progress_bar(total: int, quiet: bool) -> Iterator[pipeline.Progress | None]:
    if quiet or total < PROGRESS_MIN_ARTICLES:
        yield None
        return
    columns = (TextColumn("analysing"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True) as bar:
        task = bar.add_task("articles", total=total)
        yield lambda n: bar.advance(task, n)


def fail(exc: EventwireError) -> typer.Exit:
    err.print(f"[red]error:[/] {exc}", highlight=False)
    return typer.Exit(code=2)


def store_run(db: str | None, story: pipeline.Story) -> str:
    url = db or os.environ.get("EVENTWIRE_DB") or default_db_url()
    Store(url).save(story.articles, story.rejected, story.events)
    return url


@app.command()
def extract(
    inputs: Inputs,
    published: Published = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv or geojson.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Output file (default stdout).")
    ] = None,
    db: Db = None,
    quiet: Quiet = False,
) -> None:
    """One record per event, per article."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"--format must be one of {', '.join(FORMATS)}")
    try:
        items = load_items(inputs, parse_published(published), quiet)
        resources = pipeline.Resources.load()
        with progress_bar(sum(isinstance(i, Article) for i in items), quiet) as progress:
            story = pipeline.extract(items, resources, progress)
        store_run(db, story)
        if output is None:
            write_events(story.events, sys.stdout, fmt)
        else:
            with output.open("w", encoding="utf-8", newline="") as out:
                write_events(story.events, out, fmt)
    except EventwireError as exc:
        raise fail(exc) from exc
    if not quiet:
        err.print(
            f"{len(story.events)} events from {len(story.articles)} articles"
            f" ({len(story.rejected)} rejected)"
        )


@app.command()
def geoparse(
    inputs: Inputs,
    published: Published = None,
    fmt: Annotated[str, typer.Option("--format", help="jsonl.")] = "jsonl",
    quiet: Quiet = False,
) -> None:
    """Every place name of every article, resolved to GeoNames."""
    if fmt != "jsonl":
        raise typer.BadParameter("--format must be jsonl")
    try:
        items = load_items(inputs, parse_published(published), quiet)
        story = pipeline.geoparse(items, pipeline.Resources.load())
    except EventwireError as exc:
        raise fail(exc) from exc
    for article in story.articles:
        places = [t.to_dict() for t in story.toponyms.get(article.article_id, [])]
        sys.stdout.write(
            json.dumps({"article_id": article.article_id, "places": places}, ensure_ascii=False)
            + "\n"
        )


@app.command()
def analyze(
    inputs: Inputs,
    output: Annotated[Path, typer.Option("-o", "--output", help="Folder for the story's files.")],
    published: Published = None,
    db: Db = None,
    quiet: Quiet = False,
) -> None:
    """The story view of a collection: merged events, quotes, claims, repeats, brief."""
    try:
        items = load_items(inputs, parse_published(published), quiet)
        resources = pipeline.Resources.load()
        with progress_bar(sum(isinstance(i, Article) for i in items), quiet) as progress:
            story = pipeline.analyze(items, resources, progress)
        url = store_run(db, story)
        written = write_story(story, output)
    except EventwireError as exc:
        raise fail(exc) from exc
    if not quiet:
        err.print(
            f"{len(story.events)} events from {len(story.articles)} articles"
            f" ({len(story.rejected)} rejected); stored in {url}"
        )
        for path in written:
            err.print(f"  {path}", highlight=False)


# Host names a loopback server answers to. (Starlette's host check cannot parse IPv6
# literals, so a server on ::1 is left without it.)
LOOPBACK = ("127.0.0.1", "localhost")


@app.command()
def serve(
    db: Db = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to listen on; others can reach 0.0.0.0.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
) -> None:
    """Serve the stored events: a JSON API under /api and a map page at /."""
    # Imported here: the web stack is only needed by this command.
    import uvicorn

    from .api import create_app

    url = db or os.environ.get("EVENTWIRE_DB") or default_db_url()
    try:
        store = Store(url)
    except EventwireError as exc:
        raise fail(exc) from exc
    # On a loopback address, only requests naming it are answered (no DNS rebinding).
    hosts = list(LOOPBACK) if host in LOOPBACK else None
    err.print(f"serving {store.safe_url} on http://{host}:{port}/", highlight=False)
    try:
        uvicorn.run(create_app(store, allowed_hosts=hosts), host=host, port=port)
    finally:
        store.close()


@app.command()
def version() -> None:
    """Print eventwire's version."""
    typer.echo(__version__)


def main() -> None:
    app()
