"""Section 2's report entries as the columns of a table, its fields as rows:

    รายการ                  รายงานครั้งที่ 1        รายงานครั้งที่ 2
    วันที่รายงาน             27/01/2564            10/02/2564
    รายละเอียดการดำเนินงาน    อยู่ระหว่าง...          ได้รับการอนุมัติ...
    ความก้าวหน้าของงานฯ       11                    31
    งบประมาณที่เบิกใช้         0 บาท                 0 บาท
    ความสอดคล้องกับแผน        เป็นไปตามแผน           เป็นไปตามแผน
    ความสอดคล้องกับเป้าหมาย    เป็นไปตามเป้าหมาย       เป็นไปตามเป้าหมาย

(a pipe or tab table: the clean-up leaves its cells tab-separated).  Read as
it stands, each line holds a piece of every entry, and a row of headers with
nothing between them looks like a table read column by column.
`untranspose` gives the clause reader (parsers.bma_progress.clauses) each
entry's parts in turn, every part with the line its row stands on:

    รายงานครั้งที่ 1 / :: 27/01/2564 : / อยู่ระหว่าง... / ความก้าวหน้าของงานฯ = 11
    / งบประมาณที่เบิกใช้ = 0 บาท / : เป็นไปตามแผน / : เป็นไปตามเป้าหมาย
    รายงานครั้งที่ 2 / ...

A table is known by its header row: after a first cell that is a label or
empty, every cell is an entry's header ("รายงานครั้งที่ N", "ครั้งที่ N"),
and its rows follow with as many cells, a row's label first.  What a row
holds is told by its label's words (the date's วันที่, the progress's
ก้าวหน้า, the budget's งบประมาณ or เบิก, the plan's and target's flags as
their cells print them); a row whose label names none of them is the
description.  Other lines pass through unchanged.
"""

from __future__ import annotations

import regex

from normalizers.text import mark_tolerant
from schemas.document import Line

_DIGITISH = r"[\d๐-๙oO@©«»]"
_HEAD_CELL_RE = regex.compile(
    rf"^\s*(?:{mark_tolerant('รายงาน')}\s*)?({mark_tolerant('ครั้งที่')}\s*{_DIGITISH}{{1,3}})\s*$")
_DATE_RE = regex.compile(mark_tolerant("วันที่"))
_PROGRESS_RE = regex.compile(mark_tolerant("ก้าวหน้า"))
_BUDGET_RE = regex.compile(rf"{mark_tolerant('งบประมาณ')}|{mark_tolerant('เบิก')}")
_FLAG_RE = regex.compile(rf"{mark_tolerant('สอดคล้อง')}|{mark_tolerant('แผน')}|{mark_tolerant('เป้าหมาย')}")


def _header(line: Line) -> list[str] | None:
    """The entries' header cells of a header row, or None: after a label
    or an empty cell (the clean-up strips a leading one), only headers."""
    cells = line.text.split("\t")
    if not _HEAD_CELL_RE.match(cells[0]):
        first = cells.pop(0)
        if any(ch.isdigit() for ch in first) or len(first.strip()) > 30:
            return None
    if not cells or not all(_HEAD_CELL_RE.match(c) for c in cells):
        return None
    return [c.strip() for c in cells]


def _known(label: str) -> bool:
    """A row label that names an entry's part other than its description."""
    return any(p.search(label) for p in (_DATE_RE, _PROGRESS_RE, _BUDGET_RE, _FLAG_RE))


def _part(label: str, value: str) -> str:
    """One entry's cell of a row, as its clause reads."""
    if _DATE_RE.search(label):
        return f":: {value} :"
    if _PROGRESS_RE.search(label) or _BUDGET_RE.search(label):
        return f"{label.strip()} = {value}"
    if _FLAG_RE.search(label):
        return f": {value}"
    return value


def untranspose(lines: list[Line]) -> list[Line]:
    """`lines` with each entry table whose entries are its columns given
    entry by entry (module doc); other lines as they are."""
    if not any("\t" in ln.text for ln in lines):
        return lines
    out: list[Line] = []
    i = 0
    while i < len(lines):
        heads = _header(lines[i])
        if heads is None:
            out.append(lines[i])
            i += 1
            continue
        rows: list[tuple[Line, str, list[str]]] = []
        j = i + 1
        while j < len(lines) and _header(lines[j]) is None:
            cells = lines[j].text.split("\t")
            if not 2 <= len(cells) <= len(heads) + 1 or not cells[0].strip() or _HEAD_CELL_RE.match(cells[0]):
                break
            rows.append((lines[j], cells[0], cells[1:]))
            j += 1
        if not any(_known(label) for _, label, _ in rows):  # a header followed by other text: no such table
            out.append(lines[i])
            i += 1
            continue
        for k, head in enumerate(heads):
            out.append(Line(lines[i].no, f"รายงาน{_HEAD_CELL_RE.match(head).group(1)}"))
            for row, label, values in rows:
                value = values[k].strip() if k < len(values) else ""
                if value:
                    out.append(Line(row.no, _part(label, value)))
        i = j
    return out
