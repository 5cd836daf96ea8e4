"""Events told over several days: ACLED codes one event per day and shares the toll
between them ("70 killed during four days of fighting (17-20/03)": 18, 18, 17, 17)."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..notes import day_notes
from ..records import Event
from .fatalities import unknown_number
from .lexicon import MONTH_WORD

#: The longest run of days split into daily events; a longer one is a campaign.
MAX_DAYS = 7
_COUNT = r"(two|three|four|five|six|seven|[2-7])"
_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
#: "over two days", "in the past three days", "during four days of fighting", "a two-day
#: battle" (not "after two days of fighting": what followed them is the event).
_SPAN = re.compile(
    rf"\b(?:(?:over|during|in|across|within)(?: a| the)?"
    rf"(?: (?P<past>past|last|previous)| (?:following|consecutive))? {_COUNT}[- ]days?\b|"
    rf"(?<!after ){_COUNT}[- ]days? (?:of|long) (?:heavy |fierce |intense )?"
    r"(?:fighting|clashes|battles?|attacks|raids|strikes|air ?strikes|shelling|bombardment|"
    r"violence|operations?|offensive)\b|"
    rf"(?<!after )(?:a |the ){_COUNT}-day (?:battle|offensive|assault|siege|fight|operation|"
    r"clash(?:es)?|attack))",
    re.IGNORECASE,
)
_TO = r"(?:\s?[-–]\s?|\s(?:to|and|until)\s)"
#: "(17-20/03)", "Mar.26-28", "26-28 March", "from 4 to 6 March", "between 26 and 28 March".
_RANGE = re.compile(
    rf"\b(\d{{1,2}})\s?[-–]\s?(\d{{1,2}})/\d{{1,2}}\b|"
    rf"\b{MONTH_WORD}\s?(\d{{1,2}}){_TO}(\d{{1,2}})\b(?!/)|"
    rf"\b(\d{{1,2}}){_TO}(\d{{1,2}}) {MONTH_WORD}(?![a-z])",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Days:
    """How many days a passage tells its event over, and whether its date is the last."""

    count: int
    ends_on_date: bool = False
    last_day: int | None = None  # the range's last day of the month ("17-20/03": 20)


def days_told(text: str) -> Days | None:
    """The run of days a passage's event lasted, None for one day or a run too long."""
    found = _RANGE.search(text)
    first, last = (int(g) for g in found.groups() if g) if found else (0, 0)
    ranged = Days(last - first + 1, last_day=last) if 2 <= last - first + 1 <= MAX_DAYS else None
    span = _SPAN.search(text)
    if span is not None:
        word = next(g for g in span.groups()[1:] if g)
        count = _WORDS.get(word.lower()) or int(word)
        return Days(count, bool(span.group("past")), ranged.last_day if ranged else None)
    return ranged


def share(total: int, day: int, days: int) -> int:
    """Day `day`'s part of a toll shared over `days` days, the remainder to the first."""
    return total // days + (1 if day < total % days else 0)


def by_day(event: Event, days: Days, published: date | None = None) -> list[Event]:
    """One event per day, each with its share of the toll (ACLED's practice). Deaths told
    with no number ("heavy casualties", coded as ACLED's stand-in figure) are no toll to
    share: each day keeps the stand-in."""
    if event.event_date is None:
        return [event]
    first = _first_day(date.fromisoformat(event.event_date), days, published)
    unknown = unknown_number(event.fatalities, event.fatalities_low, event.fatalities_high)
    parts = 1 if unknown else days.count  # one part: each day keeps the whole figure
    out = _days(event, first, days, parts)
    for day in out:
        day.notes = day_notes(event, day, days.count, shared=parts > 1)
    return out


def _days(event: Event, first: date, days: Days, parts: int) -> list[Event]:
    return [
        dataclasses.replace(
            event,
            event_id=f"{event.event_id}-d{i + 1}",
            event_date=(first + timedelta(days=i)).isoformat(),
            fatalities=share(event.fatalities, i % parts, parts),
            fatalities_low=part(event.fatalities_low, i % parts, parts),
            fatalities_best=part(event.fatalities_best, i % parts, parts),
            fatalities_high=part(event.fatalities_high, i % parts, parts),
            source_fatalities={
                k: share(v, i % parts, parts) for k, v in event.source_fatalities.items()
            },
            evidence=list(event.evidence),
            sources=list(event.sources),
        )
        for i in range(days.count)
    ]


def _first_day(told: date, days: Days, published: date | None) -> date:
    """The event's date starts the run, unless the passage ends the run on it ("in the past
    two days", a range's last day), or a run with no dates told would pass the publication
    date (a range of dates says itself where the run ends)."""
    ends = days.ends_on_date or told.day == days.last_day
    if published is not None and days.last_day is None:
        ends = ends or told + timedelta(days=days.count - 1) > published
    return told - timedelta(days=days.count - 1) if ends else told


def part(value: int | None, day: int, days: int) -> int | None:
    """`share` of a figure that may be unknown."""
    return None if value is None else share(value, day, days)
