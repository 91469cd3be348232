"""Previous ratings stated as history ("was rated inadequate in 2019",
"(Previous inspection May 2018 - good)", "findings mirror those of the
previous inspection") and how they fill the `previous` of the results."""

from __future__ import annotations

import re
from bisect import bisect_left

from ...schema import change_between
from .clauses import ANAPHORA_WINDOW, FIVE_DOMAINS
from .facts import Fact, Indexed, date_key, later_history, only_history, unique
from .lines import LABELLED_LINE, STACKED
from .mentions import LIST_JOIN


# "good overall and in all key questions": the whole set after the overall
OVERALL_AND = re.compile(r"\s*overall\s*,?\s*(?:and|as\s+well\s+as)\s*")
# where a new statement of a rating begins after a value: "..., and has now been rated"
NEW_STATEMENT_JOIN = re.compile(r"\band\b|[,;]")
# words of the current result in a list after a history value: the list is the new ratings
CURRENT_WORDS = re.compile(r"\b(?:now|currently|today|this\s+time|(?:has|have)\s+(?:\w+\s+)?been)\b")
# the join between one value's key questions and the next value of its list (history or current)
LIST_OF_VALUES_JOIN = re.compile(r"\s*,?\s*and\s+(?:was\s+|were\s+)?(?:rated\s+)?")


def between_self(reader, c_start, r) -> bool:
    """Does a key question stand between the value before `r` and `r` ("safe was RI
    and caring good": caring is `r`'s own, named before it)?"""
    before = [m for m in reader.ratings.within(c_start, r.start) if m.end <= r.start]
    if not before:
        return False
    between = [d for d in reader.domains.within(before[-1].end, r.start) if d.value != "overall"]
    # those named right after the value before ("RI for safe and effective, and good ...") are its own
    return len(between) > len(reader._own_domains(before[-1], r.start, reader.domains.within(c_start, r.start)))


class HistoryReading:
    """Reader methods for previous ratings."""

    def _history(self, c_start, c_end, clause_facts) -> list[Fact]:
        clause = self.folded[c_start:c_end]
        # "rated RI (previously rated good)": the note is history of its own (see _note_history),
        # not a history cue for the clause's other values
        region_end = min(len(self.folded), c_end + self.window["previous_after"])
        plain = self.folded[c_start:region_end]  # the clause (and what follows it) with notes blanked
        notes = self._notes_near(c_start - 400, region_end)  # (a note is at most ~170 characters)
        if any(a < region_end and b > c_start for a, b in notes):  # (most clauses have none: the text as it is)
            chars = list(plain)
            for a, b in notes:
                if a < region_end and b > c_start:
                    chars[max(a, c_start) - c_start : min(b, region_end) - c_start] = " " * (min(b, region_end) - max(a, c_start))
            plain = "".join(chars)
        clause = plain[: c_end - c_start]
        in_clause = self.ratings.within(c_start, c_end)
        # "children's services were downgraded from good": only a previous value.
        # "the CQC had rated it inadequate in 2020": a previous value by its date after it.
        only_previous = bool(in_clause) and not clause_facts and all(
            self.cue["previous_before"].search(self.folded[max(c_start, r.start - self.window["previous_before"]) : r.start])
            or self.cue["previous_after"].match(self.folded[r.end : r.end + self.window["previous_after"]])
            for r in in_clause
        )
        # "(Previous inspection ...", "When ... in 2017, ...": all history (read by _clause for the same clause)
        seen = self._history_lead_seen
        lead = seen[2] if seen[:2] == (c_start, c_end) else bool(self.cue["history_lead"].match(self.folded[c_start:c_end]))
        if not (self.cue["history_clause"].search(clause) or only_previous or lead):
            return []
        if self.cue["not_rating_clause"].search(clause) or self.cue["scale_definition"].match(clause) or self._share_subject(c_start, c_end):
            return []  # "11 percent of surgeries had been rated ...", "a quarter of homes were ...": a statistic is no one's history
        found = []
        # "It was first inspected in 2016, when it was rated inadequate": read in the sentence up to the value
        u_lo = self.folded.rfind(".", max(0, c_start - 120), c_start) + 1 or max(0, c_start - 120)
        def earliest(r):
            # (from the value before it in the sentence: "inadequate when inspectors first visited in 2019,
            # and RI in 2022" -- the first visit is inadequate's, not RI's)
            prior = [m for m in self.ratings.within(u_lo, r.start) if m.end <= r.start]
            before = self.folded[u_lo : r.start]
            if "first" in before and self.cue["earliest_history"].search(before) is not None \
                    and not (prior and self.cue["earliest_history_after"].match(self.folded, prior[-1].end, r.start)):
                return True
            # "rated inadequate when inspectors first visited in 2019": the first inspection, named after the value
            return self.cue["earliest_history_after"].match(self.folded, r.end, r.end + self.window["earliest_history_after"]) is not None
        # "safe and well-led were rated inadequate and RI respectively at the last inspection"
        respective = {}
        if self._may("respectively") and self.cue["respectively"].search(clause):
            items = [d for d in self.domains.within(c_start, c_end) if d.value != "overall"]
            if len(items) == len(in_clause) >= 2 and all(LIST_JOIN.fullmatch(self.folded, a.end, b.start) for a, b in zip(in_clause, in_clause[1:])):
                respective = {(r.start, r.end): d.value for r, d in zip(in_clause, items)}
        # "Previous rating (May 2021): Inadequate": a label line whose lead says history.
        line_lead = lead and (
            LABELLED_LINE.match(self.folded, c_start) is not None or STACKED.match(self.folded, c_start) is not None)
        for r in in_clause:
            first_of_line = line_lead and r is in_clause[0]
            before = self.folded[max(c_start, r.start - self.window["previous_before"]) : r.start]
            if self.cue["aspiration"].search(before) or self.cue["negated"].search(before) or self.cue["described_not_rated"].search(before):
                continue  # "hopes to move from good to outstanding", "has never been rated inadequate": no one's history
            # up to the next value or its own cue: "inadequate and surgery, previously rated good" is not this one's history
            after = self.folded[r.end : min([r.end + self.window["previous_after"]] + [m.start for m in in_clause if m.start >= r.end])]
            next_cue = None
            if any(m.start == r.end + len(after) for m in in_clause):
                next_cue = self.cue["previous_before"].search(after) or self.cue["previous_event_before"].search(after)
            after = after[: next_cue.start()] if next_cue else after
            event = len(in_clause) > 1 and self.cue["previous_event_before"].search(before)  # "following an inadequate rating in 2022, ..."
            if not (first_of_line or self.cue["previous_before"].search(before) or event or self.cue["previous_after"].match(after) or self.cue["history_clause"].search(clause) or only_previous or lead or next_cue):
                continue
            # (a "(previously rated good)" note before it is its own: read on from its end)
            prev_value_end = max([c_start] + [m.end for m in in_clause if m.end <= r.start] + [b for a, b in notes if c_start <= a and b <= r.start])
            if not first_of_line and any((r.start, r.end) in f.spans for f in clause_facts):
                # the cue must be this value's: from the value before it when a new "was rated" starts there
                verb = self.cue["new_rating_verb"].search(self.folded, prev_value_end, r.start)
                own_from = prev_value_end if verb else c_start
                if verb and prev_value_end > c_start and (joins := list(NEW_STATEMENT_JOIN.finditer(self.folded, prev_value_end, verb.start()))):
                    # "RI at its previous inspection in 2021 and has now been rated inadequate": a cue before
                    # the join is the value before's, not this one's
                    own_from = joins[-1].end()
                value_before = next((m for m in reversed(in_clause) if m.end <= r.start), None)
                if value_before is not None and not any(h.spans[0] == (value_before.start, value_before.end) for h in found) \
                        and any((value_before.start, value_before.end) in f.spans for f in clause_facts) \
                        and self._one_list(value_before.end, r.start) \
                        and not self.cue["previous_after"].match(after) \
                        and not self.cue["history_clause"].search(plain[r.end - c_start : r.end - c_start + len(after)]):
                    # "... and has now been rated inadequate for safe, and RI for caring": the list of a current value
                    # (review: not when its own cue follows it, "..., and inadequate for safe at its last inspection")
                    continue
                if not self.cue["history_clause"].search(plain[max(own_from, r.start - self.window["previous_before"]) - c_start : r.start - c_start] + plain[r.end - c_start : r.end - c_start + len(after)]) \
                        and not (found and found[-1].spans[0][1] == prev_value_end and (
                            self.cue["history_list_goes_on"].fullmatch(self.folded, prev_value_end, r.start)
                            or self._one_list(prev_value_end, r.start) and not CURRENT_WORDS.search(self.folded, max(c_start, r.start - 300), r.start))):
                    # ("previously rated inadequate, with safe rated inadequate and caring rated RI": the list goes on;
                    # "... when it was rated outstanding for caring and well-led, and good for safe": so does this one)
                    continue
            since = self.services.within(prev_value_end, c_end) if prev_value_end > c_start else []
            subjects, service_list = self._subject_and_services(c_start, c_end, r, since or self.services.within(c_start, c_end))
            # Key questions named after a later result are that result's, not this history's.
            next_result = min((m.start for m in in_clause if m.start >= r.end), default=c_end)
            named = [d.value for d in self.domains.within(c_start, next_result)]
            between = self.domains.within(r.end, next_result)
            if between and re.search(r"\b(?:was|were|is|are|been|rated|required|requires)\b", self.folded[between[-1].end : next_result]) \
                    and not self.cue["history_questions_refer_on"].match(self.folded, between[-1].end, next_result):
                # "was rated inadequate in 2015, after safe and well-led were inadequate": those
                # key questions lead into the next value; this one has only those before it.
                prev_end = max([c_start] + [m.end for m in in_clause if m.end <= r.start])
                named = [d.value for d in self.domains.within(prev_end, r.start)]
            if r is not in_clause[0] and not between_self(self, c_start, r):
                # "previously rated RI for safe and effective, and good for caring": a later value's own key questions
                own = self._own_domains(r, next_result, self.domains.within(c_start, c_end))
                if own:
                    named = own
            if "overall" in named and len(named) > 1 and (last := [d for d in self.domains.within(c_start, r.start) if d.end <= r.start]) \
                    and last[-1].value != "overall" and self.cue["relative_after_domains"].match(self.folded, last[-1].end, r.start):
                # "good overall and for safe and well-led, which were previously RI": those key questions' history only
                named = [d for d in named if d != "overall"]
            paired = [f.domain for f in clause_facts if next_result < c_end and any(a == next_result for a, _ in f.spans)
                      and self.cue["to_between"].match(self.folded[r.end : next_result])]
            if (r.start, r.end) in respective:
                named = [respective[(r.start, r.end)]]
            elif paired:
                named = unique(paired)  # "A was rated good and the trust went from inadequate in 2022 to good for safety": the "to" value's
            elif r is not in_clause[0] and (whole := self.cue["all_domains"].search(self.folded, r.end, next_result)) \
                    and not self.folded[r.end : whole.start()].strip():
                named = list(FIVE_DOMAINS)  # "rated good overall and good for all domains": the later value's own
            if not named and self.cue["all_domains"].search(self.folded, r.end, next_result):
                named = list(FIVE_DOMAINS)  # "... and good for all domains"
            elif named == ["overall"] and (whole := self.cue["all_domains"].search(self.folded, r.end, next_result)) \
                    and OVERALL_AND.fullmatch(self.folded, r.end, whole.start()):
                named = ["overall", *FIVE_DOMAINS]  # "previously rated good overall and in all key questions"
            if not named:
                # "It had been rated RI in this area at the last inspection", "these key questions were ... last time"
                named = self._history_anaphora(c_start, r, next_result)
            if not named and self.state.section_domain is not None and not self.services.within(c_start, c_end) \
                    and self.cue["section_rating_reference"].search(self.folded, c_start, c_end):
                named = [self.state.section_domain]  # under "Is the service safe?": "At our last inspection it was rated RI"
            for subject in subjects:
                for service in service_list:
                    for domain in named or ["overall"]:
                        found.append(Fact(subject=subject, service=service, domain=domain, rating=r.value, spans=[(r.start, r.end)],
                                          earliest=earliest(r)))
        return found

    def _one_list(self, prev_end, r_start) -> bool:
        """Between a value ending at `prev_end` and the value at `r_start`, only the first's key
        questions and a join ("outstanding for caring and well-led, and good for safe"): the two
        values are of one list (both history, or both the current result)."""
        own = self.domains.within(prev_end, r_start)
        if not own or not self.cue["domains_after"].match(self.folded[prev_end : own[0].start]):
            return False
        if not all(LIST_JOIN.fullmatch(self.folded, a.end, b.start) for a, b in zip(own, own[1:])):
            return False
        return LIST_OF_VALUES_JOIN.fullmatch(self.folded, own[-1].end, r_start) is not None

    def _history_anaphora(self, c_start, r, next_result) -> list[str]:
        """The key question(s) a history value refers back to with "in this area" / "for these
        key questions" (named before the clause), or []."""
        if self.cue["domain_anaphora"].search(self.folded, c_start, next_result) or self.cue["domain_anaphora_after"].match(self.folded, r.end, next_result):
            before = [d for d in self.domains.within(max(0, c_start - ANAPHORA_WINDOW), c_start) if d.value != "overall"]
            return [before[-1].value] if before else []
        if self.cue["domains_anaphora_plural"].search(self.folded, c_start, next_result):
            return self._anaphora_run(c_start)
        return []

    def _notes_near(self, start, end) -> list[tuple[int, int]]:
        """The "(previously rated ...)" notes starting in [start, end)."""
        if getattr(self, "_notes_index", None) is None:
            self._notes_index = Indexed(self.notes, key=lambda n: n[0])
        return self._notes_index.within(max(0, start), end)

    def _apply_history(self) -> None:
        for h in self._latest_first(self.history):
            for fact in self.facts.values():
                if (fact.subject, fact.service, fact.domain) != (h.subject, h.service, h.domain):
                    continue
                if fact.spans == h.spans:
                    # The history statement was read as this result: it is a previous rating only.
                    continue
                if h.rating == fact.rating and fact.tense == "dated" and fact.previous is None and not fact.explicit and fact.change is None \
                        and any(f.tense != "dated" for f in self.facts.values()):
                    # "Home improves after inadequate rating" ... "Following an inadequate rating in 2023, the agency was
                    # placed in special measures": two statements of one older rating, history (dropped at the end)
                    continue
                if h.year is None:
                    h.year = self._year_after(h)
                in_between = False
                if fact.previous is not None and fact.previous_year is None and h.year is not None and h.rating != fact.previous:
                    # (previous taken from a statement with no year -- a history statement collected into the
                    # result, a headline's "that was inadequate", "three years after being rated good" -- has the
                    # year of that value's dated history statement; a later dated one is the inspection in
                    # between, the most recent before (SPEC): "good in 2019, fell to RI in 2022 and is now ...")
                    source = [o for o in self.history if o.rating == fact.previous and o is not h]
                    own = [o for o in source if o.spans[0] in fact.spans]
                    dated = [y for o in (own or source) if (y := o.year if o.year is not None else self._year_after(o)) is not None]
                    in_between = bool(dated) and h.year > max(dated)
                if fact.previous is None or later_history(fact, h) or in_between:
                    # (a history value dated later than the one the result's previous came from is the latest before)
                    fact.previous = h.rating
                    fact.change = change_between(h.rating, fact.rating)
                    fact.previous_year = h.year
        self._history_across_kinds()
        # "again" implies the same rating before, unless the last earlier rating stated differs
        last: dict[tuple, Fact] = {}
        for h in self.history:
            if not h.earliest:  # (the first inspection's value is not one in between)
                last[(h.subject, h.service, h.domain)] = h
        for key, fact in self.facts.items():
            h = last.get(key)
            if h is None or h.spans == fact.spans or fact.explicit or fact.previous != fact.rating or h.rating == fact.rating:
                continue
            # "still rated RI, as it was in 2021. It was rated inadequate in 2017": the same value dated
            # right after the statement itself is the year it held before
            held = fact.previous_year if fact.previous_year is not None else max(
                [y for y in (self._year_after(Fact(subject=fact.subject, service=fact.service, domain=fact.domain, rating=fact.rating, spans=[sp]))
                             for sp in fact.spans) if y is not None], default=None)
            if not (held is not None and (hy := h.year if h.year is not None else self._year_after(h)) is not None
                    and hy <= held):
                # (unless a statement of the same value dated after that rating shows it held before)
                fact.previous, fact.change = h.rating, change_between(h.rating, fact.rating)
        # A "result" that is really only history (same span as a history fact) is dropped.
        history_spans = {tuple(h.spans) for h in self.history}
        for key in [k for k, f in self.facts.items() if tuple(f.spans) in history_spans and only_history(f)]:
            del self.facts[key]

    def _history_across_kinds(self) -> None:
        """ "The trust is now rated RI" ... "inspectors rated the hospital inadequate
        in 2019": history stated of a location fills the previous of its provider's
        item (or the other way round, or of a subject never named) when that item
        is the only one of its service and key question, and the history's subject
        has no item of its own for them. Two homes are two subjects: never across
        the same kind."""
        kinds = self.org_kinds
        keys = {(f.subject, f.service, f.domain) for f in self.facts.values()}
        for h in self._latest_first(self.history):
            if (h.subject, h.service, h.domain) in keys or h.spans[0] in self.relative_values:
                continue
            same = [f for f in self.facts.values() if (f.service, f.domain) == (h.service, h.domain)]
            if len(same) != 1 or same[0].previous is not None or same[0].spans == h.spans:
                continue
            fact = same[0]
            if h.subject is None or fact.subject is None or kinds.get(h.subject, kinds.get(fact.subject)) != kinds.get(fact.subject):
                fact.previous = h.rating
                fact.change = change_between(h.rating, fact.rating)

    def _latest_first(self, history: list[Fact]) -> list[Fact]:
        """History in text order, except that of one item stated with years
        ("inadequate in 2018 and requires improvement in 2021"), the latest
        year comes first: `previous` is the most recent rating before (SPEC)."""
        years = {id(h): self._year_after(h) for h in history}
        by_key: dict[tuple, list[Fact]] = {}
        for h in history:
            by_key.setdefault((h.subject, h.service, h.domain), []).append(h)
        order = {}
        for group in by_key.values():
            if len(group) > 1:
                # "was upgraded from inadequate to RI": the "to" value is the later one
                group = list(group)
                for k in range(len(group) - 1):
                    a, b = group[k], group[k + 1]
                    if a.spans[0][1] <= b.spans[0][0] and self.cue["to_between"].match(self.folded[a.spans[0][1] : b.spans[0][0]]):
                        group[k], group[k + 1] = b, a
            if len(group) > 1:
                # an undated value equal to a dated or first one is that statement again
                # ("three years after it was rated good" ... "rated good in 2019, RI in 2022")
                for h in group:
                    same = [o for o in group if o is not h and o.rating == h.rating]
                    if not years[id(h)]:
                        years[id(h)] = max((years[id(o)] for o in same if years[id(o)]), default=None)
            if len(group) > 1 and all(years[id(h)] for h in group):
                group = sorted(group, key=lambda h: -years[id(h)])
            if len(group) > 1:
                first = {h.rating for h in group if h.earliest}
                group = sorted(group, key=lambda h: h.earliest or h.rating in first)  # "when it was first inspected": the oldest, last
            for k, h in enumerate(group):
                order[id(h)] = k
        return sorted(history, key=lambda h: order[id(h)])

    def _year_after(self, h: Fact) -> int | None:
        """The year a history value is dated with right after it ("inadequate in 2018"), or
        further on in its own phrase, before any other value ("inadequate following an
        inspection in March 2022, and RI when inspectors went back in June 2023")."""
        start, end = h.spans[0]
        dated = self.tense["dated_after"].match(self.folded[end : end + self.window["tense.dated_after"]])
        if dated is None:
            stop = min([end + self.window["history_dated_after"]] + [m.start for m in self.ratings.within(end, end + self.window["history_dated_after"])])
            dated = self.cue["history_dated_after"].match(self.folded[end:stop])
        return date_key(dated.group(0)) if dated else None  # (year * 100 + month)

    def _note_history(self) -> list[Fact]:
        """A "(previous inspection ... - good overall and good for all domains)"
        note gives the previous ratings of what the text stated just before it."""
        found = []
        stated = sorted((start, k) for k, f in enumerate(self.facts.values()) for start, _ in f.spans)
        stated_starts = [start for start, _ in stated]
        fact_list = list(self.facts.values())
        note_ratings = Indexed(self.note_ratings)
        for n_start, n_end in self.notes:
            values = note_ratings.within(n_start, n_end)
            k = bisect_left(stated_starts, n_start)
            if not values:
                continue
            # "X (previously rated good) has been rated RI": the note leads into the result after it
            # in its sentence when no result stands before it in that sentence
            before_in_sentence = k > 0 and not re.search(r"[.!?]\s|\n", self.folded[stated[k - 1][0] : n_start])
            if k < len(stated) and not before_in_sentence and not re.search(r"[.!?]\s|\n", self.folded[n_end : stated[k][0]]):
                last = fact_list[stated[k][1]]
            elif k == 0:
                continue
            else:
                last = fact_list[stated[k - 1][1]]  # the rating stated last before the note
            # "good for safe (previously RI), effective (previously good) and well-led ...",
            # "with safe (previously RI) now rated good": the note right after a key question is its own
            asked = self._note_question(n_start, last)
            for j, r in enumerate(values):
                limit = values[j + 1].start if j + 1 < len(values) else n_end
                named = [d.value for d in self.domains.within(r.end, limit)]
                if not named and self.cue["all_domains"].search(self.folded[r.end : limit]):
                    named = list(FIVE_DOMAINS)
                if not named and ((n_start, n_end) in self.line_notes and not re.search(r"\n", self.folded[min(n_start, last.spans[0][0]) : max(n_end, last.spans[0][1])])
                                  or k > 0 and self.cue["note_follows_value"].fullmatch(self.folded, stated[k - 1][0], n_start)):
                    named = [last.domain]  # "Safe: Good (previous rating: Inadequate)": the note of the value just before it
                if not named and asked is not None and len(values) == 1:
                    named = [asked]
                for domain in unique(named) or ["overall"]:
                    found.append(Fact(subject=last.subject, service=last.service, domain=domain, rating=r.value,
                                      spans=[(r.start, r.end)]))
        return found

    def _note_question(self, n_start, last: Fact) -> str | None:
        """The key question named right before a note ("safe (previously RI)"), when the
        subject and service of `last` have a result for it; else None."""
        before = self.domains.within(max(0, n_start - 40), n_start)
        if not before or before[-1].value == "overall" or not self.cue["note_after_question"].fullmatch(self.folded, before[-1].end, n_start):
            return None
        d = before[-1].value
        if not any((f.subject, f.service, f.domain) == (last.subject, last.service, d) for f in self.facts.values()):
            return None
        return d

    def _same_as_before(self, u_start, u_end) -> None:
        """ "These findings mirror those of the previous inspection": every
        rating stated so far for the subject had the same value before."""
        words = self.same_as_before_words
        if words is not None and not any(self.folded.find(w, u_start, u_end) >= 0 for w in words):
            return
        m = self.cue["same_as_before"].search(self.folded, u_start, u_end)
        if not m:
            return
        for fact in self.facts.values():
            if fact.subject == self.state.subject and fact.previous is None and fact.change is None:
                fact.previous, fact.change = fact.rating, "unchanged"
                fact.spans.append((m.start(), m.end()))
