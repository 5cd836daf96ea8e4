"""Provinces and air support: a province told after its district, or in a list after "the
provinces of", is no town of its name; a province's rangers are its army's; a group's
cause is no fight; a meeting still to come is no accord; a deed told "the previous day"
by a telling of Monday is Sunday's; aircraft after an attack are the state's; a relative
clause's week, a burial's day and the stop of "p.m." date nothing; a place opening a
sentence begins another incident; soldiers' killing after a fight is an event of its own;
"last week" told of Friday prayers is last week's Friday; forces told twice leave their
foe the other side."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


# --- provinces named after their towns -------------------------------------------------------


def test_a_province_told_after_its_district_is_no_second_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Bomb defused near school\n\n"
        "PATTANI, Thailand - On Tuesday, a bomb squad defused a pipe bomb left near a "
        "mosque in Nong Chik district, Pattani, police said.",
    )
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Disrupted weapons use", "Nong Chik")
    ]


def test_provinces_listed_after_their_word_do_not_move_a_districts_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Two soldiers killed by roadside bomb\n\n"
        "PATTANI, Thailand - Two soldiers were killed when a roadside bomb exploded as "
        "their truck passed through Bannang Sata district in Yala province on Tuesday, "
        "police said.\n\n"
        "No group said it carried out the attack. Officials blamed insurgents fighting "
        "for more autonomy in the provinces of Pattani, Yala and Narathiwat.",
    )
    assert len(events) == 1
    assert events[0].admin1 == "Yala"
    assert events[0].location not in ("Pattani", "Narathiwat")


def test_thai_rangers_are_the_army_and_park_rangers_elsewhere_are_guards(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    (thai,) = run(
        nlp,
        gazetteer,
        "Grenade hits base\n\n"
        "PATTANI, Thailand - Insurgents threw a grenade at a ranger base in Tak Bai "
        "district, Narathiwat, on Tuesday, wounding two rangers, police said.",
    )
    assert "Military Forces of Thailand" in {thai.actor1, thai.actor2}
    (kenya,) = run(
        nlp,
        gazetteer,
        "Poachers shoot rangers\n\n"
        "NAIROBI, Kenya - Gunmen shot dead two park rangers at a wildlife reserve near "
        "Garissa on Tuesday, officials said.",
    )
    assert not any("Military Forces" in (a or "") for a in (kenya.actor1, kenya.actor2))


def test_a_group_fighting_for_more_autonomy_is_a_cause_not_a_fight(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The BRN is the main separatist group fighting for greater autonomy in the south.",
    )
    assert statuses.get("fighting") == "habit"


# --- meetings to come and capitals of regions ---------------------------------------------------


def test_peace_talks_a_meeting_is_scheduled_for_are_no_accord(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Negotiators for both sides are due to meet in Kuala Lumpur next month for a "
        "second round of peace talks, the facilitator said.",
    )
    assert statuses.get("peace talks") == "hedged"


def test_the_capital_of_a_countrys_state_is_not_the_countrys_capital(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Arakan Army takes base\n\n"
        "YANGON - The Arakan Army said on Wednesday that its fighters had seized an army "
        "outpost outside Sittwe, tightening its grip on the capital of Myanmar's western "
        "Rakhine state.",
    )
    assert [e.location for e in events] == ["Sittwe"]


def test_ground_still_held_by_the_junta_names_no_taker(nlp: Language, gazetteer: Gazetteer) -> None:
    (event,) = run(
        nlp,
        gazetteer,
        "Arakan Army takes base\n\n"
        "YANGON - The Arakan Army said on Wednesday that its fighters had captured an army "
        "battalion headquarters near Sittwe the previous day, in one of the last parts of "
        "Rakhine state still held by the junta.",
    )
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1 == "AA: Arakan Army"


def test_the_previous_day_counts_back_from_the_tellings_day(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    (event,) = run(
        nlp,
        gazetteer,
        "Arakan Army takes base\n\n"
        "YANGON - The Arakan Army said on Wednesday that its fighters had captured an army "
        "battalion headquarters near Sittwe the previous day.",
    )
    assert event.event_date == "2026-11-24"


# --- air support and the days of other things ----------------------------------------------------


def test_air_support_after_an_attack_told_in_a_communique_is_the_states_that_day(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Soldiers killed in Tillaberi\n\n"
        "NIAMEY - Eight soldiers were killed on Tuesday when jihadists attacked an army post "
        "in Banibangou, the defence ministry said.\n\n"
        "In a statement read on state television on Wednesday evening, the ministry said "
        "hundreds of terrorists had attacked the post at about 3 p.m. Air support then "
        'chased the attackers towards the border, "neutralising dozens of terrorists".',
    )
    (strike,) = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strike.actor1 is not None and strike.actor1.startswith("Military Forces of Niger")
    assert strike.event_date == "2026-11-24"


def test_the_week_of_a_relative_clause_does_not_date_the_next_sentence(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    (event,) = run(
        nlp,
        gazetteer,
        "Fuel march broken up\n\n"
        "NIAMEY - Hundreds of traders marched through Diffa on Wednesday against a rise in "
        "the price of petrol, which the government raised last week. Police fired tear gas "
        "to break up the march near the governor's office, witnesses said.",
    )
    assert event.event_date == "2026-11-25"


def test_a_burials_day_does_not_date_the_shooting_the_dead_were_caught_in(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Jihadists storm army post\n\n"
        "OUAGADOUGOU - Jihadist fighters attacked an army post in Djibo on Sunday, killing "
        "at least 20 soldiers, security sources said.\n\n"
        '"We buried more than 30 people on Monday, soldiers and civilians caught in the '
        'shooting," a resident said.',
    )
    assert {e.event_date for e in events} == {"2026-11-22"}


def test_a_place_opening_the_sentence_dates_a_told_raid_by_its_telling(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Separatists burn bus\n\n"
        "BAMENDA, Cameroon - On Sunday evening, armed men stopped a bus at Bambui and set "
        "it on fire, a council official said.\n\n"
        "In Kumbo, the army said on Tuesday that soldiers had raided a separatist camp and "
        "killed three fighters.",
    )
    assert {(e.location, e.event_date) for e in events if e.location == "Kumbo"} == {
        ("Kumbo", "2026-11-24")
    }


def test_amba_fighters_are_the_ambazonians_in_cameroon(nlp: Language, gazetteer: Gazetteer) -> None:
    (event,) = run(
        nlp,
        gazetteer,
        "Trader shot in Bamenda\n\n"
        "BAMENDA, Cameroon - Two men on a motorcycle shot dead a trader who opened his shop "
        'in Bamenda on Tuesday during a lockdown. Police blamed "Amba fighters".',
    )
    assert event.actor1 == "Ambazonian Separatists"


def test_soldiers_killing_a_man_after_the_fighting_is_an_event_of_its_own(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Army raids separatist camp\n\n"
        "BAMENDA, Cameroon - In Kumbo, the army said on Tuesday that soldiers had raided a "
        "separatist camp and killed three fighters.\n\n"
        "Residents of Kumbo said that after the fighting on Tuesday soldiers burned four "
        "houses and shot dead an elderly man who could not flee.",
    )
    kinds = {(e.sub_event_type, e.actor1) for e in events}
    assert ("Attack", "Military Forces of Cameroon (1982-)") in kinds
    assert any(e.sub_event_type == "Armed clash" for e in events)


def test_a_time_of_day_ending_a_sentence_ends_it(nlp: Language) -> None:
    doc = nlp(
        "The attackers struck at about 2 p.m. Soldiers then chased them. "
        "They left at 5 p.m. Monday."
    )
    assert [s.text for s in doc.sents] == [
        "The attackers struck at about 2 p.m.",
        "Soldiers then chased them.",
        "They left at 5 p.m. Monday.",
    ]


def test_a_headman_aged_by_a_hyphenated_age_is_one_dead(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    (event,) = run(
        nlp,
        gazetteer,
        "Headman shot dead\n\n"
        "PATTANI, Thailand - On Wednesday, gunmen shot dead a 61-year-old village headman "
        "in Rueso district, Narathiwat, police said.",
    )
    assert (event.fatalities, event.location) == (1, "Rueso")


def test_drones_that_tracked_a_column_and_struck_it_are_an_air_strike(nlp: Language) -> None:
    doc = nlp("Army drones tracked a column of fighters and struck it near Kaya.")
    kinds = {t.sub_event_type for s in doc.sents for t in find_triggers(doc, s)}
    assert "Air/drone strike" in kinds


def test_last_week_told_of_a_weekly_rite_is_that_weekday(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    (event,) = run(
        nlp,
        gazetteer,
        "Worshippers march in Zahedan\n\n"
        "DUBAI - In Zahedan, worshippers leaving Friday prayers at the main mosque last week "
        "marched through the streets against executions. Rights groups said security forces "
        "fired tear gas to break up the march.",
    )
    assert event.event_date == "2026-11-20"


def test_forces_told_twice_leave_their_foe_the_second_side(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Police station attacked\n\n"
        "DUBAI - Militants attacked a police station in the town of Rask in Iran's "
        "Sistan-Baluchestan province on Sunday night, state media said, in the deadliest "
        "assault on security forces in the region in months.\n\n"
        "The IRNA news agency said four police officers were killed in the attack. The "
        "militant group Jaish al-Adl claimed responsibility, saying its fighters had killed "
        "more than ten members of the security forces.",
    )
    assert [{e.actor1, e.actor2} for e in events] == [
        {"Police Forces of Iran (1979-)", "Jaish al Adl"}
    ]
