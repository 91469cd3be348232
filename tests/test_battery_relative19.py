"""Paraphrase battery: a value in a relative clause of its own organisation, and a report's
key-question leads (issue 14, session 19).

Families:
- R-relative: "X is run by Y, which is still rated requires improvement": the value inside a relative
  clause opened right after an organisation is that organisation's, even one named as the owner or
  runner (which is otherwise never what is rated); a past value there ("Y, which was rated inadequate
  last year") is Y's history, never X's previous value;
- L-report: an inspection report's lead for one key question ("Our rating of safe went down. We rated
  it as requires improvement."): the value of the next sentence is that key question's, with the lead's
  direction;
and near-misses that must not fire. Names and wording are invented; nothing is copied from any corpus.
Fast profile. Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from conftest import family_cases
from test_battery_prose_previous import block
from test_ratings import RI, _items

H = "Pendlebury Lodge"  # a care home
P = "Corriemoor Care Ltd"  # the company running it
G = "Yarrowby Surgery"

FAMILIES = {
    "R-relative: a value in the relative clause of its own organisation": [
        (f"{H} is run by {P}, which is still rated requires improvement overall.",
         {(P, None, "overall", RI, RI, "unchanged")}),
        (f"Inspectors rated {H} good. The home is run by {P}, which was rated inadequate last year.",
         block(H, ("overall", "good"))),
        (f"{H} was rated outstanding. It is owned by {P}, who were rated good at their last inspection.",
         block(H, ("overall", "outstanding"))),
        # near-misses: the value belongs to the main clause, or the relative clause is the subject's own
        (f"{H}, which is run by {P}, was rated good.", block(H, ("overall", "good"))),
        (f"{P} runs {H}, which was rated good.", block(H, ("overall", "good"))),
        (f"{H}, which was rated inadequate in 2022, has now been rated good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} is run by {P}, which also runs two other homes. {H} was rated good.", block(H, ("overall", "good"))),
        # (review) not after a reduced ", run by Y," nor after a service at a site
        (f"{H} in Dunsby, run by {P}, which was rated inadequate last month, has closed.", block(H, ("overall", "inadequate"))),
        ("The maternity unit at Kelvedon Hospital, which is rated good, will expand. Kelvedon Hospital was rated requires "
         "improvement overall.",
         {("Kelvedon Hospital", "maternity", "overall", "good", None, None),
          ("Kelvedon Hospital", None, "overall", RI, None, None)}),
    ],
    "L-report: a key question's lead, then 'We rated it as'": [
        (f"{H} - inspection summary\n\nOur rating of this service stayed the same. We rated it as good.\n\n"
         "Safe\nOur rating of safe improved. We rated it as good.\n\n"
         "Well-led\nOur rating of well-led went down. We rated it as requires improvement.",
         {(H, None, "overall", "good", "good", "unchanged"), (H, None, "safe", "good", None, "improved"),
          (H, None, "well-led", RI, None, "declined")}),
        (f"{G}\n\nCaring\nOur rating of caring did not change. We rated it as outstanding.",
         {(G, None, "caring", "outstanding", "outstanding", "unchanged")}),
        # near-miss: the value's own sentence names what it is for
        (f"{G}\n\nOur rating of safe improved. We rated the practice as good overall.",
         {(G, None, "overall", "good", None, "improved")}),
        # (review) a key question in an aside of the lead is not its object
        (f"{G}\n\nOur rating of this service, which was outstanding for caring in 2019, went down. We rated it as good.",
         {(G, None, "overall", "good", None, "declined")}),
    ],
}


@pytest.mark.parametrize("family, text, expected", family_cases(FAMILIES))
def test_relative19_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
