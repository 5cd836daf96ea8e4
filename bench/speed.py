"""Throughput of `extract` beside spaCy's full small pipeline, over the same texts.

    .venv/bin/python bench/speed.py [--limit N]

Texts: full news articles from ../shared/data/geoparsing/GeoWebNews and ACLED notes;
when ../shared/data is absent it says so and exits cleanly.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

from eventwire.nlp import load_nlp
from eventwire.pipeline import Resources, extract
from eventwire.records import Article

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def load_texts(limit: int) -> list[str]:
    texts = [
        p.read_text(encoding="utf-8")
        for p in sorted((DATA / "geoparsing" / "GeoWebNews").glob("*.txt"))
    ]
    texts = texts[: limit // 2]
    with (DATA / "acled_africa_2016" / "acled_africa_2016_dev.csv").open(encoding="utf-8") as f:
        notes = [row["NOTES"] for row in csv.DictReader(f) if row["NOTES"].strip()]
    return texts + notes[: limit - len(texts)]


def rate(seconds: float, docs: int, words: int) -> str:
    return f"{docs / seconds:8.1f} docs/s {words / seconds:10.0f} words/s ({seconds:.1f} s)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=400, help="number of texts (default 400)")
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"skipped: benchmark data not found at {DATA}")
        return 0
    texts = load_texts(args.limit)
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} texts, {words} words")

    start = time.perf_counter()
    resources = Resources.load()
    print(f"load (spaCy model + gazetteer): {time.perf_counter() - start:.2f} s")

    nlp = load_nlp()
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    spacy_rate = rate(time.perf_counter() - start, len(texts), words)
    print(f"spaCy en_core_web_sm (full pipeline): {spacy_rate}")

    articles = [
        Article(article_id=str(i), text=t, origin=f"bench:{i}") for i, t in enumerate(texts)
    ]
    start = time.perf_counter()
    story = extract(articles, resources)
    elapsed = time.perf_counter() - start
    print(f"eventwire extract:                  {rate(elapsed, len(texts), words)}")
    print(f"events found: {len(story.events)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
