"""Paraphrase battery: the probe groups session 19 found and left (session 20, h-left20).

Families:
- L-replaced: "had its inadequate rating replaced with good", "its RI rating upgraded to good": the value
  before its own rating noun and a change verb is the previous one, the value after it the result;
  "Until now, X was rated RI" (fronted): history, the later result's previous value; "ratings for caring and
  responsive were carried over from the previous inspection, when they were rated outstanding": standing now
  (unchanged); "good overall, with well-led climbing from RI": well-led's previous value, not the overall's;
- L-owned-home: "X Ltd has been told to improve after its Y care home was rated inadequate": a name with a
  setting's noun after it is the subject of the verb that follows (the home, not the company);
- L-site-unit: "Y Hospital's maternity unit, run by Z Trust, was rated good": a service placed at a named
  hospital is the hospital's, even with its runner named (SPEC: a service placed at a named site);
- L-council: "X Council's adult social care has been rated good", "Adult social care at X Council":
  the council's assessment, as a whole (overall), never the caring key question;
and near-misses that must not fire. Names and wording are invented; nothing is copied from any corpus.
Fast profile. Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from conftest import family_cases
from test_battery_prose_previous import block
from test_ratings import RI, _items

H = "Larkspur House"
Q = "Orchard Vale Surgery"
C = "Pellington Healthcare Ltd"
S = "Hartsmere General Hospital"
N = "Cowdray Valley NHS Foundation Trust"
K = "Ravensby Borough Council"

FAMILIES = {
    "L-replaced: a value's own rating noun replaced by a new value; a fronted 'until now'; carried over": [
        (f"{H} has had its inadequate rating replaced with a good one after a return visit.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{Q} has seen its requires improvement rating upgraded to good.",
         {(Q, None, "overall", "good", RI, "improved")}),
        (f"{H} is rated good overall. Ratings for caring and responsive were carried over from the previous "
         "inspection, when they were rated outstanding.",
         {(H, None, "overall", "good", None, None), (H, None, "caring", "outstanding", "outstanding", "unchanged"),
          (H, None, "responsive", "outstanding", "outstanding", "unchanged")}),
        # (a key question's own move 'from': its previous value, not the overall's; its current value unstated)
        (f"{Q} has been rated good overall, with well-led climbing from requires improvement.",
         block(Q, ("overall", "good"))),
        (f"Until now, {H} was rated requires improvement. Inspectors have now rated it good.",
         {(H, None, "overall", "good", RI, "improved")}),
        (f"{Q} is now rated outstanding. Until this inspection, the practice had been rated good.",
         {(Q, None, "overall", "outstanding", "good", "improved")}),
        # near-misses: a rating noun with no change verb; "until now" with no value; a wish
        (f"{H} has been rated good, with its old boiler replaced by a new one.",
         block(H, ("overall", "good"))),
        (f"Until now, {H} had never been inspected. It has been rated good.",
         {(H, None, "overall", "good", None, None)}),
        (f"Until now, {Q} has relied on agency nurses. It was rated requires improvement.",
         block(Q, ("overall", RI))),
    ],
    "L-owned-home: 'after its Y care home was rated': the home's": [
        (f"{C} has been ordered to improve after its {H} care home was rated inadequate.",
         block(H, ("overall", "inadequate"))),
        (f"{C} must make changes after its {H} nursing home was rated requires improvement by the CQC.",
         block(H, ("overall", RI))),
        (f"Questions were asked of {C} after the {H} home was rated inadequate.",
         block(H, ("overall", "inadequate"))),
        # near-misses: the company rated itself; the home named as the company's, the company rated
        (f"{C}, which runs the {H} care home, was rated good.", block(C, ("overall", "good"))),
        (f"{C} was rated requires improvement after inspectors visited its {H} care home.", block(C, ("overall", RI))),
    ],
    "L-site-unit: a hospital's unit run by a trust is the hospital's": [
        (f"{S}'s maternity unit, run by {N}, was rated good.",
         {(S, "maternity", "overall", "good", None, None)}),
        (f"{S}'s emergency department, which is run by {N}, has been rated requires improvement.",
         {(S, "urgent and emergency care", "overall", RI, None, None)}),
        # near-misses: the runner of a service of a provider stays the runner's; the trust's own rating
        (f"{N}'s 111 service, run by {C}, was rated good.", {(C, "111 service", "overall", "good", None, None)}),
    ],
    "L-council: a council's adult social care is its assessment, overall": [
        (f"{K}'s adult social care has been rated good.", block(K, ("overall", "good"))),
        (f"Adult social care at {K} has been rated requires improvement by the CQC.", block(K, ("overall", RI))),
        # near-misses: care at a home stays caring; a council named aside is not rated
        (f"Inspectors rated care at {H} outstanding.", block(H, ("caring", "outstanding"))),
        (f"{H} has been rated good. {K} said adult social care in the borough was under pressure.",
         block(H, ("overall", "good"))),
    ],
}


@pytest.mark.parametrize("family, text, expected", family_cases(FAMILIES))
def test_left20_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected


# (session 20) which organisation a person speaks for: a body whose name opens with a head word after a
# leader's title ("chief executive of Care Wessex"), "a spokesperson from X", two people sharing one title
# ("A and B, who own the home, said", "Owners A and B said", "A and B, the home's joint owners, said").
# Each row: text -> the set of (name, role, organisation, quoted); or, for a body named alone, its name.
B = "Fenwick Lodge"
PEOPLE = {
    "L-people: a title stated once for a pair; a body after a leader's title": [
        (f'{B} has been rated good. Joan Ashby and Neil Carrow, who own the home, said: "We are overjoyed."',
         {("Joan Ashby", None, B, True), ("Neil Carrow", None, B, True)}),
        (f'{B} has been rated good. Joan Ashby and Neil Carrow, the home\'s joint owners, said: "We are overjoyed."',
         {("Joan Ashby", "joint owners", B, True), ("Neil Carrow", "joint owners", B, True)}),
        (f'{B} has been rated good. Owners Joan Ashby and Neil Carrow said: "It is a lovely result."',
         {("Joan Ashby", "owners", B, True), ("Neil Carrow", "owners", B, True)}),
        ('"Costs keep rising," said Priya Dunmore, chief executive of Care Wessex.',
         {("Priya Dunmore", "chief executive", "Care Wessex", True)}),
        ('Priya Dunmore, chair of Homecare Northumbria, said the sector needed help.',
         {("Priya Dunmore", "chair", "Homecare Northumbria", False)}),
        # near-misses: two people with titles of their own; a resident and a manager
        (f'{B} has been rated good. Manager Joan Ashby and deputy manager Neil Carrow said they were proud.',
         {("Joan Ashby", "manager", B, False), ("Neil Carrow", "deputy manager", B, False)}),
        (f"{B} has been rated good. Joan Ashby, the home's manager, and Neil Carrow, a resident, said they were pleased.",
         {("Joan Ashby", "manager", B, False), ("Neil Carrow", None, None, False)}),
        ('Priya Dunmore, director of Care Services, said: "We will act."',
         {("Priya Dunmore", "director of care services", None, True)}),
    ],
}


def _people(nlp, text):
    return {(p["name"], p["role"], p["organisation"], p["quoted"]) for p in nlp(text)._.cqc_record["people"]}


@pytest.mark.parametrize("family, text, expected", family_cases(PEOPLE))
def test_left20_people_battery(nlp_fast, family, text, expected):
    assert _people(nlp_fast, text) == expected


def test_left20_spokesperson_from_names_the_body(nlp_fast):
    orgs = {o["name"] for o in nlp_fast('A spokesperson from Kelvedon Unite said: "Staff deserve better."')._.cqc_record["organisations"]}
    assert orgs == {"Kelvedon Unite"}


@pytest.mark.xfail(strict=True, reason="an ORG entity named once right after a PERSON and 'from' as their body was "
                   "tried (h-left20, 01b69f7) and reverted: one more false organisation on check (accurate .915 -> .912), "
                   "no set gained")
def test_left20_affiliation_named_once_accurate(nlp):
    assert _people(nlp, 'Joan Ashby, from Tarrow Voices, said: "Staff are exhausted."') == {
        ("Joan Ashby", None, "Tarrow Voices", True)}
