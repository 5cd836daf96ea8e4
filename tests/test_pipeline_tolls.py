"""A passage naming several places: whose death toll is whose."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from eventwire.geo import Gazetteer
from eventwire.pipeline import Resources, extract
from eventwire.records import Article, Event


def events_of(
    nlp: Language, gazetteer: Gazetteer, text: str, published: date = date(2026, 3, 9)
) -> list[Event]:
    article = Article("a", text, "a.txt", published=published)
    return extract([article], Resources(nlp, gazetteer)).events


def run(nlp: Language, gazetteer: Gazetteer, text: str) -> dict[str, int]:
    return {e.location or "": e.fatalities for e in events_of(nlp, gazetteer, text)}


def test_a_toll_in_its_own_sentence_goes_to_the_place_the_passage_opens_with(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    tolls = run(
        nlp,
        gazetteer,
        "Soldiers clashed with Boko Haram fighters near Gwoza in Borno State on Saturday. "
        "Nine insurgents and one soldier were killed in the fighting. "
        "Three wounded soldiers were flown to Maiduguri.",
    )
    assert tolls.get("Gwoza") == 10
    assert sum(tolls.values()) == 10


def test_each_place_keeps_the_toll_of_its_own_sentence(nlp: Language, gazetteer: Gazetteer) -> None:
    tolls = run(
        nlp,
        gazetteer,
        "Jets struck Maarat al-Numan and Kafr Nabl on Sunday. "
        "Five people were killed in Maarat al-Numan. Two died in Kafr Nabl.",
    )
    assert sorted(tolls.values()) == [2, 5]


def test_a_toll_told_for_a_list_of_places_is_shared_between_them(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    """ACLED divides a toll told for several places evenly, the remainder to the first
    named: the events add up to the toll told."""
    text = "Soldiers killed 29 militants in raids on Arish, Rafah and Sheikh Zuweid on Sunday."
    events = events_of(nlp, gazetteer, text)
    assert [e.fatalities for e in events] == [10, 10, 9]
    assert all("(29 told for 3 places, divided evenly)" in e.notes for e in events)
    tolls = run(nlp, gazetteer, "Gunmen attacked Ibi and Wukari on Monday, killing nine people.")
    assert sorted(tolls.values()) == [4, 5]


def test_deaths_told_with_no_number_are_not_divided_between_places(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Soldiers raided Arish, Rafah and Sheikh Zuweid, inflicting heavy casualties."
    assert list(run(nlp, gazetteer, text).values()) == [10, 10, 10]


def test_a_town_and_its_region_a_road_s_ends_or_a_boundary_s_sides_are_no_list(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    tolls = run(
        nlp,
        gazetteer,
        "Three soldiers were killed in an ambush on the road from Timbuktu to Goundam.",
    )
    assert max(tolls.values()) == 3
    tolls = run(nlp, gazetteer, "At least three people were killed in Aba, Abia State, in clashes.")
    assert max(tolls.values()) == 3
    text = "Boko Haram killed 15 people in a village on the boundary between Borno and Yobe states."
    assert max(run(nlp, gazetteer, text).values()) == 15


def test_a_report_naming_only_home_forces_is_about_their_country(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    """'SAF bomb Kalo': no country named, an unknown village; the army's acronym says the
    report is about Sudan, never a namesake village abroad."""
    text = "SAF bomb Kalo. Two children were killed."
    events = events_of(nlp, gazetteer, text, date(2016, 3, 9))
    assert [(e.country, e.actor1, e.inter1) for e in events] == [
        ("Sudan", "Military Forces of Sudan (1989-)", 1)
    ]


def test_a_one_country_group_says_which_country_a_report_is_about(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Fighters of the OLA ambushed a police patrol near Dambi Ciriq, killing six."
    events = events_of(nlp, gazetteer, text, date(2016, 1, 9))
    assert [(e.country, e.actor2) for e in events] == [
        ("Ethiopia", "Police Forces of Ethiopia (1991-)")
    ]


def test_a_group_active_across_borders_places_a_report_naming_no_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    """Al Shabaab fights mostly in Somalia: a report naming no known place is about Somalia;
    one naming a Kenyan town is about Kenya."""
    coded = {}
    for text in (
        "Al Shabaab attacked a police station in Xyzzyville on Sunday, killing two officers.",
        "Al Shabaab fighters attacked a police post in Mandera on Sunday, killing two officers.",
    ):
        events = events_of(nlp, gazetteer, text, date(2016, 3, 9))
        coded[text.split()[-6]] = {(e.country, e.actor1) for e in events}
    assert coded["Xyzzyville"] == {("Somalia", "Police Forces of Somalia (2012-)")}
    assert coded["Mandera"] == {("Kenya", "Police Forces of Kenya (2013-)")}


def test_a_kind_of_local_unit_used_in_one_country_places_the_report(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    """'Logo LGA': only Nigeria has local government areas; not the Ivorian town of Logo."""
    text = "Eight people were killed in an attack by gunmen in Logo LGA early on Tuesday."
    events = events_of(nlp, gazetteer, text, date(2016, 3, 9))
    assert [e.country for e in events] == ["Nigeria"]


def test_fighting_over_several_days_is_one_event_a_day(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Puntland forces fought al Shabaab fighters near Garowe from 4 to 6 March. "
        "Seventy al Shabaab fighters were killed during three days of fighting."
    )
    events = events_of(nlp, gazetteer, text)
    assert [(e.event_date, e.fatalities) for e in events] == [
        ("2026-03-04", 24), ("2026-03-05", 23), ("2026-03-06", 23)
    ]  # fmt: skip


def test_a_group_that_fights_in_one_country_outweighs_a_small_namesake_abroad(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # GeoNames' only "Bula" is a small Philippine town; al Shabaab fights in Somalia
    found = events_of(
        nlp, gazetteer, "Government forces recaptured the town of Bula from al Shabaab on Monday."
    )
    assert [e.country for e in found] == ["Somalia"]


def test_a_later_sentence_updating_the_toll_replaces_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    tolls = run(
        nlp,
        gazetteer,
        "Gunmen killed five people at a market in Kabul on Monday. "
        "The toll later rose to eight, a hospital official said.",
    )
    assert tolls == {"Kabul": 8}


def test_a_paragraph_going_on_with_the_lede_joins_its_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # the second paragraph takes its date from the lede, names a town inside the lede's
    # region and updates the toll: one event, at the town, with the later toll
    events = events_of(
        nlp,
        gazetteer,
        "Al Shabaab fighters attacked an army base in Hiraan region on Thursday, killing "
        "seven soldiers.\n\n"
        "The militants stormed the base near the town of Bulobarde and fought the troops "
        "for hours. The toll rose to 11 by evening, officials said.",
    )
    assert [(e.location, e.fatalities) for e in events] == [("Buulobarde", 11)]


def test_a_roundups_lead_is_typed_by_its_own_paragraph(nlp: Language, gazetteer: Gazetteer) -> None:
    events = events_of(
        nlp,
        gazetteer,
        "Violence across the north\n\n"
        "Gunmen killed five farmers in the village of Dansadau in Zamfara State on Monday.\n\n"
        "Meanwhile in Borno State, troops repelled an attack by Boko Haram fighters on a "
        "military base in Monguno on Wednesday, killing 16 insurgents, the army said.",
    )
    assert [(e.admin1, e.sub_event_type, e.fatalities) for e in events] == [
        ("Zamfara", "Attack", 5),
        ("Borno", "Armed clash", 16),
    ]


def test_a_regional_desks_dateline_lends_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    # the desk is in Senegal, the story in Burkina Faso; the village is one the gazetteer
    # lacks, and what was burnt in the attack is part of it
    events = events_of(
        nlp,
        gazetteer,
        "Attack on Burkina village\n\n"
        "DAKAR (AFP) - At least 15 people were killed when gunmen attacked the village of "
        "Xyzzy on Saturday, security sources said.\n\n"
        "Several shops were set on fire.",
    )
    assert [(e.country, e.sub_event_type, e.fatalities) for e in events] == [
        ("Burkina Faso", "Attack", 15)
    ]


def test_a_lede_naming_only_the_country_takes_the_town_its_detail_names(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # the detail paragraph has no date of its own: the statement's day is no event's
    events = events_of(
        nlp,
        gazetteer,
        "Suspected jihadists killed 11 soldiers in an attack on an army post in northern "
        "Burkina Faso on Sunday, the army said on Monday.\n\n"
        "The assailants attacked the detachment at Djibo, the statement said.",
        published=date(2019, 11, 12),
    )
    assert [(e.location, e.event_date, e.fatalities) for e in events] == [
        ("Djibo", "2019-11-10", 11)
    ]


def test_a_day_told_from_the_one_before_is_another_events(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # "two days earlier" counts back from Sunday; its bomb borrows no one from the attack
    events = events_of(
        nlp,
        gazetteer,
        "Gunmen killed 11 soldiers in an attack on an army post near Djibo on Sunday.\n\n"
        "Two days earlier, a roadside bomb hit a bus near Kaya, killing four civilians.",
        published=date(2019, 11, 12),
    )
    bomb = next(e for e in events if e.event_type == "Explosions/Remote violence")
    assert bomb.event_date == "2019-11-08"
    assert bomb.actor1 == "Unidentified Armed Group (Burkina Faso)"
    assert bomb.actor2 == "Civilians (Burkina Faso)"


def test_a_lede_retold_in_a_dated_paragraph_is_one_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = events_of(
        nlp,
        gazetteer,
        "Soldiers burned homes and killed five villagers in Sagaing region on Thursday, "
        "residents said.\n\n"
        "Troops entered a village in the region early on Thursday and opened fire on "
        "people fleeing, two residents said.",
        published=date(2022, 3, 12),
    )
    assert [(e.event_type, e.fatalities) for e in events] == [("Violence against civilians", 5)]


def test_a_citys_district_is_where_and_its_sources_are_no_actor(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = events_of(
        nlp,
        gazetteer,
        "A car bomb exploded at a crowded market in Baghdad's district of Sadr City on "
        "Wednesday, killing at least 60 people, police and hospital officials said.",
        published=date(2016, 7, 7),
    )
    assert [(e.location, e.actor1) for e in events] == [
        ("Sadr City", "Unidentified Armed Group (Iraq)")
    ]


def test_a_crowd_met_by_police_and_throwing_stones_is_one_riot(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = events_of(
        nlp,
        gazetteer,
        "Police fired tear gas on Thursday to disperse hundreds of opposition supporters "
        "protesting against rising prices in central Nairobi, witnesses said.\n\n"
        "Protesters burned tyres and threw stones at officers near the parliament building.",
        published=date(2022, 7, 8),
    )
    assert [(e.event_type, e.location) for e in events] == [("Riots", "Nairobi")]
    assert events[0].notes.startswith("On 7 July 2022, Rioters (Kenya) rioted in Nairobi")


def test_foreign_air_strikes_that_killed_people_hit_civilians(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = events_of(
        nlp,
        gazetteer,
        "Air strikes by the Saudi-led coalition killed at least 14 people, including six "
        "children, in the northern Yemeni province of Saada on Tuesday.",
        published=date(2022, 3, 9),
    )
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Coalition Forces", "Civilians (Yemen)", 14)
    ]
