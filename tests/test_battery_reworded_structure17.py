"""Paraphrase battery: current ratings given in page structure (issue 14, session 17, h-rewordS17).

Families found by rewording the rating paragraphs of tune pages into structure by hand (the copy stays
in the lead's notes) and diffing the records, that the earlier batteries do not have:
- S-table, a grid of key questions with "Before" and "After" columns (pipes or tabs): the "After"
  column is the current rating, the "Before" one fills `previous`;
- S-bullets, a lead that holds the value and a count or "ratings" and ends in a colon, over bullets
  that each name only a key question ("rated good in three areas:\n• Effective\n• Caring");
  the same for bullets that each only name a service ("Services rated outstanding:\n• maternity");
- S-bullets with a bracketed comparison, "Maternity – good (an improvement on the previous inspection)",
  "(the same as at the last inspection)": a direction, not a clause about the inspection before;
- S-lines, a lead that gives the lines under it to the group named before ("Both now have these
  ratings:" over "Safe – good" lines): every line is each member's;
  a lead that gives them a direction ("Two services were downgraded:"): each line's change;
  and one that refers to the rated place ("The clinic's ratings by category:"): the reference's subject
  (null when the place is never named), not the company running it;
- S-question, a key question asked with its object ("Is it responsive to people's needs? Good.");
- S-sites, a lead that says the list's ratings are unchanged ("Ratings, unchanged by this
  inspection: A – good; B – requires improvement"): every listed item is unchanged;
and near-misses (a before/after table of something else, bullets that are no key questions).
Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from test_battery_prose_previous import block
from test_ratings import RI, _items

H = "Larkspur Lodge"
P = "Ombersley Road Practice"
W = "Quenby Mill Hospital"
V = "Tarrow Vale Hospital"
FIVE = ("safe", "effective", "caring", "responsive", "well-led")

FAMILIES = {
    "S-table: Before and After columns": [
        (f"{H} was inspected in May.\n\nThe home's ratings have moved down:\nRating | Before | After\n"
         "Overall | Good | Inadequate\nSafe | Good | Inadequate\nCaring | Good | Requires improvement\n",
         block(H, ("overall", "inadequate", "good"), ("safe", "inadequate", "good"), ("caring", RI, "good"))),
        (f"{P} has been inspected again.\nKey question\tBefore\tAfter\nOverall\tRequires improvement\tGood\n"
         "Effective\tInadequate\tGood\nWell-led\tGood\tGood\n",
         block(P, ("overall", "good", RI), ("effective", "good", "inadequate"), ("well-led", "good", "good"))),
        (f"{H} was inspected in March.\nKey question | After | Before\nOverall | Good | Requires improvement\n"
         "Safe | Good | Inadequate\n",
         block(H, ("overall", "good", RI), ("safe", "good", "inadequate"))),
        # near-miss: a before/after table of staffing, no ratings
        (f"{P} was rated good.\nStaff | Before | After\nNurses | 12 | 15\nCarers | 20 | 26\n",
         block(P, ("overall", "good"))),
    ],
    "S-bullets: bare key questions under a valued lead": [
        (f"Inspectors rated {H}, which supports up to 20 people, good in three areas:\n• Safe\n• Caring\n• Well-led\n",
         block(H, ("safe", "good"), ("caring", "good"), ("well-led", "good"))),
        (f"{P} was rated outstanding in two categories:\n- Effective\n- Responsive\n\nStaff were praised.",
         block(P, ("effective", "outstanding"), ("responsive", "outstanding"))),
        (f"{P} keeps its outstanding ratings in four categories:\n- Safe\n- Effective\n- Caring\n- Well-led\n",
         block(P, *[(d, "outstanding", "outstanding") for d in ("safe", "effective", "caring", "well-led")])),
        (f"{H} was rated requires improvement overall. It was rated good for these key questions:\n* Caring\n* Responsive\n",
         block(H, ("overall", RI), ("caring", "good"), ("responsive", "good"))),
        # near-miss: bullets that are no key questions
        (f"{H} was rated good in three areas:\n• its garden\n• its food\n• its activities\n",
         set()),
        # near-miss: bullets of findings after a rating sentence with no colon lead
        (f"{P} was rated good. Inspectors found:\n• Safe staffing levels\n• Caring staff\n",
         block(P, ("overall", "good"))),
    ],
    "S-bullets: bare services under a valued lead": [
        (f"Inspectors visited {W} in May.\nServices the inspectors rated outstanding:\n• maternity\n• surgery\n• critical care\n",
         {(W, s, "overall", "outstanding", None, None) for s in ("maternity", "surgery", "critical care")}),
        (f"{V} was inspected in April. These services were rated requires improvement:\n- surgery\n- end of life care\n",
         {(V, s, "overall", RI, None, None) for s in ("surgery", "end of life care")}),
        # near-miss: a lead with no value over the services it runs
        (f"{W} was rated good. Its services include:\n• maternity\n• surgery\n",
         {(W, None, "overall", "good", None, None)}),
    ],
    "S-lines: a lead that gives the lines to a group": [
        (f"Both {W} and {V} were inspected in March. Following the visits, both now have these ratings:\n"
         "Safe – good\nCaring – outstanding\n",
         block(W, ("safe", "good"), ("caring", "outstanding")) | block(V, ("safe", "good"), ("caring", "outstanding"))),
        # near-miss: the lead names one of them
        (f"Both {W} and {V} were inspected in March. {V} now has these ratings:\nSafe – good\nCaring – outstanding\n",
         block(V, ("safe", "good"), ("caring", "outstanding"))),
    ],
    "S-bullets: a bracketed comparison with the inspection before": [
        (f"{W} was inspected in May.\n\nRatings of the hospital's services:\n• Maternity – good (an improvement on the previous "
         "inspection)\n• Surgery – requires improvement (the same as at the last inspection)\n",
         {(W, "maternity", "overall", "good", None, "improved"), (W, "surgery", "overall", RI, RI, "unchanged")}),
        # near-miss: a rating stated for the last inspection is history
        (f"{W} was rated good. Surgery was rated requires improvement at the last inspection.",
         {(W, None, "overall", "good", None, None)}),
    ],
    "S-lines: a lead that gives the lines a direction": [
        (f"Inspectors rated {W} good overall. Two services were downgraded:\n- Surgery – requires improvement\n"
         "- Maternity – requires improvement\n\nStaff were kind.",
         {(W, None, "overall", "good", None, None), (W, "surgery", "overall", RI, None, "declined"),
          (W, "maternity", "overall", RI, None, "declined")}),
        # near-miss: a lead with no direction
        (f"Inspectors rated {W} good overall. The ratings of two services:\n- Surgery – requires improvement\n"
         "- Maternity – requires improvement\n\nStaff were kind.",
         {(W, None, "overall", "good", None, None), (W, "surgery", "overall", RI, None, None),
          (W, "maternity", "overall", RI, None, None)}),
    ],
    "S-lines: a lead that refers to the rated place": [
        ("The clinic in Tarrow is run by Quenby Health Ltd.\n\nThe clinic's ratings by category:\n• Safe – Good\n"
         "• Caring – Outstanding\n",
         block(None, ("safe", "good"), ("caring", "outstanding"))),
        (f"{V} is run by Quenby Health Ltd.\n\nThe hospital's ratings by category:\n• Safe – Good\n• Caring – Outstanding\n",
         block(V, ("safe", "good"), ("caring", "outstanding"))),
    ],
    "S-question: a key question asked with its object": [
        (f"Inspectors visited {H}. Is it safe? Good. Is it responsive to people’s needs? Outstanding. Is it well-led? Good.",
         block(H, ("safe", "good"), ("responsive", "outstanding"), ("well-led", "good"))),
        (f"{P} was inspected in June.\nAre services responsive to people's needs? Requires improvement\n"
         "Are services caring? Good\n",
         block(P, ("responsive", RI), ("caring", "good"))),
    ],
    "S-sites: a lead that says the list is unchanged": [
        (f"Hospital ratings, unchanged by this inspection: {W} – good; {V} – requires improvement.",
         block(W, ("overall", "good", "good")) | block(V, ("overall", RI, RI))),
        (f"Overall ratings, unchanged since the last inspection: {W} – outstanding; {V} – good.",
         block(W, ("overall", "outstanding", "outstanding")) | block(V, ("overall", "good", "good"))),
        # near-miss: no cue in the lead
        (f"Hospital ratings after this inspection: {W} – good; {V} – requires improvement.",
         block(W, ("overall", "good")) | block(V, ("overall", RI))),
    ],
}

CASES = [pytest.param(family, *row.values, marks=row.marks) if isinstance(row, type(pytest.param(0))) else (family, *row)
         for family, rows in FAMILIES.items() for row in rows]


@pytest.mark.parametrize("family, text, expected", CASES, ids=[f"{(c.values if hasattr(c, 'values') else c)[0][:12]}-{i}" for i, c in enumerate(CASES)])
def test_reworded_structure17_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
