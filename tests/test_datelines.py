"""Datelines: the day a report was filed dates a report carrying no date, never an event."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from eventwire.datelines import dateline_date, dateline_spans
from eventwire.geo import Gazetteer
from eventwire.pipeline import Resources, extract
from eventwire.read import read_inputs
from eventwire.records import Article

TODAY = date(2026, 12, 4)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("KYIV, Oct 5 (Reuters) - A missile hit", date(2026, 10, 5)),
        ("Headline\n\nJENIN, West Bank, June 19 - Troops raided", date(2026, 6, 19)),
        # a day later in the year than today was last year's
        ("MEXICO CITY, Dec 15 - Gunmen ambushed", date(2025, 12, 15)),
        ("BEIRUT, Dec. 3, 2019 (AFP) -- Jets struck", date(2019, 12, 3)),
        ("PESHAWAR, Pakistan (AP) — Militants attacked", None),  # no date in it
        ("KABUL, Feb 30 - A bomb", None),  # no such day
        ("Gunmen killed five on Oct 5 - police said", None),  # not a dateline
        # wire style: day, month, two-digit year; the country and the agency in brackets
        ("   LIMA, 7 JUN 91 -- [TEXT] A CAR BOMB", date(1991, 6, 7)),
        ("QUITO (ECUADOR), 12 FEB 90 (RADIO 2000) -- [REPORT] GUNMEN", date(1990, 2, 12)),
        ("NAIROBI, 3 MAR 24 - Police said", date(2024, 3, 3)),  # this century's
        ("LIMA, NO DATE -- [TEXT] A CAR BOMB", None),
    ],
)
def test_the_day_a_dateline_gives(text: str, day: date | None) -> None:
    assert dateline_date(text, TODAY) == day


def test_a_dateline_spans_up_to_its_dash() -> None:
    text = "PESHAWAR, Pakistan (AP) — Militants attacked a checkpost."
    assert [text[a:b] for a, b in dateline_spans(text)] == ["PESHAWAR, Pakistan (AP) — "]
    assert dateline_spans("The army said - nothing more.") == []
    text = "   QUITO (ECUADOR), 12 FEB 90 (RADIO 2000) -- GUNMEN"
    assert [text[a:b] for a, b in dateline_spans(text)] == [text[3:-6]]


def test_a_report_carrying_no_date_is_dated_by_its_dateline(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Strike\n\nKYIV, Oct 5 (Reuters) - A missile hit a block.")
    (tmp_path / "b.txt").write_text("A missile hit a block in Kyiv on Monday.")
    found = {a.article_id: a.published for a in read_inputs([str(tmp_path)])}
    assert found["b"] is None
    assert found["a"] is not None and (found["a"].month, found["a"].day) == (10, 5)
    # a date given for the inputs is for those carrying none; a dateline is one the report
    # carries (its year: the last Oct 5 up to the date given)
    given = {a.article_id: a.published for a in read_inputs([str(tmp_path)], date(2021, 1, 1))}
    assert given == {"a": date(2020, 10, 5), "b": date(2021, 1, 1)}


def test_the_dateline_day_is_no_events_date(nlp: Language, gazetteer: Gazetteer) -> None:
    # filed on Tuesday 6 October 2026 about Monday's strike
    text = "KYIV, Oct 6 (Reuters) - A Russian missile hit a block in Kharkiv on Monday."
    article = Article("a", text, "a.txt", published=date(2026, 10, 6))
    (event,) = extract([article], Resources(nlp, gazetteer)).events
    assert event.event_date == "2026-10-05"
    # with no day of its own the event is dated by the report, approximately
    text = "KYIV, Oct 6 (Reuters) - A Russian missile hit a block in Kharkiv, officials said."
    article = Article("a", text, "a.txt", published=date(2026, 10, 6))
    (event,) = extract([article], Resources(nlp, gazetteer)).events
    assert (event.event_date, event.time_precision) == ("2026-10-06", 2)
    assert not [e for e in event.evidence if e.field == "event_date"]
