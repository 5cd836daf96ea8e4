"""Quotes, claims and disagreements on reports written for the tests (model-backed)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from eventwire.records import Article
from eventwire.story import (
    extract_claims,
    extract_quotes,
    find_disagreements,
    resolve_speakers,
)

pytestmark = pytest.mark.model

REPORT = (
    "Rebels on the back foot in the north\n\n"
    "The rebels have not taken new ground since March, a senior UN official said on Friday.\n\n"
    'The movement "is losing men and money every week," Maria Okonkwo, the UN envoy for '
    "the region, told reporters in Nairobi.\n\n"
    "Okonkwo said that government forces were preparing an offensive on Kidal.\n\n"
    "“We expect the pressure to grow over the coming months,” she added. “There is no "
    "quick victory here,” she said.\n\n"
    "The army had earlier estimated that the rebels lost about 30 percent of the territory "
    "they held in Mali.\n\n"
    "“The figure in Mali is between 45 and 50 percent,” Okonkwo said.\n\n"
    "A car bomb in Gao killed at least 12 people on Thursday. Fighting has killed more "
    "than 200 people in the past month.\n"
)
SECOND = "Officials said 31 people were killed by the car bomb in Gao on Thursday.\n"


def test_quotes_are_attributed_across_the_article(nlp: Language) -> None:
    article = Article("r1", REPORT, "r1")
    quotes = extract_quotes(nlp(REPORT), article)
    by_text = {q.quote: q for q in quotes}
    for q in quotes:
        assert REPORT[q.start : q.end] == q.quote
    assert by_text["is losing men and money every week,"].speaker == "Maria Okonkwo"
    reported = [q for q in quotes if not q.direct and "preparing an offensive" in q.quote]
    assert reported and reported[0].speaker == "Maria Okonkwo"
    added = next(q for q in quotes if q.quote.startswith("We expect the pressure"))
    assert added.speaker == "Maria Okonkwo" and added.direct
    assert next(q for q in quotes if "quick victory" in q.quote).speaker == "Maria Okonkwo"


def test_claims_and_disagreements(nlp: Language) -> None:
    a, b = Article("r1", REPORT, "r1"), Article("r2", SECOND, "r2")
    claims = []
    for art in (a, b):
        doc = nlp(art.text)
        claims += extract_claims(doc, art, extract_quotes(doc, art))
    subjects = {c.subject for c in claims}
    assert "territory lost in Mali" in subjects
    share = [c for c in claims if c.subject == "territory lost in Mali"]
    assert {(c.value, c.value_high) for c in share} == {(30.0, None), (45.0, 50.0)}
    assert any(c.claimant == "Maria Okonkwo" for c in share)
    assert any(c.claimant == "The army" for c in share)
    aggregate = next(c for c in claims if c.value == 200)
    assert "past month" in aggregate.subject
    disagreements = find_disagreements(claims)
    topics = {d.subject: d for d in disagreements}
    assert "territory lost in Mali" in topics
    assert not topics["territory lost in Mali"].across_sources
    toll = topics["killed in Gao"]
    assert toll.across_sources and (toll.low, toll.high) == (12, 31)
    assert not any("past month" in d.subject for d in disagreements)
    assert toll.to_dict()["claims"][0]["article_id"] in {"r1", "r2"}


def test_a_toll_risen_for_an_event_told_at_length_is_a_claim_about_its_place(
    nlp: Language,
) -> None:
    first = Article(
        "k1", "A suicide bomber killed at least 14 worshippers in Kabul on Friday.\n", "k1"
    )
    later = Article(
        "k2",
        "The death toll from Friday's suicide bombing at a Shiite mosque in the Dasht-e-Barchi "
        "area of western Kabul rose to 21 on Saturday, health officials said.\n",
        "k2",
    )
    claims = []
    for art in (first, later):
        doc = nlp(art.text)
        claims += extract_claims(doc, art, extract_quotes(doc, art))
    assert {(c.subject, c.value) for c in claims} == {
        ("killed in Kabul", 14),
        ("killed in Kabul", 21),
    }
    (toll,) = find_disagreements(claims)
    assert toll.across_sources and (toll.low, toll.high) == (14, 21)


PAGE = (
    "Share\n\nUN Envoy Says Rebels Retreating\n\n"
    "The rebels are in retreat, the United Nations said on Friday. “They have lost the "
    "river towns and most of the roads”, a local radio station quoted him as saying.\n"
)
WIRE = (
    "Maria Okonkwo, the secretary-general's special envoy for the region, told reporters "
    "the rebels were retreating. Aid workers said roads were still closed.\n"
)


def test_unnamed_speaker_resolved_by_role_across_reports(nlp: Language) -> None:
    analysed = [(Article(i, t, i), nlp(t)) for i, t in (("page", PAGE), ("wire", WIRE))]
    quotes = [q for a, d in analysed for q in extract_quotes(d, a)]
    lost = next(q for q in quotes if q.quote.startswith("They have lost"))
    assert lost.speaker is None  # "him": nobody is named on the page
    resolved = resolve_speakers(quotes, analysed)
    lost = next(q for q in resolved if q.quote.startswith("They have lost"))
    assert lost.speaker == "Maria Okonkwo"
    assert all(
        q.speaker != "Maria Okonkwo" for q in resolved if q.article_id == "page" and q is not lost
    )


def test_a_role_with_an_acronym_is_resolved_to_the_one_named_holder(nlp: Language) -> None:
    text = (
        "The UN envoy said on Thursday that the rebels were weakening. "
        '"They are running out of fighters," Lena Ortiz told reporters in Geneva. '
        "The UN envoy, Lena Ortiz, has led the talks since March."
    )
    article = Article("a", text, "a")
    doc = nlp(text)
    resolved = resolve_speakers(extract_quotes(doc, article), [(article, doc)])
    first = next(q for q in resolved if q.quote.startswith("the rebels were weakening"))
    assert first.speaker == "Lena Ortiz"


def test_shares_told_as_fractions_held_or_lost_and_where(nlp: Language) -> None:
    first = (
        "The rebels have lost about two thirds of the ground they held around Kidal, the "
        'envoy said. "They hold perhaps 30 percent of what they held," she told reporters '
        "in Bamako. The army put its losses at 14 dead."
    )
    second = "The envoy said the rebels now held about half of the territory around Kidal."
    claims = []
    for name, text in (("p", first), ("w", second)):
        art = Article(name, text, name)
        doc = nlp(text)
        claims += extract_claims(doc, art, extract_quotes(doc, art))
    found = {(c.subject, c.value) for c in claims}
    assert ("territory lost in Kidal", 66.7) in found
    assert ("territory held in Kidal", 30.0) in found  # where it was told is not the topic
    assert ("territory held in Kidal", 50.0) in found
    assert any(c.value == 14 and c.subject.startswith("killed") for c in claims)
    held = next(d for d in find_disagreements(claims) if d.subject == "territory held in Kidal")
    assert held.across_sources and (held.low, held.high) == (30.0, 50.0)
