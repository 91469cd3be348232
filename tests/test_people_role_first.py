"""cqc_people's "chief executive Jane Doe" pattern is searched only in the
stretches of text where it can match (People._role_first_matches): the
matches must be exactly those of the pattern over the whole text."""

import random

import pytest

import cqc_extract

SNIPPETS = [
    "Chief executive Mara Quillon said the home had improved.",
    "The registered manager, Mrs Tova Brennick, said: “We are proud.”",
    "Acting chief executive Dr. Halvard Pimm; the board met on Monday.",
    "said deputy director of nursing Prof.\nEsk Varrow (pictured).",
    "its home manager Ilsa Ordway! Then the practice manager, Cllr. Bex Tamsin?",
    "Nurse director Ayla Fenwright. Clinical lead Dr Oren Castellby",
    "the chief inspector of hospitals, Sir Dunstan Pell, said [the report] was fair",
    "which manager Jory Sallow because nurse Wen Tarrant \"said\" so",
    "no role here: Jane Smith visited the improvement team.",
]


@pytest.fixture(scope="module")
def people():
    return cqc_extract.load("fast").get_pipe("cqc_people")


def _spans(matches):
    return [(m.span(), m.span(1)) for m in matches]


@pytest.mark.parametrize("text", SNIPPETS)
def test_snippets(people, text):
    assert people.role_first_re is not None
    assert _spans(people._role_first_matches(text)) == _spans(people.role_first_re.finditer(text))


def test_random_texts(people):
    rnd = random.Random(21)
    words = ["the", "new", "acting", "because", "which", "said", "deputy", "o’neil"]
    heads = ["chief executive", "registered manager", "nurse", "head of", "gp", "mp", "clinical lead", "director"]
    honorifics = ["Dr", "Mr", "Mrs", "Prof", "Cllr", "Sir", "Dame"]
    stops = [".", "\n", ";", ":", "(", ")", "“", "”", '"', "!", "?", ",", " ", ". ", ".\n", "\n\n"]
    found = 0
    for _ in range(4000):
        parts = []
        for _ in range(rnd.randint(1, 4)):
            parts.append(" ".join(rnd.choice(words) for _ in range(rnd.randint(0, 6))))
            parts.append(rnd.choice(["", " "]) + rnd.choice(heads) + rnd.choice([", ", " ", ",", "", ". "]))
            if rnd.random() < 0.5:
                parts.append(rnd.choice(honorifics) + rnd.choice(["", "."]) + rnd.choice([" ", "\n", "  ", "", "\n" * 20]))
            parts.append(rnd.choice(["Ysolde", "Ann-Marie", "jane", "J"]) + rnd.choice([" Quarrie", " Van Dyke", "", " quarrie"]))
            parts.append(rnd.choice(stops))
        text = "".join(parts)
        expected = _spans(people.role_first_re.finditer(text))
        assert _spans(people._role_first_matches(text)) == expected, text
        found += bool(expected)
    assert found > 500  # the texts do hold matches


def test_name_first_patterns_match_their_capital_first(people):
    """The candidate patterns that open with a lookbehind and a name are compiled
    capital first (`_capital_first`): were the name grammar's opening class to
    change without it, the rewrite would silently stop and every such pattern
    would again be tried at every character."""
    from cqc_extract.components.people import NAME

    openers = (r"(?<![\w’'])(" + NAME + ")", r"(?<=, )(" + NAME + ")")
    left = [c.pattern[:40] for c in people.candidate_res if c.pattern.startswith(openers)]
    assert left == []
    assert sum(c.pattern.startswith("([") for c in people.candidate_res) >= 5
