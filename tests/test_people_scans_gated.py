"""cqc_people tries two more candidate patterns only where they can match (issue 15):
"the chief executive is X" at the heads a verb and a capital follow
(`_role_is_matches`), the sign-off block from the "\\n" before its line
(`_signoff_matches`). Each must give exactly the matches of the plain pattern
over the whole text: invented snippets, then random texts made of the
patterns' pieces and near-misses."""

import copy
import random

import pytest

import cqc_extract

SNIPPETS = [
    "The home's new registered manager is Mrs Tova Brennick, the letter said.",
    "Its chief executive, who joined in May, is Dr Halvard Pimm.",
    "the trust's acting chief executive has been Orla Danvers since spring",
    "which chief nurse was Bex Tamsin? The clinical lead will be now Ilsa Ordway",
    "x-ray lead nurse is Quen Harrowby; o’neil practice manager was Prof.\nEsk Varrow",
    "The deputy director of nursing is now Ysolde Marrin and the chief executive is\nJory Pellam.",
    "one two three four five six chief executive is Mara Quillon",
    "Chief Executive is Mara Quillon",
    "Yours sincerely\nMara Quillon\nChief Executive\nTarn Vale Care\n",
    "Dr Halvard Pimm\nMedical Director\nTova Brennick\nRegistered Manager",
    "\nQuen Harrowby\n  Head of Quality and Safety\n\nIlsa Ordway\nchief nurse",
    "Dr\nOrla Danvers\nDirector of Nursing, Tarn Vale",
    "Ysolde Marrin\nChief Executive.\nJory Pellam\nChief Executive",
]


@pytest.fixture(scope="module")
def people():
    return cqc_extract.load("fast").get_pipe("cqc_people")


def _random_texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    words = ["the", "new", "acting", "because", "which", "trust's", "o’neil", "x-ray", "home’s", "of", "for", "and", "a",
             "interim", "so", "it", "The", "Tarn", "well-led", "q"]
    heads = ["chief executive", "Chief Executive", "CHIEF NURSE", "registered manager", "Registered Manager", "nurse",
             "head of quality", "clinical lead", "Director", "director of nursing", "Lead Nurse", "medical director"]
    asides = ["", "", "", ", who joined in May,", ", aside,", ",x,", ", " + "y" * 41 + ",", ", in. May,", ","]
    verbs = [" is ", " was ", " will be ", " has been ", " is now ", " was Now ", " is  ", " are ", "  is ", " is\n", " has "]
    honorifics = ["", "", "Dr ", "Mrs ", "Prof.\n", "Cllr ", "Dame ", "Ms. ", "Dr Dr ", "Sir  ", "Dr\n\n"]
    names = ["Ysolde Marrin", "Ann-Marie Quarrie", "jane doe", "J Brennick", "Zoë E. Marr", "Álvar van der Berg",
             "Maria de Souza", "Tova Brennick-Smith", "Mara", "Jory Pellam Olsworth Tew"]
    stops = [".", "\n", ";", "", " said", ", ", "\n\n", "\t\n", "-x", "’s"]
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 4)):
            kind = rnd.random()
            if kind < 0.5:  # a sentence
                parts.append(" ".join(rnd.choice(words) for _ in range(rnd.randint(0, 7))) + rnd.choice(["", " ", "  ", "\n"]))
                parts.append(rnd.choice(heads) + rnd.choice(asides) + rnd.choice(verbs) + rnd.choice(honorifics) + rnd.choice(names))
            else:  # a sign-off block
                parts.append(rnd.choice(["", "\n", "\n\n", " ", "x"]) + rnd.choice(["", " ", "\t"]) + rnd.choice(honorifics)
                             + rnd.choice(names) + rnd.choice(["", " ", "\t"]) + rnd.choice(["\n", "\n\n", " ", "\n "])
                             + rnd.choice(["", "Interim ", "the ", "of ", "Acting Deputy "]) + rnd.choice(heads)
                             + rnd.choice(["", " of Tarn Vale", ", Tarn Vale Care", ". Tarn", " " + "z" * 61]))
            parts.append(rnd.choice(stops))
        texts.append("".join(parts))
    return texts


TEXTS = SNIPPETS + _random_texts(3000, 15)


def _spans(matches):
    return [(m.start(1), m.end(1)) for m in matches]


def test_role_is_at_heads_before_a_verb(people):
    regex = people.candidate_res[people.role_is_index]
    found = 0
    for text in TEXTS:
        expected = _spans(regex.finditer(text))
        assert _spans(people._role_is_matches(regex, text, people._head_positions(text))) == expected, text
        found += bool(expected)
    assert found > 300


def test_signoff_from_the_newline(people):
    regex = people.candidate_res[people.signoff_index]
    found = 0
    for text in TEXTS:
        expected = _spans(regex.finditer(text))
        assert _spans(people._signoff_matches(regex, text)) == expected, text
        found += bool(expected)
    assert found > 300


def _name_texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    tokens = ["Ysolde", "Marrin", "Ann-Marie", "O’Dell", "D'Arcy", "McTavish", "Zoë", "Élan", "J.", "Q.", "A", "van", "der",
              "de", "del", "della", "la", "da", "von", "Van", "bin", "ap", "Doe-smith", "Tew.", "Pellam,", "said", "says", "the",
              "chief executive", "registered manager", "is", "was", "aged", "84,", "(pictured)", "son", "and", "–", "Mr",
              "Dr.", "Ms", "from", "at", "head of care", "who", "MP", "VAN", "dell", "de-", "l'"]
    texts = []
    for _ in range(n):
        words = [rnd.choice(tokens) for _ in range(rnd.randint(2, 14))]
        text = ""
        for w in words:
            text += w + rnd.choice([" ", " ", " ", " ", ", ", "\n", ". ", "  ", ""])
        texts.append(text)
    return texts


def test_name_with_particles_read_once(people):
    """Every candidate pattern built with the name's plain form matches the same."""
    plain = copy.copy(people)
    plain.name_pat = people.name_pat_plain
    assert plain.name_pat != people.name_pat
    old = list(plain._candidate_patterns()) + [plain.cap_title_re]
    new = list(people.candidate_res) + [people.cap_title_re]
    found = 0
    for text in SNIPPETS + _name_texts(3000, 21) + TEXTS[:500]:
        for a, b in zip(old, new):
            expected = [(m.span(), m.groups()) for m in a.finditer(text)]
            assert [(m.span(), m.groups()) for m in b.finditer(text)] == expected, (a.pattern[:60], text)
            found += len(expected)
        assert plain._name_first_matches(text) == people._name_first_matches(text), text
    assert found > 1000


def _kin_texts(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    lead = ["the", "The", "a", "An", "her", "His", "their", "whose", "my", "Our", "tHe", "x", "which", "o’neil", "x-ray", "its"]
    mid = ["", "", " late", " elderly", " because", " step-", " Old", " d’aunt", " which", " 84-year-old"]
    kin = [" son", " daughter", " service user", " user", " resident", " wife", " sons", " mum", " fiancé", " nurse"]
    names = ["Ysolde Marrin", "Ann-Marie Quarrie", "jane doe", "J Brennick", "Zoë E. Marr", "Álvar van der Berg", "Mara",
             "Dr Tova Brennick-Smith", "Mrs\nOrla Danvers", "Prof. Dr Esk Varrow", "Jory Pellam Olsworth Tew"]
    texts = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 4)):
            parts.append(rnd.choice(["", " ", "\n", "(", ". "]) + rnd.choice(lead) + rnd.choice(mid) + rnd.choice(kin)
                         + rnd.choice(["", ",", ", ", " ", "  ", ",\n"]) + rnd.choice(names) + rnd.choice(["", ".", " said", "’s", "-x"]))
        texts.append("".join(parts))
    return texts


def test_kin_before_the_name_at_kinship_words(people):
    regex = people.candidate_res[people.kin_before_index]
    found = 0
    for text in SNIPPETS + ["Her son, Quen Harrowby, and the service user Ilsa Ordway came."] + _kin_texts(3000, 4) + TEXTS:
        expected = _spans(regex.finditer(text))
        assert _spans(people._kin_before_matches(regex, text)) == expected, text
        found += bool(expected)
    assert found > 300
