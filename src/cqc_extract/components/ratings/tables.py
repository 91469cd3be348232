"""Ratings laid out as a table: "Service | Overall | Safe | Effective | ...".

Releases (and HTML pages reduced to text) often give a grid of services x
key questions, one row a line, cells split by "|" or tabs. This module only
finds the grid and its cells, with offsets; `cqc_ratings` decides what each
cell means (a rating for the row's service and the column's key question).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Any

from ...schema import change_between
from .facts import Fact

# A cell separator: a pipe, a tab (tab-separated text pasted from a page), or
# a run of two or more spaces (columns laid out with spaces).
# (session 16: "(?=[ \t|])" first, what every alternative opens with: the same matches; each character
# that opens none fails at one test, not at three repeats, and every line indented with two spaces
# is scanned for its cells, ~2 x faster so)
_SEPARATOR = re.compile(r"(?=[ \t|])(?:[ \t]{0,40}\|[ \t]{0,40}|[ \t]{0,40}\t[ \t]{0,40}| {2,40})")
# A Markdown rule row: "|---|:---:|".
_RULE_ROW = re.compile(r"^[\s|:\-–—+]+$")


@dataclass
class Cell:
    start: int
    end: int


@dataclass
class Table:
    start: int
    end: int
    rows: list[list[Cell]]  # rows[0] is the header


def _cells(text: str, start: int, end: int) -> list[Cell]:
    cells = []
    cursor = start
    for m in _SEPARATOR.finditer(text, start, end):
        cells.append(Cell(cursor, m.start()))
        cursor = m.end()
    cells.append(Cell(cursor, end))
    # Leading and trailing pipes ("| a | b |") leave empty edge cells.
    if cells and cells[0].start == cells[0].end:
        cells = cells[1:]
    if cells and cells[-1].start == cells[-1].end:
        cells = cells[:-1]
    return cells


def find_tables(text: str, min_columns: int = 3) -> list[Table]:
    """Blocks of two or more consecutive lines that each split into at least
    `min_columns` cells (rule rows dropped)."""
    tables: list[Table] = []
    block: list[list[Cell]] = []
    block_start = block_end = 0
    offset = 0
    corner: tuple[int, list[Cell]] | None = None  # the line before, if a header with an empty corner
    # (a text with no separator anywhere has no line of cells: its lines are not gone through)
    lines = text.split("\n") + [""] if "|" in text or "\t" in text or "  " in text else []
    for line in lines:
        start, end = offset, offset + len(line)
        offset = end + 1
        if block and line.strip() and _RULE_ROW.match(line):  # (a rule row is skipped only inside a block)
            continue
        # (_SEPARATOR finds a separator in a line exactly when it has a pipe, a tab or two spaces)
        cells = _cells(text, start, end) if ("|" in line or "\t" in line or "  " in line) else []
        if len(cells) >= min_columns:
            if not block:
                block_start = start
                if corner is not None:
                    # "\tMaternity\tSurgery" over "Safe\tGood\tGood": two headings and the empty corner
                    block_start = corner[0]
                    block.append(corner[1])
            block.append(cells)
            block_end = end
            corner = None
            continue
        corner = (start, cells) if len(cells) == min_columns - 1 and not block and _SEPARATOR.match(line) else None
        if len(block) >= 2:
            tables.append(Table(block_start, block_end, _align_header(block, text)))
        block = []
    tables.extend(find_stacked_tables(text))
    tables.extend(find_paired_stacks(text))
    tables.sort(key=lambda t: t.start)
    return tables


def _align_header(rows: list[list[Cell]], text: str) -> list[list[Cell]]:
    """A header with one cell fewer than its rows has no heading over the row
    labels ("\tSafe\tEffective" over "Surgery\tGood\tGood"): give it an empty one.
    A grid with no row labels at all ("| Safe | Effective |" over "| Good | Good |":
    a key question first in the header, a rating first in every row) gets an
    empty label column."""
    header, body = rows[0], rows[1:]
    widths = [len(r) for r in body]
    width = max(set(widths), key=widths.count)
    if len(header) == width - 1:
        rows = [[Cell(header[0].start, header[0].start)] + header] + body
    elif (len(header) == width and _KEY_LINE.fullmatch(text, header[0].start, header[0].end)
          and all(_VALUE_LINE.match(text, r[0].start, r[0].end) for r in body)):
        rows = [[Cell(r[0].start, r[0].start)] + r for r in rows]
    return rows


_VALUE = r"(?:outstanding|good|requires\s{1,3}improvement|requiring\s{1,3}improvement|needs\s{1,3}improvement|inadequate)"
# Marks pages put after a rating: stars for outstanding, arrows for change.
MARKS = "☆★✩✭⭐↑↓→←↗↘⬆⬇➡⬅⇧⇩▲▼"
_KEY_LINE = re.compile(r"[ \t]{0,8}(?:safe|effective|caring|responsive|well[- ]led|overall(?:[ \t]{1,4}rating)?)[ \t]{0,8}")
_VALUE_LINE = re.compile(r"[ \t]{0,8}['\"]?" + _VALUE + r"['\"]?[ \t]{0,8}(?:[" + MARKS + r"][ \t]{0,4}){0,3}")
# A line that only goes on with the cell above: its arrows, or the date it was given.
_CELL_MORE = re.compile(
    r"[ \t]{0,8}(?:(?:[" + MARKS + r"][ \t]{0,4}){1,4}|(?:\d{1,2}[ \t]{1,3})?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?[ \t]{1,3}(?:19|20)\d\d)[ \t]{0,8}"
)
# Every line after the first that is a _KEY_LINE (lines split at "\n", as in _non_blank_lines), found in one
# search of the text ("\n" first: `re` skips in C every other character, where "(?m)^" is tried at each)
_KEY_LINES = re.compile(r"\n(?:" + _KEY_LINE.pattern + r")(?=\n|\Z)")


def _key_lines(text: str) -> int:
    """How many lines of `text` are a _KEY_LINE."""
    first = text.find("\n")
    return len(_KEY_LINES.findall(text)) + bool(_KEY_LINE.fullmatch(text, 0, len(text) if first < 0 else first))
_LABEL_LINE = re.compile(r"[ \t]{0,8}[a-z][a-z0-9&'’(),/ \t-]{1,80}")


def _non_blank_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that is not blank."""
    lines = []
    offset = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((offset, offset + len(line)))
        offset += len(line) + 1
    return lines


def find_stacked_tables(text: str) -> list[Table]:
    """A grid with one cell a line (a page's table turned into text): three or
    more key questions, each on its own line, then for each row an optional
    label line and one rating line per key question. Blank lines are skipped."""
    if _key_lines(text) < 3:
        return []  # (fewer than three lines that each only name a key question: no header; one search of the text)
    lines = _non_blank_lines(text)
    tables: list[Table] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _KEY_LINE.fullmatch(text, *lines[j]):
            j += 1
        n = j - i
        if n < 3:
            i = max(j, i + 1)
            continue
        header = [Cell(lines[i][0], lines[i][0])] + [Cell(*lines[k]) for k in range(i, j)]
        rows = [header]
        k = j
        while k < len(lines):
            label = None
            if not _VALUE_LINE.fullmatch(text, *lines[k]):
                if not _LABEL_LINE.fullmatch(text, *lines[k]) or _KEY_LINE.fullmatch(text, *lines[k]):
                    break
                label, k = Cell(*lines[k]), k + 1
            values, m = [], k
            while len(values) < n and m < len(lines) and _VALUE_LINE.fullmatch(text, *lines[m]):
                a, b = lines[m]
                m += 1
                while m < len(lines) and _CELL_MORE.fullmatch(text, *lines[m]):
                    b = lines[m][1]  # "good\n↑\njun 2019": one cell
                    m += 1
                values.append(Cell(a, b))
            legend = label is None and n >= 4 and len({_VALUE_LINE.match(text, c.start).group(0).strip() for c in values}) >= 4
            if len(values) < n or legend:
                if label is not None:
                    k -= 1
                break
            start = label.start if label else values[0].start
            rows.append([label or Cell(start, start)] + values)
            k = m
        if len(rows) >= 2:
            tables.append(Table(lines[i][0], lines[k - 1][1], rows))
        i = max(k, i + 1)
    return tables


def find_paired_stacks(text: str) -> list[Table]:
    """A ratings widget with one cell a line and two columns over time: two
    headings ("Latest rating" / "Previous rating", "2026" / "2022"), then for
    each key question its line and its two values ("Safe\nGood\nRequires
    improvement"). Read as a grid whose header is the two headings."""
    if _key_lines(text) < 2:
        return []  # (a widget has two rows or more, each a line that only names a key question)
    if not (_YEAR.search(text) or _BEFORE.search(text)):
        return []  # no heading of an earlier inspection anywhere
    lines = _non_blank_lines(text)
    tables: list[Table] = []
    i = 0
    while i + 4 < len(lines):
        k1 = k2 = None
        if lines[i][1] - lines[i][0] <= 40 and lines[i + 1][1] - lines[i + 1][0] <= 40 and _VALUE_LINE.fullmatch(text, *lines[i + 3]) \
                and _KEY_LINE.fullmatch(text, *lines[i + 2]):
            k1 = inspection_key(text[lines[i][0] : lines[i][1]])
            k2 = inspection_key(text[lines[i + 1][0] : lines[i + 1][1]]) if k1 is not None else None
        if k1 is None or k2 is None or k1 == k2:
            i += 1
            continue
        rows = [[Cell(lines[i][0], lines[i][0]), Cell(*lines[i]), Cell(*lines[i + 1])]]
        k = i + 2
        while k + 2 < len(lines) and _KEY_LINE.fullmatch(text, *lines[k]) \
                and _VALUE_LINE.fullmatch(text, *lines[k + 1]) and _VALUE_LINE.fullmatch(text, *lines[k + 2]):
            rows.append([Cell(*lines[k]), Cell(*lines[k + 1]), Cell(*lines[k + 2])])
            k += 3
        if len(rows) >= 3:
            tables.append(Table(lines[i][0], lines[k - 1][1], rows))
            i = k
        else:
            i += 1
    return tables


_UP = re.compile(r"[↑↗⬆⇧▲]|\b(?:improved|up)\b")
_DOWN = re.compile(r"[↓↘⬇⇩▼]|\b(?:declined|down|worse)\b")
_SAME = re.compile(r"[→➡]|\b(?:unchanged|same|no\s{1,3}change)\b")


def cell_direction(after: str) -> str | None:
    """The direction a cell gives after its rating ("Good ↑", "Good (improved)")."""
    after = after[:40]
    if _UP.search(after):
        return "improved"
    if _DOWN.search(after):
        return "declined"
    if _SAME.search(after):
        return "unchanged"
    return None


_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\b")
_NOW = re.compile(r"\b(?:current|latest|new|now|this\s+inspection|today)\b")
_BEFORE = re.compile(r"\b(?:previous|prior|earlier|old|last\s+inspection|before)\b")


def inspection_key(label: str) -> tuple[int, int] | None:
    """Where a column or row heading sits in time, for a table of ratings over
    several inspections ("May 2023", "Current rating", "Previous inspection"):
    a larger key is more recent; None when the heading is not an inspection."""
    if _NOW.search(label):
        return (9999, 0)
    year = _YEAR.search(label)
    if year:
        month = _MONTH.search(label)
        return (int(year.group(1)), _MONTHS.index(month.group(1)) + 1 if month else 0)
    if _BEFORE.search(label):
        return (0, 0)
    return None


def split_at_tables(units: list[tuple[int, int]], tables: list[Table]) -> list[tuple[int, int]]:
    """A sentence unit that runs into a table (the page title before a grid
    with no full stop between) ends where the table starts."""
    starts = sorted(t.start for t in tables)
    if not starts:
        return units
    out = []
    for a, b in units:
        k = bisect.bisect_right(starts, a)
        if k < len(starts) and starts[k] < b:
            out.append((a, starts[k]))
            out.append((starts[k], b))
        else:
            out.append((a, b))
    return out


def transposed(table: Table, is_key_question) -> Table | None:
    """A grid with key questions down the side and services (or sites) across
    the top ("\tMaternity\tSurgery" over "Safe\tGood\tGood"), turned so that
    key questions head the columns; None when it is not such a grid."""
    header, body = table.rows[0], table.rows[1:]
    if sum(1 for c in header if is_key_question(c)) >= 2:
        return None
    if sum(1 for r in body if is_key_question(r[0])) < 2 or any(len(r) != len(header) for r in body):
        return None
    corner = header[0]
    rows = [[corner] + [r[0] for r in body]]
    for k in range(1, len(header)):
        rows.append([header[k]] + [r[k] for r in body])
    return Table(table.start, table.end, rows)


# Between two values of one cell: the second is the rating before
# ("Good (was Inadequate)", "Good (previously Requires improvement)").
CELL_PREVIOUS = re.compile(r"^[ \t]{0,3}[(\[,;–-][ \t]{0,3}(?:was|previously|previous(?:[ \t]{1,3}rating)?|last[ \t]{1,3}(?:time|inspection|rating)|before|from)?[ \t]{0,3}:?[ \t]{0,3}$")


def legend_spans(text: str, tables: list[Table]) -> list[tuple[int, int]]:
    """The key of a ratings graphic: the four ratings one a line
    ("Outstanding\nGood\nRequires improvement\nInadequate"), in any order,
    as a run of exactly four value lines outside any grid: not a rating of anything."""
    spans = []
    run: list[tuple[int, int, str]] = []
    offset = 0
    for line in text.split("\n") + ["-"]:
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        if _VALUE_LINE.fullmatch(text, start, end):
            run.append((start, end, re.sub(r"\s+", " ", line.strip(" \t'\"" + MARKS))))
            continue
        if len(run) == 4 and len({v for _, _, v in run}) == 4:
            spans.append((run[0][0], run[-1][1]))
        run = []
    starts = [t.start for t in tables]
    def in_table(a):
        k = bisect.bisect_right(starts, a) - 1
        return k >= 0 and a <= tables[k].end
    return [sp for sp in spans if not in_table(sp[0])]


def scale_key_spans(text: str, key_line: re.Pattern[str]) -> list[tuple[int, int]]:
    """A key of the rating scale written out ("Good - the service is performing
    well.\nInadequate - the service is performing badly."): two or more lines in
    a row, each a value then words defining it, with different values."""
    spans = []
    run: list[tuple[int, int, str]] = []
    offset = 0
    for line in text.split("\n") + [""]:
        start, end = offset, offset + len(line)
        offset = end + 1
        m = key_line.fullmatch(text, start, end) if line.strip() else None
        if m is not None:
            run.append((start, end, re.sub(r"\s+", " ", m.group("value"))))
            continue
        if len(run) >= 2 and len({v for _, _, v in run}) == len(run):
            spans.append((run[0][0], run[-1][1]))
        run = []
    return spans


def previous_columns(text: str, header: list[Cell], columns: list) -> dict[int, bool]:
    """Header cells with no key question that head the ratings before
    ("Previous rating", "Last inspection") right after a key-question column."""
    return {
        k: inspection_key(text[c.start : c.end]) == (0, 0)
        for k, c in enumerate(header)
        if k > 0 and not columns[k] and columns[k - 1]
    }


class TableReading:
    """Reader methods for ratings grids."""

    def _table(self, table: Table) -> list[Fact]:
        """Each cell under a key-question column is that key question's rating
        for the row's service ("Surgery | Good | ...") or subject."""
        def inside(mentions, cell):
            return [m for m in mentions if cell.start <= m.start and m.end <= cell.end]

        over_time = self._table_over_time(table)
        if over_time is not None:
            return over_time
        table = transposed(table, lambda cell: bool(inside(self.domains, cell))) or table
        columns = [next((d.value for d in inside(self.domains, cell)), None) for cell in table.rows[0]]
        # "Overall | Previous rating": a column of the ratings before, for the column on its left
        before_of = {k - 1: k for k, is_before in previous_columns(self.folded, table.rows[0], columns).items() if is_before}
        if sum(1 for c in columns if c) < (1 if before_of else 2):
            return []
        facts = []
        for row in table.rows[1:]:
            label = row[0]
            label_text = self.folded[label.start : label.end].strip(" *:'\"")
            row_orgs = [o for o in self.orgs if label.start <= o[0] < label.end]
            subject, service = self.state.location or self.state.subject, None
            if row_orgs:
                subject = row_orgs[0][2]
            elif not label_text:
                pass  # no row label: the subject as a whole
            elif inside(self.domains, label) and inside(self.domains, label)[0].value == "overall":
                subject = self.state.subject
            else:
                found, ref, _ = self._reference(label_text)
                if found:
                    subject = ref
                else:
                    named = inside(self.services, label)
                    whole = named and (named[0].end - named[0].start) >= 0.6 * len(label_text)
                    service = named[0].value if whole else re.sub(r"^(?:the|a|an)\s+", "", label_text)
            for k, cell in enumerate(row[1:], start=1):
                domain = columns[k] if k < len(columns) else None
                values = inside(self.ratings, cell)
                if not domain or not values or not service and not subject and not label_text:
                    continue
                previous = None
                if k in before_of and before_of[k] < len(row):
                    olds = inside(self.ratings, row[before_of[k]])
                    previous = olds[0].value if olds else None
                between = self.folded[values[0].end : values[1].start] if len(values) > 1 else ""
                if previous is None and len(values) > 1 and (self.cue["previous_before"].search(between) or CELL_PREVIOUS.match(between)):
                    previous = values[1].value
                change = change_between(previous, values[0].value) if previous else None
                if previous is None:
                    change = cell_direction(self.folded[values[0].end : cell.end])  # "Good ↑"
                    previous = values[0].value if change == "unchanged" else None
                facts.append(Fact(subject=subject, service=service, domain=domain, rating=values[0].value,
                                  previous=previous, change=change, explicit=previous is not None,
                                  spans=[(values[0].start, values[0].end)]))
        return facts

    def _table_over_time(self, table: Table) -> list[Fact] | None:
        """A table of ratings over several inspections: columns headed by dates
        ("Key question | May 2023 | June 2019") or rows headed by dates
        ("Inspection | Overall | Safe ..."). Only the latest inspection's
        ratings are items; the one before fills `previous`. None: not such a table."""
        def inside(mentions, cell):
            return [m for m in mentions.within(cell.start, cell.end) if m.end <= cell.end]

        def label_of(cell):
            """(service, domain) a row or column heading names."""
            named = inside(self.domains, cell)
            if named:
                return None, named[0].value
            svc = inside(self.services, cell)
            return (svc[0].value if svc else None), "overall"

        header, body = table.rows[0], table.rows[1:]
        subject = self.state.location or self.state.subject
        col_keys = [inspection_key(self.folded[c.start : c.end]) for c in header]
        if sum(1 for r in body if inside(self.domains, r[0])) >= 2 and (
                any(k == (0, 0) for k in col_keys[1:]) or any(self.cue["table_before_heading"].fullmatch(self.folded, c.start, c.end) for c in header[1:])):
            # "Key question | Rating | Last time" (key questions down the side): a plain "Rating" column is the current one
            col_keys = [k if k is not None or j == 0 else
                        (9999, 0) if self.cue["table_now_heading"].fullmatch(self.folded, c.start, c.end) else
                        (0, 0) if self.cue["table_before_heading"].fullmatch(self.folded, c.start, c.end) else None
                        for j, (k, c) in enumerate(zip(col_keys, header))]
        row_keys = [inspection_key(self.folded[r[0].start : r[0].end]) for r in body]
        # (service, domain, current cell, previous cell or None, the row's own subject or None)
        cells: list[tuple[str | None, str, Any, Any, str | None]] = []
        if sum(k is not None for k in col_keys[1:]) >= 2:
            dated = sorted((k for k in range(1, len(header)) if col_keys[k] is not None), key=lambda k: col_keys[k], reverse=True)
            now, before = dated[0], dated[1]
            for row in body:
                service, domain = label_of(row[0])
                # "Care home | Latest rating | Previous rating" over "Ashby Lodge | Good | Inadequate": the row's body
                named = [o[2] for o in self.orgs.within(row[0].start, row[0].end)]
                if now < len(row):
                    cells.append((service, domain, row[now], row[before] if before < len(row) else None, named[0] if named else None))
        elif sum(k is not None for k in row_keys) >= 2:
            dated = sorted((k for k in range(len(body)) if row_keys[k] is not None), key=lambda k: row_keys[k], reverse=True)
            now, before = body[dated[0]], body[dated[1]]
            for k, cell in enumerate(header[1:], start=1):
                service, domain = label_of(cell)
                if (service or domain != "overall" or inside(self.domains, cell)) and k < len(now):
                    cells.append((service, domain, now[k], before[k] if k < len(before) else None, None))
        else:
            return None
        facts = []
        # "Maternity unit at X" as the heading over a grid of key questions: the grid is that service's
        heading_service = self.state.service if all(service is None for service, _, _, _, _ in cells) else None
        for service, domain, cell, old, row_subject in cells:
            service = service or heading_service
            values = inside(self.ratings, cell)
            if not values:
                continue
            olds = inside(self.ratings, old) if old is not None else []
            previous = olds[0].value if olds else None
            change = change_between(previous, values[0].value) if previous else None
            facts.append(Fact(subject=row_subject or subject, service=service, domain=domain, rating=values[0].value,
                              previous=previous, change=change, explicit=previous is not None,
                              spans=[(values[0].start, values[0].end)]))
        return facts
