"""Battery: history, hypotheticals and words that assert nothing (issue 14, precision of ratings).

Session 8. Rows the batteries of previous ratings (test_battery_previous.py) and of transitions
(test_battery_transitions2.py) do not have, in new words with invented names:
- an older rating in many shapes (an event "following an inadequate inspection in 2019", "after being
  placed in special measures", "rated inadequate twice", "good since 2017", "its 2018 rating of",
  "at its first inspection", "in its previous two inspections", a dated event, a paragraph about a past
  inspection before the current one): it fills `previous`, is never a current item, and never hides the
  current one;
- words that assert nothing: scale definitions, boilerplate about what a rating means, negations, hopes
  and aims, other uses of the words ("good practice", "outstanding care" as praise) -> no item;
- "previous ratings remain in place", "ratings for other services remain", "the rating stays the same".

Each row: text -> the set of (subject, service, domain, rating, previous, change).
"""

import pytest

from test_ratings import _items

RI = "requires improvement"
H = "Brackenfold Lodge"
H2 = "Oxley Mead"
S = "Quarrendon Street Surgery"
T = "Hallowmere Community NHS Trust"
P = "Wenlock Vale Hospital"

FAMILIES = {
    "older rating as an event": [
        (f"{H} has been rated requires improvement, after being placed in special measures in 2021.",
         {(H, None, "overall", RI, None, None)}),
        (f"{H}, which had been rated inadequate twice, has now been judged good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{S} has been rated outstanding. It had been rated good since 2017.",
         {(S, None, "overall", "outstanding", "good", "improved")}),
        (f"{H} has lost its 2018 rating of outstanding and is now rated good.",
         {(H, None, "overall", "good", "outstanding", "declined")}),
        (f"{H} was rated requires improvement at its first inspection. Inspectors have now rated it good.",
         {(H, None, "overall", "good", RI, "improved")}),
        (f"{H} has been rated good. At its first inspection, in 2020, it was judged inadequate.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{S} has been rated good after being rated requires improvement in its previous two inspections.",
         {(S, None, "overall", "good", RI, "improved")}),
        (f"In March 2022 inspectors rated {H} inadequate. A new report now rates the home good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"In the summer of 2021 the CQC rated {H} requires improvement.\n\n"
         f"Following a visit in February, {H} has been rated good.",
         {(H, None, "overall", "good", RI, "improved")}),
        (f"{H} was handed an inadequate rating in 2020 and entered special measures.\n\n"
         f"Now, after a further inspection, the home has been rated requires improvement.",
         {(H, None, "overall", RI, "inadequate", "improved")}),
        (f"{H} has been awarded a good rating, following an inadequate inspection in 2019.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} has been rated good following a requires improvement inspection last year.",
         {(H, None, "overall", "good", RI, "improved")}),
        (f"Following an inadequate inspection in 2019, the CQC placed {H} in special measures.\n\n"
         f"The home has now been rated good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} has climbed to good. It had been put in special measures after an inadequate verdict in 2022.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"Two years after being branded inadequate, {H} has been rated good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H}, judged inadequate in 2021, has been rated good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} was given a rating of inadequate in 2022. This year it has been rated requires improvement.",
         {(H, None, "overall", RI, "inadequate", "improved")}),
        (f"{P} has been rated good. The hospital earned an outstanding rating in 2017.",
         {(P, None, "overall", "good", "outstanding", "declined")}),
        (f"{P} was rated requires improvement. In 2019 the hospital had received a good rating.",
         {(P, None, "overall", RI, "good", "declined")}),
    ],
    "past paragraph then current paragraph": [
        (f"{H} was inspected in 2021 and rated inadequate. Inspectors found medicines were not stored safely.\n\n"
         f"At a follow-up inspection this spring, inspectors rated the home requires improvement.",
         {(H, None, "overall", RI, "inadequate", "improved")}),
        (f"When inspectors visited {H} in 2022, they rated it inadequate.\n\n"
         f"The latest report, published on Friday, rates it good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"Back in 2020, {S} was rated requires improvement for being safe.\n\n"
         f"It has now been rated good for safe.",
         {(S, None, "safe", "good", RI, "improved")}),
        (f"Maternity services at {P} were rated inadequate in 2022.\n\n"
         f"Inspectors returned in May and rated maternity requires improvement.",
         {(P, "maternity", "overall", RI, "inadequate", "improved")}),
        (f"{T} has been rated good. In 2019, the trust was rated requires improvement.",
         {(T, None, "overall", "good", RI, "improved")}),
        (f"{H} was rated good in 2019. It has now been rated outstanding.",
         {(H, None, "overall", "outstanding", "good", "improved")}),
        (f"{H}, rated inadequate at its last two inspections, is now good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} has been rated good. Its previous inspection, in 2021, found it inadequate.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} received an inadequate rating in 2021 but has now been rated good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"Since its 2019 inadequate rating, {H} has improved and is now rated good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"In 2018 {H} became the first home in the county to be rated outstanding. It has now been rated good.",
         {(H, None, "overall", "good", "outstanding", "declined")}),
        (f"\"Two years ago we were rated inadequate,\" said the manager of {H}, which has now been rated good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} has been rated good, its first rating since it was judged inadequate in 2021.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} has been rated requires improvement, two grades below the outstanding it earned in 2018.",
         {(H, None, "overall", RI, "outstanding", "declined")}),
    ],
    "history in a paragraph of its own, a quote or a background section": [
        (f"Care home praised after turnaround\n\n{H} in Ambleworth has been rated good by the Care Quality Commission.\n\n"
         f"The home was rated inadequate in August 2022 and placed in special measures. At that time inspectors found residents "
         f"were at risk.\n\nThe new manager said staff had worked hard.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} has been rated good overall and good for safe.\n\nIn 2022, safe was rated inadequate.",
         {(H, None, "overall", "good", None, None), (H, None, "safe", "good", "inadequate", "improved")}),
        (f"{T} was rated requires improvement after inspectors visited in March.\n\nIts maternity services had been rated inadequate in 2021.",
         {(T, None, "overall", RI, None, None)}),
        (f"\"When we were rated inadequate in 2021, it was a wake-up call,\" said the manager.\n\n{H} has now been rated good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} has been rated good.\n\nBackground\n\n{H} was rated inadequate in 2021 and requires improvement in 2022.",
         {(H, None, "overall", "good", RI, "improved")}),
        (f"{S} was told to improve after being rated inadequate in 2022. Inspectors returned this year and rated the practice good.",
         {(S, None, "overall", "good", "inadequate", "improved")}),
        (f"{S} was rated good. It had been in special measures since 2021, when it was rated inadequate.",
         {(S, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} has been rated inadequate. It had been rated good at every inspection since it opened in 2015.",
         {(H, None, "overall", "inadequate", "good", "declined")}),
    ],
    "history alone: previous only, never a current item": [
        (f"{H}, which was rated inadequate in 2020, has a new manager.", set()),
        (f"{H} was placed in special measures following an inadequate inspection in 2019. A new owner took over last month.",
         set()),
        (f"{S} was rated outstanding at its first inspection in 2016. The practice is recruiting two nurses.", set()),
    ],
    "a dated statement beside a current rating is history": [
        (f"{H} was rated good. Last year {S} was rated inadequate.", {(H, None, "overall", "good", None, None)}),
        (f"{S} has been rated requires improvement. In 2020 {P} was rated outstanding.", {(S, None, "overall", RI, None, None)}),
        (f"{H} has been rated good. Pelham Court Care Home, run by the same company, was judged inadequate in 2021.",
         {(H, None, "overall", "good", None, None)}),
    ],
    "scale and definitions": [
        (f"Ratings are outstanding, good, requires improvement or inadequate. {H} was rated good.",
         {(H, None, "overall", "good", None, None)}),
        (f"{H} was rated good. Services can be rated outstanding, good, requires improvement or inadequate.",
         {(H, None, "overall", "good", None, None)}),
        (f"{H} was rated requires improvement. There are four ratings: outstanding, good, requires improvement and inadequate.",
         {(H, None, "overall", RI, None, None)}),
        (f"Where a service is rated inadequate it is placed in special measures. {H} was rated requires improvement.",
         {(H, None, "overall", RI, None, None)}),
        (f"{H} was rated inadequate. Services rated inadequate are placed in special measures and inspected again within six months.",
         {(H, None, "overall", "inadequate", None, None)}),
        (f"{H} was rated good. A rating of outstanding means a service is performing exceptionally well.",
         {(H, None, "overall", "good", None, None)}),
        (f"{H} was rated requires improvement. Any service rated inadequate overall is re-inspected within six months.",
         {(H, None, "overall", RI, None, None)}),
        (f"{S} has been rated good. Inspectors rate services as outstanding, good, requires improvement or inadequate.",
         {(S, None, "overall", "good", None, None)}),
        (f"{S} has been rated good. Homes rated requires improvement are usually inspected again within a year.",
         {(S, None, "overall", "good", None, None)}),
    ],
    "negations": [
        (f"{H} was rated good. None of its services was rated inadequate.", {(H, None, "overall", "good", None, None)}),
        (f"{S} was rated good. No area was judged inadequate.", {(S, None, "overall", "good", None, None)}),
        (f"Inspectors did not rate {H} this time because it had changed owner.", set()),
        (f"{H} was rated requires improvement. If it does not improve, the home risks being rated inadequate.",
         {(H, None, "overall", RI, None, None)}),
        (f"{H} was rated requires improvement and faces being downgraded to inadequate at the next visit.",
         {(H, None, "overall", RI, None, None)}),
        (f"{H} was not rated at this inspection.", set()),
        (f"{H} has yet to be rated by the CQC.", set()),
        (f"{H} opened in 2023 and has not yet been rated.", set()),
        (f"{H} was rated good. {H2} has yet to be rated.", {(H, None, "overall", "good", None, None)}),
        (f"{S} has been rated good. It was not rated for well-led because the manager had just left.",
         {(S, None, "overall", "good", None, None)}),
        (f"{H} was rated good, although it was not rated outstanding as staff had hoped.",
         {(H, None, "overall", "good", None, None)}),
        (f"{H} has been rated requires improvement. The home was not found to be inadequate in any area.",
         {(H, None, "overall", RI, None, None)}),
    ],
    "hopes and aims": [
        (f"{H} aims to be rated outstanding at its next inspection.", set()),
        (f"{H} was rated requires improvement. The manager said: \"We hope to be good next time.\"",
         {(H, None, "overall", RI, None, None)}),
        (f"{H} was rated good. Its owner wants the home to be outstanding within two years.",
         {(H, None, "overall", "good", None, None)}),
        (f"Staff at {S} are working hard to achieve an outstanding rating.", set()),
        (f"{S} was rated requires improvement. Leaders are confident the practice will be good by the spring.",
         {(S, None, "overall", RI, None, None)}),
        (f"{H} was rated good. \"Our ambition is to become outstanding,\" said the manager.",
         {(H, None, "overall", "good", None, None)}),
    ],
    "other kinds of words": [
        (f"Relatives told inspectors the staff at {H} were 'outstanding'. The home was rated good.",
         {(H, None, "overall", "good", None, None)}),
        (f"{S} was rated requires improvement. Patients said it was a good place to be seen quickly.",
         {(S, None, "overall", RI, None, None)}),
        (f"The CQC's four ratings - outstanding, good, requires improvement and inadequate - are published online. {H} was rated good.",
         {(H, None, "overall", "good", None, None)}),
        (f"{H} was rated good overall, with outstanding leadership praised by inspectors.",
         {(H, None, "overall", "good", None, None)}),
        (f"Inspectors found examples of good practice at {H}. The home was rated requires improvement.",
         {(H, None, "overall", RI, None, None)}),
        (f"{H} was rated requires improvement, although inspectors saw some outstanding care in the dementia unit.",
         {(H, None, "overall", RI, None, None)}),
        (f"{H} has made good progress since the last visit and was rated good.",
         {(H, None, "overall", "good", None, None)}),
        (f"Staff at {S} were described as outstanding by one patient. The practice was rated good.",
         {(S, None, "overall", "good", None, None)}),
        (f"The manager of {H} said it was good news for residents. The home was rated requires improvement.",
         {(H, None, "overall", RI, None, None)}),
        (f"Inspectors found {H} provided good food and outstanding activities, and rated it good.",
         {(H, None, "overall", "good", None, None)}),
        (f"{H} has good links with the local community. It was rated outstanding.",
         {(H, None, "overall", "outstanding", None, None)}),
    ],
    "the word describes a process, not a rating": [
        (f"Inspectors said governance of incidents at {H} was inadequate. The home was rated requires improvement.",
         {(H, None, "overall", RI, None, None)}),
        (f"Staffing levels were found to be inadequate at night, and {H} was rated requires improvement.",
         {(H, None, "overall", RI, None, None)}),
        (f"Training for new carers was good, but {H} was rated inadequate.", {(H, None, "overall", "inadequate", None, None)}),
        (f"{S} was rated good. Record keeping was still inadequate in places.", {(S, None, "overall", "good", None, None)}),
        (f"{H} was rated requires improvement. Leadership was judged inadequate.",
         {(H, None, "overall", RI, None, None), (H, None, "well-led", "inadequate", None, None)}),
    ],
    "previous ratings remain": [
        (f"At {P}, maternity was rated good. Surgery and medical care were not inspected and remain rated requires improvement.",
         {(P, "maternity", "overall", "good", None, None), (P, "surgery", "overall", RI, RI, "unchanged"),
          (P, "medical care", "overall", RI, RI, "unchanged")}),
        (f"{S} was rated inadequate for safe, but its overall rating of good was not changed.",
         {(S, None, "safe", "inadequate", None, None), (S, None, "overall", "good", "good", "unchanged")}),
        (f"{S} was rated inadequate for safe. Its overall rating stays at good.",
         {(S, None, "safe", "inadequate", None, None), (S, None, "overall", "good", "good", "unchanged")}),
        (f"{S} is still rated good overall as this was a focused inspection.", {(S, None, "overall", "good", "good", "unchanged")}),
        (f"{H} was rated inadequate for well-led. The other key questions were not looked at and remain rated good.",
         {(H, None, "well-led", "inadequate", None, None)} | {(H, None, d, "good", "good", "unchanged") for d in ("safe", "effective", "caring", "responsive")}),
        (f"{S} was inspected in June. Its overall rating of good has not changed.",
         {(S, None, "overall", "good", "good", "unchanged")}),
        (f"{P} was rated inadequate for well-led. Previous ratings for safe, effective, caring and responsive remain in place.",
         {(P, None, "well-led", "inadequate", None, None)}),
        (f"{P}'s maternity service was rated requires improvement. Ratings for the hospital's other services are unchanged.",
         {(P, "maternity", "overall", RI, None, None)}),
        (f"{H} was inspected in May. The home's rating stays the same: good.",
         {(H, None, "overall", "good", "good", "unchanged")}),
        (f"{H} was inspected again in May. Its rating of requires improvement stays the same.",
         {(H, None, "overall", RI, RI, "unchanged")}),
        (f"Only well-led was inspected at {S}. The practice's previous rating of good overall remains in place.",
         {(S, None, "overall", "good", "good", "unchanged")}),
        (f"{S} was rated good for well-led. The previous rating of outstanding for caring remains in place.",
         {(S, None, "well-led", "good", None, None), (S, None, "caring", "outstanding", "outstanding", "unchanged")}),
    ],
}

# Rows main's rules still get wrong, kept visible (strict: a fix must remove them from here).
KNOWN_GAPS = {
    # a lone dated value ("placed in special measures following an inadequate inspection in 2019") is still
    # read as the result when the page states no current rating
    f"{H} was placed in special measures following an inadequate inspection in 2019. A new owner took over last month.",
}

CASES = [
    pytest.param(family, text, expected, marks=pytest.mark.xfail(reason="known gap (see KNOWN_GAPS)", strict=True))
    if text in KNOWN_GAPS else (family, text, expected)
    for family, rows in FAMILIES.items() for text, expected in rows
]


@pytest.mark.parametrize("family, text, expected", CASES)
def test_history_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
