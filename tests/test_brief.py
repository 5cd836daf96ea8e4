"""The brief: both files written, every section present, report text escaped."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

from eventwire.brief import render_html, render_markdown, write_brief
from eventwire.brief.html import script_json
from eventwire.records import Article, Claim, Duplicate, Quote
from eventwire.story import find_disagreements, merge_events
from eventwire.story_result import Story
from test_story_merge import make

EVIL = "<img src=x onerror=alert(1)></script><script>alert(2)</script>"


class Tags(HTMLParser):
    """Every start tag and its attributes, as a browser's parser would see them."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def injected(page: str) -> list[str]:
    """Markup a report could have smuggled in: images, extra scripts, event handlers."""
    tags = Tags(page).tags
    bad = [t for t, _ in tags if t == "img"]
    bad += [f"{t}.{a}" for t, attrs in tags for a in attrs if a.startswith("on")]
    scripts = [t for t, _ in tags if t == "script"]
    return bad + (["script"] if len(scripts) != 5 else [])  # data, world, leaflet, topo, brief


def story() -> Story:
    events = merge_events(
        [
            make("ev-a", "a1", fatalities=12, notes=EVIL),
            make("ev-b", "a2", fatalities=15),
            make(
                "ev-c",
                "a1",
                event_date="2024-03-05",
                location="Nineveh",
                geo_precision=3,  # only the region is known
                latitude=36.34,
                longitude=43.13,
                geonameid=99072,
            ),
        ]
    )
    claims = [
        Claim("c1", "a1", "killed in Baghdad", 12, "people", "at least 12 people", 0, 5,
              "police", None, "at least"),
        Claim("c2", "a2", "killed in Baghdad", 15, "people", "15 people", 0, 5, EVIL),
    ]  # fmt: skip
    return Story(
        articles=[
            Article("a1", "x", "o", title=EVIL, url="javascript:alert(3)", source="Wire " + EVIL),
            Article("a2", "y", "o", url="https://example.org/a", source="Daily"),
        ],
        events=events,
        quotes=[Quote("a1", "Jane " + EVIL, "We will " + EVIL + " win", 0, 5, True)],
        claims=claims,
        disagreements=find_disagreements(claims),
        duplicates=[Duplicate(("a1", "a2"), "same " + EVIL, (("a1", 0, 5), ("a2", 0, 5)))],
    )


def test_write_brief_writes_both_files(tmp_path: Path) -> None:
    paths = write_brief(story(), tmp_path)
    assert [p.name for p in paths] == ["brief.md", "brief.html"]
    assert all(p.stat().st_size > 0 for p in paths)


def test_html_is_self_contained_and_escaped() -> None:
    page = render_html(story())
    for section in ("Timeline", "Map", "Events", "Quotes by speaker", "Disagreements"):
        assert f"<h2>{section}</h2>" in page
    assert "Repeated passages" in page
    assert not re.search(r"<(script|link|img)[^>]+src=", page)  # nothing fetched
    assert "http://" not in page.replace('"http://www.w3.org/2000/svg"', "")
    assert injected(page) == []
    assert "javascript:alert" not in page
    assert 'href="https://example.org/a"' in page
    assert "Wire &lt;img src=x" in page


def test_script_json_cannot_close_the_script() -> None:
    raw = script_json({"label": EVIL})
    assert "<" not in raw and ">" not in raw
    assert json.loads(raw)["label"] == EVIL


def test_markdown_sections_and_escaping() -> None:
    text = render_markdown(story())
    for heading in ("## Timeline", "## Events", "## Quotes by speaker", "## Disagreements"):
        assert heading in text
    assert "## Repeated passages" in text
    assert not re.search(r"(?<!\\)<", text)  # every < escaped
    assert "12 (12-15" in text  # merged toll range
    assert "killed in Baghdad" in text


def test_empty_story_renders() -> None:
    assert "No events found" in render_html(Story())
    assert "No events found" in render_markdown(Story())
