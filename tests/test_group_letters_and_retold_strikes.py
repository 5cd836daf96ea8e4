"""Group letters and retold strikes: letters a report spells out as a group's name, and the
words inside such a name, are no places; the Azawad Liberation Front, FACT, the LNA and
"al-Qaida" spelt AP's way are known; a nationality before "armed group" is no name; a
bare "the strike" after a drone strike is that strike, not a labour strike; a group told
as active where a deed happened is no side of it; two accounts of one strike's dead are
two tolls to choose from, not to add; a crowd that only tried to block a road did not
riot; a landmark town told with a word for it still only places the town before it; and
the years of more states' forces."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.actors import find_actors
from eventwire.events.fatalities import find_counts
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from eventwire.geo.recognize import group_letters
from reports import run


def _templates(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    return [f.template for f in find_actors(doc, 0, len(doc.text))]


# --- group names and their letters --------------------------------------------------------


def test_letters_spelt_out_as_a_groups_name_are_the_group() -> None:
    text = "The Azawad Liberation Front (FLA) said it lost no fighters. The Kidal Region (KR)"
    assert group_letters(text) == frozenset({"FLA"})


def test_the_letters_of_a_group_place_no_deed(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "The Azawad Liberation Front (FLA) said its fighters ambushed an army convoy near Gao "
        "on Monday.\n\nOn Tuesday, an army drone struck FLA vehicles, the army said, killing "
        "three fighters.",
    )
    assert {e.country for e in events} == {"Mali"}
    assert "FLA: Azawad Liberation Front" in {e.actor1 for e in events}


def test_a_word_inside_a_groups_name_is_no_place(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "An army patrol ran into fighters of the Front for Change and Concord in Chad (FACT) "
        "near Murzuq on Monday, killing five of them.",
    )
    assert [(e.country, e.location) for e in events] == [("Libya", "Murzuk")]
    assert "FACT: Front for Change and Concord in Chad" in {events[0].actor1, events[0].actor2}


def test_al_qaida_spelt_the_ap_way_is_aqim(nlp: Language) -> None:
    templates = _templates(
        nlp, "The two were members of a cell linked to al-Qaida in the Islamic Maghreb."
    )
    assert "AQIM: Al Qaeda in the Islamic Maghreb" in templates


def test_the_lna_is_libyas_army(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp, gazetteer, "LNA drones struck a convoy of pick-up trucks near Murzuq on Tuesday."
    )
    assert [e.actor1 for e in events] == ["Military Forces of Libya (2014-)"]


def test_a_nationality_before_armed_group_is_no_name(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Venezuela's armed forces say they killed six members of a Colombian armed group in "
        "the state of Apure on Monday.",
    )
    assert [e.actor2 for e in events] == ["Unidentified Armed Group (Venezuela)"]


def test_a_group_told_as_active_where_a_strike_hit_is_no_side(nlp: Language) -> None:
    templates = _templates(
        nlp,
        "The strike hit a village near the border with Mali, where fighters of the Group for "
        "Support of Islam and Muslims (JNIM) are active.",
    )
    assert not any(t.startswith("JNIM") for t in templates)


# --- strikes told again, and their tolls ----------------------------------------------------


def test_the_strike_after_a_drone_strike_is_that_strike(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Burkina Faso's army said on Wednesday that a drone strike had killed around forty "
        "jihadists in the northwest.\n\n"
        "The strike took place on Sunday afternoon near Djibo, close to the border with Mali.",
    )
    assert {e.event_type for e in events} == {"Explosions/Remote violence"}


def test_two_accounts_of_one_strikes_dead_are_not_added() -> None:
    text = (
        "The army said a drone strike had killed around forty jihadists, but a local rights "
        "group said the strike hit a funeral gathering and killed 17 civilians."
    )
    assert sorted(c.value for c in find_counts(text)) == [17]


def test_other_victims_told_by_a_second_teller_are_still_added() -> None:
    text = (
        "The army said five soldiers were killed in the ambush, while residents said eight "
        "civilians were also killed."
    )
    assert sum(c.value for c in find_counts(text)) == 13


# --- crowds and landmarks ------------------------------------------------------------------


def test_a_crowd_that_only_tried_to_block_a_road_did_not_riot(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "In Chattogram, police fired tear gas to disperse activists who tried to block the road "
        "at Muradpur on Wednesday afternoon. No one was seriously hurt.",
    )
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Protests", "Protest with intervention")
    ]


def test_a_landmark_town_told_with_a_word_for_it_is_no_second_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "The clashes took place on Monday near Umm al-Aranib, some 60 kilometres east of the "
        "desert town of Murzuq, when an army patrol ran into rebels.",
    )
    assert [e.location for e in events] == ["Umm al Aranib"]


# --- years of states' forces ----------------------------------------------------------------


def test_more_states_forces_carry_their_years(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Peruvian police fired tear gas at protesters in Lima on Wednesday.\n\n"
        "In a separate incident on Tuesday, Venezuelan soldiers clashed with gunmen near "
        "Guasdualito, killing two.",
    )
    names = {e.actor2 for e in events} | {e.actor1 for e in events}
    assert "Police Forces of Peru (2026-)" in names
    assert "Military Forces of Venezuela (1999-)" in names


# --- talks, trade, inquiries and figures of speech ------------------------------------------


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


def test_rescuers_battling_through_the_night_is_no_fight(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Rescue teams battled through the night to evacuate more than 300 families, the "
        "directorate said.",
    )
    assert statuses["battled"] != "asserted"


def test_oil_fields_held_hostage_are_a_figure(nlp: Language) -> None:
    statuses = _statuses(
        nlp, 'A western official accused the eastern camp of "holding the oil fields hostage".'
    )
    assert statuses["hostage"] != "asserted"


def test_attacks_that_followed_a_speech_of_a_past_year_are_past(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Tensions spiked after the president said in 2023 that migrants were part of a plot, "
        "a speech followed by a wave of attacks.",
    )
    assert statuses["attacks"] == "past"


def test_an_inquiry_opened_for_murder_tells_no_murder(nlp: Language) -> None:
    charge = _statuses(nlp, "A court spokesman said an investigation had been opened for murder.")
    assert charge["murder"] != "asserted"
    deed = _statuses(nlp, "Police have opened an investigation into the killing of three farmers.")
    assert deed["killing of"] == "asserted"


def test_talks_that_end_without_agreeing_a_ceasefire_agreed_none(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "The junta and two armed groups wrapped up three days of talks in Kunming on "
        "Wednesday without agreeing a permanent ceasefire.",
    )
    assert statuses["ceasefire"] == "negated"


def test_a_sticking_point_of_talks_is_no_withdrawal(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Sticking points included the withdrawal of troops from contested positions."
    )
    assert statuses["withdrawal"] != "asserted"


def test_a_trade_deal_between_states_is_no_agreement_event(nlp: Language) -> None:
    trade = _statuses(
        nlp,
        "Niger and Benin signed an agreement on Wednesday settling a dispute over transit "
        "fees for the pipeline.",
    )
    assert "signed an agreement" not in trade
    peace = _statuses(
        nlp, "The government and the rebels signed an agreement on Wednesday in Juba."
    )
    assert peace["signed an agreement"] == "asserted"


def test_a_migrants_home_country_is_no_place_of_the_attack(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "A group of young men armed with knives attacked a camp of migrants outside the "
        "Tunisian city of Sfax "
        "on Sunday night, killing one.\n\n"
        "A migrant from Sierra Leone told reporters that the attackers arrived on motorbikes.",
    )
    assert {e.country for e in events} == {"Tunisia"}


def test_a_second_teller_told_with_an_aside_gives_an_alternative_toll() -> None:
    text = (
        "The PDF said seven soldiers were killed; independent outlet Myanmar Now, citing "
        "local sources, reported four soldiers dead."
    )
    assert sorted(c.value for c in find_counts(text)) == [4]


# --- patrons and tellers ---------------------------------------------------------------------


def test_a_bodys_patron_and_a_tolls_teller_are_no_sides(nlp: Language) -> None:
    templates = _templates(
        nlp,
        "Troops detained residents, according to a member of the village administration set "
        "up by the local People's Defense Force. The PDF put the death toll at 11.",
    )
    assert not any(t.startswith("PDF") for t in templates)


def test_the_pyu_saw_htee_is_a_pro_junta_militia(nlp: Language) -> None:
    templates = _templates(
        nlp, "Members of the pro-junta Pyu Saw Htee militia abducted five young men."
    )
    assert "Pyu Saw Htee" in templates


# --- a lede told by its region and kind of foe ---------------------------------------------


def test_a_ledes_jihadists_in_a_region_are_its_details_named_group(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Ten Nigerien soldiers were killed last Friday in an ambush by jihadists in the Tahoua "
        "region, the defence ministry announced on Wednesday.\n\n"
        "An army patrol was attacked on Friday some 20 kilometres north of Tillia by fighters "
        "of the Islamic State in the Sahel, the ministry said. It said ten soldiers were killed.",
    )
    assert len([e for e in events if e.event_type == "Battles"]) == 1


def test_a_group_told_by_the_war_it_is_fighting_fights_no_battle(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Prosecutors said the device had been planted by a cell of the cartel, which is "
        "fighting local groups for control of the region.",
    )
    assert statuses["fighting"] != "asserted"


def test_a_standfirst_dated_only_by_a_later_telling_is_its_detail(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Boko Haram fighters attacked an army position in Chad's Lac province, killing six "
        "soldiers, the military says.\n\n"
        "Boko Haram fighters attacked a Chadian army position on the shores of Lake Chad late "
        "on Saturday, killing six soldiers, the army said.\n\n"
        "The assailants opened fire on the post near Bol, an army spokesman told state "
        "broadcaster ONRTV on Sunday.",
    )
    assert [e.event_date for e in events if e.event_type == "Battles"] == ["2026-11-21"]


def test_a_land_told_as_the_long_scene_of_fighting_tells_no_fight(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Central Mali has for years been the scene of fighting between the army and "
        "jihadists linked to al-Qaida.",
    )
    assert statuses["fighting"] != "asserted"


def test_two_forces_told_as_one_doer_killed_civilians(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Malian soldiers and Russian paramilitary fighters rounded up and killed nine men at "
        "a weekly market in Sofara, in the Mopti region, on Saturday, residents said.",
    )
    assert [(e.event_type, e.actor1) for e in events] == [
        ("Violence against civilians", "Military Forces of Mali (2021-)")
    ]
