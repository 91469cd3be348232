"""Paraphrase battery 3: SERVICES and SUBJECTS on trust and hospital pages (issue 14).

Rows test_battery_services.py, test_battery_subject.py and
test_battery_subjects2.py do not have. Each row: text -> expected
(subject, service, domain, rating, previous, change) items, compared as a set.
Invented names and new wording; the rows vary
- a page listing each core service's rating as it stood before: "remain
  rated", "unchanged at", "stayed", "keep their rating" (a service not
  inspected this time whose rating still stands is an item, SPEC §2
  "remains"), "(no change)" after a service line's value;
- long two-part service names ("community health services for adults",
  "mental health crisis services and health-based places of safety") read
  whole, never cut to the canonical label they end or start with;
- the service carried to the next sentence by "it", "both services", "At Y,
  it ...", and not carried to the whole hospital or trust, nor a "still" to a
  service rated in a ", with ..." clause;
- the subject: a company running a unit for a trust ("the unit at X, run by
  Y Ltd for the trust": Y), a location with "and" inside, a location
  followed by its town, several
  providers each with its own rating, "at both A and B", "as has B", "B was too";
- near-misses: a service last rated long ago (history only), a hope, a count
  of services ("12 community health services, four of which ...").
"""

import pytest

from conftest import family_cases
from test_ratings import RI, _items

UEC = "urgent and emergency care"
CYP = "services for children and young people"
EOL = "end of life care"
H = "Brackenmoor General Hospital"
H2 = "Lydcott Hospital"
T = "Hessingford Teaching Hospitals NHS Trust"
MHT = "Corrowdale Care NHS Foundation Trust"
SUB = "Ferrow Renal Services Ltd"
CENTRE = "Birch and Rowan Centre"
HOME = "Tilsey Grange"
HOME2 = "Quenby Court"
AG1 = "Kindlewood Home Care Ltd"
AG2 = "Marbeck Homecare Ltd"


def _kept(subject, services, rating, domain="overall"):
    """A rating that stands unchanged: previous = rating."""
    return {(subject, s, domain, rating, rating, "unchanged") for s in services}


FAMILIES = {
    "a core service's rating unchanged from the previous inspection": [
        (f"At {H}, maternity services remain rated good.", _kept(H, ["maternity"], "good")),
        (f"The ratings for surgery, medical care and end of life care at {H} are unchanged at good.",
         _kept(H, ["surgery", "medical care", EOL], "good")),
        (f"Urgent and emergency care at {H2} stayed requires improvement.", _kept(H2, [UEC], RI)),
        (f"Children's services at {H}, which were not inspected this time, keep their outstanding rating.",
         _kept(H, [CYP], "outstanding")),
        (f"{H}\n\nMedical care (including older people's care): Good (no change)\nSurgery: Requires improvement (no change)\n",
         _kept(H, ["medical care"], "good") | _kept(H, ["surgery"], RI)),
        (f"The rating for critical care at {H2} did not change: it is still good.", _kept(H2, ["critical care"], "good")),
        (f"Outpatients at {H} remained requires improvement, while maternity improved to good.",
         _kept(H, ["outpatients"], RI) | {(H, "maternity", "overall", "good", None, "improved")}),
        (f"End of life care at {H2} has stayed the same at outstanding.", _kept(H2, [EOL], "outstanding")),
        (f"{H2}'s surgical services have retained their rating of good.", _kept(H2, ["surgery"], "good")),
        (f"{H} was inspected in March. Surgery and critical care were not inspected, and their previous ratings of good "
         "remain in place.",
         _kept(H, ["surgery", "critical care"], "good")),
        (f"{H2}\n\nUrgent and emergency care: Inadequate (no change)\n", _kept(H2, [UEC], "inadequate")),
        (f"Maternity at {H} is still rated requires improvement, the same as at the last inspection.",
         _kept(H, ["maternity"], RI)),
        (f"There was no change to the good rating for medical care at {H2}.", _kept(H2, ["medical care"], "good")),
        (f"Ratings at {H}:\n- Maternity: good (unchanged)\n- Surgery: requires improvement (unchanged)\n",
         _kept(H, ["maternity"], "good") | _kept(H, ["surgery"], RI)),
    ],
    "long two-part service names read whole": [
        (f"Services for children and young people at {H2} remain rated good.", _kept(H2, [CYP], "good")),
        (f"Community health services for adults run by {MHT} stayed good.",
         _kept(MHT, ["community health services for adults"], "good")),
        (f"Mental health crisis services and health-based places of safety at {MHT} remained rated requires improvement.",
         _kept(MHT, ["mental health crisis services and health-based places of safety"], RI)),
        (f"{MHT}'s wards for older people with mental health problems were downgraded to inadequate.",
         {(MHT, "wards for older people with mental health problems", "overall", "inadequate", None, "declined")}),
        (f"Community health services for children and young people at {MHT} were rated outstanding.",
         {(MHT, "community health services for children and young people", "overall", "outstanding", None, None)}),
        (f"{MHT}'s acute wards for adults of working age and psychiatric intensive care units remain rated good.",
         _kept(MHT, ["acute wards for adults of working age and psychiatric intensive care units"], "good")),
        (f"At {MHT}, community health services for adults and community health inpatient services were both rated good.",
         {(MHT, s, "overall", "good", None, None)
          for s in ("community health services for adults", "community health inpatient services")}),
        (f"Inspectors rated {MHT}'s mental health services for children and young people as requires improvement.",
         {(MHT, "mental health services for children and young people", "overall", RI, None, None)}),
        (f"The rating for wards for older people with mental health problems at {MHT} is unchanged at good.",
         _kept(MHT, ["wards for older people with mental health problems"], "good")),
        (f"{MHT}\n\nCommunity health services for adults: Good (no change)\n"
         "Mental health crisis services and health-based places of safety: Requires improvement\n",
         _kept(MHT, ["community health services for adults"], "good")
         | {(MHT, "mental health crisis services and health-based places of safety", "overall", RI, None, None)}),
        (f"Wards for older people with mental health problems, run by {MHT}, improved from requires improvement to good.",
         {(MHT, "wards for older people with mental health problems", "overall", "good", RI, "improved")}),
        (f"Inspectors found community health services for adults at {MHT} to be outstanding for caring.",
         {(MHT, "community health services for adults", "caring", "outstanding", None, None)}),
        (f"Neonatal services at {H2} remain rated good.", _kept(H2, ["neonatal services"], "good")),
        (f"The older people's mental health wards run by {MHT} were rated inadequate.",
         {(MHT, "older people's mental health wards", "overall", "inadequate", None, None)}),
        (f"{MHT}'s eating disorder service kept its outstanding rating.",
         _kept(MHT, ["eating disorder service"], "outstanding")),
    ],
    "the service carried to the next sentence, or not": [
        (f"{H}'s maternity unit remains rated requires improvement. It was rated good for caring.",
         _kept(H, ["maternity"], RI) | {(H, "maternity", "caring", "good", None, None)}),
        (f"Surgery at {H} improved to good. Medical care stayed requires improvement.",
         {(H, "surgery", "overall", "good", None, "improved")} | _kept(H, ["medical care"], RI)),
        (f"{T} runs {H}. Maternity at {H} was rated good. The trust remains rated requires improvement.",
         {(H, "maternity", "overall", "good", None, None)} | _kept(T, [None], RI)),
        (f"Inspectors looked at surgery and maternity at {H2}. Both services remain rated good.",
         _kept(H2, ["surgery", "maternity"], "good")),
        (f"Urgent and emergency care at {H} was rated inadequate. Safe and well-led were also rated inadequate.",
         {(H, UEC, d, "inadequate", None, None) for d in ("overall", "safe", "well-led")}),
        (f"Maternity at {H} was rated requires improvement. In a separate report, {H2} was rated good.",
         {(H, "maternity", "overall", RI, None, None), (H2, None, "overall", "good", None, None)}),
        (f"Critical care at {H} kept its outstanding rating, and the hospital's overall rating remains good.",
         _kept(H, ["critical care"], "outstanding") | _kept(H, [None], "good")),
        # "still"/"remains" belongs to its own clause: a ", with ..." service rated after it is not unchanged
        (f"The emergency department at {H} was still rated requires improvement, with surgery being described as "
         "outstanding for well-led.",
         _kept(H, [UEC], RI) | {(H, "surgery", "well-led", "outstanding", None, None)}),
        (f"Only the emergency department at {H2} was still rated requires improvement with surgery being described "
         "as outstanding for caring.",
         _kept(H2, [UEC], RI) | {(H2, "surgery", "caring", "outstanding", None, None)}),
        (f"{H} was rated requires improvement overall, with maternity remaining good.",
         {(H, None, "overall", RI, None, None)} | _kept(H, ["maternity"], "good")),
        (f"{H2} was rated good overall, with surgery considered outstanding.",
         {(H2, None, "overall", "good", None, None), (H2, "surgery", "overall", "outstanding", None, None)}),
        # "At Y, it ...": after a fronted site, "it" is the service named last, not the site
        (f"Inspectors looked at surgery at {H} and {H2}. At {H}, the service stayed good. At {H2}, it fell to inadequate.",
         _kept(H, ["surgery"], "good") | {(H2, "surgery", "overall", "inadequate", None, "declined")}),
        (f"The emergency department at {H2} was rated requires improvement.\n\n"
         f"{T} was rated good overall and good for well-led.\n",
         {(H2, UEC, "overall", RI, None, None), (T, None, "overall", "good", None, None),
          (T, None, "well-led", "good", None, None)}),
    ],
    "the subject: a company for a trust, names with 'and' or a town, several providers": [
        (f"{SUB}, which runs the dialysis unit at {H} for the trust, was rated good.",
         {(SUB, None, "overall", "good", None, None)}),
        (f"The dialysis unit at {H} is run by {SUB} for {T}. {SUB} was rated requires improvement.",
         {(SUB, None, "overall", RI, None, None)}),
        (f"The kidney unit at {H}, run by {SUB} on behalf of the trust, was rated good.",
         {(SUB, None, "overall", "good", None, None)}),
        (f"The day treatment centre at {H2}, operated by {SUB} for {T}, has been rated outstanding.",
         {(SUB, None, "overall", "outstanding", None, None)}),
        (f"{H2}, run by {SUB} for {T}, was rated requires improvement.", {(H2, None, "overall", RI, None, None)}),
        (f"The {CENTRE}, a mental health unit run by {MHT}, was rated good.",
         {(CENTRE, None, "overall", "good", None, None)}),
        (f"Inspectors rated the {CENTRE} as requires improvement, the same as at its last inspection.",
         _kept(CENTRE, [None], RI)),
        (f"{HOME}, Pellby, was rated requires improvement.", {(HOME, None, "overall", RI, None, None)}),
        (f"Two home care agencies in Pellby have been inspected. {AG1} was rated outstanding, "
         f"while {AG2} was rated requires improvement.",
         {(AG1, None, "overall", "outstanding", None, None), (AG2, None, "overall", RI, None, None)}),
        (f"Two providers in Pellby were inspected: {AG1} was rated good and {AG2} was rated inadequate.",
         {(AG1, None, "overall", "good", None, None), (AG2, None, "overall", "inadequate", None, None)}),
        (f"Two of the trust's hospitals were inspected: {H} was rated good and {H2} requires improvement.",
         {(H, None, "overall", "good", None, None), (H2, None, "overall", RI, None, None)}),
        (f"{AG1} was rated good.\n\nIn another report, {AG2} was rated inadequate for safe.\n",
         {(AG1, None, "overall", "good", None, None), (AG2, None, "safe", "inadequate", None, None)}),
        (f"Maternity services remain rated good at both {H} and {H2}.",
         _kept(H, ["maternity"], "good") | _kept(H2, ["maternity"], "good")),
        (f"{H} has kept its good rating, as has {H2}.", _kept(H, [None], "good") | _kept(H2, [None], "good")),
        (f"{HOME} was rated inadequate for safe. {HOME2} was too.",
         {(HOME, None, "safe", "inadequate", None, None), (HOME2, None, "safe", "inadequate", None, None)}),
        (f"{T} remains rated good overall, while {H} dropped to requires improvement.",
         _kept(T, [None], "good") | {(H, None, "overall", RI, None, "declined")}),
        (f"{HOME} remains rated good, as does {HOME2}.", _kept(HOME, [None], "good") | _kept(HOME2, [None], "good")),
        (f"{T} runs {H}. The overall rating for the trust holds at requires improvement, as does the rating for {H}.",
         _kept(T, [None], RI) | _kept(H, [None], RI)),
        (f"The rating of {HOME} stays good, as does the rating of {HOME2}.",
         _kept(HOME, [None], "good") | _kept(HOME2, [None], "good")),
        (f"Surgery was rated requires improvement at {H}, as it was at {H2}.",
         {(H, "surgery", "overall", RI, None, None), (H2, "surgery", "overall", RI, None, None)}),
        (f"Maternity at {H} is rated inadequate, as it is at {H2}.",
         {(H, "maternity", "overall", "inadequate", None, None), (H2, "maternity", "overall", "inadequate", None, None)}),
        (f"Surgery at {H} was rated good, as it was at its last inspection.", _kept(H, ["surgery"], "good")),
    ],
    "near-misses: history, hopes, not rated": [
        (f"{H} was rated good. Children's services, which were not inspected this time, were last rated outstanding in 2019.",
         {(H, None, "overall", "good", None, None)}),
        (f"{T} hopes maternity services at {H} will be rated good at the next inspection.", set()),
        (f"{H2} was rated requires improvement. Its surgical services were not rated at this inspection.",
         {(H2, None, "overall", RI, None, None)}),
        (f"Inspectors visited 12 community health services last year, four of which required improvement.", set()),
        (f"The regulator looked at nine maternity units; three were rated inadequate.", set()),
        (f"Medical care at {H} was rated inadequate in 2018. It is now rated good.",
         {(H, "medical care", "overall", "good", "inadequate", "improved")}),
    ],
}


CASES = family_cases(FAMILIES)


@pytest.mark.parametrize("profile", ["nlp", "nlp_fast"])
@pytest.mark.parametrize("family, text, expected", CASES)
def test_services_battery3(request, profile, family, text, expected):
    assert _items(request.getfixturevalue(profile), text) == expected
