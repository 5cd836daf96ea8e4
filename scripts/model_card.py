"""The score table at the end of a model card, rewritten by the training scripts."""

from __future__ import annotations

from pathlib import Path

MARK = "<!-- scores -->"


def write_scores(card: Path, columns: list[str], rows: list[str]) -> None:
    """Replace everything after the card's score mark with a table of `columns` and `rows`
    (rows already written as Markdown table lines)."""
    head, _, _ = card.read_text(encoding="utf-8").partition(MARK)
    table = "| " + " | ".join(columns) + " |\n" + "|---" * len(columns) + "|\n"
    card.write_text(f"{head}{MARK}\n{table}" + "\n".join(rows) + "\n", encoding="utf-8")
