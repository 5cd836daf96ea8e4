"""Within one report, sentences that elaborate an event already reported join it.

Reports name an event once ("Warplanes struck Ariha on Monday") and then add to it in
sentences of their own ("Four civilians were killed in Ariha"; "The attackers arrived on
motorbikes"). Coded alone, each such sentence would be a second event dated by the
publication day. A passage that gives no date of its own and names no place other than an
earlier event's (or only the region or country that holds it) is read as that event's
continuation: its evidence, and its death toll when the event has none yet, go to the
earlier event. A date that only says when the news was told ("the agency said on Monday")
is no date of the event: a lede told so takes the day of the passage that tells the same
attack ("The attack took place on Saturday in the village of ..."), and its place too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from .datelines import dateline_spans, section_bounds
from .events.actors import FROM_AFAR
from .events.detect import LATER
from .events.fatalities import (
    STILL_CITED,
    UPDATE,
    Count,
    find_counts,
    side_of,
    with_the_attackers,
)
from .geo.resolve import km
from .nlp import ANOTHER_SCENE, RECALLED, paragraph_end, paragraph_index, paragraph_start
from .notes import rewrite_notes
from .records import Event, Evidence, interaction
from .story.merge import as_the_crowd, fired_on
from .story.screen import SUMMARY

#: A speech or report verb just before a date: the date is the telling's, not the event's.
_TOLD = re.compile(
    r"\b(?:said|says|told|reported|announced|stated|confirmed|added|claimed|posted|published|"
    r"released|issued|buried|recovered|retrieved|exhumed|according to"
    r"(?: \w+){1,4}|"
    # "claimed responsibility for the attack on Wednesday": the day of the claim
    r"claimed (?:responsibility|credit) for (?:the|this|that|its) \w+|"
    # ... or when a toll rose ("The death toll rose to 21 on Saturday")
    r"(?:rose|risen|climbed|reached) to \d[\d,]*|"
    # "who confirmed the death toll on Wednesday": the day the toll was told
    r"(?:confirmed|gave|announced|released|updated) the (?:death |casualty )?toll|"
    # "recovered five more bodies on Monday": the day the dead were found
    r"(?:recovered|retrieved|found|exhumed|buried) (?:(?!that\b)[\w-]+ ){0,3}(?:bodies|body|"
    r"remains|corpses)|"
    # "told a news conference in Damascus on Monday"
    r"told (?:a |the )?(?:news |press )?(?:conference|briefing|reporters|journalists)"
    r"(?: (?:in|at) [\w'’-]+)?|"
    # "in a statement read on state television on Wednesday night"
    r"(?:statement|communiqu[eé]|message) (?:read|broadcast|aired|issued|released|published|"
    r"posted)(?: (?:on|by|over) (?:[\w-]+ ){0,2}(?:television|radio|TV|media))?|"
    # "their bodies ... were shown to reporters on Thursday morning"
    r"(?:shown|displayed|paraded|presented) (?:to|before) (?:reporters|journalists|the (?:media|"
    r"press))|"
    # "In a statement on Tuesday, the ministry said ..."
    r"\bin an? (?:statement|communiqu[eé]|message|video|post))"
    # ("said that on Monday, gang members raped ...": the date of what was said)
    r"(?: (?!that\b)\w+){0,2}(?: by (?:tele)?phone)?"  # ("told Reuters by telephone on")
    # "said in a statement on", "confirmed the abduction in a statement on"
    r"(?: in an? (?:statement|video|post|message|communique))?"
    r"\s*(?:on|late on|early on|)\s*$",
    re.IGNORECASE,
)


def has_evidence(event: Event, field: str) -> bool:
    return any(e.field == field for e in event.evidence)


#: A sentence opening on what a deed was done to: "The convoy of some 60 trucks ...".
_THE_TARGET_OPENING = re.compile(
    r"\s*The\s+(?P<noun>convoy|base|camp|checkpoint|outpost|garrison|patrol|market|church|"
    r"mosque|school|bus|truck|vehicle|hotel|restaurant|compound|barracks|prison|column|"
    r"detachment|position|village|station)\b"
)


def _the_same_target(target: Event, later: Event, text: str) -> bool:
    """The later passage opens on what the earlier one's deed was done to ("ambushed a
    military-escorted supply convoy in eastern Burkina Faso last week" ... "The convoy of
    some 60 trucks ... was attacked on Thursday, 26 November, near Natiaboani")."""
    first, opening = target.first_trigger(), later.first_trigger()
    if first is None or opening is None:
        return False
    told = _THE_TARGET_OPENING.match(text, _sentence_start(text, opening))
    if told is None:
        return False
    return bool(re.search(rf"\b{told['noun']}\b", text[first : _bounds_at(text, first)[1]]))


#: What a deed was done on, after its trigger: "on a monastery", "on the market".
_DONE_ON = re.compile(r"[^.;]{0,60}?\bon (?:a|an|the) (?P<words>[a-z-]{4,}(?: [a-z-]{4,})?)\b")


def _struck_alike(target: Event, later: Event, text: str) -> bool:
    """Both passages tell a deed of one sub-type done on a thing of one name ("a junta drone
    strike on a monastery killed at least seven" ... "a military drone dropped bombs on a
    monastery in Kyaikdon")."""
    first, opening = target.first_trigger(), later.first_trigger()
    if first is None or opening is None or target.sub_event_type != later.sub_event_type:
        return False
    a, b = _DONE_ON.match(text, first), _DONE_ON.match(text, opening)
    return (
        a is not None and b is not None and bool(set(a["words"].split()) & set(b["words"].split()))
    )


def dated_by_event(event: Event, text: str) -> bool:
    """The passage states a date of its own, not just the day the news was told (nor the
    day of a clause before its own: "... recaptured Wanlaweyn on Sunday, ..., while the
    group claimed a suicide bombing in Mogadishu")."""
    first = event.first_trigger() or 0
    filed = dateline_spans(text)
    spans = [
        e
        for e in event.own_evidence("event_date", text)
        # (a dateline's day is the report's: "SRINAGAR, Nov 25 (PTI) - Two ... were killed",
        # "CULIACAN, Mexico (AP) - Nov. 24, 2026 - Mexican soldiers killed ...")
        if not any(a <= e.start <= b + 1 for a, b in filed)
    ]
    spans = [
        e
        for e in spans
        if (
            e.start > first
            # (nor the day of what ended it: "fought ... for several hours before soldiers
            # and police regained control early on Wednesday")
            and not _ENDED_BY.search(text, first, e.start)
        )
        or (
            e.start <= first
            and not any(m.start() < first for m in _CLAUSE_JOINT.finditer(text, e.end, first + 30))
        )
    ]
    return any(
        (
            not _TOLD.search(text[max(0, e.start - 60) : e.start])
            # (unless the day is the deed's, named after the telling: "the media office
            # said the strike on Sunday destroyed three pick-up trucks")
            or bool(_THE_DEED_ON.search(text, max(0, e.start - 30), e.start))
        )
        # (nor told right before the verb of telling: "The Islamic Emirate on Tuesday accused
        # Pakistan of carrying out air strikes")
        and not _TOLD_AFTER_IT.match(text, e.end)
        # ("On Tuesday, the Islamic State group claimed responsibility for the attack on
        # Chai": the day of the claim)
        and not _CLAIM_FOR.search(text, e.end, _bounds_at(text, e.start)[1])
        # (or before it: "The Islamic State group claimed the attack through its Amaq news
        # agency on Saturday")
        and not _CLAIMED_ON.search(text, _bounds_at(text, e.start)[0], e.start)
        # (nor the day the dead were found: "Their bodies were found on Saturday morning")
        and not _FOUND_ON.search(text, max(0, e.start - 40), e.start)
        for e in spans
    )


#: A deed named by its noun, then its day: "the strike on ".
_THE_DEED_ON = re.compile(
    r"\b(?:the|its|their)\s+(?:[\w-]+\s+)?(?:strike|airstrike|attack|raid|ambush|bombing|"
    r"blast|explosion|assault|shelling|killing|clash(?:es)?)\s+(?:late\s+|early\s+)?on\s+$",
    re.IGNORECASE,
)
#: A verb of telling right after a day: "on Tuesday accused".
_TOLD_AFTER_IT = re.compile(
    r"\s+(?:said|says|told|reported|announced|accused|blamed|confirmed|stated|denied)\b"
)
#: A clause telling what ended the deed, before the day told: "before soldiers and police
#: regained control".
_ENDED_BY = re.compile(
    r"\b(?:before|until|till)\s+(?!(?:dawn|daybreak|noon|midday|midnight|sunrise|sunset|dusk|"
    r"nightfall|morning|evening|the (?:end|start|weekend)|\d|(?-i:[A-Z])[a-z]+day)\b)[^.;]*$",
    re.IGNORECASE,
)
#: The day bodies were found, not the deed's.
_FOUND_ON = re.compile(
    r"\bbod(?:y|ies)\b[^.;]{0,25}\b(?:were|was) (?:found|recovered|discovered)\s+(?:on\s+)?$",
    re.IGNORECASE,
)


#: Where one clause of a sentence ends and another deed's begins.
#: (not one subject's next deed: "arrived at a taco stand in Aguaruto, ..., and opened fire")
_CLAUSE_JOINT = re.compile(
    r",\s+(?:and|while|as)\s(?!\s*(?:then\s+)?(?:[a-z]+ed|shot|set|threw|fled|took|left|hit|"
    r"began|fought|stole|burnt|drove|ran|went|came|made)\b)"
)
#: A claim of a deed told before, then the day it was made.
_CLAIMED_ON = re.compile(
    r"\bclaim(?:ed|s)? (?:(?:the )?(?:responsibility|credit) for )?(?:the|this|that) "
    r"(?:[\w-]+ )?(?:attack|bombing|raid|ambush|assault|killings?|massacre|blast|explosion|"
    r"strike)\b[^.;]{0,60}\b(?:on|late on|early on)\s+$",
    re.IGNORECASE,
)
#: A claim of responsibility for a deed told before.
_CLAIM_FOR = re.compile(
    r"\bclaim(?:ed|s)? (?:(?:the )?(?:responsibility|credit) for (?:the|this|that|its|Sunday's|"
    r"Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's)\b|"
    # ("The Islamic State group claimed the attack through its Amaq news agency on Saturday")
    r"(?:the|this|that|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|"
    r"Saturday's) (?:[\w-]+ )?(?:attack|bombing|raid|ambush|assault|killings?|massacre|"
    r"blast|explosion|strike)\b)",
    re.IGNORECASE,
)


def same_place(earlier: Event, later: Event, text: str) -> bool:
    """The later passage names no place of its own, the earlier event's place, or only a
    region or country that holds it ("fired into Syria" after "north of Aleppo")."""
    if not later.own_evidence("location", text):
        return True
    if earlier.geonameid is not None and earlier.geonameid == later.geonameid:
        return True
    if earlier.location is not None and earlier.location == later.location:
        return True
    if (
        _filed_only(earlier, text)
        and not _NAMES_A_PLACE.search(_sentence(earlier, text))
        and (_next_paragraph(earlier, later, text) or _opens_as_told(later, text))
        # (not a lede summing up several deeds: "clashed ... this week on both sides of the
        # border" ... "The ELN fought FARC dissidents on Sunday outside Guasdualito")
        and not _SUMS_UP.search(_sentence(earlier, text))
    ):
        # the place of a lede placed by its dateline alone, told in the paragraph after it
        # ("COTONOU - ... attacked an army post in the country's far north" ... "stormed the
        # position at Alfakoara, in Kandi commune"; "DAKAR - A Burkina Faso army drone strike
        # ..." ... "The strike hit the weekly market in Tin-Akoff")
        return True
    if later.country is None or later.country != earlier.country:
        return False
    if later.geo_precision == 3 and later.admin1 in (None, earlier.admin1):
        return True
    if (
        earlier.geo_precision == 3
        and earlier.admin1 is None
        and earlier.location == earlier.country
        and (_next_paragraph(earlier, later, text) or _opens_as_told(later, text))
    ):
        # the place in the country the lede named, told in the paragraph after it ("an army
        # post in northern Burkina Faso" ... "the detachment at Tin-Akoff")
        return True
    # the town inside the region the earlier passage named ("an army base in Hiraan
    # region" ... "near the town of Bulobarde")
    return (
        earlier.geo_precision == 3
        and earlier.admin1 is not None
        and earlier.location == earlier.admin1
        and later.admin1 == earlier.admin1
    )


#: A sentence that names the event told before and says when or where it happened ("The
#: clashes took place on Monday on the Pan-American Highway near the town of Chala").
_TOOK_PLACE = re.compile(
    r"\s*(?:The|That|This)\s+(?:[\w-]+\s+)?(?:attacks?|bombings?|blasts?|explosions?|raids?|"
    r"ambush|assault|strikes?|killings?|massacre|shooting|incident|violence|clash(?:es)?|"
    r"fighting|unrest|riots?|protests?)\s+(?:took place|happened|occurred|began|broke out|"
    r"erupted|started|unfolded)\b"
)


def _opens_as_told(event: Event, text: str) -> bool:
    """The paragraph the passage's first trigger is told in opens by naming the event told
    before and saying when or where it happened."""
    first = event.first_trigger()
    if first is None:
        return False
    return bool(_TOOK_PLACE.match(text, text.rfind("\n\n", 0, first) + 2))


def _paragraphs(event: Event, text: str) -> list[int]:
    return [paragraph_index(text, e.start) for e in event.evidence if e.field == "event_type"]


#: A lede summing up deeds in several places: "on both sides of the border", "in two
#: attacks".
_SUMS_UP = re.compile(
    r"\bboth sides\b|\bin (?:two|three|four|several|separate) (?:separate )?(?:attacks|clashes|"
    r"incidents|raids|strikes|ambushes)\b",
    re.IGNORECASE,
)
#: A place named by a capital after a word of place: "in Kanoma", "near Kandi" (one the
#: gazetteer may lack).
_NAMES_A_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+(?-i:[A-Z])[\w'’-]+")


def _filed_only(event: Event, text: str) -> bool:
    """The event is placed by its report's dateline alone, not by a place its text names."""
    found = [e for e in event.evidence if e.field == "location"]
    filed = dateline_spans(text)
    return bool(found) and all(any(a <= e.start < b for a, b in filed) for e in found)


def _next_paragraph(earlier: Event, later: Event, text: str) -> bool:
    """The later passage opens the paragraph right after the earlier event's."""
    before, after = _paragraphs(earlier, text), _paragraphs(later, text)
    return bool(before and after) and min(after) == max(before) + 1


def absorb(target: Event, followup: Event, text: str) -> None:
    """Add a continuation's evidence to `target` (not its date: the target keeps its own);
    take its toll when the target has none, when it updates the target's ("The toll rose to
    20 by evening"), or gives a figure for the target's "dozens"."""
    vague = _vague(target)
    attackers = _attackers_dead(target, followup, text) or _the_other_sides_dead(
        target, followup, text
    )
    target.evidence.extend(e for e in followup.evidence if e.field != "event_date")
    if followup.source_fatalities and (
        not target.source_fatalities
        or _updated(target, followup, text)
        # (or a figure for a word: "killing several militants" ... "five 'terrorists' were
        # killed")
        or (vague and (followup.fatalities > target.fatalities or not _vague(followup)))
    ):
        target.fatalities = followup.fatalities
        target.fatalities_low = followup.fatalities_low
        target.fatalities_best = followup.fatalities_best
        target.fatalities_high = followup.fatalities_high
        target.source_fatalities = dict(followup.source_fatalities)
    elif 0 < followup.fatalities < target.fatalities and _told_lower(followup, text, target):
        # "killing at least 14 residents" ... "the police spokesman said nine people were
        # killed": ACLED keeps the lowest credible toll, UCDP the range
        high = max(target.fatalities_high or 0, target.fatalities)
        target.fatalities = followup.fatalities
        target.fatalities_low = min(
            target.fatalities_low or followup.fatalities, followup.fatalities
        )
        target.fatalities_high = high
        target.source_fatalities = {k: followup.fatalities for k in target.source_fatalities}
    elif attackers > 0:
        # "killing three soldiers" ... "troops returned fire and killed two of the
        # attackers"; "killed five militants" ... "an officer was killed in the exchange of
        # fire": ACLED counts both sides' dead
        target.fatalities += attackers
        for name in ("fatalities_low", "fatalities_best", "fatalities_high"):
            value = getattr(target, name)
            if value is not None:
                setattr(target, name, value + attackers)
        target.source_fatalities = {k: v + attackers for k, v in target.source_fatalities.items()}


def _attackers_dead(target: Event, followup: Event, text: str) -> int:
    """The dead of the armed side a continuation counts where the event's own toll
    counts only others (soldiers, civilians): they add to it."""
    target_sides = {side_of(text, c) for c in _told_counts(target, text)}
    if not target_sides or None in target_sides or "armed" in target_sides:
        return 0
    return sum(
        c.value
        for c in _told_counts(followup, text)
        if _ATTACKERS_AFTER.match(text, c.end)
        or (
            _FIGHTERS_AFTER.match(text, c.end)
            and _FOUGHT_OFF.search(text, max(_sentence_start(text, c.start), c.start - 60), c.start)
        )
    )


def _the_other_sides_dead(target: Event, followup: Event, text: str) -> int:
    """The dead a continuation counts of a side other than every side the event's own toll
    counts (its teller's word, not the other side's claim): they add to it."""
    if target.event_type != "Battles":
        return 0
    target_sides = {side_of(text, c) for c in _told_counts(target, text)}
    counts = _told_counts(followup, text)
    sides = {side_of(text, c) for c in counts}
    if not target_sides or not sides or None in target_sides | sides or target_sides & sides:
        return 0
    if any(_A_CLAIM.search(_sentence_at(text, c.start)) for c in counts):
        return 0  # "the group said it had killed seven soldiers": the other side's word
    paragraph = text[
        paragraph_start(text, counts[0].start) : paragraph_end(
            text, counts[0].start, counts[-1].end
        )
    ]
    if _UNVERIFIED.search(paragraph) or any(_VAGUE_COUNT.match(text, c.start) for c in counts):
        return 0  # ('"dozens" of Houthi fighters had been killed. The figure could not be
        # independently verified')
    return sum(c.value for c in counts)


#: A figure told as unconfirmed.
_UNVERIFIED = re.compile(
    r"\b(?:could not|cannot|can't|couldn't) be (?:independently )?(?:verified|confirmed)\b",
    re.IGNORECASE,
)
#: A count without a figure ("dozens", "scores").
_VAGUE_COUNT = re.compile(
    r"[\"“]?(?:dozens|scores|several|many|hundreds|numerous)\b", re.IGNORECASE
)


#: A side's claim of the other's dead.
_A_CLAIM = re.compile(r"\b(?:claim\w*|Amaq|Telegram|propaganda|denied|dismissed)\b", re.IGNORECASE)


def _sentence_at(text: str, pos: int) -> str:
    start, end = _bounds_at(text, pos)
    return text[start:end]


#: The event's own attackers after a count ("killed two of the attackers"), not another
#: teller's name for its victims ("killed more than 20 terrorists").
_ATTACKERS_AFTER = re.compile(
    r"\s+(?:of\s+(?:the|their)\s+)?(?:[\w-]+\s+)?(?:attackers|assailants|gunmen|raiders|"
    r"bombers)\b",
    re.IGNORECASE,
)


#: ... or the fighters the forces killed fighting the attack off ("troops repelled the
#: attack and killed three terrorists").
_FIGHTERS_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:terrorists|militants|fighters|insurgents|jihadists|rebels)\b",
    re.IGNORECASE,
)
_FOUGHT_OFF = re.compile(
    r"\b(?:repelled|repulsed|returned fire|fought back|fought off|beat back|foiled)\b",
    re.IGNORECASE,
)


def _told_counts(event: Event, text: str) -> list[Count]:
    """The counts behind an event's toll, as its evidence shows them."""
    out: list[Count] = []
    for e in event.evidence:
        if e.field == "fatalities":
            start, end = _bounds_at(text, e.start)
            out += [c for c in find_counts(text[start:end], start) if c.start == e.start]
    return out


def _told_lower(followup: Event, text: str, target: Event) -> bool:
    """The continuation is another teller's whole toll ("the police spokesman said nine
    people were killed"), not a part of it ("two of the dead were soldiers")."""
    return any(
        e.field == "fatalities"
        and (
            _WHOLE_TOLL.match(text, e.start)
            or (_A_SIDES_TOLL.match(text, e.start) and _one_side(target, e, text))
        )
        and _TELLER.search(_sentence(followup, text))
        for e in followup.evidence
    )


def _one_side(target: Event, told: Evidence, text: str) -> bool:
    """The continuation's toll is of the side whose dead the target counted ("killing five
    Taliban members" ... "a Taliban spokesman said one of their fighters was killed")."""
    sides = {
        side_of(text, Count(0, None, e.start, e.end))
        for e in target.evidence
        if e.field == "fatalities" and e.start < told.start
    }
    side = side_of(text, Count(0, None, told.start, told.end))
    if side is None and _OF_ITS_MEMBERS.match(text, told.end):
        side = "armed"  # "three of its members were killed", a group's spokesman said
    return side is not None and sides == {side}


#: A group's own dead, told by its spokesman: "of its members".
_OF_ITS_MEMBERS = re.compile(r"\s+of\s+(?:its|their)\s+(?:own\s+)?(?:members|men|cadres)\b")


#: A number of people killed, told whole.
_WHOLE_TOLL = re.compile(
    r"[\w-]+\s+(?:people|persons|residents|villagers|civilians|men)\s+(?:were|had been|have been)"
    r"\s+killed\b|"
    # ("a local elder ... said he had counted eight bodies of militants")
    r"[\w-]+\s+bodies\b",
    re.IGNORECASE,
)
#: ... or a side's dead: "one of their fighters was killed", "two soldiers were killed".
_A_SIDES_TOLL = re.compile(
    r"[\w-]+\s+(?:of\s+(?:their|its|our|the)\s+)?(?:[\w-]+\s+)?(?:soldiers?|fighters?|members?|"
    r"troops|policem[ae]n|officers?|militants?|rebels?)\s+(?:were|was|had been|have been|has been)"
    r"\s+killed\b",
    re.IGNORECASE,
)
#: A teller named in the sentence.
_TELLER = re.compile(
    r"\b(?:spokes(?:man|woman|person)|police|army|military|officials?|authorities|command|"
    # (or a local administrator: "the Nasir County commissioner ... said")
    r"commissioner|administrator|governor|mayor|chairman|chief|"
    # (or a witness on the spot: "A local elder in Moqokori ... said he had counted")
    r"elders?|residents?|witness(?:es)?)\b"
    r"[^.]{0,120}\b(?:said|confirmed|stated)\b",
    re.IGNORECASE,
)


def _told_together(event: Event, text: str) -> bool:
    """The event's two sides are told as one ("At least 30 soldiers and VDP were killed"):
    the same side's men, not foes."""
    one = next((e for e in event.evidence if e.field == "actor1"), None)
    two = next((e for e in event.evidence if e.field == "actor2"), None)
    return (
        one is not None
        and two is not None
        and bool(_TOGETHER.fullmatch(text, min(one.end, two.end), max(one.start, two.start)))
    )


#: Between two sides told as one: "soldiers and VDP", "troops, police".
_TOGETHER = re.compile(r"\s*(?:,|and|&|as well as)\s*")


def take_actor1(target: Event, followup: Event, text: str) -> None:
    """The lede told no one as its perpetrator (actor1 is the default its sub-type gives:
    "Air strikes ... killed 11 civilians"), the continuation names one beside its own
    trigger ("Russian warplanes carried out the raids"): it is the event's actor1; so is a
    group owning up to what the lede's "gunmen" did ("The BLA said it carried out the
    attack") or told as its doer ("The attack was carried out by the CODECO militia")."""
    if _taken_after_it_was_left(target, followup, text):
        _set_actor1(target, followup)  # the side that took the ground left to it
        return
    if (
        target.event_type == followup.event_type == "Battles"
        # (or a militia the lede names by its kind alone: "rival clan militias")
        and all(
            (side or "").startswith((*_UNNAMED, "Unidentified"))
            for side in (target.actor1, target.actor2)
        )
        and all(
            side is not None and not side.startswith(_UNNAMED) and inter in (2, 3, 4)
            for side, inter in (
                (followup.actor1, followup.inter1),
                (followup.actor2, followup.inter2),
            )
        )
    ):
        # both sides of a lede's fight named after it ("a clash between rival gangs" ...
        # "Members of Los Lobos and Los Choneros fought with guns and knives")
        target.actor1, target.inter1 = followup.actor1, followup.inter1
        target.actor2, target.inter2 = followup.actor2, followup.inter2
        target.interaction = interaction(target.inter1, target.inter2)
        return
    if (
        target.sub_event_type == followup.sub_event_type == "Air/drone strike"
        # (or read as the forces' foe: "as rebels raided an army post ... and a junta drone
        # strike on a monastery killed at least six")
        and (
            (target.actor1 or "").startswith(_UNNAMED)
            or (target.inter1 in (2, 3) and target.actor2 == followup.actor1)
        )
        and followup.inter1 in (1, 8)
        and followup.own_evidence("actor1", text)
    ):
        # the forces whose aircraft the passage names ("a military drone dropped bombs on a
        # monastery"), where the lede told the strike among another side's deeds
        if target.actor2 == followup.actor1:
            target.actor2, target.inter2 = followup.actor2, followup.inter2
        _set_actor1(target, followup)
        return
    named = _named_attackers(target, followup)
    if named is not None:
        # the attackers named for the same deed ("blaming Jama'at Nusrat al-Islam
        # wal-Muslimin"), the other side the lede's foe or unnamed
        target.actor1, target.inter1 = named
        target.interaction = interaction(target.inter1, target.inter2)
        return
    if (
        followup.actor1 is not None
        and followup.actor1 == target.actor2
        and followup.actor2 is not None
        and followup.inter2 not in (None, 1, 5, 6, 7)
        and not followup.actor2.startswith(("Unidentified", "Islamist Militia"))
        and (target.actor1 or "").startswith(_UNNAMED)
        and not _told_together(followup, text)
    ):
        # the forces' foe listed first as "militants", the continuation listing the forces
        # first names it ("JNIM claimed responsibility for Wednesday's ambush")
        target.actor1, target.inter1 = followup.actor2, followup.inter2
        target.interaction = interaction(target.inter1, target.inter2)
        return
    if (
        followup.actor1 is None
        or followup.actor1 == target.actor2
        or followup.actor1.startswith(("Unidentified", "Islamist Militia"))
    ):
        return
    if followup.event_type != target.event_type or has_evidence(target, "actor1"):
        unnamed = (target.actor1 or "").startswith(_UNNAMED)
        if unnamed and (
            _owned_up(followup, text) or _blamed(followup, text) or _identified(followup, text)
        ):
            _set_actor1(target, followup)
        return
    if (
        followup.inter1 == 1
        and target.sub_event_type not in FROM_AFAR
        # (unless told as the doers: "The dead are believed to have been killed by security
        # forces")
        and not any(
            e.field == "actor1" and _BY_BEFORE.search(text, max(0, e.start - 8), e.start)
            for e in followup.evidence
        )
    ):
        return  # (a bomb's state-forces-first order, or the police telling of it)
    if not has_evidence(followup, "event_type"):
        return
    start, end = _sentence_bounds(followup, text)
    if any(e.field == "actor1" and start <= e.start < end for e in followup.evidence):
        _set_actor1(target, followup)


#: An actor told as the one blamed for the deed ("The RSF blamed the army for the attack").
_BLAMED_BEFORE = re.compile(r"\bblam(?:ed|es|ing) (?:the )?$", re.IGNORECASE)
_FOR_THE_DEED = re.compile(
    r"\s+for (?:the|this|that|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|"
    r"Saturday's|Sunday's) (?:[\w-]+ )?(?:attack|strike|bombing|shelling|raid|killings?)\b",
    re.IGNORECASE,
)


def _actor1_told(
    followup: Event, text: str, before: re.Pattern[str], reach: int, after: re.Pattern[str] | None
) -> bool:
    """The continuation tells its actor1 after `before` (within `reach` characters) and, if
    given, before `after`."""
    return any(
        e.field == "actor1"
        and before.search(text, max(0, e.start - reach), e.start)
        and (after is None or after.match(text, e.end))
        for e in followup.evidence
    )


def _blamed(followup: Event, text: str) -> bool:
    """The continuation tells its actor1 as blamed for the deed."""
    return _actor1_told(followup, text, _BLAMED_BEFORE, 15, _FOR_THE_DEED)


#: The attackers told as identified: "whom the army identified as fighters of the".
_IDENTIFIED_BEFORE = re.compile(
    r"\b(?:identified|described|named) (?:them )?as (?:(?:fighters|members|militants|elements|"
    r"gunmen|men) of )?(?:the )?$",
    re.IGNORECASE,
)


def _identified(followup: Event, text: str) -> bool:
    """The continuation tells its actor1 as who the attackers were identified as."""
    return _actor1_told(followup, text, _IDENTIFIED_BEFORE, 60, None)


def _owned_up(followup: Event, text: str) -> bool:
    """The continuation tells its actor1 as owning up to the deed or as its doer."""
    return any(
        e.field == "actor1" and (_OWNED_UP.match(text, e.end) or _DONE_BY.search(text, 0, e.start))
        for e in followup.evidence
    )


def _named_attackers(target: Event, followup: Event) -> tuple[str, int] | None:
    """The armed group a continuation names where the lede has only "militants" first."""
    if not (target.actor1 or "").startswith(_UNNAMED) or target.event_type != followup.event_type:
        return None
    sides = [(followup.actor1, followup.inter1), (followup.actor2, followup.inter2)]
    for (name, inter), (other, _) in (sides, sides[::-1]):
        if (
            name is not None
            and inter in (2, 3, 4)
            and not name.startswith(("Unidentified", "Islamist Militia"))
            and name != target.actor2
            and (other is None or other == target.actor2 or other.startswith(_UNNAMED))
        ):
            return name, inter
    return None


#: The sides a lede names only by kind, which a continuation may name.
_UNNAMED = ("Unidentified Armed Group", "Islamist Militia")


#: The doers of a deed told in the passive: "killed by ".
_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


def _set_actor1(target: Event, followup: Event) -> None:
    target.actor1, target.inter1 = followup.actor1, followup.inter1
    target.interaction = interaction(target.inter1, target.inter2)


#: Before a group's name, the deed told as its own ("The attack was carried out by the
#: CODECO militia").
_DONE_BY = re.compile(
    r"\b(?:was|were) (?:carried out|perpetrated|committed|staged|claimed) by (?:the )?$|"
    # ("Residents said the attackers belonged to the Viv Ansanm gang coalition")
    r"\b(?:the )?(?:attackers|assailants|gunmen|raiders|perpetrators|killers) "
    r"(?:belonged|belong|were linked) to (?:the )?$",
    re.IGNORECASE,
)
#: After a group's name, its owning up to a deed ("The BLA said it carried out the attack",
#: "The Pakistani Taliban, known as TTP, claimed responsibility").
_OWNED_UP = re.compile(
    r"(?:\s*\([^)]*\))?(?:,[^,.]{0,60},)?\s+(?:has\s+|have\s+|had\s+)?(?:claimed|said (?:it|they)"
    r" (?:had )?carried out|admitted|took responsibility)\b",
    re.IGNORECASE,
)


_VAGUE = re.compile(
    r"(?:dozens|scores|several|many|numerous|hundreds|some|a number|an unknown number)\b",
    re.IGNORECASE,
)


def _vague(event: Event) -> bool:
    """The event's toll is a word for a number, not one ("Dozens of soldiers were killed"):
    the figure a later passage gives for it ("At least 40 soldiers ...") says more."""
    told = [e.text for e in event.evidence if e.field == "fatalities"]
    return bool(told) and all(_VAGUE.match(t) for t in told)


def take_actor2(target: Event, followup: Event, text: str = "") -> None:
    """The lede named no other side, or only "gunmen" or "jihadists"; the continuation,
    telling the same first side, names it ("The Pakistani Taliban claimed responsibility",
    "The assault on the base was claimed by ISWAP")."""
    if target.actor2 is not None and not target.actor2.startswith(_UNNAMED):
        return
    if followup.actor1 == target.actor1:
        other, inter = followup.actor2, followup.inter2
    elif (
        (target.inter1 == 1 and target.event_type == _EXPLOSIONS)
        or (target.event_type == "Battles" and _owned_up(followup, text))
        # (the forces' foe, unnamed in the lede, named doing the fight's deeds: "Hundreds of
        # gunmen from the Viv Ansanm gang coalition entered the coastal town")
        or (
            target.event_type == "Battles"
            and target.inter1 in (1, 8)
            and followup.event_type not in ("Protests", "Riots")
            and followup.inter1 in (2, 3)
            and bool(followup.own_evidence("actor1", text))
        )
    ):
        # (the forces bombed come first; the group the continuation names did it; the group
        # owning up to the assault was the forces' enemy)
        other, inter = followup.actor1, followup.inter1
    else:
        return
    if (
        other is None
        or other == target.actor1
        or other.startswith(("Unidentified", "Civilians", "Protesters", "Rioters"))
        or inter == 1
    ):
        return
    target.actor2, target.inter2 = other, inter
    target.interaction = interaction(target.inter1, target.inter2)


def _updated(target: Event, followup: Event, text: str) -> bool:
    """The continuation's larger toll is told as an update of the earlier one."""
    if followup.fatalities <= target.fatalities:
        return False
    for e in followup.evidence:
        if e.field == "fatalities":
            sentence = text[text.rfind(".", 0, e.start) + 1 : e.end]
            stop = text.find(".", e.end)
            rest = text[e.end : stop if stop >= 0 else len(text)]
            if STILL_CITED.search(sentence + rest):
                return False  # (an official figure still given beside it: "had risen to 10,
                # though the district administration continued to cite seven")
            if UPDATE.search(sentence) or with_the_attackers(
                sentence + rest, followup.fatalities - target.fatalities
            ):
                return True  # (or counts the bomber too: "three died, including the bomber")
    return False


#: "the attack", "this bombing", "the gunmen": a passage that names its event (or those who
#: did it) as one already told.
_ANAPHOR = re.compile(
    r"\b(?:the|this|that|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|"
    r"Saturday's|yesterday's|today's|last night's|overnight)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_EVENT_NOUN = re.compile(
    r"(?:attacks?|bombings?|blasts?|explosions?|raids?|ambush|assault|strikes?|airstrikes?|"
    r"killings?|massacre|shooting|incident|violence|clash(?:es)?|fighting|firefight|gunfight|"
    r"gun ?battle|shoot-?out|encounter|rall(?:y|ies)|protests?|demonstrations?|march|sit-in|"
    # ("the arrests fit a pattern of detentions")
    r"arrests|detentions|abductions?|kidnappings?|"
    # ... or its weapon ("The bomb hit an industrial site")
    r"(?:bombs?|missiles?|rockets?|shells?|drones?|device)(?: (?:hit|struck|exploded|landed))?|"
    # ... or its doers ("pursued the attackers")
    r"attackers?|assailants?|gunmen|raiders|kidnappers|abductors)$",
    re.IGNORECASE,
)


#: Nouns of a fight on the ground, by which a passage names its event.
_GROUND_NOUN = re.compile(
    r"assaults?|raids?|ambush|clash(?:es)?|fighting|firefight|gunfight|gun ?battle|shoot-?out",
    re.IGNORECASE,
)


#: Deaths told as the earlier event's ("A teacher was killed during the attack").
_DURING_IT = re.compile(
    r"[^.;]{0,40}?\b(?:during|in) (?:the|this|that) (?:[\w-]+ )?(?:attack|raid|assault|ambush|"
    r"abduction|kidnapping|bombing|blast|explosion|incident|fighting|clash(?:es)?|battle|"
    r"siege|offensive|firefight|gunfight|gun ?battle|shoot-?out|encounter)\b",
    re.IGNORECASE,
)


#: One more of an event's hurt dying after it: "A second victim, who was taken to a
#: hospital ..., died", "another of the wounded died".
_ANOTHER_VICTIM = re.compile(
    r"\s*(?:(?:A|The) (?:second|third|fourth|fifth|sixth|younger|older|elder|other)|"
    r"Another(?: one of the| of the)?) "
    r"(?:victim|man|woman|person|wounded|injured|one|of the (?:wounded|injured)|farmer|"
    r"soldier|child|boy|girl|villager|resident|passenger)\b[^.;]*?"
    r"\b(?:died|succumbed|passed away)\b"
)


def _a_later_death(event: Event, text: str) -> bool:
    """The passage's sentences tell only one more of the hurt dying after the deed ("A
    second victim, who was taken to a hospital ... with serious head injuries, died")."""
    spans = [e for e in event.evidence if e.field == "event_type"]
    return bool(spans) and all(
        _ANOTHER_VICTIM.match(text, _sentence_start(text, e.start)) is not None for e in spans
    )


def told_before(event: Event, text: str) -> bool:
    """The passage's trigger names an event already told ("for the attack in a car park"),
    or tells deaths in it ("was killed during the attack")."""
    spans = [e for e in event.evidence if e.field == "event_type"]
    if _victims_counted_before(event, text):
        return True  # "the two were ambushed by ...": the victims told before
    if _a_later_death(event, text):
        return True  # "A second victim ... died early on Tuesday": one more of its dead
    return (
        bool(spans)
        and all(
            (
                _EVENT_NOUN.search(e.text)
                and (anaphor := _ANAPHOR.search(text[max(0, e.start - 30) : e.start])) is not None
                # (not "that" opening what was said: "the army said on Wednesday that air strikes
                # near Tillia had killed 15")
                and not (
                    anaphor.group().lower().startswith("that")
                    # (unless a determiner follows it: "told Daily Post that the attackers")
                    and not re.match(r"that\s+(?:the|this|these|those)\b", anaphor.group(), re.I)
                    and _SAID_BEFORE_THAT.search(text, max(0, e.start - 80), e.start)
                )
            )
            or _DURING_IT.match(text, e.end)
            or _ATTRIBUTIVE.match(text[max(0, e.start - 4) : e.end + 20])
            # "the militants killed included a mid-level commander": the dead of one told
            or bool(
                _THE_NOUN_BEFORE.search(text, max(0, e.start - 30), e.start)
                and _WHO_THEY_WERE_AFTER.match(text, e.end)
            )
            # "said the death toll among soldiers had risen to nine": the toll of one told
            or bool(_THE_TOLL.match(text, max(0, e.start - 4)))
            # "Fighting lasted about five hours": how long the fight told went on
            or bool(_LASTED.match(text, e.start))
            for e in spans
        )
    )


#: A telling before "that": "said on Wednesday that", "told AFP that".
_SAID_BEFORE_THAT = re.compile(
    r"\b(?:said|says|told|reported|announced|added|claimed|confirmed|stated)\b[^.;]{0,40}?"
    r"\bthat\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _victims_counted_before(event: Event, text: str) -> bool:
    """The passage's victims are those told before, named by their number alone ("the two
    were ambushed by ..."): their harm told again."""
    first = event.first_trigger()
    return first is not None and bool(_THE_COUNTED_BEFORE.search(text, max(0, first - 40), first))


#: A fight's noun and how long it went on: "Fighting lasted about five hours".
_LASTED = re.compile(
    r"(?:fighting|clashes|battle|gun ?battle|gunfight|firefight)\s+(?:lasted|raged|went on|"
    r"continued) "
    r"(?:(?:for )?(?:about |around |nearly |more than |over |some )?(?:an? |\w+ )?(?:hours?|"
    r"minutes|days|night)\b|"
    # ("Clashes continued until after midnight", "went on into the night")
    r"(?:until|till|into|through) (?:after |late |the early )?(?:(?:the )?night|midnight|dawn|"
    r"hours|morning|evening)\b)",
    re.IGNORECASE,
)


_THE_TOLL = re.compile(r"(?i:the) death toll\b")
#: The dead named by a noun and the deed after it, then who they were: "the militants
#: killed included", "those killed in the strike were".
_THE_NOUN_BEFORE = re.compile(r"\b(?:the|those)\s+(?:[a-z][\w-]+\s+)?$", re.IGNORECASE)
_WHO_THEY_WERE_AFTER = re.compile(
    r"(?:\s+(?:in|during|by)\s+[^.;,]{1,40}?)?\s+(?:included|include|were|was|are|comprised)\b",
    re.IGNORECASE,
)
#: Victims told before by their number alone ("the two were ambushed").
_THE_COUNTED_BEFORE = re.compile(
    r"\b(?i:the) (?:two|three|four|five|six|seven|eight|nine|ten|\d+) (?:were|had been) "
    r"(?:[\w-]+ )?$"
)


#: A trigger told as what befell someone already told of ("The arrested man, ...", "the
#: kidnapped girls"): no event of its own.
_ATTRIBUTIVE = re.compile(r"(?i:the) [a-z]+ed [a-z]+\b")


#: How far a detail's place "near" a town may lie from the lede's to refine it.
REFINE_KM = 50.0


def _within(a: Event, b: Event, limit: float) -> bool:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return True
    return km(a.latitude, a.longitude, b.latitude, b.longitude) <= limit  # type: ignore[arg-type]


def refine_place(target: Event, followup: Event) -> None:
    """A continuation that names the town where the earlier passage gave only a region or
    a place near it ("south of Baghdad" ... "in the town of Musayyib", or "near the town of
    Tal Rifaat") places the event."""
    finer = followup.geo_precision is not None and (
        followup.geo_precision < (target.geo_precision or 3)
        # "in central Mali" ... "in the Mopti region": a region inside the country told
        or (target.admin1 is None and followup.admin1 is not None)
        # "north of Aleppo" ... "near the town of Tal Rifaat, 30 km north of Aleppo": near a
        # town the detail names rather than a point moved off the lede's
        or (
            followup.geo_precision == target.geo_precision == 2
            and followup.location not in (None, target.location, target.admin1)
            and _within(target, followup, REFINE_KM)
        )
    )
    # (a town in another province refines no district: "in Bannang Sata district in Yala
    # province" ... "the provinces of Pattani, Yala and Narathiwat")
    inside = target.admin1 is None or followup.admin1 == target.admin1
    if finer and inside and followup.country == target.country:
        for name in ("location", "admin1", "admin2", "latitude", "longitude", "geonameid"):
            setattr(target, name, getattr(followup, name))
        target.geo_precision = followup.geo_precision
        target.evidence = [e for e in target.evidence if e.field != "location"]


def _place_as(event: Event, other: Event) -> None:
    """The event is placed where `other` is (its people named for the new country: a
    dateline's "Civilians (Senegal)" are Burkina Faso's, once the passage places it there)."""
    before, after = event.country, other.country
    if before and after and before != after:
        for side in ("actor1", "actor2"):
            name = getattr(event, side)
            if name is not None and name.endswith(f" ({before})"):
                setattr(event, side, name.removesuffix(f" ({before})") + f" ({after})")
    for name in (
        "country", "iso3", "location", "admin1", "admin2", "latitude", "longitude",
        "geonameid", "geo_precision",
    ):  # fmt: skip
        setattr(event, name, getattr(other, name))
    event.evidence = [e for e in event.evidence if e.field != "location"] + [
        e for e in other.evidence if e.field == "location"
    ]


HANDOVER = "Non-violent transfer of territory"
TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


#: Forces sent after those who did the deed told before.
_PURSUIT = re.compile(
    r"\b(?:in pursuit of|pursu(?:e|ed|ing)|hunt(?:ing)? (?:for|down)|track(?:ing)? down|"
    r"search(?:ing)? for|comb(?:ing)?) (?:the )?(?:[\w-]+ )?(?:attackers|assailants|gunmen|"
    r"perpetrators|militants|rebels|kidnappers|abductors|suspects|culprits|raiders|bandits)\b|"
    # (or for those taken: "had deployed troops to search for the official")
    r"\b(?:search(?:ing)?|hunt(?:ing)?|look(?:ing)?) for (?:the )?(?:[\w-]+ )?(?:official|"
    r"victims?|hostages?|captives?|abducted|kidnapped|missing|him|her|them)\b",
    re.IGNORECASE,
)
#: Forces sent to where a deed was done: "soldiers had been deployed to the area".
_SENT_TO_THE_SCENE = re.compile(
    r"\b(?:deployed|sent|dispatched|drafted|rushed)\s+to\s+the\s+(?:area|community|village|"
    r"town|scene|locality|affected (?:areas?|communities|villages))\b",
    re.IGNORECASE,
)
#: Forces sent into the town a battle took ("Reinforcements ... entered the town on Sunday").
_SENT_IN = re.compile(
    r"\b(?:reinforcements|troops|soldiers|forces)\b[^.;]{0,60}\b(?:entered|moved into|"
    r"took up positions in) (?:the|this) (?:town|village|city)\b"
    # (or sent there after it: "reinforcements had been sent to Hawija and ... a search
    # operation was under way")
    r"|\breinforcements (?:had |have |has )?(?:been )?(?:sent|dispatched|deployed|rushed)\b",
    re.IGNORECASE,
)


def same_kind(earlier: Event, later: Event, text: str) -> bool:
    """The later passage tells the same kind of event, or only its deaths ("Four civilians
    were killed") or what it destroyed ("Several shops were set on fire"), or, opening the
    next paragraph, how the lede's violence was done ("The soldiers were attacked with
    explosives and rifle fire"): troops advancing after a bombing is another event, not its
    sequel."""
    return (
        later.event_type == earlier.event_type
        or _detail(earlier, later, text)
        # the crowd a lede's forces fired on, told at length ("security forces fired at a
        # march, killing a protester" ... "Several thousand people had gathered to protest")
        or (
            earlier.event_type == "Violence against civilians"
            and (earlier.actor2 or "").startswith("Protesters")
            and later.event_type in ("Protests", "Riots")
        )
        # the losing side's account of ground changing hands ("its fighters had
        # 'tactically withdrawn' from Mendi")
        or (
            later.sub_event_type == HANDOVER
            and (earlier.sub_event_type in TERRITORY or earlier.event_type == "Battles")
        )
        # forces sent after the attackers ("troops had been deployed in pursuit of the
        # assailants"): the attack's sequel, no development of its own
        or (
            later.sub_event_type in ("Other", "Change to group/activity")
            and earlier.event_type != "Strategic developments"
            and bool(_PURSUIT.search(_sentence(later, text)))
        )
        or (
            later.sub_event_type in ("Other", "Change to group/activity")
            and earlier.event_type == "Battles"
            and bool(_SENT_IN.search(_sentence(later, text)))
        )
        # (or forces sent to the scene after it: "operatives of the command and soldiers had
        # been deployed to the area")
        or (
            later.sub_event_type in ("Other", "Change to group/activity")
            and earlier.event_type != "Strategic developments"
            and bool(_SENT_TO_THE_SCENE.search(_sentence(later, text)))
        )
        or later.sub_event_type == "Attack"
        # (arms recovered where a fight was: "a locally made rifle ... were recovered from
        # the camp")
        or (
            later.sub_event_type == "Disrupted weapons use"
            and earlier.event_type == "Battles"
            and _next_paragraph(earlier, later, text)
        )
        # (an armed group's own word for its abduction: 'its fighters had "arrested" five
        # people')
        or (
            later.sub_event_type == "Arrests"
            and earlier.sub_event_type == "Abduction/forced disappearance"
            and later.actor1 == earlier.actor1
            and later.inter1 in (2, 3, 4)
        )
        # ("the two were ambushed by armed youths": the same victims, whatever the kind)
        or _victims_counted_before(later, text)
        or _claimed_by_a_side(earlier, later, text)
        or (
            later.sub_event_type == "Looting/property destruction"
            and earlier.event_type
            in ("Violence against civilians", "Battles", "Explosions/Remote violence")
        )
        # (so too what was burnt, typed a riot though no crowd is told: "Several granaries
        # were set on fire, he said" after the raid)
        or (
            later.event_type == "Riots"
            and earlier.event_type in ("Violence against civilians", "Battles")
            and not later.own_evidence("actor1", text)
            and all(_BURNT.fullmatch(e.text) for e in later.evidence if e.field == "event_type")
        )
        or (
            _aftermath(earlier, later)
            and (
                _next_paragraph(earlier, later, text)
                or _paragraphs(earlier, text)[-1:] == _paragraphs(later, text)[:1]
            )
            and not _ANOTHER.search(_sentence(later, text))
        )
    )


#: How long before the event it would continue a passage's own date puts it elsewhere.
LONG_BEFORE_DAYS = 60


#: Property burnt or wrecked, as a trigger tells it.
_BURNT = re.compile(
    r"(?:set|were set|was set) (?:on fire|ablaze|alight)|set on fire|set ablaze|burn\w*|"
    r"torch\w*|destroy\w*|ransack\w*|loot\w*",
    re.IGNORECASE,
)


def _long_before(event: Event, target: Event) -> bool:
    """The passage is dated by its own words long before the event it would join."""
    if event.event_date is None or target.event_date is None:
        return False
    gap = date.fromisoformat(target.event_date) - date.fromisoformat(event.event_date)
    if event.time_precision == 3 and target.time_precision == 1 and gap.days > 0:
        # a month told ("In November this year gunmen killed ...") before a December day:
        # another month's deed
        return event.event_date[:7] != target.event_date[:7]
    return gap.days > LONG_BEFORE_DAYS


def _claimed_by_a_side(earlier: Event, later: Event, text: str) -> bool:
    """A side of the lede's violence saying it did it ("Al Shabaab ... said in a statement
    that it had killed 30 soldiers in what it called a 'martyrdom operation'"): its claim of
    the same deed, however the claim words it."""
    sides = {earlier.actor1, earlier.actor2} - {None}
    return (
        earlier.event_type in _VIOLENT
        # (a claim the typer took for a development: "JNIM ... said it had attacked 'the
        # militia of the junta' in Dinangourou")
        and (later.event_type in _VIOLENT or later.sub_event_type == "Other")
        and bool(sides & {later.actor1, later.actor2})
        and bool(_CLAIMED_DEED.search(_sentence(later, text)))
    )


_VIOLENT = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
#: A group telling of a deed as its own.
_CLAIMED_DEED = re.compile(
    r"\b(?:said|says|claimed)\b[^.;]{0,80}\b(?:it|they|(?:its|their) (?:fighters|militants|"
    r"men|members|forces|troops|units?)) had (?:killed|carried out|attacked)\b"
    r"|\bclaimed responsibility\b",
    re.IGNORECASE,
)


def _aftermath(earlier: Event, later: Event) -> bool:
    """What follows a fight or a riot, told in the paragraph after it: weapons recovered
    from the site ("Troops recovered eight rifles"), the rioters arrested ("Police arrested
    31 people"); or how a drone was downed ("it was hit by a surface-to-air missile")."""
    return (
        (later.sub_event_type == "Disrupted weapons use" and earlier.event_type == "Battles")
        or (later.sub_event_type == "Arrests" and earlier.event_type in ("Riots", "Protests"))
        or (earlier.sub_event_type == "Disrupted weapons use" and later.event_type == _EXPLOSIONS)
    )


_EXPLOSIONS = "Explosions/Remote violence"


def _blow(event: Event) -> bool:
    """An attack, a fight or a bombing: what a lede's ambush may be retold as (ground
    taken, an abduction or a looting is an event of its own)."""
    return event.sub_event_type in ("Attack", "Armed clash") or event.event_type == _EXPLOSIONS


#: Words that make a deed another event ("another attack", "then ambushed").
_NEW_DEED = (
    # (not a unit's name: "the army's Third Division said")
    r"another|(?:second|third)(?!\s+(?-i:[A-Z]))|separate(?:ly)?|again|elsewhere|then|later|"
    r"earlier"
)
_ANOTHER_DEED = re.compile(rf"\b(?:{_NEW_DEED})\b", re.IGNORECASE)
#: ... and, of a passage not told as the attackers', words that add to the event told
#: ("Rebels also bombed", "more attacks").
_ANOTHER = re.compile(
    rf"\b(?:{_NEW_DEED}|also|other|more(?! than)|further|meanwhile|previous(?:ly)?|last|"
    # ("the day before", "Before that"; not "hit a mine before coming under fire")
    r"(?:days?|hours?|weeks?|the day|shortly|just|moments|not long) before|^\W*before|"
    # ("In response, IDF artillery shelled the source of the launch": the other side's deed)
    r"^\W*in (?:response|retaliation))\b",
    re.IGNORECASE,
)


#: A sentence opening on the attackers already told ("The attackers, who arrived on
#: motorcycles, also killed a teacher").
_THE_ATTACKERS = re.compile(
    r"\W*(?:(?:the|these|those) (?:[\w-]+ )?(?:attackers?|gunmen|assailants?|kidnappers|"
    r"abductors|raiders|bandits|rebels|militants|insurgents|jihadists|militiamen|bombers?)\b|"
    # ("... abducted five people, including two girls. They also looted food and livestock")
    r"(?-i:They) also (?:looted|burned|burnt|torched|set|stole|destroyed|ransacked|razed|"
    r"carted|rustled|drove)\b)",
    re.IGNORECASE,
)


def _other_hands(earlier: Event, later: Event, text: str) -> bool:
    """Both passages name who did it, and not the same side, nor the later one the earlier
    one's target ("Israeli warplanes struck Hodeidah port" ... "The Houthis said they had
    fired two missiles at a ship 70 nautical miles west of Hodeidah" on Monday): two deeds
    on two days."""
    return (
        earlier.event_date != later.event_date
        and bool(later.own_evidence("event_date", text))
        and bool(earlier.own_evidence("actor1", text))
        and bool(later.own_evidence("actor1", text))
        and later.actor1 not in (earlier.actor1, earlier.actor2)
        and later.inter1 in (1, 2, 3, 8)
        and earlier.inter1 in (1, 2, 3, 8)
        and not (later.actor1 or "").startswith("Unidentified")
        and not (earlier.actor1 or "").startswith("Unidentified")
    )


def _same_hands(later: Event, text: str) -> bool:
    """The passage tells what the attackers already told did in the same raid, whatever
    its kind ("... abducted 20 students. The attackers also killed a guard")."""
    sentence = _sentence(later, text)
    return bool(_THE_ATTACKERS.match(sentence)) and not _ANOTHER_DEED.search(sentence)


def _detail(earlier: Event, later: Event, text: str) -> bool:
    """The later passage opens the paragraph after the lede's and tells armed violence as
    the lede did, adding no other event ("also", "another", "later")."""
    if not (all(_blow(e) for e in (earlier, later)) and _next_paragraph(earlier, later, text)):
        return False
    if _civilians_shelled_in_a_fight(earlier, later, text) or _a_fight_of_its_own(
        earlier, later, text
    ):
        return False
    if _opens_elsewhere(earlier, later, text) or _other_doers(earlier, later):
        return False
    return not _ANOTHER.search(_sentence(later, text))


def _other_doers(earlier: Event, later: Event) -> bool:
    """The later passage tells the state's air strike after a group's deed ("Niger's army
    said that air strikes near Tillia had killed 15 'terrorists'", after gunmen killed
    market-goers there): the other side's deed, not a detail."""
    return (
        later.sub_event_type == "Air/drone strike"
        and later.inter1 in (1, 8)
        and earlier.inter1 in (2, 3, 4)
        and later.actor1 not in (earlier.actor1, earlier.actor2)
    )


def _opens_elsewhere(earlier: Event, later: Event, text: str) -> bool:
    """The later passage opens on a place of its own, known or not, other than the earlier
    event's ("In Ndu, in Donga-Mantung division, separatists shot dead a man", after a raid
    near Batibo): a scene of its own."""
    scene = _OPENS_AT_A_PLACE.match(_sentence(later, text))
    return scene is not None and (earlier.location or "") not in scene.group()


def _a_fight_of_its_own(earlier: Event, later: Event, text: str) -> bool:
    """A fight told with both its sides, after a strike or an attack on others ("A junta
    air strike killed six civilians" ... "two days of clashes around Hpaung Hsai village,
    where TNLA troops attacked a junta column"): another event, not how the lede's was
    done."""
    return (
        later.event_type == "Battles"
        and earlier.event_type != "Battles"
        and any(e.field == "event_type" and _FOUGHT.search(e.text) for e in later.evidence)
        and later.actor2 != earlier.actor2
        and bool(later.own_evidence("actor1", text))
        and bool(later.own_evidence("actor2", text))
    )


def _civilians_shelled_in_a_fight(earlier: Event, later: Event, text: str) -> bool:
    """Civilians a side's shells or bombs killed during a fight, told as such ("During the
    fighting, navy vessels shelled Ma Ngwe Taung village, killing three civilians"): a
    strike on them, an event of its own beside the battle."""
    return (
        earlier.event_type == "Battles"
        and later.event_type == _EXPLOSIONS
        and (later.actor2 or "").startswith("Civilians")
        and bool(later.own_evidence("actor2", text))
        and bool(later.own_evidence("actor1", text))
    )


#: Gunfire told beside a bomb: the lede's fight or attack stays one ("attacked with
#: explosives and rifle fire").
_GUNFIRE = re.compile(
    r"\b(?:gun ?fire|rifle fire|rifles|gunmen|shooting|shot|fired|firefight|gun ?battle|"
    r"gunfight|clash\w*|small arms|fighting|under fire)\b",
    re.IGNORECASE,
)


#: What a bombing's trigger names: the device, the blast or the strike.
_MEANS = re.compile(
    r"bomb|blast|explo|IED|mine|grenade|shell|rocket|missile|mortar|strike|drone|suicide|"
    r"detonat|artillery",
    re.IGNORECASE,
)


def take_means(target: Event, detail: Event, text: str) -> None:
    """The lede told an attack or a fight, a later paragraph joined to it the bomb that did
    it and no gunfire ("killed today in an attack" ... "damaged by a car bomb explosion"):
    the event is the bombing, as ACLED types an attack by its means."""
    if (
        detail.event_type == _EXPLOSIONS
        and target.event_type != _EXPLOSIONS
        # (told in the lede's own paragraph, strikes are the operation's part: "killed 85
        # militants in a campaign ... that included airstrikes")
        and min(_paragraphs(detail, text)) > min(_paragraphs(target, text))
        and target.sub_event_type in ("Attack", "Armed clash")
        and not _GUNFIRE.search(_sentence(detail, text))
        # (nor a fight the lede tells as one: "killing three police officers in a gunfight")
        and not (
            target.sub_event_type == "Armed clash" and _GUNFIRE.search(_sentence(target, text))
        )
        # (the bomb named, not only "the attack" typed as one: "No group has claimed the attack")
        and any(_MEANS.search(e.text) for e in detail.evidence if e.field == "event_type")
    ):
        target.event_type = detail.event_type
        target.sub_event_type = detail.sub_event_type
        target.disorder_type = detail.disorder_type
    elif (
        detail.event_type == target.event_type == _EXPLOSIONS
        and detail.sub_event_type != target.sub_event_type
        and _blast_only(target, besides=detail)
        and not _blast_only(detail)
    ):
        # (or only a blast, heard: "We heard a massive explosion", then "a suicide bomber
        # rammed an explosives-laden car into a military convoy"): the means told after it
        target.sub_event_type = detail.sub_event_type


def _blast_only(event: Event, besides: Event | None = None) -> bool:
    """The event's triggers name only a blast, no means ("a massive explosion"); `besides`:
    a continuation whose evidence it has taken in, left out."""
    taken = besides.evidence if besides is not None else []
    return all(
        _BLAST_WORD.fullmatch(e.text.split()[-1])
        for e in event.evidence
        if e.field == "event_type" and e not in taken
    )


_BLAST_WORD = re.compile(r"blasts?|explosions?|explod\w*|bangs?|blew", re.IGNORECASE)


def _up_to_trigger(event: Event, text: str) -> str:
    """The sentence holding the event's first trigger, up to a little past it ("The attack
    took place on Sunday ..., where the assailants shot them and then made off": the
    "then" is the attack's own)."""
    start, end = _sentence_bounds(event, text)
    trigger = max(e.end for e in event.evidence if e.field == "event_type" and e.start < end)
    return text[start : min(end, trigger + 20)]


def _sentence(event: Event, text: str) -> str:
    """The sentence holding the event's first trigger."""
    start, end = _sentence_bounds(event, text)
    return text[start:end]


def _sentence_bounds(event: Event, text: str) -> tuple[int, int]:
    """Where the sentence holding the event's first trigger starts and ends."""
    return _bounds_at(text, event.first_trigger() or 0)


def _bounds_at(text: str, pos: int) -> tuple[int, int]:
    """Where the sentence holding `pos` starts and ends: at a full stop or the line's end."""
    ends = [e for e in (text.find(". ", pos), text.find("\n", pos)) if e != -1]
    return _sentence_start(text, pos), min(ends, default=len(text))


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts: after a line break or a full stop."""
    return max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos) + 1) + 1


def opens_another(event: Event, text: str) -> bool:
    """The passage's first sentence opens on another time or incident ("Hours later, a
    suicide bomber blew himself up at a checkpoint")."""
    first = event.first_trigger()
    if first is None:
        return False
    return bool(LATER.match(text[_sentence_start(text, first) : first].lstrip()))


def _protest_sequel(later: Event) -> bool:
    """What a passage after a protest may tell of it: not an armed group's raid (the one
    the march was held over), whatever its kind."""
    return not (later.event_type == "Violence against civilians" and later.inter1 in (2, 3, 4))


def _dates(target: Event, later: Event, text: str) -> bool:
    """The earlier passage told its event with no day of its own, only the day the news
    was told ("..., officials said on Monday"), the later one tells the same event with its
    day: the attack it names ("The attack took place on Sunday in the village of X"), the
    attackers' deed ("The assailants stormed the village on Wednesday") or, opening the
    paragraph after a lede not yet told further, the same violence ("The death toll rose to
    21 on Saturday" ... "Gunmen stormed the hotel late on Friday")."""
    if not same_place(target, later, text):
        return False
    if _ANOTHER_DEED.search(_up_to_trigger(later, text)) or SUMMARY.search(_sentence(target, text)):
        return False  # (nor is one village's day the day of raids on three)
    if _reprisal(target, later, text):
        return False  # ("after the fighting on Tuesday soldiers ... shot dead a man")
    if dated_by_event(target, text):
        return _finer_day(target, later, text)
    if target.event_date is not None and (later.event_date or "") > target.event_date:
        return False  # (told as happening after the news of the earlier one was told)
    if _weeks_apart(target, later):
        return False  # ("On December 22, the minister announced that officers had been
        # arrested", after the protest of "the same day" as a rally last Wednesday)
    if target.event_type == "Protests" and not _protest_sequel(later):
        return False  # ("the gunmen" of the raid the march was held over)
    if told_before(later, text) or _same_hands(later, text) or _opens_as_told(later, text):
        return True
    if (
        later.sub_event_type == target.sub_event_type
        and target.geonameid is not None
        and target.geonameid == later.geonameid
        and target.geo_precision == 1
        and later.fatalities == target.fatalities > 0
    ):
        return True  # ("a suicide bombing in Mogadishu that killed at least six" ... "In the
        # capital, a suicide bomber blew himself up ... on Saturday afternoon. ... six people
        # ... were killed")
    if (
        _next_paragraph(target, later, text)
        and RECALLED.match(text, paragraph_start(text, later.first_trigger() or 0))
        and same_kind(target, later, text)
    ):
        return True  # a witness's words, then "He was describing the moment on Monday when
        # a suicide bomber rammed ...": the day of what they told
    if _after_a_quoted_opening(target, later, text) and same_kind(target, later, text):
        return True  # a report opening on a witness's words ("They brought him to the
        # square ... and then shot him"), then the first paragraph in its own voice: "Al-
        # Shabaab militants publicly executed the man on Monday in Bu'aale"
    return (
        # (a lede dated by the report's own day only: a later day is another event's)
        has_evidence(target, "event_date")
        and len(set(_paragraphs(target, text))) == 1
        and _next_paragraph(target, later, text)
        and same_kind(target, later, text)
    )


#: A paragraph opening on a quotation mark.
_QUOTED_PARAGRAPH = re.compile(r"\s*[\"“‘]")
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def _after_a_quoted_opening(target: Event, later: Event, text: str) -> bool:
    """The report opens on quoted paragraphs, the earlier event told in the first of them,
    the later one in the first paragraph after them."""
    first, then = target.first_trigger(), later.first_trigger()
    opening = _QUOTED_PARAGRAPH.match(text)
    if first is None or then is None or opening is None:
        return False
    if paragraph_index(text, first) != paragraph_index(text, opening.end()):
        return False
    starts = [m.end() for m in _PARAGRAPH_BREAK.finditer(text, 0, then)]
    # (every paragraph before the later one's, its own aside, opens on a quotation)
    return not _QUOTED_PARAGRAPH.match(text, paragraph_start(text, then)) and all(
        _QUOTED_PARAGRAPH.match(text, s) for s in starts[:-1]
    )


#: How far apart two days are no news day and the deed's day of one event.
NEWS_LAG_DAYS = 7


def _weeks_apart(target: Event, later: Event) -> bool:
    """Both events dated to days more than a week apart."""
    if target.event_date is None or later.event_date is None:
        return False
    gap = date.fromisoformat(target.event_date) - date.fromisoformat(later.event_date)
    return abs(gap.days) > NEWS_LAG_DAYS


def _same_day(target: Event, later: Event, text: str) -> bool:
    """The paragraph after an event tells the same violence on the same day, naming no
    other place ("Ethiopian troops recaptured the town of Mendi on Monday" ... "Soldiers
    entered the town on Monday morning after several hours of fighting")."""
    return (
        later.event_date is not None
        and later.event_date == target.event_date
        and later.time_precision == target.time_precision == 1
        # (or the same place again: "Residents of Marte said heavy gunfire ... on Sunday")
        and (
            not later.own_evidence("location", text)
            or (_same_town(target, later) and later.event_type == target.event_type)
            or _heard_only(target, later, text)
        )
        and (
            _next_paragraph(target, later, text)
            # ("Residents of Jilib said they had heard a loud blast in the early hours of
            # Sunday", after Sunday's air strike near Jilib: the strike heard)
            or _heard_only(target, later, text)
            # ("... set fire to a bus. At least 12 people were injured in the clashes")
            # (or in a paragraph the event is told in already: "... late on Saturday. The
            # wounded were taken to hospitals in Kharkiv")
            or (
                (
                    told_before(later, text)
                    or _opens_as_told(later, text)
                    or _claimed_by_a_side(target, later, text)
                    # ("It said five militants were killed": the deaths alone, not a sum
                    # over days: "10 rebels killed over two days")
                    or (_toll_only(later) and not _OVER_DAYS.search(_sentence(later, text)))
                    or _capture_held(target, later)
                    # ("They also looted food and livestock before fleeing")
                    or _same_hands(later, text)
                )
                and set(_paragraphs(later, text)) <= set(_paragraphs(target, text))
            )
        )
        and same_kind(target, later, text)
        and (
            _capture_held(target, later)
            or _same_hands(later, text)
            or not _ANOTHER.search(_sentence(later, text))
        )
        and not _opens_elsewhere(target, later, text)
    )


#: Before a blast, its hearing: "said they had heard a loud blast".
_HEARD_BEFORE = re.compile(r"\b(?:heard|hear|hearing)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _as_the_killing(target: Event, later: Event) -> None:
    """Homes burnt, then people the same doers shot there ("set fire to houses" ... "Three
    villagers ... were shot dead as the troops entered the village"): an attack on
    civilians, as ACLED codes a raid that kills."""
    if (
        target.sub_event_type == "Looting/property destruction"
        and later.event_type == "Violence against civilians"
        and later.sub_event_type == "Attack"
        and later.fatalities > 0
        and target.actor1 == later.actor1
    ):
        target.event_type, target.sub_event_type = later.event_type, later.sub_event_type
        target.disorder_type = later.disorder_type
        target.actor2, target.inter2 = later.actor2, later.inter2
        target.interaction = interaction(target.inter1, target.inter2)


def _heard_only(target: Event, later: Event, text: str) -> bool:
    """A blast only heard, harming no one told, where a bomb or strike of that day was."""
    first = later.first_trigger()
    return (
        first is not None
        and target.event_type == later.event_type == "Explosions/Remote violence"
        and later.fatalities == 0
        # (at the town the strike was placed at or near)
        and target.geonameid is not None
        and target.geonameid == later.geonameid
        and bool(_HEARD_BEFORE.search(text, max(0, first - 40), first))
    )


def _capture_held(target: Event, later: Event) -> bool:
    """The capture's end told after it: "Fano fighters then took control of the town"."""
    return later.sub_event_type == HANDOVER and target.sub_event_type in TERRITORY


#: A passage giving another teller's count of the dead.
_ANOTHER_TOLL = re.compile(
    r"\b(?:gave|give|gives|put|puts|offered|cited|reported) (?:a|the|an) (?:higher|lower|"
    r"different|new|separate|conflicting|updated) (?:death )?(?:toll|figure|count)\b|"
    r"\b(?:put|puts|putting|placed) (?:the|its|their) (?:death )?toll at\b|"
    # ("put the number of soldiers killed at more than 40")
    r"\b(?:put|puts|putting|placed) the number of (?:[\w-]+ ){0,2}(?:killed|dead|deaths)\b|"
    # ("two fighters had died ..., but the PMF statement still gave the toll as one dead")
    r"\b(?:gave|give|gives|giving) (?:the|its|their) (?:death )?toll as\b",
    re.IGNORECASE,
)
#: The words of death alone, naming no deed.
_DEATH_WORDS = re.compile(
    r"(?:killed|died|dead|deaths?|death toll|toll|bodies|lost their lives|perished)",
    re.IGNORECASE,
)


_OVER_DAYS = re.compile(
    r"\b(?:over|in|during) (?:the (?:past|last) )?(?:two|three|four|five|several|\d+) days\b",
    re.IGNORECASE,
)


def _toll_only(event: Event) -> bool:
    """The passage tells only deaths, no deed."""
    triggers = [e for e in event.evidence if e.field == "event_type"]
    return bool(triggers) and all(_DEATH_WORDS.fullmatch(e.text) for e in triggers)


def _another_tellers_toll(event: Event, text: str) -> bool:
    """The passage only counts deaths, as another teller gives them."""
    return _toll_only(event) and bool(_ANOTHER_TOLL.search(_sentence(event, text)))


def _same_town(target: Event, later: Event) -> bool:
    """Both placed at the same town."""
    return (
        target.geonameid is not None
        and target.geonameid == later.geonameid
        and target.geo_precision == 1
        and later.geo_precision in (1, 2)
    )


def _named_again(target: Event, later: Event, text: str) -> bool:
    """A later passage names the event again by its day ("The U.S. embassy condemned
    Friday's bombing"), wherever in the report, naming no other place."""
    return (
        later.event_date is not None
        and later.event_date == target.event_date
        and later.time_precision == target.time_precision == 1
        and told_before(later, text)
        and (not later.own_evidence("location", text) or same_place(target, later, text))
        and same_kind(target, later, text)
    )


def _finer_day(target: Event, later: Event, text: str) -> bool:
    """The earlier passage gave only the week or the month ("killed ... last week"), the
    later one, naming the same attack, the day in it ("The attack took place on Thursday");
    or the earlier one's day was a word counted back from the report's ("in an overnight
    raid"), the later one, telling the attackers' deed, the weekday ("The gunmen arrived at
    about 11 p.m. on Tuesday")."""
    if target.event_date is None or later.event_date is None:
        return False
    gap = date.fromisoformat(target.event_date) - date.fromisoformat(later.event_date)
    if (
        target.time_precision == later.time_precision == 1
        and 0 < gap.days <= 2
        # (or the attackers named bare: "Attackers identified by survivors as armed Fulani
        # herders stormed Ruwi village ... late on Sunday")
        and (_same_hands(later, text) or bool(_BARE_ATTACKERS.match(_sentence(later, text))))
        and any(
            e.field == "event_date" and _COUNTED_BACK.fullmatch(e.text) for e in target.evidence
        )
    ):
        return True
    if later.time_precision >= target.time_precision:
        return False
    # (or, the paragraph after a one-paragraph lede, the same kind of deed: "... to escape
    # Myanmar military air strikes on the border town of Tamu" this week, then "Myanmar
    # military jets bombed ... Tamu ... on Monday afternoon")
    if (
        not told_before(later, text)
        and not _the_same_target(target, later, text)
        and not _struck_alike(target, later, text)
        and not (
            later.sub_event_type == target.sub_event_type
            and len(set(_paragraphs(target, text))) == 1
            and (
                _next_paragraph(target, later, text)
                # (or the same deed in the same town, its day told: "abducted at least six
                # people in Bamenda ... this week" ... "On Monday, gunmen went door to door
                # in the Nkwen neighbourhood of Bamenda and took away six people")
                or (_same_town(target, later) and later.geo_precision == 1)
            )
        )
    ):
        return False
    return abs(gap.days) <= (7 if target.time_precision == 2 else 31)


#: A sentence opening on attackers with no article: "Attackers identified by survivors as".
_BARE_ATTACKERS = re.compile(
    r"\W*(?:attackers|gunmen|assailants|raiders|bandits)\b(?! (?:also|again|later|then)\b)",
    re.IGNORECASE,
)
#: Day words counted back from a report's own day.
_COUNTED_BACK = re.compile(r"overnight|last night|yesterday", re.IGNORECASE)


def take_date(target: Event, dated: Event) -> None:
    """The event happened on the day the later passage tells."""
    target.event_date, target.time_precision = dated.event_date, dated.time_precision
    target.evidence = [e for e in target.evidence if e.field != "event_date"]
    target.evidence.extend(e for e in dated.evidence if e.field == "event_date")


#: Nouns that name an armed assault: no demonstration told before.
_ASSAULT_NOUN = re.compile(r"^(?:attacks?|assaults?|raids?|ambush(?:es)?)$", re.IGNORECASE)
#: Nouns that name a blast: "that blast" is no battle told before.
_BLAST_NOUN = re.compile(r"^(?:blasts?|explosions?|bombings?)$", re.IGNORECASE)


def _named_alike(earlier: Event, later: Event) -> bool:
    """The later passage's noun may name the earlier event ("that blast" a bombing or an
    attack, not a gunfight; "the attack" anything): an attack told first may be told as a
    blast after ("the attack in which 20 were killed" ... "The blast hit a truck")."""
    nouns = [e.text for e in later.evidence if e.field == "event_type"]
    if (
        nouns
        and all(_ASSAULT_NOUN.match(n) for n in nouns)
        and earlier.event_type in ("Protests", "Riots")
    ):
        return False  # "The attack targeted Bessao" is the herders' raid, not the riot after
    blast = bool(nouns) and all(_BLAST_NOUN.match(n) for n in nouns)
    return (
        not blast
        or earlier.event_type in (_EXPLOSIONS, "Violence against civilians")
        or bool(
            _MEANS.search(" ".join(e.text for e in earlier.evidence if e.field == "event_type"))
        )
    )


#: How far the place of the paragraph after a lede, told only near a town, may lie from
#: the lede's and still be the lede's scene.
NEARBY_KM = 100.0


def _nearby_detail(earlier: Event, later: Event, text: str) -> bool:
    """The paragraph right after the lede, on its day, placed only near a town not far from
    the lede's place ("in Ashulia, on the outskirts of the capital" ... "workers had
    gathered on the Nabinagar-Chandra highway"): the lede's scene told closer up."""
    if not (
        _next_paragraph(earlier, later, text)
        and later.event_date == earlier.event_date
        and later.geo_precision == 2
        and None not in (earlier.latitude, earlier.longitude, later.latitude, later.longitude)
    ):
        return False
    if _OPENS_AT_A_PLACE.match(_sentence(later, text)):
        return False  # "In Tak Bai district, two small bombs exploded": a scene of its own
    return (
        km(earlier.latitude, earlier.longitude, later.latitude, later.longitude)  # type: ignore[arg-type]
        <= NEARBY_KM
    )


#: A sentence opening on the place it tells of: "In Tak Bai district, ...".
#: A passage opening at a town near the one told before: "In the nearby town of".
_OPENS_NEARBY = re.compile(
    r"\W*(?:In|At) (?:the )?(?:nearby|neighbouring|neighboring) (?:town|village|city|district|"
    r"settlement)\b"
)
_OPENS_AT_A_PLACE = re.compile(
    r"\W*(?:In|At) (?:the )?(?:(?:nearby|neighbouring|neighboring) )?(?:(?:town|village|city|"
    r"district|settlement) of )?(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,2}"
    r"(?: (?:district|town|village|province|county|township|region|area|city))?,",
)


#: How many days before the story's latest event an event is its background.
BACKGROUND_DAYS = 30


def _background(event: Event, kept: list[Event]) -> bool:
    days = [date.fromisoformat(k.event_date) for k in kept if k.event_date]
    if not days or event.event_date is None:
        return False
    return (max(days) - date.fromisoformat(event.event_date)).days > BACKGROUND_DAYS


#: The doers struck or fought as they went: "a column of retreating fighters".
_PURSUED = re.compile(
    r"\b(?:retreating|fleeing|withdrawing) (?:[\w-]+ ){0,2}(?:fighters|militants|attackers|"
    r"assailants|gunmen|jihadists|insurgents|rebels|terrorists)\b",
    re.IGNORECASE,
)


def _told_at_length(kept: list[Event], event: Event, text: str) -> Event | None:
    """The event of the paragraph before, of the passage's own type, that the passage's
    paragraph opens on ("... Two Venezuelan soldiers were killed in a clash ... in Apure"
    then "The fighting took place Tuesday near the town of La Victoria"): the same deed,
    wherever the gazetteer puts the town."""
    first = event.first_trigger()
    if first is None:
        return None
    opening = _TOOK_PLACE.match(text, text.rfind("\n\n", 0, first) + 2)
    if opening is None or not opening.start() <= first < opening.end():
        return None  # (the passage's own deed must be the one the opening names, not one
        # told after it: "The police raids began shortly after the kidnapping of ...")
    told = [k for k in kept if k.event_type == event.event_type and _next_paragraph(k, event, text)]
    return told[-1] if told else None


def _continued(kept: list[Event], event: Event, text: str) -> Event | None:
    """The earlier event an undated passage goes on telling: the latest it may continue, or
    one whose toll it repeats ("police opened fire, killing at least five" ... "Amnesty said
    at least five people had been shot dead by police"), not a place listed in between."""
    first = event.first_trigger()
    left = next((k for k in reversed(kept) if _taken_after_it_was_left(k, event, text)), None)
    if left is not None:
        return left  # "KDF troops withdrew from Ceel-Cadde ... Al Shabaab fighters took over
        # the control of the town without any clash": one handover
    if (
        kept
        and first is not None
        and _QUOTED_PARAGRAPH.match(text, paragraph_start(text, first))
        and paragraph_index(text, first) > 0
        and not event.own_evidence("location", text)
    ):
        # a witness's words in a paragraph of their own, naming no place ('"We came
        # here peacefully ... and they answered us with horses and grenades," said'): what
        # the event told before was like, the last of its kind, else the report's first
        alike = [k for k in kept if k.event_type == event.event_type]
        return alike[-1] if alike else kept[0]
    fight = next((k for k in reversed(kept) if k.event_type == "Battles"), None)
    if fight is not None and (
        _reprisal(fight, event, text) or _civilians_killed_apart(fight, event, text)
    ):
        return None
    if first is not None and _FURTHER_BEFORE.search(text, max(0, first - 40), first):
        return None  # "further Saudi shelling hit villages in Shada district": a new deed
    elsewhere = _ALSO_ELSEWHERE.search(_sentence(event, text))
    if elsewhere is not None and not any(
        k.location and elsewhere.group(1) in k.location for k in kept
    ):
        return None  # "Heavy clashes were also reported Wednesday near the village of
        # Kotlyne": another place's fight, its name in no gazetteer
    if first is not None and ANOTHER_SCENE.match(text, paragraph_start(text, first)):
        # "Elsewhere, a complete shutter-down strike was observed in Turbat ... the party's
        # supporters held a rally": another scene, whatever it names; but one a lede told
        # second is told at length so ("... while two soldiers were martyred in a roadside
        # bombing in North Waziristan a day earlier" ... "In a separate incident on Monday,
        # two soldiers were martyred when an improvised explosive device ... struck")
        return _the_ledes_other(kept, event, text)
    anaphor = told_before(event, text) or _opens_as_told(event, text)
    village = _A_VILLAGE_NAMED.search(_sentence(event, text))
    if (
        village is not None
        and not anaphor
        and not event.own_evidence("location", text)
        and not any(
            village.group(1) in (k.location or "") or village.group(1) in _sentence(k, text)
            for k in kept
        )
    ):
        return None  # "During the fighting, a mortar round hit a house in the village of
        # al-Harsha ...": a place of its own, which no gazetteer holds
    hands = _same_hands(event, text)
    placed = bool(event.own_evidence("location", text))
    told = _told_at_length(kept, event, text)
    if told is not None:
        return told
    fits = [
        k
        for k in reversed(kept)
        if (
            # (not one that names its own other place: "In Omdurman, the ministry said
            # Sunday's drone strike killed three", after a raid in Darfur)
            (
                anaphor
                and _named_alike(k, event)
                and (
                    not placed
                    or same_place(k, event, text)
                    or _within(k, event, NEARBY_KM)
                    # (a lede its passage places nowhere, only the byline's town: "the
                    # explosion ... some 10 kilometres from Lafey town" says where)
                    or (k.event_type == event.event_type and not k.own_evidence("location", text))
                )
            )
            # ("the gunmen" of a raid a protest was held over are no protesters)
            or (
                same_place(k, event, text)
                and (hands or same_kind(k, event, text))
                and (k.event_type != "Protests" or _protest_sequel(event))
            )
            or (_nearby_detail(k, event, text) and same_kind(k, event, text))
        )
        # (a lede summing up raids on two churches is not the one church's a passage names)
        and not (placed and SUMMARY.search(_sentence(k, text)))
        and not _responders_fight(k, event, text)
        and not _other_hands(k, event, text)
        # (nor the forces' strike on the attackers as they went: "drone strikes ... had hit a
        # column of retreating fighters near the village of Gaskinde")
        and not _PURSUED.search(_sentence(event, text))
    ]
    # ("the attack on Chai": this week's raid, not the 2021 offensive told as background)
    fits = [k for k in fits if not _background(k, kept)] or fits
    # ... and, named by its noun, the last event of its own kind ("claimed responsibility
    # for the attack on Chai": the raid, not the weapons found after a clash)
    if anaphor or _CLAIM_FOR.search(_sentence(event, text)):
        fits = [k for k in fits if k.event_type == event.event_type] or fits
    if not event.own_evidence("actor1", text):
        # ... by the side it was coded to ("three port workers were killed in the strikes
        # on Hodeidah port": the Israeli strikes, not the Houthis' missiles told after them)
        fits = [
            k for k in fits if k.actor1 == event.actor1 and k.event_type == event.event_type
        ] or fits
    if anaphor and any(_GROUND_NOUN.fullmatch(e.text) for e in event.evidence):
        # ("The assault on Debre Tabor ...": the attack on the town, not the drone strike
        # the lede told after it)
        fits = [k for k in fits if k.event_type != "Explosions/Remote violence"] or fits
    # ... and, of events of one kind, the one of its own sub-type ("Gunmen killed 22 in a
    # village on Sunday, while women were kidnapped the following day" ... "The assailants
    # opened fire on residents at the market": the killing's, not the kidnapping's)
    if len({k.event_type for k in fits}) == 1:
        fits = [k for k in fits if k.sub_event_type == event.sub_event_type] or fits
    # ... and, named by its place ("the toll for the Mapasana raid"), the one told there
    named = _NAMED_BY_PLACE.search(
        text, max(0, (event.first_trigger() or 0) - 40), (event.first_trigger() or 0)
    )
    if named is not None:
        fits = [k for k in fits if _tells(k, named.group(1), text)] or fits
    if event.fatalities > 0:
        retold = [k for k in fits if k.fatalities == event.fatalities]
        if retold:
            return retold[0]
    return fits[0] if fits else None


#: A deed told in the pluperfect passive: "had been detained".
_HAD_BEEN_BEFORE = re.compile(r"\bhad been\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _retold_done(earlier: Event, later: Event, text: str) -> bool:
    """A later passage tells, in the pluperfect, the earlier event's deed by the same hands
    a day or two after it: the day of its telling, not of another deed."""
    first = later.first_trigger()
    if (
        first is None
        or earlier.event_date is None
        or later.event_date is None
        or earlier.sub_event_type != later.sub_event_type
        or earlier.actor1 != later.actor1
    ):
        return False
    gap = (date.fromisoformat(later.event_date) - date.fromisoformat(earlier.event_date)).days
    return 0 <= gap <= 2 and bool(_HAD_BEEN_BEFORE.search(text, max(0, first - 25), first))


#: Ground left, as a handover's trigger tells it; and ground taken.
_LEFT = re.compile(r"withdr\w*|pulled out|retreated|vacat\w*|abandon\w*|left", re.IGNORECASE)
_TAKEN = re.compile(
    r"took over|taken over|took control|entered|moved (?:back )?into|occupied|seized",
    re.IGNORECASE,
)


def _trigger_text(event: Event) -> str:
    return next((e.text for e in event.evidence if e.field == "event_type"), "")


def _taken_after_it_was_left(earlier: Event, later: Event, text: str) -> bool:
    """Ground one side told leaving, then another taking it, the same day, naming no other
    place: one handover, the taker its side."""
    return (
        earlier.sub_event_type == later.sub_event_type == HANDOVER
        and bool(_LEFT.search(_trigger_text(earlier)))
        and bool(_TAKEN.search(_trigger_text(later)))
        and earlier.actor1 != later.actor1
        and earlier.event_date == later.event_date
        and (not later.own_evidence("location", text) or same_place(earlier, later, text))
    )


def _the_ledes_other(kept: list[Event], event: Event, text: str) -> Event | None:
    """The event the lede told besides its first that a passage of another scene tells
    again: of the passage's sub-type, day and toll, told in the lede's paragraph after the
    lede's first event."""
    if len(kept) < 2:
        return None
    lede = _paragraphs(kept[0], text)[:1]
    return next(
        (
            k
            for k in kept[1:]
            if _paragraphs(k, text)[:1] == lede
            and k.sub_event_type == event.sub_event_type
            and k.event_date == event.event_date
            and k.fatalities == event.fatalities
        ),
        None,
    )


#: A village a passage names by its word: "in the village of al-Harsha".
_A_VILLAGE_NAMED = re.compile(
    r"\b(?:in|at|near|outside)\s+the\s+(?:village|hamlet|settlement)\s+of\s+"
    r"((?:(?:al|el|ad|an|as|ar)-)?[A-Z][\w'’-]+(?:[- ][A-Z][\w'’-]+)?)"
)
#: A deed told as "also" happening at a place named: "clashes were also reported near the
#: village of Kotlyne".
_ALSO_ELSEWHERE = re.compile(
    r"\balso\b[^.;]{0,50}?\b(?:in|near|at|around|outside)\s+(?:the\s+)?"
    r"(?:(?:village|town|settlement|hamlet|city|locality)\s+of\s+)((?-i:[A-Z])[\w'’-]+)",
    re.IGNORECASE,
)
#: Words before a trigger that tell a new deed of the kind: "further Saudi shelling",
#: "fresh clashes", "renewed fighting".
_FURTHER_BEFORE = re.compile(
    r"(?<!\bthe )(?<!\bthis )\b(?:further|fresh|renewed)\s+(?:(?-i:[A-Z])[\w-]+\s+)?$",
    re.IGNORECASE,
)


#: Forces that came to an attack and fought its attackers: "troops who rushed to the area
#: exchanged fire with the attackers", "soldiers deployed nearby intervened".
_RESPONDERS = re.compile(
    r"\b(?:troops|soldiers|police(?:men)?|forces|officers|army|military|personnel|units?|"
    r"gendarmes|guards)\b[^.;]{0,40}?\b(?:rushed|arrived|responded|intervened|pursued|chased|"
    r"deployed)\b|\breinforcements\b",
    re.IGNORECASE,
)


#: ... told fighting ("Rwandan troops pursued the attackers" is a pursuit).
_FOUGHT = re.compile(
    r"\b(?:exchanged (?:heavy )?fire|exchange of fire|clash\w*|fought|fighting|gun ?battle|"
    r"gunfight|firefight|shoot-?out|engaged)\b",
    re.IGNORECASE,
)


#: A deed told as coming after a fight ("after the firefight, soldiers went from house to
#: house").
_AFTER_THE_FIGHT = re.compile(
    r"\b(?:after|following|in the wake of) (?:the|a|an|that|this) (?:[\w-]+ )?(?:firefight|"
    r"fighting|clash(?:es)?|battle|gun ?battle|gunfight|exchange of fire|shoot-?out|ambush|"
    r"attack|operation)\b|"
    # ("After taking control, RSF fighters carried out house-to-house raids")
    r"\b(?:after|upon|on|following) (?:taking (?:control|over)|seizing|capturing|overrunning|"
    r"entering|retaking|storming)\b",
    re.IGNORECASE,
)


def _reprisal(earlier: Event, event: Event, text: str) -> bool:
    """Civilians attacked after a fight ("after the firefight, soldiers went from house to
    house, shot dead a 68-year-old farmer"): an event of its own, as ACLED codes it."""
    return (
        earlier.event_type == "Battles"
        and event.event_type == "Violence against civilians"
        and bool(_AFTER_THE_FIGHT.search(_sentence(event, text)))
    )


#: A side's claim before the deed it claims: "claimed to have killed".
_CLAIMED_BEFORE = re.compile(r"\bclaim(?:ed|s|ing)?\b[^.;]*$", re.IGNORECASE)
#: Words of people killed by their attackers' hands.
_KILLING = re.compile(
    r"shot dead|shot|gunned down|killed|killing|executed|hacked(?: to death)?|beheaded|"
    r"massacred|slaughtered|murdered|burned alive|burnt alive",
    re.IGNORECASE,
)


def _civilians_killed_apart(fight: Event, event: Event, text: str) -> bool:
    """Residents a fight's attackers killed, told apart with their own toll ("At least four
    residents were shot dead in their homes by the gunmen", after the police repelled the
    gangs' assault): an attack on civilians, coded beside the battle."""
    return (
        event.event_type == "Violence against civilians"
        and event.sub_event_type == "Attack"
        and (event.actor2 or "").startswith("Civilians")
        and event.fatalities > 0
        and event.fatalities != fight.fatalities  # (not the fight's own dead told again)
        and event.inter1 not in (1, 8)  # (forces' fire on civilians in a fight is its toll)
        # (told by the killing itself, not by bodies counted: "four bodies ... had been
        # received" is the fight's toll)
        and any(
            e.field == "event_type"
            and _KILLING.fullmatch(e.text)
            # (not a side's claim: "the paramilitaries claimed to have killed 100 troops")
            and not _CLAIMED_BEFORE.search(text, max(0, e.start - 40), e.start)
            # (the victims told in the killing's sentence)
            and any(
                v.field == "actor2" and _bounds_at(text, v.start) == _bounds_at(text, e.start)
                for v in event.evidence
            )
            for e in event.evidence
        )
        and fight.actor2 != event.actor2
        and bool(event.own_evidence("actor1", text))
        and bool(event.own_evidence("actor2", text))
        and bool(event.own_evidence("fatalities", text))
        and (event.first_trigger() or 0)
        > paragraph_end(text, fight.first_trigger() or 0, (fight.first_trigger() or 0) + 1)
    )


def _responders_fight(earlier: Event, event: Event, text: str) -> bool:
    """A fight of forces that came to an attack on civilians is an event of its own (ACLED
    codes the attack and the battle apart)."""
    return (
        earlier.event_type == "Violence against civilians"
        and event.event_type == "Battles"
        and bool(_RESPONDERS.search(_sentence(event, text)))
        and bool(_FOUGHT.search(_sentence(event, text)))
    )


#: An event named by its place just before its noun ("the Mapasana raid").
_NAMED_BY_PLACE = re.compile(r"\b(?:the|this|that) ((?-i:[A-Z])[\w'’-]+) $")


def _tells(event: Event, name: str, text: str) -> bool:
    """One of the event's passages names `name`."""
    return any(
        name in text[slice(*_bounds_at(text, e.start))]
        for e in event.evidence
        if e.field == "event_type"
    )


#: A lede telling deaths over several regions: "in Kharkiv and Zaporizhzhia oblasts".
_REGIONS_TOLD = re.compile(
    r"\b(?:oblasts|provinces|regions|states|governorates|counties|prefectures)\b", re.IGNORECASE
)


def drop_told_sums(events: Sequence[Event], text: str) -> list[Event]:
    """One report's events less a lede dated only by its telling whose toll is the sum of
    two or more events told later with their own days ("Mexican soldiers killed three
    gunmen in a shootout ..., and authorities found the bodies of five men ..., officials
    said Tuesday", then the shootout on Sunday and the bodies on Monday): the same deaths."""
    out = []
    for event in events:
        first = event.first_trigger() or 0
        # (a lede naming several regions was split between them: "killed three civilians in
        # Kharkiv and Zaporizhzhia oblasts on Nov. 23", then each town's deaths)
        copies = [e for e in events if (e.first_trigger() or 0) == first]
        toll = sum(e.fatalities for e in copies)
        regions_only = all(e.geo_precision == 3 for e in copies) or bool(
            _REGIONS_TOLD.search(_sentence(event, text))
        )
        later = [
            other
            for other in events
            if other not in copies
            and (other.first_trigger() or 0) > first
            and "\n\n" in text[first : other.first_trigger() or 0]
            and other.country == event.country
            and other.fatalities > 0
            and dated_by_event(other, text)
            # (nor deaths of the background: "In September 2024, two were killed in ...")
            and not _long_before(other, event)
            and (not regions_only or (other.geo_precision or 3) < 3)
            # (a lede with its own day sums that day's deaths only)
            and (not dated_by_event(event, text) or other.event_date == event.event_date)
        ]
        summed = (
            toll > 0
            and len(later) >= 2
            and (not dated_by_event(event, text) or regions_only)
            and any(
                sum(o.fatalities for o in later[i:j]) == toll
                for i in range(len(later))
                for j in range(i + 2, len(later) + 1)
            )
        )
        if not summed:
            out.append(event)
    return out


#: A fight told as taken up again: "The gunfight resumed on Monday afternoon".
_RESUMED = re.compile(
    r"\b(?:gun ?fight|gun ?battle|fighting|clashes|firefight|exchange of fire|encounter|battle)"
    r"\s+(?:resumed|continued|was renewed|were renewed|flared (?:up )?again|erupted again|"
    r"broke out again)\b",
    re.IGNORECASE,
)
_UNKNOWN_SIDE = re.compile(r"^Unidentified Armed Group\b")


def _resumed_sides(kept: list[Event], event: Event, text: str) -> None:
    """A fight taken up again on another day, its sides told by neither name nor kind
    ("The gunfight resumed on Monday afternoon. The Army said two militants had been
    killed"): the sides of the fight it resumes."""
    if event.event_type != "Battles" or not _RESUMED.search(_sentence(event, text)):
        return
    if not (
        _UNKNOWN_SIDE.match(event.actor1 or "")
        and (event.actor2 is None or _UNKNOWN_SIDE.match(event.actor2))
    ):
        return
    before = next((k for k in reversed(kept) if k.event_type == "Battles"), None)
    if before is None or before.actor2 is None:
        return
    event.actor1, event.inter1 = before.actor1, before.inter1
    event.actor2, event.inter2 = before.actor2, before.inter2
    event.interaction = interaction(before.inter1, before.inter2)


#: Doers named by what they did before: "the abductors", "the kidnappers".
_THE_DOERS = re.compile(r"(?:the )?(?:abductors|kidnappers|hostage-takers|captors)", re.IGNORECASE)


def _the_same_doers(kept: list[Event], event: Event) -> None:
    """Unknown armed men named by a deed told before ("soldiers clashed with the abductors
    near Dera", after gunmen the administration blamed on the OLA seized passengers): the
    side coded for that deed."""
    for field in ("actor1", "actor2"):
        told = next((e.text for e in event.evidence if e.field == field), "")
        side = getattr(event, field) or ""
        if not (_UNKNOWN_SIDE.match(side) and _THE_DOERS.fullmatch(told.strip())):
            continue
        deed = next(
            (
                k
                for k in reversed(kept)
                if k.sub_event_type == "Abduction/forced disappearance"
                and k.actor1 is not None
                and not _UNKNOWN_SIDE.match(k.actor1)
            ),
            None,
        )
        if deed is None:
            return
        if field == "actor1":
            event.actor1, event.inter1 = deed.actor1, deed.inter1
        else:
            event.actor2, event.inter2 = deed.actor1, deed.inter1
        event.interaction = interaction(event.inter1, event.inter2)
        return


#: Armed men named by their kind alone: "the gunmen", "the attackers".
_THE_GUNMEN = re.compile(r"gunmen|attackers|assailants|raiders|militants", re.IGNORECASE)


def _the_named_gunmen(kept: list[Event], event: Event, text: str) -> None:
    """Armed men told as "the gunmen", after the report's last event named their group
    ("Hundreds of gunmen from the Viv Ansanm gang coalition entered the coastal town" ...
    "At least four residents were shot dead in their homes by the gunmen"): that group."""
    told = next((e for e in event.evidence if e.field == "actor1"), None)
    if (
        told is None
        or not _UNKNOWN_SIDE.match(event.actor1 or "")
        or not _THE_GUNMEN.fullmatch(told.text.strip())
        or text[max(0, told.start - 4) : told.start].lower() != "the "
        or not kept
    ):
        return
    named = _named_group(kept[-1])
    if named is not None:
        event.actor1, event.inter1 = named
        event.interaction = interaction(event.inter1, event.inter2)


def _named_group(event: Event) -> tuple[str, int] | None:
    """The one armed group (rebels or militia) the event names, if one."""
    named = [
        (name, inter)
        for name, inter in ((event.actor1, event.inter1), (event.actor2, event.inter2))
        if name is not None and inter in (2, 3) and not _UNKNOWN_SIDE.match(name)
    ]
    return named[0] if len(named) == 1 else None


#: The foe a fight is told against by the definite word for the armed men told before.
_WITH_THE_GUNMEN = re.compile(
    r"\b(?:with|against) the (?:gunmen|attackers|assailants|raiders|militants|gangs?|"
    r"gang members|bandits)\b",
    re.IGNORECASE,
)


def _the_named_foe(kept: list[Event], event: Event, text: str) -> None:
    """A fight against "the gunmen", after the report's last event named their group
    ("Gunmen from the Viv Ansanm gang coalition stormed the town" ... "Police reinforcements
    clashed with the gunmen on Tuesday, killing three gang members"): that group's."""
    if (
        event.event_type != "Battles"
        or not _UNKNOWN_SIDE.match(event.actor2 or "")
        or not kept
        or not _WITH_THE_GUNMEN.search(_sentence(event, text))
    ):
        return
    named = _named_group(kept[-1])
    if named is not None and named[0] != event.actor1:
        event.actor2, event.inter2 = named
        event.interaction = interaction(event.inter1, event.inter2)


#: Unknown armed men told as the group of a deed before: "armed men believed to belong to
#: the same group".
_THE_SAME_GROUP = re.compile(
    r"\b(?:believed|thought|said|suspected) to (?:belong to|be from|be members of|be part of) "
    r"the same (?:group|militia|faction|gang|armed group)\b",
    re.IGNORECASE,
)


def _the_same_group(kept: list[Event], event: Event, text: str) -> None:
    """Unknown armed men told as belonging to "the same group" as the doers of the deed
    before are that deed's named side."""
    told = next((e for e in event.evidence if e.field == "actor1"), None)
    if told is None or not _UNKNOWN_SIDE.match(event.actor1 or ""):
        return
    if not _THE_SAME_GROUP.search(text, told.start, told.end + 80):
        return
    deed = next(
        (
            k
            for k in reversed(kept)
            if k.actor1 is not None and not _UNKNOWN_SIDE.match(k.actor1) and k.inter1 in (2, 3, 4)
        ),
        None,
    )
    if deed is not None:
        event.actor1, event.inter1 = deed.actor1, deed.inter1
        event.interaction = interaction(event.inter1, event.inter2)


def same_strikers(events: Sequence[Event], told: Sequence[Event] = ()) -> list[Event]:
    """A strike from afar told with no striker, after one of the report's strikes in the same
    country told with a state's forces as its striker ("A Ukrainian drone struck a car ... In
    the Kursk region, a drone attack damaged a power substation"): the same forces' strike.
    A strike of the same kind names it first; else any strike from afar before it, `told`
    ones included (a lede summing up the week's strikes, screened out: "Russian glide bombs,
    missiles and artillery have killed at least five people", then each strike unnamed)."""
    kept = {id(e) for e in events}
    order = sorted(
        [*events, *(e for e in told if id(e) not in kept)], key=lambda e: e.first_trigger() or 0
    )
    named: dict[tuple[str | None, str | None], tuple[str, int | None]] = {}
    for event in order:
        if event.sub_event_type not in FROM_AFAR:
            continue
        key = (event.country, event.sub_event_type)
        # (or the country's own forces, coded for want of a striker told: "Another strike
        # Wednesday afternoon hit an ammunition depot used by the Syrian army")
        unnamed = not has_evidence(event, "actor1") and (
            (event.actor1 or "").startswith(_UNNAMED) or event.inter1 == 1
        )
        striker = named.get(key) or named.get((event.country, None))
        if unnamed and striker is not None and id(event) in kept:
            event.actor1, event.inter1 = striker
            event.interaction = interaction(event.inter1, event.inter2)
            event.notes = rewrite_notes(event)
        elif event.actor1 is not None and event.inter1 in (1, 8) and has_evidence(event, "actor1"):
            named[key] = named[(event.country, None)] = (event.actor1, event.inter1)
        elif event.actor1 is not None and event.inter1 == 2 and has_evidence(event, "actor1"):
            # (a rebel army's drones too, for strikes of the same kind: "The government
            # blamed the RSF for the attack on the Um Dabakir station" ... "Hours later,
            # drones targeted a fuel depot near Port Sudan")
            named[key] = (event.actor1, event.inter1)
    return list(events)


def join_followups(events: Sequence[Event], text: str) -> list[Event]:
    """One article's events in text order → the same with continuations folded in."""
    out: list[Event] = []
    for event in events:
        # (a roundup's story continues none of another story's events)
        section = section_bounds(text, (event.first_trigger() or 0))
        kept = [k for k in out if section[0] <= (k.first_trigger() or 0) < section[1]]
        # "the raids were among the heaviest this month": a month names no other day
        another = opens_another(event, text)
        dated = (
            dated_by_event(event, text)
            and not (told_before(event, text) and event.time_precision == 3)
            # (nor the day one more of the hurt died: "died early on Tuesday")
            and not _a_later_death(event, text)
        ) or another
        dating = (
            next(
                (
                    k
                    for k in reversed(kept)
                    if _dates(k, event, text)
                    and not _long_before(event, k)
                    and not _other_hands(k, event, text)
                ),
                None,
            )
            if dated and not another
            else None
        )
        if dating is not None:
            take_date(dating, event)
        target = dating if dated else _continued(kept, event, text)
        if (
            target is not None
            and not dated
            and event.event_date is not None
            and _opens_as_told(event, text)
            and not dated_by_event(target, text)
        ):
            take_date(target, event)  # "The clashes took place on Monday ...": its day
        told = _told_at_length(kept, event, text) if dated and not another else None
        if told is not None and dating is None:
            if not dated_by_event(told, text):
                take_date(told, event)  # "The fighting took place Tuesday ...": its day
            target = told
        elif dated and not another and dating is None:
            target = next(
                (k for k in reversed(kept) if _same_day(k, event, text)),
                next((k for k in reversed(kept) if _named_again(k, event, text)), target),
            )
        first = event.first_trigger()
        if target is None and dated and first is not None:
            # 'On Tuesday, a police spokesperson confirmed that three "individuals" had been
            # detained': Monday's arrests, the day the news was confirmed
            target = next(
                (
                    k
                    for k in reversed(kept)
                    if _retold_done(k, event, text) or _taken_after_it_was_left(k, event, text)
                ),
                None,
            )
        if (
            target is None
            and dated
            and first is not None
            and ANOTHER_SCENE.match(text, paragraph_start(text, first))
        ):
            target = _the_ledes_other(kept, event, text)  # ("In a separate incident on
            # Monday, two soldiers were martyred ...", the lede's second event)
        if target is None and _another_tellers_toll(event, text):
            # "A member of the provincial council gave a higher toll, saying three soldiers
            # had died": the lede's deaths counted by another, no event of their own
            target = next((k for k in reversed(kept) if k.event_type in _VIOLENT), None)
        if target is not None and _long_before(event, target):
            target = None  # ("the uprising of July and August 2024 in which hundreds were
            # killed", after Sunday's clash: the background, told with its own months)
        if (
            target is not None
            and _OPENS_NEARBY.match(_sentence(event, text))
            and event.location != target.location
            and event.own_evidence("location", text)
        ):
            target = None  # "In the nearby town of Chuhuiv, a drone hit a private house during
            # the same attack": the attack's other place, an event of its own (ACLED)
        if target is None:
            sides = (event.actor1, event.actor2)
            _resumed_sides(kept, event, text)
            _the_same_doers(kept, event)
            _the_named_gunmen(kept, event, text)
            _the_named_foe(kept, event, text)
            _the_same_group(kept, event, text)
            if (event.actor1, event.actor2) != sides:
                event.notes = rewrite_notes(event)  # (the notes name the sides found)
            came_to = next((k for k in reversed(kept) if _responders_fight(k, event, text)), None)
            if came_to is not None and not event.own_evidence("location", text):
                _place_as(event, came_to)  # "troops who rushed to the area": the attack's
            out.append(event)
        else:
            if (
                event.own_evidence("location", text)
                and (not target.own_evidence("location", text) or _filed_only(target, text))
                and not _filed_only(event, text)
                and (event.country == target.country or _filed_only(target, text))
                # (not the region holding the town it was placed at: "The killing revived
                # anger over police conduct in the North-West region")
                and not (
                    (event.geo_precision or 0) > (target.geo_precision or 0)
                    and event.admin1 == target.admin1
                    and not _filed_only(target, text)
                )
            ):
                _place_as(target, event)  # a lede placed by its dateline or byline only
            elif has_evidence(event, "location") and not _heard_only(target, event, text):
                refine_place(target, event)  # (not where a blast was heard from)
            if (
                not any(e.field == "event_date" for e in target.evidence)
                and event.own_evidence("event_date", text)
                and event.event_date is not None
                and target.event_date is not None
                and event.event_date < target.event_date
            ):
                # a lede dated by nothing but the report's day, its deed's day told after it
                # ("Fighting ... has left at least five people dead" ... "attacked the town
                # late on Sunday ... killed in the fighting")
                take_date(target, event)
            take_actor1(target, event, text)
            take_actor2(target, event, text)
            absorb(target, event, text)
            take_means(target, event, text)
            _as_the_killing(target, event)
            target.notes = rewrite_notes(target)
            if fired_on(target) and event.event_type in ("Protests", "Riots"):
                # "police fired tear gas ... two shot dead in Mbale" ... "In Mbale, youths
                # blocked roads with burning tyres": the crowd's event
                at = next(i for i, k in enumerate(out) if k is target)
                out[at] = as_the_crowd(target, event)
    return out
