"""Battery 20: people found by short probes (issue 14, session 20).

- "Dr A, one of the GP partners, added: '...'" crashed the people component (a title cut from "one of the
  ... partners" had no pattern for the organisation-after-title test to ask): the whole article was lost.
- 'A said staff were proud. B added: "..."' in one paragraph: A's speech is reported and ended before the
  quotation, which opens right after B's own speech verb, so B is quoted and A is not (A was).
Names and wording are invented; nothing from any corpus. Both profiles where they differ.
"""

import pytest

from conftest import family_cases


def _people(nlp, text):
    return {(p["name"], p["role"], p["organisation"], p["quoted"]) for p in nlp(text)._.cqc_record["people"]}


S = "Tarrow Lane Surgery"

FAMILIES = {
    "one_of_the_partners": [
        (f'{S} has been rated good. Dr Helen Kaye, one of the GP partners, added: "It is a team effort."',
         {("Helen Kaye", "gp partner", S, True)}),
        (f'{S} has been rated good. Mark Eade, one of the partners, said: "We are proud."',
         {("Mark Eade", "partner", S, True)}),
    ],
    "reported_speech_then_another_quote": [
        (f'{S} has been rated good. Practice manager Peter Dunn said staff were proud. Dr Helen Kaye said: '
         '"It is a team effort."',
         {("Peter Dunn", "practice manager", S, False), ("Helen Kaye", None, None, True)}),
        # near-miss: the first speaker's own quotation, then the second's: both quoted
        (f'{S} has been rated good. Practice manager Peter Dunn said: "Staff are proud." Dr Helen Kaye added: '
         '"It is a team effort."',
         {("Peter Dunn", "practice manager", S, True), ("Helen Kaye", None, None, True)}),
        # near-miss: reported speech and the same speaker's quotation after it
        (f'{S} has been rated good. Practice manager Peter Dunn said staff were proud. "It is a team effort," he added.',
         {("Peter Dunn", "practice manager", S, True)}),
    ],
    "review20_near_misses": [
        # (review) "director of Care" is a title before a person's name, no body "Care Sarah Brown"
        ('The home\'s director of Care Sarah Brown said: "We are pleased."', {("Sarah Brown", "director of care", None, True)}),
        # (review) a singular title after the second of two people is that one's only; both said it
        ('Fenn House was rated good. Mary Jones and John Smith, the home\'s manager, said: "We are delighted."',
         {("Mary Jones", None, None, True), ("John Smith", "manager", "Fenn House", True)}),
        # (review) a singular title before the first is not shared ("Boss" ends in s)
        ('Fenn House was rated good. Boss John Smith and Mary Jones said: "We are thrilled."',
         {("John Smith", "boss", "Fenn House", True), ("Mary Jones", None, None, True)}),
    ],
}


@pytest.mark.parametrize("family, text, expected", family_cases(FAMILIES))
def test_people20_battery(pipeline, family, text, expected):
    """Both profiles (conftest's `pipeline`)."""
    assert _people(pipeline, text) == expected
