"""Event typing on short hand-written sentences: month names, protest cues, means of attack."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from spacy.language import Language

from eventwire import events as ev
from eventwire.events.lexicon import is_month, mask_months
from eventwire.events.triggers import find_triggers
from eventwire.events.typing import Model, load_model, model_from, using_model
from eventwire.records import EventMention


def mentions(nlp: Language, text: str) -> list[EventMention]:
    return ev.detect_events(nlp(text))


def trigger_subs(nlp: Language, text: str) -> list[str]:
    """The sub-types of the triggers found in each sentence of text, in order."""
    doc = nlp(text)
    return [t.sub_event_type for s in doc.sents for t in find_triggers(doc, s)]


def trigger_statuses(nlp: Language, text: str) -> dict[str, str]:
    """Each trigger word of text with its status (asserted, negated, claimed...)."""
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


@pytest.mark.parametrize(
    ("text", "word", "month"),
    [
        ("They travelled to Lyon in March.", "March", True),
        ("The vote is due on 3 March 2016.", "March", True),
        ("March 12 was calm.", "March", True),
        ("Thousands joined the March for Peace in Accra.", "March", False),
        ("Nurses will march to the ministry.", "march", False),
    ],
)
def test_is_month(text: str, word: str, month: bool) -> None:
    start = text.index(word)
    assert is_month(text, start, start + len(word)) is month


def test_mask_months_keeps_marches() -> None:
    assert mask_months("Teachers marched in March 2016.") == "Teachers marched in month 2016."


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The suspects had travelled to Lyon in November and to Antwerp in March.",
        "The minister visited Nairobi on 3 March 2016.",
        "The plan used files seized by special forces in a raid in eastern Syria last year.",
    ],
)
def test_no_demonstration_without_a_word_of_one(nlp: Language, text: str) -> None:
    assert all(m.event_type not in ("Protests", "Riots") for m in mentions(nlp, text))


@pytest.mark.model
def test_bombing_and_supported_advance_are_two_events(nlp: Language) -> None:
    text = (
        "A car bombing at a crowded market in Hilla killed at least 30 people. "
        "Army units, backed by coalition air strikes, entered the town on Sunday."
    )
    found = mentions(nlp, text)
    assert [m.sub_event_type for m in found] == ["Remote explosive/landmine/IED", "Armed clash"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Government artillery and rocket launchers fired into the border villages.",
         "Shelling/artillery/missile attack"),
        ("The coalition carried out three separate air campaigns against the rebels.",
         "Air/drone strike"),
        ("Warplanes struck rebel targets near the border on Friday.", "Air/drone strike"),
        ("A bomb killed seven people at a bus station on Monday.",
         "Remote explosive/landmine/IED"),
        ("Barrel bombs killed twelve civilians in the old city.", "Air/drone strike"),
    ],
)  # fmt: skip
def test_means_of_attack(nlp: Language, text: str, sub: str) -> None:
    found = mentions(nlp, text)
    assert found and found[0].sub_event_type == sub


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A militant group claimed responsibility for killing four guards near the border.",
        "Five workers were hurt when a tank exploded at a chemical plant on Friday.",
        "A volcano erupted off the coast, killing three tourists.",
        # a disease's dead, and its victims told in the next sentence
        "Eight people died of an unidentified disease at the hospital. The doctor added that "
        "the victims were four children and four adults.",
        "Officials said the plan would free resources to attack the virus.",
        "The new law is rocket fuel on the fire of the crisis.",
    ],
)
def test_claims_and_accidents_are_no_event(nlp: Language, text: str) -> None:
    assert mentions(nlp, text) == []


@pytest.mark.model
def test_planned_rally_is_not_yet_a_protest(nlp: Language) -> None:
    found = mentions(nlp, "Police arrested 40 students a day before a planned rally.")
    assert [m.event_type for m in found] == ["Strategic developments"]


@pytest.mark.model
def test_stepping_on_a_mine_is_an_explosive(nlp: Language) -> None:
    found = mentions(nlp, "A herder died after stepping on a mine near the river.")
    assert [m.sub_event_type for m in found] == ["Remote explosive/landmine/IED"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A bomb attack on a cultural institute in the capital caused heavy damage. Police "
        "reported no victims.",
        "Unidentified men attacked the embassy with explosives overnight, causing damage but "
        "hurting nobody.",
        "Rebels placed a charge of dynamite under the bridge, which collapsed.",
    ],
)
def test_an_explosive_attack_on_property_is_an_explosion(nlp: Language, text: str) -> None:
    # nobody hurt, yet a bomb was the means: not looting or property destruction
    found = mentions(nlp, text)
    assert [m.sub_event_type for m in found] == ["Remote explosive/landmine/IED"]


@pytest.mark.model
def test_no_arrest_without_a_word_of_one(nlp: Language) -> None:
    assert all(m.sub_event_type != "Arrests" for m in mentions(nlp, "Soldiers raided a village."))
    found = mentions(nlp, "Police raided a house in the capital and arrested five men.")
    assert [m.sub_event_type for m in found] == ["Arrests"]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Rebels have not advanced since they captured the northern town of Kidal a year "
         "ago, officials said.", "Non-state actor overtakes territory"),
        ("He cited the rebels' loss of the strategic town of Menaka in March to government "
         "troops.", "Government regains territory"),
        ("The insurgents seized Mosul in June 2014 and held it for years.",
         "Non-state actor overtakes territory"),
        ("Army troops took control of the port of Kismayo after heavy fighting.",
         "Government regains territory"),
    ],
)  # fmt: skip
def test_territory_changes_hands_by_who_took_it(nlp: Language, text: str, sub: str) -> None:
    found = mentions(nlp, text)
    assert found and found[0].sub_event_type == sub


@pytest.mark.parametrize(
    "text",
    [
        "The group is losing the battle online, officials said on Sunday.",
        "She has led the fight against corruption for a decade.",
    ],
)
def test_a_battle_of_words_is_no_event(nlp: Language, text: str) -> None:
    assert mentions(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The coalition's effort to capture Mosul and Raqqa was making progress, he said.",
        "The group is no longer able to expand and seize more territory, he said.",
    ],
)
def test_efforts_and_inabilities_are_no_events(nlp: Language, text: str) -> None:
    assert [m for m in mentions(nlp, text) if m.event_type == "Battles"] == []


def test_striking_targets_is_an_air_strike(nlp: Language) -> None:
    found = mentions(nlp, "Coalition forces said they had struck militant targets near Azaz.")
    assert found and found[0].sub_event_type == "Air/drone strike"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Students protested over fees. Roads were barricaded and cars were pelted.",
        "Traders protested the new tax. They set up road blocks and threw stones at passers-by.",
        "Residents protested power cuts and burned tyres on the main road.",
    ],
)
def test_a_protest_that_turns_violent_is_one_riot(nlp: Language, text: str) -> None:
    found = mentions(nlp, text)
    assert [m.sub_event_type for m in found] == ["Violent demonstration"]


@pytest.mark.model
def test_a_peaceful_march_stays_a_protest(nlp: Language) -> None:
    found = mentions(nlp, "Hundreds of teachers marched peacefully to the ministry to demand pay.")
    assert [m.sub_event_type for m in found] == ["Peaceful protest"]


@pytest.mark.model
def test_violent_demonstrators_are_rioters(nlp: Language) -> None:
    text = "Youths staged a violent demonstration against the killing of a commander by militias."
    doc = nlp(text)
    found = ev.detect_events(doc)
    assert [m.sub_event_type for m in found] == ["Violent demonstration"]
    assert ev.code_actors(doc, found[0], "Somalia").actor1.inter == 5


@pytest.mark.model
def test_destruction_by_protesters_is_a_riot(nlp: Language) -> None:
    found = mentions(nlp, "Protesting residents destroyed a petrol station near the township.")
    assert [m.sub_event_type for m in found] == ["Violent demonstration"]


@pytest.mark.model
def test_a_clash_a_protest_follows_is_not_its_own(nlp: Language) -> None:
    text = "People protested in the town following clashes between police and civilians."
    assert "Violent demonstration" not in [m.sub_event_type for m in mentions(nlp, text)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Four people died in clashes between Tiv and Jukun youths in Wukari on Friday.",
        "Two men were killed in fighting between herders and farmers near Lafia.",
    ],
)
def test_fighting_between_two_sides_is_a_battle(nlp: Language, text: str) -> None:
    found = mentions(nlp, text)
    assert found and found[0].sub_event_type == "Armed clash"


@pytest.mark.model
def test_the_forces_answer_to_a_protest_is_part_of_it(nlp: Language) -> None:
    found = mentions(
        nlp,
        "Students protested against fee rises at the university in Jimma. "
        "Soldiers responded violently, arresting 40 of them.",
    )
    assert [m.sub_event_type for m in found] == ["Excessive force against protesters"]


@pytest.mark.model
def test_gunmen_in_uniforms_robbing_a_trader_attack_a_civilian(nlp: Language) -> None:
    found = mentions(
        nlp, "Gunmen in military uniforms attacked a trader near Gitega and stole his cattle."
    )
    assert found and found[0].event_type == "Violence against civilians"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of residents blocked the main highway in Nakuru to protest power cuts.",
        "Angry students stormed the rector's office in Dschang over unpaid grants.",
    ],
)
def test_a_crowd_blocking_roads_or_storming_offices_riots(nlp: Language, text: str) -> None:
    found = mentions(nlp, text)
    assert found and found[0].sub_event_type == "Violent demonstration"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Border guards detained 20 migrants hidden in a lorry near the crossing at Svilengrad.",
        "Police in Accra charged three men with drug trafficking after a raid on a warehouse.",
    ],
)
def test_crime_and_migration_with_nobody_hurt_are_no_events(nlp: Language, text: str) -> None:
    assert mentions(nlp, text) == []


@pytest.mark.model
def test_a_political_arrest_is_still_an_event(nlp: Language) -> None:
    found = mentions(nlp, "Police arrested twelve opposition activists at a rally in Harare.")
    assert found


@pytest.mark.model
def test_told_abduction_beats_a_catch_all_development(nlp: Language) -> None:
    found = mentions(
        nlp,
        "Militia forces abducted the deputy finance minister at his office last Thursday, "
        "according to sources close to the interim government.",
    )
    assert found and found[0].sub_event_type == "Abduction/forced disappearance"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Not less than nine villagers were slaughtered by suspected Boko Haram members in Shani.",
        "Militants slit the throats of five employees of a road company near Bosso.",
    ],
)
def test_a_massacre_of_workers_is_violence_not_a_protest(nlp: Language, text: str) -> None:
    found = mentions(nlp, text)
    assert found and found[0].event_type not in ("Protests", "Riots")


@pytest.mark.model
def test_a_commando_raid_told_in_passing_is_a_clash(nlp: Language) -> None:
    found = mentions(
        nlp,
        "The envoy said files obtained by US special forces in a raid in eastern Syria last "
        "year helped the coalition find the group's cash stores.",
    )
    assert found and found[0].sub_event_type == "Armed clash"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "The two warring factions conducted an exchange of prisoners on Monday under a "
            "truce brokered by tribal elders.",
            "Agreement",
        ),
        (
            "A village near Hama was hit by an air raid with poison gas on Friday.",
            "Chemical weapon",
        ),
        (
            "Two would-be suicide bombers blew themselves up near a checkpoint in Khost.",
            "Suicide bomb",
        ),
    ],
)
def test_the_told_means_or_deal_decides(nlp: Language, text: str, sub: str) -> None:
    found = mentions(nlp, text)
    assert found and found[0].sub_event_type == sub


@pytest.mark.model
def test_a_bare_toll_line_belongs_to_the_sentence_before(nlp: Language) -> None:
    text = "Government aircraft bombed the market town of Kauda on Tuesday. Four children dead."
    found = mentions(nlp, text)
    assert len(found) == 1
    assert found[0].start == 0  # the bombing's sentence is the passage's, not only the toll
    assert found[0].event_type == "Explosions/Remote violence"


@pytest.mark.model
def test_a_toll_line_naming_someone_starts_its_own_passage(nlp: Language) -> None:
    text = "The minister toured the port on Monday. Gunmen killed two guards at Kismayo."
    found = mentions(nlp, text)
    assert found and found[0].start == text.index("Gunmen")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Farmers marched in Bouake to demand compensation after floods ruined their crops.",
        "Hundreds of residents protested in Tembisa after a girl died in a car crash, "
        "demanding speed bumps.",
    ],
)
def test_a_protest_over_a_disaster_is_still_a_protest(nlp: Language, text: str) -> None:
    found = mentions(nlp, text)
    assert found and found[0].event_type in ("Protests", "Riots")


@pytest.mark.model
def test_the_blast_of_a_named_means_is_that_means(nlp: Language) -> None:
    text = (
        "A suicide bomber rammed a truck into an army post in Mubi. "
        "Three soldiers and a civilian died in the blast."
    )
    found = mentions(nlp, text)
    assert [m.sub_event_type for m in found] == ["Suicide bomb"]


def test_a_classifier_stands_in_for_the_shipped_one_while_in_use() -> None:
    # a two-word model that reads "bomb" as an explosion and "march" as a protest
    tiny = model_from(
        {
            "blocks": [
                {"analyzer": "word", "ngram": [1, 1], "features": ["bomb", "march"], "idf": [1, 1]}
            ],
            "sub": {
                "classes": ["Peaceful protest", "Remote explosive/landmine/IED"],
                "coef": [[-3.0, 3.0], [3.0, -3.0]],
                "intercept": [0.0, 0.0],
            },
            "type": {
                "classes": ["Explosions/Remote violence", "Protests"],
                "coef": [[3.0, -3.0], [-3.0, 3.0]],
                "intercept": [0.0, 0.0],
            },
        }
    )
    shipped = load_model()
    with using_model(tiny):
        assert load_model() is tiny
        proba = tiny.type_proba("A bomb went off.")
        assert max(proba, key=lambda c: proba[c]) == "Explosions/Remote violence"
    assert load_model() is shipped


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Explosive devices were found at a high school in Santa Fe, Texas, police said.",
        "Fishermen discovered two rocket bombs on Misori Beach on Wednesday.",
        "Special forces destroyed a house-borne improvised explosive device in Kandahar.",
        "A bunker containing pistols, machine guns and rockets was discovered by an army "
        "detachment near the border on Monday.",
        "Police were able to dismantle a bomb planted near the mosque on Friday.",
        "Police discover and remove a hidden explosive planted at a police station.",
    ],
)
def test_explosives_found_or_made_safe_are_disrupted_weapons_use(nlp: Language, text: str) -> None:
    assert [m.sub_event_type for m in mentions(nlp, text)] == ["Disrupted weapons use"]


@pytest.mark.model
def test_a_bomb_that_went_off_is_no_bomb_found(nlp: Language) -> None:
    found = mentions(nlp, "A bomb exploded in a market in Kano, killing five people.")
    assert [m.sub_event_type for m in found] == ["Remote explosive/landmine/IED"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Japan decides new sanctions against North Korea over its nuke test and rocket launch.",
        "Fresh explosions near the refinery blast site sent plumes of smoke into the sky.",
    ],
)
def test_weapons_tests_and_industrial_blasts_are_no_events(nlp: Language, text: str) -> None:
    assert mentions(nlp, text) == []


@pytest.mark.model
def test_no_arrests_made_is_no_arrest(nlp: Language) -> None:
    statuses = trigger_statuses(nlp, "No arrests have been made after the attack on the market.")
    assert statuses["arrests"] == "negated"
    assert statuses["attack"] == "asserted"


@pytest.mark.model
def test_a_person_intercepted_is_no_weapon_stopped(nlp: Language) -> None:
    found = mentions(nlp, "Soldiers intercepted him on the road and abducted him from his car.")
    assert [m.sub_event_type for m in found] == ["Abduction/forced disappearance"]
    subs = trigger_subs(nlp, "Air defences intercepted two drones over the city.")
    assert subs[0] == "Disrupted weapons use"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Militants have taken control of the villages of Korni and Shangal after clashes.",
         "Non-state actor overtakes territory"),
        ("Rebels have recaptured a village in the west, days after it was seized by "
         "government troops.", "Non-state actor overtakes territory"),
        ("Following the capture of the village by the militants, government forces were able "
         "to recapture it the same afternoon.", "Government regains territory"),
    ],
)  # fmt: skip
def test_the_taker_now_not_the_one_before(nlp: Language, text: str, sub: str) -> None:
    found = mentions(nlp, text)
    assert found and found[0].sub_event_type == sub


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("The army has dispatched hundreds of troops and armoured vehicles to the border.",
         "Change to group/activity"),
        ("A new military force was formed to guard government buildings.",
         "Change to group/activity"),
        ("The Turkish forces have established a total of 12 military observation points in "
         "the province.", "Headquarters or base established"),
        ("A large cache of firearms was found at the home of a suspected militant.",
         "Disrupted weapons use"),
    ],
)  # fmt: skip
def test_strategic_developments_told(nlp: Language, text: str, sub: str) -> None:
    subs = trigger_subs(nlp, text)
    assert sub in subs


@pytest.mark.model
def test_an_arrest_with_no_word_of_protest_is_no_protest(nlp: Language) -> None:
    found = mentions(
        nlp,
        "Over 100 opposition activists were arrested in five districts on charges of "
        "subversive activities.",
    )
    assert [m.sub_event_type for m in found] == ["Arrests"]


@pytest.mark.model
def test_saying_who_was_responsible_is_a_claim(nlp: Language) -> None:
    statuses = trigger_statuses(
        nlp, "The statement said two IS detachments were responsible for the attack in Cambrils."
    )
    assert statuses["attack"] == "claimed"


@pytest.mark.model
def test_torching_homes_is_property_destruction(nlp: Language) -> None:
    subs = trigger_subs(nlp, "Villagers say the militia mounted a campaign of torching homes.")
    assert "Looting/property destruction" in subs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Thousands of demonstrators marched in Paris on Saturday. There were scuffles with "
        "police near the Arc de Triomphe.",
        "Protesters marched to parliament, throwing bottles and firecrackers at the police.",
    ],
)
def test_scuffles_and_thrown_bottles_make_a_riot(nlp: Language, text: str) -> None:
    assert [m.sub_event_type for m in mentions(nlp, text)] == ["Violent demonstration"]


@pytest.mark.model
def test_a_capture_told_without_a_trigger_is_kept_when_the_model_is_sure(nlp: Language) -> None:
    found = mentions(
        nlp,
        "Joint units of the Syrian army today achieved a major military victory by "
        "controlling the entire Lajat area in the countryside of Deraa province.",
    )
    assert [m.sub_event_type for m in found] == ["Government regains territory"]


@pytest.mark.model
def test_a_long_report_with_no_trigger_tells_no_event(nlp: Language) -> None:
    """The model alone reads terse notes; in a whole interview it hears violence in
    "we believe this is contradictory"."""
    answer = "We believe this is contradictory."
    assert [m.event_type for m in mentions(nlp, answer)] == ["Violence against civilians"]
    talk = (
        "The president answered questions from reporters at the palace on Tuesday. "
        "He spoke about the economy, the harvest and the coming elections. "
    )
    interview = "\n\n".join([talk * 6, answer, talk * 6])
    assert len(interview) > 1_500
    assert mentions(nlp, interview) == []


@pytest.mark.model
def test_pepper_spray_is_an_intervention(nlp: Language) -> None:
    subs = trigger_subs(nlp, "Police pepper-sprayed the crowd outside the station.")
    assert "Protest with intervention" in subs


@pytest.mark.model
def test_the_occupied_territories_are_no_occupation_protest(nlp: Language) -> None:
    assert "Peaceful protest" not in trigger_subs(nlp, "Raids swept the occupied West Bank.")
    assert "Peaceful protest" in trigger_subs(nlp, "Students occupied the rectorate on Monday.")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Supporters of the ruling party fired firecrackers at the riot police near the "
        "protesters' square.",
        "Hundreds of protesters rallied against the president, involved in clashes in several "
        "cities.",
    ],
)
def test_firecrackers_fired_and_clashes_joined_make_a_riot(nlp: Language, text: str) -> None:
    assert "Violent demonstration" in [m.sub_event_type for m in mentions(nlp, text)]


@pytest.mark.model
def test_forces_that_push_a_group_out_of_areas_regain_territory(nlp: Language) -> None:
    found = mentions(
        nlp, "Government troops pushed the rebels out of several villages in the south."
    )
    assert [m.sub_event_type for m in found] == ["Government regains territory"]


@pytest.mark.model
def test_firearms_and_cartridges_seized_are_disrupted_weapons_use(nlp: Language) -> None:
    subs = trigger_subs(nlp, "Two revolvers and 85 cartridges were seized from the suspects.")
    assert "Disrupted weapons use" in subs


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Rebels took control of the town of Kuma after government troops withdrew from it.",
        # a fight denied is no fight told
        "Government troops took over the village of Kuma after the militants vacated it. No "
        "clashes were reported.",
        "Rebels took over the hill town of Kuma; the army had vacated it and put up no resistance.",
    ],
)
def test_ground_taken_as_the_other_side_withdrew_is_a_non_violent_transfer(
    nlp: Language, text: str
) -> None:
    found = mentions(nlp, text)
    assert [m.sub_event_type for m in found] == ["Non-violent transfer of territory"]
    found = mentions(nlp, "Rebels seized the town after a fierce battle, and the army withdrew.")
    assert [m.sub_event_type for m in found] != ["Non-violent transfer of territory"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Nine trucks were set on fire by militiamen on the road between the two towns.",
         "Looting/property destruction"),
        ("The villagers' homes and shops were looted by the militants after they entered.",
         "Looting/property destruction"),
        ("Youths blocked the road with burning tyres and looted a shop.",
         "Violent demonstration"),
    ],
)  # fmt: skip
def test_property_burnt_by_armed_men_is_no_riot(nlp: Language, text: str, sub: str) -> None:
    assert [m.sub_event_type for m in mentions(nlp, text)] == [sub]


@pytest.mark.model
def test_control_of_the_entire_length_is_a_capture(nlp: Language) -> None:
    subs = trigger_subs(nlp, "Government forces seized control of the entire length of the road.")
    assert "Non-state actor overtakes territory" in subs  # the taker decides which side


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Saudi jets fired a number of missiles at a farm in the district on Saturday.",
        "The warships launched 40 air missiles at the base on Tuesday.",
    ],
)
def test_missiles_fired_by_aircraft_are_an_air_strike(nlp: Language, text: str) -> None:
    assert trigger_subs(nlp, text)[0] == "Air/drone strike"


@pytest.mark.model
def test_an_attack_fended_off_is_a_battle(nlp: Language) -> None:
    found = mentions(
        nlp, "The militants' attack on the army's positions was fended off by the soldiers."
    )
    assert [m.sub_event_type for m in found] == ["Armed clash"]


@pytest.mark.model
def test_drugs_seized_are_no_weapons_disrupted(nlp: Language) -> None:
    text = (
        "Four residents face charges after officials broke up a drug smuggling ring. "
        "Customs says 120 kilograms of steroids and prescription drugs have been seized."
    )
    assert mentions(nlp, text) == []


@pytest.mark.model
def test_a_fragment_and_a_toxic_spill_tell_no_event(nlp: Language) -> None:
    text = (
        "aircraft carrier. The air base says it accidentally released 150,000 gallons of "
        "toxic contaminated water into the sewer system of the nearby city."
    )
    assert mentions(nlp, text) == []


@pytest.mark.model
def test_weapons_found_in_an_operation_are_disrupted_weapons_use(nlp: Language) -> None:
    subs = trigger_subs(nlp, "Army engineers found several arms and weapons in the villages.")
    assert "Disrupted weapons use" in subs


@pytest.mark.model
def test_forces_deployed_in_anticipation_of_protests_are_no_protest(nlp: Language) -> None:
    statuses = trigger_statuses(
        nlp, "Police deployed forces in the old city in anticipation of more demonstrations."
    )
    assert statuses["demonstrations"] == "hedged"


@pytest.mark.model
def test_a_three_word_note_is_read_and_a_group_that_overtakes_a_village_takes_it(
    nlp: Language,
) -> None:
    assert [m.event_type for m in mentions(nlp, "SAF bomb Kalo.")] == ["Explosions/Remote violence"]
    subs = trigger_subs(nlp, "Al Shabaab attacks and overtakes Dif village on Saturday.")
    assert "Non-state actor overtakes territory" in subs


@pytest.mark.model
def test_a_new_unit_formed_beats_the_catch_all_development(nlp: Language) -> None:
    found = mentions(
        nlp,
        "The commander said the forces have formed a drone organisation which has bases in "
        "military operational areas.",
    )
    assert [m.sub_event_type for m in found] == ["Change to group/activity"]


@dataclass(frozen=True)
class _Reading(Model):
    """The shipped classifier, noting each text it reads."""

    read: list[str] = field(default_factory=list)

    def weights(self, text: str) -> dict[int, float]:
        self.read.append(text)
        return super().weights(text)


@pytest.mark.model
def test_a_short_reports_lead_is_typed_on_the_whole_report(nlp: Language) -> None:
    shipped = load_model()
    assert shipped is not None
    spy = _Reading(blocks=shipped.blocks, sub=shipped.sub, type=shipped.type)
    short = (
        "Students marched through the town on Monday. Soldiers later shot one of them dead. "
        "The university said classes would resume next week."
    )
    with using_model(spy):
        assert mentions(nlp, short)
        assert short in spy.read  # the type head read the whole report
        spy.read.clear()
        long = " ".join([short] + ["The town was calm on Tuesday and shops opened."] * 20)
        assert mentions(nlp, long)
        assert long not in spy.read


@pytest.mark.model
def test_a_non_violent_demonstration_is_no_riot_and_a_human_chain_is_a_protest(
    nlp: Language,
) -> None:
    subs = trigger_subs(nlp, "Police broke up a non-violent demonstration near the bridge.")
    assert "Violent demonstration" not in subs
    subs = trigger_subs(nlp, "Teachers formed a human chain outside the ministry.")
    assert "Peaceful protest" in subs


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("An angry mob vandalized two churches and attacked shops in the town after a rumour "
         "spread online.", "Mob violence"),
        ("An angry mob of protesters vandalized two banks during a march against fuel prices.",
         "Violent demonstration"),
        ("About twenty people were injured when a group of nationalists attacked a peaceful "
         "rally in the capital on Sunday.", "Mob violence"),
    ],
)  # fmt: skip
def test_a_mob_with_no_protest_told_is_mob_violence(nlp: Language, text: str, sub: str) -> None:
    assert [m.sub_event_type for m in mentions(nlp, text)] == [sub]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Traders protested against new taxes in the town and set the market hall on fire.",
        "Farmers protested against land seizures by burning government documents outside "
        "the office.",
        "Students protested at the campus and burned down a police post.",
        "Workers marched to the ministry in a violent three-day protest over unpaid wages.",
        "Students protested against the fee increase; property was damaged at the library.",
    ],
)
def test_a_protest_with_the_crowds_own_damage_is_a_riot(nlp: Language, text: str) -> None:
    assert [m.sub_event_type for m in mentions(nlp, text)] == ["Violent demonstration"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of teachers marched peacefully through the capital to demand better pay.",
        "A student set himself on fire to protest being expelled from school.",
        "Students protested against the plan and the violent repression of earlier protests.",
    ],
)
def test_a_protest_with_no_damage_by_the_crowd_stays_peaceful(nlp: Language, text: str) -> None:
    assert [m.sub_event_type for m in mentions(nlp, text)] == ["Peaceful protest"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Police detained dozens of student activists and union members in the capital on "
         "charges of subversion.", "Arrests"),
        ("Students marched to the ministry and police arrested ten of them.",
         "Protest with intervention"),
    ],
)  # fmt: skip
def test_activists_arrested_with_no_protest_told_are_arrests(
    nlp: Language, text: str, sub: str
) -> None:
    assert [m.sub_event_type for m in mentions(nlp, text)] == [sub]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "subs"),
    [
        ("Military arrested and later released 40 people accused of supporting an armed "
         "group led by a local warlord.", ["Arrests"]),
        ("At least six people were arrested on Monday in the Kamenge district and several "
         "rebels surrendered to the authorities.", ["Arrests"]),
        # a report that tells of a killing too: the arrest is no event of its own
        ("Gunmen shot dead a trader near the market. Police later arrested two suspects.",
         ["Attack"]),
    ],
)  # fmt: skip
def test_arrests_in_a_report_where_nobody_is_hurt_are_the_event(
    nlp: Language, text: str, subs: list[str]
) -> None:
    assert [m.sub_event_type for m in mentions(nlp, text)] == subs


def _leaning_to_battle() -> Model:
    """A two-word model that reads "troops" as a battle more than as a change of activity."""
    heads = {
        "classes": ["Armed clash", "Change to group/activity"],
        "coef": [[0.5, 2.0], [-0.5, -2.0]],
        "intercept": [0.0, 0.0],
    }
    return model_from(
        {
            "blocks": [
                {
                    "analyzer": "word",
                    "ngram": [1, 1],
                    "features": ["troops", "killed"],
                    "idf": [1, 1],
                }
            ],
            "sub": heads,
            "type": {**heads, "classes": ["Battles", "Strategic developments"]},
        }
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("The army sent troops to the border town on Monday.", "Change to group/activity"),
        ("Rebel troops pulled back from the hills towards the river.", "Change to group/activity"),
        # a fight told: the troops' arrival is no longer the event
        ("The army sent troops to the border town, where two rebels were killed.", "Armed clash"),
    ],
)
def test_troops_moved_with_nobody_hurt_are_a_change_of_activity(
    nlp: Language, text: str, sub: str
) -> None:
    with using_model(_leaning_to_battle()):
        assert [m.sub_event_type for m in mentions(nlp, text)] == [sub]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Gunmen attacked a farm outside the town and abducted two workers.",
         "Abduction/forced disappearance"),
        ("Gunmen attacked a farm outside the town, killing one worker and abducting two others.",
         "Attack"),
        ("Police took away dozens of youths from the market on Tuesday, residents said.",
         "Arrests"),
        ("Troops drove back the insurgents from three villages in the district on Friday.",
         "Government regains territory"),
        # property looted with no crowd and no perpetrator told is no riot
        ("Dozens of shops were looted and set on fire in what a rights group called a targeted "
         "attack on the market.", "Looting/property destruction"),
        ("Youths looted shops and set tyres on fire in the market after the vote.",
         "Violent demonstration"),
        # livestock looted or stolen by armed men, with no crowd told, is looting
        ("Militiamen looted livestock from three villages in the district on Tuesday.",
         "Looting/property destruction"),
        ("Armed tribesmen raided a village east of the town and stole 50 sheep and three "
         "horses.", "Looting/property destruction"),
        ("Bandits rustled cattle from herders near the river on Sunday.",
         "Looting/property destruction"),
        # an attack that wrecks or takes property and hurts no one is looting or destruction
        ("Gunmen attacked houses on the edge of the village to steal food and motorbikes.",
         "Looting/property destruction"),
        ("Armed men attacked the village and torched a dozen houses.",
         "Looting/property destruction"),
        ("Armed men attacked the village and torched a dozen houses, wounding two women.",
         "Attack"),
        ("Under the deal, the handover of three districts to the government was completed on "
         "Sunday.", "Non-violent transfer of territory"),
    ],
)  # fmt: skip
def test_what_an_attack_a_raid_or_a_handover_yields_names_its_sub_type(
    nlp: Language, text: str, sub: str
) -> None:
    assert [m.sub_event_type for m in mentions(nlp, text)] == [sub]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Commanders of the rebel movement declared a split from its leadership.",
         "Change to group/activity"),
        ("The faction announced the formation of a new armed group in the east.",
         "Change to group/activity"),
        ("Twelve militiamen were captured by army soldiers near the lake.", "Arrests"),
    ],
)  # fmt: skip
def test_a_split_a_new_group_and_fighters_captured_are_named_by_triggers(
    nlp: Language, text: str, sub: str
) -> None:
    assert sub in trigger_subs(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Four people were killed in a fire exchange between soldiers and gunmen near Kasese.",
        "Army infighting in the garrison town killed three, including two civilians.",
        "Gunmen clashed with police and vigilantes in the village, killing one officer and a "
        "civilian.",
        "Two people died and six were injured in renewed hostilities between two farming "
        "communities on Friday.",
        "Two men were killed during a knife fight that broke out between former rebels at the "
        "cattle market.",
    ],
)
def test_a_fight_told_is_a_battle_whoever_died(nlp: Language, text: str) -> None:
    assert [m.sub_event_type for m in mentions(nlp, text)] == ["Armed clash"]


@pytest.mark.parametrize(
    "words", ["a fire exchange", "a shootout", "infighting", "exchanging fire"]
)
def test_words_of_a_firefight_are_clash_triggers(nlp: Language, words: str) -> None:
    assert "Armed clash" in trigger_subs(nlp, f"There was {words} in the town on Monday.")


@pytest.mark.model
def test_a_protest_over_a_killing_is_a_protest(nlp: Language) -> None:
    text = (
        "Supporters, angry about the murder of a teenager, gathered with placards outside "
        "the court."
    )
    assert [m.event_type for m in mentions(nlp, text)] == ["Protests"]


def _sure_of_a_development_only_whole() -> Model:
    """A stand-in classifier whose sub-type head reads "deployed" as no event and whose type
    head, reading the same words, is sure of a strategic development."""
    return model_from(
        {
            "blocks": [{"analyzer": "word", "ngram": [1, 1], "features": ["deployed"], "idf": [1]}],
            "sub": {
                "classes": ["NONE", "Change to group/activity", "Attack"],
                "coef": [[4.0], [1.0], [-4.0]],
                "intercept": [0.0, 0.0, 0.0],
            },
            "type": {
                "classes": ["NONE", "Strategic developments", "Violence against civilians"],
                "coef": [[-4.0], [4.0], [-4.0]],
                "intercept": [0.0, 0.0, 0.0],
            },
        }
    )


@pytest.mark.parametrize(
    ("text", "subs"),
    [
        ("A large number of troops were deployed in the border village on Monday.",
         ["Change to group/activity"]),
        # a crime with nobody hurt stays out, however sure the model, and so does a claim
        ("Customs officers deployed at the port seized smuggled cigarettes.", []),
        ("The group claimed responsibility for a bombing that killed eight soldiers deployed "
         "at the border.", []),
    ],
)  # fmt: skip
def test_a_short_report_no_passage_made_an_event_of_is_typed_whole(
    nlp: Language, text: str, subs: list[str]
) -> None:
    with using_model(_sure_of_a_development_only_whole()):
        assert [m.sub_event_type for m in mentions(nlp, text)] == subs


def _leaning_to_battle_over_seizure() -> Model:
    """A stand-in classifier that reads "killed" as a battle, four times likelier than a
    strategic development."""
    heads = {
        "classes": ["Armed clash", "Disrupted weapons use", "Attack"],
        "coef": [[1.5], [0.1], [-2.0]],
        "intercept": [0.0, 0.0, 0.0],
    }
    return model_from(
        {
            "blocks": [{"analyzer": "word", "ngram": [1, 1], "features": ["killed"], "idf": [1]}],
            "sub": heads,
            "type": {
                **heads,
                "classes": ["Battles", "Strategic developments", "Violence against civilians"],
            },
        }
    )


def test_weapons_recovered_after_a_deadly_fight_leave_the_fight(nlp: Language) -> None:
    text = "Troops killed four militants and recovered weapons in the forest on Thursday."
    with using_model(_leaning_to_battle_over_seizure()):
        assert [m.event_type for m in mentions(nlp, text)] == ["Battles"]


@pytest.mark.model
def test_an_officer_among_many_victims_does_not_make_a_battle(nlp: Language) -> None:
    text = "Suspected cultists attacked the village, killing 16, including a police officer."
    assert [m.event_type for m in mentions(nlp, text)] == ["Violence against civilians"]


@pytest.mark.parametrize(
    "text",
    [
        "The army gains control of three villages near the lake.",
        "Military forces gain control of the main rebel base in the forest.",
    ],
)
def test_gaining_control_of_ground_is_a_territory_trigger(nlp: Language, text: str) -> None:
    assert "Non-state actor overtakes territory" in trigger_subs(nlp, text)


def _half_sure_of_a_development(sub: str) -> Model:
    """A stand-in classifier whose sub-type head reads "deployed" as no event, or else as
    `sub`, and whose type head is half sure (0.5) of a strategic development."""
    return model_from(
        {
            "blocks": [{"analyzer": "word", "ngram": [1, 1], "features": ["deployed"], "idf": [1]}],
            "sub": {
                "classes": ["NONE", sub, "Other" if sub != "Other" else "Arrests"],
                "coef": [[4.0], [1.0], [-4.0]],
                "intercept": [0.0, 0.0, 0.0],
            },
            "type": {
                "classes": ["NONE", "Strategic developments", "Violence against civilians"],
                "coef": [[0.0], [0.6931], [0.0]],
                "intercept": [0.0, 0.0, 0.0],
            },
        }
    )


@pytest.mark.parametrize(
    ("sub", "subs"),
    [("Change to group/activity", ["Change to group/activity"]), ("Other", [])],
)
def test_a_half_sure_whole_report_guess_needs_a_named_development(
    nlp: Language, sub: str, subs: list[str]
) -> None:
    text = "A large number of troops were deployed in the border village on Monday."
    with using_model(_half_sure_of_a_development(sub)):
        assert [m.sub_event_type for m in mentions(nlp, text)] == subs


@pytest.mark.model
def test_suspects_arrested_after_an_attack_are_no_event_of_their_own(nlp: Language) -> None:
    text = (
        "At least one person was killed and five wounded in a series of grenade attacks in the "
        "town centre. Police arrested two suspects."
    )
    assert "Arrests" not in [m.sub_event_type for m in mentions(nlp, text)]


@pytest.mark.model
def test_ground_that_changed_hands_with_no_battle_read_is_a_transfer(nlp: Language) -> None:
    # the type head reads a development, the trigger a takeover: no agreement, no arrest
    found = mentions(nlp, "Rebels seized the town of Kuma on Sunday.")
    assert [m.sub_event_type for m in found] in (
        ["Non-violent transfer of territory"],
        ["Non-state actor overtakes territory"],
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        # a clash with a crowd is a riot
        ("More than ten people were injured during a clash between students of the agronomy "
         "institute and police near the campus.", "Violent demonstration"),
        ("Clashes between soldiers and farmers trying to save their houses from demolition "
         "left two dead.", "Violent demonstration"),
        ("An opposition supporter was stabbed during clashes with ruling party supporters "
         "outside the council offices.", "Mob violence"),
        ("Clashes continued for a second day between students aligned with the two parties.",
         "Mob violence"),
        # a party's supporters are a crowd until they carry arms
        ("Supporters of the ruling party and the opposition clashed in the town, leaving two "
         "dead.", "Mob violence"),
        ("Supporters of the ruling party and the opposition clashed in the town and two were "
         "shot dead.", "Armed clash"),
        ("ODM and Jubilee cadres clashed at a polling station before police intervened.",
         "Mob violence"),
        ("An MDC activist was stabbed during clashes with ZANU-PF youths outside the hall.",
         "Mob violence"),
        ("Six were killed in a land dispute between members of the Tiv and Jukun "
         "communities.", "Armed clash"),
        # two villages' residents are communal militias to ACLED; "members" are no crowd
        ("Residents of two neighbouring villages clashed over farmland, leaving two dead.",
         "Armed clash"),
        ("Heavy fighting broke out between the army and members of the Revolutionaries "
         "Council in the port district.", "Armed clash"),
        # the same forces named twice ("Myanmar soldiers", "the military") are one side
        ("Myanmar soldiers set fire to more than 200 homes and killed five villagers in "
         "Sagaing region on Thursday, residents and a local resistance group said, the latest "
         "in a string of raids on communities accused of backing opponents of the military.",
         "Attack"),
        # arrests at a protest are its intervention
        ("Hundreds of students demonstrated outside the ministry on Monday. Police arrested 20 "
         "of them.", "Protest with intervention"),
        ("Thousands of traders marched to the governor's office over new taxes. More than 30 "
         "were arrested.", "Protest with intervention"),
        ("According to the party, around 12 protesters were arrested in the district after "
         "demonstrations against the deal.", "Protest with intervention"),
        # ... and those made at a protest that also fought the police
        ("Students protested against fee rises and fought running battles with police in the "
         "town centre. Several were arrested.", "Violent demonstration"),
        # so is a protest the forces dispersed
        ("Security forces dispersed four protests in the capital held against the new "
         "constitution.", "Protest with intervention"),
        # an arrest the protest is about is no intervention
        ("Hundreds of vigilantes protested to demand the release of nine who were arrested "
         "last week.", "Peaceful protest"),
        ("A women's group protested against the arrest of a group of motorcycle riders.",
         "Peaceful protest"),
        # ground taken with no word of force is a transfer
        ("Government troops entered the town of Kuma on Monday and took up positions near the "
         "market.", "Non-violent transfer of territory"),
        ("Rebel fighters took control of Kuma town on Sunday, residents said.",
         "Non-violent transfer of territory"),
        # force told: a battle over the ground
        ("Rebel fighters stormed and took control of Kuma town on Sunday.",
         "Non-state actor overtakes territory"),
    ],
)  # fmt: skip
def test_the_sub_type_the_passage_tells(nlp: Language, text: str, sub: str) -> None:
    assert [m.sub_event_type for m in mentions(nlp, text)] == [sub]


@pytest.mark.model
def test_a_gunfight_told_days_later_leaves_a_bombing_a_bombing(nlp: Language) -> None:
    text = (
        "Twin bombs exploded near the finish line of the marathon, killing three people. "
        "Days later, one of the bombers was killed in a gun battle with police."
    )
    found = mentions(nlp, text)
    assert found[0].sub_event_type == "Remote explosive/landmine/IED"
    # a fight in the same telling is the event (ACLED: an ambush opened with a bomb)
    text = (
        "A roadside bomb hit a military convoy near Mosul. Militants then opened fire on the "
        "soldiers, sparking a gun battle."
    )
    assert mentions(nlp, text)[0].sub_event_type == "Armed clash"


@pytest.mark.model
def test_a_death_word_in_a_name_is_no_trigger(nlp: Language) -> None:
    doc = nlp("The witness said the man came to Elliott's Body Shop to rent a truck.")
    assert not find_triggers(doc, next(iter(doc.sents)))
    doc = nlp("Body of a herder found near the river.")
    assert find_triggers(doc, next(iter(doc.sents)))


@pytest.mark.model
def test_a_killing_told_in_a_statement_is_no_unnamed_development(nlp: Language) -> None:
    text = (
        "Government minister Carlos Morales said today that a foreign commando killed Hector "
        "Oqueli, leader of the leftist party, and social democratic leader Gilda Flores."
    )
    found = mentions(nlp, text)
    assert found and found[0].event_type == "Violence against civilians"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The measures aim to prevent judges from being murdered.", "murdered", "hedged"),
        ("The army moved in to prevent an attack on the town.", "attack", "hedged"),
        ("Soldiers managed to prevent an attack on the base.", "attack", "foiled"),
        ("Police prevented the rebels from attacking the town.", "attacking", "foiled"),
    ],
)
def test_an_attack_to_prevent_is_a_purpose_not_a_foiled_one(
    nlp: Language, text: str, word: str, status: str
) -> None:
    assert trigger_statuses(nlp, text)[word] == status


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The army said it killed five militants in Yobe.",
        "The Front said that in another attack it inflicted casualties on U.S. Army troops.",
    ],
)
def test_remote_violence_names_its_means(nlp: Language, text: str) -> None:
    """No shell, bomb, mine or aircraft told: no remote violence and no air strike, whatever
    the model hears in "said it" or "U.S. Army"."""
    found = mentions(nlp, text)
    assert found and all(m.event_type != "Explosions/Remote violence" for m in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "A telecommunications relay station near Ajdabiya was blown up by militants.",
            "Remote explosive/landmine/IED",
        ),
        ("Government forces dropped chlorine on the town of Saraqib.", "Chemical weapon"),
    ],
)
def test_remote_violence_told_by_its_means(nlp: Language, text: str, sub: str) -> None:
    assert [m.sub_event_type for m in mentions(nlp, text)] == [sub]


@pytest.mark.model
def test_an_attack_with_no_means_told_is_a_direct_one(nlp: Language) -> None:
    """The model hears remote violence; with no bomb or shell told, the attack the trigger
    names is a direct one, not a development."""
    found = mentions(nlp, "The headquarters of the party was the target of an attack on Sunday.")
    assert [m.event_type for m in found] == ["Violence against civilians"]
