"""The page's text as the rules read it: layout folded, offsets kept (session 16).

The same story reaches the pipeline in different typography and layout, by the site or the scraper
that wrote it down. Two differences broke the rules on perturbed copies of the real tune pages
(docs/accuracy.md, thirteenth round, "typography and layout"), though the words were the same:

1. Non-breaking and other Unicode spaces (U+00A0 "&nbsp;", thin, narrow, figure, ideographic
   spaces): spaCy splits only on " ", so "rated\u00a0good" is three tokens and "£\u00a016m" no
   amount; every pattern written with a space missed. They read as " ".
2. Hard-wrapped text (e-mail, PDF text, a fixed-width dump): a line break every ~70 characters,
   inside names and phrases, where the rules take a line break for the end of a heading or a
   table row. A page is hard-wrapped when no line is longer than `WRAP_MAX` characters, a share of
   its lines are full (at least `FULL_LINE`), and most of the breaks that could be wraps go on with a
   lower-case word (the rows of a ratings panel start with capitals); a line break there is a wrap,
   read as " ", when the next line's first word would not have fitted on the line (the test a
   wrapping program makes), unless the next line starts a bullet or a numbered item or either line
   has columns aligned with spaces.

Each change is one character for one character: offsets into the folded text are offsets into
the text given. The text given is kept in the Doc's user_data (GIVEN_TEXT_KEY) when the fold
changed it: evidence is cut from it (components.base.evidence), and the record is checked against
it, so evidence `text` is the page's own.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from typing import Any

from spacy.tokens import Doc

from .bounds import TokenizerWrapper

# user_data key of the text given, when the fold changed it (evidence is cut from it)
GIVEN_TEXT_KEY = "cqc_given_text"

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
MIN_FULL = 2
# A line that starts a list item is never a wrap's continuation.
_ITEM_START = re.compile(r"[ \t]*(?:[•·*▪◦‣–—-]|\d{1,2}[.)]|[a-z][.)])[ \t]")
_FIRST_WORD = re.compile(r"[ \t]*(\S+)")
# Columns aligned with runs of spaces ("Safe      Good      Inadequate"): a table row, never a wrap.
_COLUMNS = re.compile(r"\S[ \t]{3,}\S")
# Of the breaks that could be wraps, at least this share go on with a lower-case word.
WRAP_LOWER = 0.5


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
    wraps = []
    for i, line in enumerate(lines[:-1]):
        nxt = lines[i + 1]
        body = line.rstrip()
        first = _FIRST_WORD.match(nxt)
        if (body.strip() and first and not _ITEM_START.match(nxt) and not _COLUMNS.search(body.strip())
                and not _COLUMNS.search(nxt.strip()) and len(body) + 1 + len(first.group(1)) > width):
            wraps.append((i, first.group(1)[:1].islower()))
    # wrapped prose goes on in lower case after most of its breaks; rows of a panel or table start
    # with a capital ("Safe – Good" / "Well-led – Good"): such a page is not wrapped
    if not wraps or sum(low for _, low in wraps) < WRAP_LOWER * len(wraps):
        return text
    joined = {i for i, _ in wraps}
    return "".join(line + (" " if i in joined else "\n") for i, line in enumerate(lines[:-1])) + lines[-1]


# 4. Markdown from an HTML-to-markdown scraper: "## Heading", "rated **good**". The marks stand where
# the rules expect a line's first word or a rating word; they read as spaces (a line's list marker
# "* " is a bullet, kept).
_MD_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})(?=[ \t])", re.MULTILINE)
# ("__" inside a word is no mark: "report__final__v2", "__init__", as markdown reads it)
_MD_EMPHASIS = re.compile(r"\*\*(?=[^\s*_])([^\n*_]{1,200}?)(?<=[^\s*_])\*\*"
                          r"|(?<!\w)__(?=[^\s*_])([^\n*_]{1,200}?)(?<=[^\s*_])__(?!\w)")


def fold_markdown(text: str) -> str:
    """Markdown heading marks and strong emphasis as spaces; the same length."""
    if "#" in text:
        text = _MD_HEADING.sub(lambda m: " " * len(m.group(1)), text)
    if "**" in text or "__" in text:
        text = _MD_EMPHASIS.sub(lambda m: "  " + (m.group(1) or m.group(2)) + "  ", text)
    return text


# 5. Capitals (vocab/page_layout.json "capitals"): a heading in capitals ("CQC FINDS IMPROVEMENT AT
# ASHBY HOSPITAL") made every word look like a name's; "rated GOOD for SAFE and WELL-LED" made
# "WELL-LED" one. A headline reads in sentence case, a name on a line of its own in title case, the
# rating words capitalised: as the pages of the tune set write them.
_CAPS = None
_UPPER_WORD = re.compile(r"(?<!\w)(?<!\w['’])[A-Z](?:[A-Z'’-]*[A-Z])?(?!\w)(?!['’]\w)")


def _caps_data():
    global _CAPS
    if _CAPS is None:
        from .resources import read_json

        data = read_json("vocab/page_layout.json")["capitals"]
        # the rating values' words and the key questions' names ("care", "services": other words too)
        words = {w for key, phrases in read_json("vocab/ratings.json").items() if not key.startswith("_")
                 for phrase in phrases for w in phrase.split()}
        words |= {key for key in read_json("vocab/domains.json") if not key.startswith("_") and " " not in key}
        words = {w for w in words if len(w) >= data["min_letters"]}
        _CAPS = (data["min_letters"], data["min_long"], frozenset(data["headline_words"]), frozenset(words))
    return _CAPS


def _capitalised(word: str) -> str:
    new = word[:1] + word[1:].lower()  # "WELL-LED" -> "Well-led" (a capital after the hyphen reads as a name)
    return new if len(new) == len(word) else word


# A run of words in capitals separated by spaces ("rated GOOD", "CARING HANDS LTD").
_RATING_RUN = re.compile(_UPPER_WORD.pattern + r"(?:[ \t]+" + _UPPER_WORD.pattern + r")*")


def _rating_run(run: str, rating_words) -> str:
    # a rating word is capitalised only in a run of rating words ("rated GOOD", "REQUIRES IMPROVEMENT"):
    # in "CARING HANDS LTD" or "OUTSTANDING HOMES LTD" it is a name's word, kept as written
    words = _UPPER_WORD.findall(run)
    if not all(w.lower() in rating_words for w in words):
        return run
    return _UPPER_WORD.sub(lambda m: _capitalised(m.group(0)), run)


@functools.lru_cache(maxsize=4)
def _long_upper_word(min_letters: int) -> re.Pattern[str]:
    """A word of _UPPER_WORD with at least `min_letters` characters (min_letters >= 2), written capital
    first (the engine looks for capitals, not at every character for the lookbehinds)."""
    return re.compile(r"[A-Z](?<!\w.)(?<!\w['’].)[A-Z'’-]{%d,}[A-Z](?!\w)(?!['’]\w)" % (min_letters - 2))


_FOUR_CAPITALS = re.compile(r"[A-Z]{4}")


def fold_capitals(text: str) -> str:
    """Headings in capitals in sentence case (a headline) or title case (a name), rating words in
    capitals capitalised; the same length."""
    min_letters, min_long, headline_words, rating_words = _caps_data()
    if min_letters < 2 or min_long < 1:
        if not _FOUR_CAPITALS.search(text):
            return text
        lines = text.split("\n")
        read: Any = range(len(lines))
    else:
        # (session 18) Only a line holding a word in capitals of min_letters or more can change: a
        # heading needs min_long of them, a run of rating words is made of them (every rating word has
        # min_letters). Those lines are found by one search of the text, not by reading every line
        # (_UPPER_WORD's lookarounds read a line break as they read the start or end of a line); the
        # page's test for four capitals in a row comes after it, on the few pages that hold one.
        starts = [m.start() for m in _long_upper_word(min_letters).finditer(text)]
        if not starts or not _FOUR_CAPITALS.search(text):
            return text
        lines = text.split("\n")
        line_starts = list(itertools.accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        read = sorted({bisect.bisect_right(line_starts, s) - 1 for s in starts})
    for i in read:
        lines[i] = _fold_capitals_line(lines[i], min_letters, min_long, headline_words, rating_words)
    return "\n".join(lines)


def _fold_capitals_line(line: str, min_letters: int, min_long: int, headline_words, rating_words) -> str:
    """One line of fold_capitals."""
    words = _UPPER_WORD.findall(line)
    if words and not re.search(r"[a-z]", line) and sum(len(w) >= min_letters for w in words) >= min_long:
        headline = any(w.lower() in headline_words for w in words)

        def heading_word(m, line=line, headline=headline):
            w = m.group(0)
            if not headline or not line[: m.start()].strip(" \t•·*-#>|\"'‘“"):
                return _capitalised(w) if len(w) >= min_letters else w
            return w.lower() if len(w) >= min_letters or w.lower() in headline_words else w
        line = _UPPER_WORD.sub(heading_word, line)
    elif words:
        line = _RATING_RUN.sub(lambda m: _rating_run(m.group(0), rating_words), line)
    return line


def fold_layout(text: str) -> str:
    """The text the rules read: Unicode spaces, hard wraps, markdown marks and capitals folded
    (see above)."""
    return fold_capitals(fold_markdown(unwrap(fold_spaces(text))))


class LayoutTokenizer(TokenizerWrapper):
    """The pipeline's tokenizer reading `fold_layout(text)` (a bounds.TokenizerWrapper)."""

    def __init__(self, tokenizer: Any):
        self.tokenizer = tokenizer

    def __reduce__(self):
        return (LayoutTokenizer, (self.tokenizer,))

    def __call__(self, text: str) -> Doc:
        folded = fold_layout(text)
        doc = self.tokenizer(folded)
        if folded is not text and folded != text:
            doc.user_data[GIVEN_TEXT_KEY] = text
        return doc


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
