"""Paraphrase battery: organisation names and people's organisations.

Every text is invented for this battery (no corpus text, invented names).
Rows cover the grammar that marks an organisation without a type word, name
boundaries (dashes, commas, "and", "&", brackets, "Ltd", "(UK)"), acronyms
defined in brackets, lists, headlines and captions; near-misses that must give
no organisation (capitalised common nouns, headings, rating words, months);
and the organisation a person speaks for ("X's chief executive", "of X", "at X",
"X chief nurse", the organisation of the previous sentence).

ORGS rows: (text, names that must be found, names that must not be found).
Names are compared after the scorer's normalisation, against a found
organisation's name or any of its aliases. PEOPLE rows: (text, person, the
organisation's name or an alias of it).
"""

from __future__ import annotations

import pytest

from conftest import assert_organisations, assert_person_organisation

PROFILES = ["nlp", "nlp_fast"]




ORGS = [
    # -- names with no type word, marked by the grammar around them ----------
    ("Quillmere was rated good by inspectors after a visit in June.", ["Quillmere"], []),
    ("Inspectors judged Larkhaven inadequate and told the owners to act.", ["Larkhaven"], []),
    ("Ashcombe Vale has been rated outstanding for the second time.", ["Ashcombe Vale"], []),
    ("The home is run by Pendlecare, which took it over last year.", ["Pendlecare"], []),
    ("Tollbridge, which provides support to adults with autism, was rated requires improvement.", ["Tollbridge"], []),
    ("Wrenhurst, which runs four homes in the county, said it was disappointed.", ["Wrenhurst"], []),
    ("Fennick Lea, a care home in Marstow, was told to improve.", ["Fennick Lea"], []),
    ("Brackenthorpe, a residential home for 30 older people, was rated good.", ["Brackenthorpe"], []),
    ("The provider, Holloway Bright, said it accepted the findings.", ["Holloway Bright"], []),
    ("Dunmore Rise's registered manager said staff had worked hard.", ["Dunmore Rise"], []),
    ("Kestrelwood's chief executive apologised to families.", ["Kestrelwood"], []),
    ("Ovenden's manager said the home had changed.", ["Ovenden"], []),
    ("The charity Brightpath said it would appeal.", ["Brightpath"], []),
    ("The home is operated by care provider Maplecrest.", ["Maplecrest"], []),
    ("Inspectors found Corrie Bank to be inadequate in three areas.", ["Corrie Bank"], []),
    ("The regulator gave Westholme an inadequate rating after its visit.", ["Westholme"], []),
    ("Last year Pebblemoor was judged to require improvement; now Pebblemoor has been upgraded to good.", ["Pebblemoor"], []),
    ("In March Sorrel Fields was downgraded from good to inadequate.", ["Sorrel Fields"], []),
    ("Amberleigh has retained its outstanding rating for a third inspection.", ["Amberleigh"], []),
    ("The Larches is now rated good after two years.", ["The Larches"], []),
    ("Lindqvist Care, which operates 12 homes, bought the site.", ["Lindqvist Care"], []),
    ("Heronsgate, which is run by a local charity, has been rated good.", ["Heronsgate"], []),
    ("The operator, Brightwater Living, has appealed against the decision.", ["Brightwater Living"], []),
    ("Pellinore runs the home and two others in the town.", ["Pellinore"], []),
    ("Ferrow Vale's owners said they would make changes.", ["Ferrow Vale"], []),
    ("Dr Cara Holt's practice, the Mintfield Surgery, was rated good.", ["Mintfield Surgery"], ["Cara Holt"]),
    # near-misses for the same cues: common nouns, places, adverbs, key questions
    ("Leadership was rated inadequate and Responsiveness was judged good.", [], ["Leadership", "Responsiveness"]),
    ("Previously rated inadequate, the home has improved.", [], ["Previously"]),
    ("Being rated outstanding is a huge achievement, the manager said.", [], ["Being"]),
    ("Most of the homes in Tarrowshire are rated good, figures show.", [], ["Tarrowshire"]),
    ("A unit in the Fenlands was rated inadequate last month.", [], ["Fenlands"]),
    ("Bramley Court in Upper Wexham was rated good.", ["Bramley Court"], ["Upper Wexham", "Wexham"]),
    ("GPs were rated good in the survey.", [], ["GPs"]),
    ("Maternity was rated requires improvement and Surgery was rated good.", [], ["Maternity", "Surgery"]),
    ("The owner, Maria Lutz, said she was proud of the staff.", [], ["Maria Lutz"]),
    ("Residents at Sallowfield said they felt safe, the report found.", [], []),
    ("Kindlewood Homes has been told to improve by the regulator.", ["Kindlewood Homes"], []),
    ("Care Homes across the region were inspected in the spring.", [], ["Care Homes"]),
    ("Inspectors rated Hazelbrook 'Good' overall after a visit.", ["Hazelbrook"], []),
    ("Brookmere, which cares for up to 40 people, was praised for its food.", ["Brookmere"], []),
    ("The hospital in Wexmoor, which serves 300,000 people, was rated good.", [], ["Wexmoor"]),
    # -- boundaries: dashes, commas, and, &, brackets, Ltd, (UK) ------------
    ("Harlow & Pike Care Ltd was told to make improvements.", ["Harlow & Pike Care Ltd"], []),
    ("The home is run by Corvane Healthcare (UK) Ltd, the report said.", ["Corvane Healthcare (UK) Ltd"], []),
    ("Bellstone Living – Supported Living Services was rated good.", ["Bellstone Living – Supported Living Services"], []),
    ("Inspectors visited Thornbury House and Millbeck Lodge in March.", ["Thornbury House", "Millbeck Lodge"], ["Thornbury House and Millbeck Lodge"]),
    ("Carewell Homes Limited runs the service.", ["Carewell Homes Limited"], []),
    ("Staff at Ridgeway Hospital, Tarrow, were praised by inspectors.", ["Ridgeway Hospital"], ["Ridgeway Hospital, Tarrow"]),
    ("Staff at Oakshaw Court at Elm Lane were praised.", ["Oakshaw Court"], []),
    ("Moorvale Care Home manager Jane Tressel said the staff were proud.", ["Moorvale Care Home"], ["Moorvale Care Home manager Jane Tressel"]),
    ("Andrew Pelham and Partners Surgery was rated good overall.", ["Andrew Pelham and Partners Surgery"], []),
    ("Kellington Mental Health Services NHS Trust was rated good.", ["Kellington Mental Health Services NHS Trust"], []),
    # -- acronyms defined in brackets and reused -----------------------------
    ("Westbrook and Tarrow Healthcare NHS Trust (WTH) was rated good. WTH said it was pleased.", ["Westbrook and Tarrow Healthcare NHS Trust"], []),
    ("The Rivermead Care Partnership (RCP) runs three homes. A spokesperson for RCP said it would improve.", ["Rivermead Care Partnership"], []),
    # -- lists ---------------------------------------------------------------
    ("Three homes were inspected: Ferndale Lodge, Alder House and Pinecroft Court.", ["Ferndale Lodge", "Alder House", "Pinecroft Court"], []),
    ("Brantwood Surgery, Elmfield Medical Centre and Hillside Practice were all rated good.", ["Brantwood Surgery", "Elmfield Medical Centre", "Hillside Practice"], []),
    # -- headlines and captions ---------------------------------------------
    ("Wexcombe Care Home rated inadequate by watchdog\n\nA care home has been rated inadequate.", ["Wexcombe Care Home"], []),
    ("Staff at Larchfield Hospital celebrate the result (Image: Larchfield Hospital)\n\nThe hospital was rated good.", ["Larchfield Hospital"], []),
    # -- near-misses: capitalised common or service nouns, headings ---------
    ("The Adult Social Care team at the council will review the plan.", [], ["Adult Social Care"]),
    ("Waiting times in the Emergency Department were too long.", [], ["Emergency Department"]),
    ("The Chief Executive said the Board had accepted the report.", [], ["Chief Executive", "Board"]),
    ("Safe: Good\nEffective: Requires Improvement\nCaring: Good", [], ["Safe", "Good", "Effective", "Caring"]),
    ("In January the home was rated good.", [], ["January"]),
    ("Key Findings\nThe home was rated good overall.\nNext Steps\nInspectors will return.", [], ["Key Findings", "Next Steps"]),
    ("The Intensive Care Unit was busy when inspectors visited.", [], ["Intensive Care Unit"]),
    ("Patients said the Outpatients Department was clean.", [], ["Outpatients Department"]),
    ("The Registered Manager had left the service in May.", [], ["Registered Manager"]),
    ("Good Practice Guidance was followed, the report said.", [], ["Good Practice Guidance"]),
    ("Share this article\nFacebook\nTwitter\nThe home was rated good.", [], ["Facebook", "Twitter"]),
    ("Rated Outstanding: the home's staff celebrate.", [], ["Rated Outstanding"]),
    ("Photo: Tarrow Daily News\nThe home was rated good.", [], ["Tarrow Daily News"]),
    ("Staff at Cobble Hill Hospital cheer the news (Picture: Wexmoor Press Agency)\nThe hospital was rated good.", ["Cobble Hill Hospital"], ["Wexmoor Press Agency"]),
    ("Mental Health Services were rated good in the report.", [], ["Mental Health Services"]),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,present,absent", ORGS)
def test_battery_organisations(request, fixture, text, present, absent):
    assert_organisations(request.getfixturevalue(fixture)(text), present, absent)


PEOPLE = [
    ("Glenmoor Healthcare's chief executive, Sarah Quint, said the trust would learn.", "Sarah Quint", "Glenmoor Healthcare"),
    ("Sarah Quint, chief executive of Glenmoor Healthcare NHS Trust, said lessons had been learned.", "Sarah Quint", "Glenmoor Healthcare NHS Trust"),
    ("Tom Varley, registered manager at Oakhollow Care Home, said he was proud.", "Tom Varley", "Oakhollow Care Home"),
    ("Ashworth Vale NHS Trust chief nurse Helen Brannock said: \"We are sorry.\"", "Helen Brannock", "Ashworth Vale NHS Trust"),
    ("Fellbrook Hospital's medical director, Dr Amir Kassan, welcomed the report.", "Amir Kassan", "Fellbrook Hospital"),
    ("The home is run by Lindencare Ltd. Its managing director, Paula Greer, said the company had acted.", "Paula Greer", "Lindencare Ltd"),
    ("\"We are delighted,\" said Mark Ebdon, director of Hollybank Homes.", "Mark Ebdon", "Hollybank Homes"),
    ("Mark Ebdon, who owns Hollybank Homes, said the result was deserved.", "Mark Ebdon", "Hollybank Homes"),
    ("Dr Lena Furst, deputy chief inspector of hospitals at the Care Quality Commission, said care had improved.", "Lena Furst", "Care Quality Commission"),
    ("A spokesperson for Pellham Borough Council, Kate Runcie, said the council would help.", "Kate Runcie", "Pellham Borough Council"),
    ("Pendlecare runs the home. Its chief executive, Owen Marr, said: \"We accept the findings.\"", "Owen Marr", "Pendlecare"),
    ("Kestrelwood's chief executive, Joan Pelly, said the home would improve.", "Joan Pelly", "Kestrelwood"),
    ("Nina Hale, the chair of Brooklands Community Trust, said the board was united.", "Nina Hale", "Brooklands Community Trust"),
    ("Rosemary Tait, head of adult social care at Quarrington County Council, said support was in place.", "Rosemary Tait", "Quarrington County Council"),
    ("Imran Sadiq, matron at Wickham General Hospital, said staff were relieved.", "Imran Sadiq", "Wickham General Hospital"),
    ("Dunmore Rise's registered manager, Ellen Pyke, said the team had worked hard.", "Ellen Pyke", "Dunmore Rise"),
    ("Brenley Park NHS Foundation Trust director of nursing Carl Ives said the trust was sorry.", "Carl Ives", "Brenley Park NHS Foundation Trust"),
    ("The service is run by Oaktree Support. \"We are thrilled,\" said its director, Lorna Vance.", "Lorna Vance", "Oaktree Support"),
    ("Joe Renner, the owner of Meadowsweet Care Home, said the rating was unfair.", "Joe Renner", "Meadowsweet Care Home"),
    ("Kestrelwood chief executive Joan Pelly said the home would improve.", "Joan Pelly", "Kestrelwood"),
    ("\"We will learn,\" said Dr Keith Marlow. Dr Marlow is medical director at Penfold General Hospital.", "Keith Marlow", "Penfold General Hospital"),
    ("Professor Alan Greaves CBE, chair of Westmoor Hospitals NHS Trust, said the board was sorry.", "Alan Greaves", "Westmoor Hospitals NHS Trust"),
    ("Jane Oduya RN, registered manager at Hollins Lodge, said residents were happy.", "Jane Oduya", "Hollins Lodge"),
    ("Brantley Care said it was proud. Chief executive Sunita Rao said the team deserved it.", "Sunita Rao", "Brantley Care"),
    ("Speaking on behalf of Larchmont Healthcare, director Paul Enwright said the firm would appeal.", "Paul Enwright", "Larchmont Healthcare"),
    ("Ruth Obi, who manages Alder Court Care Home, said staff were delighted.", "Ruth Obi", "Alder Court Care Home"),
    ("The report on Tannery Lane Surgery was published on Friday.\n\n\"We are pleased,\" said practice manager Gail Dorsey of Tannery Lane Surgery.", "Gail Dorsey", "Tannery Lane Surgery"),
]


@pytest.mark.parametrize("fixture", PROFILES)
@pytest.mark.parametrize("text,person,org", PEOPLE)
def test_battery_people_organisation(request, fixture, text, person, org):
    assert_person_organisation(request.getfixturevalue(fixture)(text), person, org)
