"""Property tests: any bytes in → an Article or a Rejected out; round trips hold."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.casing import restore_case
from eventwire.clean import clean_text, join_wrapped_lines
from eventwire.geo import Gazetteer
from eventwire.read import read_inputs
from eventwire.records import Article, Event, Evidence, Rejected, SourceRef
from eventwire.store import Store

# Small budgets: the suite shares two cores with everything else.
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# What a database can hold: no NULs, no lone surrogates (readers replace both).
TEXT = st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\x00"), max_size=40)
OPT_TEXT = st.none() | TEXT
OPT_INT = st.none() | st.integers(0, 10**9)
COORD = st.none() | st.floats(-180, 180, allow_nan=False)


@FAST
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".txt", ".html", ".jsonl"]))
def test_any_bytes_give_records_not_exceptions(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        items = list(read_inputs([str(path)]))
    for item in items:
        assert isinstance(item, Article | Rejected)
        if isinstance(item, Article):
            assert item.text.strip()
            assert "\x00" not in item.text
            item.text.encode("utf-8")  # no lone surrogates
        else:
            assert item.reason and str(path) in item.origin


@FAST
@given(st.text(max_size=500) | st.lists(st.sampled_from(
    ["Share", "Advertisement", "By Jane Doe, Reuters", "Published: 3 May 2024", "Read more",
     "Photo: AFP", "Troops clashed with rebels.", "(Photo: Reuters)", " ", "\n", "\r\n"]),
    max_size=30).map("".join))  # fmt: skip
def test_clean_text_keeps_length_and_newlines(text: str) -> None:
    cleaned = clean_text(text)
    assert len(cleaned) == len(text)
    for original, kept in zip(text, cleaned, strict=True):
        assert kept == original or (kept == " " and original not in "\n")


sources = st.builds(SourceRef, TEXT, OPT_TEXT, OPT_TEXT, OPT_TEXT, OPT_TEXT)
evidence = st.builds(Evidence, TEXT, TEXT, st.integers(0, 10**6), st.integers(0, 10**6), TEXT)
events = st.builds(
    Event,
    event_id=TEXT.filter(bool),
    event_date=st.none() | st.dates().map(lambda d: d.isoformat()),
    time_precision=st.integers(1, 3),
    event_type=TEXT,
    sub_event_type=TEXT,
    disorder_type=TEXT,
    actor1=OPT_TEXT,
    actor2=OPT_TEXT,
    assoc_actor_1=OPT_TEXT,
    assoc_actor_2=OPT_TEXT,
    inter1=st.none() | st.integers(1, 8),
    inter2=st.none() | st.integers(1, 8),
    interaction=st.none() | st.integers(10, 88),
    country=OPT_TEXT,
    iso3=st.none() | st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=3, max_size=3),
    admin1=OPT_TEXT,
    admin2=OPT_TEXT,
    location=OPT_TEXT,
    latitude=COORD,
    longitude=COORD,
    geonameid=OPT_INT,
    geo_precision=st.none() | st.integers(1, 3),
    fatalities=st.integers(0, 10**9),
    fatalities_low=OPT_INT,
    fatalities_best=OPT_INT,
    fatalities_high=OPT_INT,
    notes=TEXT,
    sources=st.lists(sources, max_size=3),
    evidence=st.lists(evidence, max_size=3),
    confidence=st.floats(0, 1),
    source_fatalities=st.dictionaries(TEXT, st.integers(0, 10**6), max_size=3),
)


@FAST
@given(st.lists(events, max_size=4, unique_by=lambda e: e.event_id))
def test_event_database_event_round_trip(batch: list[Event]) -> None:
    store = Store("sqlite://")
    store.save([], [], batch)
    store.save([], [], batch)  # a re-run changes nothing
    expected = sorted((e.to_dict() for e in batch), key=lambda d: str(d["event_id"]))
    assert [e.to_dict() for e in store.events()] == expected
    store.close()


# Lines of words in capitals or not, some wrapped: what case restoring and line joining see.
WIRE_TEXT = st.lists(
    st.text(st.sampled_from("ABCDEFGHIJ abcdefg.,'’-[]()\n0123"), min_size=1, max_size=90),
    max_size=12,
).map("\n".join)


@FAST
@given(text=WIRE_TEXT)
def test_reading_a_text_changes_only_case_and_line_breaks(gazetteer: Gazetteer, text: str) -> None:
    cased = restore_case(text, gazetteer)
    assert len(cased) == len(text)
    assert all(a == b or a.lower() == b.lower() for a, b in zip(cased, text, strict=True))
    joined = join_wrapped_lines(text)
    assert len(joined) == len(text)
    assert all(a == b or (a, b) == (" ", "\n") for a, b in zip(joined, text, strict=True))
