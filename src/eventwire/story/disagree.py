"""Disagreement record. (Stub: owned by the story helper.)"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..records import Claim


@dataclass(frozen=True)
class Disagreement:
    subject: str
    claims: tuple[Claim, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"subject": self.subject, "claims": [c.to_dict() for c in self.claims]}
