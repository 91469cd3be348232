"""Hostile inputs (issues 8 and 15): the generators shared by
tests/test_pathological.py (does any input hang a worker?) and
`benchmarks/throughput.py --hostile` (what does each cost per character and
per token, and how does that grow with the size?).

Each family builds its text from a repeat count `n`, and the length grows
linearly with `n`, so a family can be built either at the test's own count
(`Family.count`, times a scale) or at a target number of characters
(`Family.sized`). All names here are invented.
"""

from __future__ import annotations

from typing import Callable, NamedTuple


class Family(NamedTuple):
    # A NamedTuple, not a dataclass: the tests load this file by its path
    # (conftest.load_script), outside sys.modules, which dataclasses need.
    name: str
    build: Callable[[int], str]
    # The repeat count tests/test_pathological.py uses at scale 1; None for
    # the families only the benchmark runs.
    count: int | None = None
    format: str | None = None
    group: str = "pathological"

    def text(self, n: int) -> str:
        return self.build(max(1, n))

    def sized(self, chars: int) -> str:
        """The text with the repeat count that brings it closest to `chars` characters."""
        # The length grows with n (not always by the same step: names vary).
        low, high = 1, 1
        while len(self.build(high)) < chars:
            low, high = high, high * 2
        while low < high:
            middle = (low + high) // 2
            if len(self.build(middle)) < chars:
                low = middle + 1
            else:
                high = middle
        return self.build(low)


def _name(i: int, syllables=("ar", "bel", "cor", "dun", "el", "fen", "gar", "hol", "ket", "lom",
                             "mar", "nor", "ost", "pen", "ril", "sor", "tam", "vel", "wen", "yor")) -> str:
    """A distinct invented name for every i < 8,000 (three syllables)."""
    a, b, c = i % 20, (i // 20) % 20, (i // 400) % 20
    return (syllables[a] + syllables[b] + syllables[c]).capitalize()


# The families of tests/test_pathological.py, with their repeat counts there.
PATHOLOGICAL = (
    Family("pound signs", lambda n: "£" * n, 30_000),
    Family("pounds and digits", lambda n: "£" + "1," * n, 30_000),
    Family("many amounts", lambda n: "£1,000,000 " * n, 3_000),
    Family("digits after £ in a sentence", lambda n: "The trust was fined £" + "1" * n + " for a new ward.", 50_000),
    Family("a and space", lambda n: "a " * n, 100_000),
    Family("one long word", lambda n: "x" * n, 300_000),
    Family("digits", lambda n: "1" * n, 200_000),
    Family("capitalised words", lambda n: "Northbrook " * n, 20_000),
    Family("quote marks", lambda n: '"' * n + " said Ada Quennell.", 50_000),
    Family("line breaks", lambda n: "\n" * n + "Northbrook Care Home was rated good.", 200_000),
    Family("rated good from", lambda n: "rated good from " * n, 10_000),
    Family("rating sentence repeated", lambda n: "Northbrook Care Home was rated good from requires improvement. " * n, 600),
    Family("bullets", lambda n: "- Safe: good\n" * n, 2_000),
    Family("rated population groups", lambda n: "Older people rated good for safe surgery. " * n, 4_000),
    Family("bracketed capitals", lambda n: ("Meet (" + "A" * 2_000 + ", a care home in Eastmoor. ") * n, 10),
    Family("capitals before a cost", lambda n: ("The " + "A" * 60 + "! cost £5m to build. ") * n, 50),
    Family("spaces before a sum", lambda n: ("The unit" + " " * 1_400 + "got £5m for a new ward. ") * n, 20),
    Family("warning notices", lambda n: "a warning notice, " * n, 5_000),
    Family("nested html", lambda n: "<div>" * n + "Northbrook Care Home was rated good." + "</div>" * n, 50_000, "html"),
    Family("less-than signs as html", lambda n: "<" * n, 100_000, "html"),
    Family("unclosed html comment", lambda n: "<p>Northbrook Care Home</p><!--" + "a" * n, 300_000, "html"),
    Family("html attributes", lambda n: "<p " + 'a="b" ' * n + ">Northbrook Care Home was rated good.</p>", 30_000, "html"),
    Family("control characters", lambda n: "\x01 Northbrook\x00 Care Home " * n, 10_000, "text"),
    Family("zero-width and bidi", lambda n: "\u200b\u202eNorthbrook\u200d Care\u2066 Home\u2069 " * n, 10_000, "text"),
)

# A very long token (digits, letters or symbols) next to each cue word: the
# token's length is the family's size.
_FILLERS = {"digits": "1", "letters": "x", "symbols": "%-&"}
_CUES = {
    "£": ("The home received £", " for a new wing. "),
    "rated": ("Northbrook Care Home was rated ", " overall. "),
    "warning notice": ("Inspectors served a warning notice ", " on the provider. "),
    "special measures": ("The trust was placed in special measures ", " last year. "),
    "million": ("The trust will invest ", " million in a new ward. "),
}


def _long_token(before: str, filler: str, after: str) -> Callable[[int], str]:
    return lambda n: before + filler * n + after


LONG_TOKENS = tuple(
    Family(f"long {kind} after '{cue}'", _long_token(before, filler, after), group="long token")
    for cue, (before, after) in _CUES.items()
    for kind, filler in _FILLERS.items()
)

# Thousands of names in one sentence, long lines with no sentence end, deep
# nesting of quotes and brackets.
CROWDS_AND_NESTING = (
    Family("organisations in one sentence",
           lambda n: "Inspectors visited " + "".join(f"{_name(i)} Care Home, " for i in range(n))
           + "and rated them all good.", group="crowd"),
    Family("rated homes in one sentence",
           lambda n: "".join(f"{_name(i)} House was rated good and " for i in range(n))
           + "the trust was rated requires improvement.", group="crowd"),
    Family("names with values in brackets",
           lambda n: "Inspectors rated " + "".join(f"{_name(i)} House (good), " for i in range(n)) + "and the trust (good).",
           group="crowd"),
    Family("services then a reference, in one sentence",
           lambda n: "".join(f"concerns about maternity services at {_name(i)} Hospital were raised when the trust was rated good and "
                             for i in range(n)) + "the trust was rated good.", group="crowd"),
    # (three more after the session-9 review: each was super-linear in ratings until b4a59ce)
    Family("an aside after every value",
           lambda n: "The home was rated " + "requires improvement for safe, as it was at the last inspection, and good in the other four, " * n
           + "the report said.", group="crowd"),
    Family("names, then their values, in one sentence",
           lambda n: "Inspectors visited " + ", ".join(f"{_name(i)} Lodge" for i in range(n)) + " and rated them "
           + ", ".join(["good", "inadequate"] * n) + ".", group="crowd"),
    # (session 17) sentences each with a history aside, then a value a sentence: every aside looked at every
    # later value (a sentence end between, ratings' history asides), and every value without a named subject
    # at every unit of the page (ratings' _named); 18.5 s at 179k characters, now under a second
    Family("history asides, then values",
           lambda n: "".join(f"{_name(i)} Ward, which had been rated good at the last inspection, closed. " for i in range(n))
           + "Safe was rated good. " * n, group="crowd"),
    # (session 17) "and the X-run Y House was rated good and the ...": the clause was not cut before "the X-run Y"
    # (every value given to every home, n² items' evidence) and each one-word owner was tried as a blend of
    # every longer name (organisations' _merge_blends): 73 s at 100k, then 2 s
    Family("owners' homes rated in one sentence",
           lambda n: "".join(f"the {_name(i)}-run {_name(i + 2)} House was rated good and " for i in range(n)) + "that was all.",
           group="crowd"),
    Family("label and value pairs on one line",
           lambda n: "Safe: Good " * n, group="long line"),
    # (session 12 review) sums within a few per cent of one another, each for its own project: every sum was
    # compared with every near one, twice (investments' rounded and restated merges)
    Family("near sums for many projects",
           lambda n: "".join(f"The trust will spend £{9_000_001 + 1_000 * i:,} on the {_name(i)} unit. " for i in range(n)),
           group="crowd"),
    Family("people in one sentence",
           lambda n: "The report was welcomed by " + "".join(f"Dr {_name(i)} {_name(i + 7)}, chief executive, " for i in range(n))
           + "who said the home was rated good.", group="crowd"),
    Family("people quoted one to a sentence",
           lambda n: "".join(f"{_name(i)} {_name(i + 7)} said the home was good. " for i in range(n))
           + "The home was rated good.", group="crowd"),
    Family("people and organisations in one sentence",
           lambda n: "".join(f"{_name(i)} {_name(i + 3)}, registered manager of {_name(i + 11)} Lodge, " for i in range(n))
           + "said the service was rated outstanding.", group="crowd"),
    Family("words with no sentence end",
           lambda n: "the home was rated good and the trust was in special measures and " * n, group="long line"),
    Family("bids and winning bids",
           lambda n: "a winning bid and a bid and " * n, group="long line"),
    Family("capitalised words with no sentence end",
           lambda n: "".join(f"{_name(i)} " for i in range(n)), group="long line"),
    Family("nested brackets",
           lambda n: "(" * n + "Northbrook Care Home was rated good" + ")" * n + ".", group="nesting"),
    Family("nested brackets with spaces",
           lambda n: "( [ " * n + "Northbrook Care Home was rated good" + " ] )" * n + ".", group="nesting"),
    Family("nested quotes",
           lambda n: "\u201c \u2018 \" ' " * n + "Northbrook Care Home was rated good" + " ' \" \u2019 \u201d" * n + " said Ada Quennell.",
           group="nesting"),
    # (two more after the session-10 review) a line in capitals with many acronyms: each acronym's whole
    # line was read until 0dacdeb; names joined by "of" in one capitalised run: organisations' _segments
    # read the rest of the run at every "of", and the long name's short forms were tried at every length
    Family("acronyms on a line in capitals",
           lambda n: "TOLD XQZ AND MORE WORDS HERE; " * n + "\nThe home was rated good.", group="long line"),
    Family("names joined by 'of' in one run",
           lambda n: "".join(f"{_name(i)} General Hospital of " for i in range(n)) + "the trust.", group="long line"),
    Family("unclosed brackets before a rating",
           lambda n: "Northbrook Care Home (" * n + "was rated good.", group="nesting"),
    # (session 12, issue 15) the values x services shape: each value of one clause listed every service
    # before it again; 2,000 triples (132k characters) took ~6 s in the fast profile
    Family("services with their values, in one clause",
           lambda n: "Inspectors rated " + "maternity good, surgery good, urgent and emergency care inadequate, " * n
           + "the report said.", group="values"),
    # (session 12) values after a list of services, none before them: each value looked for a group
    # phrase ("all three services") back to the clause's start
    Family("values after a list of services",
           lambda n: "The trust runs maternity services and surgery services. Inspectors rated it "
           + "good, outstanding, " * n + "in the end.", group="values"),
    # (session 13) key questions with their own previous values, in one clause: each result looked at every
    # key question and every previous value of the clause again (ratings' clause reader)
    Family("key questions with their previous values, in one clause",
           lambda n: "The home was rated good overall. Since the last inspection "
           + "safe had been good and is now good, effective had been requires improvement and is now good, " * n
           + "the report said.", group="values"),
)

ALL = PATHOLOGICAL + LONG_TOKENS + CROWDS_AND_NESTING
BY_NAME = {family.name: family for family in ALL}


def pathological_cases(scale: float) -> dict[str, tuple[str, str | None]]:
    """name -> (text, format) for tests/test_pathological.py; `scale` 1 for the
    default run, larger for --runslow."""
    return {f.name: (f.text(int(f.count * scale)), f.format) for f in PATHOLOGICAL}
