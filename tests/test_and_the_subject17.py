"""'A was rated good and the B was rated good': a bare 'and' before 'the' and an
organisation with its own verb opens B's statement, as it does before a bare
name. Before session 17 the clause was not cut there, so each home's item
carried every equal value of the sentence as its evidence (and a sentence of n such
statements cost n² in ratings and in the record's checks: benchmarks/hostile.py
"X-run Y rated")."""

import pytest

ROWS = [
    ("Both were inspected: the Oakmere House was rated good and the Larchfield House was rated good.",
     {"Oakmere House": ["good"], "Larchfield House": ["good"]}),
    ("the Oakmere House was rated outstanding and the Larchfield House was rated outstanding too.",
     {"Oakmere House": ["outstanding"], "Larchfield House": ["outstanding"]}),
    ("In May the Wexcombe-run Oakmere House was rated good and the Pellham-run Larchfield House was rated good.",
     {"Oakmere House": ["good"], "Larchfield House": ["good"]}),
    # (near-miss: different values were never shared)
    ("Inspectors said the Oakmere House was rated good and the Larchfield House was rated outstanding.",
     {"Oakmere House": ["good"], "Larchfield House": ["outstanding"]}),
]


@pytest.mark.parametrize("text,expected", ROWS)
def test_each_statement_keeps_its_own_value(nlp_fast, text, expected):
    from cqc_extract import extract

    record = extract(text, nlp=nlp_fast)
    got = {r.subject: [e.text for e in r.evidence] for r in record.ratings}
    assert got == expected
    # each value is evidence of one item only
    starts = [e.start for r in record.ratings for e in r.evidence]
    assert len(starts) == len(set(starts))
