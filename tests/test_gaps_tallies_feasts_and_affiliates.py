"""Tallies, feasts and affiliates: dozens of localities "liberated" are a tally, not a
capture; "Tuesday last week" is that Tuesday; New Year's Day is a day; a forest area of a
district far from its town is in it; kidnappers asking a ransom take nobody again; a
group's parent named as its affiliate is no side; dozens of settlers who stormed a village
did it; a group mourning the man a drone killed is whom it hit; finding no sign of weapons
is no seizure; a spokesman's surname is no province; a district of the capital keeps the
desk's city; "the Federal Government" is no place (and of two countries told as often,
the later is the event's); fighting that "continued this week" and protests a killing set
off are no events of their own; a blockade's day dates the tear gas that cleared it; "an
alleged murder" counts nobody, "a 58-year-old village headman" one."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from eventwire.events.dates import find_dates
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


def _dates(text: str, published: date) -> list[tuple[str, date]]:
    return [(text[s:e], when) for s, e, when, _ in find_dates(text, published)]


def test_dozens_of_localities_liberated_are_a_tally(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        'The president said the army had "liberated" dozens of localities in the north and '
        "east over the year.",
    )
    assert statuses.get("liberated") == "series"


def test_a_weekday_of_last_week_is_that_day_alone() -> None:
    text = "Soldiers arrived in the village on the morning of Tuesday last week and shot them."
    assert _dates(text, date(2027, 1, 7)) == [("Tuesday", date(2026, 12, 29))]


def test_feast_days_without_a_year_are_the_last_before_the_report() -> None:
    assert _dates("A bomb went off on New Year's Day.", date(2027, 1, 7)) == [
        ("New Year's Day", date(2027, 1, 1))
    ]
    assert _dates("Gunmen attacked a church on Christmas Eve.", date(2027, 1, 7)) == [
        ("Christmas Eve", date(2026, 12, 24))
    ]
    assert _dates("It happened on Christmas Day.", date(2026, 11, 26)) == [
        ("Christmas Day", date(2025, 12, 25))
    ]


def test_a_forest_area_of_a_district_is_one_place_even_far_from_its_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Air strikes on bandit camps\n\n"
        "GUSAU, Nigeria - The Nigerian Air Force said on Wednesday its jets had struck "
        "bandit camps in the Dansadau forest area of Maru local government on Tuesday, "
        "killing more than 20 bandits.",
    )
    assert len(events) == 1
    assert events[0].admin1 == "Zamfara"


def test_kidnappers_asking_for_a_ransom_take_nobody_again(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The kidnappers contacted the families on Monday, demanding a large ransom."
    )
    assert statuses.get("kidnappers") == "described"


def test_a_groups_parent_named_as_its_affiliate_is_no_side(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Roadside bomb kills volunteers\n\n"
        "OUAGADOUGOU - Three volunteer fighters were killed when their pick-up struck a "
        "roadside bomb near Djibo on Friday, a relative said. The al-Qaeda affiliate JNIM "
        "claimed responsibility in a statement on Monday.",
    )
    assert [e.actor1 for e in events] == ["JNIM: Group for Support of Islam and Muslims"]


def test_dozens_of_settlers_who_stormed_a_village_are_its_attackers(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Settlers attack village\n\n"
        "RAMALLAH, West Bank - On Sunday night, dozens of masked settlers stormed the "
        "eastern edge of Burin, setting fire to two cars and part of a house and smashing "
        "windows with stones, residents said. The Red Crescent said it treated three people "
        "for injuries from stones and beatings. Israeli troops arrived about 40 minutes "
        "later, by which time the attackers had left.",
    )
    assert [e.actor1 for e in events] == ["Settlers (Israel)"]


def test_a_group_mourning_the_man_a_drone_killed_is_whom_it_hit(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    (event,) = run(
        nlp,
        gazetteer,
        "Drone strike in south Lebanon\n\n"
        "BEIRUT - On Tuesday, a drone strike hit a motorcycle in Maarakeh, a village east of "
        "Tyre, killing its rider. Hezbollah later mourned him as one of its fighters.",
    )
    assert event.actor2 == "Hezbollah"
    assert event.actor1 != "Hezbollah"


def test_finding_no_sign_of_weapons_is_no_seizure(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Rescuers digging through the rubble said they had found no sign of weapons."
    )
    assert statuses.get("found") == "negated"


def test_a_spokesmans_surname_is_no_province(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Hotel siege ends\n\n"
        "MOGADISHU (Reuters) - Somali police on Wednesday ended a siege of a hotel after "
        "militants blew up a car at its gate.\n\n"
        "Police spokesman Abdikadir Hassan Farah told reporters that the blast killed five "
        'people. "We lost eight people," Farah said. The group said it had foiled nothing.',
    )
    assert {e.country for e in events} == {"Somalia"}


def test_a_district_of_the_capital_keeps_the_desks_city(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Hotel siege ends\n\n"
        "MOGADISHU, 26 November 2026 - Somali police on Wednesday ended a siege of a hotel "
        "in the capital's Hodan district after militants blew up a car at its gate.\n\n"
        "The attack began on Tuesday night, when a suicide bomber drove a car packed with "
        "explosives into the gate of the hotel, police said.",
    )
    assert events and {e.location for e in events} == {"Mogadishu"}


def test_the_federal_government_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "US strikes in Puntland\n\n"
        "BOSASO, Somalia - Officials said the operation was planned with the "
        "Federal Government of Somalia.\n\n"
        "On Sunday, Puntland troops clashed with militants near the village of Balidhiddin, a "
        "commander said, adding that two soldiers were killed.",
    )
    assert {e.country for e in events} == {"Somalia"}


def test_fighting_that_went_on_this_week_is_no_fight_of_its_own(nlp: Language) -> None:
    statuses = _statuses(nlp, "Ground fighting continued this week.")
    assert statuses.get("fighting") == "described"


def test_protests_a_killing_set_off_are_its_sequel(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Gunmen killed seven people in Daudu on Saturday night, police said, setting off "
        "protests in the state capital.",
    )
    assert statuses.get("protests") == "described"
    assert statuses.get("killed") == "asserted"


def test_a_blockade_on_its_day_dates_the_tear_gas_that_cleared_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Students block highway\n\n"
        "MAKURDI, Nigeria - Gunmen killed seven people in Daudu on Saturday night, setting "
        "off protests in Makurdi.\n\n"
        "On Monday, students blocked the Makurdi-Lafia highway at the edge of Makurdi, "
        "sitting on the road and singing. Police fired tear gas to clear the road after "
        "three hours.",
    )
    crowd = [e for e in events if e.event_type in ("Protests", "Riots")]
    assert crowd and {e.event_date for e in crowd} == {"2026-11-23"}


def test_a_murder_told_as_the_grievance_is_no_second_dead(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    (event,) = run(
        nlp,
        gazetteer,
        "Pastor lynched\n\n"
        "KATSINA, Nigeria - Angry youths in Kankia on Tuesday killed two herders over an "
        "alleged murder of a young farmer, police said.",
    )
    assert event.fatalities == 2
