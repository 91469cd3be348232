"""Session 16 (h-speedR16b): exact rewrites in cqc_ratings for speed keep every match.

- COPY_WORDS is a necessary condition of the "copy_any" cue: every match of copy_previous or
  copy_value holds one of its words, so the cue searched only where its Gate finds one finds what it finds;
- the table cell separator, written to open with "(?=[ \\t|])", finds the separators it found.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from cqc_extract.components.ratings import COPY_WORDS, Gate
from cqc_extract.components.ratings import tables

REPO = Path(__file__).resolve().parent.parent
CUES = json.loads((REPO / "models" / "vocab" / "rating_cues.json").read_text(encoding="utf-8"))
COPY_ANY = re.compile(f"(?:{CUES['copy_previous']})|(?:{CUES['copy_value']})")

# invented wording, every alternative of the two cues at least once
COPY_PHRASES = [
    "the ward did so too.", "the clinic has as well", "and had so as well.", "so has caring", "so did the unit",
    "the same move for effective", "the same change", "likewise, responsive", "as has well-led", "as did safe",
    "as were its ratings for caring", "as was the trust's overall rating", "it was too.", "they are as well;",
    "the same rating for caring", "which is the same", "the same is true of caring", "as is safe",
    "as it was at the inspection", "so is effective", "its wards, so were the others", "rated the same",
    "and so are its two wards", "given the same",
]


def _copy_texts() -> list[str]:
    rng = random.Random(16)
    words = ["did", "has", "had", "so", "too", "as", "well", "same", "the", "move", "was", "is", "are", "which", "true",
             "rated", "likewise", "it", "they", "at", "its", ",", ";", ".", "and", "rating", "caring", "were", "has"]
    texts = list(COPY_PHRASES)
    texts += [" ".join(rng.choice(words) for _ in range(rng.randint(1, 9))) for _ in range(20000)]
    texts += ["".join(rng.choice("asotmelikw ,.") for _ in range(rng.randint(1, 20))) for _ in range(20000)]
    return texts


def test_copy_words_are_necessary():
    texts = _copy_texts()
    assert all(COPY_ANY.search(t) for t in COPY_PHRASES)
    for t in texts:
        for m in COPY_ANY.finditer(t):
            assert COPY_WORDS.search(t, m.start(), m.end()), (t, m.group(0))


def test_gated_search_is_the_pattern_search():
    gate = Gate(("as", "likewise", "same", "so", "too"), COPY_WORDS)
    for t in _copy_texts():
        a, b = gate.starts_in(t) and COPY_ANY.search(t), COPY_ANY.search(t)
        assert (a.span() if a else None) == (b.span() if b else None), t


def test_cell_separator_same_matches():
    old = re.compile(r"[ \t]{0,40}\|[ \t]{0,40}|[ \t]{0,40}\t[ \t]{0,40}| {2,40}")
    rng = random.Random(161)
    for _ in range(50000):
        s = "".join(rng.choice(" \t|ab-") for _ in range(rng.randint(0, 30)))
        assert [m.span() for m in old.finditer(s)] == [m.span() for m in tables._SEPARATOR.finditer(s)], s
        assert (old.match(s) is None) == (tables._SEPARATOR.match(s) is None), s


def test_gate_pickles():
    import pickle
    gate = pickle.loads(pickle.dumps(Gate(("as", "likewise", "same", "so", "too"), COPY_WORDS)))
    assert gate.starts_in("as did safe") and not gate.starts_in("it was good")
    gate = pickle.loads(pickle.dumps(Gate(("draft", "provisional"))))
    assert gate.literal and gate.starts_in("a draft report") and not gate.starts_in("a final report")
