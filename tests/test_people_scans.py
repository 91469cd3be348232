"""cqc_people finds its candidates with fewer scans of the text (issue 15): the
patterns that open with a name in one scan (`_name_first_matches`), those that hold
a role head tried only at the heads (`_head_positions`, `_at_heads`, the role-first
gate), the honorific and surname patterns written capital first, the "chief executive
Jane Doe" pattern searched only in the stretches where it can match
(`_role_first_matches`). Each must give exactly the matches of the plain
pattern over the whole text."""

import random
import re

import pytest

import cqc_extract
from cqc_extract.components.people import NAME, _PART, _word_start_alternation

SNIPPETS = [
    "Chief executive Mara Quillon said the home had improved.",
    "The registered manager, Mrs Tova Brennick, said: “We are proud.”",
    "Acting chief executive Dr. Halvard Pimm; the board met on Monday.",
    "said deputy director of nursing Prof.\nEsk Varrow (pictured).",
    "its home manager Ilsa Ordway! Then the practice manager, Cllr. Bex Tamsin?",
    "Nurse director Ayla Fenwright. Clinical lead Dr Oren Castellby",
    "Director of Adult and Family Services, Quen Harrowby, said the plan was sound.",
    "said CHIEF NURSE Orla Danvers, and Registered Manager Piet Olsworth agreed",
    "Tamsin Orrell, 84, and Bryn Calloway, whose son lives nearby, said they were pleased.",
    "Ms Ellery said so. According to Dr Wynn Halloway the ward is safe, says Halloway, adding more.",
    "the home, headed by Mrs Ysolde Marrin and owned by Jory Pellam, was rated good",
    "ſenior nurse Ann Lee and İlse Varn, chief executive Dara Wold said",
    "Kelvin chief executive Ola Brandt said",
    "the chief inspector of hospitals, Sir Dunstan Pell, said [the report] was fair",
    "which manager Jory Sallow because nurse Wen Tarrant \"said\" so",
    "no role here: Jane Smith visited the improvement team.",
]


@pytest.fixture(scope="module")
def people():
    return cqc_extract.load("fast").get_pipe("cqc_people")


def _random_texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    words = ["the", "new", "acting", "because", "which", "said", "says", "deputy", "o’neil", "of", "for", "and", "aged", "whose",
             "son", "according to", "headed by", "is", "was"]
    heads = ["chief executive", "Chief Executive", "CHIEF NURSE", "registered manager", "Registered Manager", "nurse", "head of",
             "gp", "mp", "clinical lead", "Director", "director of nursing", "Lead Nurse"]
    honorifics = ["Dr", "Mr", "Mrs", "Prof", "Cllr", "Sir", "Dame", "Ms"]
    stops = [".", "\n", ";", ":", "(", ")", "“", "”", '"', "!", "?", ",", " ", ". ", ".\n", ", 52,", " – ", "xDr "]
    names = ["Ysolde", "Ann-Marie", "jane", "J", "Brennick", "Zoë", "Álvar"]
    tails = [" Quarrie", " Van Dyke", "", " quarrie", " E. Marr", " Brennick"]
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 5)):
            parts.append(" ".join(rnd.choice(words) for _ in range(rnd.randint(0, 5))))
            if rnd.random() < 0.6:
                parts.append(rnd.choice(["", " "]) + rnd.choice(heads) + rnd.choice([", ", " ", ",", "", ". ", " of Tarn Vale, "]))
            if rnd.random() < 0.5:
                parts.append(rnd.choice(honorifics) + rnd.choice(["", "."]) + rnd.choice([" ", "\n", "  ", ""]))
            parts.append(rnd.choice(names) + rnd.choice(tails))
            parts.append(rnd.choice(stops) + rnd.choice(["", " said", " says", ", who", " and Dr Ola Brandt"]))
        texts.append("".join(parts))
    return texts


TEXTS = SNIPPETS + _random_texts(1500, 9)


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


def test_name_first_patterns_in_one_scan(people):
    assert len(people.name_first_index) >= 10
    found = 0
    for text in TEXTS:
        got = people._name_first_matches(text)
        for i in people.name_first_index:
            expected = [m.span(1) for m in people.candidate_res[i].finditer(text)]
            assert got[i] == expected, (i, text)
            found += bool(expected)
    assert found > 200


def test_head_patterns_at_heads(people):
    assert len(people.head_first_index) == 2
    found = 0
    for text in TEXTS:
        heads = people._head_positions(text)
        for regex, reach in [(people.candidate_res[i], 0) for i in people.head_first_index] + [(people.cap_title_re, people.cap_title_reach)]:
            expected = _spans(regex.finditer(text))
            assert _spans(people._at_heads(regex, text, heads, reach)) == expected, (regex.pattern[:40], text)
            found += bool(expected)
        # the gate tried at the heads finds the stretches the gate's scan finds
        # (those stretches' matches differ from the whole text's around a middle initial,
        # "Dame Zoë E. Marr": the "." is a stretch bound; the same with and without heads)
        assert _spans(people._role_first_matches(text, heads)) == _spans(people._role_first_matches(text)), text
    assert found > 300


def test_head_positions_fall_back_where_lower_case_is_no_ignorecase(people):
    assert people._head_positions("ſenior nurse Ann Lee") is None  # IGNORECASE reads "ſ" as s
    assert people._head_positions("İlse Varn, chief executive") is None  # lower() gives two characters
    assert people._head_positions("the Chief Executive and the nurse") == [4, 28]


def test_honorific_and_surname_patterns_capital_first(people):
    """The plain patterns they stand for, built here again, match the same."""
    plain = [
        re.compile(r"\b" + people.honorific_pat + r"{1,3}" + rf"({_PART})" + r"(?![\w’'\-]| [A-Z])"),
        re.compile(r"(?<![\w’'\-])" + rf"({_PART})" + r" " + people.speech + r"\b"),
        re.compile(rf"\b{people.honorific_pat}({NAME}|[A-Z]\.? {_PART}(?: {_PART}){{0,2}})"),
    ]
    rewritten = [people.surname_res[0], people.surname_res[2],
                 next(c for c in people.candidate_res if c.pattern.startswith(people.honorific_at_word))]
    for text in TEXTS:
        for old, new in zip(plain, rewritten):
            assert _spans(new.finditer(text)) == _spans(old.finditer(text)), (old.pattern[:40], text)


@pytest.mark.parametrize("alternatives, text", [
    (["Dr", "Dame", "Mrs", "Ms"], "xDr Ann, Dame Ola; (Mrs Lee) _Ms Tew Ms"),
    (["said", "says", "stated"], "he said, she says; unsaid; stated"),
    (["-x", "Dr"], "Dr -x"),  # not all open with a word character: the plain \b form
])
def test_word_start_alternation(alternatives, text):
    plain = re.compile(r"\b(?:" + "|".join(alternatives) + ")")
    new = re.compile(_word_start_alternation(alternatives))
    assert [m.span() for m in new.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_alone_on_line_reads_only_near_the_name():
    """`_alone_on_line` looks for the line's start in the 13 characters before the
    name (not the whole line) and its end without copying the rest of the text:
    the same answers as the plain reading, on random short texts."""
    import random
    import re

    from cqc_extract.components.people import People

    def plain(text, start, end):
        lo = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        return (len(text[lo:start]) <= 12 and not text[lo:start].strip(" \t").endswith((",", ":"))
                and bool(re.match(r"[^\n]{0,30}(?:\n|$)", text[end : end + 32]))
                and "," not in text[end : line_end if line_end >= 0 else len(text)])

    rnd = random.Random(3)
    for _ in range(20000):
        text = "".join(rnd.choice("ab \n,:\tX") for _ in range(rnd.randint(0, 60)))
        start = rnd.randint(0, len(text))
        end = rnd.randint(start, len(text))
        assert People._alone_on_line(text, start, end) == plain(text, start, end), (text, start, end)


def _role_spans(matches):
    return [(m.span(), m.span(1)) for m in matches]


@pytest.mark.parametrize("text", SNIPPETS)
def test_role_first_in_its_stretches(people, text):
    assert people.role_first_re is not None
    assert _role_spans(people._role_first_matches(text)) == _role_spans(people.role_first_re.finditer(text))


def test_role_first_on_random_texts(people):
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
        expected = _role_spans(people.role_first_re.finditer(text))
        assert _role_spans(people._role_first_matches(text)) == expected, text
        found += bool(expected)
    assert found > 500  # the texts do hold matches
