"""The database schema: articles (ok or rejected), events, their sources and evidence."""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Double,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

# Ids are short (hashes, relative paths, user ids); 512 leaves room for long user ids
# while keeping them indexable on every backend.
ID = String(512)

articles = Table(
    "articles",
    metadata,
    Column("article_id", ID, primary_key=True),
    Column("origin", Text, nullable=False),
    Column("status", String(16), nullable=False),  # "ok" or "rejected"
    Column("reason", Text),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("published", String(10)),  # YYYY-MM-DD
    Column("language", String(32)),
    Column("chars", Integer, nullable=False),
    Column("text", Text),
)

events = Table(
    "events",
    metadata,
    Column("event_id", ID, primary_key=True),
    Column("event_date", String(10)),
    Column("time_precision", Integer, nullable=False),
    Column("event_type", Text, nullable=False),
    Column("sub_event_type", Text, nullable=False),
    Column("disorder_type", Text, nullable=False),
    Column("actor1", Text),
    Column("actor2", Text),
    Column("assoc_actor_1", Text),
    Column("assoc_actor_2", Text),
    Column("inter1", Integer),
    Column("inter2", Integer),
    Column("interaction", Integer),
    Column("country", Text),
    Column("iso3", String(3)),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("location", Text),
    Column("latitude", Double),
    Column("longitude", Double),
    Column("geonameid", BigInteger),
    Column("geo_precision", Integer),
    Column("fatalities", BigInteger, nullable=False),
    Column("fatalities_low", BigInteger),
    Column("fatalities_best", BigInteger),
    Column("fatalities_high", BigInteger),
    Column("notes", Text, nullable=False),
    Column("confidence", Double, nullable=False),
    Column("source_fatalities", JSON, nullable=False),
)

# An event's sources, in the order the event lists them. article_id is not a foreign key:
# a merged event may cite an article stored by an earlier run.
sources = Table(
    "sources",
    metadata,
    Column("event_id", ID, ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("article_id", ID, nullable=False),
    Column("title", Text),
    Column("url", Text),
    Column("source", Text),
    Column("published", String(10)),
    Index("ix_sources_article_id", "article_id"),
)

evidence = Table(
    "evidence",
    metadata,
    Column("event_id", ID, ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("field", String(64), nullable=False),
    Column("article_id", ID, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Index("ix_evidence_article_id", "article_id"),
)
