"""Events that are not events of the story: aggregates and undated photo captions.

"ISIS has killed over 115 people in the past week" totals many events; a caption under a
photo ("Marines run to a building ... in Ramadi") describes a picture, not a dated event.
Event detection may code them; the story drops them when the article text shows what
they are.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from datetime import date, timedelta

from ..nlp import list_item_start, paragraph_end, paragraph_start
from ..notes import rewrite_notes
from ..records import Article, Event, Evidence, interaction
from .dedup import find_duplicates

#: Sides told by no name: "Unidentified Armed Group (Syria)".
_UNNAMED = "Unidentified"

AGGREGATE = re.compile(
    # (two or three days are one operation's: "arrested 100 during the past two days")
    r"\b(?:in|over|during)\s+(?:just\s+)?the\s+(?:past|last|previous)\s+"
    r"(?!(?:two|three|2|3)\s+days\b)(?:\w+\s+)?(?:days?|weeks?|months?|years?|decades?)\b"
    r"|\bso far this (?:week|month|year)\b|\bsince the (?:start|beginning) of\b"
    # a situation report's summary of its period: "attacks ... during the reporting week"
    r"|\b(?:the|this) (?:reporting|review) (?:week|period)\b|\bperiod under review\b"
    # "gangs have abducted hundreds of people in recent years"; not "a day after one of the
    # deadliest attacks in recent years" (the day's bombing)
    r"|\b(?:has|have)\b[^.;]{0,80}\bin recent (?:weeks|months|years)\b"
    # "more than 200 Maoist cadres have surrendered in the Bastar region this year"
    r"|\b(?:has|have)\s+(?:\w+\s+)?(?:surrendered|been (?:killed|arrested|detained|abducted|"
    r"kidnapped))\b[^.;]{0,60}\b(?:this|last) year\b"
    # "killed across Sudan since the fighting began last month"
    r"|\bsince (?:the )?(?:fighting|war|conflict|violence|clashes|crisis|unrest|uprising|"
    r"insurgency|offensive|protests?|(?:\w+ )?(?:invasion|coup))\s+(?:began|started|erupted|"
    r"broke out)\b"
    # "a wave of attacks across the north killed 50"; not "the latest in a string of
    # attacks" (background to this one), "a series of coordinated blasts" or "a series of
    # air strikes hit a hospital" (one attack, one place)
    r"|(?<!latest in )(?<!latest of )\b(?:a|in) (?:series|string|wave|spate) of\b"
    r"(?! (?:coordinated|simultaneous|near-simultaneous|synchronized)\b)"
    r"(?=[^.;]*\b(?:across|around|throughout|in (?:several|various|different|many)\b))"
    # a war's whole toll: "the war between the cartels has already claimed more than 120
    # deaths", "15,000 people have been killed as a result of political violence"
    r"|\b(?:war|conflict|insurgency|violence|fighting)\b[^.;]{0,60}\b(?:has|have) (?:already )?"
    r"(?:claimed|cost)\b"
    r"|\b(?:has|have) been (?:killed|murdered|disappeared|kidnapped) as a result of\b"
    r"|\b(?:has|have) been (?:killed|murdered|disappeared|kidnapped|injured|wounded)\b"
    r"[^.;]{0,90}\bsince\b"
    r"|\b(?:has|have) provoked a (?:series|string|wave|spate) of\b"
    # "destroyed 48 Ukrainian drones over several regions overnight"
    r"|\b(?:over|across) (?:several|various|many|multiple|a number of|\d+|two|three|four|"
    r"five|six|seven|eight|nine|ten) (?:regions|provinces|oblasts|states|districts)\b"
    # "some 69,000 people were killed or disappeared in Peru between 1980 and 2000"
    r"|\bbetween (?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December) )?(?:19|20)\d\d and\b",
    re.IGNORECASE,
)
# Habitual or background statements name no single event ("Boko Haram has carried out
# similar attacks", "the group has staged dozens of bombings").
BACKGROUND = re.compile(
    r"\bsimilar (?:attacks|bombings|raids|strikes|abductions)\b"
    r"|\b(?:has|have|had) (?:carried out|staged|launched|claimed) (?:\w+ ){0,3}"
    r"(?:attacks|bombings|raids|strikes)\b"
    # "The region has seen repeated attacks by groups linked to al-Qaeda"
    r"|\b(?:has|have|had) (?:seen|witnessed|suffered|experienced) (?:\w+ ){0,2}"
    r"(?:repeated|frequent|numerous|many|several|a (?:series|string|wave|spate) of) "
    r"(?:\w+ )?(?:attacks|bombings|raids|strikes|clashes|killings|abductions)\b",
    re.IGNORECASE,
)
# Intentions and plans are not events ("pledged to retake Mosul this year").
INTENT = re.compile(
    r"\b(?:pledged|vowed|promised|plans?|planned|planning|intends?|aims?|threatened|"
    r"expects?|hopes?|wants?|prepar(?:es|ed|ing)|will|would)\s+"
    r"(?:to\s+)?(?:\w+\s+){0,1}$",
)  # case-sensitive, and no "may": "In May fighters attacked" is an event
#: Events named again together ("the attacks", "these strikes"): those the report told.
_PLURAL_NOUN = re.compile(
    r"(?:attacks|strikes|air ?strikes|drone attacks|killings|raids|bombings|assaults)", re.I
)
_DEED_WORD = re.compile(r"\b(?:attack|strike|raid|bomb|kill|shell|clash|fight|struck)", re.I)
_TOLD_ALREADY = re.compile(r"\b(?:the|these|those|such|both|all)\s+(?:[\w-]+\s+)?$", re.I)
_END = re.compile(r"[.!?\"”’)]\s*$")
CAPTION_MIN_WORDS = 6  # a shorter unpunctuated line is a heading, handled by the reader
# A deed told as happening this long before the report is its background ("In October 2024
# the army launched an offensive to retake El Plateado"), not news it brings; MUC-4's keys
# leave out incidents more than two months old, and ACLED codes a week's reports.
LONG_BEFORE = timedelta(days=60)
# ... and one this long before it is history, whatever else the report tells ("On 14 August
# 1985, an army patrol killed 69 peasants"; "shaken in December 2022, when ten people were
# killed during protests", in a 2026 report on a reburial; "a peace agreement was signed in
# Washington in June 2025", in a report on talks that failed in November 2026).
HISTORY = timedelta(days=365)


def _line(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end != -1 else len(text)]


def _column(text: str, pos: int) -> int:
    return pos - (text.rfind("\n", 0, pos) + 1)


def _sentence(text: str, pos: int) -> str:
    line = _line(text, pos)
    start = text.rfind("\n", 0, pos) + 1
    offset = pos - start
    left = max(line.rfind(". ", 0, offset), line.rfind("? ", 0, offset), -1)
    right = min(
        (i for i in (line.find(". ", offset), line.find("? ", offset)) if i != -1), default=-1
    )
    return line[left + 1 : right + 1 if right != -1 else len(line)]


def is_caption(line: str) -> bool:
    """An unpunctuated line of several words: a photo caption or a scraped fragment."""
    stripped = line.strip()
    return len(stripped.split()) >= CAPTION_MIN_WORDS and not _END.search(stripped)


def has_body(text: str) -> bool:
    """Whether the text has more than one line of prose: a one-line report (a snippet, a
    wire brief, a dataset's note) has no captions, however it is punctuated."""
    return sum(len(line.split()) >= CAPTION_MIN_WORDS for line in text.splitlines()) > 1


def why_not_event(event: Event, articles: dict[str, Article]) -> str | None:
    """Why a coded event is not an event of the story, or None when it is one."""
    # The first trigger of each report is its mention of the event; later ones are
    # passages that elaborate it ("The strikes were conducted ...").
    firsts: dict[str, Evidence] = {}
    for ev in event.evidence:
        if ev.field == "event_type":
            firsts.setdefault(ev.article_id, ev)
    triggers = list(firsts.values())
    if not triggers:
        return None
    dated = any(ev.field == "event_date" for ev in event.evidence)
    reasons = []
    for ev in triggers:
        article = articles.get(ev.article_id)
        if article is None:
            return None
        line = _line(article.text, ev.start)
        if is_caption(line) and not dated and has_body(article.text):
            reasons.append("undated caption")
        elif AGGREGATE.search(_sentence(article.text, ev.start)):
            reasons.append("aggregate")
        elif BACKGROUND.search(_sentence(article.text, ev.start)):
            reasons.append("background")
        elif INTENT.search(_line(article.text, ev.start)[: _column(article.text, ev.start)]):
            reasons.append("intention")
        elif not event.fatalities and _named_together(article.text, ev):
            # "appalled by the attacks on civilians": those told ("37 people died in the two
            # attacks" tells their toll)
            reasons.append("retold")
        else:
            return None  # one real report of the event is enough
    return reasons[0] if reasons else None


def _named_together(text: str, trigger: Evidence) -> bool:
    """The trigger names events the report's body already told, together ("the U.N. said
    she was appalled by the attacks on civilians")."""
    if not _PLURAL_NOUN.fullmatch(trigger.text):
        return False
    if not _TOLD_ALREADY.search(text, max(0, trigger.start - 30), trigger.start):
        return False
    body = text.find("\n\n") + 1  # (a headline tells nothing before the body)
    return _DEED_WORD.search(text, body, trigger.start) is not None


def strip_aggregate_tolls(event: Event, articles: dict[str, Article]) -> Event:
    """An event whose death toll was read from an aggregate ("killed over 115 people in
    the past week") keeps the event but not that toll."""
    bad = [
        ev
        for ev in event.evidence
        if ev.field == "fatalities"
        and ev.article_id in articles
        and AGGREGATE.search(_sentence(articles[ev.article_id].text, ev.start))
    ]
    if not bad:
        return event
    kept = [ev for ev in event.evidence if ev not in bad]
    bad_articles = {ev.article_id for ev in bad} - {
        ev.article_id for ev in kept if ev.field == "fatalities"
    }
    figures = {a: n for a, n in event.source_fatalities.items() if a not in bad_articles}
    values = list(figures.values())
    return dataclasses.replace(
        event,
        evidence=kept,
        source_fatalities=figures,
        fatalities=min(values) if values else 0,
        fatalities_low=min(values) if values else None,
        fatalities_best=(
            event.fatalities_best
            if event.fatalities_best in values
            else (min(values) if values else None)
        ),
        fatalities_high=max(values) if values else None,
    )


#: A passage counting the places it sums up ("attacked three villages in Borno state").
SUMMARY = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|multiple|various|a number of|"
    r"\d+)\s+(?:[\w-]+\s+)?(?:villages|towns|communities|localities|cities|settlements|"
    r"hamlets|districts|churches|mosques|schools|camps|markets|checkpoints|"
    # ("with at least 16 people killed in two attacks since the weekend")
    r"(?:separate )?(?:attacks|strikes|raids|bombings|assaults|ambushes|incidents))\b",
    re.IGNORECASE,
)


#: A deed told as done once more, with no day: "a criminal group again used drones".
_AGAIN_BEFORE = re.compile(r"\b(?:again|once more|yet again)\s+(?:[\w-]+\s+){0,2}$", re.I)
#: Deeds a lede tells as a series ("a fresh series of attacks", "a wave of raids").
A_SERIES = re.compile(
    r"\b(?:series|wave|spate|string|spree) of (?:[\w-]+ )?(?:attacks|raids|killings|"
    r"assaults|incursions|strikes|ambushes|abductions|kidnappings)\b",
    re.IGNORECASE,
)


#: A span a lede sums up ("this week", "over the past few days").
SPAN = re.compile(
    r"\b(?:(?:this|last|past) week|over the (?:past|last) (?:few |several )?days|in recent days|"
    r"over the weekend|(?:endured|saw|suffered|had) (?:a|another) (?:[\w-]+ )?week of)\b",
    re.IGNORECASE,
)
#: A day told as the telling's: "state officials said on Wednesday".
_TELLING_BEFORE = re.compile(
    r"\b(?:said|says|told|reported|announced|confirmed)\s+(?:[\w-]+\s+){0,3}?(?:on\s+)?$",
    re.IGNORECASE,
)


def _dated_by_its_telling(event: Event, text: str) -> bool:
    """Whether the only day the event has is the one its news was told on."""
    days = [e for e in event.evidence if e.field == "event_date"]
    return bool(days) and all(
        _TELLING_BEFORE.search(text, max(0, e.start - 40), e.start) for e in days
    )


def _dated_by_the_night(event: Event) -> bool:
    """Whether the event's only day is a lede's loose "overnight" ("Gunmen have killed at
    least 17 people in an overnight attack"), which the report's detail may date."""
    days = [e for e in event.evidence if e.field == "event_date"]
    return bool(days) and all(e.text.lower() in ("overnight", "last night") for e in days)


def drop_summaries(events: Sequence[Event], text: str) -> list[Event]:
    """One report's events less a passage summing up attacks on several places ("attacked
    three villages ..., killing dozens") that the report then tells place by place: its
    toll is theirs, counted twice if kept."""
    firsts = [e.first_trigger() for e in events]
    out = []
    for event, first in zip(events, firsts, strict=True):
        if (
            first is not None
            and SPAN.search(_sentence(text, first))
            and (event.time_precision > 1 or _dated_by_its_telling(event, text))
        ):
            # a lede told by its week ("Russia launched waves of drones and missiles against
            # two cities this week, killing at least four"), then each day's strikes
            # (or in either country of a border: "clashed ... this week on both sides of the
            # border with Venezuela")
            border = bool(_BOTH_SIDES.search(_sentence(text, first)))
            days_after = {
                e.location
                for e, at in zip(events, firsts, strict=True)
                if e is not event
                and (e.country == event.country or border)
                and e.time_precision == 1
                and (at or 0) > first
                and "\n\n" in text[first : at or 0]
                # (a lede dated to the day only by its telling still sums up its week)
                and _within_its_days(event, e, spanned=True)
            }
            if len(days_after) >= 2:
                continue
        if (
            first is not None
            and event.time_precision > 1
            and A_SERIES.search(_sentence(text, first))
            and (
                sum(
                    1
                    for e, at in zip(events, firsts, strict=True)
                    if e is not event
                    and e.country == event.country
                    and e.event_type != "Strategic developments"
                    and (at or 0) > first
                    and _within_its_days(event, e)
                )
                >= 2
            )
        ):
            continue  # "Insurgents have carried out a fresh series of attacks in Mecula
            # district", then each attack told by its day
        if (
            first is not None
            and event.time_precision > 1
            and _AGAIN_BEFORE.search(text, max(0, first - 40), first)
            and _dated_after(event, first, events, firsts, text, apart=False)
        ):
            continue  # "... say they are living under a 'rain of bombs' after a criminal group
            # again used drones to drop explosives", then Saturday's drone strike told
        if (
            first is not None
            and (event.time_precision > 1 or _dated_by_the_night(event))
            and _PERFECT_LEDE.search(_sentence(text, first))
            and _in_the_lede(text, first)
            and _dated_after(event, first, events, firsts, text, apart=True)
        ):
            # "Gangs in Haiti have seized another town in the Centre department and kidnapped
            # a busload of passengers ...", then each deed told by its day
            _lend_to_detail(event, first, events, firsts, text)
            continue
        if first is not None and SUMMARY.search(_sentence(text, first)):
            # (a span of days told: its places' days, whatever day the news was told on:
            # "drones struck two farming communities ... in the space of three days")
            spanned = bool(DAYS_SPAN.search(_sentence(text, first)))
            # (a lede with no day at all, split by the towns it names, sums up the deeds
            # told after it in those towns: "with at least 16 people killed in two attacks
            # since the weekend" in Kadugli and Dilling)
            undated = not any(e.field == "event_date" for e in event.evidence)
            towns = {k.location for k, at in zip(events, firsts, strict=True) if at == first}
            told_after = {
                e.location
                for e, at in zip(events, firsts, strict=True)
                if e is not event
                and e.location is not None
                and e.country == event.country
                and (
                    (e.geo_precision or 3) < (event.geo_precision or 3)
                    or (undated and e.location in towns and e.time_precision == 1)
                )
                and (at or 0) > first
                # (not the next days' deeds: "a mob attacked a settlement on Monday", after
                # "Sunday night's attacks"; a summary told by its week holds its days)
                and _within_its_days(event, e, spanned=spanned or undated)
            }
            if len(told_after) >= 2:
                continue
        out.append(event)
    return out


def _dated_after(
    event: Event,
    first: int,
    events: Sequence[Event],
    firsts: Sequence[int | None],
    text: str,
    *,
    apart: bool,
) -> bool:
    """Whether the report tells, after `first` (`apart`: in a later paragraph, and within
    the week), a deed of the event's sub-type by its own day, in its country and days."""
    return any(
        e is not event
        and _same_kind(event, e)
        and (not apart or "\n\n" in text[first : at or 0])
        and e.country == event.country
        and e.time_precision == 1
        and (at or 0) > first
        and _within_its_days(event, e, spanned=apart)
        for e, at in zip(events, firsts, strict=True)
    )


#: Ground changing hands: a fight's outcome, which a lede may tell and its detail not.
_GROUND = ("Government regains territory", "Non-state actor overtakes territory")


def _same_kind(lede: Event, detail: Event) -> bool:
    """The detail tells a deed of the lede's sub-type, or the fight for the ground the lede
    tells taken ("Nigerian troops have recaptured Wajiroko" above "troops ... entered the
    community on Sunday after a fierce fight")."""
    return detail.sub_event_type == lede.sub_event_type or (
        lede.sub_event_type in _GROUND and detail.sub_event_type == "Armed clash"
    )


def _lend_to_detail(
    event: Event, first: int, events: Sequence[Event], firsts: Sequence[int | None], text: str
) -> None:
    """A summing lede's named sides, to the one detail that tells its deaths again; ground
    it tells taken, to the one fight told for it."""
    later = _told_after(event, first, events, firsts, text)
    if event.sub_event_type in _GROUND:
        fights = [
            e
            for e in later
            if e.sub_event_type == "Armed clash"
            and e.country == event.country
            and _within_its_days(event, e, spanned=True)
        ]
        if len(fights) == 1:
            fights[0].sub_event_type = event.sub_event_type
            fights[0].notes = rewrite_notes(fights[0])
        return
    details = [
        e
        for e in later
        if e.sub_event_type == event.sub_event_type and e.fatalities == event.fatalities > 0
    ]
    if len(details) == 1:
        _lend_sides(event, details[0])
        return
    # (or its toll, to the one detail that told none: "Suspected armed herdsmen have killed 11
    # persons in an attack on Ayilamo" above "The attack, which happened late on Tuesday,
    # lasted for over an hour")
    tolless = [
        e
        for e in later
        if e.sub_event_type == event.sub_event_type and _within_its_days(event, e, spanned=True)
    ]
    if len(tolless) == 1 and tolless[0].fatalities == 0 < event.fatalities:
        _lend_toll(event, tolless[0])


def _told_after(
    event: Event, first: int, events: Sequence[Event], firsts: Sequence[int | None], text: str
) -> list[Event]:
    """The report's other events told in a paragraph after the lede's."""
    return [
        e
        for e, at in zip(events, firsts, strict=True)
        if e is not event and (at or 0) > first and "\n\n" in text[first : at or 0]
    ]


def _lend_toll(lede: Event, detail: Event) -> None:
    """The detail takes the lede's toll, figures, evidence and notes."""
    detail.fatalities = lede.fatalities
    detail.fatalities_low = lede.fatalities_low
    detail.fatalities_best = lede.fatalities_best
    detail.fatalities_high = lede.fatalities_high
    detail.source_fatalities = {k: lede.fatalities for k in detail.source_fatalities}
    detail.evidence = [*detail.evidence, *(v for v in lede.evidence if v.field == "fatalities")]
    detail.notes = rewrite_notes(detail)


def _in_the_lede(text: str, at: int) -> bool:
    """Whether `at` lies in the report's first paragraph, a headline line aside."""
    before = [p for p in text[:at].split("\n\n")[:-1] if p.strip()]
    return not before or (
        len(before) == 1 and len(before[0]) < 160 and not before[0].rstrip().endswith(".")
    )


#: A lede telling deeds in the present perfect, as a summary of what the report tells next
#: ("Gangs ... have seized another town ... and kidnapped a busload of passengers").
_PERFECT_LEDE = re.compile(
    r"\b(?:have|has)\s+(?:(?:also|now|again)\s+)?(?:seized|kidnapped|killed|attacked|abducted|"
    r"taken|overrun|overran|captured|recaptured|retaken|stormed|launched|carried out|struck|"
    r"hit)\b",
    re.IGNORECASE,
)
#: A lede's events told on both sides of a border.
_BOTH_SIDES = re.compile(
    r"\b(?:(?:on )?both sides of the (?:border|frontier)|on either side of the (?:border|frontier)|"
    r"across the (?:border|frontier))\b",
    re.IGNORECASE,
)
#: A span of days a lede sums up: "in the space of three days", "within two days".
DAYS_SPAN = re.compile(
    r"\b(?:in the space of|within|over|across) (?:two|three|four|five|six|several|a few|\d) "
    r"(?:days|nights)\b",
    re.IGNORECASE,
)


def _within_its_days(summary: Event, detail: Event, *, spanned: bool = False) -> bool:
    """Whether `detail` falls in the days `summary` sums up: its own day, or the week about
    its date where it is told by a span (its precision, or "in the space of three days")."""
    if summary.event_date is None or detail.event_date is None:
        return True
    if summary.time_precision == 1 and not spanned:
        return detail.event_date == summary.event_date
    gap = date.fromisoformat(summary.event_date) - date.fromisoformat(detail.event_date)
    return abs(gap.days) <= SUMMARY_DAYS


#: How far the days a summary told by its week or month sums up may lie from its date.
SUMMARY_DAYS = 7


def drop_long_before(
    events: Sequence[Event], published: date | None, text: str | None = None
) -> list[Event]:
    """One report's events less those it dates more than `LONG_BEFORE` before its own day,
    when it tells news of its own (a report telling only earlier deeds, a retrospective or
    "no gains since they captured the town two years ago", keeps them, when its opening
    tells them: `text`, the report; a report of peace talks that recalls "In August, a clash
    ... killed six" in its ninth paragraph tells no event)."""
    if published is None:
        return list(events)
    earliest, history = (published - LONG_BEFORE).isoformat(), (published - HISTORY).isoformat()
    # (a deed dated only by an earlier month, "a health facility was looted in October", is
    # as much the background as one long before)
    this_month = published.replace(day=1).isoformat()
    recent = [
        e
        for e in events
        if e.event_date is None
        or (e.event_date >= earliest and (e.time_precision < 3 or e.event_date >= this_month))
    ]
    if recent:
        return recent
    kept = [e for e in events if e.event_date is None or e.event_date >= history]
    if text is None:
        return kept
    return [e for e in kept if e.event_date is None or _told_first(e, text)]


#: How many of a report's opening paragraphs (its headline apart) tell what it is about.
OPENING_PARAGRAPHS = 2


def _told_first(event: Event, text: str) -> bool:
    """The event's first trigger is in the report's headline or its first paragraphs."""
    first = event.first_trigger()
    if first is None:
        return True
    opening = [m.end() for m in re.finditer(r"\n\s*\n", text)][: OPENING_PARAGRAPHS + 1]
    return not opening or first < opening[-1] or len(opening) <= OPENING_PARAGRAPHS


def drop_standfirsts(events: Sequence[Event], text: str = "") -> list[Event]:
    """One report's events less an undated passage that sums up a death told again later
    with its day ("Palestinian medics say ... three brothers collecting firewood were
    killed" above "an Israeli drone strike on Tuesday killed three brothers"): the same
    deaths, told twice."""
    out = []
    for event in events:
        first = event.first_trigger()
        undated_at_all = not any(v.field == "event_date" for v in event.evidence)
        # (or a standfirst whose only day is a later paragraph's)
        undated = undated_at_all or (
            first is not None
            and _in_the_lede(text, first)
            and not _dated_in_its_paragraph(event, text, first)
        )
        detail = (
            next(
                (
                    other
                    for other in events
                    if other is not event
                    and (other.first_trigger() or 0) > (first or 0)
                    and other.fatalities == event.fatalities
                    # (the same kind of deed, where the day came from another paragraph)
                    and (undated_at_all or other.event_type == event.event_type)
                    and other.country == event.country
                    and other.admin1 in (None, event.admin1)
                    and any(v.field == "event_date" for v in other.evidence)
                ),
                None,
            )
            if undated and event.fatalities > 0
            else None
        )
        if detail is not None:
            _lend_sides(event, detail)
        elif not _summed(event, events, text, first):
            out.append(event)
    return out


def _lend_sides(lede: Event, detail: Event) -> None:
    """The detail of a death the lede sums up, its sides told only as unknown men ("Gunmen
    on motorcycles opened fire on the checkpoint ..., killing two fighters" below "Suspected
    Islamic State fighters have killed two members of the ... SDF"), takes the lede's named
    sides."""
    # (a detail naming one of the lede's sides tells its own story)
    if detail.event_type != lede.event_type or {detail.actor1, detail.actor2} & {
        lede.actor1,
        lede.actor2,
    } - {None}:
        return
    lent = False
    for side, inter in (("actor1", "inter1"), ("actor2", "inter2")):
        mine, theirs = getattr(lede, side), getattr(detail, side)
        if not mine or mine.startswith(_UNNAMED) or (theirs and not theirs.startswith(_UNNAMED)):
            continue
        setattr(detail, side, mine)
        setattr(detail, inter, getattr(lede, inter))
        detail.evidence = [*detail.evidence, *(v for v in lede.evidence if v.field == side)]
        lent = True
    if lent:
        detail.interaction = interaction(detail.inter1, detail.inter2)
        detail.notes = rewrite_notes(detail)


def _dated_in_its_paragraph(event: Event, text: str, first: int | None) -> bool:
    """Whether the event has a day told in the paragraph of its first trigger (without the
    text: any day at all). A standfirst's day borrowed from a later paragraph ("... the
    army spokesman told state broadcaster ONRTV on Sunday") is the detail's telling."""
    days = [v for v in event.evidence if v.field == "event_date"]
    if not text or first is None:
        return bool(days)
    start, end = paragraph_start(text, first), paragraph_end(text, first, first)
    return any(start <= v.start < end for v in days)


def _summed(event: Event, events: Sequence[Event], text: str, first: int | None) -> bool:
    """A situation report's undated highlight summing incidents told later with their days:
    "- New attacks in the commune of Kenscoff have triggered displacement", above the dated
    attack; "- Airstrikes in Kyauktaw and Ye-U townships kill at least 17 civilians", above
    the two strikes that killed 11 and 6."""
    if not _listed(text, first) or _dated_in_item(event, text, first):
        return False
    detailed = [
        other
        for other in events
        if other is not event
        and _later_paragraph(text, first, other.first_trigger())
        and other.sub_event_type == event.sub_event_type
        and other.country == event.country
        and other.own_evidence("event_date", text)
    ]
    return bool(detailed) and event.fatalities <= sum(other.fatalities for other in detailed)


def _dated_in_item(event: Event, text: str, first: int | None) -> bool:
    """Whether the event's list item (or its paragraph after the item) names its date."""
    item = list_item_start(text, first) if first is not None and text else None
    return any(v.start >= (item or 0) for v in event.own_evidence("event_date", text))


def _listed(text: str, pos: int | None) -> bool:
    """Whether `pos` lies on a list item's line ("- New attacks in ...")."""
    return pos is not None and bool(text) and list_item_start(text, pos) is not None


def _later_paragraph(text: str, first: int | None, other: int | None) -> bool:
    """Whether `other` lies in a paragraph after the one `first` lies in."""
    if first is None or other is None:
        return False
    brk = text.find("\n\n", first)
    return brk != -1 and other > brk


def repeated(event: Event, copies: dict[str, list[tuple[int, int]]]) -> bool:
    """Whether every report of the event lies in a second copy of a repeated passage."""
    triggers = [ev for ev in event.evidence if ev.field == "event_type"]
    return bool(triggers) and all(
        any(s <= ev.start < e for s, e in copies.get(ev.article_id, ())) for ev in triggers
    )


def screen_events(events: Sequence[Event], articles: Sequence[Article]) -> list[Event]:
    """Drop aggregates, background and undated captions coded as events, and events read
    only from the second copy of a passage a page repeats (counted once); tolls read from
    an aggregate are removed from the events that borrowed them."""
    by_id = {a.article_id: a for a in articles}
    kept = [strip_aggregate_tolls(e, by_id) for e in events if why_not_event(e, by_id) is None]
    # Copies within one page only: a copy in another report is another source, which
    # merging keeps.
    copies: dict[str, list[tuple[int, int]]] = {}
    for d in find_duplicates(articles):
        first = d.spans[0][0]
        for article_id, start, end in d.spans[1:]:
            if article_id == first:
                copies.setdefault(article_id, []).append((start, end))
    firsts = [e for e in kept if not repeated(e, copies)]
    return [
        e
        for e in kept
        if not repeated(e, copies)
        or not any(f.event_type == e.event_type and f.location == e.location for f in firsts)
    ]
