"""Boilerplate removal that keeps offsets: the cleaned text has the original's length.

(Stub: owned by the I/O helper; replace with the real implementation.)
"""


def clean_text(text: str) -> str:
    """Return `text` with boilerplate blanked out by spaces (newlines kept)."""
    return text
