"""Boilerplate removal that keeps offsets: the cleaned text has the original's length.

Boilerplate (share buttons, "Advertisement", "Published: ... Updated: ...", "Read more",
photo captions and credits, bylines, cookie notices, "Follow us", "Subscribe") is blanked
with spaces, newlines kept, so every offset found in the cleaned text points at the same
character of the original. The pattern table is ``data/clean/boilerplate.tsv``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

__all__ = ["Pattern", "blank", "boilerplate_spans", "clean_text", "join_wrapped_lines", "patterns"]

# Boilerplate lines are short; a longer line is prose, and never matching it also bounds
# the work a line pattern can do.
MAX_LINE_CHARS = 300

_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Pattern:
    name: str
    scope: str  # "line" (the whole stripped line must match) or "fragment" (any match)
    regex: re.Pattern[str]


@cache
def patterns() -> tuple[Pattern, ...]:
    """The packaged pattern table, compiled once."""
    table = files("eventwire.data").joinpath("clean", "boilerplate.tsv").read_text("utf-8")
    out = []
    for number, row in enumerate(table.splitlines(), 1):
        if not row.strip() or row.startswith("#"):
            continue
        name, scope, flags, regex = row.split("\t", 3)
        if scope not in ("line", "fragment"):
            raise ValueError(f"boilerplate.tsv:{number}: scope must be line or fragment")
        out.append(Pattern(name, scope, re.compile(regex, re.IGNORECASE if "i" in flags else 0)))
    return tuple(out)


def boilerplate_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, pattern name) of every boilerplate line or fragment, sorted by start."""
    table = patterns()
    lines = [p for p in table if p.scope == "line"]
    fragments = [p for p in table if p.scope == "fragment"]
    spans: list[tuple[int, int, str]] = []
    links = False  # under a "Read more:" heading: the lines of headlines it lists
    for match in _LINE.finditer(text):
        line = match.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = match.start() + line.index(stripped[0])
        end = start + len(stripped)
        if links and _LINKED_HEADLINE.fullmatch(stripped) and text[:start].endswith("\n"):
            spans.append((start, end, "read_more_link"))
            continue
        links = False
        if len(stripped) <= MAX_LINE_CHARS:
            hit = next((p for p in lines if p.regex.fullmatch(stripped)), None)
            if hit is not None:
                spans.append((start, end, hit.name))
                links = hit.name == "read_more" and _LINKS_HEADING.fullmatch(stripped) is not None
                continue
        for pattern in fragments:
            spans += [
                (match.start() + m.start(), match.start() + m.end(), pattern.name)
                for m in pattern.regex.finditer(line)
                if m.end() > m.start()
            ]
    spans.sort()
    return spans


#: A heading of links with nothing after it ("Read more:") ...
_LINKS_HEADING = re.compile(r"[\w ]+:?", re.IGNORECASE)
#: ... and a headline it lists on the next lines: short, with no full stop.
_LINKED_HEADLINE = re.compile(r"(?:\S+ ){0,19}\S+(?<![.!?\"”])")


def clean_text(text: str) -> str:
    """Return `text` with boilerplate blanked out by spaces (newlines kept), same length."""
    return blank(text, [(start, end) for start, end, _ in boilerplate_spans(text)])


def blank(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Return `text` with each (start, end) span replaced by spaces (newlines kept)."""
    chars: list[str] | None = None
    for start, end in spans:
        chars = chars if chars is not None else list(text)
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    return text if chars is None else "".join(chars)


#: A hard-wrapped paragraph (a plain-text or wire report broken into lines of a fixed width):
#: its lines but the last are this long ...
WRAPPED_MIN_CHARS = 40
WRAPPED_MAX_CHARS = 100
#: ... and differ in length by at most this much.
WRAPPED_SPREAD = 40
_BLOCK = re.compile(r"[^\n](?:[^\n]|\n(?![ \t]*(?:\n|$)))*")
_LINE_END = re.compile(r"[.!?:;\"”’)]\s*$")
_LIST_ITEM = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s")


def join_wrapped_lines(text: str) -> str:
    """`text` with the line breaks inside hard-wrapped paragraphs made spaces (same length):
    a sentence broken across lines is one sentence, and an unpunctuated line of it no
    caption. A paragraph is hard-wrapped when its lines (but the last) are of one width,
    40 to 100 characters, and two or more of them end mid-sentence; or, of two lines, the
    first ends mid-sentence and the second goes on in lower case. Lines of a list, and
    one paragraph per line (as HTML extraction gives), stay as they are."""
    out: list[str] | None = None
    for m in _BLOCK.finditer(text):
        lines = m.group(0).split("\n")
        if len(lines) < 2 or not _wrapped(lines):
            continue
        out = out if out is not None else list(text)
        at = m.start()
        for line in lines[:-1]:
            at += len(line)
            out[at] = " "
            at += 1
    return text if out is None else "".join(out)


def _wrapped(lines: list[str]) -> bool:
    if any(_LIST_ITEM.match(line) for line in lines):
        return False
    body = [line.strip() for line in lines[:-1]]
    widths = [len(line) for line in body]
    if min(widths) < WRAPPED_MIN_CHARS or max(widths) > WRAPPED_MAX_CHARS:
        return False
    open_ended = sum(not _LINE_END.search(line) for line in body)
    if len(body) == 1:
        following = lines[1].lstrip()
        return open_ended == 1 and following[:1].islower()
    return max(widths) - min(widths) <= WRAPPED_SPREAD and open_ended >= 2
