"""prefilter.required_literals: words every match of a pattern contains (a
search of a text without one of them is skipped, so the set must be right)."""

import random
import re

import pytest

import cqc_extract
from cqc_extract.prefilter import (boundary_factored, contains_any, finditer_from, literal_alternation, literal_led,
                                   lookbehind_then_literal_led, phrase_starts,
                                   required_literal_sets, required_literals)


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"warning\s+notices?", {"warning"}),
        (r"(?<![\w-])(?:section\s*29a?\s+)?warning\s+notices?(?![\w-])", {"warning"}),
        (r"(?:imposed|placed|attached)\s+conditions?", {"condition"}),
        (r"(?:imposed|placed)\s+(?:on|to)", {"imposed", "placed"}),
        (r"cancel(?:led|s)?\s+registration|de-?registered", {"registration", "registered"}),
        (r"(?:the|that|this)\s+regime|(?<=left\s)them", {"regime", "them"}),
        (r"colou?r\s+chart", {"chart"}),
        (r"suspen(?:d|sion)", {"suspen"}),
        (r"conditions?|conditional", {"condition"}),  # "conditional" contains "condition"
        (r"[a-z]+\s+rated", {"rated"}),
        (r"(?:good|fine)+ly", {"good", "fine"}),
        (r"(?:a|the)\s+fine", {"fine"}),  # "a"/"the" are optional in effect: "fine" is the test
        (r"(?:rated)?\s*good|best", {"good", "best"}),
    ],
)
def test_required_words(pattern, expected):
    assert required_literals(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [
        r"\w+\s+\d+",  # no literal at all
        r"x?y?z?",  # an empty match
        r"(?i)warning",  # case-insensitive: a literal test would miss "WARNING"
        r"of|to",  # too short to be a useful test
    ],
)
def test_no_usable_words(pattern):
    assert required_literals(re.compile(pattern)) is None


def test_no_words_always_searches():
    assert contains_any("anything", None)
    assert not contains_any("a home was rated good", frozenset({"notice"}))


def test_every_match_contains_a_required_word():
    """The patterns the components gate: on random texts made of their own
    words, every match contains one of the words found for it."""
    nlp = cqc_extract.load("fast")
    actions = nlp.get_pipe("cqc_actions")
    patterns = list(actions.kinds.values()) + [actions.regime, actions.notice, actions.conditions_alias]
    vocabulary = sorted({w for p in patterns for w in re.findall(r"[a-z]{2,}", p.pattern)}) + ["the", "home", ",", "."]
    rnd = random.Random(7)
    texts = [" ".join(rnd.choice(vocabulary) for _ in range(rnd.randint(1, 12))) for _ in range(3000)]
    for pattern in patterns:
        words = required_literals(pattern)
        for text in texts:
            for m in pattern.finditer(text):
                assert contains_any(m.group(0), words), (pattern.pattern[:60], m.group(0))


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"(?:imposed|placed)\s+in\s+special\s+measures", [{"imposed", "special", "measures"}, {"placed", "special", "measures"}]),
        # ("placed|put" is parsed as "p(?:laced|ut)": "ut" is too short, so the branch asks for nothing)
        (r"(?:placed|put)\s+in\s+special\s+measures", [{"special", "measures"}]),
        (r"warning\s+notices?|notice\s+of\s+proposal", [{"warning", "notice"}, {"notice", "proposal"}]),
        (r"(?<![\w-])(?:served|issued)\s+(?:an?\s+)?(?:urgent\s+)?notice(?![\w-])", [{"served", "notice"}, {"issued", "notice"}]),
        (r"(?:rated)?\s*good|best", [{"good"}, {"best"}]),  # an optional part asks for nothing
        (r"(?:a|the)\s+fine", [{"fine"}]),  # words shorter than three letters are left out
        (r"(?i)special\s+measures", None),  # case-blind: plain words are no test
        (r"\w+\s+rated|[a-z]+", None),  # a branch that asks for nothing
    ],
)
def test_required_literal_sets(pattern, expected):
    found = required_literal_sets(re.compile(pattern))
    assert (None if found is None else sorted(map(sorted, found))) == (None if expected is None else sorted(map(sorted, expected)))


def test_every_match_holds_a_required_set():
    """The action kinds, gated by required_literal_sets: on random texts made of
    their own words, every match holds every word of one of the sets found."""
    nlp = cqc_extract.load("fast")
    actions = nlp.get_pipe("cqc_actions")
    patterns = list(actions.kinds.values())
    vocabulary = sorted({w for p in patterns for w in re.findall(r"[a-z]{2,}", p.pattern)}) + ["the", "home", ",", "."]
    rnd = random.Random(11)
    texts = [" ".join(rnd.choice(vocabulary) for _ in range(rnd.randint(2, 6))) for _ in range(4000)]
    matched = 0
    for pattern in patterns:
        sets = required_literal_sets(pattern)
        for text in texts:
            for m in pattern.finditer(text):
                matched += 1
                assert sets is None or any(all(w in m.group(0) for w in s) for s in sets), (pattern.pattern[:60], m.group(0))
    assert matched > 20


# Phrases that share first letters in both cases, contain one another, hold
# regex metacharacters, and open with a digit or punctuation.
ALTERNATION_PHRASES = ["chief executive", "Chief Nurse", "chief", "chair", "Chairman", "c", "director", "Director of care",
                       "deputy director", "1st officer", "-led", "(acting) head", "head", "head of care", "care.home", "carer"]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("wrap", ["{}", r"\b{}\b", r"(?<![\w'])({}s?),? ([A-Z]\w+)", r"(?i:{}) (?:of|for) (\w+)"])
def test_literal_alternation_finds_what_the_flat_one_finds(flags, wrap):
    """The grouped alternation finds the same matches, spans and groups as the
    flat one in the same order (the order decides which phrase a match takes)."""
    rnd = random.Random(11)
    order = sorted(ALTERNATION_PHRASES, key=len, reverse=True)
    grouped = re.compile(wrap.format(literal_alternation(order)), flags)
    flat = re.compile(wrap.format("(?:" + "|".join(map(re.escape, order)) + ")"), flags)
    words = ALTERNATION_PHRASES + ["CHIEF", "Head", "of", "for", "Jane", "Doe", "care", ",", "home", "s"]
    for _ in range(2000):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 10)))
        assert [(m.span(), m.groups()) for m in grouped.finditer(text)] == [(m.span(), m.groups()) for m in flat.finditer(text)], text


def test_literal_alternation_shape():
    assert literal_alternation(["chief", "chair", "head"]) == r"(?:c(?:hief|hair)|head)"
    assert literal_alternation(["Chief", "chair"]) == r"(?:(?:Chief|chair))"
    assert literal_alternation(["élan", "chief"]) == r"(?:élan|chief)"  # a non-ASCII first letter: flat
    assert literal_alternation([]) == r"(?:)"


# Patterns whose alternatives open with \b in runs, between others, nested, in
# lookarounds, repeats and named groups, with flags: the shapes the rating cues take.
FACTORED_PATTERNS = [
    r"(?:%|\bper\s*cent\b|\bofsted\b|\bwill\s+be\s+rated\b|(?<!\bas\s)\b(?:if|unless)\s+\w+\s+(?:is|was)\s+rated\b)",
    r"(?:\bfrom|\blost|\(\s*(?:it\s+)?was|\bhad\s+(?:previously\s+)?been(?:\s+rated)?)(?:\s+(?:the|rated|as))*\s*$",
    r"\b(?:was|were)\s+(?P<value>good|poor)\b|\bso\s+(?:is|was)|,\s+(\bas\b|\band\b)\s+(?:\bwell|\btoo)",
    r"(?:(?:\bthe|\bits)\s+(?:\bhome|\btrust)){1,3}|\b(?=rated)\w+|(?<=\brated\s)\b(?:good|\bpoor)",
    r"\b(?:a|an)\b|\b\d+\b|\bx|y",
    r"(?i)\bGood|\bpoor|(?-i:\bFair)",
    r"^\W{0,3}(?:\bso|\bas)\s+(?:is|was)$",
]


@pytest.mark.parametrize("flags", [0, re.IGNORECASE, re.MULTILINE])
@pytest.mark.parametrize("source", FACTORED_PATTERNS)
def test_boundary_factored_finds_what_the_pattern_finds(source, flags):
    """Taking \\b out of runs of alternatives changes no match, span or group
    (search, match, fullmatch and finditer, from and to any position)."""
    plain = re.compile(source, flags)
    factored = boundary_factored(plain)
    assert factored.pattern == plain.pattern and factored.groupindex == plain.groupindex and factored.groups == plain.groups
    rnd = random.Random(13)
    words = ["from", "lost", "(", "it", "was", "had", "been", "previously", "rated", "the", "as", "so", "is", "were", "good",
             "Good", "poor", "Fair", "fair", "per", "cent", "%", "ofsted", "will", "be", "if", "unless", "home", "its", "trust",
             "too", "well", "and", ",", "a", "an", "12", "x", "y", "xy", "\n", "  "]
    for _ in range(1500):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(0, 12)))
        pos, end = rnd.randint(0, len(text)), rnd.randint(0, len(text))
        for method in ("search", "match", "fullmatch"):
            a, b = getattr(plain, method)(text, pos, end), getattr(factored, method)(text, pos, end)
            assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (method, text, pos, end)
        assert [(m.span(), m.groups()) for m in plain.finditer(text)] == [(m.span(), m.groups()) for m in factored.finditer(text)], text


def test_boundary_factored_is_used_on_the_rating_cues(monkeypatch):
    """The rating cues are compiled through boundary_factored (each keeps its
    source text), and a pattern comes back with its source and flags."""
    import cqc_extract.components.ratings as ratings_module

    seen = []

    def counting(pattern):
        seen.append(pattern.pattern)
        return boundary_factored(pattern)

    monkeypatch.setattr(ratings_module, "boundary_factored", counting)
    ratings = cqc_extract.load("fast").get_pipe("cqc_ratings")
    assert ratings.cue["previous_before"].pattern in seen
    assert all(p.pattern in seen for p in ratings.cue.values())
    plain = re.compile(r"\b(?:good|fair|poor)\b", re.I)
    factored = boundary_factored(plain)
    assert (factored.pattern, factored.flags) == (plain.pattern, plain.flags)


# Word lists as the action and money cues are written: an opening lookbehind, nested
# alternatives, optional words, classes of single letters, a closing lookahead.
LED_PATTERNS = [
    r"(?<![\w-])(?:(?:(?:hope|hoped|plan) to raise)|(?:bid(?:s|ding)?\b(?! (?:was|were) won))|(?:vote (?:for|against)))(?![\w-])",
    r"(?<![\w-])(?:(?:(?:section\s*9a?\s+)?caution\s+letters?)|(?:s\.?\s*9a?\s+letters?))(?![\w-])",
    r"(?<![\w-])(?:(?:(?:big|small)\s+)?(?:red|blue)\s+notes?|[xz]ebra|quiet)(?![\w-])",
    r"(?:ward|wardens?|walk)\s+(?:out|in)|(?:£\d+)|zebra",
    r"(?<!\w)(?:not|barely)\s+(?:longer\s+)?allowed(?=\s)",
    # \b and lookbehinds of any width before the first character, as the rating cues open
    r"(?:%|\bper\s*cent\b|\bvote\b|(?<!\bbig\s)\b(?:red|blue)\s+notes?\b|\Bebra)",
    r"\b(?:(?<=not\s)allowed|(?<!-)bid(?:s|ding)?|£\d+|-walk)\b",
    # one alternative after an opening lookbehind (re would try the lookbehind at every character)
    r"(?<![\w-])(?:(?:caution\s+letters?))(?![\w-])",
    r"\bvote\b",
]


@pytest.mark.parametrize("source", LED_PATTERNS)
def test_literal_led_finds_what_the_pattern_finds(source):
    """Opening every alternative with its first character changes no match or
    span (search, match, fullmatch and finditer, from and to any position)."""
    plain = re.compile(source)
    led = literal_led(plain)
    assert led is not plain and led.pattern == plain.pattern
    words = ["hope", "hoped", "plan", "to", "raise", "bid", "bids", "bidding", "was", "won", "vote", "for", "against", "section",
             "9", "9a", "caution", "letter", "letters", "s.", "s", "big", "small", "red", "blue", "note", "notes", "xebra", "zebra",
             "quiet", "barely", "ward", "warden", "wardens", "walk", "out", "in", "£12", "no", "not", "longer", "allowed", "-", "x-", "\n", "  "]
    _assert_same_matches(plain, led, words, joins=["", " ", "-", "a"], seed=7, rounds=1500, most_words=12)


def _assert_same_matches(plain, led, words, joins, seed, rounds, most_words):
    """`led` finds what `plain` finds (search, match, fullmatch from and to any position, finditer) in random
    texts of `words` joined by one of `joins`."""
    rnd = random.Random(seed)
    for _ in range(rounds):
        text = rnd.choice(joins).join(rnd.choice(words) for _ in range(rnd.randint(0, most_words)))
        pos, end = rnd.randint(0, len(text)), rnd.randint(0, len(text))
        for method in ("search", "match", "fullmatch"):
            a, b = getattr(plain, method)(text, pos, end), getattr(led, method)(text, pos, end)
            assert (a and a.span()) == (b and b.span()), (method, text, pos, end)
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in led.finditer(text)], text


@pytest.mark.parametrize("source, flags", [
    (r"(?<![\w-])(?P<kind>red|blue)\s+notes?", 0),  # a group
    (r"(?:red|blue)\s+notes?", re.IGNORECASE),  # flags
    (r"\w+\s+notes?|red", 0),  # an alternative opening with a class
    (r"(?:e|t|a|o|i|n|s|h|r)x", 0),  # opening characters too common to skip
    (r"red notes", 0),  # one alternative: nothing to gain
])
def test_literal_led_leaves_other_patterns(source, flags):
    plain = re.compile(source, flags)
    assert literal_led(plain) is plain


def test_literal_led_is_used_on_the_action_and_money_cues():
    """The cue lists of cqc_actions and cqc_investments are compiled through
    literal_led, which keeps their source (required_literals reads it)."""
    nlp = cqc_extract.load("fast")
    actions, investments = nlp.get_pipe("cqc_actions"), nlp.get_pipe("cqc_investments")
    notice = actions.kinds["warning notice"]
    assert notice is not re.compile(notice.pattern) and "warning" in required_literals(notice)
    assert literal_led(re.compile(notice.pattern)).search("a warning notice was served").span() == notice.search(
        "a warning notice was served").span()
    assert investments.ask_negated.search("their bid was approved")


# Word lists whose opening letters are too common for literal_led, each after one opening
# lookbehind, as the action threats are written: alternatives with lookbehinds of their own,
# optional and repeated tails, groups of alternatives, a negative lookahead after one.
LOOKBEHIND_LED_PATTERNS = [
    r"(?<![\w-])(?:will|would|can(?!\s+(?:now|again)\s+(?:admit|take))|(?<!in\s)(?<!\d\s)may(?!\s+(?:\d|last))|if|once"
    r"|(?<!no\s)further\s+action|set\s+to|consider\w*|(?:chose|choose|opted)\s+not\s+to|a\s+(?:home|trust)\s+(?:that|rated)"
    r"|to\s+be\s+placed|(?<!first\s)to\s+get\s+out|faces?|any\s+further|and|the|in\s+the\s+most)(?![\w-])",
    r"(?<!\w)(?:will|would|[wc]ould|may|tell|oh)",
]


@pytest.mark.parametrize("source", LOOKBEHIND_LED_PATTERNS)
def test_lookbehind_then_literal_led_finds_what_the_pattern_finds(source):
    """Keeping the opening lookbehind in front of the literal-led alternatives changes no match
    or span (search, match, fullmatch and finditer, from and to any position)."""
    plain = re.compile(source)
    led = lookbehind_then_literal_led(plain)
    assert led is not plain and led.pattern == plain.pattern
    words = ["will", "would", "could", "can", "now", "again", "admit", "take", "in", "2", "may", "last", "if", "once", "no",
             "further", "action", "set", "to", "consider", "considered", "chose", "choose", "opted", "not", "a", "home", "trust",
             "that", "rated", "be", "placed", "first", "get", "out", "face", "faces", "any", "and", "the", "most", "tell", "oh",
             "x-", "-", "mayor", "\n", "  "]
    _assert_same_matches(plain, led, words, joins=["", " ", "-", "a", "  "], seed=11, rounds=3000, most_words=14)


@pytest.mark.parametrize("source, flags", [
    (r"(?:will|would)", 0),  # no opening lookbehind
    (r"(?<!ab)(?:will|would)", 0),  # a wider one
    (r"(?<![\w-])(?P<verb>will|would)", 0),  # a group
    (r"(?<![\w-])(?:will|would)", re.IGNORECASE),  # flags
    (r"(?<![\w-])\w+", 0),  # an alternative opening with a class
])
def test_lookbehind_then_literal_led_leaves_other_patterns(source, flags):
    plain = re.compile(source, flags)
    assert lookbehind_then_literal_led(plain) is plain


def test_the_action_threats_are_lookbehind_then_literal_led():
    """cqc_actions' threat list, too common for literal_led, is compiled in this form, with its source."""
    threats = cqc_extract.load("fast").get_pipe("cqc_actions").threats
    plain = re.compile(threats.pattern)
    assert threats is not plain and literal_led(plain) is plain
    for text in ("the trust will be placed in special measures", "in may 2023 it was placed in special measures",
                 "it may be placed in special measures", "the home faces closure", "no further action was taken"):
        a, b = plain.search(text), threats.search(text)
        assert (a and a.span()) == (b and b.span()), text


@pytest.mark.parametrize("phrases, lead, after, blanks_before", [
    (["speaking to", "spokesman for", "a word from", "on behalf of", "works for"], r"(?:", r")\s{1,3}", False),
    (["said it", "says that it", "said its"], r"\s\s{0,2}(?:", r")\b", True),
    (["x", "to", "of the"], r"(?:", r")", False),  # short first words
])
def test_finditer_from_finds_what_finditer_finds(phrases, lead, after, blanks_before):
    """Reading a phrase alternation only where phrase_starts puts a match's beginning
    gives finditer's matches (organisations' cue scans, with the first character's
    lookbehind of organisations._alternation_re)."""
    def alt(w):
        first = re.escape(w[0])
        return first + r"(?<![\w-]" + first + ")" + r"\s{1,3}".join(map(re.escape, w.split()))[len(first):]
    pattern = re.compile(lead + "|".join(alt(w) for w in sorted(phrases, key=len, reverse=True)) + after)
    starts = phrase_starts(phrases, blanks_before=blanks_before)
    rnd = random.Random(11)
    words = [w for p in phrases for w in p.split()] + ["it", "the", "x-", "-", "\n", "  ", "\t", "works", "a", "on", "for"]
    for _ in range(1500):
        text = rnd.choice(["", " ", "  ", "-", "\n"]).join(rnd.choice(words) for _ in range(rnd.randint(0, 14)))
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in finditer_from(pattern, text, starts)], text
