"""Read-only queries for the API: filtering, counting and paging happen in the database.

`Store.events()` loads every event; a server answering filtered, paged requests should
not, so these queries select only the rows a request asks for, then fetch the sources and
evidence of those events alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Connection, Select, and_, func, or_, select
from sqlalchemy.exc import SQLAlchemyError

from ..errors import StoreError
from ..records import Event
from ..store import Store, schema
from ..store import reason as db_reason

__all__ = [
    "ArticleQuery",
    "EventQuery",
    "count_articles",
    "count_events",
    "find_articles",
    "find_events",
    "get_article",
    "get_event",
]

# Ids per `IN (...)`: far below SQLite's and PostgreSQL's bound-parameter limits.
CHUNK = 500

E = schema.events
ACTOR_COLUMNS = (E.c.actor1, E.c.actor2, E.c.assoc_actor_1, E.c.assoc_actor_2)
# The listing without the text, which can be long and is fetched one article at a time.
ARTICLE_COLUMNS = [c for c in schema.articles.columns if c.name != "text"]


@dataclass(frozen=True)
class EventQuery:
    """Filters on events; None means no filter. Text filters ignore case."""

    country: str | None = None  # a country name or its ISO 3166 alpha-3 code
    event_type: str | None = None
    sub_event_type: str | None = None
    date_from: date | None = None  # inclusive; undated events never match a date filter
    date_to: date | None = None  # inclusive
    actor: str | None = None  # a substring of actor1, actor2 or an associated actor

    def conditions(self) -> list[ColumnElement[bool]]:
        out: list[ColumnElement[bool]] = []
        if self.country:
            name = self.country.strip().lower()
            out.append(or_(func.lower(E.c.country) == name, func.lower(E.c.iso3) == name))
        if self.event_type:
            out.append(func.lower(E.c.event_type) == self.event_type.strip().lower())
        if self.sub_event_type:
            out.append(func.lower(E.c.sub_event_type) == self.sub_event_type.strip().lower())
        # ISO dates as text sort like dates.
        if self.date_from:
            out.append(E.c.event_date >= self.date_from.isoformat())
        if self.date_to:
            out.append(E.c.event_date <= self.date_to.isoformat())
        if self.actor and self.actor.strip():
            part = self.actor.strip().lower()
            out.append(or_(*(func.lower(c).contains(part, autoescape=True) for c in ACTOR_COLUMNS)))
        return out

    def where(self, stmt: Select[Any]) -> Select[Any]:
        conditions = self.conditions()
        return stmt.where(and_(*conditions)) if conditions else stmt


@dataclass(frozen=True)
class ArticleQuery:
    status: str | None = None  # "ok" or "rejected"

    def where(self, stmt: Select[Any]) -> Select[Any]:
        if self.status:
            return stmt.where(schema.articles.c.status == self.status)
        return stmt


@contextmanager
def reading(store: Store) -> Iterator[Connection]:
    """A connection; a database failure becomes a StoreError naming the database."""
    try:
        with store.engine.connect() as conn:
            yield conn
    except SQLAlchemyError as exc:
        raise StoreError(f"cannot read {store.safe_url}: {db_reason(exc)}") from exc


def count_events(store: Store, query: EventQuery) -> int:
    with reading(store) as conn:
        return int(conn.execute(query.where(select(func.count()).select_from(E))).scalar_one())


def find_events(
    store: Store, query: EventQuery, limit: int | None = None, offset: int = 0
) -> list[Event]:
    """Matching events by date (undated last), then id; `limit` None means all."""
    stmt = query.where(select(E)).order_by(E.c.event_date.is_(None), E.c.event_date, E.c.event_id)
    if limit is not None:
        stmt = stmt.limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    with reading(store) as conn:
        rows = [dict(r._mapping) for r in conn.execute(stmt)]
        return assemble(conn, rows)


def get_event(store: Store, event_id: str) -> Event | None:
    with reading(store) as conn:
        rows = [dict(r._mapping) for r in conn.execute(select(E).where(E.c.event_id == event_id))]
        events = assemble(conn, rows)
    return events[0] if events else None


def assemble(conn: Connection, rows: list[dict[str, Any]]) -> list[Event]:
    """Full Event records for event rows: their sources and evidence, in stored order."""
    ids = [r["event_id"] for r in rows]
    sources = children(conn, schema.sources, ids)
    evidence = children(conn, schema.evidence, ids)
    out = []
    for row in rows:
        eid = row["event_id"]
        row["sources"] = sources.get(eid, [])
        row["evidence"] = evidence.get(eid, [])
        row["source_fatalities"] = dict(row["source_fatalities"] or {})
        out.append(Event.from_dict(row))
    return out


def children(conn: Connection, table: Any, ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
    """Rows of `table` by event_id, in position order, without the key columns."""
    out: dict[str, list[dict[str, Any]]] = {}
    for i in range(0, len(ids), CHUNK):
        stmt = (
            select(table)
            .where(table.c.event_id.in_(ids[i : i + CHUNK]))
            .order_by(table.c.event_id, table.c.position)
        )
        for r in conn.execute(stmt):
            row = dict(r._mapping)
            eid = row.pop("event_id")
            row.pop("position")
            out.setdefault(eid, []).append(row)
    return out


def count_articles(store: Store, query: ArticleQuery) -> int:
    stmt = query.where(select(func.count()).select_from(schema.articles))
    with reading(store) as conn:
        return int(conn.execute(stmt).scalar_one())


def find_articles(
    store: Store, query: ArticleQuery, limit: int | None = None, offset: int = 0
) -> list[dict[str, Any]]:
    """Stored inputs with their status and reason, by article_id, without their text."""
    stmt = query.where(select(*ARTICLE_COLUMNS)).order_by(schema.articles.c.article_id)
    if limit is not None:
        stmt = stmt.limit(limit)
    if offset:
        stmt = stmt.offset(offset)
    with reading(store) as conn:
        return [dict(r._mapping) for r in conn.execute(stmt)]


def get_article(store: Store, article_id: str) -> dict[str, Any] | None:
    """One stored input with its text (None for a rejected one)."""
    stmt = select(schema.articles).where(schema.articles.c.article_id == article_id)
    with reading(store) as conn:
        row = conn.execute(stmt).first()
    return dict(row._mapping) if row is not None else None
