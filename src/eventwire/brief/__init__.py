"""The readable brief: Markdown and self-contained HTML (works offline)."""

from __future__ import annotations

from pathlib import Path

from ..story_result import Story
from .html import render_html
from .markdown import render_markdown

__all__ = ["render_html", "render_markdown", "write_brief"]


def write_brief(story: Story, out_dir: Path) -> list[Path]:
    """Write brief.md and brief.html into out_dir; return their paths."""
    out_dir.mkdir(parents=True, exist_ok=True)
    md = out_dir / "brief.md"
    md.write_text(render_markdown(story), encoding="utf-8")
    html = out_dir / "brief.html"
    html.write_text(render_html(story), encoding="utf-8")
    return [md, html]
