"""The proposal's tables, read by cells whatever separates them.

A flattened table reaches raingan as cells separated by tabs (a row per
line), one cell per line (each new cell indented, a wrapped cell's next line
at the margin), or, after OCR, one cell per line with no indentation to tell
a new cell from a wrapped one.  `cells` turns a section's lines into cells;
each table is then read by what its cells are (an amount, a score, a risk
level, an indicator type), never by position:

  read_activities  the action plan: the numbered steps (the Gantt marks are lost)
  read_budget      the total in digits and in Thai words, the expense lines
                   (quantity x unit amount = amount, under their category), the table's total
  read_risks       risk, likelihood, impact, level, mitigation
  read_kpis        indicator, target value, type, method, period
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import regex
from rapidfuzz.distance import Levenshtein

from normalizers.errors import ValueParseError
from normalizers.numbers import (
    NUMBER_ANY_DIGITS,
    NUMBER_WORDS,
    amounts_in_words,
    find_amount_in_words,
    parse_decimal,
    thai_digits_to_arabic,
    thai_words_to_amount,
)
from normalizers.text import clean_value, join_wrapped, mark_tolerant, skeleton
from parsers.bma_proposal.columns import amounts_below, read_columns
from parsers.bma_proposal.budget import (DEBRIS_CELL_MAX, UNREAD_ROW, budget_activity, debris_row, expense_stream,
                                         item_columns, paragraph_total, put_expenses, rows_run_on,
                                         read_expenses, split_paragraph)
from parsers.bma_proposal.kpis import (TYPES, Kpi, cells_below, fill_from_below, head_apart, is_row_line,
                                       lead_into_first_row, method_opener, method_word_in, percent_word_in, put_kpis,
                                       read_cells, read_rows, read_side_by_side)
from parsers.bma_proposal.money import _figure, amount_or_none
from parsers.bma_proposal.rows import digits_explain
from parsers.repair import enabled
from parsers.checks import money_equal
from parsers.bma_proposal.risks import read_risks_into
from parsers.bma_proposal.steps import MONTH_TITLE, YEAR_READ, read_steps
from parsers.items import THAI_LETTER_RE, THAI_RUN_RE, numbered_items
from parsers.values import span_text
from schemas.document import CopyReading, Issue, Line, Reading


@dataclass(slots=True)
class Cell:
    text: str
    start: int  # first line
    end: int  # last line

    @property
    def line(self) -> Line:
        return Line(self.start, self.text)


def cells(lines: list[Line]) -> list[Cell]:
    """The cells of a section (see module doc).  Where the text shows no
    cell structure at all (no tab, no indentation: OCR output), every line is
    a cell and the tables' readers join wrapped cells by what they hold."""
    structured = any(ln.indent or "\t" in ln.text for ln in lines)
    out: list[Cell] = []
    for ln in lines:
        parts = ln.text.split("\t")
        opens = not structured or ln.indent or ln.bullet or len(parts) > 1
        for k, part in enumerate(parts):
            part = part.strip()
            if not part:
                continue
            if opens or k > 0 or not out:
                out.append(Cell(part, ln.no, ln.no))
            else:
                out[-1].text = join_wrapped([out[-1].text, part])
                out[-1].end = ln.no
    return out


# Header cells of the budget, risk and KPI tables, compared by skeleton
# (a wrapped header cell may come in two parts).
_HEADER_CELLS = frozenset(skeleton(t) for t in (
    "กิจกรรม", "รายการค่าใช้จ่าย", "จำนวนเงิน", "กฎหมาย ระเบียบ", "ที่เกี่ยวข้อง", "กฎหมาย ระเบียบที่เกี่ยวข้อง",
    "ความเสี่ยง", "การประเมินความเสี่ยง", "แนวทาง", "การบริหารความเสี่ยง", "แนวทางการบริหารความเสี่ยง",
    "โอกาสที่", "จะเกิด", "โอกาสที่จะเกิด", "ผลกระทบ", "ระดับของ", "ระดับของความเสี่ยง", "ความเสี่ยง",
    "ตัวชี้วัด", "ค่าเป้าหมาย", "ประเภท", "ประเภทตัวชี้วัด", "ประเภท ตัวชี้วัด", "วิธีการคำนวณ/",
    "เครื่องมือในการใช้วัด", "วิธีการคำนวณ/เครื่องมือในการใช้วัด", "วิธีการคำนวณ/ เครื่องมือในการใช้วัด",
    "ระยะเวลา", "ขั้นตอนการดำเนินงาน", "ขั้นตอน",
))


# a speck OCR left before a header cell ("ย ประเภท", ", วิธีการคำนวณ/", "| ประเภท"): one character and a space
_LEAD_SPECK_RE = regex.compile(r"^\S\s+(?=\S{3})")


def is_header_cell(text: str) -> bool:
    """A header cell, also with a speck before it or one letter of a long
    one OCR changed ("จิธีการคำนวณ/")."""
    sk = skeleton(_LEAD_SPECK_RE.sub("", text, count=1))
    if skeleton(text) in _HEADER_CELLS or sk in _HEADER_CELLS:
        return True
    return len(sk) >= 8 and any(Levenshtein.distance(sk, h, score_cutoff=1) <= 1 for h in _LONG_HEADER_CELLS)


_LONG_HEADER_CELLS = [h for h in _HEADER_CELLS if len(h) >= 8]


# ---------------------------------------------------------------- action plan

# What a Gantt chart leaves in its cells: month abbreviations, the fiscal-year
# caption, the column title, check marks.  A cell of nothing else is no step.
# (a month's title OCR damaged, a mark after its dot, "ก.ุพ.", or its dot read as a sara u: steps.MONTH_TITLE;
# the caption's year with a digit read as a Latin look-alike, "พ.ศ. 255d": steps.YEAR_READ)
_GANTT_TOKEN_RE = regex.compile(
    rf"(?:^|(?<=\s))(?:{MONTH_TITLE}"
    rf"|ปีงบประมาณ(?:\s*พ\.\s*ศ\.)?\s*{YEAR_READ}|ขั้นตอนการดำเนินงาน"
    r"|[✓✔/xX*•●■□\-–]+)(?=\s|$)"
)


def _gantt_only(text: str) -> bool:
    return not _GANTT_TOKEN_RE.sub(" ", text).strip()


_GANTT_MARKS_RE = regex.compile(r"(?:\s+[✓✔■□●•xX*/])+\s*$")
# An unnumbered step's cell of this many letters (Thai or Latin) at most holds no step's words: a step names an
# action ("ประชุมชี้แจง", "นิเทศ ติดตาม ..."); the chart's month titles are two or three letters each
SHORT_CELL = 4
_LETTERS_RE = regex.compile(r"[\u0e01-\u0e2eA-Za-z]")


def read_activities(lines: list[Line], out: CopyReading, printed: str = "") -> None:
    """The numbered steps of the action plan (parsers.bma_proposal.steps);
    steps printed without numbers are one a cell.  `printed`: the skeleton
    of the copy's other text."""
    if read_steps(lines, out, printed):
        return
    steps = [Line(c.start, _GANTT_MARKS_RE.sub("", c.text)) for c in cells(lines)
             if not _gantt_only(c.text) and not is_header_cell(c.text)]
    items, lead = numbered_items(steps)
    if not items and lead:  # steps printed without numbers: one a cell
        for seq, cell in enumerate(lead, start=1):
            text = clean_value(cell.text)
            out.put("activities", seq, "text", Reading(text, text, cell.no, cell.no))
        if all(len(_LETTERS_RE.findall(cell.text)) <= SHORT_CELL for cell in lead):
            # no cell a step's words: the chart's month titles OCR damaged past telling ("aa.", "พุย.", "ธิ ค"
            # for ต.ค. พ.ย. ธ.ค.), the steps' own lines lost (a page of the chart OCR dropped): read as printed,
            # and the table said, its rows that were lost with it
            texts = "; ".join(clean_value(cell.text) for cell in lead)
            out.issues.append(Issue("warning", "unread_cells", f"the action plan's {len(lead)} unnumbered cell(s) "
                                    f"read as steps ({texts[:120]!r}) are each {SHORT_CELL} letters at most, no "
                                    "step's words: the chart's titles or marks OCR damaged, the steps' own lines "
                                    "lost; kept as read, the steps in doubt and any more of them lost", texts,
                                    lead[0].no, lead[-1].no, field="activities"))
        return
    for seq, item in enumerate(items, start=1):
        text = _GANTT_MARKS_RE.sub("", item.text)
        out.put("activities", seq, "text", Reading(text, text, item.line_start, item.line_end))
    out.leave("unplaced_text", "action-plan text before the first numbered step", lead, "activities.text")


# ---------------------------------------------------------------- budget

def _amount(name: str) -> str:
    """An amount as a named group: "฿1,540", "15,100.-บาท", "69,5๐๐.-"."""
    return rf"(?:฿\s*)?(?P<{name}>{NUMBER_ANY_DIGITS})\s*(?:\.\s*-)?\s*(?:บาท)?"



# "(item) จำนวน 2 โรงเรียนๆ ละ 15,100.-บาท เป็นเงิน 30,200.-บาท",
# "(item) 2 โรงเรียน x 15,100 บาท = 30,200 บาท"
EXPENSE_LINE_RE = regex.compile(
    rf"(?:{mark_tolerant('จำนวน')}\s*)?(?P<qty>{NUMBER_ANY_DIGITS})\s*(?P<unit>[^\d๐-๙\s=]{{1,15}}?)\s*"
    rf"(?:ๆ?\s*{mark_tolerant('ละ')}|[xX×*])\s*{_amount('each')}\s*"
    rf"(?:{mark_tolerant('เป็นเงิน')}|=|{mark_tolerant('รวม')})\s*{_amount('amount')}"
)
# A cell that is only an amount ("69,5๐๐.-", "๑๓,๔๔๐.-บาท").
AMOUNT_CELL_RE = regex.compile(rf"^{_amount('amount')}$")
# "เป็นเงิน 69,5๐๐.-บาท" in the budget paragraph.
BUDGET_TOTAL_RE = regex.compile(rf"{mark_tolerant('เป็นเงิน')}(?:ทั้งสิ้น)?\s*{_amount('amount')}")
_CATEGORY_RE = regex.compile(rf"^{mark_tolerant('ค่า')}")
_TOTAL_LABEL_RE = regex.compile(rf"^{mark_tolerant('รวม')}")
LABEL_MAX = 60  # characters of a cell that can name the expense on the next cell


@dataclass(slots=True)
class Budget:
    total: tuple[str, str, int, int] | None = None  # amount, text, lines: "เป็นเงิน X บาท" outside the lines
    words: tuple[str, int, int] | None = None  # the total in Thai words
    lines: list[dict[str, Any]] = field(default_factory=list)
    table_total: tuple[str, int] | None = None


_BULLET_SPLIT_RE = regex.compile(r"(?:^|\s)[-–•]\s+")
_CATEGORY_TAIL_RE = regex.compile(rf"(?:^|\s)({mark_tolerant('ค่า')}\S.*)$")


def _expense_lines(cell: Cell, category: str | None, label: Cell | None) -> tuple[list[dict[str, Any]], str | None]:
    """The expense lines of one cell (a cell may hold several when a table
    lost its line breaks): each figure's item is the words before it, after
    the last bullet; a "ค่า..." phrase before that names the category."""
    found = []
    text, pos = cell.text, 0
    for m in EXPENSE_LINE_RE.finditer(text):
        pieces = [p.strip(" -:") for p in _BULLET_SPLIT_RE.split(text[pos: m.start()]) if p.strip(" -:")]
        item = clean_value(pieces[-1]) if pieces else ""
        for piece in pieces[:-1]:
            tail = _CATEGORY_TAIL_RE.search(piece)
            if tail:
                category = clean_value(tail.group(1))
        if _CATEGORY_RE.match(item) and len(pieces) == 1 and pos:
            category, item = item, ""
        start = cell.start
        if not item and label is not None:
            item, start = clean_value(label.text).strip(" -:"), label.start
        found.append({"item": item or category, "category": category, "match": m, "text": text[pos: m.end()],
                      "start": start, "end": cell.end})
        pos, label = m.end(), None
    return found, category


# A number word by its letters, marks aside (OCR drops them: "สีหมืน"), of two letters at least (ยี่ and สี่ are one:
# "ย", "ส", letters OCR makes of specks as well)
_NUMBER_WORDS_BY_LETTERS = "|".join(sk for w in NUMBER_WORDS if len(sk := skeleton(w)) >= 2)
_NUMBER_WORD_RE = regex.compile(_NUMBER_WORDS_BY_LETTERS)


# Number words (their letters, marks aside: OCR drops them) ending one Thai letter before where an amount in words
# was found to start: the amount's opening words, parted from the rest by a letter OCR misread or set among them
# ("หนึ่งแสนทห้าหมื่น...": the words read from ห้าหมื่น on, a place short)
_WORDS_CUT_RE = regex.compile(rf"(?:{_NUMBER_WORDS_BY_LETTERS})[ก-ฮ]$")
_CUT_REACH = 12  # characters before the words found where the parted opening is looked for


def words_amount(text: str) -> str | None:
    """The budget's amount written in Thai words in `text`: the first whose words before บาท hold a number word
    (of two letters at least, by its letters: _NUMBER_WORD_RE).
    Letters OCR made of a figure's garbled digits, glued to the บาท after the figure ("เป็นเงิน oe nooย บาท
    (เจ็ดหมื่นห้าพันสามร้อยบาทถ้วน)": "ยบาท"), hold none and are no amount in words: the words after them are the
    amount (before, "ยบาท" was taken, pythainlp refused it and the total was lost).  Where no such amount stands,
    the first as normalizers.numbers.find_amount_in_words finds it (a number glued to other text: an error, said).
    Where number words end one letter before the words found (_WORDS_CUT_RE: "หนึ่งแสนทห้าหมื่นสองพัน...",
    read from ห้าหมื่น on as 52,740 for 152,740), their opening was parted from them: the words are given whole,
    the letter among them (_cut_opening), so that they read as no amount and are said (unparsed_value on the
    total), never as the amount the words after the letter make, nor as no words at all (a total misread in
    digits would then stand unflagged)."""
    even = text.replace("\u0e4d\u0e32", "\u0e33")
    found = next((a for a in amounts_in_words(even) if _NUMBER_WORD_RE.search(skeleton(a.baht))), None)
    if found is not None and _parted(even, found.start):
        return _cut_opening(even[max(0, found.start - _CUT_REACH):found.start]) + even[found.start:found.end]
    if found is not None and _tail_alone(even, found.start, found.end):
        return TAIL_MARK + even[found.start:found.end]  # (read as no amount, and said: read_budget)
    return even[found.start:found.end] if found is not None else find_amount_in_words(text)


TAIL_MARK = "…"  # before the words words_amount gives for the tail of an amount in words (_tail_alone)


def _tail_alone(text: str, start: int, end: int) -> bool:
    """Whether the amount in words found at text[start:end] is the tail of one whose opening OCR parted from it:
    the bracket it stands in closes after it ("... สีสิบบาทถ้วน)"), and none opens before it in the text, or the
    one that does holds number words before the words found, other text between ("(สามหมื่นสองพันหนึ่งร้อย" /
    specks and a line's wrap / "สีสิบบาทถ้วน)": fresh set s115r, bma_proposal_s115r004, read as 40.00 and taken for
    the budget's total).  Such words are no amount: words_amount gives them after TAIL_MARK, and read_budget says
    them (unparsed_value on the total), as words a letter parted, never the amount the tail makes."""
    if not text[end:].lstrip().startswith(")"):
        return False
    opening = text.rfind("(", 0, start)
    if opening < 0:
        return True
    between = text[opening + 1:start]
    return bool(between.strip()) and _NUMBER_WORD_RE.search(skeleton(between)) is not None


def _parted(text: str, start: int) -> bool:
    """Whether number words end one letter before `start`, where an amount in words was found in `text`
    (_WORDS_CUT_RE, within _CUT_REACH characters)."""
    return bool(_WORDS_CUT_RE.search(skeleton(text[max(0, start - _CUT_REACH):start])))


def amount_of_words(words: str) -> Decimal:
    """The amount the words words_amount gives stand for; ValueParseError where they stand for none: number words
    a letter parted from the rest (_opening_cut), or the tail of words whose opening OCR parted (TAIL_MARK)."""
    if _opening_cut(words):
        raise ValueParseError("amount_in_words", words, "number words parted from the rest by a letter "
                              "OCR misread or set among them: the amount is not known")
    if words.startswith(TAIL_MARK):
        raise ValueParseError("amount_in_words", words, "the tail of an amount in words whose opening OCR "
                              "parted from it (the bracket it closes opens before other text, or nowhere): "
                              "the amount is not known")
    return thai_words_to_amount(words)


def _opening_cut(words: str) -> bool:
    """Whether `words` (as words_amount gives them, sara am joined) open with number words a letter parts from the
    amount in words after it (_cut_opening kept them)."""
    found = next(amounts_in_words(words), None)
    return found is not None and found.start > 0 and _parted(words, found.start)


def _cut_opening(before: str) -> str:
    """The Thai letters and marks that end `before` (the opening number words and the letter that parted them
    from the amount in words found)."""
    m = regex.search(r"[\u0e01-\u0e4e]+$", before)
    return m.group() if m else ""


def _budget_cells(lines: list[Line]) -> Budget:
    budget = Budget()
    category: str | None = None
    label: Cell | None = None
    after_total_label = False
    total_labelled = False
    for cell in cells(lines):
        text = cell.text
        if is_header_cell(text):
            continue
        spans = [m.span() for m in EXPENSE_LINE_RE.finditer(text)]
        if budget.total is None:
            m = next((m for m in BUDGET_TOTAL_RE.finditer(text) if not any(a <= m.start() < b for a, b in spans)), None)
            if m:
                budget.total = (m.group("amount"), m.group(0), cell.start, cell.end)
        if budget.words is None and (words := words_amount(text)):
            budget.words = (words, cell.start, cell.end)
        if spans:
            found, category = _expense_lines(cell, category, label)
            budget.lines += found
            label = None
            continue
        amount = AMOUNT_CELL_RE.match(text)
        if amount:
            # the amount after "รวม..." is the table's total; without one, the last amount cell
            if budget.lines and (after_total_label or not total_labelled):
                budget.table_total = (amount.group("amount"), cell.start)
                total_labelled = total_labelled or after_total_label
            continue
        after_total_label = bool(_TOTAL_LABEL_RE.match(text))
        if after_total_label or budget.total is not None and not budget.lines and cell.end <= budget.total[3]:
            continue
        if _CATEGORY_RE.match(text):
            category, label = clean_value(text), None
        elif len(text) <= LABEL_MAX:
            label = cell
    return budget


def subtotal_issues(expenses: list, subtotals: list[tuple[str, int, list[int]]]) -> list[Issue]:
    """A category of the item columns whose lines' amounts do not add up to
    the subtotal its row prints ("ค่าเช่ารถ ... 6,000.00" over one line of
    1 x 2,000.00 = 2,000.00, ๖ read as 2 in both figures): a figure of its
    lines is misread, and the line's product cannot tell which when OCR
    misread two figures alike.  Every figure of its lines is said
    (expense_sum_mismatch: a figure in Arabic digits is no surer, OCR writes
    one for a Thai digit it misread); nothing is changed (the subtotal may be
    the misread one).  Before, such a unit amount was kept with no issue
    naming it."""
    issues: list[Issue] = []
    for printed, no, members in subtotals:
        subtotal = amount_or_none(printed)
        amounts = [amount_or_none(expenses[k].amount) for k in members]
        if subtotal is None or None in amounts or money_equal(sum(amounts, Decimal(0)), subtotal):
            continue
        for k in members:
            e, seq = expenses[k], k + 1
            figures = (("quantity", e.qty), ("unit_amount", e.each), ("amount", e.amount))
            doubtful = [(name, text) for name, text in figures if text]
            issues += [Issue("warning", "expense_sum_mismatch", f"expense line {seq}: the lines of its category "
                             f"{e.category!r} add up to {sum(amounts, Decimal(0)):,.2f}, its subtotal (line {no}) "
                             f"reads {subtotal:,.2f}: a figure is misread, which is not known; kept as read",
                             text, e.start, e.end, field=f"expenses.{name}") for name, text in doubtful]
    return issues


def _figure_value(text: str) -> Decimal | None:
    return amount_or_none(text) if text else None


def subtotal_repairs(expenses: list, subtotals: list[tuple[str, int, list[int]]], words: Decimal | None,
                     out: CopyReading, seqs: list[int]) -> set[int]:
    """Categories' subtotals that settle a misread line: where every line of
    the table is of a category whose row prints its subtotal and those
    subtotals add up to the amount the document states in Thai words (spelled
    in letters, it survives OCR), each subtotal is the category's sum.  A
    category of one line whose amount differs from its subtotal then takes
    it (its printed characters may read as it: rows.digits_explain), and its
    unit amount the subtotal over the quantity as read (likewise) where that
    is one reading: not where the quantity's characters read as another
    count that, times the unit amount as read, gives the subtotal too (which
    of the two OCR misread cannot be told).  Said (value_repaired, rule
    subtotal); the subtotals whose categories were settled so are returned
    (by their line), for subtotal_issues to leave.  ("ค่าเช่ารถ ... 6,000.00"
    over one line of 1 x '2,000.00 = 2,000.00, ๖ read as 2 twice: the
    subtotals 3,550 + 15,960 + 6,000 are the words' 25,510.)"""
    settled: set[int] = set()
    if words is None or not subtotals or not enabled():
        return settled
    values = [amount_or_none(printed) for printed, _, _ in subtotals]
    members = sorted(k for _, _, m in subtotals for k in m)
    if None in values or members != list(range(len(expenses))) \
            or not money_equal(sum(values, Decimal(0)), words):
        return settled
    cent = Decimal("0.01")
    for (printed, no, lines), subtotal in zip(subtotals, values):
        if len(lines) != 1:
            continue
        e, seq = expenses[lines[0]], seqs[lines[0]]
        amount, qty, each = _figure_value(e.amount), _figure_value(e.qty), _figure_value(e.each)
        if amount is not None and money_equal(amount, subtotal):
            continue
        if not e.amount or not digits_explain(_figure(e.amount), subtotal) or qty is None or qty <= 0 \
                or not e.each:
            continue
        unit = (subtotal / qty).quantize(cent)
        if not money_equal(unit * qty, subtotal) or not (each is not None and money_equal(each, unit)
                                                         or digits_explain(_figure(e.each), unit)):
            continue
        if each is not None and each > 0 and (other := subtotal / each) == other.to_integral_value() \
                and other != qty and digits_explain(_figure(e.qty), other):
            continue  # the quantity misread instead: two readings
        settled.add(no)
        rec = out.record("expenses", (None, seq))
        for name, value, text in (("amount", subtotal, e.amount), ("unit_amount", unit, e.each)):
            old = rec.get(name)
            if old is not None and old.value is not None and money_equal(old.value, value):
                continue
            rec[name] = Reading(value.quantize(cent), text, e.start, e.end)
            why = "is not its category's subtotal" if name == "amount" else "times the quantity is not the subtotal"
            out.issues.append(Issue(
                "warning", "value_repaired", f"expense line {seq}: {name.replace('_', ' ')} printed {text!r} {why}"
                f" (line {no}: {subtotal:,.2f}; the categories' subtotals add up to the amount in words, "
                f"{words:,.2f}); {value:,.2f} is the one reading of its characters that fits",
                json.dumps({"rule": "subtotal", "printed": text, "chosen": f"{value:.2f}"}, ensure_ascii=False),
                e.start, e.end, field=f"expenses.{name}"))
    return settled


def put_subtotals(expenses: list, subtotals: list[tuple[str, int, list[int]]], out: CopyReading,
                  seqs: list[int]) -> None:
    """Each category's subtotal as printed on the lines of its category
    (field "subtotal", at each line's own span, not output): its text and
    the number and count of the lines under it, so that the sum
    repair (rows.subtotal_groups, money.repair_lines) weighs a category's
    lines against it after the copies are merged."""
    for printed, _, members in subtotals:
        if not printed or not members or sorted(members) != list(range(min(members), max(members) + 1)):
            continue
        first = seqs[min(members)]
        if [seqs[k] for k in sorted(members)] != list(range(first, first + len(members))):
            continue
        for k in members:
            e = expenses[k]
            out.put("expenses", (None, seqs[k]), "subtotal",
                    Reading((printed, first, len(members)), printed, e.start, e.end))


def read_budget(lines: list[Line], out: CopyReading, below: list[Line] | None = None) -> None:
    """Budget total (digits and words), the expense lines, the table total.
    The expense lines are read from the table's expense column
    (parsers.bma_proposal.budget); where that finds none, cell by cell.
    `below`: the next section's lines, where OCR may have put the money
    columns of a table it read down its columns (parsers.bma_proposal.columns)."""
    budget = _budget_cells(lines)
    paragraph, table = split_paragraph(lines)
    if paragraph and (words := words_amount("".join(ln.text.strip() for ln in paragraph))):
        budget.words = (words, paragraph[0].no, paragraph[-1].no)  # words wrapped over lines read whole
    if paragraph and (stated := paragraph_total(paragraph)) is not None:
        budget.total = stated
    elif paragraph and budget.total is not None and budget.total[2] > paragraph[-1].no:
        # the paragraph above the table states the total ("... เป็นเงิน X บาท (words) ตามรายละเอียดดังนี้"); none
        # read there (its clause word misread past _MAKES: "เป็นเงงิน"), a "เป็นเงิน X" below it is a line's clause
        # in the table ("เป็นเงิน" / "๕๕.๐๐๐.๐๐ บาท", a line's amount), no total: the total is not read (the amount
        # in Thai words stands for it, rows.total_from_words, said)
        budget.total = None
    words_value: Decimal | None = None  # the amount in Thai words, read once (the subtotals' repairs, the output)
    words_error: ValueParseError | None = None
    if budget.words is not None:
        try:
            words_value = amount_of_words(budget.words[0])
        except ValueParseError as exc:
            words_error = exc
    activity = budget_activity(span_text(paragraph), lines)
    subtotals: list[tuple[str, int, list[int]]] = []
    unread: list[tuple[str, int, int, bool]] = []  # rows of the item columns of another shape, left out
    run_issues: list[Issue] = []
    expenses, table_total = item_columns(table, subtotals, unread)  # item / quantity / unit / unit amount / amount
    if not expenses and (run := rows_run_on(table, activity)) is not None:  # its rows run on in a line
        expenses, table_total = item_columns(run.lines, subtotals, unread)
        if expenses:
            run_issues = [Issue("warning", "unread_cells", "budget table printed on one line: the first row's "
                                "category and item run together with no bullet or subtotal between; where the "
                                "category ends was guessed", "", a, b, field=f"expenses.{name}")
                          for a, b in run.in_doubt for name in ("category", "item")]
    # a row of the item columns not read (unread): the other readers read the table instead where one reads
    # as many rows as it has (those read and those not); else the rows read are kept, the other said
    rows = len(expenses) + len(unread)
    lost: list[tuple[str, int]] = []  # an expense clause before the stream's first line (budget.lost_before)
    if not expenses or unread:
        stream = expense_stream(table, activity)
        other = read_expenses(stream, activity)
        if not expenses or len(other) >= rows:
            expenses, table_total, unread, subtotals[:], run_issues = other, stream.table_total, [], [], []
            lost = stream.lost
    if (not expenses or unread) and (by_columns := read_columns(table, activity, below)) is not None \
            and (not expenses or len(by_columns.expenses) >= rows):  # read down its columns
        expenses, table_total, unread, run_issues = by_columns.expenses, by_columns.total, [], []
        subtotals[:] = by_columns.subtotals
        out.issues += by_columns.issues
    out.issues += run_issues
    if lost and expenses and lost[-1][1] < expenses[0].start:
        # the lines after it numbered from 1 all the same: said over the table, the lost line's number among them
        # (before, fresh set s124o's bma_proposal_s124o004 lost its first line, "ค่า" / "อาหารกลางวัน" parted by
        # the activity's words, and the two after it were numbered one short, with nothing said but the sum)
        out.issues.append(Issue("warning", "unread_cells", "budget table: before its first line read, an expense "
                                f"clause stands ({' '.join(t for t, _ in lost)[:80]!r}) whose category OCR garbled "
                                "past reading: that line was lost, so the lines read are not the whole table and "
                                "their numbers are in doubt", {"text": " ".join(t for t, _ in lost)}, lost[0][1],
                                max(e.end for e in expenses), field="expenses"))
    placed = [e for e in expenses if e.by_place is not None]
    if placed:
        a, b = min(e.by_place[0] for e in placed), max(e.by_place[1] for e in placed)
        out.issues.append(Issue("warning", "unread_cells", "budget table: its rows read with no amount, the amount "
                                f"column under them (lines {a}-{b}), a figure a line, as many as the rows above it "
                                "(each category's and each item's): each row takes the figure of its place there, so "
                                "its amount is in doubt where the table's arithmetic does not confirm it",
                                " | ".join(e.amount for e in placed), min(e.start for e in placed), b,
                                field="expenses.amount"))
    if expenses and not unread and below and not any(e.amount for e in expenses) \
            and (cells := amounts_below(below, len(expenses))) is not None:
        # every row read with no amount, the amount column read past the next heading: its cells in order
        for e, (text, _) in zip(expenses, cells):
            e.amount = text
        if len(cells) > len(expenses) and table_total is None:
            table_total = cells[-1]
        out.issues.append(Issue("warning", "unread_cells", "budget table: its rows read with no amount, the amount "
                                "column past the next section's heading (lines "
                                f"{cells[0][1]}-{cells[-1][1]}): each row takes the cell of its place there, so its "
                                "amount is in doubt where the table's arithmetic does not confirm it",
                                " | ".join(t for t, _ in cells), expenses[0].start, cells[-1][1], field="expenses.amount"))
    if expenses:
        # a row no pattern reads among rows that do: the others are kept, it is said (the sum of the lines
        # then knows a row is missing: rows.build reads this issue's evidence, UNREAD_ROW)
        # each line numbered by its row in the table, an unread item's row's number left free
        seqs = [k + 1 + sum(1 for _, a, _, is_item in unread if is_item and a < e.start) for k, e in enumerate(expenses)]
        for text, a, b, is_item in unread:
            if not is_item and debris_row(text):
                # no row of the table: the lines read are still the whole table (rows.unread_row), the row is said
                out.issues.append(Issue("warning", "unread_cells", "budget table: a row holding no digit and no cell "
                                        f"of more than {DEBRIS_CELL_MAX} characters ({text!r}), OCR's debris of the "
                                        "table's rules or specks, was left out: it is no item's or category's row",
                                        {"text": text}, a, b, field="expenses"))
                continue
            free = sum(1 for e in expenses if e.start < a) + sum(1 for _, c, _, i in unread if i and c <= a)
            # (a row that may be an item's or a category's leaves the numbers of the lines under it in doubt, an
            # item's row taking a number and a category's none: said over them too; before, a garbled item's row,
            # "- โรงเรียนขนาดเล็ก 2 SGN too ancon-", left the line under it numbered one short, silently: fresh set
            # s109t, bma_proposal_s109t003)
            end = b if is_item else max([b, *(e.end for e in expenses if e.start > a)])
            out.issues.append(Issue("warning", "unread_cells", f"budget table: a row of another shape than the "
                                    "table's (item, quantity, unit, unit amount, amount) could not be read: "
                                    + (f"expense line {free} is not among the lines read" if is_item else
                                       "an item's row or a category's, so the lines under it are of no category "
                                       "known, and their numbers are in doubt (an item's row takes one, a "
                                       "category's none)") + "; the lines read are not the whole table",
                                    {UNREAD_ROW: text, "seq": free if is_item else None}, a, end, field="expenses"))
        put_expenses(expenses, out, activity, seqs)
        put_subtotals(expenses, subtotals, out, seqs)
        settled = subtotal_repairs(expenses, subtotals, words_value, out, seqs)
        out.issues += subtotal_issues(expenses, [t for t in subtotals if t[1] not in settled])
        budget.lines = []
        if table_total is not None and amount_or_none(table_total[0]) is not None:
            budget.table_total = table_total
    cent = Decimal("0.01")
    for seq, line in enumerate(budget.lines, start=1):
        m, span = line["match"], (line["start"], line["end"])
        try:
            qty, each, amount = (parse_decimal(m.group(n)) for n in ("qty", "each", "amount"))
        except ValueParseError as exc:
            out.issues.append(Issue("error", "unparsed_value", f"expense line: {exc.reason}", line["text"], *span,
                                    field="expenses.amount"))
            continue
        key = (None, seq)
        out.put("expenses", key, "item", Reading(line["item"], line["text"], *span))
        out.put("expenses", key, "category", Reading(line["category"], line["category"] or "", *span))
        out.put("expenses", key, "quantity", Reading(qty.quantize(cent), m.group("qty"), *span))
        out.put("expenses", key, "unit", Reading(clean_value(m.group("unit")).rstrip("ๆ ") or None, m.group("unit"),
                                                 *span))
        out.put("expenses", key, "unit_amount", Reading(each.quantize(cent), m.group("each"), *span))
        out.put("expenses", key, "amount", Reading(amount.quantize(cent), m.group("amount"), *span))
    if budget.table_total is not None and (table_total := amount_or_none(budget.table_total[0])) is not None:
        text, no = budget.table_total
        out.put("project", 0, "budget_table_total", Reading(table_total, text, no, no))
    if budget.total is None:
        out.issues.append(Issue("warning", "missing_value", "no budget total (เป็นเงิน ... บาท) in section 7",
                                field="projects.budget_allocated"))
    else:
        amount, text, a, b = budget.total
        out.put("project", 0, "budget_allocated", Reading(amount_or_none(amount), text, a, b))
    if budget.words is not None:
        words, a, b = budget.words
        if words_error is None:
            out.put("project", 0, "budget_in_words", Reading(words_value, words, a, b))
        else:
            out.issues.append(Issue("warning", "unparsed_value", f"amount in words: {words_error.reason}", words, a,
                                    b, field="projects.budget_allocated"))


# ---------------------------------------------------------------- risks

# Risk assessment cells: likelihood and impact are 1-5, the level a word.
_SCORE_RE = regex.compile(r"^[1-5๑-๕]$")
_LEVEL_RE = regex.compile(r"^(?:น้อยมาก|น้อย|ปานกลาง|มาก|สูง|สูงมาก|มากที่สุด|ต่ำ|ต่ำมาก)$")
# An OCR'd cell line that continues the cell above: it opens with a conjunction.
_CONTINUES_RE = regex.compile(r"^(?:และ|หรือ|ซึ่ง|โดย|เพื่อ|ที่|ให้|ตลอดจน|รวมทั้ง)")


def _joined(found: list[Cell]) -> list[Cell]:
    """Cells of OCR'd text (one a line) joined where a line opens with a conjunction."""
    out: list[Cell] = []
    for c in found:
        if out and _CONTINUES_RE.match(c.text) and not _SCORE_RE.match(c.text):
            out[-1] = Cell(join_wrapped([out[-1].text, c.text]), out[-1].start, c.end)
        else:
            out.append(c)
    return out


def read_risks(lines: list[Line], out: CopyReading, past: int | None = None, tail: int | None = None) -> None:
    """Rows of (risk, likelihood, impact, level, mitigation): two scores and
    a level close a risk's text; the cell after them is its mitigation, the
    next cell opens the next risk.  (parsers.bma_proposal.risks reads the
    table first, by its level cells; this reads what that finds no row in.)"""
    if read_risks_into(lines, out, past, tail):
        return
    found = _joined([c for c in cells(lines) if not is_header_cell(c.text)])
    risks: list[dict[str, Any]] = []
    pending: list[Cell] = []
    i = 0
    while i < len(found):
        texts = [c.text for c in found[i:i + 3]]
        if len(texts) == 3 and _SCORE_RE.match(texts[0]) and _SCORE_RE.match(texts[1]) and _LEVEL_RE.match(texts[2]):
            if risks and pending and risks[-1]["mitigation"] is None:
                risks[-1]["mitigation"] = pending.pop(0)
            risks.append({"risk": pending, "scores": found[i:i + 3], "mitigation": None})
            pending = []
            i += 3
            continue
        pending.append(found[i])
        i += 1
    if risks and pending and risks[-1]["mitigation"] is None:
        risks[-1]["mitigation"] = pending.pop(0)
    for seq, risk in enumerate((r for r in risks if r["risk"]), start=1):
        text = clean_value(join_wrapped([c.text for c in risk["risk"]]))
        members = risk["risk"] + risk["scores"] + ([risk["mitigation"]] if risk["mitigation"] else [])
        span = (members[0].start, max(c.end for c in members))
        key = ("risk", seq)
        likelihood, impact, level = (c.text for c in risk["scores"])
        out.put("findings", key, "text", Reading(text, text, *span))
        out.put("findings", key, "likelihood", Reading(thai_digits_to_arabic(likelihood), likelihood, *span))
        out.put("findings", key, "impact", Reading(thai_digits_to_arabic(impact), impact, *span))
        out.put("findings", key, "level", Reading(level, level, *span))
        if risk["mitigation"]:
            mitigation = clean_value(risk["mitigation"].text)
            out.put("findings", key, "mitigation", Reading(mitigation, mitigation, *span))
    out.leave("unread_cells", "risk table cells not placed in any risk row", [c.line for c in pending], "findings")


# ---------------------------------------------------------------- KPIs

def read_kpis(lines: list[Line], out: CopyReading, below: list[Line] | None = None) -> set[int]:
    """KPI rows (parsers.bma_proposal.kpis): read across the page when a line
    holds a row's type and its value's or method's words, else cell by cell.
    The table's cells OCR read after the heading below it (`below`: section
    10.2's lines; kpis.cells_below) fill the rows' methods and periods, or,
    where no row was read above the heading, are the table's next cells.
    The numbers of the lines of `below` taken are returned."""
    tail = cells_below(below or [], is_header_cell)
    if any(is_row_line(ln.text) for ln in lines):
        rows, left = read_rows(lines, _is_kpi_header)
        left = [ln for ln in left if ln.text.strip() and not is_header_cell(ln.text) and not header_pieces(ln.text)
                and not (THAI_RUN_RE.search(ln.text) and _is_kpi_header(ln.text))]
        if rows and (above := _rows_down_columns(left)):
            # rows OCR read down their columns before the rows it read across: the table's first rows
            rows = above + rows
            left = []
            at = [n for r in above for n in r.lines]
            out.issues.append(Issue("warning", "unread_cells", f"KPI table: {len(above)} row(s) before the rows read "
                                    "across the page read down their columns: their cells placed by the columns' "
                                    "order, so each is in doubt where a cell was lost", "", min(at), max(at),
                                    field="targets"))
        if rows:
            left = lead_into_first_row(rows[0], left)
            if (apart := head_apart(rows[0], left)) is not None:
                # a line of words over the first row after a blank line: its indicator's first words, OCR having
                # read the cell's top line apart, or a line of the page's; said at the row (before, the row's
                # indicator read short with no issue at its lines: fresh set s90p, bma_proposal_s90p003)
                out.issues.append(Issue("warning", "unread_cells", f"targets.text: the line {apart.text.strip()!r} "
                                        "stands over the KPI table's first row after a blank line, one cell of "
                                        "words: it may be the first indicator's first words, OCR having read its "
                                        "cell's top line apart, so that indicator's text may be cut short",
                                        apart.text.strip(), apart.no, max(rows[0].lines), field="targets.text"))
        left = [ln for ln in left if THAI_RUN_RE.search(ln.text)]
        kind = _type_word_in(left)
        word = _value_word_in(left) if kind is None else None
        method = _method_word_in(left) if not (kind or word) else None
        if rows and (kind or word or method):
            cell = f"type ({kind})" if kind else f"target value ({word})" if word else f"method ({method})"
            # a row's type among them: a row lost before the first read, so the rows read may be numbered short and
            # each hold the cells of the one before it (a table OCR read column by column: s42b's bma_proposal_s42b002);
            # or a row's target value ("ร้อยละ"), its type cell damaged or lost (fresh sets s75a's bma_proposal_s75a001
            # "ผู้เข้ารับการอบรม จร้อยละ ผล", s74o's s74o003 "โรงเรียนมีการรายงาน ร้อยละ": the next row read as the first)
            # or a row's method ("วิธีการคำนวณ"), its value and type cells both garbled (fresh set s109o's
            # bma_proposal_s109o002 "โรงเรียนมีการ Sagas Wana วิธีการคํานวณ": the next row read as the first, unsaid)
            out.unplaced.extend(left)
            out.issues.append(Issue("warning", "unread_cells", f"KPI table text before the first indicator row "
                                    f"holds a row's {cell}: a row was lost there, so the rows read after it "
                                    "may be numbered short and hold the cells of the row before theirs",
                                    " ".join(ln.text for ln in left), left[0].no,
                                    max(left[-1].no, max(n for r in rows for n in r.lines)), field="targets"))
        else:
            out.leave("unread_cells", "KPI table text before the first indicator row", left, "targets")
        rest, lost = fill_from_below(rows, tail) if tail else ([], False)
    else:
        cells_above = [c for c in _kpi_cells(lines) if method_opener(c)
                       or not is_header_cell(c.text) and not header_pieces(c.text)]
        side = read_side_by_side([ln for ln in lines if not is_header_cell(ln.text) and not header_pieces(ln.text)]) \
            if tail else None
        # the indicator and value columns read across, side by side, the others below the heading: each row opens
        # where the value's word stands beside the indicator's (kpis.read_side_by_side; before, the rows ran into
        # one, its text holding the others' and their values: fresh set s88b, bma_proposal_s88b004)
        rows, left = (side, []) if side else read_cells(cells_above)
        rest, lost = fill_from_below(rows, tail) if tail and any(r.text for r in rows) else ([], False)
        if tail and not any(r.text for r in rows):  # no row above the heading: its cells go on below it
            rows, left = read_cells(cells_above + tail)
            tail = [c for c in tail if c not in left]
        out.leave("unread_cells", "KPI table cells after the last indicator row", left, "targets")
    if rows and rest and (lost or (kind := _type_word_in(rest)) is not None):
        # a row's method or period and no row for it, or a row's type (ผลผลิต) among the cells left: the rows
        # above may hold its cells (its indicator run into a method: s42b's bma_proposal_s42b005)
        out.unplaced.extend(rest)
        first = min(n for r in rows for n in r.lines)
        what = "a method, period or type" if lost else f"a row's type ({kind}) among the cells"
        out.issues.append(Issue("warning", "unread_cells", f"KPI table: {what} read after the heading below the "
                                "table (10.2) fits no row read above it, so a row was lost, or a cell of one, and "
                                "the rows above may hold its cells, or each row's such cells are left unread",
                                " ".join(c.text for c in rest), first, rest[-1].no, field="targets"))
    else:
        out.leave("unread_cells", "KPI table cells read after the heading below the table (10.2) placed in no row",
                  rest, "targets")
    put_kpis(rows, out)
    return {c.no for c in tail}


def _rows_down_columns(lead: list[Line]) -> list[Kpi]:
    """The rows the lines before the first row read across hold, read cell by
    cell (kpis.read_cells: OCR read the table's first rows down their columns,
    "โรงเรียนดำเนิน" / ... / "ร้อยละ" / "100" / "ผลผลิต" / "วิธีการคำนวณ ..."),
    where each has its indicator, value and type and no words are left out;
    else none (the lines stay the lead, as before)."""
    if not lead:
        return []
    found, left = read_cells(_kpi_cells(lead))
    if not found or any(THAI_RUN_RE.search(c.text) for c in left) \
            or any(not r.text or not r.value or not r.type for r in found):
        return []
    return found


def _value_word_in(lines: list[Line]) -> str | None:
    """A target value's word ("ร้อยละ") ending a word of `lines` (kpis.percent_word_in), or None."""
    return next((found for ln in lines if (found := percent_word_in(ln.text)) is not None), None)


def _method_word_in(lines: list[Line]) -> str | None:
    """A row's method words ("วิธีการคำนวณ", not the header's) in a line of `lines` (kpis.method_word_in), or None."""
    return next((found for ln in lines if (found := method_word_in(ln.text)) is not None), None)


def _type_word_in(lines: list[Line]) -> str | None:
    """The KPI type (kpis.TYPES: ผลผลิต, ผลลัพธ์, ผลสัมฤทธิ์) a word of `lines` is, printed whole, or None.
    (kpis._type_in reads a type OCR damaged too, "ผลลัพก์": the doubts here take a whole word only.)"""
    for ln in lines:
        for word in ln.text.split():
            if word in TYPES:
                return word
    return None


def _kpi_cells(lines: list[Line]) -> list[Line]:
    """Cells of the KPI table: as `cells` finds them where cells are
    indented; after OCR each line is one, without the specks a gap left
    after a tab ("วิธีการคำนวณ<tab>:")."""
    if any(ln.indent for ln in lines):
        return [c.line for c in cells(lines)]
    out = []
    for ln in lines:
        parts = [p for p in ln.text.split("\t") if THAI_RUN_RE.search(p) or regex.search(r"[\d๐-๙]", p)]
        text = " ".join(p.strip() for p in parts) if "\t" in ln.text else ln.text.strip()
        if text:
            out.append(Line(ln.no, text, bullet=ln.bullet))
    return out


# The KPI table's header words (skeletons): a line of these only is the header.
_KPI_HEADER_WORDS = sorted((skeleton(w) for w in ("ตัวชี้วัด", "ค่าเป้าหมาย", "ค่า", "เป้าหมาย", "ประเภท",
                                                     "วิธีการคำนวณ", "เครื่องมือในการใช้วัด", "เครื่องมือ",
                                                     "ในการใช้วัด", "วัด", "ระยะเวลา", "ใช้")), key=len, reverse=True)


# The header's cells as the form prints them, one after the other (skeleton): a wrapped header cell's pieces
# ("ประเภ" / "ทตัวชี" / "วัด" of "ประเภทตัวชี้วัด") are parts of it.
_KPI_HEADER_RUN = skeleton("ตัวชี้วัด ค่าเป้าหมาย ประเภทตัวชี้วัด วิธีการคำนวณ/เครื่องมือในการใช้วัด ระยะเวลา")




def header_pieces(text: str) -> bool:
    """A line of the KPI table's header cells cut by their wraps and the
    columns OCR read across ("ตัวชีวัด ค่า ประเภ วิธีการคํานวณ/ ระยะเวล",
    "เป้าหมา ทตัวชี เครื่องมือในการ 1", "ย วัด ใช้วัด"): each of its words
    with a Thai letter is a piece of the header's text, one of four letters
    or more; specks of other characters may stand among them."""
    words = [skeleton(w) for w in text.split() if THAI_LETTER_RE.search(w)]
    return bool(words) and any(len(w) >= 4 for w in words) and all(w in _KPI_HEADER_RUN for w in words)


def _is_kpi_header(text: str) -> bool:
    sk = skeleton(text)
    for word in _KPI_HEADER_WORDS:
        sk = sk.replace(word, "")
    return len(regex.sub(r"[^\u0e01-\u0e2e\u0e40-\u0e44]", "", sk)) <= 3
