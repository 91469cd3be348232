"""Paraphrase battery (issue 14, session 11): key questions, investments, special measures.

Rows the earlier batteries (test_battery_key_questions*.py, test_battery_kq_blocks.py,
test_battery_investments.py, test_battery_money_chrome.py, test_battery_actions*.py)
do not have, in new words with invented names:
- a key question written as a clause with its own subject ("how well the home is
  led", "when it comes to being responsive", "as regards leadership"), and "care"
  as the complement of another key question's noun ("the safety of care" rates
  safe, not caring); "Is it safe?" on a line of its own with the rating below;
- rating words that assert nothing about the page's service: an unnamed group
  or place beside it ("other homes in the group are rated outstanding", "its
  sister home is rated outstanding"), the scheme explained by a kind of service
  and its rating ("homes rated inadequate for safety are inspected again"), a
  value missed or aimed for ("failed to achieve a good rating for safety",
  "stopped short of rating it outstanding", "aiming for outstanding in well-led");
- sums that are not a commitment: support to help a provider improve or leave
  special measures, a unit's running cost, a description that would start with
  a conjunction; a total whose parts follow ("includes") keeps its own phrase;
- special measures kept or ended told with "will": "will continue in", "will no
  longer be in", and "shed its special measures status".
Fast profile: none of these depends on the statistical model.
"""

from decimal import Decimal

import pytest

from conftest import assert_investments
from test_ratings import RI, _items

D = Decimal
SM = "special measures"
I, L, C = "imposed", "lifted", "continued"


def of(subject, *pairs, previous=None, change=None):
    """Items of one subject, no service: (domain, rating) pairs."""
    return {(subject, None, d, r, previous, change) for d, r in pairs}


H = "Thistlecombe House"
P = "Ormsby Lane Surgery"

RATINGS = [
    # a key question as a clause with its own subject
    (f"{H} was rated good, though how well the home is led requires improvement.",
     of(H, ("overall", "good"), ("well-led", RI))),
    (f"{P} was rated good. How well the practice was led was judged inadequate.",
     of(P, ("overall", "good"), ("well-led", "inadequate"))),
    (f"Inspectors rated how well the hospice is led as outstanding at {H}.", of(H, ("well-led", "outstanding"))),
    (f"{H} was rated good overall and was found to be outstanding when it comes to being responsive.",
     of(H, ("overall", "good"), ("responsive", "outstanding"))),
    (f"{P} was judged requires improvement when it comes to safety.", of(P, ("safe", RI))),
    (f"{H} was rated good, and outstanding as regards leadership.",
     of(H, ("overall", "good"), ("well-led", "outstanding"))),
    # a short question on its own line, the rating on the next
    (f"{H} was rated inadequate overall.\n\nIs it safe?\nInadequate\n\nIs it caring?\nGood",
     of(H, ("overall", "inadequate"), ("safe", "inadequate"), ("caring", "good"))),
    (f"{P}\nAre they well-led?\n\nRequires improvement", of(P, ("well-led", RI))),
    # "care" after another key question's noun is that key question's complement
    (f"{H} was rated good overall, but the safety of care was rated requires improvement.",
     of(H, ("overall", "good"), ("safe", RI))),
    (f"{P} was rated good. The effectiveness of its care was judged outstanding.",
     of(P, ("overall", "good"), ("effective", "outstanding"))),
    (f"At {H}, the safety of patient care was found to be inadequate.", of(H, ("safe", "inadequate"))),
    # still caring: care on its own
    (f"{P} was rated good, and its care was rated outstanding.", of(P, ("overall", "good"), ("caring", "outstanding"))),
    # an unnamed group beside the rated place states nothing about it
    (f"{H} was rated good. Other homes in the group are rated outstanding.", of(H, ("overall", "good"))),
    (f"{P} was rated requires improvement, and other practices run by the same partners were rated good.",
     of(P, ("overall", RI))),
    (f"{H} was rated good. Other care homes across the county were also rated inadequate.",
     of(H, ("overall", "good"))),
    (f"{P} was rated good. Its sister practice is rated outstanding.", of(P, ("overall", "good"))),
    (f"{H} was rated good. Neighbouring homes are rated requires improvement.", of(H, ("overall", "good"))),
    # a named member with the group is still rated
    (f"{H} and other homes in the group were rated outstanding.", of(H, ("overall", "outstanding"))),
    (f"{H} was rated good. Its sister home, Kettleby Grange, is rated outstanding.",
     of(H, ("overall", "good")) | of("Kettleby Grange", ("overall", "outstanding"))),
    # a value missed, not given, or aimed for
    (f"{P} was rated requires improvement. It failed to achieve a good rating for safety.", of(P, ("overall", RI))),
    (f"{P} was rated requires improvement. It did not get a good rating for leadership.", of(P, ("overall", RI))),
    (f"{H} was rated good. Inspectors stopped short of rating it outstanding for caring.", of(H, ("overall", "good"))),
    (f"{H} was rated good. The home narrowly missed out on an outstanding rating for caring.", of(H, ("overall", "good"))),
    (f"{H} was rated good. The owners are aiming for outstanding in well-led.", of(H, ("overall", "good"))),
    # the scheme explained: any service of a kind, told by its rating
    (f"{H} was rated good. Homes rated inadequate for safety are inspected again within six months.",
     of(H, ("overall", "good"))),
    (f"{P} was rated good. Any practice rated requires improvement for well-led must send the regulator a plan.",
     of(P, ("overall", "good"))),
    (f"{P} was rated good. Providers that are rated good or outstanding for caring get fewer visits.",
     of(P, ("overall", "good"))),
]

INVESTMENTS = [
    ("A £15m upgrade of the hospital includes £4m for a new endoscopy suite.",
     [(D("15000000"), "upgrade of the hospital"), (D("4000000"), "endoscopy")]),
    ("The trust will spend £3m to improve the children's ward.", [(D("3000000"), "children's ward")]),
]

NOT_INVESTMENTS = [
    "The trust was handed £6m to help it exit special measures.",
    "The trust will receive an extra £3m to help it improve.",
    "The trust received £14m from the sustainability fund after hitting its financial targets.",
    "The trust's maternity unit cost £5m to run last year.",
]

ACTIONS = [
    ("Ormsby Lane Surgery will continue in special measures.", {(SM, C)}),
    ("Brackley Vale NHS Trust will no longer be in special measures.", {(SM, L)}),
    ("Brackley Vale NHS Trust has finally shed its special measures status.", {(SM, L)}),
    ("Special measures for Brackley Vale NHS Trust have been extended again.", {(SM, C)}),
    ("Ormsby Lane Surgery, which was put into special measures last spring, will stay in them.", {(SM, I), (SM, C)}),
    ("Tallow Brook Surgery entered special measures two years ago and has stayed in them since the follow-up visit.", {(SM, I), (SM, C)}),
]


@pytest.mark.parametrize("text, expected", RATINGS)
def test_kq11_ratings(nlp_fast, text, expected):
    assert _items(nlp_fast, text) == expected


@pytest.mark.parametrize("text, expected", INVESTMENTS)
def test_kq11_investments(nlp_fast, text, expected):
    assert_investments(nlp_fast(text)._.cqc_investments, expected)


@pytest.mark.parametrize("text", NOT_INVESTMENTS)
def test_kq11_not_investments(nlp_fast, text):
    assert nlp_fast(text)._.cqc_investments == []


@pytest.mark.parametrize("text, expected", ACTIONS)
def test_kq11_actions(nlp_fast, text, expected):
    assert {(a["kind"], a["status"]) for a in nlp_fast(text)._.cqc_actions} == expected
