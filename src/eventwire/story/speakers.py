"""Speakers resolved across the reports of one story.

A page headed "US Envoy in Anti-IS Battle" that quotes "him" without naming him, and a
wire report naming "Brett McGurk, ... special envoy": the role ties the unattributed
quotes to the one person the collection gives that role. Only a role held by exactly
one named person is used.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc

from ..records import Article, Quote
from .quotes import TITLE_NOUNS, People, in_headline

HEADLINE_CHARS = 300  # the headline and standfirst of a scraped page
ROLE_WINDOW = 12  # tokens after a name in which its apposition names the role
_ROLE_WORD = re.compile(r"\b(" + "|".join(sorted(TITLE_NOUNS)) + r")\b", re.IGNORECASE)


def roles(doc: Doc) -> dict[str, set[str]]:
    """Role noun → the persons a text gives it ("Brett McGurk, ... special envoy")."""
    people = People.of(doc)
    out: dict[str, set[str]] = defaultdict(set)
    for ent in doc.ents:
        if ent.label_ != "PERSON" or in_headline(doc, ent.start_char):
            continue
        name = people.resolve(ent.text)
        role = _apposed_role(doc, ent.start, ent.end)
        if role:
            out[role].add(name)
        before = doc[max(0, ent.start - 2) : ent.start]
        for tok in before:
            if tok.lower_ in TITLE_NOUNS:
                out[tok.lower_].add(name)
    return out


def _apposed_role(doc: Doc, start: int, end: int) -> str | None:
    """The role noun heading an apposition to a name ("X, the president's special envoy")."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    for tok in doc[end + 1 : min(len(doc), end + 1 + ROLE_WINDOW)]:
        if tok.text in (".", ";", ",") or tok.pos_ == "VERB":
            return None
        # The head of the apposition, not a title inside it ("President Barack Obama's").
        nxt = doc[tok.i + 1].text if tok.i + 1 < len(doc) else ""
        if (
            tok.lower_ in TITLE_NOUNS
            and tok.dep_ not in ("compound", "poss")
            and tok.ent_type_ != "PERSON"
            and nxt not in ("'s", "’s", "-")
            and (tok.i == 0 or doc[tok.i - 1].text != "-")
        ):
            return tok.lower_
    return None


def resolve_speakers(
    quotes: Sequence[Quote], analysed: Sequence[tuple[Article, Doc]]
) -> list[Quote]:
    """Give unattributed quotes (or ones attributed to a bare role, "the envoy") the one
    person the collection names with the role the article's headline or speaker names."""
    holders: dict[str, set[str]] = defaultdict(set)
    for _, doc in analysed:
        for role, names in roles(doc).items():
            holders[role] |= names
    unique = {role: next(iter(names)) for role, names in holders.items() if len(names) == 1}
    if not unique:
        return list(quotes)
    headline_role: dict[str, str] = {}
    for article, _ in analysed:
        head = " ".join([article.title or "", article.text[:HEADLINE_CHARS]])
        found = [m.group(1).lower() for m in _ROLE_WORD.finditer(head)]
        found = [r for r in found if r in unique]
        if len(set(found)) == 1:
            headline_role[article.article_id] = unique[found[0]]
    texts = {article.article_id: article.text for article, _ in analysed}
    out = []
    for q in quotes:
        who: str | None = q.speaker
        if who is None:
            who = headline_role.get(q.article_id)
        else:
            # "the spokesman", "the UN envoy" (an acronym is no name): only the one the
            # same report names (spokesmen of other reports are often other people).
            words = who.lower().split()
            named_role = next((w for w in words if w in unique), None)
            if (
                named_role
                and len(words) <= 4
                and not any(w[:1].isupper() and not w.isupper() for w in who.split()[1:])
                and unique[named_role].split()[-1] in texts.get(q.article_id, "")
            ):
                who = unique[named_role]
        out.append(q if who == q.speaker else dataclasses.replace(q, speaker=who))
    return out
