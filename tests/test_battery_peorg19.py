"""Probe battery: which organisation a person speaks for, in everyday news phrasing (session 19, h-peorg19).

Families (docs/accuracy.md, "Session 19 (h-peorg19)"):
- P-common: the commonest attributions, which already hold ("X, the home's manager, said", '"...," said X,
  the trust's chief nurse', "X's chief executive Y", "CQC deputy chief inspector Y", a bare title after one
  provider is named, the home and its provider in one story): guards;
- P-from: "X, from the home, said" (commas round the phrase), as "X from the council said" already;
- P-boss: "care home boss X" (headlines) with one home named and no provider: the home, as for an
  executive title ("chief executive X") when no provider is named;
- P-named: a title, then "of/at/for" and a body's proper name that the organisation finder missed because a
  word of it is also a title or specialty word ("chair of the Independent Care Group", "a GP at Tolcombe
  Medical Centre"): the named body, not the story's home, is spoken for;
Near-misses (organisation null): an MP, a relative, a resident, a coroner whose office is unnamed.
SPEC §2: `organisation` is the name of the organisation the person speaks for, or null.
Names and wording are invented; nothing is copied from any corpus.

Rows: (text, person, role, organisation) as test_battery_people18.py (`role` None: not checked;
`organisation` None: the person's organisation must be null).
"""

from __future__ import annotations

import pytest

from conftest import assert_person_organisation, assert_person_role, family_cases

PROFILES = ["nlp", "nlp_fast"]

HOME = "Fernleigh Grange in Oakhurst has been rated inadequate by the Care Quality Commission.\n\n"
TRUST = "Pellbury Hospitals NHS Foundation Trust has been rated requires improvement by the Care Quality Commission.\n\n"
RUN = ("Fernleigh Grange in Oakhurst, run by Harnwood Care Ltd, has been rated inadequate by the Care Quality "
       "Commission.\n\n")
PRACTICE = "Tolcombe Medical Centre has been rated good by the Care Quality Commission.\n\n"

FAMILIES = {
    "P-common: the everyday attributions (guards)": [
        (HOME + "Ines Varga, the home's manager, said: \"We are disappointed.\"", "Ines Varga", "manager",
         "Fernleigh Grange"),
        (TRUST + "\"We accept the findings,\" said Ines Varga, the trust's chief nurse.", "Ines Varga", "chief nurse",
         "Pellbury Hospitals NHS Foundation Trust"),
        (TRUST + "Chief executive Ines Varga said: \"We accept the findings.\"", "Ines Varga", "chief executive",
         "Pellbury Hospitals NHS Foundation Trust"),
        (TRUST + "CQC deputy chief inspector Ines Varga said: \"Staff were caring.\" The trust's chief executive, "
         "Rufus Ambler, said: \"We accept it.\"", "Rufus Ambler", "chief executive",
         "Pellbury Hospitals NHS Foundation Trust"),
        (TRUST + "Ines Varga, the CQC's head of hospital inspection, said: \"Staff were caring.\"", "Ines Varga",
         "head of hospital inspection", "Care Quality Commission"),
        (RUN + "Ines Varga, the home's manager, said: \"We are sorry.\" Rufus Ambler, managing director of Harnwood "
         "Care Ltd, said: \"We will act.\"", "Rufus Ambler", "managing director", "Harnwood Care Ltd"),
        (RUN + "Ines Varga, the provider's operations director, said: \"We will act.\"", "Ines Varga",
         "operations director", "Harnwood Care Ltd"),
        (HOME + "Cllr Ines Varga, Oakhurst Borough Council's cabinet member for adult social care, said: \"This is "
         "unacceptable.\"", "Ines Varga", None, "Oakhurst Borough Council"),
        (HOME + "A spokesperson for Healthwatch Oakhurst, Ines Varga, said: \"People deserve better.\"", "Ines Varga",
         None, "Healthwatch Oakhurst"),
        (TRUST + "Ines Varga, of the Royal College of Nursing, said nurses were stretched.", "Ines Varga", None,
         "Royal College of Nursing"),
    ],
    "P-named: a body's name after the title, with a title word in it": [
        (HOME + "Ines Varga, chair of the Independent Care Group, said homes needed more funding.", "Ines Varga",
         "chair", "Independent Care Group"),
        (HOME + "Ines Varga, chief executive of the Oakhurst Care Association, said homes needed more funding.",
         "Ines Varga", "chief executive", "Oakhurst Care Association"),
        (HOME + "Dr Ines Varga, a GP at Tolcombe Medical Centre, said the home had improved.", "Ines Varga", "gp",
         "Tolcombe Medical Centre"),
        (HOME + "Ines Varga, director of the Oakhurst Nursing Partnership, said the home had improved.", "Ines Varga",
         "director", "Oakhurst Nursing Partnership"),
        # near-misses: a specialty after the title is no body
        (TRUST + "Ines Varga, director of Nursing and Quality, said: \"We accept the findings.\"", "Ines Varga",
         "director of nursing and quality", "Pellbury Hospitals NHS Foundation Trust"),
        (PRACTICE + "Dr Ines Varga, senior partner at the practice, said: \"We are delighted.\"", "Ines Varga",
         "senior partner", "Tolcombe Medical Centre"),
    ],
    "P-from: 'X, from the home, said': a reference after 'from' between commas": [
        (HOME + "Ines Varga, from the home, said staff were upset.", "Ines Varga", None, "Fernleigh Grange"),
        (TRUST + "Ines Varga, from the trust, said: \"We are sorry.\"", "Ines Varga", None,
         "Pellbury Hospitals NHS Foundation Trust"),
        # near-misses: the reference owns what follows; a place after "from"
        (HOME + "Ines Varga, from the home's residents' committee, said the food was good.", "Ines Varga", None, None),
        (HOME + "Ines Varga, from Oakhurst, said her mother had been neglected.", "Ines Varga", None, None),
    ],
    "P-boss: a headline's 'care home boss X' with one home named and no provider": [
        (HOME + "Care home boss Ines Varga said she was devastated by the report.", "Ines Varga", None, "Fernleigh Grange"),
        (HOME + "Home boss Ines Varga said she was devastated by the report.", "Ines Varga", None, "Fernleigh Grange"),
        # near-misses: the boss of a named body, the regulator's boss
        (HOME + "Ines Varga, the boss of Oakhurst Care Watch, said standards must rise.", "Ines Varga", None,
         "Oakhurst Care Watch"),
        (HOME + "CQC boss Ines Varga said standards must rise.", "Ines Varga", None, "Care Quality Commission"),
    ],
    "near-misses: nobody spoken for": [
        (HOME + "Oakhurst MP Ines Varga said she was shocked.", "Ines Varga", None, None),
        (HOME + "Ines Varga, whose mother lived at the home, said: \"It was awful.\"", "Ines Varga", None, None),
        (HOME + "Resident Ines Varga said the staff were kind.", "Ines Varga", None, None),
        (HOME + "Ines Varga, the coroner, said the home had failed.", "Ines Varga", None, None),
    ],
}

@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("family,text,person,role,org", family_cases(FAMILIES))
def test_battery_peorg19(request, fixture, family, text, person, role, org):
    doc = request.getfixturevalue(fixture)(text)
    assert_person_organisation(doc, person, org)
    assert_person_role(doc, person, role)
