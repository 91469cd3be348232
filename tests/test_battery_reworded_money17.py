"""Battery reworded money17: investments and actions in the wordings a reworded copy of tune showed
missing (issue 14, session 17; docs/accuracy.md "reworded tune: investments and actions").

Tune's pages were copied and their money and enforcement sentences rewritten by hand into other natural
phrasings (the copy stays outside the project); the sentences here are NEW, invented ones of the same
families. Investments (SPEC.md §2: money committed, spent, awarded or planned for a named purpose):
- I-purpose: the purpose before the sum or in a clause ("To modernise X, the hospital will receive £N";
  "a hospital built at a cost of £N"; "£N is going on new theatres"; "£N of it going towards ...";
  "has put in £N since January");
- I-amount: other money forms ("thirty-two million pounds", "set to cost upwards of £75 million",
  "£4m-plus");
- I-not: money that is no commitment, reworded (a hypothetical spend, a deficit over plan, a pot for a
  sector, fines paid, a maintenance backlog, a turnover): no item.
Actions (SPEC.md §2 actions):
- A-voice: the instrument in another voice ("X's registration was removed by the CQC"; "the registration
  now carries conditions"; "was made subject to conditions"; "the CQC first suspended X");
- A-status: "special measures stayed in place" (continued), conditions "lifted by the CQC" (lifted), and
  the near-miss "the CQC proposed to cancel ..." (a plan: nothing);
- A-group: a prosecution brought against a named individual, a fine within a person's total (subject null);
  a state told of a group named before ("... and special measures remain in place at both").
Invented names and wording; nothing copied from any corpus. Fast profile.
"""

from decimal import Decimal

import pytest

from conftest import assert_investments, family_cases

D = Decimal
SM, CO, CA, SU = "special measures", "conditions", "cancellation", "suspension"

INVESTMENT_FAMILIES = {
    "I-purpose: the purpose before the sum, or in a clause": [
        ("The Marlow clinic, built at a cost of £8.5m beside the ring road, opened in May.",
         [(D("8500000"), "clinic")]),
        ("To modernise its maternity unit, Harbridge Hospital will receive an extra £2.6 million of government funding.",
         [(D("2600000"), "maternity unit")]),
        ("Some £12 million is going on new theatres and a day surgery unit at Pellingham General this year.",
         [(D("12000000"), "theatres")]),
        ("The minister announced £1.2bn for regional diagnostic hubs, with £45m of it going towards a new scanner "
         "centre in Dorrington.", [(D("1200000000"), "diagnostic hubs"), (D("45000000"), "scanner centre")]),
        ("To improve the ward, the company says it has put in nearly £700,000 since January.",
         [(D("700000"), "improve the ward")]),
    ],
    "I-amount: other money forms": [
        ("The board approved plans to spend thirty-two million pounds on a new rehabilitation centre.",
         [(D("32000000"), "rehabilitation centre")]),
        ("The new wing at Pellingham General is set to cost upwards of £75 million.", [(D("75000000"), "wing")]),
        ("A £4m-plus refurbishment of the day hospital will start in March.", [(D("4000000"), "refurbishment")]),
    ],
}

# money talk that is no commitment: each row gives no investment
NOT_INVESTMENTS = {
    "I-not: a hypothetical spend, a deficit, a pot, fines, a backlog, a turnover": [
        "She said that spending £250,000 to fix the roof sooner would have avoided the fall.",
        "Its deficit is set to come in £14million above plan.",
        "A further £900m is being made available to councils across England over two years.",
        "Fines of more than £2.1 million will be paid by the company for the breaches.",
        "The hospital faces a maintenance backlog costing £35m.",
        "The trust, which has a turnover of £240m, was rated good.",
        # near-misses of 'To modernise X, the hospital will receive £N': the infinitive names no building
        # or improving, or the money is only bid for
        "To cover its deficit, Harbridge Hospital will receive £5m from NHS England.",
        "To build the new unit, the trust is bidding for £6m from the national fund.",
    ],
}

ACTION_FAMILIES = {
    "A-voice: the instrument in another voice": [
        ("Following the inspection, Thornbury Care's registration was removed by the CQC.", {(CA, "imposed")}),
        ("The registration of Linwood Clinic now carries three conditions, including a bar on new admissions.",
         {(CO, "imposed")}),
        ("After the visit, the home's registration was made subject to conditions under the CQC's urgent powers.",
         {(CO, "imposed")}),
        ("Conditions were first imposed on our registration in March 2022, requiring us to triage every patient "
         "within 15 minutes.", {(CO, "imposed")}),
        ("The CQC first suspended Pellow Cosmetic Clinic following an inspection in May.", {(SU, "imposed")}),
        ("We have been told by the CQC that our registration now carries conditions relating to how we assess "
         "patients.", {(CO, "imposed")}),
    ],
    "A-status: continued, lifted, and a plan that is no action": [
        ("However, special measures stayed in place at Harwood Surgery after the second visit.", {(SM, "continued")}),
        ("The conditions on our registration at Linwood Clinic have now been lifted by the CQC.", {(CO, "lifted")}),
        ("Inspectors have recommended that special measures stay in place at Harwood Vale NHS Trust.",
         {(SM, "continued")}),
        ("In 2023 the CQC proposed to cancel the registration of Elmstead Lodge.", set()),
        # near-miss of 'the CQC first suspended X': what is suspended is no provider
        ("The CQC suspended routine inspections during the pandemic.", set()),
    ],
}

# a prosecution or a fine of a named individual: (kind, status, whether the subject is null)
PERSON_ACTIONS = [
    ("Redbank Care Ltd was fined £20,000 at Lewes Crown Court. Its former manager Ann Poole must pay £1,400 in "
     "total: a fine of £500 and costs of £900.",
     {("fine", "imposed", False), ("prosecution", "imposed", False), ("fine", "imposed", True),
      ("prosecution", "imposed", True)}),
    ("Redbank Care Ltd was fined £20,000 at Lewes Crown Court. The CQC also brought a prosecution against Tom "
     "Reade, the home's former manager.",
     {("fine", "imposed", False), ("prosecution", "imposed", False), ("prosecution", "imposed", True)}),
]


# a state told of the members of a group named before it: (kind, status, subject)
GROUP_SUBJECTS = [
    ("Two homes, Larch House and Fern Lodge, were placed in special measures in 2023, and special measures remain "
     "in place at both.",
     {(SM, "imposed", "Larch House"), (SM, "imposed", "Fern Lodge"), (SM, "continued", "Larch House"),
      (SM, "continued", "Fern Lodge")}),
]


@pytest.mark.parametrize("family,text,expected", family_cases(INVESTMENT_FAMILIES))
def test_investment_battery_reworded17(nlp_fast, family, text, expected):
    assert_investments(nlp_fast(text)._.cqc_investments, expected)


@pytest.mark.parametrize("family,text", family_cases({k: [(t,) for t in v] for k, v in NOT_INVESTMENTS.items()}))
def test_investment_battery_reworded17_nothing(nlp_fast, family, text):
    assert nlp_fast(text)._.cqc_investments == []


@pytest.mark.parametrize("family,text,expected", family_cases(ACTION_FAMILIES))
def test_action_battery_reworded17(nlp_fast, family, text, expected):
    assert {(a["kind"], a["status"]) for a in nlp_fast(text)._.cqc_actions} == expected


@pytest.mark.parametrize("text,expected", PERSON_ACTIONS)
def test_action_battery_reworded17_person(nlp_fast, text, expected):
    assert {(a["kind"], a["status"], a["subject"] is None) for a in nlp_fast(text)._.cqc_actions} == expected


@pytest.mark.parametrize("text,expected", GROUP_SUBJECTS)
def test_action_battery_reworded17_group(nlp_fast, text, expected):
    assert {(a["kind"], a["status"], a["subject"]) for a in nlp_fast(text)._.cqc_actions} == expected
