"""Clauses, claims and seats: a lede's ", while in Gaza ... a day earlier" clause is its own
event on its own day; forces telling of their own strike name its striker; a ministry's seat,
a crowd's cause, hills named after a town and the districts of one city are no event places;
an attackers' claim dismissed, a tally's ordinal victim and "dozens" unverified add nobody to
a toll; fire returned, a later day told for undated fighting and another teller's bodies stay
with their event."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.actors import find_actors
from eventwire.events.fatalities import find_counts, side_of
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from eventwire.records import Event
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


def _subs(nlp: Language, text: str) -> set[str]:
    doc = nlp(text)
    return {
        t.sub_event_type for s in doc.sents for t in find_triggers(doc, s) if t.status == "asserted"
    }


def _coded(events: list[Event]) -> list[tuple[str | None, str, str | None]]:
    return [(e.event_date, e.sub_event_type, e.location) for e in events]


# --- a lede's second clause ------------------------------------------------------------


def test_a_while_clause_a_day_earlier_is_its_own_event_on_the_day_before(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Raid and strike\n\n"
        "Israeli troops stormed the Nur Shams camp near Tulkarm in the northern West Bank on "
        "Tuesday, setting off a long gunfight with Palestinian militants, while in Gaza a "
        "drone strike on a tent west of Deir al-Balah killed three people a day earlier, "
        "medics said.",
    )
    assert [(e.event_date, e.sub_event_type) for e in events] == [
        ("2026-11-24", "Armed clash"),
        ("2026-11-23", "Air/drone strike"),
    ]
    assert events[1].location == "Dayr al Balah"


def test_while_two_nations_troops_traded_fire_elsewhere_is_another_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Border clash\n\n"
        "A roadside bomb hit a police truck in southern Afghanistan's Helmand province on "
        "Tuesday, killing two officers, while Afghan and Pakistani troops traded fire across "
        "the frontier in neighbouring Kandahar, officials and residents said.",
    )
    assert sorted(e.location or "" for e in events) == ["Helmand", "Kandahar"]


def test_residents_telling_of_a_fight_make_no_crowd(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Border fire\n\n"
        "Afghan and Pakistani troops traded fire near Spin Boldak on Sunday, officials and "
        "residents said.",
    )
    assert [e.event_type for e in events] == ["Battles"]


# --- means and strikers ----------------------------------------------------------------


def test_a_drone_firing_or_dropping_an_explosive_is_an_air_strike(nlp: Language) -> None:
    assert "Air/drone strike" in _subs(nlp, "Four people died when a drone fired at a tent.")
    assert "Air/drone strike" in _subs(
        nlp, "A small drone dropped an explosive on a house, wounding two children."
    )


def test_the_forces_telling_of_their_own_strike_name_the_striker(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Tent hit\n\n"
        "Five people were killed when a drone fired at a tent sheltering a displaced family "
        "west of Khan Younis on Monday, the civil defence agency said. The Israeli military "
        'said it had targeted "a Hamas operative" and was reviewing the reports.',
    )
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Air/drone strike", "Military Forces of Israel (2022-)", "Civilians (Palestine)")
    ]


def test_shells_fired_from_across_a_border_are_that_states(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Migrants killed\n\n"
        "Two migrants were killed when artillery shells fired from across the Saudi border hit "
        "an area of Saada province on Saturday, the Houthi-run health ministry said.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Military Forces of Saudi Arabia (2015-)", "Civilians (Yemen)")
    ]


def test_members_of_a_states_named_forces_are_those_forces(nlp: Language) -> None:
    text = "A bomb struck a vehicle carrying members of Syria's General Security forces."
    found = find_actors(nlp(text), 0, len(text))
    assert [(f.template, f.role) for f in found] == [("Military Forces of {country}", "armed")]
    assert text[found[0].start : found[0].end].startswith("members")


def test_mortar_rounds_named_by_nation_are_its_forces(nlp: Language) -> None:
    text = "Pakistani mortar rounds landed on homes in the district."
    found = find_actors(nlp(text), 0, len(text))
    assert [f.template for f in found] == ["Military Forces of Pakistan"]


def test_arms_a_patrol_dismantled_are_no_shelling(nlp: Language) -> None:
    subs = _subs(
        nlp,
        "A patrol had found and dismantled a rocket launcher with two rockets ready to fire "
        "in an orchard.",
    )
    assert subs == {"Disrupted weapons use"}


def test_a_man_taken_from_his_home_by_gunmen_was_abducted(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Activist seized\n\n"
        "An activist was taken from his home in Misrata by masked gunmen late on Sunday, "
        "his relatives said. His whereabouts remain unknown.",
    )
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_youths_setting_tyres_ablaze_on_a_main_road_riot(nlp: Language) -> None:
    subs = _subs(
        nlp, "Young men set tyres ablaze and blocked the main road near the refinery on Monday."
    )
    assert "Violent demonstration" in subs


def test_a_battle_of_prices_is_no_battle(nlp: Language) -> None:
    assert _statuses(nlp, '"Now the only battle is with the prices," she said.') == {
        "battle": "figurative"
    }


# --- places ----------------------------------------------------------------------------


def test_a_ministrys_seat_is_not_the_deeds_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Raid in Nablus\n\n"
        "Israeli troops raided Nablus on Tuesday and clashed with gunmen. The Palestinian "
        "Health Ministry in Ramallah said two Palestinians were killed in Nablus.",
    )
    assert {e.location for e in events} == {"Nablus"}


def test_a_road_linking_a_town_with_a_village_is_coded_at_the_first(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Car hit\n\n"
        "An Israeli drone strike hit a car on the road linking Tyre with the village of Qana "
        "on Tuesday, killing two people.",
    )
    assert [e.location for e in events] == ["Tyre"]


def test_districts_of_a_city_told_together_are_the_city(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Power protest\n\n"
        "In Aden, hundreds of people demonstrated peacefully on Wednesday in the Crater and "
        "Mualla districts against power cuts.",
    )
    assert [e.location for e in events] == ["Aden"]


def test_a_crowds_cause_and_hills_named_after_a_town_are_no_places(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Amman march\n\n"
        "Police in Amman blocked thousands of protesters marching on the embassy on Friday, "
        "as they chanted in support of Gaza.\n\n"
        "On Tuesday, Israeli forces demolished two homes in the hamlet of Susiya, near Yatta in "
        "the south Hebron hills.",
    )
    assert {e.location for e in events} == {"Amman", "Suseya"}


# --- tolls -----------------------------------------------------------------------------


def test_attackers_killed_fighting_the_attack_off_add_to_the_toll(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Outpost attacked\n\n"
        "Islamic State militants attacked an army outpost near Rutba late on Tuesday, killing "
        "two soldiers, the command said.\n\n"
        'The command said troops "repelled the attack and killed three terrorists".',
    )
    assert [e.fatalities for e in events] == [5]


def test_the_forces_own_dead_told_after_the_militants_add_to_the_toll(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gun battle\n\n"
        "Troops killed five militants in a gun battle near Rafah in North Sinai on Monday, the "
        "army spokesman said.\n\n"
        "The spokesman said an officer was killed in the exchange of fire.",
    )
    assert [e.fatalities for e in events] == [6]


def test_a_claimed_toll_the_other_side_dismisses_is_not_counted(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Convoy bombed\n\n"
        "A roadside bomb struck an army vehicle near Bir al-Abd on Saturday. Security sources "
        "said three soldiers were wounded. Islamic State said through its Amaq news agency "
        "that seven soldiers had been killed. A military source dismissed the Amaq figure as "
        "propaganda.",
    )
    assert [e.fatalities for e in events] == [0]


def test_another_tellers_bodies_lower_a_claimed_toll(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Ambush\n\n"
        "Fighters of a local People's Defence Force ambushed junta troops near Pakokku on "
        "Tuesday. The group claimed nine soldiers were killed. A villager who reached the site "
        "on Wednesday morning said he saw four bodies by the road.",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [("2026-11-24", 4)]


def test_sides_of_singular_deaths_and_of_named_nationals(nlp: Language) -> None:
    for text, side in (
        ("An officer was killed in the exchange of fire.", "forces"),
        ("Six Chadian soldiers were killed.", "forces"),
        ("10 Boko Haram were killed.", "armed"),
        ("The victim becomes the fourth officer killed in the city within a day.", None),
    ):
        counts = find_counts(text)
        assert [side_of(text, c) for c in counts] == [side], text


def test_a_relative_clause_after_the_victim_counts_nobody(nlp: Language) -> None:
    text = "Soldiers shot dead a man who tried to stab a soldier at the gate."
    assert [c.value for c in find_counts(text)] == [1]


# --- passages --------------------------------------------------------------------------


def test_fire_returned_is_the_attacks_own_fight(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Farm attacked\n\n"
        "Gunmen opened fire on farmers near Moirang in Bishnupur district on Saturday, police "
        "said. Armed village volunteers returned fire and the exchange went on for an hour.",
    )
    assert len(events) == 1
    assert "Armed clash" in _subs(nlp, "The guards returned fire for an hour.")


def test_undated_fighting_takes_the_day_the_next_sentence_tells(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Rakhine fighting\n\n"
        "In the north, a villager said troops searched homes on Monday.\n\n"
        "In Rakhine state, fighting continued around the town of Kyaukphyu. The Arakan Army "
        "said its fighters clashed with junta troops near the airport on Tuesday.",
    )
    clash = [e for e in events if e.event_type == "Battles"]
    assert [(e.event_date, e.location) for e in clash] == [("2026-11-24", "Kyaukpyu")]


def test_soldiers_answering_a_riot_with_tear_gas_are_its_intervention(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Stones thrown\n\n"
        "Soldiers shot dead a man at a checkpoint in Hebron on Wednesday.\n\n"
        "Shortly after the shooting, dozens of young men threw stones and set tyres alight at "
        "a junction in the city. Soldiers responded with tear gas and rubber bullets."
    )
    assert _statuses(nlp, text.split("\n\n")[2])["shooting"] == "retold"
    events = run(nlp, gazetteer, text)
    assert [e.event_type for e in events].count("Riots") == 1
    assert "Protests" not in {e.event_type for e in events}


def test_protests_a_past_decision_sparked_are_background(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Border markers\n\n"
        "Surveyors finished installing markers along the border this week. The line was agreed "
        "in April 2024, when Armenia handed four villages to Azerbaijan. That decision sparked "
        "weeks of protests in Tavush, with demonstrators marching to Yerevan.",
    )
    assert events == []


def test_a_statement_that_tells_a_seizure_is_no_second_side(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Arms found\n\n"
        "On Wednesday, soldiers recovered 11 firearms and grenades from a hideout in "
        "Churachandpur district, an official statement said.",
    )
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Disrupted weapons use", None)]
