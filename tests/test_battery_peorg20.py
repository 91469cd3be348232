"""Battery 20 (h-peorg20): which organisation a person speaks for (people.organisation).

- A hospital care group named only by its specialties ("Women's and Children's Care Group", "the
  Surgery and Cancer Care Group"), as a heading above a quotation or after "director of", is a part of
  the trust (like "Surgery Division"): no body of its own; the people below speak for the trust.
  Near-misses: a company care group ("Hollin Care Group") keeps its name.
- "a spokesperson for the regulator", "the watchdog's head of inspection": the regulator the article names.
- "X, Director of Operations, added" after a sentence the trust opens: the trust's ("of operations" is a
  regulator cue that a provider's title shares: regulator_role_cues_shared).
- A home's title ("General manager X said") on its provider's own page (a care group's masthead): the home
  the page names most, not the provider (an NHS trust's page keeps its matron).
- "Former Selcombe County Council leader X" opening a sentence: "Former" is no part of the council's name.
- Bodies named in the title or sign-off, regulator and council speakers with regional titles, titles
  before the name with the body after: these already pass and stay as guards.
Names and wording are invented; nothing from any corpus. Both profiles.
"""

import pytest

from conftest import family_cases


def _orgs(nlp, text):
    return {(p["name"], p["organisation"]) for p in nlp(text)._.cqc_record["people"]}


T = "Pellow Vale Hospitals NHS Foundation Trust"

FAMILIES = {
    "care_group_heading": [
        (f"{T} has been rated good by the CQC.\n\nWomen's and Children's Care Group\n\n"
         'Tilly Argent, head of midwifery, said: "The maternity team has earned this."',
         {("Tilly Argent", T)}),
        (f"{T} has been rated good by the CQC.\n\nSurgery and Cancer Care Group\n"
         'Dr Omar Haddad, clinical director, said: "Our theatres have improved."',
         {("Omar Haddad", T)}),
        (f'{T} has been rated good by the CQC. Kit Fennel, director of the Medicine Care Group, said: '
         '"We are proud of the wards."',
         {("Kit Fennel", T)}),
        # near-miss: a division heading already read as part of the trust
        (f"{T} has been rated good by the CQC.\n\nClinical Support Services Division\n"
         '"A real team effort," said Wyn Astley, divisional manager.',
         {("Wyn Astley", T)}),
        # near-miss: a company named "... Care Group" stays a body
        ('Ashdown Lodge, run by Hollin Care Group, was rated inadequate. Hollin Care Group managing director '
         'Bea Tarrant said: "We are disappointed."',
         {("Bea Tarrant", "Hollin Care Group")}),
    ],
    "body_in_title_or_signoff": [
        ('Quenby Hospice has been rated outstanding by the CQC. "We are delighted," said Rona Vail, '
         f"Director of Nursing, {T}.",
         {("Rona Vail", T)}),
        ("The Care Quality Commission has rated Quenby Hospice outstanding.\n\nIvo Grant\nChief Executive\n"
         'Quenby Hospice\n\n"Our patients deserve nothing less."',
         {("Ivo Grant", "Quenby Hospice")}),
        (f'{T} and Cardle Community NHS Trust were both visited. "We will act," said Lise Moor, chief nurse '
         "for Cardle Community NHS Trust.",
         {("Lise Moor", "Cardle Community NHS Trust")}),
    ],
    "regulator_and_council_speakers": [
        ('Stenby Hospital was rated inadequate by the Care Quality Commission. Hal Wickens, CQC\'s head of '
         'hospital inspection for the North, said: "Patients deserve better."',
         {("Hal Wickens", "Care Quality Commission")}),
        ('The CQC rated Burrow House inadequate. Ada Lintott, deputy director of adult social care at the CQC, '
         'said: "We found serious failings."',
         {("Ada Lintott", "CQC")}),
        ('Burrow House, owned by Selcombe County Council, was rated inadequate. Cllr Jem Pask, the council\'s '
         'cabinet member for adult social care, said: "We are acting."',
         {("Jem Pask", "Selcombe County Council")}),
    ],
    "regulator_by_reference": [
        ('Stenby Hospital was rated good by the CQC. Cy Rowe, a spokesperson for the regulator, said: '
         '"We saw progress."',
         {("Cy Rowe", "CQC")}),
        ('Stenby Hospital was rated inadequate by the Care Quality Commission. Nell Opie, the watchdog\'s '
         'head of inspection, said: "Patients were let down."',
         {("Nell Opie", "Care Quality Commission")}),
        # near-miss: a spokesman for the trust stays with the trust
        (f'Stenby Hospital, run by {T}, was rated good by the CQC. A spokesman for the trust, Cy Rowe, said: '
         '"We saw progress."',
         {("Cy Rowe", T)}),
    ],
    "shared_regulator_cue": [
        # "Director of Operations": a provider's title too; after a sentence the trust opens, the trust's
        (f"The CQC rated the control room at {T} good.\n{T}'s overall rating of good is unchanged.\n"
         'Chief Executive Oona Pyle said: "Our call handlers are superb."\n'
         'Reg Tandy, Director of Operations, added that transport still had "work to do".',
         {("Oona Pyle", T), ("Reg Tandy", T)}),
        # near-miss: the regulator's director of operations stays the regulator's
        (f"The CQC rated {T} good. Reg Tandy, CQC's director of operations in the South, said: \"Well done.\"",
         {("Reg Tandy", "CQC")}),
    ],
    "home_title_on_provider_page": [
        ("Fernlow Care Group\nHomes  About  News  Contact\n\nAspen Lodge keeps its good rating\n\n"
         "Aspen Lodge in Tilby has been rated good overall by the Care Quality Commission.\n\n"
         'General manager Jan Vork said: "The team has worked hard for this."',
         {("Jan Vork", "Aspen Lodge")}),
        # near-miss: an NHS trust's own page: its matron speaks for the trust
        ("Quillon Community Healthcare NHS Trust\nNews\n\nBirchfield Centre rated good\n\n"
         "The Birchfield Centre, run by Quillon Community Healthcare NHS Trust, has been rated good by the CQC.\n\n"
         'Matron Suri Dalton said: "Our patients deserve this."',
         {("Suri Dalton", "Quillon Community Healthcare NHS Trust")}),
    ],
    "title_before_name": [
        ('Burrow House was rated inadequate by the CQC. Former Selcombe County Council leader Ida Brough said: '
         '"A disgrace."',
         {("Ida Brough", "Selcombe County Council")}),

        ('Burrow House was rated good by the CQC. Selcombe County Council leader Cllr Rhodri Vane said: '
         '"A credit to the staff."',
         {("Rhodri Vane", "Selcombe County Council")}),
        ('Stenby Hospital was rated inadequate by the CQC. Unison regional organiser Dot Harker said: '
         '"Staff raised this for years."',
         {("Dot Harker", "Unison")}),
        ('Burrow House was rated inadequate by the CQC. Healthwatch Selcombe chair Mo Quill said: '
         '"Families must be heard."',
         {("Mo Quill", "Healthwatch Selcombe")}),
        # near-miss: an MP speaks for no body named here
        ('Stenby Hospital was rated inadequate. Local MP Ros Dell said: "This is worrying."',
         {("Ros Dell", None)}),
    ],
}


@pytest.mark.parametrize("family, text, expected", family_cases(FAMILIES))
def test_peorg20_battery(pipeline, family, text, expected):
    """Both profiles (conftest's `pipeline`)."""
    assert _orgs(pipeline, text) == expected
