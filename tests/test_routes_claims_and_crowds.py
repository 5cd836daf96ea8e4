"""Routes, claims and crowds: a convoy's route, a teller's seat, a capital standing for its
government and a place the tagger ran on into a word are no event places; a war's dead in
thousands, a share of the country retaken, attackers gone, a march only called for, a
lawyer's denouncing and a court's order are no events; a bomb that opened an ambush, a
riot's ransacking and a fight's rocket-propelled grenades belong to the fight; the dead
"two of them" are among those counted, a bomber counted with his victims is the toll; the
weekend is its Saturday."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events.actors import find_actors
from eventwire.events.fatalities import find_counts
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from eventwire.records import Event
from reports import run


def _statuses(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(text)
    return {t.text: t.status for s in doc.sents for t in find_triggers(doc, s)}


def _kinds(events: list[Event]) -> list[tuple[str | None, str]]:
    return [(e.event_date, e.sub_event_type) for e in events]


# --- what tells no event -------------------------------------------------------------


def test_a_wars_dead_in_thousands_and_a_share_of_the_land_are_tallies(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Thousands have been killed in the region since the insurgency began. The junta says "
        'it has recaptured "more than 60 percent" of the national territory.',
    )
    assert statuses["killed"] == "toll"
    assert statuses["recaptured"] == "toll"
    # a count of one event's dead stays a deed
    assert _statuses(nlp, "Two people have been killed in Gao.")["killed"] == "asserted"


def test_attackers_gone_before_troops_came_fought_nobody(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "Troops reached the village at noon, but the gunmen had already fled into the bush."
    )
    assert statuses["gunmen"] == "described"
    # the end of a fight told keeps its doers: "after which the attackers retreated"
    statuses = _statuses(
        nlp, "Both sides exchanged fire briefly, after which the attackers withdrew."
    )
    assert statuses["attackers"] == "asserted"


def test_fighting_a_flood_is_a_figure_of_speech(nlp: Language) -> None:
    assert _statuses(nlp, "Soldiers are fighting a different enemy this month.")["fighting"] == (
        "figurative"
    )
    assert _statuses(nlp, "Villagers spent the night fighting the floods.")["fighting"] == (
        "figurative"
    )
    # (fire opened is no fire fought)
    assert _statuses(nlp, "Police challenged the men, who opened fire.")["opened fire"] == (
        "asserted"
    )


def test_a_march_called_for_and_a_lawyers_denouncing_are_no_demonstrations(
    nlp: Language,
) -> None:
    statuses = _statuses(
        nlp, "Student unions posted calls online for a march on the ministry in Nairobi."
    )
    assert statuses["march"] == "hedged"
    statuses = _statuses(nlp, 'His lawyers denounced what they called "a political trial".')
    assert statuses["denounced"] == "thing"
    # workers on strike to denounce their pay still protest
    statuses = _statuses(nlp, "Nurses went on strike in Kano to denounce unpaid salaries.")
    assert statuses["went on strike"] == "asserted"


def test_an_undated_allegation_denied_is_hedged_a_dated_one_is_told(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "His family said he had been beaten in custody, an allegation the police deny.",
    )
    assert statuses["beaten"] == "hedged"
    statuses = _statuses(
        nlp,
        "Villagers accused soldiers of shooting dead five herders on Sunday, a charge the "
        "army rejected.",
    )
    assert statuses["shooting"] == "asserted"


def test_a_courts_order_of_detention_is_no_arrest(nlp: Language) -> None:
    statuses = _statuses(
        nlp, "On Monday, a court in Bamako ordered 30 days of detention for a blogger."
    )
    assert statuses["detention"] == "thing"


def test_clashes_named_by_their_day_and_protests_by_their_cause_were_told_before(
    nlp: Language,
) -> None:
    statuses = _statuses(nlp, "Lectures, suspended after Monday's clashes, resume next week.")
    assert statuses["clashes"] == "described"
    statuses = _statuses(nlp, "The protests were sparked by a rise in bread prices last month.")
    assert statuses["protests"] == "described"
    # a sentence opening on last night's attack may tell it for the first time
    statuses = _statuses(
        nlp, "Following last night's attack on a bank, a bomb was thrown at a police station."
    )
    assert statuses["attack"] == "asserted"


def test_a_blockade_told_as_what_came_hours_before_is_that_times_event(nlp: Language) -> None:
    statuses = _statuses(
        nlp,
        "Thugs attacked students in Kampala on Monday night, hours after thousands of people "
        "had blocked the city's main bridge.",
    )
    assert statuses["blocked the city's main bridge"] == "past"
    statuses = _statuses(nlp, "Students blocked a bridge in Kampala on Monday.")
    assert statuses["blocked a bridge"] == "asserted"


def test_a_man_seized_outside_his_home_whose_family_knows_nothing_was_abducted(
    nlp: Language,
) -> None:
    doc = nlp(
        "On Sunday, armed men seized Ali Musa, a local councillor, outside his home, his "
        "family said."
    )
    subs = {t.sub_event_type for s in doc.sents for t in find_triggers(doc, s)}
    assert "Abduction/forced disappearance" in subs


# --- tolls ------------------------------------------------------------------------------


def test_two_of_them_are_among_the_dead_counted(nlp: Language) -> None:
    text = "Militants killed four villagers in Bama, beheading two of them."
    assert sum(c.value for c in find_counts(text)) == 4


def test_a_toll_with_the_bomber_is_the_toll(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Suicide bombing in Maiduguri\n\n"
        "A suicide bomber blew himself up at a mosque in Maiduguri on Tuesday, killing two "
        "worshippers and a guard, police said. The state police commissioner said four people "
        "died, including the bomber, and nine were wounded.",
    )
    assert len(events) == 1 and events[0].fatalities == 4


# --- places -----------------------------------------------------------------------------


def test_a_convoys_route_is_not_where_it_was_hit(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Convoy ambushed\n\n"
        "A convoy of trucks carrying fuel from Niono to the town of Douentza was attacked by "
        "gunmen near Bankass on Tuesday, a security source in Bamako said.",
    )
    assert [e.location for e in events] == ["Bankass"]


def test_a_spokesman_in_the_capital_and_its_government_are_no_event_places(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Fighting in the east\n\n"
        "Rebels said on Wednesday they had repelled an attack by the coalition of Kinshasa.\n\n"
        "On Tuesday, a drone struck a rebel position in North Kivu, killing two fighters. An "
        "army spokesman in Kinshasa said the strike was in self-defence.",
    )
    assert "Kinshasa" not in [e.location for e in events]
    assert all(e.admin1 == "Nord Kivu" for e in events if e.event_type != "Battles")


def test_a_town_tagged_with_the_word_after_it_is_still_a_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Bomb at checkpoint\n\n"
        "A suicide bomber blew herself up at a checkpoint at the entrance to the town of Mora "
        "in Cameroon's Far North region on Monday, killing a soldier, officials said.",
    )
    assert [(e.location, e.geo_precision) for e in events] == [("Mora", 1)]


def test_a_region_owning_a_town_the_gazetteer_lacks_places_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Clashes in Masisi\n\n"
        "Heavy fighting broke out on Saturday between rebels and militias around Kazinga, in "
        "North Kivu's Lukweti territory, residents said.",
    )
    assert [(e.admin1, e.geo_precision) for e in events] == [("Nord Kivu", 3)]


def test_a_place_near_which_a_deed_was_done_is_no_landmark_of_the_town_before(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Convoy attacked\n\n"
        "The convoy, bound for Douentza, was ambushed on Wednesday near Bandiagara, military "
        "sources said. Two soldiers were killed.",
    )
    assert [e.location for e in events] == ["Bandiagara"]


def test_a_street_far_from_any_town_is_in_the_town_the_report_names_most(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Unrest in Belgrade\n\n"
        "Students marched in Belgrade on Monday against the government, the latest of the "
        "protests held in Belgrade for a year. They began after a station roof collapsed in "
        "Novi Sad last year.\n\n"
        "On Tuesday night, several hundred protesters gathered outside the parliament building "
        "and hurled bottles, eggs and flares at the police cordon that guarded it, witnesses "
        "and opposition lawmakers said. Riot police responded with tear gas and pepper spray "
        "and pushed the crowd back towards Kneza Milosa Street.",
    )
    riots = [e for e in events if e.event_type == "Riots"]
    assert [e.location for e in riots] == ["Belgrade"]


# --- actors ------------------------------------------------------------------------------


def test_a_groups_epithet_and_its_parent_name_no_other_side(nlp: Language) -> None:
    text = "Fighters of the rebel Coalition of Patriots for Change attacked an army patrol."
    doc = nlp(text)
    found = [f.template for f in find_actors(doc, 0, len(text)) if f.role == "armed"]
    assert found[0] == "CPC: Coalition of Patriots for Change"
    text = "Fighters of the al-Qaeda-linked JNIM stormed the village of Boni."
    doc = nlp(text)
    found = [f.template for f in find_actors(doc, 0, len(text)) if f.role == "armed"]
    assert found[0] == "JNIM: Group for Support of Islam and Muslims"


def test_masked_men_are_armed_and_army_engineers_are_no_civilians(nlp: Language) -> None:
    text = "Masked men armed with iron bars attacked students outside the university."
    doc = nlp(text)
    first = find_actors(doc, 0, len(text))[0]
    assert (first.role, first.inter) == ("armed", 3)
    text = "Army engineers defused a bomb planted on the road."
    doc = nlp(text)
    assert all(f.role != "victim" for f in find_actors(doc, 0, len(text)))


def test_the_group_whose_fighters_a_drone_killed_did_not_fly_it(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Drone strike\n\n"
        "On Tuesday, a drone struck a position of the Twirwaneho militia near Uvira, killing "
        "three of its fighters, residents said.",
    )
    assert len(events) == 1 and events[0].actor1 is not None
    assert not events[0].actor1.startswith("Twirwaneho")


def test_attackers_blamed_by_name_are_the_unknown_attackers(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Miners killed\n\n"
        "Armed men attacked a gold mine near Bambari on Saturday, killing four miners, "
        "according to local sources. The prefect said four miners had been killed and blamed "
        "fighters of the Popular Front for the Renaissance of the Central African Republic "
        "(FPRC), one of the armed groups that has long controlled mining areas.",
    )
    assert [e.sub_event_type for e in events] == ["Attack"]


# --- one event told in parts -----------------------------------------------------------


def test_a_bomb_that_opened_an_ambush_is_the_ambush(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Ambush\n\n"
        "A roadside bomb disabled the lead vehicle of an army convoy near Konduga on Tuesday "
        "before gunmen opened fire on the soldiers, killing five of them, the army said.",
    )
    assert [e.event_type for e in events] == ["Battles"]


def test_a_riots_ransacking_and_a_fights_grenades_are_theirs(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Fuel riot\n\n"
        "Youths threw stones at police in Kano on Tuesday over fuel prices. Several shops "
        "were ransacked.",
    )
    assert _kinds(events) == [("2026-11-24", "Violent demonstration")]
    events = run(
        nlp,
        gazetteer,
        "Militias clash\n\n"
        "Two armed groups clashed in Tripoli on Sunday, killing three people. Heavy "
        "machine-gun fire and rocket-propelled grenades could be heard across the city.",
    )
    assert [e.event_type for e in events] == ["Battles"]


def test_a_fight_that_lasted_hours_is_the_fight_told(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Base attacked\n\n"
        "At least 12 soldiers were killed when jihadists attacked an army base in Djibo on "
        "Saturday, security sources said.\n\n"
        "The assault on the garrison town began at dawn on 21 November, when hundreds of "
        "fighters on motorcycles approached from the north, one of the sources said. Fighting "
        "lasted about four hours.\n\n"
        'JNIM claimed responsibility on Sunday and said it had killed "more than 50" soldiers '
        "and volunteers.",
    )
    assert [(e.event_date, e.sub_event_type, e.fatalities) for e in events] == [
        ("2026-11-21", "Armed clash", 12)
    ]


def test_a_lede_and_the_convoy_it_names_are_one_ambush(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Convoy ambushed\n\n"
        "Suspected jihadists ambushed a military-escorted supply convoy in northern Mali last "
        "week, killing at least seven soldiers, security sources said.\n\n"
        "The convoy was attacked on Friday, 20 November, near Bourem.",
    )
    assert [(e.event_date, e.location) for e in events] == [("2026-11-20", "Bourem")]


def test_a_crowd_hours_after_a_days_news_is_on_that_day(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Truce in Tripoli\n\n"
        "Two armed groups clashed in Tripoli on 22 November, killing three people.\n\n"
        "On Monday afternoon, elders announced a ceasefire. Hours later, hundreds of people "
        "gathered in Martyrs' Square to demand the withdrawal of armed groups from the city.",
    )
    protests = [e for e in events if e.event_type == "Protests"]
    assert [e.event_date for e in protests] == ["2026-11-23"]


# --- and a few more -------------------------------------------------------------------


def test_talks_on_a_deal_a_nationwide_tally_and_a_cold_shutdown_tell_no_event(
    nlp: Language,
) -> None:
    statuses = _statuses(
        nlp,
        "The envoy held talks in Muscat on a new exchange of prisoners. The air force said it "
        "had shot down 40 of 52 drones launched against the country overnight, without saying "
        "where. The reactors, all in cold shutdown, remained safe.",
    )
    assert statuses["exchange of prisoners"] == "hedged"
    assert statuses["shot down"] == "toll"
    assert statuses["shutdown"] == "thing"


def test_a_dateline_ending_its_line_is_the_desk(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Strike on Kharkiv\n\n"
        "KHARKIV, Ukraine, Nov 26 -\n\n"
        "A Russian first-person-view drone killed a man on a bicycle in Zolochiv on "
        "Wednesday, officials said.",
    )
    assert [(e.event_date, e.sub_event_type, e.location) for e in events] == [
        ("2026-11-25", "Air/drone strike", "Zolochiv")
    ]
    assert events[0].actor1 is not None and events[0].actor1.startswith("Military Forces of Russia")


def test_a_drone_strike_and_an_assault_repelled_after_it_are_two_events(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Front line\n\n"
        "On Wednesday, a Russian drone killed a man in Orikhiv, the regional administration "
        "said. Ukrainian forces also reported that troops had repelled a Russian assault near "
        "Huliaipole on Wednesday.",
    )
    assert sorted(e.event_type for e in events) == ["Battles", "Explosions/Remote violence"]


def test_a_group_raiding_with_its_special_forces_killed_a_fighter_in_a_fight(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Raid near Raqqa\n\n"
        "On Monday, SDF special forces raided a house west of Raqqa. One Islamic State member "
        "was killed after he opened fire on the troops, and two others were detained, "
        "including a man described as a senior official of the group.",
    )
    assert [e.event_type for e in events] == ["Battles"]
    text = "SDF special forces raided a house."
    doc = nlp(text)
    assert [f.template for f in find_actors(doc, 0, len(text))][:1] == [
        "QSD: Syrian Democratic Forces"
    ]


def test_artillery_that_wounded_people_is_an_event_and_a_boasting_toll_is_none(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Shelling\n\n"
        "Russian artillery also hit a residential area of Druzhkivka on Tuesday, wounding "
        "four people including a boy, the governor said.",
    )
    assert [e.sub_event_type for e in events] == ["Shelling/artillery/missile attack"]
    events = run(
        nlp,
        gazetteer,
        "Mortars on airport\n\n"
        "Al Shabaab militants fired mortar rounds at the airport in Kismayo on Saturday "
        "evening, wounding two workers, officials said.\n\n"
        "Al Shabaab said in a statement on its Andalus radio station that the attack had "
        'killed "14 crusader soldiers". The group frequently exaggerates casualty figures.',
    )
    assert [e.fatalities for e in events] == [0]


def test_an_accusers_word_a_body_set_up_a_relief_camp_and_a_past_fight_tell_no_event(
    nlp: Language,
) -> None:
    statuses = _statuses(
        nlp,
        'The local administration set up by the rebels accused the army of "a deliberate '
        'massacre". A camp for displaced families was set up at a school. "Our troops who once '
        'fought here now carry rice," the spokesman said. Soldiers were deployed with boats to '
        "evacuate residents.",
    )
    assert statuses["massacre"] == "described"
    assert statuses["set up"] == "thing"
    assert statuses["fought"] == "habit"
    assert statuses["deployed"] == "thing"
    # a dated accusation of a strike is the strike told
    statuses = _statuses(
        nlp, "Officials accused Pakistan of carrying out air strikes in Khost on Sunday night."
    )
    assert statuses["air strikes"] == "asserted"


def test_drones_brought_down_a_vest_found_and_a_quadcopters_drop(nlp: Language) -> None:
    doc = nlp(
        "Residents heard explosions in the sky, but the army said the drones were brought "
        "down. Police at a checkpoint found a suicide vest under his jacket. Militants used a "
        "quadcopter to drop explosives on a police post."
    )
    found = {(t.text, t.sub_event_type, t.status) for s in doc.sents for t in find_triggers(doc, s)}
    assert ("explosions", "Remote explosive/landmine/IED", "described") in found
    subs = {sub for _, sub, status in found if status == "asserted"}
    assert {"Disrupted weapons use", "Air/drone strike"} <= subs


def test_a_demonstration_turned_violent_and_a_quarter_abroad(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Unrest in Kinshasa\n\n"
        "KINSHASA - Police fired tear gas at a march in Kinshasa on Monday, and at least two "
        "people were killed the following day when protests turned violent in Kinshasa, "
        "witnesses said.\n\n"
        "On Wednesday, supporters of the ruling party rallied in the Gombe district of "
        "Kinshasa, and in the Gombe district again on Thursday.",
    )
    kinds = [(e.event_date, e.sub_event_type, e.country) for e in events]
    assert ("2026-11-24", "Violent demonstration", "Democratic Republic of Congo") in kinds
    assert all(e.country == "Democratic Republic of Congo" for e in events)


def test_an_explosion_with_no_criminal_or_terrorist_element_is_an_accident(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Bakery blast\n\n"
        "An explosion at a bakery in Latakia on Tuesday was caused by a gas cylinder, civil "
        "defence said. Two workers were killed. The governor said investigators had found "
        '"no criminal or terrorist element".',
    )
    assert events == []
