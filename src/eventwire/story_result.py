"""The result of analysing a collection of reports: what `analyze` writes."""

from __future__ import annotations

from dataclasses import dataclass, field

from .records import Article, Claim, Duplicate, Event, Quote, Rejected, Toponym
from .story.disagree import Disagreement


@dataclass
class Story:
    articles: list[Article] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    toponyms: dict[str, list[Toponym]] = field(default_factory=dict)  # by article_id
    quotes: list[Quote] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
