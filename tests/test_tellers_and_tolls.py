"""Who told, who did and who counted: a source closing a sentence is no victim, a group
telling its own deed is its doer, another teller's lower figure is the conservative toll,
"no one" counts nobody, and talk of truces, waves of strikes or war tolls is no event."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.fatalities import find_counts
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from reports import run


def _statuses(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(t.text, t.status) for s in doc.sents for t in find_triggers(doc, s)]


def test_nobody_killed_counts_no_one() -> None:
    assert find_counts("Nobody was killed, the mayor said, though two shops were looted.") == []
    assert find_counts("No one was killed in the raid.") == []
    assert sum(c.value for c in find_counts("No one was hurt but one guard was killed.")) == 1


def test_one_victim_named_by_a_place_he_owned() -> None:
    counts = find_counts("A gunman threw a grenade into a bar, killing the bar's owner.")
    assert sum(c.value for c in counts) == 1


def test_shooting_dead_is_shot_dead() -> None:
    counts = find_counts("Raiders stormed the hamlet, shooting dead a herder and his son.")
    assert sum(c.value for c in counts) >= 1


def test_a_truce_still_sought_is_no_agreement(nlp: Language) -> None:
    found = _statuses(nlp, "The elders said they were working on a truce between the clans.")
    assert ("truce", "hedged") in found
    found = _statuses(nlp, "Envoys met to press both armies to accept a 30-day humanitarian truce.")
    assert ("truce", "hedged") in found


def test_a_war_toll_in_tens_of_thousands_is_no_event(nlp: Language) -> None:
    found = _statuses(nlp, "The army's later campaign killed more than 52,000 people.")
    assert all(status != "asserted" for _, status in found)


def test_deaths_told_of_a_cited_wave_are_the_waves(nlp: Language) -> None:
    found = _statuses(
        nlp,
        "Envoys cited a wave of drone strikes in May on villages in Blue Nile, which a "
        "monitor said had killed 40 people.",
    )
    assert all(status != "asserted" for _, status in found)


def test_reports_called_false_and_none_reported_are_no_events(nlp: Language) -> None:
    found = _statuses(
        nlp, "The governor said reports of an attack on Gwoza on Monday were a false alarm."
    )
    assert ("attack", "negated") in found
    assert ("attacks", "negated") in _statuses(
        nlp, "There were no reports of reprisal attacks by Friday."
    )


def test_a_posture_of_thousands_deployed_is_no_event(nlp: Language) -> None:
    found = _statuses(nlp, "Kenya has deployed thousands of troops to southern Somalia.")
    assert all(status != "asserted" for _, status in found)


def test_a_closing_teller_is_not_the_bombs_target(nlp: Language, gazetteer: Gazetteer) -> None:
    (event,) = run(
        nlp,
        gazetteer,
        "Bomb hits army lorry near Balcad\n\n"
        "On Monday, a roadside bomb struck a military lorry outside Balcad, killing one soldier "
        "and wounding two others, a police officer in the town said.\n\n"
        "Al Shabaab said in a statement carried by its radio that its fighters had detonated "
        "the device and killed seven soldiers.",
    )
    assert event.actor2 == "Al Shabaab"
    assert event.fatalities == 1


def test_another_tellers_lower_toll_is_kept(nlp: Language, gazetteer: Gazetteer) -> None:
    (event,) = run(
        nlp,
        gazetteer,
        "Vigilantes and bandits clash near Gusau\n\n"
        "On Monday, vigilantes clashed with bandits near Gusau. A village head said 16 people "
        "were killed. Police confirmed nine deaths.",
    )
    assert event.fatalities == 9


def test_two_clans_named_together_are_both_sides(nlp: Language, gazetteer: Gazetteer) -> None:
    (event,) = run(
        nlp,
        gazetteer,
        "Clan fighting near Beledweyne\n\n"
        "At least six people were killed on Friday when militias from the Jejele and Habar "
        "Gidir clans fought over a well near Beledweyne, elders said.",
    )
    assert (event.actor1, event.actor2) == (
        "Jejele Clan Militia (Somalia)",
        "Habar Gidir Clan Militia (Somalia)",
    )


def test_herders_outside_the_sahel_are_no_fulani(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Cattle raid near Bor\n\n"
        "Armed herders raided a cattle camp near Bor in South Sudan's Jonglei state on Sunday, "
        "killing four people, a county official said.",
    )
    assert events and all("Fulani" not in (e.actor1 or "") for e in events)


def test_a_town_on_the_road_a_side_fell_back_to_is_not_the_events(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Militia seizes Amhara town\n\n"
        "ADDIS ABABA, Nov 26 - Fano fighters overran the town of Merawi in Ethiopia's Amhara "
        "region on Sunday after fighting with federal troops, residents said.\n\n"
        "Residents said the fighters entered Merawi, about 30 km south of the regional capital "
        "Bahir Dar, before dawn on Sunday. The soldiers pulled back towards the main road to "
        "Bahir Dar. Fano fighters then took control of the town.",
    )
    assert {e.location for e in events} == {"Merawi"}


def test_a_retracted_attack_is_none(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Blast in Peshawar market\n\n"
        "In Peshawar, police initially said a grenade had been thrown at a shop on Wednesday, "
        "killing the shopkeeper. Hours later, police said a gas cylinder had exploded inside "
        "the shop and that there was no evidence of an attack.",
    )
    assert events == []
