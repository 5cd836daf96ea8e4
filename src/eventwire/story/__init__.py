"""One story, many reports: repeated passages, merging, quotes, claims.

(Stub: owned by the story helper; replace with the real implementation.)
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..records import Article, Claim, Duplicate, Event, Quote
from .disagree import Disagreement

__all__ = [
    "Disagreement",
    "extract_claims",
    "extract_quotes",
    "find_disagreements",
    "find_duplicates",
    "merge_events",
]


def find_duplicates(articles: Sequence[Article]) -> list[Duplicate]:
    """Passages repeated across articles or within one page."""
    return []


def merge_events(events: Sequence[Event]) -> list[Event]:
    """The same event reported by several sources becomes one event with all sources."""
    return list(events)


def extract_quotes(doc: Doc, article: Article) -> list[Quote]:
    """Direct quotes and reported speech, attributed to their speaker."""
    return []


def extract_claims(doc: Doc, article: Article, quotes: Sequence[Quote]) -> list[Claim]:
    """Numeric claims with their claimant and subject."""
    return []


def find_disagreements(claims: Sequence[Claim]) -> list[Disagreement]:
    """Claims about the same quantity that differ across sources."""
    return []
