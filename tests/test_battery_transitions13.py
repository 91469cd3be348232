"""Paraphrase battery: transitions and changes stated apart from the result (issue 14, session 13).

Families the earlier batteries (test_battery_history11.py, test_battery_kqhistory12.py,
test_battery_prose_previous.py, test_battery_transitions2.py) do not have:
- a previous value stated with no tense of its own in another sentence or a standfirst ("A care home
  rated inadequate has been taken out of special measures." ... "X has now been rated good");
- a previous value as an attribute of the subject ("the previously inadequate home", "the formerly
  outstanding practice") or after a participle list ("having been placed in special measures and
  rated inadequate", "good having been rated inadequate" with no comma);
- a direction alone in the sentence or headline before the result ("X has been upgraded. It is now
  rated good", "Watchdog downgrades X", "X has had its rating downgraded"): `change` set, `previous` null;
- all five key questions as the subject of a direction ("All five key questions have improved to
  good"): each key question's `change`, `previous` null;
- a history list going on without a verb of its own ("previously rated inadequate, with safe rated
  inadequate and caring rated requires improvement"): every value history;
- "Previous ratings remain in place for A and B, which are rated good": unchanged;
- "It was also rated inadequate for safe" after a sentence of the inspection before: history too;
- a count in a relative clause after the subject ("the trust which runs the county's three hospitals
  has gone from X to Y"): the subject is rated, not a count;
and near-misses (a direction of something else than the rating).
Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from test_battery_prose_previous import block
from test_ratings import RI, _items


H = "Hollinbrook Lodge"
G = "Marwick Lane Surgery"
W = "Wrenfield Lodge"
FIVE = ("safe", "effective", "caring", "responsive", "well-led")

FAMILIES = {
    "a previous value with no tense in another sentence or a standfirst": [
        (f"A care home rated inadequate has been taken out of special measures.\n\n{H} in Tadworth has now been rated good "
         "after inspectors found big improvements.",
         block(H, ("overall", "good", "inadequate"))),
        (f"A GP practice rated requires improvement has been praised by inspectors.\n\n{G} has since been rated outstanding.",
         block(G, ("overall", "outstanding", RI))),
        (f"Former 'inadequate' care home now rated good\n\n{H} in Rudby has been rated good by the Care Quality Commission.",
         block(H, ("overall", "good", "inadequate"))),
        (f"At its last inspection in 2022 {H} was rated inadequate.\n\nInspectors returned in May. It is now rated good.",
         block(H, ("overall", "good", "inadequate"))),
    ],
    "a previous value as an attribute or after a participle list": [
        (f"The previously inadequate {G} is now rated good.",
         block(G, ("overall", "good", "inadequate"))),
        (f"The formerly outstanding {H} has been rated requires improvement.",
         block(H, ("overall", RI, "outstanding"))),
        (f"Once-inadequate {H} now rated good\n\nThe home in Ashby has turned things around, inspectors said.",
         block(H, ("overall", "good", "inadequate"))),
        (f"{H}, having been placed in special measures and rated inadequate, is now rated good.",
         block(H, ("overall", "good", "inadequate"))),
        (f"{G} has now been rated as good having been rated inadequate in May last year.",
         block(G, ("overall", "good", "inadequate"))),
        (f"{G} has been re-rated as good after being judged inadequate in 2023.",
         block(G, ("overall", "good", "inadequate"))),
    ],
    "a direction alone in the sentence or headline before the result": [
        (f"{G} has been upgraded. The practice is now rated good.",
         block(G, ("overall", "good", None, "improved"))),
        (f"{G}'s rating has been upgraded following a return visit. It is now rated outstanding.",
         block(G, ("overall", "outstanding", None, "improved"))),
        (f"Watchdog downgrades {H}\n\n{H} has been rated requires improvement by the CQC.",
         block(H, ("overall", RI, None, "declined"))),
        (f"{H} has had its rating downgraded. Inspectors rated it requires improvement.",
         block(H, ("overall", RI, None, "declined"))),
        (f"{H} has jumped two ratings to good.",
         block(H, ("overall", "good", None, "improved"))),
        # near-misses: the direction is not the rating's
        (f"{G}'s phone system has been upgraded.\n\nThe practice was rated good.",
         block(G, ("overall", "good"))),
        (f"Council upgrades its computer systems\n\n{H} has been rated requires improvement by the CQC.",
         block(H, ("overall", RI))),
        # (review 13, item 7) "improved"/"declined" said of the home, not of its rating: the home's quality, no change
        (f"{W} has improved. It has been rated requires improvement.",
         block(W, ("overall", RI))),
        (f"{W} is a care home in Pellbury. The home has declined. It is now rated good.",
         block(W, ("overall", "good"))),
        (f"{W} is a care home in Pellbury. The home has improved since the new owners took over. It is now rated good.",
         block(W, ("overall", "good"))),
        # neighbours: the rating improved, or the home was upgraded / downgraded
        (f"{W}'s rating has improved. It is now rated good.",
         block(W, ("overall", "good", None, "improved"))),
        (f"{W} is a care home in Pellbury. The home has been downgraded. It is now rated requires improvement.",
         block(W, ("overall", RI, None, "declined"))),
    ],
    "all five key questions as the subject of a direction": [
        (f"{G} has been rated good. All five key questions have improved to good.",
         block(G, ("overall", "good"), *[(d, "good", None, "improved") for d in FIVE])),
        (f"{G} has been rated good overall, with all five key questions also improving to good.",
         block(G, ("overall", "good"), *[(d, "good", None, "improved") for d in FIVE])),
        (f"{H} has been rated requires improvement overall. Every key question has dropped to requires improvement.",
         block(H, ("overall", RI), *[(d, RI, None, "declined") for d in FIVE])),
    ],
    "key questions after an overall with previous values of their own": [
        (f"{H} has been rated good overall. The home was previously rated inadequate, with safe, effective and well-led "
         "rated inadequate and caring and responsive rated requires improvement. Following this inspection, all five "
         "key questions were rated good.",
         block(H, ("overall", "good", "inadequate"), ("safe", "good", "inadequate"), ("effective", "good", "inadequate"),
               ("well-led", "good", "inadequate"), ("caring", "good", RI), ("responsive", "good", RI))),
        (f"At its last inspection {H} was rated requires improvement overall, with safe and well-led rated inadequate. "
         "It is now rated good overall and for safe, effective, caring, responsive and well-led.",
         block(H, ("overall", "good", RI), ("safe", "good", "inadequate"), ("well-led", "good", "inadequate"),
               ("effective", "good"), ("caring", "good"), ("responsive", "good"))),
        (f"Following an inspection in May, the CQC has rated {H} as good overall and good for being safe, effective and "
         "caring.\n\nAt the previous inspection in October 2022 the home was rated inadequate overall. It was also rated "
         "inadequate for being safe and effective, and requires improvement for being caring.",
         block(H, ("overall", "good", "inadequate"), ("safe", "good", "inadequate"), ("effective", "good", "inadequate"),
               ("caring", "good", RI))),
        ("The trust which runs Pellingford's three community hospitals has gone from requires improvement to good, the "
         "watchdog said.",
         {(None, None, "overall", "good", RI, "improved")}),
        (f"{G} has moved up two ratings, from inadequate to good.",
         block(G, ("overall", "good", "inadequate"))),
        (f"{H} has been lifted out of inadequate. It is now rated requires improvement.",
         block(H, ("overall", RI, "inadequate"))),
        (f"{G} has been rated requires improvement overall. The previous ratings of good for caring and responsive remain "
         "in place.",
         block(G, ("overall", RI), ("caring", "good", "good"), ("responsive", "good", "good"))),
        (f"Inspectors rated {G} requires improvement overall. Previous ratings remain in place for effective and caring, "
         "which were rated good.",
         block(G, ("overall", RI), ("effective", "good", "good"), ("caring", "good", "good"))),
    ],
}

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_transitions13_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
