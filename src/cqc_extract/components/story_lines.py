"""A page's lines and sentences, and its lists of other stories ("Related", "Most read").

Read the same way by cqc_investments, cqc_actions, cqc_organisations and cqc_ratings: a sum,
an action or a name in another story's teaser is not this story's."""

from __future__ import annotations

import re
from typing import Iterator

from spacy.tokens import Doc

from ..prefilter import alternation
from .base import OTHER_STORIES_KEY

# Sentence ends inside a line: ., ! or ? (plus closing quotes) then space and a
# capital, quote, digit or currency sign; not after common abbreviations.
# The end mark is matched first and the abbreviations are looked for behind it
# (each lookbehind takes the mark in): the same matches as the lookbehinds put
# before the mark, but a pattern that starts with a character class is scanned
# for that class in C, about 14 times faster than testing seven lookbehinds at
# every character.
_SENT_END = re.compile(
    r"[.!?](?<!\bMr.)(?<!\bMrs.)(?<!\bDr.)(?<!\bSt.)(?<!\bNo.)(?<!\be\.g.)(?<!\bi\.e.)"
    r"[\"'”’)]*\s{1,10}(?=[A-Z\"'“‘(£0-9•])"
)
_LINE = re.compile(r"[^\n]+")
_TERMINAL = re.compile(r"[.!?:][\"'”’)]*\s*$")


def sentences(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is_headline) of each sentence: lines split at sentence ends.

    A headline is a line that does not end in sentence punctuation (titles,
    captions, section heads)."""
    for line in _LINE.finditer(text):
        body = line.group()
        if not body.strip():
            continue
        headline = not _TERMINAL.search(body)
        start = line.start()
        for end_match in _SENT_END.finditer(body):
            end = line.start() + end_match.start() + 1
            yield start, end, headline
            start = line.start() + end_match.end()
        yield start, line.end(), headline


# What other_story_ranges strips from a line before it asks whether the line is a head:
# whitespace, then these characters
_HEAD_STRIP = " :-–—*#|>»"
_STORY_LINES: dict[tuple[str, str], re.Pattern[str]] = {}


def _may_list_stories(text: str, heads: re.Pattern[str], teasers: re.Pattern[str]) -> bool:
    """Whether a line of `text` may be a head or a teaser line of other_story_ranges: one search
    of the whole text for a line that is a head with only whitespace and _HEAD_STRIP around
    it, or that opens with a teaser after whitespace. It finds every line that loop finds
    (and perhaps more: it is only a test before that loop)."""
    key = (heads.pattern, teasers.pattern)
    pattern = _STORY_LINES.get(key)
    if pattern is None:
        around = "(?:[^\\S\\n]|[" + re.escape(_HEAD_STRIP) + "])*"
        pattern = _STORY_LINES[key] = re.compile(
            rf"\n{around}(?:{heads.pattern}){around}(?=\n|\Z)|\n[^\S\n]*(?:{teasers.pattern})", heads.flags | teasers.flags)
    return pattern.search("\n" + text.lower()) is not None


def doc_other_story_ranges(doc: Doc, text: str, heads: re.Pattern[str], teasers: re.Pattern[str],
                           max_lines: int) -> list[tuple[int, int]]:
    """`other_story_ranges` of the Doc's text, found once per Doc for the components that read them with the
    same rules (cqc_ratings, cqc_investments, cqc_actions, cqc_organisations and cqc_people: rating_cues.json
    and money.json list the same heads and teasers, and the last three borrow money.json's); rules of their own
    are read anew."""
    key = (heads.pattern, heads.flags, teasers.pattern, teasers.flags, max_lines)
    seen = doc.user_data.get(OTHER_STORIES_KEY)
    if seen is None or seen[0] != key:
        seen = doc.user_data[OTHER_STORIES_KEY] = (key, other_story_ranges(text, heads, teasers, max_lines))
    return list(seen[1])


def other_story_ranges(text: str, heads: re.Pattern[str], teasers: re.Pattern[str], max_lines: int) -> list[tuple[int, int]]:
    """Character ranges of the page's lists of OTHER stories: the lines under a
    "Related" / "Most read" / "More from this section" head (up to a blank line,
    a line that ends a sentence without a list mark, or `max_lines` lines), and a
    line that starts with a teaser label ("READ MORE: ..."). A list may hold a
    teaser sentence under each headline; two sentences in a row end it. Sums
    there belong to other stories."""
    if not _may_list_stories(text, heads, teasers):
        return []  # (no line can be a head or a teaser: the lines are not gone through)
    ranges: list[tuple[int, int]] = []
    under = 0  # lines left in the current list
    last_end = 0  # end of the last non-blank line
    after_sentence = True  # the last listed line ended a sentence
    for line in _LINE.finditer(text):
        body = line.group().strip()
        if not body:
            continue
        if under and text.count("\n", last_end, line.start()) > 1:
            under = 0  # a blank line ends the list
        last_end = line.end()
        if heads.fullmatch(body.lower().strip(_HEAD_STRIP)):
            under, after_sentence = max_lines, True  # a sentence right under the head is the story
            ranges.append((line.start(), line.end()))
        elif teasers.match(body.lower()):
            ranges.append((line.start(), line.end()))
        elif under:
            listed = re.match(r"(?:[-•*·–—]|\d{1,2}[.)])\s", body) is not None
            sentence = not listed and _TERMINAL.search(body) is not None and not body.endswith(":")
            # a teaser sentence under a listed headline is part of the list; two sentences in a row are the story
            if len(body) > 300 or (sentence and after_sentence):
                under = 0
                continue
            ranges.append((line.start(), line.end()))
            after_sentence = sentence
            under -= 1
    return ranges


class OtherStories:
    """A vocabulary's `other_stories` rules (heads such as "Related stories", teaser labels such as
    "READ MORE", how many lines a list runs to), compiled once; `ranges` reads them on a Doc. Every
    component that skips other stories builds its rules here, so they are read the same way."""

    def __init__(self, rules: dict):
        self.heads = re.compile(alternation(rules["heads"]))
        self.teasers = re.compile(alternation(rules["teasers"]) + r"\s*[:|-]")
        self.max_lines = rules["max_lines"]

    def ranges(self, doc: Doc, text: str) -> list[tuple[int, int]]:
        return doc_other_story_ranges(doc, text, self.heads, self.teasers, self.max_lines)
