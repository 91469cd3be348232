"""cqc_organisations reads four cue patterns only where a match can begin (session 16,
issue 15): the setting apposition at its opening words, the outlets' "X reports" a blank
or two before a cue's last word, the dash tails around a dash, the rated list line a few
blanks before its dash or colon (prefilter.finditer_from). The same matches as each
pattern's own finditer, on random strings of invented words, cues and separators."""

import random
import re

import pytest

import cqc_extract
from cqc_extract.components.org_names import _DASH_TAIL_STARTS, blank_led_starts, leading_words
from cqc_extract.prefilter import finditer_from


@pytest.fixture(scope="module")
def orgs():
    return cqc_extract.load("fast").get_pipe("cqc_organisations")


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<![\w-])(?:sister|other)\s+home", ["sister", "other"]),
    (r"\b(?:a(?:dded|rgued)|said)\s+X", ["added", "argued", "said"]),
    (r"\b(?:say(?:s|)|told)\b", ["says", "say", "told"]),
    (r"\b(?:ad(?:ds|ded))", ["adds", "added"]),  # ("d[s|d]" reads as a class of letters)
    (r"(?:said|\w+ed)\s", None),  # a class of many: no words
    (r"(?i:said|told)", None),
    (r"(?:said|)x", ["saidx", "x"]),
    (r"(?:said|)\s", None),  # an empty alternative, then no literal: no word opens every match
    (r"\bsaid\s", ["said"]),  # plain literals: the longest opening
    (r"\b\w+", None),
])
def test_leading_words(pattern, expected):
    got = leading_words(re.compile(pattern))
    assert (sorted(got) if got is not None else None) == (sorted(expected) if expected is not None else None)


@pytest.mark.parametrize("pattern, expected", [
    (r"\s{1,3}(?:[–—-]|:)\s{1,3}good", (("-", (1, 2, 3)), (":", (1, 2, 3)), ("–", (1, 2, 3)), ("—", (1, 2, 3)))),
    (r"\s{2}x", (("x", (2,)),)),
    (r"\s*-", None),  # may open with no blank
    (r"\s+-", None),  # no bound
    (r"[ \t]{1,3}-", None),  # not \s
    (r"\s{1,3}\w", None),
])
def test_blank_led_starts(pattern, expected):
    assert blank_led_starts(re.compile(pattern)) == expected


def _random_texts(words, seps, n, seed):
    rnd = random.Random(seed)
    for _ in range(n):
        yield "".join(rnd.choice(words) + rnd.choice(seps) for _ in range(rnd.randint(1, 25)))


def _same(pattern, starts, texts):
    found = 0
    for text in texts:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in finditer_from(pattern, text, starts)] == expected, text
        found += bool(expected)
    return found


def test_setting_apposition_at_its_words(orgs):
    assert orgs.setting_apposition_starts  # the vocabulary's pattern opens with its words
    words = ["sister", "other", "another", "mother", "main", "home", "care", "service", "The", "Larches",
             "Brayfield", "Court", "which", "was", "in", "kelby", "older", "-"]
    texts = _random_texts(words, [" ", "  ", ", ", ",  ", "-", "\n"], 6000, 16)
    assert _same(orgs.setting_apposition_re, orgs.setting_apposition_starts, texts) > 30


def test_outlets_after_at_the_cues_last_words(orgs):
    cues = orgs.assets["vocab/organisations.json"]["outlets"]["after"]
    words = cues + ["Tarrow", "Post", "News", "has", "can", "the", "reveal", "reporter", "x"]
    texts = _random_texts(words, [" ", "  ", "\t", " \t", "", ".", "\n"], 6000, 17)
    assert _same(orgs.outlets["after_re"], orgs.outlets["after_starts"], texts) > 100


def test_dash_tails_around_dashes(orgs):
    words = ["Willow", "Court", "Care", "Home", "Nursing", "and", "with", "&", "East", "x", "(Kelby)", "Ltd."]
    seps = [" ", "  ", "\t", " - ", " – ", "–", "—", " -- ", "-", " —  ", ". - ", ") – ", "\n"]
    texts = _random_texts(words, seps, 6000, 18)
    assert _same(orgs._dash_tail_re, _DASH_TAIL_STARTS, texts) > 100


def test_rated_line_before_its_dash_or_colon(orgs):
    assert orgs.rated_line_starts  # the vocabulary's pattern opens with blanks and a dash or colon
    words = ["rated", "as", "good", "outstanding", "requires", "improvement", "inadequate", "'good'",
             "Fennick", "Health", "x"]
    seps = [" ", "  ", "    ", "\t", " - ", " – ", "–", "—", " : ", ": ", " :  ", "-", "\n", " \n - "]
    texts = _random_texts(words, seps, 6000, 19)
    assert _same(orgs.rated_line_re, orgs.rated_line_starts, texts) > 100
