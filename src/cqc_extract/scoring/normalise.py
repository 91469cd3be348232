"""Text comparison of SPEC.md §3: normalisation, acronyms and Dice.

Pure Python, standard library only (the fold it starts from is ``text.fold``,
shared with the components). Used by the scorer's field rules and by the
organisations component, which compares a candidate with a regulator's name
the way the scorer compares names.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Iterable

from ..text import fold


# Words Dice ignores. SPEC §3 says "stop words aside" without a list; this is
# a deliberately small one (articles, conjunctions, prepositions, possessive
# determiners and forms of "be"), so content words such as "services" or
# "care" always count and the score stays predictable.
STOP_WORDS: frozenset[str] = frozenset(
    """a an the and or but of for in at on to with by from as into
    its their our his her your my this that these those is are was were be""".split()
)

# Leading titles dropped from person names (SPEC §2 "people").
HONORIFICS: frozenset[str] = frozenset(
    {"dr", "professor", "prof", "sir", "dame", "mr", "mrs", "ms", "miss", "cllr"}
)

# Words an acronym skips (SPEC §3, organisations).
ACRONYM_SKIP: frozenset[str] = frozenset({"of", "and", "the", "for", "in", "at"})

_POSSESSIVE = re.compile(r"(?<=\w)'s\b")
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^the\s+")


# The ASCII characters of Unicode categories P* and S*: exactly string.punctuation.
_ASCII_PUNCT = re.compile(r"[!-/:-@\[-`{-~]")


def _punct_to_space(text: str) -> str:
    """Replace every punctuation or symbol character (Unicode P*/S*) by a space."""
    if text.isascii():  # one regex pass instead of a category lookup per character
        return _ASCII_PUNCT.sub(" ", text)
    return "".join(" " if unicodedata.category(ch)[0] in "PS" else ch for ch in text)


def normalise(text: str) -> str:
    """Normalise text for comparison, in the order SPEC §3 lists the steps.

    NFKC, lower case, curly quotes to straight (``text.fold``, the
    components' fold of vocabularies, so both read a name alike), ``&`` to
    "and", possessive 's removed, other punctuation to spaces, whitespace
    collapsed, one leading "the" removed.
    """
    text = fold(text or "")
    text = text.replace("&", " and ")
    text = _POSSESSIVE.sub("", text)
    text = _SPACES.sub(" ", _punct_to_space(text)).strip()
    return _LEADING_THE.sub("", text)


def acronym(name: str) -> str:
    """Initials of the normalised words, skipping of/and/the/for/in/at."""
    return "".join(w[0] for w in normalise(name).split() if w not in ACRONYM_SKIP)


def _strip_plural(token: str) -> str:
    # Crude but symmetric: both sides go through it, so "services"/"service"
    # meet while "business" or "is" stay whole.
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        return token[:-1]
    return token


def _content_tokens(text: str | None) -> frozenset[str]:
    """Set of normalised, de-pluralised tokens without stop words."""
    words = normalise(text or "").split()
    return frozenset(_strip_plural(w) for w in words if w not in STOP_WORDS)


def dice(a: str | None, b: str | None) -> float:
    """Dice token overlap 2·|A ∩ B| / (|A| + |B|) over content-token sets
    (the usual Sørensen–Dice; a repeated word counts once).

    When neither side has a content token, fall back to equality of the
    normalised strings (1.0 or 0.0).
    """
    ta, tb = _content_tokens(a), _content_tokens(b)
    size = len(ta) + len(tb)
    if size == 0:
        return 1.0 if normalise(a or "") == normalise(b or "") else 0.0
    return 2 * len(ta & tb) / size


def person_key(name: str | None) -> str:
    """Normalised person name with leading honorifics ("Professor Sir") removed."""
    words = normalise(name or "").split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    return " ".join(words)


def name_keys(names: Iterable[str | None]) -> tuple[set[str], set[str]]:
    """Normalised names and their acronyms (two letters or more) for a set of names."""
    norm = {normalise(n) for n in names if n}
    norm.discard("")
    acros = {acronym(n) for n in norm}
    return norm, {a for a in acros if len(a) >= 2}
