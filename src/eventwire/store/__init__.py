"""Storage with SQLAlchemy 2: SQLite by default, PostgreSQL via ``postgresql+psycopg://``.

One run is saved in one transaction, and saving is an upsert by ``article_id`` and
``event_id``: re-running the same inputs replaces rows instead of adding duplicates, and a
failed write leaves what was stored before untouched.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Connection, Engine, create_engine, delete, event, insert, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from ..errors import StoreError
from ..records import Article, Event, Rejected
from . import schema

__all__ = ["Store", "default_db_url"]

# Rows per DELETE ... IN (...): far below SQLite's and PostgreSQL's parameter limits.
CHUNK = 500

_EVENT_COLUMNS = [c.name for c in schema.events.columns]


class Store:
    """A database of articles and events; the engine may be passed in (tests, servers)."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self.url = url
        self.engine = engine if engine is not None else open_engine(url)
        try:
            schema.metadata.create_all(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open database {self.safe_url}: {reason(exc)}") from exc

    @property
    def safe_url(self) -> str:
        return safe(self.url)

    def save(
        self,
        articles: Sequence[Article],
        rejected: Sequence[Rejected],
        events: Sequence[Event],
    ) -> None:
        """Store one run's articles and events in one transaction; re-runs add no duplicates.

        Rows are replaced by article_id and event_id. A stored event whose sources all lie
        among this run's articles, and which this run no longer reports, is removed: the
        store holds the latest reading of every article.
        """
        article_rows = unique_rows(
            [article_row(a) for a in articles] + [rejected_row(r) for r in rejected],
            "article_id",
        )
        event_list = list({e.event_id: e for e in events}.values())  # last one wins
        try:
            with self.engine.begin() as conn:
                replace(conn, schema.articles, "article_id", article_rows)
                ids = [e.event_id for e in event_list]
                run = {r["article_id"] for r in article_rows}
                ids += stale_events(conn, run, set(ids))
                for table in (schema.sources, schema.evidence):
                    delete_ids(conn, table, "event_id", ids)
                delete_ids(conn, schema.events, "event_id", ids)
                insert_rows(conn, schema.events, [event_row(e) for e in event_list])
                insert_rows(conn, schema.sources, [r for e in event_list for r in source_rows(e)])
                insert_rows(
                    conn, schema.evidence, [r for e in event_list for r in evidence_rows(e)]
                )
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot write to {self.safe_url}: {reason(exc)}") from exc

    def events(self) -> list[Event]:
        """Every stored event, full record, ordered by event_id."""
        try:
            with self.engine.connect() as conn:
                rows = conn.execute(select(schema.events).order_by(schema.events.c.event_id))
                events = [dict(r._mapping) for r in rows]
                srcs = grouped(
                    conn.execute(select(schema.sources).order_by("event_id", "position"))
                )
                evid = grouped(
                    conn.execute(select(schema.evidence).order_by("event_id", "position"))
                )
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read {self.safe_url}: {reason(exc)}") from exc
        out = []
        for row in events:
            eid = row["event_id"]
            row["sources"] = [strip(r, "event_id", "position") for r in srcs.get(eid, [])]
            row["evidence"] = [strip(r, "event_id", "position") for r in evid.get(eid, [])]
            row["source_fatalities"] = dict(row["source_fatalities"] or {})
            out.append(Event.from_dict(row))
        return out

    def articles(self) -> list[Article | Rejected]:
        """Every stored input with its status, ordered by article_id."""
        try:
            with self.engine.connect() as conn:
                rows = [
                    dict(r._mapping)
                    for r in conn.execute(
                        select(schema.articles).order_by(schema.articles.c.article_id)
                    )
                ]
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot read {self.safe_url}: {reason(exc)}") from exc
        return [to_article(r) for r in rows]

    def close(self) -> None:
        self.engine.dispose()


def default_db_url() -> str:
    """SQLite in the user's data directory (created when missing)."""
    folder = Path(platformdirs.user_data_dir("eventwire", appauthor=False))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the data folder {folder}: {exc.strerror}") from exc
    return f"sqlite:///{folder / 'eventwire.db'}"


def open_engine(url: str) -> Engine:
    """An engine for `url`; StoreError naming the URL when it is malformed or unusable."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(
            f"not a database URL: {url!r} (expected e.g. sqlite:///events.db)"
        ) from exc
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        folder = Path(parsed.database).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create {folder} for {safe(url)}: {exc.strerror}") from exc
    try:
        engine = create_engine(parsed)
    except (ArgumentError, SQLAlchemyError, ImportError) as exc:
        raise StoreError(f"cannot use database {safe(url)}: {reason(exc)}") from exc
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def safe(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def reason(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None)
    text = str(orig if orig is not None else exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def stale_events(conn: Connection, run: set[str], keep: set[str]) -> list[str]:
    """Stored events this run supersedes: every source is an article of this run, and the
    run no longer reports them (the code or the article changed since they were stored)."""
    ids = sorted(run)
    by_event: dict[str, set[str]] = {}
    for i in range(0, len(ids), CHUNK):
        touched = select(schema.sources.c.event_id).where(
            schema.sources.c.article_id.in_(ids[i : i + CHUNK])
        )
        rows = conn.execute(
            select(schema.sources.c.event_id, schema.sources.c.article_id).where(
                schema.sources.c.event_id.in_(touched)
            )
        )
        for event_id, article_id in rows:
            by_event.setdefault(event_id, set()).add(article_id)
    return sorted(e for e, arts in by_event.items() if e not in keep and arts <= run)


def replace(conn: Connection, table: Any, key: str, rows: list[dict[str, Any]]) -> None:
    delete_ids(conn, table, key, [r[key] for r in rows])
    insert_rows(conn, table, rows)


def delete_ids(conn: Connection, table: Any, key: str, ids: Sequence[str]) -> None:
    for i in range(0, len(ids), CHUNK):
        conn.execute(delete(table).where(table.c[key].in_(ids[i : i + CHUNK])))


def insert_rows(conn: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if rows:
        conn.execute(insert(table), rows)


def unique_rows(rows: list[dict[str, Any]], key: str) -> list[dict[str, Any]]:
    return list({r[key]: r for r in rows}.values())


def article_row(article: Article) -> dict[str, Any]:
    row = article.to_dict()
    row["text"] = article.text
    return row


def rejected_row(item: Rejected) -> dict[str, Any]:
    row = item.to_dict()
    row["text"] = None
    return row


def to_article(row: dict[str, Any]) -> Article | Rejected:
    if row["status"] == "rejected":
        return Rejected(row["article_id"], row["origin"], row["reason"] or "")
    published = date.fromisoformat(row["published"]) if row["published"] else None
    return Article(
        article_id=row["article_id"],
        text=row["text"] or "",
        origin=row["origin"],
        title=row["title"],
        url=row["url"],
        source=row["source"],
        published=published,
        language=row["language"],
    )


def event_row(e: Event) -> dict[str, Any]:
    data = e.to_dict()
    return {name: data[name] for name in _EVENT_COLUMNS}


def source_rows(e: Event) -> list[dict[str, Any]]:
    return [{"event_id": e.event_id, "position": i, **s.to_dict()} for i, s in enumerate(e.sources)]


def evidence_rows(e: Event) -> list[dict[str, Any]]:
    return [
        {"event_id": e.event_id, "position": i, **x.to_dict()} for i, x in enumerate(e.evidence)
    ]


def grouped(rows: Iterable[Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for r in rows:
        out.setdefault(r.event_id, []).append(dict(r._mapping))
    return out


def strip(row: dict[str, Any], *keys: str) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in keys}
