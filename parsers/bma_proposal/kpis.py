"""The KPI table of section 10.1: indicator, target value, indicator type,
method, period.

Each row has words the form always prints: the target value opens with
"ร้อยละ" (or "จำนวน"), the type is ผลผลิต / ผลลัพธ์ / ผลสัมฤทธิ์, the method
opens with "วิธีการคำนวณ", the period is "ภายในปีงบประมาณ 2567",
"ปีงบประมาณ 2567" or "ไตรมาสที่ 4".  They are matched loosely (marks
dropped, "ร้อยและ", "ผลลัพก์", "ไตรมาลสที่").  The table comes in two shapes:

* cell by cell (one cell per line or paragraph, or OCR reading down each
  column): a row's cells follow one another, the type cell its anchor
  (`read_cells`; a row whose type cell OCR lost is the cells from an
  indicator through a value and the method's words to a period, before
  the next row's or, for the last row, at the table's end);
* row by row (tabs, or OCR reading across the page): the line that holds a
  row's value, type and method words opens the row; on it and the lines
  after it each column's words stand side by side, the indicator first,
  a figure after it the target value, the period's words and its year or
  quarter at the end, the rest the method (`read_rows`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import regex
from rapidfuzz import fuzz

from normalizers.confusions import ARABIC_DOUBT_READS, digit_readings
from normalizers.numbers import ANY_DIGIT_RE, thai_digits_to_arabic
from normalizers.text import THAI_MARKS, clean_value, join_wrapped, mark_tolerant, ocr_tolerant, skeleton
from parsers.bma_proposal.steps import chart_cell
from parsers.items import THAI_LETTER_RE, THAI_RUN_RE
from parsers.lazy import lazy_compile
from schemas.document import CopyReading, Issue, Line, Reading

TYPES = ("ผลผลิต", "ผลลัพธ์", "ผลสัมฤทธิ์")
_TYPE_SKELETONS = {skeleton(t): t for t in TYPES}
TYPE_RATIO = 75.0  # fuzzy ratio of a damaged type word's skeleton ("ผลลัพก์")
TYPE_CELL_MAX = 14  # characters of a line that is a type cell alone (read_cells, fill_from_below)
# (the type may run into the method cell's first word, OCR losing the gap: "ผลผลิตวิธีการคำนวณ"; the table's rule
# before its cell OCR may read as a sara ae or a letter joined to it: "ร้อยละ แผลลัพธ์ วิธีการคำนวณ", "ร้อยละ
# คผลลัพธ์"; type_of weighs the word as read)
_TYPE_RE = regex.compile(rf"(?:^|(?<=\s))[แก-ฮ]?(?:{'|'.join(mark_tolerant(t, spaces=False) for t in TYPES)}"
                         rf"|ผล\S{{3,6}})(?=\s|$|{mark_tolerant('วิธีการ', spaces=False)})")
# "ร้อยละ" as OCR reads it ("ร้อยและ"; its ร doubled or read with its look-alike ว beside it or for it:
# "รร้อยละ", "รว้อยละ", "ว้อยละ"), or "จำนวน" before a count.
_PERCENT_RE = regex.compile(rf"(?:[รว][{THAI_MARKS}]*)?[รว][{THAI_MARKS}]*{mark_tolerant('อย', spaces=False)}"
                            rf"(?:{mark_tolerant('ละ', spaces=False)}|และ)")
_METHOD_RE = regex.compile(mark_tolerant("วิธีการคำนวณ", spaces=False))
# the tool's words the method's cell prints after its formula ("เครื่องมือที่ใช้ในการวัด"; OCR: "เครืองมือ", "เครื่อง มือ")
_TOOL_RE = regex.compile(mark_tolerant("เครื่องมือ"))
# the method's word ("คำนวณ": its opening "วิธีการ" lost or not), which every method cell prints before its formula
_CALC_RE = regex.compile(mark_tolerant("คำนวณ", spaces=False))
# The method cell's words, its opening "วิธี" lost or not ("การคำนวณ"), or its tool's.
_METHOD_TAIL_RE = regex.compile(f"{_CALC_RE.pattern}|{_TOOL_RE.pattern}")
# "ปีงบประมาณ" whose "ปี" OCR damaged: its ป read as ข, or its sara ii read as a letter beside it ("ขีงบประมาณ",
# "ปบงบประมาณ", "ปขีงบประมาณ", "ปขึงบประมาณ": the period cells of four fresh sets' KPI tables, the period lost with
# its word); the word opens the cell, so no Thai letter stands before it but "ภายใน"'s ("ภายในขีงบประมาณ")
_DAMAGED_YEAR_WORD = (rf"(?:(?<![\u0e01-\u0e4e])|(?<={mark_tolerant('ภายใน', spaces=False)}))[ปข][{THAI_MARKS}]*"
                      rf"(?:[ขบ][{THAI_MARKS}]*)?{mark_tolerant('งบประมาณ', spaces=False)}")
# The period's words: "ภายในปีงบประมาณ", "ปีงบประมาณ", "ไตรมาสที่" (OCR: "ไตรมาลสที่", "ไตรมาส ที่", "ไตรมาสทิ").
_PERIOD_RE = regex.compile(
    rf"(?:{mark_tolerant('ภายใน', spaces=False)}\s*)?(?:{mark_tolerant('ปีงบประมาณ', spaces=False)}|{_DAMAGED_YEAR_WORD})"
    rf"|{mark_tolerant('ภายใน', spaces=False)}"
    r"|ไตรมา\S{0,2}\s?ท[ีิ]\S?"  # its ี read ิ too ("ไตรมาสทิ ๕")
    r"|ไตรมาส(?=\s|$)"  # its "ที่ N" wrapped onto the next line
)
_NUMBER_RE = regex.compile(r"(?:^|(?<=\s))([\d๐-๙]{1,5})(?=\s|$)")
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
    # the letters a type cell wrapped onto the row's next line ("ผลผลิ" / "ต": "ต"), to be left out there
    type_rest: str = ""
    # its indicator's wrapped words read down their column under its first line read across (_row_line_cells): the
    # value's figure, a cell alone, comes next
    down: bool = False
    # the text holds another row's value cell ("ร้อยละ" / "100" among the indicator's cells): the table's
    # columns were read apart, so which cells are this row's is in doubt
    mixed: bool = False
    # cells after the value's figure left out of it as OCR specks ("ร้อยละ" / "85" / "ew o": "ew o")
    specks: list[str] = field(default_factory=list)
    # the table's last row read with its type cell lost: its cells told apart by their words alone
    untyped_last: bool = False
    # the value's figure read among the row above's method cells, after its tool's words (_figures_read_up)
    figure_above: str = ""
    # figures alone among the cells before the row's value, left out of its indicator's words (read_cells)
    figures_apart: list[str] = field(default_factory=list)
    # the value's figure found on a line FIGURE_LINES_MAX lines or more under the row's first (_row_line)
    figure_late: str = ""


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
    prev: Line | None = None
    for ln in explode_rows(lines):
        if is_row_line(ln.text):
            rows.append(Kpi())
            _anchor_line(rows[-1], ln.text)
            if rows[-1].text and not rows[:-1]:
                rows[-1].text[0] = _without_header(rows[-1].text[0], is_header)
            if len(rows) > 1 and prev is not None:
                _indicator_start_above(rows[-2], rows[-1], prev, ln)
                _run_on_above(rows[-2], rows[-1], prev, ln)
                _value_wrapped_above(rows[-2], rows[-1], prev, ln)
        elif rows:
            _row_line(rows[-1], ln.text)
        else:
            lead.append(ln)
            continue
        rows[-1].lines.append(ln.no)
        prev = ln
    return rows, lead


def _indicator_start_above(before: Kpi, row: Kpi, above: Line, line: Line) -> None:
    """A row's indicator whose first words OCR read on the line right above
    its row's line (the indicator's cell taller than the row's others, as
    lead_into_first_row reads for a first row: "โรงเรียนมีการรายงานผล...
    ตามเกณฑ์" / "ที่กำหนด   ร้อยละ 95  ผลผลิต   วิธีการคำนวณ ..."), which the row
    before took as the last line of its method: that line is one cell of an
    indicator's words (_indicator_start), stands right above (no blank line
    between), the row's line opens with indicator words of its own, and it
    is wider than every other line of that method (a method's cell wraps
    narrow; the indicator's line runs across the columns beside it)."""
    text = above.text.strip()
    if not row.text or above.no != line.no - 1 or not before.lines or before.lines[-1] != above.no \
            or len(before.method) < 2 or before.method[-1] != text or not _indicator_start(text):
        return
    if len(text) <= max(len(m) for m in before.method[:-1]):
        return
    before.method.pop()
    before.lines.pop()
    row.text.insert(0, text)
    row.lines.insert(0, above.no)


# A row's indicator and value cells run on one line ("โรงเรียนดำเนินกิจกรรมได้ครบตามแผนที่กำหนด ร้อยละ 100").
_TEXT_AND_VALUE_RE = regex.compile(rf"^(?P<text>.+?)\s+(?P<value>{_PERCENT_RE.pattern})\s*(?P<figure>[\d๐-๙]{{1,5}})?$")


def _method_took(before: Kpi, above: Line, line: Line) -> bool:
    """Whether the row before, its period read already, took `above` (the line right above a row's `line`, no blank
    line between) as the last line of its method (_run_on_above, _value_wrapped_above)."""
    return above.no == line.no - 1 and bool(before.lines) and before.lines[-1] == above.no and bool(before.period) \
        and len(before.method) >= 2 and before.method[-1] == above.text.strip()


def _run_on_above(before: Kpi, row: Kpi, above: Line, line: Line) -> None:
    """A row printed as running lines, its column gaps lost (a page break
    before it: "โรงเรียนดำเนินกิจกรรมได้ครบตามแผนที่กำหนด ร้อยละ 100" / "ผลผลิต
    วิธีการคำนวณ ..." / ... / "... ไตรมาสที่ 4"): its line of type and method
    words holds no indicator and no value, and the line right above it (no
    blank line between) is an indicator's words and a value cell alone,
    which the row before, its period read already, took as the last line of
    its method: that line is this row's indicator and value."""
    found = _TEXT_AND_VALUE_RE.match(above.text.strip())
    if found is None or row.text or row.value or not _method_took(before, above, line) \
            or not _indicator_start(found.group("text")):
        return
    before.method.pop()
    before.lines.pop()
    row.text.insert(0, found.group("text"))
    row.value[:0] = ["ร้อยละ"] + ([found.group("figure")] if found.group("figure") else [])
    row.lines.insert(0, above.no)


def _value_wrapped(row: Kpi, above: str, no: int) -> bool:
    """A row printed as running lines whose value's figure the page wrapped onto the row's line ("ผู้เข้ารับการ
    อบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม ร้อยละ" / "80 ผลลัพธ์ วิธีการคำนวณ ..."): the row's "indicator" is that
    figure alone, no value read, and the line right above is an indicator's words and the value's word, no figure.
    The row takes the line's words as its indicator and the word and figure as its value, and the line (`no`);
    False, the row unchanged, otherwise."""
    found = _TEXT_AND_VALUE_RE.match(above.strip())
    if found is None or found.group("figure") or row.value or len(row.text) != 1 \
            or not _NUMBER_RE.fullmatch(row.text[0].strip()) or not _indicator_start(found.group("text")):
        return False
    figure = row.text[0].strip()
    row.text[:] = [found.group("text")]
    row.value[:] = [found.group("value"), figure]
    row.lines.insert(0, no)
    return True


def _value_wrapped_above(before: Kpi, row: Kpi, above: Line, line: Line) -> None:
    """_value_wrapped for a row after the first: the line right above it (no blank line between), an indicator's
    words and the value's word, which the row before, its period read already, took as the last line of its
    method, is this row's indicator and value."""
    if _method_took(before, above, line) and _value_wrapped(row, above.text, above.no):
        before.method.pop()
        before.lines.pop()


def lead_into_first_row(row: Kpi, lead: list[Line]) -> list[Line]:
    """The first row's indicator and value from the cells before it, where
    its first line holds neither (OCR read the indicator's and value's
    columns down the page before the row's line of type, method and
    period: "โรงเรียนมีการ" / ... / "ร้อยละ" / "we" / "ผลผลิต วิธีการคำนวณ ไตรมาส"):
    the one or two value cells at the lead's end are its value, the cells
    before them its indicator.  A first line that opens with the value
    ("ร้อยละ ผลผลิต วิธีการคำนวณ ปีงบประมา": OCR read the indicator's column
    above the header) takes the lead's cells as its indicator, where each is
    as narrow as a cell of that column ("โรงเรียน" / "ดำเนิน" / "กิจกรรมได้"):
    without one the row was no row, and the rows after it took its number.
    A first line that opens with the indicator's words takes the lead's
    last line as their start where that line stands right above it (no
    blank line between) and is one cell of words and nothing else, no
    value, type, method or period ("โรงเรียนมีการรายงานผลการดำเนินงานครบถ้วน
    และส่งผลงานนักเรียน" / "ตามเกณฑ์ที่กำหนด   ร้อยละ 95 ผลผลิต   วิธีการคำนวณ":
    the indicator's cell, taller than the row's others, read from above
    them); so does a first line that opens with the value where that line
    is wider than a cell of the value's, type's or period's columns (the
    row printed across the page, OCR having broken its indicator onto a
    line of its own above "ร้อยละ ๙๕ ผลผลิตวิธีการคำนวณ ...").  Returns the cells not taken (all of them where the row has its
    indicator and no such line stands above it, or the lead holds no value
    cell)."""
    if lead and row.lines and lead[-1].no == row.lines[0] - 1 and _value_wrapped(row, lead[-1].text, lead[-1].no):
        return lead[:-1]
    if lead and row.lines and not row.text and not row.value and 0 < row.lines[0] - lead[-1].no <= ROW_ABOVE \
            and (found := _TEXT_AND_VALUE_RE.match(lead[-1].text.strip())) is not None and found.group("figure") \
            and _indicator_start(found.group("text")):
        # the row's line opens with its type, its indicator and value run on one line above it, a line of the table's
        # rules OCR read as specks between ("นักเรียน...ดีขึ้นไป ร้อยละ 85" / "wo 6 aa ๐" / "ผลลัพธ์ วิธีการคำนวณ ...":
        # fresh set s151o, bma_proposal_s151o001, the row lost): the line is its indicator and value
        row.text[:0] = [found.group("text")]
        row.value[:0] = [found.group("value"), found.group("figure")]
        row.lines.insert(0, lead[-1].no)
        return lead[:-1]
    if (row.text or (row.value and lead and len(lead[-1].text.strip()) > CELL_MAX)) and lead and row.lines \
            and lead[-1].no == row.lines[0] - 1 and _indicator_start(lead[-1].text):
        row.text.insert(0, lead[-1].text.strip())
        row.lines.insert(0, lead[-1].no)
        return lead[:-1]
    if row.text or not lead:
        return lead
    if row.value:
        words = [c for c in lead if THAI_RUN_RE.search(c.text)]
        if not words or any(len(c.text.strip()) > CELL_MAX or _value_cell(c.text) for c in words):
            return lead
        row.text[:0] = [c.text for c in words]
        row.lines[:0] = [c.no for c in words]
        return [c for c in lead if c not in words]
    value: list[Line] = []
    rest = list(lead)
    while rest and len(value) < 2 and _value_cell(rest[-1].text):
        value.insert(0, rest.pop())
    if not value or not rest or not _PERCENT_RE.match(value[0].text.strip()):
        return lead
    row.text[:0] = [c.text for c in rest]
    row.value[:0] = [v.text for v in value]
    row.lines[:0] = [c.no for c in rest + value]
    return []


def head_apart(row: Kpi, lead: list[Line]) -> Line | None:
    """The lead's last line where it stands over the first row's first line
    with a blank line between and may be an indicator's first words
    (_indicator_start: "โรงเรียนมีการรายงานผลการดำเนินงานครบถ้วนและส่งผลงาน" /
    "" / "นักเรียนตามเกณฑ์ที่กำหนด   ร้อยละ 95 ผลผลิต"): the indicator's cell, taller
    than the row's others, OCR read apart, or a line of the page's (a running
    title) over a row whole; not taken (lead_into_first_row takes it only
    right above the row), for the caller to say; else None."""
    if not lead or not row.lines or not row.text:
        return None
    last = lead[-1]
    return last if 0 < row.lines[0] - last.no <= 2 and _indicator_start(last.text) else None


def _indicator_start(text: str) -> bool:
    """A line that may be an indicator's first words above its row's line:
    words in one cell (no gap), none of them a value, type, method or
    period word, and no figure."""
    return bool(THAI_RUN_RE.search(text)) and not _GAP_RE.search(text.strip()) and not _NUMBER_RE.search(text) \
        and not (_PERCENT_RE.search(text) or _type_in(text) or _METHOD_RE.search(text) or _PERIOD_RE.search(text))


def _without_header(text: str, is_header: Callable[[str], bool]) -> str:
    """Text with the header's words that open it left out (the longest such opening; one of words: a figure
    alone is no header's, "80" the value's figure the page wrapped onto the row's line)."""
    words = text.split()
    for k in range(len(words), 0, -1):
        if is_header(opening := " ".join(words[:k])) and THAI_RUN_RE.search(opening):
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
    if row.type:
        printed, whole = skeleton(kind.group(0)), skeleton(row.type)
        row.type_rest = _type_rest(printed, whole)
    rest = flat[method.start():] if method else flat[kind.end():] if kind else ""
    period = next(iter(reversed(list(_PERIOD_RE.finditer(rest)))), None)  # the last: the method may say "ภายใน"
    if period:
        row.period.append(rest[period.start():].strip())
        rest = rest[: period.start()]
    elif (cut := _CUT_WORD_END_RE.search(rest)) and _CUT_YEAR_WORD_RE.fullmatch(skeleton(cut.group(1))):
        # the period's word its narrow column wrapped ("ปีงบประมา" at the line's end, "ณ 2567" on the next): the
        # period's first piece, which the lines after it go on with (_wraps_period), not the method's words
        row.period.append(cut.group(1))
        rest = rest[: cut.start()]
    if rest.strip():
        row.method.append(rest.strip())


# The method's tool label with no value after it, at the method's end (its value wrapped onto the next line).
_TOOL_OPEN_RE = lazy_compile(rf"{mark_tolerant('เครื่องมือที่ใช้ในการวัด')}\s*[:：]?$")


# A cell of one or two marks OCR made of a speck: no letter, no digit, none of the formula's signs ("%", "x", "/").
_SPECK_PART_RE = regex.compile(r"[;:,.'`\"|!~^_]{1,2}")


# Lines of a row (its first among them) its value's figure stands within: the value's narrow column wraps the word
# and its figure onto two lines at most ("ร้อยละ" / "๘๐"), three where the word itself wraps ("ร้อย" / "ละ" / "๘๐").
FIGURE_LINES_MAX = 3


def _row_line(row: Kpi, text: str) -> None:
    """A line after a row's first: indicator words, a figure (the value),
    method words, the period's words or its year/quarter at the end.  A
    figure taken for the value further under the row's first line than its
    cell wraps (FIGURE_LINES_MAX) is marked (figure_late): the row's own
    figure OCR garbled into letters or lost, a figure of another cell or a
    speck read for it ("ร้อยละ" / "ae" / ... / "7   รายงาน" for ร้อยละ ๙๕)."""
    held = len(row.value)
    _row_line_cells(row, text)
    if len(row.value) > held and len(row.lines) >= FIGURE_LINES_MAX and not row.down \
            and ANY_DIGIT_RE.search(" ".join(row.value[held:])):  # (after the indicator's words read down: in place)
        row.figure_late = " ".join(row.value[held:])


def _indicator_wrap_before_figure(row: Kpi, part: str) -> bool:
    """Whether a line of one cell of words (`part`) under a row's first line
    is its indicator's wrapped words read down the column: the row holds its
    value's word and no figure yet, and its method no words but its label
    ("วิธีการคำนวณ", read on the first line across), and the cell is short
    and no formula (WRAPPED_CELL_MAX, no "/"): the cells read in the
    columns' order, the indicator's before the value's figure, the method's
    after it."""
    return bool(row.text and row.value and not any(ANY_DIGIT_RE.search(v) for v in row.value)
                and len(row.method) == 1 and _METHOD_RE.fullmatch(row.method[0].strip())
                and THAI_RUN_RE.search(part) and not ANY_DIGIT_RE.search(part) and len(part) <= WRAPPED_CELL_MAX
                and "/" not in part and not _METHOD_TAIL_RE.search(part) and not _PERIOD_RE.search(part))


# characters of an indicator's cell line read down its column, at most (a narrow column wraps after a word or two:
# "ดำเนิน", "ได้ครบ"); a longer line of words with no figure is the method's formula ("จำนวนโรงเรียนที่มีผลงาน...")
WRAPPED_CELL_MAX = 20


def _row_line_cells(row: Kpi, text: str) -> None:
    """The cells of a row's line after its first (_row_line)."""
    # (a speck OCR read as a cell of its own between two columns, "มีความรู้   ;   80   ที่มีคะแนนหลัง", is no cell:
    # left in, it stood between the indicator's words and the value's figure, which then went to the method)
    parts = [p.strip() for p in _GAP_RE.split(text) if p.strip() and not _SPECK_PART_RE.fullmatch(p.strip())]
    if row.type_rest and (kept := _without_type_rest(parts, row.type_rest)) is not None:
        parts, row.type_rest = kept, ""  # the type cell's wrapped end: no indicator, value or method words
    if len(parts) == 1 and _indicator_wrap_before_figure(row, parts[0]):
        # a row read across on its first line, its value's figure not there, then down its columns: the
        # indicator's wrapped words, one cell a line, stand before the figure ("โรงเรียน  ร้อยละ  ผลผลิต  วิธีการ
        # คำนวณ ..." / "ดำเนิน" / "กิจกรรม" / ... / "100" / "จำนวนโรงเรียนที่ ..."): the indicator's (before, the
        # method's, the indicator cut to its first word with nothing said: fresh set s143o, bma_proposal_s143o004)
        row.text.append(parts[0])
        row.down = True
        return
    if len(parts) == 2 and _PERIOD_RE.match(parts[1]) and row.method and _TOOL_OPEN_RE.search(" ".join(row.method)):
        # the method ends on the tool's label, its value wrapped under it ("... x 100 เครื่องมือที่ใช้ในการวัด" /
        # "แบบทดสอบก่อนและหลังการอบรม   ปีงบประมาณ 2567"): the cell before the period is that value, no
        # indicator's words
        row.method.append(parts.pop(0))
    elif (len(parts) >= 2 or (not row.method and parts)) and not (not row.method and _METHOD_RE.match(parts[0])):
        # (a line opening with the method's words, the row holding none yet, opens its method: the indicator's
        # column is empty on it, "วิธีการคำนวณ จำนวนโรงเรียน..." under "...ที่กำหนด   ร้อยละ ๑๐๐ ผลผลิต")
        head = parts.pop(0)
        number = _NUMBER_RE.search(head) or (_LETTERS_FIGURE_RE.search(head) or _GLUED_PERCENT_RE.search(head)
                                             if row.value == ["ร้อยละ"] else None)
        if number and number.end() == len(head) and len(row.value) < 2 and number.start() > 0:
            row.value.append(number.group(1))
            head = head[: number.start()].strip()
        if head and not _NUMBER_RE.fullmatch(head):
            row.text.append(head)
        elif head and len(row.value) < 2:
            row.value.append(head)
    if parts and len(row.value) < 2 and _NUMBER_RE.fullmatch(parts[0]) and (len(parts) > 1 or _figure_wrapped(row)
                                                                           or row.down and len(row.value) == 1):
        row.value.append(parts.pop(0))
    elif parts and row.value == ["ร้อยละ"] and (glued := _GLUED_PERCENT_RE.fullmatch(parts[0])):
        parts.pop(0)
        row.value.append(glued.group(1))
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if last and (cut := _period_piece(row.period, part)) is not None:
            # "ภายใน" / "ปีงบประมา" / "ณ 2566": the period's column wrapped, its piece at the line's end
            if part[:cut].strip():
                row.method.append(part[:cut].strip())
            row.period[:] = [_join_period([*row.period, part[cut:].strip()])]
            continue
        period = _PERIOD_RE.search(part)
        if period and (period.start() > 0 or last):
            if part[: period.start()].strip():
                row.method.append(part[: period.start()].strip())
            row.period.append(part[period.start():].strip())
            continue
        number = _QUARTER_REST_RE.search(part) if _BARE_QUARTER_RE.fullmatch(" ".join(row.period)) \
            else _NUMBER_RE.search(part)
        if last and number and number.end() == len(part) and row.period and not _has_number(row.period) \
                and not _TIMES_RE.search(part[: number.start()]):
            if part[: number.start()].strip():
                row.method.append(part[: number.start()].strip())
            row.period.append(number.group(0).strip())
            continue
        row.method.append(part)


# The method's formula's times sign before a line's last figure ("... ตอบแบบสอบถาม x ๑๐๐", OCR's "% ๑๐๐"): the
# figure is the formula's hundred, not the year or quarter of a period whose column wrapped above it.
_TIMES_RE = regex.compile(r"(?:^|\s)[xX×*%]\s*$")


def _figure_wrapped(row: Kpi) -> bool:
    """Whether a lone figure after the indicator's words, the line's last
    cell, is the value's figure its narrow column wrapped under "ร้อยละ"
    ("ผู้เข้ารับการอบรม   ร้อยละ   ผลลัพธ์" / "มีความรู้   ๕๐"): the value names a
    percentage with no figure yet, and no period waits for its year or
    quarter (a lone figure at a line's end is that otherwise).  Before, it
    was read as the method, and the indicator's lines after it too."""
    return row.value == ["ร้อยละ"] and (not row.period or _has_number(row.period))


def _wraps_period(period: list[str], part: str) -> bool:
    """Whether a line's last cell is the next piece of a period cell its
    narrow column wrapped mid-word (a row read across: "ภายใน" on the row's
    line, "ปีงบประมา" at the next line's end, "ณ 2566" at the one after): the
    period so far names no year, and the piece goes on with the words it
    opened (the rest of "ภายในปีงบประมาณ" after "ภายใน"), or is a word's last
    letters and the year after a "ปีงบประมา" cut short.  (Elsewhere such a
    piece read as the method's words, and the period lost its words.)"""
    if not period or not _period_goes_on(period, part):
        return False
    sk, piece = skeleton("".join(period)), part.strip()
    if piece.startswith("ปีงบ"):
        return sk == _INSIDE
    return bool(_YEAR_PIECE_RE.match(piece)) and bool(_CUT_YEAR_WORD_RE.search(sk))


def _period_piece(period: list[str], part: str) -> int | None:
    """Where in a line's last cell the next piece of a wrapped period cell
    opens (`_wraps_period`): the whole cell, or its last word or two when
    only a space stood between the method's words and it ("จำนวนโรงเรียน
    ปีงบประมา", "ที่มีผลงาน ณ 2569"); None if it holds none."""
    spaces = [m.end() for m in regex.finditer(r"\s+", part.strip())][-2:]
    return next((at for at in [0, *spaces] if _wraps_period(period, part.strip()[at:])), None)


_INSIDE = skeleton("ภายใน")
_CUT_WORD_END_RE = regex.compile(r"(?<=\s)(\S+)\s*$")  # a line's last word, after a space
# A period whose "ปีงบประมาณ" a wrap cut short ("ปีงบประมา", "ปีงบประม"): its skeleton ends in the word's opening.
_CUT_YEAR_WORD_RE = regex.compile(rf"{skeleton('ปีงบประม')}า?$")


# The value's figure OCR read as Latin letters after the indicator's words ("รายงานผลการ we" for ๙๕), where
# the row's value holds "ร้อยละ" and no figure.
_LETTERS_FIGURE_RE = regex.compile(r"(?<=\s)([A-Za-z]{1,3})$")
# ... or the figure with a percent sign glued before it ("มีความรู้ %80": a speck OCR read as one, or the value's
# word printed as its sign), where the value names a percentage with no figure yet
_GLUED_PERCENT_RE = regex.compile(r"(?:(?<=\s)|^)%([\d๐-๙]{1,5})$")


TYPE_REST_MAX = 2  # letters of a type's name its cell may wrap onto the next line


def _type_rest(printed: str, whole: str) -> str:
    """The letters of the type's name (`whole`, a skeleton) its cell wrapped
    onto the next line, where the line holds the rest (`printed`): those
    after `printed` where it opens the name ("ผลผลิ" / "ต"); else those after
    the longest opening of the name that `printed` holds in order, at most
    TYPE_REST_MAX of them ("ผลตผลิ": OCR read a speck of the wrapped letter
    into the cell, which held the name less its last letter all the same;
    before, its rest "ต" opened the method's cell, and the indicator's
    wrapped lines went to the method)."""
    if whole.startswith(printed):
        return whole[len(printed):]
    k = 0
    for ch in printed:
        if k < len(whole) and ch == whole[k]:
            k += 1
    return whole[k:] if 0 < len(whole) - k <= TYPE_REST_MAX else ""


def _without_type_rest(parts: list[str], rest: str) -> list[str] | None:
    """A row's next line's cells without the type cell's wrapped end (its
    letters alone, a cell of their own or the last word of one: "๑๐๐   ต",
    "รายงานผลการ we  ต" after "... ร้อยละ ผลผลิ"); None where it is not there.
    Where OCR left the columns two spaces apart at most (no gap parts them:
    "กิจกรรมได้ครบ 100  ต  จำนวนโรงเรียน ปีงบประมา"), that end standing as a
    word of its own inside a cell parts it: the indicator's and value's
    columns before it, the method's and period's after it (the type's column
    stands between them)."""
    for i, p in enumerate(parts):
        if skeleton(p) == rest:
            return parts[:i] + parts[i + 1:]
        head, _, last = p.rpartition(" ")
        if head.strip() and skeleton(last) == rest:
            return parts[:i] + [head.strip()] + parts[i + 1:]
    if len(parts) == 1:
        words = parts[0].split()
        inside = [k for k in range(1, len(words) - 1) if skeleton(words[k]) == rest]
        if len(inside) == 1:
            k = inside[0]
            return [" ".join(words[:k]), " ".join(words[k + 1:])]
    return None


# A period cell "ไตรมาส" whose "ที่ N" a wrap put at the next line's end ("จำนวนโรงเรียน ที่ ๕").
_BARE_QUARTER_RE = regex.compile(r"ไตรมาส")
_QUARTER_REST_RE = regex.compile(r"(?:^|(?<=\s))(?:ที\S?\s*)?[\d๐-๙]{1,2}$")


def _has_number(parts: list[str]) -> bool:
    return any(_NUMBER_RE.search(p) for p in parts)


# ---------------------------------------------------------------- cell by cell

_VALUE_CELL_RE = regex.compile(r"^(?:ร้อยละ|จำนวน|ไม่น้อยกว่า|อย่างน้อย)?\s*[\d๐-๙.,]*\s*%?\s*(?:ร้อยละ)?$")
_PERIOD_CELL_RE = regex.compile(r"^(?:ปีงบประมาณ|ไตรมาส|ภายใน|ตลอดปี|รายเดือน|เดือน|สิ้นปี)")


def _worded_value(text: str) -> bool:
    """A target value's cell of its words and figure ("ร้อยละ 80", "จำนวน 3"), or the percentage's word alone
    as OCR left its marks ("รอยละ": the tone mark lost)."""
    return bool(_VALUE_CELL_RE.match(text) or _PERCENT_RE.fullmatch(text.strip()))


def _percent_cell(text: str) -> bool:
    """A target value's cell naming a percentage ("ร้อยละ", "ร้อยละ 80"), its
    marks as OCR left them ("รอยละ": the tone mark lost)."""
    text = text.strip()
    return bool(_PERCENT_RE.match(text)) and _worded_value(text)


def _percent_cell_beside(text: str) -> bool:
    """A line of the indicator's words with a target value's cell beside it
    ("ผู้เข้ารับการอบร ร้อยละ": the two columns read across on one line): the
    line ends with "ร้อยละ" as a token of its own, a figure at most after it
    (an indicator's own "ร้อยละ" is followed by what it counts: "ร้อยละของ...")."""
    m = _PERCENT_BESIDE_RE.search(text)
    return m is not None and _percent_cell(text[m.start():]) and THAI_RUN_RE.search(text[: m.start()]) is not None


# A figure opening with a zero before another digit ("095"): no form prints one so (a speck read as a zero, or a
# digit misread).
_ZERO_LED_RE = regex.compile(r"(?<![\d๐-๙.,])[0๐][\d๐-๙]")
_PERCENT_BESIDE_RE = regex.compile(rf"(?<=\s)(?:{_PERCENT_RE.pattern})(?:\s+[\d๐-๙.,]+)?\s*$")


# "ร้อยละ" ending a word of its own ("ร้อยละ ๘๐", "จร้อยละ ผล": a speck OCR joined before it), not an indicator's
# own "ร้อยละของ...": a target value's cell.
_PERCENT_WORD_RE = regex.compile(rf"(?:{_PERCENT_RE.pattern})(?=\s|$)")


def percent_word_in(text: str) -> str | None:
    """The target value's word "ร้อยละ" (as OCR reads it) ending a word of `text`, or None: a row's value cell
    among lines no row took (an indicator that counts in percent prints "ร้อยละของ...", its word run on)."""
    found = _PERCENT_WORD_RE.search(text)
    return found.group(0) if found is not None else None


def method_word_in(text: str) -> str | None:
    """A row's method cell's words ("วิธีการคำนวณ", as OCR reads them) in `text`, not the header's
    "วิธีการคำนวณ/เครื่องมือ..." (a slash after them), or None: a row's method among lines no row took."""
    for found in _METHOD_RE.finditer(text):
        if not text[found.end():].lstrip().startswith("/"):
            return found.group(0)
    return None


# "ร้อยละ" whose first letter OCR lost ("อยละ", "้อยละ"), alone: no indicator reads so (an indicator is a sentence)
_HEADLESS_PERCENT_RE = regex.compile(rf"[{THAI_MARKS}]*{mark_tolerant('อยละ', spaces=False)}")


def value_word_alone(text: str) -> bool:
    """Whether a KPI row's text is a target value's word alone ("ร้อยละ", "จำนวน", OCR's "รอยละ", or "อยละ"
    with its first letter lost): a cell of the value's column OCR read where the indicator stands, no indicator."""
    text = text.strip()
    return bool(text) and not ANY_DIGIT_RE.search(text) and bool(
        _HEADLESS_PERCENT_RE.fullmatch(text) or _PERCENT_RE.fullmatch(text) or _VALUE_CELL_RE.fullmatch(text))


def _value_cell(text: str) -> bool:
    if _worded_value(text):
        return True
    return len(text.strip()) <= 4 and not THAI_RUN_RE.search(text)  # a figure OCR damaged ("ad")


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
        kind = type_of(c.text) if len(c.text) <= TYPE_CELL_MAX else None
        if kind and buffer and (lost := _row_whose_type_was_lost(buffer)) is not None:
            row, buffer = lost
            rows.append(row)
        if kind and buffer:
            # a wide cell of specks after "ร้อยละ" and its figure ("๑๕  6”"), which no value cell is: left out
            wide = [buffer.pop()] if len(buffer) >= 3 and _WIDE_SPECKS_RE.fullmatch(buffer[-1].text.strip()) \
                and not _value_cell(buffer[-1].text) and _NUMBER_RE.fullmatch(buffer[-2].text.strip()) \
                and _PERCENT_RE.fullmatch(buffer[-3].text.strip()) else []
            value: list[Line] = []
            while buffer and len(value) < 2 and _value_cell(buffer[-1].text):
                value.insert(0, buffer.pop())
            specks = wide or _specks_after_figure(buffer, value)
            if specks and not wide:
                value = [buffer.pop(), value[0]]
            if not value and (beside := _value_beside(buffer)) is not None:
                buffer, value = beside
            current = Kpi([b.text for b in buffer if THAI_RUN_RE.search(b.text)], [v.text for v in value], kind,
                          lines=[b.no for b in buffer + value + specks] + [c.no],
                          mixed=any(_percent_cell(b.text) or _percent_cell_beside(b.text) for b in buffer),
                          specks=[s.text.strip() for s in specks],
                          figures_apart=[b.text.strip() for b in buffer if _NUMBER_RE.fullmatch(b.text.strip())])
            rows.append(current)
            buffer, done = [], False
        elif current is not None and done and current.period and _period_goes_on(current.period, c.text):
            current.period[:] = [_join_period([*current.period, c.text.strip()])]  # "ปีงบประมา" / "ณ 2569"
            current.lines.append(c.no)
        elif current is not None and not done:
            if _PERIOD_CELL_RE.match(c.text) or _PERIOD_RE.match(c.text) \
                    or (len(c.text) <= CELL_MAX and _PERIOD_OPEN_RE.match(c.text)):
                current.period.append(c.text)
                done = True
            else:
                current.method.append(c.text)
            current.lines.append(c.no)
        else:
            buffer.append(c)
    if buffer and (rows or not any(type_of(b.text) for b in buffer)) \
            and (lost := _row_whose_type_was_lost(buffer, last=True)) is not None:
        # the table's last row whose type cell OCR lost: its cells stand after the last row's period
        row, buffer = lost
        row.untyped_last = True
        rows.append(row)
    _figures_read_up(rows)
    return rows, buffer


# A figure cell beside the indicator's words: digits, or what OCR made of them (a short token of no Thai letter)
_FIGURE_CELL = r"[^\s\u0e01-\u0e4e]{1,5}"
# ... ending a line of words after a space: the target value's figure read across beside the indicator's words
_FIGURE_END_RE = regex.compile(rf"(?<=\S)\s+({_FIGURE_CELL})$")


def _value_beside(buffer: list[Line]) -> tuple[list[Line], list[Line]] | None:
    """A row's target value read across beside its indicator's lines, the
    two columns on one line each ("โรงเรียนมีการ ร้อยละ" / "รายงาน 95" /
    "ผลการดำเนินงาน" ...: a table whose left columns OCR read across, its
    type anchoring the row below them): one line of the buffer ends with
    the value's word as a token of its own (_percent_cell_beside), the next
    with a figure after a space.  (the buffer with those cells cut off its
    lines, the value's two cells), or None where the buffer holds no such
    pair, or more than one line with the value's word beside it (the cells
    of more than one row: which is this row's is not known)."""
    beside = [k for k, b in enumerate(buffer) if _percent_cell_beside(b.text)]
    if len(beside) != 1 or beside[0] + 1 >= len(buffer):
        return None
    k = beside[0]
    word = _PERCENT_BESIDE_RE.search(buffer[k].text)
    figure = _FIGURE_END_RE.search(buffer[k + 1].text)
    if word is None or _NUMBER_RE.search(word.group()) or figure is None \
            or not THAI_RUN_RE.search(buffer[k + 1].text[: figure.start()]):
        return None
    first, second = buffer[k], buffer[k + 1]
    out = list(buffer)
    out[k] = replace(first, text=first.text[: word.start()].rstrip())
    out[k + 1] = replace(second, text=second.text[: figure.start()].rstrip())
    return out, [replace(first, text=word.group().strip()), replace(second, text=figure.group(1))]


def _figures_read_up(rows: list[Kpi]) -> None:
    """A row's value printed "ร้อยละ" and a figure whose figure OCR read
    among the row above's method cells: the value is "ร้อยละ" alone, and the
    method above ends with a figure alone after its tool's words
    ("... - เครื่องมือที่ใช้ในการวัด แบบรายงาน" / "80": fresh set s64o,
    bma_proposal_s64o005), where no cell of the method stands (the formula's
    hundred stands before the tool's words, after its times sign), while the
    row above has its own figure.  The figure is moved to the row's value,
    and said (put_kpis: figure_above)."""
    for above, row in zip(rows, rows[1:]):
        if len(row.value) != 1 or not _PERCENT_RE.fullmatch(row.value[0].strip()) or len(above.method) < 2 \
                or not _has_number(above.value) or not _NUMBER_RE.fullmatch(above.method[-1].strip()):
            continue
        before = above.method[-2]
        if not _TOOL_RE.search(before) or _TIMES_RE.search(before):
            continue
        row.figure_above = above.method.pop().strip()
        row.value.append(row.figure_above)


# A cell of short tokens, two characters each at most, no Thai word and no percent word: the chart's marks or a
# stain OCR read as specks ("๑๕  6”", "ew o")
_WIDE_SPECKS_RE = regex.compile(r"(?!.*[\u0e01-\u0e2e]{3})(?!.*%)\S{1,2}(?:\s+\S{1,2})+")


def _specks_after_figure(buffer: list[Line], value: list[Line]) -> list[Line]:
    """The cell after a target value's figure that is no part of it: the
    cells before a type were "ร้อยละ", a figure ("85") and one more short
    cell ("ew o", "๐7", OCR's specks of the chart or a stain), so the two
    value-like cells nearest the type left "ร้อยละ" to the indicator and
    put the specks in the value ("85 ew o").  The form prints the value as
    "ร้อยละ" and one figure: the speck cell is returned (to be left out, and
    said), or [] where the cells are not so."""
    if len(value) != 2 or not buffer or not _PERCENT_RE.fullmatch(buffer[-1].text.strip()) \
            or not _NUMBER_RE.fullmatch(value[0].text.strip()) or _PERCENT_RE.search(value[1].text):
        return []
    return [value[1]]


def _row_whose_type_was_lost(buffer: list[Line], last: bool = False) -> tuple[Kpi, list[Line]] | None:
    """A whole row standing before the next row's cells, its type cell lost
    to OCR: the buffer holds an indicator, a value, method cells and a
    period cell, then more text (the next row's indicator).  That row, with
    no type, and the cells after its period; None when the buffer holds no
    such row (then it is one row's indicator and value, as before).  `last`:
    the cells left after the table's last row read, which end at the lost
    row's period (its method's first line one that opens a method, however
    damaged: "การคำนวณ")."""
    ends = [i for i, b in enumerate(buffer) if _PERIOD_CELL_RE.match(b.text) or _PERIOD_RE.match(b.text)]
    if not ends or ends[-1] == len(buffer) - 1 and not last:
        return None
    end = ends[-1]
    start = next((i for i, b in enumerate(buffer[:end]) if THAI_RUN_RE.search(b.text)), None)  # its indicator
    if start is None or not last and not any(THAI_RUN_RE.search(b.text) for b in buffer[end + 1:]):
        return None
    if last and (end != len(buffer) - 1 or not any(_METHOD_TAIL_RE.search(b.text) for b in buffer[start:end])):
        return None
    # its value: the first cell after the indicator that reads as one ("ร้อยละ", a figure), and the figure after it
    first_value = next((i for i in range(start + 1, end) if _VALUE_CELL_RE.match(buffer[i].text)
                        or _PERCENT_RE.match(buffer[i].text.strip())), None)
    if first_value is None and last and (opener := next((i for i in range(start + 1, end)
                                                         if method_opener(buffer[i])), None)) is not None:
        # the last row's value and type cells both lost (read as specks before its indicator, "aa" / "97 097", or
        # not at all): its indicator ends where its method opens ("- วิธีการคำนวณ": fresh set s63z,
        # bma_proposal_s63z001, whose one row was lost); the value and type are said lost (put_kpis)
        row = Kpi([b.text for b in buffer[start:opener] if THAI_RUN_RE.search(b.text)], [], None,
                  [b.text for b in buffer[opener:end]], [buffer[end].text],
                  [b.no for b in buffer[start:end + 1]])
        return row, buffer[end + 1:]
    if first_value is None:
        return None
    value = [buffer[first_value]] + ([buffer[first_value + 1]] if first_value + 1 < end
                                     and _value_cell(buffer[first_value + 1].text) else [])
    after = first_value + len(value)
    row = Kpi([b.text for b in buffer[start:first_value] if THAI_RUN_RE.search(b.text)], [v.text for v in value],
              None, [b.text for b in buffer[after:end] if THAI_RUN_RE.search(b.text)], [buffer[end].text],
              [b.no for b in buffer[start:end + 1]])
    return row, buffer[end + 1:]


# ---------------------------------------------------------------- cells read below the table

# A numbered item of the section below the table ("10.2.1 รายงาน...", "๑๐.๒.๒ ...", OCR's "90.2.2"): its own text.
_SUB_ITEM_RE = regex.compile(r"^\s*[\d๐-๙]{1,3}\s?\.\s?[\d๐-๙]{1,2}")
# A period cell's opening, also cut short by a wrap ("ปีงบประมา" / "ณ ๒๕๓๐", "ภายใน" / "ปีงบประม" / "าณ 2569"), or
# with its ปี damaged (_DAMAGED_YEAR_WORD; "ปึีงบประมาณ", a vowel OCR doubled: fresh set s94p, bma_proposal_s94p005)
_PERIOD_OPEN_RE = regex.compile(rf"^(?:{mark_tolerant('ภายใน', spaces=False)}|ปีงบ|ไตรมา|{_DAMAGED_YEAR_WORD})")
CELL_MAX = 25  # characters of a line that is one value, type or period cell
ROW_ABOVE = 2  # lines above a row's line its indicator and value may stand at most (a line of specks between)


def _opens_cell(text: str) -> bool:
    """A line that opens a KPI cell no other text of the form opens: the
    method's words ("วิธีการคำนวณ"), a type, a value ("ร้อยละ 80"), a period."""
    t = text.strip()
    if _METHOD_RE.match(t):
        return True
    if len(t) > CELL_MAX:
        return False
    return bool(type_of(t) and _type_in(t)) or bool(_PERCENT_RE.match(t)) or bool(_PERIOD_OPEN_RE.match(t))


def cells_below(lines: list[Line], is_header: Callable[[str], bool]) -> list[Line]:
    """The KPI table's cells among the lines of the section printed below
    it (10.2): OCR reads a table's left columns down the page and then the
    full-width heading under the table before the right columns (the
    method's and period's cells, sometimes the value's and type's), so those
    stand after the heading, or after one of its numbered items.  A run of
    them opens with a line only a KPI cell opens with (`_opens_cell`, or a
    header cell of the table: `is_header`) and ends at the section's next
    numbered item ("10.2.1 ..."); the section's own text and the header's
    cells are left out."""
    out: list[Line] = []
    on = False
    for ln in lines:
        if _SUB_ITEM_RE.match(ln.text):
            on = False
            continue
        header = is_header(ln.text) and not _opens_method(ln.text)
        on = on or header or _opens_cell(ln.text)
        if on and not header:
            out.append(ln)
    return out


# A method cell's first line as the form prints it, a dash before its words ("- วิธีการคำนวณ"): the header's cell
# ("วิธีการคำนวณ/") has no dash
_METHOD_OPENER_RE = regex.compile(rf"^\s*(?:[-–]\s*)?{_METHOD_RE.pattern}(?!\s*/)")


def method_opener(line: Line) -> bool:
    """A method cell's first line with the dash the form prints before it ("- วิธีการคำนวณ ...", the dash read
    or taken by the clean-up for a bullet): no header cell, though its words are the header's."""
    return (line.bullet or regex.match(r"\s*[-–]", line.text) is not None) \
        and _METHOD_OPENER_RE.match(line.text) is not None


def _opens_method(text: str) -> bool:
    """A method cell's first line ("วิธีการคำนวณ", and its words), not the
    header's "วิธีการคำนวณ/" (a slash after the words)."""
    m = _METHOD_RE.match(text.strip())
    return m is not None and not text.strip()[m.end():].lstrip().startswith("/")


_FIGURE_CELL_RE = regex.compile(rf"^{_FIGURE_CELL}$")  # ... alone


def read_side_by_side(lines: list[Line]) -> list[Kpi] | None:
    """Rows whose indicator and target value columns OCR read across the
    page, side by side, the type, method and period columns read apart
    below the table's heading (`cells_below`; fresh set s88b,
    bma_proposal_s88b004: "โรงเรียนมีการ<gap>ร้อยละ" / "รายงาน<gap>95" /
    "ผลการดำเนินงาน" / ... / "โรงเรียนดำเนิน<gap>ร้อยละ" / ...).  A line of
    the indicator's words with the value's word beside it after a gap opens
    a row; the lines after it, up to the next such line, are the
    indicator's words, and a short cell of no Thai letter at a line's end
    (or alone) the value's figure, as printed.  None where no line opens a
    row so, where a line of words stands before the first (other text),
    where a line holds a type, method or period word (another shape: the
    rows read across or cell by cell), or where a row reads no figure."""
    rows: list[Kpi] = []
    for ln in lines:
        text = ln.text.strip()
        if not text:
            continue
        if _type_in(text) or _METHOD_RE.search(text) or _PERIOD_RE.search(text):
            return None
        parts = [p.strip() for p in _GAP_RE.split(text) if p.strip()]
        if len(parts) >= 2 and _PERCENT_RE.fullmatch(parts[-1]) and THAI_RUN_RE.search(parts[-2]):
            rows.append(Kpi([" ".join(parts[:-1])], [parts[-1]], lines=[ln.no]))
            continue
        if not rows:
            if THAI_RUN_RE.search(text):
                return None
            continue
        row = rows[-1]
        if len(row.value) < 2 and _FIGURE_CELL_RE.match(parts[-1]) \
                and (len(parts) >= 2 or not THAI_RUN_RE.search(text)):
            row.value.append(parts[-1])
            parts = parts[:-1]
        words = " ".join(p for p in parts if THAI_RUN_RE.search(p))
        if words:
            row.text.append(words)
        row.lines.append(ln.no)
    if not rows or any(len(r.value) < 2 for r in rows):
        return None
    return rows


def fill_from_below(rows: list[Kpi], below: list[Line]) -> tuple[list[Line], bool]:
    """The rows read above the section's heading given the methods and
    periods read below it (`cells_below`): the k-th method (a cell opening
    with "วิธีการคำนวณ" and the cells after it) goes to the k-th row without
    one, the k-th period (its opening and the wrapped cells up to its year
    or quarter) to the k-th row without one, when there are as many as
    such rows (else none is placed: which row each is of is not known);
    where a row has no type (its indicator and value read side by side
    above: read_side_by_side), the k-th type cell alone to the k-th row
    without one, so too.  The cells placed in no row are returned, and
    whether a whole method, period or type is among them (a row the table
    has more than were read: its other cells may be among the rows' above)."""
    methods: list[list[Line]] = []
    periods: list[list[Line]] = []
    types: list[list[Line]] = []
    typeless = any(r.text and not r.type for r in rows)  # (types placed only where a row has none)
    left: list[Line] = []
    current: list[list[Line]] | None = None
    for c in below:
        text = c.text.strip()
        if typeless and len(text) <= TYPE_CELL_MAX and type_of(text) and _type_in(text):
            types.append([c])  # a type cell alone
            current = types
        elif current is periods and _period_goes_on([p.text for p in periods[-1]], text):
            periods[-1].append(c)  # a period wrapped mid-word ("ปีงบประมา" / "ณ ๒๕๓๐")
        elif _opens_method(text):
            methods.append([c])
            current = methods
        elif len(text) <= CELL_MAX and _PERIOD_OPEN_RE.match(text):
            periods.append([c])
            current = periods
        elif current is methods:
            methods[-1].append(c)
        else:
            left.append(c)  # before the first method or period, or after a whole period
    lost = False
    for found, name in ((methods, "method"), (periods, "period"), (types, "type")):
        need = [r for r in rows if r.text and not getattr(r, name)]
        if not found or len(found) != len(need):
            left += [c for group in found for c in group]
            lost = lost or bool(found)
            continue
        for row, group in zip(need, found):
            texts = [c.text.strip() for c in group]
            if name == "type":
                row.type = type_of(texts[0])
            else:
                getattr(row, name).extend(texts if name == "method" else [_join_period(texts)])
            row.lines.extend(c.no for c in group)
    return sorted(left, key=lambda c: c.no), lost


# A period's piece a wrap put on the next line: the rest of its words ("ปีงบประมา", "ที่ ๔"), or a
# word's last letters and the year ("ณ 2569", "าณ ๒๕๖๙"), or the year alone (OCR may put specks in it:
# "๒๕»๒5»๒").
_YEAR_PIECE = r"^(?:[\u0e01-\u0e4e]{1,3}\s+)?[\d๐-๙]\S{0,7}$"
_PERIOD_PIECE_RE = regex.compile(rf"{_YEAR_PIECE}|^(?:ปีงบ|ไตรมา|ที)")
_YEAR_PIECE_RE = regex.compile(_YEAR_PIECE)  # a word's last letters and the year, or the year alone


def _period_goes_on(period: list[str], piece: str) -> bool:
    """Whether `piece` is the next of a period cell's wrapped pieces: the
    period has no year or quarter yet, and no more than two pieces."""
    return len(period) < 3 and not any(ANY_DIGIT_RE.search(p) for p in period) \
        and len(piece) <= CELL_MAX and bool(_PERIOD_PIECE_RE.match(piece.strip()))


_THAI_END_RE = regex.compile(r"[\u0e01-\u0e4e]$")
_THAI_START_RE = regex.compile(r"^[\u0e01-\u0e4e]")


def _join_period(parts: list[str]) -> str:
    """A period cell's wrapped pieces as one: the form prints its words as one
    ("ภายในปีงบประมาณ", "ไตรมาสที่"), so pieces that meet between Thai letters
    join without a space ("ปีงบประมา" / "ณ ๒๕๓๐" -> "ปีงบประมาณ ๒๕๓๐")."""
    out = ""
    for part in parts:
        glue = "" if out and _THAI_END_RE.search(out) and _THAI_START_RE.match(part) else " "
        out = f"{out}{glue}{part}" if out else part
    return out


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
# A share whose figure stands in pieces, digits alone apart ("ร้อยละ ๐7 6" for ร้อยละ 85): OCR garbled its digits and
# read a gap or a speck among them; the form prints one figure after the word (fresh set s115w, bma_proposal_s115w002)
_SHARE_IN_PIECES_RE = regex.compile(r"ร้อยละ\s*[\d๐-๙][\d๐-๙.,]*(?:\s+[\d๐-๙][\d๐-๙.,]*)+")
# A Thai letter OCR wrote for a Thai digit (normalizers.confusions.LOOKALIKES: ฒ, ๆ, อ, ซ, ญ, ส, or another
# consonant: "ร3๐" for ๘๐) standing in a figure, glued to its digits and no part of a word ("ร้อยละ ฒ5" for ๙5,
# "๘อ"): the figure is misread.
_THAI_LOOKALIKE_RE = regex.compile(r"(?<![\u0e01-\u0e4e])[ก-ฮๆ](?=[\d๐-๙])|(?<=[\d๐-๙])[ก-ฮๆ](?![\u0e01-\u0e4e])")


# A share's figure after its word ("ร้อยละ 95"): a target value of that kind is a share of a whole, 100 at most.
_SHARE_RE = regex.compile(r"ร้อยละ\s*(?P<figure>[\d๐-๙]+)(?![\d๐-๙.,])")


def share_over_whole(value: str) -> tuple[str, list[str], list[str]] | None:
    """(the printed figure, its readings as printed with one digit left out
    that make a share, every share its characters may stand for) where a
    target value names a share (ร้อยละ) whose figure is above 100, which no
    share is: OCR read a digit in more ("ร้อยละ 905" for 95) or misread one.
    A share is 100 at most and opens with no zero; the shares its
    characters may stand for are those of the figure with a digit left out
    and those OCR's misreads allow (normalizers.confusions.digit_readings:
    a Thai digit for another, with a digit left out or not; and an Arabic
    digit OCR may have written for a Thai one, ARABIC_DOUBT_READS: "900"
    for ๑๐๐).  None where
    the value names no share or its figure is 100 or less."""
    m = _SHARE_RE.search(value)
    if m is None:
        return None
    figure = m.group("figure")
    if int(thai_digits_to_arabic(figure)) <= 100:
        return None

    def share(reading: str) -> bool:
        number = thai_digits_to_arabic(reading)
        return bool(number) and not (len(number) > 1 and number[0] == "0") and int(number) <= 100

    dropped = []
    for at in range(len(figure)):
        reading = figure[:at] + figure[at + 1:]
        if share(reading) and reading not in dropped:
            dropped.append(reading)
    misread = digit_readings(figure, length=(1, len(figure) - 1)) | digit_readings(figure, length=(1, len(figure)))
    # an Arabic digit may stand for a Thai digit OCR wrote as it, if rarely (ARABIC_DOUBT_READS: ๑ as a 9 in one
    # printing of a hundred and thirty): "900" for ๑๐๐ is as likely as 90 with a 0 read in more
    written = [figure[:at] + printed + figure[at + 1:] for at, ch in enumerate(figure)
               for printed in ARABIC_DOUBT_READS.get(ch, "")]
    shares = {int(thai_digits_to_arabic(r)) for r in [*dropped, *(r for r in [*misread, *written] if share(r))]}
    return figure, dropped, [str(n) for n in sorted(shares)]


# The formula's times sign and hundred in a method cell ("... x 100", "x ๑๐๐"; OCR reads the sign as "%" too).
_TIMES_HUNDRED_RE = regex.compile(r"(?:^|\s)[xX×*%]\s*[1๑][0๐][0๐](?![\d๐-๙])")
# The Thai digits OCR writes for the digits its Thai model cannot write (normalizers.confusions.MISREADS: ๘ ๙ ๔ ๗
# as ๕, ๙ ๗ as ๓, ๖ as ๒): a figure holding one may be another figure than it reads.
_STAND_IN_DIGITS_RE = regex.compile(r"[๒๓๕]")


def _share_word_by_formula(value: str, method: list[str]) -> str | None:
    """A target value read as a figure alone, the word the form prints
    before it lost to OCR ("80" for "ร้อยละ 80": the cell's first line
    garbled or read elsewhere), as the share it is: "ร้อยละ" and the figure,
    where the row's method computes a share (its formula multiplies by a
    hundred: "... / จำนวน... x 100") and the figure is one (100 at most).  None
    where the method says no share, or the figure holds a Thai digit OCR
    writes for others (๒ ๓ ๕: which figure it is stays in doubt, and a word
    put before it would say it read)."""
    figure = value.strip()
    if not _NUMBER_RE.fullmatch(figure) or _STAND_IN_DIGITS_RE.search(figure) \
            or not _TIMES_HUNDRED_RE.search(" ".join(method)):
        return None
    number = thai_digits_to_arabic(figure)
    if not number or number[0] == "0" or int(number) > 100:
        return None
    return f"ร้อยละ {figure}"


# A share's figure of three characters that may be OCR's reading of a hundred: its first a reading of ๑ (the digit,
# ๐ or 0 as OCR was measured to write for it: normalizers.confusions.MEASURED_READS; O, o, l, I: LOOKALIKES), the
# other two readings of ๐ (the digit, O, o: LOOKALIKES).
_HUNDRED_READ_RE = regex.compile(r"ร้อยละ\s*(?P<figure>[๑1๐0OolI][๐0Oo]{2})")


def _hundred_misread(value: str, method: str) -> str | None:
    """A target value "ร้อยละ" and three characters other than a hundred
    that OCR may have read for one ("ร้อยละ ๐๐๐", "ร้อยละ OOO" for ๑๐๐): a
    share is a hundred at most, so the one share of three digits is a
    hundred; the value with that figure, in Thai digits where its figure or
    the method's formula prints Thai digits, else in Arabic.  None where the
    value is no such share (two digits, a decimal point, a figure over a
    hundred that share_over_whole weighs)."""
    found = _HUNDRED_READ_RE.fullmatch(value.strip())
    if found is None or thai_digits_to_arabic(found.group("figure")) == "100":
        return None
    thai = regex.search(r"[๐-๙]", found.group("figure") + method) is not None
    return f"ร้อยละ {'๑๐๐' if thai else '100'}"


def _share_checked(seq: int, value: str, over: tuple[str, list[str], list[str]], row, out: CopyReading) -> str:
    """A target value whose share reads above 100 (share_over_whole): where
    its characters stand for one share alone, and a digit left out gives it,
    set to that reading and said (value_repaired, rule share_whole); else
    kept as printed and said (repair_ambiguous with the shares, or
    implausible_value where none is)."""
    figure, dropped, shares = over
    span = (min(row.lines), max(row.lines))
    evidence = {"rule": "share_whole", "printed": value, "read": figure, "candidates": shares}
    if len(shares) == 1 and len(dropped) == 1:
        chosen = _SHARE_RE.sub(lambda m: m[0].replace(figure, dropped[0]), value, count=1)
        out.issues.append(Issue("warning", "value_repaired", f"KPI {seq}: its target value {value!r} names a share "
                                "above 100, which no share is; the one share its characters may stand for (a digit "
                                f"OCR read in more left out) gives {chosen!r}",
                                json.dumps({**evidence, "chosen": chosen}, ensure_ascii=False), *span,
                                field="targets.target_value"))
        return chosen
    out.issues.append(Issue("warning", "repair_ambiguous" if shares else "implausible_value",
                            f"KPI {seq}: its target value {value!r} names a share above 100, which no share is "
                            "(OCR read a digit in more or misread one); "
                            + (f"its characters may stand for {', '.join(shares)}" if shares
                               else "no reading of its characters makes a share")
                            + "; kept as printed", json.dumps(evidence, ensure_ascii=False), *span,
                            field="targets.target_value"))
    return value


# The table's header cells (skeletons): two of them inside a row's text put the header among its cells.
_HEADER_SKELETONS = tuple(skeleton(w) for w in ("ตัวชี้วัด", "ค่าเป้าหมาย", "ประเภท", "วิธีการคำนวณ", "เครื่องมือในการใช้วัด",
                                                  "ระยะเวลา"))


def holds_header(text: str) -> bool:
    """Whether a KPI's text holds two or more of the table's header cells
    (OCR read the table down its columns, the header's cells among a row's:
    which words are the row's is not known)."""
    sk = skeleton(text)
    return sum(h in sk for h in _HEADER_SKELETONS) >= 2


# the words the method's cell prints, its label and its tool's ("วิธีการคำนวณ", "เครื่องมือที่ใช้ในการวัด"): no
# indicator's words (the KPI texts of every committed and fresh set's truth hold neither)
_METHOD_CELL_WORDS_RE = regex.compile(rf"{mark_tolerant('วิธีการคำนวณ')}|{mark_tolerant('เครื่องมือที่ใช้ในการวัด')}")


def method_words_in_text(text: str) -> str | None:
    """The method cell's own words (_METHOD_CELL_WORDS_RE) where a KPI's
    indicator text holds them: the row's cells ran together past its
    columns (a type cell OCR lost, so the row's method, its period and the
    next row's indicator were read as its text: the next row lost, this
    row's method and type another row's); None where it holds none."""
    found = _METHOD_CELL_WORDS_RE.search(text)
    return found.group(0) if found else None


# the period cell's whole text at a row's end: its words and the year or quarter after them, nothing else
# ("ภายในปีงบประมาณ ๒๕๖๙", "ไตรมาสที่ ๔", "ไตรมาส ที่ 4", "ปีงบประมาณ ๒๕๒%")
_PERIOD_TAIL_RE = lazy_compile(rf"(?:{_PERIOD_RE.pattern})\s*[^\s]{{1,6}}")


def own_cells_in_text(text: str, has_period: bool) -> tuple[str, str, str | None] | None:
    """(indicator, method, period) of a KPI row OCR read as running lines,
    its column gaps lost: the indicator, then its own method cell (the
    method's words once, "วิธีการคำนวณ", its formula, the tool's words
    "เครื่องมือ..." after them) and its period cell ("ภายในปีงบประมาณ ๒๕๓๐",
    the row's last words), its value and type read apart before them
    ("ผู้เข้ารับ... ร้อยละ ๕๐ ผลลัพธ์" / "วิธีการคำนวณ ... เครื่องมือที่ใช้ในการวัด
    แบบทดสอบ... ภายในปีงบประมาณ ๒๕๓๐").  With `has_period` (the row's period
    read apart), the method runs to the text's end and holds no period's
    words.  None where the text holds anything else after its indicator: a
    type word, the method's words twice, words after the period (the next
    row's cells), or no tool's words."""
    words = list(_METHOD_RE.finditer(text))
    if len(words) != 1:
        return None
    head, rest = text[:words[0].start()].strip(), text[words[0].start():].strip()
    tool = _TOOL_RE.search(rest)
    if not head or tool is None or _TOOL_RE.search(head) or _type_in(head) or _type_in(rest) \
            or _PERIOD_RE.search(head):
        return None
    periods = list(_PERIOD_RE.finditer(rest, tool.end()))
    if has_period:
        return (head, rest, None) if not periods and not _PERIOD_RE.search(rest) else None
    if len(periods) != 1 or _PERIOD_RE.search(rest, 0, tool.start()):
        return None
    tail = rest[periods[0].start():].strip()
    if not _PERIOD_TAIL_RE.fullmatch(tail) or not ANY_DIGIT_RE.search(tail):
        return None
    return head, rest[:periods[0].start()].strip(), tail


# the tool's label as OCR may read it: its first word with a letter misread ("เครื่องมีอ": ocr_tolerant), or the
# label's last words ("ที่ใช้ในการวัด") where a wrap or OCR parted it from "เครื่องมือ"
_TOOL_WORDS_RE = regex.compile(f"{ocr_tolerant('เครื่องมือ')}|{mark_tolerant('ในการวัด')}")


def _tool_words_in(method: str) -> bool:
    """Whether a method cell's text holds the tool's label (_TOOL_WORDS_RE)."""
    return bool(_TOOL_WORDS_RE.search(method))


def other_rows_cells(method: str) -> str | None:
    """What in a KPI row's method cell is another row's: an indicator type
    word ("... / จำนวนนักเรียนที่ตอบ ร้อยละ ๕๕ ผลลัพธ์ จำนวน..."), the
    method's words a second time ("วิธีการคำนวณ ... วิธีการคำนวณ ...") or a
    target value with its figure after the tool's words ("... เครื่องมือ
    ที่ใช้ในการวัด แบบทดสอบ ... ร้อยละ 100"): the
    form prints one of each in a row, so the next row's cells (its
    indicator, value and type) ran into this row's method, a row whose
    period OCR damaged past reading or whose columns OCR read apart; None
    where there is none."""
    if (found := _type_in(method)) is not None:
        return found.group(0)
    words = list(_METHOD_RE.finditer(method))
    if len(words) > 1:
        return words[1].group(0)
    # ... or a target value's cell, its word and figure ("ร้อยละ 100"), after the tool's words: the tool cell names
    # the instrument ("แบบทดสอบก่อนและหลังการอบรม"), never a target; a value there is the next row's, read on with its
    # indicator where a page break or a lost gap parted that row's cells from its type ("... แบบทดสอบ ก่อนและหลัง
    # การอบรม โรงเรียนดำเนินกิจกรรมได้ครบตามแผนที่กำหนด ร้อยละ 100")
    # (its figure may stand a few words on, the next row's indicator's wrapped words between: OCR read that row's
    # indicator and value cells across their lines, "โรงเรียนดำเนิน ร้อยละ" / "กิจกรรมได้ครบ 100": fresh set s79o,
    # bma_proposal_s79o004, whose first row's method took them with no issue; no tool cell of the truth of every
    # committed and fresh set prints ร้อยละ at all)
    if (tool := _TOOL_RE.search(method)) is not None:
        for value in _PERCENT_RE.finditer(method, tool.end()):
            rest = method[value.end():].lstrip() + " "
            if (figure := _NUMBER_RE.search(rest)) is not None:
                return f"{value.group(0)} {figure.group(1)}"
    return None


def speck_cell(text: str) -> bool:
    """A cell of OCR specks alone among a row's method cells ("๐  ew a aig  ๓ asd ๐  eo a a": a chart mark or a
    stain the English model read as letters): two tokens at least, every one a speck (steps.chart_cell: a short
    Latin token, a figure of a character or two, a mark), a Latin letter among them.  A formula's piece ("x 100")
    holds a longer figure, a method's words Thai ones."""
    return len(text.split()) >= 2 and bool(_LATIN_RE.search(text)) and chart_cell(text)


def put_kpis(rows: list[Kpi], out: CopyReading) -> None:
    """The rows into `out`, numbered by their place.  A row read with no
    indicator (its cells lost to OCR, or read where no row takes them) keeps
    its place, with no text, and is said: left out, it gave its number to the
    rows after it, each then standing for the row before it."""
    for seq, row in enumerate(rows, start=1):
        span = (min(row.lines), max(row.lines))
        if not row.text:
            # the row is left out of the table (its number kept): the issue names the table, so each of the
            # row's facts (its kind, number, target value, type) is said lost, not its text alone
            out.issues.append(Issue("warning", "missing_value", f"KPI {seq}: no indicator read for the row (its "
                                    "cells lost to OCR, or read apart from its row); the row is left out", "", *span,
                                    field="targets"))
            if seq > 1 and (before := rows[seq - 2]).text:
                # its indicator's words may be among the row above's: a table whose indicator column OCR read before
                # the rows' other cells ("โรงเรียนมีการรายงาน" / ... / "นักเรียนที่เข้าร่วม" / ... / "ร้อยละ ผลผลิต
                # วิธีการคำนวณ ..." / "ร้อยละ ผลลัพธ์ ...": fresh set s72b, bma_proposal_s72b001) gave the first row
                # both indicators, which no issue named
                at = (min(before.lines), max(before.lines))
                out.issues.append(Issue("warning", "unread_cells", f"KPI {seq - 1}: the row after it was read with "
                                        "no indicator, whose words OCR may have read among this row's (a column read "
                                        "before the rows' other cells), so where this row's indicator ends is in "
                                        "doubt", join_wrapped(before.text)[:120], *at, field="targets.text"))
        text = clean_value(join_wrapped(row.text)) if row.text else ""
        if row.mixed:
            out.issues.append(Issue("warning", "unread_cells", f"KPI {seq}: its text holds a target value's cell "
                                    f"({text[:60]}...): OCR read the table's columns apart, so which cells are the "
                                    "row's is in doubt, and a row may be lost among them", text, *span,
                                    field="targets"))
        if row.untyped_last:
            out.issues.append(Issue("warning", "unread_cells", f"KPI {seq}: the table's last row, its type cell lost "
                                    "to OCR: read from the cells left after the last row read, told apart by their "
                                    "words alone (a value, the method's words, a period), so where each cell begins "
                                    "and ends is in doubt", text, *span, field="targets"))
        if row.figure_above:
            out.issues.append(Issue("warning", "unread_cells", f"KPI {seq}: its target value held no figure, and "
                                    f"the figure {row.figure_above!r} stood alone among KPI {seq - 1}'s method cells, "
                                    "after their tool's words, where no cell of the method stands: OCR read the "
                                    "value's column apart from its row; taken as this row's figure, which is in "
                                    "doubt", row.figure_above, *span, field="targets.target_value"))
        if row.figures_apart:
            # ("85" read a line above the indicator, its value "ร้อยละ" / "๑" a speck: the figure OCR read apart from
            # the value's cell; before, it was dropped with no word: fresh s88o002)
            out.issues.append(Issue("warning", "unread_cells", f"KPI {seq}: the figure(s) "
                                    f"{' '.join(row.figures_apart)!r} stood alone among the cells before its target "
                                    f"value ({' '.join(row.value)!r}), apart from it: OCR may have read the value's "
                                    "figure out of its cell, so the value is in doubt", " ".join(row.figures_apart),
                                    *span, field="targets.target_value"))
        if row.figure_late:
            # ("ร้อยละ" / "ae" for ๙๕, read into the method / ... / "7   รายงาน": a stray 7 taken for the figure seven
            # lines under the word; before, 'ร้อยละ 7' was kept with no issue: fresh set s109p's bma_proposal_s109p002)
            out.issues.append(Issue("warning", "unread_cells", f"KPI {seq}: its target value's figure "
                                    f"{row.figure_late!r} stood {FIGURE_LINES_MAX} lines or more under the row's "
                                    "first, further than the value's cell wraps: OCR may have garbled or lost the "
                                    "row's own figure and read another cell's or a speck for it, so the value is in "
                                    "doubt", row.figure_late, *span, field="targets.target_value"))
        if row.specks:
            out.issues.append(Issue("warning", "unread_cells", f"KPI {seq}: the cell {' '.join(row.specks)!r} after "
                                    "its target value's figure read as no part of it (OCR specks) and was left out; "
                                    "the figure may have been longer", text, *span, field="targets.target_value"))
        if text and value_word_alone(text):
            # the value's word alone where the indicator stands ("อยละ" / "80": its first letter lost, so read as no
            # value's cell): the table's columns read apart, the indicator's cell read elsewhere or lost
            out.issues.append(Issue("warning", "unread_cells", f"KPI {seq}: its text {text!r} is a target value's "
                                    "word alone, no indicator: OCR read the table's columns apart (the value's word "
                                    "where the indicator stands), so the row's indicator was not read and its other "
                                    "cells are in doubt; kept as read", text, *span, field="targets"))
        if text and row.value and not row.mixed and _percent_cell_beside(text):
            # ("... ตามเกณฑ์ที่กำหนด a ร้อยละ", its own value "ร้อยละ ๓๕" read: the next row's indicator, value and type
            # ran into this row's cells, that row lost with no issue: fresh set s110w, bma_proposal_s110w002)
            cell = text[_PERCENT_BESIDE_RE.search(text).start():].strip()
            out.issues.append(Issue("warning", "unread_cells", f"KPI {seq}: its text ends in a target value's cell "
                                    f"({cell!r}) though its own value was read "
                                    f"({' '.join(row.value)!r}): another row's value OCR read into it, so which "
                                    "cells are the row's is in doubt, and a row may be lost among them", text, *span,
                                    field="targets"))
        if text and holds_header(text):
            out.issues.append(Issue("warning", "unread_cells", f"KPI {seq}: its text holds the table's header cells "
                                    f"({text[:60]}...): OCR read the table with its header among the row's cells, so "
                                    "which cells are the row's is in doubt, and a row may be lost among them", text,
                                    *span, field="targets"))
        elif text and not row.mixed and (words := method_words_in_text(text)) is not None:  # (else: said above)
            own = own_cells_in_text(text, bool(row.period)) if not row.method else None
            if own is not None:  # the row's own method and period, after its indicator: read as those cells
                text, method, period = own
                row = replace(row, method=[method], period=[period] if period else row.period)
                out.issues.append(Issue("warning", "unread_cells", f"KPI {seq}: its text held its method cell "
                                        f"({method[:40]!r}...) and its period after the indicator (OCR read the row "
                                        "as running lines, its column gaps lost): read as those cells; where the "
                                        "indicator ends is read from the method's words", text, *span,
                                        field="targets"))
            else:
                out.issues.append(Issue("warning", "unread_cells", f"KPI {seq}: its text holds the method cell's "
                                        f"words ({words!r}): the row's cells ran together past its columns (a cell "
                                        "OCR lost between them), so its method, type and period may be another "
                                        "row's, and a row may be lost among them", text[:120], *span,
                                        field="targets"))
        out.put("kpis", seq, "text", Reading(text or None, text, *span))
        for name, parts in (("value", row.value), ("method", row.method), ("period", row.period)):
            if name == "method" and (specks := [p for p in parts if speck_cell(p)]):
                parts = [p for p in parts if p not in specks]
                out.issues.append(Issue("warning", "unread_cells", f"KPI {seq}: the cell {' | '.join(specks)!r} "
                                        "among its method's read as no part of it (OCR's letters for a chart mark "
                                        "or a stain) and was left out", " | ".join(specks), *span,
                                        field="targets.method"))
            if parts:
                value = clean_value(_INLINE_BULLET_RE.sub(" ", join_wrapped([p.lstrip("-– ") for p in parts])))
                if name == "method" and (other := other_rows_cells(value)) is not None:
                    out.issues.append(Issue("warning", "unread_cells", f"KPI {seq}: its method holds another row's "
                                            f"cell ({other!r}): the next row's cells ran into it (its period, or the "
                                            "table's columns, OCR read past telling the rows apart), so a row may be "
                                            "lost and this row's cells are in doubt", value[:120], *span,
                                            field="targets"))
                if name == "value":
                    value = _PERCENT_RE.sub("ร้อยละ", value)
                    if (hundred := _hundred_misread(value, " ".join(row.method))) is not None:
                        out.issues.append(Issue("warning", "value_repaired", f"KPI {seq}: its target value {value!r} "
                                                "names a share of three characters, and the one share of three "
                                                "digits is a hundred, which its characters may be OCR's reading of "
                                                f"(๑ read as ๐, a look-alike letter for a digit): read {hundred!r}",
                                                json.dumps({"rule": "share_hundred", "printed": value,
                                                            "chosen": hundred}, ensure_ascii=False),
                                                min(row.lines), max(row.lines), field="targets.target_value"))
                        value = hundred
                    if _LATIN_RE.search(value) or _THAI_LOOKALIKE_RE.search(value):
                        # what OCR made of its digits ("ร้อยละ ad", "85 ew o", "ร้อยละ ฒ5"): kept, and said
                        out.issues.append(Issue("warning", "unparsed_value", f"KPI {seq}: its target value {value!r} "
                                                "holds letters OCR read for digits or specks", value,
                                                min(row.lines), max(row.lines), field="targets.target_value"))
                    elif _ZERO_LED_RE.search(value):
                        # "ร้อยละ 095" (๙๕ with a speck OCR read as a zero before it, or a digit misread as one): no
                        # form prints a figure so, the figure is in doubt
                        out.issues.append(Issue("warning", "unparsed_value", f"KPI {seq}: its target value {value!r} "
                                                "holds a figure opening with a zero before more digits, which no "
                                                "form prints: a speck OCR read as a digit, or a digit misread", value,
                                                min(row.lines), max(row.lines), field="targets.target_value"))
                    elif _SHARE_IN_PIECES_RE.fullmatch(value):
                        out.issues.append(Issue("warning", "unparsed_value", f"KPI {seq}: its target value {value!r} "
                                                "holds its figure in pieces, digits apart where the form prints one "
                                                "figure: OCR garbled its digits", value,
                                                min(row.lines), max(row.lines), field="targets.target_value"))
                    elif "ร้อยละ" in value and not ANY_DIGIT_RE.search(value):  # "ร้อยละ" and no figure: OCR lost it
                        out.issues.append(Issue("warning", "missing_value", f"KPI {seq}: its target value {value!r} "
                                                "names a percentage but holds no figure", value,
                                                min(row.lines), max(row.lines), field="targets.target_value"))
                    elif not THAI_LETTER_RE.search(value) and "%" not in value \
                            and (word := _share_word_by_formula(value, row.method)) is not None:
                        out.issues.append(Issue("warning", "value_repaired", f"KPI {seq}: its target value {value!r} "
                                                "holds a figure but not the word the form prints before it, which "
                                                "OCR lost; the row's method multiplies by a hundred, so the value is "
                                                f"a share: read {word!r}",
                                                json.dumps({"rule": "share_word_by_formula", "printed": value,
                                                            "chosen": word}, ensure_ascii=False),
                                                min(row.lines), max(row.lines), field="targets.target_value"))
                        value = word
                    elif not THAI_LETTER_RE.search(value) and "%" not in value:
                        # a figure and no word: the form prints its word before it ("ร้อยละ 80"), which OCR lost
                        # or garbled past reading ("80", "๕0" after a line 'จ้อยละ' read into no cell)
                        out.issues.append(Issue("warning", "missing_value", f"KPI {seq}: its target value {value!r} "
                                                "holds a figure but not the word the form prints before it (ร้อยละ, "
                                                "จำนวน): OCR lost it; kept as read", value,
                                                min(row.lines), max(row.lines), field="targets.target_value"))
                    if (over := share_over_whole(value)) is not None:
                        value = _share_checked(seq, value, over, row, out)
                elif name == "method" and not (_METHOD_RE.search(value) or _TOOL_RE.search(value)):
                    # the cell prints the method's words and the tool's ("วิธีการคำนวณ ... เครื่องมือที่ใช้ในการวัด
                    # ..."): with neither, OCR lost the lines that held them (the formula's end with them: "...
                    # ทั้งหมด ที่ใช้ในการวัด") or read another cell's words for the method ("๕๕ ความพึงพอใจใน")
                    out.issues.append(Issue("warning", "missing_value", f"KPI {seq}: its method {value[:60]!r} holds "
                                            "neither the method's words (วิธีการคำนวณ) nor the tool's (เครื่องมือ), "
                                            "which the form prints in that cell: OCR lost them and the lines they "
                                            "stood on; kept as read", value, min(row.lines), max(row.lines),
                                            field="targets.method"))
                elif name == "method" and not _tool_words_in(value):
                    # the method's words and not the tool's: the cell prints both, its tool after its formula
                    # (every method of the committed and fresh sets' truth does), so OCR lost the lines after
                    # the method's opening, or read them elsewhere (below the heading after the table), and the
                    # lines read for it may be another cell's (an indicator's taller cell read on down the page:
                    # "วิธีการคำนวณ" / "ความเข้าใจ" / "เพิ่มขึ้นหลัง" / "การอบรม")
                    out.issues.append(Issue("warning", "missing_value", f"KPI {seq}: its method {value[:60]!r} holds "
                                            "the method's words (วิธีการคำนวณ) but not the tool's (เครื่องมือที่ใช้ในการวัด), "
                                            "which the form prints after the formula in that cell: OCR lost the lines "
                                            "after its opening or read them elsewhere, and the words read after it may "
                                            "be another cell's; kept as read", value, min(row.lines), max(row.lines),
                                            field="targets.method"))
                elif name == "method" and not _CALC_RE.search(value):
                    # the tool's words and not the method's: the cell opens with its formula after "วิธีการคำนวณ"
                    # (every method of the committed and fresh sets' truth does), so OCR lost the lines that held
                    # them (fresh set s123p, bma_proposal_s123p005: the row's first lines read as debris, its method
                    # read as its tool alone, with nothing said)
                    out.issues.append(Issue("warning", "missing_value", f"KPI {seq}: its method {value[:60]!r} holds "
                                            "the tool's words (เครื่องมือ) but not the method's (วิธีการคำนวณ), which "
                                            "the form prints first in that cell, with its formula: OCR lost the lines "
                                            "they stood on; kept as read", value, min(row.lines), max(row.lines),
                                            field="targets.method"))
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
