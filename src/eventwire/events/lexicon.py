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
        for key in ("weak", "negation", "hedge", "foiled", "nonevent", "force_on_crowd")
    }
    return strong, extra
