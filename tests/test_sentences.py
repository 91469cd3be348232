"""The pipeline's sentencizer (sentences.FastSentencizer) gives spaCy's stock boundaries."""

import random

import pytest
import spacy
from spacy.pipeline import Sentencizer

from cqc_extract.sentences import FastSentencizer, use_fast_sentencizer

TEXTS = [
    "",
    "Hello",
    "The home was rated Good. Inspectors found improvements! Was it safe? Yes.",
    "Dr. Brown said: \"It is better.\" The trust (in Kent) agreed... More later?!",
    "“We are pleased,” she said. “Staff worked hard.”\n\nNext line. 3.5 million",
]


@pytest.fixture(scope="module")
def nlp():
    return spacy.blank("en")


def test_same_boundaries_as_stock(nlp):
    stock, fast = Sentencizer(), FastSentencizer()
    rnd = random.Random(7)
    alphabet = list("ab .!?…。\"')(“”-—\n") + ["Mr.", "U.S.", "...", "?!"]
    texts = TEXTS + ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 30))) for _ in range(2000)]
    for text in texts:
        doc = nlp.make_doc(text)
        assert fast.predict([doc]) == stock.predict([doc]), text


def test_custom_punct_chars_and_swap(nlp):
    stock, fast = Sentencizer(punct_chars=[";"]), FastSentencizer(punct_chars=[";"])
    doc = nlp.make_doc("one; two. three; four")
    assert fast.predict([doc]) == stock.predict([doc])
    fast.punct_chars = {"."}  # (as from_bytes sets it)
    assert fast.predict([doc]) == Sentencizer(punct_chars=["."]).predict([doc])
    nlp2 = spacy.blank("en")
    nlp2.add_pipe("sentencizer")
    use_fast_sentencizer(nlp2)
    assert type(nlp2.get_pipe("sentencizer")) is FastSentencizer
    assert [s.text for s in nlp2("We met. They left.").sents] == ["We met.", "They left."]
