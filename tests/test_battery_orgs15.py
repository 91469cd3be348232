"""Paraphrase battery 15: organisations on untidy pages (issue 14, session 15).

Every text is invented for this battery (invented names, new wording; nothing
from any corpus). Families:
- other_stories: names in a page's lists of OTHER stories ("Related stories",
  "Recent posts", "More from the X", "You may also like") are not this story's
  organisations; near-misses: the same name in the story itself, "Related" in
  a sentence, the story going on after a blank line;
- apposition: a home named beside a phrase describing it ("X, our sister home
  in Kelby, kept ...", "another Quenby home, the Birches in Whitby,");
  near-misses: a person or a town before such a phrase;
- masthead: an outlet's name in capitals under "Skip to main content";
  near-miss: a home's name under the navigation line;
- lowercase: a body written in lower case after "run by" or "a spokesperson
  for" (closed by a comma or "said"); near-misses: common words there;
- byline: the line under a byline ("By Jo Marsh" / "Local Democracy Reporting
  Service") is the byline's, page chrome; near-miss: a sentence after it;
- friends: a supporters' charity named "Friends of X" or "X League of Friends";
  near-misses: "friends of residents", "Friends of the family said";
- reablement: a council's reablement service with a name ("X Reablement",
  "X Reablement Service"); near-miss: "the council's reablement service";
- not_bodies: capitals that are no organisation: a role's initials in
  brackets ("Director of Public Health (DPH)"), a test or device ("an ECG
  machine"), a registration number ("GDC 123456"), a capitalised word opening
  a sentence ("Former manager ..."), a person whose surname ends in "-Ward";
  near-misses: an organisation's own initials in brackets, a real ward.

Rows: (text, names that must be found, names that must not be found). Fast profile.
"""

from __future__ import annotations

import pytest

from conftest import assert_organisations, family_cases

STORY = ("Harrowgate Lodge, a care home in Pellby, has been rated requires improvement by the Care Quality "
         "Commission.\n\nInspectors found too few staff at night.\n\n")

FAMILIES = {
    "other_stories": [
        (STORY + "Related stories\nQuenmoor Court care home praised as 'outstanding'\nFears over future of Halsey "
                 "Manor nursing home\nSign up to our daily newsletter",
         ["Harrowgate Lodge"], ["Quenmoor Court", "Halsey Manor"]),
        (STORY + "You may also like\n- Ashby Fold Care Home fined after fall\n- Tennyson Lodge keeps its good rating",
         ["Harrowgate Lodge"], ["Ashby Fold Care Home", "Tennyson Lodge"]),
        (STORY + "Recent posts\n- Our Marford sister office rated good\n- Meet the team at Thornbury House",
         ["Harrowgate Lodge"], ["Thornbury House"]),
        (STORY + "MORE FROM THE PELLBY STAR\nDental practice rated outstanding again\nNursery improves to good, "
                 "Ofsted says",
         ["Harrowgate Lodge"], ["Ofsted"]),
        # near-misses: the name in the story too; "Related" in a sentence; the story after a blank line
        ("Harrowgate Lodge, which is run by Vantry Care Ltd, has been rated good.\n\nRelated stories\n"
         "Vantry Care Ltd buys two more homes",
         ["Harrowgate Lodge", "Vantry Care Ltd"], []),
        (STORY + "Related to this, Quenmoor Court said it would share its training with the home.",
         ["Harrowgate Lodge", "Quenmoor Court"], []),
        (STORY + "Related stories\nCare home fined after fall\n\nSeparately, Tennyson Lodge was rated good in June.",
         ["Harrowgate Lodge", "Tennyson Lodge"], []),
    ],
    "apposition": [
        (STORY + "It was a good month for the group: The Larches, our sister home in Kelby, kept its good rating.",
         ["Harrowgate Lodge", "The Larches"], []),
        ("Harrowgate Lodge is run by Quenby. Inspectors also visited another Quenby home, the Birches in Whitby, "
         "where they found concerns.",
         ["Harrowgate Lodge", "Birches"], []),
        # near-misses: a person and a town before the same kind of phrase
        (STORY + "Ann Lee, our sister home manager, said so. Kelby, our sister home's town, held a fete.",
         ["Harrowgate Lodge"], ["Ann Lee", "Kelby"]),
    ],
    "masthead": [
        ("Skip to main content\nTHE PELLBY ADVERTISER\nNews | Sport | Jobs\n\nHospital told to improve\n\n"
         "Pellby General Hospital has been rated requires improvement.",
         ["Pellby General Hospital"], ["Pellby Advertiser"]),
        # near-miss: a home's name under the navigation is the headline
        ("Home | News | Care homes\nHarrowgate Lodge\nHarrowgate Lodge has been rated good.",
         ["Harrowgate Lodge"], []),
    ],
    "lowercase": [
        (STORY + "The home is run by tarnvale care homes, which has three homes in the county. A spokesperson for "
                 "tarnvale care homes said a new manager had started.",
         ["tarnvale care homes"], []),
        # near-misses: common words after the same cues
        (STORY + "The day service is run by community health services. A spokesperson for adult social care said "
                 "the council was working with the home.",
         ["Harrowgate Lodge"], ["community health services", "adult social care"]),
    ],
    "byline": [
        ("Care home told to improve\nBy Petra Lund\nLocal Democracy Reporting Service\nPublished: 10:04, 2 May 2026\n"
         "Harrowgate Lodge in Pellby has been rated requires improvement.",
         ["Harrowgate Lodge"], ["Local Democracy Reporting Service"]),
        # near-miss: the same body named in the story
        ("Harrowgate Lodge in Pellby has been rated requires improvement.\n\nThe Local Democracy Reporting Service "
         "asked the council for comment.",
         ["Harrowgate Lodge", "Local Democracy Reporting Service"], []),
    ],
    "friends": [
        (STORY + "We thank the Friends of Ashby Park, who have donated £900 for a new hoist.",
         ["Friends of Ashby Park"], []),
        (STORY + "The Friends of St Oswin's have applied for £5,000 for a new minibus.",
         ["Friends of St Oswin's"], []),
        (STORY + "Meanwhile the Pellby Hospital League of Friends has launched a £40,000 appeal for a scanner.",
         ["Pellby Hospital League of Friends"], ["Pellby Hospital"]),
        # near-misses
        (STORY + "Friends of the family said they were relieved. The friends of residents run a weekly quiz.",
         ["Harrowgate Lodge"], ["Friends of the family", "friends of residents"]),
        # near-miss (review, session 15): a person's friends, no 'the' before and no head after 'of'
        (STORY + "Friends of Edna Pruitt, who lived at the home for six years, said she was often left alone.",
         ["Harrowgate Lodge"], ["Friends of Edna Pruitt"]),
    ],
    "reablement": [
        ("Separately, Ormsby Reablement, the home-based reablement service the council runs, has been rated "
         "outstanding, up from good.",
         ["Ormsby Reablement"], []),
        ("The council's in-house Tarnley Reablement Service, which helps people home from hospital, was inspected "
         "separately and rated good.",
         ["Tarnley Reablement Service"], []),
        # near-miss: no name
        ("Pellby Borough Council's reablement service was rated good. Reablement staff were praised.",
         ["Pellby Borough Council"], ["Reablement", "reablement service"]),
    ],
    "not_bodies": [
        ("Kilnworth Dental Practice was rated good.\n\nOur team\nDr Ravi Nair BDS - Principal Dentist - GDC 245781\n",
         ["Kilnworth Dental Practice"], ["GDC"]),
        (STORY + "The company was fined £30,000. Former manager Julie Hext, 51, was fined £900.",
         ["Harrowgate Lodge"], ["Former"]),
        ("Pellby General Hospital has been rated good.\n\nMarianne Oduya-Ward, Director of Nursing, said: "
         "\"We are proud.\"",
         ["Pellby General Hospital"], ["Marianne Oduya-Ward"]),
        # near-misses: a body's own initials; a ward
        (STORY + "Pellby Carers Alliance (PCA) said families had raised concerns. Inspectors also visited Heron "
                 "Ward at Pellby General Hospital.",
         ["Pellby Carers Alliance", "PCA", "Heron Ward"], []),
    ],
}


@pytest.mark.parametrize(("family", "text", "present", "absent"), family_cases(FAMILIES))
def test_battery_orgs15(nlp_fast, family, text, present, absent):
    assert_organisations(nlp_fast(text), present, absent)


# The accurate profile: entities of the statistical ner that are no bodies
ACCURATE = {
    "not_bodies": [
        (STORY + "Volunteers have donated £1,200 to buy a new ECG machine for the home.",
         ["Harrowgate Lodge"], ["ECG"]),
        (STORY + "Director of Adult Social Services (DASS) Petra Olowe said waiting lists were too long.",
         ["Harrowgate Lodge"], ["DASS"]),
        ("Kilnworth Dental Practice was rated good.\n\nOur team\nDr Ravi Nair BDS - Principal Dentist - GDC 245781\n",
         ["Kilnworth Dental Practice"], ["GDC"]),
    ],
}


@pytest.mark.parametrize(("family", "text", "present", "absent"), family_cases(ACCURATE))
def test_battery_orgs15_accurate(nlp, family, text, present, absent):
    assert_organisations(nlp(text), present, absent)
