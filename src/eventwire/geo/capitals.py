"""All-capitals text and what it says of places: datelines ("BEIRUT (AP) -"), runs of
capitalised words split into the names they hold, and state or province postal codes
after a town ("Seattle, WA")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..nlp import text_of
from .gazetteer import Gazetteer

# A possessive ending a word: "Samos’s economy", "Derry’s Altnagelvin Hospital".
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


# An all-capitals dateline run on into the text's first words ("SAN ANTONIO Turner
# Sports analyst ...", "OKLAHOMA CITY The Latest on ..."): the capitals are one name.
_CAPS_WORD = re.compile(r"[A-Z][A-Z'’.-]+")


def runs(text: str, gazetteer: Gazetteer, start: int, end: int) -> list[tuple[int, int]]:
    """A run of capitalised words as the names it may hold: a leading "The" dropped
    ("The Winnipeg Fire Service"), an all-capitals head split from ordinary words after it."""
    if text.startswith("The ", start) and end - start > 4:
        start += 4
    words = [(start + w.start(), start + w.end()) for w in re.finditer(r"\S+", text[start:end])]
    for i, (a, b) in enumerate(words[:-1]):
        if POSSESSIVE.search(text[a:b]) and not gazetteer.lookup(text[start:end]):
            # "Derry’s Altnagelvin Hospital"; not "King William's Town"
            return [(start, b), *runs(text, gazetteer, words[i + 1][0], end)]
    caps = [bool(_CAPS_WORD.fullmatch(text[a:b])) for a, b in words]
    head = caps.index(False) if False in caps else len(caps)
    if 0 < head < len(words) and text[words[head][0] + 1 : words[head][1]].islower():
        return [(start, words[head - 1][1]), (words[head][0], end)]  # "SAN ANTONIO Turner"
    tail = caps[::-1].index(False) if False in caps else len(caps)
    if 0 < tail < len(words) and text[words[-tail - 1][0] + 1 : words[-tail - 1][1]].islower():
        return [(start, words[-tail - 1][1]), (words[-tail][0], end)]  # "Press WASHINGTON"
    return [(start, end)]


# Where an all-capitals name opens a dateline: "BEIRUT (AP) —", "CAMP MURRAY, Wash. -".
_DATELINE_AFTER = re.compile(r"^(?:,|\s*\(|\s+[—–-]\s|:)")
# ... or, opening a line, runs straight into the text or another name ("OKLAHOMA CITY The
# Latest", "TIJUANA & SAN DIEGO").
_LINE_DATELINE_AFTER = re.compile(r"^(?:\s*&|\s+and\s|\s+[A-Z][a-z])")


def dateline(doc: Doc, start: int, end: int) -> bool:
    """An all-capitals name that opens a dateline ("BEIRUT (AP) -")."""
    text = text_of(doc)[start:end]
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 4 or not text.isupper():
        return False
    if _DATELINE_AFTER.match(text_of(doc)[end : end + 3]):
        return True
    line_start = not text_of(doc)[max(0, start - 200) : start].split("\n")[-1].strip()
    return line_start and bool(_LINE_DATELINE_AFTER.match(text_of(doc)[end : end + 8]))


# "HORRY COUNTY, SC (WMBF) -": a dateline's state, after a name the gazetteer may lack.
_DATELINE_POSTAL = re.compile(r"(?m)^[A-Z][A-Z .'’-]+,\s*([A-Z]{2})(?=\s*\(|\s+[—–-]\s)")
# "Seattle, WA", "Vancouver, BC": a state or province's postal code after a town's name.
_POSTAL_AFTER = re.compile(r"^,\s*([A-Z]{2})(?![\w&'’-]|\.\w)")


def postal_codes(
    text: str, gazetteer: Gazetteer, names: list[tuple[int, str]]
) -> list[tuple[int, int]]:
    """Spans of the postal codes of states or provinces: after a town the state has
    (`names`: each name's end offset and text) and in datelines."""
    codes = [
        (end + code.start(1), end + code.end(1))
        for end, name in names
        for code in [_POSTAL_AFTER.match(text[end : end + 6])]
        if code and _postal_region(gazetteer, name, code.group(1))
    ]
    codes += [
        code.span(1)
        for code in _DATELINE_POSTAL.finditer(text)
        if gazetteer.postal_region(code.group(1))
    ]
    return codes


def _postal_region(gazetteer: Gazetteer, town: str, code: str) -> bool:
    """Whether `code` is the postal code of a state or province where a place named
    `town` lies ("Seattle" has a namesake in Washington: "WA" after it is the state)."""
    region = gazetteer.postal_region(code)
    return region is not None and any(
        c.place.country_code == region.country_code
        and gazetteer.admin1_code(c.place) == gazetteer.admin1_code(region)
        for c in gazetteer.lookup(town)
    )
