"""Paraphrase battery: which organisation a rating belongs to, and names cut at commas (session 20, h-subj20).

Families (short probes of everyday CQC-news phrasing; names and wording invented, nothing copied from any corpus):
- S-owner's-site: "X NHS Foundation Trust's Kelby Centre", "Y Care Ltd's Z House": the owner's name ends in
  head words only ("Foundation Trust", "Care Ltd"), so the possessive splits owner and site, and the site is rated
  (the owner was read as a name with a head inside it, "Princess Mary Hospital Bishop's Marsh", kept whole); a
  site owning a service a trust runs keeps it ("X Hospital's maternity unit, run by Y Trust"); "the hospital" is the
  site named with that noun, not a ward named at it; "X was rated good and the centre was rated outstanding";
- S-aside: a service named inside a relative clause or an apposition set off by commas after the organisation
  ("X, which subcontracts its sexual health services to Y, was rated good", "the trust, whose maternity services
  were inspected, ...", "X, a provider of mental health services, ...") describes the organisation: the value after the clause is the organisation's own;
- S-comma-names: names listing places or partners' surnames ("Ashby, Fenwick and Lowe Borough Council",
  "Hartley, Moss and Finch Surgery") after "The", "of", in the accurate profile after an NER cut, with a
  practice's head; a person's title ending at such a name's comma; a council the CQC rates by name; a
  company's field word before "for" and the trust it works for ("X Healthcare for Y NHS Foundation Trust");
- S-fronted: "After inspecting surgery at X Hospital, the CQC rated Y Trust good": the opening phrase names where
  the inspection went; the main clause's own organisation (or "the trust") is rated, for no service;
and near-misses that must not fire. Both profiles. Each row: text, the rating items (subject, service, domain,
rating, previous, change) or None when not asked, names that must be found, names that must not, and
(person, organisation spoken for) or None.
"""

import pytest

from conftest import assert_organisations, assert_person_organisation, family_cases
from test_ratings import RI, _items

T = "Dunholm Partnership NHS Foundation Trust"
C = "Kelby Centre"
P = "Brackenmoor Care Ltd"
H = "Ferncliffe House"
N = "Tansford NHS Foundation Trust"
L = "Ashby, Fenwick and Lowe Borough Council"
G = "Hartley, Moss and Finch Partnership"


def one(subject, rating, domain="overall", service=None):
    return {(subject, service, domain, rating, None, None)}


FAMILIES = {
    "S-owner's-site: an owner ending in head words owns the site": [
        (f"{T}'s {C} has been rated inadequate by the CQC.", one(C, "inadequate"), [T, C], [f"{T}'s {C}"], None),
        (f"Ashcombe Healthcare NHS Trust's Wendlebury Hospital was rated requires improvement for safe.",
         one("Wendlebury Hospital", RI, "safe"), ["Ashcombe Healthcare NHS Trust", "Wendlebury Hospital"], [], None),
        # the owner of a service another company runs still provides (it was made the place run)
        (f"{N}'s sexual health services, provided by Holloway Care Ltd, were rated inadequate.",
         one("Holloway Care Ltd", "inadequate", service="sexual health services"), [N, "Holloway Care Ltd"], [], None),
        # a site that owns the service run by a trust keeps it; a reference back by the site's own noun; "and the
        # centre was rated" opens the centre's statement
        ("Wendlebury Hospital's maternity unit, run by Ravensholt NHS Foundation Trust, was rated inadequate.",
         one("Wendlebury Hospital", "inadequate", service="maternity"), [], [], None),
        ("The Ashgrove Ward at Wendlebury Hospital was rated inadequate. The hospital remains rated good.",
         one("Ashgrove Ward", "inadequate") | {("Wendlebury Hospital", None, "overall", "good", "good", "unchanged")}, [], [], None),
        (f"{T} runs the {C}. The trust was rated good and the centre was rated outstanding.",
         one(T, "good") | one(C, "outstanding"), [], [], None),
        # near-miss: a saint's possessive inside one name
        ("St Aldhelm's Hospital was rated good.", one("St Aldhelm's Hospital", "good"), ["St Aldhelm's Hospital"], ["St Aldhelm"], None),
    ],
    "S-aside: a service in a relative clause after the organisation describes it": [
        (f"{N}, which subcontracts its sexual health services to Holloway Care Ltd, was rated good.", one(N, "good"), [], [], None),
        (f"{N}, a provider of mental health services, has been rated outstanding for caring.",
         one(N, "outstanding", "caring"), [], [], None),
        (f"{N}, whose maternity services were inspected in May, was rated requires improvement for well-led.",
         one(N, RI, "well-led"), [], [], None),
        # near-misses: the value inside the clause is the service's; a service before the organisation is rated;
        # a relative clause after a service, not an organisation
        (f"{N}, whose maternity services were rated inadequate, said it would improve.",
         one(N, "inadequate", service="maternity"), [], [], None),
        (f"Maternity services at Wendlebury Hospital, which is run by {N}, were rated requires improvement.",
         one("Wendlebury Hospital", RI, service="maternity"), [], [], None),
        ("The inspection, which looked at maternity services, rated the service requires improvement.",
         one(None, RI, service="maternity"), [], [], None),
    ],
    "S-comma-names: a name listing places or surnames is one name": [
        (f"The {G} has been rated outstanding by the Care Quality Commission.", one(G, "outstanding"), [G], ["Moss and Finch Partnership"], None),
        (f"Inspectors rated {G} good for caring.", one(G, "good", "caring"), [G], ["Moss and Finch Partnership"], None),
        ("Patients of Hartley, Moss and Finch Surgery in Dunholm are delighted after the practice was rated good.",
         one("Hartley, Moss and Finch Surgery", "good"), ["Hartley, Moss and Finch Surgery"], ["Moss and Finch Surgery"], None),
        ("The CQC rated Brook, Lane and Partners Medical Centre requires improvement.",
         one("Brook, Lane and Partners Medical Centre", RI), ["Brook, Lane and Partners Medical Centre"], [], None),
        (f"The CQC has rated {L} as requires improvement.", one(L, RI), [L], ["Fenwick and Lowe Borough Council"], None),
        (f"{L} rated good for adult social care", one(L, "good"), [L], [], None),
        (f'Claire Moss, a partner at {G}, said: "We are thrilled."', None, [G], ["Hartley"], ("Claire Moss", G)),
        # near-misses: a list of places with no head; three homes listed before "House"; a council that speaks
        ("Residents in Ashby, Fenwick and Lowe were told the home had been rated good.", None, [], ["Ashby", "Fenwick and Lowe"], None),
        ("The CQC, Fenwick and Lowe Borough Council and Healthwatch visited the home.", None, ["Fenwick and Lowe Borough Council"],
         ["CQC, Fenwick and Lowe Borough Council"], None),
        ("The group runs Ashgrove, Elm and Oak House, which were all rated good.", None, [], ["Ashgrove, Elm and Oak House"], None),
        (f"{L} said Ferncliffe House had been rated inadequate by the CQC.", set(), [L], [], None),
        # a company's field word before "for" and the trust it works for ends its name; a location's does not
        ("The urgent treatment centre, operated by Corlan Healthcare for Wexmoor NHS Foundation Trust, was rated good.",
         one("Corlan Healthcare", "good", service="urgent treatment centre"), ["Corlan Healthcare", "Wexmoor NHS Foundation Trust"],
         ["Corlan Healthcare for Wexmoor NHS Foundation Trust"], None),
        ("Kelby Hospital for Children NHS Foundation Trust was rated good.", one("Kelby Hospital for Children NHS Foundation Trust", "good"),
         ["Kelby Hospital for Children NHS Foundation Trust"], ["Kelby Hospital"], None),
    ],
    "S-fronted: an opening 'after/following an inspection of ...' names where inspectors went, not what is rated": [
        ("After inspecting urgent and emergency care at Wendlebury Hospital, the CQC rated Ravensholt NHS Foundation Trust "
         "inadequate for well-led.", one("Ravensholt NHS Foundation Trust", "inadequate", "well-led"), [], [], None),
        ("Following visits to Wendlebury Hospital and Fenby Community Hospital, Ravensholt NHS Foundation Trust has been rated good.",
         one("Ravensholt NHS Foundation Trust", "good"), [], [], None),
        ("After an inspection of maternity services at Wendlebury Hospital, the trust was rated requires improvement for well-led.",
         one(None, RI, "well-led"), [], [], None),
        # near-miss: "the service" in the main clause is the one inspected
        ("Following an inspection of maternity services at Wendlebury Hospital, the service was rated inadequate.",
         one("Wendlebury Hospital", "inadequate", service="maternity"), [], [], None),
    ],
}


@pytest.mark.parametrize("family, text, ratings, present, absent, speaker", family_cases(FAMILIES))
def test_subj20_battery(pipeline, family, text, ratings, present, absent, speaker):
    doc = pipeline(text)
    assert_organisations(doc, present, absent)
    if speaker is not None:
        assert_person_organisation(doc, *speaker)
    if ratings is not None:
        assert _items(pipeline, text) == ratings
