"""Name keys: how a place name is normalised for lookup (accents, articles, punctuation)."""

from __future__ import annotations

import re
import unicodedata

# Arabic-script transliterations write the article many ways (Al-, Ash-, Ad-, El-); news and
# GeoNames rarely agree on it, so every name is also indexed without it.
_ARTICLES = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|an|ath|adh|al-|el-)\s+")
_APOSTROPHES = re.compile(r"[\u02bb\u02bc\u02bd\u02be\u02bf\u2018\u2019\u0060\u00b4'`\u02b9]")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_LEADING_THE = re.compile(r"^the\s+")
#: A run of capitalised words as a regex fragment: a name, known to the gazetteer or not.
NAME = r"[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)*"

# A country named as who acts, not where: "US-led coalition", "US forces", "Saudi-backed".
COUNTRY_MODIFIER = re.compile(
    # (after the acronym a report may give it, or as that acronym: "a United States (US)
    # drone strike")
    r"^(?:\s*\([A-Z][A-Za-z.]{1,6}\)|\))?"
    r"(?:-(?:led|backed|based|brokered|made|sponsored|supported|allied|trained|owned|flagged|"
    r"registered|bound)\b|"
    # (its ministry telling, in the possessive: "Russia's defence ministry said"; not its
    # forces, which fight at home as often as abroad: "Tunisia's security forces have killed")
    r"['’]s\s+(?:(?:defen[cs]e|foreign|interior)\s+ministry|ministry\s+of\s+"
    r"(?:defen[cs]e|foreign affairs))\b|"
    r"\s+(?:forces|troops|military|army|air\s+forces?|navy|soldiers?|drones?|aircraft|jets?|"
    r"(?:security|armed|defen[cs]e|naval|special)\s+forces?|convoys?|contingents?|"
    r"peacekeepers?|"
    r"warplanes|planes|officials?|government|embassy|diplomats?|special\s+forces|coalition|"
    r"personnel|advis[eo]rs?|contractors?|marines?|base|bases|congress|senate|"
    r"service\s*(?:members?|m[ae]n)|servicem[ae]n|"
    r"administration|president|secretary|state\s+department|aid|dollars|policy|"
    # its people abroad: "two U.S. citizens were murdered in La Paz"
    r"citizens?|nationals|missionar(?:y|ies)|tourists?|journalists?|ambassador|consul|"
    r"envoys?|businessm[ae]n|priests?|nuns?|aid\s+workers?|engineers?|volunteers?|"
    r"hostages?)\b)",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Lower-case ASCII folding: accents and apostrophes dropped, punctuation to spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = _APOSTROPHES.sub("", text).casefold()
    text = text.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l")
    return _NON_WORD.sub(" ", text).strip()


def name_key(text: str) -> str:
    """The lookup key of a name: folded, without a leading "the"."""
    return _LEADING_THE.sub("", fold(text))


def article_free(key: str) -> str | None:
    """The key without an Arabic article ("al anbar" → "anbar"), or None when it has none."""
    stripped = _ARTICLES.sub("", key)
    return stripped if stripped != key and len(stripped) >= 3 else None


def is_latin_key(key: str) -> bool:
    """Whether a folded key is usable for English text (Latin script, some letters)."""
    return bool(key) and key.isascii() and any(c.isalpha() for c in key)


_DISPLAY_DROP = re.compile(r"[\u02bb\u02bc\u02bd\u02be\u02bf\u2018\u2019\u0060\u00b4'`\u02b9]")


def plain_name(text: str) -> str:
    """A name as English text writes it: accents and transliteration marks dropped
    ("Arīḩā" → "Ariha", "Ma'rib" → "Marib"), case and spaces kept (GeoNames' asciiname)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae")
    text = _DISPLAY_DROP.sub("", text.replace("ł", "l").replace("Ł", "L"))
    return text if text.isascii() else "".join(c for c in text if c.isascii()).strip() or text
