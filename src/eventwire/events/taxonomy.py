"""ACLED's 25 sub-event types, their event types and disorder types."""

from __future__ import annotations

from .lexicon import load_json

_TABLE: dict[str, list[str]] = load_json("taxonomy.json")

#: sub_event_type -> (event_type, disorder_type)
SUB_TYPES: dict[str, tuple[str, str]] = {
    sub: (event_type, disorder) for sub, (event_type, disorder) in _TABLE.items()
}


def type_of(sub_event_type: str) -> tuple[str, str]:
    """(event_type, disorder_type) of an ACLED sub-event type."""
    return SUB_TYPES[sub_event_type]
