"""Cheap tests before a regex search: the literal words a pattern's every match contains.

`required_literals(pattern)` reads a compiled pattern's parse tree and returns
a set of strings such that every match of the pattern contains at least one
of them (or None when it finds no such set). A text that contains none of
them has no match, so the search can be skipped: `str.__contains__` scans a
text for a word in C about a hundred times faster than `re` tries a pattern
that opens with an alternation or a lookbehind at every character.

The test is exact, not a heuristic: it only ever skips searches that would
find nothing (a match lies inside the text searched, and so do the
characters it consumes). Assertions (lookbehinds, lookaheads, \\b) consume
nothing and are never used as required text.
"""

from __future__ import annotations

import re
from typing import Iterable
from re import _constants as C  # type: ignore[attr-defined]
from re import _parser as P  # type: ignore[attr-defined]
from re import _compiler as K  # type: ignore[attr-defined]

import _sre  # type: ignore[import-not-found]

# Shorter required words than this make no useful test ("a", "of").
MIN_LITERAL = 3


def lower_stands_for_ignorecase(text: str, low: str) -> bool:
    """Whether `low` (`text.lower()`) can stand for `re`'s IGNORECASE reading of
    `text`: not where lower() maps a character to two ("İ") or IGNORECASE matches
    a letter lower() does not give ("ı" with i, "ſ" with s)."""
    return len(low) == len(text) and "ı" not in text and "ſ" not in text


def _parsed(pattern: re.Pattern[str] | str):
    """The parse tree of a str pattern (None for bytes, IGNORECASE or VERBOSE
    patterns, whose literals the readers below cannot take at their word, and
    for a pattern that does not parse)."""
    source, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, 0)
    if not isinstance(source, str) or flags & (re.IGNORECASE | re.VERBOSE):
        return None
    try:
        return P.parse(source, flags)
    except re.error:
        return None


def fewest_words(words) -> list[str]:
    """`words` (sorted, once each) less each that holds another of them ("town councils" holds
    "councils"): a text holds one of them exactly when it holds one of these."""
    words = sorted(set(words))
    return [w for w in words if not any(o != w and o in w for o in words)]


def required_literals(pattern: re.Pattern[str] | str, min_length: int = MIN_LITERAL) -> frozenset[str] | None:
    """Strings one of which every match of `pattern` contains, each at least
    `min_length` characters long; None when no such set is found (then every
    text must be searched)."""
    tree = _parsed(pattern)
    if tree is None:
        return None
    found = _sequence(list(tree))
    if not found or min(map(len, found)) < min_length:
        return None
    # "condition" found, "conditions" need not be looked for
    return frozenset(fewest_words(found))


def _sequence(items) -> set[str] | None:
    """The best required set of a sequence of parse items: the one whose
    shortest string is longest (each item's set, or a run of literal characters)."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, av in items:
        char = _single_char(op, av)
        if char is not None:
            run.append(char)
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        sub = _item(op, av)
        if sub:
            candidates.append(sub)
    if run:
        candidates.append({"".join(run)})
    if not candidates:
        return None
    return max(candidates, key=lambda c: min(map(len, c)))


def _single_char(op, av) -> str | None:
    """The one character a LITERAL (or a class of one literal) matches."""
    if op is C.LITERAL:
        return chr(av)
    if op is C.IN and len(av) == 1 and av[0][0] is C.LITERAL:
        return chr(av[0][1])
    return None


def _item(op, av) -> set[str] | None:
    """The required set of one parse item that is no single character."""
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & (re.IGNORECASE | re.VERBOSE):
            return None
        return _sequence(list(sub))
    if op is C.ATOMIC_GROUP:
        return _sequence(list(av))
    if op is C.BRANCH:
        union: set[str] = set()
        for alternative in av[1]:
            sub = _sequence(list(alternative))
            if not sub:
                return None  # an alternative with no required text: the branch requires none
            union |= sub
        return union
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        if low < 1:
            return None
        return _sequence(list(sub))
    return None  # ANY, a class, an assertion, a back reference: no required text


def contains_any(text: str, literals: frozenset[str] | None) -> bool:
    """Whether `text` contains one of `literals` (always True for None: no test)."""
    # (a plain loop: any() over a generator costs a third more, and this runs tens of times a page)
    if literals is None:
        return True
    for word in literals:
        if word in text:
            return True
    return False


def alternation(fragments: list[str]) -> str:
    """One group matching any of the regex `fragments`, longest first (so a longer phrase wins over its
    own start)."""
    ordered = sorted(fragments, key=len, reverse=True)
    return "(?:" + "|".join(f"(?:{f})" for f in ordered) + ")"


def literal_alternation(phrases: Iterable[str]) -> str:
    """`(?:p1|p2|...)` of the escaped phrases, in their order, grouped by first
    letter: "(?:c(?:hief executive|hair)|d(?:irector))". The same matches and
    groups as the flat alternation (also under IGNORECASE): two phrases whose
    first letters differ (ASCII, compared in lower case) never match at the
    same place, so only the order within a group matters, and it is kept. `re`
    tries every branch of a flat alternation at each character; grouped, a
    character that opens no phrase fails after one test per letter, several
    times faster on a pattern that opens with a long list. Phrases opening with
    a non-ASCII character (or an empty one) give the flat alternation."""
    phrases = list(phrases)
    if not phrases or not all(p and p[0].isascii() for p in phrases):
        return r"(?:" + "|".join(re.escape(p) for p in phrases) + r")"
    groups: dict[str, list[str]] = {}
    for p in phrases:
        groups.setdefault(p[0].lower(), []).append(p)
    parts = []
    for members in groups.values():
        if len(members) == 1:
            parts.append(re.escape(members[0]))
        elif len({p[0] for p in members}) == 1:
            parts.append(re.escape(members[0][0]) + r"(?:" + "|".join(re.escape(p[1:]) for p in members) + r")")
        else:  # "Chief" and "chief": the first letter stays in each phrase
            parts.append(r"(?:" + "|".join(re.escape(p) for p in members) + r")")
    return r"(?:" + "|".join(parts) + r")"


def boundary_factored(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern, with `\\b` taken out of each run of alternatives that
    open with it: `(?:%|\\bfrom|\\blost|x)` runs as `(?:%|\\b(?:from|lost)|x)`.
    The matches and groups are the same (the alternatives are tried in the
    same order, and a run fails at once where `\\b` does). It is faster
    because `re` skips an alternative that opens with a literal after one
    character test, but enters every alternative that opens with an
    assertion; a cue of thirty `\\b`-led words tried at every character of a
    clause costs several times less. (`re` itself factors a prefix only when
    every alternative shares it.) The pattern keeps its source string
    (`.pattern`); anything the parse tree does not allow returns `pattern`."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.VERBOSE:
        return pattern
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
        new = P.SubPattern(tree.state, _factored(tree.data, tree.state))
        code = K._code(new, pattern.flags)
        indexgroup = [None] * tree.state.groups
        for name, index in tree.state.groupdict.items():
            indexgroup[index] = name
        return _sre.compile(pattern.pattern, pattern.flags | tree.state.flags, code, tree.state.groups - 1,
                            tree.state.groupdict, tuple(indexgroup))
    except Exception:  # a construct of a later `re` this does not know: the pattern as it is
        return pattern


def _opens_with_boundary(alternative) -> bool:
    return len(alternative.data) > 1 and alternative.data[0] == (C.AT, C.AT_BOUNDARY)


def _factored(items, state) -> list:
    """The parse items with every branch's runs of `\\b`-led alternatives grouped."""
    out = []
    for op, av in items:
        if op is C.BRANCH:
            alternatives = [P.SubPattern(state, _factored(a.data, state)) for a in av[1]]
            grouped: list = []
            k = 0
            while k < len(alternatives):
                j = k
                while _opens_with_boundary(alternatives[k]) and j + 1 < len(alternatives) and _opens_with_boundary(alternatives[j + 1]):
                    j += 1
                if j > k:
                    rest = [P.SubPattern(state, a.data[1:]) for a in alternatives[k : j + 1]]
                    grouped.append(P.SubPattern(state, [
                        (C.AT, C.AT_BOUNDARY), (C.SUBPATTERN, (None, 0, 0, P.SubPattern(state, [(C.BRANCH, (None, rest))])))]))
                else:
                    grouped.append(alternatives[k])
                k = j + 1
            if len(grouped) == 1:
                out.extend(grouped[0].data)
            else:
                out.append((C.BRANCH, (av[0], grouped)))
        elif op is C.SUBPATTERN:
            group, add_flags, del_flags, sub = av
            out.append((op, (group, add_flags, del_flags, P.SubPattern(state, _factored(sub.data, state)))))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, high, sub = av
            out.append((op, (low, high, P.SubPattern(state, _factored(sub.data, state)))))
        elif op in (C.ASSERT, C.ASSERT_NOT):
            direction, sub = av
            out.append((op, (direction, P.SubPattern(state, _factored(sub.data, state)))))
        elif op is C.ATOMIC_GROUP:
            out.append((op, P.SubPattern(state, _factored(av.data, state))))
        else:
            out.append((op, av))
    return out



# The most alternatives literal_led writes out before it gives up (the pattern as it is).
LITERAL_LED_LIMIT = 600
# How often each character opens a position of running English text (letters by their usual
# frequency, lower case; a space about one in six): literal_led leaves a pattern as it is when
# the characters its alternatives open with cover more than LITERAL_LED_COVER of a text. There
# `re` skips few characters, and trying alternatives one by one costs more than the shared
# prefixes of the pattern as written.
CHAR_SHARE = {
    **{c: f / 100 * 0.8 for c, f in zip("etaoinshrdlcumwfgypbvkjxqz", (
        12.7, 9.1, 8.2, 7.5, 7.0, 6.7, 6.3, 6.1, 6.0, 4.3, 4.0, 2.8, 2.8, 2.4, 2.4, 2.2, 2.0, 2.0, 1.9, 1.5, 1.0, 0.8,
        0.15, 0.15, 0.1, 0.07))},
    " ": 0.17,
}
OTHER_CHAR_SHARE = 0.005
LITERAL_LED_COVER = 0.40


def literal_led(pattern: re.Pattern[str], cover: float = LITERAL_LED_COVER) -> re.Pattern[str]:
    """The same pattern written so that every alternative opens with a literal
    character: `(?<![\\w-])(?:(?:hope|plan) to raise|bids?)(?![\\w-])` runs as
    `(?:h(?<![\\w-][\\s\\S])ope to raise(?![\\w-])|p(?<![\\w-][\\s\\S])lan to raise(?![\\w-])|b(?<![\\w-][\\s\\S])ids?(?![\\w-]))`,
    grouped by that character. `re` then skips in C every character no
    alternative opens with, and at the others tries only the alternatives
    opening with it; an opening lookbehind or a list of words tried at every
    character costs several times more. The matches are the same: the
    alternatives are tried in the same order (those opening with different
    characters never match at the same place), what follows a group is
    written after each of its alternatives (as backtracking tries it), and a
    one-character lookbehind before the first character is the same test
    made one character later. A pattern with groups, flags, or an
    alternative that opens with anything else (a repeat, a class with ranges)
    is returned as it is; so is one that would need more than
    LITERAL_LED_LIMIT alternatives, or whose opening characters are too
    common to skip (`cover`, LITERAL_LED_COVER unless a caller measured its
    pattern faster written so). The pattern keeps its source string."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.VERBOSE | re.MULTILINE | re.DOTALL):
        return pattern
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
        if tree.state.groups > 1:
            return pattern
        items = list(tree.data)
        alternatives = _expanded(items, [0], pattern.flags)
        # (one alternative: worth it only when the pattern opens with a lookbehind or \b, which re
        # tries at every character; one that opens with its literal is skipped to already)
        if alternatives is None or not alternatives or (len(alternatives) == 1 and items[0][0] is C.LITERAL):
            return pattern
        state = tree.state
        groups = _by_first_char(alternatives)
        if sum(CHAR_SHARE.get(chr(c), OTHER_CHAR_SHARE) for c in groups) > cover:
            return pattern
        branch = _first_char_branch(groups, state)
        if branch is None:
            return pattern
        new = branch[0] if len(branch) == 1 else P.SubPattern(state, [(C.BRANCH, (None, branch))])
        code = K._code(new, pattern.flags)
        return _sre.compile(pattern.pattern, pattern.flags | state.flags, code, state.groups - 1, state.groupdict, (None,))
    except Exception:  # a construct of a later `re` this does not know: the pattern as it is
        return pattern


def _by_first_char(alternatives: list[list]) -> dict[int, list]:
    """Alternatives that each open with a LITERAL, grouped by it (in order) with that LITERAL taken off."""
    groups: dict[int, list] = {}
    for alternative in alternatives:
        groups.setdefault(alternative[0][1], []).append(alternative[1:])
    return groups


def _first_char_branch(groups: dict[int, list], state) -> list | None:
    """One alternative per opening character, the rest of its alternatives a branch after it."""
    branch = []
    for char, rests in groups.items():
        head = [(C.LITERAL, char)]
        if len(rests) == 1:
            body = head + rests[0]
        elif any(not r for r in rests):
            return None  # (an empty alternative inside a branch: not worth the care)
        else:
            body = head + [(C.BRANCH, (None, [P.SubPattern(state, r) for r in rests]))]
        branch.append(P.SubPattern(state, body))
    return branch


def lookbehind_then_literal_led(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The same pattern, its opening one-character lookbehind kept in front and
    the alternatives after it written as literal_led writes them: a word list
    such as `(?<![\\w-])(?:will|would|(?<!in\\s)may|...)(?![\\w-])` whose opening
    letters cover most of a text (literal_led leaves it: `re` would stop at
    nearly every letter), but whose lookbehind fails inside a word. `re` tests
    the lookbehind at every character as before; at a word start it then
    tests one character per opening letter, instead of entering each
    alternative that opens with a lookbehind or a group of its own (the
    actions' threat cues: ~7 x faster on a clause). The same matches: a
    zero-width lookbehind before an alternation is the same test before each
    alternative, and the alternatives keep literal_led's order. A pattern that
    opens otherwise, has groups or flags, or cannot be written so is returned
    as it is; the pattern keeps its source string."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.IGNORECASE | re.VERBOSE | re.MULTILINE | re.DOTALL):
        return pattern
    try:
        tree = P.parse(pattern.pattern, pattern.flags)
        items = list(tree.data)
        if tree.state.groups > 1 or len(items) < 2 or items[0][0] not in (C.ASSERT, C.ASSERT_NOT) or items[0][1][0] != -1 \
                or items[0][1][1].getwidth() != (1, 1):
            return pattern
        alternatives = _expanded(items[1:], [0], pattern.flags)
        if not alternatives:
            return pattern
        state = tree.state
        branch = _first_char_branch(_by_first_char(alternatives), state)
        if branch is None:
            return pattern
        new = P.SubPattern(state, [items[0], *(branch[0].data if len(branch) == 1 else [(C.BRANCH, (None, branch))])])
        code = K._code(new, pattern.flags)
        return _sre.compile(pattern.pattern, pattern.flags | state.flags, code, state.groups - 1, state.groupdict, (None,))
    except Exception:  # a construct of a later `re` this does not know: the pattern as it is
        return pattern


def _expanded(items: list, count: list[int], flags: int) -> list[list] | None:
    """The sequence `items` as alternatives that each open with a LITERAL (None
    when one cannot). A \\b, \\B or fixed-width lookbehind before that
    character is made the same test one character later, right after it."""
    if not items:
        return None
    op, av = items[0]
    rest = items[1:]
    if op is C.LITERAL:
        count[0] += 1
        return None if count[0] > LITERAL_LED_LIMIT else [items]
    if op is C.IN:
        if not all(o is C.LITERAL for o, _ in av):
            return None
        out = []
        for _, ch in av:
            sub = _expanded([(C.LITERAL, ch)] + rest, count, flags)
            if sub is None:
                return None
            out += sub
        return out
    if op is C.BRANCH:
        out = []
        for alternative in av[1]:
            sub = _expanded(list(alternative.data) + rest, count, flags)
            if sub is None:
                return None
            out += sub
        return out
    if op is C.SUBPATTERN:
        group, add_flags, del_flags, sub = av
        if group is not None or add_flags or del_flags:
            return None
        return _expanded(list(sub.data) + rest, count, flags)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT) and av[0] == 0 and av[1] == 1:
        # x?: x then the rest, else the rest (x??: the other way round)
        once, never = _expanded(list(av[2].data) + rest, count, flags), _expanded(rest, count, flags)
        if once is None or never is None:
            return None
        return once + never if op is C.MAX_REPEAT else never + once
    any_char = (C.IN, [(C.CATEGORY, C.CATEGORY_SPACE), (C.CATEGORY, C.CATEGORY_NOT_SPACE)])
    if op is C.AT and av in (C.AT_BOUNDARY, C.AT_NON_BOUNDARY):
        sub = _expanded(rest, count, flags)
        if sub is None:
            return None
        out = []
        for alternative in sub:
            char = chr(alternative[0][1])
            word = (char.isalnum() or char == "_") and (char.isascii() or not flags & re.ASCII)
            # \b before a word character: no word character before it; before another: one
            kind = C.ASSERT_NOT if word == (av is C.AT_BOUNDARY) else C.ASSERT
            word_before = P.SubPattern(P.State(), [(C.IN, [(C.CATEGORY, C.CATEGORY_WORD)]), any_char])
            out.append([alternative[0], (kind, (-1, word_before)), *alternative[1:]])
        return out
    if op in (C.ASSERT, C.ASSERT_NOT) and av[0] == -1:
        low, high = av[1].getwidth()
        if low != high:
            return None
        sub = _expanded(rest, count, flags)
        if sub is None:
            return None
        behind = (op, (-1, P.SubPattern(av[1].state, [*av[1].data, any_char])))
        return [[alternative[0], behind, *alternative[1:]] for alternative in sub]
    return None


def required_literal_sets(pattern: re.Pattern[str] | str, min_length: int = MIN_LITERAL,
                          max_sets: int = 8, max_union: int = 256) -> list[frozenset[str]] | None:
    """Sets of strings such that every match of `pattern` contains all the strings of
    one of them (None when none are found): a finer test than `required_literals`,
    which asks for one string of one set. `(?:placed|put)\\s+in\\s+special\\s+measures`
    gives [{"placed", "special", "measures"}, {"put", ...}] (strings shorter than
    `min_length` left out). A sequence asks for the strings of each of its parts; an
    alternation for those of one branch. Each set only leaves out strings a match
    needs, never adds one: a text that holds every string of no set has no match.
    Where the product of a sequence's parts would pass `max_sets` sets, the part is
    left out (a weaker test, still exact); an alternation of more than `max_union`
    sets asks for nothing."""
    tree = _parsed(pattern)
    if tree is None:
        return None
    found = _dnf_sequence(list(tree), min_length, max_sets, max_union)
    if found is None or any(not s for s in found):
        return None
    return list(dict.fromkeys(frozenset(s) for s in found))


def _dnf_sequence(items, min_length: int, max_sets: int, max_union: int) -> list[frozenset[str]] | None:
    acc: list[frozenset[str]] = [frozenset()]
    run: list[str] = []

    def add(sets: list[frozenset[str]] | None) -> None:
        nonlocal acc
        if not sets:
            return
        product = [a | b for a in acc for b in sets]
        if len(product) <= max_sets or len(acc) == 1 and len(product) <= max_union:
            acc = product

    for op, av in items:
        char = _single_char(op, av)
        if char is not None:
            run.append(char)
            continue
        if len(run) >= min_length:
            add([frozenset(["".join(run)])])
        run = []
        add(_dnf_item(op, av, min_length, max_sets, max_union))
    if len(run) >= min_length:
        add([frozenset(["".join(run)])])
    return acc


def _dnf_item(op, av, min_length: int, max_sets: int, max_union: int) -> list[frozenset[str]] | None:
    """The sets of one parse item that is no single character (None: it asks for nothing)."""
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & (re.IGNORECASE | re.VERBOSE):
            return None
        return _dnf_sequence(list(sub), min_length, max_sets, max_union)
    if op is C.ATOMIC_GROUP:
        return _dnf_sequence(list(av), min_length, max_sets, max_union)
    if op is C.BRANCH:
        union: list[frozenset[str]] = []
        for alternative in av[1]:
            sub = _dnf_sequence(list(alternative), min_length, max_sets, max_union)
            if not sub or any(not s for s in sub):
                return None  # a branch that asks for nothing: the alternation asks for nothing
            union += sub
        return union if len(union) <= max_union else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        if low < 1:
            return None
        return _dnf_sequence(list(sub), min_length, max_sets, max_union)
    return None  # ANY, a class, an assertion, a back reference: nothing asked for


# -- matching only where a match can begin ---------------------------------------
def phrase_starts(phrases: Iterable[str], min_length: int = MIN_LITERAL,
                  blanks_before: bool = False) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Where a match of a phrase alternation can begin, as (literal, offsets) pairs for
    `finditer_from`: the phrases are words a pattern joins by `\\s{1,3}` (the folded
    phrases of organisations._alternation_re) or by one space, and every match begins
    with a phrase's first word. A first word shorter than `min_length` ("a statement
    from") is found too often: its phrase's second word is looked for instead, the
    match beginning 2 to 4 characters plus the first word's length before it.
    `blanks_before`: the pattern opens with `\\s\\s{0,2}` before the phrases, so a
    match begins 1 to 3 characters earlier."""
    lead = (1, 2, 3) if blanks_before else (0,)
    starts: dict[str, set[int]] = {}
    for phrase in phrases:
        words = phrase.split()
        if not words:
            return ()
        if len(words[0]) >= min_length or len(words) == 1:
            starts.setdefault(words[0], set()).update(lead)
        else:
            starts.setdefault(words[1], set()).update(len(words[0]) + k + b for k in (1, 2, 3) for b in lead)
    return tuple((literal, tuple(sorted(offsets))) for literal, offsets in starts.items())


def starts_of(text: str, literal: str) -> list[int]:
    """Every place `literal` starts in `text`, overlapping ones too, in order (`str.find`)."""
    found, find = [], text.find
    i = find(literal)
    while i >= 0:
        found.append(i)
        i = find(literal, i + 1)
    return found


def finditer_from(pattern: re.Pattern[str], text: str, starts: tuple[tuple[str, tuple[int, ...]], ...]):
    """`pattern.finditer(text)`, trying the pattern only where one of `starts` (from
    `phrase_starts`) puts a match's beginning: the positions of each literal (found
    by `str.find`, in C) less each of its offsets. The same matches when every match
    of `pattern` begins at such a position and none is empty: finditer takes, from
    the end of the last match on, the first position where the pattern matches, and
    every position where it can is among those tried, in order. (`re` tries a
    pattern that opens with a long alternation at every character that opens one
    of its phrases; `str.find` skips through the text several times faster.)
    Patterns that can match empty are not for this reader."""
    if not starts:
        yield from pattern.finditer(text)
        return
    positions = set()
    for literal, offsets in starts:
        for i in starts_of(text, literal):
            for off in offsets:
                if i >= off:
                    positions.add(i - off)
    match = pattern.match
    last = 0
    for pos in sorted(positions):
        if pos >= last:
            m = match(text, pos)
            if m is not None:
                yield m
                last = m.end() if m.end() > pos else pos + 1  # (an empty match: the next position on)
