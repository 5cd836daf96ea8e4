"""Which country a report is about, guessed from its words when it names no place we know.

Many short reports name only a village the gazetteer lacks, or no place at all, and no
country: "Imbonerakure youths beat a man in Kinama", "Transrail workers went on strike".
Their words still tell where they are: parties, unions, armed groups, officials' titles,
local government words. A small classifier (TF-IDF word 1-2 grams and a multinomial logistic
regression, `data/geo/countries.json`, rebuilt by scripts/train_country_guess.py; see its
model card) reads them. Its guess is used only when it gives one country `THRESHOLD` or more.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from ..events.typing import Block, prepare
from .parts import english_words

#: The smallest probability a guess must have, and the weight that names in the text (a
#: party, a group, a village: capitalised words) must give it; without names the guess
#: must be nearly sure (SURE). Wording alone ("militiamen", "service delivery") says much of
#: where ACLED's notes come from and little of where a reporter is. On the held-out fifth
#: of ACLED notes that name no place we know (328), this guesses 148 countries, 146 right.
THRESHOLD = 0.6
NAMED = 0.3
SURE = 0.9
#: A report naming towns but no country: the guess overrules the country of its towns
#: (namesakes abroad of villages the gazetteer lacks: "Mara", "Koch", "Sanya, Lagos") only
#: when this likely, names weighing for it.
OVERRULE = 0.8

_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")


@dataclass(frozen=True)
class Guesser:
    """TF-IDF words and, per word, the weights the countries give it."""

    block: Block
    classes: tuple[str, ...]  # ISO alpha-2 codes
    intercept: tuple[float, ...]
    weights: dict[int, tuple[tuple[int, float], ...]]  # column -> (class, weight)
    features: tuple[str, ...]  # column -> its word or word pair

    def proba(self, text: str) -> dict[str, float]:
        scores = list(self.intercept)
        for column, value in self.block.weights(prepare(text)).items():
            for k, w in self.weights.get(column, ()):
                scores[k] += w * value
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return {c: e / total for c, e in zip(self.classes, exps, strict=True)}

    def guess(self, text: str, least: float = THRESHOLD) -> str | None:
        """The code of the likeliest country when it is likely enough (`least`) and names in
        the text point to it (or it is nearly sure), else None."""
        if not text.strip():
            return None
        code, p = max(self.proba(text).items(), key=lambda item: item[1])
        if p < least:
            return None
        return code if p >= SURE or self._named(text, self.classes.index(code)) >= NAMED else None

    def telling(self, text: str, code: str) -> str | None:
        """The name (or name pair) of `text` that weighs most for country `code`: what a
        guess rests on, as evidence."""
        if code not in self.classes:
            return None
        # (names only: common words' weight, "and two", "after the", shows nothing a reader
        # can check)
        names = _names(text)
        weighed = [
            c
            for c in self._contributions(text, self.classes.index(code))
            if c[1] > 0 and all(word in names for word in self.features[c[2]].split())
        ]
        return self.features[max(weighed)[2]] if weighed else None

    def _named(self, text: str, k: int) -> float:
        """How much the text's names (capitalised words) weigh for class `k`."""
        return sum(weight for named, weight, _ in self._contributions(text, k) if named)

    def _contributions(self, text: str, k: int) -> list[tuple[bool, float, int]]:
        """(is a name, weight, column) of each of the text's words that class `k` weighs."""
        names = _names(text)
        return [
            (any(word in names for word in self.features[column].split()), value * w, column)
            for column, value in self.block.weights(prepare(text)).items()
            for kk, w in self.weights.get(column, ())
            if kk == k
        ]


def _names(text: str) -> set[str]:
    """Lower-cased words written with a capital (acronyms too), except a dictionary word
    opening a sentence ("Militiamen shot...")."""
    out = set()
    for m in _CAPITALISED.finditer(text):
        word = m.group().lower()
        i = m.start() - 1
        while i >= 0 and text[i].isspace():
            i -= 1  # the last character before the word that is not a space
        opening = i < 0 or text[i] in '.!?:"“'
        if not opening or m.group().isupper() or not _english(word):
            out.add(word)
    return out


def _english(word: str) -> bool:
    words = english_words()
    stems = (word, word.removesuffix("s"), word.removesuffix("es"), word.replace("men", "man"))
    return any(w in words for w in stems)


def model_from(raw: dict[str, Any]) -> Guesser:
    """A guesser from its JSON form (what scripts/train_country_guess.py exports)."""
    columns = range(len(raw["features"]))
    block = Block(
        analyzer="word",
        ngram=(1, 2),
        vocab=dict(zip(raw["features"], columns, strict=True)),
        idf=dict(zip(columns, raw["idf"], strict=True)),
    )
    weights: dict[int, list[tuple[int, float]]] = {}
    for column, k, w in raw["weights"]:
        weights.setdefault(int(column), []).append((int(k), float(w)))
    return Guesser(
        block=block,
        classes=tuple(raw["classes"]),
        intercept=tuple(raw["intercept"]),
        weights={c: tuple(ws) for c, ws in weights.items()},
        features=tuple(raw["features"]),
    )


#: A guesser that stands in for the shipped one (`using_guesser`).
_standing_in: list[Guesser] = []


@lru_cache(maxsize=1)
def _shipped() -> Guesser | None:
    path = resources.files("eventwire.data").joinpath("geo", "countries.json")
    if not path.is_file():
        return None
    return model_from(json.loads(path.read_text("utf-8")))


def _guesser() -> Guesser | None:
    return _standing_in[-1] if _standing_in else _shipped()


def guess_country(text: str, least: float = THRESHOLD) -> str | None:
    """The ISO code of the country `text` is likely about, or None (see THRESHOLD)."""
    guesser = _guesser()
    return guesser.guess(text, least) if guesser is not None else None


def country_evidence(text: str, code: str) -> tuple[int, int] | None:
    """Where in `text` the words that point to country `code` are (start, end), if any."""
    guesser = _guesser()
    told = guesser.telling(text, code) if guesser is not None else None
    if told is None:
        return None
    words = r"\W+".join(re.escape(w) for w in told.split())
    m = re.search(rf"(?<!\w){words}(?!\w)", text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


@contextmanager
def using_guesser(guesser: Guesser) -> Iterator[Guesser]:
    """Guess with `guesser` instead of the shipped one (cross-validation: each fold read by
    a guesser that never saw it)."""
    _standing_in.append(guesser)
    try:
        yield guesser
    finally:
        _standing_in.pop()
