"""Datelines ("YANGON, March 12 (Reuters) -"): where a report was filed, which is not for
that alone where its events happened, and the day it was filed, which is no event's date
but, for a report carrying no publication date otherwise, the anchor of its relative dates
("on Monday")."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

#: How far into a report its dateline may lie (a headline line or two before it).
DATELINE_REACH = 600


def _month(name: str) -> int | None:
    """The number of a month written in full or short ("March", "Mar", "Sept")."""
    word = name.lower().rstrip(".")
    for number in range(1, 13):
        full = calendar.month_name[number].lower()
        if word in (full, full[:3]) or (number == 9 and word == "sept"):
            return number
    return None


# A line opening with a place in capitals (and its region or country), then the month and
# day (and maybe the year), or the day, month and year ("3 JAN 90", as wire services long
# wrote it), maybe the agency, then the dash: "KYIV, Oct 5 (Reuters) - ".
_DATED = re.compile(
    r"(?m)^[ \t]*[A-Z][A-Z .'’/-]{2,40}(?:[ \t]*\([A-Z][\w .'’-]{1,30}\))?"
    r"(?:,[ \t]*[A-Z][\w .'’-]{1,30}?)*,?[ \t]+"
    r"(?:(?P<month>[A-Z][a-z]{2,8})\.?[ \t]+(?P<day>\d{1,2})"
    r"(?:,?[ \t]+(?P<year>(?:19|20)\d\d))?"
    r"|(?P<day2>\d{1,2})[ \t]+(?P<month2>[A-Z][A-Za-z]{2,8})\.?[ \t]+(?P<year2>(?:19|20)?\d\d))"
    r"[ \t]*(?:\([\w .&'’/-]{1,40}\))?[ \t]*(?:[—–]|--?)[ \t]"
)


# ... or a place written as a name, where the date's year or the agency after it makes the
# line a dateline: "Ouagadougou, 22 November 2026 (AFP) - ", "Bunia, 25 November 2026 – ".
_TITLED = re.compile(
    r"(?m)^[ \t]*[A-Z][a-z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]+){0,3}"
    r"(?:,[ \t]*[A-Z][\w .'’-]{1,30}?)*,[ \t]+"
    r"(?:(?P<month>[A-Z][a-z]{2,8})\.?[ \t]+(?P<day>\d{1,2})(?:,?[ \t]+(?P<year>(?:19|20)\d\d))?"
    r"|(?P<day2>\d{1,2})[ \t]+(?P<month2>[A-Z][a-z]{2,8})\.?(?:[ \t]+(?P<year2>(?:19|20)\d\d))?)"
    r"[ \t]*(?P<agency>\([\w .&'’/-]{1,40}\))?[ \t]*(?:[—–]|--?)[ \t]"
)


def _titled(head: str) -> re.Match[str] | None:
    """A dateline opening on a place written as a name, with a year or an agency."""
    m = _TITLED.search(head)
    return m if m and (m.group("agency") or m.group("year") or m.group("year2")) else None


def dateline_date(text: str, today: date) -> date | None:
    """The dateline's date, in its year or, with none given, the last such day up to
    `today`; None when the report opens with no dated dateline."""
    head = text[:DATELINE_REACH]
    m = (
        _DATED.search(head)
        or _titled(head)
        or _BYLINE_DATED.search(head)
        or _DATE_LINE.search(head)
    )
    month = _month(m.group("month") or m.group("month2")) if m else None
    if m is None or month is None:
        return None
    day = int(m.group("day") or m.group("day2"))
    year = int(m.group("year") or m.group("year2") or today.year)
    if year < 100:  # "90": 1990 in a report filed before 2090
        year += 2000 if 2000 + year <= today.year else 1900
    try:
        found = date(year, month, day)
        if not (m.group("year") or m.group("year2")) and found > today:
            found = date(year - 1, month, day)
    except ValueError:
        return None  # "Feb 30"
    return found


# A byline's or a page's date, with its year: "Staff Correspondent, Bogura | Published:
# November 21, 2026", "By Marcos Vizcarra | Culiacan | Monday, November 23, 2026",
# "Enab Baladi | 26 November 2026", or a date in brackets after the place: "COTABATO CITY
# (November 21, 2026) - ".
_FULL_DATE = (
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+)?"
    r"(?:(?P<month>[A-Z][a-z]{2,8})\.?[ \t]+(?P<day>\d{1,2}),?[ \t]+(?P<year>(?:19|20)\d\d)"
    r"|(?P<day2>\d{1,2})[ \t]+(?P<month2>[A-Z][a-z]{2,8})\.?,?[ \t]+(?P<year2>(?:19|20)\d\d))"
)
_BYLINE_DATED = re.compile(
    r"(?m)^[^\n]{0,80}?(?:\||\(|\b(?:Published|Posted|Updated|Dated)\b:?)[ \t]*(?:on[ \t]+)?"
    rf"{_FULL_DATE}\b"
)
# ... or a line holding nothing but the date, or the place in capitals and the date:
# "Wednesday, November 25, 2026", "RAIPUR, November 21, 2026".
_DATE_LINE = re.compile(rf"(?m)^[ \t]*(?:[A-Z][A-Z .'’-]{{2,30}},[ \t]*)?{_FULL_DATE}[ \t]*$")


# A paragraph's opening dateline: where the report was filed, up to the dash that ends it
# ("PESHAWAR, Pakistan (AP) — ", "JENIN, West Bank, June 19 - ", "Kabul (Reuters) - ",
# "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- ", "MANAGUA (NICARAGUA), 26 AUG 89 (BARRICADA) --").
# Its first name is in capitals, or an agency's name in brackets follows it.
_DATELINE_HEAD = re.compile(
    r"(?m)^[ \t]*(?P<first>[A-Z][\w.'’ /-]{1,30}?)(?:[ \t]*\([A-Z][\w .'’-]{1,30}\))?"
    r"(?P<rest>(?:,[ \t]*[A-Z\d][\w.'’ -]{0,30}?){0,3})"
    r"(?P<agency>[ \t]*\([\w .,&'’/-]{1,40}\))?"
    # (an Indian agency's dateline may end at its bracket: "Raipur, Nov 24 (PTI) Seven ...")
    # (or at the line's end, the story in the next paragraph: "KHARKIV, Ukraine, Dec 3 -")
    r"(?:[ \t]*(?:[—–]|--?)(?:[ \t]|[ \t]*$)|"
    r"(?:(?<=\(PTI\))|(?<=\(UNI\))|(?<=\(ANI\))|(?<=\(IANS\)))"
    r"[ \t]+(?=[A-Z])|"
    # (or at a colon, as South Asian papers end it: "RAIPUR, Dec 10: Two ...", "KARACHI: ...")
    r"(?<![a-z]):[ \t]+(?=[A-Z])(?<!UPDATE: )(?<!NOTE: )(?<!BREAKING: )(?<!WATCH: )"
    r"(?<!CORRECTION: )(?<!EDITOR'S NOTE: )(?<!PHOTO: )(?<!VIDEO: )(?<!ALSO READ: ))"
)


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the datelines opening the text's paragraphs: a place named there is
    where the report was filed, not, for that alone, where its events happened."""
    return list(_dateline_spans(text))


@lru_cache(maxsize=8)
def _dateline_spans(text: str) -> tuple[tuple[int, int], ...]:
    """`dateline_spans`, read once per text (the followups ask for every pair of passages)."""
    spans = []
    for m in _DATELINE_HEAD.finditer(text):
        agency = bool(m.group("agency")) or _AN_AGENCY.search(m.group(0)) is not None
        if _opens_a_dateline(m.group("first"), agency=agency) or _a_named_opening(text, m):
            spans.append((m.start("first"), m.end()))
    # (a byline's desk: "By Carla Mendoza | Lima | 21 November 2026")
    spans += [(m.start(1), m.end(1)) for m in _BYLINE_PLACE.finditer(text)]
    # (a paragraph opening on its filing date, with its place or alone: "November 24, 2026 -
    # Russian ...", "Niamey, 25 November 2026 - At least ...")
    spans += [m.span(1) for m in _DATE_HEAD.finditer(text) if (m.start(1), m.end(1)) not in spans]
    # (a place in brackets, as rights groups file: "(Nairobi) – Members of ...")
    spans += [m.span(1) for m in _BRACKETED_HEAD.finditer(text)]
    # (a town in small letters and the date, ended at a colon: "Raipur, Dec 31: Five ...")
    spans += [m.span(1) for m in _DATED_AT_A_COLON.finditer(text)]
    # (the report's own opening town alone, ended at a colon: "Srinagar: Two militants ...")
    spans += [
        (m.start(1), m.end())
        for m in _NAMED_AT_A_COLON.finditer(text, 0, 400)
        if m.start(1) <= 300
        and text.count("\n\n", 0, m.start(1)) <= 1
        and m.group(1).split()[0].lower() not in _HEADINGS
    ]
    return tuple(sorted(set(spans)))


#: A paragraph's opening place in brackets, then a dash: "(Nairobi) – ", "(Beirut, March 3) - ".
_BRACKETED_HEAD = re.compile(
    r"(?m)^[ \t]*\(([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})(?:,[^)\n]{1,30})?\)[ \t]*"
    r"(?:[—–]|--?)[ \t]+(?=[A-Z])"
)
#: A paragraph's opening town alone, ended at a colon: "Srinagar: ".
_NAMED_AT_A_COLON = re.compile(
    r"(?m)^[ \t]*([A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]+){0,2}):[ \t]+(?=[A-Z])"
)
#: A paragraph's opening place and date, ended at a colon: "Raipur, Dec 31: ".
_DATED_AT_A_COLON = re.compile(
    r"(?m)^[ \t]*([A-Z][a-z][\w.'’-]*(?: [A-Z][\w.'’-]+){0,2},[ \t]*"
    r"(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[A-Z][a-z]{2,8})(?:,?[ \t]+(?:19|20)\d\d)?:)"
    r"[ \t]+(?=[A-Z])"
)


#: A paragraph's opening date, up to the dash that ends it, its place before it or none.
_DATE_HEAD = re.compile(
    rf"(?m)^[ \t]*((?:[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){{0,2}},[ \t]*)?{_FULL_DATE}[ \t]*"
    r"(?:[—–]|--?))[ \t]+(?=[A-Z])"
)


#: A byline naming the desk between bars or after a comma: "By Carla Mendoza | Lima | 21
#: November 2026", "By Shehu Umar, Gusau | Tuesday", "By Mahamat Issa, in Bol | Published".
_BYLINE_PLACE = re.compile(
    r"(?m)^[ \t]*By[ \t]+[^\n|,]{2,60}?[|,][ \t]*(?:in[ \t]+)?([A-Z][^|,\n]{1,40}?)[ \t]*\|"
)


def dateline_sources(text: str) -> list[tuple[int, int]]:
    """The bracketed sources of the text's datelines ("(RADIO CADENA SONORA)", "(AP)"): a
    station's or an agency's name, whatever place it names."""
    return [
        (m.start("agency"), m.end("agency"))
        for m in _DATELINE_HEAD.finditer(text)
        if m.group("agency") and _opens_a_dateline(m.group("first"), agency=True)
    ]


#: A place written as a name, one to three words ("Addis Abeba", "Mogadishu").
_A_NAME = re.compile(r"[A-Z][a-z][\w'’.-]*(?: [A-Z][\w'’.-]+){0,2}")


def _a_named_opening(text: str, m: re.Match[str]) -> bool:
    """The report's own opening place written as a name and ended by a long dash ("Addis
    Abeba – At least eleven civilians ...") or a spaced hyphen: its dateline, though neither
    in capitals nor followed by an agency."""
    return (
        m.start("first") <= 300
        and text.count("\n\n", 0, m.start("first")) <= 1
        # (its country after it, as a name too: "Bogota, Colombia – Renewed fighting")
        and (not m.group("rest") or _A_COUNTRY_AFTER.fullmatch(m.group("rest")) is not None)
        # (or a short hyphen between spaces, as many local papers write it: "Minna - Two
        # police officers ...")
        and (
            any(dash in m.group(0)[len(m.group("first")) :] for dash in "–—") or " - " in m.group(0)
        )
        and _A_NAME.fullmatch(m.group("first").strip()) is not None
        and m.group("first").split()[0].lower() not in _HEADINGS
    )


#: A dateline's country after its town, written as a name: ", Colombia".
_A_COUNTRY_AFTER = re.compile(r",[ \t]*[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}[ \t]*")


#: Words that open a line as a heading, not as a place: "Breaking: ...", "Watch: ...".
_HEADINGS = frozenset(
    {"breaking", "update", "updated", "watch", "note", "photo", "photos", "video", "analysis",
     "opinion", "exclusive", "editorial", "explainer", "live", "read", "also", "listen",
     "correction", "advertisement", "summary", "background", "context", "related", "source"}
)  # fmt: skip


#: A news agency's name in brackets, which the place's own bracket may have taken ("Beirut
#: (AFP) - "): the line is a dateline whatever the place's case.
_AN_AGENCY = re.compile(
    r"\((?:AFP|AP|Reuters|UPI|PTI|ANI|IANS|UNI|dpa|DPA|Xinhua|EFE|ANSA|Anadolu|AA|TASS|IRNA|"
    r"KUNA|WAFA|SANA|NAN|APS|MAP|Kyodo|Yonhap|Bernama|Sputnik|Interfax|QNA|SPA|WAM|MENA|"
    r"Prensa Latina|Notimex|Andina|AIP|AKI|Xinhua News Agency)\)"
)


def _opens_a_dateline(first: str, *, agency: bool) -> bool:
    """A dateline's first name: in capitals, or followed by an agency in brackets."""
    return sum(c.isalpha() for c in first) >= 3 and (first.isupper() or agency)


def section_bounds(text: str, pos: int) -> tuple[int, int]:
    """The roundup story holding `pos`: from the last dateline opening a paragraph at or
    before it to the next one after it ("SWEIDA, Syria, Nov. 26 - ..."); the whole text
    when it has fewer than two."""
    starts = [start for start, _ in dateline_spans(text)]
    if len(starts) < 2:
        return (0, len(text))  # one story: its headline is its own
    before = [s for s in starts if s <= pos]
    after = [s for s in starts if s > pos]
    return (before[-1] if before else 0, after[0] if after else len(text))
