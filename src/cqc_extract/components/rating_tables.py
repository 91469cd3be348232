"""Ratings laid out as a table: "Service | Overall | Safe | Effective | ...".

Releases (and HTML pages reduced to text) often give a grid of services x
key questions, one row a line, cells split by "|" or tabs. This module only
finds the grid and its cells, with offsets; `cqc_ratings` decides what each
cell means (a rating for the row's service and the column's key question).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A cell separator: a pipe, or a tab (tab-separated text pasted from a page).
_SEPARATOR = re.compile(r"[ \t]*\|[ \t]*|\t+")
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
    for line in text.split("\n") + [""]:
        start, end = offset, offset + len(line)
        offset = end + 1
        if line.strip() and _RULE_ROW.match(line) and block:
            continue
        cells = _cells(text, start, end) if _SEPARATOR.search(line) else []
        if len(cells) >= min_columns:
            if not block:
                block_start = start
            block.append(cells)
            block_end = end
            continue
        if len(block) >= 2:
            tables.append(Table(block_start, block_end, block))
        block = []
    return tables


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
