"""Toponym resolution benchmark on ../shared/data/geoparsing (GeoWebNews, TR-News, GeoVirus).

For each corpus: gold toponyms, the share missed (no resolved toponym of ours overlaps
it), and among the found ones the exact GeoNames id match, accuracy within 161 km and
correct country; then event location on ACLED notes (acled_africa_2016 dev) and drone
records (gtd_drone dev): country, admin1 and within 25 km of the record's coordinates, once
from the text alone ("text", with the country of home forces it names, as the pipeline
reads it: "SAF bomb Kalo" is in Sudan, or the country its words point to when it names no
known place; scored on the held-out fifth only, as that guesser learnt from these files)
and once with the record's country given as the source's
focus ("focus": many notes name no country, or no place at all); then the gazetteer's
build and load times, memory and lookups/s.

    .venv/bin/python bench/geo.py [--limit N] [--corpus gwn|trnews|geovirus] [--errors F]

Skips cleanly (exit 0) when the data is absent.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import tracemalloc
import xml.etree.ElementTree as ET
from dataclasses import dataclass, replace
from pathlib import Path

from eventwire.events.typing import heldout
from eventwire.geo import Gazetteer, geoparse
from eventwire.geo.resolve import km
from eventwire.nlp import load_nlp
from eventwire.records import Toponym

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "geoparsing"
# GeoWebNews toponym types that are place names in the text. Left out: common nouns
# ("city"), demonyms and adjectives ("Syrian", modifierType Adjective: eventwire does not
# take them as places), languages, homonyms, and names inside other names ("University of
# Washington", types Embedded_Non_Lit and Coercion). Metonymic uses ("Moscow said") count.
GWN_TYPES = {
    "Literal",
    "Literal_Modifier",
    "Mixed",
    "Metonymic",
    "Embedded_Literal",
    "Non_Literal_Modifier",
}


@dataclass
class Gold:
    start: int
    end: int
    text: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None = None  # ISO alpha-2, when known


@dataclass
class Article:
    text: str
    gold: list[Gold]

    def __post_init__(self) -> None:
        self.gold = [_aligned(self.text, g) for g in self.gold]


def _aligned(text: str, g: Gold, reach: int = 80) -> Gold:
    """The gold toponym at the nearest place where its name is in the text. GeoVirus counts
    offsets from 1 and TR-News's drift by a few characters through an article (116 of its
    1,275 toponyms); an unaligned span can miss a found name or hit its neighbour."""
    size = len(g.text)
    for shift in sorted(range(-reach, reach + 1), key=abs):
        start = g.start + shift
        if start >= 0 and text[start : start + size] == g.text:
            return replace(g, start=start, end=start + size)
    return g


def _float(x: str | None) -> float | None:
    try:
        return float(x) if x not in (None, "") else None
    except ValueError:
        return None


def _int(x: str | None) -> int | None:
    return int(x) if x and x.strip().isdigit() else None


def read_gwn() -> list[Article]:
    out = []
    for art in ET.parse(DATA / "GWN.xml").getroot().iter("article"):
        gold = [
            Gold(
                int(t.findtext("start") or 0),
                int(t.findtext("end") or 0),
                t.findtext("extractedName") or "",
                _int(t.findtext("geonamesID")),
                _float(t.findtext("latitude")),
                _float(t.findtext("longitude")),
            )
            for t in art.iter("toponym")
            if t.findtext("type") in GWN_TYPES and t.findtext("modifierType") != "Adjective"
        ]
        out.append(Article(art.findtext("text") or "", [g for g in gold if g.lat is not None]))
    return out


def read_trnews() -> list[Article]:
    out = []
    for art in ET.parse(DATA / "TR-News.xml").getroot().iter("article"):
        gold = []
        for t in art.iter("toponym"):
            tag = t.find("gaztag")
            if tag is None:
                continue
            gold.append(
                Gold(
                    int(t.findtext("start") or 0),
                    int(t.findtext("end") or 0),
                    t.findtext("phrase") or "",
                    _int(tag.get("geonameid")),
                    _float(tag.findtext("lat")),
                    _float(tag.findtext("lon")),
                )
            )
        out.append(Article(art.findtext("text") or "", gold))
    return out


def read_geovirus() -> list[Article]:
    out = []
    for art in ET.parse(DATA / "GeoVirus.xml").getroot().iter("article"):
        gold = [
            Gold(
                int(t.findtext("start") or 0),
                int(t.findtext("end") or 0),
                t.findtext("name") or "",
                None,
                _float(t.findtext("lat")),
                _float(t.findtext("lon")),
            )
            for t in art.iter("location")
        ]
        out.append(Article(art.findtext("text") or "", gold))
    return out


CORPORA = {"gwn": read_gwn, "trnews": read_trnews, "geovirus": read_geovirus}


def _country(gazetteer: Gazetteer, g: Gold) -> str | None:
    if g.geonameid is None:
        return None
    place = gazetteer.get(g.geonameid)
    return place.country_code if place and place.country_code else None


def score(name: str, articles: list[Article], gazetteer: Gazetteer, errors: list[str]) -> None:
    nlp = load_nlp()
    n = found = with_id = exact = with_xy = near = with_cc = same_cc = 0
    unlisted = 0  # missed toponyms whose gold place the gazetteer does not hold
    sub_xy = sub_near = 0  # the same, for places below country level
    started = time.perf_counter()
    for i, (art, doc) in enumerate(zip(articles, nlp.pipe(a.text for a in articles), strict=True)):
        tps: list[Toponym] = [t for t in geoparse(doc, gazetteer) if t.place is not None]
        for g in art.gold:
            n += 1
            hit = next((t for t in tps if t.start < g.end and g.start < t.end), None)
            if hit is None or hit.place is None:
                errors.append(f"{name}\t{i}\tMISSED\t{g.text}\t{g.geonameid}")
                unlisted += g.geonameid is not None and gazetteer.get(g.geonameid) is None
                continue
            found += 1
            p = hit.place
            if g.geonameid is not None:
                with_id += 1
                ok = p.geonameid == g.geonameid
                exact += ok
                if not ok:
                    errors.append(
                        f"{name}\t{i}\tWRONG\t{g.text}\t{g.geonameid}\t"
                        f"{p.geonameid} {p.name} {p.country_code} {p.feature_code}"
                    )
            if g.lat is not None and g.lon is not None:
                with_xy += 1
                close = km(p.latitude, p.longitude, g.lat, g.lon) <= 161
                near += close
                if p.feature_code not in ("PCLI", "CONT"):
                    sub_xy += 1
                    sub_near += close
            cc = _country(gazetteer, g)
            if cc:
                with_cc += 1
                same_cc += p.country_code == cc
    seconds = time.perf_counter() - started

    def pct(a: int, b: int) -> str:
        return f"{100 * a / b:5.1f} %" if b else "   n/a"

    print(
        f"{name:9} articles {len(articles):4}  gold {n:5}  missed {pct(n - found, n)} "
        f"(not in the gazetteer {pct(unlisted, n) if with_id else '   n/a'})  "
        f"exact {pct(exact, with_id)} (n={with_id})  <=161km {pct(near, with_xy)} "
        f"(below country level {pct(sub_near, sub_xy)})  "
        f"country {pct(same_cc, with_cc)}  [{seconds:.0f} s]"
    )


def event_locations(
    name: str, limit: int, gazetteer: Gazetteer, errors: list[str] | None = None
) -> None:
    """Event location on ACLED notes / drone summaries: the whole text as one mention."""
    import csv

    from eventwire.geo import locate
    from eventwire.pipeline import report_home
    from eventwire.records import EventMention, Span

    base = DATA.parent
    # text, country, admin1, lat, lon, the coder's place name
    rows: list[tuple[str, str, str, float, float, str]] = []
    if name == "acled":
        with (base / "acled_africa_2016" / "acled_africa_2016_dev.csv").open(encoding="utf-8") as f:
            for r in csv.DictReader(f):
                rows.append(
                    (
                        r["NOTES"],
                        r["COUNTRY"],
                        r["ADMIN1"],
                        float(r["LATITUDE"]),
                        float(r["LONGITUDE"]),
                        r["LOCATION"],
                    )
                )
    else:
        path = base / "gtd_drone" / "acled_gtd_drone_dev.csv"
        with path.open(encoding="utf-8", errors="replace") as f:
            for r in csv.DictReader(f, delimiter=";"):
                try:
                    lat, lon = float(r["latitude"]), float(r["longitude"])
                except ValueError:
                    continue
                rows.append((r["summary"], r["country_txt"], r["provstate"], lat, lon, r["city"]))
    nlp = load_nlp()
    # Text only, then with the record's country given as the source's focus (as for a
    # per-country collection or a local newspaper): many notes name no country at all.
    # From the text alone, a note naming no known place gets the country its words point
    # to (geo.whereabouts), a classifier that learnt from these files: only the held-out
    # fifth it never saw is scored that way.
    for mode in ("text", "focus"):
        chosen = [r for r in rows if heldout(r[0])] if mode == "text" else rows
        step = max(1, len(chosen) // limit) if limit else 1
        chosen = chosen[::step][: limit or None]
        n = same_country = same_admin1 = within = reachable = 0
        docs = nlp.pipe(r[0] for r in chosen)
        for (text, country, admin1, lat, lon, place), doc in zip(chosen, docs, strict=True):
            reachable += _reachable(gazetteer, text, place, lat, lon)
            # text only: the country a report's home forces name, as the pipeline reads it
            focus, sure = (
                (country, False) if mode == "focus" else report_home(doc, geoparse(doc, gazetteer))
            )
            tps = geoparse(doc, gazetteer, focus)
            mention = EventMention(0, len(text), Span(0, 0, ""), "", "", "", 1.0)
            loc = locate(doc, mention, tps, gazetteer, focus, abroad=not sure)[0]
            n += 1
            same_country += _same_country(gazetteer, loc.country, country)
            same_admin1 += bool(admin1) and _same_name(loc.admin1, admin1)
            close = (
                loc.latitude is not None and km(loc.latitude, loc.longitude or 0, lat, lon) <= 25
            )
            within += close
            if not close and errors is not None:
                errors.append(
                    f"{name}-{mode}\t{country}/{admin1}\t{loc.name}/{loc.country}/{loc.admin1}"
                    f"/{loc.precision}\t{text[:150]}"
                )
        rows_told = f"{n:5}" + (" (held-out fifth)" if mode == "text" else "")
        print(
            f"{name + ' ' + mode:12} events {rows_told}  country {100 * same_country / n:5.1f} %  "
            f"admin1 {100 * same_admin1 / n:5.1f} %  within 25 km {100 * within / n:5.1f} %"
            f"  (place named and in the gazetteer: {100 * reachable / n:4.1f} %)"
        )


def _reachable(gazetteer: Gazetteer, text: str, place: str, lat: float, lon: float) -> bool:
    """The coder's place is named in the text and the gazetteer holds it within 25 km: the
    events a geoparser of this gazetteer can place within 25 km by that name."""
    if not place or place.lower() not in text.lower():
        return False
    return any(
        km(c.place.latitude, c.place.longitude, lat, lon) <= 25 for c in gazetteer.lookup(place)
    )


def _same_country(gazetteer: Gazetteer, ours: str | None, gold: str) -> bool:
    """The same country, whichever spelling each side uses."""
    if not ours:
        return False
    if ours.lower() == gold.lower():
        return True
    code = gazetteer.country_code(gold)
    return code is not None and code == gazetteer.country_code(ours)


def _same_name(ours: str | None, gold: str) -> bool:
    from rapidfuzz import fuzz

    from eventwire.geo.names import name_key

    a, b = name_key(ours or ""), name_key(gold)
    # Transliterations of one region count as the same ("Oromiya"/"Oromia",
    # "Hadramaout"/"Hadramawt"); the first letter keeps "Nord Kivu" from "Sud Kivu".
    return bool(a) and (a == b or a in b or b in a or (a[0] == b[:1] and fuzz.ratio(a, b) >= 84))


def gazetteer_figures() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        Gazetteer.load(Path(tmp))
        build = time.perf_counter() - started
    tracemalloc.start()
    started = time.perf_counter()
    gaz = Gazetteer.load()
    load = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    stats = gaz.stats()
    names = ["Aleppo", "Mosul", "Paris", "Springfield", "Kobani", "Georgia", "Lagos", "Kabul"]
    names += [f"{random.choice(['San', 'Al', 'New', ''])} {w}" for w in ("Jose", "Bab", "York")]
    started = time.perf_counter()
    count = 0
    while time.perf_counter() - started < 1.0:
        for nm in names:
            gaz._lookup(nm)  # uncached: the index's own speed
            count += 1
    rate = count / (time.perf_counter() - started)
    print(
        f"gazetteer: build {build:.1f} s, load {load * 1000:.1f} ms, load memory "
        f"{peak / 1e6:.1f} MB, index {stats['bytes'] / 1e6:.0f} MB, {stats['places']:.0f} places, "
        f"{stats['names']:.0f} names, {rate:,.0f} uncached lookups/s"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=0, help="first N articles of each corpus")
    ap.add_argument("--corpus", choices=sorted(CORPORA), action="append")
    ap.add_argument("--errors", type=Path, help="write every miss and wrong resolution here")
    ap.add_argument("--no-build", action="store_true", help="skip timing a fresh index build")
    ap.add_argument(
        "--events", type=int, default=300, help="ACLED and drone events to locate (0: none)"
    )
    args = ap.parse_args()
    if not DATA.is_dir():
        print(f"bench/geo.py: {DATA} not found; skipping.")
        return 0
    gazetteer = Gazetteer.load()
    errors: list[str] = []
    for name in args.corpus or ["gwn", "trnews", "geovirus"]:
        articles = CORPORA[name]()
        if args.limit:
            articles = articles[: args.limit]
        score(name, articles, gazetteer, errors)
    if args.events:
        for name in ("acled", "drone"):
            event_locations(name, args.events, gazetteer, errors)
    if args.errors:
        args.errors.write_text("\n".join(errors) + "\n", "utf-8")
    if not args.no_build:
        gazetteer_figures()
    return 0


if __name__ == "__main__":
    sys.exit(main())
