"""Tellers, habits and hideouts: those who tell of the dead are not their victims; what
fighters "often" do, raids told "frequent", the third fatality "since" a force came, a prison
retaken after a riot and protesters "received by" an official are no events of their own;
a statement's day does not date the deed it reports, a lede placed by its dateline alone
(even one filed from another country) takes the place its next paragraph gives, an undated
lede takes its deed's day told after it, and a week's abductions the day told of them in
the same town; "a week after" counts back seven days; a man seized from his palace by armed
men is abducted, a drone "operated by" the police that struck is a drone strike, classrooms
doused in petrol are property destroyed, a crowd that seized a man is a mob, clashes with
police clearing a blockade are a riot, what "they also looted" is the raid's own, and the
army's air strike after a massacre is its own event. Places: "Many residents" names no
town, "the Kenscoff hills above Port-au-Prince" are Kenscoff's, where a witness escaped to,
where miners came from, where a group is "active" and the towns whose killings a crowd
protests are not where the deed was, "Rio de Janeiro's Penha" is Rio's quarter, a region
told later does not replace a passage's town, a passage without a town takes the region its
paragraph named, and "In Ndu," opens a scene of its own. Sides: a "separatist crisis" is no
separatist, a rider and a prisoner who died are civilians and prisoners set free are not,
militia counted with soldiers are their side, a guard killed with his charge is no
attacker, "the armed group Boko Haram" is Boko Haram, "the gunmen" a fight was with are the
group the lede named, "Lashkar-e-Taiba" as written is named and a DRG team is the police. A
title's stop ends no sentence, and a country placed for want of a town shows the word that
points to it."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.actors import find_actors
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from eventwire.geo.recognize import recognise
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


def _kinds(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.sub_event_type for s in doc.sents for t in find_triggers(doc, s)}


# --- dates and places of a lede told again ----------------------------------------------


def test_a_statements_day_does_not_date_the_fight_the_lede_placed_by_its_dateline(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "COTONOU, Nov 26 (Reuters) - Islamist militants attacked a Beninese army post in the "
        "country's far north late on Tuesday, killing five soldiers, the government said.\n\n"
        "Fighters stormed the position outside Kandi, in Alibori department, after nightfall "
        "and fought troops for three hours, according to a statement read by a government "
        "spokesman on state television on Wednesday.",
    )
    assert [(e.event_type, e.event_date, e.location, e.fatalities) for e in events] == [
        ("Battles", "2026-11-24", "Kandi", 5)
    ]


def test_an_undated_lede_takes_the_day_its_deed_is_told_on(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Fighting between a gang and a self-defence brigade has left four people dead in the "
        "Artibonite valley, as farmers say the gang is tightening its grip on their fields.\n\n"
        "Gang members attacked the outskirts of Saint-Marc late on Sunday, officials said, and "
        "were met by brigade members armed with machetes. Two brigade members and two gang "
        "members were killed in the fighting, the mayor said.",
    )
    assert [(e.event_type, e.event_date) for e in events] == [("Battles", "2026-11-22")]


def test_a_week_after_counts_back_seven_days_and_a_chief_seized_is_abducted(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "One soldier was killed when separatist fighters attacked a military post in Mamfe, in "
        "Cameroon's South-West region, on Wednesday, residents said.\n\n"
        "The attack came a week after separatists kidnapped a village chief near Mamfe. "
        "Relatives said the chief was seized from his palace by armed men. He has not been "
        "heard from since.",
    )
    assert [(e.sub_event_type, e.event_date, e.time_precision) for e in events] == [
        ("Armed clash", "2026-11-25", 1),
        ("Abduction/forced disappearance", "2026-11-18", 2),
    ]


# --- no event of their own ------------------------------------------------------------------


def test_what_fighters_often_do_is_no_event(nlp: Language) -> None:
    statuses = _statuses(nlp, "Fighters often retreat across the border after attacks.")
    assert statuses["attacks"] == "habit"


def test_the_third_fatality_since_a_force_came_is_a_running_count(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "It was at least the third Kenyan fatality since the force deployed in 2024."
    )
    assert statuses["fatality"] == "toll"


def test_a_prison_retaken_after_a_riot_is_no_ground_won(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Soldiers retook control of the Turi prison late on Monday after inmates rioted and "
        "set fire to mattresses.",
    )
    assert statuses["retook"] == "thing"
    assert statuses["rioted"] == "asserted"


# --- kinds ------------------------------------------------------------------------------------


def test_a_drone_operated_by_the_police_that_struck_is_a_drone_strike(nlp: Language) -> None:
    kinds = _kinds(
        nlp,
        "A drone operated by Haiti's national police struck a house used by a gang leader on "
        "Wednesday, killing four gang members.",
    )
    assert kinds["drone operated by Haiti's national police struck"] == "Air/drone strike"


def test_those_who_tell_of_dead_soldiers_are_not_their_victims(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Two local officials and a farmer told Reuters that at least nine soldiers had been "
        "killed near Kandi on Tuesday.",
    )
    assert [e.event_type for e in events] == ["Battles"]


# --- sides ------------------------------------------------------------------------------------


def test_a_separatist_crisis_is_no_separatist(nlp: Language) -> None:
    text = "The killing revived anger in a region hit hard by the separatist crisis."
    assert find_actors(nlp(text), 0, len(text)) == []


def test_a_rider_and_a_prisoner_are_civilians(nlp: Language) -> None:
    for text in (
        "The rider was shot dead by a policeman at a checkpoint.",
        "A prisoner died in detention at the police station.",
    ):
        templates = [f.template for f in find_actors(nlp(text), 0, len(text))]
        assert "Civilians ({country})" in templates, text


def test_a_crowd_that_seized_a_man_is_a_mob(nlp: Language) -> None:
    text = "A crowd in the market seized a man they accused of spying and beat him to death."
    found = find_actors(nlp(text), 0, len(text))
    assert [(text[f.start : f.end], f.template) for f in found if f.role == "crowd"] == [
        ("crowd", "Rioters ({country})")
    ]


def test_the_gunmen_a_fight_was_with_are_the_group_the_lede_named(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen from the Viv Ansanm gang coalition stormed the town of Mirebalais on Monday, "
        "shooting residents as they fled, officials said.\n\n"
        "Police reinforcements clashed with the gunmen on Tuesday near the town, killing "
        "three gang members, a police spokesman said.",
    )
    assert [(e.event_type, e.actor2) for e in events][-1] == ("Battles", "Viv Ansanm")


# --- places -----------------------------------------------------------------------------------


def test_many_residents_name_no_town(nlp: Language, gazetteer: Gazetteer) -> None:
    doc = nlp("Many residents have fled to Bamenda since the fighting began.")
    assert [m.text for m in recognise(doc, gazetteer)] == ["Bamenda"]


def test_hills_told_alone_are_their_towns(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gang members ambushed a police patrol in the Kenscoff hills above Port-au-Prince on "
        "Tuesday, killing one officer.",
    )
    assert [e.location for e in events] == ["Kenscoff"]


def test_where_a_witness_escaped_to_is_not_the_deeds_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen stormed the Haitian town of Saut-d'Eau on Monday, setting fire to homes and "
        "shooting residents as they tried to flee, officials said.\n\n"
        "The UN said it had documented at least 20 people killed in the attack.\n\n"
        '"If you did not run fast enough, they shot you," said a farmer who escaped with his '
        "two daughters to Mirebalais.",
    )
    assert [(e.country, e.location) for e in events] == [("Haiti", "Haiti")]


def test_a_region_told_later_does_not_replace_the_passages_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Motorbike riders blocked roads and burned tyres in Bamenda on Wednesday in protest "
        "against the killing of a colleague by a police officer the previous day.\n\n"
        "The rider was shot dead on Tuesday evening at a checkpoint after an argument over a "
        "bribe, witnesses said.\n\n"
        "The killing revived anger over police conduct in the North-West region.",
    )
    assert [(e.event_type, e.location) for e in events] == [
        ("Riots", "Bamenda"),
        ("Violence against civilians", "Bamenda"),
    ]


def test_a_passage_opening_at_a_place_of_its_own_is_its_own_scene(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Cameroonian troops killed four separatist fighters in a raid on a camp near Batibo in "
        "the North-West region on Tuesday, the army said.\n\n"
        "In Ndu, in Donga-Mantung division, separatists on Tuesday night shot dead a man they "
        "accused of being an informant, residents said.",
    )
    assert [e.event_type for e in events] == ["Battles", "Violence against civilians"]


def test_a_country_placed_for_want_of_a_town_shows_its_nationality_word(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Islamist militants attacked a Beninese army post late on Tuesday, killing six "
        "soldiers, and took away weapons and two pick-up trucks.",
    )
    assert [e.country for e in events] == ["Benin"]
    assert [e.text for e in events[0].evidence if e.field == "country"] == ["Beninese"]


def test_raids_told_as_frequent_are_no_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Cross-border raids between the two states have been frequent in the dry season."
    )
    assert statuses["raids"] == "habit"


def test_protesters_received_by_officials_are_the_protest_told(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Hundreds of residents marched peacefully through Kuajok on Wednesday, demanding that "
        "the government protect their cattle camps.\n\n"
        "The state information minister said the protesters were received by the deputy "
        "governor and that a committee had been formed to follow up.",
    )
    assert [e.event_type for e in events] == ["Protests"]


def test_a_militia_counted_with_the_soldiers_is_their_side(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "OUAGADOUGOU, Nov 26 (AFP) - Jihadists killed at least 30 soldiers in an attack on an "
        "army post in western Burkina Faso on Monday, security sources said.\n\n"
        '"At least 30 soldiers and VDP were killed, many others are missing," a security '
        "source said.",
    )
    assert [(e.actor1, e.actor2) for e in events] == [
        ("Islamist Militia (Burkina Faso)", "Military Forces of Burkina Faso (2022-)")
    ]


def test_a_passage_without_a_town_is_placed_in_the_region_its_paragraph_named(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "JUBA - Security forces in Juba on Tuesday arrested three senior officials of the "
        "opposition party, the party said.\n\n"
        "The arrests came days after fighting in Longechuk County of Upper Nile State. An "
        "opposition spokesman said on Wednesday that his forces repulsed an army attack on "
        "their positions near Mathiang on Saturday, killing dozens of soldiers.",
    )
    assert [(e.event_type, e.location, e.geo_precision) for e in events] == [
        ("Strategic developments", "Juba", 1),
        ("Battles", "Upper Nile", 3),
    ]


def test_a_prisoner_who_died_is_a_victim_and_prisoners_set_free_are_not(nlp: Language) -> None:
    died = "A prisoner died in detention at the police station, his family said."
    freed = "Fano fighters stormed the town and freed more than 200 prisoners from the jail."
    victims = {
        text: [f.template for f in find_actors(nlp(text), 0, len(text)) if f.role == "victim"]
        for text in (died, freed)
    }
    assert victims == {died: ["Civilians ({country})"], freed: []}


def test_a_city_s_own_quarter_is_no_namesake_far_off(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "RIO DE JANEIRO (AP) - A police operation against the Comando Vermelho drug gang in "
        "Rio de Janeiro's Penha complex of favelas left eight people dead on Wednesday, "
        "authorities said.\n\n"
        "Some 400 officers backed by armoured vehicles entered the area before dawn and were "
        "met by gunfire, a police spokesman said, adding that 12 rifles were seized.",
    )
    assert {e.location for e in events} == {"Rio de Janeiro"}


def test_miners_from_two_towns_came_from_them(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Hundreds of miners from La Rinconada and Ananea blocked the Panamericana Sur highway "
        "near Juliaca on Tuesday, demanding an extension of a formalisation registry.",
    )
    assert [e.location for e in events] == ["Juliaca"]


def test_clashes_with_police_clearing_a_blockade_are_a_riot(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "JULIACA, Peru - An informal miner was shot dead on Tuesday during clashes with police "
        "who were trying to clear a blockade on the Juliaca-Puno highway, the Ombudsman's "
        "Office said.",
    )
    assert [(e.event_type, e.actor1) for e in events] == [("Riots", "Rioters (Peru)")]


def test_the_armys_strike_after_a_massacre_is_its_own_and_a_groups_haunts_no_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunmen on motorcycles have killed at least 18 civilians in an attack on a weekly "
        "market in western Niger, local officials said.\n\n"
        "The assailants opened fire on traders at the market in Tillia on Tuesday afternoon, "
        "the officials said.\n\n"
        "Officials blamed the attack on ISSP, which is active across the Menaka-Tillaberi-"
        "Tahoua border area.\n\n"
        'Niger\'s army said on Wednesday that air strikes near Tillia had killed 15 "terrorists" '
        "believed to have taken part in the massacre.",
    )
    assert [(e.event_type, e.location, e.fatalities) for e in events] == [
        ("Violence against civilians", "Tillia", 18),
        ("Explosions/Remote violence", "Tillia", 15),
    ]


def test_what_they_also_looted_is_the_raids_own(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "In a raid late on Saturday, fighters attacked the village of Kolofata near the "
        "Nigerian border and abducted five people, including two girls, residents said. They "
        "also looted food and livestock before fleeing towards Nigeria.",
    )
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_a_weeks_abductions_take_the_day_told_of_them_in_the_same_town(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "BAMENDA, Cameroon, Nov 26 (Reuters) - Separatist fighters abducted at least six "
        "people in Bamenda during a lockdown they imposed this week, residents said on "
        "Thursday.\n\n"
        "The armed men enforced a five-day stay-at-home order from Monday.\n\n"
        "On Monday, gunmen went door to door in the Nkwen neighbourhood of Bamenda and took "
        "away six people, including two teachers, residents said.",
    )
    assert [(e.event_date, e.actor1) for e in events] == [("2026-11-23", "Ambazonian Separatists")]


def test_a_group_named_after_its_kind_is_that_group(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "A suicide bomber killed at least six people at a crowded market in the town of Mora "
        "on Monday, officials said, in an attack blamed on the armed group Boko Haram.",
    )
    assert [(e.actor1 or "")[:9] + "|" + (e.actor2 or "")[:9] for e in events] == [
        "Boko Hara|Civilians"
    ]


def test_classrooms_doused_in_petrol_are_property_destroyed(nlp: Language) -> None:
    kinds = _kinds(
        nlp,
        "Fighters poured petrol on classrooms at a high school outside the city and set them "
        "ablaze.",
    )
    assert kinds["poured petrol on classrooms"] == "Looting/property destruction"


def test_a_lede_filed_from_another_country_takes_its_next_paragraphs_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "DAKAR, Nov 26 (Reuters) - A Burkina Faso army drone strike on a crowded market in "
        "the country's north killed at least 18 civilians last week, three residents told "
        "Reuters.\n\n"
        "The strike hit the weekly market in Djibo on Nov. 17, the residents said.",
    )
    assert [(e.country, e.location, e.event_date, e.actor2) for e in events] == [
        ("Burkina Faso", "Djibo", "2026-11-17", "Civilians (Burkina Faso)")
    ]


def test_the_towns_a_crowd_protests_killings_in_are_not_where_it_marched(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Police on Tuesday fired tear gas to disperse hundreds of youths protesting in Jos, the "
        "Plateau State capital, over recurring killings in Bokkos, Mangu and Bassa local "
        "government areas.",
    )
    assert [e.location for e in events] == ["Jos"]


def test_a_titles_stop_ends_no_sentence(nlp: Language) -> None:
    doc = nlp(
        "The diocese confirmed the abduction of one of its priests, Rev. Fr. Joseph Dangyang, "
        "by gunmen at Daffo on Sunday evening."
    )
    assert len(list(doc.sents)) == 1


def test_lashkar_e_taiba_as_written_is_named(nlp: Language) -> None:
    text = "Two militants of the Lashkar-e-Taiba were killed in an encounter in Kulgam."
    assert [f.template for f in find_actors(nlp(text), 0, len(text))] == ["LeT: Lashkar-e-Taiba"]


def test_a_district_reserve_guard_team_is_the_police(nlp: Language) -> None:
    text = "A DRG team killed one Maoist in an exchange of fire in the forests near Kachapal."
    templates = [f.template for f in find_actors(nlp(text), 0, len(text))]
    assert templates[:1] == ["Police Forces of {country}"]


def test_a_guard_killed_with_his_charge_is_no_attacker(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Gunfire killed Brig. General Athanase Kararuza in Bujumbura on Monday, along with his "
        "wife, daughter, and security guard.",
    )
    assert [(e.event_type, e.actor1) for e in events] == [
        ("Violence against civilians", "Unidentified Armed Group (Burundi)")
    ]
