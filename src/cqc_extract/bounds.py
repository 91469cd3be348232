"""Bounds that keep hostile text from stalling a worker (docs/robustness.md).

1. spaCy's tokenizer finds a token's suffix with `suffix_search(substring)`, a
regex whose branches all end in `$`. `re.search` tries every start position
of the substring, and the tokenizer calls it once per suffix it strips, so a
"word" of n suffix characters (100,000 "£" or '"' with no space) costs n²
steps: minutes. Suffixes are short (punctuation, units, "'s"), so searching
only the last `SUFFIX_WINDOW` characters finds the same suffix in O(window)
time. Lookbehinds still see the characters before the window (re reads the
whole string; only the start position moves).

2. Even so, stripping affixes one by one from a "word" copies and hashes the
rest of it each time: still n² for a whitespace-free run of n characters. Such
runs (longer than `MAX_WORD`, 1,000 characters: no word, e-mail or URL in an
article is that long) are cut into 1,000-character segments, each tokenized on
its own; the Doc's text is unchanged (`Doc.from_docs` without added spaces).
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

# Longer than any real word, e-mail address or URL in an article.
MAX_WORD = 1000
# Longer than any suffix spaCy's English rules match in real text; a run of
# more than this many dots ("....") is cut into several suffix tokens.
SUFFIX_WINDOW = 64


class TailSearch:
    """`pattern.search` restricted to the last `window` characters of a string."""

    def __init__(self, pattern: Any, window: int = SUFFIX_WINDOW):
        self.pattern = pattern
        self.window = window

    @property
    def __self__(self) -> Any:
        # spaCy serialises suffix_search as `suffix_search.__self__.pattern`:
        # saving a pipeline writes the original regex.
        return self.pattern

    def __call__(self, string: str):
        return self.pattern.search(string, max(0, len(string) - self.window))

    def __reduce__(self):
        return (TailSearch, (self.pattern, self.window))




class TokenizerWrapper:
    """A wrapper round the pipeline's tokenizer that changes only `__call__`:
    everything else is delegated to the tokenizer it holds (serialisation, affix
    rules, explain), so a saved pipeline stores the ordinary tokenizer. Setting
    an attribute is not delegated: set rules on `base_tokenizer(...)`."""

    tokenizer: Any

    def __getattr__(self, name: str) -> Any:
        if name == "tokenizer":  # not yet set (unpickling): no recursion
            raise AttributeError(name)
        return getattr(self.tokenizer, name)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)


def base_tokenizer(tokenizer: Any) -> Any:
    """The spaCy tokenizer inside any TokenizerWrappers round it."""
    while isinstance(tokenizer, TokenizerWrapper):
        tokenizer = tokenizer.tokenizer
    return tokenizer


class BoundedTokenizer(TokenizerWrapper):
    """The pipeline's tokenizer, with whitespace-free runs over `max_word`
    characters cut into segments (a TokenizerWrapper)."""

    def __init__(self, tokenizer: Any, max_word: int = MAX_WORD):
        self.tokenizer = tokenizer
        self.max_word = max_word

    def __reduce__(self):
        return (BoundedTokenizer, (self.tokenizer, self.max_word))

    def _cuts(self, text: str) -> list[int]:
        cuts, start = [], None
        # One pass over the characters of long runs only: str.split found them.
        for i, char in enumerate(text):
            if char.isspace():
                start = None
            elif start is None:
                start = i
            elif (i - start) % self.max_word == 0:
                cuts.append(i)
        return cuts

    def __call__(self, text: str) -> Doc:
        # str.split runs in C: the common case costs one pass and no Python loop.
        if len(text) <= self.max_word or max(map(len, text.split()), default=0) <= self.max_word:
            return self.tokenizer(text)
        bounds = [0, *self._cuts(text), len(text)]
        docs = [self.tokenizer(text[a:b]) for a, b in zip(bounds, bounds[1:])]
        return Doc.from_docs(docs, ensure_whitespace=False)


def bound_tokenizer(nlp: Language, window: int = SUFFIX_WINDOW, max_word: int = MAX_WORD) -> Language:
    """Make tokenizing linear in the text's length, whatever the text (see above)."""
    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, BoundedTokenizer):
        return nlp
    base = base_tokenizer(tokenizer)  # (the suffix rule is set on the tokenizer, not on a wrapper)
    search = base.suffix_search
    pattern = getattr(search, "__self__", None)
    if pattern is not None and hasattr(pattern, "search") and not isinstance(search, TailSearch):
        base.suffix_search = TailSearch(pattern, window)
    nlp.tokenizer = BoundedTokenizer(tokenizer, max_word)
    return nlp
