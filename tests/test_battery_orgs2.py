"""Paraphrase battery 2: organisation names on real-style pages (issue 14).

Every text is invented for this battery (no corpus text, invented names); the
rows do not repeat test_battery_orgs.py, test_battery_nerorg.py or
test_battery_dash_names.py. Families:
- names with no type word (one word, or a lower-case type) recognised from the
  grammar around them: "run by X", "X, which runs ...", "the charity X",
  "provider X", "X said it ...", "a spokesperson for X", "X's chief executive";
  near-misses where the same word is a person's;
- joint bodies ("A and B NHS Foundation Trust") kept whole; "&"; names cut at a
  comma or dash; names that must not run on over "at" or a person's name;
- addresses and contact blocks (a street is no organisation, the company of a
  registered-office line is one), outlets named in story text (organisations)
  and page chrome (credit lines, share prompts: none);
- capitalised common or service nouns ("Emergency Department", "Board"): none.

ORGS rows: (text, names that must be found, names that must not be found),
compared after the scorer's normalisation with a found organisation's name or
any of its aliases. PEOPLE rows: (text, person, organisation name or alias).
"""

from __future__ import annotations

import pytest

from conftest import assert_organisations, assert_person_organisation

PROFILES = ["nlp", "nlp_fast"]


def todo(*row, reason, profile=None):
    """A row the grammar does not read yet (kept as the family's target); with
    `profile`, only in that profile's fixture (strict: a fix shows)."""
    if profile is not None:
        PROFILE_GAPS[row[0]] = (profile, reason)
        return row
    return pytest.param(*row, marks=pytest.mark.xfail(reason=reason, strict=False))


PROFILE_GAPS: dict[str, tuple[str, str]] = {}


ORGS = [
    # -- no type word: the grammar around the name marks it ---------------------
    ("The service is run by Brookvane, a not-for-profit group.", ["Brookvane"], []),
    ("Mossgrove, which runs the home, said it had appointed a new manager.", ["Mossgrove"], []),
    ("Local charity Kindred Steps said families had been let down.", ["Kindred Steps"], []),
    ("Provider Halcyra said it had already made changes.", ["Halcyra"], []),
    ("A spokesperson for Dunlevy said the company was disappointed.", ["Dunlevy"], []),
    ("A spokeswoman for Ambervale said: \"We are working with the council.\"", ["Ambervale"], []),
    todo("In a statement, Velloran said it accepted the findings in full.", ["Velloran"], [],
         reason="accurate: NER reads the one word as a person", profile="nlp"),
    ("Quillon Health said it had already recruited more nurses.", ["Quillon Health"], []),
    ("Vantor, the provider, said staff had been retrained.", ["Vantor"], []),
    ("Velmora, the company that owns the home, said it would appeal.", ["Velmora"], []),
    ("The home, owned by Starnley, was rated inadequate in May.", ["Starnley"], []),
    # (a couple of people is two words or more: only a one-word name after "owners," is a body)
    ("The home's owners, Tarnwell, said they were disappointed.", ["Tarnwell"], []),
    ("Tarling's chief executive said the findings were unacceptable.", ["Tarling"], []),
    ("Staff employed by Orvane said they had raised concerns.", ["Orvane"], []),
    ("Members of the union Tolvane said pay was too low.", ["Tolvane"], []),
    ("A Brenmoor spokesperson said the home would improve.", ["Brenmoor"], []),
    ("An Ellerby Homes spokeswoman said the company was sorry.", ["Ellerby Homes"], []),
    ("The Brevis-run home was rated inadequate.", ["Brevis"], ["Brevis-run"]),
    ("Orrin-owned homes in the county were all inspected.", ["Orrin"], []),
    ("Staff said the Pellory group had cut night shifts.", ["Pellory"], ["Pellory group"]),
    ("The report reviewed the Health and Plus group of services.", ["Health and Plus"], []),
    ("She worked for Tannery before joining the trust.", ["Tannery"], []),
    ("Speaking on behalf of Corvell, Jo Ames said the firm was sorry.", ["Corvell"], ["Jo Ames"]),
    # near-misses: the same positions held by a person or a pronoun
    ("The NHS-run clinic closed and the council-run day centre opened.", [], ["NHS"]),
    ("She worked for Dr Ana Pryce before she retired.", [], ["Ana Pryce", "Dr Ana Pryce"]),
    ("A Downing Street spokesman said the plan would go ahead.", [], ["Downing Street"]),
    ("A Government spokesperson said funding was in place.", [], ["Government"]),
    ("Kate Dunlevy said she was pleased with the result.", [], ["Dunlevy", "Kate Dunlevy"]),
    todo("Ruth Amble runs the home. Amble said the rating was fair.", [], ["Amble", "Ruth Amble"],
         reason="fast profile: no NER, 'X runs the home' reads the person as the provider", profile="nlp_fast"),
    ("Owner Peter Halsey said it had been a hard year.", [], ["Peter Halsey", "Halsey"]),
    ("A spokesperson for the home said it would improve.", [], ["home"]),
    ("Yesterday said nothing about the inspection, the paper noted.", [], ["Yesterday"]),
    ("Residents said it felt like home. Relatives said it was calm.", [], ["Residents", "Relatives"]),
    ("Mr Pell said it had been a difficult year for the home.", [], ["Pell", "Mr Pell"]),
    ("Jo Pell said it had been a difficult year for the home.", [], ["Pell", "Jo Pell"]),
    ("Harvest said it was the busiest season; the harvest was late.", [], ["Harvest"]),
    ("A spokesman for Brenda Colley's family said they were grateful.", [], ["Brenda Colley"]),
    ("The union Tolvane and the charity Kindred Steps met the trust.", ["Tolvane", "Kindred Steps"], []),
    ("Fenwold Health says it has already appointed a new matron.", ["Fenwold Health"], []),
    # -- joint bodies, "&", commas and dashes ----------------------------------
    ("Wexley and Carrow NHS Foundation Trust was rated good.", ["Wexley and Carrow NHS Foundation Trust"],
     ["Carrow NHS Foundation Trust"]),
    ("Inspectors visited Ardley and Penmoor Partnership NHS Trust in May.",
     ["Ardley and Penmoor Partnership NHS Trust"], ["Partnership NHS Trust", "Penmoor Partnership NHS Trust"]),
    ("Staff at Dorrington & Vale Healthcare NHS Trust said they were relieved.",
     ["Dorrington & Vale Healthcare NHS Trust"], ["Vale Healthcare NHS Trust"]),
    ("The Hexley and Marlow Hospitals NHS Trust runs both sites.", ["Hexley and Marlow Hospitals NHS Trust"],
     ["Marlow Hospitals NHS Trust"]),
    ("North Brenmoor and Caddon Partnership NHS Foundation Trust was told to improve.",
     ["North Brenmoor and Caddon Partnership NHS Foundation Trust"], ["Partnership NHS Foundation Trust"]),
    ("Pell & Rowe Care Homes Ltd runs the home.", ["Pell & Rowe Care Homes Ltd"], ["Rowe Care Homes Ltd"]),
    ("Hollyridge Care, part of the Tennant Group, was rated good.", ["Hollyridge Care", "Tennant Group"],
     ["Hollyridge Care, part of the Tennant Group"]),
    ("Ferncliffe Hospice - a charity - said the report was fair.", ["Ferncliffe Hospice"],
     ["Ferncliffe Hospice - a charity"]),
    ("The Maternity Unit at Dellow General Hospital was rated inadequate.", ["Dellow General Hospital"],
     ["Maternity Unit at Dellow General Hospital", "Maternity Unit"]),
    ("The Stroke Unit at Wenby Hospital in Tarrow was rated good.", ["Wenby Hospital"],
     ["Stroke Unit", "Stroke Unit at Wenby Hospital"]),
    ("Patients on the Children's Ward at Pellow Hospital waited too long.", ["Pellow Hospital"], ["Children's Ward"]),
    ("The Neonatal Unit at Corby Hospital was busy.", ["Corby Hospital"], ["Neonatal Unit"]),
    ("Torrin House owner Gail Mercy said the home had changed.", ["Torrin House"],
     ["Torrin House owner Gail Mercy", "Gail Mercy"]),
    ("Hallam Grange Care Home's Jess Orbell said the staff were proud.", ["Hallam Grange Care Home"],
     ["Hallam Grange Care Home's Jess Orbell", "Jess Orbell"]),
    ("Wenlow Medical Practice, Tarnby, was rated good overall.", ["Wenlow Medical Practice"],
     ["Wenlow Medical Practice, Tarnby"]),
    ("Carrowmere Care Ltd, trading as Birchfield Lodge, was fined.", ["Carrowmere Care Ltd", "Birchfield Lodge"], []),
    # -- addresses and contact blocks ------------------------------------------
    ("Registered office: Pellow Care Ltd, 14 Carrick Street, Tarnby TB4 2QX", ["Pellow Care Ltd"],
     ["Carrick Street"]),
    ("Sunnybank Lodge, 3 Orchard Road, Wexley, was rated good.", ["Sunnybank Lodge"], ["Orchard Road"]),
    ("Address: 22 Mill Lane, Hatherby, HB2 7PL\nThe home was rated good.", [], ["Mill Lane", "Hatherby"]),
    ("For more information contact the press office at Tallow Valley NHS Trust.", ["Tallow Valley NHS Trust"], []),
    ("Quorley Court Care Home, Station Road, Brenby\nRated good in March.", ["Quorley Court Care Home"],
     ["Station Road"]),
    # -- outlets in story text, chrome around the story ------------------------
    ("Pellbrook Hospital told the Tarnby Evening Gazette it would appeal.", ["Pellbrook Hospital", "Tarnby Evening Gazette"], []),
    ("A joint investigation by the Carrow Courier found staff shortages.", ["Carrow Courier"], []),
    ("Tarnby Chronicle:\nThe home was rated good.", [], ["Tarnby Chronicle"]),
    ("Image copyright Wexley Photo Agency\nThe home was rated good.", [], ["Wexley Photo Agency"]),
    ("Follow us on Facebook and Instagram\nThe home was rated good.", [], ["Facebook", "Instagram"]),
    ("Sign up to the Brenby Bulletin newsletter\nThe home was rated good.", [], ["Brenby Bulletin"]),
    ("Copyright 2024 Harlow Valley Media Ltd. All rights reserved.\nThe home was rated good.", [],
     ["Harlow Valley Media Ltd"]),
    # -- capitalised common or service nouns -----------------------------------
    ("Patients on the Acute Medical Unit waited hours for a bed.", [], ["Acute Medical Unit"]),
    ("Maternity Services at the hospital were rated requires improvement.", [], ["Maternity Services"]),
    ("The trust's Board will discuss the report next week.", [], ["Board"]),
    ("The council's Adult Social Care department was assessed as good.", [], ["Adult Social Care"]),
    ("Community Mental Health Teams were rated good.", [], ["Community Mental Health Teams"]),
    ("The Accident and Emergency Department was busy all night.", [], ["Accident and Emergency Department"]),
    ("Children's Services were judged good by inspectors.", [], ["Children's Services"]),
    ("The Care Home was clean and tidy, the Inspectors said.", [], ["Care Home", "Inspectors"]),
    ("The Urgent Treatment Centre opened in June.", [], ["Urgent Treatment Centre"]),
    ("The Registered Provider must send an action plan.", [], ["Registered Provider"]),
    ("The Renal Unit was rated good and the Cardiac Unit requires improvement.", [], ["Renal Unit", "Cardiac Unit"]),
    ("End of Life Care Services were rated good.", [], ["End of Life Care Services"]),
    ("Diagnostic Imaging Services were rated good at the hospital.", [], ["Diagnostic Imaging Services"]),
    ("The Day Surgery Unit and the Minor Injuries Unit were rated good.", [], ["Day Surgery Unit", "Minor Injuries Unit"]),
    ("Gynaecology Services were rated requires improvement.", [], ["Gynaecology Services"]),
    ("The Sexual Health Service was rated good.", [], ["Sexual Health Service"]),
    ("The Eating Disorder Unit and the Dementia Care Unit were praised.", [], ["Eating Disorder Unit", "Dementia Care Unit"]),
    ("The Specialist Palliative Care Team was praised.", [], ["Specialist Palliative Care Team", "Specialist Palliative Care"]),
    ("Tarrow Day Centre and Wexley Rehabilitation Centre were rated good.", ["Tarrow Day Centre", "Wexley Rehabilitation Centre"], []),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,present,absent", ORGS)
def test_battery_organisations2(request, fixture, text, present, absent):
    gap = PROFILE_GAPS.get(text)
    if gap is not None and gap[0] == fixture:
        request.applymarker(pytest.mark.xfail(reason=gap[1], strict=True))
    assert_organisations(request.getfixturevalue(fixture)(text), present, absent)


PEOPLE = [
    ("Tarling's chief executive, Ruth Amble, said the home would improve.", "Ruth Amble", "Tarling"),
    ("A spokesperson for Dunlevy, Mark Tolley, said the company was sorry.", "Mark Tolley", "Dunlevy"),
    ("Lena Porrit, director of Mossgrove, which runs the home, said it would act.", "Lena Porrit", "Mossgrove"),
    ("Owen Brack, chief executive of Wexley and Carrow NHS Foundation Trust, apologised.", "Owen Brack",
     "Wexley and Carrow NHS Foundation Trust"),
    ("Dr Hana Selby, medical director at Ardley and Penmoor Partnership NHS Trust, said care had improved.",
     "Hana Selby", "Ardley and Penmoor Partnership NHS Trust"),
    ("Provider Halcyra said it was sorry. Its director, Amos Reed, said staff had been retrained.", "Amos Reed",
     "Halcyra"),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,person,org", PEOPLE)
def test_battery_people_organisation2(request, fixture, text, person, org):
    assert_person_organisation(request.getfixturevalue(fixture)(text), person, org)
