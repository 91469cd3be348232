"""cqc_page_layout: the page chrome of a Doc, found once for every later component.

Reads the text only; writes `doc._.cqc_chrome`: a sorted list of
`[start_char, end_char]` ranges that are page chrome, not story (SPEC §2):
a masthead or logo line at the top, breadcrumb and navigation lines, share,
cookie, newsletter and copyright lines, bylines, and everything after a
"Notes to editors" line. It also writes them as `doc.spans["cqc_chrome"]`
for display. cqc_organisations and cqc_people take no name from chrome.

The cues are data in models/vocab/page_layout.json; the masthead test also
reads the head words of models/vocab/organisations.json (a care provider's
own name as a title line is a headline, not a masthead).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from ..resources import read_json
from ..text import fold
from .base import AssetComponent, doc_text

CHROME_EXTENSION = "cqc_chrome"
CHROME_SPANS_KEY = "cqc_chrome"


def _ensure_extension() -> None:
    if not Doc.has_extension(CHROME_EXTENSION):
        Doc.set_extension(CHROME_EXTENSION, default=None)


_ensure_extension()


@lru_cache(maxsize=1024)
def _credit_re(phrase: str) -> re.Pattern[str]:
    """An inline credit: up to three capitalised words, then the phrase."""
    return re.compile(r"(?:[A-Z][\w.'’\-]{0,30}\s){0,3}" + re.escape(phrase))


_HEAD_STOP = re.compile(r"[:.]")
_SENTENCE_END = re.compile(r"[.!?][\"”]?\s*$")


def prepare(data: dict) -> dict[str, Any]:
    """What chrome_ranges derives from `data`, folded once."""
    outlets = data.get("outlet_labels", {})
    return {
        "cues": [fold(c) for c in data.get("chrome_cues", [])],
        "ends": {fold(c) for c in data.get("chrome_end_lines", [])},
        "story_ends": {fold(c) for c in data.get("story_end_lines", {}).get("lines", [])},
        "seps": list(data.get("breadcrumb_separators", [])),
        "credits": list(data.get("inline_credits", {}).get("phrases", [])),
        "outlets": outlets,
        "outlet_words": {fold(w) for w in outlets.get("words", ())},
        "captions": data.get("caption_credits", {}),
        "social": re.compile(data["social_prompt"]) if data.get("social_prompt") else None,
    }


def chrome_ranges(text: str, data: dict, prepared: dict[str, Any] | None = None) -> list[tuple[int, int]]:
    """Character ranges of page chrome: mastheads, bylines, breadcrumbs,
    share/copyright lines, the notes-to-editors tail. `data` holds the keys of
    page_layout.json and `heads` of organisations.json; `prepared`, when given,
    is `prepare(data)` (a component prepares its data once)."""
    ranges: list[tuple[int, int]] = []
    prep = prepared if prepared is not None else prepare(data)
    cues, ends, story_ends = prep["cues"], prep["ends"], prep["story_ends"]
    outlets, outlet_words, captions = prep["outlets"], prep["outlet_words"], prep["captions"]
    lines = text.splitlines(keepends=True)
    folded = [fold(line.strip()) for line in lines]
    # The cues, separators and credit phrases the page holds at all: a line can
    # hold only those (a line is part of the text, its folded form part of the
    # folded lines joined), so each line is searched for a few, mostly none.
    joined = "\n".join(folded)
    live_cues = [c for c in cues if c in joined]
    seps = [sep for sep in prep["seps"] if sep in text]
    credits = [phrase for phrase in prep["credits"] if phrase in text]
    pos = 0
    first = True
    after_byline = False
    tail_words = data.get("byline_tail", {}).get("max_words", 0)
    for line, stripped in zip(lines, folded):
        start, end = pos, pos + len(line)
        pos = end
        if not stripped:
            continue
        if first and _is_masthead(line.strip(), data):
            ranges.append((start, end))
            continue
        # a masthead may stand under a chrome line ("Skip to main content", "Home | News"): the
        # top of the page is still open after a line that is chrome as a whole
        was_first, first = first, False
        if _is_byline(stripped):
            ranges.append((start, end))
            after_byline = True
            continue
        if after_byline and _is_title_line(line.strip(), tail_words) and not _ends_in_care_head(line.strip(), data):
            ranges.append((start, end))  # "By Jo Marsh" / "Local Democracy Reporting Service": the byline's
            after_byline = False
            continue
        after_byline = False
        head = _HEAD_STOP.split(stripped, maxsplit=1)[0].strip(" -–*#")
        if head in ends or stripped.strip(" -–*#") in ends:
            ranges.append((start, len(text)))
            break
        if stripped.strip(" -–*#") in story_ends or stripped in story_ends:
            ranges.append((start, end))  # "Ends": a contact block may follow, which is story
            continue
        if seps and any(sep in line for sep in seps) and len(stripped) < 160 and not _SENTENCE_END.search(stripped):
            ranges.append((start, end))
            first = was_first
            continue
        label = line.strip()
        if label.endswith(":") and len(label.split()) <= outlets.get("max_words", 4) and all(
            w[:1].isupper() for w in label.split()
        ) and fold(label[:-1].split()[-1] if label[:-1].split() else "") in outlet_words:
            ranges.append((start, end))  # "Tarrow Evening Post:": the outlet a story came from
            continue
        if prep["social"] is not None and prep["social"].match(stripped):
            ranges.append((start, end))  # "Follow Eskerton Echo on Facebook"
            continue
        if live_cues and any(cue in stripped for cue in live_cues) and len(stripped) < 400:
            cut = _caption_credit(line, cues, captions)
            ranges.append((start + cut, end))  # a caption before its credit is story
            first = was_first and not cut
            continue
        for phrase in credits:
            if phrase not in line:
                continue  # the pattern ends with the phrase itself
            for m in _credit_re(phrase).finditer(line):
                ranges.append((start + m.start(), start + m.end()))
    return ranges


def _caption_credit(line: str, cues: list[str], captions: dict) -> int:
    """Where the chrome of a line with a chrome cue starts: 0, or the credit that
    ends a photo caption ("Staff celebrate (Image: Tarrow Hospital)")."""
    low = line.lower()
    credit = [low.find(c) for c in captions.get("cues", ()) if c in low]
    if not credit:
        return 0
    cut = min(credit)
    if any(0 <= low.find(c) < cut for c in cues) or len(line[:cut].split()) < captions.get("min_words", 3):
        return 0  # another chrome cue first, or a credit line of its own
    back = line[:cut].rstrip()
    if back.endswith(("(", "[", "-", "–", "—", "|")):
        back = back[:-1].rstrip()
    return len(back)


def _is_masthead(line: str, data: dict) -> bool:
    """A first line that is only a title-case name ("Ravensby Gazette",
    "Brindlecombe & District News"): a masthead or logo, not a headline."""
    masthead = data.get("masthead", {})
    words = line.split()
    if not words or len(words) > masthead.get("max_words", 5) or re.search(r"[\d.!?:,;\"“”]", line):
        return False
    if not all(w[0].isupper() or w in ("&", "and", "of", "the") for w in words):
        return False
    folded = {fold(w) for w in words}
    if folded & set(masthead.get("headline_words", ())):
        return False
    # A care provider's own name as a title ("Eastbrook Hospital") is not a
    # masthead; a head word inside the line is ("Pump Court Chambers").
    return not _ends_in_care_head(line, data)


def _ends_in_care_head(line: str, data: dict) -> bool:
    """Whether the line ends in a location or provider head word ("Eastbrook Hospital")."""
    heads = data.get("heads", {})
    last = " " + " ".join(fold(w) for w in line.split())
    return any(last.endswith(" " + fold(phrase)) for kind in ("location", "provider") for phrase in heads.get(kind, ()))


def _is_title_line(line: str, max_words: int) -> bool:
    """A short line of capitalised words (connectors between) with no digit or
    sentence mark: a desk or an outlet under a byline, not a sentence."""
    words = line.split()
    if not words or len(words) > max_words or re.search(r"[\d.!?:;\"“”]", line):
        return False
    return words[0][0].isupper() and all(w[0].isupper() or w in ("&", "and", "of", "the", "for") for w in words)


def _is_byline(folded_line: str) -> bool:
    # "By Laura Pennick, Health Reporter": short, and not a sentence.
    return folded_line.startswith("by ") and len(folded_line) < 120 and not re.search(r"[.!?][\"”]?$", folded_line)


def in_ranges(start: int, ranges) -> bool:
    # (a plain loop: asked ~50 times a page, mostly of no ranges, where any() over a
    # generator costs the generator's making)
    for s, e in ranges:
        if s <= start < e:
            return True
    return False


_DEFAULT_DATA: dict[str, Any] | None = None
_DEFAULT_PREPARED: dict[str, Any] | None = None


def _default_data() -> dict[str, Any]:
    global _DEFAULT_DATA, _DEFAULT_PREPARED
    if _DEFAULT_DATA is None:
        data = dict(read_json("vocab/page_layout.json"))
        data["heads"] = read_json("vocab/organisations.json")["heads"]
        _DEFAULT_DATA, _DEFAULT_PREPARED = data, prepare(data)
    return _DEFAULT_DATA


def doc_chrome(doc: Doc) -> list[tuple[int, int]]:
    """The chrome ranges cqc_page_layout wrote; computed here (with the shipped
    data) for a pipeline that lacks that component."""
    _ensure_extension()
    ranges = doc._.get(CHROME_EXTENSION)
    if ranges is None:
        ranges = [[s, e] for s, e in chrome_ranges(doc_text(doc), _default_data(), _DEFAULT_PREPARED)]
        doc._.set(CHROME_EXTENSION, ranges)
    return [(s, e) for s, e in ranges]


class PageLayout(AssetComponent):
    """`vocab` holds the chrome cues; `heads_vocab` (organisations.json, owned
    by cqc_organisations) gives the head words of the masthead test."""

    def __init__(self, nlp, name: str, vocab: str = "vocab/page_layout.json",
                 heads_vocab: str = "vocab/organisations.json", spans_key: str = CHROME_SPANS_KEY):
        self.vocab, self.heads_vocab, self.spans_key = vocab, heads_vocab, spans_key
        super().__init__(nlp, name, asset_files=(vocab, heads_vocab), borrowed_files=(heads_vocab,))

    def _compile(self) -> None:
        _ensure_extension()
        data = dict(self.assets[self.vocab])
        data["heads"] = self.assets[self.heads_vocab]["heads"]
        self.data = data
        self.prepared = prepare(data)

    def __setstate__(self, state: dict[str, Any]) -> None:
        super().__setstate__(state)
        _ensure_extension()

    def __call__(self, doc: Doc) -> Doc:
        ranges = chrome_ranges(doc_text(doc), self.data, self.prepared)
        # plain lists: Docs cross process boundaries (msgpack)
        doc._.set(CHROME_EXTENSION, [[s, e] for s, e in ranges])
        spans = []
        text = doc_text(doc)
        for s, e in ranges:
            e = s + len(text[s:e].rstrip())
            span = doc.char_span(s, e, alignment_mode="contract")
            if span is not None and len(span):
                spans.append(span)
        doc.spans[self.spans_key] = spans
        return doc


@Language.factory(
    "cqc_page_layout",
    default_config={
        "vocab": "vocab/page_layout.json",
        "heads_vocab": "vocab/organisations.json",
        "spans_key": CHROME_SPANS_KEY,
    },
    assigns=["doc._.cqc_chrome", "doc.spans"],
)
def make_page_layout(nlp: Language, name: str, vocab: str, heads_vocab: str, spans_key: str) -> PageLayout:
    return PageLayout(nlp, name, vocab=vocab, heads_vocab=heads_vocab, spans_key=spans_key)
