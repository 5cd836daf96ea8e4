"""Habits, claims and strikes told again: what a group or a state does as a rule (bandits
"who operate from forest camps" and "raid villages"; a government that "has deployed troops
and launched air strikes against bandit camps"; fields left "because of attacks") is no
event; a claim "made on Tuesday by" a group names the attackers; a report's own branch of a
group names its bare name; strikes told again ("Another strike", "the strikes set fire",
"drones also struck", "its air force had carried out strikes") are strikes, and a depot
"used by" an army is what they hit; arrests told after the attack they answer are arrests;
struggles over timetables, codes and floods are no battles; and tolls are read as the report
means them (the other side's dead told after a figure on one side's, a local
administrator's or both sides' lower total, others "missing" beside a toll, a vehicle set
ablaze, a warrant executed, a threat neutralised)."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.actors import find_actors, told_in_passing
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer, geoparse
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


# --- habits and policies ---------------------------------------------------------------------


def test_a_body_described_by_its_ways_does_what_it_does_as_a_rule(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The gangs, which operate from camps in the forests along the Kebbi border, raid "
        "villages to loot grain and kidnap travellers for ransom.",
    )
    assert statuses["raid"] == "habit" and statuses["kidnap"] == "habit"
    # a raid it launched on a day is still news
    launched = _statuses(
        nlp,
        "The bandits, who operate from forest camps, launched a raid on Tungar village on "
        "Sunday, killing four farmers.",
    )
    assert launched["raid"] == "asserted"


def test_means_a_government_has_used_told_after_the_lede_are_its_policy(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen killed three farmers in Kauran Namoda, Zamfara state, on Sunday, police said.\n\n"
        "The federal government has deployed troops and launched air strikes against bandit "
        "camps, but attacks on remote villages have continued.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 3)]


def test_fields_left_because_of_attacks_tell_no_attack(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Sorghum prices fell by a fifth in Kano markets after a good harvest, traders said.\n\n"
        "Farmers in parts of Katsina and Sokoto states still cannot reach their fields because "
        "of attacks by bandits and armed herders, an economist said.",
    )
    assert events == []
    # a note telling the attacks as its news keeps them
    assert _statuses(
        nlp, "Three police posts were abandoned due to attacks by Mai-Mai militiamen."
    )["attacks"] == ("asserted")


def test_deeds_listed_in_a_years_wave_share_its_status(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Nariño has seen a wave of attacks on police stations since 2023, including bombings "
        "in the towns of Tumaco and Barbacoas that left several dead.",
    )
    assert statuses["bombings"] == "habit" and statuses["dead"] == "habit"


def test_a_deployment_told_as_following_last_years_violence_is_past(nlp: Language) -> None:
    assert (
        _statuses(
            nlp,
            "The government, which deployed troops along the province's border after last year's "
            "violence, urged restraint.",
        )["deployed troops"]
        == "past"
    )


# --- claims, branches and named sides -------------------------------------------------------


def test_a_claim_made_on_a_day_by_a_group_names_the_attackers(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Six Volunteers for the Defence of the Homeland (VDP) were killed on Monday when armed "
        "men attacked their post at Natiaboani, local sources said. The attack was claimed on "
        "Wednesday by the Group for the Support of Islam and Muslims (JNIM).",
    )
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        (
            "JNIM: Group for Support of Islam and Muslims",
            "VDP: Volunteers for the Defense of the Homeland",
            6,
        )
    ]


def test_the_reports_own_branch_names_the_groups_bare_name(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Five Nigerien soldiers were killed on Tuesday when their vehicle hit a mine near "
        "Tillia, a security source said, blaming the Islamic State in the Sahel.\n\n"
        "On Wednesday, police in Tahoua arrested six people suspected of being members of the "
        "Islamic State.",
    )
    named = {(e.sub_event_type, e.actor1, e.actor2) for e in events}
    assert ("Arrests", "Police Forces of Niger (2023-)", "Islamic State Sahel Province") in named


def test_men_believed_to_belong_to_a_group_are_that_group(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen believed to belong to the Islamic State set up a fake checkpoint on the desert "
        "highway near Mayadin on Tuesday and shot dead three truck drivers transporting "
        "vegetables, a local source said.",
    )
    assert [(e.sub_event_type, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Attack", "Islamic State (Syria)", "Civilians (Syria)", 3)
    ]


def test_fighters_from_a_foreign_states_hired_group_are_that_group(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "On Tuesday, fighters from Russia's Wagner group shot dead three Fulani herders in a "
        "cattle camp about 15 km east of Bocaranga, according to a local human rights "
        "organisation.",
    )
    assert [(e.sub_event_type, e.actor1, e.inter2) for e in events] == [
        ("Attack", "Wagner Group", 7)
    ]


def test_a_branch_claiming_in_the_possessive_and_a_group_linked_to_two_brands(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "At least 11 soldiers were killed on Tuesday when militants ambushed a patrol near "
        "Makalondi, Niger's defence ministry said. The Islamic State's Sahel Province claimed "
        "responsibility for the ambush.",
    )
    assert [e.actor2 for e in events] == ["Islamic State Sahel Province"]
    text = (
        "The Torodi area has become a flashpoint, with jihadist groups linked to both al Qaeda "
        "and Islamic State active on either side of the border."
    )
    doc = nlp(text)
    brand = [f for f in find_actors(doc, 0, len(text)) if f.template.startswith("Islamic")]
    assert brand and all(told_in_passing(text, f) for f in brand)


def test_helpers_of_an_arrest_are_not_the_arrested(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Syrian army units, with intelligence support from the US-led coalition, arrested a "
        "senior Islamic State official in a raid on a house in Mayadin on Wednesday.",
    )
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Arrests", "Islamic State (Syria)")]


def test_druze_and_bedouin_fighters_are_their_peoples_militias(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Clashes between Druze armed groups and Bedouin tribal fighters killed four people near "
        "Shahba in Syria's Suwayda province on Tuesday, local sources said.",
    )
    assert {e.actor1 for e in events} | {e.actor2 for e in events} == {
        "Druze Ethnic Militia (Syria)",
        "Bedouin Tribal Militia (Syria)",
    }


def test_people_shot_dead_by_their_trade_are_no_demonstrators(nlp: Language) -> None:
    text = "Unknown gunmen shot dead two bus drivers on the highway near Deir ez-Zor on Monday."
    doc = nlp(text)
    drivers = [f for f in find_actors(doc, 0, len(text)) if "drivers" in text[f.start : f.end]]
    assert [(f.role, f.template) for f in drivers] == [("victim", "Civilians ({country})")]
    # demonstrators shot dead stay demonstrators
    told = "Police shot dead two protesters in Nairobi on Tuesday."
    doc = nlp(told)
    assert [f.role for f in find_actors(doc, 0, len(told)) if f.inter == 6] == ["crowd"]


# --- strikes told again --------------------------------------------------------------------


def test_an_air_force_that_carried_out_strikes_struck(nlp: Language) -> None:
    doc = nlp(
        'The army said its air force had carried out "targeted strikes" on Tuesday against '
        '"terrorist vehicles" near the border with Algeria.'
    )
    assert [t.sub_event_type for s in doc.sents for t in find_triggers(doc, s)] == [
        "Air/drone strike"
    ]


def test_drones_that_also_struck_struck(nlp: Language, gazetteer: Gazetteer) -> None:
    assert _statuses(
        nlp, "Late on Tuesday, drones also struck a power station in Atbara, officials said."
    ) == {"drones also struck": "asserted"}


def test_strikes_that_set_a_fire_are_strikes_not_a_riot(nlp: Language) -> None:
    doc = nlp(
        "U.S. warplanes struck the port of Hodeidah on Tuesday. At the fuel terminal to the "
        "north, the strikes set fire to a storage tank, residents said."
    )
    subs = {t.text: t.sub_event_type for s in doc.sents for t in find_triggers(doc, s)}
    assert subs["set fire to"] == "Air/drone strike"


def test_another_strike_on_a_depot_used_by_an_army_is_the_strikers_again(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Israeli warplanes struck a military site near Kiswah, south of Damascus, late on "
        "Tuesday, killing two soldiers, Syria's defence ministry said.\n\n"
        "Another strike Wednesday afternoon hit an ammunition depot used by the Syrian army on "
        "the outskirts of Qatana. There was no word on casualties.",
    )
    assert sorted((e.location, e.actor1, e.actor2) for e in events) == [
        ("Al Kiswah", "Military Forces of Israel (2022-)", "Military Forces of Syria (2024-)"),
        ("Qatana", "Military Forces of Israel (2022-)", "Military Forces of Syria (2024-)"),
    ]


def test_a_tellers_second_deed_on_the_next_day_is_its_own_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Rebels in northern Mali said on Wednesday they ambushed an army convoy near Anefis, in "
        "the Kidal region, and that drones struck their positions near Tessalit the following "
        "day.",
    )
    assert {e.sub_event_type for e in events} == {"Armed clash", "Air/drone strike"}


def test_the_sounds_of_a_fight_are_no_bombing(nlp: Language) -> None:
    assert (
        _statuses(nlp, '"We heard explosions and gunfire for nearly an hour," a shopkeeper said.')[
            "explosions"
        ]
        == "described"
    )


# --- arrests and raids ---------------------------------------------------------------------


def test_suspects_captured_after_an_attack_are_arrested(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The army said on Wednesday that soldiers had captured three suspected members of the "
        "Dagoberto Ramos front near Toribio, in Cauca, in an operation launched after the "
        "attack.",
    )
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_a_cell_dismantled_and_its_members_arrested_is_an_arrest(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The interior ministry said its forces had dismantled a four-member IS cell in a raid in "
        "Palmyra on Wednesday, arresting all of its members and seizing explosive belts.",
    )
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Arrests", "Islamic State (Syria)")]


def test_a_police_raid_on_a_gang_that_left_people_dead_is_a_fight(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A police operation against the Comando Vermelho drug gang in the Mare favelas of Rio de "
        "Janeiro left six people dead on Thursday, police said, while residents accused officers "
        "of killing people who had surrendered.",
    )
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Armed clash", "CV: Comando Vermelho", 6)
    ]


def test_a_trucks_burning_after_its_drivers_killing_is_that_attack(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen set up a checkpoint on the highway near Mayadin on Tuesday and shot dead two "
        "truck drivers, a local source said. The trucks were set on fire.",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]


# --- struggles that are no fights ----------------------------------------------------------


def test_struggles_over_codes_timetables_and_floods_are_no_battles(nlp: Language) -> None:
    assert (
        _statuses(
            nlp,
            "Gold output fell as a long battle between the junta and foreign miners over a new "
            "mining code weighed on production.",
        )["battle"]
        == "figurative"
    )
    told = _statuses(nlp, '"The withdrawal timetable remains the main battle," a diplomat said.')
    assert told["battle"] == "figurative" and told["withdrawal"] == "thing"
    assert (
        _statuses(
            nlp, 'Villagers had been "fighting a losing battle" against the rising water for weeks.'
        )["fighting"]
        == "figurative"
    )


def test_a_mines_shutdown_and_a_mediators_engagement_are_no_events(nlp: Language) -> None:
    assert (
        _statuses(nlp, "Output reflects the shutdown of the company's Sadiola complex last year.")[
            "shutdown"
        ]
        == "thing"
    )
    assert (
        _statuses(nlp, 'A State Department spokesperson said Washington remained "fully engaged".')
        == {}
    )


def test_an_end_wanted_to_a_neighbours_strikes_is_no_strike(nlp: Language) -> None:
    assert (
        _statuses(nlp, "Damascus wants an end to Israeli air strikes and incursions in the south.")[
            "air strikes"
        ]
        != "asserted"
    )


# --- dates and places ----------------------------------------------------------------------


def test_a_past_wave_recalled_after_the_deed_does_not_date_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Fighting between Druze armed groups and Bedouin tribal fighters has flared again in "
        "Syria's Suwayda province, killing at least six people and raising fears of a return to "
        "the bloodshed that engulfed the region in July 2025.\n\n"
        "The clashes erupted on Tuesday morning near al-Mazraa, when tribal fighters attacked "
        "positions held by Druze factions, local sources said.",
    )
    assert [e.event_date for e in events] == ["2026-11-24"]


def test_a_track_between_two_towns_is_one_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Three Nigerien soldiers were killed on Tuesday when their vehicle struck an explosive "
        "device near Tillia, a security source said. The blast hit a patrol vehicle on the track "
        "linking Tillia to Tassara in the morning.",
    )
    assert [e.location for e in events] == ["Tillia"]


def test_qaladze_is_qala_diza(gazetteer: Gazetteer, nlp: Language) -> None:
    doc = nlp("A Turkish drone struck a car in Qaladze on Monday.")
    places = [t.place for t in geoparse(doc, gazetteer) if t.text == "Qaladze"]
    assert places and places[0] is not None and places[0].country_code == "IQ"


def test_turkeys_forces_carry_their_governments_years(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "A Turkish drone strike killed two PKK fighters in Iraq's Duhok province on Monday, "
        "local officials said.",
    )
    assert [e.actor1 for e in events] == ["Military Forces of Turkey (2002-)"]


def test_a_capital_told_as_a_backer_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Thousands of supporters of the Southern Transitional Council rallied in Aden on "
        "Wednesday, with speakers accusing the Riyadh-backed government of abandoning the south.",
    )
    assert [(e.location, e.country) for e in events] == [("Aden", "Yemen")]


def test_a_peoples_fighters_from_a_named_militia_are_that_militia(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Five Dozo hunters from the Dan Na Ambassagou militia were killed on Sunday when "
        "jihadists attacked a checkpoint at Djiguibombo, in central Mali, local officials said.",
    )
    assert [(e.actor2, e.fatalities) for e in events] == [("Dan Na Ambassagou", 5)]


# --- tolls ---------------------------------------------------------------------------------


def test_the_other_sides_dead_told_after_a_figure_on_a_sides_dead_add_up(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "ISWAP fighters attacked a military base in Marte, Borno state, late on Monday, killing "
        "at least four soldiers in a gunbattle, two military sources said.\n\n"
        "The insurgents arrived in gun trucks, the sources said. One of them put the number of "
        "soldiers killed at six.\n\n"
        "Army spokesman Onyema Nwachukwu said on Wednesday that troops had repelled the attack "
        "and neutralised 15 terrorists.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Armed clash", 19)]


def test_a_local_administrators_lower_total_is_the_conservative_toll(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Heavy fighting broke out in Nasir town in Upper Nile on Monday when the White Army "
        "attacked an army base, officials said.\n\n"
        "An army spokesman said the attack was repulsed, with six soldiers killed and more than "
        "20 attackers neutralised.\n\n"
        "However, the Nasir County commissioner said a total of 15 people had been killed in the "
        "fighting, including three civilians caught in the crossfire.",
    )
    assert [e.fatalities for e in events] == [15]


def test_a_toll_of_both_sides_lower_than_a_groups_claim_is_kept(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "SPLA-IO fighters overran an army position at Pieri in Jonglei on Saturday. The group's "
        "spokesman said his forces killed 14 SSPDF soldiers. Local officials said at least nine "
        "people from both sides died in the fighting.",
    )
    assert [e.fatalities for e in events] == [9]


def test_others_missing_beside_a_toll_are_no_toll(nlp: Language) -> None:
    from eventwire.events.fatalities import find_counts

    text = (
        "He said 16 bodies had been recovered, while a community leader put the death toll at "
        "20, with several others missing."
    )
    assert [c.value for c in find_counts(text)] == [16]


def test_a_vehicle_set_ablaze_and_a_warrant_executed_kill_nobody(nlp: Language) -> None:
    from eventwire.events.fatalities import find_counts

    assert (
        find_counts("Youths threw stones at a patrol before setting one of its vehicles ablaze.")
        == []
    )
    assert find_counts("Officers went to a house to execute an arrest warrant for extortion.") == []
    assert _statuses(nlp, "Officers went to a house to execute an arrest warrant.")["execute"] == (
        "thing"
    )


def test_a_ledes_overnight_attack_told_by_its_day_below_is_that_attack(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen have killed at least 12 people in an overnight attack on a farming community in "
        "Bokkos, Plateau State, residents said.\n\n"
        "The attackers invaded the village around 11pm on Sunday, shooting at residents and "
        "setting houses on fire. He said 12 bodies had been recovered.",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [("2026-11-22", 12)]


# --- types and kinds -----------------------------------------------------------------------


def test_a_raid_that_killed_and_abducted_is_an_attack(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Boko Haram insurgents killed two civilians and carried away three women during a night "
        "raid on Tourou, in Cameroon's Far North Region, on Sunday, local sources said.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 2)]


def test_both_attacks_claimed_name_the_bomber(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "On Tuesday afternoon, a truck carrying soldiers hit a roadside bomb outside Dikwa, in "
        "Borno state, killing two soldiers, a source said. ISWAP claimed both attacks in "
        "statements published by its Amaq news agency.",
    )
    assert [e.actor2 for e in events] == ["Islamic State (West Africa)"]


def test_an_officials_demand_and_an_authoritys_rioters_are_no_crowd(nlp: Language) -> None:
    assert (
        _statuses(
            nlp,
            '"We demand the immediate release of the councillor," the defence minister said on X.',
        )["demand the"]
        == "described"
    )
    assert (
        _statuses(
            nlp,
            'The security command said "a group of rioters" had tried to block the road.',
        )["rioters"]
        == "described"
    )
    assert (
        _statuses(
            nlp, "Hundreds of teachers marched in Nairobi, demanding better pay, officials said."
        )["demanding better"]
        == "asserted"
    )


def test_arms_seized_and_gear_wrecked_after_a_fight_are_its_spoils(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "In Azuay province, the armed forces said two members of Los Lobos were killed on "
        "Wednesday during an operation against an illegal mining camp near Camilo Ponce "
        "Enriquez. Soldiers came under fire as they approached the camp. No soldiers were "
        "injured. Troops destroyed mining machinery and seized explosives and nine firearms.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert "grenade" not in _statuses(nlp, "Police seized two rifles, a pistol and a grenade.")


def test_strikes_told_again_in_the_plural_or_by_their_striker_are_strikes(
    nlp: Language,
) -> None:
    doc = nlp(
        "Israeli warplanes have struck Sanaa airport. The strikes late on Monday hit the runway. "
        "A separate wave of strikes hit the Haziz power station. Late on Wednesday, an Israeli "
        "strike hit a house in Yohmor, wounding three people."
    )
    subs = [(t.text, t.sub_event_type) for s in doc.sents for t in find_triggers(doc, s)]
    assert [t for t, sub in subs if sub == "Air/drone strike"] == [
        "warplanes",
        "strikes",
        "strikes",
        "Israeli strike",
    ]


def test_a_claim_of_the_places_attack_and_a_threat_neutralised(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A suicide bomber drove an explosives-laden vehicle into the gate of a military camp in "
        "Lere, in Mali's Timbuktu region, early on Wednesday, wounding six soldiers, the army "
        "said. JNIM later claimed the Lere attack in a message shared on Telegram. The bomber "
        "was killed in the blast, and the army said troops had neutralised the threat.",
    )
    assert [(e.actor2, e.fatalities) for e in events] == [
        ("JNIM: Group for Support of Islam and Muslims", 1)
    ]


def test_what_a_war_destroyed_is_no_deed(nlp: Language) -> None:
    assert (
        _statuses(
            nlp,
            "Many young men took up the trade after the conflict destroyed farming and trade with "
            "Nigeria.",
        )["destroyed"]
        == "habit"
    )


def test_ground_a_lede_tells_retaken_is_the_fight_its_detail_tells(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Nigerian troops have recaptured Wajiroko, a community in Damboa Local Government Area "
        "of Borno State that ISWAP fighters had held since September, the military said.\n\n"
        "In a statement on Wednesday, the army spokesman said troops entered the community on "
        'Sunday after a fierce fight. "Six terrorists were neutralised," he said. One soldier '
        "was wounded.",
    )
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Government regains territory", "2026-11-22", 6)
    ]


def test_tripolis_special_deterrence_force_is_named(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Fighting erupted on Tuesday night between the Special Deterrence Force (Radaa) and a "
        "rival brigade in Tripoli's Souq al-Jumaa district, killing four people, officials said.",
    )
    assert {e.actor1 for e in events} | {e.actor2 for e in events} >= {"Special Deterrence Forces"}
