"""Rule tables for event coding, loaded once from the package's data files."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

DATA = "eventwire.data.events"


def load_json(name: str) -> Any:
    """A JSON rule table shipped in ``eventwire/data/events``."""
    with resources.files(DATA).joinpath(name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


def word_regex(pattern: str) -> re.Pattern[str]:
    """`pattern` anchored on word boundaries, case-insensitive."""
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def trigger_table() -> tuple[tuple[tuple[str, re.Pattern[str]], ...], dict[str, re.Pattern[str]]]:
    """(sub-type, regex) pairs in priority order, and the weak/negation/hedge/foiled regexes."""
    raw = load_json("triggers.json")
    strong = tuple((sub, word_regex(pat)) for sub, pat in raw["strong"])
    extra = {
        key: word_regex(raw[key])
        for key in (
            "weak", "negation", "hedge", "foiled", "nonevent", "force_on_crowd", "demonstration",
            "support", "blast", "claim",
        )
    }  # fmt: skip
    return strong, extra


#: A month's name, whole or cut short ("November", "Nov.", "Sept"); match it without case.
MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"


#: The month "March" rather than a march: capitalised, next to a day or year number, or
#: after a word that introduces a date ("in March", "since March", "3 March 2016").
_MONTH = re.compile(r"\bMarc?h\b\.?")
_MONTH_BEFORE = re.compile(
    r"(?:\b(?:in|on|of|since|until|till|by|from|to|early|late|mid|last|next|this|during|"
    r"through|throughout|before|after|between|and|or|\d{1,2}(?:st|nd|rd|th)?),? |mid-)$",
    re.IGNORECASE,
)
_MONTH_AFTER = re.compile(r"^,? \d{1,4}\b")


def is_month(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the month "March" rather than a march."""
    if not _MONTH.fullmatch(text, start, end):
        return False
    return bool(
        _MONTH_BEFORE.search(text[max(0, start - 20) : start]) or _MONTH_AFTER.match(text[end:])
    )


def mask_months(text: str) -> str:
    """`text` with the month "March" written as "month", so no classifier reads a march."""
    return _MONTH.sub(lambda m: "month" if is_month(text, m.start(), m.end()) else m.group(), text)
