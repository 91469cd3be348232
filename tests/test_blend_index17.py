"""The index _merge_blends tries one-word names through (org_aliases._blend_openings) must
hold the opening of every blend _is_abbreviation accepts, or a blend would go unmerged."""

import random

from cqc_extract.components.org_aliases import _blend_openings
from cqc_extract.components.org_names import SKIPPABLE_WORDS, _is_abbreviation


def test_every_blend_opens_with_an_indexed_pair():
    rng = random.Random(17)
    small = sorted(SKIPPABLE_WORDS)
    found = 0
    for _ in range(60_000):
        words = [rng.choice(small) if rng.random() < 0.3 else "".join(rng.choice("abot") for _ in range(rng.randint(1, 4)))
                 for _ in range(rng.randint(2, 5))]
        abbr = "".join(rng.choice("abot") for _ in range(rng.randint(5, 8)))
        if _is_abbreviation(abbr, words):
            found += 1
            assert abbr[:3] in _blend_openings(words), (abbr, words)
    assert found > 20  # the draw does reach blends


def test_known_blends():
    assert _is_abbreviation("Wexcom", ["Wexmoor", "Community", "Health", "NHS", "Trust"])
    assert "wex" in _blend_openings(["wexmoor", "community", "health", "nhs", "trust"])
    assert {"twe", "thw", "the", "wex"} <= _blend_openings(["the", "wexmoor", "trust"])  # a small word taken in part, or skipped
    assert not _is_abbreviation("Zzcom", ["Wexmoor", "Community"])
