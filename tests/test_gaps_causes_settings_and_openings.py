"""Causes, settings and openings: a struggle that is someone's cause ("our battle") or
fought for a peaceful aim is no clash, and a march against corruption is still a march;
armies "stretched fighting on multiple fronts", a district "known for landmines", clashes
that "have since complicated" talks, strikes told as the setting an attack "comes as" and
strikes made "at the time" are no new events; "we grabbed the children and ran" takes
nobody; a war's dead "by the thousand" and a side's vague claim of its foe's dead add to no
toll; a public execution after a court's verdict is an attack; a report opening on its town
and a long dash or a colon was filed there; a paper named after a town, a crowd's slogans
against a country, a capital standing for its government, a minister's surname and a
police range's officer name no place of the event."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


def test_a_struggle_that_is_someones_cause_is_no_clash(nlp: Language) -> None:
    statuses = _statuses(
        nlp, '"Our enemies are the same and our battle is the same," the general told delegates.'
    )
    assert statuses.get("battle") == "figurative"


def test_a_battle_for_a_peaceful_aim_is_a_figure(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The new notes open a long battle to rebuild trust in the currency, the governor said."
    )
    assert statuses.get("battle") == "figurative"
    armed = _statuses(nlp, "The battle to retake the town began on Monday, officers said.")
    assert armed.get("battle") == "asserted"


def test_a_march_against_corruption_is_a_march(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Hundreds of people marched against corruption in Nairobi on Monday.",
    )
    assert [e.event_type for e in events] == ["Protests"]


def test_a_battle_against_underdevelopment_is_a_figure(nlp: Language) -> None:
    statuses = _statuses(
        nlp, 'The minister said the "battle against underdevelopment" now came first.'
    )
    assert statuses.get("battle") == "figurative"


def test_fighting_on_many_fronts_is_a_load_not_a_deed(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Analysts said the two armies were already stretched fighting on several fronts."
    )
    assert statuses.get("fighting") == "habit"


def test_what_a_district_was_known_for_is_no_event(nlp: Language) -> None:
    statuses = _statuses(nlp, "The district was long known for gunfire and landmines.")
    assert statuses.get("landmines") == "habit"


def test_clashes_that_have_since_slowed_talks_are_a_background(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Skirmishes near the ceasefire line and raids on convoys have since slowed the talks."
    )
    assert statuses.get("Skirmishes") == "habit"


def test_strikes_an_attack_comes_amid_are_its_setting(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The bombing comes as the army, backed by U.S. air strikes, presses an offensive in "
        "the south.",
    )
    assert statuses.get("air strikes") == "habit"
    assert statuses.get("offensive") == "habit"


def test_strikes_made_at_the_time_are_past(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "The neighbouring state intervened at the time with airstrikes on the capital."
    )
    assert statuses.get("airstrikes") == "past"


def test_we_grabbed_the_children_takes_nobody(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Floods hit camps\n\nIDLIB, Syria - Heavy rain flooded hundreds of tents on Tuesday. "
        '"The water rose in minutes. We grabbed the children and ran," said a mother of four.',
    )
    assert events == []


def test_a_wars_dead_by_the_thousand_add_to_no_toll(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Women abducted\n\nOUAGADOUGOU - Jihadists abducted at least 12 women near Djibo on "
        "Monday, residents said. No one was killed. Thousands of civilians and soldiers have "
        "been killed and two million people displaced.",
    )
    assert [e.fatalities for e in events] == [0]


def test_a_sides_vague_claim_of_its_foes_dead_adds_nothing(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Attack repelled\n\nKHARTOUM - The army said it repelled an attack on El Obeid on "
        "Monday. A military source said at least nine soldiers were killed in the fighting, "
        'while the army claimed "hundreds" of RSF fighters had died.',
    )
    assert [e.fatalities for e in events] == [9]


def test_an_execution_after_a_verdict_is_an_attack(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Public execution\n\nMOGADISHU - Al-Shabaab on Sunday publicly executed two men by "
        "firing squad in the town of Buale, Middle Jubba region, after its so-called Islamic "
        "court convicted them of spying for the government and foreign forces, residents said.",
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Violence against civilians", "Attack")
    ]


def test_a_report_opening_on_its_town_and_a_long_dash_was_filed_there(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Addis Abeba – Nine people were killed on Friday when a drone strike hit a bus in "
        "Dembecha, residents said.",
    )
    assert [e.location for e in events] == ["Dembecha"]


def test_a_report_opening_on_its_town_and_a_colon_was_filed_there(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Srinagar: Two militants were killed as the Army foiled an infiltration bid along the "
        "Line of Control in Keran sector of Kupwara district on Wednesday, officials said.",
    )
    assert [e.location for e in events] == ["Keran"]


def test_a_paper_named_after_a_town_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Base attacked\n\nMOGADISHU - Al-Shabaab fighters attacked an army base in Galgaduud "
        "region on Tuesday night. A commander told Hiiraan Online that four soldiers died in "
        "the fighting.",
    )
    assert {e.admin1 for e in events} == {"Galguduud"}


def test_a_crowds_slogans_against_a_country_are_no_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Rally for the junta\n\nThousands of people gathered in Niamey on Sunday to show "
        "support for the military government.\n\nWaving Nigerien and Russian flags, the "
        "demonstrators, mobilised by pro-junta groups, chanted slogans hostile to France and "
        "Benin.",
    )
    assert [e.country for e in events] == ["Niger"]


def test_a_capital_standing_for_its_government_is_no_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Militants killed\n\nPESHAWAR, Pakistan - Troops killed five militants in Bannu "
        "district on Monday, the military said. It described the dead as members of the TTP, "
        'which Islamabad calls "Fitna al-Khawarij".',
    )
    assert {e.location for e in events} == {"Bannu"}


def test_a_ministers_surname_is_no_capital(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Plot foiled\n\nOn Monday, Minister of Security Mahamadou Sana announced that several "
        "officers had been arrested over an alleged coup plot.",
    )
    assert all(e.country != "Yemen" for e in events)


def test_a_ranges_officer_and_a_districts_police_are_no_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Encounter in Bijapur\n\nRAIPUR, India - Six Maoists were killed in an encounter in "
        "a forest of Bijapur district on Wednesday, Bastar range Inspector General of Police "
        "P Sundarraj said.",
    )
    assert {e.location for e in events} == {"Bijapur"}
    arrests = run(
        nlp,
        gazetteer,
        "Cadres held\n\nIMPHAL, India - Imphal East police arrested two cadres of PREPAK "
        "from Khurai on Monday.",
    )
    assert len(arrests) == 1
