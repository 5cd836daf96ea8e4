"""Toponym recognition: spaCy's entities, place-name patterns and gazetteer matching."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span

from .gazetteer import Gazetteer
from .names import name_key

PLACE_LABELS = {"GPE", "LOC", "FAC"}
# spaCy's small model often calls a town NORP, ORG or PERSON ("Aleppo" as NORP); such an
# entity is taken as a place only when the gazetteer knows it as a country, a region or a
# town of at least this size (small villages share names with people and organisations).
OTHER_LABELS = {"NORP", "ORG", "PERSON"}
MIN_POPULATION_OTHER = 5_000
# Capitalised words outside any entity: only well-known places (countries, regions, cities).
MIN_POPULATION_UNTAGGED = 100_000

# First-level regions ("Idlib province"): hint "A".
_ADMIN1_WORDS = r"province|governorate|region|state|county|prefecture|department|oblast"
# Lower divisions, most named after their chief town ("Bama LGA", "Beni territory",
# "Gemechis district"): hint "D", resolved like a town, never to a namesake first-level region.
_DISTRICT_WORDS = (
    r"district|municipality|sub-district|subdistrict|countryside|area|lga|territory|zone|"
    r"township|woreda|commune|locality|sector"
)
_REGION_WORDS = rf"{_ADMIN1_WORDS}|{_DISTRICT_WORDS}"
_TOWN_WORDS = r"villages?|towns?|city|cities|neighbou?rhoods?|suburbs?|hamlets?|camps?|port|capital"
_SUFFIX = re.compile(rf"\s+(?:{_REGION_WORDS})$", re.IGNORECASE)
# "Mukalla city", "Kalembe village" tagged as one entity: the name, and it is a town.
_TOWN_SUFFIX = re.compile(r"\s+(?:village|town|city|neighbou?rhood|suburb|camp)$", re.I)
_AFTER_TOWN = re.compile(r"^\s+(?:village|town|city|neighbou?rhood|suburb|camp)\b", re.I)
# "Erbil International Airport", "Tal Baydar Military Air Base": the place the site is at.
FACILITY = re.compile(
    r"\s+(?:International\s+|Military\s+)?(?:Airport|Air\s*Base|Airbase|Air\s*Field|Airfield|"
    r"Base|Prison|Central\s+Prison|Stadium|Refinery|Gas\s+Field|Oil\s+Field|Dam|Bridge|"
    r"Checkpoint|Market|Hospital|University)$"
)
_AFTER = re.compile(rf"^\s*(?:{_REGION_WORDS})\b", re.IGNORECASE)
_BEFORE = re.compile(rf"\b(?:the\s+)?(?:{_TOWN_WORDS}|{_REGION_WORDS})\s+of\s+$", re.IGNORECASE)
_CAPITALISED = re.compile(
    r"\b(?:[A-Z]\.){2,}|"  # "U.S.", "D.C."
    r"\b(?:(?:Al|al|Ash|ash|As|as|Ad|ad|Ar|ar|El|el|Tal|Tel|Ras|Deir|Abu|Bir|Ain|Ayn)[- ])?"
    r"[A-Z][\w'’-]+(?:[- ](?:al|el|ad|ar|as|ash|an|az|ez|es|ed|ul|e|de|du|la|di)[- ][A-Z][\w'’-]+"
    r"|\s+[A-Z][\w'’-]+){0,3}"
)


_FORMAL_BEFORE = re.compile(r"\b(?:Democratic\s+)?Republic\s+of\s+(?:the\s+)?$")
_LIST_GLUE = re.compile(r"^(?:\s*,)?\s*(?:and|or)?\s*$")


@dataclass(frozen=True)
class Mention:
    """A recognised place name, before resolution."""

    start: int
    end: int
    text: str
    hint: str  # "A" the text calls it a region, "D" a district, "P" a town, "" nothing said
    label: str  # the spaCy label, "PATTERN" or "GAZETTEER"


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Nationality and group adjectives that are never places ("Turkish", "Syrian")."""
    text = resources.files("eventwire.data").joinpath("geo", "demonyms.txt").read_text("utf-8")
    return frozenset(name_key(w) for w in text.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    """Capitalised words that name places in GeoNames but almost never do in news."""
    text = resources.files("eventwire.data").joinpath("geo", "not_places.txt").read_text("utf-8")
    return frozenset(name_key(w) for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the" and a trailing possessive from a span's characters."""
    text = doc.text[start:end]
    if text.lower().startswith("the "):
        start += 4
    for suffix in ("'s", "’s", "'", "’"):
        if doc.text[start:end].endswith(suffix):
            end -= len(suffix)
            break
    return start, end


def _hint(doc: Doc, start: int, end: int) -> str:
    after = _AFTER.match(doc.text[end : end + 20])
    if after:
        return _region_hint(after.group(0))
    if _AFTER_TOWN.match(doc.text[end : end + 20]):
        return "P"
    before = doc.text[max(0, start - 30) : start]
    if _BEFORE.search(before):
        word = _BEFORE.search(before)
        assert word is not None
        if re.search(_REGION_WORDS, word.group(0), re.IGNORECASE):
            return _region_hint(word.group(0))
        return "P"
    return ""


def _region_hint(word: str) -> str:
    return "A" if re.search(rf"\b(?:{_ADMIN1_WORDS})\b", word, re.IGNORECASE) else "D"


def _strong(gazetteer: Gazetteer, text: str, min_pop: int) -> bool:
    acronym = text.replace(".", "").isupper() and len(text) <= 5
    for cand in gazetteer.lookup(text):
        p = cand.place
        if acronym and p.feature_code != "PCLI" and not (cand.kind == 2 and len(text) <= 2):
            # "FLA", "SNA", "PKK": groups; only countries (US, DRC) and curated two-letter
            # regions (BC, NY) go by letters.
            continue
        if (
            cand.kind == 1
            and p.feature_code not in ("PCLI", "ADM1")
            and p.population < 10 * min_pop
        ):
            continue  # an alternate spelling shared by a small village is weak evidence
        if p.feature_code in ("PCLI", "ADM1", "CONT") or p.population >= min_pop:
            return True
    return False


def recognise(doc: Doc, gazetteer: Gazetteer) -> list[Mention]:
    """Every place name in the text, as character spans, without overlaps."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    skip = demonyms()

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    def add(start: int, end: int, label: str, hint: str = "") -> None:
        formal = _FORMAL_BEFORE.search(doc.text[max(0, start - 35) : start])
        if formal:
            start -= len(formal.group(0))  # "Democratic Republic of the [Congo]"
        if doc.text[end : end + 5] == " Town" and gazetteer.lookup(doc.text[start : end + 5]):
            end += 5  # spaCy splits "King William's | Town"
        whole = doc.text[start:end]
        if whole.endswith(("'s Town", "’s Town")) and gazetteer.lookup(whole):
            end = start + len(whole)  # "King William's Town" is a name, possessive and all
        else:
            start, end = _trim(doc, start, end)
        suffix = _SUFFIX.search(doc.text[start:end])
        site = FACILITY.search(doc.text[start:end])
        if site and site.start() > 0:
            end = start + site.start()
        town = _TOWN_SUFFIX.search(doc.text[start:end])
        if gazetteer.lookup(doc.text[start:end]) and not (suffix and suffix.start() > 0):
            town = None  # the town word is part of the name
        if suffix and suffix.start() > 0:
            # "Idlib province" tagged as one entity: the name is "Idlib", and it is a region.
            end, hint = start + suffix.start(), hint or _region_hint(suffix.group(0))
        elif town and town.start() > 0:
            end, hint = start + town.start(), hint or "P"
        text = doc.text[start:end]
        key = name_key(text)
        if not key or key in skip or not free(start, end) or not text[:1].isupper():
            return
        if re.fullmatch(rf"(?:{_REGION_WORDS}|{_TOWN_WORDS})", key):
            return  # "Sector", "District": a word for a place, not a place's name
        taken.append((start, end))
        before = sorted((f for f in found if f.end <= start), key=lambda f: f.start)
        # A name continuing a list ("the towns of Ariha, Saraqib and Kafr Nabl") is what
        # the list's head says it is, whoever tagged it.
        hint = hint or _hint(doc, start, end) or _listed_after(doc, before, start, gazetteer, text)
        found.append(Mention(start, end, text, hint, label))

    ents: list[Span] = list(doc.ents)
    for ent in ents:
        if ent.label_ in PLACE_LABELS and not _common_opener(ent):
            add(ent.start_char, ent.end_char, ent.label_)
    for ent in ents:
        if ent.label_ in OTHER_LABELS and _strong(gazetteer, ent.text, MIN_POPULATION_OTHER):
            key = name_key(ent.text)
            if key not in not_places():
                add(ent.start_char, ent.end_char, ent.label_)
    found.sort(key=lambda m: m.start)
    for m in _CAPITALISED.finditer(doc.text):
        start, end = m.span()
        if not free(start, end):
            continue
        text = m.group(0)
        before = [f for f in found if f.end <= start]
        hint = _hint(doc, start, end) or _listed_after(doc, before, start, gazetteer, text)
        # "in Lere", "outside the Bhisho Legislature", "(Afgooye)": a name the gazetteer has
        # as a place, where the sentence puts a place (even if spaCy took it for a person).
        locative = bool(_LOCATIVE.search(doc.text[max(0, start - 12) : start])) and _known(
            doc, gazetteer, start, end
        )
        if name_key(text) in not_places() or (
            _in_entity(doc, start, end) and not hint and not locative
        ):
            continue
        if hint:
            add(start, end, "PATTERN", hint)
        elif _proper(doc, start, end) and _strong(gazetteer, text, MIN_POPULATION_UNTAGGED):
            add(start, end, "GAZETTEER")
        elif locative:
            add(start, end, "LOCATIVE")
        found.sort(key=lambda m: m.start)
    found.sort(key=lambda m: m.start)
    return found


def _listed_after(
    doc: Doc, found: list[Mention], start: int, gazetteer: Gazetteer, text: str
) -> str:
    """The hint of the name this one continues a list of ("the villages of X, Y and Z")."""
    for m in reversed(found):
        glue = doc.text[m.end : start]
        # A bare comma may end the list ("..., McGurk told"): then only known names count.
        if (
            m.hint
            and _LIST_GLUE.match(glue)
            and (re.search(r"\b(?:and|or)\b", glue) or gazetteer.lookup(text))
        ):
            return m.hint
        break
    return ""


# Words that put a place after them; "(" for a place qualifying the one before it.
_LOCATIVE = re.compile(
    r"(?:\b(?:[Ii]n|[Aa]t|near|outside|around|from|to|towards?|into|across)\s+(?:the\s+)?|\()$"
)
# Entities that are never places, whatever the gazetteer says ("in January", "at 10").
_NOT_PLACE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _known(doc: Doc, gazetteer: Gazetteer, start: int, end: int) -> bool:
    """The gazetteer has the name (without a site or town word after it) as a place's own
    name or a curated alias, and no entity says it is a date or a number."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.ent_type_ in _NOT_PLACE_LABELS for t in span):
        return False
    text = doc.text[start:end]
    for pattern in (FACILITY, _TOWN_SUFFIX):
        found = pattern.search(text)
        if found and found.start() > 0:
            text = text[: found.start()]
    return any(c.kind != 1 and not c.stripped for c in gazetteer.lookup(text))


def _common_opener(ent: Span) -> bool:
    """A sentence's first word tagged as a place but not as a proper noun ("Man accused...")."""
    return len(ent) == 1 and bool(ent[0].is_sent_start) and ent[0].pos_ != "PROPN"


def _proper(doc: Doc, start: int, end: int) -> bool:
    """Tagged as proper nouns, and not a lone sentence-initial word ("In", "Man accused")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or (len(span) == 1 and span[0].is_sent_start):
        return False
    return all(t.pos_ == "PROPN" for t in span if t.is_alpha)


def _in_entity(doc: Doc, start: int, end: int) -> bool:
    """Inside a person's name ("George Washington"): a place name there is not a place.
    Inside an organisation's ("Kentucky State Police") it still names one."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(t.ent_type_ == "PERSON" for t in span)
