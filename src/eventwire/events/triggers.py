"""Trigger words: which passages report an event, and which reports are negated or hedged."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..nlp import (
    TRIGGERS_KEY,
    earlier_days_clauses,
    in_cause_clause,
    is_place,
    paragraph_end,
    paragraph_start,
    text_of,
)
from .lexicon import MONTH_WORD, is_month, trigger_table

#: Lemmas that, governing a trigger, mean the event did not (yet) happen as told.
HEDGE_LEMMAS = frozenset(
    {
        "deny", "threaten", "vow", "plan", "warn", "fear", "urge", "call", "reject", "plot",
        "intend", "pledge", "promise", "deter",
    }
)  # fmt: skip
#: Modifiers of a trigger noun that put the event in the future ("a planned rally").
FUTURE_LEMMAS = frozenset(
    {"plan", "planned", "upcoming", "scheduled", "proposed", "expected", "possible", "potential"}
)
FOIL_LEMMAS = frozenset({"foil", "thwart", "prevent", "avert", "defuse", "intercept"})
#: How far (characters) before a trigger a hedge phrase still governs it.
HEDGE_WINDOW = 40
CAPTURE_LEMMAS = frozenset({"seize", "capture", "overrun", "take", "storm"})
PLACES = frozenset({"GPE", "LOC", "FAC"})
#: A battle of words, not arms: "losing the battle online", "the fight against poverty".
FIGURATIVE = re.compile(
    r"[\"”’]?(?:,?\s+(?:this time|now|once again)\b,?)?\s+(?:online|on social media|"
    r"for (?:hearts|minds|votes|public opinion|the narrative|market share|customers|clients|"
    r"investors|business|trade|ratings|audiences|subscribers|talent)|"
    r"of (?:ideas|narratives)|against (?:poverty|corruption|disease|hunger|inflation|"
    r"malaria|extremism|radicali[sz]ation|terrorism|isis|is|the islamic state|al[- ]qaeda|"
    r"banditry|insecurity|insurgency|crime|criminality|militancy|piracy|cattle rustling|"
    r"drug trafficking|"
    r"underdevelopment|unemployment|illiteracy|ignorance|counterfeit\w*|climate change|"
    r"misinformation|disinformation|fake news|"
    # (nature: "It is a battle against the water")
    r"the (?:water|waters|floods?|fire|fires|flames|virus|pandemic|epidemic)|"
    # (or the hours: "This is a battle against time")
    r"(?:the )?(?:time|clock))|"
    # (or a cause: "a battle for the survival of independent civil society", "an attack on
    # Georgia's sovereignty", "an assault on democracy")
    r"for (?:the )?(?:survival|future|soul|freedom|independence|democracy|rights|justice|truth)\b|"
    r"on (?:[\w-]+['’]s |the |our |their |its )?(?:sovereignty|democracy|freedoms?|"
    r"independence|constitution|rule of law|free speech|press freedom|civil society|"
    r"dignity)\b|"
    # (or a haggle: "a battle over every single name"; not "over every inch" of ground)
    r"over (?:every|each) (?:single )?(?!inch|street|house|village|building|metre|meter|"
    r"yard|hill|road)\w+|"
    # (or a wrangle over money or rules: "a months-long battle over budget transfers")
    # (also told with its sides first: "a battle between the military government and foreign
    # miners over a new mining code")
    r"(?:between [^.;]{0,80}? )?"
    r"over (?:the |a |its |their )?(?:[\w-]+ ){0,2}?(?:budgets?|transfers|revenues?|salar(?:y|ies)|"
    r"codes?|regulations?|concessions?|permits?|stakes?|"
    r"payments?|funds?|funding|money|tax(?:es)?|tariffs?|prices?|polic(?:y|ies)|laws?|bills?|"
    r"reforms?|contracts?|licen[cs]es?|shares|debts?|wages|seats|votes|nominations?|custody|"
    r"appointments?|leadership|succession|royalties|subsidies|quotas?|pensions?|mayoralty|"
    r"presidency|governorship|premiership|office|posts?|elections?|nominations?|candidacy)\b|"
    # (a struggle inside a body: "There is a battle inside the government over how much")
    r"(?:inside|within) (?:the |a |an |its |their )?(?:[\w-]+ )?(?:government|party|coalition|"
    r"cabinet|administration|company|movement|family|ministry|parliament|leadership|board)\b|"
    # (a struggle told by its stake: "The battle now is for credibility")
    r"(?:now |here |today )?(?:is|was|will be) (?:now )?(?:for|about) (?!control\b)\w+|"
    r"(?:now |here |today )?(?:is|was|will be) (?:now )?over (?:the|who|how|what|whether)\b|"
    # (or a hold strengthened: "the outcome reinforced the PTI's grip on the province")
    r"(?:the |its |their |his |her |[\w-]+['’]s )(?:[\w'’-]+ ){0,2}(?:grip|perception|belief|"
    r"argument|image|dominance|hold on|standing|reputation|narrative|impression|fears|"
    r"concerns)\b|"
    # (or a win at the polls: "stormed to victory in Tuesday's by-election")
    r"to (?:a |an )?(?:(?:landslide|resounding|comfortable|narrow|easy|emphatic) )?(?:victory|"
    r"win|power|the lead|the top)\b|"
    # (or taken to talks: "the battle must move from the jungle to the negotiating table")
    # (or a flood of words: "bombarded with headlines"; or a boost: "a shot in the arm")
    r"with (?:[\w-]+ )?(?:headlines|questions|messages|calls|requests|criticism|news|emails|"
    r"complaints|offers|adverts|advertisements|information|propaganda)\b|"
    r"in the arm\b|"
    r"[^.;]{0,40}\bto the (?:negotiating|conference|peace) table\b|"
    # (or with it: "It was like a battle with the water all night")
    r"with (?:the )?(?:water|waters|floods?|fires?|flames|cold|snow|rain|storms?|winds?|"
    r"mud|sea|waves|heat|virus|pandemic|epidemic)\b|"
    # (or the cost of living: "Now the only battle is with the prices")
    r"(?:(?:is|was|are|were) )?(?:with|against) (?:the )?(?:(?:high|rising|food|fuel) )?"
    r"(?:prices|costs?|bills|debts?|bureaucracy|drought|cancer|illness|addiction))\b",
    re.IGNORECASE,
)
#: Water or fire told as fought just before: the fight or battle told next is theirs.
_NATURE_FOUGHT_BEFORE = re.compile(
    r"\b(?:fought|fighting|battled|battling)\s+(?:the\s+|against\s+(?:the\s+)?)?"
    r"(?:rising\s+)?(?:water|waters|floods?|floodwaters?|fires?|flames|blaze|wildfires?|"
    r"storms?|rain|winds?|snow|cold|mud)\b[^\n]*$",
    re.IGNORECASE,
)
#: What troops or people fight that is no armed side: floods, fires, "a different enemy".
_FOUGHT_NATURE = re.compile(
    r"[\"”’]?\s+(?:(?:a|an) (?:different|new|other|invisible|silent) (?:kind of )?"
    r"(?:enemy|war|battle)|"
    # ("had been 'fighting a losing battle' against the rising water"): a struggle
    r"(?:a|an) (?:losing|uphill) (?:battle|fight)\b|"
    # (or for trade: "factories fought to win back orders from U.S. buyers"; "It is a
    # battle every season")
    r"(?:hard |for \w+ )?to (?:win|keep|attract|secure|retain|regain|woo|lure|reassure|"
    r"convince|persuade)\s+(?:back\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:orders|customers|buyers|market share|contracts|investors|business|"
    r"clients|tourists|shoppers|subscribers|sales|lenders|creditors|donors|markets)\b|"
    r"every (?:season|year|month|week|single day)\b|"
    # (or an ill of a land: "security agencies in fighting banditry in frontline areas")
    r"(?:banditry|terrorism|insecurity|insurgency|crime|criminality|extremism|militancy|piracy|"
    r"cattle rustling|drug trafficking)\b|"
    r"(?:the )?(?:floods?|flood ?waters?|water|fires?|wildfires?|blazes?|flames|cholera|"
    r"locusts|(?:freezing |sub-zero |extreme |bitter )?(?:temperatures|cold)|"
    r"(?:heavy )?snow(?:fall|drifts|storms?)?|blizzards?|avalanches?|mud|rains?|heat|winds|"
    r"(?:an? )?(?:outbreak|"
    r"epidemic|pandemic|disease|virus))|"
    # ("We fought all night to save what we could"): a struggle to save, no fight
    r"(?:(?:all (?:night|day)|for hours|hard|desperately) )?to (?:save|rescue) (?:what|(?:our|"
    r"their|his|her) (?:homes?|houses?|belongings|livestock|crops|possessions)|(?:the )?"
    r"(?:residents|people|families|survivors|villagers|children|passengers|miners|those))|"
    # ("Rescue teams battled through the night to evacuate more than 300 families")
    r"(?:(?:all (?:night|day)|through the night|overnight|for (?:hours|days)|hard|desperately) )?"
    r"to (?:reach|evacuate|feed|dig out|"
    r"clear|restore|cope with|keep up with) (?:(?:more than|at least|some|about|nearly|over) )?"
    r"(?:\d[\d,]* )?(?:the |stranded |cut-off |isolated |remote )?"
    r"(?:communities|villages|survivors|victims|residents|families|people|roads?|power|"
    r"demand|areas)|"
    r"(?:(?:all (?:night|day)|for hours|hard|desperately) )?to (?:contain|put out|hold back) the "
    r"(?:fires?|flames|blaze|water|floods?))\b",
    re.IGNORECASE,
)
#: People or things told as hostage to something ("has become hostage to domestic
#: calendars", "tired of being hostages to these militias"): a figure of speech.
_HOSTAGE_TO = re.compile(r"hostages?", re.IGNORECASE)
#: ... or a place or a body held hostage ("hold regions of the country hostage").
_HOLD_A_PLACE = re.compile(
    r"\bh(?:o|e)ld(?:s|ing)?\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:country|nation|regions?|cities|city|state|economy|process|government|population|"
    r"elections?|region|province|capital|file|talks|negotiations|deal|budget|peace|vote|"
    r"parliament|oil ?fields?|oil|ports?|resources|wealth|revenues?|institutions|future|"
    r"infrastructure)(?:\s+of\s+(?:the\s+)?[\w-]+)?\s+$",
    re.IGNORECASE,
)
_BEING_BEFORE = re.compile(
    r"\b(?:be|being|been|is|are|was|were|become|becomes|became|remains?|remained)\s+"
    r"(?:\w+\s+)?$",
    re.IGNORECASE,
)
_TO_AFTER = re.compile(r"\s+to\b", re.IGNORECASE)
#: Words before a trigger that make it a group's habit, not an event ("a small group
#: notorious for kidnappings and bombings", "known for attacks on churches", "It is accused
#: of killing thousands of civilians": its record, not "was accused of killing a man").
HABIT_BEFORE = re.compile(
    r"\b(?:notorious|known|infamous|reputed|renowned) for "
    r"(?:(?:its|their|his|a|the|past|frequent|repeated|numerous|many|deadly|brutal|"
    r"high-profile|[\w-]+ing|\w+s) (?:and )?(?:for )?){0,4}$"
    # ("Our troops who once fought in these same villages": a time gone by)
    r"|\b(?:once|formerly|previously|used to)\s+$"
    # "has continued to carry out frequent massacres": what it does again and again
    r"|\b(?:frequent|regular|routine|recurring|repeated|periodic|countless|numerous|sporadic|"
    r"occasional)\s+"
    # (not the soldiers' "routine patrol" before what they did on it)
    r"(?!(?:patrols?|operations?|checks?|visits?|inspections?|duty|duties|basis)\s)"
    r"(?:[\w-]+\s+(?:(?:and|or)\s+(?:[\w-]+\s+)?)?)?$"
    # "has seen repeated bouts of fighting between armed factions since 2020"
    r"|\b(?:frequent|regular|recurring|repeated|periodic|sporadic|occasional|several|many|"
    r"numerous)\s+(?:bouts|rounds|episodes|cycles|spells|outbreaks) of\s+$"
    # "had increasingly used drones to attack", "are regularly abducted": a trend, a habit
    r"|\b(?:increasingly|regularly|routinely|frequently|habitually|often|usually|typically)"
    r"\s+(?:[\w-]+\s+){0,4}$"
    # a trend: "Northern Benin has faced growing attacks by jihadist groups"
    r"|\b(?:has|have|had)\s+(?:faced|seen|suffered|witnessed|endured|experienced)\s+(?:a\s+)?"
    r"(?:growing|rising|increasing|mounting|more|escalating|persistent|(?:surge|rise|increase|"
    r"wave|upsurge|spike)\s+(?:in|of))\s+(?:[\w-]+\s+)?$"
    # a war told by its means: "a war of ambushes, drone strikes and shifting control"
    r"|\b(?:a|the) (?:war|conflict|campaign|insurgency) of (?:[\w-]+,? ){0,3}$"
    # "jihadist groups ... continue to carry out deadly attacks, particularly in Tillaberi",
    # "its remnants still carry out sporadic attacks"
    r"|\b(?:continu(?:e|es|ing) to|still) (?:carry out|launch|stage|mount|conduct|commit|"
    r"perpetrate)\s+"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: A record a group is accused of ("It is accused of killing thousands of civilians"):
#: no one deed ("have been accused of raping a young girl" tells one).
ACCUSED_BEFORE = re.compile(
    r"\b(?:is|are|has been|have been) (?:\w+ )?(?:accused|blamed|suspected) of $", re.IGNORECASE
)
MANY_AFTER = re.compile(
    r"\s+(?:tens of )?(?:thousands|hundreds|scores|dozens|many|countless|numerous)\b",
    re.IGNORECASE,
)
#: After a deed, the many places it was done in: "liberated dozens of localities".
_MANY_PLACES_AFTER = re.compile(
    r"[\"”’']?\s+(?:(?:tens|hundreds) of )?(?:dozens|scores|hundreds|numerous|countless) of "
    r"(?:[\w-]+ )?(?:localities|villages|towns|areas|positions|districts|communities)\b",
    re.IGNORECASE,
)
#: After a death word, the series it was counted in ("killed in similar clashes").
_IN_SIMILAR = re.compile(r"\s+(?:in|during) (?:similar|such|other) ", re.IGNORECASE)
#: Words before a trigger that count it in a series, the event told already or those before
#: it ("It was the third such raid this month", "the latest in a string of attacks").
SERIES_BEFORE = re.compile(
    r"\b(?:(?:the|a|its|their) (?:(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th)|latest|last) )?such (?:[\w-]+ )?|the latest (?:in|of) an? "
    r"(?:(?:series|string|spate|wave|spree|run) of)(?: [\w-]+)? |"
    # "It was the second grenade attack in the city this week"
    r"(?:it|this|that) (?:was|is|marks|marked) (?:the|its) (?:second|third|fourth|fifth|"
    r"sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|latest) (?:[\w-]+ )?|"
    # "Dozens of people were killed in similar clashes last year": others like it
    r"\bsimilar (?:[\w-]+ )?|"
    # "Western Niger has been hit by a string of deadly attacks": many, none told
    r"(?:has|have) been (?:hit|rocked|shaken|plagued|struck) by an? (?:series|string|spate|wave)"
    r" of (?:[\w-]+ )?|"
    # ("Kyiv has been hit by several large attacks this year")
    r"(?:has|have) been (?:hit|rocked|shaken|plagued|struck|targeted) by (?:several|many|"
    r"numerous|repeated|frequent|dozens of|a number of) (?:[\w-]+ )?|"
    # "The attacks come amid a renewed wave of roadside bombings in Lamu": many, none told
    r"\bamid (?:a|the) (?:renewed |new |recent |growing |fresh )?(?:wave|spate|string|series|"
    r"surge|rise|flurry) (?:in|of) (?:[\w-]+ )?|"
    # "Diplomats cited a wave of drone strikes in October": many, cited, none told
    r"\b(?:cited|citing|cite|pointed to|pointing to|referred to|noted|condemned|condemning)\s+"
    r"(?:a|the) (?:recent )?(?:wave|spate|string|series|flurry|rash) of (?:[\w-]+ )?|"
    # "a steady trickle of hit-and-run attacks in the north": many, none told
    r"\ba (?:steady |constant |continuing |growing |regular )?(?:trickle|drumbeat|litany) of "
    r"(?:[\w-]+ ){0,2}|"
    # "Lamu was the scene of some of the deadliest Shabaab attacks": a class, none told
    r"\b(?:some|one|many|several|few) of the (?:deadliest|worst|bloodiest|heaviest|largest|"
    r"biggest|fiercest|most (?:[\w-]+)) (?:[\w-]+ ){0,3}|"
    # "the TTP, which Islamabad blames for a wave of deadly attacks": many, blamed, none told
    r"\bblam(?:es|ed|ing) (?:[\w-]+ ){0,3}?for (?:a|the) (?:recent |renewed |deadly )?"
    r"(?:wave|spate|string|series|surge|rise) (?:in|of) (?:[\w-]+ )?)$",
    re.IGNORECASE,
)
#: A time gap before a trigger ("two days after an ambush", "a week after the bombing"):
#: the earlier event the report dates its own by.
GAP_BEFORE = re.compile(
    r"\b(?:hours?|days?|weeks?|months?|years?) (?:after|since) (?:(?:a|an|the|[\w-]+(?:'s|’s)) )?"
    # ("a day after government forces recaptured a strategic town")
    r"(?:[\w-]+ ){0,4}$",
    re.IGNORECASE,
)
#: An event named by its day as the time of another: "after the 21 November attack".
_MONTHS = rf"(?i:{MONTH_WORD})"
_AFTER_THE_DAYS = re.compile(
    rf"\b(?:after|since|following|before) the (?:\d{{1,2}}(?:st|nd|rd|th)? {_MONTHS}|"
    rf"{_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:'s|’s)?)"
    r" (?:[\w-]+ )?$"
)
#: ... and a later event a report dates its own by, in a clause of its own (", hours before
#: explosives dropped from drones struck a police station"): told in its own passage, if
#: at all; "battled troops for hours before pulling back" is the fight's end.
GAP_AFTER = re.compile(
    r",\s+(?:(?:only |just )?(?:hours|minutes|a day|days|a week)|shortly|moments) before\b"
    r"[^,.;:]{0,50}$",
    re.IGNORECASE,
)
#: A truce or a deal named as a thing (not signed or agreed in the sentence) ...
_AN_AGREEMENT = re.compile(
    r"ceasefire|cease-fire|truce|peace (?:deal|agreement|accord|talks)|prisoner (?:exchange|swap)|"
    r"signed (?:an? )?(?:agreement|deal|accord)",
    re.I,
)
#: ... told as not agreed ("ended without agreement on a ceasefire monitoring mechanism or a
#: prisoner exchange") ...
_NOT_AGREED = re.compile(r"\bwithout (?:an? )?(?:agreement|deal|accord) on\b[^.;]*$", re.I)
#: ... or as lasting, lapsing or failing ("the truce formally expired that October").
_KEPT_AFTER = re.compile(
    r"\s+(?:\w+ly\s+)?(?:expired|ended|collapsed|broke down|held|holds|has held|remains|"
    r"is holding|was extended|lapsed)\b",
    re.I,
)
#: ... as one kept, broken, watched or not reached: made before, or never.
#: A taking of control, and after it a building or a prison's part: "regained control of
#: the pavilion".
_CONTROL_OF = re.compile(r"\bcontrol\b", re.IGNORECASE)
_A_BUILDING_AFTER = re.compile(
    r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:pavilions?|cell ?blocks?|wings?|prisons?|jails?|"
    r"penitentiar(?:y|ies)|cells|buildings?|compounds?|facilit(?:y|ies)|campus|stadium|"
    r"hospital|ward)\b",
    re.IGNORECASE,
)
#: Arms as goods: "the consignment of ", "a cache of ".
_A_LOT_OF_BEFORE = re.compile(
    r"\b(?:consignments?|shipments?|caches?|stockpiles?|supplies|supply|stocks?|haul|"
    r"packages?|parcels?|batch) of\s+(?:(?:hand|live|\d+|two|three|four|five|several)\s+)*$",
    re.IGNORECASE,
)
#: Arms carried, listed: "armed with pistols, knives and at least one ".
_ARMED_WITH_BEFORE = re.compile(
    r"\barmed with\b[^.;]{0,60}?(?:\band\s+)?(?:(?:at least|some|several|an?|one|two|three)\s+)*"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: A deed told as done before the one at hand: "... from the compound beforehand".
_BEFOREHAND_AFTER = re.compile(r"[^.;]{0,60}?\bbeforehand\b", re.IGNORECASE)
#: What an accord binds its sides to: "provides for an immediate halt to fire, ...".
_AN_ACCORDS_TERMS_BEFORE = re.compile(
    r"\b(?:provides? for|provided for|stipulates?|stipulated|envisages?|envisaged|"
    r"foresees?|commits? (?:the|both|all) (?:two )?(?:sides|parties) to)\b[^.;]{0,150}$",
    re.IGNORECASE,
)
#: Deeds feared: "afraid of the ", "fear of more ".
_FEARED_BEFORE = re.compile(
    r"\b(?:afraid|fearful|scared|terrified|frightened|fears?|feared|fearing)\s+(?:of\s+)?"
    r"(?:the\s+|more\s+|further\s+|new\s+|renewed\s+|possible\s+|reprisal\s+)*$",
    re.IGNORECASE,
)
#: What a side is bound or asked to stop: "to halt offensive ", "to cease all ".
_TO_HALT_BEFORE = re.compile(
    r"\b(?:to|will|would|must|should)\s+(?:immediately\s+)?(?:halt|stop|end|cease|suspend|"
    r"refrain from)\s+(?:all\s+|any\s+|their\s+|its\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: Weeks of deeds before the one told: "after two weeks of ", "amid months of heavy ".
_A_STRETCH_OF_BEFORE = re.compile(
    r"\b(?:after|following|amid|despite)\s+(?:(?:more than|nearly|almost|about|over)\s+)?"
    # (not days: "entered the town on Saturday after two days of fighting on its approaches"
    # is the capture's own fight)
    r"(?:two|three|four|five|six|seven|eight|nine|ten|several|many|\d+)\s+(?:weeks|months|"
    r"years)\s+of\s+(?:[\w-]+\s+(?:and\s+)?){0,3}$",
    re.IGNORECASE,
)
#: What a conflict or a place is told by: "has been marked by attacks on civilians, ".
_MARKED_BY_BEFORE = re.compile(
    r"\b(?:marked|characteri[sz]ed|defined|plagued|blighted|dogged|scarred)\s+by\s+"
    r"(?:(?:repeated|frequent|regular|recurrent|deadly)\s+)?(?:[\w-]+\s*(?:,\s*|\s+and\s+|\s+)){0,10}$",
    re.IGNORECASE,
)
#: The deed a court's accused took part in: "The defendants took part in ...".
_THE_ACCUSEDS_PART_BEFORE = re.compile(
    r"\b(?:defendants|accused|convicts?|convicted men|suspects)\s+(?:had\s+)?(?:took|taken|"
    r"played)\s+(?:a\s+)?part\s+in\b[^.;]*$|\b(?:defendants|accused|convicts?)\s+"
    r"(?:had\s+)?participated\s+in\b[^.;]*$",
    re.IGNORECASE,
)
#: A deed told before set among others: " fit a pattern of", " are part of a wave of".
_A_PATTERN_AFTER = re.compile(
    r"\s+(?:fit|fits|fitted|follow|follows|followed|are part of|is part of|were part of)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+)?(?:pattern|wave|campaign|trend)\b",
    re.IGNORECASE,
)
#: Deeds told as what a telling was about: "describing drone strikes".
_DESCRIBING_BEFORE = re.compile(
    r"\b(?:describing|recounting|documenting|depicting)\s+(?:the\s+|recent\s+|past\s+)?"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: Deeds listed as the grounds of a charge: "citing mass killings, rapes and ".
_CITING_BEFORE = re.compile(
    r"\bciting\s+(?:(?:mass|widespread|systematic|the)\s+)?(?:[\w'’-]+,?\s+(?:and\s+)?){0,8}$",
    re.IGNORECASE,
)
#: An agreement made to keep one: "agreed on Tuesday to observe a ceasefire".
_AGREED_TO_KEEP = re.compile(
    r"\bagree(?:d|s)?\b[^.;]{0,30}?\bto\s+(?:observe|respect|uphold|abide by|implement)\s+"
    r"(?:a\s+|an\s+|the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_KEPT_OR_BROKEN = re.compile(
    r"\b(?:violat\w*|breach\w*|breaking|broke|end(?:ed|ing|s)?|monitor\w*|despite|under|without|no|respect\w*|"
    r"uphold\w*|observ\w*|fragile|existing|current|collapse\w*|accus\w*|expired?|since|"
    # ("led the government to suspend peace talks with the ELN")
    r"suspend\w*|halt\w*|froze|freez\w*|(?:broke|break\w*|call\w*) off|abandon\w*)\s+"
    r"(?:of\s+)?(?:the\s+|a\s+|an\s+|its\s+|their\s+|agreement\s+on\s+a\s+)?(?:[\w.-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: ... or as one sought, not yet made ("said they were working on a truce", "called for a
#: ceasefire", "talks on a prisoner exchange").
_SOUGHT = re.compile(
    r"\b(?:working (?:on|towards?)|work(?:ed|s)? (?:on|towards?)|push(?:ed|es|ing)? for|"
    r"call(?:ed|s|ing)? for|appeal(?:ed|s|ing)? for|urg(?:ed|es|ing)|seek(?:s|ing)?|sought|"
    r"negotiating|hop(?:e|es|ed|ing) (?:for|to (?:reach|agree|secure))|"
    r"propos(?:e|es|ed|ing)|talks (?:on|about|over|towards?)|broker(?:ing)?|efforts? (?:to|"
    r"towards?)(?: (?:reach|secure|agree))?|to (?:accept|agree to|agree on|sign|reach|conclude)|"
    # ("said that any truce must include the withdrawal of the RSF")
    r"\bany|"
    # ("met to discuss a possible framework for a ceasefire")
    r"framework for|road ?map (?:to|for)|terms (?:of|for)|(?:prospects?|possibility) (?:of|for))"
    r"\s+(?:a |an |the |new |lasting )?(?:[\w-]+ ){0,3}$",
    re.IGNORECASE,
)
#: A deed told only as what reports or rumours said ...
_REPORTS_OF = re.compile(
    r"\b(?:reports?|rumou?rs?|claims?|news|word) (?:of|that|about) (?:an? |the )?(?:[\w-]+ )?$",
    re.IGNORECASE,
)
#: A sentence telling what a deal made before brought about.
_UNDER_THE_DEAL = re.compile(
    r"\s*Under (?:the|a|its|their) (?:[\w-]+ ){0,2}(?:truce|ceasefire|cease-fire|agreement|deal|"
    r"accord|plan|pact)\b",
    re.IGNORECASE,
)
#: Forces counted in thousands.
_THOUSANDS_OF = re.compile(r"\b(?:thousands|tens of thousands) of\b", re.IGNORECASE)
#: A stoppage or rally a group announces: one still to come.
_ANNOUNCED = re.compile(
    r"\bannounc(?:ed|es|ing) (?:an? |the )[\"“]?(?:[\w-]+ ){0,3}(?:[\w-]+, or )?(?:[\w-]+ )?$",
    re.IGNORECASE,
)
_CALLED_STRIKE = re.compile(
    r"(?:general |nationwide |half-day |day-long )?(?:strikes?|hartals?|protests?|march(?:es)?|"
    r"rall(?:y|ies)|sit-ins?|demonstrations?|shutdowns?)",
    re.IGNORECASE,
)
#: A day told in a sentence: its deed is of that day.
_A_DAY_TOLD = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|last night|this "
    r"(?:week|morning)|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December) \d{1,2}|\d{1,2} (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December))\b"
)
#: ... or as talked of in talks that ended with none ("Talks ... on a ceasefire ... were
#: adjourned in Nairobi on Wednesday without a deal").
_NO_DEAL_AFTER = re.compile(
    r"[^.;]*\b(?:without (?:a |an |any )?(?:deal|agreement|breakthrough)|were adjourned|"
    r"(?:talks|negotiations) (?:stalled|broke down|collapsed))\b",
    re.IGNORECASE,
)
#: A deed only first told so, the telling since withdrawn.
_AT_FIRST_SAID = re.compile(
    r"\b(?:initially|at first|originally) (?:said|reported|claimed|thought|believed)\b"
    r"[^.;]{0,80}$",
    re.IGNORECASE,
)
#: A deed told only by posts on social media, unconfirmed.
_SOCIAL_MEDIA_CLAIM = re.compile(
    r"\b(?:messages|posts|videos|rumou?rs?|reports|claims|accounts) (?:circulating|shared|"
    r"posted|spread(?:ing)?) (?:on|across|via) social (?:media|networks)\b[^.;]{0,60}\b(?:claimed|"
    r"said|alleged|suggested|reported)\b[^.;]{0,80}$",
    re.IGNORECASE,
)
#: "have been", "has been" before a deed: a tally over a span ("have been killed ... over
#: the same period") or a deed gone on for years ("has been fighting ... for years").
_PERFECT_BE = re.compile(r"\b(?:have|has) been\s+$", re.IGNORECASE)
_PERFECT = re.compile(r"\b(?:have|has)\s+$", re.IGNORECASE)
#: Deeds told as carried out in the perfect: "has conducted ground and air operations".
_PERFECT_CONDUCTED = re.compile(
    r"\b(?:have|has)\s+(?:conducted|carried out|waged|staged|launched)\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_OVER_A_PERIOD = re.compile(
    r"[^.;]*\b(?:(?:over|during|in) the (?:same|past|last|previous) (?:period|(?:\w+ )?"
    r"(?:years?|months?|weeks?|decades?))|since (?:then|the (?:start|beginning|war|conflict)|"
    r"(?:19|20)\d\d)|"
    # ("More than 250 people have been killed and 60,000 displaced in the conflict")
    r"in the (?:conflict|war|violence|insurgency|crisis|unrest|uprising)(?! (?:on|this|last) )"
    r"(?=\s*[.;,]|\s*$))",
    re.IGNORECASE,
)
#: A war's dead counted in thousands before "have been": "Thousands have been killed",
#: "more than 40,000 people have been killed", a conflict's tally, no one event's.
_A_WARS_DEAD_BEFORE = re.compile(
    r"(?:\b(?:(?:tens|hundreds) of )?(?:thousands|millions)(?: of (?:people|civilians|others))?|"
    r"\b\d{1,3}(?:,\d{3})+(?: (?:people|civilians|others))?)\s+(?:have|has) been\s+$",
    re.IGNORECASE,
)
#: Those who did a deed told before, named by it ("the attackers"), ...
_THE_DOERS = re.compile(r"attackers|assailants|gunmen|raiders", re.IGNORECASE)
#: ... and gone by the time anyone came: "the attackers had crossed back into Nigeria" (not
#: "after which the attackers retreated", the end of the fight told).
_GOT_AWAY_AFTER = re.compile(
    r"\s+(?:(?:had|have|has)\s+(?:already\s+)?|already\s+)(?:fled|escaped|crossed|left|gone|"
    r"withdrawn|retreated|disappeared|vanished|melted)\b"
    # (or fled, told on the spot: "The attackers fled on motorcycles and had not been
    # identified")
    r"|\s+(?:fled|escaped|sped off|drove off|got away)\b",
    re.IGNORECASE,
)
#: A shutdown, a town's or a machine's.
_SHUTDOWN = re.compile(r"shut-?downs?", re.IGNORECASE)
#: What shuts down that is no workforce: a reactor's "cold shutdown".
_A_MACHINES_BEFORE = re.compile(
    r"\b(?:cold|hot|reactors?|emergency|safe|automatic|internet|network|plant)\s+$", re.IGNORECASE
)
#: An accuser's word for a deed: "accused the army of 'a deliberate massacre'".
_ACCUSED_OF_BEFORE = re.compile(
    r"(?:\baccus(?:ed|ing|es)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?\s+of\s+|"
    # ("Its fighters were accused of repeated attacks on civilians and of laying landmines":
    # a record; "have been accused of raping a girl" tells the one deed)
    r"\b(?:was|were|is|are|been|being)\s+accused\s+of\s+(?=(?:repeated|numerous|multiple|"
    r"many|several|a (?:string|series|spate|wave) of)\b)(?:[^.;]{0,80}?\band\s+of\s+)?)"
    r"\s*[\"“']?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: A stoppage called for a day to come, told as what something came before.
_STOPPAGE_AHEAD = re.compile(
    r"(?:general )?(?:shutdown|strike|bandh|hartal|stayaway|stay-away|lockdown)", re.IGNORECASE
)
_AHEAD_OF = re.compile(
    r"\bahead of (?:the |a |an |its |their |(?:[A-Z][a-z]+day|next week)['’]s )?"
    r"(?:planned |expected |proposed |announced |called |threatened )?$",
    re.IGNORECASE,
)
#: Forces that may be sent: the only things whose sending to come is no deployment yet.
_SENT_FORCES = re.compile(
    r"\b(?:reinforcements?|troops|soldiers|forces|units|peacekeepers|police(?:men)?|battalions?)",
    re.IGNORECASE,
)
#: A sending told as to come, right after what is sent: "would be sent", "are to be deployed".
_TO_BE_SENT_AFTER = re.compile(
    r"\s+(?:would|will|are to|is to|were to|was to|could|might)\s+(?:soon\s+)?be\s+"
    r"(?:sent|deployed|dispatched|posted|stationed|redeployed)\b",
    re.IGNORECASE,
)
#: A span of years told right before a deed: "who for years battled militants".
_FOR_YEARS_BEFORE = re.compile(
    r"\b(?:for|over the|over) (?:many |several |two |three |\d+ )?(?:years|decades|months)\s+$",
    re.IGNORECASE,
)
#: Crops or land told as destroyed, with nobody said to destroy them (a flood's damage).
_CROPS_WERE_BEFORE = re.compile(
    r"\b(?:crops|harvests?|hectares|farmland|fields|paddies)\b[^.;]{0,60}?\b(?:had been|have "
    r"been|has been|were|was)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
#: A site told as made safer: "the courthouse, which was reinforced".
_A_SITE_WAS_BEFORE = re.compile(
    r"\b(?:courthouse|court|building|compound|premises|venue|embassy|office|headquarters|"
    r"palace|stadium|prison|school|hotel|airport)\b[^.;]{0,20}?\b(?:was|were|has been|had been|"
    r"have been|is|are)\s+(?:also\s+)?$",
    re.IGNORECASE,
)
#: A person told by a kin's fate: "a woman whose father was shot dead".
_WHOSE_KIN_BEFORE = re.compile(
    r"\bwhose\s+(?:[\w-]+\s+){1,3}(?:was|were|had been|has been|have been)\s+(?:[\w-]+\s+){0,5}$",
    re.IGNORECASE,
)
#: Something set up, told by who set it up ("the civil administration set up by the RSF").
_SET_UP = re.compile(r"set up|established|formed|installed", re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)
#: ... or a camp or shelter for those a disaster or a war drove out.
_A_RELIEF_CAMP_BEFORE = re.compile(
    r"\b(?:camps?|shelters?|clinics?|kitchens?|centres?|centers?)\b[^.;]{0,50}\b(?:displaced|"
    r"flood|victims|families|refugees|evacuees|homeless)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
#: A deed hoped for: "until every inch of Sudan is liberated".
_UNTIL_IT_IS_BEFORE = re.compile(
    r"\buntil\s+(?:[\w'’-]+\s+){0,5}(?:is|are|has been|have been)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
#: Blasts told in the sky: what an interception sounded like.
_IN_THE_SKY_AFTER = re.compile(
    r"\s+(?:high\s+)?(?:in the sky|overhead|in the air)\b", re.IGNORECASE
)
#: Talks about a deal still to be made: "holds talks in Muscat on a new exchange of".
_TALKS_ON_BEFORE = re.compile(
    r"\b(?:talks|negotiations|discussions|consultations)\b[^.;]{0,70}?\b(?:on|over|about|"
    r"towards?)\s+(?:a |an |the )?(?:new |possible |proposed |fresh |further |lasting )?$"
    # (or what the talks stuck on: "Sticking points included the withdrawal of troops")
    r"|\b(?:sticking points?|points? of contention|stumbling blocks?|the (?:main |key )?issues)"
    r"\s+(?:\w+\s+){0,3}?(?:included|include|includes|were|are|remain|remained)\s+"
    r"(?:a |an |the )?$",
    re.IGNORECASE,
)
#: The count of drones or missiles downed after which it is a night's tally across a
#: country, not one place's interception.
NIGHTS_TALLY_MIN = 20
_DOWNED = re.compile(r"(?:shot down|downed|intercepted|destroyed|jammed)", re.IGNORECASE)
_DOWNED_COUNT_AFTER = re.compile(
    r"(?:\s+(?:or|and)\s+\w+)?\s+(?:at least\s+|more than\s+|over\s+|some\s+)?(\d[\d,]*)\b",
    re.IGNORECASE,
)
_DOWNED_COUNT_BEFORE = re.compile(
    r"\b(\d[\d,]*)\s+(?:[\w-]+\s+){0,2}(?:drones|missiles|rockets|uavs|aircraft)\s+"
    r"(?:(?:had|have|has|were|was)\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)


def _nights_tally(text: str) -> bool:
    """The sentence counts drones or missiles downed by the score: a night's tally."""
    for downed in _DOWNED.finditer(text):
        count = _DOWNED_COUNT_AFTER.match(text, downed.end())
        if count and int(count.group(1).replace(",", "")) >= NIGHTS_TALLY_MIN:
            return True
    return False


#: An incident told before, named bare as what was said of it: "neither side mentioned the
#: shooting in brief statements", "condemned the attack."
_MENTIONED_THE_BEFORE = re.compile(
    r"(?<!\bnot )(?<!n't )(?<!\bnever )\b(?:mention\w*|condemn\w*|discuss\w*|den(?:y|ies|ied)|"
    r"investigat\w*|referr\w+ to|address\w*|comment\w* on|play\w* down|downplay\w*)\s+the\s+$",
    re.IGNORECASE,
)
_BARE_AFTER = re.compile(
    r"(?!\s+(?:on|at|near|that|which|by|against|of|targeting)\b)(?!\s+in\s+(?-i:[A-Z]))"
)
#: One of the deeds a lede summed up, told by its rank: "The first attack took place".
_ORDINAL_BEFORE = re.compile(r"\b[Tt]he (?:first|second|third|fourth|other|earlier) $")
_TOOK_PLACE_AFTER = re.compile(r"\s+(?:took place|happened|occurred|was carried out)\b")
#: An accord talked about: "to discuss the stalled second phase of the ceasefire".
_ACCORD_WORD = re.compile(
    r"cease-?fire|truce|agreement|deal|accord|exchange|swap|handover", re.IGNORECASE
)
_DISCUSSING_BEFORE = re.compile(
    r"\b(?:discuss\w*|negotiations?|negotiating|to negotiate)\b(?:[^.;]|\.(?!\s)){0,70}$",
    re.IGNORECASE,
)
#: A deed only put forward: 'had proposed an "all-for-all" exchange of prisoners'.
_PROPOSED_BEFORE = re.compile(
    r"\b(?:propos\w+|offer\w*|suggest\w*|called for|calling for|sought|seeking|"
    r"insists? on|insisted on|insisting on)\s+"
    r"(?:an?\s+|the\s+)?(?:[\"“'‘]?[\w-]+[\"”'’]?\s+){0,3}$",
    re.IGNORECASE,
)
#: Deeds of a kind a rule or a ban is about: "restricting police raids in favelas".
_POLICY_ON_BEFORE = re.compile(
    r"\b(?:restrict\w*|ban(?:s|ned|ning)?|limit\w*|prohibit\w*|curb\w*|regulat\w*|outlaw\w*)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: Deeds told as happening day after day: "near-daily skirmishes, shelling and".
_DAILY_BEFORE = re.compile(
    r"\b(?:near-daily|near daily|almost daily|daily|nightly|near-constant|constant|frequent|"
    r"sporadic|periodic|regular|occasional)\s+(?:[\w-]+,?\s+(?:and\s+)?){0,3}$",
    re.IGNORECASE,
)
#: A war's span after the deed: "launched missiles at Israel during the Gaza war".
_DURING_A_WAR_AFTER = re.compile(
    r"[^.;]{0,120}?\bduring the (?:[\w-]+ ){0,3}(?:war|civil war|insurgency|uprising)\b"
    r"(?! (?:this|last) (?:week|month))",
    re.IGNORECASE,
)
#: A perfect tense, and a deed told as done again and again after it.
_HAVE = re.compile(r"\b(?:has|have)\b", re.IGNORECASE)
_REPEATEDLY_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:repeatedly|regularly|frequently|several times|many times|"
    r"time and again|dozens of times)\b",
    re.IGNORECASE,
)
#: A word's meaning told: 'uses the term "neutralized" to mean killed, wounded'.
_TO_MEAN_BEFORE = re.compile(
    r"\b(?:to mean|which means|meaning|refers? to|is defined as|a euphemism for)\s+"
    r"(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,3}$",
    re.IGNORECASE,
)
#: ... or a word named as a term: 'the term "neutralized"'.
_THE_TERM_BEFORE = re.compile(
    r"\bthe (?:term|word|phrase|expression|label)s?\s+[\"“'‘]?$", re.IGNORECASE
)
#: Aircraft sent up, not striking: "scrambled fighter jets".
_SCRAMBLED_BEFORE = re.compile(r"\bscrambl\w*\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: A night's count of what was launched: "had launched 653 drones and 51 missiles".
_LAUNCHED_COUNT_BEFORE = re.compile(
    r"\b(?:launched|fired)\s+(?:a total of\s+|at least\s+|more than\s+|some\s+|over\s+)?"
    # ("launched two Iskander-M ballistic missiles and 55 drones overnight")
    r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:and\s+\d[\d,]*\s+(?:[\w-]+\s+){0,2}?)?$",
    re.IGNORECASE,
)
#: The target of missiles launched, told right after them.
_AIMED_AFTER = re.compile(
    r"(?:\s+[\w,-]+){0,4}?\s+(?:targeting|targetting|aimed at|striking|at (?:a|an|the) |"
    # ("fired two missiles at Kharkiv")
    r"(?:at|on|into) (?-i:[A-Z]))",
    re.IGNORECASE,
)
#: A tally told for the whole country, its places untold.
_NOWHERE_TOLD_AFTER = re.compile(
    r"[^.;]{0,200}?\b(?:without (?:saying|specifying|giving|naming) (?:where|(?:the |any )?"
    r"locations?)|without (?:giving|providing|offering) (?:a |any )?breakdown|"
    r"(?:did|does) not (?:say|specify|give) where|"
    r"(?:launched|fired) (?:at|against|on|across) the (?:whole )?country)\b",
    re.IGNORECASE,
)
#: A share of a country's land told after a capture: a war's running tally of ground.
_SHARE_OF_THE_LAND = re.compile(
    r"\s+[\"“']?(?:(?:more than|over|nearly|almost|about|some|around)\s+)?\d+(?:\.\d+)?\s*"
    r"(?:%|percent|per cent)[\"”']?\s+of\s+(?:the\s+|its\s+)?(?:national\s+|country['’]s\s+)?"
    r"(?:territory|country|land)\b",
    re.IGNORECASE,
)
#: A petition before a court: a case, no demonstration.
_PETITION = re.compile(r"petitions?", re.IGNORECASE)
_COURT_BEFORE = re.compile(r"\b(?:hearings?|court|judges?|ruling|tribunal)\b[^.;]*$", re.IGNORECASE)
#: A deed gone on for years: "... has been fighting ... for years".
_FOR_YEARS = re.compile(
    r"[^.;]{0,100}?\bfor (?:years|decades|many years|several years|a decade|(?:more than |over )?"
    r"(?:two|three|four|five|six|ten|\d+) (?:years|decades))\b",
    re.IGNORECASE,
)
#: A span of years told right after a deed, whatever its tense: "We fought for decades for
#: this autonomy" is a long struggle, no fight.
_FOR_YEARS_RIGHT_AFTER = re.compile(
    r"\s+for (?:years|decades|generations|many years|several years|a decade|a generation|"
    r"(?:more than |over |nearly |almost )?(?:two|three|four|five|six|seven|eight|nine|ten|\d+) "
    r"(?:years|decades))\b",
    re.IGNORECASE,
)
#: A number of deeds told before their word: "47 Russian attacks", "more than 120 clashes".
_A_COUNT_BEFORE = re.compile(
    r"\b(?:\d[\d,]*|dozens|scores|hundreds)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
#: ... counted over the last day: "over the past 24 hours", "in the last day".
_A_DAYS_TALLY = re.compile(
    r"[^.;]{0,80}?\b(?:over|in|during|within) the (?:past|last|previous) (?:24 hours|day|"
    r"twenty-four hours)\b",
    re.IGNORECASE,
)
#: A government's demand (see _DEMAND), not a crowd's.
_A_STATES = re.compile(
    r"(?:(?-i:[A-Z])[\w-]+['’]s|\b(?:government|ministry|authorities|regime|council|"
    r"administration)['’]?s?)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: Captives described by how they were taken: "fighters captured on the front lines" ...
_TAKEN_WORD = re.compile(r"(?:captured|detained|abducted|kidnapped|arrested|seized)$", re.I)
#: ... listed as examples of the held: "among them journalists, politicians and fighters".
_AMONG_THEM_BEFORE = re.compile(
    r"\b(?:among them|among whom|including)\s+(?:(?!(?:who|that|which|were|was)\b)[\w'’-]+,?\s+)"
    r"{1,10}?(?:and\s+)?"
    r"(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
#: A sentence opening on a span from a time told before or a past year ("Since then,",
#: "Since 2021,").
_SINCE_THEN_OPENING = re.compile(
    r"\s*(?:Ever )?[Ss]ince (?:then|that time|(?:(?:early|late|mid-?) ?)?(?:19|20)\d\d),"
)
#: A group told by the war it wages: "the main rebel group fighting in the deep South".
_A_GROUP_BEFORE = re.compile(
    r"\b(?:groups?|movements?|factions?|organi[sz]ations?|coalitions?|insurgents|rebels|"
    r"militias?|fronts?|armies)\s+(?:still\s+|now\s+|currently\s+)?$",
    re.IGNORECASE,
)
_FIGHTING_WORD = re.compile(r"(?:fighting|battling|waging)$", re.IGNORECASE)
#: A land told as the long scene of a war: "Central Mali has for years been the scene of
#: fighting between the army and jihadists".
_LONG_THE_SCENE_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:for\s+(?:years|decades|months|a decade|some time)\s+|long\s+)"
    r"(?:also\s+)?been\s+(?:the\s+|a\s+)?(?:scene|theatre|theater|site|epicent(?:re|er)|"
    r"cent(?:re|er)|hotbed|hub|stronghold)\s+of\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: ... or by a clause of its war: "a cell of the CJNG, which is fighting local groups".
_WHICH_IS_BEFORE = re.compile(
    r",\s*(?:which|who)\s+(?:is|are|has been|have been|had been)\s+(?:still\s+|now\s+|"
    r"currently\s+|also\s+)?$",
    re.IGNORECASE,
)
#: Talks or a meeting yet to be held: "will resume formal peace talks", "are due to hold".
_TO_BE_HELD_BEFORE = re.compile(
    r"\b(?:will|would|shall|(?:is|are) (?:to|due to|set to|expected to)|plans? to|agreed to)\s+"
    r"(?:\w+ly\s+)?(?:resume|hold|begin|start|open|host|attend|join|reconvene)\s+"
    r"(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
#: A campaign told by how long it has lasted: "the offensive ... enters its third year".
_IN_ITS_NTH_YEAR = re.compile(
    r"[^.;]{0,60}?\b(?:enters?|entered|entering|is (?:now )?in|now in|marks?|marked)\s+"
    r"(?:its|their)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:year|month|decade)\b",
    re.IGNORECASE,
)
#: Deeds told as what keeps happening: "bombings and shootings still occur regularly".
_HAPPENS_OFTEN = re.compile(
    r"(?:\s+and\s+[\w-]+)?\s+(?:still\s+|continue\s+to\s+)?(?:occur|happen|take place)s?\s+"
    r"(?:regularly|frequently|often|daily|almost daily|every (?:day|week)|routinely)\b",
    re.IGNORECASE,
)
#: Deaths of beasts or by nature: "kills livestock", "drought that killed thousands".
_KILL_WORD = re.compile(r"kill(?:s|ed|ing)?", re.IGNORECASE)
_BEASTS_AFTER = re.compile(
    r"\s+(?:(?:their|the|his|her|its|off|many|most|some|all|\d+|[\w-]+ly)\s+)?(?:livestock|"
    r"animals|cattle|cows|goats|camels|sheep|crops|fish|trees|plants|bees|poultry)\b",
    re.IGNORECASE,
)
_NATURE_DOES_BEFORE = re.compile(
    r"\b(?:drought|rainy season|rains?|floods?|flooding|storms?|cyclones?|earthquakes?|"
    r"heat ?waves?|disease|cholera|famine|hunger|landslides?)\b(?:(?!\b(?:gunm[ae]n|militants?|"
    r"attackers|fighters|soldiers|troops|police|bandits|rebels|insurgents|assailants|"
    r"victims)\b)[^.;]){0,50}$",
    re.IGNORECASE,
)
#: A deed told in a clause about what happened in a past year: "protests in 2022 ...,
#: which were met with a crackdown that killed more than 500 people".
_A_YEARS_CLAUSE_BEFORE = re.compile(
    r"\b(?:in|during) (?:(?-i:[A-Z])[a-z]+ )?(?:19|20)\d\d\b"
    r"(?:(?!\b(?:on|last|this) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"week|weekend)\b|\byesterday\b|\btoday\b)[^.;])*?,\s+(?:which|who|as|"
    # (or an apposition of what followed it: "said in 2023 that ..., a speech followed by a
    # wave of attacks")
    r"an? (?:[\w-]+ ){1,2}(?:followed by|that (?:sparked|triggered|unleashed|prompted|led to)))"
    r" "
    r"(?:(?!\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\b)"
    r"[^.;]){0,80}$",
    re.IGNORECASE,
)
#: Custody a death is told in: "the death of Mahsa Amini in custody".
_CUSTODY = re.compile(r"custody", re.IGNORECASE)
_A_DEATH_BEFORE = re.compile(
    r"\b(?:death|died|dies|killing)\b[^.;]{0,40}\bin\s+(?:police\s+)?$", re.I
)
#: A deed of a year told before it: "after 2018, when rebels killed at least 19 workers".
_WHEN_OF_A_YEAR_BEFORE = re.compile(
    r"\b(?:in|after|since|during|until)\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d\d,?\s+when\s+"
    r"(?:[\w'’-]+\s+){0,4}$",
    re.IGNORECASE,
)
#: ... or a war's growth from a year: "displaced since fighting escalated after 2018".
_SINCE_THE_WAR_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$", re.IGNORECASE)
_GREW_IN_A_YEAR = re.compile(
    # (its sides told between: "since fighting between the Arakan Army and Myanmar's military
    # engulfed northern Rakhine State in 2024")
    r"(?:\s+between\s+[^.;]{1,80}?)?"
    r"\s+(?:escalated|intensified|erupted|began|broke out|started|flared(?: up)?|resumed|"
    r"engulfed|spread|swept)\b"
    r"[^.;]{0,40}?\b(?:in|after|since)\s+(?:(?-i:[A-Z])[a-z]+\s+)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
#: ... or as what brings something each time: "Every time there is an attack".
_EVERY_TIME_BEFORE = re.compile(
    r"\b(?:every|each) time (?:there is|there's|there are|there was|there were)\s+"
    r"(?:an?\s+|another\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: ... or as what each of something has brought: "Each round of talks has been followed by".
_EACH_FOLLOWED_BEFORE = re.compile(
    r"\b(?:each|every)\s+[^.;]{0,40}?\b(?:has been|have been|is|are|was|were)\s+"
    r"(?:usually\s+|often\s+|always\s+|invariably\s+)?followed\s+by\b[^.;]{0,40}$",
    re.IGNORECASE,
)
#: A road blocked by nature, not a crowd: "Landslides blocked the highway".
_BLOCKED = re.compile(r"blocked\b", re.IGNORECASE)
_NATURE_BEFORE = re.compile(
    r"\b(?:landslides?|mudslides?|rockfalls?|floods?|flood ?waters?|debris|rocks|boulders|snow|"
    r"snowfall|rubble|fallen trees|trees|mud|rains?|storms?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:have|has|had)\s+)?(?:also\s+)?$",
    re.IGNORECASE,
)
#: A group described by whom it has fought: "a criminal group that has fought Los Tlacos".
_FOUGHT_WORD = re.compile(r"(?:fought|fighting|battled|battling|clashed)$", re.IGNORECASE)
_WHO_HAS_BEFORE = re.compile(
    r"\b(?:that|which|who)\s+(?:has|have|had)\s+(?:long\s+|repeatedly\s+|often\s+)?"
    r"(?:been\s+)?$",
    re.IGNORECASE,
)
#: A denunciation told in the past perfect: what someone had done before, no gathering.
_DENOUNCED = re.compile(r"denounced?$", re.IGNORECASE)
_HAD_BEFORE = re.compile(r"\bhad (?:\w+ly )?$", re.IGNORECASE)
#: ... or that of a group claiming an attack: "claimed the attack and demanded the".
_CLAIMED_AND = re.compile(
    r"\bclaimed (?:responsibility|the (?:attack|bombing|blast|killings?|kidnapping|abduction|"
    r"assault|ambush))\b[^.;]{0,12}?\band (?:also )?$",
    re.IGNORECASE,
)
#: ... or that of someone condemning a deed: "condemned the killing and demanded the arrest".
_CONDEMNED_AND = re.compile(
    r"\b(?:condemn(?:ed|s)|denounc(?:ed|es)|deplor(?:ed|es))\b[^.;]{0,80}?\band (?:also )?$",
    re.IGNORECASE,
)
#: ... or a named party's, told as its standing position: "Russia has demanded that".
_A_NAMED_PARTY_HAS = re.compile(
    r"(?:^|[.;:]\s+|,\s+)(?!(?:Protesters|Demonstrators|Residents|Students|Workers|Teachers|"
    r"Doctors|Nurses|Farmers|Traders|Unions?|Families|Relatives|Villagers|Women|Youths|"
    r"Activists|Marchers|Crowds?|People|They|We|Many|Some|Others)\b)"
    r"(?-i:[A-Z])[\w-]+\s+(?:has|have|had)\s+(?:long\s+|repeatedly\s+|"
    r"also\s+|previously\s+)?$",
    re.IGNORECASE,
)
#: ... or named groups', so told: "The Kuki-Zo groups have demanded a separate administration".
_NAMED_GROUPS_HAVE = re.compile(
    r"(?:^|[.;:]\s+)(?:The\s+)?(?:(?-i:[A-Z])[\w-]+\s+){1,3}(?:armed\s+)?(?:groups?|"
    r"organi[sz]ations?|parties|party|leaders?|bodies|outfits|movements?|factions?)\s+"
    r"(?:has|have|had)\s+(?:long\s+|repeatedly\s+|also\s+|previously\s+)?$",
    re.IGNORECASE,
)
#: ... unless a crowd's: "Protesters have demanded that the governor resign".
_A_CROWD_BEFORE = re.compile(
    r"\b(?:protesters|demonstrators|marchers|strikers|crowds?|rioters|students|workers|"
    r"teachers|doctors|nurses|traders|unions?)\b[^.;]*$",
    re.IGNORECASE,
)
_PERFECT_DEMAND_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:long\s+|repeatedly\s+|also\s+|previously\s+|since\s+)?$",
    re.IGNORECASE,
)
#: A deed a crowd or a party asks for: "demand the withdrawal of troops".
_DEMANDED_BEFORE = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)? for|urg(?:e|es|ed|ing))\s+(?:the\s+|an?\s+|"
    r"their\s+|its\s+)?(?:immediate\s+|full\s+|swift\s+|complete\s+)?$|"
    # (or ordered done: "directed the police to arrest those involved")
    r"\b(?:direct|order|instruct|urg|ask|call(?:s|ed|ing)? on|told|tell)\w*\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?to\s+$",
    re.IGNORECASE,
)
#: A span of violence since a year: "fighting since 2018".
#: A war's growth over a span ("has intensified since the autumn") and the span's start.
_GROWN = (
    r"(?:has|have)\s+(?:intensified|escalated|raged|continued|persisted|spread|grown|"
    r"increased|surged)"
)
_A_SPAN_START = (
    r"(?:(?:19|20)\d\d\b|the (?:autumn|fall|spring|summer|winter|start of the year|beginning "
    r"of the year)\b)"
)
_SINCE_A_YEAR = re.compile(
    rf"(?:[^.;]{{0,60}}?\s+{_GROWN})?\s+since (?:(?:early|late|mid-)?\s*)?{_A_SPAN_START}",
    re.IGNORECASE,
)
#: ... told before a deed in its sentence: "has intensified since the autumn, with Russia
#: attacking along a front".
_GROWN_SINCE_BEFORE = re.compile(
    rf"\b{_GROWN}\s+since (?:(?:early|late|mid-)?\s*)?{_A_SPAN_START}[^.;]*$", re.IGNORECASE
)
#: ... or a span's toll, told after the year it started: "since the Gaza war erupted in
#: October 2023, with more than 1,000 Palestinians killed".
_A_SPANS_TOLL_BEFORE = re.compile(
    r"\bsince\b[^.;]{0,80}?\b(?:19|20)\d\d\b[^.;]{0,20}?,\s+with\s+(?:more than |over |at least |"
    r"nearly |almost |some |about |around )?[\d,]+(?: (?:hundred|thousand|million))?\s[^.;]{0,40}$",
    re.IGNORECASE,
)
#: Other incidents a lede lists as what a week "also included".
_SUMMED_UP_BEFORE = re.compile(
    r"\b(?:incidents|attacks|violence|events)\b[^.;]{0,60}\b(?:that|which) (?:also )?"
    r"includ(?:ed|es)\s+[^.;]*$",
    re.IGNORECASE,
)
#: A season of a year told after the deed: "in the autumn of 2014".
_IN_A_PAST_SEASON = re.compile(
    r"[^.;]*?\bin (?:the )?(?:early |late )?(?:spring|summer|autumn|fall|winter) of "
    r"(?:19|20)\d\d\b",
    re.IGNORECASE,
)
#: A condition right after a deed ("in protest if the culprits were not arrested") ...
_ON_A_CONDITION = re.compile(r"\s+(?:if|unless)\s", re.IGNORECASE)
#: ... of a deed told as one to come.
_WOULD_BEFORE = re.compile(
    r"\b(?:would|will|threaten(?:s|ed)? to|vow(?:s|ed)? to)\s+(?:[\w'’-]+\s+){0,10}$",
    re.IGNORECASE,
)
#: Years gone by, told after a deed in its clause: no one event.
_IN_PAST_YEARS = re.compile(
    r"[^.;]{0,120}?\b(?:in|during|over) (?:the )?(?:previous|past|recent|earlier|prior) "
    r"(?:few |several )?(?:years|decades)\b"
    # (or over a span told before: "soldiers have been killed in militant attacks over the
    # same period")
    r"|[^.;]{0,40}?\b(?:in|during|over) (?:the same|that) (?:period|span|time)\b",
    re.IGNORECASE,
)
#: A capital or a state named alone before "protests", and a quote after: the government
#: complains ('as Beirut protests "daily violations"').
_A_CAPITAL_BEFORE = re.compile(r"\b(?:as|and|while)\s+(?-i:[A-Z])[\w'’-]+\s+$")
_QUOTED_AFTER = re.compile(r"\s+[\"“‘']")
#: Words recalling past deeds: "revived memories of the riots", "reminiscent of the".
_MEMORIES_OF = re.compile(
    r"\b(?:memor(?:y|ies)|reminiscent|reminders?|echoes|recalling|recalled) of (?:the )?"
    r"(?:[\w-]+ ){0,2}$",
    re.IGNORECASE,
)
#: A warning of what may come: "warning of attacks", "warned of more strikes".
_WARNING_OF = re.compile(
    r"\bwarn(?:ing|ings|ed|s)? (?:of|about|against) (?:(?:possible|new|further|more|fresh|"
    r"imminent|planned|coming|retaliatory|reprisal|renewed) )*$",
    re.IGNORECASE,
)
#: A share of a place's buildings or people before what befell them: "80% of buildings in
#: the territory were damaged or".
_A_SHARE_OF_BEFORE = re.compile(
    r"\b\d+(?:\.\d+)?\s?(?:%|per ?cent) of (?:the |all |its |their )?(?:[\w-]+ ){0,5}"
    r"(?:(?:were|was|have been|had been|has been) )?(?:[\w-]+ (?:or|and) )?$",
    re.IGNORECASE,
)
#: A deed told in the year named before: "... during protests that year".
_THAT_YEAR_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:(?:earlier|later) )?(?:that|the same) year\b", re.IGNORECASE
)
#: Years of a war told as a span, and what happened in them: "two years of war, during
#: which".
_DURING_A_SPAN_BEFORE = re.compile(
    r"\b(?:years?|months|decades?) of (?:war|conflict|fighting|violence|occupation|siege|"
    r"insurgency|civil war|unrest)\b,? (?:during|in) which\b[^.;]{0,100}$",
    re.IGNORECASE,
)
#: A stoppage ended: "ended a boycott", "called off the strike".
_STOPPAGE = re.compile(
    r"boycotts?|(?:hunger )?strikes?|protests?|sit-ins?|blockades?|demonstrations?", re.I
)
_ENDED_BEFORE = re.compile(
    r"\b(?:ended|called off|suspended|lifted|abandoned) (?:a|an|the|their|its|his|her) "
    r"(?:[\w-]+ )?$",
    re.IGNORECASE,
)
#: A deed told in a war of a past year: "in the 1967 Mideast war".
_IN_A_PAST_WAR = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,4}?in the (?:19|20)\d\d\b(?:[\s-]+[\w'’-]+){0,3}?\s+(?:war|"
    r"conflict|uprising|revolution|invasion|intifada)\b",
    re.IGNORECASE,
)
#: A road blocked, by forces rather than a crowd ("before police blocked the road with
#: containers"): no crowd's roadblock.
FORCES_BLOCKED = re.compile(
    r"\b(?:police(?:men)?|security forces|troops|soldiers|authorities|officers|the army)\s+"
    # ("Police and soldiers in armoured trucks blocked the road")
    r"(?:(?:in|on|with|aboard)\s+(?:[\w-]+\s+){1,3})?"
    r"(?:had\s+|have\s+)?(?P<verb>block(?:ed|ing|s)?)\b[^.;,]*",
    re.IGNORECASE,
)
#: A search's outcome, and nothing found.
_FOUND = re.compile(r"found|discovered", re.IGNORECASE)
_VERDICT_AFTER = re.compile(r"\s+(?:not\s+)?(?:guilty|innocent|liable)\b", re.IGNORECASE)
_NOTHING_AFTER = re.compile(r"\s+(?:no|nothing|none)\b", re.IGNORECASE)
#: A halt to violence, before its noun: "a pause in fighting", "an end to the violence".
_PAUSE_IN = re.compile(
    r"\b(?:pause|halt|end|lull|break|cessation|stop|respite|let-up|letup|reduction|"
    r"de-escalation) (?:in|to|of) (?:the )?(?:(?-i:[A-Z])[\w-]+ )?$",
    re.IGNORECASE,
)
#: What a draft or plan proposes: terms, no deed.
_PROPOSED = re.compile(
    r"\b(?:draft|proposal|plan|text|roadmap|framework|deal)\b[^.;]{0,40}\b(?:proposed|proposes|"
    r"calls for|called for|provides for|provided for|envisag\w+)\b[^.;]*$",
    re.IGNORECASE,
)
#: A deed no one has reported: "no reports of retaliatory attacks", "no sign of an attack".
_NO_REPORT_OF = re.compile(
    r"\b(?:no|nor any|not any) (?:immediate |further |new )?(?:reports?|word|signs?|indications?|"
    r"evidence) (?:of|that) (?:an? |any |the )?(?:[\w-]+ )?$",
    re.IGNORECASE,
)
#: ... which the sentence then calls false.
_FOUND_FALSE = re.compile(
    r"\b(?:(?:a |been a )?false alarm|untrue|not true|unfounded|baseless|fake|false|a hoax|"
    r"(?:were|was|been) (?:denied|dismissed))\b",
    re.IGNORECASE,
)
#: A deed someone is tried or punished for: a court's news, the deed long done.
_TRIED_FOR = re.compile(
    r"\b(?:sentenced|convicted|jailed|acquitted|tried|indicted|prosecuted|charged|"
    r"imprisoned|found guilty)\b[^.;]{0,120}\b(?:for|over|(?:taking |took )?"
    r"part in|(?:involvement|role) in) (?:the |his |her |their |its |a |an )?(?:[\w-]+ ){0,2}$|"
    # (or a list of charges: 'arrested for "criminal acts, including looting')
    r"\b(?:arrested|detained|charged)\b[^.;]{0,60}\bfor [\"“]?[\w-]+ [\w-]+, "
    r"(?:including|such as) $",
    re.IGNORECASE,
)
#: A deed a period is counted from, told with its year: "since the youth-led protests of
#: September 2025".
_SINCE_THE = re.compile(r"\bsince (?:the )(?:[\w-]+ ){0,2}$", re.IGNORECASE)
_OF_A_YEAR = re.compile(
    r"\s+(?:of|in) (?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December) )?\d{4}\b"
)
#: Words after a trigger that put it in the future ("The truce is due to take effect on
#: Monday"): an agreement's or a deployment's start to come, no event told.
FUTURE_AFTER = re.compile(
    r"\s+(?:(?:is|are|was|were) )?(?:due|set|scheduled|expected|supposed) to (?:take effect|"
    r"begin|start|come into (?:force|effect))|\s+(?:will|would|should|is to|are to) (?:take "
    r"effect|begin|start|come into (?:force|effect))\b",
    re.IGNORECASE,
)
#: A meeting still to come, told before what it is for: "negotiators are scheduled to meet
#: in Kuala Lumpur next month for the first round of peace talks".
_DUE_TO_MEET_BEFORE = re.compile(
    r"\b(?:is|are)\s+(?:due|set|scheduled|expected|slated)\s+to\s+(?:meet|hold|resume|"
    r"convene|open|attend|sign)\b[^.;]{0,120}$",
    re.IGNORECASE,
)
#: A government's protest: "summoned the ambassador to protest", "a formal protest note".
_PROTEST = re.compile(r"protest(?:ed|s|ing)?", re.IGNORECASE)
_DIPLOMATS_BEFORE = re.compile(
    r"\b(?:summon\w*|lodg\w*|formal|diplomatic|strongly[- ]worded)\b", re.IGNORECASE
)
_NOTE_AFTER = re.compile(r"\s+(?:note|letter)\b", re.IGNORECASE)
#: What people fled: "refugees fleeing fighting in North Darfur".
_FLED = re.compile(
    r"\b(?:flee\w*|fled|escap\w*)\s+(?:(?:[\w-]+\s+){0,2}?(?:near|from|amid)\s+|"
    r"(?:years|months|decades|weeks) of\s+)?"
    r"(?:the\s+|renewed\s+|heavy\s+)?$",
    re.IGNORECASE,
)
#: The dead found after a toll was told: "recovered more bodies", "two more bodies".
_MORE_BODIES = re.compile(r"bodies|dead|victims|casualties", re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?more\s+(?:bodies|dead|victims)\b", re.IGNORECASE)
_MORE_BEFORE = re.compile(r"\bmore (?:[\w-]+ )?$", re.IGNORECASE)
_TOLL_GROWS_AFTER = re.compile(
    r"[^.;]{0,100}?\b(?:bringing|raising|taking|pushing)\b[^.;]{0,40}?\b(?:toll|number|total)\b",
    re.IGNORECASE,
)
_DEATH_WORD = re.compile(r"killed|dead|died|deaths?|wounds|injuries|bodies", re.IGNORECASE)
_NUMBER_OF = re.compile(
    r"\b(?:bringing|raising|taking|pushing) (?:to [\w-]+ )?the (?:number|total|toll) of "
    r"(?:[\w-]+ ){0,3}$",
    re.IGNORECASE,
)
_SO_FAR_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?(?:so far|to date|thus far)\b", re.IGNORECASE)
#: A demand, a government's or one told in speech, no gathering: "said they were satisfied
#: but demanded that".
_DEMAND = re.compile(r"demand\w*", re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told)\b", re.IGNORECASE)
#: The wounded told before, some of whom died: "two of the wounded died in hospital".
_OF_THE_WOUNDED = re.compile(r"\bof the (?:wounded|injured)\s+(?:later\s+|also\s+)?$", re.I)
#: What a kind of group does, told by examples of it.
_SUCH_AS = re.compile(
    r"\b(?:groups|gangs|militias|cartels|factions|organi[sz]ations) such as\b[^.;:]{0,60}$",
    re.IGNORECASE,
)
#: Kinds of crime a court, a law or a complaint names: "in cases of serious human rights
#: violations, including rape, torture and enforced disappearance"; or abuses a side is
#: accused of, listed ("accused both sides of abuses, including extrajudicial killings by
#: soldiers and the abduction of civil servants").
_CASES_OF = re.compile(
    r"\b(?:cases|crimes|violations|complaints|abuses|atrocities),? (?:of|involving|such as|"
    r"including)\b[^.;]{0,100}$",
    re.IGNORECASE,
)
#: ... and gangs named by what they do: "kidnap-for-ransom groups", "a kidnap gang".
_GANG_AFTER = re.compile(
    r"(?:-for-ransom)?\s+(?:groups?|gangs?|syndicates?|rings?|squads?|threats?)\b",
    re.IGNORECASE,
)
#: A search told as going on: "raids are being conducted", "operations are under way".
_A_HUNT = re.compile(r"raids?|operations?|searche?s?|crackdowns?|manhunts?|patrols?", re.I)
_UNDER_WAY_AFTER = re.compile(
    r"\s+(?:is|are) (?:being (?:conducted|carried out|launched|mounted)|under ?way|"
    r"(?:still )?(?:ongoing|going on))\b",
    re.IGNORECASE,
)
#: What has come about since a time told before: "have since pledged allegiance".
_SINCE_BEFORE = re.compile(r"\b(?:has|have|had) since (?:\w+ )?$", re.IGNORECASE)
#: A perfect tense right before a deed ("have pledged allegiance"), in a sentence telling
#: no day (_A_DAY_TOLD).
_HAVE_BEFORE = re.compile(
    r"\b(?:has|have)\s+(?:(?:long|already|previously|also|reportedly)\s+)?$", re.IGNORECASE
)
#: A group described as a splinter: "a splinter group of", not "formed a splinter group".
_A_SPLINTER = re.compile(r"\ba $", re.IGNORECASE)
_GROUP_AFTER = re.compile(r"\s+(?:group|faction|outfit|organi[sz]ation)\b", re.IGNORECASE)
#: Words after a trigger that make it name a thing, not an event ("chemical weapons
#: facilities", "the bomb factory").
THING_AFTER = re.compile(
    r"\s+(?:facilit(?:y|ies)|sites?|stockpiles?|programmes?|programs?|arsenals?|factor(?:y|ies)|"
    r"plants?|depots?|laborator(?:y|ies)|labs?|components?|materials?|parts|kits?|"
    # ... or a policy ("a revised surrender and rehabilitation policy for Maoists")
    r"(?:and (?:rehabilitation|reintegration|resettlement) )?(?:polic(?:y|ies)|schemes?)|"
    # ... or a warning of one ("Air raid sirens sounded", "a missile alert")
    r"sirens?|alerts?|alarms?|shelters?|warnings?|drills?|"
    # ... or a court's paper ("to serve arrest warrants against gang leaders")
    r"warrants?|"
    # ... or a weapon's test ("after the recent missile tests"), or a gas that leaked from a
    # plant ("poisonous gas leaked from a chemical factory")
    r"tests?|test-fir(?:ed|ing|e)|leak(?:ed|ing|s)?|leakages?|"
    # ... or the terms of one being negotiated ("the withdrawal timetable remains the main
    # battle")
    r"timetables?|timelines?|schedules?|deadlines?)\b",
    re.IGNORECASE,
)
#: Words before an event told already that make it the subject of a picture or a report
#: ("Videos of the assault circulated widely"): the media, no event of their own.
THING_BEFORE = re.compile(
    r"\b(?:videos?|footage|images?|photos?|photographs?|pictures?|clips?|recordings?) of "
    r"(?:the|this|that|Sunday's|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|"
    r"Saturday's) (?:[\w-]+ )?$|"
    # "due to the presence of explosive devices on roads": a standing danger, no blow
    r"\b(?:presence|threat|risk|danger) of (?:(?:unexploded|improvised|suspected|hidden|"
    r"buried|landmines and|mines and) )*$|"
    # "deliveries of missiles", "every Patriot missile means a city that sleeps": arms
    # supplied or counted, none fired
    r"\b(?:deliver(?:y|ies)|suppl(?:y|ies)|shipments?|stocks?|stockpiles?|transfers?|sales?)"
    r" of (?:more )?(?:[\w-]+ ){0,2}$|\b(?:every|each) (?:(?-i:[A-Z])[\w-]+ )?$|"
    # "the so-called anti-picket protocol", "limits on the right to protest": a rule's or a
    # right's name
    r"\banti-$|\bright to (?:peaceful )?$|"
    # "detained with components of an improvised explosive device": a haul, no blast
    r"\b(?:components|parts|materials|ingredients|precursors)\s+(?:of|for|to make)\s+"
    r"(?:an?\s+|the\s+)?(?:homemade\s+|makeshift\s+)?$|"
    # "one of which is said to be related to a murder": the deed a thing is tied to
    r"\b(?:related|connected) to (?:an? |the )?(?:[\w-]+ )?$|"
    # "according to ... Associated Press website, taken over by mediafax": a report's copy
    r"\b(?:website|web ?site|report|article|story|dispatch),?\s+$|"
    # "his eyes red from tear gas": what it left, told of a witness
    r"\b(?:red|stinging|streaming|watering|burning|swollen|teary|irritated) (?:from|with|"
    r"because of) (?:the )?$|"
    # "The Ministry of Solidarity said": a body's name
    r"\b(?-i:Ministry|Minister|Department|Secretary|Office|Commission|Committee|Council|Fund|"
    r"Agency) (?:of|for) (?:(?-i:[A-Z])[\w-]+,? )*(?:(?:and|&) )?(?:the )?$",
    re.IGNORECASE,
)
#: A war's running toll ("the war has killed tens of thousands since 2015", "more than 10,000
#: people have died in the conflict"): what the war has cost, no event of its own.
WAR_NOUNS = frozenset(
    {"war", "conflict", "insurgency", "rebellion", "uprising", "crisis", "revolution"}
)
RUNNING_SINCE = re.compile(
    # ("... have been shelled and hit by drones almost daily since.")
    r"[^.;,]{0,90}?\bsince(?=\s*[.;])|"
    r"[^.;,]{0,90}?\bsince (?:(?:early|late|mid-?)\s*)?(?:(?:in )?\d{4}\b|(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)\b|the (?:start|"
    r"beginning|outbreak|onset)\b|(?:it|the \w+) (?:began|started|erupted|broke out)\b|"
    # "removed hundreds of rocket launchers since the ceasefire"
    r"the (?:ceasefire|truce|cease-fire|peace (?:deal|agreement|accord)|agreement|deal)\b|"
    # "since the October 9 election", "since the 2021 coup"
    r"the (?:[A-Z][a-z]+ \d{1,2}(?:, \d{4})? |\d{4} |disputed |contested )?(?:elections?|vote|"
    r"polls|coup|war|invasion|referendum|uprising|revolution)\b|"
    # "since demonstrations against a finance bill in June 2024", "since the youth-led
    # protests of September 2025"
    r"(?:[\w-]+ ){1,8}?(?:in|of) (?:(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December) )?\d{4}\b)",
    re.IGNORECASE,
)
#: Death words whose subject or setting may be a war ("the conflict has killed", "died in the
#: war"); the deaths of an attack are told with the same words.
_TOLL_LEMMAS = frozenset({"kill", "die", "claim", "cost", "dead", "death", "toll"})
#: How far (characters) before a trigger a cause's words ("in retaliation for a suspected
#: poison gas attack") still make its event an earlier one, not this passage's.
CAUSE_WINDOW = 70
#: A protest's grievance ("protested against the killing of", "marched over the arrest of",
#: "a rally following Sunday's attack"): the event the crowd answers, not the protest's own.
PROTEST_WORD = re.compile(
    r"\b(?:protest\w*|demonstrat\w*|march(?:ed|es|ing)?|marchers|rall(?:y|ies|ied)|sit-?ins?|"
    r"vigils?)\b",
    re.IGNORECASE,
)
GRIEVANCE_BEFORE = re.compile(
    r"\b(?:against|over|after|following|denouncing|condemning|in solidarity with|in protest at|"
    r"protest(?:s|ed|ing)?)"
    r"\s+(?:(?:the|a|an|recent|alleged|last|latest|[\w-]+(?:'s|’s))\s+){0,3}$",
    re.IGNORECASE,
)
#: How far (characters) before an air-strike trigger a "backed by" phrase still governs it
#: ("backed by U.S.-led coalition airstrikes").
SUPPORT_WINDOW = 35


@dataclass(frozen=True)
class Trigger:
    """One trigger found in the text, with the sub-type it signals."""

    start: int
    end: int
    text: str
    sub_event_type: str  # "" for a weak trigger (deaths, injuries)
    status: str  # "asserted", "negated", "hedged", "foiled", "claimed", "figurative", "cause",
    # (the event told as the cause of another), "thing" (a weapons site, not an event),
    # "toll" (a war's running toll), "past" (done, in a year told, to someone described, or
    # told as a time gap: "two days after an ambush"), "habit" (what a group is known for or
    # fights for), "series" (counted in a series: "the third such raid"), "described" (people
    # told before, named by their harm: "the injured officers") or "retold" (the
    # event told before, named again to date another: "The raid came a day after ...")


def find_triggers(doc: Doc, sent: Span) -> list[Trigger]:
    """Strong and weak triggers of one sentence, earliest first, overlaps resolved by priority.
    Read once per sentence and document (grouping, dating and typing all ask)."""
    read: dict[tuple[int, int], tuple[Trigger, ...]] = doc.user_data.setdefault(TRIGGERS_KEY, {})
    key = (sent.start_char, sent.end_char)
    if key not in read:
        read[key] = tuple(_find_triggers(doc, sent))
    return list(read[key])


def _find_triggers(doc: Doc, sent: Span) -> list[Trigger]:
    strong, extra = trigger_table()
    text = sent.text
    taken: list[tuple[int, int]] = []
    found: list[Trigger] = []
    for sub, regex in strong:
        for m in regex.finditer(text):
            if (
                any(m.start() < e and s < m.end() for s, e in taken)
                or is_month(text, m.start(), m.end())
                or _named_by(text, m.start(), m.end())
            ):
                continue
            taken.append((m.start(), m.end()))
            support = sub == "Air/drone strike" and _support(text, m.start())
            if sub == "Violent demonstration":
                sub = _fire_from_afar(doc, sent, m) or sub
            found.append(_trigger(doc, sent, m.start(), m.end(), "Armed clash" if support else sub))
    for tok in sent:
        # "The militants seized Sirte": a capture whose object is a place
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if (
            tok.lemma_.lower() in CAPTURE_LEMMAS
            and obj is not None
            and (obj.ent_type_ in PLACES or is_place(doc, obj.idx, obj.idx + len(obj)))
        ):
            start, end = tok.idx - sent.start_char, tok.idx + len(tok) - sent.start_char
            if not any(start < e and s < end for s, e in taken):
                taken.append((start, end))
                found.append(_trigger(doc, sent, start, end, "Non-state actor overtakes territory"))
    for m in extra["weak"].finditer(text):
        if (
            not any(m.start() < e and s < m.end() for s, e in taken)
            and not _in_a_name(text, m.start(), m.end())
            and not _A_PUNISHMENT.match(text, m.start())
            and not _SENTENCED_TO.search(text, max(0, m.start() - 90), m.start())
        ):
            found.append(_trigger(doc, sent, m.start(), m.end(), _strike_told_before(doc, sent, m)))
    found = _retold_only_before_news(doc, sent, sorted(found, key=lambda t: t.start))
    return _deaths_of_the_past(_described_alike(doc, sent, _without_the_seized_arms(doc, found)))


#: A strike told by its kind: "a drone strike", "the missile strikes", "an airstrike".
_A_STRIKES_KIND = re.compile(
    r"\b(?:(?P<air>air|drone|aerial)[ -]?strikes?|airstrikes?|"
    r"(?P<fire>missile|rocket|artillery)[ -]strikes?|(?:general|labou?r|hunger|"
    r"nationwide|workers'?|teachers'?|doctors'?|indefinite)\s+strikes?|on strike)\b",
    re.IGNORECASE,
)


#: Strikes told as what set a fire: "the strikes set fire to a storage tank".
_STRIKES_DID_BEFORE = re.compile(
    r"\b(?:the|its|their|an?)\s+(?:[\w.-]+\s+)?(?P<what>(?:air ?|drone |missile |rocket )?"
    r"strikes?|airstrikes?|shelling|bombardments?|missiles?|rockets?|shells?|drones?)\s+"
    r"(?:also\s+|then\s+|reportedly\s+)?$",
    re.IGNORECASE,
)


def _fire_from_afar(doc: Doc, sent: Span, arson: re.Match[str]) -> str:
    """The kind of the strike told as setting the fire a crowd's word names ("the strikes
    set fire to at least one storage tank"): no riot, the strike's own deed; "" otherwise."""
    if not arson.group().lower().startswith(("set", "setting", "torch")):
        return ""
    did = _STRIKES_DID_BEFORE.search(sent.text, max(0, arson.start() - 50), arson.start())
    if did is None:
        return ""
    what = did.group("what").lower()
    if what.startswith(("air", "drone")):
        return "Air/drone strike"
    if what.startswith(("shell", "missile", "rocket", "bombard")):
        return "Shelling/artillery/missile attack"
    told = list(_A_STRIKES_KIND.finditer(text_of(doc), 0, sent.start_char + arson.start()))
    if told and told[-1].group("fire"):
        return "Shelling/artillery/missile attack"
    return "Air/drone strike" if told or _AIRCRAFT.search(text_of(doc)) else ""


#: Aircraft told in a report, whose "strikes" come from the air.
_AIRCRAFT = re.compile(r"\b(?:warplanes?|jets?|aircraft|air ?forces?|drones?)\b", re.IGNORECASE)


def _strike_told_before(doc: Doc, sent: Span, weak: re.Match[str]) -> str:
    """The kind of a bare "the strike" ("The strike took place on Sunday near Bourasso"):
    that of the last strike the report told by its kind before it, else none."""
    if weak.group().lower() not in ("strike", "strikes"):
        return ""
    told = list(_A_STRIKES_KIND.finditer(text_of(doc), 0, sent.start_char + weak.start()))
    if not told:
        # (or aircraft told striking before: "Israeli warplanes struck a military site ...
        # Another strike Wednesday afternoon hit an ammunition depot")
        flown = _AIRCRAFT.search(text_of(doc), 0, sent.start_char + weak.start())
        return "Air/drone strike" if flown else ""
    last = told[-1]
    if last.group("air") or last.group().lower().startswith("airstrike"):
        return "Air/drone strike"
    return "Shelling/artillery/missile attack" if last.group("fire") else ""


def _deaths_of_the_past(found: list[Trigger]) -> list[Trigger]:
    """Death words after a deed told as of a year gone, in a sentence asserting no deed of
    its own, are that deed's ("A 2020 surge in intercommunal fighting left hundreds dead")."""
    strong = [t for t in found if t.sub_event_type]
    if not strong or any(t.status == "asserted" for t in strong):
        return found
    first_past = min((t.start for t in strong if t.status == "past"), default=None)
    if first_past is None:
        return found
    return [
        dataclasses.replace(t, status="past")
        if not t.sub_event_type and t.status == "asserted" and t.start > first_past
        else t
        for t in found
    ]


#: A weapon told by its bare noun ("two rockets").
_BARE_WEAPON = re.compile(
    r"(?:[\w-]+ )?(?:rockets?|missiles?|mortars?|(?:mortar |artillery )?(?:shells?|rounds)|"
    r"grenades?|explosives?|bombs?|IEDs?|(?:land)?mines?)",
    re.IGNORECASE,
)
#: Between a disruption and the arms it found, told in one phrase ("dismantled a rocket
#: launcher with two rockets ready to fire").
_ONE_PHRASE = re.compile(r"[\w\s'’-]{0,40}|[\w\s'’-]{0,30},[\w\s'’-]{0,30}")


def _without_the_seized_arms(doc: Doc, found: list[Trigger]) -> list[Trigger]:
    """Arms told as what a disruption found or made safe (one sentence's triggers) are no
    attack of their own."""
    text = text_of(doc)
    disruptions = [d for d in found if d.sub_event_type == "Disrupted weapons use"]
    return [
        t
        for t in found
        if not (
            t.sub_event_type not in ("", "Disrupted weapons use")
            and t.status == "asserted"
            and _BARE_WEAPON.fullmatch(t.text)
            and any(
                d.end <= t.start and _ONE_PHRASE.fullmatch(text, d.end, t.start)
                for d in disruptions
            )
        )
    ]


#: Some of the deeds told before, listed: ", including bombings in".
_INCLUDING_BEFORE = re.compile(
    r",\s+(?:including|such as|among them|notably)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE
)
#: Statuses a clause describing a trigger's noun shares with it.
_SHARED_STATUSES = frozenset({"series", "habit", "past", "toll"})


def _described_alike(doc: Doc, sent: Span, found: list[Trigger]) -> list[Trigger]:
    """A death told in a clause describing another trigger's noun has that noun's status
    ("a wave of drone strikes in October ..., which the United Nations said had killed more
    than 60 civilians": the wave's deaths, no event of their own)."""
    out: list[Trigger] = []
    for t in found:
        token = _token_at(doc, t.start)
        relative = False
        if token is not None and t.status == "asserted":
            node = token
            for _ in range(3):
                if node.dep_ == "relcl":
                    relative = True
                    break
                if node.head is node:
                    break
                node = node.head
        # (the parser may hang the clause on the last noun before it: "... on towns in North
        # Kordofan, which ... had killed"; the trigger nearest before it owns it)
        before = [o for o in out if o.end <= t.start]  # (with the statuses they took here)
        owner = before[-1] if relative and before else None
        if (
            owner is None
            and before
            and t.status == "asserted"
            and _INCLUDING_BEFORE.search(text_of(doc), max(0, t.start - 40), t.start)
        ):
            # (or listed as some of them: "a wave of dissident attacks ... since 2024,
            # including bombings in the towns of Jamundi and Morales")
            owner = before[-1]
        if owner is not None and owner.status not in _SHARED_STATUSES:
            owner = None
        if owner is None and token is not None and t.status == "asserted":
            # "Israel's subsequent offensive killed more than 68,000 Palestinians": the war
            # its toll is told of
            head = token.head if token.dep_ == "nsubj" else None
            owner = next(
                (
                    o
                    for o in found
                    if head is not None and o.status == "toll" and o.start <= head.idx < o.end
                ),
                None,
            )
        out.append(dataclasses.replace(t, status=owner.status) if owner is not None else t)
    return out


def _retold_only_before_news(doc: Doc, sent: Span, found: list[Trigger]) -> list[Trigger]:
    """An event told again to date another is so only where the other is told in its
    sentence ("The raid came a day after a suicide bomber blew herself up"; "captured two
    suspects ..., in an operation launched after the attack") or the event itself was told
    in an earlier sentence ("Hundreds marched ... The protest came after lawmakers in Manila
    filed a bill last week"); "The protest came after the government banned taxis", opening
    a report, still tells the protest."""
    return [
        dataclasses.replace(t, status="asserted")
        if t.status == "retold"
        and not any(
            o is not t
            and o.sub_event_type
            and o.status not in ("retold", "negated", "hedged")
            and (o.start > t.end or o.sub_event_type == "Arrests")
            for o in found
        )
        and not _told_before(doc, sent, t.sub_event_type)
        else t
        for t in found
    ]


def _told_before(doc: Doc, sent: Span, sub_event_type: str) -> bool:
    """Whether a sentence before this one tells a deed of this kind as news."""
    return bool(sub_event_type) and any(
        t.sub_event_type == sub_event_type and t.status == "asserted"
        for earlier in doc.sents
        if earlier.end <= sent.start
        for t in find_triggers(doc, earlier)
    )


#: A court's death: "sentenced 11 men to death", "the death sentences", "on death row".
_SENTENCED_TO = re.compile(r"\b(?:sentenc\w+|condemn\w+)\b[^.;]{0,70}\bto $", re.IGNORECASE)
_A_PUNISHMENT = re.compile(r"death (?:sentences?|penalty|penalties|row|warrants?)\b", re.IGNORECASE)


#: Words of death that also name things: "Elliott's Body Shop", "the Dead Sea".
_NAME_WORDS = frozenset({"Body", "Bodies", "Dead"})
_CAPITALISED = re.compile(r"\s+[A-Z][a-z]")


def _in_a_name(text: str, start: int, end: int) -> bool:
    """A death word capitalised inside a sentence, beside another capitalised word."""
    if start == 0 or text[start:end] not in _NAME_WORDS:
        return False
    before = text[:start].rstrip().split(" ")[-1]
    return bool(_CAPITALISED.match(text, end)) or before[:1].isupper()


def _named_by(text: str, start: int, end: int) -> bool:
    """A capitalised trigger between capitalised words inside a sentence: a name's word
    ("the Commission of Investigation on Enforced Disappeared Persons")."""
    if start == 0 or not text[start:end][:1].isupper():
        return False
    before = text[:start].rstrip().split(" ")[-1]
    return before[:1].isupper() and bool(_CAPITALISED.match(text, end))


def _support(text: str, start: int) -> bool:
    """An air strike told as support for ground forces ("backed by coalition air strikes")."""
    _, extra = trigger_table()
    return bool(extra["support"].search(text[max(0, start - SUPPORT_WINDOW) : start]))


def _trigger(doc: Doc, sent: Span, start: int, end: int, sub: str) -> Trigger:
    abs_start, abs_end = sent.start_char + start, sent.start_char + end
    return Trigger(
        abs_start,
        abs_end,
        text_of(doc)[abs_start:abs_end],
        sub,
        _status(doc, sent, start, end, bool(sub)),
    )


#: What a group fights for, after "fighting" ("Al Shabaab, which is fighting to topple the
#: government"): its war's aim, no fight told.
#: A deed told as done day after day: "attacking rebel positions \"almost daily\" in the
#: Masisi and Walikale areas".
_DAILY_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:(?:almost|nearly|virtually) daily|daily(?=\s*[,.;\"”]|\s*$)|every day|"
    r"every night|nightly|day after day|night after night|(?:every|each) (?:year|month|week)|"
    r"annually|year after year|year-round)\b",
    re.IGNORECASE,
)
#: A war as what is fought: "fighting an Islamist insurgency", "battling a rebellion".
_A_WAR_AFTER = re.compile(
    r"\s+(?:an?|the|its|their) (?:[\w-]+ ){0,2}(?:insurgency|rebellion|war|uprising)\b",
    re.IGNORECASE,
)
#: ... or described by what it fights over ("the large criminal gangs fighting over the
#: port city's drug routes"; not "clashed over land": a deed).
_FIGHTING_OVER = re.compile(
    r"\s+over (?:the |its |their )?(?:[\w'’-]+ ){0,3}(?:routes?|territory|control|turf|trade|"
    r"markets?|resources|mines?)\b",
    re.IGNORECASE,
)
FIGHTS_FOR = re.compile(
    r"\s+(?:for (?:years|decades|(?:more than |over |nearly )?(?:a|two|three|\d+) (?:decades?|"
    r"years)) )?(?:to|for) (?:topple|overthrow|oust|establish|impose|create|install|bring down|"
    r"carve out|(?:(?:greater|more|full|wider|regional|their) )?(?:independence|self-rule|autonomy|"
    r"self-determination)|secession|an? (?:independent|separate|islamic))\b",
    re.IGNORECASE,
)


#: A claim's own telling of what it did: "claimed the attack ..., saying it had killed".
_CLAIM_SAYING = re.compile(
    r"\bclaim(?:ed|ing|s)\b[^.;]*\bsaying\s+(?:that\s+)?(?:it|they|its \w+|their \w+)"
    r"\s+(?:had\s+|have\s+|has\s+)?[^.;]*$",
    re.IGNORECASE,
)
#: Captives set free: the abduction was another, earlier deed.
_CAPTIVES = re.compile(r"(?:kidnap|abduct|hostage|captive)\w*", re.IGNORECASE)
_SET_FREE = re.compile(
    # (not a group's name: "Fighters of the Oromo Liberation Army abducted")
    r"\b(?:rescu\w+|freed|free|frees|releas\w+|(?-i:liberat)\w+|reunit\w+)\s+"
    r"(?:the\s+|all\s+|some\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: Territory retaken ... or people caught again, where the sentence tells of runaways.
_RECAPTURE = re.compile(r"recaptur\w*", re.IGNORECASE)
#: Ground named after the word: "recaptured the town of Mota", "retook Kawlin".
_GROUND_AFTER = re.compile(
    r"\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:town|city|village|district|area|base|camp|hill|"
    r"province|region|county|locality|settlement|airport|border crossing)\b|(?-i:[A-Z]))",
    re.IGNORECASE,
)
_RUNAWAYS = re.compile(
    r"\b(?:fugitives?|escapees?|escaped|inmates?|prisoners?|convicts?|detainees?|runaways?)\b",
    re.IGNORECASE,
)
#: An arm of war destroyed: drones shot down, a gun truck wrecked in an operation.
_DESTROYED = re.compile(r"destroy(?:ed|s|ing)?", re.IGNORECASE)
_WAR_MATERIEL_AFTER = re.compile(
    r"\s+(?:(?!by\b)[\w-]+\s+){0,4}?(?:drones?|UAVs?|missiles?|rockets?|aircraft|helicopters?|"
    r"tanks?|(?:military|army|armou?red|enemy|combat) vehicles?|technicals?|"
    r"vehicles? (?:fitted|mounted|armed)|weapons?|ammunition|launchers?)\b",
    re.IGNORECASE,
)
#: A deed told as an aim: "apparently to destroy evidence", "in order to attack".
_PURPOSE_BEFORE = re.compile(r"\b(?:apparently|in order|so as|presumably|possibly) to $", re.I)
#: A deed or a deal named by its year: "the 1997 Chittagong Hill Tracts peace accord".
_NAMED_BY_ITS_YEAR = re.compile(
    r"\bthe (?:19|20)\d\d (?:(?-i:[A-Z])[\w'’-]*\s+){0,5}(?:[a-z]+\s+)?$", re.IGNORECASE
)
#: A deed of a war told as ended in a year: "of the 26-year conflict between government
#: forces and the Tamil Tiger rebels, which ended in 2009".
_OF_A_WAR_THAT_ENDED = re.compile(
    r"\s+(?:of|in|during) (?:the|a|an|its|their) [^.;]{0,40}?\b(?:war|conflict|insurgency|"
    r"rebellion|uprising)\b[^.;]{0,80}?,? (?:which|that) ended in (?:19|20)\d\d\b",
    re.IGNORECASE,
)
#: What a deed's noun is told as yet to come to: "..., could take place once a protocol is
#: signed".
_TO_HAPPEN_AFTER = re.compile(
    r"(?:\s*,[^.;,]{0,80},)?\s+"
    r"(?:could|would|will|may|might|(?:is|are|was|were) (?:expected|due|set) to)"
    r"\s+(?:(?:only|still|soon|eventually|now)\s+)?(?:take place|happen|go ahead|begin|start|"
    r"proceed|be held|be carried out)\b"
    # ("a ceasefire was being negotiated": not yet agreed)
    r"|\s+(?:is|are|was|were)\s+(?:still\s+)?being\s+(?:negotiated|discussed|drafted|prepared|"
    r"considered|worked out|finali[sz]ed|hammered out|brokered|mediated)\b",
    re.IGNORECASE,
)
#: Whoever might do a deed, warned of: "anyone who destroyed property would".
_ANYONE_WHO_BEFORE = re.compile(
    r"\b(?:anyone|anybody|whoever|any (?:person|individual|group))"
    r"(?: (?:who|that))?(?: (?:is|are|was|were|has|have|had|been|caught|found))*\s+$",
    re.IGNORECASE,
)
#: A stoppage or a march called off before it was held: "suspended a nationwide strike".
_CALLED_OFF_BEFORE = re.compile(
    r"\b(?:suspend(?:ed|s|ing)?|call(?:ed|s|ing)? off|postpon(?:ed|es|ing)|cancell?(?:ed|s|ing)?|"
    r"shelv(?:ed|es|ing)|abandon(?:ed|s|ing)?)\s+(?:(?:a|the|its|their|his|her)\s+)?"
    r"(?:(?:planned|proposed|threatened|announced|scheduled)\s+)?$",
    re.IGNORECASE,
)
#: A charge the deed names: "murder and crimes against humanity charges", "terrorism case".
_CHARGES_AFTER = re.compile(
    r"(?:\s*(?:,|\band\b|\bor\b)\s*(?:[\w-]+\s+){1,4}?)?\s*(?:charges?|indictments?)\b",
    re.IGNORECASE,
)
#: A deed told as a condition: "if attacks by the Pakistani Taliban continue".
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|should)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
#: Deeds told as a trend: "militant attacks on its soil have risen steadily since then".
_TREND_AFTER = re.compile(
    r"(?:\s+[\w'’-]+){0,5}\s+(?:have|has|had)\s+(?:\w+\s+)?(?:risen|increased|surged|grown|"
    r"doubled|tripled|declined|fallen|dropped|decreased|intensified|escalated|spiked|soared)\b",
    re.IGNORECASE,
)
#: ... unless a toll's word comes before ("The death toll from the attacks has risen").
_A_TOLL_BEFORE = re.compile(r"\b(?:toll|number|count)\b", re.IGNORECASE)
#: An agreement named as one already made ("the peace agreement") ...
_THE_BEFORE = re.compile(
    r"\b(?:the|its|their)\s+(?:\d{4}\s+|[\w-]+-brokered\s+|fragile\s+|existing\s+)?$",
    re.IGNORECASE,
)
#: ... unless the sentence tells it made or starting now.
_MADE_NOW = re.compile(
    r"\b(?:sign\w*|reach\w*|conclud\w*|agree[ds]?|agreeing|brokered|struck|ink\w*|announc\w*|"
    r"t(?:ake|akes|ook|aking) effect|c(?:ame|ome|omes) into (?:force|effect)|accept\w*|"
    r"(?:declar|call)\w* (?:an?|for)\b|began|begins|started|entered into force)\b",
    re.IGNORECASE,
)
#: A person named by a deed they are accused of: "a man accused of killing", "the
#: Palestinian convicted of stabbing".
_A_PERSON_ACCUSED_OF = re.compile(
    r"\b(?:man|woman|men|women|person|people|youths?|teenagers?|boys?|girls?|suspects?|"
    r"members?|prisoners?|Palestinians?|attackers?|assailants?|gunmen|son|brother)\s+"
    r"(?:who (?:was|is|were|are|had been|has been|have been) )?(?:accused|suspected|convicted)"
    # (and the attack it was done in: "accused of killing an Israeli motorist in an attack")
    r" of (?:(?:[\w-]+ ){0,2}|(?:killing|murdering|shooting|stabbing|attacking|bombing|"
    r"kidnapping|abducting) (?:[\w'’-]+ ){0,4}(?:in|during) (?:a|an|the) )$",
    re.IGNORECASE,
)
#: What those arrested are held for: "arrested three men suspected of recruiting".
_CHARGED_WITH = re.compile(
    r"\b(?:arrest\w*|detain\w*|held|apprehend\w*|nabbed|picked up|rounded up)\b[^.;]{0,80}?"
    r"\b(?:suspected of|accused of|charged with|on suspicion of|on charges of)\s+[\"“']?"
    r"(?:(?:[\w-]+\s+){0,3}(?:in|of|for)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: An inquiry and what it looks into: "an investigation had been opened for murder".
_INVESTIGATED_AS = re.compile(
    r"\b(?:investigation|inquiry|enquiry|probe|case)\s+(?:(?:had|has|have|was|were|been|being|"
    r"now|also|formally)\s+){0,3}(?:opened|launched|filed|registered|started)?\s*(?:for|into)\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:alleged\s+|suspected\s+|attempted\s+)?$",
    re.IGNORECASE,
)
_OF_WHOM = re.compile(r"\s*(?:of|on|at|in)\b", re.IGNORECASE)
#: A device made safe or found before it went off.
_MADE_SAFE = re.compile(
    r"\b(?:defus\w+|neutrali[sz]\w+|locat\w+|found|discover\w+|remov\w+|dismantl\w+|"
    r"detonated by|destroyed)\b[^.;]*$",
    re.IGNORECASE,
)
#: The device a sentence before told of: "the device was ... planted".
_THE_DEVICE = re.compile(r"\b(?:the|that|this) (?:device|bomb|ied|explosives?|mine)\b", re.I)
_MADE_SAFE_AFTER = re.compile(
    r"[^.;]*?\b(?:was|were|had been|has been|have been)\s+(?:\w+\s+)?(?:defused|found|"
    r"discovered|removed|recovered|neutrali[sz]ed|dismantled|detonated by|destroyed by)\b",
    re.IGNORECASE,
)
#: A deed told as not done: "without a shot being fired", "without any fighting".
_WITHOUT_BEFORE = re.compile(
    r"\bwithout\s+(?:a\s+|any\s+)?(?:single\s+)?(?:(?:firing|exchanging)\s+(?:a\s+)?(?:single\s+)?)?$",
    re.IGNORECASE,
)
_SHOTS_WORD = re.compile(r"shots?|fire|fighting|fight|bullets?|bloodshed", re.IGNORECASE)
#: An audience told by its gathering: "told supporters who gathered outside".
_AN_AUDIENCE_WHO_BEFORE = re.compile(
    r"\b(?:told|addressed|greeted|thanked|urged|assured)\s+(?:[\w'’-]+\s+){0,3}(?:who|that)\s+"
    r"(?:had\s+)?$",
    re.IGNORECASE,
)
#: Deeds told as a purpose: "using Afghan soil to launch attacks".
_TO_LAUNCH_BEFORE = re.compile(
    r"\bto (?:launch|carry out|stage|mount|conduct|plan|plot)\s+(?:[\w-]+\s+)?$|"
    # (or the deeds they were used for, listed: "sites used to launch attacks on shipping,
    # including Tuesday's missile strike")
    r"\b(?:used|using|use) (?:to launch|for) (?:[\w,-]+ ){1,4}?including (?:[\w'’-]+ ){0,3}$|"
    # (or what a thing served: "information ... that was used in air strikes")
    r"\b(?:was|were|had been|has been|have been|being) used (?:in|for) (?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: A weapon told as taken or found: "a grenade and cash were seized from them".
_A_WEAPONS_WORD = re.compile(
    r"(?:hand )?grenades?|ieds?|bombs?|explosives?|(?:explosive )?devices?|mines?|landmines?|"
    r"rockets?|mortars?|rifles?|guns?",
    re.IGNORECASE,
)
_SEIZED_AFTER = re.compile(
    # (or at the head of a longer list: "Besides the hand grenades, a .30 bore pistol, 12
    # live cartridges and two mobile phones were recovered")
    r"(?:\s+and(?:\s+[\w-]+){1,3}?|,(?:[^.;:]|\.(?=\d)){1,80}?\band(?:\s+[\w.-]+){1,4}?)?"
    r"\s+(?:was|were|had been|have been|has been)\s+"
    r"(?:\w+ly\s+)?(?:seized|confiscated|recovered|found|discovered|impounded)\b",
    re.IGNORECASE,
)
#: Weapons taken ("seized weapons", "seizure of arms") ...
_SEIZED_ARMS = re.compile(r"seiz\w*\s+(?:of\s+)?(?:weapons|arms|ammunition)", re.IGNORECASE)
#: ... in the telling of a fight or an attack.
_IN_THE_ATTACK = re.compile(
    r"\b(?:killed|killing|attacked|attacking|ambushed|overran|overrunning|stormed|storming|"
    r"neutrali[sz]ed|routed)\b[^.;]*$",
    re.IGNORECASE,
)


#: A deed told as fact after what a claim names ("... for a roadside bomb that hit a
#: convoy").
_DEED_TOLD = re.compile(
    r"\s+(?:that|which)\s+(?:hit|struck|killed|targeted|exploded|wounded|destroyed|"
    r"tore through|ripped through)\b",
    re.IGNORECASE,
)


#: A withdrawal (see _WITHDREW) and what ended it peaceably: a crowd going home, no ground
#: changing hands.
_PEACEABLY_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:after|following) (?:a |the |an )?(?:[\w-]+ )?(?:meeting|talks|"
    r"negotiations|dialogue|assurances?|promises?|agreement)\b|[^.;]{0,60}\bwithout (?:any )?"
    r"incidents?\b",
    re.IGNORECASE,
)
#: Rockets or mortars by their bare noun, which a crowd's fireworks are also called.
_ROCKETS = re.compile(r"(?:rockets?|mortars?)", re.IGNORECASE)
#: ... aimed at the police.
_AT_THE_POLICE_AFTER = re.compile(
    r"\s+(?:at|towards|against)\s+(?:the\s+)?(?:riot\s+)?(?:police|officers|gendarmes)\b",
    re.IGNORECASE,
)
#: A crowd told as the doers.
_A_CROWD = re.compile(
    r"\b(?:youths|young (?:men|people)|rioters|protesters|demonstrators|crowds?|hooligans|"
    r"fans|mobs?)\b",
    re.IGNORECASE,
)
#: A deed told as going on, in the present ("They are killing us").
_ARE_DOING_BEFORE = re.compile(r"\b(?:are|is|am|keep|keeps)\s+$", re.IGNORECASE)


def _in_quotes(text: str, at: int) -> bool:
    """Whether `at` lies inside a quotation opened before it in the sentence."""
    before = text[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


#: Whoever would do a thing, told as a kind of people ("with groups that lay down their
#: arms", "anyone who surrenders").
_THOSE_WHO_BEFORE = re.compile(
    r"\b(?:only\s+)?(?:with|to|for)\s+(?:any\s+)?(?:groups|those|anyone|fighters|militants|"
    r"bandits|rebels|members)\s+(?:that|who|which)\s+$",
    re.IGNORECASE,
)
#: Places or people told by what befalls them ("worst affected by tribal fighting").
_AFFECTED_BY_BEFORE = re.compile(
    r"\b(?:(?:worst|most|badly|hardest|severely|heavily)[- ](?:affected|hit|impacted)|affected|"
    r"impacted) by "
    r"(?:(?:the|recent|repeated|frequent|persistent|ongoing|tribal|ethnic|communal|armed|"
    r"intercommunal|jihadist|gang|sporadic|years of|decades of)\s+){0,2}$",
    re.IGNORECASE,
)
#: A death word.
_KILLED = re.compile(r"killed|slain", re.IGNORECASE)
#: Those who died, told as people already known ("for the soldiers killed at Tera"), after
#: a word of mourning or honour.
_THE_DEAD_BEFORE = re.compile(
    r"\b(?:funerals?|burials?|memorials?|mourn\w*|vigils?|tributes?|honou?r\w*|prayers?|"
    r"compensation|families|relatives|names|bodies|graves?) (?:for|of|to) the (?:[\w-]+ ){0,2}"
    r"(?:soldiers|troops|officers|policemen|police officers|civilians|people|victims|villagers|"
    r"men|women|children|fighters|workers|students|protesters|passengers|dead)\s*$",
    re.IGNORECASE,
)


#: A device's blast, told by its verb.
_WENT_OFF = re.compile(r"explod\w*|detonat\w*|went off|blew up", re.IGNORECASE)
#: What a device was made of or loaded with: "made from an 81mm mortar round", "fashioned out
#: of a shell".
_MADE_FROM = re.compile(
    # (or what a weapon was loaded with: "two rocket launchers loaded with rockets")
    r"\b(?:made|fashioned|improvised|built|assembled|converted|fitted|loaded|packed|filled|laden|"
    r"stocked) (?:out )?(?:from|of|with) "
    r"(?:an? |the |\d+ |two |three |several )?(?:[\w-]+ ){0,2}$",
    re.IGNORECASE,
)


#: Held on a court's order, not arrested ("remanded in custody", "remanded them in").
_REMANDED = re.compile(r"\bremand(?:ed|s)? (?:[\w-]+ ){0,3}?in (?:police )?$", re.IGNORECASE)
#: Blasts or shots told as heard: the sound of a fight told already, no event of its own.
_SOUNDS = re.compile(
    r"explosions?|blasts?|gunfire|gunshots?|shots|shooting|detonations?|bangs?|"
    r"(?:artillery|mortar|shell) ?fire|artillery|shelling",
    re.IGNORECASE,
)
_HEARD_AFTER = re.compile(
    r"\s+(?:could|can|were|was|had been|have been) (?:also )?(?:be )?heard\b", re.IGNORECASE
)
_HEARD_BEFORE = re.compile(r"\b(?:heard|hear|hearing)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
#: ... after which something else was done.
_WENT_AFTER = re.compile(r"\b(?:after|once)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
#: A side's going ("withdrew", "withdrawing", "pulled back"), told in a clause of time or
#: ended peaceably.
_WITHDREW = re.compile(r"withdr[ea]w\w*|retreated|pulled (?:out|back)", re.IGNORECASE)
#: Reinforcements told coming in a fight's clause of time, no change of their own.
_REINFORCEMENTS = re.compile(r"(?:military |army |police |government )?reinforcements", re.I)
_CAME_AFTER = re.compile(
    r"\b(?:after|when|until|before|as|once)\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE
)
#: One of a crowd told as the speaker of a quote.
_CROWD_NOUN = re.compile(r"marchers?|protesters?|demonstrators?|participants?", re.IGNORECASE)
_SPEAKER_BEFORE = re.compile(
    r"\b(?:said|says|added|told \w+)\s+(?:one of the|another|a|an)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: A deed told of a time gone by ...
_AT_THE_TIME = re.compile(r"[^.;]{0,80}?\bat the time\b(?! of)", re.IGNORECASE)
#: ... or as what people have recovered from.
_RECOVERED_FROM = re.compile(r"\b(?:recover(?:ed|ing)|recovery) from\b[^.;]{0,70}$", re.IGNORECASE)
#: A deed whose anniversary is marked: long done.
_ANNIVERSARY_OF = re.compile(
    r"\banniversary of (?:the |their |its |a )?(?:[\w-]+ ){0,2}$", re.IGNORECASE
)
#: A means a side uses as a rule ("had increasingly used commercial drones").
_USED_AS_A_RULE = re.compile(
    r"\b(?:increasingly|regularly|frequently|routinely|often|repeatedly)\s+(?:used?|uses|using|"
    r"deploy\w*|employ\w*|resort\w* to)\b[^.;]{0,70}$",
    re.IGNORECASE,
)
_A_FIGHT_TOLD = re.compile(r"\b(?:clash\w*|fighting|battles?|gun ?battles?|firefights?)\b", re.I)


def _paragraph_before(sent: Span) -> str:
    text = text_of(sent.doc)
    start = paragraph_start(text, sent.start_char)
    if start == 0:
        return ""
    return text[paragraph_start(text, max(0, start - 2)) : start]


def _paragraph_of(sent: Span) -> str:
    text = text_of(sent.doc)
    start = paragraph_start(text, sent.start_char)
    return text[start : paragraph_end(text, sent.start_char, sent.end_char)]


#: A deed told in a year gone by ("announced last year that they had merged").
_TOLD_IN_A_PAST_YEAR = re.compile(
    r"\b(?:announced|said|declared|stated|reported|claimed)\s+(?:last year|in (?:19|20)\d\d)"
    r"\s+that\b[^.;]{0,60}$",
    re.IGNORECASE,
)
#: Launchers taken away or found, no weapon fired.
_LAUNCHERS_AFTER = re.compile(r"\s+launchers?\b", re.IGNORECASE)
_TAKEN_AWAY = re.compile(
    r"\b(?:removed|seized|dismantled|confiscated|recovered|found|captured|destroyed|"
    r"discovered|handed over)\b[^.;]{0,40}$",
    re.IGNORECASE,
)
#: Forces telling they broke up a fight, not a crowd's protest.
_DISPERSED = re.compile(r"\bdispers\w*", re.IGNORECASE)
_A_FIGHT_AFTER = re.compile(
    r"\s+[\"“']?(?:an? |the )?(?:violent )?(?:confrontations?|clash(?:es)?|fight(?:ing)?|"
    r"scuffles?|brawls?|skirmish(?:es)?)\b",
    re.IGNORECASE,
)
#: Security tightened, no force sent or formed ...
_REINFORCED = re.compile(r"reinforc\w*|stepped up|tightened", re.IGNORECASE)
_GUARD_POSTS = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:checkpoints?|security|patrols?|presence|barriers?|cordons?)\b",
    re.IGNORECASE,
)
#: A place described by the harm most of it bears ("where most houses were destroyed").
_WHERE_MOST_WERE = re.compile(
    r"\bwhere (?:most|many|much|all|half|several|dozens|hundreds|thousands)\b[^.;,]{0,40}\b"
    r"(?:were|was|have been|has been|had been|lie|lay|lies) (?:\w+ )?$",
    re.IGNORECASE,
)
#: A group's growing or its forces sent ...
_A_BUILD_UP = re.compile(r"(?:recruit|conscript|deploy|mobili[sz])\w*", re.IGNORECASE)
#: ... sent to help, not to fight ("deployed to help with evacuations").
_TO_HELP = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:(?:to help|to assist|to aid|for)\s+(?:with\s+|in\s+)?(?:the\s+)?"
    r"(?:evacuations?|relief|rescue|flood|disaster|residents|victims|aid)|"
    # ("deployed with boats to evacuate residents trapped on rooftops")
    r"to (?:evacuate|rescue|ferry|distribute|clear debris|search for survivors))\b",
    re.IGNORECASE,
)
#: ... told as what somebody stands against ("who oppose the recruitment of minors").
_OPPOSED = re.compile(
    r"\b(?:oppos(?:e|es|ed|ing)|resist(?:s|ed|ing)?|against) (?:the |any |forced )?$",
    re.IGNORECASE,
)


def _status(doc: Doc, sent: Span, start: int, end: int, strong: bool = True) -> str:
    """Whether the event a trigger names is asserted, negated, hedged, foiled or the object of
    a claim of responsibility (`strong`: the trigger names a sub-type)."""
    _, extra = trigger_table()
    text = sent.text
    before = text[max(0, start - HEDGE_WINDOW) : start]
    if _WHEN_OF_A_YEAR_BEFORE.search(text, max(0, start - 60), start) or (
        _SINCE_THE_WAR_BEFORE.search(text, max(0, start - 8), start)
        and _GREW_IN_A_YEAR.match(text, end)
    ):
        return "past"  # "since fighting escalated after 2018, when rebels killed 19 workers"
    if _KILL_WORD.fullmatch(text, start, end) and (
        _BEASTS_AFTER.match(text, end)
        or _NATURE_DOES_BEFORE.search(text, max(0, start - 80), start)
    ):
        return "thing"  # "a failed rainy season dries up water points and kills livestock"
    if _A_YEARS_CLAUSE_BEFORE.search(text, max(0, start - 200), start):
        return "past"  # "protests in 2022 ..., which were met with a crackdown that killed
        # more than 500 people"
    if _CUSTODY.fullmatch(text, start, end) and _A_DEATH_BEFORE.search(
        text, max(0, start - 60), start
    ):
        return "described"  # "following the death of Mahsa Amini in custody": where he died
    if _WITHOUT_BEFORE.search(text, max(0, start - 30), start) and _SHOTS_WORD.fullmatch(
        text, start, end
    ):
        return "negated"  # "detained at a checkpoint without a shot being fired"
    if _AN_AUDIENCE_WHO_BEFORE.search(text, max(0, start - 50), start):
        return "described"  # "told supporters who gathered outside the returning office"
    if _AN_ACCORDS_TERMS_BEFORE.search(text, max(0, start - 160), start):
        return "hedged"  # "The agreement ... provides for an immediate halt to fire, the
        # release of the member detained on Sunday and the withdrawal of both forces": terms
    if _FEARED_BEFORE.search(text, max(0, start - 40), start):
        return "hedged"  # "Our families at home are already afraid of the raids": a fear
    if _TO_HALT_BEFORE.search(text, max(0, start - 40), start) and not _AN_AGREEMENT.fullmatch(
        text, start, end
    ):
        return "hedged"  # "commits the two sides to halt offensive operations": an end
        # agreed, no fight told
    if _BEFOREHAND_AFTER.match(text, end):
        return "past"  # "the KIA had withdrawn most of its troops from the compound
        # beforehand": done before the deed told
    if _A_STRETCH_OF_BEFORE.search(text, max(0, start - 60), start):
        return "past"  # "pulled out on Sunday after two weeks of air strikes and artillery
        # fire": the weeks before the deed told, no one strike
    if _MARKED_BY_BEFORE.search(text, max(0, start - 100), start):
        return "habit"  # "The conflict ... has been marked by attacks on civilians, abductions
        # and the destruction of infrastructure": what a war is like
    if _THE_ACCUSEDS_PART_BEFORE.search(text, max(0, start - 120), start):
        return "past"  # '"The defendants took part in one of the most heinous crimes ..., an
        # attack on innocent worshippers on Pentecost Sunday," the judge said'
    if _A_PATTERN_AFTER.match(text, end):
        return "retold"  # "adding that the arrests fit a pattern of detentions": the deed
        # told before, set among others
    if _DESCRIBING_BEFORE.search(text, max(0, start - 40), start):
        return "described"  # "broadcast interviews with residents describing drone strikes
        # on civilian areas": what was told of, no deed of the report
    if _CITING_BEFORE.search(text, max(0, start - 80), start):
        return "described"  # "citing mass killings, rapes and the burning of hundreds of
        # villages": the grounds of a charge, no deed told
    if _TO_LAUNCH_BEFORE.search(text, max(0, start - 80), start):
        return "hedged"  # "accuses of using Afghan soil to launch attacks": a purpose
    if _A_WEAPONS_WORD.fullmatch(text, start, end) and _SEIZED_AFTER.match(text, end):
        return "thing"  # "Police said a grenade and cash were seized from them": arms held
    if extra["foiled"].search(before):
        # ("had foiled \"dozens of attacks\" this year": a running tally, no one attack; "had
        # shot down or jammed 602 drones and 38 missiles": a night's)
        return "toll" if _FOILED_TALLY.search(text) or _nights_tally(text) else "foiled"
    if _CAPTIVES.match(text, start, end) and _SET_FREE.search(text, max(0, start - 30), start):
        return "past"  # "rescued 14 kidnapped victims": taken before, freed now
    if _REMANDED.search(text, max(0, start - 40), start):
        return "thing"  # "a magistrate remanded in custody two activists": a court's order
    if _ON_A_CONDITION.match(text, end) and _WOULD_BEFORE.search(text, 0, start):
        # "said it would shutter its outlets on Saturday in protest if the culprits were not
        # arrested": a threat on a condition, nothing done
        return "hedged"
    if (
        _SOUNDS.fullmatch(text, start, end)
        and (_HEARD_AFTER.match(text, end) or _HEARD_BEFORE.search(text, max(0, start - 40), start))
        and (
            _A_FIGHT_TOLD.search(_paragraph_of(sent))
            # (or in the paragraph before: "following clashes that began early on Monday.
            # Residents ... said they heard artillery fire and gunfire through Monday night")
            or _A_FIGHT_TOLD.search(_paragraph_before(sent))
        )
    ):
        # "The clashes pitted ... Bursts of heavy machine-gun fire and explosions could be
        # heard across the city": the fight's sound, told in its paragraph
        return "described"
    if (
        _REINFORCEMENTS.fullmatch(text, start, end)
        or (
            _WITHDREW.fullmatch(text, start, end)
            and _WENT_AFTER.search(text, max(0, start - 40), start)
        )
    ) and _CAME_AFTER.search(text, max(0, start - 40), start):
        # (or "the bodies were found after the troops withdrew on Monday"; not "before
        # withdrawing the next day", a deed of its own)
        return "described"  # "the militants withdrew after government reinforcements arrived"
    if _CROWD_NOUN.fullmatch(text, start, end) and _SPEAKER_BEFORE.search(
        text, max(0, start - 30), start
    ):
        return "described"  # '"How many more funerals?" said one of the marchers': a teller
    if _AT_THE_TIME.match(text, end) or _RECOVERED_FROM.search(text, max(0, start - 80), start):
        # "fighting between Twa and Luba militias, which killed hundreds ... at the time";
        # "communities that have only recently recovered from ... attacks by Mai-Mai groups"
        return "past"
    if _ANNIVERSARY_OF.search(text, max(0, start - 60), start):
        return "past"  # "a large march on Saturday to mark the second anniversary of the protests"
    if _USED_AS_A_RULE.search(text, max(0, start - 90), start):
        return "habit"  # "militants had increasingly used commercial drones fitted with explosives"
    if _TOLD_IN_A_PAST_YEAR.search(text, max(0, start - 90), start):
        return "past"  # "Several Fano factions announced last year that they had merged"
    if _NAMED_BY_ITS_YEAR.search(text, max(0, start - 60), start):
        return "past"  # "despite the 1997 Chittagong Hill Tracts peace accord"
    if _OF_A_WAR_THAT_ENDED.match(text, end):
        return "past"  # "the heaviest fighting of the 26-year conflict ..., which ended in 2009"
    if _LAUNCHERS_AFTER.match(text, end) and _TAKEN_AWAY.search(before):
        return "thing"  # "removed hundreds of rocket launchers": weapons taken, none fired
    if _DISPERSED.search(text, start, end) and _A_FIGHT_AFTER.match(text, end):
        return "described"  # "the military said it had dispersed 'a violent confrontation'"
    if _REINFORCED.fullmatch(text, start, end) and _GUARD_POSTS.match(text, end):
        return "thing"  # "Security forces reinforced checkpoints around the council building"
    if _WHERE_MOST_WERE.search(before):
        return "past"  # "the village of Kfar Kila, where most houses were destroyed": its state
    if _A_BUILD_UP.fullmatch(text, start, end) and _TO_HELP.match(text, end):
        return "thing"  # "the national police have been deployed to help with evacuations"
    if _A_BUILD_UP.fullmatch(text, start, end) and _OPPOSED.search(before):
        return "thing"  # "leaders who oppose the recruitment of minors": a cause, no change
    if (
        _RECAPTURE.match(text, start, end)
        and _RUNAWAYS.search(text)
        # (not ground retaken: "recaptured the town of Mota ... freed inmates from its prison")
        and not _GROUND_AFTER.match(text, end)
    ):
        return "thing"  # "14 of the 20 fugitives have been recaptured": people, no ground
    if _CONTROL_OF.search(text, start, end) and _A_BUILDING_AFTER.match(text, end):
        return "thing"  # "The armed forces regained control of the pavilion": a prison's
        # wing, a building, no ground
    if _A_WEAPONS_WORD.fullmatch(text, start, end) and (
        _ARMED_WITH_BEFORE.search(text, max(0, start - 80), start)
        # (or a lot of them moved: "had arranged the consignment of grenades")
        or _A_LOT_OF_BEFORE.search(text, max(0, start - 40), start)
    ):
        return "thing"  # "prisoners ... armed with pistols, knives and at least one explosive
        # device": what they carried
    if (_THAT_TIME_OPENING.match(text) or _THAT_YEAR.search(text, 0, start)) and _A_YEAR.search(
        _sentence_before(sent)
    ):
        # "... the blockade JNIM declared in early September 2025. That month, the group
        # torched dozens of tankers": the time the sentence before named
        return "past"
    if _PURPOSE_BEFORE.search(text, max(0, start - 30), start):
        return "hedged"  # "set on fire, apparently to destroy evidence": an aim
    if _TO_HAPPEN_AFTER.match(text, end):
        return "hedged"  # "A prisoner exchange, to be overseen by the ICRC, could take place"
    if _ANYONE_WHO_BEFORE.search(text, max(0, start - 40), start):
        return "hedged"  # "warned that anyone who destroyed property would face the law"
    if _CALLED_OFF_BEFORE.search(text, max(0, start - 60), start) and not _AN_AGREEMENT.fullmatch(
        text, start, end
    ):
        return "negated"  # "suspended a nationwide strike it had planned": none held
    if _PERFECT_BE.search(text, max(0, start - 20), start) and _OVER_A_PERIOD.search(text, end):
        return "toll"  # "1,000 Palestinians have been killed ... over the same period"
    if _SHUTDOWN.fullmatch(text, start, end) and _A_MACHINES_BEFORE.search(
        text, max(0, start - 20), start
    ):
        return "thing"  # "the reactors, all in cold shutdown": a plant's state, no strike
    if _STOPPAGE_AHEAD.fullmatch(text, start, end) and _AHEAD_OF.search(
        text, max(0, start - 40), start
    ):
        return "hedged"  # "security had been stepped up ahead of the shutdown": to come
    if _SENT_FORCES.search(text, start, end) and _TO_BE_SENT_AFTER.match(text, end):
        return "hedged"  # "reinforcements would be sent to Obo before the end of the year"
    if _FOR_YEARS_BEFORE.search(text, max(0, start - 30), start):
        return "habit"  # "Troops ..., who for years battled militants in the marsh"
    if text[start:end].lower() == "destroyed" and _CROPS_WERE_BEFORE.search(
        text, max(0, start - 80), start
    ):
        return "thing"  # "rice and corn crops on about 12,000 hectares had been destroyed"
    if text[start:end].lower() == "reinforced" and _A_SITE_WAS_BEFORE.search(
        text, max(0, start - 50), start
    ):
        return "thing"  # "the courthouse, which was reinforced for the occasion": guards
    if _WHOSE_KIN_BEFORE.search(text, max(0, start - 60), start) and not _A_DAY_TOLD.search(text):
        return "described"  # "a woman whose father was shot dead in the attack on Bohong":
        # someone described by a loss told as theirs, no day's deed
    accused = _ACCUSED_OF_BEFORE.search(text, max(0, start - 60), start)
    if accused is not None and not _A_DAY_TOLD.search(text, accused.start()):
        return "described"  # 'accused the army of "a deliberate massacre of innocent people"':
        # the deed told before, named by its accuser
    if _SET_UP.fullmatch(text, start, end) and _A_RELIEF_CAMP_BEFORE.search(
        text, max(0, start - 100), start
    ):
        return "thing"  # "a temporary camp for displaced families was set up at a school"
    if _SET_UP.fullmatch(text, start, end) and _BY_AFTER.match(text, end):
        return "thing"  # "The civil administration set up by the RSF": what it is, told
    if _UNTIL_IT_IS_BEFORE.search(text, max(0, start - 60), start):
        return "hedged"  # 'would "not rest until every inch of Sudan is liberated"'
    if _IN_THE_SKY_AFTER.match(text, end):
        return "described"  # "reported loud explosions in the sky": a downing's sound
    if _TALKS_ON_BEFORE.search(text, max(0, start - 80), start):
        return "hedged"  # "holds talks in Muscat on a new exchange of prisoners": sought
    downed = _DOWNED.fullmatch(text, start, end) and (
        _DOWNED_COUNT_AFTER.match(text, end)
        or _DOWNED_COUNT_BEFORE.search(text, max(0, start - 60), start)
    )
    if downed and int(downed.group(1).replace(",", "")) >= NIGHTS_TALLY_MIN:
        return "toll"  # "air defences had shot down or jammed 602 drones": a night's tally
    if _MENTIONED_THE_BEFORE.search(text, max(0, start - 40), start) and _BARE_AFTER.match(
        text, end
    ):
        return "described"  # "neither side mentioned the shooting in brief statements"
    if _ORDINAL_BEFORE.search(text, max(0, start - 12), start) and _TOOK_PLACE_AFTER.match(
        text, end
    ):
        return "described"  # "The first attack took place on Saturday ... in Acahuato":
        # the summed-up attacks counted, each told by its own means after
    if _ACCORD_WORD.search(text, start, end) and _DISCUSSING_BEFORE.search(
        text, max(0, start - 80), start
    ):
        return "hedged"  # "met in Cairo to discuss the stalled second phase of the ceasefire"
    if _PROPOSED_BEFORE.search(text, max(0, start - 50), start):
        return "hedged"  # 'Kyiv had proposed an "all-for-all" exchange of prisoners of war'
    if _POLICY_ON_BEFORE.search(text, max(0, start - 30), start) and text[start:end].endswith("s"):
        return "thing"  # "A Supreme Court ruling restricting police raids in favelas"
    if _DAILY_BEFORE.search(text, max(0, start - 50), start):
        return "habit"  # "have seen near-daily skirmishes, shelling and drone attacks"
    if _DURING_A_WAR_AFTER.match(text, end):
        return "past"  # "also attacked merchant shipping ... during the Gaza war"
    if _HAVE.search(text, max(0, start - 12), end) and _REPEATEDLY_AFTER.match(text, end):
        return "habit"  # "Turkish drones have struck SDF commanders ... repeatedly since 2019"
    if _TO_MEAN_BEFORE.search(text, max(0, start - 40), start) or _THE_TERM_BEFORE.search(
        text, max(0, start - 20), start
    ):
        return "thing"  # 'uses the term "neutralized" to mean killed, wounded or captured'
    if _SCRAMBLED_BEFORE.search(text, max(0, start - 30), start):
        return "thing"  # "Poland scrambled fighter jets as a precaution": no strike
    if _LAUNCHED_COUNT_BEFORE.search(text, max(0, start - 80), start) and not _AIMED_AFTER.match(
        text, end
    ):
        # "Russia had launched 653 drones and 51 missiles during the night" (not at a target
        # told: "launched 205 air missiles on Tuesday targeting ... facilities in Hvozd")
        return "toll"
    if _NOWHERE_TOLD_AFTER.match(text, end):
        return "toll"  # "shot down 61 of 84 drones launched against the country overnight,
        # without saying where": a night's nationwide tally, no one place's event
    if _SHARE_OF_THE_LAND.match(text, end):
        return "toll"  # "says it has retaken 'more than 70 percent' of the national territory"
    if _A_WARS_DEAD_BEFORE.search(text, max(0, start - 60), start):
        return "toll"  # "Thousands have been killed and more than 300,000 displaced"
    if _PETITION.fullmatch(text, start, end) and _COURT_BEFORE.search(
        text, max(0, start - 60), start
    ):
        return "thing"  # "the court held a hearing on a petition by residents"
    if (
        _PERFECT_BE.search(text, max(0, start - 20), start)
        or _PERFECT.search(text, max(0, start - 12), start)
        # ("Ankara has conducted ground and air operations against the PKK ... for decades")
        or _PERFECT_CONDUCTED.search(text, max(0, start - 50), start)
    ) and _FOR_YEARS.match(text, end):
        # "CODECO has been fighting rival militias ... in Djugu for years", "Residents of
        # Gabes have protested for decades over emissions"
        return "habit"
    if _FOR_YEARS_RIGHT_AFTER.match(text, end):
        return "habit"  # "We fought for decades for this autonomy"
    if _DEMAND.match(text, start) and (
        _A_STATES.search(text, max(0, start - 40), start)
        or _A_NAMED_PARTY_HAS.search(text, max(0, start - 40), start)
        or _NAMED_GROUPS_HAVE.search(text, max(0, start - 60), start)
        # (or anyone's, told in the perfect: "tribal elders, however, have demanded a larger
        # share of royalties": a position held, no gathering)
        or (
            _PERFECT_DEMAND_BEFORE.search(text, max(0, start - 30), start)
            and not _A_CROWD_BEFORE.search(text, max(0, start - 60), start)
        )
        or _CLAIMED_AND.search(text, max(0, start - 60), start)
        or _CONDEMNED_AND.search(text, max(0, start - 100), start)
    ):
        # "Islamabad's demand that Kabul rein in the TTP": no crowd's; nor the demand of a
        # group that claimed an attack ("claimed the attack and demanded the transfer of")
        return "thing"
    if _TAKEN_WORD.match(text, start, end) and _AMONG_THEM_BEFORE.search(
        text, max(0, start - 100), start
    ):
        return "described"  # "detainees, among them journalists and fighters captured on"
    since = _SINCE_THEN_OPENING.match(text)
    if since and start >= since.end():
        return "habit"  # "Since then, fighting has flared periodically ... and the Houthis
        # have detained dozens": what has gone on over a span, no one deed
    if _LONG_THE_SCENE_BEFORE.search(text, max(0, start - 80), start):
        return "habit"  # "has for years been the scene of fighting": a land's war, no fight
    if (
        _A_GROUP_BEFORE.search(text, max(0, start - 30), start)
        or _WHICH_IS_BEFORE.search(text, max(0, start - 30), start)
    ) and _FIGHTING_WORD.match(text, start, end):
        return "habit"  # "the main rebel group fighting in the country's deep South": what
        # the group does, no fight
    if _TO_BE_HELD_BEFORE.search(text, max(0, start - 60), start):
        return "hedged"  # "will resume formal peace talks in mid-February"
    if _IN_ITS_NTH_YEAR.match(text, end):
        return "habit"  # "as the offensive against the group ... enters its third year"
    if _EVERY_TIME_BEFORE.search(text, max(0, start - 40), start):
        return "habit"  # "Every time there is an attack on the highways, insurance costs go up"
    if _HAPPENS_OFTEN.match(text, end) or _EACH_FOLLOWED_BEFORE.search(
        text, max(0, start - 120), start
    ):
        return "habit"  # "bombings and shootings still occur regularly", "Each round of talks
        # has been followed by an upsurge of attacks"
    if _BLOCKED.match(text, start, end) and _NATURE_BEFORE.search(text, max(0, start - 40), start):
        return "thing"  # "Landslides blocked the highway": no crowd's blockade
    if _FOUGHT_WORD.match(text, start, end) and _WHO_HAS_BEFORE.search(
        text, max(0, start - 30), start
    ):
        return "habit"  # "Los Ardillos, a criminal group that has fought Los Tlacos for control"
    if _DENOUNCED.match(text, start, end) and _HAD_BEFORE.search(text, max(0, start - 25), start):
        return "past"  # "Campos had publicly denounced extortion": who the victim was
    if _DEMANDED_BEFORE.search(text, max(0, start - 40), start):
        return "hedged"  # "to demand the withdrawal of troops", "calling for the arrest of"
    if (
        _SINCE_A_YEAR.match(text, end)
        or _GROWN_SINCE_BEFORE.search(text, max(0, start - 120), start)
        or _A_SPANS_TOLL_BEFORE.search(text, max(0, start - 200), start)
    ):
        return "past"  # "displaced by fighting since 2018": a war's span, no one fight
    if _SUMMED_UP_BEFORE.search(text, max(0, start - 160), start):
        return "thing"  # "the deadliest of several incidents ... that also included a roadside
        # bombing in Hiraan and a US air strike in Puntland": told on their own further on
    if _IN_A_PAST_SEASON.match(text, end):
        return "past"  # "after overrunning the Hit area in the autumn of 2014"
    if _THAT_YEAR_AFTER.match(text, end):
        return "past"  # "Several residents were killed by Israeli fire during protests that
        # year": the year told before
    if _IN_PAST_YEARS.match(text, end):
        return "past"  # "fled during clashes between rival commanders ... in previous years"
    if (
        text[start:end].lower() in ("protests", "protested")
        and _A_CAPITAL_BEFORE.search(text, max(0, start - 30), start)
        and _QUOTED_AFTER.match(text, end)
    ):
        return "thing"  # 'Beirut protests "daily violations"': a government's complaint
    if _MEMORIES_OF.search(text, max(0, start - 40), start):
        return "past"  # "The events have revived memories of the riots of 2005"
    if _WARNING_OF.search(text, max(0, start - 40), start):
        return "hedged"  # "leaflets ... warning of attacks over the New Year holiday"
    if _A_SHARE_OF_BEFORE.search(text, max(0, start - 80), start):
        return "thing"  # "about 80% of buildings in the territory were damaged or destroyed":
        # a war's toll on a place, no deed of a day
    if _DURING_A_SPAN_BEFORE.search(text, max(0, start - 120), start):
        return "past"  # "two years of war, during which Israeli bombardment ... reduced much
        # of Gaza City to rubble"
    if _STOPPAGE.fullmatch(text, start, end) and _ENDED_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return "thing"  # "after Kurdish members ended a boycott that had lasted months"
    if _IN_A_PAST_WAR.match(text, end):
        return "past"  # "Israel captured the West Bank in the 1967 Mideast war"
    if any(m.start("verb") == start for m in FORCES_BLOCKED.finditer(text, max(0, start - 40))):
        return "thing"  # "before police blocked the road with containers": no crowd's deed
    if _FOUND.fullmatch(text, start, end) and _VERDICT_AFTER.match(text, end):
        return "thing"  # "were found guilty under the anti-terrorism law": a verdict
    if _FOUND.fullmatch(text, start, end) and _NOTHING_AFTER.match(text, end):
        return "negated"  # "the army said it had found no trace of them"
    if _PAUSE_IN.search(text, max(0, start - 30), start):
        return "thing"  # "dashing hopes of a pause in fighting": no fight told
    if _PROPOSED.search(text, 0, start):
        return "hedged"  # "A draft text proposed a ceasefire ... and the withdrawal of fighters"
    if _CALLED_STRIKE.fullmatch(text, start, end) and _ANNOUNCED.search(
        text, max(0, start - HEDGE_WINDOW), start
    ):
        return "hedged"  # "announced a half-day hartal, or general strike, for Sunday"
    if _UNDER_THE_DEAL.match(text) and not _A_DAY_TOLD.search(text):
        return "past"  # "Under the truce, Israeli forces withdrew to a so-called yellow line"
    if _AT_FIRST_SAID.search(text, 0, start):
        return "hedged"  # "police initially said a grenade had been thrown": later retracted
    if _SOCIAL_MEDIA_CLAIM.search(text, 0, start):
        return "hedged"  # "Messages circulating on social media claimed that Dori had ..."
    if _NO_REPORT_OF.search(text, max(0, start - HEDGE_WINDOW), start):
        return "negated"  # "There were no reports of retaliatory attacks by Thursday"
    if _REPORTS_OF.search(text, max(0, start - HEDGE_WINDOW), start) and _FOUND_FALSE.search(
        text, end
    ):
        return "negated"  # "reports of an attack on Buni Yadi ... had been a false alarm"
    called = _CALLED.search(text, max(0, start - 150), start)
    if called and _A_DAY_TOLD.search(text, called.start(), start):
        return "hedged"  # 'called for a "ville morte" day on Monday to protest against'
    if _A_COURTS_ORDER.search(text, max(0, start - 60), start):
        return "thing"  # "a Belgrade court ordered 30 days of detention for a student": the
        # court's order in a case, no arrest told
    if _NAMED_AS_TOLD.search(text, max(0, start - 20), start) and _ITS_CAUSE_AFTER.match(text, end):
        return "described"  # "The protests were triggered by a government decision last
        # week": the protests told before, and their cause
    if _AFTER_A_DAYS_DEED.search(text, max(0, start - 40), start):
        return "described"  # "classes, suspended after Monday's clashes, would resume": the
        # clashes told before, named by their day
    if _AN_INQUIRY_INTO.search(text, max(0, start - 60), start):
        return "described"  # "ordered an investigation into Tuesday's shooting": the deed
        # told before, as what an inquiry is about
    if (
        _HELD_WORD.fullmatch(text, start, end)
        and _THE_HELD_BEFORE.search(text, max(0, start - 30), start)
        and _THE_HELD_AFTER.match(text, end)
        and (word := doc.char_span(start, end)) is not None
        and word.root.dep_ == "amod"
    ):
        return "described"  # "to press for the release of its detained leaders": people
        # named by an arrest told elsewhere, if at all
    if _PROTEST_WORD.fullmatch(text, start, end) and _WHO_LED.search(
        text, max(0, start - 50), start
    ):
        return "described"  # "arrested X, an activist who helped organise the Nairobi march":
        # the march told as what the person did, its own telling elsewhere
    if _A_PROTESTS_PEOPLE_AFTER.match(text, end) and _PROTEST_WORD.fullmatch(text, start, end):
        return "thing"  # "Protest organisers said they would ...": who, no protest told
    if _DENIED_ALLEGATION_AFTER.match(text, end) and not _A_DAY_TOLD.search(text, 0, end + 40):
        return "hedged"  # "said their client had been tortured in detention, an allegation
        # the government denies"
    if _CALLS_FOR_BEFORE.search(text, max(0, start - 100), start) and not _HELD_AFTER.match(
        text, end
    ):
        return "hedged"  # "youth groups posted calls on social media for a march on Parliament"
    if _A_WORDSMITH_BEFORE.search(text, max(0, start - 40), start) and _DENOUNCE.fullmatch(
        text, start, end
    ):
        return "thing"  # "Defence lawyers denounced what they called 'endless delays'": words
    if _TO_DEMAND.match(text, start) and _CALLED.search(text, max(0, start - 150), start):
        # "called a demonstration for Friday ... to demand an investigation": what a rally
        # still to come is for
        return "hedged"
    if _MADE_FROM.search(text, max(0, start - 50), start) and not _WENT_OFF.fullmatch(
        text, start, end
    ):
        # (not the blast of the device so made: "a makeshift bomb made of gas canisters
        # exploded outside a bank")
        return "thing"  # "an improvised explosive device made from an 81mm mortar round"
    if _WITHDREW.fullmatch(text[start:end]) and _PEACEABLY_AFTER.match(text, end):
        return "thing"  # "They withdrew after a meeting with officials": a crowd went home
    if _CHARGES_AFTER.match(text, end):
        return "thing"  # "rejected a motion to dismiss treason, murder and ... charges"
    if _PROTEST.match(text, start, end) and (
        _DIPLOMATS_BEFORE.search(text, 0, start) or _NOTE_AFTER.match(text, end)
    ):
        return "thing"  # "summoned Chad's charge d'affaires to protest": a diplomatic one
    if (
        _EVERY_WEEK.search(text, max(0, start - 30), start) and text[start:end].endswith("s")
    ) or _EVERY_DAY_AFTER.match(text, end):
        # "the weekly pensioners' rallies held every Wednesday" (not "the weekly protest in
        # Kafr Qaddum", one of them)
        return "habit"
    if _CALLED_OFF_AFTER.match(text, end):
        return "negated"  # "This week's Wednesday rally was cancelled by its organisers"
    if _YEARS_OF.search(text, max(0, start - 40), start):
        return "habit"  # "families displaced during years of fighting": a span, no deed
    if _FLED.search(text, max(0, start - 30), start):
        return "cause"  # "refugees fleeing fighting in North Darfur": why they fled
    if _DEMAND.match(text, start, end) and _SAID_BEFORE.search(text, 0, start):
        return "hedged"  # "said they were satisfied with the sentence but demanded that ..."
    if not strong and _OF_THE_WOUNDED.search(text, max(0, start - 40), start):
        return "described"  # "two of the wounded died overnight": the toll grows
    if _SUCH_AS.search(text, max(0, start - 90), start):
        return "habit"  # "as gangs such as Los Choneros and Los Lobos fought for control"
    if _CASES_OF.search(text, max(0, start - 120), start):
        return "thing"  # "not to grant amnesty in cases of ... rape, torture and disappearance"
    if _GANG_AFTER.match(text, end):
        # "measures against kidnap-for-ransom groups", "Ukrainian sabotage groups", "the
        # bomb squad": who, not what was done
        return "thing"
    if _DESTROYED.fullmatch(text[start:end]) and _WAR_MATERIEL_AFTER.match(text, end):
        # "destroyed 38 drones over the Belgorod region", "destroyed a vehicle fitted with a
        # machine gun": a weapon downed or a fight's spoils, no property of people
        return "thing"
    if _CONDITION_BEFORE.search(text, max(0, start - 60), start):
        return "hedged"  # "if attacks by the TTP continue"
    if text[start:end].lower().endswith("s") and _OVER_YEARS.match(text, end):
        return "toll"  # "40 soldiers and civilians had been killed in attacks over two years"
    if (
        text[start:end].lower().endswith("s")
        and _TREND_AFTER.match(text, end)
        and not _A_TOLL_BEFORE.search(text, max(0, start - 40), start)
    ):
        return "toll"  # "militant attacks on its soil have risen steadily since then"
    if (
        strong
        and _AN_AGREEMENT.fullmatch(text[start:end])
        and _THE_BEFORE.search(text, max(0, start - 25), start)
        and not _MADE_NOW.search(text)
    ):
        return "past"  # "while the peace agreement is buried": one made before
    if _A_PERSON_ACCUSED_OF.search(text, max(0, start - 60), start):
        return "described"  # "demolished the family home of a man accused of killing an
        # Israeli motorist": the deed a person is held for, told as who they are
    if _CHARGED_WITH.search(text, max(0, start - 140), start):
        return "thing"  # "arrested three men suspected of recruiting young people": the charge
    if (
        _INVESTIGATED_AS.search(text, max(0, start - 60), start)
        and not _OF_WHOM.match(text, end)
        and not text[start:end].lower().endswith(" of")
    ):
        # "an investigation had been opened for murder": the charge looked into (not "an
        # investigation into the killing of three farmers", which tells the killing)
        return "thing"
    if text[start:end].lower() == "planted" and (
        _MADE_SAFE.search(text, max(0, start - 130), start)
        or _MADE_SAFE_AFTER.match(text, end)
        or (
            _THE_DEVICE.search(text, max(0, start - 60), start)
            and _MADE_SAFE.search(_sentence_before(sent).rstrip(" .\n"))
        )
    ):
        # "defused an improvised explosive device planted on the N380"; "... detonated it
        # safely. ... the device was suspected to have been planted by Al-Shabaab"
        return "thing"
    if _SEIZED_ARMS.match(text, start, end) and _IN_THE_ATTACK.search(
        text[max(0, start - 100) : start]
    ):
        # "killed 15 soldiers and seized weapons and a vehicle": the attack's spoils, no
        # weapons' seizure of its own
        return "thing"
    if text[start:end].lower().startswith("execut") and _BY_THE_COURTS.search(text):
        return "thing"  # "executed a man in the central prison who had been convicted of"
    token = _token_at(doc, sent.start_char + start)
    if _A_VERDICT_BEFORE.search(text, 0, start) and (
        token is None or token.pos_ not in ("VERB", "AUX")
    ):
        return "thing"  # "The court found the accused guilty of ..., including the killing of
        # dozens of civilians": the charges a verdict names
    if _CONVICTED_OF.search(text, max(0, start - 80), start):
        return "thing"  # "who had been convicted of killing a policeman": the charge
    if _LIVE_ROUNDS.fullmatch(text, start, end) and _ARMS_LISTED_BEFORE.search(
        text, max(0, start - 120), start
    ):
        return "thing"  # "Items recovered include ... 63 rounds of live ammunition": arms held
    if _A_TREND_BEFORE.search(text, max(0, start - 40), start):
        return "habit"  # "as fewer attacks on pipelines ... helped restore output": a trend
    if _A_RECORD_ACCUSED.search(text, max(0, start - 90), start):
        return "habit"  # "separatist militias, who have also been accused of kidnappings,
        # attacks on schools ...": a record, no one deed
    if _HELD_UNDER_BEFORE.search(text, max(0, start - 30), start) and _A_SPELL_AFTER.match(
        text, end
    ):
        return "thing"  # "he had been held under house arrest for more than 20 months": a
        # state kept up, no arrest made
    if text[max(0, start - 4) : start].lower() == "the " and _CLAIMED_AFTER.match(text, end):
        return "described"  # "The attack was claimed by JNIM": the attack told before
    if token is not None and _the_victims_died(token):
        return "described"  # "... killing five people. Four victims died at the scene and a
        # fifth in hospital": the deaths told, counted again
    if _A_RATE_AFTER.match(text, end):
        return "thing"  # "one of the highest murder rates in Ecuador": a statistic
    if token is not None and _the_deed_told(token):
        return "described"  # "... liberated the town on Tuesday. A resident said he saw at
        # least five bodies near the hospital after the fighting": the deed just told
    if token is not None and _those_deeds(token):
        return "past"  # "Naulala was also attacked in late 2022 ... Those raids killed several
        # people": the deeds the sentence before told
    if token is not None and _arrested_again(token):
        return "described"  # "operatives arrested an alleged NPA leader in Barangay Mercedes
        # ... He was arrested by virtue of a warrant": the same man's arrest
    if _THOSE_BEFORE.search(text, max(0, start - 8), start) and text[start:end].lower().endswith(
        "ed"
    ):
        return "described"  # "those detained would be handed over to justice": the held
    if strong and token is not None and _soldiers_taken(token):
        return "described"  # "The group said it ... detained an unspecified number of
        # soldiers": captives of the fight, no arrest
    if _WHO_DID_IT.search(text, max(0, start - 60), start) or (
        _SINCE_THE_DEED.search(text, max(0, start - 30), start)
        and not _ITS_DAY_AFTER.match(text, end)
    ):
        return "thing"  # "would hunt down the cells behind Sunday's attack": told before
    if _CLAIM_SAYING.search(text, 0, start):
        return "claimed"  # "claimed the attack ..., saying it had killed 15 soldiers"
    if extra["claim"].search(before) and not _DEED_TOLD.match(text, end):
        # (a claim for "a roadside bomb that hit a military convoy on Tuesday" tells it)
        return "claimed"
    if in_cause_clause(text[max(0, start - CAUSE_WINDOW) : start]) or (
        GRIEVANCE_BEFORE.search(text[:start]) and PROTEST_WORD.search(text[:start])
    ):
        return "cause"
    if (
        token is not None
        and FIGURATIVE.match(text_of(doc), token.idx + len(token))
        and not PROTEST_WORD.fullmatch(token.text)  # ("marched against corruption": a march)
    ):
        return "figurative"
    if (
        token is not None
        and token.lower_.startswith(("fight", "fought", "battl", "combat"))
        and _FOUGHT_NATURE.match(text_of(doc), token.idx + len(token))
    ):
        return "figurative"  # "Our men are fighting a different enemy this week"
    if (
        token is not None
        and token.lower_.startswith(("fight", "battl"))
        and _NATURE_FOUGHT_BEFORE.search(text_of(doc), max(0, token.idx - 150), token.idx)
    ):
        return "figurative"  # "We fought the water with our hands ... The battle was lost"
    if THING_AFTER.match(text, end) or THING_BEFORE.search(text[max(0, start - 40) : start]):
        return "thing"
    if _FOILED.fullmatch(text[start:end]) and _MANY_ATTACKS_AFTER.match(text, end):
        return "toll"  # "had foiled \"dozens of attacks\" this year": a running tally
    if _HOSTAGE_TO.fullmatch(text[start:end]) and (
        (_BEING_BEFORE.search(text, max(0, start - 30), start) and _TO_AFTER.match(text, end))
        or _HOLD_A_PLACE.search(text, max(0, start - 60), start)
    ):
        # ("to hold regions of the country hostage": a figure of speech, no captives)
        return "figurative"
    if (
        _SHUT.fullmatch(text[start:end])
        and _PASSIVE_BEFORE.search(text, max(0, start - 30), start)
        and not _BY_AFTER.match(text, end)
    ):
        return "thing"  # "communications in the area are frequently shut down": no strike
    if _SHUT.fullmatch(text[start:end]) and _A_WORKS_AFTER.match(text, end):
        return "thing"  # "the months-long shutdown of Barrick's Loulo-Gounkoto complex"
    if _toll_grows(text, start, end, strong):
        # "We recovered more bodies of our men on Monday", "Seventeen are confirmed dead so
        # far", "succumbed to his wounds, bringing the number of soldiers killed to three":
        # the toll of a deed told before grows
        return "described"
    if token is not None and _described_by_harm(token, strong):
        return "described"  # "The two injured officers were airlifted": people told before
    if (
        _ROCKETS.fullmatch(text, start, end)
        and _AT_THE_POLICE_AFTER.match(text, end)
        and _A_CROWD.search(text, 0, start)
    ):
        # "young men ... firing rockets at police lines": a riot's fireworks, no shelling
        return "described"
    if _ARE_DOING_BEFORE.search(text, max(0, start - 20), start) and _in_quotes(text, start):
        return "habit"  # '"They are killing us one by one," said an organiser': a lament
    if _THOSE_WHO_BEFORE.search(text, max(0, start - 40), start):
        # "dialogue only with groups that lay down their arms": a condition, no deed
        return "hedged"
    if _AFFECTED_BY_BEFORE.search(text, max(0, start - 50), start):
        # "the two provinces worst affected by tribal fighting in recent years": places told
        # by what befalls them, no deed of its own
        return "described"
    if _KILLED.fullmatch(text, start, end) and _THE_DEAD_BEFORE.search(
        text, max(0, start - 40), start
    ):
        # "A national funeral for the soldiers killed at Tera was held": the dead of a deed
        # told before, named by their death
        return "described"
    if (
        token is not None
        and token.dep_ in ("nsubj", "csubj")
        and token.head.lemma_.lower() == "become"
    ):
        return "habit"  # "kidnapping for ransom has become a defining feature of the conflict"
    if token is not None and _went_on_there(token, text):
        # "Fighting continued in the area at the start of the week.": what the report tells
        # next, no fight of its own
        return "described"
    if token is not None and _perpetrators_vanished(token):
        return "thing"  # "The gunmen took a pistol from the victim and disappeared": fled
    if _THE_CAPTORS.fullmatch(text, max(0, start - 4), end) and _ASKED_AFTER.match(text, end):
        return "described"  # "The kidnappers contacted relatives on Monday demanding a ransom"
    if (
        _BODIES.fullmatch(text[start:end])
        and _BODIES_MOVED_AFTER.match(text, end)
        and _DEFINITE_BEFORE.search(text, max(0, start - 20), start)
    ):
        return "described"  # "The bodies of the two workers were flown to Makassar"
    if FUTURE_AFTER.match(text, end) or _DUE_TO_MEET_BEFORE.search(
        text, max(0, start - 140), start
    ):
        return "hedged"  # "negotiators are scheduled to meet next month for peace talks"
    if _A_HUNT.fullmatch(text[start:end]) and _UNDER_WAY_AFTER.match(text, end):
        return "hedged"  # "Raids are being conducted to nab those involved": a hunt, no deed
    if _HELD.fullmatch(text[start:end]) and _GOES_ON_BEFORE.search(text, max(0, start - 20), start):
        return "thing"  # "against the continued detention of their leaders": no new arrest
    if _CROWD.fullmatch(text, start, end) and _SETTING_OFF_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return "described"  # "killed seven people ..., setting off protests in Makurdi": the
        # deed's sequel, told as such (its own passage tells it, with its day)
    if _PREVIOUS_WHEN.search(text, max(0, start - 120), start):
        return "past"  # "a repeat of previous lockdowns, when shops that opened were set ablaze"
    if _DENOUNCED_BEFORE.search(text, max(0, start - 40), start):
        return "described"  # "had publicly denounced forced recruitment in the area": a cause
    if _THOUGHT_IT_WAS.search(text, max(0, start - 40), start):
        return "hedged"  # '"The explosion was so loud we thought it was an attack"'
    if _WHAT_THEY_CALL.search(text, max(0, start - 60), start):
        return "hedged"  # "announced a lockdown ... in what they say is a protest against"
    if _GROUP_WHICH_BEFORE.search(text, max(0, start - 40), start):
        return "habit"  # "the Karialan faction of the BIFF, which has pledged allegiance to"
    if _SINCE_BEFORE.search(text, max(0, start - 30), start):
        return "past"  # "Factions of the BIFF have since pledged allegiance to Islamic State"
    if (
        text[start:end].lower() == "pledged allegiance"
        and _HAVE_BEFORE.search(text, max(0, start - 30), start)
        and not _A_DAY_TOLD.search(text)
    ):
        return "habit"  # "Several of its factions have pledged allegiance to the Islamic
        # State group": a standing tie, no day's act
    if _A_SPLINTER.search(text, max(0, start - 3), start) and _GROUP_AFTER.match(text, end):
        return "thing"  # "PLFI, a splinter group of the CPI (Maoist)": what it is
    if (
        # (not a haul's rounds: "several rounds of ammunition were seized")
        (
            HABIT_BEFORE.search(text[max(0, start - HEDGE_WINDOW) : start])
            and not _AMMO.match(text, start)
        )
        or FIGHTS_FOR.match(text, end)
        or (text[start:end].lower().endswith("ing") and _FIGHTING_OVER.match(text, end))
        # "The country is also fighting an Islamist insurgency in the northern province"
        or (_FOUGHT_WORD.fullmatch(text, start, end) and _A_WAR_AFTER.match(text, end))
        or _DAILY_AFTER.match(text, end)
        or (ACCUSED_BEFORE.search(text[max(0, start - 40) : start]) and MANY_AFTER.match(text, end))
    ):
        return "habit"
    if (
        SERIES_BEFORE.search(text[max(0, start - HEDGE_WINDOW) : start])
        or _IN_SIMILAR.match(text, end)
        # ('had "liberated" dozens of localities in the Nord, Sahel and Est regions': a
        # tally, no one event)
        or _MANY_PLACES_AFTER.match(text, end)
        # ("there had been 47 Russian attacks along the Pokrovsk section of the front over
        # the past 24 hours": a staff's daily tally)
        or (
            _A_COUNT_BEFORE.search(text, max(0, start - 30), start)
            and _A_DAYS_TALLY.match(text, end)
        )
    ):
        return "series"
    if token is not None and (_war_toll(token, text, end) or _displacing(token)):
        return "toll"
    if _OFTEN_SO_AFTER.match(text, end):
        return "habit"  # "Cross-border raids between Warrap and Unity have been frequent"
    if _THE_REST_BEFORE.search(text, max(0, start - 40), start):
        return "described"  # "four saboteurs were eliminated, the rest retreated to the
        # territory of Ukraine": the fight's end, no ground handed over
    if _IN_THE_PAST_AFTER.match(text, end):
        return "habit"  # "has led to protests in Beni and Butembo in the past": what has been
    if text[max(0, start - 4) : start].lower() == "the " and _THE_CROWD_MET.match(text, end):
        return "retold"  # "the protesters were received by the deputy governor": the crowd
        # told before, met
    if _RETAKEN.fullmatch(text, start, end) and _A_PRISON_AFTER.match(text, end):
        return "thing"  # "retook control of the El Rodeo prison ... after inmates rioted":
        # the riot's end, no ground won
    if _AN_NTH_BEFORE.search(text, max(0, start - 40), start) and _SINCE_AFTER.match(text, end):
        return "toll"  # "It was at least the third Kenyan fatality since the force deployed":
        # a running count the news adds to
    if token is not None and _the_tolls_war(token, sent):
        return "toll"  # "more than 6,000 people have been killed ... in the fighting between
        # the army and separatist militias": the war a running toll is counted in
    if (
        _a_stretch_tallied(text)
        or _COUNTED_INCIDENTS.search(text)
        or (token is not None and _SINCE_OPENING.match(text) and _perfect(token))
    ):
        # "Between 17 and 23 November, two Palestinians were killed ... across the West
        # Bank"; "Since 1 January 2026, 187 Palestinians have been killed": tallies
        return "toll"
    if token is not None and _of_a_past_year(token, text, end):
        return "past"
    if _WHEN_IN_A_YEAR.search(text, 0, start):
        return "past"  # "since 2017, when a crackdown on protests turned into a conflict"
    if token is not None and (
        _kept_up_since(token, text, end)
        or _gone_on(token)
        or _what_it_does(token)
        or _does_as_a_rule(token)
        or _done_again_and_again(token)
        or _charged_in_the_present(token)
        or _what_they_aim_at(token)
        or _whom_it_backs(token)
        or _the_fight_it_says_it_wages(token)
        or _a_standing_part(token)
        or _done_as_policy(token, sent)
        or _stepped_up(token)
        or _a_lands_struggle(token)
        or _a_backdrop(token)
        or _arms_long_used(token)
    ):
        return "habit"
    if token is not None and _a_things_fate_to_come(token):
        return "hedged"  # "said it would destroy a first batch of explosives and landmines"
    if (
        _A_CAUSE_BEFORE.search(text, max(0, start - 40), start)
        and text[start:end].lower().endswith("s")
        and not _A_DAY_TOLD.search(text)
        and _after_the_lede(sent)
    ):
        # "unable to access their fields because of attacks by bandits, insurgents and armed
        # herders": a state of things and its cause, no one event
        return "habit"
    if _PRESENT.fullmatch(text[start:end]) and _DESCRIBED_BY_ITS_WAYS.search(text, 0, start):
        # "The gangs, which operate from camps in vast forests ..., raid villages to loot,
        # rustle cattle and kidnap residents for ransom": what they do, no event
        return "habit"
    if _WHERE_AS_A_RULE.search(text[max(0, start - 90) : start]) and _PRESENT.fullmatch(
        text[start:end]
    ):
        # "states where armed gangs attack villages, kill residents and kidnap for ransom"
        return "habit"
    if _AMID_AGAIN_AND_AGAIN.search(text, max(0, start - 120), start):
        # "The talks have repeatedly broken down amid bombings and shootings": what kept
        # happening, no one deed
        return "habit"
    if _A_ROLE_BEFORE.search(text, max(0, start - 80), start):
        return "habit"  # "a commander responsible for planning attacks on government
        # positions": what his post was, no one deed
    if _KEPT_UP_BEFORE.search(text, max(0, start - 60), start):
        # "both sides have kept up long-range drone and missile attacks": a campaign
        # carried on, no one deed
        return "habit"
    if _WHERE_REPORTED.search(text, max(0, start - 90), start):
        # "in Michoacan, where residents have also reported drones dropping explosives on
        # their homes": what a place has seen, no one deed
        return "habit"
    if _FIREWORKS_AFTER.match(text, end):
        return "thing"  # "fired mortar-style fireworks at a police station": no mortar
    if (
        _THE_DOERS.fullmatch(text, start, end)
        and text[max(0, start - 4) : start].lower() == "the "
        and _GOT_AWAY_AFTER.match(text, end)
    ):
        return "described"  # "Soldiers reached the village but the attackers had fled"
    if _FIGHTING_IT.match(text, start, end + 8):
        return "figurative"  # '"It is a battle against the water. We have been fighting it'
    if CELEBRATING.match(text, end):
        return "figurative"  # "took to the streets to celebrate": a crowd, no protest
    if token is not None and _retold(token, text):
        return "retold"
    if _OPENS_AFTER_THE.search(text[:start]) and text.startswith(",", end):
        # "Shortly after the shooting, dozens of young men threw stones": the deed told
        # before, dating the sentence's own
        return "retold"
    if _TOLD_AFTER_THE.search(text, max(0, start - 40), start):
        return "retold"  # "Residents said that after the fighting on Tuesday soldiers burned"
    if _AFTER_A_PAST_YEARS.match(text, end) and not _A_DAY_TOLD.search(text):
        return "past"  # "which deployed troops along the province's edges after last year's
        # violence": done back then
    if _SOUNDS_OF_A_FIGHT.search(text, max(0, start - 40), min(len(text), end + 40)):
        return "described"  # "We heard explosions and gunfire for nearly two hours": a fight's
        # sounds, no blast of its own
    if _WRECKING.fullmatch(text, start, end) and _A_WAR_DID_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return "habit"  # "after the conflict destroyed farming and cross-border commerce":
        # what a war did, no deed of its own
    if _A_LABEL.fullmatch(text, start, end) and _in_quotes(text, start):
        return "described"  # 'said "a group of rioters" had tried to block the road': the
        # authorities' word for a crowd, no riot of its own
    if text[start:end].lower().startswith("demand") and _AN_OFFICIALS_QUOTE.match(text, end):
        return "described"  # '"We demand the immediate release of the councillor ...," the
        # defence minister said': an official's words, no protest
    if text[start:end].lower().startswith("execut") and _AN_ORDER_AFTER.match(text, end):
        return "thing"  # "officers went to a house to execute an arrest warrant"
    if _SURRENDER.fullmatch(text, start, end) and _WHO_HAD_BEFORE.search(
        text, max(0, start - 30), start
    ):
        return "described"  # "killing people who had surrendered": the dead, no deal
    if _A_RESPONSE_AFTER_THE.search(text, max(0, start - 80), start):
        return "retold"  # "captured two suspects ..., in an operation launched after the attack"
    if GAP_BEFORE.search(text[max(0, start - HEDGE_WINDOW) : start]) and not _RETOLD_FIRST.search(
        text[:start]
    ):
        # "two days after an ambush on a convoy": the earlier event ("The raid came a day
        # after a suicide bomber blew herself up in Konduga": the news of the sentence)
        return "past"
    if GAP_AFTER.search(text[max(0, start - 2 * HEDGE_WINDOW) : start]):
        return "past"
    if not _RETOLD_FIRST.search(text[:start]) and any(
        s <= start < e for s, e in earlier_days_clauses(text, max(0, start - 200), end)
    ):
        return "past"  # "... on Wednesday, two days after two jawans ... lost their lives in
        # an improvised explosive device (IED) blast": another day's deed, however long told
    if _AFTER_THE_DAYS.search(text, max(0, start - 60), start):
        return "past"  # "fled towards Mambasa after the 21 November attack": told before
    if (
        strong
        and _AN_AGREEMENT.fullmatch(text[start:end])
        and (
            _KEPT_OR_BROKEN.search(text[max(0, start - HEDGE_WINDOW) : start])
            or _NOT_AGREED.search(text[max(0, start - 3 * HEDGE_WINDOW) : start])
            or _KEPT_AFTER.match(text, end)
        )
        # (not one agreed now: "officials agreed on Tuesday to observe a ceasefire")
        and not _AGREED_TO_KEEP.search(text, max(0, start - 2 * HEDGE_WINDOW), start)
    ):
        return "past"  # "violating the truce", "the truce formally expired": one made before
    if (
        strong
        and _AN_AGREEMENT.fullmatch(text[start:end])
        and (
            _SOUGHT.search(text[max(0, start - HEDGE_WINDOW) : start])
            or _NO_DEAL_AFTER.match(text, end)
        )
    ):
        return "hedged"  # "said they were working on a truce": none made yet
    if _TRIED_FOR.search(text[max(0, start - 4 * HEDGE_WINDOW) : start]):
        return "past"  # "a court sentenced several former officers to prison for the massacre"
    if _SINCE_THE.search(text[max(0, start - HEDGE_WINDOW) : start]) and _OF_A_YEAR.match(
        text, end
    ):
        return "past"  # "a shift since the youth-led protests of September 2025"
    if (
        token is not None
        and token.lemma_.lower() in ("deploy", "station", "send", "post")
        and token.lower_ not in ("had",)
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in token.children)
        and _THOUSANDS_OF.search(text, start, min(len(text), end + 30))
    ):
        return "habit"  # "Burundi has deployed thousands of troops to eastern Congo": a posture
    if token is not None and _an_aim(token):
        return "hedged"  # "Al Shabaab uses every disaster to recruit young people and to attack"
    if token is not None:
        if token.dep_ not in ("nsubj", "nsubjpass") and any(
            c.dep_ == "amod" and c.lemma_.lower() in FUTURE_LEMMAS for c in token.children
        ):
            return "hedged"  # "before a planned rally"; "planned rallies went ahead" happened
        for node in [token, *list(token.ancestors)[:3]]:
            if any(child.dep_ == "neg" for child in node.children):
                return "negated"
            if (
                strong
                and node is token
                and any(c.dep_ == "det" and c.lower_ == "no" for c in token.children)
            ):
                # "No arrests have been made"; "no casualties were reported" still tells of
                # the fighting before it, as ACLED's notes do
                return "negated"
            if (
                node.lemma_.lower() in FOIL_LEMMAS
                and node is not token
                # (a deed done after it: "intercepted a councillor ... and took him away")
                and not any(
                    n.dep_ == "conj" and n.head.i == node.i for n in [token, *token.ancestors]
                )
            ):
                # "measures to prevent judges from being murdered": a purpose, no attack
                # ("soldiers managed to prevent an attack" still foiled one)
                to = any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children)
                done = node.dep_ == "xcomp" and node.head.lemma_.lower() in _ACHIEVED
                if to and not done:
                    return "hedged"
                return "toll" if _FOILED_TALLY.search(text) else "foiled"
            if node.lemma_.lower() in HEDGE_LEMMAS and node is not token and not _feared_dead(node):
                return "hedged"
            if node.dep_ in ("advcl", "relcl"):
                break  # "has not gained ground since it took Ramadi": the clause is its own
            if node.dep_ == "ccomp" and node.head.i > node.i:
                break  # "An official is kidnapped, perpetrators not known": told first
    if extra["negation"].search(before):
        return "negated"
    if extra["hedge"].search(before) or _PURPOSE.search(text, 0, start):
        return "hedged"
    if text[start:end].lower() == "intercepted" and _BY_ASSAILANTS_AFTER.match(text, end):
        return "described"  # "they were intercepted by gunmen on a motorcycle": the
        # abduction or attack told, no weapon stopped
    if _NEITHER_NOR_BEFORE.search(text, 0, start):
        return "negated"  # "neither the army nor the RSF have publicly committed to a ceasefire"
    if (
        _AN_AGREEMENT.fullmatch(text, start, end)
        and not text.startswith("signed", start)
        and (_TALKS_TOWARDS.search(text, 0, start) or not _AGREEMENT_MADE.search(text))
    ) or (_A_PULLOUT.fullmatch(text, start, end) and _TALKS_TOWARDS.search(text, 0, start)):
        return "hedged"  # "talks aimed at turning a framework agreement into a final peace
        # deal": a deal sought, none made; "a big gap over the sequencing of a ceasefire"
    if _STRUGGLE_WORD.fullmatch(text[start:end]) and _BETWEEN_TRADERS_AFTER.match(text, end):
        return "figurative"  # "set off a battle between growers ... over allocations"
    if (
        token is not None
        and token.tag_ == "NNS"
        and _DESPITE_BEFORE.search(text, max(0, start - 40), start)
    ):
        return "habit"  # "shippers continued to use the corridor despite Russian attacks on
        # port infrastructure": what goes on, no one deed
    if _MANY_HAVE_BEFORE.search(text, max(0, start - 60), start):
        return "habit"  # "Though hundreds of cadres have surrendered or been killed since": a
        # tally of years, no one deed
    if _STRUGGLE_WORD.fullmatch(text[start:end]) and _TO_WIN_AFTER.match(text, end):
        return "figurative"  # "This is a battle we intend to win"
    if _A_MARKETS_RALLY.match(text, start):
        return "thing"  # "a rally in gold prices had bolstered the reserves"
    if _STRUGGLE_WORD.fullmatch(text[start:end]) and _AHEAD_AFTER.match(text, end):
        return "figurative"  # "the biggest battle ahead is political"
    if _STRUGGLE_WORD.fullmatch(text[start:end]) and _THE_MAIN_ONE_BEFORE.search(
        text, max(0, start - 40), start
    ):
        return "figurative"  # "the withdrawal timetable remains the main battle"
    if (
        _A_CONTEST_WON_BEFORE.search(text, max(0, start - 40), start)
        and _STRUGGLE_WORD.fullmatch(text[start:end])
        and not _FOR_A_PLACE_AFTER.match(text, end)  # ("won the battle for Marawi": a fight)
    ):
        return "figurative"  # "We have won many battles", "it can win the battle on the ground"
    if _WORDS_AGAINST_AFTER.match(text, end) and text[start:end].lower().startswith("attack"):
        return "figurative"  # "Lawmakers attacked the ministry for what they called a lack"
    if token is not None and _a_cause_fought(token, text_of(doc)):
        return "figurative"  # "our battle is the same", "a long battle to restore confidence"
    if token is not None and _ON_MANY_FRONTS.match(text_of(doc), token.idx + len(token)):
        return "habit"  # "the three armies are already stretched fighting on multiple fronts"
    if _A_YEARS_DEED_BEFORE.search(text, max(0, start - 40), start):
        return "past"  # "A 2020 surge in intercommunal fighting left hundreds dead"
    if _THE_CAUSE_OF_BEFORE.search(text, max(0, start - 40), start):
        return "retold"  # "did not comment on the cause of the fighting": the fight told
    if _THAT_MONTH_AFTER.match(text, end):
        return "past"  # "119 in a single riot at the Litoral penitentiary ... that September"
    if _COMES_AFTER.match(text, end):
        return "retold"  # "The renewed fighting comes despite a series of ceasefire
        # commitments": the fighting told before, set against its background
    if _STRUGGLE_WORD.fullmatch(text[start:end]) and _A_KIND_OF_CONTEST_BEFORE.search(
        text, max(0, start - 30), start
    ):
        return "figurative"  # "a long-running legal battle over the powers of the army"
    if token is not None and _natures_deed(token):
        return "figurative"  # '"The water attacked us in the night"'
    if (
        token is not None
        and (token.pos_ == "NOUN" or token.lower_ == "fighting")
        and not PROTEST_WORD.fullmatch(token.text)  # ("Protests have spread to X": news)
        and _HAS_GROWN_AFTER.match(text, end)
        and not _A_DAY_NAMED.search(text)
    ):
        return "habit"  # "Fighting between M23 rebels and militias has intensified in eastern
        # Congo": a trend, no one fight
    if _LIKE_A_BEFORE.search(text, max(0, start - 20), start):
        return "figurative"  # "It was like a battle with the water all night"
    if _AT_THE_TIME_BEFORE.search(text, max(0, start - 40), start):
        return "past"  # "Israel intervened at the time with airstrikes on Damascus"
    if _COMES_AS_BEFORE.search(text, 0, start):
        return "habit"  # "The attacks come as the army ... presses an offensive": the setting
    if _YEARS_OF_BEFORE.search(text, 0, start) and not _A_DAY_NAMED.search(text):
        return "habit"  # "has been hit by years of violence blamed on gunmen enforcing"
    if _KNOWN_FOR_BEFORE.search(text, max(0, start - 60), start):
        return "habit"  # "Bastar was once known for gunfire and landmines"
    if token is not None and _since_then(token):
        return "habit"  # "Clashes along the front lines ... have since complicated diplomacy"
    if (
        token is not None
        and token.tag_ == "VBN"
        and token.lemma_.lower() in _DONE_TO_A_THING
        and token.dep_ == "amod"
        and token.head.i > token.i
        # (not a verb misread after its subject: "Two men on a motorcycle hurled two bombs")
        and (token.i == sent.start or token.nbor(-1).pos_ in ("DET", "ADP", "ADJ", "NUM", "CCONJ"))
    ):
        return "thing"  # "guarantees before any withdrawal from captured towns": the towns
    return "asserted"


#: Deeds whose participle may name what they were done to: "captured towns", "looted shops".
_DONE_TO_A_THING = frozenset(
    {"capture", "seize", "occupy", "loot", "burn", "torch", "raze", "overrun", "liberate",
     "recapture", "retake", "destroy", "abduct", "kidnap", "detain", "arrest", "kill"}
)  # fmt: skip
#: A purpose the deeds after it serve ("comb the forests with a view to rescuing the victims
#: and arresting the perpetrators").
#: A sentence opening on the time the sentence before told.
_THAT_TIME_OPENING = re.compile(
    r"\s*(?:That|The same|The following|The next|The previous) (?:month|year|week)\b"
)
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
#: ... or told later in it: "Rwandan troops, deployed later that year, helped ... retake".
_THAT_YEAR = re.compile(r"\b(?:later|earlier) (?:that|the same) (?:year|month)\b", re.IGNORECASE)


def _sentence_before(sent: Span) -> str:
    """The text of the sentence before `sent` in its document, or ""."""
    return sent.doc[sent.start - 1].sent.text if sent.start > 0 else ""


_TO_DEMAND = re.compile(r"demand\b", re.IGNORECASE)
#: A rally called, not yet held, and what it is to be for.
_CALLED = re.compile(
    r"\bcall(?:ed|s|ing)? (?:an? |for an? )[\"“]?(?:[\w-]+[\"”]? ){0,2}(?:protest|"
    r"demonstration|rally|march|strike|sit-in|day|shutdown|hartal|bandh)\b[^.;]*\bto $",
    re.IGNORECASE,
)
#: A court ordering or extending someone's detention.
_A_COURTS_ORDER = re.compile(
    r"\b(?:court|judge|judges|tribunal|magistrate|prosecutors?)\b[^.;]{0,30}\b(?:ordered|extended|"
    r"ordering|extending|remanded|sentenced|upheld)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
#: A crowd's words, and a deed told as setting them off ("..., sparking protests").
_CROWD = re.compile(
    r"(?:(?:violent|angry|mass|fresh|widespread|deadly|days of|nights of) )?"
    r"(?:protests?|demonstrations?|riots?|rioting|unrest|street protests?)",
    re.IGNORECASE,
)
_SETTING_OFF_BEFORE = re.compile(
    r"\b(?:setting off|sparking|triggering|prompting|provoking|igniting|touching off|fu?elling)"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: An event named as one told before ...
_NAMED_AS_TOLD = re.compile(r"\b(?:the|these|those|this|that)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
#: ... and what caused it.
_ITS_CAUSE_AFTER = re.compile(
    r"\s+(?:(?:was|were|had been|have been)\s+(?:being\s+)?(?:\w+\s+)?[\"“']?(?:triggered|"
    r"sparked|prompted|caused|fu?elled|fueled|provoked|set off|financed|funded|organi[sz]ed|"
    r"orchestrated|manipulated|instigated|sponsored)\s+by\b|"
    # ... or how it began ("The protests began after border guards shot dead a porter")
    r"(?:first\s+)?(?:began|erupted|broke out|started)\s+(?:on\s+\w+\s+)?(?:after|following|"
    r"when)\b)",
    re.IGNORECASE,
)
#: A deed told before named by its day, as what something came after: "after Monday's".
_AFTER_A_DAYS_DEED = re.compile(
    # (what was done after it: "classes, suspended after Monday's clashes"; not a sentence
    # opening on it, "Following last night's attack on a bank, ...", which may tell it first)
    r"\b[a-z]+ed,?\s+(?:after|since|following|over|amid|because of)\s+(?:last\s+)?(?:Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|last night)['’]s\s+"
    r"(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: An inquiry, and the deed it is into ("an investigation into Tuesday's shooting").
_AN_INQUIRY_INTO = re.compile(
    r"\b(?:investigations?|inquir(?:y|ies)|probes?|inquests?)\s+(?:in)?to\s+(?:the\s+)?"
    r"(?:last\s+)?(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|"
    r"last night)['’]s\s+|(?:alleged|deadly|fatal|recent)\s+)(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: A word of holding used of the people held: "its detained leaders", "the jailed
#: activists".
_HELD_WORD = re.compile(r"detained|jailed|imprisoned|arrested|incarcerated", re.IGNORECASE)
_THE_HELD_BEFORE = re.compile(
    r"\b(?:its|their|his|her|our|the|of|for|all)\s+(?:(?:[\w-]+|\d+)\s+)?$", re.IGNORECASE
)
_THE_HELD_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:leaders?|members?|activists?|journalists?|students?|men|women|"
    r"people|politicians?|opponents?|colleagues?|comrades?|relatives?|supporters?|figures?|"
    r"chiefs?|officials?|protesters|demonstrators|lawmakers|mps|candidates?|clerics?)\b",
    re.IGNORECASE,
)


#: A clause describing someone by the demonstration they led: "an activist who helped
#: organise the Nairobi march", "the student leader who called the strike".
_WHO_LED = re.compile(
    r"\bwho (?:had )?(?:helped (?:to )?)?(?:organi[sz]ed?|led|called|convened|planned|"
    r"coordinated|spearheaded) (?:(?:the|a|last|this|[A-Z][\w'’-]+|\w+'s|\w+day's) ){0,3}$"
)


#: A protest's word before who runs it or what it carries ("Protest organisers", "protest
#: leaders", "protest songs").
_PROTEST_WORD = re.compile(r"protest|demonstration|march", re.IGNORECASE)
_A_PROTESTS_PEOPLE_AFTER = re.compile(
    r"\s+(?:organi[sz]ers|leaders|movements?|groups?|coalitions?|camps?|songs?|slogans?|"
    r"banners?|placards?|organi[sz]ations?|committees?|votes?)\b",
    re.IGNORECASE,
)
#: A deed told as an allegation its alleged doer denies, with no day of its own (a dated
#: accusation of a killing is coded, its denial noted).
_DENIED_ALLEGATION_AFTER = re.compile(
    r"[^.;,]{0,40},\s+(?:an?|the)\s+(?:allegation|accusation|charge|claim)s?\s+"
    r"(?:that\s+|which\s+)?(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:has\s+|have\s+)?"
    r"(?:den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?)\b",
    re.IGNORECASE,
)
#: A crowd's deed told as called for, not yet held: "posted calls on social media for a
#: march", "called for a protest".
_CALLS_FOR_BEFORE = re.compile(
    r"\b(?:calls?|called|calling|appeals?|appealed|urged|urging)\b[^.;]{0,60}?\bfor (?:an?|the) "
    r"(?:[\w-]+ )?$",
    re.IGNORECASE,
)
#: ... unless told as held ("called for a march that drew thousands").
_HELD_AFTER = re.compile(
    r"[^.;]{0,40}\b(?:drew|attracted|brought|went ahead|took place|was held|were held)\b",
    re.IGNORECASE,
)
#: A speaker who denounces by word, no crowd: lawyers, officials, a party, a rights group.
_A_WORDSMITH_BEFORE = re.compile(
    r"\b(?:lawyers?|attorneys?|officials?|government|ministry|minister|spokes(?:man|woman|person)|"
    r"president|party|parties|(?:rights )?groups?|organi[sz]ations?|commission|council|embassy|"
    r"church|bishops?|diocese|UN|EU|union leaders?|leaders?)\s+(?:also\s+|have\s+|has\s+)?$",
    re.IGNORECASE,
)
_DENOUNCE = re.compile(r"denounc\w*", re.IGNORECASE)
#: A deal's making told in its sentence: "agreed to extend a ceasefire", "a truce took
#: effect", "declared a unilateral ceasefire".
_AGREEMENT_MADE = re.compile(
    # (not a deal named by who brokered it: "A Qatar-brokered ceasefire has been tested")
    r"(?<![\w-])(?:agree[sd]?|agreeing|sign(?:s|ed|ing)?|reach(?:es|ed|ing)?|declar(?:es|ed|ing)|"
    r"announc(?:es|ed|ing)|brokered|struck|seal(?:s|ed)|accept(?:s|ed)|extend(?:s|ed)?|"
    r"renew(?:s|ed)|took effect|takes effect|came into (?:force|effect)|went into (?:force|"
    r"effect)|entered into force|began|begins|holding|held|violat\w+|broke|broken|"
    r"collapsed|ended|implement\w*|observ\w+|respect\w*|negotiated|concluded|clinched|"
    r"finali[sz]ed|ratified|approved|secured|restored|resumed|called|mediated|in (?:place|"
    r"force|effect)|under (?:a|the|an))\b",
    re.IGNORECASE,
)
#: A pullout named as a thing: what talks may be about.
_A_PULLOUT = re.compile(r"(?:withdrawal|pull-?out|pullback|handover|disengagement)s?", re.I)
#: Talks told as seeking a deal named after them.
_TALKS_TOWARDS = re.compile(
    r"\b(?:talks|negotiations|round|mediation|mediators?|efforts?)\b[^.;:,]{0,20}?\b(?:aimed at|"
    r"aiming at|to reach|to secure|towards?|push(?:ing)? for)\b[^.;:]{0,60}$|"
    r"\b(?:push|bid|drive|pressure|calls?) for (?:an? |the )?[^.;:,]{0,40}$|"
    # "a big gap over the sequencing of a ceasefire and the withdrawal of forces"
    r"\b(?:gaps?|differences|disagreements?|disputes?|divisions|discuss(?:ed|ing|ions?)?|"
    r"negotiat(?:e|ed|ing|ions?)|talks) (?:over|on|about)\b[^.;:]{0,70}$",
    re.IGNORECASE,
)
_PURPOSE = re.compile(r"\b(?:with a view to|in order to|so as to)\b[^.;:]{0,80}$", re.IGNORECASE)


#: What dates an event by another: "came a day after", "followed", "comes amid".
_DATED_BY = re.compile(
    r"\s+(?:just |only |barely |less than |more than )?(?:(?:a|an|one|two|three|four|five|six|"
    r"several|a few|\d+) (?:hours?|days?|weeks?|months?) )?(?:after|before|amid)\b",
    re.IGNORECASE,
)
#: A sentence telling an execution as the courts' ("executed a Baluch man in Zahedan's central
#: prison who had been convicted of armed rebellion"): a punishment, no attack.
#: (not a group's own court: "Al Shabaab sentenced two men to death and publicly executed
#: them", ACLED's violence against civilians)
_BY_THE_COURTS = re.compile(
    r"\b(?:(?:central |state |federal )?prison|jail|gallows|death row|judiciary|"
    r"(?:had been|was|were) convicted)\b",
    re.IGNORECASE,
)
#: A weapon's name lent to fireworks ("mortar-style fireworks", "firework rockets").
_FIREWORKS_AFTER = re.compile(r"(?:-style|-like|-type)?\s+(?:fireworks?|pyrotechnics?)\b", re.I)
#: A fight whose foe is a thing told before ("fighting it street by street", not "fighting
#: it out").
#: People stopped by their assailants: "intercepted by gunmen on a motorcycle".
_BY_ASSAILANTS_AFTER = re.compile(
    r"\s+by\s+(?:[\w-]+\s+){0,2}(?:gunmen|armed men|militants|attackers|assailants|"
    r"kidnappers|abductors|bandits|insurgents|fighters|rebels|jihadists)\b",
    re.IGNORECASE,
)
#: A contest told as won or to be won: "We have won many battles", "can win the battle".
_A_CONTEST_WON_BEFORE = re.compile(
    r"\b(?:win|wins|won|winning|lose|loses|losing)\s+(?:the |this |that |a |many |several |"
    r"every |our |their |its |all )?(?:[\w-]+ )?$",
    re.IGNORECASE,
)
_STRUGGLE_WORD = re.compile(r"battles?|wars?|fights?", re.IGNORECASE)
#: A thing told as the chief struggle: "remains the main battle", "is the real fight".
_THE_MAIN_ONE_BEFORE = re.compile(
    r"\b(?:remains?|remained|is|was|becomes?|became)\s+(?:the|our|their)\s+(?:main|real|biggest|"
    r"key|hardest|toughest|greatest|central|true|bigger|larger)\s+$",
    re.IGNORECASE,
)
#: A struggle told as one its speaker means to win: "a battle we intend to win".
_TO_WIN_AFTER = re.compile(
    r"\s+(?:that |which )?(?:we|they|I|he|she|the government|the country)\s+"
    r"(?:intends?|hopes?|wants?|means?|plans?|(?:is|are|am) (?:determined|going|set)|must|will|"
    r"can|cannot|can't|shall)\s+(?:to\s+)?(?:not\s+)?(?:win|lose)\b",
    re.IGNORECASE,
)
#: A market's rally: "a rally in gold prices", "a rally in shares".
_A_MARKETS_RALLY = re.compile(
    r"rall(?:y|ies)\s+(?:in|of)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:prices?|shares|stocks|markets?|"
    r"bonds|equities|currency|dollar|rand|naira|shilling|oil|gold)\b",
    re.IGNORECASE,
)
#: A fight's ground after its noun: "the battle for Marawi", "the battle for control of".
_FOR_A_PLACE_AFTER = re.compile(
    r"\s+(?:for|of|over)\s+(?:the\s+)?(?:control\s+of\s+)?(?:the\s+)?(?:town|city|village|"
    r"district|base|airport|(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: A struggle between parties that bear no arms: "a battle between growers in the valleys".
#: What goes on regardless of deeds named after it: "despite Russian attacks".
_DESPITE_BEFORE = re.compile(
    r"\b(?:despite|in spite of|regardless of)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
#: A multitude that has done or suffered a deed over time: "hundreds of cadres have".
_MANY_HAVE_BEFORE = re.compile(
    r"\b(?:hundreds|thousands|dozens|scores) of (?:[\w-]+ ){0,4}(?:have|had) (?:also |since )?"
    r"(?:[\w-]+ (?:or|and) )?(?:been )?$",
    re.IGNORECASE,
)
#: A struggle told as still to come: "the biggest battle ahead", "the battle that lies ahead".
_AHEAD_AFTER = re.compile(r"\s+(?:ahead|to come|(?:that|which) lies? ahead)\b", re.IGNORECASE)
_BETWEEN_TRADERS_AFTER = re.compile(
    r"\s+between\s+(?:[\w-]+\s+){0,2}?(?:growers|companies|firms|traders|lawyers|unions|"
    r"investors|ministries|agencies|politicians|brands|retailers|exporters|importers|producers|"
    r"airlines|banks|shareholders|bidders|networks|platforms|clubs|regulators|creditors|"
    r"lenders|publishers|studios|tech giants|broadcasters)\b",
    re.IGNORECASE,
)
#: A negation spread over two sides before a deed: "neither the army nor the RSF have".
#: (not a deed told in a clause of its own after it: "Neither the police nor the army
#: intervened when the mob attacked")
_NEITHER_NOR_BEFORE = re.compile(
    r"\bneither\b[^.;]{1,80}\bnor\b"
    r"(?:(?!\b(?:when|as|while|after|before|because|and|but|until)\b)[^.;,]){1,80}$",
    re.IGNORECASE,
)
#: Words against a body, not blows: "attacked the ministry for what they called a lack".
_WORDS_AGAINST_AFTER = re.compile(
    r"\s+(?:the |his |her |their |its )?(?:[\w-]+ ){0,2}?(?:ministry|government|president|"
    r"minister|decision|policy|plan|bill|budget|report|opposition|party|leadership|"
    r"administration|ruling|deal|proposal|media|press|critics?|governor|lawmakers|parliament|"
    r"commission|authorities)\s+(?:for|over)\b",
    re.IGNORECASE,
)
#: A struggle's nouns, which a possessive or a peaceful aim makes a cause, not a fight.
_STRUGGLES = frozenset({"battle", "fight", "war", "struggle"})
_POSSESSIVES = frozenset({"our", "their", "your", "my", "his", "her"})
#: What a fight can be fought to do; any other aim ("to restore confidence") is a figure.
_ARMED_AIMS = frozenset(
    {"retake", "recapture", "capture", "seize", "control", "take", "hold", "defend", "oust",
     "dislodge", "drive", "expel", "push", "clear", "free", "liberate", "reclaim", "regain",
     "break", "secure", "enter", "storm", "repel", "repulse", "halt", "stop", "overrun",
     "encircle", "surround", "relieve", "lift", "rescue", "reach", "open", "cut", "kill",
     "destroy", "crush", "defeat", "topple", "overthrow", "protect"}
)  # fmt: skip
_TO_AN_AIM = re.compile(r"\s+(?:(?:now|here|ahead)\s+)?(?:is\s+|will be\s+)?to\s+(\w+)")


def _a_cause_fought(token: Token, text: str) -> bool:
    """A struggle named as someone's cause ("Our enemies are the same, our battle is the
    same") or as a fight for a peaceful aim ("the opening shot in a long battle to restore
    confidence in the national currency"): no clash."""
    if token.lower_ not in _STRUGGLES or token.pos_ != "NOUN":
        return False
    if token.i > 0 and token.doc[token.i - 1].lower_ in _POSSESSIVES:
        return True
    aim = _TO_AN_AIM.match(text, token.idx + len(token))
    return aim is not None and aim[1].lower() not in _ARMED_AIMS


#: Fighting told as a force's load, not a deed: "stretched fighting on multiple fronts".
_ON_MANY_FRONTS = re.compile(
    r"\s+on\s+(?:multiple|several|many|numerous|various|all|two|three|four|different|other)\s+"
    r"fronts\b",
    re.IGNORECASE,
)
#: A contest of another kind than arms: "a legal battle", "a trade war".
_A_KIND_OF_CONTEST_BEFORE = re.compile(
    r"\b(?:legal|political|court|courtroom|diplomatic|judicial|electoral|verbal|propaganda|"
    r"media|legislative|bureaucratic|custody|price|trade|tariff|bidding|takeover|ratings|"
    r"public relations|constitutional|procedural|uphill|"
    # ("easing a bitter budget battle", "the oil revenue war")
    r"budget|budgetary|revenue|revenues|fiscal|tax|pay|wage|salary|funding|policy|"
    r"boardroom|pricing|currency|licensing|copyright|patent|regulatory|ad|advertising)\s+$",
    re.IGNORECASE,
)
#: Nature that floods or blows (not fire, which may be a side's): no side's deed ("The water
#: attacked us").
_NATURE = frozenset(
    {"water", "flood", "floods", "rain", "rains", "storm", "wind", "winds", "river", "sea",
     "waves", "lake", "mud", "snow", "cold", "virus", "disease", "drought", "cyclone",
     "earthquake", "landslide", "avalanche", "avalanches", "snowfall", "snowstorm", "blizzard",
     "landslides", "mudslide", "mudslides", "earthquakes", "quake", "tremor", "flooding",
     "floodwaters", "storms", "cyclones", "hurricane", "typhoon", "tornado", "lightning",
     "heatwave", "tsunami", "wildfire", "wildfires", "bushfire", "downpours", "rockfall"}
)  # fmt: skip


def _natures_deed(token: Token) -> bool:
    """A deed's verb whose subject is nature: '"The water attacked us in the night"'."""
    return token.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and c.lower_ in _NATURE for c in token.children
    )


#: A deed's noun whose clause tells how it has grown: "has intensified", "have spread".
_HAS_GROWN_AFTER = re.compile(
    r"[^.;]{0,100}?\b(?:has|have) (?:also |since |further )?(?:intensified|escalated|worsened|"
    r"increased|surged|spread|raged|grown|mounted|multiplied)\b",
    re.IGNORECASE,
)
#: A day or a month named in a sentence.
_A_DAY_NAMED = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|overnight|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)\b"
)
#: A simile: "like a battle", "as if in a war zone".
_LIKE_A_BEFORE = re.compile(r"\b(?:like|as if(?: in)?)\s+(?:a|an)\s+(?:[\w-]+\s+)?$", re.I)
#: A deed's noun after the year it is of: "A 2020 surge in intercommunal fighting".
_A_YEARS_DEED_BEFORE = re.compile(
    r"\b(?:[Aa]|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:19|20)\d\d\s+(?:[\w-]+\s+){0,3}$"
)
#: A deed named as what a cause or motive is sought for: "the cause of the fighting".
_THE_CAUSE_OF_BEFORE = re.compile(
    r"\b(?:cause|causes|reason|reasons|motive|motives|trigger)\s+(?:of|for|behind)\s+"
    r"(?:the|this|that|these|those)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: A deed dated by a month or year told before it: "a single riot ... that September".
_THAT_MONTH_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:that|the same) (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|year|summer|winter|spring|autumn)\b"
)
#: A deed told as what comes against a background: "The renewed fighting comes despite".
_COMES_AFTER = re.compile(
    r"\s+(?:comes?|came)\s+(?:as|amid|despite|after|days|weeks|hours|a day|a week|just|only)\b"
)
#: A deed told as done back then: "Israel intervened at the time with airstrikes".
_AT_THE_TIME_BEFORE = re.compile(r"\bat (?:the|that) time\b(?! of)[^.;]*$", re.IGNORECASE)
#: The setting a deed is told against: "The attacks come as the army presses an offensive".
_COMES_AS_BEFORE = re.compile(r"\b(?:comes?|came|coming)\s+(?:as|amid)\s[^;]*$", re.IGNORECASE)
#: Violence told by the years it has lasted: "years of violence blamed on gunmen".
_YEARS_OF_BEFORE = re.compile(
    r"\b(?:years|months|decades) of (?:[\w-]+ )?(?:violence|fighting|attacks|insecurity|"
    r"conflict|unrest|bloodshed|war|insurgency|killings)\b[^.;]*$",
    re.IGNORECASE,
)
#: What a place was known for: "was once known for gunfire and landmines".
_KNOWN_FOR_BEFORE = re.compile(
    r"\b(?:once|long|best|widely|previously|formerly|was|were) known for\b[^.;]{0,40}$",
    re.IGNORECASE,
)


def _since_then(token: Token) -> bool:
    """A deed's noun that is the subject of what it "has since" done: a background of the
    story ("Clashes along the front lines and the Houthis' attacks on shipping have since
    complicated diplomacy")."""
    if token.pos_ != "NOUN" or token.tag_ != "NNS":
        return False
    for later in token.doc[token.i + 1 : token.sent.end]:
        if later.ent_type_ in ("DATE", "TIME") or (later.is_punct and later.text in ",;"):
            return False  # ("Attacks on the town on Monday have since ...": that day's)
        if later.pos_ in ("VERB", "AUX"):
            nxt = token.doc[later.i + 1] if later.i + 1 < len(token.doc) else None
            return later.lower_ in ("have", "has") and nxt is not None and nxt.lower_ == "since"
    return False


_FIGHTING_IT = re.compile(r"(?:fighting|fought|fight|battling|battled)\s+it\b(?!\s+out)", re.I)
#: A gathering held as a rule ("the weekly pensioners' rallies", "protests held every
#: Friday") ...
#: Rounds of ammunition, not of fighting.
_AMMO = re.compile(r"(?:ammunition|ammo|bullets|cartridges|live (?:rounds|ammunition))\b", re.I)
_EVERY_WEEK = re.compile(r"\b(?:weekly|monthly|daily|nightly|regular)\s+(?:[\w'’-]+\s+)?$", re.I)
_EVERY_DAY_AFTER = re.compile(
    r"\s+(?:held\s+)?(?:every|each)\s+(?:week|month|day|night|Monday|Tuesday|Wednesday|"
    r"Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)
#: ... or one called off ("the rally was cancelled by its organisers").
_CALLED_OFF_AFTER = re.compile(
    r"\s+(?:was|were|had been|has been|have been)\s+(?:cancell?ed|called off|postponed)\b",
    re.IGNORECASE,
)
#: A span of fighting counted in years ("during years of fighting against the local
#: Islamic State affiliate", "after decades of conflict").
_YEARS_OF = re.compile(
    r"\b(?:years|decades)\s+of\s+(?:(?:heavy|intense|sporadic|deadly|bloody|"
    r"civil|armed|sectarian|intermittent)\s+)?$",
    re.IGNORECASE,
)
#: A deed told before, named as when a change began ("security had been tightened since
#: the attack").
_SINCE_THE_DEED = re.compile(r"\bsince (?:the|that|this|[\w-]+['’]s) (?:[\w-]+\s+)?$", re.I)
#: (unless told with its own day: "since the Hamas attack on southern Israel on October 7")
_ITS_DAY_AFTER = re.compile(
    r"[^.;,]{0,60}?\b(?:\d|January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)",
    re.IGNORECASE,
)
#: A deed a court found someone guilty of.
#: A court's verdict told before a deed in its sentence.
_A_VERDICT_BEFORE = re.compile(
    r"\b(?:court|tribunal|judges?|jury|panel)\b[^.;]{0,60}?\b(?:found|convicted|sentenced|"
    r"acquitted)\b[^.;]{0,40}?\b(?:of|for)\b[^.;]*$",
    re.IGNORECASE,
)
_CONVICTED_OF = re.compile(
    r"\b(?:convicted|found (?:[\w-]+ ){0,2}?guilty|acquitted|sentenced|warrants?(?: of arrest)?|"
    r"(?:charged|indicted|wanted|tried|jailed|imprisoned|counts?|charges?)) (?:[\w-]+ ){0,3}?"
    # (the last of the counts listed: "found the accused guilty of murder, persecution and
    # attacks against the civilian population")
    r"(?:of|for) (?:[\w-]+,? ){0,3}?(?:and )?$"
    # ("on charges including treason and murder")
    r"|\bcharges? (?:including|of|such as) (?:[\w-]+,? ){0,3}?(?:and )?$",
    re.IGNORECASE,
)
#: Words naming the doers of a deed told before ("the cells behind Sunday's attack"), or
#: its means.
_WHO_DID_IT = re.compile(
    r"\b(?:(?:those|men|people|cells?|groups?|gunmen|militants|perpetrators|culprits|"
    r"network) behind|"
    # ... or what served it ("helped to rent the vehicle used in the bombing")
    r"(?:used|implicated|complicit|(?:a|their|his|her) role) in|"
    # ... or whom it is tied to ("IS members linked to Friday's bombing were hiding")
    r"(?:linked|tied|connected) to)\s+"
    r"(?:the\s+|this\s+|that\s+|these\s+|[\w-]+['’]s\s+)"
    # (the deed's noun next, not a verb after it: "implicated in the attack were arrested")
    r"(?:(?!(?:were|was|is|are|had|has|have|been|and|or)\b)[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: A sentence opening with an event told before and the gap that dates the next one.
_RETOLD_FIRST = re.compile(
    r"^\W*(?:(?:the|this|that|[\w-]+(?:'s|’s)) (?:[\w-]+ ){0,4}(?:came|comes)|"
    # (or a teller's words dated by the deed: "He spoke a day after a helicopter gunship
    # operated by Rwandan forces struck an insurgent camp")
    r"(?:He|She|They|The (?:minister|president|governor|spokesman|official|general)) "
    r"(?:spoke|was speaking|made the remarks|made the comments)) (?:just |only |"
    r"barely |less than |more than )?(?:a|an|one|two|three|four|five|six|several|a few|\d+) "
    r"(?:hours?|days?|weeks?) after (?:(?:a|an|the|[\w-]+(?:'s|’s)) )?(?:[\w-]+ ){0,2}$",
    re.IGNORECASE,
)


#: A sentence opening on the time after an event told before ("Shortly after the ").
_OPENS_AFTER_THE = re.compile(
    r"^\W*(?:(?:shortly|soon|hours|minutes|moments|just|days|a day|weeks|immediately) )?"
    r"(?:after|following|in the wake of) (?:the|that|this) (?:[\w-]+ )?$",
    re.IGNORECASE,
)
#: ... or a telling's clause so opening: "Residents said that after the fighting".
_TOLD_AFTER_THE = re.compile(
    r"\b(?:said|say|says|told|reported|recalled) (?:that )?(?:shortly |soon |just )?"
    r"(?:after|following) the (?:[\w-]+ )?$",
    re.IGNORECASE,
)


#: A deed told as following a past year's: "... after last year's violence".
_AFTER_A_PAST_YEARS = re.compile(
    r"[^.;]{0,60}?\b(?:after|following|in the wake of) (?:last year['’]s|the (?:19|20)\d\d)\b",
    re.IGNORECASE,
)
#: The sounds of a fight heard: "heard explosions and gunfire", "gunfire and blasts could be
#: heard".
_SOUNDS_OF_A_FIGHT = re.compile(
    r"\bheard\s+(?:(?:loud|heavy|several|many|multiple)\s+)?(?:explosions?|blasts?)\s+and\s+"
    r"(?:heavy\s+)?(?:gunfire|gunshots|shooting|shots)\b|"
    r"\b(?:gunfire|gunshots|shooting|shots)\s+and\s+(?:explosions?|blasts?)\s+(?:could be|were)\s+"
    r"heard\b",
    re.IGNORECASE,
)
#: Words of wrecking ...
_WRECKING = re.compile(r"destroy\w*|devastat\w*|ruin\w*|wreck\w*", re.IGNORECASE)
#: ... told of a war itself: "the conflict destroyed".
_A_WAR_DID_BEFORE = re.compile(
    r"\b(?:the|a|years of|decades of)\s+(?:[\w-]+\s+)?(?:conflict|war|insurgency|crisis|"
    r"violence|unrest|fighting)\s+(?:has\s+|had\s+|have\s+)?$",
    re.IGNORECASE,
)
#: Words authorities label a crowd with.
_A_LABEL = re.compile(r"rioters|thugs|vandals|hooligans|saboteurs", re.IGNORECASE)


#: A quote's close and the official who spoke it: '," the defence minister said'.
_AN_OFFICIALS_QUOTE = re.compile(
    r"[^\"“”]*[,.]?[\"”]\s*,?\s*(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}(?:minister|spokes(?:man|woman|"
    r"person)|president|governor|official|commander|general|army|police|ministry|mayor|"
    r"secretary|envoy)\b[^.]{0,30}\b(?:said|says|told|wrote|added)\b",
    re.IGNORECASE,
)
#: What is carried out, after "execute": "an arrest warrant", "the plan".
_AN_ORDER_AFTER = re.compile(
    r"\s+(?:an?\s+|the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:warrants?|orders?|plans?|"
    r"operations?|missions?|contracts?|deals?|programmes?|programs?|strategy|duties)\b",
    re.IGNORECASE,
)
#: A surrender, which a clause describing people may tell ("people who had surrendered").
_SURRENDER = re.compile(r"surrender(?:ed|s)?", re.IGNORECASE)
_WHO_HAD_BEFORE = re.compile(r"\b(?:who|that)\s+(?:had\s+|have\s+|has\s+)?(?:already\s+)?$")
#: A works shut, after a shutdown's word: "shutdown of Barrick's Loulo-Gounkoto complex".
_A_WORKS_AFTER = re.compile(
    r"\s+of\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}(?:mines?|plants?|"
    r"factor(?:y|ies)|complex(?:es)?|refiner(?:y|ies)|facilit(?:y|ies)|operations|pipelines?|"
    r"oil ?fields?|reactors?|smelters?|mills?|internet|networks?|websites?)\b",
    re.IGNORECASE,
)
#: A response to a deed told before: "in an operation launched after the".
_A_RESPONSE_AFTER_THE = re.compile(
    r"\b(?:operations?|offensive|manhunt|search|crackdown|investigation|sweep|hunt)\s+"
    r"(?:(?:was|were|that was|which was)\s+)?(?:launched|started|mounted|begun|opened|"
    r"conducted)?\s*(?:after|following|in the wake of|in response to)\s+the\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


#: Live rounds, a trigger of force used on a crowd ...
_LIVE_ROUNDS = re.compile(r"live (?:ammunition|rounds|bullets|fire)", re.IGNORECASE)
#: ... told as arms counted or found: "rounds of", "recovered", "a cache of".
_ARMS_LISTED_BEFORE = re.compile(
    r"\b(?:rounds of|recovered|seized|confiscated|items|cache of|"
    r"quantity of|boxes of|stock of|found)\b[^.;]*$",
    re.IGNORECASE,
)
#: Deeds told by how their number changed: "fewer attacks", "a sharp drop in kidnappings".
_A_TREND_BEFORE = re.compile(
    r"\b(?:fewer|a (?:sharp |steep |marked |significant )?(?:drop|decline|fall|reduction|rise|"
    r"increase|surge|spike|jump|upsurge|uptick) in)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: A group's record of accusations: "who have also been accused of kidnappings, attacks".
_A_RECORD_ACCUSED = re.compile(
    r"\b(?:who|which|that) (?:has|have|had) (?:also |long |repeatedly |often |been )*(?:been )?"
    r"accused of "
    r"(?:[\w'’-]+,? ){0,5}?(?:and )?$",
    re.IGNORECASE,
)
#: Custody told as a state: "held under house arrest", "remains in detention".
_HELD_UNDER_BEFORE = re.compile(r"\b(?:under|in)\s+(?:house\s+)?$", re.IGNORECASE)
#: ... for a spell: "for more than 20 months", "since 2023".
_A_SPELL_AFTER = re.compile(
    r"\s+(?:for\s+(?:more than\s+|nearly\s+|almost\s+|over\s+)?(?:\d+|[a-z]+)\s+"
    r"(?:days?|weeks?|months?|years?)|since\b)",
    re.IGNORECASE,
)


#: A deed's claim told after it: "was claimed by", "has been claimed by".
_CLAIMED_AFTER = re.compile(r"\s+(?:was|were|has been|had been)\s+claimed\b", re.IGNORECASE)


#: A rate a deed names: "murder rates", "homicide rate".
_A_RATE_AFTER = re.compile(r"\s+rates?\b", re.IGNORECASE)


def _the_victims_died(token: Token) -> bool:
    """Victims told dying ("Four victims died at the scene"): the victims of a deed told
    before, their deaths counted there."""
    return token.lemma_.lower() in ("die", "succumb") and any(
        c.dep_ == "nsubj" and c.lemma_.lower() == "victim" for c in token.children
    )


def _the_deed_told(token: Token) -> bool:
    """A deed named with "the" after "after" or "amid", in a sentence that goes on
    from another in its paragraph ("he saw five bodies near the hospital after the
    fighting"): the one told before it."""
    if (
        token.pos_ != "NOUN"
        or token.dep_ != "pobj"
        or token.head.lower_ not in ("after", "amid")
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        or any(c.dep_ in ("amod", "compound", "poss", "prep") for c in token.children)
    ):
        return False
    text = text_of(token.doc)
    start = paragraph_start(text, token.sent.start_char)
    return start < token.sent.start_char - 1 and bool(
        _A_DEED_WORD.search(text, start, token.sent.start_char)
    )


#: Words of a deed told in a paragraph before a sentence naming "the fighting".
_A_DEED_WORD = re.compile(
    r"\b(?:kill\w*|fight\w*|fought|clash\w*|attack\w*|liberat\w*|recaptur\w*|captur\w*|"
    r"seiz\w*|retook|retaken|shell\w*|strikes?|struck|raid\w*|bomb\w*|ambush\w*|battle\w*)\b",
    re.IGNORECASE,
)


def _those_deeds(token: Token) -> bool:
    """The trigger is, or is done by, deeds pointed back to with "those" ("Those raids
    killed several people"): the deeds told before."""
    nouns = [token] + [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(
        n.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "those" for c in n.children)
        for n in nouns
    )


#: Verbs of an arrest, for a man arrested told again.
ARRESTING = frozenset({"arrest", "detain", "apprehend", "nab", "capture"})


def _arrested_again(token: Token) -> bool:
    """A pronoun arrested in the sentence right after an arrest told in its paragraph: the
    same arrest told on ("... arrested an alleged ranking NPA leader. Police identified the
    suspect as ... He was arrested by virtue of a warrant")."""
    if token.lemma_.lower() not in ARRESTING or not any(
        c.dep_ == "nsubjpass" and c.lower_ in ("he", "she") for c in token.children
    ):
        return False
    text = text_of(token.doc)
    start = paragraph_start(text, token.sent.start_char)
    return any(
        t.lemma_.lower() in ARRESTING and t.pos_ == "VERB" and t.idx >= start
        for t in token.doc[max(0, token.sent.start - 80) : token.sent.start]
    )


#: People named by what was done to them: "those detained", "those abducted".
_THOSE_BEFORE = re.compile(r"\bthose\s+$", re.IGNORECASE)
#: Men of the state's forces, as the held: "detained an unspecified number of soldiers".
_SERVICEMEN = frozenset({"soldier", "troop", "serviceman", "servicemen", "marine", "policeman"})
#: ... and the forces that arrest, as the subject (anyone else's captives are a fight's).
_ARRESTERS = frozenset(
    {"police", "policeman", "army", "military", "troop", "soldier", "force", "authority",
     "officer", "gendarme", "agent", "security", "junta", "regime", "government", "court"}
)  # fmt: skip


def _soldiers_taken(token: Token) -> bool:
    """Soldiers held by a side no state's: captives taken in a fight ("The group said it
    seized weapons and detained an unspecified number of soldiers"), no arrest."""
    if token.lemma_.lower() not in ARRESTING:
        return False
    held = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    held += [
        p
        for h in held
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    if not any(h.lemma_.lower() in _SERVICEMEN for h in held):
        return False
    verb = token
    while verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    agents = [p for c in token.children if c.dep_ == "agent" for p in c.children]
    doers = subjects + agents
    return bool(doers) and not any(w.lemma_.lower() in _ARRESTERS for d in doers for w in d.subtree)


def _retold(token: Token, text: str) -> bool:
    """The sentence's subject is an event told before, named to date another by it ("The
    raid came a day after a suicide bomber blew herself up", "Wednesday's attack followed
    a bombing")."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() not in ("come", "follow"):
        return False
    known = any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in token.children
    )
    after_verb = verb.idx + len(verb) - token.sent.start_char
    return known and (verb.lemma_.lower() == "follow" or bool(_DATED_BY.match(text, after_verb)))


#: A year told right after a trigger, in its clause ("abducted in Chibok in 2014").
_YEAR_AFTER = re.compile(
    r"(?:(?!\b(?:to (?:demand|protest|press|call|mark)|demand\w*|ahead of)\b)[^,.;:]){0,70}?"
    r"\b(?:in|since|during) (?:\w+ )?(?:(?:1[89]|20)\d\d\b|(?:1[89]|20)\d0s\b|last year\b)"
)
#: ... or a day of a month ("the guerrilla group that laid down its weapons on 9 March").
_DAY_OF_MONTH_AFTER = re.compile(
    r"[^,.;:]{0,40}?\bon (?:\d{1,2} (?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)|(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December) \d{1,2})\b",
    re.IGNORECASE,
)
#: A clause telling what happened in a year gone by ("since 2017, when ...").
_WHEN_IN_A_YEAR = re.compile(
    r"\b(?:since|in) (?:early |late |mid-)?(?:(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December) )?(?:1[89]|20)\d\d,? (?:when|after)\b[^.;]*$|"
    # ("the first reported strike ... since early January, when the Houthis hit a tanker")
    r"\bsince (?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December),? when\b[^.;]*$",
    re.IGNORECASE,
)
#: A year alone told right after a trigger, in its clause ("pledged allegiance to the
#: Islamic State group in 2019", "retook the town last year"): a deed of a year gone by, told
#: with no month or day to date it by.
_BARE_YEAR_AFTER = re.compile(
    # (not past a purpose or a grievance: "protested in Bukavu to demand the holding of
    # presidential elections in 2016")
    r"(?:(?!\b(?:to (?:demand|protest|press|call|mark)|demand\w*|ahead of)\b)[^,.;:]){0,70}?"
    r"(?:\bin (?:early |late |mid-|the summer of |the spring of )?|"
    r"\b(?:early|late|mid-)\s*)(?:(?:1[89]|20)\d\d\b(?![-/]\d)|(?:the )?(?:1[89]|20)\d0s\b|"
    r"last year\b)"
    # ("In one attack earlier this year, more than a dozen villagers were killed")
    r"|[^,.;:]{0,40}?\bearl(?:y|ier) this year\b"
)
#: A year told before a noun ("a 2021 offensive", "the 2014 abductions").
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _of_a_past_year(token: Token, text: str, end: int) -> bool:
    """A trigger in a clause that describes someone by what was done to them in a year told
    ("rescuing 97, including those who were abducted in Chibok in 2014"; "a tomb holding 38
    men killed by Italian troops in 1915"), a thing told by when it was made ("despite a
    ceasefire agreed in November last year"), or a deed in a past year's event ("a 2021
    offensive in which the president was killed"): an earlier event, not the one reported."""
    described = token.dep_ in ("relcl", "acl") or (
        token.head.dep_ in ("relcl", "acl") and token.dep_ in ("conj", "xcomp")
    )
    if (
        _dated_noun(token)
        or (token.dep_ == "compound" and _dated_noun(token.head))  # "a 2016 peace accord"
        or (described and token.dep_ == "relcl" and _dated_noun(token.head))
    ):
        return True
    acl = next((c for c in token.children if c.dep_ == "acl"), None)
    if acl is not None and _YEAR_AFTER.match(token.doc.text, acl.idx + len(acl)):
        return True
    if _in_a_dated_clause(token) or _done_by_a_dated(token) or _marring_a_dated(token):
        return True
    return (
        described and bool(_YEAR_AFTER.match(text, end) or _DAY_OF_MONTH_AFTER.match(text, end))
    ) or bool(_BARE_YEAR_AFTER.match(text, end))


def _in_a_dated_clause(token: Token) -> bool:
    """A trigger inside a clause describing a group by what it did in a year told ("The
    BIFF, which broke away from the MILF in 2010 to oppose peace talks")."""
    for node in [token, *list(token.ancestors)[:4]]:
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in ("before", "after", "until") for c in node.children
        ):
            # "Jihadists briefly overran the town in 2021 before troops retook it": the
            # deed the clause is timed by is a past year's
            return any(
                c.dep_ == "prep"
                and c.lower_ in ("in", "during")
                and any(g.dep_ == "pobj" and _YEAR.fullmatch(g.text) for g in c.children)
                for c in node.head.children
            )
        if node.dep_ == "relcl":
            # (or the year closes the clause: "The M23, which seized Goma and Bukavu ..., in
            # early 2025, controls ...")
            edge = node.right_edge
            return any(
                c.dep_ == "prep"
                and c.lower_ in ("in", "since")
                and any(g.dep_ == "pobj" and _YEAR.fullmatch(g.text) for g in c.children)
                for c in node.children
            ) or bool(_YEAR_CLOSING.match(token.doc.text, edge.idx + len(edge)))
    return False


#: A year told right after a clause, before the sentence goes on.
_YEAR_CLOSING = re.compile(r"\s*,?\s*(?:in|during) (?:early |late |mid-?)?(?:19|20)\d\d\s*,")


def _done_by_a_dated(verb: Token) -> bool:
    """A deed whose doer is told with its month and year or its year ("since a wave of
    violence in January 2025 killed more than 80 people"): that earlier time's."""
    before = verb.doc.text[max(0, verb.idx - 30) : verb.idx]
    return verb.pos_ == "VERB" and bool(_DATED_DOER.search(before))


#: A doer's year, right before its deed ("a wave of violence in January 2025 killed").
_DATED_DOER = re.compile(
    r"\b(?:in|during) (?:(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December) )?(?:1[89]|20)\d\d\s+$"
)


def _marring_a_dated(token: Token) -> bool:
    """A deed told as what marked an event of a year gone by ("The 2023 local elections were
    marred by the killing of several candidates")."""
    if token.dep_ != "pobj" or token.head.lower_ != "by":
        return False
    verb = token.head.head
    return any(c.dep_ == "nsubjpass" and _dated_noun(c) for c in verb.children)


def _dated_noun(noun: Token) -> bool:
    """A noun told with a past year before it ("a 2021 offensive")."""
    return any(
        c.dep_ in ("nummod", "compound", "amod") and _YEAR.fullmatch(c.text) for c in noun.children
    )


#: A crowd's gathering told as a celebration or a welcome, not a demonstration (an
#: anniversary marched for is one).
CELEBRATING = re.compile(
    r"[^.;]{0,40}?\bto (?:celebrate(?! (?:the |its |their )?(?:[\w-]+ )?anniversary)|mark "
    r"(?:the|their|his|her) (?:victory|win|return)|welcome|cheer)\b",
    re.IGNORECASE,
)


#: A relative clause of place whose present tense tells what is done there as a rule ...
_WHERE_AS_A_RULE = re.compile(r"\b(?:where|in which)\b[^.;:]*$", re.IGNORECASE)
#: A place described by what its people have long reported.
_WHERE_REPORTED = re.compile(
    r"\b(?:where|in which)\s+(?:[\w-]+\s+){0,3}(?:have|has)\s+(?:also\s+|long\s+|repeatedly\s+)?"
    r"(?:reported|complained (?:of|about)|described|seen|witnessed)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: ... with a deed's verb in that tense.
_PRESENT = re.compile(r"(?:attack|kill|kidnap|abduct|raid|loot|burn|rape|shoot|rob)s?", re.I)
#: A cause told of many deeds: "because of attacks", "due to repeated raids".
_A_CAUSE_BEFORE = re.compile(
    r"\b(?:because of|due to|owing to|for fear of|(?:was |were )?responding to|in response to)"
    r"\s+(?:(?:repeated|frequent|constant|"
    r"persistent|recurr(?:ent|ing)|continued|continuing|incessant|ongoing)\s+)?$",
    re.IGNORECASE,
)
#: What kept happening around another story, told "again and again": "The talks have
#: repeatedly broken down amid bombings and shootings".
_AMID_AGAIN_AND_AGAIN = re.compile(
    r"\b(?:repeatedly|often|frequently|regularly|routinely)\b[^.;]{0,60}\bamid\s+"
    r"(?:(?:a|the)\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: A campaign carried on, not one deed: "both sides have kept up long-range drone and missile
#: attacks".
#: A person's role in a side's fighting: "a mid-level commander responsible for planning
#: attacks on government positions", "the cell in charge of organising bombings".
_A_ROLE_BEFORE = re.compile(
    r"\b(?:responsible for|in charge of|tasked with|charged with)\s+(?:planning|organi[sz]ing|"
    r"coordinating|directing|overseeing|masterminding|financing|funding|carrying out|"
    r"launching|staging|mounting|executing)\s+"
    r"(?:(?:the\s+group['’]s|its|their|several|many|numerous|deadly|suicide|an?|the|"
    r"[\w-]+\s+and)\s+)?(?:[\w-]+\s+)?$|"
    # (or the deeds men are known by: "TTP militants involved in recent attacks")
    r"\b(?:involved in|behind|responsible for|linked to|tied to|blamed for|wanted for)\s+"
    r"(?:(?:recent|previous|earlier|past|several|many|numerous|a series of|a string of|"
    r"a spate of)\s+)+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_KEPT_UP_BEFORE = re.compile(
    r"\b(?:has|have|had)\s+(?:also\s+)?(?:kept up|continued|stepped up|intensified)\s+"
    r"(?:their\s+|its\s+|the\s+)?(?:[\w-]+\s+(?:and\s+)?){0,4}$",
    re.IGNORECASE,
)
#: A body described by its ways in the present, then told doing something: "The gangs,
#: which operate from camps ..., " (up to the deed, no article before it: not "a raid").
_DESCRIBED_BY_ITS_WAYS = re.compile(
    r",\s+(?:which|who)\s+(?:also\s+|mostly\s+|largely\s+|mainly\s+)?(?:operate|roam|hide|live|"
    r"control|move|hold|are based|are active)\b[^;:]*,\s+(?:[\w,-]+\s+){0,8}?"
    r"(?<!\ba )(?<!\ban )(?<!\bthe )(?<!\bthis )(?<!\bthat )(?<!\beach )(?<!\bevery )$",
    re.IGNORECASE,
)


def _kept_up_since(token: Token, text: str, end: int) -> bool:
    """What a group has done again and again since a time ("The Houthis have attacked dozens
    of ships since November 2023", "separatists have been fighting since 2017", "Turkey has
    carried out similar strikes since 2021"): its record, no event ("Gunmen have attacked a
    village" still tells one)."""
    verb = next((a for a in [token, *token.ancestors] if a.pos_ in ("VERB", "AUX")), token)
    if verb is token and token.dep_ in ("nsubj", "csubj") and token.head.pos_ == "VERB":
        # "Fighting in Catatumbo ... has continued since a wave of violence in January
        # 2025": the fighting's span, told from the verb it is the subject of
        verb = token.head
        end += verb.idx + len(verb) - token.idx - len(token)
    return _perfect(verb) and bool(RUNNING_SINCE.match(text, end))


def _what_it_does(token: Token) -> bool:
    """A group described by what it has been doing ("the Jalisco New Generation Cartel,
    which has been fighting local gangs for control of the region"): a record."""
    while token.dep_ in ("compound", "amod") and token.head is not token:
        token = token.head  # ("suicide" of "suicide bombers")
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if verb.dep_ == "xcomp" or (verb.dep_ == "prep" and verb.head.pos_ == "VERB"):
        verb = verb.head  # ("which has repeatedly used women and girls as suicide bombers")
    return (
        verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that") for c in verb.children)
        and _perfect(verb)
        and any(
            (c.dep_ == "aux" and c.lower_ == "been")
            or (c.dep_ == "advmod" and c.lower_ in _AGAIN_AND_AGAIN)
            for c in verb.children
        )
    )


#: Those left of a side after a fight, before their retreat: "the rest", "the others".
_THE_REST_BEFORE = re.compile(
    r"\b(?:the|its|their) (?:rest|others|remaining (?:[\w-]+ )?(?:attackers|fighters|militants|"
    r"gunmen|assailants|saboteurs|soldiers|troops))(?: of (?:the|them) (?:[\w-]+ )?\w+)?"
    r" (?:then |later |quickly |hastily )?$",
    re.IGNORECASE,
)
#: Deeds told as what has happened before, after them: "protests in Beni and Butembo in
#: the past", "in recent years" (not a recent stretch: "in the past 24 hours").
_IN_THE_PAST_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:in the past(?!\s+(?:\d+|few|two|three|several|couple)?\s*(?:of\s+)?"
    r"(?:hours?|days?|weeks?|nights?))|in recent (?:years|months|decades)|over the (?:past |last )?"
    r"(?:years|decades))\b",
    re.IGNORECASE,
)
#: Deeds told as what keeps happening, after them: "raids ... have been frequent".
_OFTEN_SO_AFTER = re.compile(
    r"[^.;]{0,60}?\b(?:have|has) been (?:increasingly |more |very |particularly |all too )?"
    r"(?:frequent|common|commonplace|routine|rife|regular|widespread|recurrent)\b",
    re.IGNORECASE,
)
#: A crowd told before, then met by officials: "the protesters were received by".
_THE_CROWD_MET = re.compile(
    r"\s+(?:were|had been|have been) (?:received|met|addressed|welcomed|invited|assured|promised)"
    r"\b",
    re.IGNORECASE,
)
#: Words of taking a place back.
_RETAKEN = re.compile(
    r"(?:re)?(?:took|taken|gained|captured|seized)(?: back)?|(?:re)?(?:took|taken|gained|seized) "
    r"(?:full |complete )?control",
    re.IGNORECASE,
)
#: A prison as what was taken: "control of the El Rodeo prison".
_A_PRISON_AFTER = re.compile(
    r"\s+(?:(?:full |complete )?control (?:of|over) )?(?:the |a )?(?:[\w'’-]+ ){0,3}"
    r"(?:prison|jail|gaol|penitentiary|detention (?:centre|center|facility)|cell ?blocks?)s?\b",
    re.IGNORECASE,
)
#: An ordinal before a death or a deed: "the third Kenyan fatality", "the fifth such attack".
_AN_NTH_BEFORE = re.compile(
    r"\bthe (?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))"
    r"\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
#: A count kept since a time: "since the force deployed", "this year".
_SINCE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:since|this year|so far)\b", re.IGNORECASE)


def _done_again_and_again(token: Token) -> bool:
    """A deed told in the present as done often ("Fighters often retreat across the border
    after attacks", "gunmen frequently attack travellers"): a habit, no event."""
    verb = token
    if token.dep_ == "pobj" and token.head.lower_ == "by":
        verb = token.head.head  # ("has been repeatedly disrupted by fighting", the gerund
        # tagged a verb)
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # (or in the present perfect: "has been repeatedly targeted by Ukrainian drones and
    # artillery")
    # (not what the deed is done to: "A Qatar-brokered ceasefire has repeatedly been tested")
    perfect = (
        verb.tag_ == "VBN"
        and token.dep_ != "nsubjpass"
        and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)
    )
    return (verb.tag_ in ("VBP", "VBZ") or perfect) and any(
        c.dep_ == "advmod" and c.lower_ in _AGAIN_AND_AGAIN for c in verb.children
    )


#: Words of a deed to come before a verb: "would destroy".
_TO_COME = frozenset({"would", "will", "shall", "could", "might", "may"})


def _a_things_fate_to_come(token: Token) -> bool:
    """A weapon named as what a deed to come will be done to ("said it would destroy a
    first batch of explosives and landmines"): no blast, no deed yet."""
    if token.pos_ not in ("NOUN", "PROPN") and token.dep_ != "conj":
        return False  # (a noun the tagger may call a verb in a list: "and landmines")
    node = token
    for _ in range(6):
        # (or what will go on: "said fighting would continue")
        if node.dep_ in ("dobj", "nsubj"):
            return any(c.dep_ == "aux" and c.lower_ in _TO_COME for c in node.head.children)
        if node.dep_ not in ("conj", "compound", "amod", "pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
    return False


def _a_standing_part(token: Token) -> bool:
    """A means of war told in the present as what a strategy stays or becomes ("air power
    remains central to their strategy"): a way of fighting, no strike."""
    while token.dep_ in ("compound", "amod") and token.head.i != token.i:
        token = token.head
    return (
        token.dep_ == "nsubj"
        and token.head.tag_ in ("VBZ", "VBP")
        and token.head.lemma_.lower() in ("remain", "become")
    )


def _the_fight_it_says_it_wages(token: Token) -> bool:
    """A side's war told in the present progressive as what it says it does ("saying it is
    fighting smugglers, jihadists and foreign armed groups"): its cause, no one fight."""
    return (
        token.tag_ == "VBG"
        and token.lemma_.lower() in ("fight", "battle", "combat")
        and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "'s", "’s") for c in token.children)
        and token.head.lemma_.lower() in ("say", "claim", "insist", "argue")
        and token.dep_ == "ccomp"
    )


def _whom_it_backs(token: Token) -> bool:
    """A side told by its fight in the present, as whom another backs or trains ("AUSSOM
    ... supports Somali forces fighting al-Shabaab"): a standing role, no event."""
    noun = token.head
    if (
        token.dep_ == "acl"
        and token.tag_ == "VBG"
        and noun.dep_ in ("dobj", "pobj")
        and noun.head.tag_ in ("VBZ", "VBP")
        and noun.head.lemma_.lower() not in _PERCEIVING
    ):
        return True
    # (or the deeds themselves as what something helps: "masts ... help government forces
    # and air strikes")
    while token.dep_ in ("compound", "amod", "conj") and token.head.i != token.i:
        token = token.head
    return (
        token.dep_ == "dobj"
        and token.head.tag_ in ("VBZ", "VBP")
        and token.head.lemma_.lower() in _HELPING
    )


#: Verbs of helping another's fight.
_HELPING = frozenset({"help", "support", "aid", "assist", "enable", "facilitate", "guide"})


def _what_they_aim_at(token: Token) -> bool:
    """Deeds told by what they are for, in the present ("says its strikes aim to destroy
    infrastructure used by Moscow's military"): a side's way of fighting, no one event."""
    while token.dep_ in ("compound", "amod") and token.head.i != token.i:
        token = token.head  # ("air" of "air strikes")
    return (
        token.dep_ == "nsubj"
        and token.head.tag_ in ("VBP", "VBZ")
        and token.head.lemma_.lower() in ("aim", "seek", "intend", "serve", "mean")
    )


#: Verbs that link or tell, not do: "the timetable remains the main battle".
_LINKING_OR_TELLING = frozenset(
    {"be", "have", "say", "remain", "become", "seem", "appear", "stay", "look", "mean", "get"}
)


#: Verbs of seeing or hearing something happen.
_PERCEIVING = frozenset({"see", "hear", "watch", "notice", "feel", "witness", "observe"})


def _charged_in_the_present(token: Token) -> bool:
    """A side's deeds told in the present in a quotation ('"Every day the regime chooses
    war. It sends drones against our positions," the rebels' spokesman said'): a charge
    of what it does, no event."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if (
        verb.tag_ not in ("VBP", "VBZ")
        # (not what someone saw happen: 'he saw "40 shells fall early in the morning"')
        or (verb.dep_ in ("ccomp", "xcomp") and verb.head.lemma_.lower() in _PERCEIVING)
        or verb.lemma_ in _LINKING_OR_TELLING
        or any(c.dep_ in ("aux", "auxpass") for c in verb.children)
        # (the speakers' own present is what they do now: '"We demand the release"')
        or not any(c.dep_ == "nsubj" and c.lower_ not in ("we", "i", "you") for c in verb.children)
    ):
        return False
    text = text_of(token.doc)
    at = verb.idx  # (the verb inside the quotation, not only the deed: 'claims a "number of
    # dead"' tells a claim)
    before = text[paragraph_start(text, at) : at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _does_as_a_rule(token: Token) -> bool:
    """A group described by what it does, in the present ("armed gangs who kill, rustle
    cattle and kidnap for ransom"): its way, no event."""
    verb = token
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return (
        verb.dep_ == "relcl"
        and verb.tag_ in ("VBP", "VBZ")
        and any(c.dep_ == "nsubj" and c.lower_ in ("which", "who", "that") for c in verb.children)
    )


_AGAIN_AND_AGAIN = frozenset(
    {"repeatedly", "frequently", "often", "regularly", "routinely", "rarely", "seldom", "usually",
     "typically", "generally"}
)  # fmt: skip


#: Verbs of a campaign growing: "step up", "intensify", "ramp up".
_GROWING = frozenset({"intensify", "escalate", "increase", "ramp", "step", "scale"})


#: Verbs of violence growing: "intensified", "escalated", "flared".
_WORSENING = frozenset(
    {"intensify", "escalate", "flare", "rage", "increase", "spread", "grow", "mount", "worsen",
     "surge", "spike"}
)  # fmt: skip


def _a_backdrop(token: Token) -> bool:
    """Violence told as growing in a clause of time ("..., as fighting between government
    troops and Anglophone separatists intensified ahead of the lockdowns"): the backdrop of
    the news, no one event."""
    verb = token.head
    if (
        token.dep_ == "nsubj"
        and verb.lemma_.lower() in _WORSENING
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ in ("as", "while", "amid") for c in verb.children)
    ):
        return True
    # (or as the parser may hang it, the noun itself the clause: "as fighting between ...
    # intensified")
    text = token.doc.text
    return bool(_AS_BEFORE.search(text, max(0, token.idx - 6), token.idx)) and bool(
        _WORSENED_AFTER.match(text, token.idx + len(token))
    )


_AS_BEFORE = re.compile(r",\s+as\s+$")
_WORSENED_AFTER = re.compile(
    r"[^.;,]{0,90}?\b(?:intensified|escalated|flared|raged|increased|spread|grew|mounted|"
    r"worsened|surged|spiked)\b"
)


def _arms_long_used(token: Token) -> bool:
    """Arms told as a group's long use ("Its fighters have used drones and landmines
    extensively"): its way of fighting, no one strike."""
    noun = token
    while noun.dep_ == "conj" and noun.head is not noun and noun.head.pos_ != "VERB":
        noun = noun.head
    verb = noun.head
    return (
        noun.dep_ in ("dobj", "conj")
        and verb.lemma_.lower() in ("use", "deploy", "employ")
        and any(c.dep_ == "aux" and c.lower_ in ("have", "has") for c in verb.children)
    )


def _a_lands_struggle(token: Token) -> bool:
    """A country or a government described by what it is fighting ("a country also fighting
    jihadists in the northeast"): its long war, no one fight."""
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBG"
        and token.head.lemma_.lower()
        in ("country", "nation", "government", "region", "state", "administration", "continent")
    )


def _stepped_up(token: Token) -> bool:
    """Deeds told as growing in number ("as jihadist fighters step up raids on coastal
    villages"): a trend, each raid told on its own if at all."""
    verb = token.head
    return (
        token.dep_ == "dobj"
        and token.tag_ in ("NNS", "NNPS")
        and verb.lemma_.lower() in _GROWING
        and (
            verb.lemma_.lower() not in ("step", "ramp", "scale")
            or any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
        )
    )


def _gone_on(token: Token) -> bool:
    """Deeds told as having gone on ("attacks by groups linked to al Qaeda have
    continued"): a record, no event. Deeds gone on in a named town ("Protests have
    continued in Jarso town", "Protests in Ennerdale have continued") are that day's."""
    verb = token.head
    return (
        token.dep_ == "nsubj"
        and verb.lemma_.lower() in ("continue", "persist", "go")
        and _perfect(verb)
        and (token.tag_ in ("NNS", "NNPS") or token.lower_ in _MASS_VIOLENCE)
        and not any(_in_a_town(t) for t in verb.subtree)
    )


#: Nouns of violence told in the singular for many deeds ("fighting on the ground has
#: continued").
_MASS_VIOLENCE = frozenset({"fighting", "violence", "shelling", "bombardment", "unrest"})


_TOWN_NOUNS = frozenset({"town", "city", "village", "township", "district", "neighbourhood"})


def _in_a_town(prep: Token) -> bool:
    """A preposition of place whose object is a named place ("in Miesso", "in the town
    of Miesso", "in Jarso town")."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "at"):
        return False
    for obj in prep.children:
        if obj.dep_ != "pobj":
            continue
        names = [t for t in obj.subtree if t.ent_type_ in ("GPE", "LOC", "FAC")]
        if names or obj.lower_ in _TOWN_NOUNS or is_place(obj.doc, obj.idx, obj.idx + len(obj)):
            return True
    return False


#: The dead of a deed told before, carried away or buried: "The bodies of the two workers
#: were flown to Makassar for burial".
_BODIES = re.compile(r"bod(?:y|ies)|remains|corpses?", re.IGNORECASE)
_BODIES_MOVED_AFTER = re.compile(
    r"(?:\s+of\s+(?:the|those|his|her|their|its|both|all)\b[^.;]{0,60}?)?\s+(?:were|was|"
    r"had been|have been|has been|are being|is being|will be)\s+(?:\w+ly\s+)?(?:flown|"
    r"taken|transported|handed over|returned|repatriated|buried|laid to rest|brought|"
    r"transferred|moved|released|driven|carried)\b",
    re.IGNORECASE,
)
#: Attacks foiled, counted over a time: a tally, no one disruption.
_FOILED = re.compile(r"foil(?:ed|s)?|thwart(?:ed|s)?|prevented|averted", re.IGNORECASE)
_MANY_ATTACKS_AFTER = re.compile(
    r"\s+[\"“]?(?:dozens|scores|hundreds|several|numerous|many|more than \d+|over \d+|\d+)\s+"
    r"(?:of\s+)?(?:[\w-]+\s+)?(?:attacks|plots|attempts|bombings)\b",
    re.IGNORECASE,
)
_FOILED_TALLY = re.compile(rf"\b(?:{_FOILED.pattern})(?:{_MANY_ATTACKS_AFTER.pattern})", re.I)
#: Holding told as a state that goes on: "the continued detention", "a prolonged siege".
_HELD = re.compile(
    r"detentions?|imprisonment|incarceration|custody|occupation|sieges?|blockades?", re.I
)
_GOES_ON_BEFORE = re.compile(
    r"\b(?:continued|continuing|ongoing|prolonged|indefinite|years-long|months-long)\s+$", re.I
)
#: A group's record told in a clause about it ("..., which has pledged allegiance to").
_GROUP_WHICH_BEFORE = re.compile(
    r",\s+(?:(?:some|many|most|one|several|all|two|three) of )?(?:which|that|who|whom)\s+"
    r"(?:has|have|had)\s+(?:long\s+|since\s+|previously\s+|"
    r"reportedly\s+|also\s+)?$",
    re.IGNORECASE,
)
#: A deed told as what happened in earlier times of the kind ("previous lockdowns, when").
_PREVIOUS_WHEN = re.compile(
    r"\b(?:previous|past|earlier|former|last year's|past years')\s+(?:[\w-]+\s+){0,2}?"
    r"[\w-]+s?\s*,?\s+when\b[^.;]{0,100}$",
    re.IGNORECASE,
)
#: A deed named as what someone spoke out against: "had publicly denounced forced recruitment".
_DENOUNCED_BEFORE = re.compile(
    r"\b(?:denounc\w+|decr(?:y|ied|ies|ying)|spok(?:e|en) out against|campaign(?:ed|s|ing)? "
    r"against|criticis\w+|criticiz\w+)\s+(?:\w+ly\s+)?(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: What a witness took a noise or a sight for: "we thought it was an attack".
_THOUGHT_IT_WAS = re.compile(
    r"\b(?:thought|believed|feared|assumed|mistook it for)\s+(?:it|this|that)?\s*(?:was|were|"
    r"had been)?\s*(?:an?|the)?\s*(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
#: A name someone gives a deed ("in what they say is a protest", "in what police described
#: as a coordinated attack"): their word, no event.
_WHAT_THEY_CALL = re.compile(
    r"\bin what (?:they|it|he|she|the group|the separatists|officials|critics|(?:the )?police|"
    r"(?:the )?authorities|(?:the )?(?:army|military)|security (?:officials|sources)|"
    r"(?:local )?residents|witnesses|analysts|observers) "
    r"(?:say|says|said|call|calls|called|describe[sd]?|term(?:s|ed)?)(?: is| was| as)? "
    r"(?:an? |the )?(?:[\w-]+ )?$",
    re.IGNORECASE,
)
#: A shutdown done to something ("are frequently shut down"), not a strike.
_SHUT = re.compile(r"shut ?downs?", re.IGNORECASE)
# ("was shut down by the police": theirs)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:are|were|is|was|been|being|be|get|got|gets)\s+(?:\w+ly\s+)?$", re.IGNORECASE
)
#: ... the dead told before, not counted now ("25 bodies were buried in four graves").
_DEFINITE_BEFORE = re.compile(r"\b(?:the|their|his|her|its|both)\s+$", re.IGNORECASE)
#: What befell people, said of them: "the injured officers", "their disappeared children".
_HARMED = frozenset({"injured", "wounded", "dead", "slain", "disappeared", "abducted", "kidnapped"})


def _toll_grows(text: str, start: int, end: int, strong: bool) -> bool:
    """Whether a death word tells the toll of a deed told before growing."""
    if not strong and (
        (
            _MORE_BODIES.match(text, start, end)
            and _MORE_BEFORE.search(text, max(0, start - 15), start)
        )
        or _SO_FAR_AFTER.match(text, end)
        or _MORE_AFTER.match(text, end)
    ):
        return True
    return bool(_DEATH_WORD.fullmatch(text[start:end])) and bool(
        _TOLL_GROWS_AFTER.match(text, end) or _NUMBER_OF.search(text, max(0, start - 50), start)
    )


_KILLING_LEMMAS = frozenset({"kill", "murder", "shoot", "massacre", "execute", "behead"})


#: Those who do harm, who "disappear" by fleeing rather than by being taken.
_PERPETRATORS = frozenset(
    {
        "gunman",
        "gunmen",
        "attacker",
        "assailant",
        "perpetrator",
        "militant",
        "bandit",
        "robber",
        "kidnapper",
        "abductor",
        "suspect",
        "killer",
        "fighter",
        "insurgent",
        "raider",
        "culprit",
    }
)


#: A sentence with a figure in it, which a bare "fighting continued" is not.
_A_FIGURE = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds)\b",
    re.IGNORECASE,
)
#: Where a bare continuation points back to: "in the area", "there".
#: (or over the days the report covers: "Ground fighting continued this week.")
_THERE = re.compile(
    r"\b(?:in the (?:area|region|zone|locality)|there|nearby|this week|throughout the week)\b",
    re.IGNORECASE,
)


def _went_on_there(token: Token, text: str) -> bool:
    """A bare "Fighting continued in the area ...": no side, no figure, no place of its
    own."""
    # (the parser may hang the word on a modifier it takes for the subject: "Ground fighting
    # continued this week")
    subject = token.head if token.dep_ == "acl" and token.head.dep_ == "nsubj" else token
    verb = subject.head
    return (
        token.lower_ in ("fighting", "clashes", "violence", "hostilities")
        and subject.dep_ == "nsubj"
        and verb.lemma_.lower() in ("continue", "persist", "resume")
        and not _perfect(verb)
        and bool(_THERE.search(text))
        and not _A_FIGURE.search(" ".join(t.text for t in verb.subtree if t.i >= subject.i))
        and not any(t.ent_type_ in ("GPE", "LOC", "ORG", "NORP") for t in verb.subtree)
    )


#: Captors told again ("the kidnappers"), and what they did after the taking: asked for a
#: ransom or got in touch, no new abduction.
_THE_CAPTORS = re.compile(r"(?i:the )(?:kidnappers|abductors|captors)")
_ASKED_AFTER = re.compile(
    r"\s+(?:have |had |later |then |also )?(?:contacted|called|phoned|demanded|asked|reached "
    r"out|sent|made contact|are demanding|were demanding|have demanded|released a video)\b",
    re.IGNORECASE,
)


def _perpetrators_vanished(token: Token) -> bool:
    """Whether "disappeared" tells of attackers getting away ("the gunmen took a pistol and
    disappeared", "the assailants disappeared into the bush"), not of someone taken."""
    if token.lemma_.lower() != "disappear":
        return False
    verb = token.head if token.dep_ == "conj" else token
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return any(s.lemma_.lower() in _PERPETRATORS or s.lower_ in _PERPETRATORS for s in subjects)


def _described_by_harm(token: Token, strong: bool) -> bool:
    """Whether a word of harm only describes people the report told of before: "the two
    injured officers", "the wounded were taken to hospital", "their disappeared children"
    ("two others were injured" tells the harm)."""
    if token.lower_ not in _HARMED:
        return False
    if token.dep_ == "amod":
        noun = token.head
    elif (
        not strong
        and token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")
        # ("The dead are believed to have been killed by security forces on 11 December":
        # the deaths told, with their day)
        and not any(t.lemma_.lower() in _KILLING_LEMMAS for t in token.sent)
    ):
        noun = token
    else:
        return False
    if (
        token.lower_ in ("injured", "wounded")
        and noun.dep_ == "nsubj"
        and noun.head.lemma_.lower() in ("succumb", "die")
    ):
        return True  # "A wounded herder succumbed to his injuries": one of the wounded
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "these", "those")) or c.dep_ == "poss"
        for c in noun.children
    )


#: A sentence opening on a stretch of days: "Between 17 and 23 November,", "During the
#: reporting period,".
_PERIOD_OPENING = re.compile(
    rf"\s*(?:(?:Between|From) (?:the )?(\d{{1,2}})(?:st|nd|rd|th)?(?: {_MONTHS})? (?:and|to|until) "
    rf"(?:the )?(\d{{1,2}})(?:st|nd|rd|th)? {_MONTHS}\b|(?:During|In|Over|Throughout) the "
    r"(?:reporting|review|covered) period\b)",
    re.IGNORECASE,
)
#: A sentence opening on the day a running count starts: "Since 1 January 2026,".
_SINCE_OPENING = re.compile(
    rf"\s*Since (?:(?:\d{{1,2}} )?{_MONTHS}(?: \d{{1,2}})?(?:,? \d{{4}})?|"
    r"(?:early |late )?\d{4}),",
    re.IGNORECASE,
)
#: Incidents counted by a monitor: "OCHA documented 12 settler-related incidents resulting
#: in casualties".
_COUNTED_INCIDENTS = re.compile(
    r"\b(?:documented|recorded|registered|counted|logged|verified|monitored) (?:at least |some "
    r"|more than |over |about )?(?:\d[\d,]*|dozens of|scores of|hundreds of) (?:[\w-]+ ){0,3}"
    r"(?:incidents|attacks|violations|cases)\b",
    re.IGNORECASE,
)
#: The fewest days between a stretch's ends that make what it tells a tally.
_TALLIED_DAYS = 3


def _a_stretch_tallied(text: str) -> bool:
    """Whether a sentence tells what happened over a stretch of days, a week's or a
    reporting period's tally rather than one event ("Between 17 and 23 November, ...")."""
    opening = _PERIOD_OPENING.match(text)
    if opening is None:
        return False
    first, last = opening.group(1), opening.group(2)
    return first is None or int(last) - int(first) >= _TALLIED_DAYS


def _after_the_lede(sent: Span) -> bool:
    """Whether the sentence comes after the report's first paragraph (where background is
    told; a one-paragraph note has none)."""
    first_paragraph = text_of(sent.doc).find("\n\n")
    return 0 <= first_paragraph < sent.start_char


#: Verbs of means put to use: "deployed troops", "launched air strikes".
_MEANS_USED = frozenset({"deploy", "launch", "conduct", "carry", "send", "mount", "use"})


def _done_as_policy(token: Token, sent: Span) -> bool:
    """Means a state or a group has used, told after the lede in the perfect with no day and
    nothing counted ("Tinubu's government has deployed troops and launched air strikes
    against bandit camps"): its policy, no one event."""
    if not _after_the_lede(sent) or _A_DAY_TOLD.search(sent.text):
        return False
    noun = token
    while noun.pos_ != "VERB" and noun.dep_ in ("compound", "amod"):
        noun = noun.head  # ("air" of "air strikes")
    verb = noun if noun.pos_ == "VERB" else noun.head
    if noun.i == verb.i:
        noun = next((c for c in verb.children if c.dep_ == "dobj"), verb)
    if (
        noun.i == verb.i
        or noun.head.i != verb.i
        or noun.dep_ != "dobj"
        or noun.tag_ != "NNS"
        or verb.lemma_.lower() not in _MEANS_USED
        or any(c.dep_ in ("det", "nummod", "poss") for c in noun.children)
    ):
        return False
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # ("has deployed troops and launched air strikes")
    return verb.tag_ == "VBN" and _perfect(verb)


def _perfect(verb: Token) -> bool:
    """The verb is told in a perfect tense ("have attacked", "has been killed")."""
    return any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "had") for c in verb.children
    )


def _the_tolls_war(token: Token, sent: Span) -> bool:
    """The trigger names the fighting a running toll is counted in ("have been killed ...
    in the fighting")."""
    if (
        token.dep_ != "pobj"
        or token.head.dep_ != "prep"
        or token.head.lower_ not in ("in", "during")
    ):
        return False
    death = token.head.head
    for _ in range(3):
        if death.lemma_.lower() in _TOLL_LEMMAS or death.head is death:
            break
        death = death.head  # ("have been killed and around 600,000 displaced in the fighting")
    start = death.idx - sent.start_char
    return (
        death.lemma_.lower() in _TOLL_LEMMAS
        and bool(_A_WARS_COUNT.search(sent.text, 0, start))
        and _status(token.doc, sent, start, start + len(death)) == "toll"
    )


#: A count a war's toll runs to: "more than 6,000", "hundreds", "tens of thousands".
_A_WARS_COUNT = re.compile(
    r"\b(?:\d{1,3}(?:,\d{3})+|\d{4,}|hundreds|thousands|tens of thousands|millions?)\b",
    re.IGNORECASE,
)


def _war_toll(token: Token, text: str, end: int) -> bool:
    """Whether a death word tells a war's running toll: one counted "since" a year or the
    war's start, or told with the war as its subject ("the conflict has killed") or setting
    ("died in the war"). "Violence killed five in Jos", "died in the fighting" are events."""
    if token.lemma_.lower() not in _TOLL_LEMMAS and token.lower_ not in _TOLL_LEMMAS:
        return False
    if RUNNING_SINCE.match(text, end):
        return True
    if _OVER_YEARS.match(text, end):
        return True  # "had been killed in attacks over two years"
    if _TENS_OF_THOUSANDS.match(text, end):
        return True  # "Israel's subsequent offensive killed more than 68,000 Palestinians"
    perfect = _perfect(token)
    if (perfect or (token.dep_ in ("advcl", "conj") and _perfect(token.head))) and (
        _COUNTLESS.match(text, end) or _THOUSANDS.match(text, end)
    ):
        # "Gangs ... have expanded into the Artibonite, killing thousands of people"
        return True
    # ("The insurgency began in October 2017 and has killed more than 6,000 people": the
    # subject of the verb it is joined to)
    subjects = [*token.children, *(token.head.children if token.dep_ == "conj" else ())]
    for child in subjects:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in WAR_NOUNS:
            return True
        if perfect and child.dep_ == "nsubj" and child.lemma_.lower() in _UNREST_NOUNS:
            return True  # "The fighting has killed more than 2,000 people in the state"
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "during", "of", "since")
            and any(
                _the_war(g) or (perfect and g.lemma_.lower() in _UNREST_NOUNS)
                for g in child.children
                if g.dep_ == "pobj"
            )
        ):
            return True
    return False


#: A toll counted over years: "... in attacks over two years", "over the past decade".
_OVER_YEARS = re.compile(
    r"[^.;]{0,60}?\b(?:over|in|during|across) (?:the )?(?:past |last )?(?:two|three|four|five|"
    r"six|seven|eight|nine|ten|several|many|\d+) (?:years|decades)\b|"
    r"[^.;]{0,60}?\b(?:over|in|during) the (?:past|last) (?:year|decade)\b",
    re.IGNORECASE,
)
#: A toll only a war runs up: "thousands", "tens of thousands", "millions" (of people).
_COUNTLESS = re.compile(
    r"\s+(?:(?:more than|over|nearly|almost|at least|some|about|well over) )?"
    r"(?:(?:tens|hundreds) of )?(?:thousands|millions)\b",
    re.IGNORECASE,
)
#: A count's hedge before it: "more than", "an estimated".
_ABOUT = r"\s+(?:(?:more than|over|nearly|almost|at least|some|about|well over|an estimated) )?"
#: ... a toll counted in thousands: "It has killed more than 40,000 people".
_THOUSANDS = re.compile(_ABOUT + r"\d{1,3}(?:,\d{3})+\b")
#: ... and in tens of thousands, whatever the tense: no one event's.
_TENS_OF_THOUSANDS = re.compile(_ABOUT + r"(?:\d{2,3},\d{3}\b|(?:tens|hundreds) of thousands\b)")
#: What a running toll is told as "in" with a perfect tense ("more than 100 people have been
#: killed in the unrest"); "were killed in the violence" is one event's.
_UNREST_NOUNS = frozenset({"unrest", "violence", "crackdown", "protest", "clash", "fighting"})


def _displacing(token: Token) -> bool:
    """ "The fighting has displaced 100,000 people": what a war has cost, no event ("an
    attack displaced villagers" is one)."""
    if (
        token.dep_ == "nsubj"
        and token.tag_ in ("NNS", "NNPS")
        and token.head.lemma_.lower() in _DISPLACE_LEMMAS
        and _perfect(token.head)
    ):
        return True  # "Attacks by armed groups have displaced 4,200 people since 17 November"
    if token.lemma_.lower() not in _WAR_WORDS:
        return False
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in _DISPLACE_LEMMAS:
        return True
    if (
        token.dep_ in ("nsubj", "csubj")
        and token.head.lemma_.lower() in _DRIVING
        and _perfect(token.head)
    ):
        return True  # "Fighting in Karen State has forced tens of thousands into camps"
    # "Hundreds of thousands of people have fled fighting in Sagaing" (not "residents fled
    # the fighting on Tuesday": the day's)
    verb = token.head
    return token.dep_ == "dobj" and verb.lemma_.lower() in ("flee", "escape") and _perfect(verb)


_DISPLACE_LEMMAS = frozenset({"displace", "uproot"})
#: Verbs of a war driving people out: "Fighting has forced tens of thousands into camps".
_DRIVING = frozenset({"force", "drive", "push"})
_WAR_WORDS = WAR_NOUNS | {"fighting", "fight", "violence", "clash", "hostility", "unrest"}


def _the_war(noun: Token) -> bool:
    """ "the war", "the country's conflict": a war already known; "in intercommunal conflict
    between two groups" is the clash that killed."""
    return (
        noun.lemma_.lower() in WAR_NOUNS
        and any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
            for c in noun.children
        )
        and not any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
    )


#: Verbs telling that what their infinitive names was done ("managed to prevent").
_ACHIEVED = frozenset({"manage", "succeed", "help", "able"})
#: Verbs whose infinitive tells a deed aimed at or meant, not done: "uses every disaster to
#: attack", "vowed to attack", "plans to strike".
_MEANT_BY = frozenset(
    {"use", "vow", "pledge", "plan", "intend", "want", "seek", "aim", "prepare", "promise",
     "swear", "hope", "wish", "urge", "exploit", "recruit", "mobilise", "mobilize", "train"}
)  # fmt: skip


#: What a crowd gathers to do: done in the gathering.
_CROWDS_AIMS = frozenset(
    {"protest", "demonstrate", "march", "rally", "strike", "demand", "picket", "denounce",
     "express", "voice", "condemn", "call", "press", "mark", "commemorate"}
)  # fmt: skip


def _an_aim(token: Token) -> bool:
    """A deed told as an infinitive of what someone means or uses a thing for ("Al Shabaab
    uses every disaster to recruit young people and to attack"), not of a deed done ("went
    on to kill") nor of a crowd's purpose ("gathered to protest")."""
    if token.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if token.lemma_.lower() in _CROWDS_AIMS:
        return False  # "used May Day celebrations to protest": the protest was held
    node = token
    for _ in range(3):
        if node.dep_ not in ("conj", "xcomp", "advcl") or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in _MEANT_BY:
            return True
    return False


def _feared_dead(node: Token) -> bool:
    """'Ten farmers were feared dead in an attack': the press's way of telling deaths that
    are likely but not yet counted, not a fear of an event to come."""
    if node.lemma_.lower() != "fear":
        return False
    nxt = node.doc[node.i + 1 : node.i + 3]
    return any(t.lower_ in ("dead", "killed", "drowned", "lost") for t in nxt)


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
