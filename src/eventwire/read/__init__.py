"""Readers: paths, folders and standard input → Article | Rejected.

Kinds: ``.txt`` (UTF-8, else detected), ``.html``/``.htm`` (trafilatura), ``.jsonl`` (one
article per line) and ``-`` (JSON Lines on standard input). A folder is read recursively in
sorted order; in a folder, files of other kinds and hidden files are skipped silently, while
a file of another kind named explicitly is rejected. Nothing here raises for a bad input:
each becomes a ``Rejected`` naming it and the reason, and the other inputs go on.

Article ids are stable across runs: the JSON Lines ``id`` when given; else the file's path
relative to the input named (``examples/a/b.txt`` given as ``examples`` → ``a/b``); for a
JSON line without an id, that base plus a hash of the text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Sequence
from datetime import date
from typing import IO, TextIO

from ..datelines import dateline_date
from ..errors import InputError
from ..records import Article, Rejected
from .files import Found, expand, os_reason
from .html import extract_page
from .jsonl import binary_lines, read_lines
from .txt import SNIFF_BYTES, decode, guess_title

__all__ = ["MAX_FILE_BYTES", "read_file", "read_inputs"]

# A news report is tens of KB and a saved page a few MB; anything past this is not one
# article, and reading it whole would only cost memory. (.jsonl files are read line by
# line and limited per line instead.)
MAX_FILE_BYTES = 20 * 1024 * 1024

STDIN = "<stdin>"


def read_inputs(
    inputs: Sequence[str], published: date | None = None, stdin: TextIO | None = None
) -> Iterator[Article | Rejected]:
    """Every article of every input, in a stable order; unreadable ones as Rejected."""
    ids: set[str] = set()
    files_seen: set[tuple[int, int]] = set()
    for name in inputs:
        items = read_stdin(stdin, None) if name == "-" else read_path(name, None, files_seen)
        for item in items:
            yield unique(dated(item, published), ids)


def dated(item: Article | Rejected, published: date | None = None) -> Article | Rejected:
    """A report carrying no date of its own but its dateline's ("KYIV, Oct 5 (Reuters) -")
    is dated by it (its year the one `published` or today is in, or the year before); one
    carrying neither gets `published`: the anchor of its relative dates."""
    if not isinstance(item, Article) or item.published is not None:
        return item
    found = dateline_date(item.text, published or date.today()) or published
    return dataclasses.replace(item, published=found) if found else item


def unique(item: Article | Rejected, ids: set[str]) -> Article | Rejected:
    """Two files `a.txt` and `a.html` would share the id `a`: the second gets its origin's."""
    article_id = item.article_id
    n = 1
    while article_id in ids:
        n += 1
        article_id = f"{item.article_id}~{n}"
    ids.add(article_id)
    if article_id == item.article_id:
        return item
    if isinstance(item, Article):
        return Article(
            article_id,
            item.text,
            item.origin,
            item.title,
            item.url,
            item.source,
            item.published,
            item.language,
        )
    return Rejected(article_id, item.origin, item.reason)


def read_path(
    name: str, published: date | None, files_seen: set[tuple[int, int]]
) -> Iterator[Article | Rejected]:
    for found in expand(name):
        if found.problem is not None:
            yield Rejected(found.rel, str(found.path), found.problem)
            continue
        try:
            info = found.path.stat()
        except OSError as exc:
            yield Rejected(found.rel, str(found.path), os_reason(exc))
            continue
        key = (info.st_dev, info.st_ino)
        if key in files_seen:  # the same file named twice, or reached through a link
            continue
        files_seen.add(key)
        yield from read_file(found, published)


def read_file(found: Found, published: date | None) -> Iterator[Article | Rejected]:
    """The article(s) of one file."""
    origin = str(found.path)
    kind = found.kind
    try:
        if kind is None:
            suffix = found.path.suffix or "(none)"
            raise InputError(
                f"unsupported file type {suffix}: expected .txt, .html, .htm or .jsonl"
            )
        if kind == "jsonl":
            yield from read_jsonl_file(found, published)
            return
        size = found.path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(f"file too large: {size} bytes (limit {MAX_FILE_BYTES})")
        text = decode(found.path.read_bytes())
        if kind == "html":
            page = extract_page(text)
            yield Article(
                found.rel,
                page.text,
                origin,
                title=page.title,
                published=page.published or published,
            )
        else:
            yield Article(found.rel, text, origin, title=guess_title(text), published=published)
    except InputError as exc:
        yield Rejected(found.rel, origin, str(exc))
    except OSError as exc:
        yield Rejected(found.rel, origin, os_reason(exc))


def read_jsonl_file(found: Found, published: date | None) -> Iterator[Article | Rejected]:
    """A JSON Lines file; rejected whole when empty or binary, else line by line."""
    origin = str(found.path)
    with found.path.open("rb") as stream:
        head = stream.read(SNIFF_BYTES)
        if not head.strip():
            raise InputError("empty file")
        if b"\x00" in head:
            raise InputError("binary file (NUL bytes), not JSON Lines")
        stream.seek(0)
        count = 0
        for item in read_lines(binary_lines(stream), origin, found.rel, published):
            count += 1
            yield item
    if count == 0:
        raise InputError("empty file: no JSON lines")


def read_stdin(stdin: TextIO | None, published: date | None) -> Iterator[Article | Rejected]:
    """JSON Lines on standard input."""
    if stdin is None:
        yield Rejected("stdin", STDIN, "standard input requested (-) but none is available")
        return
    buffer: IO[bytes] | None = getattr(stdin, "buffer", None)
    if buffer is not None:
        yield from read_lines(binary_lines(buffer), STDIN, "stdin", published)
    else:
        yield from read_lines(enumerate(stdin, 1), STDIN, "stdin", published)
