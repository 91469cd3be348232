"""A direction word inside an organisation's name is no verb (session 20, h-subj20): "Rose Lodge was rated good"
did not rise, so no change; the same words as verbs still give one. Invented names. Both profiles."""

import pytest

from test_ratings import RI, _items

ROWS = [
    ("Rose Lodge was rated good after an inspection in March.", {("Rose Lodge", None, "overall", "good", None, None)}),
    ("After an inspection in March, Rose Lodge was rated inadequate.", {("Rose Lodge", None, "overall", "inadequate", None, None)}),
    # near-misses: the verb after the name, a direction after the value
    ("Rose Lodge rose to good.", {("Rose Lodge", None, "overall", "good", None, "improved")}),
    ("Rose Lodge was rated good, up from requires improvement.", {("Rose Lodge", None, "overall", "good", RI, "improved")}),
]


@pytest.mark.parametrize("text, expected", ROWS)
def test_name_is_no_direction(pipeline, text, expected):
    assert _items(pipeline, text) == expected
