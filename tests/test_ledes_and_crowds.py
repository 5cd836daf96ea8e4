"""Reports whose lede tells two places in two clauses, crowds told over several
paragraphs, and words that look like events but are not: a protest's cause, a shutdown
done to something, talks that collapsed, a treaty "hostage to" politics, bodies flown home
for burial, a hospital or a university named after its town."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.dates import find_dates
from eventwire.events.fatalities import find_counts
from eventwire.geo import Gazetteer
from reports import THURSDAY, run


def test_a_crowd_fired_on_in_one_clause_is_not_counted_with_the_dead_of_the_next() -> None:
    text = (
        "Riot police fired tear gas and rubber bullets at thousands of marchers in central "
        "Lusaka on Monday, and three people were shot dead in the northern town of Ndola."
    )
    assert [c.value for c in find_counts(text)] == [3]


def test_the_death_a_protest_is_over_is_no_toll() -> None:
    text = (
        "Police dispersed hundreds of traders in Kumasi on Tuesday, as protests over the "
        "killing of a market woman in custody spread to other towns."
    )
    assert find_counts(text) == []


def test_a_place_whose_clause_tells_no_deaths_has_none(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Zambian police fire on fuel protesters\n\n"
        "LUSAKA, Nov 24 (Reuters) - Zambian police fired tear gas at thousands of marchers "
        "in central Lusaka on Tuesday, and three people were shot dead in the northern town "
        "of Ndola, as protests over fuel prices spread.",
    )
    tolls = {e.location: e.fatalities for e in events}
    assert tolls.get("Ndola") == 3
    assert tolls.get("Lusaka", 0) == 0


def test_a_crowds_paragraph_takes_the_day_of_the_crowd_not_of_the_death_it_rose_over(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Ghana police tear-gas protesters over death in custody\n\n"
        "ACCRA, Nov 25 (Reuters) - Ghanaian police fired tear gas at hundreds of protesters "
        "in Accra on Tuesday over the death of a trader in police custody.\n\n"
        "Kwame Mensah, 31, died in a police cell in Accra on Nov. 17, a day after his "
        "arrest, his family said.\n\n"
        "In Kumasi, young men blocked roads with burning tyres and threw stones at police "
        "officers.",
    )
    kumasi = [e for e in events if e.location == "Kumasi"]
    assert kumasi
    assert all(e.event_date == "2026-11-24" for e in kumasi)


def test_the_lede_telling_protesters_fired_on_is_the_demonstration_told_later(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Two shot dead as protests spread in Uganda\n\n"
        "KAMPALA, Nov 25 (Reuters) - Ugandan police fired tear gas at protesters in Kampala "
        "on Tuesday, and two people were shot dead in the eastern city of Mbale.\n\n"
        "In Mbale, youths blocked roads with burning tyres and pelted police with stones. "
        "Police opened fire, killing two people, a rights group said.",
    )
    mbale = [e for e in events if e.location == "Mbale"]
    assert [(e.event_type, e.fatalities) for e in mbale] == [("Riots", 2)]


def test_a_summary_gives_way_only_to_its_own_days_places(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Toll from Riyom attacks rises to 21\n\n"
        "The death toll from Sunday night's attacks on two communities in Riyom Local "
        "Government Area of Plateau State has risen to 21, community leaders said on "
        "Wednesday.\n\n"
        "On Monday afternoon, angry youths in Barkin Ladi attacked a herders' settlement, "
        "killing one man and setting fire to several huts, police said.\n\n"
        "On Tuesday, hundreds of women marched peacefully in Jos to demand protection.",
    )
    assert any(e.event_date == "2026-11-22" and e.fatalities == 21 for e in events)


def test_a_year_naming_an_earlier_event_dates_it() -> None:
    found = find_dates(
        "The protests recall the 2024 demonstrations, which left dozens dead.", THURSDAY
    )
    assert [(f[2].year, f[3]) for f in found] == [(2024, 4)]
    assert find_dates("the 2000 soldiers deployed there", THURSDAY) == []


def test_captives_marched_into_the_bush_are_abducted_not_marching(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen seize bus passengers in Kaduna\n\n"
        "On Monday, gunmen stopped a bus on the road near Kachia and marched at least 12 "
        "passengers into the forest, police said. The kidnappers have since demanded a "
        "ransom.",
    )
    assert {e.sub_event_type for e in events} == {"Abduction/forced disappearance"}


def test_words_that_tell_no_event(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Analysis: a frozen front\n\n"
        "Five years after peace talks in Nairobi collapsed, the two sides still eye each "
        "other across the valley. Mobile networks in the area are frequently shut down. "
        "Both armies stopped publishing their lists of alleged ceasefire violations long "
        'ago. "The settlement has become hostage to elections in both capitals," one '
        "diplomat said.",
    )
    assert events == []


def test_bodies_flown_home_for_burial_are_the_dead_told_before(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Rebels kill two road workers in Papua\n\n"
        "Armed separatists shot dead two road workers near Sugapa on Sunday, police said.\n\n"
        "The bodies of the two workers were flown to Makassar on Tuesday for burial.",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Attack", "2026-11-22")]


def test_a_hospital_or_a_university_named_after_a_town_is_no_event_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen kill five in Bokkos\n\n"
        "Gunmen killed five villagers in Bokkos on Sunday night, police said. Seven injured "
        "people were receiving treatment at the Jos University Teaching Hospital. One of the "
        "dead was a student at Makurdi University.",
    )
    assert {e.location for e in events} == {"Bokkos"}


def test_a_city_told_only_as_a_distance_is_no_second_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Passengers seized near Fiche\n\n"
        "On Friday, gunmen abducted 17 bus passengers about 10 kilometres west of Fiche in "
        "North Shewa zone, barely 150 kilometres from Addis Ababa, officials said.",
    )
    assert [e.location for e in events] == ["Fiche"]


def test_a_separate_gunfight_after_a_dateline_is_an_event_of_its_own(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Jakarta. Armed separatists shot dead two construction workers in Sugapa on Sunday, "
        "the army said, while a soldier was wounded in a separate gunfight near Ilaga a day "
        "later.",
    )
    assert sorted((e.sub_event_type, e.event_date) for e in events) == [
        ("Armed clash", "2026-11-23"),
        ("Attack", "2026-11-22"),
    ]


def test_a_joint_patrol_is_one_side(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Soldier wounded in Papua gunfight\n\n"
        "On Monday morning, a joint military and police patrol came under fire from TPNPB "
        "fighters near Ilaga, sparking a gunfight that lasted an hour.",
    )
    assert [e.actor2 for e in events] == ["TPNPB: West Papua National Liberation Army"]


def test_forces_killing_a_groups_fighters_fought_them_and_took_their_arms(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Militants killed in Kech\n\n"
        "The military said on Monday that security forces had killed four militants "
        "belonging to the outlawed Balochistan Liberation Front in an operation near "
        "Turbat. It said weapons and explosives were recovered.",
    )
    assert [(e.sub_event_type, e.actor2, e.fatalities) for e in events] == [
        ("Armed clash", "BLF: Balochistan Liberation Front", 4)
    ]


def test_a_second_source_confirming_fewer_dead_is_the_conservative_toll() -> None:
    text = (
        "Residents reported at least six fighters killed; the Ombudsman's Office "
        "(Defensoria del Pueblo) confirmed four bodies recovered."
    )
    assert [c.value for c in find_counts(text)] == [4]


def test_a_bulletins_two_tellers_give_the_smaller_toll_at_the_town_told(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Flash update\n\n"
        "- 21 November: Armed clashes between the ELN and Front 33 were reported in rural El "
        "Tarra for several hours. Community sources reported at least four combatants "
        "killed; the Ombudsman's Office (Defensoria del Pueblo) confirmed three bodies "
        "recovered.",
    )
    assert [(e.location, e.fatalities) for e in events] == [("El Tarra", 3)]


def test_a_standing_danger_and_a_warned_risk_are_no_events(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Access restricted in Catatumbo\n\n"
        "The Ombudsman issued an early warning on 20 November about the risk of forced "
        "recruitment of children in Hacari. Access to rural areas of Tibu remains restricted "
        "due to the presence of explosive devices on roads.",
    )
    assert events == []


def test_a_blockade_that_passed_off_peacefully_is_a_peaceful_protest(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Misrata residents protest\n\n"
        "On Tuesday, hundreds of residents gathered in Misrata to demand that the government "
        "remove armed groups from the city. Protesters blocked the coastal road for several "
        'hours, but the demonstration passed off peacefully. "We are tired of being '
        'hostages to these militias," one protester said.',
    )
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_lede_summing_two_later_dated_events_gives_way_to_them(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Violence in Sinaloa\n\n"
        "CULIACAN, Mexico (AP) - Nov. 24, 2026 - Mexican soldiers killed four gunmen in a "
        "shootout in Sinaloa state, and authorities found the bodies of six men dumped "
        "along a highway, officials said Tuesday.\n\n"
        "The army said troops on patrol were fired upon Sunday night near Culiacan. Soldiers "
        "repelled the attack, killing four assailants.\n\n"
        "On Monday morning, motorists reported the bodies of six men on the outskirts of "
        "Navolato. The state prosecutor's office said the men had been shot.",
    )
    assert sorted((e.event_date, e.fatalities) for e in events) == [
        ("2026-11-22", 4),
        ("2026-11-23", 6),
    ]


def test_rivers_a_soldiers_home_town_and_a_bylines_desk_are_no_event_places(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Soldier killed in the VRAEM\n\n"
        "By Ana Torres | Lima | 21 November 2026\n\n"
        "A soldier was killed on Friday night when his patrol was ambushed near Pichari by "
        "remnants of the Shining Path, which operates in the Apurimac, Ene and Mantaro river "
        "valleys, the army said. The dead soldier was identified as Corporal Luis Rojas, 22, "
        "from Huanta.",
    )
    assert [e.location for e in events] == ["Pichari"]


def test_the_last_word_of_an_organisations_spanish_name_is_no_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "COLOMBIA: Flash update\n\n"
        "- 22 November: The Defensoria del Pueblo reported that armed men killed two "
        "community leaders in a rural area of Catatumbo.",
    )
    assert [e.country for e in events] == ["Colombia"]


def test_attacks_foiled_by_the_dozen_are_a_tally_not_a_disruption(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Police chief briefs reporters\n\n"
        "Addressing a press conference in Peshawar on Wednesday, the provincial police "
        'chief said the police had foiled "dozens of attacks" this year and that a new '
        "counter-terrorism unit would be deployed in Bannu.",
    )
    assert events == []


def test_the_taliban_in_power_are_afghanistans_forces_and_is_k_is_the_islamic_state(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Raid in Jalalabad\n\n"
        "KABUL, 21 November 2026 (AFP) - On Saturday, the Taliban's intelligence service "
        "said its forces had killed three IS-K members and arrested a fourth in a raid on a "
        "hideout in Jalalabad on Thursday.",
    )
    assert [(e.sub_event_type, e.event_date, e.actor1, e.actor2) for e in events] == [
        (
            "Armed clash",
            "2026-11-19",
            "Military Forces of Afghanistan (2021-)",
            "Islamic State (Afghanistan)",
        )
    ]


def test_two_nations_troops_told_together_are_one_side_and_the_next_sentence_is_their_toll(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Clash near Macomia\n\n"
        "On Sunday, Mozambican and Rwandan troops clashed with a group of insurgents near "
        "Macomia. An army officer said five insurgents were killed and three rifles "
        "recovered.",
    )
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        (
            "Military Forces of Mozambique (2025-)",
            "Islamic State (Mozambique)",  # (the insurgency ACLED names so)
            5,
        )
    ]


def test_others_missing_add_no_dead_and_iswap_bears_its_name_of_the_day(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Base attacked in Borno\n\n"
        "ABUJA, Nov 23 (Reuters) - Fighters of Islamic State West Africa Province (ISWAP) "
        "attacked a military base in Monguno late on Sunday, the army said. Troops repelled "
        "the attack, killing nine insurgents, and two soldiers were killed, the army said. "
        "Military sources told Reuters that four soldiers had died and several others were "
        "missing.",
    )
    assert [(e.actor2, e.fatalities) for e in events] == [("Islamic State (West Africa)", 11)]


def test_a_road_s_far_end_and_a_hospital_by_its_town_are_no_second_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Landmine kills traders\n\n"
        "On Monday morning, a vehicle carrying traders hit a landmine about 10 km outside "
        "Damboa, on the road to Maiduguri, killing four people, a militia member said. The "
        "injured were later referred to Lady Reading Hospital, Maiduguri.",
    )
    assert [e.location for e in events] == ["Damboa"]


def test_a_bulletins_incident_blamed_on_a_group_borrows_no_side_from_the_overview(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "SUDAN: Flash Update (26 November 2026)\n\n"
        "SITUATION OVERVIEW\n\n"
        "Fighting between the Sudanese Armed Forces (SAF) and the Rapid Support Forces (RSF) "
        "continued during the reporting period.\n\n"
        "- North Kordofan: On 21 November, a drone strike hit a market in Bara, killing six "
        "civilians, according to health workers. Local authorities attributed the strike to "
        "the RSF.",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Air/drone strike", "Rapid Support Forces")
    ]


def test_explosives_dropped_from_drones_are_an_air_strike_and_deactivated_bombs_disrupted(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Drone attack in Tierra Caliente\n\n"
        "Two farm workers were wounded on Tuesday when explosives were dropped from drones "
        "on an orchard outside Aguililla, police said.\n\n"
        "On Wednesday, army experts deactivated two improvised explosive devices buried on a "
        "road near Apatzingan.",
    )
    assert sorted(e.sub_event_type for e in events) == [
        "Air/drone strike",
        "Disrupted weapons use",
    ]


def test_an_attack_told_by_its_death_toll_is_no_development(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Toll rises in Ituri\n\n"
        "BUNIA, DR Congo, Nov 25 (AFP) - The death toll from an attack blamed on CODECO "
        "militiamen in Djugu territory has risen to 19, local officials said on Wednesday.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", 19)]


def test_a_strike_that_killed_is_no_labour_strike(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Strike kills family in south Lebanon\n\n"
        "The deadliest strike this week, on a house in the southern town of Kfar Roummane on "
        "Tuesday, killed six members of the same family, the health ministry said.",
    )
    assert [e.event_type for e in events] == ["Explosions/Remote violence"]


def test_a_lockdown_called_a_protest_and_earlier_lockdowns_are_no_events(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Separatists announce lockdown\n\n"
        "Separatist fighters have announced a two-week lockdown from December 1 in what they "
        "say is a protest against the continued detention of their leaders. Traders in "
        "Bamenda said they feared a repeat of previous lockdowns, when shops that opened were "
        "set ablaze.",
    )
    assert events == []


def test_settlers_are_the_attackers_not_the_soldiers_who_came_after(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Settlers attack village\n\n"
        "On Tuesday evening, dozens of Israeli settlers, some of them masked, attacked the "
        "village of Sinjil, setting fire to a house and beating residents, witnesses said. "
        "Residents said Israeli soldiers arrived after the attack and fired tear gas at "
        "villagers.",
    )
    assert [e.actor1 for e in events] == ["Settlers (Israel)"]


def test_a_paragraph_saying_when_and_where_the_ledes_clashes_took_place_places_and_dates_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Miners' protest toll rises\n\n"
        "LIMA, Nov 25 (Reuters) - The number of people killed in clashes between police and "
        "informal miners in southern Peru rose to two, the Ombudsman's Office said on "
        "Wednesday.\n\n"
        "The second man died late on Tuesday in a hospital, officials said.\n\n"
        "The clashes took place on Monday near the town of Chala, when police tried to clear "
        "a blockade. Police fired tear gas and, according to witnesses, live ammunition.",
    )
    assert [(e.event_date, e.location) for e in events] == [("2026-11-23", "Chala")]


def test_a_date_in_brackets_after_the_dateline_dates_the_report_and_a_groups_record_is_none(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Soldiers killed in Datu Piang clash\n\n"
        "COTABATO CITY (November 21, 2026) - Three soldiers were killed when government "
        "troops clashed with fighters of the Karialan faction of the BIFF, which has pledged "
        "allegiance to the Islamic State group, in Datu Piang on Thursday afternoon, the "
        "military said.",
    )
    assert [(e.sub_event_type, e.event_date) for e in events] == [("Armed clash", "2026-11-19")]
