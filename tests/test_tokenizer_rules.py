"""The tokenizer without its identity special cases (tokenizer_rules.py) makes the same tokens."""

import random

import numpy as np
import pytest
import spacy
from spacy.attrs import IS_PUNCT, IS_SPACE, LIKE_NUM, LOWER, NORM, ORTH, PREFIX, SHAPE, SPACY, SUFFIX

from cqc_extract.tokenizer_rules import drop_identity_special_cases, identity_special_cases

ATTRS = [ORTH, SPACY, NORM, LOWER, SHAPE, PREFIX, SUFFIX, IS_PUNCT, IS_SPACE, LIKE_NUM]
TEXTS = [
    "The home’s manager said: ‘We didn’t expect it.’\n\nInspectors found — in March — that staff weren't trained.",
    "Rated 'Good' (up from 'Requires improvement').\tD.C. and E.G. too; C++ 8) :) ''quoted''",
    "  double  spaces \n\n\n and a line\n",
]


@pytest.fixture(scope="module")
def pair():
    stock = spacy.blank("en")
    trimmed = spacy.blank("en")
    drop_identity_special_cases(trimmed)
    return stock, trimmed


def test_removes_only_cases_that_change_nothing(pair):
    stock, trimmed = pair
    removed = set(stock.tokenizer.rules) - set(trimmed.tokenizer.rules)
    assert {"\n", " ", "’", "'"} <= removed
    assert "''" not in removed and ":)" not in removed and "didn’t" not in removed  # these split or merge
    assert identity_special_cases(trimmed.tokenizer) == set()  # (none left to remove)
    assert set(trimmed.tokenizer.rules) == set(stock.tokenizer.rules) - removed  # (asking changes nothing)
    before = dict(stock.tokenizer.rules)
    assert identity_special_cases(stock.tokenizer) == removed
    assert stock.tokenizer.rules == before


def test_same_tokens(pair):
    stock, trimmed = pair
    rnd = random.Random(5)
    keys = sorted(stock.tokenizer.rules)
    alphabet = list("aZ1 .,;:!?'’‘\"“”()[]-—–…\n\t$£%") + ["n't", "'s", "’s", "Mr.", "didn’t", "''", "``"]
    texts = TEXTS + ["".join((rnd.choice(keys) if rnd.random() < 0.4 else rnd.choice(alphabet)) + rnd.choice(("", " "))
                             for _ in range(rnd.randint(1, 8))) for _ in range(3000)]
    for _ in range(2):  # (the second time from the tokenizers' caches)
        for text in texts:
            a, b = stock.tokenizer(text), trimmed.tokenizer(text)
            assert np.array_equal(a.to_array(ATTRS), b.to_array(ATTRS)), text
            assert [t.norm_ for t in a] == [t.norm_ for t in b], text
