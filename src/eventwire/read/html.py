"""HTML pages: body text, title and date with trafilatura."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date

import trafilatura

from ..errors import InputError
from .txt import guess_title, normalise


@dataclass(frozen=True)
class Page:
    text: str
    title: str | None
    published: date | None


def extract_page(html: str) -> Page:
    """The article of a web page; InputError when it has no body text."""
    if not html.strip():
        raise InputError("empty HTML")
    # trafilatura logs every page it finds too short at WARNING; the Rejected record
    # already says so, once.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    if "<body" not in html[:100_000].lower():
        # A fragment (common in JSON Lines dumps): trafilatura only reads a page's body.
        html = f"<html><body>{html}</body></html>"
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, favor_recall=True)
        text = (getattr(doc, "text", None) or "") if doc is not None else ""
        if not text.strip():
            # Short pages fall under trafilatura's minimum size; its baseline still finds them.
            text = trafilatura.html2txt(html) or ""
    # lxml and htmldate raise many kinds of errors on hopeless markup; one bad page must
    # become a rejection, never stop the batch.
    except Exception as exc:
        raise InputError(f"broken HTML: {type(exc).__name__}: {exc}") from None
    # trafilatura ends each block (a heading, a paragraph) with one line break: a blank line
    # between them, as in a text file, keeps a headline from running into the lede
    text = re.sub(r"[ \t]*\n+[ \t]*", "\n\n", normalise(text).strip())
    if not text:
        raise InputError("broken or empty HTML: no article body found")
    title = getattr(doc, "title", None) if doc is not None else None
    # No <title> or og:title: the page's first line, when it reads as a headline (the <h1>).
    title = title or guess_title(text)
    return Page(text=text, title=title or None, published=parse_date(getattr(doc, "date", None)))


def parse_date(value: object) -> date | None:
    """A date from an ISO string (date or datetime); None when absent or unreadable."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
