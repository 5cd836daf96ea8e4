"""Places: recognise and resolve toponyms, and find each event's location.

`Gazetteer` is the offline GeoNames index, `geoparse` finds and resolves every place name
of a document, and `locate` picks the place of one event mention among them.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import Toponym
from .gazetteer import Gazetteer
from .locate import locate
from .recognize import recognise
from .resolve import resolve

__all__ = ["Gazetteer", "geoparse", "locate"]


def geoparse(doc: Doc, gazetteer: Gazetteer) -> list[Toponym]:
    """Every place name in the text, resolved in the article's context (offsets into doc.text)."""
    mentions = recognise(doc, gazetteer)
    resolved = resolve(mentions, gazetteer, doc.text)
    return [
        Toponym(m.start, m.end, m.text, place, confidence)
        for m, (place, confidence) in zip(mentions, resolved, strict=True)
    ]
