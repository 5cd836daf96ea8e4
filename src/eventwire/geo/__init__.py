"""Places: recognise and resolve toponyms, and find each event's location.

(Stub: owned by the geo helper; replace with the real implementation.)
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..records import EventMention, Location, Toponym
from .gazetteer import Gazetteer

__all__ = ["Gazetteer", "geoparse", "locate"]


def geoparse(doc: Doc, gazetteer: Gazetteer) -> list[Toponym]:
    """Every place name in the text, resolved in the article's context."""
    return []


def locate(
    doc: Doc, mention: EventMention, toponyms: list[Toponym], gazetteer: Gazetteer
) -> list[Location]:
    """Where the event of `mention` happened: one Location per distinct place (at least one)."""
    return [Location(None, 3, None, None, None, None, None, None, None, None)]
