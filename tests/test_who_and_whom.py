"""Who did what to whom, where and when, in reports of the kinds monitors and wires file:
weekly tallies and running counts are no events, attackers who got away took no one, a
group that owns a fight's dead is its other side, a town restated after its name is a town,
a deed told again with its day dates the lede told only with the day of its telling."""

from __future__ import annotations

from spacy.language import Language

from eventwire.geo import Gazetteer
from reports import run


def test_gunmen_who_disappeared_took_no_one(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Soldier wounded in Beledweyne\n\n"
        "BELEDWEYNE, Nov 24 - Unidentified gunmen shot and wounded a Somali army soldier in "
        "Beledweyne on Monday night. The gunmen seized his rifle and disappeared, police said.",
    )
    assert [(e.event_type, e.sub_event_type, e.inter1) for e in events] == [
        ("Battles", "Armed clash", 1)
    ]


def test_a_man_who_disappeared_after_his_arrest_is_still_taken(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Activist missing in Kassala\n\n"
        "KASSALA, Nov 24 - A rights activist disappeared after security agents detained him "
        "at his home in Kassala on Saturday, his family said.",
    )
    assert "Abduction/forced disappearance" in {e.sub_event_type for e in events}


MONITOR_UPDATE = (
    "Protection update: Hebron governorate\n\n"
    "Issued 24 November 2026\n\n"
    "Between 14 and 21 November, three Palestinians were killed and 27 injured by Israeli "
    "forces or settlers across the southern West Bank. The monitor documented 9 "
    "settler-related incidents resulting in casualties or damage.\n\n"
    "- On 19 November, Israeli settlers set fire to a tractor and two cars in the village of "
    "Susya. No injuries were reported.\n\n"
    "- Since 1 January 2026, 164 Palestinians have been killed in the West Bank."
)


def test_a_weeks_tally_and_a_years_count_are_no_events(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(nlp, gazetteer, MONITOR_UPDATE)
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Looting/property destruction", "2026-11-19", 0)
    ]
    assert events[0].actor1 == "Settlers (Israel)"


def test_a_group_owning_the_dead_is_the_fights_other_side(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Two killed in Jenin raid\n\n"
        "JENIN, Nov 24 - Two Palestinian men were killed in an exchange of fire with Israeli "
        "forces during a raid in Jenin on Monday. An Israeli soldier was lightly wounded. "
        "Hamas said the two men were among its fighters.",
    )
    battle = next(e for e in events if e.event_type == "Battles")
    assert battle.actor1 is not None and battle.actor1.startswith("Military Forces of Israel")
    assert battle.actor2 == "Hamas Movement"


def test_a_lede_told_on_its_telling_day_takes_the_day_told_after(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Toll from Sagaing air strike rises to 17\n\n"
        "MANDALAY, Nov 25 (AP) - The death toll from a military air strike on a village "
        "school in Sagaing region has risen to 17, rescue workers said Wednesday.\n\n"
        "The strike hit the school in Depayin township on Sunday morning, when classes had "
        "just begun, a teacher said.\n\n"
        "A military spokesman told reporters in Naypyitaw on Tuesday that the air force had "
        "struck a rebel training camp in the area.",
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [(e.event_date, e.fatalities) for e in strikes] == [("2026-11-22", 17)]


def test_a_town_restated_after_its_name_is_a_town(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Arakan Army says it took outpost\n\n"
        "SITTWE, Nov 24 - The Arakan Army said its fighters on Monday overran a military "
        "outpost near Kyaukphyu, the coastal town where China is building a deep-sea port.",
    )
    taken = next(e for e in events if e.event_type == "Battles")
    assert taken.country == "Myanmar"
    assert taken.location == "Kyaukpyu"


def test_the_dead_of_both_sides_add_up(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Checkpoint attack near Jableh\n\n"
        "DAMASCUS, Nov 24 - Gunmen killed four members of Syria's General Security forces in "
        "an attack on a checkpoint near Jableh on Monday night. Security personnel returned "
        "fire and killed three of the assailants, the Interior Ministry said.",
    )
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 7)]


def test_a_towns_countryside_is_its_region(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Mine kills farmer\n\n"
        "IDLIB, Nov 24 - A farmer was killed when a landmine exploded in his field near the "
        "town of Maarat al-Numan in the southern Idlib countryside on Sunday, rescuers said.",
    )
    assert [e.location for e in events] == ["Maarrat an Numan"]
    assert events[0].actor1 == "Unidentified Armed Group (Syria)"


def test_foreign_troops_detaining_a_civilian_abduct_him(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Shepherd detained\n\n"
        "BEIRUT, Nov 24 - Israeli troops detained a shepherd grazing his flock near the "
        "southern Lebanese town of Kfar Kila on Monday, the state news agency said.",
    )
    assert [(e.event_type, e.sub_event_type, e.inter1) for e in events] == [
        ("Violence against civilians", "Abduction/forced disappearance", 8)
    ]


def test_a_ceasefire_told_after_a_fight_kills_no_one(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Militias clash in Misrata\n\n"
        "MISRATA, Libya, Nov 24 - At least four people were killed in clashes between rival "
        "armed groups in Misrata on Sunday evening, medical sources said.\n\n"
        "The fighting broke out near the port between the Halbus Brigade and an armed group "
        "led by a local commander, witnesses said.\n\n"
        "The city hospital said it received four bodies, three fighters and a shopkeeper, as "
        "well as nine wounded.\n\n"
        "Schools were closed on Monday. By Monday afternoon, elders announced that the two "
        "sides had agreed to a ceasefire.",
    )
    agreement = [e for e in events if e.sub_event_type == "Agreement"]
    assert [e.fatalities for e in agreement] == [0]


def test_a_bomb_made_from_a_mortar_round_was_defused(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Bomb defused in Maguindanao\n\n"
        "COTABATO CITY, Nov 24 - Soldiers on Sunday found an improvised explosive device made "
        "from a 60mm mortar round, wired to a mobile phone, along the highway in Shariff "
        "Aguak. An Army bomb disposal team safely defused the bomb, which officials said was "
        "meant for passing military vehicles.",
    )
    assert [e.sub_event_type for e in events] == ["Disrupted weapons use"]


def test_what_a_group_did_in_its_founding_year_is_no_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Profile\n\n"
        "The group, which broke away from its parent movement in 2008 to oppose peace talks "
        "with the government, has split into factions, some of which have pledged allegiance "
        "to the Islamic State.",
    )
    assert events == []


def test_a_provinces_possessive_is_no_second_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Tapper shot dead\n\n"
        "YALA, Thailand, Nov 24 - Two gunmen on a motorcycle shot dead a rubber tapper in "
        "Yala's Bannang Sata district on Monday morning, police said.",
    )
    assert [e.location for e in events] == ["Ban Nang Sata"]


def test_paramilitary_rangers_are_the_army(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Rangers ambushed\n\n"
        "PATTANI, Thailand, Nov 24 - Insurgents opened fire on a patrol of paramilitary "
        "rangers in Sai Buri district on Monday, wounding two, police said.",
    )
    battle = next(e for e in events if e.event_type == "Battles")
    assert "Military Forces of Thailand" in {battle.actor1, battle.actor2}


def test_the_teller_is_not_the_bomber(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Minibus bomb in Kabul\n\n"
        "KABUL, Nov 24 (Reuters) - A bomb attached to a minibus exploded in western Kabul on "
        "Monday evening, killing three passengers, a Taliban police spokesman said. Islamic "
        "State later claimed responsibility.",
    )
    assert [e.actor1 for e in events] == ["Islamic State (Afghanistan)"]


def test_a_steady_trickle_of_attacks_is_no_event(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Analysis\n\n"
        "The movement's rivals are weak, but a steady trickle of hit-and-run attacks in the "
        "north shows they are not going away.",
    )
    assert events == []


def test_attackers_burning_huts_and_hurting_people_are_no_riot(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Huts torched in Tororo\n\n"
        "TORORO, Uganda, Nov 24 - Unidentified attackers set fire to 20 huts in Tororo "
        "district on Sunday night, believed to belong to opposition supporters. Six people "
        "were injured.",
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack")
    ]
