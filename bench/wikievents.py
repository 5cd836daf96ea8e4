"""Whole news articles: eventwire on WikiEvents (attacks, bombings and deaths, KAIROS scheme).

    .venv/bin/python bench/wikievents.py [--dump F]

WikiEvents' 20 development articles (news and Wikipedia pages on bombings, drone strikes,
an election in Venezuela, a disease) are annotated mention by mention: each trigger word of
an event ("exploded", "killed", "protests") with its arguments (Attacker, Victim, Place).
ACLED codes events, not mentions, so this scores what carries over. Each article is read as
given (no publication date; its title runs into its first sentence, as the file has it).

The event kinds ACLED codes are WikiEvents' Conflict.Attack, Conflict.Demonstrate,
Life.Die, Life.Injure and ArtifactExistence.DamageDestroy. Scored:
- articles: of those with such an event, the share where eventwire codes any event; of
  those with none, the share where it codes none;
- grounded: of eventwire's events, the share whose trigger lies in a sentence annotated with
  such an event (an event in a sentence annotated with none is likely a false alarm: a
  figure of speech, a plan, a ban);
- place: of the grounded events whose sentence gives an attack or a death a Place argument
  that names a town, region or country, the share whose location, admin1 or country is
  that place (names compared without accents, case, an article or a trailing "province").

No model learnt from these articles.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from eventwire.pipeline import Resources, extract
from eventwire.read import dated
from eventwire.records import Article, Event

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "wikievents" / "dev.jsonl"
KINDS = (
    "Conflict.Attack",
    "Conflict.Demonstrate",
    "Life.Die",
    "Life.Injure",
    "ArtifactExistence.DamageDestroy",
)
PLACE_KINDS = ("Conflict.Attack", "Life.Die")


@dataclass
class Sentence:
    start: int
    end: int
    kinds: set[str]  # the ACLED-relevant event kinds annotated in it
    places: set[str]  # the Place arguments (towns, regions, countries) of its attacks, deaths


def sentences(row: dict[str, object]) -> list[Sentence]:
    sents = row["sentences"]
    assert isinstance(sents, list)
    out = [Sentence(tokens[0][1], tokens[-1][2], set(), set()) for tokens, _ in sents]
    entities = {e["id"]: e for e in row["entity_mentions"]}  # type: ignore[attr-defined]
    for mention in row["event_mentions"]:  # type: ignore[attr-defined]
        kind = next((k for k in KINDS if mention["event_type"].startswith(k)), None)
        if kind is None:
            continue
        sent = out[mention["trigger"]["sent_idx"]]
        sent.kinds.add(kind)
        if kind not in PLACE_KINDS:
            continue
        for arg in mention["arguments"]:
            entity = entities.get(arg["entity_id"], {})
            name = arg["text"]
            place = arg["role"] == "Place" and entity.get("entity_type") in ("GPE", "LOC")
            if place and name[:1].isupper():  # a name, not "the city"
                sent.places.add(plain(name))
    return out


def plain(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = folded.lower().replace("-", " ").split()
    words = [w for w in words if w not in ("the", "al", "el")]
    if len(words) > 1 and words[-1] in REGION_WORDS:
        words = words[:-1]  # "Helmand Province": Helmand
    return " ".join(words)


REGION_WORDS = frozenset({"province", "district", "state", "governorate", "region", "county"})


def trigger_at(event: Event) -> int | None:
    return next((e.start for e in event.evidence if e.field == "event_type"), None)


def pct(hits: list[bool]) -> str:
    if not hits:
        return "   n/a"
    return f"{100 * sum(hits) / len(hits):5.1f} % ({sum(hits)}/{len(hits)})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump", type=Path, default=None, help="events as JSON lines")
    args = parser.parse_args()
    if not DATA.is_file():
        print(f"no WikiEvents data at {DATA}; skipping")
        return 0
    rows = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines()]
    resources = Resources.load()
    told: list[bool] = []
    quiet: list[bool] = []
    grounded: list[bool] = []
    placed: list[bool] = []
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for row in rows:
        item = dated(Article(article_id=row["doc_id"], text=row["text"], origin="wikievents"))
        assert isinstance(item, Article)
        events = extract([item], resources).events
        sents = sentences(row)
        if any(s.kinds for s in sents):
            told.append(bool(events))
        else:
            quiet.append(not events)
        for event in events:
            at = trigger_at(event)
            sent = next((s for s in sents if at is not None and s.start <= at < s.end), None)
            grounded.append(sent is not None and bool(sent.kinds))
            if sent is not None and sent.places:
                names = {plain(n) for n in (event.location, event.admin1, event.country) if n}
                placed.append(bool(names & sent.places))
            if dump is not None:
                sentence = row["text"][sent.start : sent.end] if sent else ""
                coded = [event.event_type, event.sub_event_type, event.actor1, event.actor2]
                coded += [event.location, event.country, event.fatalities, event.event_date]
                line = {"id": row["doc_id"], "coded": coded, "sentence": sentence}
                line["gold"] = (
                    {"kinds": sorted(sent.kinds), "places": sorted(sent.places)} if sent else {}
                )
                dump.write(json.dumps(line) + "\n")
    if dump is not None:
        dump.close()
    print(f"WikiEvents dev: {len(rows)} articles")
    print(f"  articles with an attack or death: coded an event   {pct(told)}")
    print(f"  articles with none: coded none                     {pct(quiet)}")
    print(f"  events grounded in an annotated sentence           {pct(grounded)}")
    print(f"  ... whose sentence names a place: that place       {pct(placed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
