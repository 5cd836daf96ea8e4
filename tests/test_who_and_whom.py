"""Who did what to whom: attackers who got away are no one's captives; more rules of this
kind join this file as they are written."""

from __future__ import annotations

from spacy.language import Language

from eventwire.geo import Gazetteer
from reports import run


def test_gunmen_who_disappeared_took_no_one(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Soldier wounded in Beledweyne\n\n"
        "BELEDWEYNE, Nov 24 - Unidentified gunmen shot and wounded a Somali army soldier in "
        "Beledweyne on Monday night. The gunmen seized his rifle and disappeared, police said.",
    )
    assert [(e.event_type, e.sub_event_type, e.inter1) for e in events] == [
        ("Battles", "Armed clash", 1)
    ]


def test_a_man_who_disappeared_after_his_arrest_is_still_taken(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Activist missing in Kassala\n\n"
        "KASSALA, Nov 24 - A rights activist disappeared after security agents detained him "
        "at his home in Kassala on Saturday, his family said.",
    )
    assert "Abduction/forced disappearance" in {e.sub_event_type for e in events}
