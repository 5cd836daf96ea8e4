"""Regional roundups, county papers and analyses: a lede summing the towns told after it is
no event of its own, a blame told for a later incident names no earlier one's doer, and a
place's habits, a device made safe or a crowd going home are what they are."""

from __future__ import annotations

from spacy.language import Language

from eventwire.geo import Gazetteer
from reports import run


def test_an_oblast_roundups_lede_is_the_sum_of_its_towns(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Russian strikes kill two in Sumy, Kharkiv oblasts\n\n"
        "November 25, 2026 - Russian artillery and drones killed two civilians and injured "
        "nine in Sumy and Kharkiv oblasts on Nov. 24, regional governors reported on Nov. 25."
        "\n\n"
        "A 70-year-old woman was killed when Russian artillery shelled the village of "
        "Krasnopillia on Nov. 24, Sumy Governor Oleh Hryhorov said.\n\n"
        "In Kupiansk, a man was killed and four people were injured after Russian drones "
        "struck a market on Nov. 24, the Kharkiv governor said.\n\n"
        "Five more people were injured when a guided aerial bomb struck a residential area "
        "of Izium on Nov. 24.",
    )
    assert sorted((e.location, e.event_date, e.fatalities) for e in events) == [
        ("Izyum", "2026-11-24", 0),
        ("Krasnopillya", "2026-11-24", 1),
        ("Kupyansk", "2026-11-24", 1),
    ]


def test_a_county_papers_lede_takes_the_place_told_after_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Three officers killed as IED hits patrol in Mandera\n\n"
        "By Staff Writer, Mandera\n"
        "Monday, November 23, 2026\n\n"
        "Three police officers were killed on Sunday when their vehicle ran over an improvised "
        "explosive device, in the latest attack blamed on Al-Shabaab militants.\n\n"
        "The explosion ripped through the vehicle at about 9am, some 8 kilometres from Lafey "
        "town, the county police commander said.\n\n"
        '"The vehicle was completely destroyed," the commander said.\n\n'
        "Mandera, Wajir and Garissa counties have faced repeated attacks by the militants, who "
        "often plant roadside bombs on the roads used by security forces.",
    )
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Remote explosive/landmine/IED", "Lafey", 3)
    ]


def test_a_device_found_and_blown_up_safely_is_disrupted(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Bomb found near Elwak\n\n"
        "MANDERA, Nov 24 - Kenyan soldiers on a routine patrol discovered an IED buried on the "
        "road near Elwak, close to the Somalia border, on Monday and detonated it safely. An "
        "officer said the device was believed to have been planted by Al-Shabaab.",
    )
    assert [(e.sub_event_type, e.country) for e in events] == [("Disrupted weapons use", "Kenya")]


def test_a_deed_told_a_day_before_another_is_the_day_before(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Soldiers killed in Mandera blast\n\n"
        "MANDERA, Nov 24 - Two soldiers were killed on Monday when their truck hit a roadside "
        "bomb near Rhamu, police said. The blast came a day after Kenyan troops discovered "
        "another device near Elwak and defused it.",
    )
    disrupted = [e for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert [e.event_date for e in disrupted] == ["2026-11-22"]


def test_a_toll_risen_from_an_earlier_figure_counts_once(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Toll from Ituri camp attack rises\n\n"
        "Bunia, 24 November 2026 - The number of people killed in Saturday's attack on a camp "
        "for displaced people near Djugu has risen to 12, the Red Cross said on Tuesday, up "
        "from the 8 bodies reported on Sunday, according to two aid workers.\n\n"
        "Volunteers recovered four more bodies on Monday in the bush around the camp, the "
        "Red Cross said.\n\n"
        "An army spokesman attributed the attack to militiamen of the Cooperative for the "
        "Development of Congo (CODECO).",
    )
    attack = [e for e in events if e.event_type == "Violence against civilians"]
    assert [(e.fatalities, e.event_date) for e in attack] == [(12, "2026-11-21")]
    assert attack[0].actor1 is not None and attack[0].actor1.startswith("CODECO")


def test_fighting_that_went_on_is_the_fight_told_next(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Clashes near Bunia\n\n"
        "BUNIA, Nov 24 - Fighting continued in the area at the start of the week. On Monday, "
        "army soldiers clashed with CODECO militiamen near Nizi, killing three, an army "
        "spokesman said.",
    )
    assert [(e.event_type, e.event_date) for e in events] == [("Battles", "2026-11-23")]


def test_what_a_place_has_long_reported_is_no_strike(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Soldiers kill cartel gunmen in Michoacan\n\n"
        "URUAPAN, Mexico (AP) - Nov. 24, 2026 - Mexican soldiers killed four suspected "
        "members of the Jalisco New Generation Cartel after being ambushed near Buenavista, "
        "where residents have also reported drones dropping explosives on their homes, "
        "authorities said Monday.",
    )
    assert [e.sub_event_type for e in events] != []
    assert all(e.event_type != "Explosions/Remote violence" for e in events)


def test_a_group_that_seized_cities_in_an_earlier_year_did_nothing_now(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Talks adjourn\n\n"
        "DOHA, Nov 20 (Reuters) - Talks between Congo and the M23 adjourned without a deal. "
        "The M23, which seized Goma and Bukavu, the two largest cities in eastern Congo, in "
        "early 2025, controls large parts of North Kivu. Its spokesman accused the army of "
        'attacking rebel positions "almost daily" in Masisi.',
    )
    assert events == []


def test_a_later_incidents_blame_is_not_the_strikes(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Analysis: Amhara and Oromia\n\n"
        "On Saturday, a drone strike hit a minibus outside Debre Markos, killing at least six "
        "passengers, according to two health workers.\n\n"
        "Kidnapping for ransom has become a defining feature of the conflict in Oromia. In "
        "June 2024, gunmen abducted dozens of students, an incident widely blamed on the OLA."
        "\n\n"
        "The latest came on Tuesday, when gunmen stopped a bus outside Fiche and abducted 12 "
        "passengers, according to a local official, who blamed the OLA.",
    )
    strike = next(e for e in events if e.sub_event_type == "Air/drone strike")
    assert strike.actor1 != "OLA: Oromo Liberation Army"
    assert strike.fatalities == 6
    taken = [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert [(e.event_date, e.actor1) for e in taken] == [
        ("2026-11-24", "OLA: Oromo Liberation Army")
    ]


def test_cameroons_separatists_are_the_ambazonians(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Teachers abducted in Kumbo\n\n"
        "BAMENDA, Cameroon, Nov 24 - Suspected separatist fighters abducted two teachers in "
        "Kumbo on Sunday evening, a relative said.",
    )
    assert [e.actor1 for e in events] == ["Ambazonian Separatists"]


def test_rebels_are_the_group_named_last_before_them(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "ADF raid near Oicha\n\n"
        "BENI, Congo, Nov 24 (Reuters) - Fighters of the Allied Democratic Forces (ADF) killed "
        "seven civilians near Oicha on Saturday, the army said. On Sunday, soldiers pursuing "
        "the attackers clashed with the rebels in the forest, killing two rebels.\n\n"
        "The M23, which seized Goma in early 2025, is active further south.",
    )
    battle = next(e for e in events if e.event_type == "Battles")
    assert battle.actor2 == "ADF: Allied Democratic Forces"


def test_gangs_that_fought_each_other_are_named(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gangs clash in Guerrero\n\n"
        "CHILPANCINGO, Mexico, Nov 24 - Gunmen of Los Tlacos and La Familia Michoacana clashed "
        "for several hours near San Miguel Totolapan on Sunday, leaving three dead, officials "
        "said. On Monday, relatives blocked a highway in Chilpancingo demanding justice. They "
        "withdrew after a meeting with officials.",
    )
    assert [(e.event_type, e.actor1, e.actor2) for e in events if e.event_type == "Battles"] == [
        ("Battles", "Los Tlacos", "La Familia Michoacana")
    ]
    assert not any(e.sub_event_type == "Non-violent transfer of territory" for e in events)


def test_an_occupiers_arrests_stay_arrests(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Arrests in Jenin\n\n"
        "JENIN, Nov 24 - Israeli forces arrested a 19-year-old student at his home in Jenin "
        "on Monday, his family said.",
    )
    assert [e.sub_event_type for e in events] == ["Arrests"]


def test_a_bus_burnt_with_no_one_hurt_is_property(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Bus torched near Muyuka\n\n"
        "BUEA, Cameroon, Nov 24 - Suspected separatists on Sunday set ablaze a commercial bus "
        "near Muyuka after ordering its passengers to get off. No one was hurt, the driver's "
        "agency said.",
    )
    assert [(e.sub_event_type, e.actor1) for e in events] == [
        ("Looting/property destruction", "Ambazonian Separatists")
    ]


def test_a_fight_told_on_its_fronted_day_keeps_it(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Analysis: Kordofan\n\n"
        "The pressure has not eased. On Sunday, the army said it had repelled a large RSF "
        "assault on the outskirts of Kadugli, killing dozens of militia fighters.",
    )
    assert [(e.event_type, e.event_date) for e in events] == [("Battles", "2026-11-22")]


def test_earlier_in_the_day_is_the_day_of_the_telling(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Militants killed in Kech\n\n"
        "QUETTA, Pakistan, Nov 24 (Reuters) - A bomb killed two soldiers in Kech on Saturday.\n\n"
        "Separately, the military said on Monday that security forces had killed four "
        "militants of the Balochistan Liberation Front in an operation in Awaran district "
        "earlier in the day.",
    )
    battle = next(e for e in events if e.event_type == "Battles")
    assert battle.event_date == "2026-11-23"


def test_a_borderlands_regular_attacks_are_no_event(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Drone hits fuel depot in Kursk region\n\n"
        "KURSK, Russia, Nov 24 (Reuters) - A Ukrainian drone struck a fuel depot near Lgov on "
        "Monday, injuring two workers, the governor said.\n\n"
        "Kursk region, which borders Ukraine's Sumy region, comes under regular drone and "
        "artillery attacks.",
    )
    assert [e.location for e in events] == ["Lgovskiy"]
