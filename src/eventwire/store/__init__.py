"""Storage (SQLAlchemy 2; SQLite by default). (Stub: owned by the I/O helper.)"""

from __future__ import annotations

from collections.abc import Sequence

from ..records import Article, Event, Rejected


class Store:
    def __init__(self, url: str) -> None:
        self.url = url

    def save(
        self, articles: Sequence[Article], rejected: Sequence[Rejected], events: Sequence[Event]
    ) -> None:
        """Store one run's articles and events in one transaction; re-runs add no duplicates."""

    def events(self) -> list[Event]:
        return []


def default_db_url() -> str:
    return "sqlite:///events.db"
