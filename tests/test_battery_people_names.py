"""Paraphrase battery: WHO is a named person (issue 14, the fast profile's people recall).

Each row: text -> the set of people's names the article yields (compared as a
set, so a near-miss row expects the empty set). Invented names and new wording
(nothing from any corpus); the rows vary the grammar that makes a capitalised
run a person, systematically:
- the name's position: before its title, after it, after a speech verb
  ("said" / "says" / "added" / "according to"), in apposition, with a title that
  has its own complement ("director of adult social care X") or an organisation
  before it (an acronym, a possessive, a capitalised name);
- titles and letters: Dr / Professor / Cllr / Dame / Sir before, MBE / RGN after,
  an initial, hyphenated and apostrophe surnames, Mc / Mac / O', letters beyond
  ASCII ("Zoë", "Siân"), a middle initial, a title after a dash;
- a photo mark after the name ("(pic)", "(pictured)");
- a surname-only second mention ("says Tobin, the owner", "Mrs Tobin said")
  that makes a bare first mention a person; two people joined by "and";
- a person described by age or kinship ("X, 81,", "X, whose son ...", "her
  successor, X");
- near-misses that give NO person: capitalised service names, streets, a
  ward or a home named after someone, "Dear Sir", a share prompt ("Follow X on
  Twitter"), a byline and a photo credit (SPEC §2: page chrome).
Rows run with the fast profile (no statistical ner: the grammar alone) and the
accurate one.
"""

from __future__ import annotations

import pytest

PROFILES = ["nlp_fast", "nlp"]

ROWS = {
    "name then title": [
        ("Elsworth Lodge was rated good.\n\nTamsin Greave, the home's registered manager, said staff were delighted.",
         {"Tamsin Greave"}),
        ("Elsworth Lodge was rated good.\n\nTamsin Greave, registered manager at Elsworth Lodge, said: \"We are delighted.\"",
         {"Tamsin Greave"}),
        ("Harnby Hospitals NHS Trust was rated good.\n\nOlwen Pritchard, Chief Executive at Harnby Hospitals NHS Trust, said: \"We are proud.\"",
         {"Olwen Pritchard"}),
        ("The Care Quality Commission (CQC) inspected the practice.\n\nFor more details contact Rufus Kettle, CQC Regional Engagement Manager, on 01234 567890.",
         {"Rufus Kettle"}),
        ("Harnby Hospitals NHS Trust was rated good.\n\nDaniel Ashcombe, medical director, added that the work was not finished.",
         {"Daniel Ashcombe"}),
    ],
    "title then name": [
        ("Harnby Hospitals NHS Trust was rated good.\n\nChief nurse Priya Vellacott said the rating reflected months of work.",
         {"Priya Vellacott"}),
        ("Harnby Hospitals NHS Trust was rated good.\n\nThe trust's director of nursing, Gwen Alder, said she was proud.",
         {"Gwen Alder"}),
        ("The CQC's new head of hospital inspection, Marcus Thorley, said the trust had made progress.",
         {"Marcus Thorley"}),
        ("The CQC's deputy director of community mental health services, Hazel Brindley (pic), said she was pleased.",
         {"Hazel Brindley"}),
        ("The regulator's chief inspector of primary care, Ronan Beattie (pictured), said the practice had improved.",
         {"Ronan Beattie"}),
        ("This was something interim deputy chief inspector of Adult Social Care Nadia Okoro was keen to praise.",
         {"Nadia Okoro"}),
        ("The council's outgoing Director of Children and Family Services, Imelda Garside, was thanked for her work.",
         {"Imelda Garside"}),
        ("The practice, according to the CQC's chief inspector of GPs, Alistair Penrose, is a model for others.",
         {"Alistair Penrose"}),
    ],
    "after a speech verb": [
        ("\"The care here is safe,\" said CQC deputy chief inspector for adult social care Rosalind Ebbs.",
         {"Rosalind Ebbs"}),
        ("\"We are thrilled,\" said HCT Chief Executive Lorna Fairweather.",
         {"Lorna Fairweather"}),
        ("\"We are thrilled,\" says Harnby Care managing director Colm Devlin.",
         {"Colm Devlin"}),
        ("\"It has been a long road,\" added chief operating officer Bethan Lusk.",
         {"Bethan Lusk"}),
        ("Elsworth Lodge was rated good. \"The team has worked so hard,\" says Ingrid Solberg.",
         {"Ingrid Solberg"}),
        ("Elsworth Lodge was rated good, according to Hamish Clegg, who chairs the residents' group.",
         {"Hamish Clegg"}),
        ("\"Patients come first,\" said the hospital's clinical lead for surgery, Femi Adeyemi.",
         {"Femi Adeyemi"}),
    ],
    "titles and letters": [
        ("Harnby Hospitals NHS Trust was rated good.\n\nDr Wilhelmina Stroud said the rating was deserved.", {"Wilhelmina Stroud"}),
        ("Professor Idris Mallory, the trust's medical director, welcomed the report.", {"Idris Mallory"}),
        ("Cllr Janine Whitlock, cabinet member for adult care, said the council would help.", {"Janine Whitlock"}),
        ("Dame Cressida Hollins, chair of the trust, said the board was united.", {"Cressida Hollins"}),
        ("Sir Benedict Aylward said he would step down as chair next year.", {"Benedict Aylward"}),
        ("Elsworth Lodge was rated good.\n\nManager Josephine Arkwright MBE said: \"We are delighted.\"", {"Josephine Arkwright"}),
        ("Elsworth Lodge was rated good.\n\nDeputy manager Lionel Petch RGN said the staff were proud.", {"Lionel Petch"}),
        ("Kettleby Surgery was rated inadequate.\n\nDr K Balasubramanian said the practice would appeal.", {"K Balasubramanian"}),
    ],
    "surname shapes": [
        ("Elsworth Lodge was rated good.\n\nHome manager Anna-Maria Scholes-Whitby said the news was wonderful.",
         {"Anna-Maria Scholes-Whitby"}),
        ("Elsworth Lodge was rated good.\n\nRegistered manager Declan O'Halloran said: \"We are proud.\"", {"Declan O'Halloran"}),
        ("Elsworth Lodge was rated good.\n\nFergus McTavish, the home's owner, said the team deserved it.", {"Fergus McTavish"}),
        ("Elsworth Lodge was rated good.\n\nThe owner, Isla MacLennan, said: \"It is a proud day.\"", {"Isla MacLennan"}),
    ],
    "letters beyond ASCII, a middle initial": [
        ("Elsworth Lodge was rated good. Zoë Hartmann, the registered manager, said: \"We are proud.\"", {"Zoë Hartmann"}),
        ("Elsworth Lodge was rated good. Registered manager Siân Llewelyn said the staff were proud.", {"Siân Llewelyn"}),
        ("Elsworth Lodge was rated good. José Álvarez, the home's owner, said: \"We are proud.\"", {"José Álvarez"}),
        ("Elsworth Lodge was rated good. Marta E. Kowalczyk, the registered manager, said the staff were proud.",
         {"Marta E. Kowalczyk"}),
    ],
    "a title after a dash": [
        ("Elsworth Lodge was rated good.\n\nQuentin Harrow – Registered Manager", {"Quentin Harrow"}),
        ("Elsworth Lodge was rated good. Quentin Harrow - registered manager at the home - said staff were proud.",
         {"Quentin Harrow"}),
    ],
    "surname-only second mention": [
        ("Rosalind Tobin took over Elsworth Lodge in 2019.\n\n\"We started again from nothing,\" says Tobin, the owner.",
         {"Rosalind Tobin"}),
        ("Neighbours praised Gregor Hayward for reopening the home.\n\nMr Hayward said: \"It was worth every hour.\"",
         {"Gregor Hayward"}),
        ("The inspection came a year after Winifred Oakes bought the business.\n\nMrs Oakes said the report was fair.",
         {"Winifred Oakes"}),
        ("Harnby West MP Tobias Kendrick visited the ward on Friday.\n\nMr Kendrick said the staff were heroes.",
         {"Tobias Kendrick"}),
        ("The home was bought by Elspeth Rainey in 2015.\n\n\"We never gave up,\" Rainey said.", {"Elspeth Rainey"}),
    ],
    "two people joined by and": [
        ("\"It broke our hearts,\" is how Marjorie Pell and Yusuf Karim remember the day the home was rated inadequate. "
         "\"We took it personally,\" says Pell, the company director. \"We learnt from it,\" says Karim, the registered manager.",
         {"Marjorie Pell", "Yusuf Karim"}),
        ("Elsworth Lodge was rated good.\n\nOwners Harriet Cole and Desmond Frith said they were delighted.",
         {"Harriet Cole", "Desmond Frith"}),
        ("Elsworth Lodge was rated good.\n\nDirectors Harriet Cole and Desmond Frith said: \"We are delighted.\"",
         {"Harriet Cole", "Desmond Frith"}),
    ],
    "age and kinship": [
        ("Elsworth Lodge was fined.\n\nAlbert Nuttall, 84, who had dementia, fell from his bed and died in 2021.", {"Albert Nuttall"}),
        ("Elsworth Lodge was fined.\n\nGillian Roper, daughter of a resident at the home, said her mother was neglected.",
         {"Gillian Roper"}),
        ("Elsworth Lodge was fined after a resident, Walter Brennan, was left without food.", {"Walter Brennan"}),
        ("The council thanked its retiring director. His successor, Leonie Brandt, starts in May.", {"Leonie Brandt"}),
        ("Elsworth Lodge was fined.\n\nNigel Ashworth, whose father lived at the home, said the fine was too small.", {"Nigel Ashworth"}),
    ],
    "near-misses: no person": [
        ("Harnby Hospitals NHS Trust was rated good.\n\nCommunity Mental Health Services said the changes were welcome.", set()),
        ("The new clinic opens on Market Street next month, the trust said.", set()),
        ("Elsworth Lodge was rated good.\n\nStaff on Florence Ward said they were proud of the result.", set()),
        ("Inspectors visited Grace House, a care home in Harnby, in March.", set()),
        ("Dear Sir,\n\nI write about the report on Elsworth Lodge.", set()),
        ("Elsworth Lodge was rated good.\n\nFollow Jasmine Tull on Twitter\n\nShare this article", set()),
        ("By Jasmine Tull\n\nElsworth Lodge was rated good by inspectors.", set()),
        ("Jasmine Tull – Health Reporter\n\nElsworth Lodge was rated good by inspectors.", set()),
        ("Elsworth Lodge was rated good.\n\nPhotograph: Jasmine Tull/Harnby News", set()),
        ("\"We are pleased,\" said Harnby Hospitals NHS Trust.", set()),
        ("Elsworth Lodge was rated good, said Adult Social Care Services.", set()),
        ("Inspectors rated the Urgent Treatment Centre as good.\n\nChief Executive Officer said the team deserved it.", set()),
        ("Patients at Harnby Hospital and Kettleby Surgery said the service had improved.", set()),
        ("Speaking to the Harnby Echo, Priscilla Vance said the home had changed.", {"Priscilla Vance"}),
        ("Elsworth Lodge was rated good. Priscilla Vance told the Harnby Echo the staff were proud.", {"Priscilla Vance"}),
    ],
}

CASES = [(fam, text, names) for fam, rows in ROWS.items() for text, names in rows]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("family,text,names", CASES, ids=[f"{f}-{i}" for i, (f, _, _) in enumerate(CASES)])
def test_battery_people_names(request, fixture, family, text, names):
    doc = request.getfixturevalue(fixture)(text)
    assert {p["name"] for p in doc._.cqc_people} == names, family
