"""Direct quotes and reported speech, attributed to their speaker.

Speakers are resolved across the article: a full name seen once ("Brett McGurk") is
what a later surname ("McGurk said") or pronoun ("he added") refers to. A pronoun goes
to the last speaker quoted before it, else to the last person named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..nlp import text_of
from ..records import Article, Quote

SPEECH_VERBS = frozenset(
    {
        "say",
        "tell",
        "add",
        "state",
        "announce",
        "claim",
        "insist",
        "explain",
        "note",
        "warn",
        "declare",
        "stress",
        "cite",
        "quote",
        "confirm",
        "deny",
        "report",
    }
)
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})
MIN_QUOTE_WORDS = 3  # shorter quoted text is a scare quote or a title, not speech
MAX_SPEAKER_WORDS = 8
# Straight and curly double quotes; single curly quotes are left out because in news
# titles they mark scare quotes ('Perverse Caliphate'), and straight ones are apostrophes.
_QUOTED = re.compile(r"“([^“”]+)”|\"([^\"\n]+)\"|«([^«»]+)»")
_TITLES = re.compile(
    r"^(mr|mrs|ms|dr|president|prime minister|minister|general|gen|col|colonel|"
    r"envoy|spokesman|spokeswoman|secretary|sheikh|king|prince)\.?\s+",
    re.IGNORECASE,
)


def in_headline(doc: Doc, char: int) -> bool:
    """Whether a position lies on a title-case headline line, where the tagger's PERSON
    labels are unreliable ("UN Envoy Says Rebels Retreating")."""
    text = text_of(doc)
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    line = text[start : end if end != -1 else len(text)].strip()
    words = [w for w in line.split() if w[:1].isalpha()]
    if len(words) < 3 or line.endswith((".", "?", "!", '"', "”")):
        return False
    return sum(w[:1].isupper() for w in words) / len(words) >= 0.6


@dataclass
class People:
    """The persons an article names, and how later mentions resolve to them."""

    full: list[str]

    @classmethod
    def of(cls, doc: Doc) -> People:
        names: list[str] = []
        for ent in doc.ents:
            if ent.label_ == "PERSON" and not in_headline(doc, ent.start_char):
                name = _TITLES.sub("", ent.text.strip(" ,.'’s"))
                if name and name not in names:
                    names.append(name)
        return cls(names)

    def resolve(self, name: str) -> str:
        """The fullest known name this mention refers to ("McGurk" → "Brett McGurk")."""
        clean = _TITLES.sub("", name.strip(" ,.")).removesuffix("'s").removesuffix("’s")
        parts = clean.split()
        best = clean
        for full in self.full:
            fparts = full.split()
            if (
                len(fparts) > len(best.split())
                and parts
                and (fparts[-len(parts) :] == parts or (len(parts) == 1 and parts[0] == fparts[0]))
            ):
                best = full
        return best

    def mentioned(self, token: Token) -> str | None:
        """The known person a token belongs to, by its (surname) text."""
        for full in self.full:
            if token.text in full.split():
                return full
        return None


TITLE_NOUNS = frozenset(
    {
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "official",
        "minister",
        "president",
        "commander",
        "general",
        "governor",
        "ambassador",
        "secretary",
        "chief",
        "head",
        "mayor",
    }
)


def _subject(verb: Token) -> Token | None:
    # "quoted him as saying" / "X quoted Y": the speaker is the object of "quote".
    if verb.lemma_ == "quote":
        return next((c for c in verb.children if c.dep_ == "dobj"), None)
    if verb.dep_ in ("advcl", "xcomp", "pcomp") and verb.head.lemma_ == "quote":
        return next((c for c in verb.head.children if c.dep_ == "dobj"), None)
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def _person_at(tok: Token, people: People) -> str | None:
    if tok.ent_type_ == "PERSON":
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        return people.resolve(ent.text if ent is not None else tok.text)
    full = people.mentioned(tok)
    return full


def _name_of(subject: Token, people: People) -> str | None:
    """The speaker's name from the subject token: a known person, else its noun phrase."""
    who = _person_at(subject, people)
    if who:
        return who
    # "the force's spokesman Sabah al-Numan", "Brett McGurk, the envoy": a person in
    # apposition or compounded with a title noun.
    for child in subject.children:
        if child.dep_ in ("appos", "compound") and (
            child.dep_ == "appos" or subject.lower_ in TITLE_NOUNS
        ):
            who = _person_at(child, people)
            if who:
                return who
    tokens = sorted(subject.subtree, key=lambda t: t.i)
    tokens = [t for t in tokens if t.i <= subject.i][-MAX_SPEAKER_WORDS:]
    text = subject.doc[tokens[0].i : tokens[-1].i + 1].text.strip(" ,")
    return text or None


class _Speakers:
    """Walks the article in order, remembering who spoke and who was named last."""

    def __init__(self, doc: Doc) -> None:
        self.people = People.of(doc)
        self.doc = doc
        self.last_speaker: str | None = None
        self.last_person_speaker: str | None = None

    def last_person(self, before: int) -> str | None:
        for tok in reversed(self.doc[:before]):
            if tok.dep_ == "compound" and tok.head.ent_type_ != "PERSON":
                continue  # "the Obama administration" is not Obama
            if tok.ent_type_ == "PERSON" and in_headline(self.doc, tok.idx):
                continue
            who = _person_at(tok, self.people)
            if who:
                return who
        return None

    def speaker(self, verb: Token) -> str | None:
        subject = _subject(verb)
        if subject is None:
            return None
        if subject.lower_ in ("he", "she", "him", "her"):
            return self.last_person_speaker or self.last_person(subject.i)
        if subject.lower_ in PRONOUNS:
            return self.last_speaker
        if subject.pos_ == "PRON":
            return None
        return _name_of(subject, self.people)

    def spoke(self, who: str | None) -> None:
        if who:
            self.last_speaker = who
            if who in self.people.full:
                self.last_person_speaker = who


def _speech_verbs(tokens: Iterable[Token]) -> list[Token]:
    return [
        t
        for t in tokens
        if t.lemma_ in SPEECH_VERBS
        and t.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "neg" for c in t.children)
    ]


def _content(verb: Token) -> tuple[int, int] | None:
    """Character span of what a speech verb reports (its clausal complement)."""
    comps = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.lemma_ != "say"]
    if verb.lemma_ == "cite":
        comps = [c for c in verb.children if c.dep_ == "dobj"]
    if not comps:
        return None
    # "X entered the town ..., the spokesman said they expect ...": a run-on the parser
    # hangs on one verb; what follows the verb is what was said.
    comps = [c for c in comps if c.i > verb.i] or comps
    toks = [t for c in comps for t in c.subtree]
    first = min(toks, key=lambda t: t.i)
    last = max(toks, key=lambda t: t.i)
    if first.lower_ == "that" and first.dep_ == "mark":
        first = first.doc[first.i + 1]
    span = first.doc[first.i : last.i + 1]
    start, end = span.start_char, span.end_char
    # Never across a paragraph break: a mis-split sentence would swallow a headline.
    text = text_of(verb.doc)
    cut = text.rfind("\n", start, verb.idx)
    if cut != -1:
        start = cut + 1
    stop = text.find("\n", verb.idx, end)
    if stop != -1:
        end = stop
    return (start, end) if start < end else None


def _direct_spans(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(text):
        g = next(i for i in (1, 2, 3) if m.group(i) is not None)
        start, end = m.start(g), m.end(g)
        body = text[start:end].strip()
        if len(body.split()) >= MIN_QUOTE_WORDS:
            lead = len(text[start:end]) - len(text[start:end].lstrip())
            out.append((start + lead, start + lead + len(body)))
    return out


def extract_quotes(doc: Doc, article: Article) -> list[Quote]:
    """Direct quotes and reported speech, attributed to their speaker, in text order."""
    text = text_of(doc)
    speakers = _Speakers(doc)
    direct = _direct_spans(text)
    done: set[tuple[int, int]] = set()
    quotes: list[Quote] = []
    sents = list(doc.sents)
    for k, sent in enumerate(sents):
        inside = [(s, e) for s, e in direct if s < sent.end_char and e > sent.start_char]
        if inside:
            todo = [q for q in inside if q not in done]
            if not todo:
                continue
            # The attribution may sit in any sentence the quote spans ("...," he added).
            last = max(e for _, e in todo)
            group = [sent] + [x for x in sents[k + 1 :] if x.start_char < last]
            verbs = _speech_verbs(
                t for x in group for t in x if not any(s <= t.idx < e for s, e in direct)
            )
            speaker = next((sp for v in verbs if (sp := speakers.speaker(v))), None)
            if speaker is None:
                speaker = _quote_subject(sent, speakers)
            for s, e in todo:
                done.add((s, e))
                quotes.append(Quote(article.article_id, speaker, text[s:e], s, e, True))
            speakers.spoke(speaker)
            continue
        verbs = _speech_verbs(sent)
        # An outer "X said" around an inner "X said ...": the inner one carries the content.
        verbs = [
            v for v in verbs if not any(c in verbs and c.dep_ == "ccomp" for c in v.children)
        ] or verbs
        for verb in verbs:
            span = _content(verb)
            who = speakers.speaker(verb)
            if span is None or who is None:
                continue
            s, e = span
            body = text[s:e].rstrip(" ,.")
            if len(body.split()) >= MIN_QUOTE_WORDS:
                quotes.append(Quote(article.article_id, who, body, s, s + len(body), False))
                speakers.spoke(who)
    return quotes


def _quote_subject(sent: Span, speakers: _Speakers) -> str | None:
    """'X cited ... and "quote"': the subject of the sentence's main verb when it is a person."""
    subject = _subject(sent.root)
    if subject is None:
        return None
    if subject.lower_ in ("he", "she"):
        return speakers.last_person_speaker or speakers.last_person(subject.i)
    name = _name_of(subject, speakers.people)
    return name if name in speakers.people.full else None
