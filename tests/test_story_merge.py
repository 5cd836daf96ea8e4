"""Cross-source merging on events built by hand."""

from __future__ import annotations

from typing import Any

import pytest

from eventwire.records import Article, Event, Evidence, SourceRef
from eventwire.story import merge_events, screen_events
from eventwire.story.merge import merged_id, same_event


def make(eid: str, article: str, **kw: Any) -> Event:
    base: dict[str, Any] = dict(
        event_id=eid,
        event_date="2024-03-02",
        time_precision=1,
        event_type="Explosions/Remote violence",
        sub_event_type="Suicide bomb",
        disorder_type="Political violence",
        actor1="Islamic State (Iraq)",
        actor2="Civilians (Iraq)",
        assoc_actor_1=None,
        assoc_actor_2=None,
        inter1=2,
        inter2=7,
        interaction=27,
        country="Iraq",
        iso3="IRQ",
        admin1="Baghdad",
        admin2=None,
        location="Baghdad",
        latitude=33.34,
        longitude=44.40,
        geonameid=98182,
        geo_precision=1,
        fatalities=10,
        fatalities_low=10,
        fatalities_best=10,
        fatalities_high=10,
        notes="A suicide bomber attacked a market.",
        sources=[SourceRef(article, None, None, "wire", kw.pop("published", "2024-03-03"))],
        evidence=[Evidence("event_type", article, 0, 7, "bombing")],
        confidence=0.6,
        source_fatalities={article: kw.get("fatalities", 10)},
    )
    base.update(kw)
    if "fatalities" in kw:
        n = kw["fatalities"]
        base.update(fatalities_low=n, fatalities_best=n, fatalities_high=n)
    return Event(**base)


def test_same_attack_from_two_sources_merges_with_toll_range() -> None:
    a = make("ev-a", "art1", fatalities=12, published="2024-03-02")
    b = make("ev-b", "art2", fatalities=15, event_date="2024-03-03", published="2024-03-04")
    c = make("ev-c", "art3", fatalities=15, published="2024-03-03")
    merged = merge_events([a, b, c])
    assert len(merged) == 1
    m = merged[0]
    assert m.fatalities == 12 and m.fatalities_low == 12 and m.fatalities_high == 15
    assert m.fatalities_best == 15  # two sources agree on 15
    assert m.source_fatalities == {"art1": 12, "art2": 15, "art3": 15}
    assert {s.article_id for s in m.sources} == {"art1", "art2", "art3"}
    assert len(m.evidence) == 3
    assert m.event_id == merged_id(["ev-c", "ev-a", "ev-b"])
    assert merge_events([c, b, a])[0].event_id == m.event_id


def test_best_toll_goes_to_most_recent_on_a_tie() -> None:
    a = make("ev-a", "art1", fatalities=8, published="2024-03-02")
    b = make("ev-b", "art2", fatalities=11, published="2024-03-05")
    assert merge_events([a, b])[0].fatalities_best == 11


def test_two_bombings_one_city_one_day_in_one_report_stay_apart() -> None:
    a = make("ev-a", "art1", notes="A suicide bomber struck a market in Baghdad.")
    b = make(
        "ev-b",
        "art1",
        notes="In a second attack, a bomber struck a checkpoint in Baghdad.",
        evidence=[Evidence("event_type", "art1", 50, 57, "attack")],
    )
    assert len(merge_events([a, b])) == 2


def test_different_place_type_date_or_actor_never_merge() -> None:
    base = make("ev-a", "art1")
    others = [
        make("ev-b", "art2", location="Basra", latitude=30.5, longitude=47.8, geonameid=99532),
        make("ev-c", "art2", event_type="Battles", sub_event_type="Armed clash"),
        make("ev-d", "art2", event_date="2024-03-09"),
        make("ev-e", "art2", actor1="Kata'ib Hezbollah", inter1=3),
        make("ev-f", "art2", fatalities=120),
    ]
    for other in others:
        assert not same_event(base, other), other.event_id
    assert len(merge_events([base, *others])) == 6


def test_coarse_precision_widens_windows() -> None:
    a = make("ev-a", "art1", time_precision=2, geo_precision=2)
    b = make("ev-b", "art2", event_date="2024-03-06", latitude=33.6, longitude=44.3)
    assert same_event(a, b)
    assert not same_event(make("ev-c", "art1"), b)


def test_no_chaining_across_clusters() -> None:
    a = make("ev-a", "art1", event_date="2024-03-01")
    b = make("ev-b", "art2", event_date="2024-03-02")
    c = make("ev-c", "art3", event_date="2024-03-03")
    assert len(merge_events([a, b, c])) == 2


def test_screen_drops_aggregates_and_undated_captions() -> None:
    text = (
        "Militants have killed over 40 people in the past week across the province.\n"
        "A car bomb exploded in Kirkuk on Monday, killing five people.\n"
        "Soldiers run past a burning vehicle after an explosion in Kirkuk province"
    )
    article = Article("art1", text, "x")
    agg = make("ev-a", "art1", evidence=[Evidence("event_type", "art1", 19, 25, "killed")])
    k = text.index("exploded")
    real = make(
        "ev-b",
        "art1",
        evidence=[
            Evidence("event_type", "art1", k, k + 8, "exploded"),
            Evidence("event_date", "art1", k + 18, k + 24, "Monday"),
        ],
    )
    c = text.index("explosion in")
    cap = make("ev-c", "art1", evidence=[Evidence("event_type", "art1", c, c + 9, "explosion")])
    kept = screen_events([agg, real, cap], [article])
    assert [e.event_id for e in kept] == ["ev-b"]
    assert [e.event_id for e in merge_events([agg, real, cap], [article])] == ["ev-b"]


@pytest.mark.parametrize(
    "sentence",
    [
        "A militiaman and his wife were gunned down in Baghdad on Tuesday, the latest in a "
        "string of attacks on the force.",
        "Ten people were killed on Friday when a series of coordinated blasts hit pilgrims.",
        "Police arrested 60 people and killed two in raids on the camp over the past two days.",
    ],
)
def test_one_attack_told_beside_a_series_is_kept(sentence: str) -> None:
    article = Article("art1", sentence, "x")
    k = sentence.index("killed") if "killed" in sentence else sentence.index("gunned")
    event = make("ev-a", "art1", evidence=[Evidence("event_type", "art1", k, k + 6, "killed")])
    assert screen_events([event], [article]) == [event]


def test_one_bombing_coded_as_attack_by_one_report_merges_same_day_same_town() -> None:
    bomb = make("ev-a", "art1", fatalities=15)
    attack = make(
        "ev-b",
        "art2",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        fatalities=22,
    )
    merged = merge_events([bomb, attack])
    assert len(merged) == 1
    assert merged[0].sub_event_type == "Suicide bomb"  # the specific coding wins
    assert (merged[0].fatalities_low, merged[0].fatalities_high) == (15, 22)
    next_day = make(
        "ev-c",
        "art2",
        event_type="Violence against civilians",
        sub_event_type="Attack",
        event_date="2024-03-03",
    )
    assert len(merge_events([bomb, next_day])) == 2


def test_screen_drops_background_and_second_copies() -> None:
    text = (
        "Gunmen attacked a market in Kano on Monday, killing four people.\n"
        "No group claimed it, but Boko Haram has carried out similar attacks in the city.\n"
        "Gunmen attacked a market in Kano on Monday, killing four people at dawn.\n"
    )
    article = Article("art1", text, "x")

    def at(eid: str, word: str, nth: int = 0) -> Event:
        pos = -1
        for _ in range(nth + 1):
            pos = text.index(word, pos + 1)
        return make(
            eid, "art1", evidence=[Evidence("event_type", "art1", pos, pos + len(word), word)]
        )

    first, background, copy = (
        at("ev-a", "attacked"),
        at("ev-b", "attacks"),
        at("ev-c", "attacked", 1),
    )
    kept = screen_events([first, background, copy], [article])
    assert [e.event_id for e in kept] == ["ev-a"]
    assert [e.event_id for e in screen_events([background, copy], [article])] == ["ev-c"]


def test_toll_read_from_an_aggregate_is_removed() -> None:
    text = (
        "Air strikes hit a depot in Raqqa on Monday.\n"
        "The campaign has killed over 300 fighters in the past month.\n"
    )
    article = Article("art1", text, "x")
    n = text.index("300")
    event = make(
        "ev-a",
        "art1",
        fatalities=300,
        evidence=[
            Evidence("event_type", "art1", 4, 11, "strikes"),
            Evidence("fatalities", "art1", n, n + 3, "300"),
        ],
    )
    (kept,) = screen_events([event], [article])
    assert kept.fatalities == 0 and kept.fatalities_low is None and kept.source_fatalities == {}
    assert [ev.field for ev in kept.evidence] == ["event_type"]


def test_screen_drops_intentions() -> None:
    text = "Officials have pledged to retake Falluja this year. Troops retook Hit on Monday.\n"
    article = Article("art1", text, "x")
    a, b = text.index("retake"), text.index("retook")
    plan = make("ev-a", "art1", evidence=[Evidence("event_type", "art1", a, a + 6, "retake")])
    done = make("ev-b", "art1", evidence=[Evidence("event_type", "art1", b, b + 6, "retook")])
    assert [e.event_id for e in screen_events([plan, done], [article])] == ["ev-b"]


def test_screen_judges_an_event_by_its_first_mention() -> None:
    text = "Officials have pledged to retake the town. The strikes were conducted at night.\n"
    article = Article("art1", text, "x")
    a, b = text.index("retake"), text.index("strikes")
    event = make(
        "ev-a",
        "art1",
        evidence=[
            Evidence("event_type", "art1", a, a + 6, "retake"),
            Evidence("event_type", "art1", b, b + 7, "strikes"),
        ],
    )
    assert screen_events([event], [article]) == []


def test_a_series_of_strikes_on_one_place_is_one_event_a_wave_across_a_region_is_not() -> None:
    one = "A series of air strikes hit a hospital in Saqee Dam on Friday, killing 58 people."
    many = "A wave of attacks across the north killed 50 people on Friday."
    for text, kept in ((one, True), (many, False)):
        k = text.index("kill")
        event = make("ev-a", "art1", evidence=[Evidence("event_type", "art1", k, k + 6, "kill")])
        assert (screen_events([event], [Article("art1", text, "x")]) == [event]) is kept


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("More than 400 people have been killed across Sudan since the fighting began.\n",
         "killed"),
        # a war's whole toll, and the wave of attacks it brought
        ("The war between the two cartels has already claimed more than 120 deaths and has "
         "provoked a wave of bomb attacks in the city.\n", "bomb attacks"),
        ("About 15,000 people have been killed as a result of political violence.\n",
         "killed"),
        ("Armed gangs have abducted hundreds of people in recent years.\n", "abducted"),
    ],
)  # fmt: skip
def test_a_toll_since_the_war_began_is_an_aggregate(text: str, word: str) -> None:
    article = Article("art1", text, "x")
    k = text.index(word)
    agg = make("ev-a", "art1", evidence=[Evidence("event_type", "art1", k, k + len(word), word)])
    assert screen_events([agg], [article]) == []


def test_what_one_attack_left_is_no_aggregate() -> None:
    text = "Sexual violence by the military has left women with severe injuries, a report said.\n"
    k = text.index("Sexual violence")
    event = make("ev-a", "art1", evidence=[Evidence("event_type", "art1", k, k + 15, "Sexual")])
    assert screen_events([event], [Article("art1", text, "x")]) == [event]


def test_a_bombing_a_day_after_the_deadliest_attack_in_years_is_kept() -> None:
    text = (
        "A suicide bomber killed 13 people in a market on Monday, a day after one of the "
        "deadliest attacks on security forces in recent years.\n"
    )
    k = text.index("suicide bomber")
    event = make("ev-a", "art1", evidence=[Evidence("event_type", "art1", k, k + 14, "suicide")])
    assert screen_events([event], [Article("art1", text, "x")]) == [event]


def test_a_regions_record_of_attacks_is_background() -> None:
    text = "The region has seen repeated attacks by groups linked to al-Qaeda.\n"
    article = Article("art1", text, "x")
    k = text.index("attacks")
    told = make("ev-a", "art1", evidence=[Evidence("event_type", "art1", k, k + 7, "attacks")])
    assert screen_events([told], [article]) == []


def test_a_later_reports_update_of_the_toll_replaces_the_earlier_figure() -> None:
    first = "A car bomb killed 14 people at a market on Monday."
    later = "The death toll from Monday's car bomb at the market rose to 21, an official said."
    again = "The toll from the bombing stood at 14 on Tuesday."

    def reported(eid: str, article: str, text: str, n: int, published: str) -> Event:
        at = text.index(str(n))
        return make(
            eid,
            article,
            fatalities=n,
            published=published,
            evidence=[Evidence("fatalities", article, at, at + len(str(n)), str(n))],
        )

    def article(article_id: str, text: str) -> Article:
        return Article(article_id, text, "x")

    a = reported("ev-a", "art1", first, 14, "2024-03-04")
    b = reported("ev-b", "art2", later, 21, "2024-03-06")
    (m,) = merge_events([a, b], [article("art1", first), article("art2", later)], screen=False)
    assert (m.fatalities, m.fatalities_low, m.fatalities_best) == (21, 21, 21)
    assert m.fatalities_high == 21
    assert m.source_fatalities == {"art1": 14, "art2": 21}
    # Without the texts, or when the larger figure is no update, the conservative figure
    # stands; a report published after the update keeps its own.
    assert merge_events([a, b])[0].fatalities == 14
    c = reported("ev-c", "art3", again, 14, "2024-03-06")
    (m,) = merge_events([a, c], [article("art1", first), article("art3", again)], screen=False)
    assert m.fatalities == 14
    d = reported("ev-d", "art4", first, 14, "2024-03-07")
    (m,) = merge_events([b, d], [article("art2", later), article("art4", first)], screen=False)
    assert m.fatalities == 14 and m.fatalities_high == 21
