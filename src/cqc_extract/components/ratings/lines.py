"""Ratings laid out line by line: "Are services safe? – Good", "Safe: Requires
improvement", "Older people – good", "• Community health services improved to
good", and the "(Previous inspection May 2018 – Good)" notes of inspection
reports.

This module only finds those shapes in the folded text (lower case, offsets
unchanged); `cqc_ratings` reads what they mean. Every repeat is bounded: the
text is untrusted.
"""

from __future__ import annotations

import bisect
import re
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]

from .facts import Coverage, Fact

# Stars and arrows a page puts after a rating ("Outstanding ☆", "Good ↑").
_MARKS = r"(?:[ \t]{0,4}[☆★✩✭⭐↑↓→↗↘⬆⬇➡⇧⇩▲▼]){0,3}"
_VALUE = r"(?:outstanding|good|requires\s+improvement|requiring\s+improvement|needs\s+improvement|inadequate)"

# A line that is a label and a rating: "are services safe? – good",
# "safe: requires improvement", "• older people - good overall".
LABELLED_LINE = re.compile(
    r"^[ \t]{0,8}(?:[•·*▪◦‣-][ \t]{0,8})?(?P<lead>[^\n]{2,160}?)[ \t]{0,8}(?:[:–—]|[ \t]-|-[ \t])[ \t]{0,8}['\"]?"
    + _VALUE
    + r"['\"]?" + _MARKS + r"(?:[ \t]{0,8}(?:overall|\([^()\n]{0,80}\)|[.;,])){0,4}[ \t]{0,8}$",
    re.MULTILINE,
)

# "are services safe? good": the key question asked, the rating after it
# (also as a table row: "| are services safe? | good |").
QUESTION_LINE = re.compile(
    r"^[ \t]{0,8}(?:[•·*▪◦‣|-][ \t]{0,8})?(?P<lead>(?:are|is)[ \t]{1,8}(?:services|the[ \t]{1,8}service|it)(?:[ \t]{1,8}(?:at|in|of|from|provided[ \t]{1,8}by)[ \t]{1,8}(?:this|the|our)[ \t]{1,8}[a-z]{2,20})?[ \t]{1,8}[a-z-]{2,20}(?:[ \t]{1,8}to[ \t]{1,8}(?:people|patients|residents)['’]?s?['’]?[ \t]{1,8}needs)?[ \t]{0,8}\?)[ \t]{0,8}(?:\|[ \t]{0,8})?['\"]?"
    + _VALUE
    + r"['\"]?" + _MARKS + r"[ \t]{0,8}[.;|]?[ \t]{0,8}$",
    re.MULTILINE,
)

# "Is it safe? Good. Is it caring? Outstanding.": the same question and answer
# (session 17: "responsive to people's needs?", the key question asked with its object, too)
# inside running text, after the start of a line or a sentence.
QUESTION_INLINE = re.compile(
    r"(?:^|(?<=[.:;!?]))[ \t]{0,4}(?P<lead>(?:are|is)[ \t]{1,8}(?:services|the[ \t]{1,8}service|it|they)"
    # "are services at the home safe?", "is the service at <name> well-led?"
    r"(?:[ \t]{1,8}(?:at|in|of|from|provided[ \t]{1,8}by)(?:[ \t]{1,8}[a-z0-9'’&-]{1,30}){1,6}?)?[ \t]{1,8}"
    r"(?:safe|effective|caring|responsive(?:[ \t]{1,8}to[ \t]{1,8}(?:people|patients|residents)['’]?s?['’]?[ \t]{1,8}needs)?|well[- ]led)[ \t]{0,4}\?)[ \t]{1,4}['\"]?" + _VALUE + r"['\"]?(?:[ \t]{0,4}[.;,])?(?=\s|$)",
    re.MULTILINE,
)

# A key question on a line of its own with its rating on the next (a page's
# ratings panel): "safe\n\ngood", "overall rating\ngood".
STACKED = re.compile(
    r"^[ \t]{0,8}(?P<lead>safe|effective|caring|responsive|well[- ]led|overall(?:[ \t]{1,8}(?:rating|inspection))?|"
    r"(?:previous|prior|last|latest|current)[ \t]{1,8}(?:overall[ \t]{1,8})?ratings?(?:[ \t]{0,8}\([^()\n]{0,40}\))?|(?:are[ \t]{1,8}(?:services|they)|is[ \t]{1,8}(?:the[ \t]{1,8}service|it))(?:[ \t]{1,8}(?:at|in|of|from|provided[ \t]{1,8}by)[ \t]{1,8}(?:this|the|our)[ \t]{1,8}[a-z]{2,20})?[ \t]{1,8}"
    r"(?:safe|effective|caring|responsive|well[- ]led)[ \t]{0,8}\?)[ \t]{0,8}:?[ \t]{0,8}\n(?:[ \t]{0,8}\n){0,3}[ \t]{0,8}"
    # "our rating: good", "our rating for this key question: good"
    r"(?:(?:our[ \t]{1,8})?(?:overall[ \t]{1,8})?rating(?:[ \t]{1,8}for[ \t]{1,8}this[ \t]{1,8}(?:key[ \t]{1,8}question|area|domain))?[ \t]{0,8}[:–—-]?[ \t]{0,8})?['\"]?"
    + _VALUE
    + r"['\"]?" + _MARKS + r"[ \t]{0,8}$",
    re.MULTILINE,
)

def line_led(pattern: re.Pattern) -> re.Pattern:
    """For a MULTILINE pattern that opens with "^" (its whole alternation, not one branch):
    a pattern finding, in one search of a text, each "\n" after which the pattern matches
    (see line_finditer)."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    if not (pattern.flags & re.MULTILINE and pattern.pattern.startswith("^") and tree.data
            and tree.data[0] == (sre_constants.AT, sre_constants.AT_BEGINNING)):
        raise ValueError(f"not a line-start pattern: {pattern.pattern[:40]!r}")
    return re.compile(r"\n(?=" + pattern.pattern[1:] + ")", pattern.flags)


def line_finditer(pattern: re.Pattern, led: re.Pattern, text: str) -> list[re.Match]:
    """`list(pattern.finditer(text))` for a pattern that matches only at a line's start and
    never matches nothing (`led` = line_led(pattern)). `re` tries "^" at every character of
    the text; the line starts where the pattern matches are found by `led`, a search that
    skips in C to each "\n" (the same matches: each is tried from the end of the one before,
    as finditer does)."""
    found: list[re.Match] = []
    end = 0
    first = pattern.match(text, 0)
    if first:
        found.append(first)
        end = first.end()
    for n in led.finditer(text):
        if n.end() >= end:
            m = pattern.match(text, n.end())
            if m:
                found.append(m)
                end = m.end()
    return found


STACKED_LED = line_led(STACKED)  # (its matches found by line_finditer)

# What every match of LABELLED_LINE / QUESTION_LINE / QUESTION_INLINE holds
# on its first line: the separator or question mark, then the value's first
# word. Lines without one are not tried (the same matches, in C's time).
_VALUE_WORD = r"['\"]?(?:outstanding|good|requir|needs|inadequate)"
LABELLED_CUE = re.compile(r"[:–—-][ \t]{0,9}" + _VALUE_WORD)
QUESTION_CUE = re.compile(r"\?[ \t]{0,8}(?:\|[ \t]{0,8})?" + _VALUE_WORD)

# "rated good", "rated as 'good'": a value stated as the rating itself.
RATED_BEFORE = re.compile(r"\brated[ \t]{1,4}(?:as[ \t]{1,4})?['\"]?$")

# Between two key questions of one label: "safe, effective and well-led - good".
LABEL_JOIN = re.compile(r"[ \t]{0,3}(?:,|,?[ \t]{1,3}and|&)[ \t]{1,3}")
LABEL_JOIN_MAX = 14  # the longest LABEL_JOIN match

# The dash or colon between a label and its value in "safe - good, caring - good".
PAIR_SEPARATOR_BEFORE = re.compile(r"[ \t]{0,8}(?:[-–—:]|[ \t]-)[ \t]{0,8}['\"‘“]?$")

# "(previous inspection 05 2018 – requires improvement)", "(previously rated good)":
# an aside giving the ratings of the inspection before.
PREVIOUS_NOTE = re.compile(
    r"\(\s*(?:previous(?:ly)?|last|prior)\s+(?:inspection|inspected|rated|rating|ratings)\b[^()\n]{0,160}?(?:\)|$)",
    re.MULTILINE,
)

# "• community health adult services improved from good to outstanding": a list
# item that starts with the service it rates, in the text's words.
BULLET_SUBJECT = re.compile(
    r"^[ \t]{0,8}[•·*▪◦‣-][ \t]{0,8}(?P<np>(?:[a-z][a-z'’-]{0,30}[ \t]{1,8}){1,7}?(?:services|service|wards|ward|units|unit))"
    r"[ \t]{1,8}(?:have[ \t]{1,8}|has[ \t]{1,8}|had[ \t]{1,8})?(?:been[ \t]{1,8})?"
    r"(?:stayed|stays|improved|remained|remains|was|were|is|are|went|declined|dropped|deteriorated|moved|rated|retained|kept|continued|continues)\b",
    re.MULTILINE,
)
BULLET_SUBJECT_LED = line_led(BULLET_SUBJECT)
# Words that make a list item's lead something other than a service's name.
_NOT_NAME_WORDS = re.compile(
    r"\b(?:the|this|that|these|those|our|their|its|his|her|all|other|some|many|most|each|every|both|which|who|"
    r"we|they|it|no|not|outstanding|good|inadequate|improvement|rated|rating|ratings)\b"
)


# "the service", "this service": the service named last (not a care home
# calling itself "the service": those articles name no service before).
SERVICE_REFERENCE = re.compile(
    r"\b(?:the|this)\s+(?:latter\s+|same\s+)?(?:service|unit|department)\b(?!\s+(?:provider|user|users|manager|managers|was\s+run|is\s+run|of|for)\b)"
)
# "All three were downgraded", "both services were rated": every service the
# sentence before named.
ALL_OF_THEM = re.compile(
    r"^\W*(?:(?:and|but|however|now)\W+)?(?:all[ \t]{1,8}(?:two|three|four|five|six|of[ \t]{1,8}them|these|those|the[ \t]{1,8}services)|"
    r"both(?:[ \t]{1,8}services)?|each[ \t]{1,8}of[ \t]{1,8}them|these[ \t]{1,8}services|they[ \t]{1,8}(?:were|are|have|had|remain|each|all|both))\b"
)
# Between a rating and a service named after it: the service belongs to
# another statement ("rated inadequate, has been served with a notice over
# concerns related to its maternity services").
UNRELATED_AFTER = re.compile(r"\b(?:has|have|had|was|were|been|over|related|about|concerning|regarding|after|following|because|since|when|which|who)\b")
# "in both hospitals", "both services", "at the two sites": a service at every
# location just named.
PARAGRAPH_BREAK = re.compile(r"\n[ \t]{0,8}\n")
# A paragraph that goes on about a service named before: "it", "they", "the
# unit", "both services", "the latter service".
SERVICE_BACK = re.compile(
    r"^\W*(?:it|they)\b|\b(?:the|this|that|both|these|those|its|their|each|all)\s+(?:latter\s+|same\s+|former\s+)?"
    r"(?:services?|units?|departments?|wards?)\b"
)

# (SERVICE_BACK's opening alternative alone, and the nouns every match of the other holds)
SERVICE_BACK_LEAD = re.compile(r"\W*(?:it|they)\b")
SERVICE_BACK_NOUNS = ("service", "unit", "department", "ward")


def new_topic_paragraph(folded: str, prev_end: int, start: int) -> bool:
    """Does a paragraph start at `start` (after the unit ending at `prev_end`)
    without pointing back to a service? Then the service named before is not
    carried into it."""
    if folded.count("\n", prev_end, start) < 2 or not PARAGRAPH_BREAK.search(folded, prev_end, start):
        return False
    end = PARAGRAPH_BREAK.search(folded, start, start + 3000)
    stop = end.start() if end else start + 3000
    # (SERVICE_BACK: a paragraph opening with "it"/"they", or one of its nouns: looked for first in C)
    if not SERVICE_BACK_LEAD.match(folded, start, stop) and not any(folded.find(w, start, stop) >= 0 for w in SERVICE_BACK_NOUNS):
        return True
    return not SERVICE_BACK.search(folded[start:stop])


# "a clinic providing sexual health services": what an organisation does, not a
# rated service (the text before a service mention).
PROVIDES_BEFORE = re.compile(r"\b(?:providing|provides|provided|provide|offering|offers|offered|delivering|delivers)\s{1,5}(?:[a-z'’-]{1,30}\s{1,5}){0,2}$")


OVERALL_IN_BRACKET = re.compile(r"[ \t]?\([a-z ]{2,24}?(?:[ \t]overall)?\)")
RATING_VALUE_WORD = re.compile(r"\b(?:outstanding|good|requires?\s+improvement|inadequate)\b")
# A bullet's lead that is a sentence rather than a service's name.
BULLET_NOT_NAME = re.compile(r"\b(?:the|this|that|these|its|our|their|we|they|it|today|announces?|announced)\b")


def labelled_lines(folded: str) -> list[tuple[int, int, int, int]]:
    """(line start, line end, lead start, lead end) of every labelled line.
    (A Doc's Reader finds them once and hands them to join_labelled_lines and
    line_lead_extensions.)"""
    found = [(m.start(), m.end(), *m.span("lead")) for m in _line_matches(LABELLED_LINE, LABELLED_CUE, folded)]
    found += [(m.start(), m.end(), *m.span("lead")) for m in line_finditer(STACKED, STACKED_LED, folded)]
    found += [(m.start(), m.end(), *m.span("lead")) for m in _line_matches(QUESTION_LINE, QUESTION_CUE, folded)]
    starts = sorted(found)
    inline = [(m.start(), m.end(), *m.span("lead")) for m in QUESTION_INLINE.finditer(folded)] if QUESTION_CUE.search(folded) else []
    taken = Coverage((a, b) for a, b, _, _ in starts)  # by bisection: a scan of every line per question is n²
    found += [q for q in inline if not taken.overlaps(q[0], q[1])]
    return sorted(found)


def _line_matches(line: re.Pattern, cue: re.Pattern, folded: str) -> list[re.Match]:
    """`line.finditer(folded)` for a pattern that matches from a line's start
    only and holds a match of `cue` (which never spans lines) on its first
    line: `line` is tried at the start of each line `cue` finds, not at every
    character of the text."""
    found: list[re.Match] = []
    end = tried = -1
    looked = start = 0  # the line start found for the text before `looked`
    for c in cue.finditer(folded):
        # the line start: looked for only after the last cue (one long line of cues is not n²)
        newline = folded.rfind("\n", looked, c.start())
        if newline >= 0:
            start = newline + 1
        looked = c.start()
        if start <= tried or start < end:
            continue  # (tried already, or inside the match before: finditer goes on from its end)
        tried = start
        m = line.match(folded, start)
        if m:
            found.append(m)
            end = m.end()
    return found


def join_labelled_lines(folded: str, units: list[tuple[int, int]], labelled=None) -> list[tuple[int, int]]:
    """A labelled line is one unit, even where a sentence splitter cut it
    ("are services safe?" | "– good"). `labelled`: labelled_lines(folded), if found already."""
    lines = [(a, b) for a, b, _, _ in (labelled_lines(folded) if labelled is None else labelled)]
    if not lines:
        return units
    out: list[tuple[int, int]] = []
    k = 0
    for u in units:
        while k < len(lines) and lines[k][1] <= u[0]:
            k += 1
        if k < len(lines) and lines[k][0] <= u[0] and u[1] <= lines[k][1]:
            if not out or out[-1] != lines[k]:
                out.append(lines[k])
            continue
        out.append(u)
    return out


# (session 17) A bullet's mark and the space around it, before a line that only names a key question.
_BULLET_MARK = re.compile(r"[ \t]{0,8}(?:[•·*▪◦‣–-]|\d{1,2}[.)])?[ \t]{0,8}")


def join_key_question_bullets(folded: str, units: list[tuple[int, int]], domains, ratings, services=()) -> list[tuple[int, int]]:
    """A lead that holds a rating and ends in a colon, over bullets that each
    only name a key question ("rated good in three areas:" / "• Effective" /
    "• Caring"), is one unit: the list is the lead's, as it would be written
    in one line ("good in three areas: effective and caring"). So are bullets
    that each only name a service ("Services rated outstanding:" / "• maternity").
    `domains`, `ratings`, `services`: the mentions, sorted by start."""
    if not (domains or services) or ":" not in folded:
        return units
    by_start: dict = {}
    for m in [*domains, *services]:
        if m.end > getattr(by_start.get(m.start), "end", -1):
            by_start[m.start] = m  # (the longest mention starting there)
    starts = sorted(r.start for r in ratings)

    def bare_question(a: int, b: int) -> bool:
        m = _BULLET_MARK.match(folded, a, b)
        d = by_start.get(m.end()) if m else None
        return d is not None and d.end <= b and not folded[d.end : b].strip(" \t.;,")

    out: list[tuple[int, int]] = []
    k = 0
    while k < len(units):
        a, b = units[k]
        j = k + 1
        if folded[a:b].rstrip().endswith(":") and bisect.bisect_left(starts, a) < bisect.bisect_left(starts, b):
            while j < len(units) and bare_question(*units[j]) and "\n\n" not in folded[units[j - 1][1] : units[j][0]]:
                j += 1
        if j - k >= 3:  # (two bullets at least: one bullet alone is a heading as often as a list)
            out.append((a, units[j - 1][1]))
            k = j
            continue
        out.append((a, b))
        k += 1
    return out


def previous_notes(folded: str) -> list[tuple[int, int]]:
    return [m.span() for m in PREVIOUS_NOTE.finditer(folded)]


def line_lead_extensions(folded: str, services, orgs, labelled=None) -> dict[int, tuple[int, str]]:
    """A service at the start of a labelled line whose name goes on in an
    unclosed bracket ("working age people (including those recently retired and
    students – good"): start -> (end, name in the text's words). `labelled`:
    labelled_lines(folded), if found already."""
    found: dict[int, tuple[int, str]] = {}
    starts = {s.start: s for s in services}
    for _, _, lead_start, lead_end in (labelled_lines(folded) if labelled is None else labelled):
        s = starts.get(lead_start)
        if s is None or s.end >= lead_end or any(lead_start <= o[0] < lead_end for o in orgs):
            continue
        rest = folded[s.end : lead_end]
        if not re.match(r"[ \t]{0,8}\(", rest):
            continue
        close = rest.find(")")
        if close >= 0:
            lead_end = s.end + close + 1  # "X (good overall): safe – good; ...": the name ends with its bracket
        name = folded[lead_start:lead_end].strip()
        if RATING_VALUE_WORD.search(name):
            continue  # "X (good overall)": a value in the bracket, not more of the name
        if name.count("(") > name.count(")"):
            name += ")"
        found[s.start] = (lead_end, name)
    return found


def bullet_subject_services(folded: str, orgs) -> list[tuple[int, int, str]]:
    """(start, end, name) of the services list items start with."""
    found = []
    for m in line_finditer(BULLET_SUBJECT, BULLET_SUBJECT_LED, folded):
        start, end = m.span("np")
        name = folded[start:end]
        if _NOT_NAME_WORDS.search(name) or any(start <= o[0] < end for o in orgs):
            continue
        if len(name.split()) < 2:
            continue
        found.append((start, end, name))
    return found


_AND_BEFORE = re.compile(r"(?:,[ \t]{0,8}|[ \t])and[ \t]{1,8}(?:the[ \t]{1,8}|its[ \t]{1,8}|their[ \t]{1,8})?$")
_VERB_AFTER = re.compile(r"^[^.;]{0,80}?\b(?:was|were|is|are|has|have|had|remains?|remained|previously)\b")


def service_clause_cuts(folded: str, ratings, services) -> list[int]:
    """ "... were all rated inadequate and surgery, previously rated good, was
    rated requires improvement": a service after a result and "and" that
    starts a statement of its own (a verb before its rating) starts a clause.
    `ratings`/`services`: the unit's mentions, sorted."""
    cuts = []
    for s in services:
        m = _AND_BEFORE.search(folded, max(0, s.start - 20), s.start)
        if not m:
            continue
        before = [r for r in ratings if r.end <= m.start()]
        after = [r for r in ratings if r.start >= s.end]
        if not before or not after:
            continue
        if any(before[-1].end <= o.start < m.start() for o in services):
            continue  # "good for maternity and surgery": one list
        if _VERB_AFTER.match(folded[s.end : after[0].start]):
            cuts.append(m.start())
    return cuts


_HEADS = ("ward", "wards", "unit", "units", "service", "services")


# What every match of acronym_pattern holds: "(camhs) ward"
ACRONYM = re.compile(r"\([a-z0-9&]{2,10}\)\s{0,3}(?:ward|unit|service)")


def acronym_pattern(phrases) -> re.Pattern | None:
    """One expression for the service names of the vocabulary written with
    their acronym inside: "child and adolescent mental health (camhs) wards"."""
    prefixes = sorted({p.rsplit(" ", 1)[0] for p in phrases if len(p.split()) >= 3 and p.rsplit(" ", 1)[1] in _HEADS},
                      key=len, reverse=True)
    if not prefixes:
        return None
    body = "|".join(re.escape(p).replace(r"\ ", r"\s{1,3}") for p in prefixes)
    return re.compile(r"\b(?P<pre>" + body + r")\s{0,3}\([a-z0-9&]{2,10}\)\s{0,3}(?P<head>wards?|units?|services?)\b")


def acronym_services(folded: str, pattern: re.Pattern | None, phrases) -> list[tuple[int, int, str]]:
    """(start, end, name) of vocabulary services written with an acronym inside."""
    if pattern is None or not ACRONYM.search(folded):
        return []  # (no "(camhs) ward" in the text: the long pattern is not tried)
    found = []
    for m in pattern.finditer(folded):
        pre = re.sub(r"\s{1,3}", " ", m.group("pre"))
        head = m.group("head")
        for name in (f"{pre} {head}", f"{pre} {head.rstrip('s')}", f"{pre} {head}s"):
            if name in phrases:
                found.append((m.start(), m.end(), name))
                break
    return found


# A heading over the ratings of the inspection before: "Previous ratings",
# "Ratings at the last inspection:", "Previous inspection (March 2022)". The label
# lines under it are history. (Not "Last inspection": a provider page dates its latest so.)
PREVIOUS_HEADING = re.compile(
    r"[ \t]{0,8}(?:(?:previous|prior|earlier|last)[ \t]{1,8}(?:inspection[ \t]{1,8})?ratings?|ratings?[ \t]{1,8}(?:at|from)[ \t]{1,8}(?:the|its)[ \t]{1,8}(?:previous|last|prior)[ \t]{1,8}inspection"
    r"|(?:previous|prior|earlier)[ \t]{1,8}(?:inspection|assessment))"
    r"(?:[ \t]{0,8}\([^()\n]{0,40}\))?[ \t]{0,8}:?[ \t]{0,8}"
)


class LineReading:
    """Reader methods for lines of "label - value" pairs."""

    def _joined_before(self, label, domain_at_end: dict, u_start: int) -> list[str]:
        """The key questions joined (", ", " and ", ", and ") to the label before
        it, nearest last: "safe, effective and well-led - good"."""
        joined: list[str] = []
        cursor = label.start
        while True:
            # (a join is a few characters: only the ends that close enough are looked up, not every key question)
            before = next((domain_at_end[e] for e in range(cursor, max(u_start, cursor - LABEL_JOIN_MAX) - 1, -1)
                           if e in domain_at_end and LABEL_JOIN.fullmatch(self.folded, e, cursor)), None)
            if before is None:
                return joined[::-1]
            joined.append(before.value)
            cursor = before.start

    def _label_value_pairs(self, u_start, u_end) -> list[Fact] | None:
        """A line of "label - value" pairs (a picture gallery's caption, a
        ratings strip): "2. Northgate Hospital - Good Safe - Good, Caring -
        Outstanding, Well-led - Good". Each value belongs to the key question
        (or organisation: overall) right before its dash, not to the words after
        it. None when the unit is not such a line."""
        in_unit = self.ratings.within(u_start, u_end)
        if len(in_unit) < 3:
            return None
        unit_domains = self.domains.within(u_start, u_end)
        unit_orgs = [o for o in self.orgs.within(u_start, u_end) if o[4]]
        # the first key question and organisation ending at each offset (looked up, not scanned per value)
        domain_ending: dict[int, str] = {}
        domain_at_end: dict[int, object] = {}
        for d in unit_domains:
            domain_ending.setdefault(d.end, d.value)
            domain_at_end.setdefault(d.end, d)
        org_ending: dict[int, tuple] = {}
        for o in unit_orgs:
            org_ending.setdefault(o[1], o)
        pairs = []
        for r in in_unit:
            m = PAIR_SEPARATOR_BEFORE.search(self.folded, max(u_start, r.start - 8), r.start)
            if not m:
                continue
            label_end = m.start()
            domain = domain_ending.get(label_end)
            org = org_ending.get(label_end)
            if domain:
                # "safe, effective and well-led – inadequate": the key questions joined to the label take its value
                for d in self._joined_before(domain_at_end[label_end], domain_at_end, u_start):
                    pairs.append((None, d, r))
                pairs.append((None, domain, r))
            elif org:
                pairs.append((org[2], "overall", r))
        if len(pairs) < 3 or len(pairs) < len(in_unit) - 1:
            return None
        paired = {r.start for _, _, r in pairs}
        # "X: rated good (safe: good; caring: good ...)": the value the strip is about is the overall one
        # (or "X (good overall): safe – good; ...": the value in the bracket after the name)
        pairs += [(None, "overall", r) for r in in_unit
                  if r.start not in paired and (RATED_BEFORE.search(self.folded, max(u_start, r.start - 16), r.start)
                                                or OVERALL_IN_BRACKET.match(self.folded, max(u_start, r.start - 2), r.end + 10))]
        self._update_state(u_start, u_end)
        facts = []
        # "children's services at both hospitals were rated inadequate. The service's ratings were: caring -
        # good; ...": the strip goes on with the service rated at every site (as a clause would, _service_sites)
        sites = list(self.state.sites) if self.state.sites_rated and len(self.state.sites) > 1 and self.state.service else []
        for org, domain, r in pairs:
            # "Community health services for adults\nRated good overall. Safe: good. Caring: good": the key
            # questions of the service the line (or its heading) names, not of the trust
            service = None if org else self.state.service
            for subject in ([org] if org else sites or [self.state.location or self.state.subject]):
                facts.append(Fact(subject=subject, service=service, domain=domain, rating=r.value, spans=[(r.start, r.end)]))
        return facts
