"""Event coding rule families on short hand-written sentences."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from spacy.language import Language

from eventwire import events as ev
from eventwire.events.dates import find_dates
from eventwire.events.fatalities import find_counts
from eventwire.events.triggers import find_triggers
from eventwire.records import EventMention

pytestmark = pytest.mark.model


def mentions(nlp: Language, text: str) -> list[EventMention]:
    return ev.detect_events(nlp(text))


def status_of(nlp: Language, text: str, word: str) -> str:
    """The status of the text's first trigger starting with `word`."""
    doc = nlp(text)
    return next(t for t in find_triggers(doc, doc[:]) if t.text.startswith(word)).status


def first_toll(nlp: Language, text: str) -> int | None:
    """The deaths of the first event the text reports; None when it reports none."""
    doc = nlp(text)
    found = ev.detect_events(doc)
    return ev.count_fatalities(doc, found[0]).fatalities if found else None


# --- detection and typing -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("A suicide bomber blew himself up at a market in Maiduguri, killing 12 people.",
         "Suicide bomb"),
        ("Government warplanes carried out air strikes on three villages near Idlib.",
         "Air/drone strike"),
        ("Thousands of teachers marched peacefully in Nairobi to demand higher pay.",
         "Peaceful protest"),
        ("Gunmen kidnapped 20 schoolgirls from a school in Zamfara state.",
         "Abduction/forced disappearance"),
        ("Soldiers clashed with Al Shabaab fighters near Afgoye.", "Armed clash"),
        ("Gunmen ambushed a bus carrying traders near Bambari, killing two.", "Attack"),
        ("Al Shabaab fighters ambushed a military convoy near Afgoye.", "Armed clash"),
        ("Gunmen attacked a bank in Lagos, killing two security guards.", "Armed clash"),
        # guards, however named, are armed: an attack on them is a fight
        ("Gunmen attacked the house of a police commander but met resistance from his guards "
         "and retreated.", "Armed clash"),
        ("A park ranger was killed by suspected rebels in the national park.", "Armed clash"),
        ("Unknown men armed with pistols shot and killed a soldier in the market on Sunday.",
         "Armed clash"),
        # a cameraman, motorcyclists or pastoralists shot are civilians, not a side
        ("A cameraman was shot and killed in a confrontation with police.", "Attack"),
        # a blast and a gunfight in one paragraph: the fight is the event
        ("A roadside bomb hit an army convoy near the village on Monday. The explosion was "
         "followed by a brief exchange of gunfire.", "Armed clash"),
        ("A suicide bomber blew himself up at a mosque, killing 12 worshippers. No clashes "
         "were reported.", "Suicide bomb"),
    ],
)  # fmt: skip
def test_types(nlp: Language, text: str, sub: str) -> None:
    found = mentions(nlp, text)
    assert found and found[0].sub_event_type == sub


@pytest.mark.parametrize(
    "text",
    [
        "The army denied that it had shelled the town.",
        "Al Shabaab threatened to attack Mogadishu.",
        "The foreign minister met his Kenyan counterpart in Addis Ababa on Monday.",
        "A magnitude 6 earthquake struck the region, destroying hundreds of homes.",
        # an accident told as such in the next sentence; a group denying a part is no actor
        "Boko Haram denied any role in an explosion at a petrol station that killed four "
        "people. Police said the blast was caused by a gas leak.",
    ],
)
def test_no_event(nlp: Language, text: str) -> None:
    assert mentions(nlp, text) == []


def test_feared_dead_is_not_a_hedge(nlp: Language) -> None:
    """Ten farmers "were feared dead" tells likely deaths; "residents fear an attack" tells
    nothing that happened."""
    doc = nlp("Ten farmers were on Monday feared dead in an attack by herdsmen on a village.")
    found = ev.detect_events(doc)
    assert found and ev.count_fatalities(doc, found[0]).fatalities == 10
    assert mentions(nlp, "Residents fear an attack by the rebels on the town.") == []


def test_a_negation_told_after_the_event_is_not_its_own(nlp: Language) -> None:
    """'..., the kidnappers not identified' denies knowing who, not the kidnapping."""
    text = "A district officer is abducted in Gulu with his driver, the kidnappers not identified."
    found = mentions(nlp, text)
    assert [m.sub_event_type for m in found] == ["Abduction/forced disappearance"]
    assert mentions(nlp, "The rebels did not abduct the district officer in Gulu.") == []


def test_an_event_told_as_a_cause_or_a_weapons_site_is_not_the_passages(nlp: Language) -> None:
    text = (
        "Navy ships fired cruise missiles at two nerve agent laboratories near Homs on Friday, "
        "in response to a chemical attack on Douma."
    )
    found = mentions(nlp, text)
    assert found and found[0].sub_event_type != "Chemical weapon"
    text = "Army jets pounded rebel positions near Hama on Monday in reprisal for a rocket attack."
    found = mentions(nlp, text)
    assert [m.sub_event_type for m in found] == ["Air/drone strike"]


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("Traders marched through Goma after the abduction of a local chief.", "abduction",
         "cause"),
        ("Students rallied in Gulu against the killing of two classmates.", "killing", "cause"),
        ("Villagers protest the alleged killing of three men at the barracks.", "killing",
         "cause"),
        ("Protesters marching against the tax were shot by police.", "shot", "asserted"),
        ("Police arrested ten men after the attack on the church.", "attack", "asserted"),
    ],
)  # fmt: skip
def test_a_protests_grievance_is_not_its_event(
    nlp: Language, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, text, word) == status


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("Troops freed 40 women, including some who were abducted in Gwoza in 2014.",
         "abducted", "past"),
        ("A memorial to 20 villagers killed by colonial troops in 1947 was destroyed.",
         "killed", "past"),
        # a year told of the report's own event, or no year, leaves it the event
        ("Gunmen killed 20 villagers in Kidal in March 2016.", "killed", "asserted"),
        ("The troops freed women who were abducted in Gwoza last week.", "abducted",
         "asserted"),
    ],
)  # fmt: skip
def test_a_deed_of_a_year_told_describes_someone(
    nlp: Language, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, text, word) == status


def test_an_abduction_of_years_before_does_not_type_a_sweep(nlp: Language) -> None:
    text = (
        "Troops carried out a sweep of three villages near Bama, killing 20 militants and "
        "freeing 40 women, including some who were abducted in Gwoza in 2014."
    )
    assert "Abduction/forced disappearance" not in [m.sub_event_type for m in mentions(nlp, text)]


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The conflict has killed more than 10,000 people.", "killed", "toll"),
        ("The war has killed tens of thousands of people since 2015.", "killed", "toll"),
        ("More than 300 civilians have died in the war.", "died", "toll"),
        ("At least 2,000 people have been killed since the start of the insurgency.", "killed",
         "toll"),
        # the deaths of one day's violence or fighting are its event
        ("Violence killed five people in Jos on Sunday.", "killed", "asserted"),
        ("Two soldiers died in the fighting near the bridge.", "died", "asserted"),
        ("11 killed in intercommunal conflict between two Tuareg groups.", "killed",
         "asserted"),
        ("Five people were killed in a chieftaincy crisis in the village.", "killed",
         "asserted"),
        ("The clash left six people dead in Saada, a province that has seen fighting since "
         "2011.", "dead", "asserted"),
    ],
)  # fmt: skip
def test_a_wars_running_toll_is_no_event(nlp: Language, text: str, word: str, status: str) -> None:
    assert status_of(nlp, text, word) == status


@pytest.mark.parametrize(
    "text",
    [
        "It is not known if the drones were intercepted by the air defences.",
        "It is unclear whether anyone was arrested.",
        # a truce talked about is no truce
        "The ministers met in Geneva to discuss a possible ceasefire.",
        "Delegates held talks on a new ceasefire in Doha.",
    ],
)
def test_what_is_not_known_to_have_happened_is_hedged(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert [t.status for t in find_triggers(doc, doc[:]) if t.sub_event_type] == ["hedged"]


def test_a_truce_negotiated_is_one(nlp: Language) -> None:
    doc = nlp("The two sides negotiated a ceasefire in Doha on Sunday.")
    assert [t.status for t in find_triggers(doc, doc[:]) if t.sub_event_type] == ["asserted"]


def test_the_fate_of_a_missile_is_the_missiles_event(nlp: Language) -> None:
    text = (
        "Rebels fired a ballistic missile at the port city on Wednesday. It was intercepted "
        "and there were no casualties."
    )
    assert len(mentions(nlp, text)) == 1


def test_foiled_is_disrupted_weapons_use(nlp: Language) -> None:
    found = mentions(nlp, "Police foiled a bomb plot in Nairobi.")
    assert [m.sub_event_type for m in found] == ["Disrupted weapons use"]


def test_follow_up_sentence_joins_the_event(nlp: Language) -> None:
    doc = nlp("Gunmen attacked a village on Sunday. Four people were killed.")
    found = ev.detect_events(doc)
    assert len(found) == 1 and ev.count_fatalities(doc, found[0]).fatalities == 4


def test_the_fighting_an_attack_sets_off_is_the_attack(nlp: Language) -> None:
    text = (
        "Al Shabaab fighters launched an attack against AMISOM forces in Bulo (20km NE of "
        "Jowhar) in the morning of 10/03. Heavy fighting followed where both sides exchanged "
        "different types of weapons. Three combatants were killed in the clash."
    )
    doc = nlp(text)
    found = ev.detect_events(doc)
    assert [m.sub_event_type for m in found] == ["Armed clash"]
    assert ev.count_fatalities(doc, found[0]).fatalities == 3


# --- fatalities ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Two soldiers and three civilians were killed.", 5),
        ("Gunmen attacked the village, killing at least seven.", 7),
        ("Five people were injured and two killed.", 2),
        ("Dozens were killed in the attack.", 12),
        ("Hundreds of people died.", 100),
        ("A policeman was shot dead.", 1),
        ("115 people were killed this week across the country.", 0),
        ("The war has killed tens of thousands of people since 2015.", 0),
        ("Tens of thousands of people were killed.", 10000),
        ("Hundreds of thousands died.", 100000),
        ("Twenty-five people were wounded.", 0),
        ("Troops killed 18 militants (another outlet reports 27).", 18),
        ("Several houses were burned and two people died.", 2),
        ("The motive behind the killing is unknown.", 0),
        ("Gunmen stormed the village and killed the chief.", 1),
        # "displaced" between a count and its people says who they were, not what befell them
        ("Two displaced men were shot dead while travelling to the camp.", 2),
        ("3 abducted farmers were killed by their captors.", 3),
        ("Two were killed and 40 displaced people fled to the town.", 2),
        # one person beaten or stoned "to death" is one death
        ("Villagers beat a thief to death in the market.", 1),
        ("They allegedly stoned a murder suspect to death near the river.", 1),
        ("The court sentenced a man to death.", 0),
        ("Residents hacked the man to death near the well.", 1),
        # "an additional three" and "a further two" are three and two, not one more
        ("Villagers attacked the gunmen, killing an additional three.", 3),
        ("A further two soldiers were killed in the ambush.", 2),
        ("Gunmen killed a 49-year-old woman in her shop.", 1),
        # a number of places with a word describing them counts no one
        ("Residents of two neighbouring villages clashed over land, leaving three dead.", 3),
        ("Three armoured vehicles were hit and two soldiers were killed.", 2),
    ],
)
def test_counts(text: str, dead: int) -> None:
    assert sum(c.value for c in find_counts(text)) == dead


def test_restated_toll_is_not_added(nlp: Language) -> None:
    """An 'other' far from the later sentence's count does not make it a new toll."""
    doc = nlp(
        "Gunmen killed 18 people at a market on Monday. Eighteen people were killed in the "
        "attack, which followed a ban on selling monkeys and other bush meat."
    )
    found = ev.detect_events(doc)
    assert [ev.count_fatalities(doc, m).fatalities for m in found] == [18]


def test_range_gives_low_best_high(nlp: Language) -> None:
    doc = nlp("Militants stormed the town and between 10 and 20 people were killed.")
    found = ev.detect_events(doc)
    deaths = ev.count_fatalities(doc, found[0])
    assert (deaths.fatalities, deaths.low, deaths.best, deaths.high) == (10, 10, 15, 20)
    assert deaths.spans[0].text.startswith("10")


def test_no_toll_is_zero_and_unknown(nlp: Language) -> None:
    doc = nlp("Protesters marched in Lagos.")
    deaths = ev.count_fatalities(doc, ev.detect_events(doc)[0])
    assert (deaths.fatalities, deaths.low, deaths.best, deaths.high) == (0, None, None, None)


# --- dates --------------------------------------------------------------------------------

PUB = date(2016, 3, 10)  # a Thursday


@pytest.mark.parametrize(
    ("text", "when", "precision"),
    [
        ("on 9 March 2016", date(2016, 3, 9), 1),
        ("on Sunday", date(2016, 3, 6), 1),
        ("yesterday", date(2016, 3, 9), 1),
        ("overnight", date(2016, 3, 9), 1),
        ("this afternoon", date(2016, 3, 10), 1),
        ("last month", date(2016, 2, 9), 3),
        ("in December", date(2015, 12, 15), 3),  # a month's event: its middle, as ACLED
        ("in March", date(2016, 3, 10), 3),  # ... but never after the report
        ("a year ago", date(2015, 3, 11), 3),
        ("in the night of 20/02", date(2016, 2, 20), 1),
        ("over the weekend", date(2016, 3, 5), 2),  # the Saturday just gone
        ("at the weekend", date(2016, 3, 5), 2),
    ],
)
def test_dates(text: str, when: date, precision: int) -> None:
    found = find_dates(text, PUB)
    assert found and found[0][2:] == (when, precision)


def test_a_day_without_year_or_publication_date_is_never_ahead_of_today() -> None:
    today = date.today()
    for month in range(1, 13):
        found = find_dates(f"on 28 {date(2000, month, 1):%B}", None)
        assert found and found[0][2] <= today + timedelta(days=1)
        assert today - found[0][2] <= timedelta(days=367)


def test_undated_event_takes_publication_day(nlp: Language) -> None:
    doc = nlp("Gunmen killed three villagers in Borno.")
    when = ev.resolve_date(doc, ev.detect_events(doc)[0], PUB)
    assert (when.date, when.precision, when.span) == (PUB, 2, None)


def test_background_event_keeps_its_own_date(nlp: Language) -> None:
    doc = nlp("The bombing recalled the Paris attacks in November.")
    when = ev.resolve_date(doc, ev.detect_events(doc)[0], PUB)
    assert when.date == date(2015, 11, 15) and when.precision == 3


@pytest.mark.parametrize(
    ("text", "when"),
    [
        # the day of the saying is the report's when the sentence gives the deed's own
        (
            "The Front today said that it killed a soldier in an attack on 7 March.",
            date(2016, 3, 7),
        ),
        ("The army said on Monday that it killed five militants on Saturday.", date(2016, 3, 5)),
        # ... and the event's when it gives no other
        ("The army said on Monday that it killed five militants.", date(2016, 3, 7)),
    ],
)
def test_the_day_something_was_said_is_not_the_deeds(nlp: Language, text: str, when: date) -> None:
    doc = nlp(text)
    assert ev.resolve_date(doc, ev.detect_events(doc)[0], PUB).date == when


# --- actors -------------------------------------------------------------------------------


def test_alias_table_unifies_islamic_state(nlp: Language) -> None:
    names = set()
    for alias in ("ISIS", "ISIL", "Daesh", "Islamic State"):
        doc = nlp(f"{alias} fighters kidnapped ten villagers near Mosul.")
        coding = ev.code_actors(doc, ev.detect_events(doc)[0], "Iraq")
        assert coding.actor1 is not None
        names.add((coding.actor1.name, coding.actor1.inter))
    assert names == {("Islamic State (Iraq)", 2)}


def test_state_forces_take_the_event_country(nlp: Language) -> None:
    doc = nlp("Police fired tear gas to disperse protesters in Nairobi.")
    found = ev.detect_events(doc)[0]
    coding = ev.code_actors(doc, found, "Kenya")
    assert found.event_type == "Protests"
    assert coding.actor1 is not None and coding.actor1.name == "Protesters (Kenya)"
    assert coding.actor2 is not None and coding.actor2.name == "Police Forces of Kenya"


def test_passive_agent_is_actor1(nlp: Language) -> None:
    doc = nlp("Three villagers were killed by Boko Haram militants in Borno.")
    coding = ev.code_actors(doc, ev.detect_events(doc)[0], "Nigeria")
    assert coding.actor1 is not None and coding.actor1.inter == 2
    assert coding.actor2 is not None and coding.actor2.name == "Civilians (Nigeria)"


# --- notes --------------------------------------------------------------------------------


def test_notes_read_like_acled() -> None:
    from eventwire.notes import write_notes
    from eventwire.records import Event

    event = Event(
        "ev-1", "2016-03-06", 1, "Violence against civilians", "Attack", "Political violence",
        "Boko Haram - Wilayat Gharb Ifriqiyyah", "Civilians (Nigeria)", None, None, 2, 7, 27,
        "Nigeria", "NGA", "Borno", None, "Dikwa", None, None, None, 1, 7, 7, 7, 7, "",
    )  # fmt: skip
    notes = write_notes(event, "Boko Haram killed seven villagers in Dikwa.")
    assert notes.startswith(
        "On 6 March 2016, Boko Haram - Wilayat Gharb Ifriqiyyah attacked Civilians (Nigeria) "
        "in Dikwa, Borno, Nigeria; 7 fatalities reported."
    )


def test_state_forces_lead_a_battle(nlp: Language) -> None:
    doc = nlp("Al Shabaab fighters ambushed a convoy of Somali soldiers near Afgoye.")
    coding = ev.code_actors(doc, ev.detect_events(doc)[0], "Somalia")
    assert coding.actor1 is not None and coding.actor1.name == "Military Forces of Somalia"
    assert coding.actor2 is not None and coding.actor2.name == "Al Shabaab"


def test_named_community_militia_is_identity_militia(nlp: Language) -> None:
    doc = nlp("Kuteb militia attacked Takum, killing 20 villagers.")
    coding = ev.code_actors(doc, ev.detect_events(doc)[0], "Nigeria")
    assert coding.actor1 is not None
    assert (coding.actor1.name, coding.actor1.inter) == ("Kuteb Ethnic Militia (Nigeria)", 4)


def test_the_source_of_a_report_is_not_a_party(nlp: Language) -> None:
    doc = nlp("A car bomb exploded at a market in Mogadishu, killing 12 people, police said.")
    coding = ev.code_actors(doc, ev.detect_events(doc)[0], "Somalia")
    assert coding.actor1 is not None and coding.actor1.name == "Unidentified Armed Group (Somalia)"


def test_headline_and_lead_are_one_toll(nlp: Language) -> None:
    doc = nlp(
        "Drone strike kills three in Marib\n\nA drone strike killed three militants on Saturday."
    )
    deaths = sum(ev.count_fatalities(doc, m).fatalities for m in ev.detect_events(doc))
    assert deaths == 3


# --- weapon cues, figure sources, background sentences, unknown strikers -----------------


def test_weapon_cue_beats_generic_killing(nlp: Language) -> None:
    text = "Nine people died when a suicide bomber attacked a bus station in Gombe on Friday."
    assert [m.sub_event_type for m in mentions(nlp, text)] == ["Suicide bomb"]


def test_source_of_a_figure_is_not_the_perpetrator(nlp: Language) -> None:
    doc = nlp(
        "Twelve people were killed when a suicide bomber struck a market in Konduga on "
        "Monday, a medic said, raising the toll from the nine given by police."
    )
    found = ev.detect_events(doc)[0]
    coding = ev.code_actors(doc, found, "Nigeria")
    assert coding.actor1 is not None
    assert coding.actor1.name == "Unidentified Armed Group (Nigeria)"
    assert ev.count_fatalities(doc, found).fatalities == 12


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Gunmen killed villagers in Gusau; the death toll rose to 30 from 18 given by the army.",
         30),
        ('Gunmen killed six people in Gusau. "We buried six bodies and more than 20 were hurt," '
         "a villager said.", 6),
    ],
)  # fmt: skip
def test_superseded_and_restated_tolls_are_not_added(nlp: Language, text: str, dead: int) -> None:
    assert first_toll(nlp, text) == dead


def test_named_enemy_beats_unnamed_fighters_in_a_battle(nlp: Language) -> None:
    doc = nlp(
        "Soldiers clashed with Al Shabaab fighters near Baidoa on Sunday. Nine militants "
        "and one soldier were killed, an officer said."
    )
    coding = ev.code_actors(doc, ev.detect_events(doc)[0], "Somalia")
    assert coding.actor2 is not None and coding.actor2.name == "Al Shabaab"


def test_background_sentence_does_not_name_the_attacker(nlp: Language) -> None:
    doc = nlp(
        "Unidentified gunmen killed five farmers in an attack near Djibo on Tuesday. "
        "The area has seen repeated attacks by groups linked to the Islamic State."
    )
    coding = ev.code_actors(doc, ev.detect_events(doc)[0], "Burkina Faso")
    assert coding.actor1 is not None
    assert coding.actor1.name == "Unidentified Armed Group (Burkina Faso)"


def test_unknown_drone_operator_is_not_invented(nlp: Language) -> None:
    doc = nlp(
        "A drone strike killed two suspected Al Shabaab fighters in a car near Jilib. "
        "It was unclear who carried out the strike."
    )
    found = ev.detect_events(doc)[0]
    coding = ev.code_actors(doc, found, "Somalia")
    assert coding.actor1 is None or coding.actor1.name.startswith("Unidentified")
    assert coding.actor2 is not None and coding.actor2.name == "Al Shabaab"


def test_bomb_on_forces_by_nobody_named_lists_the_forces_first(nlp: Language) -> None:
    doc = nlp("Two policemen were killed when a roadside bomb hit their patrol near Arish.")
    coding = ev.code_actors(doc, ev.detect_events(doc)[0], "Egypt")
    assert coding.actor1 is not None and coding.actor1.name == "Police Forces of Egypt"
    assert coding.actor2 is not None and coding.actor2.name.startswith("Unidentified")


def test_a_separate_incident_borrows_no_actors_from_the_report_before_it(
    nlp: Language,
) -> None:
    text = (
        "Gunmen ambushed a police patrol near Huanta yesterday, killing three policemen.\n\n"
        "In a separate incident on Monday, a bomb exploded outside a bank in Huancayo, "
        "causing damage but no injuries, police said."
    )
    doc = nlp(text)
    bomb = [m for m in ev.detect_events(doc) if m.event_type == "Explosions/Remote violence"]
    coding = ev.code_actors(doc, bomb[0], "Peru")
    assert coding.actor1 is not None and coding.actor1.name == "Unidentified Armed Group (Peru)"
    assert coding.actor2 is None


def test_forces_killing_at_a_demonstration_is_excessive_force(nlp: Language) -> None:
    doc = nlp("Thousands marched in Ambo to protest the plan; police beat dozens of marchers.")
    found = ev.detect_events(doc)
    assert found[0].sub_event_type == "Excessive force against protesters"
    coding = ev.code_actors(doc, found[0], "Ethiopia")
    assert coding.actor1 is not None and coding.actor1.name == "Police Forces of Ethiopia"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Al Shabaab attacked an army base near Baidoa; both sides suffered heavy casualties.",
         10),
        ("Gunmen attacked the village, killing a number of people.", 10),
        ("Warplanes struck al Shabaab positions near Baidoa on Monday, reportedly causing "
         "civilian casualties.", 10),
        ("Gunmen threw a grenade at the police post, causing no casualties.", 0),
        ("An air raid on a checkpoint west of Sirte left casualties among the militants.", 10),
        ("The army retook the town after inflicting heavy numbers of fatalities on rebels.", 10),
        ("The raid on the village left no casualties.", 0),
        # casualties counted are dead and wounded together: no death told, and no vague toll
        ("A patrol clashed with a rebel column and inflicted three casualties.", 0),
        ("Soldiers shot and killed several al Shabaab fighters in Imilow.", 10),
        ("Gunmen killed four villagers in Kafur. Some sources claim nine dead in total.", 4),
        ("Four villagers were killed in an attack on Kafur. The death toll later rose to nine.",
         9),
    ],
)  # fmt: skip
def test_unquantified_and_conservative_tolls(nlp: Language, text: str, dead: int) -> None:
    assert first_toll(nlp, text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Ruling party official Jean Ndayi shot dead in Kamenge.", 1),
        ("A district officer was assassinated by gunmen in Bakool.", 1),
        ("A gunman shot and killed another man in Garowe.", 1),
        ("Militants shot dead five miners in Garo Hills.", 5),
        # "IS" before the verb is the group, not an auxiliary
        ("IS executed two young men in Sirte.", 2),
        ("Unidentified men murder a chief in Oshogbo.", 1),
        ("Gunmen murder two traders in Jos.", 2),
        ("Gunmen attacked a murder suspect in Jos.", 0),
        ("Youths rioted after the murder of a resident in Ouargla.", 0),
        # one victim told after a counted group
        ("Militia attacked soldiers in Mangala. 3 soldiers and a woman killed.", 4),
        ("The attack left two policemen and a passerby dead.", 3),
        ("Three people including two children and a woman were killed.", 3),
        # a side's own dead told as lost; an unknown number with no article
        ("Rebels claim they killed 16 soldiers and lost one rebel.", 17),
        ("The army lost 3 vehicles and lost control of the town.", 0),
        ("6 rebels killed, 18 wounded. Unknown number of soldiers killed.", 16),
        ("Soldiers attacked Maal, at least 1 civilian burned alive.", 1),
        # a passive run on from a first blow ("was shot and killed"), a victim found so
        ("The singer Lisuba was shot and killed while trying to escape police.", 1),
        ("A watchman was found decapitated outside a bank.", 1),
        ("Gunmen shot and killed two soldiers.", 2),
        ("The army found and killed five militants.", 5),
        ("Two women were burned alive in their homes.", 2),
        ("Five houses were burned alive.", 0),
        # a victim told after the death word with "as well as"
        ("Five al Shabaab dead, as well as one civilian.", 6),
        ("Five soldiers were killed as well as two wounded.", 5),
    ],
)  # fmt: skip
def test_single_victims_and_word_numbers(text: str, dead: int) -> None:
    assert sum(c.value for c in find_counts(text)) == dead


def test_a_death_that_caused_a_protest_is_not_its_toll(nlp: Language) -> None:
    doc = nlp("Hundreds of traders protested in Onitsha after a trader was killed by police.")
    found = ev.detect_events(doc)
    assert found and found[0].event_type in ("Protests", "Riots")
    assert ev.count_fatalities(doc, found[0]).fatalities == 0


@pytest.mark.parametrize(
    "text",
    [
        # the grievance's killing, and a crime feared in its clause, are no harm done at it
        "Displaced people protest in Kalma camp against the killing of a man who had tried "
        "to prevent the rape of his daughter.",
        # forces told as the ones who died, not as the ones who shot
        "The union organised a march in Sfax to mourn the soldiers killed in Kasserine.",
    ],
)
def test_a_demonstration_with_nobody_hurt_stays_one(nlp: Language, text: str) -> None:
    found = mentions(nlp, text)
    assert [m.sub_event_type for m in found] == ["Peaceful protest"]


def test_deaths_the_forces_caused_at_a_protest_are_its_toll() -> None:
    # "against" names the grievance; "and police shot" starts the forces' own clause
    text = "Protesters marched against the new tax and police shot two dead."
    assert sum(c.value for c in find_counts(text, causes=True)) == 2
    text = "Residents protested against the killing and abduction of two farmers."
    assert find_counts(text, causes=True) == []


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Army engineers cleared hundreds of landmines near Taiz on Monday.",
         "Disrupted weapons use"),
        ("Police said rifles and grenades were seized from a house in Garissa.",
         "Disrupted weapons use"),
        ("Riot police fired rubber bullets and live ammunition at marchers in Harare.",
         "Excessive force against protesters"),
        ("Witnesses said a poison gas attack hit the town of Douma.", "Chemical weapon"),
        ("The army set up a new observation point near Saraqib.",
         "Headquarters or base established"),
        # a bomb found and blown up by the police is a bomb disarmed
        ("A bomb was found at the bus station in Lira and later detonated by police.",
         "Disrupted weapons use"),
        # a large crowd storming an office is a riot, whatever "stormed" says alone
        ("More than 300 motorcycle taxi riders stormed the offices of the district "
         "commissioner in Masindi.", "Violent demonstration"),
        ("Thousands of people walked through the centre of Durban in support of the "
         "campaign against corruption.", "Peaceful protest"),
        ("600 ZANU-PF members defect to the MDC in Gokwe.", "Change to group/activity"),
        # self-immolation is a protest, ACLED's way, though the man died of it
        ("A man died of his wounds after setting himself on fire in Kairouan.",
         "Peaceful protest"),
        # ... a bomber who blew herself up is no self-immolation
        ("A leader of the Vigilante Group said one bomber blew herself up inside the mosque "
         "in Konduga.", "Suicide bomb"),
    ],
)  # fmt: skip
def test_more_specific_cues(nlp: Language, text: str, sub: str) -> None:
    found = mentions(nlp, text)
    assert found and found[0].sub_event_type == sub


def test_a_number_the_parser_cut_from_its_sentence_still_counts(nlp: Language) -> None:
    doc = nlp("Soldiers clashed with militiamen in Fizi. 2 Yakutumba militiamen were killed.")
    assert [s.text for s in doc.sents][1] == "2"  # the parser's cut this test is about
    found = ev.detect_events(doc)
    assert found and ev.count_fatalities(doc, found[0]).fatalities == 2


def test_killing_an_unknown_number_is_acleds_vague_ten(nlp: Language) -> None:
    doc = nlp("Troops killed unknown number of villagers in Leer.")
    found = ev.detect_events(doc)
    assert found and ev.count_fatalities(doc, found[0]).fatalities == 10


def test_a_bomb_squad_is_the_police_that_disrupts(nlp: Language) -> None:
    doc = nlp("Bomb disposal teams defused a bomb that was planted by unidentified men in Giza.")
    found = ev.detect_events(doc)[0]
    coding = ev.code_actors(doc, found, "Egypt")
    assert found.sub_event_type == "Disrupted weapons use"
    assert coding.actor1 is not None and coding.actor1.name == "Police Forces of Egypt"
    assert coding.actor2 is not None and coding.actor2.name == "Unidentified Armed Group (Egypt)"


@pytest.mark.parametrize(
    ("text", "name", "inter"),
    [
        ("Two people were killed in clashes between residents of two villages over farmland.",
         "Unidentified Communal Militia (Nigeria)", 4),
        # (unarmed, party cadres fighting would be a brawl: mob violence)
        ("Ruling party cadres armed with guns clashed with their rivals near the market.",
         "Unidentified Armed Group (Nigeria)", 3),
        ("Unknown groups clashed overnight, with heavy shooting near the airstrip.",
         "Unidentified Armed Group (Nigeria)", 3),
        ("Heavy fighting was reported around the airport on Sunday.",
         "Military Forces of Nigeria", 1),
    ],
)  # fmt: skip
def test_a_clash_whose_sides_are_named_by_kind_only(
    nlp: Language, text: str, name: str, inter: int
) -> None:
    doc = nlp(text)
    found = ev.detect_events(doc)
    assert [m.sub_event_type for m in found] == ["Armed clash"]
    actor1 = ev.code_actors(doc, found[0], "Nigeria").actor1
    assert actor1 is not None and (actor1.name, actor1.inter) == (name, inter)


def test_forces_that_stepped_between_two_clans_did_not_start_the_clash(nlp: Language) -> None:
    doc = nlp(
        "Clashes between two clans over a water well killed one man before police intervened."
    )
    found = ev.detect_events(doc)
    assert [m.sub_event_type for m in found] == ["Armed clash"]
    actor1 = ev.code_actors(doc, found[0], "Somalia").actor1
    assert actor1 is not None and actor1.inter == 4


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("At least five soldiers died in fighting near the cement factory. At least 20 "
         "militants were killed in the clashes.", 25),
        ("Troops cleared two villages of rebels. During the operation, 10 Boko Haram were "
         "killed. Two vigilantes accompanying the troops lost their lives.", 12),
        ("Three soldiers were killed in the ambush. The three soldiers were buried on Monday.",
         3),
        ("Gunmen killed five civilians in the market. Police said 5 people died.", 5),
    ],
)  # fmt: skip
def test_a_later_toll_of_the_other_side_adds_up(nlp: Language, text: str, dead: int) -> None:
    assert first_toll(nlp, text) == dead


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A Fulani group attacked the village on Sunday, killing two farmers.",
         "Fulani Ethnic Militia (Nigeria)"),
        ("Four people were killed by Fulani in the village overnight.",
         "Fulani Ethnic Militia (Nigeria)"),
        ("Murle attack on a cattle camp in the county. Nine killed, three children abducted.",
         "Murle Ethnic Militia (Nigeria)"),
    ],
)  # fmt: skip
def test_attackers_named_by_their_people_are_an_identity_militia(
    nlp: Language, text: str, name: str
) -> None:
    doc = nlp(text)
    found = ev.detect_events(doc)
    actor1 = ev.code_actors(doc, found[0], "Nigeria").actor1
    assert actor1 is not None and (actor1.name, actor1.inter) == (name, 4)


@pytest.mark.parametrize(
    ("text", "etype"),
    [
        # forces shot at a place of leisure are off duty: civilians to ACLED
        ("An army major was shot dead at a bar in Bujumbura.", "Violence against civilians"),
        ("Three gunmen stormed a bar and shot dead an army officer.",
         "Violence against civilians"),
        # forces at their post are a side in a battle
        ("Gunmen attacked soldiers at a checkpoint near the market.", "Battles"),
    ],
)  # fmt: skip
def test_forces_at_leisure_are_civilians(nlp: Language, text: str, etype: str) -> None:
    assert [m.event_type for m in mentions(nlp, text)] == [etype]


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("A man threw a grenade into a bar in Bujumbura, wounding six.", "Grenade"),
        # a rocket-propelled grenade is a rocket, not a hand grenade
        ("Militants fired a rocket-propelled grenade at a checkpoint south of Mosul.",
         "Shelling/artillery/missile attack"),
    ],
)  # fmt: skip
def test_a_rocket_propelled_grenade_is_no_grenade(nlp: Language, text: str, sub: str) -> None:
    doc = nlp(text)
    triggers = [t.sub_event_type for s in doc.sents for t in find_triggers(doc, s)]
    assert sub in triggers and ("Grenade" in triggers) == (sub == "Grenade")


def test_a_weekday_with_its_date_is_that_date() -> None:
    # "Sunday, 25 February" is the 25th (three days after the report: to come, no event's),
    # not the Sunday before the report
    found = find_dates("the elections, scheduled for Sunday, 25 February", date(1990, 2, 22))
    assert [f[2] for f in found] == [date(1990, 2, 25)]
    found = find_dates("Gunmen struck on Sunday, Feb. 18, in Jinotega", date(1990, 2, 22))
    assert [f[2] for f in found] == [date(1990, 2, 18)]
    # a weekday alone is the last one
    assert [f[2] for f in find_dates("on Sunday", date(1990, 2, 22))] == [date(1990, 2, 18)]


def test_a_day_month_weeks_ahead_is_to_come_and_two_digit_years_are_read() -> None:
    anchor = date(1990, 2, 22)
    assert find_dates("on 10 March", anchor)[0][2] == date(1990, 3, 10)  # to come
    assert find_dates("on 10 May", anchor)[0][2] == date(1989, 5, 10)  # last May
    assert find_dates("on 13/04/90", anchor)[0][2] == date(1990, 4, 13)
    assert find_dates("on 13/04/24", date(2024, 5, 1))[0][2] == date(2024, 4, 13)


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("Two U.S. citizens were murdered by gunmen in La Paz on Wednesday.", 2),
        ("Gunmen killed two U.N. peacekeepers near Gao.", 2),
        # a full stop of an abbreviation that ends a sentence still ends it
        ("Gunmen attacked a bus bound for the U.S. Three soldiers were killed.", 3),
    ],
)
def test_an_abbreviation_s_full_stops_end_no_count(nlp: Language, text: str, toll: int) -> None:
    assert first_toll(nlp, text) == toll


@pytest.mark.parametrize(
    "text",
    [
        "Houthi rebels launched drones at an oil facility in Jizan on Thursday.",
        "A kamikaze drone hit a fuel depot in Belgorod overnight.",
    ],
)
def test_drones_launched_at_a_target_are_a_drone_strike(nlp: Language, text: str) -> None:
    assert [m.sub_event_type for m in mentions(nlp, text)] == ["Air/drone strike"]


def test_ministers_discussing_an_existing_ceasefire_tell_no_agreement(nlp: Language) -> None:
    text = (
        "Foreign ministers from Egypt, Qatar and Turkey met in Doha on Monday to discuss ways "
        "to strengthen the ceasefire in Gaza, the Qatari foreign ministry said."
    )
    assert mentions(nlp, text) == []
    text = "The two armies signed a ceasefire in Doha on Monday."
    assert [m.sub_event_type for m in mentions(nlp, text)] == ["Agreement"]


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("Al Shabaab, which is fighting to topple the government, said it carried out the "
         "attack.", "fighting", "habit"),
        ("The fighting has displaced more than 100,000 people since January.", "fighting",
         "toll"),
        ("The insurgency has killed 300 people since March.", "killed", "toll"),
        # an attack that drove people away is an event; so is fighting told with its place
        ("Government militia attack displaced villagers near Tur.", "attack", "asserted"),
        ("Heavy fighting broke out in Sake on Sunday.", "fighting", "asserted"),
    ],
)  # fmt: skip
def test_a_wars_aim_or_running_cost_is_no_event(
    nlp: Language, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, text, word) == status


def test_a_sentence_opening_on_another_day_is_another_raid(nlp: Language) -> None:
    text = (
        "In Kukawa, militants killed 23 villagers on Saturday. On Sunday the militants raided "
        "Gajiram, where they killed eight people."
    )
    assert len(mentions(nlp, text)) == 2


def test_a_group_named_with_digits_is_no_count_of_dead() -> None:
    assert [c.value for c in find_counts("Troops killed 30 fighters of the M23 rebel group.")] == [
        30
    ]
    assert [c.value for c in find_counts("Gunmen with AK-47 rifles killed 3 people.")] == [3]


@pytest.mark.parametrize(
    ("text", "word", "status"),
    [
        ("The truce is due to take effect on Monday evening.", "truce", "hedged"),
        ("It was the second grenade attack in the city this week.", "grenade", "series"),
        ("The two armies signed a truce in Jeddah on Saturday.", "truce", "asserted"),
    ],
)  # fmt: skip
def test_an_agreement_to_come_or_an_attack_counted_in_a_series(
    nlp: Language, text: str, word: str, status: str
) -> None:
    assert status_of(nlp, text, word) == status


def test_an_event_told_as_a_time_gap_is_the_earlier_one(nlp: Language) -> None:
    doc = nlp("The army bombed rebel bases on Tuesday, two days after an ambush on a convoy.")
    trigger = next(t for t in find_triggers(doc, doc[:]) if t.text == "ambush")
    assert trigger.status == "past"
