"""Numeric claims: tolls, shares of territory, amounts, with claimant and subject.

A claim's subject is what is quantified and where ("killed in Baghdad", "territory lost
in Syria"); tolls over a period ("over 115 people in the past week") keep the period in
the subject, so an aggregate is never compared with the toll of one attack.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ..nlp import text_of
from ..records import Article, Claim, Quote

_NUM_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a dozen": 12, "dozens": 12,
    "scores": 20, "hundreds": 100, "thousands": 1000, "half": 50,
}  # fmt: skip
_NUM = r"(?:\d[\d,]*(?:\.\d+)?|" + "|".join(sorted(_NUM_WORDS, key=len, reverse=True)) + r")"
_QUALIFIERS = (
    r"(at least|more than|over|about|around|roughly|nearly|almost|some|up to|"
    r"as many as|fewer than|less than|anywhere between|between|an estimated)"
)


def _qual(tag: str = "") -> str:
    return rf"(?:(?P<qual{tag}>{_QUALIFIERS[1:-1]})\s+)?"


def _range(tag: str = "") -> str:
    return rf"(?P<n1{tag}>{_NUM})(?:\s*(?:to|-|–|and)\s*(?P<n2{tag}>{_NUM}))?"


def _group(m: re.Match[str], name: str) -> str | None:
    found = m.groupdict()
    return found.get(name) or found.get(name + "b") or found.get(name + "c")


PERCENT = re.compile(rf"\b{_qual()}{_range()}\s*(?:%|percent\b|per cent\b)", re.IGNORECASE)
#: A share told as a fraction ("about two thirds of the ground", "half of the territory").
FRACTION = re.compile(
    rf"\b{_qual()}(?P<count>an?|one|two|three)?[\s-]*(?P<part>half|thirds?|quarters?)(?=\s+of\b)",
    re.IGNORECASE,
)
_PARTS = {"half": 50.0, "third": 100 / 3, "thirds": 100 / 3, "quarter": 25.0, "quarters": 25.0}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
_VICTIMS = (
    r"(?:people|persons|civilians|fighters|militants|soldiers|troops|policemen|police officers|"
    r"children|women|men|members|rebels|insurgents|jihadists|protesters|residents|others|"
    r"worshippers|villagers|passengers|peacekeepers|students|pilgrims|officers|guards|"
    r"gunmen|attackers|militiamen|farmers|herders|miners|shoppers|mourners|bodies)"
)
TOLL = re.compile(
    rf"\b(?P<verb>killing|killed|kill|wounding|wounded|injuring|injured)\s+{_qual()}{_range()}"
    rf"(?:\s+\w+)?\s+{_VICTIMS}\b"
    rf"|\b{_qual('b')}{_range('b')}(?:\s+\w+)?\s+{_VICTIMS}\s+(?:were|have been|had been|was)?\s*"
    rf"(?P<verb2>killed|dead|died|wounded|injured)\b"
    rf"|\b(?:death toll|toll|losses|dead)\s+"
    # "the death toll from Friday's bombing at a mosque in western Kabul rose to 21"
    rf"(?:(?:from|in|of)\b[^.;:\d]{{0,90}}?\s+)?"
    rf"(?:at|to|of|rose to|has risen to|risen to|climbed to|stood at|reached)\s+"
    rf"{_qual('c')}{_range('c')}(?:\s+(?P<verb3>dead|killed))?\b",
    re.IGNORECASE,
)
MONEY = re.compile(
    rf"(?:\$\s?{_qual()}{_range()}\s*(?P<mult>million|billion|thousand)?"
    rf"|\b{_qual('b')}{_range('b')}\s*(?:of\s+)?(?P<mult2>millions|billions|million|billion|thousand)?"
    rf"\s*(?:of\s+)?(?:US\s+)?dollars)",
    re.IGNORECASE,
)
_MULT = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9}
_PERIOD = re.compile(
    r"\b(?:in|over|during)\s+(?:just\s+)?the\s+(?:past|last)\s+(?:\w+\s+)?(?:day|week|month|year)s?"
    r"|\bso far this (?:week|month|year)\b|\bsince (?:the start of )?\w+\b",
    re.IGNORECASE,
)
_TERRITORY = re.compile(r"\b(territor\w*|land|ground|area\w*|caliphate)\b", re.IGNORECASE)
_LOSS = re.compile(r"\b(lost|lose|loss|losing|shrink\w*|retak\w*|recaptur\w*|liberat\w*)\b", re.I)
#: "the territory held by the group" names the territory; it claims no share held.
_HOLD = re.compile(r"\b(hold|holds|held|holding|control|controls|controlled)\b(?!\s+by\b)", re.I)
#: A place named as where a figure was told ("told reporters in Tunis"), not what it is about.
_TOLD_IN = re.compile(
    r"\b(?:told|said|say|says|speaking|spoke|conference|briefing|reporters|journalists)"
    r"(?:\s+\w+){0,3}\s+(?:in|at|from)\s+$",
    re.IGNORECASE,
)
CLAIM_VERBS = frozenset({"say", "estimate", "report", "claim", "announce", "tell", "put", "state"})


def number(text: str) -> float:
    word = text.lower()
    if word in _NUM_WORDS:
        return float(_NUM_WORDS[word])
    return float(word.replace(",", ""))


_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|around|of)\s+(?:the\s+(?:\w+\s+)?(?:city|town|village|province|"
    r"district|region|governorate|state) of\s+)?(?P<name>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)"
)
_CAPITALISED_NON_PLACES = (
    "January February March April May June July August September October November December "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An This That His Her "
    "Their Its Our"
)
_NOT_PLACES = frozenset(_CAPITALISED_NON_PLACES.split())


def _places(sent: Span) -> list[tuple[int, int, str]]:
    """Place names in a sentence: the parser's GPE/LOC, and capitalised names after a
    locative preposition (the small model often labels towns as persons)."""
    text = text_of(sent.doc)
    found = {
        (e.start_char, e.end_char, e.text)
        for e in sent.ents
        # "US-led coalition" names an actor, not where the figure applies.
        if e.label_ in ("GPE", "LOC") and text[e.end_char : e.end_char + 1] != "-"
    }
    dates = [(e.start_char, e.end_char) for e in sent.ents if e.label_ in ("DATE", "TIME")]
    for m in _LOCATIVE.finditer(sent.text):
        name = m.group("name")
        start = sent.start_char + m.start("name")
        first = name.split()[0]
        if (
            first in _NOT_PLACES
            or re.search(r"-[a-z]", name)
            or any(s <= start < e for s, e in dates)
        ):
            continue
        if not any(s <= start < e for s, e, _ in found):
            found.add((start, start + len(name), name))
    return sorted(found)


def _place_for(sent: Span, start: int, end: int, next_number: int) -> str | None:
    """The place a figure is about: the first one after it in its clause, else the last
    before it or inside its words; never the place it was told in ("... told reporters in
    Tunis")."""
    text = text_of(sent.doc)
    places = [p for p in _places(sent) if not _TOLD_IN.search(text[max(0, p[0] - 50) : p[0]])]
    after = [p for p in places if end <= p[0] < next_number]
    if after:
        return after[0][2]
    # ("the death toll from the bombing in Kabul rose to 21": named inside the claim)
    before = [p for p in places if p[1] <= end]
    return before[-1][2] if before else None


def _claimant(sent: Span, start: int, quotes: Sequence[Quote]) -> str | None:
    for q in quotes:
        if q.start <= start < q.end and q.speaker:
            return q.speaker
    for tok in sent:
        if tok.lemma_ in CLAIM_VERBS and tok.pos_ == "VERB":
            subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.pos_ != "PRON":
                toks = [t for t in subj.subtree if t.i <= subj.i]
                return sent.doc[toks[0].i : subj.i + 1].text
            if subj is None:
                # A mis-parsed sentence ("Advertisement\n\nThe Defence Department had
                # estimated"): the noun phrase right before the verb, on its line.
                chunk = next(
                    (
                        c
                        for c in sent.noun_chunks
                        if c.end <= tok.i
                        and tok.i - c.end <= 3
                        and "\n" not in text_of(sent.doc)[c.start_char : tok.idx]
                    ),
                    None,
                )
                if chunk is not None and chunk.root.pos_ != "PRON":
                    return chunk.text
    for q in quotes:
        if q.start < sent.end_char and q.end > sent.start_char and q.speaker:
            return q.speaker
    return None


def _territory_topic(sentence: str, context: str) -> str:
    """Lost or held: the claim's own sentence decides ("they hold 30 percent of what they
    held"), the sentences before it otherwise."""
    for text in (sentence, context):
        lost, held = _LOSS.search(text), _HOLD.search(text)
        if lost and (not held or lost.start() < held.start()):
            return "territory lost"
        if held:
            return "territory held"
    return "territory held"


def _context_place(sents: list[Span], k: int) -> str | None:
    """The place of the sentences before a claim that names none ("around Sirte")."""
    for sent in reversed(sents[max(0, k - 2) : k]):
        places = [
            p
            for p in _places(sent)
            if not _TOLD_IN.search(text_of(sent.doc)[max(0, p[0] - 50) : p[0]])
        ]
        if places:
            return places[0][2]  # the place talked about leads; who said it trails
    return None


def _context(doc: Doc, sents: list[Span], k: int) -> str:
    return " ".join(s.text for s in sents[max(0, k - 2) : k + 1])


def extract_claims(doc: Doc, article: Article, quotes: Sequence[Quote]) -> list[Claim]:
    """Numeric claims in an article, with claimant and subject, in text order."""
    sents = list(doc.sents)
    claims: list[Claim] = []
    for k, sent in enumerate(sents):
        text = sent.text
        base = sent.start_char
        found: list[tuple[int, int, str, str, float, float | None, str | None]] = []
        marks = sorted(
            [(m, "percent") for m in PERCENT.finditer(text)]
            + [(m, "fraction") for m in FRACTION.finditer(text) if _TERRITORY.search(text)]
            + [(m, "people") for m in TOLL.finditer(text)]
            + [(m, "usd") for m in MONEY.finditer(text)],
            key=lambda x: x[0].start(),
        )
        for x, (m, unit) in enumerate(marks):
            start, end = base + m.start(), base + m.end()
            nxt = base + marks[x + 1][0].start() if x + 1 < len(marks) else sent.end_char
            place = _place_for(sent, start, end, nxt)
            qual = (_group(m, "qual") or "").lower() or None
            if unit == "fraction":
                unit = "percent"
                count = _COUNTS.get((m.group("count") or "a").lower(), 1)
                low, high = round(count * _PARTS[m.group("part").lower()], 1), None
            else:
                low = number(_group(m, "n1") or "0")
                high = number(n2) if (n2 := _group(m, "n2")) else None
            if unit == "percent":
                ctx = _context(doc, sents, k)
                if _TERRITORY.search(ctx):
                    topic = _territory_topic(text, ctx)
                    place = place or _context_place(sents, k)
                else:
                    after = re.match(r"\s*of\s+(?:the\s+|their\s+|its\s+)?(\w+)", text[m.end() :])
                    topic = f"share of {after.group(1)}" if after else "percentage"
            elif unit == "usd":
                mult = m.group("mult") or m.group("mult2")
                scale = _MULT.get(mult.lower(), 1.0) if mult else 1.0
                low, high = low * scale, (high * scale if high is not None else None)
                topic = "amount"
            else:
                verb = (m.group("verb") or m.group("verb2") or m.group("verb3") or "").lower()
                topic = "wounded" if verb.startswith(("wound", "injur")) else "killed"
            subject = f"{topic} in {place}" if place else topic
            if unit == "people":
                period = _PERIOD.search(text)
                if period:
                    subject += " over " + re.sub(
                        r"^(in|over|during)\s+(just\s+)?", "", period.group(0).lower()
                    )
            found.append((start, end, subject, unit, low, high, qual))
        for start, end, subject, unit, low, high, qual in found:
            key = f"{article.article_id}|{start}|{subject}"
            claims.append(
                Claim(
                    claim_id="cl-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12],
                    article_id=article.article_id,
                    subject=subject,
                    value=low,
                    unit=unit,
                    text=text_of(doc)[start:end],
                    start=start,
                    end=end,
                    claimant=_claimant(sent, start, quotes),
                    value_high=high,
                    qualifier=qual,
                )
            )
    return claims
