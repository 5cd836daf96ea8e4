"""Repeated passages across articles and within one scraped page.

Each article is cut into passages (sentences and lines); two passages are repeats when
most of the shorter one's word 3-grams also occur in the other (containment, so a
subtitle repeated inside a longer body sentence is found). Candidate pairs come from an
inverted index on the 3-grams, so only passages that share text are ever compared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from ..clean import clean_text
from ..records import Article, Duplicate

SHINGLE = 3
# Tuned on hand-made pages: 0.7 keeps a lightly edited copy (a few words changed or
# cut) and rejects two sentences that only share a stock phrase ("the U.S.-led coalition").
MIN_CONTAINMENT = 0.7
MIN_SHARED = 4  # shared 3-grams: below this a "repeat" is a stock phrase
MIN_WORDS = 6
# A 3-gram seen in more passages than this is boilerplate-common; skipping it keeps the
# index linear on big collections.
MAX_POSTING = 50

_BOUNDARY = re.compile(r"\n+|(?<=[.!?…])[\"”’']?\s+(?=[\"“‘'(]?[A-Z0-9])")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Passage:
    article_id: str
    start: int
    end: int
    text: str
    shingles: frozenset[tuple[str, ...]]


def passages(article: Article) -> list[Passage]:
    """Sentences and lines of an article, with their offsets (blank and boilerplate ones
    dropped: "Advertisement" twice on a page is not a repeated passage of the story)."""
    out: list[Passage] = []
    text = clean_text(article.text)
    pos = 0
    for m in [*_BOUNDARY.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[pos:end]
        stripped = chunk.strip()
        if stripped:
            start = pos + chunk.index(stripped)
            words = [w.lower() for w in _WORD.findall(stripped)]
            grams = frozenset(
                tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)
            )
            out.append(Passage(article.article_id, start, start + len(stripped), stripped, grams))
        pos = m.end() if m else len(text)
    return out


def _norm(text: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(text))


def find_duplicates(articles: Sequence[Article]) -> list[Duplicate]:
    """Passages repeated across articles or within one page, grouped, with their spans."""
    items = [p for a in articles for p in passages(a)]
    parent = list(range(len(items)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    # Exact repeats of short lines (boilerplate such as "Advertisement" within a page).
    by_text: dict[str, list[int]] = defaultdict(list)
    for i, p in enumerate(items):
        key = _norm(p.text)
        if key and len(key) >= 4:
            by_text[key].append(i)
    for group in by_text.values():
        for j in group[1:]:
            union(group[0], j)

    index: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, p in enumerate(items):
        if len(p.shingles) + SHINGLE - 1 >= MIN_WORDS:
            for g in p.shingles:
                index[g].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for posting in index.values():
        if len(posting) > MAX_POSTING:
            continue
        for x, i in enumerate(posting):
            for j in posting[x + 1 :]:
                shared[(i, j)] += 1
    for (i, j), n in shared.items():
        smaller = min(len(items[i].shingles), len(items[j].shingles))
        if n >= MIN_SHARED and n / smaller >= MIN_CONTAINMENT:
            union(i, j)

    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[find(i)].append(i)
    out: list[Duplicate] = []
    for members in groups.values():
        if len(members) < 2:
            continue
        ps = [items[i] for i in members]
        shortest = min(ps, key=lambda p: (len(p.text), p.article_id, p.start))
        ids = tuple(dict.fromkeys(p.article_id for p in ps))
        out.append(
            Duplicate(
                article_ids=ids,
                text=shortest.text,
                spans=tuple((p.article_id, p.start, p.end) for p in ps),
            )
        )
    out.sort(key=lambda d: (-len(d.article_ids), -len(d.text), d.spans))
    return out


def page_repeats(article: Article) -> list[tuple[int, int]]:
    """The spans of one page to read once: of each passage the page repeats (a subtitle
    copied from the body, a paragraph pasted twice), every copy but the fullest."""
    out: list[tuple[int, int]] = []
    for dup in find_duplicates([article]):
        keep = max(dup.spans, key=lambda span: (span[2] - span[1], -span[1]))
        out += [(start, end) for (aid, start, end) in dup.spans if (aid, start, end) != keep]
    return sorted(out)
