"""Readers: paths, folders and standard input → Article | Rejected.

(Stub: owned by the I/O helper; replace with the real implementation.)
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import TextIO

from ..records import Article, Rejected


def read_inputs(
    inputs: Sequence[str], published: date | None = None, stdin: TextIO | None = None
) -> Iterator[Article | Rejected]:
    """Every article of every input, in a stable order; unreadable ones as Rejected."""
    for name in inputs:
        path = Path(name)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for f in files:
            yield Article(article_id=f.stem, text=f.read_text(), origin=str(f), published=published)
