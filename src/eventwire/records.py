"""The typed records that flow through eventwire.

Every stage takes and returns these; nothing passes loose dicts. Offsets are
character offsets into ``Article.text`` (the article text as given), and the
cleaned text the analysis runs on has exactly the same length, so an offset
found anywhere in the pipeline points at the original text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Article:
    """One input report, read and decoded."""

    article_id: str
    text: str
    origin: str  # where it came from: a path, "path:line" or "<stdin>:line"
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: date | None = None
    language: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "origin": self.origin,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "status": "ok",
            "reason": None,
            "chars": len(self.text),
        }


@dataclass(frozen=True)
class Rejected:
    """An input that could not be used, and why."""

    article_id: str
    origin: str
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "origin": self.origin,
            "title": None,
            "url": None,
            "source": None,
            "published": None,
            "language": None,
            "status": "rejected",
            "reason": self.reason,
            "chars": 0,
        }


@dataclass(frozen=True)
class Span:
    """A character span of an article's text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Place:
    """One GeoNames entry (a populated place, an admin region or a country)."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    country_code: str  # ISO 3166 alpha-2
    country: str
    iso3: str
    admin1: str | None
    admin2: str | None
    feature_class: str  # GeoNames: P populated place, A admin region/country, ...
    feature_code: str  # GeoNames: PPLC, PPLA, PPL, ADM1, ADM2, PCLI, ...
    population: int = 0


@dataclass(frozen=True)
class Toponym:
    """A place name found in the text, resolved to a Place or left unresolved."""

    start: int
    end: int
    text: str
    place: Place | None
    confidence: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        p = self.place
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "name": p.name if p else None,
            "geonameid": p.geonameid if p else None,
            "latitude": p.latitude if p else None,
            "longitude": p.longitude if p else None,
            "country_code": p.country_code if p else None,
            "admin1": p.admin1 if p else None,
            "feature_code": p.feature_code if p else None,
        }


@dataclass(frozen=True)
class Location:
    """Where one event happened, with ACLED's geo_precision (1 town, 2 near/district, 3 region)."""

    place: Place | None  # None when only a country or nothing is known
    precision: int
    country: str | None
    iso3: str | None
    admin1: str | None
    admin2: str | None
    name: str | None  # ACLED's `location`
    latitude: float | None
    longitude: float | None
    span: Span | None  # the text naming the place


@dataclass(frozen=True)
class EventMention:
    """A passage reporting one conflict event, typed in ACLED's scheme."""

    start: int  # the passage (usually one sentence) the event was found in
    end: int
    trigger: Span  # the word(s) that signal the event ("killed", "bombing", "protested")
    event_type: str
    sub_event_type: str
    disorder_type: str
    confidence: float


@dataclass(frozen=True)
class Actor:
    """A normalised actor, ACLED style, with its inter code (1-8)."""

    name: str
    inter: int
    span: Span | None = None


@dataclass(frozen=True)
class ActorCoding:
    actor1: Actor | None
    actor2: Actor | None
    assoc_actor_1: tuple[Actor, ...] = ()
    assoc_actor_2: tuple[Actor, ...] = ()

    def each(self, change: Callable[[Actor], Actor]) -> ActorCoding:
        """The coding with `change` applied to every actor, associated ones included."""
        return ActorCoding(
            change(self.actor1) if self.actor1 else None,
            change(self.actor2) if self.actor2 else None,
            tuple(map(change, self.assoc_actor_1)),
            tuple(map(change, self.assoc_actor_2)),
        )


@dataclass(frozen=True)
class Fatalities:
    """Deaths reported for one event: ACLED's conservative figure and UCDP's range."""

    fatalities: int  # conservative; 0 when none reported
    low: int | None
    best: int | None
    high: int | None
    spans: tuple[Span, ...] = ()
    #: (the toll told, the number of places) when this is one place's share of a toll told
    #: for a list of places ("29 killed in Arish, Rafah and Sheikh Zuweid": 10 of 29, 3)
    shared: tuple[int, int] | None = None


@dataclass(frozen=True)
class EventDate:
    """The resolved date of an event with ACLED's time_precision (1 day, 2 week, 3 month)."""

    date: date | None
    precision: int
    span: Span | None


@dataclass(frozen=True)
class Evidence:
    field: str
    article_id: str
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class SourceRef:
    article_id: str
    title: str | None
    url: str | None
    source: str | None
    published: str | None  # YYYY-MM-DD

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def of(cls, article: Article) -> SourceRef:
        return cls(
            article_id=article.article_id,
            title=article.title,
            url=article.url,
            source=article.source,
            published=article.published.isoformat() if article.published else None,
        )


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction code: the two actor types joined, smaller first (1 alone → 10)."""
    codes = sorted(c for c in (inter1, inter2) if c)
    if not codes:
        return None
    return int(f"{codes[0]}{codes[1] if len(codes) > 1 else 0}")


@dataclass
class Event:
    """One coded event: the contract's record (see CONTRACT.md)."""

    event_id: str
    event_date: str | None
    time_precision: int
    event_type: str
    sub_event_type: str
    disorder_type: str
    actor1: str | None
    actor2: str | None
    assoc_actor_1: str | None
    assoc_actor_2: str | None
    inter1: int | None
    inter2: int | None
    interaction: int | None
    country: str | None
    iso3: str | None
    admin1: str | None
    admin2: str | None
    location: str | None
    latitude: float | None
    longitude: float | None
    geonameid: int | None
    geo_precision: int | None
    fatalities: int
    fatalities_low: int | None
    fatalities_best: int | None
    fatalities_high: int | None
    notes: str
    sources: list[SourceRef] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    confidence: float = 0.0
    # Per-source fatality figures kept for merging and disagreement reports.
    source_fatalities: dict[str, int] = field(default_factory=dict)

    def first_trigger(self) -> int | None:
        """Where the event's first trigger starts, if it has one."""
        return min((e.start for e in self.evidence if e.field == "event_type"), default=None)

    def own_evidence(self, field: str, text: str) -> list[Evidence]:
        """The evidence for `field` in the paragraph of the event's first trigger or after
        it, not what the event took from an earlier paragraph ("on Wednesday" in the lede,
        for "The attacker detonated his explosives at the gate" below it)."""
        first = self.first_trigger()
        paragraph = text.rfind("\n\n", 0, first) if first is not None else -1
        return [e for e in self.evidence if e.field == field and e.start > paragraph]

    def to_dict(self) -> dict[str, Any]:
        out = dataclasses.asdict(self)
        out["sources"] = [s.to_dict() for s in self.sources]
        out["evidence"] = [e.to_dict() for e in self.evidence]
        return out

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Event:
        names = {f.name for f in dataclasses.fields(cls)}
        kwargs = {k: v for k, v in data.items() if k in names}
        kwargs["sources"] = [SourceRef(**s) for s in data.get("sources", [])]
        kwargs["evidence"] = [Evidence(**e) for e in data.get("evidence", [])]
        kwargs["source_fatalities"] = dict(data.get("source_fatalities") or {})
        return cls(**kwargs)


@dataclass(frozen=True)
class Quote:
    article_id: str
    speaker: str | None
    quote: str
    start: int
    end: int
    direct: bool = True  # False for reported speech ("X said that ...")

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Claim:
    """A numeric or factual claim with who made it and what it is about."""

    claim_id: str
    article_id: str
    subject: str  # what is quantified, normalised ("territory lost in Syria", "killed")
    value: float
    unit: str  # "people", "percent", "usd", ...
    text: str
    start: int
    end: int
    claimant: str | None = None
    value_high: float | None = None  # the top of a range ("16 to 20 percent")
    qualifier: str | None = None  # "at least", "about", "up to", ... as written

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


@dataclass(frozen=True)
class Duplicate:
    """A passage repeated across articles (or within one scraped page)."""

    article_ids: tuple[str, ...]
    text: str
    spans: tuple[tuple[str, int, int], ...]  # (article_id, start, end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_ids": list(self.article_ids),
            "text": self.text,
            "spans": [{"article_id": a, "start": s, "end": e} for a, s, e in self.spans],
        }
