"""Paraphrase battery: ratings and transitions on NHS trust pages (issue 14, session 15).

Families of wording read in the errors of the session's untidy trust pages (rsU), the rs14 trust
pages (rsS) and the real tune set, that the earlier batteries do not have:
- a key question asked as a question in a bulleted line ("- Are services safe? - Good"): the key
  question of the service named before, not a service called "are services safe?"; "Both had been
  rated RI" after such lines gives each of them its previous value;
- a rating said to be untouched by the inspection ("the trust's overall rating of good is
  unaffected by this inspection"): unchanged;
- "again" / "once more" after the key questions of a value ("rated good for caring again"): unchanged;
- a "with" clause that rates with no auxiliary after an unchanged cue ("maternity stayed at RI, with
  safety and leadership both rated RI"): that clause's values are its own, not unchanged;
- a relative clause naming a site after the provider ("The trust, which also runs X Hospital, is
  rated good overall"): the provider is rated, not the site;
- a site named as the place of one service in a list item does not carry to another service of a
  later list item with no site: the provider's (SPEC §2); running text goes on at the site;
- a key question's own result of a dated inspection ("Well-led was rated inadequate at the 2021
  inspection"): history, no item;
- "the department" as the service named last ("The department at Y Hospital was rated RI");
- "adult community services", a core service the vocabulary lacked;
- a headline after the page's chrome ("Skip to main content", the trust's name, its menu) that
  sums up a service the body places at named sites: the sites' items only;
and near-misses that must not fire. Names and wording are invented; nothing is copied from any
corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from test_battery_prose_previous import item
from test_ratings import RI, _items


def block(subject, *rows, service=None):
    """The items of one subject (and one service): (domain, rating[, previous[, change]]) rows."""
    return {(s, service, *rest) for s, _, *rest in (item(subject, *r) for r in rows)}


T = "Dunmere Vale NHS Foundation Trust"
C = "Calloway Hospital"
R = "Ribble Cross Hospital"

FAMILIES = {
    "a key question asked as a question in a bulleted line": [
        (f"Urgent care at {C} has been rated good by the CQC.\nThe two key questions inspected were:\n"
         "- Are services safe? - Good\n- Are services well-led? - Requires improvement",
         block(C, ("overall", "good"), ("safe", "good"), ("well-led", RI), service="urgent care")),
        (f"{T} has been rated good by the CQC.\n- Are services effective? – Good\n- Are services caring? – Outstanding",
         block(T, ("overall", "good"), ("effective", "good"), ("caring", "outstanding"))),
        (f"Surgery at {C} has been rated good.\n- Are services safe? - Good\n- Are services well-led? - Good\n"
         "Both had been rated requires improvement when the service was last inspected in 2021.",
         block(C, ("overall", "good"), ("safe", "good", RI), ("well-led", "good", RI), service="surgery")),
        # near-miss: a bulleted service's name stays a service
        (f"{T} was inspected in May.\n- Community dental services - Good\n- Are services safe? - Good",
         {(T, "community dental services", "overall", "good", None, None), (T, "community dental services", "safe", "good", None, None)}),
    ],
    "a rating said to be untouched by the inspection": [
        (f"{T} was inspected in March. The trust's overall rating of good is unaffected by this inspection.",
         block(T, ("overall", "good", "good"))),
        (f"{T} was inspected in March. Its overall rating, requires improvement, has not been affected.",
         block(T, ("overall", RI, RI))),
        # near-misses: something else is unaffected
        (f"{T} was rated good overall, though its finances were not affected.",
         block(T, ("overall", "good"))),
        (f"{T} was rated good overall. Staff morale was unaffected by the move.",
         block(T, ("overall", "good"))),
    ],
    "again or once more after the key questions of a value": [
        (f"Maternity at {C} was rated good. It was rated outstanding for caring again.",
         block(C, ("overall", "good"), ("caring", "outstanding", "outstanding"), service="maternity")),
        (f"Maternity at {C} was rated good. It was rated outstanding for caring and responsive once more, inspectors said.",
         block(C, ("overall", "good"), ("caring", "outstanding", "outstanding"), ("responsive", "outstanding", "outstanding"),
               service="maternity")),
        # near-misses: "again" of something else
        (f"Maternity at {C} was rated good. It was rated outstanding for caring. Inspectors will visit again in May.",
         block(C, ("overall", "good"), ("caring", "outstanding"), service="maternity")),
        (f"Maternity at {C} was rated good for caring, and again found staff kind.",
         block(C, ("caring", "good"), service="maternity")),
    ],
    "a with clause that rates after an unchanged cue": [
        (f"{T} runs two hospitals. Maternity at {C} stayed at good, with safety and leadership both rated good.",
         block(C, ("overall", "good", "good"), ("safe", "good"), ("well-led", "good"), service="maternity")),
        (f"{T} runs two hospitals. Maternity at {C} remains good, with safe and caring rated outstanding.",
         block(C, ("overall", "good", "good"), ("safe", "outstanding"), ("caring", "outstanding"), service="maternity")),
        # near-misses: the cue before a list of its own reaches every item
        (f"{C} remains rated good for safe, caring and well-led.",
         block(C, ("safe", "good", "good"), ("caring", "good", "good"), ("well-led", "good", "good"))),
        (f"{C} was again rated outstanding for caring and good for safe and effective.",
         block(C, ("caring", "outstanding", "outstanding"), ("safe", "good", "good"), ("effective", "good", "good"))),
    ],
    "a relative clause naming a site after the provider": [
        (f"{T} was inspected in May. The trust, which also runs {C}, has been rated good overall.",
         block(T, ("overall", "good"))),
        (f"{T} was inspected in May. The trust, which also manages {C} and two clinics, remains rated good overall.",
         block(T, ("overall", "good", "good"))),
    ],
    "a site named as one service's place does not carry to another service": [
        (f"{T} was inspected in May.\nServices inspected:\n- surgery at {C}: good\n- medical care: requires improvement\n"
         "- maternity: outstanding",
         {(C, "surgery", "overall", "good", None, None), (T, "medical care", "overall", RI, None, None),
          (T, "maternity", "overall", "outstanding", None, None)}),
        (f"{T} was inspected in May.\n* surgery, based at {C}: up from inadequate to good\n* medical care: remains good",
         {(C, "surgery", "overall", "good", "inadequate", "improved"), (T, "medical care", "overall", "good", "good", "unchanged")}),
        # near-misses: running text goes on at the site; the same service again; a site that places no one service
        (f"End of life care at {C} was rated outstanding.\n\nDiagnostic imaging, inspected for the first time, was judged good.",
         {(C, "end of life care", "overall", "outstanding", None, None), (C, "diagnostic imaging", "overall", "good", None, None)}),
        (f"{T} runs {C}. Surgery at {C} was rated good. Surgery was rated outstanding for caring.",
         block(C, ("overall", "good"), ("caring", "outstanding"), service="surgery")),
        (f"{T} runs {C}. At {C}, surgery was rated good and medical care was rated requires improvement.",
         {(C, "surgery", "overall", "good", None, None), (C, "medical care", "overall", RI, None, None)}),
    ],
    "a headline after the page's chrome sums up a service the body places at a site": [
        (f"Skip to main content\n{T}\nHome | Our hospitals | News | Contact us\nInspectors rate our maternity services 'good'\n"
         f"Published 3 May 2025\nMaternity services at {C} have been rated good by the Care Quality Commission, following "
         "an inspection in March.",
         {(C, "maternity", "overall", "good", None, None)}),
        # near-miss: the body rates the trust's own service at no site: the headline's item stays
        (f"Skip to main content\n{T}\nHome | Our hospitals | News | Contact us\nInspectors rate our maternity services 'good'\n"
         "Published 3 May 2025\nThe trust's maternity services have been rated good by the Care Quality Commission.",
         {(T, "maternity", "overall", "good", None, None)}),
    ],
    "a key question's own result of a dated inspection": [
        (f"{T} has been rated good overall and outstanding for caring. Well-led was rated inadequate at the 2021 inspection.",
         block(T, ("overall", "good"), ("caring", "outstanding"))),
        pytest.param(
            f"{T} has been rated good overall and outstanding for caring. Caring was also rated outstanding at the 2021 inspection.",
            block(T, ("overall", "good"), ("caring", "outstanding", "outstanding")),
            marks=pytest.mark.xfail(strict=True, reason="a dated statement of the same value after the result is not read as "
                                    "its previous: 'rated good in March 2024' restates the inspection reported as often")),
    ],
    "the department as the service named last": [
        (f"The emergency department at {C} was rated inadequate. The department at {R} was rated requires improvement, "
         "as it was at its last inspection.",
         {(C, "urgent and emergency care", "overall", "inadequate", None, None),
          (R, "urgent and emergency care", "overall", RI, RI, "unchanged")}),
        # near-miss: a department of government
        (f"Maternity at {C} was rated good. The Department of Health said it welcomed the report.",
         block(C, ("overall", "good"), service="maternity")),
    ],
    "a core service the vocabulary lacked": [
        (f"{T} was rated good. Community end of life care was rated good, and adult community services were rated "
         "outstanding for being responsive.",
         {(T, None, "overall", "good", None, None), (T, "community end of life care", "overall", "good", None, None),
          (T, "adult community services", "responsive", "outstanding", None, None)}),
    ],
}


def _case(family, row):
    if hasattr(row, "marks"):  # a pytest.param row (an expected failure)
        return pytest.param(family, *row.values, marks=row.marks)
    return pytest.param(family, *row)


CASES = [_case(family, row) for family, rows in FAMILIES.items() for row in rows]


@pytest.mark.parametrize("family, text, expected", CASES, ids=[f"{c.values[0]}-{i}" for i, c in enumerate(CASES)])
def test_trust15_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
