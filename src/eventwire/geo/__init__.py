"""Places: recognise and resolve toponyms, and find each event's location.

`Gazetteer` is the offline GeoNames index, `geoparse` finds and resolves every place name
of a document, and `locate` picks the place of one event mention among them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..nlp import text_of
from ..records import Toponym
from .gazetteer import Gazetteer
from .locate import locate
from .recognize import leaning, recognise
from .resolve import resolve

__all__ = ["Gazetteer", "geoparse", "locate"]


def geoparse(doc: Doc, gazetteer: Gazetteer, focus: str | None = None) -> list[Toponym]:
    """Every place name in the text, resolved in the article's context (offsets into text_of(doc)).

    `focus`: the country the source is about, when known (a country name or ISO code, as
    for a local newspaper or a per-country collection of reports); it weighs like a region
    the text names."""
    mentions = recognise(doc, gazetteer)
    cc = gazetteer.country_code(focus) if focus else None
    resolved = resolve(mentions, gazetteer, text_of(doc), cc, leaning(doc))
    return [
        Toponym(m.start, m.end, m.text, place, confidence)
        for m, (place, confidence) in zip(mentions, resolved, strict=True)
    ]
