"""What a run of capitalised words or a place entity holds: the place names in it, where
a name really ends, and the words that say what a name is (a region, a district)."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ..nlp import lemma_lookups, text_of
from .capitals import POSSESSIVE
from .gazetteer import AREA_CODES, REGION_CODES, Gazetteer
from .names import name_key

# Capitalised words outside any entity: only well-known places (countries, regions, cities).
MIN_POPULATION_UNTAGGED = 100_000
MIN_PART_LENGTH = 4  # a place named inside a longer run of capitals ("Pa", "Tal" are not)

# First-level regions ("Idlib province"): hint "A".
# ("the southern Idlib countryside": Syria's governorate, outside its chief town)
ADMIN1_WORDS = r"province|governorate|region|state|county|prefecture|department|oblast|countryside"
# Lower divisions, most named after their chief town ("Bama LGA", "Beni territory",
# "Gemechis district"): hint "D", resolved like a town, never to a namesake first-level region.
DISTRICT_WORDS = (
    r"local government(?: area)?|district|municipality|sub-district|subdistrict|"
    r"area|lga|territory|zone|upazila|tehsil|taluka|taluk|"
    r"township|woreda|commune|locality|sector"
)
REGION_WORDS = rf"{ADMIN1_WORDS}|{DISTRICT_WORDS}"
#: A region word ending a name ("Idlib province" tagged as one entity).
REGION_SUFFIX = re.compile(rf"\s+(?:{REGION_WORDS})$", re.IGNORECASE)


def region_hint(word: str) -> str:
    # (a list's plural too: "in Kharkiv and Zaporizhzhia oblasts", "provinces", "counties")
    return "A" if re.search(rf"\b(?:{ADMIN1_WORDS}|counties)s?\b", word, re.IGNORECASE) else "D"


def strong(gazetteer: Gazetteer, text: str, min_pop: int) -> bool:
    acronym = text.replace(".", "").isupper() and len(text) <= 5
    for cand in gazetteer.lookup(text):
        p = cand.place
        if acronym and p.feature_code != "PCLI" and not (cand.kind == 2 and len(text) <= 2):
            # "FLA", "SNA", "PKK": groups; only countries (US, DRC) and curated two-letter
            # regions (BC, NY) go by letters.
            continue
        if (
            cand.kind == 1
            and p.feature_code != "PCLI"
            and p.feature_code not in REGION_CODES
            and p.population < 10 * min_pop
        ):
            continue  # an alternate spelling shared by a small village is weak evidence
        if p.feature_code == "PCLI" or p.feature_code in REGION_CODES | AREA_CODES:
            return True
        if p.population >= min_pop:
            return True
    return False


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """English dictionary words (WordNet's, from the spaCy model package's lemmatizer
    tables): a capitalised one ("University", "Justice") is no weak evidence of a place.
    Empty when the tables are not found."""
    lookups = lemma_lookups()
    if lookups is None:
        return frozenset()
    index = lookups.get_table("lemma_index", {})
    return frozenset(w for words in index.values() for w in words)


_LOWER_TAIL = re.compile(r"(?:\s+[a-z][a-z'’-]*)+$")
#: A possessive inside a name, before a capitalised word ("Burkina Faso's Centre-Nord").
_OWNER = re.compile(r"['’]s\s+(?=[A-Z])")


def entity_parts(
    doc: Doc, gazetteer: Gazetteer, start: int, end: int, label: str
) -> list[tuple[int, int]]:
    """A place entity as the names it holds: the whole when the gazetteer knows it, else
    its known parts ("Thruxton, Hampshire"; "Amsterdam-London"; "Ukraine" in "Politics
    Ukraine's"), without lower-case words spaCy ran on into ("Pacific equatorial")."""
    text = text_of(doc)
    name = text[start:end]
    if gazetteer.lookup(name):
        return [(start, end)]
    tail = _LOWER_TAIL.search(name)
    if tail and gazetteer.lookup(name[: tail.start()]):
        return [(start, start + tail.start())]
    owner = _OWNER.search(name)
    if owner and gazetteer.lookup(name[: owner.start()]):
        # "Burkina Faso's Centre-Nord", "Nigeria's Borno": the country, and its part
        part = name[owner.end() :]
        word = REGION_SUFFIX.search(part)
        # (a part the gazetteer lacks too, where a region's word tells what it is: "North
        # Kivu's Masisi territory")
        region_after = re.match(rf"\s+(?:{REGION_WORDS})\b", text[end : end + 30], re.IGNORECASE)
        if gazetteer.lookup(part[: word.start()] if word else part) or word or region_after:
            return [(start, start + owner.start()), (start + owner.end(), end)]
    parts = [(start + m.start(), start + m.end()) for m in re.finditer(r"[^,]+", name)]
    parts = [(a + len(p) - len(p.lstrip()), b) for a, b in parts for p in [text[a:b]]]
    known: list[tuple[int, int]] = []
    for a, b in parts:
        words = [(a + m.start(), a + m.end()) for m in re.finditer(r"[^-]+", text[a:b])]
        if len(words) > 1 and all(well_known(gazetteer, text[c:d]) for c, d in words):
            known += words  # "Amsterdam-London", not "Ras al-Ain"
        elif gazetteer.lookup(text[a:b]):
            known.append((a, b))
    if len(parts) > 1 or len(known) > 1:
        return known
    if not known and " " in name.strip() and label != "FAC" and not _FEATURE.search(name):
        # Not a site ("Illinois Capitol Complex") nor a river or lake named after a town.
        inner = [(a, b) for a, b, _ in name_spans(doc, gazetteer, start, end)]
        bare = end - len(possessive.group(0)) if (possessive := POSSESSIVE.search(name)) else end
        if inner not in ([(start, end)], [(start, bare)]) and all(
            gazetteer.lookup(text[a:b]) for a, b in inner
        ):
            return inner  # "Greece Italy", "Politics Ukraine's"
    return [(start, end)]


# Words that may continue a name spaCy cut short ("Baja | California", "Trinidad | and
# Tobago", "ST | . LOUIS", "Mocimboa | da Praia"): one or two capitalised words, after a
# joining word or not.
_CONTINUED = re.compile(
    r"\.?\s+(?:(?:and|&|da|das|de|del|della|des|di|do|dos|du|de la)\s+)?"
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
)
_AND = re.compile(r"\s*(?:and|&)\s")


def longer_name(text: str, gazetteer: Gazetteer, start: int, end: int) -> int:
    """Where the name at text[start:end] really ends: later, when the gazetteer has it
    with the words after it as a place's own name ("Baja California")."""
    more = _CONTINUED.match(text, end)
    if not more:
        return end
    stops = [more.end()]
    last_space = text.rfind(" ", end + 1, more.end())
    if last_space > end and text[end:last_space].strip() not in ("and", "&", "."):
        # (not "Aleppo." of "Aleppo. Troops fled": a sentence's full stop ends the name)
        stops.append(last_space)
    english = english_words()
    # a lowercase joining word goes with names, not with English ("Mocimboa da Praia")
    joined = more.group(0).lstrip(". ")[:1].islower() and not _AND.match(more.group(0))
    for stop in stops:
        if any(c.kind != 1 and not c.stripped for c in gazetteer.lookup(text[start:stop])) and (
            joined
            or strong(gazetteer, text[start:stop], MIN_POPULATION_UNTAGGED)
            or not all(w in english for w in name_key(text[end:stop]).split())
        ):
            return stop  # not "University of Michigan | Center", a town of Michigan
    return end


# Natural features named after a place ("Tijuana River", "Lake Geneva"): not the place.
_FEATURE = re.compile(
    r"\b(?:River|Lake|Bay|Valley|Mountains?|Mount|Islands?|Canal|Creek|Gulf|Sea|Forest|"
    r"Desert|Peninsula|Delta|Coast|Basin|Strait|Falls|Heights)\b"
)
# Directions qualify the name after them ("North Africa", "South Florida"): never a name
# of their own beside it, though GeoNames has regions called "North" or "West".
COMPASS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "upper",
        "lower",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
    ]
)


def well_known(gazetteer: Gazetteer, text: str) -> bool:
    """Capitalised words naming a country, a region or a big city ("London" in
    "Amsterdam-London"; not "Dade" in "Miami-Dade", nor "al" in "Ras al-Ain")."""
    return (
        name_key(text) not in COMPASS
        and bool(re.fullmatch(r"[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)*", text))
        and strong(gazetteer, text, MIN_POPULATION_UNTAGGED)
    )


# A name's last word saying what it is: "Xarardheere Town", "Walikale Territory".
_WORD_AFTER = re.compile(
    rf"\s+(?:(?P<town>Village|Town|City)|(?P<region>{REGION_WORDS.upper()}|"
    rf"{'|'.join(w.capitalize() for w in REGION_WORDS.split('|'))}))$"
)


#: The form of a state before its name ("Federal Republic" of Somalia).
_STATE_FORM = re.compile(r"\s(?:Republic|Kingdom|Emirates?|Federation|Confederation|Union)$")


def _agency(name: str) -> bool:
    """An office, not a region: "Police Department", "School District" (a plain English
    word before the region word; a region's own name is a proper one: "Cauca Department")."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-1].lower() in ("department", "district")
        and words[-2].lower() in english_words()
    )


def name_spans(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> list[tuple[int, int, str]]:
    """The place names in a run of capitalised words, with the hint its last word gives:
    the run itself when the gazetteer knows it ("Kafr Nabl"), else its longest known
    parts ("Beverly Hills" in "Beverly Hills Police Department", "Greece" and "Italy" in
    "Greece Italy"), else the run as it is."""
    possessive = POSSESSIVE.search(text_of(doc)[start:end])
    if possessive:
        end -= len(possessive.group(0))  # "Samos’s economy"
    hint = ""
    word = _WORD_AFTER.search(text_of(doc)[start:end])
    if (
        word
        and not gazetteer.lookup(text_of(doc)[start:end])
        and not _agency(text_of(doc)[start:end])
    ):
        hint = "P" if word.group("town") else region_hint(word.group("region"))
        for w in list(re.finditer(r"\s+", text_of(doc)[start : start + word.start()])):
            # "Maiduguri Borno State": the region is the words before its word that the
            # gazetteer knows, and the words before them another name.
            inner = start + w.end()
            kinds = {
                "ADM1" if c.place.feature_code == "ADM1" else c.place.feature_class
                for c in gazetteer.lookup(text_of(doc)[inner : start + word.start()])
                if c.kind != 1 and not c.stripped
            }
            region = name_key(text_of(doc)[inner : start + word.start()])
            if (
                hint != "P"
                and ("ADM1" if hint == "A" else "P") in kinds
                and not all(w in english_words() for w in region.split())
            ):
                return [(start, start + w.start(), ""), (inner, end, hint)]
    if (
        gazetteer.lookup(text_of(doc)[start:end])
        or hint
        or _STATE_FORM.search(text_of(doc)[start:end])
    ):
        return [(start, end, hint)]  # ("the Federal Republic [of Somalia]": no "Federal")
    # Words, and the parts of hyphenated ones ("Nelson-Creston", "Asia-Pacific").
    words = [
        (start + w.start(), start + w.end())
        for w in re.finditer(r"[^\s-]+", text_of(doc)[start:end])
    ]
    if len(words) < 2:
        return [(start, end, "")]
    out: list[tuple[int, int, str]] = []
    english = english_words()
    for size in range(len(words) - 1, 0, -1):
        for i in range(len(words) - size + 1):
            s, e = words[i][0], words[i + size - 1][1]
            if (
                e - s >= MIN_PART_LENGTH
                and all(e <= a or s >= b for a, b, _ in out)
                and any(c.kind != 1 and not c.stripped for c in gazetteer.lookup(text_of(doc)[s:e]))
                and not _plain_english(gazetteer, english, text_of(doc)[s:e])
            ):
                out.append((s, e, ""))  # "At Stellenbosch" is no "Ath"
    # The words left over must be plain English after a name ("Police Department",
    # "Premier") or a stop word before it ("At"): a run like "Tal Samn", "Moke Pa Lin" or
    # "Khor Mor Gas Field" is one unknown name, not "Tal", "Pa" and "Khor".
    first = min((s for s, _, _ in out), default=end)
    rest = [(a, b) for a, b in words if not any(s <= a and b <= e for s, e, _ in out)]
    if not rest and all(well_known(gazetteer, text_of(doc)[s:e]) for s, e, _ in out):
        return sorted(out)  # "Amsterdam-London", "Greece Italy": well-known names side by side
    if not english or not rest:
        return [(start, end, "")]  # "Dashti Qala": one name, spelt as GeoNames does not
    opener = doc.char_span(start, start + 1, alignment_mode="expand")
    # A direction before a country or region is a part of it ("Western US"); before a
    # continent or an ocean it makes an area of its own ("North Africa", "South Pacific").
    leading = STOP_WORDS if _area(gazetteer, text_of(doc), out) else STOP_WORDS | COMPASS
    for a, b in rest:
        key = name_key(text_of(doc)[a:b])
        # Before the name only those, or the sentence's opening word ("Angry Ajdabiya
        # customers"); after it plain English.
        before = b <= first and not (a == start and opener is not None and opener[0].is_sent_start)
        if not all(w in (leading if before else english) for w in key.split()):
            return [(start, end, "")]
    return sorted(out)


def _plain_english(gazetteer: Gazetteer, english: frozenset[str], text: str) -> bool:
    """Words of plain English that some small place is also called ("University" in
    "Gulu University"), not well known as a place: no part of a longer name."""
    return all(w in english for w in name_key(text).split()) and not well_known(gazetteer, text)


def _area(gazetteer: Gazetteer, text: str, parts: list[tuple[int, int, str]]) -> bool:
    """Any of the parts names a continent, an ocean, a sea, a desert or a broad region."""
    return any(
        c.place.feature_code in AREA_CODES for s, e, _ in parts for c in gazetteer.lookup(text[s:e])
    )
