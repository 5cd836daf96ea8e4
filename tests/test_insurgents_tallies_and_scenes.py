"""Insurgents, tallies and scenes: Thailand's unnamed insurgents are ACLED's Malay Muslim
Separatists; a staff's daily tally of attacks, a night's launches counted, a conflict's
dead, a struggle "for decades", "the real battle", crowds that "joined", those "detained"
named again, soldiers a rebel group took, a deed someone denounced and a tanker that
overturned and exploded are no events of their own; a town placed a distance from another
is not that one's namesake far away, a capital "accused of" or "seeking" something is its
government, a dateline may be written as a name and its country, a road's three-word ends
are its ends, a local government area "of" a state is one place, the police "in" a town
tell and a second placard's words name nothing; civilians shelled during a fight,
residents the attackers shot and residents killed after a town was taken are events
beside the lede, while a protest named again, deployments to the scene and the
detail of an overnight raid are the lede's own. And the sides: a ministry's "its troops"
whatever its case, both sides named after a lede's "rival gangs", the gang a lede left
unnamed, a drone's sender not its air defences, a report's author no side, two forces
arresting together one side, men in military camouflage no soldiers, and a capture the
other side denies a fight; a merged event's notes name the sides it keeps."""

from __future__ import annotations

from spacy.language import Language

from eventwire.datelines import dateline_spans
from eventwire.events.actors import find_actors
from eventwire.events.fatalities import find_counts
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer, geoparse
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


def _deaths(text: str) -> int:
    return sum(c.value for c in find_counts(text))


# --- sides ----------------------------------------------------------------------------------


def test_thailands_unnamed_insurgents_are_the_malay_muslim_separatists(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "PATTANI, Jan 12 - Suspected insurgents shot dead a village defence volunteer in Sai "
        "Buri district of Pattani province on Monday evening, police said.",
    )
    assert [(e.actor1, e.inter1) for e in events] == [("Malay Muslim Separatists (Thailand)", 2)]


def test_a_ministrys_its_troops_are_its_states_whatever_the_case(nlp: Language) -> None:
    text = "Russia's Defence Ministry said on Friday its troops had captured the village."
    assert [f.template for f in find_actors(nlp(text), 0, len(text))] == [
        "Military Forces of Russia"
    ]


def test_a_capture_the_other_side_denies_is_a_fight(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Russia's Defence Ministry said on Tuesday its troops had taken control of the village "
        "of Bohoyavlenka in Ukraine's Donetsk region, a claim rejected by the Ukrainian "
        "army, which said its soldiers were still holding their positions.",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Armed clash", "Military Forces of Russia (2000-)")
    ]


def test_both_sides_named_after_a_ledes_rival_gangs(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "QUITO, Feb 3 (Reuters) - Nine inmates were killed in a clash between rival gangs at "
        "the prison in Esmeraldas late on Sunday, officials said.\n\n"
        "Members of Los Lobos and Los Choneros fought with knives and guns in one wing of the "
        "jail for several hours, the prisons agency said.",
    )
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Los Lobos", "Los Choneros", 9)
    ]


def test_a_gang_the_lede_left_unnamed_is_named_by_its_deeds(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "PORT-AU-PRINCE, Jan 9 (Reuters) - Haitian police repelled an assault by armed gangs "
        "on the town of Mirebalais on Thursday, in fighting that left six gang members dead, "
        "officials said.\n\n"
        "Dozens of gunmen from the Viv Ansanm gang coalition entered the town before dawn, "
        "setting fire to houses, the mayor said.\n\n"
        "At least three residents were shot dead in their homes by the gunmen, a rights group "
        "said.",
    )
    assert sorted((e.event_type, e.actor1, e.actor2, e.fatalities) for e in events) == [
        ("Battles", "Police Forces of Haiti (2024-)", "Viv Ansanm", 6),
        ("Violence against civilians", "Viv Ansanm", "Civilians (Haiti)", 3),
    ]


def test_air_defences_are_not_the_drones_senders(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "KOSTI, Sudan, Jan 5 (Reuters) - A drone strike blamed on the Rapid Support Forces hit "
        "a power station near Kosti on Sunday, killing three engineers, officials said.\n\n"
        "Hours later, drones targeted fuel tanks near the port of Port Sudan, according to "
        "an army statement that said air defences shot down most of them.",
    )
    assert [e.actor1 for e in events] == ["Rapid Support Forces", "Rapid Support Forces"]


def test_a_reports_author_is_no_side(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Two soldiers were killed on Monday when a roadside bomb hit their truck outside "
        "Apatzingan, in Michoacan state, the Defence Ministry said. An earlier report by state "
        "police had put the toll at three.",
    )
    assert [(e.actor1, e.fatalities) for e in events] == [("Military Forces of Mexico (2024-)", 2)]


def test_two_forces_arresting_together_are_one_side(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "On Friday, soldiers and police raided several houses in Duran, in Guayas province, and "
        "arrested nine suspected members of Los Lobos.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Military Forces of Ecuador (2023-)", "Los Lobos")
    ]


def test_an_officer_named_by_rank_is_a_teller(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "In Yala province, a bomb hidden in a parked motorcycle killed a noodle seller on "
        "Tuesday, police Colonel Somsak Jaidee told reporters.",
    )
    assert [e.inter1 for e in events] != [1]
    assert [e.actor1 for e in events] == ["Unidentified Armed Group (Thailand)"]


def test_the_arakan_armys_letters_and_the_rohingya_solidarity_organisation(
    nlp: Language,
) -> None:
    text = "AA fighters clashed with the Rohingya Solidarity Organisation near Maungdaw."
    assert [f.template for f in find_actors(nlp(text), 0, len(text))] == [
        "AA: Arakan Army",
        "RSO: Rohingya Solidarity Organization",
    ]


def test_dissidents_of_the_farc_are_farc_dissidents(nlp: Language) -> None:
    text = "Dissidents of the former FARC clashed with ELN fighters near Tibu."
    assert "FARC Dissidents" in [f.template for f in find_actors(nlp(text), 0, len(text))]


def test_rebel_rule_names_no_rebels(nlp: Language) -> None:
    text = "The bodies were buried the same day under rebel supervision."
    assert find_actors(nlp(text), 0, len(text)) == []


# --- tolls ----------------------------------------------------------------------------------


def test_a_toll_raised_holds_the_more_bodies_found() -> None:
    text = (
        "By evening the governor raised the toll to six, writing that two more bodies had "
        "been pulled from the rubble."
    )
    assert _deaths(text) == 6


def test_no_toll_is_no_count_of_whoever_fled() -> None:
    assert _deaths("No toll was available for the fighting, which forced many to flee.") == 0


def test_a_victim_told_by_his_rank_in_a_series_restates_the_toll(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "On Saturday, gunmen opened fire on a crowd at a cockfighting ring in Milagro, Guayas, "
        "killing at least five people. Local media reported a sixth victim died in hospital "
        "overnight, but authorities had not confirmed it by Sunday.",
    )
    assert [e.fatalities for e in events] == [5]


def test_a_passer_by_killed_is_a_death() -> None:
    assert _deaths("A car bomb went off outside the station, killing a passer-by.") == 1


# --- no events --------------------------------------------------------------------------------


def test_a_staffs_daily_tally_of_attacks_is_no_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The General Staff said there had been 52 Russian attacks along the Kostiantynivka "
        "front over the past 24 hours.",
    )
    assert statuses["attacks"] == "series"


def test_a_struggle_for_decades_is_no_fight(nlp: Language) -> None:
    statuses = _statuses(nlp, '"We fought for decades for this land," the elder said.')
    assert statuses["fought"] == "habit"


def test_a_crowd_that_joined_is_no_new_group(nlp: Language) -> None:
    statuses = _statuses(nlp, "Police counted 600 marchers, while organisers said 3,000 joined.")
    assert "joined" not in statuses


def test_those_detained_are_the_held(nlp: Language) -> None:
    statuses = _statuses(nlp, "The spokesman said those detained would face trial.")
    assert statuses["detained"] == "described"


def test_soldiers_a_rebel_group_took_are_no_arrest(nlp: Language) -> None:
    taken = "The group said it seized rifles and detained an unknown number of soldiers."
    assert _statuses(nlp, taken)["detained"] == "described"
    arrested = "Police detained two soldiers for extortion."
    assert _statuses(nlp, arrested)["detained"] == "asserted"


def test_a_name_police_give_a_deed_is_their_word(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Four blasts were heard overnight, in what police described as a coordinated attack."
    )
    assert statuses["attack"] == "hedged"


def test_a_deed_dated_by_a_month_told_before_is_past(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Hundreds have died in the jails since 2021, including 119 in one riot at the Litoral "
        "prison that September.",
    )
    assert statuses["riot"] == "past"


def test_the_cause_of_the_fighting_names_the_fight_told(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Rival gangs fought with guns inside the Turi prison in Cuenca on Tuesday, killing "
        "four inmates, officials said.\n\n"
        "Officials did not comment on the cause of the fighting, which guards said followed "
        "a transfer of prisoners last week.",
    )
    assert [e.event_date for e in events] == ["2026-11-24"]


def test_the_protest_named_again_is_the_one_told(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "COTABATO CITY, Philippines - Hundreds of students marched through Cotabato City on "
        "Wednesday to demand that the regional elections go ahead.\n\n"
        "The protest came after lawmakers in Manila filed a bill last week to postpone them.",
    )
    assert [e.location for e in events] == ["Cotabato"]


def test_a_word_in_a_groups_name_is_no_town(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        '"Every delay tells young people the ballot does not matter," said Aisah Mamalinta, a '
        "youth leader from the group Bangsamoro Youth for Peace."
    )
    assert [t.text for t in geoparse(nlp(text), gazetteer) if t.place] == []


# --- passages and their events -----------------------------------------------------------------


def test_civilians_shelled_during_a_fight_are_their_own_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Fighting between the Arakan Army and junta troops raged near Kyaukphyu, in Rakhine "
        "State, on Tuesday, residents said.\n\n"
        "During the fighting, navy ships offshore shelled a nearby village, killing two "
        "civilians, a local aid worker said.",
    )
    assert sorted(e.event_type for e in events) == ["Battles", "Explosions/Remote violence"]


def test_a_place_read_as_a_namesake_far_from_its_landmark_gives_way(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A junta aircraft bombed Pan Kan village, about 20 km east of Kyaukme town in Shan "
        "State, on Wednesday, killing four people.",
    )
    assert [e.location for e in events] == ["Kyaukme"]


def test_a_scene_a_sentence_opens_on_is_its_own(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Suspected insurgents set off bombs across Narathiwat province early on Wednesday, "
        "police said.\n\n"
        "In Rueso district, a bomb hidden in a motorcycle killed a shop worker.\n\n"
        "In Tak Bai district, two small bombs exploded at a petrol station, causing damage.",
    )
    assert sorted(e.location for e in events) == ["Rueso", "Tak Bai"]


def test_a_capital_accused_of_a_deed_is_its_government(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Army drones struck M23 positions at Numbi, in South Kivu province, on Wednesday, "
        "local sources said. The M23 accused Kinshasa of targeting villages, saying three "
        "civilians were killed when a projectile hit a house.",
    )
    assert "Kinshasa" not in [e.location for e in events]


def test_a_dateline_written_as_a_name_with_its_country() -> None:
    assert dateline_spans("Lima, Peru – Gunmen killed two guards on Monday.") == [(0, 13)]


def test_deployments_to_the_scene_are_the_attacks_sequel(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Suspected herdsmen killed six people in an attack on a village in Guma, Benue State, "
        "on Tuesday night, officials said.\n\n"
        "Police said officers and soldiers had been deployed to the area.",
    )
    assert [e.event_type for e in events] == ["Violence against civilians"]


def test_the_detail_of_an_overnight_raid_is_the_raid(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "JOS, Nigeria (AFP) - Gunmen killed at least nine people in an overnight raid on a "
        "village in Plateau state, officials said Wednesday.\n\n"
        "Attackers identified by survivors as armed herders stormed the village in Mangu "
        "district late on Monday, shooting residents, a council chairman said.",
    )
    assert [(e.fatalities, e.event_date) for e in events] == [(9, "2026-11-23")]


def test_residents_killed_after_the_town_was_taken_are_their_own_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The Rapid Support Forces retook the town of Bara in North Kordofan on Wednesday "
        "after a day of fighting with the army.\n\n"
        "After taking control, RSF fighters went from house to house and killed 20 civilians, "
        "monitors said.",
    )
    assert sorted(e.event_type for e in events) == ["Battles", "Violence against civilians"]


def test_men_held_and_not_heard_from_since_disappeared(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "M23 fighters rounded up at least ten young men in Goma, in North Kivu, on Monday. "
        "Their families have not heard from them since.",
    )
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_a_fight_is_dated_by_its_own_day_not_by_what_ended_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "QUITO, Feb 3 (Reuters) - Nine inmates were killed in a clash between rival gangs at "
        "the prison in Esmeraldas late on Sunday, officials said.\n\n"
        "Gang members fought with knives and guns in one wing of the jail for several hours "
        "before soldiers and police regained control early on Monday, the prisons agency said.",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Armed clash", "2026-02-01")]


def test_falling_drone_debris_is_the_drones_strike(nlp: Language) -> None:
    doc = nlp("On Monday, falling drone debris killed a man in the town, the governor said.")
    subs = {t.text: t.sub_event_type for s in doc.sents for t in find_triggers(doc, s)}
    assert subs["falling drone debris"] == "Air/drone strike"


def test_the_moro_fronts_are_named(nlp: Language) -> None:
    text = "MILF fighters clashed with members of the Moro National Liberation Front."
    assert [f.template for f in find_actors(nlp(text), 0, len(text))] == [
        "MILF: Moro Islamic Liberation Front",
        "MNLF: Moro National Liberation Front",
    ]


def test_a_conflicts_dead_are_its_toll(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "More than 250 people have been killed and around 60,000 displaced in the conflict.",
    )
    assert statuses["killed"] == "toll"


def test_a_capital_seeking_something_is_its_government(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Ukrainian troops fought Russian assault groups inside Kupiansk, in the Kharkiv region, "
        "on Tuesday, as Kyiv sought to push Russian units out of the city.",
    )
    assert [e.location for e in events] == ["Kupyansk"]


def test_a_nights_launches_counted_are_a_tally(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The air force said Russia had launched two ballistic missiles and 60 drones overnight.",
    )
    assert statuses["missiles"] == "toll"
    aimed = _statuses(nlp, "Russia fired two missiles at Kharkiv on Monday, killing three.")
    assert aimed["missiles"] == "asserted"


def test_the_real_battle_is_a_figure_of_speech(nlp: Language) -> None:
    statuses = _statuses(nlp, '"The real battle now is to build trust," the minister said.')
    assert statuses["battle"] == "figurative"


def test_a_tanker_that_overturned_and_exploded_is_an_accident(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "At least nine people were killed when a petrol tanker exploded after overturning near "
        "Kankia in Katsina State on Monday.\n\n"
        '"The explosion was so loud we thought it was an attack," a witness said.',
    )
    assert events == []


def test_a_deed_someone_denounced_is_no_deed_told(nlp: Language) -> None:
    statuses = _statuses(nlp, "The farmer had publicly denounced forced recruitment in the area.")
    assert statuses["recruitment"] == "described"


def test_a_road_between_towns_of_three_words_is_one_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen ambushed a police patrol on Friday on the road between San Miguel Totolapan and "
        "Ciudad Altamirano in Guerrero state, killing four officers.",
    )
    assert [e.location for e in events] == ["San Miguel Totolapan"]


def test_a_local_government_area_of_a_state_is_one_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "On Friday, bandits abducted at least 12 travellers on a road in Faskari Local "
        "Government Area of Katsina State. Police in Katsina confirmed the kidnapping.",
    )
    assert [e.location for e in events] == ["Faskari"]


def test_gunmen_in_military_camouflage_are_no_soldiers(nlp: Language) -> None:
    text = "They came out of the bush wearing military camouflage and started shooting."
    assert [f.template for f in find_actors(nlp(text), 0, len(text))] == []


def test_a_second_placards_words_name_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "KINSHASA, Jan 20 (AFP) - Congolese police fired tear gas to disperse hundreds of "
        "protesters near several embassies in Kinshasa on Wednesday.\n\n"
        'The protesters carried placards reading "Stop the hypocrisy" and "Rwanda out of '
        'Congo" as they marched along the Boulevard du 30 Juin.',
    )
    assert [e.country for e in events] == ["Democratic Republic of Congo"]


def test_a_merged_events_notes_name_the_sides_it_keeps(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Kachin Independence Army (KIA) fighters attacked a junta outpost in Kachin State on "
        "Sunday night, sparking fighting that went on into Monday, local sources said.\n\n"
        "The KIA and allied units struck the outpost at Nam Mar village, about 15 km north of "
        "Bhamo, at around 11pm on Sunday, a KIA officer told Myanmar Now. He said at least seven "
        "soldiers were killed, but a Bhamo resident said four soldiers had died.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [
        ("KIA: Kachin Independence Army", "Military Forces of Myanmar (2021-)")
    ]
    assert "KIA: Kachin Independence Army clashed with Military Forces of Myanmar" in (
        events[0].notes
    )
