"""Ratings laid out as grids, tables and panels, the way web pages come out
once turned into text (team-written layouts and invented names, not from any
corpus).

Each row: text -> expected (subject, service, domain, rating, previous, change)
items, compared as a set.
"""

import random
import time

import pytest

from cqc_extract.components.ratings.tables import find_tables

RI = "requires improvement"
KQ = ("safe", "effective", "caring", "responsive", "well-led")


def _row(subject, service, values, domains=KQ + ("overall",), previous=None, change=None):
    return {(subject, service, d, v, previous, change) for d, v in zip(domains, values)}


LAYOUTS = {
    "tab grid, empty corner cell": [
        (
            "Pellingham General Hospital\n"
            "Our ratings\n"
            "\tOverall\tSafe\tEffective\tCaring\tResponsive\tWell-led\n"
            "Medical care\tGood\tRequires improvement\tGood\tOutstanding\tGood\tGood\n"
            "Surgery\tRequires improvement\tInadequate\tGood\tGood\tGood\tRequires improvement\n",
            _row("Pellingham General Hospital", "medical care", ("good", RI, "good", "outstanding", "good", "good"),
                 ("overall",) + KQ)
            | _row("Pellingham General Hospital", "surgery", (RI, "inadequate", "good", "good", "good", RI), ("overall",) + KQ),
        ),
    ],
    "pipe grid with an overall row": [
        (
            "Quarrybank Infirmary\n\n"
            "| Service | Safe | Effective | Caring | Responsive | Well-led | Overall |\n"
            "|---|---|---|---|---|---|---|\n"
            "| Maternity | Inadequate | Requires improvement | Good | Good | Inadequate | Inadequate |\n"
            "| Overall | Requires improvement | Good | Good | Good | Requires improvement | Requires improvement |\n",
            _row("Quarrybank Infirmary", "maternity", ("inadequate", RI, "good", "good", "inadequate", "inadequate"))
            | _row("Quarrybank Infirmary", None, (RI, "good", "good", "good", RI, RI)),
        ),
    ],
    "columns laid out with runs of spaces": [
        (
            "Tollbridge Community Hospital\n\n"
            "                    Safe     Effective     Caring       Responsive   Well-led    Overall\n"
            "Critical care       Good     Good          Outstanding  Good         Good        Good\n"
            "End of life care    Requires improvement   Good   Good   Good   Requires improvement   Requires improvement\n",
            _row("Tollbridge Community Hospital", "critical care", ("good", "good", "outstanding", "good", "good", "good"))
            | _row("Tollbridge Community Hospital", "end of life care", (RI, "good", "good", "good", RI, RI)),
        ),
    ],
    "one cell a line, rows labelled": [
        (
            "Fernhollow Hospital\n\nRatings\n\nSafe\nEffective\nCaring\nResponsive\nWell-led\nOverall\n\n"
            "Maternity\nRequires improvement\nGood\nGood\nGood\nRequires improvement\nRequires improvement\n\n"
            "Outpatients\nGood\n\nGood\nOutstanding\nGood\nGood\nGood\n",
            _row("Fernhollow Hospital", "maternity", (RI, "good", "good", "good", RI, RI))
            | _row("Fernhollow Hospital", "outpatients", ("good", "good", "outstanding", "good", "good", "good")),
        ),
    ],
    "one cell a line, one unlabelled row": [
        (
            "Brackenlea Lodge\n\nOverall\nSafe\nEffective\nCaring\nResponsive\nWell-led\n"
            "Good\nGood\nRequires improvement\nGood\nGood\nGood\n",
            _row("Brackenlea Lodge", None, ("good", "good", RI, "good", "good", "good"), ("overall",) + KQ),
        ),
    ],
    "label/value panel with question lines and a star": [
        (
            "Millstream House\n\nOverall rating for this service: Good\n\n"
            "Are services safe? Requires improvement\n"
            "Is the service effective? Good\n"
            "Is the service caring? Outstanding ☆\n"
            "Is the service responsive? Good\n"
            "Is the service well-led? Good\n",
            _row("Millstream House", None, ("good", RI, "good", "outstanding", "good", "good"), ("overall",) + KQ),
        ),
    ],
    "key-question lines that say where the services are": [
        (
            "Marlowe Fields NHS Trust\n\nOverall rating for this trust Requires improvement\n"
            "Are services at this trust safe? Requires improvement\n"
            "Are services at this trust caring? Good\n",
            {
                ("Marlowe Fields NHS Trust", None, "overall", RI, None, None),
                ("Marlowe Fields NHS Trust", None, "safe", RI, None, None),
                ("Marlowe Fields NHS Trust", None, "caring", "good", None, None),
            },
        ),
        (
            "Kingsmere Hospital\n\nAre services at this hospital effective?\nGood\n"
            "Are services at this hospital responsive?\nOutstanding\n",
            {
                ("Kingsmere Hospital", None, "effective", "good", None, None),
                ("Kingsmere Hospital", None, "responsive", "outstanding", None, None),
            },
        ),
    ],
    "latest rating panel with a dated previous rating": [
        (
            "Gorsedale Nursing Home\n\nLatest rating\nRequires improvement\n\nPrevious rating (4 February 2022): Inadequate\n",
            {("Gorsedale Nursing Home", None, "overall", RI, "inadequate", "improved")},
        ),
        (
            "Wickerby Dental Practice\nRating: Good\nPrevious rating: Requires improvement\n",
            {("Wickerby Dental Practice", None, "overall", "good", RI, "improved")},
        ),
    ],
    "previous rating panels in other shapes": [
        (
            "Hazelburn Court\n\nLatest rating\nGood\nPrevious rating\nRequires improvement\n",
            {("Hazelburn Court", None, "overall", "good", RI, "improved")},
        ),
        (
            "Hazelburn Court\n\nCurrent rating: Outstanding\nLast rated: Good (2020)\n",
            {("Hazelburn Court", None, "overall", "outstanding", "good", "improved")},
        ),
    ],
    "a previous-ratings section under its heading": [
        (
            "Pinecrest Hospice\n\nOverall rating: Requires improvement\nSafe: Inadequate\nCaring: Good\n\n"
            "Previous ratings\nOverall: Good\nSafe: Requires improvement\n",
            {
                ("Pinecrest Hospice", None, "overall", RI, "good", "declined"),
                ("Pinecrest Hospice", None, "safe", "inadequate", RI, "declined"),
                ("Pinecrest Hospice", None, "caring", "good", None, None),
            },
        ),
    ],
    "previous and current columns": [
        (
            "Haverleigh Hospital\n\nKey question\tPrevious rating\tCurrent rating\n"
            "Safe\tInadequate\tRequires improvement\n"
            "Caring\tGood\tGood\n"
            "Overall\tInadequate\tRequires improvement\n",
            {
                ("Haverleigh Hospital", None, "safe", RI, "inadequate", "improved"),
                ("Haverleigh Hospital", None, "caring", "good", "good", "unchanged"),
                ("Haverleigh Hospital", None, "overall", RI, "inadequate", "improved"),
            },
        ),
    ],
    "a previous-rating column beside a key-question column": [
        (
            "Thornaby Vale Hospital\n\nService\tOverall\tPrevious rating\n"
            "Maternity\tGood\tRequires improvement\n"
            "Surgery\tGood\tGood\n",
            {
                ("Thornaby Vale Hospital", "maternity", "overall", "good", RI, "improved"),
                ("Thornaby Vale Hospital", "surgery", "overall", "good", "good", "unchanged"),
            },
        ),
    ],
    "direction words on the line under a stacked value": [
        (
            "Birchgrove Clinic\n\nOverall\n\nRequires improvement\n\nImproved\n\nSafe\n\nGood\n\nDeclined\n\n"
            "Caring\n\nGood\n\nNo change\n",
            {
                ("Birchgrove Clinic", None, "overall", RI, None, "improved"),
                ("Birchgrove Clinic", None, "safe", "good", None, "declined"),
                ("Birchgrove Clinic", None, "caring", "good", "good", "unchanged"),
            },
        ),
    ],
    "arrows in grid cells": [
        (
            "Oakenshaw Hospital\n\n\tSafe\tEffective\tCaring\tWell-led\tOverall\n"
            "Urgent and emergency care\tGood ↑\tGood →\tOutstanding ↑\tRequires improvement ↓\tGood\n",
            {
                ("Oakenshaw Hospital", "urgent and emergency care", "safe", "good", None, "improved"),
                ("Oakenshaw Hospital", "urgent and emergency care", "effective", "good", "good", "unchanged"),
                ("Oakenshaw Hospital", "urgent and emergency care", "caring", "outstanding", None, "improved"),
                ("Oakenshaw Hospital", "urgent and emergency care", "well-led", RI, None, "declined"),
                ("Oakenshaw Hospital", "urgent and emergency care", "overall", "good", None, None),
            },
        ),
    ],
    "arrows after labelled lines": [
        (
            "Sallowfield Care Centre\n\nOverall rating: Requires improvement ↓\nSafe: Inadequate ↓\nWell-led: Requires improvement\n",
            {
                ("Sallowfield Care Centre", None, "overall", RI, None, "declined"),
                ("Sallowfield Care Centre", None, "safe", "inadequate", None, "declined"),
                ("Sallowfield Care Centre", None, "well-led", RI, None, None),
            },
        ),
    ],
    "key questions down the side, services across": [
        (
            "Cobblestone Hospital\n\n\tMaternity\tSurgery\n"
            "Safe\tGood\tRequires improvement\n"
            "Well-led\tGood\tInadequate\n"
            "Overall\tGood\tRequires improvement\n",
            _row("Cobblestone Hospital", "maternity", ("good", "good", "good"), ("safe", "well-led", "overall"))
            | _row("Cobblestone Hospital", "surgery", (RI, "inadequate", RI), ("safe", "well-led", "overall")),
        ),
    ],
    "previous rating inside the cell": [
        (
            "Linnetford Hospital\n\nService | Safe | Well-led | Overall\n"
            "Surgery | Good (was Inadequate) | Good (previously Requires improvement) | Good\n",
            {
                ("Linnetford Hospital", "surgery", "safe", "good", "inadequate", "improved"),
                ("Linnetford Hospital", "surgery", "well-led", "good", RI, "improved"),
                ("Linnetford Hospital", "surgery", "overall", "good", None, None),
            },
        ),
    ],
    "one cell a line with arrow and date lines, legend after": [
        (
            "Rookwood Hospital\n\nSafe\nEffective\nCaring\nWell-led\nOverall\n"
            "Critical care\nGood\n↑\nMar 2024\nGood\nMar 2024\nOutstanding\n→ ←\nMar 2024\n"
            "Requires improvement\n↓\nMar 2024\nGood\nMar 2024\n\n"
            "Key:\nOutstanding\nGood\nRequires improvement\nInadequate\n",
            {
                ("Rookwood Hospital", "critical care", "safe", "good", None, "improved"),
                ("Rookwood Hospital", "critical care", "effective", "good", None, None),
                ("Rookwood Hospital", "critical care", "caring", "outstanding", "outstanding", "unchanged"),
                ("Rookwood Hospital", "critical care", "well-led", RI, None, "declined"),
                ("Rookwood Hospital", "critical care", "overall", "good", None, None),
            },
        ),
    ],
    "prose with double spaces is still prose": [
        (
            "Dunmere Surgery has been rated good.  Inspectors found  staff  kind and  caring.\n"
            "The practice  is  in  a  market town.\n",
            {("Dunmere Surgery", None, "overall", "good", None, None)},
        ),
    ],
}

CASES = [(layout, text, expected) for layout, rows in LAYOUTS.items() for text, expected in rows]


def _items(nlp, text):
    return {
        (r["subject"], r["service"], r["domain"], r["rating"], r["previous"], r["change"])
        for r in nlp(text)._.cqc_record["ratings"]
    }


@pytest.mark.parametrize("layout, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_rating_layouts(nlp, layout, text, expected):
    assert _items(nlp, text) == expected


def test_evidence_of_grid_items_points_at_rating_words(nlp):
    text = CASES[0][1]
    for item in nlp(text)._.cqc_record["ratings"]:
        for ev in item["evidence"]:
            assert text[ev["start"] : ev["end"]] == ev["text"]


def test_stacked_grid_finder_is_linear_on_long_pages():
    # 40,000 key-question and value lines: found in well under a second or two.
    block = "safe\neffective\ncaring\nresponsive\nwell-led\n" + "ward\ngood\ngood\ngood\ngood\ngood\n" * 2000
    text = block * 4 + "\n" + "safe\n" * 20000
    began = time.process_time()  # (CPU time: other test workers on the machine do not count)
    tables = find_tables(text)
    assert time.process_time() - began < 5
    assert len(tables) == 4 and all(len(t.rows) == 2001 for t in tables)


# Pieces of labelled lines, question lines and the text around them (invented).
LINE_PIECES = ["safe", "are services safe?", "is it caring?", "is the service at the lodge well-led?", "overall", "good", "'good'",
               "requires improvement", "requires\nimprovement", "needs improvement", "inadequate", "outstanding ☆", ":", " - ",
               "–", "—", "-", "|", "| good |", "•", "(previous rating good)", ".", ";", ",", "\n", "\n\n", "  ", "\t",
               "the lodge was rated", "staff said", "?"]


def test_labelled_lines_tried_only_where_their_cue_is():
    """lines._line_matches (a line pattern tried only at the start of a line
    holding its cue) finds what the pattern's finditer finds, and the inline
    questions are searched only in a text with a question-and-value cue."""
    from cqc_extract.components.ratings import lines

    rnd = random.Random(17)
    for _ in range(6000):
        text = " ".join(rnd.choice(LINE_PIECES) for _ in range(rnd.randint(1, 24)))
        for line, cue in ((lines.LABELLED_LINE, lines.LABELLED_CUE), (lines.QUESTION_LINE, lines.QUESTION_CUE)):
            assert [(m.span(), m.groupdict()) for m in lines._line_matches(line, cue, text)] == [
                (m.span(), m.groupdict()) for m in line.finditer(text)], text
        if not lines.QUESTION_CUE.search(text):
            assert not lines.QUESTION_INLINE.search(text), text


def test_cue_words_looked_for_once_per_clause_as_far_as_asked(nlp_fast):
    """Reader._may (a cue read back from each result is searched only
    where one of its required strings starts) answers what a plain look in the text
    would: for windows asked in any order, short and long (searched, then
    looked up in the page's places of the strings), strings at the very start,
    across the end of an earlier look, and absent; and for the page."""
    from cqc_extract.components.ratings.reader import Reader

    nlp = nlp_fast
    rules = nlp.get_pipe("cqc_ratings")
    text = ("Homes run by Larkfield Care were rated good, and all three homes were judged outstanding. "
            "Two of its hospitals were rated inadequate; the hospital was previously rated good. ") * 3
    doc = nlp(text)
    rnd = random.Random(23)
    for cue, gate in rules.gates.items():
        if not gate.literal:
            continue  # (a gate of words, asked of slices: tests/test_ratings_speed16.py)
        reader = Reader(rules, doc)
        folded = reader.folded
        assert reader._may(cue) == any(w in folded for w in gate.strings), cue
        for _ in range(400):
            start = rnd.choice([0, 1, 5, 40, 90, 130, 200])
            end = rnd.randint(start, len(folded))
            expected = any(0 <= folded.find(w, start, end + len(w) - 1) < end for w in gate.strings)
            assert reader._may(cue, start, end) == expected, (cue, start, end)
