"""Roles, quoted openings and namesakes: a commander "responsible for planning attacks", men
"involved in recent attacks", a mission that "supports forces fighting" a group, masts that
"help air strikes", information "used in air strikes", weapons men were "armed with" or a
group "would destroy", deeds a charge is "citing", "weeks of air strikes" before a
withdrawal, an end a deal binds sides "to halt", raids people are "afraid of" and fighting a
crossing "has been repeatedly disrupted by" are no events. Passages: a blast residents
"heard", "the militants killed included", a group's own word "arrested" for its abduction,
a search "for the official", one more victim dying later, the narrative after a quoted
opening and a lede's second deed told again "In a separate incident" join the event they
tell; a lede's deed in a "while" clause keeps its own day and claim. Sides: AP's "said
Wednesday it carried out", two clans named after "rival clan militias", a group authorities
"believed ... was responsible", a directorate of intelligence, "Police District 13" (a
place). Tolls: a lower count of bodies an elder made, "three of its members", a risen
"number of inmates killed". Places: a town the report puts in another region than the
gazetteer's namesake, "Cox's Bazar's Ukhia", "in critical condition in" a city."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from eventwire.nlp import annotate
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = next(iter(annotate(nlp, [text])))
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


# --- no events ----------------------------------------------------------------------------


def test_roles_and_deeds_men_are_known_by_are_no_events(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The dead included a senior commander responsible for planning attacks on army bases. "
        "Officials said the cell was made up of men involved in recent bombings in the "
        "capital. The African Union mission supports Somali forces fighting the insurgents. "
        "The group says the towers help government forces and air strikes. He had passed "
        "on details that were used in air strikes on the town.",
    )
    assert statuses["attacks"] == "habit"
    assert statuses["bombings"] == "habit"
    assert statuses["fighting"] == "habit"
    assert statuses["air strikes"] != "asserted"


def test_weapons_carried_or_to_be_destroyed_are_no_blasts(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Inmates stormed the wing armed with knives, pistols and at least one explosive "
        "device. The rebels said they would destroy a first stock of explosives and landmines "
        "by June.",
    )
    assert statuses["explosive device"] == "thing"
    assert statuses["landmines"] != "asserted"


def test_grounds_ends_fears_and_backdrops_are_no_events(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The minister told the court of a campaign of terror, citing mass killings, rapes and "
        "the burning of villages. The fighters pulled out of the town on Sunday after three "
        "weeks of air strikes. The deal commits both sides to halt offensive operations in the "
        "province. Our children are afraid of the raids. Traffic on the highway has been "
        "repeatedly disrupted by fighting between the army and the rebels since 2023.",
    )
    assert statuses["rapes"] == "described"
    assert statuses["air strikes"] == "past"
    assert statuses["offensive"] == "hedged"
    assert statuses["raids"] == "hedged"
    assert statuses["fighting"] == "habit"


def test_a_prisons_wing_regained_is_no_ground_and_a_deal_to_keep_a_truce_is_one(
    nlp: Language,
) -> None:
    statuses = _statuses(
        nlp,
        "Soldiers regained control of the cell block shortly after dawn. Border officials of "
        "both countries agreed on Monday to observe a ceasefire along the frontier.",
    )
    assert statuses["regained control of"] == "thing"
    assert statuses["ceasefire"] == "asserted"


def test_a_war_since_a_year_and_a_side_that_has_denounced_are_no_events(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Thousands have crossed the border since fighting between the rebels and the army "
        "engulfed the north in 2024. The rebel command has denounced the splinter group as "
        "traitors. Three countries joined the case in support of the plaintiff.",
    )
    assert statuses["fighting"] == "past"
    assert "denounced" not in statuses
    assert all(s != "asserted" for s in statuses.values())


def test_a_lawyers_story_and_a_ministers_charges_yield_no_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "THE HAGUE, Netherlands (AP) - Lawyers for Myanmar on Tuesday asked the world court to "
        "throw out the genocide case brought by Gambia.\n\n"
        '"Myanmar was responding to attacks by an armed terrorist group," a lawyer told the '
        "judges.\n\n"
        "Gambia's justice minister said the evidence showed a campaign of destruction, citing "
        "mass killings, rapes and the burning of hundreds of villages. Canada and the "
        "Netherlands joined the case in support of Gambia.",
    )
    assert events == []


# --- sides --------------------------------------------------------------------------------


def test_a_bare_weekday_after_the_teller_keeps_the_striker(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "NAIROBI, Kenya (AP) - The U.S. military said Wednesday it carried out an airstrike "
        "against al-Shabab militants near Jilib in southern Somalia on Monday, killing two "
        "fighters.",
    )
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Military Forces of the United States (2025-)", "Al Shabaab", 2)
    ]


def test_clans_named_after_a_lede_of_rival_clan_militias_are_its_sides(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "At least five people were killed in fighting between rival clan militias near Marka "
        "in Somalia's Lower Shabelle region on Tuesday, elders said.\n\n"
        "The fighting broke out between militias from the Habar Gidir and Biimaal clans over "
        "a disputed farm.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Habar Gidir Clan Militia (Somalia)", "Biimaal Clan Militia (Somalia)")
    ]


def test_a_group_authorities_believed_responsible_did_the_kidnapping(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A municipal secretary was kidnapped on Monday by armed men on a rural road outside "
        "Puerto Guzman, in Colombia's Putumayo department, the mayor's office said.\n\n"
        "The mayor said the authorities believed a faction of the Segunda Marquetalia, the "
        "dissident group founded in 2019, was responsible.",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Abduction/forced disappearance", "Segunda Marquetalia")
    ]


def test_a_directorate_of_intelligence_is_the_states_and_a_police_district_a_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The Taliban's General Directorate of Intelligence said on Thursday that its agents "
        "had arrested three members of the Islamic State in Kabul.\n\n"
        "The men were arrested on Tuesday in a house in Police District 5 of Kabul city, it "
        "said.",
    )
    assert [(e.actor1, e.actor2, e.event_date) for e in events] == [
        ("Military Forces of Afghanistan (2021-)", "Islamic State (Afghanistan)", "2026-11-24")
    ]


def test_the_dead_told_killed_by_the_forces_are_the_forces_victims(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "19 bodies were buried in four graves at Kanyosha. The dead are believed to have been "
        "killed by security forces during the 24 November 2026 violence.",
    )
    assert [(e.actor1, e.event_date, e.fatalities) for e in events] == [
        ("Military Forces of Burundi (2020-)", "2026-11-24", 19)
    ]


# --- passages -----------------------------------------------------------------------------


def test_a_blast_heard_and_the_dead_told_again_join_the_strike(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The U.S. military said on Wednesday it carried out an airstrike on Monday about 10 "
        "kilometres north of Jilib in Somalia's Middle Juba region, killing three al-Shabab "
        "fighters.\n\n"
        "Somalia's information ministry said the militants killed included a commander "
        "responsible for planning attacks in the Lower Shabelle region.\n\n"
        "Residents of Jilib said they had heard a loud blast early on Monday.",
    )
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Air/drone strike", "Jilib", 3)
    ]


def test_a_groups_own_word_arrested_is_its_abduction(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Suspected al-Shabaab fighters stopped a bus and abducted four passengers near Luuq in "
        "Somalia's Gedo region on Monday, officials said.\n\n"
        'Al-Shabaab later said on its websites that its fighters had "arrested" four people '
        "it accused of working for the government.",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Abduction/forced disappearance", "Al Shabaab")
    ]


def test_the_narrative_after_a_quoted_opening_dates_it(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        '"They tied him to a post in the market and shot him. Nobody could leave," a resident '
        "of Jilib told reporters by telephone on Thursday.\n\n"
        '"He sold tea. He was no spy," the resident said.\n\n'
        "Al-Shabaab militants publicly executed the man on Tuesday in Jilib, in Somalia's Middle "
        "Juba region, after one of the group's courts convicted him of spying.",
    )
    assert [(e.actor1, e.event_date, e.fatalities) for e in events] == [
        ("Al Shabaab", "2026-11-24", 1)
    ]


def test_the_day_a_named_teller_was_describing_dates_a_quoted_lede(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        'JALALABAD (Pajhwok): "Our units surrounded the house and they opened fire. In the '
        'fighting two Daesh members were killed," the Nangarhar police spokesman said on '
        "Thursday.\n\n"
        "Hamidi was describing an operation on Tuesday in Chaparhar district of Nangarhar "
        "province.",
    )
    assert [(e.event_type, e.event_date) for e in events] == [("Battles", "2026-11-24")]


def test_a_ledes_second_deed_keeps_its_day_claim_and_later_telling(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "BANNU: Three militants were killed when police repulsed an attack on a police station "
        "in Lakki Marwat district late on Tuesday, officials said, while two soldiers were "
        "killed in a roadside bombing in North Waziristan a day earlier.\n\n"
        "The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the attack on the "
        "police station.\n\n"
        "In a separate incident on Monday, two soldiers were killed when an improvised "
        "explosive device struck a military vehicle in North Waziristan, a security official "
        "said. No group claimed the attack.",
    )
    bombs = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert [(e.event_date, e.fatalities) for e in bombs] == [("2026-11-23", 2)]
    assert "Unidentified Armed Group (Pakistan)" in (bombs[0].actor1, bombs[0].actor2)


def test_a_charge_told_on_a_day_dates_only_the_charge(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "The Taliban government on Wednesday accused Pakistan of carrying out air strikes in "
        "Paktika province that killed at least six civilians.\n\n"
        "Pakistani jets bombed houses in Barmal district late on Monday night, a spokesman "
        "said. Six civilians were killed.",
    )
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Air/drone strike", "2026-11-23", 6)
    ]


def test_a_strike_told_twice_on_one_target_is_one_with_its_aircrafts_forces(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Clashes spread across Kayin State this week as rebels raided an army post near the "
        "border and a junta drone strike on a monastery killed at least six displaced "
        "villagers, aid workers said.\n\n"
        "On Wednesday morning, a military drone dropped bombs on a monastery in Kawkareik "
        "township where displaced families were sheltering.",
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert [(e.actor1, e.event_date, e.fatalities) for e in strikes] == [
        ("Military Forces of Myanmar (2021-)", "2026-11-25", 6)
    ]


def test_homes_burnt_and_villagers_shot_by_the_same_troops_are_an_attack(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Soldiers entered a village near Monywa in Myanmar's Sagaing Region on Tuesday and set "
        "fire to dozens of houses, residents said.\n\n"
        "Two villagers who had stayed behind were shot dead as the troops entered the village "
        "on Tuesday.",
    )
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Attack", "Civilians (Myanmar)", 2)
    ]


def test_farmers_killed_by_a_mine_after_fleeing_fighting_are_its_victims(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Two farmers were killed by a landmine in Myanmar's Kayah State on Sunday as they "
        "returned to their fields after fleeing fighting last year, relatives said.",
    )
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Remote explosive/landmine/IED", "Civilians (Myanmar)", 2)
    ]


# --- kinds and tolls ----------------------------------------------------------------------


def test_a_capture_by_troops_backed_by_allies_is_ground_regained(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "BELEDWEYNE - Somali government troops backed by local clan fighters on Tuesday "
        "recaptured the town of Jalalaqsi in Hiiraan region from al-Shabaab after hours of "
        "fighting, officials said.",
    )
    assert [e.sub_event_type for e in events] == ["Government regains territory"]


def test_a_base_captured_after_an_assault_is_ground_taken(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "MYITKYINA - The Kachin Independence Army captured a military battalion base on the "
        "outskirts of Waingmaw on Sunday after a four-day assault, the group said, bringing its "
        "fighters to within a few kilometres of the state capital.",
    )
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]


def test_lower_counts_a_witness_or_the_losing_side_gave_are_kept(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "BELEDWEYNE - Somali troops recaptured the town of Jalalaqsi from al-Shabaab on "
        "Tuesday. An army commander said more than a dozen of the terrorists were killed.\n\n"
        "A local elder said he had counted six bodies of militants in and around the town. "
        "Two soldiers were wounded, the army said.",
    )
    assert [e.fatalities for e in events] == [6]

    events = run(
        nlp,
        gazetteer,
        "Myanmar's military said it recaptured the town of Pinlebu in Sagaing Region on "
        "Sunday and had killed more than 20 fighters.\n\n"
        "A spokesman for the People's Defense Force said its fighters pulled out on Sunday "
        "after two weeks of air strikes, and that three of its members were killed.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Government regains territory", 3)
    ]


def test_a_toll_risen_holds_the_bodies_found_since(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "GUAYAQUIL - The number of inmates killed in a riot at the Litoral Penitentiary in "
        "Guayaquil rose to nine on Tuesday, after guards found four more bodies in one of the "
        "prison's wings, the prison authority said.",
    )
    assert [e.fatalities for e in events] == [9]


# --- places -------------------------------------------------------------------------------


def test_a_town_in_another_region_than_its_namesake_is_unknown(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Residents of Nyaung Kone village in Sagaing Region's Myinmu township returned this "
        "week to find their homes burned.\n\n"
        "According to residents, a column of soldiers entered Nyaung Kone on Tuesday and set "
        "fire to houses. Two villagers were shot dead as the troops entered the village.",
    )
    assert [e.admin1 for e in events] != [] and all(e.admin1 != "Yangon" for e in events)


def test_a_towns_part_named_by_its_owner_places_the_event_in_the_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Two men suspected of kidnapping were beaten to death by a mob in a refugee camp in "
        "Cox's Bazar's Ukhia upazila late on Tuesday, police said.",
    )
    assert [(e.country, e.admin1) for e in events] == [("Bangladesh", "Chittagong")]


def test_where_the_hurt_lie_and_a_bombing_the_cell_did_are_told_apart(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "KHYBER: A protester was killed on Monday when demonstrators clashed with police in "
        "Landi Kotal, witnesses said.\n\n"
        "A second injured man was in critical condition in Peshawar, a doctor said.",
    )
    assert [e.location for e in events] == ["Landi Kotal"]

    events = run(
        nlp,
        gazetteer,
        "A police spokesman said the cell was responsible for a bombing in Jalalabad city on "
        "Sunday that killed a provincial official and his driver.",
    )
    assert [(e.location, e.country) for e in events] == [("Jalalabad", "Afghanistan")]


# --- from the Libyan, Mozambican, Indian and Palestinian reports ---------------------------


def test_arms_as_goods_a_mission_handed_and_a_groups_cause_are_no_events(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The handler had arranged the consignment of grenades, police said. Besides the hand "
        "grenades, a .30 bore pistol, 12 live cartridges and a phone were recovered from them. "
        "The men had been tasked with carrying out a grenade attack on a police post. The army "
        "has stepped up patrols in the south, saying it is fighting smugglers and jihadists. "
        "Officials say air power remains central to their strategy.",
    )
    assert statuses["grenades"] == "thing"
    assert statuses["attack"] == "habit"
    assert statuses["fighting"] == "habit"
    assert statuses["air power"] == "habit"
    assert [s for t, s in statuses.items() if t.startswith("grenade")].count("asserted") == 0


def test_an_accords_terms_are_no_deeds(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The agreement provides for an immediate halt to fire, the release of the fighter "
        "detained on Sunday and the withdrawal of both forces from the airport road.",
    )
    assert statuses["detained"] == "hedged"
    assert statuses["withdrawal"] == "hedged"


def test_positions_handed_over_with_no_shot_fired_are_ground_handed_over(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "TRIPOLI - Two rival armed groups agreed on Tuesday to end a week of clashes in the "
        "capital, the Presidential Council said.\n\n"
        "On Wednesday morning, the 444th Brigade handed over two of its positions near the "
        "airport road to a neutral police unit, which is to hold them under the agreement, a "
        "spokesman said. Witnesses saw armoured vehicles leaving the area without any shots "
        "being fired.",
    )
    assert "Non-violent transfer of territory" in [e.sub_event_type for e in events]
    assert "Armed clash" not in [e.sub_event_type for e in events if e.event_date == "2026-11-25"]


def test_a_teller_speaking_a_day_after_a_strike_tells_the_strike(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "MAPUTO, Mozambique (AP) - Mozambique's defence minister told reporters on Thursday "
        "that the insurgents were weaker than a year ago.\n\n"
        "He spoke a day after a helicopter gunship operated by Rwandan forces struck an "
        "insurgent camp near Mocimboa da Praia in Cabo Delgado province. The minister said at "
        "least 12 insurgents were killed.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Air/drone strike", 12)]


def test_a_strike_dated_after_its_telling_and_lower_counts_of_men(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The Libyan National Army said on Wednesday that one of its drones had struck a convoy "
        "of foreign fighters in the southern Murzuq district.\n\n"
        "The LNA's media office said the strike on Monday destroyed two pick-up trucks and "
        "killed eight fighters.\n\n"
        "Residents reached by telephone said the strike took place near Murzuq and that three "
        "men were killed.",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [("2026-11-23", 3)]


def test_a_capital_acted_for_is_no_place_and_new_groups_are_named(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Amritsar, November 25: Police on Wednesday busted a module of the Babbar Khalsa "
        "International and arrested two of its operatives with a pistol.",
    )
    assert [(e.sub_event_type, e.actor2) for e in events] == [
        ("Arrests", "BKI: Babbar Khalsa International")
    ]
    events = run(
        nlp,
        gazetteer,
        "A spokesman for the Chadian rebel group FACT said two of its members had been killed "
        "in a drone strike near Murzuq in southern Libya on Monday, and accused the Libyan "
        'National Army of acting "on behalf of N\'Djamena".',
    )
    assert [e.country for e in events] == ["Libya"]


def test_a_mortar_on_a_village_of_its_own_is_its_own_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Rival armed groups clashed in the western Libyan city of Zawiya on Monday, leaving two "
        "fighters dead, officials said.\n\n"
        "During the fighting, a mortar round hit a house in the village of al-Harsha, killing a "
        "girl, the municipality said. It was not clear which side fired it.",
    )
    assert sorted(e.event_type for e in events) == ["Battles", "Explosions/Remote violence"]


def test_a_months_name_is_no_march(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "West Bank: protection of civilians snapshot\n\n"
        "- On 24 March, Israeli authorities demolished six structures in a herding community "
        "near Jericho, citing the lack of building permits. The demolition was carried out by "
        "the Civil Administration, escorted by Israeli forces.",
    )
    assert [e.sub_event_type for e in events] == ["Looting/property destruction"]


# --- from the Palestinian and Ethiopian reports ---------------------------------------------


def test_deeds_told_about_and_what_will_go_on_are_no_events(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The outlet had last week broadcast interviews with residents describing drone strikes "
        "on civilian areas. A rebel spokesman dismissed the deal and said fighting would "
        "continue.",
    )
    assert statuses["drone strikes"] == "described"
    assert statuses["fighting"] == "hedged"


def test_a_deal_with_a_militia_faction_is_an_agreement(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Regional government signs peace deal with Fano faction\n\n"
        "ADDIS ABABA, Nov 26 (Reuters) - The government of Ethiopia's Amhara region signed an "
        "agreement on Wednesday with a Fano militia faction operating in North Wollo, under "
        "which its fighters will hand in their weapons and enter rehabilitation camps, regional "
        "officials said.",
    )
    assert [e.sub_event_type for e in events] == ["Agreement"]


def test_arrests_confirmed_a_day_later_and_the_arresters_before_and(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Police officers in civilian clothes on Monday evening detained three journalists at "
        "their office in Addis Ababa, colleagues said.\n\n"
        'On Tuesday, a federal police spokesperson confirmed that three "individuals" had been '
        "detained on suspicion of spreading false information.",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Arrests", "2026-11-23")]

    events = run(
        nlp,
        gazetteer,
        "Overnight, Israeli troops raided Beita, south of Nablus, and early on Wednesday "
        "detained the gunman's father and two of his brothers, the army said.",
    )
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert [(e.actor1, e.actor2) for e in arrests] == [
        ("Military Forces of Israel (2022-)", "Civilians (Palestine)")
    ]


def test_a_witness_quote_and_the_grounds_of_arrests_tell_the_protest(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "JERUSALEM -- Israeli police arrested six people on Tuesday evening when they dispersed "
        "a demonstration in the East Jerusalem neighbourhood of Sheikh Jarrah, organisers said.\n\n"
        'A police spokesperson said six suspects were detained "for disturbing public order and '
        'assaulting police officers".\n\n'
        '"We came here peacefully, and they answered us with horses and grenades," said a '
        "resident.",
    )
    assert [(e.event_type, e.actor2) for e in events] == [
        ("Protests", "Police Forces of Israel (2022-)")
    ]


def test_another_scene_borrows_no_town_told_before(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Armed men looted a bank in Dembi Dolo town in Ethiopia's Oromia region on Tuesday "
        "morning, police said.\n\n"
        "Separately, OLA fighters attacked an army camp on the outskirts of Begi in West Wollega "
        "zone on Sunday, killing four soldiers, local sources said.",
    )
    camp = [e for e in events if e.event_type == "Battles"]
    assert [(e.location, e.admin1) for e in camp] == [("Oromiya", "Oromiya")]


def test_ground_left_by_one_side_and_taken_by_another_is_one_handover(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Kenyan troops withdrew from their base in Ceel-Cadde village near Garbahaarey in "
        "Somalia's Gedo region on Tuesday. Al Shabaab fighters took over the control of the "
        "town without any clash.",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Non-violent transfer of territory", "Al Shabaab")
    ]


def test_a_pledge_to_cease_hostilities_and_a_site_regained_from_its_holders(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Representatives of the CODECO and Zaire militias signed a commitment to cease "
        "hostilities on Tuesday in Bunia, at a ceremony hosted by the governor of Ituri.",
    )
    assert [e.sub_event_type for e in events] == ["Agreement"]

    events = run(
        nlp,
        gazetteer,
        "On Tuesday, the Congolese army said it had launched an operation and regained control "
        "of a gold mining site near Mongbwalu in Ituri province, which the militia had occupied "
        "for the previous two days, killing two militiamen.",
    )
    assert [(e.sub_event_type, e.inter1) for e in events] == [("Government regains territory", 1)]


def test_a_war_marked_by_attacks_a_courts_case_and_an_accused_striker(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    statuses = _statuses(
        nlp,
        "The conflict in the north-east has been marked by attacks on civilians, abductions and "
        'the destruction of schools. "The defendants took part in an attack on worshippers on '
        'a Sunday," the judge said.',
    )
    assert statuses["attacks"] == "habit"
    assert statuses["attack"] == "past"
    events = run(
        nlp,
        gazetteer,
        "ATBARA - A drone strike set fire to the main power station in Atbara, Sudan, early on "
        "Monday, officials said.\n\n"
        "The army accused the Rapid Support Forces of launching the attack with long-range "
        "drones.",
    )
    assert [(e.sub_event_type, e.inter1) for e in events] == [("Air/drone strike", 2)]


def test_a_weapon_of_the_type_the_military_uses_names_no_thrower(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "GUADALAJARA - A man threw a grenade into a bar in Tlaquepaque late on Saturday, "
        "killing two customers, prosecutors said. Investigators found fragments of a "
        "fragmentation grenade of the type used by the military.",
    )
    assert [e.inter1 for e in events] == [3]
