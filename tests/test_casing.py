"""Reports written in capitals get their case back before they are read."""

from __future__ import annotations

from datetime import date

from spacy.language import Language

from eventwire.casing import is_common, restore_case
from eventwire.geo import Gazetteer
from eventwire.pipeline import Resources, analyze, extract
from eventwire.read import dated
from eventwire.records import Article

WIRE = (
    "   KABUL, 5 MAR 91 (RADIO KABUL) -- [TEXT] GUNMEN OF THE [HIZB] GROUP KILLED FOUR\n"
    "FARMERS NEAR KANDAHAR ON SUNDAY, THE U.S. EMBASSY SAID. IT IS NOT KNOWN WHO\n"
    "SENT THEM. THE JUSTICE MINISTER MET COL. RAHIMI IN MAY 1990 IN EASTERN REGION."
)


BOMB_WIRE = (
    "   BOGOTA, 14 NOV 90 (RADIO CARACOL) -- [TEXT] A CAR BOMB EXPLODED YESTERDAY IN\n"
    "FRONT OF A POLICE STATION IN MEDELLIN, KILLING SEVEN PEOPLE, INCLUDING TWO\n"
    "POLICEMEN, THE NATIONAL POLICE SAID IN A STATEMENT READ ON THE RADIO. POLICE SAID THE\n"
    "BOMB IS THE WORK OF DRUG TRAFFICKERS.\n"
)


def _wire_article(text: str) -> Article:
    """A report read as from a file: dated by its dateline."""
    article = dated(Article("a", text, "a.txt"))
    assert isinstance(article, Article)
    return article


def test_a_paragraph_in_capitals_gets_its_case_back(gazetteer: Gazetteer) -> None:
    cased = restore_case(WIRE, gazetteer)
    assert len(cased) == len(WIRE) and cased.upper() == WIRE.upper()  # only the case changed
    assert cased.startswith("   KABUL, 5 MAR 91 (RADIO KABUL) -- [TEXT] Gunmen of the [HIZB]")
    assert "farmers near Kandahar on Sunday, the U.S. embassy said. It is not known" in cased
    # a place that is an English word stays one; an abbreviation ends no sentence; a month
    # named before a year is one; a region's name of common words is none
    assert "The justice minister met col. Rahimi in May 1990 in eastern region." in cased


def test_paragraphs_not_in_capitals_are_left_as_they_are(gazetteer: Gazetteer) -> None:
    text = "ISIS fighters attacked Kobani.\n\nUPDATE\n\nThe UN said IS lost ground in March."
    assert restore_case(text, gazetteer) == text
    mixed = text + "\n\n" + WIRE
    assert restore_case(mixed, gazetteer)[: len(text)] == text


def test_inflections_of_english_words_are_common() -> None:
    assert all(map(is_common, ["peasants", "kidnapped", "shelling", "attacked", "guerrillas"]))
    assert not any(map(is_common, ["rahimi", "fmln", "usulutan"]))


def test_a_report_in_capitals_is_coded_like_one_in_mixed_case(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    article = _wire_article(BOMB_WIRE)
    assert article.published == date(1990, 11, 14)
    (event,) = extract([article], Resources(nlp, gazetteer)).events
    assert (event.event_type, event.country, event.location) == (
        "Explosions/Remote violence",
        "Colombia",
        "Medellin",
    )
    assert (event.event_date, event.fatalities) == ("1990-11-13", 7)
    assert "Islamic State" not in (event.actor1 or "")


def test_a_hard_wrapped_report_keeps_its_events(nlp: Language, gazetteer: Gazetteer) -> None:
    # each line but the last is an unpunctuated line of many words: read line by line, a
    # photo caption each
    text = (
        "Bus attack\n\n"
        "   QUITO, 12 FEB 90 -- Gunmen riding two motorcycles opened fire on a\n"
        "bus carrying oil workers in the city of Machala, killing four of\n"
        "them and wounding six others, the police said in a statement that was\n"
        "read on national radio.\n\n"
        "The workers' union called a strike for Tuesday in protest.\n"
    )
    article = dated(Article("a", text, "a.txt"))
    assert isinstance(article, Article)
    events = extract([article], Resources(nlp, gazetteer)).events
    attack = [e for e in events if e.event_type == "Violence against civilians"]
    assert [(e.event_date, e.location, e.fatalities) for e in attack] == [
        ("1990-02-12", "Machala", 4)
    ]


def test_people_s_names_keep_their_capitals(gazetteer: Gazetteer) -> None:
    text = "THE WOUNDED ARE DORA MILAGROS ARGUETA AND SILVIA AYALA, WHO LIVE IN USULUTAN."
    cased = restore_case(text, gazetteer)
    # a first name the dictionary has beside a surname it lacks, or a surname that is a
    # town too; an inflection-like ending does not make a name a word ("Milagros")
    assert cased == "The wounded are Dora Milagros Argueta and Silvia Ayala, who live in Usulutan."


def test_evidence_and_places_quote_the_article_as_given(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = BOMB_WIRE
    story = analyze([_wire_article(text)], Resources(nlp, gazetteer))
    spans = [(ev.start, ev.end, ev.text) for e in story.events for ev in e.evidence]
    spans += [(t.start, t.end, t.text) for t in story.toponyms["a"]]
    spans += [(q.start, q.end, q.quote) for q in story.quotes]
    spans += [(c.start, c.end, c.text) for c in story.claims]
    assert story.quotes and story.claims
    assert all(text[a:b] == quoted for a, b, quoted in spans)
    assert "MEDELLIN" in {quoted for _, _, quoted in spans}


def test_a_short_paragraph_is_cased_only_in_a_report_in_capitals(gazetteer: Gazetteer) -> None:
    report = (
        "BOGOTA, 5 JUL 89 (AFP) -- AN UNIDENTIFIED ARMED GROUP TRIED TO ATTACK THE RESIDENCE "
        "OF THE AMBASSADOR.\n\nTHE ATTACK OCCURRED AT 1545.\n"
    )
    assert "The attack occurred at 1545." in restore_case(report, gazetteer)
    # a short heading in capitals over a mixed-case article stays a heading
    article = "BREAKING NEWS\n\nGunmen attacked a police post on Sunday, officials said.\n"
    assert restore_case(article, gazetteer) == article
