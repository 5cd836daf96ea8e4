"""Rebuild src/eventwire/data/events/battle_order.json: which side ACLED's coders list first
in a battle between a state's (or a mission's) forces and another armed side, by country.

    .venv/bin/python scripts/learn_battle_order.py [--data ../shared/data]

ACLED's 2016 notes follow two conventions that the wording of a note does not tell apart:
for Somalia, Nigeria, Libya or Egypt the forces come first whoever attacked ("Al Shabaab
fighters ambushed an AMISOM convoy": AMISOM first), while for Ethiopia, Burundi or Mali
the side that attacked comes first ("OLA forces attacked government soldiers": the OLA).
This script counts, over the notes outside the held-out fifth (eventwire.events.typing
.heldout) only, how often each country's battles list the forces first; the coder lists an
attacking group first where a country's notes mostly do (eventwire.events.order).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

from eventwire.events.typing import heldout

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/eventwire/data/events/battle_order.json"
FORCES = ("1", "8")  # the state's forces and foreign or peacekeeping missions


def count(path: Path) -> dict[str, dict[str, int]]:
    """Per country, the training battles with forces on one side only: forces first, or not."""
    tally: dict[str, Counter[str]] = {}
    with path.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if not row["EVENT_TYPE"].startswith("Battle") or heldout(row["NOTES"]):
                continue
            first, second = row["INTER1"] in FORCES, row["INTER2"] in FORCES
            if first == second:
                continue
            side = "forces_first" if first else "other_first"
            tally.setdefault(row["COUNTRY"].strip(), Counter())[side] += 1
    return {
        country: {"forces_first": c["forces_first"], "other_first": c["other_first"]}
        for country, c in sorted(tally.items())
    }


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
