"""Battery money15: investments and actions on untidy pages (issue 14, session 15).

Families of wording the earlier batteries (test_battery_money13.py, test_battery_money14.py,
test_battery_investments.py, test_battery_actions*.py) do not have. Investments (SPEC.md §2: money
committed, spent, awarded or planned for a named purpose; not money asked, bid or applied for, not
general funding, deficits, running costs; a national scheme with a concrete purpose counts; the
stated cost of a planned project counts while its funding awaits approval; one sum told twice is one):
- a cost or a grant told after what it paid for ("fitted new call bells at a cost of £46,000",
  "the sensory garden, paid for by a £38,000 grant", "the quiet room ..., funded by a £22,500 donation");
- a sum set off by a comma before what it buys ("a £5.4m, 24-bed ward"), a sum after "new" before a
  noun that is no project word ("a new £1.7 million children's area"), money spent on a named ward;
- a national pot with a purpose named beside a bid for a share of it (the pot counts, the bid does not),
  and near-misses: a share of a pot with no purpose, money applied or appealed for, a planned project's
  funding asked for, money waiting on a bid the sentence makes a condition ("If the bid is successful,
  the £4m will ..."), support to plug a hole in the finances, money spent on running the service, money
  written off;
- one sum told twice, once rounded.
Actions (SPEC.md §2 actions and "Clarified after real text"):
- a notice told met or lifted far from its noun ("A warning notice served on X in 2023 over ... has
  been lifted"; "Two warning notices issued after ..., over A and over B, have been met"), and a
  notice "confirmed" met: imposed and lifted;
- the entry told beside an exit ("taken out of special measures, four years after it entered them"):
  imposed and lifted; beside a continued state ("remains in special measures, three years after it
  first entered the regime") it is only continued;
- conditions told imposed earlier and removed now;
- a fine on the company and on a person (the person's is its own item, subject null; a court's fine
  is also a prosecution);
- a notice of proposal to cancel is no cancellation (the process begun, not the action);
- a list of named members that ends in one it does not name ("X in Luton, Y in Dunstable and a third
  home in Bedford were placed in special measures"): one item per named member and one with subject
  null (near-miss: the unnamed one told of in another clause);
- a body line cut off at the end of the page (no end mark, but a sentence ended inside it) is no
  headline: its action is its own, not an echo of the body's.
Invented names and wording; nothing copied from any corpus. Fast profile.
"""

from decimal import Decimal

import pytest

from conftest import assert_investments, family_cases

D = Decimal
SM, WN, RN, CO = "special measures", "warning notice", "requirement notice", "conditions"

INVESTMENT_FAMILIES = {
    "a cost or a grant told after what it paid for": [
        ("Staff at Marlow Grange fitted new call bells in every bedroom at a cost of £46,000.",
         [(D("46000"), "call bells")]),
        ("The new day surgery unit at Tennant Hospital, which opened in 2022 at a cost of £14m, was praised by inspectors.",
         [(D("14000000"), "day surgery unit")]),
        ("The sensory garden, paid for by a £38,000 grant from a local charity, opened in June.",
         [(D("38000"), "sensory garden")]),
        ("Inspectors praised the quiet room opened last spring, funded by a £22,500 donation from the hospital's friends.",
         [(D("22500"), "quiet room")]),
    ],
    "a sum set off by a comma, after 'new', or spent on a named ward": [
        ("The trust will open a £5.4m, 24-bed ward at Tennant Hospital in 2027.", [(D("5400000"), "ward")]),
        ("Work on a new £1.7 million children's area in the outpatient department begins in April.",
         [(D("1700000"), "children's area")]),
        ("The board agreed to spend £9.2m on Kestrel Ward, a new 20-bed unit for older people.",
         [(D("9200000"), "kestrel ward")]),
    ],
    # near-miss of 'If the bid is successful, the £4m will ...' (review, session 15): the condition told as met
    "a bid told as granted": [
        ("Once the bid was approved in May, the £2m paid for new call bells and a sensory garden at Tennant Hospital.",
         [(D("2000000"), "call bells")]),
    ],
    "a national pot with a purpose beside a bid for a share of it": [
        ("The trust has bid for £4m from the £300m the government has set aside for new diagnostic centres.",
         [(D("300000000"), "diagnostic centres")]),
    ],
    "a planned project's cost while its funding awaits approval": [
        ("The planned £12m rebuild of the maternity unit, whose funding still awaits approval, would start in 2026.",
         [(D("12000000"), "rebuild")]),
    ],
    "money spent building, not running": [
        ("The home spent £85,000 replacing its boilers and fitting new windows.", [(D("85000"), "boilers")]),
    ],
    "one sum told twice, once rounded": [
        ("A £2.5m endoscopy suite opened at Tennant Hospital. The suite cost £2.47m and has three rooms.",
         [(D("2470000"), "endoscopy")]),
    ],
}

# money talk that is no commitment: each row gives no investment
NOT_INVESTMENTS = {
    "a share of a pot with no purpose": [
        "The trust will receive a share of the £500m the government has announced for the NHS this winter.",
    ],
    "money applied, appealed or asked for": [
        "We have applied to the county council for £60,000 towards a new roof for the day centre.",
        "The hospice has launched a £750,000 appeal to build a new family suite.",
        "The trust has asked NHS England to approve £12m for a new maternity unit.",
        "If the bid is successful, the £4m will fund a new ward.",
    ],
    "money written off": [
        "The trust wrote off £3m spent on the cancelled scheme.",
        # near-miss of 'X, which opened in 2022 at a cost of £N' (review, session 15): a cost told by a
        # relative clause that builds or opens nothing
        "The old rota system at Pellow Hospital, which was scrapped in 2021 at a cost of £12m, was never used.",
    ],
    "support for the finances, money spent running the service": [
        "The trust was given £6m in emergency support to plug a hole in its finances.",
        "The home spent £120,000 on agency carers last year because it could not recruit.",
    ],
}

ACTION_FAMILIES = {
    "a notice told met or lifted far from its noun": [
        ("A warning notice served on Brockwell Surgery in 2023 over its repeat prescribing has been lifted after a "
         "follow-up visit.", {(WN, "imposed"), (WN, "lifted")}),
        ("Brockwell Surgery is now rated good. Two warning notices issued after the last inspection, over fire safety "
         "and over staff training, have been met, the report says.", {(WN, "imposed"), (WN, "lifted")}),
        ("At our last inspection in 2023 the CQC issued a requirement notice because our records were poor. The "
         "inspector has now confirmed the requirement notice has been met.", {(RN, "imposed"), (RN, "lifted")}),
    ],
    "the entry beside an exit, and beside a continued state": [
        ("Harwood Vale NHS Trust has been taken out of special measures, four years after it entered them.",
         {(SM, "imposed"), (SM, "lifted")}),
        ("Harwood Vale NHS Trust remains in special measures, three years after it first entered the regime.",
         {(SM, "continued")}),
    ],
    "conditions imposed earlier and removed now": [
        ("Conditions the CQC placed on Fernhill Lodge's registration in 2022 were removed this spring.",
         {(CO, "imposed"), (CO, "lifted")}),
    ],
    "a notice of proposal is no cancellation": [
        ("The CQC has issued a notice of proposal to cancel the registration of Hollybank Lodge.", set()),
    ],
}

# subjects: (kind, status, subject)
SUBJECTS = {
    "a list that ends in a member it does not name": [
        ("Aldergrove House in Tenby, Birchlea Care Home in Narberth and a third home in Haverford were all placed in "
         "special measures after inspections in May.",
         {(SM, "imposed", "Aldergrove House"), (SM, "imposed", "Birchlea Care Home"), (SM, "imposed", None)}),
        # near-miss: the unnamed home is told of in another clause
        ("Aldergrove House in Tenby and Birchlea Care Home were placed in special measures, and a third home in "
         "Haverford was rated good.", {(SM, "imposed", "Aldergrove House"), (SM, "imposed", "Birchlea Care Home")}),
    ],
    "a body line cut off at its end is no headline": [
        ("Birchlea Care Home was placed in special measures in May.\n\nGroup news\nThe group is the third this year to "
         "face restrictions. Earlier in 2024 the CQC imposed a similar condition on Wrenford Healthcare after two of its "
         "homes were rated inade",
         {(SM, "imposed", "Birchlea Care Home"), (CO, "imposed", "Wrenford Healthcare")}),
    ],
}

# a fine on the company and one on a person: (kind, status, whether the subject is null)
PERSON_FINES = [
    ("Ashmere Care Ltd was fined £30,000 at Tenby Magistrates' Court. Its former manager, Jane Orrell, was fined "
     "£2,000 after admitting a separate offence.",
     {("fine", "imposed", False), ("prosecution", "imposed", False), ("fine", "imposed", True),
      ("prosecution", "imposed", True)}),
]


@pytest.mark.parametrize("family,text,expected", family_cases(INVESTMENT_FAMILIES))
def test_investment_battery_money15(nlp_fast, family, text, expected):
    assert_investments(nlp_fast(text)._.cqc_investments, expected)


@pytest.mark.parametrize("family,text", family_cases({k: [(t,) for t in v] for k, v in NOT_INVESTMENTS.items()}))
def test_investment_battery_money15_nothing(nlp_fast, family, text):
    assert nlp_fast(text)._.cqc_investments == []


@pytest.mark.parametrize("family,text,expected", family_cases(ACTION_FAMILIES))
def test_action_battery_money15(nlp_fast, family, text, expected):
    assert {(a["kind"], a["status"]) for a in nlp_fast(text)._.cqc_actions} == expected


@pytest.mark.parametrize("text,expected", PERSON_FINES)
def test_action_battery_money15_person(nlp_fast, text, expected):
    assert {(a["kind"], a["status"], a["subject"] is None) for a in nlp_fast(text)._.cqc_actions} == expected


@pytest.mark.parametrize("family,text,expected", family_cases(SUBJECTS))
def test_action_battery_money15_subjects(nlp_fast, family, text, expected):
    assert {(a["kind"], a["status"], a["subject"]) for a in nlp_fast(text)._.cqc_actions} == expected
