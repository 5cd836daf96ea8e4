"""Toponym resolution rules, on hand-built mentions (no spaCy model needed)."""

from __future__ import annotations

from eventwire.geo import Gazetteer
from eventwire.geo.recognize import Mention
from eventwire.geo.resolve import resolve


def mentions(*names: str) -> list[Mention]:
    out, at = [], 0
    for name in names:
        out.append(Mention(at, at + len(name), name, "", "GPE"))
        at += len(name) + 2
    return out


def test_names_that_swap_each_others_country_settle_together(gazetteer: Gazetteer) -> None:
    # Told in turn, "London" would pull St. Thomas to Jamaica while St. Thomas pulls
    # London to Ontario: the two must end up in one country, the one where both lie near.
    found = resolve(mentions(*["London"] * 6, "St. Thomas"), gazetteer)
    places = {p.name: p.country_code for p, _ in found if p}
    assert places == {"London": "CA", "St. Thomas": "CA"}
