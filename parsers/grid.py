"""Tables an OCR engine read side by side, folded back into rows.

An engine that keeps a table's layout prints each row over several lines,
every column's text wrapped within its column:

    1. โครงการที่ดำเนินการ        จำนวน ๐          คิดเป็นร้อยละ
    เสร็จสิ้นแล้ว                 โครงการ          0.00

Cleaned lines keep the page column each cell starts at (Line.cols).
`fold_tables` finds such blocks, clusters the cell starts into the table's
columns, groups lines into rows (a row opens where the caller's `opens_row`
says, by default at an item number in the first column) and gives one line
per row, each column's pieces joined:

    1. โครงการที่ดำเนินการ เสร็จสิ้นแล้ว<tab>จำนวน ๐ โครงการ<tab>คิดเป็นร้อยละ 0.00

so the readers of clauses and cells meet the row as the table printed it.
Lines that are not part of such a block pass through unchanged.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from schemas.document import Line

TOLERANCE = 4  # characters two cell starts may differ by and be one column
MIN_ROWS = 2  # lines of several cells that make a block a table

_ITEM_START_RE = regex.compile(r"^\s*(?:\(?[\d๐-๙]{1,2}(?:\.[\d๐-๙]{1,2})*[.)]|[-–•])\s*")


def opens_at_item(cells: list[str | None]) -> bool:
    """The default row start: the first column's cell opens with an item number or bullet."""
    return bool(cells and cells[0] and _ITEM_START_RE.match(cells[0]))


def _columns(starts: list[int]) -> list[int]:
    """Column positions: cell starts clustered (a gap over TOLERANCE opens a column)."""
    out: list[int] = []
    for s in sorted(set(starts)):
        if not out or s - out[-1] > TOLERANCE:
            out.append(s)
    return out


def _cells_by_column(line: Line, columns: list[int]) -> list[str | None]:
    row: list[str | None] = [None] * len(columns)
    parts = line.text.split("\t")
    starts = line.cols if len(line.cols) == len(parts) else (0,) * len(parts)
    for start, part in zip(starts, parts):
        k = max((i for i, c in enumerate(columns) if c <= start + TOLERANCE), default=0)
        row[k] = part if row[k] is None else f"{row[k]} {part}"
    return row


def _blocks(lines: list[Line]) -> list[tuple[int, int]]:
    """[start, end) index ranges of table blocks: runs that hold at least
    MIN_ROWS lines of several cells, with the one-cell lines between them."""
    multi = [i for i, ln in enumerate(lines) if len(ln.cols) >= 2]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(multi):
        j = i
        while j + 1 < len(multi) and multi[j + 1] - multi[j] <= 3:
            j += 1
        if j - i + 1 >= MIN_ROWS:
            end = multi[j] + 1
            # wrapped text of the last row's cells may follow on one-cell lines, on the lines right
            # under it (past a blank line stands what follows the table: a heading, a paragraph)
            while end < len(lines) and len(lines[end].cols) < 2 and end - multi[j] <= 2 and len(lines[end].text) < 40 \
                    and lines[end].no == lines[end - 1].no + 1:
                end += 1
            out.append((multi[i], end))
        i = j + 1
    return out


def fold_tables(lines: list[Line], opens_row: Callable[[list[str | None]], bool] = opens_at_item,
                heading: Callable[[list[str | None]], bool] | None = None) -> list[Line]:
    """The lines with each side-by-side table block folded into one line per row; a row opened by a
    `heading` (a section's heading alone on its line) takes no line of several cells after it: that line
    opens a row of its own (the section's text, whose wide gap OCR read as a cell's)."""
    blocks = _blocks(lines)
    if not blocks:
        return lines
    out: list[Line] = []
    pos = 0
    for a, b in blocks:
        out.extend(lines[pos:a])
        # (a block whose cell starts cluster into one column is no table: an item's number OCR set a wide gap
        # from its words on each of a list's lines, "2     ได้เผยแพร่..." / ") ออนไลน์..." / "3     ผู้เข้าร่วม...";
        # its lines pass through, each item's line its own)
        one = len(_columns([s for ln in lines[a:b] if len(ln.cols) >= 2 for s in ln.cols])) < 2
        out.extend(lines[a:b] if one else _fold(lines[a:b], opens_row, heading))
        pos = b
    out.extend(lines[pos:])
    return out


_NUMBER_ALONE_RE = regex.compile(r"^\s*\(?[\d๐-๙]{1,2}[.)]?\s*$")


def _number_column(cols: list[list[str]]) -> int | None:
    """The column after a row's first when the row's first column holds its number alone (one cell) and the
    next column with text holds the rest of its first line; else None."""
    if len(cols[0]) != 1 or not _NUMBER_ALONE_RE.match(cols[0][0]):
        return None
    return next((k for k in range(1, len(cols)) if cols[k]), None)


def _fold(block: list[Line], opens_row: Callable[[list[str | None]], bool],
          heading: Callable[[list[str | None]], bool] | None = None) -> list[Line]:
    columns = _columns([s for ln in block if len(ln.cols) >= 2 for s in ln.cols])
    rows: list[tuple[int, list[list[str]]]] = []
    headed = False  # the row in the making was opened by a heading alone
    for ln in block:
        cells = _cells_by_column(ln, columns)
        if not rows or opens_row(cells) or (headed and len(ln.cols) >= 2):
            rows.append((ln.no, [[] for _ in columns]))
            headed = heading is not None and heading(cells)
        elif len(ln.cols) < 2 and cells[0] and (col := _number_column(rows[-1][1])) is not None:
            # a line of one cell under a row whose number stands in a column of its own: the wrapped text
            # of the row's next cell (the number's column holds the number alone), whatever column OCR
            # put its start in ("3    โครงการพัฒนา..." / "การประเมิน PISA ...", flush with the number)
            cells = [None] * len(columns)
            cells[col] = ln.text
        elif cells[0] and (col := _number_column(rows[-1][1])) is not None and not any(cells[1:col + 1]):
            # the same with other cells after it ("๕     โครงการการน้อมนำ...     กลุ่มพัฒนาครู..." / "ด้านการศึกษา
            # รัชกาลที่ ๑๐ ...      การศึกษา"): its first cell is that wrapped text, not the number's (before,
            # it ran after the number, so the row opened with no title); the others stay in their columns
            cells = [None, *cells[1:col], cells[0], *cells[col + 1:]]
        for k, cell in enumerate(cells):
            if cell:
                rows[-1][1][k].append(cell)
    out = []
    for no, cols in rows:
        texts = [" ".join(parts) for parts in cols]
        kept = [(c, t) for c, t in zip(columns, texts) if t]
        out.append(Line(no, "\t".join(t for _, t in kept), "text", cols=tuple(c for c, _ in kept)))
    return out
