"""The government a state's forces served on the day of an event, in ACLED's style.

ACLED writes the period of the government after the name of its forces: the Nigerian army
in March 2016 is "Military Forces of Nigeria (2015-)" in a report of 2016 and "(2015-2023)"
in one written after May 2023; in 2024 it is "Military Forces of Nigeria (2023-)". Missions
carry their years too. The periods are a table (``data/events/regimes.tsv``); a country the
table does not list keeps the plain name.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources

from ..records import Actor, ActorCoding

#: A state's forces as the actor coder names them; a name that already carries years is
#: left as it is. (a unit ACLED names after its state's forces and their years: "Military
#: Forces of Iraq (2022-) Popular Mobilization Forces")
FORCES = re.compile(
    r"^(?:(?:Military|Police) Forces|Government) of (?:the )?(?P<country>[^()]+?)"
    r"(?P<unit> Popular Mobilization Forces)?$"
)


@dataclass(frozen=True)
class Period:
    """One government of a country (or one mission): from its first day in office to the
    next one's (or the mission's end)."""

    name: str
    start: date
    first: str  # the year ACLED writes first
    end: date | None  # the next government's first day; None while this one is in office
    last: str | None  # the year ACLED writes last

    def label(self, known: date) -> str:
        """The years as written on day `known`: a government still in office then has
        none last ("(2015-)" in a report of 2016, "(2015-2023)" in one of 2024)."""
        closed = self.end is not None and self.end <= known
        return f"({self.first}-{self.last if closed else ''})"


def parse_periods(text: str) -> dict[str, tuple[Period, ...]]:
    """The table's periods by country (or mission), in order of date, each closed by the
    next; a row whose year is "end" closes the last one with none after it."""
    rows: dict[str, list[tuple[date, str]]] = {}
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) == 4 and fields[2] == "end":
            fields = fields[:3]  # (the mission that took over: see parse_successors)
        try:
            if len(fields) != 3 or not re.fullmatch(r"\d{4}|end", fields[2]):
                raise ValueError("wrong fields")
            start = date.fromisoformat(fields[1])
        except ValueError as err:
            raise ValueError(
                f"regimes.tsv line {n}: expected name, ISO date, year or 'end': {line!r}"
            ) from err
        rows.setdefault(fields[0], []).append((start, fields[2]))
    out: dict[str, tuple[Period, ...]] = {}
    for name, starts in rows.items():
        starts.sort()
        ends = [(d, str(d.year) if y == "end" else y) for d, y in starts[1:]]
        out[name] = tuple(
            Period(name, start, first, *(ends[i] if i < len(ends) else (None, None)))
            for i, (start, first) in enumerate(starts)
            if first != "end"
        )
    return out


def parse_successors(text: str) -> dict[str, tuple[date, str]]:
    """Missions replaced by another under a new name ("AMISOM" by "ATMIS" on 1 April
    2022): an "end" row's fourth field, by the old name: (the day, the new name)."""
    out: dict[str, tuple[date, str]] = {}
    for line in text.splitlines():
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) == 4 and fields[2] == "end":
            out[fields[0]] = (date.fromisoformat(fields[1]), fields[3])
    return out


def _table() -> str:
    return resources.files("eventwire.data").joinpath("events", "regimes.tsv").read_text("utf-8")


@lru_cache(maxsize=1)
def periods() -> dict[str, tuple[Period, ...]]:
    return parse_periods(_table())


@lru_cache(maxsize=1)
def successors() -> dict[str, tuple[date, str]]:
    return parse_successors(_table())


def mission_on(name: str, day: date) -> str:
    """The name a mission bore on `day`: news still says "African Union troops" of the
    mission that replaced AMISOM."""
    seen = {name}
    while (after := successors().get(name)) is not None and after[0] <= day:
        name = after[1]
        if name in seen:
            break
        seen.add(name)
    return name


def period_of(name: str, day: date) -> Period | None:
    """The government of country `name` (or the mission `name`) on `day`; None before the
    table's first, after its end, or for a name the table does not list."""
    found = None
    for p in periods().get(name, ()):
        if p.start > day:
            break
        found = p
    return None if found is None or (found.end and found.end <= day) else found


#: A mission's name with the country of one of its contingents.
_CONTINGENT = re.compile(r"^(.+?: .+) \(([A-Z][\w ]+)\)$")


def with_period(name: str, day: date | None, known: date | None = None) -> str:
    """`name` with its government's years where it names a state's forces (or a mission
    the table lists) and the day is known ("Police Forces of Kenya" on 2023-07-12 ->
    "Police Forces of Kenya (2022-)").

    `known`: the day the name is written as of (a report's publication; the event's day
    when None). A government's end is written only once it has come: the output depends
    on the reports, not on the day eventwire runs."""
    if day is None:
        return name
    contingent = _CONTINGENT.match(name)
    if contingent is not None and contingent.group(1) in periods():
        # a mission's national contingent: "AMISOM: ... (2007-) (Kenya)"
        return f"{with_period(contingent.group(1), day, known)} ({contingent.group(2)})"
    match = FORCES.match(name)
    if match is None and ":" not in name:  # a mission's name: "AMISOM: African Union ..."
        return name
    if match is None:
        name = mission_on(name, day)
    found = period_of(match.group("country") if match else name, day)
    if found is None:
        return name
    unit = (match.group("unit") or "") if match else ""
    return f"{name[: len(name) - len(unit)]} {found.label(max(day, known or day))}{unit}"


#: Armed groups that became a state's government, and since when: their forces are then
#: that state's (ACLED codes the Taliban as Afghanistan's military since August 2021).
IN_POWER = {"Taliban": ("Afghanistan", date(2021, 8, 15))}
#: ... and groups ACLED codes as a state's forces under a name of their own: the Houthis,
#: who govern Sanaa, since their break with Saleh in December 2017.
DE_FACTO = {"Ansar Allah": ("Yemen", date(2017, 12, 4), "Military Forces of Yemen (2017-) Houthi")}


#: Groups ACLED names otherwise before a day: ISWAP was "Boko Haram - Wilayat Gharb
#: Ifriqiyyah" in its data until 2019.
NAMED_BEFORE = {
    "Islamic State (West Africa)": (date(2019, 1, 1), "Boko Haram - Wilayat Gharb Ifriqiyyah")
}


#: Groups ACLED names and types otherwise from a day on: Sudan's Rapid Support Forces, a
#: militia allied to the state until they went to war with the army on 15 April 2023, are
#: a rebel group (inter 2) under their plain name since; Boko Haram is the JAS since the
#: 2016 split.
RENAMED_FROM = {
    "RSF: Rapid Support Forces": (date(2023, 4, 15), "Rapid Support Forces", 2),
    # (Boko Haram split in August 2016, when Islamic State named al-Barnawi its West Africa
    # leader: the name "Boko Haram" stayed with Shekau's faction, the JAS)
    "Boko Haram - Wilayat Gharb Ifriqiyyah": (
        date(2016, 8, 3),
        "Boko Haram - Jamaatu Ahli is-Sunnah lid-Dawati wal-Jihad",
        2,
    ),
}


def in_power(coding: ActorCoding, day: date | None, country: str | None) -> ActorCoding:
    """The coding with a group that governed on `day` named as its state's forces (inter
    1 at home, 8 abroad), and a group named as ACLED named it on `day`."""

    def change(actor: Actor) -> Actor:
        before = NAMED_BEFORE.get(actor.name)
        if before is not None and day is not None and day < before[0]:
            return dataclasses.replace(actor, name=before[1])
        after = RENAMED_FROM.get(actor.name)
        if after is not None and day is not None and day >= after[0]:
            return dataclasses.replace(actor, name=after[1], inter=after[2])
        governing = DE_FACTO.get(actor.name)
        if governing is not None and day is not None and day >= governing[1]:
            inter = 1 if country in (None, governing[0]) else 8
            return dataclasses.replace(actor, name=governing[2], inter=inter)
        held = IN_POWER.get(actor.name)
        if held is None or day is None or day < held[1]:
            return actor
        inter = 1 if country in (None, held[0]) else 8
        return dataclasses.replace(actor, name=f"Military Forces of {held[0]}", inter=inter)

    return coding.each(change)


def dated_actors(coding: ActorCoding, day: date | None, known: date | None) -> ActorCoding:
    """The coding with each state's forces named after the government of `day`, as
    written on day `known` (with_period)."""

    return coding.each(lambda a: dataclasses.replace(a, name=with_period(a.name, day, known)))
