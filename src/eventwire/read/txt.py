"""Plain text: bytes → str with encoding detection, and a title guess."""

from __future__ import annotations

import re

from charset_normalizer import from_bytes

from ..clean import clean_text
from ..errors import InputError

# Bytes sniffed for binary content: enough to catch images, PDFs and archives, whose
# headers hold NUL bytes, without scanning a whole large file.
SNIFF_BYTES = 8192

# A decoded text with more than this share of control characters is not prose
# (charset-normalizer will happily "decode" random bytes as some legacy code page).
MAX_CONTROL_SHARE = 0.05

# A first line longer than this reads as a paragraph, not a headline.
MAX_TITLE_CHARS = 200

_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def decode(data: bytes) -> str:
    """Decode a file's bytes: UTF-8 first, else the encoding charset-normalizer finds.

    Raises InputError for empty, binary or undecodable content.
    """
    if not data.strip():
        raise InputError("empty file")
    if not data.startswith(_BOMS) and b"\x00" in data[:SNIFF_BYTES]:
        raise InputError("binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise InputError("undecodable: not UTF-8 and no other text encoding fits") from None
        text = str(best)
        if not text.strip():
            raise InputError("undecodable: no text after decoding") from None
    text = normalise(text)
    if not text.strip():
        raise InputError("empty file (only whitespace)")
    if len(_CONTROL.findall(text)) > MAX_CONTROL_SHARE * len(text):
        raise InputError("binary file (control characters), not text")
    return text


def normalise(text: str) -> str:
    """One newline convention, and no characters a database or an encoder refuses.

    NULs and lone surrogates become U+FFFD one for one, so lengths are kept.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "\ufffd")
    return _SURROGATE.sub("\ufffd", text)


def guess_title(text: str) -> str | None:
    """The first line that is not boilerplate ("Share", "Advertisement"), when it reads as a
    headline: short, not a sentence, text follows it."""
    lines = [line for line in clean_text(text).split("\n") if line.strip()]
    if len(lines) < 2:
        return None
    first = lines[0].strip()
    if not first or len(first) > MAX_TITLE_CHARS or first.endswith((".", ",", ";", ":")):
        return None
    return first
