"""The readable brief: Markdown and self-contained HTML. (Stub: owned by the story helper.)"""

from __future__ import annotations

from pathlib import Path

from ..story_result import Story


def write_brief(story: Story, out_dir: Path) -> list[Path]:
    """Write brief.md and brief.html into out_dir; return their paths."""
    md = out_dir / "brief.md"
    md.write_text(f"# Brief\n\n{len(story.events)} events\n", encoding="utf-8")
    html = out_dir / "brief.html"
    html.write_text("<html><body>brief</body></html>", encoding="utf-8")
    return [md, html]
