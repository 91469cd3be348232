"""Small text helpers shared by the components (no spaCy here).

Two folds, for two jobs: `fold` (NFKC, straight quotes, lower case) compares
vocabulary entries with text; `fold_keep_offsets` (lower case and straight
quotes only, character for character) gives a string whose offsets are those
of the text. The scorer's comparison of names and labels (SPEC.md §3) is
`scoring.normalise`.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTE_MAP = {"‘": "'", "’": "'", "‚": "'", "‛": "'", "“": '"', "”": '"', "„": '"', "′": "'"}
_QUOTES = str.maketrans(_QUOTE_MAP)
_QUOTE_PAIRS = tuple(_QUOTE_MAP.items())


def straight_quotes(text: str) -> str:
    """`text.translate(_QUOTES)`: the curly quotes straight. str.translate with a
    dict costs a lookup per character (~0.1 ms on a page); one C scan per quote
    mark, and none for ASCII text, give the same string several times faster."""
    if text.isascii():
        return text
    for curly, straight in _QUOTE_PAIRS:
        if curly in text:
            text = text.replace(curly, straight)
    return text


def _fold(text: str) -> str:
    return straight_quotes(unicodedata.normalize("NFKC", text)).lower()


# Words and short names are folded again and again (every token of a run, every
# vocabulary check): the short ones are kept, long texts are not.
_FOLD_CACHED = 40
_FOLD_KEPT = 65536


class _Folds(dict):
    """The folds of the short texts seen so far (emptied when it holds _FOLD_KEPT).
    `fold` is its `__getitem__`: a text seen before costs one dict lookup in C, no
    Python call (fold runs hundreds of times a page in every component)."""

    __slots__ = ()

    def __missing__(self, text: str) -> str:
        folded = _fold(text)
        if len(text) <= _FOLD_CACHED:
            if len(self) >= _FOLD_KEPT:
                self.clear()
            self[text] = folded
        return folded


# fold(text): lower-case, NFKC, straight quotes: how vocabularies are compared with text.
fold = _Folds().__getitem__


# Spelled-out counts the rules read ("all three services", "four of the five areas"): one table.
NUMBER_WORDS = {w: n for n, w in enumerate("one two three four five six seven eight nine ten".split(), start=1)}

_POSSESSIVE_END = re.compile(r"(?<=\w)['’]s$|(?<=s)['’]$")
# the last characters a text _POSSESSIVE_END can match in ends with ("$" also matches before a final "\n")
_POSSESSIVE_LAST = ("s", "'", "’", "\n")


def strip_possessive(text: str) -> str:
    """"Marsden Group's" -> "Marsden Group"; "Brentons'" -> "Brentons"."""
    if not text.endswith(_POSSESSIVE_LAST):
        return text  # (a match ends the text, or stands before a final "\n": no regex needed)
    return _POSSESSIVE_END.sub("", text)


def fold_keep_offsets(text: str) -> str:
    """Lower case and straight quotes, character for character: offsets into the
    result are offsets into `text` (NFKC and some lower-casings change length)."""
    low = text.lower()
    # str.lower() is per character except where a lower case is longer ("İ") or
    # depends on context (final sigma): only then go character by character.
    if len(low) != len(text) or "Σ" in text:
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return straight_quotes(low)
