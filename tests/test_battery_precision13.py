"""Paraphrase battery: rating words that state no current result (issue 14, session 13:
ratings precision).

Families:
- a share or count of unnamed services as the clause's subject, with a key question or a date
  ("almost half of the practices in the county are rated outstanding for caring", "a quarter of
  homes in the area were rated requires improvement last year", "the majority require
  improvement when it comes to safety"): a statistic (SPEC 2), neither a result nor history;
- a rating word said of a thing, not rated ("staff morale was good", "although leadership was
  good"), beside a key question really rated ("its leadership was rated good");
- a draft report's value, replaced by the final one ("given a good rating in its draft report,
  before being rated outstanding in its final report", "the draft report rated it ..."): only
  the published result;
- a previous report as the lead of a clause ("In its previous report, the home was judged
  outstanding for caring"), and the next sentence of an account opened by a dated visit ("When
  inspectors visited in 2020, ... The caring key question was rated outstanding."): history, not a
  result;
- negations and hopes in other words ("no area was rated inadequate", "would not rest until it
  was rated outstanding");
and neighbours main already reads right (hopes, conditionals, awards, page chrome, the scheme
explained, an older rating dated before the current one).
Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from conftest import family_cases
from test_battery_prose_previous import block
from test_ratings import RI, _items


A = "Hollinsby Court"
B = "Ashwell Park Surgery"
C = "Marlow Vale NHS Trust"
D = "Larchfield House"
E = "Fernleigh Grange"
F = "Brambleigh Court"

FAMILIES = {
    "a share of unnamed services as the subject": [
        (f"{A} has been rated good. Almost half of the practices in the county are rated outstanding for caring.",
         block(A, ("overall", "good"))),
        (f"{A} has been rated good. Around a quarter of homes in the area were rated requires improvement last year.",
         block(A, ("overall", "good"))),
        (f"{A} has been rated good. Nationally, most care homes are rated at least good for caring, but the majority require "
         "improvement when it comes to keeping people safe.",
         block(A, ("overall", "good"))),
        (f"{A} has been rated good. Most of the homes across the region were rated good for being well-led.",
         block(A, ("overall", "good"))),
        (f"{A} has been rated good for caring. Two-thirds of services in the area are rated outstanding for caring.",
         block(A, ("caring", "good"))),
        (f"{A} has been rated good. Four in five home care agencies are rated good, while only 3% are judged outstanding.",
         block(A, ("overall", "good"))),
    ],
    "a rating word said of a thing, not rated": [
        (f"{B} was rated good. Staff morale was good and nursing leadership was good.",
         block(B, ("overall", "good"))),
        (f"{B} was rated requires improvement. Although leadership was good, doctors felt unsupported.",
         block(B, ("overall", RI))),
        (f"{B} was rated requires improvement. Inspectors found that clinical leadership was good but safety was poor.",
         block(B, ("overall", RI))),
        # neighbour: a key question rated
        (f"{B} was rated requires improvement, but its leadership was rated good.",
         block(B, ("overall", RI), ("well-led", "good"))),
    ],
    "a draft report's value, replaced": [
        (f"{C} was given a \"good\" rating in its draft report, but successfully argued it should have been rated "
         "outstanding. It was rated outstanding in its final report.",
         block(C, ("overall", "outstanding"))),
        (f"{C} received a requires improvement rating in its draft report. The final report rated it good.",
         block(C, ("overall", "good"))),
        (f"{C} was given a good rating in its draft report, before being rated outstanding in its final report.",
         block(C, ("overall", "outstanding"))),
        (f"{C} was rated good in the draft report. After the trust challenged the findings, the final report rated it "
         "outstanding.",
         block(C, ("overall", "outstanding"))),
        (f"The draft report rated {C} requires improvement, but the published report rated it good.",
         block(C, ("overall", "good"))),
        (f"{C} was provisionally rated requires improvement. Its final rating is good.",
         block(C, ("overall", "good"))),
    ],
    "a previous report as the clause's lead": [
        (f"{D} was rated good. In its previous report, the home was judged outstanding for caring and responsive.",
         block(D, ("overall", "good"))),
        (f"{D} has been rated good. At its last inspection the home was rated requires improvement for safe.",
         block(D, ("overall", "good"))),
        # the next sentence of an account opened by a dated visit goes on with it (simple past, no new event)
        (f"{D} has been rated good. When inspectors visited in 2020, safe and well-led were rated requires improvement. "
         "The caring and responsive key questions were rated outstanding.",
         block(D, ("overall", "good"))),
        (f"When inspectors visited {D} in 2020, safe was rated requires improvement. The reviews of caring and responsive "
         "resulted in outstanding ratings.\n\nThe inspectors have now rated the home good overall.",
         block(D, ("overall", "good"))),
        # neighbour: a new visit in the next sentence is the result
        (f"In 2019, {D} was judged inadequate. Inspectors returned in May and rated it good.",
         block(D, ("overall", "good", "inadequate"))),
        # neighbour: an older rating dated before the current one fills previous
        (f"Following an inadequate inspection in 2019, {D} has been rated good by the Care Quality Commission.",
         block(D, ("overall", "good", "inadequate"))),
    ],
    "a dated sentence of a new event before the result": [
        # (review 13, item 1: "In <month> <year>," alone leads no history: the visit or report it dates is the new one)
        (f"{F} is a care home in Holsworth. In February 2025, the CQC went back to the home. The home was rated good overall.",
         block(F, ("overall", "good"))),
        (f"{F} is a care home in Holsworth. In April 2025, the regulator published its findings. The home was rated "
         "requires improvement overall.",
         block(F, ("overall", RI))),
        (f"{F} is a nursing home in Holsworth. In the summer of 2025, inspectors spent two days there. The home was rated "
         "good overall and outstanding for caring.",
         block(F, ("overall", "good"), ("caring", "outstanding"))),
        # neighbour: a dated sentence that gives that visit's own ratings still leads its account
        (f"{F} has been rated good. In 2021, safe was rated inadequate and caring requires improvement. Well-led and "
         "effective were rated inadequate.",
         block(F, ("overall", "good"))),
    ],
    "negations and hopes": [
        (f"{E} has been rated good. No area was rated inadequate.",
         block(E, ("overall", "good"))),
        (f"{E} has been rated good. The manager said she would not rest until the home was rated outstanding.",
         block(E, ("overall", "good"))),
        (f"{E} has been rated good. The manager said: \"We aim to be outstanding at our next inspection.\"",
         block(E, ("overall", "good"))),
        (f"{E} has been rated good. Had the home been rated inadequate, it would have been placed in special measures.",
         block(E, ("overall", "good"))),
    ],
    "awards and page chrome": [
        (f"{E} has been rated good. Last year the home scooped the Outstanding Achievement award at the regional care awards.",
         block(E, ("overall", "good"))),
        (f"{E} has been rated good by the Care Quality Commission.\n\nYou may also like\n- Nursing home in Corby rated "
         "inadequate\n- Surgery moves up to good",
         block(E, ("overall", "good"))),
    ],
}

CASES = family_cases(FAMILIES)


@pytest.mark.parametrize("family, text, expected", CASES)
def test_precision13_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
