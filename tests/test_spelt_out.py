"""Acronyms a report spells out: a state force's acronym that the report gives as
another body's name means that body ("the Kosovo Security Force (KSF)" is not Kenya's
police, Syria's SNA is not Somalia's army), and a force spelt as itself stays itself."""

from __future__ import annotations

from spacy.language import Language

from eventwire.geo import Gazetteer
from eventwire.records import Event
from reports import run


def sides(events: list[Event]) -> list[tuple[str | None, str | None]]:
    return [(e.actor1, e.actor2) for e in events]


def test_an_acronym_spelt_as_another_bodys_name_is_not_the_force(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Rival fighters clash near Manbij\n\n"
        "Gunmen of the Syrian National Army (SNA) fought the Syrian Democratic Forces "
        "near Manbij on Tuesday, killing three fighters, a monitor said. The SNA said it "
        "had pushed back an attack.",
    )
    named = {name for pair in sides(events) for name in pair if name}
    assert "Syrian National Army" in named
    assert not any("Somalia" in name for name in named)


def test_an_acronym_spelt_as_a_name_no_table_knows_names_no_side(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Activists shot dead in Khagrachari\n\n"
        "Two activists of the United People's Democratic Front (UPDF) were shot dead on "
        "Tuesday in Dighinala in Khagrachari district of Bangladesh by members of a rival "
        "faction, police said. The UPDF blamed the rival faction for the killing.",
    )
    assert events
    named = {name for pair in sides(events) for name in pair if name}
    assert not any("Uganda" in name for name in named)


def test_a_force_spelt_as_itself_stays_the_force(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Soldiers killed near Beni\n\n"
        "Fighters of the Allied Democratic Forces ambushed soldiers of the Uganda People's "
        "Defence Force (UPDF) near Beni on Tuesday, killing two of them, the army said. "
        "The UPDF said it had pursued the attackers.",
    )
    named = {name for pair in sides(events) for name in pair if name}
    assert any(name.startswith("Military Forces of Uganda") for name in named)
