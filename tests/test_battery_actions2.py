"""Paraphrase battery 2: actions and investments on real pages (issue 14; SPEC.md §2).

New rows beside test_battery_actions.py, test_battery_investments.py and
test_battery_money_chrome.py (none repeated), in new words with invented
names: court cases (guilty pleas, convictions, sentences, fines a court
sets), restrictions on admissions, conditions on registration, notices met,
withdrawn or still in force, special measures entered, left or held, actions
told of a group, headlines that repeat the body, and near-misses that must
give nothing (explainers of the regime, a news outlet's troubles, voluntary
pauses). Investments: named commitments (a ward refurbishment, a new unit,
a project awaiting approval) and money that is no commitment (deficits,
fines, agency and PFI costs, national pots, appeals and targets, salaries,
past spending, cuts, backlogs, settlements). Every row runs in both profiles.
"""

from decimal import Decimal

import pytest

from conftest import assert_investments

D = Decimal
WN, SM, CO, RN = "warning notice", "special measures", "conditions", "requirement notice"
FI, PR, SU, CA, EA = "fine", "prosecution", "suspension", "cancellation", "enforcement action"
I, L, C = "imposed", "lifted", "continued"

ACTIONS = [
    # court cases
    ("Ashdown Care Ltd pleaded guilty at Tarrow Magistrates' Court to failing to protect a resident from harm.", {(PR, I)}),
    ("At Tarrow Crown Court the provider was sentenced to a fine of £120,000.", {(FI, I), (PR, I)}),
    ("Following a CQC prosecution, Ashdown Care Ltd has been fined £15,000.", {(FI, I), (PR, I)}),
    ("Magistrates ordered Ashdown Care Ltd to pay £22,000, made up of a £16,000 fine and £6,000 costs.", {(FI, I), (PR, I)}),
    ("The CQC took Ashdown Care Ltd to court after a resident was scalded in a bath.", {(PR, I)}),
    ("The registered manager of Wrenfield House was convicted of failing to notify the regulator of a death.", {(PR, I)}),
    ("A court fined the home's owner £9,000 for breaching the regulations.", {(FI, I), (PR, I)}),
    ("Ashdown Care Ltd was convicted of two offences and fined £44,000.", {(FI, I), (PR, I)}),
    # restrictions on admissions
    ("Wrenfield House has been stopped from accepting new residents.", {(CO, I)}),
    ("A ban on new admissions was imposed on Wrenfield House in May.", {(CO, I)}),
    ("The ban on admissions at Wrenfield House has now been lifted.", {(CO, L)}),
    ("The CQC has restricted admissions to Wrenfield House.", {(CO, I)}),
    # conditions on registration
    ("Strict conditions were attached to Corbel Healthcare's registration.", {(CO, I)}),
    ("The conditions on Corbel Healthcare's registration remain in force.", {(CO, C)}),
    ("Conditions on the registration of Corbel Healthcare were removed in August.", {(CO, L)}),
    ("Corbel Healthcare is still operating under conditions imposed by the regulator.", {(CO, C)}),
    # notices met, withdrawn, still in force
    ("The warning notice remains in force.", {(WN, C)}),
    ("The warning notice is still in place.", {(WN, C)}),
    ("Inspectors found the trust had addressed the concerns set out in the warning notice.", {(WN, I), (WN, L)}),
    ("Wrenfield House has now met the requirements of both warning notices.", {(WN, I), (WN, L)}),
    ("The two warning notices served in March have now been withdrawn.", {(WN, I), (WN, L)}),
    ("The requirement notices issued at the last inspection had been met.", {(RN, I), (RN, L)}),
    # special measures entered, left, held
    ("The trust continues to be in special measures.", {(SM, C)}),
    ("Corbel Valley NHS Trust, which is still in special measures, was inspected in June.", {(SM, C)}),
    ("Wrenfield Surgery has been removed from special measures.", {(SM, L)}),
    ("Wrenfield Surgery has been brought out of special measures.", {(SM, L)}),
    ("Wrenfield Surgery has emerged from special measures.", {(SM, L)}),
    ("Special measures were first imposed on the trust in 2015.", {(SM, I)}),
    ("Corbel Valley NHS Trust, which exited special measures in 2018, has been placed back in special measures.",
     {(SM, L), (SM, I)}),
    ("Wrenfield Surgery was put into special measures last year and remains in them.", {(SM, I), (SM, C)}),
    ("Wrenfield House was placed in special measures, the manager left and the owners sold it.", {(SM, I)}),
    # groups
    ("Warning notices were served on three homes run by Corbel Care Ltd.", {(WN, I)}),
    ("The CQC issued warning notices to five care homes in the county.", {(WN, I)}),
    ("Twelve GP practices in the region remain in special measures.", {(SM, C)}),
    ("Seven trusts have left special measures this year.", {(SM, L)}),
    # cancellation by the regulator, in new wordings
    ("Wrenfield House has had its registration as a care provider cancelled.", {(CA, I)}),
    ("The CQC deregistered Wrenfield House in 2020.", {(CA, I)}),
]

ACTIONS_NOTHING = [
    "Special measures is a framework that gives struggling services extra help.",
    "Providers in special measures are inspected again within six months.",
    "Trusts in special measures receive support from a partner organisation.",
    "A warning notice is a formal notice that sets out what a provider must put right.",
    "What is special measures?",
    "The government's plan to put failing councils into special measures was dropped.",
    "Wrenfield House voluntarily stopped taking new admissions while it recruited staff.",
    "The Tarrow Gazette has been campaigning for the home to be put into special measures.",
    "The coroner's court heard that staff had not checked on the resident.",
    "Police said no charges would be brought.",
    "The CQC said a prosecution was being considered.",
    # the provider's own act is no regulatory cancellation
    "Corbel Care Ltd applied to cancel its registration and the home closed.",
    "The home shut in 2019 after the owners cancelled their registration.",
    "Wrenfield House deregistered in 2020.",
]

# a headline that repeats the body's action is one item
HEADLINE_ECHOES = [
    ("Care home placed in special measures\n\nWrenfield House in Tarrow has been placed in special measures by the CQC.", 1),
    ("Warning notice for Tarrow GP surgery\n\nThe CQC has served a warning notice on Wrenfield Surgery.", 1),
    ("Hospital trust leaves special measures\n\nCorbel Valley NHS Trust has come out of special measures after four years.", 1),
]

INVESTMENTS = [
    ("A £4.2m refurbishment of Ward 12 has been completed.", [(D("4200000"), "refurbishment")]),
    ("The new £6.5m Larkspur Unit for people with dementia opened this week.", [(D("6500000"), "unit")]),
    ("Work will begin in June on the £11m Orchard Wing, which will house two wards.", [(D("11000000"), "wing")]),
    ("Plans to spend £2.2m upgrading the maternity ward have been given the go-ahead.", [(D("2200000"), "maternity")]),
    ("The trust has committed £900,000 to a new falls prevention team.", [(D("900000"), "falls")]),
    ("A further £3m has been earmarked for a new mental health assessment unit.", [(D("3000000"), "assessment")]),
    ("The £14m Cedar Ward development, which is awaiting final approval, will add 30 beds.", [(D("14000000"), "cedar")]),
    ("The hospital charity is funding a £350,000 sensory garden.", [(D("350000"), "garden")]),
    ("A £7m bid to build a new day surgery unit has been approved.", [(D("7000000"), "surgery")]),
    ("The government has given £4m to build a new unit to support hospitals in the region.", [(D("4000000"), "unit")]),
    ("The trust has spent £2m recruiting nurses from overseas.", [(D("2000000"), "nurses")]),
    ("The owners spent £650,000 on a new lift and call bells.", [(D("650000"), "lift")]),
]

NOT_INVESTMENTS = [
    "The trust's deficit has grown to £31m.",
    "Corbel Valley NHS Trust was fined £1.2m after two patients died.",
    "Spending on agency staff reached £7.4m in the first half of the year.",
    "Under its PFI deal the trust will pay £90m more than the hospital cost to build.",
    "The Chancellor announced a £2bn fund for the NHS in the autumn statement.",
    "Friends of the hospital have launched an appeal to raise £80,000 for a new garden.",
    "The appeal has a target of £250,000.",
    "The new chief executive will be paid a salary of £190,000.",
    "The trust spent £12m on temporary staff in 2023.",
    "The hospital's maintenance backlog now stands at £48m.",
    "The council's adult social care budget has been cut by £6m.",
    "Last year the trust spent £620m, most of it on staff.",
    "The trust has been told to repay £3m it was given in error.",
    "Legal costs of £400,000 were paid by the trust.",
    "The trust paid £1.8m to settle claims from families.",
    "It would cost £2m to bring the building up to standard.",
    "Over the past decade £60m has been spent at the hospital.",
    "The hospice's funding was cut by £200,000.",
    "The audit found the trust had wasted £700,000 on a booking system that was never used.",
    "It comes after the trust was handed £22m by the government last year to help it recover.",
    "An extra £3m was put into the trust's budget by the ICB.",
    "The government pledged £150m to support the NHS through winter.",
    "The £35m Orchard Hospital PFI deal costs the trust £4m a year.",
    "The trust spent £400,000 on taxis for patients last year.",
    "The trust has spent £1.2m on management advisers since 2020.",
    "Figures show £4.2m was spent on patient transport last year.",
    "The trust spends £50m a year on medicines.",
    "The trust spent £1.5m on overtime payments.",
    "The NHS spent £3bn on private providers last year.",
    "The trust will receive £5m on top of the £20m it was given last year.",
]


def _pairs(doc):
    return {(a["kind"], a["status"]) for a in doc._.cqc_actions}


@pytest.mark.parametrize("text,expected", ACTIONS)
def test_action_battery2(pipeline, text, expected):
    assert _pairs(pipeline(text)) == expected


@pytest.mark.parametrize("text", ACTIONS_NOTHING)
def test_action_battery2_nothing(pipeline, text):
    assert _pairs(pipeline(text)) == set()


@pytest.mark.parametrize("text,count", HEADLINE_ECHOES)
def test_action_battery2_headline_echo(pipeline, text, count):
    assert len(pipeline(text)._.cqc_actions) == count


@pytest.mark.parametrize("text,expected", INVESTMENTS)
def test_investment_battery2(pipeline, text, expected):
    assert_investments(pipeline(text)._.cqc_investments, expected)


@pytest.mark.parametrize("text", NOT_INVESTMENTS)
def test_investment_battery2_nothing(pipeline, text):
    assert pipeline(text)._.cqc_investments == []
