"""A state's forces named after the government of the event's day, as ACLED names them."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from eventwire.events.regimes import parse_periods, parse_successors, period_of, with_period
from eventwire.geo import Gazetteer
from eventwire.pipeline import Resources, extract
from eventwire.records import Article

TABLE = "# a comment\nRuritania\t2010-05-01\t2010\nRuritania\t2018-03-15\t2017\n"


def test_periods_close_on_the_next_government_s_first_day() -> None:
    first, second = parse_periods(TABLE)["Ruritania"]
    assert (first.first, first.end, first.last) == ("2010", date(2018, 3, 15), "2017")
    assert (second.first, second.end, second.last) == ("2017", None, None)


@pytest.mark.parametrize(
    "line",
    ["Ruritania\t2010-05-01", "Ruritania\t1 May 2010\t2010", "Ruritania\t2010-05-01\tten"],
)
def test_a_bad_table_line_is_named(line: str) -> None:
    with pytest.raises(ValueError, match="line 1"):
        parse_periods(line)


@pytest.mark.parametrize(
    ("name", "day", "known", "expected"),
    [
        # in office on the day and still when the report was written
        (
            "Military Forces of Nigeria",
            date(2016, 3, 2),
            None,
            "Military Forces of Nigeria (2015-)",
        ),
        # written after the government's end: its last year too
        (
            "Military Forces of Nigeria",
            date(2016, 3, 2),
            date(2024, 1, 1),
            "Military Forces of Nigeria (2015-2023)",
        ),
        # the day a new government took office is the new one's
        ("Police Forces of Kenya", date(2022, 9, 13), None, "Police Forces of Kenya (2022-)"),
        ("Police Forces of Kenya", date(2022, 9, 12), None, "Police Forces of Kenya (2013-)"),
        # ACLED's year for a government that is not its first day's
        ("Police Forces of Liberia", date(2016, 4, 1), None, "Police Forces of Liberia (2005-)"),
        (
            "Military Forces of the United States",
            date(2019, 6, 1),
            date(2019, 6, 2),
            "Military Forces of the United States (2017-)",
        ),
    ],
)
def test_forces_are_named_after_the_government_of_the_day(
    name: str, day: date, known: date | None, expected: str
) -> None:
    assert with_period(name, day, known) == expected


@pytest.mark.parametrize(
    ("name", "day"),
    [
        ("Military Forces of Nigeria", None),  # no day known: no years guessed
        ("Military Forces of Atlantis", date(2016, 1, 1)),  # a country the table lacks
        ("Military Forces of Nigeria (2015-)", date(2016, 1, 1)),  # already dated
        ("Boko Haram", date(2016, 1, 1)),  # not a state's forces
        ("Civilians (Nigeria)", date(2016, 1, 1)),
    ],
)
def test_other_names_are_left_as_they_are(name: str, day: date | None) -> None:
    assert with_period(name, day) == name


def test_no_government_before_the_table_s_first() -> None:
    assert period_of("Nigeria", date(1990, 1, 1)) is None
    assert with_period("Military Forces of Nigeria", date(1990, 1, 1)) == (
        "Military Forces of Nigeria"
    )


@pytest.mark.model
def test_an_event_s_forces_carry_the_years_of_its_day(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Kenyan police fired tear gas at protesters in Nairobi on Tuesday, "
        "and soldiers clashed with Al Shabaab fighters near Mandera the same day."
    )
    article = Article("a", text, "a.txt", published=date(2023, 7, 13))
    story = extract([article], Resources(nlp, gazetteer))
    names = {n for e in story.events for n in (e.actor1, e.actor2) if n}
    forces = {n for n in names if "Forces of" in n}
    assert forces
    assert all(n.endswith("(2022-)") for n in forces)


def test_a_mission_carries_its_years_and_none_after_its_end() -> None:
    amisom = "AMISOM: African Union Mission in Somalia"
    assert with_period(amisom, date(2016, 3, 1)) == f"{amisom} (2007-)"
    assert with_period(amisom, date(2016, 3, 1), date(2023, 1, 1)) == f"{amisom} (2007-2022)"
    # news still says "African Union troops" of the missions that took over from AMISOM
    atmis = "ATMIS: African Union Transition Mission in Somalia"
    assert with_period(amisom, date(2023, 3, 1)) == f"{atmis} (2022-)"
    assert with_period(amisom, date(2023, 3, 1), date(2026, 1, 1)) == f"{atmis} (2022-2024)"
    aussom = "AUSSOM: African Union Support and Stabilization Mission in Somalia"
    assert with_period(amisom, date(2026, 11, 24)) == f"{aussom} (2025-)"
    assert with_period(f"{amisom} (Kenya)", date(2026, 11, 24)) == f"{aussom} (2025-) (Kenya)"


def test_a_mission_taken_over_is_read_from_the_end_rows_fourth_field() -> None:
    table = "Mission X: a mission\t2010-01-01\t2010\nMission X: a mission\t2015-06-30\tend\tY: b\n"
    assert parse_successors(table) == {"Mission X: a mission": (date(2015, 6, 30), "Y: b")}
    assert set(parse_periods(table)) == {"Mission X: a mission"}


def test_an_end_row_closes_the_last_period() -> None:
    (only,) = parse_periods(
        "Mission X: a mission\t2010-01-01\t2010\nMission X: a mission\t2015-06-30\tend\n"
    )["Mission X: a mission"]
    assert (only.first, only.end, only.last) == ("2010", date(2015, 6, 30), "2015")


def test_a_country_s_name_alone_is_no_state_s_forces() -> None:
    assert with_period("Kenya", date(2016, 3, 1)) == "Kenya"


def test_two_prime_ministers_of_one_coalition_are_one_government() -> None:
    # Israel's Bennett-Lapid coalition (June 2021 - December 2022): one period
    assert with_period("Military Forces of Israel", date(2022, 8, 1)) == (
        "Military Forces of Israel (2021-)"
    )
    assert with_period("Military Forces of Israel", date(2022, 8, 1), date(2023, 1, 1)) == (
        "Military Forces of Israel (2021-2022)"
    )


def test_a_missions_contingent_keeps_its_country_after_the_missions_years() -> None:
    name = "AMISOM: African Union Mission in Somalia (Kenya)"
    assert with_period(name, date(2016, 3, 1)) == (
        "AMISOM: African Union Mission in Somalia (2007-) (Kenya)"
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("town", "branch"),
    [
        ("Derna", "Islamic State (Cyrenaica Province)"),
        ("Ajdabiya", "Islamic State (Cyrenaica Province)"),
        ("Sabratha", "Islamic State (Tripoli)"),
        ("Sirte", "Islamic State (Tripoli)"),
    ],
)
def test_islamic_state_in_libya_is_named_for_its_province(
    nlp: Language, gazetteer: Gazetteer, town: str, branch: str
) -> None:
    text = f"Islamic State militants executed two men in {town}, Libya, on Sunday."
    article = Article(article_id="is", text=text, origin="test", published=date(2016, 3, 10))
    story = extract([article], Resources(nlp, gazetteer))
    assert [e.actor1 for e in story.events] == [branch]


@pytest.mark.model
def test_a_group_in_libya_placed_only_in_the_country_keeps_its_name(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Islamic State militants executed two men in Libya on Sunday."
    article = Article(article_id="is", text=text, origin="test", published=date(2016, 3, 10))
    story = extract([article], Resources(nlp, gazetteer))
    assert [e.actor1 for e in story.events] == ["Islamic State (Libya)"]
