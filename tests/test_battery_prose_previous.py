"""Paraphrase battery: a practice's, home's or dental surgery's key questions stated in
PROSE with their previous ratings (issue 14, session 10).

Families the earlier batteries (test_battery_previous*.py, test_battery_history.py,
test_battery_kq_blocks.py) do not have:
- a previous value set off right after ONE key question of a list: in brackets ("good for
  safe (previously requires improvement), effective (previously good) and well-led (up from
  inadequate)", "with safe (was inadequate) now rated good") or by commas ("good for effective,
  up from requires improvement, and for well-led, up from inadequate"): the list goes on past
  the note, and each note is its own key question's;
- a history clause whose key questions are referred back to ("previously rated requires
  improvement for safe and well-led, which are now good", "..., and these are now rated good");
- a history value for "this area" / "these key questions" named in the sentence before;
- an inspection report's account of the inspection before ("We previously carried out an
  inspection ... The overall rating for the practice was requires improvement, and ...")
  ahead of the new ratings; "The last rating for this service was X (published ...)";
- a report's key-question sections ("Is the service safe?" ... "At our last inspection we
  rated this key question good. At this inspection the rating has changed to ...");
- a value at the end of a line is not history of a paragraph that starts on the next line;
and near-misses that must not invent a previous value or spread one value to five key questions.
Names and wording are invented; nothing is copied from any corpus. Fast profile.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from test_ratings import RI, _items

FIVE = ("safe", "effective", "caring", "responsive", "well-led")
ORDER = ["inadequate", RI, "good", "outstanding"]


def item(subject, domain, rating, previous=None, change=None):
    if previous is not None and change is None:
        a, b = ORDER.index(previous), ORDER.index(rating)
        change = "improved" if b > a else "declined" if b < a else "unchanged"
    return (subject, None, domain, rating, previous, change)


def block(subject, *rows):
    return {item(subject, *r) for r in rows}


G = "Quillan Beck Surgery"
D = "Sorrelgate Dental Care"  # (a name ending in "Care": not the caring key question)
H = "Tamsworth Lodge"
NAV = "Skip to content\nHome | News | Contact\n\n"
FOOT = "\n\nShare: Facebook | Email\nCopyright 2026 Wendlebury Courier"

FAMILIES = {
    "a previous value in brackets after one key question of a list": [
        (f"{G} was rated good for safe (previously requires improvement), effective (previously good), caring (previously good), "
         "responsive (previously good) and well-led (previously inadequate).",
         block(G, ("safe", "good", RI), ("effective", "good", "good"), ("caring", "good", "good"), ("responsive", "good", "good"),
               ("well-led", "good", "inadequate"))),
        (f"{H} is now rated good for being safe (up from inadequate), caring and well-led (up from requires improvement).",
         block(H, ("safe", "good", "inadequate"), ("caring", "good"), ("well-led", "good", RI))),
        (f"{G} has been rated good overall, with safe (previously requires improvement) now rated good.",
         block(G, ("overall", "good"), ("safe", "good", RI))),
        (f"{D} was rated good overall. It was good in safe (it was requires improvement) and well-led (it was inadequate).",
         block(D, ("overall", "good"), ("safe", "good", RI), ("well-led", "good", "inadequate"))),
        (f"{H} was rated requires improvement overall, down from good. It was rated requires improvement in safe (down from good) "
         "and well-led (down from outstanding).",
         block(H, ("overall", RI, "good"), ("safe", RI, "good"), ("well-led", RI, "outstanding"))),
        # near-miss: a bracket after the last of a list with no verb of its own is still that key question's only
        (f"{D} was rated outstanding for caring and responsive (previously good).",
         block(D, ("caring", "outstanding"), ("responsive", "outstanding", "good"))),
    ],
    "a previous value set off by commas after a key question, the list going on": [
        (f"{H} has been rated good. It was rated good for effective, up from requires improvement, and for well-led, up from inadequate.",
         block(H, ("overall", "good"), ("effective", "good", RI), ("well-led", "good", "inadequate"))),
        (f"{G} has been rated good overall, up from requires improvement. It is now rated good for safe, up from inadequate, and for "
         "effective, caring, responsive and well-led.",
         block(G, ("overall", "good", RI), ("safe", "good", "inadequate"), ("effective", "good"), ("caring", "good"),
               ("responsive", "good"), ("well-led", "good"))),
        (f"{D} is rated good for safe and effective, down from outstanding, and for well-led, up from requires improvement.",
         block(D, ("safe", "good", "outstanding"), ("effective", "good", "outstanding"), ("well-led", "good", RI))),
        # a comma note after the whole list is every listed key question's
        (f"{G} is now rated good for safe and well-led, up from requires improvement.",
         block(G, ("safe", "good", RI), ("well-led", "good", RI))),
        # near-miss: the next key question has a verb and a value of its own
        (f"{H} was rated good for safe, up from requires improvement, and well-led was rated outstanding.",
         block(H, ("safe", "good", RI), ("well-led", "outstanding"))),
    ],
    "history for key questions referred back to": [
        (f"{H} has been rated good. It was previously rated requires improvement for safe and well-led, which are now good.",
         block(H, ("overall", "good"), ("safe", "good", RI), ("well-led", "good", RI))),
        (f"{G} has been rated good. The practice was previously rated requires improvement for being safe and well-led, and these "
         "are now rated as good.",
         block(G, ("overall", "good"), ("safe", "good", RI), ("well-led", "good", RI))),
        (f"{D} has been rated good. The practice was rated good for safe. It had been rated requires improvement in this area at "
         "the last inspection.",
         block(D, ("overall", "good"), ("safe", "good", RI))),
        (f"{H} is rated good for being caring and responsive. The ratings for these key questions were outstanding last time.",
         block(H, ("caring", "good", "outstanding"), ("responsive", "good", "outstanding"))),
        (f"{H} was rated good for safe. It was rated requires improvement for this key question last time.",
         block(H, ("safe", "good", RI))),
        (f"{G} has been rated good. It previously held a requires improvement rating.",
         block(G, ("overall", "good", RI))),
        # near-miss: no key question named before: the history is the overall rating's
        (f"{G} has been rated good. It was rated inadequate in this inspection's predecessor, in 2022.",
         block(G, ("overall", "good", "inadequate"))),
    ],
    "an inspection report's account of the inspection before": [
        (f"We previously carried out an announced comprehensive inspection at {G} on 5 May 2022. The overall rating for the practice "
         "was requires improvement, and requires improvement for providing safe, effective and well-led services. The full reports "
         "can be found on our website.\n\nThis inspection was an announced focused inspection carried out on 9 March 2024. Overall "
         "the practice is now rated as good. The practice is now rated good for providing safe, effective and well-led services.",
         block(G, ("overall", "good", RI), ("safe", "good", RI), ("effective", "good", RI), ("well-led", "good", RI))),
        # the account alone: its ratings are the only ones stated, so they stay
        (f"We previously inspected {D} on 2 June 2021. The practice was rated requires improvement for providing well-led services.",
         block(D, ("well-led", RI))),
        (f"{H} is a care home for 30 people.\n\nThe last rating for this service was requires improvement (published 4 June 2022). "
         "The rating has changed to good.",
         block(H, ("overall", "good", RI))),
        (f"{H} is a care home.\n\nThe last rating for this service was inadequate (published 3 March 2023). The service was placed in "
         "special measures. The service is now rated requires improvement.",
         block(H, ("overall", RI, "inadequate"))),
        (f"{H} is a care home.\n\nThe last rating for the service under the previous provider was requires improvement, published "
         "on 4 June 2022. The service is now rated good.",
         block(H, ("overall", "good", RI))),
        # near-miss: the last rating alone is history, not an item
        (f"{H} is a care home. The last rating for this service was good (published 1 May 2021).",
         set()),
    ],
    "a report's key-question sections": [
        (f"{H} is a care home for 30 people.\n\nIs the service safe?\n\nAt our last inspection we rated this key question requires "
         "improvement. At this inspection the rating has changed to good.\n\nIs the service well-led?\n\nAt our last inspection we "
         "rated this key question inadequate. At this inspection the rating has changed to requires improvement.",
         block(H, ("safe", "good", RI), ("well-led", RI, "inadequate"))),
        (f"{H} is a care home.\n\nIs the service caring?\n\nAt our last inspection we rated this key question good. At this "
         "inspection the rating has remained good.",
         block(H, ("caring", "good", "good"))),
        (f"{D}\n\nEffective\nAt our last inspection we rated this key question good. At this inspection the rating has changed to "
         "requires improvement.",
         block(D, ("effective", RI, "good"))),
        # near-miss: "overall" named in the section is the overall rating
        (f"{H} is a care home.\n\nIs the service safe?\n\nWe rated the home good overall.",
         block(H, ("overall", "good"))),
    ],
    "a line's value is not history of the next paragraph": [
        (f"We carried out an inspection at {G} on 9 March 2024. Overall, the practice is rated as good.\n\nThe ratings for each key "
         "question are:\nSafe - Good\nEffective - Good\nCaring - Good\nResponsive - Good\nWell-led - Good\n\nFollowing our previous "
         "inspection on 5 May 2022, the practice was rated requires improvement overall and for the key questions safe and well-led.",
         block(G, ("overall", "good", RI), ("safe", "good", RI), ("effective", "good"), ("caring", "good"), ("responsive", "good"),
               ("well-led", "good", RI))),
        (f"{G}\n\nOverall rating for this service: Good\nAre services safe? Good\nAre services effective? Good\nAre services caring? "
         "Good\nAre services responsive? Good\nAre services well-led? Good\n\nAt our previous inspection in May 2022 we rated the "
         "practice as inadequate overall, and inadequate for providing safe and well-led services.",
         block(G, ("overall", "good", "inadequate"), ("safe", "good", "inadequate"), ("effective", "good"), ("caring", "good"),
               ("responsive", "good"), ("well-led", "good", "inadequate"))),
    ],
    "a name ending in 'Care' is not the caring key question": [
        (f"{D} has been rated outstanding, up from good.",
         block(D, ("overall", "outstanding", "good"))),
        ("Larkholt Home Care has been rated requires improvement, though care remains good.",
         {("Larkholt Home Care", None, "overall", RI, None, None), ("Larkholt Home Care", None, "caring", "good", "good", "unchanged")}),
    ],
    "near-misses: no previous value, no five items from one": [
        (NAV + f"{H}\n\nOverall rating: Good\nSafe Effective Caring Responsive Well-led\n\nRead the report" + FOOT,
         block(H, ("overall", "good"))),
        (f"{G} was rated good overall, with safe, effective, caring, responsive and well-led all assessed.",
         block(G, ("overall", "good"))),
        (f"{D} was rated good. The ratings for effective, caring and responsive were carried over from the previous inspection.",
         block(D, ("overall", "good"))),
        (f"{H} has been rated good. Safe was rated good (previously requires improvement). Nearby Pellow House was rated inadequate "
         "last time.",
         block(H, ("overall", "good"), ("safe", "good", RI))),
    ],
}

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_prose_previous_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
