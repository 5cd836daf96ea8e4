"""Continuation passages fold into the event they elaborate (hand-built events, no model)."""

from __future__ import annotations

from eventwire.followups import join_followups
from eventwire.records import Event, Evidence

TEXT = "Rebels attacked on Monday."


def event(eid: str, *fields: str, place: int | None = 1, toll: int | None = None) -> Event:
    at = {"event_date": (19, 25)}  # "Monday" in TEXT
    evidence = [Evidence(f, "a", *at.get(f, (0, 1)), f) for f in fields]
    return Event(
        event_id=eid, event_date="2026-11-16", time_precision=1, event_type="Battles",
        sub_event_type="Armed clash", disorder_type="Political violence", actor1=None,
        actor2=None, assoc_actor_1=None, assoc_actor_2=None, inter1=None, inter2=None,
        interaction=None, country="Syria", iso3="SYR", admin1=None, admin2=None,
        location=f"place {place}", latitude=None, longitude=None, geonameid=place,
        geo_precision=1, fatalities=toll or 0, fatalities_low=toll, fatalities_best=toll,
        fatalities_high=toll, notes="", evidence=evidence,
        source_fatalities={"a": toll} if toll is not None else {},
    )  # fmt: skip


def test_an_undated_passage_at_the_same_place_joins_and_gives_its_toll() -> None:
    first = event("e1", "event_type", "event_date", "location")
    later = event("e2", "event_type", "location", "fatalities", toll=4)
    (joined,) = join_followups([first, later], TEXT)
    assert joined.event_id == "e1"
    assert joined.fatalities == 4
    assert [e.field for e in joined.evidence].count("event_type") == 2


def test_an_undated_passage_without_a_place_joins_the_latest_event() -> None:
    a = event("e1", "event_type", "event_date", "location", place=1)
    b = event("e2", "event_type", "event_date", "location", place=2)
    c = event("e3", "event_type")
    assert [e.event_id for e in join_followups([a, b, c], TEXT)] == ["e1", "e2"]
    assert len(b.evidence) == 4


def test_a_dated_passage_or_another_place_stays_an_event_of_its_own() -> None:
    a = event("e1", "event_type", "event_date", "location", place=1, toll=3)
    b = event("e2", "event_type", "event_date", "location", place=1)
    c = event("e3", "event_type", "location", place=2)
    assert [e.event_id for e in join_followups([a, b, c], TEXT)] == ["e1", "e2", "e3"]


def test_an_event_with_a_toll_keeps_it() -> None:
    a = event("e1", "event_type", "event_date", "location", toll=12)
    b = event("e2", "event_type", "fatalities", toll=30)
    (joined,) = join_followups([a, b], TEXT)
    assert joined.fatalities == 12


def test_the_day_the_news_was_told_is_no_date_of_the_event() -> None:
    told = "Warplanes struck Ariha. Jets hit the area, the agency said on Monday."
    a = event("e1", "event_type", "location", toll=3)
    b = event("e2", "event_type", "location")
    b.evidence.append(Evidence("event_date", "a", told.index("Monday"), len(told) - 1, "Monday"))
    (joined,) = join_followups([a, b], told)
    assert joined.event_id == "e1"
    assert not [e for e in joined.evidence if e.field == "event_date"]


def test_a_passage_naming_only_the_country_of_the_event_joins_it() -> None:
    a = event("e1", "event_type", "event_date", "location", place=1)
    b = event("e2", "event_type", "location", place=None)
    b.geonameid, b.location, b.geo_precision = None, "Syria", 3
    assert [e.event_id for e in join_followups([a, b], TEXT)] == ["e1"]
    other = event("e3", "event_type", "location", place=None)
    other.geonameid, other.location, other.geo_precision, other.country = None, "Iraq", 3, "Iraq"
    assert [e.event_id for e in join_followups([a, other], TEXT)] == ["e1", "e3"]


def test_another_kind_of_event_is_no_continuation() -> None:
    bombing = event("e1", "event_type", "event_date", "location")
    bombing.event_type, bombing.sub_event_type = "Explosions/Remote violence", "Suicide bomb"
    advance = event("e2", "event_type")  # troops entered the town: a battle, undated
    deaths = event("e3", "event_type", "fatalities", toll=4)
    deaths.event_type, deaths.sub_event_type = "Violence against civilians", "Attack"
    assert [e.event_id for e in join_followups([bombing, advance], TEXT)] == ["e1", "e2"]
    assert [e.event_id for e in join_followups([bombing, deaths], TEXT)] == ["e1"]


def test_the_attack_named_again_at_a_town_joins_and_places_the_event() -> None:
    text = "Gunmen struck near Idlib on Monday. Nobody claimed the attack in Saraqib."
    k = text.index("attack in")
    first = event("e1", "event_type", "event_date", "location", place=1)
    first.geo_precision = 2
    later = event("e2", "location", place=2)
    later.evidence.append(Evidence("event_type", "a", k, k + 6, "attack"))
    (joined,) = join_followups([first, later], text)
    assert joined.event_id == "e1"
    assert (joined.location, joined.geo_precision) == ("place 2", 1)


def test_a_new_attack_elsewhere_is_its_own_event() -> None:
    text = "Gunmen struck near Idlib on Monday. Other gunmen attacked a post in Saraqib."
    k = text.index("attacked")
    first = event("e1", "event_type", "event_date", "location", place=1)
    later = event("e2", "location", place=2)
    later.evidence.append(Evidence("event_type", "a", k, k + 8, "attacked"))
    assert len(join_followups([first, later], text)) == 2


def test_the_raids_named_again_this_month_join_them() -> None:
    told = (
        "Warplanes struck Ariha on Monday.\n\nMonitors said the raids were the heaviest this month."
    )
    a = event("e1", "event_type", "event_date", "location")
    k, m = told.index("raids"), told.index("this month")
    b = event("e2", "location")
    b.evidence = [
        Evidence("event_type", "a", k, k + 5, "raids"),
        Evidence("event_date", "a", m, m + 10, "this month"),
    ]
    b.time_precision = 3
    assert [e.event_id for e in join_followups([a, b], told)] == ["e1"]
    # a day of its own is another event
    b.time_precision, b.event_date = 1, "2026-11-17"
    assert [e.event_id for e in join_followups([a, b], told)] == ["e1", "e2"]
    # ... and the raids' own day names them again, wherever told
    b.event_date = a.event_date
    assert [e.event_id for e in join_followups([a, b], told)] == ["e1"]


def test_near_the_town_the_detail_names_beats_a_point_off_the_ledes() -> None:
    text = "Jets struck north of Aleppo on Sunday. The strikes hit positions near Tal Rifaat."
    k = text.index("strikes hit")
    first = event("e1", "event_type", "event_date", "location", place=1)
    first.geo_precision = 2
    later = event("e2", "location", place=2)
    later.geo_precision = 2
    later.evidence.append(Evidence("event_type", "a", k, k + 7, "strikes"))
    (joined,) = join_followups([first, later], text)
    assert (joined.location, joined.geo_precision) == ("place 2", 2)


def test_a_passage_opening_on_a_later_time_is_another_event() -> None:
    text = "A car bomb hit the market on Wednesday. Hours later, a suicide bomber struck."
    k = text.index("suicide")
    first = event("e1", "event_type", "event_date", "location", place=1)
    later = event("e2")
    later.evidence.append(Evidence("event_type", "a", k, k + 14, "suicide bomber"))
    assert len(join_followups([first, later], text)) == 2


def test_another_outlets_report_of_the_deaths_is_no_other_event() -> None:
    text = (
        "Fighters attacked the checkpoint on Sunday. Meanwhile, a local outlet reported that "
        "five soldiers were killed."
    )
    k = text.index("killed")
    first = event("e1", "event_type", "event_date", "location", place=1)
    later = event("e2")
    later.evidence.append(Evidence("event_type", "a", k, k + 6, "killed"))
    assert len(join_followups([first, later], text)) == 1


def test_a_death_told_during_the_attack_is_the_attacks() -> None:
    text = "Gunmen abducted 30 students on Thursday.\n\nA teacher was killed during the attack."
    k = text.index("killed")
    first = event("e1", "event_type", "event_date", "location", place=1)
    first.event_type, first.sub_event_type = (
        "Violence against civilians",
        "Abduction/forced disappearance",
    )
    later = event("e2", toll=1)  # coded a clash from the forces the paragraph names
    later.evidence.append(Evidence("event_type", "a", k, k + 6, "killed"))
    later.location, later.geonameid = None, None
    (joined,) = join_followups([first, later], text)
    assert joined.fatalities == 1
