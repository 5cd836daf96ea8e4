"""One story, many reports: repeated passages, merging, quotes, claims, disagreements."""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Article, Event
from .claims import extract_claims
from .dedup import find_duplicates, page_repeats
from .disagree import Disagreement, find_disagreements
from .merge import merge_events as _merge
from .merge import merge_retold
from .quotes import extract_quotes
from .screen import drop_long_before, drop_standfirsts, drop_summaries, screen_events
from .speakers import resolve_speakers

__all__ = [
    "Disagreement",
    "drop_long_before",
    "drop_standfirsts",
    "drop_summaries",
    "extract_claims",
    "extract_quotes",
    "find_disagreements",
    "find_duplicates",
    "merge_events",
    "merge_retold",
    "page_repeats",
    "resolve_speakers",
    "screen_events",
]


def merge_events(
    events: Sequence[Event], articles: Sequence[Article] = (), screen: bool = True
) -> list[Event]:
    """The same event from several sources → one event; with articles, aggregates and
    undated captions coded as events are dropped first."""
    if articles and screen:
        events = screen_events(events, articles)
    return _merge(events, {a.article_id: a.text for a in articles})
