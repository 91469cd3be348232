"""Paraphrase battery: pages about ONE service at a hospital or trust (issue 14).

A page that rates one service in each key question: the key questions keep
the service (and its site) however the page goes back to it. Invented names
and new wording; the rows vary
- the service named only in the headline, a heading or a standfirst, then
  "it", "they", "the service", "the unit", "the department";
- the service named once and its key questions paragraphs later, after an
  inspection paragraph, a quote, or a sentence about the trust;
- the trust's own overall rating stated in between (it stays the trust's,
  service null; the key questions after it are still the service's);
- key questions as lines or bullets under a lead ("The ratings for the
  service are:", "Ratings") or a report heading ("Maternity" then "We rated
  it ...");
- several providers in one story (a trust's service run by a company, a
  council's service delivered by a charity): each keeps its own ratings, and
  "the company" / "the trust" point back to the provider whose name fits;
- near-misses: an organisation's own key question named in its sentence
  ("the trust is rated outstanding for caring"), a hospital named with its own
  rating, a page whose ratings name their organisation.
Each row: text -> expected (subject, service, domain, rating, previous,
change) items, compared as a set (fast profile: no NER needed).
"""

import pytest

from conftest import family_cases
from test_ratings import RI, _items

UEC = "urgent and emergency care"
H = "Harrowfield General Hospital"
H2 = "Corbey Community Hospital"
T = "Wenmoor Valley NHS Trust"
LTD = "Kestova Healthcare Ltd"
LTD2 = "Tollan Medical Services Ltd"
COUNCIL = "Ashcombe County Council"
CHARITY = "Brightpath Support"
KQS = "inadequate for safe, requires improvement for effective and well-led, and good for caring and responsive"
IT_KQS = f"It was rated {KQS}."
FIVE = [("overall", RI), ("safe", "inadequate"), ("effective", RI), ("caring", "good"), ("responsive", "good"), ("well-led", RI)]


def rated(subject, service, pairs=FIVE, previous=None, change=None):
    return {(subject, service, domain, rating, previous, change) for domain, rating in pairs}


FAMILIES = {
    "the service named once, then it / the service / the unit": [
        (f"The maternity unit at {H} has been rated requires improvement by the CQC. Inspectors rated the unit {KQS}.",
         rated(H, "maternity")),
        (f"The emergency department at {H} has been rated requires improvement following an inspection. "
         f"The department was rated {KQS}.", rated(H, UEC)),
        (f"{T} has been told to make improvements after the CQC rated its maternity department requires improvement. {IT_KQS}",
         rated(T, "maternity")),
        (f"{H}'s maternity unit has been rated requires improvement by inspectors. The unit was rated {KQS}.", rated(H, "maternity")),
        (f"{H} has seen its maternity services rated requires improvement. They were rated {KQS}.", rated(H, "maternity")),
        (f"The CQC carried out an unannounced inspection of maternity services at {H} in May.\n\n"
         f"Inspectors spoke with women, staff and managers and looked at records.\n\n"
         f"The service was rated requires improvement overall. {IT_KQS}", rated(H, "maternity")),
        (f"The CQC inspected surgical services at {H} in April.\n\nInspectors found the service did not always have enough staff.\n\n"
         f"It has been rated requires improvement overall, and inadequate for safe.",
         rated(H, "surgery", [("overall", RI), ("safe", "inadequate")])),
        (f"Maternity services at {H} have been downgraded from good to requires improvement. "
         f"The rating for safe dropped from good to inadequate.",
         {(H, "maternity", "overall", RI, "good", "declined"), (H, "maternity", "safe", "inadequate", "good", "declined")}),
    ],
    "the service in the headline, heading or standfirst only": [
        (f"Watchdog rates {H} maternity care as requires improvement\n\nA CQC inspection in March found staff shortages. {IT_KQS}",
         rated(H, "maternity")),
        (f"CQC rates maternity at {H} as requires improvement\n\nThe Care Quality Commission has published its report into "
         f"the maternity service at {H}, run by {T}.\n\nInspectors visited in February after concerns were raised.\n\n"
         f"It was rated requires improvement overall. {IT_KQS}", rated(H, "maternity")),
        (f"Maternity services\n\n{H} was inspected in March. Its maternity services were rated requires improvement overall. {IT_KQS}",
         rated(H, "maternity")),
        (f"Maternity\n\n{H}\n\nWe rated it as requires improvement because:\n\nThe service did not have enough midwives.\n\n"
         f"We rated safe as inadequate, effective and well-led as requires improvement, and caring and responsive as good.",
         rated(H, "maternity")),
        (f"Critical care\n\n{H2}\n\nWe rated it as good because staff worked well together.\n\nWe rated caring as outstanding.",
         rated(H2, "critical care", [("overall", "good"), ("caring", "outstanding")])),
    ],
    "the trust named in between, its own overall rating too": [
        (f"The CQC has rated maternity services at {H} as requires improvement. The trust said it accepted the findings. {IT_KQS}",
         rated(H, "maternity")),
        (f"The CQC has rated maternity services at {H} as requires improvement following an inspection in March. "
         f"{T} said it was already making changes. {IT_KQS}", rated(H, "maternity")),
        # (session 15) a rating "not affected by this inspection" stands from before: unchanged (SPEC 2, implied like
        # "remains"; so the gold of corpus/ and rs14 pages reads "not affected" / "unaffected")
        (f"The CQC has rated maternity services at {H} as requires improvement. The trust's overall rating of good is not "
         f"affected by this inspection.\n\n{IT_KQS}", rated(H, "maternity") | {(None, None, "overall", "good", "good", "unchanged")}),
        (f"The maternity unit at {H} has been rated requires improvement. The overall rating for {T} remains good. "
         f"The unit was rated {KQS}.", rated(H, "maternity") | {(T, None, "overall", "good", "good", "unchanged")}),
    ],
    "key questions as lines or bullets under the service": [
        (f"The CQC has published its report on maternity services at {H}.\n\nThe ratings for the service are:\n\n"
         f"Safe: Inadequate\nEffective: Requires improvement\nCaring: Good\nResponsive: Good\nWell-led: Requires improvement\n"
         f"Overall: Requires improvement\n", rated(H, "maternity")),
        (f"The CQC inspected the emergency department at {H} in January.\n\nRatings\n\nOverall: requires improvement\n"
         f"Safe: inadequate\nEffective: requires improvement\nCaring: good\nResponsive: good\nWell-led: requires improvement",
         rated(H, UEC)),
        (f"Maternity services at {H}\n\nThe CQC rated the service:\n\n• Safe – inadequate\n• Effective – requires improvement\n"
         f"• Caring – good\n• Responsive – good\n• Well-led – requires improvement\n\n"
         f"The service's overall rating is requires improvement.", rated(H, "maternity")),
        (f"The CQC has rated maternity services at {H} as requires improvement. Inspectors rated:\n\n- Safe as inadequate\n"
         f"- Effective as requires improvement\n- Caring as good\n- Responsive as good\n- Well-led as requires improvement",
         rated(H, "maternity")),
    ],
    "near-misses: the organisation's own ratings": [
        (f"The CQC has rated maternity services at {H} as requires improvement. {T} is rated good overall. "
         f"It is rated outstanding for caring.",
         {(H, "maternity", "overall", RI, None, None), (T, None, "overall", "good", None, None),
          (T, None, "caring", "outstanding", None, None)}),
        (f"Children's services at {H2} were praised. The hospital continues to be rated outstanding overall. "
         f"It was rated outstanding for caring, responsive and well-led, and good for safe and effective.",
         {(H2, None, "overall", "outstanding", "outstanding", "unchanged")}
         | rated(H2, None, [("caring", "outstanding"), ("responsive", "outstanding"), ("well-led", "outstanding"),
                            ("safe", "good"), ("effective", "good")])),
        (f"Surgery at {H} was rated good. The trust was rated requires improvement for well-led.",
         {(H, "surgery", "overall", "good", None, None), (None, None, "well-led", RI, None, None)}),
        (f"{H2} was rated good overall and outstanding for caring. Inspectors praised its maternity services.",
         rated(H2, None, [("overall", "good"), ("caring", "outstanding")])),
        (f"Maternity\n\n{H2} was rated requires improvement and inadequate for safe.",
         rated(H2, None, [("overall", RI), ("safe", "inadequate")])),
    ],
    "several providers: a parent and the provider running its service": [
        (f"{T} subcontracts its out-of-hours GP service to {LTD}. The CQC rated {LTD} inadequate for safe and well-led.",
         rated(LTD, None, [("safe", "inadequate"), ("well-led", "inadequate")])),
        (f"{LTD}, which provides the NHS 111 service on behalf of {T}, has been rated inadequate.",
         rated(LTD, None, [("overall", "inadequate")])),
        (f"{T} was rated requires improvement. {LTD}, a private company that runs its community dental service, was rated "
         f"good, and {LTD2}, which runs the trust's eye clinics, was rated outstanding.",
         {(T, None, "overall", RI, None, None), (LTD, None, "overall", "good", None, None),
          (LTD2, None, "overall", "outstanding", None, None)}),
        (f"Home care in the county is commissioned by {COUNCIL} and provided by {CHARITY}. The CQC has rated {CHARITY} "
         f"requires improvement. It was rated inadequate for safe.",
         rated(CHARITY, None, [("overall", RI), ("safe", "inadequate")])),
        (f"The hospital's pharmacy is run by {LTD} on behalf of {T}. {LTD} was rated requires improvement, and {T} good.",
         {(LTD, None, "overall", RI, None, None), (T, None, "overall", "good", None, None)}),
        (f"Inspectors rated {LTD}, which is contracted by {T} to run its sexual health clinics, as requires improvement. "
         f"The company was rated inadequate for well-led.",
         rated(LTD, None, [("overall", RI), ("well-led", "inadequate")])),
        (f"{LTD} runs mental health services for {T}. The company has been rated inadequate overall and for safe.",
         rated(LTD, None, [("overall", "inadequate"), ("safe", "inadequate")])),
        (f"{LTD} runs the trust's eye clinics. {T} has been rated good. The trust was rated outstanding for caring.",
         rated(T, None, [("overall", "good"), ("caring", "outstanding")])),
    ],
}


CASES = family_cases(FAMILIES)


@pytest.mark.parametrize("family, text, expected", CASES)
def test_service_pages_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
