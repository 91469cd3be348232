"""Paraphrase battery: ratings read across a WHOLE PAGE (issue 14).

Each row is an invented multi-paragraph page, chrome included, with the
rating items expected from the whole page, compared as a set of
(subject, service, domain, rating, previous, change). Families:
- the same rating repeated in headline, standfirst, body and a sidebar,
  with the service or key question said only once: one item per statement;
- pages that list other providers' inspections in related-story teasers or
  "more stories" lists: those ratings are not this page's and give nothing;
- the discourse subject after a second organisation is introduced;
- a rating in a table or list after a heading naming the service;
- page chrome with ratings ("Overall rating: Good" widgets) repeating the
  story's rating, and chrome that rates nothing.
Names and wording are invented; nothing is copied from any corpus.
"""

import pytest

from conftest import family_cases
from test_ratings import RI, _items

HOME = "Quillan Rise Care Home"
HOME2 = "Sorrelby Lodge"
HOSP = "Penhallow District Hospital"
TRUST = "Varnley and Ostwick NHS Foundation Trust"
GP = "Tamsford Lane Surgery"
OWNER = "Brightwick Living Ltd"

NAV = ("Skip to content\nMenu\nNews | Sport | What's on | Jobs\n\n"
       "We use cookies to improve your experience. Accept all | Manage settings\n\n")
FOOT = "\n\nShare this article\nFacebook | X | Email\n\n(c) 2026 Ostwick Courier. All rights reserved.\n"

FAMILIES = {
    "one rating repeated in headline, standfirst, body and sidebar": [
        (NAV + f"{HOME} rated good by inspectors\n\nA care home in Tamsford has been rated good.\n\n"
         f"{HOME} was rated good overall by the Care Quality Commission after an inspection in May.\n\n"
         "Inspectors praised the kind staff." + FOOT,
         {(HOME, None, "overall", "good", None, None)}),
        (NAV + f"Good news for {HOME}\n\nThe home is now rated good, up from requires improvement.\n\n"
         f"The Care Quality Commission has rated {HOME} good, an improvement on its previous rating of requires improvement.\n\n"
         "The manager said staff were delighted." + FOOT,
         {(HOME, None, "overall", "good", RI, "improved")}),
        (NAV + f"{HOME2} is outstanding\n\n{HOME2} has been rated outstanding for the first time.\n\n"
         f"Inspectors rated the home outstanding overall and outstanding for being caring.\n\n"
         "Fact box\nOverall rating: Outstanding\nLast inspected: June 2026" + FOOT,
         {(HOME2, None, "overall", "outstanding", None, None), (HOME2, None, "caring", "outstanding", None, None)}),
        (NAV + f"Maternity at {HOSP} rated inadequate\n\nWomen were put at risk, inspectors found.\n\n"
         f"Maternity services at {HOSP} have been rated inadequate by the Care Quality Commission.\n\n"
         "The service was rated inadequate overall and for being safe and well-led.\n\n"
         "The trust said it accepted the findings." + FOOT,
         {(HOSP, "maternity", "overall", "inadequate", None, None), (HOSP, "maternity", "safe", "inadequate", None, None),
          (HOSP, "maternity", "well-led", "inadequate", None, None)}),
        (NAV + f"Surgery told to improve\n\n{GP} has been rated requires improvement.\n\n"
         f"The practice was rated requires improvement overall following a visit in March. It was rated requires improvement "
         "for being responsive.\n\nPatients told inspectors they struggled to get appointments." + FOOT,
         {(GP, None, "overall", RI, None, None), (GP, None, "responsive", RI, None, None)}),
    ],
    "related-story teasers and more-stories lists": [
        (NAV + f"{HOME} rated good\n\n{HOME} has been rated good by the Care Quality Commission.\n\n"
         "Staff were caring, inspectors said.\n\nRelated stories\n"
         "- Dunmere nursing home rated inadequate after falls\n- Care home in Pellbrook told to improve\n"
         "- Mossford Grange is rated outstanding" + FOOT,
         {(HOME, None, "overall", "good", None, None)}),
        (NAV + f"{HOSP} emergency department improves\n\nUrgent and emergency care at {HOSP} has been rated good, "
         "up from requires improvement.\n\nMORE STORIES\nHospital in Carrowby rated requires improvement\n"
         "Ambulance service rated good for caring\nGP practice placed in special measures" + FOOT,
         {(HOSP, "urgent and emergency care", "overall", "good", RI, "improved")}),
        (NAV + f"{GP} rated outstanding\n\nThe Care Quality Commission has rated {GP} outstanding.\n\n"
         "Read more\nSecond surgery in the town rated good\nDentist rated requires improvement after complaints" + FOOT,
         {(GP, None, "overall", "outstanding", None, None)}),
        (NAV + f"Inspectors rate {HOME2} inadequate\n\n{HOME2} has been rated inadequate and placed in special measures.\n\n"
         "You may also like\nTwo care homes in Ostwick rated good\nNursing home upgraded to outstanding" + FOOT,
         {(HOME2, None, "overall", "inadequate", None, None)}),
        (NAV + f"{HOME} keeps good rating\n\n{HOME} has again been rated good.\n\n"
         "Latest news\n- Home in Brackwell downgraded to requires improvement\n- Hospice rated outstanding again" + FOOT,
         {(HOME, None, "overall", "good", "good", "unchanged")}),
    ],
    "the discourse subject after a second organisation": [
        (NAV + f"{HOME} improves\n\n{HOME}, which is run by {OWNER}, has been rated good.\n\n"
         f"{OWNER} runs four homes in the county.\n\nThe home was rated good for being safe and effective." + FOOT,
         {(HOME, None, "overall", "good", None, None), (HOME, None, "safe", "good", None, None),
          (HOME, None, "effective", "good", None, None)}),
        # (a known gap until session 19: a rating in a relative clause on the owner, "which is rated good")
        (NAV + f"{HOSP} rated requires improvement\n\n{HOSP} has been rated requires improvement.\n\n"
         f"The hospital is run by {TRUST}, which is rated good overall.\n\n"
         "The hospital was rated inadequate for being safe." + FOOT,
         {(HOSP, None, "overall", RI, None, None), (TRUST, None, "overall", "good", None, None),
          (HOSP, None, "safe", "inadequate", None, None)}),
        (NAV + f"Two homes inspected\n\n{HOME} has been rated requires improvement.\n\n"
         f"Nearby, {HOME2} was rated outstanding. It was rated outstanding for being caring.\n\nBoth homes were visited in April." + FOOT,
         {(HOME, None, "overall", RI, None, None), (HOME2, None, "overall", "outstanding", None, None),
          (HOME2, None, "caring", "outstanding", None, None)}),
        (NAV + f"{GP} told to improve\n\n{GP} has been rated inadequate.\n\n"
         "The Ostwick Patients Group said it was disappointed. The practice was rated inadequate for being well-led." + FOOT,
         {(GP, None, "overall", "inadequate", None, None), (GP, None, "well-led", "inadequate", None, None)}),
    ],
    "a rating table or list after a heading naming the service": [
        (NAV + f"Maternity at {HOSP}\n\nInspectors visited the maternity unit in May.\n\nRatings\n"
         "Overall: requires improvement\nSafe: inadequate\nEffective: good\nCaring: good\nResponsive: good\n"
         "Well-led: requires improvement" + FOOT,
         {(HOSP, "maternity", "overall", RI, None, None), (HOSP, "maternity", "safe", "inadequate", None, None),
          (HOSP, "maternity", "effective", "good", None, None), (HOSP, "maternity", "caring", "good", None, None),
          (HOSP, "maternity", "responsive", "good", None, None), (HOSP, "maternity", "well-led", RI, None, None)}),
        (NAV + f"{HOME2} inspection report\n\nThe Care Quality Commission visited {HOME2} in July.\n\n"
         "Are services safe? Good\nAre services effective? Good\nAre services caring? Outstanding\n"
         "Are services responsive? Good\nAre services well-led? Good\n\nOverall rating: Good" + FOOT,
         {(HOME2, None, "overall", "good", None, None), (HOME2, None, "safe", "good", None, None),
          (HOME2, None, "effective", "good", None, None), (HOME2, None, "caring", "outstanding", None, None),
          (HOME2, None, "responsive", "good", None, None), (HOME2, None, "well-led", "good", None, None)}),
        (NAV + f"Inspection of {HOSP}\n\nInspectors looked at surgery and at medical care.\n\nSurgery\n"
         "- Overall: good\n- Safe: requires improvement\n\nMedical care\n- Overall: requires improvement" + FOOT,
         {(HOSP, "surgery", "overall", "good", None, None), (HOSP, "surgery", "safe", RI, None, None),
          (HOSP, "medical care", "overall", RI, None, None)}),
    ],
    "page chrome with rating widgets": [
        (NAV + f"{HOME} rated requires improvement\n\n{HOME} has been rated requires improvement by the regulator.\n\n"
         "Staffing levels were a concern.\n\nLatest rating\nOverall: Requires improvement\nPublished: 3 June 2026" + FOOT,
         {(HOME, None, "overall", RI, None, None)}),
        (NAV + f"{GP}\n\nOverall rating: Good\n\nThe practice was inspected in February and rated good overall.\n\n"
         "Opening hours\nMonday to Friday 8am to 6pm" + FOOT,
         {(GP, None, "overall", "good", None, None)}),
        (NAV + f"{HOME2} improves\n\n{HOME2} has been rated good, up from inadequate.\n\n"
         "Ratings explained\nOutstanding - the service is performing exceptionally well.\n"
         "Good - the service is performing well.\nInadequate - the service is performing badly." + FOOT,
         {(HOME2, None, "overall", "good", "inadequate", "improved")}),
        (NAV + f"{GP} keeps outstanding rating\n\n{GP} has again been rated outstanding.\n\nWhat the ratings mean\n"
         "- Outstanding: the service is performing exceptionally well\n- Good: the service is performing well\n"
         "- Inadequate: the service is performing badly" + FOOT,
         {(GP, None, "overall", "outstanding", "outstanding", "unchanged")}),
        pytest.param(NAV + f"{HOME2} inspection\n\nThe Care Quality Commission inspected {HOME2} in August.\n\n"
         "Good: safe, effective and caring\nRequires improvement: responsive and well-led" + FOOT,
         {(HOME2, None, "safe", "good", None, None), (HOME2, None, "effective", "good", None, None),
          (HOME2, None, "caring", "good", None, None), (HOME2, None, "responsive", RI, None, None),
          (HOME2, None, "well-led", RI, None, None)},
         marks=pytest.mark.xfail(reason="a list by value ('Good: safe, effective and caring') is not read as key questions", strict=True)),
    ],
    "near-misses: a page with no rating of its own": [
        (NAV + f"Plans approved for new wing at {HOME}\n\nCouncillors have approved plans for a 20-bed extension.\n\n"
         "Related stories\n- Care home in Ostwick rated good\n- Sorrelby nursing home rated inadequate" + FOOT,
         set()),
        pytest.param(NAV + f"{HOSP} appoints new chief executive\n\nThe hospital has named a new chief executive.\n\n"
         "Ratings explained\nGood - the service is performing well.\nRequires improvement - the service is not performing as well as it should." + FOOT,
         set()),
    ],
}


CASES = family_cases(FAMILIES)


@pytest.mark.parametrize("profile", ["nlp", "nlp_fast"])
@pytest.mark.parametrize("family, text, expected", CASES)
def test_page_battery(request, profile, family, text, expected):
    assert _items(request.getfixturevalue(profile), text) == expected
