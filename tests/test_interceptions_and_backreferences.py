"""Interceptions and back-references: a missile downed is one Disrupted weapons use, its firer
the second side; a deed named again ("the cells behind Sunday's attack", "the car used in
the bombing", "killed in that attack") is no new event; accidents, punishments, policies and
spans of years are none; tellers' days, tolls and towns are not the deed's."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from eventwire.events.actors import find_actors
from eventwire.events.fatalities import find_counts, side_of
from eventwire.events.regimes import in_power
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from eventwire.records import Actor, ActorCoding, Event
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


def _coded(events: list[Event]) -> list[tuple[str | None, str, str | None]]:
    return [(e.event_date, e.sub_event_type, e.location) for e in events]


# --- a weapon downed -----------------------------------------------------------------


def test_a_missile_intercepted_and_claimed_is_one_interception_with_its_firer(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Missile downed near Eilat\n\n"
        "On Tuesday evening sirens sounded in Eilat. The Israeli military said its air "
        "defences had intercepted a missile fired from Yemen before it reached the city, "
        "and that nobody was hurt. The Houthis later said they had targeted Eilat with a "
        "ballistic missile.",
    )
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        (
            "Disrupted weapons use",
            "Military Forces of Israel (2022-)",
            "Military Forces of Yemen (2017-) Houthi",
        )
    ]


def test_a_bomb_defused_beside_bombs_that_went_off_leaves_the_blasts_alone(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Blasts in Medellin\n\n"
        "On Tuesday, explosives damaged three bank branches in Medellin but killed nobody, "
        "police said. Police defused a fourth charge left outside a supermarket.",
    )
    subs = {e.sub_event_type for e in events}
    assert "Disrupted weapons use" in subs
    assert subs & {"Remote explosive/landmine/IED", "Shelling/artillery/missile attack"}


def test_a_drone_shot_down_is_disrupted_weapons_use_not_a_drone_strike(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Drone downed over Kassala\n\n"
        "KASSALA, Sudan - On Wednesday, the army said its air defences shot down an "
        "explosives-laden drone launched by the RSF over Kassala city. There were no reports "
        "of casualties.",
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Strategic developments", "Disrupted weapons use")
    ]


# --- a deed named again --------------------------------------------------------------


def test_the_doers_or_the_means_of_a_deed_told_before_name_no_new_deed(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The army vowed to track down the gang behind Friday's deadly ambush. "
        "Investigators found the motorbike used in the bombing.",
    )
    assert statuses["ambush"] != "asserted"
    assert statuses["bombing"] != "asserted"


def test_men_implicated_in_an_attack_arrested_later_are_still_arrested(nlp: Language) -> None:
    statuses = _statuses(nlp, "Two men implicated in the attack were arrested on Monday.")
    assert statuses["arrested"] == "asserted"


def test_deaths_in_that_attack_belong_to_the_attack_told_as_background(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Court rules on hotel bombing\n\n"
        "A court in Lahore on Wednesday jailed three men for helping to plan the bombing of "
        "a hotel in March 2023. Eleven guests were killed in that attack, which a banned "
        "group claimed. The prosecutors said the men had rented the car used in the bombing.\n\n"
        "Defence lawyers said they would appeal against the verdict in the high court, "
        "arguing that the confessions had been obtained under duress. The judge rejected a "
        "request to hear two further witnesses and said the evidence had been examined at "
        "length over two years of hearings.\n\n"
        "The provincial government said security at hotels and markets had been tightened "
        "since the attack, with more checkpoints on the main roads into the city and new "
        "rules for guest registration. Business leaders welcomed the verdict.",
    )
    assert events == []


def test_a_day_named_again_behind_a_later_threat_dates_nothing(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Ambush near Hajin\n\n"
        "Gunmen ambushed a patrol of the Syrian Democratic Forces near Hajin on Sunday, "
        "killing three fighters, the SDF said.\n\n"
        "On Tuesday, the US-led coalition said it had carried out a strike near Raqqa that "
        "killed an Islamic State commander.\n\n"
        "The SDF said it would hunt down the cells behind Sunday's attack.",
    )
    assert sorted(_coded(events)) == [
        ("2026-11-22", "Armed clash", "Hajin"),
        ("2026-11-24", "Air/drone strike", "Ar Raqqah"),
    ]


# --- no event ------------------------------------------------------------------------


def test_forces_killed_when_their_truck_overturned_died_in_an_accident(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Soldiers die in road accident\n\n"
        "Four soldiers were killed and nine injured on Wednesday when the army truck carrying "
        "them overturned on a mountain road near Kohat, police said. The driver lost control "
        "on a bend, an official said.",
    )
    assert events == []


def test_an_execution_in_a_state_prison_is_a_punishment_and_a_groups_is_an_attack(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    prison = run(
        nlp,
        gazetteer,
        "Man hanged in Shiraz\n\n"
        "On Tuesday, authorities executed a man in Shiraz's central prison who had been "
        "convicted of killing a policeman, a rights group said.",
    )
    assert prison == []
    group = run(
        nlp,
        gazetteer,
        "Militants execute two in Jilib\n\n"
        "Al Shabaab sentenced two men to death for spying and publicly executed them in "
        "Jilib on Tuesday, residents said.",
    )
    assert [(e.event_type, e.actor1) for e in group] == [
        ("Violence against civilians", "Al Shabaab")
    ]


def test_spans_of_years_and_policies_tell_no_deed(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The homes are for families displaced during years of fighting in the north. "
        "Fishermen have protested for decades over the pollution. "
        "The cabinet approved a new surrender and rehabilitation policy for rebels.",
    )
    assert statuses["fighting"] != "asserted"
    assert statuses["protested"] != "asserted"
    assert statuses["surrender"] != "asserted"


def test_a_place_named_front_line_is_no_armed_group(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Shelling in Taiz as fighting flares on Hodeidah front\n\n"
        "ADEN - Shells hit a market in Taiz on Sunday, killing two children, local officials "
        "said, as fighting flared on the Hodeidah front.",
    )
    assert events
    assert all("Front" not in f"{e.actor1} {e.actor2}" for e in events)


def test_a_robbery_by_ordinary_criminals_and_the_arrest_after_it_are_no_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Exchange office robbed in Zinder\n\n"
        "ZINDER, Niger - Two armed men robbed an exchange office in Zinder on Sunday and "
        "escaped with cash, police said. Nobody was hurt. Police arrested a suspect on "
        "Tuesday and called the pair ordinary criminals.",
    )
    assert events == []


# --- who did it ----------------------------------------------------------------------


def test_a_us_combatant_command_is_the_us_military(nlp: Language) -> None:
    doc = nlp("US Central Command said its forces had carried out a strike in eastern Syria.")
    found = [(doc.text[f.start : f.end], f.template) for f in find_actors(doc, 0, len(doc.text))]
    assert ("US Central Command", "Military Forces of the United States") in found


def test_a_counter_terrorism_department_is_the_police(nlp: Language) -> None:
    doc = nlp("The Counter-Terrorism Department said it had defused a bomb near a school.")
    templates = [f.template for f in find_actors(doc, 0, len(doc.text))]
    assert "Police Forces of {country}" in templates


def test_the_accuser_of_a_strike_is_no_side_of_it(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Kabul accuses Pakistan over strikes\n\n"
        "KABUL - The Taliban government's spokesman accused Pakistan of carrying out air "
        "strikes in Khost province on Monday night, killing six civilians.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Military Forces of Pakistan (2024-)", "Civilians (Afghanistan)")
    ]


def test_boko_haram_after_the_2016_split_is_the_jas() -> None:
    coding = ActorCoding(
        Actor("Boko Haram - Wilayat Gharb Ifriqiyyah", 2), Actor("Civilians (Nigeria)", 7)
    )
    before = in_power(coding, date(2016, 3, 6), "Nigeria")
    after = in_power(coding, date(2026, 11, 24), "Nigeria")
    assert before.actor1 is not None and after.actor1 is not None
    assert before.actor1.name == "Boko Haram - Wilayat Gharb Ifriqiyyah"
    assert after.actor1.name == "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"


def test_a_later_passage_by_the_other_side_on_another_day_is_its_own_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Israeli jets strike Hodeidah\n\n"
        "Israeli warplanes struck the port of Hodeidah late on Tuesday, killing three "
        "workers, the Houthi-run health ministry said.\n\n"
        "The Houthis said on Monday that they had fired two missiles at a cargo ship "
        "about 60 nautical miles west of Hodeidah. The ship was not hit.",
    )
    assert sorted((e.event_date, e.actor1) for e in events) == [
        ("2026-11-23", "Military Forces of Yemen (2017-) Houthi"),
        ("2026-11-24", "Military Forces of Israel (2022-)"),
    ]


# --- days, tolls and towns -----------------------------------------------------------


def test_a_time_of_day_after_a_comma_is_no_later_deed(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Post attacked near Bol\n\n"
        "Militants attacked an army post near Bol, in the Lac province, shortly before "
        "midnight on Sunday, killing five soldiers, the army said on Monday.",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [("2026-11-22", 5)]


def test_a_tellers_day_before_the_passage_gives_way_to_the_deeds(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Raid in Kech\n\n"
        "Also on Monday, security forces killed four militants in a raid near Turbat, the "
        "military said on Tuesday. A soldier was also killed in the exchange of fire, it said.",
    )
    assert [e.event_date for e in events] == ["2026-11-23"]


def test_a_telling_dated_by_its_month_dates_a_deed_done_by_then(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Market attack in Hama\n\n"
        "Gunmen shot dead two traders in Hama on Wednesday, police said.\n\n"
        "The interior ministry said last month it had dismantled an Islamic State cell in "
        "Hama province that was planning attacks on churches.",
    )
    assert [(e.event_date, e.sub_event_type) for e in events] == [("2026-11-25", "Attack")]


def test_a_higher_toll_with_a_clause_about_the_attackers_is_another_tellers(
    nlp: Language,
) -> None:
    text = (
        "A local official said nine villagers were killed. A youth group put the death toll "
        "at 15 and said the attackers stole cattle."
    )
    counts = find_counts(text)
    assert [c.value for c in counts] == [9, 15]
    assert side_of(text, counts[1]) is None


def test_a_flag_states_name_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Ship targeted\n\n"
        "The Houthis said on Monday they had fired two missiles at a Liberia-flagged bulk "
        "carrier in the Red Sea. The crew were safe.",
    )
    assert events
    assert all(e.country != "Liberia" for e in events)


def test_a_hospital_tellers_town_is_not_the_fights(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Fighting in Sirwah\n\n"
        "ADEN - Houthi fighters attacked army positions in Sirwah district of Marib province on "
        "Tuesday, military sources said. Medical staff at Marib's main hospital said they had "
        "received the bodies of six soldiers.",
    )
    assert len(events) == 1
    assert events[0].fatalities == 6


def test_a_deed_named_by_its_day_neither_counts_again_nor_dates_the_next_passage(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Raid after mosque bombing\n\n"
        "KABUL - A suicide bomber blew himself up in a mosque in Kunduz on Friday, killing "
        "five worshippers, police said.\n\n"
        "On Sunday, police surrounded a house in Khanabad where men linked to Friday's "
        "bombing were hiding. The police spokesman said a gunfight lasted an hour and two "
        "militants were killed.",
    )
    assert sorted((e.event_date, e.event_type) for e in events) == [
        ("2026-11-20", "Explosions/Remote violence"),
        ("2026-11-22", "Battles"),
    ]


def test_marchers_who_torch_shops_and_beat_shopkeepers_riot(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "March turns violent in Mymensingh\n\n"
        "On Monday, hundreds of people marched through Mymensingh demanding the arrest of a "
        "trader's killers. Witnesses said some marchers broke away, set fire to six shops and "
        "beat two shopkeepers.",
    )
    assert [(e.event_date, e.event_type) for e in events] == [("2026-11-23", "Riots")]


def test_a_lede_telling_a_fight_in_one_town_and_a_riot_in_another_parts_them(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Clash and riot in the hills\n\n"
        "Tension is high after a gunfight between rival armed groups killed four people in "
        "Rangamati and a protest over a killing turned violent in Bandarban, officials said.",
    )
    assert sorted((e.event_type, e.location) for e in events) == [
        ("Battles", "Rangamati"),
        ("Riots", "Bandarban"),
    ]


def test_a_ledes_toll_is_no_sum_of_background_deaths(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunfight in Rangamati\n\n"
        "A gunfight between rival armed groups left three people dead in Rangamati, police "
        "said.\n\n"
        "On Sunday evening, gunmen shot dead a motorcycle driver near Dighinala, police said.\n\n"
        "In September 2024, two people were killed in clashes in Khagrachhari.",
    )
    assert ("Armed clash", 3) in [(e.sub_event_type, e.fatalities) for e in events]


# --- words of war for other things --------------------------------------------------


def test_a_flood_and_the_fight_against_it_are_no_event(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Floods in Beira\n\n"
        "BEIRA, Mozambique - Torrential rain flooded low-lying districts of Beira this week, "
        "killing four people, officials said on Wednesday.\n\n"
        '"It is a battle against the water. We have been fighting it house by house since '
        'Sunday," a rescue official said.',
    )
    assert events == []


def test_rules_rights_habits_and_cancelled_rallies_tell_no_protest(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The government will apply its anti-picket protocol. A judge said it limited the "
        "right to protest. Injuries are common at the weekly pensioners' rallies held every "
        "Wednesday. This week's rally was cancelled by its organisers. Youths fired "
        "mortar-style fireworks at the police.",
    )
    assert statuses["picket"] != "asserted"
    assert statuses["protest"] != "asserted"
    assert statuses["rallies"] != "asserted"
    assert statuses["rally"] != "asserted"
    assert statuses["mortar"] != "asserted"


def test_a_ledes_week_of_strikes_told_day_by_day_after_it_is_no_event_of_its_own(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Strikes on Kharkiv and Zaporizhzhia\n\n"
        "Russia launched drones and missiles at Kharkiv and Zaporizhzhia this week, killing "
        "at least five people, officials said.\n\n"
        "In Kharkiv, a Russian Iskander missile hit a school on Monday, killing two people.\n\n"
        "On Wednesday, Russian drones struck an apartment block in Zaporizhzhia, killing three.",
    )
    assert sorted((e.event_date, e.location, e.fatalities, e.actor1) for e in events) == [
        ("2026-11-23", "Kharkiv", 2, "Military Forces of Russia (2000-)"),
        ("2026-11-25", "Zaporizhzhya", 3, "Military Forces of Russia (2000-)"),
    ]


def test_a_deed_told_again_by_its_town_before_followed_places_nothing(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Unrest in Belgrade\n\n"
        "Police fired tear gas at protesters in Belgrade on Monday night after they threw "
        "stones at officers.\n\n"
        "The confrontation in Belgrade followed a large, peaceful gathering in Kragujevac on "
        "Saturday, when thousands of people marched to the town square and held a minute of "
        "silence.",
    )
    assert ("2026-11-21", "Kragujevac") in [(e.event_date, e.location) for e in events]
    assert ("2026-11-21", "Belgrade") not in [(e.event_date, e.location) for e in events]


def test_a_crowds_lede_and_the_hurt_protesters_of_the_next_paragraph_are_one_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Clashes in Skopje\n\n"
        "SKOPJE - Riot police fired tear gas at demonstrators in Skopje on Monday night after "
        "protesters hurled stones and bottles at officers.\n\n"
        "The interior ministry said 11 officers were injured and 20 people detained. "
        "Opposition media reported dozens of protesters hurt.",
    )
    assert [(e.event_date, e.event_type) for e in events] == [("2026-11-23", "Riots")]


def test_the_place_of_a_charge_and_of_a_court_are_not_the_arrests(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Arrests in north Kosovo\n\n"
        "PRISTINA, Nov 26 (Reuters) - Kosovo police on Tuesday arrested two men in the "
        "northern town of Leposavic on suspicion of throwing a grenade at a police station in "
        "Zubin Potok last week, officials said. A "
        "court in Mitrovica later ordered them held for 30 days.",
    )
    assert [(e.sub_event_type, e.location) for e in events] == [("Arrests", "Leposaviq")]


def test_a_roads_far_end_and_a_hospitals_town_are_not_the_blockades(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Blockade cleared\n\n"
        "SUCRE, Bolivia (AP) - On Monday, police fired tear gas to clear a blockade on the "
        "highway to Oruro in the town of Caracollo. A protester died of his injuries in a "
        "hospital in Cochabamba.",
    )
    places = [e.location for e in events]
    assert "Oruro" not in places and "Cochabamba" not in places


def test_a_count_right_after_a_dateline_in_capitals_counts(nlp: Language) -> None:
    assert [c.value for c in find_counts("BAMAKO (Reuters) - Six soldiers were killed.")] == [6]
    assert [c.value for c in find_counts("NIAMEY - Four gendarmes were killed on Friday.")] == [4]
    assert find_counts("Police seized an AK-47 and a pistol.") == []


def test_whom_a_victim_was_accused_of_serving_is_no_side(nlp: Language) -> None:
    doc = nlp("A crowd beat to death a man they accused of spying for jihadists.")
    templates = [f.template for f in find_actors(doc, 0, len(doc.text))]
    assert not any("Militia" in t or "Islamist" in t for t in templates)


def test_at_least_some_of_them_counts_and_where_witnesses_fled_is_no_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    assert [c.value for c in find_counts("Soldiers executed at least nine of them.")] == [9]
    events = run(
        nlp,
        gazetteer,
        "Killings in Tapoa\n\n"
        "On Monday, soldiers entered a village near Diapaga, rounded up men and executed at "
        "least seven of them, according to residents who later fled to Fada N'Gourma.",
    )
    assert [(e.fatalities, e.location) for e in events] == [(7, "Diapaga")]


def test_a_ledes_closing_clause_capping_a_week_of_other_violence_is_cut(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Farmworker killed near Angol\n\n"
        "TEMUCO, Chile (AP) - A farmworker was shot dead near Angol on Wednesday, capping a "
        "week in which arsonists burned forestry trucks and gunmen opened fire on a police "
        "patrol, officials said.",
    )
    assert [(e.event_type, e.location) for e in events] == [("Violence against civilians", "Angol")]
