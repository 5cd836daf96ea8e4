"""Toponym recognition: spaCy's entities, place-name patterns and gazetteer matching."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from ..datelines import dateline_sources
from ..nlp import text_of
from .capitals import POSSESSIVE, dateline, postal_codes, runs
from .gazetteer import REGION_CODES, Gazetteer
from .names import name_key
from .parts import (
    ADMIN1_WORDS,
    COMPASS,
    MIN_POPULATION_UNTAGGED,
    REGION_SUFFIX,
    REGION_WORDS,
    english_words,
    entity_parts,
    longer_name,
    name_spans,
    region_hint,
    strong,
    well_known,
)

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# spaCy's small model often calls a town NORP, ORG or PERSON ("Aleppo" as NORP); such an
# entity is taken as a place only when the gazetteer knows it as a country, a region or a
# town of at least this size (small villages share names with people and organisations).
OTHER_LABELS = {"NORP", "ORG", "PERSON"}
MIN_POPULATION_OTHER = 5_000
# Capitalised words outside any entity name a place when it is well known (a country, a
# region, a city of parts.MIN_POPULATION_UNTAGGED); smaller ones ("a Baardheere police
# station") are kept as weak mentions (hint "W"): the resolver takes them only in a country
# the article's other names (or its focus) are about.
MIN_POPULATION_WEAK = 1_000
MIN_POPULATION_WEAK_ALTERNATE = 50_000  # a spelling that is only an alternate ("Oshogbo")
MIN_POPULATION_CITY = 100_000  # a dateline's town ("GAZA": the city, no namesake region)

_TOWN_WORDS = r"villages?|towns?|city|cities|neighbou?rhoods?|suburbs?|hamlets?|camps?|port|capital"
# "Mukalla city", "Kalembe village" tagged as one entity: the name, and it is a town.
_TOWN_SUFFIX = re.compile(r"\s+(?:village|town|city|neighbou?rhood|suburb|camp)$", re.I)
#: A town's quarter, often named after a place elsewhere ("Kuwait neighbourhood").
_QUARTER_AFTER = re.compile(r"^\s+(?:neighbou?rhoods?|quarters?|suburbs?)\b", re.I)
#: ... or an area the text places in a town: "the Shah Alam area on the outskirts of the
#: city", "the Hodan area of the capital".
_AREA_OF_A_TOWN = re.compile(
    r"\s+area\s+(?:(?:on|in)\s+the\s+(?:\w+\s+)?outskirts|of\s+the\s+(?:city|town|capital))\b",
    re.I,
)
#: The rest of a list of names after one of them ("[Escalon], San Benito, and Merliot"),
#: up to the lower-case word that says what they all are ("... neighborhoods").
_LIST_REST = re.compile(
    r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}){1,8}"
    r"(?=\s+[a-z])"
)
_PLURAL_QUARTERS = re.compile(r"^\s+(?:neighbou?rhoods|quarters|suburbs)\b", re.I)
_PLURAL_TOWNS = re.compile(r"^\s+(?:villages|towns|cities|camps)\b", re.I)
# (a quarter, "Kuwait neighbourhood", is read first: _QUARTER_AFTER)
_AFTER_TOWN = re.compile(r"^\s+(?:village|town|city|camp)\b", re.I)
# "Erbil International Airport", "Tal Baydar Military Air Base": the place the site is at.
FACILITY = re.compile(
    r"\s+(?:International\s+|Military\s+)?(?:Airport|Air\s*Base|Airbase|Air\s*Field|Airfield|"
    r"Base|Prison|Central\s+Prison|Stadium|Refinery|Gas\s+Field|Oil\s+Field|Dam|Bridge|"
    r"Checkpoint|(?:Main\s+|Central\s+)?Market|Hospital|University|Polytechnic|College|"
    r"(?:(?:Divisional|Area|District|Central|State)\s+)?Police\s+(?:Station|Post|Headquarters|"
    r"Division|Command)|(?:Bus|Taxi)\s+(?:Station|Park|Terminal)|"
    r"Barracks|Press\s+Club|(?:High|Secondary|Primary)\s+School)$"
)

# A site's name made of plain words alone ("Central Police Station", "General Hospital"):
# no town is named in it.
_PLAIN_SITE = re.compile(
    r"(?:(?:the|The|Central|Main|General|National|Regional|Provincial|District|Municipal|"
    r"City|County|State|Federal|Old|New|Grand|Royal|Teaching|Referral|Specialist|Military|"
    r"Police|Civil|Public|Upper|Lower|North|South|East|West|Northern|Southern|Eastern|"
    r"Western)\s+)*(?:Central|Main|General|National|Regional|Provincial|District|Municipal|"
    r"City|County|State|Federal|Old|New|Grand|Royal|Teaching|Referral|Specialist|Military|"
    r"Civil|Public)\s*"
)


#: A police post's name after its town: "Kagara Divisional Police Headquarters".
_POLICE_SITE = re.compile(r"\bPolice\s+(?:Station|Post|Headquarters|Division|Command)$")
_THE = re.compile(r"^(?:the|The)\s+")


def _site_town(name: str) -> str:
    """The town a site's name starts with ("Mahikeng Police Station": Mahikeng); else the
    name itself."""
    site = FACILITY.search(name)
    return name[: site.start()] if site and site.start() > 0 else name


# A site named after a person or saint that spaCy cut off its name ("St. Peter's |
# Basilica"): the name before it is a site's, hint "F" like FACILITY's.
_SITE_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:(?:Catholic|Anglican|Orthodox|Coptic|Methodist|Baptist|Lutheran|"
    r"Presbyterian|Evangelical|Pentecostal)\s+)?"
    r"(?:Basilica|Cathedral|Church|Chapel|Abbey|Castle|Palace|Mosque|Shrine|"
    r"Temple|Airport|Hospital|University|College)\b"
)
# A saint's name before a place of worship ("St. Andrew Catholic Church"): not a town's.
_SAINT = re.compile(r"(?:St\.?|Saint|Ste\.?)\s")
_WORSHIP_AFTER = re.compile(
    r"(?:'s|’s)?\s+(?:[A-Z]\w+\s+)?(?:Basilica|Cathedral|Church|Chapel|Abbey|Shrine|Parish)\b"
)
_AFTER = re.compile(rf"^\s*(?:{REGION_WORDS})\b", re.IGNORECASE)
_BEFORE = re.compile(rf"\b(?:the\s+)?(?:{_TOWN_WORDS}|{REGION_WORDS})\s+of\s+$", re.IGNORECASE)
_CAPITALISED = re.compile(
    r"\b(?:[A-Z]\.){2,}|"  # "U.S.", "D.C."
    r"\b(?:(?:Al|al|Ash|ash|As|as|Ad|ad|Ar|ar|El|el|Tal|Tel|Ras|Deir|Abu|Bir|Ain|Ayn)[- ]|"
    r"(?:St|ST|Mt|MT|Ft|FT)\.\s)?"  # "ST. LOUIS", "Ft. Worth"
    r"[A-Z][\w'’-]+(?:[- ](?:al|el|ad|ar|as|ash|an|az|ez|es|ed|ul|e|de|du|la|di)[- ][A-Z][\w'’-]+"
    r"|\s+[A-Z][\w'’-]+){0,3}"
)


# A numbered part of a place: the name after "of" is the whole, not the part ("the 25th
# District of Florida"). A compass word is no such sign: "the southern province of Helmand".
_CONTAINER_BEFORE = re.compile(
    r"\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"congressional)\s*$",
    re.IGNORECASE,
)
_FORMAL_BEFORE = re.compile(r"\b(?:Democratic\s+)?Republic\s+of\s+(?:the\s+)?$")
_LIST_GLUE = re.compile(r"^(?:\s*,)?\s*(?:and|or)?\s*$")


_Add = Callable[..., None]


@dataclass(frozen=True)
class Mention:
    """A recognised place name, before resolution."""

    start: int
    end: int
    text: str
    hint: str  # "A" the text calls it a region, "D" a district, "P" a town, "" nothing said,
    # "W" nothing said and only weakly a place (needs the article's other names to agree),
    # "F" the name of a site ("Erbil International Airport": Erbil, if it is a town),
    # "N" a town's quarter ("Kuwait neighbourhood": a place only where the article is)
    label: str  # the spaCy label, "PATTERN" or "GAZETTEER"


@lru_cache(maxsize=1)
def _demonym_table() -> dict[str, str]:
    """Nationality and group adjectives, each with its country's code or ""."""
    text = resources.files("eventwire.data").joinpath("geo", "demonyms.txt").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and line[0] != "#"]
    return {name_key(row[0]): (row[1].strip() if len(row) > 1 else "") for row in rows}


def demonyms() -> frozenset[str]:
    """Nationality and group adjectives that are never places ("Turkish", "Syrian")."""
    return frozenset(_demonym_table())


def told_by_nationality(text: str, code: str) -> tuple[int, int] | None:
    """Where `text` first names country `code` by its nationality word ("Beninese army")."""
    table = _demonym_table()
    for found in _demonym_pattern().finditer(text):
        if table[name_key(found.group(0))] == code and found.group(0)[0].isupper():
            return found.span()
    return None


#: How much one nationality word ("Ethiopian troops") leans the article towards its
#: country, and at most all of them together: less than one town named there.
W_DEMONYM = 0.3
MAX_DEMONYM = 0.6


def leaning(doc: Doc) -> dict[str, float]:
    """Countries the text's nationality words name ("Ethiopian troops in Ambo"), with a
    small weight each: a hint for names shared by towns in several countries."""
    table = _demonym_table()
    out: dict[str, float] = {}
    for found in _demonym_pattern().finditer(text_of(doc)):
        code = table[name_key(found.group(0))]
        if code and found.group(0)[0].isupper():
            out[code] = min(MAX_DEMONYM, out.get(code, 0.0) + W_DEMONYM)
    return out


@lru_cache(maxsize=1)
def _demonym_pattern() -> re.Pattern[str]:
    """Any nationality word, the longest first ("South Sudanese" before "Sudanese")."""
    words = sorted(_demonym_table(), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(re.escape(w) for w in words)})(?![\w-])", re.I)


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    """Capitalised words that name places in GeoNames but almost never do in news."""
    text = resources.files("eventwire.data").joinpath("geo", "not_places.txt").read_text("utf-8")
    return frozenset(name_key(w) for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive or comma from a span's characters
    (spaCy may tag "Timbuktu," comma and all)."""
    text = text_of(doc)[start:end]
    if text.lower().startswith("the "):
        start += 4
    end = start + len(text_of(doc)[start:end].rstrip(",;: "))
    for suffix in ("'s", "’s", "'", "’"):
        if text_of(doc)[start:end].endswith(suffix):
            end -= len(suffix)
            break
    return start, end


#: The last possessive inside a name, before a part's name: "Cox's Bazar's Ukhia".
_OWNERS_PART = re.compile(r"['’]s (?=[A-Z])(?!.*['’]s [A-Z])")
#: A preposition opening a sentence, tagged with the name after it: "In Sungai Kolok".
_A_PREPOSITION = re.compile(r"(?:In|At|Near|From|On|Outside|Inside|Around) (?=[A-Z])")


# "(57km SW of Baidoa)", "30 kilometres south of": what follows is a town.
_RELATIVE_BEFORE = re.compile(
    r"\b\d+\s*(?:km|kms|kilomet(?:re|er)s?|miles?)\s+(?:\(\d+\s+\w+\)\s+)?"
    r"(?:north|south|east|west|[NSEW]{1,2})(?:[- ]?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: A name a weapon's, a vehicle's or a broadcaster's word follows names the weapon, the
#: make or the channel ("Grad rockets", "a Toyota car", "Toyota Land Cruiser", "Ukrayina TV").
#: A force's or a group's name, its other name in brackets after it.
_AN_ARMED_BODY_BEFORE = re.compile(
    r"\b(?:Forces?|Brigades?|Army|Front|Movement|Group|Party|Militia|Battalion|Regiment|"
    r"Unit|Council|Alliance|Coalition|Guards?)\s*\($"
)
#: A name between a capitalised word and a group's word is inside the group's name
#: ("Kachin Independence Army", "Sudan People's Liberation Army").
_WITHIN_A_NAME_BEFORE = re.compile(
    r"\b(?!(?:The|A|An|In|On|At|By|For|From|Of|To|With|And|But|As|That|This|Its|Their)\s)"
    r"(?-i:[A-Z])[\w'’-]+\s+$"
)
_A_BODYS_WORD_AFTER = re.compile(
    r"\s+(?:(?:Liberation|Defen[cs]e|Salvation|Resistance|Revolutionary|Democratic|National)\s+)?"
    r"(?:Army|Front|Movement|Party|Forces?|Brigades?|Organi[sz]ation|Union|Alliance|Council)\b"
)
#: A word inside a body's name spelt "X for/of ...": "the Front for Change and Concord in
#: Chad" names no Concord, "the Union of Sinai Tribes" no place of Sinai's, "Bangsamoro Youth
#: for Peace" no Peace (a Kansas town's other name) (the words after
#: "in" may still be one).
_A_BODY_FOR_BEFORE = re.compile(
    r"\b(?:Front|Movement|Union|Alliance|Coalition|Organi[sz]ation|Rally|Congress|(?-i:Youth|"
    r"Women|Mothers|Lawyers|Citizens|Network|Initiative|Association|Campaign|Society|"
    r"Cent(?:re|er)|Institute|Foundation|Forum|Partnership))\s+"
    r"(?:for|of)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]*\s+(?:(?:and|of|for|the)\s+)*)*$"
)
#: A group's name spelt out, then its letters: "the Azawad Liberation Front (FLA)".
_SPELT_OUT = re.compile(
    r"\b((?-i:[A-Z])[\w'’-]+(?:\s+(?:(?-i:[A-Z])[\w'’-]+|of|for|and|the|in|de|du|des|la|le))+)"
    r"\s+\(((?-i:[A-Z]){2,6})\)"
)
_A_BODYS_WORD = re.compile(
    r"\b(?:Front|Army|Movement|Forces?|Brigades?|Party|Council|Union|Alliance|Coalition|Group|"
    r"Organi[sz]ation|Militias?|Command|Congress|Rally|Battalion|Regiment|Apparatus|Committee)\b"
)


def group_letters(text: str) -> frozenset[str]:
    """The letters a text gives as a group's other name ("the Azawad Liberation Front
    (FLA)"): wherever they stand, they are the group, not a place (Florida's "FLA")."""
    return frozenset(
        m.group(2) for m in _SPELT_OUT.finditer(text) if _A_BODYS_WORD.search(m.group(1))
    )


_NAMES_NO_PLACE_AFTER = re.compile(
    r"(?i:[- ](?:rockets?|missiles?|(?:rocket )?launchers?|rifles?|mortars?|grenades?|"
    r"howitzers?|multiple rocket))\b"
    r"|(?i: (?:cars?|trucks?|pick-?ups?|vans?|minibus(?:es)?|sedans?|SUVs?|jeeps?|"
    r"land ?cruisers?|hilux|corolla))\b"
    r"| (?:TV|Television|Radio|FM)\b"
    # a river or a plant named after a town ("a city on the Dnipro river opposite the
    # Zaporizhzhia nuclear power plant"): neither is the town
    r"| (?:river|reservoir|(?:nuclear )?(?:power )?(?:plant|station))\b"
    r"|(?<=France) \d+\b"  # "France 24", "France 3": channels
    r"| time\b"  # "7am Moscow time": a clock's zone
)


#: A name a town word restates after it: "Kyaukphyu, the coastal town where ...",
#: "Kani, a town in Sagaing".
_TOWN_APPOSITION = re.compile(
    r",\s+(?:the|a|an)\s+(?:(?:small|coastal|border|remote|northern|southern|eastern|"
    r"western|central|frontline|front-line|mountain|desert|market|port|rural|strategic|key)\s+)?"
    r"(?:town|city|village|port)\b"
)


def _hint(doc: Doc, start: int, end: int) -> str:
    if _RELATIVE_BEFORE.search(text_of(doc)[max(0, start - 40) : start]):
        return "P"
    if _AREA_OF_A_TOWN.match(text_of(doc), end, end + 50):
        return "N"
    after = _AFTER.match(text_of(doc)[end : end + 20])
    if after:
        return region_hint(after.group(0))
    if _QUARTER_AFTER.match(text_of(doc)[end : end + 20]):
        return "N"
    if _AFTER_TOWN.match(text_of(doc)[end : end + 20]) or _TOWN_APPOSITION.match(
        text_of(doc), end, end + 40
    ):
        return "P"
    listed = _listed_before(text_of(doc), end)
    if listed:
        return listed
    plural_of = _PLURAL_OF_BEFORE.search(text_of(doc), max(0, start - 120), start)
    if plural_of:
        return region_hint(plural_of.group(1))  # "the provinces of Pattani, Yala and Narathiwat"
    before = text_of(doc)[max(0, start - 30) : start]
    if _BEFORE.search(before) and text_of(doc)[end : end + 2] in ("'s", "’s"):
        return ""  # ("the Tierra Caliente region of Mexico's southern Guerrero state": the
        # region is the owned place's, the possessor only names whose it is)
    if _BEFORE.search(before):
        word = _BEFORE.search(before)
        assert word is not None
        if _CONTAINER_BEFORE.search(before[: word.start()]):
            return ""
        if re.search(REGION_WORDS, word.group(0), re.IGNORECASE):
            return region_hint(word.group(0))
        return "P"
    return ""


def _listed_before(text: str, end: int) -> str:
    """The hint of the plural word ending a list the name opens or continues ("Escalon,
    San Benito, and Merliot neighborhoods": quarters; "Ariha and Saraqib districts")."""
    rest = _LIST_REST.match(text, end, end + 200)
    if rest is None:
        return ""
    after = text[rest.end() : rest.end() + 25]
    if _PLURAL_QUARTERS.match(after):
        return "N"
    if _PLURAL_TOWNS.match(after):
        return "P"
    plural = re.match(rf"^\s+(?:{_PLURAL_REGIONS})\b", after, re.IGNORECASE)
    return region_hint(plural.group(0)) if plural else ""


_PLURAL_REGIONS = (
    r"provinces|governorates|regions|states|departments|districts|municipalities|oblasts|"
    r"prefectures|"
    r"territories|townships|communes|localities|counties"
)
#: A plural region word and "of" before a list the name is in ("the provinces of Pattani,
#: Yala and Narathiwat").
_PLURAL_OF_BEFORE = re.compile(
    rf"\b({_PLURAL_REGIONS})\s+of\s+(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){{0,3}}"
    r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,8}$"
)


#: A landform's common noun that GeoNames also has as a town ("The Valley", Anguilla).
_LANDFORM = re.compile(r"(?:[Tt]he )?(?:Valley|Lake|Mount|River|Gulf|Bay|Plains?|Hills?)")


#: A paper or a site named after its town ("told Hiiraan Online", "the Addis Standard"); one
#: named after its country still tells the country ("The Libya Observer reported").
_OUTLET_AFTER = re.compile(
    r" (?:Online|Standard|Times|Post|Tribune|Herald|Observer|Gazette|Monitor|Chronicle|"
    r"Telegraph|Journal|Express|Mirror)\b(?! (?:of|in|at|on)\b)"
)


#: A dateline's source that is a broadcaster named after a place ("RADIO CADENA SONORA").
_STATION = re.compile(r"\b(?:radio|television|tv|cadena|network|station)\b", re.IGNORECASE)


#: The other half of a name joined by "and" ("Sistan and Baluchestan", "Trinidad and
#: Tobago"), after or before the half found.
_AND_NAME_AFTER = re.compile(r" and [A-Z][\w'’-]+?(?=['’]s\b|[^\w'’-]|$)")  # (not its "'s")
_AND_NAME_BEFORE = re.compile(r"\b[A-Z][\w'’-]+ and $")


def recognise(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """Every place name in the text, as character spans, without overlaps."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    skip = demonyms()
    sources = dateline_sources(text_of(doc))  # "(RADIO CADENA SONORA)": no place
    # ... nor is the station's name anywhere in its report ("Sonora listeners, ...")
    stations = [text_of(doc)[s:e].lower() for s, e in sources if _STATION.search(text_of(doc)[s:e])]
    letters = group_letters(text_of(doc))

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(start: int, end: int, label: str, hint: str = "") -> None:
        if any(s <= start < e for s, e in sources) or any(
            re.search(rf"\b{re.escape(text_of(doc)[start:end].lower())}\b", name)
            for name in stations
        ):
            return
        if _NAMES_NO_PLACE_AFTER.match(text_of(doc), end):
            return  # "Grad rockets", "Ukrayina TV": a weapon's or a channel's name
        if _TOLD_BEFORE.search(text_of(doc), max(0, start - 16), start) and _NEWS_AFTER.match(
            text_of(doc), end
        ):
            return  # "told Myanmar Now": an outlet named after its country
        if _A_MONTH.fullmatch(text_of(doc)[start:end]):
            return  # "GAZA, Jan 20": the date after a desk's town
        if text_of(doc)[start:end] in letters:
            return  # "FLA" given as the Azawad Liberation Front's letters
        if _postal_code_alone(text_of(doc), start, end, gazetteer):
            return  # "PA security forces": the Palestinian Authority, not Pennsylvania
        if _A_BODY_FOR_BEFORE.search(text_of(doc), max(0, start - 60), start) and not any(
            c.place.feature_code == "PCLI" for c in gazetteer.lookup(text_of(doc)[start:end])
        ):
            # "the Front for Change and Concord in Chad": no Concord (a country stays one:
            # "the Trade Promotion Organization of Iran")
            return

        if _LANDFORM.fullmatch(text_of(doc)[start:end]) and text_of(doc).startswith(" of ", end):
            return  # "the Valley of the Apurimac, Ene and Mantaro Rivers": no Anguilla's town
        if _OUTLET_AFTER.match(text_of(doc), end) and not any(
            c.place.feature_code == "PCLI" for c in gazetteer.lookup(text_of(doc)[start:end])
        ):
            return  # "told Hiiraan Online": a paper's name
        if (
            _AN_ARMED_BODY_BEFORE.search(text_of(doc), max(0, start - 60), start)
            and text_of(doc)[end : end + 1] == ")"
        ):
            return  # "the Special Deterrence Force (Rada)": the force's other name
        if _WITHIN_A_NAME_BEFORE.search(text_of(doc), max(0, start - 30), start) and (
            _A_BODYS_WORD_AFTER.match(text_of(doc), end)
        ):
            return  # "the Kachin Independence Army": a word inside a group's name
        formal = _FORMAL_BEFORE.search(text_of(doc)[max(0, start - 35) : start])
        if formal:
            start -= len(formal.group(0))  # "Democratic Republic of the [Congo]"
        joined = re.match(r"(?:-[a-z]{1,4})*-[A-Z][\w'’]+", text_of(doc)[end : end + 30])
        if joined and gazetteer.lookup(text_of(doc)[start : end + joined.end()]):
            end += joined.end()  # spaCy splits "Guinea | -Bissau", "Croix | -des-Bouquets"
        end = longer_name(text_of(doc), gazetteer, start, end)
        # a name with "and" in it, split by the parser: "Sistan and Baluchestan"
        and_after = _AND_NAME_AFTER.match(text_of(doc), end)
        if and_after and gazetteer.lookup(text_of(doc)[start : and_after.end()]):
            end = and_after.end()
        and_before = _AND_NAME_BEFORE.search(text_of(doc), max(0, start - 40), start)
        if and_before and gazetteer.lookup(text_of(doc)[and_before.start() : end]):
            start = and_before.start()
        if text_of(doc)[end : end + 5] == " Town" and gazetteer.lookup(
            text_of(doc)[start : end + 5]
        ):
            end += 5  # spaCy splits "King William's | Town"
        whole = text_of(doc)[start:end]
        if whole.endswith(("'s Town", "’s Town")) and gazetteer.lookup(whole):
            end = start + len(whole)  # "King William's Town" is a name, possessive and all
        else:
            start, end = _trim(doc, start, end)
        opening = _A_PREPOSITION.match(text_of(doc), start, end)
        if (
            opening
            and not gazetteer.lookup(text_of(doc)[start:end])
            and gazetteer.lookup(text_of(doc)[opening.end() : end])
        ):
            start = opening.end()  # "In Sungai Kolok" tagged whole ("In Salah" is a town)
        owner = _OWNERS_PART.search(text_of(doc), start, end)
        if (
            owner is not None
            and not gazetteer.lookup(text_of(doc)[start:end])
            and gazetteer.lookup(text_of(doc)[start : owner.start()])
        ):
            end = owner.start()  # "Cox's Bazar's Ukhia upazila" tagged whole: the town named
            # as its owner (the part, unknown, is somewhere in it)
        suffix = REGION_SUFFIX.search(text_of(doc)[start:end])
        site = FACILITY.search(text_of(doc)[start:end])
        if site and site.start() > 0:
            if _PLAIN_SITE.fullmatch(text_of(doc), start, start + site.start()):
                return  # "Central Police Station", "General Hospital": no town's name
            end = start + site.start()
            hint = hint or "F"
        elif _SITE_AFTER.match(text_of(doc)[end : end + 30]):
            if _SAINT.match(text_of(doc), start) and _WORSHIP_AFTER.match(text_of(doc), end):
                return  # "St. Peter's Basilica", "St. Andrew Catholic Church": a saint's name
            hint = hint or "F"  # "Erbil Airport", "Mabvuku Church": the town's
        town = _TOWN_SUFFIX.search(text_of(doc)[start:end])
        if gazetteer.lookup(text_of(doc)[start:end]) and not (suffix and suffix.start() > 0):
            town = None  # the town word is part of the name
        if suffix and suffix.start() > 0:
            # "Idlib province" tagged as one entity: the name is "Idlib", and it is a region.
            end, hint = start + suffix.start(), hint or region_hint(suffix.group(0))
        elif town and town.start() > 0:
            end, hint = start + town.start(), hint or "P"
        text = text_of(doc)[start:end]
        key = name_key(text)
        if (
            not key
            or (key in skip and not _compass_region(key, hint))
            or not free(start, end)
            # (or a name after a small Arabic article: "al-Haffah")
            or not (text[:1].isupper() or hint == "T" or _SMALL_ARTICLE.match(text))
        ):
            return
        if re.fullmatch(rf"(?:{REGION_WORDS}|{_TOWN_WORDS})", key):
            return  # "Sector", "District": a word for a place, not a place's name
        taken.append((start, end))
        before = sorted((f for f in found if f.end <= start), key=lambda f: f.start)
        # A name continuing a list ("the towns of Ariha, Saraqib and Kafr Nabl") is what
        # the list's head says it is, whoever tagged it.
        hint = hint or ("A" if _owner_region(text_of(doc), start, end, gazetteer) else "")
        hint = hint or _hint(doc, start, end) or _listed_after(doc, before, start, gazetteer, text)
        if (
            not hint
            and (start == 0 or text_of(doc)[start - 1] == "\n")
            and dateline(doc, start, end)
            and _a_city(gazetteer, text)
        ):
            hint = "P"  # a desk is a town, where a city has the name ("GAZA, Jan 20": no
            # Mozambican province)
        found.append(Mention(start, end, text, hint, label))

    for road in ROAD.finditer(text_of(doc)):
        ends = [road.span(1), road.span(2)]
        if all(any(not c.stripped for c in gazetteer.lookup(text_of(doc)[a:b])) for a, b in ends):
            for a, b in ends:
                add(a, b, "ROAD", "P")  # "the Juba-Bor road": the towns at its ends
    ents: list[Span] = list(doc.ents)
    capitalised = [m.span() for m in _CAPITALISED.finditer(text_of(doc))]
    for ent in ents:
        if ent.label_ in PLACE_LABELS and not _common_opener(ent):
            start, end = _whole_run(doc, gazetteer, capitalised, ent.start_char, ent.end_char)
            parts = entity_parts(doc, gazetteer, start, end, ent.label_)
            for start, end in parts:
                add(start, end, ent.label_)
    for ent in ents:
        if ent.label_ not in OTHER_LABELS:
            continue
        start, end = _whole_run(
            doc, gazetteer, capitalised, ent.start_char, ent.end_char, word_only=True
        )
        if (start, end) != (ent.start_char, ent.end_char):
            add(start, end, "PATTERN")  # "Tan" of "Tha Yet Tan village", tagged a person
        elif strong(gazetteer, _site_town(ent.text), MIN_POPULATION_OTHER):
            key = name_key(_site_town(ent.text))
            if key not in not_places():
                add(ent.start_char, ent.end_char, ent.label_)
        elif (
            ent.label_ == "ORG"
            and _POLICE_SITE.search(ent.text)
            and _site_town(ent.text) != ent.text
            and gazetteer.lookup(_site_town(_THE.sub("", ent.text)))
        ):
            # "the Kagara Divisional Police Headquarters": a small town's station, weighed
            # only where the article's other names are (a weak mention)
            site = FACILITY.search(ent.text)
            cut = ent.start_char + (site.start() if site else len(ent.text))
            begin = ent.start_char + len(ent.text) - len(_THE.sub("", ent.text))
            if name_key(text_of(doc)[begin:cut]) not in not_places():
                add(begin, cut, ent.label_, "F")
    found.sort(key=lambda m: m.start)
    for street in _STREET.finditer(text_of(doc)):
        start, end = street.span()
        if name_key(street.group(0)) in _STREET_METONYMS or _known(doc, gazetteer, start, end):
            continue  # "Downing Street" said; "Church Street" is a village GeoNames has
        # A street's name is the street's, whoever tagged a word of it ("Royal Street").
        found[:] = [f for f in found if not (start <= f.start and f.end <= end)]
        taken[:] = [(a, b) for a, b in taken if not (start <= a and b <= end)]
        add(start, end, "STREET", "T")
    spans = [
        span
        for m in _CAPITALISED.finditer(text_of(doc))
        for run in runs(text_of(doc), gazetteer, *m.span())
        for span in name_spans(doc, gazetteer, *run)
    ]
    for start, end, word_hint in spans:
        if not free(start, end):
            continue
        text = text_of(doc)[start:end]
        if dateline(doc, start, end) and _known(doc, gazetteer, start, end):
            add(start, end, "DATELINE")  # "BEIRUT (AP) -", "ALBUQUERQUE, N.M."
            continue
        before = [f for f in found if f.end <= start]
        hint = (
            word_hint
            or _hint(doc, start, end)
            or _listed_after(doc, before, start, gazetteer, text)
        )
        # "in Lere", "outside the Bhisho Legislature", "(Afgooye)": a name the gazetteer has
        # as a place, where the sentence puts a place (even if spaCy took it for a person).
        before_name = text_of(doc)[max(0, start - 12) : start]
        locative = bool(_LOCATIVE.search(before_name)) and _known(doc, gazetteer, start, end)
        locative = locative or (bool(_TAKEN.search(before_name)) and _known_town(gazetteer, text))
        locative = locative or (
            bool(_PART_OF.search(text_of(doc)[max(0, start - 25) : start]))
            and _known(doc, gazetteer, start, end)
        )  # "on the edge of Miran Shah", tagged a person
        locative = locative or _placed_in_next(text_of(doc), gazetteer, start, end)
        locative = locative or (
            bool(_WITHIN.search(text_of(doc)[max(0, start - 20) : start]))
            and _known(doc, gazetteer, start, end)
        )  # "in Tsetia village, Wannune": the place the village lies in
        locative = locative or (
            bool(_RESIDENTS_AFTER.match(text_of(doc), end))
            and _known(doc, gazetteer, start, end)
            # (not a word of counting: "Many residents have fled")
            and text.lower() not in _COUNTING_WORDS
        )  # "Garowe residents staged a demonstration"
        locative = locative or (
            bool(_RESIDENTS_OF.search(text_of(doc), max(0, start - 25), start))
            and _known(doc, gazetteer, start, end)
        )  # "some 300 residents of Kiryat Shmona rallied"
        if name_key(text) in not_places() or (
            _in_entity(doc, start, end) and not hint and not locative
        ):
            continue
        if hint:
            add(start, end, "PATTERN", hint)
        elif _proper(doc, start, end) and strong(gazetteer, text, MIN_POPULATION_UNTAGGED):
            add(start, end, "GAZETTEER")
        elif locative:
            add(start, end, "LOCATIVE")
        elif any(f.text == text and f.hint != "W" for f in found) and gazetteer.lookup(text):
            add(start, end, "REPEAT")  # one sense per article (see _repeat)
        elif _proper(doc, start, end) and _weak(gazetteer, text):
            add(start, end, "WEAK", "W")
        found.sort(key=lambda m: m.start)
    for m in list(found):
        if m.hint != "W":
            _repeat(doc, m, free, add)
    found.sort(key=lambda m: m.start)
    names = [(m.end, m.text) for m in found if m.hint != "W"]
    for start, end in postal_codes(text_of(doc), gazetteer, names):
        # spaCy may have tagged the code itself ("DC"): it is the state's, whoever did.
        found[:] = [f for f in found if (f.start, f.end) != (start, end)]
        if (start, end) in taken:
            taken.remove((start, end))
        add(start, end, "POSTAL", "S")
    found.sort(key=lambda m: m.start)
    named = surnames(doc)
    titled = frozenset(_titled(doc))
    return [m for m in found if not _a_surname(doc, gazetteer, m, named, titled)]


_OWNED = re.compile(r"['’]s\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}")
#: Rural divisions a region holds (a city's "district" or "area" may be its own quarter).
_DIVISION_AFTER = re.compile(
    r"\s+(?:townships?|count(?:y|ies)|woredas?|lgas?|territor(?:y|ies))\b", re.I
)


def _owner_region(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """The possessor of "X's Y" is a first-level region: the owned place is a division
    ("Sagaing's Kanbalu township"), a town the gazetteer puts in region X ("Yala's Bannang
    Sata district"), or the report calls X a region elsewhere ("the Sagaing region")."""
    owned = _OWNED.match(text, end)
    if not owned:
        return False
    if _DIVISION_AFTER.match(text, owned.end()):
        return True
    owner = name_key(text[start:end])
    regions = frozenset(
        c.place.country_code
        for c in gazetteer.lookup(text[start:end])
        if c.place.feature_code == "ADM1"
    )
    town = re.sub(rf"\s+(?:{REGION_WORDS})$", "", owned.group(0)[2:].strip(), flags=re.I)
    if regions and any(
        c.place.admin1 and name_key(c.place.admin1) == owner and name_key(c.place.name) != owner
        for c in gazetteer.lookup(town) or gazetteer.fuzzy(town, regions)
    ):
        return True
    name = re.escape(text[start:end])
    return bool(re.search(rf"\b{name}\s+(?:{ADMIN1_WORDS})\b", text, re.IGNORECASE))


def surnames(doc: Doc) -> frozenset[str]:
    """The last names of the people the report names in full ("defense attorney Edward
    Hayden"): told alone later ("Hayden noted"), the name is the person's. Any word of
    the name may be one: a Spanish name's first surname is the one told
    alone ("Rogelio Campos Ayala ... Campos had denounced")."""
    out = set()
    for ent in doc.ents:
        words = POSSESSIVE.sub("", ent.text).split()
        if ent.label_ == "PERSON" and len(words) >= 2 and words[-1][:1].isupper():
            out.add(words[-1])
            out.update(w for w in words[:-1] if w[:1].isupper() and len(w) > 2)
    return frozenset(out | _titled(doc))


def _titled(doc: Doc) -> set[str]:
    """The words of people's names told after the title of an office, whatever the tagger
    made of them ("Police spokesman Abdikadir Hassan Farah told reporters")."""
    return {w for named in _TITLED_NAME.finditer(text_of(doc)) for w in named.group(1).split()}


#: A person's full name after the title of an office ("spokesman Abdikadir Hassan Farah").
_TITLED_NAME = re.compile(
    r"\b(?:(?i:spokes(?:man|woman|person)|commander|governor|minister|mayor|director|colonel|"
    r"general)|(?:Gen|Col|Maj|Capt|Lt|Brig)\.)"
    # (an office of something: "Minister of Security Mahamadou Sana")
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+){1,3}?)?"
    r"\s*((?:[A-Z][a-z'’-]+\s+){1,3}[A-Z][a-z'’-]+)\b"
)


#: Mentions whose very form calls them places ("in Bor", a dateline, a road).
LABELS_OF_A_PLACE = ("DATELINE", "LOCATIVE", "POSTAL", "ROAD")


def _a_surname(
    doc: Doc, gazetteer: Gazetteer, m: Mention, named: frozenset[str], titled: frozenset[str]
) -> bool:
    """A lone name that is the surname of a person named in full, where nothing in the
    report calls it a place ("in Malakal" beside "SOS Children's Village Malakal" tagged a
    person); a country, a region or a city of a million keeps its sense ("Jordan" beside
    "Michael Jordan")."""
    if m.text not in named or m.hint not in ("", "W") or m.label in LABELS_OF_A_PLACE:
        return False
    text = text_of(doc)
    for other in re.finditer(rf"(?<![\w-]){re.escape(m.text)}(?![\w-])", text):
        if _LOCATIVE.search(text[max(0, other.start() - 12) : other.start()]):
            return False
    if any(t.start(1) <= m.start and m.end <= t.end(1) for t in _TITLED_NAME.finditer(text)):
        return True  # the name itself, told after a title: "Minister of Security ... Sana"
    # (a province too, for a name told after a title: "spokesman ... Farah", not Farah's)
    region_ok = m.text in titled
    return not any(
        c.place.feature_code == "PCLI"
        or (c.place.feature_code in REGION_CODES and not region_ok)
        or c.place.population >= 1_000_000
        for c in gazetteer.lookup(m.text)
        if not c.stripped
    )


# What follows a name that may be the region or country it lies in ("Matias Romero,
# Oaxaca State"; "Paris, France").
_NEXT_NAME = re.compile(r",\s*(?:the\s+)?([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
MIN_POPULATION_IN_COUNTRY = 1_000  # "Smith, Britain's envoy" is no hamlet of Britain


def _placed_in_next(text: str, gazetteer: Gazetteer, start: int, end: int) -> bool:
    """A name followed by the region or country where a place of that name lies."""
    after = _NEXT_NAME.match(text[end : end + 60])
    if not after:
        return False
    outer = after.group(1)
    suffix = REGION_SUFFIX.search(outer)
    if suffix and suffix.start() > 0:
        outer = outer[: suffix.start()]
    regions = [c.place for c in gazetteer.lookup(outer) if c.place.feature_code in ("ADM1", "PCLI")]
    if not regions:
        return False
    return any(
        c.place.country_code == r.country_code
        and (
            c.place.admin1 == r.admin1
            if r.feature_code == "ADM1"
            else c.place.population >= MIN_POPULATION_IN_COUNTRY
        )
        for c in gazetteer.lookup(text[start:end])
        if c.place.feature_class == "P" and not c.stripped
        for r in regions
    )


# "Royal Street", "Third Street", "14th St.", "North Fourth Street": streets, which GeoNames
# lacks; each stands for the town the article puts it in (hint "T").
_STREET = re.compile(
    r"\b(?:(?:[A-Z][\w'’-]*(?<!['’]s)|[A-Z]\.|\d+(?:st|nd|rd|th))\s+){1,3}"
    r"(?:Street|St\.(?!\s+[A-Z])|Avenue|Ave\.|Road|Rd\.|Drive|Lane|Boulevard|Blvd\.?|Parade)"
    # (not a numbered highway: "National Road 3" runs through no one town)
    r"(?![\w-])(?!\s+\d)"
)
# A road named after the towns at its two ends: "the Kuajok-Wau road", "Dahra-Touba route",
# "the Yangon-Mawlamyine highway" (groups 1 and 2: the ends).
_NAME = r"[A-Z][\w'’]+(?:\s[A-Z][\w'’]+){0,2}"  # ("San Miguel Totolapan")
ROAD = re.compile(
    rf"(?<![\w-])({_NAME})\s?[-–—/]\s?({_NAME})"
    r"\s+(?i:road|highway|motorway|expressway|route|axis|railway|corridor|track|trail|"
    # (or a border crossing between them: "the Spin Boldak-Chaman crossing")
    r"(?:border )?crossing)\b"
)
# ... and a road told by its ends in words: "the road from Ayacucho to Huanta", "the highway
# between Juba and Bor".
ROAD_BETWEEN = re.compile(
    r"\b(?i:road|highway|motorway|expressway|route|axis|railway|corridor|track|trail)\s+"
    rf"(?i:from|between|linking|connecting|(?:that|which) (?:links|connects|joins))\s+"
    rf"({_NAME})\s+(?i:to|and|with)\s+"
    # ("the road linking Bint Jbeil with the village of Aynata")
    rf"(?:the\s+(?i:town|village|city|settlement)\s+of\s+)?({_NAME})"
)
# Streets named for who works there ("Downing Street said"): not where things happen.
_STREET_METONYMS = frozenset({"wall street", "downing street", "fleet street"})


def _compass_region(key: str, hint: str) -> bool:
    """ "The Western Region", "Eastern Province": a first-level region named by its
    direction, which the text's region word makes a name."""
    return hint == "A" and key in COMPASS


def _repeat(doc: Doc, m: Mention, free: Callable[[int, int], bool], add: _Add) -> None:
    """One sense per article: where a name is a place once, its other capitalised
    occurrences are too ("Douma is surrounded" opening a paragraph), unless a person's."""
    for other in re.finditer(rf"(?<![\w-]){re.escape(m.text)}(?![\w-])", text_of(doc)):
        start, end = other.span()
        if free(start, end) and (not _in_entity(doc, start, end) or _lone_person(doc, m.text)):
            add(start, end, "REPEAT")


def _lone_person(doc: Doc, name: str) -> bool:
    """spaCy calls the place a person only by itself ("stuck in Samos ... With Samos’s
    economy"), never inside a longer person's name ("Michael Jordan"): a place throughout."""
    words = name.split()
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        text = POSSESSIVE.sub("", ent.text)
        if text != name and any(
            text.split()[i : i + len(words)] == words for i in range(len(text.split()))
        ):
            return False
    return True


#: A town and a comma before a state's postal code: "Pittsburgh, PA".
_TOWN_COMMA_BEFORE = re.compile(r"(?-i:[A-Z])[\w.'’-]+,\s*$")


def _postal_code_alone(text: str, start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Two capitals the gazetteer knows as a region's code ("PA", "CA"), told with no town
    before them: an organisation's letters ("PA security forces"), not the region."""
    name = text[start:end]
    if not (len(name) == 2 and name.isupper() and name.isalpha()):
        return False
    return any(
        c.kind != 0 and c.place.feature_code == "ADM1" for c in gazetteer.lookup(name)
    ) and not _TOWN_COMMA_BEFORE.search(text, max(0, start - 40), start)


def _weak(gazetteer: Gazetteer, text: str) -> bool:
    """The gazetteer has the name as a town of some size (its own name, or an alternate
    of a big one), or as a region, and it is no English word: a place if the article's
    other names agree."""
    if text.replace(".", "").isupper() and len(text) <= 5:
        return False  # acronyms: groups far more often than places
    words = english_words()
    if not words or all(w in words for w in name_key(text).split()):
        return False
    for cand in gazetteer.lookup(text):
        p = cand.place
        if cand.stripped:
            continue
        floor = MIN_POPULATION_WEAK_ALTERNATE if cand.kind == 1 else MIN_POPULATION_WEAK
        if p.feature_code in REGION_CODES or (p.feature_class == "P" and p.population >= floor):
            return True
    return False


def _listed_after(
    doc: Doc, found: list[Mention], start: int, gazetteer: Gazetteer, text: str
) -> str:
    """The hint of the name this one continues a list of ("the villages of X, Y and Z")."""
    for m in reversed(found):
        if dateline(doc, m.start, m.end):
            break  # "PEMBA, Mozambique, Nov 26": a desk's town, then its country, no list
        glue = text_of(doc)[m.end : start]
        # A bare comma may end the list ("..., McGurk told"): then only known names count.
        if (
            m.hint
            and _LIST_GLUE.match(glue)
            and (re.search(r"\b(?:and|or)\b", glue) or gazetteer.lookup(text))
        ):
            return m.hint
        break
    return ""


#: Words of counting that may open a sentence before "residents": "Many residents".
_COUNTING_WORDS = frozenset(
    {"many", "most", "some", "several", "few", "all", "both", "other", "more", "hundreds",
     "thousands", "dozens", "scores", "angry", "local"}
)  # fmt: skip
# Words that put a place after them; "(" for a place qualifying the one before it.
_LOCATIVE = re.compile(
    r"(?:\b(?:[Ii]n|[Aa]t|near|outside|around|from|to|towards?|into|across)\s+(?:the\s+)?|\()$"
)
#: A part of a town before its name ("the outskirts of", "the edge of").
_PART_OF = re.compile(
    r"\b(?:edge|outskirts|centre|center|heart|suburbs?|entrance|gates?)\s+of\s+(?:the\s+)?$"
)
#: A word for a place and a comma before a name: the name is where that place lies.
_WITHIN = re.compile(
    r"\b(?:village|town|area|locality|neighbou?rhood|quarter|camp|district|ward)\s*,\s+$"
)
#: Verbs whose object is the place taken or struck ("entered Tal Afar", "overran Baga"): a
#: name there may be any of the gazetteer's names for a town, alternate spellings too.
_TAKEN = re.compile(
    r"\b(?:entered|stormed|seized|captured|overran|retook|recaptured|liberated|besieged|"
    r"shelled|bombed|raided|struck|invaded|razed|sacked|torched)\s+$"
)
#: Words after a name that make it the home of the people they name.
_RESIDENTS_AFTER = re.compile(
    r"\s+(?:residents|villagers|inhabitants|natives|townspeople|townsfolk|locals)\b"
)
#: People of a place before its name: "residents of ".
_RESIDENTS_OF = re.compile(
    r"\b(?:residents|villagers|inhabitants|natives|townspeople|locals)\s+of\s+$"
)
# Entities that are never places, whatever the gazetteer says ("in January", "at 10").
_NOT_PLACE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


# A word for a place after a name: "Tha Yet Tan village", "Deir ez Zor countryside".
_PLACE_WORD_AFTER = re.compile(rf"\s+(?:{_TOWN_WORDS}|{REGION_WORDS})\b")


def _whole_run(
    doc: Doc,
    gazetteer: Gazetteer,
    capitalised: list[tuple[int, int]],
    start: int,
    end: int,
    word_only: bool = False,
) -> tuple[int, int]:
    """An entity spaCy cut from a longer name ("Tan" of "Tha Yet Tan village", "Ka" of "Ka
    Mar Ka Seik village", "Deir" of "Deir ez Zor"): the whole run of capitalised words, when
    the gazetteer has the run or a word for a place follows it, and the entity alone is no
    well-known place ("Baghdad" stays itself in "Baghdad Green Zone area"). `word_only`: only
    when a word for a place follows (a person's name may be a place's too: "George
    Washington")."""
    text = text_of(doc)
    run = next(((a, b) for a, b in capitalised if a <= start and end <= b), None)
    if run is None or run == (start, end):
        return start, end
    words = doc.char_span(run[0], run[1], alignment_mode="expand")
    if words is not None and words[0].is_sent_start and words[0].lower_ in english_words():
        return start, end  # "Yesterday Tan village": the run is no name
    whole = text[run[0] : run[1]]
    named = (
        bool(_PLACE_WORD_AFTER.match(text, run[1]))
        or bool(_TOWN_SUFFIX.search(whole))  # "Godin | Labe Village"
        or (not word_only and any(c.kind != 1 and not c.stripped for c in gazetteer.lookup(whole)))
    )
    if not named or well_known(gazetteer, text[start:end]):
        return start, end
    return run


#: Words a date or time entity is made of; spaCy also tags some towns as dates
#: ("killed in Manbij near the border").
_DATE_WORDS = re.compile(
    r"(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day|january|february|march|april|june|july|august|september|october|november|"
    r"december|today|tonight|yesterday|tomorrow|now|day|days|week|weeks|weekend|month|months|"
    r"year|years|decade|century|morning|afternoon|evening|night|noon|midnight|dawn|dusk|"
    r"spring|summer|autumn|fall|winter|christmas|easter|ramadan|eid|hour|hours|minutes?)"
)


def _dateish(doc: Doc, span: Span) -> bool:
    """The date, time or number entity over `span` has a number or a date word in it."""
    tokens = [
        t
        for e in doc.ents
        if e.label_ in _NOT_PLACE_LABELS and e.start < span.end and span.start < e.end
        for t in e
    ]
    return not tokens or any(t.like_num or _DATE_WORDS.fullmatch(t.text) for t in tokens)


def _known_town(gazetteer: Gazetteer, text: str) -> bool:
    """Any name of a populated place, spelt in full ("Tal Afar" for Tall 'Afar)."""
    return any(not c.stripped and c.place.feature_class == "P" for c in gazetteer.lookup(text))


def _known(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> bool:
    """The gazetteer has the name (without a site or town word after it) as a place's own
    name or a curated alias, and no entity says it is a date or a number."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or (
        any(t.ent_type_ in _NOT_PLACE_LABELS for t in span) and _dateish(doc, span)
    ):
        return False
    text = text_of(doc)[start:end]
    for pattern in (FACILITY, _TOWN_SUFFIX):
        found = pattern.search(text)
        if found and found.start() > 0:
            text = text[: found.start()]
    return any(
        not c.stripped and (c.kind != 1 or c.place.population >= MIN_POPULATION_WEAK_ALTERNATE)
        for c in gazetteer.lookup(text)
    )  # a big town's other spelling ("Hargeisa" for Hargeysa) too


#: An outlet a teller spoke to or a report came from, named after a country ("told Myanmar
#: Now", "according to Kenya Today").
_TOLD_BEFORE = re.compile(r"\b(?:told|to|by|according to|reported)\s+$")
_NEWS_AFTER = re.compile(r" (?:Now|Today|News|Daily|TV|Radio|Online)\b(?! (?:of|in|at|on)\b)")
_A_MONTH = re.compile(
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|January|February|March|April|"
    r"June|July|August|September|October|November|December"
)


def _a_city(gazetteer: Gazetteer, text: str) -> bool:
    """Whether a city of the name (by its own name) is among the gazetteer's places."""
    return any(
        c.kind == 0 and c.place.feature_class == "P" and c.place.population >= MIN_POPULATION_CITY
        for c in gazetteer.lookup(text)
    )


def _common_opener(ent: Span) -> bool:
    """A sentence's first word tagged as a place but not as a proper noun ("Man accused...")."""
    return len(ent) == 1 and bool(ent[0].is_sent_start) and ent[0].pos_ != "PROPN"


def _proper(doc: Doc, start: int, end: int) -> bool:
    """Tagged as proper nouns, and not a lone sentence-initial word that is an English one
    ("In", "Man accused"); "Mutare has seen protests" opens with a name."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or (len(span) == 1 and span[0].is_sent_start and _english(span[0])):
        return False
    # spaCy tags some names otherwise ("Baardheere police station": an adjective); a
    # capitalised word no English dictionary has is a name whatever its tag.
    # (an Arabic article written small is the name's: "al-Haffah")
    return all(
        t.pos_ == "PROPN" or (t.is_title and not _english(t))
        for t in span
        if t.is_alpha and t.text not in _SMALL_ARTICLES
    )


#: Arabic articles news writes small before a capitalised name.
_SMALL_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "az", "an", "at"})
_SMALL_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|az|an|at)-[A-Z]")


def _english(token: Token) -> bool:
    """A word of the dictionary, or a function word it leaves out ("We", "Our")."""
    return token.lower_ in english_words() or token.is_stop


def _in_entity(doc: Doc, start: int, end: int) -> bool:
    """Inside a person's name ("George Washington"): a place name there is not a place.
    Inside an organisation's ("Kentucky State Police") it still names one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.ent_type_ == "PERSON" for t in span)
