"""Tests for cqc_extract.money: example tables, property tests, pathological inputs."""

import dataclasses
import string
import time
from decimal import Decimal
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cqc_extract import money
from cqc_extract.money import (
    RENDER_FORMS,
    UNIT_MULTIPLIERS,
    MoneyMention,
    find_amounts,
    parse_amount,
    render_amount,
)

D = Decimal
NBSP, THIN, NARROW_NBSP = "\u00a0", "\u2009", "\u202f"

# --------------------------------------------------------------------------
# Example tables
# --------------------------------------------------------------------------

# text -> [(mention text, amount_gbp)] in order.  Offsets are checked by
# locating each mention text in the source, left to right.
SINGLE_CASES = [
    ("£16.9million", [("£16.9million", D("16900000"))]),
    ("£16.9m", [("£16.9m", D("16900000"))]),
    # (session 16) one space after the sign, as pages writing "£&nbsp;5m" have it
    ("£ 5m", [("£ 5m", D("5000000"))]),
    (f"£{NBSP}16.9m", [(f"£{NBSP}16.9m", D("16900000"))]),
    ("£16.9 million", [("£16.9 million", D("16900000"))]),
    ("£16.9 mln", [("£16.9 mln", D("16900000"))]),
    ("£16.9mn", [("£16.9mn", D("16900000"))]),
    ("£16.9M", [("£16.9M", D("16900000"))]),
    ("£2.5bn", [("£2.5bn", D("2500000000"))]),
    ("£2.5 billion", [("£2.5 billion", D("2500000000"))]),
    ("£1.2 billion", [("£1.2 billion", D("1200000000"))]),
    ("£500,000", [("£500,000", D("500000"))]),
    ("£500k", [("£500k", D("500000"))]),
    ("£500K", [("£500K", D("500000"))]),
    ("£500 thousand", [("£500 thousand", D("500000"))]),
    ("£10,000.50", [("£10,000.50", D("10000.50"))]),
    ("£1,234,567.89", [("£1,234,567.89", D("1234567.89"))]),
    ("£1.5tn", [("£1.5tn", D("1500000000000"))]),
    ("£1.5 trillion", [("£1.5 trillion", D("1500000000000"))]),
    ("£0.5m", [("£0.5m", D("500000"))]),
    ("16 million pounds", [("16 million pounds", D("16000000"))]),
    ("20 million pounds", [("20 million pounds", D("20000000"))]),
    ("500,000 pounds", [("500,000 pounds", D("500000"))]),
    ("half a billion pounds", [("half a billion pounds", D("500000000"))]),
    ("Half a million Pounds", [("Half a million Pounds", D("500000"))]),
    ("a quarter of a million pounds", [("a quarter of a million pounds", D("250000"))]),
    ("three-quarters of a million pounds", [("three-quarters of a million pounds", D("750000"))]),
    ("a million pounds", [("a million pounds", D("1000000"))]),
    ("two billion pounds", [("two billion pounds", D("2000000000"))]),
    ("GBP 5m", [("GBP 5m", D("5000000"))]),
    ("GBP5m", [("GBP5m", D("5000000"))]),
    ("5 million GBP", [("5 million GBP", D("5000000"))]),
    # Qualifiers are not part of the amount.
    ("£5m+", [("£5m", D("5000000"))]),
    ("more than £5m", [("£5m", D("5000000"))]),
    ("up to £5m", [("£5m", D("5000000"))]),
    # Unicode: fullwidth pound sign, non-breaking and thin spaces.
    ("￡16.9m", [("￡16.9m", D("16900000"))]),
    (f"£16.9{NBSP}million", [(f"£16.9{NBSP}million", D("16900000"))]),
    (f"£16.9{THIN}m", [(f"£16.9{THIN}m", D("16900000"))]),
    (f"£2.5{NARROW_NBSP}bn", [(f"£2.5{NARROW_NBSP}bn", D("2500000000"))]),
    (f"GBP{NBSP}5m", [(f"GBP{NBSP}5m", D("5000000"))]),
    # In sentences.
    (
        "The trust secured a £16.9million project to redevelop the resus unit.",
        [("£16.9million", D("16900000"))],
    ),
    (
        "The home was fined £10,000 and ordered to pay costs of £2,500.",
        [("£10,000", D("10000")), ("£2,500", D("2500"))],
    ),
    (
        "A £2.5bn plan (including £500k for staff) and 16 million pounds more.",
        [("£2.5bn", D("2500000000")), ("£500k", D("500000")),
         ("16 million pounds", D("16000000"))],
    ),
    ("It cost £5. Then £6.", [("£5", D("5")), ("£6", D("6"))]),
    ("£3m and £4m were spent", [("£3m", D("3000000")), ("£4m", D("4000000"))]),
    ("£5 a week", [("£5", D("5"))]),
    ("£5 km", [("£5", D("5"))]),  # 'k' glued to a word is not a unit
    ("£5 maximum", [("£5", D("5"))]),
    ("£16.9m, £2bn; £3k.", [("£16.9m", D("16900000")), ("£2bn", D("2000000000")),
                            ("£3k", D("3000"))]),
]

# Texts with no sum of money in them.
NO_MONEY = [
    "",
    "£",
    "£ signs everywhere",
    "£" * 50,
    "the £ fell",
    "16 million people",
    "half a million patients",
    "GBP",
    "pounds",
    "£1,0000",  # malformed grouping: rejected rather than read as £1
    "£3,4 million",
    "£" + "1" * 19,  # longer than any amount: rejected, not truncated
    "£1." + "1" * 16,
    "GBPX5m",
    "£\n5m",  # a pound sign and its number on two lines are no amount
]

# text -> (mention text, low, high); amount_gbp is the midpoint.
RANGE_CASES = [
    ("£3-4m", "£3-4m", D("3000000"), D("4000000")),
    ("£3m-£4m", "£3m-£4m", D("3000000"), D("4000000")),
    ("£3m – £4m", "£3m – £4m", D("3000000"), D("4000000")),
    ("£3m—£4m", "£3m—£4m", D("3000000"), D("4000000")),
    ("£3 to £4 million", "£3 to £4 million", D("3000000"), D("4000000")),
    ("£3m to £4m", "£3m to £4m", D("3000000"), D("4000000")),
    ("£3 to 4 million pounds", "£3 to 4 million pounds", D("3000000"), D("4000000")),
    ("between £3m and £4m", "between £3m and £4m", D("3000000"), D("4000000")),
    ("costing between £3m and £4m.", "between £3m and £4m", D("3000000"), D("4000000")),
    ("Between £3 and £4 million", "Between £3 and £4 million", D("3000000"), D("4000000")),
    ("£1.2bn-£1.5bn", "£1.2bn-£1.5bn", D("1200000000"), D("1500000000")),
    ("£20-30", "£20-30", D("20"), D("30")),
    ("£3,000-4,000", "£3,000-4,000", D("3000"), D("4000")),
    # The unit is carried back only when the first figure is not larger.
    ("£500 to £4 million", "£500 to £4 million", D("500"), D("4000000")),
    ("£500k-£1m", "£500k-£1m", D("500000"), D("1000000")),
]

# Things that look like ranges but are not: each figure stands alone.
NOT_RANGES = [
    ("£5m-£4m", [("£5m", D("5000000")), ("£4m", D("4000000"))]),
    ("£3m-£3m", [("£3m", D("3000000")), ("£3m", D("3000000"))]),
    ("£20m to 2025", [("£20m", D("20000000"))]),
    ("£200 to 2025", [("£200", D("200"))]),
    ("£500 to 30 staff", [("£500", D("500"))]),
    ("between £3m and 2025", [("£3m", D("3000000"))]),
    ("£3-4bed", [("£3", D("3"))]),
]


def _assert_mentions(text, mentions, expected):
    """Each mention has the expected text/amount at the next occurrence in text."""
    assert [(m.text, m.amount_gbp) for m in mentions] == expected
    cursor = 0
    for mention, (mention_text, _amount) in zip(mentions, expected):
        assert mention.start == text.index(mention_text, cursor)
        assert mention.end == mention.start + len(mention_text)
        assert text[mention.start:mention.end] == mention.text
        assert isinstance(mention.amount_gbp, Decimal)
        cursor = mention.end


@pytest.mark.parametrize(("text", "expected"), SINGLE_CASES + NOT_RANGES)
def test_find_amounts_examples(text, expected):
    mentions = find_amounts(text)
    _assert_mentions(text, mentions, expected)
    assert all(m.low is None and m.high is None for m in mentions)


@pytest.mark.parametrize("text", NO_MONEY)
def test_no_money(text):
    assert find_amounts(text) == []


@pytest.mark.parametrize(("text", "mention_text", "low", "high"), RANGE_CASES)
def test_ranges_give_bounds_and_midpoint(text, mention_text, low, high):
    [mention] = find_amounts(text)
    assert mention.text == mention_text
    assert text[mention.start:mention.end] == mention_text
    assert (mention.low, mention.high) == (low, high)
    assert mention.amount_gbp == (low + high) / 2


def test_range_in_sentence_offsets():
    text = "A £3-4m refit, then between £1m and £2m more, and £5m."
    mentions = find_amounts(text)
    _assert_mentions(text, mentions, [
        ("£3-4m", D("3500000")),
        ("between £1m and £2m", D("1500000")),
        ("£5m", D("5000000")),
    ])


def test_mention_is_frozen():
    [mention] = find_amounts("£5m")
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.amount_gbp = D(1)


def test_unit_table():
    assert UNIT_MULTIPLIERS["k"] == UNIT_MULTIPLIERS["thousand"] == D(1000)
    for unit in ("m", "mn", "mln", "million"):
        assert UNIT_MULTIPLIERS[unit] == D(10**6)
    assert UNIT_MULTIPLIERS["bn"] == UNIT_MULTIPLIERS["billion"] == D(10**9)
    assert UNIT_MULTIPLIERS["tn"] == UNIT_MULTIPLIERS["trillion"] == D(10**12)


# --------------------------------------------------------------------------
# parse_amount and render_amount
# --------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "amount"), [
    ("£16.9million", D("16900000")),
    ("  £2.5bn\n", D("2500000000")),
    ("£10,000.50", D("10000.50")),
    ("half a billion pounds", D("500000000")),
    ("£3-4m", D("3500000")),
    ("GBP 5m", D("5000000")),
])
def test_parse_amount(text, amount):
    assert parse_amount(text) == amount


@pytest.mark.parametrize(("text", "message"), [
    ("", "no sum of money"),
    ("£", "no sum of money"),
    ("16.9m", "no sum of money"),
    ("£5m and £6m", "more than one amount"),
    ("more than £5m", "not just an amount"),
    ("£5m+", "not just an amount"),
])
def test_parse_amount_rejects(text, message):
    with pytest.raises(ValueError, match=message):
        parse_amount(text)


@pytest.mark.parametrize(("amount", "form", "expected"), [
    (D("16900000"), "plain", "£16,900,000"),
    (D("10000.5"), "plain", "£10,000.50"),
    (D("16900000"), "m", "£16.9m"),
    (D("16900000"), "million", "£16.9 million"),
    (D("16900000"), "million_nospace", "£16.9million"),
    (D("2500000000"), "bn", "£2.5bn"),
    (D("2500000000"), "billion", "£2.5 billion"),
    (D("500000"), "k", "£500k"),
    (D("16900000"), "words_pounds", "16.9 million pounds"),
    (D("1.5E+12"), "tn", "£1.5tn"),
    (D("1234000000"), "m", "£1,234m"),
    (D("20000000.00"), "m", "£20m"),
])
def test_render_amount(amount, form, expected):
    assert render_amount(amount, form) == expected


@pytest.mark.parametrize(("amount", "form"), [
    (D("5"), "furlongs"),
    (D("-5"), "plain"),
    (D("NaN"), "plain"),
    (5.0, "plain"),
    (D(10) ** 19, "plain"),  # more integer digits than the parser accepts
    (D("0.01"), "tn"),  # 0.00000000000001: fine
])
def test_render_amount_rejects(amount, form):
    if form == "tn":  # control: within limits, must render and round-trip
        assert parse_amount(render_amount(amount, form)) == amount
        return
    with pytest.raises(ValueError):
        render_amount(amount, form)


# --------------------------------------------------------------------------
# Property tests
# --------------------------------------------------------------------------

PROPERTY_SETTINGS = settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


@st.composite
def amounts(draw):
    """Exact amounts: 1..999,999 with 0-2 decimals, times a unit up to 10**12."""
    digits = draw(st.integers(1, 999_999))
    places = draw(st.integers(0, 2))
    unit = draw(st.sampled_from([1, 10**3, 10**6, 10**9, 10**12]))
    return Decimal(digits).scaleb(-places) * unit


@PROPERTY_SETTINGS
@given(amount=amounts(), form=st.sampled_from(sorted(RENDER_FORMS)))
def test_render_then_parse_round_trips(amount, form):
    # Every form writes the full digits, so every form represents these exactly.
    assert parse_amount(render_amount(amount, form)) == amount


@PROPERTY_SETTINGS
@given(text=st.text())
def test_arbitrary_text_never_raises_and_slices_match(text):
    _check_invariants(text, find_amounts(text))


# Text built from the pieces the grammar cares about, to reach its corners
# (ranges, units, separators, anchors) far more often than st.text() does.
MONEY_TOKENS = st.sampled_from([
    "£", "￡", "GBP", "pounds", "Pounds", "1", "5", "16", "0", "999", ".", ",", "000",
    ",000", ".5", "m", "M", "mn", "bn", "k", "million", "billion", "tn", " ", NBSP,
    THIN, "\n", "-", "–", " to ", " and ", "between ", "half a ", "a quarter of a ",
    "a ", "x", "+", "(", ")",
])


@PROPERTY_SETTINGS
@given(pieces=st.lists(MONEY_TOKENS, max_size=40))
def test_money_like_text_invariants(pieces):
    text = "".join(pieces)
    _check_invariants(text, find_amounts(text))


PADDING = st.text(alphabet="y 7.,-\n", max_size=300)


@PROPERTY_SETTINGS
@given(before=PADDING, pieces=st.lists(MONEY_TOKENS, max_size=40), after=PADDING)
def test_scanning_only_near_anchors_loses_nothing(before, pieces, after):
    # find_amounts scans only windows round the anchors (with margins);
    # scanning the whole text as one window must give the same mentions.
    text = before + "".join(pieces) + after
    full_scan = mock.patch.object(
        money, "_anchor_windows", lambda text: [[0, len(text)]]
    )
    with full_scan:
        expected = find_amounts(text)
    assert find_amounts(text) == expected


def _check_invariants(text, mentions):
    previous_end = 0
    for mention in mentions:
        assert isinstance(mention, MoneyMention)
        assert text[mention.start:mention.end] == mention.text
        assert previous_end <= mention.start < mention.end
        assert isinstance(mention.amount_gbp, Decimal) and mention.amount_gbp >= 0
        if mention.low is not None:
            assert mention.low < mention.high
            assert mention.amount_gbp == (mention.low + mention.high) / 2
        previous_end = mention.end


# Words that could join up with an amount (units, connectors, number words).
RESERVED_WORDS = set(UNIT_MULTIPLIERS) | {
    "to", "and", "between", "pounds", "gbp", "a", "one", "two", "three", "four",
    "five", "six", "seven", "eight", "nine", "ten", "half", "quarter", "quarters", "of",
}
WORDS = st.text(alphabet=string.ascii_letters, min_size=1, max_size=10).filter(
    lambda word: word.lower() not in RESERVED_WORDS
)
SEPARATORS = st.sampled_from([" ", ", ", "; ", "\n", " (", ") ", ": ", NBSP])


@st.composite
def sentence_parts(draw):
    words = draw(st.lists(WORDS, max_size=6))
    return "".join(word + draw(SEPARATORS) for word in words)


@PROPERTY_SETTINGS
@given(
    amount=amounts(),
    form=st.sampled_from(sorted(RENDER_FORMS)),
    before=sentence_parts(),
    after_separator=SEPARATORS,
    after=st.lists(WORDS, max_size=6),
)
def test_amount_in_random_words_found_at_its_offset(amount, form, before, after_separator, after):
    written = render_amount(amount, form)
    text = before + written + after_separator + " ".join(after)
    [mention] = find_amounts(text)
    assert (mention.start, mention.end) == (len(before), len(before) + len(written))
    assert mention.text == written
    assert mention.amount_gbp == amount


@PROPERTY_SETTINGS
@given(
    low=amounts(),
    high=amounts(),
    form=st.sampled_from(sorted(set(RENDER_FORMS) - {"words_pounds"})),
    dash=st.sampled_from(["-", "–", " - ", " to "]),
)
def test_written_range_gives_bounds_and_midpoint(low, high, form, dash):
    low, high = sorted([low, high])
    written = render_amount(low, form) + dash + render_amount(high, form)
    mentions = find_amounts(written)
    if low == high:  # not a range: two separate mentions
        assert [m.amount_gbp for m in mentions] == [low, high]
        return
    [mention] = mentions
    assert mention.text == written
    assert (mention.low, mention.high) == (low, high)
    assert mention.amount_gbp == (low + high) / 2


# --------------------------------------------------------------------------
# Pathological inputs (a guard against super-linear regexes, not a benchmark)
# --------------------------------------------------------------------------

# Each family at a given scale (scale 1 is about 1 MB). The guard compares the
# time at full size with the time at a tenth of it, in the same run: linear
# code grows ~10-fold, a quadratic path 100-fold, whatever the machine's load.
PATHOLOGICAL = {
    "100,000 pound signs": lambda k: "£" * (100_000 // k),
    "1 MB of digits": lambda k: "1" * (1_000_000 // k),
    "pound sign then 1 MB of digits": lambda k: "£" + "1" * (1_000_000 // k),
    "1 MB of digit groups": lambda k: "£" + "1,000" * (200_000 // k),
    "1 MB of pound signs and spaces": lambda k: "£ " * (500_000 // k),
    "1 MB of 'pounds'": lambda k: "pounds " * (150_000 // k),
    "1 MB of 'between'": lambda k: "between £" * (110_000 // k),
    "1 MB of spaces between anchors": lambda k: "£" + " " * (1_000_000 // k) + "pounds",
    "5 MB of prose without money": lambda k: "The ward was rated good in 2019 and 12 staff. " * (110_000 // k),
}


def _seconds(text: str) -> tuple[float, list]:
    started = time.process_time()
    mentions = find_amounts(text)
    return time.process_time() - started, mentions


@pytest.mark.parametrize("name", sorted(PATHOLOGICAL))
def test_pathological_input_is_linear(name):
    small, _ = _seconds(PATHOLOGICAL[name](10))
    text = PATHOLOGICAL[name](1)
    full, mentions = _seconds(text)
    # 30-fold leaves room for noise; a quadratic path would be ~100-fold. The
    # absolute floor keeps sub-second inputs from failing on timer jitter.
    assert full < max(30 * small, 1.0), f"{name}: {full:.2f}s at full size, {small:.3f}s at a tenth"
    _check_invariants(text, mentions)
