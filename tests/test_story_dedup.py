"""Repeated passages across reports and within one scraped page."""

from __future__ import annotations

from eventwire.records import Article
from eventwire.story import find_duplicates, page_repeats

PAGE = (
    "Rebels tighten grip on northern town\n\n"
    "Fear was shown by the closure of every school in the district and a curfew on roads\n\n"
    "Sponsored\n\n"
    "The army said on Friday that rebels had seized two villages near the river.\n\n"
    "Sponsored\n\n"
    "Residents said the rebels' fear was shown by the closure of every school in the "
    "district and a curfew on roads after dark."
)
WIRE = (
    "Government troops withdrew from the area. The army said on Friday that rebels had "
    "seized two villages close to the river. Aid groups warned of shortages."
)


def test_repeats_within_a_page_and_across_reports_with_spans() -> None:
    a, b = Article("page", PAGE, "p"), Article("wire", WIRE, "w")
    dups = find_duplicates([a, b])
    texts = {d.text: d for d in dups}
    within = next(d for d in dups if d.text.startswith("Fear was shown"))
    assert within.article_ids == ("page",)
    assert len(within.spans) == 2
    across = next(d for d in dups if set(d.article_ids) == {"page", "wire"})
    for article_id, start, end in across.spans:
        src = PAGE if article_id == "page" else WIRE
        assert "rebels had seized two villages" in src[start:end]
    assert "Sponsored" not in texts  # boilerplate is cleaned away, not a passage of the story
    assert not any("Aid groups" in d.text for d in dups)


def test_stock_phrases_are_not_repeats() -> None:
    a = Article("a", "The U.S.-led coalition struck targets in the north on Monday.", "a")
    b = Article("b", "Officials of the U.S.-led coalition met tribal leaders in the capital.", "b")
    assert find_duplicates([a, b]) == []


def test_a_page_reads_each_repeated_passage_once_keeping_the_fullest_copy() -> None:
    subtitle = PAGE.index("Fear was shown")
    assert page_repeats(Article("page", PAGE, "p")) == [
        (subtitle, PAGE.index("\n", subtitle))
    ]  # the body's fuller sentence (with who said it) is the copy read
    assert page_repeats(Article("wire", WIRE, "w")) == []
