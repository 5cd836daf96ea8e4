"""ACLED-style notes: one sentence saying who did what to whom, where and when, and the toll.

"On 6 March 2016, Boko Haram attacked Civilians (Nigeria) in Dikwa, Borno, Nigeria;
7 fatalities reported." followed by the reporting passage, trimmed, as the second sentence.
"""

from __future__ import annotations

import re
from datetime import date

from .records import Event

MAX_SOURCE_CHARS = 240
#: A toll told for several places, divided between their events (ACLED's practice).
SHARED = " ({total} told for {places} places, divided evenly)"

#: How ACLED's notes phrase each sub-event type: {a1} the initiator, {a2} the target.
PHRASES = {
    "Armed clash": "{a1} clashed with {a2}",
    "Government regains territory": "{a1} regained territory from {a2}",
    "Non-state actor overtakes territory": "{a1} took territory from {a2}",
    "Chemical weapon": "{a1} used chemical weapons against {a2}",
    "Air/drone strike": "{a1} carried out an air/drone strike against {a2}",
    "Suicide bomb": "{a1} carried out a suicide bombing against {a2}",
    "Shelling/artillery/missile attack": "{a1} shelled {a2}",
    "Remote explosive/landmine/IED": "an explosive device planted by {a1} went off against {a2}",
    "Grenade": "{a1} threw a grenade at {a2}",
    "Sexual violence": "{a1} sexually assaulted {a2}",
    "Attack": "{a1} attacked {a2}",
    "Abduction/forced disappearance": "{a1} abducted {a2}",
    "Peaceful protest": "{a1} demonstrated peacefully",
    "Protest with intervention": "{a1} demonstrated and {a2} intervened",
    "Excessive force against protesters": "{a1} used excessive force against {a2}",
    "Violent demonstration": "{a1} rioted",
    "Mob violence": "{a1} attacked {a2}",
    "Agreement": "{a1} reached an agreement with {a2}",
    "Arrests": "{a1} arrested {a2}",
    "Change to group/activity": "{a1} changed its activity",
    "Disrupted weapons use": "{a1} disrupted a weapons use by {a2}",
    "Headquarters or base established": "{a1} established a base",
    "Looting/property destruction": "{a1} looted or destroyed property",
    "Non-violent transfer of territory": "territory changed hands between {a1} and {a2}",
    "Other": "{a1}: strategic development",
}


def _when(event: Event) -> str:
    if not event.event_date:
        return "On an unreported date"
    day = date.fromisoformat(event.event_date)
    if event.time_precision >= 3:
        return f"In {day:%B %Y}"
    prefix = "Around" if event.time_precision == 2 else "On"
    return f"{prefix} {day.day} {day:%B %Y}"


#: A toll told for several days, shared between their events (ACLED's practice).
BY_DAY = " ({total} told over {days} days, shared by day)"


def day_notes(whole: Event, day: Event, days: int, shared: bool = True) -> str:
    """The notes of one day's event of a passage told over `days` days: the day's date, and
    its share of the toll beside the toll told ("; 18 fatalities reported (70 told over 4
    days, shared by day)"); `shared` False for a figure each day keeps whole."""
    notes = whole.notes.replace(_when(whole), _when(day), 1)
    told = f"; {whole.fatalities} fatalities reported"
    if not shared or told not in notes:
        return notes
    part = f"; {day.fatalities} fatalities reported" if day.fatalities else ";"
    return notes.replace(told, part + BY_DAY.format(total=whole.fatalities, days=days), 1)


def write_notes(event: Event, passage: str, shared: tuple[int, int] | None = None) -> str:
    """ACLED-style: '<When>, <who> <did what> <to whom> in <where>; <toll>.' + the passage.
    `shared`: (the toll told, the places) when the event's toll is its share of one told
    for several places."""
    extra = SHARED.format(total=shared[0], places=shared[1]) if shared is not None else ""
    text = re.sub(r"\s+", " ", passage).strip()
    if len(text) > MAX_SOURCE_CHARS:
        text = text[:MAX_SOURCE_CHARS].rsplit(" ", 1)[0] + "…"
    return _with_source(_head(event, extra), text)


def rewrite_notes(event: Event) -> str:
    """The notes' head written again for the event's coding now (a later passage joined it:
    its town, its toll, the bomb it told), the source passage kept; a toll's share told for
    several places is kept while the toll is."""
    head, _, source = event.notes.partition(_SOURCE)
    shared = _SHARED_TOLD.search(head)
    toll = f"; {event.fatalities} fatalities reported"
    extra = shared.group(0) if shared and f"{toll} (" in head else ""
    return _with_source(_head(event, extra), source.removesuffix('"'))


_SOURCE = ' Source: "'
_SHARED_TOLD = re.compile(re.sub(r"\\\{\w+\\\}", r"\\d+", re.escape(SHARED)))


def _head(event: Event, extra: str) -> str:
    phrase = PHRASES.get(event.sub_event_type, "{a1}: " + event.sub_event_type.lower())
    what = phrase.format(
        a1=event.actor1 or "an unidentified actor", a2=event.actor2 or "unidentified targets"
    )
    where = ", ".join(p for p in (event.location, event.admin1, event.country) if p)
    place = f" in {where}" if where else ""
    toll = f"; {event.fatalities} fatalities reported" if event.fatalities else ""
    return f"{_when(event)}, {what}{place}{toll}{extra}."


def _with_source(head: str, text: str) -> str:
    return f'{head}{_SOURCE}{text}"' if text else head
