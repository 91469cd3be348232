"""Paraphrase battery: the organisation a person speaks for (people.organisation).

Every text is invented for this battery (no corpus text, invented names). The
rows vary how the text ties a person to an organisation (appositive, possessive,
"who runs", "from", "of ... ,", a spokesperson, the title in the sentence
before, "its", a quote attributed after it, an acronym, a heading, regional CQC
titles) and hold near-misses whose organisation the text does not state (null),
or who speak about an organisation that is not their own.

Rows: (text, person, organisation): the organisation is compared, after the
scorer's normalisation, with the person's organisation's name or any of its
aliases; None means the person's organisation must be null.
SPEC §2: `organisation` is the name of the organisation they speak for.
"""

from __future__ import annotations

import pytest

from cqc_extract.scoring import normalise
from conftest import assert_person_organisation

PROFILES = ["nlp", "nlp_fast"]

RATED = "Thornbury Grange care home in Lessington has been rated good by the Care Quality Commission.\n\n"
TRUST = "Hallam Vale NHS Foundation Trust has been rated requires improvement by the Care Quality Commission (CQC).\n\n"

ROWS = [
    # -- appositives after the name, with of / at / for / with ---------------------
    (TRUST + "Priya Lund, chief executive of Hallam Vale NHS Foundation Trust, said staff had worked hard.",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    (TRUST + "\"We have listened,\" said Owen Tabor, director of nursing at Hallam Vale NHS Foundation Trust.",
     "Owen Tabor", "Hallam Vale NHS Foundation Trust"),
    (TRUST + "Owen Tabor, the trust's director of nursing, said: \"We have listened.\"",
     "Owen Tabor", "Hallam Vale NHS Foundation Trust"),
    (TRUST + "\"We are pleased,\" said the trust's medical director, Dr Ines Farrow.",
     "Ines Farrow", "Hallam Vale NHS Foundation Trust"),
    # -- the organisation as a possessive before the title ---------------------------
    (TRUST + "Hallam Vale's chief executive, Priya Lund, said the report was fair.",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    ("Corbridge Homes, which runs six services, was told to improve. Corbridge Homes' managing director, Alan Pyne, said it would appeal.",
     "Alan Pyne", "Corbridge Homes"),
    # -- "who runs / owns / manages" ---------------------------------------------------
    (RATED + "Marta Quill, who runs Thornbury Grange, said the team was delighted.",
     "Marta Quill", "Thornbury Grange"),
    (RATED + "Marta Quill, who has managed the home since 2019, said the team was delighted.",
     "Marta Quill", "Thornbury Grange"),
    # -- "X from Y", "X of Y," --------------------------------------------------------
    (RATED + "Kieran Moss from Lessington Borough Council said support would continue.",
     "Kieran Moss", "Lessington Borough Council"),
    (RATED + "Kieran Moss, of Lessington Borough Council, said support would continue.",
     "Kieran Moss", "Lessington Borough Council"),
    # -- spokespeople ------------------------------------------------------------------
    (RATED + "A spokesperson for Brightwell Care, Nadia Orme, said the provider accepted the findings.",
     "Nadia Orme", "Brightwell Care"),
    (RATED + "Nadia Orme, a spokeswoman for Brightwell Care, said the provider accepted the findings.",
     "Nadia Orme", "Brightwell Care"),
    # -- the rated home as "the home" --------------------------------------------------
    (RATED + "Janet Cole, registered manager at the home, said residents had helped.",
     "Janet Cole", "Thornbury Grange"),
    (RATED + "The home's registered manager, Janet Cole, said residents had helped.",
     "Janet Cole", "Thornbury Grange"),
    (RATED + "\"Residents helped us,\" said Janet Cole, the home's manager.",
     "Janet Cole", "Thornbury Grange"),
    (RATED + "Home manager Janet Cole said residents had helped.",
     "Janet Cole", "Thornbury Grange"),
    # -- the title in the sentence before ------------------------------------------------
    (TRUST + "The trust's medical director apologised to patients. \"We are sorry,\" said Dr Ines Farrow.",
     "Ines Farrow", "Hallam Vale NHS Foundation Trust"),
    # -- the CQC -------------------------------------------------------------------------
    (TRUST + "Gareth Lowe, CQC's head of hospital inspection, said the trust had improved.",
     "Gareth Lowe", "Care Quality Commission"),
    (TRUST + "Gareth Lowe, deputy director of operations in the north at the CQC, said the trust had improved.",
     "Gareth Lowe", "Care Quality Commission"),
    (TRUST + "CQC's deputy chief inspector of hospitals, Gareth Lowe, said the trust had improved.",
     "Gareth Lowe", "Care Quality Commission"),
    (TRUST + "\"The trust has improved,\" said Gareth Lowe, deputy director of operations in the South West.",
     "Gareth Lowe", "Care Quality Commission"),
    (TRUST + "Gareth Lowe, the regulator's head of inspection for the north, said the trust had improved.",
     "Gareth Lowe", "Care Quality Commission"),
    (RATED + "Rachel Ebbs, CQC head of adult social care inspection, said the home deserved credit.",
     "Rachel Ebbs", "Care Quality Commission"),
    (RATED + "Inspector Rachel Ebbs said the home deserved credit.",
     "Rachel Ebbs", "Care Quality Commission"),
    # -- "its" ------------------------------------------------------------------------------
    ("Ferncroft Healthcare, which runs the hospital, said it accepted the rating. Its chief nurse, Sally Dunn, said changes were under way.",
     "Sally Dunn", "Ferncroft Healthcare"),
    ("Ferncroft Healthcare said it accepted the rating. Sally Dunn, its chief nurse, said changes were under way.",
     "Sally Dunn", "Ferncroft Healthcare"),
    # -- quotes attributed after the quote --------------------------------------------------
    (TRUST + "\"We accept every finding and we are acting on them,\" said Leon Archer, chair of Hallam Vale NHS Foundation Trust.",
     "Leon Archer", "Hallam Vale NHS Foundation Trust"),
    (TRUST + "\"We accept every finding,\" Leon Archer, the trust's chair, said.",
     "Leon Archer", "Hallam Vale NHS Foundation Trust"),
    # -- an acronym -------------------------------------------------------------------------
    ("Hallam Vale NHS Foundation Trust (HVFT) has been rated good.\n\nPriya Lund, HVFT chief executive, said it was a proud day.",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    ("Hallam Vale NHS Foundation Trust (HVFT) has been rated good.\n\n\"It is a proud day,\" said HVFT chief executive Priya Lund.",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    ("Hallam Vale NHS Foundation Trust (HVFT) has been rated good.\n\nPriya Lund, chief executive at HVFT, said it was a proud day.",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    # -- named in a heading only -----------------------------------------------------------
    ("Whitmoor Hospital rated good\n\nThe hospital has improved since its last inspection. The hospital's director, Tom Redd, said staff deserved the praise.",
     "Tom Redd", "Whitmoor Hospital"),
    # -- councils, MPs and unions --------------------------------------------------------------
    (RATED + "Councillor Ruth Ambler, cabinet member for adult social care at Lessington Borough Council, welcomed the report.",
     "Ruth Ambler", "Lessington Borough Council"),
    (RATED + "Ben Ossett, regional organiser for the union Unison, said staff were stretched.",
     "Ben Ossett", "Unison"),
    # -- a person quoted about another organisation ------------------------------------------
    (TRUST + "Priya Lund, chief executive of Northwold Hospitals NHS Trust, which supports Hallam Vale, said the two trusts would work together.",
     "Priya Lund", "Northwold Hospitals NHS Trust"),
    (TRUST + "Gareth Lowe, CQC's head of hospital inspection, said Hallam Vale NHS Foundation Trust had improved.",
     "Gareth Lowe", "Care Quality Commission"),
    # -- a title "for / of" an organisation the finder does not know as one ----------------
    (TRUST + "Ned Pask, regional organiser for Medunite, said staff were exhausted.",
     "Ned Pask", "Medunite"),
    (TRUST + "Ned Pask, branch secretary of Medunite at the trust, said staff were exhausted.",
     "Ned Pask", "Medunite"),
    (TRUST + "\"Staff are exhausted,\" said Ned Pask, regional officer for Medunite.",
     "Ned Pask", "Medunite"),
    (TRUST + "Ned Pask, an adviser at the charity Kinfolk Voice, said families should ask questions.",
     "Ned Pask", "Kinfolk Voice"),
    # -- a short form of an organisation's name after the title --------------------------
    ("Fenmoor and Ouseby Hospitals NHS Trust has been rated good.\n\nDr Lara Venn, medical director at Fenmoor and Ouseby, said the trust was pleased.",
     "Lara Venn", "Fenmoor and Ouseby Hospitals NHS Trust"),
    # -- the organisation before the title, inside the appositive --------------------------
    (RATED + "Councillor Gail Rudd, Lessington Borough Council's executive member for adult services, said the council would help.",
     "Gail Rudd", "Lessington Borough Council"),
    # -- the provider named in the paragraph before a bare title ---------------------------
    ("Hartwell Living runs three homes in the town. Oakmere Care Group runs two more, and Oakmere Care Group has said it will sell them.\n\n"
     "Hartwell Living plans a £2m refurbishment of its homes.\n\nChief executive Mina Osei said: \"These are good homes.\"",
     "Mina Osei", "Hartwell Living"),
    # -- one page, several homes: the manager of the home in that section -------------------
    ("Three Dunstow care homes have been inspected by the Care Quality Commission.\n\nBRIAR LODGE\n\nBriar Lodge, a 30-bed home, was rated good. "
     "Briar Lodge staff were praised.\n\nROWAN COURT\n\nRowan Court was rated outstanding.\n\nRegistered manager Lucy Hart said: \"We are delighted.\"",
     "Lucy Hart", "Rowan Court"),
    # -- a hospice or a practice that is its own provider ------------------------------------
    ("Larkrise Hospice in Dunstow has been rated outstanding by the Care Quality Commission.\n\nChief executive Paul Kemble said: \"Everyone at Larkrise goes the extra mile.\"",
     "Paul Kemble", "Larkrise Hospice"),
    ("Mossgate Surgery in Dunstow has been rated good by the Care Quality Commission.\n\nDr Anil Rao, one of the surgery's three partners, said: \"We rebuilt our systems.\"",
     "Anil Rao", "Mossgate Surgery"),
    # -- courts and prosecutions ------------------------------------------------------------
    # (a judge speaks for no organisation, as the real pages' gold has it)
    ("Fellgate Care Ltd was fined £20,000 at Dunstow Magistrates' Court after a prosecution by the Care Quality Commission.\n\n"
     "District Judge Ian Croft said the failings were serious.",
     "Ian Croft", None),
    ("Fellgate Care Ltd was fined at Dunstow Magistrates' Court after a prosecution by the Care Quality Commission.\n\n"
     "Prosecuting for the CQC, barrister Anna Pole said the risks had been known.",
     "Anna Pole", "Care Quality Commission"),
    # -- real-page forms: capitalised titles, the organisation after the title's comma -------
    (TRUST + "Priya Lund, Chief Executive, Hallam Vale NHS Foundation Trust, said: \"We accept the findings.\"",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    (TRUST + "\"We accept the findings.\"\n\n- Priya Lund, Chief Executive, Hallam Vale NHS Foundation Trust",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    (RATED + "Olga Brisk, the nominated individual for Cedarway Care Ltd, said the company had acted.",
     "Olga Brisk", "Cedarway Care Ltd"),
    (RATED + "Olga Brisk, director of Cedarway Care Ltd, which runs the home, said the company had acted.",
     "Olga Brisk", "Cedarway Care Ltd"),
    (TRUST + "Speaking about the report, Hallam Vale's Chief Nurse, Owen Tabor, said wards had more staff.",
     "Owen Tabor", "Hallam Vale NHS Foundation Trust"),
    (RATED + "Janet Cole, Registered Manager, said: \"Residents helped us.\"",
     "Janet Cole", "Thornbury Grange"),
    (TRUST + "Gareth Lowe, CQC Head of Hospital Inspection for the North, said the trust had improved.",
     "Gareth Lowe", "Care Quality Commission"),
    (TRUST + "Gareth Lowe, Head of Hospital Inspection (North) at the Care Quality Commission, said the trust had improved.",
     "Gareth Lowe", "Care Quality Commission"),
    (TRUST + "Healthwatch Lessington manager Dina Marr said patients had raised the same concerns.",
     "Dina Marr", "Healthwatch Lessington"),
    (TRUST + "The chief executive, Priya Lund, said: \"We accept the findings.\"",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    (TRUST + "Priya Lund, who took over as chief executive of the trust in May, said the findings were fair.",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    (TRUST + "Commenting on the report, Priya Lund, Chief Executive, said: \"We accept the findings.\"",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    # -- brackets and dashes round the name or the title ----------------------------------------
    (TRUST + "Priya Lund (pictured), chief executive of Hallam Vale NHS Foundation Trust, said the findings were fair.",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    (TRUST + "Priya Lund – chief executive of Hallam Vale NHS Foundation Trust – said the findings were fair.",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    (TRUST + "\"The findings are fair,\" said Priya Lund, who is chief executive of Hallam Vale NHS Foundation Trust.",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    (TRUST + "Priya Lund, chief executive of Hallam Vale NHS Foundation Trust since 2019, said the findings were fair.",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    (TRUST + "Priya Lund said the findings were fair. She is chief executive of Hallam Vale NHS Foundation Trust.",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    (TRUST + "Chief executive of Hallam Vale NHS Foundation Trust, Priya Lund, said the findings were fair.",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    (TRUST + "Priya Lund, the trust's chief executive officer (CEO), said the findings were fair.",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    (TRUST + "Priya Lund, the trust's interim chief executive, said: \"The findings are fair.\"",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    (RATED + "Marta Quill, managing director of the company that owns the home, Cedarway Care Ltd, said the team was delighted.",
     "Marta Quill", "Cedarway Care Ltd"),
    ("Mossgate Surgery in Dunstow has been rated good by the Care Quality Commission.\n\nDr Anil Rao, the practice's lead GP, said: \"We rebuilt our systems.\"",
     "Anil Rao", "Mossgate Surgery"),
    # -- a type noun before the name after "from"; "boss" as a title ------------------------
    (TRUST + "Dina Marr, from patient group Dunstow Voices, said patients had raised the same concerns.",
     "Dina Marr", "Dunstow Voices"),
    (TRUST + "Dina Marr, of the campaign group Dunstow Voices, said patients had raised the same concerns.",
     "Dina Marr", "Dunstow Voices"),
    (TRUST + "Hallam Vale boss Priya Lund said: \"We accept it.\"",
     "Priya Lund", "Hallam Vale NHS Foundation Trust"),
    # -- near-misses: no organisation stated --------------------------------------------------
    (RATED + "Edna Marsh, whose mother lives at the home, said she was relieved.",
     "Edna Marsh", None),
    (RATED + "Edna Marsh, 84, who has lived at the home for three years, said she felt safe.",
     "Edna Marsh", None),
    (RATED + "\"It feels like home,\" said resident Edna Marsh.",
     "Edna Marsh", None),
    (TRUST + "Local MP Clive Durand said the report made worrying reading.",
     "Clive Durand", None),
    (TRUST + "Health secretary Clive Durand said the report made worrying reading.",
     "Clive Durand", None),
    ("Fellgate Care Ltd was fined at Dunstow Magistrates' Court after a prosecution by the Care Quality Commission.\n\n"
     "Mitigating, solicitor Ray Oduya said the company had since changed its systems.",
     "Ray Oduya", None),
    (TRUST + "Patient Simon Hale, who was treated on the ward last year, said staff were kind.",
     "Simon Hale", None),
    (RATED + "Sheila Brand, a care consultant who has advised homes for 20 years, said the result was rare.",
     "Sheila Brand", None),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,person,org", ROWS)
def test_battery_people_org(request, fixture, text, person, org):
    assert_person_organisation(request.getfixturevalue(fixture)(text), person, org)


# -- page chrome: a credit, a social prompt or an author's note names no person -----------
BODY = "Penmore House care home in Dunstow has been rated good by the Care Quality Commission after an inspection in May.\n\n"
CHROME = [
    (BODY + "Words by Harriet Mosley. Photos by Daniel Crewe.\n", ["Harriet Mosley", "Daniel Crewe"]),
    (BODY + "(Pictures by Daniel Crewe)\n", ["Daniel Crewe"]),
    (BODY + "Follow Harriet Mosley on Twitter.\n", ["Harriet Mosley"]),
    (BODY + "Harriet Mosley is the Gazette's health correspondent. Email her at the newsdesk.\n", ["Harriet Mosley"]),
    (BODY + "Daniel Crewe is a freelance writer based in Dunstow.\n", ["Daniel Crewe"]),
    # a name that never stands in a sentence, only in lists of links, whatever NER reads
    (BODY + "Latest\nDaniel Crewe wins award for Dunstow charity\nTributes paid to Daniel Crewe after crash\n", ["Daniel Crewe"]),
    ("Daniel Crewe at the opening of the home\n\n" + BODY + "Daniel Crewe opening\n", ["Daniel Crewe"]),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,absent", CHROME)
def test_battery_chrome_names_no_person(request, fixture, text, absent):
    doc = request.getfixturevalue(fixture)(text)
    names = {normalise(p["name"]) for p in doc._.cqc_people}
    assert not names & {normalise(n) for n in absent}, names


# a story's own people beside the same cues stay (the last row: a name only NER finds,
# in a sentence once and on a line that is no sentence once: the accurate profile)
KEPT = [
    (BODY + "Photos of the garden were taken by resident Harriet Mosley, 91, who said she loved it.\n", "Harriet Mosley", "nlp"),
    (BODY + "Photos of the garden were taken by resident Harriet Mosley, 91, who said she loved it.\n", "Harriet Mosley", "nlp_fast"),
    (BODY + "Harriet Mosley is the home's registered manager. She said the team was proud.\n", "Harriet Mosley", "nlp"),
    (BODY + "Harriet Mosley is the home's registered manager. She said the team was proud.\n", "Harriet Mosley", "nlp_fast"),
    (BODY + "Daniel Crewe, 88, a resident, celebrated with staff.\n\nDaniel Crewe's birthday party\n", "Daniel Crewe", "nlp"),
]


@pytest.mark.parametrize("text,person,fixture", KEPT)
def test_battery_story_names_stay(request, fixture, text, person):
    doc = request.getfixturevalue(fixture)(text)
    assert normalise(person) in {normalise(p["name"]) for p in doc._.cqc_people}
