"""Stitched pages and compound sentences: which passage is which event, and where."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from eventwire.geo import Gazetteer
from eventwire.pipeline import Resources, extract
from eventwire.records import Article, Event


def run(nlp: Language, gazetteer: Gazetteer, text: str) -> list[Event]:
    article = Article("a", text, "a.txt", published=date(2026, 3, 9))
    return extract([article], Resources(nlp, gazetteer)).events


def test_a_town_left_unnamed_is_not_the_capital_told_of_before(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A suicide bomber killed 12 people at a bus station in Baghdad on Sunday.\n\n"
        "Army units, backed by coalition air strikes, entered the town from the north and "
        "took control of its market district, a military spokesman said.\n",
    )
    regain = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert len(regain) == 1
    assert regain[0].location != "Baghdad"
    assert regain[0].country == "Iraq"
    assert regain[0].geo_precision == 3


def test_a_side_that_backs_another_is_not_its_enemy(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Kurdish fighters, backed by U.S.-led coalition air strikes, recaptured the town of "
        "Tal Abyad from Islamic State militants on Sunday.",
    )
    assert events
    assert all("Coalition" not in (e.actor2 or "") for e in events)


def test_a_place_taken_and_lost_again_is_two_events_with_their_own_dates(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The rebels have made no gains since they captured the city of Ajdabiya two years ago, "
        "which they then lost in October, a spokesman said on Monday.",
    )
    territory = sorted(
        (e for e in events if e.event_type == "Battles"), key=lambda e: e.event_date or ""
    )
    assert [e.sub_event_type for e in territory] == [
        "Non-state actor overtakes territory",
        "Government regains territory",
    ]
    assert territory[0].event_date is not None and territory[0].event_date.startswith("2024-03")
    assert territory[1].event_date is not None and territory[1].event_date.startswith("2025-10")
    assert all(e.location == "Ajdabiya" for e in territory)
    assert territory[1].actor1 is not None and territory[1].actor1.startswith("Military Forces")


def test_a_wire_report_stitched_into_a_page_starts_its_own_passage(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen stormed a police post in Gao on Saturday, killing four officers.\n\n"
        "(Wire) Soldiers clashed with fighters of a jihadist group near Menaka on Sunday, "
        "the army said.\n",
    )
    places = {e.location for e in events}
    assert {"Gao", "Menaka"} <= places


def test_a_passage_naming_no_place_never_borrows_a_later_paragraphs_speaker_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Army units backed by air strikes took control of the district on Wednesday.\n\n"
        "Militants have made no gains in Nineveh this year, an official told reporters in "
        "Erbil on Thursday.\n",
    )
    assert events
    assert all(e.location != "Erbil" for e in events)
