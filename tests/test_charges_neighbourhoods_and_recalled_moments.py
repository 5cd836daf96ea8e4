"""Charges, neighbourhoods and recalled moments: a killing "blamed on" a group is that
group's; a side's charges in the present inside a quotation, what its strikes "aim" at and
what a government "rarely" comments on are no events; a multitude of "the enemy" a side
claims is not counted, nor "an earlier toll" a new one raised; shells "fired from M23-held
hills" are the M23's; the attackers "whom the army identified as fighters of" a group are
that group's and the army telling it no side; "members of" a militia named after a comma are
the militia; a side's agency and its spokesman "for" another tell the news, they are not in
it; a claimed "ambush" names its claimant; "Katiba Macina" is JNIM's. Places: the massacres
a crowd wants stopped, the hills the attackers "fled towards", a train's "Peshawar-bound"
destination, the ports a ban forbids and a tanker hit "since early January, when" are not
the deed's places; "the Tierra Blanca neighborhood" is the city's quarter; residents "from
villages in the municipalities of" two towns came from there; "(Nairobi) –" is a dateline.
Passages: a paragraph opening "Elsewhere," is its own scene, "In the nearby town of" another
place of the same attack, a quotation's moment "he was describing" is dated by it and the
means told after a blast heard is the bombing's; a blockade told "peaceful" in the next
paragraph is no riot; "the attack took place" in a DRC "territory" hands no ground over; and
men arrested "with gunshot wounds" were arrested, not attacked."""

from __future__ import annotations

from spacy.language import Language

from eventwire.datelines import dateline_spans
from eventwire.events.actors import find_actors
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from reports import run

# --- sides --------------------------------------------------------------------------------


def test_civilians_killed_in_an_attack_blamed_on_rebels_are_the_rebels_victims(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "At least 11 villagers were killed in an attack blamed on Allied Democratic Forces "
        "(ADF) rebels near Oicha in Congo's North Kivu province on Tuesday, local officials "
        "said, as rescue teams continued to search the surrounding fields.",
    )
    assert [(e.event_type, e.actor1, e.actor2) for e in events] == [
        (
            "Violence against civilians",
            "ADF: Allied Democratic Forces",
            "Civilians (Democratic Republic of Congo)",
        )
    ]


def test_the_attackers_the_army_identified_as_a_groups_fighters_are_that_group(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Militiamen attacked a camp for displaced people near Bunia in Congo's Ituri province "
        "on Tuesday night, killing at least six people, the army said.\n\n"
        "The attackers, whom the army identified as fighters of the CODECO militia, burned "
        "shelters and were shooting at people as they fled, an army spokesman said.",
    )
    assert [(e.event_type, e.actor1, e.fatalities) for e in events] == [
        (
            "Violence against civilians",
            "CODECO: Cooperative for the Development of Congo",
            6,
        )
    ]


def test_members_of_a_militia_named_after_a_comma_are_that_militia(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Members of Burkina Faso's state-backed militia, the Volunteers for the Defense of "
        "the Homeland (VDP), killed at least six Fulani men near Tougan on Sunday, a rights "
        "group said.",
    )
    assert [(e.actor1, e.inter1, e.fatalities) for e in events] == [
        ("VDP: Volunteers for the Defense of the Homeland", 3, 6)
    ]


def test_fighters_identified_by_residents_as_katiba_macina_are_jnim(nlp: Language) -> None:
    text = (
        "The attackers, identified by residents as fighters of the Katiba Macina, arrived "
        "on motorbikes and set fire to the granaries."
    )
    doc = nlp(text)
    found = {
        (f.template, f.syntax)
        for f in find_actors(doc, 0, len(text))
        if f.role == "armed" and f.syntax == "agent"
    }
    assert found == {("JNIM: Group for Support of Islam and Muslims", "agent")}


def test_shells_fired_from_hills_a_group_holds_are_that_groups(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Three children were killed on Monday when shells fired from M23-held hills landed "
        "in a market in Minova, in Congo's South Kivu province, a health worker said.",
    )
    assert [(e.sub_event_type, e.actor1, e.fatalities) for e in events] == [
        ("Shelling/artillery/missile attack", "M23: March 23 Movement", 3)
    ]


def test_a_sides_agency_and_its_spokesman_for_another_tell_the_news(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A Panama-flagged tanker was hit by a missile in the Red Sea on Tuesday, about 30 "
        "nautical miles west of the Yemeni port of Mokha, the British military's United "
        "Kingdom Maritime Trade Operations (UKMTO) agency said.\n\n"
        "Yahya Saree, the military spokesperson for Yemen's Houthi movement, said that the "
        "group's naval forces had targeted the ship because it had violated the ban on "
        "entering the ports of occupied Palestine.",
    )
    assert [e.location for e in events] == ["Mocha"]
    assert not {"Military Forces of United Kingdom", "Military Forces of Yemen (2022-)"} & {
        e.actor1 for e in events
    }


def test_a_claimed_ambush_names_the_group_that_claimed_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Militants ambushed a Malian army convoy near Douentza in central Mali on Monday, "
        "killing at least four soldiers, the army said.\n\n"
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) claimed the ambush on Tuesday through "
        "its media outlet.",
    )
    assert [(e.event_type, e.actor1) for e in events] == [
        ("Battles", "JNIM: Group for Support of Islam and Muslims")
    ]


# --- no events ----------------------------------------------------------------------------


def test_a_sides_charges_in_the_present_in_a_quotation_are_no_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        '"Every week the junta chooses war. It sends drones against our positions and '
        'against our villages around Lashio," a rebel spokesman said on Wednesday.',
    )
    assert events == []


def test_what_a_sides_strikes_aim_at_and_what_it_rarely_comments_on_are_no_events(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Kyiv rarely comments on specific attacks inside Russia but says its drone strikes "
        "aim to destroy fuel depots used by Moscow's army.",
    )
    assert events == []


def test_a_tanker_hit_since_early_january_is_background(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A missile hit a bulk carrier off the Yemeni port of Mokha on Tuesday, the British "
        "military said.\n\n"
        "The attack was the first reported strike on a merchant ship in the area since early "
        "September, when the Houthis hit a Greek-owned tanker off Hodeidah.",
    )
    assert [(e.event_date, e.location) for e in events] == [("2026-11-24", "Mocha")]


# --- tolls --------------------------------------------------------------------------------


def test_a_multitude_of_the_enemy_a_side_claims_is_not_counted(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "M23 rebels captured the town of Nyabiondo in Congo's North Kivu province on Tuesday "
        "after two days of fighting with the army, residents said. At least three soldiers "
        "and a civilian were killed in the fighting, a local official said. The M23 said in a "
        'statement it had "neutralised dozens of enemy combatants".',
    )
    assert [e.fatalities for e in events] == [4]


def test_an_earlier_toll_a_new_one_raised_is_not_added(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "US air strikes on the port of Hodeidah late on Tuesday killed six dock workers, the "
        "Houthi-run health ministry said on Wednesday, raising an earlier toll of four.",
    )
    assert [e.fatalities for e in events] == [6]


# --- places -------------------------------------------------------------------------------


def test_the_massacres_a_crowd_wants_stopped_are_not_its_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Hundreds of students marched through the streets of Butembo on Tuesday to demand "
        "the departure of the UN mission, which they accuse of doing nothing to stop the "
        "massacres in Beni territory.\n\n"
        "The day before, a crowd beat to death a man they accused of spying for the rebels, "
        "police said.",
    )
    assert [(e.event_type, e.location) for e in events] == [
        ("Protests", "Butembo"),
        ("Violence against civilians", "Butembo"),
    ]


def test_the_hills_the_attackers_fled_towards_are_not_where_they_fought(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Taliban fighters stormed a police checkpoint in Lakki Marwat district late on "
        "Monday, killing four policemen in a gunfight, police said on Wednesday.\n\n"
        '"Our men fought until reinforcements arrived. Six of the terrorists were killed in '
        'the return fire," an officer said, adding that the others fled towards the hills '
        "bordering North Waziristan.",
    )
    assert [(e.location, e.fatalities) for e in events] == [("Lakki", 10)]


def test_a_trains_destination_is_not_where_the_bomb_hit_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A bomb planted on the track ripped through a Peshawar-bound passenger train near the "
        "town of Mach in Pakistan's Balochistan province on Tuesday, killing four people, "
        "officials said.",
    )
    assert [e.location for e in events] == ["Mach"]


def test_a_named_neighbourhood_is_the_citys_quarter(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "CULIACAN, Mexico, Nov 25 (Reuters) - Gunmen from rival cartel factions fought through "
        "a residential district of Culiacan on Tuesday afternoon, leaving at least five people "
        "dead, prosecutors said.\n\n"
        "The shooting broke out shortly after noon in the Tierra Blanca neighborhood, when "
        "gunmen intercepted a convoy of armed men, a security official said.\n\n"
        "Hours later, soldiers detained two wounded men at a private clinic, the Defense "
        "Ministry said.",
    )
    assert {(e.location, e.admin1) for e in events} == {("Culiacan", "Sinaloa")}


def test_residents_from_villages_of_two_municipalities_came_from_there(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Hundreds of residents from villages in the municipalities of Mugica and Apatzingan "
        "blocked the highway at the entrance to Nueva Italia on Tuesday, demanding that "
        "soldiers be stationed in their communities.",
    )
    assert [e.location for e in events] == ["Nueva Italia de Ruiz"]


def test_a_rights_groups_bracketed_dateline_is_where_it_filed(nlp: Language) -> None:
    text = "(Nairobi) – Soldiers killed at least eight men in northern Burkina Faso, a group said."
    assert [text[s:e] for s, e in dateline_spans(text)] == ["Nairobi"]


# --- passages -----------------------------------------------------------------------------


def test_a_paragraph_opening_elsewhere_is_a_scene_of_its_own(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Police fired tear gas and detained a dozen activists on Tuesday as they tried to march "
        "to the press club in Quetta to protest against enforced disappearances.\n\n"
        "Elsewhere, a shutter-down strike was observed in Turbat on Tuesday. Markets remained "
        "closed, and the party's supporters held a rally that ended without incident.",
    )
    assert [(e.sub_event_type, e.location) for e in events] == [
        ("Protest with intervention", "Quetta"),
        ("Peaceful protest", "Turbat"),
    ]


def test_a_nearby_town_hit_in_the_same_attack_is_an_event_of_its_own(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Russian drones slammed into apartment blocks in Kharkiv early on Wednesday, killing "
        "three people, the regional governor said.\n\n"
        "In the nearby town of Chuhuiv, a drone hit a private house during the same attack, "
        "injuring a woman, the governor said.",
    )
    assert [(e.location, e.fatalities) for e in events] == [("Kharkiv", 3), ("Chuhuyiv", 0)]


def test_the_moment_a_witness_described_dates_the_blast_and_names_its_means(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        '"We heard a massive explosion and when we ran outside there was black smoke '
        'everywhere," said a shopkeeper in Bannu, in northwest Pakistan.\n\n'
        "He was describing the moment on Monday when a suicide bomber rammed an "
        "explosives-laden car into a military convoy on the main road, killing three "
        "soldiers, according to security officials.",
    )
    assert [(e.sub_event_type, e.event_date, e.fatalities) for e in events] == [
        ("Suicide bomb", "2026-11-23", 3)
    ]


def test_a_blockade_told_peaceful_in_the_next_paragraph_is_no_riot(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Hundreds of farmers blocked the highway at the entrance to Apatzingan on Monday "
        "morning, demanding protection from cartel drone attacks.\n\n"
        "The protesters parked trucks and tractors across all four lanes, leaving freight "
        "vehicles stranded for kilometres. The blockade was peaceful, according to state "
        "authorities.",
    )
    assert [(e.event_type, e.actor1) for e in events] == [("Protests", "Protesters (Mexico)")]


def test_an_attack_that_took_place_in_a_territory_hands_no_ground_over(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The attack took place late on Sunday in a farming village in the Beni territory, "
        "some 40 kilometres north of the city of Beni.",
    )
    assert [e.sub_event_type for e in events] != ["Non-violent transfer of territory"]


def test_men_arrested_with_gunshot_wounds_were_arrested_not_attacked(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Soldiers arrested three men with gunshot wounds who had been brought to a private "
        "clinic in Culiacan, the Defense Ministry said in a statement.",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Arrests", "Military Forces of Mexico (2024-)")
    ]


def test_someone_the_forces_arrested_told_as_no_side_is_a_civilian(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "On Tuesday afternoon, gendarmes arrested Hamidou Traore, a presenter at a community "
        "radio station in Mopti, at the station's offices, his colleagues said.",
    )
    assert [(e.sub_event_type, e.actor2, e.inter2) for e in events] == [
        ("Arrests", "Civilians (Mali)", 7)
    ]


def test_a_clock_time_told_in_gmt_does_not_date_the_blasts(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "U.S. warplanes struck Houthi military sites around Yemen's capital Sanaa early on "
        "Thursday, killing two guards at an air base, the group's media said.\n\n"
        "Residents in northern Sanaa said the blasts shook buildings shortly after 2 a.m. "
        "(2300 GMT Wednesday).",
    )
    assert [(e.event_date, e.location) for e in events] == [("2026-11-26", "Sanaa")]


def test_a_strike_listed_among_the_attacks_sites_were_used_for_is_no_event_here(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "U.S. warplanes struck Houthi military sites around Sanaa early on Thursday, the "
        "group's media said.\n\n"
        "A U.S. defense official said the strikes targeted weapons storage sites used to "
        "launch attacks on shipping, including Tuesday's missile strike on a tanker off Mokha.",
    )
    assert [e.location for e in events] == ["Sanaa"]


def test_protests_told_as_held_in_the_past_are_no_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Anger at the failure of the security forces to stop the killings has led to protests "
        "in Beni and Butembo in the past.",
    )
    assert events == []


def test_a_toll_from_an_attack_by_rebels_on_a_village_is_the_villagers(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The death toll from an attack by Islamic State-linked rebels on a village in eastern "
        "Congo late on Monday has risen to 19 after volunteers recovered more bodies in the "
        "surrounding fields, the army said on Wednesday.",
    )
    assert [(e.event_type, e.actor2, e.fatalities) for e in events] == [
        ("Violence against civilians", "Civilians (Democratic Republic of Congo)", 19)
    ]


def test_congo_alone_is_the_democratic_republic(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Rebels killed 14 villagers in eastern Congo on Monday, the army said.",
    )
    assert [(e.country, e.geo_precision) for e in events] == [("Democratic Republic of Congo", 3)]


def test_arrests_a_minister_ordered_are_no_arrests_made(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The chief minister of Balochistan condemned the grenade attack in Khuzdar and "
        "directed the police to arrest those involved.",
    )
    assert "Arrests" not in {e.sub_event_type for e in events}


def test_sides_that_exchanged_prisoners_made_an_agreement(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Government forces and the Houthis exchanged 24 prisoners on Tuesday near the town of "
        "Qataba in Yemen's Al-Dhale province, in a deal brokered by tribal mediators, officials "
        "from both sides said.",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Agreement", 0)]


def test_the_republic_of_congo_is_not_the_democratic_republic(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Opposition supporters erected roadblocks and burned tyres in the Republic of Congo's "
        "capital on Monday after the election results were announced, witnesses said.",
    )
    assert {e.country for e in events} == {"Republic of Congo"}


def test_the_rest_of_the_attackers_retreating_hand_no_ground_over(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Russian border guards repelled a Ukrainian raid near the village of Tetkino in the "
        "Kursk region on Tuesday, the FSB said.\n\n"
        '"Five saboteurs were eliminated, the rest retreated to the territory of Ukraine," the '
        "statement said.",
    )
    assert "Non-violent transfer of territory" not in {e.sub_event_type for e in events}


def test_a_village_repeatedly_targeted_tells_no_strike(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Tetkino, a village in the Glushkovo district on the border with Ukraine, has been "
        "repeatedly targeted by Ukrainian drones and artillery.",
    )
    assert events == []


def test_shells_a_witness_saw_fall_are_a_shelling_not_a_charge(nlp: Language) -> None:
    doc = nlp(
        'Vindza was struck by military helicopters. A resident said he saw "30 shells fall '
        'early in the morning on schools and houses".'
    )
    statuses = {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}
    assert statuses["shells"] == "asserted"


def test_a_group_leaving_a_town_it_took_over_is_a_transfer(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Following a large attack and take-over of Ceel Cadde on 15 November, al Shabaab "
        "exits the town on 17 November.",
    )
    assert "Violence against civilians" not in {e.event_type for e in events}


def test_a_states_ministry_telling_its_forces_deed_names_those_forces(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Russia's Defence Ministry said on Tuesday its forces had taken control of the village "
        "of Pishchane in eastern Ukraine's Kharkiv region after days of fighting.",
    )
    assert {(e.actor1, e.inter1) for e in events} == {("Military Forces of Russia (2000-)", 8)}
