"""Battery money14: one commitment told twice, once rounded, in words the
earlier rows (test_battery_money13.py, test_battery_investments.py) do not have
(issue 14; SPEC.md §2 investments: "One commitment mentioned twice is one
item, at its most precise amount; a total and its stated parts are separate
items").

- the second telling names the thing by a general noun for a building ("the
  new facility", "the building"), so it shares no word with the first;
- the first names a ward by its number ("Ward 7"), the second by a possessive
  ("the ward's bays");
- money set off after a definite noun for money ("The money, £696,000 in all,");
and near-misses: two sums for two purposes, each near the other, stay two.
A sum under £1,000 in pence or with a price's words around it is a price, a
charge, a wage or a donation prompt, not an investment; a small sum for a purpose is. Actions: an exit from special measures with its entry in a relative
clause or participle ("taken out of special measures, which it entered in
2023") is imposed and lifted; one condition named again as the subject of its
verb ("that condition has now been removed") is lifted.
Invented names and wording. Fast profile only.
"""

from decimal import Decimal

import pytest

from conftest import assert_investments

D = Decimal

INVESTMENTS = [
    # a general noun for the building the first sum named
    ("A £3m dementia unit will open at Pellow Hospital in May. The trust invested £2.96 million in the new facility.",
     [(D("2960000"), "dementia unit")]),
    ("A £4m rehabilitation centre is being built in Stanmoor. The building, which will cost £3.95m, opens next year.",
     [(D("3950000"), "rehabilitation centre")]),
    # a possessive of the same noun
    ("Patients will benefit from a £1.2m refurbishment of Ward 7. The trust is spending £1,185,000 to modernise the "
     "ward's bays and add a day room.", [(D("1185000"), "ward 7")]),
    # money set off after a definite noun for money
    ("The trust received £700,000 to improve its children's ward. The money, £696,000 in all, will pay for new "
     "sensory rooms.", [(D("696000"), "children's ward")]),
    ("Pellow Hospital has been awarded £2m for a new scanner suite. The grant, £1.98m in all, will pay for two scanners.",
     [(D("1980000"), "scanner suite")]),
    # neighbours that already held
    ("Halbury Hospital's new £5m ward opened on Monday. The ward, which cost £4.8m, has 30 beds.",
     [(D("4800000"), "ward")]),
    ("A £5m ward is to be built at Halbury Hospital. Building work on the £4.82 million ward starts in June.",
     [(D("4820000"), "ward")]),
]

# two purposes, two items, though the sums are within 5 % of each other
SEPARATE = [
    ("The trust will spend £1.2m on a new endoscopy suite and £1.18m on an eye clinic at Pellow Hospital.",
     [(D("1200000"), "endoscopy"), (D("1180000"), "eye clinic")]),
    ("A £3m dementia unit will open at Pellow Hospital in May. A separate £2.9m scheme will expand its car park.",
     [(D("3000000"), "dementia unit"), (D("2900000"), "car park")]),
    ("The trust received £700,000 to improve its children's ward. It also won £690,000 for a new discharge lounge.",
     [(D("700000"), "children's ward"), (D("690000"), "discharge lounge")]),
]


NOT_INVESTMENTS = [
    "NHS charges from April: Band 1: £26.80  Band 2: £73.50  Band 3: £319.10",
    "Just £10 a month funds an hour of nursing care at Pellow Hospice.",
    "Care workers wanted, £12.60 per hour plus mileage, to join our new team.",
    "Band 1 treatment costs £27 for an examination.",
]

# a small sum for a purpose is still money committed
SMALL = [
    ("Residents at Pinecroft raised £650 to buy a new sensory garden bench.", [(D("650"), "bench")]),
    ("Marram House spent £450 on a new bench for its garden.", [(D("450"), "bench")]),
]


@pytest.mark.parametrize("text,expected", SMALL)
def test_investment_battery_money14_small(nlp_fast, text, expected):
    assert_investments(nlp_fast(text)._.cqc_investments, expected)

SM, CO = "special measures", "conditions"
ACTIONS = [
    ("Dorrow Court has been taken out of special measures, which it entered in June 2023.",
     {(SM, "imposed"), (SM, "lifted")}),
    ("Dorrow Court has come out of special measures, having been placed in them in 2022.",
     {(SM, "imposed"), (SM, "lifted")}),
    ("Dorrow Court has left special measures, which the home first went into after a damning report.",
     {(SM, "imposed"), (SM, "lifted")}),
    ("The CQC placed a condition on our registration in 2023. After this inspection that condition has now been removed.",
     {(CO, "imposed"), (CO, "lifted")}),
    ("The CQC put a condition on the home's registration. The condition was lifted in May.",
     {(CO, "imposed"), (CO, "lifted")}),
    # near-misses: a relative clause about something else; the condition of a thing
    ("Dorrow Court has come out of special measures, which the manager said was a relief.", {(SM, "lifted")}),
    ("The CQC placed a condition on our registration. The condition of the garden has been improved.", {(CO, "imposed")}),
    ("The CQC imposed conditions on the registration of Harlow Wood in March. The council agreed to fund a new roof on one "
     "condition: that the owner paid half. That condition has been met, the owner said.", {(CO, "imposed")}),
    ("The CQC imposed conditions on the registration of Harlow Wood. Mrs Pell said her father's condition was worsening. "
     "The condition was removed from his notes by a nurse.", {(CO, "imposed")}),
]


@pytest.mark.parametrize("text", NOT_INVESTMENTS)
def test_investment_battery_money14_nothing(nlp_fast, text):
    assert nlp_fast(text)._.cqc_investments == []


@pytest.mark.parametrize("text,expected", ACTIONS)
def test_action_battery_money14(nlp_fast, text, expected):
    assert {(a["kind"], a["status"]) for a in nlp_fast(text)._.cqc_actions} == expected


@pytest.mark.parametrize("text,expected", INVESTMENTS)
def test_investment_battery_money14(nlp_fast, text, expected):
    assert_investments(nlp_fast(text)._.cqc_investments, expected)


@pytest.mark.parametrize("text,expected", SEPARATE)
def test_investment_battery_money14_separate(nlp_fast, text, expected):
    assert_investments(nlp_fast(text)._.cqc_investments, expected)


# another story's action in the page's "Most viewed" / "More from" list is not this story's
OTHER_STORIES = [
    ("Pellow Hospital was served a warning notice in May.\n\nMost viewed\n1  Hospital rated outstanding for maternity\n"
     "2  Care home chain fined £300,000\n3  Junior doctors vote on new offer\n", {("warning notice", "imposed")}),
    ("Pellow Hospital was served a warning notice in May.\n\nMORE FROM THE ECHO\nDental practice prosecuted by regulator\n"
     "Council to close two day centres\n", {("warning notice", "imposed")}),
]


@pytest.mark.parametrize("text,expected", OTHER_STORIES)
def test_action_battery_money14_other_stories(nlp_fast, text, expected):
    assert {(a["kind"], a["status"]) for a in nlp_fast(text)._.cqc_actions} == expected
