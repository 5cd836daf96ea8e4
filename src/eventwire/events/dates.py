"""Event dates: explicit and relative expressions resolved against the publication date.

When the passage names no date, the event is dated to the publication day at
time_precision 2 (ACLED codes an undated report to its publication date and marks the
day as approximate); with no publication date either, the date is None.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from spacy.tokens import Doc, Token

from ..datelines import dateline_spans
from ..nlp import RECALLED, paragraph_start, text_of
from ..records import EventDate, EventMention, Span
from .lexicon import load_json
from .triggers import find_triggers

MONTHS = {
    name: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MON = (
    r"(?P<mon>january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
)
#: A year told after a day or a month: "2024", or "last year" ("in April last year").
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d)|\s+(?:of\s+)?(?P<ly>last|this) year)?"
_ORD = r"(?:st|nd|rd|th)?"
#: A weekday that is a man's name: "Mr Sunday Biyang", "Sunday Jackson said" (not "on Friday
#: Reuters reported", a day after its preposition).
_A_NAME_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Chief|Pastor|Rev)\.? $")
_A_SURNAME_AFTER = re.compile(
    r" (?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Mass|Masses|Services?|Prayers?|"
    r"Market|Morning|Afternoon|Evening|Night|Sermon|School)\b)[A-Z][a-z]{2,}"
)
_A_DAYS_PREPOSITION = re.compile(
    r"\b(?:on|since|until|till|last|next|this|by|early|late|from|to|and|or|through)\s+$",
    re.IGNORECASE,
)
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("dmy", re.compile(rf"\b(?P<day>[0-3]?\d){_ORD}(?:\s+of)?\s+{_MON}{_YEAR}\b", re.I)),
    ("mdy", re.compile(rf"\b{_MON}\s+(?P<day>[0-3]?\d){_ORD}\b{_YEAR}", re.I)),
    ("num", re.compile(r"\b(?P<day>[0-3]?\d)/(?P<mon>[01]?\d)(?:/(?P<year>(?:19|20)?\d\d))?\b")),
    ("ago", re.compile(r"\b(?P<n>\w+) (?P<unit>days?|weeks?|months?|years?) ago\b", re.I)),
    ("weekday", re.compile(rf"\b(?P<wd>{'|'.join(WEEKDAYS)})\b", re.I)),
    (
        # (before the relative words: "in April last year" is a month, not a year ago)
        "month",
        re.compile(
            rf"\b(?:in|since|during|early|late|mid-?|end of|(?<!the )last)\s+{_MON}{_YEAR}\b", re.I
        ),
    ),
    (
        # a month and its year naming an event ("the July 2025 clashes in Suwayda")
        "month",
        re.compile(rf"(?<![\w-])(?=(?-i:[A-Z])){_MON}\s+(?P<year>(?:19|20)\d\d)\b", re.I),
    ),
    (
        # a year alone, before the report's ("between 2019 and 2022", "launched in 2022"):
        # no day, but a deed of another year
        "year",
        re.compile(
            r"\b(?:in|during|between|from|until|through|early|late|mid-?)\s+"
            r"(?P<year>(?:19|20)\d\d)\b(?![.,]\d)(?!\s*(?:km|kilomet|people|persons|men\b))",
            re.I,
        ),
    ),
    (
        # a season and its year ("the nationwide protests of autumn 2022")
        "year",
        re.compile(
            r"\b(?:spring|summer|autumn|fall|winter)\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b",
            re.I,
        ),
    ),
    (
        # ... or naming an earlier event ("the 2025 demonstrations", "the 2019 riots")
        "year",
        re.compile(
            r"\b(?:the|its|their)\s+(?P<year>(?:19|20)\d\d)\s+(?=[a-z])(?!(?:people|persons|"
            r"men|women|children|soldiers|troops|fighters|militants|civilians|residents|"
            r"families|households|refugees|km|kilomet|miles|metres|meters|tonnes|tons)\b)",
        ),
    ),
    (
        # a feast and its year: "on Christmas Eve 2023", "New Year's Day 2024"
        "feast",
        re.compile(
            r"\b(?P<feast>Christmas(?: Eve| Day)?|New Year['’]s(?: Eve| Day)?|Easter(?: Sunday)?)"
            r"\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b"
        ),
    ),
    (
        # ... or without it, the last one before the report: "on New Year's Day"
        "feast",
        re.compile(r"\b(?P<feast>Christmas (?:Eve|Day)|New Year['’]s (?:Eve|Day))\b"),
    ),
    (
        "rel",
        re.compile(
            r"\b(?P<rel>yesterday|today|tonight|overnight|last night|this morning|this afternoon|"
            r"this evening|"
            r"earlier (?:this|in the) week|last week|this week|last month|earlier this year|"
            r"earlier this month|this month|last year|a year ago|"
            r"(?:over|at|during) the weekend|(?:last|this|on the) weekend)\b",
            re.I,
        ),
    ),
]
SMALL = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip


#: A weekday's week told after it ("on Thursday last week").
_OF_LAST_WEEK = re.compile(r"\s+(?:of\s+)?last\s+week\b", re.IGNORECASE)


#: The precision `find_dates` gives a year told alone ("in 2022"); an event dated by one
#: gets time_precision 3, ACLED's coarsest.
YEAR_ONLY = 4
#: How near its trigger a year told alone must be to date it (and of its verb).
YEAR_REACH = 160

#: Feasts with a fixed day.
_FEASTS = {
    "Christmas": (12, 25), "Christmas Day": (12, 25), "Christmas Eve": (12, 24),
    "New Year's": (1, 1), "New Year's Day": (1, 1), "New Year's Eve": (12, 31),
}  # fmt: skip

#: The day of the month an event known only by its month is dated to.
MID_MONTH = 15
#: Verbs of saying: the day one of them is told on is the report's, not the deed's.
SAYING = (
    "said", "says", "reported", "reports", "announced", "stated", "told", "confirmed", "denied",
    "claimed", "added", "disclosed", "revealed", "declared", "indicated",
    # (a charge is told too: "The Islamic Emirate on Tuesday accused Pakistan of carrying out
    # air strikes")
    "accused", "blamed",
)  # fmt: skip


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _past_year(month: int, day: int, anchor: date | None, year: int | None) -> int:
    """The year of a day-month with no year: the anchor's, unless the day falls more than
    NEAR_FUTURE after the anchor (then the year before)."""
    ahead = NEAR_FUTURE if anchor is not None else timedelta(days=1)
    anchor = anchor or date.today()
    if year is not None:
        # "13/04/90": 1990 unless 2090 is no later than next year
        return year if year >= 100 else year + (2000 if 2000 + year <= anchor.year + 1 else 1900)
    candidate = _safe(anchor.year, month, min(day, monthrange(anchor.year, month)[1]))
    return anchor.year if candidate is None or candidate <= anchor + ahead else anchor.year - 1


#: A day-month a few weeks after the report is that day to come ("the elections, scheduled
#: for 25 February", in a report of the 22nd), not last year's: no event's date. (With no
#: publication date, today's anchor: the report tells of days gone by.)
NEAR_FUTURE = timedelta(days=31)


#: A day/month date landing this far before the report, or after it, is likely month/day
#: ("02/03" in a note of 5 February is 3 February, not 2 March to come or of last year).
FAR_BACK = timedelta(days=180)
NEAR_BACK = timedelta(days=60)


def _month_first(found: date, mon: int, day: int, anchor: date) -> date:
    """`found` (day/month), or the month/day reading when only that one is recent."""
    if timedelta(days=-1) <= anchor - found <= FAR_BACK or not 1 <= day <= 12:
        return found
    swapped = _safe(_past_year(day, mon, anchor, None), day, mon)
    if swapped is not None and anchor - swapped <= NEAR_BACK:
        return swapped
    return found


def _resolve(
    kind: str, m: re.Match[str], anchor: date | None, hint: date | None = None
) -> tuple[date, int] | None:
    """`hint`: with no anchor, the latest date the text gives with its year, which places a
    day and month given without one ("on May 22", in a report that names May 27, 2017)."""
    g = m.groupdict()
    year = int(g["year"]) if g.get("year") else None
    if g.get("ly") and (anchor or hint):
        year = (anchor or hint).year - (1 if g["ly"].lower() == "last" else 0)  # type: ignore[union-attr]
    if kind in ("dmy", "mdy", "num"):
        mon = MONTHS.get(g["mon"].lower().rstrip(".")) if kind != "num" else int(g["mon"])
        day = int(g["day"])
        if not mon or not 1 <= mon <= 12 or not 1 <= day <= 31:
            return None
        found = _safe(_past_year(mon, day, anchor or hint, year), mon, day)
        if kind == "num" and year is None and anchor is not None and found is not None:
            found = _month_first(found, mon, day, anchor)
        return (found, 1) if found else None
    if kind == "month":
        # ACLED dates an event known only by its month to the month's middle (13 of the 14
        # month-precision notes in its 2016 Africa file), never after the report
        mon = MONTHS[g["mon"].lower().rstrip(".")]
        y = _past_year(mon, 1, anchor or hint, year)
        if anchor and not year and m.group(0).lower().startswith("last") and mon >= anchor.month:
            y = anchor.year - 1  # "last January", told in January: a year before
        middle = date(y, mon, MID_MONTH)
        return (min(middle, anchor) if anchor and anchor >= date(y, mon, 1) else middle), 3
    if kind == "feast" and year:
        feast = g["feast"].replace("’", "'")
        month, day = _FEASTS.get(feast, (4, 1))  # (Easter: its month, roughly)
        return date(year, month, day), 1 if feast in _FEASTS else 3
    if kind == "feast" and anchor is not None:
        month, day = _FEASTS[g["feast"].replace("’", "'")]
        told = date(anchor.year, month, day)
        return (told if told <= anchor else date(anchor.year - 1, month, day)), 1
    if kind == "year":
        # (the report's own year says nothing of the day; mid-year stands for an earlier one)
        known = anchor or hint
        return (date(year, 7, 1), YEAR_ONLY) if year and known and year < known.year else None
    if anchor is None:
        return None
    if kind == "weekday":
        back = (anchor.weekday() - WEEKDAYS.index(g["wd"].lower())) % 7
        if back == 0 and m.string[max(0, m.start() - 5) : m.start()].lower() == "last ":
            back = 7  # "last Thursday" in Thursday's report: a week before
        if _OF_LAST_WEEK.match(m.string, m.end()):
            # "on Thursday last week": that day of the week before the report's
            monday = anchor - timedelta(days=anchor.weekday() + 7)
            return monday + timedelta(days=WEEKDAYS.index(g["wd"].lower())), 1
        return anchor - timedelta(days=back), 1
    if kind == "ago":
        n = SMALL.get(g["n"].lower()) or (int(g["n"]) if g["n"].isdigit() else None)
        if n is None:
            return None
        unit = g["unit"].lower().rstrip("s")
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit] * n
        return anchor - timedelta(days=days), {"day": 1, "week": 2}.get(unit, 3)
    rel = g["rel"].lower()
    table = {
        "yesterday": (1, 1), "overnight": (1, 1), "last night": (1, 1), "today": (0, 1),
        "tonight": (0, 1), "this morning": (0, 1), "this afternoon": (0, 1),
        "this evening": (0, 1), "earlier this week": (2, 2),
        "earlier in the week": (2, 2), "this week": (0, 2), "last week": (7, 2),
        "last month": (30, 3), "earlier this month": (0, 3), "this month": (0, 3),
        "last year": (365, 3), "a year ago": (365, 3), "earlier this year": (90, 3),
    }  # fmt: skip
    if rel.endswith("weekend"):
        # the Saturday of the weekend just gone, the day ACLED's notes most often give a
        # weekend's event (in the 2016 notes about two to one over the Sunday; a Saturday's
        # report: that day, unless "last weekend"); its two days give the week's precision
        back = (anchor.weekday() - 5) % 7
        if back == 0 and rel.startswith("last"):
            back = 7
        return anchor - timedelta(days=back), 2
    back, precision = table[rel]
    if rel == "earlier this year":
        # (some months back, but in the report's own year)
        return max(anchor - timedelta(days=back), date(anchor.year, 1, MID_MONTH)), precision
    return anchor - timedelta(days=back), precision


#: A date a period runs from ("one of the largest since Milei took office in December
#: 2023"): no day of the event told, unless the event is the one the period runs from
#: ("have made no gains since they captured the town last year").
_SINCE_BEFORE = re.compile(r"\bsince\b[^.;,]{0,50}$", re.IGNORECASE)


#: A span's start told before its end: "since the evening of 18 March ... until".
_A_SPANS_START = re.compile(r"\b(?:since|from)\b[^.;]{0,100}$", re.IGNORECASE)
#: The end of a span told after its deed: "until the early hours of", "into".
_UNTIL_BEFORE = re.compile(
    r"\b(?:until|till|into)\s+(?:the\s+)?(?:(?:early|small|wee)\s+hours\s+of\s+|"
    r"(?:morning|evening|night)\s+of\s+)?$",
    re.IGNORECASE,
)


#: A death in hospital told with its own later day.
_IN_HOSPITAL_ON = re.compile(
    r"\bin (?:a |the )?hospital\s+(?:(?:early|late)\s+)?(?:on\s+)?$", re.IGNORECASE
)
#: A state told as kept up to a day: "remained unknown on", "stayed closed on".
_A_STATE_KEPT = re.compile(
    r"\b(?:remain(?:ed|s)?|stay(?:ed|s)?)\b[^.;,]{0,40}?\s(?:on|by|as of|until)\s+$",
    re.IGNORECASE,
)


def _period_start(text: str, found: Dated, trigger: int) -> bool:
    since = _SINCE_BEFORE.search(text, max(0, found[0] - 60), found[0])
    if since is not None and _OF_WHICH.match(text, found[1]) and found[1] < trigger:
        return False  # "since the uprising of July and August 2024 in which hundreds were
        # killed": the deed of the period's start, dated by it
    return since is not None and not since.start() < trigger < found[0]


#: A clause telling what happened in the time just named ("missing since Sunday evening,
#: when he was forced into a car").
_OF_WHICH = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    # (or the event it dates, and what it did: "since the July 2024 uprising that toppled
    # Sheikh Hasina's government, in which")
    # (its place told between: "since the April 2025 attack in Pahalgam, in which")
    r"(?:\s+[a-z][\w-]*(?:\s+(?:in|at|on|near)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2})?"
    r"(?:\s+(?:that|which)\s+[^.;,]{1,60},)?(?=\s*,?\s*(?:in|during) which))?"
    r"\s*,?\s*(?:in which|during which|when\b"
    # (not a period's start: "Since 21 August, when the campaign of kidnappings began")
    r"(?![^.;]{0,80}\b(?:began|started|erupted|broke out)\b))\b",
    re.IGNORECASE,
)


def _of_a_noun(text: str, found: Dated, trigger: int) -> bool:
    """A date in the possessive names another event by its day ("portraits of relatives
    killed in last year's violence"), unless the trigger is that event ("Sunday's attack")
    or dies in it ("killed in Tuesday's attack")."""
    if not _POSSESSIVE.match(text, found[1]):
        return False
    if _DAYS_DEED.match(text, found[0]) and 0 <= found[0] - trigger <= 30:
        return False  # "people killed in Tuesday's attack": the deaths' own event
    # (the trigger is the possessed noun itself, "Sunday's deadly attack", not a later word:
    # "evacuees from Tuesday's fighting, held a rally")
    return not (found[1] <= trigger and _POSSESSED.fullmatch(text, found[1], trigger))


_POSSESSED = re.compile(r"['’]s?\s+(?:[\w-]+\s+){0,2}")


_POSSESSIVE = re.compile(r"['’]s?\b")


#: A time of the day the sentence's saying names ("that morning"): the deed's day is it.
_THAT_TIME = re.compile(
    r"\b(?:(?:earlier|later) )?that (?:morning|afternoon|evening|night|day)\b|\b(?:earlier|later) "
    r"in the day\b|\bthe same day\b|\b(?:in )?the (?:early|small) hours of the day\b",
    re.IGNORECASE,
)


#: Days a word tells back from the day its sentence says the news was told.
_BEFORE_THE_SAYING = {"yesterday": 1, "overnight": 1, "last night": 1}

#: A date expression found: (start, end, date, precision).
Dated = tuple[int, int, date, int]


def find_dates(text: str, anchor: date | None, hint: date | None = None) -> list[Dated]:
    """(start, end, date, precision) of every date expression in `text`, first first
    (`hint`: as `_resolve`)."""
    out: list[tuple[int, int, date, int]] = []
    for kind, regex in PATTERNS:
        for m in regex.finditer(text):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _, _ in out):
                continue
            if kind == "weekday" and (
                _A_NAME_BEFORE.search(text, max(0, m.start() - 8), m.start())
                or (
                    _A_SURNAME_AFTER.match(text, m.end())
                    and not _A_DAYS_PREPOSITION.search(text, max(0, m.start() - 10), m.start())
                )
            ):
                continue  # a man's name
            resolved = _resolve(kind, m, anchor, hint)
            if resolved is not None:
                out.append((m.start(), m.end(), resolved[0], resolved[1]))
    # a month "of that year" is in the year told last before it ("since the truce took effect
    # in November 2024, apart from a single mortar attack in December of that year")
    out = [_of_that_year(text, f) for f in out]
    # a day by which something stood ("17 bodies had been recovered by Wednesday
    # afternoon", "as of Monday") is no day anything happened on
    out = [f for f in out if not _DEADLINE.search(text, max(0, f[0] - 20), f[0])]
    # the day of a later step of a case or a funeral ("arrested 15 people, who were released
    # on bail on Tuesday evening") is no day of the deed
    out = [f for f in out if not _A_LATER_STEP.search(text, max(0, f[0] - 40), f[0])]
    # "last week" after a weekday only says which week the weekday was ("on the morning of
    # Tuesday last week"), told by the weekday already
    out = [
        f
        for f in out
        if not (
            text[f[0] : f[1]].lower() == "last week"
            and any(
                text[g[0] : g[1]].lower() in WEEKDAYS and _OF_LAST_WEEK.fullmatch(text, g[1], f[1])
                for g in out
            )
        )
    ]
    # a weekday the date follows names that date ("Sunday, 25 February"), not the last Sunday
    named = {start for start, _, _, precision in out if precision == 1}
    out = [
        f
        for f in out
        if not (
            text[f[0] : f[1]].lower() in WEEKDAYS
            and (after := _DATE_AFTER.match(text, f[1])) is not None
            and after.end() in named
        )
    ]
    # "in the night from Thursday to Friday": the small hours fall on the second day
    out = [
        f
        for f in out
        if not (
            text[f[0] : f[1]].lower() in WEEKDAYS
            and _NIGHT_FROM.search(text, max(0, f[0] - 30), f[0])
            and _TO_THE_NEXT.match(text, f[1])
        )
    ]
    # a weekly rite named by its weekday ("during Sunday mass") gives way to a date told
    # with it ("... on Jan. 28, 2024"): it says which day of the week, not which week
    rites = [f for f in out if text[f[0] : f[1]].lower() in WEEKDAYS and _RITE.match(text, f[1])]
    out = [_the_rites_day(text, f, rites) for f in out]
    # (only to a date told with its year, not to a dateline's or a telling's day: "during
    # Friday prayers ..., police said on Sunday")
    if any(f[3] == 1 and f not in rites and _YEAR_TOLD.search(text, f[0], f[1]) for f in out):
        out = [f for f in out if f not in rites]
    return sorted(out)


def _the_rites_day(text: str, found: Dated, rites: list[Dated]) -> Dated:
    """A "last week" told of a weekly rite ("worshippers leaving Friday prayers at the
    mosque last week"): that weekday of last week."""
    start, end, when, _ = found
    if text[start:end].lower() != "last week":
        return found
    for rite in rites:
        if 0 <= start - rite[1] <= RITE_REACH and not re.search(r"[.!?;]", text[rite[1] : start]):
            monday = when - timedelta(days=when.weekday())
            return (
                start,
                end,
                monday + timedelta(days=WEEKDAYS.index(text[rite[0] : rite[1]].lower())),
                1,
            )
    return found


#: How far after a weekly rite's weekday "last week" may tell which week it was.
RITE_REACH = 60

_YEAR_TOLD = re.compile(r"\b(?:19|20)\d\d\b")
#: After a month, the year told before it: "in December of that year", "that same year".
_OF_THAT_YEAR = re.compile(r"\s+(?:of )?(?:that|the same) (?:same )?year\b", re.IGNORECASE)


def _of_that_year(text: str, found: Dated) -> Dated:
    start, end, when, precision = found
    if not _OF_THAT_YEAR.match(text, end):
        return found
    years = _YEAR_TOLD.findall(text, 0, start)
    moved = _safe(int(years[-1]), when.month, when.day) if years else None
    return (start, end, moved, precision) if moved is not None else found


#: Before and after the first day of a night told by both its days.
_NIGHT_FROM = re.compile(r"\bnight (?:from|of|between) $", re.IGNORECASE)
_TO_THE_NEXT = re.compile(
    r"\s+(?:to|and|into)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)
#: A weekly rite or gathering after its weekday's name ("Sunday mass", "Friday prayers").
_RITE = re.compile(
    r"\s+(?:mass|masses|prayers?|services?|sermons?|worship|school|market)\b", re.IGNORECASE
)


#: A later step of a case or a funeral, before its day.
_A_LATER_STEP = re.compile(
    r"\b(?:released|discharged|buried|laid to rest|charged|arraigned|sentenced|remanded|"
    r"bailed)\b(?:\s+(?:on|from)\s+(?:bail|police bail|hospital))?\s+(?:late\s+|early\s+)?"
    r"on\s+$",
    re.IGNORECASE,
)
#: Words before a date by which something stood.
_DEADLINE = re.compile(r"\b(?:by|as of)\s+(?:late\s+|early\s+)?$", re.IGNORECASE)
#: What lies between a weekday and the date it names: "Sunday, 25 February", "Sunday Feb 25".
_DATE_AFTER = re.compile(r",?\s+(?:the\s+)?")


#: A time told again in GMT or UTC, its day before or after local midnight: "(2300 GMT".
_GMT_BEFORE = re.compile(r"\(\s*\d{1,2}:?\d{2}\s*(?:GMT|UTC|ET|EST)\s+(?:on\s+)?$")


def resolve_date(doc: Doc, mention: EventMention, published: date | None) -> EventDate:
    """The event's date: the date expression nearest the trigger, else the publication day."""
    text = text_of(doc)[mention.start : mention.end]
    hint = _latest_with_year(doc) if published is None else None
    found = _unfiled(doc, find_dates(text, published, hint), mention.start)
    trig = mention.trigger.start - mention.start
    found = [
        f
        for f in found
        if not _period_start(text, f, trig)
        and not _of_a_noun(text, f, trig)
        # (nor the end of what began before: "blocked the main road until the early hours of
        # Tuesday")
        and not (
            f[0] > trig
            and _UNTIL_BEFORE.search(text, max(0, f[0] - 40), f[0])
            # (a span told whole is dated by its end, as ACLED dates it: "clashes since the
            # evening of 18 March that lasted until the morning of 19 March")
            and not _A_SPANS_START.search(text, 0, f[0])
        )
    ]
    # (nor the day of another deed a "while" clause tells after it: "had arrested five
    # members of ISKP in Kabul, while a media watchdog said the agency detained a local
    # journalist in Kunduz city three days ago")
    found = [f for f in found if not (f[0] > trig and _WHILE_BETWEEN.search(text, trig, f[0]))]
    # (nor the day a state was still so: "their whereabouts remained unknown on Wednesday")
    found = [
        f
        for f in found
        if not _A_STATE_KEPT.search(text, max(0, f[0] - 60), f[0])
        # (nor the day a wounded victim died in hospital: "a fifth in hospital early on
        # Wednesday")
        and not _IN_HOSPITAL_ON.search(text, max(0, f[0] - 40), f[0])
        # (nor a clock time told in GMT: "shortly after 2 a.m. (2300 GMT Tuesday)")
        and not _GMT_BEFORE.search(text, max(0, f[0] - 20), f[0])
        # (nor the date of a past wave the deed recalls, after it: "killing at least six
        # people and raising fears of a return to the bloodshed that engulfed the region in
        # July 2025")
        and not (f[0] > trig and _RECALLED_BEFORE.search(text, max(trig, f[0] - 120), f[0]))
        # (nor when a state told of the place began: "have recaptured Wajiroko, a community
        # ... that ISWAP fighters had held since November")
        and not (
            f[0] > trig
            and text[f[0] : f[0] + 6].lower() == "since "
            and _HELD_SINCE_BEFORE.search(text, max(trig, f[0] - 100), f[0])
        )
    ]
    found = _years_of_the_deed(doc, mention.start, found, trig)
    if published is not None:
        found = [f for f in found if f[2] <= published + timedelta(days=1)]
    recalled = _recalled_after(doc, mention, published)
    if recalled is not None and all(_of_saying(text, f) for f in found):
        return recalled
    if not found:
        return (
            _shifted(doc, mention, published)
            or _told_for_both(doc, mention, published)
            or _carried(doc, mention, published)
        )
    counted = _weekday_counted(doc, mention, published, found)
    if counted is not None:
        return counted
    # A date in the trigger's own sentence wins over one in a neighbouring sentence.
    # ("Four were killed in Ariha. ... the heaviest raids this month").
    lo, hi = _sentence_bounds(doc, mention.trigger.start)
    # Failing that, a date before it; a later sentence's date frames other things.
    own = [f for f in found if lo <= mention.start + f[0] < hi]
    # (not the day of what ended the deed, told after it: "killing five people and setting
    # off two days of clashes before elders announced a truce on Wednesday")
    own = [
        f
        for f in own
        if not (
            (end_by := _ENDED_BY.search(text, max(0, f[0] - 80), f[0])) is not None
            and end_by.start() > trig
        )
    ] or own
    # (nor a burial's: "We buried more than 40 people on Monday, soldiers and civilians
    # caught in the shooting")
    own = [f for f in own if not _BURIED_BEFORE.search(text, max(0, f[0] - 60), f[0])]
    # "The Front today said that it killed a soldier ... on 11 April": the day of the
    # saying is the report's, when the sentence gives the deed's own
    sayings = [f for f in own if _of_saying(text, f) and f[3] == 1]
    if (
        sayings
        and len(sayings) == len(own)
        and _THAT_TIME.search(text, lo - mention.start, hi - mention.start)
    ):
        # "said on Tuesday that its fighters had captured the headquarters that morning"
        start, end, when, _ = sayings[0]
        s, e = mention.start + start, mention.start + end
        return EventDate(when, 1, Span(s, e, text_of(doc)[s:e]))
    shift = (
        _SHIFT.search(text, max(0, lo - mention.start), hi - mention.start)
        if sayings and len(sayings) == len(own)
        else None
    )
    if shift is not None and shift.start() > sayings[0][1] and _days_shifted(shift, text, trig) < 0:
        # "said on Monday that its fighters had captured the base the previous day": counted
        # back from the saying's day
        when = sayings[0][2] + timedelta(days=_days_shifted(shift, text, trig))
        s, e = mention.start + shift.start(), mention.start + shift.end()
        return EventDate(when, 1, Span(s, e, text_of(doc)[s:e]))
    # (nor a funeral's: "on Wednesday buried three quarry workers who were shot dead when
    # gunmen stormed the settlement late on Sunday")
    told = [f for f in own if not _of_saying(text, f) and not _BURIED_AFTER.match(text, f[1])]
    if own and not told and published is not None:
        named = _named_by_its_day(doc, mention, published)
        if named is not None:
            return named  # "The toll from an attack ... rose to 11, police said on
            # Wednesday" ... "seven miners killed in Sunday's attack"
    if (
        own
        and not told
        and (
            _pluperfect(doc, mention.trigger.start, mention.trigger.end)
            # (or a deed its telling's source follows: "stormed the position at Alfakoara
            # ..., according to a statement read ... on Wednesday")
            or all(
                f[0] > trig and _ACCORDING_BEFORE.search(text, max(trig, f[0] - 100), f[0])
                for f in own
            )
            # (or a toll of the deed told before: "Two soldiers also died in the clash, the
            # ministry said in a statement on Wednesday")
            or _IN_THE_DEED_TOLD.search(text, max(0, lo - mention.start), hi - mention.start)
        )
        # (not a sentence opening on its day: "On Sunday, the army said it had repelled a
        # large RSF assault" is Sunday's news of Sunday's fight, as ACLED dates it)
        and all(mention.start + f[0] - lo > FRONTED_REACH for f in own)
        # (nor a telling dated by its month: "said last month it had dismantled a cell" was
        # done by then)
        and all(f[3] == 1 for f in own)
        # (with no day told before it, the telling's day: "Russia's Defence Ministry said on
        # Tuesday that its troops had 'liberated' the village", its news that day)
        and _carried_before(doc, mention, published, lo, min(f[2] for f in own))
    ):
        # "told state media on Saturday that the air force had struck a gathering of
        # terrorists": a deed before the telling, dated as the report dated it before
        own = []
    own = told or own
    # (not a day of a clause describing someone: "the mission that replaced the Kenyan-led
    # force last year, fought the gangs ... on Tuesday afternoon")
    # (when every day told is such a clause's, the deed's day is carried from before it:
    # "protesters gathered ..., carrying the face of a teacher who died in a police cell on
    # November 22")
    trigger = mention.trigger.start
    # (a death so told is a crowd's grievance, not the crowd's day; a killing's own victim
    # "who was shot dead ... on Saturday night" dates it)
    grievance = mention.event_type in ("Protests", "Riots")
    own = [f for f in own if not _describing(doc, mention.start + f[0], trigger)] or [
        f
        for f in own
        # (a day only: "who was shot by an officer in Nanterre in June 2023" still dates
        # the riots it recalls to then)
        if not (
            grievance and f[3] == 1 and _describing(doc, mention.start + f[0], trigger, who=True)
        )
    ]
    # (a day told of the trigger itself wins over a nearer one: "overran the headquarters
    # on Tuesday, following clashes that began early on Monday")
    own = [f for f in own if _of_the_trigger(doc, mention.start + f[0], trigger)] or own
    before = [f for f in found if mention.start + f[0] < lo]
    # (not the day of a telling before it, when a deed's day was told: "Also on Tuesday,
    # security forces killed six militants, ISPR said on Wednesday. One soldier was also
    # killed in the exchange of fire")
    before = [f for f in before if not _of_saying(text, f)] or before
    # (nor another deed's, named by its day: "On Sunday, forces surrounded a house where
    # members linked to Friday's bombing were hiding. A gunfight lasted an hour")
    before = [f for f in before if not _POSSESSIVE.match(text, f[1])] or before
    # (nor a relative clause's: "marched on Wednesday to protest against a rise in the
    # price of petrol, which the government raised last week. Police fired tear gas")
    told_before = [f for f in before if not _describing(doc, mention.start + f[0], trigger)]
    if before and not told_before and not own and mention.event_type in ("Protests", "Riots"):
        # (only a grievance's day before a crowd's deed: "followed the death of a man who set
        # himself on fire last week. Protesters burned tyres": the day carried from before)
        return _carried(doc, mention, published)
    before = told_before or before
    if not (own or before):
        return _carried(doc, mention, published)
    if not own and all(
        _of_saying(text, f)
        # (not a sentence opening on the telling's day: "On Wednesday, the ministry said a
        # patrol had been attacked" is that day's news of that day's deed, as ACLED dates it)
        and mention.start + f[0] - _sentence_bounds(doc, mention.start + f[0])[0] > FRONTED_REACH
        for f in before
    ):
        # (only a telling's day before it: "In a communique read on Wednesday evening, the
        # ministry said terrorists had attacked the position. Air support then pursued the
        # attackers": the attack's day, told before the telling)
        carried = _carried(doc, mention, published)
        if carried.span is not None and carried.date not in {f[2] for f in before}:
            return carried
    start, end, when, precision = min(own or before, key=lambda f: (abs(f[0] - trig), f[0]))
    years = [f for f in own if f[0] != start and _YEAR_TOLD.search(text, f[0], f[1])]
    if text[start:end].lower() == "overnight" and years:
        # "In June 2025, more than 100 people were killed in an overnight attack": the night
        # of the month the sentence names
        start, end, when, precision = years[0]
    back = _BEFORE_THE_SAYING.get(text[start:end].lower())
    days = [f for f in own if f[0] != start and f[3] == 1 and f not in sayings]
    if text[start:end].lower() == "overnight" and days:
        # "re-entered Merawi on Monday afternoon after the militia withdrew overnight": the
        # night before the day the sentence tells
        when = days[0][2]
    elif back is not None and sayings and sayings[0][0] != start:
        # "killed overnight, officials said on Wednesday": the night before the saying
        when = sayings[0][2] - timedelta(days=back)
    s, e = mention.start + start, mention.start + end
    return EventDate(when, min(precision, 3), Span(s, e, text_of(doc)[s:e]))


#: The dead buried or mourned right after a date.
_BURIED_AFTER = re.compile(
    r",?\s+(?:buried|mourned|laid (?:\w+ )?to rest|held (?:a |the )?funerals?|attended (?:a |the )?"
    r"funerals?)\b",
    re.IGNORECASE,
)
#: ... or before it: "We buried more than 40 people on Monday".
#: (the dead, not a bomb "buried under the main highway near Rutba on Wednesday")
_BURIED_BEFORE = re.compile(
    r"\b(?:buried|mourned|laid (?:\w+ )?to rest) (?:[\w-]+ ){0,4}?(?:people|dead|bodies|"
    r"victims|soldiers|civilians|men|women|children|them|him|her)\b[^.;:]{0,30}\bon\s+$"
)


def _carried_before(
    doc: Doc, mention: EventMention, published: date | None, lo: int, told: date
) -> bool:
    """Whether the report told a day before the sentence at `lo` that a deed told in it on
    the day `told` may go on from: not one of its own other clause ("a grenade wounded five
    in Srinagar on Tuesday evening, police said, while the Army said on Wednesday it had
    foiled an infiltration bid": no Tuesday's), nor one after the telling ("withdrawn, the
    military said on Tuesday ... Russia's defence ministry said on Sunday that its forces
    had taken control": no Tuesday's)."""
    if _A_PLACE_OPENS.match(text_of(doc), lo):
        return False  # ("In Kumbo, the army said on Tuesday that soldiers had raided a camp":
        # another incident, dated by its telling, not by the day told of the last one)
    if _A_PLACES_TELLER_OPENS.match(text_of(doc), lo):
        return False  # ("Police in Marrupa, to the south, said on Monday that they had
        # arrested four men": another place's news, dated by its telling)
    if _ANOTHER_OPENS.match(text_of(doc), lo):
        return False  # ("Separately, the SDF said on Tuesday it had arrested four suspected
        # Islamic State members": another deed, dated by its telling)
    carried = _carried(doc, mention, published)
    return (
        carried.span is not None
        and carried.span.start < lo
        and carried.date is not None
        and carried.date <= told
        and not _another_deeds_day(doc, mention, carried.span.start, lo)
    )


def _another_deeds_day(doc: Doc, mention: EventMention, day: int, lo: int) -> bool:
    """The day at `day`, in a paragraph before the sentence at `lo`, is that of a deed of
    another kind only ("... clashed with members of the VDP in Gayeri on Saturday. Burkina
    Faso's army said Tuesday that its troops had retaken control of Madjoari")."""
    text = text_of(doc)
    if paragraph_start(text, day) == paragraph_start(text, lo):
        return False
    sent = next((s for s in doc.sents if s.start_char <= day < s.end_char), None)
    if sent is None:
        return False
    kinds = {
        t.sub_event_type
        for t in find_triggers(doc, sent)
        if t.status == "asserted" and t.sub_event_type
    }
    # (an attack on a post told again as the fight it was is the same deed: "attacked an
    # army post late on Tuesday ... Fighters stormed the position and fought troops")
    fights = {"Armed clash", "Attack"}
    return bool(kinds) and not (
        mention.sub_event_type in kinds or (mention.sub_event_type in fights and kinds & fights)
    )


#: A sentence opening on a teller in a place of its own: "Police in Marrupa, to the south,
#: said on Monday".
_A_PLACES_TELLER_OPENS = re.compile(
    r"\s*(?:[A-Z][\w'’-]+ ){1,3}in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}"
    r"(?:, (?:to the|in the|further) [\w -]{2,30},)? (?:said|says|told|reported|announced)\b"
)
#: A sentence opening on a place of its own: "In Kumbo, in the Bui division, ...".
_A_PLACE_OPENS = re.compile(
    r"\s*(?:Also |Elsewhere |Meanwhile )?(?:in|In) [A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2},"
)


#: A sentence opening on another deed's telling: "Separately, ...", "In another development".
_ANOTHER_OPENS = re.compile(
    r"\s*(?:Separately|Elsewhere|In (?:a |an )?(?:separate|another|unrelated) "
    r"(?:development|incident|statement|operation|case)),"
)


#: How far into its sentence a date may start and still open it ("On Sunday, ...").
FRONTED_REACH = 12


def _pluperfect(doc: Doc, start: int, end: int) -> bool:
    """Whether the trigger between `start` and `end` is a verb told in the past perfect
    ("the air force had struck")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and any(
        t.tag_ == "VBN"
        and any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in t.children)
        for t in span
    )


#: A deed named by its day: "Sunday's attack", "Friday's bombing on the camp".
_DAYS_DEED = re.compile(
    rf"\b(?P<wd>{'|'.join(WEEKDAYS)})['’]s\s+(?:[\w-]+\s+){{0,2}}?(?:attacks?|raids?|bombings?|"
    r"ambush|massacre|strikes?|killings?|assault|clash(?:es)?|blast|explosion|shooting)\b",
    re.IGNORECASE,
)


#: Words before a deed named by its day that make it another deed than the passage's
#: ("would hunt down the cells behind Sunday's attack").
_TIED_TO = re.compile(
    r"\b(?:(?:linked|tied|connected|related) to|(?:blamed|responsible) for|in (?:retaliation|"
    r"revenge|response) (?:for|to)|since|following|after|behind)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: The deed told again with its day: "The strike hit the market in Kyauktaw town on Saturday
#: evening", "The attack took place late on Friday".
_DEED_ON_ITS_DAY = re.compile(
    r"(?<![^\s])The (?:air |drone )?(?:strike|attack|bombing|blast|explosion|raid|ambush|"
    r"assault|massacre|shelling) (?:[\w-]+ ){0,2}?(?:hit|struck|took place|happened|occurred|"
    r"targeted|began|started|came|(?:was |were )?(?:carried out|conducted|launched|staged))\b"
    r"[^.;]{0,80}?\b(?:on|late on|early on) "
    rf"(?P<wd>{'|'.join(WEEKDAYS)})\b",
    re.IGNORECASE,
)


def _named_by_its_day(doc: Doc, mention: EventMention, published: date) -> EventDate | None:
    """A passage dated only by its telling, whose deed the report names later by its day
    ("Sunday's attack") or tells again with it ("The strike hit ... on Saturday evening")."""
    whole = text_of(doc)
    # (not another deed the passage ties its own to: "the group was linked to Saturday's
    # assault")
    named = (
        m
        for m in _DAYS_DEED.finditer(whole, mention.start)
        if not _TIED_TO.search(whole, max(0, m.start() - 30), m.start())
    )
    found = next(named, None) or _DEED_ON_ITS_DAY.search(whole, mention.end)
    if found is None:
        return None
    resolved = _resolve("weekday", found, published)
    if resolved is None:
        return None
    s, e = found.start("wd"), found.end("wd")
    return EventDate(resolved[0], 1, Span(s, e, whole[s:e]))


def _told_for_both(doc: Doc, mention: EventMention, published: date | None) -> EventDate | None:
    """A passage cut from its sentence's first clause, whose day the last clause tells for
    both ("Two militants were killed in Kishtwar, while four Maoists were gunned down in a
    separate gunfight in Bijapur on Tuesday")."""
    lo, hi = _sentence_bounds(doc, mention.trigger.start)
    if not lo <= mention.start or mention.end >= hi - 1:
        return None
    rest = text_of(doc)[mention.end : hi]
    days = [f for f in find_dates(rest, published) if f[3] == 1]
    if published is not None:
        days = [f for f in days if f[2] <= published]
    if len(days) != 1:
        return None
    start, end, when, _ = days[0]
    s, e = mention.end + start, mention.end + end
    return EventDate(when, 1, Span(s, e, text_of(doc)[s:e]))


def _years_of_the_deed(doc: Doc, offset: int, found: list[Dated], trigger: int) -> list[Dated]:
    """Years told alone that date the trigger's own verb, and only where its sentence names
    no day or month ("a tomb of those killed by Italian troops in 1915 was destroyed")."""
    lo, hi = _sentence_bounds(doc, offset + trigger)
    if any(f[3] < YEAR_ONLY and lo <= offset + f[0] < hi for f in found):
        return [f for f in found if f[3] < YEAR_ONLY]
    deed = _verb_of(doc, offset + trigger)
    return [
        f
        for f in found
        if f[3] < YEAR_ONLY
        or (
            abs(f[0] - trigger) <= YEAR_REACH
            and (
                _one_deed(doc, _verb_of(doc, offset + f[1] - 1), deed)
                or _told_within(doc, _verb_of(doc, offset + f[1] - 1), deed)
            )
        )
        # a year opening the sentence dates all it tells ("In 2024, fighting in the region
        # forced thousands of residents ... to flee")
        or (offset + f[0] - lo <= FRONTED_REACH and _FRONTED_YEAR.match(text_of(doc), lo))
        # the years of a series its examples follow ("deadly attacks in 2015-2017,
        # including the bombing of a peace rally in Ankara that killed more than 100")
        or (0 < trigger - f[1] <= YEAR_REACH and _EXAMPLES.match(text_of(doc), offset + f[1]))
    ]


#: A sentence opening on a year: "In 2024,", "In early 2023,".
_FRONTED_YEAR = re.compile(
    # (or with no comma: "In 2024 the Segunda Marquetalia split")
    r"\s*(?:In|By|During) (?:early |late |mid-)?(?:19|20)\d\d(?:,|\s+(?=(?:the|a|an)\s|[A-Z]))"
)
#: After a series told with its years, the examples that follow.
_EXAMPLES = re.compile(
    r"(?:\s*[-–]\s*\d{2,4})?,?\s+(?:including|such as|among them)\b", re.IGNORECASE
)


def _one_deed(doc: Doc, verb: int | None, deed: int | None) -> bool:
    """The same verb, or two verbs joined in one telling ("killed more than 80 people and
    displaced tens of thousands in early 2025")."""
    if verb is None or deed is None:
        return verb == deed
    return _clause_head(doc[verb]) == _clause_head(doc[deed], opening=True)


def _told_within(doc: Doc, verb: int | None, deed: int | None) -> bool:
    """The trigger's verb is in a clause describing a thing the dated verb tells of, so it
    is no later than it ("defaulted on its debt in 2022 amid a currency crisis that
    triggered months of street protests")."""
    if verb is None or deed is None or verb == deed:
        return False
    token = doc[deed]
    while token.i != verb and token.head.i != token.i:
        if token.dep_ == "relcl":
            return doc[verb] in token.ancestors
        token = token.head
    return False


def _clause_head(token: Token, *, opening: bool = False) -> int:
    """The verb a coordinated verb hangs on; with `opening`, also the verb a sentence's
    opening gerund is parsed as hanging on ("Fighting between the ELN and ... killed")."""
    while token.dep_ == "conj" or (
        opening and token.dep_ == "advcl" and token.i == token.sent.start
    ):
        token = token.head
    return token.i


#: What a clause describing a person may tell of them, a deed of its own: "a teacher who
#: died in a police cell on November 22".
#: (not an arrest: "assaulted detainees, who were arrested during protests on 15 April" is
#: dated by it, as ACLED's notes do)
_OWN_FATE = frozenset({"die", "kill", "shoot", "murder", "lynch", "execute"})


def _describing(doc: Doc, char: int, trigger: int, *, who: bool = False) -> bool:
    """The word at `char` is in a relative clause other than the trigger's (with `who`, one
    describing a person: "a teacher who died in a police cell on November 22")."""
    verb = _verb_of(doc, char)
    own = _verb_of(doc, trigger)
    return (
        verb is not None
        and verb != own
        # (the trigger's own clause tells it: "militants who ambushed an Army truck ... in
        # April 2023, killing five soldiers")
        and not (own is not None and doc[verb] in doc[own].ancestors)
        and doc[verb].dep_ == "relcl"
        # (a clause describing the trigger itself tells its day: "following clashes that
        # began early on Monday")
        and not (
            doc[verb].head.idx <= trigger < doc[verb].head.idx + len(doc[verb].head)
            and not any(c.lower_ in ("who", "whom") for c in doc[verb].children)
        )
        and (
            not who
            or (
                any(c.lower_ in ("who", "whom") for c in doc[verb].children)
                # (a death or an arrest of its own, not the doers' coming: "The gunmen, who
                # arrived at about 11 p.m. on Tuesday, went from house to house")
                and doc[verb].lemma_.lower() in _OWN_FATE
                and doc[verb].head.dep_ not in ("nsubj", "nsubjpass")
            )
        )
    )


def _of_the_trigger(doc: Doc, char: int, trigger: int) -> bool:
    """The word at `char` is in a relative clause describing the trigger's noun ("clashes
    that began early on Monday")."""
    verb = _verb_of(doc, char)
    if verb is None or doc[verb].dep_ != "relcl":
        return False
    head = doc[verb].head
    return (
        head.pos_ == "NOUN"
        and head.idx <= trigger < head.idx + len(head)
        # (not a person's clause the parser hung on it: "a march ... in memory of journalist
        # El Hadj Mohamed Diallo who was shot dead last week")
        and not any(c.lower_ in ("who", "whom") for c in doc[verb].children)
    )


def _verb_of(doc: Doc, char: int) -> int | None:
    """The index of the verb the word at `char` belongs to: itself, or its nearest verb
    above."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    token: Token | None = span.root if span is not None else None
    while token is not None and token.pos_ not in ("VERB", "AUX"):
        token = None if token.head.i == token.i else token.head
    return token.i if token is not None else None


_SAYING_BEFORE = re.compile(
    rf"\b(?:{'|'.join(SAYING)})\s+(?:(?:in|to|at) (?:a |an |the )?[\w-]+\s+)?(?:on\s+|that\s+)?$",
    re.IGNORECASE,
)  # "said on Monday", "said in a statement on Monday"
#: "told state media in Naypyitaw on Saturday", "told reporters in Kabul on Monday".
_TOLD_AN_AUDIENCE = re.compile(
    r"\b(?:told|briefed|addressed) (?:(?:(?:a|an|the) )?(?:state |local |foreign |private |"
    r"national |the )*(?:media|reporters|journalists|press|television|radio|newspaper|"
    r"broadcaster)(?: (?:channel|station|network|agency))?|(?:a|the) (?:news|press) conference|"
    r"[A-Z][\w.]+(?: [A-Z][\w.]+){0,3})"
    r"(?: in [A-Z][\w'’-]+)?,? (?:on )?$"
)
_SAYING_AFTER = re.compile(rf"^\s*,?\s+(?:{'|'.join(SAYING)})\b", re.IGNORECASE)
#: A telling's source after the deed: "..., according to a statement read by ... on".
_ACCORDING_BEFORE = re.compile(r"\baccording to (?:a|an|the) [^.;]*$")
#: "In a statement read on state broadcaster RTB on Monday evening": a statement's day.
_STATEMENT_ON = re.compile(
    r"\b(?:statement|communiqu[eé]|message|video|address)\s+(?:read|broadcast|aired|issued|"
    r"released|published|posted|circulated)\s+(?:(?:on|by) (?:[\w-]+ ){1,4}){0,2}on\s+$",
    re.IGNORECASE,
)


#: A clause of another deed after the trigger's: ", while a media watchdog said".
_WHILE_BETWEEN = re.compile(
    r",\s+(?:while|whereas)\s+(?:[\w'’()-]+\s+){0,6}?(?:said|says|reported)\b"
)
#: A paragraph opening on a quotation mark (past a dateline: 'JALALABAD (Pajhwok): "We
#: have been following this network').
_QUOTE_OPENS = re.compile(
    r"\s*(?:[A-Z][A-Z'’ .-]{2,40}(?:,[^\n\"“]{1,40}?)?\s*(?:\([^)\n]{1,30}\))?\s*[:—–-]+\s*)?"
    r"[\"“‘]"
)


def _recalled_after(doc: Doc, mention: EventMention, published: date | None) -> EventDate | None:
    """A deed told in a paragraph of quotation, the next paragraph telling what was
    described and when: that day."""
    text = text_of(doc)
    at = mention.trigger.start
    if not _QUOTE_OPENS.match(text, paragraph_start(text, at)):
        return None
    end = text.find("\n\n", at)
    # the paragraph after it telling what was described: "Hamd was describing an operation
    # by Islamic Emirate forces on Tuesday", to its sentence's end
    told = RECALLED.match(text, end) if end != -1 else None
    if told is None:
        return None
    stop = text.find(".", told.end())
    sentence = text[told.start() : len(text) if stop == -1 else stop]
    found = [f for f in find_dates(sentence, published) if not _of_saying(sentence, f)]
    if not found or (published is not None and found[0][2] > published):
        return None
    start, stop, when, precision = found[0]
    s, e = told.start() + start, told.start() + stop
    return EventDate(when, precision, Span(s, e, text[s:e]))


def _of_saying(text: str, found: Dated) -> bool:
    """Whether a date tells when something was said ("said today", "on Monday reported")."""
    start, end = found[0], found[1]
    return bool(
        _SAYING_BEFORE.search(text[max(0, start - 30) : start])
        or _TOLD_AN_AUDIENCE.search(text[max(0, start - 60) : start])
        or _STATEMENT_ON.search(text[max(0, start - 80) : start])
        or _SAYING_AFTER.match(text[end : end + 30])
        or (
            _OPENING_ON.search(text[max(0, start - 12) : start])
            and _FRONTED_SAYING.match(text[end : end + 120])
        )
    )


#: A deed told before, by its definite noun: "died in the clash", "during the attack".
_IN_THE_DEED_TOLD = re.compile(
    r"\b(?:in|during) the (?:clash|clashes|fighting|attack|ambush|raid|battle|assault|gunfight|"
    r"firefight|shoot-?out|exchange of fire|blast|explosion|bombing)\b",
    re.IGNORECASE,
)
#: A sentence opening with its date ("On Saturday, the ministry said its forces had ..."):
#: the day of the saying, when a verb of saying follows its subject.
_OPENING_ON = re.compile(r"(?:^|[.!?\n]\s*)[Oo]n\s+$")
_FRONTED_SAYING = re.compile(
    rf"^\s*,\s+(?:[\w'’()-]+\s+){{1,12}}?(?:{'|'.join(SAYING)})\b(?!\s+to\b)", re.IGNORECASE
)


#: How far back a date told earlier in the report may still date a later passage: further
#: back it is the story's background ("took Ramadi a year ago"), not this event's day.
CARRY_DAYS = 14


def _carried(
    doc: Doc, mention: EventMention, published: date | None, *, shifts: bool = True
) -> EventDate:
    """A passage with no date of its own happened on the day the report last named before
    it ("On 8 April fighting broke out near the hotel. Two guards were killed."); with
    none, the publication day (approximate)."""
    if published is None:
        return EventDate(None, 2, None)
    before = text_of(doc)[: mention.start]
    earlier = [
        f
        for f in _unfiled(doc, find_dates(before, published), 0)
        if f[3] == 1 and timedelta(0) <= published - f[2] <= timedelta(days=CARRY_DAYS)
    ]
    # the day a statement was made is no deed's ("killed 11 soldiers on Sunday, the army
    # said on Monday. The assailants attacked ..."), unless no other day was told
    earlier = [f for f in earlier if not _of_saying(before, f)] or earlier
    # (nor another deed's day, named as whose it was: "members linked to Friday's bombing")
    earlier = [f for f in earlier if not _POSSESSIVE.match(before, f[1])] or earlier
    # (nor the day of what ended it: "two days of fighting before elders announced a truce
    # on Wednesday. The vans were travelling ..." goes on from the attack's Sunday)
    earlier = [
        f for f in earlier if not _ENDED_BY.search(before, max(0, f[0] - 80), f[0])
    ] or earlier
    if mention.event_type in ("Protests", "Riots") and not _SAME_DAY_OPENING.match(
        text_of(doc), _sentence_bounds(doc, mention.trigger.start)[0]
    ):
        # a crowd's passage goes on from the day a crowd was last told of, not from the
        # day of the death it rose over ("died in a police cell on Nov. 18" ... "In
        # Kisumu, young men blocked roads")
        earlier = [f for f in earlier if _tells_a_crowd(doc, f[0])] or earlier
    if not earlier:
        return EventDate(published, 2, None)
    start, end, when, precision = earlier[-1]
    shift = next(_SHIFT.finditer(before, end), None) if shifts else None
    if shift is not None and _SENTENCE_OPENS.search(before, 0, shift.start()):
        # ("on Tuesday ... The following day, troops carried out an operation ... after
        # the firefight, soldiers shot dead a farmer": the day the shift told)
        moved = when + timedelta(days=_days_shifted(shift, before, len(before)))
        if moved <= published:
            return EventDate(moved, 1, Span(shift.start(), shift.end(), shift.group()))
    return EventDate(when, precision, Span(start, end, text_of(doc)[start:end]))


#: A later deed a clause ends on ("before elders announced a truce on"), not a time of day
#: ("before dawn on").
_ENDED_BY = re.compile(
    r"\b(?:before|until|till)\s+(?:(?!dawn|daybreak|sunrise|noon|midnight)[\w'’-]+\s+){0,3}"
    r"[a-z]+ed\s+(?:[\w'’-]+\s+){0,4}(?:on\s+)?$"
)


#: A sentence opening on the same day as the one before: "Hours later, ...", "That evening".
_SAME_DAY_OPENING = re.compile(
    r"\s*(?:(?:(?:a few|several|some|two|three|four) )?(?:hours|minutes) later|later (?:that|the "
    r"same) (?:day|evening|night|afternoon)|that (?:evening|night|afternoon)|shortly (?:after|"
    r"afterwards))\b",
    re.IGNORECASE,
)


#: A sentence's opening, right before what it opens with.
_SENTENCE_OPENS = re.compile(r"(?:^|[.!?\n][\"”’]?)\s*$")

#: Words of a crowd's protest or riot.
_CROWD = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|march\w*|rall(?:y|ies|ied)|riot\w*|tear ?gas|crowds?|"
    r"mobs?|unrest|disturbances?|clash\w*|loot\w*|barricad\w*|block(?:ed|ing|ades?)|stones|"
    r"(?<!drone )(?<!air )(?<!missile )(?<!rocket )strikes?|sit-?ins?|"
    # ("a smaller group of several hundred people returned to the parliament building")
    r"(?:several |a few )?(?:hundreds?|thousands?|dozens?|scores) (?:of )?people|"
    r"(?:a|another) (?:smaller |small |large |larger )?group of)\b",
    re.IGNORECASE,
)


#: A clause telling a state since a day: "that ISWAP fighters had held (since November)".
_HELD_SINCE_BEFORE = re.compile(r"\b(?:that|which|who)\b[^.;]*$", re.IGNORECASE)
#: A past wave the deed is told as recalling: "fears of a return to the bloodshed that".
_RECALLED_BEFORE = re.compile(
    r"\b(?:fears? of (?:an? |the )?(?:return to|repeat of|repetition of)|a return to)\b[^.;]*$",
    re.IGNORECASE,
)


def _tells_a_crowd(doc: Doc, char: int) -> bool:
    lo, hi = _sentence_bounds(doc, char)
    return bool(_CROWD.search(text_of(doc), lo, hi))


#: A day told from the one the report told last ("Two days earlier, an IED hit a bus", "the
#: next day"); not from another event it names ("the day before the election").
_SHIFT = re.compile(
    r"\b(?:(?P<n>\d|a|an|one|two|three|four|five|six|seven) days? (?P<way>earlier|before|"
    r"later|after(?:wards)?)|the (?P<rel>next|following|previous|preceding) day|the day "
    r"(?P<rel2>before|after)|"
    # ("The attack came a week after separatists kidnapped a traditional ruler")
    r"(?P<weeks>a|one|two|three) weeks? (?P<wway>earlier|before|later|after))"
    r"\b(?! (?:the|a|an|his|her|their|its|this|that)\b)",
    re.IGNORECASE,
)
#: The day a shift names right after it ("Two days later, on Tuesday").
_ITS_DAY_AFTER = re.compile(
    rf",?\s+(?:on\s+)?(?:(?P<wd>{'|'.join(WEEKDAYS)})|[0-3]?\d\s+{_MON}|"
    rf"{_MON.replace('?P<mon>', '')}\s+[0-3]?\d\b)",
    re.IGNORECASE,
)
#: A clause after "after", not a pause: "a day after KDF soldiers discovered".
#: (or one told by its teller: "a day after police said they had foiled another attack")
_A_CLAUSE = re.compile(r" (?-i:[A-Z])|\s+[a-z]+ (?:[a-z]+ )?(?:[a-z]+ed|said|had|was|were)\b")
#: Number words ("two days earlier"), as the toll counter reads them (numbers.json).
_DAYS: dict[str, int] = load_json("numbers.json")["units"]


def _shifted(doc: Doc, mention: EventMention, published: date | None) -> EventDate | None:
    """A passage dated from the day told before it, shifted as its sentence says."""
    lo, hi = _sentence_bounds(doc, mention.trigger.start)
    # (or the passage's or paragraph's opening: "The following day, troops carried out an
    # operation in Batibo. ... soldiers had 'neutralised two terrorists' in an exchange of
    # fire")
    paragraph = paragraph_start(text_of(doc), mention.trigger.start)
    m = _SHIFT.search(text_of(doc), min(lo, mention.start, paragraph), hi)
    if m is not None and m.start() < lo and not _SENTENCE_OPENS.search(text_of(doc), 0, m.start()):
        # (before the trigger's sentence, only a shift opening a sentence dates it: not
        # "Al Shabaab fighters left the town already two days before")
        m = _SHIFT.search(text_of(doc), lo, hi)
    if m is None:
        return None
    base = _carried(doc, mention, published, shifts=False)
    if base.date is None or base.span is None or base.precision != 1:
        return None  # no day told before: nothing to count from
    when = base.date + timedelta(days=_days_shifted(m, text_of(doc), mention.trigger.start))
    named = _ITS_DAY_AFTER.match(text_of(doc), m.end())
    if (
        named is not None
        and named.group("wd")
        and WEEKDAYS[when.weekday()] != named.group("wd").lower()
    ):
        # (a shift the sentence names the day of, counted from another day than the one
        # carried: "Two days later, on Tuesday", after Sunday's deed and a Tuesday told since)
        return None
    if published is not None and when > published:
        return None
    # (weeks counted give the day roughly: the week's precision)
    return EventDate(when, 2 if m.group("weeks") else 1, Span(m.start(), m.end(), m.group()))


def _weekday_counted(
    doc: Doc, mention: EventMention, published: date | None, found: list[Dated]
) -> EventDate | None:
    """A weekday told right after a shift from the day before ("Two days later, on
    Thursday", after Tuesday's attack): the day the shift counts to, when it is that weekday
    (in a report published on a Thursday, not the report's own day)."""
    text = text_of(doc)[mention.start : mention.end]
    for start, _, _, precision in found:
        if precision != 1 or not text[start:].lower().startswith(tuple(WEEKDAYS)):
            continue
        shift = _SHIFT_BEFORE.search(text, max(0, start - 40), start)
        if shift is None:
            continue
        shifted = _shifted(doc, mention, published)
        if (
            shifted is not None
            and shifted.date is not None
            and text[start:].lower().startswith(WEEKDAYS[shifted.date.weekday()])
        ):
            return shifted
    return None


#: A shift from the day told before, right before a weekday it names.
_SHIFT_BEFORE = re.compile(_SHIFT.pattern + r",?\s+(?:on\s+)?$", re.IGNORECASE)


def _days_shifted(m: re.Match[str], text: str, deed: int) -> int:
    """How many days a shift ("two days earlier", "the following day") moves from the day
    told before, negative for earlier; `deed` is where the deed it dates is told."""
    word = (m.group("n") or "").lower()
    days = int(word) if word.isdigit() else _DAYS.get(word, 1)
    if m.group("weeks"):
        days = 7 * _DAYS.get(m.group("weeks").lower(), 1)
    way = (m.group("way") or m.group("wway") or "").lower()
    back = way in ("earlier", "before") or (
        (m.group("rel") or m.group("rel2") or "").lower() in ("previous", "preceding", "before")
    )
    if way == "after" and deed > m.end() and _A_CLAUSE.match(text, m.end()):
        # "The blast came a day after KDF soldiers discovered an IED": the deed the "after"
        # clause tells is the day before the one told
        back = True
    return -days if back else days


def _latest_with_year(doc: Doc) -> date | None:
    """The latest date the text gives with its year ("May 27, 2017", "in March 2019"); read
    once per document (every passage of a report with no publication date asks)."""
    if _LATEST_KEY not in doc.user_data:
        text = text_of(doc)
        years = [
            resolved[0]
            for kind, regex in PATTERNS
            if kind in ("dmy", "mdy", "num", "month")
            for m in regex.finditer(text)
            if m.groupdict().get("year") and (resolved := _resolve(kind, m, None)) is not None
        ]
        doc.user_data[_LATEST_KEY] = max(years, default=None)
    latest: date | None = doc.user_data[_LATEST_KEY]
    return latest


_LATEST_KEY = "eventwire.latest_dated"


def _unfiled(doc: Doc, found: list[Dated], offset: int) -> list[Dated]:
    """Dates found (at `offset` in the text) less those of datelines ("KYIV, Oct 5
    (Reuters) -"): the day a report was filed is no event's."""
    filed = dateline_spans(text_of(doc))
    return [f for f in found if not any(a <= offset + f[0] < b for a, b in filed)]


def _sentence_bounds(doc: Doc, char: int) -> tuple[int, int]:
    """Character bounds of the sentence holding `char` (the whole text if none)."""
    for sent in doc.sents:
        if sent.start_char <= char < sent.end_char:
            return sent.start_char, sent.end_char
    return 0, len(text_of(doc))
