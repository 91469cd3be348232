"""Paraphrase battery: a practice's or home's key questions stated with a change or with
previous values of their own (issue 14, session 12).

Families the earlier batteries (test_battery_history11.py, test_battery_prose_previous.py,
test_battery_previous*.py) do not have:
- key questions given with a direction but no previous value ("both improvements on the last
  inspection", "has improved its safe and well-led ratings to good", "upgraded X's rating to good,
  along with ...", a next sentence "This was an improvement on the last inspection"): `change`
  set, `previous` null;
- each key question's previous value different from the overall's, stated in relative clauses
  ("..., which were previously good, and for responsive, which was previously requires
  improvement"), fronted ("Safe, effective and well-led, which had all been rated ..., are now
  good"), or one "up from" with two values for two lists;
- key questions listed after an overall, with a shared "previously" after them or in the next
  sentence ("All had previously been rated requires improvement");
and near-misses (a present "now rated" without a change word, "up to 16 people", an "also
rated" beside an improvement of the overall).
Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from test_battery_prose_previous import block, item
from test_ratings import RI, _items


G = "Brackenfold Surgery"
H = "Ferncastle House"

FAMILIES = {
    "key questions with a direction and no previous value": [
        (f"{G} has been rated good overall, up from requires improvement. It has improved to good for safe and well-led.",
         block(G, ("overall", "good", RI), ("safe", "good", None, "improved"), ("well-led", "good", None, "improved"))),
        (f"{G} has moved up to good overall. Safe and well-led have moved up to good.",
         block(G, ("overall", "good", None, "improved"), ("safe", "good", None, "improved"), ("well-led", "good", None, "improved"))),
        (f"{G} has moved up to good overall. The practice was also rated good for safe and responsive, both improvements on the "
         "last inspection.",
         block(G, ("overall", "good", None, "improved"), ("safe", "good", None, "improved"), ("responsive", "good", None, "improved"))),
        (f"{H} has improved its safe and well-led ratings to good, and is now rated good overall.",
         block(H, ("overall", "good"), ("safe", "good", None, "improved"), ("well-led", "good", None, "improved"))),
        (f"{H} has been rated good overall, up from requires improvement. Safe improved to good, having been rated inadequate, "
         "while well-led moved up to outstanding.",
         block(H, ("overall", "good", RI), ("safe", "good", "inadequate"), ("well-led", "outstanding", None, "improved"))),
        (f"The watchdog has upgraded {G}'s rating to good, along with its ratings for safe and well-led.",
         block(G, ("overall", "good", None, "improved"), ("safe", "good", None, "improved"), ("well-led", "good", None, "improved"))),
        (f"The regulator has downgraded {H}'s rating to requires improvement.",
         block(H, ("overall", RI, None, "declined"))),
        (f"{G} was rated good for safe and well-led. This was an improvement on the last inspection.",
         block(G, ("safe", "good", None, "improved"), ("well-led", "good", None, "improved"))),
        (f"{H} was rated requires improvement for safe. This marked a decline from the previous inspection.",
         block(H, ("safe", RI, None, "declined"))),
        (f"{G} has seen its ratings for safe and well-led rise to good.",
         block(G, ("safe", "good", None, "improved"), ("well-led", "good", None, "improved"))),
        # near-misses: "up to 16 people" is a capacity, an improvement in something else is no direction
        (f"{H}, which has room for up to 16 people, was rated good for safe and caring.",
         block(H, ("safe", "good"), ("caring", "good"))),
        (f"{G} was rated good. This was an improvement in how quickly patients were seen.",
         block(G, ("overall", "good"))),
        # near-miss: "now rated" alone is no direction
        (f"{G} is now rated requires improvement overall, but outstanding for caring and good for effective.",
         block(G, ("overall", RI), ("caring", "outstanding"), ("effective", "good"))),
    ],
    "each key question's previous value differs from the overall's": [
        (f"{H} is now rated good overall, having previously been rated requires improvement. Safe has moved up from inadequate to "
         "good, and well-led from requires improvement to outstanding.",
         block(H, ("overall", "good", RI), ("safe", "good", "inadequate"), ("well-led", "outstanding", RI))),
        (f"{G} has been rated outstanding, up from good. It is now outstanding for effective and well-led, which were previously "
         "good, and for responsive, which was previously requires improvement.",
         block(G, ("overall", "outstanding", "good"), ("effective", "outstanding", "good"), ("well-led", "outstanding", "good"),
               ("responsive", "outstanding", RI))),
        (f"{H} has been rated good. Safe had been requires improvement and is now good, and well-led had been inadequate and is "
         "now good.",
         block(H, ("overall", "good"), ("safe", "good", RI), ("well-led", "good", "inadequate"))),
        (f"{G} was rated good overall, having been rated inadequate in 2022. The practice was rated good for safe, well-led and "
         "effective, up from inadequate for safe and well-led and requires improvement for effective.",
         block(G, ("overall", "good", "inadequate"), ("safe", "good", "inadequate"), ("well-led", "good", "inadequate"),
               ("effective", "good", RI))),
        (f"{H} has been rated good. Safe and well-led are now good, having both been requires improvement.",
         block(H, ("overall", "good"), ("safe", "good", RI), ("well-led", "good", RI))),
        (f"{H} has been upgraded to good. Safe, effective and well-led, which had all been rated requires improvement, are now good.",
         block(H, ("overall", "good", None, "improved"), ("safe", "good", RI), ("effective", "good", RI), ("well-led", "good", RI))),
        (f"{G} has been rated good after being rated requires improvement at its last inspection. It was rated good for safe and "
         "well-led, where it had been rated inadequate.",
         block(G, ("overall", "good", RI), ("safe", "good", "inadequate"), ("well-led", "good", "inadequate"))),
    ],
    "key questions listed after an overall with a shared previous value": [
        (f"{G} has been rated good overall, and good for being safe, effective and caring, having previously been rated requires "
         "improvement in these areas.",
         block(G, ("overall", "good"), ("safe", "good", RI), ("effective", "good", RI), ("caring", "good", RI))),
        (f"{H} was rated good for being safe and well-led. Both had previously been rated inadequate.",
         block(H, ("safe", "good", "inadequate"), ("well-led", "good", "inadequate"))),
        (f"{G} is now rated good in all five key questions, having previously been rated inadequate for safe and requires "
         "improvement for well-led.",
         block(G, ("safe", "good", "inadequate"), ("well-led", "good", RI), ("effective", "good"), ("caring", "good"),
               ("responsive", "good"))),
        (f"{G} has been rated good. The practice was previously rated requires improvement overall and inadequate for safe.",
         block(G, ("overall", "good", RI))),
        (f"{G} has been rated good. Previously rated requires improvement, the practice is now good for safe, effective and "
         "responsive.",
         block(G, ("overall", "good", RI), ("safe", "good", RI), ("effective", "good", RI), ("responsive", "good", RI))),
        # near-miss: the key questions stated apart from the overall's history keep no previous value
        (f"{G} has been rated good overall, having previously been rated requires improvement. It was also rated good for being "
         "safe and effective.",
         block(G, ("overall", "good", RI), ("safe", "good"), ("effective", "good"))),
    ],
}

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_kqhistory12_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
