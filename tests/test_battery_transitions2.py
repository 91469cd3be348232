"""Paraphrase battery: transitions and changes, second round (issue 14).

The families the first batteries (test_battery_previous.py, _key_questions.py,
_subject.py) left: "respectively" lists; several key questions each with its
own value in one sentence; headline-only ratings without an auxiliary verb
(and the headline's own previous rating); the previous rating in another
sentence or paragraph, in a quote or as a noun phrase; change words with no
previous value said; per-key-question transitions; a dashed name whose right
part is common words; near-misses that must add nothing.

Each row: text -> the set of (subject, service, domain, rating, previous,
change), compared as a set. Invented names and new wording, nothing taken from
any corpus. Rows run with the accurate profile and the fast one.
"""

import pytest

from test_ratings import _items

RI = "requires improvement"
H = "Sedgewick House"
H2 = "Marwood Lodge"
S = "Tansley Road Surgery"
T = "Eastwold Hospitals NHS Trust"
P = "Ravensmoor General Hospital"
P2 = "Pennard Hospital"
DASH = "Corrow Court - Care Home"

FAMILIES = {
    "respectively": [
        (f"{H} was rated requires improvement and inadequate for safe and well-led respectively.",
         {(H, None, "safe", RI, None, None), (H, None, "well-led", "inadequate", None, None)}),
        (f"At {H}, safe and well-led were judged inadequate and requires improvement respectively.",
         {(H, None, "safe", "inadequate", None, None), (H, None, "well-led", RI, None, None)}),
        (f"{H}'s ratings for caring and responsive were outstanding and good respectively.",
         {(H, None, "caring", "outstanding", None, None), (H, None, "responsive", "good", None, None)}),
        (f"Maternity and surgery at {P} were rated inadequate and good respectively.",
         {(P, "maternity", "overall", "inadequate", None, None), (P, "surgery", "overall", "good", None, None)}),
        (f"At {H}, effective and caring moved from requires improvement and good to good and outstanding respectively.",
         {(H, None, "effective", "good", RI, "improved"), (H, None, "caring", "outstanding", "good", "improved")}),
        (f"{S} was rated good overall. Safe and well-led, previously inadequate and requires improvement respectively, are now both good.",
         {(S, None, "overall", "good", None, None), (S, None, "safe", "good", "inadequate", "improved"),
          (S, None, "well-led", "good", RI, "improved")}),
        (f"{T}'s two hospitals, {P} and {P2}, were rated good and requires improvement respectively.",
         {(P, None, "overall", "good", None, None), (P2, None, "overall", RI, None, None)}),
        (f"At {H}, caring and responsive moved from requires improvement to good and outstanding respectively.",
         {(H, None, "caring", "good", RI, "improved"), (H, None, "responsive", "outstanding", RI, "improved")}),
        (f"At {H}, safe and well-led remain requires improvement and inadequate respectively.",
         {(H, None, "safe", RI, RI, "unchanged"), (H, None, "well-led", "inadequate", "inadequate", "unchanged")}),
        (f"{H} has been rated good for safe and well-led. At the last inspection in 2021, safe and well-led were rated "
         f"inadequate and requires improvement respectively.",
         {(H, None, "safe", "good", "inadequate", "improved"), (H, None, "well-led", "good", RI, "improved")}),
        (f"{H} has been rated good for safe and well-led. Safe and well-led had been rated inadequate and requires improvement respectively.",
         {(H, None, "safe", "good", "inadequate", "improved"), (H, None, "well-led", "good", RI, "improved")}),
    ],
    "key questions each with its own value": [
        (f"Inspectors rated {H} inadequate for safe, requires improvement for well-led and good for caring.",
         {(H, None, "safe", "inadequate", None, None), (H, None, "well-led", RI, None, None), (H, None, "caring", "good", None, None)}),
        (f"{S} was rated good for being effective, caring and responsive, but requires improvement for being safe and well-led.",
         {(S, None, d, "good", None, None) for d in ("effective", "caring", "responsive")}
         | {(S, None, d, RI, None, None) for d in ("safe", "well-led")}),
        (f"{H} was judged safe as inadequate, effective as requires improvement and caring as good.",
         {(H, None, "safe", "inadequate", None, None), (H, None, "effective", RI, None, None), (H, None, "caring", "good", None, None)}),
        (f"{H} was rated good for caring and responsive, up from requires improvement, while safe stayed inadequate.",
         {(H, None, d, "good", RI, "improved") for d in ("caring", "responsive")}
         | {(H, None, "safe", "inadequate", "inadequate", "unchanged")}),
    ],
    "headline without an auxiliary": [
        (f"Care home inadequate, says watchdog\n\nInspectors found residents at {H} were left without help at night.",
         {(H, None, "overall", "inadequate", None, None)}),
        (f"Hospital trust now 'good'\n\n{T} has been praised by inspectors for its work on waiting times.",
         {(T, None, "overall", "good", None, None)}),
        (f"Outstanding rating for village surgery\n\nStaff at {S} are celebrating after the visit in March.",
         {(S, None, "overall", "outstanding", None, None)}),
        (f"Home upgraded to good\n\nStaff at {H} said they were delighted with the report.",
         {(H, None, "overall", "good", None, "improved")}),
        (f"Care home goes from inadequate to good\n\nManagers at {H} thanked staff after the report.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"Surgery 'requires improvement' after inspection\n\nInspectors visited {S} in May.",
         {(S, None, "overall", RI, None, None)}),
        (f"Care home from inadequate to good in a year\n\n{H} was praised by the regulator.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"Care home downgraded to 'requires improvement'\n\nFamilies at {H} raised concerns last year.",
         {(H, None, "overall", RI, None, "declined")}),
        (f"Hospital's maternity unit inadequate, inspectors say\n\nMothers at {P} described long waits.",
         {(P, "maternity", "overall", "inadequate", None, None)}),
        (f"Care home rated 'inadequate' for second time\n\n{H} was rated inadequate by the CQC in a report published on Tuesday.",
         {(H, None, "overall", "inadequate", "inadequate", "unchanged")}),
        (f"Hospital trust climbs to 'good' rating\n\nInspectors praised staff at {T}.",
         {(T, None, "overall", "good", None, "improved")}),
        (f"Surgery's rating drops to inadequate\n\n{S} was inspected in June.",
         {(S, None, "overall", "inadequate", None, "declined")}),
        (f"Care home no longer inadequate\n\n{H} has been rated requires improvement.",
         {(H, None, "overall", RI, "inadequate", "improved")}),
        (f"'Inadequate' care home placed in special measures\n\n{H} was inspected in March.",
         {(H, None, "overall", "inadequate", None, None)}),
        (f"Care home still 'requires improvement'\n\n{H} was inspected in May.",
         {(H, None, "overall", RI, RI, "unchanged")}),
        (f"Care home rated 'good' after previously being rated 'inadequate'\n\n{H} was praised by inspectors.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
    ],
    "previous in another sentence or paragraph": [
        (f"{H} has been rated good.\n\nThe home had been rated inadequate after an inspection in 2022.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"At its last inspection in 2022, {H} was rated inadequate.\n\nInspectors have now rated it good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{S} has been rated requires improvement.\n\nStaff were praised for their kindness.\n\n"
         f"The practice was rated inadequate in 2021 and placed in special measures.",
         {(S, None, "overall", RI, "inadequate", "improved")}),
        (f"{H} has been rated good. The manager said: \"When we were rated inadequate two years ago it was a shock.\"",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} has been rated good, improving on its previous rating of requires improvement.",
         {(H, None, "overall", "good", RI, "improved")}),
        (f"{H} has shaken off its former 'inadequate' rating and is now rated good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"After an inadequate rating in 2021, {S} is now rated good.",
         {(S, None, "overall", "good", "inadequate", "improved")}),
        (f"{H}, having been rated inadequate in 2022, has now been judged requires improvement.",
         {(H, None, "overall", RI, "inadequate", "improved")}),
        (f"{H} was in special measures after being rated inadequate. It has now been rated good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{S} has been rated good. It had been rated requires improvement since 2019.",
         {(S, None, "overall", "good", RI, "improved")}),
        (f"{H} has been rated good. Its previous rating, from 2021, was inadequate.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} has been rated good. Last time it was rated requires improvement.",
         {(H, None, "overall", "good", RI, "improved")}),
        (f"{H} has been rated good. The home's previous rating was requires improvement.",
         {(H, None, "overall", "good", RI, "improved")}),
        (f"{H} has been rated good.\n\nTwo years ago the home was rated inadequate.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} has been rated good. Eighteen months ago it was rated inadequate.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} is now rated good. That compares with an inadequate rating at its previous inspection.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} has been given a good rating. The home was rated as requiring improvement in 2022.",
         {(H, None, "overall", "good", RI, "improved")}),
        (f"Inspectors have upgraded {H} to good. It was rated inadequate in 2021.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H}, which was judged inadequate at its last inspection, has been rated good.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} (previously rated good) has been rated requires improvement.",
         {(H, None, "overall", RI, "good", "declined")}),
        (f"{H} has been rated requires improvement (previously rated good).",
         {(H, None, "overall", RI, "good", "declined")}),
        (f"{H} was rated good. {H2} (previously rated inadequate) has been rated requires improvement.",
         {(H, None, "overall", "good", None, None), (H2, None, "overall", RI, "inadequate", "improved")}),
        (f"{H} has been rated good, 18 months after inspectors rated it inadequate.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H}, formerly rated inadequate, is now good.", {(H, None, "overall", "good", "inadequate", "improved")}),
        (f"{H} has been rated good. It is a big improvement on 2022, when it was rated inadequate.",
         {(H, None, "overall", "good", "inadequate", "improved")}),
    ],
    "change words with no previous value": [
        (f"{H} has kept its good rating.", {(H, None, "overall", "good", "good", "unchanged")}),
        (f"{S} retained its rating of outstanding.", {(S, None, "overall", "outstanding", "outstanding", "unchanged")}),
        (f"{H} remains inadequate after the latest visit.", {(H, None, "overall", "inadequate", "inadequate", "unchanged")}),
        (f"{H} has dropped a rating to requires improvement.", {(H, None, "overall", RI, None, "declined")}),
        (f"{S} moved up two ratings to good.", {(S, None, "overall", "good", None, "improved")}),
        (f"{H} has been downgraded and is now rated inadequate.", {(H, None, "overall", "inadequate", None, "declined")}),
        (f"{S} has been upgraded and is now rated outstanding.", {(S, None, "overall", "outstanding", None, "improved")}),
        (f"{H} continues to be rated requires improvement.", {(H, None, "overall", RI, RI, "unchanged")}),
        (f"{S} held on to its outstanding rating.", {(S, None, "overall", "outstanding", "outstanding", "unchanged")}),
        (f"The rating for {H} has improved to good.", {(H, None, "overall", "good", None, "improved")}),
        (f"{H} has moved up a rating to good.", {(H, None, "overall", "good", None, "improved")}),
        (f"{H} has gone down a grade to requires improvement.", {(H, None, "overall", RI, None, "declined")}),
        (f"{H} has been rated good. This is the second time the home has been rated good.",
         {(H, None, "overall", "good", "good", "unchanged")}),
        (f"{S}'s rating has not changed: it is still good.", {(S, None, "overall", "good", "good", "unchanged")}),
    ],
    "per key question transitions": [
        (f"At {H}, safe improved from inadequate to requires improvement, while well-led stayed good.",
         {(H, None, "safe", RI, "inadequate", "improved"), (H, None, "well-led", "good", "good", "unchanged")}),
        (f"{H} was rated good overall. Well-led went up from requires improvement to good.",
         {(H, None, "overall", "good", None, None), (H, None, "well-led", "good", RI, "improved")}),
        (f"{S}'s rating for safe fell from good to requires improvement.",
         {(S, None, "safe", RI, "good", "declined")}),
        (f"{H}'s safe rating has gone up to good, from requires improvement.",
         {(H, None, "safe", "good", RI, "improved")}),
        (f"At {P}, the rating for being well-led dropped from good to inadequate.",
         {(P, None, "well-led", "inadequate", "good", "declined")}),
        (f"{H} remains good for caring but has dropped to requires improvement for safe.",
         {(H, None, "caring", "good", "good", "unchanged"), (H, None, "safe", RI, None, "declined")}),
        (f"{H} was rated requires improvement overall. Inspectors rated it good for caring, the same as last time.",
         {(H, None, "overall", RI, None, None), (H, None, "caring", "good", "good", "unchanged")}),
        (f"{H}\nSafe: Good (previously Requires improvement)\nWell-led: Requires improvement (unchanged)",
         {(H, None, "safe", "good", RI, "improved"), (H, None, "well-led", RI, RI, "unchanged")}),
        (f"{H} has been rated outstanding, up from good. It is the first time the home's leadership has been judged "
         f"outstanding; at the last inspection it was good.",
         {(H, None, "overall", "outstanding", "good", "improved"), (H, None, "well-led", "outstanding", "good", "improved")}),
        (f"{H} was rated good overall. Safe was rated good; at its previous inspection it was inadequate.",
         {(H, None, "overall", "good", None, None), (H, None, "safe", "good", "inadequate", "improved")}),
        (f"{H} was rated good for caring; at the last inspection it had been rated requires improvement.",
         {(H, None, "caring", "good", RI, "improved")}),
        (f"{H} was rated requires improvement overall, down from good, with safe falling to inadequate.",
         {(H, None, "overall", RI, "good", "declined"), (H, None, "safe", "inadequate", None, "declined")}),
        (f"{H} scored good in four areas and outstanding for being responsive.",
         {(H, None, d, "good", None, None) for d in ("safe", "effective", "caring", "well-led")} | {(H, None, "responsive", "outstanding", None, None)}),
        (f"{H} was rated good, with improvements needed in two areas.", {(H, None, "overall", "good", None, None)}),
        (f"{H} was rated good in three areas.", set()),
        (f"{S}, which was one of the first practices to be placed in special measures, has now been rated 'requires improvement'.",
         {(S, None, "overall", RI, None, None)}),
        (f"{H} is one of three homes rated good in the county.", {(H, None, "overall", "good", None, None)}),
    ],
    "dashed name and earlier service": [
        (f"{DASH} has been rated inadequate by inspectors.", {(DASH, None, "overall", "inadequate", None, None)}),
        (f"{DASH} was rated good, up from requires improvement.", {(DASH, None, "overall", "good", RI, "improved")}),
        (f"Inspectors visited the maternity service at {P} in April.\n\nIt has now been rated requires improvement, down from good.",
         {(P, "maternity", "overall", RI, "good", "declined")}),
    ],
    "near-misses": [
        (f"{H} was rated good. The regulator's ratings run from outstanding through good and requires improvement to inadequate.",
         {(H, None, "overall", "good", None, None)}),
        (f"{H} was rated good. Its owner hopes to move from good to outstanding next year.",
         {(H, None, "overall", "good", None, None)}),
        (f"{H} was rated good. Nearby {H2} went from good to inadequate in 2020.",
         {(H, None, "overall", "good", None, None)}),
        (f"Around 20% of homes in the county went from good to requires improvement. {H} was rated good.",
         {(H, None, "overall", "good", None, None)}),
        (f"{H} was rated good. Its Ofsted rating dropped from outstanding to good.",
         {(H, None, "overall", "good", None, None)}),
        (f"{H} was rated good. The home has never been rated inadequate.",
         {(H, None, "overall", "good", None, None)}),
        (f"{H} was rated good. The home's owner also runs {H2}, which was rated inadequate in 2022.",
         {(H, None, "overall", "good", None, None)}),
        (f"{H} was rated good, but inspectors said it is not yet outstanding.",
         {(H, None, "overall", "good", None, None)}),
        (f"{H} was rated good. Staff have worked in every area of the home to improve it.",
         {(H, None, "overall", "good", None, None)}),
    ],
}


# The organisation reader keeps "Corrow Court" and drops the dashed common-word tail: a gap of
# cqc_organisations (names), not of the rating grammar.
KNOWN_GAPS: set[str] = set()


def _cases():
    return [
        pytest.param(family, text, expected, marks=pytest.mark.xfail(reason="dashed name with a common-word tail (organisations)", strict=True))
        if text in KNOWN_GAPS else (family, text, expected)
        for family, rows in FAMILIES.items() for text, expected in rows
    ]


CASES = _cases()


@pytest.mark.parametrize("profile", ["nlp", "nlp_fast"])
@pytest.mark.parametrize("family, text, expected", CASES)
def test_transitions_battery(request, profile, family, text, expected):
    assert _items(request.getfixturevalue(profile), text) == expected
