"""The store: round trips, idempotent re-runs, atomic writes, clear errors."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from eventwire.errors import StoreError
from eventwire.records import Article, Event, Evidence, Rejected, SourceRef
from eventwire.store import Store, default_db_url


def make_event(event_id: str = "ev-1", **changes: object) -> Event:
    event = Event(
        event_id=event_id,
        event_date="2024-03-03",
        time_precision=1,
        event_type="Explosions/Remote violence",
        sub_event_type="Remote explosive/landmine/IED",
        disorder_type="Political violence",
        actor1="Al Shabaab",
        actor2="Civilians (Somalia)",
        assoc_actor_1=None,
        assoc_actor_2=None,
        inter1=2,
        inter2=7,
        interaction=27,
        country="Somalia",
        iso3="SOM",
        admin1="Banaadir",
        admin2=None,
        location="Mogadishu",
        latitude=2.03711,
        longitude=45.34375,
        geonameid=53654,
        geo_precision=1,
        fatalities=12,
        fatalities_low=12,
        fatalities_best=12,
        fatalities_high=15,
        notes="On 3 March 2024, a car bomb exploded in a market in Mogadishu.",
        sources=[SourceRef("a1", "Car bomb", "https://example.org/a1", "Example", "2024-03-04")],
        evidence=[
            Evidence("event_type", "a1", 2, 10, "car bomb"),
            Evidence("location", "a1", 30, 39, "Mogadishu"),
        ],
        confidence=0.8,
        source_fatalities={"a1": 12},
    )
    return replace(event, **changes)  # type: ignore[arg-type]


ARTICLE = Article(
    "a1",
    "A car bomb exploded in Mogadishu.",
    "x/a1.txt",
    title="Car bomb",
    url="https://example.org/a1",
    source="Example",
    published=date(2024, 3, 4),
    language="en",
)
REJECTED = Rejected("bad", "x/bad.txt", "binary file (NUL bytes), not text")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'sub' / 'events.db'}")


def test_round_trip(store: Store) -> None:
    event = make_event()
    store.save([ARTICLE], [REJECTED], [event])
    assert [e.to_dict() for e in store.events()] == [event.to_dict()]
    assert store.articles() == [ARTICLE, REJECTED]


def test_rerun_adds_no_duplicates(store: Store) -> None:
    for _ in range(3):
        store.save([ARTICLE], [REJECTED], [make_event(), make_event("ev-2", sources=[])])
    assert [e.event_id for e in store.events()] == ["ev-1", "ev-2"]
    assert len(store.articles()) == 2
    assert len(store.events()[0].evidence) == 2


def test_rerun_updates_in_place(store: Store) -> None:
    store.save([ARTICLE], [], [make_event()])
    store.save([replace(ARTICLE, title="New title")], [], [make_event(fatalities=14, evidence=[])])
    (event,) = store.events()
    assert event.fatalities == 14 and event.evidence == []
    (article,) = store.articles()
    assert isinstance(article, Article) and article.title == "New title"


def test_duplicates_within_one_run_are_merged(store: Store) -> None:
    store.save([ARTICLE, ARTICLE], [], [make_event(), make_event(fatalities=3)])
    assert [e.fatalities for e in store.events()] == [3]


def test_failed_write_loses_nothing(store: Store) -> None:
    store.save([ARTICLE], [], [make_event()])
    broken = make_event("ev-9", event_type=None)  # NOT NULL violated mid-transaction
    with pytest.raises(StoreError, match="cannot write"):
        store.save([replace(ARTICLE, article_id="a2")], [], [make_event(fatalities=99), broken])
    assert [e.to_dict() for e in store.events()] == [make_event().to_dict()]
    assert [a.article_id for a in store.articles()] == ["a1"]


def test_reopening_keeps_the_data(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'e.db'}"
    Store(url).save([ARTICLE], [], [make_event()])
    assert len(Store(url).events()) == 1


@pytest.mark.parametrize("url", ["not a url", "nosuchdb://x/y", "sqlite+nodriver:///x.db"])
def test_bad_url(url: str) -> None:
    with pytest.raises(StoreError) as info:
        Store(url)
    assert url.split(":")[0] in str(info.value)


def test_unwritable_path(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("a file, not a folder")
    url = f"sqlite:///{blocker / 'sub' / 'events.db'}"
    with pytest.raises(StoreError) as info:
        Store(url)
    assert str(blocker) in str(info.value)


def test_default_db_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("HOME", str(tmp_path))
    url = default_db_url()
    assert url.startswith("sqlite:///") and url.endswith("eventwire.db")
    assert Path(url.removeprefix("sqlite:///")).parent.is_dir()


def test_events_an_article_no_longer_reports_are_removed(store: Store) -> None:
    other = SourceRef("a2", None, None, None, None)
    both = make_event("ev-both", sources=[make_event().sources[0], other])
    store.save([ARTICLE], [], [make_event("ev-old"), both])
    store.save([ARTICLE], [], [make_event("ev-new")])
    # ev-old came from a1 alone and is superseded; ev-both also cites a2, not re-read.
    assert [e.event_id for e in store.events()] == ["ev-both", "ev-new"]
