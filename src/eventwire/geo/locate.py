"""Event location: where the event of one passage happened, with ACLED's geo_precision."""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections import Counter

from rapidfuzz import fuzz
from spacy.tokens import Doc, Token

from ..datelines import dateline_spans, section_bounds
from ..nlp import (
    ANOTHER_SCENE,
    earlier_days_clauses,
    in_cause_clause,
    list_item_start,
    paragraph_start,
    text_of,
)
from ..records import EventMention, Location, Place, Span, Toponym
from .gazetteer import AREA_CODES, REGION_CODES, Gazetteer
from .names import COUNTRY_MODIFIER as _COUNTRY_MODIFIER
from .names import NAME
from .parts import DISTRICT_WORDS, REGION_SUFFIX, REGION_WORDS
from .recognize import FACILITY as _FACILITY
from .recognize import ROAD, ROAD_BETWEEN
from .resolve import km

# Text just before a place name that makes it the place of a speaker, a source or an
# office rather than of the event ("told a news conference in Amman").
_NOT_EVENT = re.compile(
    # (not "said a mob in Kitengela beat two men": what was said, a clause of its own)
    # (nor "said it had attacked a police station in Monywa": its own deed's place)
    r"\b(?:told|tells|(?:said|says|say)(?!\s+(?:a|an|that|some|several|two|three|\d+|it|they)\s)|"
    r"conference|briefing|speaking|spoke|statement|interview|"
    r"based|headquartered|embassy|ambassador|envoy|visit(?:ed|ing)?|talks|summit|meeting|"
    r"quoted|reported|reporting|correspondent|minister|president|officials?|authorities|"
    r"director|governor|mayor|spokes(?:man|woman|person)|(?:security |medical |military )?sources|"
    r"fled\s+to|flee\s+to|taken\s+to|moved\s+to|transferred\s+to|airlifted\s+to)\b(?!-)"
    r"[^.;:]{0,40}?\b(?:in|at|from|to)\s+(?:the\s+)?$"
    # (one source, where it sits: "according to a security source in Fada N'Gourma")
    r"|\bsource\s+(?:in|at|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# Names of a list told before the one at hand ("Niger and " in "with Niger and Nigeria").
_LISTED_BEFORE = r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?(?:\s*,\s*|\s+and\s+))*"
# "bringing the paramilitary closer to the state capital El Obeid": where a side is headed.
_HEADED = re.compile(
    r"(?:\b(?:(?:closer|nearer)\s+to|(?:clos(?:e|es|ed|ing) in|advanc\w+|push\w*)\s+(?:on|"
    # ("pulling back towards the border with Mali"; not "drones launched towards Jazan")
    r"towards?)|(?:pull\w*\s+back|retreat\w*|withdr[ae]w\w*|fled|flee\w*|head\w*|mov\w*)"
    r"(?:\s+[\w-]+){0,3}?\s+towards?|borders?\s+with|"
    # ("the rest fled back into Mozambique": where they went)
    # (or "escaped with his two daughters to Mirebalais")
    r"(?:fled|flee\w*|escap\w*|retreat\w*|withdr[ae]w\w*)(?:\s+back|\s+with(?:\s+[\w'’-]+){1,4}?)?"
    r"\s+(?:in)?to|"
    # ("the ban on entering the ports of occupied Palestine": where ships may not go)
    r"(?:entering|to enter|bound for|heading for|headed for|sailing for)(?:\s+the)?"
    r"(?:\s+(?:ports?|waters|harbou?rs?)\s+of)?(?:\s+occupied)?|"
    # ("vans travelling from Parachinar toward the city of Peshawar when attackers fired")
    r"(?:travel\w*|driv(?:ing|en)|bound|en route|on (?:their|its|his|her) way)"
    r"(?:\s+from(?:\s+[\w'’-]+){1,3}?)?\s+(?:to|towards?))\s+(?:the\s+)?(?:border\s+with\s+|"
    # ("fled towards the hills bordering North Waziristan")
    r"(?:[\w-]+\s+)?(?:hills|mountains|forests?|bush|woods|desert)\s+(?:bordering|near|of|in)\s+)?)"
    # (a list's later names too: "near the border with Niger and Nigeria")
    rf"{_LISTED_BEFORE}"
    r"(?:the\s+)?(?:(?:[\w-]+\s+)?(?:state|provincial|regional)\s+)?(?:(?:neighbou?ring|nearby)\s+)?"
    r"(?:capital,?\s+|city\s+of\s+|town\s+of\s+|village\s+of\s+)?$",
    re.IGNORECASE,
)
# Before a name, the town told before that it is part of ("the city's Kyivskyi and ...").
_THE_CITYS = re.compile(
    r"\bthe (?:city|town|capital|village)['’]s (?:(?:[A-Z][\w'’-]+|and|,)\s*){0,6}$"
)
# After a name, the town it is a district of, named next.
_DISTRICT_OF = re.compile(
    r"\s+(?:district|neighbou?rhood|quarter|suburb)\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?"
    r"(?-i:[A-Z])",
    re.IGNORECASE,
)
# After a region's name, the region's authorities: who tells, not where.
_AUTHORITIES = re.compile(
    r"\s+(?:state\s+|provincial\s+|regional\s+)?(?:authorities|officials|government|"
    r"governor|health (?:ministry|officials|authorities))\b",
    re.IGNORECASE,
)
# After a capital's name, the government it stands for ("against New Delhi's plan to fence
# the border", "Kyiv's forces"): whose, not where.
#: A side told by its capital: "the coalition of Kinshasa", "forces loyal to Tripoli".
_SIDE_OF_A_CAPITAL = re.compile(
    r"\b(?:(?:coalition|government|regime|allies|army|forces|troops|proxies|militias?|camp)\s+"
    r"(?:of|from)|(?:loyal|allied|aligned|close)\s+(?:to|with)|backed\s+by|"
    # ("accused the LNA of acting 'on behalf of N'Djamena'")
    r"on\s+behalf\s+of|at\s+the\s+behest\s+of|in\s+the\s+pay\s+of)\s+[\"“']?$",
    re.IGNORECASE,
)
_THE_GOVERNMENTS = re.compile(
    # ("the coalition of the Kinshasa regime": a government by its seat)
    r"\s+(?:regime|government|authorities|administration)\b|"
    r"['’]s\s+(?:[\w-]+\s+)?(?:plans?|decisions?|polic(?:y|ies)|move|government|decrees?|"
    r"proposals?|refusal|demands?|offer|stance|orders?|announcement|ban|laws?|rule|efforts?|"
    r"allies|forces|troops|army|backing|support|"
    # ("a province that has largely escaped Damascus's control")
    r"control|grip|authority|sway|writ)\b",
    re.IGNORECASE,
)
# ... or a capital told acting ("as Ankara stepped up pressure on the group", "Ankara regards
# the YPG as"), where no preposition puts something in it ("protested in Tunis demanding")
_A_CAPITAL_ACTS = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:also\s+|repeatedly\s+|long\s+)?(?:stepped up|"
    r"regards?|regarded|insist\w*|accus\w+|warn\w*|demand\w*|den(?:y|ies|ied)|reject\w*|"
    r"consider\w*|press\w*|urg\w*|blam\w*|threaten\w*|vow\w*|pledg\w*|condemn\w*|"
    r"summon\w*|recall\w*|sanction\w*|retaliat\w*|"
    # ("as Moscow keeps up pressure on front-line cities", "Moscow says it targets")
    r"keeps? up|kept up|says|said|maintains|claim(?:s|ed)|"
    # ("as Kyiv sought to push Russian units out of the city")
    r"s(?:ought|eeks?) to|tr(?:ied|ies) to|wants? to|aims? to|plans? to)\b",
    re.IGNORECASE,
)
_PLACED_BEFORE = re.compile(
    r"\b(?:in|at|near|to|from|outside|across|into|around|of|on)\s+(?:the\s+)?$", re.IGNORECASE
)
# Before a region's name, a town told as its capital ("Aizawl, capital of neighbouring
# Mizoram state"): where the town is.
_CAPITAL_OF = re.compile(
    r"(?-i:[A-Z])[\w'’-]+\s*,\s*(?:the\s+)?(?:[\w-]+\s+)?capital\s+of\s+(?:the\s+)?"
    r"(?:neighbou?ring\s+)?$",
    re.IGNORECASE,
)
# After a name, a deed it names by its place ("the Miran Shah attack", "the Balakliia
# strike"): that deed's place, not another event's.
_NAMES_A_DEED = re.compile(
    r"\s+(?:attacks?|bombings?|blasts?|massacres?|raids?|ambush|shootings?|explosions?|"
    r"strikes?|killings?)\b"
)
# Where people went after the deed ("who later fled to Fada N'Gourma").
_WENT_TO = re.compile(
    r"\b(?:fled|flee|flees|fleeing|escaped|taken|moved|transferred|airlifted|evacuated|"
    r"relocated)\s+(?:later\s+)?to\s+(?:the\s+(?:(?:city|town)\s+of\s+)?)?$",
    re.IGNORECASE,
)
# Where a convoy or a traveller was heading ("The convoy, which was heading from the
# Senegalese border to the capital Bamako, was attacked near Diema"): not where it was hit.
_HEADING_TO = re.compile(
    r"\b(?:heading|headed|bound|travell?ing|driving|en route|on (?:its|their|his|her) way)\s+"
    r"(?:[^.;,]{0,40}?\s)?(?:to|towards|for)\s+(?:the\s+(?:[\w-]+\s+)?(?:capital|city|town|"
    r"village)(?:\s+of)?\s+)?$",
    re.IGNORECASE,
)
# ... the place it was hit being told after it ("was attacked near Diema").
_PLACED_ELSEWHERE = re.compile(
    r"[^.;]*?\b(?:near|in|at|outside|on the outskirts of)\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
# A road by where it leads, then the place it passes ("on the highway to Oruro in the Senkata
# district of El Alto").
_ON_THE_ROAD_TO = re.compile(
    r"\b(?:on|along) the (?:main )?(?:road|highway|route) (?:to|towards) $", re.IGNORECASE
)
_IN_ANOTHER_PLACE = re.compile(r"\s+(?:in|at|near) (?:the )?(?:[\w-]+ ){0,3}(?-i:[A-Z])")
# A death in a hospital, by the hospital's town.
_DIED_IN_HOSPITAL = re.compile(
    r"\b(?:died|succumbed|passed away)\b[^.;]{0,50}\b(?:in|on (?:the|his|her|their) way to|"
    r"en route to) (?:a |the )?(?:local |nearby |regional |district )?hospital in $"
    # (or a victim found at one: "after the second victim was found alive at a hospital in")
    r"|\b(?:found|located|lying|recovering)\b[^.;]{0,30}\bat (?:a |the )?(?:local |nearby |"
    r"regional |district |main )?hospital in $"
    # (or who told it works at one: "A medic at a hospital in the provincial capital Ataq
    # said four soldiers had died")
    r"|\b(?:medics?|doctors?|nurses?|officials?|staff|sources?|workers?)\s+at (?:a |the )?"
    r"(?:local |nearby |regional |district |main )?hospital in (?:the )?(?:(?:provincial|"
    r"regional|district|state) )?(?:capital |city |town )?(?:of )?$",
    re.IGNORECASE,
)
# A court named by its town, and what it does.
_COURT_IN = re.compile(r"\b(?:court|tribunal|judge|magistrate)\s+in\s+$", re.IGNORECASE)
_COURT_ACTS = re.compile(
    r"\s+(?:(?:later|then|on \w+)\s+)?(?:ordered|ruled|sentenced|convicted|remanded|"
    r"adjourned|acquitted|upheld|jailed|charged|released|freed)\b",
    re.IGNORECASE,
)
# The charge a person is held on, before the place of that deed.
_SUSPECTED_OF = re.compile(
    # (not what someone is: "a man suspected of being a Boko Haram informant in the
    # Bulumkutu area of Maiduguri" was killed there)
    r"\b(?:on suspicion of|suspected of|accused of|charged with|on charges of)\b(?! being\b)"
    r"[^.;]*$",
    re.IGNORECASE,
)
# A sentence opening on a deed told before, by its place, then what came before or after it
# ("The confrontation in Belgrade followed ...").
_RETOLD_IN = re.compile(
    r"(?:^|[.!?]\s+|\n)(?:The|This|That|Monday's|Tuesday's|Wednesday's|Thursday's|Friday's|"
    r"Saturday's|Sunday's) (?:[\w-]+ )?(?:confrontation|clash(?:es)?|attack|violence|unrest|"
    r"protests?|riots?|raid|bombing|fighting|violence|killings?|march|rally) (?:in|at|near) $"
)
_FOLLOWED = re.compile(r"\s+(?:followed|follows|came|comes|preceded|was preceded)\b")
# After a name, words that make it a part of a town already told.
_PART_OF_THE_TOWN = re.compile(
    r"\s+(?:area|district|neighbou?rhood|quarter|section|part|ward)\s+of\s+(?:the|this|that)\s+"
    r"(?:town|city|village|capital)\b",
    re.IGNORECASE,
)
# "killed in Juliaca on Wednesday, a day after police broke up a march on Congress in
# Lima": the place of the deed the event is dated by.
_EARLIER_DEED = re.compile(
    r"(?<!came )(?<!comes )(?<!come )\b(?:hours?|(?:a|one|two|three|four|five|six|\d+) days?|"
    r"(?:a|one|two|\d+) weeks?) (?:after|before)\b[^.;()]*$|"
    # ("the first reported strike ... since early January, when the Houthis hit a tanker off
    # Hodeidah")
    r"\bsince (?:early |late |mid-)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|(?:1[89]|20)\d\d)(?: (?:1[89]|20)\d\d)?,? when\b"
    r"[^.;()]*$",
    re.IGNORECASE,
)  # ("The raid came a day after a suicide bomber blew herself up in Konduga": the news)
# "the full reopening of the road to Damascus": where a road leads, no place of the event
# (one "on the road to Kismayo" happened on it).
_ROAD_TO = re.compile(
    r"(?<!\bon )(?<!\balong )\bthe (?:main |only |key )?(?:supply |trade )?(?:road|highway|route|"
    r"supply line|lifeline) (?:to|towards|into) $|"
    # ("about 10 km outside Damboa, on the road to Maiduguri": the road's far end)
    r",\s+(?:on|along) the (?:main )?(?:road|highway|route) (?:to|towards) $|"
    # ("near the settlement of Vygonichi on the line towards Unecha": a railway's far end)
    r"\b(?:on|along) the (?:railway |rail |train |freight )?(?:line|railway|track) "
    r"(?:to|towards) $|"
    # ("suspending Jaffar Express services to Quetta": where the trains run to)
    r"\b(?:services|trains|flights|traffic|buses|convoys) (?:to|towards|into) $",
    re.IGNORECASE,
)
# "near the town of Sinder, on the route linking the regional capital Tillaberi to Ayorou":
# the ends of a road that says where the town lies.
_ROAD_ENDS = re.compile(
    r",\s+(?:on|along) the (?:main )?(?:road|highway|route|axis|track|trail) "
    r"(?:linking|connecting|from|between) (?:[\w'’-]+ ){0,4}(?:(?:to|and|with) )?$",
    re.IGNORECASE,
)
# "a commander linked to recent attacks in Khyber Pakhtunkhwa": where other deeds were done.
_LINKED_DEEDS = re.compile(
    r"\b(?:(?:linked|tied|connected) to|(?:blamed|responsible|wanted) for|involved in)\s+"
    r"(?:(?:recent|previous|earlier|past|several|many|a series of|a string of|deadly)\s+)*"
    r"(?:[\w-]+\s+)?"
    r"(?:attacks|bombings|killings|raids|ambushes|kidnappings)\s+(?:in|on|across)\s+"
    r"(?:the\s+)?$|"
    # (one deed only when told as an earlier one: not "the cell was responsible for a
    # bombing in Jalalabad city on Sunday that killed", the deed the passage tells)
    r"\b(?:(?:linked|tied|connected) to|(?:blamed|responsible|wanted) for)\s+(?:an?\s+|the\s+)?"
    r"(?:recent|previous|earlier|past|last\s+\w+['’]s)\s+(?:[\w-]+\s+)?"
    r"(?:attack|bombing|killing|raid|ambush|kidnapping)\s+(?:in|on)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "Tehrik-e-Taliban Pakistan", "National Liberation Front Congo": a group's name ending
# in a country's.
_GROUP_NAME_BEFORE = re.compile(
    r"\b(?:Taliban|Movement|Front|Party|Brigades?|Liberation|Mujahideen|Jihad|Jamaat|Tehrik-e-"
    r"[\w-]+)\s+$"
)
# "militias allied to the government in Kinshasa": a government by its seat.
_SEAT = re.compile(
    r"\b(?:(?:allied|loyal|close|opposed) to|(?:backed|supported|armed) by)\s+(?:the\s+)?"
    r"(?:government|regime|authorities)\s+in\s+$",
    re.IGNORECASE,
)
# "Three were wounded, one evacuated to Ouagadougou": where victims were taken.
_TAKEN_TO = re.compile(
    r"\b(?:evacuated|rushed|brought|air[- ]?lifted|transferred|referred|flown|admitted|treated|"
    r"taken|shifted|diverted|rerouted|re-routed|"
    r"hospitali[sz]ed|(?:receiving|received|getting|undergoing) (?:medical )?treatment|"
    r"pronounced dead|declared dead)\s+"
    r"(?:[\w()'’-]+\s+){0,12}?(?:to|in)\s+(?:the\s+)?(?:neighbou?ring\s+|nearby\s+)?"
    # ... a hospital named after its town ("evacuated to the University of Maiduguri
    # Teaching Hospital")
    r"(?:(?-i:[A-Z])[\w'’-]+\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?of\s+)?"
    # ... each town of a list ("taken to hospitals in Kolofata and Mora"), or a hospital's
    # name before its town ("referred to Lady Reading Hospital, Peshawar")
    r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}(?:,\s+|\s+and\s+)){0,3}$",
    re.IGNORECASE,
)
# Before a name, the hospital of a doctor or an official who tells the toll ("a doctor at
# the main hospital in Beledweyne, where the wounded were taken, said"): not where it was.
_HOSPITAL_TELLER = re.compile(
    r"\b(?:doctors?|medics?|nurses?|officials?|sources?|staff|director|spokes(?:man|woman|person))"
    r"\s+(?:at|in|of|from)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}hospitals?\s+(?:in|at|of)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
#: A town's hospital by the possessive ("Marib's main public hospital") ...
_TOWNS_HOSPITAL = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}hospital\b", re.IGNORECASE)
#: ... whose staff tell the toll.
_STAFF_AT = re.compile(
    r"\b(?:doctors?|medics?|nurses?|officials?|sources?|staff|director|workers)\s+(?:at|in|of|"
    r"from)\s+$",
    re.IGNORECASE,
)
#: A name that, followed by these, names a hospital: where the wounded lie, not where they
#: were hurt (unless the trigger's own phrase names it: "the bombing of the Mosul General
#: Hospital").
_A_HOSPITALS_NAME = re.compile(
    r"(?:\s+(?:University|General|Teaching|Specialist|Referral|Regional|District|Central|"
    r"Military|State|Federal|Medical|Memorial|City|Provincial|Municipal|Main))*\s+"
    r"(?:Hospital|Clinic|Medical Cent(?:er|re)|Health Cent(?:er|re))\b"
)
#: A capitalised word and a Spanish, Portuguese or French joining word before a name: the
#: name ends a longer one ("Defensoria del Pueblo", "Plaza de Bolivar") ...
_NAME_BEFORE = re.compile(
    r"(?<![\w'’-])((?-i:[A-Z])[\w'’]+)\s+(?:del|de la|de los|de las|de|do|da|dos|das|du)\s+$"
)
#: ... unless that word says what kind of place it is ("Valle del Cauca", "San Jose del").
_PLACE_WORDS = frozenset(
    {"valle", "san", "santa", "santo", "puerto", "ciudad", "villa", "nueva", "nuevo", "cabo",
     "sierra", "isla", "islas", "bahia", "rio", "costa", "norte", "sur", "departamento",
     "municipio", "provincia", "estado", "region", "comuna", "commune", "province", "porto",
     "vila", "sao", "são", "ilha", "cerro", "llano", "llanos", "playa", "barrio", "la", "el",
     "los", "las", "golfo", "lago", "laguna", "monte", "mont", "pointe", "port", "saint",
     "sainte", "ville"}
)  # fmt: skip
#: ... and before it, the care of the wounded.
_CARE_BEFORE = re.compile(
    r"\b(?:treated|treatment|admitted|hospitali[sz]ed|taken|rushed|evacuated|referred|"
    r"transferred|flown|airlifted|recovering|died|succumbed)\b[^.;]{0,100}$",
    re.IGNORECASE,
)


def _cared_for_in(doc: Doc, tp: Toponym) -> bool:
    """A hospital named after its town, told as where the wounded were cared for."""
    text = text_of(doc)
    return bool(_A_HOSPITALS_NAME.match(text, tp.end)) and bool(
        _CARE_BEFORE.search(text, max(0, tp.start - 120), tp.start)
    )


#: Where the hurt lie: "in critical condition in", "being treated in".
_IN_CARE_BEFORE = re.compile(
    r"\b(?:in (?:a )?(?:critical|serious|stable|grave|satisfactory) condition|(?:being )?treated|"
    r"hospitali[sz]ed|admitted)(?: (?:at|to) (?:a|the) (?:[\w-]+ )?hospital)? in\s+$",
    re.IGNORECASE,
)
#: ... a school, and before it one of its people.
_A_SCHOOLS_NAME = re.compile(r"\s+(?:University|College|Polytechnic|Institute|Academy)\b")
_MEMBER_OF = re.compile(
    r"\b(?:students?|lecturers?|professors?|graduates?|alumn(?:us|i|a)|staff|employees?|"
    r"researchers?|teachers?)\s+(?:at|of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: After a name, the side of a front or a border it names ("on the Churachandpur side").
_SIDE_AFTER = re.compile(r"\s+side\b(?!\s+(?:of|street|road))", re.IGNORECASE)
#: After a name, the rest of a list of rivers ("Apurimac, Ene and Mantaro river valleys").
_RIVERS_AFTER = re.compile(
    r"(?:\s*,\s*(?-i:[A-Z])[\w'’-]+)*(?:,?\s+and\s+(?-i:[A-Z])[\w'’-]+)?\s+"
    r"(?:river|rivers|river valleys?|river basins?)\b",
    re.IGNORECASE,
)
#: A place a teller or an office is based in: "Srinagar-based", "Islamabad-based analyst";
#: or where a train or a convoy was heading: "a Peshawar-bound passenger train".
_BASED_AFTER = re.compile(r"-(?:based|bound)\b", re.IGNORECASE)
#: A militia named by a place's name: "the Zaire self-defence militia".
_A_MILITIAS_NAME_AFTER = re.compile(
    r"\s+(?:self-defen[cs]e\s+)?(?:militias?|militiam[ae]n)\b", re.IGNORECASE
)
#: A region's office named after it: "the Guerrero state prosecutor's office".
_A_REGIONS_OFFICE_AFTER = re.compile(
    r"\s+(?:state\s+|provincial\s+|regional\s+|county\s+)?(?:police\s+(?:command|headquarters|"
    r"department|service|commissioner)|prosecutor['’]?s?(?:\s+office)?|"
    r"attorney general['’]?s?(?:\s+office)?|government\s+(?:house|offices?|building|headquarters)|"
    r"governor['’]?s?\s+(?:office|residence|palace|mansion)|legislature|congress|"
    r"assembly\s+(?:building|complex))\b",
    re.IGNORECASE,
)
#: A teller named after its land: "The Gaza civil defence agency said", "the Gaza health
#: ministry", "Donetsk regional governor".
_A_LANDS_TELLER_AFTER = re.compile(
    r"\s+(?:civil\s+defen[cs]e(?:\s+(?:agency|service|directorate|authority))?|"
    r"health\s+ministry|(?:health|interior)\s+(?:directorate|department)|"
    r"(?:regional|provincial|oblast|state|district)\s+(?:governor|administration|authorities|"
    r"officials?|police chief|prosecutors?|health (?:department|officials?)))\b",
    re.IGNORECASE,
)
#: A court the place names, after what it issued or decided: "a warrant issued by a
#: Calbayog City court", "convicted by a Kampala court".
_A_COURT_AFTER = re.compile(
    r"\s+(?:(?:city|high|district|regional|municipal|trial|appeals?|federal|state|provincial|"
    r"military|criminal|lower|magistrates?['’]?)\s+)*(?:court|tribunal)\b",
    re.IGNORECASE,
)
_BY_A_COURT_BEFORE = re.compile(r"\b(?:by|from)\s+(?:a|an|the)\s+$", re.IGNORECASE)
#: A state's police named after it: "Kaduna State Police Command".
_A_STATES_POLICE_AFTER = re.compile(
    r"\s+(?:State\s+|Provincial\s+|Regional\s+)?Police\s+(?:Command|Headquarters|Department|"
    r"Service|Commissioner|Spokesman|Spokesperson)\b"
)
_A_WORKS_NAME = re.compile(
    # (and a church's name: "a demonstration at Candelaria church in downtown Rio")
    # (and an oilfield's: "carries crude from the Cano Limon field to the Caribbean coast")
    r"\s+(?:(?:oil\s+|gas\s+)?pipelines?|church|cathedral|chapel|basilica|oilfields?|"
    r"(?:oil\s+|gas\s+)?fields?(?!\s+hospitals?))\b",
    re.IGNORECASE,
)
# "Islamic Resistance in Iraq", "Al-Qaida in the Arabian Peninsula": a group's name.
_GROUP_IN = re.compile(
    r"\b(?:(?:Resistance|(?<=Islamic )resistance|State|Movement|Front|Council|Party|"
    r"Brigades?|Committee|"
    r"Organi[sz]ation|Group|Qaida|Qaeda|Jihad|Mission|Office|Embassy|Church)\s+(?:in|of)|"
    # "the Armed Forces of Liberia"; but forces in a town are there ("fighting between the
    # army and the Rapid Support Forces in Khartoum")
    r"(?:Army|Forces)\s+of)\s+(?:the\s+)?$"
)
# "the Viv Ansanm gang coalition, which controls most of Port-au-Prince": where a group
# holds sway, not where it struck.
_HELD_BY = re.compile(
    r"\b(?:which|who|that)\s+(?:controls?|holds?|rules?|dominates?|runs?)\s+(?:(?:most|much|"
    r"parts?|large parts|swathes|areas)\s+of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# "A drone launched from Sanaa": where the attack came from, not where it struck.
#: The people a region is home to, told by its side: "Hundreds of residents of Southern
#: Kaduna ... took to the streets of Kafanchan" (a town's residents tell of it: "Residents
#: of Kumbo said").
_PEOPLE_OF = re.compile(
    r"\b(?:residents|people|youths|natives|indigenes|inhabitants|sons and daughters)\s+of\s+"
    r"(?:the\s+)?(?:southern|northern|eastern|western|central)\s+$",
    re.IGNORECASE,
)
_ORIGIN = re.compile(
    # (the movers' way told between: "arrived in gun trucks from the direction of Dikwa")
    r"\b(?:(?:launched|fired|took\s+off|taking\s+off|came|coming|arrived|arriving|originat\w+|"
    r"flew\s+in|sent|"
    r"dispatched|reinforcements|entered)"
    r"[^.;:]{0,40}?|those|forces|troops|soldiers|fighters|militants|men|gunmen|militiamen|"
    r"attackers|assailants|raiders|herdsmen|insurgents|rebels|jihadists|deputies|delegates|"
    r"lawmakers|delegation|pilgrims|tourists?|migrants?|refugees?|asylum[- ]seekers?|brothers|"
    r"sisters|families|"
    r"traders|herders|farmers|students|workers|miners|drivers|fishermen|residents|villagers|"
    r"man|woman|men|women|"
    r"elders|notables|dignitaries|mediators|representatives|"
    r"people|youths?|"
    # "A tribal elder from Parachinar told reporters that 11 people had died"
    r"elder|chief|leader|officials?|witness(?:es)?|activists?|journalists?|resident|"
    r"villager|farmer|trader|teacher|doctors?|nurses?|spokes(?:man|woman|person)|sources?|"
    r"nationals?|citizens?|natives?|immigrants?|protesters?|demonstrators?|supporters?|"
    r"lawyers?|"
    # "The dead soldier was identified as Corporal X, 22, from Huanta"
    r"\d{1,2}\s*,|"
    # "separated men who were from Punjab and shot them"
    r"(?:who|that|they|he|she)\s+(?:were|was|are|is|hail(?:ed)?|come)(?:\s+originally)?)"
    r"\s+from\s+(?:the\s+)?(?:direction\s+of\s+(?:the\s+)?)?(?:neighbou?ring\s+|nearby\s+)?"
    # ... a country's region ("missiles launched from Russia's Belgorod region")
    r"(?:(?-i:[A-Z])[\w-]+['’]s\s+)?"
    # ... or from a school or a body in it ("students from the Raul Isidro Burgos Rural
    # Teachers' College in nearby Ayotzinapa")
    r"(?:(?:(?-i:[A-Z])[\w'’-]+\s+|(?:de|del|la|of|for|and)\s+){1,9}(?:in|at)\s+"
    r"(?:neighbou?ring\s+|nearby\s+)?)?"
    # ... each place of a list ("women from Kaura Namoda, Zurmi and Birnin Magaji")
    r"(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}(?:,\s+|\s+and\s+)){0,4}"
    r"(?:direction\s+of\s+|(?:village|town|city)\s+of\s+"
    # ... or a region told by its word ("seven men from the eastern province of Punjab")
    r"|(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+|central\s+)?"
    r"(?:province|state|region|district|county)\s+of\s+"
    # ... or the towns of a list of them ("residents from villages in the municipalities of
    # Mugica and Apatzingan")
    r"|(?:villages?\s+(?:in|of)\s+(?:the\s+)?)?(?:municipalit(?:y|ies)|districts|provinces)\s+"
    r"of\s+(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}(?:,\s+|\s+and\s+)){0,4})?$",
    re.IGNORECASE,
)
_DIRECTIONS = r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
#: A hospital the wounded were being taken to: "on the way to Dhaka Medical College Hospital".
_ON_THE_WAY_BEFORE = re.compile(
    r"\b(?:on (?:the|his|her|their) way|en route)\s+to\s+(?:the\s+)?$", re.IGNORECASE
)
_A_HOSPITAL_AFTER = re.compile(r"(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s+(?i:hospital)\b")
#: A site named after a town, then placed in another: "Chittagong University in Hathazari".
_A_SITE_PLACED_AFTER = re.compile(
    r"\s+(?:University|College|Hospital|Airport|Stadium|Campus|Prison|Jail|Refinery|Dam|"
    r"Port)(?:\s+(?-i:[A-Z])[\w'’-]+){0,2},?\s+in\s+(?:the\s+)?(?-i:[A-Z])"
)
# Text just before a place name that puts the event near it, not in it: geo_precision 2.
_NEAR_BEFORE = re.compile(
    rf"(?:\b{_DIRECTIONS}\s+(?:of|outskirts\s+of)|\boutskirts\s+of|\bnear|\bnearby|"
    r"\bclose\s+to|\baround|\boutside(?:\s+of)?|\bvicinity\s+of|\bcountryside\s+of|"
    r"\bperiphery\s+of|\bedge\s+of|\boff|\b(?:km|kms|kilometres?|kilometers?|miles?)\s+"
    rf"(?:\(\d+\s+\w+\)\s+)?(?:from|of|{_DIRECTIONS}\s+of|outside))\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
# "Bama LGA", "Beni territory": the district named after the town, not the town itself.
_NEAR_AFTER = re.compile(
    r"^(?:'s|’s)?\s+(?:outskirts|countryside|suburbs|area|environs|district|territory|lga|"
    r"township|zone|woreda|commune|sub-district|subdistrict|locality|sector|municipality)\b",
    re.I,
)


# "57km SW of Baidoa", "30 kilometres south-east of the town of Mosul": a distance and a
# compass direction from the place named next.
_BEARINGS = {"n": 0, "ne": 45, "e": 90, "se": 135, "s": 180, "sw": 225, "w": 270, "nw": 315}
_RELATIVE = re.compile(
    r"(\d+(?:\.\d+)?)\s*(km|kms|kilometres?|kilometers?|miles?)\s+(?:\(\d+\s+\w+\)\s+)?"
    r"(north|south|east|west|[NSEW]{1,2})[- ]?(east|west)?(?:ern)?\s+of\s+(?:the\s+)?"
    r"(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)
MAX_OFFSET_KM = 500.0  # further than this, a figure is no distance from the place named
MILE_KM = 1.609344


def _bearing(main: str, minor: str | None) -> int | None:
    """Compass degrees of "north", "SW", "south-east"."""
    word = main.lower()
    code = word if len(word) <= 2 else word[0]
    if minor:
        code += minor.lower()[0]
    return _BEARINGS.get(code)


def _moved(doc: Doc, tp: Toponym, loc: Location) -> Location:
    """A place given as a distance and a direction from the one named ("57km SW of
    Baidoa"): the point that far off, at geo_precision 2 (ACLED codes the unnamed village,
    which lies about there)."""
    found = _RELATIVE.search(text_of(doc)[max(0, tp.start - 60) : tp.start])
    if not found or loc.latitude is None or loc.longitude is None:
        return loc
    distance = float(found.group(1)) * (MILE_KM if found.group(2).lower().startswith("mile") else 1)
    bearing = _bearing(found.group(3), found.group(4))
    if bearing is None or not 0 < distance <= MAX_OFFSET_KM:
        return loc
    lat, lon = destination(loc.latitude, loc.longitude, distance, bearing)
    return dataclasses.replace(loc, latitude=lat, longitude=lon, precision=max(loc.precision, 2))


def destination(lat: float, lon: float, km: float, bearing: float) -> tuple[float, float]:
    """The point `km` away from (lat, lon) in the direction `bearing` (degrees), rounded."""
    d, b = km / EARTH_KM, math.radians(bearing)
    p1, l1 = math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(
        math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2)
    )
    return round(math.degrees(p2), 5), round((math.degrees(l2) + 540) % 360 - 180, 5)


EARTH_KM = 6371.0


def empty_location() -> Location:
    return Location(None, 3, None, None, None, None, None, None, None, None)


def _location(place: Place, precision: int, tp: Toponym | None, gazetteer: Gazetteer) -> Location:
    span = Span(tp.start, tp.end, tp.text) if tp else None
    if place.feature_code in ("PCLI", "ADM1"):
        # Known only by region or country: at its seat or capital, as ACLED codes it.
        lat, lon = gazetteer.seat(place)
        place = dataclasses.replace(place, latitude=lat, longitude=lon)
    if place.feature_code in ("PCLI", "CONT"):
        return Location(
            None,
            3,
            place.country or None,
            place.iso3 or None,
            None,
            None,
            place.country or place.name,
            place.latitude,
            place.longitude,
            span,
        )
    if place.feature_code in REGION_CODES:
        precision = 3
    return Location(
        place,
        precision,
        place.country or None,
        place.iso3 or None,
        place.admin1,
        place.admin2,
        place.name,
        place.latitude,
        place.longitude,
        span,
    )


# "In Raqqa, McGurk said a raid in eastern Syria ...": a fronted place of the telling.
_SPEECH_AFTER = re.compile(
    r"^\s*,\s*(?:[\w.'’-]+\s+){1,4}(?:said|says|told|added|stated|noted|explained|"
    r"insisted|argued)\b"
)


def _fronted_telling(doc: Doc, tp: Toponym) -> bool:
    """A place fronted before who said it ("In Raqqa, McGurk said ...")."""
    before = text_of(doc)[max(0, tp.start - 10) : tp.start]
    return bool(re.search(r"\b(?:In|At)\s+$", before)) and bool(
        _SPEECH_AFTER.match(text_of(doc)[tp.end : tp.end + 80])
    )


#: Names listed ("A, B and C"): spaCy may tag a list of towns as one organisation.
_NAME_LIST = re.compile(rf"{NAME}(?:(?:,\s*|,?\s+and\s+){NAME})+")


#: Words a tagger runs a place's name on into that name nothing more ("Mora in").
_RUN_ON = frozenset({"in", "on", "at", "of", "and", "the", "to", "near", "from", "with", "by"})


def _names_more(extra: str) -> bool:
    """Whether what an entity adds to a place's name names something else ("Kentucky State
    Police", "Merawi hospital"), not just words the tagger ran on into ("Mora in")."""
    return any(w.lower() not in _RUN_ON for w in re.findall(r"[\w'’-]+", extra))


#: The deeds a crowd protests, or blames others for not stopping: "protesting in Jos ...
#: over recurring killings in Bokkos", "accuse of doing nothing to stop the massacres in
#: Beni territory": they happened elsewhere, before.
_DEEDS_DECRIED = (
    r"(?:protest\w*|march\w*|rall\w*|demonstrat\w*)[^.;]{0,40}?\b(?:over|against) "
    r"(?:the )?(?:[\w-]+ )?(?:killings?|attacks?|massacres?|violence|insecurity|abductions?|"
    r"kidnappings?|deaths?|murders?)\b|"
    r"\b(?:stop|end|halt|prevent|curb)(?:ping|ing)? (?:the )?(?:[\w-]+ )?(?:killings|attacks|"
    r"massacres|violence|insecurity|abductions|kidnappings)\b"
)
_DEEDS_DECRIED_BEFORE = re.compile(rf"(?:{_DEEDS_DECRIED})[^.;]{{0,60}}$", re.IGNORECASE)
#: A crowd's demands, which may name other places: "calling for the sieges of Dilling".
_DEMANDS_BEFORE = re.compile(
    r"(?:\b(?:calling for|called for|demanding|demanded|urging|urged|to demand|in solidarity "
    rf"with|chant(?:ed|ing) (?:slogans )?against|against both)|{_DEEDS_DECRIED})[^.;]{{0,60}}$",
    re.IGNORECASE,
)
#: A person's post in a side's fighting, which may name where it fought: "a commander
#: responsible for planning attacks on government positions in the Lower Shabelle region".
_A_ROLES_FIELD_BEFORE = re.compile(
    r"\b(?:responsible for|in charge of|tasked with|charged with)\s+(?:planning|organi[sz]ing|"
    r"coordinating|directing|overseeing|masterminding|financing|funding)\b[^.;]{0,80}$",
    re.IGNORECASE,
)
#: A capital standing for its government: "which Islamabad calls", "Kabul denies".
_A_GOVERNMENTS_WORD_AFTER = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:long\s+)?(?:calls|called|accuses|accused|denies|denied|"
    r"blames|blamed|insists|insisted|rejects|rejected|considers|considered|regards|regarded|"
    r"describes|described|brands|branded|designates|designated|labels|labelled|labeled|"
    r"claims|claimed|says|said|announced|announces|warned|warns|demanded|demands|condemned|"
    r"condemns|vowed|vows|responded|retaliated|denounced|summoned)\b"
)
#: A crowd's words against a country or a town: "chanted slogans hostile to France and",
#: or quoted on its placards: 'carrying placards reading "Pretoria without return'.
_DECRIED_BEFORE = re.compile(
    r"\b(?:slogans?|chants?|chanted|chanting|banners?|placards?|signs)\b[^.;]{0,40}?"
    r"\b(?:hostile to|against|denouncing|condemning|critical of|calling on)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?,?\s+(?:and|or)\s+(?:the\s+)?)?$|"
    r"\b(?:slogans?|banners?|placards?|signs|posters?)\s+(?:reading|that read|which read|"
    # (the second of two placards too: 'placards reading "Stop the hypocrisy" and "Rwanda out
    # of Congo"')
    r"saying|bearing)\s+(?:[\"“‘'][^\"”’]{0,60}[\"”’],?\s+(?:and|or)?\s*)*[\"“‘'][^\"”’]{0,60}$|"
    # (or a placard's words listed: 'placards with inscriptions such as "Enough is enough"
    # and "Protect Southern Kaduna"')
    r"\b(?:inscriptions?|words|messages?|slogans?)\b[^.;]{0,60}[\"“][^\"”]{0,40}$"
)
#: A place naming an accord: "the Pretoria peace agreement", "the Doha process".
_AN_ACCORDS_NAME_AFTER = re.compile(
    r"\s+(?:peace\s+)?(?:agreement|accords?|deal|process|declaration|protocol|treaty|framework)"
    r"\b"
)


def _an_accord_or_a_slogan(doc: Doc, tp: Toponym) -> bool:
    """A place named as an accord's name ("the signing of the Pretoria peace agreement") or
    as whom a crowd's words are against or what they say ("chanted slogans hostile to
    France", 'placards reading "Pretoria without return'): never where an event was."""
    return bool(
        _AN_ACCORDS_NAME_AFTER.match(text_of(doc), tp.end)
        or _DECRIED_BEFORE.search(text_of(doc), max(0, tp.start - 80), tp.start)
    )


#: A city's quarter told by name alone: "in the Kyivskyi district shortly before 10 p.m."
_A_DISTRICT_AFTER = re.compile(
    r"\s+(?:district|neighbou?rhood|quarter|suburb|colonia|barrio)\b(?!\s+(?:of|in)\b)",
    re.IGNORECASE,
)
#: How far a quarter may lie from the city the report named before it.
QUARTER_KM = 30.0


def _another_citys_quarter(doc: Doc, tp: Toponym, toponyms: list[Toponym]) -> bool:
    """A district named alone after a city, which the gazetteer places in another city far
    away ("Russian missiles struck ... Kharkiv ... in the Kyivskyi district": not Donetsk's
    district of that name); the city's own, which the gazetteer lacks."""
    # (or told as a city's own, by its possessive: "Rio de Janeiro's Penha complex of
    # favelas" is no Penha of Santa Catarina)
    owned = text_of(doc).endswith(("'s ", "’s "), 0, tp.start) and any(
        t.end == tp.start - 3 for t in toponyms
    )
    if tp.place is None or tp.place.feature_code not in ("PPL", "PPLX"):
        return False
    if not owned and (
        not _A_DISTRICT_AFTER.match(text_of(doc), tp.end)
        or not text_of(doc).endswith(("the ", "The "), 0, tp.start)
    ):
        return False  # (an administrative district is its own: "in Kotido District")
    filed = dateline_spans(text_of(doc))
    cities = [
        t.place
        for t in toponyms
        if t.place is not None
        and t.end <= tp.start
        and tp.start - t.end < QUARTER_RANGE
        and not any(a <= t.start < b for a, b in filed)
        and t.place.feature_code.startswith("PPL")
        and t.place.population >= QUARTERED_CITY
    ]
    if not cities:
        return False
    city = cities[-1]
    far = km(city.latitude, city.longitude, tp.place.latitude, tp.place.longitude)
    # (not a district of the city's own region: "PESHAWAR - ... in Bannu district")
    return far > QUARTER_KM and city.admin1 != tp.place.admin1


#: How far before a district's name the city it is a quarter of may be named (characters).
QUARTER_RANGE = 600
#: A city big enough to be told by its quarters.
QUARTERED_CITY = 200_000


#: A place named, then told by its distance from another: "in Kawkareik, about 60 km west
#: of the Thai border town of Mae Sot" (the second only places the first).
_A_TOWN_PLACED_BY_IT = re.compile(
    r"\b(?:in|at|near)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?:town|city|village))?\s*,\s*"
    r"(?:about|some|around|roughly|nearly|approximately)?\s*\d+(?:\.\d+)?\s*"
    r"(?:km|kms|kilometres?|kilometers?|miles?)\s+(?:\(\d+\s+\w+\)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:town|city|village|capital)\s+of\s+$",
    re.IGNORECASE,
)


def _is_event_place(
    doc: Doc, tp: Toponym, sentence_start: int, own: bool = False, trigger: int = -1
) -> bool:
    """Whether a place the passage names may be its event's (`own`: it lies in the
    trigger's own phrase, "said the attack on the market in Kandahar": no place of the
    saying, whatever verb of speech comes before; `trigger`: where the trigger starts)."""
    if any(
        e.start_char <= tp.start
        and tp.end <= e.end_char
        and e.end_char - e.start_char > len(tp.text)
        for e in doc.ents
        if e.label_ in ("ORG", "NORP", "PERSON")
        and not _FACILITY.search(e.text)
        and not _NAME_LIST.fullmatch(e.text)  # "Winterveld and Bronkhorstspruit", tagged ORG
        and not REGION_SUFFIX.search(e.text)  # "Tsafe Local Government Area", tagged ORG
        # (and not a span the tagger ran on into lower-case words: "Mora in", tagged ORG)
        and _names_more(text_of(doc)[e.start_char : tp.start] + text_of(doc)[tp.end : e.end_char])
    ):
        return False  # inside "Kentucky State Police", "Aleppo Media Center": who, not where
    if _country_modifier(doc, tp):
        return False
    if _ON_THE_WAY_BEFORE.search(
        text_of(doc), max(0, tp.start - 30), tp.start
    ) and _A_HOSPITAL_AFTER.match(text_of(doc), tp.end):
        return False  # "the other died on the way to Dhaka Medical College Hospital"
    if _A_SITE_PLACED_AFTER.match(text_of(doc), tp.end):
        return False  # "clashed at Chittagong University in Hathazari": the site's town
    if _RIVERS_AFTER.match(text_of(doc), tp.end):
        return False  # "the Apurimac, Ene and Mantaro river valleys": rivers, not towns
    if _A_TOWN_PLACED_BY_IT.search(text_of(doc), max(0, tp.start - 90), tp.start):
        return False  # "in Kawkareik, about 60 km west of the Thai border town of Mae Sot":
        # the town named first, placed by the second
    if _CALM_AFTER.match(text_of(doc), tp.end):
        return False  # "Aulnay was calmer on Tuesday, but the violence moved to Sevran"
    if _AN_OFFICES_RANGE.match(text_of(doc), tp.end):
        return False  # "the Inspector General of Police (Bastar range) said": an office's
    if _A_ROLES_FIELD_BEFORE.search(text_of(doc), max(0, tp.start - 140), tp.start):
        return False  # "a commander responsible for planning attacks ... in the Lower
        # Shabelle region": where his post had him fight
    if _BACK_WHEN.search(text_of(doc), max(0, tp.start - 120), tp.start):
        return False  # "the deadliest since late October 2025, when an operation in the
        # Alemao and Penha complexes left 120 dead": the earlier deed's place
    if (
        tp.place is not None
        and tp.place.feature_code == "PCLI"
        and _BORDER_BEFORE.search(text_of(doc), max(0, tp.start - 60), tp.start)
    ):
        return False  # "tensions in the district, which borders Afghanistan": a neighbour
    if _SIDE_AFTER.match(text_of(doc), tp.end):
        return False  # "gunmen positioned on the Churachandpur side opened fire": a side
        # a front faces, not where the deed was
    if _A_TOWNS_GROUP_AFTER.match(text_of(doc), tp.end) and _AN_BEFORE.search(
        text_of(doc), max(0, tp.start - 4), tp.start
    ):
        return False  # "the Nawasi Brigade, a Misrata armed group": where it is from
    if _A_WORKS_NAME.match(text_of(doc), tp.end):
        return False  # "part of the Druzhba pipeline system": a pipeline's name, not a place
    if _ACTIVE_IN_BEFORE.search(text_of(doc), max(0, tp.start - 60), tp.start):
        return False  # "ISSP, which is active across the Menaka-Tillaberi-Tahoua border
        # area": where a group roams, not where its deed was
    if _BASED_AFTER.match(text_of(doc), tp.end):
        return False  # "Srinagar-based defence spokesperson said": where a teller sits
    if _A_MILITIAS_NAME_AFTER.match(text_of(doc), tp.end):
        return False  # "fighters of the Zaire self-defence militia clashed with CODECO": a
        # militia's name
    if _A_COURT_AFTER.match(text_of(doc), tp.end) and _BY_A_COURT_BEFORE.search(
        text_of(doc), max(0, tp.start - 12), tp.start
    ):
        return False  # "by virtue of a warrant issued by a Calbayog City court": the court's
        # seat, not where the deed was
    if _A_LANDS_TELLER_AFTER.match(text_of(doc), tp.end):
        return False  # "The Gaza civil defence agency said", "Donetsk regional governor"
    if (
        tp.place is not None
        and tp.place.feature_code.startswith("ADM")
        and _A_REGIONS_OFFICE_AFTER.match(text_of(doc), tp.end)
    ):
        return False  # "hurled firecrackers at the Guerrero state prosecutor's office": an
        # office the region names, in its capital or wherever the report says
    if _A_STATES_POLICE_AFTER.match(text_of(doc), tp.end):
        return False  # "the Kaduna State Police Command said": the state's police, a teller
    if _a_capital(tp) and _A_GOVERNMENTS_WORD_AFTER.match(text_of(doc), tp.end):
        return False  # "the TTP, which Islamabad calls 'Fitna al-Khawarij'": the government
    if _an_accord_or_a_slogan(doc, tp):
        return False
    named = _NAME_BEFORE.search(text_of(doc), max(0, tp.start - 40), tp.start)
    if named is not None and named.group(1).lower() not in _PLACE_WORDS:
        return False  # "the Defensoria del Pueblo", "the Universidad de Antioquia": a name
    if _IN_CARE_BEFORE.search(text_of(doc), max(0, tp.start - 60), tp.start):
        return False  # "a second injured man was in critical condition in Peshawar"
    if _cared_for_in(doc, tp) and not own:
        return False  # "treated at the Jos University Teaching Hospital": where they lie
    if _TOWNS_HOSPITAL.match(text_of(doc), tp.end) and _STAFF_AT.search(
        text_of(doc), max(0, tp.start - 40), tp.start
    ):
        return False  # "Medical staff at Marib's main public hospital said": who counted
    if _A_SCHOOLS_NAME.match(text_of(doc), tp.end) and _MEMBER_OF.search(
        text_of(doc), max(0, tp.start - 40), tp.start
    ):
        return False  # "a student at Maseno University": whose student, not where
    if _LANDSCAPE_AFTER.match(text_of(doc), tp.end) and _A_PLACE_TOLD_BEFORE.search(
        text_of(doc), max(0, tp.start - 60), tp.start
    ):
        return False  # "near Yatta in the south Hebron hills": hills named after the town
        # (not hills told alone: "ambushed a patrol in the Kenscoff hills above Port-au-Prince")
    if _tellers_seat(doc, tp) is not None:
        return False  # "The Palestinian Health Ministry in Ramallah said three were killed"
    if _WENT_TO.search(text_of(doc), max(0, tp.start - 30), tp.start):
        return False  # "three residents who later fled to Fada N'Gourma": where they went
    if _HEADING_TO.search(
        text_of(doc), max(0, tp.start - 90), tp.start
    ) and _PLACED_ELSEWHERE.search(text_of(doc), tp.end, min(len(text_of(doc)), tp.end + 120)):
        return False  # "heading from the border to the capital Bamako, was attacked near
        # Diema": where it was going, the place it was hit told after
    if _ON_THE_ROAD_TO.search(
        text_of(doc), max(0, tp.start - 30), tp.start
    ) and _IN_ANOTHER_PLACE.match(text_of(doc), tp.end):
        return False  # "a blockade on the highway to Oruro in the Senkata district of El Alto"
    if _DIED_IN_HOSPITAL.search(text_of(doc), max(0, tp.start - 80), tp.start):
        return False  # "died of a gunshot wound in a hospital in Quillacollo": where he lay
    if _COURT_IN.search(text_of(doc), max(0, tp.start - 20), tp.start) and _COURT_ACTS.match(
        text_of(doc), tp.end
    ):
        return False  # "A court in Mitrovica later ordered them held for 30 days": the court's
    if any(
        s <= tp.start < e and not s <= trigger < e
        for s, e in earlier_days_clauses(text_of(doc), sentence_start, tp.end)
    ):
        return False  # "killed on Wednesday, two days after two jawans ... lost their lives
        # in an IED blast in neighbouring Bijapur": the earlier deed's place
    charge = _SUSPECTED_OF.search(text_of(doc), max(sentence_start, tp.start - 120), tp.start)
    if charge is not None and 0 <= trigger < charge.start():
        return False  # "arrested three men in Leposavic on suspicion of throwing a grenade at
        # a police station in Zubin Potok": the deed they are held for, told after the arrest
    if _RETOLD_IN.search(text_of(doc), max(0, tp.start - 40), tp.start) and _FOLLOWED.match(
        text_of(doc), tp.end
    ):
        return False  # "The confrontation in Belgrade followed a gathering in Novi Sad on
        # Saturday": the deed told before, dating the next
    deed = _NAMES_A_DEED.match(text_of(doc), tp.end)
    if deed is not None and not deed.start() <= trigger < deed.end():
        return False  # "a curfew imposed after the Miran Shah attack": that attack's place
    before = text_of(doc)[max(sentence_start, tp.start - 120) : tp.start]
    # "... in retaliation for a gas attack in Douma": the place of the event told as the cause
    if _PART_OF_THE_TOWN.match(text_of(doc), tp.end) or _THE_CITYS.search(before):
        # "the Sabon Gari area of the town", "the city's Kyivskyi and Saltivskyi districts":
        # a part of the town told before
        return False
    if (
        tp.place is not None
        and tp.place.feature_code == "ADM1"
        and _AUTHORITIES.match(text_of(doc), tp.end)
    ):
        return False  # "North Kordofan authorities put the toll at 12": who told it
    if _a_government_by_its_seat(text_of(doc), tp):
        return False
    tests: tuple[re.Pattern[str], ...] = (
        _GROUP_IN,
        _ORIGIN,
        _PEOPLE_OF,
        _TAKEN_TO,
        _HEADED,
        _SEAT,
        _ROAD_TO,
        _ROAD_ENDS,
        _LINKED_DEEDS,
        _GROUP_NAME_BEFORE,
        _EARLIER_DEED,
        _CAPITAL_OF,
        _HOSPITAL_TELLER,
        _HELD_BY,
        _CAUSE_OF_A_CROWD,
        _ROUTE,
        _OPERATES_FROM,
        _A_GROUPS_FIELD,
    )
    # (a place in the trigger's own phrase is no speaker's, unless a statement was issued there)
    tests = (_WHERE_TOLD if own else _NOT_EVENT, *tests)
    return not in_cause_clause(before) and not any(r.search(before) for r in tests)


#: A group named by its town: "a Misrata armed group", "a Zintan militia".
_A_TOWNS_GROUP_AFTER = re.compile(
    r"\s+(?:armed groups?|militias?|brigades?|armed factions?|tribal fighters)\b", re.IGNORECASE
)
_AN_BEFORE = re.compile(r"\b(?:a|an)\s+$", re.IGNORECASE)


#: Where a group operates from: its base, not where it fought ("the faction, which operates
#: largely from neighbouring Afar region, said its fighters had ...").
_OPERATES_FROM = re.compile(
    r"\boperat(?:es|ed|ing)\s+(?:largely\s+|mainly\s+|mostly\s+)?(?:from|out of)\s+(?:the\s+)?"
    r"(?:neighbou?ring\s+|nearby\s+)?$",
    re.IGNORECASE,
)


#: Where a group is described as active: "the insurgent group operating in Mozambique's
#: Cabo Delgado province", "a militia active in the area".
_A_GROUPS_FIELD = re.compile(
    r"\b(?:group|groups|insurgency|insurgents|militants|rebels|militias?|factions?|gangs?|"
    r"cartels?|jihadists)\s+(?:(?:that|which|who)\s+(?:is|are|was|were|has been|have been)?\s*)?"
    r"(?:operating|operates|operate|active|based|present)\s+(?:mainly\s+|mostly\s+|largely\s+)?"
    r"in\s+(?:the\s+)?(?:[A-Z][\w'’-]+['’]s?\s+)?(?:neighbou?ring\s+)?$"
)


#: Where a convoy or travellers came from or were bound for ("trucks carrying food from
#: Fada N'Gourma to the besieged town of Pama"): its route, not where it was hit.
_ROUTE = re.compile(
    r"\b(?:carry(?:ing)?|transport(?:ing)?|ferry(?:ing)?|deliver(?:ing)?|bringing|"
    r"travell?(?:ing|ed)|bound|en route|on (?:its|their|his|her) way)\b[^.;]{0,60}?"
    r"\b(?:from|to|for)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:(?:town|city|village)\s+of\s+)?$",
)


#: A place a crowd rallies for ("chanting in support of Gaza", "in solidarity with the
#: people of Sudan"): its cause, not where it gathered.
_CAUSE_OF_A_CROWD = re.compile(
    r"\b(?:in (?:support|solidarity) (?:of|with)|solidarity with|support for|"
    r"(?:end|stop|halt) (?:to )?the (?:war|killings?|bombing|siege) (?:in|on|of))\s+"
    r"(?:the\s+)?(?:(?:people|residents|civilians|victims) (?:of|in)\s+)?$",
    re.IGNORECASE,
)


#: A group's haunts told in a clause: "which is active across the ".
_ACTIVE_IN_BEFORE = re.compile(
    r"\b(?:which|that|who)\s+(?:is|are|has been|have been|was|were)\s+(?:\w+\s+)?"
    r"(?:active|operating|present|entrenched)\s+(?:in|across|around|along|throughout)\s+"
    r"(?:the\s+)?(?:[\w'’]+(?:\s+|-)){0,3}$",
    re.IGNORECASE,
)
#: A place told right before a landscape: "near Yatta in the south ".
_A_PLACE_TOLD_BEFORE = re.compile(
    r"\b(?:in|near|at|outside)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?,?\s+"
    r"(?:in|on)\s+the\s+(?:[a-z]+\s+)?$"
)
#: A landscape named after a town ("the south Hebron hills"), lower-case.
_LANDSCAPE_AFTER = re.compile(r"\s+(?:hills|mountains|highlands|foothills|plains)\b")


#: An office told by its seat ("the Health Ministry in Ramallah") ...
_AN_OFFICE_IN = re.compile(
    r"\b(?:ministry|agency|office|department|directorate|commission|committee|mission|command|"
    # ("Police in Katsina confirmed 'an incident of kidnapping'")
    r"spokes(?:man|woman|person)|police|officials|authorities)\s+"
    r"(?:in|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: ... that tells of the event ("... said", "... put the toll at").
_TELLS = re.compile(
    r",?\s+(?:(?:later|also|earlier|first)\s+)?(?:said|says|reported|told|announced|confirmed|"
    r"added|put|gave|stated)\b"
)


#: Where a statement or a briefing was given, even inside the trigger's own phrase
#: ("condemned the attack in a statement issued in Gusau").
_WHERE_TOLD = re.compile(
    r"(?:\b(?:statement|communiqu[eé]|press release|(?:news|press) conference|briefing)"
    r"(?:\s+(?:issued|released|read|held|given|published))?|"
    # ("..., according to a security source in Fada N'Gourma")
    r"\baccording to (?:an?|the|one|two|three) (?:[\w-]+ ){0,2}(?:sources?|officials?|"
    r"spokes(?:man|woman|person)|officers?))\s+(?:in|at|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: ... a local source's, who may be where the event was ("a security source in Fada").
_A_SOURCE = re.compile(r"\baccording to\b[^.;]{0,40}$", re.IGNORECASE)


#: Verbs of one who tells of an event, whose place is not the event's.
TELLING_VERBS = frozenset(
    {"say", "tell", "report", "announce", "state", "claim", "confirm", "add", "deny",
     "accuse", "allege", "identify", "testify", "describe", "recall", "believe", "think",
     "know", "learn", "hear", "see", "witness", "condemn", "blame", "warn", "explain"}
)  # fmt: skip


#: A clause telling another's report of another deed: ", as Ukraine's military reported
#: intense fighting around".
_ANOTHER_TELLING = re.compile(
    r",\s+(?:as|while|even as|whereas)\s+[^.;,]{0,80}?\b(?:reported|said|announced|claimed|"
    r"reports|says|announces|claims)\b",
    re.IGNORECASE,
)


def _before_another_telling(
    doc: Doc, mention: EventMention, candidates: list[Toponym]
) -> list[Toponym]:
    """The places told before a clause giving another's report of another deed, where there
    are any ("Russian glide bombs killed three people in ... Kramatorsk ..., as Ukraine's
    military reported intense fighting around the nearby city of Kostiantynivka")."""
    text = text_of(doc)
    turn = _ANOTHER_TELLING.search(text, mention.trigger.end, mention.end)
    if turn is None:
        return candidates
    before = [t for t in candidates if t.end <= turn.start()]
    return before or candidates


def _trigger_head(doc: Doc, mention: EventMention) -> Token | None:
    """The trigger's head word, or its clause's verb when it is the subject ("gunmen killed
    a man in Kismayo")."""
    span = doc.char_span(mention.trigger.start, mention.trigger.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    head = span.root
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
    return head


def _trigger_phrase(head: Token | None) -> tuple[int, int]:
    """Character bounds of the trigger's phrase (its head's syntactic subtree)."""
    if head is None:
        return (0, 0)
    if head.dep_ == "relcl" and head.head.lemma_.lower() in _DEED_NOUNS:
        head = head.head  # ("a bombing in Jalalabad city on Sunday that killed": the deed's)
    subtree = list(head.subtree)
    return subtree[0].idx, subtree[-1].idx + len(subtree[-1])


#: Nouns of a deed a relative clause's trigger tells more of.
_DEED_NOUNS = frozenset(
    {"attack", "bombing", "blast", "explosion", "strike", "airstrike", "raid", "ambush",
     "assault", "shelling", "clash", "massacre"}
)  # fmt: skip


def _of_the_trigger(doc: Doc, head: Token | None, tps: list[Toponym]) -> list[Toponym]:
    """The passage's places less those of the one who tells or acts around the event ("a
    shopkeeper in Kabul said the attack on the market in Kandahar ...", "the owner of an
    agency in Junction City identified the man who rented the truck used in the bombing of
    the Oklahoma City federal building"): places in the subject of a verb of telling the
    trigger's clause hangs from, when another place is left."""
    if head is None:
        return tps
    theirs: list[tuple[int, int]] = []
    for ancestor in head.ancestors:
        if ancestor.lemma_.lower() not in TELLING_VERBS:
            continue  # "students at campuses in Cairo organised protests": their place
        for child in ancestor.children:
            if child.dep_ in ("nsubj", "nsubjpass") and child not in head.ancestors:
                subtree = list(child.subtree)
                if head not in subtree:
                    theirs.append((subtree[0].idx, subtree[-1].idx + len(subtree[-1])))
    kept = [t for t in tps if not any(a <= t.start and t.end <= b for a, b in theirs)]
    # (the place a kept one lies in, after its comma, stays: "a hall in Valhalla, Pretoria")
    after = [
        t for t in tps if any(re.fullmatch(r",\s*", text_of(doc)[k.end : t.start]) for k in kept)
    ]
    kept += [t for t in after if t not in kept]
    return sorted(kept, key=lambda t: t.start) or tps


def _road_end(doc: Doc, tp: Toponym) -> int:
    """Which end of a road named after two towns the place is ("the Kuajok-Wau road", "the
    road from Kuajok to Wau": Kuajok 1, Wau 2), 0 for none: the towns a road joins, not
    where on it the event was."""
    window = (text_of(doc), max(0, tp.start - 60), tp.end + 60)
    for road in itertools.chain(ROAD.finditer(*window), ROAD_BETWEEN.finditer(*window)):
        for end in (1, 2):
            if road.start(end) <= tp.start and tp.end <= road.end(end):
                return end
    return 0


def _first_ends(doc: Doc, tps: list[Toponym]) -> list[Toponym]:
    """The places less the second ends of roads whose first end is a known place; less
    both ends where the spot is told by its distance from a place ("on the road between Mora
    and Kolofata, about 10 kilometres from Kolofata": near Kolofata)."""
    if not any(t.place is not None and _road_end(doc, t) == 1 for t in tps):
        return tps
    measured = [
        t
        for t in tps
        if t.place is not None
        and _road_end(doc, t) == 0
        and _A_DISTANCE_FROM.search(text_of(doc), max(0, t.start - 40), t.start)
    ]
    if measured:
        return [t for t in tps if _road_end(doc, t) == 0]
    return [t for t in tps if _road_end(doc, t) != 2]


#: A spot told by its distance from a place: "about 10 kilometres from", "5km outside".
_A_DISTANCE_FROM = re.compile(
    r"\b\d+(?:\.\d+)?\s*(?:km|kms|kilometres?|kilometers?|miles?)\s+(?:from|outside|short of)"
    r"\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?$",
    re.IGNORECASE,
)


def _country_modifier(doc: Doc, tp: Toponym) -> bool:
    """A country named as who acts ("US-led", "US drone", "a drone strike by the United
    States") or whose people were hit ("U.S. citizens"), never where; nor is a city that
    names a gang ("the Medellin cartel")."""
    after = text_of(doc)[tp.end : tp.end + 30]
    if _CARTEL.match(after) or _BACKER_AFTER.match(after):
        return True  # (a capital told as a backer: "the Riyadh-backed government")
    if _THE_GROUP.match(after) and _THE_BEFORE.search(text_of(doc), max(0, tp.start - 6), tp.start):
        return True  # "controlled by the Sinaloa group": a gang's name
    before = text_of(doc)[max(0, tp.start - 10) : tp.start]
    return (
        tp.place is not None
        and tp.place.feature_code == "PCLI"
        and bool(_COUNTRY_MODIFIER.match(after) or _BY.search(before))
    )


_BY = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)


_CARTEL = re.compile(r"\s+(?:drug\s+)?cartels?\b", re.IGNORECASE)
#: A place's name as a backer's: "Riyadh-backed", "Tehran-aligned", "Moscow-brokered".
_BACKER_AFTER = re.compile(
    r"-(?:backed|led|aligned|allied|supported|funded|sponsored|brokered|mediated|installed)\b",
    re.IGNORECASE,
)
#: ... or a gang told as "the X group": "controlled by the Sinaloa group".
_THE_GROUP = re.compile(r"\s+(?:group|gang|faction|clan)\b(?!\s+of\b)", re.IGNORECASE)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def _precision(doc: Doc, tp: Toponym) -> int:
    before = text_of(doc)[max(0, tp.start - 60) : tp.start]
    after = text_of(doc)[tp.end : tp.end + 20]
    if _NEAR_BEFORE.search(before) or _NEAR_AFTER.match(after):
        return 2
    return 1


def _rank(place: Place) -> int:
    """Specificity: towns before regions before countries."""
    if place.feature_class == "P":
        return 0
    return 1 if place.feature_code in REGION_CODES else 2


#: Two regions whose shared border a place lies on: "near Torbung on the border of Manipur's
#: Churachandpur and Bishnupur districts" (one place, not one event in each).
_BORDER_OF_BEFORE = re.compile(
    r"\b(?:on|along|at|near) the (?:border|boundary) (?:of|between) (?:[\w'’-]+\s+){0,2}$",
    re.IGNORECASE,
)
_AND_BETWEEN = re.compile(r"\s*(?:,\s*)?(?:and|&)\s+")


def _one_border(doc: Doc, chosen: list[Toponym]) -> list[Toponym]:
    """The second of two regions told as sharing the border the event was on is dropped."""
    text = text_of(doc)
    return [
        t
        for i, t in enumerate(chosen)
        if not (
            i
            and _AND_BETWEEN.fullmatch(text, chosen[i - 1].end, t.start)
            and _BORDER_OF_BEFORE.search(
                text, max(0, chosen[i - 1].start - 60), chosen[i - 1].start
            )
        )
    ]


def locate(
    doc: Doc,
    mention: EventMention,
    toponyms: list[Toponym],
    gazetteer: Gazetteer,
    focus: str | None = None,
    *,
    abroad: bool = True,
) -> list[Location]:
    """Where the event of `mention` happened: one Location per distinct place (at least one).
    `focus`: the source's country (as for `geoparse`), the answer when the text names none;
    `abroad`: whether a town outside it may still be the event's (not when the country is
    sure: a town abroad is then the namesake of a village at home the gazetteer lacks)."""
    toponyms = [_the_capital(doc, t, gazetteer) for t in toponyms]
    inside = [
        t
        for t in toponyms
        if t.place is not None
        # "Africa", "the Mediterranean", "the Sahel": never where an event is coded
        and t.place.feature_code not in AREA_CODES
        and mention.start <= t.start
        and t.end <= mention.end
    ]
    head = _trigger_head(doc, mention)
    phrase = _trigger_phrase(head)
    candidates = [
        t
        for t in inside
        if _is_event_place(
            doc,
            t,
            mention.start,
            phrase[0] <= t.start and t.end <= phrase[1],
            mention.trigger.start,
        )
    ]
    # (a country told as a border is beside the place: "near Fino, close to the Somalia
    # border")
    candidates = [
        t
        for t in candidates
        if not (t.place is not None and t.place.feature_code == "PCLI" and _beside(text_of(doc), t))
        and not _another_citys_quarter(doc, t, toponyms)
    ]
    if mention.event_type in ("Protests", "Riots"):
        # (not the places a crowd's demands name: "marched ..., calling for the sieges of
        # Dilling and Kadugli to be broken")
        candidates = [
            t
            for t in candidates
            if not _DEMANDS_BEFORE.search(text_of(doc), max(0, t.start - 140), t.start)
        ] or candidates
        # (nor where the crowd came from, where its sentence says where it gathered:
        # "residents of the Sudzha and Korenevo districts held a rally ... in Kursk")
        gathered = [
            t
            for t in candidates
            if _GATHERED_IN.search(text_of(doc), max(0, t.start - 60), t.start)
            and t.start > mention.trigger.start
        ]
        if gathered:
            candidates = [
                t
                for t in candidates
                if not (
                    _CROWD_OF.search(text_of(doc), max(0, t.start - 80), t.start)
                    and t.end < mention.trigger.start
                )
            ]
    candidates = _before_another_telling(doc, mention, candidates)
    candidates = _of_the_trigger(doc, head, candidates)
    if head is not None and head.pos_ in ("NOUN", "PROPN"):
        # "Violence in the West Bank has surged since the attack on southern Israel": an
        # event told by its noun is where its own phrase says, not where a clause before it
        own = [t for t in candidates if phrase[0] <= t.start and t.end <= phrase[1]]
        if own:
            candidates = [t for t in candidates if t.start >= phrase[0]]
    told = [t for t in candidates if _fronted_telling(doc, t)]
    if len(told) < len(candidates):
        candidates = [t for t in candidates if t not in told]  # the told event names its own
    ends = [t for t in candidates if _road_end(doc, t)]
    # (a town on the road, not the region both ends lie in: "on the road between San Miguel
    # Totolapan and Ciudad Altamirano in Guerrero state")
    if ends and any(
        t not in ends and (t.place is None or t.place.feature_class != "A") for t in candidates
    ):
        candidates = [t for t in candidates if t not in ends]  # a place on the road is named
    # Somewhere on the road: coded, as ACLED mostly does, near the end named first (the
    # other end when the first is a place the gazetteer lacks)
    candidates = _first_ends(doc, candidates)
    candidates = _without_landmarks(doc, candidates, mention.trigger.start)
    candidates = _without_namesake_districts(doc, candidates)
    lacking = [
        t for t in toponyms if t.place is None and mention.start <= t.start and t.end <= mention.end
    ]
    source = gazetteer.country_code(focus) if focus else None
    candidates = _past_the_dateline(doc, candidates, lacking, gazetteer, source)
    event_places = _one_country(_unbracketed(doc, candidates), toponyms, source)
    event_places = _without_lone_namesakes(doc, event_places, toponyms)
    event_places = event_places if abroad else _at_home(event_places, source)
    namesakes = _namesakes(doc, toponyms)
    event_places = [t for t in event_places if t.text not in namesakes]
    chosen = _most_specific(_inside_the_next(doc, event_places))
    chosen = _parts_of_one_city(doc, chosen, candidates)
    chosen = _one_border(doc, chosen)
    if chosen:
        # A place in brackets stands in for an unknown one before it ("Kourpelle (Kongoussi,
        # Bam)"): near it, not in it.
        return [
            _moved(
                doc,
                t,
                _location(
                    t.place,
                    max(_precision(doc, t), 2 if _in_brackets(doc, t) or t in ends else 1),
                    t,
                    gazetteer,
                ),
            )
            for t in chosen
            if t.place
        ]
    where = _first_ends(
        doc,
        [t for t in toponyms if not _country_modifier(doc, t) and t.text not in namesakes],
    )
    capital = _the_capital_told(doc, mention, toponyms, gazetteer, source)
    if capital is not None:
        return [capital]
    if _UNNAMED_SMALL.search(text_of(doc), mention.start, mention.end):
        # "entered the town": not the capital or a city of millions told of before; with
        # no other town or region before the passage, only the country is known
        big = [
            t.place
            for t in where
            if t.place is not None and _big_city(t.place) and not _beside(text_of(doc), t)
        ]
        where = [t for t in where if t.place is None or not _big_city(t.place)]
        local = [t for t in where if t.place and _rank(t.place) < 2 and t.start < mention.start]
        if big and not local:
            home = gazetteer.country(big[-1].country_code) if big[-1].country_code else None
            if home is not None:
                return [_location(home, 3, None, gazetteer)]
    if not abroad:
        where = _at_home(where, source)
    where = _beyond_the_desk(doc, where, mention)
    # (not a landmark a town named before is told by: "Merawi, about 30 km south of the
    # regional capital Bahir Dar" ... "took control of the town")
    usable = _without_landmarks(doc, _usable(doc, where, mention))
    # a roundup's story under its own dateline borrows no place from the story before it
    section = section_bounds(text_of(doc), mention.start)[0]
    usable = [t for t in usable if t.start >= section] or usable
    desk = [t for t in _filed_from(doc, toponyms)[0] if t.place is not None]
    desk_lands = {t.place.country_code for t in desk if t.place is not None}
    if (
        desk
        and not any(t.place is not None for t in usable)
        and not _unplaced_area(doc, lacking)
        and all(t.place.country_code in desk_lands for t in where if t.place is not None)
        # (not a desk abroad, where the report's forces are another country's: "DAKAR,
        # Senegal (AP) - ... rebels ambushed a Malian army convoy near ... Anefis")
        and (source is None or source in desk_lands)
    ):
        # the story's own town only in its headline ("MOGADISHU, 14 January - ... a hotel in
        # the capital's Hodan district"): the desk's town, not the whole country
        usable = desk
    if _unplaced_town(doc, lacking):
        # "captured the town of Nyabiondo in Masisi territory": a town the gazetteer lacks
        # is none the article named before; its region, if one is told, is the best guess
        usable = [t for t in usable if t.place is not None and _rank(t.place) >= 1]
    paragraph = paragraph_start(text_of(doc), mention.start)
    item = list_item_start(text_of(doc), mention.start)
    if item is not None:
        paragraph = max(paragraph, item)  # a list's item is a paragraph of its own
    return [_fallback(where, usable, mention, gazetteer, focus, paragraph, text_of(doc))]


#: "the capital" the passage tells with no country: the capital of the report's country,
#: or near it ("in Ashulia, on the outskirts of the capital").
_THE_CAPITAL_WORD = re.compile(
    r"\b(?P<near>outskirts of|near|around|just outside|north of|south of|east of|west of)?\s*"
    r"the capital\b(?! of\b)(?!['’]s)(?!,? (?-i:[A-Z]))",
    re.IGNORECASE,
)


def _the_capital_told(
    doc: Doc,
    mention: EventMention,
    toponyms: list[Toponym],
    gazetteer: Gazetteer,
    source: str | None,
) -> Location | None:
    """A passage naming no place but "the capital": the capital of the report's country."""
    found = _THE_CAPITAL_WORD.search(text_of(doc), mention.start, mention.end)
    if found is None:
        return None
    codes = Counter(
        t.place.country_code for t in toponyms if t.place is not None and t.place.country_code
    ).most_common(1)
    code = codes[0][0] if codes else source
    capital = gazetteer.capital(code) if code else None
    if capital is None:
        return None
    return _location(capital, 2 if found.group("near") else 1, None, gazetteer)


#: A country named for its capital: "Somalia's capital", "the capital of Somalia", "Kenya's
#: parliament" (not "Somalia's capital Mogadishu", which names it).
_CAPITAL_AFTER = re.compile(
    r"['’]s (?:capital|capital city|parliament|national assembly|presidential palace)\b"
    r"(?!,? [A-Z])"
)
_CAPITAL_BEFORE = re.compile(r"\bthe capital(?: city)? of $", re.IGNORECASE)


def _the_capital(doc: Doc, tp: Toponym, gazetteer: Gazetteer) -> Toponym:
    if tp.place is None or tp.place.feature_code != "PCLI":
        return tp
    text = text_of(doc)
    before = _CAPITAL_BEFORE.search(text, 0, tp.start) and not text.startswith(("'s", "’s"), tp.end)
    if not (_CAPITAL_AFTER.match(text, tp.end) or before):
        return tp  # ("the capital of Myanmar's western Rakhine state": the state's)
    capital = gazetteer.capital(tp.place.country_code)
    return dataclasses.replace(tp, place=capital) if capital is not None else tp


def _past_the_dateline(
    doc: Doc,
    tps: list[Toponym],
    lacking: list[Toponym],
    gazetteer: Gazetteer,
    home: str | None = None,
) -> list[Toponym]:
    """The passage's places less the dateline's when it names a town or region of its own:
    "PESHAWAR, Pakistan (AP) - Militants attacked a checkpost in Bannu" is in Bannu. With
    only a country besides, the dateline's town stays the best guess (`lacking`: the
    passage's names the gazetteer could not place), unless the report's forces are another
    country's (`home`, its code: "DAKAR, Senegal (AP) - ... ambushed a Malian army convoy")."""
    desk, rest = _filed_from(doc, tps)
    if desk and any(t.place and _rank(t.place) < 2 for t in rest):
        return rest
    if desk and home and all(t.place and t.place.country_code != home for t in desk):
        return rest
    # "BAMAKO (AFP) - ... an army camp in central Mali": a part of the country the passage
    # points to is no place for the desk's town
    pointed = any(
        t.place
        and _rank(t.place) == 2
        and _PART_OF.search(text_of(doc)[max(0, t.start - 25) : t.start])
        for t in rest
    )
    # ("PESHAWAR (AP) - Militants attacked a post in the North Waziristan district")
    if desk and _unplaced_area(doc, lacking):
        # the desk's country still holds when nothing else names one
        homes = [
            dataclasses.replace(t, place=home)
            for t in desk
            if t.place and t.place.country_code
            for home in [gazetteer.country(t.place.country_code)]
            if home is not None
        ]
        return rest if any(t.place for t in rest) else homes[:1]
    return rest if desk and pointed else tps


def _unplaced_area(doc: Doc, tps: list[Toponym]) -> bool:
    """A district or region named that the gazetteer lacks ("in the North Waziristan
    district"), or a town told as one ("an attack on the town of Petite-Rivière-de-
    l'Artibonite"): still no place for the desk's town."""
    text = text_of(doc)
    return any(
        t.place is None
        and (
            _AREA_AFTER.match(text, t.end)
            or _TOWN_BEFORE.search(text, max(0, t.start - 30), t.start)
        )
        # (not a district of the city itself: "in the capital's Hodan district")
        and not _THE_CITYS.search(text, max(0, t.start - 20), t.start)
        for t in tps
    )


def _unplaced_town(doc: Doc, tps: list[Toponym]) -> bool:
    """A town the gazetteer lacks, told as one ("the town of Nyabiondo")."""
    text = text_of(doc)
    return any(
        t.place is None
        and _TOWN_BEFORE.search(text, max(0, t.start - 30), t.start)
        # ("the nearby town of Wegel Tena" lies by the town told before)
        and not _NEARBY_TOWN.search(text, max(0, t.start - 40), t.start)
        for t in tps
    )


_NEARBY_TOWN = re.compile(
    r"\b(?:nearby|neighbou?ring|adjacent)\s+(?:town|village|city|locality)\s+of\s+$", re.IGNORECASE
)


#: Words before a name that make it a town's or a village's ("the village of Liancourt").
_TOWN_BEFORE = re.compile(
    r"\b(?:town|village|city|locality|commune|hamlet|settlement)\s+of\s+$", re.IGNORECASE
)


#: A word after a name that makes it a district or a region's ("North Waziristan district").
_AREA_AFTER = re.compile(
    rf"\s+(?:{REGION_WORDS}|agency|tribal (?:district|region|agency))\b", re.IGNORECASE
)
#: Words before a country that point to a part of it ("central Mali", "the north of Mali").
_PART_OF = re.compile(
    r"\b(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?|central|the (?:north|south|"
    r"east|west|centre|center) of)\s+$",
    re.IGNORECASE,
)


def _beyond_the_desk(doc: Doc, tps: list[Toponym], mention: EventMention) -> list[Toponym]:
    """The places a passage naming none may borrow, less the dateline's when the report
    names places in another country (the agency's regional desk: "DAKAR (AFP) - ... a
    village in Burkina") or a town or region of its own: not a place of the story."""
    desk, story = _filed_from(doc, tps)
    desks = {t.place.country_code for t in desk if t.place}
    # (up to the passage's paragraph's end: a background's country far below, "The ADF,
    # which is now based in eastern DR Congo", moves no desk abroad)
    para_end = text_of(doc).find("\n\n", mention.end)
    para_end = len(text_of(doc)) if para_end == -1 else para_end
    elsewhere = any(
        t.place and t.place.country_code not in desks for t in story if t.start < para_end
    )
    # a town or region the story names is better than the desk's town ("ABUJA (AP) -
    # Gunmen abducted 20 students in Kebbi state ... in the town of Maga")
    usable = _usable(doc, story, mention)
    own = any(t.place and _rank(t.place) < 2 for t in usable)
    return story if desk and (elsewhere or own or _unplaced_area(doc, usable)) else tps


def _filed_from(doc: Doc, tps: list[Toponym]) -> tuple[list[Toponym], list[Toponym]]:
    """`tps` split into the places of the report's datelines and the others."""
    filed = dateline_spans(text_of(doc))
    desk = [t for t in tps if any(a <= t.start and t.end <= b for a, b in filed)]
    return desk, [t for t in tps if t not in desk]


def _usable(doc: Doc, toponyms: list[Toponym], mention: EventMention) -> list[Toponym]:
    """Places a passage that names none may borrow: any told before it or in it; after it,
    only the event places of its own paragraph ("Police killed two. It happened in
    Bukavu."), not a later paragraph's ("told reporters in Erbil")."""
    end = len(text_of(doc)[: mention.end].rstrip())  # a passage keeps its paragraph's break
    para_end = text_of(doc).find("\n\n", max(mention.start, end))
    para_end = len(text_of(doc)) if para_end == -1 else para_end
    return [
        t
        for t in toponyms
        if (
            (
                t.start < mention.end
                and not _elsewhere(doc, t, paragraph_start(text_of(doc), t.start))
            )
            or (
                mention.end <= t.start < para_end
                and _is_event_place(doc, t, max(mention.end, t.start - 90))
            )
        )
        # (nor a city's quarter read as a namesake far off: "Rio de Janeiro's Penha")
        and not _another_citys_quarter(doc, t, toponyms)
    ]


def _tellers_seat(doc: Doc, tp: Toponym) -> re.Match[str] | None:
    """The office or spokesman a place is told as the seat of, where it tells of the event
    ("The Health Ministry in Ramallah said", "An army spokesman in Kinshasa said")."""
    office = _AN_OFFICE_IN.search(text_of(doc), max(0, tp.start - 30), tp.start)
    return office if office is not None and _TELLS.match(text_of(doc), tp.end) else None


def _a_government_by_its_seat(text: str, tp: Toponym) -> bool:
    """A capital told as its government: "against New Delhi's plan", "which Kigali denies",
    "the coalition of Kinshasa"."""
    return _a_capital(tp) and bool(
        _THE_GOVERNMENTS.match(text, tp.end)
        or (
            _A_CAPITAL_ACTS.match(text, tp.end)
            and not _PLACED_BEFORE.search(text, max(0, tp.start - 12), tp.start)
        )
        # ("an attack by the coalition of Kinshasa": the government by its seat)
        or _SIDE_OF_A_CAPITAL.search(text, max(0, tp.start - 40), tp.start)
        # ("accused Kinshasa of 'deliberately targeting populated areas'")
        or (
            _A_CAPITAL_CHARGED_BEFORE.search(text, max(0, tp.start - 30), tp.start)
            and _CHARGED_WITH_AFTER.match(text, tp.end)
        )
    )


#: Words that charge or call on a government, before its seat's name.
_A_CAPITAL_CHARGED_BEFORE = re.compile(
    r"\b(?:accus\w+|blam\w+|urg\w+|warn\w+|called on|calls on|criticis\w+|criticiz\w+|"
    r"condemn\w+)\s+$",
    re.IGNORECASE,
)
_CHARGED_WITH_AFTER = re.compile(r"\s+(?:of|for|to)\b", re.IGNORECASE)


def _a_capital(tp: Toponym) -> bool:
    return tp.place is not None and tp.place.feature_code == "PPLC"


def _elsewhere(doc: Doc, tp: Toponym, start: int) -> bool:
    """The passage names the place as where the wounded were taken ("evacuated to the
    University of Maiduguri Teaching Hospital"): never the event's."""
    before = text_of(doc)[max(start, tp.start - 120) : tp.start]
    if _RIVERS_AFTER.match(text_of(doc), tp.end) or _cared_for_in(doc, tp):
        return True  # a river's name, a hospital the wounded lie in: never the event's place
    if _BASED_AFTER.match(text_of(doc), tp.end):
        return True  # "a Srinagar-based defence spokesperson": where a teller sits
    if _WHERE_TOLD.search(text_of(doc), max(0, tp.start - 60), tp.start) and not _A_SOURCE.search(
        text_of(doc), max(0, tp.start - 60), tp.start
    ):
        return True  # "Confirming the incident in a statement issued in Minna": where the
        # news was told, no place a passage may borrow
    office = _tellers_seat(doc, tp)
    if office is not None and (office.group(0).lower().startswith("spokes") or _a_capital(tp)):
        return True  # "An army spokesman in Kinshasa said": where the teller sits (a local
        # office tells of its own town: "The health office in Taiz said")
    if _a_capital(tp) and _SIDE_OF_A_CAPITAL.search(text_of(doc), max(0, tp.start - 40), tp.start):
        return True  # "an attack by the coalition of Kinshasa": a side, not a place
    if _an_accord_or_a_slogan(doc, tp):
        return True
    if _DEEDS_DECRIED_BEFORE.search(text_of(doc), max(0, tp.start - 140), tp.start):
        return True  # "to stop the massacres in Beni territory": deeds a crowd decries
    if _A_ROLES_FIELD_BEFORE.search(text_of(doc), max(0, tp.start - 140), tp.start):
        return True  # "a commander responsible for planning attacks ... in the Lower Shabelle
        # region": where his post had him fight, not the event's place
    if _a_capital(tp) and _NOT_EVENT.search(before):
        return True  # "Director of Defence Media Operations ... said in Abuja on Wednesday":
        # the seat of the teller, no place a later passage may borrow
    # (nor where a side fell back to: "the soldiers pulled back towards the main road to
    # Bahir Dar")
    return bool(
        _TAKEN_TO.search(before)
        or _HOSPITAL_TELLER.search(before)
        or (_HEADED.search(before) and _ROAD_TO.search(before))
        or _RETREAT_TO.search(before)
    )


#: A place told as calm, where the passage's violence was not.
_CALM_AFTER = re.compile(
    r"\s+(?:was|were|remained|stayed)\s+(?:(?:largely|relatively|mostly)\s+)?(?:calm(?:er)?|"
    r"quiet(?:er)?)\b",
    re.IGNORECASE,
)


#: Where a side retreated to.
_RETREAT_TO = re.compile(
    r"\b(?:pull\w*\s+back|retreat\w*|withdr[ae]w\w*|fell\s+back|fled)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:to|towards?)\s+(?:the\s+)?(?:(?:main\s+)?(?:road|highway|route)\s+(?:to|towards)\s+|"
    # ("fled towards the hills bordering North Waziristan")
    r"(?:[\w-]+\s+)?(?:hills|mountains|forests?|bush|woods|desert)\s+(?:bordering|near|of|in)\s+)?$",
    re.IGNORECASE,
)


#: A place the passage leaves unnamed, too small to be a big city named elsewhere.
_UNNAMED_SMALL = re.compile(r"\b(?:the|a|that) (?:town|village|hamlet)\b(?! of [A-Z])", re.I)
#: A capital, or a city this populous, is never "the town" of a passage.
BIG_CITY = 1_000_000


def _big_city(place: Place) -> bool:
    return place.feature_code == "PPLC" or place.population >= BIG_CITY


def _in_brackets(doc: Doc, tp: Toponym) -> bool:
    before = text_of(doc)[max(0, tp.start - 80) : tp.start]
    opened = before.rfind("(")
    return opened >= 0 and ")" not in before[opened:]


def _unbracketed(doc: Doc, tps: list[Toponym]) -> list[Toponym]:
    """Places in brackets qualify the one before them ("Eilat (Beer Sheva, HaDarom)",
    "Buulo Xaawo (57km SW of Baidoa)"): they are the event's place only when the text
    outside names nothing as specific in their country."""
    inner = [t for t in tps if t.place and _in_brackets(doc, t)]
    # What a town or region in brackets qualifies lies in its country, not a namesake
    # town abroad; a country in brackets may only spell out an abbreviation ("the US").
    countries = {t.place.country_code for t in inner if t.place and _rank(t.place) < 2}
    outside = [
        t
        for t in tps
        if t.place
        and not _in_brackets(doc, t)
        and (not countries or t.place.country_code in countries)
    ]
    if outside and (
        not inner
        or min(_rank(t.place) for t in outside if t.place)
        <= min(_rank(t.place) for t in inner if t.place)
    ):
        return outside
    # nothing outside in their country: theirs, not a namesake abroad ("clans from
    # Gadabuursi and Issa clashed in Xariirad (57km NW of Borama)")
    return [t for t in tps if not countries or (t.place and t.place.country_code in countries)]


#: The share of an article's places a region's country must pass (a third) for the region to
#: decide the country of the passage's places.
MIN_SHARE_REGION = 0.34


def _without_lone_namesakes(doc: Doc, tps: list[Toponym], article: list[Toponym]) -> list[Toponym]:
    """A town's quarter the gazetteer finds only in a country the report names nowhere else
    ("rallied in the Gombe district" of Kinshasa, in a report on Kinshasa: no Nigerian
    Gombe) is a namesake: the quarter is unknown, the report's town stands."""
    weight = Counter(t.place.country_code for t in article if t.place)
    if not weight:
        return tps
    main, count = weight.most_common(1)[0]
    towns = {t.place.geonameid for t in article if t.place and t.place.feature_class == "P"}
    return [
        t
        for t in tps
        if not (
            t.place is not None
            and t.place.country_code != main
            # (named once, or again by the same name: "the Ghaziabad area ... residents of
            # Ghaziabad" in a report on Nangarhar)
            and all(
                u.text == t.text
                for u in article
                if u.place is not None and u.place.country_code == t.place.country_code
            )
            and count >= LONE_NAMESAKE_SUPPORT
            and _A_QUARTER_AFTER.match(text_of(doc), t.end)
        )
        # a quarter told as a town's, by its possessive ("in Hebron's Old City")
        and not (
            t.place is not None
            and any(
                u is not t
                and u.place is not None
                and u.place.feature_class == "P"  # (a town's; not "Ukraine's Kharkiv")
                and u.end <= t.start
                and _POSSESSIVE_BETWEEN.fullmatch(text_of(doc), u.end, t.start)
                for u in tps
            )
        )
        # a city's quarter, in a report naming a town besides: the town is the place, as
        # ACLED codes it ("in the Tierra Blanca neighborhood" of Culiacan, not Veracruz's
        # Tierra Blanca)
        and not (
            t.place is not None
            and _A_CITY_QUARTER_AFTER.match(text_of(doc), t.end)
            and towns - {t.place.geonameid}
        )
    ]


#: How many places of one country a report names before a quarter abroad is a namesake.
LONE_NAMESAKE_SUPPORT = 3
#: A town's possessive before a name: "Hebron's Old City".
_POSSESSIVE_BETWEEN = re.compile(r"['’]s\s+(?:[a-z]+\s+)?")
#: A city's quarter, told by its word after its name ("the Sussuarana neighbourhood", "the
#: Villa Nueva area of Comayaguela").
_A_CITY_QUARTER_AFTER = re.compile(
    r"\s+(?:neighbou?rhood|quarter|suburb|area\s+of)\b", re.IGNORECASE
)
#: A town's quarter, told by its word after its name.
_A_QUARTER_AFTER = re.compile(
    r"\s+(?:district|commune|neighbou?rhood|quarter|suburb|township|area of)\b", re.IGNORECASE
)


def _one_country(
    tps: list[Toponym], article: list[Toponym], home: str | None = None
) -> list[Toponym]:
    """Places of the passage's own country: the one whose region it names, else the one
    most of its towns and regions lie in, else the article's main one, else the source's
    (`home`, a country code). ("Arabi neighbourhood, Mosul": the Ethiopian Ārabī is not
    meant; "a drone from the direction of Jordan fell near Eilat": Israel.)"""
    countries = {t.place.country_code for t in tps if t.place}
    if len(countries) <= 1:
        return tps
    local = Counter(t.place.country_code for t in tps if t.place and _rank(t.place) < 2)
    weight = Counter(t.place.country_code for t in article if t.place)
    # (a region of a country the article hardly names is a namesake: "Mango, in the Oti
    # prefecture" of Togo, not Ghana's Oti region)
    named = {
        t.place.country_code
        for t in tps
        if t.place
        and t.place.feature_code == "ADM1"
        and (
            weight[t.place.country_code] >= MIN_SHARE_REGION * sum(weight.values())
            # ("San Miguel department, in northern El Salvador": its country told with it)
            or any(
                u.place
                and u.place.feature_code.startswith("PCL")
                and u.place.country_code == t.place.country_code
                for u in tps
            )
        )
    }
    sure: dict[str, float] = {}
    for t in tps:
        if t.place:
            sure[t.place.country_code] = sure.get(t.place.country_code, 0.0) + t.confidence
    keep = max(
        named or countries,
        key=lambda cc: (local[cc], weight[cc], cc == home, sure.get(cc, 0.0), cc),
    )
    return [t for t in tps if t.place and t.place.country_code == keep]


def _at_home(tps: list[Toponym], home: str | None) -> list[Toponym]:
    """The places of `tps` in country `home` (a code), and regions abroad ("a TTP hideout in
    Kunar": Afghanistan); a town abroad is left out ("Medina District" in Mogadishu)."""
    if home is None:
        return tps
    return [
        t
        for t in tps
        if t.place is not None
        and (t.place.country_code == home or t.place.feature_code in REGION_CODES)
    ]


#: Between a place and the town it lies in: "Trinidad in the town of Guihulngan".
_IN_THE = re.compile(
    # (or "the Balata refugee camp in Nablus")
    r"(?:\s+(?:refugee\s+|displacement\s+|IDP\s+)?camp)?"
    r"\s*,?\s*in\s+(?:the\s+(?:[\w-]+\s+)?(?:town|city|municipality|district)\s+of\s+)?",
    re.IGNORECASE,
)
#: How far a place told "in" a town may lie from the town's point and still be in it.
INSIDE_KM = 40.0
_ALSO_IN = re.compile(r"\s*,\s*also\s+in\s+", re.IGNORECASE)
#: ... and from the point of a district named after its town, told as holding it.
AREA_KM = 100.0
#: ... and from the town of a district told as one, in the same province ("in the Dansadau
#: forest area of Maru local government", Dansadau 115 km from Maru town).
DISTRICT_KM = 160.0
_IN_AN_AREA = re.compile(
    r"(?:(?:\s+(?-i:[a-z]+)){0,3}?\s*,?\s*(?:also\s+)?in|"
    # ("in Uri sector of Baramulla district")
    # (or "in the Dansadau forest area of Maru local government")
    r"(?:\s+(?-i:[a-z]+))?\s+(?:sector|tehsil|block|sub-?division|sub-?district|township|area)\s+of)"
    r"\s+(?:the\s+)?"
    # ("the Danube river port of Izmail, in the south of the Odesa region")
    r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+(?:part\s+)?of\s+(?:the\s+)?)?"
    # ("in Sopore in north Kashmir's Baramulla district")
    # (or "in Duhok province's Amedi district")
    r"(?:(?:(?:north|south|east|west)(?:ern)?|central)\s+)?(?:(?-i:[A-Z])[\w-]*"
    r"(?:\s+(?:province|region|state|governorate|county))?['’]s\s+)?",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?]\s")
#: A region told in the possessive: "Manipur's", "Duhok province's".
_POSSESSIVE_AFTER = re.compile(r"(?:\s+(?:province|region|state|governorate|county))?['’]s\s")
#: Between a district and the region told after it: "Nong Chik district, Pattani", "Faskari
#: Local Government Area of Katsina State".
_DISTRICT_THEN_ITS_REGION = re.compile(
    # ("in Faskari Local Government Area of Katsina State")
    rf"\s+(?:{DISTRICT_WORDS})\s*(?:,|\s+of)\s*(?:the\s+)?",
    re.IGNORECASE,
)
#: People told by where they are from: "residents of the Sudzha and Korenevo districts".
_CROWD_OF = re.compile(
    r"\b(?:residents|people|villagers|natives|inhabitants|farmers|families|displaced|"
    r"evacuees)\s+(?:from|of)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+(?:\s+(?:and|,)\s*|,\s+))?$",
    re.IGNORECASE,
)
#: A gathering's own place: "held a rally outside the regional government building in".
_GATHERED_IN = re.compile(
    r"\b(?:in|outside|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:in\s+)?$", re.IGNORECASE
)
#: A compass word before a name, making it the region: "in southern Gaza".
_COMPASS_BEFORE = re.compile(r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+$", re.I)
#: Between a place and the city or region told after it: "Senayan, Central Jakarta".
_THEN_ITS_CITY = re.compile(r"\s*,\s*(?:(?:north|south|east|west|central)\w*\s+)?", re.I)
#: After a place, more of a list: "in Rueso, Narathiwat and Yala".
_A_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b)\s*(?-i:[A-Z])")
#: A sentence opening on its district: "In Dera Ismail Khan, ...".
_OPENING_IN = re.compile(
    r"(?:^|[.!?\n]\s*)(?:(?:Meanwhile|Elsewhere|Separately|Also|Earlier|Later),\s+)?[Ii]n\s+"
    # ("In the provincial capital Jayapura, ...")
    r"(?:the\s+(?:[\w-]+\s+)?(?:capital|city|town)\s+)?$"
)
#: ... or a clause opening on a region named as its main town is ("..., while in Gaza a
#: drone strike on a tent west of Khan Younis killed four").
_CLAUSE_OPENING_IN = re.compile(r",\s+(?:while|whereas|and|as)\s+in\s+$")


def _region_named(place: Place) -> bool:
    """The town gives its name to its region ("Gaza", the Gaza Strip's)."""
    region = place.admin1 or ""
    return (
        place.name == region
        or region.startswith(place.name + " ")
        # (spelt otherwise by GeoNames: the town of Odesa, the region of Odessa)
        or (len(place.name) >= 4 and fuzz.ratio(place.name, region) >= REGION_SPELLING)
    )


#: How alike a town's name and its region's must be to be one name spelt two ways.
REGION_SPELLING = 90


def _holds(area: Place, place: Place, *, district: bool = False) -> bool:
    """Whether a district or region (or the town it is named after) holds `place`; a
    district told as one ("Maru local government") may reach further from its town."""
    if area.feature_class == "A" or _region_named(area):
        # (a region, or a town named as its region is: "near Abala, also in Tillaberi")
        return area.country_code == place.country_code and area.admin1 == place.admin1
    reach = km(area.latitude, area.longitude, place.latitude, place.longitude)
    if district and area.country_code == place.country_code and area.admin1 == place.admin1:
        return reach <= DISTRICT_KM
    return reach <= AREA_KM


#: Between a village and the region told as holding it: " village in ".
_IN_ITS_REGION = re.compile(
    r"(?:\s+(?:village|town|hamlet|settlement|locality))?\s*(?:,\s*|\s+in\s+(?:the\s+)?)",
    re.IGNORECASE,
)


def _namesakes(doc: Doc, toponyms: list[Toponym]) -> frozenset[str]:
    """Towns the report tells as lying in a region the gazetteer's town of that name is not
    in ("Nyaung Kone village in Sagaing Region's Myinmu township", a Nyaung Gon in Yangon):
    namesakes, wherever the name is told again; the village itself is unknown."""
    text = text_of(doc)
    return frozenset(
        x.text
        for x, y in itertools.pairwise(toponyms)
        if x.place is not None
        and y.place is not None
        and x.place.feature_class == "P"
        and y.place.feature_code == "ADM1"
        and x.place.country_code == y.place.country_code
        and x.place.admin1 != y.place.admin1
        and _IN_ITS_REGION.fullmatch(text, x.end, y.start)
    )


def _inside_the_next(doc: Doc, tps: list[Toponym]) -> list[Toponym]:
    """A place told as lying in the town after it is one place: the first, where the
    gazetteer puts it there; the town, where the first is a namesake elsewhere (a village
    the gazetteer lacks)."""
    text = text_of(doc)
    drop: set[int] = set()
    # (a region told in the possessive between them qualifies the next: "near Moirang in
    # Manipur's Bishnupur district")
    # (or "in Duhok province's Amedi district")
    chain = [t for t in tps if not _POSSESSIVE_AFTER.match(text, t.end)]
    for x, y in itertools.pairwise(chain):
        if (
            x.place is not None
            and y.place is not None
            and _IN_AN_AREA.fullmatch(text, x.end, y.start)
            and (
                _AREA_AFTER.match(text, y.end)
                or _ALSO_IN.fullmatch(text, x.end, y.start)
                # ("near the Rafah crossing road in southern Gaza": the region)
                or (_COMPASS_BEFORE.search(text, x.end, y.start) and _region_named(y.place))
            )
            and _holds(y.place, x.place, district=bool(_AREA_AFTER.match(text, y.end)))
        ):
            # "near Diouloulou, in the Bignona department", "near Abala, also in Tillaberi":
            # the district is no second place
            drop.add(id(y))
            continue
        if (
            x.place is not None
            and y.place is not None
            and _DISTRICT_THEN_ITS_REGION.fullmatch(text, x.end, y.start)
            and not _A_LIST_GOES_ON.match(text, y.end)
            and _region_named(y.place)
            and x.place.country_code == y.place.country_code
            and x.place.admin1 == y.place.admin1
        ):
            # "in Nong Chik district, Pattani": the province told after its district, not
            # the town the province is named after
            drop.add(id(y))
            continue
        if (
            x.place is not None
            and y.place is not None
            and _IN_AN_AREA.fullmatch(text, x.end, y.start)
            and _AREA_AFTER.match(text, y.end)
            and x.place.country_code == y.place.country_code
            and x.place.admin1 != y.place.admin1
        ):
            # "near Orchha in Narayanpur district", the gazetteer's Orchha in another state:
            # a village it lacks, in the district told
            drop.add(id(x))
            continue
        if (
            x.place is not None
            and y.place is not None
            and (
                (
                    _OPENING_IN.search(text, max(0, x.start - 45), x.start)
                    and text.startswith(",", x.end)
                )
                or (
                    _CLAUSE_OPENING_IN.search(text, max(0, x.start - 20), x.start)
                    and _region_named(x.place)
                )
            )
            and not _SENTENCE_END.search(text, x.end, y.start)
            and x.place.population > y.place.population
            and _holds(x.place, y.place)
        ):
            # "In Dera Ismail Khan, the bomb squad defused a device ... near Kulachi": the
            # district the sentence opens on holds the place it names
            drop.add(id(x))
            continue
        if (
            x.place is not None
            and y.place is not None
            and _THEN_ITS_CITY.fullmatch(text, x.end, y.start)
            and not _A_LIST_GOES_ON.match(text, y.end)
            and (_region_named(y.place) or y.place.feature_code in ("PPLC", "PPLA"))
            and x.place.country_code == y.place.country_code
            and x.place.admin1 != y.place.admin1
        ):
            # "in Senayan, Central Jakarta", the gazetteer's Senayan in another province: a
            # quarter it lacks, in the city told
            drop.add(id(x))
            continue
        if (
            x.place is None
            or y.place is None
            or y.place.feature_class != "P"
            or not _IN_THE.fullmatch(text, x.end, y.start)
            or _AREA_AFTER.match(text, y.end)  # ("in Zakho district": wider than its town)
        ):
            continue
        near = km(x.place.latitude, x.place.longitude, y.place.latitude, y.place.longitude)
        drop.add(id(y) if near <= INSIDE_KM else id(x))
    return [t for t in tps if id(t) not in drop]


#: Between a place and the landmark that says where it lies: "Konduga, about 25 km
#: southeast of the state capital, Maiduguri", "Mangina, a town 30 km from Beni".
_LANDMARK_BETWEEN = re.compile(
    r"(?:\s+(?:district|province|region|state|county|municipality|zone|governorate|village|"
    r"town|township|camp))?"
    # (the region told between: "west of Fiche in North Shewa zone, barely 150 km from")
    r"(?:\s+in\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}(?:zone|district|province|region|state|"
    r"county|governorate))?"
    r"\s*[,(]\s*(?:(?:a|the) (?:[\w-]+ ){0,2}(?:town|village|city|district|locality|settlement|"
    r"area|community|camp|market town|municipality|commune|township|suburb|neighbou?rhood)\s+"
    r"(?:some\s+|about\s+|located\s+|lying\s+)?)?"
    r"(?:(?:about|some|roughly|around|nearly|approximately|almost|just|over|less than|"
    r"more than|only|barely|just over|just under|little more than)\s+)?"
    r"(?P<n>\d+(?:\.\d+)?|[a-z]+)[ -]?(?P<unit>km|kms|kilometres?|"
    r"kilometers?|miles?)\s+(?:\(\d+\s+\w+\)\s+)?(?:(?:to the\s+)?"
    rf"{_DIRECTIONS}\s+(?:of|from)|from|outside)\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:state|"
    r"provincial|regional|district|county)\s+)?"
    # (a word for the landmark town: "east of the desert town of Murzuq")
    r"(?:(?:[\w-]+\s+)?(?:capital|city|town|village|port)(?:\s+of)?\s*,?\s*)?$",
    re.IGNORECASE,
)


def _without_landmarks(doc: Doc, tps: list[Toponym], deed: int = -1) -> list[Toponym]:
    """The passage's places less those named only to say where the one before them lies
    (a town the gazetteer lacks stays placed by its landmark: it is no candidate; nor is a
    namesake the distance told rules out: "Palmeiras, 70km from Maputo" is no Brazilian
    town), or where a place told before lies. `deed`: where the passage's trigger is; a
    place told after it says where the deed was ("In Gaza, a drone strike on a tent west
    of Khan Younis": by Khan Younis, not in Gaza)."""
    text = text_of(doc)
    out: list[Toponym] = []
    for i, t in enumerate(tps):
        before = tps[i - 1] if i else None
        between = _LANDMARK_BETWEEN.fullmatch(text, before.end, t.start) if before else None
        if before is not None and _landmark(before, t, between):
            continue
        if before is not None and out and out[-1] is before and _too_far(before, t, between):
            # "Pan Kan village, about 20 km east of Kyaukme town", Pan Kan read as a
            # namesake 200 km off: the landmark, moved the distance told, says where
            out.pop()
        if _OF_THE_PLACE_TOLD.search(text, max(0, t.start - 60), t.start):
            continue  # "the eastern edge of the village, north of Ramallah"
        if (
            before is not None
            and not before.end <= deed < t.start
            and _near_landmark(text, before, t)
        ):
            continue  # "Umm al-Khair, in the Masafer Yatta area south of Hebron"
        out.append(t)
    return out


#: Before a name, a place told already and which way it lies from it.
_OF_THE_PLACE_TOLD = re.compile(
    rf"\b(?:the|this|that) (?:village|town|city|camp|area|locality)\s*,\s*(?:(?:about|some) )?"
    rf"(?:\d+\s*(?:km|kms|kilometres?|kilometers?|miles?)\s+)?{_DIRECTIONS}\s+of\s+$",
    re.IGNORECASE,
)
#: A place told as lying a way from the next one named in its sentence.
_WAY_OF = re.compile(
    rf"(?:\b{_DIRECTIONS}\s+of|"
    # ("in Kafr Qaddum, near Qalqilya")
    r",\s*(?:near|close to|not far from)|"
    # ("in the Kenscoff hills above Port-au-Prince")
    r"\s+(?:hills|mountains|highlands|heights|valley|forest|bush|countryside)\s+(?:near|above|"
    r"overlooking|outside|close to))\s+(?:the\s+(?:city|town)\s+of\s+)?$",
    re.IGNORECASE,
)
#: How far a place may lie from the landmark told after it.
NEAR_LANDMARK_KM = 120.0


#: A clause's verb between two places: the second says where its deed was, not where the
#: first lies.
_A_VERB_BETWEEN = re.compile(r"\b(?:was|were|is|are|been|had|has|have)\b", re.IGNORECASE)


#: How far a city told as the way to a place ("X district, south of the city of Y") may lie.
FAR_LANDMARK_KM = 250
_WAY_OF_A_CITY = re.compile(
    rf"(?:\s+(?:district|province|region|governorate|county|area))?\s*,\s*(?:\w+\s+)?"
    rf"{_DIRECTIONS}\s+of\s+the\s+(?:[\w'’-]+\s+){{0,4}}(?:city|town|port|capital)\s+of\s+"
)


def _near_landmark(text: str, place: Toponym, mark: Toponym) -> bool:
    """`mark` is told as what `place` lies a way from, in the same sentence, and is near it."""
    between = text[place.end : mark.start]
    if "." in between or len(between) > 80 or place.place is None or mark.place is None:
        return False
    apart = km(
        place.place.latitude, place.place.longitude, mark.place.latitude, mark.place.longitude
    )
    if _WAY_OF_A_CITY.fullmatch(between):
        # "on the outskirts of Hays district, south of the Red Sea port city of Hodeidah":
        # the city only says where the district lies
        return apart <= FAR_LANDMARK_KM
    if not _WAY_OF.search(between) or _A_VERB_BETWEEN.search(between):
        # (a verb between: "Pama, was attacked on Thursday near Natiaboani": where the deed
        # was)
        return False
    return _rank(place.place) == 0 and apart <= NEAR_LANDMARK_KM


#: How much further than the distance told a place may lie from its landmark.
LANDMARK_SLACK_KM = 60.0


def _within_the_distance(place: Place, mark: Place, between: re.Match[str]) -> bool | None:
    """Whether `place` lies about as far from `mark` as the figure told between them says
    (None where no figure is told: "a few kilometres from")."""
    told = between.group("n")
    if not told.replace(".", "").isdigit():
        return None
    distance = float(told) * (MILE_KM if between.group("unit").startswith("mile") else 1.0)
    apart = km(place.latitude, place.longitude, mark.latitude, mark.longitude)
    return apart <= max(2 * distance, distance + LANDMARK_SLACK_KM)


def _too_far(place: Toponym, mark: Toponym, between: re.Match[str] | None) -> bool:
    """`place` is told as lying a distance from `mark`, and the reading of it lies well
    beyond that distance: a namesake, not the place told."""
    if between is None or place.place is None or mark.place is None:
        return False
    return _within_the_distance(place.place, mark.place, between) is False


def _landmark(place: Toponym, mark: Toponym, between: re.Match[str] | None) -> bool:
    if between is None or place.place is None or mark.place is None:
        return False
    if place.place.country_code != mark.place.country_code:
        return False
    return _within_the_distance(place.place, mark.place, between) is not False


#: A district this far from the town it is told to be in is another town's namesake ("the
#: Dniprovskyi district of Kherson", Kyiv's lying 400 km off); a district of a province
#: ("Al Amadiya district of Duhok") lies within a province's reach.
NAMESAKE_DISTRICT_KM = 150.0


def _without_namesake_districts(doc: Doc, tps: list[Toponym]) -> list[Toponym]:
    """A district told as the next town's ("the Dniprovskyi district of Kherson") that the
    gazetteer places far from it is another city's namesake: the town stands."""
    text = text_of(doc)
    out = []
    for i, t in enumerate(tps):
        nxt = tps[i + 1] if i + 1 < len(tps) else None
        if (
            nxt is not None
            and t.place is not None
            and nxt.place is not None
            # (a town's district, not a country's: "Dibate district of Ethiopia's
            # Benishangul-Gumuz region")
            and nxt.place.feature_code.startswith("PPL")
            and _DISTRICT_OF.match(text, t.end)
            and km(t.place.latitude, t.place.longitude, nxt.place.latitude, nxt.place.longitude)
            > NAMESAKE_DISTRICT_KM
        ):
            continue
        out.append(t)
    return out


def _most_specific(tps: list[Toponym]) -> list[Toponym]:
    """The most specific places named, one per place, regions dropped when a town is named."""
    if not tps:
        return []
    best = min(_rank(t.place) for t in tps if t.place)
    out: list[Toponym] = []
    seen: set[int] = set()
    for t in tps:
        if t.place and _rank(t.place) == best and t.place.geonameid not in seen:
            seen.add(t.place.geonameid)
            out.append(t)
    # a city and a district of it ("Baghdad's district of Sadr City"): the district
    return [t for t in out if not any(_within_city(t, other) for other in out)] or out


#: After a list of places, the word that makes them parts of a city ("in the Crater and
#: Mualla districts").
_PARTS_AFTER = re.compile(
    r"\s+(?:districts|neighbou?rhoods|quarters|suburbs|areas|boroughs|townships)\b", re.IGNORECASE
)


def _parts_of_one_city(doc: Doc, chosen: list[Toponym], candidates: list[Toponym]) -> list[Toponym]:
    """Several districts of a city the passage names, told together ("In Aden, ... in the
    Crater and Mualla districts"): one event, in the city."""
    if len(chosen) < 2 or not _PARTS_AFTER.match(text_of(doc), chosen[-1].end):
        return chosen
    city = next(
        (c for c in candidates if all(_within_city(c, part) for part in chosen)),
        None,
    )
    return [city] if city is not None else chosen


#: How far from a big city's point a place named beside it is one of its districts.
CITY_REACH_KM = 15.0


def _within_city(city: Toponym, part: Toponym) -> bool:
    return (
        city is not part
        and city.place is not None
        and part.place is not None
        and _big_city(city.place)
        and part.place.population < city.place.population
        and km(city.place.latitude, city.place.longitude, part.place.latitude, part.place.longitude)
        <= CITY_REACH_KM
    )


def _fallback(
    toponyms: list[Toponym],
    usable: list[Toponym],
    mention: EventMention,
    gazetteer: Gazetteer,
    focus: str | None,
    paragraph: int = 0,
    text: str = "",
) -> Location:
    """No place in the passage: the town its own paragraph named last before it ("In Ihosy,
    two people were killed ... Hundreds of residents had gathered"), else the article's
    main place (precision 2 at best), or country; with no place it may borrow, the country
    the article's places lie in (`paragraph`: where the passage's paragraph starts)."""
    placed = [t for t in usable if t.place is not None and t.place.feature_code not in AREA_CODES]
    pool = [t for t in placed if t.start < mention.start] or placed
    # (a country told as a border or a neighbour is no place to borrow: "the district, which
    # borders Afghanistan")
    # (nor a capital told as its government: "which Kigali denies")
    pool = [
        t for t in pool if not (text and (_beside(text, t) or _a_government_by_its_seat(text, t)))
    ]
    own = _paragraphs_own(pool, paragraph, mention.start, text, 0)
    if own and own[-1].place is not None:
        loc = _location(own[-1].place, 2, None, gazetteer)
        return dataclasses.replace(loc, precision=max(loc.precision, 2))
    # (else the region its paragraph named before it, not a town of another paragraph: "The
    # arrests came days after fighting ... in Longechuk County of Upper Nile State. The
    # SPLA-IO said its forces repulsed an army attack near Mathiang", in a report from Juba)
    regions = _paragraphs_own(pool, paragraph, mention.start, text, 1)
    if paragraph > 0 and regions and regions[-1].place is not None:
        return _location(regions[-1].place, 3, None, gazetteer)
    if text and ANOTHER_SCENE.match(text, paragraph):
        # ("Separately, OLA fighters attacked an army camp on the outskirts of Begi": another
        # scene, a town the gazetteer lacks; no town told before is its place)
        pool = [t for t in pool if t.place is not None and _rank(t.place) >= 1]
    places = [t.place for t in pool if t.place is not None]
    if not places:
        # (where the home forces' country is known, a dateline's tells only where the report
        # was filed: "DAKAR, Senegal (AP) - ... rebels ambushed a Malian army convoy")
        filed = dateline_spans(text) if text and focus else []
        codes = Counter(
            t.place.country_code
            for t in toponyms
            if t.place is not None
            and t.place.country_code
            and t.place.feature_code != "CONT"
            and not any(s <= t.start < e for s, e in filed)
        ).most_common(1)
        country = gazetteer.country(codes[0][0]) if codes else None
        if country is not None:
            return _location(country, 3, None, gazetteer)
        code = gazetteer.country_code(focus) if focus else None
        home = gazetteer.country(code) if code else None
        return _location(home, 3, None, gazetteer) if home else empty_location()
    counts = Counter(p.geonameid for p in places)
    for rank in (0, 1):
        group = [p for p in places if _rank(p) == rank]
        if group:
            # The most mentioned, the latest mentioned among equals.
            top = max(reversed(group), key=lambda p: counts[p.geonameid])
            loc = _location(top, 2, None, gazetteer)
            return dataclasses.replace(loc, precision=max(loc.precision, 2))
    # (a country named as a border or a neighbour is not where the passage happened: "near
    # the border with Niger", "spilling over from neighbouring Burkina Faso")
    own_countries = [t.place for t in pool if t.place is not None and not _beside(text, t)]
    lands = [p.country_code for p in (own_countries or places) if p.country_code]
    tally = Counter(lands)
    # (the most told, the latest told among equals: not a headline's "US strikes in Puntland"
    # over the dateline's "BOSASO, Somalia")
    latest = max(reversed(lands), key=lambda c: tally[c]) if lands else None
    country = gazetteer.country(latest) if latest else None
    return _location(country, 3, None, gazetteer) if country else empty_location()


def _paragraphs_own(
    pool: list[Toponym], paragraph: int, before: int, text: str, rank: int
) -> list[Toponym]:
    """The places of `rank` (towns 0, regions 1) the passage's paragraph named before it,
    not where travellers were headed ("travelling ... to the capital Addis Ababa")."""
    return [
        t
        for t in pool
        if paragraph <= t.start < before
        and t.place is not None
        and _rank(t.place) == rank
        and not (text and _HEADED.search(text, max(0, t.start - 80), t.start))
    ]


#: A police range or zone an official heads, in brackets after the title.
_AN_OFFICES_RANGE = re.compile(
    r"\s+(?:range|zone|circle|division)\)"
    # (or its officer after it: "Bastar range Inspector General of Police P Sundarraj said")
    r"|\s+(?:range|zone)\s+(?:Inspector|IG|IGP|DIG|Deputy|Superintendent|SP\b|Commissioner)"
    # (or a district's police: "Imphal East police arrested three cadres from Khurai")
    r"|(?:\s+(?:East|West|North|South))?\s+(?:district\s+)?police\s+(?:have\s+|had\s+)?"
    r"(?:arrested|detained|said|say|says|recovered|seized|launched|registered|filed)\b",
    re.IGNORECASE,
)
#: A clause telling an earlier deed, after the year it dates: "since late October 2025, when".
_BACK_WHEN = re.compile(
    r"\bsince\s+(?:[\w-]+\s+){0,3}(?:19|20)\d\d,?\s+when\b[^.;]*$", re.IGNORECASE
)
#: Words around a country named as a border or a neighbour.
_BORDER_BEFORE = re.compile(
    r"\b(?:borders?\s+with|bordering|neighbou?ring|adjoining|(?:which|that)\s+borders)\s+"
    # (the later ones of a list: "near the border with Niger and Nigeria")
    rf"(?:the\s+)?{_LISTED_BEFORE}$",
    re.IGNORECASE,
)
_BORDER_AFTER = re.compile(r"\s+(?:border|frontier)\b", re.IGNORECASE)


def _beside(text: str, tp: Toponym) -> bool:
    """A country told as a border or a neighbour ("near the Niger border")."""
    return bool(
        _BORDER_BEFORE.search(text, max(0, tp.start - 60), tp.start)
        or _BORDER_AFTER.match(text, tp.end)
    )
