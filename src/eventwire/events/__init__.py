"""Event coding: detection and ACLED typing, actors, fatalities, dates.

Rules (trigger lexicon, dependency parse for negation and hedging, alias tables) decide
whether a passage reports an event; a small shipped classifier helps decide its type.
"""

from __future__ import annotations

from .actors import code_actors, forces_country, occupied
from .branches import branch_actors
from .dates import resolve_date
from .detect import detect_events
from .fatalities import count_fatalities, toll_at, unknown_number
from .regimes import dated_actors, in_power

__all__ = [
    "branch_actors",
    "code_actors",
    "count_fatalities",
    "dated_actors",
    "detect_events",
    "forces_country",
    "in_power",
    "occupied",
    "resolve_date",
    "toll_at",
    "unknown_number",
]
