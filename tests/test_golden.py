"""Golden test: the events a careful coder takes from examples/, checked field by field.

tests/golden/expected.jsonl holds one hand-coded event per line, keyed by the article it
comes from (a substring of the source's article_id) and its location. Each field has a
floor: the share of expected events whose output matches it. Raise a floor when the coder
improves; never lower one silently.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

pytestmark = pytest.mark.model

GOLDEN = Path(__file__).parent / "golden" / "expected.jsonl"

# Share of expected events whose field matches, measured on the examples.
FLOORS = {
    "found": 1.0,
    "event_type": 0.9,
    "sub_event_type": 0.8,
    "event_date": 0.9,
    "time_precision": 0.8,
    "actor1": 0.6,
    "inter1": 0.7,
    "inter2": 0.6,
    "country": 0.9,
    "admin1": 0.8,
    "location": 0.9,
    "geo_precision": 0.6,
    "fatalities": 0.8,
}
NO_EVENTS = ["11_bangladesh_floods"]
# What a careful coder never codes: where a statement was made (Tunis), a month's aggregate
# toll (200), a photo caption (the patrol in Sirte is undated and no event), the town
# where an official spoke (Erbil), the city a wire report was filed from (Lima), the
# background of a report's news (Sinjar, taken last year and lost in March, told beside
# this week's fighting in Tal Afar).
NEVER = [
    ("sirte", "location", "Tunis"),
    ("sirte", "fatalities", 200),
    ("tal_afar", "location", "Erbil"),
    ("tal_afar", "location", "Sinjar"),
    ("huanta", "location", "Lima"),
]


def load(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def reported_by(event: dict[str, Any], key: str) -> bool:
    return any(key in source["article_id"] for source in event["sources"])


def norm(value: Any) -> Any:
    """Names compare without case, diacritics or punctuation (Arīḩā = Ariha, Ma'rib = Marib)."""
    if not isinstance(value, str):
        return value
    letters = unicodedata.normalize("NFKD", value.casefold())
    return "".join(c for c in letters if c.isalnum() or c == " ").strip()


def same(output: Any, gold: Any) -> bool:
    """A gold value may list the acceptable spellings."""
    options = gold if isinstance(gold, list) else [gold]
    return any(norm(output) == norm(option) for option in options)


def best_match(expected: dict[str, Any], events: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The output event of the same article that agrees with the expected one most."""
    candidates = [e for e in events if reported_by(e, expected["article"])]
    if not candidates:
        return None
    fields = [k for k in expected if k not in ("article", "also")]
    return max(candidates, key=lambda e: sum(same(e.get(k), expected[k]) for k in fields))


@pytest.fixture(scope="module")
def scores(analysed_examples: Path) -> dict[str, float]:
    events = load(analysed_examples / "events.jsonl")
    expected = load(GOLDEN)
    hits: dict[str, list[bool]] = {field: [] for field in FLOORS}
    for gold in expected:
        match = best_match(gold, events)
        hits["found"].append(match is not None)
        for field in FLOORS:
            if field != "found" and field in gold:
                hits[field].append(match is not None and same(match.get(field), gold[field]))
    return {field: sum(h) / len(h) for field, h in hits.items() if h}


@pytest.mark.parametrize("field", list(FLOORS))
def test_field_floor(scores: dict[str, float], field: str) -> None:
    assert scores[field] >= FLOORS[field], f"{field}: {scores[field]:.2f} < {FLOORS[field]}"


def test_reports_of_one_attack_are_merged(analysed_examples: Path) -> None:
    events = load(analysed_examples / "events.jsonl")
    for gold in load(GOLDEN):
        if "also" not in gold:
            continue
        match = best_match(gold, events)
        assert match is not None
        for other in gold["also"]:
            assert reported_by(match, other), f"{other} not merged into {gold['article']}"
        assert match["fatalities_low"] == gold["fatalities_low"]
        assert match["fatalities_high"] == gold["fatalities_high"]


@pytest.mark.parametrize("article", NO_EVENTS)
def test_no_event_where_none_happened(analysed_examples: Path, article: str) -> None:
    events = load(analysed_examples / "events.jsonl")
    assert not [e for e in events if reported_by(e, article)]


@pytest.mark.parametrize(("article", "field", "value"), NEVER)
def test_no_false_event(analysed_examples: Path, article: str, field: str, value: Any) -> None:
    events = load(analysed_examples / "events.jsonl")
    assert not [e for e in events if reported_by(e, article) and same(e.get(field), value)]


def test_the_sirte_caption_is_no_event(analysed_examples: Path) -> None:
    events = load(analysed_examples / "events.jsonl")
    page = [e for e in events if reported_by(e, "14_sirte_scraped_page")]
    evidence = [x["text"] for e in page for x in e["evidence"]]
    assert not any("patrol" in text for text in evidence)
