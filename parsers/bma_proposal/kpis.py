"""The KPI table of section 10.1: indicator, target value, indicator type,
method, period.

Each row has words the form always prints: the target value opens with
"ร้อยละ" (or "จำนวน"), the type is ผลผลิต / ผลลัพธ์ / ผลสัมฤทธิ์, the method
opens with "วิธีการคำนวณ", the period is "ภายในปีงบประมาณ 2567",
"ปีงบประมาณ 2567" or "ไตรมาสที่ 4".  They are matched loosely (marks
dropped, "ร้อยและ", "ผลลัพก์", "ไตรมาลสที่").  The table comes in two shapes:

* cell by cell (one cell per line or paragraph, or OCR reading down each
  column): a row's cells follow one another, the type cell its anchor
  (`read_cells`);
* row by row (tabs, or OCR reading across the page): the line that holds a
  row's value, type and method words opens the row; on it and the lines
  after it each column's words stand side by side, the indicator first,
  a figure after it the target value, the period's words and its year or
  quarter at the end, the rest the method (`read_rows`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import regex
from rapidfuzz import fuzz

from normalizers.text import clean_value, join_wrapped, mark_tolerant, skeleton
from schemas.document import CopyReading, Issue, Line, Reading

TYPES = ("ผลผลิต", "ผลลัพธ์", "ผลสัมฤทธิ์")
_TYPE_SKELETONS = {skeleton(t): t for t in TYPES}
TYPE_RATIO = 75.0  # fuzzy ratio of a damaged type word's skeleton ("ผลลัพก์")
_TYPE_RE = regex.compile(rf"(?:^|(?<=\s))(?:{'|'.join(mark_tolerant(t, spaces=False) for t in TYPES)}"
                         r"|ผล\S{3,6})(?=\s|$)")
# "ร้อยละ" as OCR reads it ("ร้อยและ"), or "จำนวน" before a count.
_PERCENT_RE = regex.compile(rf"{mark_tolerant('ร้อย', spaces=False)}(?:{mark_tolerant('ละ', spaces=False)}|และ)")
_METHOD_RE = regex.compile(mark_tolerant("วิธีการคำนวณ", spaces=False))
# The period's words: "ภายในปีงบประมาณ", "ปีงบประมาณ", "ไตรมาสที่" (OCR: "ไตรมาลสที่", "ไตรมาส ที่").
_PERIOD_RE = regex.compile(
    rf"(?:{mark_tolerant('ภายใน', spaces=False)}\s*)?{mark_tolerant('ปีงบประมาณ', spaces=False)}"
    rf"|{mark_tolerant('ภายใน', spaces=False)}"
    r"|ไตรมา\S{0,2}\s?ที\S?"
)
_NUMBER_RE = regex.compile(r"(?:^|(?<=\s))([\d๐-๙]{1,5})(?=\s|$)")
_THAI_WORD_RE = regex.compile(r"[\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e]{3}")
_GAP_RE = regex.compile(r"\t|\s{3,}")


def type_of(word: str) -> str | None:
    """The indicator type a (possibly damaged) word is."""
    sk = skeleton(word)
    if sk in _TYPE_SKELETONS:
        return _TYPE_SKELETONS[sk]
    best = max(_TYPE_SKELETONS, key=lambda t: fuzz.ratio(sk, t))
    return _TYPE_SKELETONS[best] if fuzz.ratio(sk, best) >= TYPE_RATIO else None


def _type_in(text: str) -> regex.Match | None:
    return next((m for m in _TYPE_RE.finditer(text) if type_of(m.group(0))), None)


@dataclass(slots=True)
class Kpi:
    text: list[str] = field(default_factory=list)
    value: list[str] = field(default_factory=list)
    type: str | None = None
    method: list[str] = field(default_factory=list)
    period: list[str] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)


def is_row_line(text: str) -> bool:
    """A line that opens a row read across the page: it holds two of the
    value's words, the type and the method's words (OCR may lose one)."""
    found = [bool(_type_in(text)), bool(_PERCENT_RE.search(text)), bool(_METHOD_RE.search(text))]
    return sum(found) >= 2


# A period and its year or quarter, where a row ends when the table is printed on one line.
_PERIOD_END_RE = regex.compile(rf"(?:{_PERIOD_RE.pattern})\s*[\d๐-๙]{{1,5}}(?=\s|$)")


def explode_rows(lines: list[Line]) -> list[Line]:
    """A line that holds several rows (a table printed on one line) cut
    after each row's period."""
    out: list[Line] = []
    for ln in lines:
        kinds = [m for m in _TYPE_RE.finditer(ln.text) if type_of(m.group(0))]
        ends = [m.end() for m in _PERIOD_END_RE.finditer(ln.text)]
        if len(kinds) < 2 or not ends:
            out.append(ln)
            continue
        bounds = [0, *[e for e in ends if e < len(ln.text)], len(ln.text)]
        out += [Line(ln.no, ln.text[a:b].strip()) for a, b in zip(bounds, bounds[1:]) if ln.text[a:b].strip()]
    return out


def read_rows(lines: list[Line], is_header: Callable[[str], bool] = lambda t: False) -> tuple[list[Kpi], list[Line]]:
    """Rows read across the page (see module doc); lines before the first
    row are returned.  The header's words before a row's indicator (a table
    printed on one line) are left out by `is_header`."""
    rows: list[Kpi] = []
    lead: list[Line] = []
    for ln in explode_rows(lines):
        if is_row_line(ln.text):
            rows.append(Kpi())
            _anchor_line(rows[-1], ln.text)
            if rows[-1].text and not rows[:-1]:
                rows[-1].text[0] = _without_header(rows[-1].text[0], is_header)
        elif rows:
            _row_line(rows[-1], ln.text)
        else:
            lead.append(ln)
            continue
        rows[-1].lines.append(ln.no)
    return rows, lead


def _without_header(text: str, is_header: Callable[[str], bool]) -> str:
    """Text with the header's words that open it left out (the longest such opening)."""
    words = text.split()
    for k in range(len(words), 0, -1):
        if is_header(" ".join(words[:k])):
            return " ".join(words[k:])
    return text


def _anchor_line(row: Kpi, text: str) -> None:
    flat = _GAP_RE.sub("  ", text)
    kind = _type_in(flat)
    # the value's words before the type, the method's after it (a header's "วิธีการคำนวณ/" may stand before)
    at = kind.start() if kind else len(flat)
    percent = next(iter(reversed([m for m in _PERCENT_RE.finditer(flat) if m.start() < at])), None) \
        or _PERCENT_RE.search(flat)
    method = _METHOD_RE.search(flat, kind.end()) if kind else _METHOD_RE.search(flat)
    marks = [m for m in (percent, kind, method) if m]
    first = min(m.start() for m in marks)
    if flat[:first].strip():
        row.text.append(flat[:first].strip())
    if percent:
        row.value.append("ร้อยละ")
        after = _NUMBER_RE.match(flat[percent.end():].lstrip() + " ")
        if after:
            row.value.append(after.group(1))
    row.type = type_of(kind.group(0)) if kind else None
    rest = flat[method.start():] if method else flat[kind.end():] if kind else ""
    period = next(iter(reversed(list(_PERIOD_RE.finditer(rest)))), None)  # the last: the method may say "ภายใน"
    if period:
        row.period.append(rest[period.start():].strip())
        rest = rest[: period.start()]
    if rest.strip():
        row.method.append(rest.strip())


def _row_line(row: Kpi, text: str) -> None:
    """A line after a row's first: indicator words, a figure (the value),
    method words, the period's words or its year/quarter at the end."""
    parts = [p.strip() for p in _GAP_RE.split(text) if p.strip()]
    if len(parts) >= 2 or (not row.method and parts):
        head = parts.pop(0)
        number = _NUMBER_RE.search(head)
        if number and number.end() == len(head) and len(row.value) < 2 and number.start() > 0:
            row.value.append(number.group(1))
            head = head[: number.start()].strip()
        if head and not _NUMBER_RE.fullmatch(head):
            row.text.append(head)
        elif head and len(row.value) < 2:
            row.value.append(head)
    if parts and len(row.value) < 2 and _NUMBER_RE.fullmatch(parts[0]) and len(parts) > 1:
        row.value.append(parts.pop(0))
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        period = _PERIOD_RE.search(part)
        if period and (period.start() > 0 or last):
            if part[: period.start()].strip():
                row.method.append(part[: period.start()].strip())
            row.period.append(part[period.start():].strip())
            continue
        number = _NUMBER_RE.search(part)
        if last and number and number.end() == len(part) and row.period and not _has_number(row.period):
            if part[: number.start()].strip():
                row.method.append(part[: number.start()].strip())
            row.period.append(number.group(1))
            continue
        row.method.append(part)


def _has_number(parts: list[str]) -> bool:
    return any(_NUMBER_RE.search(p) for p in parts)


# ---------------------------------------------------------------- cell by cell

_VALUE_CELL_RE = regex.compile(r"^(?:ร้อยละ|จำนวน|ไม่น้อยกว่า|อย่างน้อย)?\s*[\d๐-๙.,]*\s*%?\s*(?:ร้อยละ)?$")
_PERIOD_CELL_RE = regex.compile(r"^(?:ปีงบประมาณ|ไตรมาส|ภายใน|ตลอดปี|รายเดือน|เดือน|สิ้นปี)")


def _value_cell(text: str) -> bool:
    if _VALUE_CELL_RE.match(text) or _PERCENT_RE.fullmatch(text.strip()):
        return True
    return len(text.strip()) <= 4 and not _THAI_WORD_RE.search(text)  # a figure OCR damaged ("ad")


def read_cells(cells: list[Line]) -> tuple[list[Kpi], list[Line]]:
    """Rows read cell by cell: the type cell anchors a row; the one or two
    value-like cells just before it are the target value, the cells before
    those the indicator; after it come the method cells up to the period
    cell.  Cells after the last row's period are returned."""
    rows: list[Kpi] = []
    buffer: list[Line] = []
    current: Kpi | None = None
    done = True  # the current row has its period
    for c in cells:
        kind = type_of(c.text) if len(c.text) <= 14 else None
        if kind and buffer and (lost := _row_whose_type_was_lost(buffer)) is not None:
            row, buffer = lost
            rows.append(row)
        if kind and buffer:
            value: list[Line] = []
            while buffer and len(value) < 2 and _value_cell(buffer[-1].text):
                value.insert(0, buffer.pop())
            current = Kpi([b.text for b in buffer if _THAI_WORD_RE.search(b.text)], [v.text for v in value], kind,
                          lines=[b.no for b in buffer + value] + [c.no])
            rows.append(current)
            buffer, done = [], False
        elif current is not None and not done:
            if _PERIOD_CELL_RE.match(c.text) or _PERIOD_RE.match(c.text):
                current.period.append(c.text)
                done = True
            else:
                current.method.append(c.text)
            current.lines.append(c.no)
        else:
            buffer.append(c)
    return rows, buffer


def _row_whose_type_was_lost(buffer: list[Line]) -> tuple[Kpi, list[Line]] | None:
    """A whole row standing before the next row's cells, its type cell lost
    to OCR: the buffer holds an indicator, a value, method cells and a
    period cell, then more text (the next row's indicator).  That row, with
    no type, and the cells after its period; None when the buffer holds no
    such row (then it is one row's indicator and value, as before)."""
    ends = [i for i, b in enumerate(buffer) if _PERIOD_CELL_RE.match(b.text) or _PERIOD_RE.match(b.text)]
    if not ends or ends[-1] == len(buffer) - 1:
        return None
    end = ends[-1]
    start = next((i for i, b in enumerate(buffer[:end]) if _THAI_WORD_RE.search(b.text)), None)  # its indicator
    if start is None or not any(_THAI_WORD_RE.search(b.text) for b in buffer[end + 1:]):
        return None
    # its value: the first cell after the indicator that reads as one ("ร้อยละ", a figure), and the figure after it
    first_value = next((i for i in range(start + 1, end) if _VALUE_CELL_RE.match(buffer[i].text)
                        or _PERCENT_RE.match(buffer[i].text.strip())), None)
    if first_value is None:
        return None
    value = [buffer[first_value]] + ([buffer[first_value + 1]] if first_value + 1 < end
                                     and _value_cell(buffer[first_value + 1].text) else [])
    after = first_value + len(value)
    row = Kpi([b.text for b in buffer[start:first_value] if _THAI_WORD_RE.search(b.text)], [v.text for v in value],
              None, [b.text for b in buffer[after:end] if _THAI_WORD_RE.search(b.text)], [buffer[end].text],
              [b.no for b in buffer[start:end + 1]])
    return row, buffer[end + 1:]


_INLINE_BULLET_RE = regex.compile(r"\s[-–]\s")  # "x 100 - เครื่องมือ...": a bullet inside a cell printed on one line


def _canonical_period(words: str) -> str:
    """A period's words as the form prints them, whatever OCR did to their marks."""
    if words.startswith("ไตรมา"):
        return "ไตรมาสที่"
    inside = regex.match(mark_tolerant("ภายใน", spaces=False), words)
    if inside and inside.end() >= len(words.rstrip()):
        return "ภายใน"
    return ("ภายใน" if inside else "") + "ปีงบประมาณ"


_LATIN_RE = regex.compile(r"[A-Za-z]")


_DIGIT_RE = regex.compile(r"[\d๐-๙]")


# The table's header cells (skeletons): two of them inside a row's text put the header among its cells.
_HEADER_SKELETONS = tuple(skeleton(w) for w in ("ตัวชี้วัด", "ค่าเป้าหมาย", "ประเภท", "วิธีการคำนวณ", "เครื่องมือในการใช้วัด",
                                                  "ระยะเวลา"))


def holds_header(text: str) -> bool:
    """Whether a KPI's text holds two or more of the table's header cells
    (OCR read the table down its columns, the header's cells among a row's:
    which words are the row's is not known)."""
    sk = skeleton(text)
    return sum(h in sk for h in _HEADER_SKELETONS) >= 2


def put_kpis(rows: list[Kpi], out: CopyReading) -> None:
    for seq, row in enumerate((r for r in rows if r.text), start=1):
        text = clean_value(join_wrapped(row.text))
        span = (min(row.lines), max(row.lines))
        if holds_header(text):
            out.issues.append(Issue("warning", "unread_cells", f"KPI {seq}: its text holds the table's header cells "
                                    f"({text[:60]}...): OCR read the table with its header among the row's cells, so "
                                    "which cells are the row's is in doubt, and a row may be lost among them", text,
                                    *span, field="targets"))
        out.put("kpis", seq, "text", Reading(text, text, *span))
        for name, parts in (("value", row.value), ("method", row.method), ("period", row.period)):
            if parts:
                value = clean_value(_INLINE_BULLET_RE.sub(" ", join_wrapped([p.lstrip("-– ") for p in parts])))
                if name == "value":
                    value = _PERCENT_RE.sub("ร้อยละ", value)
                    if _LATIN_RE.search(value):  # what OCR made of its digits ("ร้อยละ ad", "85 ew o"): kept, and said
                        out.issues.append(Issue("warning", "unparsed_value", f"KPI {seq}: its target value {value!r} "
                                                "holds letters OCR read for digits or specks", value,
                                                min(row.lines), max(row.lines), field="targets.target_value"))
                    elif "ร้อยละ" in value and not _DIGIT_RE.search(value):  # "ร้อยละ" and no figure: OCR lost it
                        out.issues.append(Issue("warning", "missing_value", f"KPI {seq}: its target value {value!r} "
                                                "names a percentage but holds no figure", value,
                                                min(row.lines), max(row.lines), field="targets.target_value"))
                elif name == "period":
                    value = _PERIOD_RE.sub(lambda m: _canonical_period(m.group(0)), value)
                out.put("kpis", seq, name, Reading(value, value, *span))
        if row.type:
            out.put("kpis", seq, "type", Reading(row.type, row.type, *span))
        lost = [column for column, parts in (("target_value", row.value), ("indicator_type", row.type),
                                             ("method", row.method), ("period", row.period)) if not parts]
        for column in lost:
            out.issues.append(Issue("warning", "missing_value", f"KPI {seq} ({text[:40]}): no {column.replace('_', ' ')} "
                                    "read", text, *span, field=f"targets.{column}"))
