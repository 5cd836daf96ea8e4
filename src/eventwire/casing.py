"""Reports written in capitals ("THREE SUBVERSIVES WERE KILLED ... IN USULUTAN AND MORAZAN
DEPARTMENTS"): wire services filed them so for decades, and archives keep them so. Every
word of such a text looks like a name: the parser and the place finder would take "JUSTICE"
and "COUNCIL" for towns and "IS" for the Islamic State. Such paragraphs get their case back
before they are read: words lower case, sentences opened with a capital, and capitals kept
for what is a name: places the gazetteer knows that are no English word (or are countries,
regions and cities large enough to be told of by name: "Paris"), month and day names, and
words no English dictionary has ("Rodriguez"; short ones are acronyms: "FMLN").

Only the case of letters changes, so every offset into the text still holds; a paragraph's
opening dateline ("SAN SALVADOR, 3 JAN 90 --") is left in capitals, as datelines are.
"""

from __future__ import annotations

import calendar
import itertools
import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS

from .datelines import dateline_spans
from .geo.gazetteer import Candidate, Gazetteer
from .geo.parts import COMPASS
from .nlp import lemma_lookups

#: A paragraph is read as written in capitals when this share of its letters are.
CAPITALS_SHARE = 0.9
#: ... and it has this many letters (a lone "UPDATE" or "NEWS" line is no report).
CAPITALS_MIN_LETTERS = 40
#: A place that is an English word too ("Independence", "Mobile") keeps its capital only
#: when it is a country or a region or has this many people ("Paris").
COMMON_WORD_PLACE_MIN_POP = 200_000
#: Words that make a region's name only with a name ("Eastern Region" is no name in a text
#: in capitals; "Eastern Equatoria" is).
_GENERIC = COMPASS | frozenset(
    {"middle", "greater", "new", "region", "province", "state", "district", "capital",
     "county", "city", "governorate", "department", "territory", "islands", "island", "coast"}
)  # fmt: skip
#: Nouns that are names of large places too, but are told of in news as the nouns.
_COMMON_NOUNS = frozenset(
    {"son", "valley", "gulf", "luck", "bride", "monster", "lion", "reunion", "paradise",
     "marina", "sale", "van", "mango", "unity", "trinity", "delta", "plateau", "victoria"}
)  # fmt: skip
#: Unknown words this short, with no vowel or in brackets, are acronyms ("FMLN", "[PCN]").
ACRONYM_MAX = 5
#: Words of a place name, at most.
NAME_MAX_WORDS = 4

_PARAGRAPH = re.compile(r"(?:[^\n]|\n(?![ \t]*\n))+")
_WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[A-Za-z][A-Za-z'’]*")
_VOWEL = re.compile(r"[aeiouy]")
# What comes before a sentence's first word: the text's start or a sentence's end, then
# maybe bracketed tags ("[Text]"); or an opening bracket.
_SENTENCE_END = re.compile(
    r"(?:(?P<last>\S*)[.!?:]['\"’”)\]]*\s+|^\s*)(?:\[[^\[\]]*\]\s*)*$|[\[(]\s*$"
)
#: Words a full stop ends that end no sentence ("U.S. officials", "Col. Quintero").
_ABBREVIATION = re.compile(r"(?i)(?:[a-z]\.)+[a-z]|mr|mrs|dr|st|no|lt|gen|col|maj|sgt|sen|gov|rev")
#: Month and day names that are English words too: names only by a date ("30 MAY").
_AMBIGUOUS_CALENDAR = frozenset({"may", "march", "mar", "sun", "sat", "wed"})
_CALENDAR = (
    frozenset(
        name.lower()
        for names in (
            calendar.month_name,
            calendar.month_abbr,
            calendar.day_name,
            calendar.day_abbr,
        )
        for name in names
        if name
    )
    - _AMBIGUOUS_CALENDAR
)
_DATE_BEFORE = re.compile(r"(?i)(?:\d|\bin|\bof|\blast|\bnext|\bsince|\buntil|\bearly|\blate)\s+$")


def restore_case(text: str, gazetteer: Gazetteer) -> str:
    """`text` with each paragraph written in capitals given its case back (see the module
    note); other paragraphs as they are. Same length, same offsets."""
    out = list(text)
    # in a report written all in capitals, a short paragraph is cased too ("THE ATTACK
    # OCCURRED AT 1545 GMT."); elsewhere a short one in capitals is a heading, left alone
    shortest = 1 if _in_capitals(text) else CAPITALS_MIN_LETTERS
    for m in _PARAGRAPH.finditer(text):
        paragraph = m.group(0)
        if not _in_capitals(paragraph, shortest):
            continue
        opening = len(paragraph) - len(paragraph.lstrip())
        keep = next((end for start, end in dateline_spans(paragraph) if start == opening), 0)
        cased = _cased(paragraph[keep:], gazetteer)
        out[m.start() + keep : m.end()] = cased
    return "".join(out)


def _in_capitals(text: str, shortest: int = CAPITALS_MIN_LETTERS) -> bool:
    letters = [c for c in text if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return len(letters) >= shortest and upper >= CAPITALS_SHARE * len(letters)


def _cased(text: str, gazetteer: Gazetteer) -> str:
    words = list(_WORD.finditer(text))
    out = list(text.lower())
    forms: dict[int, str] = {}  # by word index: how each word outside a place name is cased
    i = 0
    while i < len(words):
        span = _place_name(text, words, i, gazetteer)
        if span > 1:
            for w in words[i : i + span]:
                if w is words[i] or w.group(0).lower() not in STOP_WORDS:
                    _title(out, w.start())  # "Republic of El Salvador"
            i += span
            continue
        word = words[i]
        forms[i] = _form(word.group(0), text, word.start(), word.end(), gazetteer)
        if forms[i] == "upper":
            out[word.start() : word.end()] = _POSSESSIVE.sub(
                lambda m: m.group(0).lower(), word.group(0).upper()
            )
        elif forms[i] in ("title", "place", "name") or _opens_sentence(
            text[max(0, word.start() - 120) : word.start()]
        ):
            _title(out, word.start())
        i += 1
    # a word of the dictionary that is a name too, beside a name it has none of: a
    # person's name or title ("ERIKA SULLIVAN", "ARCHBISHOP OSCAR ROMERO"), or before a
    # surname that is a place too ("SILVIA AYALA")
    for k, word in enumerate(words):
        if (
            forms.get(k) == "lower"
            and word.group(0).lower() in _lexicon()[1]
            and _beside_name(text, words, forms, k)
        ):
            _title(out, word.start())
    return "".join(out)


def _beside_name(text: str, words: list[re.Match[str]], forms: dict[int, str], k: int) -> bool:
    """Whether the k-th word is next to a word in no dictionary, or just before a place's
    name, with one space between."""
    for j, kinds in ((k - 1, ("name",)), (k + 1, ("name", "place"))):
        if 0 <= j < len(words) and forms.get(j) in kinds:
            a, b = sorted((words[j], words[k]), key=lambda w: w.start())
            if text[a.end() : b.start()] in (" ", "\n"):
                return True
    return False


def _opens_sentence(before: str) -> bool:
    m = _SENTENCE_END.search(before)
    return m is not None and not (m.group("last") and _ABBREVIATION.fullmatch(m.group("last")))


def _title(out: list[str], at: int) -> None:
    out[at] = out[at].upper()
    # "O'NEILL" → "O'Neill"
    if at + 2 < len(out) and out[at + 1] in "'’":
        out[at + 2] = out[at + 2].upper()


def _place_name(text: str, words: list[re.Match[str]], i: int, gazetteer: Gazetteer) -> int:
    """How many words from the i-th make a place name the gazetteer knows (longest first),
    two at least; 0 for none. A name neither opens nor ends with a function word."""
    for n in range(min(NAME_MAX_WORDS, len(words) - i), 1, -1):
        run = words[i : i + n]
        gaps = (text[a.end() : b.start()] for a, b in itertools.pairwise(run))
        if any(gap != "-" and (gap.strip() or not gap) for gap in gaps):
            continue
        first, last = run[0].group(0).lower(), run[-1].group(0).lower()
        if first in STOP_WORDS or last in STOP_WORDS:
            continue
        places = gazetteer.lookup(text[run[0].start() : run[-1].end()])
        lower = [w.group(0).lower() for w in run]
        if places and (
            any(not is_common(w) for w in lower)
            or any(c.place.feature_code.startswith("PCL") for c in places)
            or (not set(lower) <= _GENERIC and any(_known(c) for c in places))
        ):
            return n  # "San Miguel", "United States", "New York"; not "Eastern Region"
    return 0


def _known(candidate: Candidate) -> bool:
    """A country, a region or a city large enough to be told of by its name alone."""
    place = candidate.place
    return (
        place.feature_code.startswith(("PCL", "ADM1"))
        or place.population >= COMMON_WORD_PLACE_MIN_POP
    )


def _form(word: str, text: str, start: int, end: int, gazetteer: Gazetteer) -> str:
    """How a word written in capitals is written: "upper", "title" or "lower"; "place" for
    a place's name and "name" for a word in no dictionary, both written in title case."""
    lower = _POSSESSIVE.sub("", word.lower())  # "COLOMBIA'S": Colombia's
    if "." in word:
        return "upper"  # "U.S.", "U.N."
    if len(word) <= ACRONYM_MAX and lower not in STOP_WORDS and _bracketed(text, start, end):
        return "upper"  # "(ARENA)", "(UC-ELN)"
    if lower in _CALENDAR or (
        lower in _AMBIGUOUS_CALENDAR
        and (
            re.match(r"\s*\d", text[end : end + 4])
            or _DATE_BEFORE.search(text[max(0, start - 12) : start])
        )
    ):
        return "title"  # "30 MAY", "IN MARCH"; not "MAY BE", "MARCH ON"
    if lower in STOP_WORDS:
        return "title" if lower == "i" else "lower"
    common = is_common(lower)
    places = gazetteer.lookup(lower)
    if places and (
        not common
        or (lower in _lexicon()[1] and lower not in _COMMON_NOUNS and any(map(_known, places)))
    ):
        return "place"
    if common:
        return "lower"
    if len(lower) <= ACRONYM_MAX and not _VOWEL.search(lower):
        return "upper"  # "FMLN"
    return "name"  # no dictionary has it: "RODRIGUEZ"


def _bracketed(text: str, start: int, end: int) -> bool:
    """Whether the word is all, or a hyphenated part, of what a pair of brackets holds."""
    before = _BRACKET_OPEN.search(text, 0, start) if start else None
    after = _BRACKET_CLOSE.match(text, end)
    return before is not None and after is not None


_POSSESSIVE = re.compile(r"['’][sS]$")
_BRACKET_OPEN = re.compile(r"[\[(](?:[A-Za-z]+-)?$")
_BRACKET_CLOSE = re.compile(r"(?:-[A-Za-z]+)?[\])]")


def is_common(word: str) -> bool:
    """A lower-case English word, or an inflection of one ("peasants", "kidnapped")."""
    words, _ = _lexicon()
    if word in words:
        return True
    stems = []
    for suffix, ends in _INFLECTIONS:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            base = word[: -len(suffix)]
            stems += [base + end for end in ends]
            if suffix in ("ed", "ing", "er", "est") and base[-1] == base[-2]:
                stems.append(base[:-1])  # "kidnapped", "shelling"
    return any(stem in words for stem in stems)


#: Endings of inflected words, and what their stems may end in instead ("making": "make").
_INFLECTIONS = (
    ("s", ("",)),
    ("es", ("",)),
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("ed", ("", "e")),
    ("ing", ("", "e")),
    ("er", ("", "e")),
    ("est", ("", "e")),
    ("ly", ("", "le")),
    ("men", ("man",)),  # "policemen", "gunmen"
)


@lru_cache(maxsize=1)
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """English words: WordNet's lemmas and irregular forms (from the spaCy model's
    lemmatizer tables) with spaCy's function words; and those WordNet has as nouns only,
    as it has names ("paris", "jordan"). Empty tables leave only the function words."""
    words: set[str] = set(STOP_WORDS)
    nouns: set[str] = set()
    others: set[str] = set()
    lookups = lemma_lookups()
    if lookups is not None:
        for table in ("lemma_index", "lemma_exc"):
            entries = lookups.get_table(table, {})
            for pos in ("noun", "verb", "adj", "adv"):
                forms = {w for w in entries.get(pos, ()) if w.islower() and "_" not in w}
                words |= forms
                (nouns if pos == "noun" else others).update(forms)
    return frozenset(words), frozenset(nouns - others - STOP_WORDS)
