"""Event coding: detection and ACLED typing, actors, fatalities, dates.

(Stub: owned by the events helper; replace with the real implementation.)
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from ..records import ActorCoding, EventDate, EventMention, Fatalities

__all__ = ["code_actors", "count_fatalities", "detect_events", "resolve_date"]


def detect_events(doc: Doc) -> list[EventMention]:
    """Each passage that reports a political-violence / demonstration / strategic event."""
    return []


def code_actors(doc: Doc, mention: EventMention, country: str | None) -> ActorCoding:
    """actor1/actor2 (+ associated actors) in ACLED's naming, for the event's country."""
    return ActorCoding(None, None)


def count_fatalities(doc: Doc, mention: EventMention) -> Fatalities:
    """Deaths reported for the event: conservative figure and low/best/high."""
    return Fatalities(0, None, None, None)


def resolve_date(doc: Doc, mention: EventMention, published: date | None) -> EventDate:
    """The event's date, relative expressions resolved against `published`."""
    return EventDate(None, 3, None)
