"""brief.md: the story for a text reader."""

from __future__ import annotations

import re

from ..story_result import Story
from .summary import (
    PRECISION_GEO,
    PRECISION_TIME,
    actors_of,
    label_of,
    overview,
    place_of,
    quotes_by_speaker,
    source_name,
    timeline,
    toll_of,
)

_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~])")
EXCERPT = 300  # characters of a repeated passage or evidence shown


def md(text: object) -> str:
    """Escape text for Markdown (no markup, no raw HTML, one line)."""
    flat = " ".join(str(text).split())
    return _SPECIAL.sub(r"\\\1", flat)


def cut(text: str, n: int = EXCERPT) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def render_markdown(story: Story) -> str:
    out: list[str] = ["# Brief", ""]
    out += [f"- {md(line)}" for line in overview(story)]
    out += ["", "## Timeline", ""]
    for e in timeline(story):
        srcs = ", ".join(md(source_name(story, s.article_id)) for s in e.sources)
        out.append(f"- {md(label_of(e))} ({md(actors_of(e))}; sources: {srcs})")
    if not story.events:
        out.append("No events found.")
    out += ["", "## Events", ""]
    if story.events:
        out.append("| date | type | actors | place | fatalities | sources | evidence |")
        out.append("|---|---|---|---|---|---|---|")
        for e in timeline(story):
            date = f"{e.event_date or 'undated'} ({PRECISION_TIME.get(e.time_precision, '?')})"
            geo = PRECISION_GEO.get(e.geo_precision or 0, "unplaced")
            per_source = "; ".join(
                f"{source_name(story, a)}: {n}" for a, n in sorted(e.source_fatalities.items())
            )
            toll = toll_of(e) + (f" [{per_source}]" if len(e.source_fatalities) > 1 else "")
            evidence = "; ".join(f"{ev.field}: “{cut(ev.text, 80)}”" for ev in e.evidence)
            cells = [
                date,
                f"{e.event_type} / {e.sub_event_type}",
                actors_of(e),
                f"{place_of(e)} ({geo})",
                toll,
                ", ".join(source_name(story, s.article_id) for s in e.sources),
                evidence,
            ]
            out.append("| " + " | ".join(md(c) for c in cells) + " |")
    else:
        out.append("No events found.")
    out += ["", "## Quotes by speaker", ""]
    for speaker, quotes in quotes_by_speaker(story).items():
        out.append(f"### {md(speaker)}")
        out.append("")
        for q in quotes:
            mark = "“" + md(cut(q.quote)) + "”" if q.direct else "(reported) " + md(cut(q.quote))
            out.append(f"- {mark} — {md(source_name(story, q.article_id))}")
        out.append("")
    if not story.quotes:
        out += ["No quotes found.", ""]
    out += ["## Disagreements", ""]
    for d in story.disagreements:
        out.append(
            f"- **{md(d.subject)}**" + (" (within one report)" if not d.across_sources else "")
        )
        for c in d.claims:
            who = c.claimant or "unattributed"
            out.append(f"  - {md(c.text)} — {md(who)}, {md(source_name(story, c.article_id))}")
    if not story.disagreements:
        out.append("No conflicting figures found.")
    out += ["", "## Repeated passages", ""]
    for dup in story.duplicates:
        where = ", ".join(f"{md(a)} {s}-{e}" for a, s, e in dup.spans)
        out.append(f"- “{md(cut(dup.text))}” ({where})")
    if not story.duplicates:
        out.append("No repeated passages.")
    return "\n".join(out) + "\n"
