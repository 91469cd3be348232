"""Paraphrase battery: history stated apart from the result (issue 14, session 11).

Families the earlier batteries (test_battery_previous*.py, test_battery_history.py,
test_battery_prose_previous.py, test_battery_transitions2.py) do not have:
- several inspections before the reported one: `previous` is the LATEST of them, whether
  the dates stand before the value ("In 2021 inspectors rated it ..."), after it ("...
  in 2021"), or the earlier inspection's own from/to ("was upgraded from X to Y at a
  follow-up visit"): that from/to is history, its "to" value the previous rating, and the
  current result is not dropped as a duplicate of it;
- a trust's core services restated as unchanged on a line of their own ("Unchanged since
  last inspection"), after a dash or comma ("good - no change"), or for a whole list
  ("Ratings for A (good), B (good) and C (RI) are unchanged");
- "its previous rating for this area was X" after a key question;
- "moved out of / lifted out of the X category";
and near-misses (an aspiration, a count, another home's history, no date order known).
Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from test_ratings import RI, _items

ORDER = ["inadequate", RI, "good", "outstanding"]


def item(subject, domain, rating, previous=None, change=None, service=None):
    if previous is not None and change is None:
        a, b = ORDER.index(previous), ORDER.index(rating)
        change = "improved" if b > a else "declined" if b < a else "unchanged"
    return (subject, service, domain, rating, previous, change)


H = "Penhallow Grange"
P = "Ashcombe Lane Surgery"
T = "Marlbury Vale NHS Trust"
S = "Kestrel Road Hospital"

FAMILIES = {
    "several inspections before: the latest is the previous rating": [
        (f"{H} has been rated good. In 2019 it was rated inadequate. Inspectors went back in 2021 and rated it requires improvement.",
         {item(H, "overall", "good", RI)}),
        (f"{H} has been rated good. It was rated inadequate in 2019, and the regulator rated it requires improvement in 2021.",
         {item(H, "overall", "good", RI)}),
        (f"{H} was judged outstanding this spring. In 2018 the home was judged requires improvement; in 2021 it was judged good.",
         {item(H, "overall", "outstanding", "good")}),
        (f"{P} is now rated good for safe. Safe was rated inadequate in 2020. In 2022 the practice was rated requires improvement "
         "for safe.",
         {item(P, "safe", "good", RI)}),
        (f"{H} has been given a good rating. Back in 2017 it was judged inadequate, and in 2020 it was found to require improvement.",
         {item(H, "overall", "good", RI)}),
        # dates in the other order: the later year still wins
        (f"{H} has been rated outstanding. In 2022 it was rated good. In 2016 it had been rated requires improvement.",
         {item(H, "overall", "outstanding", "good")}),
    ],
    "dated by month in one year: the later date is the latest before": [
        (f"{H} has been rated good. In January 2021 it was rated inadequate. In September 2021 it was rated requires improvement.",
         {item(H, "overall", "good", RI)}),
        (f"{P} was rated requires improvement for safe in February 2022. After a return visit in October 2022 safe was rated good. "
         "At this inspection safe remains good and the practice is rated outstanding overall.",
         {item(P, "safe", "good", "good"), item(P, "overall", "outstanding")}),
        (f"After our inspection in March 2022 {P} was rated requires improvement for effective and caring. At a follow-up in "
         "November 2022 the ratings for effective and caring were revised to good. At this inspection the practice remained good "
         "for effective, and caring is now rated outstanding.",
         {item(P, "effective", "good", "good"), item(P, "caring", "outstanding", "good")}),
    ],
    "the from/to of an inspection before is history, not the result": [
        (f"{H} has now been rated good. At a follow-up visit the rating was changed from inadequate to requires improvement.",
         {item(H, "overall", "good", RI)}),
        (f"{H} was upgraded from inadequate to requires improvement at a return visit. It has now been rated good.",
         {item(H, "overall", "good", RI)}),
        (f"{H} has been rated outstanding. The home was upgraded from requires improvement to good in 2020.",
         {item(H, "overall", "outstanding", "good")}),
        (f"In 2021 inspectors moved {H} from inadequate to requires improvement. The home has now been rated good.",
         {item(H, "overall", "good", RI)}),
        (f"{P} has been rated good for well-led. Well-led was downgraded from good to inadequate in 2019 and was later lifted to "
         "requires improvement in 2022.",
         {item(P, "well-led", "good", RI)}),
        # two from/to of one value: the second is the inspection in between
        (f"{H}: from inadequate to good.\n\nThe home was rated inadequate and placed in special measures. When inspectors came back "
         "they changed the rating from inadequate to requires improvement, and the home has kept improving since.",
         {item(H, "overall", "good", RI)}),
        # near-miss: the from/to is the result itself
        (f"{H} has been upgraded from inadequate to requires improvement.",
         {item(H, "overall", RI, "inadequate")}),
        # near-miss: one statement, its own from/to (no inspection in between stated)
        (f"{H} has been rated good, up from inadequate when it was last inspected in 2021.",
         {item(H, "overall", "good", "inadequate")}),
    ],
    "a key question after 'and' with a verb of its own is the next result's": [
        (f"{P} was rated good for safe, and well-led is now rated outstanding.",
         {item(P, "safe", "good"), item(P, "well-led", "outstanding")}),
        (f"{H} remains good for caring, and responsive has improved to outstanding.",
         {item(H, "caring", "good", "good"), item(H, "responsive", "outstanding", None, "improved")}),
        # near-miss: a list with no verb after it stays the first result's
        (f"{P} was rated good for safe, effective and well-led, and outstanding for caring.",
         {item(P, "safe", "good"), item(P, "effective", "good"), item(P, "well-led", "good"), item(P, "caring", "outstanding")}),
    ],
    "core services restated as unchanged": [
        (f"{T} has been rated requires improvement.\n\nUrgent and emergency care\nRequires improvement\nUnchanged since last "
         "inspection\n\nMedical care\nGood\nUnchanged since the previous inspection\n\nSurgery\nRequires improvement\nDown from good",
         {item(T, "overall", RI), item(T, "overall", RI, RI, service="urgent and emergency care"),
          item(T, "overall", "good", "good", service="medical care"), item(T, "overall", RI, "good", service="surgery")}),
        (f"{T} has been rated requires improvement.\n\n- Medical care - rated good, no change\n- Maternity - rated requires "
         "improvement - unchanged\n- Surgery - rated inadequate, down from requires improvement",
         {item(T, "overall", RI), item(T, "overall", "good", "good", service="medical care"),
          item(T, "overall", RI, RI, service="maternity"), item(T, "overall", "inadequate", RI, service="surgery")}),
        (f"{T} has been rated good. Ratings for medical care (good), surgery (good) and maternity (requires improvement) are "
         "unchanged.",
         {item(T, "overall", "good"), item(T, "overall", "good", "good", service="medical care"),
          item(T, "overall", "good", "good", service="surgery"), item(T, "overall", RI, RI, service="maternity")}),
        (f"{T} has been rated good. Medical care and surgery both stayed the same at good, while maternity remained requires "
         "improvement.",
         {item(T, "overall", "good"), item(T, "overall", "good", "good", service="medical care"),
          item(T, "overall", "good", "good", service="surgery"), item(T, "overall", RI, RI, service="maternity")}),
        (f"{T} has been rated good. At {S}, critical care and end of life care kept their outstanding ratings.",
         {item(T, "overall", "good"), item(S, "overall", "outstanding", "outstanding", service="critical care"),
          item(S, "overall", "outstanding", "outstanding", service="end of life care")}),
        # near-miss: "no change" about something else
        (f"{T} has been rated good. Maternity was rated good. There was no change to the trust's leadership team.",
         {item(T, "overall", "good"), item(T, "overall", "good", service="maternity")}),
    ],
    "the previous rating of a key question named before": [
        (f"{P} has been rated good for safe. Its previous rating for this area was requires improvement.",
         {item(P, "safe", "good", RI)}),
        (f"{P} was rated outstanding for caring. The previous rating for this key question was good.",
         {item(P, "caring", "outstanding", "good")}),
        (f"{T} has been rated good. The rating for surgery did not change from good, and maternity is unchanged from requires "
         "improvement.",
         {item(T, "overall", "good"), item(T, "overall", "good", "good", service="surgery"),
          item(T, "overall", RI, RI, service="maternity")}),
    ],
    "a key question's section opened by its heading and value; 'assessment' as 'inspection'": [
        (f"{H}\n\nCaring\nOutstanding\nUpdated 2 May 2025\nPeople told us staff were kind. At our last assessment we rated "
         "this key question good. At this assessment the rating has changed to outstanding.",
         {item(H, "caring", "outstanding", "good")}),
        (f"{H}\n\nResponsive\n\nAt our previous assessment this key question was rated requires improvement. The rating has "
         "now changed to good.",
         {item(H, "responsive", "good", RI)}),
        # near-miss: a widget of the key questions is no section: "the rating" after it is not well-led's
        (f"{H}\n\nSafe\nGood\nWell-led\nGood\n\nThe rating has been published today.",
         {item(H, "safe", "good"), item(H, "well-led", "good")}),
    ],
    "'previously, these were ...' and '- previously we were ...'": [
        (f"{P} has been rated good for safe, effective and well-led. Previously, these were rated requires improvement.",
         {item(P, "safe", "good", RI), item(P, "effective", "good", RI), item(P, "well-led", "good", RI)}),
        (f"Our surgery, {P}, has been rated outstanding by the regulator - previously we were good.",
         {item(P, "overall", "outstanding", "good")}),
        (f"{P}'s rating has not moved from requires improvement, the report says.",
         {item(P, "overall", RI, RI)}),
    ],
    "out of a category": [
        (f"{H} has moved out of the inadequate category and is now rated requires improvement.",
         {item(H, "overall", RI, "inadequate")}),
        (f"{H} has been rated good, lifting it out of the requires improvement category.",
         {item(H, "overall", "good", RI)}),
        (f"{H} has been rated good, taking it out of the inadequate band it was put in two years ago.",
         {item(H, "overall", "good", "inadequate")}),
    ],
    "near-misses: no previous invented": [
        (f"{H} has been rated requires improvement. Managers hope to move it from requires improvement to good by next year.",
         {item(H, "overall", RI)}),
        # "previous ratings remain" is its own statement: not the cue of a value with its own verb after ", so"
        (f"{H} was rated good for safe at a focused inspection. The other key questions were not looked at; their previous "
         "ratings remain in place, so the home is rated good overall.",
         {item(H, "safe", "good"), item(H, "overall", "good")}),

    ],
}

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_history11_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
