"""Toponym resolution in context: each name to one GeoNames entry, the same within an article.

Each candidate is scored from its population (a prior for what news writes about), its
kind (country, region, town; own name or alternate name), what the text says it is
("X province", "the town of X"), the countries and regions the article mentions, and its
distance to the article's other places. Two passes: the first fixes the article's
countries and regions from the unambiguous names, the second resolves everything with them.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from ..records import Place
from .gazetteer import Candidate, Gazetteer
from .names import name_key
from .recognize import Mention

# Weights (log10 population units), set by error analysis on development news text:
# a country mentioned in the article is worth roughly a 300-fold population difference.
W_COUNTRY_CONTEXT = 2.5
W_TOP_COUNTRY = 1.0
W_ADMIN1_CONTEXT = 1.5
W_NEAR = 1.0
NEAR_KM = 250.0
W_ALTERNATE = -1.0  # matched an alternate name, not the place's own
W_ALIAS = 0.5  # a curated alias says this is what news means
W_STRIPPED = -0.5  # matched only without the Arabic article
W_COUNTRY = 1.5  # "Georgia", "Jordan": a country name means the country unless context says
W_CAPITAL = 1.0
W_REGION = -1.0  # "Aleppo", "Kirkuk": the city, unless the text says province
W_HINT_MATCH = 5.0
W_HINT_MISMATCH = -3.0
W_CONTINENT = 2.0
CONTINENT_POPULATION = 10**8  # GeoNames gives continents no population


@dataclass
class Context:
    """What the article says about where it is."""

    countries: Counter[str]
    admin1: set[tuple[str, str | None]]
    points: list[tuple[float, float]]

    @property
    def top_country(self) -> str | None:
        common = self.countries.most_common(1)
        return common[0][0] if common else None


def _prior(cand: Candidate, hint: str) -> float:
    p = cand.place
    pop = CONTINENT_POPULATION if p.feature_code == "CONT" else p.population
    score = math.log10(pop + 10)
    score += {0: 0.0, 1: W_ALTERNATE, 2: W_ALIAS}.get(cand.kind, 0.0)
    if cand.stripped:
        score += W_STRIPPED
    region = p.feature_class in ("A", "L")
    if p.feature_code == "PCLI":
        score += W_COUNTRY
    elif p.feature_code == "ADM1":
        score += W_REGION
    elif p.feature_code == "CONT":
        score += W_CONTINENT
    if p.feature_code == "PPLC":
        score += W_CAPITAL
    if hint == "A":
        score += W_HINT_MATCH if p.feature_code == "ADM1" else W_HINT_MISMATCH if not region else 0
    elif hint == "P":
        score += W_HINT_MATCH / 2 if not region else W_HINT_MISMATCH
    return score


def _context_score(place: Place, ctx: Context) -> float:
    score = 0.0
    if place.country_code and ctx.countries.get(place.country_code):
        score += W_COUNTRY_CONTEXT
        if place.country_code == ctx.top_country:
            score += W_TOP_COUNTRY
    if (place.country_code, place.admin1) in ctx.admin1 and place.feature_code != "ADM1":
        score += W_ADMIN1_CONTEXT
    if place.feature_class == "P" and any(
        0 < km(place.latitude, place.longitude, lat, lon) < NEAR_KM for lat, lon in ctx.points
    ):
        score += W_NEAR
    return score


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _best(
    cands: tuple[Candidate, ...], hint: str, ctx: Context | None
) -> tuple[Place | None, float]:
    if not cands:
        return None, 0.0
    scored = sorted(
        ((_prior(c, hint) + (_context_score(c.place, ctx) if ctx else 0.0), c) for c in cands),
        key=lambda sc: (-sc[0], sc[1].place.geonameid),
    )
    top = scored[0]
    margin = top[0] - scored[1][0] if len(scored) > 1 else 3.0
    confidence = 1.0 / (1.0 + math.exp(-margin))
    return top[1].place, round(confidence, 3)


def resolve(mentions: list[Mention], gazetteer: Gazetteer) -> list[tuple[Place | None, float]]:
    """One (place, confidence) per mention, in the same order."""
    keys = [(name_key(m.text), m.hint) for m in mentions]
    cands = {k: _candidates(gazetteer, m.text) for k, m in zip(keys, mentions, strict=True)}
    # Pass 1: population and kind only; what it finds sets the article's context.
    first = {k: _best(c, k[1], None) for k, c in cands.items()}
    ctx = Context(Counter(), set(), [])
    for k in keys:
        place, confidence = first[k]
        if place is None or confidence < 0.6:
            continue
        ctx.countries[place.country_code] += 2 if place.feature_code == "PCLI" else 1
        if place.feature_code == "ADM1":
            ctx.admin1.add((place.country_code, place.admin1))
        elif place.feature_class == "P":
            ctx.points.append((place.latitude, place.longitude))
    # Pass 2: everything again, in context.
    second = {k: _best(c, k[1], ctx) for k, c in cands.items()}
    return [second[k] for k in keys]


def _candidates(gazetteer: Gazetteer, text: str) -> tuple[Candidate, ...]:
    cands = gazetteer.lookup(text)
    if text.isupper() and len(text.replace(".", "")) <= 4:
        # "US", "UK", "DRC": abbreviations name countries and regions, never the village "Us".
        cands = tuple(c for c in cands if c.kind == 2 or c.place.feature_code in ("PCLI", "ADM1"))
    return cands
