"""ratings.facts.Coverage answers "inside any range?" and "overlapping any
range?" by bisection; both against the plain scans they replace, on random
small sets of ranges (touching, nested, empty and overlapping ones included)."""

import random

from cqc_extract.components.ratings.facts import Coverage


def test_coverage_agrees_with_a_scan_of_every_range():
    rng = random.Random(7)
    for _ in range(5000):
        ranges = []
        for _ in range(rng.randint(0, 5)):
            start = rng.randint(0, 30)
            ranges.append((start, start + rng.randint(0, 8)))
        coverage = Coverage(ranges)
        position = rng.randint(0, 40)
        assert coverage.covers(position) == any(s <= position < e for s, e in ranges), (ranges, position)
        start = rng.randint(0, 38)
        end = rng.randint(start + 1, 40)
        assert coverage.overlaps(start, end) == any(start < e and s < end for s, e in ranges), (ranges, start, end)
