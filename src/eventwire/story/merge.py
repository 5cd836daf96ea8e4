"""Cross-document event merging: one event, all its sources.

Two events are the same when they have the same type, dates within a window set by their
time precision, places within a distance set by their geo precision, compatible actors
and compatible death tolls. Clusters are built with complete linkage (an event joins a
cluster only when it matches every member), so A~B and B~C never chain A to C.
Two events of one article are merged only when nothing in their text sets them apart
("a second bombing", "another attack"): an article that counts two events means two.
"""

from __future__ import annotations

import dataclasses
import hashlib
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date

from rapidfuzz import fuzz

from ..nlp import paragraph_end, paragraph_index, paragraph_start
from ..notes import rewrite_notes
from ..records import Event, Evidence, SourceRef, interaction

# Days two dates may differ by, by the coarser time_precision of the two (ACLED: 1 day,
# 2 week, 3 month). Two day-precise dates must agree: ACLED codes the same place and actors
# on consecutive days as two events, and on the ACLED 2016 rows a one-day window merged
# hundreds of distinct pairs. One day of drift (a report dated from its publication day) is
# allowed only when place and perpetrator match by name (see same_time). A week-precise
# date stands for its week, so any day of it is within 3 days; a month's, within 15
# (7 and 31 merged a third more distinct events on the ACLED rows, bench/merge.py).
DATE_WINDOW = {1: 0, 2: 3, 3: 15}
# Kilometres two places may be apart, by the coarser geo_precision (1 town, 2 near a
# town/district, 3 region). 10 km covers a city and its suburbs' centroids.
PLACE_RADIUS_KM = {1: 10.0, 2: 50.0, 3: 250.0}
# Two differently named places must be much closer: distinct villages 5-10 km apart are
# distinct events (most false merges on the ACLED rows were such neighbours).
RENAMED_SHARE = 0.2
NAME_MATCH = 90  # rapidfuzz ratio for two spellings of one place name
# Tolls differing by more than this factor (and by more than TOLL_GAP deaths) are two
# events: early and late reports of one attack rarely differ that much.
TOLL_RATIO = 4.0
TOLL_GAP = 10
GENERIC_ACTOR = re.compile(
    r"^(protesters|rioters|civilians|unidentified|military forces|police forces)\b", re.I
)
ACTOR_MATCH = 85  # rapidfuzz token_set_ratio for two spellings of one actor
SUB_TYPE_GENERIC = {"Armed clash", "Attack", "Other"}
# Pairs of types that one event gets from different reports; merged across types only
# on the same day at the same named place (see same_event).
RELATED_TYPES = {frozenset({"Violence against civilians", "Explosions/Remote violence"})}
DISTINCT = re.compile(
    r"\b(?:separate|separately)\b|\b(?:second|third|another)\s+(?:[\w-]+\s+)?"
    r"(?:bomb|blast|explosion|attack|strike|raid|clash|suicide|incident|ambush|shelling|"
    r"assault|shooting|explosive|device|car)(?:s|es)?\b"
    # (not the doers: "three attackers"; nor the munitions of one strike: "a jet dropped
    # two bombs on the market")
    r"|(?<!dropped )(?<!dropping )(?<!fired )(?<!launched )(?<!threw )(?<!hurled )"
    r"\b(two|three|four|twin|multiple|several|series of)\s+(\w+\s+)?"
    r"(bomb|blast|explosion|attack|strike|raid|clash|suicide)(?:s|es)?\b",
    re.IGNORECASE,
)


def _date(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(h)))


def same_type(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type:
        return False
    return (
        a.sub_event_type == b.sub_event_type
        or a.sub_event_type in SUB_TYPE_GENERIC
        or b.sub_event_type in SUB_TYPE_GENERIC
    )


def related_type(a: Event, b: Event) -> bool:
    """Types two coders give one event from different words ("a bomb killed worshippers"
    coded as an explosion by one report, as an attack on civilians by the other)."""
    return frozenset((a.event_type, b.event_type)) in RELATED_TYPES


def same_time(a: Event, b: Event, strong: bool = False) -> bool:
    """Dates within the window of their precision; one day more when `strong` (the same
    named place and perpetrator)."""
    da, db = _date(a.event_date), _date(b.event_date)
    if da is None or db is None:
        return da is None and db is None
    window = DATE_WINDOW.get(max(a.time_precision, b.time_precision), 31)
    return abs((da - db).days) <= window + (1 if strong else 0)


def _same_name(x: str | None, y: str | None) -> bool:
    return bool(x and y and fuzz.ratio(x.casefold(), y.casefold()) >= NAME_MATCH)


def place_match(a: Event, b: Event) -> str | None:
    """'same' (one named place), 'near' (close enough for their precision) or None."""
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return "same"
    if a.iso3 and b.iso3 and a.iso3 != b.iso3:
        return None
    if a.country and b.country and a.country != b.country:
        return None
    named = _same_name(a.location, b.location)
    for x, y in ((a, b), (b, a)):
        # A report that only names the province, and one naming a town in it.
        if (x.geo_precision or 3) >= 3 and x.location and _same_name(x.location, y.admin1):
            return "near"
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        precision = max(a.geo_precision or 3, b.geo_precision or 3)
        radius = PLACE_RADIUS_KM.get(precision, PLACE_RADIUS_KM[3])
        km = _km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        if named:
            return "same" if km <= radius else None
        if a.location and b.location:
            radius *= RENAMED_SHARE
        return "near" if km <= radius else None
    if a.location and b.location:
        return "same" if named else None
    # Unplaced events merge only with each other and within one country.
    if a.location is None and b.location is None and a.country == b.country:
        return "near"
    return None


def same_place(a: Event, b: Event) -> bool:
    return place_match(a, b) is not None


#: Names that tell a side's kind, not who it is: "Unidentified Armed Group (Niger)", unnamed
#: Islamists ("jihadists" in a lede, "the Islamic State in the Sahel" in its detail),
#: unnamed rebels.
_UNKNOWN = ("Unidentified", "Islamist Militia", "Rebel Group")


def _actor_match(x: str, y: str) -> bool:
    return fuzz.token_set_ratio(x.casefold(), y.casefold()) >= ACTOR_MATCH


def _side_conflict(x: str | None, y: str | None) -> bool:
    """Both name a party on this side, and no name matches (an unidentified one is no
    name: "a drone strike" in the lede, "a military drone" in the detail; nor is one told
    by its kind alone: "jihadists" in the lede, "the Islamic State" in the detail)."""
    xs = [n.strip() for n in (x or "").split(";") if n.strip() and not n.startswith(_UNKNOWN)]
    ys = [n.strip() for n in (y or "").split(";") if n.strip() and not n.startswith(_UNKNOWN)]
    return bool(xs and ys) and not any(_actor_match(a, b) for a in xs for b in ys)


def same_actors(a: Event, b: Event) -> bool:
    """Compatible unless both name a party on one side and none of their names match.

    Sides may be swapped between reports ("X attacked Y" / "Y clashed with X"); a named
    associated actor ("Students" vs "Teachers" protesting) tells two events apart too.
    """
    if not a.actor1 or not b.actor1:
        return True
    straight = not _side_conflict(a.actor1, b.actor1) and not _side_conflict(a.actor2, b.actor2)
    swapped = not _side_conflict(a.actor1, b.actor2) and not _side_conflict(a.actor2, b.actor1)
    if not (straight or swapped):
        return False
    assoc = straight and (
        _side_conflict(a.assoc_actor_1, b.assoc_actor_1)
        or _side_conflict(a.assoc_actor_2, b.assoc_actor_2)
    )
    return not assoc


def same_toll(a: Event, b: Event) -> bool:
    x, y = a.fatalities, b.fatalities
    if x <= 0 or y <= 0:
        return True
    lo, hi = min(x, y), max(x, y)
    return not (hi / lo > TOLL_RATIO and hi - lo > TOLL_GAP)


def _articles(e: Event) -> set[str]:
    return {s.article_id for s in e.sources} | {ev.article_id for ev in e.evidence}


def _text(e: Event) -> str:
    return " ".join([e.notes, *(ev.text for ev in e.evidence)])


def distinct_in_text(a: Event, b: Event) -> bool:
    """Two events of one article that its text counts as distinct."""
    if not (_articles(a) & _articles(b)):
        return False
    if _spans(a) & _spans(b):
        return False  # the same passage coded twice
    return bool(DISTINCT.search(_text(a)) or DISTINCT.search(_text(b)))


def _spans(e: Event) -> set[tuple[str, int, int]]:
    return {(ev.article_id, ev.start, ev.end) for ev in e.evidence if ev.field == "event_type"}


def specific(e: Event) -> bool:
    """A named, specific perpetrator of a violent event (not 'Protesters (X)')."""
    return bool(
        e.actor1
        and not GENERIC_ACTOR.search(e.actor1)
        and e.event_type not in ("Protests", "Riots", "Strategic developments")
    )


def same_event(a: Event, b: Event) -> bool:
    """Whether two coded events describe one real event."""
    return _alike(a, b, place_match(a, b))


def _alike(a: Event, b: Event, where: str | None) -> bool:
    """Whether two events whose places match as `where` says are one event."""
    if where is None or not same_actors(a, b):
        return False
    if not same_type(a, b):
        if not (related_type(a, b) and where == "same" and a.event_date == b.event_date):
            return False
        if a.time_precision != 1 or b.time_precision != 1:
            return False
    strong = where == "same" and specific(a) and specific(b)
    return same_time(a, b, strong) and same_toll(a, b) and not distinct_in_text(a, b)


def merge_events(events: Sequence[Event], texts: Mapping[str, str] | None = None) -> list[Event]:
    """The same event reported by several sources becomes one event with all sources
    (`texts`: the articles' texts by id, which tell a toll's updates)."""
    order = sorted(events, key=lambda e: (e.event_date or "9999", e.event_id))
    clusters: list[list[Event]] = []
    for event in order:
        for cluster in clusters:
            if all(same_event(event, member) for member in cluster):
                cluster.append(event)
                break
        else:
            clusters.append([event])
    merged = [combine(c, texts) for c in clusters]
    merged.sort(key=lambda e: (e.event_date or "9999", e.location or "", e.event_id))
    return merged


def merge_retold(events: Sequence[Event], text: str) -> list[Event]:
    """One article's events that retell one event (the lede, then its detail told again in
    a later paragraph: the same day, place, sides and kind) become one, in text order.
    Events of one paragraph stay apart: its passages tell events of their own, and those
    read from one passage (one per place or day it names) are distinct."""
    clusters: list[list[Event]] = []
    for event in events:
        for cluster in clusters:
            if all(_retold(member, event, text) for member in cluster):
                cluster.append(event)
                break
        else:
            clusters.append([event])
    return _fold_intercepted([_rioted(combine(c), c) for c in clusters], text)


#: What an air defence downs: missiles, rockets, shells and drones (ACLED codes the
#: interception alone, as Disrupted weapons use).
_INTERCEPTABLE = frozenset({"Shelling/artillery/missile attack", "Air/drone strike"})
#: Words of an air defence's work (not a bomb defused on the ground).
_DOWNED = re.compile(r"\b(?:intercept\w*|shot down|shoot\w* down|downed)\b", re.IGNORECASE)
#: Words of a strike told as hitting its target.
_HIT = re.compile(r"\b(?:struck|hit|slammed)\b", re.IGNORECASE)


def _fold_intercepted(events: list[Event], text: str = "") -> list[Event]:
    """A missile told as intercepted and told again as fired ("its air defences had
    intercepted a missile launched from Yemen" ... "The Houthis later claimed to have
    targeted Eilat with a missile"): one interception, the firer its second actor."""
    out = list(events)
    for fired in events:
        if fired.sub_event_type not in _INTERCEPTABLE or fired.fatalities:
            continue
        hit = any(e.field == "event_type" and _HIT.search(e.text) for e in fired.evidence)
        downed = next(
            (
                d
                for d in out
                if d.sub_event_type == "Disrupted weapons use"
                and any(e.field == "event_type" and _DOWNED.search(e.text) for e in d.evidence)
                and d.event_date == fired.event_date
                and (d.actor1 != fired.actor1 and not hit)
                and d.actor2 in (None, fired.actor1)
                and place_match(d, fired) == "same"
            ),
            None,
        )
        if downed is None:
            # the striker's own drones told as downed, their debris doing the harm ("falling
            # debris from drones shot down by air defences had caused a fire on the
            # territory of the refinery"): the strike told again
            own = next(
                (
                    d
                    for d in out
                    if d.sub_event_type == "Disrupted weapons use"
                    and d.event_date == fired.event_date
                    and (d.actor1 == fired.actor1 or (hit and _debris_did_harm(d, text)))
                    and place_match(d, fired) == "same"
                ),
                None,
            )
            if own is not None and fired in out:
                out[out.index(fired)] = dataclasses.replace(
                    fired, evidence=[*fired.evidence, *own.evidence]
                )
                out.remove(own)
            continue
        at = out.index(downed)
        out[at] = dataclasses.replace(
            downed,
            actor2=fired.actor1,
            inter2=fired.inter1,
            interaction=interaction(downed.inter1, fired.inter1),
            evidence=[*downed.evidence, *fired.evidence],
        )
        out.remove(fired)
    return out


def _debris_did_harm(downed: Event, text: str) -> bool:
    """The downing's sentence tells its debris doing the harm ("falling debris from drones
    shot down by air defences had caused a fire at the refinery")."""
    first = downed.first_trigger()
    if first is None or not text:
        return False
    start = max(text.rfind(". ", 0, first), text.rfind("\n", 0, first)) + 1
    end = text.find(". ", first)
    return bool(_DEBRIS.search(text, start, len(text) if end == -1 else end))


#: Debris of a downed weapon told as doing harm.
_DEBRIS = re.compile(
    r"\b(?:debris|fragments|wreckage)\b[^.;]{0,80}?\b(?:caus\w+|started|sparked|set|damag\w+|"
    r"hit|fell on)\b",
    re.IGNORECASE,
)


_DEMONSTRATION = frozenset({"Protests", "Riots"})


def _killed_at(a: Event, b: Event) -> bool:
    """`a` tells the state's forces killing, `b` a demonstration they met with force."""
    return (
        fired_on(a)
        and a.fatalities > 0
        and b.event_type == "Protests"
        and b.sub_event_type in (INTERVENTION, EXCESSIVE)
        # (the forces come first in excessive force, second in an intervention)
        and (b.actor1 if b.sub_event_type == EXCESSIVE else b.actor2) == a.actor1
    )


def _broke_up(a: Event, b: Event) -> bool:
    """`a` tells a riot, `b` the forces' intervention in a demonstration, told after the
    riot (not "Police responded with tear gas ... Later, petrol bombs were thrown")."""
    first_a, first_b = a.first_trigger(), b.first_trigger()
    return (
        a.event_type == "Riots"
        and b.sub_event_type == INTERVENTION
        and first_a is not None
        and first_b is not None
        and first_a < first_b
    )


def _met(a: Event, b: Event) -> bool:
    """`a` tells protesters attacked by force, `b` their demonstration."""
    return (
        a.event_type == "Violence against civilians"
        and (a.actor2 or "").startswith("Protesters")
        and b.event_type in _DEMONSTRATION
    )


def _rioted(merged: Event, cluster: Sequence[Event]) -> Event:
    """A demonstration one paragraph tells as met by the police and another as throwing
    stones is a riot: the crowd's violence decides, as in ACLED's scheme; people the lede
    tells as fired on by the state's forces are the demonstration a later paragraph tells."""
    crowd = next((e for e in cluster if e.event_type == "Riots"), None) or next(
        (e for e in cluster if e.event_type == "Protests"), None
    )
    if crowd is None or merged.event_type == crowd.event_type:
        return merged
    if fired_on(merged) or (merged.event_type == "Protests" and crowd.event_type == "Riots"):
        return as_the_crowd(merged, crowd)
    return merged


INTERVENTION = "Protest with intervention"
EXCESSIVE = "Excessive force against protesters"


def fired_on(event: Event) -> bool:
    """Violence of the state's forces against people: at a demonstration, its repression."""
    return event.event_type == "Violence against civilians" and event.inter1 == 1


def as_the_crowd(event: Event, crowd: Event) -> Event:
    """`event` coded as the demonstration `crowd` tells (its crowd's violence decides); a
    peaceful protest the forces fired on, or killed at, is one they intervened in."""
    coding = crowd
    # (or one met already, where the forces' fire killed: "police fired tear gas ... one
    # protester was shot dead")
    if fired_on(event) and crowd.sub_event_type in ("Peaceful protest", INTERVENTION):
        sub = EXCESSIVE if event.fatalities else INTERVENTION
        coding = dataclasses.replace(
            crowd, sub_event_type=sub, actor2=event.actor1, inter2=event.inter1
        )
    elif fired_on(event) and not crowd.actor2:
        coding = dataclasses.replace(crowd, actor2=event.actor1, inter2=event.inter1)
    recoded = dataclasses.replace(
        event,
        event_type=coding.event_type,
        sub_event_type=coding.sub_event_type,
        disorder_type=coding.disorder_type,
        actor1=coding.actor1,
        inter1=coding.inter1,
        actor2=coding.actor2 or event.actor2,
        inter2=coding.inter2 if coding.actor2 else event.inter2,
        interaction=interaction(coding.inter1, coding.inter2 if coding.actor2 else event.inter2),
        notes=crowd.notes,  # its source passage, the head written again below
    )
    return dataclasses.replace(recoded, notes=rewrite_notes(recoded))


def _one_key(a: Event, b: Event) -> bool:
    """The same kind, town, day and sides: one event by ACLED's count."""
    return (
        a.sub_event_type == b.sub_event_type
        and a.geonameid is not None
        and a.geonameid == b.geonameid
        and a.actor1 == b.actor1
        and a.actor2 == b.actor2
        and a.time_precision == b.time_precision == 1
    )


def _retold(a: Event, b: Event, text: str) -> bool:
    if a.event_date is None or a.event_date != b.event_date:
        return False
    if (
        _one_key(a, b)
        and not distinct_in_text(a, b)
        # (two deadly deeds of one paragraph are two tolls to add, not one told twice:
        # "killing at least two men ... Later that day, ... a soldier executed three")
        and not (a.fatalities and b.fatalities and _paragraphs(a, text) & _paragraphs(b, text))
    ):
        # one event per kind, place, day and sides, as ACLED counts them, even told twice in
        # one paragraph ("Protests ... continued in Jozini. Reports indicate the burning of a
        # house")
        return True
    crowd = {a.event_type, b.event_type} <= _DEMONSTRATION
    if (_broke_up(a, b) or _broke_up(b, a)) and _paragraphs(a, text) & _paragraphs(b, text):
        # one crowd, told rioting and then broken up by the police in one paragraph ("set an
        # empty bus on fire ... officers dispersed the crowd with tear gas"; a paragraph's
        # "Separately," parts it from what came before, not its crowd from its police)
        return place_match(a, b) is not None
    if (_opening_paragraphs if crowd else _paragraphs)(a, text) & _paragraphs(b, text):
        # (a crowd's lede that took in the next paragraph's arrests is still told apart
        # from that paragraph's "dozens of protesters hurt")
        return False
    if {a.event_type, b.event_type} == _DEMONSTRATION or _met(a, b) or _met(b, a):
        # one crowd, told as protesting in one paragraph and rioting in the next (or as
        # fired on by the police in the lede)
        return (
            place_match(a, b) == "same"
            and not distinct_in_text(a, b)
            and not (_ended_calmly(a, text) or _ended_calmly(b, text))
            and not (_rioted_later(a, b, text) or _rioted_later(b, a, text))
        )
    if _killed_at(a, b) or _killed_at(b, a):
        # the forces' deadly fire at a demonstration, told again as one man's death ("A
        # 24-year-old man died of gunshot wounds ... shot by a police officer")
        near = place_match(a, b) == "same" or _country_only(a) or _country_only(b)
        return near and not distinct_in_text(a, b)
    if _country_only(a) or _country_only(b):
        # a paragraph naming no place below the country the other's place is in
        return _alike(a, b, "near" if a.country == b.country else None)
    return same_event(a, b)


#: A demonstration told as over with no violence ("the march ended without incident").
_ENDED_CALMLY = re.compile(
    r"\b(?:ended|passed(?: off)?|dispersed|went off|remained|stayed)\s+(?:largely\s+|mostly\s+|"
    r"entirely\s+)?(?:peaceful(?:ly)?|calm(?:ly)?|without (?:any )?(?:incident|violence|"
    r"clash(?:es)?))\b",
    re.IGNORECASE,
)


def _ended_calmly(e: Event, text: str) -> bool:
    """A peaceful protest whose paragraph tells it ended so: another crowd's riot the same
    day in the same town is not it ("The march ... ended without incident" ... "Later in the
    evening, groups of hooded youths ... hurled petrol bombs")."""
    return e.sub_event_type == "Peaceful protest" and any(
        _ENDED_CALMLY.search(
            text, paragraph_start(text, ev.start), paragraph_end(text, ev.start, ev.end)
        )
        for ev in e.evidence
        if ev.field == "event_type" and ev.article_id == e.sources[0].article_id
    )


#: A paragraph opening on a later part of the day: "Late on Wednesday,", "That night,".
_LATER_THAT_DAY = re.compile(
    r"\s*(?:Late (?:on|in|that)\b|Later (?:that|in the|on)\b|That (?:night|evening)\b|"
    r"(?:In|During|Through) the (?:evening|night)\b|Overnight\b|After (?:dark|nightfall)\b|"
    r"By nightfall\b)"
)


def _rioted_later(a: Event, b: Event, text: str) -> bool:
    """`a` tells the forces meeting a crowd, `b` a riot told after it in a paragraph that
    opens on a later part of the day ("Late on Wednesday, angry youths set fire to the
    police post"): a riot of its own, after the march the forces met."""
    first_a, first_b = a.first_trigger(), b.first_trigger()
    return (
        a.sub_event_type in (INTERVENTION, EXCESSIVE)
        and b.event_type == "Riots"
        and first_a is not None
        and first_b is not None
        and first_a < first_b
        and bool(_LATER_THAT_DAY.match(text, paragraph_start(text, first_b)))
    )


# A figure a report gives as the toll's update ("the death toll ... rose to 21"): it
# replaces the smaller figures of reports published before it or on its day.
UPDATED_TO = re.compile(
    r"\b(?:rose|risen|rising|climbed|climbing|increased|jumped|grew|grown|reached|mounted"
    r"|raised|raising)\b[^.;]{0,40}?\bto\s+(?:at least\s+|more than\s+|over\s+|nearly\s+)?$",
    re.IGNORECASE,
)
# How far back before a figure its update verb may be.
UPDATE_REACH = 80


def _country_only(e: Event) -> bool:
    return e.location is None or (e.location == e.country and e.admin1 is None)


def _opening_paragraphs(e: Event, text: str) -> set[int]:
    """Which paragraph holds the event's first trigger."""
    first = e.first_trigger()
    return set() if first is None else {paragraph_index(text, first)}


def _paragraphs(e: Event, text: str) -> set[int]:
    """Which paragraphs hold the event's trigger."""
    return {paragraph_index(text, ev.start) for ev in e.evidence if ev.field == "event_type"}


def merged_id(ids: Sequence[str]) -> str:
    """Stable id of a merged event: a hash of its sorted constituent ids."""
    key = "|".join(sorted(ids))
    return "ev-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def best_figure(figures: dict[str, int], published: dict[str, str]) -> int | None:
    """The toll most sources agree on; ties go to the most recently published figure."""
    if not figures:
        return None
    votes = Counter(figures.values())
    latest: dict[int, str] = {}
    for article_id, value in figures.items():
        latest[value] = max(latest.get(value, ""), published.get(article_id, ""))
    return max(votes, key=lambda v: (votes[v], latest[v], -v))


def _updates(cluster: Sequence[Event], texts: Mapping[str, str]) -> set[str]:
    """Articles whose toll is told as an update of an earlier one."""
    found: set[str] = set()
    for e in cluster:
        for ev in e.evidence:
            text = texts.get(ev.article_id)
            if ev.field == "fatalities" and text is not None:
                before = text[max(0, ev.start - UPDATE_REACH) : ev.start]
                if UPDATED_TO.search(before.replace("\n", " ")):
                    found.add(ev.article_id)
    return found


def current_figures(
    figures: Mapping[str, int], published: Mapping[str, str], updates: set[str]
) -> dict[str, int]:
    """The sources' figures less those a later or same-day report's update replaced."""
    return {
        a: n
        for a, n in figures.items()
        if not any(
            n < figures[u] and published.get(a, "") <= published.get(u, "")
            for u in updates
            if u in figures
        )
    }


def _vague(e: Event) -> bool:
    """A toll told without a figure: its low end is below the figure coded."""
    return e.fatalities_low is not None and e.fatalities_low < e.fatalities


def _namer(rep: Event, cluster: Sequence[Event], side: str) -> Event:
    """The report whose `side` names it best: the representative's, unless it names nobody
    or only an unidentified group and another report names the side."""
    told = [e for e in [rep, *cluster] if getattr(e, side)]
    named = [e for e in told if not str(getattr(e, side)).startswith(_UNKNOWN)]
    return (named or told or [rep])[0]


def _sides_named(event: Event) -> int:
    """How many of an event's two sides a report names (not as unknown)."""
    return sum(1 for side in (event.actor1, event.actor2) if side and not side.startswith(_UNKNOWN))


def combine(cluster: Sequence[Event], texts: Mapping[str, str] | None = None) -> Event:
    """One event from its reports: the most precise coding, every source and evidence.
    With the articles' texts, a toll another report updates gives way to the update."""
    if len(cluster) == 1:
        return cluster[0]
    rep = min(
        cluster,
        key=lambda e: (
            e.event_date is None,
            e.time_precision,
            e.latitude is None,
            e.geo_precision or 9,
            -e.confidence,
            e.event_id,
        ),
    )
    sources: dict[str, SourceRef] = {}
    evidence: dict[tuple[str, str, int, int], Evidence] = {}
    figures: dict[str, int] = {}
    # a toll told without a figure ("heavy losses", ACLED's 10, at least one) gives way to
    # a figure another passage gives
    counted = [e for e in cluster if not _vague(e)]
    tolls = counted if any(e.fatalities > 0 for e in counted) else list(cluster)
    for e in cluster:
        for s in e.sources:
            sources.setdefault(s.article_id, s)
        for ev in e.evidence:
            evidence.setdefault((ev.field, ev.article_id, ev.start, ev.end), ev)
        for article_id, n in e.source_fatalities.items() if e in tolls else ():
            # One article coding an event twice: keep its more conservative figure.
            figures[article_id] = min(n, figures.get(article_id, n))
    published = {a: (s.published or "") for a, s in sources.items()}
    current = current_figures(figures, published, _updates(cluster, texts or {}))
    lows = [
        e.fatalities_low
        for e in tolls
        if e.fatalities_low is not None
        and not (e.source_fatalities and e.source_fatalities.keys().isdisjoint(current))
    ]
    highs = [e.fatalities_high for e in cluster if e.fatalities_high is not None]
    values = list(current.values())
    low = min([*values, *lows]) if values or lows else None
    high = max([*figures.values(), *highs]) if figures or highs else None
    best = best_figure(current, published)
    if best is None:
        best = rep.fatalities_best
    kind = _vote_type(cluster, rep)
    filled = {
        name: next((getattr(e, name) for e in [rep, *cluster] if getattr(e, name)), None)
        for name in ("assoc_actor_1", "assoc_actor_2")
    }
    # (a side one report names gives a name to the "Unidentified Armed Group" of another)
    # (the sides of the report whose kind is kept, where it is another's: a capture's
    # taker comes first, not the army a retold "fighting" named first)
    sides = kind if kind.sub_event_type != rep.sub_event_type and kind.actor1 else rep
    if sides is rep:
        # (the report naming both sides, where the representative names one: "KIA fighters
        # attacked a junta outpost" before "at least seven soldiers were killed" at Nam Mar)
        sides = max([rep, *cluster], key=_sides_named)
    first = _namer(sides, cluster, "actor1")
    second = _namer(sides, cluster, "actor2")
    filled["actor1"], filled["actor2"] = first.actor1, second.actor2
    if filled["actor2"] == filled["actor1"] and sides.actor2 != sides.actor1:
        second = sides  # another report's sides swapped: no side twice
        filled["actor2"] = sides.actor2
    inter1, inter2 = first.inter1, second.inter2
    confidence = 1.0 - math.prod(1.0 - max(0.0, min(1.0, e.confidence)) for e in cluster)
    merged = Event(
        **{
            **{k: getattr(rep, k) for k in rep.__dataclass_fields__},
            **filled,
            "event_id": merged_id([e.event_id for e in cluster]),
            "event_type": kind.event_type,
            "sub_event_type": kind.sub_event_type,
            "disorder_type": kind.disorder_type,
            "inter1": inter1,
            "inter2": inter2,
            "interaction": interaction(inter1, inter2),
            "fatalities": low if low is not None else min(e.fatalities for e in cluster),
            "fatalities_low": low,
            "fatalities_best": best,
            "fatalities_high": high,
            "sources": list(sources.values()),
            "evidence": list(evidence.values()),
            "confidence": round(confidence, 4),
            "source_fatalities": figures,
        }
    )
    # (the representative's notes, their head written again for the coding kept: its sides
    # may be another report's)
    merged.notes = rewrite_notes(merged)
    return merged


def _vote_type(cluster: Sequence[Event], rep: Event) -> Event:
    """The member whose type the reports agree on; a specific sub-type outweighs a
    generic one ("Suicide bomb" over "Attack"); ties go to the representative."""
    votes: Counter[tuple[str, str]] = Counter()
    for e in cluster:
        votes[(e.event_type, e.sub_event_type)] += 1 if e.sub_event_type in SUB_TYPE_GENERIC else 2
    best = max(votes.values())
    if votes[(rep.event_type, rep.sub_event_type)] == best:
        return rep
    return next(e for e in cluster if votes[(e.event_type, e.sub_event_type)] == best)
