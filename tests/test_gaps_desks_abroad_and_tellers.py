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
