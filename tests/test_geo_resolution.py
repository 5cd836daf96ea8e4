"""Toponym resolution rules, on hand-built mentions (no spaCy model needed)."""

from __future__ import annotations

from eventwire.geo import Gazetteer
from eventwire.geo.recognize import Mention
from eventwire.geo.resolve import resolve


def mentions(*names: str) -> list[Mention]:
    out, at = [], 0
    for name in names:
        out.append(Mention(at, at + len(name), name, "", "GPE"))
        at += len(name) + 2
    return out


def test_names_that_swap_each_others_country_settle_together(gazetteer: Gazetteer) -> None:
    # Told in turn, "London" would pull St. Thomas to Jamaica while St. Thomas pulls
    # London to Ontario: the two must end up in one country, the one where both lie near.
    found = resolve(mentions(*["London"] * 6, "St. Thomas"), gazetteer)
    places = {p.name: p.country_code for p, _ in found if p}
    assert places == {"London": "CA", "St. Thomas": "CA"}


def test_a_short_mixed_case_abbreviation_is_no_village(gazetteer: Gazetteer) -> None:
    # "MoD" is the ministry, not the hamlet "Mod"; "Ye-U" is still a town's name.
    assert resolve(mentions("MoD"), gazetteer) == [(None, 0.0)]
    ye_u = Mention(0, 4, "Ye-U", "", "GPE")
    assert resolve([ye_u], gazetteer)[0][0] is not None


def test_a_site_named_after_a_person_is_no_small_town(gazetteer: Gazetteer) -> None:
    # "Pearson International Airport" in a Toronto report: no hamlet of Georgia.
    site = Mention(0, 7, "Pearson", "F", "FAC")
    toronto = Mention(40, 47, "Toronto", "", "GPE")
    (pearson, _), (city, _) = resolve([site, toronto], gazetteer)
    assert pearson is None
    assert city is not None and city.country_code == "CA"
    # "Stellenbosch University", "Erbil International Airport": at the town they name.
    for name in ("Stellenbosch", "Erbil"):
        place = resolve([Mention(0, len(name), name, "F", "ORG")], gazetteer)[0][0]
        assert place is not None and place.feature_class == "P"


def test_a_district_word_keeps_a_big_city_abroad_out(gazetteer: Gazetteer) -> None:
    # "the Mambasa territory" in a Congo report: not Kenya's Mombasa, an alternate spelling.
    found = resolve([Mention(0, 7, "Mambasa", "D", "NORP")], gazetteer, focus="CD")
    assert found[0][0] is None or found[0][0].country_code == "CD"


def test_a_region_named_after_its_big_town_stands_where_nothing_else_is_told(
    gazetteer: Gazetteer,
) -> None:
    # "marches in Beni Suef governorate", the whole report: GeoNames knows the town only,
    # and the big town is the region's namesake
    ((found, _),) = resolve([Mention(0, 9, "Beni Suef", "A", "GPE")], gazetteer)
    assert found is not None and found.country_code == "EG"
    # ... but a small namesake hamlet is no region, and in a report placed elsewhere the
    # big town abroad is no region of its country either
    assert resolve([Mention(0, 8, "Metcalfe", "A", "GPE")], gazetteer) == [(None, 0.0)]
    elsewhere = resolve([Mention(0, 9, "Beni Suef", "A", "GPE")], gazetteer, focus="SD")
    assert elsewhere[0][0] is None


def test_a_place_another_name_was_read_as_weighs_more(gazetteer: Gazetteer) -> None:
    # "CAMP MURRAY, Wash." and later "Washington": the state, not the capital.
    found = resolve(mentions("Wash.", "Seattle", "Washington"), gazetteer)
    washington = found[-1][0]
    assert washington is not None and washington.feature_code == "ADM1"


def test_a_regions_namesake_town_stays_beside_it_abroad(gazetteer: Gazetteer) -> None:
    # A US article's "Saipan": the island's capital town, not only its region.
    names = mentions("Alaska", "Hawaii", "Florida", "Texas", "Saipan")
    saipan = resolve(names, gazetteer)[-1][0]
    assert saipan is not None and (saipan.country_code, saipan.feature_class) == ("MP", "P")


def test_a_sources_country_keeps_alternate_spellings_of_cities_abroad_out(
    gazetteer: Gazetteer,
) -> None:
    # A Sudanese source's "Sama" is no Chinese city that GeoNames also spells so.
    found = resolve(mentions("Sama"), gazetteer, focus="SD")[0][0]
    assert found is None or found.country_code == "SD"


def test_a_sources_country_keeps_towns_abroad_out_unless_they_are_big_cities(
    gazetteer: Gazetteer,
) -> None:
    # A Sudanese source's "Kira" is a village the gazetteer lacks, not Uganda's town of
    # 300,000; a world city abroad is still itself.
    kira = resolve(mentions("Kira"), gazetteer, focus="SD")[0][0]
    assert kira is None or kira.country_code == "SD"
    assert resolve(mentions("Kira"), gazetteer)[0][0] is not None
    cairo = resolve(mentions("Cairo"), gazetteer, focus="SD")[0][0]
    assert cairo is not None and cairo.country_code == "EG"


def test_a_world_city_beats_a_far_small_namesake_in_the_articles_country(
    gazetteer: Gazetteer,
) -> None:
    # A flight from Newark to San Francisco instead of Paris: France's capital.
    paris = resolve(mentions("Newark", "San Francisco", "Paris"), gazetteer)[-1][0]
    assert paris is not None and paris.country_code == "FR"
    # Near the article's towns, the small namesake still wins ("London" by St. Thomas).
    london = resolve(mentions("St. Thomas", "London"), gazetteer)[-1][0]
    assert london is not None and london.country_code == "CA"


def test_a_name_listed_beside_regions_is_a_region(gazetteer: Gazetteer) -> None:
    # "farmers in Ohio, Montana, Wyoming": the state, not Wyoming, a Cincinnati suburb.
    text = "Cincinnati growers joined farmers in Ohio, Montana, Wyoming and more"
    names = [
        Mention(text.index(n), text.index(n) + len(n), n, "", "GPE")
        for n in ("Cincinnati", "Ohio", "Montana", "Wyoming")
    ]
    wyoming = resolve(names, gazetteer, text)[-1][0]
    assert wyoming is not None and wyoming.feature_code == "ADM1"


def test_a_country_named_only_as_whose_forces_acted_says_little_of_where(
    gazetteer: Gazetteer,
) -> None:
    # "Kenya air forces ... near Jilib": Kenya names the forces, not where they struck; the
    # Somali town stands, where a Kenya named as the place would keep a small town abroad out.
    text = "Kenya air forces launch attacks against al Shabaab near Jilib."
    kenya = Mention(0, 5, "Kenya", "", "GPE")
    jilib = Mention(text.index("Jilib"), text.index("Jilib") + 5, "Jilib", "", "GPE")
    found = resolve([kenya, jilib], gazetteer, text)
    assert found[1][0] is not None and found[1][0].country_code == "SO"
    told = "In Kenya, police said al Shabaab attacked near Jilib."
    kenya = Mention(3, 8, "Kenya", "", "GPE")
    jilib = Mention(told.index("Jilib"), told.index("Jilib") + 5, "Jilib", "", "GPE")
    assert resolve([kenya, jilib], gazetteer, told)[1][0] is None


def test_an_alternate_spelling_abroad_is_no_place_in_a_report_all_in_one_country(
    gazetteer: Gazetteer,
) -> None:
    # A Burkinabe report's village "Pensa" is missing from the gazetteer: Russia's Penza
    # bears the spelling only as an alternate name, in a country the report never names.
    # Where the report names the city's country, its alternate name stands; a town abroad
    # of no great size is no place of a report mostly about another country.
    pensa = resolve(mentions("Burkina Faso", "Ouagadougou", "Burkina Faso", "Pensa"), gazetteer)
    assert pensa[-1][0] is None or pensa[-1][0].country_code == "BF"
    quebec = resolve(mentions("Canada", "Washington", "Mexico", "Quebec City"), gazetteer)
    assert quebec[-1][0] is not None and quebec[-1][0].country_code == "CA"
    lere = resolve(mentions("Mali", "Mopti", "Mali", "Mauritania", "Lere"), gazetteer)
    assert lere[-1][0] is None or lere[-1][0].country_code != "NG"
