"""cqc_organisations skips cue patterns on texts that hold none of the words every
match holds, and writes speaker_after_re with its first letter first (issue 15):
the same matches as the plain patterns."""

import random
import re

import pytest

import cqc_extract
from cqc_extract.components.org_names import _may_hold


@pytest.fixture(scope="module")
def orgs():
    return cqc_extract.load("fast").get_pipe("cqc_organisations")


@pytest.mark.parametrize("text, words, expected", [
    ("Tarn and Vell Borough COUNCILS", ["councils"], True),
    ("Tarn and Vell surgeries", ["councils"], False),
    ("councıls", ["councils"], True),  # IGNORECASE reads "ı" as i: no skipping
    ("İ the rest", ["councils"], True),  # lower() gives two characters for "İ": no skipping
    ("", ["councils"], False),
])
def test_may_hold(text, words, expected):
    assert _may_hold(text, words) is expected


def test_speaker_after_first_letter_first(orgs):
    lead = r"[Aa](?<![\w'’-].)"
    assert orgs.speaker_after_re.pattern.startswith(lead)
    plain = re.compile(r"(?<![\w'’-])[Aa]" + orgs.speaker_after_re.pattern[len(lead):])  # the lookbehind first
    rnd = random.Random(4)
    words = ["a", "A", "an", "An", "xa", "Tarn", "Vell", "Care", "spokesperson", "spokesman", "said", "-a", "'an", "\n"]
    found = 0
    for _ in range(3000):
        text = " ".join(rnd.choice(words) for _ in range(rnd.randint(2, 9)))
        expected = [(m.span(), m.groups()) for m in plain.finditer(text)]
        assert [(m.span(), m.groups()) for m in orgs.speaker_after_re.finditer(text)] == expected, text
        found += bool(expected)
    assert found > 100


def test_shared_heads_skipped_without_a_plural_head(orgs):
    assert orgs.shared_head_words and all(w == w.lower() for w in orgs.shared_head_words)
    nlp = cqc_extract.load("fast")
    doc = nlp("Tarnfield and Vellbrook Borough Councils agreed the plan.")
    assert {"Tarnfield Borough Council", "Vellbrook Borough Council"} <= {o["name"] for o in doc._.cqc_organisations}
