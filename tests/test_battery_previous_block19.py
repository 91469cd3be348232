"""Battery 19: a block of previous ratings under the lines of a service's current ratings (issue 14, session 19).

Check's errors (read at the ends of sessions 17 and 18) left key questions whose current values are found
but whose own previous values are not attached, five to seven at a time, on pages rating one long-named
service. One layout that does so: the service named in a title, its key questions' lines, then a
"Previous ratings" heading and the same key questions' older lines. The older lines lost the service
(a list's end forgot it before the heading was seen; a page whose results already carried the service moved
no history to it), so they were no one's history. Names and wording are invented; nothing from any corpus.
Fast profile. Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from test_ratings import RI, _items

T = "Quenby Vale Healthcare NHS Trust"
H = "Ormesby Lodge"
SVC = "community health services for adults"
CYP = "services for children and young people"

ROWS = [
    (f"{T}: {SVC}\n\nCurrent ratings:\nSafe: Good\nEffective: Good\nCaring: Outstanding\nWell-led: Good\n\n"
     "Previous ratings (2021):\nSafe: Requires improvement\nEffective: Good\nCaring: Good\nWell-led: Requires improvement",
     {(T, SVC, "safe", "good", RI, "improved"), (T, SVC, "effective", "good", "good", "unchanged"),
      (T, SVC, "caring", "outstanding", "good", "improved"), (T, SVC, "well-led", "good", RI, "improved")}),
    (f"{H}'s children's services\n\nSafe: Good\nWell-led: Good\n\nPrevious ratings:\nSafe: Requires improvement\n"
     "Well-led: Inadequate",
     {(H, CYP, "safe", "good", RI, "improved"), (H, CYP, "well-led", "good", "inadequate", "improved")}),
    # near-miss: a sentence after the older lines is about the trust as a whole
    (f"{T}: {SVC}\n\nSafe: Good\nWell-led: Good\n\nPrevious ratings:\nSafe: Requires improvement\nWell-led: Good\n\n"
     f"Separately, {T} was rated good overall.",
     {(T, SVC, "safe", "good", RI, "improved"), (T, SVC, "well-led", "good", "good", "unchanged"),
      (T, None, "overall", "good", None, None)}),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_previous_block19_battery(nlp_fast, text, expected):
    assert _items(nlp_fast, text) == expected
