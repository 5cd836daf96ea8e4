"""Write the story view of `analyze` into a folder (file names are the contract's)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .brief import write_brief
from .story_result import Story


def write_lines(path: Path, rows: Iterable[dict[str, Any]]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def write_story(story: Story, out_dir: Path) -> list[Path]:
    """events, quotes, claims (+ disagreements), duplicates, articles, and the brief."""
    out_dir.mkdir(parents=True, exist_ok=True)
    claims = [{"record": "claim", **c.to_dict()} for c in story.claims]
    disagreements = [{"record": "disagreement", **d.to_dict()} for d in story.disagreements]
    articles = [a.to_dict() for a in story.articles] + [r.to_dict() for r in story.rejected]
    written = [
        write_lines(out_dir / "events.jsonl", (e.to_dict() for e in story.events)),
        write_lines(out_dir / "quotes.jsonl", (q.to_dict() for q in story.quotes)),
        write_lines(out_dir / "claims.jsonl", claims + disagreements),
        write_lines(out_dir / "duplicates.jsonl", (d.to_dict() for d in story.duplicates)),
        write_lines(out_dir / "articles.jsonl", articles),
    ]
    return written + write_brief(story, out_dir)
