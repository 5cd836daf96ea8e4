"""Rebuild src/eventwire/data/events/battle_order.json: which side ACLED's coders list first
in a battle between a state's (or a mission's) forces and another armed side, by country.

    .venv/bin/python scripts/learn_battle_order.py [--data ../shared/data]

ACLED's 2016 notes follow two conventions that the wording of a note does not tell apart:
for Somalia, Nigeria, Libya or Egypt the forces come first whoever attacked ("Al Shabaab
fighters ambushed an AMISOM convoy": AMISOM first), while for Ethiopia, Burundi or Mali
the side that attacked comes first ("OLA forces attacked government soldiers": the OLA).
In a third kind (Sudan, South Sudan) the coders mostly list whichever side the note names
first ("SLM/A-Nur repulses attacks by military caravan": SLM/A-Nur). A note naming the
forces alone ("Police officer killed in Abu Zur camp") has its own habit: it is counted
apart (forces_alone, forces_alone_first). This script counts,
over the notes outside the held-out fifth (eventwire.events.typing.heldout) only, how often
each country's battles list the forces first and, where the actor finder sees both sides in
the note, how often the side named first is listed first; the coder follows the convention
a country's notes mostly keep (eventwire.events.order).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

from spacy.tokens import Doc

from eventwire.events.actors import find_actors, forces_hit_alone
from eventwire.events.typing import heldout
from eventwire.nlp import annotate, load_nlp

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/eventwire/data/events/battle_order.json"
FORCES = ("1", "8")  # the state's forces and foreign or peacekeeping missions


def count(path: Path) -> dict[str, dict[str, int]]:
    """Per country, the training battles with forces on one side only: forces first, or not;
    and of those whose note names both sides, how many list the side named first first."""
    rows: list[tuple[str, bool, str]] = []
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["EVENT_TYPE"].startswith("Battle") or heldout(row["NOTES"]):
                continue
            first, second = row["INTER1"] in FORCES, row["INTER2"] in FORCES
            if first == second:
                continue
            note = " ".join(row["NOTES"].split())
            if note[-1:] not in ".!?\"')":
                note += "."  # as the benchmark reads a note: one paragraph, a full stop
            rows.append((row["COUNTRY"].strip(), first, note))
    tally: dict[str, Counter[str]] = {}
    nlp = load_nlp()
    for (country, forces_first, _), doc in zip(
        rows, annotate(nlp, [r[2] for r in rows]), strict=True
    ):
        counts = tally.setdefault(country, Counter())
        counts["forces_first" if forces_first else "other_first"] += 1
        named_first = _forces_named_first(doc)
        if named_first is not None:
            counts["both_named"] += 1
            counts["named_first_first"] += named_first == forces_first
        elif _forces_alone(doc):
            counts["forces_alone"] += 1
            counts["forces_alone_first"] += forces_first
    return {country: {key: c[key] for key in KEYS} for country, c in sorted(tally.items())}


KEYS = (
    "forces_first",
    "other_first",
    "both_named",
    "named_first_first",
    "forces_alone",
    "forces_alone_first",
)


def _forces_named_first(doc: Doc) -> bool | None:
    """Whether a note names the forces before the armed side they fought; None where the
    actor finder does not see both."""
    armed = [f for f in find_actors(doc, 0, len(doc.text)) if f.role == "armed"]
    forces = [f.start for f in armed if str(f.inter) in FORCES]
    others = [f.start for f in armed if str(f.inter) not in FORCES]
    if not forces or not others:
        return None
    return min(forces) < min(others)


def _forces_alone(doc: Doc) -> bool:
    """Whether the actor finder sees the forces, told as attacked, and no armed side they
    fought ("Police officer killed in Abu Zur camp")."""
    armed = [f for f in find_actors(doc, 0, len(doc.text)) if f.role == "armed"]
    return forces_hit_alone(armed, doc.text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    args = parser.parse_args()
    path = args.data / "acled_africa_2016/acled_africa_2016_dev.csv"
    if not path.exists():
        print(f"skipped: {path} is absent", file=sys.stderr)
        return 0
    table = {
        "source": "ACLED All-Africa 2016 notes outside the held-out fifth",
        "countries": count(path),
    }
    OUT.write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(table['countries'])} countries")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
