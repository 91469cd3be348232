"""The values cqc_ratings works with: mentions found in the text, the
discourse state a document's reader carries, the facts (rating items) it
builds, and how facts of one item are collected into one.

Facts are built by keyword: `Fact(subject=..., service=..., domain=...,
rating=..., spans=[...])`; previous/change/explicit default to none stated.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from ...schema import change_between
from ..base import evidence


@dataclass
class Mention:
    start: int
    end: int
    value: str


@dataclass
class State:
    """What "the trust", "the service" and "it" point back to."""

    provider: str | None = None
    providers: list[str] = field(default_factory=list)  # every provider named so far, the last named last
    location: str | None = None
    site_services: list[str] = field(default_factory=list)  # the services the location was named as the place of ("surgery at X")
    subject: str | None = None
    service: str | None = None
    group: list[str] = field(default_factory=list)  # "X and Y": what "both" means
    named_service: str | None = None  # the service last named, kept across organisations: what "the service" means
    named_services: list[str] = field(default_factory=list)  # the services one sentence named: what "all three" means
    service_lines: bool = False  # the last unit was a line naming one service only ("• Wards for older people"): a list goes on
    service_host: str | None = None  # where the service last named sits, as read then: what "the service"/"it" is rated at
    sites: list[str] = field(default_factory=list)  # the locations one sentence named: what "both hospitals" means
    trust_wide: bool = False  # "the trust's hospitals", "across the trust" since the last location: services are the provider's
    sites_rated: bool = False  # the last service rating was for all of them: "the service" goes on with them
    section_domain: str | None = None  # under a key question's heading ("Is the service safe?"): what "the rating" is for
    # An organisation described but not yet named: (kind, plural, offset).
    described: tuple[str, bool, int] | None = None
    named: list[str] = field(default_factory=list)  # every organisation named so far (any kind), the last named last


@dataclass(kw_only=True)
class Fact:
    """One rating item as read, built by keyword."""

    subject: str | None
    service: str | None
    domain: str
    rating: str
    previous: str | None = None
    change: str | None = None
    explicit: bool = False  # from/to values stated (wins over a restatement)
    spans: list[tuple[int, int]] = field(default_factory=list)
    described: tuple[str, bool, int] | None = None  # subject still to be named
    tense: str | None = None  # "now", "past" or "dated" (see _tense): which of two disagreeing statements is history
    year: int | None = None  # the year a dated statement names ("in 2021 it was rated RI")
    previous_year: int | None = None  # the year of the dated statement `previous` was taken from
    fresh: bool = False  # stated as new ("has now been rated", "is newly rated"): a value with no tense before it is history
    earliest: bool = False  # history of the first inspection or rating: not one between it and the result
    unnamed_member: bool = False  # the rest of a group the text never names ("all three homes", two named): null, not described


def unique(values) -> list:
    """The values in order, each once (a dict keeps the first: linear)."""
    return list(dict.fromkeys(values))


class Coverage:
    """The union of character ranges; "is this offset inside any of them?" by
    bisection (a scan of every range per mention is n² on a long text)."""

    def __init__(self, ranges):
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(ranges):
            if self._ends and start <= self._ends[-1]:
                self._ends[-1] = max(self._ends[-1], end)  # overlapping: one range
            else:
                self._starts.append(start)
                self._ends.append(end)

    def covers(self, position: int) -> bool:
        k = bisect_right(self._starts, position) - 1
        return k >= 0 and position < self._ends[k]

    def overlaps(self, start: int, end: int) -> bool:
        """Does any range share a character with [start, end)?"""
        k = bisect_left(self._starts, end) - 1  # the last range opening before `end`
        return k >= 0 and start < self._ends[k]


class Indexed(list):
    """Mentions sorted by start offset, found by range with bisection."""

    def __init__(self, items, key=lambda m: m.start):
        super().__init__(sorted(items, key=key))
        self._starts = [key(m) for m in self]

    def within(self, start: int, end: int) -> list:
        """The mentions starting in [start, end)."""
        return self[bisect_left(self._starts, start) : bisect_left(self._starts, end)]

    def any_within(self, start: int, end: int) -> bool:
        """Whether a mention starts in [start, end) (`bool(within(...))` without the copy)."""
        return bisect_left(self._starts, start) < bisect_left(self._starts, end)

    def last_within(self, start: int, end: int):
        """The last mention starting in [start, end), or None (`within(...)[-1]` without the copy)."""
        k = bisect_left(self._starts, end) - 1
        return self[k] if k >= 0 and self._starts[k] >= start else None


MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
DATE = re.compile(r"\b(?:(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?\s+)?((?:19|20)\d\d)\b")


def date_key(text: str) -> int | None:
    """The last date a (folded) text names, as year * 100 + month (month 0 when not named), or None."""
    found = None
    for found in DATE.finditer(text):
        pass
    if found is None:
        return None
    return int(found.group(2)) * 100 + (MONTHS.index(found.group(1)) + 1 if found.group(1) else 0)


def dated_order(older: Fact, newer: Fact) -> bool:
    """Two dated statements of one item with years: is `older` dated before `newer`?"""
    return older.tense == newer.tense == "dated" and older.year is not None and newer.year is not None \
        and older.year < newer.year and not older.explicit and not newer.explicit


def is_history_of(older: Fact, current: Fact, later: bool = False) -> bool:
    """Two statements of one item with different values: is `older` only its
    history? A dated one beside an undated one; a past one before a "now" one
    (`later`: `older` is stated after `current`)."""
    if older.tense == "dated":
        return current.tense != "dated"
    if later and older.tense == "past" and current.tense in (None, "now") and not older.explicit:
        # "rating rises to good" ... "was rated inadequate in January": the past one is history,
        # unless the direction stated with the result says otherwise
        return current.change in (None, change_between(older.rating, current.rating))
    if later and older.tense == "past" and older.explicit and current.tense == "now" and not current.explicit:
        # "has now been rated good" ... "the rating was changed from inadequate to RI at a follow-up
        # visit": the from/to of an inspection before
        return True
    # ("was upgraded from inadequate to RI at a follow-up visit. It has now been rated good": the same)
    if not later and older.tense is None and current.fresh and not older.explicit and older.previous is None \
            and older.change is None and current.change in (None, change_between(older.rating, current.rating)):
        # "A practice rated inadequate has been taken out of special measures" ... "X has now been
        # rated RI": a value stated with no tense before a "now" one of another value is its history
        return True
    return not later and older.tense == "past" and current.tense == "now" and (not older.explicit or not current.explicit)


def later_history(current: Fact, history: Fact) -> bool:
    """Is `history` (a dated statement of the item) later than the one `current`'s
    previous value was taken from (both dated with years; not a previous stated
    with the result itself)?"""
    return (not current.explicit and current.previous_year is not None and history.year is not None
            and history.year > current.previous_year)


def only_history(fact: Fact) -> bool:
    return not fact.explicit and fact.previous is None


def collect(facts: dict[tuple, Fact], fact: Fact) -> Fact:
    """Collect one item per (subject, service, domain); returns the kept one."""
    key = (fact.subject, fact.service, fact.domain)
    old = facts.get(key)
    if old is None:
        facts[key] = fact
        return fact
    if old.rating != fact.rating and is_history_of(fact, old, later=True):
        # "rated inadequate ... in summer 2015 it was upgraded from X to Y": history of the result kept
        if old.previous is None or later_history(old, fact):
            # (of several inspections, the latest before: "inadequate in 2019 ... in 2021 it was rated RI")
            old.previous, old.change, old.previous_year = fact.rating, change_between(fact.rating, old.rating), fact.year
        old.spans.extend(fact.spans)
        return old
    if old.rating != fact.rating and dated_order(fact, old):
        # "in November 2022 it was rated good" ... "in March 2022 it was rated RI": the earlier date is history
        if old.previous is None or later_history(old, fact):
            old.previous, old.change, old.previous_year = fact.rating, change_between(fact.rating, old.rating), fact.year
        old.spans.extend(fact.spans)
        return old
    if old.rating != fact.rating and (is_history_of(old, fact) or dated_order(old, fact)):
        # "was rated inadequate last August ... is now rated good": the earlier one was history
        if fact.previous is None:
            fact.previous, fact.change, fact.previous_year = old.rating, change_between(old.rating, fact.rating), old.year
        fact.spans = old.spans + fact.spans
        facts[key] = fact
        return fact
    if old.explicit and fact.explicit and old.rating != fact.rating and old.previous == fact.previous and fact.tense != "now" \
            and old.previous not in (None, old.rating, fact.rating):
        # "from inadequate to good" ... "they changed the rating from inadequate to RI": an inspection in between
        # is stated; previous is its value, the latest before (SPEC)
        old.previous, old.change = fact.rating, change_between(fact.rating, old.rating)
        old.spans.extend(fact.spans)
        return old
    if fact.explicit and not old.explicit:
        fact.spans = old.spans + fact.spans
        facts[key] = fact
        return fact
    old.spans.extend(fact.spans)
    if old.rating == fact.rating and old.tense == "dated" and fact.tense != "dated" and old.previous is None and fact.previous is None:
        # "rated good in 2015 ... is rated good": the dated one is the previous rating
        old.previous, old.change, old.tense, old.previous_year = old.rating, "unchanged", fact.tense, old.year
        return old
    if old.rating == fact.rating and old.tense == "dated" and fact.tense != "dated" and old.previous is None and fact.previous == fact.rating \
            and not old.explicit:
        # "in October 2022 safe was rated good ... safe remains good": the same, dated by the earlier statement
        old.previous, old.change, old.tense, old.previous_year = old.rating, "unchanged", fact.tense, old.year
        return old
    if old.rating == fact.rating and old.tense == "dated" and fact.tense != "dated" and old.previous_year is not None and not old.explicit \
            and fact.previous is not None:
        # "RI in March 2022 ... revised to good in November 2022 ... remained good": the dated result was the
        # latest inspection before, not this one (the restatement says so); its own previous is older
        old.previous = fact.previous
        old.change, old.tense, old.previous_year = change_between(old.previous, old.rating), fact.tense, None
        return old
    if old.rating == fact.rating and old.tense == "dated" and old.year is not None and old.previous not in (None, old.rating) \
            and fact.fresh and fact.previous is None:
        # "good in 2018 and RI in 2020 before its first inadequate rating in 2023. X has now been rated inadequate": the
        # dated result is the inspection before the one reported; it is the previous rating (the newest before, SPEC)
        old.previous, old.change, old.tense, old.previous_year, old.explicit = old.rating, "unchanged", fact.tense, old.year, True
        return old
    if old.previous is None and fact.previous is not None and fact.rating == old.rating:
        old.previous, old.change = fact.previous, change_between(fact.previous, old.rating)
    if old.change is None and fact.change is not None and fact.rating == old.rating:
        old.change = fact.change
    return old


def as_dict(doc: Doc, fact: Fact) -> dict[str, Any]:
    return {
        "subject": fact.subject,
        "service": fact.service,
        "domain": fact.domain,
        "rating": fact.rating,
        "previous": fact.previous,
        "change": fact.change,
        "evidence": [evidence(doc, s, e) for s, e in sorted(set(fact.spans))],
    }
