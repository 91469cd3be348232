"""Paraphrase battery 4 (issue 14): people and their organisations on real-style pages.

Every text is invented for this battery (invented names, new wording; nothing
from any corpus). It adds to test_battery_people_org.py, test_battery_people3.py
and test_battery_people_names.py without repeating their rows:
- ORG rows: the organisation a person speaks for when the sentence that names
  the person does not name it: the organisation in the sentence or paragraph
  before ("X said ... Its chief executive, Y, said"), an alias of it ("the
  provider", "the regulator", "the watchdog", "the company"), the page's main
  provider for a generic title, CQC's inspectors with a region ("in the North")
  and no CQC in the sentence, regional bodies (NHS England's regional director,
  an integrated care board), and people of other bodies quoted on a provider's
  page (a councillor, an MP (null), a union official, a royal college).
- NAME rows: titles and letters around the name ("Dr X OBE", "Professor Sir X",
  "Cllr X", "Mrs X MBE", "Ms X, RGN", "The Rt Hon X MP"), lower-case particles
  ("van der", "de"), a kinship glued before the name ("Grandmother X"), "the
  chief executive is X", a sign-off block, the role in the sentence before, and
  page chrome that names nobody (bylines, author lines, credits, "Follow X").
- QUOTED rows: direct quotes (even a short quoted fragment) against reported
  speech, "according to", a caption and a press contact (SPEC §2).

Rows run in both profiles.
"""

from __future__ import annotations

import pytest

from cqc_extract.scoring import normalise
from conftest import assert_person_organisation

PROFILES = ["nlp", "nlp_fast"]

TRUST = "Wrenbury Valley NHS Foundation Trust has been rated requires improvement by the Care Quality Commission (CQC).\n\n"
HOME = "Ashgrove Manor, a nursing home in Tolbury run by Kestrel Lane Care Ltd, has been rated good by the Care Quality Commission.\n\n"
HOME_ONLY = "Fernleigh House care home in Tolbury has been rated inadequate by the Care Quality Commission.\n\n"
BUY = ("Harrowgate Care Homes has bought two care homes in Tolbury from Pellingham Care Group, which entered administration in May. "
       "Pellingham Care Group had run the homes since 2015, and the administrators of Pellingham Care Group said the sale saved 90 jobs.\n\n")
MINUTES = ("Minutes\n\nThe board considered recent Care Quality Commission inspection reports for providers across Tolbury.\n\n"
           "The following were in attendance:\n\n")
COUNCIL = "Brantwood Borough Council runs Linden View, a care home in Tolbury that has been rated good by the Care Quality Commission.\n\n"

ORG_ROWS = [
    # -- the organisation in the sentence or paragraph before -----------------------------------
    (HOME + "Kestrel Lane Care Ltd said it was delighted. Its managing director, Jonah Pell, said staff had earned it.",
     "Jonah Pell", "Kestrel Lane Care Ltd"),
    (HOME + "Kestrel Lane Care Ltd said it was delighted.\n\nIts operations director, Jonah Pell, said: \"Staff earned this.\"",
     "Jonah Pell", "Kestrel Lane Care Ltd"),
    (TRUST + "The trust said it had already recruited 60 nurses. Its chief executive, Marisol Dane, said: \"We have listened.\"",
     "Marisol Dane", "Wrenbury Valley NHS Foundation Trust"),
    (TRUST + "The trust said it had already recruited 60 nurses.\n\nChief executive Marisol Dane said: \"We have listened.\"",
     "Marisol Dane", "Wrenbury Valley NHS Foundation Trust"),
    (TRUST + "In a statement the trust apologised. Marisol Dane, its chief executive, added that every ward had been reviewed.",
     "Marisol Dane", "Wrenbury Valley NHS Foundation Trust"),
    # -- an alias: the provider, the company, the regulator, the watchdog -----------------------------
    (HOME + "Jonah Pell, a director of the provider, said the company would keep improving.",
     "Jonah Pell", "Kestrel Lane Care Ltd"),
    (HOME + "The company's chief executive, Jonah Pell, said staff had earned it.",
     "Jonah Pell", "Kestrel Lane Care Ltd"),
    (HOME + "Jonah Pell, who owns the company, said staff had earned it.",
     "Jonah Pell", "Kestrel Lane Care Ltd"),
    (TRUST + "The watchdog's chief inspector of hospitals, Professor Idris Mallory, said patients deserved better.",
     "Idris Mallory", "Care Quality Commission"),
    (TRUST + "Idris Mallory, the regulator's deputy chief inspector of hospitals, said patients deserved better.",
     "Idris Mallory", "Care Quality Commission"),
    (HOME_ONLY + "Idris Mallory, the watchdog's head of adult social care inspection, said residents had been failed.",
     "Idris Mallory", "Care Quality Commission"),
    # -- a generic title: the page's main provider or home --------------------------------------------
    (HOME_ONLY + "Registered manager Vesna Hurd said the home had appointed six new nurses.",
     "Vesna Hurd", "Fernleigh House"),
    (HOME_ONLY + "\"We were shocked,\" said the manager, Vesna Hurd.",
     "Vesna Hurd", "Fernleigh House"),
    (HOME + "Vesna Hurd, who has been manager for two years, said: \"The residents are our family.\"",
     "Vesna Hurd", "Ashgrove Manor"),
    (TRUST + "Director of nursing Abel Crane said the trust had opened a new ward.",
     "Abel Crane", "Wrenbury Valley NHS Foundation Trust"),
    # -- CQC's inspectors, with a region, no CQC in the sentence ------------------------------------
    (TRUST + "Dr Lowri Bask, deputy chief inspector of hospitals in the North, said: \"The trust must act.\"",
     "Lowri Bask", "Care Quality Commission"),
    (HOME + "\"The home is a model for others,\" said Tansy Orrell, deputy chief inspector for adult social care in the North.",
     "Tansy Orrell", "Care Quality Commission"),
    (HOME_ONLY + "Tansy Orrell, CQC's head of inspection for adult social care in the South East, said people had been put at risk.",
     "Tansy Orrell", "Care Quality Commission"),
    (TRUST + "Chief inspector of hospitals Professor Idris Mallory said the trust had a long way to go.",
     "Idris Mallory", "Care Quality Commission"),
    (TRUST + "Quinn Ashby, the CQC's director of operations for the Midlands, said the trust must act.",
     "Quinn Ashby", "Care Quality Commission"),
    # -- regional bodies ----------------------------------------------------------------------------
    (TRUST + "NHS England's regional director for the North, Halima Fosse, said extra support had been agreed.",
     "Halima Fosse", "NHS England"),
    (TRUST + "Halima Fosse, NHS England's regional chief nurse for the Midlands, said extra support had been agreed.",
     "Halima Fosse", "NHS England"),
    (TRUST + "Halima Fosse, chief executive of Tolbury and Wrenbury Integrated Care Board, said extra support had been agreed.",
     "Halima Fosse", "Tolbury and Wrenbury Integrated Care Board"),
    (TRUST + "Tolbury and Wrenbury Integrated Care Board (ICB) said it would help. Halima Fosse, the ICB's chief nurse, said support had been agreed.",
     "Halima Fosse", "Tolbury and Wrenbury Integrated Care Board"),
    # -- a person from another body quoted on a provider's page --------------------------------------
    (COUNCIL + "Cllr Otto Varga, cabinet member for adult social care, said the council was proud of the staff.",
     "Otto Varga", "Brantwood Borough Council"),
    (COUNCIL + "Councillor Otto Varga, leader of Brantwood Borough Council, praised the staff.",
     "Otto Varga", "Brantwood Borough Council"),
    (TRUST + "Tolbury MP Greer Lomond said she would meet the trust's board.",
     "Greer Lomond", None),
    (TRUST + "Greer Lomond, the MP for Tolbury North, said the report was deeply worrying.",
     "Greer Lomond", None),
    (TRUST + "Silas Penhale, Unison's regional secretary, said staff had warned of the problems.",
     "Silas Penhale", "Unison"),
    (TRUST + "Silas Penhale, a regional officer at the Royal College of Nursing, said staff had warned of the problems.",
     "Silas Penhale", "Royal College of Nursing"),
    (TRUST + "Healthwatch Wrenbury chair Silas Penhale said patients had raised concerns for years.",
     "Silas Penhale", "Healthwatch Wrenbury"),
    # -- the role in the sentence before ----------------------------------------------------------
    (HOME + "The home's manager has worked there since 2010. Ruth Hale said the team was thrilled.",
     "Ruth Hale", "Ashgrove Manor"),
    (TRUST + "The trust's chief nurse joined in the spring. Dr Evander Kell said: \"We have more nurses on every shift.\"",
     "Evander Kell", "Wrenbury Valley NHS Foundation Trust"),
    (TRUST + "The trust has appointed a new chief executive. Marisol Dane, who joins from a trust in Kent, said she was looking forward to the work.",
     "Marisol Dane", "Wrenbury Valley NHS Foundation Trust"),
    (HOME + "Commenting on the findings, the home's manager said: \"We are proud.\" Vesna Hurd, who has worked at the home for 12 years, added that residents were thrilled.",
     "Vesna Hurd", "Ashgrove Manor"),
    (TRUST + "A new medical director started in June.\n\nDr Hal Ondry said: \"We have a plan.\"",
     "Hal Ondry", "Wrenbury Valley NHS Foundation Trust"),
    # -- "&" between two names --------------------------------------------------------------------
    (HOME + "The home's owners, Mr Tomas Brandt & Mrs Ilse Brandt, said they were proud.",
     "Ilse Brandt", "Ashgrove Manor"),
    # -- titles and letters around the name ---------------------------------------------------------
    (TRUST + "Dr Amira Pathak OBE, medical director, said the trust accepted the findings.",
     "Amira Pathak", "Wrenbury Valley NHS Foundation Trust"),
    (TRUST + "Professor Sir Cedric Lowndes, the trust's chair, said the board would act.",
     "Cedric Lowndes", "Wrenbury Valley NHS Foundation Trust"),
    (HOME + "Mrs Dorcas Flint MBE, the home's owner, said she was overjoyed.",
     "Dorcas Flint", "Ashgrove Manor"),
    (HOME + "Ms Ola Nwankwo, RGN, clinical lead at Ashgrove Manor, said the nurses deserved it.",
     "Ola Nwankwo", "Ashgrove Manor"),
    # -- a bare title after a paragraph that another organisation opens (the seller named more) ---
    (BUY + "Harrowgate Care Homes plans to spend £3m on the two homes.\n\nChief executive Nyla Brook said: \"These homes have a bright future.\"",
     "Nyla Brook", "Harrowgate Care Homes"),
    (BUY + "Harrowgate Care Homes said it would keep every member of staff. Managing director Nyla Brook said the homes had a bright future.",
     "Nyla Brook", "Harrowgate Care Homes"),
    (BUY + "Harrowgate Care Homes now runs 14 homes.\n\nIts founder, Nyla Brook, said the homes had a bright future.",
     "Nyla Brook", "Harrowgate Care Homes"),
    # -- lists of attendees and sign-offs: the organisation after the title ------------------------
    (MINUTES + "- Dr Ines Corley (Deputy Director of Nursing) – NHS England (North)\n- Bram Tully (Group Operations Director) – Ravensworth Healthcare Group\n\nThe board noted the reports.",
     "Ines Corley", "NHS England"),
    (MINUTES + "- Ines Corley – Deputy Director of Nursing, NHS England\n- Bram Tully – Group Operations Director, Ravensworth Healthcare Group\n\nThe board noted the reports.",
     "Ines Corley", "NHS England"),
    (MINUTES + "- Ines Corley, Deputy Director of Nursing, NHS England\n- Bram Tully, Group Operations Director, Ravensworth Healthcare Group\n\nThe board noted the reports.",
     "Bram Tully", "Ravensworth Healthcare Group"),
    (TRUST + "Ines Corley, Deputy Director of Nursing, NHS England, said support would continue.",
     "Ines Corley", "NHS England"),
    (TRUST + "Halima Fosse, NHS England (North West) regional chief nurse, said extra support had been agreed.",
     "Halima Fosse", "NHS England"),
    # -- an organisation's possessive right before the name, no title ---------------------------
    (TRUST + "The Care Quality Commission's Irma Sokol said the trust had to improve.",
     "Irma Sokol", "Care Quality Commission"),
    (TRUST + "CQC's Dr Irma Sokol said the trust had to improve.",
     "Irma Sokol", "Care Quality Commission"),
    (TRUST + "Wrenbury Valley's Dr Hal Ondry said he was sorry.",
     "Hal Ondry", "Wrenbury Valley NHS Foundation Trust"),
    # -- a sign-off: the organisation on the line after the title -----------------------------------
    (HOME + "Kestrel Lane Care Ltd said it was proud.\n\nYours sincerely,\n\nBrennan Aske\nChief Executive\nWrenbury Valley NHS Foundation Trust",
     "Brennan Aske", "Wrenbury Valley NHS Foundation Trust"),
    (TRUST + "Delia Marchbank MP said the report was shocking.", "Delia Marchbank", None),
    # -- near-misses: no organisation ----------------------------------------------------------------
    (HOME + "Wilf Harker, whose wife has lived at Ashgrove Manor since 2021, said the staff were wonderful.",
     "Wilf Harker", None),
    (TRUST + "Campaigner Wilf Harker, whose daughter died at the hospital, said the report came too late.",
     "Wilf Harker", None),
    (TRUST + "Wilf Harker, a patient at the hospital for ten years, said the report came too late.",
     "Wilf Harker", None),
    (TRUST + "Patient safety lead Wilf Harker said the trust had learned from the report.",
     "Wilf Harker", "Wrenbury Valley NHS Foundation Trust"),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,person,org", ORG_ROWS)
def test_battery_people4_organisation(request, fixture, text, person, org):
    assert_person_organisation(request.getfixturevalue(fixture)(text), person, org)


NAME_ROWS = [
    (TRUST + "Dr Amira Pathak OBE, medical director, said the trust accepted the findings.", {"Amira Pathak"}),
    (TRUST + "Professor Sir Cedric Lowndes, the trust's chair, said the board would act.", {"Cedric Lowndes"}),
    (COUNCIL + "Cllr Otto Varga said the council was proud of the staff.", {"Otto Varga"}),
    (HOME + "Mrs Dorcas Flint MBE, the home's owner, said she was overjoyed.", {"Dorcas Flint"}),
    (HOME + "Ms Ola Nwankwo, RGN, clinical lead, said the nurses deserved it.", {"Ola Nwankwo"}),
    (HOME + "The home's manager has worked there since 2010. Ruth Hale said the team was thrilled.", {"Ruth Hale"}),
    (HOME + "Pictured: manager Ruth Hale with residents in the garden.", {"Ruth Hale"}),
    # -- particles, offices and honorifics of several words ----------------------------------------
    (HOME + "Registered manager Pieter van der Berg said the staff were proud.", {"Pieter van der Berg"}),
    (HOME + "\"We are proud,\" said Maria de Souza, the home's manager.", {"Maria de Souza"}),
    (TRUST + "The Rt Hon Delia Marchbank MP said the report was shocking.", {"Delia Marchbank"}),
    (TRUST + "Delia Marchbank MP said the report was shocking.", {"Delia Marchbank"}),
    (TRUST + "Professor Dame Ottoline Reyes DBE, the trust's chair, said the board would act.", {"Ottoline Reyes"}),
    (HOME + "Ms Ola Nwankwo, RGN, BSc (Hons), clinical lead, said the nurses deserved it.", {"Ola Nwankwo"}),
    (HOME + "Owner Jasvinder Kaur Dhillon said the home would keep improving.", {"Jasvinder Kaur Dhillon"}),
    # -- a kinship or a description glued before the name ------------------------------------------
    (TRUST + "Grandmother Amara Lund, 79, said she waited eight hours.", {"Amara Lund"}),
    (TRUST + "Mum-of-two Amara Lund said her son had waited hours.", {"Amara Lund"}),
    # -- the name after the title and a copula; a sign-off ------------------------------------------
    (TRUST + "The trust's new chief executive is Brennan Aske. He joined in May from a trust in the Midlands.", {"Brennan Aske"}),
    (TRUST + "The trust's chief executive, who joined in May, is Brennan Aske.", {"Brennan Aske"}),
    (TRUST + "Yours sincerely,\n\nBrennan Aske\nChief Executive\nWrenbury Valley NHS Foundation Trust", {"Brennan Aske"}),
    # -- page chrome: no person ---------------------------------------------------------------------------
    ("By Tobias Renwick\nHealth reporter\n\n" + HOME.strip(), set()),
    ("Written by Tobias Renwick | 4 March\n\n" + HOME.strip(), set()),
    (HOME + "Photo credit: Mirela Staunton", set()),
    (HOME + "(Photo: Mirela Staunton/Tolbury Echo)", set()),
    (HOME + "Follow Tobias Renwick on X for the latest health news.", set()),
    (HOME + "Tobias Renwick reports.", set()),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,names", NAME_ROWS)
def test_battery_people4_names(request, fixture, text, names):
    doc = request.getfixturevalue(fixture)(text)
    assert {normalise(p["name"]) for p in doc._.cqc_people} == {normalise(n) for n in names}


QUOTED_ROWS = [
    (HOME + "\"We are so proud,\" said Ruth Hale, the home's manager.", "Ruth Hale", True),
    (HOME + "Ruth Hale, the home's manager, said: \"We are so proud.\"", "Ruth Hale", True),
    (HOME + "Ruth Hale, the home's manager, said the staff were \"absolutely thrilled\".", "Ruth Hale", True),
    (HOME + "Ruth Hale, the home's manager, said the staff were thrilled with the result.", "Ruth Hale", False),
    (HOME + "According to Ruth Hale, the home's manager, the staff were thrilled.", "Ruth Hale", False),
    (HOME + "Pictured: manager Ruth Hale with residents in the garden.", "Ruth Hale", False),
    (HOME + "For further information contact Ruth Hale, regional engagement manager, on 01632 960111.", "Ruth Hale", False),
    (TRUST + "Marisol Dane, chief executive, said in a statement: \"We accept the findings in full.\"", "Marisol Dane", True),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,person,quoted", QUOTED_ROWS)
def test_battery_people4_quoted(request, fixture, text, person, quoted):
    doc = request.getfixturevalue(fixture)(text)
    people = {normalise(p["name"]): p for p in doc._.cqc_people}
    assert normalise(person) in people, sorted(people)
    assert people[normalise(person)]["quoted"] is quoted, people[normalise(person)]
