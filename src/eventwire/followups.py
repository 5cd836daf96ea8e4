"""Within one report, sentences that elaborate an event already reported join it.

Reports name an event once ("Warplanes struck Ariha on Monday") and then add to it in
sentences of their own ("Four civilians were killed in Ariha"; "The attackers arrived on
motorbikes"). Coded alone, each such sentence would be a second event dated by the
publication day. A passage that gives no date of its own and names no place other than an
earlier event's is read as that event's continuation: its evidence, and its death toll when
the event has none yet, go to the earlier event.
"""

from __future__ import annotations

from collections.abc import Sequence

from .records import Event


def has_evidence(event: Event, field: str) -> bool:
    return any(e.field == field for e in event.evidence)


def same_place(earlier: Event, later: Event) -> bool:
    """The later passage names no place, or the earlier event's place."""
    if not has_evidence(later, "location"):
        return True
    if earlier.geonameid is not None:
        return earlier.geonameid == later.geonameid
    return earlier.location is not None and earlier.location == later.location


def absorb(target: Event, followup: Event) -> None:
    """Add a continuation's evidence to `target`; take its toll when the target has none."""
    target.evidence.extend(followup.evidence)
    if followup.source_fatalities and not target.source_fatalities:
        target.fatalities = followup.fatalities
        target.fatalities_low = followup.fatalities_low
        target.fatalities_best = followup.fatalities_best
        target.fatalities_high = followup.fatalities_high
        target.source_fatalities = dict(followup.source_fatalities)


def join_followups(events: Sequence[Event]) -> list[Event]:
    """One article's events in text order → the same with continuations folded in."""
    kept: list[Event] = []
    for event in events:
        dated = has_evidence(event, "event_date")
        target = None if dated else next((k for k in reversed(kept) if same_place(k, event)), None)
        if target is None:
            kept.append(event)
        else:
            absorb(target, event)
    return kept
