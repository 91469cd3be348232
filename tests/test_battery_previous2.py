"""Battery 2: previous ratings and transitions (issue 14), in new words with invented names.

Session 8, second round. Families the first battery (test_battery_previous.py) and the history
battery (test_battery_history.py) do not have:
- labelled history blocks in page chrome: "Previous inspection: <date>" then "Rating: X" on the next
  line, "Last rated: X", "Previous rating: X (2019)";
- unchanged + previous: "its last two inspections had found it X", "ratings carried over from the last
  inspection", "the rating from its 2021 inspection still stands";
- two older ratings, the newest older one is previous, whichever order they are stated in;
- the previous rating in a quote by a person;
- per-key-question previous values in a list ("safe improved from X to good, effective from Y to good");
- near-misses that must not invent a previous value.

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from test_ratings import _items

RI = "requires improvement"
H = "Fennimore Court"
S = "Larchwick Road Surgery"
P = "Dunsfold Priory Hospital"

FAMILIES = {
    "labelled history block": [
        (f"{H}\nOverall rating: Good\nPrevious inspection: 14 March 2022\nRating: Requires improvement",
         {(H, None, "overall", "good", RI, "improved")}),
        (f"{H}\nOverall rating: Good\n\nPrevious inspection: 9 June 2021\nOverall: Inadequate",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H}\nLatest rating: Requires improvement\nLast rated: Good",
         {(H, None, "overall", RI, "good", "declined")}),
        (f"{H}\nOverall rating: Outstanding\nPrevious rating: Good (2019)",
         {(H, None, "overall", "outstanding", "good", "improved")}),
        (f"{S}\nRating: Good\nPrevious rating: Inadequate (March 2021)",
         {(S, None, "overall", "good", "inadequate", "improved")}),
        (f"{S}\nCurrent rating: Good\nPrevious rating: Good",
         {(S, None, "overall", "good", "good", "unchanged")}),
        (f"{H} has been rated good.\n\nPrevious rating: Requires improvement (2022)",
         {(H, None, "overall", "good", RI, "improved")}),
    ],
    "unchanged with the previous stated": [
        (f"{H} has been rated inadequate again; its last two inspections had found it inadequate.",
         {(H, None, "overall", "inadequate", "inadequate", "unchanged")}),
        (f"{S} was rated good for caring, a rating carried over from the last inspection.",
         {(S, None, "caring", "good", "good", "unchanged")}),
        (f"{S} was rated good overall. Ratings for caring and responsive were carried over from the last inspection.",
         {(S, None, "overall", "good", None, None)}),
        (f"{H} was not inspected in full. The good rating from its 2021 inspection still stands.",
         {(H, None, "overall", "good", "good", "unchanged")}),
        (f"{H}'s rating of requires improvement from its 2022 inspection remains in place.",
         {(H, None, "overall", RI, RI, "unchanged")}),
        (f"{S} has held on to its outstanding rating.",
         {(S, None, "overall", "outstanding", "outstanding", "unchanged")}),
        (f"{P} is rated requires improvement for the third inspection in a row.",
         {(P, None, "overall", RI, RI, "unchanged")}),
        (f"{H} has been rated good, unchanged from its previous inspection.",
         {(H, None, "overall", "good", "good", "unchanged")}),
    ],
    "two older ratings: the newest older one is previous": [
        (f"{H} has been rated good. It was rated inadequate in 2022, and good in 2020.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} is now rated outstanding. In 2022 it was rated requires improvement and in 2019 inadequate.",
         {(H, None, "overall", "outstanding", RI, "improved")}),
        (f"{H} is now rated good, having been rated inadequate in 2019 and requires improvement in 2022.",
         {(H, None, "overall", "good", RI, "improved")}),
        (f"{S} has been rated requires improvement. The practice was judged good in 2018 but inadequate in 2021.",
         {(S, None, "overall", RI, "inadequate", "improved")}),
    ],
    "previous in a quote": [
        (f"{H} has been rated good.\n\n\"We were rated inadequate two years ago and now we are good,\" said the manager, Tamsin Orrell.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{S} has been rated outstanding. Practice manager Idris Pemble said: \"Last time we were rated good, so this is a big step.\"",
         {(S, None, "overall", "outstanding", "good", "improved")}),
        (f"\"Going from requires improvement to good is down to the whole team,\" said Nell Vantry, manager of {H}, which has been rated good.",
         {(H, None, "overall", "good", RI, "improved")}),
        (f"{H} has been rated good. \"Our aim is to be rated outstanding next time,\" said the owner.",
         {(H, None, "overall", "good", None, None)}),
    ],
    "per-key-question previous values in a list": [
        (f"{H} has been rated good. Safe improved from requires improvement to good, effective from inadequate to good.",
         {(H, None, "overall", "good", None, None), (H, None, "safe", "good", RI, "improved"),
          (H, None, "effective", "good", "inadequate", "improved")}),
        (f"At {P}, safe went up from inadequate to requires improvement and well-led from requires improvement to good.",
         {(P, None, "safe", RI, "inadequate", "improved"), (P, None, "well-led", "good", RI, "improved")}),
        (f"{H} is now rated good. The ratings for safe (previously inadequate) and well-led (previously requires improvement) both rose to good.",
         {(H, None, "overall", "good", None, None), (H, None, "safe", "good", "inadequate", "improved"),
          (H, None, "well-led", "good", RI, "improved")}),
        (f"{S} was rated requires improvement. Effective fell from good to requires improvement, and responsive from outstanding to good.",
         {(S, None, "overall", RI, None, None), (S, None, "effective", RI, "good", "declined"),
          (S, None, "responsive", "good", "outstanding", "declined")}),
        (f"{H} was rated good.\n• Safe: improved from requires improvement to good\n• Well-led: improved from inadequate to good",
         {(H, None, "overall", "good", None, None), (H, None, "safe", "good", RI, "improved"),
          (H, None, "well-led", "good", "inadequate", "improved")}),
    ],
    "a paragraph about the inspection before": [
        (f"We carried out an announced inspection at {S}. Overall, the practice is rated as good.\n\n"
         f"We previously carried out an announced inspection at {S} on 3 May 2021. The practice was rated as good overall.",
         {(S, None, "overall", "good", "good", "unchanged")}),
        (f"We carried out an announced inspection at {S}. Overall, the practice is rated as good.\n\n"
         f"We previously inspected {S} on 3 May 2021 as part of our programme. The practice was rated as requires improvement overall.",
         {(S, None, "overall", "good", RI, "improved")}),
        (f"{H} is rated requires improvement.\n\nThe previous inspection of the service took place in 2022. "
         f"The service was rated inadequate and placed in special measures.",
         {(H, None, "overall", RI, "inadequate", "improved")}),
    ],
    "a rating shed, ended or held until now": [
        (f"{H} has shed its inadequate rating and is now rated good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{S} has shaken off its requires improvement rating and is now outstanding.",
         {(S, None, "overall", "outstanding", RI, "improved")}),
        (f"{H} has been rated good, ending three years of requires improvement ratings.",
         {(H, None, "overall", "good", RI, "improved")}),
        (f"{H} has been rated good, ending a long run as inadequate.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} has been rated good. The home had an inadequate rating until now.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} was rated good until the latest inspection, but is now rated requires improvement.",
         {(H, None, "overall", RI, "good", "declined")}),
    ],
    "near-misses: no previous value": [
        (f"{H}\nOverall rating: Good\nLast inspected: 14 March 2024",
         {(H, None, "overall", "good", None, None)}),
        (f"{H}\nOverall rating: Good\nPrevious inspection: 9 June 2021",
         {(H, None, "overall", "good", None, None)}),
        (f"{H} has been rated good. \"Staff were good to us,\" said a relative.",
         {(H, None, "overall", "good", None, None)}),
        (f"{H} has been rated good. Nearby Wexcombe House was rated inadequate in 2022 and good in 2020.",
         {(H, None, "overall", "good", None, None)}),
    ],
}

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_previous2_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
