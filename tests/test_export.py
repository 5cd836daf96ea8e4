"""Exports: JSON Lines, ACLED-style CSV, GeoJSON."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

import pytest

from eventwire.export import ACLED_COLUMNS, FORMATS, csv_columns, write_events
from test_store import make_event


def export(fmt: str, *events: object) -> str:
    out = io.StringIO()
    write_events(list(events), out, fmt)  # type: ignore[arg-type]
    return out.getvalue()


def test_formats() -> None:
    assert FORMATS == ("jsonl", "csv", "geojson")
    with pytest.raises(ValueError, match="unknown format"):
        export("xml", make_event())


def test_jsonl_is_the_record() -> None:
    event = make_event()
    (line,) = export("jsonl", event).splitlines()
    assert json.loads(line) == event.to_dict()


def test_csv_has_acled_columns_then_ours(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    event = make_event()
    rows = list(
        csv.DictReader(io.StringIO(export("csv", event, make_event("ev-2", latitude=None))))
    )
    header = list(rows[0])
    assert header[: len(ACLED_COLUMNS)] == list(ACLED_COLUMNS)
    assert header == csv_columns()
    assert {"event_id", "iso3", "geonameid", "fatalities_best", "sources", "evidence"} <= set(
        header
    )
    row = rows[0]
    assert row["event_id_cnty"] == "ev-1" and row["year"] == "2024"
    assert row["iso"] == "706" and row["region"] == "Eastern Africa" and row["country"] == "Somalia"
    assert row["fatalities"] == "12" and row["inter2"] == "7"
    assert row["civilian_targeting"] == "Civilian targeting"
    assert row["source"] == "Example" and row["timestamp"] == "1700000000"
    assert json.loads(row["sources"])[0]["url"] == "https://example.org/a1"
    assert row["admin2"] == "" and rows[1]["latitude"] == ""


def test_geojson_points_and_unplaced_events() -> None:
    unplaced = replace(make_event("ev-2"), latitude=None, longitude=None)
    data = json.loads(export("geojson", make_event(), unplaced))
    assert data["type"] == "FeatureCollection"
    placed, missing = data["features"]
    assert placed["geometry"] == {"type": "Point", "coordinates": [45.34375, 2.03711]}
    assert placed["properties"] == make_event().to_dict()
    assert missing["geometry"] is None


def test_empty_exports_are_valid() -> None:
    assert export("jsonl") == ""
    assert json.loads(export("geojson")) == {"type": "FeatureCollection", "features": []}
    assert export("csv").strip().split(",") == csv_columns()
