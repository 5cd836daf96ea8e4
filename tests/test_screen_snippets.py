"""A one-line report is never taken for a photo caption (hand-built records, no model)."""

from __future__ import annotations

from eventwire.records import Article, Event, Evidence
from eventwire.story import screen_events

NOTE = "Unidentified gunmen killed three farmers in the village of Kadarko in Nasarawa"
CAPTION = "Soldiers patrol a street of the old town during a curfew in the north"


def coded(article_id: str, start: int, end: int, text: str) -> Event:
    return Event(
        event_id=f"ev-{article_id}", event_date=None, time_precision=2,
        event_type="Violence against civilians", sub_event_type="Attack",
        disorder_type="Political violence", actor1=None, actor2=None, assoc_actor_1=None,
        assoc_actor_2=None, inter1=None, inter2=None, interaction=None, country=None,
        iso3=None, admin1=None, admin2=None, location=None, latitude=None, longitude=None,
        geonameid=None, geo_precision=None, fatalities=0, fatalities_low=None,
        fatalities_best=None, fatalities_high=None, notes="",
        evidence=[Evidence("event_type", article_id, start, end, text[start:end])],
    )  # fmt: skip


def test_an_unpunctuated_one_line_report_keeps_its_event() -> None:
    article = Article(article_id="note", text=NOTE, origin="test")
    start = NOTE.index("killed")
    assert screen_events([coded("note", start, start + 6, NOTE)], [article])


def test_an_undated_caption_inside_a_longer_report_is_dropped() -> None:
    body = "Government forces shelled rebel positions overnight, officials said on Monday."
    text = f"{body}\n\n{CAPTION}\n\nThe army said the offensive would go on for weeks."
    article = Article(article_id="page", text=text, origin="test")
    start = text.index("patrol")
    assert screen_events([coded("page", start, start + 6, text)], [article]) == []
