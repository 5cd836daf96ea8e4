"""What the brief says, as plain data: shared by the Markdown and the HTML writers."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..records import Event, Quote
from ..story_result import Story

PRECISION_TIME = {1: "day", 2: "week", 3: "month"}
PRECISION_GEO = {1: "town", 2: "near town / district", 3: "region"}
MAX_SPEAKERS = 3


def place_of(e: Event) -> str:
    parts = [p for p in (e.location, e.admin1, e.country) if p]
    return ", ".join(dict.fromkeys(parts)) or "unknown place"


def toll_of(e: Event) -> str:
    """'12 (12-15, best 15)' or '0'."""
    if e.fatalities_low is None and e.fatalities_high is None:
        return str(e.fatalities)
    if e.fatalities_low == e.fatalities_high:
        return str(e.fatalities)
    return f"{e.fatalities} ({e.fatalities_low}-{e.fatalities_high}, best {e.fatalities_best})"


def label_of(e: Event) -> str:
    """One line naming an event: what, where, when, deaths."""
    when = e.event_date or "undated"
    dead = f", {e.fatalities} killed" if e.fatalities else ""
    return f"{when}: {e.sub_event_type} in {place_of(e)}{dead}"


def actors_of(e: Event) -> str:
    names = [n for n in (e.actor1, e.actor2) if n]
    return " vs ".join(names) if names else "unidentified"


def source_name(story: Story, article_id: str) -> str:
    for a in story.articles:
        if a.article_id == article_id:
            return a.source or a.title or a.article_id
    return article_id


def timeline(story: Story) -> list[Event]:
    """Events in date order, undated last."""
    return sorted(
        story.events, key=lambda e: (e.event_date is None, e.event_date or "", e.event_id)
    )


def quotes_by_speaker(story: Story) -> dict[str, list[Quote]]:
    """Quotes grouped by speaker, the most quoted first; unattributed last."""
    groups: dict[str, list[Quote]] = defaultdict(list)
    for q in story.quotes:
        groups[q.speaker or "unattributed"].append(q)
    return dict(
        sorted(groups.items(), key=lambda kv: (kv[0] == "unattributed", -len(kv[1]), kv[0]))
    )


def overview(story: Story) -> list[str]:
    """The story in a few lines."""
    n_art = len(story.articles)
    lines = [
        f"{n_art} report{'s' if n_art != 1 else ''} read"
        + (f", {len(story.rejected)} rejected" if story.rejected else "")
        + f"; {len(story.events)} event{'s' if len(story.events) != 1 else ''} after merging."
    ]
    dated = [e.event_date for e in story.events if e.event_date]
    if dated:
        countries = Counter(e.country for e in story.events if e.country)
        where = ", ".join(c for c, _ in countries.most_common(3))
        lines.append(
            f"Events run from {min(dated)} to {max(dated)}" + (f", in {where}." if where else ".")
        )
    if story.events:
        worst = max(story.events, key=lambda e: (e.fatalities, e.event_date or ""))
        if worst.fatalities:
            lines.append(f"Deadliest: {label_of(worst)} ({actors_of(worst)}).")
        multi = [e for e in story.events if len(e.sources) > 1]
        if multi:
            lines.append(f"{len(multi)} event(s) reported by more than one source.")
    speakers = [s for s in quotes_by_speaker(story) if s != "unattributed"][:MAX_SPEAKERS]
    if speakers:
        lines.append("Most quoted: " + ", ".join(speakers) + ".")
    for d in story.disagreements[:2]:
        lines.append(f"Sources disagree on {d.summary()}.")
    if story.duplicates:
        lines.append(f"{len(story.duplicates)} passage(s) repeated across or within reports.")
    return lines
