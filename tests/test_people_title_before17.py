"""People._title_before tries title_before_re only where a match can be leftmost (the
search position and word starts after it): it must give what a plain search gives."""

import random


def test_title_before_is_the_plain_search(nlp_fast):
    people = nlp_fast.get_pipe("cqc_people")
    rng = random.Random(17)
    words = ["chief", "executive", "Dr", "Mr", "Mrs", "Prof", "of", "the", "trust's", "St", "&", "-", "co-op", "(acting)",
             ",", "", "said", "O'Neil", "’s", "director", "x"]
    seps = [" ", ", ", "  ", ",", "\n", " - "]
    found = 0
    for _ in range(8_000):
        text = "".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(0, 18)))
        pos = rng.randint(0, len(text))
        plain, fast = people.title_before_re.search(text, pos), people._title_before(text, pos)
        assert (plain and (plain.span(), plain.groups())) == (fast and (fast.span(), fast.groups())), (text, pos)
        found += plain is not None
    assert found > 100  # the draw does reach titles
