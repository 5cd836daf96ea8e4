"""Blind report sets: eventwire on news reports written by helper sessions that never saw
its code, against the events an ACLED coder would code from each report (bench/blind/).

Each report is coded alone, dated by its `published` day. A gold event is found when a
coded event of the same report, each used once, shares its type, or two of its sub-type,
date, admin1, location and toll; found events are then compared field by field. Actor
names are compared without their years ("(2019-)"), regions with "Nord"/"Sud" read as
"North"/"South".

    .venv/bin/python bench/blind.py [--sets 209,210] [--verbose] [--save OUT.jsonl]

`--save` writes the coded events, a line per report, to compare two versions of the code.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from eventwire.pipeline import Resources, extract
from eventwire.records import Article

SETS = Path(__file__).resolve().parent / "blind"
FIELDS = ("type", "sub", "inter1", "fatalities", "admin1", "location", "date", "actor1", "actor2")
#: Gold fields, by the name this benchmark prints.
_GOLD_FIELD = {
    "type": "event_type",
    "sub": "sub_event_type",
    "inter1": "inter1",
    "fatalities": "fatalities",
    "admin1": "admin1",
    "location": "location",
    "date": "event_date",
    "actor1": "actor1",
    "actor2": "actor2",
}


def norm(text: str | None) -> str:
    """Lower case, no accents, no years in brackets, no region words."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\(\d{4}-\d{0,4}\)", "", text)
    text = re.sub(r"\bnord\b", "north", re.sub(r"\bsud\b", "south", text))
    text = re.sub(
        r"\b(?:state|province|region|governorate|oblast|department|district|county|division)\b",
        "",
        text,
    )
    return " ".join(re.sub(r"[^a-z0-9 ]", " ", text).split())


def same_place(gold: str | None, coded: str | None) -> bool:
    a, b = norm(gold), norm(coded)
    if not a or not b:
        return a == b
    return a == b or fuzz.ratio(a, b) >= 85 or (len(a) > 3 and len(b) > 3 and (a in b or b in a))


def same_actor(gold: str | None, coded: str | None) -> bool:
    a, b = norm(gold), norm(coded)
    if not a or not b:
        return a == b
    return a == b or fuzz.token_set_ratio(a, b) >= 85


def agrees(field: str, gold: dict[str, Any], coded: dict[str, Any]) -> bool:
    key = _GOLD_FIELD[field]
    if field in ("admin1", "location"):
        return same_place(gold.get(key), coded.get(key))
    if field in ("actor1", "actor2"):
        return same_actor(gold.get(key), coded.get(key))
    return bool(gold.get(key) == coded.get(key))


def _closeness(gold: dict[str, Any], coded: dict[str, Any]) -> int:
    return 2 * agrees("type", gold, coded) + sum(
        agrees(f, gold, coded) for f in ("sub", "date", "admin1", "location", "fatalities")
    )


def score_report(
    gold: list[dict[str, Any]], coded: list[dict[str, Any]], counts: Counter[str], out: list[str]
) -> None:
    """Add one report's figures to `counts`; its misses to `out`."""
    if not gold:
        counts["no-event reports"] += 1
        counts["no-event right"] += not coded
        counts["extra"] += len(coded)
        out += [f"  extra (no event told): {c['event_type']} {c['location']}" for c in coded]
        return
    counts["gold"] += len(gold)
    pairs = sorted(
        ((_closeness(g, c), i, j) for i, g in enumerate(gold) for j, c in enumerate(coded)),
        reverse=True,
    )
    used_gold: set[int] = set()
    used_coded: set[int] = set()
    for closeness, i, j in pairs:
        if closeness >= 2 and i not in used_gold and j not in used_coded:
            used_gold.add(i)
            used_coded.add(j)
            counts["found"] += 1
            for field in FIELDS:
                right = agrees(field, gold[i], coded[j])
                counts[field] += right
                if not right:
                    key = _GOLD_FIELD[field]
                    out.append(f"  {field}: gold {gold[i].get(key)!r}, coded {coded[j].get(key)!r}")
    counts["extra"] += len(coded) - len(used_coded)
    out += [
        f"  missed: {g['event_type']} {g['location']} {g['event_date']}"
        for i, g in enumerate(gold)
        if i not in used_gold
    ]
    out += [
        f"  extra: {c['event_type']} {c['location']} {c['event_date']}"
        for j, c in enumerate(coded)
        if j not in used_coded
    ]


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", help="comma-separated set numbers (default: all)")
    parser.add_argument("--verbose", action="store_true", help="print each report's misses")
    parser.add_argument("--save", type=Path, help="write the coded events as JSON lines")
    args = parser.parse_args()
    folders = sorted(p for p in SETS.iterdir() if (p / "gold.jsonl").is_file())
    if args.sets:
        wanted = set(args.sets.split(","))
        folders = [p for p in folders if p.name in wanted]
    if not folders:
        print(f"no blind sets under {SETS}; skipping")
        return 0
    resources = Resources.load()
    total: Counter[str] = Counter()
    saved = []
    for folder in folders:
        gold = {row["article_id"]: row["events"] for row in _lines(folder / "gold.jsonl")}
        counts: Counter[str] = Counter()
        for row in _lines(folder / "articles.jsonl"):
            article = Article(
                row["id"],
                row["text"],
                f"{folder.name}/{row['id']}",
                row.get("title"),
                None,
                row.get("source"),
                date.fromisoformat(row["published"]),
            )
            coded = [e.to_dict() for e in extract([article], resources).events]
            saved.append({"article_id": row["id"], "events": coded})
            misses: list[str] = []
            score_report(gold.get(row["id"], []), coded, counts, misses)
            if args.verbose and misses:
                print(row["id"])
                print("\n".join(misses))
        total.update(counts)
        print(_summary(folder.name, counts))
    print(_summary("all", total))
    if args.save:
        args.save.write_text("".join(json.dumps(r) + "\n" for r in saved), "utf-8")
    return 0


def _summary(name: str, counts: Counter[str]) -> str:
    fields = " ".join(f"{f} {counts[f]}" for f in FIELDS)
    return (
        f"{name:>4}: found {counts['found']} of {counts['gold']}, extra {counts['extra']}, "
        f"no-event right {counts['no-event right']} of {counts['no-event reports']}; {fields}"
    )


if __name__ == "__main__":
    sys.exit(main())
