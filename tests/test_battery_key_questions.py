"""Paraphrase battery: KEY QUESTION + RATING (issue 14).

The five key questions and "overall" written every way a page writes them
(adjective, noun, question, clause, quoted list, "all five areas", "all areas
except safe", bullets, label/value lines, headings), and near-misses that
state no rating at all (the scale explained, hopes, negations, adjective uses,
another service's policy). Team-written with invented names, never copied
from any corpus. Fast profile: key questions and layout do not depend on the
statistical model.

Each row: text -> the expected (subject, service, domain, rating, previous,
change) items, compared as a set.
"""

import pytest

from test_ratings import RI, _items

FIVE = ("safe", "effective", "caring", "responsive", "well-led")


def of(subject, *pairs, previous=None, change=None):
    """Items of one subject, no service: (domain, rating) pairs."""
    return {(subject, None, d, r, previous, change) for d, r in pairs}


def every(subject, rating, domains=FIVE):
    return of(subject, *((d, rating) for d in domains))


H = "Larchwood Care Home"
L = "Brackenfold Lodge"
P = "Wrenhurst Surgery"
C = "Pellbrook Court"

FAMILIES = {
    "key question as adjective": [
        (f"{H} was rated good for safe and well-led.", of(H, ("safe", "good"), ("well-led", "good"))),
        (f"Inspectors judged {L} inadequate for being safe and well-led, and requires improvement for being effective.",
         of(L, ("safe", "inadequate"), ("well-led", "inadequate"), ("effective", RI))),
        (f"{P} was awarded outstanding for being responsive to people's needs.", of(P, ("responsive", "outstanding"))),
        (f"{C} was rated good for safe, effective, caring and responsive, but requires improvement for well-led.",
         of(C, *((d, "good") for d in FIVE[:4]), ("well-led", RI))),
    ],
    "key question as noun": [
        (f"{H} was rated good for safety and leadership.", of(H, ("safe", "good"), ("well-led", "good"))),
        (f"Inspectors judged {L} requires improvement for effectiveness and responsiveness.",
         of(L, ("effective", RI), ("responsive", RI))),
        (f"{P} was judged outstanding for its leadership.", of(P, ("well-led", "outstanding"))),
        (f"{C}'s safety was rated inadequate.", of(C, ("safe", "inadequate"))),
        (f"Safety at {H} was rated inadequate.", of(H, ("safe", "inadequate"))),
        (f"Leadership at {L} was judged requires improvement.", of(L, ("well-led", RI))),
        (f"The leadership of {P} was rated outstanding.", of(P, ("well-led", "outstanding"))),
        (f"{C}'s leadership was rated outstanding, and its safety was rated good.",
         of(C, ("well-led", "outstanding"), ("safe", "good"))),
        (f"The regulator stood by its rating of inadequate for the home's safety and leadership at {H}.",
         of(H, ("safe", "inadequate"), ("well-led", "inadequate"))),
        (f"{L} was given a good rating for effectiveness and an outstanding rating for care.",
         of(L, ("effective", "good"), ("caring", "outstanding"))),
        (f"Inspectors rated care at {P} outstanding.", of(P, ("caring", "outstanding"))),
        (f"{C} was rated good for the effectiveness of its care.", of(C, ("effective", "good"))),
    ],
    "key question as clause": [
        (f"{H} was rated good for whether services were safe and effective.",
         of(H, ("safe", "good"), ("effective", "good"))),
        (f"{L} was rated good for how caring and responsive it is.", of(L, ("caring", "good"), ("responsive", "good"))),
        (f"{P} has been rated inadequate for how well led it was.", of(P, ("well-led", "inadequate"))),
        (f"{C} was rated good when it came to being well-led.", of(C, ("well-led", "good"))),
        (f"{H} was found to be inadequate in terms of safety.", of(H, ("safe", "inadequate"))),
        (f"Inspectors rated {L} requires improvement in the areas of safety and leadership.",
         of(L, ("safe", RI), ("well-led", RI))),
        (f"{P} was rated inadequate on the questions relating to safety and leadership.",
         of(P, ("safe", "inadequate"), ("well-led", "inadequate"))),
        (f"{C} was rated inadequate on the key lines of enquiry about safety and leadership.",
         of(C, ("safe", "inadequate"), ("well-led", "inadequate"))),
    ],
    "key questions as a quoted or bracketed list": [
        (f"{H} was rated outstanding for being caring, responsive and well-led.",
         of(H, *((d, "outstanding") for d in ("caring", "responsive", "well-led")))),
        (f"'Safe', 'effective' and 'well-led' were rated requires improvement at {L}.",
         of(L, ("safe", RI), ("effective", RI), ("well-led", RI))),
        (f"{P} was rated 'good' for being 'safe', 'effective' and 'caring'.",
         of(P, ("safe", "good"), ("effective", "good"), ("caring", "good"))),
        (f"{C} was rated 'requires improvement' for 'safe' and 'well-led'.", of(C, ("safe", RI), ("well-led", RI))),
        (f"{H} was rated requires improvement (safe, well-led) and good (effective, caring, responsive).",
         of(H, ("safe", RI), ("well-led", RI), ("effective", "good"), ("caring", "good"), ("responsive", "good"))),
    ],
    "all five, every, except": [
        (f"{H} was rated good in all five areas.", every(H, "good")),
        (f"{L} was rated good in every category.", every(L, "good")),
        (f"{P} was rated good across all five key questions.", every(P, "good")),
        (f"{C} was rated outstanding in each of the five key questions.", every(C, "outstanding")),
        (f"{H} has been rated outstanding overall and in each of the five key questions.",
         of(H, ("overall", "outstanding")) | every(H, "outstanding")),
        (f"{L} was rated good in all areas except safe, which requires improvement.",
         every(L, "good", FIVE[1:]) | of(L, ("safe", RI))),
        (f"{P} was rated good in all areas apart from safety, which was rated requires improvement.",
         every(P, "good", FIVE[1:]) | of(P, ("safe", RI))),
        (f"{C} was rated good in all key questions except well-led, where it requires improvement.",
         every(C, "good", FIVE[:4]) | of(C, ("well-led", RI))),
        (f"{H} was rated outstanding in two areas - caring and responsive - and good in the other three.",
         of(H, ("caring", "outstanding"), ("responsive", "outstanding"), ("safe", "good"), ("effective", "good"),
            ("well-led", "good"))),
        (f"{L} was rated good in four of the five areas, with safe rated requires improvement.",
         every(L, "good", FIVE[1:]) | of(L, ("safe", RI))),
        (f"{P} was rated inadequate for four of the five key questions: safe, effective, responsive and well-led. "
         "It was rated requires improvement for caring.",
         every(P, "inadequate", ("safe", "effective", "responsive", "well-led")) | of(P, ("caring", RI))),
        # a count with no remainder named: no items (SPEC)
        (f"{C} was rated good in three of the five categories.", set()),
    ],
    "questions": [
        (f"{H}\nAre services safe? - Good\nAre services well-led? - Requires improvement",
         of(H, ("safe", "good"), ("well-led", RI))),
        (f"{L}\nOverall rating: Good\nIs the service safe? Requires improvement\nIs the service effective? Good",
         of(L, ("overall", "good"), ("safe", RI), ("effective", "good"))),
        (f"{P}\nAre services safe?\nInadequate\nAre services well-led?\nInadequate",
         of(P, ("safe", "inadequate"), ("well-led", "inadequate"))),
        (f"{C}: Is it safe? Good. Is it effective? Good. Is it caring? Outstanding. Is it responsive? Good. "
         "Is it well-led? Good.",
         of(C, ("safe", "good"), ("effective", "good"), ("caring", "outstanding"), ("responsive", "good"),
            ("well-led", "good"))),
        (f"Inspectors asked whether {H} was safe. Their answer: inadequate.", of(H, ("safe", "inadequate"))),
    ],
    "bullets, label/value lines, headings": [
        (f"{H}\n- Safe: Good\n- Effective: Good\n- Caring: Outstanding",
         of(H, ("safe", "good"), ("effective", "good"), ("caring", "outstanding"))),
        (f"{L}\n* Safe - requires improvement\n* Well-led - inadequate", of(L, ("safe", RI), ("well-led", "inadequate"))),
        (f"{P}\nSafe Good\nEffective Good\nCaring Good\nResponsive Good\nWell-led Requires improvement",
         every(P, "good", FIVE[:4]) | of(P, ("well-led", RI))),
        (f"{C}\nSafe\nGood\nEffective\nRequires improvement", of(C, ("safe", "good"), ("effective", RI))),
        (f"{H} inspection results\nSafe: requires improvement\nEffective: good\nCaring: good\nResponsive: good\n"
         "Well-led: requires improvement\nOverall: requires improvement",
         of(H, ("safe", RI), ("effective", "good"), ("caring", "good"), ("responsive", "good"), ("well-led", RI),
            ("overall", RI))),
        (f"{L}\nSafe – Good\nEffective – Good\nCaring – Outstanding\nResponsive – Good\nWell led – Good",
         every(L, "good", ("safe", "effective", "responsive", "well-led")) | of(L, ("caring", "outstanding"))),
        (f"Ratings for {P}\nSafe | Good\nEffective | Good\nCaring | Good\nResponsive | Good\nWell-led | Good",
         every(P, "good")),
        (f"{C} was rated good overall.\nSafe: Good\nWell-led: Outstanding",
         of(C, ("overall", "good"), ("safe", "good"), ("well-led", "outstanding"))),
        (f"{H} – rated Good", of(H, ("overall", "good"))),
    ],
    "grids and panels": [
        ("Ashby Grange\n| Safe | Effective | Caring | Responsive | Well-led | Overall |\n"
         "| Good | Good | Outstanding | Good | Good | Good |",
         every("Ashby Grange", "good", ("safe", "effective", "responsive", "well-led", "overall"))
         | of("Ashby Grange", ("caring", "outstanding"))),
        ("Ashby Grange ratings\nSafe\tEffective\tCaring\tResponsive\tWell-led\nGood\tGood\tGood\tRequires improvement\tGood",
         every("Ashby Grange", "good", ("safe", "effective", "caring", "well-led")) | of("Ashby Grange", ("responsive", RI))),
        ("Ashby Grange\nOverall rating for this service: Good\nIs the service safe? Good\nIs the service well-led? Outstanding",
         of("Ashby Grange", ("overall", "good"), ("safe", "good"), ("well-led", "outstanding"))),
        ("Ashby Grange\nRatings\nOverall\nGood\nSafe\nGood\nEffective\nGood\nCaring\nOutstanding",
         of("Ashby Grange", ("overall", "good"), ("safe", "good"), ("effective", "good"), ("caring", "outstanding"))),
        ("Key question ratings for Ashby Grange:\n• Safe – Good\n• Effective – Good\n• Caring – Good\n"
         "• Responsive – Outstanding\n• Well-led – Good",
         every("Ashby Grange", "good", ("safe", "effective", "caring", "well-led"))
         | of("Ashby Grange", ("responsive", "outstanding"))),
        ("Ashby Grange\nSAFE: GOOD\nWELL-LED: REQUIRES IMPROVEMENT", of("Ashby Grange", ("safe", "good"), ("well-led", RI))),
        ("Ashby Grange\n1. Safe: Good\n2. Effective: Requires improvement",
         of("Ashby Grange", ("safe", "good"), ("effective", RI))),
        ("Ashby Grange\nSafe: Good (previously requires improvement)\nEffective: Good",
         of("Ashby Grange", ("safe", "good"), previous=RI, change="improved") | of("Ashby Grange", ("effective", "good"))),
        ("Ashby Grange: Safe: Good. Effective: Good. Caring: Good. Responsive: Good. Well-led: Requires improvement.",
         every("Ashby Grange", "good", FIVE[:4]) | of("Ashby Grange", ("well-led", RI))),
        ("Ashby Grange (overall rating: good; safe: requires improvement)",
         of("Ashby Grange", ("overall", "good"), ("safe", RI))),
    ],
    "overall and key questions in one sentence": [
        ("Corbin House's overall rating has improved to good, but it remains requires improvement for safe.",
         of("Corbin House", ("overall", "good"), change="improved")
         | of("Corbin House", ("safe", RI), previous=RI, change="unchanged")),
        ("The safe and well-led key questions were rated inadequate at Corbin House.",
         of("Corbin House", ("safe", "inadequate"), ("well-led", "inadequate"))),
        ("Corbin House was rated good in its latest inspection, with the caring and responsive areas rated outstanding.",
         of("Corbin House", ("overall", "good"), ("caring", "outstanding"), ("responsive", "outstanding"))),
        ("At Corbin House, inspectors rated the safe domain as requires improvement and every other domain as good.",
         of("Corbin House", ("safe", RI)) | every("Corbin House", "good", FIVE[1:])),
        ("Corbin House, rated good for caring, was rated inadequate overall.",
         of("Corbin House", ("caring", "good"), ("overall", "inadequate"))),
        ("Corbin House's safety, effectiveness, care and leadership were all rated good.",
         every("Corbin House", "good", ("safe", "effective", "caring", "well-led"))),
        ('Corbin House was rated "good" overall and "outstanding" in the "caring" category.',
         of("Corbin House", ("overall", "good"), ("caring", "outstanding"))),
        ("Under the well-led question, Corbin House was rated good.", of("Corbin House", ("well-led", "good"))),
        ("Corbin House was rated inadequate after inspectors found it was not safe or well-led.",
         of("Corbin House", ("overall", "inadequate"))),
    ],
    "overall and key questions across sentences": [
        (f"{H} was rated good. Safety was rated requires improvement.", of(H, ("overall", "good"), ("safe", RI))),
        (f"{L} was rated requires improvement. Inspectors found it was good in the caring key question.",
         of(L, ("overall", RI), ("caring", "good"))),
        (f"{P} was rated good overall, with outstanding for caring.",
         of(P, ("overall", "good"), ("caring", "outstanding"))),
        (f"{C} has been rated good. The service was rated good for being safe, effective, caring, responsive and well-led.",
         of(C, ("overall", "good")) | every(C, "good")),
    ],
    "verbs, direction and fronting": [
        ("Tollgate Lodge has retained its outstanding rating for being well-led.",
         of("Tollgate Lodge", ("well-led", "outstanding"), previous="outstanding", change="unchanged")),
        ("Tollgate Lodge was upgraded to good for safety.", of("Tollgate Lodge", ("safe", "good"), change="improved")),
        ("Tollgate Lodge slipped to requires improvement for effectiveness.",
         of("Tollgate Lodge", ("effective", RI), change="declined")),
        ("Tollgate Lodge climbed from requires improvement to good in the caring key question.",
         of("Tollgate Lodge", ("caring", "good"), previous=RI, change="improved")),
        ("For safety, Tollgate Lodge was rated inadequate.", of("Tollgate Lodge", ("safe", "inadequate"))),
        ("When it came to leadership, inspectors rated Tollgate Lodge outstanding.",
         of("Tollgate Lodge", ("well-led", "outstanding"))),
        ("Tollgate Lodge earned an outstanding rating for how caring its staff are.",
         of("Tollgate Lodge", ("caring", "outstanding"))),
        ("Tollgate Lodge was handed an inadequate rating for safety.", of("Tollgate Lodge", ("safe", "inadequate"))),
        ("Tollgate Lodge was rated good overall and outstanding for the care it provides.",
         of("Tollgate Lodge", ("overall", "good"), ("caring", "outstanding"))),
        ("Tollgate Lodge was rated good, but requires improvement for safety and for how well it is led.",
         of("Tollgate Lodge", ("overall", "good"), ("safe", RI), ("well-led", RI))),
        ("Tollgate Lodge was rated requires improvement for safe and effective and good in the other areas.",
         of("Tollgate Lodge", ("safe", RI), ("effective", RI), ("caring", "good"), ("responsive", "good"),
            ("well-led", "good"))),
        ("Tollgate Lodge was rated requires improvement across the board.", every("Tollgate Lodge", RI)),
        ("Tollgate Lodge was rated good in every key question except effective, which was outstanding.",
         every("Tollgate Lodge", "good", ("safe", "caring", "responsive", "well-led"))
         | of("Tollgate Lodge", ("effective", "outstanding"))),
    ],
    "strips and report headings": [
        ("Tollgate Lodge: rated Good (Safe: Good; Effective: Good; Caring: Good; Responsive: Good; Well-led: Good)",
         of("Tollgate Lodge", ("overall", "good")) | every("Tollgate Lodge", "good")),
        ("Tollgate Lodge\nIs the service well-led?\nOur rating: Requires improvement", of("Tollgate Lodge", ("well-led", RI))),
        ("Tollgate Lodge\nIs the service safe?\n\nOur rating for this key question: Inadequate",
         of("Tollgate Lodge", ("safe", "inadequate"))),
    ],
    "key question named before, referred back to": [
        ("Inspectors looked at whether Ridley Court was safe. They rated it inadequate in this area.",
         of("Ridley Court", ("safe", "inadequate"))),
        ("Ridley Court: Well-led\nInspectors rated this key question as requires improvement.",
         of("Ridley Court", ("well-led", RI))),
        ("Ridley Court is now rated good for safe, having been inadequate.",
         of("Ridley Court", ("safe", "good"), previous="inadequate", change="improved")),
        ("Ridley Court's rating for safety has dropped to requires improvement.",
         of("Ridley Court", ("safe", RI), change="declined")),
        ("The safety rating at Ridley Court was downgraded to inadequate.",
         of("Ridley Court", ("safe", "inadequate"), change="declined")),
        ("Ridley Court scored outstanding in the caring and responsive domains.",
         of("Ridley Court", ("caring", "outstanding"), ("responsive", "outstanding"))),
        ("Ridley Court is rated requires improvement in two key areas: safe and well-led.",
         of("Ridley Court", ("safe", RI), ("well-led", RI))),
    ],
    "rating words used as plain words": [
        # "governance" is not a key question word: "governance systems ... required improvement"
        ("Fernhill House was rated good. Its governance systems required improvement, inspectors said.",
         of("Fernhill House", ("overall", "good"))),
        ("Fernhill House was rated good. The trust still has outstanding concerns about staffing and outstanding "
         "actions from its plan.", of("Fernhill House", ("overall", "good"))),
        ("Fernhill House is good at keeping people safe, the CQC said, rating it good overall.",
         of("Fernhill House", ("overall", "good"))),
        ("Fernhill House was rated good. If a service is rated inadequate for safety, the regulator acts.",
         of("Fernhill House", ("overall", "good"))),
        ("Fernhill House was rated good. Inadequate infection control had been found at Tolley Hospital.",
         of("Fernhill House", ("overall", "good"))),
        ("Fernhill House was rated good. Tollgate Lodge was praised for outstanding achievements in activities.",
         of("Fernhill House", ("overall", "good"))),
        ("Fernhill House was rated good today.", of("Fernhill House", ("overall", "good"))),
        ("Fernhill House was rated outstanding although inspectors found some records were missing.",
         of("Fernhill House", ("overall", "outstanding"))),
        ("Fernhill House was rated good. Outstanding is the highest rating the regulator gives.",
         of("Fernhill House", ("overall", "good"))),
        ("Fernhill House was rated good. Any home rated inadequate is inspected again within six months.",
         of("Fernhill House", ("overall", "good"))),
    ],
    "key question words that are not what is rated": [
        ("Safety concerns saw Dunmore Lodge rated inadequate.", of("Dunmore Lodge", ("overall", "inadequate"))),
        ("Dunmore Lodge was rated good for its caring staff.", of("Dunmore Lodge", ("overall", "good"))),
        ("Dunmore Lodge was rated inadequate over concerns about safety and leadership.",
         of("Dunmore Lodge", ("overall", "inadequate"))),
        ("Dunmore Lodge was rated inadequate for failing to keep people safe.", of("Dunmore Lodge", ("overall", "inadequate"))),
        ("Dunmore Lodge was rated good, with inspectors praising its leadership.", of("Dunmore Lodge", ("overall", "good"))),
        ("The leadership team at Dunmore Lodge welcomed the outstanding rating.",
         of("Dunmore Lodge", ("overall", "outstanding"))),
        # still rated: the key question is what the statement rates
        ("Inspectors looked at whether care at Dunmore Lodge was effective and found it was, rating it good in that area.",
         of("Dunmore Lodge", ("effective", "good"))),
        ("Safety at Dunmore Lodge, inspectors said, was inadequate.", of("Dunmore Lodge", ("safe", "inadequate"))),
        ("Tamsley Community Trust also had a well-led review, for which it was rated outstanding.",
         of("Tamsley Community Trust", ("well-led", "outstanding"))),
        ("Safety at Dunmore Lodge was found to be inadequate.", of("Dunmore Lodge", ("safe", "inadequate"))),
    ],
    "near-misses that state nothing": [
        ("Tollgate Lodge is rated good by the CQC. A good rating means care is safe, effective and well-led, the CQC says.",
         of("Tollgate Lodge", ("overall", "good"))),
        ("Tollgate Lodge was rated good. The CQC checks whether services are safe, effective, caring, responsive and well-led.",
         of("Tollgate Lodge", ("overall", "good"))),
        ("Tollgate Lodge was rated good. Its owner, Marsh Care Group, has a policy that every home should be "
         "outstanding for leadership.", of("Tollgate Lodge", ("overall", "good"))),
        ("Tollgate Lodge was rated requires improvement. Management said it was a good result.",
         of("Tollgate Lodge", ("overall", RI))),
        ("Tollgate Lodge was rated good. Inspectors praised its good governance and safe staffing.",
         of("Tollgate Lodge", ("overall", "good"))),
        ("Tollgate Lodge was rated good. Its manager said it could be outstanding for caring one day.",
         of("Tollgate Lodge", ("overall", "good"))),
        (f"CQC ratings are outstanding, good, requires improvement or inadequate. {H} aims to be outstanding.", set()),
        (f"The CQC rates services as outstanding, good, requires improvement or inadequate. {L} was rated good.",
         of(L, ("overall", "good"))),
        (f"A rating of good means the service is performing well, the CQC says. {P} was rated requires improvement.",
         of(P, ("overall", RI))),
        (f"{C} was not rated. Its manager said staff had a good day.", set()),
        (f"{H} was not inadequate, the manager said, and showed good practice.", set()),
        (f"{L} had good news this week. There were concerns about inadequate staffing.", set()),
        (f"{P} hopes to be rated outstanding next time. It is currently rated good.", of(P, ("overall", "good"))),
        (f"{C} was not rated inadequate, as some had feared; it was rated requires improvement.", of(C, ("overall", RI))),
        (f"{H} was rated good. Nearby {L}'s policy says it aims to be rated outstanding within two years.",
         of(H, ("overall", "good"))),
        (f"{P} wants to become outstanding. The home showed good practice in medicines.", set()),
        (f"{C} was praised for good leadership and a safe environment. It was rated good overall.",
         of(C, ("overall", "good"))),
    ],
}

# Known gaps: a key question before the value that is a topic or another verb's object, not what
# the statement rates. A rule for them (a topic cue before the key question, "concerns about",
# or a verb such as "led", "praised", "saw" between it and the value) passed these rows and cut
# spurious items on tune, but lost two items on the check set (ratings F1 .722 -> .718), so it
# was not kept (session 6). Strict: a change that passes them should say so.
KNOWN_GAPS = [
        ("Concerns about its leadership and safety led to Dunmore Lodge being rated inadequate.",
         of("Dunmore Lodge", ("overall", "inadequate"))),
        ("Inspectors found failings in safety and leadership at Dunmore Lodge, which was rated inadequate.",
         of("Dunmore Lodge", ("overall", "inadequate"))),
        ("Leadership at Dunmore Lodge was praised, and the home was rated good.", of("Dunmore Lodge", ("overall", "good"))),
        ("The home's manager, who leads on safety, said Dunmore Lodge was rated good.",
         of("Dunmore Lodge", ("overall", "good"))),
]

CASES = [(family, text, expected) for family, rows in FAMILIES.items() for text, expected in rows]


@pytest.mark.parametrize("family, text, expected", CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_key_question_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected


@pytest.mark.xfail(strict=True, reason="known gap: key question named as a topic before the value (see KNOWN_GAPS)")
@pytest.mark.parametrize("text, expected", KNOWN_GAPS)
def test_key_question_battery_known_gaps(nlp_fast, text, expected):
    assert _items(nlp_fast, text) == expected
