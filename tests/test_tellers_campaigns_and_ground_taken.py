"""Tellers, campaigns and ground taken: who names a weapon, counts the dead or tells a toll
is no side of the fight ("which the air force identified as", "a member of the militia told
Reuters", a council's or an army's lower toll, a total that counts both sides); a war's
running toll ("has killed hundreds"), a campaign kept up, a fight that "has forced"
thousands out, a deal that "required" troops to withdraw, arms delivered and a struggle "for
the survival" of a cause are no events; a capital that "keeps up pressure" is a
government, a town placed "60 km west of the border town of X" is not X, and a place's
name after "also" opens another fight; strikes a lede gave to one state are that state's
when told one by one; a foreign army's capture is ground overtaken, not regained. And the
same again: the dead of air strikes told in a clause of their own are the strikes', a
shell that killed is shelling, a drone strike where only the army flies drones is the
army's, a claim "by" a group names that group, a town retaken is ground whoever was freed
there, a count of soldiers killed told by another teller goes with the fight, where a
convoy was heading is not where it was hit, and a threat "eliminated" is nobody dead."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.actors import find_actors
from eventwire.events.fatalities import find_counts
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


def _deaths(text: str) -> int:
    return sum(c.value for c in find_counts(text))


# --- tolls ----------------------------------------------------------------------------------


def test_a_death_told_as_perhaps_is_no_death() -> None:
    assert _deaths("Troops fired back, wounding and perhaps killing two of the raiders.") == 0
    assert _deaths("Troops fired back, wounding and killing two of the raiders.") == 2


def test_a_running_toll_by_the_hundred_is_no_events_toll() -> None:
    assert _deaths("The feud between the two factions has killed hundreds of fighters.") == 0
    assert _deaths("Hundreds of people, among them soldiers, have been killed in the region.") == 0
    assert _deaths("The blast killed hundreds of people on Sunday.") == 100


def test_a_teller_named_after_a_list_of_the_dead_is_no_victim() -> None:
    text = (
        "A landmine struck a pickup near Gwoza on Monday, killing three soldiers, a member of "
        "the Civilian Joint Task Force militia told reporters."
    )
    assert _deaths(text) == 3


def test_a_second_tellers_toll_after_a_long_name_is_the_lower_figure(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Militants have killed at least seven farmers near Gwoza in Borno state, officials "
        "said.\n\nThe victims were attacked on Tuesday afternoon outside the town.\n\n"
        "A local government official put the toll at seven, while a member of the Civilian "
        "Joint Task Force (CJTF), a militia that works with the army, said 12 people were "
        "killed.",
    )
    assert [e.fatalities for e in events] == [7]


def test_an_armys_lower_toll_in_a_sentence_of_its_own_is_the_figure(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Rebels stormed a village near Beni in North Kivu late on Monday, killing dozens of "
        "people with machetes, residents said.\n\n"
        "Civil society leaders said they had counted 24 bodies by Tuesday. The Congolese army "
        "gave a lower toll of 15 civilians killed.",
    )
    assert [e.fatalities for e in events] == [15]


def test_a_lower_total_that_counts_both_sides_replaces_one_sides_dead(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The army said it recaptured the town of Akobo from rebel forces on Sunday after heavy "
        'fighting. An army spokesman said on Monday that 31 "rebels" had been killed. A county '
        "official said at least 11 people, including fighters from both sides, died in the "
        "fighting.",
    )
    assert [e.fatalities for e in events] == [11]


def test_a_councils_toll_told_after_the_strike_is_part_of_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Two guided bombs hit houses in Kherson on Tuesday afternoon, killing two people, "
        "according to the regional governor. The city council put the toll at three, but the "
        "governor said one of the victims counted by the council was alive in hospital. Nine "
        "people were wounded.",
    )
    assert [(e.event_type, e.fatalities) for e in events] == [("Explosions/Remote violence", 2)]


# --- no events ------------------------------------------------------------------------------


def test_a_campaign_kept_up_and_a_war_that_has_driven_people_out_are_no_events(
    nlp: Language,
) -> None:
    kept = _statuses(
        nlp, "Both armies have kept up long-range drone and missile attacks for months."
    )
    assert kept["missile"] == "habit"
    forced = _statuses(
        nlp, "Fighting in the region has forced tens of thousands of people into camps."
    )
    assert forced["Fighting"] != "asserted"


def test_arms_supplied_or_counted_and_troops_a_deal_would_withdraw_are_no_events(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    assert (
        run(
            nlp,
            gazetteer,
            "The president again urged allies to speed up deliveries of air defence systems, "
            'saying that "every Patriot missile means a town that sleeps". He said Kyiv would '
            "not accept any deal that required it to withdraw troops from the Donetsk region.\n\n"
            "Talks will resume in Geneva next month.",
        )
        == []
    )


def test_a_struggle_for_a_cause_or_an_attack_on_sovereignty_is_figurative(
    nlp: Language,
) -> None:
    statuses = _statuses(
        nlp,
        '"This is a battle for the survival of a free press," a lawyer said. The speaker wrote '
        'that "the attack on Georgia\'s sovereignty has been defeated in court".',
    )
    assert statuses["battle"] == "figurative" and statuses["attack"] == "figurative"
    assert _statuses(nlp, "The battle for the town lasted three days.")["battle"] == "asserted"


# --- places ---------------------------------------------------------------------------------


def test_a_capital_keeping_up_pressure_is_its_government(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Russian glide bombs and artillery have killed at least four people in southern "
        "Ukraine over the past two days, as Moscow keeps up pressure on front-line cities.\n\n"
        "In Kherson, a glide bomb hit a market on Tuesday, killing three people.\n\n"
        "On Wednesday, artillery fire killed a man in Nikopol.",
    )
    assert "Moscow" not in {e.location for e in events}
    assert {(e.location, e.actor1) for e in events} == {
        ("Kherson", "Military Forces of Russia (2000-)"),
        ("Nikopol", "Military Forces of Russia (2000-)"),
    }


def test_a_town_placed_by_its_distance_from_a_border_town_is_the_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "MAE SOT, Thailand (Reuters) - Karen rebels attacked a Myanmar army base in Myawaddy "
        "with drones on Tuesday, killing two soldiers, residents said.\n\n"
        "The rebel group said its drones dropped bombs on the base of the army's 275th "
        "battalion in Myawaddy, about 5 km west of the Thai border town of Mae Sot.",
    )
    assert [(e.location, e.fatalities) for e in events] == [("Myawaddy", 2)]


def test_a_village_named_after_also_is_another_fight(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "KYIV, Ukraine (AP) - Russian forces have captured the village of Kurakhove west of "
        "the city of Donetsk, Russia's Defense Ministry said Wednesday, and a Ukrainian army "
        "spokesman acknowledged that troops had withdrawn from the settlement.\n\n"
        'The ministry said its troops "liberated" Kurakhove on Tuesday.\n\n'
        "Heavy fighting was also reported Wednesday near the village of Zoriane Pole, a few "
        "kilometers to the south, where the spokesman said Ukrainian troops had repelled an "
        "assault by armored vehicles.",
    )
    assert ("Armed clash", "2026-11-25") in {(e.sub_event_type, e.event_date) for e in events}


def test_fighters_arriving_from_a_town_put_no_fight_there(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Insurgents attacked an army base in Monguno late on Tuesday, killing three soldiers, "
        "military sources said.\n\n"
        "The insurgents arrived in gun trucks from the direction of Kukawa and fired rockets "
        'at the base. The army said troops had "neutralised 9 terrorists".',
    )
    assert [(e.location, e.fatalities) for e in events] == [("Monguno", 12)]


# --- actors ---------------------------------------------------------------------------------


def test_who_identified_the_weapon_is_a_teller(nlp: Language) -> None:
    doc = nlp(
        "The missile, which Ukraine's air force identified as a Kh-101 cruise missile, hit a "
        "school."
    )
    assert [f.syntax for f in find_actors(doc, 0, len(doc.text))] == ["teller"]


def test_the_islamic_emirates_forces_are_afghanistans_army(nlp: Language) -> None:
    doc = nlp("Two gunmen were killed in an operation by Islamic Emirate forces in Kunar.")
    assert "Military Forces of Afghanistan" in {f.template for f in find_actors(doc, 0, 80)}


def test_attackers_told_as_belonging_to_a_gang_are_that_gangs(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gang members armed with rifles stormed a neighbourhood of Port-au-Prince on Tuesday, "
        "shooting residents and setting dozens of homes on fire, witnesses said.\n\n"
        "At least nine people were killed, a UN official said.\n\n"
        "Residents said the attackers belonged to the Viv Ansanm coalition.",
    )
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Attack", "Viv Ansanm", 9)
    ]


def test_a_foreign_armys_capture_of_the_countrys_ground_is_overtaken(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Russian forces captured the town of Kurakhove from Ukrainian troops on Tuesday, "
        "Russia's defence ministry said, and a Ukrainian spokesman said troops had pulled back.",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Non-state actor overtakes territory", "Military Forces of Russia (2000-)")
    ]


# --- dates ----------------------------------------------------------------------------------


def test_an_attack_dated_by_its_month_and_place_after_since_is_long_before(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Security has been tightened across the valley since the April 2025 attack in "
        "Pahalgam, in which 26 people were killed.",
    )
    assert events == []


def test_a_protest_gathered_peacefully_outside_a_palace_is_a_protest(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    statuses = _statuses(
        nlp,
        "On Tuesday, dozens of women gathered peacefully outside the emir's palace in Dikwa "
        "demanding protection.",
    )
    assert statuses.get("gathered peacefully outside") == "asserted"
    assert gazetteer is not None


# --- more of the same: tolls of other fire, strikers known, ground retaken --------------------


def test_a_clause_of_other_fire_keeps_its_own_dead(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Mali's army said it had repelled an attack by Islamist militants on its detachment in "
        "the central town of Djenne on Saturday, losing four soldiers, and that air strikes "
        "afterwards killed at least 15 of the assailants.\n\n"
        "Fighters of JNIM attacked the base early on Saturday, the army said in a statement.\n\n"
        "Aircraft then struck the column of fighters as it withdrew near Djenne on Saturday "
        "afternoon, killing at least 15 of them, the army said.",
    )
    assert {(e.sub_event_type, e.fatalities) for e in events} == {
        ("Armed clash", 4),
        ("Air/drone strike", 15),
    }
    # (a clause opens on ", and", "while" or ";", not on a dateline's comma)
    opened = run(
        nlp,
        gazetteer,
        "On Tuesday, missiles launched by IS killed 2 civilians in the al-Baladiyat "
        "neighbourhood of Mosul, while drones wounded 3 civilians.",
    )
    assert [e.fatalities for e in opened] == [2]


def test_a_shell_that_killed_is_shelling(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(nlp, gazetteer, "On Wednesday, artillery fire killed a man in Nikopol.")
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]


def test_a_drone_strike_where_only_the_army_flies_drones_is_the_armys(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A drone strike on a minibus in Ethiopia's Amhara region killed at least nine civilians "
        "on Sunday, witnesses said.\n\n"
        "Only the federal military is known to operate armed drones in the region.",
    )
    assert [e.actor1 for e in events] == ["Military Forces of Ethiopia (2018-)"]


def test_the_group_an_attack_is_claimed_by_is_its_doer(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "A suicide bomber blew himself up near a Taliban checkpoint in western Kabul on "
        "Tuesday, killing at least three people, according to police, in an attack claimed by "
        "the regional affiliate of the ISIL (ISIS) group.",
    )
    assert [e.actor1 for e in events] == ["Islamic State (Afghanistan)"]


def test_a_town_retaken_is_ground_whatever_inmates_were_freed(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    statuses = _statuses(
        nlp,
        "Federal troops recaptured the town of Mota on Tuesday, a day after militia fighters "
        "overran it and freed inmates from its prison.",
    )
    assert statuses["recaptured"] == "asserted"
    assert (
        _statuses(nlp, "Police said 14 of the 20 escaped inmates had been recaptured.")[
            "recaptured"
        ]
        == "thing"
    )


def test_another_tellers_count_of_soldiers_killed_is_the_fights(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Hundreds of militia fighters entered Mota before dawn on Monday after several hours of "
        "fighting with soldiers, residents said.\n\n"
        "A health worker at Mota hospital said at least five bodies were brought in on Monday. "
        "A militia commander put the number of soldiers killed at more than 30.",
    )
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 5)]


def test_where_a_convoy_was_heading_is_not_where_it_was_hit(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The convoy, which was heading from the Senegalese border to the capital Bamako, was "
        "ambushed near Diema on Tuesday, killing four soldiers, a security source said.",
    )
    assert [e.location for e in events] == ["Diema"]


def test_dead_told_after_a_running_count_are_that_counts(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Police fired tear gas at hundreds of marchers in Nairobi on Tuesday and arrested 12.\n\n"
        "Rights groups say dozens of critics have been abducted since the 2024 protests. "
        "Several were later found dead, while others resurfaced weeks later.",
    )
    assert [e.fatalities for e in events] == [0]


def test_a_threat_eliminated_is_no_death() -> None:
    assert _deaths('The army said an aircraft "eliminated the threat" near the line.') == 0


def test_bombings_amid_which_talks_keep_failing_are_no_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The talks have repeatedly broken down amid bombings and shootings in the south."
    )
    assert statuses["bombings"] == "habit"


def test_a_man_forced_into_a_car_is_abducted(nlp: Language) -> None:
    doc = nlp("Four men forced him into the vehicle.")
    statuses = {t.sub_event_type: t.status for s in doc.sents for t in find_triggers(doc, s)}
    assert statuses.get("Abduction/forced disappearance") == "asserted"


def test_an_aircraft_shot_at_struck_nothing(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "On Tuesday, gunmen fired at a small aircraft operated by a mission airline as it landed "
        "at the airstrip in Beoga. The pilot suffered a gunshot wound to his leg.",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]
