"""Section 2's entries table, entries across, that OCR read column by column.

The form's table with the entries as its columns and the fields as its rows:

        ครั้งที่ ๑     ครั้งที่ ๒     ...
    วันที่รายงาน     27/3/2566     6/4/2566
    รายละเอียดการดำเนินงาน ...
    ความก้าวหน้าของงานฯ  9          27
    งบประมาณที่เบิกใช้    0 บาท       0 บาท
    ความสอดคล้องกับแผน   เป็นไปตามแผน   ...
    ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย ...

which tesseract, finding no lines across, reads column by column: the head
row once (its cells garbled: "ASIN ©<tab>ASIN ๒<tab>ครังที ๓"), or not at
all, then the labels' column alone (each label wrapped: "รายละเอียดการ" /
"ดำเนินงาน" / ...), then each entry's column in turn, one cell under
another: its date, its description's lines, its progress, its amount, its
plan and target verdicts ("เป็นไปตาม" / "แผน").  `columns_read_down` reads
each entry column as a unit: its cells are known by what they hold, from
its end: the target verdict last, the plan verdict before it, the amount
("X บาท") before that, the progress (a bare number) before the amount, the
date first, the description between.  The entries are numbered from the
head row (its readable numbers running on one by one from one first
number, maybe on the next line, a wrap of the cells); a table with no head
row read, or as many columns as heads not read, is left to the others.

Where a later table's head cell and date (the same table printed in a
second block whose top rows stand on the same page) OCR read in among the
columns ("ครังที ๕" / "26/7/2566" before the column's own date), they are
set aside as the entries after the table's last, in their order; that
block's lower rows, read after a page break as a labels' column with no
date label and columns with no date, are those entries' cells in order,
where their counts agree (said: the heads' numbers are garbled).

Where OCR read a block's head row and date row across (its dates on one line
after the date label) and, past a page break, its lower rows down (a
labels' column with no date label, the next blocks' labels' columns under
it: one whole, or the date label alone for a block whose lower rows come
after; one block alone is transposed._column_blocks's), the page's columns
follow one by one, each holding the first block's cells, then each later
block's head, date and cells (or head and date alone): `_woven_at` deals
them out by that order, the first block's dates from the row read across,
the later blocks' entries numbered on from the first block's last (said
where a head reads otherwise).

Where no head row was read across and the target row was (after the
columns), the labels' column ends at the plan's label (its words maybe cut
inside a word by the wrap, "ความสอดคล้อ" / "งกับแผน"), and each column holds
its own head ("รายงาน" / "ครั้งที่ 1", "รายงานครั้ง" / "ที่3") over its date
(the year wrapped, the month maybe garbled), its cells and its plan verdict
alone (cut inside a word, "เป็นไปตา" / "มแผน", or its "ไม่" on a line of its
own; an amount's unit wrapped under it joined): the entries are numbered
from the heads (their readable numbers running on one by one; a head with
none said), and the target row is left for entries.flag_rows_after_columns.

A cell that is lost (a progress OCR read as specks, an amount missing) is
said (`entry_cell_in_doubt`, naming the field); the entry keeps what it has.
Where anything does not fit (a column with no verdicts, a line with tabs,
too many lines), the lines are left as they are for the other readers.
"""

from __future__ import annotations

import regex

from normalizers.furniture import is_specks
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import mark_tolerant
from normalizers.dates import MONTH_TOKEN
from parsers.bma_progress.clauses import HEADER_RE
from schemas.document import Issue, Line

_M = mark_tolerant
_DIGIT = r"[\d๐-๙]"
# the labels' column: each row label's head words (and where OCR lost them, the tails)
_LABEL_HEADS = {
    "report_date": regex.compile(rf"^\s*{_M('วันที่')}|{_M('รายงาน', False)}\s*$"),
    "description": regex.compile(rf"^\s*{_M('รายละเอียด')}"),
    "progress_pct": regex.compile(rf"^\s*{_M('ความก้าวหน้า')}"),
    "disbursed": regex.compile(rf"^\s*{_M('งบประมาณ')}"),
    # (its last letters the wrap cut off: "ความสอดคล้อ" / "งกับแผน", "ความสอดค" / "ล้องกับแผน")
    "verdict": regex.compile(rf"^\s*{_M('ความสอดค')}(?:{_M('ล้อ')}(?:{_M('ง', False)})?)?\s*$|^\s*{_M('ความสอดคล้อง')}"),
}
_LABEL_TAILS = regex.compile(
    rf"^\s*(?:{_M('รายการ')}|{_M('ดำเนินงาน')}|{_M('การ', False)}|{_M('ของงาน')}\s*[ฯๆ]?|(?:{_M('ที่')}\s*)?{_M('เบิกใช้')}|{_M('เบิก')}"
    rf"|{_M('ใช้', False)}|(?:(?:{_M('ล้อ')})?ง)?{_M('กับแผน')}|(?:(?:{_M('ล้อ')})?ง)?{_M('กับเป้าหมาย')}|{_M('การดำเนินงาน')}|{_M('ที่', False)})\s*$")
_HEAD_LINE_RE = regex.compile(rf"^\s*(?:{_M('รายงาน')}\s*)?{_M('ครั้งที่')}\s*\S{{0,3}}\s*$")
_HEAD_CELL_RE = regex.compile(rf"{_M('ครั้งที่')}|^[A-Za-z]{{3,6}}\s+\S{{1,2}}$")
# a date cell, maybe damaged: D/M/Y with any two separators, or D month-word Y
_DATE_CELL_RE = regex.compile(
    rf"^\s*(?=(?:\D*{_DIGIT}){{3}})[^\s/]{{1,4}}\s?[/.\-]\s?[^\s/]{{1,3}}\s?[/.\-]\s?{_DIGIT}[^\s/]{{1,5}}\s*$"
    rf"|^\s*{_DIGIT}{{1,2}}\s+[\u0e01-\u0e4e]{{1,3}}\.?[\u0e01-\u0e4e]{{0,2}}\.?\s+{_DIGIT}{{2,4}}\s*$"
    rf"|^\s*{_DIGIT}{{4}}-{_DIGIT}{{1,2}}-{_DIGIT}{{1,2}}\s*$")
_AMOUNT_RE = regex.compile(rf"^\s*[฿]?{_DIGIT}[\d๐-๙,.\s]*\s*\.?-?\s*บาท\s*\.?-?\s*$")
_PERCENT_RE = regex.compile(rf"^\s*{_DIGIT}{{1,4}}(?:\s?[.,]\s?{_DIGIT}{{1,2}})?\s*%?\s*$")
_VERDICT_RE = regex.compile(rf"^\s*(?:{_M('ไม่')}\s*)?{_M('เป็นไป')}")
_PLAN_END_RE = regex.compile(rf"{_M('แผน')}\s*$")
_TARGET_END_RE = regex.compile(rf"{_M('เป้าหมาย')}\s*$|{_M('เป้า')}\s*$")
_THAI_RUN_RE = regex.compile(r"[\u0e01-\u0e2e]{3,}")
_NOT_ALONE_RE = regex.compile(rf"^\s*{_M('ไม่')}\s*$")
_UNIT_ALONE_RE = regex.compile(r"^\s*บาท\s*\.?-?\s*$")  # an amount's unit the cell's width wrapped under it
_NUMBER_ALONE_RE = regex.compile(rf"^\s*[฿]?{_DIGIT}[\d๐-๙,.]*\s*$")
# a column's head its wrap parted ("รายงานครั้ง" / "ที่3")
_HEAD_OPEN_RE = regex.compile(rf"^\s*(?:{_M('รายงาน')}\s*)?{_M('ครั้ง')}\s*$")
_HEAD_CLOSE_RE = regex.compile(rf"^\s*{_M('ที่')}\s*\S{{0,3}}\s*$")
# a date cell whose month OCR garbled past reading ("20 A.W."), its year wrapped under it
_DAY_DAMAGED_RE = regex.compile(rf"^\s*{_DIGIT}{{1,2}}\s+\S{{1,8}}\s*$")

COLUMN_LINES = 40  # text lines an entry column may hold at the most (a long description wrapped narrow)
HEAD_SKIP = 3  # text lines between the labels' column and the first column's date at the most (a repeated label)


def _texts(lines: list[Line], k: int) -> int:
    """The index of the next text line from k (blank, furniture and speck lines with no digit passed)."""
    while k < len(lines) and (lines[k].kind != "text" or not lines[k].text.strip()
                              or (is_specks(lines[k].text) and not regex.search(_DIGIT, lines[k].text))):
        k += 1
    return k


def _label_kind(text: str) -> str | None:
    for kind, rx in _LABEL_HEADS.items():
        if rx.search(text) and "\t" not in text and not regex.search(_DIGIT, text):
            return kind
    if _LABEL_TAILS.match(text):
        return "tail"
    return None


def _labels_column(lines: list[Line], k: int, whole: bool | None = None) -> tuple | None:
    """The labels' column OCR read alone from lines[k]: the index past it and whether it holds the date
    label; None unless it holds the description, progress, disbursement and two verdict labels in order.
    With `whole` False, a dated column may end at the plan's label (the target row read across after the
    columns: `_table_at`), and the count of its verdict labels is given too."""
    seen: list[str] = []
    k = _texts(lines, k)
    while k < len(lines):
        text = lines[k].text.strip()
        kind = _label_kind(text)
        if kind is None or (kind == "report_date" and seen):
            break  # (a date label after the others: the first column's, repeated over it)
        if kind != "tail":
            seen.append(kind)
        k = _texts(lines, k + 1)
    want = ["description", "progress_pct", "disbursed", "verdict", "verdict"]
    if seen and seen[0] == "report_date":
        body, dated = seen[1:], True
    else:
        body, dated = seen, False
    if body != want and not (whole is False and dated and body == want[:-1]):
        return None
    return (k, dated) if whole is None else (k, dated, body.count("verdict"))


def _head_row(lines: list[Line], i: int) -> tuple[int, int, int] | None:
    """The head row at lines[i] (its cells each a head, maybe garbled; their numbers maybe on the next line,
    a wrap of the cells): how many entries it names, the first one's number and the index past it; None
    where it is no head row or its readable numbers do not run on one by one from one first number."""
    line = lines[i]
    if line.kind != "text":
        return None
    text = line.text.strip()
    cells = [c.strip() for c in text.split("\t") if c.strip()]
    heads = _HEAD_RE.findall(text)
    if len(heads) >= 2 and not _HEAD_RE.sub("", text).strip() and not regex.search(_DIGIT, text):
        cells = heads  # the heads' numbers wrapped to the next line, OCR's gaps between them any
        numbers: list[int | None] = [None] * len(cells)
    elif len(cells) >= 2 and all(len(c) <= 20 and not _DATE_CELL_RE.match(c) for c in cells) \
            and sum(1 for c in cells if _HEAD_CELL_RE.search(c)) * 2 >= len(cells) + 1:
        numbers = [_number(m.group()) if (m := _CELL_NUMBER_RE.search(c)) else None for c in cells]
    else:
        return None
    end = i + 1
    if not any(n is not None for n in numbers):
        k = i + 1
        while k < len(lines) and (lines[k].kind != "text" or not lines[k].text.strip()):
            k += 1
        if k >= len(lines):
            return None
        got = [_number(d) for d in regex.findall(rf"{_DIGIT}{{1,2}}", lines[k].text)]
        if len(got) != len(cells) or _THAI_RUN_RE.search(lines[k].text):
            return None
        numbers, end = got, k + 1
    starts = {v - p for p, v in enumerate(numbers) if v is not None}
    if len(starts) != 1 or min(starts) < 1:
        return None
    return len(cells), starts.pop(), end


def _number(text: str) -> int:
    return int(thai_digits_to_arabic(text))


def _later_head(head: Line | None, last: int) -> bool:
    """Whether a column's own head (read over its date) numbers an entry past `last`, the head row's last:
    a later block's head, its column's top (head, date, its description's first words) cut by a page break
    and read in over this column, whose own date follows those words (fresh set s92o bma_progress_s92o001:
    "ครั้งที่ 4" / "12/6/64" / "เวียนแจ้ง" over the second of three columns, whose date "29 ธันวาคม 2563"
    came next; before, the column was read as entry 2 under that head's date, silently)."""
    m = _CELL_NUMBER_RE.search(head.text.strip()) if head is not None else None
    return m is not None and _number(m.group()) > last


_CELL_NUMBER_RE = regex.compile(rf"{_DIGIT}{{1,2}}$")
_HEAD_RE = regex.compile(rf"(?:{_M('รายงาน')}\s*)?{_M('ครั้ง')}(?:\s*{_M('ที่')})?")
_DATE_HEAD_RE = regex.compile(rf"^\s*{_DIGIT}{{1,2}}\s+[\u0e01-\u0e4e][\u0e01-\u0e4e.]{{0,6}}\s*$")
_YEAR_RE = regex.compile(rf"^\s*{_DIGIT}{{4}}\s*$")


_Column = tuple  # (head, stray, date, body, verdicts, end): see _column


def _column(lines: list[Line], k: int, dated: bool, verdicts: int = 2) -> _Column | None:
    """One entry column from lines[k]: (its head line or None, a later block's (head, date) read in before
    its own date or None, its date line or None, its body lines (description, progress, amount), its two
    verdicts' lines, the index past it); None where it does not read as one."""
    k = _texts(lines, k)
    head = stray = date = None
    skipped = 0
    # a repeated label or head before the column
    while k < len(lines) and skipped < HEAD_SKIP:
        text = lines[k].text.strip()
        if dated and _LABEL_HEADS["report_date"].search(text) and not regex.search(_DIGIT, text):
            k, skipped = _texts(lines, k + 1), skipped + 1
        elif _HEAD_LINE_RE.match(text) and head is None:
            head = lines[k]
            k, skipped = _texts(lines, k + 1), skipped + 1
        elif _HEAD_OPEN_RE.match(text) and head is None and (j := _texts(lines, k + 1)) < len(lines) \
                and _HEAD_CLOSE_RE.match(lines[j].text):
            head = Line(lines[k].no, f"{text}{lines[j].text.strip()}")  # the head its wrap parted
            k, skipped = _texts(lines, j + 1), skipped + 1
        else:
            break
    if k >= len(lines):
        return None
    if dated:
        j = _texts(lines, k + 1)
        if _DATE_HEAD_RE.match(lines[k].text) and j < len(lines) and _YEAR_RE.match(lines[j].text):
            date = Line(lines[k].no, f"{lines[k].text.strip()} {lines[j].text.strip()}")  # the date wrapped
            j = _texts(lines, j + 1)
        elif _DATE_CELL_RE.match(lines[k].text):
            date = lines[k]
        elif head is not None and verdicts == 1 and _DAY_DAMAGED_RE.match(lines[k].text) and j < len(lines) \
                and _YEAR_RE.match(lines[j].text):
            # (under its own head, the month garbled: the date slot as read, the clause reader says it lost)
            date = Line(lines[k].no, f"{lines[k].text.strip()} {lines[j].text.strip()}")
            j = _texts(lines, j + 1)
        else:
            return None
        k = j
        if head is not None and k < len(lines) and _DATE_CELL_RE.match(lines[k].text):
            stray, head, date = (head, date), None, lines[k]
            k = _texts(lines, k + 1)
    got = _cells(lines, k, verdicts)
    if got is None:
        return None
    body, found, k = got
    return head, stray, date, body, found, k


def _cells(lines: list[Line], k: int, wanted: int = 2) -> tuple[list[Line], list[list[Line]], int] | None:
    """A column's cells below its date from lines[k]: its body lines (description, progress, amount), its
    two verdicts' lines (its plan's alone with `wanted` 1) and the index past them; None where they do not
    read as one column's."""
    body: list[Line] = []
    verdicts: list[list[Line]] = []
    while k < len(lines) and len(body) + sum(map(len, verdicts)) <= COLUMN_LINES:
        ln = lines[k]
        text = ln.text.strip()
        if "\t" in text or HEADER_RE.search(text) or _HEAD_LINE_RE.match(text) \
                or (not verdicts and _label_kind(text) not in (None, "tail")):
            return None
        pre = []
        if _NOT_ALONE_RE.match(text) and (j := _texts(lines, k + 1)) < len(lines) \
                and _VERDICT_RE.match(lines[j].text.strip()):
            pre, k = [ln], j  # the verdict's "ไม่" wrapped onto a line of its own above it
            ln, text = lines[k], lines[k].text.strip()
        if _VERDICT_RE.match(text):
            verdicts.append([*pre, ln])
            end = _TARGET_END_RE if len(verdicts) == 2 else _PLAN_END_RE
            k = _texts(lines, k + 1)
            # (its last word wrapped, or the wrap cut inside a word: "เป็นไปตา" / "มแผน")
            if not end.search(text) and k < len(lines) and end.search(lines[k].text.strip()) \
                    and not _VERDICT_RE.match(lines[k].text.strip()) and len(lines[k].text.strip()) <= 12:
                verdicts[-1].append(lines[k])
                k = _texts(lines, k + 1)
            if len(verdicts) == wanted:
                return body, verdicts, k
            continue
        if verdicts:
            return None  # text between the verdicts
        body.append(ln)
        k = _texts(lines, k + 1)
    return None


def _heads_in_columns(cols: list[_Column], said: list[Issue]) -> int | None:
    """The first entry's number of a table read down whose columns each hold their own head (no head row
    read across): the heads' readable numbers running on one by one from it; None where a column has no head,
    no number reads or they disagree.  A head whose number does not read is said."""
    if len(cols) < 2 or any(c[0] is None for c in cols):
        return None
    numbers = [_number(m.group()) if (m := _CELL_NUMBER_RE.search(c[0].text.strip())) else None for c in cols]
    starts = {v - p for p, v in enumerate(numbers) if v is not None}
    if len(starts) != 1 or min(starts) < 1:
        return None
    first = starts.pop()
    for p, (v, c) in enumerate(zip(numbers, cols)):
        if v is None:
            said.append(Issue(
                "warning", "entry_cell_in_doubt",
                f"report {first + p}: its column's head in the entries table read down ({c[0].text.strip()!r}) "
                f"holds no number: numbered by its place", c[0].text.strip(), c[0].no, c[0].no,
                field="progress_reports.seq"))
    return first


def _figures(body: list[Line]) -> tuple[list[Line], Line | None, Line | None, list[Line]]:
    """The description lines, the progress line, the amount line and lines dropped (a progress slot's
    specks), from a column's body (its lines between the date and the verdicts)."""
    rest = list(body)
    amount = pct = None
    dropped: list[Line] = []
    if len(rest) >= 2 and _UNIT_ALONE_RE.match(rest[-1].text) and _NUMBER_ALONE_RE.match(rest[-2].text):
        unit = rest.pop()  # the amount's unit the cell's width wrapped under it
        rest[-1] = Line(rest[-1].no, f"{rest[-1].text.strip()} {unit.text.strip()}")
    if rest and _AMOUNT_RE.match(rest[-1].text) and not rest[-1].text.strip().startswith("="):
        amount = rest.pop()
    if rest and _PERCENT_RE.match(rest[-1].text):
        pct = rest.pop()
    elif amount is not None and rest and len(rest[-1].text.strip()) <= 4 \
            and not _THAI_RUN_RE.search(rest[-1].text) and len(rest) > 1:
        dropped.append(rest.pop())  # the progress cell OCR read as specks
    return rest, pct, amount, dropped


def _emit(seq: int, head: Line | None, date: Line | None, body: list[Line], verdicts: list[list[Line]],
          issues: list[Issue]) -> list[Line]:
    desc, pct, amount, dropped = _figures(body)
    first = head or date or (body[0] if body else verdicts[0][0])
    out = [Line(first.no, f"รายงานครั้งที่ {seq}")]
    if date is not None:
        out.append(Line(date.no, f":: {date.text.strip()} :"))
    out.extend(Line(ln.no, ln.text.strip()) for ln in desc)
    if pct is not None:
        out.append(Line(pct.no, f"ความก้าวหน้าของงานฯ = {pct.text.strip()}"))
    else:
        at = dropped[0] if dropped else (amount or verdicts[0][0])
        issues.append(Issue(
            "warning", "entry_cell_in_doubt",
            f"report {seq}'s progress cell in its column of the entries table (read column by column) holds no "
            f"number" + (f" ({dropped[0].text.strip()!r}: specks)" if dropped else "") + ": its progress is lost",
            " / ".join(ln.text.strip() for ln in dropped), at.no, at.no, field="progress_reports.progress_pct"))
    if amount is not None:
        out.append(Line(amount.no, f"งบประมาณที่เบิกใช้ = {amount.text.strip()}"))
    else:
        at = verdicts[0][0]
        issues.append(Issue(
            "warning", "entry_cell_in_doubt",
            f"report {seq}'s disbursement cell in its column of the entries table (read column by column) holds "
            f"no amount: its disbursement is lost", "", at.no, at.no, field="progress_reports.disbursed"))
    for v in verdicts:
        out.append(Line(v[0].no, ": " + _verdict_words(v)))
    return out


def _verdict_words(v: list[Line]) -> str:
    """A verdict cell's lines as one: a "ไม่" and a piece the wrap cut inside a word ("เป็นไปตา" / "มแผน") glued
    to the next, a whole word after a space."""
    out = ""
    for ln in v:
        text = ln.text.strip()
        glue = not out or _NOT_ALONE_RE.match(out) or not (_PLAN_END_RE.match(text) or _TARGET_END_RE.match(text))
        out = f"{out}{text}" if glue else f"{out} {text}"
    return out


def columns_read_down(lines: list[Line]) -> tuple[list[Line], list[Issue]]:
    """`lines` with each entries table OCR read column by column (module doc) given entry by entry as
    clause lines; other lines as they are; and the issues of what was lost or placed by order."""
    out: list[Line] = []
    issues: list[Issue] = []
    pending: list[tuple[int, Line, Line]] = []  # later entries' (seq, head, date) set aside
    i = 0
    while i < len(lines):
        ln = lines[i]
        got = _table_at(lines, i, pending, issues)
        if got is None:
            out.append(ln)
            i += 1
            continue
        emitted, i = got
        out.extend(emitted)
    for seq, head, date in pending:  # a later block's heads and dates whose lower rows did not read
        out.extend([Line(head.no, f"รายงานครั้งที่ {seq}"), Line(date.no, f":: {date.text.strip()} :")])
    return out, issues


def _table_at(lines: list[Line], i: int, pending: list[tuple[int, Line, Line]],
              issues: list[Issue]) -> tuple[list[Line], int] | None:
    """The clause lines of a table read column by column whose head row or labels' column stands at
    lines[i] (a dated block, its later block's heads and dates set aside in `pending`; or the lower rows
    of the block set aside), and the index past it; None where none reads whole there."""
    row = _head_row(lines, i)
    if row is not None and (woven := _woven_at(lines, row, pending, issues)) is not None:
        return woven
    if row is None and _label_kind(lines[i].text.strip()) in (None, "tail"):
        return None
    n, first, start = row if row is not None else (None, None, i)
    got = _labels_column(lines, start, whole=False)
    if got is None:
        return None
    k, dated, verdicts = got
    cols = []
    while True:
        col = _column(lines, k, dated, verdicts)
        if col is None:
            break
        cols.append(col)
        k = col[-1]
    if not cols:
        return None
    emitted: list[Line] = []
    said: list[Issue] = []
    if dated and n is None and verdicts == 1:
        # (no head row read across, the target row read across after the columns: each column's own head)
        if (first := _heads_in_columns(cols, said)) is None:
            return None
        n = len(cols)
    elif verdicts != 2:
        return None
    if dated:
        if n is None or len(cols) != n:
            return None  # (a table with no head row read: its entries' numbers unknown)
        if row is not None and any(_later_head(c[0], first + n - 1) for c in cols):
            return None  # (a later block's head over another column: stacked._heads_across reads it)
        seq = first
        strays = []
        for head, stray, date, body, verdicts, _ in cols:
            emitted.extend(_emit(seq, head, date, body, verdicts, said))
            if stray is not None:
                strays.append(stray)
            seq += 1
        for h, d in strays:
            pending.append((seq, h, d))
            seq += 1
    else:
        if not pending or len(pending) != len(cols):
            return None
        for (seq, h, d), (head, stray, date, body, verdicts, _) in zip(pending, cols):
            emitted.extend(_emit(seq, h, d, body, verdicts, said))
            said.append(Issue(
                "warning", "entry_cell_in_doubt",
                f"report {seq}: a head and date of the entries table's later block ({h.text.strip()!r}, "
                f"{d.text.strip()!r}) OCR read in among the first block's columns, its lower rows read after "
                f"them with no head: the heads numbered after the first block's last entry and joined to the "
                f"lower columns in their order",
                f"{h.text.strip()} / {d.text.strip()}", h.no, verdicts[-1][-1].no, field="progress_reports.seq"))
        pending.clear()
    issues.extend(said)
    return emitted, k


_DATE_LABEL_RE = regex.compile(rf"^\s*{_M('วันที่')}\s*{_M('รายงาน')}")
# a date in a row read across: a day (OCR may garble its digits, or a speck stands before it), a month's name
# and a year; or the plain numeric forms
_ACROSS_DATE_RE = regex.compile(
    rf"(?<!\S)\S?({_DIGIT}{{1,2}}\s*(?:{MONTH_TOKEN})\s*{_DIGIT}{{4}})(?!\S)"
    rf"|(?<!\S)({_DIGIT}{{1,2}}/{_DIGIT}{{1,2}}/{_DIGIT}{{2,4}}|{_DIGIT}{{4}}-{_DIGIT}{{1,2}}-{_DIGIT}{{1,2}})(?!\S)")
# a date cell read down whose day OCR garbled to one or two signs: the month's name marks it; its year maybe wrapped
_LOOSE_DATE_RE = regex.compile(rf"^\s*\S{{1,2}}\s+(?:{MONTH_TOKEN})\s*(?:{_DIGIT}{{4}})?\s*$")


def _across_dates(lines: list[Line], k: int, n: int) -> tuple[list[Line], int] | None:
    """The date row read across at the next text line from lines[k] (the date label, then `n` dates): each
    date as a line of its own, and the index past the row; None where it holds other than `n` dates."""
    k = _texts(lines, k)
    if k >= len(lines) or not _DATE_LABEL_RE.match(lines[k].text):
        return None
    rest = _DATE_LABEL_RE.sub("", lines[k].text)
    dates = [m.group(1) or m.group(2) for m in _ACROSS_DATE_RE.finditer(rest)]
    left = _ACROSS_DATE_RE.sub("", rest)
    if len(dates) != n or regex.search(rf"{_DIGIT}|[\u0e01-\u0e4e]{{2,}}", left):
        return None
    return [Line(lines[k].no, d) for d in dates], _texts(lines, k + 1)


def _label_shapes(lines: list[Line], k: int) -> tuple[list[str], int]:
    """The labels' columns OCR read one under another from lines[k], each by the rows it holds: "lower" (no
    date label: the rows under a date row read apart), "whole" (the date label and the rest) or "top" (the
    date label alone: a block whose lower rows stand after, past a page break, the last); the index past."""
    shapes: list[str] = []
    while True:
        got = _labels_column(lines, k)
        if got is not None:
            k, dated = got
            shapes.append("whole" if dated else "lower")
            continue
        j = _texts(lines, k)
        if shapes and j < len(lines) and _label_kind(lines[j].text.strip()) == "report_date":
            nxt = _texts(lines, j + 1)
            if nxt < len(lines) and _label_kind(lines[nxt].text.strip()) is None:
                shapes.append("top")
                k = nxt
        return shapes, k


def _date_down(lines: list[Line], k: int) -> tuple[Line, int] | None:
    """A date cell read down at lines[k] (maybe its year wrapped to the next line, its day garbled), and
    the index past it."""
    if k >= len(lines):
        return None
    text = lines[k].text.strip()
    j = _texts(lines, k + 1)
    if (_DATE_HEAD_RE.match(text) or _LOOSE_DATE_RE.match(text)) and not regex.search(rf"{_DIGIT}{{4}}\s*$", text):
        if j < len(lines) and _YEAR_RE.match(lines[j].text):
            return Line(lines[k].no, f"{text} {lines[j].text.strip()}"), _texts(lines, j + 1)
        return None
    if _DATE_CELL_RE.match(text) or _LOOSE_DATE_RE.match(text):
        return lines[k], j
    return None


def _woven_at(lines: list[Line], row: tuple[int, int, int], pending: list[tuple[int, Line, Line]],
              issues: list[Issue]) -> tuple[list[Line], int] | None:
    """A table whose head row and date row OCR read across (`row`: its entries, the first one's number, the
    index past it) and whose lower rows it read down past a page break: a labels' column with no date label,
    maybe more blocks' labels' columns under it (`_label_shapes`), then the page's columns one by one, each
    holding, top to bottom, the first block's cells, then each later block's head, date and cells (or head
    and date alone, for a block whose lower rows come after: set aside in `pending`).  The later blocks'
    entries are numbered on from the first block's last, said where their heads read otherwise."""
    n, first, k = row
    got = _across_dates(lines, k, n)
    if got is None:
        return None
    dates, k = got
    shapes, k = _label_shapes(lines, k)
    if len(shapes) < 2 or shapes[0] != "lower" or "top" in shapes[:-1] or "lower" in shapes[1:]:
        return None  # (one block alone: transposed._column_blocks reads it, its damaged figures too)
    entries: dict[int, list[Line]] = {}
    said: list[Issue] = []
    late: list[tuple[int, Line, Line]] = []
    for j in range(n):
        for b, shape in enumerate(shapes):
            seq = first + b * n + j
            head = date = None
            if shape != "lower":
                k = _texts(lines, k)
                if k >= len(lines) or not _HEAD_LINE_RE.match(lines[k].text.strip()):
                    return None
                head = lines[k]
                got = _date_down(lines, _texts(lines, k + 1))
                if got is None:
                    return None
                date, k = got
                m = _CELL_NUMBER_RE.search(head.text.strip())
                if shape == "whole" and (m is None or _number(m.group()) != seq):  # (a top's: said when placed)
                    said.append(Issue(
                        "warning", "entry_cell_in_doubt",
                        f"report {seq}: the entries table's block {b + 1} read down column by column under the "
                        f"first block's columns; its head {head.text.strip()!r} numbered by its place (column "
                        f"{j + 1} of {n})", head.text.strip(), head.no, head.no, field="progress_reports.seq"))
            else:
                date = dates[j]
            if shape == "top":
                late.append((seq, head, date))
                continue
            cells = _cells(lines, _texts(lines, k))
            if cells is None:
                return None
            body, verdicts, k = cells
            entries[seq] = _emit(seq, None, date, body, verdicts, said)
    emitted = [ln for seq in sorted(entries) for ln in entries[seq]]
    pending.extend(sorted(late, key=lambda t: t[0]))
    issues.extend(said)
    return emitted, k
