"""Probe battery: a rating's history in everyday news phrasing (session 19, h-hist19).

Families the earlier history batteries (test_battery_history11.py, test_battery_transitions13.py,
test_battery_kqhistory12.py, ...) do not have:
- "for the first time since 2015" with no "again": a different rating stood in between, so the direction
  is known (`change`), the rating before is not (`previous` null, as SPEC's "its first good since 2016");
- a run of inspections told without "running" / "in a row" ("for a second successive inspection", "for a
  third consecutive time"): the rating before is the same;
- an unnamed home or service beside the rated one as the subject of a history sentence ("Another home run
  by the same provider was rated inadequate in March", "Other services run by the trust were rated RI in
  2022"): that rating is another's, not the subject's previous rating;
- an aim before a result told as a past event ("X wants to be outstanding after being rated good",
  "X sets its sights on outstanding after being rated good"): the hoped-for value is no rating, and the
  result after "after being rated" is the current one;
- a relative clause or apposition right after the key questions of a result that has an overall too
  ("good overall and for safe and well-led, which were previously rated RI"): their previous value, not the
  overall's;
- an improvement verb before "after"/"following" and a value ("Care home upgraded after inadequate rating"):
  the value is the one before, history, not the current rating the body states;
- families' or residents' words about the care ("Relatives described the care as outstanding"): a
  description, not the caring key question;
- "this inspection does not change the hospital's overall rating of good": the rating stands, unchanged;
and near-misses (the subject's own history, a named home beside the rated one, "first time" with no
"since").
Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from conftest import family_cases
from test_ratings import RI, _items

T = "Tarnbrook NHS Foundation Trust"
P = "Pellow General Hospital"
F = "Fenbury Court Care Home"
W = "Wendle House"
S = "Ashgrove Surgery"


def one(subject, rating, previous=None, change=None, service=None, domain="overall"):
    if previous and change is None:
        change = "unchanged" if previous == rating else None
    return {(subject, service, domain, rating, previous, change)}


FAMILIES = {
    "first time since a date: a direction, no previous value": [
        (f"{T} has been rated good for the first time since 2015.", one(T, "good", change="improved")),
        (f"Maternity services at {P} have been rated good for the first time since 2018.",
         one(P, "good", change="improved", service="maternity")),
        (f"{F} has been rated inadequate for the first time since 2014.", one(F, "inadequate", change="declined")),
        (f"{F} is rated outstanding for the first time in eight years.", one(F, "outstanding", change="improved")),
        # near-misses: no date (a first inspection reads the same); another event's first time
        (f"{T} has been rated good overall. It was the first time inspectors had looked at the trust's leadership "
         "since 2019.", one(T, "good")),
    ],
    "a run of inspections without 'running' or 'in a row'": [
        (f"{T} has been rated requires improvement for a second successive inspection.", one(T, RI, RI)),
        (f"{F} has been rated inadequate for a third consecutive time.", one(F, "inadequate", "inadequate")),
        # near-miss: the run is of something else than the rating
        (f"{F} has been rated good. Inspectors visited on two consecutive days in May.", one(F, "good")),
    ],
    "an unnamed home or service beside the rated one: not its history": [
        (f"{W} has been rated good. Another home run by the same provider was rated inadequate in March.", one(W, "good")),
        (f"{W} has been rated good. A second home owned by the company was rated requires improvement in 2022.",
         one(W, "good")),
        (f"{T} has been rated good. Other services run by the trust were rated requires improvement in 2022.",
         one(T, "good")),
        (f"{W} has been rated good. Another care home in the town was rated inadequate last year.", one(W, "good")),
        # near-misses: the subject's own history (with "another" elsewhere), a named home beside it
        (f"{W} has been rated good. The home was rated inadequate in March 2022.", one(W, "good", "inadequate", "improved")),
        (f"{W}, another home run by Brockley Care Group, was rated inadequate in 2022. It has now been rated good.",
         one(W, "good", "inadequate", "improved")),
        (f"{W} has been rated good. Larchfield Court Care Home, also in Wexham, was rated inadequate last year.",
         one(W, "good")),
    ],
    "an aim before a result told as a past event": [
        (f"{W} wants to be outstanding after being rated good.", one(W, "good")),
        (f"{W} has set its sights on outstanding after being rated good.", one(W, "good")),
        # near-miss: a result with its own history
        (f"{W} is now rated good after being rated inadequate in 2022.", one(W, "good", "inadequate", "improved")),
    ],
    "a relative clause or apposition after the key questions of an overall result": [
        (f"{S} was rated good overall and for safe and well-led, which were previously rated requires improvement.",
         {(S, None, "overall", "good", None, None), (S, None, "safe", "good", RI, "improved"),
          (S, None, "well-led", "good", RI, "improved")}),
        (f"{S} was rated good overall and for being safe, which had been rated inadequate.",
         {(S, None, "overall", "good", None, None), (S, None, "safe", "good", "inadequate", "improved")}),
        (f"{S} was rated good overall, and good for safe and well-led, both previously rated requires improvement.",
         {(S, None, "overall", "good", None, None), (S, None, "safe", "good", RI, "improved"),
          (S, None, "well-led", "good", RI, "improved")}),
        # near-misses: the relative clause after the overall itself; key questions alone
        (f"{S} was rated good overall, which was previously rated requires improvement.", one(S, "good", RI, "improved")),
        (f"{S} was rated good for safe and well-led, which were previously rated requires improvement.",
         {(S, None, "safe", "good", RI, "improved"), (S, None, "well-led", "good", RI, "improved")}),
    ],
    "an older value after an improvement verb in a headline": [
        (f"Care home upgraded after inadequate rating\n\n{W} has been rated good by the Care Quality Commission.",
         one(W, "good", "inadequate", "improved")),
        (f"Care home improves following inadequate rating\n\nStaff at {W} are celebrating after the home was rated good.",
         one(W, "good", "inadequate", "improved")),
        # near-miss: an action after the value is the result's
        (f"{W} placed in special measures after inadequate rating", one(W, "inadequate")),
    ],
    "words of families or residents about the care: a description, no rating": [
        (f"{W} has been rated good. Relatives described the care as outstanding, and residents told inspectors the "
         "staff were outstanding.", one(W, "good")),
        # near-miss: the care rated
        (f"{W} has been rated good overall. The care was rated outstanding.",
         {(W, None, "overall", "good", None, None), (W, None, "caring", "outstanding", None, None)}),
    ],
    "a rating a focused inspection does not change": [
        (f"Maternity services at {P} have been rated inadequate. This inspection does not change the hospital's overall "
         "rating of good.",
         {(P, "maternity", "overall", "inadequate", None, None), (P, None, "overall", "good", "good", "unchanged")}),
        # near-miss: a change of something else than a rating
        (f"Maternity services at {P} have been rated inadequate. The trust said this will not change its plans.",
         one(P, "inadequate", service="maternity")),
    ],
}

@pytest.mark.parametrize("family, text, expected", family_cases(FAMILIES))
def test_hist19_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
