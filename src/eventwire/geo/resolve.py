"""Toponym resolution in context: each name to one GeoNames entry, the same within an article.

Each candidate is scored from its population (a prior for what news writes about), its
kind (country, region, town; own name or alternate name), what the text says it is
("X province", "the town of X"), the countries and regions the article mentions, and its
distance to the article's other places. Two passes: the first fixes the article's
countries and regions from the unambiguous names, the second resolves everything with them.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..nlp import paragraph_index
from ..records import Place
from .between import Resolved, list_neighbours, listed_regions, narrow, town_regions
from .gazetteer import AREA_CODES, REGION_CODES, Candidate, Gazetteer
from .names import COUNTRY_MODIFIER, article_free, name_key
from .parts import COMPASS
from .recognize import Mention

# Weights (log10 population units), set by error analysis on development news text.
# Context: a country's share of the article's places, times W_CONTEXT, plus W_PRESENT when
# it is there at all; a country all the article is about is worth a 3000-fold population.
W_CONTEXT = 3.0
W_PRESENT = 0.5
W_ADMIN1_CONTEXT = 1.5
W_NEAR = 1.0
# A name listed beside first-level regions ("Ohio, Montana, Wyoming") is one too, if it can be.
W_LISTED_REGION = 2.0
# A town dwarfed by a namesake abroad (a city of BIG_NAMESAKE, DWARF_RATIO times its size)
# gets this share of the country context when nothing nearer says it is meant: "Paris" in a
# story from Newark is the French capital, not Paris, Tennessee.
BIG_NAMESAKE = 1_000_000
DWARF_RATIO = 50
DWARFED_SHARE = 0.5
# A place another name of the article was read as ("Wash." the state: "Washington" too).
W_SAME_PLACE = 1.0
NEAR_KM = 250.0
W_ALTERNATE = -1.0  # matched an alternate name, not the place's own
W_ALTERNATE_SHADOWED = -2.0  # ... while another place bears the name as its own
SHADOW_RATIO = 20  # ... unless that place is this many times smaller
SHADOW_HAMLET = 2_000  # ... and a hamlet ("Bijapur", a town of 16,000, shadows Vijayapura)
W_ALIAS = 0.5  # a curated alias says this is what news means
W_NOT_THIS_COUNTRY = 10.0  # a country's alias matched only by stripping words from the name
W_STRIPPED = -0.5  # matched only without the Arabic article
W_COUNTRY = 1.5  # "Georgia", "Jordan": a country name means the country unless context says
W_CAPITAL = 1.0
W_REGION = -2.5  # "Aleppo", "New York": the city, unless the text says province
TWIN_SHARE = 0.1  # a town with a tenth of its region's people is the region's namesake
TWIN_SHARE_ALTERNATE = 0.25  # ... a quarter when the name is only its alternate ("New York")
W_HINT_MATCH = 5.0
W_HINT_MISMATCH = -3.0
W_CONTINENT = 2.0
CONTINENT_POPULATION = 10**8  # GeoNames gives continents, oceans and seas no population
# A town this small is taken in a country the article does not otherwise mention only when
# the article mentions no country at all (error analysis on ACLED notes and drone reports).
MIN_POPULATION_ABROAD = 50_000
# ... and, where the source's own country is known, only a city this big: a Sudanese
# source's "Kira" is a village the gazetteer lacks, not Uganda's Kira.
MIN_POPULATION_ABROAD_FOCUSED = 500_000
# A big city under an alternate name ("Quebec City" for GeoNames' Quebec) is that city
# wherever the article is; only small places' alternates are doubtful abroad.
MIN_POPULATION_ALTERNATE_ABROAD = 250_000
# ... unless the article's every other place lies in one country: a Burkinabe report's
# "Pensa" is a village the gazetteer lacks, not Russia's Penza.
ONE_COUNTRY_SHARE = 0.8
# A report whose names lie half or more in one country: a town abroad it never names the
# country of must be a city to be meant (a Malian report's "Lere" is a village the
# gazetteer lacks, not Nigeria's town of 90,000).
MAIN_COUNTRY_SHARE = 0.5
MIN_POPULATION_ABROAD_MAIN = 100_000  # (Cork, Malakal and Hollywood stay: they are cities)
# ... and where four fifths or more of its names lie in one country, a big city: a Myanmar
# report's "Kani" in Sagaing is a town the gazetteer lacks, not Japan's Kani of 100,000.
MIN_POPULATION_ABROAD_ONE = 150_000
# A town this big may stand for the region named after it when nothing else says where the
# article is ("Beni Suef governorate"; not the 50,000 of St. Croix for "Saint Croix County").
MIN_POPULATION_REGION_TOWN = 100_000
# A place the gazetteer gives no population is taken in a country the article otherwise
# mentions only if that country holds this share of its other names.
MIN_POPULATION_TRACE = 1
MIN_SHARE_HAMLET = 0.25
# ... and a town smaller than MIN_POPULATION_ABROAD only if its country holds this share.
MIN_SHARE_SMALL_TOWN = 0.1
# ... where another country holds this share (not a list of sites in many countries).
MAIN_SHARE_OVER_SMALL_TOWN = 0.4
# A region abroad in a country the article does not name is taken only if it holds this
# many people (or its population is not told).
MIN_POPULATION_REGION_ABROAD = 20_000
MIN_CONTEXT_ABROAD = 1.5  # ... and says where it is: a region or two places (weights below)
# A site's name ("X Airport", "X University") is its town's only for a town this big, or
# one in a country the article is about: else it is a person's ("Dulles", "Cornell").
MIN_POPULATION_SITE = 20_000
W_FOCUS = 2.0  # the source's country (a local newspaper, a per-country collection)
W_STREET = 0.6  # confidence in a street's town: a guess, the nearest town the article names
PASSES = 3  # context from the previous pass's answers; three settle in practice
# Two names may keep swapping each other's country ("London" votes St. Thomas to Jamaica,
# "St. Thomas" votes London to Ontario): passes go on this long at most, and of two
# states that alternate the one whose names agree best is kept (_settle).
MAX_PASSES = 4


#: Regions named by a common word: a region abroad only in a report naming its country.
_COMMON_REGION_NAMES = frozenset(
    {"centre", "center", "central", "littoral", "coast", "capital", "north", "south", "east",
     "west", "nord", "sud", "est", "ouest", "plateau", "lakes", "upper", "lower"}
)  # fmt: skip


@dataclass
class Context:
    """What the article says about where it is."""

    countries: defaultdict[str, float]  # country code → weight of the article's places there
    admin1: set[tuple[str, str | None]]
    points: list[tuple[str, float, float]]  # (name key, lat, lon) of resolved towns
    # What each name contributed: a name is judged by the others, never by itself
    # ("London" in an Ontario article must not vote for England), nor by itself spelt
    # with or without its article ("Al-Sidra" ... "Sidra" are one name: see `_kin`).
    by_key: dict[str, defaultdict[str, float]] = field(default_factory=dict)
    # The places other names were read as, by the names that chose them.
    chosen: defaultdict[int, set[str]] = field(default_factory=lambda: defaultdict(set))
    focus: str | None = None  # the source's country, when known
    listed_regions: set[str] = field(default_factory=set)  # names listed beside regions
    # names every mention of which has a paragraph to itself (a briefing's own story)
    alone: frozenset[str] = frozenset()
    # Countries the text's nationality words name: they help choose between namesakes,
    # never say by themselves where the article is.
    leaning: Mapping[str, float] = field(default_factory=dict)

    def count(self, country_code: str, key: str) -> float:
        own = self.by_key.get(_kin(key))
        return self.countries.get(country_code, 0.0) - (own.get(country_code, 0.0) if own else 0.0)

    def share(self, country_code: str, key: str) -> float:
        """The country's share of the article's places and nationality words."""
        own = self.by_key.get(_kin(key))
        total = sum(self.countries.values()) - (sum(own.values()) if own else 0)
        total += sum(self.leaning.values())
        here = self.count(country_code, key) + self.leaning.get(country_code, 0.0)
        return here / total if total > 0 else 0.0

    def elsewhere(self, country_code: str, key: str, share: float = ONE_COUNTRY_SHARE) -> bool:
        """The article's other names and nationality words lie mostly (`share`) in one
        other country, none in this one."""
        if self.share(country_code, key) > 0:
            return False
        return any(self.share(c, key) >= share for c in self.countries)

    def weight(self, key: str) -> float:
        """How much the article's other names say about where it is."""
        own = self.by_key.get(_kin(key))
        return sum(self.countries.values()) - (sum(own.values()) if own else 0.0)

    def said(self, key: str) -> float:
        """The article's other names, with the nationality words that agree with them ("the
        Libyan army" beside "Libya's oil fields")."""
        agreeing = sum(w for cc, w in self.leaning.items() if self.count(cc, key) > 0)
        return self.weight(key) + agreeing


def _kin(key: str) -> str:
    """The key a name shares with its spellings with and without an Arabic article."""
    return article_free(key) or key


def _prior(cand: Candidate, hint: str, shadowed: bool = False, twin: bool = False) -> float:
    """Score without context. `shadowed`: another place has the name as its own;
    `twin`: a town of the same country has the name (so a region needs the text's word)."""
    p = cand.place
    pop = CONTINENT_POPULATION if p.feature_code in AREA_CODES else p.population
    score = math.log10(pop + 10)
    if cand.kind == 1:
        score += W_ALTERNATE_SHADOWED if shadowed else W_ALTERNATE
    elif cand.kind == 2:
        score += W_ALIAS
    if cand.stripped:
        score += W_STRIPPED
        if cand.kind == 2 and p.feature_code == "PCLI":
            # a country's curated short name, found by stripping the text's own words
            # ("Republic of Congo" is no "Congo"): never the country meant
            score -= W_NOT_THIS_COUNTRY
    region = p.feature_class in ("A", "L") or p.feature_code in AREA_CODES
    if p.feature_code == "PCLI":
        score += W_COUNTRY
    elif p.feature_code == "ADM1" and twin:
        score += W_REGION
    elif p.feature_code in AREA_CODES:
        score += W_CONTINENT
    if p.feature_code == "PPLC":
        score += W_CAPITAL
    if hint == "A":
        score += W_HINT_MATCH if p.feature_code == "ADM1" else W_HINT_MISMATCH if not region else 0
    elif hint in ("P", "N"):
        score += W_HINT_MATCH / 2 if not region else W_HINT_MISMATCH
    elif hint == "D":
        # A district is named after its chief town far more often than after a region.
        score += W_HINT_MATCH / 2 if not region else W_HINT_MISMATCH / 2
    return score


def _context_score(place: Place, key: str, ctx: Context, dwarfed: bool = False) -> float:
    """`dwarfed`: a namesake abroad is a fiftyfold bigger city ("Paris" beside Paris,
    Tennessee): then the article's country alone counts half, unless the town lies near
    the article's other towns or in a region it names."""
    score = 0.0
    region = (place.country_code, place.admin1) in ctx.admin1 and place.feature_code != "ADM1"
    near = place.feature_class == "P" and any(
        k != key and km(place.latitude, place.longitude, lat, lon) < NEAR_KM
        for k, lat, lon in ctx.points
    )
    if place.country_code and ctx.share(place.country_code, key) > 0:
        share = W_CONTEXT * ctx.share(place.country_code, key)
        score += W_PRESENT + (
            share * DWARFED_SHARE if dwarfed and not near and not region else share
        )
    if key in ctx.listed_regions and place.feature_code == "ADM1":
        score += W_LISTED_REGION
    elif region:
        score += W_ADMIN1_CONTEXT
    if ctx.chosen.get(place.geonameid, set()) - {key}:
        score += W_SAME_PLACE
    if near:
        score += W_NEAR
    return score


def _dwarfed(place: Place, cands: tuple[Candidate, ...]) -> bool:
    """A town whose namesake in another country is a city of millions fifty times its
    size (Paris, Texas; Toronto, Ohio)."""
    return place.feature_class == "P" and any(
        c.place.feature_class == "P"
        and c.kind == 0
        and c.place.country_code != place.country_code
        and c.place.population >= max(BIG_NAMESAKE, DWARF_RATIO * place.population)
        for c in cands
    )


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


def _compass_name(key: str) -> bool:
    """A name made of directions only ("North-West", "North Western"): a region of many
    countries (South Africa's, Zambia's, Cameroon's), or part of a longer name ("North-West
    Frontier", "North Western People's Defense Force")."""
    words = key.split()
    return len(words) > 1 and all(w in COMPASS for w in words)


def _best(
    cands: tuple[Candidate, ...],
    key: str,
    hint: str,
    ctx: Context | None,
    chosen: Place | None = None,
) -> tuple[Place | None, float, float]:
    """The best reading of a name, its confidence and its score (`chosen`: the score of
    that reading instead, 0 when it is ruled out)."""
    if hint in ("W", "N") or key in COMPASS or _compass_name(key):
        # A weak mention (a capitalised word the gazetteer knows, nothing else saying it
        # is a place): only where the article's other names, or its focus, already are.
        # So too a region named by its direction ("the Western Region"): many countries
        # have one; and a town's quarter ("Kuwait neighbourhood" in Mogadishu), named
        # after a place it is not.
        cands = tuple(c for c in cands if ctx and ctx.count(c.place.country_code, key) > 0)
        if hint == "N" and ctx:
            # a quarter is in the city the article is about, not in the country of a
            # capital it names in passing ("In Washington, Bush ...")
            most = max((ctx.count(cc, key) for cc in ctx.countries), default=0.0)
            cands = tuple(c for c in cands if ctx.count(c.place.country_code, key) >= most)
        if _compass_name(key):
            cands = tuple(c for c in cands if c.place.feature_class == "A")  # no "Northwest" town
    if hint == "F":
        # "Erbil International Airport" is at Erbil; "Pearson International Airport",
        # "Cornell University" bear a person's name, not the small town's that shares it.
        cands = tuple(
            c
            for c in cands
            if (ctx and ctx.count(c.place.country_code, key) > 0)
            or (c.place.population >= MIN_POPULATION_SITE and c.place.feature_code != "ADM1")
            or c.place.feature_code == "PCLI"
        )
    if hint == "A" and not any(c.place.feature_class == "A" for c in cands):
        # "Metcalfe County", "Nad Ali district": a region GeoNames' towns can't name; a town
        # of that name stands in only in a country the article is about.
        # In an article that says nothing else of where it is, a big town stands for the
        # region named after it ("Beni Suef governorate": Egypt's Beni Suef).
        alone = ctx is None or (ctx.weight(key) == 0 and not ctx.focus)
        cands = tuple(
            c
            for c in cands
            if (ctx and ctx.countries.get(c.place.country_code))
            or (alone and c.place.population >= MIN_POPULATION_REGION_TOWN and not c.stripped)
        )
    # a hamlet of no told population, known by another name, counts only in a country the
    # report's other names put it in ("Nasir" and "Ulang" in a South Sudan report are no
    # Turkish Demirci and Sartoprak, whose votes for each other must not make them so)
    cands = tuple(
        c
        for c in cands
        if not (
            c.kind == 1
            and not c.place.population
            and (ctx is None or ctx.share(c.place.country_code, key) < MIN_SHARE_HAMLET)
        )
    )
    if ctx and ctx.said(key) >= MIN_CONTEXT_ABROAD:
        # A spelling GeoNames knows only as another country's alternate name ("Gwange",
        # "Mambasa") is not taken abroad when the article says where it is.
        # Nor is a small town abroad ("Bilin township" in a Myanmar report is not the West
        # Bank's Bil'in): unknown to the gazetteer beats a namesake in another country.
        # A region's namesake town in it stays beside the region ("Saipan", island and
        # town): which of the two is meant is decided below.
        regions_here = {
            (c.place.country_code, c.place.admin1) for c in cands if c.place.feature_code == "ADM1"
        }
        cands = tuple(
            c
            for c in cands
            if (
                ctx.count(c.place.country_code, key) > 0
                # (a hamlet with no population told needs its country to be more than a
                # trace: Libya's "Rada" and "Al-Shatt" must not vote each other into Yemen)
                and (
                    c.place.population >= MIN_POPULATION_TRACE
                    or ctx.share(c.place.country_code, key) >= MIN_SHARE_HAMLET
                )
                # (nor a small town abroad matched only without its Arabic article: a
                # Syrian report's "Al-Mazraa" is not Israel's El Mazraa)
                and not (
                    c.stripped
                    and c.place.population < MIN_POPULATION_ABROAD
                    and any(
                        ctx.share(cc, key) > ctx.share(c.place.country_code, key)
                        for cc in ctx.countries
                    )
                )
                # (nor a small town where only a trace of the report lies: a Myanmar
                # report's "Manton" and "Muse" must not vote each other into the US)
                and not (
                    c.place.population < MIN_POPULATION_ABROAD
                    and c.place.feature_class == "P"
                    and ctx.share(c.place.country_code, key) < MIN_SHARE_SMALL_TOWN
                    and any(
                        ctx.share(cc, key) >= MAIN_SHARE_OVER_SMALL_TOWN for cc in ctx.countries
                    )
                )
            )
            or (
                c.place.feature_class == "P"
                and (c.place.country_code, c.place.admin1) in regions_here
            )
            or c.place.feature_code == "PCLI"
            or (
                c.place.feature_code in REGION_CODES | AREA_CODES
                # (not a dependency's island of a few thousand: a Yemen report's "Saba"
                # is its news agency, not the Caribbean's Saba)
                and not 0 < c.place.population < MIN_POPULATION_REGION_ABROAD
            )
            or c.kind == 2
            or (
                c.kind != 1
                and not c.stripped
                and c.place.population
                >= (
                    MIN_POPULATION_ABROAD_FOCUSED
                    # (a division named after a town abroad is no division there: a
                    # Myanmar report's "Kani township" is not Japan's town of 100,000)
                    if ctx.focus or (hint == "D" and c.place.feature_class == "P")
                    else MIN_POPULATION_ABROAD_ONE
                    if ctx.elsewhere(c.place.country_code, key) and key not in ctx.alone
                    else MIN_POPULATION_ABROAD_MAIN
                    if ctx.elsewhere(c.place.country_code, key, MAIN_COUNTRY_SHARE)
                    else MIN_POPULATION_ABROAD
                )
            )
            or (
                not c.stripped
                and c.place.population >= MIN_POPULATION_ALTERNATE_ABROAD
                and hint not in ("A", "D")  # "Mambasa territory" is no Mombasa
                and not ctx.focus  # a Sudanese source's "Sama" is no Chinese Sanya
                # (an alternate spelling abroad only in a country the report names: a
                # Malian report's "Boni" is no Bonn)
                and (c.kind != 1 or ctx.share(c.place.country_code, key) > 0)
            )
        )
    if ctx and key in _COMMON_REGION_NAMES:
        # a region named by a common word ("the Centre") only in a country the report names:
        # an Indian report's "demanding that the Centre deploy forces" is no Burkinabe region
        cands = tuple(
            c
            for c in cands
            if c.place.feature_class != "A" or ctx.share(c.place.country_code, key) > 0
        )
    if not cands:
        return None, 0.0, 0.0
    # Countries where a region shares its name with a big town inside it ("Aleppo", "New
    # York"): there the name means the town. A small or distant namesake ("Missouri City",
    # Wyoming, Michigan) does not count.
    regions = {
        c.place.country_code: (c.place.population, c.place.name)
        for c in cands
        if c.place.feature_code == "ADM1"
    }
    own = {
        c.place.country_code
        for c in cands
        if c.place.feature_class == "P"
        and c.place.country_code in regions
        and c.place.admin1 == regions[c.place.country_code][1]
        and c.place.population
        >= (TWIN_SHARE if c.kind == 0 else TWIN_SHARE_ALTERNATE) * regions[c.place.country_code][0]
    }
    # (a hamlet bearing the name as its own shadows no town of its country twenty times its
    # size that has it as a spelling: "Balakliia", a village of 503, beside Balakliya, a
    # town of 26,000; a town does, Bijapur Vijayapura's old name, and so does a place
    # abroad: "Bako" in Ethiopia still shadows Baku's spelling "Bako")
    shadows = [
        c.place
        for c in cands
        if c.kind == 0 and not (c.place.feature_code == "ADM1" and c.place.country_code in own)
    ]

    def shadowed(c: Candidate) -> bool:
        if c.place.feature_class != "P":
            return bool(shadows)
        return any(
            # (a population unknown, 0, may be any size)
            p.population == 0
            or p.population >= SHADOW_HAMLET
            or p.population * SHADOW_RATIO >= c.place.population
            or p.country_code != c.place.country_code
            for p in shadows
        )

    scored = sorted(
        (
            (
                _prior(c, hint, shadowed(c), c.place.country_code in own)
                + (_context_score(c.place, key, ctx, _dwarfed(c.place, cands)) if ctx else 0.0),
                c,
            )
            for c in cands
        ),
        key=lambda sc: (-sc[0], sc[1].place.geonameid),
    )
    if chosen is not None:
        return (
            chosen,
            0.0,
            next((sc for sc, c in scored if c.place.geonameid == chosen.geonameid), 0.0),
        )
    top = scored[0]
    margin = top[0] - scored[1][0] if len(scored) > 1 else 3.0
    confidence = 1.0 / (1.0 + math.exp(-margin))
    return top[1].place, round(confidence, 3), top[0]


def _focused(ctx: Context, focus: str | None, leaning: Mapping[str, float]) -> Context:
    """The source's own country counts as much as a region the article names; the
    countries its nationality words name ("Ethiopian troops") count a little."""
    if focus:
        ctx.countries[focus] += W_FOCUS
        ctx.focus = focus
    ctx.leaning = leaning
    return ctx


def _context(
    keys: list[tuple[str, str]],
    answers: dict[tuple[str, str], Resolved],
    modifiers: frozenset[str] = frozenset(),
) -> Context:
    """What the article's names, as read so far, say of where it is (`modifiers`: the keys
    of countries named only as whose forces or people acted, "Kenya air forces": they say
    it no more than a town does)."""
    ctx = Context(defaultdict(float), set(), [])
    for k in keys:
        place, confidence = answers[k]
        if place is None or k[1] == "W":
            continue  # a weak mention follows the article, it does not lead it
        # Unsure answers count for less (confidence is at least 0.5).
        region = place.feature_code in ("PCLI", "ADM1") and k[0] not in modifiers
        weight = (2.0 if region else 1.0) * confidence
        ctx.chosen[place.geonameid].add(k[0])
        if place.feature_code == "ADM1":
            ctx.admin1.add((place.country_code, place.admin1))
        elif place.feature_class == "P":
            ctx.points.append((k[0], place.latitude, place.longitude))
        elif place.feature_code != "PCLI":
            continue
        ctx.countries[place.country_code] += weight
        ctx.by_key.setdefault(_kin(k[0]), defaultdict(float))[place.country_code] += weight
    return ctx


def resolve(
    mentions: list[Mention],
    gazetteer: Gazetteer,
    text: str | None = None,
    focus: str | None = None,
    leaning: Mapping[str, float] | None = None,
) -> list[Resolved]:
    """One (place, confidence) per mention, in the same order (`text`: the document's,
    to read what lies between names; `focus`: the country code the source is about;
    `leaning`: weights of countries the text hints at without naming a place there)."""
    leaning = leaning or {}
    keys = [(name_key(m.text), m.hint) for m in mentions]
    modifiers = _modifiers_only(text, mentions) if text else frozenset()
    neighbours = list_neighbours(text, mentions, keys) if text is not None else {}
    cands = {k: _candidates(gazetteer, m.text, m.hint) for k, m in zip(keys, mentions, strict=True)}
    known_names = {k for k, c in cands.items() if c}  # the rest may be spelt otherwise
    alone = _alone_in_paragraphs(text, mentions) if text is not None else frozenset()
    if text is not None:
        town_regions(text, mentions, keys, cands, gazetteer)
        narrow(text, mentions, keys, cands)
    # Pass 1: population and kind only; each later pass uses the one before as context.
    first = (
        _focused(Context(defaultdict(float), set(), []), focus, leaning)
        if focus or leaning
        else None
    )
    scored = {k: _best(c, k[0], k[1], first) for k, c in cands.items()}
    answers = {k: (p, c) for k, (p, c, _) in scored.items()}
    history: list[dict[tuple[str, str], Resolved]] = []
    for i in range(MAX_PASSES - 1):
        ctx = _focused(_context(keys, answers, modifiers), focus, leaning)
        ctx.listed_regions = listed_regions(neighbours, answers)
        ctx.alone = alone
        if i == 0:
            known = frozenset(cc for cc in ctx.countries if cc)
            respelt = [
                (key, hint, name)
                for (key, hint), name in zip(keys, (m.text for m in mentions), strict=True)
                if (key, hint) not in known_names and key not in unplaceable() and hint != "T"
            ]
            for key, hint, name in respelt:
                cands[(key, hint)] = _spelt_otherwise(gazetteer, name, hint, known, ctx, focus)
            main = max(ctx.countries, key=lambda cc: ctx.countries[cc], default=None)
            for (key, hint), name in zip(keys, (m.text for m in mentions), strict=True):
                found = cands.get((key, hint), ())
                if (
                    hint == "A"
                    and main
                    and found
                    and all(c.place.country_code != main for c in found)
                ):
                    # a region named only abroad, spelt like one of the article's main
                    # country's ("the southern province of Shabwa": Shabwah, not Sha Bwa)
                    own = tuple(
                        c
                        for c in gazetteer.fuzzy(name, frozenset({main}))
                        if c.place.feature_code == "ADM1"
                    )
                    cands[(key, hint)] = own or found
            # a region spelt otherwise ("Hiraan") tells the country of a town spelt
            # otherwise in it ("near the town of Bulobarde")
            regions = frozenset(
                c.place.country_code
                for key, hint, _ in respelt
                for c in cands[(key, hint)][:1]
                if c.place.feature_code == "ADM1" and len(cands[(key, hint)]) == 1
            )
            if regions - known:
                for key, hint, name in respelt:
                    if not cands[(key, hint)]:
                        cands[(key, hint)] = _spelt_otherwise(
                            gazetteer, name, hint, known | regions, ctx, focus
                        )
            if text is not None:  # the names spelt otherwise, read in their places too
                town_regions(text, mentions, keys, cands, gazetteer)
                narrow(text, mentions, keys, cands)
        scored = {k: _best(c, k[0], k[1], ctx) for k, c in cands.items()}
        new = {k: (p, c) for k, (p, c, _) in scored.items()}
        history.append(new)
        if i + 2 >= PASSES and _places(new) == _places(answers):
            answers = new
            break
        answers = new
    else:
        answers = _settle(history, keys, cands, (focus, leaning), neighbours, modifiers)
    resolved = [answers[k] for k in keys]
    return [
        _street_town(mentions, resolved, i, text or "") if m.hint == "T" else r
        for i, (m, r) in enumerate(zip(mentions, resolved, strict=True))
    ]


def _alone_in_paragraphs(text: str, mentions: list[Mention]) -> frozenset[str]:
    """The names whose every paragraph names no other place: a briefing's story of its own
    ("A Russian drone struck a minibus in Nikopol", after two stories from Pakistan)."""
    by_paragraph: defaultdict[int, set[str]] = defaultdict(set)
    for m in mentions:
        by_paragraph[paragraph_index(text, m.start)].add(name_key(m.text))
    keys = {name_key(m.text) for m in mentions}
    return frozenset(
        k for k in keys if all(names == {k} for names in by_paragraph.values() if k in names)
    )


def _spelt_otherwise(
    gazetteer: Gazetteer,
    name: str,
    hint: str,
    known: frozenset[str],
    ctx: Context,
    focus: str | None,
) -> tuple[Candidate, ...]:
    """Candidates for a name the gazetteer lacks under this spelling, in the countries
    the article names (`known`)."""
    found = gazetteer.fuzzy(name, known)
    if not found and hint != "P" and not focus:
        # "Oromia": a region, wherever it is; not for a source whose country is known
        # ("the Bijombo highlands" in Congo, no "Biombo")
        found = gazetteer.fuzzy(name, frozenset())
    if ctx.points:
        # "Tha Yet Tan" is no "Tha Yet Taw" three hundred km from the article's towns: a
        # town spelt otherwise is one near them.
        found = tuple(c for c in found if _near_points(c.place, ctx))
    if hint == "A":
        # "Daviess County" is no "Davis": a region spelt otherwise, yes; a town standing in
        # for a county only under its exact name.
        found = tuple(c for c in found if c.place.feature_code == "ADM1")
    return found


def _modifiers_only(text: str, mentions: list[Mention]) -> frozenset[str]:
    """The keys of names every mention of which is followed by who acted ("Kenya air
    forces", "U.S. aid"), never told as where."""
    told: dict[str, bool] = {}
    for m in mentions:
        key = name_key(m.text)
        told[key] = told.get(key, True) and bool(COUNTRY_MODIFIER.match(text[m.end : m.end + 40]))
    return frozenset(k for k, only in told.items() if only)


def _near_points(place: Place, ctx: Context) -> bool:
    """Not a town, or a town within NEAR_KM of a town the article names."""
    return place.feature_class != "P" or any(
        km(place.latitude, place.longitude, lat, lon) <= NEAR_KM for _, lat, lon in ctx.points
    )


def _places(answers: dict[tuple[str, str], Resolved]) -> dict[tuple[str, str], int | None]:
    return {k: p.geonameid if p else None for k, (p, _) in answers.items()}


def _settle(
    history: list[dict[tuple[str, str], Resolved]],
    keys: list[tuple[str, str]],
    cands: dict[tuple[str, str], tuple[Candidate, ...]],
    where: tuple[str | None, Mapping[str, float]],
    neighbours: dict[str, set[tuple[str, str]]],
    modifiers: frozenset[str] = frozenset(),
) -> dict[tuple[str, str], Resolved]:
    """Passes that never settled: names flip together, each after the others' last answers.
    From each of the last two states, names are settled one at a time instead, each after
    the others' current answers; of the two outcomes, the one whose names agree best wins."""

    def _state_context(state: dict[tuple[str, str], Resolved]) -> Context:
        ctx = _focused(_context(keys, state, modifiers), *where)
        ctx.listed_regions = listed_regions(neighbours, state)
        return ctx

    def one_at_a_time(state: dict[tuple[str, str], Resolved]) -> dict[tuple[str, str], Resolved]:
        state = dict(state)
        for _ in range(MAX_PASSES):
            before = _places(state)
            for k in dict.fromkeys(keys):
                best = _best(cands[k], k[0], k[1], _state_context(state))
                state[k] = best[:2]
            if _places(state) == before:
                break
        return state

    def agreement(state: dict[tuple[str, str], Resolved]) -> float:
        ctx = _state_context(state)
        return sum(
            _best(cands[k], k[0], k[1], ctx, place)[2]
            for k in keys
            for place in [state[k][0]]
            if place is not None
        )

    outcomes = [one_at_a_time(state) for state in history[-2:]]
    return max(outcomes, key=agreement)


def _street_town(
    mentions: list[Mention], resolved: list[Resolved], i: int, text: str = ""
) -> Resolved:
    """A street ("Royal Street") is in the town named nearest before it (else after it),
    when that is near, in its paragraph; told far from any, in the town the article names
    most ("... near Kralja Milana Street" in a Belgrade report that named Novi Sad's station
    paragraphs before; "Hari Singh High Street" in a Srinagar report whose lede named Uri
    in Baramulla district last)."""
    towns = [
        (j, place)
        for j, (place, _) in enumerate(resolved)
        if place is not None and place.feature_class == "P" and mentions[j].hint != "T"
    ]
    before = [t for t in towns if t[0] < i]
    after = [t for t in towns if t[0] > i]
    chosen = before[-1] if before else after[0] if after else None
    if chosen is None:
        return (None, 0.0)
    apart = "\n\n" in text[mentions[chosen[0]].start : mentions[i].start]
    # (the paragraph right before, naming that town alone, is near: "Police in Belgrade
    # forcibly removed students ..." then "Around 300 students had sat down in Takovska
    # Street")
    if apart and before and text.count("\n\n", mentions[chosen[0]].start, mentions[i].start) == 1:
        opening = text.rfind("\n\n", 0, mentions[chosen[0]].start)
        there = {place.geonameid for j, place in before if mentions[j].start > opening}
        apart = there != {chosen[1].geonameid}
    if apart or abs(mentions[chosen[0]].start - mentions[i].start) > STREET_TOWN_REACH:
        told = Counter(place.geonameid for _, place in towns)
        most = max(told.values())
        dateline = [t for t in towns if mentions[t[0]].label == "DATELINE"]
        if apart and dateline and told[dateline[0][1].geonameid] == most:
            chosen = dateline[0]  # (of the towns told most, the one the report is filed from)
        elif told[chosen[1].geonameid] < most:
            chosen = min(
                (t for t in towns if told[t[1].geonameid] == most),
                key=lambda t: abs(mentions[t[0]].start - mentions[i].start),
            )
    return (chosen[1], W_STREET)


#: How far (characters) before a street the town named may be to be taken as its town.
STREET_TOWN_REACH = 300


@lru_cache(maxsize=1)
def unplaceable() -> frozenset[str]:
    """Names of regions no GeoNames town or admin region stands for ("Middle East")."""
    text = resources.files("eventwire.data").joinpath("geo", "unplaceable.txt").read_text("utf-8")
    return frozenset(name_key(w) for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _candidates(gazetteer: Gazetteer, text: str, hint: str = "") -> tuple[Candidate, ...]:
    if hint == "T":
        return ()  # a street: placed by its town afterwards (_street_town)
    if hint == "S":  # "Seattle, WA": a state or province by its postal code
        region = gazetteer.postal_region(text)
        return (Candidate(region, 2, False),) if region else ()
    if name_key(text) in unplaceable():
        return ()
    cands = gazetteer.lookup(text)
    letters = text.replace(".", "")
    if len(letters) <= 4 and (
        # (not a desk's town in capitals: "GAZA, Jan 20", "LIMA (AP)")
        (text.isupper() and not (hint == "P" and len(letters) == 4))
        or (letters.isalpha() and sum(c.isupper() for c in letters) >= 2 and not text.isupper())
    ):
        # "US", "UK", "DRC": abbreviations name countries and regions, never the village
        # "Us"; nor is "MoD" the hamlet "Mod".
        cands = tuple(c for c in cands if c.kind == 2 or c.place.feature_code in ("PCLI", "ADM1"))
    return cands
