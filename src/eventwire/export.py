"""Exports: JSON Lines, ACLED-style CSV, GeoJSON. (Stub: owned by the I/O helper.)"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from .records import Event

FORMATS = ("jsonl", "csv", "geojson")


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_events(events: Iterable[Event], out: TextIO, fmt: str = "jsonl") -> None:
    write_jsonl((e.to_dict() for e in events), out)
