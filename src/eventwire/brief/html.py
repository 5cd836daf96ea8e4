"""brief.html: one self-contained page (Leaflet, the world basemap and the data inlined).

All text from the reports is escaped here or set with textContent by the script, so a
report cannot inject markup. The data travels as JSON in a script block with `<`, `>`
and `&` escaped, which the HTML parser cannot end early.
"""

from __future__ import annotations

import json
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any
from urllib.parse import urlparse

from ..records import Event
from ..story_result import Story
from .markdown import cut
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

# Nothing may be fetched: the brief must work offline and leak nothing about its reader.
CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"


@lru_cache(maxsize=8)
def asset(name: str) -> str:
    """A vendored or own static file of the brief, from the installed package."""
    return (resources.files("eventwire.brief") / "static" / name).read_text(encoding="utf-8")


def h(text: object) -> str:
    return escape(str(text), quote=True)


def script_json(data: object) -> str:
    """JSON safe inside <script>: no character can close the element or start a comment."""
    raw = json.dumps(data, ensure_ascii=False)
    return raw.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def safe_url(url: str | None) -> str | None:
    if not url:
        return None
    return url if urlparse(url).scheme in ("http", "https") else None


def event_data(story: Story, e: Event) -> dict[str, Any]:
    return {
        "id": e.event_id,
        "date": e.event_date,
        "label": label_of(e),
        "type": e.event_type,
        "sub_type": e.sub_event_type,
        "place": place_of(e),
        "lat": e.latitude,
        "lon": e.longitude,
        "region_only": e.geo_precision == 3,
        "fatalities": e.fatalities,
        "actors": actors_of(e),
        "sources": [source_name(story, s.article_id) for s in e.sources],
    }


def _sources(story: Story, e: Event) -> str:
    items = []
    for s in e.sources:
        name = h(source_name(story, s.article_id))
        article = next((a for a in story.articles if a.article_id == s.article_id), None)
        url = safe_url(s.url or (article.url if article else None))
        items.append(f'<a href="{h(url)}" rel="noreferrer">{name}</a>' if url else name)
    return ", ".join(items)


def _evidence(e: Event) -> str:
    rows = "".join(
        f"<li><b>{h(ev.field)}</b>: “{h(cut(ev.text, 120))}” "
        f'<span class="ref">{h(ev.article_id)} {ev.start}-{ev.end}</span></li>'
        for ev in e.evidence
    )
    return f"<ul>{rows}</ul>" if rows else ""


def events_table(story: Story) -> str:
    if not story.events:
        return '<p class="empty">No events found.</p>'
    rows = []
    for e in timeline(story):
        per_source = "".join(
            f"<li>{h(source_name(story, a))}: {n}</li>"
            for a, n in sorted(e.source_fatalities.items())
        )
        rows.append(
            f'<tr id="{h(e.event_id)}"><td>{h(e.event_date or "undated")}'
            f"<br><small>{h(PRECISION_TIME.get(e.time_precision, '?'))}</small></td>"
            f"<td>{h(e.event_type)}<br><small>{h(e.sub_event_type)}</small></td>"
            f"<td>{h(actors_of(e))}</td>"
            f"<td>{h(place_of(e))}<br><small>"
            f"{h(PRECISION_GEO.get(e.geo_precision or 0, 'unplaced'))}</small></td>"
            f"<td>{h(toll_of(e))}"
            + (f"<ul>{per_source}</ul>" if len(e.source_fatalities) > 1 else "")
            + f"</td><td>{_sources(story, e)}</td><td>{h(e.notes)}{_evidence(e)}</td></tr>"
        )
    head = (
        "<tr><th>Date</th><th>Type</th><th>Actors</th><th>Place</th><th>Fatalities</th>"
        "<th>Sources</th><th>Notes and evidence</th></tr>"
    )
    return f'<table id="events"><thead>{head}</thead><tbody>{"".join(rows)}</tbody></table>'


def quotes_section(story: Story) -> str:
    groups = quotes_by_speaker(story)
    if not groups:
        return '<p class="empty">No quotes found.</p>'
    parts = []
    for speaker, quotes in groups.items():
        items = "".join(
            f'<li class="{"direct" if q.direct else "reported"}">'
            + (f"“{h(cut(q.quote))}”" if q.direct else f"<i>reported:</i> {h(cut(q.quote))}")
            + f' <span class="ref">{h(source_name(story, q.article_id))}</span></li>'
            for q in quotes
        )
        parts.append(f'<div class="speaker"><h3>{h(speaker)}</h3><ul>{items}</ul></div>')
    return "".join(parts)


def disagreements_section(story: Story) -> str:
    if not story.disagreements:
        return '<p class="empty">No conflicting figures found.</p>'
    parts = []
    for d in story.disagreements:
        claims = "".join(
            f"<li>“{h(c.text)}” — {h(c.claimant or 'unattributed')}, "
            f'<span class="ref">{h(source_name(story, c.article_id))}</span></li>'
            for c in d.claims
        )
        scope = "across sources" if d.across_sources else "within one report"
        parts.append(f"<li><b>{h(d.subject)}</b> <small>({scope})</small><ul>{claims}</ul></li>")
    return f'<ul class="disagreements">{"".join(parts)}</ul>'


def duplicates_section(story: Story) -> str:
    if not story.duplicates:
        return '<p class="empty">No repeated passages.</p>'
    items = "".join(
        f'<li>“{h(cut(d.text))}” <span class="ref">'
        + h(", ".join(f"{a} {s}-{e}" for a, s, e in d.spans))
        + "</span></li>"
        for d in story.duplicates
    )
    return f'<ul class="duplicates">{items}</ul>'


def render_html(story: Story) -> str:
    data = {"events": [event_data(story, e) for e in timeline(story)]}
    lines = "".join(f"<li>{h(line)}</li>" for line in overview(story))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<title>eventwire brief</title>
<style>{asset("leaflet.css")}</style>
<style>{asset("brief.css")}</style>
</head><body>
<h1>Brief</h1>
<section id="story"><h2>The story</h2><ul>{lines}</ul></section>
<section><h2>Timeline</h2><div id="timeline"></div></section>
<section><h2>Map</h2><div id="map"></div></section>
<section><h2>Events</h2>{events_table(story)}</section>
<section><h2>Quotes by speaker</h2>{quotes_section(story)}</section>
<section><h2>Disagreements</h2>{disagreements_section(story)}</section>
<section><h2>Repeated passages</h2>{duplicates_section(story)}</section>
<footer>Basemap: Natural Earth 1:110m countries (world-atlas). Map: Leaflet.</footer>
<script type="application/json" id="ew-data">{script_json(data)}</script>
<script type="application/json" id="ew-world">{asset("countries-110m.json")}</script>
<script>{asset("leaflet.js")}</script>
<script>{asset("topojson-client.min.js")}</script>
<script>{asset("brief.js")}</script>
</body></html>
"""
