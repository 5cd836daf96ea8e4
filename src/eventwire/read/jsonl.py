"""JSON Lines: one article per line; a bad line is rejected and the others go on."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from datetime import date
from typing import IO, Any

from ..errors import InputError
from ..records import Article, Rejected
from .html import extract_page
from .txt import normalise

# One article per line: a line longer than this is a dump, not a report. News articles
# run to tens of KB; a full HTML page with inline scripts to a few MB.
MAX_LINE_BYTES = 10 * 1024 * 1024

OPTIONAL_FIELDS = ("title", "url", "source", "language")


def content_id(prefix: str, text: str) -> str:
    """A stable id from where an article came from and what it says."""
    return f"{prefix}-{hashlib.sha1(text.encode('utf-8')).hexdigest()[:10]}"


def binary_lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """(line number, bytes) for each line; None for a line over MAX_LINE_BYTES (skipped)."""
    lineno = 0
    while True:
        raw = stream.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # drop the rest of the overlong line
                raw = stream.readline(MAX_LINE_BYTES)
            yield lineno, None
        else:
            yield lineno, raw


def read_lines(
    lines: Iterable[tuple[int, bytes | str | None]],
    origin: str,
    id_prefix: str,
    published: date | None,
) -> Iterator[Article | Rejected]:
    """Articles from numbered JSON lines; `origin` names the file (or <stdin>)."""
    for lineno, raw in lines:
        where = f"{origin}:{lineno}"
        fallback_id = f"{id_prefix}-L{lineno}"
        if raw is None:
            yield Rejected(fallback_id, where, f"line longer than {MAX_LINE_BYTES} bytes")
            continue
        try:
            line = raw.decode("utf-8-sig") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError as exc:
            yield Rejected(fallback_id, where, f"line is not UTF-8 (byte {exc.start})")
            continue
        if not line.strip():
            continue
        try:
            yield parse_line(line, where, id_prefix, published)
        except InputError as exc:
            yield Rejected(fallback_id, where, str(exc))


def parse_line(line: str, where: str, id_prefix: str, published: date | None) -> Article:
    """One JSON object → Article; InputError saying what is wrong with it."""
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg} at column {exc.colno}") from None
    except RecursionError:
        raise InputError("invalid JSON: nested too deeply") from None
    if not isinstance(data, dict):
        raise InputError(f"expected a JSON object, got {type(data).__name__}")
    text, page_title = body_of(data)
    for name in OPTIONAL_FIELDS:
        if data.get(name) is not None and not isinstance(data[name], str):
            raise InputError(f"field {name!r} must be a string")
    article_id = data.get("id")
    if article_id is None or article_id == "":
        article_id = content_id(id_prefix, text)
    elif isinstance(article_id, bool) or not isinstance(article_id, str | int):
        raise InputError("field 'id' must be a string or an integer")
    return Article(
        article_id=normalise(str(article_id)),
        text=text,
        origin=where,
        title=clean_field(data.get("title")) or page_title,
        url=clean_field(data.get("url")),
        source=clean_field(data.get("source")),
        published=parse_published(data.get("published")) or published,
        language=clean_field(data.get("language")),
    )


def body_of(data: dict[str, Any]) -> tuple[str, str | None]:
    """The article text (from `text`, else from `html`) and the page's title if any."""
    text, html = data.get("text"), data.get("html")
    if text is not None and not isinstance(text, str):
        raise InputError("field 'text' must be a string")
    if html is not None and not isinstance(html, str):
        raise InputError("field 'html' must be a string")
    if text and text.strip():
        return normalise(text), None
    if html and html.strip():
        page = extract_page(html)
        return page.text, page.title
    raise InputError("no article text: 'text' or 'html' is required and must not be empty")


def clean_field(value: Any) -> str | None:
    return normalise(value).strip() or None if isinstance(value, str) else None


def parse_published(value: Any) -> date | None:
    """A YYYY-MM-DD date or an ISO datetime; InputError naming the field otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            pass
    raise InputError(f"field 'published' is not a date (expected YYYY-MM-DD): {value!r:.40}")
