"""Tellers and aftermaths: who tells a deed is not who did it unless they tell their own; what
follows a fight (reprisals, the attackers' retreat, the sound of it) is coded as ACLED
codes it; relative days and past clauses date the deed, not the report."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from eventwire.events.actors import find_actors
from eventwire.events.dates import find_dates
from eventwire.events.fatalities import find_counts
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer, geoparse
from eventwire.nlp import paragraph_end
from eventwire.records import Event
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


def _coded(events: list[Event]) -> list[tuple[str | None, str, str | None, str | None]]:
    return sorted((e.event_date, e.sub_event_type or "", e.actor1, e.actor2) for e in events)


# --- who did it ---------------------------------------------------------------------


def test_a_group_spelt_out_before_its_acronym_is_one_actor(nlp: Language) -> None:
    doc = nlp("Police blamed the National Liberation Army (ELN) for the bombing in Arauca.")
    found = [(doc.text[f.start : f.end], f.template) for f in find_actors(doc, 0, len(doc.text))]
    assert ("National Liberation Army (ELN)", "ELN: National Liberation Army") in found
    assert all(template != "Military Forces of {country}" for _, template in found)


def test_the_forces_telling_of_their_own_drone_strike_flew_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Strikes near Menaka\n\n"
        "The Malian army said in a statement on Tuesday that drone strikes carried out on "
        'Monday near Menaka had neutralised "dozens of terrorists".',
    )
    assert [(e.sub_event_type, e.actor1, e.inter1) for e in events] == [
        ("Air/drone strike", "Military Forces of Mali (2021-)", 1)
    ]


def test_a_group_that_appointed_a_teller_flew_no_aircraft(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Market bombed in Jonglei\n\n"
        "On Tuesday, an aerial bombardment struck the market in Akobo, in Jonglei state, "
        "killing four civilians, according to a county commissioner appointed by the "
        "opposition SPLM-IO.",
    )
    assert [(e.actor1, e.fatalities) for e in events] == [
        ("Military Forces of South Sudan (2011-)", 4)
    ]


def test_a_foreign_command_telling_its_own_air_strike_is_the_striker(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Strike in Somalia\n\n"
        "On Wednesday, U.S. Africa Command said it had carried out an airstrike against al "
        "Shabaab near Jilib, in coordination with the Somali federal government. Somalia's "
        "state news agency said four militants were killed in the strike.",
    )
    assert [(e.actor1, e.inter1, e.actor2) for e in events] == [
        ("Military Forces of the United States (2025-)", 8, "Al Shabaab")
    ]


def test_the_side_blamed_for_a_strike_did_it_unless_it_denies_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    blamed = run(
        nlp,
        gazetteer,
        "Drone hits market in Nyala\n\n"
        "A drone strike on a livestock market in Nyala killed nine people on Monday, a "
        "doctor said. The administration of the city blamed the Sudanese army for the strike.",
    )
    assert [e.actor1 for e in blamed] == ["Military Forces of Sudan (2019-)"]
    denied = run(
        nlp,
        gazetteer,
        "Quadcopter blast in Mir Ali\n\n"
        "On Tuesday, an explosive dropped from a quadcopter hit a house in Bannu, killing two "
        "children, relatives said. Residents blamed security forces for the strike. The "
        "military denied any involvement.",
    )
    assert [e.actor1 for e in denied] == ["Unidentified Armed Group (Pakistan)"]


def test_a_spokesman_for_a_group_tells_and_does_not_strike(nlp: Language) -> None:
    doc = nlp("A spokesman for one of the Fano groups said 13 civilians had been killed.")
    assert not any(f.template == "Fano Militia" for f in find_actors(doc, 0, len(doc.text)))


def test_police_opening_an_investigation_are_no_attackers(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Settlers attack village\n\n"
        "On Sunday night, a group of about 20 settlers attacked the village of Qaryut, "
        "south of Nablus, setting fire to three cars and throwing stones at residents. Two "
        "Palestinians were treated for head wounds. The Israeli military said it had "
        'dispersed "a violent confrontation" and that police had opened an investigation.',
    )
    assert [(e.event_type, e.actor1) for e in events] == [
        ("Violence against civilians", "Settlers (Israel)")
    ]


def test_a_bomb_on_the_forces_by_nobody_named_has_an_unnamed_side(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Blast in Bannu\n\n"
        "In Bannu, a bomb hidden in a parked motorcycle exploded near a police van on "
        "Wednesday, wounding four policemen, police said.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Police Forces of Pakistan (2024-)", "Unidentified Armed Group (Pakistan)")
    ]


def test_a_leaders_men_and_members_of_armed_groups_are_the_groups(nlp: Language) -> None:
    doc = nlp(
        "A Dozo leader in the area said five of his men were killed and that his fighters "
        "had pushed the jihadists back."
    )
    dozo = [f for f in find_actors(doc, 0, len(doc.text)) if f.template.startswith("Dozo")]
    assert {doc.text[f.start : f.end] for f in dozo} >= {"men", "fighters"}
    assert all(f.role == "armed" for f in dozo)
    doc = nlp("Members of rival cult groups clashed in Ahoada on Wednesday.")
    found = find_actors(doc, 0, len(doc.text))
    assert (doc.text[found[0].start : found[0].end], found[0].role) == (
        "Members of rival cult groups",
        "armed",
    )


def test_rival_cult_groups_clashing_is_a_battle(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Cult clash in Rivers\n\n"
        "At least four people were killed on Wednesday when members of rival cult groups, "
        "the Vikings and the Bobos, clashed in Omoku, police said. Residents said several "
        "houses were set ablaze.",
    )
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Armed clash", "Unidentified Armed Group (Nigeria)", 4)
    ]


def test_the_two_groups_clashing_again_are_the_pair_told_before(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Fighting in Catatumbo\n\n"
        "Fighting in Catatumbo between the ELN and FARC dissidents has continued since a "
        "wave of violence in January 2025 killed more than 80 people.\n\n"
        "On Monday, the two groups clashed again in rural areas of Tibu, the Ombudsman's "
        "Office said. Three bodies were recovered and 300 families fled.",
    )
    assert [(e.event_date, e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("2026-11-23", "ELN: National Liberation Army", "FARC Dissidents", 3)
    ]


# --- what a passage tells -----------------------------------------------------------


def test_past_and_general_clauses_tell_no_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Fighting in the region has continued since a wave of violence in March 2024 "
        "killed 50 people. The move led the government to suspend peace talks with the "
        "group. They threatened leaders who oppose the recruitment of minors. A magistrate "
        "remanded in custody two activists. Several factions announced last year that they "
        "had merged. Rights groups accused both sides of abuses, including the abduction "
        "of civil servants. Militants had increasingly used drones fitted with explosives.",
    )
    assert statuses["Fighting"] == "habit"
    assert statuses["killed"] == "past"
    assert statuses["peace talks"] == "past"
    assert statuses["recruitment"] == "thing"
    assert statuses["custody"] == "thing"
    assert statuses["merged"] == "past"
    assert statuses["abduction"] == "thing"
    assert statuses["with explosives"] == "habit"


def test_states_and_sounds_tell_no_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "In the village of Aita, where most houses were destroyed, families live in tents. "
        "Security forces reinforced checkpoints around the building. Any truce must include "
        "the withdrawal of the fighters. The army said it had removed hundreds of rocket "
        "launchers since the ceasefire.",
    )
    assert statuses["destroyed"] == "past"
    assert statuses["reinforced"] == "thing"
    assert statuses["truce"] == "hedged"
    assert statuses["withdrawal"] == "hedged"
    assert statuses["rocket"] == "thing"
    heard = _statuses(
        nlp,
        "The clashes pitted two brigades against each other. Explosions could be heard "
        "across the city until dawn.",
    )
    assert heard["Explosions"] == "described"
    alone = _statuses(nlp, "Explosions could be heard across the city until dawn.")
    assert alone["Explosions"] != "described"


def test_a_claimed_attack_that_local_sources_deny_is_no_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Claims in Cabo Delgado\n\n"
        "The Islamic State group claimed through its Amaq news agency that its fighters had "
        "killed Christians in an attack in Ancuabe district this week. Police in Ancuabe "
        "denied that any attack had taken place.",
    )
    assert events == []


def test_a_crowd_burying_the_dead_is_no_riot(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Villagers bury victims\n\n"
        "Residents of Ijara on Wednesday buried three quarry workers who were shot dead when "
        "gunmen stormed the settlement late on Sunday. The gunmen also set fire to a phone "
        "mast before leaving, police said.",
    )
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in events] == [
        ("2026-11-22", "Attack", 3)
    ]


def test_a_riot_during_arrests_is_an_event_of_its_own(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Raids in Nablus\n\n"
        "In Nablus, Israeli troops detained nine people in raids before dawn on Wednesday, "
        "including two students, the Palestinian Prisoners' Society said. The military said "
        "the operation targeted wanted suspects. During the raids, young men in the Balata "
        "refugee camp threw stones at military vehicles and troops fired tear gas.",
    )
    assert sorted(e.sub_event_type or "" for e in events) == ["Arrests", "Violent demonstration"]


def test_civilians_shot_after_a_firefight_are_their_own_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Bamenda blast\n\n"
        "Two soldiers were killed on Tuesday when a roadside bomb hit their vehicle in "
        "Bamenda, the army said.\n\n"
        "The following day, troops carried out an operation in Bali. The army said soldiers "
        'had "neutralised two terrorists" in an exchange of fire.\n\n'
        "Residents said that after the firefight, soldiers went from house to house and shot "
        "dead a 70-year-old farmer.",
    )
    assert sorted((e.event_date, e.event_type, e.fatalities) for e in events) == [
        ("2026-11-24", "Explosions/Remote violence", 2),
        ("2026-11-25", "Battles", 2),
        ("2026-11-25", "Violence against civilians", 1),
    ]


def test_attackers_withdrawing_after_a_fight_are_its_end(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Base attacked in Lower Shabelle\n\n"
        "Somali forces repelled an al Shabaab attack on a base in Afgooye on Monday, killing "
        "nine of the attackers, the ministry said. Residents said the militants withdrew "
        "towards farmland after government reinforcements arrived from Mogadishu.",
    )
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Afgooye")]


def test_a_lede_clause_of_wider_violence_is_not_the_events(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Raid in Jonglei\n\n"
        "At least eight people were killed on Saturday when armed youth attacked a cattle "
        "camp near Bor, a local official said, as violence in the state also flared between "
        "government troops and opposition forces.",
    )
    assert [(e.event_type, e.actor2) for e in events] == [
        ("Violence against civilians", "Civilians (South Sudan)")
    ]


def test_a_passage_ending_past_its_blank_line_ends_its_own_paragraph() -> None:
    text = "Police arrested four men on Sunday.\n\nFloods displaced 30,000 people.\n\nEnd."
    first = text.index("\n\n")
    # (a sentence's span may take in the blank line after it)
    assert paragraph_end(text, 0, first + 2) == first
    assert paragraph_end(text, first + 2, first + 20) == text.index("\n\n", first + 2)


# --- types and tolls ------------------------------------------------------------------


def test_new_trigger_phrasings(nlp: Language, gazetteer: Gazetteer) -> None:
    taken = run(
        nlp,
        gazetteer,
        "Bus stopped near Fada N'Gourma\n\n"
        "Gunmen stopped a bus on Monday near Fada N'Gourma and took away 11 passengers, a "
        "union official said.",
    )
    assert [e.sub_event_type for e in taken] == ["Abduction/forced disappearance"]
    car = run(
        nlp,
        gazetteer,
        "Official missing in Arusha\n\n"
        "A party official has been missing since Sunday evening, when he was forced into a "
        "car by unidentified men in Arusha, the party said.",
    )
    assert [(e.event_date, e.sub_event_type) for e in car] == [
        ("2026-11-22", "Abduction/forced disappearance")
    ]
    jets = run(
        nlp,
        gazetteer,
        "Strikes in Zamfara\n\n"
        "The Nigerian Air Force said on Wednesday its jets had on Tuesday struck a bandit "
        'enclave near Zurmi, "neutralising over 20 terrorists".',
    )
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in jets] == [
        ("2026-11-24", "Air/drone strike", 20)
    ]


def test_tolls_lost_neutralised_and_not_found(nlp: Language) -> None:
    assert [c.value for c in find_counts("The army repulsed the attack, losing two soldiers.")] == [
        2
    ]
    assert [
        c.value for c in find_counts("troops struck, neutralising more than 30 terrorists")
    ] == [30]
    assert (
        find_counts(
            "Insurgents abducted five men near the river, an official said, adding that no "
            "bodies had been found."
        )
        == []
    )


def test_the_lower_of_two_tellers_counts_for_the_soldiers(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Garrison attacked in Nasir\n\n"
        "On Wednesday, opposition forces attacked an army garrison in Nasir. The opposition's "
        "spokesman said his forces had killed 20 soldiers. The army said it had repulsed the "
        "attack, losing two soldiers.",
    )
    assert [e.fatalities for e in events] == [2]


# --- days and places ----------------------------------------------------------------


def test_last_weekday_named_on_that_weekday_is_a_week_before() -> None:
    thursday = date(2026, 11, 26)
    assert [f[2] for f in find_dates("killed five last Thursday", thursday)] == [date(2026, 11, 19)]
    assert [f[2] for f in find_dates("killed five on Thursday", thursday)] == [thursday]


def test_a_statements_day_is_no_deeds_day(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Djibo attacked\n\n"
        "Islamist fighters attacked army positions in Djibo early on Sunday, killing seven "
        "soldiers, the army said.\n\n"
        "In a statement read on state broadcaster RTB on Monday evening, the general staff "
        'said "a large group of terrorists" had struck the camp shortly after dawn prayers. '
        "Five soldiers and two volunteers were killed, it said.",
    )
    assert [e.event_date for e in events] == ["2026-11-22"]


def test_small_arabic_articles_and_districts_of_countries_keep_places(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    doc = nlp("Security forces launched a sweep in al-Haffah and nearby villages in Syria.")
    found = [(t.text, t.place.name if t.place else None) for t in geoparse(doc, gazetteer)]
    assert ("al-Haffah", "Al Haffah") in found
    events = run(
        nlp,
        gazetteer,
        "Villagers killed in Metekel\n\n"
        "Armed men killed at least five villagers in an attack in Dibate district of "
        "Ethiopia's Benishangul-Gumuz region on Monday, the rights commission said.",
    )
    assert [(e.location, e.admin1) for e in events] == [("Dibate", "Benshangul/Gumuz")]


def test_a_village_near_a_town_is_one_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "March met with tear gas\n\n"
        "Last Friday, soldiers fired tear gas at the weekly protest march in Kafr Qaddum, "
        "near Qalqilya, residents said.",
    )
    assert [(e.event_date, e.location) for e in events] == [("2026-11-20", "Kafr Qaddum")]


# --- from reports of the Americas and Asia ---------------------------------------------


def test_more_clauses_that_tell_no_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        '"They can arrest us one by one," said one of the marchers. Organisers called a '
        "march to mark the first anniversary of the protests. Talks on a ceasefire were "
        "adjourned in Nairobi without a deal. Envoys met to discuss a possible framework for "
        "a truce. A robbery ring had no known connection to the criminal gangs fighting over "
        "the city's drug routes.",
    )
    assert statuses["arrest"] == "hedged"
    assert statuses["marchers"] == "described"
    assert statuses["protests"] == "past"
    assert statuses["ceasefire"] == "hedged"
    assert statuses["truce"] == "hedged"
    assert statuses["fighting"] == "habit"


def test_a_robbery_with_nobody_hurt_is_no_event(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Jewellers robbed in Guayaquil\n\n"
        "Four armed men robbed a jewellery store in Guayaquil on Tuesday and escaped with gold "
        "worth $300,000, police said. No shots were fired and no one was hurt.\n\n"
        "Police said on Wednesday they had arrested two suspects and recovered part of the "
        "stolen jewellery. A commander said the suspects belonged to a robbery ring with "
        '"no known connection" to the large criminal gangs fighting over the port\'s drug '
        "routes.",
    )
    assert events == []


def test_a_gang_is_not_where_it_holds_sway_nor_dated_by_a_described_mission(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gangs attack Kenscoff\n\n"
        "Gang members attacked hillside neighbourhoods of Kenscoff on Tuesday, killing at "
        "least five civilians, officials said.\n\n"
        "The mayor of Kenscoff said seven people had been killed. The attackers belonged to "
        "the Viv Ansanm gang coalition, which controls most of Port-au-Prince, police said.\n\n"
        "Police officers backed by troops of the Gang Suppression Force, the mission that "
        "replaced the Kenyan-led force last year, fought the gangs for several hours on "
        "Tuesday afternoon. Two gang members were killed in the fighting.",
    )
    assert sorted((e.event_date, e.event_type, e.location) for e in events) == [
        ("2026-11-24", "Battles", "Kenscoff"),
        ("2026-11-24", "Violence against civilians", "Kenscoff"),
    ]


def test_police_killing_at_a_march_is_excessive_force_told_once(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Protester shot dead in Nairobi\n\n"
        "One protester was shot dead in Nairobi on Tuesday as police fired tear gas and live "
        "rounds to break up demonstrations against new taxes, rights groups said.\n\n"
        "Several thousand young protesters marched through the city centre chanting slogans. "
        "Police fired tear gas as crowds tried to reach parliament.\n\n"
        "A 24-year-old man died of gunshot wounds at a hospital on Tuesday evening, a hospital "
        "official said. Amnesty International said he had been shot by a police officer.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Excessive force against protesters", 1)
    ]


def test_this_weeks_fight_after_a_past_years_offensive_is_its_own(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Fighting near Sittwe\n\n"
        "The Arakan Army has seized 14 townships since launching an offensive in November "
        "2023. Fighting continued on Wednesday on the outskirts of Sittwe, where Arakan Army "
        "fighters attacked military positions, the group said.",
    )
    assert [(e.event_date, e.event_type, e.location) for e in events] == [
        ("2026-11-25", "Battles", "Sittwe")
    ]


def test_bodies_found_later_are_the_raids_dead(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Raid in Sagaing\n\n"
        "Soldiers raided villages in Sagaing on Sunday, shooting dead three villagers, "
        "residents said. The bodies of two farmers and an old woman were found after the "
        "troops withdrew on Monday, a resident said.",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [("2026-11-22", 3)]


def test_a_group_telling_its_own_attack_places_it(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Drones hit police station\n\n"
        "On Tuesday, a local People's Defense Force unit said it had attacked a police station "
        "in Monywa with explosive-laden drones.",
    )
    assert [e.location for e in events] == ["Monywa"]


def test_a_ledes_two_deeds_in_two_places_and_two_groups_fighting(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Clashes and a drone attack\n\n"
        "At least five people were killed when ELN guerrillas and FARC dissidents fought in "
        "Tibu on Saturday, the ombudsman said, while in the southwestern department of Cauca "
        "a drone attack wounded two police officers in Suarez on Monday.",
    )
    assert sorted((e.event_date, e.sub_event_type, e.fatalities) for e in events) == [
        ("2026-11-21", "Armed clash", 5),
        ("2026-11-23", "Air/drone strike", 0),
    ]


def test_drones_carrying_explosives_and_a_lede_clause_of_a_hunt(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    drones = run(
        nlp,
        gazetteer,
        "Farms hit\n\n"
        "Residents outside Tepalcatepec said drones carrying explosives were dropped on their "
        "farms on Sunday afternoon, wounding two farm workers.",
    )
    assert [e.sub_event_type for e in drones] == ["Air/drone strike"]
    hunt = run(
        nlp,
        gazetteer,
        "Gunfight in Kupwara\n\n"
        "Indian troops shot dead two militants in a gunfight in Kupwara district on Tuesday, "
        "the army said, as police hunted for the attacker who threw a grenade into a market in "
        "Sopore a day earlier.",
    )
    assert [(e.event_type, e.location) for e in hunt] == [("Battles", "Kupwara")]


def test_victims_told_by_their_work_and_a_death_told_twice(nlp: Language) -> None:
    doc = nlp("Two gunmen opened fire on a rubber tapper returning home in Yala.")
    assert any(f.template.startswith("Civilians") for f in find_actors(doc, 0, len(doc.text)))
    counts = find_counts(
        "Police were investigating the killing of a trader who was shot dead in front of his "
        "store on Saturday night by two men on a motorcycle."
    )
    assert [c.value for c in counts] == [1]


def test_later_clauses_that_tell_no_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The camp was set up for people fleeing fighting between two militias, which killed "
        "hundreds at the time. Villages have only recently recovered from attacks by armed "
        "groups. Police were deployed to help with evacuations. The meeting ended without a "
        "signed agreement. The wounded were taken to the district hospital.",
    )
    assert statuses["killed"] == "past"
    assert statuses["attacks"] == "past"
    assert statuses["deployed"] == "thing"
    assert statuses["signed agreement"] == "past"
    assert "taken to the district" not in statuses


def test_a_banned_groups_cadres_and_indias_rifles(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Arrests in Manipur\n\n"
        "On Monday, the Assam Rifles arrested three cadres of the proscribed People's "
        "Revolutionary Party of Kangleipak (PREPAK) in Thoubal district and recovered two "
        "pistols, a statement said.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Military Forces of India (2014-)", "PREPAK: People's Revolutionary Party of Kangleipak")
    ]


def test_a_town_in_a_states_district_and_a_route_to_a_city(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    fight = run(
        nlp,
        gazetteer,
        "Gunfight in Manipur\n\n"
        "A village volunteer was killed on Sunday in a gunfight near Moirang in Manipur's "
        "Bishnupur district, police said.",
    )
    assert [e.location for e in fight] == ["Moirang"]
    bridge = run(
        nlp,
        gazetteer,
        "Bridge damaged\n\n"
        "Early on Tuesday, an improvised explosive device damaged a bridge near Kangpokpi, "
        "briefly cutting the main supply route to Imphal. No one was hurt.",
    )
    assert [e.location for e in bridge] == ["Kangpokpi"]


def test_ground_given_up_has_no_second_side(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Town abandoned\n\n"
        "Malian troops withdrew from their post in Menaka on Saturday and Islamic State "
        "fighters entered the town without meeting resistance, residents said.",
    )
    assert [(e.sub_event_type, e.actor1, e.actor2) for e in events] == [
        ("Non-violent transfer of territory", "Islamic State (Mali)", None)
    ]


def test_other_countries_hamlets_by_other_names_are_no_places(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    doc = nlp(
        "South Sudan army and SPLA-IO trade blame over Ulang fighting; air strike reported "
        "near Nasir\n\nJUBA - Fighting broke out on Monday between South Sudan's army and "
        "opposition forces in Ulang, in the northeastern Upper Nile state."
    )
    places = {t.text: t.place.country_code if t.place else None for t in geoparse(doc, gazetteer)}
    assert places.get("Nasir") is None and places.get("Ulang") is None


def test_a_wave_of_bombings_a_sign_and_bodies_found_later(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    assert (
        _statuses(nlp, "The attacks come amid a renewed wave of roadside bombings in Garissa.")[
            "bombings"
        ]
        == "series"
    )
    sign = run(
        nlp,
        gazetteer,
        "Two beheaded in Niassa\n\n"
        "Insurgents beheaded two honey collectors in the Mecula district of Niassa province on "
        "Friday, local sources said, in the latest sign that the insurgency is spreading beyond "
        "neighbouring Cabo Delgado.",
    )
    assert [(e.event_date, e.admin1, e.fatalities) for e in sign] == [("2026-11-20", "Niassa", 2)]
    found = run(
        nlp,
        gazetteer,
        "Two beheaded in Niassa\n\n"
        "Insurgents beheaded two honey collectors near Mecula in Niassa province on Friday, "
        "local sources said.\n\n"
        "A community leader said the victims had been caught by armed men. Their bodies were "
        "found on Saturday morning.",
    )
    assert [(e.event_date, e.fatalities) for e in found] == [("2026-11-20", 2)]


def test_a_family_listed_and_tellers_placed_where_they_are(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    counts = find_counts("Gunmen shot dead a man, his wife and their adult son on a rural road.")
    assert sum(c.value for c in counts) == 3
    events = run(
        nlp,
        gazetteer,
        "Base attacked in Yobe\n\n"
        "Fighters of the Islamic State West Africa Province attacked a military base in Buni "
        "Yadi late on Monday, the army said. Troops repelled the attack, killing nine "
        "insurgents, while one soldier was killed. Two security sources in Damaturu said five "
        "soldiers had been killed.",
    )
    assert [e.location for e in events] == ["Buni Yadi"]
