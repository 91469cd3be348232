"""cqc_organisations reads the rated subject ("X was rated good") and "X runs the home" only
where a name can end (session 17, issue 15): where a capitalised token ends, and for the
rated subject right after an aside's closing comma or dash (org_names.finditer_at), not at
every blank of the page. finditer_at gives the matches of the pattern's own finditer that
begin at the given starts, or None (the caller then scans) when a match begun before a
start may reach past it: checked on random strings of invented words and random starts,
and on pages whose capitalised words carry the cue words ("Has Been Rated")."""

import random
import re

import pytest

import cqc_extract
from cqc_extract.components.org_names import _max_width, finditer_at


@pytest.fixture(scope="module")
def orgs():
    return cqc_extract.load("fast").get_pipe("cqc_organisations")


WORDS = ["Fenmore", "fenmore", "Lodge", "Has", "has", "been", "Been", "was", "Was", "is", "rated", "Rated", "good", "Good",
         "inadequate", "outstanding", "now", "Now", "also", "operates", "runs", "Runs", "the", "home", "homes", "again", "its",
         "retained", "rating", ",", "–", "-", ":", "\n", "  ", "at", "Kelby", "part", "of", "group"]


@pytest.mark.parametrize("name", ["rated_subject", "runs"])
def test_finditer_at_gives_finditers_matches(orgs, name):
    pattern, width = getattr(orgs, name + "_re"), getattr(orgs, name + "_width")
    assert width is not None and width == _max_width(pattern)
    rnd = random.Random(17)
    answered = 0
    for _ in range(6000):
        low = rnd.choice([" ", "  ", ""]).join(rnd.choice(WORDS) for _ in range(rnd.randint(1, 16))).lower()
        full = list(pattern.finditer(low))
        starts = sorted(set(rnd.sample(range(len(low) + 1), rnd.randint(0, len(low) + 1))) | {m.start() for m in full if rnd.random() < 0.8})
        got = finditer_at(pattern, low, starts, width)
        if got is None:
            continue  # (a match begun before a start may hide it: the caller scans)
        answered += 1
        keep = set(starts)
        assert [m.span() for m in got] == [m.span() for m in full if m.start() in keep], (low, starts)
    assert answered > 5000


def test_finditer_at_gives_up_where_a_match_may_hide_another():
    pattern = re.compile(r"\s(?:has\s)?been\s")
    # " has been " holds " been ": finditer takes the first, so a start at " been" is not its match
    assert finditer_at(pattern, "x has been y", [5], _max_width(pattern)) is None
    assert [m.span() for m in finditer_at(pattern, "x has been y", [1, 5], _max_width(pattern))] == [(1, 11)]
    assert finditer_at(re.compile(r"\s+been"), "x been", [1], _max_width(re.compile(r"\s+been"))) is None  # unbounded


@pytest.mark.parametrize("text, name", [
    ("Fenmore Lodge has been rated good by inspectors.", "Fenmore Lodge"),
    ("Fenmore Lodge, at Kelby, was rated good.", "Fenmore Lodge"),
    ("Fenmore Lodge – part of the Arden group –\nwas rated good.", "Fenmore Lodge"),
    ("Tarrowcare runs the home in Kelby.", "Tarrowcare"),
])
def test_names_before_the_cues_are_found(text, name):
    names = [o["name"] for o in cqc_extract.extract(text, profile="fast").model_dump()["organisations"]]
    assert name in names, names


def test_fewest_words_asks_the_same_question(orgs):
    """_may_hold's word lists less the words that hold another ("town councils" holds "councils"):
    a text holds one of the list exactly when it holds one of the fewer."""
    from cqc_extract.prefilter import fewest_words
    assert fewest_words(["town councils", "councils", "party", "parties", "peer", "peers"]) == ["councils", "parties", "party", "peer"]
    words = ["town councils", "councils", "medical centres", "centres", "surgery", "surgeries", "party"]
    rnd = random.Random(3)
    for _ in range(2000):
        text = " ".join(rnd.choice(words + ["town", "medical", "x", "surge", "ies", "part"]) for _ in range(rnd.randint(0, 6)))
        assert any(w in text for w in words) == any(w in text for w in fewest_words(words))
    assert "councils" in orgs.shared_head_words and "town councils" not in orgs.shared_head_words
