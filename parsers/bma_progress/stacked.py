"""Section 2's table of entries as columns (parsers.bma_progress.transposed)
as an OCR engine reads a ruled table: column by column, each column's cells
one under the other,

    รายการ / วันที่รายงาน / รายละเอียดการ / ดำเนินงาน / ... / กับเป้าหมาย     the labels' column
    ครั้งที่ ๑                  an entry's column: its header,
    ๑๑/๑๑/๒๕๖๔                 its date,
    อยู่ระหว่าง / ขั้นตอน...      its description (and expense lines),
    ๑๓.๕%                      its progress,
    ๐.๐๐ บาท                   its disbursement,
    เป็นไปตามแผน / เป็นไปตาม / เป้าหมาย     its plan and target flags
    ครั้งที่ ๒ ...

(a markdown pipe table, which the OCR twin prints ruled, read so).  Each
entry's column stands whole, in the rows' order, but with none of the
words the clause reader (parsers.bma_progress.clauses) knows its parts by.
`restack` gives each such column its clause words back,

    รายงานครั้งที่ ๑ / :: ๑๑/๑๑/๒๕๖๔ : / อยู่ระหว่าง / ขั้นตอน... /
    ความก้าวหน้าของงานฯ = ๑๓.๕% / งบประมาณที่เบิกใช้ = ๐.๐๐ บาท / : เป็นไปตามแผน : เป็นไปตามเป้าหมาย

and drops the labels' columns between them (the table's row titles, no
entry's text).  A column is known by its shape from both ends: a header
alone on its line; then its flags' words closing it, the line above them an
amount with its baht word alone (the disbursement), and no clause words in
it (in the other layouts the figures carry their words: "งบประมาณที่เบิกใช้
= ..."); the progress is the line above the amount when it is a short
number; the date is the line under the header, with the next when that is
a year alone.  A table wider than the page OCR reads in two blocks: the
entries' upper cells column by column, then their disbursements and flags
apart; such a column cut short (a date under its header, its progress with
its sign closing it, nothing of a clause or another column inside) is read
to its progress, and its figures below are left lost (the checks say so).
A run of columns holding their upper cells only (header, date,
description) whose figures OCR read apart under the row titles, no cells
to pair them with, is read to its descriptions, its figures lost, said;
but where one row of as many amounts as columns stands after them (the
lower cells read side by side), each column takes the amount in its place
as its disbursement (`_amounts_row`), said.  Headers with their dates
alone whose columns' rest a page break put after the row titles, as
columns with no header, take those columns in order where the counts are
equal (`_heads_apart`), said.
A lower table's columns that a page break cut after their first cells
(header, date, first words), each read between the columns of the table
above (its headers read across over them), are read after those columns,
each with its rest from past the break where as many rests as tops follow
the lower table's row titles (`_heads_across`, `_top_before_bare`), said.
A column closed by its disbursement alone under its progress, the next
header or the row titles right after it (its flags read apart: side-by-side
tables read column by column, their flag rows read across after them), is
read to its disbursement, its flags lost, said (`_flagless_column`).
A column OCR broke (another header or the labels' column inside it, its
flags lost) is left as it stands.  A header cell whose "ครั้งที่" OCR read
as Latin letters under its first word alone ("รายงาน" / "asin 7") is read
as a header, and said (`latin_headers_read`).  Other layouts pass through
unchanged.
"""

from __future__ import annotations

import regex

from normalizers.confusions import LOOKALIKES, date_candidates
from normalizers.numbers import thai_digits_to_arabic
from normalizers.text import THAI_MARKS, mark_tolerant, ocr_tolerant, standard_re
from parsers.bma_progress.baht_sign import SIGN_ZERO_RE
from parsers.bma_progress.clauses import HEADER_RE
from parsers.bma_progress.months import fiscal_month, month_of_text
from parsers.bma_progress.transposed import _known, _row_cells, untranspose_with_doubts
from parsers.lazy import lazy_compile
from schemas.document import Issue, Line

_M = f"[{THAI_MARKS}]*"
_LETTER_DIGITS = "".join(ch for ch in LOOKALIKES if "\u0e01" <= ch <= "\u0e2e")  # Thai letters read for digits
# A header alone on its line: "ครั้งที่ ๑", "รายงานครั้งที่ ๓", "ครังที ๑๑", "ครั้งที่ en" (its number OCR garbled)
# (or a Thai letter OCR reads a digit as, alone: "ครั้งที่ ฒ" for ๗, normalizers.confusions)
_HEADER_RE = standard_re(
    rf"^\s*(?:{mark_tolerant('รายงาน')}\s*)?(ค{_M}\s?[รว]{_M}\s?ง{_M}(?:\s?[ทห]{_M})?)\s*"
    rf"([^\s\u0e01-\u0e2e]{{1,3}}|[{_LETTER_DIGITS}])?\s*$")
_FLAG_WORDS = (rf"(?:{ocr_tolerant('ไม่')}\s*)?{ocr_tolerant('เป็นไปตาม')}(?:\s*{ocr_tolerant('แผน')}|\s*{ocr_tolerant('เป้าหมาย')})?"
               rf"|{ocr_tolerant('แผน')}|{ocr_tolerant('เป้าหมาย')}")
_FLAG_LINE_RE = regex.compile(rf"^[\s:;|]*(?:(?:{_FLAG_WORDS})[\s:;|]*)+$")
_PLAN_RE = regex.compile(rf"(?:{ocr_tolerant('ไม่')}\s*)?{ocr_tolerant('เป็นไปตาม')}\s*{ocr_tolerant('แผน')}")
_TARGET_RE = regex.compile(rf"(?:{ocr_tolerant('ไม่')}\s*)?{ocr_tolerant('เป็นไปตาม')}\s*{ocr_tolerant('เป้าหมาย')}")
_OPENING_ALONE_RE = regex.compile(rf"(?:{ocr_tolerant('ไม่')}\s*)?{ocr_tolerant('เป็นไปตาม')}")
_OBJECT_NEXT_RE = regex.compile(rf"\s*(?:{ocr_tolerant('แผน')}|{ocr_tolerant('เป้าหมาย')})")
_DIGITISH = r"[\d๐-๙oO@©«»ฒ]"
# The disbursement alone: "๐.๐๐ บาท", "o- บาท", "-o.- บาท", "ต,๐๐๐.- บาท", "o- UM", "฿1,500", "0 บาท.-", "0 บาท,-"
AMOUNT_LINE_RE = regex.compile(
    rf"^\s*-?\s*[฿B#]?\s*\S?{_DIGITISH}[\d๐-๙oO@©«»ฒ,.]*\s*(?:\.\s*)?-?\s*(?:บาท|um|UM|Um)(?:[.,]-)?\s*$"
    rf"|^\s*[฿B#]\s*{_DIGITISH}[\d๐-๙oO@©«»ฒ,.]*\s*(?:\.\s*-)?\s*$"
    # (its thousands' commas read as spaces, "๒ ๓๕๒.๕๐ บาท", "๕๕ ๓๐๐ UM": digits only, groups of three after each
    # space, the shape the clause reader reads as such, clauses._SPACED_AMOUNT)
    rf"|^\s*[฿B#]?[\d๐-๙]{{1,3}}(?: [\d๐-๙]{{3}})+(?:\.[\d๐-๙]{{2}})?[ ]?(?:\.[ ]?)?-?[ ]?(?:บาท|um|UM|Um)(?:[.,]-)?\s*$")
# The progress alone: a short number, maybe with "%" ("๒๕.๐%", "ฒ.๐%", "๓๒", "๕๑.๐0%6")
# (or some of its digits read as a Thai letter OCR writes for one digit alone, confusions.LOOKALIKES: "อ๒.๕%" for
# ๖๒.๕%; with its sign only, a digit among them and nothing but digits and their look-alikes: no word's.  The
# letters that stand for two digits, ส ฒ ฆ, are left out: taken so, "ส๕.๐%" (๘.๐%) in s60o bma_progress 001 cut
# a column block the reader otherwise read, and three more fields were lost)
_DIGIT_LETTERS = "".join(c for c, digits in LOOKALIKES.items() if "ก" <= c <= "ฮ" and len(digits) == 1)
_LETTER_LED = rf"^\s*(?=[^\s%]*[\d๐-๙])(?=[^\s%]*[{_DIGIT_LETTERS}])[{_DIGIT_LETTERS}\d๐-๙oO@©«».,]{{2,8}}\s*%\s*$"
_PROGRESS_LINE_RE = regex.compile(rf"^\s*(?=\S*{_DIGITISH})[^\s\u0e01-\u0e2e]{{1,8}}\s*%?\s*\S?\s*$|{_LETTER_LED}")
# What says a line is no bare column cell: the clause words and separators of the other layouts.  "งบประมาณ"
# counts as the budget clause's first word only with the clause's next word after it ("งบประมาณที่เบิกใช้",
# "งบประมาณทีเบิก") or its figure or bracket ("งบประมาณ = ...", "งบประมาณ (ครั้งที่ 2)"): a description says the
# word too, at its end or inside its words ("... และเบิกจ่ายตาม" / "งบประมาณ", "เบิกจ่ายงบประมาณเสร็จสิ้น"), and
# the clause a wrap cut after the word ("งบประมาณ" / "ที่เบิกใช้ ...") shows its เบิกใช้ on the next line
_CLAUSE_WORDS_RE = regex.compile(
    rf"^\s*[:;=]|{mark_tolerant('ความก้าวหน้า')}|{ocr_tolerant('งบประมาณ')}(?=\s?(?:ท|เบ|[=(\d๐-๙]))"
    rf"|{mark_tolerant('เบิกใช้')}|\t")
# A labels' column line: the row titles' words alone (a wrap may cut them anywhere), a speck after them
_LABEL_WORDS = "|".join(mark_tolerant(w) for w in (
    "รายการ", "วันที่รายงาน", "รายละเอียด", "การดำเนินงาน", "ดำเนินงาน", "การ", "ความก้าวหน้า", "ของงาน",
    "งบประมาณ", "ที่", "เบิกใช้", "เบิก", "ใช้", "ความสอดคล้อง", "กับแผน", "กับเป้าหมาย", "กับ"))
_LABEL_LINE_RE = regex.compile(rf"^\s*(?:(?:{_LABEL_WORDS})\s*[ฯๆ]?\s*)+(?:[\t|]?\s*\S{{0,2}})?\s*$")
# The labels' column's own lines (not a description's wrap, "ดำเนินงาน", which is a label's word too)
_LABEL_OPEN_RE = regex.compile(
    rf"^\s*(?:{mark_tolerant('รายการ')}|{mark_tolerant('วันที่รายงาน')}|{mark_tolerant('รายละเอียดการ')}"
    rf"|{mark_tolerant('ความสอดคล้อง')})\s*$")
# A date's cell: short, with a digit, a look-alike, a Latin letter or an abbreviation's dot among it
_DATE_CELL_RE = regex.compile(r"^(?=.{1,24}$)(?=.*[\d๐-๙A-Za-z@©«»./])\S+(?:\s\S+){0,3}$")
_YEAR_RE = regex.compile(rf"^\s*{_DIGITISH}[\d๐-๙oO@©«»ฒ]{{1,4}}\S?\s*$")  # a date's year a wrap left alone
_YEAR_CUT_RE = regex.compile(r"[/.\-][\d๐-๙]{1,3}\s*$")  # a date's line ending in its year's first digits
_SPECK_RE = regex.compile(r"^[^\u0e01-\u0e4e\d๐-๙]{0,3}$")
MAX_COLUMN = 60  # lines an entry's column may run to


# A ruled cell's speck OCR read as one Thai letter or digit, its marks with it ("ส่", "๑"): a speck only
# among others a wide gap parts (a letter or digit alone on its line may be a wrapped cell's last piece)
_LETTER_SPECK_RE = regex.compile(r"^[\u0e01-\u0e2e\d๐-๙][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*$")


def _is_speck(text: str) -> bool:
    """Specks alone: a short run of marks ("vy", "~z"), or such runs a wide gap
    parts ("A<tab>vy", "~z<tab>vy", "ส่<tab>๑<tab>ส่": the rules of cells
    read side by side, one Thai letter or digit among them too)."""
    if "\t" in text:
        return all(_SPECK_RE.match(cell.strip()) or _LETTER_SPECK_RE.match(cell.strip()) for cell in text.split("\t"))
    return bool(_SPECK_RE.match(text.strip()))


# A flag a wrap cut in two: its first half alone ("เป็นไปตาม", "ไม่ เป็นไปตาม"), its second half alone
_FLAG_CUT_RE = regex.compile(
    rf"^[\s:;|]*(?:{ocr_tolerant('ไม่')}\s*)?{ocr_tolerant('เป็นไปตาม')}[\s:;|]*$")
_FLAG_REST_RE = lazy_compile(rf"^[\s:;|]*(?:{ocr_tolerant('แผน')}|{ocr_tolerant('เป้าหมาย')})[\s:;|]*$")
MAX_SPECKS = 2  # speck lines a ruled cell's rule may leave between a cut flag's halves


def _between_halves(lines: list[Line], j: int, lo: int) -> bool:
    """lines[j] is specks between the two halves of a flag a wrap cut
    ("เป็นไปตาม" / "vy" / "เป้าหมาย": a ruled table's rule read inside the
    cell): the nearest line above that is no speck (past `lo`) is the first
    half alone, the nearest below the second half alone, at most MAX_SPECKS
    speck lines between them."""
    if not _is_speck(lines[j].text):
        return False
    up = j - 1
    while up > lo and _is_speck(lines[up].text):
        up -= 1
    down = j + 1
    while down < len(lines) and _is_speck(lines[down].text):
        down += 1
    return (up > lo and down < len(lines) and down - up - 1 <= MAX_SPECKS
            and _FLAG_CUT_RE.match(lines[up].text) is not None and _FLAG_REST_RE.match(lines[down].text) is not None)


# An expense line's amount a column's width wrapped onto a line of its own, its "=" first ("= 4,600 บาท.-"), and
# the line above it the line's opening: its item ("ค่าเช่ารถโดยสาร") or its count and price ("๓๓ คน x ๑๕๐ บาท")
_EXPENSE_TAIL_RE = regex.compile(
    rf"^\s*=\s*[฿B#]?{_DIGITISH}[\d๐-๙oO@©«»ฒ,.]*(?:\s[\d๐-๙]{{3}})?\s*(?:บาท|um|UM)?[.,\-]*\s*$")
_EXPENSE_OPEN_RE = regex.compile(rf"(?<![\u0e01-\u0e4e]){mark_tolerant('ค่า')}|(?<!\S)[xX×%](?!\S)")


_ITEM_WRAP_RE = regex.compile(r"^\s*[\u0e01-\u0e4e]{1,12}\s*$")  # an item's wrapped rest: one short run of Thai letters


def _expense_tail(lines: list[Line], j: int, i: int) -> bool:
    """lines[j] is an expense line's amount wrapped alone (`_EXPENSE_TAIL_RE`)
    in the column whose header stands at lines[i]: the nearest line above it
    that is no speck, under the header, opens the expense line (its item's
    ค่า, or its count times its price).  A budget clause's amount wrapped so
    has its clause's words above it ("งบประมาณที่เบิกใช้"), which no bare
    column holds."""
    if not _EXPENSE_TAIL_RE.match(lines[j].text):
        return False
    k = j - 1
    while k > i and _is_speck(lines[k].text):
        k -= 1
    if k > i + 1 and _EXPENSE_OPEN_RE.search(lines[k].text) is None and _ITEM_WRAP_RE.match(lines[k].text):
        k -= 1  # the item itself wrapped ("ค่าตอบแท" / "นวิทยากร" / "= 17,800"): its first line opens the expense
    return k > i and _EXPENSE_OPEN_RE.search(lines[k].text) is not None


# The words that lead an expense line to its amount, ending the line a wrap cut it at ("บาท เป็นเงิน" / "2,520.00 บาท")
_EXPENSE_LEADS_RE = regex.compile(rf"(?:{mark_tolerant('เป็นเงิน')}|=)\s*$")


def _expense_amount(lines: list[Line], j: int, i: int) -> bool:
    """lines[j], an amount alone, is an expense line's that a wrap left on a
    line of its own in the description under the header at lines[i]: the
    nearest line above it that is no speck, under the header, ends with the
    words that lead to it ("เป็นเงิน", "=")."""
    k = j - 1
    while k > i and _is_speck(lines[k].text):
        k -= 1
    return k > i + 1 and _EXPENSE_LEADS_RE.search(lines[k].text) is not None


def _sign_amount(lines: list[Line], j: int, i: int) -> bool:
    """lines[j], right above the flags of the column whose header stands at
    lines[i], is its disbursement ฿0 read with no digit ("Bo"), no speck
    (`_is_speck` takes a short run of Latin letters for one): the line above
    it is no amount, and the progress's short number stands there or the
    column's other cells do."""
    return (bool(SIGN_ZERO_RE.match(lines[j].text)) and j - 1 > i
            and not AMOUNT_LINE_RE.match(lines[j - 1].text) and not SIGN_ZERO_RE.match(lines[j - 1].text))


def _header_over_column(lines: list[Line], i: int,
                        shapes: dict[int, tuple[tuple[int, int, int] | None, int | None]],
                        after_column: int | None) -> int | None:
    """Where the header under the header lines[i] stands when lines[i],
    opening no column of its own, is a header OCR read out of its column:
    it stands right after a whole column (`after_column`, specks and blank
    lines between at most), the next line of text is a header whose whole
    column follows, and its number, read, is greater than that header's
    (a column holds one header over its cells, so the two cannot both open
    what follows, and the upper one's number is ahead of its place: a later
    column's header, "รายงานครั้งที่ 7" / "รายงานครั้งที่ 5" / its date / ...).
    None otherwise: a run of headers one a line (a header row read column by
    column) has no whole column right before it, and its numbers run on."""
    if after_column is None or i < after_column \
            or not all(_is_speck(ln.text) or ln.kind != "text" for ln in lines[after_column:i]):
        return None
    j = i + 1
    while j < len(lines) and (lines[j].kind != "text" or _is_speck(lines[j].text)):
        j += 1
    if j >= len(lines) or j not in shapes or shapes[j][0] is None:
        return None
    upper, lower = _header_number(lines[i].text), _header_number(lines[j].text)
    return j if upper is not None and lower is not None and upper > lower else None


def _column(lines: list[Line], i: int) -> tuple[int, int, int] | None:
    """The column whose header stands at lines[i]: (where its cells end, where
    its flags start, where its last flag ends), or None when lines[i:] is no
    whole column of bare cells.  Specks between a cut flag's halves are
    part of the flags (`_between_halves`)."""
    last_flag = None
    for j in range(i + 1, min(len(lines), i + 1 + MAX_COLUMN)):
        text = lines[j].text
        if _FLAG_LINE_RE.match(text):
            last_flag = j
            continue
        if last_flag is not None:
            if _between_halves(lines, j, i):
                continue
            break  # the flags close the column
        if _HEADER_RE.match(text) or _CLAUSE_WORDS_RE.search(text) and not _is_speck(text) \
                and not _expense_tail(lines, j, i):
            return None  # another header before any flag, or a clause's words: no bare column
    if last_flag is None:
        return None
    flags = last_flag
    while flags - 1 > i and (_FLAG_LINE_RE.match(lines[flags - 1].text) or _between_halves(lines, flags - 1, i)):
        flags -= 1
    cells = flags
    while cells - 1 > i and _is_speck(lines[cells - 1].text) and not _sign_amount(lines, cells - 1, i):
        cells -= 1
    if cells - 1 <= i or not AMOUNT_LINE_RE.match(lines[cells - 1].text):
        return None  # no disbursement above the flags
    if any(_LABEL_OPEN_RE.match(ln.text) for ln in lines[i + 1: cells]):
        return None  # the labels' column inside it: OCR broke the column
    return cells, flags, last_flag


HEADLESS_MIN_CELLS = 2  # cells (lines, specks aside) a column whose header OCR lost holds above its disbursement


def _headless_column(lines: list[Line], i: int, before: int | None) -> tuple[int, int, int] | None:
    """A column of bare cells right after the whole column that ends at
    lines[i] (its last flag), its header OCR lost (and maybe its date): no
    header or labels' line in it, a description's cells (HEADLESS_MIN_CELLS
    or more), its disbursement alone, its flags closing it (_column's
    shape, read from the line after lines[i]), and the next header after it
    numbered two past the column before's (`before`, its header's number):
    the one entry the headers skip.  (where its cells end, where its flags
    start, where its last flag ends), or None (a column's cells after its
    flags that the headers leave no entry for are that column's, or
    another's OCR read apart)."""
    if before is None:
        return None
    body = [ln for ln in lines[i + 1: i + 1 + MAX_COLUMN] if ln.text.strip() and not _is_speck(ln.text)]
    if not body or _HEADER_RE.match(body[0].text) or _LABEL_LINE_RE.match(body[0].text) \
            or _FLAG_LINE_RE.match(body[0].text) or AMOUNT_LINE_RE.match(body[0].text):
        return None
    col = _column(lines, i)
    if col is None:
        return None
    cells = [ln for ln in lines[i + 1: col[0] - 1] if not _is_speck(ln.text)]
    if len(cells) < HEADLESS_MIN_CELLS or any(_LABEL_LINE_RE.match(ln.text) for ln in cells):
        return None
    after = next((ln for ln in lines[col[2] + 1:] if _HEADER_RE.match(ln.text)), None)
    return col if after is not None and _header_number(after.text) == before + 2 else None


# The progress alone with its sign: what closes a column cut short ("๕.๐๐ %", "ฒ่.๐๐ %")
_SIGNED_PROGRESS_RE = regex.compile(rf"^\s*(?=\S*{_DIGITISH})[^\s\u0e01-\u0e2e]{{1,8}}\s*%\s*$|{_LETTER_LED}")


def _short_column(lines: list[Line], i: int) -> int | None:
    """A column cut short after its progress (a table wider than the page,
    which OCR reads in two blocks: the entries' upper cells column by
    column, their disbursements and flags apart): the header at lines[i],
    its date under it, then its description and its progress with its sign
    closing it, no clause word, flag, amount or other header among them.
    Where its progress stands, or None.  Its disbursement and flags are
    lost (the checks say so)."""
    body = [j for j in range(i + 1, min(len(lines), i + 1 + MAX_COLUMN)) if not _is_speck(lines[j].text)]
    if len(body) < 3 or not _DATE_CELL_RE.match(lines[body[0]].text.strip()) or _HEADER_RE.match(lines[body[0]].text):
        return None  # (a header under it, "ครั้งที่ 4" / "ครั้งที่ 1": no date, another column's header)
    for j in body[1:]:
        text = lines[j].text
        if _SIGNED_PROGRESS_RE.match(text):
            return j
        if (_HEADER_RE.match(text) or _CLAUSE_WORDS_RE.search(text) and not _expense_tail(lines, j, i)
                or _FLAG_LINE_RE.match(text)
                or AMOUNT_LINE_RE.match(text) and not _expense_amount(lines, j, i) or _LABEL_OPEN_RE.match(text)):
            return None  # (an expense line's amount a wrap left alone, "ค่าเกียรติบัตร =" / "๑๗,๓๐๐.๐๐ บาท", is the description's)
    return None


def _flagless_column(lines: list[Line], i: int, bare_next: bool = False) -> int | None:
    """A column whose flags OCR read apart from it (side-by-side tables read
    column by column, a table's flag rows read across after its columns):
    the header at lines[i], its date under it, its description, its
    progress a short number and its disbursement alone under it closing
    the column, the next line that is no speck another header or the row
    titles' column; no clause word, flag or other header among them.
    `bare_next`: the next line opens a whole column of bare cells instead
    (_column: another entry's, its header read elsewhere).  Where its
    disbursement stands, or None.  Its flags are lost (the checks say so)."""
    body = [j for j in range(i + 1, min(len(lines), i + 1 + MAX_COLUMN)) if not _is_speck(lines[j].text)]
    if len(body) < 4 or not _DATE_CELL_RE.match(lines[body[0]].text.strip()) or _HEADER_RE.match(lines[body[0]].text):
        return None
    for k, j in enumerate(body[1:], 1):
        text = lines[j].text
        if AMOUNT_LINE_RE.match(text) and not _expense_amount(lines, j, i) and not _expense_tail(lines, j, i):
            after = body[k + 1] if k + 1 < len(body) else None
            closed = after is not None and (
                _column(lines, j) is not None and not _LABEL_LINE_RE.match(lines[after].text) if bare_next else
                _HEADER_RE.match(lines[after].text) is not None or _LABEL_LINE_RE.match(lines[after].text) is not None)
            progress = lines[body[k - 1]].text
            return j if closed and k >= 3 and _PROGRESS_LINE_RE.match(progress) \
                and not AMOUNT_LINE_RE.match(progress) else None
        if (_HEADER_RE.match(text) or _CLAUSE_WORDS_RE.search(text) and not _expense_tail(lines, j, i)
                or _FLAG_LINE_RE.match(text) or _LABEL_OPEN_RE.match(text)):
            return None
    return None


def _cut_before_bare(lines: list[Line], i: int) -> int | None:
    """A column with a header of its own cut after its progress, right
    before a whole column of bare cells (another entry's, its header read
    elsewhere: _heads_across): the header at lines[i], its date under it,
    its description, its progress a short number (its sign maybe lost),
    then the bare column (_column) whose first cell is a description's (no
    figure, amount, flag, header or row title); no clause word, flag,
    amount or other header before it.  Where its progress stands, or None.
    Its disbursement and flags are lost (said)."""
    body = [j for j in range(i + 1, min(len(lines), i + 1 + MAX_COLUMN)) if not _is_speck(lines[j].text)]
    if len(body) < 4 or not _DATE_CELL_RE.match(lines[body[0]].text.strip()) or _HEADER_RE.match(lines[body[0]].text):
        return None
    for k, j in enumerate(body[1:], 1):
        text = lines[j].text
        if _PROGRESS_LINE_RE.match(text) and not AMOUNT_LINE_RE.match(text):
            nxt = body[k + 1] if k + 1 < len(body) else None
            if k < 2 or nxt is None or _column(lines, j) is None:
                return None
            first = lines[nxt].text
            bare = not (_PROGRESS_LINE_RE.match(first) or AMOUNT_LINE_RE.match(first) or _FLAG_LINE_RE.match(first)
                        or _HEADER_RE.match(first) or _LABEL_LINE_RE.match(first) or _CLAUSE_WORDS_RE.search(first))
            return j if bare else None
        if (_HEADER_RE.match(text) or _CLAUSE_WORDS_RE.search(text) and not _expense_tail(lines, j, i)
                or _FLAG_LINE_RE.match(text) or _LABEL_OPEN_RE.match(text)
                or AMOUNT_LINE_RE.match(text) and not _expense_amount(lines, j, i)):
            return None
    return None



# -- the upper cells of a lower table's columns read between an upper table's (_heads_across).  Two tables of
# entries stacked on a page, the lower one cut by a page break after its columns' first cells: OCR reads each
# column of the page top to bottom, so each column of the upper table (its headers read across above it: no
# header of its own) comes with the lower table's column in its place cut short under it,
#
#     ครั้งที่ 1  ครั้งที่ 2  ครั้งที่ 3       (the upper table's headers, across)
#     วันที่รายงาน / ... / กับเป้าหมาย        (its row titles)
#     2/11/63 / อยู่ระหว่าง / ... / 0.- บาท / เป็นไปตาม / แผน / ...   (its first column, no header)
#     ครั้งที่ 4 / 12/6/64 / เวียนแจ้ง        (the lower table's first column's top)
#     29 / ธันวาคม / 2563 / จัดทำ / ...       (the upper table's second column, no header)
#     ...
#     หน้า 2/3 ... ประชาสัมพันธ์ / ... / 44 / 0.- บาท / เป็นไปตาม / ...   (after the break: each lower column's rest)
#
# (fresh sets s92o bma_progress_s92o001 and s91p bma_progress_s91p003).  Before, each such top was read as a
# column with the upper table's next column under it, and the upper table's entries were lost.
TOP_LINES = 14  # lines (specks aside) a lower column's top holds at most under its header: its date, first words


def _date_opens(lines: list[Line], j: int) -> bool:
    """Whether lines[j] opens a column's date cell: it, or it and the one or
    two lines after it (a date a narrow cell wraps: "29" / "ธันวาคม" /
    "2563"), read as a date (normalizers.confusions.date_candidates: its
    characters' readings); a date inside a description's words ("วันที่ 31
    กรกฎาคม 2564 ขณะนี้") reads as none."""
    if not _DATE_CELL_RE.match(lines[j].text.strip()):
        return False
    texts = [lines[j].text.strip()]
    for ln in lines[j + 1: j + 4]:
        if len(texts) == 3 or _HEADER_RE.match(ln.text):
            break
        if not _is_speck(ln.text):
            texts.append(ln.text.strip())
    return any(date_candidates(" ".join(texts[:n])) for n in range(1, len(texts) + 1)
               if len(" ".join(texts[:n])) <= 32)


def _top_before_bare(lines: list[Line], i: int) -> int | None:
    """A lower table's column top read right before an upper table's column
    of bare cells (above): the header at lines[i], its date under it, at
    most TOP_LINES lines of its description's first words (no clause word,
    flag, figure, row title or other header), then a whole column of bare
    cells (_column) that opens with its own date (_date_opens).  Where the
    top's last line stands, or None."""
    body = [j for j in range(i + 1, min(len(lines), i + 1 + MAX_COLUMN)) if not _is_speck(lines[j].text)]
    if len(body) < 3 or not _DATE_CELL_RE.match(lines[body[0]].text.strip()) or _HEADER_RE.match(lines[body[0]].text):
        return None
    for k, j in enumerate(body[1: TOP_LINES + 1], 1):
        text = lines[j].text
        if _date_opens(lines, j) and _column(lines, body[k - 1]) is not None:
            return body[k - 1]
        if (_HEADER_RE.match(text) or _CLAUSE_WORDS_RE.search(text) and not _expense_tail(lines, j, i)
                or _FLAG_LINE_RE.match(text) or _LABEL_OPEN_RE.match(text)
                or _SIGNED_PROGRESS_RE.match(text)
                or AMOUNT_LINE_RE.match(text) and not _expense_amount(lines, j, i)):
            return None
    return None


def _top_before_titles(lines: list[Line], i: int) -> int | None:
    """The last lower column's top (_top_before_bare's), read right before
    the lower table's row titles: the header at lines[i], its date under it,
    at most TOP_LINES lines of its description's first words, then the row
    titles.  Where the top's last line stands, or None."""
    end = _upper_end(lines, i, expenses=True)
    if end >= len(lines) or not (_LABEL_OPEN_RE.match(lines[end].text) or _PROGRESS_TITLE_RE.match(lines[end].text)):
        return None
    body = [j for j in range(i + 1, end) if not _is_speck(lines[j].text)]
    while body and _LABEL_LINE_RE.match(lines[body[-1]].text):
        body.pop()  # (the row titles' first lines, before the one _upper_end stops at)
    if not 1 <= len(body) <= TOP_LINES + 1 or not _date_opens(lines, body[0]) or _HEADER_RE.match(lines[body[0]].text):
        return None
    return body[-1]


def _rests_of_tops(lines: list[Line], k: int, n: int) -> list[tuple[int, int]] | None:
    """The rests of `n` lower columns whose tops OCR read apart (above):
    from lines[k] on, past the row titles (_title_lines) and the page's
    furniture, `n` whole columns of bare cells one after the other, each
    opening with no date, figure, flag or row title (a description's words
    the page break cut); each (where it starts, where it ends), or None
    where there are not `n` of them."""
    while k < len(lines):
        if lines[k].kind != "text" or _is_speck(lines[k].text):
            k += 1
            continue
        step = _title_lines(lines, k)
        if not step:
            break
        k += step
    rests: list[tuple[int, int]] = []
    at = k - 1
    while len(rests) < n and (found := _bare_column(lines, at)) is not None:
        first, col = found
        if _date_opens(lines, first):
            return None
        rests.append((at + 1, col[2] + 1))
        at = col[2]
    return rests if len(rests) == n else None


def _bare_column(lines: list[Line], at: int) -> tuple[int, tuple[int, int, int]] | None:
    """The whole column of bare cells right after lines[at] (_column's
    shape), no header over it, opening with words that are no row title
    and no amount: (where its first line of text stands, the column), or
    None.  A run of such columns after the row titles (_heads_apart's
    bodies, _rests_of_tops' rests) is read one by one with it."""
    if at + 1 >= len(lines) or _HEADER_RE.match(lines[at + 1].text):
        return None
    col = _column(lines, at)
    if col is None:
        return None
    first = next((j for j in range(at + 1, col[0]) if not _is_speck(lines[j].text)), None)
    if first is None or _LABEL_LINE_RE.match(lines[first].text) or AMOUNT_LINE_RE.match(lines[first].text):
        return None
    return first, col

# -- the lower cells of a run of columns cut short after their progress (above), which OCR read column by column
# after the row titles: each column's disbursement, then its two flags, the columns in order,
#
#     ครั้งที่ ๑ / date / description / ๙.๐๐ %      ครั้งที่ ๒ / ... / ๕๔.๐๐ %      (columns cut short)
#     งบประมาณที่ / เบิกใช้ / ความสอดคล้อง / กับแผน / ...                          (the row titles)
#     ๐.๐๐ บาท / เป็นไปตาม / แผน / เป็นไปตาม / เป้าหมาย                          (the first column's lower cells)
#     ๓๗,๓๐๐.๒๕ บาท / ไม่เป็นไปตาม / แผน / ไม่เป็นไปตาม / เป้าหมาย                 (the second's)
#
# Where as many such groups (an amount, the plan's flag and the target's) follow the row titles as the run has
# columns, each column takes the group in its order (said: entry_cell_in_doubt); before, the groups were left
# after the run's last column, which read the first group's disbursement and flags as its own.
_BARE_FIGURE_RE = regex.compile(rf"^\s*[฿B#]?{_DIGITISH}[\d๐-๙oO@©«»ฒ,.]*\s*$")  # "๙,๐๐๐.๕๐", its baht word wrapped
_BAHT_ALONE_RE = regex.compile(r"^\s*(?:บาท|um|UM|Um)(?:[.,]?-)?\s*$")


def _next_cell(lines: list[Line], j: int, stop: int) -> int:
    """Index of the first line from lines[j] on (before `stop`) that is no blank or speck, or `stop`."""
    while j < stop and (not lines[j].text.strip() or _is_speck(lines[j].text)):
        j += 1
    return j


def _lower_groups(lines: list[Line], k: int, stop: int, n: int) -> list[tuple[list[Line], list[Line], list[int]]] | None:
    """The `n` groups of lower cells (an amount's lines, its flags' lines,
    the indices of all) from lines[k] up to `stop`, or None unless exactly
    `n` stand there, each an amount and both its flags, nothing after them."""
    groups: list[tuple[list[Line], list[Line], list[int]]] = []
    j = _next_cell(lines, k, stop)
    while j < stop:
        if AMOUNT_LINE_RE.match(lines[j].text):
            amount, taken = [lines[j]], [j]
            j += 1
        elif _BARE_FIGURE_RE.match(lines[j].text) and (b := _next_cell(lines, j + 1, stop)) < stop \
                and _BAHT_ALONE_RE.match(lines[b].text):
            amount, taken = [lines[j], lines[b]], [j, b]
            j = b + 1
        else:
            return None  # (no amount opens it: not a run of lower cells, or one OCR broke)
        flags: list[Line] = []
        j = _next_cell(lines, j, stop)
        while j < stop and _FLAG_LINE_RE.match(lines[j].text):
            flags.append(lines[j])
            taken.append(j)
            j = _next_cell(lines, j + 1, stop)
        joined = " ".join(ln.text.strip(" :;|") for ln in flags)
        if not (_PLAN_RE.search(joined) and _TARGET_RE.search(joined)):
            return None
        groups.append((amount, flags, taken))
    return groups if len(groups) == n else None


def _column_shapes(lines: list[Line]) -> dict[int, tuple[tuple[int, int, int] | None, int | None]]:
    """For each header line's index, the whole column under it (`_column`)
    and, where there is none, where the column cut short after its progress
    ends (`_short_column`): looked at once a header, for the lower cells'
    runs and the restacking both."""
    shapes: dict[int, tuple[tuple[int, int, int] | None, int | None]] = {}
    for h, ln in enumerate(lines):
        if _HEADER_RE.match(ln.text):
            col = _column(lines, h)
            shapes[h] = (col, _short_column(lines, h) if col is None else None)
    return shapes


def _short_runs_lower(lines: list[Line], shapes: dict[int, tuple[tuple[int, int, int] | None, int | None]]
                      ) -> dict[int, tuple[list[Line], list[Line], list[int]]]:
    """For each header of a run of columns cut short (`_short_column`) whose
    lower cells follow the row titles after the run (above), its group
    (`shapes`: the headers' columns, _column_shapes)."""
    heads = list(shapes)
    found: dict[int, tuple[list[Line], list[Line], list[int]]] = {}
    run: list[tuple[int, int]] = []
    for at, h in enumerate(heads):
        short = shapes[h][1]
        if short is None:
            run = []
            continue
        if run and any(AMOUNT_LINE_RE.match(ln.text) or _FLAG_LINE_RE.match(ln.text) for ln in lines[run[-1][1] + 1: h]):
            run = []  # (a lower cell between two: not one run)
        run.append((h, short))
        stop = heads[at + 1] if at + 1 < len(heads) else len(lines)
        k = _next_cell(lines, short + 1, stop)
        titles = k
        while k < stop and (_LABEL_LINE_RE.match(lines[k].text) or not lines[k].text.strip() or _is_speck(lines[k].text)):
            k += 1
        if k == titles or not any(_LABEL_LINE_RE.match(ln.text) for ln in lines[titles:k]):
            continue  # (no row titles after it: the run goes on, or its lower cells are lost)
        groups = _lower_groups(lines, k, stop, len(run))
        if groups is not None:
            found.update({head: g for (head, _), g in zip(run, groups)})
        run = []
    return found


def _flag_lines(flags: list[Line], after: list[Line] = ()) -> list[Line]:
    """The flags' lines as clauses: ": เป็นไปตามแผน", ": เป็นไปตามเป้าหมาย"
    (a flag a wrap cut, "เป็นไปตาม" / "เป้าหมาย", is one).  `after`: the lines
    after the flags (the first that is no speck is looked at)."""
    flags = [ln for ln in flags if not _is_speck(ln.text)] or flags  # specks between a cut flag's halves
    joined = " ".join(ln.text.strip(" :;|") for ln in flags)
    out: list[Line] = []
    for rx in (_PLAN_RE, _TARGET_RE):
        m = rx.search(joined)
        if m is not None:
            at = len(joined[: m.start()].split())  # which line the phrase starts on, by its words
            k, seen = 0, 0
            while k + 1 < len(flags) and seen + len(flags[k].text.split()) <= at:
                seen += len(flags[k].text.split())
                k += 1
            out.append(Line(flags[k].no, f": {m.group(0)}", flags[k].kind))
            if rx is _PLAN_RE and _TARGET_RE.search(joined) is None \
                    and _OPENING_ALONE_RE.fullmatch(joined[m.end():].strip(" :;|")) \
                    and not _OBJECT_NEXT_RE.match(next((ln.text for ln in after if not _is_speck(ln.text)), "")):
                # the target's opening words after the plan, its object lost (the column's last cell cut at a
                # page's edge, "เป็นไปตามแผน" / "เป็นไปตาม"): kept, for the entry to read as its target, said
                # (entries.target_flags_cut); not where the object stands past specks after the flags (the
                # halves a ruled cell's specks part: whether they are one flag is not known, left as before)
                out.append(Line(flags[-1].no, f": {joined[m.end():].strip(' :;|')}", flags[-1].kind))
    return out or [Line(flags[0].no, f": {joined}", flags[0].kind)]


_PAID_CLAUSE = "งบประมาณที่เบิกใช้ = "  # (the disbursement's clause a restacked column closes with, flags aside)


def _paid_line(at: Line, amount: str) -> Line:
    """A restacked column's disbursement, at `at`'s line, with its clause's words."""
    return Line(at.no, _PAID_CLAUSE + amount, at.kind)


def _column_lines(lines: list[Line], i: int, col: tuple[int, int, int], headless: bool = False,
                  undated: bool = False) -> list[Line]:
    """A whole column (_column's (where its cells end, where its flags
    start, where its last flag ends)) under the header at lines[i] (with
    `headless`, after the column before's last line: _restacked) as the
    lines of an entry: its cells, its disbursement, its flags."""
    cells, flags, last = col
    amount = lines[cells - 1]
    return [*_restacked(lines, i, cells - 1, headless=headless, undated=undated),
            _paid_line(amount, amount.text.strip()),
            *_flag_lines(lines[flags: last + 1], lines[last + 1: last + 6])]


def _closed_flagless(head: Line, amount: Line) -> tuple[Line, Issue]:
    """A column read column by column that its disbursement closes, no flags under it: the disbursement's
    labelled line, and the warning that its flags are lost (said at its header's line)."""
    return (_paid_line(amount, amount.text.strip()),
            Issue("warning", "entry_cell_in_doubt", "the entries table is read column by column and this entry's "
                  "column closes with its disbursement, no flags under it (OCR read them apart, with the flags of "
                  "other columns): its flags are lost", head.text, head.no, amount.no, field="progress_reports"))


def _restacked(lines: list[Line], i: int, end: int, figures: bool = True, headless: bool = False,
               undated: bool = False) -> list[Line]:
    """The header at lines[i] and the cells under it up to `end` (its
    disbursement, or past its progress in a column cut short) with their
    clause words: the date the line under the header (and the next when
    that is a year alone), the progress the last cell when it is a short
    number (unless `figures` is false: a column cut before its figures),
    the description the rest.  `headless`: lines[i] is no header (the
    column before's last line), the column's header lost: a header with no
    number opens it, on its first cell's line.  `undated`: the column holds
    no date (its date stood in a row read across: _heads_across), its first
    cell is its description's."""
    body = [c for c in lines[i + 1: end] if not _is_speck(c.text)]
    if headless:
        out = [Line(body[0].no, "รายงานครั้งที่", body[0].kind)]
    else:
        m = _HEADER_RE.match(lines[i].text)
        number = m.group(2) or ""
        # a number OCR wrote as a Thai letter reads as one before a separator (clauses.HEADER_RE)
        sep = " :" if number and "\u0e01" <= number[0] <= "\u0e2e" else ""
        out = [Line(lines[i].no, f"รายงานครั้งที่ {number}".rstrip() + sep, lines[i].kind)]
    progress = None
    if figures and body and _PROGRESS_LINE_RE.match(body[-1].text) and len(body) > 1:
        progress = body.pop()
    if not undated and body and _DATE_CELL_RE.match(body[0].text.strip()):
        date = [body.pop(0)]
        if body and _YEAR_RE.match(body[0].text) and not regex.search(r"[\d๐-๙]{4}", date[0].text):
            date.append(body.pop(0))  # "๑๓ มกราคม" / "๒๕๖๘": the year a wrap put under the day and month
        # a year the column's width cut ("09/01/2" / "563"): its pieces are one number
        joint = "" if len(date) > 1 and _YEAR_CUT_RE.search(date[0].text) else " "
        out.append(Line(date[0].no, ":: " + joint.join(d.text.strip() for d in date) + " :", date[0].kind))
    out.extend(body)
    if progress is not None:
        out.append(Line(progress.no, f"ความก้าวหน้าของงานฯ = {progress.text.strip()}", progress.kind))
    return out


# -- a table wider than the page that OCR read in two blocks the other way round: the entries' upper cells
# column by column (each entry's header, its date under it, its description), then the rows of their figures
# and flags as rows, each a row title and one cell per entry (the cells of one line each):
#
#     ครั้งที่ ๑ / ๑๑/๑๑/๒๕๖๔ / อยู่ระหว่าง / ขั้นตอน...      the first entry's upper cells
#     ครั้งที่ ๒ / ...                                          the next entry's
#     ความก้าวห <tab> ๓.๕๐ % <tab> ๓๒.๐๐ %                    the progress row (its title cut by a wrap)
#     งบประมาณ <tab> ๐.- บาท <tab> ๐.- บาท / ที่เบิกใช้            the disbursement row
#     ความสอดคล้อง <tab> เป็นไปตามแผน <tab> ...                  the flags' rows
#
# Each column is given its clause words (_restacked), and the rows are read as the same table's rows are
# (parsers.bma_progress.transposed), under a header row of as many entries as columns, each entry's figures
# put after its column.

ROWS_MAX = 30  # lines the figures' rows may run to


def _figure_row(line: Line) -> tuple[str, list[str]] | None:
    """The label and values of a line that opens a figure's or a flag's row
    in cells (a row title, a tab, its cells), or None."""
    if "\t" not in line.text:
        return None
    opened = _row_cells(line)
    if opened is None or not opened[1] or not _known(opened[0]):
        return None
    return opened


_FIGURE_WORDS_RE = regex.compile(rf"{mark_tolerant('ความก้าวหน้า')}|{mark_tolerant('เบิกใช้')}")


# The figures' row titles as the labels' column OCR read after a run of upper-cell columns gives them, one
# piece a line, no cells beside them: the progress's title first (a wrap may cut it anywhere after its
# first word: "ความก้าวห" / "น้าของงานฯ"), the disbursement's title within the next lines
_PROGRESS_TITLE_RE = regex.compile(rf"^\s*{mark_tolerant('ความก้าว')}\S{{0,8}}\s*$")
_SPENT_TITLE_RE = regex.compile(rf"^\s*(?:{ocr_tolerant('งบประมาณ')}|(?:{mark_tolerant('ที่')}\s*)?{mark_tolerant('เบิกใช้')})\s*$")
TITLES_REACH = 4  # lines from the progress's title to the disbursement's


def _figure_titles(lines: list[Line], j: int) -> bool:
    """Whether the figures' row titles, as the labels' column alone, start at lines[j] (_PROGRESS_TITLE_RE)."""
    return bool(_PROGRESS_TITLE_RE.match(lines[j].text)) and any(
        _SPENT_TITLE_RE.match(ln.text) for ln in lines[j + 1: j + 1 + TITLES_REACH])


_SEPARATOR_FIRST_RE = regex.compile(r"^\s*[:;=]")  # a date given its clause words already (":: ๑๑/๑๑/๒๕๖๔ :")


def _first_cell(lines: list[Line], head: int, end: int) -> str:
    """The first cell under a column's header (its date), specks aside."""
    return next((ln.text for ln in lines[head + 1: end] if not _is_speck(ln.text)), "")


def _upper_column_end(lines: list[Line], i: int) -> int | None:
    """Where the column whose header stands at lines[i] ends when it holds
    only its upper cells: a date under the header, then a description (its
    expense lines too), up to the next header, a figure's row in cells, or
    the figures' row titles alone (_figure_titles); None when lines[i:] is
    no such column (a figure's or flag's words, a row title or a line of
    cells inside it, or no end within MAX_COLUMN)."""
    body = 0
    for j in range(i + 1, min(len(lines), i + 1 + MAX_COLUMN)):
        text = lines[j].text
        if _HEADER_RE.match(text) or _figure_row(lines[j]) is not None or _figure_titles(lines, j):
            return j if body >= 2 else None
        if _is_speck(text):
            continue
        if body == 0 and not _DATE_CELL_RE.match(text.strip()):
            return None
        if ("\t" in text or _FLAG_LINE_RE.match(text) or _LABEL_OPEN_RE.match(text)
                or _FIGURE_WORDS_RE.search(text)):
            return None
        body += 1
    return None


def _upper_run(lines: list[Line], i: int) -> tuple[list[tuple[int, int]], int] | None:
    """The run of upper-cell columns (module doc, above) whose first header
    stands at lines[i], each (its header, its end), and where the figures'
    rows start; None when lines[i:] opens no such run."""
    cols: list[tuple[int, int]] = []
    k = i
    while True:
        end = _upper_column_end(lines, k)
        if end is None:
            return None
        cols.append((k, end))
        if not _HEADER_RE.match(lines[end].text):
            return cols, end
        k = end


def _rows_end(lines: list[Line], n: int, start: int) -> int | None:
    """Where the figures' rows of a run of `n` upper-cell columns starting at
    lines[start] end at the latest (the next header, ROWS_MAX); None unless
    their first row holds one cell per column."""
    opened = _figure_row(lines[start])
    if opened is None or len(opened[1]) != n:
        return None
    stop = start + 1
    while stop < len(lines) and stop < start + ROWS_MAX and not _HEADER_RE.match(lines[stop].text):
        stop += 1
    return stop


def _figures_of_columns(lines: list[Line], n: int, start: int, stop: int
                        ) -> tuple[list[list[Line]], list[Line], list[Issue]] | None:
    """The figures' rows lines[start:stop] read as the rows of a table of `n`
    entries: each entry's parts (its clauses), the lines after the table, the
    doubts of its cells; None when they do not read so."""
    first = lines[start]
    cells = first.text.split("\t")
    cols = (0, *first.cols[1:]) if len(first.cols) == len(cells) == n + 1 else ()
    head = Line(lines[start - 1].no, "\t".join(["", *(f"ครั้งที่ {k + 1}" for k in range(n))]), cols=cols)
    block = lines[start:stop]
    got, issues = untranspose_with_doubts([head, *block])
    own = {id(ln) for ln in block}
    t = len(got)
    while t > 0 and id(got[t - 1]) in own:
        t -= 1  # the lines after the table, as they were
    parts: list[list[Line]] = []
    for ln in got[:t]:
        if ln.no == head.no:
            parts.append([])
        elif parts:
            parts[-1].append(ln)
        else:
            return None
    if len(parts) != n or not any(parts):
        return None
    return parts, got[t:], issues


def restack(lines: list[Line]) -> list[Line]:
    """Section 2 with each entry column a ruled table's OCR stacked (module
    doc) given its clause words; the labels' columns between such columns
    dropped; other lines as they stand."""
    return restack_with_doubts(lines)[0]


def restack_with_doubts(lines: list[Line]) -> tuple[list[Line], list[Issue]]:
    """`restack`, and an issue for each header alone on its line that opens
    no whole column in a section where others do: OCR broke that entry's
    column (another column's cells or the labels inside it, its flags lost),
    so the entry may be lost or read with another's cells; the issue names
    the whole table (progress_reports) at the header's line."""
    lines, latin = latin_headers_read(lines)
    out, broken, doubts = _restack(lines)
    issues = latin + doubts + [Issue("warning", "entry_cell_in_doubt", BROKEN_COLUMN, ln.text, ln.no, ln.no,
                                     field="progress_reports") for ln in broken]
    return out, issues


# What restack_with_doubts says of a header whose column OCR broke (column_broken tells its issues)
BROKEN_COLUMN = ("the entries table is read column by column and this entry's column is broken (another column's "
                 "cells, or the row titles, stand inside it, or its flags are lost): the entry may be lost or read "
                 "with another entry's cells")


def column_broken(issue: Issue) -> bool:
    """Whether an issue says an entry's column of a table OCR read column by
    column is broken (restack_with_doubts): its cells stand in the text
    inside another entry's column, so the order of the entries' cells in
    the text is not the order of their columns on the page."""
    return issue.code == "entry_cell_in_doubt" and issue.message == BROKEN_COLUMN


_REPORT_WORD_RE = regex.compile(rf"\s*{mark_tolerant('รายงาน')}\s*")  # a header's first word alone on its line
# A header's number (with the header's last word, "ที่ 1") that the column's width wrapped onto the next line alone, in
# digits (a letter OCR reads for a digit, "ฒ", may stand for several: the sequence gives such a header its number)
_NUMBER_ALONE_RE = regex.compile(rf"^\s*(?:{mark_tolerant('ที่')}\s*)?([\d๐-๙]{{1,2}})\s*$")
# ... or with a speck OCR read beside it, a mark or two that is no digit ("ที่ า๒", "ii ๕"): the number is read
# without it, said
_SPECKED_NUMBER_RE = regex.compile(rf"^\s*(?:{mark_tolerant('ที่')}\s*)?([^\s\d๐-๙]{{1,2}})\s?([\d๐-๙]{{1,2}})\s*$")


# -- a header cell read column by column ("รายงาน" / "ครั้งที่ ๔") whose second line's words OCR read as Latin letters
# ("รายงาน" / "asin 4", "รายงาน" / "ayn «", "รายงาน" / "ann" / "๑2"): the header's number after them, or alone on the
# next line, as printed (a digit, or a mark that stands for one: the sequence mends it or says so)
_LATIN_HEAD_RE = regex.compile(r"^\s*[A-Za-z]{2,6}(?:[ \t]+([^\s\u0e01-\u0e4e]{1,3}))?\s*$")
_DIGIT_ALONE_RE = regex.compile(r"^\s*([\d๐-๙]{1,2})\s*$")
LATIN_HEADS_BESIDE = 2  # headers "รายงาน" / "ครั้งที่ N" read in Thai letters the section holds at the least


def _next_text(lines: list[Line], j: int) -> int | None:
    """Index of the first line from lines[j] on that is no blank."""
    while j < len(lines) and not lines[j].text.strip():
        j += 1
    return j if j < len(lines) else None


def latin_headers_read(lines: list[Line]) -> tuple[list[Line], list[Issue]]:
    """`lines` with each header cell whose "ครั้งที่" OCR read as Latin letters
    (above) read as the header "ครั้งที่ N", where the line above is the
    header's first word "รายงาน" alone, the next is no header's words (the
    Latin letters then are a speck between the two halves of a header
    whole: "รายงาน" / "via" / "ครั้งที1"), and the section holds
    LATIN_HEADS_BESIDE headers or more printed so in Thai letters; an
    issue for each, naming progress_reports.seq at its line."""
    opened = [k for k in range(1, len(lines))
              if _REPORT_WORD_RE.fullmatch(lines[k - 1].text) and _HEADER_RE.match(lines[k].text)]
    if len(opened) < LATIN_HEADS_BESIDE:
        return lines, []
    out: list[Line] = []
    issues: list[Issue] = []
    skip: set[int] = set()
    for k, ln in enumerate(lines):
        if k in skip:
            continue
        m = _LATIN_HEAD_RE.match(ln.text) if k and _REPORT_WORD_RE.fullmatch(lines[k - 1].text) else None
        if m is None:
            out.append(ln)
            continue
        number = m.group(1) or ""
        after = _next_text(lines, k + 1)
        if after is not None and _HEADER_RE.match(lines[after].text):
            out.append(ln)  # a speck between a header's halves
            continue
        last = ln.no
        if not number and after is not None and (alone := _DIGIT_ALONE_RE.match(lines[after].text)):
            number = alone.group(1)  # its number wrapped under it ("ann" / "๑2")
            skip.add(after)
            last = lines[after].no
        out.append(Line(ln.no, f"ครั้งที่ {number}".rstrip(), ln.kind))
        issues.append(Issue("warning", "entry_cell_in_doubt",
                            f"an entries table's header cell whose words OCR read as Latin letters "
                            f"({ln.text.strip()!r}) under 'รายงาน' is read as an entry's header; its number "
                            + (f"as printed ({number})" if number else "the sequence's"),
                            ln.text, ln.no, last, field="progress_reports.seq"))
    return out, issues


def _header_numbers_joined(lines: list[Line]) -> tuple[list[Line], list[Issue]]:
    """`lines` with each header alone on its line that has no number
    ("รายงานครั้งที่", "รายงานครั้ง") given the number the column's width
    wrapped onto the line right under it ("4", "ที่ 1") as one header line:
    before, the number was read as the column's date and the header as one
    with its number lost.  A number with a speck OCR read beside it ("ที่
    า๒", "ii ๕": a mark or two that is no digit) is read without the
    speck, and said (an issue naming progress_reports.seq; the entries'
    sequence mends the number or says so).  A header whose next line is
    anything else stays, and so does one whose first word stands alone on
    the line above it ("รายงาน" / "ครั้งที่" / "๑๐": a header cell of the
    other layouts wrapped word by word, which the clause reader reads as it
    stands)."""
    out: list[Line] = []
    issues: list[Issue] = []
    k = 0
    while k < len(lines):
        ln = lines[k]
        m = _HEADER_RE.match(ln.text)
        if m is not None and m.group(2) is None and k + 1 < len(lines) \
                and not (k > 0 and _REPORT_WORD_RE.fullmatch(lines[k - 1].text)):
            under = lines[k + 1]
            if (num := _NUMBER_ALONE_RE.match(under.text)) is not None:
                out.append(Line(ln.no, f"รายงานครั้งที่ {num.group(1)}", ln.kind))
                k += 2
                continue
            said = None
            if (specked := _SPECKED_NUMBER_RE.match(under.text)) is not None:
                number = specked.group(2)
                said = (f"its number with a speck beside it ({under.text.strip()!r}): read as report {number} "
                        f"without the speck {specked.group(1)!r}")
            elif (mark := _MARK_ALONE_RE.match(under.text)) is not None \
                    and _date_month(lines, k + 1, k + 4) is not None:
                # its number OCR garbled past a digit's shape on the line under it ("ว" for ๖), the column's date
                # right under that: the header's, its number unreadable (the sequence numbers it, said)
                number = mark.group(1) if _number_unread(mark.group(1)) else "?"
                said = (f"a mark no digit reads ({under.text.strip()!r}) over the column's date: read as a header "
                        f"whose number is unreadable")
            if said is not None:
                out.append(Line(ln.no, f"รายงานครั้งที่ {number}", ln.kind))
                issues.append(Issue("warning", "entry_cell_in_doubt",
                                    f"a report header alone on its line with no number, the line under it {said}",
                                    f"{ln.text} / {under.text}", ln.no, under.no, field="progress_reports.seq"))
                k += 2
                continue
        out.append(ln)
        k += 1
    return out, issues


# A mark alone on a line that no digit reads: a Thai letter alone (its marks with it) or one or two other marks
_MARK_ALONE_RE = regex.compile(r"^\s*((?:[\u0e01-\u0e2e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*)|[^\s\d๐-๙\u0e01-\u0e4e]{1,2})\s*$")


def _number_unread(mark: str) -> bool:
    """Whether the clause reader reads "รายงานครั้งที่ `mark`" as a header whose number is unreadable, the mark as
    printed (clauses.HEADER_RE); a Thai letter no digit's look-alike it does not: such a header is given "?"."""
    m = HEADER_RE.match(f"รายงานครั้งที่ {mark}")
    return m is not None and m.group(1) is None and m.group(2) is not None


# -- a table OCR read in blocks out of order (psm 3): each entry's header with its date and description, but the
# figures' blocks (its progress alone with its sign, its disbursement alone, its flags) lagging behind them, one
# column or more late, or gathered after the row titles of a second page's table:
#
#     ครั้งที่ 1 / 09/01/2563 / ประชุม...          entry 1's upper cells
#     ครั้งที่ 2 / ...                              entry 2's
#     ความก้าวห / น้าของงานฯ / ...                  the row titles
#     ๘.0% / 0 บาท.- / เป็นไปตามแผน / ...           entry 1's figures' block
#     ครั้งที่ 3 / ... / 8.0% / ๐ บาท.- / ...        entry 3's upper cells, then entry 2's block
#
# The blocks stand in the entries' order (the engine reads each page's blocks top to bottom, left to right).
# Where every header 1..N is read once, and exactly N such blocks stand in the section (no progress or
# its sign alone outside one), block k goes to entry k; otherwise nothing is placed by order.
_BAHT_ALONE_RE = regex.compile(r"^\s*(?:บาท|um|UM|Um)[.,]?-?\s*$")
_FIGURE_ALONE_RE = regex.compile(rf"^\s*-?{_DIGITISH}[\d๐-๙oO@©«»ฒ,.]*\s*$")


def _header_number(text: str) -> int | None:
    """The number of a header alone on its line, when it is digits."""
    m = _HEADER_RE.match(text)
    number = thai_digits_to_arabic(m.group(2) or "") if m is not None else ""
    return int(number) if number.isascii() and number.isdigit() else None


def _figure_block(lines: list[Line], j: int) -> tuple[int, int, int] | None:
    """The figures' block whose progress (alone, with its sign) stands at
    lines[j]: (where its disbursement starts, where its flags start, where
    the block ends), or None.  Its disbursement is the next line that is
    no speck (alone, or its figure and its baht word on two lines), its
    flags the flag lines right under it (none when OCR read them apart)."""
    if not _SIGNED_PROGRESS_RE.match(lines[j].text):
        return None
    a = j + 1
    while a < len(lines) and _is_speck(lines[a].text):
        a += 1
    if a >= len(lines):
        return None
    if AMOUNT_LINE_RE.match(lines[a].text):
        f = a + 1
    elif _FIGURE_ALONE_RE.match(lines[a].text) and a + 1 < len(lines) and _BAHT_ALONE_RE.match(lines[a + 1].text):
        f = a + 2
    else:
        return None
    end = f
    k = f
    while k < len(lines) and (_is_speck(lines[k].text) or _FLAG_LINE_RE.match(lines[k].text)):
        k += 1
        if _FLAG_LINE_RE.match(lines[k - 1].text):
            end = k
    while f < end and _is_speck(lines[f].text):
        f += 1
    return a, f, end


def _upper_end(lines: list[Line], i: int, expenses: bool = False) -> int:
    """Where the upper cells (date, description) under the header at
    lines[i] end: the next header, figure, flag or row title (with
    `expenses`, an expense line's amount alone in the description is none:
    _expense_amount)."""
    for j in range(i + 1, min(len(lines), i + 1 + MAX_COLUMN)):
        text = lines[j].text
        if (_HEADER_RE.match(text) or _SIGNED_PROGRESS_RE.match(text)
                or AMOUNT_LINE_RE.match(text) and not (expenses and _expense_amount(lines, j, i))
                or _FLAG_LINE_RE.match(text) or _LABEL_OPEN_RE.match(text) or _PROGRESS_TITLE_RE.match(text)
                or _FIGURE_WORDS_RE.search(text) or "\t" in text):
            return j
    return min(len(lines), i + 1 + MAX_COLUMN)


def _figures_by_order(lines: list[Line]) -> tuple[list[Line], list[Issue]] | None:
    """The section with each entry given its figures' block by order
    (above), and the doubts that says (the figures placed by order; the
    lines of the table under no header, lost), or None where it does not read so: a header number missing,
    unreadable or twice, a count of blocks other than the headers', a
    progress alone outside a block (a disbursement alone may be an expense line's
    wrapped amount in a description), or the blocks already
    each under their own entry's column (the columns read whole)."""
    heads = [(i, n) for i, ln in enumerate(lines) if (n := _header_number(ln.text)) is not None]
    if len(heads) < 2 or sum(1 for ln in lines if _HEADER_RE.match(ln.text)) != len(heads):
        return None  # (fewer than two headers, or one whose number is no digits)
    numbers = sorted(n for _, n in heads)
    if numbers != list(range(1, len(heads) + 1)):
        return None
    blocks: list[tuple[int, int, int, int]] = []
    j = heads[0][0]
    used: set[int] = set()
    while j < len(lines):
        got = _figure_block(lines, j)
        if got is not None:
            blocks.append((j, *got))
            used.update(range(j, got[2]))
            j = got[2]
            continue
        j += 1
    if len(blocks) != len(heads):
        return None
    if any(_SIGNED_PROGRESS_RE.match(ln.text) and k not in used for k, ln in enumerate(lines) if k >= heads[0][0]):
        return None
    marks = sorted([(i, "h", n) for i, n in heads] + [(b[0], "b", k + 1) for k, b in enumerate(blocks)])
    if [(t, n) for _, t, n in marks] == [x for n in range(1, len(heads) + 1) for x in (("h", n), ("b", n))]:
        return None  # each block under its own column: the columns read whole
    upper = {i: _upper_end(lines, i) for i, _ in heads}
    placed: set[int] = set(used)
    for i, _ in heads:
        placed.update(range(i, upper[i]))
    last = max(max(b[3] for b in blocks), max(upper.values()))
    lost = [ln for k, ln in enumerate(lines[: last]) if k >= heads[0][0] and k not in placed
            and not (_is_speck(ln.text) or _LABEL_LINE_RE.match(ln.text) or _LABEL_OPEN_RE.match(ln.text)
                     or _PROGRESS_TITLE_RE.match(ln.text) or _FIGURE_WORDS_RE.search(ln.text))]
    out: list[Line] = []
    pending = lines[: heads[0][0]]
    while pending and (_LABEL_LINE_RE.match(pending[-1].text) or _is_speck(pending[-1].text)):
        pending = pending[:-1]
    out.extend(pending)
    for (i, _), (p, a, f, end) in zip(sorted(heads, key=lambda h: h[1]), blocks):
        out.extend(_restacked(lines, i, upper[i], figures=False))
        out.append(Line(lines[p].no, f"ความก้าวหน้าของงานฯ = {lines[p].text.strip()}", lines[p].kind))
        amount = " ".join(ln.text.strip() for ln in lines[a:f] if not _is_speck(ln.text))
        out.append(_paid_line(lines[a], amount))
        if f < end:
            out.extend(_flag_lines(lines[f:end], lines[end: end + 5]))
    out.extend(lines[last:])
    first, end = lines[heads[0][0]], lines[last - 1]
    issues = [Issue("warning", "entry_cell_in_doubt", "the entries table is read column by column in blocks out of "
                    f"order: its {len(heads)} figures' blocks are given to its {len(heads)} entries by their order, "
                    "and the entries' cells may stand in another entry's place", first.text, first.no, end.no,
                    field="progress_reports")]
    if lost:
        for field in ("progress_reports.description", "expenses"):
            issues.append(Issue("warning", "entry_cell_in_doubt", f"the entries table is read in blocks out of "
                                f"order and {len(lost)} of its lines stand under no entry's header: lost (an "
                                "entry's description or expense lines)", lost[0].text, lost[0].no, lost[-1].no,
                                field=field))
    return out, issues


# -- the same, table by table (tried first; where it places nothing, the whole-section reading above is): a section
# whose headers or blocks that reading refuses (a second table's headers read across in one line, a header's number
# misread) still holds tables each read so, and a block's description's tail is its entry's.  Walked in
# the order read, the headers and the figures' blocks close a group where as many blocks as headers have been read
# (the engine reads a table's upper cells, then the figures' blocks of the same columns, before the next table's):
#
#     ครั้งที่ 1 / ... / 1.00 % / 0 บาท.- / flags          entry 1's column whole: a group of its own, left as it is
#     ครั้งที่ 4 / 3 มกราคม / 64 / อยู่ระหว่าง...            entry 4's upper cells (the next table's, read beside)
#     ครั้งที่ 2 / ... / 3.00 % / ... / flags               entry 2's column whole
#     ครั้งที่ 5 / ... ครั้งที่ 3 / ... ครั้งที่ 6 / ...
#     ความก้าวหน้า / ของงานฯ / ...                        the row titles
#     การคัดเลือก / และตัดสิน / ผลงาน / 7.00 % / 0 บาท.- / flags    entry 4's description's tail and figures
#     ... entry 5's, entry 6's
#
# A block is a progress alone with its sign, its disbursement and its flags (_figure_block), or, where the form prints
# the progress with no sign ("25"), the figure, the disbursement and the flags right under it (_bare_block); a
# disbursement with no progress above it (OCR lost the figure) is one only where it closes the column of the header
# just before it, read column by column.
# In a group of two headers or more, the k-th block goes to the header of the k-th number (the numbers read are
# distinct and in a run; one unreadable number is the one the run after the group before lacks, if one only), or,
# where some header's number is misread (unreadable, or a number another header of
# the group prints in its own place), to the k-th header read, where every other header prints its place in the
# run; each block stands after its header.  A block's lines above its progress, after what the group placed
# before it (a header's upper cells, up to the next header or block, a block) and the row titles, are its entry's
# description's tail.  Each
# entry's column is given back whole (its header, upper cells, tail, figures and flags), for the column reader.
# A group with lines of text left under no header, or whose blocks lack their flags, is left as it stands.
GROUP_MIN = 2  # headers of a group read out of order at the least (one header and its block: a whole column)
# a ruled cell's rule read with a digit ("vy ๑7", "az ๑"): no Thai letter, four characters at most
_JUNK_RE = regex.compile(r"^(?!.*[\u0e01-\u0e2e])[ \t]*+(?:\S[ \t]*+){0,4}$")


_NOT_LETTER_RE = regex.compile(rf"[{THAI_MARKS}\u0e33\u0e32\s]")  # marks, sara am and aa (OCR's "ํา" for "ำ")
# The row titles (under "รายการ"), and run together as letters: a narrow column wraps them anywhere ("ความก้าวห" /
# "น้าของงานฯ", "ความสอดค" / "ล้องกับแผน"), so a line of the titles' column is a piece of _TITLES
_ROW_TITLES = ("วันที่รายงาน", "รายละเอียดการดำเนินงาน", "ความก้าวหน้าของงานฯ", "งบประมาณที่เบิกใช้",
               "ความสอดคล้องกับแผน", "ความสอดคล้องกับเป้าหมาย")
_TITLES = _NOT_LETTER_RE.sub("", "รายการ" + "".join(_ROW_TITLES))
# specks OCR read as a letter or two ("เท", "7 ฆม"): three characters at most
_NOISE_RE = regex.compile(r"^[ \t]*+(?:\S[ \t]*+){0,3}$")
TITLE_PIECE_MIN = 3  # letters a piece of the titles holds at the least (fewer may be any word's)


def _is_title(text: str) -> bool:
    """A line of the row titles' column (or a speck or a rule's junk)."""
    if _is_speck(text) or _JUNK_RE.match(text) or _NOISE_RE.match(text) or _LABEL_LINE_RE.match(text) \
            or _LABEL_OPEN_RE.match(text) \
            or _PROGRESS_TITLE_RE.match(text) or _FIGURE_WORDS_RE.search(text):
        return True
    letters = _NOT_LETTER_RE.sub("", text)
    return len(letters) >= TITLE_PIECE_MIN and letters in _TITLES


def _a_run(nums: list[int | None]) -> bool:
    """Whether a group's header numbers are all read, distinct and a run (in any order: '4 2 3')."""
    return None not in nums and len(set(nums)) == len(nums) and max(nums) - min(nums) == len(nums) - 1


def _out_of_run(nums: list[int | None], first: int) -> int | None:
    """The one header of a group of three or more whose number is read past
    the run from `first` ('5 2 3' after header 1: ๕ for ๔), the others
    distinct and in the run (the group balances, so no header is lost: the
    number is the one the run lacks), or None."""
    if None in nums or len(set(nums)) != len(nums) or len(nums) <= GROUP_MIN:
        return None
    out = [k for k, n in enumerate(nums) if not first <= n < first + len(nums)]
    return out[0] if len(out) == 1 and nums[out[0]] >= first + len(nums) else None


def _group_numbers(heads: list[tuple[int, str]], first: int) -> list[int] | None:
    """The order (indexes into `heads`, each (line index, number text)) in
    which a group's headers take its blocks, or None (above)."""
    nums = [_header_number(t) for _, t in heads]
    if nums.count(None) == 1 and len(set(nums)) == len(nums):
        # one number unreadable, the others distinct: it is the one the run from `first` lacks, if one only
        lacking = set(range(first, first + len(nums))) - set(nums)
        if len(lacking) == 1 and set(nums) - {None} <= set(range(first, first + len(nums))):
            nums = [n if n is not None else lacking.pop() for n in nums]
    elif (k := _out_of_run(nums, first)) is not None:
        nums[k] = (set(range(first, first + len(nums))) - set(nums)).pop()
    if _a_run(nums):
        return sorted(range(len(heads)), key=lambda k: nums[k])
    place = [first + k for k in range(len(heads))]
    misread = [k for k, n in enumerate(nums) if n != place[k]]
    if len(misread) * 2 >= len(heads):
        return None
    fits = [n == p for n, p in zip(nums, place)]
    # a number held in its place by a header whose neighbours print theirs (4 5 6): the other header printing it is
    # the misread one ('1 2 2' says nothing of which of the two 2s is: '1 3 2' read out of order reads so too)
    held = {nums[k] for k in range(len(heads))
            if fits[k] and (k == 0 or fits[k - 1]) and (k == len(heads) - 1 or fits[k + 1])}
    if all(nums[k] is None or nums[k] in held for k in misread):
        return list(range(len(heads)))
    return None


FLAG_PIECES = 6  # lines a narrow cell may cut its two flags into
_FLAG_PIECE_RE = regex.compile(r"^[\s:;|]*[\u0e01-\u0e4e]{1,12}[\s:;|]*$")


def _flags_wrapped(lines: list[Line], j: int) -> tuple[list[Line], int] | None:
    """The flags under a block that a narrow cell cut inside their words
    ("เป็นไปตา" / "มแผน" / "เป็นไปตา" / "มเป้าหม" / "าย"): the most lines from
    lines[j] on, each a short piece of Thai letters, that joined read as flags
    (_FLAG_LINE_RE); as one line, and where they end.  None where none do."""
    pieces: list[int] = []
    k = j
    while k < len(lines) and len(pieces) < FLAG_PIECES:
        if _is_speck(lines[k].text):
            k += 1
            continue
        if not _FLAG_PIECE_RE.match(lines[k].text) or _HEADER_RE.match(lines[k].text):
            break
        pieces.append(k)
        k += 1
    for n in range(len(pieces), 1, -1):
        joined = "".join(lines[t].text.strip(" \t:;|") for t in pieces[:n])
        if _FLAG_LINE_RE.match(joined) and (_PLAN_RE.search(joined) or _TARGET_RE.search(joined)):
            return [Line(lines[pieces[0]].no, joined, lines[pieces[0]].kind)], pieces[n - 1] + 1
    return None


# The progress printed with no sign, alone on its line: a short figure ("25", "๙๓", "4๓"), no run of four digits (a
# year a wrap left alone)
_BARE_PROGRESS_RE = regex.compile(rf"^\s*(?![^\s]*[\d๐-๙]{{4}})(?=\S*{_DIGITISH})[^\s\u0e01-\u0e2e%]{{1,6}}\s*$")


def _bare_block(lines: list[Line], j: int) -> tuple[int, int, int] | None:
    """A figures' block whose progress has no sign (_BARE_PROGRESS_RE) or
    which OCR lost (its disbursement first): at lines[j], the progress or the
    disbursement alone, the disbursement's line, then the flags (whole or cut
    inside their words, _flags_wrapped); (where its disbursement starts,
    where its flags start, where the block ends), or None.  Without the
    sign, only the flags right under the amount make it a block."""
    if AMOUNT_LINE_RE.match(lines[j].text):
        a = j
    elif _BARE_PROGRESS_RE.match(lines[j].text):
        a = j + 1
        while a < len(lines) and _is_speck(lines[a].text):
            a += 1
        if a >= len(lines) or not AMOUNT_LINE_RE.match(lines[a].text):
            return None
    else:
        return None
    f = a + 1
    while f < len(lines) and _is_speck(lines[f].text):
        f += 1
    end = f
    while end < len(lines) and (_FLAG_LINE_RE.match(lines[end].text) or _between_halves(lines, end, f - 1)):
        end += 1
    if end > f:
        return a, f, end
    return (a, f, f) if _flags_wrapped(lines, f) is not None else None


def _by_groups(lines: list[Line]) -> tuple[list[Line], list[Issue]] | None:
    """The section with each group's columns given back whole (above), or None where no group reads so."""
    if sum(1 for ln in lines if _HEADER_RE.match(ln.text)) < GROUP_MIN:
        return None
    marks: list[tuple[int, str, tuple]] = []
    j = 0
    bare = False  # the last mark a header of a column read column by column (a bare date cell under it)
    while j < len(lines):
        if _HEADER_RE.match(lines[j].text):
            marks.append((j, "h", ()))
            bare = not _SEPARATOR_FIRST_RE.match(_first_cell(lines, j, min(len(lines), j + MAX_COLUMN)))
            j += 1
            continue
        got = _figure_block(lines, j) or _bare_block(lines, j)
        if got is not None and got[0] == j and not (marks and marks[-1][1] == "h" and bare):
            got = None  # a disbursement with no progress above it: a block only where it closes a column read whole
        if got is not None:
            a, f, e = got
            flags = lines[f:e]
            if f == e and (mended := _flags_wrapped(lines, e)) is not None:
                flags, e = mended
            marks.append((j, "b", (a, f, e, flags)))
            j = e
            continue
        j += 1
    groups: list[list[tuple[int, str, tuple]]] = []
    cur: list[tuple[int, str, tuple]] = []
    for m in marks:
        cur.append(m)
        if sum(1 for x in cur if x[1] == "h") == sum(1 for x in cur if x[1] == "b"):
            groups.append(cur)
            cur = []
    if any(x[1] == "b" for x in cur):
        return None  # blocks left over: a header lost or a block added somewhere, so no group closed surely
    moves: list[tuple[int, int, list[Line]]] = []  # (span start, span end, the span's lines given back)
    issues: list[Issue] = []
    last = 0  # the number of the last header placed, for a group's run of places
    prior: int | None = None  # where the group before starts
    for g, group in enumerate(groups):
        if g:
            prior = groups[g - 1][0][0]
        heads = [m for m in group if m[1] == "h"]
        blocks = [m for m in group if m[1] == "b"]
        nums = [_header_number(lines[i].text) for i, _, _ in heads]
        if len(heads) < GROUP_MIN:
            last = nums[0] if nums and nums[0] is not None else last + 1
            continue
        order = _group_numbers([(i, lines[i].text) for i, _, _ in heads], last + 1)
        # a number read past the run is read by the run after the group before: that group's reading is in the doubt
        lean = _out_of_run(nums, last + 1) is not None and prior is not None
        read = _a_run(nums)
        last = max(nums) if read else last + len(heads)
        if order is None:
            continue
        taken = [heads[k] for k in order]
        if any(b[0] < h[0] for h, b in zip(taken, blocks)) or any(not b[2][3] for b in blocks):
            continue  # a block before its header, or one without its flags
        start, end = group[0][0], max(b[2][2] for b in blocks)
        upper_ends = {i: min([_upper_end(lines, i), *(m[0] for m in marks if m[0] > i)]) for i, _, _ in heads}
        claimed: list[tuple[int, int]] = list(upper_ends.items())
        claimed += [(b[0], b[2][2]) for b in blocks]
        tails: list[list[int]] = []
        for b in blocks:
            before = max(e for s, e in claimed if s < b[0])
            tail = list(range(before, b[0]))
            while tail and _is_title(lines[tail[0]].text):
                tail.pop(0)
            tails.append([t for t in tail if not _is_speck(lines[t].text)])
        used = {t for tail in tails for t in tail}
        for s, e in claimed:
            used.update(range(s, e))
        left = [k for k in range(start, end) if k not in used and not _is_title(lines[k].text)]
        if left:
            continue  # text under no header: nothing is placed by order here
        out: list[Line] = []
        for (i, _, _), (p, _, (a, f, e, flags)), tail in zip(taken, blocks, tails):
            upper = upper_ends[i]
            while upper - 1 > i + 2 and (_is_speck(lines[upper - 1].text) or _JUNK_RE.match(lines[upper - 1].text)):
                upper -= 1  # the rule's specks and junk closing the upper cells: no description's words
            out.extend(lines[i: upper])
            out.extend(lines[t] for t in tail)
            out.extend(lines[p:a])
            amount = [ln for ln in lines[a:f] if not _is_speck(ln.text)]
            out.append(Line(amount[0].no, " ".join(ln.text.strip() for ln in amount), amount[0].kind))
            out.extend(flags)
        moves.append((start, end, out))
        first, stop = lines[prior if lean else start], lines[end - 1]
        issues.append(Issue("warning", "entry_cell_in_doubt", "the entries table is read in blocks out of order: "
                            f"the figures' blocks of {len(heads)} entries read after their headers are given to them "
                            "by their order, and an entry's cells may stand in another entry's place"
                            + ("; a header's number read past the run is taken as the one the run after the entries "
                               "before lacks" if lean else ""),
                            first.text, first.no, stop.no, field="progress_reports"))
    if not moves:
        return None
    return _spliced(lines, moves), issues


def _spliced(lines: list[Line], moves: list[tuple[int, int, list[Line]]]) -> list[Line]:
    """`lines` with each run lines[start:end] of `moves` (in order, apart) put back as the lines given for it."""
    out: list[Line] = []
    k = 0
    for start, end, got in moves:
        out.extend(lines[k:start])
        out.extend(got)
        k = end
    out.extend(lines[k:])
    return out


# -- two side-by-side tables of one page (entries 4-6 above, 7-9 below) that OCR read column by column as one
# block: each page column holds that column of both tables, the lower one's under the upper one's, so the entries
# come in the order 4, 7, 5, 8, 6, 9.  The upper table's columns stand whole (header, date, description, figures,
# flags: _column); the lower one's are cut after their description (their figures OCR read apart, in rows after
# the row titles, or lost):
#
#     ครั้งที่ 4 / 13/2/62 / ... / 32 / 0.00 บาท / flags      the upper table's column, whole
#     ครั้งที่ 7 / 30/5/62 / ขอรายชื่อ...                    the lower table's column: header, date, description
#     ครั้งที่ 5 / 8 มีนาคม 62 / ... / 45 / ... / flags
#     ครั้งที่ 8 / ... ครั้งที่ 6 / ... ครั้งที่ 9 / ...
#
# A run of such columns, whole and cut by turns (a whole one first, two cut ones at the least, each column
# ending where the next header stands), is put back in order, the whole ones first, then the cut ones, where the
# months of their dates say so: the months readable (a month's name, or the middle number of a date in digits)
# do not run in the order read and run in the order put back.  Said (entry_cell_in_doubt) over the run.
INTERLEAVED_CUT_MIN = 2  # cut columns of a run at the least
INTERLEAVED_MONTHS_MIN = 4  # columns of a run whose month reads, at the least
_NUMERIC_DATE_RE = regex.compile(r"^\s*[\d๐-๙]{1,2}\s*/\s*([\d๐-๙]{1,2})\s*/")


def _date_month(lines: list[Line], head: int, end: int) -> int | None:
    """The month of the date cell under the header at lines[head] (its first
    two lines that are no speck), by its name or as the middle number of a
    date in digits; None where neither reads."""
    body = [lines[j].text.strip() for j in range(head + 1, end) if not _is_speck(lines[j].text)][:2]
    if not body:
        return None
    month = month_of_text(" ".join(body))
    if month is not None:
        return month
    m = _NUMERIC_DATE_RE.match(body[0])
    number = thai_digits_to_arabic(m.group(1)) if m is not None else ""
    return int(number) if number.isascii() and number.isdigit() and 1 <= int(number) <= 12 else None


def _cut_column(lines: list[Line], head: int, end: int) -> bool:
    """Whether lines[head:end] is a column cut after its description: a date
    cell under the header, then text with no figure, amount, flag, clause
    word or row title."""
    body = [j for j in range(head + 1, end) if not _is_speck(lines[j].text)]
    if len(body) < 2 or not _DATE_CELL_RE.match(lines[body[0]].text.strip()):
        return False
    return not any(_SIGNED_PROGRESS_RE.match(lines[j].text)
                   or AMOUNT_LINE_RE.match(lines[j].text) and not _expense_amount(lines, j, head)
                   or _FLAG_LINE_RE.match(lines[j].text) or _LABEL_OPEN_RE.match(lines[j].text)
                   or _LABEL_LINE_RE.match(lines[j].text) or _PROGRESS_TITLE_RE.match(lines[j].text)
                   or _FIGURE_WORDS_RE.search(lines[j].text)
                   or (_CLAUSE_WORDS_RE.search(lines[j].text) and not _expense_tail(lines, j, head)) for j in body)


def _interleaved_tables(lines: list[Line]) -> tuple[list[Line], list[Issue]]:
    """The section with each run of two tables' columns read by turns put
    back in order (above), and the doubts that says."""
    heads = [i for i, ln in enumerate(lines) if _HEADER_RE.match(ln.text)]
    kinds: list[tuple[int, int, str]] = []  # (header, end, "w" whole or "c" cut) of each header's column
    for h in heads:
        col = _column(lines, h)
        if col is not None:
            end = col[2] + 1
            while end < len(lines) and _is_speck(lines[end].text):
                end += 1
            kinds.append((h, end, "w"))
            continue
        stop = _upper_end(lines, h, expenses=True)  # (the next header, or the row titles after the last column)
        kinds.append((h, stop, "c" if _cut_column(lines, h, stop) else "x"))
    runs: list[list[tuple[int, int, str]]] = []
    cur: list[tuple[int, int, str]] = []
    for col in kinds:
        if cur and cur[-1][1] == col[0] and col[2] != cur[-1][2] and col[2] != "x":
            cur.append(col)
            continue
        if len(cur) >= 2 * INTERLEAVED_CUT_MIN:
            runs.append(cur)
        cur = [col] if col[2] == "w" else []
    if len(cur) >= 2 * INTERLEAVED_CUT_MIN:
        runs.append(cur)
    moves: list[tuple[int, int, list[Line]]] = []
    issues: list[Issue] = []
    for run in runs:
        order = [c for c in run if c[2] == "w"] + [c for c in run if c[2] == "c"]
        months = {c[0]: _date_month(lines, c[0], c[1]) for c in run}
        read = [fiscal_month(months[c[0]]) for c in run if months[c[0]] is not None]
        back = [fiscal_month(months[c[0]]) for c in order if months[c[0]] is not None]
        if len(read) < INTERLEAVED_MONTHS_MIN or all(a < b for a, b in zip(read, read[1:])) \
                or not all(a < b for a, b in zip(back, back[1:])):
            continue
        moves.append((run[0][0], run[-1][1], [ln for h, e, _ in order for ln in lines[h:e]]))
        first, last = lines[run[0][0]], lines[run[-1][1] - 1]
        issues.append(Issue("warning", "entry_cell_in_doubt", "the entries table is read column by column as two "
                            f"tables of one page, their columns by turns ({len(run)} columns: whole ones, then ones "
                            "cut after their description): put back in order, the whole ones first, as the months "
                            "of their dates run; the cut ones' figures are read apart or lost, and which entry "
                            "each column holds is in doubt", first.text, first.no, last.no, field="progress_reports"))
    if not moves:
        return lines, []
    return _spliced(lines, moves), issues


def _amounts_row(lines: list[Line], start: int, n: int) -> tuple[int, list[str]] | None:
    """The row of disbursements of a run of `n` upper-cell columns whose
    figures OCR read apart, under the row titles after lines[start]: the one
    line up to the next header (within ROWS_MAX) whose cells, a wide gap
    parting them, are `n` amounts alone ("0.00 บาท <tab> ๐.๐๐ บาท <tab> ๐.๐๐
    บาท": the columns' lower cells read side by side), each column's in its
    place, left to right as the columns run.  (Where it stands, its cells),
    or None: no such line, two, or another amount alone in the reach (which
    cell is whose is then in doubt)."""
    found: list[tuple[int, list[str]]] = []
    for j in range(start, min(len(lines), start + ROWS_MAX)):
        text = lines[j].text
        if _HEADER_RE.match(text):
            break
        cells = [c.strip() for c in text.split("\t")]
        amounts = [c for c in cells if AMOUNT_LINE_RE.match(c)]
        if not amounts:
            continue
        if len(cells) != n or len(amounts) != n:
            return None
        found.append((j, cells))
    return found[0] if len(found) == 1 else None


# -- a table whose entries' headers and dates stand on one page, the rest of their columns on the next (a page break
# across the table's first row): the headers with their dates alone (among whole columns of other entries), then
# the row titles again as a column, then the columns with no header, one after the other, each whole (its
# description, progress, disbursement and flags: _column's shape):
#
#     ครั้งที่ 3 / 10 กรกฎาคม 2562          a header and its date, nothing more
#     ครั้งที่ 2 / ... / 24,060 บาท / flags   a whole column
#     ครั้งที่ 4 / 22 สิงหาคม 2562
#     รายละเอียดการ / ดำเนินงาน / ...       the row titles (the next page)
#     ผลการดำเนินงาน... / 67.00 % / 23,445 บาท / flags     a column with no header
#     ดำเนินการเบิกจ่าย... / 100.00 % / 13,750 บาท / flags
#
# As many such headers as such columns: each header takes the column in its order, said (entry_cell_in_doubt).
DATE_ONLY_LINES = 2  # lines (specks aside) under a header with its date alone: the date, a wrap or a stray line


def _date_only(lines: list[Line], h: int) -> bool:
    """Whether the header at lines[h] holds its date alone: a date cell
    under it and at most DATE_ONLY_LINES lines in all, up to the next header
    or the row titles (no figure, flag, amount or line of cells)."""
    end = _upper_end(lines, h)
    if end >= len(lines) or not (_HEADER_RE.match(lines[end].text) or _LABEL_OPEN_RE.match(lines[end].text)):
        return False
    body = [ln for ln in lines[h + 1: end] if not _is_speck(ln.text)]
    # (the date given its clause words already, ":: ๑๐ กรกฎาคม ๒๕๖๒ :", where the transposed reader read it)
    return 1 <= len(body) <= DATE_ONLY_LINES and bool(_DATE_CELL_RE.match(body[0].text.strip(" :")))


def _heads_apart(lines: list[Line]) -> tuple[list[Line], list[Issue]]:
    """The section with each header whose date stands alone under it given
    the column with no header in its order after the row titles (above),
    and the doubt that says; as it stands unless the counts are equal."""
    heads = [i for i, ln in enumerate(lines) if _HEADER_RE.match(ln.text)]
    if not heads:
        return lines, []
    titles = _upper_end(lines, heads[-1])
    if titles >= len(lines) or not _LABEL_OPEN_RE.match(lines[titles].text):
        return lines, []
    k = titles
    while k < len(lines) and (_LABEL_LINE_RE.match(lines[k].text) or _is_speck(lines[k].text)):
        k += 1
    bodies: list[tuple[int, int]] = []
    at = k - 1
    while (found := _bare_column(lines, at)) is not None:
        bodies.append((at + 1, found[1][2] + 1))
        at = found[1][2]
    if not bodies:
        return lines, []
    columnless = [h for h in heads if _column(lines, h) is None]
    bare = [h for h in columnless if _date_only(lines, h)]
    if len(bare) != len(bodies) or any(h not in bare and _cut_column(lines, h, _upper_end(lines, h))
                                       for h in columnless if h > bare[0]):
        return lines, []  # (a column cut after its description among them may own one of the columns)
    moved = {j for a, b in bodies for j in range(a, b)}
    out: list[Line] = []
    for i, ln in enumerate(lines):
        if i in moved:
            continue
        out.append(ln)
        if i in bare:
            end = _upper_end(lines, i)
            date = next(j for j in range(i + 1, end) if not _is_speck(lines[j].text))
            a, b = bodies[bare.index(i)]
            # the column whole under its header, read as one (its date's clause words, where the transposed
            # reader gave them, taken off for it)
            whole = [*(Line(d.no, d.text.strip(" :"), d.kind) for d in lines[i + 1: date + 1]), *lines[a:b]]
            col = _column([ln, *whole], 0)
            if col is not None:
                out[-1:] = _column_lines([ln, *whole], 0, col)
            else:
                out.extend([*lines[i + 1: date + 1], *lines[a:b]])
            out.extend(lines[date + 1: end])
            moved.update(range(i + 1, date + 1))
    first, last = lines[bare[0]], lines[bodies[-1][1] - 1]
    return out, [Issue("warning", "entry_cell_in_doubt", "the entries table is read column by column, the headers "
                       f"and dates of {len(bare)} entries apart from the rest of their columns (the row titles "
                       "again between them, then as many columns with no header): each header is given the column "
                       "in its order, and which entry each column holds is in doubt", first.text, first.no, last.no,
                       field="progress_reports")]


# Headers read across on one line ("รายงานครั้งที่ ๑ รายงานครั้งที่ ๒<tab>รายงานครั้งที่ ๓"): parted at a tab, a
# gap of spaces, or a space before a header's first word
_HEADS_PART_RE = regex.compile(rf"\t|\s{{2,}}|\s(?={mark_tolerant('รายงาน')})|(?<=[^\s\u0e01-\u0e4e])\s(?=ค)")
_MARKED_DATE_RE = regex.compile(r"^\s*::\s*\S.*\s:\s*$")  # a date the transposed reader gave its clause ("::" .. ":")
_TITLES_HEAD_RE = regex.compile(rf"^{mark_tolerant('รายการ')}$")  # the row titles' column's header cell
HEADS_ACROSS_ROWS = 3  # lines (specks aside) between a row of headers read across and the row titles: its date row


def _heads_row(text: str) -> list[str] | None:
    """The headers of a line of two or more, each a header alone once parted
    (_HEADS_PART_RE), or None."""
    if text.count("ค") < 2:  # (two headers' ครั้ง at the least: most lines are none)
        return None
    parts = [p.strip() for p in _HEADS_PART_RE.split(text) if p and p.strip()]
    if parts and _TITLES_HEAD_RE.match(parts[0]):
        parts = parts[1:]  # (the row titles' own header cell, "รายการ", read across with them)
    return parts if len(parts) >= 2 and all(_HEADER_RE.match(p) for p in parts) else None


def _description_opening(text: str) -> bool:
    """A description's first line: Thai words (three letters at the least),
    no header, date clause, row title, flag, figure, clause word or tab."""
    return (len(regex.findall(r"[\u0e01-\u0e2e]", text)) >= 3 and "\t" not in text
            and not (_HEADER_RE.match(text) or _MARKED_DATE_RE.match(text) or _LABEL_LINE_RE.match(text)
                     or _FLAG_LINE_RE.match(text) or AMOUNT_LINE_RE.match(text) or _PROGRESS_LINE_RE.match(text)
                     or _CLAUSE_WORDS_RE.search(text) or _stray(text) or _title_tail(text)))


def _heads_at(lines: list[Line], i: int) -> tuple[list[tuple[Line, str]], int, list[list[Line]] | None] | None:
    """The headers read across that open at lines[i]: a line of two or more
    (_heads_row), or two or more lines of a header alone one under the
    other, specks aside (the transposed reader's, its date row's cells
    lost: "รายงานครั้งที่ ๑ ::"), or two or more such headers each with its
    date under it in the transposed reader's clause (":: ๒๑/๑๑/๒๕๖๒ :":
    the header and date rows read across, maybe the first line of each
    one's description under its date: the description row's first line
    read across too); each (its line, the header); where the lines after
    them start; and the date line of each where each has one, with its
    description's first line where it has one (else None).  None
    otherwise."""
    if (row := _heads_row(lines[i].text)) is not None:
        return [(lines[i], h) for h in row], i + 1, None
    heads: list[tuple[Line, str]] = []
    dates: list[Line | None] = []
    opens: dict[int, Line] = {}  # a head's description's first line under its date
    j = i
    while j < len(lines):
        text = lines[j].text.strip(" :")
        if _HEADER_RE.match(text):
            heads.append((lines[j], text))
            dates.append(None)
        elif heads and dates[-1] is None and heads[-1][0] is lines[j - 1] and _MARKED_DATE_RE.match(lines[j].text):
            dates[-1] = lines[j]
        elif heads and dates[-1] is not None and dates[-1] is lines[j - 1] and _description_opening(lines[j].text):
            opens[len(heads) - 1] = lines[j]
        elif not _is_speck(lines[j].text):
            break
        j += 1
    if len(heads) < 2:
        return None
    if all(d is None for d in dates):
        return heads, j, None
    if not all(d is not None for d in dates):
        return None
    return heads, j, [[d, *([opens[n]] if n in opens else [])] for n, d in enumerate(dates)]


def _stray(text: str) -> bool:
    """A speck (_is_speck), or one Thai letter or digit alone on its line
    (_LETTER_SPECK_RE: a ruled cell's speck, or a cell's scrap OCR read
    apart from its column)."""
    return _is_speck(text) or bool(_LETTER_SPECK_RE.match(text.strip()))


# A scrap of a ruled cell beside the row titles: a letter or digit with a mark or two of no letter ("๑)", "ร=)")
_TITLE_SCRAP_RE = regex.compile(r"^[\u0e01-\u0e2e\d๐-๙][^\s\u0e01-\u0e4e\d๐-๙]{1,2}$")
_TITLE_MARKS_RE = regex.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\s]")
TITLE_TAIL_MIN = 4  # letters (marks aside) of a row title's end OCR read alone, its first letters lost, at the least


def _title_tail(text: str) -> bool:
    """A row title's end alone on its line, its first letters lost
    ("นทรายงาน" of "วันที่รายงาน"), marks aside."""
    bare = _TITLE_MARKS_RE.sub("", text)
    return len(bare) >= TITLE_TAIL_MIN and any(_TITLE_MARKS_RE.sub("", t).endswith(bare) for t in _ROW_TITLES)


def _title_lines(lines: list[Line], k: int) -> int:
    """How many lines from lines[k] on are a row title or a stray (_stray)
    of a row titles' column: 1 a title's words alone (_LABEL_LINE_RE), a
    stray, a ruled cell's scrap (_TITLE_SCRAP_RE) or a title's end its
    first letters lost (_title_tail), 2 a title a wrap cut where no title's word ends ("ความก้าวหน้าของ"
    / "งานฯ", "ความสอดคล้องกับ" / "แผน": the two read as one are one);
    0 otherwise."""
    text = lines[k].text
    if _stray(text) or _TITLE_SCRAP_RE.match(text.strip()) or _title_tail(text):
        return 1
    nxt = lines[k + 1].text if k + 1 < len(lines) else ""
    if "\t" not in text + nxt and nxt.strip() and not _LABEL_LINE_RE.match(nxt) and not _stray(nxt) \
            and _LABEL_LINE_RE.match(text.strip() + nxt.strip()):
        return 2
    return 1 if _LABEL_LINE_RE.match(text) else 0


# A header's number a wrap put under it ("รายงานครั้ง" / "ที่ ๒", "ท๓", "ที ๕": the header row read across without
# it, the number at its column's top) run onto the column before's last flag by a heading's mend across the break
# ("เป้าหมาย" / "ที่ ๒" read as the label "เป้าหมายที่"): the flag, then the number
_FLAG_THEN_NUMBER_RE = regex.compile(rf"^(?P<flag>\s*(?:{_FLAG_WORDS})(?:\s+(?:{_FLAG_WORDS}))*)\s+"
                                     rf"(?P<tail>{mark_tolerant('ที่')}\s*[\d๐-๙]{{1,2}})\s*$")
_NUMBER_TAIL_RE = regex.compile(rf"^\s*{mark_tolerant('ที่')}\s*([\d๐-๙]{{1,2}})\s*$")  # the number with its ที่
# A date cell at a column's top: day, month and year parted by slashes (the digits maybe garbled, "ออ/๐๓/๒๕๒อ"),
# or a month's name among it
_SLASHED_CELL_RE = regex.compile(r"^\s*\S{1,5}/\S{1,3}/\S{1,5}\s*$")


def _numberless(heads: list[tuple[Line, str]]) -> bool:
    """Whether every header of a row read across lost its number ("รายงานครั้ง" alone)."""
    return all((m := _HEADER_RE.match(h)) is not None and not m.group(2) for _, h in heads)


def _number_tails_apart(lines: list[Line], start: int) -> list[Line]:
    """`lines` with each line from lines[start] on that is a column's last
    flag and the next column's header number run on (_FLAG_THEN_NUMBER_RE)
    parted in two, each on the line's number."""
    out = list(lines[:start])
    for ln in lines[start:]:
        m = _FLAG_THEN_NUMBER_RE.match(ln.text)
        if m is None:
            out.append(ln)
            continue
        out.extend([Line(ln.no, m.group("flag").strip(), ln.kind), Line(ln.no, m.group("tail").strip(), ln.kind)])
    return out


def _column_top(lines: list[Line], a: int, end: int) -> tuple[str, int] | None:
    """A column (its lines after lines[a] up to `end`) that opens with its
    header's number (_NUMBER_TAIL_RE, strays aside; or no readable number)
    and then its date cell (_SLASHED_CELL_RE, or a month's name): the number
    as printed ("" where none stands) and where the date stands; else
    None."""
    j, number = a + 1, ""
    while j < end and _stray(lines[j].text):
        j += 1
    if j < end and (m := _NUMBER_TAIL_RE.match(lines[j].text)) is not None:
        number, j = m.group(1), j + 1
        while j < end and _stray(lines[j].text):
            j += 1
    if j >= end:
        return None
    text = lines[j].text.strip()
    if not (_SLASHED_CELL_RE.match(text) or month_of_text(text) is not None and len(text) <= 24):
        return None
    return number, j


def _heads_across(lines: list[Line]) -> tuple[list[Line], list[Issue]]:
    """A table whose rows of one-line cells OCR read across and the rest
    column by column: a line of the entries' headers side by side, their
    date row under it, then the row titles' column, then as many columns
    with no header or date (a description, a progress, a disbursement,
    flags: _column's shape), each an entry's in order.  Each header is given
    the column in its place (_column_lines, undated), its date the cell in
    its place of the date row where that row parts into a date cell for
    each (_row_cells); else the date row stands as read, before them, and
    no entry is given a date.  Lines of one letter or digit between the
    date row and the row titles are strays (_stray).  A column with a
    header of its own and no flags, closed by its disbursement right
    before a column with no header (_flagless_column's bare_next: OCR read
    another table's column between these), is read as one (its flags
    lost, said) after them, and the headerless columns go on after it.  As
    it stands unless the counts are equal; said (entry_cell_in_doubt: which
    entry each column holds is the order's word alone).  Where every
    header of the row lost its number ("รายงานครั้ง" alone: a wrap put
    "ที่ ๒" under it, which OCR read at its column's top, over the column's
    date) and each column opens so (_column_top), each header is given its
    column's number and its column's date; a column's last flag and the
    next one's number run on ("เป้าหมาย ที่ ๒") are parted
    (_number_tails_apart)."""
    given = lines
    i = 0
    while i < len(lines):
        found = _heads_at(lines, i)
        if found is None:
            i += 1
            continue
        heads, after, paired = found
        start, ln = i, lines[i]
        i = after  # (where no table follows, the next headers are sought past these)
        k, seen = after, 0
        # (header / date pairs hold the date row: the row titles follow them, from any title on)
        while k < len(lines) and not _LABEL_OPEN_RE.match(lines[k].text) and seen <= HEADS_ACROSS_ROWS \
                and not (paired is not None and k == after and not _stray(lines[k].text) and _title_lines(lines, k)):
            seen += not _stray(lines[k].text)
            k += 1
        rows = [r for r in lines[after: k] if not _stray(r.text)]
        if k >= len(lines) or len(rows) > HEADS_ACROSS_ROWS or any(
                _HEADER_RE.match(r.text) or _FLAG_LINE_RE.match(r.text) or AMOUNT_LINE_RE.match(r.text)
                for r in rows):
            continue
        titles = k
        while k < len(lines) and (step := _title_lines(lines, k)):
            k += step
        numberless = paired is None and _numberless(heads)
        if numberless:
            lines = _number_tails_apart(lines, k)
        bodies: list[tuple[int, tuple[int, int, int]]] = []
        passed: list[tuple[int, int]] = []  # other entries' columns with headers of their own among them, no flags
        uppers: list[tuple[int, int]] = []  # a lower table's column tops among them (_top_before_bare)
        at = k - 1
        while len(bodies) < len(heads) and at + 1 < len(lines):
            top = None
            if _HEADER_RE.match(lines[at + 1].text):
                # a column with its own header and no flags, then a whole column of bare cells: the bare
                # column is the next header's (OCR read the tables' columns in another order); the headed
                # column stands as read
                # (or cut after its progress, no disbursement: both its disbursement and flags are lost)
                # (or a lower table's column top, cut after its first words: read after them, with its rest)
                cut = False
                if bodies and (paid := _flagless_column(lines, at + 1, bare_next=True)) is None:
                    # (a top first: a cut column's progress may be the bare column's day, "29" / "ธันวาคม" / ...)
                    if not passed and (paid := _top_before_bare(lines, at + 1)) is not None:
                        top = paid
                    else:
                        paid = _cut_before_bare(lines, at + 1)
                        cut = True
                if not bodies or paid is None:
                    break
                opened = at + 1
            else:
                paid = opened = None
            col = _column(lines, at if paid is None else paid)
            if col is None:
                break
            a = at if paid is None else paid
            first = next((r for r in lines[a + 1: col[0]] if not _is_speck(r.text)
                          and not (numberless and _NUMBER_TAIL_RE.match(r.text))), None)
            if first is None or _LABEL_LINE_RE.match(first.text) or AMOUNT_LINE_RE.match(first.text):
                break
            if top is not None:
                uppers.append((opened, top))
            elif paid is not None:
                if uppers:
                    break  # (the two shapes are not weighed together)
                passed.append((opened, paid, cut))
            bodies.append((a, col))
            at = col[2]
        # fewer columns than headers where a whole column with a header of its own stands next (OCR read the
        # later headers' columns elsewhere): the first headers take them in order, the rest their dates alone
        short = 0 < len(bodies) < len(heads) and paired is not None and at + 1 < len(lines) \
            and _HEADER_RE.match(lines[at + 1].text) is not None and _column(lines, at + 1) is not None
        if len(bodies) != len(heads) and not short:
            continue
        if paired is not None:
            date_row, dates = None, [d[0].text.strip(" :") for d in paired]
        else:
            dated = [(r, c[1]) for r in rows if (c := _row_cells(r)) is not None]
            date_row, dates = dated[0] if dated else (None, None)
        if dates is not None and not (len(dates) == len(heads) and all(_DATE_CELL_RE.match(d) for d in dates)):
            date_row, dates = None, None
        if paired is not None and dates is None:
            continue  # (the pairs' dates no date cells: left as read)
        tops = None  # each column's header number and date at its top, the headers' numbers lost
        if numberless and dates is None and len(bodies) == len(heads):
            tops = [_column_top(lines, a, col[0]) for a, col in bodies]
            if any(t is None for t in tops):
                tops = None
        out = [*lines[:start], *(r for r in lines[after: titles] if r is not date_row)]
        for n, ((at_line, head), (a, col)) in enumerate(zip(heads, bodies)):
            if tops is not None:
                number, date_at = tops[n]
                whole = [Line(at_line.no, f"รายงานครั้งที่ {number}" if number else head, at_line.kind),
                         *lines[date_at: col[2] + 1]]
                shift = 1 - date_at
                out.extend(_column_lines(whole, 0, (col[0] + shift, col[1] + shift, col[2] + shift)))
                continue
            top = [Line(at_line.no, head, at_line.kind)]
            if dates:
                on = paired[n][0] if paired is not None else date_row
                top.append(Line(on.no, dates[n], on.kind))
                top.extend(paired[n][1:] if paired is not None else ())
            whole = [*top, *lines[a + 1: col[2] + 1]]
            shift = len(top) - (a + 1)
            out.extend(_column_lines(whole, 0, (col[0] + shift, col[1] + shift, col[2] + shift), undated=not dates))
        lost: list[Issue] = []
        for n, (at_line, head) in enumerate(heads[len(bodies):], len(bodies)):  # (short: no column of their own)
            out.append(Line(at_line.no, head, at_line.kind))
            if dates:
                out.append(Line(paired[n][0].no, f":: {dates[n]} :", paired[n][0].kind))
                out.extend(paired[n][1:])
            lost.append(Issue("warning", "entry_cell_in_doubt", "the entries table is read across for its headers "
                              "and down for the rest, and the columns with no header after the row titles run out "
                              "before this header (a column with a header of its own follows them): its entry holds "
                              "its header and date alone, its cells lost or read under another header",
                              at_line.text, at_line.no, at_line.no, field="progress_reports"))
        rest_at = at + 1
        moved: set[int] = set()  # (the tops and rests read into their columns: no longer where they stood)
        if uppers:
            # the last lower column's top may stand right after these, before the lower table's row titles; each
            # top is given its column's rest, read after those titles, where there are as many rests as tops
            nxt = next((j for j in range(at + 1, len(lines)) if not _is_speck(lines[j].text)), None)
            if nxt is not None and _HEADER_RE.match(lines[nxt].text) \
                    and (last := _top_before_titles(lines, nxt)) is not None:
                uppers.append((nxt, last))
                rest_at = last + 1
            rests = _rests_of_tops(lines, rest_at, len(uppers))
            for n, (head, last) in enumerate(uppers):
                out.extend(lines[head: last + 1])
                moved.update(range(head, last + 1))
                if rests is not None:
                    out.extend(lines[rests[n][0]: rests[n][1]])
                    moved.update(range(*rests[n]))
            first, end = lines[uppers[0][0]], lines[(rests[-1][1] if rests else uppers[-1][1] + 1) - 1]
            lost.append(Issue("warning", "entry_cell_in_doubt", "the entries table is read column by column as two "
                              "tables stacked on a page, the lower one cut by a page break: its columns' tops "
                              f"(header, date, first words: {len(uppers)}) stand between the upper table's "
                              "columns, which have no headers of their own; each top is read after them"
                              + (", with the column's rest read after the page break, in order" if rests else
                                 ", its column's rest not found (as many columns after the row titles as tops)")
                              + ": which entry each column holds, and where each description ends, is in doubt",
                              first.text, first.no, end.no, field="progress_reports"))
        for head, paid, cut in passed:  # (as _restack reads a column its disbursement closes, its flags apart)
            amount = lines[paid]
            if cut:  # (its progress last: the disbursement and flags lost)
                out.extend(_restacked(lines, head, paid + 1))
                lost.append(Issue("warning", "entry_cell_in_doubt", "the entries table is read column by column "
                                  "and this entry's column closes with its progress, no disbursement or flags under "
                                  "it (a column with no header follows it): its disbursement and flags are lost",
                                  lines[head].text, lines[head].no, amount.no, field="progress_reports"))
                continue
            out.extend(_restacked(lines, head, paid))
            closing, said = _closed_flagless(lines[head], amount)
            out.append(closing)
            lost.append(said)
        out.extend(ln for j, ln in enumerate(lines[at + 1:], at + 1) if j not in moved)
        return out, [*lost, Issue("warning", "entry_cell_in_doubt", "the entries table is read across for its headers"
                           + (" and dates" if dates else "") + f" and down for the rest: the {len(heads)} headers "
                           "side by side (on one line, or their cells lost), then the row titles, then as many "
                           "columns with no header: each header is given the column in its order, and which entry "
                           "each column holds is in doubt" + (
                               "; the headers lost their numbers, and each column opens with its header's number "
                               "(or none readable) and its date: each header is given these" if tops is not None
                               else "" if dates else "; the date row does not part into a date for each, so none is "
                               "given one")
                           + ("; among them stand columns with headers of their own and no flags, each closed by "
                              "its disbursement (or, cut short, its progress) and a column with no header (OCR "
                              "read the columns out of order): "
                              "those are read as such after them, their flags lost" if passed else ""),
                           ln.text, ln.no, lines[at].no, field="progress_reports")]
    return given, []


def _flag_rows_of_two(lines: list[Line], j: int) -> tuple[tuple[Line, Line], list[list[str]], int] | None:
    """From lines[j] on (specks and the row titles' column aside): the
    plan's flag row then the target's, each two flag cells a tab parts and nothing else (two
    columns' flags OCR read across); (their lines, each row's two cells,
    where the lines after them start), or None."""
    got: list[tuple[Line, list[str]]] = []
    k = j
    for flag_re in (_PLAN_RE, _TARGET_RE):
        while k < len(lines) and (_is_speck(lines[k].text) or _LABEL_LINE_RE.match(lines[k].text)):
            k += 1
        if k >= len(lines):
            return None
        cells = [c.strip() for c in lines[k].text.split("\t") if c.strip()]
        if len(cells) != 2 or not all(_FLAG_LINE_RE.match(c) and flag_re.fullmatch(c) for c in cells):
            return None
        got.append((lines[k], cells))
        k += 1
    return (got[0][0], got[1][0]), [got[0][1], got[1][1]], k


# A column's disbursement whose baht word the column's width wrapped under its figure ("๑๕,๕๕๐.-" / "บาท"), right
# above the column's flags: one cell (its figure, maybe with ".-", alone on its line)
_FIGURE_CUT_RE = regex.compile(rf"^\s*[฿B#]?{_DIGITISH}[\d๐-๙oO@©«»ฒ,.]*\s*(?:\.\s*)?-?\s*$")


def _baht_words_rejoined(lines: list[Line]) -> list[Line]:
    """`lines` with each disbursement a wrap cut before its baht word
    (_FIGURE_CUT_RE, then the baht word alone, _BAHT_ALONE_RE, then a flag
    line, specks aside) one line again, on the figure's line: a column's
    disbursement stands right above its flags (_column)."""
    out: list[Line] = []
    skip: set[int] = set()
    for j, ln in enumerate(lines):
        if j in skip:
            continue
        if _FIGURE_CUT_RE.match(ln.text) and not AMOUNT_LINE_RE.match(ln.text):
            b = _next_cell(lines, j + 1, len(lines))
            f = _next_cell(lines, b + 1, len(lines)) if b < len(lines) else len(lines)
            if b < len(lines) and _BAHT_ALONE_RE.match(lines[b].text) and f < len(lines) \
                    and _FLAG_LINE_RE.match(lines[f].text):
                out.append(Line(ln.no, f"{ln.text.strip()} {lines[b].text.strip()}", ln.kind))
                skip.add(b)
                continue
        out.append(ln)
    return out


def _restack(lines: list[Line]) -> tuple[list[Line], list[Line], list[Issue]]:
    """`restack`, the header lines that open no whole column, and the doubts
    of the figures' rows of columns cut before their figures."""
    if not any(_HEADER_RE.match(ln.text.rstrip(" :")) or _heads_row(ln.text) for ln in lines):
        return lines, [], []
    lines = _baht_words_rejoined(lines)
    lines, joined = _header_numbers_joined(lines)
    raw = {id(ln) for ln in lines}  # (a header the passes below read into a column is a new line: placed)
    lines, interleaved = _interleaved_tables(lines)
    lines, apart = _heads_apart(lines)
    lines, across = _heads_across(lines)
    interleaved = joined + interleaved + apart + across
    grouped = _by_groups(lines)
    if grouped is not None:
        lines, grouped_doubts = grouped
    else:
        grouped_doubts = []
        by_order = _figures_by_order(lines)
        if by_order is not None:
            return by_order[0], [], interleaved + by_order[1]
    placed = {id(ln) for ln in lines if id(ln) not in raw and _HEADER_RE.match(ln.text)}
    broken: list[Line] = []
    doubts: list[Issue] = []
    numbered: list[str] = []  # the headers with a readable number of the columns OCR broke, so far
    refused = 0  # upper-cell columns before this line are part of a run whose figures' rows did not read
    out: list[Line] = []
    found = False
    i = 0
    pending: list[Line] = []  # lines since the last column: a labels' column is dropped when a column follows
    taken: set[int] = set()  # lines read into a column already (a run's row of disbursements after it)
    shapes = _column_shapes(lines)  # each header's whole column, or its column cut short
    lower = _short_runs_lower(lines, shapes)  # the lower cells of runs of columns cut short, read after the row titles
    after_column: int | None = None  # the line right after the last whole column read
    while i < len(lines):
        ln = lines[i]
        if i in taken:
            i += 1
            continue
        header = i in shapes
        col, short = shapes.get(i, (None, None))
        figures = None
        apart = False  # a run of upper-cell columns whose figures OCR read apart, no cells to pair them with
        if header and col is None and short is None and i >= refused:
            run = _upper_run(lines, i)
            stop = _rows_end(lines, len(run[0]), run[1]) if run is not None else None
            figures = _figures_of_columns(lines, len(run[0]), run[1], stop) if stop is not None else None
            apart = (run is not None and figures is None and _figure_titles(lines, run[1])
                     and not any(_SEPARATOR_FIRST_RE.match(_first_cell(lines, h, e)) for h, e in run[0]))
            if run is not None and figures is None and not apart:
                refused = run[1]  # the run's later columns are no run of their own
        # (a column its signed progress would close, cut short, whose disbursement stands right under it: read to it)
        flagless = _flagless_column(lines, i) if header and col is None and i not in lower and figures is None \
            and not apart else None
        if header and col is None and short is None and figures is None and not apart and flagless is None \
                and (under := _header_over_column(lines, i, shapes, after_column)) is not None:
            # a header alone between two whole columns, right over the next one's header and ahead of it in
            # number: OCR read it out of its own column (a later one's); it opens no entry here, set aside, said
            doubts.append(Issue("warning", "entry_cell_in_doubt", "the entries table is read column by column and "
                                f"this header stands alone right after a whole column and right over another "
                                f"header ({lines[under].text.strip()!r}) whose whole column follows, its number "
                                "ahead of that one's: OCR read it out of its own column (a later entry's, read "
                                "elsewhere or lost), so it opens no entry here and is set aside; that entry may be "
                                "lost or read with another's cells", ln.text, ln.no, ln.no,
                                field="progress_reports.seq"))
            i += 1
            continue
        if col is None and short is None and figures is None and not apart and flagless is None:
            if header and id(ln) not in placed:
                broken.append(ln)
                number = _HEADER_RE.match(ln.text).group(2) or ""
                if number.isdigit():
                    numbered.append(ln.text.strip())
            pending.append(ln)
            i += 1
            continue
        while pending and (_LABEL_LINE_RE.match(pending[-1].text) or _is_speck(pending[-1].text)):
            pending.pop()  # the labels' column standing before it
        out.extend(pending)
        pending = []
        found = True
        number = _HEADER_RE.match(ln.text).group(2) or ""
        if numbered and not number.isdigit():
            # its number, unreadable, is the sequence's to give by the order of the headers read, which the
            # numbered headers of broken columns before it put in doubt (one of them may be this one's)
            doubts.append(Issue("warning", "entry_cell_in_doubt", "this entry's column has a header whose number "
                                f"is unreadable ({ln.text.strip()!r}), and columns OCR broke stand before it "
                                f"({', '.join(numbered)}): the number the order of the headers read gives it, and so "
                                "whose values it holds, is in doubt", ln.text, ln.no, ln.no, field="progress_reports"))
        if apart:  # upper cells by columns, their figures apart past pairing: read to their descriptions
            paid = _amounts_row(lines, run[1], len(run[0]))
            for (head, end), amount in zip(run[0], paid[1] if paid is not None else [None] * len(run[0])):
                out.extend(_restacked(lines, head, end, figures=False))
                if amount is not None:
                    out.append(_paid_line(lines[paid[0]], amount))
                doubts.append(Issue("warning", "entry_cell_in_doubt", "the entries table is read column by column "
                                    "and this entry's column holds its header, date and description only: its "
                                    + ("progress and flags OCR read apart from it, under the row titles, with no "
                                       "cells to pair them with, so they are lost; its disbursement is the cell "
                                       "in its column's place of the one row of as many amounts as columns "
                                       f"after them ({lines[paid[0]].text.strip()!r})" if amount is not None else
                                       "progress, disbursement and flags OCR read apart from it, under the row "
                                       "titles, with no cells to pair them with, so they are lost"),
                                    lines[head].text, lines[head].no, lines[end - 1].no, field="progress_reports"))
            if paid is not None:
                taken.add(paid[0])
            i = run[1]
            continue
        if figures is not None:  # upper cells by columns, the figures' rows after them
            parts, after, said = figures
            for (head, end), got in zip(run[0], parts):
                out.extend(_restacked(lines, head, end, figures=False))
                out.extend(got)
            out.extend(after)
            doubts.extend(said)
            i = stop
            continue
        if flagless is not None:  # a column closed by its disbursement, its flags read apart: lost
            amount = lines[flagless]
            rows = _flag_rows_of_two(lines, flagless + 1)
            if rows is not None and out and out[-1].text.startswith(_PAID_CLAUSE):
                # the entry before closes with its disbursement too, no flags, and the two flag rows after this
                # one hold a cell each for two: the two columns' flags OCR read across, each its cell in order
                (plan, target), cells, end = rows
                out.extend([Line(plan.no, f": {cells[0][0]}", plan.kind), Line(target.no, f": {cells[1][0]}", target.kind)])
                out.extend(_restacked(lines, i, flagless))
                out.append(_paid_line(amount, amount.text.strip()))
                out.extend([Line(plan.no, f": {cells[0][1]}", plan.kind), Line(target.no, f": {cells[1][1]}", target.kind)])
                doubts.append(Issue("warning", "entry_cell_in_doubt", "the entries table is read column by column and "
                                    "this entry's column and the one before close with their disbursements, no flags "
                                    "under them, then two flag rows of a cell each for two (OCR read their flags "
                                    "across): each column is given the cells in its order, which is in doubt",
                                    ln.text, ln.no, target.no, field="progress_reports"))
                i = end
                continue
            out.extend(_restacked(lines, i, flagless))
            closing, said = _closed_flagless(ln, amount)
            out.append(closing)
            doubts.append(said)
            i = flagless + 1
            continue
        if col is None:  # a column cut short after its progress: its figures below are lost
            out.extend(_restacked(lines, i, short + 1))
            if i in lower:  # ... or read column by column after the row titles: its group in its order
                amount, flags, at = lower[i]
                out.append(_paid_line(amount[0], " ".join(ln.text.strip() for ln in amount)))
                out.extend(_flag_lines(flags))
                taken.update(at)
                doubts.append(Issue("warning", "entry_cell_in_doubt", "the entries table is read column by column, "
                                    "its columns cut short after their progress, and their disbursements and flags "
                                    "read apart after the row titles, column by column, as many groups as columns: "
                                    "this entry's are the group in its column's order "
                                    f"({' '.join(ln.text.strip() for ln in amount)!r}), which is in doubt",
                                    ln.text, ln.no, lines[at[-1]].no, field="progress_reports"))
            i = short + 1
            continue
        out.extend(_column_lines(lines, i, col))
        i = col[2] + 1
        after_column = i
        if (headless := _headless_column(lines, i - 1, _header_number(ln.text))) is not None:
            # the next column right after this one, its header OCR lost, the one entry the headers skip: an
            # entry of its own, numbered by the sequence, said
            cells, _, last = headless
            out.extend(_column_lines(lines, i - 1, headless, headless=True))
            first = next(ln for ln in lines[i:cells] if not _is_speck(ln.text))
            doubts.append(Issue("warning", "entry_cell_in_doubt",
                                "the entries table is read column by column and a column of bare cells, its "
                                "disbursement and flags closing it, follows a whole column with no header of its "
                                "own (OCR lost it): read as the next entry, its number the sequence's",
                                first.text, first.no, lines[last].no, field="progress_reports"))
            i = last + 1
            after_column = i
    while found and pending and (_LABEL_LINE_RE.match(pending[0].text) or _is_speck(pending[0].text)):
        pending.pop(0)  # a labels' column after the last column
    out.extend(pending)
    doubts[:0] = interleaved + grouped_doubts
    if found:
        return out, broken, doubts
    # no column read here, the passes above having read the table (or part of it): a header none of them placed
    # is as broken, said all the same
    return lines, broken if placed else [], interleaved + grouped_doubts

