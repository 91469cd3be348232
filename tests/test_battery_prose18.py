"""Paraphrase battery: key questions and ratings in prose -- clauses, history and what holds now
(issue 14, session 18, h-invK18).

Families (issue 14's private set: key questions written as clauses or nouns; an older rating read as the
current one or as the previous one over a later inspection; rating words that assert nothing):
- K-clause: a key question as a clause or a noun phrase ("how it responds to residents' needs", "how
  caring its staff are", "how responsive the practice is", "the care its team gives", "in every area
  inspectors look at"), and a key question carried by a gapped "dropped to ... and how well it is led to";
- K-swap: the current and a previous value in one clause or sentence ("went from X in 2021 to Y for A",
  "Y, the same rating it was given in 2021", "..., whereas A was rated Y, the same as last time": the
  comparison is A's only);
- K-history: older inspections at several dates in one story: `previous` is the most recent one before
  the reported inspection ("rated inadequate in 2021 and requires improvement in 2023 ... now good");
  "still rated X, as it was in 2022. In 2018 it was rated Y": still wins over the older date;
- K-nothing: rating words that assert nothing (an average, a hope, a negation, the scale explained);
and near-misses that must not fire.
Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from test_battery_prose_previous import block
from test_ratings import RI, _items

H = "Tollgate Grange"  # a care home
G = "Saltmarsh Lane Surgery"
T = "Harwood Fold NHS Trust"
S = "Kilnsey Bridge Hospital"
FIVE = ("safe", "effective", "caring", "responsive", "well-led")

FAMILIES = {
    "K-clause: a key question as a clause or a noun phrase": [
        (f"Inspectors rated {H} good overall and outstanding for how it responds to residents' needs.",
         block(H, ("overall", "good"), ("responsive", "outstanding"))),
        (f"{G} was rated good overall. How responsive the practice is was rated outstanding.",
         block(G, ("overall", "good"), ("responsive", "outstanding"))),
        (f"{H} was rated requires improvement, with how caring its staff are rated good.",
         block(H, ("overall", RI), ("caring", "good"))),
        (f"{G} has been rated outstanding for the care its team gives and good for how well the surgery is led.",
         block(G, ("caring", "outstanding"), ("well-led", "good"))),
        pytest.param(f"{H} was rated good overall and in every area inspectors look at.",
                     block(H, ("overall", "good"), *[(d, "good") for d in FIVE]),
                     marks=pytest.mark.xfail(strict=True, reason="singular 'in every area': a known gap "
                                             "(test_battery_key_questions2 KNOWN_GAPS); read as five it passed, but "
                                             "session 15 measured check ratings .778 -> .762 for it")),
        pytest.param(f"The regulator rated {G} outstanding in every area it looks at.",
                     block(G, *[(d, "outstanding") for d in FIVE]),
                     marks=pytest.mark.xfail(strict=True, reason="singular 'in every area': a known gap "
                                             "(test_battery_key_questions2 KNOWN_GAPS; corpus-dev's gold reads 'good in every "
                                             "area the inspectors looked at' as the overall rating)")),
        (f"{H}'s safety has fallen to inadequate and how well it is led to requires improvement.",
         {(H, None, "safe", "inadequate", None, "declined"), (H, None, "well-led", RI, None, "declined")}),
        # near-miss: the clause tells a finding, no value is given for it
        (f"{H} was rated good. Relatives told inspectors how caring the staff were and how the home responds to "
         "people's needs.",
         block(H, ("overall", "good"))),
        # (review) a finding told in the clause before the value is no key question's
        (f"Staff always met their needs, and {H} was rated good, relatives said.",
         block(H, ("overall", "good"))),
    ],
    "K-swap: current and previous in one clause or sentence": [
        (f"{T} went from requires improvement in 2021 to outstanding for the effectiveness of its services.",
         block(T, ("effective", "outstanding", RI))),
        (f"Surgery at {S} was rated good, the same rating it was given in 2021.",
         {(S, "surgery", "overall", "good", "good", "unchanged")}),
        (f"The effectiveness and responsiveness of {T} were rated requires improvement, whereas caring was rated good, "
         "the same as last time.",
         block(T, ("effective", RI), ("responsive", RI), ("caring", "good", "good"))),
        (f"The maternity unit at {S} was rated inadequate. How caring its midwives were remains good. {S} remains "
         "rated requires improvement overall.",
         {(S, "maternity", "overall", "inadequate", None, None), (S, "maternity", "caring", "good", "good", "unchanged"),
          (S, None, "overall", RI, RI, "unchanged")}),
        (f"{T} has moved up to requires improvement overall, with well-led now rated good.",
         {(T, None, "overall", RI, None, "improved"), (T, None, "well-led", "good", None, None)}),
        (f"{T}'s leadership was rated good and the trust went from inadequate in 2022 to good for safety.",
         block(T, ("well-led", "good"), ("safe", "good", "inadequate"))),
    ],
    "K-history: several older inspections in one story": [
        (f"{H} was rated inadequate in 2021 and requires improvement in 2023. It has now been rated good.",
         block(H, ("overall", "good", RI))),
        (f"{T} was rated outstanding in 2017, slipped to good in 2021 and has now been rated requires improvement.",
         block(T, ("overall", RI, "good"))),
        (f"The emergency department at {S} is still rated requires improvement, as it was in 2022. In 2018 it was rated "
         "inadequate.",
         {(S, "urgent and emergency care", "overall", RI, RI, "unchanged")}),
        (f"{H} is now rated good. It was rated inadequate when inspectors first visited in 2019, and requires "
         "improvement at its last inspection in 2022.",
         block(H, ("overall", "good", RI))),
        # near-miss: one older inspection only
        (f"{G} was rated inadequate in 2020. It is now rated good.",
         block(G, ("overall", "good", "inadequate"))),
    ],
    "K-nothing: rating words that assert nothing": [
        (f"{H} was rated good. The average rating across the region is requires improvement.",
         block(H, ("overall", "good"))),
        (f"{G} was rated good. The partners hope it will be rated outstanding next year.",
         block(G, ("overall", "good"))),
        (f"{H} was rated requires improvement. It was not rated inadequate because leaders had already begun to act.",
         block(H, ("overall", RI))),
        (f"{T} was rated good. The CQC uses four ratings: outstanding, good, requires improvement and inadequate.",
         block(T, ("overall", "good"))),
        (f"{G} was rated good. Most practices in the area are rated good, the typical rating nationally.",
         block(G, ("overall", "good"))),
        (f"{G} was inspected in March and its report is due soon. The typical rating for surgeries of its size is good.",
         set()),
    ],
}

CASES = [pytest.param(family, *(row.values if hasattr(row, "marks") else row),
                      marks=row.marks if hasattr(row, "marks") else (), id=f"{family[:9]}-{i}")
         for family, rows in FAMILIES.items() for i, row in enumerate(rows)]


@pytest.mark.parametrize("family, text, expected", CASES)
def test_prose18_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
