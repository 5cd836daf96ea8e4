"""Marches, jets and small towns abroad: police fire that breaks up a march is excessive
force; strikers' own bodies are no dead; a clause on who died, who was held or who led a
march does not date or make the event; a jet that bombed a market is an air strike; a
capture's taker stays its first side when the fighting is retold; a Myanmar report's small
towns do not vote each other into the United States."""

from __future__ import annotations

import dataclasses
from datetime import date

from spacy.language import Language

from eventwire.events.actors import find_actors
from eventwire.events.dates import find_dates
from eventwire.events.fatalities import find_counts
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer, geoparse
from eventwire.records import Event
from eventwire.story.merge import DISTINCT, combine
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


def _places(nlp: Language, gazetteer: Gazetteer, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {t.text: (t.place.country_code if t.place else None) for t in geoparse(doc, gazetteer)}


# --- deaths and days ---------------------------------------------------------------------


def test_strikers_own_bodies_are_no_dead() -> None:
    text = "On Tuesday, hundreds of strikers used their bodies and parked trucks to block the gate."
    assert find_counts(text) == []
    # (the dead's bodies still count with the death told beside them)
    assert [
        c.value for c in find_counts("Gunmen killed five farmers and dumped their bodies.")
    ] == [5]


def test_police_fire_that_breaks_up_a_march_is_excessive_force(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Protest turns deadly in Nairobi\n\n"
        "NAIROBI, Nov 26 - At least one person was killed and dozens injured in Nairobi on "
        "Tuesday when police fired tear gas and live ammunition to break up a march by young "
        "people angry over the death of a teacher in a police cell, officials said.",
    )
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Excessive force against protesters", "Police Forces of Kenya (2022-)", 1)
    ]


def test_a_day_of_a_clause_on_who_died_does_not_date_the_march(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Kenya march\n\n"
        "NAIROBI, Nov 26 - Police fired tear gas at a march in Nairobi on Tuesday.\n\n"
        "Thousands of protesters had gathered on Moi Avenue from mid-morning, many carrying "
        "placards bearing the face of Peter Otieno, a teacher who died at Central Police "
        "Station on November 2, two days after he was arrested over social media posts.",
    )
    assert {e.event_date for e in events} == {"2026-11-24"}


def test_the_uprising_a_country_has_been_on_edge_since_is_no_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Bangladesh tense\n\n"
        "DHAKA, Nov 26 - Two men on a motorcycle hurled two crude bombs at the gate of a party "
        "office in Dhanmondi late on Wednesday, police said. No one was hurt.\n\n"
        "Bangladesh has been on edge since the July 2024 uprising that toppled Sheikh Hasina's "
        "government, in which the United Nations estimates up to 1,400 people were killed.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Grenade", 0)]


# --- triggers ------------------------------------------------------------------------------


def test_the_march_a_prisoner_led_and_its_detained_leaders_are_told_elsewhere(
    nlp: Language,
) -> None:
    statuses = _statuses(
        nlp,
        "Plainclothes officers arrested Brian Mwangi, a youth activist who helped organise "
        "the Nairobi march, at his home.",
    )
    assert statuses["march"] == "described"
    statuses = _statuses(
        nlp,
        'The banned Awami League has called for a nationwide "complete lockdown" to press for '
        "the release of its detained leaders.",
    )
    assert statuses["detained"] == "described"


def test_a_jet_that_bombed_a_market_is_an_air_strike(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Myanmar jet bombs market\n\n"
        "YANGON, Nov 26 - On Tuesday morning a military jet bombed the main market in Sittwe "
        "as it filled with shoppers. A local administration said nine people were killed.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 9)]


def test_shells_that_struck_a_village_are_shelling(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Navy shells village\n\n"
        "YANGON, Nov 26 - Late on Monday, shells fired from a navy vessel on the Kaladan River "
        "struck a village in Ponnagyun township, killing a woman and her seven-year-old son, "
        "according to a relative who fled with other families to a monastery further inland.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", 2)
    ]


def test_a_robbery_the_police_call_a_criminal_networks_is_no_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Armed robbers raid money transfer office\n\n"
        "DAKAR, Nov 26 - Four armed men robbed a money transfer office in Pikine on Tuesday "
        "evening, wounding a security guard and escaping with about 38 million CFA francs, "
        "police said.\n\n"
        '"This is a criminal network, organised and armed, and we will dismantle it," a police '
        "commissioner said.",
    )
    assert events == []


# --- sides -------------------------------------------------------------------------------


def test_men_armed_with_whips_are_the_attackers_and_silent_police_no_side(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Attack on marchers\n\n"
        "NAIROBI, Nov 26 - On Tuesday afternoon, dozens of men armed with whips and wooden "
        "clubs arrived on motorcycles and attacked demonstrators along Tom Mboya Street. "
        "Police have not commented on who the attackers were.",
    )
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Kenya)"]


def test_plainclothes_officers_are_police(nlp: Language) -> None:
    text = "Plainclothes officers arrested the activist at his home."
    doc = nlp(text)
    assert [f.template for f in find_actors(doc, 0, len(text))][:1] == [
        "Police Forces of {country}"
    ]


def test_a_captures_taker_stays_first_when_the_fighting_is_retold() -> None:
    capture = Event(
        event_id="e1", event_date="2026-11-22", time_precision=1, event_type="Battles",
        sub_event_type="Non-state actor overtakes territory", disorder_type="Political violence",
        actor1="AA: Arakan Army", actor2="Military Forces of Myanmar (2021-)",
        assoc_actor_1=None, assoc_actor_2=None, inter1=2, inter2=1, interaction=12,
        country="Myanmar", iso3="MMR", admin1="Rakhine", admin2=None, location="Kyaukpyu",
        latitude=19.43, longitude=93.55, geonameid=1, geo_precision=2, fatalities=37,
        fatalities_low=37, fatalities_best=37, fatalities_high=37, notes="", evidence=[],
        source_fatalities={"a": 37},
    )  # fmt: skip
    # the retold fighting, placed more precisely, names the army first
    fighting = dataclasses.replace(
        capture,
        event_id="e2",
        sub_event_type="Armed clash",
        actor1=capture.actor2,
        actor2=capture.actor1,
        inter1=1,
        inter2=2,
        geo_precision=1,
        fatalities=0,
        fatalities_low=None,
        fatalities_best=None,
        fatalities_high=None,
        source_fatalities={},
    )
    merged = combine([capture, fighting])
    assert (merged.sub_event_type, merged.actor1, merged.inter1) == (
        "Non-state actor overtakes territory",
        "AA: Arakan Army",
        2,
    )


# --- places ------------------------------------------------------------------------------


def test_a_plain_sites_name_and_a_roundabout_name_no_towns_abroad(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    places = _places(
        nlp,
        gazetteer,
        "Kenya march\n\n"
        "NAIROBI - Protesters gathered in Nairobi for Peter Otieno, who died at Central Police "
        "Station. Officers fired into the crowd near the Hilton roundabout.",
    )
    assert "Central" not in places
    assert places.get("Hilton") is None


def test_a_word_inside_a_groups_name_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    places = _places(
        nlp,
        gazetteer,
        "Fighting broke out near Kutkai in Shan State between the army and the Kachin "
        "Independence Army.",
    )
    assert "Independence" not in places


def test_small_towns_do_not_vote_each_other_abroad(nlp: Language, gazetteer: Gazetteer) -> None:
    places = _places(
        nlp,
        gazetteer,
        "TNLA hands Manton back to army\n\n"
        "CHIANG MAI, Thailand - The TNLA withdrew from the northern Shan State town of Manton "
        "and handed it to Myanmar's military. Army trucks entered Manton on Tuesday. The TNLA "
        "captured Manton in 2023. Myanmar's army also fought near Kutkai, on the highway to "
        "Muse, and near Lashio, Mandalay and Mogok.",
    )
    assert places["Manton"] is None and places["Muse"] is None
    assert places["Lashio"] == "MM"


def test_a_hospital_the_dead_were_brought_to_is_not_where_they_died(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Worker killed\n\n"
        "DHAKA, Nov 26 - A garment worker was killed on Tuesday when police opened fire on "
        "workers in Ashulia, outside Dhaka.\n\n"
        "The worker was brought dead to Enam Medical College Hospital in Savar with a bullet "
        "wound to the chest. Workers' leaders said 15 others were injured by rubber bullets.",
    )
    assert "Savar" not in {e.location for e in events}


# --- the second batch: quadcopters, arson, seizures and spans of war ----------------------


def test_a_quadcopter_that_dropped_explosives_is_a_drone_strike(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "In neighbouring Bannu, a quadcopter dropped explosives on the compound of the City "
        "police station on Wednesday afternoon, wounding three constables.",
    )
    assert statuses["quadcopter dropped explosives"] == "asserted"


def test_vehicles_set_on_fire_are_property_destroyed_by_the_group_blamed(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "NPA blamed for arson\n\n"
        "MANILA, Nov 26 - The military blamed the NPA for the burning of a backhoe and a dump "
        "truck belonging to a private contractor in Sipalay City on Saturday. Police said "
        "about six armed men ordered the workers to leave before setting the vehicles on fire.",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Looting/property destruction", "NPA: New People's Army")
    ]


def test_armed_men_who_seized_a_teacher_abducted_her(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "In Sulu, armed men seized a public elementary school teacher in Patikul town on "
        "Wednesday as she was riding a motorcycle home from school, police said.",
    )
    assert statuses["seized a public elementary school teacher"] == "asserted"
    # (not the police's seizure of a suspect, nor weapons seized)
    police = _statuses(nlp, "Police seized two suspected robbers at a checkpoint.")
    assert not any("robbers" in words for words in police)


def test_a_retold_detail_naming_three_attackers_is_no_separate_attack() -> None:
    assert not DISTINCT.search("leaving behind the bodies of three attackers")
    assert DISTINCT.search("two attacks hit the town") and DISTINCT.search("a second blast")


def test_what_years_of_war_and_a_share_of_buildings_tell_is_no_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Donors pledge billions for Gaza\n\n"
        "CAIRO, Nov 26 - International donors pledged $6.8 billion for the reconstruction of "
        "the Gaza Strip at a conference in Cairo on Wednesday.\n\n"
        "Speakers described the destruction caused by two years of war, during which Israeli "
        "bombardment and ground offensives reduced much of Gaza City, Khan Younis and Rafah "
        "to rubble. The UN says about 80% of buildings in the territory were damaged or "
        "destroyed.",
    )
    assert events == []


def test_a_month_of_that_year_is_in_the_year_told_before(nlp: Language) -> None:
    found = find_dates(
        "since the truce took effect in November 2024, apart from a single mortar attack in "
        "December of that year.",
        date(2026, 12, 17),
    )
    assert [(d.year, d.month) for _, _, d, _ in found] == [(2024, 11), (2024, 12)]
    statuses = _statuses(
        nlp, "Several residents were killed by Israeli fire during protests that year."
    )
    assert statuses["killed by Israeli fire"] == "past"


def test_a_toll_revised_down_replaces_the_first() -> None:
    text = (
        "The ministry initially said the strike had killed two people but revised the toll "
        "to one dead and one seriously wounded."
    )
    assert [c.value for c in find_counts(text)] == [1]


def test_a_victim_found_at_a_hospital_was_not_struck_there(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Israeli drone strikes south Lebanon\n\n"
        "BEIRUT, Nov 26 - On Tuesday, an Israeli drone hit a motorcycle in the town of Srifa, "
        "in the Tyre district. The ministry initially said the strike had killed two people "
        "but revised the toll to one dead after the second victim was found alive at a "
        "hospital in Tyre.",
    )
    assert [(e.location, e.fatalities) for e in events] == [("Srifa", 1)]


def test_a_capital_protesting_a_quote_and_a_man_accused_of_a_killing_are_no_events(
    nlp: Language,
) -> None:
    statuses = _statuses(
        nlp, 'Israeli strikes kill two in south Lebanon as Beirut protests "daily violations"'
    )
    assert statuses["protests"] == "thing"
    statuses = _statuses(
        nlp,
        "On Tuesday, Israeli forces demolished the family home of a man accused of killing an "
        "Israeli motorist in an attack in August, in the town of Bani Naim.",
    )
    assert statuses["killing"] == "described" and statuses["attack"] == "described"
    assert _statuses(nlp, "Israel says the demolitions deter attacks.")["attacks"] == "hedged"


def test_a_house_burnt_during_protests_is_the_crowds_riot(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Voter registration protests\n\n"
        "JOZINI, Nov 26 - Protests over voter registration continued for a second day in "
        "Jozini on Tuesday. Reports indicate the burning of a house and vehicle of the "
        "councillor.",
    )
    assert [e.sub_event_type for e in events] == ["Violent demonstration"]


def test_a_protesters_death_told_again_joins_the_excessive_force_of_the_lede(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Kenyan protester shot dead\n\n"
        "NAIROBI, Nov 26 - One protester was shot dead and at least eight were wounded in "
        "Nairobi on Tuesday as police fired tear gas and live rounds to break up demonstrations "
        "against new taxes, rights groups said.\n\n"
        "A 24-year-old man died of gunshot wounds at Kenyatta National Hospital on Tuesday "
        "evening, a hospital official said. Amnesty International Kenya said he had been shot "
        "by a police officer near the Hilton hotel.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Excessive force against protesters", 1)
    ]


# --- the third batch: borders, peoples, warnings and days of other deeds -------------------


def test_a_place_on_the_border_of_two_districts_is_one_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Manipur clash\n\n"
        "Imphal, November 26 - A 34-year-old man was killed in an exchange of fire between "
        "armed village volunteers of the Meitei and Kuki-Zo communities near Torbung on the "
        "border of Manipur's Churachandpur and Bishnupur districts early on Monday, police "
        "said.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Meitei Ethnic Militia (India)", "Kuki Ethnic Militia (India)")
    ]


def test_dan_na_ambassagou_is_the_dogon_militia(nlp: Language) -> None:
    text = "Fighters from Dan Na Ambassagou, a Dogon hunters' militia, clashed with JNIM fighters."
    doc = nlp(text)
    assert [f.template for f in find_actors(doc, 0, len(text))][:1] == ["Dan Na Ambassagou"]


def test_a_warning_of_attacks_is_no_attack(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Residents said on Wednesday that leaflets had been left at a mosque warning of attacks "
        "over the New Year holiday.",
    )
    assert statuses["attacks"] == "hedged"


def test_a_day_naming_another_deed_does_not_date_the_rally(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Evacuees rally\n\n"
        "MANILA, Nov 26 - Also on Wednesday, about 300 residents, many of them evacuees from "
        "Tuesday's fighting, held a rally outside the provincial capitol in Buluan. The rally "
        "ended peacefully.",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Peaceful protest", "2026-11-25")
    ]


def test_a_strike_in_the_early_hours_of_the_day_it_was_told(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Bandits kill 11 in Zamfara\n\n"
        "GUSAU, Nigeria, Nov 26 - Bandits killed eleven villagers in Kanoma on Sunday night, "
        "residents said.\n\n"
        "The Nigerian Air Force said on Wednesday that its jets had struck bandit enclaves in "
        "the forest near Dansadau in the early hours of the day, killing at least 17 bandits. "
        "The claim could not be independently verified.",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Attack", "2026-11-22"),
        ("Air/drone strike", "2026-11-25"),
    ]


def test_the_sides_a_region_is_caught_between_are_no_sides(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen kill traders at Mali market\n\n"
        "BAMAKO, Nov 26 - Gunmen on motorcycles opened fire on a weekly market in central "
        "Mali's Koro district on Saturday, killing at least 14 traders, a security source said, "
        "in the latest bloodshed in a region caught between jihadists and ethnic militias.",
    )
    assert "Islamist Militia (Mali)" not in {e.actor2 for e in events}


# --- the fourth batch: ambushes, asides and rivals ------------------------------------------


def test_a_convoy_that_struck_a_bomb_and_then_came_under_fire_was_ambushed(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Niger says seven soldiers killed in ambush\n\n"
        "NIAMEY, Nov 26 - Seven Nigerien soldiers were killed and eleven wounded when their "
        "convoy struck an explosive device and then came under fire from jihadists near Tera "
        "on Tuesday, the defence ministry said.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_toll_broken_down_in_an_aside_counts_once() -> None:
    text = (
        "Separately, three civilians, a driver and two passengers, were killed on Sunday when "
        "their minibus ran over a landmine."
    )
    assert sum(c.value for c in find_counts(text)) == 3
    # (a list of victims is no aside: all of them died)
    assert (
        sum(
            c.value for c in find_counts("Three soldiers, two civilians and one child were killed.")
        )
        == 6
    )


def test_a_rival_the_doers_are_described_by_is_no_side(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Killings near Dori\n\n"
        "OUAGADOUGOU, Nov 26 - On Tuesday, gunmen on motorcycles attacked the village of "
        "Sampelga, south-east of Dori, killing at least 12 people, according to a local "
        "official. Residents blamed the Islamic State Sahel Province, which has been fighting "
        "JNIM for control of the area.",
    )
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Attack", "Civilians (Burkina Faso)")
    ]
    assert "JNIM" not in (events[0].actor1 or "")


def test_armed_men_who_took_away_two_employees_abducted_them(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "On Monday, armed men stopped a vehicle of a humanitarian organisation on the road "
        "between Marrupa and Mecula and took away two Mozambican employees.",
    )
    assert statuses["took away two Mozambican employees"] == "asserted"


def test_a_device_defused_like_the_one_that_exploded_is_no_bombing(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Two soldiers killed by roadside bomb in Lamu\n\n"
        "LAMU, Kenya, Nov 26 - Two Kenya Defence Forces soldiers were killed on Tuesday when "
        "their vehicle struck an improvised explosive device near Milimani in Lamu East, "
        "security officials said.\n\n"
        "On Monday, a military bomb disposal unit had defused an explosive device buried in "
        'the road near Mokowe, the commissioner said, adding that it was "similar in design" '
        "to the one used on Tuesday.",
    )
    assert sorted((e.event_date, e.sub_event_type) for e in events) == [
        ("2026-11-23", "Disrupted weapons use"),
        ("2026-11-24", "Remote explosive/landmine/IED"),
    ]


def test_houses_insurgents_set_fire_to_are_theirs_and_riots_recalled_are_past(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Insurgents burn village\n\n"
        "PEMBA, Mozambique, Nov 26 - On Sunday, insurgents set fire to about 30 houses and a "
        "health post in the village of Mbamba, whose residents had already fled. No casualties "
        "were reported.\n\n"
        "The attacks have revived memories of the riots of 2005 and of the unrest that followed "
        "the death of a teenager who was shot by an officer in Nanterre in June 2023.",
    )
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


def test_the_accused_is_the_doer_the_accuser_tells(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "South Sudan rebels\n\n"
        "JUBA, Nov 26 - SPLA/M-IO accuse military of burning villages and killing a chief in "
        "Mundri area.",
    )
    assert [e.actor1 for e in events] == ["Military Forces of South Sudan (2011-)"]


# --- the last batch: herders, Lakurawa and "the same group" --------------------------------


def test_herders_killed_by_lakurawa_are_civilians(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen kill herders in Sokoto\n\n"
        "SOKOTO, Nigeria, Nov 26 - Suspected Lakurawa militants killed seven herders and stole "
        "more than 200 cattle near Gidan Madi in Sokoto State on Sunday, the council chairman "
        "said.",
    )
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Attack", "Lakurawa", "Civilians (Nigeria)")
    ]
    # (herders who kill are still the herders' militia)
    text = "Herders killed seven farmers in Benue on Sunday."
    doc = nlp(text)
    assert [f.template for f in find_actors(doc, 0, len(text))][:1] == [
        "Fulani Ethnic Militia ({country})"
    ]


def test_armed_men_of_the_same_group_are_the_group_told_before(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Insurgents strike Niassa\n\n"
        "PEMBA, Mozambique, Nov 26 - Islamic State fighters beheaded two villagers on the "
        "outskirts of Mecula town on Friday, the district administrator said.\n\n"
        "On Monday, armed men believed to belong to the same group stopped a vehicle of a "
        "humanitarian organisation on the road between Marrupa and Mecula and took away two "
        "Mozambican employees, the organisation said.",
    )
    assert [e.actor1 for e in events] == ["Islamic State (Mozambique)"] * 2
