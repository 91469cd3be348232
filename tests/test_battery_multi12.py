"""Battery multi12: several providers in one story, special measures' status,
and one project's money told twice (issue 14; SPEC.md §2 ratings, actions,
investments). Fast profile only; new words, invented names.

- ratings: a subject described before it is named takes the head noun of the
  description ("a hospital trust" is a trust, not a hospital); a site run by a
  trust, a hospice run by a charity, a service run by a company beside a
  trust keep their own ratings; a provider named aside ("services formerly
  run by X", "which is now X") is not what "the trust" then means.
- actions: "special measures at X will continue" is continued; "was put into
  special measures in 2018 and was removed from them" is imposed, then lifted;
  in "X, a home run by Y Ltd, was placed in special measures" X is the subject;
  "a second trust placed into special measures in June, X, ..." is X's.
- investments: "a £20m redevelopment ... the work, costing £20.4m" and "a £9m
  unit ... the unit will cost £9.5m" are one item each; a stated part and a
  new purpose stay separate.
"""

from decimal import Decimal

import pytest

from conftest import assert_investments

D = Decimal
SM, WN = "special measures", "warning notice"
I, L, C = "imposed", "lifted", "continued"
O = "overall"

RATINGS = [
    ("A hospital trust has been rated inadequate by inspectors. Farleigh Downs NHS Trust runs Kestwick General Hospital "
     "and Orme Hospital.", {("Farleigh Downs NHS Trust", None, O, "inadequate")}),
    ("An ambulance trust has been rated good. Ravensbrook Ambulance Service NHS Trust covers three counties from its "
     "Tollcross Hospital base.", {("Ravensbrook Ambulance Service NHS Trust", None, O, "good")}),
    ("A community hospital has been rated outstanding. Kestwick Community Hospital is run by Farleigh Downs NHS Trust.",
     {("Kestwick Community Hospital", None, O, "outstanding")}),
    ("St Ansel's Hospice, run by the national charity Hollin Care, has been rated outstanding. Hollin Care runs twelve "
     "hospices across England.", {("St Ansel's Hospice", None, O, "outstanding")}),
    ("Ravensbrook Ambulance Service NHS Trust was rated good. The out-of-hours service run by Orrelbeck Urgent Care Ltd "
     "was rated requires improvement.",
     {("Ravensbrook Ambulance Service NHS Trust", None, O, "good"),
      ("Orrelbeck Urgent Care Ltd", "out-of-hours service", O, "requires improvement")}),
    ("The Oakbrook Centre, which is run by Farleigh Downs NHS Trust, has been rated outstanding.",
     {("Oakbrook Centre", None, O, "outstanding")}),
    ("Larchmere Care Group has 14 homes. Its Brookfield House home was rated inadequate, while Westmead Lodge was "
     "rated good.", {("Brookfield House", None, O, "inadequate"), ("Westmead Lodge", None, O, "good")}),
    # a provider named aside ("run by", "which is now") is not what "the trust" then means
    ("Hallam Vale NHS Foundation Trust took over the mental health services previously run by Corby Mere NHS Trust, "
     "which is now Corby Mere Community NHS Trust. We rated the trust as good.",
     {("Hallam Vale NHS Foundation Trust", None, O, "good")}),
    ("Hallam Vale NHS Foundation Trust has been inspected. Some of its wards were formerly run by Corby Mere NHS Trust. "
     "The trust was rated requires improvement.", {("Hallam Vale NHS Foundation Trust", None, O, "requires improvement")}),
]

ACTIONS = [
    ("Special measures at Marlow Vale NHS Trust will continue, the CQC said.", {(SM, C, "Marlow Vale NHS Trust")}),
    ("Special measures for Marlow Vale NHS Trust will remain in place.", {(SM, C, "Marlow Vale NHS Trust")}),
    ("Marlow Vale NHS Trust was put into special measures in 2018 and was removed from them last year.",
     {(SM, I, "Marlow Vale NHS Trust"), (SM, L, "Marlow Vale NHS Trust")}),
    ("Orrin Lodge was placed in special measures in May and has since been taken out of them.",
     {(SM, I, "Orrin Lodge"), (SM, L, "Orrin Lodge")}),
    ("The Brookfield Centre, a care home run by Larchmere Care Ltd, has been placed in special measures.",
     {(SM, I, "Brookfield Centre")}),
    ("Orrin Lodge, owned by Hadley Homes Ltd, was served a warning notice in March.", {(WN, I, "Orrin Lodge")}),
    ("Ashby Hospitals NHS Trust was placed in special measures in May. A second trust placed into special measures in "
     "June, Kelby Health NHS Trust, has since improved.",
     {(SM, I, "Ashby Hospitals NHS Trust"), (SM, I, "Kelby Health NHS Trust")}),
    ("Marlow Vale NHS Trust remains in special measures despite some improvement, inspectors said.",
     {(SM, C, "Marlow Vale NHS Trust")}),
    ("Marlow Vale NHS Trust has been lifted out of special measures.", {(SM, L, "Marlow Vale NHS Trust")}),
    ("Marlow Vale NHS Trust has been placed back into special measures.", {(SM, I, "Marlow Vale NHS Trust")}),
]

ACTIONS_NOTHING = [
    "Special measures at Marlow Vale NHS Trust will continue if it does not improve.",
    "Marlow Vale NHS Trust is set to exit special measures.",
]

INVESTMENTS = [
    ("A £20m redevelopment of the maternity unit is under way. The work, costing £20.4 million, will finish next spring.",
     [(D("20400000"), "maternity")]),
    ("The trust will spend £6m on a new cancer centre. The £6.1m project opens in 2026.",
     [(D("6100000"), "cancer centre")]),
    ("The trust will invest £6m in a new cancer centre. The investment of £6m follows a public appeal.",
     [(D("6000000"), "cancer centre")]),
    ("Plans for a £9m mental health unit were approved. The unit will cost £9.5 million to build.",
     [(D("9500000"), "mental health unit")]),
    ("A new £4.5m ward has opened at the hospital. The ward, which cost £4.7m, has 24 beds.", [(D("4500000"), "ward")]),
    ("The trust will spend £12m on a new emergency department, of which £4m will go on a new ward.",
     [(D("12000000"), "emergency department"), (D("4000000"), "ward")]),
    ("The hospital secured £2m to build a new theatre. A further £500,000 will be spent on equipment for the theatre.",
     [(D("2000000"), "theatre"), (D("500000"), "equipment")]),
    ("The trust has received £3m for a new scanner, bringing the total invested in the unit to £10m.",
     [(D("3000000"), "scanner")]),
]


def _ratings(doc):
    return {(r["subject"], r["service"], r["domain"], r["rating"]) for r in doc._.cqc_ratings}


def _actions(doc):
    return {(a["kind"], a["status"], a["subject"]) for a in doc._.cqc_actions}


@pytest.mark.parametrize("text,expected", RATINGS)
def test_multi12_ratings(nlp_fast, text, expected):
    assert _ratings(nlp_fast(text)) == expected


@pytest.mark.parametrize("text,expected", ACTIONS)
def test_multi12_actions(nlp_fast, text, expected):
    assert _actions(nlp_fast(text)) == expected


@pytest.mark.parametrize("text", ACTIONS_NOTHING)
def test_multi12_actions_nothing(nlp_fast, text):
    assert _actions(nlp_fast(text)) == set()


@pytest.mark.parametrize("text,expected", INVESTMENTS)
def test_multi12_investments(nlp_fast, text, expected):
    assert_investments(nlp_fast(text)._.cqc_investments, expected)
