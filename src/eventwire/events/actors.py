"""Actors: who did it (actor1) and to whom (actor2), ACLED's names and inter codes."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from ..datelines import dateline_spans, section_bounds
from ..geo.names import name_key
from ..geo.recognize import demonyms
from ..nlp import (
    is_heading,
    is_place,
    list_item_start,
    paragraph_end,
    paragraph_index,
    paragraph_start,
    starts_paragraph,
    text_of,
)
from ..records import Actor, ActorCoding, EventMention, Span
from .dates import WEEKDAYS
from .lexicon import load_json
from .order import alone_other_first, has_notes, named_first, other_first
from .triggers import ARRESTING

UNIDENTIFIED = ("Unidentified Armed Group ({country})", 3)
CIVILIANS = ("Civilians ({country})", 7)
PROTESTERS = ("Protesters ({country})", 6)
RIOTERS = ("Rioters ({country})", 5)
POLICE = ("Police Forces of {country}", 1)
MILITARY = ("Military Forces of {country}", 1)
VIGILANTE = ("Vigilante Militia ({country})", 4)
#: Islamists or jihadists no group name identifies (ACLED's 2016 naming).
ISLAMIST = "Islamist Militia ({country})"


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    template: str
    inter: int
    role: str  # "armed", "crowd" or "victim"
    syntax: str  # "agent", "patient" or ""
    verb: str = ""  # the lemma of the verb it is the agent of ("attack", "arrest")


#: A generic noun after a named actor belongs to it ("Boko Haram militants").
_SUFFIX = (
    r"(?:\s+(?:militants?|fighters?|insurgents?|rebels?|members?|gunmen|jihadists?|elements"
    r"|forces|troops|soldiers|militiam[ae]n|militias?|officers|personnel))?"
)


#: "police in Mogadishu said", "the army in Borno said": where the speaker is.
_SPEAKERS_PLACE = r"(?:\s+(?:in|of|at)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})?"
#: "police this morning reported", "the army on Sunday said", "police later said"
_WHEN_TOLD = (
    r"(?:\s+(?:this|last|yesterday|on|later|today|earlier|also)(?:\s+(?:morning|afternoon|"
    r"evening|night|week|[A-Z][a-z]+day))?"
    # (AP's bare weekday: "The U.S. military said Wednesday it carried out an airstrike")
    r"|\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?)?"
)
_ATTRIBUTION = re.compile(
    # "police said", "Police spokesman Abdifatah Aden said", "police and hospital officials
    # said"
    r"(?:\s+(?:spokesm[ae]n|officials?|sources?|spokesperson|[Cc]ommanders?|[Cc]hiefs?|"
    r"[Cc]ommissioners?|authorities|government|administration|ministry|spokeswoman|"
    # ("police Colonel Anan Khongkaew told AFP": an officer named by rank)
    r"(?-i:[Cc]olonel|Col\.|Lt\.?|Lieutenant|Major|Maj\.|General|Gen\.|Brig\.|Brigadier|"
    r"Captain|Capt\.|[Ii]nspector|[Ss]uperintendent|Sergeant|Sgt\.|[Oo]fficers?))"
    r"(?:\s+[A-Z][\w'’.-]+){0,3})?"
    r"(?:\s+and\s+(?:[\w-]+\s+){0,2}(?:officials|sources|witnesses|residents|doctors|medics))?"
    + _SPEAKERS_PLACE
    + _WHEN_TOLD
    # (not ", said Dieudonne Lossa": the speaker is after the verb)
    + r"(?:\s*,\s*(?:said|says|told|reported|stated|added)\b(?!\s+(?:[A-Z]|a\b|an\b|the\b))"
    r"|\s+(?:said|say|says|told|reported|stated|confirmed|added|announced|described(?! as\b)|"
    r"recounted)\b)"
)
#: A teller's post, speaking for a side named after it: "military spokesperson for".
_A_SPOKESMAN_FOR = re.compile(r"\s+spokes(?:man|woman|person|people)\s+for\b", re.IGNORECASE)
#: A side's agency telling the news: "the British military's United Kingdom Maritime Trade
#: Operations (UKMTO) agency said".
_ITS_AGENCY_SAID = re.compile(
    r"['’]s\s+(?:[\w()'’-]+\s+){0,8}?(?:agency|office|centre|center|monitor)\s+"
    # (not telling its own side's deed: "the Taliban's intelligence office said its forces")
    r"(?:said|says|reported|stated)\b(?!\s+(?:that\s+)?(?:it|its|they|their)\b)"
)
#: "Coalition forces announced they had struck", "the army announced the killing of": a
#: speaker telling its own act is its actor.
_SELF_REPORT = re.compile(
    _SPEAKERS_PLACE
    + _WHEN_TOLD
    + r"\s*,?\s+(?:said|say|says|announced|claimed|confirmed|reported|stated)"
    + _WHEN_TOLD
    # ("said in a statement carried by its Andalus radio that its fighters ...")
    + r"(?:\s+(?:in\s+a\s+statement|on\s+(?:one\s+of\s+)?(?:its|their)\s+(?:[\w-]+\s+)?"
    r"(?:websites?|channels?|radio|accounts?))(?:\s+(?:carried|published|posted|issued)\s+"
    r"(?:by|on)\s+[\w'’ -]{1,40}?)?)?"
    # ... or its deed by name ("The military announced the killing of 29 militants")
    # (not "said they had no record of a second death": nothing of theirs told)
     + r"\s+(?:(?:that\s+)?(?:(?:one|two|some|several|one or more) of )?(?:they|it|its|their)"
    r"\b(?!\s+(?:had|have|has|were|was|did|do|"
    r"does|are|is)(?:\s+not|n['’]t|\s+no|\s+never|\s+nothing)\b)"
    # (nor "said they had opened an investigation": an inquiry, no deed)
    r"(?!\s+(?:had|have|has|were|are)?\s*(?:opened|launched|started|begun|opening|launching)\s+"
    r"(?:an?\s+)?(?:[\w-]+\s+)?(?:investigations?|inquir(?:y|ies)|probes?)\b)|"
    r"(?:that\s+)?(?:an?|one of its)\s+(?:fighter\s+)?"
    r"(?:jets?|aircraft|warplanes?|drones?|helicopters?|gunships?)\s+(?:had\s+)?(?:struck|hit|"
    r"bombed|targeted|destroyed|attacked|killed)\b|the\s+(?:killing|arrest|capture|"
    r"neutrali[sz]ation|destruction)\s+of\b)"
)
_ACCORDING = re.compile(
    r"(?:according to|(?:figures?|tolls?|numbers?|count) (?:given|issued|released|provided|"
    r"reported|cited) by|(?:given|cited|quoted|reported) by) "
    # (or the second of two: "according to a herder association official and a police source")
    r"(?:(?:the |a |an )?(?:[\w'’-]+ ){1,4}(?:and|or) )?(?:the |a |an )?(?:local |\w+ )?$",
    re.IGNORECASE,
)
#: A sentence that tells the region's history or a group's record, not this event
#: ("Boko Haram has carried out similar attacks", "groups linked to al-Qaeda"): the actors
#: it names are not this event's parties.
_BACKGROUND = re.compile(
    r"\b(?:ha[sd]|have) (?:seen|carried out|been (?:behind|blamed)|staged|claimed|launched|"
    r"waged|killed)\b|\b(?:similar|repeated|frequent|previous|past|recent) (?:attacks|"
    r"violence|raids|bombings)\b|"
    r"\bin recent (?:years|months)\b|\bsince 20\d\d\b",
    re.IGNORECASE,
)
#: A group described by its ties ("Boko Haram, which is linked to the Islamic State"), a
#: sentence of background when its verb describes rather than tells a deed ("armed men
#: linked to the Islamic State group stormed Quiterajo" tells one).
_TIES = re.compile(r"\b(?:linked|affiliated|allied|loyal) (?:to|with)\b", re.IGNORECASE)
_BLAMING_VERBS = frozenset({"blame", "accuse"})
#: The report says the perpetrator is unknown: nobody is to be presumed.
_UNKNOWN = re.compile(
    r"\b(?:(?:not|n't) (?:clear|known|immediately clear)|unclear|unknown) who\b|"
    r"\bunidentified (?:drones?|aircraft|warplanes?|jets?)\b",
    re.IGNORECASE,
)
_NAMED_MILITIA = re.compile(
    r"(?<![.!?]\s)\b(?!(?:The|A|An|Armed|Local|Suspected|Unidentified|Rival|Government|State|"
    r"Some|Several|Youth|Party|Islamist|Militant|Allied)\b)([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?) $"
)


#: The people named right before "tribesmen", past a faith ("Sunni Bangash tribesmen").
_NAMED_TRIBE = re.compile(
    r"(?<![.!?]\s)\b(?!(?:The|A|An|Armed|Local|Suspected|Rival|Some|Several|Shiite|Shia|"
    r"Sunni|Muslim|Christian|Arab|Druze|Alawite)\b)([A-Z][a-z]+(?:[- ][A-Z][a-z]+)?) $"
)
_TRIBESMEN = re.compile(r"tribesm[ae]n", re.IGNORECASE)


@lru_cache(maxsize=1)
def alias_table() -> tuple[tuple[re.Pattern[str], str, int, str], ...]:
    table = load_json("actors.json")
    exact = tuple(
        (re.compile(rf"(?<![\w-])(?:{pat}){_SUFFIX}(?![\w-])"), name, inter, role)
        for pat, name, inter, role in table.get("case_sensitive", [])
    )
    rows = [tuple(row) for row in table["actors"]]
    generic = next(i for i, row in enumerate(rows) if row[1] == POLICE[0])
    rows[generic:generic] = _national_forces(table)
    return exact + tuple(
        (re.compile(rf"(?<![\w-])(?:{pat}){_SUFFIX}(?![\w-])", re.IGNORECASE), name, inter, role)
        for pat, name, inter, role in rows
    )


_MILITARY_NOUNS = (
    r"(?:armed forces|security forces|special forces|forces|troops|soldiers|army|military|"
    r"servicemen|warplanes|fighter jets|jets|aircraft|air ?forces?|navy|marines|gunships|"
    r"defen[cs]e forces|"
    r"helicopters|drones?|artillery|missiles?|rockets?|shells|shelling|bombardments?|bombers|"
    r"(?:guided|glide|aerial|cluster) bombs?|"
    r"mortar(?:s| rounds| shells| bombs| fire)?|"
    r"warships|tanks|planes|air ?strikes?|airstrikes?|air raids?|raids?|assaults?|offensives?|"
    r"bulldozers|border guards?|"
    # (the posts a state's forces hold: "Afghan forces fired on Pakistani posts")
    r"(?:border |military |army |security )?(?:posts|outposts|positions|checkpoints)\b|"
    # a plain "strikes" only as an attack on a place, not a workers' strike
    r"(?:drone |missile |rocket )?strikes?(?= (?:on|against|in|near|at|hit|killed|targeted)\b)|"
    # shots told by whose they were ("Israeli fire killed two"), not a fire brigade
    r"(?:gun|sniper|tank|naval)?fire(?! (?:brigades?|services?|fighters?|departments?|"
    r"stations?|crews?|engines?|trucks?|safety)\b)(?![\w-]))"
)
_POLICE_NOUNS = r"(?:police(?:men| officers?| forces?)?|gendarmes?|gendarmerie|riot police)"


#: Missiles, rockets and drones known by their model's name.
_WEAPON_MODELS = (
    r"(?:iskander|kinzhal|kalibr|tochka|grad|uragan|smerch|shahed(?:-type)?|geran|lancet|"
    r"himars|atacms|storm shadow|scalp|bayraktar|tb2|tomahawk|hellfire|qassam|burkan|"
    r"zolfaghar|fateh)(?:-\w+)?"
)


def _national_forces(table: dict[str, Any]) -> list[tuple[str, str, int, str]]:
    """Alias rows for a named state's forces ("Ethiopian troops", "ENDF", "Kenyan police"):
    that state's forces wherever the event is, so abroad they are external forces (8)."""
    rows: list[tuple[str, str, int, str]] = []
    for pattern, country, kind, _home in table["force_acronyms"]:
        rows.append((pattern, f"{kind} Forces of {country}", 1, "armed"))
    # longer names first: "south sudanese" before "sudanese"
    for pattern, country in sorted(table["national_forces"], key=lambda r: -len(r[0])):
        rows.append(
            (rf"(?:{pattern})(?:-led)? {_POLICE_NOUNS}", f"Police Forces of {country}", 1, "armed")
        )
        # the first of two nations' troops told together ("Mozambican and Rwandan troops")
        rows.append(
            (
                rf"(?:{pattern})(?=\s+(?:and|&)\s+[\w-]+\s+(?:border\s+)?{_MILITARY_NOUNS})",
                f"Military Forces of {country}",
                1,
                "armed",
            )
        )
        rows.append(
            (
                rf"(?:{pattern})(?:-led)? (?:(?:government|regime|army|military|border|"
                rf"intelligence|security|special|long-range|"
                rf"short-range|attack|kamikaze|combat|armed|ballistic|cruise|hypersonic|guided|"
                rf"first-person-view|fpv|loitering|suicide|unmanned) "
                # ("a Russian first-person-view (FPV) drone")
                rf"(?:\((?-i:[A-Z]{{2,5}})\) )?)?"
                # (a model's name: "Iraqi F-16 jets", "Russian Su-25 aircraft", "a Russian
                # Iskander missile")
                rf"(?:[a-z]{{1,3}}-\d{{1,3}}[a-z]?s? |{_WEAPON_MODELS} )?"
                rf"{_MILITARY_NOUNS}",
                f"Military Forces of {country}",
                1,
                "armed",
            )
        )
        # fire told as coming from across a state's border ("artillery shells fired from
        # across the Saudi border"): that state's forces fired it
        rows.append(
            (
                rf"(?:(?<=\bfrom across the )|(?<=\bfrom the ))(?:{pattern}) (?:border|side "
                r"of the border|territory)",
                f"Military Forces of {country}",
                1,
                "armed",
            )
        )
        # the country's own name before its services ("Kenya air forces", "Uganda army",
        # "Sudan's army")
        rows.append(
            (
                rf"{re.escape(country)}(?:['’]s)? {_SERVICES}",
                f"Military Forces of {country}",
                1,
                "armed",
            )
        )
        rows.append(
            (
                rf"{re.escape(country)}['’]s {_POLICE_NOUNS}",
                f"Police Forces of {country}",
                1,
                "armed",
            )
        )
    # the state's own name, as the doer of a blow ("Israel struck", "Ukraine launched drones
    # at", "killed by Russia"): its forces, kept only as such an agent (see _find_actors)
    for country in sorted({c for _, c in table["national_forces"]}, key=lambda c: -len(c)):
        names = [re.escape(country), *_SHORT_STATE_NAMES.get(country, ())]
        # (not "Russia's Belgorod region"; "Russia's missile attack" is its forces')
        rows.append(
            (
                rf"(?:{'|'.join(names)})(?:(?!['’]s)|['’]s(?= (?:[\w-]+ )?{_ATTACK_NOUN}\b))",
                f"Military Forces of {country}",
                1,
                STATE,
            )
        )
    return rows


#: What a state's attack is called after its possessive name ("Russia's missile attack").
_ATTACK_NOUN = (
    r"(?:attacks?|strikes?|air ?strikes?|airstrikes?|bombing|bombardment|shelling|offensive|"
    r"invasion|raids?)"
)
#: The role of a state's bare name until it is read as a blow's doer.
STATE = "state"
#: Other names news gives a state, where its ACLED name is longer ("U.S.", "Britain").
_SHORT_STATE_NAMES = {
    "United States": (r"U\.S\.", "America"),
    "United Kingdom": ("Britain",),
    "Democratic Republic of Congo": ("DR Congo", "DRC"),
}
#: A dateline's country ("PORT-AU-PRINCE, Haiti (AP) — Gang members killed ..."), which a
#: parse may take for the sentence's subject.
_DATELINE_AFTER = re.compile(
    r"\s*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)\s*)?(?:\(|[—–]|--)"
)  # "BENI, Democratic Republic of Congo, Nov 26 (Reuters) -"
#: A group told as where it is active, a backdrop of the place: "near Bourasso, ...,
#: where fighters of the Group for Support of Islam and Muslims (JNIM) are active".
_WHERE_ACTIVE = re.compile(
    r"\bwhere\s+[^.;,]{0,120}?\s(?:are|is|were|was|have been|has been|remain|remains)\s+"
    r"(?:(?:very|still|also|most|particularly|heavily|widely)\s+)?"
    r"(?:active|present|entrenched|based)\b",
    re.IGNORECASE,
)


#: Whom a victim is accused of serving ("accused of spying for jihadists").
_WORKED_FOR = re.compile(
    r"\b(?:accus(?:ed|ing)|suspect(?:ed|ing)|suspicion)(?: (?:them|him|her))? of "
    r"(?:spying|working|collaborating|informing|"
    r"being an? (?:informant|informer|spy))\s+(?:for|with)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+)?$",
    re.IGNORECASE,
)
#: ... or whom he is otherwise told as: to whom he passed word ("claimed he was passing
#: information to security forces"), whom his group fights beside ("a vigilante group that
#: fights alongside the military"), or what he is said to be ("a man suspected of being a
#: Boko Haram informant", "three young men they accused of being gang members").
_TOLD_AS_THEIRS = re.compile(
    r"\b(?:pass(?:ing|ed)?|provid(?:ing|ed)|giv(?:ing|en)|gave|sell(?:ing)?|sold|leak(?:ing|ed))\s+"
    r"(?:information|intelligence|tips?)\s+(?:to|for)\s+(?:the\s+)?$|"
    r"\b(?:that|which|who)\s+(?:fights?|fought|works?|worked|operates?|serves?)\s+"
    r"(?:alongside|beside|with)\s+(?:the\s+)?$|"
    r"\b(?:accus(?:ed|ing)|suspect(?:ed|ing)|suspicion)\s+(?:(?:him|her|them)\s+)?of\s+being\s+"
    r"(?:an?\s+|the\s+)?$",
    re.I,
)
#: A state accused of a deed: "accused Pakistan of carrying out air strikes".
_ACCUSED_BEFORE = re.compile(r"\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing))\s+(?:the\s+)?$", re.I)
_OF_DEED = re.compile(
    r"\s+(?:of|for)\s+(?:carrying out|launching|conducting|firing|staging|bombing|shelling|"
    r"(?:the|an?|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's)\s+"
    r"(?:[\w-]+\s+)?(?:attacks?|strikes?|air ?strikes?|bombings?|raids?|shelling))\b",
    re.IGNORECASE,
)
#: What a state named alone does with its forces ("Israel struck", "Russia fired missiles").
STATE_DEEDS = frozenset(
    {"strike", "launch", "fire", "shell", "bomb", "bombard", "attack", "hit", "target",
     "pound", "raid", "kill", "carry", "conduct", "invade", "shoot", "assassinate", "down",
     "retaliate", "hammer", "blitz", "storm"}
)  # fmt: skip


#: A group told as holding a place, in a clause describing the place.
_HOLDS_THE_PLACE_AFTER = re.compile(
    r"\s+(?:has|have|had)\s+(?:long\s+)?(?:controlled|held|occupied|ruled|run|administered)\s+"
    r"(?:it\s+)?since\b",
    re.IGNORECASE,
)
#: The group told of again, as the doer: "the group's police", "its fighters".
_THE_GROUPS = re.compile(
    r"\b(?:the (?:group|rebels|movement|militia)['’]s?|its|their) (?:[\w-]+ )?(?:police|"
    r"fighters|forces|members|men|gunmen|troops|officials|administration)\b",
    re.IGNORECASE,
)
#: A post or station of the forces ...
_A_POST = re.compile(r"\b(?:stations?|posts?|checkpoints?|camps?|bases?)$", re.IGNORECASE)
#: ... told as how far something lay from it.
_DISTANCE_FROM = re.compile(
    r"\b(?:km|kms|kilometres?|kilometers?|miles?|metres?|meters?)\s+(?:away\s+)?(?:from|of)\s+"
    r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: A state's armed services, as named after the state's own name.
_SERVICES = r"(?:army|air ?forces?|navy|defen[cs]e forces|armed forces|military)"


#: Countries whose coders call a tribe's militia a "Tribal Militia" ("Turi Tribal Militia
#: (Pakistan)"), where African countries' call it an ethnic one ("Murle Ethnic Militia").
TRIBAL_COUNTRIES = frozenset(
    {"Yemen", "Pakistan", "Afghanistan", "Iraq", "Syria", "Jordan", "Saudi Arabia", "Oman"}
)


#: Communities of a faith, whose militias ACLED names as ethnic ones in any country.
_FAITHS = ("Druze ",)


def actor_name(template: str, country: str | None) -> str:
    """ACLED's name for an actor template in the event's country."""
    if (
        country in TRIBAL_COUNTRIES
        and template.endswith(" Ethnic Militia ({country})")
        # (a faith's community is no tribe: "Druze armed groups")
        and not template.startswith(_FAITHS)
    ):
        template = template.replace(" Ethnic Militia", " Tribal Militia")
    if country:
        return template.format(country=country)
    return template.replace(" ({country})", "").replace(" of {country}", "")


def find_actors(doc: Doc, start: int, end: int) -> list[Found]:
    """Actor mentions in text_of(doc)[start:end], earliest first, with their syntactic role;
    a background sentence's actors are left out when another sentence is in the span.
    Read once per span and document (detection, places and coding all ask)."""
    read: dict[tuple[int, int], tuple[Found, ...]] = doc.user_data.setdefault(_ACTORS_KEY, {})
    if (start, end) not in read:
        found = _find_actors(doc, start, end)
        background = _background_spans(doc, start, end)
        if background:
            found = [f for f in found if not any(s <= f.start < e for s, e in background)]
        # (a roundup's section label is no side: "PUNTLAND - The United States military ...")
        labels = _dateline_spans(doc)
        found = [f for f in found if not any(s <= f.start and f.end <= e for s, e in labels)]
        read[start, end] = tuple(
            _crowd_killed(doc, _herders_killed(doc, _whose_own(doc, f))) for f in found
        )
    return list(read[start, end])


#: Herders named only by their trade: a militia when they act, people when they are killed.
_HERDERS_BY_TRADE = re.compile(r"(?:[\w-]+ )?(?:herders|herdsmen)", re.IGNORECASE)
#: Verbs whose object herders are the dead or the taken.
_DONE_TO_HERDERS = frozenset({"kill", "murder", "abduct", "kidnap", "shoot", "massacre", "attack"})


#: The deed done to the people named right after it: "shot dead three".
_DONE_TO_BEFORE = re.compile(
    r"\b(?:shot dead|shot|killed|killing|murdered|murdering|abducted|abducting|kidnapped|"
    r"kidnapping|massacred|executed|hacked to death)\s+(?:(?:at least|some|about|nearly|"
    r"more than)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


#: ... or told after them, in the passive: "were killed by".
_DONE_TO_AFTER = re.compile(
    r"\s+(?:were|was|had been|have been|has been)\s+(?:[\w-]+\s+)?(?:shot dead|shot|killed|"
    r"murdered|abducted|kidnapped|massacred|executed|hacked to death|wounded|injured)\b",
    re.IGNORECASE,
)
#: Words naming people as demonstrators, whatever is done to them.
_DEMONSTRATORS = re.compile(
    r"protest|demonstrat|march|strik|riot|crowd|rall|activist|supporter|"
    # (and "members", whose body may be armed: "kidnapped 5 PFG members")
    r"member",
    re.IGNORECASE,
)


def _crowd_killed(doc: Doc, found: Found) -> Found:
    """People named by a trade a crowd may have, told right after the deed done to them
    ("shot dead two truck drivers"), are its victims, not demonstrators."""
    if (
        found.role != "crowd"
        or _DEMONSTRATORS.search(text_of(doc), found.start, found.end)
        or not (
            _DONE_TO_BEFORE.search(text_of(doc), max(0, found.start - 50), found.start)
            # (or the deed told after them in the passive: "Two farmers were killed by a
            # landmine")
            or _DONE_TO_AFTER.match(text_of(doc), found.end)
        )
    ):
        return found
    return dataclasses.replace(found, template=CIVILIANS[0], inter=CIVILIANS[1], role="victim")


def _herders_killed(doc: Doc, found: Found) -> Found:
    """Herders told as killed or taken by others ("militants killed seven herders and stole
    more than 200 cattle") are civilians, not the herders' militia."""
    if not (
        found.template.startswith("Fulani")
        and _HERDERS_BY_TRADE.fullmatch(text_of(doc), found.start, found.end)
    ):
        return found
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    verb = span.root.head if span is not None else None
    done_to = (
        found.syntax == "patient" and verb is not None and verb.lemma_.lower() in _DONE_TO_HERDERS
    )
    # (or right after the deed's verb, however parsed: "shot dead three Fulani herders in a
    # cattle camp")
    if not done_to and not _DONE_TO_BEFORE.search(
        text_of(doc), max(0, found.start - 50), found.start
    ):
        return found
    return dataclasses.replace(found, template=CIVILIANS[0], inter=CIVILIANS[1], role="victim")


def _whose_own(doc: Doc, found: Found) -> Found:
    """Forces told as "its troops" after a state's body in their sentence ("Russia's
    defence ministry said its troops had taken control"): that state's forces, wherever the
    event is."""
    text = text_of(doc)
    if found.template != MILITARY[0] or not text.startswith(("its ", "Its "), found.start - 4):
        return found
    sentence = next((s for s in doc.sents if s.start_char <= found.start < s.end_char), None)
    lo = sentence.start_char if sentence is not None else 0
    owner = _states_body().search(text, lo, found.start)
    if owner is None:
        return found
    return dataclasses.replace(found, template=MILITARY[0].format(country=owner.group(1)))


@lru_cache(maxsize=1)
def _states_body() -> re.Pattern[str]:
    """A state's name owning one of its bodies ("Russia's defence ministry")."""
    names = sorted({c for _, c in load_json("actors.json")["national_forces"]}, key=len)
    return re.compile(
        rf"\b({'|'.join(re.escape(n) for n in reversed(names))})['’]s\s+(?:[\w-]+\s+){{0,2}}"
        # (its words capitalised or not: "Russia's Defence Ministry")
        r"(?i:ministry|military|army|general staff|armed forces|command|government)\b"
    )


#: Where find_actors keeps what it read of a document, by span.
_ACTORS_KEY = "eventwire.actors"
_DATELINES_KEY = "eventwire.datelines"


def _dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """The document's datelines and section labels, read once."""
    spans: list[tuple[int, int]] = doc.user_data.setdefault(
        _DATELINES_KEY, dateline_spans(text_of(doc))
    )
    return spans


def _ties_of_the_doers(doc: Doc, char: int) -> bool:
    """The ties at `char` describe the subject of the sentence's deed ("armed men linked to
    the Islamic State group stormed Quiterajo"), not a group's record."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None:
        return False
    tied = span.root
    doers = tied.head
    if tied.dep_ == "acl":
        return (
            doers.dep_ == "nsubj"
            and doers.head.lemma_.lower() in ACTING_VERBS
            and doers.head.dep_ == "ROOT"
        )
    # (or parsed as the doers' own verb, the deed hung on it: "armed men linked to ...
    # stormed")
    return any(c.dep_ == "nsubj" for c in tied.children) and any(
        c.dep_ in ("advcl", "conj") and c.lemma_.lower() in ACTING_VERBS for c in tied.children
    )


def _background_spans(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    sents = [
        (max(s.start_char, start), min(s.end_char, end))
        for s in doc.sents
        if s.end_char > start and s.start_char < end
    ]
    if len(sents) < 2:
        return []
    out = []
    for s, e in sents:
        found = _BACKGROUND.search(text_of(doc)[s:e])
        span = doc.char_span(s, e, alignment_mode="expand")
        root = span.root if span is not None else None
        ties = _TIES.search(text_of(doc)[s:e])
        if found is None and ties is not None and not _ties_of_the_doers(doc, s + ties.start()):
            found = ties
        # ("the military said on Monday that security forces had killed four militants":
        # the saying's tense, not the group's record)
        if found is None or _SAID_THAT.search(text_of(doc)[s:e], 0, found.start()):
            continue
        blamed = (
            next((c for c in root.children if c.dep_ == "dobj"), None)
            if root is not None and root.lemma_.lower() in _BLAMING_VERBS
            else None
        )
        if blamed is not None and s <= blamed.idx < e:
            # ("Residents blamed the army, which has carried out repeated air and drone
            # attacks on the city since ... 2025": the blamed is named for this deed, the
            # rest is the background)
            out += [(s, blamed.idx), (blamed.idx + len(blamed), e)]
        else:
            out.append((s, e))
    return out


_SAID_THAT = re.compile(
    r"\b(?:said|says|told \w+|reported|announced|stated|confirmed|claimed)\b[^.;]{0,40}\bthat\s+"
    r"(?:[\w'’-]+\s+){1,4}$|"
    # ("U.S. Africa Command said it had carried out an airstrike")
    r"\b(?:said|says|announced|stated|confirmed|claimed) (?:it|they)\s+$|"
    # ("claimed the attack ..., saying its 'soldiers of the caliphate' had killed five")
    r"\b(?:saying|claiming) (?:that )?(?:it|they|its|their)\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def forces_country(doc: Doc, *, placeless: bool = False) -> str | None:
    """The country of the first state force the text names by nationality or acronym
    ("SAF bomb Kalo", "Cameroonian troops killed"), or of an armed group that fights in
    one country only ("OLA forces attacked"); None for forces often sent abroad ("ENDF",
    "UPDF"), groups active across borders, or forces named by no country ("the army").

    `placeless`: the report names no known place at all; then a group active across
    borders says where it mostly fights ("Al Shabaab attacked a police station": Somalia)."""
    homes, abroad = _home_forces()
    text = text_of(doc)
    found = find_actors(doc, 0, len(text))
    for f in found:
        if f.template in homes and not abroad.fullmatch(text[f.start : f.end]):
            return homes[f.template]
    likely = _table_part("group_likely_homes") if placeless else {}
    return next((likely[f.template] for f in found if f.template in likely), None)


@lru_cache(maxsize=1)
def _home_forces() -> tuple[dict[str, str], re.Pattern[str]]:
    """Templates of forces named by nationality or acronym and of one-country armed
    groups, with their country; and the acronyms of forces often told of abroad."""
    table = load_json("actors.json")
    homes = {
        f"{kind} Forces of {country}": country
        for _, country, kind, _home in table["force_acronyms"]
    }
    homes.update(table["group_homes"])
    for _, country in table["national_forces"]:
        if country not in table["forces_often_abroad"]:
            home = _country_of_state(country)
            homes[f"Military Forces of {country}"] = home
            homes[f"Police Forces of {country}"] = home
    for country in table["forces_often_abroad"]:
        homes.pop(f"Military Forces of {country}", None)
    away = "|".join(pattern for pattern, _, _, home in table["force_acronyms"] if not home)
    return homes, re.compile(rf"(?:{away}){_SUFFIX}", re.IGNORECASE)


def _find_actors(doc: Doc, start: int, end: int) -> list[Found]:
    text = _slash_joined(text_of(doc)[start:end])
    taken: list[tuple[int, int]] = []
    out: list[Found] = []
    spelt = _spelt_out(doc)
    for regex, as_template, as_inter, as_role in alias_table():
        community: tuple[str, int] | None = None  # the row's militia named by its people
        for m in regex.finditer(text):
            clash = [(s, e) for s, e in taken if m.start() < e and s < m.end()]
            if clash and (as_role == STATE or not _names_again(clash, m, as_template, out, start)):
                continue
            if clash:
                # "the National Liberation Army (ELN)": the whole name over the acronym
                # taken first, so that no "Army" inside it is read as a state's
                taken = [t for t in taken if t not in clash]
                out = [f for f in out if (f.start - start, f.end - start) not in clash]
            # each mention's own: the checks below may recode it ("off-duty soldiers")
            template, inter, role = as_template, as_inter, as_role
            s, e = start + m.start(), start + m.end()
            meant = _acronym_meant(m.group(), regex, spelt)
            if meant is not None:
                # "the Kosovo Security Force (KSF)": the report's KSF is not Kenya's
                if meant:
                    taken.append((m.start(), m.end()))
                    out.append(Found(s, e, *meant, *_syntax(doc, s, e)))
                continue
            if (
                role == STATE
                and _ACCUSED_BEFORE.search(text, 0, m.start())
                and _OF_DEED.match(text, m.end())
            ):
                # "accused Pakistan of carrying out air strikes": the state's forces did it
                taken.append((m.start(), m.end()))
                out.append(Found(s, e, template, inter, "armed", "agent", "carry"))
                continue
            if role == STATE:
                syntax = _syntax(doc, s, e)
                if (
                    syntax[0] != "agent"
                    or syntax[1] not in STATE_DEEDS
                    or _compound(doc, s, e)
                    or _DATELINE_AFTER.match(text, m.end())
                ):
                    continue  # a place ("in Ukraine"), a speaker, a country's own news
                role = "armed"
            taken.append((m.start(), m.end()))
            told = (
                _ATTRIBUTION.match(text, m.end()) and not _SELF_REPORT.match(text, m.end())
            ) or _ITS_AGENCY_SAID.match(text, m.end())
            if _A_SPOKESMAN_FOR.match(text, m.end()):
                continue  # "the military spokesperson for Yemen's Houthi movement": a teller's
                # post, the side he speaks for named after it
            if told or _ACCORDING.search(text[: m.start()]):
                continue  # "police said": the source of the report, not a party to it
            if _SPOKESMAN_FOR.search(text, max(0, m.start() - 50), m.start()) and _SAID_SOON.match(
                text, m.end()
            ):
                continue  # "A spokesman for one of the Fano groups said": its teller's
            if _DRESS.match(text, m.end()) or _A_REPORT_AFTER.match(text, m.end()):
                continue  # "gunmen in military uniforms": what they wore, not who they were
            if _A_CITYS_DISTRICT_AFTER.match(text, m.end()):
                continue  # "in Police District 13 of Kabul city": a quarter's name
            if _A_KIND_USED_BY_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "fragments of a grenade of the type used by the military": a kind
                # of weapon, not who threw it
            if _KIN_AFTER.match(text, m.end()):
                continue  # "detained the gunman's father and two of his brothers": his kin
            if _OWNED_BY_AFTER.match(text, m.end()):
                continue  # "a helicopter gunship operated by Rwandan forces": the owner named
                # next is the side
            if _A_REPORT_BY_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "An earlier report by state police had put the death toll at three"
            if _HELD_MEN.fullmatch(m.group()) and (
                _FREED_BEFORE.search(text, max(0, m.start() - 40), m.start())
                or _FREED_AFTER.match(text, m.end())
            ):
                continue  # "freeing more than 500 inmates": who went free, no victims
            affiliate = _AFFILIATE_AFTER.match(text, m.end())
            if affiliate and (
                text[affiliate.end() : affiliate.end() + 2].strip()[:1].isupper()
                or _AN_BEFORE.search(text, max(0, m.start() - 4), m.start())
            ):
                continue  # "The al-Qaeda affiliate JNIM", "JNIM, an al-Qaeda affiliate": whose
                # affiliate the side is, no side itself
            if inter not in (1, 8) and _SERVING_BEFORE.search(
                text, max(0, m.start() - 40), m.start()
            ):
                continue  # "accusing them of spying for jihadists": the charge, not a side
                # (a state's forces so named still say whose country it is)
            if inter == 1 and _UNKNOWN_FORCE.search(text[: m.start()]):
                # "unknown war planes", "unidentified aircraft": nobody's air force is named
                template, inter = UNIDENTIFIED
            elif inter == 1 and _OFF_DUTY.search(text[: m.start()]):
                # ACLED counts forces attacked off duty (at home, on leave) as civilians
                template, inter, role = CIVILIANS[0], CIVILIANS[1], "victim"
            syntax = _syntax(doc, s, e)
            if inter == 1 and syntax[0] != "agent" and _at_home(doc, s):
                # "raided the residence of a NISA officer": forces attacked at home are
                # civilians to ACLED, as off duty
                template, inter, role = CIVILIANS[0], CIVILIANS[1], "victim"
            if (
                role == "armed"
                and m.group().lower() in ("herders", "herdsmen")
                and syntax[0] == "agent"
                and syntax[1] not in ACTING_VERBS | VIOLENT_VERBS
            ):
                # "They were herders watering their animals": people, not the militia
                template, inter, role = CIVILIANS[0], CIVILIANS[1], "victim"
            if role == "armed" and syntax[0] != "agent" and _ONE_UNKNOWN.fullmatch(m.group()):
                # "Body of an unidentified man found": the dead, not a gunman
                template, inter, role = CIVILIANS[0], CIVILIANS[1], "victim"
            if (
                role == "armed"
                and m.group().lower() in ("herders", "herdsmen")
                and _ROBBED_FROM.search(text, max(0, m.start() - 40), m.start())
            ):
                # "tried to seize cattle from herders": whom the raiders robbed
                template, inter, role = CIVILIANS[0], CIVILIANS[1], "victim"
            if role == "armed" and _NONE_OF.search(text[: m.start()]):
                continue  # "There were no armed men among them"
            if (
                role == "armed"
                and _HOLDS_THE_PLACE_AFTER.match(text, m.end())
                and not _THE_GROUPS.search(text, m.end(), m.end() + 150)
            ):
                continue  # "In Bukavu, which the M23 has controlled since February 2025, a
                # crowd ... beat a man": the city's rulers, told of it, no side (unless the
                # deed is told as theirs: "..., the group's police arrested 12 young men")
            if (
                role == "armed"
                and _A_POST.search(m.group())
                and _DISTANCE_FROM.search(text, max(0, m.start() - 40), m.start())
            ):
                continue  # "about 4 km from the Kutru police station": a landmark, no side
            if role == "armed" and (
                _WORKED_FOR.search(text, max(0, m.start() - 60), m.start())
                or _TOLD_AS_THEIRS.search(text, max(0, m.start() - 40), m.start())
            ):
                continue  # "beat to death a man they accused of spying for jihadists": no side
            if role == "armed" and m.group().lower() == "communities" and syntax[0] == "patient":
                # "raids on communities accused of backing the rebels": the raided
                template, inter, role = CIVILIANS[0], CIVILIANS[1], "victim"
            if "{name}" in template:
                # "Murle youths", "attacked by Lou Nuer": the people names its militia
                template = template.replace("{name}", _people(m.group()))
            named = _NAMED_MILITIA.search(text[: m.start()])
            tribe = _NAMED_TRIBE.search(text[: m.start()])
            if template.startswith("Unidentified Communal") and _TRIBESMEN.fullmatch(m.group()):
                if tribe:
                    # "Shiite Turi tribesmen", "Murle tribesmen": the people's militia
                    s = start + tribe.start(1)
                    template = tribe.group(1) + " Ethnic Militia ({country})"
            elif template.startswith("Political Militia") and named:
                # "Kuteb militia", "Dhulbahante militias": a community's militia (ACLED 4)
                s = start + named.start(1)
                template, inter = named.group(1) + " Ethnic Militia ({country})", 4
                community = template, inter
            elif template.startswith("Political Militia") and community is not None:
                template, inter = community  # "Abala militia ... 1 militia member killed"
            if _FIRED_ACROSS.fullmatch(m.group()):
                syntax = ("agent", "fire")  # "shells fired from across the Saudi border"
            out.append(Found(s, e, template, inter, role, *syntax))
    out += _told_by_its_ministry(text, start, taken)
    out = _named_groups(doc, start, text, out)
    out = _known_as(sorted(out, key=lambda f: f.start), text_of(doc))
    found = _their_own(_of_group(out, text_of(doc)), text_of(doc))
    # "where fighters of JNIM are active": the place's backdrop, no side; nor is a body's
    # patron ("according to a member of the village administration set up by the local
    # People's Defense Force")
    backdrops = [m.span() for m in _WHERE_ACTIVE.finditer(text)]
    return [
        f
        for f in found
        if not any(a <= f.start - start < b for a, b in backdrops)
        and not _A_BODYS_PATRON_BEFORE.search(text, max(0, f.start - start - 70), f.start - start)
        # (a teller of the toll: "The PDF put the death toll at 11")
        and not (f.inter != 1 and _PUTS_THE_TOLL_AFTER.match(text, f.end - start))
        # (nor what a crowd protests against: "students protesting against military
        # operations in the Papua highlands")
        and not (
            f.role == "armed"
            and _PROTESTED_AGAINST.search(text, max(0, f.start - start - 40), f.start - start)
        )
    ]


#: What a crowd protests against, told right before a side's name.
_PROTESTED_AGAINST = re.compile(
    r"\b(?:protest(?:s|ed|ing)?|demonstrat(?:ed|ing|ions?)|rall(?:y|ies|ied|ying)|"
    r"march(?:ed|ing)?)\s+(?:against|over)\s+(?:the\s+)?(?:(?:ongoing|continued|recent|renewed)\s+)?$",
    re.IGNORECASE,
)


#: After a state's body, its own forces told by a word no actor pattern reads: "said on
#: Tuesday its forces" (not "its troops": those are read as the state's own by _whose_own).
_SAID_ITS_FORCES = re.compile(
    r"\s+(?:said|says|announced|claimed)(?: on \w+)?,? (?:that )?(?:its|their) (?:forces|units)\b"
)


def _told_by_its_ministry(text: str, start: int, taken: list[tuple[int, int]]) -> list[Found]:
    """The state's forces its body tells the deed of ("Russia's Defence Ministry said its
    forces had taken control of the village"), named by the country alone."""
    return [
        Found(start + m.start(1), start + m.end(1), MILITARY[0].format(country=m[1]),
              MILITARY[1], "armed", "agent", "carry")
        for m in _states_body().finditer(text)
        if _SAID_ITS_FORCES.match(text, m.end())
        and not any(a < m.end(1) and m.start(1) < b for a, b in taken)
    ]  # fmt: skip


#: The words between men told generically and the name they are known by.
_KNOWN_AS = re.compile(
    r",?\s+(?:known as|called|calling (?:itself|themselves)|who call themselves|"
    # ("The attackers, whom the army identified as fighters of the CODECO militia")
    r"(?:whom|who)\s+(?:[\w'’-]+\s+){1,4}?(?:identified|described|named)\s+as|"
    # ("The attackers, identified by residents as fighters of the Katiba Macina")
    r"(?:identified|described)\s+(?:by\s+(?:[\w'’-]+\s+){1,4}?)?as)\s+(?:the\s+)?",
    re.IGNORECASE,
)


#: Between men told generically and their name right after: " ", ", the ".
_NAMED_NEXT = re.compile(r" |, (?:the )?")
#: The men of a group, before its name: "fighters of the".
_MEN_OF = re.compile(
    r"(?:fighters|members|militants|elements|gunmen|men)\s+of\s+(?:the\s+)?", re.IGNORECASE
)


def _known_as(found: list[Found], text: str) -> list[Found]:
    """Men told generically, then by the name they are known by ("armed youths known as the
    White Army attacked the barracks"): the name alone, in the men's place in the sentence."""
    by_start = {f.start: f for f in found}
    out: list[Found] = []
    renamed: set[int] = set()
    for f in found:
        m = _KNOWN_AS.match(text, f.end) if "{country}" in f.template else None
        name = by_start.get(m.end()) if m is not None else None
        if (
            m is not None
            and (name is None or "{country}" in name.template)
            and (kin := _MEN_OF.match(text, m.end()))
        ):
            name = by_start.get(kin.end())  # "identified as fighters of the CODECO militia"
            if name is not None:
                renamed.add(m.end())  # (its "fighters" are the group's, no side of their own)
        if (
            name is None
            and f.template in UNNAMED_SIDES
            and (named := _NAMED_NEXT.match(text, f.end))
        ):
            # (or named right after: "the armed group Boko Haram", "government-backed
            # militia, the Volunteers for the Defense of the Homeland (VDP), killed")
            name = by_start.get(named.end())
            if name is not None and (
                "{country}" in name.template
                or (named.group() != " " and name.inter not in (2, 3, 4))
            ):
                name = None  # (no state's forces told after a comma: "militants, the army")
        if name is not None and name.template != f.template:
            out.append(dataclasses.replace(name, syntax=f.syntax, verb=f.verb))
            renamed.add(name.start)
        elif f.start not in renamed:
            out.append(f)
    return out


#: After a group's name, the word making another group its affiliate.
_AFFILIATE_AFTER = re.compile(
    r"(?:['’]s)?[\s-]+(?:affiliate|affiliated|linked|offshoot|franchise)\b[\s,]*", re.IGNORECASE
)
_AN_BEFORE = re.compile(r"\ban?\s+$", re.IGNORECASE)


def _names_again(
    clash: list[tuple[int, int]], m: re.Match[str], template: str, out: list[Found], start: int
) -> bool:
    """Whether a match holds within it only what was taken as the same actor before."""
    inside = all(m.start() <= s and e <= m.end() and e - s < len(m.group()) for s, e in clash)
    spans = {(f.start - start, f.end - start): f.template for f in out}
    return inside and all(spans.get(c) == template for c in clash)


#: An acronym spelt out in brackets after its full name: "the Kosovo Security Force (KSF)".
_BRACKETED_ACRONYM = re.compile(r"\(\s*([A-Z]{2,6})\s*\)")


def _spelt_out(doc: Doc) -> dict[str, str]:
    """The acronyms a report spells out, each with the name it gives it: the shortest run
    of words before the brackets whose capitals (hyphenated parts too) spell it."""
    key = "eventwire.spelt_out"
    if key not in doc.user_data:
        text = text_of(doc).replace("’", "'")
        spelt: dict[str, str] = {}
        for m in _BRACKETED_ACRONYM.finditer(text):
            words = text[max(0, m.start() - 160) : m.start()].split()[-10:]
            for k in range(1, len(words) + 1):
                run = [w.strip(',;:"') for w in words[-k:]]
                capitals = "".join(p[0] for w in run for p in w.split("-") if p[:1].isupper())
                if capitals == m.group(1):
                    spelt.setdefault(m.group(1), " ".join(run))
                if len(capitals) >= len(m.group(1)):
                    break
        doc.user_data[key] = spelt
    found: dict[str, str] = doc.user_data[key]
    return found


def _acronym_meant(
    found: str, regex: re.Pattern[str], spelt: dict[str, str]
) -> tuple[str, int, str] | tuple[()] | None:
    """What a state force's acronym means where the report spells it out as another name:
    the alias row that name is (template, inter, role), () where no row knows it, None
    where the acronym is not spelt out or is spelt as the force's own name."""
    acronym = found.split()[0]
    names = _table_part("acronym_names")
    if acronym not in spelt:
        return None
    name = spelt[acronym]
    if acronym.lower() not in names:
        # (any group's letters the report spells as another group it knows: "Puntland
        # Defence Forces (PDF)" are no Myanmar People's Defense Force)
        if not acronym.isupper() or regex.fullmatch(name):
            return None
        return next(
            (
                (template, inter, role)
                for other, template, inter, role in alias_table()
                if role != STATE and other.fullmatch(name)
            ),
            None,
        )
    if regex.fullmatch(name) or re.fullmatch(names[acronym.lower()], name, re.IGNORECASE):
        return None
    for other, template, inter, role in alias_table():
        if role != STATE and other.fullmatch(name):
            return template, inter, role
    return ()


#: A group's teller, told before the group ("A spokesman for one of the Fano groups said").
_SPOKESMAN_FOR = re.compile(
    r"\b(?:spokes(?:man|woman|person)|representative)\s+(?:for|of)\s+(?:one of\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_SAID_SOON = re.compile(r"(?:\s+[\w'’-]+){0,2}\s+(?:said|says|told|claimed)\b")
#: Before fighters, the group told before them whose they are ("the Arakan Army said its
#: fighters had captured ...").
_ITS = re.compile(r"\b(?:its|their|his)\s+(?:own\s+)?$", re.IGNORECASE)


def _their_own(found: list[Found], text: str) -> list[Found]:
    """Unnamed fighters told as a named group's own, in the group's sentence: that group."""
    out: list[Found] = []
    for f in found:
        owner = next(
            (
                g
                for g in reversed(out)
                if g.role == "armed"
                and g.inter in (2, 3, 4)
                and g.template not in UNNAMED_SIDES
                and not g.template.startswith((*_KIND_ONLY, "Islamist Militia"))
                and "." not in text[g.end : f.start]
            ),
            None,
        )
        # (or men told as a leader's: "A Dozo leader said five of his men were killed")
        generic = (
            f.template in UNNAMED_SIDES
            or f.template.startswith(_KIND_ONLY)
            or (f.template == CIVILIANS[0] and text[f.start : f.end].lower() == "men")
        )
        if owner is not None and generic and _ITS.search(text, max(0, f.start - 12), f.start):
            f = dataclasses.replace(f, template=owner.template, inter=owner.inter, role="armed")
        out.append(f)
    return out


#: A group's own name as news writes it: capitalised words, with the joining words of
#: Spanish, French or Arabic names ("Comuneros del Sur", "Frente Patriotico del
#: Suroccidente", "Gran Grif").
_GROUP_NAME = (
    r"(?P<name>(?!(?:The|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
    r"[A-Z][\w'’-]+(?:\s+(?:(?:del|de|des|du|la|las|los|el|al|of|the|y|et)\s+)?[A-Z][\w'’-]+){0,5})"
)
#: An unknown group told with its name: "the armed group Comuneros del Sur", "an armed
#: group calling itself the Frente Patriotico del Suroccidente" ...
_CALLED_GROUP = re.compile(
    r"\b(?P<kind>armed|rebel|militant|insurgent|jihadist|dissident|separatist|guerrilla|"
    r"criminal) (?:group|faction|movement|organi[sz]ation)\s+(?:(?:called|known as|calling "
    rf"(?:itself|themselves)|named)\s+)?(?:the\s+)?{_GROUP_NAME}"
)
#: ... or a gang by its name ("Members of the Gran Grif gang").
_NAMED_GANG = re.compile(
    rf"{_GROUP_NAME}\s+(?P<what>gang|coalition|alliance|armed group|rebel group|guerrilla group|"
    # a rebel movement's unit by its name ("the Jaime Martinez front", "the Carlos Patino front")
    r"front)\b"
)


#: ... or a banned group's members ("three cadres of the proscribed People's Revolutionary
#: Party of Kangleipak (PREPAK)").
_BANNED_GROUP = re.compile(
    r"\b(?:cadres?|members?|militants?|fighters?|rebels?|operatives?) of the (?P<kind>proscribed|"
    rf"banned|outlawed|underground) {_GROUP_NAME}(?:\s*\((?P<acr>[A-Z]{{2,8}})\))?"
)


def _named_groups(doc: Doc, start: int, text: str, found: list[Found]) -> list[Found]:
    """Groups the alias table does not know, named in the text: each its own actor, in
    the place of the "armed group" or "gang" that named it (inter 2 for a rebel, insurgent
    or jihadist group; 3 for an armed or militant group, a gang or a criminal group, as
    ACLED codes Haiti's gangs and the Niger Delta's new groups)."""
    out = list(found)
    for regex in (_CALLED_GROUP, _NAMED_GANG, _BANNED_GROUP):
        for m in regex.finditer(text):
            if _known_name(m.group("name")) or _PLACE_LIKE.search(m.group("name")):
                continue  # ("the guerrilla movement Tupac Amaru": the table's MRTA)
            if m.group("name").endswith("-led"):
                continue  # "the Saudi-led coalition": whose, not a name
            if name_key(m.group("name")) in demonyms():
                continue  # "a Colombian armed group": whose country, not a name
            if m.groupdict().get("what") in ("front", "armed group", "rebel group") and is_place(
                doc, start + m.start("name"), start + m.end("name")
            ):
                # "fighting flares on the Marib front": a front line, no group; "a Tajoura
                # armed group": a group from the town, not its name
                continue
            s, e = start + m.start(), start + m.end()
            kind = m.groupdict().get("kind") or m.groupdict().get("what") or ""
            name = m.group("name") + {"gang": " Gang", "front": " Front"}.get(kind, "")
            if m.groupdict().get("acr"):
                name = f"{m.group('acr')}: {name}"  # ACLED's style: "PREPAK: People's ..."
            inter = 2 if kind.split()[0] in _REBEL_KINDS else 3
            inside = [f for f in out if s <= f.start and f.end <= e]
            if any(
                f.role == "armed"
                and f.template not in UNNAMED_SIDES
                and not f.template.startswith(_KIND_ONLY)
                for f in inside
            ):
                continue  # a group the table names is inside: it says who they are
            # "Members of the Gran Grif gang killed ...": the members' role is the group's
            of = _MEMBERS_OF.search(text, 0, m.start())
            if of is not None:
                s = start + of.start()
                inside = [f for f in out if s <= f.start and f.end <= e]
            out = [f for f in out if f not in inside]
            out.append(
                Found(s, e, name, inter, "armed", *_syntax(doc, s, start + of.end(1) if of else e))
            )
    return out


#: Kinds of group ACLED counts as rebels (2); the rest, gangs and armed or militant
#: groups, as political militias (3).
_REBEL_KINDS = frozenset(
    {"rebel", "insurgent", "jihadist", "dissident", "separatist", "guerrilla", "alliance", "front",
     "proscribed", "banned", "outlawed", "underground"}
)  # fmt: skip
_MEMBERS_OF = re.compile(
    r"\b((?:members|fighters|gunmen|militants|men|leaders?)) of (?:the )?$", re.IGNORECASE
)


#: What forces do to a crowd.
_CROWD_CONTROL_VERBS = frozenset(
    {"fire", "disperse", "arrest", "detain", "beat", "shoot", "charge", "use", "break", "clash",
     "intervene", "open", "lob", "hurl", "deploy"}
)  # fmt: skip

#: The state's government as a party ("the government signed a deal").
GOVERNMENT = "Government of {country}"
_GOVERNMENT = re.compile(r"\b(?:government|authorities)\b", re.IGNORECASE)
#: The government as the doer of a development: "the authorities have decided to close the
#: camp", "Government released 812 detainees", "was elected president".
_A_GOVERNMENTS_DEED = re.compile(
    r"\b(?:government|authorities|cabinet)"
    r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?\s+(?:(?:has|have|had)\s+)?"
    r"(?!(?:said|says|told|stated|reported|claimed|denied|confirmed|forces|troops|soldiers)\b)"
    r"(?:\w+ed|decided|began|announced)\b|\b(?:was|were|has been|had been) (?:re-?)?elected\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _known_name(name: str) -> bool:
    """Whether the table knows the group by this name or a longer one holding it."""
    low = name.casefold()
    return _is_actor(name) or any(low in template.casefold() for _, template, _, _ in alias_table())


#: Words that make a capitalised name a place's or an institution's, not a group's.
_PLACE_LIKE = re.compile(
    r"\b(?:Province|State|Region|District|County|City|University|Ministry|Council|Army|Police|"
    r"Forces)\b"
)


def _compound(doc: Doc, start: int, end: int) -> bool:
    """The name is part of a longer noun ("Bank Zimbabwe operations")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    return span is not None and len(span) > 0 and span.root.dep_ == "compound"


#: Between fighters and the group they belong to: "two rebels from Hayat Tahrir al-Sham".
_OF_GROUP = re.compile(
    r"\s+(?:(?:reportedly|allegedly|apparently|believed to be|said to be)\s+)?"
    r"(?:from|of|belonging to|linked to|affiliated (?:with|to)|"
    # ("Gunmen believed to belong to the Islamic State")
    r"(?:believed|thought|said|suspected) to (?:belong to|be (?:linked|affiliated) (?:to|with)))\s+"
    r"(?:(?:the|an?)\s+)?"
    r"(?:(?-i:[A-Z])[\w-]+['’]s\s+)?"
    r"(?:(?:banned|outlawed|proscribed|militant|armed|separatist|jihadist|rebel|insurgent|"
    r"so-called|self-styled|[\w'’-]+-(?:linked|backed|allied|affiliated|aligned|led|based))\s+)*"
)


#: Kinds' words told before a group's name as its epithet ("the rebel M23").
_EPITHETS = frozenset(
    {"rebel", "militant", "insurgent", "jihadist", "separatist", "armed", "islamist", "militia"}
)


def _of_group(found: list[Found], text: str) -> list[Found]:
    """Unnamed fighters followed by the group they belong to are that group, in the
    fighters' place in the sentence ("killing two rebels from Hayat Tahrir al-Sham")."""
    # (a kind's word that is the named group's epithet is no side of its own: "Fighters of
    # the rebel Coalition of Patriots for Change")
    # (nor a force's word after a group's name: "SDF special forces", the group's own)
    found = [
        f
        for i, f in enumerate(found)
        if not (
            i
            and f.template in (MILITARY[0], POLICE[0], *UNNAMED_SIDES)
            and found[i - 1].role == "armed"
            and found[i - 1].inter in (2, 3, 4)
            and "{country}" not in found[i - 1].template
            and not text[found[i - 1].end : f.start].strip()
        )
    ]
    found = [
        f
        for i, f in enumerate(found)
        for after in [found[i + 1] if i + 1 < len(found) else None]
        if not (
            after is not None
            and (f.template in UNNAMED_SIDES or f.template.startswith(_KIND_ONLY))
            and after.template not in UNNAMED_SIDES
            and not after.template.startswith(_KIND_ONLY)
            and after.role == "armed"
            and not text[f.end : after.start].strip()
            and text[f.start : f.end].lower() in _EPITHETS
        )
    ]
    out: list[Found] = []
    for f in found:
        last = out[-1] if out else None
        if (
            last is not None
            and (
                last.template in UNNAMED_SIDES
                or last.template.startswith(_KIND_ONLY)
                # (or a people's fighters of a named militia: "Dozo hunters from the Dan Na
                # Ambassagou militia")
                or (last.inter == 4 and f.inter in (3, 4) and "{country}" not in f.template)
            )
            # (a named group, though its name takes the country: "Fighters of the Islamic
            # State Sahel Province")
            and f.template not in UNNAMED_SIDES
            and not f.template.startswith(_KIND_ONLY)
            and f.role == "armed"
            # (a foreign state's hired group too: "fighters from Russia's Wagner group")
            and (f.inter in (2, 3, 4) or (f.inter == 8 and not _STATE_OF.match(f.template)))
            and _OF_GROUP.fullmatch(text, last.end, f.start)
        ):
            out[-1] = dataclasses.replace(f, start=last.start, syntax=last.syntax, verb=last.verb)
            continue
        if (
            last is not None
            and last.template == MILITARY[0]
            and f.role == "armed"
            and f.inter in (1, 8)
            and "{country}" not in f.template
            and _OF_GROUP.fullmatch(text, last.end, f.start)
        ):
            # "backed by helicopters of the US-led coalition": the coalition's
            out[-1] = dataclasses.replace(f, start=last.start, syntax=last.syntax, verb=last.verb)
            continue
        if (
            last is not None
            and last.role == "crowd"
            and text[last.start : last.end].lower() in ("members", "member")
            and f.role == "armed"
            # (not a people: "killed four members of the Fulani ethnic group")
            and f.inter in (2, 3)
            and _OF_GROUP.fullmatch(text, last.end, f.start)
        ):
            # "members of rival cult groups clashed": the groups', no crowd's
            out[-1] = dataclasses.replace(f, start=last.start, syntax=last.syntax, verb=last.verb)
            continue
        if (
            last is not None
            and last.role in ("crowd", "victim")
            and text[last.start : last.end].lower() in ("members", "member", "personnel")
            and f.role == "armed"
            and f.inter in (1, 8)
            and _OF_FORCES.fullmatch(text, last.end, f.start)
        ):
            # "a vehicle carrying members of Syria's General Security forces": the forces
            out[-1] = dataclasses.replace(f, start=last.start, syntax=last.syntax, verb=last.verb)
            continue
        out.append(f)
    return out


#: Between members and the state's forces they serve in: " of Syria's General ".
_OF_FORCES = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]+['’]s\s+)?(?:(?-i:[A-Z])[\w-]+\s+)?", re.IGNORECASE
)


#: A state's side of a border, told as where fire came from (see _national_forces).
_FIRED_ACROSS = re.compile(r".+ (?:border|side of the border|territory)", re.IGNORECASE)


_HYPHENED = re.compile(r"\b([A-Z][A-Za-z]{1,9})-([A-Z][A-Za-z]{1,9})\b")


def _slash_joined(text: str) -> str:
    """Two forces joined by a hyphen ("AMISOM-KDF convoy") written with a slash, which the
    actor patterns read as two names; a name with a hyphen of its own ("SPLA-IO", "SPLM-N")
    stays. The side whose ground fire came from ("shells fired from M23-held hills") loses
    its hyphen: the side that fired. The text keeps its length, so offsets hold."""
    for m in _HYPHENED.finditer(text):
        second = _is_actor(m.group(2)) or m.group(2).startswith(_CONTRIBUTOR_STEMS)
        if _is_actor(m.group(1)) and second and not _is_actor(m.group(0)):
            text = text[: m.end(1)] + "/" + text[m.start(2) :]
    for m in _FIRED_FROM_HELD.finditer(text):
        text = text[: m.start("hyphen")] + " " + text[m.end("hyphen") :]
    return text


#: Fire told coming from ground a side holds: "shells fired from M23-held hills".
_FIRED_FROM_HELD = re.compile(
    r"\b(?:fired|launched|came|coming|shot)\s+from\s+(?:the\s+)?(?:[\w-]+\s+)?[\w]+"
    r"(?P<hyphen>-)(?:held|controlled|occupied)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def _is_actor(name: str) -> bool:
    """Whether `name` by itself is an actor the table names ("KDF", "AMISOM")."""
    return any(regex.fullmatch(name) for regex, *_ in alias_table())


#: A home told as the scene ("at his home", "the residence of a police officer"), or a
#: place of leisure ("shot dead at a bar"): forces there are off duty.
_HOME = re.compile(
    r"\b(?:(?:his|her|their) (?:own )?(?:home|house|residence|compound)|"
    r"(?:home|house|residence) of (?:a|an|the)|"
    r"(?:at|in|outside|near|stormed|raided|entered) (?:a|the|his|her|their|local) (?:\w+ )?"
    r"(?:bar|pub|night ?club|cabaret|tea[- ]?shop|cafe|café|restaurant|wedding|funeral))\b",
    re.IGNORECASE,
)


def _at_home(doc: Doc, start: int) -> bool:
    """Whether the sentence of the mention at `start` tells the attack at the victim's home."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = span[0].sent
    return bool(_HOME.search(text_of(doc), sent.start_char, sent.end_char))


#: Whom someone is accused of serving ("accusing them of spying for jihadists").
_SERVING_BEFORE = re.compile(
    r"\b(?:spying|spies|informants?|informing|collaborating|collaborators?|working)\s+(?:for|"
    r"with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: "an army intelligence report seen by Reuters": a document, who told it, not a side.
#: ... or a report's author, after it: "an earlier report by state police".
_A_REPORT_BY_BEFORE = re.compile(
    r"\b(?:reports?|statements?|accounts?|figures?|tolls?|tall(?:y|ies)|estimates?|counts?)\s+"
    r"(?:by|from)\s+(?:the\s+)?(?:(?:state|local|federal|regional|provincial|municipal|"
    r"national)\s+)?$",
    re.IGNORECASE,
)
_A_REPORT_AFTER = re.compile(
    r"\s+(?:intelligence\s+)?(?:reports?|documents?|assessments?)\s+(?:seen|obtained|reviewed)\b",
    re.IGNORECASE,
)
#: "military uniforms", "police fatigues": a garment, not the force itself.
_DRESS = re.compile(
    r"\s+(?:uniforms?|fatigues|attire|outfits?|camouflage|camo|gear|boots)\b", re.IGNORECASE
)
#: "unknown war planes", "unidentified helicopters".
_UNKNOWN_FORCE = re.compile(r"\b(?:unknown|unidentified|unmarked)\s+$", re.IGNORECASE)
#: "an off-duty police officer", "an off duty soldier".
_OFF_DUTY = re.compile(r"\boff[- ]duty\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _subject_before_and(doc: Doc, mention: EventMention) -> Found | None:
    """The state's forces told as the subject of the verb the trigger's verb is joined to
    by "and", before the passage ("Overnight, troops raided Beita ..., and early on
    Wednesday detained ...")."""
    at = mention.trigger.start
    token = next((t for t in doc if t.idx <= at < t.idx + len(t)), None)
    if token is None or token.dep_ != "conj":
        return None
    head = token.head
    for child in head.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.idx < mention.start:
            words = list(child.subtree)
            start, end = words[0].idx, words[-1].idx + len(words[-1])
            found = [f for f in find_actors(doc, start, end) if f.inter == 1]
            if found:
                return dataclasses.replace(found[0], syntax="agent", verb=token.lemma_.lower())
    return None


#: A kind of weapon told by its users: "of the type used by the ".
_A_KIND_USED_BY_BEFORE = re.compile(
    r"\b(?:type|kind|sort|model|calibre|caliber)\s+(?:commonly\s+|usually\s+|often\s+)?"
    r"(?:used|issued|carried|favou?red)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A side's kin named by its possessive: "'s father", "'s relatives".
_KIN_AFTER = re.compile(
    r"['’]s?\s+(?:(?:elderly|two|three|young|teenage)\s+)?(?:father|mother|parents|brothers?|"
    r"sisters?|sons?|daughters?|wife|wives|husband|family|families|relatives|uncles?|cousins?|"
    r"nephews?|nieces?|children|kin)\b",
    re.IGNORECASE,
)
#: An aircraft or a weapon told with its owner after it: " operated by ", " flown by ".
_OWNED_BY_AFTER = re.compile(
    r"\s+(?:operated|flown|piloted|owned|used|deployed|launched|fired) by\s+(?:the\s+)?"
    r"(?:[A-Z]|\w+\s+(?:forces|troops|army|military))"
)
#: A numbered district named after the police: "Police District 13".
_A_CITYS_DISTRICT_AFTER = re.compile(r"\s+District\s+(?:No\.?\s*)?\d+\b")
#: Before an armed side, words that deny it was there ("There were no armed men").
_NONE_OF = re.compile(r"\b(?:no|not any)\s+$", re.IGNORECASE)


#: A teller's own forces or itself told after its saying: "said its jets", "said that it
#: carried out air strikes".
_ITS_OWN_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:said|says|told|announced|reported|stated)\s+(?:that\s+)?"
    r"(?:its|their|our|it|they|we)\b",
    re.IGNORECASE,
)
#: Nouns of an assault: the group that modifies one made it ("an OLA attack", "Boko
#: Haram's raid").
ATTACK_NOUNS = frozenset(
    {"attack", "attacks", "ambush", "ambushes", "raid", "raids", "assault", "offensive",
     "bombing", "bombings", "incursion", "onslaught", "operation", "operations", "strike",
     "strikes", "airstrike", "airstrikes", "shelling", "offensives"}
)  # fmt: skip
#: Verbs whose subject suffers or withdraws rather than acts ("attackers fled", "the
#: soldiers came under fire", "militants lost").
PASSIVE_VERBS = frozenset(
    {"flee", "retreat", "die", "suffer", "lose", "come", "escape", "withdraw", "abandon",
     "sustain", "receive", "surrender", "defect"}
)  # fmt: skip


def _subject_after_its_day(token: Token) -> bool:
    """A subject the parser hung on the weekday before it ("on Tuesday soldiers set fire"),
    with the verb it governs right after it."""
    return (
        token.dep_ == "pobj"
        and any(c.dep_ == "compound" and c.lower_ in WEEKDAYS for c in token.children)
        and token.i + 1 < len(token.doc)
        and token.nbor().tag_ in ("VBD", "VBZ", "VBP")
    )


#: Verbs whose agent holds ground rather than acts ("an area held by the junta").
_HOLDING_VERBS = frozenset({"hold", "control", "govern", "rule", "administer"})


def _naming_in_a_clause(doc: Doc, first: int, token: Token) -> bool:
    """A subject in a relative clause telling what the thing was, parsed as the main verb's
    subject with its verb hung on it ("The missile, which Ukraine's air force identified
    as an Iskander-M, hit the building")."""
    return (
        first > 0
        and doc[first - 1].lower_ in ("which", "that")
        and any(
            c.dep_ == "acl" and c.i == token.i + 1 and c.lemma_.lower() in SPEECH_VERBS
            for c in token.children
        )
    )


def _syntax(doc: Doc, start: int, end: int) -> tuple[str, str]:
    """The mention's role ("agent", "patient" or "") and, for an agent, its verb's lemma."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return "", ""
    token: Token = span.root
    if _closing_teller(token):
        return "teller", "say"
    if span.start > 1 and doc[span.start - 1].text == "(" and span.end < len(doc):
        # an acronym in brackets after the full name: the name's role ("The United Nations
        # Mission in South Sudan (UNMISS) strongly condemns the attack")
        token = _name_head(doc[span.start - 2])
    for _ in range(3):
        if (
            token.dep_ in ("compound", "amod", "nmod", "poss", "conj", "appos")
            and token.head is not token
        ):
            if token.dep_ in ("compound", "amod", "nmod", "poss") and (
                token.head.lower_ in ATTACK_NOUNS
            ):
                return "agent", "attack"  # "in an OLA attack", "Boko Haram's raid"
            token = token.head
            continue
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lower_ in _COLLECTIVES
            and token.head.head.dep_ in ("nsubj", "nsubjpass")
        ):
            token = token.head.head  # "a group of about 30 settlers ... attacked"
            continue
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.dep_ in ("dobj", "nsubjpass")
            and (token.head.head.like_num or token.head.head.lower_ in _HELD_PLACES)
        ):
            # "killing two of its fighters", "struck a position of the Twirwaneho": what was
            # hit is theirs
            token = token.head.head
            continue
        break
    if token.dep_ == "nsubj" and _naming_in_a_clause(doc, span.start, token):
        return "teller", "say"  # "The missile, which Ukraine's air force identified as"
    if (
        token.dep_ == "nsubj"
        and token.head.dep_ == "relcl"
        and token.head.lemma_.lower() in SPEECH_VERBS
        and any(c.lower_ in ("whom", "which", "that", "who") for c in token.head.children)
    ):
        return "teller", "say"  # "The attackers, whom the army identified as fighters of"
    if token.dep_ == "nsubj" and _counted_dead(token):
        return "patient", ""  # "22 Boko Haram dead", "Several Boko Haram killed."
    if token.dep_ == "nsubj" and _headline_passive(token.head):
        return "patient", token.head.lemma_.lower()
    if token.dep_ == "nsubj":
        verb = token.head.lemma_.lower()
        return ("", verb) if verb in PASSIVE_VERBS else ("agent", verb)
    if _subject_after_its_day(token):
        # "after the fighting on Tuesday soldiers set fire to six houses", parsed as
        # "on Tuesday soldiers": the subject of the verb right after it
        return "agent", token.nbor().lemma_.lower()
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        verb = token.head.head.lemma_.lower()
        if verb in _CONDEMNING:
            # ("condemns the attack on the village ... by fighters affiliated with the RSF":
            # the attack's doers, the parser hanging them on the condemning)
            return "agent", "attack"
        # ("one of the last areas still held by the junta": who holds it, no deed)
        return ("", verb) if verb in _HOLDING_VERBS else ("agent", verb)
    if token.dep_ == "nsubjpass":
        return "patient", token.head.lemma_.lower()  # "troops were deployed": deploy
    if token.dep_ == "dobj":
        return "patient", ""
    if (token.dep_ == "pobj" and token.head.lower_ in ("on", "to")) and (
        token.head.head.lemma_.lower() in ("blame", "attribute", "pin")
    ):
        return "agent", "attack"  # "an attack blamed on ADF rebels", "attributed to the RSF"
    if token.dep_ == "pobj" and token.head.lower_ in ("against", "on", "targeting"):
        return "patient", ""  # "an attack against AMISOM", "fired on soldiers"
    if (
        token.dep_ == "pobj"
        and token.head.lower_ == "at"
        and token.head.head.lemma_.lower() in ("shoot", "fire", "shell")
    ):
        return "patient", ""  # "shooting at people as they fled"
    return "", ""


def _name_head(token: Token) -> Token:
    """The head of the capitalised name a word ends ("Sudan" of "the United Nations Mission
    in South Sudan": "Mission")."""
    while (
        token.dep_ in ("pobj", "compound")
        and token.head is not token
        and (token.dep_ == "compound" or token.head.dep_ == "prep")
    ):
        head = token.head if token.dep_ == "compound" else token.head.head
        if not head.text[:1].isupper():
            break
        token = head
    return token


#: Verbs of condemning a deed, whose "by" names the deed's doers when the parser hangs it
#: on them.
_CONDEMNING = frozenset({"condemn", "denounce", "deplore", "decry"})


#: What a side holds, hit as theirs: "a position of the Twirwaneho".
_HELD_PLACES = frozenset(
    {"position", "positions", "base", "bases", "camp", "camps", "stronghold", "strongholds",
     "hideout", "hideouts", "convoy", "convoys", "post", "posts", "headquarters", "depot"}
)  # fmt: skip


#: Words for a body of people whose "of" names who they are.
_COLLECTIVES = frozenset(
    {"group", "band", "gang", "crowd", "mob", "squad", "unit", "team",
     # ("dozens of masked settlers stormed the village")
     "dozens", "hundreds", "scores", "handful",
     # ("Members of Burkina Faso's government-backed militia, the VDP, killed")
     "members", "elements"}
)  # fmt: skip


def _closing_teller(token: Token) -> bool:
    """The source a sentence closes on, which the parser hangs on the last object told
    ("... wounding three others, a police officer in the town said."): it told the deed,
    it did not suffer it."""
    text = token.doc.text
    while token.dep_ == "compound" and token.head is not token:
        token = token.head  # ("the Upper East Regional Police Command has confirmed")
    if text[: token.left_edge.idx].rstrip().endswith(",") and _CLOSING_SAID.match(
        text, token.idx, token.sent.end_char
    ):
        return True  # "..., setting homes on fire, police and a human rights group said."
    if token.dep_ != "appos":
        return False
    after = token.right_edge.i + 1
    if after >= len(token.doc):
        return False
    verb = token.doc[after]
    return verb.dep_ == "ROOT" and verb.lemma_.lower() in SPEECH_VERBS and verb.i > token.head.i


#: The rest of a sentence that closes on its tellers: "police and a rights group said."
_CLOSING_SAID = re.compile(
    r"[\w'’-]+(?: (?:and|or) (?:an? |the )?(?:[\w'’-]+ ){0,3}[\w'’-]+)? (?:(?:has|have|had) )?"
    r"(?:said|says|reported|confirmed|announced|stated|"
    r"told (?:AFP|Reuters|reporters|journalists))[.!]?[\s\"”]*$"
)


#: Words of a toll whose counted subject is its victims, in a note's shorthand ("Several
#: Boko Haram killed.", "22 rebels dead"): the verb has no object.
_TOLL_WORDS = frozenset({"kill", "killed", "dead", "wound", "wounded", "injure", "injured"})
_QUANTIFIERS = frozenset({"several", "many", "some", "dozens", "scores", "numerous"})


def _headline_passive(verb: Token) -> bool:
    """A passive told without its auxiliary, as headlines and notes tell it ("policemen
    attacked and injured by unknown group", "Police officer shot dead by gunmen"): the
    parser takes the sufferer for the verb's subject, but the doer follows "by"."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    chain = [verb] + [
        c
        for c in verb.children
        if c.dep_ == "conj"
        and c.tag_ in ("VBD", "VBN")
        and not any(g.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for g in c.children)
    ]
    if any(c.dep_ in ("dobj", "obj") for v in chain for c in v.children):
        return False
    return any(c.dep_ == "agent" for v in chain for c in v.children)


def _counted_dead(token: Token) -> bool:
    head = token.head
    if head.lower_ not in _TOLL_WORDS and head.lemma_.lower() not in _TOLL_WORDS:
        return False
    if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "attr") for c in head.children):
        return False  # "Boko Haram killed three farmers"
    return any(
        c.dep_ == "nummod" or (c.dep_ == "amod" and c.lower_ in _QUANTIFIERS)
        for c in token.children
    )


def _actor(doc: Doc, found: Found | None, fallback: tuple[str, int], country: str | None) -> Actor:
    if found is None:
        return Actor(actor_name(_acled_kind(fallback[0]), country), fallback[1], None)
    span = Span(found.start, found.end, text_of(doc)[found.start : found.end])
    inter = found.inter
    occupier = _table_part("occupying_forces").get(country or "")
    if occupier and found.template == ARMY_OF_THE_COUNTRY:
        # "soldiers responded with live fire" in the West Bank: Israel's army
        return Actor(actor_name(f"Military Forces of {occupier}", None), 8, span)
    lands = _herders_of().get(found.template)
    if lands is not None and country and country not in lands and _HERDERS.fullmatch(span.text):
        # South Sudan's or Kenya's herders are no Fulani
        return Actor(actor_name(COMMUNAL[0], country), COMMUNAL[1], span)
    if found.template == UNIDENTIFIED[0] or found.template.startswith(PRIVATE):
        # (the words before the mention too: "Amba fighters", of which "fighters" is told)
        before = text_of(doc)[max(0, found.start - GENERIC_REACH) : found.start]
        told = before + span.text
        for pattern, name, code in _generic_by_country().get(country or "", ()):
            if any(m.end() > len(before) for m in pattern.finditer(told)):
                # Cameroon's "separatists": the Ambazonians; Thailand's rangers: its army's
                return Actor(actor_name(name, country), code, span)
    branch = _branch_named(doc) if found.template == _ANY_BRANCH else None
    if branch is not None:
        # "members of the Islamic State" in a report naming "the Islamic State in the
        # Sahel": that branch
        return Actor(branch[0], branch[1], span)
    named = _STATE_OF.match(found.template)
    if named and "{country}" not in found.template and country:
        # a state's forces are state forces (1) at home and external forces (8) abroad
        inter = 1 if _country_of_state(named.group(1)) == country else 8
    return Actor(actor_name(_acled_kind(found.template), country), inter, span)


_HERDERS = re.compile(r"(?:armed |cattle |local )?(?:herders|herdsmen)", re.IGNORECASE)
#: A group told by its bare name, that ACLED names by the branch active where it fought.
_ANY_BRANCH = "Islamic State ({country})"


def _branch_named(doc: Doc) -> tuple[str, int] | None:
    """The one branch of the group a report names by the branch's own name ("Islamic State
    West Africa Province", "the Islamic State in the Sahel"), if it names one."""
    key = "eventwire.branch_named"
    if key not in doc.user_data:
        text = text_of(doc)
        branches = {
            (name, inter)
            for regex, name, inter, _ in alias_table()
            if name.startswith(_ANY_BRANCH.split(" (")[0])
            and "{country}" not in name
            and regex.search(text)
        }
        doc.user_data[key] = branches.pop() if len(branches) == 1 else None
    branch: tuple[str, int] | None = doc.user_data[key]
    return branch


@lru_cache(maxsize=1)
def _herders_of() -> dict[str, frozenset[str]]:
    """The people bare "herders" name, with the countries they are meant in."""
    table: dict[str, list[str]] = load_json("actors.json")["herders_of"]
    return {template: frozenset(lands) for template, lands in table.items()}


def occupied(country: str | None) -> bool:
    """Whether another state's forces hold `country`'s ground (the West Bank's)."""
    return bool(_table_part("occupying_forces").get(country or ""))


#: How far before an unnamed side's word its country's name for it may start.
GENERIC_REACH = 12


@lru_cache(maxsize=1)
def _generic_by_country() -> dict[str, tuple[tuple[re.Pattern[str], str, int], ...]]:
    """Per country, the unnamed fighters' words its conflict gives one name."""
    table: dict[str, list[list[Any]]] = load_json("actors.json")["generic_by_country"]
    return {
        country: tuple((re.compile(rf"\b(?:{p})\b", re.IGNORECASE), n, c) for p, n, c in rows)
        for country, rows in table.items()
    }


REBELS = "Rebel Group ({country})"
#: Unnamed soldiers: the army of the event's country.
ARMY_OF_THE_COUNTRY = "Military Forces of {country}"


def _named_rebels(doc: Doc, found: list[Found], country: str | None) -> list[Found]:
    """ "The guerrillas", "the terrorists", in a report naming one rebel group (of its
    country): that group."""
    text = text_of(doc)
    generic = [
        f
        for f in found
        if f.template == REBELS
        or (f.template == UNIDENTIFIED[0] and _TERRORISTS.fullmatch(text, f.start, f.end))
    ]
    if not generic:
        return found
    named = _of_the_country(find_actors(doc, 0, len(text)), country)
    # (not a group named only as a party to talks: "to derail peace talks between Bangkok
    # and the Barisan Revolusi Nasional")
    named = [f for f in named if _a_rebel_group(doc, f) and not told_in_passing(text, f)]
    groups = {f.template: f.inter for f in named}

    def group_of(f: Found) -> tuple[str, int] | None:
        # the group named last before the word, else the report's only one ("killing three
        # rebels", after the ADF's raid, is the ADF's, whatever the M23 did in 2025)
        before = [g for g in named if g.end <= f.start]
        if before:
            last = max(before, key=lambda g: g.start)
            return last.template, last.inter
        return next(iter(groups.items())) if len(groups) == 1 else None

    out = []
    for f in found:
        group = group_of(f) if f in generic else None
        out.append(dataclasses.replace(f, template=group[0], inter=group[1]) if group else f)
    return out


#: The plain word a government's reports use for the one rebel group they tell of.
_TERRORISTS = re.compile(r"terrorists|insurgents|jihadists", re.IGNORECASE)


def _a_rebel_group(doc: Doc, found: Found) -> bool:
    """A rebel group named as itself ("the FMLN", "Shining Path"), not only as backing
    another side or denying a part ("JEM militiamen supporting government troops")."""
    return (
        found.role == "armed"
        and found.inter == 2
        and found.template != REBELS
        and found.verb not in ASIDE_VERBS
        and not _ASIDE.match(text_of(doc), found.end)
        # ("JNIM, al Qaeda's affiliate in the Sahel": the group's parent, named in passing)
        and not _PARENT_OF.match(text_of(doc), found.end)
    )


#: A group named as the parent of another: "al Qaeda's affiliate", "IS's branch".
_PARENT_OF = re.compile(
    r"['’]s?\s+(?:\w+\s+)?(?:affiliates?|branch(?:es)?|franchises?|offshoots?|wings?|"
    r"allies|ally|arm|splinter)\b",
    re.IGNORECASE,
)


#: Verbs of a group that stands beside an event: backing a side, or denying a part in it.
ASIDE_VERBS = frozenset({"support", "back", "assist", "aid", "help", "deny", "join", "ally"})
_ASIDE = re.compile(r"\s+(?:supporting|backing|assisting|aiding|helping|allied|den(?:y|ies|ied))\b")


def _acled_kind(template: str) -> str:
    """A militia no name or people identifies is, in ACLED's naming, an unidentified armed
    group; its kind (a political militia, 3) stays in its inter code."""
    return UNIDENTIFIED[0] if template == POLITICAL_MILITIA else template


_STATE_OF = re.compile(
    r"(?:Military|Police) Forces of (?:the )?(.+?)(?: Popular Mobilization Forces)?$"
)


def _country_of_state(state: str) -> str:
    """The country a state's forces are at home in: Somaliland's, Somalia."""
    return _table_part("states_within").get(state, state)


def _of_the_country(found: list[Found], country: str | None) -> list[Found]:
    """The actors less groups of one country named in an event of another ("Maoists" in
    Peru are no CPI (Maoist))."""
    only = _table_part("only_in")
    return [f for f in found if country is None or only.get(f.template, country) == country]


@lru_cache(maxsize=4)
def _table_part(key: str) -> dict[str, str]:
    part: dict[str, str] = load_json("actors.json")[key]
    return part


def _first(items: list[Found], *, roles: tuple[str, ...], prefer: str = "agent") -> Found | None:
    chosen = [f for f in items if f.role in roles]
    preferred = [f for f in chosen if f.syntax == prefer]
    if preferred:
        return preferred[0]
    # (nor the source a sentence closes on: "..., a police officer said")
    unmarked = [
        f
        for f in chosen
        if f.syntax != ("patient" if prefer == "agent" else "agent") and f.syntax != "teller"
    ]
    # an actor that is only ever the target is not the initiator
    pool = unmarked if prefer == "agent" else (unmarked or chosen)
    return pool[0] if pool else None


def code_actors(doc: Doc, mention: EventMention, country: str | None) -> ActorCoding:
    """actor1/actor2 (+ associated actors) in ACLED's naming, for the event's country."""
    coding = _clan_told(_code_actors(doc, mention, country), doc, mention, country)
    if country != "Somalia":
        return coding
    return contingents(coding, doc, mention)


#: Clans named in a report: its unidentified gunmen are a clan's militia.
_CLANS = re.compile(r"\b(?:sub-?)?clans?\b", re.IGNORECASE)
CLAN = ("Unidentified Clan Militia ({country})", 4)


def _clan_told(
    coding: ActorCoding, doc: Doc, mention: EventMention, country: str | None
) -> ActorCoding:
    """Unidentified gunmen in a paragraph that tells of clans ("The motive is believed to be
    clan revenge") are an unidentified clan militia, as ACLED codes them (inter 4)."""
    one = coding.actor1
    if one is None or one.name != actor_name(UNIDENTIFIED[0], country):
        return coding
    text = text_of(doc)
    start = paragraph_start(text, mention.start)
    paragraph = text[start : paragraph_end(text, mention.start, mention.end)]
    if not _CLANS.search(paragraph):
        return coding
    clan = dataclasses.replace(one, name=actor_name(CLAN[0], country), inter=CLAN[1])
    return dataclasses.replace(coding, actor1=clan)


#: The states whose troops serve in Somalia under the African Union's mission: ACLED names
#: them as the mission's contingents there ("AMISOM: African Union Mission in Somalia
#: (2007-) (Kenya)" for KDF troops in Jubaland).
MISSION = "AMISOM: African Union Mission in Somalia"
CONTRIBUTORS = ("Burundi", "Djibouti", "Ethiopia", "Kenya", "Sierra Leone", "Uganda")
#: A contributor's name or people ("AMISOM-Ethiopia forces", "Burundian troops").
_CONTRIBUTOR_STEMS = tuple(c[:-1] for c in CONTRIBUTORS)
_CONTRIBUTOR_WORD = {c: re.compile(rf"\b{c[:-1]}") for c in CONTRIBUTORS}
#: How near the mission's name a contributor's name or people says whose troops they were.
CONTINGENT_WINDOW = 30


def contingents(coding: ActorCoding, doc: Doc, mention: EventMention) -> ActorCoding:
    """A contributor's troops in Somalia as the mission's contingent; the mission as the
    contingent of the one contributor the passage names beside it ("AMISOM/KDF convoy")."""
    found = find_actors(doc, mention.start, mention.end)
    named = {c for f in found for c in CONTRIBUTORS if f.template == MILITARY[0].format(country=c)}
    # "AMISOM-Ethiopia forces", "AMISOM (Burundians)", "Burundian contingent of AMISOM"
    for f in found:
        if f.template.startswith(MISSION):
            near = text_of(doc)[max(0, f.start - CONTINGENT_WINDOW) : f.end + CONTINGENT_WINDOW]
            named |= {c for c in CONTRIBUTORS if _CONTRIBUTOR_WORD[c].search(near)}

    def contingent(actor: Actor) -> Actor:
        state = _STATE_OF.match(actor.name)
        if actor.name.startswith("Military") and state and state.group(1) in CONTRIBUTORS:
            return dataclasses.replace(actor, name=f"{MISSION} ({state.group(1)})", inter=8)
        if actor.name == MISSION and len(named) == 1:
            return dataclasses.replace(actor, name=f"{MISSION} ({next(iter(named))})")
        return actor

    one = contingent(coding.actor1) if coding.actor1 else None
    two = contingent(coding.actor2) if coding.actor2 else None
    if one and two and one.name == two.name and (one, two) != (coding.actor1, coding.actor2):
        two = None  # "AMISOM/KDF" was one side told twice
    names = {a.name for a in (one, two) if a}
    allies = tuple(a for a in map(contingent, coding.assoc_actor_1) if a.name not in names)
    return ActorCoding(one, two, allies, tuple(map(contingent, coding.assoc_actor_2)))


#: Verbs of laying a deed at another's door.
_ACCUSING = frozenset({"accuse", "blame"})
#: Crowds fighting each other, not a crowd attacking its victims.
_CROWDS_FOUGHT = re.compile(r"\b(?:clash\w*|fought|fight(?:s|ing)?|brawl\w*|scuffle\w*)\b", re.I)


#: Two peoples told as the sides of a fight: "between members of the Azza and Bani Tamim
#: tribes".
_PEOPLES_FOUGHT = re.compile(
    r"\bbetween\b[^.;]{0,80}?\b(?:tribes|clans|sub-?clans|communities|families|ethnic groups)\b",
    re.IGNORECASE,
)


def _code_actors(doc: Doc, mention: EventMention, country: str | None) -> ActorCoding:
    etype, sub = mention.event_type, mention.sub_event_type
    found = _sides(doc, mention, mention.start, mention.end, country)
    accused = [f for f in found if f.role == "armed" and f.syntax == "patient"]
    if any(f.verb == "carry" and f.role == "armed" for f in found) or (
        accused and any(f.syntax == "agent" and f.verb in _ACCUSING for f in found)
    ):
        # (the accuser is no side: "The Taliban administration accused Pakistan of carrying
        # out air strikes ..., killing five civilians", "The military also blamed the NPA
        # for the burning of a backhoe")
        accusers = [f for f in found if f.syntax == "agent" and f.verb in _ACCUSING]
        found = [f for f in found if f not in accusers]
        if accusers:
            # (and the accused is the doer told: "SPLA/M-IO accuse military of burning
            # villages"; not the target of a strike "carried out" against it)
            found = [dataclasses.replace(f, syntax="") if f in accused else f for f in found]
    armed = [f for f in found if f.role == "armed"]
    # (a militia counted with the forces it fights beside is theirs, no foe: "At least 30
    # soldiers and VDP were killed")
    armed = [
        f
        for f in armed
        if f.inter in (1, 8)
        or not any(
            g.inter in (1, 8) and g.syntax == f.syntax == "patient" and _joined(doc, g, f)
            for g in armed
        )
    ]
    # ("On Monday, the two groups clashed again": the pair the report named before)
    pair_told = bool(_THE_TWO.search(text_of(doc), mention.start, mention.end))
    if (
        not armed
        and etype not in ("Protests", "Riots")
        and (pair_told or not _told_apart(text_of(doc), mention))
        # (nor a list item, an incident of its own, nor a passage whose doer a claim or a
        # blame names: "Local authorities attributed the strike to the RSF")
        and list_item_start(text_of(doc), mention.start) is None
        and _claimant(doc, mention) is None
        # (a mine left from a war is no side's deed the report's opening tells: "a shepherd
        # was killed when a landmine exploded")
        and not _LEGACY_WEAPON.search(text_of(doc), mention.start, mention.end)
        # (nor a paragraph opening another incident: "Later on Wednesday, ... three crude
        # bombs were hurled at a gathering")
        and (pair_told or not _opens_another_incident(doc, mention))
        # (nor a deed its paragraph tells no one claimed: "No group claimed the blast")
        and not _NONE_CLAIMED.search(
            text_of(doc),
            mention.start,
            paragraph_end(text_of(doc), mention.start, mention.end),
        )
        # (nor a fight between peoples the passage names: "a dispute between members of the
        # Azza and Bani Tamim tribes escalated into a gunfight")
        and not _PEOPLES_FOUGHT.search(text_of(doc), mention.start, mention.end)
    ):
        # "SAF bomb Dalami. No casualties.": the passage's triggers are in a later
        # sentence than its actors; the report's opening names them (unless the passage
        # tells "a separate incident")
        # (within the roundup story the passage belongs to)
        section = section_bounds(text_of(doc), mention.start)[0]
        earlier = [
            f
            for f in _sides(doc, mention, section, mention.start, country)
            if f.role == "armed" and (f.syntax != "agent" or f.verb in ACTING_VERBS)
        ]
        if pair_told:
            earlier = _last_pair(doc, earlier)
        body = [f for f in earlier if paragraph_index(text_of(doc), f.start) > 0]
        if body and _headline_told(doc):
            # (the body's, not the headline's other party: "Bandits abduct dozens in
            # Zamfara as vigilantes and gunmen clash in Tsafe")
            earlier = body
        found, armed = earlier + found, earlier
    if etype == "Protests":
        crowd = _first(found, roles=("crowd",))
        crowd_actor = _actor(
            doc, crowd if crowd and crowd.inter == 6 else None, PROTESTERS, country
        )
        force = _first(armed, roles=("armed",))
        if sub == "Excessive force against protesters":
            return ActorCoding(_actor(doc, force, POLICE, country), crowd_actor)
        if sub == "Protest with intervention":
            return ActorCoding(crowd_actor, _actor(doc, force, POLICE, country))
        return ActorCoding(crowd_actor, None)
    if etype == "Riots":
        # a violent demonstration's crowd is rioters, never the militia it protests against
        inters = (5,) if sub == "Violent demonstration" else (4, 5)
        crowd = _first([f for f in found if f.inter in inters], roles=("crowd", "armed"))
        rioters = _actor(doc, crowd, RIOTERS, country)
        # (the forces told acting first: "Police fired tear gas", not "a new military
        # operation" the crowd protested)
        other = sorted(
            (f for f in armed if f.inter == 1),
            key=lambda f: not (f.syntax == "agent" and f.verb in _CROWD_CONTROL_VERBS),
        )
        if sub == "Mob violence":
            victim = _first(found, roles=("victim",), prefer="patient")
            passage = text_of(doc)[mention.start : mention.end]
            if victim is None and _CROWDS_FOUGHT.search(passage):
                # two crowds fought each other ("rival supporters clashed"): rioters both
                return ActorCoding(rioters, Actor(rioters.name, RIOTERS[1]))
            return ActorCoding(rioters, _actor(doc, victim, CIVILIANS, country))
        return ActorCoding(rioters, _actor(doc, other[0], POLICE, country) if other else None)
    if sub == "Air/drone strike":
        # (a group told as who appointed or backs a teller flew no aircraft: "according to
        # the county commissioner appointed by the opposition SPLM-IO")
        armed = [f for f in armed if not (f.syntax == "agent" and f.verb in _PATRON_VERBS)]
    if sub in FROM_AFAR:
        # (a side told as who uses or holds the place struck is what was hit: "hit an
        # ammunition depot used by the Syrian army")
        armed = [
            dataclasses.replace(f, syntax="patient", verb="")
            if _HELD_BY_BEFORE.search(text_of(doc), max(0, f.start - 30), f.start)
            # ("Port Sudan, the army's wartime seat of government": the place's holder)
            or _ITS_PLACE_AFTER.match(text_of(doc), f.end)
            else f
            for f in armed
        ]
        # (nor are the air defences that shot the drones down their senders: "drones
        # targeted a fuel depot ..., according to an army statement that said air defences
        # shot down most of them")
        armed = [
            dataclasses.replace(f, syntax="patient", verb="")
            if _AIR_DEFENCES.fullmatch(text_of(doc), f.start, f.end)
            else f
            for f in armed
        ]
    first = _first(armed, roles=("armed",))
    if (
        first is not None
        and first.syntax == "agent"
        and first.verb in SPEECH_VERBS - {"claim"}
        # (not a teller telling its own deed: "the Nigerian Air Force said its jets struck")
        and not _ITS_OWN_AFTER.match(text_of(doc), first.end)
    ):
        # "The Taliban government's spokesman said Pakistani jets bombed several houses": the
        # doers the teller names, not the teller
        doers = [
            f
            for f in armed
            if f.syntax == "agent" and f.verb not in SPEECH_VERBS and f.start > first.start
        ]
        first = doers[0] if doers else first
    passage = text_of(doc)[mention.start : mention.end]
    if (
        sub == "Air/drone strike"
        and not any(f.inter in (1, 8) for f in armed)
        # (named only as who appointed a teller: "the commissioner appointed by the SPLM-IO")
        and not any(f.syntax == "agent" and f.verb in ACTING_VERBS | VIOLENT_VERBS for f in armed)
        and _FORCES_TELL.search(passage)
    ):
        # "The Malian army said ... drone strikes ... had neutralised 'dozens of
        # terrorists'": the forces tell of their own strike, and whom it hit
        target = _actor(doc, first, UNIDENTIFIED, country) if first is not None else None
        return ActorCoding(_actor(doc, None, MILITARY, country), target)
    # (a development is nobody's claim, save property destroyed: "The military also blamed
    # the NPA for the burning of a backhoe")
    claimant = (
        _claimant(doc, mention)
        if etype != "Strategic developments" or sub == "Looting/property destruction"
        else None
    )
    if claimant is not None and (
        first is None
        or first.template in (UNIDENTIFIED[0], ISLAMIST)
        or (first.inter in (1, 8) and first.syntax != "agent")
        # ("a Taliban police spokesman said": the teller, not the bomber)
        or (first.syntax == "agent" and first.verb in SPEECH_VERBS - {"claim"})
        or (
            first.syntax == ""
            and first.inter not in (1, 8)
            and claimant.template not in UNNAMED_SIDES
            and not claimant.template.startswith(_KIND_ONLY)
        )
    ):
        # (a group claiming says more than "gunmen" or "jihadists", than forces told as no
        # one's attackers, "a police checkpoint", or than a group named in passing: "a
        # leader of the Civilian Joint Task Force, a local militia, said nine had died")
        first = claimant
    elif (
        first is not None
        and first.inter == 1
        and first.syntax == "agent"
        and first.verb in SPEECH_VERBS - {"claim"}
        and etype in ("Explosions/Remote violence", "Violence against civilians")
        and sub != "Air/drone strike"
        and _UNKNOWN_DOERS.search(text_of(doc), mention.start, mention.end)
    ):
        # "police said they had not identified the attackers": the teller, not the bomber
        first = None
    if first is not None and first.template in (UNIDENTIFIED[0], ISLAMIST):
        # a named or identity group in the passage says more than "gunmen" or "jihadists"
        better = [f for f in armed if f.template not in (UNIDENTIFIED[0], ISLAMIST)]
        # (guards who fought back are the attacked, not a name for the attackers)
        better = [
            f
            for f in better
            if f.syntax != "patient"
            and f.inter != 1
            and not f.template.startswith(PRIVATE)
            and not told_in_passing(text_of(doc), f)
            # (nor the attacked side named again: "Eight Volunteers for the Defence of the
            # Homeland (VDP) were killed ... when armed men attacked")
            and not any(g.template == f.template and g.syntax == "patient" for g in armed)
        ]
        first = better[0] if better else first
    if (
        sub == "Air/drone strike"
        and first is not None
        and first.inter not in (1, 8)
        and (
            first.syntax != "agent"
            # (or the doers of another sentence's deed: "... terrorists had attacked the
            # position. Air support then pursued the attackers")
            or re.search(r"[.!?]\s", text_of(doc)[first.end : mention.trigger.start]) is not None
        )
        and not _BY_DRONE.search(text_of(doc), mention.start, mention.end)
        # (with forces named, the bomber and the forces are sorted below)
        and not _state_forces(armed)
    ):
        # "Air support then pursued the attackers ..., 'neutralising dozens of terrorists'":
        # aircraft are a state's; the group named is what they struck
        first = None
    second_side: Found | None = None  # the other community of a communal fight
    if etype == "Battles":
        first = _battle_first(armed, first, country)
        if sub in TERRITORY:
            taker = _taker(doc, armed, sub)
            # the state regains ground even when the passage names only the side that lost it
            first = None if taker is None and sub == TERRITORY[0] else taker or first
        pair = _communal_pair(doc, mention, found)
        if pair is not None and (first is None or first.inter not in (1, 8)):
            first = pair[0]
            second_side = pair[1]
    mourner = _mourner(doc, mention) if etype == "Explosions/Remote violence" else None
    if mourner is not None and first is not None and first.template == mourner.template:
        first = None  # ("Hezbollah later mourned him as one of its members": whose man was hit)
    unnamed_bomber = False
    bomber: Found | None = None  # who fired, when the forces fired on come first
    forces_hit: Found | None = None  # the forces fired on, when the bomber comes first
    # foreign forces told as striking from the air or from afar, and whom they killed, are
    # the known bomber ("air strikes by the Saudi-led coalition killed 14 people")
    striker = (
        first is not None
        and first.inter == 8
        and first.syntax == "agent"
        and sub in FROM_AFAR
        # (or a group it struck: "U.S. Africa Command said it had carried out an airstrike
        # against al Shabaab ..., in coordination with the Somali federal government")
        and any(
            f.role == "victim" or (f.inter in (2, 3, 4) and f.syntax == "patient") for f in found
        )
    )
    if (
        etype == "Explosions/Remote violence"
        and (first is None or first.inter != 1)
        and not striker
    ):
        # a bomb or shell on the state's or a mission's forces: ACLED's notes list the
        # forces first whoever fired ("al Shabaab fired mortars at the AMISOM base": AMISOM
        # first; 70 of the 83 such notes in the 2016 file)
        # forces told doing something else are not what the bomber hit ("RSF shells hit a
        # camp near El Fasher, the last city still held by the army"; "rockets hit the base
        # ... security forces later found the launcher")
        state = [
            f
            for f in _state_forces(armed)
            if f is first or f.syntax != "agent" or f.verb in ACTING_VERBS
        ]
        blamed = (
            _claimant(doc, mention) if state and first is None and not has_notes(country) else None
        )
        if state and first is None and sub == "Air/drone strike" and state[0].syntax != "patient":
            first = state[0]  # "a drone strike killed seven, blaming the military": its own
        elif blamed is not None and blamed.inter not in (1, 8):
            # (where no notes tell the country's habit, the group the report blames or that
            # claimed it set the bomb, the forces hit the other side: "blamed the ELN for two
            # attacks ... a motorcycle loaded with explosives blew up outside the police
            # station in Tame")
            first, forces_hit = blamed, state[0]
        elif (
            state
            and (first is None or has_notes(country))
            # (forces an unnamed aircraft struck are its target: the report's striker, told
            # before, flew it)
            and not (sub == "Air/drone strike" and first is None and state[0].syntax == "patient")
        ):
            unnamed_bomber = True
            if state[0] is not first:  # (a foreign state's forces that fired hit no forces)
                bomber, first = first, state[0]
        elif state and state[0] is not first:
            # where no notes tell the country's habit, a named bomber is the initiator and
            # the forces hit the other side ("Islamic State claimed the roadside bomb that
            # struck an Iraqi army Humvee")
            forces_hit = state[0]
    if etype == "Violence against civilians":
        first = _perpetrator(doc, found, first)
    if etype in ("Violence against civilians", "Battles") and (
        first is None or first.template in UNNAMED_SIDES
    ):
        first = _from_community(doc, mention, first)
    if etype == "Violence against civilians" and (first is None or first.inter == 3):
        # "an angry mob lynched a suspected thief": ACLED codes the mob a vigilante militia
        mob = [
            f
            for f in found
            if f.template == RIOTERS[0]
            # ("beaten and set on fire by a crowd of residents")
            or (
                f.role == "crowd"
                and _BY_A_CROWD_OF.search(text_of(doc), max(0, f.start - 30), f.start)
            )
        ]
        if mob and (first is None or first.template == UNIDENTIFIED[0]):
            first = dataclasses.replace(mob[0], template=VIGILANTE[0], inter=VIGILANTE[1])
    if etype == "Violence against civilians":
        if (
            first is not None
            and first.template.startswith(PRIVATE)
            and _ALONG_WITH_BEFORE.search(text_of(doc), max(0, first.start - 60), first.start)
        ):
            first = None  # ("killed the general ..., along with his wife, daughter, and
            # security guard": the guard among the dead, no attacker)
        victims = [f for f in found if f.role in ("victim", "crowd") and f is not first]
        text = text_of(doc)[mention.start : mention.end]
        # a killing at a protest or in custody with no perpetrator named: the state's forces
        default = POLICE if _STATE_CONTEXT.search(text) else UNIDENTIFIED
        actor1 = _actor(doc, first, default, country)
        # the state's forces beating or shooting a demonstration: ACLED names the victims
        # protesters, not civilians
        at_protest = first is not None and first.inter == 1 and _AT_A_PROTEST.search(text)
        template, inter = PROTESTERS if at_protest else CIVILIANS
        span = _span(doc, victims[0] if victims else None)
        return ActorCoding(actor1, Actor(actor_name(template, country), inter, span))
    if etype == "Strategic developments":
        default = POLICE if sub == "Arrests" else UNIDENTIFIED
        passage = text_of(doc)[mention.start : mention.end]
        party = next((f for f in armed if f.inter != 1), None)
        if sub == "Agreement" and _GOVERNMENT.search(passage):
            # "Government signs peace deal with SSNLM": the group and the government, in
            # the order of ACLED's notes
            government = Actor(actor_name(GOVERNMENT, country), 1)
            return ActorCoding(_actor(doc, party, UNIDENTIFIED, country), government)
        if (
            sub == "Arrests"
            and first is not None
            and first.inter != 1
            and not (first.syntax == "agent" and first.verb in _ARRESTING_VERBS)
            and not _raided_and_arrested(doc, first)
        ):
            # (the arrested's side is no arrester: "the joint team ... arrested four suspects"
            # after "the hoodlums" were told; the state's forces told, else the police)
            first = next((f for f in armed if f.inter == 1), None)
        if first is None and sub == "Arrests":
            # (the arresters told as the subject of the deed before, the passage cut at "and":
            # "troops raided Beita ..., and early on Wednesday detained the gunman's father")
            first = _subject_before_and(doc, mention)
        if first is None and sub != "Arrests" and armed:
            first = armed[0]  # "troops have been deployed to Miriki": the forces moved
        if first is None and sub == "Disrupted weapons use":
            # "an IED was defused near the market": no one named disrupted it, and ACLED
            # gives such a deed to the state's forces
            default = MILITARY
        elif first is None and _A_GOVERNMENTS_DEED.search(passage):
            # "Government released 812 detainees", "was elected president"
            default = (GOVERNMENT, 1)
        if sub == "Non-violent transfer of territory":
            # "troops withdrew from their post ... Islamic State fighters entered the town":
            # the side that took it over
            entered = [f for f in armed if f.syntax == "agent" and f.verb in _ENTERING]
            first = entered[0] if entered else first
        rest = [
            f
            for f in found
            if (first is None or (f.template != first.template and not _joined(doc, first, f)))
            # (nor the state's other force doing it beside the first: "soldiers and police
            # raided several houses ... and arrested 12 suspected members of Los Lobos")
            and not (
                sub in ("Arrests", "Disrupted weapons use")
                and first is not None
                and _fellow_forces(doc, first, f)
            )
            # (not who told it: "an official statement said")
            and not (f.syntax in ("agent", "teller") and f.verb in SPEECH_VERBS)
            # (nor who helped: "with intelligence support from the US-led coalition")
            and not _SUPPORTING.search(text_of(doc)[max(0, f.start - 40) : f.start])
            # (nor the named doers' men again: "the NPA ... about six armed men ordered the
            # workers to leave before setting the vehicles on fire")
            and not (
                sub == "Looting/property destruction"
                and first is not None
                and first.template not in UNNAMED_SIDES
                and f.template in UNNAMED_SIDES
                and f.syntax == "agent"
            )
        ]
        actor1 = _actor(doc, first, default, country)
        # (not the default's own name again: "its activists were arrested" after "police";
        # nor forces told by kind beside a state's named ones: "Israeli bulldozers escorted
        # by soldiers")
        rest = [
            f
            for f in rest
            if actor_name(f.template, country) != actor1.name
            and not (
                first is not None
                and first.inter in (1, 8)
                and "{country}" not in first.template
                and f.inter == 1
                and "{country}" in f.template
            )
        ]
        if (
            rest
            and rest[0].role == "crowd"
            and not _AT_A_PROTEST.search(text_of(doc)[mention.start : mention.end])
        ):
            # "houses ... whose residents had already abandoned it": people, no crowd
            rest[0] = dataclasses.replace(rest[0], template=CIVILIANS[0], inter=CIVILIANS[1])
        members = [
            f
            for f in rest
            if f.inter in (2, 3, 4) and f.template not in UNNAMED_SIDES and _told_as_members(doc, f)
        ]
        if rest and rest[0].role == "victim" and members:
            # "Three men, whom the police described as members of al Shabaab, were
            # arrested": the group's men, not civilians
            rest = members
        target = _actor(doc, rest[0], UNIDENTIFIED, country) if rest else None
        if (
            sub == "Non-violent transfer of territory"
            and first is not None
            and first.verb in _ENTERING
            and not (
                rest and _FROM_SIDE.search(text_of(doc), max(0, rest[0].start - 12), rest[0].start)
            )
        ):
            # ("troops withdrew ... fighters entered the town": no second side, the ground
            # changed hands without a fight, as ACLED codes it; unless it was taken from one)
            target = None
        if target is None and sub == "Arrests" and actor1.inter == 1:
            # the forces held someone not told as a side ("gendarmes arrested Dicko, a
            # presenter at a community radio station"): a civilian, as ACLED codes the held
            target = Actor(actor_name(CIVILIANS[0], country), CIVILIANS[1])
        allies = _allies(doc, first, armed, country, {actor1.name, target.name if target else ""})
        return ActorCoding(actor1, target, assoc_actor_1=allies)
    # (named as coded: "Israeli forces" and "an Israeli soldier" in the West Bank are one side)
    first_name = _actor(doc, first, UNIDENTIFIED, country).name if first is not None else None
    first_template = first.template if first is not None else None
    passage = text_of(doc)[mention.start : mention.end]
    others = [
        f
        for f in armed
        if f is not first
        and (
            _actor(doc, f, UNIDENTIFIED, country).name != first_name or _INFIGHTING.search(passage)
        )
        and not (first is not None and _joined(doc, first, f))
        # ("FARDC" and "a soldier" are one side, unless the passage tells of infighting)
        and not _SUPPORTING.search(text_of(doc)[max(0, f.start - 40) : f.start])
        and not _restated(f, armed)
    ]
    # a named group says more than "militants"
    others.sort(key=lambda f: f.template == UNIDENTIFIED[0])
    if etype == "Explosions/Remote violence":
        # a group only named in passing ("linked to al-Qaeda") is not the target; the
        # bomber is the second side when the forces it hit come first
        # (a claimant named in another sentence is the bomber too: "He blamed al Shabaab")
        claimed = bomber is not None and bomber is claimant and bomber.template != first_template
        # (herders or villagers a strike killed are its civilian dead, not a people's militia)
        others = [f for f in others if not _PEOPLE_AT_WORK.search(text_of(doc), f.start, f.end)]
        if any(f.role == "victim" for f in found):
            # (a group named only in the forces' quoted word for whom they aimed at is no
            # side the strike is told to have hit: "killed five people ... the military said
            # it had targeted 'a Hamas terrorist'")
            others = [f for f in others if not _in_quoted_claim(doc, f)]
        others = (
            [f for f in others if f.syntax == "patient"]
            # (whose men were killed: "killing two men described ... as members of the PKK")
            or [
                f
                for f in others
                if f.inter in (2, 3, 4)
                and f.template not in UNNAMED_SIDES
                and _told_as_members(doc, f)
            ]
            or [f for f in others if f is bomber]
            or ([bomber] if claimed and bomber else [])
        )
    if etype == "Battles" and first is not None and first.inter not in (1, 8):
        # the forces' foe listed first: the forces are the other side
        others.sort(key=lambda f: f not in _state_forces(others))
    if (
        etype == "Battles"
        and first is not None
        and first.inter == 1
        and not _INFIGHTING.search(passage)
        and any(f.inter not in (1, 8) for f in others)
    ):
        # "Militants attacked a police station ..., in the deadliest assault on security
        # forces in months": the state's forces told twice, and their foe (another state's
        # forces, abroad, stay a side: "Afghan and Pakistani forces exchanged fire")
        others = [f for f in others if _actor(doc, f, UNIDENTIFIED, country).inter != 1]
    actor2: Actor | None = None
    alone = False  # the forces named alone in a battle, their foe unnamed
    if others:
        named = [f for f in others if f.template != UNIDENTIFIED[0]]
        actor2 = _actor(
            doc, _first(named or others, roles=("armed",), prefer="patient"), UNIDENTIFIED, country
        )
    elif etype == "Battles" and first is not None and _INFIGHTING.search(passage):
        actor2 = _actor(doc, first, UNIDENTIFIED, country)  # "army infighting": both sides
    elif etype == "Battles" or unnamed_bomber:
        actor2 = _actor(doc, None, UNIDENTIFIED, country)
        alone = etype == "Battles" and forces_hit_alone(armed, text_of(doc))
    else:
        victims = [f for f in found if f.role in ("victim", "crowd")]
        if victims:
            actor2 = Actor(actor_name(CIVILIANS[0], country), 7, _span(doc, victims[0]))
        elif (
            sub in _PLANTED
            and first is not None
            and first.inter in (1, 8)
            and (
                first.syntax == "patient"
                or _HIT_BEFORE.search(text_of(doc), max(0, first.start - 60), first.start)
            )
        ):
            # "a bomb hidden in a parked motorcycle exploded near a police van": the forces
            # hit, by someone unnamed
            actor2 = _actor(doc, None, UNIDENTIFIED, country)
    if actor2 is None and forces_hit is not None:
        actor2 = _actor(doc, forces_hit, UNIDENTIFIED, country)
    if mourner is not None and (actor2 is None or actor2.inter == CIVILIANS[1]):
        actor2 = _actor(doc, mourner, UNIDENTIFIED, country)  # the group whose men were hit
    if etype == "Battles" and claimant is None:
        claimant = _mourner(doc, mention)  # "Islamic Jihad said the two men were its members"
    if (
        etype == "Battles"
        and claimant is not None
        and first is not None
        and claimant.template != first.template
        and (
            actor2 is None
            or actor2.name in (actor_name(UNIDENTIFIED[0], country), actor_name(ISLAMIST, country))
        )
    ):
        actor2 = _actor(doc, claimant, UNIDENTIFIED, country)  # the group that claimed the raid
    if second_side is not None and (
        actor2 is None
        or actor2.name in {actor_name(t, country) for t in (UNIDENTIFIED[0], *UNNAMED_SIDES)}
    ):
        actor2 = _actor(doc, second_side, UNIDENTIFIED, country)
    default = MILITARY if sub in ("Air/drone strike", "Armed clash", TERRITORY[0]) else UNIDENTIFIED
    if first is None and sub == "Air/drone strike" and _unknown_operator(doc, mention):
        default = UNIDENTIFIED
    if first is None and sub == "Armed clash":
        default = _unnamed_sides(text_of(doc)[mention.start : mention.end])
    actor1 = _actor(doc, first, default, country)
    allies = _allies(doc, first, armed, country, {actor1.name, actor2.name if actor2 else ""})
    if alone and actor2 is not None and alone_other_first(country):
        # the forces named alone, fought by someone unnamed: where the country's coders list
        # that side first ("Police officer killed in Abu Zur camp"), it comes first
        return ActorCoding(actor2, actor1, assoc_actor_2=allies)
    return ActorCoding(actor1, actor2, assoc_actor_1=allies)


#: The forces telling whom they aimed at, in a quotation: "said it had targeted 'a".
_QUOTED_AIM = re.compile(
    r"\b(?:targeted|targeting|struck|hit|aimed at)\s+[\"“‘'][^\"”’']{0,40}$", re.IGNORECASE
)


def _in_quoted_claim(doc: Doc, found: Found) -> bool:
    return bool(_QUOTED_AIM.search(text_of(doc), max(0, found.start - 60), found.start))


def _last_pair(doc: Doc, armed: list[Found]) -> list[Found]:
    """The armed sides of the nearest paragraph before that names two of them or more."""
    text = text_of(doc)
    paragraphs = sorted({paragraph_index(text, f.start) for f in armed}, reverse=True)
    for index in paragraphs:
        told = [f for f in armed if paragraph_index(text, f.start) == index]
        if len({f.template for f in told}) >= 2:
            return told
    return armed


def _opens_another_incident(doc: Doc, mention: EventMention) -> bool:
    """The mention's paragraph opens on its own incident, and the mention is in its first
    sentence."""
    text = text_of(doc)
    start = text.rfind("\n\n", 0, mention.start)
    start = 0 if start == -1 else start + 2
    first_stop = text.find(". ", start)
    return (first_stop == -1 or mention.start < first_stop) and bool(
        _ANOTHER_INCIDENT.match(text, start)
    )


def _headline_told(doc: Doc) -> bool:
    """The report opens on a headline: a first paragraph of one short line, no full stop."""
    first = text_of(doc).lstrip().split("\n\n", 1)[0]
    return "\n" not in first and len(first) < 160 and not first.rstrip().endswith(".")


def _allies(
    doc: Doc, first: Found | None, armed: list[Found], country: str | None, taken: set[str]
) -> tuple[Actor, ...]:
    """Forces fighting beside actor1, ACLED's associated actors: written as one with it
    ("AMISOM/SNA forces") or told as backing a side ("backed by Turkish warplanes")."""
    if first is None:
        return ()
    text = text_of(doc)
    out: list[Actor] = []
    for f in armed:
        if f is first or f.template == UNIDENTIFIED[0]:
            continue
        if _joined(doc, first, f) or _SUPPORTING.search(text[max(0, f.start - 40) : f.start]):
            actor = _actor(doc, f, UNIDENTIFIED, country)
            if actor.name not in taken:
                taken.add(actor.name)
                out.append(actor)
    return tuple(out)


#: A clash whose sides the passage names by kind only: communities or clans fighting each
#: other (a communal militia, 4), party members or supporters (a political militia, 3),
#: groups it calls unknown or rival (unidentified, 3); else the state's forces fought.
_COMMUNAL_SIDES = re.compile(
    r"\b(?:residents|villagers|famil(?:y|ies)|communit(?:y|ies)|clans?|clansmen|tribes?|"
    r"tribesmen|herders|farmers|IDPs|communal)\b",
    re.IGNORECASE,
)
_PARTY_SIDES = re.compile(
    r"\b(?:party (?:members|supporters|activists)|cadres|(?:political|opposing) (?:groups|"
    r"factions|parties)|supporters of (?:the )?(?:rival|opposing|ruling|opposition))\b",
    re.IGNORECASE,
)
_UNKNOWN_SIDES = re.compile(
    r"\b(?:unknown|unidentified|rival) (?:armed )?(?:groups|gangs|factions|militias)\b",
    re.IGNORECASE,
)
COMMUNAL = ("Unidentified Communal Militia ({country})", 4)
#: Sides a clan or community the passage names can name better ("gunmen from the Saleban clan").
UNNAMED_SIDES = (
    "Unidentified Armed Group ({country})",
    "Political Militia ({country})",
    "Unidentified Communal Militia ({country})",
    "Unidentified Clan Militia ({country})",
)


def _unnamed_sides(text: str) -> tuple[str, int]:
    if _COMMUNAL_SIDES.search(text):
        return COMMUNAL
    if _PARTY_SIDES.search(text):
        return (POLITICAL_MILITIA, 3)
    if _UNKNOWN_SIDES.search(text):
        return UNIDENTIFIED
    return MILITARY


#: Verbs of the forces that come after violence, not of its perpetrators ("two men ...
#: before they are saved by police"); arresting or responding are not among them, as
#: forces that arrest or respond often beat or shoot (ACLED codes them as perpetrators).
AFTERMATH_VERBS = frozenset(
    {"rescue", "save", "investigate", "recover", "find", "discover", "evacuate"}
)  # fmt: skip
#: Verbs of forces that look for, blame or are sent after the perpetrators of violence
#: ("police are hunting a suspect", "troops were deployed after the blast"): bystanders
#: to a bombing or an attack, though parties to an arrest or a protest.
BYSTANDER_VERBS = frozenset(
    {"hunt", "search", "seek", "probe", "investigate", "blame", "suspect", "appeal", "deploy",
     "dispatch", "send", "rush", "cordon", "seal", "defuse", "identify", "call", "summon",
     "alert", "evacuate", "rescue", "save", "arrive", "comment", "condemn", "denounce",
     "deplore", "decry", "urge", "welcome"}
)  # fmt: skip


def _sides(
    doc: Doc, mention: EventMention, start: int, end: int, country: str | None
) -> list[Found]:
    """The actors in text_of(doc)[start:end] that can be the mention's sides in `country`,
    generic rebels named as the report's rebel group."""
    found = _of_the_country(find_actors(doc, start, end), country)
    return _named_rebels(doc, _parties(doc, found, mention), country)


def _parties(doc: Doc, found: list[Found], mention: EventMention) -> list[Found]:
    """The actors that can be a side of a violent event: forces told only as looking for
    or blaming its perpetrators, or as sent after it, are left out."""
    etype = mention.event_type
    if etype in ("Protests", "Riots", "Strategic developments"):
        return found
    one_sided = etype in ("Violence against civilians", "Explosions/Remote violence")
    # (forces that killed the attacker in the event's own sentence may be its side: a battle)
    trigger = doc.char_span(mention.trigger.start, mention.trigger.end, alignment_mode="expand")
    told = (trigger.sent.start_char, trigger.sent.end_char) if trigger is not None else (0, 0)
    text = text_of(doc)
    return [
        f
        for f in found
        if not _bystander(doc, f)
        and not (one_sided and not told[0] <= f.start < told[1] and _stopped_the_attacker(doc, f))
        and not told_in_passing(text, f)
        # (nor those a deed was meant to keep off: "planting explosive devices ... to stop
        # rivals and security forces from advancing")
        and not _KEPT_OFF_BEFORE.search(text, max(0, f.start - 50), f.start)
    ]


#: A purpose clause naming whom a deed was to keep off: "to stop rivals and security forces".
_KEPT_OFF_BEFORE = re.compile(
    r"\bto (?:stop|prevent|deter|keep|block|hinder|slow) (?:[\w'’-]+ ){0,3}(?:and |or )?"
    r"(?:the )?$",
    re.IGNORECASE,
)


#: A group named only as someone's inspiration or allegiance ("had pledged allegiance to
#: Islamic State", "inspired by al-Qaeda"): no party to the event.
def told_in_passing(text: str, f: Found) -> bool:
    """A group named only as whom another is linked to, inspired by, or fights as a rival
    ("jihadists linked to Al-Qaeda", "which has been fighting JNIM for control")."""
    told = _IN_PASSING.search(text, max(0, f.start - 40), f.start)
    if (
        told is not None
        and _TIED_BEFORE.search(told.group())
        and f.inter in (2, 3, 4)
        and not _A_BRAND.search(f.template)
    ):
        return False  # "fighters reportedly affiliated with the Rapid Support Forces": the
        # group's own men (a brand's "affiliates" are a branch of their own: "jihadists
        # linked to al-Qaeda")
    return told is not None


#: Ties told before a group's name: "linked to", "affiliated with".
_TIED_BEFORE = re.compile(r"\b(?:linked|tied|affiliated|aligned) (?:to|with)", re.IGNORECASE)
#: A movement whose name many groups carry: "al-Qaeda", "Islamic State".
_A_BRAND = re.compile(r"qa[e']?da|qaida|islamic state|\bisis\b|\bisil\b|daesh", re.IGNORECASE)


_IN_PASSING = re.compile(
    r"\b(?:allegiance|loyalty) to (?:the )?$|\binspired by (?:the )?$|"
    # "Jihadists linked to Al-Qaeda killed 25 soldiers": whose allies the doers are
    r"\b(?:linked|tied|affiliated|aligned|allied) (?:to|with) (?:the )?$|"
    # (or to each of two: "jihadist groups linked to both al Qaeda and Islamic State")
    r"\b(?:linked|tied|affiliated|aligned|allied) (?:to|with) (?:both |either )?(?:the )?"
    r"(?:[\w'’-]+ ){1,4}?(?:and|or) (?:the |to )?$|"
    r"\bsympathi[sz]\w+ (?:of|with|to|for) (?:the )?$|"
    # "to derail peace talks between Bangkok and the BRN": a party to talks
    r"\b(?:talks|negotiations|dialogue|agreement|deal|truce|ceasefire) (?:between|with) "
    r"(?:[\w'’-]+ ){0,3}?(?:and )?(?:the )?$|"
    # "in a region caught between jihadists and ethnic militias": whom a place suffers from
    r"\b(?:caught|trapped|squeezed|torn|sandwiched) between (?:(?:[\w'’-]+ ){1,4}(?:and|or) )?$|"
    # "the Islamic State Sahel Province, which has been fighting JNIM for control": a rival
    # the doer is described by
    r"\b(?:which|who|that) (?:has|have|had) (?:long )?been (?:fighting|battling|at war with|"
    r"competing with|vying with) (?:the )?$|"
    # ("Los Ardillos, a criminal group that has fought Los Tlacos for control of the city")
    r"\b(?:which|who|that) (?:has|have|had) (?:long |repeatedly |often )?(?:fought|battled|"
    r"clashed with) (?:the )?$",
    re.IGNORECASE,
)


#: Who did it, as a report calls the one the forces then shot, caught or killed.
ATTACKER_NOUNS = frozenset(
    {"killer", "attacker", "assailant", "gunman", "bomber", "perpetrator", "shooter",
     "hijacker", "suspect", "terrorist"}
)  # fmt: skip


def _raided_and_arrested(doc: Doc, found: Found) -> bool:
    """A side that raided a place and arrested someone there ("SDF forces ... raided a house
    in the town of al-Shuhayl and detained a man"): the arrester, whoever it is."""
    if found.role != "armed" or found.syntax != "agent" or not found.verb:
        return False
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        c.dep_ == "conj" and c.lemma_.lower() in _ARRESTING_VERBS
        for verb in span.sent
        if verb.lemma_.lower() == found.verb and verb.pos_ in ("VERB", "AUX")
        for c in verb.children
    )


def _stopped_the_attacker(doc: Doc, found: Found) -> bool:
    """Forces acting on the attacker of an attack on civilians ("the killer, shot dead by
    police", "police shot the gunman"): they ended it, they are not its perpetrators."""
    if found.role != "armed" or found.syntax != "agent" or not found.verb:
        return False
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    for verb in (t for t in span.sent if t.lemma_.lower() == found.verb):
        acted_on = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
        if verb.dep_ in ("acl", "appos"):
            acted_on.append(verb.head)  # "the killer, shot dead by police"
        if any(t.lemma_.lower() in ATTACKER_NOUNS for t in acted_on):
            return True
    return False


#: Forces that came when the event was over.
_AN_INQUIRY = re.compile(
    r"\s+(?:had |have |has )?opened (?:an? |their )?(?:[\w-]+ )?(?:investigation|inquiry|"
    r"probe|case)\b",
    re.IGNORECASE,
)
_AFTERWARDS = re.compile(
    r"\barrived\s+(?:[\w-]+\s+){0,3}?(?:after (?:the|an|this) (?:attack|assault|raid|"
    r"incident|violence|killing|shooting)|later|too late|afterwards|once the)\b",
    re.IGNORECASE,
)


def _bystander(doc: Doc, found: Found) -> bool:
    """Armed men whose only verb is a bystander's: "police are hunting a suspect", but not
    "soldiers deployed and pushed the attackers back" (a verb of their own joined on)."""
    if found.role != "armed" or not found.syntax:
        return False
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    if found.verb == "arrive" and _AFTERWARDS.search(span.sent.text):
        return True  # "Israeli soldiers arrived after the attack and fired tear gas"
    if found.verb == "open" and _AN_INQUIRY.match(text_of(doc), found.end, span.sent.end_char):
        return True  # "police had opened an investigation"
    if found.verb not in BYSTANDER_VERBS:
        return False
    verbs = [t for t in span.sent if t.lemma_.lower() == found.verb]
    return not any(
        c.dep_ == "conj" and c.pos_ == "VERB" and c.lemma_.lower() not in BYSTANDER_VERBS
        for v in verbs
        for c in v.children
    )


#: Verbs of armed men acting in an event: an earlier sentence's actors are borrowed by a
#: passage naming none only when told doing one of these ("SAF bomb Dalami. No
#: casualties."), not issuing a photo or holding a briefing.
ACTING_VERBS = frozenset(
    {"attack", "kill", "bomb", "shell", "fire", "shoot", "strike", "hit", "raid", "storm",
     "ambush", "clash", "fight", "battle", "engage", "launch", "carry", "detonate", "plant",
     "abduct", "kidnap", "seize", "capture", "take", "overrun", "destroy", "burn", "loot",
     "target", "assault", "beat", "execute", "behead", "torture", "arrest", "detain",
     "open", "use", "drop", "pound", "bombard", "repel", "repulse", "push", "advance",
     "enter", "recapture", "retake", "besiege", "block", "blow", "explode", "throw", "hurl",
     "murder", "massacre", "slaughter", "wound", "injure", "rape", "disperse", "encounter",
     "clear", "dislodge", "flush", "rout", "neutralize", "neutralise", "invade", "occupy",
     "confront", "intercept", "pursue", "chase", "surround", "stop", "foil", "thwart",
     "conduct", "operate", "mount", "stage", "lead"}
)  # fmt: skip


#: Verbs of violence: residents or a community doing them are a vigilante militia.
VIOLENT_VERBS = frozenset(
    {"attack", "kill", "assault", "beat", "lynch", "stone", "burn", "set", "hack", "stab",
     "murder", "torch", "kidnap", "abduct", "shoot", "injure", "wound", "behead", "raid",
     "storm", "mob", "chase", "whip", "flog", "torture"}
)  # fmt: skip


_COMMUNITY = re.compile(
    r"residents|villagers|communit|locals|mob|crowd|inhabitants|neighbou?rs", re.I
)


#: A crowd told as the doer, its people named after it ("by a crowd of residents").
_BY_A_CROWD_OF = re.compile(r"\bby an? (?:angry |irate )?(?:crowd|mob|group) of $", re.IGNORECASE)
_STATE_CONTEXT = re.compile(
    r"\b(?:protest\w*|demonstrat\w+|in (?:detention|custody|jail|prison)|tortured?|"
    # an enforced disappearance is the state's by definition; men in police uniform
    r"forcibly disappeared|enforced disappearances?|in (?:police|military) uniforms?)\b",
    re.I,
)
#: A demonstration told (not the month of March, not a strike from the air).
_AT_A_PROTEST = re.compile(
    r"\b(?:[Pp]rotest\w*|[Dd]emonstrat\w*|march(?:ed|es|ing|ers)?|[Mm]arch(?:ed|ing|ers)|"
    r"[Rr]all(?:y|ies)|[Ss]it-?ins?)\b"
)
#: A claim of responsibility names the perpetrator, in whichever sentence it comes.
_CLAIM = re.compile(
    r"\bclaim(?:ed|s|ing)? (?:the )?(?:responsibility|credit)|\bresponsibility (?:was |has "
    r"been |had been )?claimed by\b|\bclaimed (?:the|that) (?:[\w-]+ )?(?:attack|bombing|"
    r"assault|killing|blast|explosion|ambush|raid|abduction|kidnapping)|"
    # ("ISWAP claimed both attacks in statements")
    r"\bclaimed (?:both|all|the two|the three) (?:[\w-]+ )?(?:attacks|bombings|assaults|"
    r"ambushes|blasts|explosions|raids)|"
    # "police blamed ETA for the attack", "the bombing was blamed on Boko Haram", "the
    # police spokesman blamed the Boko Haram faction known as JAS"
    r"\bblam(?:ed|es|ing) [\"“‘']?(?:the )?(?:al[- ])?[A-Z]|"
    # ("The army accused the Rapid Support Forces of launching the attack")
    r"\baccus(?:ed|es|ing) (?:the )?(?:al[- ])?[A-Z][^.;]{0,60}? of (?:launching|carrying out|"
    r"staging|being behind|mounting|firing|the (?:attack|strike|bombing|shelling|killings?))\b|"
    # ("local authorities believed a faction of the Segunda Marquetalia ... was responsible")
    r"\b(?:believed|believe|believes|suspected|suspect|suspects|said|say|says)\b[^.;]{0,200}?"
    r"\b(?:was|were) (?:responsible|behind (?:it|the (?:attack|kidnapping|abduction|killing|"
    r"bombing)))\b|"
    # ("the attack 'bears the signature of Boko Haram'")
    r"\b(?:(?:bears?|bore|had|has|carried|carries) (?:all )?the|, an?) (?:hall)?(?:marks?|"
    r"signature) of\b|"
    r"\bblam(?:ed|es|ing)\b[^.;]{0,60}\b(?:for|on)\b[^.;]{0,20}\b(?:attacks?|bombings?|"
    r"blasts?|explosions?|killings?|ambush|assault|massacre|abductions?|kidnappings?)\b|"
    r"\b(?:attacks?|bombings?|blasts?|explosions?|killings?|ambush|assault|massacre|"
    r"abductions?|kidnappings?)\b[^.;]{0,40}\b(?:blamed on|attributed to|(?:carried out|"
    # ("The attack was claimed on Tuesday by the Group for the Support of Islam ...")
    r"perpetrated|committed|staged|launched|claimed)(?: [\w-]+){0,3}? by)\b|"
    # "Local authorities attributed the strike to the RSF"
    r"\battribut(?:ed|es|ing) (?:the|this|that|both) (?:[\w-]+ )?(?:attacks?|strikes?|"
    r"shelling|bombings?|blasts?|explosions?|killings?|ambush|assault|massacre|abductions?|"
    r"raids?)\s+to\b|"
    # "Prosecutors said the device had been planted by the Jalisco New Generation Cartel"
    r"\b(?:devices?|bombs?|mines?|explosives?|ieds?)\b[^.;]{0,30}\b(?:planted|placed|laid|"
    r"detonated) by\b|"
    # "Al Shabaab said in a statement ... that its fighters had detonated the device"
    r"(?P<own>\b(?:said|says|announced|stated)\b)[^.;]{0,80}?\b(?:that )?(?:it|they|(?:its|their|"
    # ("the group's air force had targeted 'gatherings of mercenaries'")
    r"the group['’]s|the movement['’]s) "
    r"(?:own )?(?:fighters|militants|members|men|mujahideen|combatants|units?|air force|drones|"
    r"drone unit|missile force|[\"“']?"
    r"(?:martyrdom|suicide|jihadi|blessed) (?:operation|attack|operative)[\"”']?)) (?:had )?"
    r"(?:detonated|planted|carried out|attacked|ambushed|stormed|raided|fired|shelled|targeted|"
    r"launched|killed)\b",
    re.I,
)


#: "No group claimed responsibility", "has yet to claim", "denied claiming".
_NO_CLAIM = re.compile(r"\b(?:no|not|nobody|none|yet to|never|denied|without)\b[\w ]{0,20}$", re.I)


#: What a claim of responsibility names, after "for".
_CLAIMED_WHAT = re.compile(
    r"\b(?:for|attributed|blamed) (?:the |a |an |this |that |its |[\w-]+['’]s )?(?:[\w-]+ )?"
    r"(?P<noun>ambush|raid|assault|"
    r"bombing|blast|explosion|strike|airstrike|shelling|abduction|kidnapping)\b",
    re.IGNORECASE,
)
#: Event types each claimed noun may name.
_CLAIMED_TYPES = {
    "ambush": {"Battles", "Violence against civilians"},
    "raid": {"Battles", "Violence against civilians"},
    "assault": {"Battles", "Violence against civilians"},
    "abduction": {"Violence against civilians"},
    "kidnapping": {"Violence against civilians"},
    "bombing": {"Explosions/Remote violence", "Violence against civilians"},
    "blast": {"Explosions/Remote violence", "Violence against civilians"},
    "explosion": {"Explosions/Remote violence", "Violence against civilians"},
    "strike": {"Explosions/Remote violence"},
    "airstrike": {"Explosions/Remote violence"},
    "shelling": {"Explosions/Remote violence"},
}


def _claimed_alike(sentence: str, event_type: str) -> bool:
    """The claim names a deed of the event's kind, or none in particular."""
    what = _CLAIMED_WHAT.search(sentence)
    return what is None or event_type in _CLAIMED_TYPES[what.group("noun").lower()]


#: A paragraph opening on another incident: its own day, or a word setting it apart.
_ANOTHER_INCIDENT = re.compile(
    r"\s*(?:(?:On|Late(?: on)?|Early(?: on)?|Later(?: on)?) (?:[A-Z][a-z]+day|\d{1,2} [A-Z][a-z]+|"
    r"[A-Z][a-z]+ "
    r"\d{1,2})\b|In (?:a|another) separate\b|In (?:the )?(?:neighbou?ring|nearby) [A-Z]|"
    # ("In the western state of Michoacan, ...": a story told elsewhere)
    r"In the (?:[a-z]+ )?(?:state|province|region|department|district|county) of [A-Z]|"
    r"Separately\b|Meanwhile\b|Elsewhere\b|The (?:last|previous) (?:[\w-]+ )?(?:attack|"
    r"incident|bombing|assault)\b|The "
    r"(?:latest|next) (?:came|attack|incident)\b|(?:\w+ )?days? later\b|The (?:next|following) "
    r"day\b)"
)
#: A deed told as claimed by no one: "No group claimed the blast".
_NONE_CLAIMED = re.compile(
    r"\b(?:no (?:group|one|organi[sz]ation)|nobody)\s+(?:has\s+|had\s+|immediately\s+|yet\s+)*"
    r"(?:claimed|taken responsibility)\b",
    re.IGNORECASE,
)
#: A paragraph opening on a town's name: "In Karak, ...".
_A_TOWNS_OPENING = re.compile(r"\s*In (?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+){0,3},")
#: A sentence telling of a deed of a year it names.
_ANOTHER_YEAR = re.compile(
    # (not a group's founding told of it: "the FARC dissident group founded in 2019")
    r"(?<!\bfounded )(?<!\bformed )(?<!\bcreated )(?<!\bestablished )"
    r"\b(?i:in|since|during) (?:early |late |mid-)?(?:[A-Z][a-z]+ )?(?:19|20)\d\d\b"
)


def _lede_start(doc: Doc) -> int:
    """Where the report's first sentence that is no heading starts."""
    return next((s.start_char for s in doc.sents if not is_heading(s)), -1)


def _roundup_item(doc: Doc, mention: EventMention) -> bool:
    """Whether the mention's paragraph opens on the town it tells of, as a roundup's items
    do ("In Dera Ismail Khan, a cleric was shot dead ...")."""
    opening = None
    for sent in doc.sents:
        if sent.start_char > mention.start:
            break
        if starts_paragraph(sent):
            opening = sent
    return opening is not None and bool(_A_TOWNS_OPENING.match(opening.text))


#: A clause of a second deed: ", while two soldiers were martyred".
_WHILE_CLAUSE = re.compile(r",\s+(?:while|whereas)\s+[^.;]*$")


def _claimant(doc: Doc, mention: EventMention) -> Found | None:
    """The group a claim of responsibility in the report names ("Al Shabaab claimed
    responsibility"), the claim's own agent first; None without a claim."""
    section_end = section_bounds(text_of(doc), mention.start)[1]
    another = False  # past a paragraph telling another incident
    lede_start = _lede_start(doc)
    roundup = _roundup_item(doc, mention)
    trigger = mention.trigger.start
    own = next((s for s in doc.sents if s.start_char <= trigger < s.end_char), None)
    # a deed the lede tells second, in a "while" clause ("Four militants were killed when
    # police repulsed an attack ..., while two soldiers were martyred in a roadside bombing
    # ... a day earlier"): the claim told after the first deed is the first deed's
    second = own is not None and bool(_WHILE_CLAUSE.search(text_of(doc), own.start_char, trigger))
    for sent in doc.sents:
        if sent.start_char >= section_end:
            break  # (a roundup's next story claims its own attack)
        if second and sent is not own and not _CLAIMED_WHAT.search(sent.text):
            continue
        if starts_paragraph(sent) and (
            (sent.start_char > mention.end and _ANOTHER_INCIDENT.match(sent.text))
            # (a roundup's next item: "In Karak, militants attacked a police station ... An
            # official blamed the TTP")
            or (roundup and sent.start_char > mention.start and _A_TOWNS_OPENING.match(sent.text))
        ):
            # ("The latest came on Tuesday, when gunmen stopped a bus ... who blamed the
            # OLA": the next incident's blame; "JNIM claimed responsibility for Wednesday's
            # ambush" still names its deed)
            another = True
        if another and not _CLAIMED_WHAT.search(sent.text):
            continue
        if sent.start_char > mention.end and _ANOTHER_YEAR.search(sent.text):
            continue  # ("In July 2024, gunmen abducted dozens ..., an incident widely blamed on
            # the OLA": another year's deed)
        # ("No group has claimed responsibility, but officials blamed Boko Haram")
        # (or the lede's blame for the deeds the report then tells: "Colombia's army on
        # Wednesday blamed the ELN for two attacks in ... Arauca")
        lede = sent.start_char == lede_start
        claims = _CLAIM.finditer(sent.text) if sent.end_char > mention.start or lede else iter(())
        claim = next((c for c in claims if not _NO_CLAIM.search(sent.text[: c.start()])), None)
        if claim is None:
            continue
        if not _claimed_alike(sent.text, mention.event_type):
            continue  # "claimed responsibility for Wednesday's ambush": not the drone strike
        # (a state's forces too, blamed for a strike from the air: "blamed the Sudanese
        # army")
        blame = claim.group().lower().startswith(("blam", "accus"))
        # (unless they deny it: "Residents blamed security forces for the strike. The
        # military's media wing denied any involvement")
        denied = _DENIED.search(text_of(doc), sent.end_char, min(section_end, sent.end_char + 300))
        afar = blame and mention.sub_event_type in FROM_AFAR and not denied
        sides = (1, 2, 3, 4, 8) if afar else (2, 3, 4)
        found = [
            f
            for f in _find_actors(doc, sent.start_char, sent.end_char)
            if f.role == "armed" and f.inter in sides and not told_in_passing(text_of(doc), f)
        ]
        if blame:
            # (the blamer is no claimant: "The RSF blamed the army for the attack")
            found = [f for f in found if not (f.syntax == "agent" and f.verb == "blame")]
            # (nor a group doing a deed of its own in the clause describing the blamed:
            # "blamed the army, which has carried out repeated drone attacks on the city since
            # the RSF seized it")
            found = [f for f in found if f.syntax != "agent"] or found
        if claim.group().lower().endswith((" by", " on", " to")):
            # (the group the claim or the blame is passed to, not a side named before it:
            # "near a Taliban checkpoint ..., in an attack claimed by the regional affiliate of
            # the ISIL (ISIS) group")
            found = [f for f in found if f.start >= sent.start_char + claim.end()] or found
        if claim.group("own"):
            # (a group telling its own deed: "Al Shabaab said ... that its fighters had
            # detonated the device"; not the forces it was done to)
            found = [f for f in found if f.syntax == "agent" and f.verb in SPEECH_VERBS]
        if found:
            # (a group named says more than the "militiamen" it is told by: "attributed the
            # attack to militiamen of the Cooperative for the Development of Congo (CODECO)")
            named = [f for f in found if "{country}" not in f.template]
            agents = [f for f in named or found if f.syntax == "agent"]
            return (agents or named or found)[0]
    return None


#: Words making the men a group's own: "members of", "described as", "belonging to".
_MEMBERSHIP = re.compile(
    r"\b(?:(?:(?:senior|top|local|key|(?:high-)?ranking)\s+)?(?:members?|fighters|militants|"
    r"operatives|commanders?|leaders?|emirs?|financiers?) of|(?:described|identified) "
    r"(?:them |him )?as (?:(?:being )?(?:an? )?(?:(?:senior|top|local|key|(?:high-)?ranking) )?"
    r"(?:members?|fighters|militants|operatives|leaders?|commanders?) of )?|"
    r"suspected (?:of being )?|belong(?:ing|ed)? to|affiliated with)\s+(?:(?:the|an?)\s+)?$",
    re.IGNORECASE,
)
#: A group's name told with its men: "members of the Kurdistan Workers' Party".
_ITS_MEN = re.compile(
    r"(?:members?|fighters|militants|operatives|commanders?|leaders?|cadres?) of\b", re.IGNORECASE
)


def _told_as_members(doc: Doc, found: Found) -> bool:
    """Whether the group is told as the one its men belong to ("killing two men described ...
    as members of the Kurdistan Workers' Party", "a man they described as a senior leader of
    an ISIL cell")."""
    text = text_of(doc)
    return bool(
        _MEMBERSHIP.search(text, max(0, found.start - 45), found.start)
        or _ITS_MEN.match(text, found.start, found.end)
    )


#: One unknown person, a gunman only when told doing the deed.
_ONE_UNKNOWN = re.compile(r"(?:unidentified|unknown) (?:man|person|individual)", re.IGNORECASE)
#: Cattle or goods taken from people: "seize cattle from herders", "rustled livestock of".
_ROBBED_FROM = re.compile(
    r"\b(?:cattle|cows|livestock|animals|herds?|goats|camels|sheep)\s+(?:belonging\s+to|"
    r"from|of)\s+(?:the\s+|local\s+|fulani\s+)*$",
    re.IGNORECASE,
)
#: Doers the passage says are not known.
_UNKNOWN_DOERS = re.compile(
    r"\b(?:not (?:yet )?(?:been )?identified|unidentified|unknown|no (?:group|one) (?:has )?"
    r"claimed|nobody has claimed)\b",
    re.IGNORECASE,
)
#: A group owning the dead of a fight: "said the two men were among its members",
#: "mourned three of its fighters".
_OUR_DEAD = re.compile(
    r"\b(?:said|says|confirmed|acknowledged|announced|admitted)\b[^.;]{0,80}?\b(?:was|were) "
    r"(?:among )?(?:its|their) (?:own )?(?:members|fighters|militants|commanders?|men|"
    r"combatants)\b|\bmourn(?:ed|s|ing)? (?:[\w-]+ ){0,4}?(?:of )?(?:its|their) (?:own )?"
    r"(?:fighters|members|commanders?|combatants)\b",
    re.IGNORECASE,
)


def _mourner(doc: Doc, mention: EventMention) -> Found | None:
    """The armed group that told the dead of a fight as its own, in the passage's paragraph
    (a fight's other side, where the passage names it only as "two men")."""
    text = text_of(doc)
    paragraph = paragraph_index(text, mention.start)
    for sent in doc.sents:
        if sent.end_char <= mention.start:
            continue
        if paragraph_index(text, sent.start_char) != paragraph:
            break
        if not _OUR_DEAD.search(sent.text):
            continue
        # (a group named, not "its fighters"; the teller too: "Hamas said the two men were
        # among its fighters")
        named = [
            Found(sent.start_char + m.start(), sent.start_char + m.end(), template, inter, role, "")
            for pattern, template, inter, role in alias_table()
            if role == "armed" and inter in (2, 3, 4) and "{country}" not in template
            for m in [pattern.search(sent.text)]
            if m is not None
        ]
        if named:
            return min(named, key=lambda f: f.start)
    return None


def _perpetrator(doc: Doc, found: list[Found], first: Found | None) -> Found | None:
    """Violence against civilians: forces named only as arresting or rescuing are not its
    perpetrators; residents or a community told as attacking are a vigilante militia."""
    if first is not None and first.syntax == "agent" and first.verb in SPEECH_VERBS - {"claim"}:
        # "MINUSCA said it had received reports that 3R fighters raped four women": the
        # teller is not the doer when the passage names one
        doers = [
            f
            for f in found
            if f is not first
            and f.role == "armed"
            and f.syntax == "agent"
            and f.verb in VIOLENT_VERBS | ACTING_VERBS | {"rap", "rape"}
            # (not "gunmen" a group's claim names: "The BLF said it carried out the killings")
            and f.template != UNIDENTIFIED[0]
        ]
        if doers:
            first = doers[0]
    if first is not None and first.syntax == "agent" and first.verb in AFTERMATH_VERBS:
        rest = [f for f in found if f.role == "armed" and f is not first]
        rest = [f for f in rest if f.syntax != "patient" and f.verb not in AFTERMATH_VERBS]
        first = rest[0] if rest else None
    if first is None or first.template == UNIDENTIFIED[0]:
        crowd = [
            f
            for f in found
            if f.role in ("victim", "crowd")
            and f.syntax == "agent"
            and f.verb in VIOLENT_VERBS
            and _COMMUNITY.search(text_of(doc)[f.start : f.end])
        ]
        if crowd:
            return dataclasses.replace(crowd[0], template=VIGILANTE[0], inter=VIGILANTE[1])
    return first


#: One side fighting itself: "two groups of SNG soldiers fought", "army infighting".
_INFIGHTING = re.compile(
    r"\b(?:(?:two|rival) (?:groups|units|factions|sets|camps) of|in-?fighting|intra-|"
    r"among themselves|between (?:two|rival) (?:groups|units|factions))",
    re.IGNORECASE,
)
#: Verbs of an arrest, whose subject made it ("rounded up" too).
_ARRESTING_VERBS = ARRESTING | {"round"}
#: Kind-only names that a named group of the same kind in the passage restates.
_KIND_ONLY = ("Rebel Group (", "Political Militia (")


def _restated(found: Found, armed: list[Found]) -> bool:
    """'5 rebels were killed' after 'an ambush by FDLR rebels': the named group again;
    'Islamist militants of Boko Haram' are Boko Haram."""
    if found.template == ISLAMIST:
        return any(f.inter in (2, 3) and "{country}" not in f.template for f in armed)
    return found.template.startswith(_KIND_ONLY) and any(
        f.inter == found.inter and "{country}" not in f.template for f in armed
    )


#: Two named communities fighting ("clashes between the Bakonzo and Bamba", "Urhobo and
#: Ijaw youths clash"): a communal militia (ACLED 4) named after the first.
_PAIR = re.compile(
    r"\bbetween (?:the )?(?P<a>[A-Z][\w'-]+) and (?:the )?(?P<a2>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?)"
    r"(?: (?P<kind>clans|sub-clans|tribes|communities|youths|families|villagers|militias)\b)?|"
    # ("militias from the Habar Gidir and Biimaal clans": a name of two words first too)
    r"\b(?P<b>(?!(?:The|A|An|In|On|At|Both)\b)[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) and "
    r"(?P<b2>[A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?P<noun>youths|groups|"
    r"families|communities|clans|sub-clans|tribes|militias?|herders|farmers|villagers)\b"
)


#: Armed men said to come from a named clan or community ("gunmen hailing from Habar
#: Gidir", "a gun man from Majeerteen/Isse Mohamud", "militiamen from Issa Muse clan").
#: The template of a militia named by no group ("militiamen"), which a community may name.
POLITICAL_MILITIA = "Political Militia ({country})"
_FROM_COMMUNITY = re.compile(
    r"\b(?P<noun>(?i:gunm[ae]n|gun ?man|militiam[ae]n|militias?(?: members)?|armed (?:men|youths)|"
    r"youths|fighters))"
    r"\s+(?:(?:believed|said|reported|suspected|reportedly|allegedly|to|be|hailing)\s+){0,4}"
    r"from\s+(?:the\s+)?(?P<name>[A-Z][\w'-]+(?:[/ -][A-Z][\w'-]+)*)"
    r"(?:\s+(?P<kind>clan|sub-clan|community|communities|tribe|village))?"
)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    table = load_json("actors.json")
    return frozenset(country.lower() for _, country in table["national_forces"])


def _from_community(doc: Doc, mention: EventMention, first: Found | None) -> Found | None:
    """Unidentified gunmen the report places in a clan or community: its militia (4)."""
    m = _FROM_COMMUNITY.search(text_of(doc), mention.start, mention.end)
    if m is None:
        return first
    # "militiamen from Zawiya": a town's militia (ACLED's "Zawiya Communal Militia");
    # "gunmen from Mali" come from a country, and gunmen from a town are not yet a militia
    town_militia = m.group("noun").lower().startswith(("milit", "armed")) and (
        m.group("name").lower() not in _countries()
    )
    if m.group("kind") is None and "/" not in m.group(0) and not town_militia:
        return first
    start = m.start("name")
    name = m.group("name") + _militia_kind(
        m.group("kind") or ("sub-clan" if "/" in m.group(0) else "")
    )
    return Found(start, m.end("name"), name, 4, "armed", "agent")


def _communal_pair(
    doc: Doc, mention: EventMention, found: list[Found]
) -> tuple[Found, Found] | None:
    """The two communities a passage tells fighting ("between the Dinka and the Nuer",
    "militias from the Marehan and Habar Gidir clans"): each one's militia."""
    text = text_of(doc)[mention.start : mention.end]
    for m in _PAIR.finditer(text):
        start, end = mention.start + m.start(), mention.start + m.end()
        if any(f.start < end and start < f.end and f.inter != 4 for f in found):
            continue  # "between the SPLA and the SPLA-IO": named actors, not communities
        if (
            not m.group("kind")
            and not m.group("noun")
            and any(
                is_place(doc, mention.start + m.start(g), mention.start + m.end(g))
                for g in ("a", "a2")
            )
        ):
            continue  # "on the road between Goundam and Timbuktu": towns, not communities
        noun = m.group("noun") or m.group("kind") or ""
        sides = []
        for group in ("a", "a2") if m.group("a") else ("b", "b2"):
            name = m.group(group)
            s = mention.start + m.start(group)
            # (a people named with its section first: "Bor Dinka")
            ethnic = _ethnic(name) or (" " in name and _ethnic(name.split()[-1]))
            kind = " Ethnic Militia ({country})" if ethnic else _militia_kind(noun)
            # (a people the table names by ACLED's own name: "Kuki-Zo" is the "Kuki Ethnic
            # Militia (India)")
            template = _people_name(name) or name + kind
            sides.append(Found(s, s + len(name), template, 4, "armed", ""))
        return sides[0], sides[1]
    return None


_PEOPLE = re.compile(
    r"^(?:(?:by|suspected|armed)\s+)?(?P<people>.+?)(?:\s+(?:ethnic|militia\w*|"
    r"youths?|warriors|gunmen|(?:cattle )?raiders|fighters|group|attackers?|attacks?|men))*$",
    re.IGNORECASE,
)


def _people(told: str) -> str:
    """The people a militia is named by: "Lou Nuer" in "suspected Lou Nuer youths"."""
    m = _PEOPLE.match(told)
    people = (m.group("people") if m else told).lower()
    if people == "white army":
        return "Nuer"  # the Nuer youth militia of South Sudan's Jonglei and Upper Nile
    return " ".join(w[:1].upper() + w[1:] for w in people.split())


def _fellow_forces(doc: Doc, a: Found, b: Found) -> bool:
    """Two of the state's forces told together as the doers: "soldiers and police raided"."""
    left, right = (a, b) if a.start < b.start else (b, a)
    return (
        left.inter in (1, 8)
        and right.inter in (1, 8)
        and left.syntax == right.syntax == "agent"
        and text_of(doc)[left.end : right.start].strip() in ("and", "&", ", and")
    )


def _joined(doc: Doc, a: Found, b: Found) -> bool:
    """Forces written as one ("AMISOM/SNA forces", "AMISOM-KDF convoy", "a joint military
    and police patrol"): one side."""
    left, right = (a, b) if a.start < b.start else (b, a)
    between = text_of(doc)[left.end : right.start].strip()
    if between in ("/", "-"):
        return True
    if (
        between in ("and", "&")
        and left.syntax == right.syntax == "patient"
        and left.inter in (1, 8)
        and right.inter in (1, 2, 3, 8)
        and _COUNTED_BEFORE.search(text_of(doc), max(0, left.start - 20), left.start)
    ):
        return True  # ("At least 30 soldiers and VDP were killed": one count, one side; not
        # "five soldiers and three militants")
    return (
        between in ("and", "&")
        and (
            bool(_JOINT.search(text_of(doc), max(0, left.start - 20), left.start))
            # ("Mozambican and Rwandan troops", "AMISOM and SNG forces": two forces under
            # one noun)
            or (
                left.inter in (1, 8)
                and right.inter in (1, 8)
                and " " not in text_of(doc)[left.start : left.end].strip()
                and " " in text_of(doc)[right.start : right.end].strip()  # the shared noun
                # (not two states' troops fighting each other: "Afghan and Pakistani troops
                # traded fire")
                and not _FOUGHT_EACH_OTHER.match(text_of(doc), right.end)
            )
        )
    )


#: A count right before a side: "at least 30 ".
_COUNTED_BEFORE = re.compile(r"\b(?:\d[\d,]*|dozens|scores|hundreds|several)\s+$", re.IGNORECASE)
#: Others told among the dead: "along with his wife, daughter, and ".
_ALONG_WITH_BEFORE = re.compile(
    r"\b(?:along with|together with|including|as well as)\b[^.;]*$", re.IGNORECASE
)
#: Men held: prisoners, detainees.
_HELD_MEN = re.compile(r"(?:prisoners?|detainees?|inmates?)", re.IGNORECASE)
#: Men held set free, told before or after them: "freed dozens of prisoners", "prisoners
#: escaped".
_FREED_BEFORE = re.compile(
    r"\b(?:fre(?:e|ed|eing|es)|releas(?:e|ed|ing|es)|sprung|broke out|liberat\w+)\s+"
    r"(?:[\w-]+\s+){0,4}$",
    re.IGNORECASE,
)
_FREED_AFTER = re.compile(
    r"\s+(?:were |was |had been |have been )?(?:freed|released|escaped|fled|broke out)\b",
    re.IGNORECASE,
)
#: After two sides named together, a fight between them.
_FOUGHT_EACH_OTHER = re.compile(
    r"\s+(?:(?:have|had|again|reportedly|briefly)\s+)?(?:traded|exchanged|clashed|fought each "
    r"other|fought one another)\b"
    # (not fighting a third side together: "clashed with a group of insurgents")
    r"(?!(?:\s+[\w-]+){0,2}\s+with\b)",
    re.IGNORECASE,
)


_JOINT = re.compile(r"\bjoint\s+(?:team\s+of\s+|force\s+of\s+)?(?:the\s+)?$", re.IGNORECASE)


def _militia_kind(word: str) -> str:
    """ACLED's name for a militia told by the group it comes from: a clan's, a sub-clan's
    ("Habar Gedir-Sa'ad Sub-Clan Militia"), a people's ("Murle Ethnic Militia"), else a
    place's or community's ("Zawiya Communal Militia")."""
    word = word.lower()
    if word.startswith("sub-clan"):
        return " Sub-Clan Militia ({country})"
    if word.startswith("clan"):
        return " Clan Militia ({country})"
    if word.startswith("trib"):
        return " Ethnic Militia ({country})"
    return " Communal Militia ({country})"


def _people_name(name: str) -> str | None:
    """ACLED's own name for a people's militia the actor table holds ("Meitei Ethnic
    Militia (India)"), if it holds one."""
    return next(
        (
            template
            for regex, template, _, _ in alias_table()
            if " Ethnic Militia (" in template
            and "{" not in template
            and regex.fullmatch(f"{name} militia")
        ),
        None,
    )


def _ethnic(name: str) -> bool:
    """A people the actor table names ("Murle", "Lou Nuer", "Fulani")."""
    return any(
        "{name}" in template or template.startswith("Fulani")
        for regex, template, _, _ in alias_table()
        if regex.fullmatch(f"{name} militia")
    )


TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")
#: A side named as backing another ("backed by U.S.-led coalition airstrikes") fights with
#: it, never against it.
_SUPPORTING = re.compile(
    r"\b(?:(?:backed|supported|aided|assisted|accompanied|joined) by|with (?:the )?(?:[\w-]+ )?"
    r"(?:support|backing|help|assistance) (?:of|from)|alongside)\b[^;,]{0,30}$",
    re.IGNORECASE,
)
#: The side a place fell to: "the loss of Shadadi to the SDF", "the town fell to rebels".
#: (Not the side that holds ground already: "the last areas still held by the junta".)
_GAINER = re.compile(
    r"\b(?:to|(?<!backed )(?<!supported )(?<!aided )(?<!held )(?<!controlled )(?<!ruled )by)\b"
    r"[^.;,]{0,30}$"
)
#: ... unless that is an earlier turn told as background: "rebels have recaptured a village,
#: days after it was seized by government troops" (the rebels took it now).
_EARLIER = re.compile(r"\b(?:after|before|since|until|following)\b[^.;,]{0,45}$", re.IGNORECASE)


def takers(doc: Doc, armed: list[Found]) -> list[Found]:
    """The armed actors that took ground: the side a place fell to ("the loss of Shadadi
    to the SDF"), else those told as acting."""
    now: list[Found] = []
    earlier: list[Found] = []
    for f in armed:
        before = text_of(doc)[max(0, f.start - 60) : f.start]
        if _GAINER.search(before[-40:]):
            (earlier if _EARLIER.search(before) else now).append(f)
    # "an army spokesman said the rebels had taken over four localities": the army told it
    # (but "the army said it had launched an operation and regained control of the site":
    # its own deed; and "which the militia had occupied" is the ground's state before)
    text = text_of(doc)
    return now or [
        f
        for f in armed
        if f.syntax == "agent"
        and (f.verb not in SPEECH_VERBS or _ITS_OWN_AFTER.match(text, f.end))
        and f not in earlier
        and not _HAD_HELD_AFTER.match(text, f.end)
    ]


#: A side told as having held the ground before: " had occupied", " had held".
_HAD_HELD_AFTER = re.compile(
    r"\s+had\s+(?:(?:been\s+)?(?:occupied|held|controlled|seized|captured|taken)|"
    r"occupied|held|controlled|seized|captured|taken)\b",
    re.IGNORECASE,
)


#: People a community's militia is named after who, struck from afar, are civilians.
_PEOPLE_AT_WORK = re.compile(
    r"\b(?:herders|herdsmen|pastoralists|farmers|villagers|traders|fishermen)\b", re.IGNORECASE
)


#: Verbs whose subject tells of an event rather than acts in it.
SPEECH_VERBS = frozenset(
    {"say", "tell", "report", "announce", "state", "add", "confirm", "claim", "accuse", "identify"}
)


def _taker(doc: Doc, armed: list[Found], sub: str) -> Found | None:
    """Who took the ground is actor1: the state's side when it regains territory, another
    side when that one overtakes it ("the loss of Shadadi to the SDF": the SDF)."""
    state = sub == TERRITORY[0]
    side = [f for f in armed if (f.inter in (1, 8)) == state]
    pool = takers(doc, side) or side
    return pool[0] if pool else None


def _battle_first(armed: list[Found], first: Found | None, country: str | None) -> Found | None:
    """The side ACLED lists first in a battle: the state's forces, whoever attacked (its
    2016 notes: "Al Shabaab fighters ambushed SNG forces" lists the SNG first), unless the
    country's coders list the other side first (`order.other_first`); with no state force
    in the passage, the side told as attacking, else whoever is named."""
    # forces that came to stop a fight between others did not start it ("clashes between
    # two clans ... police and military forces intervened")
    armed = [f for f in armed if f.verb not in STOPPING_VERBS]
    if first is not None and first.verb in STOPPING_VERBS:
        first = None
    state = _state_forces(armed)
    other = [f for f in armed if f not in state and not f.template.startswith(PRIVATE)]
    # (the side chosen before may be one a claim named: "JNIM claimed responsibility")
    foe = first is not None and first.inter not in (1, 8) and first not in state
    attacked = foe and first is not None and first.syntax == "agent" and first.verb in ASSAULT_VERBS
    if state and other and (first is None or first in armed) and named_first(country):
        return min([*state, *other], key=lambda f: f.start)  # the side the note names first
    if state and (other or foe) and other_first(country, attacked=attacked):
        # where the country's coders list the side that attacked first ("OLA forces
        # attacked government soldiers": the OLA), or the forces' foe whoever attacked
        named = [f for f in other if f.template not in (*UNNAMED_SIDES, ISLAMIST)]
        if foe and first is not None and (attacked or first not in other or not named):
            # (the group named for "fighters" who attacked: "blaming JNIM")
            unnamed = first.template in (UNIDENTIFIED[0], ISLAMIST)
            return named[0] if unnamed and named else first
        return (named or other)[0]
    if state:
        return state[0]
    return first or (armed[0] if armed else None)


#: Verbs whose subject started a fight.
ASSAULT_VERBS = frozenset({"attack", "ambush", "raid", "storm", "overrun", "assault"})


#: A passage telling an incident apart from what the report told before it.
_DENIED = re.compile(
    r"\b(?:denied|rejected) (?:any |all )?(?:involvement|responsibility|role|the (?:accusations?|"
    r"allegations?|charges?))\b",
    re.IGNORECASE,
)
#: Forces told as where a bomb went off ("exploded near a police van").
_HIT_BEFORE = re.compile(
    r"\b(?:near|on|at|against|targeting|targeted|hit|struck|under|beside|outside|in front of)\s+"
    r"(?:a|an|the)?\s*"
    r"(?:[\w-]+\s+)?$|"
    # (or a member of them hurt: "wounding a colonel of the Libyan Arab Armed Forces")
    r"\b(?:wounding|injuring|killing|wounded|injured|killed)\s+(?:[\w-]+\s+){0,3}of\s+the\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: Bombs set or thrown, which the forces they hit did not set.
_PLANTED = frozenset({"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})
#: Strikes from afar, which a state's forces may fly or fire, and be blamed for.
FROM_AFAR = frozenset({"Air/drone strike", "Shelling/artillery/missile attack"})
#: The forces that shoot down what is fired: "air defences", "air defence systems".
_AIR_DEFENCES = re.compile(
    r"(?:the )?air[- ]defen[cs]es?(?: (?:systems?|units?|forces))?", re.IGNORECASE
)
#: A body told by the side that set it up or backs it: "the village administration set up
#: by the local".
_A_BODYS_PATRON_BEFORE = re.compile(
    r"\b(?:administrations?|councils?|committees?|authorit(?:y|ies)|governments?|"
    r"commissioners?|governors?|mayors?|officials?|courts?|offices?|radio|media)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:appointed|nominated|installed|backed|supported|sponsored|set up|"
    r"established|formed|created|run|controlled)\s+by\s+(?:the\s+)?(?:local\s+)?$",
    re.IGNORECASE,
)
#: A side told as giving a toll: "The PDF put the death toll at 11".
_PUTS_THE_TOLL_AFTER = re.compile(
    r"\s+(?:put|puts|putting|gave|gives|estimated|estimates)\s+(?:the\s+)?"
    r"(?:death\s+|casualty\s+|final\s+)?(?:toll|figure|number of (?:dead|deaths))\b",
    re.IGNORECASE,
)
#: A place told by the side that uses or holds it: "a depot used by the".
_HELD_BY_BEFORE = re.compile(
    r"\b(?:used|held|run|operated|manned|occupied|controlled|guarded)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A side's place, after its name: "the army's wartime seat of government", "the rebels'
#: stronghold".
_ITS_PLACE_AFTER = re.compile(
    r"(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,2}?(?:seat|base|bases|headquarters|stronghold|"
    r"strongholds|capital|positions?|depots?|barracks|garrison|airbase|air base|bastion|"
    r"heartland|territory|fiefdom)\b",
    re.IGNORECASE,
)
#: Verbs of a side told as a teller's patron.
_PATRON_VERBS = frozenset(
    {"appoint", "nominate", "install", "back", "support", "sponsor", "hold", "control", "run"}
)
#: The side ground was taken from ("took over control of the village from al Shabaab").
_FROM_SIDE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
#: Verbs of a side taking over ground nobody held against it.
_ENTERING = frozenset({"enter", "take", "seize", "occupy", "capture", "move", "raise"})
#: A state's forces told as the tellers ("the Malian army said in a statement").
_FORCES_TELL = re.compile(
    r"\b(?:army|military|armed forces|air force|defen[cs]e ministry|ministry of defen[cs]e)"
    r"\b[^.;]{0,30}?\b(?:said|says|announced|reported|stated)\b",
    re.IGNORECASE,
)
#: Two sides told as the pair named before ("the two groups clashed again").
_THE_TWO = re.compile(
    r"\b(?:the two|both|the rival) (?:armed )?(?:groups|factions|sides|movements|militias)\b",
    re.IGNORECASE,
)
_SEPARATE = re.compile(
    r"\b(?:in (?:a |an )?(?:separate|another|unrelated|different) (?:incident|attack|"
    r"development|event)|separately|elsewhere|meanwhile|"
    # a day told from another ("Two days earlier, a bomb hit a bus"): another event
    r"(?:\w+ )?days? (?:earlier|before|later)|the (?:next|following|previous) day)\b"
    # a paragraph opening on another scene ("In Mogadishu, several mortar shells landed")
    r"|(?<![^\n])[ \t]*(?-i:In|At|Near) (?:the )?(?-i:[A-Z])[\w'’-]+(?: (?-i:[A-Z])[\w'’-]+)*"
    r"(?: (?:region|province|district|state|county|oblast|governorate|department))?,",
    re.IGNORECASE,
)


def _told_apart(text: str, mention: EventMention) -> bool:
    """The passage tells an incident of its own: "in a separate incident", or a paragraph
    opening on another scene, unless the report's opening named that scene as struck too
    ("striking Kyiv ... and sending swarms of drones against Dnipro" ... "In Dnipro,
    Shahed drones hit"), not as a second story's ("drones struck a refinery in Volgograd,
    while an explosion damaged a railway line in the Bryansk region")."""
    told = _SEPARATE.search(text, mention.start, mention.end)
    if told is None:
        return False
    scene = _A_SCENE.match(told.group(0))
    if scene is None:
        return True
    section = section_bounds(text, mention.start)[0]
    told_before = list(
        re.finditer(rf"\b{re.escape(scene.group(1))}\b", text[section : mention.start])
    )
    if not told_before:
        return True
    at = section + told_before[-1].start()
    opening = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at), 0)
    return _SECOND_STORY.search(text, opening, at) is not None


#: A sentence's second story: "..., while an explosion damaged".
_SECOND_STORY = re.compile(r",\s+while\b|;\s", re.IGNORECASE)
#: The place a paragraph opens on: "In Mogadishu,".
_A_SCENE = re.compile(r"\s*(?:In|At|Near) ([^,]+),")
#: Weapons a war leaves behind, set off by no one the report names.
_LEGACY_WEAPON = re.compile(
    r"\b(?:landmines?|land mines?|unexploded (?:ordnance|shells?|bombs?|munitions?)|explosive "
    r"remnants?|remnants? of war)\b",
    re.IGNORECASE,
)
#: Verbs of forces that step between fighting sides.
STOPPING_VERBS = frozenset(
    {"intervene", "separate", "restore", "quell", "calm", "contain", "step", "mediate"}
)


#: Guards and rangers: armed, so an attack on them is a battle, but no state's forces.
PRIVATE = "Private Security Forces"


def forces_hit_alone(armed: list[Found], text: str) -> bool:
    """The state's forces are the only armed side told, and told as hit, never as acting
    ("Police officer killed in Abu Zur camp"; not "Clashes between military and SSNLM",
    whose other side the finder does not know)."""
    return (
        bool(armed)
        and all(f.inter in (1, 8) for f in armed)
        and any(f.syntax == "patient" or _HIT_AFTER.match(text, f.end) for f in armed)
        and not any(f.syntax == "agent" for f in armed)
    )


#: A headline's victim, its verb after it with no "was" ("Police officer killed in ...").
_HIT_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|are)\s+)?(?:shot|killed|stabbed|wounded|injured|hurt|attacked|"
    r"ambushed|abducted|kidnapped|beheaded|died|dies|found dead)\b",
    re.IGNORECASE,
)


def _state_forces(armed: list[Found]) -> list[Found]:
    """The state's or a mission's forces among the armed sides; guards and rangers are not."""
    return [f for f in armed if f.inter in (1, 8) and not f.template.startswith(PRIVATE)]


_BY_DRONE = re.compile(r"\b(?:drones?|quadcopters?|uavs?|paragliders?)\b", re.IGNORECASE)


#: A report telling that only the state's forces fly drones where the strike was.
_ONLY_THE_ARMY_FLIES = re.compile(
    r"\bonly the (?:[\w-]+ )?(?:military|army|air force|armed forces|government)\b[^.;]{0,40}"
    r"\b(?:operates?|operating|flies|fly|flying|uses?|using|has|have|possess\w*|deploy\w*)\b"
    r"[^.;]{0,20}\bdrones?\b",
    re.IGNORECASE,
)


def _unknown_operator(doc: Doc, mention: EventMention) -> bool:
    """A drone strike nobody is named for, or a report saying the striker is unknown: an air
    force is not to be presumed (several states and groups fly drones)."""
    if _UNKNOWN.search(text_of(doc)):
        return True
    if _ONLY_THE_ARMY_FLIES.search(text_of(doc)):
        return False  # "Only the federal military is known to operate armed drones"
    passage = text_of(doc)[mention.start : mention.end].lower()
    return ("drone" in passage or "quadcopter" in passage) and not re.search(
        r"\b(?:air ?force|warplanes?|jets?|army|military|government|coalition)\b",
        text_of(doc)[mention.start : mention.end],
        re.IGNORECASE,
    )


def _span(doc: Doc, found: Found | None) -> Span | None:
    return Span(found.start, found.end, text_of(doc)[found.start : found.end]) if found else None
