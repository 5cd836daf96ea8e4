"""Ground taken and lost again in one sentence: two territory events, not one.

"IS has not gained ground since it took Ramadi a year ago, which it then lost in December"
tells of the capture (a year ago) and of the loss (in December), each with its own date. The
clause of the loss becomes an event of its own, with the other side as the taker, and the
capture's passage ends where that clause begins, so neither borrows the other's date.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc

from ..nlp import text_of
from ..records import EventMention, Span
from .actors import TERRITORY

#: ", which it then lost": the side that took the place lost it again.
_LOST_AGAIN = re.compile(
    r",\s+(?:which|that|but|before|only)\s+(?:(?:it|they|the\s+(?:group|militants|jihadists|"
    r"rebels|insurgents|army|troops|forces))\s+)?(?:(?:had|has|have|then|later|subsequently|"
    r"eventually|again|to|was|were)\s+)*(?P<verb>lost|lose|ceded|abandoned|retaken|recaptured)"
    r"\b",
    re.IGNORECASE,
)


#: Where the clause of the loss ends: the next comma, semicolon or dash.
_CLAUSE_END = re.compile(r"[,;]|\s[-\u2013\u2014]\s")


def split_reversals(doc: Doc, mentions: list[EventMention]) -> list[EventMention]:
    """Each territory mention whose sentence goes on to tell the place was lost again → the
    capture, then the loss as a second mention of the opposite sub-type."""
    out: list[EventMention] = []
    for mention in mentions:
        hit = None
        if mention.sub_event_type in TERRITORY:
            hit = _LOST_AGAIN.search(text_of(doc), mention.trigger.end, mention.end)
        if hit is None:
            out.append(mention)
            continue
        sent = doc.char_span(hit.start("verb"), hit.end("verb"), alignment_mode="expand")
        clause_end = min(sent.sent.end_char if sent is not None else mention.end, mention.end)
        stop = _CLAUSE_END.search(text_of(doc), hit.end(), clause_end)
        clause_end = stop.start() if stop else clause_end
        # the loss's passage opens after the capture's trigger, so the place taken ("the
        # city of Ramadi") is its place too; its own date lies nearer its own verb
        start = mention.trigger.end
        other = TERRITORY[1] if mention.sub_event_type == TERRITORY[0] else TERRITORY[0]
        verb = hit.group("verb")
        out.append(dataclasses.replace(mention, end=hit.start()))
        out.append(
            dataclasses.replace(
                mention,
                start=start,
                end=clause_end,
                trigger=Span(hit.start("verb"), hit.end("verb"), verb),
                sub_event_type=other,
            )
        )
    return out
