"""Find and parse sums of money in pounds sterling.

Public API
----------
``find_amounts(text) -> list[MoneyMention]``
    Every sum of money in ``text``, left to right, with character offsets.
``parse_amount(text) -> Decimal``
    The value of a text that is exactly one written amount (else ``ValueError``).
``render_amount(amount, form) -> str``
    Write an amount in one of the forms of ``RENDER_FORMS``; the output always
    parses back to the same value.

Forms recognised
----------------
* Pound sign (``£`` or fullwidth ``￡``) or ``GBP`` before a number, with an
  optional unit: ``£500,000``, ``£10,000.50``, ``£500k``, ``£16.9m``,
  ``£16.9million``, ``£16.9 million``, ``£16.9 mln``, ``£2.5bn``,
  ``£1.5tn``, ``GBP 5m``.  Units are case-insensitive and may be separated
  from the number by one whitespace character of any kind (space,
  non-breaking space, thin space ...).  The sign may be followed by one such
  character too (``£ 16.9m``, ``£&nbsp;16.9m``, as some pages write it; session
  16), but not by a line break.
* A number and optional unit followed by ``pounds`` or ``GBP``:
  ``16 million pounds``, ``5 million GBP``.
* Words: ``half a billion pounds``, ``a quarter of a million pounds``,
  ``three quarters of a million pounds``, ``a million pounds``,
  ``two million pounds``, ``twenty-six million pounds`` (counts one to ninety-nine).

Qualifiers are not part of a mention: ``more than £5m`` and ``£5m+`` both give
the mention ``£5m`` (amount 5000000).

Range rule
----------
``£3-4m``, ``£3m-£4m``, ``£3m to £4m``, ``£3 to £4 million`` and
``between £3m and £4m`` are ONE mention with ``low=3000000``,
``high=4000000`` and ``amount_gbp`` = the midpoint ``3500000``.  For
``between ... and ...`` the word "between" is part of the mention text, since
it is what makes "and" mean a range; other range mentions start at the first
currency sign.  A unit written only after the second figure ("£3 to £4
million") applies to the first figure too when the first figure is not larger
than the second (so "£500 to £4 million" stays £500 to £4,000,000).  A
would-be range whose low end is not below its high end ("£5m-£4m") is not a
range: the figures are reported as separate mentions.  After "to" or "and"
the second figure needs a pound sign or a unit ("£500 to 30 staff" is not a
range); after a dash a bare figure will do ("£20-30").  "from £3m to £4m" is
also reported as a range; callers that care about "rose from X to Y" can read
``low`` and ``high``.  Single amounts have ``low = high = None``.

Not covered: pence ("50p"), decimal commas, spaced thousands ("£10 000"),
non-ASCII digits, "£half a billion".

Exactness and limits
--------------------
All arithmetic is ``Decimal`` under a context that traps inexact results, so
a value is never silently rounded.  Numbers are limited to 18 integer digits
and 15 decimal places; a longer run of digits is not an amount at all (it is
rejected, not truncated).

Every pattern uses only bounded quantifiers (``{m,n}``, ``?``), so the work
done at each start position is bounded by a constant and scanning is linear
in the input length.  Only the stretch from just before the first anchor
(``£``, ``￡``, ``GBP``, ``pounds``) to just after the last one is scanned with
the full pattern, since every mention contains an anchor.  Searches also carry
a ``timeout`` as a backstop; if one ever fired, ``TimeoutError`` would
propagate rather than money being silently missed.
"""

from __future__ import annotations

import decimal
import re
from dataclasses import dataclass
from decimal import Decimal

import regex

__all__ = [
    "MoneyMention",
    "RENDER_FORMS",
    "UNIT_MULTIPLIERS",
    "find_amounts",
    "parse_amount",
    "render_amount",
]

# --------------------------------------------------------------------------
# Tables
# --------------------------------------------------------------------------

#: Written unit (lower case) -> multiplier.
UNIT_MULTIPLIERS: dict[str, Decimal] = {
    "k": Decimal(10**3),
    "thousand": Decimal(10**3),
    "m": Decimal(10**6),
    "mn": Decimal(10**6),
    "mln": Decimal(10**6),
    "million": Decimal(10**6),
    "bn": Decimal(10**9),
    "billion": Decimal(10**9),
    "tn": Decimal(10**12),
    "trillion": Decimal(10**12),
}

# Units that may follow a spelled-out count or fraction ("half a billion").
_WORD_UNITS = ("thousand", "million", "billion", "trillion")

# Spelled-out fractions, keyed by their words joined with single spaces.
_FRACTIONS: dict[str, Decimal] = {
    "half a": Decimal("0.5"),
    "a quarter of a": Decimal("0.25"),
    "quarter of a": Decimal("0.25"),
    "three quarters of a": Decimal("0.75"),
}

# Spelled-out counts; "a million pounds" is one million. Up to ninety-nine:
# "twenty-six million pounds" (whole, not "six million pounds" inside it).
_UNITS_WORDS = "one two three four five six seven eight nine".split()
_TENS_WORDS = "twenty thirty forty fifty sixty seventy eighty ninety".split()
_COUNTS: dict[str, Decimal] = {
    "a": Decimal(1),
    **{
        word: Decimal(value)
        for value, word in enumerate(
            _UNITS_WORDS + "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(), 1)
    },
    **{tens: Decimal(10 * i) for i, tens in enumerate(_TENS_WORDS, 2)},
    **{f"{tens} {unit}": Decimal(10 * i + j) for i, tens in enumerate(_TENS_WORDS, 2) for j, unit in enumerate(_UNITS_WORDS, 1)},
}

#: render_amount form -> (divisor, template for the scaled number ``{n}``).
RENDER_FORMS: dict[str, tuple[Decimal, str]] = {
    "plain": (Decimal(1), "£{n}"),
    "k": (Decimal(10**3), "£{n}k"),
    "m": (Decimal(10**6), "£{n}m"),
    "million": (Decimal(10**6), "£{n} million"),
    "million_nospace": (Decimal(10**6), "£{n}million"),
    "bn": (Decimal(10**9), "£{n}bn"),
    "billion": (Decimal(10**9), "£{n} billion"),
    "tn": (Decimal(10**12), "£{n}tn"),
    "trillion": (Decimal(10**12), "£{n} trillion"),
    "words_pounds": (Decimal(10**6), "{n} million pounds"),
}

MAX_INTEGER_DIGITS = 18
MAX_DECIMAL_PLACES = 15

# Backstop only: the patterns are linear, so this never fires on real input.
# It scales with the text because one search may scan the whole text.
_TIMEOUT_BASE_SECONDS = 1.0
_TIMEOUT_SECONDS_PER_MB = 1.0

# Enough precision for 18+15 digits times 10**12, summed and halved; Inexact
# is trapped so an unexpected rounding raises instead of corrupting a value.
_CTX = decimal.Context(
    prec=80,
    traps=[decimal.Inexact, decimal.InvalidOperation, decimal.Overflow],
)

# --------------------------------------------------------------------------
# Patterns (every quantifier bounded; see module docstring)
# --------------------------------------------------------------------------


def _alternation(words) -> str:
    """Regex alternation of ``words``, longest first so 'mn' beats 'm'."""
    # Table words are plain letters and spaces; a space may be any short run
    # of whitespace or hyphens ("three-quarters of a").
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(w.replace(" ", r"[\s-]{1,3}") for w in ordered)


_WS = r"\s{1,3}"  # whitespace between words (may include a line break)
_DASH_GAP = r"\s{0,2}"  # optional spacing around a range dash
_GAP = r"\s?"  # between a number and its unit: "16.9million", "16.9 million"
_CUR = r"(?:[£￡][^\S\n]?|\bGBP\s?)"  # "£ 16.9m", "£&nbsp;16.9m": one space after the sign, no line break
_INT = rf"(?:[0-9]{{1,3}}(?:,[0-9]{{3}}){{1,5}}|[0-9]{{1,{MAX_INTEGER_DIGITS}}})"
# A number must not run on into more digits ("£1,0000", 19+ digit strings):
# such text is rejected rather than cut into a smaller, wrong amount.
_NUM = rf"{_INT}(?:\.[0-9]{{1,{MAX_DECIMAL_PLACES}}})?(?![0-9]|[.,][0-9])"
_UNIT = rf"(?i:{_alternation(UNIT_MULTIPLIERS)})(?![\p{{L}}\p{{N}}_])"
_SUFFIX = r"(?:(?i:pounds)|GBP)(?![\p{L}\p{N}_])"

_AMOUNT_RE = regex.compile(
    rf"""
    # 1. currency sign or GBP first: £16.9m, GBP 5m (optionally "between")
      (?P<between>\b(?i:between){_WS})?
      (?P<cur>{_CUR}) (?P<num>{_NUM}) (?:{_GAP}(?P<unit>{_UNIT}))?
    # 2. number then "pounds"/"GBP": 16 million pounds
    | (?<![\w.,£￡]) (?P<bnum>{_NUM}) (?:{_GAP}(?P<bunit>{_UNIT}))?
      {_WS} {_SUFFIX}
    # 3. words: half a billion pounds, a quarter of a million pounds
    | \b (?i:(?P<frac>{_alternation(_FRACTIONS)})|(?P<count>{_alternation(_COUNTS)}))
      {_WS} (?P<wunit>(?i:{_alternation(_WORD_UNITS)})) {_WS} (?i:pounds) \b
    """,
    regex.VERBOSE,
)

# Every mention contains an anchor.  No match of _AMOUNT_RE is longer than
# about 70 characters ("between" + 3 spaces + "GBP " + a 39-character number +
# unit), so a margin of 128 around the anchors is ample, lookaheads included.
# The anchors are "£", "￡", "GBP" and "pounds" in any case; the three fixed ones
# are found by str.find/rfind, "pounds" by the standard `re` (the same letters
# match its IGNORECASE as `regex`'s "(?i:pounds)": S, s and the long s for
# "s"), each several times cheaper than a `regex` scan of the alternation.
_FIXED_ANCHORS = ("£", "￡", "GBP")
_POUNDS_RE = re.compile("pounds", re.IGNORECASE)
_ANCHOR_MARGIN = 128

# The second figure of a range, matched right after the first amount.  A bare
# figure with no unit must not run into a word ("£3-4 bed" is fine, "£3-4bed"
# is not a range).
_SECOND_FIGURE = rf"""
    (?P<cur>{_CUR})? (?P<num>{_NUM})
    (?:{_GAP}(?P<unit>{_UNIT}) | (?!\p{{L}}))
    (?:{_WS}{_SUFFIX})?
"""
_RANGE_TAIL_RE = regex.compile(
    rf"(?:(?P<dash>{_DASH_GAP}[-‐‑–—]{_DASH_GAP})|{_WS}(?i:to){_WS}){_SECOND_FIGURE}",
    regex.VERBOSE,
)
_BETWEEN_TAIL_RE = regex.compile(rf"{_WS}(?i:and){_WS}{_SECOND_FIGURE}", regex.VERBOSE)


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class MoneyMention:
    """One sum of money found in a text.

    ``text == source[start:end]``.  ``low``/``high`` are set only for ranges,
    where ``amount_gbp`` is their midpoint.
    """

    start: int
    end: int
    text: str
    amount_gbp: Decimal
    low: Decimal | None = None
    high: Decimal | None = None


def find_amounts(text: str) -> list[MoneyMention]:
    """Return every sum of money in pounds in ``text``, in order of position."""
    timeout = _timeout_for(text)
    mentions: list[MoneyMention] = []
    pos = 0
    # (session 18) the windows round the anchors, not the whole span from the first to the last: the
    # `regex` scan costs ~1 µs a character, and a page's sums stand far apart (0.12 -> 0.06 ms a page);
    # a text with no anchor has no window and is not scanned at all
    for start, endpos in _anchor_windows(text):
        pos = max(pos, start)  # (a range read on from the window before may end inside this one)
        while pos < endpos:
            match = _AMOUNT_RE.search(text, pos, endpos, timeout=timeout)
            if match is None:
                break
            mention = _mention_from_match(text, match, timeout)
            mentions.append(mention)
            pos = mention.end  # mentions never overlap; every match is non-empty
    return mentions


def parse_amount(text: str) -> Decimal:
    """Return the value in pounds of ``text``, which must be one written amount.

    Surrounding whitespace is ignored.  A range ("£3-4m") gives its midpoint.
    Raises ``ValueError`` if ``text`` holds no amount, several, or anything
    besides the amount (such as "more than").
    """
    stripped = text.strip()
    mentions = find_amounts(stripped)
    shown = stripped if len(stripped) <= 80 else stripped[:77] + "..."
    if not mentions:
        raise ValueError(f"no sum of money in pounds found in {shown!r}")
    if len(mentions) > 1:
        found = ", ".join(repr(m.text) for m in mentions[:5])
        raise ValueError(f"more than one amount ({found}) in {shown!r}")
    only = mentions[0]
    if only.start != 0 or only.end != len(stripped):
        raise ValueError(
            f"{shown!r} is not just an amount: found {only.text!r} with other text around it"
        )
    return only.amount_gbp


def render_amount(amount: Decimal, form: str) -> str:
    """Write ``amount`` (pounds) in ``form``, one of ``RENDER_FORMS``.

    The result always satisfies ``parse_amount(result) == amount``; amounts
    whose rendering would exceed the parser's digit limits raise ``ValueError``.
    """
    if form not in RENDER_FORMS:
        raise ValueError(f"unknown form {form!r}; expected one of {sorted(RENDER_FORMS)}")
    if not isinstance(amount, Decimal) or not amount.is_finite() or amount < 0:
        raise ValueError(f"amount must be a finite, non-negative Decimal, not {amount!r}")
    divisor, template = RENDER_FORMS[form]
    scaled = _CTX.divide(amount, divisor)
    number = _format_pounds(scaled) if form == "plain" else _format_number(scaled)
    _check_limits(number, amount, form)
    return template.format(n=number)


# --------------------------------------------------------------------------
# Building mentions
# --------------------------------------------------------------------------


# Before a pound sign a match holds at most "between" and three blanks (10 characters; branches 2 and
# 3 hold no sign): a window opens this far before one, _ANCHOR_MARGIN before "GBP" or "pounds" (which
# may end a match).
_SIGN_MARGIN = 16


def _anchor_windows(text: str) -> list[list[int]]:
    """[start, end) of the parts of ``text`` that can hold mentions: round each anchor, from
    _SIGN_MARGIN (a pound sign) or _ANCHOR_MARGIN (GBP, pounds) before it to _ANCHOR_MARGIN after it,
    overlapping ones joined, in order. Every match holds an anchor and lies within those bounds of it,
    so no match starts outside them and none is cut short by a window's end. Worth it because
    the anchor search is many times cheaper per character than the full pattern and most text holds
    no money; a text with no anchor has no window."""
    found = []
    for anchor in _FIXED_ANCHORS:
        before = _SIGN_MARGIN if anchor in ("£", "￡") else _ANCHOR_MARGIN
        k = text.find(anchor)
        while k >= 0:
            found.append((k - before, k + len(anchor)))
            k = text.find(anchor, k + 1)
    found.extend((m.start() - _ANCHOR_MARGIN, m.end()) for m in _POUNDS_RE.finditer(text))
    found.sort()
    windows: list[list[int]] = []
    for start, end in found:
        start, end = max(0, start), min(len(text), end + _ANCHOR_MARGIN)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], end)
        else:
            windows.append([start, end])
    return windows


def _timeout_for(text: str) -> float:
    """Generous timeout for one search over ``text`` (a backstop, see above)."""
    return _TIMEOUT_BASE_SECONDS + _TIMEOUT_SECONDS_PER_MB * len(text) / 1_000_000


def _mention_from_match(text: str, m: regex.Match, timeout: float) -> MoneyMention:
    """Turn one ``_AMOUNT_RE`` match into a mention, extending it to a range."""
    if m.group("num") is not None:
        return _currency_first_mention(text, m, timeout)
    if m.group("bnum") is not None:
        value = _value(m.group("bnum"), m.group("bunit"))
    else:
        value = _word_value(m.group("frac"), m.group("count"), m.group("wunit"))
    return _make_mention(text, m.start(), m.end(), value)


def _currency_first_mention(text: str, m: regex.Match, timeout: float) -> MoneyMention:
    """Mention for a '£…' match: a range if a valid second figure follows."""
    first = (m.group("num"), m.group("unit"))
    # "and" only means a range after "between"; otherwise "£3m and £4m" are two.
    tail_re = _BETWEEN_TAIL_RE if m.group("between") else _RANGE_TAIL_RE
    tail = tail_re.match(text, m.end(), timeout=timeout)
    if tail is not None and _plausible_second_figure(tail):
        bounds = _range_bounds(first, (tail.group("num"), tail.group("unit")))
        if bounds is not None:
            low, high = bounds
            midpoint = _CTX.divide(_CTX.add(low, high), Decimal(2))
            return _make_mention(text, m.start(), tail.end(), midpoint, low, high)
    # Not a range: the amount alone, without any "between".
    return _make_mention(text, m.start("cur"), m.end(), _value(*first))


def _plausible_second_figure(tail: regex.Match) -> bool:
    """Whether the figure after a range connector can end a range.

    A bare figure ("£20-30") is accepted only after a dash: after "to" or
    "and" it is too often a count or a year ("£500 to 30 staff", "£200 to 2025").
    """
    if tail.group("cur") or tail.group("unit"):
        return True
    return tail.groupdict().get("dash") is not None


def _range_bounds(
    first: tuple[str, str | None], second: tuple[str, str | None]
) -> tuple[Decimal, Decimal] | None:
    """(low, high) for two (number, unit) figures, or None if not a range.

    A unit written only on the second figure ("£3 to £4 million") also
    applies to the first, unless the first figure is larger than the second
    ("£500 to £4 million" means £500).
    """
    (num1, unit1), (num2, unit2) = first, second
    n1, n2 = _number(num1), _number(num2)
    m2 = _multiplier(unit2)
    if unit1 is not None:
        m1 = _multiplier(unit1)
    else:
        m1 = m2 if n1 <= n2 else Decimal(1)
    low, high = _CTX.multiply(n1, m1), _CTX.multiply(n2, m2)
    return (_canonical(low), _canonical(high)) if low < high else None


def _make_mention(text, start, end, amount, low=None, high=None) -> MoneyMention:
    return MoneyMention(start, end, text[start:end], _canonical(amount), low, high)


# --------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------


def _number(digits: str) -> Decimal:
    """Decimal value of a matched number such as '10,000.50'."""
    return Decimal(digits.replace(",", ""))


def _multiplier(unit: str | None) -> Decimal:
    return Decimal(1) if unit is None else UNIT_MULTIPLIERS[unit.lower()]


def _value(digits: str, unit: str | None) -> Decimal:
    """Value in pounds of a number and optional unit."""
    return _CTX.multiply(_number(digits), _multiplier(unit))


def _word_value(frac: str | None, count: str | None, unit: str) -> Decimal:
    """Value of 'half a billion', 'a quarter of a million', 'two million'."""
    if frac is not None:
        factor = _FRACTIONS[_normalise_words(frac)]
    else:
        factor = _COUNTS[_normalise_words(count)]
    return _CTX.multiply(factor, UNIT_MULTIPLIERS[unit.lower()])


def _normalise_words(words: str) -> str:
    """'Three-quarters  of A' -> 'three quarters of a' (table key form)."""
    return " ".join(words.lower().replace("-", " ").split())


def _canonical(amount: Decimal) -> Decimal:
    """Same value, written without exponent or trailing zeros (16900000, 10000.5)."""
    if amount == amount.to_integral_value():
        return amount.quantize(Decimal(1), context=_CTX)
    return amount.normalize(_CTX)


def _format_number(amount: Decimal) -> str:
    """'16.9', '1,234.5', '20': thousands commas, no exponent, no trailing zeros."""
    return format(_canonical(amount), ",f")


def _format_pounds(amount: Decimal) -> str:
    """Like ``_format_number`` but pence keep two places: '10,000.50'."""
    canonical = _canonical(amount)
    if canonical.as_tuple().exponent == -1:
        canonical = canonical.quantize(Decimal("0.01"), context=_CTX)
    return format(canonical, ",f")


def _check_limits(number: str, amount: Decimal, form: str) -> None:
    """Refuse renderings the parser would reject for having too many digits."""
    integer, _, fraction = number.replace(",", "").partition(".")
    if len(integer) > MAX_INTEGER_DIGITS or len(fraction) > MAX_DECIMAL_PLACES:
        raise ValueError(
            f"{amount} in form {form!r} needs more than {MAX_INTEGER_DIGITS} integer "
            f"digits or {MAX_DECIMAL_PLACES} decimal places"
        )
