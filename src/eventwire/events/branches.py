"""Armed groups whose regional branches ACLED names apart.

ACLED's 2016 data names Islamic State in Libya by the "province" an event is in: "Islamic
State (Cyrenaica Province)" in the east, "Islamic State (Tripoli)" in the west, Sirte
included. The split is a table (``branches`` in ``data/events/actors.json``) of longitudes;
an event placed nowhere finer than its country keeps the group's name.
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache

from ..records import ActorCoding, Location
from .lexicon import load_json

Branch = tuple[str, str, float | None, float | None]  # group, branch, east of, west of


@lru_cache(maxsize=1)
def branches() -> tuple[Branch, ...]:
    return tuple((g, b, east, west) for g, b, east, west in load_json("actors.json")["branches"])


def branch_of(name: str, where: Location) -> str:
    """The name of the group's branch where the event is, or the group's own."""
    if where.longitude is None or where.place is None or where.place.feature_code == "PCLI":
        return name  # no point, or the country's: no branch
    for group, branch, east, west in branches():
        if group != name:
            continue
        if (east is None or where.longitude >= east) and (west is None or where.longitude < west):
            return branch
    return name


def branch_actors(coding: ActorCoding, where: Location) -> ActorCoding:
    """The coding with each group that has regional branches named for the event's."""

    return coding.each(lambda a: dataclasses.replace(a, name=branch_of(a.name, where)))
