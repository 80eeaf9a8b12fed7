"""parsers.bma_progress.transposed._EntryCols answers what _entry_cols below
(the way it was first written, kept here as the reference) answers (the page column each entry's cells start at, from the table's rows
read so far) while looking at each line once as the rows are read, where
_entry_cols looked at every line from the header again for each description
line that asked (a table of many lines made untranspose quadratic): the same
columns at every line of the corpus' entries-as-columns tables, and of a
table whose full rows disagree on a column."""

from __future__ import annotations

from pathlib import Path

from parsers.bma_progress.transposed import _ROW_OPEN_RE, _EntryCols, _heads_of
from pipeline.clean import clean_lines
from schemas.document import Line

ROOT = Path(__file__).resolve().parent.parent


def _entry_cols(lines: list[Line], i: int, j: int, heads: list[tuple[str, int]]) -> list[float]:
    """The reference: what _EntryCols.up_to(j) must answer, the way it was first written (every line from
    the header again at each question).  The page column each entry's cells start at in the table whose header
    row is line `i` (rows read up to line `j`): in each row line that holds a
    label and one cell per entry, its cells' columns, the middle one of them
    for each entry; where no such line is, the headers' own columns (a header
    row OCR read with no label cell counts its columns from the first
    header, which is all the differences between entries need)."""
    n = len(heads)
    seen: list[list[int]] = [[] for _ in range(n)]
    for ln in lines[i + 1:j]:
        if len(ln.cols) == n + 1 and ln.text.count("\t") == n and _ROW_OPEN_RE.match(ln.text):
            for k in range(n):
                seen[k].append(ln.cols[k + 1])
    if not seen[0]:
        return [float(col) for _, col in heads]
    return [sorted(got)[len(got) // 2] for got in seen]


def _tables(lines: list[Line]) -> list[tuple[int, list]]:
    return [(i, heads) for i, ln in enumerate(lines) if (heads := _heads_of(ln)) is not None]


def _same_at_every_line(lines: list[Line]) -> int:
    asked = 0
    for i, heads in _tables(lines):
        cols = _EntryCols(lines, i, heads)
        for j in range(i + 1, min(len(lines), i + 80) + 1):
            assert cols.up_to(j) == _entry_cols(lines, i, j, heads), (i, j)
            asked += 1
        assert cols.up_to(i + 1) == _entry_cols(lines, i, i + 1, heads)  # (asked again of an earlier line)
    return asked


def test_the_columns_are_the_ones_every_line_read_again_gives_in_the_corpus_tables():
    paths = sorted((ROOT / "tests/corpus").glob("*/*/bma_progress_*.txt"))
    asked = sum(_same_at_every_line(clean_lines(path.read_text(encoding="utf-8"))[0]) for path in paths)
    assert asked > 1000  # (the corpus holds entries-as-columns tables: extra3's and extra4's side by side)


def test_rows_that_disagree_on_a_column_give_the_middle_one_as_they_are_read():
    header = Line(1, "รายการ\tรายงานครั้งที่ 1\tรายงานครั้งที่ 2", cols=(0, 30, 60))
    rows = [Line(2 + k, f"ความก้าวหน้าของงานฯ\t{k}\t{k + 1}", cols=(0, 28 + k, 61 - k)) for k in range(6)]
    wraps = [Line(8 + k, "จัดทำคำสั่ง\tอบรม", cols=(5, 35)) for k in range(3)]
    lines = [header, *rows[:3], *wraps, *rows[3:]]
    assert _same_at_every_line(lines) == len(lines)
    assert _EntryCols(lines, 0, _heads_of(header)).up_to(len(lines)) == [31, 59]
