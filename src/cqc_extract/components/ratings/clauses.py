"""Reading one clause: which rating values are results and which previous
ones, the key questions and services each result is for, and whether it is
unchanged, improved or declined; and cutting a unit into clauses."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter

from ...schema import change_between
from ...prefilter import contains_any
from ...text import NUMBER_WORDS
from .facts import Fact, Mention, date_key, unique
from .lines import service_clause_cuts
from .mentions import LIST_JOIN

_start = attrgetter("start")  # a mention's start, the key its lists are sorted by

FIVE_DOMAINS = ("safe", "effective", "caring", "responsive", "well-led")
ANAPHORA_WINDOW = 250  # characters before a value "this key question" / "in this area" looks back for its key question
# (session 15) Between the key questions of consecutive lines, each with its value ("- Are services safe? - Good\n
# - Are services well-led? - Good"): a list, for "Both had been rated RI" after it as for "safe and well-led".
LINE_LIST_JOIN = re.compile(
    r"[ \t]{0,3}\??['\"]?[ \t]{0,3}(?:[:–—|]|[ \t]-)[ \t]{0,3}['\"]?(?:outstanding|good|requires\s+improvement|requiring\s+improvement|"
    r"needs\s+improvement|inadequate)['\"]?[ \t.]{0,3}\n[ \t]{0,8}(?:[-•*▪◦‣·][ \t]{0,8})?"
    r"(?:(?:are|is)[ \t]{1,8}(?:services|the[ \t]{1,8}service|it|we|they)[ \t]{1,8})?"
)
# A key question followed by its own value: "safe: good", "safe - requires improvement".
LABEL_AFTER = re.compile(r"['\"]?[ \t]{0,3}(?:[:–—|]|[ \t]-)[ \t]{0,3}['\"]?(?:outstanding|good|requir|needs\s+improvement|inadequate)")
_AS_WAS_COMMA = (r",\s+(?=as\s+(?:is|was|were|are)\s+(?:the\s+|its\s+)?\w)|,\s+(?=as\s+(?:it|they)\s+(?:is|was|were|are)\s+at\s+"
                 r"(?!(?:its|the|their)\s+(?:last|previous|earlier|prior|latest)\b)\w)")
AS_WAS = re.compile(_AS_WAS_COMMA + r"|\s(?=and\s{1,3}so\s{1,3}(?:is|was|were|are|has|have|had|did|do)\s{1,3}(?:the\s+|its\s+)?\w)")
AND_JOIN = re.compile(r"(?:,|\s[–—-])\s+(and\s+)?")  # ", and Y was rated", " – as has Y"
# (session 16) Their alternatives after a comma alone, for a unit with no "so" (AS_WAS) or no dash (AND_JOIN): the
# same matches there (the others need those), found from each comma in C, not tried at every blank
AS_WAS_COMMA = re.compile(_AS_WAS_COMMA)
AND_JOIN_COMMA = re.compile(r",\s+(and\s+)?")
# (the same matches as r";|\b(?:while|whilst|whereas|but|although|however)\b|(?<=\w)\.\s|,\s+and\s+(?=the\b)", written
# so that every alternative opens with a literal: `re` then skips the characters none can open with in C, three times faster)
CLAUSE_BREAK = re.compile(r";|w(?<!\w.)h(?:ile|ilst|ereas)\b|b(?<!\w.)ut\b|a(?<!\w.)lthough\b|h(?<!\w.)owever\b|\.(?<=\w\.)\s|,\s+and\s+(?=the\b)")

REST_END = re.compile(r"[,.;]|$")
# Between two key questions listed after one value: "good for safe, effective and for being caring".
# Where a sentence or clause ends for the look-aheads after a value: a stop, a semicolon or a line break.
CLAUSE_STOP = re.compile(r"[.;!?\n]")
# (session 18) Between two members of a counted list of key questions: "safe, caring and well-led".
COUNT_MEMBER_JOIN = re.compile(r"[ \t]{0,3}(?:,[ \t]{0,3}(?:and[ \t]{1,3})?|[ \t]{1,3}and[ \t]{1,3}|[ \t]{0,3}&[ \t]{0,3})")
DOMAIN_LIST_GAP = re.compile(r"[\s,'\"–—•·*▪◦-]*(?:and|or|&|as\s+well\s+as|in\s+addition\s+to)?[\s,'\"]*(?:(?:being|whether|how|the|it|its|their|a|an|is|was|were|service|services|are|for|in|people|patients|residents|staff|kept|providing|having|keeping|to)\s+)*")
# (session 17) A verb between a list led into after a value ("... overall and in the areas of safe and caring")
# and the next value: the list is that value's ("... it was rated outstanding"), not the first's.
LIST_OWN_VERB = re.compile(r"\b(?:was|were|is|are|been|be|rated|judged|graded|found)\b")
SENTENCE_CUT = re.compile(r"[.\n]")


def _to_stop(text: str) -> str:
    """`re.split(r"[.\n]", text)[0]`: the text up to its first full stop or line break."""
    m = SENTENCE_CUT.search(text)
    return text[: m.start()] if m else text


def _may_be_scale(clause: str) -> bool:
    """Can the "scale" cue match in the clause? Each of its matches holds three values ("good, requires
    improvement or inadequate"), or "outstanding" and "inadequate" ("from outstanding to inadequate"), or
    "point" ("a four-point scale"): a few counts in C, where most clauses hold one value."""
    return ("point" in clause or "outstanding" in clause and "inadequate" in clause
            or clause.count("good") + clause.count("outstanding") + clause.count("inadequate") + clause.count("improvement") >= 3)


# "... good overall and B was rated ..." (", and" is AND_JOIN's); (session 17) "and the B was rated ...", as "and B"
_LETTER = re.compile(r"[^\W\d_]")
BARE_AND_BEFORE = re.compile(r"(?<![,;])\s+and\s+(?:the\s+)?$")
BARE_AND_REACH = len(" and the ")
OWNER_RUN = re.compile(r"-(?:run|owned|operated|managed)[ \t]+")  # "the X-run B": X owns B
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


# where the object of a report's lead ("our rating of safe went down") starts, and how far into it its key question may
LEAD_OBJECT = re.compile(r"rating\s+(?:of|for)\s+")
LEAD_OBJECT_REACH = 25

class ClauseReading:
    """Reader methods for one clause at a time."""

    def _and_new_subject_cuts(self, u_start, u_end) -> list[int]:
        """ "A was rated good overall and B was rated RI, with safe rated
        inadequate": a bare "and", after a value, before an organisation and its
        own verb, opens B's statement (what follows unnamed is B's)."""
        cuts = []
        before = None  # the organisation before this one
        for o in self.orgs.within(u_start, u_end):
            # (session 17) "and the X-run B was rated ...": the statement opens before B's owner
            head = before[0] if before is not None and OWNER_RUN.fullmatch(self.folded, before[1], o[0]) else o[0]
            before = o
            m = BARE_AND_BEFORE.search(self.folded, max(u_start, head - BARE_AND_REACH), head)
            if m and self.ratings.any_within(u_start, m.start()) and self.ratings.any_within(o[1], u_end) \
                    and self.cue["and_new_subject_verb"].match(self.folded, o[1]):
                cuts.append(m.start())
        # (session 20) "The trust was rated good and the centre was rated outstanding": a reference and its own verb
        if " and the " in self.folded[u_start:u_end]:
            for m in self.cue["and_reference_subject"].finditer(self.folded, u_start, u_end):
                if self.ratings.any_within(u_start, m.start()) and self.ratings.any_within(m.end(), u_end) \
                        and self.cue["and_new_subject_verb"].match(self.folded, m.end()):
                    cuts.append(m.start())
            cuts.sort()
        return cuts

    def _and_rated_cuts(self, u_start, u_end) -> list[int]:
        """ "Inspectors rated surgery at X good, and rated Y requires improvement": a second "rated" after a
        value, with an organisation (or "the trust") for its object, opens that object's statement."""
        cuts = []
        for m in self.cue["and_rated_object"].finditer(self.folded, u_start, u_end):
            if (m.group("ref") or self.orgs.any_within(m.end(), m.end() + 1)) and self.ratings.any_within(u_start, m.start()) \
                    and self.ratings.any_within(m.end(), u_end):
                cuts.append(m.start())
        return cuts

    def _service_with_cuts(self, u_start, u_end) -> list[int]:
        """ "X was rated requires improvement overall, with surgery rated
        inadequate": the service after ", with" has a rating of its own."""
        cuts = []
        ratings = self.ratings.within(u_start, u_end)
        for s in self.services.within(u_start, u_end):
            m = self.cue["service_with_before"].search(self.folded, max(u_start, s.start - 20), s.start)
            if not m or not any(r.end <= m.start() for r in ratings):
                continue
            after = [r for r in ratings if r.start >= s.end]
            if after and self.cue["service_with_verb"].match(self.folded[s.end : after[0].start]):
                cuts.append(m.start())
        return cuts

    def _clauses(self, u_start, u_end) -> list[tuple[int, int]]:
        """Cut a unit where a new clause starts, keeping each rating in one piece."""
        cuts = [u_start]
        for m in CLAUSE_BREAK.finditer(self.folded, u_start, u_end):
            if m.group(0) == ";" and self.services.any_within(m.end(), m.end() + 7):  # (by bisection, not a walk of the page's services)
                continue  # "good for older people; people with long-term conditions; ..."
            cuts.append(m.start())
        find = self.folded.find
        dashed = find("-", u_start, u_end) >= 0 or find("–", u_start, u_end) >= 0 or find("—", u_start, u_end) >= 0
        for m in (AND_JOIN if dashed else AND_JOIN_COMMA).finditer(self.folded, u_start, u_end):
            # ", and Y was rated ..." / ", and so has effective": a new statement.
            rest = self.folded[m.end() : u_end]
            rest = rest[: REST_END.search(rest).start()]
            if (m.group(1) and self.orgs.any_within(m.end(), m.end() + 1)) or self.gates["copy_any"].starts_in(rest) and self.cue["copy_any"].search(rest):
                cuts.append(m.start())
        for m in (AS_WAS if find("so", u_start, u_end) >= 0 else AS_WAS_COMMA).finditer(self.folded, u_start, u_end):
            cuts.append(m.start())  # ", as was the emergency operations centre": a copy
        aside_ends = set()
        for m in self.cue["and_next_result"].finditer(self.folded, u_start, u_end):
            # "RI for safe, as it was at the last inspection, and good for the rest": the aside ends its statement
            before = self.ratings.last_within(u_start, m.start())
            aside = self.folded[before.end : m.start() + 1] if before is not None else ""
            if before is not None and (self.cue["same_as_last"].match(aside) or self.cue["same_as_last"].match(aside[aside.rfind(",", 0, len(aside) - 1) :])):
                cuts.append(m.start())
                aside_ends.add(m.start())
        cuts.extend(service_clause_cuts(self.folded, self.ratings.within(u_start, u_end), self.services.within(u_start, u_end)))
        cuts.extend(self._service_with_cuts(u_start, u_end))
        cuts.extend(self._and_new_subject_cuts(u_start, u_end))
        if self.folded.find("rated", u_start, u_end) >= 0:
            cuts.extend(self._and_rated_cuts(u_start, u_end))
        cuts = sorted(set(cuts))
        cuts.append(u_end)
        clauses = []
        for a, b in zip(cuts, cuts[1:]):
            if b > a:
                clauses.append((a, b))
        # A clause with no rating joins the next one (its key questions/services lead into it).
        merged: list[tuple[int, int]] = []
        carry = None
        for a, b in clauses:
            start = carry if carry is not None else a
            piece = self.folded[a:b]
            # (a copy needs a clause with no value that names something: else its cues are not looked for)
            cue = not self.ratings.any_within(a, b) and (
                self.domains.any_within(a, b) or self.services.any_within(a, b) or self.orgs.any_within(a, b)
            ) and self.gates["copy_any"].starts_in(piece) and self.cue["copy_any"].search(piece) and (self.cue["copy_previous"].search(piece) or self.cue["copy_value"].search(piece))
            if cue and (
                self.domains.within(a, b) or self.services.within(a, b) or self._copied_orgs(a + cue.end(), b)
                or self._leading_orgs(a, a + cue.start())  # ", and Y was too"
            ) and not self.ratings.within(a, b):
                if carry is not None and carry < a:
                    merged.append((carry, a))
                merged.append((a, b))
                carry = None
            elif self.ratings.within(a, b):
                merged.append((start, b))
                carry = None
            elif carry is None and merged and merged[-1][1] == a and b in aside_ends:
                merged[-1] = (merged[-1][0], b)  # ", the same rating it had last time": an aside of the value before
            else:
                carry = start
        if carry is not None and merged:
            merged[-1] = (merged[-1][0], u_end)
        return merged

    def _clause(self, c_start, c_end, u_start, u_end) -> list[Fact]:
        clause = self.folded[c_start:c_end]
        unit = self.folded[u_start:u_end]
        self._history_lead_seen = (c_start, c_end, self.cue["history_lead"].match(clause) is not None)  # (and by _history)
        if self._history_lead_seen[2]:
            return []  # "(Previous inspection May 2015 - rated good overall and for all domains)": history only
        if self.cue["not_rating_clause"].search(clause) or _may_be_scale(clause) and self.cue["scale"].search(clause) \
                or self.cue["scale_definition"].match(clause):
            return []  # a statistic, another regulator, the scale itself ("outstanding, good, ... or inadequate") or a value defined
        generic = self.cue["generic_rated_subject"].match(self.folded, c_start, min(len(self.folded), c_end + 200))
        if generic is not None and not self.orgs.within(c_start, generic.end()):
            return []  # "homes rated inadequate for safety are inspected within six months": the scheme explained
        if self._question_to_reader(u_start, u_end):
            return []  # "Is your care home rated good?": a question to the reader asserts nothing
        if self._neighbour_subject(c_start, c_end):
            return []  # "neighbouring X NHS Trust is rated outstanding": a comparison, not the reported inspection
        if self._may("respectively") and self.cue["respectively"].search(clause):
            paired_facts = self._respectively(c_start, c_end, self.ratings.within(c_start, c_end))
            if paired_facts is not None:
                return paired_facts
        named = [m for m in self.domains.within(c_start, c_end) + self.services.within(c_start, c_end) if m.value != "overall"]
        if named and self._share_subject(c_start, c_end):
            return []  # "almost half of the practices in the county are rated outstanding for caring": a statistic
        if not named and self._counted(c_start, c_end):
            first = self.ratings.within(c_start, c_end)[:1]
            listed = first and self._listed_members(c_start, c_end, u_start, u_end, first[0])
            # "Two GP surgeries have been rated inadequate." before they are named: described, not counted
            lead = re.match(r"\W*", clause).end()
            described = self.state.subject is None and any(
                (m := rx.search(clause)) and m.start() == lead for kind, rx in self.descriptions.items() if kind.endswith("s"))
            if not listed and not described and not self._count_remainder_named(c_start, c_end, u_start, u_end) \
                    and not (first and self._count_named_after(first[0], *_statement(self.folded, c_start, first[0], c_end))):
                return []  # "three of the five key questions", "five services are now good"
        in_clause = self.ratings.within(c_start, c_end)
        # Which rating values are previous ones?
        roles: dict[int, str] = {}
        pairs: dict[int, int] = {}  # result index -> previous index
        may = self._may  # (a cue none of whose strings starts in the window is not searched: issue 15)
        for i, r in enumerate(in_clause):
            before_lo = max(c_start, r.start - self.window["previous_before"])
            if self.asides:
                before_lo = self._past_asides(before_lo, r.start)
            before = self.folded[before_lo : r.start]
            if self._skipped(c_start, r, before_lo, before) \
                    or may("count_before", before_lo, r.start) and self.cue["count_before"].search(before) or (
                "first" in before and re.search(r"\bfirst\s+['\"]?$", before) and re.match(r"['\"]?\s*(?:rating\s+)?since\b", self.folded[r.end : r.end + 20])
            ):  # "its first good rating since 2016" restates the result
                roles[i] = "skip"  # "not rated good", "our ambition to get to good", "a 'good' or 'outstanding' rating", "staff were outstanding", "governance was inadequate"
                continue
            if i + 1 < len(in_clause) and self.cue["to_between"].match(self.folded[r.end : in_clause[i + 1].start]):
                roles[i] = "previous"
                pairs[i + 1] = i
            elif "with" in before and self.cue["question_moves_from"].search(before):
                roles[i] = "skip"  # "good overall, with safe moving up from RI": safe's previous value, its own value unstated
            elif ("carried" in before or "brought" in before) and self.cue["carried_over_before"].search(before):
                pass  # "were carried over from the last inspection, when they were rated good": standing now (a result)
            elif (self.cue["previous_before"].search(before) or self.cue["previous_after"].match(self.folded[r.end : r.end + self.window["previous_after"]])
                  or len(in_clause) > 1 and may("previous_event_before", before_lo, r.start) and self.cue["previous_event_before"].search(before)
                  # ("wants to be outstanding after being rated good": with the other value only hoped for, the event is the result)
                  and any(j != i and roles.get(j) != "skip" for j in range(len(in_clause)))) and not (
                self.cue["retains_previous"].search(before)  # "retains its previous rating of good": a result, unchanged
                or self.cue["keeps_that"].match(self.folded[r.end : r.end + self.window["keeps_that"]])  # "had been rated good ... and maintains that status"
                # "its previous rating of good remains", "previous ratings of good for caring remain in place": still standing
                or self.cue["remains_after"].match(self.folded[r.end : r.end + self.window["same_as_last"]])
            ):
                roles[i] = "previous"
        for i in range(1, len(in_clause)):
            # "previously rated RI for safe and effective, and good for caring": the cue before a list applies to each item
            if i not in roles and roles.get(i - 1) == "previous" and (i - 1) not in pairs.values() \
                    and self.cue["previous_before"].search(self.folded[max(c_start, in_clause[i - 1].start - self.window["previous_before"]) : in_clause[i - 1].start]) \
                    and self._own_domains(in_clause[i - 1], in_clause[i].start, self.domains.within(c_start, c_end), keep_overall=True) \
                    and self.cue["list_goes_on"].fullmatch(self.folded, in_clause[i - 1].end, in_clause[i].start):
                roles[i] = "previous"
        # "good for safe (previously RI), effective (previously good) and ...": each key question's own note
        clause_domains = self.domains.within(c_start, c_end)
        question_notes = self._question_notes(in_clause, clause_domains, c_end)
        for j, _, _ in question_notes.values():
            if roles.get(j) != "skip":
                roles[j] = "previous"
        results = [i for i, r in enumerate(in_clause) if i not in roles]
        if not results:
            return []
        result_mentions = [in_clause[j] for j in results]  # once per clause, not once per result
        # A lone previous rating after a result ("good, up from requires improvement").
        noted_values = {j for j, _, _ in question_notes.values()}
        loose_previous = [i for i in roles if roles[i] == "previous" and i not in pairs.values() and i not in noted_values]
        # (the previous values between two indexes, in loose_previous's order, by bisection: a filter of the whole
        # list for every result was quadratic in a clause of many key questions with their own previous values)
        loose_sorted, loose_rank = sorted(loose_previous), {j: k for k, j in enumerate(loose_previous)}
        clause_starts = [m.start for m in in_clause]

        def loose_between(lo: int, hi: int) -> list[int]:
            """The loose previous values j with lo < j < hi, in loose_previous's order."""
            return sorted(loose_sorted[bisect_right(loose_sorted, lo) : bisect_left(loose_sorted, hi)], key=loose_rank.__getitem__)
        # (the colon first: a search of the unit up to every clause is n² in a unit of many clauses)
        lead_in_unchanged = self._lead_in_ends_with_colon(u_start, c_start) and bool(self.cue["unchanged"].search(self.folded[u_start:c_start]))
        if not lead_in_unchanged and (colon := self.folded.find(":", u_start, in_clause[0].start)) >= 0 \
                and not self.ratings.any_within(u_start, colon) and self.cue["list_lead_unchanged"].search(self.folded, u_start, colon):
            lead_in_unchanged = True  # "Ratings, unchanged by this inspection: A – good; B – RI": every item of the list
        # "Our rating of this service improved. We rated it as good": the direction of the sentence before
        # (a line under "Three services were downgraded:" has its lead's)
        lead_change = self._lines_direction if (u_start, u_end) in self._line_units else None
        lead_domain = None
        if self.cue["rating_change_follows"].match(clause):
            lead_lo = max(0, c_start - self.window["rating_change_lead"])
            m = self.cue["rating_change_lead"].search(self.folded[lead_lo:c_start])
            lead_change = m and next(k for k in ("improved", "declined", "unchanged") if m.group(k))
            # "Our rating of safe stayed the same. We rated it as RI": the key question the lead names, as its object
            # (review: not one in an aside, "Our rating of this service, which was outstanding for caring, went down")
            obj = lead_lo + m.start() + LEAD_OBJECT.search(m.group(0)).end() if m else 0
            lead_domains = [d.value for d in self.domains.within(obj, obj + LEAD_OBJECT_REACH)
                            if d.value != "overall" and "," not in self.folded[obj : d.start]] if m else []
            lead_domain = lead_domains[0] if len(set(lead_domains)) == 1 else None
        if not lead_change and contains_any(clause, self.gate_words["direction_lead_follows"]) and self.cue["direction_lead_follows"].match(clause):
            # "X has been upgraded. It is now rated good": a direction alone in the sentence or headline before
            # (the window searched only when it holds one of the words every match does: the pattern, anchored at
            # its end, is tried from every character of the window)
            lead_lo = max(0, c_start - self.window["direction_lead"])
            m = self.cue["direction_lead"].search(self.folded, lead_lo, c_start) \
                if contains_any(self.folded[lead_lo:c_start], self.gate_words["direction_lead"]) else None
            if m and not self.ratings.any_within(m.start(), c_start) and not (
                    (m.group("bare_improved") or m.group("bare_declined")) and not m.group("rating_subj")) and (
                    m.group("subj") or m.group("improved_had") or m.group("declined_had") or re.search(r"\bratings?\b", m.group(0))  # of a rating, a named subject or "the home"
                    or (m.group("aux") and any(m.start("aux") - 4 <= o[1] <= m.start("aux") for o in self.orgs.within(max(0, m.start() - 200), m.start("aux"))))
                    or (m.group("object") is not None and self.orgs.any_within(m.start("object"), m.end("object")))):
                lead_change = "improved" if m.group("improved") or m.group("improved_h") or m.group("improved_had") else "declined"

        facts: list[Fact] = []
        comment_previous = None  # a comment after a list of results ("- a big step up from X"): the overall's previous
        consumed_until = c_start
        used_domains: set[int] = set()
        clause_services = self.services.within(c_start, c_end)
        for n, i in enumerate(results):
            r = in_clause[i]
            next_result_start = in_clause[results[n + 1]].start if n + 1 < len(results) else c_end
            # Key questions after the result ("good for safe and caring")...
            after = self._domains_after(r, next_result_start, clause_domains, used_domains, in_clause, question_notes)
            if after:
                chosen = after
            else:
                left_bound = consumed_until
                if i in pairs:
                    left_bound = min(left_bound, in_clause[pairs[i]].start)
                chosen = [k for k in range(bisect_left(clause_domains, left_bound, key=_start), bisect_left(clause_domains, r.start, key=_start))
                          if k not in used_domains]
                chosen = _overall_alone(self.folded, r, chosen, clause_domains)
            also = [] if after else self._domains_also(r, next_result_start, clause_domains, used_domains)
            also_overall = bool(also) and not chosen  # "rated RI, together with the ratings for safe": overall too
            chosen = chosen + also
            used_domains.update(chosen)
            domain_values = (["overall"] if also_overall else []) + unique(clause_domains[k].value for k in chosen)
            span_end = max([r.end] + [clause_domains[k].end for k in chosen])
            if not domain_values and lead_domain is not None:
                domain_values = [lead_domain]
            if not domain_values:
                # "in all five areas", "in the other three": in the statement of this result, not past a "but"
                lo, hi = _statement(self.folded, consumed_until, r, next_result_start)
                if (members := self._count_named_after(r, lo, hi)) is not None:
                    domain_values, span_end = members  # "RI in two areas. These were safe and well-led."
                elif may("other_domains", r.end, hi) and self.cue["other_domains"].search(self.folded[r.end : hi]) \
                        or may("other_domains", lo, r.start) and self.cue["other_domains"].search(self.folded[lo : r.start]):
                    named = {d.value for d in clause_domains} | {d.value for d in self.domains.within(u_start, u_end)}
                    domain_values = [d for d in FIVE_DOMAINS if d not in named]
                elif may("all_domains", lo, hi) and self.cue["all_domains"].search(self.folded[lo:hi]) or may("all_domains_subject", max(lo, r.start - self.window["all_domains_subject"]), r.start) \
                        and self.cue["all_domains_subject"].search(self.folded[max(lo, r.start - self.window["all_domains_subject"]) : r.start]):  # "in all five areas"; "all five key questions were rated good"
                    domain_values = list(FIVE_DOMAINS)
                    # "in all categories ... good, apart from its leadership, which was outstanding"
                    ex = may("except_domains", r.end, next_result_start) and self.cue["except_domains"].search(self.folded, r.end, next_result_start)
                    if ex:
                        excluded = {d.value for d in clause_domains if ex.end() <= d.start < next_result_start}
                        domain_values = [d for d in domain_values if d not in excluded]
                elif (may("domain_anaphora", lo, hi) and self.cue["domain_anaphora"].search(self.folded, lo, hi)
                      or may("domain_anaphora_after", r.end, hi) and self.cue["domain_anaphora_after"].match(self.folded, r.end, hi)) and (before := [
                    d for d in self.domains.within(max(0, r.start - ANAPHORA_WINDOW), r.start) if d.value != "overall"
                ]):
                    domain_values = [before[-1].value]  # "whether it was safe. They rated it inadequate in this area."
                elif may("domains_anaphora_plural", lo, hi) and self.cue["domains_anaphora_plural"].search(self.folded, lo, hi) and (run := self._anaphora_run(c_start)):
                    domain_values = run  # "RI for safe and well-led ... is now rated good for these key questions"
                elif count := may("count_domains", lo, hi) and self.cue["count_domains"].search(self.folded, lo, hi) or self.cue["count_domains_bare"].match(self.folded, r.start, hi):
                    # "good in four of the five areas, with safe rated RI": the count's remainder named fixes
                    # the items; a count whose remainder is not named gives none (SPEC)
                    named = {d.value for d in self.domains.within(u_start, u_end)} & set(FIVE_DOMAINS)
                    size = NUMBER_WORDS.get(count.group("n")) or int(count.group("n"))
                    consumed_until = max(r.end, span_end)
                    if len(named) != len(FIVE_DOMAINS) - size:
                        continue
                    domain_values = [d for d in FIVE_DOMAINS if d not in named]
                elif self.state.section_domain is not None and not self.services.within(c_start, c_end) \
                        and self.cue["section_rating_reference"].search(self.folded, c_start, c_end):
                    domain_values = [self.state.section_domain]  # "Is the service safe?\n... the rating has changed to good"
                else:
                    domain_values = ["overall"]
            # "good overall and in every key question", "inadequate in all five key questions and overall"
            statement_end = _statement(self.folded, span_end, r, next_result_start)[1] if domain_values == ["overall"] else r.end
            every_question = domain_values == ["overall"] and may("all_domains", r.end, statement_end) and bool(
                self.cue["all_domains"].search(self.folded[r.end : statement_end]))
            if every_question:
                domain_values = ["overall", *FIVE_DOMAINS]  # "good overall and in every key question"
            consumed_until = max(r.end, span_end)

            previous, change, explicit = None, None, False
            previous_mention = None  # (the value `previous` came from, when one later or earlier in the clause)
            later_own: dict[str, str] = {}
            if i in pairs:
                previous, explicit = in_clause[pairs[i]].value, True
            else:
                later = loose_between(i, len(in_clause) if n + 1 >= len(results) else bisect_left(clause_starts, next_result_start))
                # "..., and surgery, previously rated good, was rated RI": that one leads into the next result
                later = [j for j in later if n + 1 >= len(results) or not self._leads_into(in_clause[j], next_result_start)]
                # "safe had been RI and is now good, and well-led had been inadequate and ...": a later value after a
                # key question of its own is the next result's, when this one's key questions stand before it
                if not after and chosen:
                    later = [j for j in later if not any(d.value != "overall" for d in self.domains.within(r.end, in_clause[j].start))]
                earlier = loose_between(-1, i) if len(results) == 1 else []  # (read only for a clause's one result)
                since_last = loose_between(-1 if n == 0 else bisect_right(clause_starts, in_clause[results[n - 1]].end) - 1, i)
                if later and len(domain_values) > 1 and "overall" not in domain_values \
                        and self.cue["comment_from"].fullmatch(self.folded, span_end, in_clause[later[0]].start):
                    # "good overall and good for safe, ... and well-led - a big step up from the inadequate rating it
                    # had": a comment on the whole result, the overall's previous (SPEC), not each key question's
                    comment_previous = (in_clause[later[0]].value, len(facts))  # (and where this result's facts start)
                elif later:
                    previous_mention = in_clause[self._newest(later, later[0], in_clause)]
                    previous, explicit = previous_mention.value, True
                    # "good in all five areas, up from RI in safe and well-led": that value's own key questions only
                    own_later = self._own_domains(in_clause[self._newest(later, later[0], in_clause)], next_result_start, clause_domains)
                    if own_later and len(domain_values) > 1:
                        later_own = {d: previous for d in own_later}
                        previous, explicit = None, False
                        # "..., having previously been rated inadequate for safe and RI for well-led": each its own
                        for a, b in zip(later, later[1:] + [None]):
                            limit = in_clause[b].start if b is not None else next_result_start
                            for d in self._own_domains(in_clause[a], limit, clause_domains):
                                later_own.setdefault(d, in_clause[a].value)
                    elif after and "overall" in domain_values and len(domain_values) > 1 \
                            and self.cue["relative_after_domains"].match(self.folded, clause_domains[after[-1]].end, in_clause[later[0]].start):
                        # "good overall and for safe and well-led, which were previously RI": the relative clause
                        # is of the key questions it follows, not of the overall
                        later_own = {d: previous for d in domain_values if d != "overall"}
                        previous, explicit = None, False
                elif earlier and len(results) == 1:
                    previous_mention = in_clause[self._newest(earlier, earlier[-1], in_clause)]
                    previous, explicit = previous_mention.value, True
                elif since_last and self._leads_into(in_clause[since_last[-1]], r.start):
                    previous, explicit = in_clause[since_last[-1]].value, True
                elif since_last and not after and chosen and clause_domains[chosen[-1]].end <= in_clause[since_last[-1]].start:
                    previous, explicit = in_clause[since_last[-1]].value, True  # "..., and well-led had been inadequate and is now good"
            unchanged = lead_in_unchanged or lead_change == "unchanged" and n == 0 or self._unchanged(c_start, r, result_mentions)
            run = False
            if previous is None and unchanged and not self._direction(c_start, r):
                previous = r.value
                # "inadequate for a third inspection running": the run states the rating before; an older dated history
                # ("good in 2019 and RI in 2021") does not replace it (not a run told as history: "had been graded
                # inadequate three times in a row" is of inspections before)
                run = not explicit and self._run_of_inspections(c_start, r)
            # ("rated good for the first time since 2015", with no "again": the direction only, where it is certain)
            first_since = (previous == r.value or previous is None and r.value != "requires improvement") and not explicit \
                and self.cue["first_since"].match(self.folded[r.end : r.end + self.window["first_since"]])
            if first_since:
                previous = None  # "good again, its first good rating since 2016": a different rating in between
            change = change_between(previous, r.value) if previous else self._direction(c_start, r, span_end if after else None) or (lead_change if n == 0 else None)
            if first_since and change is None:
                change = "improved" if r.value in ("good", "outstanding") else "declined"
            if change is None and len(results) == 1:
                change = self._direction_next_sentence(span_end)  # "... rated good. This was an improvement on the last inspection."

            # From the rating value before this one (not the "from" value of its own "from X to Y") on.
            # (the nearest such value: values in a clause follow one another, so scanning back stops at the first)
            tense_from = next((in_clause[j].end for j in range(i - 1, -1, -1) if in_clause[j].end <= r.start and pairs.get(i) != j), c_start)
            tense_from = max(tense_from, c_start)
            value_before_end = tense_from
            if tense_from > c_start:
                # "following an inadequate rating in 2022, ... has been rated good": the date is the earlier value's
                dated = self.tense["dated_after"].match(self.folded[tense_from : min(r.start, tense_from + self.window["tense.dated_after"])])
                tense_from += dated.end() if dated else 0
            tense = self._tense(tense_from, r, c_start)
            explicit = explicit or run and tense not in ("past", "dated")
            year = self._year(value_before_end, r, c_start) if tense == "dated" else None
            fresh = tense == "now" and bool(self.cue["fresh_now"].search(self.folded, max(tense_from, r.start - self.window["fresh_now"]), r.start))
            # "maternity was rated inadequate and surgery ... RI": a later result takes the services named since the last one
            since = clause_services[bisect_left(clause_services, in_clause[results[n - 1]].end, key=lambda s: s.start):] if n else []
            subjects, service_list = self._subject_and_services(c_start, c_end, r, since or clause_services)
            members = self._listed_members(c_start, c_end, u_start, u_end, r) or self._group_members(c_start, r)
            subjects = members or subjects
            services_after = self._services_after(r, next_result_start, clause_services)
            if services_after and service_list != [None]:
                service_list = services_after  # "good for maternity and requires improvement for surgery"
            pairs_of_sites = self._service_site_pairs(c_start, r, subjects, service_list)
            own_previous = {} if i in pairs or after else self._previous_per_domain(chosen, clause_domains, loose_sorted, clause_starts, in_clause, r)
            own_previous = own_previous or later_own
            noted = self._noted_previous(chosen, clause_domains, question_notes, in_clause)
            own_previous = {**own_previous, **noted}
            # "..., having previously been rated RI across the board": the previous value is every key question's too
            previous_whole = previous_mention is not None and bool(
                (whole := self.cue["all_domains"].search(self.folded, previous_mention.end, previous_mention.end + 60))
                and not self.folded[previous_mention.end : whole.start()].strip())
            for subject, service in pairs_of_sites or [(x, y) for x in subjects for y in service_list]:
                for domain in domain_values:
                    # "previously rated good" was the overall rating; the key questions' are not given
                    not_given = every_question and domain != "overall" and explicit and not previous_whole
                    prev_here, change_here = previous, change
                    if domain in own_previous:  # "safe (previously inadequate) and well-led (previously RI) rose to good"
                        prev_here, change_here = own_previous[domain], change_between(own_previous[domain], r.value)
                    facts.append(Fact(subject=subject, service=service, domain=domain, rating=r.value,
                                      previous=None if not_given else prev_here, change=None if not_given else change_here,
                                      explicit=explicit, spans=[(r.start, r.end)], tense=tense, year=year, fresh=fresh,
                                      unnamed_member=subject is None and (bool(members) or len(subjects) > 1)))
        if comment_previous is not None:
            value, first = comment_previous
            # (with no overall stated in the clause, the comment is of the listed key questions themselves)
            overall = [f for f in facts if f.domain == "overall"] or facts[first:]
            for f in overall:
                if f.previous is None:
                    f.previous, f.change, f.explicit = value, change_between(value, f.rating), True
        return facts

    def _service_site_pairs(self, c_start, r, subjects: list, service_list: list) -> list[tuple]:
        """ "The maternity service at X and the emergency department at Y were
        both rated inadequate": each service at the site it is joined to (the
        (subject, service) pairs), or [] when the clause does not pair them so."""
        if len(subjects) < 2 or len(subjects) != len(service_list) or None in service_list:
            return []
        services = self.services.within(c_start, r.start)
        orgs = self.orgs.within(c_start, r.start)
        pairs = []
        for s in services:
            after = next((o for o in orgs if o[0] >= s.end), None)
            before = next((o for o in reversed(orgs) if o[1] <= s.start), None)
            if after and self.cue["service_at_site"].match(self.folded[s.end : after[0]]):
                pairs.append((after[2], s.value))
            elif before and self.cue["site_owns_service"].match(self.folded[before[1] : s.start]):
                pairs.append((before[2], s.value))
            else:
                return []
        if len(pairs) != len(subjects) or {p[0] for p in pairs} != set(subjects) or {p[1] for p in pairs} != set(service_list):
            return []
        return pairs

    def _counted(self, c_start, c_end) -> bool:
        """Is the clause's rating said of a count ("five services are now good", "three
        of the five key questions", "good in three areas")? A count after the values
        that is not theirs ("rated good, with improvements needed in two areas") is not."""
        values = self.ratings.within(c_start, c_end)
        first = values[0].start if values else c_end
        named_before = self._clause_orgs(c_start, c_end)[0]
        whole = None  # (looked for at the first count only: most clauses have none)
        for m in self.cue["count_clause"].finditer(self.folded, c_start, c_end):
            if whole is None:
                # "across the five key questions": the whole set, not a count
                whole = [a.span() for a in self.cue["all_domains"].finditer(self.folded, c_start, c_end)]
                # "in the other four key questions": the remainder of those named, not a count
                if any(d.value in FIVE_DOMAINS for d in self.domains.within(max(0, c_start - 300), c_end)):
                    whole += [a.span() for a in self.cue["other_domains"].finditer(self.folded, c_start, c_end)]
            if any(a <= m.start() < b for a, b in whole):
                continue
            if m.group(0).startswith("one of") and any(o[1] <= m.start() for o in named_before):
                continue  # "X, which was one of the first practices to ..., has been rated RI": X is named
            if any(o[1] <= m.start() for o in named_before) and self.cue["count_one_of_before"].search(
                    self.folded, max(c_start, m.start() - 60), m.start()):
                continue  # "X, one of Helmcare's 14 hospices, has been rated outstanding": the group X is one of
            if any(o[1] <= m.start() and self.cue["apposition"].fullmatch(self.folded, o[1], m.start()) for o in named_before):
                continue  # "X and Y, two homes in Z, were both rated good": the count describes those named
            if self.cue["count_relative_object"].search(self.folded, max(c_start, m.start() - self.window["count_relative_object"]), m.start()):
                continue  # "the trust which runs the county's three hospitals has gone from RI to good": the trust is rated
            if any(o[0] >= m.end() and self.cue["count_members_gap"].fullmatch(self.folded, m.end(), o[0]) for o in named_before):
                continue  # "two homes, X and Y, were rated inadequate": the count's members are named, and rated
            if m.start() < first or any(0 <= m.start() - v.end <= self.window["count_after_value"] for v in values):
                return True
        # "nearly two thirds (29) are requires improvement", "most were rated good": a share as the subject
        share = self.cue["count_share"].search(self.folded, c_start, first)
        if share is None and len(self.state.group) < 2:
            share = self.cue["own_group_share"].search(self.folded, c_start, first)  # "both of our hospices have been rated"
        if share is not None:
            # "X: a third of homes now 'requires improvement'" (a headline's topic): X names no member
            named_before = [o for o in named_before if not self.cue["topic_colon"].fullmatch(self.folded, o[1], share.start())]
        if share is None:
            # "other homes in the group are rated outstanding": an unnamed group beside the rated one
            share = self.cue["other_group_subject"].search(self.folded, c_start, first) if self._may("other_group_subject") else None
        return share is not None and not any(o[1] <= share.start() for o in named_before)

    def _question_to_reader(self, u_start, u_end) -> bool:
        """Is the unit a question to the reader ("Is your care home rated good?")? Once a unit, not once
        for each of its clauses (a long unit of many clauses stays linear)."""
        seen = self._question_units
        if u_start not in seen:
            seen[u_start] = self.folded.find("?", u_start, u_end + 2) >= 0 and bool(
                self.cue["your_question"].match(self.folded, u_start, min(len(self.folded), u_end + 2)))
        return seen[u_start]

    def _neighbour_subject(self, c_start, c_end) -> bool:
        """Is the clause's first name, before its first value, brought in as a neighbour
        ("neighbouring X is rated outstanding", "at nearby X Hospital, maternity was rated good"), or
        is a service of an unnamed neighbour its subject ("the neighbouring trust's A&E was rated inadequate")?"""
        if "nearby" not in self.folded[c_start:c_end] and "neighbo" not in self.folded[c_start:c_end]:
            return False  # (most clauses: one test in C)
        values = self.ratings.within(c_start, c_end)
        orgs = self._clause_orgs(c_start, c_end)[0]
        if not values:
            return False
        if (m := self.cue["neighbour_possessive"].search(self.folded, c_start, values[0].start)) and not any(o[1] <= m.start() for o in orgs):
            return True  # "the neighbouring trust's emergency department was rated inadequate": unnamed, not the subject's
        if not orgs or orgs[0][1] > values[0].start or not any(f.subject not in (None, orgs[0][2]) for f in self.facts.values()):
            return False  # (only once another subject is rated: "nearby X Care Home has been rated outstanding" opens a story)
        return self.cue["neighbour_before_name"].search(self.folded, max(c_start, orgs[0][0] - 20), orgs[0][0]) is not None

    def _share_subject(self, c_start, c_end) -> bool:
        """Is the clause's subject a share or a count of unnamed services ("most homes in the
        area are rated good for caring", "a quarter of homes were rated requires improvement
        last year", "the majority require improvement")? A statistic (SPEC 2), no item, and
        no one's history."""
        values = self.ratings.within(c_start, c_end)
        if not values:
            return False
        share = self.cue["count_share"].search(self.folded, c_start, values[0].end)  # (its end: "the majority require improvement")
        if share is None and self._may("other_group_subject"):
            # "the provider's first home, in another town, was rated outstanding in 2016": another's history
            share = self.cue["other_group_subject"].search(self.folded, c_start, values[0].start)
        if share is None and self.state.subject is not None and not self._clause_orgs(c_start, values[0].start)[0]:
            # "the number of maternity units rated inadequate has doubled", "nine trusts are rated RI for safe" (once a
            # subject is rated and none is named before the value: "Two surgeries have been rated ..." opens a story)
            share = self.cue["stat_subject_named"].search(self.folded, c_start, values[0].start)
            if share is not None and not self.cue["stat_subject_gap"].fullmatch(self.folded, share.end(), values[0].start):
                share = None  # "inspectors visited three wards and rated the trust outstanding": the count is not rated
            elif share is not None and self.cue["stat_one_of_before"].search(self.folded, max(c_start, share.start() - 20), share.start()) \
                    and self.cue["stat_finite_gap"].search(self.folded, share.end(), values[0].start):
                share = None  # "the practice, one of 12 practices in X, was rated outstanding": the practice is rated
        return share is not None and share.end() <= values[0].start and not any(o[1] <= share.start() for o in self._clause_orgs(c_start, c_end)[0])

    def _count_remainder_named(self, c_start, c_end, u_start, u_end) -> bool:
        """ "good in four of the five key questions, but inadequate for being safe": a count
        of key questions whose remainder the unit names fixes the items (SPEC 2), though a
        clause break stands between them."""
        count = self.cue["count_domains"].search(self.folded, c_start, c_end)
        if not count:
            return False
        named = {d.value for d in self.domains.within(u_start, u_end)} & set(FIVE_DOMAINS)
        size = NUMBER_WORDS.get(count.group("n")) or int(count.group("n"))
        return bool(named) and len(named) == len(FIVE_DOMAINS) - size

    def _respectively(self, c_start, c_end, in_clause: list[Mention]) -> list[Fact] | None:
        """ "rated RI and inadequate for safe and well-led respectively", "maternity
        and surgery were rated inadequate and good respectively", "moved from RI
        and good to good and outstanding respectively", "safe and well-led,
        previously inadequate and RI respectively, are now both good": the k-th
        value goes with the k-th listed key question (or service). None when the
        counts do not pair up (the clause is then read as usual)."""
        items = [d for d in self.domains.within(c_start, c_end) if d.value != "overall"]
        kind = "domain"
        one_service = None  # "the emergency departments at A and B were rated X and Y respectively": one service, two sites
        if not items:
            items, kind = self.services.within(c_start, c_end), "service"
            if len(items) == 1:
                one_service, items = items[0].value, []
        if not items:
            # "its two hospitals, A and B, were rated good and RI respectively"
            first_value = in_clause[0].start if in_clause else c_end
            orgs = [Mention(o[0], o[1], o[2]) for o in self._clause_orgs(c_start, c_end)[0] if o[1] <= first_value]
            run = orgs[-1:]
            for o in reversed(orgs[:-1]):  # the list of names right before the values
                if not LIST_JOIN.fullmatch(self.folded, o.end, run[0].start):
                    break
                run.insert(0, o)
            items, kind = run, "subject"
        if len(items) < 2 or not all(LIST_JOIN.fullmatch(self.folded, a.end, b.start) for a, b in zip(items, items[1:])):
            return None
        values = [r for r in in_clause if not self._skipped(c_start, r)]
        k = len(items)

        def listed(vs):  # "good and requires improvement", "good, good and outstanding"
            return all(LIST_JOIN.fullmatch(self.folded, a.end, b.start) for a, b in zip(vs, vs[1:]))

        def to_between(a, b):  # "from X to Y"
            return bool(self.cue["to_between"].match(self.folded[a.end : b.start]))

        def previous_cue(v):
            return bool(self.cue["previous_before"].search(self.folded[max(c_start, v.start - self.window["previous_before"]) : v.start]))

        clause = self.folded[c_start:c_end]
        history = self.cue["history_clause"].search(clause) or self.cue["history_lead"].match(clause) or any(
            self.cue["previous_after"].match(self.folded[r.end : r.end + self.window["previous_after"]]) for r in values)
        if history and len(values) == k and listed(values):
            return []  # "... had been rated X and Y respectively": history only (see _history)
        if len(values) == k and listed(values) and not previous_cue(values[0]):
            previous, results = [None] * k, values
        elif len(values) == 2 * k and listed(values[:k]) and listed(values[k:]) and to_between(values[k - 1], values[k]):
            previous, results = values[:k], values[k:]  # "from X and Y to Z and W respectively"
        elif len(values) == k + 1 and to_between(values[0], values[1]) and listed(values[1:]):
            previous, results = [values[0]] * k, values[1:]  # "from X to Y and Z respectively"
        elif len(values) == k + 1 and previous_cue(values[0]) and listed(values[:k]) and not to_between(values[k - 1], values[k]):
            previous, results = values[:k], [values[k]] * k  # "previously X and Y respectively, are now both good"
        else:
            return None
        if history and previous == [None] * k:
            return None  # a history cue besides a list of results: read as usual
        subjects, service_list = self._subject_and_services(c_start, c_end, results[0], self.services.within(c_start, c_end))
        if kind == "subject":
            service_list = [one_service]
        tense = self._tense(c_start, results[0], c_start)
        facts = []
        for item, prev, r in zip(items, previous, results):
            prev_value = prev.value if prev else None
            if prev_value is None and self._unchanged(c_start, r, results) and not self._direction(c_start, r):
                prev_value = r.value  # "safe and well-led remain RI and inadequate respectively"
            change = change_between(prev_value, r.value) if prev_value else self._direction(c_start, r)
            spans = [(r.start, r.end), (item.start, item.end)]
            for subject in ([item.value] if kind == "subject" else subjects):
                for service in ([item.value] if kind == "service" else service_list):
                    facts.append(Fact(subject=subject, service=service, domain=item.value if kind == "domain" else "overall",
                                      rating=r.value, previous=prev_value, change=change,
                                      explicit=prev is not None, spans=spans, tense=tense))
        return facts

    def _own_domains(self, v, limit, clause_domains, keep_overall=False) -> list[str]:
        """The key questions named right after a value ("... RI in safe and well-led"), before `limit`
        ("overall" among them only with `keep_overall`)."""
        found, cursor = [], v.end
        # (clause_domains is sorted by start: from the first after the value, up to the limit)
        for k in range(bisect_left(clause_domains, v.end, key=_start), len(clause_domains)):
            d = clause_domains[k]
            if d.start >= limit:
                break
            gap = self.folded[cursor : d.start]
            if not (self.cue["domains_after"].match(gap) if not found else re.fullmatch(r"[\s,;]*(?:and|or|&)?\s*(?:for\s+|in\s+)?(?:the\s+|being\s+)?", gap)):
                break
            found.append(d.value)
            cursor = d.end
        return [d for d in unique(found) if keep_overall or d != "overall"]

    def _previous_per_domain(self, chosen: list[int], clause_domains, loose_sorted: list[int], clause_starts: list[int],
                             in_clause, r) -> dict[str, str]:
        """ "safe (previously inadequate) and well-led (previously requires improvement) both rose
        to good": key questions listed before one result, each followed by a previous value of its
        own, take each its own (else {})."""
        if len(chosen) < 2:
            return {}
        doms = sorted((clause_domains[k] for k in chosen), key=lambda d: d.start)
        # (in_clause is sorted by start: the values starting from the first key question's end up to the result)
        lo, hi = bisect_left(clause_starts, doms[0].end), bisect_left(clause_starts, r.start)
        prevs = [in_clause[j] for j in loose_sorted[bisect_left(loose_sorted, lo) : bisect_left(loose_sorted, hi)] if in_clause[j].end <= r.start]
        if len(prevs) != len(doms) or len({d.value for d in doms}) != len(doms):
            return {}
        bounds = [d.start for d in doms[1:]] + [r.start]
        if not all(d.end <= p.start and p.end <= b for d, p, b in zip(doms, prevs, bounds)):
            return {}
        return {d.value: p.value for d, p in zip(doms, prevs)}

    def _newest(self, candidates: list[int], default: int, in_clause) -> int:
        """Of several previous values each dated by a year after it ("inadequate in 2019 and
        requires improvement in 2022"), the latest year's: `previous` is the most recent rating
        before (SPEC). Otherwise the default one."""
        if len(candidates) < 2:
            return default
        years, recent, ago = {}, [], {}
        for j in candidates:
            r = in_clause[j]
            after = self.folded[r.end : r.end + self.window["tense.dated_after"]]
            dated = self.tense["dated_after"].match(after)
            year = dated and re.search(r"\b(?:19|20)\d\d\b", dated.group(0))
            if year:
                years[j] = int(year.group(0))
            elif m := self.cue["recent_after"].match(after):
                if m.group("ago"):
                    ago[j] = NUMBER_WORDS.get(m.group("ago")) or int(m.group("ago"))
                else:
                    recent.append(j)
            else:
                return default
        # "inadequate in 2021 and requires improvement last year", "inadequate two years ago and RI last spring":
        # a value dated "last year" / "last spring" is the most recent; of "N years ago", the fewest years
        if len(recent) == 1:
            return recent[0]
        if len(ago) == len(candidates) and len(set(ago.values())) == len(ago):
            return min(candidates, key=lambda j: ago[j])
        if len(years) < len(candidates) or len(set(years.values())) < len(years):
            return default
        return max(candidates, key=lambda j: years[j])

    def _skipped(self, c_start, r, lo: int | None = None, before: str | None = None) -> bool:
        """A value that is no one's rating here: negated, hoped for, an alternative. (`lo`, `before`: the
        window before the value, when the caller has it: max(c_start, r.start - previous_before) on.)"""
        if before is None:
            lo = max(c_start, r.start - self.window["previous_before"])
            before = self.folded[lo : r.start]
        may = self._may  # (a cue none of whose strings starts in the window is not searched: issue 15)
        return bool(may("negated", lo, r.start) and self.cue["negated"].search(before) or may("aspiration", lo, r.start) and self.cue["aspiration"].search(before)
                    or may("described_not_rated", lo, r.start) and self.cue["described_not_rated"].search(before)
                    or self.cue["alternative_after"].match(self.folded[r.end : r.end + self.window["alternative_after"]])
                    or self.cue["other_scheme_after"].match(self.folded, r.end, r.end + 80)  # "rated good in the NHS staff survey"
                    or self._superseded(before, r))

    def _superseded(self, before: str, r) -> bool:
        """A value a draft report gave, replaced before the result was published ("given a
        good rating in its draft report, before being rated outstanding in its final report",
        "the draft report rated it requires improvement"): no one's rating."""
        return bool(self._may("superseded_after") and self.cue["superseded_after"].match(self.folded[r.end : r.end + self.window["superseded_after"]])
                    or self._may("superseded_before") and self.cue["superseded_before"].search(before))

    def _run_of_inspections(self, c_start, r) -> bool:
        """ "for a third inspection running", "the second inspection in a row": around the result, in its sentence."""
        lo = max(c_start, r.start - self.window["previous_before"])
        hi = r.end + self.window["same_as_last"]
        stop = CLAUSE_STOP.search(self.folded[r.end : hi])
        return bool(self.cue["run_of_inspections"].search(self.folded, lo, r.end + stop.start() if stop else hi))

    def _next_rated_value(self, start: int, hi: int) -> int:
        """Where the first value after `start` that a new "was rated" leads to begins, else `hi`: a
        comparison after it is that value's ("RI, whereas caring was rated good, the same as last time")."""
        return min([hi] + [m.start for m in self.ratings.within(start, hi)
                           if self.cue["new_rating_verb"].search(self.folded, start, m.start)])

    def _unchanged(self, c_start, r, results: list[Mention]) -> bool:
        """ "remains good", "again rated outstanding for caring and good for
        safe", "rated good again": the cue before a result (and the rest of its
        list), unless a new "was rated" starts after an earlier result."""
        if self.cue["unchanged_after"].match(self.folded[r.end : r.end + self.window["unchanged_after"]]):
            return True
        if ")" in self.folded[r.end : r.end + 4] and self._may("bracket_list_unchanged", r.end, r.end + self.window["bracket_list_unchanged"]) \
                and self.cue["bracket_list_unchanged"].match(
                self.folded[r.end : r.end + self.window["bracket_list_unchanged"]]):
            return True  # "Ratings for A (good), B (good) and C (RI) are unchanged": each listed value
        if self.cue["carried_over_before"].search(self.folded, max(c_start, r.start - self.window["previous_before"]), r.start):
            return True  # "ratings carried over from the last inspection, when they were rated good"
        # (a cue none of whose strings starts in the window is not asked: issue 15)
        may, hi = self._may, r.end + self.window["same_as_last"]
        after = self.folded[r.end : hi]
        same_as_last_may = may("same_as_last", r.end, hi)
        # (the comparison is the next value's when a new "was rated" leads to it: "RI, whereas caring was rated good, the
        # same as last time"; not "outstanding for caring, and good for safe - the same ratings as at our last inspection")
        if same_as_last_may and self.cue["same_as_last"].match(after[: self._next_rated_value(r.end, hi) - r.end]) \
                or may("remains_after", r.end, hi) and self.cue["remains_after"].match(after) \
                or may("again_after", r.end, hi) and self.cue["again_after"].match(after) or may("keeps_that", r.end, hi) and self.cue["keeps_that"].match(after) \
                or may("running_after", r.end, hi) and self.cue["running_after"].match(after):
            return True  # "good, the same as at the last inspection"; "the 2019 rating of good remains"; "... for the third time running"
        # "good for being effective, caring and responsive, the same as at its last inspection": after its key questions
        # (those end before hi, the cue within the window after them: none when the cue has no string before hi + window)
        # (a string starting before hi starts before hi + window: the wider window asked only when the first holds none)
        limit = r.end if not (same_as_last_may or may("same_as_last", r.end, hi + self.window["same_as_last"])) else min([r.end + self.window["same_as_last"]] + [m.start for m in self.ratings.within(r.end, r.end + self.window["same_as_last"])])
        listed = [d for d in self.domains.within(r.end, limit) if d.end <= limit]
        if listed and listed[0].start - r.end <= 30 and not re.search(r"[.;:!?\n]", self.folded[r.end : listed[-1].end]) \
                and self.cue["same_as_last"].match(self.folded[listed[-1].end : self._next_rated_value(
                    listed[-1].end, listed[-1].end + self.window["same_as_last"])]):
            return True
        # (session 15) "rated good for caring again": "again" right after the value's own key questions
        if "again" in after or "once more" in after:
            stop = min([hi] + [m.start for m in self.ratings.within(r.end, hi)])
            listed = [d for d in self.domains.within(r.end, stop) if d.end <= stop]
            # (key questions only: "which was rated good overall again, surgery was rated ..." is left as it was read)
            if listed and all(d.value != "overall" for d in listed) and listed[0].start - r.end <= 30 and not re.search(r"[.;:!?\n]", self.folded[r.end : listed[-1].end]) \
                    and self.cue["again_after_domains"].match(self.folded[listed[-1].end : stop]):
                return True
        lo = max(c_start, r.start - self.window["clause_before"])
        # (session 16) the first WINDOW_SEARCHES windows of a page are searched for the cue itself: on real pages
        # its two gates (each a necessary condition of a match) cost four times the search they spare; past them
        # (a clause of thousands of results) the gates answer from the page's index of the cue's strings
        cues = list(self.cue["unchanged"].finditer(self.folded, lo, r.start)) \
            if self._searched("unchanged.direct") or self._may("unchanged", lo, r.start) \
            and self._window_sets_hold("unchanged", lo, r.start) else []
        if not cues:
            return False
        cue_end = cues[-1].end()
        if self.cue["with_rated_clause"].search(self.folded[cue_end : r.start]):
            return False  # "stayed at RI, with safety and leadership both rated RI": a clause of its own, no auxiliary
        verb = self.cue["new_rating_verb"].search(self.folded, cue_end, r.start)
        if verb and re.search(r",|\b(?:and|so)\b", self.folded[cue_end : verb.start()]) \
                and not self.cue["remains_relative_gap"].fullmatch(self.folded, cue_end, verb.start()):
            # ("previous ratings remain in place for caring and responsive, which are rated good": the list's own value)
            return False  # "their previous ratings remain in place, so the home is rated good": the value's own statement
        # the results from the cue to this one, found by bisection (results are
        # sorted by start): a clause of thousands of results stays linear
        last_earlier = None
        j = bisect_left(results, cue_end, key=lambda m: m.start)
        while j < len(results) and results[j].start < r.start:
            if results[j].end <= r.start:
                last_earlier = results[j]
            j += 1
        return not (last_earlier is not None and self.cue["new_rating_verb"].search(self.folded, last_earlier.end, r.start))

    def _services_after(self, r, limit, clause_services) -> list[str]:
        """Services named right after a result: "good for maternity"."""
        cursor, found = r.end, []
        # (clause_services are in text order: start at the first after the result, not at the clause's first)
        # (by index, not over a slice: a copy of the clause's rest for every result is quadratic)
        for k in range(bisect_left(clause_services, r.end, key=attrgetter("start")), len(clause_services)):
            s = clause_services[k]
            if s.start >= limit:
                break
            gap = self.folded[cursor : s.start]
            if not (self.cue["domains_after"].match(gap) if not found else re.fullmatch(r"[\s,;]*(?:and|or|&)?\s*(?:for\s+)?(?:the\s+)?", gap)):
                break
            found.append(s.value)
            cursor = s.end
        return unique(found)

    def _anaphora_run(self, pos) -> list[str]:
        """The key questions listed last before `pos` ("safe and well-led"), that "these key
        questions" / "both areas" after them refers back to ([] if none in reach)."""
        before = [d for d in self.domains.within(max(0, pos - ANAPHORA_WINDOW), pos) if d.value != "overall"]
        if not before:
            return []
        run = [before[-1]]
        for d in reversed(before[:-1]):
            if not (LIST_JOIN.fullmatch(self.folded, d.end, run[0].start) or LINE_LIST_JOIN.fullmatch(self.folded, d.end, run[0].start)):
                break
            run.insert(0, d)
        return unique(d.value for d in run) if len(run) > 1 else []

    def _question_notes(self, in_clause, clause_domains, c_end) -> dict[int, tuple[int, int, str]]:
        """Key questions followed by a previous value of their own, in brackets ("safe (previously
        requires improvement)", "well-led (up from inadequate)") or set off by commas ("good for
        effective, up from RI, and for well-led, up from inadequate"): domain index -> (value
        index, note end, "bracket" or "comma")."""
        notes: dict[int, tuple[int, int, str]] = {}
        if not clause_domains:
            return notes
        starts = {v.start: j for j, v in enumerate(in_clause)}
        for k, d in enumerate(clause_domains):
            if d.value == "overall":
                continue
            for kind in ("bracket", "comma"):
                lead = self.cue[f"question_note_{kind}_lead"].match(self.folded, d.end, min(c_end, d.end + 60))
                j = starts.get(lead.end()) if lead else None
                if j is None:
                    continue
                close = self.cue[f"question_note_{kind}_close"].match(self.folded, in_clause[j].end, c_end)
                if close:
                    notes[k] = (j, close.end(), kind)
                break
        return notes

    def _noted_previous(self, chosen, clause_domains, question_notes, in_clause) -> dict[str, str]:
        """The previous values the notes of `question_notes` give the chosen key questions: a
        bracket note its own key question's, a comma note every key question listed since the
        note before ("good for safe and effective, up from RI, and for well-led, up from inadequate")."""
        noted: dict[str, str] = {}
        group: list[int] = []
        for k in sorted(chosen, key=lambda k: clause_domains[k].start):
            group.append(k)
            if k in question_notes:
                j, _, kind = question_notes[k]
                if kind == "comma" and len(group) > 1 and self.cue["relative_after_domains"].match(self.folded, clause_domains[k].end, in_clause[j].start):
                    # "good overall and for safe and well-led, which were previously RI": the key questions', not the overall's
                    group = [t for t in group if clause_domains[t].value != "overall"] or group
                for t in group if kind == "comma" else [k]:
                    noted[clause_domains[t].value] = in_clause[j].value
                group = []
        return noted

    def _count_named_after(self, r, lo: int, hi: int) -> tuple[list[str], int] | None:
        """(session 18) A count of key questions with its members named right after it or after the value,
        in the same sentence or the next ("rated RI in two areas. These were safe and well-led", "two key
        questions improved to good: effective and responsive", "outstanding for one key question. That was
        caring"): the members, exactly as many as the count, and where their list ends; None otherwise."""
        count = self.cue["count_named_count"].search(self.folded, lo, hi)
        if count is None or count.start() > r.end + self.window["count_named_count"]:
            return None
        if count.end() < r.start and self.ratings.any_within(count.end(), r.start):
            return None  # a count before another value
        gap = self.cue["count_named_gap"].match(self.folded, max(r.end, count.end()))
        if gap is None:
            return None
        stop = CLAUSE_STOP.search(self.folded, gap.end())
        end = stop.start() if stop else len(self.folded)
        members = self.domains.within(gap.end(), end)
        size = NUMBER_WORDS.get(count.group("n")) or int(count.group("n"))
        if len(members) != size or members[0].start != gap.end() or any(d.value == "overall" for d in members) \
                or self.ratings.any_within(gap.end(), end) or self.folded[members[-1].end : end].strip(" \t'\"") \
                or not all(COUNT_MEMBER_JOIN.fullmatch(self.folded, a.end, b.start) for a, b in zip(members, members[1:])):
            return None
        return unique(d.value for d in members), members[-1].end

    def _domains_after(self, r, limit, clause_domains, used, in_clause, question_notes=None) -> list[int]:
        chosen: list[int] = []
        lead_at = None  # where a list led into by domains_list_lead starts in chosen
        cursor = r.end
        first = True
        # clause_domains is sorted by start (Mentions.within): begin at the first after the result and
        # stop at the limit, not walk the whole clause for every result (quadratic on long lists)
        for k in range(bisect_left(clause_domains, r.end, key=_start), len(clause_domains)):
            d = clause_domains[k]
            if d.start >= limit:
                break
            if k in used:
                continue
            past_note = bool(chosen and question_notes and chosen[-1] in question_notes)
            if past_note:
                cursor = max(cursor, question_notes[chosen[-1]][1])  # "safe (previously RI), effective ...": past the note
                if self.cue["question_then_verb"].match(self.folded, question_notes[k][1] if k in question_notes else d.end, limit):
                    break  # "..., up from RI, and well-led was rated outstanding": a statement of its own
            gap = self.folded[cursor : d.start]
            if LABEL_AFTER.match(self.folded, d.end):
                break  # "rated good (safe: good; caring: ...)": a label with a value of its own
            if first:
                if not self.cue["domains_after"].match(gap):
                    break
                first = False
            elif not DOMAIN_LIST_GAP.fullmatch(gap):
                if not self.cue["domains_list_lead"].fullmatch(gap):
                    break
                lead_at = len(chosen) if lead_at is None else lead_at  # "good overall and in the areas of safe, ..."
            elif self.ratings.any_within(limit, limit + 1) and self.cue["question_then_verb"].match(self.folded, d.end, limit):
                break  # "good for safe, and well-led is now rated outstanding": the next result's own key question
            chosen.append(k)
            cursor = d.end
        if lead_at is not None and self.ratings.any_within(limit, limit + 1) and LIST_OWN_VERB.search(self.folded, cursor, limit):
            return chosen[:lead_at]  # "good overall, and in the areas of safe and caring it was rated outstanding"
        return chosen

    def _leads_into(self, value: Mention, next_start: int) -> bool:
        """A previous value set off before the next result's verb: "surgery,
        previously rated good, was rated RI"."""
        return bool(self.cue["leads_into"].match(self.folded[value.end : next_start]))

    def _domains_also(self, r, limit, clause_domains, used) -> list[int]:
        """ "moved up to RI, together with the ratings for how safe and well-led
        the service is" / "as have its ratings for safe": the same result for
        the key questions listed after the cue, besides the one(s) before it."""
        chosen: list[int] = []
        cursor = r.end
        for k in range(bisect_left(clause_domains, r.end, key=_start), len(clause_domains)):  # (as in _domains_after)
            d = clause_domains[k]
            if d.start >= limit:
                break
            if k in used:
                continue
            gap = self.folded[cursor : d.start]
            if not chosen:
                if not self.cue["domains_also"].match(gap):
                    break
            elif not re.fullmatch(r"[\s,'\"]*(?:and|or|&)?[\s,'\"]*(?:(?:being|how|the|it|its|is|was|were|for)\s+){0,6}", gap):
                break
            chosen.append(k)
            cursor = d.end
        return chosen

    def _tense(self, c_start, r, clause_start) -> str | None:
        """ "dated" ("in May 2014, ... rated good", "rated inadequate in 2019"),
        "now" ("is now rated"), "past" ("was rated ... last August") or None;
        read from the previous rating value of the clause (or its start) on; a
        past verb anywhere in the clause before it."""
        # Read back at most clause_before characters: a clause with no break costs linear time
        clause_start = max(clause_start, r.start - self.window["clause_before"])
        c_start = max(c_start, clause_start)
        before = self.folded[c_start : r.start]
        dated = [m.end() for m in self.tense["dated_before"].finditer(before)]
        now = [m.start() for m in self.tense["now"].finditer(before)]
        # "a home put into special measures last year has been rated RI": the date is the other event's
        now_after_date = bool(dated and now) and now[-1] >= dated[-1]
        if dated and not now_after_date or self.tense["dated_after"].match(self.folded[r.end : r.end + self.window["tense.dated_after"]]):
            return "dated"
        if now:
            return "now"
        # (when the window read back is `before` itself, dated_before found nothing there: not searched again)
        if c_start > clause_start and self._may("tense.dated_before", clause_start, r.start) \
                and (dates := [m.end() for m in self.tense["dated_before"].finditer(self.folded, clause_start, r.start)]):
            # "moved up from inadequate, its rating in 2015, to RI, and is rated outstanding for caring and good
            # for effective": a present verb after the clause's last date is this value's time
            if any(m.start() >= dates[-1] for m in self.tense["now"].finditer(self.folded, dates[-1], r.start)):
                return "now"
            return "dated"  # "was rated inadequate in May 2015, after safe was inadequate and caring good"
        if self._may("tense.past.words", clause_start, r.start) and self._may("tense.past", clause_start, r.start) \
                and self.tense["past"].search(self.folded[clause_start : r.start]) or self.tense["past"].search(_to_stop(self.folded[r.end : r.end + self.window["tense.past_after"]])):
            return "past"
        return None

    def _year(self, c_start, r, clause_start) -> int | None:
        """The year a dated statement names: the date right after the value ("inadequate in 2019"),
        else the last one since the value before it, else the first one of the clause. (A date
        after a comma or "and" is the next statement's: "inadequate, and in 2020 it was ...".)"""
        after = self.tense["dated_after"].match(self.folded[r.end : r.end + self.window["tense.dated_after"]])
        year = after and YEAR.search(after.group(0))
        if year and not re.search(r"[,;]|\band\b", after.group(0)[: year.start()]):
            return date_key(after.group(0))
        lo = max(clause_start, r.start - self.window["clause_before"])
        since = [k for m in self.tense["dated_before"].finditer(self.folded, max(lo, c_start), r.start) if (k := date_key(m.group(0)))]
        if since:
            return since[-1]
        return next((k for m in self.tense["dated_before"].finditer(self.folded, lo, r.start) if (k := date_key(m.group(0)))), None)

    def _lead_in_ends_with_colon(self, u_start: int, c_start: int) -> bool:
        """`folded[u_start:c_start].rstrip().endswith(":")`, read back from the clause start."""
        k = c_start
        while k > u_start and self.folded[k - 1].isspace():
            k -= 1
        return k > u_start and self.folded[k - 1] == ":"

    def _direction_next_sentence(self, end) -> str | None:
        """The direction the next sentence gives with no value of its own ("This was an improvement
        on the previous inspection"), read from the end of a result's value or key questions; or None."""
        m = self.cue["direction_next_sentence"].match(self.folded, end, min(len(self.folded), end + self.window["direction_next_sentence"]))
        if m is None or self.ratings.within(end, m.end()):
            return None
        # "This is an improvement on the last inspection, when safe and well-led were rated RI": the
        # improvement is of the key questions named there (their history gives it), not of every one
        stop = self.folded.find(".", m.end(), m.end() + 300)
        stop = stop if stop >= 0 else m.end() + 300
        # (review: only where that sentence rates them, not "when inspectors found residents were not safe")
        if any(d.value != "overall" for d in self.domains.within(m.end(), stop)) and self.ratings.within(m.end(), stop):
            return None
        return "improved" if m.group("improved") else "declined"

    def _direction(self, c_start, r, list_end=None) -> str | None:
        """The direction a cue before or after the value gives; `list_end`, the end of the key
        questions listed after it, is read on from too ("good for safe and caring, both improvements")."""
        lo = max(c_start, r.start - self.window["direction_before"])
        before = self.folded[lo : r.start]
        # (session 20) an organisation's name is no verb: "Rose Lodge was rated good" did not rise (its letters
        # masked, its words kept: "upgraded X's rating to good" still reads)
        for o in self.orgs.within(max(0, lo - 200), r.start):
            if o[1] > lo and o[0] < r.start:
                a, b = max(o[0], lo) - lo, min(o[1], r.start) - lo
                before = before[:a] + _LETTER.sub("x", before[a:b]) + before[b:]
        after = self.folded[r.end : r.end + self.window["direction_after"]]
        if list_end is not None and list_end > r.end \
                and not self.cue["direction_note_from"].match(self.folded, list_end, list_end + self.window["direction_note_from"]):
            # (not "..., up from RI": the previous value of a note, read by the question notes)
            tail = self.folded[list_end : list_end + self.window["direction_after"]]
            if self.cue["direction_after_improved"].match(tail):
                return "improved"
            if self.cue["direction_after_declined"].match(tail):
                return "declined"
        closed = self.cue["direction_closed_before"].search(before)
        if closed:
            before = closed.group("rest")  # "..., down from good, and good for caring": the direction of the statement before
        if self.cue["improved_before"].search(before) or self.cue["direction_after_improved"].match(after):
            return "improved"
        if self._may("declined_before", max(c_start, r.start - self.window["direction_before"]), r.start) and self.cue["declined_before"].search(before) or self.cue["direction_after_declined"].match(after):
            return "declined"
        # "safety has fallen to inadequate and how well it is led to RI": a key question and "to" with the verb
        # left out go on with the direction of the value before
        prior = [m for m in self.ratings.within(max(0, r.start - 80), r.start) if m.end <= r.start]
        gap = self.domains.within(prior[-1].end, r.start) if prior else []
        if len(gap) == 1 and self.cue["gapped_direction_lead"].fullmatch(self.folded, prior[-1].end, gap[0].start) \
                and self.cue["gapped_direction_to"].fullmatch(self.folded, gap[0].end, r.start):
            lo = self.folded.rfind(".", 0, prior[-1].start) + 1
            return self._direction(max(lo, prior[-1].start - self.window["direction_before"]), prior[-1])
        return None


def _statement(folded: str, lo: int, r: Mention, hi: int) -> tuple[int, int]:
    """The bounds, within (lo, hi), of the statement a result stands in: from
    the last clause break before it to the first one after it ("..., but has
    now been praised in all five areas" is not about the value before "but")."""
    for m in CLAUSE_BREAK.finditer(folded, lo, r.start):
        lo = m.end()
    m = CLAUSE_BREAK.search(folded, r.end, hi)
    return lo, (m.start() if m else hi)


def _overall_alone(folded: str, r: Mention, chosen: list[int], clause_domains) -> list[int]:
    """ "concerns about its leadership and safety led to an overall 'inadequate'
    rating": "overall" right before the value is its key question; other key
    questions count only when listed with it ("safe and overall")."""
    if len(chosen) < 2 or clause_domains[chosen[-1]].value != "overall":
        return chosen
    if not re.fullmatch(r"[\s'\"]*(?:rating\s+(?:of\s+)?|rated\s+(?:as\s+)?)?[\s'\"]*", folded[clause_domains[chosen[-1]].end : r.start]):
        return chosen
    kept = [chosen[-1]]
    for k in reversed(chosen[:-1]):
        if not LIST_JOIN.fullmatch(folded[clause_domains[k].end : clause_domains[kept[0]].start]):
            break
        kept.insert(0, k)
    return kept
