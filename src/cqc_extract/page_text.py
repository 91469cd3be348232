"""The page's text as the rules read it: layout folded, offsets kept (session 16).

The same story reaches the pipeline in different typography and layout, by the site or the scraper
that wrote it down. Two differences broke the rules on perturbed copies of the real tune pages
(docs/accuracy.md, thirteenth round, "typography and layout"), though the words were the same:

1. Non-breaking and other Unicode spaces (U+00A0 "&nbsp;", thin, narrow, figure, ideographic
   spaces): spaCy splits only on " ", so "rated\u00a0good" is three tokens and "£\u00a016m" no
   amount; every pattern written with a space missed. They read as " ".
2. Hard-wrapped text (e-mail, PDF text, a fixed-width dump): a line break every ~70 characters,
   inside names and phrases, where the rules take a line break for the end of a heading or a
   table row. A page is hard-wrapped when no line is longer than `WRAP_MAX` characters and most of
   its lines are full (at least `FULL_LINE`: a share of them); a line break there is a wrap, read as " ", when the
   next line's first word would not have fitted on the line (the test a wrapping program makes),
   unless the next line starts a bullet or a numbered item.

Each change is one character for one character: offsets into the folded text are offsets into
the text given (evidence keeps its offsets; its `text` shows a space where the page had
"\u00a0" or a wrap).
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Iterator

from spacy.tokens import Doc

# Unicode space separators other than " " (category Zs) and the line/paragraph separators.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_SPACE_TABLE = str.maketrans({c: " " for c in _SPACES} | {"\u2028": "\n", "\u2029": "\n"})
_HAS_SPACE = re.compile("[" + _SPACES + "\u2028\u2029]")

# A hard-wrapped page: no line longer than this (wrapping programs use 60-80 columns)...
WRAP_MAX = 100
# ... and at least MIN_FULL of its lines, and WRAP_SHARE of them, at least FULL_LINE long (a page of
# short lines, a table or a list, is not wrapped; the pages of every set have a line over WRAP_MAX).
FULL_LINE = 45
WRAP_SHARE = 0.3
MIN_FULL = 3
# A line that starts a list item is never a wrap's continuation.
_ITEM_START = re.compile(r"[ \t]*(?:[•·*▪◦‣–—-]|\d{1,2}[.)]|[a-z][.)])[ \t]")
_FIRST_WORD = re.compile(r"[ \t]*(\S+)")


def fold_spaces(text: str) -> str:
    """Unicode spaces as " " (line separators as "\\n"); the same length."""
    if text.isascii() or not _HAS_SPACE.search(text):
        return text
    return text.translate(_SPACE_TABLE)


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped page was wrapped at (its longest line), or None."""
    widths = [len(ln.rstrip()) for ln in lines if ln.strip()]
    if not widths or max(widths) > WRAP_MAX:
        return None
    full = sum(w >= FULL_LINE for w in widths)
    if full < MIN_FULL or full < WRAP_SHARE * len(widths):
        return None
    return max(widths)


def unwrap(text: str) -> str:
    """The line breaks of a hard-wrapped page that are wraps, as spaces; the same length."""
    if "\n" not in text:
        return text
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None:
        return text
    out = []
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        body = line.rstrip()
        first = _FIRST_WORD.match(nxt)
        wrapped = (body.strip() and first and not _ITEM_START.match(nxt)
                   and len(body) + 1 + len(first.group(1)) > width)
        out.append(line + (" " if wrapped else "\n"))
    out.append(lines[-1])
    return "".join(out)


def fold_layout(text: str) -> str:
    """The text the rules read: Unicode spaces and hard wraps folded (see above)."""
    return unwrap(fold_spaces(text))


class LayoutTokenizer:
    """The pipeline's tokenizer reading `fold_layout(text)`. Everything else is delegated
    (serialisation, affix rules, explain), as bounds.BoundedTokenizer does."""

    def __init__(self, tokenizer: Any):
        self.tokenizer = tokenizer

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not yet set (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def __reduce__(self):
        return (LayoutTokenizer, (self.tokenizer,))

    def __call__(self, text: str) -> Doc:
        return self.tokenizer(fold_layout(text))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)


def fold_tokenizer(nlp) -> Any:
    """Make the pipeline read the page's text with its layout folded (see above)."""
    if not isinstance(nlp.tokenizer, LayoutTokenizer):
        nlp.tokenizer = LayoutTokenizer(nlp.tokenizer)
    return nlp


# 3. A dash closed up after punctuation ("Are services safe?—good", "(2018)–good", "'Good'—a first"):
# spaCy splits a closed dash only between letters or digits, so "safe?—good" was one token and
# the rating in it unread. The dash and the mark before it are tokens of their own there (infixes).
CLOSED_DASH_INFIXES = (r"(?<=\w)[?!.,:;)\]'\"’”](?=[–—]\S)", r"(?<=[?!.,:;)\]'\"’”])[–—](?=\S)")


def split_closed_dashes(nlp) -> Any:
    """Add CLOSED_DASH_INFIXES to the tokenizer's infixes (before any tokenizer wrapper)."""
    from spacy.util import compile_infix_regex

    infixes = list(nlp.Defaults.infixes or [])
    nlp.tokenizer.infix_finditer = compile_infix_regex([*infixes, *CLOSED_DASH_INFIXES]).finditer
    return nlp
