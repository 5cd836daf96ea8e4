"""Stitched pages and compound sentences: which passage is which event, and where."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from eventwire.geo import Gazetteer
from eventwire.pipeline import Resources, extract
from eventwire.records import Article, Event


def run(nlp: Language, gazetteer: Gazetteer, text: str) -> list[Event]:
    article = Article("a", text, "a.txt", published=date(2026, 3, 9))
    return extract([article], Resources(nlp, gazetteer)).events


def test_a_town_left_unnamed_is_not_the_capital_told_of_before(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A suicide bomber killed 12 people at a bus station in Baghdad on Sunday.\n\n"
        "Army units, backed by coalition air strikes, entered the town from the north and "
        "took control of its market district, a military spokesman said.\n",
    )
    regain = [e for e in events if e.sub_event_type == "Government regains territory"]
    assert len(regain) == 1
    assert regain[0].location != "Baghdad"
    assert regain[0].country == "Iraq"
    assert regain[0].geo_precision == 3


def test_a_side_that_backs_another_is_not_its_enemy(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Kurdish fighters, backed by U.S.-led coalition air strikes, recaptured the town of "
        "Tal Abyad from Islamic State militants on Sunday.",
    )
    assert events
    assert all("Coalition" not in (e.actor2 or "") for e in events)


def test_a_place_taken_and_lost_again_is_two_events_with_their_own_dates(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The rebels have made no gains since they captured the city of Ajdabiya two years ago, "
        "which they then lost in October, a spokesman said on Monday.",
    )
    territory = sorted(
        (e for e in events if e.event_type == "Battles"), key=lambda e: e.event_date or ""
    )
    assert [e.sub_event_type for e in territory] == [
        "Non-state actor overtakes territory",
        "Government regains territory",
    ]
    assert territory[0].event_date is not None and territory[0].event_date.startswith("2024-03")
    assert territory[1].event_date is not None and territory[1].event_date.startswith("2025-10")
    assert all(e.location == "Ajdabiya" for e in territory)
    assert territory[1].actor1 is not None and territory[1].actor1.startswith("Military Forces")


def test_a_wire_report_stitched_into_a_page_starts_its_own_passage(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen stormed a police post in Gao on Saturday, killing four officers.\n\n"
        "(Wire) Soldiers clashed with fighters of a jihadist group near Menaka on Sunday, "
        "the army said.\n",
    )
    places = {e.location for e in events}
    assert {"Gao", "Menaka"} <= places


def test_a_passage_naming_no_place_never_borrows_a_later_paragraphs_speaker_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Army units backed by air strikes took control of the district on Wednesday.\n\n"
        "Militants have made no gains in Nineveh this year, an official told reporters in "
        "Erbil on Thursday.\n",
    )
    assert events
    assert all(e.location != "Erbil" for e in events)


def test_the_next_paragraph_telling_how_the_ambush_was_done_is_the_ambush(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Four soldiers were killed on Saturday when rebels of the National Liberation Army "
        "ambushed a patrol in the province of Arauca, the army said.\n\n"
        "The soldiers were attacked with explosives and rifle fire in the rural area of "
        "Puerto Rondon, the army said in a statement.\n",
    )
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        ("Armed clash", "Puerto Rondon", 4)
    ]
    # the notes tell the place and toll the detail gave
    assert "in Puerto Rondon" in events[0].notes and "4 fatalities" in events[0].notes


def test_the_bomb_a_later_paragraph_tells_types_the_ledes_attack(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "At least seven soldiers travelling aboard a military bus were killed today in an "
        "attack in downtown Lima.\n\n"
        "It is believed that the bus was damaged by a car bomb explosion near the barracks.\n",
    )
    assert [(e.event_type, e.fatalities) for e in events] == [("Explosions/Remote violence", 7)]


def test_a_paragraph_telling_another_attack_stays_apart(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Four soldiers were killed on Saturday when rebels ambushed a patrol in the province "
        "of Arauca, the army said.\n\n"
        "Rebels also detonated a bomb at a market in Puerto Rondon, wounding two "
        "civilians.\n",
    )
    assert len(events) == 2


def test_what_a_group_is_notorious_for_is_no_event(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Troops clashed with Abu Sayyaf militants in Patikul on Wednesday, leaving five "
        "militants dead.\n\n"
        "Abu Sayyaf, a small group notorious for kidnappings and bombings, has been weakened "
        "by years of offensives.\n",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_raid_counted_in_a_series_is_no_event_of_its_own(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen abducted 30 villagers in Maradun on Saturday, residents said.\n\n"
        "It was the third such raid in the area this month.\n\n"
        "The attack was the latest in a string of raids on farming villages.\n",
    )
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_warplanes_named_after_the_lede_are_its_actor1(nlp: Language, gazetteer: Gazetteer) -> None:
    text = (
        "Air strikes on a market in the town of Ariha in Idlib province killed at least 11 "
        "civilians on Monday, a monitor said.\n\n"
        "The monitor said Russian warplanes carried out the raids.\n"
    )
    events = run(nlp, gazetteer, text)
    assert [(e.sub_event_type, e.inter1) for e in events] == [("Air/drone strike", 8)]
    assert (events[0].actor1 or "").startswith("Military Forces of Russia")
    # a perpetrator only feared, in another sentence than the passage's trigger, is none
    text = (
        "A bomb blast destroyed five houses in Benin City on Monday.\n\n"
        "Residents were panicked, fearing Boko Haram to be responsible. Some are in "
        "hospital after the blast.\n"
    )
    assert [e.inter1 for e in run(nlp, gazetteer, text)] == [3]


def test_the_notes_quote_the_report_past_a_dateline_cut_in_two(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Colombian soldiers killed in ambush near Venezuelan border\n\n"
        "BOGOTA, Colombia (Reuters) - Four Colombian soldiers were killed and six wounded on "
        "Saturday when rebels ambushed a patrol in the province of Arauca, the army said.\n",
    )
    assert [e.notes.split('Source: "')[1][:4] for e in events] == ["Four"]


def test_what_the_attackers_also_did_in_the_raid_is_the_raids(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "ABUJA, Nigeria (AP) - Gunmen abducted at least 20 students from a secondary school "
        "in Kebbi state early Monday, police said.\n\n"
        "The attackers, who arrived on motorcycles, also killed a teacher and a security "
        "guard during the raid, police said.\n",
    )
    # one raid, in the state the story names, not at the agency's desk in Abuja
    assert [(e.sub_event_type, e.admin1, e.fatalities) for e in events] == [
        ("Abduction/forced disappearance", "Kebbi", 2)
    ]


def test_the_attackers_striking_again_elsewhere_is_another_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen abducted at least 20 students from a secondary school in Kebbi state early "
        "Monday, police said.\n\n"
        "The attackers then ambushed a police patrol sent after them, killing two officers.\n",
    )
    assert len(events) == 2


def test_a_part_of_the_country_the_passage_points_to_is_not_the_desks_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "JNIM fighters kill dozens of soldiers in central Mali\n\n"
        "BAMAKO (AFP) - Jihadists killed dozens of soldiers in an attack on an army camp in "
        "Boulkessi in central Mali on Sunday, security sources said. The army said 17 "
        "soldiers were killed in the fighting.\n",
    )
    assert [(e.location, e.geo_precision) for e in events] == [("Mali", 3)]


def test_a_blast_with_no_fight_in_its_paragraph_stays_a_bombing(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A roadside bomb exploded near a military checkpoint in Mogadishu on Friday, killing "
        "two soldiers and three civilians, police said.\n\n"
        "Al Shabaab, which is fighting to topple the government, said it carried out the "
        "attack.\n",
    )
    assert [(e.sub_event_type, e.fatalities) for e in events] == [
        ("Remote explosive/landmine/IED", 5)
    ]


def test_a_lede_summing_up_raids_told_village_by_village_is_no_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = (
        "Militants attacked three villages in Nigeria's Borno state over the weekend, killing "
        "dozens of people, residents said.\n\n"
        "In Kukawa, the militants killed 23 villagers on Saturday. On Sunday they raided "
        "Gajiram, where they killed eight people.\n"
    )
    events = run(nlp, gazetteer, text)
    assert sorted(e.location or "" for e in events) == ["Gajiram", "Kukawa"]
    assert sum(e.fatalities for e in events) == 31


def test_a_district_the_gazetteer_lacks_is_no_place_for_the_desk(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "PESHAWAR, Pakistan (AP) — Militants attacked a security post in the North "
        "Waziristan district near the Afghan border overnight, killing seven soldiers, the "
        "military said.\n",
    )
    assert [(e.country, e.location) for e in events] in (
        [("Pakistan", None)],
        [("Pakistan", "Pakistan")],
    )
