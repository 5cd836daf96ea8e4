"""The outside contract (CONTRACT.md): commands, files and record fields, end to end."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from eventwire.cli import app

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"

EVENT_FIELDS = {
    "event_id", "event_date", "time_precision", "event_type", "sub_event_type",
    "disorder_type", "actor1", "actor2", "assoc_actor_1", "assoc_actor_2", "inter1",
    "inter2", "country", "iso3", "admin1", "admin2", "location", "latitude", "longitude",
    "geonameid", "geo_precision", "fatalities", "fatalities_low", "fatalities_best",
    "fatalities_high", "notes", "sources", "evidence", "confidence",
}  # fmt: skip
SOURCE_FIELDS = {"article_id", "title", "url", "source", "published"}
EVIDENCE_FIELDS = {"field", "article_id", "start", "end", "text"}
PLACE_FIELDS = {
    "start", "end", "text", "name", "geonameid", "latitude", "longitude",
    "country_code", "admin1", "feature_code",
}  # fmt: skip

pytestmark = pytest.mark.model


def lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module")
def analysed(analysed_examples: Path) -> Path:
    return analysed_examples


def article_texts(out: Path) -> dict[str, str]:
    """The text of every example article, by id, as eventwire read it."""
    from eventwire.read import read_inputs
    from eventwire.records import Article

    return {a.article_id: a.text for a in read_inputs([str(EXAMPLES)]) if isinstance(a, Article)}


def test_analyze_writes_every_contract_file(analysed: Path) -> None:
    for name in ("events.jsonl", "quotes.jsonl", "claims.jsonl", "duplicates.jsonl",
                 "articles.jsonl", "brief.html", "brief.md"):  # fmt: skip
        assert (analysed / name).is_file(), name


def test_every_event_has_every_contract_field(analysed: Path) -> None:
    events = lines(analysed / "events.jsonl")
    assert len(events) >= 10
    for event in events:
        assert event.keys() >= EVENT_FIELDS, EVENT_FIELDS - event.keys()
        assert event["sources"], event["event_id"]
        for source in event["sources"]:
            assert source.keys() >= SOURCE_FIELDS
        for evidence in event["evidence"]:
            assert evidence.keys() >= EVIDENCE_FIELDS
        assert isinstance(event["fatalities"], int) and event["fatalities"] >= 0
        assert 0.0 <= event["confidence"] <= 1.0
        assert event["time_precision"] in (1, 2, 3)


def test_evidence_spans_point_at_their_text(analysed: Path) -> None:
    texts = article_texts(analysed)
    events = lines(analysed / "events.jsonl")
    checked = 0
    for event in events:
        fields = {e["field"] for e in event["evidence"]}
        assert "event_type" in fields, event["event_id"]
        for ev in event["evidence"]:
            assert texts[ev["article_id"]][ev["start"] : ev["end"]] == ev["text"]
            checked += 1
    assert checked >= 3 * len(events)


def test_articles_record_every_input(analysed: Path) -> None:
    articles = lines(analysed / "articles.jsonl")
    assert all(a["status"] == "ok" for a in articles)
    # 16 single-article files plus a JSON Lines file holding two reports.
    assert len(articles) == 18


def test_rerun_gives_the_same_event_ids_and_no_duplicates_in_the_store(
    analysed: Path, tmp_path: Path
) -> None:
    db = f"sqlite:///{analysed / 'events.db'}"
    args = ["analyze", str(EXAMPLES), "-o", str(tmp_path), "--published", "2026-11-20"]
    result = CliRunner().invoke(app, [*args, "--db", db, "--quiet"])
    assert result.exit_code == 0, result.output
    first = sorted(e["event_id"] for e in lines(analysed / "events.jsonl"))
    second = sorted(e["event_id"] for e in lines(tmp_path / "events.jsonl"))
    assert first == second

    from eventwire.store import Store

    assert sorted(e.event_id for e in Store(db).events()) == first


def test_extract_formats(tmp_path: Path) -> None:
    runner = CliRunner()
    report = EXAMPLES / "01_mogadishu_market_car_bomb.txt"
    db = f"sqlite:///{tmp_path / 'x.db'}"
    for fmt in ("jsonl", "csv", "geojson"):
        out = tmp_path / f"events.{fmt}"
        args = ["extract", str(report), "--published", "2026-11-20", "--format", fmt]
        result = runner.invoke(app, [*args, "-o", str(out), "--db", db, "--quiet"])
        assert result.exit_code == 0, result.output
        assert out.stat().st_size > 0
    geojson = json.loads((tmp_path / "events.geojson").read_text(encoding="utf-8"))
    assert geojson["type"] == "FeatureCollection"
    assert geojson["features"][0]["geometry"]["type"] == "Point"


def test_geoparse_lines(tmp_path: Path) -> None:
    report = EXAMPLES / "02_idlib_air_strikes.txt"
    result = CliRunner().invoke(app, ["geoparse", str(report), "--quiet"])
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.stdout.splitlines() if line]
    assert record["article_id"]
    text = report.read_text(encoding="utf-8")
    names = {p["text"] for p in record["places"]}
    assert {"Ariha", "Saraqib", "Idlib"} <= names
    for place in record["places"]:
        assert place.keys() >= PLACE_FIELDS
        assert text[place["start"] : place["end"]] == place["text"]
