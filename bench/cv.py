"""Whole-pipeline 5-fold cross-validation on the training part of ACLED's notes and CASE.

    EVENTWIRE_CACHE=<dir> .venv/bin/python bench/cv.py [--folds 5] [--limit N] [--dump F]
        [--case-dump F] [--only acled,case]

bench/accuracy.py scores the pipeline on the held-out fifth (1,125 ACLED notes, 61 CASE
snippets) that the shipped classifier never saw. This scores it on the other four fifths
(4,275 notes, 242 snippets), each fold coded by classifiers fitted, exactly as
scripts/train_event_typer.py and scripts/train_country_guess.py fit the shipped ones, on the
other folds only: nearly four times as many rows to measure the rules on, none of them seen
by the classifiers that code them.
Needs scikit-learn (the training script's); reads ../shared/data and skips when absent.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from accuracy import DATA, Row, acled_rows, case_rows, run, score_acled, score_case
from eventwire.events.typing import heldout, model_from, row_hash, using_model
from eventwire.geo import whereabouts
from eventwire.pipeline import Resources
from eventwire.records import Event

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
import train_country_guess as countries
from train_event_typer import CASE_WEIGHT, export, load


def fold_of(text: str, folds: int) -> int:
    """A training row's fold (independent of the held-out split, the hash mod 5)."""
    return (row_hash(text) // 5) % folds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--limit", type=int, default=None, help="the first N rows of each set")
    parser.add_argument("--only", default="acled,case", help="acled, case or both")
    parser.add_argument("--dump", type=Path, default=None, help="ACLED rows as JSON lines")
    parser.add_argument("--case-dump", type=Path, default=None, help="CASE rows as JSON lines")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"no benchmark data at {DATA}; skipping")
        return 0
    training = [r for r in load(DATA) if not heldout(r[1])]
    placed = [r for r in countries.load(DATA) if not heldout(r[1])]
    sets = args.only.split(",")
    notes = acled_rows("train") if "acled" in sets else []
    snippets = case_rows("train") if "case" in sets else []
    if args.limit:
        notes, snippets = notes[: args.limit], snippets[: args.limit]
    resources = Resources.load()
    coded: dict[int, list[Event]] = {}
    rows: list[Row] = notes + snippets
    for k in range(args.folds):
        fit = [r for r in training if fold_of(r[1], args.folds) != k]
        weights = [CASE_WEIGHT if source == "case" else 1.0 for source, _, _ in fit]
        model = model_from(export([t for _, t, _ in fit], [lab for *_, lab in fit], weights))
        known = [r for r in placed if fold_of(r[1], args.folds) != k]
        raw = countries.export([t for _, t, _ in known], [c for _, _, c in known])
        guesser = whereabouts.model_from(raw)
        fold = [i for i, row in enumerate(rows) if fold_of(row.text, args.folds) == k]
        with using_model(model), whereabouts.using_guesser(guesser):
            for i, events in zip(fold, run([rows[i] for i in fold], resources), strict=True):
                coded[i] = events
        print(f"fold {k + 1}/{args.folds}: {len(fit)} rows fitted, {len(fold)} coded", flush=True)
    split = f"{args.folds}-fold CV"
    ordered = [coded[i] for i in range(len(rows))]
    if notes:
        for line in score_acled(notes, ordered[: len(notes)], split, args.dump):
            print(line)
    if snippets:
        for line in score_case(snippets, ordered[len(notes) :], split, args.case_dump):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
