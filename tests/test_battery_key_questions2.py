"""Paraphrase battery 2: KEY QUESTION + RATING (issue 14, session 8).

Rows that test_battery_key_questions.py does not have: "all five"/"every area"/
"across the board" written other ways (and never stretched to overall), a count
whose remainder is named, mixed per-key-question lists in one sentence (rating
first, key question first, gapped, nouns, "the ... domain"), questions, bullets,
label/value lines and tables with current and previous columns, a rating list
after a colon, clause forms ("whether ...", "not safe"), and near-misses that
state no rating. Invented names and new words, never copied from any corpus.
Fast profile: key questions and layout do not depend on the statistical model.

Each row: text -> the expected (subject, service, domain, rating, previous,
change) items, compared as a set.
"""

import pytest

from test_ratings import RI, _items

FIVE = ("safe", "effective", "caring", "responsive", "well-led")


def of(subject, *pairs, previous=None, change=None):
    """Items of one subject, no service: (domain, rating) pairs."""
    return {(subject, None, d, r, previous, change) for d, r in pairs}


def every(subject, rating, domains=FIVE, previous=None, change=None):
    return of(subject, *((d, rating) for d in domains), previous=previous, change=change)


def but(domains):
    return tuple(d for d in FIVE if d not in domains)


H = "Quillbury House"
L = "Fennimore Lodge"
P = "Stavewood Practice"
C = "Orrin Court"

FAMILIES = {
    "all five, every area, across the board": [
        (f"{H} was rated good in all areas.", every(H, "good")),
        (f"{L} received outstanding ratings across the board.", every(L, "outstanding")),
        (f"{P} was rated good in each of the five areas.", every(P, "good")),
        (f"Inspectors rated {H} inadequate in all five key questions and overall.",
         of(H, ("overall", "inadequate")) | every(H, "inadequate")),
        (f"All five key questions at {L} were rated good.", every(L, "good")),
        (f"Every area at {P} was judged requires improvement.", every(P, RI)),
        (f"{C} was bumped up to good in all five areas.", every(C, "good", change="improved")),
        (f"{H} climbed to outstanding in every key question.", every(H, "outstanding", change="improved")),
        (f"{L} was rated good in all areas other than responsive, which was rated outstanding.",
         every(L, "good", but(("responsive",))) | of(L, ("responsive", "outstanding"))),
        (f"{P} was rated requires improvement for safe and good in all other areas.",
         of(P, ("safe", RI)) | every(P, "good", FIVE[1:])),
        (f"{C} was rated good for caring and requires improvement for everything else.",
         of(C, ("caring", "good")) | every(C, RI, but(("caring",)))),
        # a count whose remainder is named: five items (SPEC 2, clarified)
        (f"{H} was rated good in four of the five areas, with well-led requiring improvement.",
         every(H, "good", FIVE[:4]) | of(H, ("well-led", RI))),
        (f"{L} was rated outstanding in three of the five areas - safe, caring and responsive - and good in the "
         "remaining two.",
         every(L, "outstanding", ("safe", "caring", "responsive")) | every(L, "good", ("effective", "well-led"))),
        (f"{P} was rated good in four of the five key questions, but inadequate for being safe.",
         every(P, "good", FIVE[1:]) | of(P, ("safe", "inadequate"))),
        (f"{H} was rated good overall and across the five key questions.", of(H, ("overall", "good")) | every(H, "good")),
        (f"{L} was rated outstanding across all five of the CQC's key questions.", every(L, "outstanding")),
        (f"{P} was rated good, with all five key questions rated good.", of(P, ("overall", "good")) | every(P, "good")),
        # a count with nothing named: no items; with too little named: only the named one
        (f"{C} was rated requires improvement in two of the five areas.", set()),
        (f"{H} was rated good in four of the five areas, but it has been in special measures.", set()),
        (f"{L} was rated good in two of the five areas, but inadequate for safe.", of(L, ("safe", "inadequate"))),
        # the five key questions named as what was looked at, not what was rated: overall
        (f"Each of the five key questions was examined, and {P} was rated good.", of(P, ("overall", "good"))),
        (f"Inspectors looked at all five key questions and rated {C} good.", of(C, ("overall", "good"))),
        (f"{H} was rated good in every area inspectors visited.", of(H, ("overall", "good"))),
        (f"{L} was rated good. Its manager checks every area of the home each morning.", of(L, ("overall", "good"))),
    ],
    "mixed per-key-question lists": [
        (f"{H} was rated good for safe, effective and caring, and requires improvement for responsive and well-led.",
         every(H, "good", FIVE[:3]) | every(H, RI, FIVE[3:])),
        (f"{L} was rated good in caring and responsive, but inadequate in safe.",
         every(L, "good", ("caring", "responsive")) | of(L, ("safe", "inadequate"))),
        (f"Safe and well-led were rated inadequate at {P}, while effective was rated good.",
         every(P, "inadequate", ("safe", "well-led")) | of(P, ("effective", "good"))),
        (f"{C} was rated outstanding for its leadership and good for its safety.",
         of(C, ("well-led", "outstanding"), ("safe", "good"))),
        (f"Inspectors rated {H} good for how well-led it is and requires improvement for how safe it is.",
         of(H, ("well-led", "good"), ("safe", RI))),
        (f"{L} was rated outstanding in the caring domain and good in the safe domain.",
         of(L, ("caring", "outstanding"), ("safe", "good"))),
        (f"{P} was rated requires improvement for safety, effectiveness and leadership, and good for caring and "
         "responsiveness.",
         every(P, RI, ("safe", "effective", "well-led")) | every(P, "good", ("caring", "responsive"))),
        (f"{C} was judged good for caring, inadequate for safe and requires improvement for well-led.",
         of(C, ("caring", "good"), ("safe", "inadequate"), ("well-led", RI))),
        (f"{H} received an outstanding rating for leadership and a good rating for safety.",
         of(H, ("well-led", "outstanding"), ("safe", "good"))),
        (f"{L}'s leadership was judged inadequate and its safety requires improvement.",
         of(L, ("well-led", "inadequate"), ("safe", RI))),
        (f"{P} was downgraded to inadequate for safety and leadership.",
         every(P, "inadequate", ("safe", "well-led"), change="declined")),
        (f"{C} was rated inadequate for being safe and well-led and requires improvement in the other three areas.",
         every(C, "inadequate", ("safe", "well-led")) | every(C, RI, ("effective", "caring", "responsive"))),
    ],
    "key question as a noun or a domain": [
        (f"Inspectors rated the responsiveness of {H} as outstanding.", of(H, ("responsive", "outstanding"))),
        (f"The caring domain at {L} was rated outstanding.", of(L, ("caring", "outstanding"))),
        (f"{P} was rated good for effectiveness, the CQC said.", of(P, ("effective", "good"))),
        (f"{C} was rated requires improvement in the well-led domain.", of(C, ("well-led", RI))),
        (f"{H} scored good for leadership.", of(H, ("well-led", "good"))),
        (f"In the safe category, {L} was rated requires improvement.", of(L, ("safe", RI))),
    ],
    "questions, bullets, label/value lines and tables": [
        (f"{H}\nIs the service caring? Outstanding\nIs the service responsive? Good",
         of(H, ("caring", "outstanding"), ("responsive", "good"))),
        (f"{L}\nAre services effective? Requires improvement", of(L, ("effective", RI))),
        (f"{P}\n• Safe: Inadequate\n• Well-led: Inadequate\n• Overall: Inadequate",
         every(P, "inadequate", ("safe", "well-led", "overall"))),
        (f"{C}\nWell-led - Inadequate\nCaring - Good", of(C, ("well-led", "inadequate"), ("caring", "good"))),
        (f"{H}\n| Key question | Rating |\n| Safe | Requires improvement |\n| Effective | Good |",
         of(H, ("safe", RI), ("effective", "good"))),
        (f"{L}\nKey question\tRating\nCaring\tOutstanding\nWell-led\tGood",
         of(L, ("caring", "outstanding"), ("well-led", "good"))),
        (f"{P}\n| Key question | Current rating | Previous rating |\n| Safe | Good | Requires improvement |\n"
         "| Well-led | Good | Good |",
         of(P, ("safe", "good"), previous=RI, change="improved")
         | of(P, ("well-led", "good"), previous="good", change="unchanged")),
        (f"{C}\n| | Now | Before |\n| Overall | Good | Inadequate |\n| Safe | Requires improvement | Inadequate |",
         of(C, ("overall", "good"), previous="inadequate", change="improved")
         | of(C, ("safe", RI), previous="inadequate", change="improved")),
        (f"{H} was rated as follows: safe - good, effective - good, caring - outstanding.",
         of(H, ("safe", "good"), ("effective", "good"), ("caring", "outstanding"))),
        (f"The ratings for {L} were: safe, requires improvement; effective, good; well-led, requires improvement.",
         of(L, ("safe", RI), ("effective", "good"), ("well-led", RI))),
        (f"{P}'s key question ratings: Safe Good, Effective Good, Caring Good, Responsive Good, Well-led Good.",
         every(P, "good")),
        (f"{C}\nSafe: Requires improvement (was Good)", of(C, ("safe", RI), previous="good", change="declined")),
        (f"{H}\nAre services safe?\nOur rating: Good\nAre services caring?\nOur rating: Outstanding",
         of(H, ("safe", "good"), ("caring", "outstanding"))),
        (f"{L}\n- Is it responsive? - Requires improvement\n- Is it well-led? - Inadequate",
         of(L, ("responsive", RI), ("well-led", "inadequate"))),
        (f"Are services at {P} well-led? Inadequate.", of(P, ("well-led", "inadequate"))),
        (f"{H}\n| Are services safe? | Good |\n| Are services well-led? | Inadequate |",
         of(H, ("safe", "good"), ("well-led", "inadequate"))),
        (f"{L}\n| Key question | Rating |\n| Is the service caring? | Outstanding |\n| Is the service effective? | Good |",
         of(L, ("caring", "outstanding"), ("effective", "good"))),
        (f"{P}\nAre services responsive? | Requires improvement", of(P, ("responsive", RI))),
        (f"Are services at {C} caring? Outstanding. Are they safe? Requires improvement.",
         of(C, ("caring", "outstanding"), ("safe", RI))),
    ],
    "clause forms": [
        (f"{P} was judged requires improvement on whether it was well-led.", of(P, ("well-led", RI))),
        (f"On whether the service was caring, {C} was rated outstanding.", of(C, ("caring", "outstanding"))),
        (f"Inspectors asked whether services at {H} were safe, and rated them inadequate.",
         of(H, ("safe", "inadequate"))),
        (f"{L} was rated good for the question of whether it is effective.", of(L, ("effective", "good"))),
        (f"{P} was rated good for how responsive it is to people's needs.", of(P, ("responsive", "good"))),
        # a finding with no rating value is not a rating (SPEC 2: rating values are the four words)
        (f"Inspectors found {C} was not safe.", set()),
        (f"Inspectors found the service at {H} was not safe but gave no rating.", set()),
        (f"{L} was rated inadequate after inspectors found the service was not well-led.",
         of(L, ("overall", "inadequate"))),
    ],
    "verbs and direction": [
        (f"{P} kept its good rating for caring but dropped to requires improvement for safe.",
         of(P, ("caring", "good"), previous="good", change="unchanged") | of(P, ("safe", RI), change="declined")),
        (f"{C} moved up to good for leadership.", of(C, ("well-led", "good"), change="improved")),
        (f"{H} has been upgraded from requires improvement to good for safety and effectiveness.",
         every(H, "good", ("safe", "effective"), previous=RI, change="improved")),
        (f"{L} remains rated outstanding for caring.", of(L, ("caring", "outstanding"), previous="outstanding",
                                                            change="unchanged")),
    ],
    "near-misses that state nothing more": [
        (f"{H} was rated good. The CQC looks at five areas: safe, effective, caring, responsive and well-led.",
         of(H, ("overall", "good"))),
        (f"{L} was rated good. All five key questions will be looked at again next year.", of(L, ("overall", "good"))),
        (f"{P} was rated requires improvement. Managers hope to be good in every area by spring.",
         of(P, ("overall", RI))),
        (f"{C} was rated good. Staff said they felt safe and well-led.", of(C, ("overall", "good"))),
        (f"{H} was rated good. The inspection covered every area of the home.", of(H, ("overall", "good"))),
        (f"{L} was rated good. Its manager wants it to be outstanding across the board.", of(L, ("overall", "good"))),
        (f"{C} was rated good in every area of the home.", of(C, ("overall", "good"))),
    ],
}

# Known gap: "in every area" (singular) after a value. Read as the five key questions it passed
# this row, but lost items on the check set (ratings F1 .731 -> .715, transitions .603 -> .580):
# real pages use "every area" for more than the five key questions ("good in every area the
# inspectors looked at"), so only the plural and the subject form ("every area at X was judged")
# expand. Session 15 tried it again, only at the end of its clause ("good overall and in every area"):
# check ratings .778 -> .762, transitions .692 -> .667 (3 items lost, 5 false), so it stays a gap.
# Strict: a change that passes it should say so.
KNOWN_GAPS = [
    (f"{C} was rated good overall and in every area.", of(C, ("overall", "good")) | every(C, "good")),
]

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_key_question_battery2(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected


@pytest.mark.xfail(strict=True, reason="known gap: singular 'in every area' is not expanded (see KNOWN_GAPS)")
@pytest.mark.parametrize("text, expected", KNOWN_GAPS)
def test_key_question_battery2_known_gaps(nlp_fast, text, expected):
    assert _items(nlp_fast, text) == expected
