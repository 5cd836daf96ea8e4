"""Backdrops, tellers and raids: deeds a report tells only as a trend, a record, a war's
toll or the scene of its news are no events; the people who tell a toll are not its dead;
a court that affirms or adjourns tells the deeds it tries; a raid made for its arrests is
the arrests; and a few readings of places and days (a court's seat, a group's field, a
police post's town, a clause describing the trigger, another deed's day)."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from eventwire.datelines import dateline_spans
from eventwire.events.actors import find_actors
from eventwire.events.dates import resolve_date
from eventwire.events.fatalities import find_counts
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from eventwire.records import EventMention, Span
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


def _dead(text: str) -> int:
    return sum(c.value for c in find_counts(text))


# --- backdrops: trends, records, wars and the scene of the news -------------------------


def test_raids_stepped_up_are_a_trend(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Families are sleeping in the bush again as insurgents step up raids on the coast."
    )
    assert statuses["raids"] == "habit"


def test_fewer_attacks_are_a_trend(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Output rose in December as fewer attacks on pipelines helped the oil companies."
    )
    assert statuses["attacks"] == "habit"


def test_a_country_fighting_jihadists_is_its_long_war(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The police are stretched thin in a country also fighting jihadists in the north."
    )
    assert statuses["fighting"] == "habit"


def test_fighting_growing_in_a_clause_of_time_is_the_backdrop(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Three soldiers were killed by a landmine near Kumba, the army said, as fighting "
        "between troops and separatist groups intensified in the region.",
    )
    assert statuses["fighting"] == "habit"
    assert statuses["landmine"] == "asserted"


def test_a_groups_accused_record_is_no_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The rebels, who have also been accused of kidnappings and attacks on schools, did "
        "not attend the talks.",
    )
    assert statuses["kidnappings"] == statuses["attacks"] == "habit"


def test_an_accusation_of_one_deed_is_still_told(nlp: Language) -> None:
    statuses = _statuses(nlp, "Two peacekeepers in Bria have been accused of raping a girl.")
    assert statuses["raping"] == "asserted"


def test_the_fighting_a_wars_toll_is_counted_in_is_the_war(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "More than 4,000 people have been killed and 500,000 displaced in the fighting between "
        "the army and the rebels, aid groups say.",
    )
    assert statuses["fighting"] == "toll"


def test_clashes_with_a_small_toll_stay_an_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "At least four people have been killed in Jos in clashes between rival youths."
    )
    assert statuses["clashes"] == "asserted"


def test_those_raids_are_the_ones_told_before(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The village was also attacked in late 2021. Those raids killed several people and "
        "drove thousands to the district town.",
    )
    assert statuses["raids"] == statuses["killed"] == "past"


def test_a_crisis_of_a_year_and_the_protests_it_caused_are_its_own(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The country defaulted on its debt in 2022 amid a crisis that triggered months of "
        "street protests and forced the president to resign.",
    )
    assert events == []


def test_a_clash_in_a_past_decade_is_the_background(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The province has a long history of violence, dating back to the clashes between party "
        "supporters in the 1980s that killed thousands.",
    )
    assert statuses["clashes"] == "past"


def test_dozens_of_officials_killed_in_recent_years_is_a_record(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "More recently, dozens of councillors and party officials have been killed in disputes "
        "over tenders.",
    )
    assert statuses["killed"] == "habit"


def test_a_battle_against_time_is_figurative(nlp: Language) -> None:
    statuses = _statuses(nlp, '"It is a battle against time," the rescue chief said.')
    assert statuses["battle"] == "figurative"


def test_a_battle_one_means_to_win_is_figurative(nlp: Language) -> None:
    statuses = _statuses(nlp, '"This is a battle we intend to win," the governor told reporters.')
    assert statuses["battle"] == "figurative"


def test_a_battle_over_budget_transfers_is_figurative(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The two governments ended a long battle over budget transfers on Monday."
    )
    assert statuses["battle"] == "figurative"


def test_a_rally_in_gold_prices_is_no_protest(nlp: Language) -> None:
    statuses = _statuses(nlp, "Analysts said a rally in gold prices had helped the reserves.")
    assert statuses["rally"] == "thing"


def test_rounds_of_live_ammunition_found_are_arms(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Police recovered two rifles and 40 rounds of live ammunition from the house."
    )
    assert statuses["live ammunition"] == "thing"


def test_a_demand_with_must_is_no_deed(nlp: Language) -> None:
    statuses = _statuses(nlp, "The army says the rebels must withdraw from the towns first.")
    assert statuses["withdraw"] == "hedged"


def test_house_arrest_kept_for_months_is_no_arrest(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "His lawyers said he had been held under house arrest for more than 18 months."
    )
    assert statuses["arrest"] == "thing"


def test_a_pit_that_caved_in_is_an_accident(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "At least seven miners died after a gold pit caved in near Obuasi, Ghana, on Monday, "
        "the disaster agency said. Rescue teams recovered seven bodies.",
    )
    assert events == []


# --- tellers, counts and the doers --------------------------------------------------


def test_the_tellers_after_the_dead_are_not_counted() -> None:
    text = (
        "Militants overran the post on Tuesday, killing at least 12 soldiers, two security "
        "sources and a local official said."
    )
    assert _dead(text) == 12


def test_a_count_told_as_said_to_be_dead_is_still_counted() -> None:
    assert _dead("Residents say at least four are said to have been killed.") == 4


def test_people_said_to_be_of_a_family_are_the_dead() -> None:
    text = "Ten people said to be of the same family were killed when gunmen attacked a village."
    assert _dead(text) == 10


def test_rifles_named_by_their_model_are_no_dead() -> None:
    assert _dead("Troops recovered the bodies of three rebels, two M16 rifles and a radio.") == 3


def test_members_of_a_rebel_army_are_its_fighters_not_the_states(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    (event,) = run(
        nlp,
        gazetteer,
        "CATBALOGAN CITY, Samar - Three members of the New People's Army were killed in an "
        "encounter with soldiers in Las Navas, Northern Samar, on Tuesday, the army said.\n\n"
        "Troops recovered the bodies of three rebels at the site.\n",
    )
    assert event.fatalities == 3


def test_a_closing_command_that_confirmed_is_its_teller(nlp: Language) -> None:
    doc = nlp(
        "Fresh gunfire rocked Bawku on Monday, leaving at least two people dead, the Upper "
        "East Regional Police Command has confirmed."
    )
    police = [f for f in find_actors(doc, 0, len(doc.text)) if f.template.startswith("Police")]
    assert [f.syntax for f in police] == ["teller"]


def test_the_blamed_is_the_striker_not_a_group_in_the_clause_describing_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A drone strike hit a market in El Fasher, Sudan, on Tuesday, killing at least nine "
        "people, a medical source said.\n\n"
        "Residents blamed the army, which has carried out repeated drone attacks on the city "
        "since the Rapid Support Forces seized it in 2025.\n",
    )
    assert [(e.actor1 or "")[:24] for e in events] == ["Military Forces of Sudan"]


def test_a_condemning_mission_is_no_side(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "JUBA - The United Nations Mission in South Sudan (UNMISS) condemns the attack on "
        "Friday on a village near Bor in Jonglei State.\n\n"
        "The attackers killed at least six civilians and took cattle.\n",
    )
    assert [(e.event_type, e.inter1) for e in events] == [("Violence against civilians", 3)]


def test_fighters_affiliated_with_a_named_force_are_its_own(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The coordinator condemns the attack on the village of Um Dawm in Gezira State, Sudan, "
        "on Saturday by fighters reportedly affiliated with the Rapid Support Forces.",
    )
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Attack", "Rapid Support Forces", "Civilians (Sudan)")
    ]


def test_armed_men_tied_to_a_brand_who_storm_a_village_are_its_branch(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "On Saturday, armed men linked to the Islamic State group stormed a village near "
        "Macomia in Cabo Delgado, Mozambique, and took away at least four people. No deaths "
        "were reported.",
    )
    assert [e.actor1 for e in events] == ["Islamic State (Mozambique)"]


def test_the_same_man_arrested_again_is_one_arrest(nlp: Language) -> None:
    doc = nlp(
        "On Friday, police arrested an alleged rebel commander in Catbalogan City. Police "
        "named the suspect as Ka Berto. He was arrested on a warrant issued by a court."
    )
    statuses = [t.status for s in doc.sents for t in find_triggers(doc, s)]
    assert statuses == ["asserted", "described"]


def test_a_warrant_for_murder_is_the_charge(nlp: Language) -> None:
    statuses = _statuses(nlp, "He was held on a warrant for murder issued by a district court.")
    assert statuses["murder"] == "thing"


def test_an_attack_claimed_by_a_group_is_the_attack_told(nlp: Language) -> None:
    statuses = _statuses(nlp, "The attack was claimed by JNIM on its channels on Wednesday.")
    assert statuses["attack"] == "described"


def test_drivers_taken_away_by_the_assailants_are_abducted(nlp: Language) -> None:
    statuses = _statuses(nlp, "Three drivers were taken away by the assailants, a union said.")
    assert statuses["were taken away by the assailants"] == "asserted"


# --- courts --------------------------------------------------------------------------


def test_a_court_that_affirms_convictions_tells_the_deeds_it_tried(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "MANILA - The Supreme Court on Wednesday affirmed the conviction of 20 men for the "
        "2010 massacre of villagers in Maguindanao.\n\n"
        "The court upheld sentences of life imprisonment for 31 counts of murder.\n",
    )
    assert events == []


def test_a_court_that_adjourns_a_trial_tells_no_arrest(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "JUBA - The special court trying the former minister on charges including treason and "
        "murder adjourned the hearing on Wednesday.\n\n"
        "His lawyers said he had been held under house arrest for more than a year.\n",
    )
    assert events == []


def test_a_judges_account_of_the_unrest_stays_no_new_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The Durban High Court on Wednesday sentenced two men to ten years in prison for "
        "inciting violence during the 2021 unrest.\n\n"
        "The judge found that the men had called for the blockade of a highway and the "
        "looting of shops in the days after the arrests.\n",
    )
    assert events == []


# --- raids and arrests ---------------------------------------------------------------


def test_a_raid_on_a_hideout_for_arrests_is_the_arrests(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Police in Anambra State, Nigeria, said officers on Wednesday stormed a criminal "
        "hideout in a forest at Ihiala and arrested four suspects. Items recovered include two "
        "pump-action guns, 40 rounds of live ammunition and charms.",
    )
    assert [(e.sub_event_type, e.inter1) for e in events] == [("Arrests", 1)]


def test_journalists_arrested_on_a_charge_of_violence_are_arrests(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Police fired teargas and water cannon at hundreds of protesters in central Harare, "
        "Zimbabwe, on Wednesday. Several people were injured.\n\n"
        "On Tuesday, police in Harare arrested two journalists and an activist accused of "
        '"inciting public violence" through posts calling for the protest.\n',
    )
    assert [e.sub_event_type for e in events if e.event_date == "2026-11-24"] == ["Arrests"]


def test_reinforcements_sent_after_an_attack_are_its_sequel(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "KIRKUK, Iraq - Islamic State militants attacked an army outpost near Hawija on "
        "Tuesday, killing three soldiers, security sources said.\n\n"
        "The Joint Operations Command said reinforcements had been sent to Hawija.\n",
    )
    assert [e.event_type for e in events] == ["Battles"]


def test_strikes_on_retreating_fighters_are_another_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Militants attacked an army base in Djibo, Burkina Faso, on Tuesday, killing 20 "
        "soldiers, security sources said.\n\n"
        "The army said drone strikes in the hours after the attack hit a column of retreating "
        "fighters near the village of Gaskinde, killing at least 15 of them.\n",
    )
    assert sorted(e.event_type for e in events) == ["Battles", "Explosions/Remote violence"]


# --- clauses, days and places --------------------------------------------------------


def test_a_deed_after_while_and_a_strike_are_two_events(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A Turkish drone strike killed two SDF fighters near Qamishli, Syria, on Monday, while "
        "fresh clashes broke out between the SDF and government troops east of Aleppo.",
    )
    assert sorted(e.event_type for e in events) == ["Battles", "Explosions/Remote violence"]


def test_another_tellers_clause_of_another_kind_is_its_own_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen killed at least nine people in a raid on a village in Kaduna State, Nigeria, on "
        "Tuesday, residents said, while the military said air strikes had killed dozens of "
        "bandits in the west of the state.",
    )
    assert sorted(e.event_type for e in events) == [
        "Explosions/Remote violence",
        "Violence against civilians",
    ]


def test_clashes_that_began_on_a_day_are_dated_by_it(nlp: Language) -> None:
    text = (
        "The rebels said on Wednesday that their fighters overran an army camp on Tuesday, "
        "following clashes that began early on Monday."
    )
    doc = nlp(text)
    at = text.index("clashes")
    trigger = Span(at, at + len("clashes"), "clashes")
    mention = EventMention(0, len(text), trigger, "Battles", "Armed clash", "Political violence", 1)
    assert resolve_date(doc, mention, date(2026, 11, 25)).date == date(2026, 11, 23)


def test_a_teller_in_another_place_dates_its_own_news(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Insurgents beheaded a man in a village near Mecula, Mozambique, on Nov. 20, residents "
        "said.\n\n"
        "Police in Marrupa, to the south, said on Monday that they had arrested four men "
        "suspected of supplying the insurgents.\n",
    )
    assert [e.event_date for e in events if e.sub_event_type == "Arrests"] == ["2026-11-23"]


def test_another_kinds_day_is_not_carried_to_a_telling(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "JNIM fighters clashed with volunteer militiamen in Gayeri, Burkina Faso, on Saturday, "
        "killing six, a local official said.\n\n"
        "The army said on Tuesday that its troops had retaken control of Madjoari, a town "
        "in the east.\n",
    )
    assert [e.event_date for e in events if e.sub_event_type == "Government regains territory"] == [
        "2026-11-24"
    ]


def test_whereabouts_unknown_on_a_day_is_no_deeds_day(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "On Monday, jihadists ambushed a convoy near Diema, Mali, killing five soldiers.\n\n"
        "Three drivers were taken away by the assailants, a union official said, and their "
        "whereabouts remained unknown on Wednesday.\n",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [
        ("Armed clash", "2026-11-23"),
        ("Abduction/forced disappearance", "2026-11-23"),
    ]


def test_a_courts_seat_is_no_place_of_the_deed(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Police arrested a rebel leader in Catbalogan, Philippines, on Wednesday on a warrant "
        "issued by a Calbayog City court.",
    )
    assert [e.location for e in events] == ["Catbalogan"]


def test_the_field_a_group_operates_in_is_no_place_of_the_deed(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "MTWARA, Tanzania - Soldiers exchanged fire with armed men near the Ruvuma River on "
        "Sunday.\n\n"
        "One of the attackers was killed and the rest fled back into Mozambique. The gunmen "
        "belong to the insurgent group operating in Mozambique's Cabo Delgado province.\n",
    )
    assert {e.country for e in events} == {"Tanzania"}


def test_a_police_posts_name_gives_its_town(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Two police officers were killed when armed men attacked the Kagara Divisional Police "
        "Headquarters in Niger State, Nigeria, late on Monday.",
    )
    assert [e.location for e in events] == ["Kagara"]


def test_a_titled_dateline_with_a_spaced_hyphen_is_the_desk() -> None:
    text = "Minna - Two police officers were killed when armed men attacked a station.\n"
    assert dateline_spans(text) == [(0, len("Minna - "))]


def test_a_possessor_after_a_region_of_is_the_country(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen killed four farmers on Sunday in the Tierra Caliente region of Mexico's southern "
        "Guerrero state, officials said.",
    )
    assert [e.admin1 for e in events] == ["Guerrero"]


def test_explosives_dropped_by_drones_are_a_drone_strike(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "On Saturday, drones flown by a cartel dropped explosive devices on homes in San Miguel "
        "Totolapan, Guerrero, Mexico, killing a woman, prosecutors said.",
    )
    assert [e.sub_event_type for e in events] == ["Air/drone strike"]


def test_a_lede_told_as_done_again_gives_way_to_the_dated_deed(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Villagers in Mexico's Guerrero state say they live in fear after a cartel again used "
        "drones to drop explosives on their homes.\n\n"
        "On Saturday, drones dropped explosive devices on houses in San Miguel Totolapan, "
        "killing a woman, the state prosecutor's office said.\n",
    )
    assert [(e.event_date, e.location) for e in events] == [("2026-11-21", "San Miguel Totolapan")]


def test_a_killing_that_marred_a_past_years_vote_is_the_background(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The 2023 local elections were marred by the killing of several candidates."
    )
    assert statuses["killing of"] == "past"


def test_a_battle_over_a_mayoralty_is_figurative(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The two parties are gearing up for a fierce battle over the mayoralty of the city."
    )
    assert statuses["battle"] == "figurative"


def test_a_gang_told_as_the_towns_group_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "At least five people were killed on Tuesday in a gunfight between two cartels in "
        "Frontera Comalapa, Chiapas, Mexico, prosecutors said.\n\n"
        "The fighting started when gunmen entered a community controlled by the Sinaloa "
        "group.\n",
    )
    assert [e.admin1 for e in events] == ["Chiapas"]


def test_victims_told_dying_are_the_deeds_dead_told_again(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Gunmen opened fire on a wedding late on Tuesday, killing six people. Five victims died "
        "at the scene and a sixth in hospital.",
    )
    assert statuses["died"] == "described"


def test_a_murder_rate_is_a_statistic(nlp: Language) -> None:
    statuses = _statuses(nlp, "The port city has one of the highest murder rates in the country.")
    assert statuses["murder"] == "thing"


def test_the_attackers_who_fled_are_those_told(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The attackers fled on motorcycles and had not been identified, police said."
    )
    assert statuses["attackers"] == "described"


def test_a_victims_later_death_in_hospital_is_not_the_attacks_day(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen burst into a house in Duran, Ecuador, late on Monday and opened fire on a family "
        "gathering, killing four people, police said.\n\n"
        "Three victims died at the scene and a fourth in hospital early on Tuesday. The "
        "attackers fled on motorcycles.\n",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [("2026-11-23", 4)]


def test_arms_a_group_has_long_used_are_its_way(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Its fighters have used drones and landmines extensively in the western states."
    )
    assert statuses["landmines"] == "habit"


def test_those_a_mine_was_meant_to_keep_off_are_no_side(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "On Monday, a farmer was killed when he stepped on a landmine planted in a field outside "
        "Villa Guerrero, Jalisco, Mexico. Prosecutors said the cartel has been planting "
        "explosive devices to stop rivals and security forces from advancing.",
    )
    assert [e.actor2 for e in events] == ["Civilians (Mexico)"]


def test_the_ledes_blamed_group_set_the_bomb_at_the_station(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Colombia's army on Wednesday blamed the National Liberation Army (ELN) for an attack in "
        "the eastern department of Arauca.\n\n"
        "On Tuesday night, a motorcycle loaded with explosives blew up outside the police "
        "station in Tame, killing a patrolman, the National Police said.\n",
    )
    bombs = [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"]
    assert [(e.actor1, e.inter1) for e in bombs] == [("ELN: National Liberation Army", 2)]


def test_the_fighting_told_at_length_is_the_ledes_wherever_its_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "CARACAS, Venezuela (AP) - Two Venezuelan soldiers were killed in a clash with an armed "
        "group in the southwestern state of Apure, the armed forces said Wednesday.\n\n"
        "The fighting took place Tuesday near the town of La Victoria, when troops came under "
        "attack during an operation against smugglers.\n",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [("2026-11-24", 2)]


def test_drivers_who_stopped_work_to_demand_protection_protest(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "In Tegucigalpa, Honduras, hundreds of bus drivers stopped work on Wednesday and parked "
        "their vehicles on the main boulevards to demand protection against extortion.",
    )
    assert [(e.sub_event_type, e.inter1) for e in events] == [("Peaceful protest", 6)]


def test_a_crowds_home_and_its_placards_are_no_places(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Hundreds of residents of Southern Kaduna on Tuesday took to the streets of Kafanchan, "
        "in Kaduna State, Nigeria, to protest against killings.\n\n"
        'The protesters carried placards with inscriptions such as "Enough is enough" and '
        '"Protect Southern Kaduna". The procession was peaceful.\n',
    )
    assert [e.location for e in events] == ["Kafanchan"]


def test_a_states_police_command_is_a_teller_not_a_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen killed three people in Zonkwa, Nigeria, on Sunday evening, the Kaduna State "
        "Police Command said.",
    )
    assert [e.location for e in events] == ["Zonkwa"]


def test_an_opening_on_another_deed_told_before_keeps_its_own(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "LIMA - Police detained hundreds of people in raids in Lima, Peru, on Thursday in "
        "search of a kidnapped businessman.\n\n"
        "The police raids began shortly after the kidnapping of the businessman, who was "
        "seized in downtown Lima on Wednesday by a rebel commando.\n",
    )
    assert "Abduction/forced disappearance" in {e.sub_event_type for e in events}
