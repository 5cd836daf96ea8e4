"""Conflicting claims about the same quantity, across sources or within one."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..records import Claim

# How a qualifier widens a figure into the range of values it allows. "about 10" allows
# 10 % either way: news rounding, not a different figure.
ABOUT = 0.1
LOWER_BOUNDS = frozenset({"at least", "more than", "over"})
UPPER_BOUNDS = frozenset({"up to", "nearly", "almost", "fewer than", "less than", "as many as"})
APPROX = frozenset({"about", "around", "roughly", "some", "an estimated"})


def claim_range(claim: Claim) -> tuple[float, float]:
    """The values a claim allows, from its figure(s) and qualifier."""
    low = claim.value
    high = claim.value_high if claim.value_high is not None else claim.value
    qual = claim.qualifier or ""
    if qual in LOWER_BOUNDS:
        # "at least 12" vs "31": reporters give their confirmed count, so two different
        # floors are two different figures for the reader, not a consistent pair.
        return low, high
    if qual in UPPER_BOUNDS:
        return 0.0, high
    if qual in APPROX:
        return low * (1 - ABOUT), high * (1 + ABOUT)
    return low, high


def conflict(a: Claim, b: Claim) -> bool:
    """Two claims about one quantity whose ranges do not overlap."""
    (alo, ahi), (blo, bhi) = claim_range(a), claim_range(b)
    return ahi < blo or bhi < alo


@dataclass(frozen=True)
class Disagreement:
    """Claims about one quantity that cannot all be right."""

    subject: str
    claims: tuple[Claim, ...]
    unit: str = ""
    low: float | None = None  # the smallest and largest figures claimed
    high: float | None = None
    across_sources: bool = False  # False: one report gives conflicting figures

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.article_id for c in self.claims))

    def summary(self) -> str:
        """One line: '... : 16-20 percent (X) vs about 10 percent (Y)'."""
        parts = []
        for c in self.claims:
            figure = _figure(c)
            who = c.claimant or c.article_id
            parts.append(f"{figure} ({who})")
        return f"{self.subject}: " + " vs ".join(parts)

    def to_dict(self) -> dict[str, Any]:
        return {
            "subject": self.subject,
            "unit": self.unit,
            "low": self.low,
            "high": self.high,
            "across_sources": self.across_sources,
            "article_ids": list(self.article_ids),
            "summary": self.summary(),
            "claims": [c.to_dict() for c in self.claims],
        }


def _num(v: float) -> str:
    return f"{v:,.0f}" if v == int(v) else f"{v:g}"


def _figure(c: Claim) -> str:
    value = _num(c.value)
    if c.value_high is not None:
        value += f"-{_num(c.value_high)}"
    qual = c.qualifier if c.qualifier and "between" not in c.qualifier else None
    return " ".join(x for x in (qual, value, c.unit) if x)


def find_disagreements(claims: Sequence[Claim]) -> list[Disagreement]:
    """Claims about the same quantity (subject and unit) that differ."""
    groups: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for c in claims:
        groups[(c.subject.casefold(), c.unit)].append(c)
    out: list[Disagreement] = []
    for (_, unit), group in groups.items():
        if not any(conflict(a, b) for i, a in enumerate(group) for b in group[i + 1 :]):
            continue
        ordered = tuple(sorted(group, key=lambda c: (c.article_id, c.start)))
        values = [v for c in ordered for v in (c.value, c.value_high) if v is not None]
        out.append(
            Disagreement(
                subject=ordered[0].subject,
                claims=ordered,
                unit=unit,
                low=min(values),
                high=max(values),
                across_sources=len({c.article_id for c in ordered}) > 1,
            )
        )
    out.sort(key=lambda d: (not d.across_sources, d.subject))
    return out
