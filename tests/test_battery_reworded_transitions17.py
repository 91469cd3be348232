"""Paraphrase battery: transitions and history said in other words (issue 14, session 17, h-rewordT17).

Families found by rewording the transition and history sentences of real pages (the reworded copy is
kept outside the project) and reading which wordings lose or invent an item:
- T-before: a previous rating in a sentence of its own that covers every key question ("At its previous
  inspection it was rated good overall and good for all domains", "... in all five key questions");
- T-rel: a history relative clause between the subject and its verb ("Surgery, which had been rated good at
  the last inspection, was rated requires improvement"; "Safe, which required improvement at the last
  inspection, is now good"): the value inside is the previous of that subject's item only;
- T-from: "moved up from X, its rating in 2019, to Y" (an apposition between from and to);
- T-hist: history introduced by "At the 2019 visit," / "At that inspection," whose values do not hold now;
- T-same: "as it was before this inspection" after the value;
- T-verb: "have climbed to good since the previous inspection" (a direction verb with "since");
and near-misses that must not fire (a relative clause with no history, a dated visit that is the current
one). Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from test_battery_prose_previous import block
from test_ratings import RI, _items

P = "Ashcombe Rise Surgery"
H = "Fennimore House"
K = "Larkhollow Lodge"
T = "Brackenfold Hospital"

FAMILIES = {
    "T-before: a previous sentence for every key question": [
        (f"{P} is rated requires improvement overall. At its previous inspection, in March 2016, it was rated good "
         "overall and good for all domains.\nThe key questions are rated as:\nAre services safe? – Requires improvement\n"
         "Are services effective? – Good",
         block(P, ("overall", RI, "good"), ("safe", RI, "good"), ("effective", "good", "good"))),
        (f"{H} has been rated inadequate overall and for being safe. When it was last inspected, in 2021, the home "
         "was rated good in all five key questions.",
         block(H, ("overall", "inadequate"), ("safe", "inadequate", "good"))),
        (f"{P} is rated good overall and for being caring. At its last inspection it was rated requires improvement "
         "overall.",
         block(P, ("overall", "good", RI), ("caring", "good"))),
    ],
    "T-rel: a history relative clause between the subject and its verb": [
        (f"Inspectors rated the trust's maternity service inadequate. Surgery at {T}, which had been rated good at "
         "the last inspection, was rated requires improvement.",
         {(None, "maternity", "overall", "inadequate", None, None), (T, "surgery", "overall", RI, "good", "declined")}),
        (f"{K} is still rated good overall, and safe, which required improvement at the last inspection, is now "
         "good.",
         block(K, ("overall", "good", "good"), ("safe", "good", RI))),
        (f"{K} is rated good overall. Caring, which was rated outstanding in 2020, is now rated good.",
         block(K, ("overall", "good"), ("caring", "good", "outstanding"))),
        (f"{H}, which was rated inadequate in 2022, has been rated requires improvement.",
         block(H, ("overall", RI, "inadequate"))),
    ],
    "T-from: an apposition between from and to": [
        (f"{H} has moved up from inadequate, its rating in May 2019, to requires improvement overall, and is rated "
         "good for being caring.",
         block(H, ("overall", RI, "inadequate"), ("caring", "good"))),
        (f"{H} has moved up from inadequate, its rating in May 2019, to requires improvement overall, and is rated "
         "outstanding for being caring and good for effectiveness.",
         block(H, ("overall", RI, "inadequate"), ("caring", "outstanding"), ("effective", "good"))),
        (f"{P} has dropped from outstanding, the rating it held since 2017, to good.",
         block(P, ("overall", "good", "outstanding"))),
        (f"{H} has moved up from requires improvement to good overall.",
         block(H, ("overall", "good", RI))),
    ],
    "T-hist: a dated visit as the history lead": [
        (f"{K} has been rated good. At the 2019 visit, safety had been judged to require improvement, while caring "
         "and well-led were rated good.",
         block(K, ("overall", "good"))),
        (f"{K} has been rated good. At that inspection, in 2019, safe was rated requires improvement and caring was "
         "rated good.",
         block(K, ("overall", "good"))),
    ],
    "T-same and T-verb": [
        (f"Inspectors visited {K} in May. {K} is rated good overall, as it was before this inspection.",
         block(K, ("overall", "good", "good"))),
        (f"{K} is rated requires improvement overall, as it was at its previous inspection.",
         block(K, ("overall", RI, RI))),
        (f"Patient transport services at {T} have climbed to good since the previous inspection.",
         {(T, "patient transport services", "overall", "good", None, "improved")}),
        (f"{P} has slipped to requires improvement since its last inspection.",
         {(P, None, "overall", RI, None, "declined")}),
    ],
    "near-misses": [
        (f"{P}, which serves 9,000 patients in the town, was rated good.",
         block(P, ("overall", "good"))),
        (f"Its sister home, {H}, which was previously rated outstanding, kept that rating in March.",
         block(H, ("overall", "outstanding", "outstanding"))),
        (f"At the May visit, inspectors rated {K} good overall.",
         block(K, ("overall", "good"))),
        (f"{K} has been rated good overall, up from requires improvement, and good for being safe.",
         block(K, ("overall", "good", RI), ("safe", "good"))),
        (f"{P} is rated good overall. Safe, which inspectors looked at closely, is rated requires improvement.",
         block(P, ("overall", "good"), ("safe", RI))),
    ],
}

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family, text, expected", CASES, ids=[f"{c[0][:6]}-{i}" for i, c in enumerate(CASES)])
def test_reworded_transitions17_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
