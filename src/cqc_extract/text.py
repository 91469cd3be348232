"""Small text helpers shared by the components (no spaCy here)."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "′": "'"})
ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "in", "at"})


def fold(text: str) -> str:
    """Lower-case, NFKC, straight quotes: how vocabularies are compared with text."""
    return unicodedata.normalize("NFKC", text).translate(_QUOTES).lower()


def strip_possessive(text: str) -> str:
    """"Marsden Group's" -> "Marsden Group"; "Brentons'" -> "Brentons"."""
    return re.sub(r"(?<=\w)['’]s$|(?<=s)['’]$", "", text)


def acronym(name: str) -> str:
    """Initials of a name's words, skipping of/and/the/for/in/at (SPEC.md §3)."""
    words = re.findall(r"[\w]+", fold(name))
    return "".join(w[0] for w in words if w not in ACRONYM_SKIP)


def is_acronym_token(text: str) -> bool:
    return 2 <= len(text) <= 8 and text.isupper() and text.isalpha()


def fold_keep_offsets(text: str) -> str:
    """Lower case and straight quotes, character for character: offsets into the
    result are offsets into `text` (NFKC and some lower-casings change length)."""
    low = text.lower()
    # str.lower() is per character except where a lower case is longer ("İ") or
    # depends on context (final sigma): only then go character by character.
    if len(low) != len(text) or "Σ" in text:
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low.translate(_QUOTES)
