"""Which side of a battle between a state's forces and another armed side comes first.

ACLED's coders differ by country: some list the forces first whoever attacked, others the
side that attacked, others again whichever side their note names first.
``data/events/battle_order.json`` holds, per country, how its training notes list such
battles (rebuilt by ``scripts/learn_battle_order.py``); a country none of them covers
lists first the side told as attacking (actor1 as the initiator), else the forces.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import load_json

#: The fewest battles a country's notes must hold before their convention is followed.
SUPPORT = 3
#: The share of a country's battles listing the other side first above which it comes
#: first whoever attacked ("Tunisian forces killed two militants": the militants).
ALWAYS = 0.75


#: The fewest battles naming both sides before a country's habit of listing the side its
#: notes name first is followed.
NAMED_SUPPORT = 8
#: How much more often than the country's commoner fixed order the side named first must be
#: listed first.
NAMED_MARGIN = 0.1


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = load_json("battle_order.json")["countries"]
    return table


def has_notes(country: str | None) -> bool:
    """Whether the training notes tell how `country`'s coders list the sides."""
    return (country or "") in _countries()


def other_first(country: str | None, *, attacked: bool) -> bool:
    """Whether `country`'s coders list the side fighting the forces before them: where
    their notes mostly do so and that side attacked (`attacked`), or almost always do."""
    counts = _countries().get(country or "")
    if counts is None:
        return attacked  # no notes to follow: the side that started it
    forces, other = counts["forces_first"], counts["other_first"]
    if forces + other < SUPPORT or other <= forces:
        return False
    return attacked or other >= ALWAYS * (forces + other)


def named_first(country: str | None) -> bool:
    """Whether `country`'s coders list whichever side a note names first (Sudan: "SLM/A-Nur
    repulses attacks by military caravan" lists SLM/A-Nur; "Military attack SLM/A-Nur" the
    military), as their notes do clearly more often than they keep one fixed order."""
    counts = _countries().get(country or "")
    if counts is None:
        return False
    both, agree = counts.get("both_named", 0), counts.get("named_first_first", 0)
    forces, other = counts["forces_first"], counts["other_first"]
    if both < NAMED_SUPPORT:
        return False
    return agree / both >= max(forces, other) / (forces + other) + NAMED_MARGIN


def alone_other_first(country: str | None) -> bool:
    """Whether `country`'s coders list an unnamed attacker before the forces where a note
    names the forces alone, as hit ("Soldier shot and killed by unknown gunmen": the
    unidentified armed group first in South Sudan), as their notes of that kind mostly do,
    or where they are too few, as the country's battles with a named attacker do."""
    counts = _countries().get(country or "")
    if counts is None:
        return False
    alone, first = counts.get("forces_alone", 0), counts.get("forces_alone_first", 0)
    if alone >= SUPPORT:
        return first < alone - first
    # (too few such notes: as the country lists the side that attacked the forces)
    return other_first(country, attacked=True)
