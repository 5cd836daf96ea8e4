"""The learned sub-event-type classifier: TF-IDF word 1-2 grams and a linear model.

The weights are a JSON file shipped in the package (``data/events/typer.json``), rebuilt
by ``scripts/train_event_typer.py`` from ../shared/data; inference here is plain Python
so the package needs no scikit-learn at run time. See ``data/events/MODEL_CARD.md``.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import load_json, mask_months

NONE = "NONE"  # the class of passages outside ACLED's scheme
_WORD = re.compile(r"(?u)\b\w\w+\b")


def heldout(text: str) -> bool:
    """Whether a labelled row belongs to the held-out fifth the shipped model never saw."""
    return int(hashlib.md5(text.strip().encode("utf-8")).hexdigest(), 16) % 5 == 0


def features(text: str) -> list[str]:
    """Word unigrams and bigrams, as scikit-learn's default analyser makes them (after
    `prepare`)."""
    words = _WORD.findall(prepare(text))
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def prepare(text: str) -> str:
    """The text the classifier reads: lower case, the month "March" written "month"."""
    return mask_months(text).lower()


@dataclass(frozen=True)
class Model:
    classes: tuple[str, ...]
    vocab: dict[str, int]
    idf: tuple[float, ...]
    coef: tuple[tuple[float, ...], ...]  # per class, per feature
    intercept: tuple[float, ...]

    def proba(self, text: str) -> dict[str, float]:
        """Class probabilities of `text` (softmax over the linear scores)."""
        counts = Counter(f for f in features(text) if f in self.vocab)
        weights = {
            self.vocab[f]: (1.0 + math.log(n)) * self.idf[self.vocab[f]] for f, n in counts.items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        scores = [
            b + sum(row[i] * w for i, w in weights.items()) / norm
            for row, b in zip(self.coef, self.intercept, strict=True)
        ]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}


@lru_cache(maxsize=1)
def load_model() -> Model | None:
    """The shipped classifier, or None when the package carries none."""
    try:
        raw = load_json("typer.json")
    except FileNotFoundError:
        return None
    return Model(
        classes=tuple(raw["classes"]),
        vocab={f: i for i, f in enumerate(raw["features"])},
        idf=tuple(raw["idf"]),
        coef=tuple(tuple(r) for r in raw["coef"]),
        intercept=tuple(raw["intercept"]),
    )
