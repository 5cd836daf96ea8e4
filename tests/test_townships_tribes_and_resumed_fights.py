"""Townships, tribes and fights taken up again: "X township" in a Myanmar report is no
namesake town abroad; named tribesmen are their people's militia; "the gunfight resumed"
keeps the sides of the fight before it; an infiltration bid foiled is a fight; a truce that
ended the fighting does not date the passage after it; tear gas and water cannon are no
shelling; a threat on a condition, relief work and years gone by are no events."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.actors import actor_name, find_actors
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer, geoparse
from eventwire.records import Event
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


def _places(nlp: Language, gazetteer: Gazetteer, text: str) -> dict[str, str | None]:
    doc = nlp(text)
    return {t.text: (t.place.country_code if t.place else None) for t in geoparse(doc, gazetteer)}


def _kinds(events: list[Event]) -> list[tuple[str | None, str]]:
    return sorted((e.event_date, e.sub_event_type) for e in events)


# --- places ------------------------------------------------------------------------------


def test_a_township_is_no_namesake_town_abroad(nlp: Language, gazetteer: Gazetteer) -> None:
    places = _places(
        nlp,
        gazetteer,
        "Air strikes kill villagers in Sagaing\n\n"
        "BANGKOK - Myanmar military jets bombed a village in Depayin township in the Sagaing "
        "region on Sunday, killing nine civilians, a rescue group said.\n\n"
        "On Tuesday, a separate strike hit a monastery in Kani township, killing four people."
        "\n\nA local militia said it ambushed an army column near Ayadaw on Wednesday.\n\n"
        "Sagaing has been a stronghold of the armed resistance since the 2021 coup.",
    )
    assert places["Kani"] is None


def test_a_possessive_region_with_and_in_its_name(nlp: Language, gazetteer: Gazetteer) -> None:
    places = _places(
        nlp, gazetteer, "A soldier was killed in Jammu and Kashmir's Kishtwar district on Sunday."
    )
    assert "Jammu and Kashmir" in places and "Jammu" not in places


def test_a_sector_of_a_district_is_one_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "SRINAGAR - Troops killed two armed intruders in a gunfight in the Uri sector of "
        "Baramulla district on Tuesday, the army said.",
    )
    assert [e.location for e in events] == ["Uri"]


def test_an_elder_from_a_town_does_not_place_the_attack(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen kill five bus passengers in Pakistan\n\n"
        "PESHAWAR - Gunmen fired on a bus near Thall on Monday, killing five passengers, police "
        "said.\n\n"
        "A tribal elder from Parachinar told reporters that eight people had died.",
    )
    assert len(events) == 1
    assert events[0].location != "Parachinar"


def test_where_travellers_were_headed_is_not_where_they_were_hit(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A convoy of vans was travelling from Kohat toward the city of Peshawar on Monday when "
        "gunmen fired on it near Hangu, killing four passengers, police said.",
    )
    assert [e.location for e in events] == ["Hangu"]


def test_a_country_a_district_borders_is_not_the_fights_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Tribal fighting in Pakistan\n\n"
        "PESHAWAR - Gunmen killed five bus passengers in Pakistan on Sunday.\n\n"
        "The attack reignited tensions between rival tribes in the district, which borders "
        "Afghanistan. On Monday, armed men from both sides exchanged fire around a village, "
        "killing three people.",
    )
    assert events and all(e.country == "Pakistan" for e in events)


def test_a_street_in_the_dateline_town_across_paragraphs(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Grenade blast in Srinagar\n\n"
        "SRINAGAR - A grenade wounded four shoppers in Srinagar on Tuesday, police said, while "
        "troops killed a militant in a gunfight near Uri in Baramulla district.\n\n"
        "The grenade went off near a fruit stall on Maulana Azad Road.",
    )
    grenades = [e for e in events if e.sub_event_type == "Grenade"]
    assert [e.location for e in grenades] == ["Srinagar"]


# --- actors ------------------------------------------------------------------------------


def test_named_tribesmen_are_their_peoples_militia(nlp: Language) -> None:
    text = "Armed Murle tribesmen raided a cattle camp and killed four herders."
    found = find_actors(nlp(text), 0, len(text))
    assert "Murle Ethnic Militia ({country})" in [f.template for f in found]
    text = "Shiite Turi tribesmen and Sunni Bangash tribesmen exchanged fire near the village."
    templates = [f.template for f in find_actors(nlp(text), 0, len(text))]
    assert "Turi Ethnic Militia ({country})" in templates
    assert "Bangash Ethnic Militia ({country})" in templates
    assert actor_name("Turi Ethnic Militia ({country})", "Pakistan") == (
        "Turi Tribal Militia (Pakistan)"
    )
    assert actor_name("Murle Ethnic Militia ({country})", "South Sudan") == (
        "Murle Ethnic Militia (South Sudan)"
    )


def test_the_junta_is_the_military(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Shells hit Lashio\n\n"
        "YANGON - Artillery shells fired from a junta base struck homes in Lashio in Shan state "
        "on Tuesday, killing two civilians, a rescue worker said.",
    )
    assert [e.actor1 for e in events] == ["Military Forces of Myanmar (2021-)"]


def test_a_resumed_gunfight_keeps_its_sides(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunfight in Kupwara\n\n"
        "SRINAGAR - Soldiers fought militants in the forests of Kupwara district on Sunday, and "
        "one soldier was killed, the army said.\n\n"
        "The gunfight resumed on Monday morning. Officials said two militants had been killed.",
    )
    monday = [e for e in events if e.event_date == "2026-11-23"]
    assert [e.actor1 for e in monday] == ["Military Forces of India (2014-)"]


# --- kinds -------------------------------------------------------------------------------


def test_an_infiltration_bid_foiled_is_a_fight(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "SRINAGAR - The army said on Wednesday it had foiled an infiltration bid along the Line "
        "of Control in Kupwara, killing two intruders.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_the_fight_an_ensuing_firefight_goes_on(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Intruders killed near Uri\n\n"
        "SRINAGAR - The army said troops had spotted movement near the Line of Control in Uri "
        'early on Wednesday and challenged the intruders, who opened fire. "In the ensuing '
        'firefight, two terrorists were eliminated," the army said, adding that two rifles and '
        "grenades were recovered.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 2)]


def test_tear_gas_and_water_cannon_are_no_shelling(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Students march in Colombo\n\n"
        "COLOMBO - Thousands of students marched on the parliament in Colombo on Tuesday.\n\n"
        "When they tried to push through, police fired several rounds of tear gas and used "
        "water cannon, a reporter said.",
    )
    assert all(e.event_type != "Explosions/Remote violence" for e in events)


def test_relief_work_is_no_change_to_a_group(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Soldiers joined police and volunteers in rescuing residents trapped on rooftops."
    )
    assert "joined" not in statuses


def test_years_gone_by_are_no_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Many families had fled their homes during clashes between rival commanders in the "
        "area in previous years.",
    )
    assert statuses["clashes"] == "past"


def test_a_protest_threatened_on_a_condition(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The traders' association said it would shutter its members' shops on Saturday in "
        "protest if the robbers were not arrested.",
    )
    assert statuses["protest"] == "hedged"


def test_casualties_not_mentioned_are_no_trigger(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "State media said the air force had carried out operations against terrorist positions, "
        "without mentioning casualties.",
    )
    assert statuses["casualties"] == "negated"


def test_a_recruiter_described_is_no_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Officials said the handler had been recruiting local youth for militancy."
    )
    assert "recruiting" not in statuses


def test_splinter_wounds_are_no_splinter_group(nlp: Language) -> None:
    statuses = _statuses(nlp, "Two of the injured had minor splinter wounds and went home.")
    assert "splinter" not in statuses


# --- days --------------------------------------------------------------------------------


def test_the_truce_that_ended_a_fight_does_not_date_it(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Attack on convoy in Pakistan\n\n"
        "PESHAWAR - Gunmen opened fire on a convoy of vans in the Kurram district on Sunday, "
        "killing five people and setting off two days of clashes before elders announced a "
        "truce on Wednesday, officials said.",
    )
    assert events and "2026-11-25" not in [e.event_date for e in events]


def test_another_clauses_day_does_not_date_a_deed_told_as_done(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "SRINAGAR - A grenade wounded five shoppers in Srinagar on Tuesday evening, police said, "
        "while the army said on Wednesday it had repulsed an attack on a post near Uri, killing "
        "two attackers.",
    )
    fights = [e for e in events if e.event_type == "Battles"]
    assert [e.event_date for e in fights] == ["2026-11-25"]


# --- talks, claims and crimes -----------------------------------------------------------


def test_talks_that_reached_no_ceasefire_tell_none(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The two delegations ended talks in Geneva on Wednesday without agreeing to a "
        "ceasefire. A senior official said Washington would keep pushing both sides towards a "
        "ceasefire. Both sides said they expected an exchange of prisoners in the coming weeks.",
    )
    assert {statuses["ceasefire"], statuses["exchange of prisoners"]} <= {"negated", "hedged"}


def test_a_states_demand_is_no_protest(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Russia has demanded that Ukraine withdraw from the regions it still controls."
    )
    assert statuses["demanded that"] == "thing"
    assert statuses["withdraw"] == "hedged"
    statuses = _statuses(nlp, "Protesters have demanded that the governor resign.")
    assert statuses["demanded that"] == "asserted"


def test_a_robbery_by_an_ordinary_gang_is_no_event(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen rob cash van in Lviv\n\n"
        "LVIV - Armed men in military uniforms held up a cash van outside a bank in Lviv on "
        "Monday and escaped with the money, police said.\n\n"
        "Two guards were beaten and one was slightly wounded by a shot fired into the ground.\n\n"
        '"This is an ordinary criminal gang, not saboteurs," the regional police chief said.',
    )
    assert events == []


def test_a_war_grown_since_a_season_is_no_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Fighting in the region has intensified since the autumn, with Russia attacking along "
        "the whole front.",
    )
    assert statuses["Fighting"] == "past" and statuses["attacking"] == "past"


def test_a_standing_allegiance_is_no_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Several of its factions have pledged allegiance to the Islamic State group."
    )
    assert statuses["pledged allegiance"] == "habit"


def test_its_troops_are_the_states_whose_ministry_spoke(nlp: Language) -> None:
    text = "Russia's defence ministry said on Sunday that its troops had taken control of Marinka."
    found = find_actors(nlp(text), 0, len(text))
    assert [f.template for f in found] == ["Military Forces of Russia"]


def test_a_drone_named_by_its_kind_and_acronym(nlp: Language) -> None:
    text = "A Russian first-person-view (FPV) drone hit a car in Kramatorsk."
    found = find_actors(nlp(text), 0, len(text))
    assert found[0].template == "Military Forces of Russia"


def test_a_separate_bombing_is_its_own_event(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "PESHAWAR - Four soldiers and nine militants were killed when insurgents stormed a "
        "security post in the North Waziristan tribal district late on Tuesday, the military "
        "said, as a separate bombing killed two policemen in the district of Bajaur.",
    )
    assert sorted(e.fatalities for e in events) == [2, 13]


def test_a_claim_told_before_the_withdrawal_keeps_its_day(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "KYIV - Ukrainian troops have withdrawn from the village of Marinka, the military said "
        "on Wednesday.\n\n"
        "Russia's defence ministry said on Monday that its troops had taken control of Marinka.",
    )
    taken = [e for e in events if e.event_type == "Battles"]
    assert [e.event_date for e in taken] == ["2026-11-23"]


# --- courts, floods and hostages ---------------------------------------------------------


def test_a_struggle_to_save_homes_is_no_fight(nlp: Language) -> None:
    statuses = _statuses(
        nlp, '"The water came at night. We fought all night to save what we could."'
    )
    assert statuses["fought"] == "figurative"
    statuses = _statuses(nlp, "The troops fought hard to protect the convoy from the militants.")
    assert statuses["fought"] == "asserted"


def test_a_verdict_and_its_accused_tell_no_new_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The court found the three guilty of war crimes. Lawyers for the defence said they "
        "would appeal, arguing that their clients had been fighting mercenaries. Its fighters "
        "were accused of repeated attacks on civilians and of laying landmines on roads.",
    )
    assert "found" not in statuses
    assert statuses["fighting"] == "hedged"
    assert statuses["landmines"] == "described"


def test_someone_described_by_a_kins_death_tells_no_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "A woman whose father was shot dead in the attack on Bohong welcomed the verdict."
    )
    assert statuses["shot dead"] == "described"


def test_a_site_made_safer_is_no_deployment(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Peacekeepers guarded the courthouse, which was reinforced for the occasion."
    )
    assert statuses.get("reinforced", "thing") == "thing"


def test_bodies_a_witness_saw_are_the_lower_toll(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "ADDIS ABABA - Soldiers clashed with gunmen near Dera on Tuesday, the regional bureau "
        'said. It said 14 "extremists" were killed. A resident of Dera said he had seen five '
        "bodies brought into the town and could not confirm a higher toll.",
    )
    assert [e.fatalities for e in events] == [5]


def test_the_abductors_are_the_side_coded_for_the_abduction(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen seize bus passengers in Oromia\n\n"
        "ADDIS ABABA - Fighters of the Oromo Liberation Army abducted 17 passengers from a "
        "minibus near Fiche on Monday, officials said.\n\n"
        "On Tuesday, soldiers clashed with the abductors in a forest near Dera, the regional "
        "bureau said.",
    )
    fights = [e for e in events if e.event_type == "Battles"]
    assert fights and "OLA: Oromo Liberation Army" in (fights[0].actor1, fights[0].actor2)


def test_a_liberation_armys_abduction_is_no_rescue(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Fighters of the Oromo Liberation Army abducted 17 passengers on Monday."
    )
    assert statuses["abducted"] == "asserted"
    statuses = _statuses(nlp, "Troops rescued 14 kidnapped villagers on Monday.")
    assert statuses["kidnapped"] == "past"


# --- standing tolls and other things ----------------------------------------------------


def test_a_places_standing_toll_is_not_the_events(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "CULIACAN, Mexico - Soldiers killed four suspected cartel gunmen in a firefight in "
        "Navolato on Monday, the Defense Ministry said, the latest clash in a state where a "
        "split inside the Sinaloa Cartel has left thousands dead.",
    )
    assert [e.fatalities for e in events] == [4]


def test_an_earlier_deed_told_by_its_year_adds_no_toll_or_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "RIO DE JANEIRO - Five people were killed on Tuesday in a police raid in the Mare "
        "complex in Rio de Janeiro, the state government said. The raid was the deadliest in "
        "the city since late October 2025, when an operation in the Penha complex left more "
        "than 120 people dead.",
    )
    assert [e.fatalities for e in events] == [5]
    assert all(e.location != "Penha" for e in events)


def test_lists_of_the_dead_count_no_dead(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "GUAYAQUIL - On Tuesday, around 150 relatives blocked the road in front of the prison "
        "demanding lists of the dead and wounded. Soldiers fired tear gas to disperse them.",
    )
    assert events and all(e.fatalities == 0 for e in events)


def test_warrants_an_extradition_and_custody_held_are_no_arrests(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Officers entered the complex before dawn to serve arrest warrants against gang "
        'leaders. The man was handed over to U.S. agents at the airport. "The state had these '
        'women in its custody and failed them," a lawyer said.',
    )
    assert statuses.get("arrest", "thing") == "thing"
    assert "handed over" not in statuses and "custody" not in statuses


def test_years_of_fighting_and_flooded_crops_are_no_events(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Troops, who for years battled militants in the marsh, were sent to evacuate "
        "residents. Officials said crops on about 12,000 hectares had been destroyed.",
    )
    assert statuses["battled"] == "habit"
    assert statuses["destroyed"] == "thing"


def test_soldiers_ferrying_flood_victims_make_no_attack(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Floods kill nine in Maguindanao\n\n"
        "COTABATO CITY, Philippines - Floods triggered by days of heavy rain killed at least nine "
        "people in Maguindanao del Sur this week, disaster officials said, as soldiers used "
        "boats to reach villages cut off by the swollen river.",
    )
    assert events == []


# --- South Asian datelines and police ranges --------------------------------------------


def test_a_dateline_ending_at_a_colon(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Two DRG jawans killed in Bijapur blast\n\n"
        "RAIPUR, Dec 10: Two personnel of the District Reserve Guard were killed when Maoists "
        "triggered an improvised explosive device near Kutru in Chhattisgarh's Bijapur "
        "district on Monday, police said.",
    )
    assert [e.location for e in events] == ["Bijapur"]


def test_a_police_range_and_a_station_as_landmark_are_no_place_or_side(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "RAIPUR - Maoists triggered an IED near Kutru in Bijapur district on Monday, killing "
        "two DRG personnel, police said.\n\n"
        "The pressure IED went off on a forest track about 4 km from the Kutru police station, "
        "the Inspector General of Police (Bastar range) said.",
    )
    assert [(e.location, e.actor1) for e in events] == [
        ("Bijapur", "CPI (Maoist): Communist Party of India (Maoist)")
    ]


def test_a_shutdown_ahead_is_no_protest_yet(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Police said security had been stepped up on highways ahead of the shutdown."
    )
    assert statuses["shutdown"] == "hedged"


# --- crowds, rulers and reinforcements to come ------------------------------------------


def test_reinforcements_to_be_sent_are_none_yet(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Officials said reinforcements would be sent to Obo before the end of the year."
    )
    assert statuses["reinforcements"] == "hedged"


def test_a_citys_rulers_are_no_side_and_a_crowd_that_beat_a_man_is(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "BUKAVU - In Bukavu, which the M23 has controlled since February 2025, a crowd beat and "
        "then burned to death a man accused of stealing a motorcycle on Wednesday, witnesses "
        "said.",
    )
    assert [e.actor1 for e in events] == ["Vigilante Militia (Democratic Republic of Congo)"]
