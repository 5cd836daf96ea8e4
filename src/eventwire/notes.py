"""ACLED-style notes: one or two plain sentences describing an event."""

from __future__ import annotations

import re

from .records import Event

MAX_SOURCE_CHARS = 300


def write_notes(event: Event, passage: str) -> str:
    """'On <date>, <what> in <where>. <fatalities>.' then the reporting sentence, trimmed."""
    when = f"On {event.event_date}" if event.event_date else "On an unreported date"
    who = event.actor1 or "an unidentified actor"
    what = event.sub_event_type.lower()
    where = ", ".join(p for p in (event.location, event.admin1, event.country) if p)
    place = f" in {where}" if where else ""
    target = f" against {event.actor2}" if event.actor2 else ""
    head = f"{when}, {who}: {what}{target}{place}."
    toll = f" {event.fatalities} reported fatalities." if event.fatalities else ""
    text = re.sub(r"\s+", " ", passage).strip()
    if len(text) > MAX_SOURCE_CHARS:
        text = text[: MAX_SOURCE_CHARS].rsplit(" ", 1)[0] + "…"
    return f"{head}{toll} Report: \"{text}\"" if text else head + toll
