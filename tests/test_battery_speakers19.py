"""Battery 19: several speakers quoted in one paragraph (issue 14, session 19).

Scraped pages often run a story's paragraphs together: 'Chief executive A said: "..." Medical director
B added: "..."' on one line. Quotation was read once a paragraph, so only the first speaker counted as
quoted. Now every other speaker of the paragraph whose own quotation opens right after the speech verb
('B added: "...', 'B said, "...'), or who follows a quotation ('"...," added B'), is quoted too.
Near-misses: a second person with reported speech only, a person named inside the first quotation.
Names and wording are invented; nothing from any corpus. Both profiles. Rows: (text, person, quoted).
"""

from __future__ import annotations

import pytest

from cqc_extract.scoring import normalise

LEAD = "Yelverton Moor NHS Trust was rated good by the CQC. "
ROWS = [
    (LEAD + 'Chief executive Ruth Ambler said: "We are proud." Medical director Owen Fallis added: "Thanks to every '
     'member of staff."', "Owen Fallis", True),
    (LEAD + 'Chief executive Ruth Ambler said: “We are proud.” Chief nurse Owen Fallis said, “Our wards are safer.”',
     "Owen Fallis", True),
    (LEAD + '"We are proud," said Ruth Ambler, the chief executive. "It was hard work," added Owen Fallis, the chief nurse.',
     "Owen Fallis", True),
    (LEAD + 'Chief executive Ruth Ambler said: "We are proud." Medical director Owen Fallis added: "Thanks to every '
     'member of staff."', "Ruth Ambler", True),
    # near-misses
    (LEAD + 'Chief executive Ruth Ambler said: "We are proud." Chief nurse Owen Fallis said the wards were safer.',
     "Owen Fallis", False),
    (LEAD + 'Chief executive Ruth Ambler said: "We are proud of chief nurse Owen Fallis, who led the change."',
     "Owen Fallis", False),
    (LEAD + 'Chief executive Ruth Ambler said: "We are proud." Mary Fallis, whose son, Owen Fallis, has lived at the '
     'home since 2020, said: "He is happy there."', "Owen Fallis", False),
    # (review) a name as an object, or inside a clause, before the speech verb
    (LEAD + 'Ruth Ambler said: "It was awful." A letter sent to Owen Fallis said: "We apologise for the failings."',
     "Owen Fallis", False),
    (LEAD + 'Ruth Ambler said: "It was awful." Mary Pike, who visited Owen Fallis, the home\'s manager, said: "He was rude."',
     "Owen Fallis", False),
]


@pytest.mark.parametrize("fixture", ["nlp_fast", "nlp"])
@pytest.mark.parametrize("text,person,quoted", ROWS)
def test_battery_speakers19(request, fixture, text, person, quoted):
    doc = request.getfixturevalue(fixture)(text)
    got = {normalise(p["name"]): p["quoted"] for p in doc._.cqc_people}
    assert got.get(normalise(person)) is quoted, got
