"""Events told over several days: one event a day, the toll shared as ACLED shares it."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from eventwire.events.days import Days, by_day, days_told, share
from eventwire.events.fatalities import UNKNOWN_TOLL
from eventwire.notes import write_notes
from eventwire.records import Event


@pytest.mark.parametrize(
    ("text", "days"),
    [
        ("Seventy fighters were killed during four days of fighting near Suuj.", Days(4)),
        ("Five were killed over 3 days of clashes in Lobonok.", Days(3)),
        ("Three soldiers were killed in the last two days of fighting.", Days(2, True)),
        ("Militias fought soldiers in Mpati between Mar.26-28.", Days(3, last_day=28)),
        ("Fighting on 17-20/03 left 70 dead.", Days(4, last_day=20)),
        # one day, a campaign too long to split, or what followed the fighting
        ("Gunmen killed five villagers on Sunday.", None),
        ("Clashes on 1-20/03 killed 40.", None),
        ("After two days of fighting the army retook the town.", None),
    ],
)
def test_days_told(text: str, days: Days | None) -> None:
    assert days_told(text) == days


def test_a_toll_is_shared_with_the_remainder_first() -> None:
    assert [share(70, i, 4) for i in range(4)] == [18, 18, 17, 17]
    assert [share(5, i, 3) for i in range(3)] == [2, 2, 1]
    assert [share(1, i, 2) for i in range(2)] == [1, 0]


def _event(day: str, dead: int) -> Event:
    return Event(
        "ev-1", day, 1, "Battles", "Armed clash", "Political violence", "A", "B", None, None,
        1, 2, 12, "Somalia", "SOM", None, None, "Suuj", None, None, None, 1, dead, dead, dead,
        dead, "", source_fatalities={"a": dead},
    )  # fmt: skip


def test_one_event_a_day() -> None:
    days = by_day(_event("2016-03-17", 70), Days(4))
    assert [(e.event_date, e.fatalities) for e in days] == [
        ("2016-03-17", 18), ("2016-03-18", 18), ("2016-03-19", 17), ("2016-03-20", 17)
    ]  # fmt: skip
    assert len({e.event_id for e in days}) == 4
    assert sum(e.source_fatalities["a"] for e in days) == 70


def test_each_day_s_notes_tell_its_date_and_share() -> None:
    event = _event("2016-03-17", 70)
    event.notes = write_notes(event, "Seventy were killed during four days of fighting.")
    notes = [e.notes for e in by_day(event, Days(4))]
    assert notes[0].startswith("On 17 March 2016,") and notes[3].startswith("On 20 March 2016,")
    assert "; 18 fatalities reported (70 told over 4 days, shared by day)." in notes[0]
    assert "; 17 fatalities reported (70 told over 4 days, shared by day)." in notes[3]


def test_deaths_told_with_no_number_are_no_toll_to_share() -> None:
    """Heavy casualties told over three days: ACLED's stand-in figure (10) each day."""
    event = dataclasses.replace(
        _event("2016-04-06", UNKNOWN_TOLL), fatalities_low=1, fatalities_high=None
    )
    assert [e.fatalities for e in by_day(event, Days(3))] == [10, 10, 10]


def test_a_run_ending_on_its_date_or_the_report_runs_back() -> None:
    past = by_day(_event("2016-03-22", 3), Days(2, ends_on_date=True))
    assert [e.event_date for e in past] == ["2016-03-21", "2016-03-22"]
    # no day after the report was published
    late = by_day(_event("2016-03-22", 3), Days(2), published=date(2016, 3, 22))
    assert [e.event_date for e in late] == ["2016-03-21", "2016-03-22"]
