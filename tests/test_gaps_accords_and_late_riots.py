"""Gaps, accords and late riots: a deed told days before the news ("two days after ...")
is neither the news's kind nor its place; a deal named by its year, a war that ended in a
year, a strike called off, a prisoner exchange yet to come and whatever "anyone who" might
do are no events; a robbery the police tell as no politics is no event, whoever died; an
encounter with the forces is a fight; a riot late in the day is told apart from the march
the police fired on."""

from __future__ import annotations

from spacy.language import Language

from eventwire.datelines import dateline_spans
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from eventwire.nlp import earlier_days_clauses
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


# --- a deed of days before ------------------------------------------------------------------


def test_a_clause_of_days_before_is_found_but_not_one_the_news_came_after() -> None:
    text = "Six rebels died on Friday, three days after a landmine wrecked a truck in Tanga."
    ((start, end),) = earlier_days_clauses(text)
    assert text[start:end].startswith("three days after a landmine")
    assert earlier_days_clauses("The raid came two days after a bomber blew himself up.") == []


def test_a_deed_told_days_before_the_news_neither_types_nor_places_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Maoists killed in Sukma encounter\n\n"
        "RAIPUR, Nov 26 - Four Maoists were killed in an encounter with security forces in "
        "Sukma district on Wednesday, three days after two policemen died in an improvised "
        "explosive device blast in neighbouring Bijapur, officials said.",
    )
    assert [(e.sub_event_type, e.location) for e in events] == [("Armed clash", "Sukma")]


def test_an_encounter_with_the_police_is_a_fight_but_a_chance_encounter_is_none(
    nlp: Language,
) -> None:
    statuses = _statuses(
        nlp,
        "Two militants were killed in an encounter with police near Shopian. "
        "He described a brief encounter at a market.",
    )
    assert statuses.get("encounter") == "asserted"
    assert [t for t in statuses if "encounter" in t] == ["encounter"]


def test_offensive_remarks_are_no_offensive(nlp: Language) -> None:
    assert "offensive" not in _statuses(
        nlp, "The reporter was held over offensive communication linked to a video."
    )


# --- no event -------------------------------------------------------------------------------


def test_an_accord_named_by_its_year_and_a_war_that_ended_in_a_year_are_past(
    nlp: Language,
) -> None:
    statuses = _statuses(
        nlp,
        "Killings have continued despite the 1997 Chittagong Hill Tracts peace accord. "
        "The district saw some of the heaviest fighting of the 26-year conflict between the "
        "army and the rebels, which ended in 2009.",
    )
    assert statuses["peace accord"] == "past"
    assert statuses["fighting"] == "past"


def test_a_strike_called_off_and_what_anyone_might_do_are_no_events(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The union on Wednesday suspended a nationwide strike it had planned for Monday. "
        "Officials warned that anyone who destroyed property would face the law.",
    )
    assert statuses["nationwide strike"] == "negated"
    assert statuses["destroyed property"] == "hedged"


def test_an_exchange_yet_to_come_and_one_hoped_for_are_hedged(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Mediators had hoped to secure a deal on a prisoner exchange before the end of the "
        "round. A prisoner swap, to be overseen by the Red Cross, could take place next month.",
    )
    assert statuses["prisoner exchange"] == "hedged"
    assert statuses["prisoner swap"] == "hedged"


def test_a_country_fighting_an_insurgency_fights_no_battle_today(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The country is also fighting an Islamist insurgency in its northern province."
    )
    assert statuses["fighting"] == "habit"


def test_a_withdrawal_dismissed_as_rumours_is_negated(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The ministry said its troops remain, dismissing reports of a withdrawal as rumours."
    )
    assert statuses["withdrawal"] == "negated"


def test_a_robbery_with_no_political_link_is_no_event_though_a_guard_died(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Guard killed in Sylhet jewellery robbery\n\n"
        "SYLHET, Nov 25 - Armed robbers shot dead a security guard and looted gold from a "
        'jewellery shop in Sylhet on Tuesday night, police said. "It was purely a criminal '
        'act. We have found no political link," a police officer said.',
    )
    assert events == []


def test_forces_in_trucks_blocking_a_road_are_no_crowd(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Police and soldiers in armoured trucks blocked the road near the party office."
    )
    assert statuses["blocked the road"] == "thing"


# --- crowds ---------------------------------------------------------------------------------


def test_police_clearing_a_road_blockade_met_a_protest(nlp: Language) -> None:
    statuses = _statuses(nlp, "Police cleared a blockade on the highway outside Oruro.")
    assert statuses["cleared a blockade"] == "asserted"
    siege = _statuses(nlp, "The army cleared the blockade of the town after a week.")
    assert "cleared the blockade" not in siege


def test_a_riot_late_in_the_day_is_apart_from_the_march_the_police_fired_on(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Police shoot marchers in Eldoret\n\n"
        "NAIROBI, Nov 26 - Police fired live rounds at crowds marching against tax rises in "
        "Eldoret on Wednesday, killing two protesters, witnesses said.\n\n"
        "Late on Wednesday, angry youths set fire to a police post in Eldoret and looted "
        "several shops, police said.",
    )
    kinds = sorted((e.event_type, e.event_date) for e in events)
    assert kinds == [("Protests", "2026-11-25"), ("Riots", "2026-11-25")]


# --- places and days ------------------------------------------------------------------------


def test_a_town_and_date_ended_at_a_colon_is_a_dateline() -> None:
    text = "Raipur, Dec 31: Five Maoists were killed on Wednesday."
    assert dateline_spans(text) == [(0, len("Raipur, Dec 31:"))]


def test_a_soldier_shifted_to_the_armys_hospital_in_a_city_was_not_hurt_there(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Militants killed in Anantnag\n\n"
        "Two militants were killed in a gunfight with troops near Kokernag in Anantnag "
        "district on Tuesday, police said.\n\n"
        "A soldier was injured and was shifted to the Army's 92 Base Hospital in Srinagar. "
        "Two rifles and ammunition were recovered.",
    )
    assert [e.location for e in events] == ["Kokernag"]


def test_a_commanders_toll_told_to_a_channel_the_next_day_is_the_fights(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Clashes in Misrata\n\n"
        "TRIPOLI, Nov 26 - Three people were killed when rival armed groups fought in "
        "Misrata on Tuesday evening, medics said.\n\n"
        "A commander of one of the groups told a local television channel on Wednesday that "
        "five of his men had been killed.",
    )
    assert [(e.event_type, e.event_date) for e in events] == [("Battles", "2026-11-24")]


def test_an_armed_group_named_by_its_town_is_neither_that_name_nor_that_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Clashes in Sirte\n\n"
        "TRIPOLI, Nov 26 - Two people were killed when armed groups fought over a checkpoint "
        "in Sirte on Tuesday, medics said. The fighting pitted an army unit against the "
        "Nawasi Brigade, a Misrata armed group that has held the road for years.",
    )
    assert [(e.location, e.actor2) for e in events] == [
        ("Sirte", "Unidentified Armed Group (Libya)")
    ]
