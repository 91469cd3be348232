"""Invented real-style battery: key questions and their previous values laid out in page structure (issue 14's
"bullets and tables" and "previous rating missed: cue not known or in another sentence" families; session 18).

Families (tags of the invented set /work/notes/inv18/G, rows here in new words and names):
- G-grid: a table as text extraction leaves it ("Key question | Previous rating | Current rating", tabs, runs of
  spaces, or one cell a line);
- G-bullet: lines that each carry a key question with its current and previous value ("Safe: good (previously
  requires improvement)", "Effective: Good, up from Inadequate", "Caring: Good (carried over from the last
  inspection)", "Are services responsive to people's needs? Good (previously inadequate)");
- G-sentence-list: key questions each with its own change in prose;
- G-after: key questions named in the sentence after their value ("It was rated requires improvement in two
  areas. These were safe and well-led."; "Two key questions improved to good: effective and responsive.");
- G-remain: previous ratings held over ("the other key questions were not inspected and keep their earlier good
  rating");
- G-near: near-misses that must give nothing of their own: a legend of the rating scale, a caption, a hope.
Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from test_battery_prose_previous import block
from test_ratings import RI, _items


H = "Pelham Stour House"
S = "Quenby Fold Surgery"
C = "Tidewell Court"
INTRO = f"{H} has been rated good overall by the Care Quality Commission, up from requires improvement.\n\n"

FAMILIES = {
    "G-grid": [
        (INTRO + "Key question | Previous rating | Current rating\nSafe | Requires improvement | Good\n"
         "Caring | Good | Outstanding\nWell-led | Inadequate | Good\n",
         block(H, ("overall", "good", RI), ("safe", "good", RI), ("caring", "outstanding", "good"), ("well-led", "good", "inadequate"))),
        (INTRO + "Key question\tLast inspection\tThis inspection\nSafe\tRequires improvement\tGood\n"
         "Responsive\tGood\tGood\n",
         block(H, ("overall", "good", RI), ("safe", "good", RI), ("responsive", "good", "good"))),
        (INTRO + "Key question     Previous         Latest\nEffective        Inadequate       Good\n"
         "Well-led         Good             Requires improvement\n",
         block(H, ("overall", "good", RI), ("effective", "good", "inadequate"), ("well-led", RI, "good"))),
        (INTRO + "Our ratings\n\nKey question\nPrevious rating\nLatest rating\nSafe\nInadequate\nGood\nCaring\nGood\nGood\n",
         block(H, ("overall", "good", RI), ("safe", "good", "inadequate"), ("caring", "good", "good"))),
    ],
    "G-sentence-list": [
        (f"{C} has been rated good. Effective and caring each rose from requires improvement to good, whereas responsive "
         "slipped from good to requires improvement.",
         block(C, ("overall", "good"), ("effective", "good", RI), ("caring", "good", RI), ("responsive", RI, "good"))),
    ],
    "G-bullet": [
        (INTRO + "Are services safe? Good (previously inadequate)\n"
         "Are services responsive to people's needs? Requires improvement (previously requires improvement)\n",
         block(H, ("overall", "good", RI), ("safe", "good", "inadequate"), ("responsive", RI, RI))),
        (INTRO + "- Effective: Good, up from Inadequate\n- Well-led: Requires improvement (was good)\n",
         block(H, ("overall", "good", RI), ("effective", "good", "inadequate"), ("well-led", RI, "good"))),
        (f"{S} has kept its good rating following a focused inspection.\n\nSafe: Good\n"
         "Caring: Outstanding (rating from previous inspection)\nResponsive: Good (carried over from last inspection)\n",
         block(S, ("overall", "good", "good"), ("safe", "good"), ("caring", "outstanding", "outstanding"),
               ("responsive", "good", "good"))),
        (f"{S} has kept its good rating following a focused inspection.\n\nWell-led: Good\n"
         "Effective: Good (not inspected)\n",
         block(S, ("overall", "good", "good"), ("well-led", "good"), ("effective", "good", "good"))),
    ],
    "G-after": [
        (f"{C} has been rated requires improvement. It was rated requires improvement in two areas. These were "
         "effective and responsive.",
         block(C, ("overall", RI), ("effective", RI), ("responsive", RI))),
        (f"{C} has been rated good. Two key questions went up to good: safe and caring.",
         block(C, ("overall", "good"), ("safe", "good", None, "improved"), ("caring", "good", None, "improved"))),
        (f"{C} has been rated good. It was rated outstanding for one key question. That was well-led.",
         block(C, ("overall", "good"), ("well-led", "outstanding"))),
    ],
    "G-remain": [
        (f"{C} has been rated good after a focused inspection of safe, which improved from inadequate to good. The "
         "other key questions (effective, caring and responsive) were not inspected and keep their earlier good rating.",
         block(C, ("overall", "good"), ("safe", "good", "inadequate"), ("effective", "good", "good"),
               ("caring", "good", "good"), ("responsive", "good", "good"))),
    ],
    "G-near": [
        # an older inspection's ratings, marked as such, fill `previous` only
        (f"{H} has been rated good overall and good for safe and well-led.\n\nFor comparison, these were the ratings "
         "from the last inspection in 2022:\nOverall: Requires improvement\nSafe: Inadequate\nWell-led: Good\n",
         block(H, ("overall", "good", RI), ("safe", "good", "inadequate"), ("well-led", "good", "good"))),
        # a legend of the scale and a caption give nothing
        (f"{S} has been rated good.\n\nWhat the ratings mean:\nOutstanding – the service is performing exceptionally well.\n"
         "Inadequate – the service is performing badly.\n\nImage: the ratings poster at the surgery",
         block(S, ("overall", "good"))),
        # (review) "its last inspection" in news copy is the newest one: a lead with no "were" or "for
        # comparison" leads into the current ratings
        (f"Report: {C}\n\n{C} ratings from its last inspection, in May 2024:\nSafe: Good\nCaring: Outstanding\n"
         "Overall: Good\n",
         block(C, ("overall", "good"), ("safe", "good"), ("caring", "outstanding"))),
        (f"{C} was inspected in May 2024. The ratings at the regulator's last inspection:\nSafe: Requires improvement\n"
         "Overall: Requires improvement\n",
         block(C, ("overall", RI), ("safe", RI))),
        # a lead that is not about the inspection before: its lines are current
        (f"{S} has been rated good overall.\n\nKey question ratings since the last inspection:\nSafe: Good\n"
         "Caring: Outstanding\n",
         block(S, ("overall", "good"), ("safe", "good"), ("caring", "outstanding"))),
        # a count whose next sentence names no key question gives no items
        (f"{S} has been rated good overall. It was rated good in three areas. These were the areas inspectors "
         "looked at in detail.",
         block(S, ("overall", "good"))),
        # a hope in a quote is no rating
        (f"{S} has been rated good. The practice manager said: \"We want every key question to be outstanding next time.\"",
         block(S, ("overall", "good"))),
        (f"{S} has been rated good. \"There is more to do on leadership and we will keep going until every rating is "
         "good or better,\" said the lead GP.",
         block(S, ("overall", "good"))),
    ],
}

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_grids18_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
