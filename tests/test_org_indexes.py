"""The indexes behind the organisations' short forms (issue 15) give what the
scans they replace gave: a differential check on random small texts."""

from __future__ import annotations

import random
import re

from cqc_extract.components import org_aliases as oa

PIECES = ["Quab", "Quab's", "quab", "Vell", "-", "(x)", "Quab-Vell", "é", "1", "’", "'", "s", "Quab_", "_"]


def _regex_uses(text: str, literal: str) -> list[tuple[int, int]]:
    pattern = r"(?<![\w’'-])" + re.escape(literal) + r"(?:['’]s)?(?![\w-])"
    return [m.span() for m in re.finditer(pattern, text)]


def test_word_index_finds_what_the_regex_finds():
    rng = random.Random(15)
    for trial in range(4000):
        text = "".join(rng.choice(PIECES + [" ", " ", "  ", "\n"]) for _ in range(rng.randint(0, 25)))
        literal = " ".join(rng.choice(PIECES) for _ in range(rng.randint(1, 3)))
        for budget in (None, 0):  # by str.find, then from the index of word starts
            index = oa._WordIndex(text)
            if budget is not None:
                index.budget = budget
            assert index.uses(literal) == _regex_uses(text, literal), (text, literal, budget)


def test_coverage_is_the_overlap_test():
    rng = random.Random(16)
    for trial in range(4000):
        length = rng.randint(1, 30)
        spans = [(rng.randint(0, 32), rng.randint(0, 32)) for _ in range(rng.randint(0, 4))]
        coverage = oa._Coverage(length, spans)
        start = rng.randint(0, length - 1)
        end = rng.randint(start + 1, length)
        assert coverage.overlaps(start, end) == any(s < end and start < e for s, e in spans), (spans, start, end)


def test_names_beginning_a_key_in_order():
    order = ["quab vell", "quab", "quab vell ltd", "quab  x", "vell", "quab vell", "quabvell y"]
    longer = oa._names_beginning(order)
    for key in set(order) | {"zzz", "quab vell ltd"}:
        expected = [other for other in order if other.startswith(key + " ")]
        assert longer(key) == expected, key
