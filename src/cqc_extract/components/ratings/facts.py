"""The values cqc_ratings works with: mentions found in the text, the
discourse state a document's reader carries, the facts (rating items) it
builds, and how facts of one item are collected into one.

Facts are built by keyword: `Fact(subject=..., service=..., domain=...,
rating=..., spans=[...])`; previous/change/explicit default to none stated.
"""

from __future__ import annotations

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
    subject: str | None = None
    service: str | None = None
    group: list[str] = field(default_factory=list)  # "X and Y": what "both" means
    named_service: str | None = None  # the service last named, kept across organisations: what "the service" means
    named_services: list[str] = field(default_factory=list)  # the services one sentence named: what "all three" means
    service_host: str | None = None  # where the service last named sits, as read then: what "the service"/"it" is rated at
    sites: list[str] = field(default_factory=list)  # the locations one sentence named: what "both hospitals" means
    trust_wide: bool = False  # "the trust's hospitals", "across the trust" since the last location: services are the provider's
    sites_rated: bool = False  # the last service rating was for all of them: "the service" goes on with them
    section_domain: str | None = None  # under a key question's heading ("Is the service safe?"): what "the rating" is for
    # An organisation described but not yet named: (kind, plural, offset).
    described: tuple[str, bool, int] | None = None


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
    return not later and older.tense == "past" and current.tense == "now" and not older.explicit


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
        if old.previous is None:
            old.previous, old.change = fact.rating, change_between(fact.rating, old.rating)
        old.spans.extend(fact.spans)
        return old
    if old.rating != fact.rating and is_history_of(old, fact):
        # "was rated inadequate last August ... is now rated good": the earlier one was history
        if fact.previous is None:
            fact.previous, fact.change = old.rating, change_between(old.rating, fact.rating)
        fact.spans = old.spans + fact.spans
        facts[key] = fact
        return fact
    if fact.explicit and not old.explicit:
        fact.spans = old.spans + fact.spans
        facts[key] = fact
        return fact
    old.spans.extend(fact.spans)
    if old.rating == fact.rating and old.tense == "dated" and fact.tense != "dated" and old.previous is None and fact.previous is None:
        # "rated good in 2015 ... is rated good": the dated one is the previous rating
        old.previous, old.change, old.tense = old.rating, "unchanged", fact.tense
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
