"""Paraphrase battery: services and subjects of ratings said in other words (issue 14, session 17, h-rewordV17).

Families found by rewording the tune pages' service and subject sentences by hand (the copy stays in the
lead's notes) and diffing the records:
- V-long, the core service named at length or with a qualifier ("urgent and emergency care services at
  X Hospital", "medical care (including older people's care)", "maternity and gynaecology services");
- V-carry, the service named in one sentence and its ratings in the next ("Inspectors looked at
  maternity ... They rated it ...", "Safety there ...");
- V-switch, a second service or the site as a whole introduced, so the first must not carry;
- V-both, one statement for several subjects ("both X and Y", "X, like Y, ...", "..., as has Y",
  "the two homes, X and Y, were each rated ...");
- V-count, a counted set with its members listed ("three of the trust's four hospitals – A, B and C –",
  "two services, X and Y, improved to good");
and near-misses (a count with no members, "unlike Y", a relative clause naming another home).
Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from test_ratings import RI, _items

M = "Lashbrook Hospital"
W = "Wetherden General Hospital"
C = "Corvey Hospital"
D = "Dunscombe Court"
T = "Kelverton Healthcare NHS Trust"
P = "Pellacombe House"
L = "Stoneyhithe Lodge"
UEC = "urgent and emergency care"


def it(subject, service, domain, rating, previous=None, change=None):
    return (subject, service, domain, rating, previous, change)


FAMILIES = {
    "V-long: a core service named at length": [
        (f"Urgent and emergency care services at {M} were rated inadequate.",
         {it(M, UEC, "overall", "inadequate")}),
        (f"Inspectors rated medical care (including older people's care) at {M} as good.",
         {it(M, "medical care", "overall", "good")}),
        (f"Maternity and gynaecology services at {M} were rated requires improvement.",
         {it(M, "maternity", "overall", RI)}),
        (f"{T} was inspected in May. The trust's community health services for adults were rated outstanding.",
         {it(T, "community health services for adults", "overall", "outstanding")}),
        # near-miss: the plain label still reads as before
        (f"Surgery at {M} was rated good.", {it(M, "surgery", "overall", "good")}),
    ],
    "V-carry: the service in one sentence, its ratings in the next": [
        (f"Inspectors looked at maternity at {M} in June. They rated it requires improvement for safety and good "
         "for caring.",
         {it(M, "maternity", "safe", RI), it(M, "maternity", "caring", "good")}),
        (f"The maternity unit at {M} was rated good overall. Safety there was rated requires improvement.",
         {it(M, "maternity", "overall", "good"), it(M, "maternity", "safe", RI)}),
        (f"Inspectors also looked at surgery at {M}. Its rating improved from requires improvement to good.",
         {it(M, "surgery", "overall", "good", RI, "improved")}),
        (f"Children's services at {M} and {C} were rated inadequate overall. The service was rated good for caring.",
         {it(s, "services for children and young people", d, v) for s in (M, C)
          for d, v in (("overall", "inadequate"), ("caring", "good"))}),
        (f"Children's services at {M}, like those at {C}, were rated inadequate overall. At both, the service was "
         "rated good for caring.",
         {it(s, "services for children and young people", d, v) for s in (M, C)
          for d, v in (("overall", "inadequate"), ("caring", "good"))}),
        # near-miss: a site named again ends the pair
        (f"Maternity at {M} and {C} was rated good. Surgery at {M} was rated requires improvement.",
         {it(M, "maternity", "overall", "good"), it(C, "maternity", "overall", "good"), it(M, "surgery", "overall", RI)}),
    ],
    "V-switch: a second service or the whole site must not carry": [
        (f"Surgery at {M} was rated good. Outpatients, however, was rated requires improvement.",
         {it(M, "surgery", "overall", "good"), it(M, "outpatients", "overall", RI)}),
        (f"Surgery at {M} was rated good for safety. The hospital as a whole, however, was rated requires "
         "improvement.",
         {it(M, "surgery", "safe", "good"), it(M, None, "overall", RI)}),
        (f"Maternity at {M} was rated good, the same as at the previous inspection. Critical care, by contrast, "
         "was rated outstanding.",
         {it(M, "maternity", "overall", "good", "good", "unchanged"), it(M, "critical care", "overall", "outstanding")}),
    ],
    "V-both: one statement for several subjects": [
        (f"Both {P} and {L} were rated good.", {it(P, None, "overall", "good"), it(L, None, "overall", "good")}),
        (f"{P}, like {L}, is rated good.", {it(P, None, "overall", "good"), it(L, None, "overall", "good")}),
        (f"{P} has been rated outstanding, as has {L}.",
         {it(P, None, "overall", "outstanding"), it(L, None, "overall", "outstanding")}),
        (f"{P} was rated inadequate, as was {L}.",
         {it(P, None, "overall", "inadequate"), it(L, None, "overall", "inadequate")}),
        (f"The two homes, {P} and {L}, were each rated requires improvement.",
         {it(P, None, "overall", RI), it(L, None, "overall", RI)}),
        # near-misses: the other home is named but not rated
        (f"{P}, unlike {L}, was rated good.", {it(P, None, "overall", "good")}),
        (f"{P}, which is run by the same company as {L}, was rated good.", {it(P, None, "overall", "good")}),
    ],
    "V-count: a counted set with its members listed": [
        (f"Three of the trust's four hospitals – {M}, {W} and {C} – were rated requires improvement.",
         {it(M, None, "overall", RI), it(W, None, "overall", RI), it(C, None, "overall", RI)}),
        (f"Inspectors visited {M} in May. Two services, surgery and critical care, improved to good.",
         {it(M, "surgery", "overall", "good", None, "improved"), it(M, "critical care", "overall", "good", None, "improved")}),
        (f"Inspectors visited {M} in May. Three of its core services – urgent and emergency care, maternity and "
         "surgery – were rated inadequate.",
         {it(M, UEC, "overall", "inadequate"), it(M, "maternity", "overall", "inadequate"),
          it(M, "surgery", "overall", "inadequate")}),
        (f"{P} and two sister homes, {L} and {D}, were rated good.",
         {it(P, None, "overall", "good"), it(L, None, "overall", "good"), it(D, None, "overall", "good")}),
        (f"After inspections in March, two homes, {L} and {D}, were rated inadequate.",
         {it(L, None, "overall", "inadequate"), it(D, None, "overall", "inadequate")}),
        pytest.param(f"{P} was rated good and two homes, {L} and {D}, were rated inadequate.",
                     {it(P, None, "overall", "good"), it(L, None, "overall", "inadequate"), it(D, None, "overall", "inadequate")},
                     marks=pytest.mark.xfail(strict=True, reason="the clause is not cut before 'and two homes, ...': "
                                             "the second value goes to the first subject's clause (older than this battery)")),
        # near-miss: a count that names no member gives no items
        (f"Five services at {M} are now rated good.", set()),
    ],
}

CASES = [pytest.param(family, *row.values, marks=row.marks) if isinstance(row, type(pytest.param(0))) else (family, *row)
         for family, rows in FAMILIES.items() for row in rows]


@pytest.mark.parametrize("family, text, expected", CASES,
                         ids=[f"{(c.values if hasattr(c, 'values') else c)[0][:8]}-{i}" for i, c in enumerate(CASES)])
def test_reworded_services17_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
