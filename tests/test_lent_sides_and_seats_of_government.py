"""Lent sides and seats of government: a lede's named sides pass to the detail that tells
its deaths as the work of unknown men; a side that raided a house and detained a man
there is the arrester; a foreign strike's dead told as a group's members are that group's;
a capital told as its government ("which Kigali denies", "Damascus's control") is no
place; a region told in the possessive before its district is no second place; a town's
spelling matched by a hamlet's own name still means the town; the Palestinian
Authority's forces, Iraq's Popular Mobilization Forces and the Wazalendo are known; a
state's postal code is no place without a town before it; and tolls told by a news
outlet, after a vague lede or after a crowd's clause are read as the report means them."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.fatalities import find_counts
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer, geoparse
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


# --- sides ---------------------------------------------------------------------------------


def test_a_ledes_named_sides_pass_to_the_detail_of_unknown_gunmen(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Suspected Islamic State fighters have killed two members of the Kurdish-led Syrian "
        "Democratic Forces (SDF) in an attack on a checkpoint in Syria's eastern Deir ez-Zor "
        "province.\n\n"
        "Gunmen on motorcycles opened fire on the checkpoint at the entrance of the town of "
        "Dhiban late on Tuesday, killing two fighters before fleeing, the SDF said.",
    )
    assert [(e.actor1, e.actor2, e.fatalities) for e in events] == [
        ("Islamic State (Syria)", "QSD: Syrian Democratic Forces", 2)
    ]


def test_a_side_that_raided_a_house_and_detained_a_man_is_the_arrester(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "On Wednesday, SDF fighters raided a house in the town of al-Shuhayl in Deir ez-Zor and "
        "detained a man they described as a senior leader of an ISIL cell.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [
        ("QSD: Syrian Democratic Forces", "Islamic State (Syria)")
    ]


def test_a_foreign_strikes_dead_told_as_a_groups_members_are_that_group(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A Turkish drone struck a car on a mountain road in northern Iraq's Kurdistan region "
        "on Wednesday, killing two men described by Kurdish authorities as members of the "
        "Kurdistan Workers' Party (PKK), officials said.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Military Forces of Turkey (2002-)", "PKK: Kurdistan Workers Party")
    ]


def test_foreign_artillery_is_no_side_it_hit(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Turkish artillery pounded the village of Kani Masi in Duhok province's Amedi "
        "district on Tuesday.",
    )
    assert [(e.location, e.actor1, e.actor2) for e in events] == [
        ("Kani Masi", "Military Forces of Turkey (2002-)", None)
    ]


def test_the_popular_mobilization_forces_are_iraqs(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "A fighter of the Popular Mobilization Forces (PMF) and two Islamic State militants "
        "were killed on Wednesday in a clash in Salahuddin province, the PMF said.",
    )
    assert {e.actor1 for e in events} == {
        "Military Forces of Iraq (2022-) Popular Mobilization Forces"
    }
    assert {e.inter1 for e in events} == {1}


def test_the_palestinian_authoritys_forces_are_palestines_police(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "PA security forces killed a gunman during a raid on the Balata refugee camp in "
        "Nablus on Tuesday.\n\n"
        "The PA security services spokesman said one of the gunmen was killed in the ensuing "
        "firefight.",
    )
    assert {(e.country, e.actor1, e.inter1) for e in events} == {
        ("Palestine", "Police Forces of Palestine (2007-)", 1)
    }
    assert len(events) == 1


def test_the_wazalendo_are_a_militia(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Wazalendo militiamen clashed with M23 rebels near Kashebere in North Kivu on Monday.",
    )
    assert {(e.actor1, e.inter1) for e in events} == {("Wazalendo", 3)}


def test_what_a_crowd_protests_against_is_no_side(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "A group of men wielding sticks attacked Papuan students protesting against military "
        "operations in the Papua highlands in Jakarta on Wednesday, leaving seven injured.",
    )
    assert "Military Forces of Indonesia (2024-)" not in {e.actor1 for e in events}


# --- places --------------------------------------------------------------------------------


def test_a_capital_told_as_its_government_is_no_place_to_borrow(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A Congolese army drone strike killed three fighters of the Twirwaneho militia in "
        "Minembwe in Congo's South Kivu province on Saturday.\n\n"
        "Congo's government accuses the militia of working with Rwanda, which Kigali denies.\n\n"
        "On Monday, Twirwaneho fighters attacked positions held by Burundian soldiers at "
        "Mikenge, about 40 km west of Minembwe, a local administrator said.",
    )
    assert {e.country for e in events} == {"Democratic Republic of Congo"}


def test_a_capitals_control_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "At least four people were killed in a clash between Druze gunmen and government "
        "security forces west of Suwayda, in a province that has largely escaped Damascus's "
        "control.",
    )
    assert {e.location for e in events} == {"As-Suwayda"}


def test_a_region_told_in_the_possessive_before_its_district_is_no_second_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Turkish artillery pounded the village of Kani Masi in Duhok province's Amedi "
        "district on Tuesday.",
    )
    assert len(events) == 1


def test_a_hamlets_own_name_does_not_hide_the_town_it_spells(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "In the town of Balakliia, a Russian drone struck a market on Tuesday morning, "
        "killing a woman. Balakliia lies about 70 km southeast of Kharkiv.",
    )
    assert [(e.location, e.admin1) for e in events] == [("Balakliya", "Kharkiv")]


def test_a_quarter_told_with_its_city_is_in_that_city(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "A student-led protest turned violent outside the parliament complex in Senayan, "
        "Central Jakarta, on Monday evening, with demonstrators torching a police post.",
    )
    assert [(e.location, e.admin1) for e in events] == [("Jakarta", "Jakarta")]


def test_a_states_postal_code_needs_a_town_before_it(nlp: Language, gazetteer: Gazetteer) -> None:
    alone = run(
        nlp,
        gazetteer,
        "The PA security services spokesman said officers came under fire in Nablus on "
        "Tuesday, and that one of the gunmen was killed in the ensuing firefight.",
    )
    assert {e.country for e in alone} == {"Palestine"}
    after_a_town = run(nlp, gazetteer, "A gunman killed two people in Pittsburgh, PA on Tuesday.")
    assert {e.admin1 for e in after_a_town} == {"Pennsylvania"}


def test_a_group_active_across_borders_does_not_move_a_report_abroad(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Two men suspected of collaborating with Allied Democratic Forces (ADF) rebels were "
        "lynched by an angry mob at Ntandi trading centre in Bundibugyo District on "
        "Saturday, police have said.",
    )
    assert [(e.country, e.fatalities) for e in events] == [("Uganda", 2)]


def test_where_a_crowd_came_from_is_not_where_it_gathered(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Around 150 residents of the Sudzha and Korenevo districts held a rally outside the "
        "regional government building in Kursk on Sunday, demanding compensation for homes "
        "destroyed during the Ukrainian incursion. The rally ended peacefully.",
    )
    assert [(e.sub_event_type, e.location) for e in events] == [("Peaceful protest", "Kursk")]


def test_a_protesters_home_town_is_no_place_and_the_crowd_no_toll(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "ISLAMABAD (AP) - Police fired tear gas and rubber bullets on Wednesday at thousands of "
        "supporters of imprisoned former Prime Minister Imran Khan who tried to reach the "
        "capital's Red Zone, and a police officer died after being struck on the head by a "
        "stone, authorities said.\n\n"
        "The protesters pelted police with stones and set fire to two police vehicles.\n\n"
        '"We came peacefully, they attacked us first," said Zubair Khan, a 28-year-old '
        "protester from Mardan, his eyes red from tear gas.",
    )
    assert [(e.location, e.fatalities) for e in events] == [("Islamabad", 1)]


def test_a_clocks_city_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    doc = nlp("The drones were destroyed between 8pm on Wednesday and 7am Moscow time.")
    assert "Moscow" not in {doc.text[t.start : t.end] for t in geoparse(doc, gazetteer)}


# --- no events -----------------------------------------------------------------------------


def test_operations_conducted_for_decades_are_a_habit(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Ankara has conducted ground and air operations against the PKK in northern Iraq for "
        "decades.",
    )
    assert statuses["air operations"] == "habit"


def test_a_battle_after_fighting_the_water_is_a_figure(nlp: Language) -> None:
    statuses = _statuses(
        nlp, '"We fought the water with our hands all night. The battle was lost by morning."'
    )
    assert statuses["battle"] == "figurative"


def test_a_budget_battle_is_no_fight(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The deal eases a bitter budget battle that had threatened salaries in the north."
    )
    assert statuses.get("battle", "figurative") != "asserted"


def test_a_ministrys_name_is_no_demonstration(nlp: Language) -> None:
    statuses = _statuses(nlp, "The Ministry of Solidarity said two people had drowned.")
    assert statuses.get("Solidarity", "thing") != "asserted"


def test_a_deal_sought_or_being_negotiated_is_none_yet(nlp: Language) -> None:
    sought = _statuses(
        nlp, "The talks are a fresh attempt to turn a framework into a lasting peace deal."
    )
    assert sought["peace deal"] == "hedged"
    talked = _statuses(nlp, "Officials said a ceasefire was being negotiated in Kohat.")
    assert talked["ceasefire"] == "hedged"


def test_a_legitimate_response_to_attacks_tells_them_as_the_cause(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Kyiv says its long-range campaign is a legitimate response to Russian attacks on its "
        "power grid.",
    )
    assert statuses["attacks"] == "cause"


def test_components_of_a_bomb_are_a_haul(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The man was detained on Tuesday with components of an improvised explosive device.",
    )
    assert statuses.get("improvised explosive device", "thing") != "asserted"


def test_firing_between_two_tribes_is_a_clash(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Heavy firing between rival Sunni and Shia tribes erupted in the village on Sunday."
    )
    assert statuses["Heavy firing between"] == "asserted"


# --- tolls ---------------------------------------------------------------------------------


def test_a_news_outlets_lower_total_is_the_conservative_toll(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen attacked a security checkpoint at the entrance of the town of Al Mazraa in "
        "Suwayda on Tuesday afternoon, sparking an exchange of fire. The ministry said three "
        "members of the security forces and two attackers were killed. The local news "
        "network Suwayda 24 reported four dead in total.",
    )
    assert [e.fatalities for e in events] == [4]


def test_an_outlets_number_and_a_sentences_closing_total() -> None:
    text = "The local news network Suwayda 24 reported four dead in total."
    assert [c.value for c in find_counts(text)] == [4]
    assert find_counts("Militants have killed 115 people in total this year.") == []


def test_a_figure_replaces_a_ledes_word_for_one(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "BAGHDAD (AP) - Iraqi warplanes bombed an Islamic State hideout in the western desert "
        "of Anbar province, killing several militants, the military said Wednesday.\n\n"
        "The Joint Operations Command said F-16 jets struck a cave complex southwest of the "
        'town of Rutba late Tuesday. An initial statement said five "terrorists" were '
        "killed.",
    )
    assert [e.fatalities for e in events] == [5]


def test_a_suspects_deed_told_before_the_verb_of_his_death_is_no_blame() -> None:
    assert [c.value for c in find_counts("Two men suspected of theft were lynched.")] == [2]
    assert find_counts("He is accused of killing two farmers.") == []


def test_a_crowd_before_a_clause_of_its_own_is_no_toll() -> None:
    text = (
        "Police fired tear gas on Wednesday at thousands of supporters who tried to reach the "
        "Red Zone, and a police officer died after being struck on the head by a stone."
    )
    assert [c.value for c in find_counts(text)] == [1]


def test_an_army_spokesmans_lower_toll_after_a_count_of_bodies(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Suspected ADF rebels killed villagers with machetes in an overnight raid on a "
        "village near Beni in North Kivu province on Tuesday, local officials said.\n\n"
        '"We counted 23 bodies this morning, among them women and children," said the '
        "president of civil society in Beni territory. Army spokesman Captain Jules "
        "Ngalula put the death toll at 14 civilians.",
    )
    assert 23 not in {e.fatalities for e in events}


# --- more from the same reports ------------------------------------------------------------


def test_a_wife_and_two_of_their_children_killed_along_with_him() -> None:
    text = (
        "An Israeli air strike killed a senior commander of Hamas's armed wing along with his "
        "wife and two of their children, health officials said."
    )
    assert sum(c.value for c in find_counts(text)) == 4


def test_a_lands_civil_defence_and_a_groups_name_are_no_places(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    doc = nlp(
        "An Israeli strike in Khan Younis killed a Hamas commander. The Gaza civil defence "
        "agency said rescuers pulled four bodies from the rubble."
    )
    places = {doc.text[t.start : t.end]: t for t in geoparse(doc, gazetteer)}
    assert "Hamas" not in places
    events = run(
        nlp,
        gazetteer,
        "An Israeli air strike on a house in Khan Younis on Wednesday killed a Hamas "
        "commander along with his wife and two of their children.\n\n"
        "The Gaza civil defence agency said rescuers pulled four bodies from the rubble.\n\n"
        'Hamas confirmed his death in a statement and called the strike "a flagrant '
        'violation" of the truce.',
    )
    assert [(e.location, e.sub_event_type, e.fatalities) for e in events] == [
        ("Khan Yunis", "Air/drone strike", 4)
    ]


def test_a_road_in_the_south_of_a_region_named_for_its_city_is_one_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Medics said Israeli troops opened fire on a group of people near the Rafah crossing "
        "road in southern Gaza late on Tuesday, killing two men.",
    )
    assert [e.location for e in events] == ["Rafah"]


def test_no_exchange_of_fire_leaves_a_bomb_a_bomb(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "An improvised explosive device planted on the track exploded as the train passed "
        "near Mach on Tuesday evening. One railway employee was killed, the spokesman said.\n\n"
        '"There was no exchange of fire and no soldiers were martyred. The terrorists are '
        'spreading propaganda," he told reporters, adding that the injured had been shifted '
        "to the Civil Hospital in Sibi.",
    )
    assert [e.sub_event_type for e in events] == ["Remote explosive/landmine/IED"]


def test_a_border_crossing_named_by_its_two_towns(nlp: Language, gazetteer: Gazetteer) -> None:
    doc = nlp("Taliban forces opened fire on posts near the Spin Boldak-Chaman crossing.")
    assert {doc.text[t.start : t.end] for t in geoparse(doc, gazetteer)} >= {"Spin Boldak"}


def test_weapons_tests_and_what_sanctions_punish_are_no_strikes(nlp: Language) -> None:
    sanctions = _statuses(
        nlp, "Japan decides new sanctions against DPRK over nuke test, rocket launch"
    )
    assert sanctions["rocket"] != "asserted"
    tests = _statuses(
        nlp, "France asked for new sanctions against Iran after the recent missile tests."
    )
    assert tests["missile"] != "asserted"


def test_a_gas_leak_a_thing_tied_to_a_murder_and_a_copied_report_tell_no_event(
    nlp: Language,
) -> None:
    leak = _statuses(
        nlp, "At least 280 people were affected after inhaling poisonous gas leaked from a factory."
    )
    assert leak["poisonous gas"] != "asserted"
    tied = _statuses(
        nlp,
        "Two firearms, one of which is said to be related to a murder, and several rounds of "
        "ammunition were seized in Kingston over the weekend.",
    )
    assert tied["murder"] != "asserted"
    assert tied["ammunition were seized"] == "asserted"
    copied = _statuses(
        nlp, "Sources were cited by the Associated Press website, taken over by mediafax."
    )
    assert copied.get("taken over", "thing") != "asserted"


def test_missiles_launched_at_a_target_told_are_a_strike(nlp: Language) -> None:
    aimed = _statuses(
        nlp,
        "The warships launched 205 missiles on Tuesday targeting three weapons depots in Hvozd.",
    )
    assert "asserted" in aimed.values()


def test_a_street_in_the_town_its_previous_paragraph_names_alone(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    doc = nlp(
        "BELGRADE, Jan 21 - Police in Belgrade forcibly removed students who had been blocking "
        "the entrance to the public broadcaster on Wednesday, detaining eight.\n\n"
        "Around 300 students had sat down in Takovska Street early on Wednesday.\n\n"
        "Late on Monday, police in Novi Sad arrested four members of a student movement, the "
        "prosecutor said. Novi Sad has seen daily protests. A Novi Sad councillor condemned it."
    )
    street = [t for t in geoparse(doc, gazetteer) if doc.text[t.start : t.end] == "Takovska Street"]
    assert [t.place.name for t in street if t.place is not None] == ["Belgrade"]


def test_a_regions_governor_and_another_tellers_fight_place_no_bombing(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "KYIV, Jan 21 (Reuters) - Russian glide bombs killed three people in the eastern "
        "Ukrainian city of Kramatorsk on Tuesday, the regional governor said, as Ukraine's "
        "military reported intense fighting around the nearby city of Kostiantynivka.\n\n"
        "Two bombs hit a residential neighbourhood in the city centre, destroying a house, "
        "Donetsk regional governor Vadym Filashkin said. Three people were killed, he said.",
    )
    strikes = [e for e in events if e.event_type == "Explosions/Remote violence"]
    assert [(e.location, e.fatalities) for e in strikes] == [("Kramatorsk", 3)]


def test_a_crowds_violence_told_in_another_places_clause_leaves_this_one_peaceful(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "SULAIMANI, Kurdistan Region - Thousands of teachers took to the streets of Sulaimani "
        "on Wednesday to protest against months of delayed salaries, while a protest in the "
        "town of Kalar turned violent, with demonstrators pelting a government building with "
        "stones.",
    )
    assert sorted((e.location, e.sub_event_type) for e in events) == [
        ("Kelar", "Violent demonstration"),
        ("Sulaymaniyah", "Peaceful protest"),
    ]
    both = run(
        nlp, gazetteer, "Protesters burned tyres and threw stones at police in Kalar and Sulaimani."
    )
    assert {e.sub_event_type for e in both} == {"Violent demonstration"}
