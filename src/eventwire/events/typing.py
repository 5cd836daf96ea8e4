"""The learned event classifier: TF-IDF word 1-2 grams and character 3-5 grams, and two
linear heads, one for the ACLED sub-event type and one for the event type.

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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .lexicon import load_json, mask_months

NONE = "NONE"  # the class of passages outside ACLED's scheme
_WORD = re.compile(r"(?u)\b\w\w+\b")


def row_hash(text: str) -> int:
    """A labelled row's fixed number, from its text: what splits and folds are cut by."""
    return int(hashlib.md5(text.strip().encode("utf-8")).hexdigest(), 16)


def heldout(text: str) -> bool:
    """Whether a labelled row belongs to the held-out fifth the shipped model never saw."""
    return row_hash(text) % 5 == 0


def prepare(text: str) -> str:
    """The text the classifier reads: lower case, the month "March" written "month"."""
    return mask_months(text).lower()


def word_grams(text: str) -> list[str]:
    """Word unigrams and bigrams of prepared text, as scikit-learn's word analyser makes them."""
    words = _WORD.findall(text)
    return words + [f"{a} {b}" for a, b in itertools.pairwise(words)]


def char_grams(text: str, low: int = 3, high: int = 5) -> list[str]:
    """Character n-grams inside space-padded words, as scikit-learn's "char_wb" makes them."""
    out: list[str] = []
    for word in text.split():
        padded = f" {word} "
        for n in range(low, high + 1):
            out += [padded[i : i + n] for i in range(max(1, len(padded) - n + 1))]
            if len(padded) <= n:
                break  # a short word is counted once
    return out


@dataclass(frozen=True)
class Block:
    """One TF-IDF vectoriser: its n-grams' columns and idf weights (sublinear tf, l2 norm)."""

    analyzer: str  # "word" or "char_wb"
    ngram: tuple[int, int]
    vocab: dict[str, int]  # n-gram -> column of the model's coefficient rows
    idf: dict[int, float]

    def weights(self, text: str) -> dict[int, float]:
        grams = word_grams(text) if self.analyzer == "word" else char_grams(text, *self.ngram)
        counts = Counter(g for g in grams if g in self.vocab)
        out = {
            self.vocab[g]: (1.0 + math.log(n)) * self.idf[self.vocab[g]] for g, n in counts.items()
        }
        norm = math.sqrt(sum(w * w for w in out.values())) or 1.0
        return {i: w / norm for i, w in out.items()}


@dataclass(frozen=True)
class Head:
    """A multinomial logistic regression over the blocks' columns."""

    classes: tuple[str, ...]
    coef: tuple[tuple[float, ...], ...]  # per class, per column
    intercept: tuple[float, ...]

    def proba(self, weights: dict[int, float]) -> dict[str, float]:
        scores = [
            b + sum(row[i] * w for i, w in weights.items())
            for row, b in zip(self.coef, self.intercept, strict=True)
        ]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}


@dataclass(frozen=True)
class Model:
    blocks: tuple[Block, ...]
    sub: Head  # ACLED sub-event types and NONE
    type: Head  # ACLED event types and NONE

    def weights(self, text: str) -> dict[int, float]:
        prepared = prepare(text)
        return {i: w for block in self.blocks for i, w in block.weights(prepared).items()}

    def proba(self, text: str) -> dict[str, float]:
        """Sub-event-type probabilities of `text`."""
        return self.sub.proba(self.weights(text))

    def type_proba(self, text: str) -> dict[str, float]:
        """Event-type probabilities of `text`."""
        return self.type.proba(self.weights(text))


def _head(raw: dict[str, Any]) -> Head:
    return Head(
        classes=tuple(raw["classes"]),
        coef=tuple(tuple(r) for r in raw["coef"]),
        intercept=tuple(raw["intercept"]),
    )


#: A classifier that stands in for the shipped one (`using_model`).
_standing_in: list[Model] = []


def load_model() -> Model | None:
    """The classifier in use: the shipped one, or None when the package carries none."""
    return _standing_in[-1] if _standing_in else _shipped()


@lru_cache(maxsize=1)
def _shipped() -> Model | None:
    try:
        raw = load_json("typer.json")
    except FileNotFoundError:
        return None
    return model_from(raw)


@contextmanager
def using_model(model: Model) -> Iterator[Model]:
    """Code with `model` instead of the shipped classifier (cross-validation: each fold
    coded by a classifier that never saw it)."""
    _standing_in.append(model)
    try:
        yield model
    finally:
        _standing_in.pop()


def model_from(raw: dict[str, Any]) -> Model:
    """A model from its JSON form (what scripts/train_event_typer.py exports)."""
    blocks = []
    column = 0
    for b in raw["blocks"]:
        cols = range(column, column + len(b["features"]))
        blocks.append(
            Block(
                analyzer=b["analyzer"],
                ngram=(b["ngram"][0], b["ngram"][1]),
                vocab=dict(zip(b["features"], cols, strict=True)),
                idf=dict(zip(cols, b["idf"], strict=True)),
            )
        )
        column += len(b["features"])
    return Model(blocks=tuple(blocks), sub=_head(raw["sub"]), type=_head(raw["type"]))
