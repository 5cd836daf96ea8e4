"""Running the pipeline on one report written for a test, as a user's report would be."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from eventwire.geo import Gazetteer
from eventwire.pipeline import Resources, extract
from eventwire.read import dated
from eventwire.records import Article, Event

#: The day a test report is published on when its dateline names none.
THURSDAY = date(2026, 11, 26)


def run(nlp: Language, gazetteer: Gazetteer, text: str) -> list[Event]:
    """The report's events, dated by its dateline, else published on THURSDAY."""
    article = dated(Article("a", text, "a.txt"), THURSDAY)
    assert isinstance(article, Article)
    return extract([article], Resources(nlp, gazetteer)).events
