"""Desks abroad and tellers: a report filed from a capital abroad about another country's
forces is in that country; people "intercepted by gunmen" are the abduction told, no
weapon stopped; a toll's explanation ("saying two of the wounded later died") and a higher
update beside an official figure still cited add nobody; a detail paragraph goes on with
the lede's event of its own sub-type; "Separately, ... said on Tuesday it had arrested" is
dated by its telling; an arrest a month before a protest is no day of the protest."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


def test_a_desk_abroad_is_not_where_another_countrys_forces_fought(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Convoy ambushed\n\nDAKAR, Senegal (AP) - Rebels ambushed a Malian army convoy near "
        "the small northern town of Tarkint on Monday, leaving four people dead, an official "
        "said.",
    )
    assert [e.country for e in events] == ["Mali"]


def test_people_intercepted_by_gunmen_are_no_weapon_stopped(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The teachers were returning home after classes when they were intercepted by gunmen "
        "on a motorcycle.",
    )
    assert statuses.get("intercepted") == "described"


def test_a_tolls_explanation_adds_nobody(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Village raided\n\nSOKOTO, Nigeria - Bandits killed six villagers in Tangaza on "
        "Monday, officials said. A resident put the death toll at eight, saying two of the "
        "wounded later died, but this could not be confirmed.",
    )
    assert [e.fatalities for e in events] == [6]


def test_an_official_figure_still_cited_beside_a_higher_update_stands(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Convoy attacked\n\nPESHAWAR, Pakistan - At least five passengers were killed and 12 "
        "others injured when gunmen opened fire on a convoy near Parachinar on Monday, "
        "officials said.\n\nThe convoy came under fire from the hills. A hospital official "
        "later told reporters that the death toll had risen to nine, though the district "
        "administration continued to cite five.",
    )
    assert [e.fatalities for e in events] == [5]


def test_a_detail_paragraph_goes_on_with_the_ledes_event_of_its_sub_type(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Attack and kidnapping\n\nOUAGADOUGOU - At least 14 civilians were killed when "
        "gunmen attacked a village in Burkina Faso's Centre-Nord region on Sunday, sources "
        "said, while a group of women was kidnapped in the north the following day.\n\n"
        "The assailants opened fire on residents gathered at the market, a resident said. "
        'A security source put the toll at "around twenty dead", while an aid worker said up '
        "to 30 people may have been killed.",
    )
    tolls = {e.sub_event_type: e.fatalities for e in events}
    assert tolls == {"Attack": 14, "Abduction/forced disappearance": 0}


def test_a_separate_deed_told_with_its_tellings_day_is_that_days(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Clashes and arrests\n\nALEPPO, Syria - Two soldiers were killed on Monday in "
        "clashes with the Syrian Democratic Forces near Deir Hafer, a military source "
        "said.\n\nSeparately, the SDF said on Tuesday it had arrested three suspected Islamic "
        "State members in a raid in Hasakah.",
    )
    days = {e.sub_event_type: e.event_date for e in events}
    assert days["Arrests"] == "2026-11-24"
    assert days["Armed clash"] == "2026-11-23"


def test_an_arrest_a_month_before_is_no_day_of_the_protest(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Students dispersed\n\nThousands of people gathered in Ouagadougou on Wednesday to "
        "back the president.\n\nThe same day in Bobo-Dioulasso, police fired tear gas to "
        "disperse students who were protesting against late grants. Nobody was hurt.\n\n"
        "On October 22, the security minister announced that several officers had been "
        "arrested over an alleged coup plot.",
    )
    protests = [e for e in events if e.event_type == "Protests"]
    assert [e.event_date for e in protests] == ["2026-11-25"]


def test_a_contest_won_or_to_be_won_is_a_figure(nlp: Language) -> None:
    statuses = _statuses(
        nlp, '"We have won many battles, but guns alone will not end this," the governor said.'
    )
    assert statuses.get("battles") == "figurative"
    hoped = _statuses(nlp, "Each side still thinks it can win the battle on the ground.")
    assert hoped.get("battle") == "figurative"
    won = _statuses(nlp, "Government troops won the battle for Marawi on Monday, the army said.")
    assert won.get("battle") == "asserted"


def test_words_against_a_ministry_are_no_attack(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Senators attacked the ministry for what they called a lack of transparency."
    )
    assert statuses.get("attacked") == "figurative"


def test_talks_aimed_at_securing_a_truce_made_none(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Mediators resumed talks on Thursday aimed at securing a humanitarian truce."
    )
    assert statuses.get("truce") == "hedged"


def test_neither_side_committed_to_a_ceasefire_is_no_agreement(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Diplomats met on Thursday, though neither the army nor the rebels have publicly "
        "committed to a ceasefire.",
    )
    assert statuses.get("ceasefire") == "negated"
    told = _statuses(
        nlp, "Neither the police nor the army intervened when the mob attacked the shops."
    )
    assert told.get("attacked") == "asserted"


def test_a_battle_between_growers_is_a_figure(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The shortage has set off a battle between growers in the two valleys over water "
        "allocations.",
    )
    assert statuses.get("battle") == "figurative"


def test_a_battle_to_keep_talks_alive_is_a_figure(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Analysts said the new government faces a hard battle to keep the talks alive."
    )
    assert statuses.get("battle") == "figurative"


def test_places_a_crowds_demands_name_are_not_where_it_marched(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "March in El Obeid\n\nKHARTOUM - In El Obeid, hundreds of people marched to the state "
        "government headquarters on Wednesday, calling for the sieges of Dilling and Kadugli "
        "to be broken. The march ended peacefully.",
    )
    assert [e.location for e in events] == ["El Obeid"]


def test_a_feature_of_several_paragraphs_with_no_deed_is_no_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Dry year in Sinaloa\n\nFarmers in Sinaloa, the state that grows much of Mexico's "
        "white corn, are bracing for another poor harvest as reservoirs stand at a fifth of "
        "their capacity, the water commission said on Wednesday.\n\n"
        "Grower associations accused the authorities of favouring large exporters.\n\n"
        "Analysts estimated that the state's farm output could fall by as much as 15% this "
        "year.",
    )
    assert events == []


def test_an_operation_launched_against_fighters_names_both_sides(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Operation in Oromia\n\nADDIS ABABA - Separately, federal troops launched an "
        "operation against OLA fighters near the town of Shambu on Wednesday. Residents said at "
        "least five people were killed in the clashes, while a regional official claimed 23 "
        "rebels had died.",
    )
    assert len(events) == 1
    sides = {events[0].actor1, events[0].actor2}
    assert "Military Forces of Ethiopia (2018-)" in sides


def test_intelligence_forces_are_the_states(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Cell dismantled\n\nKABUL - Intelligence forces arrested four members of an Islamic "
        "State cell in Jalalabad on Tuesday, officials said.",
    )
    assert [e.inter1 for e in events] == [1]


def test_a_place_naming_an_accord_or_quoted_on_a_placard_is_no_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Rally in Mekelle\n\nThousands of people displaced from Western Tigray rallied in "
        "Mekelle on Monday, demanding to go home to Humera, four years after the signing of "
        "the Pretoria peace agreement.\n\n"
        "The demonstrators marched to the offices of the interim administration carrying "
        'placards reading "Pretoria without return is no peace". The rally was peaceful.',
    )
    assert [e.location for e in events] == ["Mekele"]


def test_a_capital_a_teller_spoke_in_lends_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Priest abducted\n\nTroops killed three kidnappers near Zaki Biam in Benue State, the "
        "defence headquarters said. The defence spokesman said in Abuja on Wednesday that the "
        "troops engaged the kidnappers on Tuesday afternoon.\n\n"
        "Meanwhile, gunmen on Wednesday abducted a priest from his parish house in Ogbokpa.",
    )
    assert "Abuja" not in {e.location for e in events}


def test_protests_a_killing_sparked_are_no_type_of_it(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Unknown gunmen on Sunday shot dead a traditional ruler in Ihiala, sparking violent "
        "protests by youths the following day.",
    )
    assert statuses.get("violent protests") == "described"
    assert statuses.get("shot dead") == "asserted"


def test_a_second_clause_outside_another_town_on_another_day_is_its_own_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Clashes in Sinaloa\n\nCULIACAN, Mexico - Gunmen of rival factions fought a gun battle "
        "in a district of Culiacan on Tuesday, leaving five people dead, and soldiers killed "
        "two gunmen who ambushed an army patrol outside the nearby town of Navolato on "
        "Wednesday, authorities said.",
    )
    assert sorted((e.location, e.fatalities) for e in events) == [
        ("Culiacan", 5),
        ("Navolato", 2),
    ]


def test_a_killing_the_following_month_of_a_year_told_is_past(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Growers have protested since October 2025, when their leader was found shot dead. "
        "The following month the mayor of the city was killed during a public event.",
    )
    assert statuses.get("killed") == "past"


def test_men_known_by_a_groups_name_are_that_group(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Barracks attacked\n\nJUBA, South Sudan - Early on Wednesday, armed youths known as the "
        "White Army attacked an army barracks in Nasir, Upper Nile State, officials said. At "
        "least 14 combatants were killed.",
    )
    assert len(events) == 1
    assert "Unidentified Armed Group (South Sudan)" not in {events[0].actor1, events[0].actor2}


def test_the_national_salvation_front_is_named(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Civilians abducted\n\nJUBA, South Sudan - On Monday night, suspected NAS fighters "
        "abducted five civilians from Lasu payam in Central Equatoria State, an official said.",
    )
    assert [e.actor1 for e in events] == ["NAS: National Salvation Front"]


def test_unnamed_insurgents_in_cabo_delgado_are_the_islamic_states(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Village raided\n\nPEMBA, Mozambique - Insurgents raided a village near Macomia in Cabo "
        "Delgado province on Sunday, burning homes and beheading two men, residents said.",
    )
    assert [e.actor1 for e in events] == ["Islamic State (Mozambique)"]


def test_the_charges_of_a_verdict_are_no_events(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The court found the accused guilty of murder, persecution and attacks on civilians, "
        "including the killing of dozens of villagers in the region of Mbaiki.",
    )
    assert statuses.get("killing of") == "thing"
    assert statuses.get("attacks") == "thing"


def test_deaths_in_the_fighting_of_a_year_told_are_that_years(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Talks in Doha\n\nDOHA - Congo's government and the rebels met again on Wednesday.\n\n"
        "The rebels launched a lightning offensive in early 2025 that captured Goma and Bukavu. "
        "Thousands of people were killed in the fighting.\n\n"
        "Diplomats said the next round of talks was expected in February.",
    )
    assert all(e.fatalities < 1000 for e in events)


def test_violence_told_by_its_years_is_no_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The South-East has been hit by years of violence blamed on gunmen enforcing the "
        "group's sit-at-home orders.",
    )
    assert statuses.get("gunmen") == "habit"


def test_a_deed_of_a_year_named_and_its_dead_are_past(nlp: Language) -> None:
    statuses = _statuses(nlp, "A 2019 surge in communal fighting left hundreds dead.")
    assert statuses.get("fighting") == "past"
    assert statuses.get("dead") == "past"


def test_fighting_that_comes_despite_a_truce_is_the_fighting_told(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The renewed fighting comes despite a series of ceasefire pledges made last year."
    )
    assert statuses.get("fighting") == "retold"


def test_similes_and_battles_with_nature_are_figures(nlp: Language) -> None:
    statuses = _statuses(nlp, '"It felt like a battle with the water all night," she said.')
    assert statuses.get("battle") == "figurative"
    attacked = _statuses(nlp, '"The river attacked our houses in the night," a farmer said.')
    assert attacked.get("attacked") == "figurative"


def test_a_legal_battle_and_a_haggle_over_every_name_are_figures(nlp: Language) -> None:
    legal = _statuses(
        nlp, "The ruling was a fresh blow in a long-running legal battle over the army's powers."
    )
    assert legal.get("battle") == "figurative"
    haggle = _statuses(nlp, 'One delegate called the talks "a battle over every single name".')
    assert haggle.get("battle") == "figurative"
    ground = _statuses(nlp, "Soldiers waged a battle over every inch of the town on Monday.")
    assert ground.get("battle") == "asserted"


def test_holding_a_file_hostage_takes_nobody(nlp: Language) -> None:
    statuses = _statuses(
        nlp, 'The negotiator accused the rebels of "holding the file hostage" for months.'
    )
    assert statuses.get("hostage") == "figurative"


def test_a_title_case_dateline_with_an_agency_is_filed_there(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Checkpoint attacked\n\nBeirut (AFP) - Jihadists killed three fighters of the Syrian "
        "Democratic Forces in an attack on a checkpoint in eastern Syria late Monday, the SDF "
        "said.",
    )
    assert [e.country for e in events] == ["Syria"]


def test_fighting_told_as_having_intensified_is_a_trend(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Fighting between the rebels and pro-government militias has intensified in the east, "
        "despite pledges to respect a truce.",
    )
    assert statuses.get("Fighting") == "habit"


def test_a_valley_of_rivers_is_no_town_abroad(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Patrol ambushed\n\nTwo soldiers were killed when remnants of the Shining Path "
        "ambushed an army patrol in the Vizcatan del Ene district of Junin region on Sunday, "
        "the armed forces said.\n\nInitial reports from local authorities had spoken of three "
        "soldiers killed, but the command said on Tuesday that two soldiers died. The patrol "
        "was attacked by members of the group, which operates in the Valley of the Apurimac, "
        "Ene and Mantaro Rivers, the military said.",
    )
    assert {e.country for e in events} == {"Peru"}


def test_a_rebel_groups_members_clashing_with_troops_are_its_fighters(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Clash in Ayacucho\n\nLIMA, Peru - On Tuesday, troops pursuing the column clashed with "
        "MPCP members near Llochegua, in Ayacucho region, killing one of the rebels, the army "
        "said.",
    )
    assert [(e.event_type, e.actor2) for e in events] == [("Battles", "Shining Path")]


def test_a_battle_inside_a_government_or_for_credibility_is_a_figure(nlp: Language) -> None:
    inside = _statuses(
        nlp, '"There is a battle inside the cabinet over how much money is left," she said.'
    )
    assert inside.get("battle") == "figurative"
    stake = _statuses(nlp, '"The battle now is for credibility," said an analyst.')
    assert stake.get("battle") == "figurative"
    armed = _statuses(nlp, "The battle for control of the town went on through Monday.")
    assert armed.get("battle") == "asserted"
