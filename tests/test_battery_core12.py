"""Paraphrase battery: a trust's core services named at length, rated per key question (issue 14, session 12).

Invented names and new wording; CQC's list of core services is framework
vocabulary (SPEC §2: other services as the text names them). The rows vary
- key questions as "Safe: good. Caring: outstanding." on one line under a
  heading naming the service (the service's, not the trust's);
- long core-service names kept whole (not cut short, not spread to the
  trust): substance misuse, eating disorders, community services for people
  with a learning disability or autism, community inpatient services;
- a list of services, one a line (or in one sentence), then "the trust overall
  and all three ... services" / "all four core services" rated together: one
  item per listed service (a count must fit the list);
- the layouts that already work, kept: "X was rated ..., with safe ... and
  effective ...", "remained good", "unchanged at", bullets "X – good",
  "Medical care (including older people's care)";
- near-misses: a count that does not fit the list, services named as what the
  trust runs.
Each row: text -> expected (subject, service, domain, rating, previous,
change) items, compared as a set (fast profile: no NER needed).
"""

import pytest

from conftest import family_cases
from test_ratings import RI, _items

T = "Brackley Community NHS Trust"
MT = "Fenwick Vale Partnership NHS Foundation Trust"
AT = "Westmere Hospitals NHS Trust"
ADULTS = "community health services for adults"
CYPF = "community health services for children, young people and families"
INPT = "community health inpatient services"
EOLC = "community end of life care"
ACUTE = "acute wards for adults of working age and psychiatric intensive care units"
OLDER = "wards for older people with mental health problems"
CRISIS = "mental health crisis services and health-based places of safety"
CMH = "community-based mental health services for adults of working age"
LD = "community services for people with a learning disability or autism"


def rated(subject, service, pairs, previous=None, change=None):
    return {(subject, service, domain, rating, previous, change) for domain, rating in pairs}


FAMILIES = {
    "key questions on one line under the service's heading": [
        (f"{T}\n\nCommunity health services for adults\nRated good overall. Safe: good. Effective: good. Caring: outstanding.",
         rated(T, ADULTS, [("overall", "good"), ("safe", "good"), ("effective", "good"), ("caring", "outstanding")])),
        (f"{T} was inspected in March.\n\nCommunity health inpatient services\nRated requires improvement. Safe: inadequate. "
         f"Responsive: requires improvement. Well-led: good.",
         rated(T, INPT, [("overall", RI), ("safe", "inadequate"), ("responsive", RI), ("well-led", "good")])),
        (f"{T} was rated good.\n\nCommunity end of life care (requires improvement): safe – good; effective – requires "
         f"improvement; caring – outstanding.",
         rated(T, None, [("overall", "good")]) | rated(T, EOLC, [("overall", RI), ("safe", "good"), ("effective", RI), ("caring", "outstanding")])),
        (f"{MT}\n\nWards for older people with mental health problems - Safe: good, Caring: outstanding, Responsive: good",
         rated(MT, OLDER, [("safe", "good"), ("caring", "outstanding"), ("responsive", "good")])),
    ],
    "long core-service names kept whole": [
        (f"{MT} was rated good. Substance misuse services were rated requires improvement, with safe rated inadequate.",
         rated(MT, None, [("overall", "good")]) | rated(MT, "substance misuse services", [("overall", RI), ("safe", "inadequate")])),
        (f"{MT} was rated good. {LD[0].upper() + LD[1:]} were rated good for caring and inadequate for safe.",
         rated(MT, None, [("overall", "good")]) | rated(MT, LD, [("caring", "good"), ("safe", "inadequate")])),
        (f"{MT} kept its good rating. Its specialist eating disorders services were judged outstanding for caring.",
         {(MT, None, "overall", "good", "good", "unchanged")} | rated(MT, "specialist eating disorders services", [("caring", "outstanding")])),
        (f"{MT} was rated good. Wards for older people with mental health conditions were rated good for caring, and its "
         f"community health services for children, young people, and families inadequate for safe.",
         rated(MT, None, [("overall", "good")]) | rated(MT, "wards for older people with mental health conditions", [("caring", "good")])
         | rated(MT, "community health services for children, young people, and families", [("safe", "inadequate")])),
        (f"{T} was rated good. Community inpatient services were rated good for safe and effective.",
         rated(T, None, [("overall", "good")]) | rated(T, "community inpatient services", [("safe", "good"), ("effective", "good")])),
    ],
    "a list of services, then 'all N services' rated together": [
        (f"{MT} was inspected in June.\n\nWe inspected three mental health services:\n• {ACUTE[0].upper() + ACUTE[1:]}\n"
         f"• {CRISIS[0].upper() + CRISIS[1:]}\n• {OLDER[0].upper() + OLDER[1:]}\n"
         f"We rated the trust overall and all three mental health services as good.",
         rated(MT, None, [("overall", "good")]) | rated(MT, ACUTE, [("overall", "good")]) | rated(MT, CRISIS, [("overall", "good")])
         | rated(MT, OLDER, [("overall", "good")])),
        (f"{T} was rated good.\n\nInspectors visited four core services:\n\n• Community health services for adults\n"
         f"• Community health inpatient services\n• Community end of life care\n• Community dental services\n\n"
         f"Inspectors rated all four core services as good.",
         rated(T, None, [("overall", "good")]) | {(T, s, "overall", "good", None, None) for s in (ADULTS, INPT, EOLC, "community dental services")}),
        (f"{T} was rated good.\n\nThe CQC looked at:\n- Community health services for adults\n- Community end of life care\n\n"
         f"The trust was rated good for safe. All of the services were rated outstanding for caring.",
         rated(T, None, [("overall", "good"), ("safe", "good")]) | rated(T, ADULTS, [("caring", "outstanding")])
         | rated(T, EOLC, [("caring", "outstanding")])),
        (f"{MT} was inspected.\n\nThe inspection covered:\n• {CMH[0].upper() + CMH[1:]}\n• {OLDER[0].upper() + OLDER[1:]}\n\n"
         f"The trust was rated requires improvement overall, and both services were rated good.",
         rated(MT, None, [("overall", RI)]) | rated(MT, CMH, [("overall", "good")]) | rated(MT, OLDER, [("overall", "good")])),
    ],
    "layouts that already work": [
        (f"{AT} has been rated good. Urgent and emergency care was rated requires improvement, with safe and responsive rated "
         f"requires improvement and caring rated good.",
         rated(AT, None, [("overall", "good")]) | rated(AT, "urgent and emergency care", [("overall", RI), ("safe", RI), ("responsive", RI), ("caring", "good")])),
        (f"{AT} has been rated good. Medical care (including older people's care) was rated good overall and outstanding for caring.",
         rated(AT, None, [("overall", "good")]) | rated(AT, "medical care", [("overall", "good"), ("caring", "outstanding")])),
        (f"{AT} has been rated good. End of life care remained good. Outpatients was unchanged at requires improvement.",
         rated(AT, None, [("overall", "good")]) | {(AT, "end of life care", "overall", "good", "good", "unchanged"),
                                                    (AT, "outpatients", "overall", RI, RI, "unchanged")}),
        (f"{T} was rated good.\n\n• {CYPF[0].upper() + CYPF[1:]} – outstanding\n• Community end of life care – remained good\n"
         f"• Community dental services – improved from requires improvement to good",
         rated(T, None, [("overall", "good")]) | rated(T, CYPF, [("overall", "outstanding")])
         | {(T, EOLC, "overall", "good", "good", "unchanged"), (T, "community dental services", "overall", "good", RI, "improved")}),
        (f"{MT} was rated good. In {CMH}, safe was rated requires improvement and caring good.",
         rated(MT, None, [("overall", "good")]) | rated(MT, CMH, [("safe", RI), ("caring", "good")])),
        (f"{MT} was rated good. Its {ACUTE} went from requires improvement to good.",
         rated(MT, None, [("overall", "good")]) | {(MT, ACUTE, "overall", "good", RI, "improved")}),
        (f"{T} was rated good. {ADULTS[0].upper() + ADULTS[1:]} and {CYPF} were both rated outstanding.",
         rated(T, None, [("overall", "good")]) | rated(T, ADULTS, [("overall", "outstanding")]) | rated(T, CYPF, [("overall", "outstanding")])),
        (f"{MT} was rated good.\n\n{CMH[0].upper() + CMH[1:]}\n\nWe rated this service as good. It was rated requires "
         f"improvement for safe.", rated(MT, None, [("overall", "good")]) | rated(MT, CMH, [("overall", "good"), ("safe", RI)])),
    ],
    "a core service's name in capitals is the service, not an organisation": [
        (f"{T} was rated good. The CQC rated Community-Based Mental Health Services for Older People as outstanding.",
         rated(T, None, [("overall", "good")]) | rated(T, "community-based mental health services for older people", [("overall", "outstanding")])),
        (f"{MT} was rated good.\n\nWe rated Community Health Services for Children, Young People and Families as good, and Wards "
         f"for Older People with Mental Health Problems as requires improvement.",
         rated(MT, None, [("overall", "good")]) | rated(MT, CYPF, [("overall", "good")]) | rated(MT, OLDER, [("overall", RI)])),
        (f"{MT} was rated good. Crisis services and health-based places of safety were rated outstanding for caring.",
         rated(MT, None, [("overall", "good")]) | rated(MT, "crisis services and health-based places of safety", [("caring", "outstanding")])),
    ],
    "near-misses": [
        (f"{T} runs community health services for adults and community dental services. The trust was rated good overall.",
         rated(T, None, [("overall", "good")])),
        (f"{T} was inspected.\n\nInspectors visited:\n• Community health services for adults\n• Community dental services\n\n"
         f"The trust was rated good for caring.", rated(T, None, [("caring", "good")])),
    ],
}


CASES = family_cases(FAMILIES)


@pytest.mark.parametrize("family, text, expected", CASES)
def test_core12_battery(nlp_fast, family, text, expected):
    assert _items(nlp_fast, text) == expected
