"""cqc_people: table-driven checks, one family per pattern of issue 4.

Texts are invented for these tests: each row gives a text and the person it
must yield (name, role, organisation, quoted); organisation None means null.
"""

from __future__ import annotations

import pytest

from cqc_extract.scoring import normalise

PROFILES = ["nlp", "nlp_fast"]


def people(nlp, text):
    doc = nlp(text)
    for person in doc._.cqc_people:
        assert set(person) >= {"name", "role", "organisation", "quoted", "evidence"}
        for ev in person["evidence"]:
            assert doc.text[ev["start"] : ev["end"]] == ev["text"]
    return {p["name"]: p for p in doc._.cqc_people}


ROLE_ORDERS = [
    # name, appositive title with a leading acronym and a region
    ("The Care Quality Commission (CQC) inspected Alderbank Hospital.\n\n"
     "Marion Tull, CQC deputy director of operations in the North, said: \"Staff worked hard.\"",
     "Marion Tull", "deputy director of operations in the north", "Care Quality Commission", True),
    # possessive organisation before the title, name after
    ("Wexmoor Group NHS Foundation Trust was rated good.\n\n"
     "Wexmoor Group's chief executive, Harriet Dunmore, said: \"We are proud.\"",
     "Harriet Dunmore", "chief executive", "Wexmoor Group NHS Foundation Trust", True),
    # "said <title> <name>"
    ("Wexmoor Group NHS Foundation Trust was rated good.\n\n\"We are proud,\" said chief nurse Ava-Rose Pennick.",
     "Ava-Rose Pennick", "chief nurse", "Wexmoor Group NHS Foundation Trust", True),
    # "<Title> <name> said" at a sentence start
    ("Brackenfold Hospital was rated good.\n\nChief executive Oliver Stannard said the result was deserved.",
     "Oliver Stannard", "chief executive", None, False),
    # "of X" attaches the organisation, and is cut from the role
    ("Tarrow Care Limited runs the home.\n\nGeorgina Pell, managing director of Tarrow Care Limited, said the home would improve.",
     "Georgina Pell", "managing director", "Tarrow Care Limited", False),
    # "at X" before a name
    ("Residents like Fernlea Nursing Home.\n\nHome manager at Fernlea Nursing Home, Priya Oduya, said: \"We are delighted.\"",
     "Priya Oduya", "home manager", "Fernlea Nursing Home", True),
    # descriptive modifiers go
    ("Marstow Hospitals NHS Trust was criticised, including former chief executive Ralph Odell.",
     "Ralph Odell", "chief executive", "Marstow Hospitals NHS Trust", False),
    # an age between the name and the role
    ("Kestrel Dental Studio was fined.\n\nDr Omar Haddad, 47, the owner of Kestrel Dental Studio in Mill Street, pleaded guilty.",
     "Omar Haddad", "owner", "Kestrel Dental Studio", False),
    # a one-word title before the name
    ("Mitigating, solicitor Peter Arne said his client had not understood the rules.",
     "Peter Arne", "solicitor", None, False),
    # a possessive organisation, a title with a region, then the name
    ("The Care Quality Commission (CQC) inspected Alderbank Hospital.\n\n"
     "CQC's deputy director of operations in the North, Marion Tull, said: \"Staff worked hard.\"",
     "Marion Tull", "deputy director of operations in the north", "Care Quality Commission", True),
    # two honorifics between a title and the name
    ("The Care Quality Commission (CQC) inspected Alderbank Hospital.\n\n"
     "The CQC's chief inspector of hospitals, Professor Sir Alden Frayne, said: \"Care was safe.\"",
     "Alden Frayne", "chief inspector of hospitals", "Care Quality Commission", True),
    # a parenthesis closes the title after the name
    ("The Care Quality Commission (CQC) inspected Alderbank Hospital.\n\n"
     "Dr Lena Marsh, deputy chief inspector of hospitals (lead for community services) said: \"We saw progress.\"",
     "Lena Marsh", "deputy chief inspector of hospitals (lead for community services)", "Care Quality Commission", True),
    # "<title> of the trust, X": the reference ends the title and names the provider
    ("Marstow Hospitals NHS Trust was told to improve.\n\nChief executive of the trust, Nigel Ormsby said the trust would act.",
     "Nigel Ormsby", "chief executive", "Marstow Hospitals NHS Trust", False),
    # a modifier between the possessive organisation and the title
    ("The Care Quality Commission (CQC) inspected Alderbank Hospital.\n\n"
     "The CQC's new director of community services, Odette Lyle, said she would act.",
     "Odette Lyle", "director of community services", "Care Quality Commission", False),
    # no comma between the name and the title
    ("Fernlea Nursing Home was rated good.\n\nPriya Oduya registered care home manager at Fernlea Nursing Home said: \"We are delighted.\"",
     "Priya Oduya", "registered care home manager", "Fernlea Nursing Home", True),
    # a capitalised title glued to the name; a judge speaks for no organisation
    ("Tarrow Care Limited was fined at Kestwick Crown Court.\n\nDistrict Judge Amos Keele said the failings were serious.",
     "Amos Keele", "district judge", None, False),
    # the provider of a home, as a person
    ("Kettleby Lodge Care Home was placed in special measures.\n\nThe current provider, Mr Desmond Rook, was told to improve.",
     "Desmond Rook", "provider", "Kettleby Lodge Care Home", False),
    # a clause after the name is not a title
    ("Kettleby Surgery was rated inadequate.\n\nThe current provider, Dr Imran Sadiq, had worked as a locum for the previous provider.",
     "Imran Sadiq", "provider", "Kettleby Surgery", False),
    # a parenthesis inside the title, then the organisation
    ("The Care Quality Commission (CQC) inspected Alderbank Hospital.\n\n"
     "Dr Lena Marsh, deputy chief inspector of hospitals (lead for community services) at the CQC, said: \"We saw progress.\"",
     "Lena Marsh", "deputy chief inspector of hospitals (lead for community services)", "Care Quality Commission", True),
    # a list of attendees: name, title in brackets, a dash and the organisation
    ("The Care Quality Commission (CQC) reported to the board. Tarrow Care Limited runs the unit.\n\n"
     "The following were in attendance:\n\n- Imogen Saye (Group Operations Director) – Tarrow Care Limited\n\n"
     "- Mr Felix Orme (Inspection Manager) from the Care Quality Commission",
     "Imogen Saye", "group operations director", "Tarrow Care Limited", False),
    ("The Care Quality Commission (CQC) reported to the board. Tarrow Care Limited runs the unit.\n\n"
     "The following were in attendance:\n\n- Imogen Saye (Group Operations Director) – Tarrow Care Limited\n\n"
     "- Mr Felix Orme (Inspection Manager) from the Care Quality Commission",
     "Felix Orme", "inspection manager", "Care Quality Commission", False),
    # letters after the name stand between it and the title
    ("Marstow Hospitals NHS Trust was rated good.\n\nDr Amara Quist OBE, medical director, said: \"We are proud.\"",
     "Amara Quist", "medical director", "Marstow Hospitals NHS Trust", True),
    ("Marstow Hospitals NHS Trust was rated good.\n\nSilas Deane MBE FRCP, the trust's medical director, said the rating was fair.",
     "Silas Deane", "medical director", "Marstow Hospitals NHS Trust", False),
    # the title speaks in an earlier sentence; the name comes later, as the speaker
    ("Marstow Hospitals NHS Trust was rated good.\n\nThe trust's chief executive said the report was fair. "
     "\"We accept every finding,\" said Amara Quist.",
     "Amara Quist", "chief executive", "Marstow Hospitals NHS Trust", True),
    # a press-office contact is a person, not quoted
    ("Kettleby Surgery was rated inadequate by the Care Quality Commission (CQC).\n\n"
     "For further information contact Oswin Harte, regional engagement manager, on 01234 567890.",
     "Oswin Harte", "regional engagement manager", "Care Quality Commission", False),
    # a proper name right before the title names the organisation, and is no person
    ("Kettleby Lodge was rated inadequate.\n\n\"We apologise,\" said Brightwell Carehomes managing director Nadia Brook.",
     "Nadia Brook", "managing director", "Brightwell Carehomes", True),
    # "at the <name>", then a time clause: both leave the title
    ("The provider was fined.\n\nRoisin Vale, registered manager at the Old Mill at the time of the fall, was also fined.",
     "Roisin Vale", "registered manager", "Old Mill", False),
    # a possessive proper name the text has not otherwise named as an organisation
    ("\"We treat the whole person,\" says Dr Talia Brennock, Pathway's chief executive.",
     "Talia Brennock", "chief executive", "Pathway", True),
    # "X is <organisation> <title>"
    ("New ambulances arrived this week.\n\nCasper Lund is Unity branch representative. He said: \"Crews will welcome them.\"",
     "Casper Lund", "branch representative", "Unity", True),
    # the title comes with a later surname-only mention of the speaker
    ("Hartfield Home Care was rated inadequate.\n\n\"It knocked us back,\" says Ilsa Marren, looking back.\n\n"
     "\"We never gave up,\" says Marren, the company director.",
     "Ilsa Marren", "company director", "Hartfield Home Care", True),
    # a capitalised title after the name; a sentence-initial word is not part of the name
    ("Both Dorian Pryce, MP for Fenwick and Vale, and Mina Ashby, MP for Kestwick, backed the trust.",
     "Dorian Pryce", "mp for fenwick and vale", None, False),
    # an initial after an honorific stands for the first name
    ("Kettleby Surgery was rated inadequate.\n\nDr A Okafor and Dr R Lindqvist were told to improve staff training.",
     "A Okafor", None, None, False),
    # a proper name leading the title is spoken for, not a later organisation in it
    ("Marstow Ambulance Service NHS Trust (MAS) bought new vehicles.\n\n"
     "Casper Lund, Unity representative for MAS, said: \"Crews will welcome them.\"",
     "Casper Lund", "representative", "Unity", True),
    # a party before a political title is no organisation
    ("Kettleby Surgery was rated inadequate.\n\nRhian Tolley, Labour councillor for Fenwick, said the result was a worry.",
     "Rhian Tolley", "labour councillor for fenwick", None, False),
    # a council at the head of a political title is spoken for; a party is not
    ("Dunhollow Lodge was rated good.\n\nOrla Vesey, Brackwater Borough Council cabinet member for adult social care, welcomed it.",
     "Orla Vesey", "cabinet member for adult social care", "Brackwater Borough Council", False),
    # a title naming a specialty, at a sentence start
    ("Marstow Hospitals NHS Trust was rated good.\n\nDirector of midwifery Rosa Venn said: \"We are proud.\"",
     "Rosa Venn", "director of midwifery", "Marstow Hospitals NHS Trust", True),
    # issue 14: the title in a relative clause after the name
    ("Quarrendon Health NHS Trust was rated good.\n\nTobias Fenn-Akande, who was appointed director of nursing in June, said: \"We will build on this.\"",
     "Tobias Fenn-Akande", "director of nursing", "Quarrendon Health NHS Trust", True),
    # the title in the sentence before the speaker: "The trust appointed a new chair. X said"
    ("Quarrendon Health NHS Trust was rated good.\n\nThe trust appointed a new chair in March. Helena Brightwater said: \"Staff deserve this.\"",
     "Helena Brightwater", "chair", "Quarrendon Health NHS Trust", True),
    # a title before the name, the company after "of" (not found as an organisation)
    ("Three homes were sold. Joint administrator Harold Pike of Marston Quay Advisory said the sale had saved 80 jobs.",
     "Harold Pike", "joint administrator", "Marston Quay Advisory", False),
    # "chair of the charity X": the type noun goes, X is spoken for
    ("Quillon Grange was rated inadequate.\n\nRhoda Kemble, chair of the charity Silver Threads, said: \"This is a warning.\"",
     "Rhoda Kemble", "chair", "Silver Threads", True),
    # a council's own page: the cabinet member and "the council's" officer speak for the council
    ("Ashwell District Council's adult social care has been rated good by the Care Quality Commission.\n\n"
     "Cllr Nadia Frost, cabinet member for adult care, said: \"We are proud.\"",
     "Nadia Frost", "cabinet member for adult care", "Ashwell District Council", True),
    ("Ashwell District Council's adult social care has been rated good by the Care Quality Commission.\n\n"
     "Peter Lyle, the council's director of adult services, said the council would publish a plan.",
     "Peter Lyle", "director of adult services", "Ashwell District Council", False),
    # a press-office contact in a notes block is story text; on a council's page, with no
    # provider or site named, the officer speaks for the council
    ("Ashwell District Council's adult social care has been rated good by the Care Quality Commission.\n\n"
     "Notes to editors\nFor further information contact Owen Tate, communications officer, on 01632 000000.",
     "Owen Tate", "communications officer", "Ashwell District Council", False),
    # "Its chief executive": the organisation that opens the sentence before
    ("Fenwick Valley NHS Trust was rated inadequate by the Care Quality Commission.\n\n"
     "The Care Providers Forum, which speaks for home operators, said many homes were struggling. "
     "Its chief executive, Imogen Larkspur, said: \"The system is broken.\"",
     "Imogen Larkspur", "chief executive", "Care Providers Forum", True),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,name,role,org,quoted", ROLE_ORDERS)
def test_roles_in_every_order(request, fixture, text, name, role, org, quoted):
    found = people(request.getfixturevalue(fixture), text)
    assert name in found, list(found)
    person = found[name]
    assert person["role"] == role
    assert person["organisation"] == org
    assert person["quoted"] is quoted


ORG_RESOLUTION = [
    # "the trust's" resolves to the article's provider
    ("Marstow Hospitals NHS Trust was rated. Penny Lark, the trust's medical director, said it was fair.",
     "Penny Lark", "Marstow Hospitals NHS Trust"),
    # an inspector speaks for the regulator though the text does not say so
    ("The Care Quality Commission rated the home.\n\nTobias Renn, chief inspector of adult social care, said: \"Good work.\"",
     "Tobias Renn", "Care Quality Commission"),
    # an unnamed trust: the chief executive speaks for nobody we can name
    ("Alderbank Hospital was rated good.\n\nGemma Hollis, chief executive, said: \"Great news.\"",
     "Gemma Hollis", None),
    # a politician speaks for no organisation
    ("Kettleby Surgery reopened. The health minister, Norris Vane, visited the Marstow Hospitals NHS Trust site.",
     "Norris Vane", None),
    # "Y, headed by X"
    ("Marstow Community Health NHS Trust, headed by Beatrix Quayle, runs services across the county.",
     "Beatrix Quayle", "Marstow Community Health NHS Trust"),
    # "who owns the home": the reference resolves to the article's home
    ("Fernlea Care Home was rated inadequate.\n\nOrla Pike, who owns the home, said it would improve.",
     "Orla Pike", "Fernlea Care Home"),
    # a nominated individual speaks for the provider named after "for"
    ("Fernlea Care Home was rated inadequate.\n\nOrla Pike, nominated individual for Tarrow Care Limited, said it would improve.",
     "Orla Pike", "Tarrow Care Limited"),
    # "who runs X"
    ("The CQC suspended the registration of dentist Dr Lionel Ashe, who runs Parkway Dental Practice in Tarrow.",
     "Lionel Ashe", "Parkway Dental Practice"),
    # a found short name with a parent's head word after it: the group is the one spoken for
    ("Ferndale Hospitals NHS Trust (FHT) was rated good. Nadia Okafor, group chief executive at FHT Group, said: \"We are proud.\"",
     "Nadia Okafor", "FHT Group"),
    ("Ferndale Hospitals NHS Trust (FHT) was rated good. Nadia Okafor, chief executive at FHT, said: \"We are proud.\"",
     "Nadia Okafor", "Ferndale Hospitals NHS Trust"),
    # the place an MP is member for is no person
    ("Harriet Moss, MP for Ashcombe Vale, said she had written to the board asking what extra support it would give.",
     "Harriet Moss", None),
    # a list of attendees: the affiliation after the dash, over a site inside the bracketed title
    ("The following attended:\n\n-  Priya Nandra (Hospital Director (Larchwood Independent Hospital)) – Brackenfield Healthcare Group.\n\n"
     "-  Owen Tull (Operations Director) – Brackenfield Healthcare Group\n\nIt was noted that the hospital had improved.",
     "Priya Nandra", "Brackenfield Healthcare Group"),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,name,org", ORG_RESOLUTION)
def test_person_organisation(request, fixture, text, name, org):
    found = people(request.getfixturevalue(fixture), text)
    assert name in found, list(found)
    assert found[name]["organisation"] == org


QUOTES = [
    # a quote that runs over several paragraphs after "X said:"
    ("Clara Voss, CQC head of inspection, said:\n\n\"The home has improved.\n\n\"Staff are kind.\"\n\nThe home has 30 beds.",
     "Clara Voss", True),
    # "he said" after the person is named in the paragraph before
    ("Chief executive Robert Imrie welcomed the report.\n\n\"It shows our progress,\" he said.",
     "Robert Imrie", True),
    # "according to X, ..."
    ("According to Nadia Whitlow, the CQC's chief inspector of hospitals, \"care was compassionate\".",
     "Nadia Whitlow", True),
    # a short quoted fragment counts
    ("Rory Gedde, chief executive of Marstow Hospitals NHS Trust, said the rating was missed \"by a whisker\".",
     "Rory Gedde", True),
    # single curly quotes open a quotation
    ("Ivo Pratt, CQC deputy director of operations, said: ‘When we returned we found a new team.’",
     "Ivo Pratt", True),
    # a single-quoted rating word is a label, not speech
    ("Ivo Pratt, CQC deputy director of operations, said the home was now rated ‘Good’ overall.",
     "Ivo Pratt", False),
    # "X from the CQC said"
    ("Inspectors made a return visit.\n\nNeville Dunn from the CQC said: \"Leaders still lacked a system.\"",
     "Neville Dunn", True),
    # "said:" opening a block quotation set without quotation marks
    ("Marta Siddall, interim director of operations, said:\n\nWhen we inspected the unit we found improvements.",
     "Marta Siddall", True),
    # a continued quotation that mentions someone else is still the speaker's
    ("Hal Brewin, CQC head of inspection, said:\n\n\"This is a sad case and we think of Jane Ellery's family.\"",
     "Hal Brewin", True),
    # a first name opening the paragraph that introduces a block quotation
    ("Corin Blake was instructed by the provider.\n\nCorin drafted the grounds of appeal:\n\n"
     "‘My first task was to make the provider see the scale of change needed.’",
     "Corin Blake", True),
    # named but not quoted
    ("The report was sent to Marstow Hospitals NHS Trust, whose chief executive Fiona Bell resigned last year.",
     "Fiona Bell", False),
    # a later surname-only attribution
    ("Professor Ewan Castell led the inspection.\n\nProfessor Castell said: \"The practice must improve.\"",
     "Ewan Castell", True),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,name,quoted", QUOTES)
def test_quoted(request, fixture, text, name, quoted):
    found = people(request.getfixturevalue(fixture), text)
    assert name in found, list(found)
    assert found[name]["quoted"] is quoted


HONORIFICS = [
    ("Dr Amara Quist, medical director, said the plan was sound.", "Amara Quist"),
    ("Professor Sir Neville Haig said the trust had improved.", "Neville Haig"),
    ("Cllr Dora Penhale said: \"This matters to residents.\"", "Dora Penhale"),
    ("Mrs Edith Carrow, the registered manager, said she was proud.", "Edith Carrow"),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,name", HONORIFICS)
def test_honorifics_are_stripped(request, fixture, text, name):
    found = people(request.getfixturevalue(fixture), text)
    assert list(found) == [name]


NOT_PERSONS = [
    "Castle Moor Hospital was rated good. Castle Moor was upgraded by inspectors.",
    "The towers would stand at three-quarters of the height of Canary Wharf.",
    "Requires Improvement\n\nSafe Effective Caring Responsive Well-led",
    "Urgent and emergency services at Brookvale Hospital were rated good.",
    "Share this page\n\nFacebook Twitter Email",
    "Topics covered: Carys Wendell, CQC, prosecutions, health and safety",
    "Inspectors returned in March. But Quennell added that the home had improved.",
    "The patient died at Marstow General Hospital, Fenwick Heath, on 3 May.",
    # a place after "at", though a speech verb follows
    "Residents at Fenwick Vale said staff were kind.",
    # a name-like run whose other words make a clause, not a title ("... after inspectors")
    "Harlow Lodge in Cherry Dene, Fenwick was placed in special measures after inspectors found dirty rooms.",
    "Maternity Services rated Good at Marstow",
    # a name the statistical model alone proposes, once, on a line that is no sentence
    # (an address, a list): not a person
    "Harewood Grange has been rated good by the Care Quality Commission.\n\nThe home's address is:\nHarewood Grange, Bramley Rise\nDunmoor\n",
    "Harewood Grange has been rated good by the Care Quality Commission.\n\nContact:\nThe Cedars, Ashby Crest\n",
    # names the statistical model alone calls people, in the grammar of places and organisations
    "Inspectors visited the trust's two call centres, in Kettlewell and Brindley Down, in March.",
    "Wexford Home Services Ltd, which ran CareBridge Dunstall, pleaded guilty at magistrates' court.",
    "CareBridge Dunstall, which provided personal care to 30 people in their own homes, had been rated inadequate.",
    "The company also runs a nursery in the village, Tiny Wrens, which was rated good by Ofsted.",
    "Patients were moved to the Kestrel Brook unit after the flood.",
    "Staff at the Marley Fenton site said they were stretched.",
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text", NOT_PERSONS)
def test_non_persons(request, fixture, text):
    assert people(request.getfixturevalue(fixture), text) == {}


BYLINES = [
    "Kettleby Surgery rated inadequate\n\nLorna Bexley, Health Correspondent\n\nThe surgery was rated inadequate by inspectors.",
    "Kettleby Surgery rated inadequate\n\nLorna Bexley reports\n\nThe surgery was rated inadequate by inspectors.",
    "Kettleby Surgery rated inadequate\n\nLorna Bexley\nLocal Democracy Reporter\n\nThe surgery was rated inadequate by inspectors.",
    "Kettleby Surgery rated inadequate\n\nWritten by Lorna Bexley on 3 May 2021\n\nThe surgery was rated inadequate.",
    "The surgery was rated inadequate.\n\nFollow Lorna Bexley on Twitter\n\nMore news",
    "The surgery was rated inadequate.\n\nAbout the author\nLorna Bexley is a freelance health writer based in Marstow.",
    "The surgery was rated inadequate.\n\nPosted on 12 May 2021 by Lorna Bexley",
    "The surgery was rated inadequate.\n\nRelated: Lorna Bexley: why care homes are struggling",
    "The surgery was rated inadequate by inspectors. Photograph: Lorna Bexley/Agency\n\nIt will be inspected again.",
    # issue 14: a title before the name, alone on its line
    "Kettleby Surgery rated inadequate\n\nCourt reporter Lorna Bexley\nMonday 2 March\n\nThe surgery was rated inadequate.",
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text", BYLINES)
def test_bylines_and_credits_are_no_people(request, fixture, text):
    assert people(request.getfixturevalue(fixture), text) == {}


def test_masthead_and_byline_give_no_person_or_organisation(nlp):
    text = ("Brindlemoor Gazette\n\nBy Lorna Bexley, Health Reporter\n\n"
            "Kettleby Surgery was rated inadequate by the Care Quality Commission.")
    doc = nlp(text)
    assert doc._.cqc_people == []
    assert [o["name"] for o in doc._.cqc_organisations] == ["Kettleby Surgery", "Care Quality Commission"]


def test_a_title_case_headline_is_not_a_masthead(nlp):
    doc = nlp("Kettleby Surgery Rated Good\n\nThe practice was praised by inspectors.")
    assert [o["name"] for o in doc._.cqc_organisations] == ["Kettleby Surgery"]


def test_byline_name_alone_on_a_line_is_no_person(nlp):
    text = "Kettleby Surgery rated inadequate\n\nLorna Bexley\n\nThe surgery was rated inadequate by inspectors."
    assert people(nlp, text) == {}


def test_two_people_keep_their_own_quotes(nlp):
    text = ("Hugo Brand, chief executive of Marstow Hospitals NHS Trust, said: \"We are pleased.\"\n\n"
            "The CQC's inspector Nina Roe also visited. Inspectors found the wards clean.")
    # (A title before the name: the fine-tuned ner of models/ner does not tag a bare
    # name after "The CQC's" -- docs/model.md, known gaps; this test is about quotes.)
    found = people(nlp, text)
    assert found["Hugo Brand"]["quoted"] is True
    assert found["Nina Roe"]["quoted"] is False
    assert normalise(found["Hugo Brand"]["role"]) == "chief executive"


# _cut_name works out by hand, for a name that occurs once, what two regexes
# built from the name would cut (issue 15: one compile per name was most of
# the cost of a text naming thousands). Each row: the title, the name, and
# what is left; the regexes themselves check the row.
CUT_NAMES = [
    ("owner of Quillby Lodge", "Quillby Lodge", "owner"),
    ("manager at the Quillby Lodge in Fenner Road", "Quillby Lodge", "manager"),
    ("director of Quillby Lodge, a care home", "Quillby Lodge", "director of , a care home"),
    ("Quillby Lodge's owner", "Quillby Lodge", " owner"),
    ("the Quillby Lodge manager", "Quillby Lodge", " manager"),
    ("lead nurse with Quillby Lodge’s", "Quillby Lodge", "lead nurse"),
    ("bathe Quillby Lodge nurse", "Quillby Lodge", "bathe  nurse"),
    ("chair of Quillby and Quillby", "Quillby", "chair of  and "),
]


@pytest.mark.parametrize("role, name, left", CUT_NAMES)
def test_cut_name_matches_the_regexes(role, name, left):
    import re

    from cqc_extract.components.people import _cut_name

    by_regex = re.sub(r"\s*\b(?:of|at|for|from|with)\s+(?:the\s+)?" + re.escape(name) + r"(?:\s+(?:in|on|at)\s+[^,]*)?(?:['’]s)?(?=\s*$)", "", role)
    by_regex = re.sub(r"(?:\bthe\s+)?" + re.escape(name) + r"(?:['’]s?)?", "", by_regex)
    assert _cut_name(role, name) == by_regex == left
