"""Actors, fatalities and dates on short hand-written reports (issue 3)."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.language import Language

from eventwire import events as ev
from eventwire.events.actors import find_actors
from eventwire.events.fatalities import find_counts
from eventwire.records import ActorCoding, EventMention, Span

IED = "Remote explosive/landmine/IED"


def toll(text: str) -> int:
    return sum(c.value for c in find_counts(text))


# --- fatalities ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("Troops kill 15, arrest 12 and seize weapons near Bama.", 15),
        # two people named: a name and a name, or a title and a name
        ("A commando killed Hector Oqueli, leader of the party, and party leader Gilda Flores.",
         2),
        ("Gunmen killed Chief Musa and fled into the Sambisa Forest.", 1),
        ("Gunmen killed Hector Oqueli and wounded Gilda Flores.", 1),
        ("Two groups claimed responsibility for an attack that killed eight policemen.", 8),
        ("ISIS shot dead a gunner with Brigade 166 near Sirte.", 1),
        ("Insurgents later execute four of the captives.", 4),
        ("Woman shot and killed and 5 others wounded in Damazin.", 1),
        ("A thief was beaten to death by a mob in Lagos.", 1),
        ("Bodies of 2 traders found in the river.", 2),
        ("The bomber detonated, killing himself and 4 others.", 5),
        ("A soldier is killed after pursuing tribesmen responsible for killing 9 people.", 1),
        ("The official was nearly lynched by workers before police arrived.", 0),
        ("A man tried to kill himself outside the governor's office.", 0),
        ("Gunmen assassinated retired army colonel Musa at his home.", 1),
        ("Gunmen killed a bodyguard of an area commander.", 1),
        ("They blocked vehicles on Lynch Street in Monrovia.", 0),
        ("A total of 1,275 hostages were rescued and 22 fighters killed.", 22),
        ("Militiamen gunned down 70 people at a mosque.", 70),
        ("The group has reportedly executed 16 people from the tribe.", 16),
        ("Gunmen surrounded the women and killed 14 of them.", 14),
        ("Gunmen stormed the school, killing 141 civilians -- 132 students and 9 staff.", 141),
        ("Three vigilantes, one civilian, and two militants killed in the attack.", 6),
        ("Soldiers allegedly killed four protesters in Ambo.", 4),
        ("Two dead bodies found tied to one another in the river.", 2),
        ("Body of herder found dead in Muli.", 1),
        ("Soldiers in Farshaya shoot a woman dead.", 1),
        ("A vigilante mob lynches and burns a suspected thief in Mariani.", 1),
        ("Four militants affiliated with Ajnad Misr were killed by police.", 4),
        ("The group posted pictures of the execution of two men caught spying.", 2),
        ("Five boys who were playing volleyball were killed by gunmen.", 5),
        ("Three masked gunmen shot dead the deputy commissioner on Tuesday.", 1),
        ("She became the 170th teacher killed by insurgents.", 0),
        ("12 people were killed in an ambush. He said 11 men and one woman died.", 12),
        ("An Egyptian man was beheaded and his teenage son shot dead in Arish.", 2),
        ("Gunmen killed a senior director of a university along with his driver.", 2),
        ("A pastor and his brother were killed by gunmen in Beni.", 2),
        ("Gunmen opened fire on the convoy, killing him and two guards.", 3),
        ("Seven family members were gunned down in the market.", 7),
        ("A local journalist was gunned down on a street in the capital.", 1),
        ("In the north, gunmen shot dead Ali Hassan, a local candidate.", 1),
        ("Gunmen killed the acting head of a teachers' college in the north.", 1),
        ("Armed men last night killed a respected village elder in the hills.", 1),
        ("Gunmen killed a number of soldiers at the checkpoint.", 10),
        ("Gunmen killed the other guards later that night.", 0),
        ("The deputy governor and his driver were killed by gunmen on Monday.", 2),
        ("Two gunmen broke into the house and shot him dead in front of his children.", 1),
        ("A drone hit a car and killed him after he left the mosque.", 1),
        ("Raiders burned two villages, killing six people -- a local paper says 30 died -- "
         "and stealing cattle.", 6),
        ("Four relatives of a candidate for NA-12 were gunned down.", 4),
        ("Eleven guards were shot dead in the raid and the toll later rose to 40.", 40),
        ("Ali Musa, 41, was shot dead outside his shop.", 1),
        ("Gunmen opened fire in a market, killing 18 people, a local official said.", 18),
        ("A local source said 25 villagers were killed in the raid.", 25),
        ("A teacher was fatally shot on her way to school.", 1),
        ("A village elder lost his life in the attack.", 1),
        ("The attack claimed the life of his driver and injured a guard.", 1),
        ("The raid reportedly claimed about 42 lives in the town.", 42),
        ("Troops raided a clinic in revenge for the deaths of eight soldiers.", 0),
        ("Fighting killed seven people, in a feud that has left 66 dead in three weeks.", 7),
        ("The official said the toll from the bomb blast in the busy market had risen to 32.", 32),
        ("An unknown number of soldiers died in the ambush.", 10),
        ('Troops took the town. "Several" rebels killed.', 10),
        ("Aid agency staff member shot dead in the town.", 1),
        ("A body is found near the prison.", 1),
        ("One 21 Brigade fighter was killed in the fighting.", 1),
        ("Over a two day period, some 13 soldiers were killed.", 13),
        ("Two fighters from both sides were killed.", 2),
        ("A shell hit the flats, killing a 49 year old woman.", 1),
        ("An 11-year-old boy and four others have been killed.", 5),
        ("Gunmen stormed a church, killing the pastor and his two children.", 3),
        ("The two soldiers and 3 civilians were killed.", 5),
        ("Head of the council, Jean Kabila, shot dead outside his home.", 1),
        ("A woman was abducted and her body found the next day.", 1),
        ("Troops beat a man; he was blamed for a crocodile killing 7 people.", 0),
        ("Soldiers accused of torturing and killing 8 men in the town.", 8),
        ("Gunmen killed 28 people this week in a raid on the village.", 28),
        ("Militants have killed 115 people this week in attacks across the province.", 0),
        ("Two journalists with the local television station were shot dead in Mosul.", 2),
        ("Militants slit the throats of five employees of a road company.", 5),
        ("Gunmen slit the throat of a trader near the market.", 1),
        ("The council head was killed in a bombing along with 13 other people.", 14),
        ("A candidate was shot dead on Friday along with his three-year-old son.", 2),
        ("Gunmen shot dead a former commander, and his 3-year-old daughter.", 2),
        ("Gunmen killed two soldiers along with their weapons.", 2),
        ("Six workers employed on a literacy project were killed in a mine blast.", 6),
        ("Gunmen killed a 49-year-old woman and an interpreter in Jos.", 2),
        ("A child was among nine people killed when a shell hit a pharmacy.", 9),
        (
            "Ten residents of the province, including Abdollah Zemaray, the police chief of the "
            "province, and Sayed Aslam, the traffic police chief, have been killed in a blast.",
            10,
        ),
        ("A 34 year-old herder was hacked to death near the well.", 1),
        ("Gunmen fired on a bus near Kaga, killing 3 traders, 6 others injured.", 3),
        ("Fighters led by Col Both Deng raided the camp, 2 killed.", 2),
        ("A trader, along with his nephew, were killed by bandits in Ibi.", 2),
        ("A woman suspected to have stolen a goat was killed by a mob.", 1),
        ("Shepherd died after stepping on a landmine.", 1),
        ("The fighting in Kaga died down by noon.", 0),
        ("The bomber blew himself up, killing a vigilante and himself and wounding 9.", 2),
        ("Three suicide bombers struck a camp in Dikwa, killing only themselves.", 3),
        ("A crowd stoned to death a 19 year old man in the market.", 1),
        ("Bandits killed a displaced woman near the camp.", 1),
        ("Villagers say at least four are said to have been killed.", 4),
        ("The chief was later found to have been killed by his kidnappers.", 1),
        ("Nine decomposing corpses were recovered from the river near Kaga.", 9),
        ("Several bodies were seen near the market.", 0),
        ("Two of four suspected cattle thieves were lynched in the village.", 2),
        ("Three or four are killed by gunmen in Wukari.", 3),
        ("After the killing of Musa Bello, a crowd of 40 youths blocked the road.", 1),
        ("Police confirmed the killing of Chief Ade Okon, a community leader, in Ahoada.", 1),
        ('Five opposition candidates called a "dead city" strike in the capital.', 0),
        # a clause of its own after ", and": the crowd fired at is no victims' list
        ("Police fired tear gas at thousands of protesters, and at least six people were "
         "killed.", 6),
        ("Two soldiers, three policemen, and four civilians were killed.", 9),
        # a second group told with the verb left out
        ("Eleven people were killed in Dablo and seven in nearby Pensa.", 18),
        ("Five people were killed and three in hospital.", 5),
    ],
)  # fmt: skip
def test_counts(text: str, dead: int) -> None:
    assert toll(text) == dead


# --- actors -------------------------------------------------------------------------------


@pytest.mark.model
def test_battle_without_state_names_the_group(nlp: Language) -> None:
    doc = nlp("Attack or clash reported involving Boko Haram near Diffa; casualties unknown.")
    found = ev.detect_events(doc)
    assert found
    coding = ev.code_actors(doc, found[0], "Niger")
    assert coding.actor1 is not None and coding.actor1.inter == 2


@pytest.mark.model
def test_mob_killing_is_a_vigilante_militia(nlp: Language) -> None:
    text = "An angry mob lynched a suspected thief in Warri on Monday."
    doc = nlp(text)
    at = text.index("lynched")
    mention = EventMention(
        0, len(text), Span(at, at + 7, "lynched"), "Violence against civilians", "Attack",
        "Political violence", 0.9,
    )  # fmt: skip
    coding = ev.code_actors(doc, mention, "Nigeria")
    assert coding.actor1 is not None
    assert (coding.actor1.name, coding.actor1.inter) == ("Vigilante Militia (Nigeria)", 4)


def _mention(text: str, trigger: str, etype: str, sub: str) -> EventMention:
    at = text.index(trigger)
    span = Span(at, at + len(trigger), trigger)
    return EventMention(0, len(text), span, etype, sub, "Political violence", 0.9)


def _code(
    nlp: Language, text: str, trigger: str, etype: str, sub: str, country: str
) -> ActorCoding:
    """The actors coded for the whole text read as one passage with this trigger."""
    return ev.code_actors(nlp(text), _mention(text, trigger, etype, sub), country)


def _code_passage(
    nlp: Language,
    text: str,
    trigger: str,
    kind: tuple[str, str],
    country: str,
    span: tuple[int, int | None] = (0, None),
) -> ActorCoding:
    """The actors coded for the passage `span` of the text (its end: the text's end)."""
    start, end = span
    mention = dataclasses.replace(
        _mention(text, trigger, *kind), start=start, end=len(text) if end is None else end
    )
    return ev.code_actors(nlp(text), mention, country)


@pytest.mark.model
def test_a_later_claim_names_actor1(nlp: Language) -> None:
    text = (
        "A bomb exploded at a market in Mogadishu, killing five civilians. "
        "Al Shabaab claimed responsibility for the blast."
    )
    coding = _code(nlp, text, "bomb exploded", "Violence against civilians", "Attack", "Somalia")
    assert coding.actor1 is not None and coding.actor1.name == "Al Shabaab"


@pytest.mark.model
def test_foreign_forces_are_external(nlp: Language) -> None:
    text = "Kenyan troops clashed with Al Shabaab fighters near Dhobley."
    mention = _mention(text, "clashed", "Battles", "Armed clash")
    abroad = ev.code_actors(nlp(text), mention, "Somalia").actor1
    home = ev.code_actors(nlp(text), mention, "Kenya").actor1
    assert abroad is not None and abroad.inter == 8
    assert home is not None and home.inter == 1


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "name", "inter"),
    [
        # a self-governing state's forces are state forces at home, named apart
        ("Somaliland troops clashed with clan militias near Sheikh.", "clashed",
         "Military Forces of Somaliland", 1),
        ("Puntland forces clashed with Al Shabaab fighters near Galgala.", "clashed",
         "Military Forces of Puntland", 1),
        # Sudan's Rapid Support Forces: a militia of the government, not its army
        ("RSF militiamen clashed with rebels near Nyala.", "clashed",
         "RSF: Rapid Support Forces", 3),
        ("Sudanese troops clashed with rebels near Nyala.", "clashed",
         "Military Forces of Sudan", 1),
        ("JEM fighters clashed with SAF troops near Nyala.", "clashed",
         "JEM: Justice and Equality Movement", 2),
    ],
)  # fmt: skip
def test_forces_named_for_whom_they_serve(
    nlp: Language, text: str, trigger: str, name: str, inter: int
) -> None:
    coding = _code(
        nlp, text, trigger, "Battles", "Armed clash", "Sudan" if "Nyala" in text else "Somalia"
    )
    names = {a.name: a.inter for a in (coding.actor1, coding.actor2) if a is not None}
    assert names.get(name) == inter


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "sub", "country", "name"),
    [
        # a state's weapons named by its nationality are its forces
        ("A Russian missile hit an apartment block in Kharkiv, killing five people.", "missile",
         "Shelling/artillery/missile attack", "Ukraine", "Military Forces of Russia"),
        ("An Israeli air strike killed three people in Gaza City.", "air strike",
         "Air/drone strike", "Palestine", "Military Forces of Israel"),
        ("Syrian government shelling killed nine civilians in Ariha.", "shelling",
         "Shelling/artillery/missile attack", "Syria", "Military Forces of Syria"),
        # the group the fighters killed belong to is the target
        ("Russian warplanes struck villages near Idlib, killing two rebels from Hayat Tahrir "
         "al-Sham.", "struck", "Air/drone strike", "Syria", "Hayat Tahrir al Sham"),
        # a police spokesman telling of it is no party to it
        ("Police spokesman Abdifatah Aden said troops killed two gunmen who stormed the "
         "building.", "killed", "Armed clash", "Somalia", "Military Forces of Somalia"),
        # a ministry that reports the attack is not a force in it
        ("Gunmen ambushed a convoy of police officers in Michoacan, killing 13 officers, the "
         "state security ministry said.", "ambushed", "Armed clash", "Mexico",
         "Police Forces of Mexico"),
    ],
)  # fmt: skip
def test_forces_named_by_their_weapons(
    nlp: Language, text: str, trigger: str, sub: str, country: str, name: str
) -> None:
    etype = "Battles" if sub == "Armed clash" else "Explosions/Remote violence"
    coding = _code(nlp, text, trigger, etype, sub, country)
    names = [a.name.split(" (")[0] for a in (coding.actor1, coding.actor2) if a is not None]
    assert name in names
    assert "Military Forces of Mexico" not in names
    assert "Police Forces of Somalia" not in names


@pytest.mark.model
def test_a_denied_claim_names_nobody(nlp: Language) -> None:
    text = (
        "A suicide bomber killed 15 worshippers at a mosque in Maiduguri. No group claimed "
        "responsibility, but Boko Haram has carried out similar attacks in the city."
    )
    coding = _code(
        nlp, text, "suicide bomber", "Explosions/Remote violence", "Suicide bomb", "Nigeria"
    )
    assert coding.actor1 is not None and coding.actor1.inter != 2


# --- dates --------------------------------------------------------------------------------


@pytest.mark.model
def test_a_passage_without_a_date_takes_the_one_told_before(nlp: Language) -> None:
    from datetime import date

    text = "Heavy firing broke out near the hotel on 8 April. Two guards were killed."
    doc = nlp(text)
    mention = _mention(text, "killed", "Battles", "Armed clash")
    start = text.index("Two")
    mention = EventMention(
        start, len(text), mention.trigger, "Battles", "Armed clash", "Political violence", 0.9
    )
    when = ev.resolve_date(doc, mention, date(2016, 4, 10))
    assert when.date == date(2016, 4, 8)


@pytest.mark.model
def test_two_named_communities_fighting_are_a_communal_militia(nlp: Language) -> None:
    text = "Eight were killed in fresh clashes between the Bakonzo and Bamba in Ntoroko."
    coding = _code(nlp, text, "clashes", "Battles", "Armed clash", "Uganda")
    assert coding.actor1 is not None and coding.actor1.inter == 4


@pytest.mark.model
def test_is_in_capitals_is_the_islamic_state(nlp: Language) -> None:
    text = "IS executed two young men in Sirte on Monday."
    coding = _code(nlp, text, "executed", "Violence against civilians", "Attack", "Libya")
    assert coding.actor1 is not None and coding.actor1.name == "Islamic State (Libya)"


@pytest.mark.model
def test_gunmen_from_a_clan_are_its_militia(nlp: Language) -> None:
    text = "A gun man from Majeerteen/Isse Mohamud shot and killed another man in Garowe."
    coding = _code(nlp, text, "killed", "Violence against civilians", "Attack", "Somalia")
    assert coding.actor1 is not None and coding.actor1.inter == 4


def test_a_month_day_date_is_read_when_day_month_would_be_last_year() -> None:
    from datetime import date

    from eventwire.events.dates import find_dates

    assert find_dates("in the night of 02/03", date(2016, 2, 5))[0][2] == date(2016, 2, 3)
    assert find_dates("on 02/03", date(2016, 3, 5))[0][2] == date(2016, 3, 2)


@pytest.mark.model
def test_a_speaker_telling_its_own_strike_is_its_actor(nlp: Language) -> None:
    text = (
        "Turkish and coalition forces announced they had struck militant targets north of "
        "Azaz on Sunday, killing 12 fighters."
    )
    mention = _mention(text, "struck", "Explosions/Remote violence", "Air/drone strike")
    coding = ev.code_actors(nlp(text), mention, "Syria")
    assert coding.actor1 is not None and coding.actor1.name == "Military Forces of Turkey"
    told = "Police said gunmen killed five traders in Kano on Sunday."
    mention = _mention(told, "killed", "Violence against civilians", "Attack")
    coding = ev.code_actors(nlp(told), mention, "Nigeria")
    assert coding.actor1 is not None and "Police" not in coding.actor1.name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country", "sub", "actor1"),
    [
        ("He cited the rebels' loss of the town of Tabqa in May to the Syrian Democratic "
         "Forces.", "Syria", "Non-state actor overtakes territory",
         "QSD: Syrian Democratic Forces"),
        ("Army troops took control of the port of Kismayo from Al Shabaab on Monday.",
         "Somalia", "Government regains territory", "Military Forces of Somalia"),
    ],
)  # fmt: skip
def test_who_took_the_ground_is_actor1(
    nlp: Language, text: str, country: str, sub: str, actor1: str
) -> None:
    coding = ev.code_actors(nlp(text), _mention(text, "t", "Battles", sub), country)
    assert coding.actor1 is not None and coding.actor1.name == actor1


@pytest.mark.model
def test_the_side_that_tells_of_a_capture_did_not_make_it(nlp: Language) -> None:
    text = "A police spokesman in Bunia said on Friday that militiamen had taken over Komanda."
    found = ev.detect_events(nlp(text))
    assert [m.sub_event_type for m in found] == ["Non-state actor overtakes territory"]


@pytest.mark.model
def test_an_off_duty_officer_is_a_civilian(nlp: Language) -> None:
    text = "An off-duty police officer was shot dead by gunmen at his home in Maroua."
    coding = _code(nlp, text, "shot dead", "Violence against civilians", "Attack", "Cameroon")
    assert coding.actor2 is not None and coding.actor2.name == "Civilians (Cameroon)"


@pytest.mark.model
def test_gunmen_hailing_from_a_sub_clan_are_its_militia(nlp: Language) -> None:
    text = "Gunmen hailing from Habar-Gidir/Sa'ad shot and killed a herder near Galkayo."
    coding = _code(nlp, text, "shot and killed", "Violence against civilians", "Attack", "Somalia")
    assert coding.actor1 is not None
    assert (coding.actor1.name, coding.actor1.inter) == (
        "Habar-Gidir/Sa'ad Sub-Clan Militia (Somalia)",
        4,
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country", "actor1", "inter"),
    [
        ("An ENDF convoy was ambushed by OLA fighters near Nekemte.", "Ethiopia",
         "Military Forces of Ethiopia", 1),
        ("Sudanese police fired on a crowd of traders in Nyala.", "Sudan",
         "Police Forces of Sudan", 1),
        ("South Sudanese soldiers fired on villagers near Renk.", "South Sudan",
         "Military Forces of South Sudan", 1),
    ],
)  # fmt: skip
def test_forces_named_by_nation_or_acronym_are_that_states(
    nlp: Language, text: str, country: str, actor1: str, inter: int
) -> None:
    found = [f for f in find_actors(nlp(text), 0, len(text)) if f.role == "armed"]
    assert found[0].template == actor1
    trigger = "ambushed" if "ambushed" in text else "fired"
    coding = ev.code_actors(nlp(text), _mention(text, trigger, "Battles", "Armed clash"), country)
    sides = [a for a in (coding.actor1, coding.actor2) if a is not None]
    assert (actor1, inter) in [(a.name, a.inter) for a in sides]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        ("Unidentified gunmen shot dead a trader near the wells. Elders said the killing was "
         "part of a clan feud.", ("Unidentified Clan Militia (Somalia)", 4)),
        ("Unidentified gunmen shot dead a trader near the wells. Police said the motive was "
         "robbery.", ("Unidentified Armed Group (Somalia)", 3)),
    ],
)  # fmt: skip
def test_unidentified_gunmen_where_clans_are_told_are_a_clan_militia(
    nlp: Language, text: str, actor1: tuple[str, int]
) -> None:
    # the event's passage is the first sentence; the clans are told after it
    first = text[: text.index(".") + 1]
    kind = ("Violence against civilians", "Attack")
    coding = _code_passage(nlp, text, "shot dead", kind, "Somalia", (0, len(first)))
    assert coding.actor1 is not None and (coding.actor1.name, coding.actor1.inter) == actor1


@pytest.mark.model
def test_militiamen_from_a_town_are_its_communal_militia(nlp: Language) -> None:
    text = "Militiamen from Zawiya attacked a farm near Ajaylat, killing two guards."
    mention = _mention(text, "attacked", "Violence against civilians", "Attack")
    actor1 = ev.code_actors(nlp(text), mention, "Libya").actor1
    assert actor1 is not None and (actor1.name, actor1.inter) == (
        "Zawiya Communal Militia (Libya)",
        4,
    )
    text = "Gunmen from Mali attacked a police post near Ayorou."
    mention = _mention(text, "attacked", "Battles", "Armed clash")
    actor1 = ev.code_actors(nlp(text), mention, "Niger").actor1
    assert actor1 is not None and actor1.inter != 4


@pytest.mark.model
def test_forces_attacked_at_home_are_civilians(nlp: Language) -> None:
    text = "Gunmen raided the residence of a police officer and killed him on Monday."
    mention = _mention(text, "killed", "Violence against civilians", "Attack")
    coding = ev.code_actors(nlp(text), mention, "Somalia")
    assert coding.actor2 is not None and coding.actor2.name == "Civilians (Somalia)"
    text = "Soldiers raided his home in Beni and killed him."
    mention = _mention(text, "killed", "Violence against civilians", "Attack")
    actor1 = ev.code_actors(nlp(text), mention, "Democratic Republic of Congo").actor1
    assert actor1 is not None and actor1.inter == 1


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "inter"),
    [
        ("The air forces bombed rebel hideouts near Kasserine.", "bombed", 1),
        ("War planes bombed insurgent positions in Benghazi.", "bombed", 1),
        ("Government helicopters struck rebel positions near Mayama.", "struck", 1),
        # nobody's air force is named
        ("Unknown war planes struck a rebel base near Jilib.", "struck", 3),
    ],
)  # fmt: skip
def test_aircraft_are_the_states_unless_unknown(
    nlp: Language, text: str, trigger: str, inter: int
) -> None:
    # (a shelling sub-type: an air strike's actor is the state's forces by default)
    sub = "Air/drone strike" if inter == 3 else "Shelling/artillery/missile attack"
    coding = _code(nlp, text, trigger, "Explosions/Remote violence", sub, "Libya")
    assert coding.actor1 is not None and coding.actor1.inter == inter


@pytest.mark.model
def test_forces_deployed_are_the_actor_of_the_development(nlp: Language) -> None:
    text = "Police and soldiers have been deployed to Miriki after ethnic violence."
    coding = _code(
        nlp, text, "deployed", "Strategic developments", "Other", "Democratic Republic of Congo"
    )
    assert coding.actor1 is not None and coding.actor1.inter == 1


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # the same side named twice: a force and one of its soldiers
        ("A FARDC soldier was killed near Malemo by suspected FDLR rebels.", "killed"),
        # "5 rebels" restates the named group, not a second one
        ("FARDC soldiers repelled an ambush by FDLR rebels near Ishasha. Five rebels were "
         "killed in the fighting.", "ambush"),
    ],
)  # fmt: skip
def test_actor2_is_the_named_other_side(nlp: Language, text: str, trigger: str) -> None:
    coding = _code(nlp, text, trigger, "Battles", "Armed clash", "Democratic Republic of Congo")
    assert coding.actor2 is not None
    assert coding.actor2.name == "FDLR: Democratic Forces for the Liberation of Rwanda"


@pytest.mark.model
def test_a_faction_is_named_as_itself(nlp: Language) -> None:
    text = "SLM/A-Nur fighters clashed with government troops near Dalo."
    coding = _code(nlp, text, "clashed", "Battles", "Armed clash", "Sudan")
    names = {a.name for a in (coding.actor1, coding.actor2) if a is not None}
    assert "SLM/A-Nur: Sudan Liberation Movement/Army (Abdul Wahid al-Nur Faction)" in names


@pytest.mark.model
def test_infighting_has_one_force_on_both_sides(nlp: Language) -> None:
    text = "Two groups of SNA soldiers fought in Baidoa over a checkpoint."
    coding = _code(nlp, text, "fought", "Battles", "Armed clash", "Somalia")
    assert coding.actor1 is not None and coding.actor2 is not None
    assert coding.actor1.name == coding.actor2.name == "Military Forces of Somalia"


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        ("A vigilante mob attacked and set two suspected thieves ablaze in Warri.", 2),
        ("A mob set ablaze a suspected kidnapper in Kubau.", 1),
        # things burnt, and one who set herself alight, are no deaths of this kind
        ("Rioters set two houses and a truck ablaze.", 0),
        ("Youths set ablaze three vehicles on the highway.", 0),
        ("A street vendor set herself alight in protest.", 0),
        ("Assailants set ablaze the houses of two police officers in Arish.", 0),
        ("A police vehicle was set alight, and two officers were wounded.", 0),
    ],
)
def test_people_set_ablaze_by_a_mob_are_dead(text: str, dead: int) -> None:
    assert toll(text) == dead


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # a quoted "number" is still "a number of": ACLED's 10
        ('During the operation "a number" of Boko Haram were killed.', 10),
        ('A "number" of soldiers are said to have been killed in the ambush.', 10),
        # a quoted "several" keeps its own reading
        ('Somali forces have killed "several" Al-Shabab fighters.', 10),
    ],
)
def test_a_quoted_vague_word_is_a_vague_toll(text: str, dead: int) -> None:
    assert toll(text) == dead


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'Troops cleared the camp at Tilem. "Heavy" [Boko Haram] causalities reported.',
        "Fighting went on in Ajdabiya. Heavy losses were reported during the clashes.",
    ],
)
def test_heavy_losses_told_without_a_figure_are_acleds_ten(nlp: Language, text: str) -> None:
    doc = nlp(text)
    mention = _mention(text, text.split()[0], "Battles", "Armed clash")
    assert ev.count_fatalities(doc, mention).fatalities == 10


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Fighting broke out between communal militias from two villages.",
        "A tribesman killed a herder near the wells.",
        "A group of Wabxo-area militia attacked al Shabaab fighters.",
    ],
)
def test_communal_fighters_in_any_number_are_a_communal_militia(nlp: Language, text: str) -> None:
    found = [f for f in find_actors(nlp(text), 0, len(text)) if f.role == "armed"]
    assert (found[0].template, found[0].inter) == ("Unidentified Communal Militia ({country})", 4)


@pytest.mark.model
def test_an_enforced_disappearance_with_no_perpetrator_named_is_the_states(nlp: Language) -> None:
    text = "A student activist was forcibly disappeared in the capital on Monday, his family said."
    coding = _code(
        nlp, text, "disappeared", "Violence against civilians", "Abduction/forced disappearance",
        "Egypt",
    )  # fmt: skip
    assert coding.actor1 is not None and coding.actor1.inter == 1


@pytest.mark.parametrize(
    ("text", "syntax"),
    [
        ('"Several" Boko Haram killed.', "patient"),
        ("Of the operations, 22 Boko Haram dead and 1,275 hostages rescued.", "patient"),
        ("Boko Haram killed three farmers.", "agent"),
    ],
)
def test_a_counted_group_killed_in_shorthand_is_the_victim(
    nlp: Language, text: str, syntax: str
) -> None:
    group = [f for f in find_actors(nlp(text), 0, len(text)) if f.inter == 2]
    assert [f.syntax for f in group] == [syntax]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "etype", "sub", "country", "actor1"),
    [
        ("Suspected Lou Nuer youths attacked a cattle camp, killing four herders.", "attacked",
         "Violence against civilians", "Attack", "South Sudan",
         "Lou Nuer Ethnic Militia (South Sudan)"),
        ("The White Army raided a cattle camp and killed two herders.", "raided",
         "Violence against civilians", "Attack", "South Sudan",
         "Nuer Ethnic Militia (South Sudan)"),
        ("Fulanis attacked a farming village overnight, killing two farmers.", "attacked",
         "Violence against civilians", "Attack", "Nigeria", "Fulani Ethnic Militia (Nigeria)"),
        ("Fighting between Dir and Marehan clans killed five people.", "Fighting", "Battles",
         "Armed clash", "Somalia", "Dir Clan Militia (Somalia)"),
        ("Clashes between the Murle and the Dinka left six dead.", "Clashes", "Battles",
         "Armed clash", "South Sudan", "Murle Ethnic Militia (South Sudan)"),
        ("Clashes between the Koui and the Bocaranga left six dead.", "Clashes", "Battles",
         "Armed clash", "Central African Republic",
         "Koui Communal Militia (Central African Republic)"),
        ("Clan militias clashed over grazing land, killing three.", "clashed", "Battles",
         "Armed clash", "Somalia", "Unidentified Clan Militia (Somalia)"),
        ("Gunmen from the Saleban clan shot a herder dead near the wells.", "shot",
         "Violence against civilians", "Attack", "Somalia", "Saleban Clan Militia (Somalia)"),
    ],
)  # fmt: skip
def test_a_militia_is_named_by_its_people_clan_or_place_as_acled_names_it(
    nlp: Language, text: str, trigger: str, etype: str, sub: str, country: str, actor1: str
) -> None:
    coding = _code(nlp, text, trigger, etype, sub, country)
    assert coding.actor1 is not None and (coding.actor1.name, coding.actor1.inter) == (actor1, 4)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "actor1"),
    [
        ("An IED targeted a KDF convoy near Dhobley, destroying one vehicle.", "IED",
         "AMISOM: African Union Mission in Somalia (Kenya)"),
        ("A roadside bomb hit an AMISOM/ENDF convoy near Baidoa.", "roadside bomb",
         "AMISOM: African Union Mission in Somalia (Ethiopia)"),
        ("A roadside bomb hit an AMISOM convoy near Marka.", "roadside bomb",
         "AMISOM: African Union Mission in Somalia"),
        ("A roadside bomb hit an AMISOM-KDF convoy near Dhobley.", "roadside bomb",
         "AMISOM: African Union Mission in Somalia (Kenya)"),
        # the contributor told by its name or people beside the mission's
        ("A roadside bomb hit an AMISOM-Ethiopia convoy near Baidoa.", "roadside bomb",
         "AMISOM: African Union Mission in Somalia (Ethiopia)"),
        ("A roadside bomb hit the Burundian contingent of AMISOM in Kismayo.", "roadside bomb",
         "AMISOM: African Union Mission in Somalia (Burundi)"),
        ("A roadside bomb hit an AMISOM (Ugandans) convoy near Marka.", "roadside bomb",
         "AMISOM: African Union Mission in Somalia (Uganda)"),
        # a contributor's services by its own name, not its people's
        ("Kenya air forces bombed an al Shabaab base near Jilib.", "bombed",
         "AMISOM: African Union Mission in Somalia (Kenya)"),
    ],
)  # fmt: skip
def test_a_contributors_troops_in_somalia_are_the_missions_contingent(
    nlp: Language, text: str, trigger: str, actor1: str
) -> None:
    etype, sub = "Explosions/Remote violence", "Remote explosive/landmine/IED"
    coding = _code(nlp, text, trigger, etype, sub, "Somalia")
    assert coding.actor1 is not None and coding.actor1.name == actor1


@pytest.mark.model
def test_a_contributors_troops_at_home_are_its_own(nlp: Language) -> None:
    text = "An IED targeted a KDF convoy near Mandera, destroying one vehicle."
    etype, sub = "Explosions/Remote violence", "Remote explosive/landmine/IED"
    coding = _code(nlp, text, "IED", etype, sub, "Kenya")
    assert coding.actor1 is not None and coding.actor1.name == "Military Forces of Kenya"


@pytest.mark.model
def test_islamists_no_group_names_are_an_islamist_militia(nlp: Language) -> None:
    text = "Jihadists killed two civilians near the market."
    coding = _code(nlp, text, "killed", "Violence against civilians", "Attack", "Mali")
    assert coding.actor1 is not None
    assert (coding.actor1.name, coding.actor1.inter) == ("Islamist Militia (Mali)", 3)
    text = "Islamist militants of Boko Haram attacked the town, killing five soldiers."
    coding = _code(nlp, text, "attacked", "Battles", "Armed clash", "Nigeria")
    names = [a.name for a in (coding.actor1, coding.actor2) if a is not None]
    assert "Islamist Militia (Nigeria)" not in names
    assert any(name.startswith("Boko Haram") for name in names)


@pytest.mark.model
def test_forces_written_as_one_are_one_side(nlp: Language) -> None:
    text = "Al Shabaab fighters attacked AMISOM/SNA forces near the town, and fighting followed."
    coding = _code(nlp, text, "attacked", "Battles", "Armed clash", "Somalia")
    assert coding.actor1 is not None and coding.actor1.name.startswith("AMISOM")
    assert coding.actor2 is not None and coding.actor2.name == "Al Shabaab"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        ("ISWA forces clashed with al Shabaab fighters near the village.", "Somalia",
         "Military Forces of Somalia"),
        ("SPLM-N fighters clashed with the army near the village.", "Sudan",
         "SPLM-N: Sudan People's Liberation Movement (North)"),
    ],
)  # fmt: skip
def test_acled_names_for_regional_forces_and_rebels(
    nlp: Language, text: str, country: str, name: str
) -> None:
    coding = _code(nlp, text, "clashed", "Battles", "Armed clash", country)
    assert name in [a.name for a in (coding.actor1, coding.actor2) if a is not None]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "trigger", "etype", "sub", "ally"),
    [
        ("SNA/AMISOM forces took over control of the village from al Shabaab fighters.",
         "took over", "Strategic developments", "Non-violent transfer of territory",
         "AMISOM: African Union Mission in Somalia"),
        ("Government troops, backed by Russian warplanes, clashed with rebels near the town.",
         "clashed", "Battles", "Armed clash", "Military Forces of Russia"),
    ],
)  # fmt: skip
def test_forces_fighting_beside_actor1_are_its_associated_actors(
    nlp: Language, text: str, trigger: str, etype: str, sub: str, ally: str
) -> None:
    coding = _code(nlp, text, trigger, etype, sub, "Somalia")
    assert [a.name for a in coding.assoc_actor_1] == [ally]
    assert coding.actor2 is not None and ally != coding.actor2.name


@pytest.mark.model
def test_a_name_with_a_hyphen_of_its_own_stays_whole(nlp: Language) -> None:
    text = "Clashes between the SPLA-IO and the SPLA near Yei killed four."
    coding = _code(nlp, text, "Clashes", "Battles", "Armed clash", "South Sudan")
    names = [a.name for a in (coding.actor1, coding.actor2) if a is not None]
    assert any(name.startswith("SPLA/M-In Opposition") for name in names)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("The Pakistani Taliban claimed the attack on the checkpost.",
         "TTP: Tehreek-e-Taliban Pakistan"),
        ("PDF fighters ambushed a junta convoy near Monywa.", "PDF: People's Defense Force"),
        # a state's army whose name holds the same words is that state's
        ("Uganda People's Defence Forces clashed with rebels near Beni.",
         "Military Forces of Uganda"),
        ("NPA rebels ambushed soldiers in Samar.", "NPA: New People's Army"),
        ("A suicide bomber killed six NATO service members near the air base.",
         "NATO: North Atlantic Treaty Organization"),
        ("A roadside bomb killed two US service members in the province.",
         "Military Forces of the United States"),
        ("Suspected CJNG gunmen killed four police officers.",
         "CJNG: Jalisco New Generation Cartel"),
        ("FMLN urban commandos attacked a police post in the capital.",
         "FMLN: Farabundo Marti National Liberation Front"),
        ("Sendero Luminoso guerrillas killed five peasants.", "Shining Path"),
        ("The Medellin drug cartel was blamed for the blast.", "Medellin Cartel"),
        ("Guerrillas ambushed an army patrol on the highway.", "Rebel Group ({country})"),
    ],
)  # fmt: skip
def test_armed_groups_beyond_africa(nlp: Language, text: str, template: str) -> None:
    found = [f.template for f in find_actors(nlp(text), 0, len(text)) if f.role == "armed"]
    assert found[0] == template


@pytest.mark.model
def test_an_acronym_that_is_an_english_word_needs_its_capitals(nlp: Language) -> None:
    text = "Let the record show that gunmen killed three farmers."
    found = [f.template for f in find_actors(nlp(text), 0, len(text))]
    assert "LeT: Lashkar-e-Taiba" not in found


def test_crowds_that_fought_each_other_are_rioters_on_both_sides(nlp: Language) -> None:
    text = "Supporters of the two parties clashed outside the polling station, leaving two dead."
    coding = _code(nlp, text, "clashed", "Riots", "Mob violence", "Malawi")
    names = [a.name if a else None for a in (coding.actor1, coding.actor2)]
    assert names == ["Rioters (Malawi)", "Rioters (Malawi)"]
    # a crowd that set upon someone has a victim
    text = "An angry mob beat a suspected thief at the market."
    coding = _code(nlp, text, "beat", "Riots", "Mob violence", "Malawi")
    assert coding.actor2 is not None and coding.actor2.name == "Civilians (Malawi)"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # forces looking for the bomber, or sent after the blast, did not set it off
        "French police are hunting a man believed to have left a bag containing a device "
        "that exploded on Friday, wounding 13 people.",
        "Troops were deployed to the town after a bomb exploded at the market, killing "
        "three civilians.",
    ],
)
def test_forces_told_only_as_responding_are_no_side(nlp: Language, text: str) -> None:
    coding = _code(nlp, text, "exploded", "Explosions/Remote violence", IED, "France")
    assert coding.actor1 is not None and coding.actor1.inter == 3
    assert coding.actor2 is not None and coding.actor2.name == "Civilians (France)"


@pytest.mark.model
def test_forces_that_came_and_fought_are_a_side(nlp: Language) -> None:
    text = (
        "Militiamen attacked the market. Soldiers deployed quickly and pushed the attackers "
        "back to the hills."
    )
    coding = _code(nlp, text, "pushed", "Battles", "Armed clash", "Mali")
    sides = {a.name for a in (coding.actor1, coding.actor2) if a is not None}
    assert "Military Forces of Mali" in sides
    # (Mali's coders list the forces' foe first: see test_battle_order.py)
    assert coding.actor1 is not None and coding.actor1.inter == 3


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded at a cafe, killing 13 people. Police blamed ETA for the attack.",
        "A bomb exploded at a cafe, killing 13 people. The attack was blamed on ETA.",
    ],
)
def test_the_group_blamed_for_an_attack_is_actor1(nlp: Language, text: str) -> None:
    coding = _code(nlp, text, "exploded", "Explosions/Remote violence", IED, "Spain")
    assert coding.actor1 is not None
    assert coding.actor1.name == "ETA: Basque Homeland and Freedom"


@pytest.mark.model
def test_the_bomber_is_actor2_when_the_forces_it_hit_come_first(nlp: Language) -> None:
    text = "Two soldiers were killed when their vehicle hit a mine laid by Boko Haram."
    coding = _code(nlp, text, "mine", "Explosions/Remote violence", IED, "Nigeria")
    assert coding.actor1 is not None and coding.actor1.name == "Military Forces of Nigeria"
    assert coding.actor2 is not None
    assert coding.actor2.name == "Boko Haram - Wilayat Gharb Ifriqiyyah"


@pytest.mark.model
def test_forces_that_shot_the_attacker_later_are_not_its_perpetrators(nlp: Language) -> None:
    text = (
        "Five people were killed in an attack on the Christmas market. The alleged killer, "
        "shot dead by police, had pledged allegiance to Islamic State."
    )
    coding = _code(nlp, text, "killed", "Violence against civilians", "Attack", "France")
    assert coding.actor1 is not None
    assert coding.actor1.name == "Unidentified Armed Group (France)"


@pytest.mark.model
def test_guerrillas_in_a_report_naming_one_rebel_group_are_that_group(nlp: Language) -> None:
    text = "Guerrillas attacked a bus near the capital, killing four. The FMLN runs the area."
    coding = _code(nlp, text, "attacked", "Violence against civilians", "Attack", "El Salvador")
    assert coding.actor1 is not None
    assert coding.actor1.name == "FMLN: Farabundo Marti National Liberation Front"
    # a group named only as backing the government is not "the rebels"
    text = "Rebels attacked a bus, killing four. JEM fighters supporting the army were there."
    coding = _code(nlp, text, "attacked", "Violence against civilians", "Attack", "Sudan")
    assert coding.actor1 is not None and coding.actor1.name == "Rebel Group (Sudan)"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Urban guerillas attacked the presidency with mortar fire, causing some damage. The "
        "attack was presumably carried out by FMLN urban guerrillas.",
        # the police telling of it are its source, whenever they told it
        "The national police this morning reported that guerrillas shelled the presidency. "
        "The attack was carried out by the FMLN.",
    ],
)
def test_the_group_an_attack_was_carried_out_by_is_actor1(nlp: Language, text: str) -> None:
    coding = _code(nlp, text, "attacked" if "Urban" in text else "shelled",
                   "Explosions/Remote violence", "Shelling/artillery/missile attack",
                   "El Salvador")  # fmt: skip
    assert coding.actor1 is not None
    assert coding.actor1.name == "FMLN: Farabundo Marti National Liberation Front"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "etype", "sub", "actor1"),
    [
        ("Police issued a photo of the suspect on Saturday. Five people were killed in an "
         "attack on the market.", "Violence against civilians", "Attack",
         "Unidentified Armed Group (Chad)"),
        # forces told fighting before are the passage's side ("SAF bomb Dalami. No casualties.")
        ("Soldiers attacked the camp at dawn. Two were killed in the fighting.", "Battles",
         "Armed clash", "Military Forces of Chad"),
    ],
)  # fmt: skip
def test_a_passage_naming_nobody_borrows_only_forces_told_acting(
    nlp: Language, text: str, etype: str, sub: str, actor1: str
) -> None:
    second = text.index(". ") + 2  # the passage is the second sentence
    at = text.index("killed")
    mention = EventMention(
        second, len(text), Span(at, at + 6, "killed"), etype, sub, "Political violence", 0.9
    )
    coding = ev.code_actors(nlp(text), mention, "Chad")
    assert coding.actor1 is not None and coding.actor1.name == actor1


@pytest.mark.model
def test_with_no_publication_date_a_day_takes_the_year_the_report_gives(nlp: Language) -> None:
    from datetime import date

    text = (
        "The May 22 concert bombing in Manchester killed 22 people, a report released on "
        "May 27, 2017 said."
    )
    mention = _mention(text, "bombing", "Explosions/Remote violence", "Suicide bomb")
    assert ev.resolve_date(nlp(text), mention, None).date == date(2017, 5, 22)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "actor1"),
    [
        # police telling of it from where they are: its source, not its perpetrators
        ("Police in Mogadishu said gunmen killed a man in Kismayo.",
         "Unidentified Armed Group (Somalia)"),
        # ... unless they tell of their own act
        ("Police in Mogadishu said they killed two men in Kismayo.", "Police Forces of Somalia"),
    ],
)  # fmt: skip
def test_forces_telling_of_an_event_from_a_place_are_its_source(
    nlp: Language, text: str, actor1: str
) -> None:
    coding = _code(nlp, text, "killed", "Violence against civilians", "Attack", "Somalia")
    assert coding.actor1 is not None and coding.actor1.name == actor1


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "sufferer", "doer"),
    [
        ("Policemen at a tax centre attacked and injured by unknown group.",
         "Police Forces of {country}", "Unidentified Armed Group ({country})"),
        ("Soldier shot dead by unknown gunmen at a checkpoint.",
         "Military Forces of {country}", "Unidentified Armed Group ({country})"),
    ],
)  # fmt: skip
def test_a_passive_told_without_its_auxiliary_keeps_the_doer_after_by(
    nlp: Language, text: str, sufferer: str, doer: str
) -> None:
    # notes drop "were": the parser makes the sufferer the verb's subject
    found = {f.template: f.syntax for f in find_actors(nlp(text), 0, len(text))}
    assert found[sufferer] == "patient"
    assert found[doer] == "agent"


@pytest.mark.model
def test_a_subject_whose_own_clause_has_no_by_still_acts(nlp: Language) -> None:
    text = "Boko Haram fighters tried to storm a market, but were stopped by vigilantes."
    found = {f.template: f.syntax for f in find_actors(nlp(text), 0, len(text))}
    assert found["Boko Haram - Wilayat Gharb Ifriqiyyah"] == "agent"


@pytest.mark.model
def test_communities_raided_are_their_people(nlp: Language) -> None:
    text = "Troops raided communities accused of backing the rebels."
    found = {f.template: f.role for f in find_actors(nlp(text), 0, len(text))}
    assert found.get("Civilians ({country})") == "victim"
    assert "Unidentified Communal Militia ({country})" not in found


@pytest.mark.model
def test_forces_beating_a_demonstration_attack_protesters(nlp: Language) -> None:
    text = "Police beat and injured dozens of students marching against fee rises in Zomba."
    coding = _code(nlp, text, "beat", "Violence against civilians", "Attack", "Malawi")
    assert coding.actor1 is not None and coding.actor1.name.startswith("Police Forces of Malawi")
    assert coding.actor2 is not None
    assert (coding.actor2.name, coding.actor2.inter) == ("Protesters (Malawi)", 6)
    # soldiers shooting villagers in March are no force on a crowd
    text = "Soldiers shot and injured three villagers in Zomba in March."
    coding = _code(nlp, text, "shot", "Violence against civilians", "Attack", "Malawi")
    assert coding.actor2 is not None and coding.actor2.name == "Civilians (Malawi)"


@pytest.mark.model
def test_a_group_claiming_names_the_jihadists(nlp: Language) -> None:
    text = (
        "Suspected jihadists killed 40 civilians in Barsalogho on Saturday.\n\n"
        "The assailants arrived on motorbikes. JNIM later claimed responsibility."
    )
    lede = text.index("\n")  # the passage is the lede; the claim comes later
    kind = ("Violence against civilians", "Attack")
    coding = _code_passage(nlp, text, "killed", kind, "Burkina Faso", (0, lede))
    assert coding.actor1 is not None and coding.actor1.name.startswith("JNIM")


@pytest.mark.model
def test_a_group_telling_its_own_strike_on_a_day_is_its_actor(nlp: Language) -> None:
    text = "The Houthis said on Thursday they had launched drones at a refinery."
    coding = _code(nlp, text, "launched drones at", "Explosions/Remote violence",
                   "Air/drone strike", "Saudi Arabia")  # fmt: skip
    assert coding.actor1 is not None and coding.actor1.name == "Ansar Allah"


@pytest.mark.model
def test_a_drone_strike_blamed_on_the_army_is_its_own_on_civilians(nlp: Language) -> None:
    text = "A drone strike on a market killed seven people, residents said, blaming the military."
    coding = _code(nlp, text, "drone strike", "Explosions/Remote violence",
                   "Air/drone strike", "Ethiopia")  # fmt: skip
    assert coding.actor1 is not None and coding.actor1.name.startswith(
        "Military Forces of Ethiopia"
    )
    assert coding.actor2 is not None and coding.actor2.name == "Civilians (Ethiopia)"


@pytest.mark.model
def test_a_countrys_army_named_with_a_possessive_is_its_own(nlp: Language) -> None:
    text = "Representatives of Sudan's army and the RSF signed a ceasefire in Jeddah on Saturday."
    coding = _code(nlp, text, "signed a ceasefire", "Strategic developments", "Agreement",
                   "Saudi Arabia")  # fmt: skip
    names = {a.name for a in (coding.actor1, coding.actor2) if a is not None}
    assert any(n.startswith("Military Forces of Sudan") for n in names)


def test_a_toll_risen_for_an_event_told_at_length_counts() -> None:
    text = (
        "The death toll from Friday's suicide bombing at a Shiite mosque in the Dasht-e-Barchi "
        "area of western Kabul rose to 21 on Saturday."
    )
    assert toll(text) == 21


@pytest.mark.model
def test_the_group_claiming_a_raid_on_troops_is_their_enemy(nlp: Language) -> None:
    text = (
        "Militants attacked a security post in North Waziristan overnight, killing seven "
        "soldiers. Troops returned fire.\n\n"
        "The Pakistani Taliban, or Tehreek-e-Taliban Pakistan, claimed responsibility."
    )
    lede = text.index("\n")
    kind = ("Battles", "Armed clash")
    coding = _code_passage(nlp, text, "attacked", kind, "Pakistan", (0, lede))
    assert coding.actor1 is not None and coding.actor1.name.startswith("Military Forces")
    assert coding.actor2 is not None and coding.actor2.name.startswith("TTP")


@pytest.mark.model
def test_arrests_never_name_the_arresting_force_twice(nlp: Language) -> None:
    text = (
        "Police fired tear gas at opposition supporters in Dhaka on Saturday.\n\n"
        "The party said more than 100 of its activists were arrested."
    )
    start = text.index("The party")
    kind = ("Strategic developments", "Arrests")
    coding = _code_passage(nlp, text, "arrested", kind, "Bangladesh", (start, None))
    assert coding.actor1 is not None and coding.actor1.name.startswith("Police Forces")
    assert coding.actor2 is None or coding.actor2.name != coding.actor1.name


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        # the earlier event the report dates its own by keeps its toll
        ("The army killed 17 militants near Lere, two days after an ambush on a convoy that "
         "killed 11 soldiers.", 17),
        # a time gap before the event's own clause is no earlier toll
        ("Two days after the attack, gunmen killed 5 villagers in Kaya.", 5),
    ],
)  # fmt: skip
def test_an_earlier_events_toll_told_as_a_time_gap(text: str, dead: int) -> None:
    assert toll(text) == dead
