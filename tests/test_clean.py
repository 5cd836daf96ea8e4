"""Boilerplate removal: same length, newlines kept, real content untouched."""

from __future__ import annotations

import pytest

from eventwire.clean import boilerplate_spans, clean_text, join_wrapped_lines, patterns

PAGE = """Car bomb kills 12 in Mogadishu market
By Jane Doe, Reuters
Published: 3 March 2024 Updated: 4 March 2024
Share
A car bomb exploded in a market in Mogadishu on Sunday, killing 12 people. (Photo: Reuters)
Advertisement
Smoke rises over the market. REUTERS/Feisal Omar
Read more: Al-Shabaab claims attack
We use cookies to improve your experience.
Follow us on Twitter
Subscribe
"""


def test_boilerplate_is_blanked_and_offsets_kept() -> None:
    cleaned = clean_text(PAGE)
    assert len(cleaned) == len(PAGE)
    assert cleaned.count("\n") == PAGE.count("\n")
    kept = " ".join(cleaned.split())
    assert kept == (
        "Car bomb kills 12 in Mogadishu market A car bomb exploded in a market in "
        "Mogadishu on Sunday, killing 12 people."
    )
    start = cleaned.index("killing")
    assert PAGE[start : start + 7] == "killing"


def test_spans_name_what_they_removed() -> None:
    names = {name for _, _, name in boilerplate_spans(PAGE)}
    assert names >= {
        "byline",
        "dateline",
        "share",
        "caption",
        "advertisement",
        "read_more",
        "cookies",
        "follow",
        "subscribe",
    }
    for start, end, _ in boilerplate_spans(PAGE):
        assert PAGE[start:end].strip() == PAGE[start:end]


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares of the telecom fell; residents said they would share what food they had.",
        "By Monday, the army had retaken the town of Kidal.",
        "Updated death toll rises to 20 after the market bombing",
        "The photo showed soldiers standing next to the burned vehicles.",
        "Rebels said they would subscribe to the ceasefire if troops withdrew.",
        "Protesters shouted slogans as they marched to parliament.",
        "Home Guard units repelled an attack on the village of Bama on Friday.",
    ],
)
def test_real_content_survives(sentence: str) -> None:
    text = f"Headline\n{sentence}\n"
    assert clean_text(text) == text


def test_nothing_to_clean_returns_the_text() -> None:
    assert clean_text("") == ""
    assert clean_text("Troops clashed with rebels.") == "Troops clashed with rebels."


def test_pattern_table_loads() -> None:
    assert {p.scope for p in patterns()} == {"line", "fragment"}


WRAPPED = (
    "   QUITO, 12 FEB 90 -- Gunmen riding two motorcycles opened fire on a\n"
    "bus carrying workers to the oil field near Lago Agrio on Sunday,\n"
    "killing four of them and wounding six others, the police said\n"
    "today.\n"
    "\n"
    "The army sent troops to the area.\n"
)


def test_hard_wrapped_paragraphs_are_joined_and_offsets_kept() -> None:
    joined = join_wrapped_lines(WRAPPED)
    assert len(joined) == len(WRAPPED)
    first, second = joined.split("\n\n")
    assert "\n" not in first.strip() and "opened fire on a bus carrying" in first
    assert second == "The army sent troops to the area.\n"


@pytest.mark.parametrize(
    "text",
    [
        # one paragraph per line, as HTML extraction gives it
        "Gunmen kill four on a bus near Lago Agrio\nGunmen opened fire on a bus on Sunday.\n",
        "A caption under the photo of the burnt bus today\nThe police said four died.",
        # a list
        "- Gunmen opened fire on a bus carrying workers near the oil field\n"
        "- Troops were sent to the area where the bus was attacked on Sunday\n"
        "- The police said the attackers fled on two motorcycles afterwards\n",
    ],
)
def test_lines_that_are_no_wrapped_paragraph_stay(text: str) -> None:
    assert join_wrapped_lines(text) == text
