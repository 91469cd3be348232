"""Paraphrase battery: a page that rates ONE place in each key question, with
the previous ratings (issue 14, session 9).

The private set's largest page-level family: a release, a provider's news page
or a local story that rates one home, practice, hospital or service in all five
key questions (safe, effective, caring, responsive, well-led) and overall, each
with its rating before, laid out as
- bullet or line lists ("Safe: Good (previously requires improvement)",
  "Safe - Good, up from Requires improvement", "Safe - was Inadequate, now Good",
  "Is the service effective? - Requires improvement (previous: Good)");
- copied rating widgets and tables ("Latest rating" / "Previous rating" columns,
  "Key question | Rating | Previous", the previous column first, "Overall
  rating: Good" over "Previous overall rating: ...");
- prose ("now rated good for being safe, effective and well-led, having been
  rated requires improvement in all three at the last inspection", "stayed good
  in the other three", "the ratings for caring and responsive remain good");
and near-misses that give nothing (a scale key, the five questions listed with
no values, another place's ratings in a related-stories list).
Each layout comes with and without the previous ratings, and with only some
key questions changed. Names and wording are invented; nothing is copied from
any corpus. Fast profile: layout and key questions do not depend on the model.

Each row: page text -> the expected (subject, service, domain, rating,
previous, change) items, compared as a set.
"""

import pytest

from conftest import family_cases
from test_ratings import RI, _items

FIVE = ("safe", "effective", "caring", "responsive", "well-led")
UP, DOWN, SAME = "improved", "declined", "unchanged"


def item(subject, domain, rating, previous=None, change=None, service=None):
    if previous is not None and change is None:
        order = ["inadequate", RI, "good", "outstanding"]
        a, b = order.index(previous), order.index(rating)
        change = UP if b > a else DOWN if b < a else SAME
    return (subject, service, domain, rating, previous, change)


def block(subject, *rows, service=None):
    """{item} for rows of (domain, rating[, previous[, change]])."""
    return {item(subject, *r, service=service) for r in rows}


H = "Wrenfield Grange Care Home"
L = "Copperbeck Lodge"
P = "Tansley Moor Medical Centre"
C = "Ashgrove Court"
S = "Pelling Brook Hospital"

NAV = ("Skip to main content\nMenu\nHome | News | Events | Contact us\n\n"
       "We use cookies on this site. Accept | Reject\n\nHome > News > Latest\n\n")
FOOT = "\n\nShare this page: Facebook | X | Email\n\n(c) 2026 Marlowe Gazette. All rights reserved.\n"


FAMILIES = {
    "line lists with the previous rating in brackets": [
        (NAV + f"{H} improves\n\nPublished 4 March 2026\n\n{H} has been rated good by the Care Quality Commission.\n\n"
         "The ratings are:\nOverall: Good (previously Requires improvement)\nSafe: Good (previously Requires improvement)\n"
         "Effective: Good (previously Good)\nCaring: Good (previously Good)\nResponsive: Good (previously Good)\n"
         "Well-led: Good (previously Inadequate)" + FOOT,
         block(H, ("overall", "good", RI), ("safe", "good", RI), ("effective", "good", "good"), ("caring", "good", "good"),
               ("responsive", "good", "good"), ("well-led", "good", "inadequate"))),
        # only some changed: the lines without a bracket have no previous
        (NAV + f"{L} rated good\n\n{L} was inspected in May.\n\nKey question ratings for {L}:\n"
         "Safe: good (previously requires improvement)\nEffective: good\nCaring: outstanding\nResponsive: good\n"
         "Well-led: good (previously requires improvement)" + FOOT,
         block(L, ("overall", "good"), ("safe", "good", RI), ("effective", "good"), ("caring", "outstanding"),
               ("responsive", "good"), ("well-led", "good", RI))),
        (NAV + f"{P} drops a grade\n\n{P} has been rated requires improvement.\n\n"
         "Safe: Requires improvement (previous rating: Good)\nEffective: Good (previous rating: Good)\n"
         "Caring: Good (previous rating: Good)\nResponsive: Requires improvement (previous rating: Good)\n"
         "Well-led: Requires improvement (previous rating: Good)" + FOOT,
         block(P, ("overall", RI), ("safe", RI, "good"), ("effective", "good", "good"), ("caring", "good", "good"),
               ("responsive", RI, "good"), ("well-led", RI, "good"))),
        (NAV + f"{C} keeps its rating\n\n{C} remains rated good.\n\n"
         "• Safe: Good (was Requires improvement)\n• Effective: Good (unchanged)\n• Caring: Outstanding (was Good)\n"
         "• Responsive: Good (unchanged)\n• Well-led: Good (unchanged)" + FOOT,
         block(C, ("overall", "good", "good"), ("safe", "good", RI), ("effective", "good", "good"),
               ("caring", "outstanding", "good"), ("responsive", "good", "good"), ("well-led", "good", "good"))),
        # the same list without any previous rating
        (NAV + f"{H} rated good\n\n{H} has been rated good.\n\nSafe: Good\nEffective: Good\nCaring: Good\n"
         "Responsive: Good\nWell-led: Good" + FOOT,
         block(H, ("overall", "good"), *((d, "good") for d in FIVE))),
        (NAV + f"{L} rated good\n\n{L} was rated as follows:\n\n- Safe: Requires improvement (last inspection: Inadequate)\n"
         "- Effective: Good (last inspection: Requires improvement)\n- Caring: Good (last inspection: Good)" + FOOT,
         block(L, ("overall", "good"), ("safe", RI, "inadequate"), ("effective", "good", RI), ("caring", "good", "good"))),
    ],
    "line lists with up from / was .. now / a dash": [
        (NAV + f"Big step up for {H}\n\n{H} is now rated good.\n\nSafe - Good, up from Requires improvement\n"
         "Effective - Good, up from Requires improvement\nCaring - Good\nResponsive - Good\n"
         "Well-led - Good, up from Inadequate" + FOOT,
         block(H, ("overall", "good"), ("safe", "good", RI), ("effective", "good", RI), ("caring", "good"),
               ("responsive", "good"), ("well-led", "good", "inadequate"))),
        (NAV + f"{L} slips\n\n{L} has been rated requires improvement.\n\n"
         "Safe - Requires improvement, down from Good\nWell-led - Requires improvement, down from Outstanding\n"
         "Caring - Good, the same as last time" + FOOT,
         block(L, ("overall", RI), ("safe", RI, "good"), ("well-led", RI, "outstanding"), ("caring", "good", "good"))),
        (NAV + f"{P} turns a corner\n\nThe practice has been rated good.\n\n{P}\n"
         "Safe – was Inadequate, now Good\nEffective – was Requires improvement, now Good\n"
         "Well-led – was Inadequate, now Good" + FOOT,
         block(P, ("overall", "good"), ("safe", "good", "inadequate"), ("effective", "good", RI),
               ("well-led", "good", "inadequate"))),
        (NAV + f"{C}: new ratings\n\n{C} was inspected in June.\n\n"
         "Safe: improved from Requires improvement to Good\nEffective: stayed Good\nCaring: stayed Good\n"
         "Responsive: stayed Good\nWell-led: improved from Inadequate to Good" + FOOT,
         block(C, ("safe", "good", RI), ("effective", "good", "good"), ("caring", "good", "good"),
               ("responsive", "good", "good"), ("well-led", "good", "inadequate"))),
        (NAV + f"{H} rated outstanding\n\n{H} has been rated outstanding, up from good.\n\n"
         "Caring – Outstanding (up from Good)\nResponsive – Outstanding (up from Good)\nWell-led – Outstanding (up from Good)\n"
         "Safe – Good (no change)\nEffective – Good (no change)" + FOOT,
         block(H, ("overall", "outstanding", "good"), ("caring", "outstanding", "good"), ("responsive", "outstanding", "good"),
               ("well-led", "outstanding", "good"), ("safe", "good", "good"), ("effective", "good", "good"))),
    ],
    "questions with their answers": [
        (NAV + f"{L} inspection report\n\nAre services safe? Good\nAre services effective? Good\nAre services caring? Good\n"
         "Are services responsive? Outstanding\nAre services well-led? Good" + FOOT,
         block(L, ("safe", "good"), ("effective", "good"), ("caring", "good"), ("responsive", "outstanding"),
               ("well-led", "good"))),
        (NAV + f"{P} inspection report\n\nIs the service safe? - Requires improvement (previous: Good)\n"
         "Is the service effective? - Requires improvement (previous: Good)\nIs the service caring? - Good (previous: Good)\n"
         "Is the service responsive? - Good (previous: Good)\nIs the service well-led? - Inadequate (previous: Requires improvement)"
         + FOOT,
         block(P, ("safe", RI, "good"), ("effective", RI, "good"), ("caring", "good", "good"), ("responsive", "good", "good"),
               ("well-led", "inadequate", RI))),
        (NAV + f"{C} report published\n\n{C}\nIs it safe? Good (was Inadequate)\nIs it caring? Good\n"
         "Is it well-led? Requires improvement (was Inadequate)" + FOOT,
         block(C, ("safe", "good", "inadequate"), ("caring", "good"), ("well-led", RI, "inadequate"))),
        (NAV + f"{H} report\n\n{H}\n• Are services safe? Good, up from Requires improvement\n"
         "• Are services well-led? Good, up from Requires improvement" + FOOT,
         block(H, ("safe", "good", RI), ("well-led", "good", RI))),
    ],
    "rating widgets and tables with a previous column": [
        (NAV + f"{L}\n\nKey question\tLatest rating\tPrevious rating\nSafe\tGood\tRequires improvement\n"
         "Effective\tGood\tGood\nCaring\tOutstanding\tGood\nResponsive\tGood\tGood\nWell-led\tGood\tRequires improvement" + FOOT,
         block(L, ("safe", "good", RI), ("effective", "good", "good"), ("caring", "outstanding", "good"),
               ("responsive", "good", "good"), ("well-led", "good", RI))),
        (NAV + f"{P}\n\n| Key question | Rating | Previous |\n|---|---|---|\n| Overall | Requires improvement | Good |\n"
         "| Safe | Inadequate | Good |\n| Effective | Requires improvement | Good |\n| Caring | Good | Good |\n"
         "| Responsive | Good | Good |\n| Well-led | Requires improvement | Good |" + FOOT,
         block(P, ("overall", RI, "good"), ("safe", "inadequate", "good"), ("effective", RI, "good"), ("caring", "good", "good"),
               ("responsive", "good", "good"), ("well-led", RI, "good"))),
        # the previous column first
        (NAV + f"{C}\n\n| Key question | Previous rating | Current rating |\n| Safe | Inadequate | Requires improvement |\n"
         "| Effective | Requires improvement | Good |\n| Caring | Good | Good |\n| Responsive | Requires improvement | Good |\n"
         "| Well-led | Inadequate | Good |" + FOOT,
         block(C, ("safe", RI, "inadequate"), ("effective", "good", RI), ("caring", "good", "good"),
               ("responsive", "good", RI), ("well-led", "good", "inadequate"))),
        (NAV + f"{H}\n\nKey question\tBefore\tNow\nSafe\tRequires improvement\tGood\nWell-led\tRequires improvement\tGood\n"
         "Caring\tGood\tGood" + FOOT,
         block(H, ("safe", "good", RI), ("well-led", "good", RI), ("caring", "good", "good"))),
        (NAV + f"{L}\n\nOverall rating: Good\nPrevious overall rating: Requires improvement\n\n"
         f"{L} was inspected in April." + FOOT,
         block(L, ("overall", "good", RI))),
        (NAV + f"{P}\n\nOverall rating: Outstanding\nPrevious rating: Good\n\nSafe: Good\nEffective: Outstanding\n"
         "Caring: Outstanding\nResponsive: Outstanding\nWell-led: Outstanding" + FOOT,
         block(P, ("overall", "outstanding", "good"), ("safe", "good"), ("effective", "outstanding"), ("caring", "outstanding"),
               ("responsive", "outstanding"), ("well-led", "outstanding"))),
        # a widget with one cell a line: the key question, then its two values
        (NAV + f"{C}\n\nLatest rating\nPrevious rating\n\nSafe\nGood\nRequires improvement\n\nEffective\nGood\nGood\n\n"
         "Caring\nGood\nGood\n\nResponsive\nGood\nGood\n\nWell-led\nGood\nInadequate" + FOOT,
         block(C, ("safe", "good", RI), ("effective", "good", "good"), ("caring", "good", "good"), ("responsive", "good", "good"),
               ("well-led", "good", "inadequate"))),
        # a heading naming the hospital and the service over the grid: the grid is that service's
        (NAV + f"{S} maternity unit\n\n| Key question | Rating | Previous |\n| Safe | Inadequate | Good |\n"
         "| Well-led | Requires improvement | Good |" + FOOT,
         block(S, ("safe", "inadequate", "good"), ("well-led", RI, "good"), service="maternity")),
        # the same table without a previous column
        (NAV + f"{H}\n\n| Key question | Rating |\n| Safe | Good |\n| Effective | Good |\n| Caring | Outstanding |\n"
         "| Responsive | Good |\n| Well-led | Good |" + FOOT,
         block(H, ("safe", "good"), ("effective", "good"), ("caring", "outstanding"), ("responsive", "good"),
               ("well-led", "good"))),
        (NAV + f"{L}\n\nSafe: Good | Previous: Requires improvement\nEffective: Good | Previous: Good\n"
         "Well-led: Good | Previous: Inadequate" + FOOT,
         block(L, ("safe", "good", RI), ("effective", "good", "good"), ("well-led", "good", "inadequate"))),
        (NAV + f"{P}\n\nKey question      Now                     Last time\nSafe              Good                    Inadequate\n"
         "Effective         Good                    Good\nWell-led          Requires improvement    Inadequate" + FOOT,
         block(P, ("safe", "good", "inadequate"), ("effective", "good", "good"), ("well-led", RI, "inadequate"))),
    ],
    "prose over the five key questions": [
        (NAV + f"{H} improves\n\n{H} is now rated good for being safe, effective and well-led, having been rated requires "
         "improvement in all three at the last inspection." + FOOT,
         block(H, ("safe", "good", RI), ("effective", "good", RI), ("well-led", "good", RI))),
        (NAV + f"{L} rated good\n\n{L} improved from requires improvement to good in safe and well-led, and stayed good in "
         "the other three key questions." + FOOT,
         block(L, ("overall", "good"), ("safe", "good", RI), ("well-led", "good", RI), ("effective", "good", "good"),
               ("caring", "good", "good"), ("responsive", "good", "good"))),
        (NAV + f"{P} rated good\n\n{P} has been rated good overall and for being safe and effective. "
         "The ratings for caring and responsive remain good." + FOOT,
         block(P, ("overall", "good"), ("safe", "good"), ("effective", "good"), ("caring", "good", "good"),
               ("responsive", "good", "good"))),
        (NAV + f"{C} report\n\n{C} was rated good in every key question apart from safe, which was requires improvement."
         + FOOT,
         block(C, ("effective", "good"), ("caring", "good"), ("responsive", "good"), ("well-led", "good"), ("safe", RI))),
        (NAV + f"{H} report\n\nSafe and effective improved from requires improvement to good at {H}, while caring, "
         "responsive and well-led remained good." + FOOT,
         block(H, ("safe", "good", RI), ("effective", "good", RI), ("caring", "good", "good"), ("responsive", "good", "good"),
               ("well-led", "good", "good"))),
        (NAV + f"{L} report\n\n{L} kept its outstanding rating for caring and was upgraded from good to outstanding for "
         "responsive and well-led." + FOOT,
         block(L, ("caring", "outstanding", "outstanding"), ("responsive", "outstanding", "good"),
               ("well-led", "outstanding", "good"))),
        (NAV + f"{P} report\n\nThe practice's rating for safe went from inadequate to good, and its rating for well-led "
         f"from requires improvement to good. {P} is now rated good overall." + FOOT,
         block(P, ("safe", "good", "inadequate"), ("well-led", "good", RI), ("overall", "good"))),
        (NAV + f"{C} report\n\n{C} was rated good in all five key questions, the same as at its last inspection." + FOOT,
         block(C, *((d, "good", "good") for d in FIVE))),
        (NAV + f"{H} report\n\n{H} was rated requires improvement for being safe and well-led, down from good, and good for "
         "being effective, caring and responsive." + FOOT,
         block(H, ("safe", RI, "good"), ("well-led", RI, "good"), ("effective", "good"), ("caring", "good"),
               ("responsive", "good"))),
    ],
    "prose with the ratings before in a sentence of their own": [
        (NAV + f"{P} improves\n\n{P} has been rated good overall and for being safe, effective, caring, responsive and "
         "well-led. At the previous inspection it was rated requires improvement overall and for being safe and well-led."
         + FOOT,
         block(P, ("overall", "good", RI), ("safe", "good", RI), ("well-led", "good", RI), ("effective", "good"),
               ("caring", "good"), ("responsive", "good"))),
        (NAV + f"{C} improves\n\nThe inspection saw {C}'s rating for safe improve from 'requires improvement' to 'good', and "
         "its rating for well-led go up from 'inadequate' to 'requires improvement'." + FOOT,
         block(C, ("safe", "good", RI), ("well-led", RI, "inadequate"))),
        (NAV + f"{H} report\n\nInspectors looked only at whether {H} was safe and well-led, and rated both good. The "
         "ratings for effective, caring and responsive remain good from the previous inspection." + FOOT,
         block(H, ("safe", "good"), ("well-led", "good"), ("effective", "good", "good"), ("caring", "good", "good"),
               ("responsive", "good", "good"))),
        (NAV + f"{L} report\n\n{L} is rated requires improvement for safe, the same rating it had last time, and good in "
         "the other four key questions." + FOOT,
         block(L, ("safe", RI, RI), ("effective", "good"), ("caring", "good"), ("responsive", "good"), ("well-led", "good"))),
    ],
    "prose: a list of key questions, then the move": [
        (NAV + f"{H} improves\n\nThe overall rating for {H} has improved from requires improvement to good. The ratings for "
         "being safe, effective and well-led also improved from requires improvement to good, while caring and responsive "
         "remained good." + FOOT,
         block(H, ("overall", "good", RI), ("safe", "good", RI), ("effective", "good", RI), ("well-led", "good", RI),
               ("caring", "good", "good"), ("responsive", "good", "good"))),
        (NAV + f"{L} improves\n\n{L} has moved from requires improvement to good overall, as well as for the safe, effective "
         "and well-led key questions." + FOOT,
         block(L, ("overall", "good", RI), ("safe", "good", RI), ("effective", "good", RI), ("well-led", "good", RI))),
        (NAV + f"{P} improves\n\nThe ratings of {P} for safe, effective, caring, responsive and well-led have all improved "
         "to good." + FOOT,
         block(P, *((d, "good", None, UP) for d in FIVE))),
        (NAV + f"{C} report\n\n{C} was rated good for being effective, caring and responsive, the same as at its last "
         "inspection, and improved to good for safe and well-led." + FOOT,
         block(C, ("effective", "good", "good"), ("caring", "good", "good"), ("responsive", "good", "good"),
               ("safe", "good", None, UP), ("well-led", "good", None, UP))),
        (NAV + f"{H} report\n\nThe ratings for {H} were: safe – good (previously requires improvement); effective – good; "
         "caring – good; responsive – good; well-led – good (previously inadequate)." + FOOT,
         block(H, ("safe", "good", RI), ("effective", "good"), ("caring", "good"), ("responsive", "good"),
               ("well-led", "good", "inadequate"))),
    ],
    "line lists with an arrow or 'to' between the two values": [
        (NAV + f"{L}\n\nSafe: Requires improvement → Good\nEffective: Good → Good\nWell-led: Inadequate → Good" + FOOT,
         block(L, ("safe", "good", RI), ("effective", "good", "good"), ("well-led", "good", "inadequate"))),
        (NAV + f"{P}\n\nSafe: from Requires improvement to Good\nCaring: from Good to Outstanding\nWell-led: Good (no change)"
         + FOOT,
         block(P, ("safe", "good", RI), ("caring", "outstanding", "good"), ("well-led", "good", "good"))),
        (NAV + f"{C}\n\n• Safe: Inadequate to Requires improvement\n• Well-led: Inadequate to Good" + FOOT,
         block(C, ("safe", RI, "inadequate"), ("well-led", "good", "inadequate"))),
    ],
    "prose: the ratings before listed per key question": [
        (NAV + f"{H} improves\n\n{H} is now rated good in all five key questions. It was previously rated requires "
         "improvement for safe, effective and well-led, and good for caring and responsive." + FOOT,
         block(H, ("safe", "good", RI), ("effective", "good", RI), ("well-led", "good", RI), ("caring", "good", "good"),
               ("responsive", "good", "good"))),
        (NAV + f"{L} improves\n\n{L} has been rated good in all five areas, up from requires improvement in safe and well-led."
         + FOOT,
         block(L, ("safe", "good", RI), ("well-led", "good", RI), ("effective", "good"), ("caring", "good"),
               ("responsive", "good"))),
        (NAV + f"{P} report\n\nInspectors rated {P} requires improvement for safe and well-led, both previously good, and "
         "good for effective, caring and responsive." + FOOT,
         block(P, ("safe", RI, "good"), ("well-led", RI, "good"), ("effective", "good"), ("caring", "good"),
               ("responsive", "good"))),
        (NAV + f"{C} report\n\n{C} was rated good for being effective, caring and responsive, the same as at its last "
         "inspection, and requires improvement for safe." + FOOT,
         block(C, ("effective", "good", "good"), ("caring", "good", "good"), ("responsive", "good", "good"), ("safe", RI))),
    ],
    "key questions as clauses and nouns": [
        (NAV + f"{P} report\n\nThe CQC found {P} good at being caring and responsive but said it required improvement in "
         "how it was led." + FOOT,
         block(P, ("caring", "good"), ("responsive", "good"), ("well-led", RI))),
        (NAV + f"{C} report\n\n{C}'s leadership was rated good, up from inadequate, and its safety improved from requires "
         "improvement to good." + FOOT,
         block(C, ("well-led", "good", "inadequate"), ("safe", "good", RI))),
        (NAV + f"{H} report\n\n{H} is rated good for its safety and its leadership, both up from requires improvement." + FOOT,
         block(H, ("safe", "good", RI), ("well-led", "good", RI))),
        # "good at" a skill is no rating
        (NAV + f"{L} rated good\n\n{L} has been rated good. Staff were good at listening to residents." + FOOT,
         block(L, ("overall", "good"))),
    ],
    "copied location-page panels": [
        (NAV + f"{P}\n\nOverall rating\nGood\nRead overall summary\n\nSafe\nGood\nRead summary\n\nEffective\nGood\n"
         "Read summary\n\nCaring\nOutstanding\nRead summary\n\nResponsive\nGood\nRead summary\n\nWell-led\nGood\n"
         "Read summary" + FOOT,
         block(P, ("overall", "good"), ("safe", "good"), ("effective", "good"), ("caring", "outstanding"),
               ("responsive", "good"), ("well-led", "good"))),
        (NAV + f"{C}\n\nSafe\nRequires improvement\nEffective\nGood\nCaring\nGood\nResponsive\nGood\nWell-led\n"
         "Requires improvement" + FOOT,
         block(C, ("safe", RI), ("effective", "good"), ("caring", "good"), ("responsive", "good"), ("well-led", RI))),
        (NAV + f"{H}\n\nSafe: Good ↑\nEffective: Good\nCaring: Good\nResponsive: Good\nWell-led: Good ↑" + FOOT,
         block(H, ("safe", "good", None, UP), ("effective", "good"), ("caring", "good"), ("responsive", "good"),
               ("well-led", "good", None, UP))),
        (NAV + f"{L}\n\nSafe – Good (Requires improvement at last inspection)\nWell-led – Good (Inadequate at last inspection)"
         + FOOT,
         block(L, ("safe", "good", RI), ("well-led", "good", "inadequate"))),
    ],
    "more copied layouts": [
        (NAV + f"{C}\n\nSafe: Good (improved)\nEffective: Good (stayed the same)\nCaring: Good (declined)" + FOOT,
         block(C, ("safe", "good", None, UP), ("effective", "good", "good"), ("caring", "good", None, DOWN))),
        (NAV + f"{H}\n\nOverall rating for this service Good ●\nIs the service safe? Good ●\n"
         "Is the service effective? Requires Improvement ●\nIs the service caring? Good ●" + FOOT,
         block(H, ("overall", "good"), ("safe", "good"), ("effective", RI), ("caring", "good"))),
        (NAV + f"{L}\n\nSafe: Good | Effective: Good | Caring: Outstanding | Responsive: Good | Well-led: Good" + FOOT,
         block(L, ("safe", "good"), ("effective", "good"), ("caring", "outstanding"), ("responsive", "good"),
               ("well-led", "good"))),
        (NAV + f"{P}\n\nSafe\nGood\nUpdated 12 May 2026\n\nEffective\nGood\nUpdated 12 May 2026\n\nCaring\nOutstanding\n"
         "Updated 12 May 2026" + FOOT,
         block(P, ("safe", "good"), ("effective", "good"), ("caring", "outstanding"))),
        (NAV + f"{C}\n\nSafe - up from Requires improvement to Good\nWell-led - up from Inadequate to Good\nCaring - remains Good"
         + FOOT,
         block(C, ("safe", "good", RI), ("well-led", "good", "inadequate"), ("caring", "good", "good"))),
    ],
    "near-misses that give nothing": [
        (NAV + f"{H} rated good\n\n{H} has been rated good.\n\nWhat the ratings mean\n"
         "Outstanding – the service is performing exceptionally well\nGood – the service is performing well\n"
         "Requires improvement – the service is not performing as well as it should\n"
         "Inadequate – the service is performing badly" + FOOT,
         block(H, ("overall", "good"))),
        (NAV + f"{L} rated good\n\n{L} has been rated good.\n\nInspectors ask five questions of every service:\n"
         "• Is it safe?\n• Is it effective?\n• Is it caring?\n• Is it responsive?\n• Is it well-led?" + FOOT,
         block(L, ("overall", "good"))),
        (NAV + f"{P} rated good\n\n{P} has been rated good. The CQC asks five questions: is it safe, effective, caring, "
         "responsive and well-led?" + FOOT,
         block(P, ("overall", "good"))),
        (NAV + f"{C} rated good\n\n{C} has been rated good.\n\nKey questions\nSafe\nEffective\nCaring\nResponsive\nWell-led"
         + FOOT,
         block(C, ("overall", "good"))),
        (NAV + f"{H} rated good\n\n{H} has been rated good." + "\n\nRelated stories\n"
         "- Dunmere House rated good for safe and caring\n- Burling Court drops to requires improvement\n" + FOOT,
         block(H, ("overall", "good"))),
        (NAV + f"{L} rated good\n\n{L} has been rated good.\n\nAbout ratings\nWe rate services as outstanding, good, "
         "requires improvement or inadequate in each of five key questions." + FOOT,
         block(L, ("overall", "good"))),
    ],
}

CASES = family_cases(FAMILIES)


@pytest.mark.parametrize("family, text, expected", CASES)
def test_kq_blocks_battery(nlp_fast, family, text, expected):
    got = _items(nlp_fast, text)
    assert got == expected, (sorted(got - expected, key=str), sorted(expected - got, key=str))
