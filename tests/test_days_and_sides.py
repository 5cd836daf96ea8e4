"""Days and sides: a sentence naming another day than its passage tells another event, and
a group ACLED renamed when it changed sides carries the name and code of the event's day."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from eventwire.clean import clean_text
from eventwire.events import detect_events
from eventwire.events.fatalities import find_counts
from eventwire.events.regimes import in_power
from eventwire.events.triggers import find_triggers
from eventwire.geo import Gazetteer
from eventwire.nlp import is_heading
from eventwire.records import Actor, ActorCoding
from reports import run


def test_a_next_sentence_on_another_day_is_another_event(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Shelling in Kadugli\n\n"
        "Rebel fighters shelled a market in Kadugli on Monday, killing four traders, a "
        "medical charity said. The army said its soldiers drove back an assault on the town "
        "on Tuesday, killing 15 of the attackers.",
    )
    assert sorted((e.event_date, e.event_type, e.fatalities) for e in events) == [
        ("2026-11-23", "Explosions/Remote violence", 4),
        ("2026-11-24", "Battles", 15),
    ]


def test_the_rapid_support_forces_are_a_rebel_group_since_april_2023() -> None:
    rsf = ActorCoding(Actor("RSF: Rapid Support Forces", 3), Actor("Civilians (Sudan)", 7))
    before = in_power(rsf, date(2016, 5, 2), "Sudan")
    assert before.actor1 is not None
    assert (before.actor1.name, before.actor1.inter) == ("RSF: Rapid Support Forces", 3)
    after = in_power(rsf, date(2026, 11, 24), "Sudan")
    assert after.actor1 is not None
    assert (after.actor1.name, after.actor1.inter) == ("Rapid Support Forces", 2)
    assert after.actor2 == rsf.actor2


def _statuses(nlp: Language, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(t.text, t.status) for s in doc.sents for t in find_triggers(doc, s)]


def test_attackers_killed_by_troops_who_fired_back_add_to_the_toll(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Post attacked near Hajin\n\n"
        "Militants stormed a police post in the town of Hajin in Deir ez-Zor province on "
        "Monday night, killing four policemen, the interior ministry said.\n\n"
        "In a statement on Tuesday, the ministry said officers at the post fired back and "
        "killed three of the attackers.",
    )
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 7)]


def test_homes_raided_to_detain_suspects_is_an_arrest(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Suspects held in Raqqa\n\n"
        "On Tuesday, security forces raided two houses in Raqqa and detained four men "
        "suspected of belonging to an Islamic State cell, an official said.",
    )
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Arrests", "Islamic State (Syria)")]


def test_the_houthis_are_yemens_forces_under_their_own_name(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Shelling in Taiz\n\n"
        "Houthi forces shelled a market in the city of Taiz on Monday, killing two "
        "civilians, local officials said.",
    )
    assert [(e.actor1, e.inter1) for e in events] == [
        ("Military Forces of Yemen (2017-) Houthi", 1)
    ]


def test_rocket_propelled_grenades_in_a_gunfight_make_no_shelling(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Militias clash in Zawiya\n\n"
        "Two people, including a passing driver, were killed when rival armed groups fought "
        "with heavy machine guns and rocket-propelled grenades in the Libyan city of Zawiya "
        "late on Monday, medics said.",
    )
    assert [e.sub_event_type for e in events] == ["Armed clash"]


def test_a_man_seized_outside_his_home_and_driven_away_is_abducted(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Official taken in Sabha\n\n"
        "On Monday, gunmen seized a local council official outside his house in Sabha and "
        "drove away with him, his family said.",
    )
    assert [e.sub_event_type for e in events] == ["Abduction/forced disappearance"]


def test_habits_rumours_and_warnings_are_no_events(nlp: Language) -> None:
    assert ("fighting", "habit") in _statuses(
        nlp, "The city has seen repeated bouts of fighting between militias since 2020."
    )
    assert ("fighting", "habit") in _statuses(
        nlp, "Talks have produced several drafts, but fighting on the ground has continued."
    )
    assert ("attack", "hedged") in _statuses(
        nlp, "Posts circulating on social media claimed that the village had come under attack."
    )
    assert ("Air raid", "thing") in _statuses(nlp, "Air raid sirens sounded in Haifa on Monday.")
    found = _statuses(nlp, "Soldiers found and dismantled a launcher loaded with rockets.")
    assert ("rockets", "thing") in found
    assert any(status == "asserted" and "dismantled" in text for text, status in found)


def test_neutralising_a_number_counts_deaths_but_not_a_bomb() -> None:
    assert [c.value for c in find_counts("Drones struck the camp, neutralising 14 fighters.")] == [
        14
    ]
    assert find_counts("After neutralising the bomb, police arrested two men.") == []


def test_a_deed_the_passage_is_linked_to_gives_it_no_day(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Strike near Djibo\n\n"
        "On Tuesday, the army said drones had struck fighters gathering near Djibo, "
        "neutralising dozens of terrorists. It said the group was linked to Sunday's attack "
        "on a convoy.",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [("2026-11-24", 12)]


def test_a_headline_the_splitter_cut_in_two_is_still_a_headline(nlp: Language) -> None:
    doc = nlp(
        "Chad: gunmen kill villagers near Bol, army says four attackers killed in pursuit\n\n"
        "NIAMEY (Reuters) - Suspected jihadists attacked a village on Friday, killing five "
        "people."
    )
    sents = list(doc.sents)
    headline = [s for s in sents if s.end_char <= doc.text.index("\n\n") + 2]
    assert len(headline) == 2  # (the splitter's cut this test is about)
    assert all(is_heading(s) for s in headline)
    assert not is_heading(sents[-1])


def test_granaries_burnt_in_a_raid_and_a_road_s_ends_belong_to_the_raid(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Village raided\n\n"
        "Gunmen attacked a village near Ouallam in western Niger on Friday, killing seven "
        "civilians, officials said.\n\n"
        "Several granaries were set on fire, the mayor said.\n\n"
        "On Monday, a patrol found and defused a bomb near Ouallam, on the road linking "
        "Niamey to Tillaberi.",
    )
    assert [(e.event_type, e.location, e.actor1) for e in events] == [
        ("Violence against civilians", "Ouallam", "Unidentified Armed Group (Niger)"),
        ("Strategic developments", "Ouallam", "Military Forces of Niger (2023-)"),
    ]


def test_a_government_by_its_seat_and_a_group_by_its_name_are_no_places(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Clashes in Rutshuru\n\n"
        "Rebels fought pro-government militias near Rutshuru in North Kivu on Sunday, "
        "killing five people, residents said. A rebel spokesman said its fighters had "
        'repelled "an attack by the Kinshasa regime".',
    )
    assert [e.location for e in events] == ["Rutshuru"]


def test_truce_talk_terms_demands_calls_and_courts_are_no_events(nlp: Language) -> None:
    found = _statuses(nlp, "Talks ended without a deal, dashing hopes of a pause in fighting.")
    assert ("fighting", "thing") in found
    found = _statuses(
        nlp,
        "The draft text proposed a truce, the opening of corridors and the withdrawal of troops.",
    )
    assert ("withdrawal", "hedged") in found
    found = _statuses(nlp, "Students marched to the assembly to demand the withdrawal of troops.")
    assert ("withdrawal", "hedged") in found
    found = _statuses(
        nlp, 'The alliance called for a "dead city" day on Friday to protest the killing.'
    )
    assert ("protest", "hedged") in found
    found = _statuses(nlp, 'Party leaders announced a "long march" to the capital next month.')
    assert ("march", "hedged") in found
    found = _statuses(nlp, "On Monday the high court held a hearing on a petition by farmers.")
    assert ("petition", "thing") in found
    found = _statuses(nlp, "Israel captured the Golan Heights in the 1967 Middle East war.")
    assert ("captured", "past") in found
    found = _statuses(nlp, "Thousands have been displaced by fighting since 2019.")
    assert ("fighting", "past") in found
    found = _statuses(
        nlp, "The ministry says 900 people have been killed by soldiers over the same period."
    )
    assert ("killed", "toll") in found
    found = _statuses(
        nlp, "Residents reported armed men nearby, but soldiers found no trace of them."
    )
    assert ("found", "negated") in found


def test_a_soldier_who_paid_the_supreme_price_is_dead() -> None:
    counts = find_counts("Troops killed 11 terrorists, while two soldiers paid the supreme price.")
    assert sorted(c.value for c in counts) == [2, 11]


def test_each_side_s_lower_figure_and_no_denied_one(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Raid on a camp near Mamfe\n\n"
        "Soldiers raided a separatist camp near Mamfe on Tuesday, killing six fighters, the "
        "army said. A separatist spokesman acknowledged that four of their fighters had died "
        "but claimed that three soldiers had also been killed, which the army denied.",
    )
    assert [(e.event_type, e.fatalities) for e in events] == [("Battles", 4)]


def test_an_overnight_attack_of_a_named_month_is_that_month_s(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Killings in Benue\n\n"
        "In March 2025, more than 50 people were killed in an overnight attack on a village "
        "near Makurdi, officials said.",
    )
    assert [e.event_date[:7] for e in events if e.event_date] in ([], ["2025-03"])


def test_a_district_after_a_village_it_does_not_hold_is_the_place(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Grenade attack\n\n"
        "Suspected militants hurled a grenade at a police post in Sopore in north Kashmir's "
        "Baramulla district on Wednesday, injuring two policemen, officials said.",
    )
    assert [e.location for e in events] == ["Sopur"]


def test_a_government_s_demand_and_years_of_fighting_are_no_events(nlp: Language) -> None:
    found = _statuses(nlp, "Talks failed to meet Khartoum's demand that the rebels leave the city.")
    assert ("demand that", "thing") in found
    found = _statuses(nlp, "Protesters renewed their demand that the governor resign.")
    assert ("demand that", "asserted") in found
    found = _statuses(nlp, "The militia has been fighting the army in the hills for years.")
    assert ("fighting", "habit") in found


def test_links_under_a_read_more_heading_are_boilerplate() -> None:
    text = "Troops clashed with rebels.\n\nRead more:\nArmy says air strikes weakened the rebels\n"
    cleaned = clean_text(text)
    assert "Troops clashed" in cleaned and "air strikes" not in cleaned


def test_seasons_verdicts_ended_boycotts_and_other_incidents_are_no_events(nlp: Language) -> None:
    found = _statuses(
        nlp, "Gunmen executed dozens of men after taking the town in the winter of 2015."
    )
    assert ("executed", "past") in found
    found = _statuses(nlp, "Two men were found guilty of murder on Monday.")
    assert ("found", "asserted") not in found  # a verdict: no trigger, or a thing
    found = _statuses(
        nlp, "The council met after opposition members ended a boycott of its sessions."
    )
    assert ("boycott", "thing") in found
    found = _statuses(
        nlp, "Troops entered the town without a shot being fired after the rebels pulled out."
    )
    assert any(s == "asserted" and "without a shot" in t for t, s in found)


def test_a_lede_less_the_other_incidents_it_lists_and_a_recalled_month_in_a_report_of_talks(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Raid on a base\n\n"
        "Al Shabaab fighters attacked an army base near Kismayo on Tuesday, killing four "
        "soldiers, in the deadliest of several incidents this week that also included a "
        "roadside bombing near Jowhar and an air strike in Bari.\n\n"
        "The government has promised to restore services in the region and to rebuild the "
        "roads, schools and clinics damaged over the past decade, officials said.\n\n"
        "Aid agencies said that thousands of families still depended on food handouts and that "
        "funding for the coming year had fallen well short of what was needed.\n\n"
        "Parliament is due to debate the security budget next month, when ministers are "
        "expected to ask for more money for the police and for local defence committees.\n\n"
        "Donors meeting in Nairobi last week pledged new money for the health ministry and for "
        "the training of teachers in the southern regions.",
    )
    assert [(e.event_type, e.location) for e in events] == [("Battles", "Kismayo")]
    events = run(
        nlp,
        gazetteer,
        "Peace talks resume\n\n"
        "Government and rebel negotiators met in Cotabato City on Tuesday to review the peace "
        "deal, officials said.\n\n"
        "The talks focused on the decommissioning of former fighters.\n\n"
        "Both panels said they would meet again in January.\n\n"
        "In August, a clash between two rebel commanders' followers killed six people.",
    )
    assert events == []


def test_the_victims_of_a_deed_long_done_are_no_event(nlp: Language, gazetteer: Gazetteer) -> None:
    events = run(
        nlp,
        gazetteer,
        "Verdict in Baghdad\n\n"
        "A court in Baghdad on Tuesday sentenced five men for their part in the massacre.\n\n"
        "The government has promised to restore services in the region and to rebuild the "
        "roads, schools and clinics damaged over the past decade, officials said.\n\n"
        "Aid agencies said that thousands of families still depended on food handouts and that "
        "funding for the coming year had fallen well short of what was needed.\n\n"
        "Parliament is due to debate the security budget next month, when ministers are "
        "expected to ask for more money for the police and for local defence committees.\n\n"
        "Islamic State fighters executed hundreds of tribesmen near Hit in the autumn of 2014. "
        "Many of the victims were shot in public.",
    )
    assert events == []


def test_a_victim_who_died_of_his_wounds_days_later_belongs_to_the_beating(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    events = run(
        nlp,
        gazetteer,
        "Activist dies after beating\n\n"
        "Youths of the ruling party attacked two opposition activists with sticks near Ngozi "
        "on Saturday night. One of them died of his injuries at the hospital in Ngozi on "
        "Monday, his family said.",
    )
    assert [(e.event_date, e.fatalities) for e in events] == [("2026-11-21", 1)]


def test_a_lede_s_two_deeds_in_two_places_and_a_week_s_other_news_are_apart(
    nlp: Language,
) -> None:
    doc = nlp(
        "ABUJA (Reuters) - Gunmen killed at least seven people in a raid on a village in "
        "Zamfara state and abducted worshippers from a church in neighbouring Kaduna, police "
        "said on Thursday, in a week that also saw two police officers shot dead in Imo."
    )
    mentions = detect_events(doc)
    assert [m.sub_event_type for m in mentions] == ["Attack", "Abduction/forced disappearance"]
    assert all("Imo" not in doc.text[m.start : m.end] for m in mentions)
