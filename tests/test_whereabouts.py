"""The country a report is about when it names no place we know (geo.whereabouts)."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.language import Language

from eventwire.geo import Gazetteer, whereabouts
from eventwire.geo.whereabouts import Guesser, guess_country, model_from, using_guesser
from eventwire.pipeline import Resources, extract
from eventwire.records import Article, Event


def events_of(nlp: Language, gazetteer: Gazetteer, text: str) -> list[Event]:
    article = Article("a", text, "a.txt", published=date(2026, 3, 9))
    return extract([article], Resources(nlp, gazetteer)).events


def toy() -> Guesser:
    """Two countries and three words: 'zanu' says ZW, 'anc' says ZA, 'rally' a little ZA."""
    return model_from(
        {
            "features": ["anc", "rally", "zanu"],
            "idf": [1.0, 1.0, 1.0],
            "classes": ["ZA", "ZW"],
            "intercept": [0.0, 0.0],
            "weights": [[0, 0, 6.0], [1, 0, 1.5], [2, 1, 6.0]],
        }
    )


def test_a_guess_needs_the_texts_names_or_near_certainty() -> None:
    guesser = toy()
    assert guesser.guess("Zanu youths beat activists.") == "ZW"  # a name, and sure enough
    assert guesser.guess("Police broke up the ANC march.") == "ZA"
    # "rally" alone leans to ZA (p = 0.82) but no name points there: no guess
    assert guesser.proba("They held a rally.")["ZA"] > whereabouts.THRESHOLD
    assert guesser.guess("They held a rally.") is None
    # a name opening the sentence counts unless it is a dictionary word
    assert guesser.guess("Zanu youths held a rally.") == "ZW"
    assert guesser.guess("Nothing we know of.") is None
    assert guesser.guess("   ") is None


def test_a_stand_in_guesser_replaces_the_shipped_one() -> None:
    with using_guesser(toy()):
        assert guess_country("Police broke up the ANC march.") == "ZA"
        assert guess_country("Zanu youths beat activists.") == "ZW"


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Zanu PF youths assaulted MDC activists at a rally.", "ZW"),
        ("Supporters of the ANC and the EFF clashed outside the municipal offices.", "ZA"),
        ("SPLA-IO fighters ambushed a convoy near the payam headquarters.", "SS"),
    ],
)
def test_the_shipped_guesser_reads_parties_and_groups(text: str, country: str) -> None:
    assert guess_country(text) == country


def test_the_shipped_guesser_does_not_guess_from_wording_alone() -> None:
    assert guess_country("A man was shot dead by unknown gunmen in a bar.") is None
    assert guess_country("Workers went on strike over unpaid wages.") is None


def test_a_report_naming_no_known_place_gets_the_guessed_country(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    (event,) = events_of(nlp, gazetteer, "Zanu PF youths assaulted MDC activists at a rally.")
    assert event.country == "Zimbabwe"
    assert event.geo_precision == 3 and event.geonameid is None  # no town is claimed
    assert event.actor2 == "Civilians (Zimbabwe)"
    # the words the guess rests on are the country's evidence
    (told,) = [e for e in event.evidence if e.field == "country"]
    assert told.text in ("Zanu", "Zanu PF", "PF", "MDC")
    assert event.sources[0].article_id == told.article_id


def test_a_known_place_outweighs_the_guess(nlp: Language, gazetteer: Gazetteer) -> None:
    text = "Zanu PF supporters assaulted MDC activists at a rally in Nairobi."
    assert guess_country(text) == "ZW"
    (event,) = events_of(nlp, gazetteer, text)
    assert event.country == "Kenya"
    assert not [e for e in event.evidence if e.field == "country"]  # its place says it


def test_a_small_namesake_abroad_gives_way_to_the_guess(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # the gazetteer's Philippis are in West Virginia and Greece; Cape Town's is not in it
    text = "Residents of Philippi burned tyres in a service delivery protest, and police fired."
    (event,) = events_of(nlp, gazetteer, text)
    assert event.country == "South Africa"
    assert event.actor1 == "Rioters (South Africa)"


def test_the_reports_words_come_before_the_home_of_the_group_it_names(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Boko Haram fighters killed two herders overnight in the Kolofata area."
    assert {e.country for e in events_of(nlp, gazetteer, text)} == {"Cameroon"}
    # with no words of its own, where the group mostly fights
    text = "Boko Haram fighters killed two herders overnight."
    assert {e.country for e in events_of(nlp, gazetteer, text)} == {"Nigeria"}


def test_a_sure_guess_overrules_a_town_abroad_read_for_a_local_name(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    # the gazetteer's Mary is a city in Turkmenistan; the report's words say Zimbabwe
    # clearly enough to overrule the namesake, and no town of it is claimed
    text = "Zanu PF youths assaulted MDC activists at a rally in Mary."
    assert guess_country(text, whereabouts.OVERRULE) == "ZW"
    (event,) = events_of(nlp, gazetteer, text)
    assert (event.country, event.geo_precision, event.geonameid) == ("Zimbabwe", 3, None)


def test_an_armed_groups_words_never_overrule_the_town_it_names(
    nlp: Language, gazetteer: Gazetteer
) -> None:
    text = "Al Shabaab fighters attacked a police post in Mandera on Sunday, killing two officers."
    assert {e.location for e in events_of(nlp, gazetteer, text)} == {"Mandera"}
