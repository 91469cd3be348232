"""The tokenizer's special cases, without those that change nothing (issue 15).

spaCy's English tokenizer has ~1,350 special cases. About 40 of them map a
string to itself as one token ("\\n", " ", "’", "'", "—", some emoticons):
without them the affix rules give the same single token. They are not free:

- spaCy stops caching a Doc's words once any special case has been used in it
  (`has_special` is kept for the rest of the Doc, spaCy issue #1250), and a
  line break or a closing quote is one: most of a page's words after its first
  line break were tokenized again on every page, not read from the cache;
- those that hold an affix character are also looked for by the special-case
  matcher in every Doc, which rebuilds the Doc when one is found.

`drop_identity_special_cases` removes such a case only when the tokenizer,
without it, still makes exactly that one token of the string; tokens (and
their NORM, SHAPE, PREFIX, SUFFIX, whitespace) are the same on every text
(tests/test_tokenizer_rules.py). Warm tokenizer on the real pages: ~0.30 →
~0.11 ms a page.
"""

from __future__ import annotations

from typing import Any

from spacy.attrs import ORTH
from spacy.language import Language

from .bounds import base_tokenizer


def identity_special_cases(tokenizer: Any, keep_removed: bool = False) -> set[str]:
    """The special cases the tokenizer can do without: each maps a string to that one string as
    one token, and the tokenizer without them (all of them) still makes that single token of it.
    The tokenizer's rules are left as they were, or without those cases (`keep_removed`)."""
    rules = dict(tokenizer.rules or {})
    removed = {s for s, tokens in rules.items() if len(tokens) == 1 and tokens[0].keys() == {ORTH} and tokens[0][ORTH] == s}
    changed = kept = False
    try:
        while removed:
            tokenizer.rules = {s: t for s, t in rules.items() if s not in removed}
            changed = True
            needed = {s for s in removed if [t.text for t in tokenizer(s)] != [s]}
            if not needed:
                kept = keep_removed  # (the rules are those without `removed` now)
                break
            removed -= needed  # (again: a case kept can change how another is tokenized)
    finally:
        if changed and not kept:  # (each setting of the rules rebuilds ~1,300 cases: not twice more at load)
            tokenizer.rules = rules
    return removed


def drop_identity_special_cases(nlp: Language) -> Language:
    """Remove the identity special cases (above) from the pipeline's tokenizer."""
    tokenizer = base_tokenizer(nlp.tokenizer)  # (the rules are set on the tokenizer, not on a wrapper)
    if getattr(tokenizer, "rules", None) is None:
        return nlp
    identity_special_cases(tokenizer, keep_removed=True)
    return nlp
