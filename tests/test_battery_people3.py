"""Paraphrase battery 3 (issue 14): people, their organisation and role on real-style pages.

Every text is invented for this battery (invented names, new wording; nothing
from any corpus). It adds to test_battery_people_org.py and
test_battery_people_names.py without repeating their rows:
- ORG rows: the organisation a person speaks for when the text says only "the
  trust" / "the home" / "the council" / "the charity" after the title, when the
  title stands in the sentence or heading before, "X, from Y", "Y's title X"
  with no comma, "X (Y)" and "X (title, Y)", a CQC title (chief inspector,
  deputy chief inspector, head of inspection) in a sentence that does not name
  the CQC, a councillor's council, and a person of another organisation quoted
  in a CQC release. Near-misses: a relative or resident at "the home" speaks
  for nobody.
- NAME rows: the set of people a text yields: letters after the name (two sets,
  with commas), double-barrelled and hyphenated names, an honorific and a title
  together, name before or after a role, "said X" / "X said" / "according to X",
  and near-misses (a home or a ward named after someone, a saint's name, a
  byline, a photo credit, an author's line) that give no person.
- ROLE rows: the role as written, without the organisation.

Rows run in both profiles.
"""

from __future__ import annotations

import pytest

from cqc_extract.scoring import normalise
from conftest import assert_person_organisation

PROFILES = ["nlp", "nlp_fast"]

TRUST = "Quarrendon Hospitals NHS Foundation Trust has been rated good by the Care Quality Commission (CQC).\n\n"
# the CQC named on the page, but not in the sentence that gives the title
TRUST_NO_CQC = ("Quarrendon Hospitals NHS Foundation Trust has been rated good after an inspection in March. "
                "The Care Quality Commission said care had improved.\n\n")
HOME = "Mallowfield Court, a care home in Pensby run by Tealbrook Care Ltd, has been rated outstanding by the Care Quality Commission.\n\n"
COUNCIL_HOME = ("Oakhurst Lodge, a care home run by Westerdale County Council, has been rated requires improvement "
                "by the Care Quality Commission.\n\n")
PRACTICE = "Birchcombe Medical Centre in Pensby has been rated inadequate by the Care Quality Commission.\n\n"

ORG_ROWS = [
    # -- "the trust / the home / the council / the practice" after the title -------------------
    (TRUST + "Imogen Thale, chief executive at the trust, said the report was a credit to staff.",
     "Imogen Thale", "Quarrendon Hospitals NHS Foundation Trust"),
    (TRUST + "\"Staff have worked tirelessly,\" said Rafe Colley, director of nursing for the trust.",
     "Rafe Colley", "Quarrendon Hospitals NHS Foundation Trust"),
    (TRUST + "Rafe Colley, who is chief nurse at the trust, said wards had more staff.",
     "Rafe Colley", "Quarrendon Hospitals NHS Foundation Trust"),
    (TRUST + "Speaking on behalf of the trust, medical director Ayo Brennard said the changes would continue.",
     "Ayo Brennard", "Quarrendon Hospitals NHS Foundation Trust"),
    (HOME + "Petra Lindqvist, manager at the home, said she was thrilled for the residents.",
     "Petra Lindqvist", "Mallowfield Court"),
    (HOME + "Petra Lindqvist, who manages the home, said: \"It is a wonderful result.\"",
     "Petra Lindqvist", "Mallowfield Court"),
    (COUNCIL_HOME + "Hollis Barrow, director of adult services at the council, said the home would get more staff.",
     "Hollis Barrow", "Westerdale County Council"),
    (COUNCIL_HOME + "The council's director of adult services, Hollis Barrow, said the home would get more staff.",
     "Hollis Barrow", "Westerdale County Council"),
    (PRACTICE + "Dr Osman Vero, a senior partner at the practice, said changes had already been made.",
     "Osman Vero", "Birchcombe Medical Centre"),
    (PRACTICE + "The practice's lead GP, Dr Osman Vero, said changes had already been made.",
     "Osman Vero", "Birchcombe Medical Centre"),
    # -- the title in the sentence or heading before ---------------------------------------------
    (TRUST + "The trust's chief executive welcomed the report. Imogen Thale said: \"This belongs to our staff.\"",
     "Imogen Thale", "Quarrendon Hospitals NHS Foundation Trust"),
    (HOME + "The home's manager was delighted. \"It is the best news,\" said Petra Lindqvist.",
     "Petra Lindqvist", "Mallowfield Court"),
    (TRUST + "Response from the trust's chief executive\n\nImogen Thale said: \"This belongs to our staff.\"",
     "Imogen Thale", "Quarrendon Hospitals NHS Foundation Trust"),
    (HOME + "The home's manager was delighted. \"It is the best news,\" said Petra Lindqvist.",
     "Petra Lindqvist", "Mallowfield Court"),
    (TRUST + "The trust's chief executive was thrilled. Imogen Thale said the staff had earned it.",
     "Imogen Thale", "Quarrendon Hospitals NHS Foundation Trust"),
    (PRACTICE + "The practice's lead GP was disappointed. \"We will appeal,\" said Dr Osman Vero.",
     "Osman Vero", "Birchcombe Medical Centre"),
    (TRUST + "The rating was welcomed by the trust's chief executive.\n\nImogen Thale said: \"Staff have worked so hard.\"",
     "Imogen Thale", "Quarrendon Hospitals NHS Foundation Trust"),
    (TRUST + "The trust's chief executive has welcomed the report. Imogen Thale said: \"Staff have worked so hard.\"",
     "Imogen Thale", "Quarrendon Hospitals NHS Foundation Trust"),
    (HOME + "It was a proud day for the home's manager. \"We did it together,\" said Petra Lindqvist.",
     "Petra Lindqvist", "Mallowfield Court"),
    (HOME + "The home's manager thanked her staff. Petra Lindqvist said: \"We did it together.\"",
     "Petra Lindqvist", "Mallowfield Court"),
    # near-misses: a title in the sentence before, the speaker someone else
    (TRUST + "The trust's chief executive resigned last year. Ivy Ransome, a patient, said: \"Staff have worked so hard.\"",
     "Ivy Ransome", None),
    (TRUST + "Patients praised the trust's chief executive. Ivy Ransome, whose son was treated there, said: \"Staff were kind.\"",
     "Ivy Ransome", None),
    # -- two people joined by "and", each with a title -------------------------------------------
    (TRUST + "The trust's chair Nell Pardoe and chief executive Imogen Thale said staff deserved the credit.",
     "Nell Pardoe", "Quarrendon Hospitals NHS Foundation Trust"),
    (TRUST + "Chair Nell Pardoe and chief executive Imogen Thale said staff deserved the credit.",
     "Imogen Thale", "Quarrendon Hospitals NHS Foundation Trust"),
    # -- letters after the name, with commas -----------------------------------------------------
    (TRUST + "Imogen Thale, MSc, RGN, chief nurse, said the report was fair.",
     "Imogen Thale", "Quarrendon Hospitals NHS Foundation Trust"),
    (TRUST + "Professor Nell Pardoe PhD FRCP, medical director at the trust, said the report was fair.",
     "Nell Pardoe", "Quarrendon Hospitals NHS Foundation Trust"),
    # -- "X, from Y" / "X from the charity Y" --------------------------------------------------------
    (HOME + "Lorcan Teague, from Tealbrook Care Ltd, said the company was proud of the team.",
     "Lorcan Teague", "Tealbrook Care Ltd"),
    (HOME + "Winnie Dalby, from the charity Greyfield Companions, said families had praised the home.",
     "Winnie Dalby", "Greyfield Companions"),
    (TRUST + "Mercer Hollin from Healthwatch Quarrendon said patients had noticed the difference.",
     "Mercer Hollin", "Healthwatch Quarrendon"),
    (TRUST + "Mercer Hollin, speaking for the trust, said patients had noticed the difference.",
     "Mercer Hollin", "Quarrendon Hospitals NHS Foundation Trust"),
    (HOME + "Lorcan Teague, on behalf of the home, said the team was proud.",
     "Lorcan Teague", "Mallowfield Court"),
    # -- a short form of the organisation before the title ------------------------------------
    (TRUST + "Quarrendon chief executive Imogen Thale said the report was fair.",
     "Imogen Thale", "Quarrendon Hospitals NHS Foundation Trust"),
    (HOME + "\"We are proud,\" said Tealbrook managing director Lorcan Teague.",
     "Lorcan Teague", "Tealbrook Care Ltd"),
    (COUNCIL_HOME + "Westerdale cabinet member for adult care Bea Hartigan said the home would improve.",
     "Bea Hartigan", "Westerdale County Council"),
    # -- "Y's title X" with no comma ------------------------------------------------------------------
    (TRUST + "Quarrendon Hospitals' director of nursing Rafe Colley said wards had more staff.",
     "Rafe Colley", "Quarrendon Hospitals NHS Foundation Trust"),
    (HOME + "Tealbrook Care's operations director Lorcan Teague said the company was proud.",
     "Lorcan Teague", "Tealbrook Care Ltd"),
    (COUNCIL_HOME + "Westerdale County Council's cabinet member for adult care Cllr Bea Hartigan said the home would improve.",
     "Bea Hartigan", "Westerdale County Council"),
    # -- "X (Y)" and "X (title, Y)" -------------------------------------------------------------------
    (TRUST + "Imogen Thale (Quarrendon Hospitals NHS Foundation Trust) said the report was fair.",
     "Imogen Thale", "Quarrendon Hospitals NHS Foundation Trust"),
    (TRUST + "Imogen Thale (Quarrendon Hospitals) said the report was fair.",
     "Imogen Thale", "Quarrendon Hospitals NHS Foundation Trust"),
    (TRUST + "Dr Ayo Brennard (medical director, Quarrendon Hospitals NHS Foundation Trust) said the changes would continue.",
     "Ayo Brennard", "Quarrendon Hospitals NHS Foundation Trust"),
    # -- a CQC title in a sentence that does not name the CQC ------------------------------------
    (TRUST + "Professor Ulrike Sand, chief inspector of hospitals, said the trust had turned a corner.",
     "Ulrike Sand", "Care Quality Commission"),
    (TRUST_NO_CQC + "Dr Caspar Mayne, deputy chief inspector of hospitals, said the trust had turned a corner.",
     "Caspar Mayne", "Care Quality Commission"),
    (HOME + "\"This home is a beacon,\" said Greta Voss, chief inspector of adult social care.",
     "Greta Voss", "Care Quality Commission"),
    (PRACTICE + "Dr Mo Farrant, deputy chief inspector of primary medical services, said patients had been put at risk.",
     "Mo Farrant", "Care Quality Commission"),
    (HOME + "Head of inspection for adult social care in the south Juno Pask said the staff were a credit.",
     "Juno Pask", "Care Quality Commission"),
    (TRUST + "Deputy chief inspector of hospitals Dr Caspar Mayne said: \"The trust has turned a corner.\"",
     "Caspar Mayne", "Care Quality Commission"),
    # -- councillors ----------------------------------------------------------------------------------
    (COUNCIL_HOME + "Councillor Bea Hartigan, the council's lead member for adult care, said more staff were coming.",
     "Bea Hartigan", "Westerdale County Council"),
    (COUNCIL_HOME + "Cllr Bea Hartigan, portfolio holder for adult social care at Westerdale County Council, said more staff were coming.",
     "Bea Hartigan", "Westerdale County Council"),
    # -- another organisation's person quoted in a CQC release ----------------------------------
    (TRUST + "Dr Odile Penn, regional medical director for NHS England, said support would continue.",
     "Odile Penn", "NHS England"),
    (HOME + "Rowan Achebe, chief executive of Tealbrook Care Ltd, which runs Mallowfield Court, said the team was overjoyed.",
     "Rowan Achebe", "Tealbrook Care Ltd"),
    # -- near-misses: no organisation ------------------------------------------------------------------
    (HOME + "Ivy Ransome, whose father has lived at the home since 2020, said the staff were kind.",
     "Ivy Ransome", None),
    (HOME + "\"The staff are like family,\" said Ivy Ransome, 91, who lives at the home.",
     "Ivy Ransome", None),
    (TRUST + "Ivy Ransome, who gave birth at the trust's maternity unit last year, said midwives were stretched.",
     "Ivy Ransome", None),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,person,org", ORG_ROWS)
def test_battery_people3_organisation(request, fixture, text, person, org):
    assert_person_organisation(request.getfixturevalue(fixture)(text), person, org)


NAME_ROWS = [
    # -- letters after the name ---------------------------------------------------------------------
    (HOME + "Dr Philippa Auden MBE, RN, the home's clinical lead, said the rating was deserved.", {"Philippa Auden"}),
    (HOME + "Registered manager Colm Treasure RGN, BSc said: \"We are thrilled.\"", {"Colm Treasure"}),
    (TRUST + "Professor Anselm Gray OBE FRCP, the trust's chair, thanked the staff.", {"Anselm Gray"}),
    (TRUST + "\"We are proud,\" said Dame Lettice Ormond DBE, the trust's chair.", {"Lettice Ormond"}),
    # -- double-barrelled and hyphenated --------------------------------------------------------------
    (HOME + "Owner Hester Vane-Tempest said the staff had earned it.", {"Hester Vane-Tempest"}),
    (HOME + "\"It is a proud day,\" said Jean-Luc Marchetti, the home's manager.", {"Jean-Luc Marchetti"}),
    (TRUST + "Dr Amara Okafor-Lindsay, the trust's chief medical officer, said the work was not over.",
     {"Amara Okafor-Lindsay"}),
    # -- a title and an honorific together; name before or after the role ------------------------------
    (TRUST + "Chief executive Professor Anselm Gray said the report was fair.", {"Anselm Gray"}),
    (TRUST + "Medical director Dr Amara Okafor said the report was fair.", {"Amara Okafor"}),
    (TRUST + "The trust's interim chair, Sir Tobias Wren, said the report was fair.", {"Tobias Wren"}),
    # -- speech verbs ------------------------------------------------------------------------------------
    (HOME + "\"We never stopped improving,\" Ottilie Brack said.", {"Ottilie Brack"}),
    (HOME + "Ottilie Brack said the team had never stopped improving.", {"Ottilie Brack"}),
    (HOME + "According to Ottilie Brack, the home's deputy manager, the team never stopped improving.", {"Ottilie Brack"}),
    (HOME + "The team never stopped improving, according to deputy manager Ottilie Brack.", {"Ottilie Brack"}),
    (HOME + "\"We never stopped improving,\" explained Ottilie Brack, the deputy manager.", {"Ottilie Brack"}),
    (TRUST + "The trust's chair Nell Pardoe and chief executive Imogen Thale said staff deserved the credit.",
     {"Nell Pardoe", "Imogen Thale"}),
    (TRUST + "Imogen Thale (Quarrendon Hospitals NHS Foundation Trust) said the report was fair.", {"Imogen Thale"}),
    (TRUST + "\"It is fair,\" said Dr Imogen Thale, BSc, MBChB, the trust's medical director.", {"Imogen Thale"}),
    # -- near-misses: no person ------------------------------------------------------------------------
    ("Hartley Simmonds House, a care home in Pensby, has been rated good by the Care Quality Commission.", set()),
    ("St Bride's Hospice in Pensby has been rated outstanding by the Care Quality Commission.", set()),
    (TRUST + "Inspectors found the Edith Cavell Unit was clean and well run.", set()),
    (TRUST + "Staff on Nightingale Ward and Lister Ward were praised by inspectors.", set()),
    ("By Saoirse Munday, Health Correspondent\n\n" + HOME.strip(), set()),
    (HOME + "Picture: Bertram Oyelaran", set()),
    (HOME + "Image: Tealbrook Care Ltd / Bertram Oyelaran", set()),
    (HOME + "Saoirse Munday is a reporter for the Pensby Clarion.", set()),
    (HOME + "Report by Saoirse Munday", set()),
    (HOME + "Pensby Physiotherapy Services said it was pleased. Staff from Community Therapist Services visited.", set()),
    ("Quarrendon Hospitals NHS Foundation Trust (Quarrendon Hospitals) said it accepted the findings.", set()),
    (HOME + "Tealbrook Care Ltd (the provider) said it accepted the findings.", set()),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,names", NAME_ROWS)
def test_battery_people3_names(request, fixture, text, names):
    doc = request.getfixturevalue(fixture)(text)
    assert {normalise(p["name"]) for p in doc._.cqc_people} == {normalise(n) for n in names}


def _dice(a: str, b: str) -> float:
    ta, tb = set(normalise(a).split()), set(normalise(b).split())
    return 2 * len(ta & tb) / (len(ta) + len(tb)) if ta or tb else 1.0


ROLE_ROWS = [
    (TRUST + "Imogen Thale, chief executive at the trust, said the report was a credit to staff.",
     "Imogen Thale", "chief executive"),
    (TRUST + "Quarrendon Hospitals' director of nursing Rafe Colley said wards had more staff.",
     "Rafe Colley", "director of nursing"),
    (TRUST + "Dr Ayo Brennard (medical director, Quarrendon Hospitals NHS Foundation Trust) said the changes would continue.",
     "Ayo Brennard", "medical director"),
    (HOME + "Dr Philippa Auden MBE, RN, the home's clinical lead, said the rating was deserved.",
     "Philippa Auden", "clinical lead"),
    (TRUST + "Chief executive Professor Anselm Gray said the report was fair.", "Anselm Gray", "chief executive"),
    (TRUST + "In a statement, the trust's chair, Nell Pardoe, and its chief executive, Imogen Thale, said staff deserved the credit.",
     "Nell Pardoe", "chair"),
    (TRUST + "The trust's chair Nell Pardoe and chief executive Imogen Thale said staff deserved the credit.",
     "Nell Pardoe", "chair"),
    (TRUST + "Imogen Thale, MSc, RGN, chief nurse, said the report was fair.", "Imogen Thale", "chief nurse"),
    (TRUST + "The trust's chief executive thanked staff. Helga Moor said: \"Staff have worked so hard.\"",
     "Helga Moor", "chief executive"),
    # titles of the ward and the floor, before and after the name
    (TRUST + "The Rev Tobin Ashe, the hospital chaplain, said the rating was welcome.", "Tobin Ashe", "hospital chaplain"),
    (HOME + "Senior care worker Aida Nkemelu said: \"We are a family here.\"", "Aida Nkemelu", "senior care worker"),
    (HOME + "\"We are a family here,\" said Aida Nkemelu, activities coordinator at the home.", "Aida Nkemelu", "activities coordinator"),
    (TRUST + "Consultant psychiatrist Dr Omar Haddad said staff had worked hard.", "Omar Haddad", "consultant psychiatrist"),
    (HOME + "The registered manager was overjoyed. Petra Lindqvist said: \"It is the best news.\"",
     "Petra Lindqvist", "registered manager"),
    (HOME + "The team never stopped improving, according to deputy manager Ottilie Brack.", "Ottilie Brack", "deputy manager"),
    (TRUST_NO_CQC + "Dr Caspar Mayne, deputy chief inspector of hospitals, said the trust had turned a corner.",
     "Caspar Mayne", "deputy chief inspector of hospitals"),
    (COUNCIL_HOME + "Cllr Bea Hartigan, portfolio holder for adult social care at Westerdale County Council, said more staff were coming.",
     "Bea Hartigan", "portfolio holder for adult social care"),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,person,role", ROLE_ROWS)
def test_battery_people3_role(request, fixture, text, person, role):
    doc = request.getfixturevalue(fixture)(text)
    people = {normalise(p["name"]): p for p in doc._.cqc_people}
    assert normalise(person) in people, sorted(people)
    got = people[normalise(person)]["role"] or ""
    assert _dice(got, role) >= 0.5, (got, role)
