"""What the text between two place names says: that the first lies in the second
("Tierra Blanca, Durango"), or that both are items of one list ("Ohio, Montana, Wyoming")."""

from __future__ import annotations

import re
from collections import defaultdict

from rapidfuzz import fuzz

from ..records import Place
from .gazetteer import Candidate, Gazetteer
from .names import name_key
from .parts import REGION_WORDS
from .recognize import Mention

Resolved = tuple[Place | None, float]


# Text between a place and the region or country it lies in: "Tierra Blanca, Durango",
# "Eliad (Al Fiq, Quneitra)", "Kafr Nabl in Idlib province".
_INSIDE_GLUE = re.compile(r"^\s*(?:,|\(|in|of)\s*(?:the\s+)?$", re.IGNORECASE)
# ... and between a division and its region: "the Kaya department of Lac province".
_DIVISION_GLUE = re.compile(rf"^\s*(?:{REGION_WORDS})\s+(?:of|in)\s+(?:the\s+)?$", re.IGNORECASE)


_LIST_NEXT = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")


def _inside(place: Place, region: Place) -> bool:
    """Whether `place` lies in `region` (a country or a first-level region)."""
    if region.feature_code == "PCLI":
        return place.country_code == region.country_code and place.feature_code != "PCLI"
    return (
        region.feature_code == "ADM1"
        and place.feature_class == "P"
        and place.country_code == region.country_code
        and place.admin1 == region.admin1
    )


def narrow(
    text: str,
    mentions: list[Mention],
    keys: list[tuple[str, str]],
    cands: dict[tuple[str, str], tuple[Candidate, ...]],
) -> None:
    """A place followed by the region or country it lies in: keep only the readings where
    it does (the namesakes elsewhere are not meant), for both names."""
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        ka, kb = keys[i], keys[i + 1]
        division = bool(_DIVISION_GLUE.match(text[a.end : b.start]))
        if not division and (
            not _INSIDE_GLUE.match(text[a.end : b.start]) or _LIST_NEXT.match(text[b.end :])
        ):
            continue  # "Mexico, US and Canada": a list, not a place and its country
        if any(c.place.feature_code == "PCLI" for c in cands[ka]):
            continue
        pairs = [
            (ca, cb)
            for ca in cands[ka]
            for cb in cands[kb]
            if cb.place.feature_code in ("ADM1", "PCLI") and _inside(ca.place, cb.place)
        ]
        if pairs:
            inner = {ca.place.geonameid for ca, _ in pairs}
            outer = {cb.place.geonameid for _, cb in pairs}
            cands[ka] = tuple(c for c in cands[ka] if c.place.geonameid in inner)
            cands[kb] = tuple(c for c in cands[kb] if c.place.geonameid in outer)
            continue
        if division:
            # "the Kaya department of Lac province": a division of that region, not the
            # namesake town of another country the gazetteer holds
            countries = {c.place.country_code for c in cands[kb] if c.place.feature_code == "ADM1"}
            if countries:
                cands[ka] = tuple(c for c in cands[ka] if c.place.country_code in countries)
            continue
        # "Tierra Blanca, Durango" where the gazetteer has no Tierra Blanca in Durango: the
        # one in Veracruz is not meant; the place is one the gazetteer lacks, in the region.
        if i > 0 and text[mentions[i - 1].end : a.start].strip() in (",", "and", "or"):
            continue  # "Miami, West Palm Beach, New York": a list goes on
        regions = [cb for cb in cands[kb] if cb.place.feature_code == "ADM1"]
        elsewhere = [
            ca
            for ca in cands[ka]
            if ca.place.feature_class == "P"
            and any(ca.place.country_code == r.place.country_code for r in regions)
        ]
        if elsewhere:  # nor any reading of it outside the region
            cands[ka] = ()
            cands[kb] = tuple(regions)


MIN_TOWN_REGION = 80  # how alike a town's name and its region's must be ("Zaporizhzhya")


def town_regions(
    text: str,
    mentions: list[Mention],
    keys: list[tuple[str, str]],
    cands: dict[tuple[str, str], tuple[Candidate, ...]],
    gazetteer: Gazetteer,
) -> None:
    """A town followed by a name the gazetteer has only as the town its region is named
    after ("Tokmak, Zaporizhia": the oblast, spelt as GeoNames spells only the city): the
    region is a reading of that name too."""
    for i in range(len(mentions) - 1):
        a, b = mentions[i], mentions[i + 1]
        kb = keys[i + 1]
        if not _INSIDE_GLUE.match(text[a.end : b.start]) or _LIST_NEXT.match(text[b.end :]):
            continue
        if any(c.place.feature_code in ("ADM1", "PCLI") for c in cands[kb]):
            continue
        inner = {(c.place.country_code, c.place.admin1) for c in cands[keys[i]]}
        added = {
            region.geonameid: Candidate(region, c.kind, c.stripped)
            for c in cands[kb]
            if c.place.feature_class == "P"
            and (c.place.country_code, c.place.admin1) in inner
            and c.place.admin1
            and fuzz.ratio(name_key(c.place.name), name_key(c.place.admin1)) >= MIN_TOWN_REGION
            and (code := gazetteer.admin1_code(c.place))
            and (region := gazetteer.admin1(c.place.country_code, code)) is not None
        }
        cands[kb] = cands[kb] + tuple(added.values())


# Between two names of one list: "Ohio, Montana", "Montana and Wyoming", "X, and Y".
_LIST_GLUE = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")


def list_neighbours(
    text: str, mentions: list[Mention], keys: list[tuple[str, str]]
) -> dict[str, set[tuple[str, str]]]:
    """For each name, the names listed next to it."""
    out: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for i in range(len(mentions) - 1):
        if _LIST_GLUE.match(text[mentions[i].end : mentions[i + 1].start]):
            out[keys[i][0]].add(keys[i + 1])
            out[keys[i + 1][0]].add(keys[i])
    return out


def listed_regions(
    neighbours: dict[str, set[tuple[str, str]]], answers: dict[tuple[str, str], Resolved]
) -> set[str]:
    """Names listed next to a name read as a first-level region."""
    return {
        name
        for name, others in neighbours.items()
        if any(
            (place := answers[k][0]) is not None and place.feature_code == "ADM1" and k[0] != name
            for k in others
        )
    }
