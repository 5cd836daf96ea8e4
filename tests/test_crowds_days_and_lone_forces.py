"""Crowds, days and forces named alone: a march that ended calmly is not the riot after it;
a lynching's doers are the crowd; a blockade "without clashes" is a protest; the spot where
someone once died, cattle killed and the dead being mourned add no toll; "Thursday last
week" is a week back; "Two days later, on Tuesday" is that Tuesday; forces named alone as
hit come second where the country's coders list their unnamed foe first; a name spelt with
and without its article does not vote for itself."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.actors import find_actors
from eventwire.events.fatalities import find_counts
from eventwire.events.order import alone_other_first
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer, geoparse
from eventwire.records import Event
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


def _kinds(events: list[Event]) -> list[tuple[str | None, str]]:
    return sorted((e.event_date, e.sub_event_type) for e in events)


# --- crowds ------------------------------------------------------------------------------


def test_a_march_that_ended_calmly_is_not_the_riot_after_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Students march in Lisbon, youths clash with police\n\n"
        "Some 4,000 students marched through central Lisbon on Tuesday afternoon against "
        "tuition fees. The march ended without incident, organisers said.\n\n"
        "Later that night, groups of hooded youths threw stones and bottles at riot police near "
        "the university. Police responded with tear gas. Clashes continued until after midnight.",
    )
    assert _kinds(events) == [
        ("2026-11-24", "Peaceful protest"),
        ("2026-11-24", "Violent demonstration"),
    ]


def test_a_blockade_without_clashes_is_a_protest(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Farmers block highway in Bolivia\n\n"
        "On Monday, hundreds of farmers blocked the highway at Caranavi with stones and tree "
        "trunks, demanding fuel, but the blockade passed without clashes.",
    )
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_crowd_that_beat_a_man_did_it(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "A suspected thief was beaten and set on fire by a crowd of residents on Monday."
    )
    assert statuses["by a crowd"] == "asserted"
    doc = nlp("Police said they had opened an investigation into the killing.")
    assert find_actors(doc, 0, len(doc.text)) == []  # a teller of an inquiry, no doer


# --- no toll, no event -------------------------------------------------------------------


def test_a_deaths_site_cattle_and_the_mourned_add_no_toll(nlp: Language) -> None:
    assert find_counts("Youths gathered near the spot where the boy was killed.") == []
    assert find_counts("About thirty head of cattle were also killed.") == []
    # a death told with no number still counts
    assert [c.value for c in find_counts("The boy was killed near the school.")] == [1]
    statuses = _statuses(
        nlp, "A funeral for the soldiers killed at Ayorou was held in Niamey on Wednesday."
    )
    assert statuses["killed"] == "described"


def test_what_befalls_a_region_and_a_killing_field_are_no_events(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Delegates came from Enga, the province worst affected by tribal fighting."
    )
    assert statuses["fighting"] == "described"
    assert "killing" not in _statuses(
        nlp, 'He said he would not let gangs "turn the valley into a killing field".'
    )
    assert "pulled out" not in _statuses(nlp, "Fourteen people were pulled out alive.")


def test_a_bomb_made_of_canisters_that_exploded_is_a_blast(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "A makeshift bomb made of gas canisters exploded outside a bank on Tuesday."
    )
    assert statuses["exploded"] == "asserted"


def test_protests_that_began_after_a_killing_tell_the_killing(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The protests began after border guards shot dead a porter near Piranshahr."
    )
    assert statuses["protests"] == "described"
    assert statuses["shot dead"] == "asserted"


# --- days --------------------------------------------------------------------------------


def test_a_weekday_of_last_week_is_a_week_back(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Soldiers killed in Benin\n\n"
        "Four soldiers were killed in an attack on an army post near Kandi on Thursday last "
        "week, the government said on Wednesday.",
    )
    assert [e.event_date for e in events] == ["2026-11-19"]


def test_a_shift_naming_its_own_day_is_that_day(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Herders shot dead in Plateau\n\n"
        "Gunmen killed five farmers in Bokkos on Sunday, police said.\n\n"
        "Two days later, on Tuesday, two herders were shot dead near Riyom, according to a "
        "herders' group official and a police source. The official said the two were ambushed "
        "by armed youths from a nearby village.",
    )
    # one Tuesday event (the two ambushed are the two shot dead), its doers not the police
    # source that told it
    assert sorted(e.event_date or "" for e in events) == ["2026-11-22", "2026-11-24"]
    assert all(e.inter1 != 1 for e in events)


# --- sides -------------------------------------------------------------------------------


def test_forces_named_alone_come_second_where_their_foe_is_listed_first(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    assert alone_other_first("Burundi")
    assert not alone_other_first("Somalia")
    events = run(
        nlp,
        gazetteer,
        "Attack in Burundi\n\nA soldier was shot dead in Gitega on Monday night. His weapon "
        "was taken.",
    )
    battle = next(e for e in events if e.event_type == "Battles")
    assert battle.actor1 == "Unidentified Armed Group (Burundi)"
    assert battle.actor2 is not None and battle.actor2.startswith("Military Forces of Burundi")
    # where the coders list the forces first whoever attacked, they stay first
    events = run(
        nlp,
        gazetteer,
        "Attack in Somalia\n\nA soldier was shot dead in Beledweyne on Monday night. His "
        "weapon was taken.",
    )
    battle = next(e for e in events if e.event_type == "Battles")
    assert battle.actor1 is not None and battle.actor1.startswith("Military Forces of Somalia")


def test_the_splm_a_io_is_the_spla_io(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(nlp, gazetteer, "Clashes between the army and SPLM/A-IO in Mundri on Monday.")
    assert any((e.actor2 or "").startswith("SPLA/M-In Opposition") for e in events)


# --- places ------------------------------------------------------------------------------


def test_a_name_with_and_without_its_article_is_one_voter(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    doc = nlp(
        "Militants attacked a checkpoint at the entrance to the town of Al-Sidra. Five guards "
        "were killed in Sidra, a port that holds much of Libya's oil."
    )
    places = {t.text: t.place for t in geoparse(doc, gazetteer)}
    assert places["Al-Sidra"] is None or places["Al-Sidra"].country_code == "LY"


def test_a_small_island_abroad_is_no_news_agency(nlp: Language, gazetteer: Gazetteer) -> None:
    doc = nlp(
        "ADEN, Yemen - Shelling killed a child in Hays in Hodeidah province, the Saba news "
        "agency reported."
    )
    places = {t.text: t.place for t in geoparse(doc, gazetteer)}
    assert places.get("Saba") is None


# --- a riot's means, and what a protest's words name ---------------------------------------


def test_stun_grenades_and_a_crowds_rockets_are_no_explosive_attack(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Young men set cars alight, firing rockets at police lines. Officers responded with "
        "tear gas and stun grenades.",
    )
    assert statuses["rockets"] == "described"
    assert "grenades" not in statuses
    # rockets fired at a town, and a hand grenade, stay attacks
    statuses = _statuses(nlp, "Militants fired rockets at the town. A grenade hit the market.")
    assert statuses["rockets"] == "asserted" and statuses["grenade"] == "asserted"


def test_a_silent_gathering_and_a_vigil_held_are_protests(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        'Hundreds gathered in silence in central Rennes to demand "justice for Malik". '
        "Residents held a vigil outside the town hall on Sunday.",
    )
    assert statuses["gathered in silence"] == "asserted"
    assert statuses["demand"] == "asserted"
    assert statuses["held a vigil"] == "asserted"
    # a figure of speech is none
    assert _statuses(nlp, "The events have kept the world in vigil since midnight.") == {}


def test_an_inquiry_and_a_protests_organisers_tell_no_new_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The police chief ordered an investigation into Tuesday's shooting. Protest organisers "
        "said they would meet the governor.",
    )
    assert statuses["shooting"] == "described"
    assert statuses["Protest"] == "thing"


def test_a_place_told_calm_is_not_where_the_violence_was(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Unrest in Paris suburbs\n\n"
        "Bobigny was calmer on Tuesday, but the violence moved to neighbouring Bondy, where "
        "youths set fire to a bus and threw stones at riot police.",
    )
    assert [e.location for e in events] == ["Bondy"]


def test_a_later_steps_day_does_not_date_the_deed(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "March in Abuja\n\n"
        "On Monday, about 300 people marched to the National Assembly in Abuja. Police fired "
        "tear gas and arrested 12 people, who were released on bail on Wednesday evening.",
    )
    assert {e.event_date for e in events} == {"2026-11-23"}


def test_hoodlums_who_burned_a_police_post_rioted(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Unrest in Lagos\n\n"
        "On Wednesday, groups of young men set fire to a police post in Mushin and looted shops. "
        'Police said officers had "repelled the hoodlums" and arrested 20 suspects.',
    )
    assert [(e.event_type, e.actor1) for e in events] == [("Riots", "Rioters (Nigeria)")]


# --- roads, tolls and days told later ------------------------------------------------------


def test_a_toll_a_statement_still_gives_otherwise_is_the_same_deed(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Roadside bomb in Diyala\n\n"
        "A roadside bomb struck a vehicle carrying paramilitary fighters near Khanaqin on "
        "Sunday, killing one fighter, the group said.\n\n"
        "A security source said two fighters had died, one of them in hospital on Monday, but "
        "the group's statement still gave the toll as one dead.",
    )
    assert len(events) == 1


def test_the_deed_carried_out_on_its_day_dates_a_lede_told_by_its_saying(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Drone strike in Mali\n\n"
        'The army said on Wednesday it had killed "about twenty terrorists" in a drone strike '
        "near Menaka.\n\n"
        "The army said the strike was carried out on Monday against a group preparing an attack.",
    )
    assert [e.event_date for e in events] == ["2026-11-23"]


def test_a_courts_finding_and_a_condition_are_no_deeds(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The judge found that the three men had acted as informants. The governor is open to "
        "dialogue only with groups that lay down their arms.",
    )
    assert "found" not in statuses
    assert statuses["lay down their arms"] == "hedged"


def test_a_month_told_before_a_days_deed_is_another_deed(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Attack in Katsina\n\n"
        "Gunmen killed two farmers near Funtua on Wednesday, police said.\n\n"
        "In October this year gunmen killed several worshippers in a mosque attack in "
        "Malumfashi.",
    )
    wednesday = [e for e in events if e.event_date == "2026-11-25"]
    assert [e.location for e in wednesday] == ["Funtua"]


def test_a_quoted_lament_in_the_present_is_no_deed(nlp: Language) -> None:
    statuses = _statuses(
        nlp, '"They are killing us one by one," said one of the organisers of the march.'
    )
    assert statuses["killing"] == "habit"
    # a deed told in the past inside a quote stays one
    assert _statuses(nlp, '"They killed my brother on Sunday," she said.')["killed"] == "asserted"


# --- tolls told by several tellers --------------------------------------------------------


def test_a_medical_groups_lower_total_beats_the_sides_summed(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Fighting in North Kordofan\n\n"
        "RSF fighters attacked the town of Um Rawaba on Friday. The army said it repelled the "
        'attack, losing two soldiers and killing "more than 50" RSF fighters. A doctors\' '
        "network said nine people were killed in the fighting, including three civilians.",
    )
    assert [e.fatalities for e in events] == [9]


def test_a_side_that_lost_nobody_denies_the_others_claim(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Clash in Unity State\n\n"
        "On Monday, government troops and SPLA-IO fighters clashed near Koch. The army said its "
        "soldiers had killed four rebels and suffered no losses. An SPLA-IO spokesman said its "
        "forces had killed 12 government soldiers.",
    )
    assert [e.fatalities for e in events] == [4]


def test_raiders_from_a_neighbouring_state_did_not_raid_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Cattle raid in South Sudan\n\n"
        "On Saturday, armed youth from neighbouring Lakes State raided a cattle camp in Unity "
        "State, killing five herders, the county commissioner said.",
    )
    assert [e.admin1 for e in events] == ["Unity"]


def test_a_weekday_after_a_shift_is_the_day_counted_to(nlp: Language, gazetteer: Gazetteer) -> None:
    # published on a Thursday: "on Thursday" after "Two days later" is last week's
    events = run(
        nlp,
        gazetteer,
        "Strikes in Burkina Faso\n\n"
        "Jihadist fighters attacked an army post in Dablo on Tuesday last week, killing nine "
        "soldiers, a security source said.\n\n"
        "Two days later, on Thursday, the state broadcaster said air force strikes near Kaya "
        'had "neutralised dozens of terrorists".',
    )
    assert sorted(e.event_date or "" for e in events) == ["2026-11-17", "2026-11-19"]


def test_whom_someone_is_accused_of_spying_for_is_no_side(nlp: Language) -> None:
    doc = nlp("A crowd beat two men to death after accusing them of spying for jihadists.")
    # (the crowd that beat them is a side; the jihadists are not)
    assert [f.template for f in find_actors(doc, 0, len(doc.text))] == [
        "Rioters ({country})",
        "Civilians ({country})",
    ]
    # a state's forces so named still tell whose country it is
    doc = nlp('A group of students accused a woman of "spying for the Moroccan police."')
    assert any(f.inter == 1 for f in find_actors(doc, 0, len(doc.text)))
