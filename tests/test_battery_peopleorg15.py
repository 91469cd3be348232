"""Paraphrase battery: the organisation (and role) of people on untidy pages (issue 14; session 15).

Families the earlier batteries (test_battery_people_org.py, test_battery_people3.py,
test_battery_people4.py, test_battery_councils14.py) do not have:
- a body's own page (its name as the masthead line, "our" in the story): a bare title with no
  organisation of its own ("Matron X said", a press contact, a council report's "Contact officer")
  speaks for the page's owner, not for the site the story is about nor a body it names in passing;
- a title naming the kind of site ("Hospital director X", "the home's new manager") speaks for the
  site the story is about, not for the company a sentence before says runs it; an office's title
  ("communications manager") for the body, not the site;
- a relative clause with the title and the site ("X, who was registered manager of Y until 2023");
- a title with its abbreviation in brackets before the name ("Director of Adult Social Services
  (DASS) X said");
- the title in the sentence before ("The trust's new chair, appointed in March, welcomed the
  findings. X said ...");
and near-misses: a news outlet's or the regulator's masthead, an organisation the person's own
words attach, a relative, a patient, an MP, a union or Healthwatch spokesperson.
SPEC §2: `organisation` is the name of the organisation they speak for.
Names and wording are invented; nothing is copied from any corpus.

Rows: (text, person, role, organisation): `role` None is not checked, else the person's role must
overlap it as the scorer counts (Dice >= 0.5); `organisation` as in test_battery_people_org.py
(None: the person's organisation must be null).
"""

from __future__ import annotations

import pytest

from conftest import assert_person_organisation, assert_person_role

PROFILES = ["nlp", "nlp_fast"]

LT = "Larkspur Community Health NHS Trust"
TRUST_PAGE = (f"{LT}\nHome | Our services | Careers | News | Contact us\n\nNews > 2026\n\n"
              "Tennant House rated good\n\nOur rehabilitation unit at Tennant House in Brackwell has been rated good "
              "by the Care Quality Commission after an inspection in June.\n\nTennant House is one of three units "
              "run by Larkspur Community Health, and the others keep their earlier ratings.\n\n")
HOSPICE_PAGE = ("Fernhollow Hospice\nDonate | Shop | Volunteer | News\n\nNews > Hospice news\n\n"
                "We are thrilled that Fernhollow Hospice in Tilby has been rated outstanding by the Care Quality "
                "Commission.\n\nThe hospice is one of six run by the charity Wrenmoor Care across the south west.\n\n")
COUNCIL_PAGE = ("Marbury City Council\nBins | Council tax | Adult social care | Jobs\n\nYou are here: Home > News\n\n"
                "Marbury City Council's adult social care services have been rated good by the Care Quality "
                "Commission.\n\nThe council worked with Marbury Carers Network during the assessment.\n\n")
SITE = ("Harlow Mead Hospital in Ormsby, run by Senna Health Group, has been rated good by the Care Quality "
        "Commission.\n\nSenna Health Group, which runs the hospital, said it had recruited 20 nurses.\n\n")
HOME = ("Cobble Hill House in Dunmere has been rated inadequate by the Care Quality Commission.\n\n"
        "The home is run by Tamsin Care Ltd, which has four homes in the county.\n\n")
TRUST = "Hallowfield NHS Foundation Trust has been rated good by the Care Quality Commission.\n\n"

FAMILIES = {
    "a body's own page: a bare title speaks for the page's owner": [
        (TRUST_PAGE + "Matron Oonagh Pryce said: \"The team has earned this.\"", "Oonagh Pryce", "matron", LT),
        (TRUST_PAGE + "ENDS\n\nFor press enquiries please contact Dev Ashe, communications officer, on 01632 960777.",
         "Dev Ashe", "communications officer", LT),
        (HOSPICE_PAGE + "Alys Brennan, head of nursing on our inpatient ward, said: \"Families notice the small things.\"",
         "Alys Brennan", "head of nursing", "Fernhollow Hospice"),
        ("KESTREL VALE AMBULANCE SERVICE NHS TRUST\nHome | News | Contact\n\nKestrel Vale Ambulance Service NHS Trust "
         "has been rated good by the Care Quality Commission.\n\nOur crews were praised for their kindness, said the "
         "Tarrow Health Foundation.\n\nChief operating officer Luke Hanby said: \"Our staff made this happen.\"",
         "Luke Hanby", "chief operating officer", "Kestrel Vale Ambulance Service NHS Trust"),
        (COUNCIL_PAGE + "Head of commissioning Gemma Roke said waiting lists had fallen.",
         "Gemma Roke", "head of commissioning", "Marbury City Council"),
        ("News > Hospice news\n\nWe are delighted that Fernhollow Hospice in Tilby has been rated outstanding by the "
         "Care Quality Commission.\n\nThe hospice is run by the charity Wrenmoor Care.\n\nDirector of care Nia Price "
         "said: \"We never stop listening.\"\n\n© 2026 Fernhollow Hospice. Privacy | Cookies",
         "Nia Price", "director of care", "Fernhollow Hospice"),
        # (review, session 15) an ellipsis before the footer: the copyright mark is found in the text itself
        # (fold's NFKC makes "…" three characters, which shifted the footer read)
        ("News > Hospice news\n\nWe are delighted… Fernhollow Hospice in Tilby has been rated outstanding by the "
         "Care Quality Commission.\n\nThe hospice is run by the charity Wrenmoor Care.\n\nDirector of care Nia Price "
         "said: \"We never stop listening.\"\n\n© 2026 Fernhollow Hospice. Privacy | Cookies",
         "Nia Price", "director of care", "Fernhollow Hospice"),
    ],
    "near-misses: an outlet's or the regulator's masthead; the person's own attachment": [
        ("The Tilby Courier\nNews | Sport | Weather\n\nFernhollow Hospice in Tilby has been rated outstanding by the "
         "Care Quality Commission.\n\nThe hospice is run by Wrenmoor Care.\n\nHospice director Ruth Osei said: "
         "\"We are so proud.\"", "Ruth Osei", "hospice director", "Fernhollow Hospice"),
        ("Care Quality Commission\nHome | News | About us\n\nMossgate House in Pellby, run by Pellam Care Ltd, has "
         "been rated inadequate.\n\nRegistered manager Jo Crane said the home had already made changes.",
         "Jo Crane", "registered manager", "Mossgate House"),
        (HOSPICE_PAGE + "Aled Frome, chief executive of Wrenmoor Care, said: \"Every hospice of ours aims for this.\"",
         "Aled Frome", "chief executive", "Wrenmoor Care"),
        (TRUST_PAGE + "Patient Ellen Farr said the staff had been wonderful.", "Ellen Farr", None, None),
    ],
    "a title naming the kind of site speaks for that site": [
        (SITE + "Hospital director Kit Marlowe said: \"Our patients told us what to change.\"",
         "Kit Marlowe", "hospital director", "Harlow Mead Hospital"),
        ("Alder Brook Lodge, a mental health hospital in Pennick, has been rated good.\n\nOrwell Minds Ltd, which runs "
         "the hospital, said it had spent £200,000 on the wards.\n\nHospital director Sian Ellery said: \"We listened.\"",
         "Sian Ellery", "hospital director", "Alder Brook Lodge"),
        (HOME + "A spokesperson for Tamsin Care Ltd said the firm had appointed Rory Beckwith as the home's new manager.",
         "Rory Beckwith", "manager", "Cobble Hill House"),
        ("Tennant Hospital, run by Larkspur Community Health NHS Trust, has been rated good.\n\nThe trust said it was "
         "proud.\n\nFor more information contact Ann Bell, communications manager, on 01632 960777.",
         "Ann Bell", "communications manager", LT),
        (SITE + "Group medical director Hal Pruitt said: \"We are proud of the team.\"",
         "Hal Pruitt", "group medical director", "Senna Health Group"),
    ],
    "a relative clause with the title and the site": [
        ("A former care home manager has been fined £1,800.\n\nLorna Pettigrew, 61, of Hill Road, Tenby, who was "
         "registered manager of Birchfield Nursing Home until 2023, admitted failing to notify the regulator.",
         "Lorna Pettigrew", "registered manager", "Birchfield Nursing Home"),
        (HOME + "Tilda Marsh, whose mother lived at Cobble Hill House, said: \"We were not told.\"",
         "Tilda Marsh", None, None),
    ],
    "a title with its abbreviation in brackets before the name": [
        (COUNCIL_PAGE + "Director of Adult Social Services (DASS) Imran Welsby said the report found long waits.",
         "Imran Welsby", "director of adult social services", "Marbury City Council"),
    ],
    "the title in the sentence before": [
        (TRUST + "The trust's new chair, appointed in March, welcomed the findings. Harriet Oduya said the report "
         "showed \"what our staff can do\".", "Harriet Oduya", "chair", "Hallowfield NHS Foundation Trust"),
        ("Pellam Care Ltd has been fined after a resident fell.\n\nPellam Care Ltd appointed a new nominated "
         "individual in April. Simon Garrow, who took up the post last month, said: \"We are sorry.\"",
         "Simon Garrow", "nominated individual", "Pellam Care Ltd"),
        (TRUST + "The trust's chair welcomed the findings. Patient Ellen Farr said the wait had been too long.",
         "Ellen Farr", None, None),
    ],
    "spokespeople, relatives and others": [
        (HOME + "Ayo Fenn, who manages Cobble Hill House, said: \"We are working hard.\"", "Ayo Fenn", None,
         "Cobble Hill House"),
        (HOME + "Ayo Fenn from Tamsin Care Ltd said the firm accepted the findings.", "Ayo Fenn", None, "Tamsin Care Ltd"),
        (TRUST + "Wendy Lark, a spokeswoman for Healthwatch Hallowfield, said patients had raised the same worries.",
         "Wendy Lark", None, "Healthwatch Hallowfield"),
        (HOME + "Nadia Crowe, a spokesperson for Tamsin Care Ltd, said: \"We accept the findings.\"",
         "Nadia Crowe", None, "Tamsin Care Ltd"),
        (TRUST + "Local MP Dan Ferris said the result was welcome.", "Dan Ferris", "mp", None),
        (HOME + "Her son, Jacob Hale, said the family was relieved the home had been inspected.", "Jacob Hale", None, None),
        (COUNCIL_PAGE + "Councillor Rhys Amber, cabinet member for adults and health, said: \"This is good news.\"",
         "Rhys Amber", "cabinet member for adults and health", "Marbury City Council"),
    ],
}

ROWS = [pytest.param(*row, id=f"{fam[:24]}-{i}") for fam, rows in FAMILIES.items() for i, row in enumerate(rows)]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,person,role,org", ROWS)
def test_battery_peopleorg15(request, fixture, text, person, role, org):
    doc = request.getfixturevalue(fixture)(text)
    assert_person_organisation(doc, person, org)
    assert_person_role(doc, person, role)
