"""Precision battery: rating words that are no current rating of the story's subject (session 20, h-prec20).

Families found by short probes (a rated subject, then one sentence of the kind below), run at main:
- P-stat, a statistic or a count of unnamed services as the subject of a rating that names a service or key
  question ("the number of maternity units rated inadequate for safety has risen", "nine trusts in the
  region are rated inadequate for maternity"): it became an item of the story's subject (the clauses that
  name no service or key question were already read as counts);
- P-neighbour, a neighbour brought in as a comparison ("Neighbouring X NHS Trust is rated outstanding",
  "at nearby X Hospital, maternity was rated good", "the neighbouring trust's emergency department was
  rated inadequate"): an item of the neighbour, or of the story's subject;
- P-question, a yes-no question to the reader ("Is your care home rated good?") in a headline or teaser: its
  value became the subject's overall rating, over the one the story states;
- P-scheme, a value another scheme gives, said right after it ("rated good in the NHS staff survey", "rated
  outstanding by relatives on a review website"): it filled the result's previous value;
- rows that held at main and must go on holding: the scale explained, a hope, a negation, Ofsted, a food
  hygiene rating, a national share;
and near-misses in the same shapes that must still give their items (the subject's own hospitals counted,
a count that is the object of another verb, "nearby" describing the story's own subject, a count that
opens a story before its members are named).
Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from test_battery_prose_previous import block
from test_ratings import RI, _items

T = "Ambleworth Vale NHS Trust"
N = "Corriston Hospitals NHS Trust"
H = "Pellow Brook Care Home"
G = "Saxby Lane Surgery"
C = "Ormsdale Borough Council"

FAMILIES = {
    "P-stat: a statistic or count of unnamed services, with a service or key question": [
        (f"{T} has been rated requires improvement. The proportion of maternity units rated inadequate has doubled in "
         "two years.",
         block(T, ("overall", RI))),
        (f"{T} has been rated requires improvement. Seven trusts in the region are rated inadequate for maternity.",
         block(T, ("overall", RI))),
        (f"{T} has been rated good. The number of trusts rated inadequate for safe rose to 14 last year.",
         block(T, ("overall", "good"))),
        (f"{G} has been rated good. The share of practices rated requires improvement for well-led has fallen.",
         block(G, ("overall", "good"))),
        (f"{T} has been rated good. It is one of only four trusts in the country rated outstanding for caring.",
         block(T, ("overall", "good"))),
        # near-misses: the subject's own hospitals; a count that is not the rated one; a count opening the story
        (f"{T} has been rated good. Its two hospitals were rated outstanding for caring.",
         block(T, ("overall", "good"), ("caring", "outstanding"))),
        (f"{T} has been rated good. Inspectors visited four wards and rated the trust outstanding for caring.",
         block(T, ("overall", "good"), ("caring", "outstanding"))),
        (f"{T}, one of three trusts in the county, has been rated good for caring.",
         block(T, ("caring", "good"))),
        (f"{G} has been rated good. The practice, one of 14 practices in Wexley, was rated outstanding for caring.",
         block(G, ("overall", "good"), ("caring", "outstanding"))),
        (f"Two GP surgeries have been rated inadequate for safe. {G} and Hobbs End Surgery were inspected in May.",
         block(G, ("safe", "inadequate")) | block("Hobbs End Surgery", ("safe", "inadequate"))),
    ],
    "P-neighbour: a neighbour named or described as a comparison": [
        (f"{T} has been rated requires improvement. Neighbouring {N} is rated outstanding.",
         block(T, ("overall", RI))),
        (f"{T} has been rated requires improvement. Meanwhile, neighbouring {N} was rated good in June.",
         block(T, ("overall", RI))),
        (f"{C} has been rated good by the CQC for adult social care. Neighbouring Tanfield Council was rated requires "
         "improvement.",
         block(C, ("overall", "good"))),
        (f"{T} has been rated requires improvement. At nearby Corriston General Hospital, maternity services were "
         "rated good.",
         block(T, ("overall", RI))),
        (f"{T} has been rated requires improvement. The neighbouring trust's emergency department was rated "
         "inadequate in May.",
         block(T, ("overall", RI))),
        # near-misses: "nearby" describing the story's own subject
        (f"Nearby {H} has been rated outstanding by the CQC.",
         block(H, ("overall", "outstanding"))),
        (f"Staff at the nearby {H} are celebrating after it was rated good.",
         block(H, ("overall", "good"))),
        (f"{H}, a nearby home, has been rated good.",
         block(H, ("overall", "good"))),
    ],
    "P-question: a yes-no question to the reader about their own service": [
        (f"Is your care home rated good? {H} has been rated requires improvement by the CQC.",
         block(H, ("overall", RI))),
        (f"Was your GP practice rated inadequate?\n\n{G} has been rated outstanding.",
         block(G, ("overall", "outstanding"))),
        # near-miss: a question about the named subject is not the reader's
        (f"{G} has been rated outstanding. Is it the best practice in the county?",
         block(G, ("overall", "outstanding"))),
    ],
    "P-scheme: a value another scheme gives (a staff survey, families, league tables)": [
        (f"{T} has been rated requires improvement. The trust was rated good in the NHS staff survey for staff "
         "engagement.",
         block(T, ("overall", RI))),
        (f"{H} has been rated good. The home was rated outstanding by relatives on a care home review website.",
         block(H, ("overall", "good"))),
        # near-miss: the CQC's own inspection after the value
        (f"{T} has been rated good in the CQC's latest inspection.",
         block(T, ("overall", "good"))),
    ],
    "held at main: the scale, a hope, a negation, another regulator, hygiene, a national share": [
        (f"{H} has been rated good. Ratings range from outstanding to inadequate.",
         block(H, ("overall", "good"))),
        (f"{G} has been rated good. The practice aims to be rated outstanding by 2027.",
         block(G, ("overall", "good"))),
        (f"{H} has been rated good. The home was not rated inadequate in any area.",
         block(H, ("overall", "good"))),
        (f"{G} has been rated good. The nursery next door was rated outstanding by Ofsted.",
         block(G, ("overall", "good"))),
        (f"{H} has been rated good. The home also holds a five-star food hygiene rating.",
         block(H, ("overall", "good"))),
        (f"{T} has been rated requires improvement. In England, 41% of acute trusts are rated requires improvement "
         "overall.",
         block(T, ("overall", RI))),
    ],
}

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family, text, expected", CASES, ids=[f"{c[0][:9]}-{i}" for i, c in enumerate(CASES)])
def test_prec20_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
