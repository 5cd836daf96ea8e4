"""Whole wire reports: eventwire on MUC-3/4 (Latin American terrorism news, 1989-91).

    .venv/bin/python bench/muc.py [--sets tst1,tst2,dev] [--limit N] [--dump F]

The ACLED, CASE, drone and PITF benchmarks (bench/accuracy.py) score short notes and
snippets; these are full reports as agencies filed them (in capitals, opening with a dated
dateline "SAN SALVADOR, 3 JAN 90 --"), each with its answer-key templates: one per
incident, with its date, place, type and the effect on its human targets. No model learnt
from these reports; the rules for wire copy were developed on the `dev` set's errors, so
`tst1` and `tst2` (the default) are the sets to report.

Each report is read as the reader reads a text file: no publication date is given, so the
dateline's date anchors "yesterday" and "on Sunday". Scored:
- incident recall: of the key's accomplished incidents, the share with an event of a type
  ACLED would give it in its report (bombing → explosions/remote violence; kidnapping →
  violence against civilians; attack → battle, explosion or violence against civilians;
  arson → violence against civilians, riot, property destruction or explosion; robbery →
  violence against civilians or looting); then, among those found, the share with such an
  event in the key's country, on the key's date (a range: its last day), where the key
  tells of deaths, with a toll above 0, and, where the key names the perpetrating
  organisation (PERPETRATORS below: the armed groups and the state's forces its keys name
  most), with that organisation as a side (actor1, or actor2 of a battle or a bombing,
  where ACLED lists the state's forces first whoever attacked);
- reports: of the reports the key gives an accomplished incident, the share where eventwire
  codes any event; of those giving no incident at all, the share where it codes an event
  of violence against civilians or explosions (MUC keys leave out fights between armed
  groups, which ACLED codes as battles, so those are no false alarm here).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from eventwire.pipeline import Resources, extract
from eventwire.read import dated
from eventwire.records import Article, Event

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "muc4"
SETS = {
    "tst1": ("tst1/tst1-muc3", "tst1/key-tst1.v7"),
    "tst2": ("tst2/tst2-muc4", "tst2/key-tst2.v4"),
    "dev": ("dev/dev-muc3-*", "dev/key-dev-*.muc4"),
}
CIVILIAN = {"Violence against civilians", "Explosions/Remote violence"}
#: The ACLED event types each MUC incident type may be coded as.
AS_ACLED = {
    "BOMBING": {"Explosions/Remote violence"},
    "KIDNAPPING": {"Violence against civilians"},
    "ATTACK": {"Violence against civilians", "Battles", "Explosions/Remote violence"},
    "ARSON": {
        "Violence against civilians",
        "Riots",
        "Strategic developments",
        "Explosions/Remote violence",
    },
    "ROBBERY": {"Violence against civilians", "Strategic developments"},
}
_HEADER = re.compile(r"(?m)^((?:DEV|TST\d)-MUC\d-\d{4})\b.*$")
_FIELD = re.compile(r"^\s*(\d+)\.\s+([A-Z ]+:[A-Z ]+?)\s{2,}(.*)$")
_DAY = re.compile(r"\d{1,2} [A-Z]{3} \d\d")
#: The keys' perpetrating organisations, as the start of the actor name ACLED would give
#: them (the state's forces by their kind); organisations not listed are not scored.
PERPETRATORS = (
    (re.compile(r"FMLN|FARABUNDO|\bFPL\b|PEOPLE'S LIBERATION FORCES"), "FMLN"),
    (re.compile(r"SHINING PATH|SENDERO"), "Shining Path"),
    (re.compile(r"\bELN\b|ARMY OF NATIONAL LIBERATION"), "ELN"),
    (re.compile(r"MRTA|TUPAC AMARU"), "MRTA"),
    (re.compile(r"MEDELLIN|EXTRADITABLES"), "Medellin Cartel"),
    (re.compile(r"\bFARC\b|REVOLUTIONARY ARMED FORCES OF COLOMBIA"), "FARC"),
    (re.compile(r"FPMR|MANUEL RODRIGUEZ"), "FPMR"),
    (re.compile(r"URNG|GUATEMALAN NATIONAL REVOLUTIONARY"), "URNG"),
    (re.compile(r"POLICE"), "Police Forces of"),
    (re.compile(r"ARMED FORCES|ARMY|AIR FORCE|MILITARY|BRIGADE|BATTALION|NATIONAL GUARD"),
     "Military Forces of"),
)  # fmt: skip


@dataclass
class Incident:
    kind: str  # MUC's type: ATTACK, BOMBING, ...
    stage: str
    day: date | None
    country: str
    deaths: bool
    perpetrator: str | None  # the start of the actor name the key's organisation has


def texts(pattern: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for path in sorted(DATA.glob(pattern)):
        raw = path.read_text(encoding="latin-1")
        heads = list(_HEADER.finditer(raw))
        for head, after in zip(heads, [*heads[1:], None], strict=True):
            body = raw[head.end() : after.start() if after else None]
            out[head.group(1)] = body.strip("\n") + "\n"
    return out


def keys(pattern: str) -> dict[str, list[Incident]]:
    out: dict[str, list[Incident]] = {}
    for path in sorted(DATA.glob(pattern)):
        for block in re.split(r"\n(?=\s*0\.\s+MESSAGE: ID)", path.read_text(encoding="latin-1")):
            fields = _fields(block)
            if "MESSAGE: ID" not in fields:
                continue
            doc = fields["MESSAGE: ID"].split()[0]
            out.setdefault(doc, [])
            kind = fields.get("INCIDENT: TYPE", "*").split("/")[0].strip()
            if kind in AS_ACLED:
                out[doc].append(_incident(kind, fields))
    return out


def _fields(block: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    name = ""
    for line in block.splitlines():
        m = _FIELD.match(line)
        if m:
            name = m.group(2).strip()
            fields[name] = m.group(3).strip()
        elif name and line.strip():
            fields[name] += "\n" + line.strip()
    return fields


def _incident(kind: str, fields: dict[str, str]) -> Incident:
    days = _DAY.findall(fields.get("INCIDENT: DATE", ""))
    try:
        day = datetime.strptime(days[-1].title(), "%d %b %y").date() if days else None
    except ValueError:
        day = None  # "31 NOV 89": a day no calendar has
    place = re.split(r"[:/()]", fields.get("INCIDENT: LOCATION", "").lstrip(" (?-"))[0]
    return Incident(
        kind,
        fields.get("INCIDENT: STAGE OF EXECUTION", "").split("/")[0].strip(),
        day,
        place.strip(" -?*").title(),
        "DEATH" in fields.get("HUM TGT: EFFECT OF INCIDENT", ""),
        _perpetrator(fields.get("PERP: ORGANIZATION ID", "")),
    )


def _perpetrator(org: str) -> str | None:
    first = org.split("/")[0].strip(' "?')  # the key's main name for it
    return next((name for regex, name in PERPETRATORS if regex.search(first)), None)


def run(docs: dict[str, str], resources: Resources) -> dict[str, list[Event]]:
    articles = []
    for doc_id, text in docs.items():
        item = dated(Article(article_id=doc_id, text=text, origin="muc4"))
        assert isinstance(item, Article)
        articles.append(item)
    story = extract(articles, resources)
    out: dict[str, list[Event]] = {doc_id: [] for doc_id in docs}
    for event in story.events:
        for source in event.sources:
            out[source.article_id].append(event)
    return out


def _names(event: Event, perpetrator: str) -> bool:
    """Whether the event names the perpetrator as its side: actor1, or actor2 of a battle or
    a bombing, where ACLED lists the state's forces first whoever attacked."""
    sides = [event.actor1]
    if event.event_type in ("Battles", "Explosions/Remote violence"):
        sides.append(event.actor2)
    return any((side or "").startswith(perpetrator) for side in sides)


def pct(hits: list[bool]) -> str:
    return f"{100 * sum(hits) / len(hits):5.1f} % ({sum(hits)}/{len(hits)})" if hits else "n/a"


def score(name: str, limit: int | None, resources: Resources, dump: Path | None) -> Iterator[str]:
    text_glob, key_glob = SETS[name]
    docs = texts(text_glob)
    gold = keys(key_glob)
    docs = {d: t for d, t in list(docs.items())[:limit] if d in gold}
    coded = run(docs, resources)
    found: list[bool] = []
    country: list[bool] = []
    day: list[bool] = []
    toll: list[bool] = []
    perpetrator: list[bool] = []
    told: list[bool] = []
    quiet: list[bool] = []
    for doc_id, events in coded.items():
        done = [i for i in gold[doc_id] if i.stage == "ACCOMPLISHED"]
        if done:
            told.append(bool(events))
        if not gold[doc_id]:
            quiet.append(any(e.event_type in CIVILIAN for e in events))
        for incident in done:
            fits = [e for e in events if e.event_type in AS_ACLED[incident.kind]]
            found.append(bool(fits))
            if not fits:
                continue
            country.append(any(e.country == incident.country for e in fits))
            if incident.day is not None:
                day.append(any(e.event_date == incident.day.isoformat() for e in fits))
            if incident.deaths:
                toll.append(any((e.fatalities or 0) > 0 for e in fits))
            if incident.perpetrator is not None:
                named = incident.perpetrator
                perpetrator.append(any(_names(e, named) for e in fits))
        if dump is not None:
            with dump.open("a", encoding="utf-8") as out:
                row = {
                    "id": doc_id,
                    "gold": [vars(i) | {"day": str(i.day)} for i in gold[doc_id]],
                    "coded": [
                        [
                            e.event_type,
                            e.sub_event_type,
                            e.event_date,
                            e.country,
                            e.location,
                            e.fatalities,
                            e.actor1,
                            e.actor2,
                        ]
                        for e in events
                    ],
                }
                out.write(json.dumps(row) + "\n")
    yield f"MUC-4 {name}: {len(docs)} reports, {len(found)} accomplished incidents"
    yield f"  incident found (type fits)   {pct(found)}"
    yield f"  ... in the key's country    {pct(country)}"
    yield f"  ... on the key's date       {pct(day)}"
    yield f"  ... deaths told, toll > 0   {pct(toll)}"
    yield f"  ... perpetrator named a side {pct(perpetrator)}"
    yield f"  reports with an incident: coded an event   {pct(told)}"
    yield f"  reports with none: coded civilian harm     {pct(quiet)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default="tst1,tst2", help="of tst1,tst2,dev")
    parser.add_argument("--limit", type=int, default=None, help="the first N reports of each")
    parser.add_argument("--dump", type=Path, default=None, help="reports as JSON lines")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"no MUC-4 data at {DATA}; skipping")
        return 0
    if args.dump is not None:
        args.dump.write_text("")
    resources = Resources.load()
    for name in args.sets.split(","):
        for line in score(name, args.limit, resources, args.dump):
            print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
