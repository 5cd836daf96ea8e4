"""Roundups, desks and seized arms: a roundup's next item keeps its own blame; a desk in
capitals is its city; a toll told for a span, a campaign's age, talks yet to be held and a
trade's struggle are no events; grenades seized are arms held; a victim said to be a
group's man or its informer is no side of it; a site placed in a town, a hospital on the
way and an outlet named after a country are no event's place; and a few readings of tolls
and actors (a dismissed claim, a clash's toll told by its statement's day, letters a
report spells out as another force, India's CRPF)."""

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


def _templates(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [f.template for f in find_actors(doc, 0, len(doc.text))]


# --- no events: spans, campaigns, talks, trade and figures of speech --------------------


def test_the_other_of_two_told_one_by_one_died_too() -> None:
    assert (
        sum(c.value for c in find_counts("One was killed at once and the other died later.")) == 2
    )
    assert sum(c.value for c in find_counts("One guard was killed and the other escaped.")) == 1


def test_a_demand_made_while_condemning_is_no_crowds(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The party's provincial chief condemned the murder and demanded the arrest of the "
        "killers within a week.",
    )
    assert statuses.get("demanded the") != "asserted"


def test_fighting_banditry_is_a_task_not_a_fight(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The vigilante corps was set up to support the army in fighting banditry in the "
        "border districts.",
    )
    assert statuses["fighting"] != "asserted"


def test_a_battle_this_time_against_the_water_is_a_figure(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Villagers who fled the war now face another battle, this time against the water."
    )
    assert statuses["battle"] == "figurative"


def test_a_wars_toll_since_a_year_is_its_span(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The region has seen a surge of violence since the war began in March 2024, with "
        "more than 2,000 people killed by troops or militias.",
    )
    assert statuses["killed"] == "past"


def test_attacks_over_the_same_period_are_its_span(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The army says dozens of its men have died in ambushes over the same period and "
        "blames the rebels.",
    )
    assert statuses["ambushes"] == "past"


def test_a_battle_over_the_details_is_a_haggle(nlp: Language) -> None:
    statuses = _statuses(nlp, '"The battle now is over the details of the handover," he said.')
    assert statuses["battle"] == "figurative"


def test_a_group_disarmed_until_is_a_condition(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The army will not leave the town until the militia is completely disarmed."
    )
    assert statuses["disarmed"] == "hedged"


def test_rescuers_battling_to_save_residents_fight_no_one(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Firefighters battled for hours to rescue residents trapped in the flooded houses."
    )
    assert statuses["battled"] != "asserted"


def test_deeds_that_still_occur_regularly_are_a_habit(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The province is calmer than a decade ago, but ambushes still occur regularly."
    )
    assert statuses["ambushes"] == "habit"


def test_attacks_each_round_was_followed_by_are_a_habit(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Every ceasefire so far has been followed by a wave of attacks on the highway."
    )
    assert statuses["attacks"] == "habit"


def test_a_battle_moved_to_the_negotiating_table_is_a_figure(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The fighting must move from the front line to the negotiating table, he said."
    )
    assert statuses["fighting"] == "figurative"


def test_talks_to_be_resumed_are_not_yet_held(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The government and the main rebel group will resume formal peace talks in the "
        "capital next month, the facilitator announced on Thursday.",
    )
    assert statuses["peace talks"] == "hedged"


def test_a_group_told_by_the_war_it_wages_fights_no_battle(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The front, the largest rebel group fighting in the hills, denied the report."
    )
    assert statuses["fighting"] == "habit"


def test_an_offensive_in_its_third_year_is_a_campaign(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Officials spoke as the offensive against the militants enters its third year."
    )
    assert statuses["offensive"] == "habit"


def test_makers_fighting_for_orders_fight_no_one(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Textile mills fought to win back orders from European buyers last quarter."
    )
    assert statuses["fought"] == "figurative"


def test_named_groups_that_have_demanded_state_a_position(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The Naga armed groups have demanded a separate flag and constitution."
    )
    assert statuses.get("demanded a") != "asserted"


def test_grenades_seized_are_arms_held(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Officers said a grenade and cash were seized from the suspects' car."
    )
    assert statuses["grenade"] == "thing"


# --- actors ---------------------------------------------------------------------------


def test_a_victim_said_to_be_a_groups_informant_is_no_side(nlp: Language) -> None:
    templates = _templates(
        nlp, "A mob beat to death a man suspected of being an al Shabaab informant."
    )
    assert not any("Shabaab" in t for t in templates)
    templates = _templates(
        nlp, "Gunmen killed a farmer after accusing him of being a police informer."
    )
    assert not any(t.startswith("Police") for t in templates)


def test_the_force_a_victim_passed_word_to_is_no_side(nlp: Language) -> None:
    templates = _templates(
        nlp, "A note left by the body said he had been passing information to the army."
    )
    assert not any(t.startswith("Military") for t in templates)


def test_maoists_allegedly_killing_are_the_maoists(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "RAIPUR, Nov 26 - Maoists allegedly killed a village head in Bijapur district on "
        "Tuesday night, police said.",
    )
    assert [e.actor1 for e in events] == ["CPI (Maoist): Communist Party of India (Maoist)"]


def test_the_crpf_is_indias_police(nlp: Language) -> None:
    assert "Police Forces of India" in _templates(
        nlp, "A CRPF patrol was ambushed near the forest."
    )


def test_letters_spelt_out_as_another_force_are_that_force(nlp: Language) -> None:
    templates = _templates(
        nlp,
        "Puntland Defence Forces (PDF) raided a camp on Monday. A PDF commander said the "
        "camp was destroyed.",
    )
    assert "PDF: People's Defense Force" not in templates


def test_israeli_fire_is_israels_forces(nlp: Language) -> None:
    assert "Military Forces of Israel" in _templates(
        nlp, "Israeli gunfire killed a fisherman off the coast, medics said."
    )


def test_a_roundups_next_item_keeps_its_own_blame(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "PESHAWAR, Nov 26 - Attacks continued across the south of the province this week.\n\n"
        "In Bannu, a shopkeeper was shot dead by unidentified gunmen on Monday evening, "
        "police said.\n\n"
        "In Karak, militants attacked a police post late on Wednesday. An official blamed "
        "fighters of the Tehreek-e-Taliban Pakistan.",
    )
    bannu = [e for e in events if e.location == "Bannu"]
    assert bannu and bannu[0].actor1 == "Unidentified Armed Group (Pakistan)"


# --- places ---------------------------------------------------------------------------


def test_a_desk_in_capitals_is_its_city(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "GAZA, Nov 26 (Reuters) - Israeli gunfire killed two fishermen in Rafah on Wednesday, "
        "local health officials said.",
    )
    assert [(e.country, e.location) for e in events] == [("Palestine", "Rafah")]


def test_a_victims_charge_places_no_deed(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "On Tuesday, Boko Haram fighters killed four herders near Gwoza.\n\n"
        "In a separate incident on Wednesday, a mob beat to death a man suspected of being a "
        "Boko Haram informant in the Gwange area of Maiduguri.",
    )
    assert "Maiduguri" in [e.location for e in events]


def test_an_area_on_a_towns_outskirts_is_no_town_abroad(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "PESHAWAR, Nov 26 - In Tank, unknown militants blew up a girls' school in the Shah Alam "
        "area on the outskirts of the city on Tuesday, police said.",
    )
    assert [e.country for e in events] == ["Pakistan"]


def test_the_victims_home_province_is_no_place_of_the_killing(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "KARACHI, Nov 26 (AP) - Gunmen stopped two buses on a highway in southwestern "
        "Pakistan late Tuesday and shot dead five men from the eastern province of Punjab, "
        "officials said.",
    )
    assert [e.admin1 for e in events] != ["Punjab"]


def test_a_site_placed_in_a_town_is_at_that_town(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Rival student groups clashed with sticks at Chittagong University in Hathazari on "
        "Tuesday night, injuring 12, police said.",
    )
    assert [e.location for e in events] == ["Hathazari"]


def test_a_press_club_is_its_towns(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "DHAKA, Nov 26 - Hundreds of teachers formed a human chain in front of the Narsingdi "
        "Press Club on Wednesday, demanding higher pay.",
    )
    assert [e.location for e in events] == ["Narsingdi"]


def test_the_hospital_on_the_way_is_no_place_of_the_clash(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Two men were killed when rival party supporters clashed with machetes in "
        "Narsingdi's Raipura Upazila on Monday. One died on the spot and the other on the way "
        "to Dhaka Medical College Hospital, police said.",
    )
    assert [(e.location, e.fatalities) for e in events] == [("Narsingdi", 2)]


def test_an_outlet_named_after_its_country_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "A military air strike on a market in Rakhine State's Ponnagyun Township killed seven "
        "people on Monday, a rescuer told Myanmar Now.",
    )
    assert [e.admin1 for e in events] == ["Rakhine"]


# --- tolls, days and retellings ---------------------------------------------------------


def test_a_toll_of_the_clash_told_later_is_the_clashs(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "GAROWE, Nov 26 - Puntland forces killed six Islamic State fighters in a gun battle "
        "near Qandala on Tuesday, officials said.\n\n"
        "Two soldiers also died in the clash, the security ministry said in a statement on "
        "Wednesday.",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [("2026-11-24", 8)]


def test_a_claim_dismissed_as_propaganda_is_no_toll(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        'Officials dismissed as "propaganda" a claim by the Islamic State\'s Amaq news agency '
        "that its fighters had killed six soldiers in a roadside bomb attack near Qandala on "
        "Saturday. The governor said a vehicle had struck a device but that no one was killed.",
    )
    assert [e.fatalities for e in events] == [0]


def test_a_jet_dropping_two_bombs_is_one_strike(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "A military air strike on a market in Sagaing Region's Kani Township on Monday killed "
        "at least six civilians, residents said.\n\n"
        "A fighter jet dropped two bombs on the market at around noon on Monday, when it was "
        "crowded with traders. A rescue worker told Myanmar Now that eight bodies had been "
        "found.",
    )
    assert len(events) == 1


def test_a_raid_to_arrest_men_held_for_attacks_is_the_arrests(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "On Wednesday, Israeli troops raided several homes in Nablus, arresting four men the "
        'army said were "involved in planning shooting attacks".',
    )
    assert [e.sub_event_type for e in events] == ["Arrests"]


# --- more backdrops, positions and calm arrests ------------------------------------------


def test_a_shot_not_fired_is_no_shot(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The suspect was detained at a roadblock without a shot being fired, police said."
    )
    assert statuses["shot"] == "negated"


def test_an_arrest_made_without_a_shot_is_the_arrest(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "The National Guard on Tuesday arrested a local cartel boss in Zamora, Michoacan. "
        "Officials said he was detained at a checkpoint without a shot being fired and was "
        "wanted for extortion and kidnapping.",
    )
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_a_demand_told_in_the_perfect_is_a_position(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Local elders, however, have demanded a bigger share of the mine's profits."
    )
    assert statuses["demanded a"] != "asserted"


def test_words_of_war_in_business_news_are_figures(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        'Officials described a "battle" to reassure lenders. "Buyers have been bombarded '
        'with headlines," the minister said, calling the loan a shot in the arm.',
    )
    assert statuses["battle"] == "figurative"
    assert statuses["bombarded"] == "figurative"
    assert statuses["shot"] == "figurative"


def test_an_attack_every_time_is_a_habit(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Every time there is an ambush on the road, the price of flour doubles."
    )
    assert statuses["ambush"] == "habit"


def test_a_deed_of_a_years_when_clause_is_past(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Thousands have fled since fighting escalated after 2019, when rebels killed at "
        "least 17 road builders.",
    )
    assert statuses["fighting"] == "past"
    assert statuses["killed"] == "past"


def test_a_deed_in_a_clause_about_a_past_years_protests_is_past(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The country was shaken by protests in 2019 following the death of a student in a "
        "police cell, which were met with a crackdown that killed more than 300 people.",
    )
    assert statuses["killed"] == "past"


def test_a_death_in_custody_is_no_arrest(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Protests followed the death of a student in custody, rights groups said."
    )
    assert statuses["custody"] != "asserted"


def test_riots_a_charge_names_in_quotes_are_the_charge(nlp: Language) -> None:
    statuses = _statuses(
        nlp, 'Police arrested 30 people in Tabriz accused of "organising riots" on Sunday.'
    )
    assert statuses["riots"] == "thing"


def test_a_sit_in_dispersing_peacefully_is_a_peaceful_protest(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "In Sidon, dozens of fishermen staged a sit-in on Monday outside the port offices, "
        "demanding compensation. They blocked the road briefly with their boats on trailers "
        "before dispersing peacefully.",
    )
    assert [e.sub_event_type for e in events] == ["Peaceful protest"]


def test_a_given_name_in_a_quarters_name_is_no_town(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "RIO DE JANEIRO - Gunmen from a drug faction tried to invade the Vila do João community "
        "in Rio de Janeiro on Saturday, triggering gunfights that killed three people.",
    )
    assert [e.location for e in events] == ["Rio de Janeiro"]


def test_what_we_must_also_do_is_not_done(nlp: Language) -> None:
    statuses = _statuses(nlp, "We must also attack the gangs through the courts, he said.")
    assert statuses["attack"] == "hedged"


def test_drought_killing_livestock_is_no_attack(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Families fled as a failed rainy season dried up wells and killed livestock."
    )
    assert statuses["killed"] == "thing"
    statuses = _statuses(nlp, "Gunmen attacked flood victims and killed nine in a camp.")
    assert statuses["killed"] == "asserted"


def test_a_years_toll_as_gangs_fought_is_that_years(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The country recorded 8,000 killings in 2024, a record, as gangs battled over ports.",
    )
    assert statuses["battled"] == "past"


def test_attacks_a_group_is_accused_of_launching_are_a_purpose(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The strikes targeted the TTP, which Islamabad accuses of using Afghan soil to launch "
        "attacks.",
    )
    assert statuses["attacks"] == "hedged"


def test_a_states_posts_are_its_forces(nlp: Language) -> None:
    assert "Military Forces of Pakistan" in _templates(
        nlp, "Afghan border forces fired on Pakistani posts near the crossing."
    )


def test_the_force_a_militia_fights_beside_is_no_side(nlp: Language) -> None:
    templates = _templates(
        nlp,
        "Two members of the Civilian JTF, a vigilante group that fights alongside the "
        "military, were killed by a roadside bomb.",
    )
    assert not any(t.startswith("Military") for t in templates)


def test_the_dead_named_at_length_are_counted() -> None:
    text = (
        "Three members of the Civilian Joint Task Force (CJTF), a vigilante group from the "
        "town, were killed on Monday."
    )
    assert sum(c.value for c in find_counts(text)) == 3


def test_bodies_a_mayor_says_villagers_recovered_are_the_lower_toll(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The army said seven militants died when soldiers overran a camp near Butig on "
        "Sunday. But Butig's mayor told AFP that villagers had recovered \"at least three "
        'bodies".',
    )
    assert [e.fatalities for e in events] == [3]


def test_an_attack_bearing_a_groups_signature_is_its(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "A female suicide bomber detonated explosives near the central mosque in Mora, in "
        "Cameroon's Far North region, on Tuesday evening, killing three civilians, security "
        "sources said.\n\n"
        'The Divisional Officer told The Guardian Post that the attack "bears the signature of '
        'Boko Haram," adding that the wounded had been evacuated to Maroua.',
    )
    assert [e.actor1 for e in events] == [
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad"
    ]


def test_bodies_found_with_gunshot_wounds_name_an_attack(nlp: Language) -> None:
    doc = nlp(
        "On Monday, the bodies of four men with gunshot wounds were found dumped beside a "
        "highway on the edge of the city."
    )
    subs = {t.sub_event_type for s in doc.sents for t in find_triggers(doc, s)}
    assert "Attack" in subs


def test_a_groups_martyrdom_operation_is_its_claim(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "At least five people, including three soldiers, were killed when a suicide bomber "
        "rammed an explosives-laden car into a military checkpoint outside Marka on Tuesday "
        "morning, police said.\n\n"
        'Al-Shabaab said in a statement that its "martyrdom operation" had killed 30 soldiers. '
        "Officials rejected the claim.",
    )
    assert "Al Shabaab" in {events[0].actor1, events[0].actor2}


def test_an_explosive_planted_by_a_group_is_its(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Two soldiers were killed on Tuesday when their vehicle hit a roadside device in Lamu "
        "county. The explosive, believed to have been planted by al Shabaab militants, went "
        "off at about 10am.",
    )
    assert "Al Shabaab" in {events[0].actor1, events[0].actor2}


def test_the_capitals_a_crowd_chants_against_are_not_its_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "ERBIL, Nov 26 - On Tuesday, hundreds of teachers demonstrated in front of the "
        "governorate building in Sulaimani city, demanding four months of delayed salaries. "
        "Protesters chanted against both Baghdad and Erbil, and the rally ended without clashes.",
    )
    assert [e.location for e in events] == ["Sulaymaniyah"]


def test_words_of_war_in_election_and_trade_news_are_figures(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The party's candidate stormed to victory in the by-election, a result analysts said "
        'reinforced the party\'s grip on the province. "This is a battle for market share," '
        "an economist said.",
    )
    assert statuses["stormed"] == "figurative"
    assert statuses["reinforced"] == "figurative"
    assert statuses["battle"] == "figurative"


def test_an_audience_told_by_its_gathering_is_no_protest(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The winner thanked supporters who gathered outside the returning officer's office.",
    )
    assert statuses["gathered outside"] == "described"


def test_merged_districts_are_no_groups_merger(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Vaccinators have often been attacked, particularly in the merged tribal districts."
    )
    assert "merged" not in statuses


def test_attackers_sent_to_hell_are_dead() -> None:
    text = 'Two soldiers were killed and four attackers were "sent to hell", the army said.'
    assert sum(c.value for c in find_counts(text)) == 6


def test_a_group_saying_it_carried_out_the_killings_is_their_doer(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "QUETTA, Nov 26 - On Tuesday, gunmen stopped a bus near Kalat and shot dead four "
        "labourers, the deputy commissioner said. The Balochistan Liberation Front (BLF) said "
        "it carried out the killings.",
    )
    assert [e.actor1 for e in events] == ["BLF: Balochistan Liberation Front"]


def test_a_blast_no_group_claimed_borrows_no_side(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "QUETTA, Nov 26 - Fighters of the Baloch Liberation Army stormed an army camp near "
        "Turbat on Monday night, killing three soldiers, the military said.\n\n"
        "Early Wednesday, an explosive device damaged a railway track near Mach, suspending "
        "train services to Quetta. No one was hurt. No group claimed the blast.",
    )
    mach = [e for e in events if e.location == "Mach"]
    assert [e.actor1 for e in mach] == ["Unidentified Armed Group (Pakistan)"]
    assert "Quetta" not in [e.location for e in events]


def test_bombs_a_signature_of_a_groups_cells_are_its(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "A small bomb exploded outside a shop in Yala late on Sunday, injuring three people, "
        "officials said.\n\n"
        "Police said it was a pipe bomb with a timer, a signature of insurgent cells linked to "
        "the Barisan Revolusi Nasional (BRN).",
    )
    assert [e.actor1 for e in events] == ["BRN: Barisan Revolusi Nasional"]


def test_a_ledes_deeds_in_the_perfect_give_way_to_the_days_told_after(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gangs in Haiti have kidnapped a busload of passengers outside the capital, as "
        "violence spreads.\n\n"
        "Gunmen from the 400 Mawozo gang stopped a bus on National Road 8 near "
        "Croix-des-Bouquets on Tuesday and abducted nine passengers, police said.",
    )
    assert [e.location for e in events] == ["Croix-des-Bouquets"]


def test_a_small_town_abroad_matched_without_its_article_is_no_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "BEIRUT, Nov 26 (AFP) - Clashes between Bedouin tribal fighters and Druze gunmen in "
        "Syria's southern Suwayda province killed at least four people this week, a war "
        "monitor said.\n\n"
        "The fighting erupted on Monday when Bedouin gunmen attacked a checkpoint manned by "
        "Druze fighters on the western outskirts of Al-Mazraa. Three Druze fighters and one "
        "Bedouin gunman were killed.\n\n"
        "Suwayda saw intense violence in July 2025. Israel carried out strikes at the time, "
        "saying it was protecting the Druze.",
    )
    assert [e.country for e in events] == ["Syria"]


def test_a_party_to_talks_is_no_name_for_the_insurgents(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "YALA, Nov 26 - A rubber tapper was shot several times by two men on a motorcycle "
        "while tapping rubber in Bannang Sata district on Wednesday. He died at the scene. "
        "Police found spent cartridges nearby and believe insurgents were behind the "
        "attack.\n\n"
        "Officials said the attacks were meant to derail peace talks between Bangkok and the "
        "Barisan Revolusi Nasional (BRN).",
    )
    # (unnamed insurgents in Thailand's far south are ACLED's Malay Muslim Separatists)
    assert [e.actor1 for e in events] == ["Malay Muslim Separatists (Thailand)"]


def test_a_lede_taking_a_base_is_no_summary_of_the_clashes_before(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The Arakan Army says it has captured a military base on the outskirts of Kyaukphyu "
        "after two days of fighting.\n\n"
        "The group said on Wednesday its fighters overran the base on Tuesday, following "
        "clashes that began early on Monday.",
    )
    assert "Non-state actor overtakes territory" in [e.sub_event_type for e in events]
