"""Per-field accuracy of eventwire's event coding on the development data in ../shared/data.

    .venv/bin/python bench/accuracy.py [--limit N] [--split heldout|all]
                                       [--only acled,case,drone,pitf]

Runs the full pipeline (`eventwire.pipeline.extract`) on each labelled text as one article.

Choices, stated so the figures can be judged:
- Split: the event-type model was trained on ACLED and CASE rows outside the held-out fifth
  (`eventwire.events.typing.heldout`); by default ACLED and CASE are scored on that fifth only.
  Drone and PITF records were never used by the event-type model and are scored in full; the
  country guesser (scripts/train_country_guess.py) learnt where four fifths of them are, so
  their held-out fifth is also scored alone.
- The `published` anchor for ACLED notes: ACLED dates a report that states no date to its
  source's publication day, so for a note with no date expression the anchor is the gold
  date (the source's publication day by that rule); for a note that states a date
  ("on Saturday", "06/02", "9 May") the anchor is the gold date + 2 days, so that the
  expression itself must be resolved. Drone and PITF records: anchor = the gold date + 1 day.
- One labelled row is one event: the coded event is the article's most confident one;
  fatalities are summed over the article's distinct event passages (a record's toll).
- Riots/Protests (old scheme) counts as correct for either Protests or Riots.
- Each text is given as one paragraph ending in a full stop (`as_report`): the labelled
  snippets are whole reports, not the unpunctuated photo captions the story screen drops.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from eventwire import notes
from eventwire.events.dates import find_dates
from eventwire.events.typing import heldout
from eventwire.pipeline import Resources, extract
from eventwire.records import Article, Event

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
OLD_TYPES = {
    "Battle-No change of territory": {"Battles"},
    "Battle-Government regains territory": {"Battles"},
    "Battle-Non-state actor overtakes territory": {"Battles"},
    "Remote violence": {"Explosions/Remote violence"},
    "Violence against civilians": {"Violence against civilians"},
    "Riots/Protests": {"Protests", "Riots"},
    "Strategic development": {"Strategic developments"},
    "Non-violent transfer of territory": {"Strategic developments"},
    "Headquarters or base established": {"Strategic developments"},
}
OUT_OF_SCHEME = {"DIPLO", "ATTRIB", "ORG_CRIME", "NATURAL_DISASTER", "MAN_MADE_DISASTER"}


@dataclass
class Row:
    text: str
    published: date | None
    gold: dict[str, str]


def run(rows: list[Row], resources: Resources) -> list[list[Event]]:
    articles = [
        Article(article_id=f"r{i}", text=as_report(r.text), origin="bench", published=r.published)
        for i, r in enumerate(rows)
    ]
    story = extract(articles, resources)
    by_article: dict[str, list[Event]] = {a.article_id: [] for a in articles}
    for event in story.events:
        by_article[event.sources[0].article_id].append(event)
    return [by_article[a.article_id] for a in articles]


def as_report(text: str) -> str:
    """The labelled text as a report: one paragraph ending in a full stop.

    CASE snippets and many notes are cut without final punctuation; the story screen
    (story/screen.py) would read such a line as a photo caption and drop its events.
    """
    text = " ".join(text.split())
    return text if text[-1:] in ".!?\"'”’)" else text + "."


def top(events: list[Event]) -> Event | None:
    return max(events, key=lambda e: e.confidence) if events else None


def deaths(events: list[Event], whole: bool = False) -> int:
    """All deaths the text's events record. Events read from one passage (one per place it
    names) share its trigger: the largest of their tolls counts, once, whichever place
    holds it. A passage told over several days gives one event a day: ACLED's rows are
    days too, so the first day's share is compared; `whole` adds the days up, for data
    whose rows are whole incidents (PITF, drone strikes), as it adds up the places that
    divided a toll told for all of them."""
    largest: dict[tuple[int, str | None, str | None], int] = {}
    for e in events:
        key = next((ev.start for ev in e.evidence if ev.field == "event_type"), 0)
        day = e.event_date if whole else None
        # a toll told for a list of places and divided between them (the notes say so)
        place = e.location if whole and SHARED.search(e.notes) else None
        largest[key, day, place] = max(largest.get((key, day, place), 0), e.fatalities)
    return sum(largest.values())


SHARED = re.compile(re.sub(r"\\\{\w+\\\}", r"\\d+", re.escape(notes.SHARED)))


def pct(hits: list[bool]) -> str:
    return f"{100 * sum(hits) / len(hits):5.1f} % (n={len(hits)})" if hits else "   n/a"


def acled_rows(split: str) -> list[Row]:
    """ACLED's notes: the held-out fifth, the training part ("train") or all of them."""
    path = DATA / "acled_africa_2016/acled_africa_2016_dev.csv"
    rows: list[Row] = []
    with path.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if not r["NOTES"].strip() or not in_split(r["NOTES"], split):
                continue
            d, m, y = (int(x) for x in r["EVENT_DATE"].split("/"))
            gold = date(y, m, d)
            dated = bool(find_dates(r["NOTES"], gold))
            rows.append(Row(r["NOTES"], gold + timedelta(days=2) if dated else gold, r))
    return rows


def in_split(text: str, split: str) -> bool:
    return split == "all" or heldout(text) == (split == "heldout")


def acled(limit: int | None, split: str, dump: Path | None = None) -> Iterator[str]:
    rows = acled_rows(split)
    rows = rows[:limit] if limit else rows
    yield from score_acled(rows, run(rows, Resources.load()), split, dump)


def score_acled(
    rows: list[Row], coded: list[list[Event]], split: str, dump: Path | None = None
) -> Iterator[str]:
    f: dict[str, list[bool]] = {
        k: [] for k in ("type", "fat", "fat>0", "inter1", "actor1", "actor2", "date", "date_stated")
    }
    errors: Counter[str] = Counter()
    out = dump.open("w", encoding="utf-8") if dump else None
    for row, events in zip(rows, coded, strict=True):
        g, e = row.gold, top(events)
        if out is not None:
            out.write(json.dumps(miss(row, events, e)) + "\n")
        ok = e is not None and e.event_type in OLD_TYPES[g["EVENT_TYPE"]]
        f["type"].append(ok)
        if not ok:
            errors[f"{g['EVENT_TYPE']} -> {e.event_type if e else 'no event'}"] += 1
        fat = deaths(events) == int(g["FATALITIES"])
        f["fat"].append(fat)
        if int(g["FATALITIES"]) > 0:
            f["fat>0"].append(fat)
        f["inter1"].append(e is not None and str(e.inter1) == g["INTER1"])
        f["actor1"].append(e is not None and (e.actor1 or "") == g["ACTOR1"].strip())
        f["actor2"].append(e is not None and (e.actor2 or "") == g["ACTOR2"].strip())
        d, m, y = (int(x) for x in g["EVENT_DATE"].split("/"))
        hit = e is not None and e.event_date == date(y, m, d).isoformat()
        f["date"].append(hit)
        if row.published != date(y, m, d):
            f["date_stated"].append(hit)
    if out is not None:
        out.close()
    yield f"ACLED notes ({split}, n={len(rows)})"
    yield f"  event_type exact          {pct(f['type'])}   target >= 90 %"
    yield f"  fatalities exact          {pct(f['fat'])}   target >= 90 %"
    yield f"  fatalities exact, gold>0  {pct(f['fat>0'])}   target >= 80 %"
    yield f"  inter1 exact              {pct(f['inter1'])}   target >= 85 %"
    yield f"  actor1 / actor2 name exact {pct(f['actor1'])} / {pct(f['actor2'])}"
    yield f"  event_date exact          {pct(f['date'])}   target >= 85 %"
    yield f"    of which date stated    {pct(f['date_stated'])}"
    yield "  main type errors: " + ", ".join(f"{k} {v}" for k, v in errors.most_common(6))
    alone = model_alone(rows) if split in ("heldout", "all") else None
    if alone is not None:
        yield f"  event_type, classifier alone (no rules, whole note)   {pct(alone)}"


def model_alone(rows: list[Row]) -> list[bool] | None:
    """The shipped type head's own choice for each whole note, without triggers or rules:
    what the rules add to (or take from) the classifier."""
    from eventwire.events.typing import load_model

    model = load_model()
    if model is None:
        return None
    hits = []
    for row in rows:
        proba = model.type_proba(as_report(row.text))
        hits.append(max(proba, key=lambda c: proba[c]) in OLD_TYPES[row.gold["EVENT_TYPE"]])
    return hits


def miss(row: Row, events: list[Event], e: Event | None) -> dict[str, object]:
    """One scored row for error analysis (--dump): the note, gold and coded fields."""
    g = row.gold
    return {
        "text": row.text,
        "gold": [g["EVENT_TYPE"], g["INTER1"], g["ACTOR1"], g["ACTOR2"], int(g["FATALITIES"])],
        "coded": [
            e.event_type if e else None,
            e.sub_event_type if e else None,
            e.inter1 if e else None,
            e.actor1 if e else None,
            e.actor2 if e else None,
            deaths(events),
        ],
        "date": [g["EVENT_DATE"], e.event_date if e else None],
    }


def case_rows(split: str) -> list[Row]:
    """CASE 2021 task 2 snippets: the held-out fifth, the training part or all."""
    path = DATA / "case2021_task2/case2021_task2_dev.tsv"
    with path.open(encoding="utf-8") as fh:
        raw = [r for r in csv.DictReader(fh, delimiter="\t")]
    return [Row(r["EventSnippet"], None, r) for r in raw if in_split(r["EventSnippet"], split)]


def case(limit: int | None, split: str, dump: Path | None = None) -> Iterator[str]:
    rows = case_rows(split)
    rows = rows[:limit] if limit else rows
    yield from score_case(rows, run(rows, Resources.load()), split, dump)


def score_case(
    rows: list[Row], coded: list[list[Event]], split: str, dump: Path | None = None
) -> Iterator[str]:
    from sklearn.metrics import f1_score

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    from train_event_typer import CASE_LABELS  # ACLED-TAXONOMY.md's mapping

    gold, pred, oos = [], [], []
    out = dump.open("w", encoding="utf-8") if dump else None
    for row, events in zip(rows, coded, strict=True):
        e = top(events)
        label = row.gold["SubType"]
        if out is not None:
            coding = [e.sub_event_type, e.actor1, e.actor2] if e else None
            out.write(json.dumps({"text": row.text, "gold": label, "coded": coding}) + "\n")
        if label in OUT_OF_SCHEME:
            oos.append(e is not None)
        else:
            gold.append(CASE_LABELS[label])
            pred.append(e.sub_event_type if e else "NONE")
    if out is not None:
        out.close()
    f1 = f1_score(gold, pred, average="weighted", zero_division=0) if gold else 0.0
    yield f"CASE 2021 task 2 ({split}, n={len(rows)})"
    yield f"  sub-type weighted F1      {f1:.3f} (n={len(gold)})   target >= 0.85"
    yield f"  out-of-scheme as events   {pct(oos)}   target <= 20 %"


def drone(limit: int | None) -> Iterator[str]:
    path = DATA / "gtd_drone/acled_gtd_drone_dev.csv"
    rows: list[Row] = []
    with path.open(encoding="utf-8", errors="replace") as fh:
        for r in csv.DictReader(fh, delimiter=";"):
            try:
                day = date(int(r["year"]), int(r["month"]), max(1, int(r["day"])))
                kill = int(float(r["nkill"]))
            except ValueError:
                continue
            gold = {"nkill": str(kill), "source": r.get("adatforras", "")}
            rows.append(Row(r["summary"], day + timedelta(days=1), gold))
    rows = rows[:limit] if limit else rows
    coded = run(rows, Resources.load())
    # ACLED's rows are days, GTD's whole incidents
    hits = [
        deaths(ev, whole=r.gold["source"].upper() != "ACLED") == int(r.gold["nkill"])
        for r, ev in zip(rows, coded, strict=True)
    ]
    yield f"Drone records (n={len(rows)})"
    yield f"  fatalities exact          {pct(hits)}   target >= 85 %"
    yield f"    held-out fifth          {pct(_heldout_hits(rows, hits))}"


def pitf(limit: int | None) -> Iterator[str]:
    path = DATA / "pitf_atrocities/pitf.world.20130101-20151231.tsv"
    with path.open(encoding="utf-8", errors="replace") as fh:
        lines = fh.read().splitlines()[3:]
    rows: list[Row] = []
    for r in csv.DictReader(lines, delimiter="\t"):
        if r.get("Event Type") != "Incident" or not (r.get("Description") or "").strip():
            continue
        try:
            day = date(int(r["Start Year"]), int(r["Start Month"]), int(r["Start Day"]))
            dead = int(r["Deaths Number"])
        except (ValueError, TypeError):
            continue
        rows.append(Row(r["Description"], day + timedelta(days=1), {"dead": str(dead)}))
    rows = rows[:limit] if limit else rows
    coded = run(rows, Resources.load())
    hits = [
        deaths(ev, whole=True) == int(r.gold["dead"]) for r, ev in zip(rows, coded, strict=True)
    ]
    yield f"PITF incidents (n={len(rows)})"
    yield f"  fatalities exact          {pct(hits)}   target >= 85 %"
    yield f"    held-out fifth          {pct(_heldout_hits(rows, hits))}"


def _heldout_hits(rows: list[Row], hits: list[bool]) -> list[bool]:
    return [hit for row, hit in zip(rows, hits, strict=True) if heldout(row.text)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--limit", type=int, default=None, help="score the first N rows of each set"
    )
    parser.add_argument("--split", choices=("heldout", "all"), default="heldout")
    parser.add_argument("--only", default="acled,case,drone,pitf")
    parser.add_argument("--dump", type=Path, default=None, help="ACLED rows as JSON lines")
    parser.add_argument("--case-dump", type=Path, default=None, help="CASE rows as JSON lines")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"no benchmark data at {DATA}; skipping")
        return 0
    sets = args.only.split(",")
    for name in sets:
        report = {
            "acled": lambda: acled(args.limit, args.split, args.dump),
            "case": lambda: case(args.limit, args.split, args.case_dump),
            "drone": lambda: drone(args.limit),
            "pitf": lambda: pitf(args.limit),
        }[name]()
        for line in report:
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
