"""The spaCy layer: paragraphs end sentences; headlines and captions are headings."""

from __future__ import annotations

from spacy.language import Language

from eventwire.events import detect_events
from eventwire.nlp import is_heading

PAGE = (
    "Gunmen storm village market in Zamfara\n\n"
    "Gunmen killed nine traders at a market in Zamfara state on Friday, police said.\n"
    "The attackers fled on motorcycles."
)


def test_a_blank_line_ends_a_sentence(nlp: Language) -> None:
    doc = nlp("Share\n\nRebels shell the port city\n\nRebels shelled the port on Monday.")
    texts = [s.text.strip() for s in doc.sents]
    assert "Rebels shell the port city" in texts


def test_headlines_are_headings_and_prose_is_not(nlp: Language) -> None:
    doc = nlp(PAGE)
    flags = [(s.text.strip()[:20], is_heading(s)) for s in doc.sents]
    assert flags[0] == ("Gunmen storm village", True)
    assert not any(flag for _, flag in flags[1:])


def test_an_event_is_told_by_the_body_not_the_headline(nlp: Language) -> None:
    (mention,) = detect_events(nlp(PAGE))
    assert PAGE[mention.trigger.start : mention.trigger.end] != "storm"
    assert mention.start >= PAGE.index("Gunmen killed")


def test_a_headline_alone_reports_nothing(nlp: Language) -> None:
    assert detect_events(nlp("Troops battle rebels in the north\n\nShops reopened today.")) == []


def test_a_lone_line_without_a_full_stop_is_the_report(nlp: Language) -> None:
    doc = nlp("Armed men attacked a market on Monday and killed four shoppers, police said")
    assert not is_heading(next(iter(doc.sents)))
    assert [m.event_type for m in detect_events(doc)] == ["Violence against civilians"]
