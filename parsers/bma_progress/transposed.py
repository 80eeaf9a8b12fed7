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
description.  Other lines pass through unchanged.  A header row OCR read
as one header a line, right over its block's date row ("รายงานครงท 1" /
"รายงานครังที 2" / "วันที่รายงาน<tab>2018-5-29<tab>2018-6-28"), is given
back as one row first (`heads_over_row`, each header at its date cell's
page column).  A header row with no label cell whose first header OCR read
as Latin letters before its number ("ASIN ๑<tab>ครั้งที่๒ ครั้งที่ 3<tab>
ครั้งที่ 4") is known by its shape, its headers' numbers running on one by
one (`_latin_opens_run`), and the Latin header said (`latin_head_doubts`);
so is one whose first header is in Thai letters and whose last OCR read as
Latin letters ("ครั้งที 1<tab>ARN 2", `_latin_closes_run`).
"""

from __future__ import annotations

import json
from decimal import Decimal
from itertools import accumulate, combinations, product
from math import prod

import regex
from rapidfuzz.distance import Levenshtein

from normalizers.confusions import DIGIT_CHAR, LOOKALIKES, certain, could_be, latin_month_readings, read_amount
from normalizers.dates import is_month, parse_date
from normalizers.furniture import is_specks
from normalizers.errors import ValueParseError
from normalizers.numbers import ANY_DIGIT_RE, parse_baht, thai_digits_to_arabic
from normalizers.text import mark_tolerant, ocr_tolerant, skeleton, skeleton_at, standard_re
from normalizers.words import goes_on_pattern, known_word, thai_words
from parsers.bma_progress.baht_sign import (SIGN_READS, SIGN_TOKEN_RE, SIGN_ZERO_RE, SIGNS_SEEN, every_amount_signed,
                                            signs_seen)
from parsers.bma_progress.clauses import HEADER_RE, ITEM_MAX, expense_shaped, expenses_in
from parsers.items import THAI_LETTER_RE
from parsers.wraps import text_width
from schemas.document import Issue, Line

_DIGITISH = r"[\d๐-๙oO@©«»]"
_HEAD_CELL_RE = regex.compile(
    rf"^\s*(?:{mark_tolerant('รายงาน')}\s*)?({mark_tolerant('ครั้งที่')}\s*{_DIGITISH}{{1,3}})\s*$")
# A cell that holds several headers whose gap OCR collapsed ("รายงานครั้งที่ # รายงานครั้งที่ 6"); an OCR'd
# header's number may be any mark ("#", "ซ" for ๔) or lost: the entries' sequence mends it or says so.
_HEADS_IN_CELL_RE = standard_re(
    rf"^\s*(?:(?:{mark_tolerant('รายงาน')}\s*)?{mark_tolerant('ครั้งที่')}\s*[^\s\t]{{1,3}}\s*){{2,}}$")
# (a header's number is no opening of the next header's word: "รายงานครั้งที่ รายงานครั้งที่ ๓", the first one's number
# lost, is two headers, not "ครั้งที่ ราย" and a second)
_ONE_HEAD_RE = regex.compile(rf"(?:{mark_tolerant('รายงาน')}\s*)?({mark_tolerant('ครั้งที่')}"
                             rf"(?:\s*(?!{mark_tolerant('รายงาน')})[^\s\t]{{1,3}})?)")
# A header cell a wrap cut after its first words ("รายงานครั้ง", its "ที่" and number on the next line, which OCR
# lost): a header, its number lost (the entries' sequence numbers it, or says it cannot)
_CUT_HEAD_RE = regex.compile(rf"\s*{mark_tolerant('รายงาน')}\s*{mark_tolerant('ครั้ง')}\s*")
# A cell of header cells a wrap cut after their first words, run together ("รายงานครั้ง รายงาน": the first's "ที่ 1"
# and the second's "ครั้งที่ 2" on the next line): one header each, numbers lost.  Taken only in a row whose other
# cells are headers and one at least whole (fresh set s74b, bma_progress_s74b008: the table's header row
# "รายการ | รายงานครั้ง รายงาน | รายงานครั้งที่ | รายงานครั้งที่ 4" was read as none, every entry lost)
_CUT_HEADS_RE = regex.compile(rf"(?:\s*{mark_tolerant('รายงาน')}(?:\s*{mark_tolerant('ครั้ง')})?\s*){{2,}}")
_CUT_HEAD_PIECE_RE = regex.compile(rf"{mark_tolerant('รายงาน')}(?:\s*{mark_tolerant('ครั้ง')})?")
_DATE_RE = regex.compile(mark_tolerant("วันที่"))
_PROGRESS_RE = regex.compile(mark_tolerant("ก้าวหน้า"))
_BUDGET_RE = regex.compile(rf"{mark_tolerant('งบประมาณ')}|{mark_tolerant('เบิก')}")
_FLAG_RE = regex.compile(rf"{mark_tolerant('สอดคล้อง')}|{mark_tolerant('แผน')}|{mark_tolerant('เป้าหมาย')}")


def _header(line: Line) -> list[str] | None:
    """The entries' header cells of a header row, or None: after a label
    or an empty cell (the clean-up strips a leading one), only headers."""
    cells = line.text.split("\t")
    if not _HEAD_CELL_RE.match(cells[0]):
        if _HEADS_IN_CELL_RE.match(cells[0]) or _ONE_HEAD_RE.fullmatch(cells[0].strip()):
            return None  # headers OCR garbled or ran together, no label: _ocr_header's
        first = cells.pop(0)
        if any(ch.isdigit() for ch in first) and not _speck_label(first) or len(first.strip()) > 30:
            return None
    if not cells or not all(_HEAD_CELL_RE.match(c) for c in cells):
        return None
    return [c.strip() for c in cells]


def _speck_label(cell: str) -> bool:
    """A label cell of one character alone, a digit or a mark ("0" before
    "รายงานครั้งที่ ๓"): a speck OCR read from the label cell's rule, not a
    figure (a row's cell of figures holds more than one character)."""
    return len(cell.strip()) == 1


# A header cell with a speck after its number, a digit or a sign alone past a space ("ครั้งที่๑ 7", a stain or the
# cell's rule OCR read): the header, the speck left out (fresh set s95o, bma_progress_s95o009: the header row was
# read as none, and the copy's whole table with it)
_HEAD_SPECK_TAIL_RE = regex.compile(rf"^(\s*(?:{mark_tolerant('รายงาน')}\s*)?{mark_tolerant('ครั้งที่')}"
                                    rf"\s*{_DIGITISH}{{1,3}})\s+[\d๐-๙|!.,'`:;]\s*$")


def _speck_off_head(cell: str) -> str:
    """A header cell without the speck after its number (_HEAD_SPECK_TAIL_RE), else the cell as it is."""
    m = _HEAD_SPECK_TAIL_RE.match(cell)
    return m.group(1) if m else cell


def _ocr_header(line: Line) -> list[tuple[str, int]] | None:
    """An OCR'd header row `_header` does not take: a label cell, then cells
    of one or more headers each, a header's number any mark (a speck after
    it left out: _speck_off_head); the column of a header inside a cell is
    counted from the cell's start."""
    cells = [_speck_off_head(c) for c in line.text.split("\t")]
    # the first cell may be headers too, the label cell lost ("รายงานครั้งที่ % รายงานครั้งที่ ๒<tab>รายงานครั้งที่ ฆ")
    first = _head_cells_from(cells)
    if len(cells) < 2 or (first and (_ROW_OPEN_RE.match(cells[0]) or any(ch.isdigit() for ch in cells[0])
                                     or len(cells[0]) > 30)):
        return None
    cols = list(line.cols) if len(line.cols) == len(cells) else [0] * len(cells)
    heads: list[tuple[str, int]] = []
    latin = _latin_heads(cells, first)
    for k, (cell, col) in enumerate(zip(cells[first:], cols[first:]), first):
        if k in latin:
            heads.append((f"ครั้งที่ {latin[k]}".strip(), col))
            continue
        if k == 0 and _CUT_HEAD_RE.fullmatch(cell):
            heads.append(("ครั้งที่", col))
            continue
        if _CUT_HEADS_RE.fullmatch(cell) and any(_ONE_HEAD_RE.fullmatch(c.strip()) for c in cells[k + 1:]):
            heads.extend(("ครั้งที่", col + m.start()) for m in _CUT_HEAD_PIECE_RE.finditer(cell))
            continue
        if not (_HEADS_IN_CELL_RE.match(cell) or _ONE_HEAD_RE.fullmatch(cell.strip())):
            return None
        heads.extend((m.group(0).strip(), col + m.start()) for m in _ONE_HEAD_RE.finditer(cell))
    return heads


# A header cell whose words OCR read as Latin letters ("ANN ©", "ARN 3" for ครั้งที่ ๑, ครั้งที่ 3): letters, then
# the number, a digit or a mark OCR makes of one (or none), or a short word of Latin letters its number OCR made
# ("axon ov" for ครั้งที่ ๗: no number read, the sequence's; fresh set s89a bma_progress_s89a008, before, the
# table's block of reports 7 and 8 was lost whole)
_LATIN_HEAD_RE = regex.compile(rf"\s*[A-Za-z]{{2,6}}(?:\s*({_DIGITISH}{{1,3}})|\s+[A-Za-z]{{1,3}})?\s*")


def _latin_heads(cells: list[str], first: int) -> dict[int, str]:
    """The cells of a header row (after its label, "รายการ") whose header OCR
    read as Latin letters, by index, each with its number as printed (the
    entries' sequence mends it or says so); only in a row where another cell
    is a header in Thai letters, or where the cell is the row's one cell after
    the table's label (a table one report wide), and none when the label is
    not the table's."""
    if first == 1 and not _TABLE_LABEL_RE.match(cells[0]):
        return {}
    latin = {k: m.group(1) or "" for k in range(first, len(cells))
             if (m := _LATIN_HEAD_RE.fullmatch(cells[k])) is not None}
    if first == 0 and len(latin) == 1 and min(latin) == 0 and _latin_opens_run(cells):
        # (no label cell, and the row's first cell Latin letters with a number, "ASIN ๑<tab>ครั้งที่๒ ครั้งที่ 3
        # <tab>ครั้งที่ 4": a header, by the row's shape, its numbers running on one by one, _latin_opens_run)
        return latin
    if first == 0 and len(latin) == 1 and sum(1 for k in range(len(cells)) if k not in latin for _ in
                                             _ONE_HEAD_RE.finditer(cells[k])) >= 2 and max(latin) == len(cells) - 1:
        # (no label cell, OCR lost it: a row whose cells are two or more headers in Thai letters and, last, one
        # cell of Latin letters, "ครั้งที ๑ ครังที ๒<tab>ครังที ๓<tab>asin ๕": that cell is the last header)
        return latin
    if first == 0 and len(latin) == 1 and max(latin) == len(cells) - 1 and _latin_closes_run(cells):
        # (no label cell, the row's first cell a header in Thai letters, so the row is a header row, and its last
        # cell Latin letters with a number, "ครั้งที 1<tab>ARN 2": a header, its number running on from the Thai
        # headers' one by one, _latin_closes_run; fresh set s78b, bma_progress_s78b002: the first table's header
        # row was read as none, its reports 1 and 2 lost)
        return latin
    if first == 1 and len(cells) == 2 and len(latin) == 1:
        # (a table one report wide, "รายการ<tab>ann": its one header cell, after the table's label; read as a header
        # only where rows of the table follow it, as every header row is)
        return latin
    return latin if first == 1 and len(latin) < len(cells) - first else {}


def latin_head_doubts(line: Line) -> list[Issue]:
    """An issue for each header of `line` read from Latin letters (_latin_heads)."""
    cells = line.text.split("\t")
    if len(cells) < 2 or _ocr_header(line) is None:
        return []
    return [Issue("warning", "entry_cell_in_doubt",
                  f"an entries table's header cell OCR read as Latin letters ({cells[k].strip()!r}) is read as an "
                  f"entry's header by its place in the table's header row; its number is "
                  + (f"read as printed ({number})" if number else "the sequence's"),
                  line.text, line.no, line.no, field="progress_reports.seq")
            for k, number in sorted(_latin_heads(cells, _head_cells_from(cells)).items())]


def _head_cells_from(cells: list[str]) -> int:
    """Where a header row's header cells start: 0 when its first cell is headers (its label cell lost, or the
    cell a header in Latin letters that opens the row's run of numbers, _latin_opens_run), else 1."""
    return 0 if (_HEADS_IN_CELL_RE.match(cells[0]) or _ONE_HEAD_RE.fullmatch(cells[0].strip())
                 or _latin_opens_run(cells) or (len(cells) > 1 and _CUT_HEAD_RE.fullmatch(cells[0]))) else 1


RUN_HEADS_MIN = 2  # headers in Thai letters after a first cell of Latin letters, for the row to be a header row
RUN_START_MAX = 12  # the highest number a table's first header may hold (a table of a later page: a year's months)


def _latin_opens_run(cells: list[str]) -> bool:
    """Whether a row's first cell is an entry's header whose words OCR read as Latin letters, by the row's
    shape alone: that cell Latin letters and a number ("ASIN ๑"), each other cell one or more headers in Thai
    letters (RUN_HEADS_MIN or more in all), and the numbers of all of them, in order, running on one by one
    (1, 2, 3 ... or from a later number), each number as printed or a reading OCR makes of it (could_be).  A
    row's label cell is words, no number, so no label reads so."""
    return len(cells) >= 2 and _latin_in_run(cells, 0, RUN_HEADS_MIN)


def _latin_closes_run(cells: list[str]) -> bool:
    """Whether a row's last cell is an entry's header whose words OCR read as Latin letters ("ครั้งที 1<tab>ARN 2"):
    the row's other cells one or more headers in Thai letters (its first a header, so the row is a header row),
    the last cell Latin letters and a number, and the numbers of all of them, in order, running on one by one
    (as _latin_opens_run).  A cell of Latin letters with no number, or a number out of the run, is not taken."""
    return len(cells) >= 2 and _latin_in_run(cells, len(cells) - 1, 1)


def _latin_in_run(cells: list[str], at: int, least: int) -> bool:
    """Whether cells[at] is Latin letters and a number, every other cell one or more headers in Thai letters
    (`least` or more in all), and all the numbers, in the row's order, running on one by one from 1 or a later
    number (each as printed or a reading OCR makes of it, could_be).  A Thai header's number OCR garbled into a
    letter or lost ("ครั้งที่ ร<tab>ayn 8" for ครั้งที่ ๗, ครั้งที่ 8: fresh set s104p, bma_progress_s104p001, its
    block of reports 7 and 8 lost whole before) holds its place in the run, any number; the Latin cell's own
    number, read, says where the run stands."""
    if (m := _LATIN_HEAD_RE.fullmatch(cells[at])) is None or not m.group(1):
        return False
    numbers: list[str | None] = []
    for k, cell in enumerate(cells):
        if k == at:
            numbers.append(m.group(1))
            continue
        if not (_HEADS_IN_CELL_RE.match(cell) or _ONE_HEAD_RE.fullmatch(cell.strip())):
            return False
        for head in _ONE_HEAD_RE.finditer(cell):
            number = _RUN_NUMBER_RE.search(head.group(0))
            numbers.append(number.group(0) if number is not None else None)
    if len(numbers) - 1 < least:
        return False
    return any(all(n is None or could_be(n, str(start + k)) for k, n in enumerate(numbers))
               for start in range(1, RUN_START_MAX + 1))


_RUN_NUMBER_RE = regex.compile(rf"{_DIGITISH}{{1,3}}\s*$")


def _known(label: str) -> bool:
    """A row label that names an entry's part other than its description."""
    return any(p.search(label) for p in (_DATE_RE, _PROGRESS_RE, _BUDGET_RE, _FLAG_RE))


def _part(label: str, value: str) -> str:
    """One entry's cell of a row, as its clause reads."""
    if _DATE_RE.search(label):
        return f":: {value} :"
    if _PROGRESS_RE.search(label):  # the label's full words, whatever of them a wrap left on its line
        return f"ความก้าวหน้าของงานฯ = {value}"
    if _BUDGET_RE.search(label):
        return f"งบประมาณที่เบิกใช้ = {value}"
    if _FLAG_RE.search(label):
        return f": {value}"
    return value


# A row's label opening a line (its first word, the rest may have wrapped or merged with the first value)
_ROW_OPEN_RE = regex.compile(
    rf"^\s*(?:{mark_tolerant('วันที่')}|{mark_tolerant('รายละเอียด')}|{mark_tolerant('ความก้าว')}"
    rf"|{mark_tolerant('งบประมาณ')}|{mark_tolerant('ความสอด')})", regex.V1)
# A label a narrow column's wrap cut inside its word ("ความก้าวห" / "น้าของงานฯ", "ความสอดค" / "ล้องกับแผน"): its
# head and the word it is the head of (the progress's and the flags' labels, the two that open with ความ)
_CUT_LABELS = ((regex.compile(rf"{mark_tolerant('ความก้าว')}\S{{0,4}}"), "ความก้าวหน้า"),
               (regex.compile(rf"{mark_tolerant('ความสอด')}\S{{0,4}}"), "ความสอดคล้อง"))
# What a label's wrap leaves on the next line: its last words alone ("งานฯ", "ใช้", "กับแผน", "ดำเนินงาน")
_LABEL_TAIL_RE = regex.compile(
    rf"^\s*(?:(?:{mark_tolerant('ของ', False)}|{mark_tolerant('งาน', False)}|[ฯๆ]|{mark_tolerant('เบิก', False)}"
    rf"|{mark_tolerant('ใช้', False)}|{mark_tolerant('กับ', False)}|{mark_tolerant('แผน', False)}"
    rf"|{mark_tolerant('เป้าหมาย', False)}|{mark_tolerant('ดำเนิน', False)}|{mark_tolerant('การ', False)}"
    rf"|{mark_tolerant('รายงาน', False)}|{mark_tolerant('ที่', False)}|{mark_tolerant('หน้า', False)}"
    rf"|{mark_tolerant('น้า', False)}|{mark_tolerant('คล้อง', False)}|{mark_tolerant('ล้อง', False)}"
    rf"|{mark_tolerant('อง', False)}|{mark_tolerant('ง', False)}(?={mark_tolerant('กับ', False)}))\s?)+$")
# (and "รายงาน" of "วันที่" / "รายงาน"; "ที่เบิกใช้"; "น้าของงานฯ", "ล้องกับแผน", "องกับแผน", "งกับเป้าหมาย": the rest
# of "ความก้าวหน้า", "ความสอดคล้อง" a wrap cut inside its word, _CUT_LABELS)
# ... or those words before a cell's text, the gap between them lost ("การดำเนินงาน ติดต่อ")
_LABEL_HEAD_RE = regex.compile(_LABEL_TAIL_RE.pattern.removesuffix("+$") + r"+\s(?=\S)")
_FIELD_OF = (("report_date", _DATE_RE), ("progress_pct", _PROGRESS_RE), ("disbursed", _BUDGET_RE))


_TARGET_RE = regex.compile(mark_tolerant("เป้าหมาย"))
_PLAN_RE = regex.compile(mark_tolerant("แผน"))


def _field(label: str, pieces: list[list[Line]] | None = None) -> str:
    """The progress_reports column a row's label names (a flag row's
    label cut by a wrap, "ความสอดคล้องกับ", by its cells' words too)."""
    for name, pattern in _FIELD_OF:
        if pattern.search(label):
            return name
    if _FLAG_RE.search(label):
        said = label + " ".join(p.text for got in pieces or [] for p in got)
        return "on_target" if _TARGET_RE.search(said) else "on_plan"
    return "description"


def _heads_of(line: Line) -> list[tuple[str, int]] | None:
    """A header row's entry headers with the page column each starts at;
    a cell may hold two headers whose gap OCR collapsed."""
    heads = _header(line)
    if heads is not None:
        cells = line.text.split("\t")
        cols = list(line.cols) if len(line.cols) == len(cells) else [0] * len(cells)
        return list(zip(heads, cols[len(cells) - len(heads):]))
    if "\t" not in line.text:
        # the header row's cells with the gap between them collapsed to a space, no label cell before them
        # ("รายงานครังที 3 รายงานครังที 4") or the label's word first, its gap a space too ("รายการ ครั้งที 1
        # ครั้งที 2"): each header a number of its own
        word = _LABEL_WORD_RE.match(line.text)
        at = word.end() if word is not None else 0
        if _HEADS_IN_CELL_RE.match(line.text[at:]):
            heads = [(m.group(0).strip(), at + m.start()) for m in _ONE_HEAD_RE.finditer(line.text[at:])]
            whole = sum(1 for h, _ in heads if _HEAD_CELL_RE.match(h))
            # (a tie: every head with the header's first word, the garbled ones holding a mark past the word, not
            # its number lost: "รายงานครั้งที่ รายงานครั้งที่ 3" stays a row the row under it must confirm)
            named = all(_REPORT_WORD_RE.match(h) and (_HEAD_CELL_RE.match(h) or _NUMBER_MARK_RE.search(h))
                        for h, _ in heads)
            if whole == len(heads) or (whole >= 1 and (whole > len(heads) - whole or named and whole * 2 == len(heads))
                                       and all(_HEAD_CELL_RE.match(h) or _GARBLED_HEAD_RE.fullmatch(h) for h, _ in heads)):
                # (a header whose number OCR garbled into a mark no digit reads, "ครั้งที่ ซ", "ครั้งที่ Oy", among
                # more whole ones: a header, its number unread; the entries' sequence numbers it, and says so)
                # (as many whole as garbled where every one holds the header's first word too: "รายงานครั้งที ข
                # รายงานครั้งที ๕", a table two entries wide, fresh s83c001; "ครั้งที่ ซ ครั้งที่ ๒" stays no row)
                return heads
    return _ocr_header(line)


# The rows' labels as the form prints them, by their first words (a label OCR misspelt is read by them: _misspelt_label)
_ROW_LABELS = ("วันที่รายงาน", "รายละเอียดการ", "ความก้าวหน้า", "งบประมาณที่", "ความสอดคล้อง")
MISSPELT_MIN = 6  # letters (marks aside) a misspelt label's first word holds at the least


def _misspelt_label(text: str) -> str | None:
    """The label a line of cells opens with where OCR misspelt its first
    word by one letter, a letter added, lost or misread ("งปบประมาณที่" for
    งบประมาณที่; marks aside, MISSPELT_MIN letters or more, compared with the
    label's first letters as many, one fewer or one more): the label's
    first words as the form prints them, or None (no tab, a label the row
    reader knows as it stands, a word near no label or near two)."""
    if "\t" not in text or _ROW_OPEN_RE.match(text):
        return None
    sk = skeleton(text.split("\t", 1)[0].strip().split(" ", 1)[0])
    if len(sk) < MISSPELT_MIN:
        return None
    near = {label for label in _ROW_LABELS for size in (len(sk) - 1, len(sk), len(sk) + 1)
            if MISSPELT_MIN <= size <= len(skeleton(label)) and Levenshtein.distance(sk, skeleton(label)[:size]) <= 1}
    return near.pop() if len(near) == 1 else None


# The budget row's label's first word run on into another word ("งบประมาณของ" of a description's "...เพื่อประหยัด"
# / "งบประมาณของ" / "ทางราชการ"): its letters after งบประมาณ, and those the label prints after it
_BUDGET_WORD_ON_RE = regex.compile(rf"^{mark_tolerant('งบประมาณ')}(?=[\u0e01-\u0e2e\u0e40-\u0e44])(\S+)")
_BUDGET_REST_SK = skeleton("ที่เบิกใช้")
BUDGET_REST_EDITS = 1  # letters the label's rest may have had misread ("งบประมาณพี่เบิกใช้") and still be the label's


def _word_on_budget(label: str) -> bool:
    """`label` is no budget row's label but a description's word that opens
    with งบประมาณ and runs on into letters the label never prints after it
    ("งบประมาณของ": more than BUDGET_REST_EDITS letters off the first
    letters as many of ที่เบิกใช้, or of เบิกใช้)."""
    m = _BUDGET_WORD_ON_RE.match(label)
    if m is None:
        return False
    rest = skeleton(m.group(1))
    # (or its ที่ lost: "งบประมาณเบิกใช้")
    # (a letter added or lost among them: its rest is as long as the label's first letters, or one more or fewer)
    return all(Levenshtein.distance(rest, sk[:size]) > BUDGET_REST_EDITS
               for sk in (_BUDGET_REST_SK, _BUDGET_REST_SK[len(skeleton("ที่")):])
               for size in (len(rest) - 1, len(rest), len(rest) + 1))


def _row_cells(line: Line) -> tuple[str, list[str]] | None:
    """A row's label and value cells when `line` opens a row (its label's
    first word first); a first value merged into the label's cell is split
    off at the label's end (a label is one word).  A label OCR misspelt by
    a letter (_misspelt_label) is read as the label it is one letter off.
    A description's word that opens with the budget label's first word
    ("งบประมาณของ", _word_on_budget) opens no row: before, a table of entries
    as columns ended there, its lower rows unread."""
    misspelt = None if _ROW_OPEN_RE.match(line.text) else _misspelt_label(line.text)
    if misspelt is None and not _ROW_OPEN_RE.match(line.text):
        return None
    cells = line.text.split("\t")
    label, _, merged = cells[0].strip().partition(" ")
    if misspelt is None and _word_on_budget(label):
        return None
    if misspelt is not None:
        label = misspelt
    if merged.strip() and _LABEL_TAIL_RE.fullmatch(merged) and _known(label):
        # the label's next words after a space OCR read in it, no value ("งบประมาณ ที่<tab>8๐<tab>8๐": the label
        # งบประมาณที่เบิกใช้ wrapped, its "ที่" no cell of the row's); a row of dates, figures or flags only, whose
        # cells are no such words (a description may open with one: "รายละเอียดการ ดำเนิน<tab>...", the label's
        # ดำเนินงาน on the next line)
        label, merged = f"{label} {merged.strip()}", ""
    if not _known(label):
        label = next((full for rx, full in _CUT_LABELS if rx.fullmatch(label)), label)
    return label, ([merged.strip()] if merged.strip() else []) + [c.strip() for c in cells[1:]]


def untranspose(lines: list[Line]) -> list[Line]:
    """`lines` with each entry table whose entries are its columns given
    entry by entry (module doc); other lines as they are."""
    return untranspose_with_doubts(lines)[0]


def untranspose_with_doubts(lines: list[Line]) -> tuple[list[Line], list[Issue]]:
    """`untranspose`, and an issue for each cell of such a table whose entry
    the layout does not pin (an OCR'd table whose cells lost their gaps).

    After OCR a table's rows keep their cells tab-separated but a label may
    wrap ("ความก้าวหน้าของ" / "งานฯ"), a label and the first value may merge
    ("ความก้าวหน้าของ ๑๑\t๓1") and a wrapped cell's next lines may stand
    alone.  A row opens at a label's first word; its values are its cells in
    order, the first of them split off the label's word when merged; a
    following line of as many cells as entries (or one more, a label's tail
    first) continues each entry's value, a label's tail alone is skipped.
    A continuation line of fewer cells could be any entry's: it goes to the
    first entry, with an `entry_cell_in_doubt` issue naming its column, and
    so does a row of fewer values than entries (placed by its cells' page
    columns)."""
    lines, issues = unrun(lines)
    if not any("\t" in ln.text for ln in lines):
        return lines, issues
    lines = _numbers_carried(lines)
    lines, stacked = _head_row_stacked(lines)
    issues.extend(stacked)
    lines, mended = _heads_mended(lines)
    issues.extend(mended)
    out: list[Line] = []
    i = 0
    ended: tuple[int, list[tuple[str, int]]] | None = None  # (where the last block of the table ended, its heads)
    last: int | None = None  # the report the table's last block ended at, where its headers say (_run_on_start)
    while i < len(lines):
        if ended is not None and ended[0] <= i <= ended[0] + FLAG_TAIL_LINES \
                and all(_flag_tail(ln) for ln in lines[ended[0]:i]) and (apart := _column_apart(lines, i)) is not None:
            # a header alone right after the table (its flags' stray words at most between), its entry's cells
            # under it as one column block: the table's column OCR read apart below it; given as its clauses,
            # said (another may follow it so)
            got, at = apart
            ended = (at, ended[1])
            out.extend(got)
            issues.append(Issue(
                "warning", "entry_cell_in_doubt",
                f"a report header alone after the entries table ({lines[i].text.strip()!r}), its entry's cells "
                f"under it one per line with no label (a date, the description, the progress, the amount, the "
                f"two flags): a column of the table OCR read apart below it, read as that entry's cells by their "
                f"order", " / ".join(ln.text for ln in lines[i:at] if ln.kind == "text" and ln.text.strip()),
                lines[i].no, lines[at - 1].no, field="progress_reports.seq"))
            i = at
            continue
        heads = _heads_of(lines[i])
        first = i + 1  # the line its first row opens on
        if heads is None and ended is not None and ended[0] <= i <= ended[0] + FLAG_TAIL_LINES \
                and all(_flag_tail(ln) for ln in lines[ended[0]:i]) \
                and (lost := _header_lost(lines, i, ended[1])) is not None:
            # (after the block's flag rows, whose lines OCR left no label the block reads: "กวามสอดคล เป็นไปตาม")
            # the next block of the table, its header row OCR left unreadable or dropped: its columns are the
            # block before's, their numbers go on from it (_header_lost), said
            heads, first, said = lost
            issues.append(said)
            issues.extend(_numbers_given(heads, said))
        elif heads is not None:
            heads, misread = _heads_in_order(heads, lines[i], last)
            issues.extend(misread)
        elif ended is None and (headless := _first_block_headless(lines, i)) is not None:
            # the table's first block, its header row (and date row) OCR lost or left unreadable (a page's garbage
            # before it): its entries are the reports before the next block's first (_first_block_headless), said
            heads, first, said = headless
            issues.append(said)
        if heads is None:
            out.append(lines[i])
            i += 1
            continue
        if first < len(lines) and any(_HEAD_NUMBER_RE.search(h) is None for h, _ in heads) and _head_tail(lines[first]):
            first += 1  # the header cells' wrapped tails ("n 1 | ครั้งที 2 | 3"): no row; the sequence numbers them
        n = len(heads)
        rows: list[tuple[str, list[list[Line]]]] = []  # (label, per entry: its pieces)
        cut_rows: list[tuple[int, Line, int]] = []  # flag rows parted by their order alone: (row, line, cells)
        labelless = False  # the rows' labels stand elsewhere (OCR read their column apart): rows told by shape
        entry_cols = _EntryCols(lines, i, heads)  # (as the rows are read: each line looked at once)
        widths: list[list[int]] = [[] for _ in range(n)]  # each entry's description cells on lines of one cell each
        wide_lines: list[tuple[Line, list[str], list[tuple[int, Line]], list[list[Line]]]] = []  # (_width_split)
        label_read: dict[int, str] = {}  # the label of a row and the words of it a wrap put under it, so far
        gapless_rows: set[int] = set()  # description rows whose first line parted into one word per entry
        j = first
        while j < len(lines):
            if _heads_of(lines[j]) is not None:
                if n < 2 or (late := _late_column(lines, j, n, rows)) is None:
                    break
                # the table's last column OCR read apart under its date and description rows (its header, date and
                # description one under another) before the figure rows it read across, whose cells are one more
                # than the header row's: that column is one more entry, its cells given to it, said
                head, dated, text, at = late
                heads.append(head)
                n += 1
                for (_, pieces), got in zip(rows, (dated, text)):  # (the date row, then the description row: _late_column)
                    pieces.append([Line(ln.no, ln.text.strip()) for ln in got])
                widths.append([])
                entry_cols = _EntryCols(lines, i, heads)
                issues.append(Issue(
                    "warning", "entry_cell_in_doubt",
                    f"a report header alone ({lines[j].text.strip()!r}) under the entries table's description row, "
                    f"its date and text under it, and the figure rows after them holding {n} cells, one more than "
                    f"the header row's entries: the table's last column OCR read apart, read as one more entry "
                    f"(its number, where the header repeats an earlier one, given by the sequence)",
                    " / ".join(ln.text for ln in (lines[j], *dated)), lines[j].no, lines[at - 1].no,
                    field="progress_reports.seq"))
                j = at
                continue
            line = lines[j]
            if line.kind != "text" or (not rows and (_speck_line(line, line.no == lines[i].no + 1)
                                                     or _mark_specks(line))):
                # (specks OCR read from the rules between the header row and its first row, over a page break:
                # "[ๆๆ", " ๕-", no table's end; the marks over the first row's label read as Latin letters in
                # cells: "ead<tab>A")
                j += 1
                continue
            if not rows and n > 1 and "\t" not in line.text and (strays := _strays_before_dates(lines, j)) is not None:
                # the block before's flag words OCR read down its columns, left between this header row and its
                # date row (its page's furniture among them): no cell of this block's, set aside and said
                issues.append(Issue(
                    "warning", "unplaced_text",
                    f"flag words alone between an entries table's header row ({lines[i].text.strip()!r}) and its "
                    f"date row: the rest of the block before's flag rows OCR read down its columns, no cell of this "
                    f"block's; left unplaced", " / ".join(ln.text for ln in lines[j:strays] if ln.kind == "text"
                                                          and ln.text.strip()),
                    line.no, lines[strays - 1].no, field="progress_reports.on_plan"))
                j = strays
                continue
            if not rows and n > 1 and _labels_column_line(line) \
                    and (after := _past_labels_column(lines, j, n)) is not None:
                # the labels' column OCR read on its own between the header row and its rows, the rows after it
                # with no label: the labelless rows are read from there
                j = after
                continue
            if not rows and n > 1 and _labels_column_line(line) \
                    and (upper := _upper_blocks(lines, j, n)) is not None:
                # the labels' column, then each entry's date and description as a block of its own, then the
                # figure rows across with no label: the blocks give the first two rows, the labelless rows go on
                rows.extend(upper[0])
                j, labelless = upper[1], True
                continue
            if not rows and n > 1 and (_labels_column_line(line) or _damaged_label_line(line)) \
                    and (blocks := _column_blocks(lines, j, n, [], heads)) is not None:
                # the labels' column, then each entry's cells as a block, its date first, in the header row's order
                # (no row read across: _column_blocks with `dated`); later entries' headers between them are set
                # aside as there
                rows.extend(blocks[0])
                j = blocks[1]
                if blocks[2]:
                    lines, j, late = _set_aside(lines, j, blocks[2])
                    issues.extend(_late_doubts([ln for ln in late if _HEAD_CELL_RE.match(ln.text)]))
                    lines[j: j + len(late)] = _late_dated(late)
                issues.extend(Issue("warning", "entry_cell_in_doubt",
                                    f"a column block of the entries table read column by column holds, before its "
                                    f"plan's flag, {percent.text.strip()!r} and {amount.text.strip()!r}, neither of the "
                                    f"shape of its row: read as its progress and its amount by their place",
                                    f"{percent.text} / {amount.text}", percent.no, amount.no,
                                    field="progress_reports.progress_pct") for percent, amount in blocks[3])
                break
            opened = _row_cells(line)
            if opened is None and not rows and (damaged := _date_label_damaged(lines, j)) is not None:
                # the date row right under the header row, its label OCR damaged past a letter ("วั un รายงาน"),
                # the description's row after it: read as the date row, said
                opened = damaged
                issues.append(Issue("warning", "label_inferred",
                                    f"an entries table's first row under its header row, its label OCR damaged "
                                    f"({line.text.split(chr(9), 1)[0].strip()!r}), dates in its cells and the "
                                    f"description's row after it, is read as the report_date row",
                                    line.text, line.no, line.no, field="progress_reports.report_date"))
            if opened is not None and (misspelt := _misspelt_label(line.text)) is not None:
                # a row whose label OCR misspelt by a letter ("งปบประมาณที่"): that row only where the table has
                # begun and lacks it (a row read twice is no such row), or where it is the date row right under the
                # header row, the description's row opening just below it ("จันทรายงาน ๑๕ มีนาคม ๒๑<tab>๑๒ W.A. Do" /
                # "รายละเอียด<tab>...": before, such a block of a wide table was read as no table), said
                if (not rows and not (_field(misspelt) == "report_date" and _description_ahead(lines, j))) \
                        or _field(misspelt) in {_field(*row) for row in rows}:
                    opened = None
                else:
                    issues.append(Issue("warning", "label_inferred",
                                        f"an entries table's row label OCR misspelt by a letter "
                                        f"({line.text.split(chr(9), 1)[0].strip()!r}) is read as '{misspelt}', "
                                        f"the {_field(misspelt).replace('_', ' ')} row the table lacks",
                                        line.text, line.no, line.no, field=f"progress_reports.{_field(misspelt)}"))
            if opened is not None and opened[1] and _reopens(opened[0], rows):
                break  # the date row again after the flags: the next block of the table, its header row lost
            if opened is not None and _date_words_in_description(opened[0], rows):
                # "วันที่ 3 ..." opening a line of the description row, the date row read above: the description's
                # own words ("ไปแล้วเมื่อ" / "วันที่ 3" / "พฤษภาคม 2561"), no row of its own; the line goes on
                # with the description's cells
                opened = None
            shaped = _labelless_row(line, n, rows) if opened is None and n > 1 and (not rows or labelless) else None
            if shaped is None and opened is None and n > 1 and not rows \
                    and (shaped := _damaged_date_row(lines, j, n)) is not None:
                # the first line under a header row with no row's label, its dates OCR damaged past a date's
                # shapes ("๒ / พ.ศ. 2567<tab>1๑/6/๒567"), and the table's own rows after it (n percentages, then n
                # amounts): the date row, each cell its entry's date as printed (the date parser reads it or says
                # it unread), said.  Before, the table opened no row: its entries were lost or read into others
                issues.append(Issue(
                    "warning", "entry_cell_in_doubt",
                    f"the first line under an entries table's header row of {n} reports with no row's label, "
                    f"{len(shaped[1])} cell(s) no date's shape reads (OCR damaged them), and the table's progress "
                    f"and amount rows after it: read as the report_date row, each cell its entry's date as printed",
                    line.text, line.no, line.no, field="progress_reports.report_date"))
            if shaped is not None:
                # a row with no label whose cells are one value per entry of the row the form prints next
                labelless = True
                label, values = shaped
                if not rows and (garbled := [v for v in values if not _plain_date(v)
                                             and (_DAYLESS_DATE_RE.fullmatch(v) or _slash_date_specked(v))]):
                    issues.append(Issue(
                        "warning", "entry_cell_in_doubt",
                        f"a line of {n} cells with no label under an entries table's header row, dates among "
                        f"them OCR garbled, {', '.join(map(repr, garbled))} (words and a year alone, or specks "
                        f"among a slash date's digits): read as the report_date row, each garbled cell its entry's "
                        f"date as printed",
                        line.text, line.no, line.no, field="progress_reports.report_date"))
                pieces = [[Line(line.no, v)] if v else [] for v in values]
                if (got := sum(1 for c in line.text.split("\t") if c.strip())) < len(values):
                    cut_rows.append((len(rows), line, got))  # flag cells whose gap OCR lost, parted by order
                if len(values) < n:  # description lines of fewer cells: by page column, said
                    pieces = [[] for _ in range(n)]
                    cells = line.text.split("\t")
                    cols = list(line.cols) if len(line.cols) == len(cells) else []
                    where = _nearest(cols, heads) if cols else range(len(values))
                    for value, k in zip(values, where):
                        if value:
                            pieces[k].append(Line(line.no, value))
                    issues.extend(_doubts(line, label, n, len(values), "description"))
                rows.append((label, pieces))
                j += 1
                continue
            if opened is not None and rows and opened[1] and _field(opened[0]) in _FIGURE_ROWS \
                    and (not any(_DIGIT_RE.search(v) and "=" not in v for v in opened[1])
                         or _BARE_BUDGET_RE.fullmatch(opened[0]) and not any(map(_amount_cell, opened[1]))):
                # a figure's label word with no figure beside it ("งบประมาณ" / "การรวบรวม..."), or only an
                # expense line ("งบประมาณ" / "ค่าจ้างเหมาจัดทำเอกสาร = 5,800 บาท", the last word of a description
                # that a wrap left in the labels' column, beside the next entry's expense): text
                opened = None
            if opened is not None and opened[1] and not rows and "\t" not in line.text and n > 1 \
                    and _DATE_RE.search(opened[0]):
                # the date row under the header row, its cells' gaps OCR read as spaces: its dates part by their
                # shapes (_run_dates), else none is given and the table goes on (its other rows are cells)
                dates = _run_dates(" ".join(opened[1]), n)
                if dates is None and (spaced := _year_first_spaced(" ".join(opened[1]), n)) is not None:
                    # dates printed year first, the separators of some read as spaces ("2022 3 5"): put back,
                    # each said (value_repaired, rule date_separators)
                    dates = spaced[0]
                    issues.extend(_separators_put_back(line.no, spaced[1]))
                if dates is None and (parted := _date_parts_apart([" ".join(opened[1])], n)) is not None:
                    # dates a wrap cut short (their years carried under the row: "8 เม.ย. ว5 พ.ค. 66 9 มิถุนายน"
                    # / "66  2566"), parted as a row of cells is (_date_parts_apart): the one reading that gives
                    # each entry a date, said where another reading gives another count; the wrap's parts
                    # finish them below (_date_parts_filled)
                    dates, doubtful = parted
                    if doubtful:
                        issues.append(_dates_parted_in_doubt(line, n))
                pieces = [[Line(line.no, d)] for d in dates] if dates is not None else [[] for _ in range(n)]
                if dates is None:
                    issues.append(Issue("warning", "entry_cell_in_doubt",
                                        f"the entries table's report_date row lost the gaps between its cells, and "
                                        f"its text does not part into {n} dates: none is given to an entry",
                                        line.text, line.no, line.no, field="progress_reports.report_date"))
                rows.append((opened[0], pieces))
                j += 1
                continue
            if opened is not None and not opened[1] and rows and n > 1 \
                    and (blocks := _column_blocks(lines, j, n, rows, heads)) is not None:
                # the rows after those read across OCR read column by column: the labels' column, then each
                # entry's cells as a block, in the header row's order
                rows.extend(blocks[0])
                j = blocks[1]
                if blocks[2]:
                    # later entries' headers read between the blocks (each maybe with its date under it): they
                    # stand after the table, before their entries' rows, said
                    lines, j, late = _set_aside(lines, j, blocks[2])
                    issues.extend(_late_doubts([ln for ln in late if _HEAD_CELL_RE.match(ln.text)]))
                    lines[j: j + len(late)] = _late_dated(late)
                break
            if opened is not None and not opened[1] and rows and n > 1 and not labelless \
                    and (after := _labels_column_within(lines, j, n, rows)) is not None:
                # the labels' column OCR read on its own inside the table, the rows after it read across with no
                # label: the labelless rows are read from there
                j, labelless = after, True
                continue
            if opened is not None and (not opened[1] or (not rows and "\t" not in line.text)):
                break  # a label without values, or a first row not in cells: no table of entries as columns
            if opened is not None:
                label, values = opened
                if len(values) > n and _field(label) == "report_date" \
                        and len(kept := [v for v in values if not _SPECK_CELL_RE.fullmatch(v)]) == n:
                    # a cell of punctuation alone beside the dates (";", ":": a speck OCR read from a rule of the
                    # table), one more cell than entries: no entry's date, left out
                    values = kept
                if len(values) > n and _field(label) in ("progress_pct", "disbursed") \
                        and len(kept := [v for v in values if not _figure_speck(v)]) == n:
                    # a cell of one or two characters with no digit nor a letter OCR writes for one ("า" beside
                    # "๑๑.๐๐ %<tab>๕๓.๐๐ %": a speck OCR read from the page), one more cell than entries: no entry's
                    # figure, left out and said (before, it went with the last entry's cell and ran on into its text)
                    issues.append(Issue("warning", "unplaced_text",
                                        f"a cell of the entries table's {_field(label)} row that holds no figure, "
                                        f"one more cell than entries ({n}): a speck OCR read, given to no entry",
                                        " | ".join(v for v in values if _figure_speck(v)), line.no, line.no,
                                        field=f"progress_reports.{_field(label)}"))
                    values = kept
                cut = False  # flags some of which a wrap cut short: parted by their order alone
                if len(values) < n and _FLAG_RE.search(label):
                    values, cut = _flags_apart(values)
                    if len(values) != n and (run := _flags_by_words(lines, j, n, opened)) is not None:
                        # the row's flags a narrow column wrapped anywhere, their gaps read as spaces: each entry's
                        # words line by line, in order, as the flags they make up (said, as flags cut short are)
                        pieces, j = run
                        cut_rows.append((len(rows), line, len(opened[1])))
                        rows.append((label, pieces))
                        continue
                elif 0 < len(values) < n and _field(label) in _FIGURE_ROWS:
                    # a figure row some of whose cells' gaps OCR read as spaces ("13.00 %<tab>17.00% 41.00 % 42.50%",
                    # "งบประมาณที่ 0.00 บาท 0.00 บาท 0.00 บาท 0.00 บาท"): its values part by their shapes, when they
                    # give one value each to the entries, in order
                    apart = _figures_apart(_field(label), values)
                    if (apart is None or len(apart) != n) and _field(label) == "report_date" \
                            and (parted := _date_parts_apart(values, n)) is not None:
                        # dates whose parts a wrap carried under the row, two of them in one cell ("1 มกราคม 22"
                        # / "2561  กุมภาพันธ์", the day of the next date after the first's month): parted by the
                        # parts' shapes when one reading alone gives one date each to the entries (said when
                        # another reading, a two-digit day read as a year, gives another count)
                        apart, doubtful = parted
                        if doubtful:
                            issues.append(_dates_parted_in_doubt(line, n))
                    if (apart is None or len(apart) != n) and _field(label) == "report_date" \
                            and (spaced := _year_first_spaced(" ".join(values), n)) is not None:
                        # dates printed year first, the separators of some read as spaces ("2022 3 5"): put
                        # back, each said (value_repaired, rule date_separators)
                        apart = spaced[0]
                        issues.extend(_separators_put_back(line.no, spaced[1]))
                    if (apart is None or len(apart) != n) and _field(label) == "report_date" \
                            and (whole := _whole_dates_apart(values, n)) is not None:
                        # whole dates, one per entry, the gaps between them read as spaces, a separator of one
                        # or more OCR damaged ("08/05/2562 14/06/2562 09/08|2562 10/09/2562"): one each
                        apart = whole
                    if apart is not None and len(apart) == n:
                        values = apart
                if _field(label) == "description" and (dealt := _words_dealt(line, values, n, True)) is not None:
                    # the description row's first line, OCR having read some of its gaps or all as spaces, one word
                    # for each entry: one word each; with no gap read wider (no tab), the row's next lines so read
                    # too (_words_dealt), said
                    if "\t" not in line.text:
                        gapless_rows.add(len(rows))
                    issues.extend(_doubts(line, label, n, len(values)))
                    values = dealt
                pieces: list[list[Line]] = [[] for _ in range(n)]
                if len(values) == n:
                    where = list(range(n))
                    if _field(label) == "description":
                        _widths_seen(widths, values)
                    if cut:  # said once the row is whole (its flag told by its cells' words too: _field)
                        cut_rows.append((len(rows), line, len(opened[1])))
                else:
                    # (a header row OCR read with no label cell, its first header at the margin where the rows'
                    # labels stand, counts its columns from there, not from the entries' own: the cells go by the
                    # columns the table's full rows print for their entries, where rows above gave them)
                    where = _placed(line, values, _absolute(heads, entry_cols.up_to(j)) if heads[0][1] == 0 else heads)
                    issues.extend(_doubts(line, label, n, len(values)))
                placed = _put(pieces, line, values, where)
                if len(values) < n and _field(label) == "description":
                    wide_lines.append((line, values, placed, pieces))
                rows.append((label, pieces))
                j += 1
                continue
            if not rows:
                break
            label, pieces = rows[-1]
            cells = [c.strip() for c in line.text.split("\t")]
            cols = list(line.cols) if len(line.cols) == len(cells) else []
            # (in a table whose rows have no label, flag words under flags a wrap cut finish them: "แผน" under
            # "เป็นไปตาม", not a label's tail)
            finishing = labelless and _field(label, pieces) in _RUN_FLAG_RE \
                and len(_unfinished_flags(pieces, _field(label, pieces))) == len(cells)
            tail = bool(_LABEL_TAIL_RE.match(cells[0])) and not finishing
            described = _field(label, pieces) == "description"
            if tail and described and skeleton(label_read.get(len(rows), label)) == _DESC_LABEL_SK \
                    and (not any(_EXPENSE_WORDS_RE.search(c) for c in cells) or len(cells) == n):
                # the description's label whole already ("รายละเอียด" / "การดำเนินงาน"): a first cell of its
                # words ("ดำเนิน", "การ", a narrow column's wrapped word) is an entry's text, no tail of it (a
                # line holding an expense line's words is left as it was, to the rules that place expense lines,
                # unless its cells are one an entry with that first cell: "ดำเนินงาน | เป็นเงิน ๑,๕๐๐ บาท.-" in a
                # table of two, the last word of report 1's "...กำหนดหัวข้อดำเนินงาน" beside report 2's expense
                # line; before, the word was dropped as the label's and report 1 lost it)
                tail = False
            # (the label as read so far, its words a wrap put on lines above too: "รายละเอียด" / "การ" /
            # "ดำเนินงาน แต่งตั้ง", the last line's first words finish "รายละเอียดการ", not "รายละเอียด")
            so_far = label_read.get(len(rows), label)
            if tail:
                label_read[len(rows)] = so_far + cells[0]
                cells, cols = cells[1:], cols[1:]
            elif described and cells and (head := _label_head_end(so_far, cells[0])) is not None \
                    and _label_rest(so_far, cells[0]) is not None:
                label_read[len(rows)] = so_far + cells[0][:head]
            if not cells:
                j += 1
                continue
            row = _field(label, pieces)
            if row == "description" and len(cells) > n \
                    and len(kept := [k for k, c in enumerate(cells) if not _SPECK_CELL_RE.fullmatch(c)]) <= n:
                # a description line of more cells than entries, some of punctuation alone ("|": a speck OCR read
                # from a rule between the columns): no entry's text, left out, the line's cells then one an entry
                # at most (before, the line, every line below it to the next row, were given to no entry)
                cells, cols = [cells[k] for k in kept], [cols[k] for k in kept] if cols else []
                if not cells:
                    j += 1
                    continue
            # a short line alone may be the wrap of a date's or figure's cell ("24 ก.ค." / "2567")
            wrap = (row in ("report_date", "progress_pct", "disbursed") and n > 1 and len(cells) == 1
                    and len(cells[0].split()) <= 2) \
                or (row == "report_date" and n == 1 and len(cells) == 1 and bool(_YEAR_CELL_RE.match(cells[0])))
            # (in a table of one entry, a year alone under its date: the date's wrap, "๒๓ ม.ค." / "๒๕๖๕")
            if not tail and not wrap and not finishing and (
                    row == "on_target" or (row != "description" and len(cells) < 2)):
                break  # the table's last row ends it; a figure's or flag's line goes on only as cells
            # (beside the label's last word too, "รายงาน  2561" under "วันที่  ... 23 มกราคม": the cells all years)
            years = _yearless(pieces) if row == "report_date" and len(cells) < n and (
                not tail or all(_YEAR_CELL_RE.match(c) for c in cells)) else []
            if row == "description" and not tail and len(rows) - 1 in gapless_rows and len(cells) == 1:
                # a line of a description row whose first line parted into one word per entry (_words_dealt), the
                # label's last words before it at most: one word per entry again is one word each, said
                rest = _label_rest(so_far, cells[0]) if _LABEL_HEAD_RE.match(cells[0]) else None
                if (dealt := _words_dealt(line, [rest or cells[0]], n)) is not None:
                    cells, cols = dealt, []
                    issues.extend(_doubts(line, label, n, 1))
            if row == "description" and not tail and len(cells) == 1 and n > 1 \
                    and (ends := _two_expense_ends(pieces, line, cells[0])) is not None:
                # two entries' expense lines' figures on one line, the gap between them read as a space ("ค่าเช่ารถ
                # โดยสาร = ๕,๕๐๐ ๑๕,๑๐๐ บาท"): the first figure ends the expense whose item opens the line, the
                # second the one entry's expense left open at its "=" above (_two_expense_ends), said
                for k, value in ends:
                    pieces[k].append(Line(line.no, value))
                issues.extend(_doubts(line, label, n, 1))
                j += 1
                continue
            if row == "description" and not tail and len(cells) < n \
                    and (apart := _expense_openings_apart(cells, n)) is not None:
                # an entry's expense line cut at its "=" (its figure on the next line), the next entries' words after
                # it with the gap read as a space ("ค่าวัสดุอุปกรณ์ = รวบรวมเอกสาร เป็นการ"): the "=" ends that
                # entry's cell; with the line's cells then one an entry, one each, said
                cells, cols = apart, []
                issues.extend(_doubts(line, label, n, len(line.text.split("\t"))))
            dealt_across = False
            if row == "description" and not tail and 1 < len(cells) < n \
                    and (across := _words_dealt_across(line, cells, n, pieces)) is not None:
                # a line of the description row whose cells, some of them holding two entries' words or more
                # with the gap read as a space ("จัดทำคำสั่ง สถานศึกษา กิจกรรม<tab>ประสานงาน" in a table of four),
                # hold one word for each entry, every entry's cell going on above it: one word each, said
                cells, cols, dealt_across = across, [], True
                issues.extend(_doubts(line, label, n, len(line.text.split("\t"))))
            if len(cells) == n:
                if row == "description" and not tail and (rest := _label_rest(so_far, cells[0])) is not None:
                    # the label's last words before the first entry's cell, the gap lost ("การดำเนินงาน ขั้นตอน...",
                    # under "รายละเอียด", beside the other entries' cells): the label's (label_read above), and the
                    # entry's cell is what follows them
                    cells = [rest, *cells[1:]]
                for k, value in enumerate(cells):
                    if value:
                        pieces[k].append(Line(line.no, value))
                if row == "description" and not _LABEL_HEAD_RE.match(cells[0]) and not dealt_across:
                    # (a first cell opening with a label's wrapped words, "การดำเนินงาน ติดต่อ", is no measure of its
                    # column; nor are words dealt one an entry, placed by no gap)
                    _widths_seen(widths, cells)
            elif years and len(years) == len(cells) and all(_YEAR_CELL_RE.match(c) for c in cells):
                # the years a wrap put under the dates that lack theirs ("10 เม.ย." / "2565"), in order
                for k, value in zip(years, cells):
                    pieces[k].append(Line(line.no, value))
            elif row == "report_date" and not tail and len(cells) < n \
                    and (filled := _date_parts_filled(pieces, cells)) is not None:
                # the parts a wrap put under the dates that lack them ("2561  กุมภาพันธ์  2561" under "1 มกราคม",
                # "22", "21 เมษายน": a year, a month, a year), in order, each of the shape of the part it finishes
                for k, value in filled:
                    pieces[k].append(Line(line.no, value))
            elif row in _RUN_FLAG_RE and len(cells) < n and \
                    len(unfinished := _unfinished_flags(pieces, row)) == len(cells):
                # a flag's last word wrapped under it ("เป็นไปตาม" / "เป้าหมาย"): the words go, in order, to the
                # entries whose flag they finish, as many as there are
                for k, value in zip(unfinished, cells):
                    pieces[k].append(Line(line.no, value))
            elif len(cells) < n and (row == "description" or tail or wrap):
                # by page column; a line of one cell without one (OCR drops a wrapped cell's indent) goes on
                # with the text read just before it, the last cell of the line above (the reading order)
                # (or, a line opening with figures, with the one entry whose cell above left an expense line's
                # figures open: "... คน % ๑๐๐ บาท.- =" / "๑๒,๕๐๐ บาท.- ...", read after the next entry's cell)
                fits = _unindented_fits(cols, entry_cols.up_to(j)) \
                    if cols and not tail and not _label_word_first(cells[0], so_far, described) else []
                # (the gaps allow more than one way, the indent lost: the one under which the cells go on with
                # their entries' words above them, a word cut across the wrap finished or a parenthesis closed,
                # where the words tell; the line is said all the same: _doubts)
                if row == "description" and len(fits) > 1 \
                        and len(running := [w for w in fits if _within_running(pieces, line.no, w)]) == 1:
                    # of the ways the gaps allow, the one alone whose entries all held a piece on the line just
                    # above: a cell's text runs on unbroken from its row's top, so an entry whose cell ended above
                    # holds no piece below it (the line is said all the same: _doubts)
                    fits = running
                where = (fits[0] if len(fits) == 1 else _fit_by_words(pieces, cells, fits) if row == "description"
                         else None) \
                    or (_nearest(cols, _absolute(heads, entry_cols.up_to(j)) if tail else heads) if cols
                        else [_expense_left_open(pieces, line, lambda k: _spent(lines, j, n, k))] if len(cells) == 1
                        else range(len(cells)))
                if row == "description" and not _LABEL_HEAD_RE.match(cells[0]) \
                        and not (len(cells) == 1 and not cols and _goes_on_open_expense(pieces[(open_k := list(where)[0])], line)
                                 and _spent(lines, j, n, open_k)):
                    # (a first cell opening with a label's wrapped words stands at the margin, its width the label's too)
                    # (a line of one cell with no page column that the reading order gives to an entry whose cell
                    # left an expense line open goes on with that line, however wide: _goes_on_open_expense)
                    where = _width_fit(cells, list(where), widths)
                if row == "description" and not tail and len(cells) >= 2 \
                        and (moved := _past_ended(list(where), _entries_ended(pieces), n)) is not None:
                    # the first entries' cells ended on a line above (the later ones' cells stood there without
                    # them): OCR keeps no empty column before a line's first cell, so the cells stand past them
                    where = moved
                rest = _label_rest(so_far, cells[0]) if row == "description" and not tail \
                    and _LABEL_HEAD_RE.match(cells[0]) else None
                # the label's last words before the first cell, the gap lost ("การดำเนินงาน สถานศึกษาเพื่อ ...",
                # under "รายละเอียด"): the label's (label_read above), the cells are what follows them, split or not
                placed = _put(pieces, line, cells if rest is None else [rest, *cells[1:]], where)
                if row == "description" and (not _LABEL_HEAD_RE.match(cells[0]) or skeleton(so_far) == _DESC_LABEL_SK):
                    # (a first cell opening with the label's words once the label is whole, "ดำเนินงาน โรงเรียนมี
                    # และตัดสิน" under "รายละเอียดการ" / "ดำเนินงาน": the last word of report 1's "...หัวข้อ
                    # ดำเนินงาน" beside the next entries' cells, the gaps read as spaces, opens with an entry's text,
                    # no label's: parted by the widths as any other line where they allow one way only)
                    wide_lines.append((line, cells, placed, pieces))
                elif rest is not None:
                    wide_lines.append((line, [rest, *cells[1:]], placed, pieces))
                issues.extend(_doubts(line, label, n, len(cells)))
            elif (resume := _next_row(lines, j, row)) is not None:
                # lines of this row no cell order places (a date's pieces a wrap scattered over lines): put
                # aside and said, and the table goes on at the next row's label
                aside = lines[j:resume]
                issues.append(Issue(
                    "warning", "entry_cell_in_doubt",
                    f"lines of the entries table's {row} row whose cells do not stand one per entry ({n} entries): "
                    "which entry each belongs to is not clear from the layout, so they are given to none",
                    " / ".join(ln.text.replace("\t", " | ") for ln in aside), aside[0].no, aside[-1].no,
                    field=f"progress_reports.{row}"))
                if any(_EXPENSE_LINE_RE.search(ln.text) for ln in aside):
                    # an expense line among them ("ค่าวัสดุ = 16,300 บาท"): its entry's expense is lost with them,
                    # said of the expenses too (before, only the description was named: the loss was silent)
                    issues.append(Issue(
                        "warning", "entry_cell_in_doubt",
                        f"lines of the entries table's {row} row given to no entry hold an expense line: that "
                        f"entry's expense is not read", " / ".join(ln.text.replace("\t", " | ") for ln in aside
                                                                   if _EXPENSE_LINE_RE.search(ln.text)),
                        aside[0].no, aside[-1].no, field="expenses"))
                j = resume
                continue
            else:
                break
            j += 1
        for line, cells, placed, pieces in wide_lines:
            # neighbouring entries' cells whose gap OCR read as one space: parted where the columns' widths, as the
            # whole row shows them, allow one way only (the line is said all the same: _doubts)
            split = _twin_split(cells, len(widths)) or _width_split(cells, widths)
            if split is None and (split := _expense_width_split(line, cells, widths, pieces)) is not None:
                issues.append(Issue(
                    "warning", "entry_cell_in_doubt",
                    f"a line of the entries table's description row holding an expense line's words, "
                    f"{len(cells)} cell(s) for {len(widths)} entries, one of them wider than every column (two "
                    f"entries' cells whose gap OCR read as one space): parted where the columns' widths allow one "
                    f"way only, its pieces given to {', '.join(repr(heads[k][0]) for k in split[1])}; the expense "
                    f"line it holds may be another entry's", " | ".join(split[0]), line.no, line.no,
                    field="expenses"))
            if split is not None:
                _replaced(pieces, placed, line, *split)
        if (second := _target_by_order(rows)) is not None:
            # a flag row whose label a wrap cut before its object ("ความสอดคล้อ" / "งกับเป้าหมาย", the tail's line
            # ending the table) and whose cells name none ("เป็นไปตาม" alone), after the block's plan row: the form
            # prints the target row right after the plan row, so it is that row, said (before, it read as a second
            # plan row: its reports lost their target flag, and the flags counted the block's entries twice)
            label, pieces = rows[second]
            rows[second] = (f"{label}กับเป้าหมาย", pieces)
            got = [ln for cell in pieces for ln in cell]
            issues.append(Issue("warning", "label_inferred",
                                f"an entries table's second flag row, its label ({label!r}) and its cells naming no "
                                f"flag's object, after the block's plan row: read as the on_target row by the "
                                f"form's order of rows", " | ".join(ln.text for ln in got),
                                min(ln.no for ln in got), max(ln.no for ln in got), field="progress_reports.on_target"))
        if not any(_known(label) for label, _ in rows):  # a header followed by other text: no such table
            out.append(lines[i])
            i += 1
            continue
        ended = (j, heads)
        start = _block_start(heads) if last is None else _block_start(heads) or _run_on_start(heads, last)
        last = start + n - 1 if start is not None else None
        issues.extend(latin_head_doubts(lines[i]))
        for k, line, got in cut_rows:
            issues.extend(_doubts(line, rows[k][0], n, got, _field(*rows[k])))
        spent = next((pieces for label, pieces in rows if _field(label, pieces) == "disbursed"), None)
        for label, pieces in rows:
            if n > 1 and _field(label, pieces) == "description":
                issues.extend(_expense_lines_rejoined(pieces, heads))
                if spent is not None:
                    issues.extend(_runs_shifted_to_spending(pieces, heads, spent))
        for k, (head, _) in enumerate(heads):
            title = _ONE_HEAD_RE.match(head).group(1)
            # a number OCR wrote as a Thai letter ("ครั้งที่ ซ") reads as one before a separator (clauses.HEADER_RE);
            # a column given no date is a header with its date slot unread ("::"): a header row's cell opens its
            # entry, whatever number OCR made of it (a number repeating an earlier report's is mended by the
            # sequence, parsers.bma_progress.assemble, not read as that report's text)
            dated = any(pieces[k] for label, pieces in rows if _field(label, pieces) == "report_date")
            # (a header OCR left no number stands bare, so the date slot after it reads as its date: with a colon,
            # "รายงานครั้งที่ :" / ":: 22/12/2567 :", the date was read as text)
            bare = _HEAD_CELL_RE.match(title) or _NUMBERLESS_RE.fullmatch(title)
            if dated and not bare and _number_unread(title):
                # a number OCR garbled past any reading ("ครั้งที่ ท" for ๔): the header row's cell opens its
                # entry all the same; bare, so its date reads, its number given by the sequence and said
                title, bare = _NUMBERLESS_RE.match(title).group(0).rstrip(), True
            out.append(Line(lines[i].no, f"รายงาน{title}" + (" ::" if not dated else "" if bare else " :")))
            for label, pieces in rows:
                got = pieces[k]
                if not got:
                    continue
                if _field(label, pieces) == "description":
                    out.extend(got)
                    continue
                value = " ".join(p.text for p in got)
                row = _field(label, pieces)
                if row in _RUN_FLAG_RE and (whole := _flag_of_row(value, row)) is not None:
                    # the row's flag words cut short, their object lost or run into another entry's cell ("เป็นไปตาม"
                    # / "องกับแผน แผน<tab>แผน" read by position): the row says which flag they open, said
                    issues.append(Issue("warning", "label_inferred",
                                        f"the cell {value!r} under {head.strip()!r} in the entries table's {row} row is "
                                        f"that flag's opening words alone, its object lost or placed apart: read as "
                                        f"'{whole}' by its row; a ไม่ OCR lost would be lost from this reading too",
                                        value, got[0].no, got[-1].no, field=f"progress_reports.{row}"))
                    value = whole
                out.append(Line(got[0].no, _part(label, value)))
        i = j
    return out, issues


_FLAG_FIELDS = ("on_plan", "on_target")
# A flag row's cell that holds the flag's opening words alone ("เป็นไปตาม", "ไม่เป็นไปตา"), OCR specks or the row's
# object after them at most ("เป็นไปตาม ‘la แผน"), but not the whole flag: its object lost or run into another
# entry's cell (the row's continuation line read by position)
_FLAG_OPENING_RE = regex.compile(rf"(?P<not>{mark_tolerant('ไม่')}\s*)?{mark_tolerant('เป็นไปตา')}(?:{mark_tolerant('ม')})?")
_FLAG_OBJECT_OF = {"on_plan": "แผน", "on_target": "เป้าหมาย"}


def _flag_of_row(value: str, row: str) -> str | None:
    """The flag a flag row's cut cell stands for (_FLAG_OPENING_RE): the row's flag, met unless ไม่ opens it;
    None for a whole flag, other words, or the other row's object."""
    if _RUN_FLAG_RE[row].search(value.replace(" ", "")):
        return None
    m = _FLAG_OPENING_RE.match(value.strip(" :;|"))
    if m is None:
        return None
    other = _FLAG_OBJECT_OF["on_target" if row == "on_plan" else "on_plan"]
    for word in value.strip(" :;|")[m.end():].split():
        if skeleton(word) == skeleton(_FLAG_OBJECT_OF[row]) or (len(word) <= 3 and not THAI_LETTER_RE.search(word)):
            continue
        return None
    if other in value[m.end():]:
        return None
    return ("ไม่" if m.group("not") else "") + "เป็นไปตาม" + _FLAG_OBJECT_OF[row]


def _target_by_order(rows: list[tuple[str, list[list[Line]]]]) -> int | None:
    """The row of a block that is its target row though read as a second
    plan row: the block has two or more on_plan rows and no on_target row,
    and the last of them names no flag's object in its label or cells (a
    label a wrap cut, "ความสอดคล้อง", over cells "เป็นไปตาม" alone): the
    form prints the target row right after the plan row.  None otherwise."""
    fields = [_field(label, pieces) for label, pieces in rows]
    if fields.count("on_plan") < 2 or "on_target" in fields:
        return None
    k = max(i for i, f in enumerate(fields) if f == "on_plan")
    label, pieces = rows[k]
    said = label + " ".join(ln.text for cell in pieces for ln in cell)
    if not any(pieces) or _PLAN_RE.search(said) or _TARGET_RE.search(said) or not _FLAG_RE.search(label):
        return None
    return k


def _reopens(label: str, rows: list[tuple[str, list[list[Line]]]]) -> bool:
    """Whether a row labelled `label` opens the table's next block: it is the
    date row, and the block read so far has its date row and a flag row
    (the form's last rows), so it repeats the block's rows from the top."""
    fields = {_field(lab, pieces) for lab, pieces in rows}
    return _field(label) == "report_date" and "report_date" in fields and bool(fields & set(_FLAG_FIELDS))


def _date_words_in_description(label: str, rows: list[tuple[str, list[list[Line]]]]) -> bool:
    """Whether a row "labelled" as the date row (its label "วันที่" alone,
    no "รายงาน" after it) stands inside the description row: the block has
    read its date row, the description's row is the last one read and no
    figure or flag row came yet, so it is a description's own words
    wrapped to open a line ("ได้ดำเนินการ... ไปแล้วเมื่อ" / "วันที่ 3" /
    "พฤษภาคม 2561 ขณะนี้ ..."), not a date row (a block prints that once,
    first).  Before, the line opened a second date row: the description's
    later lines and the expense lines under it were read as dates and given
    to no entry (bma_progress_s63z007: four descriptions cut short and a
    report's three expense lines lost)."""
    if not rows or _field(label) != "report_date" or _REPORT_WORD_RE.search(label):
        return False
    fields = [_field(lab, pieces) for lab, pieces in rows]
    return fields[-1] == "description" and "report_date" in fields \
        and not set(fields) & {"progress_pct", "disbursed", *_FLAG_FIELDS}


_REPORT_WORD_RE = regex.compile(mark_tolerant("รายงาน"))


FLAG_TAIL_LINES = 12  # lines of a block's last rows (its flags) that may stand unread between it and the next block
_FLAG_WORDS_RE = regex.compile(rf"{mark_tolerant('เป็นไป')}|{mark_tolerant('เป้า')}")


def _strays_before_dates(lines: list[Line], j: int) -> int | None:
    """Where a header row's date row opens past flag words alone that
    stand before it (_flag_tail's words, no cell of their own: no tab),
    blank lines and furniture among them: the block before's flag rows OCR
    read down their columns and set down after the next header row; None
    where a line of other text comes first, no flag word stands among
    them, or the date row is not reached within FLAG_TAIL_LINES lines."""
    words = False
    for k in range(j, min(len(lines), j + FLAG_TAIL_LINES + 1)):
        line = lines[k]
        text = line.text.strip()
        if line.kind != "text" or not text:
            continue
        if "\t" not in line.text and _flag_tail(line):
            words = True
            continue
        opened = _row_cells(line)
        return k if words and opened is not None and _field(opened[0]) == "report_date" and opened[1] else None
    return None


def _flag_tail(line: Line) -> bool:
    """A line that may be the rest of a block's flag rows: blank or
    furniture, or the flags' or their labels' words in it."""
    text = line.text.strip()
    return line.kind != "text" or not text or bool(_FLAG_RE.search(text) or _FLAG_WORDS_RE.search(text)
                                                   or _LABEL_TAIL_RE.match(text))


HEADER_LOST_LINES = 2  # text lines OCR may have made of a block's lost header row ("ee ee ee ee") before its date row
BLOCK_AHEAD_LINES = 160  # lines a block's rows may take before the next block's header row


def _garbled_line(line: Line) -> bool:
    """A line that may be what OCR left of a header row: no row's label
    opens it and no label's word or date is in it; or a header's words open
    it and its every word is a header's (its number glued on or garbled) or
    holds no Thai consonant ("ครั้งที ครั้งที » ANNA ANNE", "ครั้งที ๕ ครั้งที๐»
    ครั้งที7 anne": the Latin letters after a mark read as a date's shape
    would be; "ครั้งที่ 4<tab>ครั้งที่ 5<tab>ครั้งที่ 6<tab>า", a speck after
    them; "รายงานครั้งที่ 5รายงานครั้งที่ 6", a number glued to the next).
    A Thai word no header's ("ครั้งที่ 3 คัที่4 ครั้งที่ 5") leaves the line
    unread, as before."""
    text = line.text.strip()
    if not text or _row_cells(line) is not None:
        return False
    if _ONE_HEAD_RE.match(text) is not None:
        return all(_ONE_HEAD_RE.search(word) or not _CONSONANT_RE.search(word) for word in text.split())
    return not _known(text) and not _DATEISH_RE.search(text)


_CONSONANT_RE = regex.compile(r"[\u0e01-\u0e2e]")  # a Thai consonant (a vowel or a mark alone is a speck: "า")


def _header_lost(lines: list[Line], i: int, before: list[tuple[str, int]]
                 ) -> tuple[list[tuple[str, int]], int, Issue] | None:
    """The next block of an entries table whose header row OCR left
    unreadable or dropped, right where the block `before` ended (lines[i]):
    the block's date row opens there, or after a line or two of garbled
    text (its header row as OCR read it).  A block of the table is as wide as
    the one before it, unless it is the last (more of the table follows:
    a header row, or the date row of another block); the last block's width
    is its rows' most cells, capped at the block before's, which the layout
    alone gives: said either way.  Its headers go on from the block
    before's numbers where that block's headers say where it starts
    (_block_start; said, _numbers_given), else they have none and the
    entries' sequence numbers them (parsers.bma_progress.assemble, said
    there).  None when lines[i] opens no such block."""
    k, held = i, 0
    while k < len(lines) and (lines[k].kind != "text" or not lines[k].text.strip()
                              or (held < HEADER_LOST_LINES and _garbled_line(lines[k]))):
        held += lines[k].kind == "text" and bool(lines[k].text.strip())
        k += 1
    opened = _row_cells(lines[k]) if k < len(lines) else None
    if opened is None or not opened[1] or _field(opened[0]) != "report_date":
        return None
    more, cells = False, 0
    for ahead in lines[k + 1:k + 1 + BLOCK_AHEAD_LINES]:
        if _heads_of(ahead) is not None:
            more = True
            break
        got = _row_cells(ahead)
        if got is not None and got[1]:
            if _field(got[0]) == "report_date":
                more = True
                break
            if _field(got[0]) != "description":
                cells = max(cells, len(got[1]))
    width = len(before) if more else min(cells or 1, len(before))
    at = lines[i] if held else lines[k]
    kept = (f"the block is as wide as the one before it ({width} entries), more of the table following it" if more
            else f"it is the table's last block: its width, {width} entries, is read from its rows' cells alone")
    said = Issue("warning", "entry_cell_in_doubt",
                 f"a block of the entries table whose header row OCR left unreadable or lost "
                 f"({at.text.strip()!r}): its rows repeat the block's before it; {kept}, and its entries' numbers "
                 "are the sequence's", at.text, at.no, lines[k].no, field="progress_reports")
    start = _block_start(before)
    # (numbered on from the block before when its headers say where it starts; else numberless, left to the sequence)
    heads = [(f"ครั้งที่ {start + len(before) + c}" if start is not None else "ครั้งที่", col)
             for c, (_, col) in enumerate(before[:width])]
    return heads, k, said


_HEAD_NUMBER_RE = regex.compile(r"([\d๐-๙]{1,3})\s*$")


def _first_block_headless(lines: list[Line], i: int) -> tuple[list[tuple[str, int]], int, Issue] | None:
    """The first block of an entries table read row by row whose header row
    OCR lost or left unreadable, no block read before it: lines[i] opens a
    row of the block's (its date row, or its description row where the date
    row went too), no header row stands before it, and the next block's
    header row, within BLOCK_AHEAD_LINES, numbers its first entry one past
    the most cells a figure row of this block holds (K): the block is the
    K entries before it ("รายละเอียดการ ..." / ... / "รายงานครั้งที่ ๓
    รายงานครั้งที่ ๕": reports 1 and 2; fresh set s92o, bma_progress_s92o005,
    a page of OCR garbage where the first block's header and date rows stood).
    Before, its rows were read as no entry's and both reports were lost.  The
    columns are the widest figure row's cells'; said (entry_cell_in_doubt).
    None where the lines are not so."""
    opened = _row_cells(lines[i])
    if opened is None or not opened[1] or _field(opened[0]) not in ("report_date", "description"):
        return None
    before = next((ln for ln in reversed(lines[:i]) if ln.kind == "text" and ln.text.strip()), None)
    if before is not None and (_LATIN_HEAD_RE.fullmatch(before.text) or _row_cells(before) is not None):
        # (its header OCR read as Latin letters, "asin 1", stands over it: entries.latin_headers reads it; or a row
        # of the block stands before: lines[i] is none of its first)
        return None
    width, widest = 0, None
    for j in range(i + 1, min(len(lines), i + 1 + BLOCK_AHEAD_LINES)):
        ahead = lines[j]
        if (heads := _heads_of(ahead)) is not None:
            number = _HEAD_NUMBER_RE.search(heads[0][0])
            if number is None or width < 1 or widest is None \
                    or int(thai_digits_to_arabic(number.group(1))) != width + 1:
                return None
            # (each entry's column: its cell's in that row, the label's cell holding the first value where OCR left
            # no gap between them, "ความก้าวหน้าของ ๑๑.๐๐ %<tab>๒๒.๐๐ %")
            cols = list(widest.cols)
            cols = cols[1:] if len(cols) == width + 1 else cols if len(cols) == width else [0] * width
            said = Issue("warning", "entry_cell_in_doubt",
                         f"the entries table's first block has no header row (OCR lost or garbled it, and its date "
                         f"row {'with it' if _field(opened[0]) == 'description' else 'stands'}): its figure rows "
                         f"hold {width} entries and the next block's header row opens with report {width + 1}, so "
                         f"the block is reports 1 to {width}, read by their places", lines[i].text, lines[i].no,
                         ahead.no - 1, field="progress_reports")
            return [(f"ครั้งที่ {k}", col) for k, col in zip(range(1, width + 1), cols)], i, said
        got = _row_cells(ahead)
        if got is None or not got[1]:
            continue
        if _field(got[0]) == "report_date":
            return None  # (another block's date row before any header: no block so read)
        if _field(got[0]) in ("progress_pct", "disbursed") and len(got[1]) > width:
            width, widest = len(got[1]), ahead
    return None


# A token of a header cell's wrapped tail: its "ครั้งที่" or "ที่", its number, or a speck OCR read as a letter
_HEAD_TAIL_WORD = rf"{mark_tolerant('ครั้งที่')}|{mark_tolerant('ที่')}"
_HEAD_TAIL_TOKEN_RE = regex.compile(rf"^(?:{_HEAD_TAIL_WORD}|{_DIGITISH}{{1,3}}|[A-Za-z])$")
_HEAD_TAIL_WORD_RE = regex.compile(rf"^(?:{_HEAD_TAIL_WORD})$")


def _head_tail(line: Line) -> bool:
    """Whether a line under a header row whose cells a wrap cut ("รายงานครั้ง | รายงาน | รายงานครั้งที่ 4") is
    those cells' tails: only their words and numbers ("n 1 | ครั้งที 2 | 3"), a number at least, no label's or
    value's word, and a header's word at least (a row of bare figures, its label lost, is a row: "5 | 22 | 51";
    fresh set s74b, bma_progress_s74b008: read as a row of the table, every entry was lost)."""
    tokens = line.text.split()
    return bool(tokens) and all(_HEAD_TAIL_TOKEN_RE.match(t) for t in tokens) \
        and any(ANY_DIGIT_RE.search(t) for t in tokens) and any(_HEAD_TAIL_WORD_RE.match(t) for t in tokens)


_BY_BLOCK_BEFORE = ("OCR left unreadable or lost: the block before it numbers its columns from its first, and this "
                    "block's columns go on from its last")


def _numbers_given(heads: list[tuple[str, int]], why: Issue, how: str = _BY_BLOCK_BEFORE) -> list[Issue]:
    """value_repaired for each header of a block whose header row was lost
    that was given its number by the block before it (_block_start), or as
    `how` says."""
    out = []
    for head, _ in heads:
        if (m := _HEAD_NUMBER_RE.search(head)) is None:
            continue
        chosen = int(m.group(1))
        evidence = {"rule": "report_sequence", "printed": "", "read": None, "chosen": chosen}
        out.append(Issue("warning", "value_repaired",
                         f"a report header of an entries table block whose header row {how}: it is read as {chosen}",
                         json.dumps(evidence, ensure_ascii=False),
                         why.line_start, why.line_end, field="progress_reports.seq"))
    return out


def _dates_parted_in_doubt(line: Line, n: int) -> Issue:
    """The doubt of a date row parted into `n` dates by its parts' shapes
    (_date_parts_apart) where another reading, a two-digit day read as a
    year, gives another count."""
    return Issue("warning", "entry_cell_in_doubt",
                 f"the entries table's report_date row lost gaps between its cells: its text parts "
                 f"into {n} dates only if a two-digit figure is a day, not a year",
                 line.text, line.no, line.no, field="progress_reports.report_date")


def _separators_put_back(no: int, mended: list[tuple[str, str]]) -> list[Issue]:
    """The issues of dates whose separators OCR read as spaces, put back
    (_year_first_spaced), on line `no`: value_repaired, rule date_separators, each date's
    printed text and the date read (its text where the parser reads none:
    the repairs weigh it then)."""
    def chosen(text: str) -> str:
        try:
            return str(parse_date(text))
        except ValueParseError:
            return text

    return [Issue("warning", "value_repaired",
                  f"report date: printed {printed!r} in a row of dates printed year first, its separators read as "
                  f"spaces: read as {read}", json.dumps({"rule": "date_separators", "printed": printed,
                                                         "chosen": chosen(read)}, ensure_ascii=False),
                  no, no, field="progress_reports.report_date") for printed, read in mended]


def _heads_in_order(heads: list[tuple[str, int]], line: Line, after: int | None = None
                    ) -> tuple[list[tuple[str, int]], list[Issue]]:
    """A block's headers each numbered by its place where most of them agree
    on where the block starts (_block_start: a block's columns are reports
    in a row) and a header's number as read says otherwise ("๑ ๒ ๓ ๕" for
    ๑ ๒ ๓ ๔: the ๕ a misread ๔, the block after it numbered on from ๔):
    that header is read as its place's number, said (value_repaired, rule
    report_sequence).  Where they agree on none and the table's block
    before this one ended at report `after`, the block's columns go on from
    it when most of the votes say so (_run_on_start).  A number garbled past
    a digit ("ท", "๑๓ๆ") is left to the entries' sequence, as before;
    headers as read where no start is agreed on."""
    start = _block_start(heads)
    why = f"the block's other headers number its columns from {start}"
    if start is None and after is not None:
        start = _run_on_start(heads, after)
        why = (f"the table's block before it ended at report {after}, and its columns go on from {start} (its "
               f"other headers' numbers read so, or as a misreading of them)")
    if start is None:
        return heads, []
    out, issues = [], []
    for c, (head, col) in enumerate(heads):
        m = _HEAD_NUMBER_RE.search(head)
        number = start + c
        if m is None or int(thai_digits_to_arabic(m.group(1))) == number:
            # (a number garbled past a digit is the sequence's to give, parsers.bma_progress.assemble)
            out.append((head, col))
            continue
        printed = head.strip()
        out.append((f"รายงานครั้งที่ {number}", col))
        evidence = {"rule": "report_sequence", "printed": printed, "read": None, "chosen": number}
        issues.append(Issue("warning", "value_repaired",
                            f"a report header of an entries table block ({printed!r}) whose number OCR misread: "
                            f"{why}, so it is read "
                            f"as {number}", json.dumps(evidence, ensure_ascii=False), line.no, line.no,
                            field="progress_reports.seq"))
    return out, issues


def _run_on_start(heads: list[tuple[str, int]], after: int) -> int | None:
    """Where a block whose headers agree on no start (_block_start) starts,
    the table's block before it having ended at report `after`: at
    after + 1 (a table's blocks run on), when that start, its own vote
    counted, has more than half of the votes and two or more, a header
    voting for it whose number as read is its place's number from there or
    a reading of it OCR makes (normalizers.confusions.could_be: "๕" for
    ๘), any other readable header for the start its number gives; None
    otherwise ("9 ๕" after a block ending at 6: 7, the ๕ a misread ๘ and
    the 9 outvoted)."""
    start = after + 1
    votes = {start: 1}
    for c, (head, _) in enumerate(heads):
        if (m := _HEAD_NUMBER_RE.search(head)) is None:
            continue
        printed = m.group(1)
        number = int(thai_digits_to_arabic(printed))
        if number == start + c or could_be(printed, str(start + c)):
            votes[start] += 1
        else:
            votes[number - c] = votes.get(number - c, 0) + 1
    got = votes[start]
    return start if got >= 2 and 2 * got > sum(votes.values()) else None


def _block_start(heads: list[tuple[str, int]]) -> int | None:
    """The report number a block's first column stands for, by what its
    headers print: each readable number less its column's place; the
    number most of them give, when it is more than half of them and two or
    more (a misread number, "๑ ๒ ๓ ๕", is outvoted), else None."""
    votes: dict[int, int] = {}
    for c, (head, _) in enumerate(heads):
        if (m := _HEAD_NUMBER_RE.search(head)) is not None:
            start = int(thai_digits_to_arabic(m.group(1))) - c
            votes[start] = votes.get(start, 0) + 1
    if not votes:
        return None
    start, got = max(votes.items(), key=lambda kv: (kv[1], -kv[0]))
    return start if got >= 2 and 2 * got > sum(votes.values()) and start >= 1 else None


# What the labels' column read on its own holds, line by line: a row's label alone, a label's wrapped tail, the
# header row's own label ("รายการ"), specks OCR read from the table's rules (normalizers.furniture.is_specks, no
# date among them)
_TABLE_LABEL_RE = regex.compile(rf"^\s*{mark_tolerant('รายการ')}\s*$")
LABELS_COLUMN_LINES = 40  # text lines the labels' column may hold (its rows' labels wrapped, read twice, with specks)


def _speck_line(line: Line, under_header: bool) -> bool:
    """A line of specks OCR read from a table's rules, no date among them;
    on the printed line right under the header row, no digit either (a lone
    "4" there may be a header's wrapped number)."""
    return is_specks(line.text) and not _DATEISH_RE.search(line.text) \
        and not (under_header and _DIGIT_RE.search(line.text))


def _labels_column_line(line: Line) -> bool:
    text = line.text.strip()
    if line.kind != "text" or not text:
        return True
    opened = _row_cells(line)
    if opened is not None:
        return not opened[1]
    return bool(_LABEL_TAIL_RE.match(text) or _TABLE_LABEL_RE.match(text)
                or (is_specks(text) and not _DATEISH_RE.search(text)))


# The row labels run together as letters (marks, sara am and aa aside: OCR's "ํา" for "ำ"): a narrow labels'
# column wraps them anywhere, so a line of it is a piece of these
_LABEL_LETTERS_RE = regex.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e32\u0e33]|[^\u0e01-\u0e4e]")
_TITLES_RUN = _LABEL_LETTERS_RE.sub("", "รายการวันที่รายงานรายละเอียดการดำเนินงานความก้าวหน้าของงานฯงบประมาณที่เบิกใช้"
                                    "ความสอดคล้องกับแผนความสอดคล้องกับเป้าหมาย")
TITLE_PIECE_MIN = 3  # letters a piece of the labels holds at the least (fewer may be any word's)
SPECK_LETTERS = 2  # letters a speck token OCR read from a rule holds at most ("ร", "รวา.")


def _damaged_label_line(line: Line) -> bool:
    """A line of the labels' column OCR read on its own whose label it
    damaged past the label reader (_labels_column_line): a label that lost
    its head at the column's edge ("นทรายงาน" for วันที่รายงาน), a label's
    piece with a speck token after it ("ของงานฯ ร"), or a speck of one or
    two letters alone ("รวา."): every token of it a speck of SPECK_LETTERS
    letters at most (marks, า, ำ and punctuation aside) but for the others,
    which run together are a piece of the labels' letters (TITLE_PIECE_MIN
    or more); no digit, no tab.  Only for a labels' column whose first
    block opens with a date (_column_blocks with no row read across): the
    column ends there, and the blocks after it must read whole."""
    text = line.text.strip()
    if line.kind != "text" or not text or "\t" in text or _DIGIT_RE.search(text):
        return False
    letters = [_LABEL_LETTERS_RE.sub("", token) for token in text.split()]
    kept = "".join(t for t in letters if len(t) > SPECK_LETTERS)
    return not kept or (len(kept) >= TITLE_PIECE_MIN and kept in _TITLES_RUN)


def _speck_cells(line: Line) -> bool:
    """A line of specks OCR read from a table's rules in cells ("จ»,<tab>vy", "'='<tab>vy"): every cell of
    SPECK_CELL_CHARS characters at most, no digit among them."""
    cells = [c.strip() for c in line.text.split("\t")]
    return len(cells) > 1 and all(len(c) <= SPECK_CELL_CHARS for c in cells) \
        and not any(ch.isdigit() for ch in line.text)


SPECK_CELL_CHARS = 3


def _mark_specks(line: Line) -> bool:
    """Cells of specks (_speck_cells) with no Thai letter among them: the tone marks and upper vowels of the
    row below OCR read on a line of their own as Latin letters or marks ("ead<tab>A"), where a label's or a
    header's wrapped tail would hold Thai letters."""
    return _speck_cells(line) and not THAI_LETTER_RE.search(line.text)


def _labels_column_end(lines: list[Line], j: int) -> tuple[int, bool, int]:
    """The labels' column OCR read on its own from lines[j]: the index past
    it (at most LABELS_COLUMN_LINES + 1 labels read), whether it holds the
    date row's label, and how many labels it holds."""
    k, dated, held = j, False, 0
    while k < len(lines) and held <= LABELS_COLUMN_LINES and _labels_column_line(lines[k]):
        if lines[k].kind == "text" and lines[k].text.strip():
            held += 1
            dated = dated or bool(_DATE_RE.match(lines[k].text.strip()))
        k += 1
    return k, dated, held


def _past_labels_column(lines: list[Line], j: int, n: int) -> int | None:
    """Where the rows start after the labels' column that OCR read on its
    own under a header row (lines[j] a row's label alone: "วันทีรายงาน" /
    "รายละเอียดการ" / "ดําเนินงาน" / ... / "รายการ"), or None: only where
    the first line past it is the table's date row with no label, one date
    per entry (_labelless_row), and the column holds the date row's label;
    otherwise the label with no values ends the table as before."""
    k, dated, held = _labels_column_end(lines, j)
    if not dated or k >= len(lines) or held > LABELS_COLUMN_LINES:
        return None
    shaped = _labelless_row(lines[k], n, [])
    return k if shaped is not None else None


def _upper_blocks(lines: list[Line], j: int, n: int) -> tuple[list[tuple[str, list[list[Line]]]], int] | None:
    """The date and description rows of a table of `n` entries whose header
    row OCR read across, then the labels' column on its own (from lines[j],
    the date row's label in it), then each entry's date and description
    one under another, a block per entry in the header row's order (a date
    alone on its line opens each: "12/2/21" / "ประชุมผู้บริหาร..." / ...), then
    the figure rows across with no label ("13.5%<tab>22.0%" / ...); and the
    index of the progress row.  Given only where exactly `n` blocks stand
    before a line the progress row's shape reads (_labelless_row), every
    block its date first; None otherwise."""
    k, dated, held = _labels_column_end(lines, j)
    if not dated or held > LABELS_COLUMN_LINES:
        return None
    dates: list[list[Line]] = []
    texts: list[list[Line]] = []
    so_far = [(_LABEL_OF["report_date"], []), (_LABEL_OF["description"], [])]
    while k < len(lines):
        line = lines[k]
        text = line.text.strip()
        if line.kind != "text" or not text:
            k += 1
            continue
        if "\t" in text:
            shaped = _labelless_row(line, n, so_far)
            if len(dates) == n and shaped is not None and shaped[0] == _LABEL_OF["progress_pct"]:
                return [(_LABEL_OF["report_date"], dates), (_LABEL_OF["description"], texts)], k
            return None
        if _DATEISH_RE.fullmatch(text) and _has_digits(text):
            if len(dates) == n:
                return None
            dates.append([Line(line.no, text)])
            texts.append([])
        elif not dates or _block_ends(line) or len(texts[-1]) >= BLOCK_TEXT_LINES:
            return None
        else:
            texts[-1].append(Line(line.no, text))
        k += 1
    return None


LABELLESS_WRAP_LINES = 6  # lines of a description's wrapped cells between the labels' column and the progress row


def _labels_column_within(lines: list[Line], j: int, n: int, rows: list[tuple[str, list[list[Line]]]]) -> int | None:
    """Where the rows go on after the labels' column that OCR read on its
    own inside a table whose first rows (the date row, maybe descriptions)
    it read across (lines[j] a row's label alone, "ความก้าวหน้าของ" / "งานฯ"
    / ... / "รายการ" / "วันที่รายงาน" / ..., the column maybe read twice),
    the rest of its rows read across with no label ("โครงการ<tab>โดยผ่านเขต"
    / "25.00 %<tab>15.00 %" / "฿0<tab>฿0" / flags): or None.  Only where the
    rows read so far are the date row and the description at most, the
    column names the progress row, and within a few lines after it, lines of
    at most `n` cells and no label (a description's wrapped cells), a line
    of `n` cells follows that is the progress row by its cells' shapes
    (_labelless_row).  Where the progress row was read across too (the
    last row read), the column must name the disbursement row instead, and
    the line of `n` cells after it be the disbursement row by its shapes
    (a wide table's lower rows: "0 บาท<tab>1,500 บาท" / flags); before, the
    label with no value ended the table and no entry got its disbursement
    or flags."""
    have = [_field(label, pieces) for label, pieces in rows]
    # (or the progress row read across too, the table's lower rows after the column: the disbursement row next;
    # s60o's wide tables, extra3 w018)
    lower = "progress_pct" in have
    if not set(have) <= {"report_date", "description", "progress_pct"} or lower and have[-1] != "progress_pct":
        return None
    k, named, held = j, False, 0
    while k < len(lines) and held <= LABELS_COLUMN_LINES and _labels_column_line(lines[k]):
        if lines[k].kind == "text" and lines[k].text.strip():
            held += 1
            named = named or bool((_BUDGET_RE if lower else _PROGRESS_RE).search(lines[k].text))
        k += 1
    if not named or held > LABELS_COLUMN_LINES:
        return None
    seen = 0
    for at in range(k, len(lines)):
        line = lines[at]
        if line.kind != "text" or not line.text.strip():
            continue
        shaped = _labelless_row(line, n, rows if have[-1] != "report_date" else
                                [*rows, (_LABEL_OF["description"], [])])
        if shaped is not None and shaped[0] == _LABEL_OF["disbursed" if lower else "progress_pct"]:
            return k
        cells = [c for c in line.text.split("\t") if c.strip()]
        seen += 1
        if seen > LABELLESS_WRAP_LINES or len(cells) > n or _row_cells(line) is not None or _block_ends(line) \
                or _FLAG_PIECE_RE.match(line.text.strip()):
            return None
    return None


# The rest of a table whose header row (and the rows under it: dates, maybe descriptions) OCR read across, and
# whose other rows it read column by column: the labels' column alone, then each entry's cells one under another,
# the entries in the header row's order (a description's lines, the progress figure alone with its "%", the
# amount alone, the plan's flag and the target's, each maybe wrapped):
#
#     รายการ  ครั้งที่ 1  ครั้งที่ 2 / วันที่รายงาน 10/3/2566 14/5/2566 / รายละเอียด / การ / ... / งกับเป้าหมาย
#     / ประชุม / ผู้บริหาร / 19.00 % / 0.- บาท / เป็นไปตาม / แผน / เป็นไปตาม / เป้าหมาย / จัดทำ / ... / 21.00 % / ...
_BLOCK_PERCENT_RE = regex.compile(rf"^\s*{_DIGITISH}[\d๐-๙oO.,]{{0,5}}\s?%\s*$")
# (or, where the form prints the progress with no sign, a short figure alone, no run of four digits: a year a wrap
# left alone is none; only with the amount alone right under it, _block_progress)
_BLOCK_BARE_RE = regex.compile(rf"^\s*(?![^\s]*[\d๐-๙]{{4}}){_DIGITISH}[\d๐-๙oO.,]{{0,4}}\s*$")
# (a progress figure with its "%" whose first characters OCR garbled into letters or marks, no word, a digit after:
# "ไตฒ.๐%", the next block's figure right under a plan's flag whose target's OCR lost)
_GARBLED_PERCENT_RE = regex.compile(r"^\s*[^\s\d๐-๙%]{1,4}[\d๐-๙][\d๐-๙oO.,]{0,5}\s?%\s*$")
# (a thousands' comma OCR read a space after, "34, 300.00 บาท", is the amount's all the same: _COMMA_GAP_RE closes it)
_COMMA_GAP_RE = regex.compile(r"(?<=[\d๐-๙],)\s(?=[\d๐-๙]{3}(?![\d๐-๙]))")
_BLOCK_AMOUNT_RE = regex.compile(
    rf"^\s*[฿B#]?{_DIGITISH}(?:[\d๐-๙oO.,]|(?<=,)\s(?=[\d๐-๙]{{3}}(?![\d๐-๙]))){{0,14}}(?:\s?\.\s?-)?(?:\s?(?:บาท|um|UM|unm|UNM)[.,\-]{{0,3}})?\s*$")
_UNIT_ALONE_RE = regex.compile(r"\s*บาท[.,\-]{0,3}\s*")
_UNIT_RE = regex.compile(r"บาท|um|UM|unm|UNM")
BLOCK_TEXT_LINES = 80  # lines one entry's cells may take before its progress figure
_PLAN_SK = tuple(skeleton(w) for w in ("เป็นไปตามแผน", "ไม่เป็นไปตามแผน"))
_TARGET_SK = tuple(skeleton(w) for w in ("เป็นไปตามเป้าหมาย", "ไม่เป็นไปตามเป้าหมาย"))


def _block_flag(lines: list[Line], i: int, whole: tuple[str, ...], cut: bool = False
                ) -> tuple[list[Line], int] | None:
    """The lines from lines[i] that make up one flag (its skeleton one of
    `whole`, a wrap anywhere inside it; specks with no Thai letter between
    are skipped), and the index past them; None when they make none.  With
    `cut`, a flag whose last words OCR lost ("เป็นไปตา" / "ม", then the next
    block's text) is one too, its lines as read: read as printed, the flag
    its words do not finish is unread and said where the rows are built."""
    got, out, past = "", [], i
    while i < len(lines) and len(out) < FLAG_ROW_LINES:
        line = lines[i]
        text = line.text.strip()
        if line.kind != "text" or not text or not THAI_LETTER_RE.search(text):
            i += 1
            continue
        sk = got + skeleton(text)
        if not any(full.startswith(sk) for full in whole):
            return (out, past) if cut and len(got) >= len(_FLAG_CUT_SK) else None
        got = sk
        out.append(Line(line.no, text))
        i += 1
        past = i
        if got in whole and not any(full != got and full.startswith(got) for full in whole):
            return out, i
    return None


_FLAG_CUT_SK = skeleton("เป็นไปตาม")  # the least of a flag whose last words OCR lost (_block_flag's `cut`)


LABEL_PIECE_CHARS = 12  # characters a label's wrapped piece OCR garbled may hold ("าของงานฯ", "ของงานปฯ")


def _label_piece(lines: list[Line], j: int, k: int) -> bool:
    """lines[k] is a piece of a row's label that a wrap put on a line of its
    own in the labels' column (from lines[j]) and OCR garbled or cut inside
    a word, so that no label's tail reads it ("ความก้าวหน้" / "าของงานฯ",
    "ความก้าวหน้า" / "ของงานปฯ"): one short word with no digit, right under
    a label that opens a row with no value and right over another such
    label.  No cell of an entry stands between two labels of the column."""
    line = lines[k]
    text = line.text.strip()
    if line.kind != "text" or not text or len(text) > LABEL_PIECE_CHARS or " " in text or "\t" in text \
            or _DIGIT_RE.search(text) or not THAI_LETTER_RE.search(text):
        return False
    before = next((a for a in range(k - 1, j - 1, -1) if lines[a].kind == "text" and lines[a].text.strip()), None)
    after = _next_text(lines, k + 1)
    return before is not None and after is not None and all(
        (opened := _row_cells(lines[a])) is not None and not opened[1] for a in (before, after))


def _figures_open(lines: list[Line], k: int) -> bool:
    """lines[k] opens a column block's figures for sure: the progress with
    its "%", or a short figure alone right over the amount alone with its
    unit or sign ("1" / "0 บาท"); a figure over a bare number ("6" / "๑2")
    may be specks of the table's rules."""
    if not _block_progress(lines, k):
        return False
    if _BLOCK_PERCENT_RE.match(lines[k].text):
        return True
    after = _next_text(lines, k + 1)
    return after is not None and bool(_UNIT_RE.search(lines[after].text) or regex.match(r"\s*[฿B#]", lines[after].text))


def _block_progress(lines: list[Line], k: int) -> bool:
    """lines[k] is a column block's progress: the figure alone with its "%",
    or, with no sign, a short figure alone whose next text line is the
    amount alone (_BLOCK_AMOUNT_RE)."""
    line = lines[k]
    if line.kind != "text":
        return False
    if _BLOCK_PERCENT_RE.match(line.text):
        return True
    if not _BLOCK_BARE_RE.match(line.text):
        return False
    k += 1
    while k < len(lines) and (lines[k].kind != "text" or not lines[k].text.strip()):
        k += 1
    return k < len(lines) and _BLOCK_AMOUNT_RE.match(lines[k].text) is not None


def _block_ends(line: Line) -> bool:
    """A line no entry's cells of a column block hold: a header row or a
    header, a row's label (the next table's labels' column); the budget
    label's first word alone ("งบประมาณ") is a description's last word
    ("...เบิกจ่ายตาม" / "งบประมาณ"), no label (_BARE_BUDGET_RE)."""
    return _heads_of(line) is not None or (_row_cells(line) is not None and not _BARE_BUDGET_RE.fullmatch(
        line.text.strip())) or bool(HEADER_RE.match(line.text)) or bool(_TABLE_LABEL_RE.match(line.text))


def _head_past_row(text: str, heads: list[tuple[str, int]]) -> bool:
    """text is a whole entry header ("รายงานครั้งที่ 3") whose number is past
    every number of the table's header row."""
    m = _HEAD_CELL_RE.match(text)
    if m is None or (got := _HEAD_NUMBER_RE.search(m.group(1))) is None:
        return False
    mine = [int(thai_digits_to_arabic(h.group(1))) for head, _ in heads
            if (h := _HEAD_NUMBER_RE.search(head)) is not None]
    return bool(mine) and int(thai_digits_to_arabic(got.group(1))) > max(mine)


def _late_header(lines: list[Line], k: int, heads: list[tuple[str, int]]) -> bool:
    """lines[k] is a later entry's header alone that OCR read between two
    column blocks of the table above it (the late entry printed as a table of
    its own under this one, its header row read where the reading crossed it):
    a whole header ("รายงานครั้งที่ 3") whose number is past every number of
    the table's header row, and no date under it (its entry's rows stand
    after the table; a date there opens a column of its own)."""
    if not _head_past_row(lines[k].text, heads):
        return False
    after = _next_text(lines, k + 1)
    return after is not None and not _DATEISH_RE.search(lines[after].text) and not _YEAR_CELL_RE.match(lines[after].text)


def _late_dated_header(lines: list[Line], k: int, heads: list[tuple[str, int]], dated: bool = True
                       ) -> list[int] | None:
    """lines[k] is a later entry's header (a number past the header row's)
    that OCR read between two column blocks with its date under it (the
    later table's header and date rows crossed by the reading): the indices
    of the header and its date's lines; None otherwise.  In a table whose
    blocks open with their own dates (`dated`) the next block's date must
    follow that date.  In one whose date row was read across (not `dated`)
    no block holds a date, so a date under the header is the later entry's:
    a whole date (_date_lead) or, OCR having garbled it, one line of a
    date's shape (_DATEISH_RE, as _late_header tells it), with a year alone
    a wrap put under it where it ends in none."""
    if not _head_past_row(lines[k].text, heads):
        return None
    at = [a for a in range(k + 1, min(len(lines), k + 1 + 4 * DATE_LEAD_LINES))
          if lines[a].kind == "text" and lines[a].text.strip()]
    first = _date_lead([lines[a] for a in at])
    if dated:
        if not first or not _date_lead([lines[a] for a in at[first:]]):
            return None
        return [k, *at[:first]]
    if not first:
        if not at or not _DATEISH_RE.search(lines[at[0]].text):
            return None
        first = 1
        if len(at) > 1 and not _HAS_YEAR_RE.search(lines[at[0]].text) and _YEAR_CELL_RE.match(lines[at[1]].text):
            first = 2
    return [k, *at[:first]]


LATE_COLUMN_LINES = 40  # text lines the description of a column read apart (_late_column) may take


def _late_column(lines: list[Line], j: int, n: int, rows: list[tuple[str, list[list[Line]]]]
                 ) -> tuple[tuple[str, int], list[Line], list[Line], int] | None:
    """lines[j] is one report header alone, under a table of `n` entries
    whose rows read so far are its date and description rows, with a date
    under it (_date_lead), lines of text with no cell gap and no row label
    after that, and then the table's progress row holding n + 1 cells: the
    table's last column, which OCR read apart one cell under another
    before the figure rows it read across (their cells one more than the
    header row's).  (The header, its date's lines, its text lines, the
    index of the progress row); None otherwise."""
    line = lines[j]
    heads = _heads_of(line)
    if heads is None or len(heads) != 1 or "\t" in line.text.strip() \
            or [_field(label, pieces) for label, pieces in rows] != ["report_date", "description"]:
        return None
    at = [a for a in range(j + 1, min(len(lines), j + 1 + LATE_COLUMN_LINES + DATE_LEAD_LINES))
          if lines[a].kind == "text" and lines[a].text.strip()]
    lead = _date_lead([lines[a] for a in at])
    if not lead:
        return None
    text: list[Line] = []
    for a in at[lead:]:
        if (opened := _row_cells(lines[a])) is not None:
            label, values = opened
            if _field(label) != "progress_pct" or len(values) != n + 1 or not text:
                return None
            return heads[0], [lines[b] for b in at[:lead]], text, a
        if "\t" in lines[a].text.strip() or _heads_of(lines[a]) is not None:
            return None
        text.append(lines[a])
    return None


def _set_aside(lines: list[Line], j: int, aside: list[int]) -> tuple[list[Line], int, list[Line]]:
    """`lines` with those at `aside` (before index `j`: later entries'
    headers read between column blocks) moved to stand at `j`, after the
    table; (the lines, the index where the moved ones now start, the moved
    lines)."""
    late = [lines[a] for a in aside]
    kept = [ln for a, ln in enumerate(lines[:j]) if a not in aside]
    return kept + late + lines[j:], j - len(late), late


def _late_dated(late: list[Line]) -> list[Line]:
    """Later entries' headers set aside from between column blocks, each
    maybe with its date's lines under it (_late_dated_header), as a header
    and its date slot ("รายงานครั้งที่ 4" / ":: 30 พ.ค. 2563 :")."""
    out: list[Line] = []
    for ln in late:
        if (m := _HEAD_CELL_RE.match(ln.text)) is not None:
            out.append(Line(ln.no, f"รายงาน{m.group(1)}"))
        elif out and out[-1].text.startswith("::"):
            out[-1] = Line(out[-1].no, f"{out[-1].text[:-2]} {ln.text.strip()} :")
        else:
            out.append(Line(ln.no, f":: {ln.text.strip()} :"))
    return out


def _late_doubts(late: list[Line]) -> list[Issue]:
    """The issues saying each later entry's header read between two column blocks (_late_header)."""
    return [Issue("warning", "entry_cell_in_doubt",
                  f"a report header ({ln.text.strip()!r}) stands between two entries' columns of the table above it, "
                  f"read column by column: it is read as a later entry's, its rows after that table",
                  ln.text, ln.no, ln.no, field="progress_reports.seq") for ln in late]


COLUMN_APART_TEXT_LINES = 40  # text lines a column read apart may hold before its progress figure


def _column_apart(lines: list[Line], i: int) -> tuple[list[Line], int] | None:
    """lines[i] is a report header alone ("ครั้งที่ ๖", its line no other
    cell) after an entries table, and the lines under it are its entry's
    cells one under another with no label, in the form's order: a date
    (_date_lead), the description's lines, the progress figure alone, the
    amount alone, the plan's flag and the target's (a column of the table
    OCR read apart, below the table, as it reads a column block):

        ครั้งที่ ๖ / ๒๑/๙/๒๕๖๖ / สรุปผลการดำเนินงาน... / ๑๐๐.๐๐ % / ๑๗,๑๐๐ บาท.- / เป็นไปตามแผน / เป็นไปตามเป้าหมาย

    Those lines as the entry's clauses (the header, its date slot, the
    description's lines, its figures and flags as a row's cells read), and
    the index past them; None where any part is missing, or a row's label
    or another header stands among them (no such column)."""
    m = _HEAD_CELL_RE.match(lines[i].text)
    if lines[i].kind != "text" or m is None or "\t" in lines[i].text:
        return None
    k, text = i + 1, []
    while k < len(lines) and not _block_progress(lines, k):
        line = lines[k]
        k += 1
        if line.kind != "text" or not line.text.strip():
            continue
        if "\t" in line.text or _block_ends(line) or _FLAG_PIECE_RE.match(line.text.strip()) \
                or _block_flag(lines, k - 1, _PLAN_SK) is not None or len(text) >= COLUMN_APART_TEXT_LINES:
            return None
        text.append(line)
    lead = _date_lead(text)
    if k >= len(lines) or not lead or lead == len(text):
        return None
    percent = lines[k]
    at = _next_text(lines, k + 1)
    if at is None or not _BLOCK_AMOUNT_RE.match(lines[at].text):
        return None
    amount = Line(lines[at].no, _COMMA_GAP_RE.sub("", lines[at].text).strip())
    at = _next_text(lines, at + 1)
    if at is not None and _UNIT_ALONE_RE.fullmatch(lines[at].text) and not _UNIT_RE.search(amount.text):
        amount = Line(amount.no, f"{amount.text} {lines[at].text.strip()}")  # its unit wrapped under it
        at += 1
    plan = _block_flag(lines, at, _PLAN_SK) if at is not None else None
    target = _block_flag(lines, plan[1], _TARGET_SK) if plan is not None else None
    if target is None:
        return None
    date = " ".join(ln.text.strip() for ln in text[:lead])
    out = [Line(lines[i].no, f"รายงาน{m.group(1)}"), Line(text[0].no, _part(_LABEL_OF["report_date"], date)),
           *(Line(ln.no, ln.text.strip()) for ln in text[lead:]),
           Line(percent.no, _part(_LABEL_OF["progress_pct"], percent.text.strip())),
           Line(amount.no, _part(_LABEL_OF["disbursed"], amount.text)),
           Line(plan[0][0].no, _part(_LABEL_OF["on_plan"], " ".join(ln.text for ln in plan[0]))),
           Line(target[0][0].no, _part(_LABEL_OF["on_target"], " ".join(ln.text for ln in target[0])))]
    return out, target[1]


_SLOT_SEP_RE = regex.compile(r"[:;]")
_NUMBER_ALONE_RE = regex.compile(rf"^\s*{_DIGITISH}{{1,3}}\s*$")  # a number cell alone (a column of report numbers)
HEAD_WRAP_CHARS = 16  # characters a header's first words a wrap parted from its number may hold ("รายงานครั้ง")


def _lone_head(lines: list[Line], i: int) -> tuple[str, int] | None:
    """lines[i] is a report header alone on its line ("รายงานครั้งที่ ๕"),
    or its first words whose rest and number a narrow column's wrap put on
    the next text line ("รายงาน" / "ครังที 1", "รายงานครั้ง" / "ที 3"): the
    header's title ("ครั้งที่ ๕") and the index past it; None otherwise."""
    line = lines[i]
    if line.kind != "text" or "\t" in line.text or not line.text.strip():
        return None
    if (m := _HEAD_CELL_RE.match(line.text)) is not None:
        return m.group(1), i + 1
    text = line.text.strip()
    if len(text) > HEAD_WRAP_CHARS or _DIGIT_RE.search(text) or not _HEAD_PART_RE.match(text):
        return None
    at = _next_text(lines, i + 1)
    if at is None or at > i + 2 or "\t" in lines[at].text or not THAI_LETTER_RE.search(lines[at].text):
        # (the header's words whole and its number alone under them, "รายงานครั้งที่" / "๑": the clause reader
        # joins those with the date after them, parsers.bma_progress.clauses.pieces)
        return None
    m = _HEAD_CELL_RE.match(text + lines[at].text.strip()) or _HEAD_CELL_RE.match(f"{text} {lines[at].text.strip()}")
    return (m.group(1), at + 1) if m is not None else None


def _header_over_date(lines: list[Line], i: int, last: int | None, top: int | None = None,
                      seen: frozenset[int] | set[int] = frozenset()) -> tuple[list[Line], int] | None:
    """A report header alone (_lone_head) and its date alone on the line
    or lines right under it (_date_lead: "26/2/67", "19 เมย," / "2567"), as
    a column of a table OCR read column by column prints them: the header
    and its date slot as clauses ("รายงานครั้งที่ 1" / ":: 26/2/67 :") and the
    index past the date.  Only for the report after the one `last` read
    (the first where none was read yet), or after the highest one read
    (`top`) where the last is below it (two columns read swapped, "5" /
    "4", the next column's header "6"), or the one before the last where
    the headers read (`seen`) left it out and hold the one before it (the
    second of two columns read swapped: "7", "9" / "8"): the date's entry
    is then the one the order of the reports says.  None where the text line before the
    header is a header or a number alone too, or a date follows the date (a
    column of headers or numbers, then one of dates: which date is whose is
    not the layout's), or no date stands there."""
    if (head := _lone_head(lines, i)) is None:
        return None
    before = _text_before(lines, i)
    if before is not None and (_lone_head(lines, before) is not None or _NUMBER_ALONE_RE.match(lines[before].text)
                               or ((first := _text_before(lines, before)) is not None
                                   and (head_before := _lone_head(lines, first)) is not None
                                   and head_before[1] == before + 1)):
        # (the line before a header's too: a header alone, a number alone, or a wrapped header's second line)
        return None
    title, k = head
    number = _HEAD_NUMBER_RE.search(title)
    if number is None or (n := int(thai_digits_to_arabic(number.group(1)))) not in {
            (last or 0) + 1, (top or 0) + 1 if top is not None and last is not None and top > last else 0} \
            and not (last is not None and n == last - 1 and n not in seen and (n == 1 or n - 1 in seen)):
        # (only the report after the last header read, the first where none was: a reading whose columns come out
        # of order, or a number OCR misread, would open the entry in another report's place, and the sequence,
        # which mends numbers by their order, would move the reports after it; the header is left as read)
        return None
    at = [a for a in range(k, min(len(lines), k + 2 * DATE_LEAD_LINES)) if lines[a].kind == "text"
          and lines[a].text.strip()][:DATE_LEAD_LINES + 1]
    if not at or at[0] > k + 1 or "\t" in lines[at[0]].text:
        return None
    lead = _date_lead([lines[a] for a in at])
    # (a cell's line under the date may be a speck line OCR split with tabs, "4<tab>ง<tab>ะ": the date's lines
    # themselves hold none)
    if not lead or lead >= len(at) or any("\t" in lines[a].text for a in at[:lead]) \
            or _date_lead([lines[a] for a in at[lead:]]) \
            or any(_SLOT_SEP_RE.search(lines[a].text) for a in at[:lead]) \
            or any(_lone_head(lines, a) is not None for a in at[:lead]):
        # (a date with a separator is a clause already, "::" / ":": the clause reader's, as the reader gave it; a
        # report header is no date's piece: "ะ4" / "รายงานครั้งที่ 11", a speck and the next header of a column of
        # headers, read as a day, a month and a year)
        return None
    date = " ".join(lines[a].text.strip() for a in at[:lead])
    return [Line(lines[i].no, f"รายงาน{title}"), Line(lines[at[0]].no, f":: {date} :")], at[lead - 1] + 1


def _text_before(lines: list[Line], i: int) -> int | None:
    """The index of the last text line with text before lines[i], or None."""
    return next((a for a in range(i - 1, -1, -1) if lines[a].kind == "text" and lines[a].text.strip()), None)


def headers_over_dates(lines: list[Line]) -> list[Line]:
    """`lines` with each report header alone over its date alone
    (_header_over_date: a column of an entries table OCR read column by
    column, the header's cell over its date's) given as the header and its
    date slot, the lines after it as they are.  Run on what the table
    readers left (parsers.bma_progress.entries: after the stacked blocks
    are read, which take such a header and date with their figures)."""
    out: list[Line] = []
    i = 0
    last: int | None = None  # the number of the last header read
    top: int | None = None  # the highest number read
    seen: set[int] = set()  # the numbers read
    while i < len(lines):
        if (dated := _header_over_date(lines, i, last, top, seen)) is not None:
            out.extend(dated[0])
            last = int(thai_digits_to_arabic(_HEAD_NUMBER_RE.search(dated[0][0].text).group(1)))
            top = max(top or 0, last)
            seen.add(last)
            i = dated[1]
            continue
        if (head := _lone_head(lines, i)) is not None and (number := _HEAD_NUMBER_RE.search(head[0])) is not None:
            last = int(thai_digits_to_arabic(number.group(1)))  # (a header alone its date does not follow)
            top = max(top or 0, last)
            seen.add(last)
        elif lines[i].kind == "text" and (m := HEADER_RE.match(thai_digits_to_arabic(lines[i].text.lstrip()))) \
                is not None and m.group(1):
            last = int(m.group(1))
            top = max(top or 0, last)
            seen.add(last)
        out.append(lines[i])
        i += 1
    return out


def _next_text(lines: list[Line], k: int) -> int | None:
    while k < len(lines) and (lines[k].kind != "text" or not lines[k].text.strip()):
        k += 1
    return k if k < len(lines) else None


def _column_blocks(lines: list[Line], j: int, n: int, rows: list[tuple[str, list[list[Line]]]],
                   heads: list[tuple[str, int]] = ()
                   ) -> tuple[list[tuple[str, list[list[Line]]]], int, list[int]] | None:
    """The rows of a table of `n` entries whose rows after `rows` OCR read
    as the labels' column (from lines[j]) and then one column block per
    entry (see above), the index past them, and the lines of later entries'
    headers read between two blocks, each maybe with its date under it
    (_late_header, _late_dated_header: set aside, the caller puts them after
    the table; where one was set aside with its date, a date row opening
    that entry's rows after the table, or one block too many after another
    such header, says the reading crossed another table's columns: None).
    The labels' column may hold a label's piece OCR cut or garbled
    (_label_piece).  Given only where the labels' column names
    the progress row, exactly `n` blocks follow it, each its progress
    figure (or none, OCR having lost it: the amount alone right before the
    plan's flag), its amount and its two flags in the form's order (the
    target's cut short or, right before the next block's figure, lost: read
    as printed, said where the flags are read), and no further
    block follows before the next header or label; None otherwise (the
    blocks are then read as before).  A year alone opening the first block,
    where the date row read across left the first entry's date without its
    year ("12 ธันวาคม" / ... / "2562"), is that date's year."""
    have = {_field(label, pieces) for label, pieces in rows}
    if "progress_pct" in have or "disbursed" in have or "on_plan" in have:
        return None
    dated = not rows  # no row read across: each block opens with its entry's date (_date_lead)
    k, column = j, []
    while k < len(lines) and k - j <= LABELS_COLUMN_LINES \
            and (_labels_column_line(lines[k]) or dated and (_speck_cells(lines[k]) or _damaged_label_line(lines[k]))
                 or _label_piece(lines, j, k)) \
            and not (dated and _date_lead(lines[k: k + DATE_LEAD_LINES])) and not SIGN_ZERO_RE.match(lines[k].text) \
            and not _figures_open(lines, k):
        # (a day alone opening the first block, "๑๕" / "พฤศจิกายน" / "๒๕๖๒", is no speck of the labels' column; nor
        # is ฿0 read with no digit, "BO", the first block's amount, nor a short figure alone over the amount alone,
        # "1" / "0 บาท", the first block's progress printed with no sign)
        if lines[k].kind == "text":
            column.append(lines[k].text.strip())
        k += 1
    # (the progress row's label a wrap cut inside its word, "ความก้าวหน้" / "าของงานฯ": told from the column's
    # lines run together)
    if not _PROGRESS_RE.search("".join(column)):
        return None
    dates = next((pieces for label, pieces in rows if _field(label, pieces) == "report_date"), None)
    year: Line | None = None
    aside: list[int] = []
    crossed = False  # a later entry's header and date set aside from between blocks of rows read across
    placed: list[int] = []  # blocks whose figures are read by their place before the flags (dated only)
    lost: list[int] = []  # blocks whose progress figure OCR lost, their amount right before the plan's flag
    texts: list[list[Line]] = []
    figures: list[tuple[Line | None, Line, list[Line], list[Line]]] = []
    while len(figures) < n:
        text: list[Line] = []
        while k < len(lines) and not _block_progress(lines, k):
            line = lines[k]
            k += 1
            if line.kind != "text" or not line.text.strip():
                continue
            if not figures and not text and year is None and dates is not None and 0 in _yearless(dates) \
                    and _YEAR_CELL_RE.match(line.text):
                year = Line(line.no, line.text.strip())
                continue
            if figures and not text and heads and _late_header(lines, k - 1, heads):
                aside.append(k - 1)
                continue
            if figures and not text and heads and (late := _late_dated_header(lines, k - 1, heads, dated)):
                # a later entry's header and its date under it, read between two blocks (in a dated table the
                # next block's own date after them): set aside together (the later entry's date goes with its
                # header)
                aside.extend(late)
                k = late[-1] + 1
                crossed = crossed or not dated
                continue
            if dated and len(text) >= 2 and all(map(_has_digits, (t.text for t in text[-2:]))) \
                    and _block_flag(lines, k - 1, _PLAN_SK) is not None:
                # the plan's flag after two lines of figures neither of which reads as its row's (OCR glued a
                # speck to them, "ด๒.๐๐ %"): the block's progress and amount by their place, said
                k -= 1
                break
            flag = bool(THAI_LETTER_RE.search(line.text)) and _block_flag(lines, k - 1, _PLAN_SK) is not None
            if text and flag and (_BLOCK_AMOUNT_RE.match(text[-1].text) or len(text) > 1 and _UNIT_ALONE_RE.fullmatch(
                    text[-1].text) and _BLOCK_AMOUNT_RE.match(text[-2].text) and not _UNIT_RE.search(text[-2].text)):
                # the plan's flag right after the amount alone, no progress figure above it ("... คณะกรรมการฯ" /
                # "BO" / "เป็นไปตาม", the flag maybe cut inside a word: "เป็นไปตา" / "มแผน"; the amount's unit
                # maybe wrapped under it, "0.00" / "บาท"): OCR lost the figure; the amount is the block's, its
                # progress none (said, missing_value, where the rows are built)
                k -= 1
                lost.append(len(figures))
                break
            if _block_ends(line) or _FLAG_PIECE_RE.match(line.text.strip()) or flag or len(text) >= BLOCK_TEXT_LINES:
                # (a flag where no figure stands before it, even one a wrap cut, "เป็นไปตา" / "มแผน": the blocks
                # are not the entries' cells as the form orders them)
                return None
            text.append(line)
        if k >= len(lines):
            return None
        if lost and lost[-1] == len(figures):
            percent, amount = None, text[-1]
            text = text[:-1]
            if _UNIT_ALONE_RE.fullmatch(amount.text):
                amount = Line(text[-1].no, f"{text[-1].text.strip()} {amount.text.strip()}", text[-1].kind)
                text = text[:-1]
        elif dated and k < len(lines) and not _block_progress(lines, k):
            percent, amount = text[-2:]
            text = text[:-2]
            placed.append(len(figures))
        else:
            percent = lines[k]
            k += 1
            while k < len(lines) and (lines[k].kind != "text" or not lines[k].text.strip()):
                k += 1
            if k >= len(lines) or not _BLOCK_AMOUNT_RE.match(lines[k].text):
                return None
            amount = lines[k]
            k += 1
        amount = Line(amount.no, _COMMA_GAP_RE.sub("", amount.text), amount.kind)
        while k < len(lines) and (lines[k].kind != "text" or not lines[k].text.strip()):
            k += 1
        if k < len(lines) and _UNIT_ALONE_RE.fullmatch(lines[k].text) and not _UNIT_RE.search(amount.text):
            # the amount's unit a wrap carried onto the line under it ("19,100.25" / "บาท"): the amount's
            amount = Line(amount.no, f"{amount.text.strip()} {lines[k].text.strip()}", amount.kind)
            k += 1
        plan = _block_flag(lines, k, _PLAN_SK)
        target = _block_flag(lines, plan[1], _TARGET_SK, cut=True) if plan is not None else None
        if target is None and plan is not None and len(figures) + 1 < n \
                and (after := _next_text(lines, plan[1])) is not None \
                and (_BLOCK_PERCENT_RE.match(lines[after].text) or _GARBLED_PERCENT_RE.match(lines[after].text)):
            # the target's flag OCR lost whole, the next block's progress right under the plan's flag: none (said
            # where the rows are built, missing_value)
            target = ([], plan[1])
        if target is None:
            return None
        k = target[1]
        texts.append(text)
        figures.append((percent, amount, plan[0], target[0]))
    at = k
    while at < len(lines):  # a block more than the header row's entries: the blocks are not the columns
        line = lines[at]
        at += 1
        if line.kind != "text":
            continue
        if crossed and (late := _late_dated_header(lines, at - 1, heads, dated)) is not None:
            # (where a later entry's header and date stood between two blocks, another such header after the last
            # block is no end: a block after it is one too many, the reading crossed another table's columns)
            at = late[-1] + 1
            continue
        if _block_ends(line):
            if crossed and (opened := _row_cells(line)) is not None and _field(opened[0]) == "report_date":
                # the later entry's rows after the table open with a date row of their own: the date under its
                # header between the blocks was no date row of its, the column after it maybe another table's
                return None
            break
        if _block_progress(lines, at - 1):
            return None
    if year is not None:
        dates[0].append(year)
    found: list[tuple[str, list[list[Line]]]] = []
    if dated:
        leads = [_date_lead(text) for text in texts]
        found.append((_LABEL_OF["report_date"], [[Line(ln.no, ln.text.strip()) for ln in text[:m]]
                                                 for text, m in zip(texts, leads)]))
        texts = [text[m:] for text, m in zip(texts, leads)]
    if "description" in have:  # a description's last lines the row read across left for its column
        label, pieces = next((label, pieces) for label, pieces in rows if _field(label, pieces) == "description")
        for got, text in zip(pieces, texts):
            got.extend(Line(ln.no, ln.text.strip()) for ln in text)
    else:
        found.append((_LABEL_OF["description"], [[Line(ln.no, ln.text.strip()) for ln in text] for text in texts]))
    found.append((_LABEL_OF["progress_pct"], [[Line(f[0].no, f[0].text.strip())] if f[0] is not None else []
                                              for f in figures]))
    found.append((_LABEL_OF["disbursed"], [[Line(f[1].no, f[1].text.strip())] for f in figures]))
    found.append((_LABEL_OF["on_plan"], [f[2] for f in figures]))
    found.append((_LABEL_OF["on_target"], [f[3] for f in figures]))
    return found, k, aside, [(figures[b][0], figures[b][1]) for b in placed]


DATE_LEAD_LINES = 3  # lines a column block's date may take (a day, its month's word, its year each wrapped)


def _date_lead(text: list[Line]) -> int:
    """How many of a column block's first lines (`text`, before its progress
    figure) make up its entry's date: one whole date ("13/4/2563", "26
    ธันวาคม 2562"), maybe wrapped over up to DATE_LEAD_LINES lines ("15" /
    "พฤศจิกายน" / "2562"); a day OCR garbled ("lao") counts before a month's
    name the date parser reads.  0 when they open with none (the block's
    lines are then all its description)."""
    tokens: list[str] = []
    for m, line in enumerate(text[:DATE_LEAD_LINES]):
        tokens += _date_tokens(line.text)
        if len(tokens) == 1 and _whole_date(tokens[0]):
            return m + 1
        day = bool(tokens) and (bool(_RUN_DAY_RE.fullmatch(tokens[0]))
                                or (len(tokens) > 1 and len(tokens[0]) <= 3 and is_month(tokens[1])))
        month = len(tokens) > 1 and (is_month(tokens[1]) or (_month_word(tokens[1])
                                                             and bool(_RUN_DAY_RE.fullmatch(tokens[0]))))
        if len(tokens) == 3 and day and month and _RUN_YEAR_RE.fullmatch(tokens[2]):
            return m + 1
        if len(tokens) == 1 and not day and len(tokens[0]) <= 3:
            continue  # (maybe a garbled day: a month's name must follow)
        if not day or len(tokens) > 2 or (len(tokens) == 2 and not month):
            return 0
    return 0


# The labels a row with none is given, by the part of the entry its shape says it is
_LABEL_OF = {"report_date": "วันที่รายงาน", "description": "รายละเอียดการดำเนินงาน",
             "progress_pct": "ความก้าวหน้าของงานฯ", "disbursed": "งบประมาณที่เบิกใช้",
             "on_plan": "ความสอดคล้องกับแผน", "on_target": "ความสอดคล้องกับเป้าหมาย"}


# A row label OCR damaged: a short first cell, no digit in it
_DAMAGED_LABEL_RE = regex.compile(r"^[^\d๐-๙\t]{2,20}$")
DAMAGED_DATE_AHEAD = 3  # text lines the description's row may open below a date row whose cells a wrap continued


_DIGIT_START_RE = regex.compile(rf"\s*{_DIGITISH}")  # text opening with a digit or a mark OCR makes of one
_FIGURES_RUN_RE = regex.compile(rf"(?:{_DIGITISH}+[/.\-]?\s*)+")  # digits (or their marks) alone, in runs


def _date_label_damaged(lines: list[Line], j: int) -> tuple[str, list[str]] | None:
    """The date row as the first row under a header row (lines[j]) whose
    label OCR damaged past reading ("วั un รายงาน<tab>18/02/256
    05/03/2565<tab>04/05/2565"): a short first cell with no digit and no
    row's label, date-shaped text in the cells after it, and the
    description's row opening within DAMAGED_DATE_AHEAD text lines below
    (the form prints it right after the dates).  The date row's label and
    the line's cells, or None."""
    line = lines[j]
    cells = line.text.split("\t")
    figures = False
    if len(cells) == 1 and len(word := cells[0].strip().split(" ", 1)) == 2 and _DIGIT_START_RE.match(word[1]):
        # the row's gaps OCR read as spaces too ("วเที่รายธน ๒๐0๒๓ 1๐0 7 ๒5๐0๐ ๑๐ ๕"): its label the first word,
        # the dates after it one run of text (parted by their shapes, or given to none, said, as a date row's
        # run of dates is); figures alone are dates too there (printed year first, their separators lost)
        cells, figures = word, bool(_FIGURES_RUN_RE.fullmatch(word[1]))
    if len(cells) < 2 or not _DAMAGED_LABEL_RE.fullmatch(cells[0].strip()) or _known(cells[0]) \
            or _ROW_OPEN_RE.match(cells[0]) or not (figures or any(_DATEISH_RE.search(c) for c in cells[1:])):
        return None
    return (_LABEL_OF["report_date"], [c.strip() for c in cells[1:] if c.strip()]) \
        if _description_ahead(lines, j) else None


def _description_ahead(lines: list[Line], j: int) -> bool:
    """Whether the next row opening below lines[j], within DAMAGED_DATE_AHEAD text lines, is the description's."""
    seen = 0
    for ahead in lines[j + 1:]:
        if ahead.kind != "text" or not ahead.text.strip():
            continue
        opened = _row_cells(ahead)
        if opened is not None:
            return _field(opened[0]) == "description"
        seen += 1
        if seen >= DAMAGED_DATE_AHEAD:
            return False
    return False


def _labelless_row(line: Line, n: int, rows: list[tuple[str, list[list[Line]]]]) -> tuple[str, list[str]] | None:
    """A table row OCR read apart from its label (the labels' column read
    on its own, before or after), told by its cells' shapes: under the
    header row, `n` dates (the date row: a table of such rows only opens
    so); after it, `n` percentages (or figures alone), then `n` amounts,
    then `n` plan flags and `n` target flags, each after the rows the form
    prints before it; a line after the date row that is none of these
    opens the description row.  The row's label and its values; None when
    the line is no such row (it then goes on the row before it)."""
    cells = [c.strip() for c in line.text.split("\t") if c.strip()]
    if not cells:
        return None
    if not rows:
        # (one cell a date each, its year maybe OCR damaged past a year's shape: "๓ มิ.ย. 6b"; or the dates
        # parted by their shapes)
        whole = len(cells) == n and all(_DATEISH_RE.fullmatch(c) or _date_garbled(c) for c in cells)
        specked = [] if whole or n < 2 or len(cells) != n else [_date_unspecked(c) for c in cells]
        dates = cells if whole else specked if specked and all(specked) \
            else _figures_apart("report_date", cells)
        # (a row with no label opens a table by its dates alone: parted, only dates plainly shaped)
        # (a row of specked cells may hold cells without a speck whose date OCR damaged past the plain shapes, a
        # digit read as a letter, "ไ๒๓/๕/๒๕๒๕ / ๓/อ/๒๕๒๕": such a cell is taken as the row of such cells alone takes
        # it, date-shaped, its date read as printed)
        if dates is None or len(dates) != n or not all(
                _has_digits(d) and (whole or _plain_date(d) or (dates is specked and d == c))
                for d, c in zip(dates, cells)):
            if n > 1 and len(cells) == n and any(_slash_date_specked(c) for c in cells) and all(
                    _DATEISH_RE.fullmatch(c) or _slash_date_specked(c) or _DAYLESS_DATE_RE.fullmatch(c) for c in cells):
                # slash dates OCR put a speck or two among (a rule read as "เ", "ๆ", "<": "๕/๒/เ๓๕๒๐๑",
                # "๑๐/๓ๆ/๒๕๐๕"), one a cell, beside dates (or words and a year): the date row all the same, each
                # cell as printed (the date parser reads it or says it unread; the caller says the garbled cells)
                return _LABEL_OF["report_date"], cells
            if n > 1 and len(cells) == n and any(_DATEISH_RE.fullmatch(c) and _plain_date(c) for c in cells) \
                    and all(_DATEISH_RE.fullmatch(c) and _plain_date(c) or _DAYLESS_DATE_RE.fullmatch(c)
                            for c in cells):
                # plain dates beside a cell of words and a year alone ("๑๕ ธันวาคม<tab>THA. ๒๕๐๓": a date whose
                # day and month OCR garbled into letters): the date row all the same, one cell an entry (the
                # caller says the garbled cell)
                return _LABEL_OF["report_date"], cells
            return None
        return _LABEL_OF["report_date"], dates
    last = _ROW_ORDER.index(_field(*rows[-1]))
    for row in ("progress_pct", "disbursed"):
        if _ROW_ORDER.index(row) > last and (got := _figures_apart(row, cells)) is not None and len(got) == n:
            return _LABEL_OF[row], got
    # (flags a wrap may have cut after "เป็นไปตาม": the plan's row unless one names the target; their last
    # words on the next line finish them, _unfinished_flags)
    flags = [c for c in cells if _FLAG_PIECE_RE.fullmatch(c)]
    if len(cells) < n and len(flags) < len(cells):
        # (two flag cells whose gap OCR read as a space, "เป็นไปตาม เป็นไปตาม" / "แผน<tab>แผน": each of them, in
        # order, as the row with its label parts them: _flags_apart; the caller says so)
        parted, _ = _flags_apart(cells)
        if len(parted) == n and all(_FLAG_PIECE_RE.fullmatch(c) for c in parted):
            cells = flags = parted
    if len(flags) == len(cells) == n:
        # (flags cut short after the plan's row are the target's: the form prints it next)
        row = "on_target" if any(_TARGET_RE.search(c) for c in cells) or _ROW_ORDER[last] == "on_plan" \
            else "on_plan"
        if _ROW_ORDER.index(row) > last and not (row == "on_target" and any(_PLAN_RE.search(c) for c in cells)):
            return _LABEL_OF[row], cells
    if _ROW_ORDER[last] == "report_date" and len(cells) <= n:
        yearless = _yearless(rows[-1][1])
        if yearless and len(cells) == len(yearless) and all(_YEAR_CELL_RE.match(c) for c in cells):
            return None  # the years a wrap put under the dates that lack theirs ("10 พ.ย." / "2560"): the date row's
        return _LABEL_OF["description"], cells
    return None


_NOT_DATE_CHAR_RE = regex.compile(rf"(?!{_DIGITISH})[^/]")
_SLASH_DATE_RE = regex.compile(rf"{_DIGITISH}{{1,2}}/{_DIGITISH}{{1,2}}/{_DIGITISH}{{2,6}}")
SLASH_SPECKS = 2  # specks at most OCR put among a slash date's digits


def _slash_date_specked(cell: str) -> bool:
    """A slash date's cell with one or two specks OCR put among its digits,
    a table's rule read as a letter or a sign ("๕/๒/เ๓๕๒๐๑", "๑๐/๓ๆ/๒๕๐๕",
    "๕<๕/@/เ๓๕๐๑"): no space in it, and without the specks three groups of
    digits (or their look-alikes) between two slashes, four true digits
    at the least."""
    if not cell or any(ch.isspace() for ch in cell):
        return False
    kept = _NOT_DATE_CHAR_RE.sub("", cell)
    return 1 <= len(cell) - len(kept) <= SLASH_SPECKS and _SLASH_DATE_RE.fullmatch(kept) is not None \
        and len(regex.findall(r"[\d๐-๙]", kept)) >= 4


def _date_garbled(cell: str) -> bool:
    """A date cell OCR garbled past the plain shapes (_DATEISH_RE) whose
    shape still says a date: a day, a month's name the date parser reads and
    a year of digits OCR put one too many or too few in ("๑๐ กรกฎาคม
    ๒๕๒๐9๑"), or three parts of digits between slashes, a digit or two of
    them read as a letter OCR writes for one ("๑๐/๑ฒ/๒๕๐๑", four true
    digits at the least).  Read, or said unread, as a date by the date's
    own parser."""
    tokens = cell.split()
    if len(tokens) == 3:
        return _RUN_DAY_RE.fullmatch(tokens[0]) is not None and is_month(tokens[1]) \
            and regex.fullmatch(rf"{_DIGITISH}{{2,6}}", tokens[2]) is not None
    return len(tokens) == 1 and _GARBLED_SLASH_DATE_RE.fullmatch(cell) is not None


_GARBLED_SLASH_DATE_RE = regex.compile(
    rf"(?=(?:[^\d๐-๙]*[\d๐-๙]){{4}}){DIGIT_CHAR}{{1,2}}/{DIGIT_CHAR}{{1,2}}/{DIGIT_CHAR}{{2,4}}")


# a date cell whose day and month OCR garbled into letters, its year whole ("THA. ๒๕๐๓" for "7 ม.ค. ๒๕๖๓")
_DAYLESS_DATE_RE = regex.compile(rf"[^\d\s๐-๙]+(?:\s[^\d\s๐-๙]+)?\s?{_DIGITISH}{{4}}")
_DATEISH_RE = regex.compile(rf"{_DIGITISH}{{1,2}}\s?[^\d\s๐-๙]+\s?\S{{2,4}}|{_DIGITISH}+(?:[/.\-]{_DIGITISH}+){{2}}")


# A date cell OCR read with a speck glued before it, a table's rule read as a mark or letter ("ไต๓๐๒๐-๒-๑๕",
# "า๒๐๒๐-๑๓-๕"): after at most two marks that are no digit, a whole date token of digits and their commonest
# look-alikes (the plain shape, _PLAIN_DATE_TOKEN_RE). Under a header row of n entries, a line of n such cells, each
# its own cell, is the date row; each entry's date is the token without the speck
_SPECKED_DATE_RE = regex.compile(rf"[^\s\d๐-๙/.\-]{{1,2}}({_DIGITISH}+(?:[/.\-]{_DIGITISH}+){{2}})")


def _date_unspecked(cell: str) -> str | None:
    """The date token of a date row's cell: the cell itself where it is
    a date (_DATEISH_RE), else the date after the speck OCR glued before it
    (_SPECKED_DATE_RE), else None.  The speck is a rule of the table OCR read
    where a cell's edge meets it, so a row may hold cells with a speck and
    cells without ("ใ๓๒๐๒๕-๕-๑ / ๒๐๒๕-๓-๒๕ / ใ๓๐๒๕-๕-๓๑"): before, only a
    row all of whose cells had one was read as the date row, and a block of
    the table whose labels OCR read apart lost every entry."""
    if _DATEISH_RE.fullmatch(cell):
        return cell
    m = _SPECKED_DATE_RE.fullmatch(cell)
    return m.group(1) if m else None


def _has_digits(text: str) -> bool:
    return sum(1 for ch in text if _DIGIT_RE.match(ch)) >= 2


ROWS_AHEAD = 30  # lines a table's description row runs at most between its date row and its progress row


def _damaged_date_row(lines: list[Line], j: int, n: int) -> tuple[str, list[str]] | None:
    """The date row of an entries table whose header row (`n` reports) has
    no row's label beside it (the labels' column OCR read apart), its dates
    OCR damaged past the shapes _labelless_row reads ("๒ / พ.ศ. 2567",
    "๒๓ WA. ๑ซ ไป๒๑ มิถุนายน ๒๕๐ฒ /+"): the line under the header row holds
    at most `n` cells, each with digits, none a percentage or an amount,
    and the table's own rows follow it before any other header row: within
    ROWS_AHEAD lines, a line of `n` percentages (the progress row) and, on
    the next text line, `n` amounts (the budget row).  Cells of one
    character without a digit are specks OCR read from the rules, dropped
    where the rest are one a report.  The date row's label and its cells
    (fewer than `n`: the caller places them by page column and says so);
    None otherwise."""
    cells = [c.strip() for c in lines[j].text.split("\t") if c.strip()]
    kept = [c for c in cells if len(c) > 1 or _DIGIT_RE.match(c)]
    if len(kept) == n:
        cells = kept
    if not cells or len(cells) > n or not all(_has_digits(c) for c in cells) \
            or any("%" in c for c in cells) or _figures_apart("disbursed", cells) is not None:
        return None
    for k in range(j + 1, min(len(lines), j + ROWS_AHEAD)):
        line = lines[k]
        if line.kind != "text" or not line.text.strip():
            continue
        if _heads_of(line) is not None:
            return None
        row = [c.strip() for c in line.text.split("\t") if c.strip()]
        if "%" not in line.text or (got := _figures_apart("progress_pct", row)) is None or len(got) != n:
            continue
        after = next((ln for ln in lines[k + 1: k + 3] if ln.kind == "text" and ln.text.strip()), None)
        amounts = None if after is None else _figures_apart(
            "disbursed", [c.strip() for c in after.text.split("\t") if c.strip()])
        return (_LABEL_OF["report_date"], cells) if amounts is not None and len(amounts) == n else None
    return None


def _unfinished_flags(pieces: list[list[Line]], row: str) -> list[int]:
    """The entries of a flag row whose cell so far is a flag's words cut
    short (some read, not yet the whole "เป็นไปตามแผน"/"เป็นไปตามเป้าหมาย")."""
    return [k for k, got in enumerate(pieces)
            if got and not _RUN_FLAG_RE[row].search(" ".join(p.text for p in got).replace(" ", ""))]


_ROW_ORDER = ("report_date", "description", "progress_pct", "disbursed", "on_plan", "on_target")
NEXT_ROW_LINES = 30  # lines a row's unplaced cells may take before the next row's label
_DESC_LABEL_RE = regex.compile(mark_tolerant("รายละเอียด"))  # the description row's label, its first word


def _next_row(lines: list[Line], j: int, row: str) -> int | None:
    """The index of the line after `j` that opens a row the form prints after
    `row`, with values beside its label, before any header row and within
    NEXT_ROW_LINES; None when there is none (the table ends)."""
    if row not in _ROW_ORDER:
        return None
    after = _ROW_ORDER.index(row)
    for k in range(j + 1, min(len(lines), j + 1 + NEXT_ROW_LINES)):
        if _heads_of(lines[k]) is not None:
            return None
        opened = _row_cells(lines[k])
        if opened is not None and opened[1] and (_known(opened[0]) or _DESC_LABEL_RE.match(opened[0])):
            field = _field(opened[0], [[Line(lines[k].no, v)] for v in opened[1]])
            if field in _ROW_ORDER and _ROW_ORDER.index(field) > after:
                return k
    return None


_YEAR_CELL_RE = regex.compile(rf"^\s*(?:{mark_tolerant('พ.ศ.')}\s*)?{_DIGITISH}{{2}}(?:{_DIGITISH}{{2}})?\s*$")
_HAS_YEAR_RE = regex.compile(rf"(?:^|[\s/.\-]){_DIGITISH}{{2}}(?:{_DIGITISH}{{2}})?\s*$")


def _yearless(pieces: list[list[Line]]) -> list[int]:
    """The entries whose date cell so far ends with no year ("10 เม.ย.", "11 มิถุนายน")."""
    return [k for k, got in enumerate(pieces) if got and not _HAS_YEAR_RE.search(got[-1].text)]


# A header cut by a wrap in a narrow column ("รายงาน" / "ครั้งที่ ๑", "รายงานครั้งที่" / "๒"): what of it stands
# on the header row (its first word, its words without their number, or whole), and what the next line holds
# of the headers the row left unfinished ("ครั้งที่ ๑", or the number alone)
# (a number the row holds may be any mark, "ข" for ๗: the entries' sequence mends it or says so)
# (a wrap may cut the header inside "ครั้งที่" too: "รายงานครั้ง" / "ที่ ๑")
_HEAD_PART_RE = regex.compile(
    rf"{mark_tolerant('รายงาน')}(?:\s*({mark_tolerant('ครั้งที่')}|{mark_tolerant('ครั้ง')}(?![\u0e01-\u0e4e])))?"
    rf"(?:\s*([^\s\t]{{1,3}})(?![^\s\t]))?"
    rf"|({mark_tolerant('ครั้งที่')})(?:\s*([^\s\t]{{1,3}})(?![^\s\t]))?")
_MARKS_RE = regex.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_THAI_LETTER_RE = regex.compile(r"[\u0e01-\u0e2e\u0e30\u0e32\u0e33\u0e40-\u0e46]")


def _garbled_number(cell: str) -> bool:
    """A header's number OCR garbled past a digit's shape ("ไช่)", ">", "คง่"):
    no space, one to three characters with marks aside, at most two when
    they are all Thai letters (three make a word: "แผน", "การ")."""
    bare = _MARKS_RE.sub("", cell)
    if not bare or len(bare) > 3 or any(ch.isspace() for ch in bare):
        return False
    return len(bare) <= 2 or not all(_THAI_LETTER_RE.match(ch) for ch in bare)


_NUMBERLESS_RE = regex.compile(rf"\s*{mark_tolerant('ครั้งที่')}\s*")  # a header's words with no number


def _number_unread(title: str) -> bool:
    """A header row's cell ("ครั้งที่ ท") whose number the header reader reads neither as digits nor as a
    letter OCR writes for a digit (clauses.HEADER_RE): before a separator it was no header at all, and its
    column's entry was lost whole with its figures."""
    m = HEADER_RE.match(f"รายงาน{title} :")
    return m is not None and m.group(1) is None and m.group(2) is None
_LABEL_WORD_RE = regex.compile(rf"^\s*{mark_tolerant('รายการ')}\s+(?=\S)")  # the header row's label cell, "รายการ"
_HEAD_REST_RE = regex.compile(
    rf"(?:({mark_tolerant('ครั้งที่')}|{mark_tolerant('ที่')})\s*)?({_DIGITISH}{{1,3}})(?![^\s\t])")


_WORDS_ALONE_RE = regex.compile(mark_tolerant("ครั้งที่"))  # a header's last words a wrap cut, with no number


def _numbers_carried(lines: list[Line]) -> list[Line]:
    """`lines` with each header row whose headers a wrap cut given the
    rest of them back from the next line, as a row of cells: the numbers
    alone ("รายงานครั้งที่ รายงานครั้งที่ 5<tab>รายงานครั้งที่" / "4<tab>6"), or a
    header's last word and number ("รายการ<tab>รายงาน<tab>รายงานครั้งที่ ๓" /
    "ครั้งที่ ๑"); each piece of the next line goes, in order, to the headers
    the row left unfinished, when there are as many of each.  A label cell
    may open the row ("รายการ"); a row of one header only with it, that
    header's rest whole on the next line and the date row under them
    ("รายการ<tab>รายงาน" / "ครั้งที่ ๑" / "วันที่รายงาน<tab>๒๓ ม.ค.": a table of one
    entry, _heads_rejoined's `dated`)."""
    out: list[Line] = []
    k = 0
    opens: int | None = 1  # the number the next header row opens with: 1, then one past the last header's
    while k < len(lines):
        ln = lines[k]
        # (the next lines with text: a blank line OCR made between the row and its headers' rests is none)
        at = next((j for j in range(k + 1, len(lines)) if lines[j].text.strip()), len(lines))
        after = lines[at] if at < len(lines) else None
        beyond = lines[at + 1] if at + 1 < len(lines) else None
        # (a row of cells, or one whose gaps OCR all read as spaces: the label's word first, or a header first)
        bare = "\t" not in ln.text and not _LABEL_WORD_RE.match(ln.text)
        merged = _heads_rejoined(ln, after, _dated(beyond), opens, _dates_on(beyond)) \
            if after is not None and (not bare or _HEAD_PART_RE.match(ln.text.lstrip())) else None
        if merged is not None and bare and not _one_cell_each(beyond, merged.text.count("\t") + 1) \
                and not (merged.text.count("\t") == 1 and _date_row_under(beyond, after)) \
                and not _numbered_on(merged, beyond, at + 1 < len(lines) and _date_label_damaged(lines, at + 1) is not None):
            # headers alone with their gaps read as spaces, a number taken from the next line: a header row only
            # where the row under it confirms its entries, one cell each (a date row "18/11/64<tab>๒ ธ.ค. 64")
            merged = None
        if merged is None:
            out.append(ln)
            opens = _opens_after(ln, opens)
            k += 1
            continue
        out.append(merged)
        opens = _opens_after(merged, opens)
        k = at + 1
    return out


STACKED_ROW_MAX = 4  # header cells at most in a header row OCR read one header a line (a table holds 2 to 4 entries)


def _head_row_stacked(lines: list[Line]) -> tuple[list[Line], list[Issue]]:
    """`lines` with each header row OCR read one header a line given back
    as a row of cells: two to STACKED_ROW_MAX header cells alone, one under
    another (blank lines between at most), their numbers read and running
    on one by one (a table's entries are consecutive reports: "ครั้งที 9" /
    "ครั้งที 10"), right above a row of as many cells with no label that is
    the table's date row (_labelless_row: the labels' column OCR read on
    its own, before).  Said (entry_cell_in_doubt: the table's columns are
    told by the date row's cells alone).  Before, the headers stood as two
    entries with no cells and the rows under them, read as no table, gave
    their figures to whichever entry came next (fresh s68z002 reports 1-2,
    s67o001 reports 9-10)."""
    out: list[Line] = []
    issues: list[Issue] = []
    after_head = False  # the last line of text passed on is a header cell (a run goes back no further)
    k = 0
    while k < len(lines):
        if not lines[k].text.strip():
            out.append(lines[k])
            k += 1
            continue
        run: list[int] = []
        j = k
        while j < len(lines) and len(run) <= STACKED_ROW_MAX:
            if not lines[j].text.strip():
                j += 1
                continue
            if lines[j].kind != "text" or "\t" in lines[j].text or not _HEAD_CELL_RE.match(lines[j].text):
                break
            run.append(j)
            j += 1
        numbers = [int(thai_digits_to_arabic(m.group(0).strip())) if (m := _HEAD_NUMBER_RE.search(lines[r].text))
                   else None for r in run]
        row = lines[j] if j < len(lines) else None
        if not 2 <= len(run) <= STACKED_ROW_MAX or None in numbers \
                or numbers != list(range(numbers[0], numbers[0] + len(run))) \
                or after_head or row is None or row.kind != "text" or "\t" not in row.text \
                or _labelless_row(row, len(run), []) is None:
            out.append(lines[k])
            after_head = "\t" not in lines[k].text and _HEAD_CELL_RE.match(lines[k].text) is not None
            k += 1
            continue
        heads = [lines[r] for r in run]
        out.append(Line(heads[0].no, "\t".join(h.text.strip() for h in heads), heads[0].kind))
        issues.append(Issue(
            "warning", "entry_cell_in_doubt",
            f"report headers one a line ({', '.join(repr(h.text.strip()) for h in heads)}) right above a row of "
            f"{len(run)} dates with no label: a header row OCR read one header a line, read as the row of the "
            f"table under it (its columns told by the date row's cells)",
            " / ".join(h.text for h in heads), heads[0].no, heads[-1].no, field="progress_reports.seq"))
        after_head = False
        k = j
    return out, issues


def _opens_after(line: Line, opens: int | None) -> int | None:
    """The number the next header row opens with after `line`: one past
    its last header's where it is a header row whose headers all read
    numbers (None where one of them reads none), else `opens` as it was."""
    heads = _header_cells(line)
    if not heads or len(heads) < len(line.text.split("\t")) - 1 \
            or (len(heads) == 1 and not _HEAD_CELL_RE.match(heads[0])):
        # (no header row: a row label's piece, "รายงาน" wrapped alone, is none)
        return opens
    digits = _header_digits(heads)
    return int(digits[-1]) + 1 if all(d.isdigit() for d in digits) else None


def _header_cells(line: Line) -> list[str]:
    """The cells of `line` that are headers, whole or a wrap's piece of one (_opens_after, _numbered_on)."""
    return [c for c in line.text.split("\t") if _HEAD_CELL_RE.match(c) or _HEAD_PART_RE.fullmatch(c.strip())]


def _header_digits(heads: list[str]) -> list[str]:
    """Each header's number in Arabic digits, "" where it reads none."""
    return [thai_digits_to_arabic(m.group(1)) if (m := _HEAD_NUMBER_RE.search(c)) else "" for c in heads]


def _date_row_under(line: Line | None, after: Line) -> bool:
    """Whether `line`, under a header row of two spaced headers and the line
    `after` it that gave them their numbers, is the table's date row by its
    label (its cells' gaps OCR may have read as spaces, so their count
    proves nothing), `after` a number alone (one header's, no date's part).
    (Only two headers: a wider table's rows read column by column are
    another reader's, which a header row found here would send its cells.)"""
    return line is not None and _DATE_RE.match(line.text.lstrip()) is not None \
        and _HEAD_REST_RE.fullmatch(after.text.strip()) is not None and "\t" not in after.text


def _numbered_on(merged: Line, line: Line | None, damaged_date: bool = False) -> bool:
    """Whether `merged`, a header row of spaced headers given the numbers a
    wrap carried to the next line (_heads_rejoined), is confirmed by its
    numbers and the row under it: three or more headers whose numbers all
    read as digits and run on one from the other (1 2 3, 4 5 6: what a
    block's header row prints), the table's date row under it by its
    label, or by its shape where OCR damaged that label past reading
    (`damaged_date`: _date_label_damaged).  One header at either end of
    the row may stand numberless (its number lost on the line under the
    row: _lost_end_number), the others running on.  (Its date row's cells
    may have lost their gaps too, "๑6 ตุลาคม 6<tab>28 ธันวาคม" for three
    dates, so their count cannot confirm it.)"""
    if line is None or (_DATE_RE.match(line.text.lstrip()) is None and not damaged_date):
        return False
    heads = _header_cells(merged)
    if len(heads) != merged.text.count("\t") + 1:
        return False
    digits = _header_digits(heads)
    if digits and not digits[0].isdigit():
        digits = digits[1:]
    elif digits and not digits[-1].isdigit():
        digits = digits[:-1]
    if not all(d.isdigit() for d in digits):
        return False
    numbers = [int(d) for d in digits]
    return len(numbers) >= 3 and numbers == list(range(numbers[0], numbers[0] + len(numbers)))


def _lost_end_number(cells: list[str], n: int, opens: int | None) -> list[str] | None:
    """The numbers of `n` numberless headers from the line under their row
    when it holds one number fewer, all digits running on (OCR lost the
    first's or the last's: "2<tab>3<tab>4" under four): the lost one is the
    first where the run opens one past the number the row should open with
    (`opens`: 1 for the table's first row, else one past the last header
    before it), the last where it opens with that number; that header
    stands numberless (the entries' sequence numbers it and says so).  None
    where the run tells neither (no `opens` known, or another start)."""
    digits = [thai_digits_to_arabic(c) for c in cells]
    if opens is None or n < 3 or len(cells) != n - 1 or not all(d.isdigit() for d in digits):
        return None
    numbers = [int(d) for d in digits]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return None
    if numbers[0] == opens + 1:
        return ["", *cells]
    return [*cells, ""] if numbers[0] == opens else None


def _one_cell_each(line: Line | None, n: int) -> bool:
    """Whether `line` is a table row of one cell per entry (`n`), after its label when it opens with one."""
    if line is None:
        return False
    cells = [c for c in line.text.split("\t") if c.strip()]
    return len(cells) - (1 if _ROW_OPEN_RE.match(line.text) else 0) == n


_RULE_CELL_RE = regex.compile(r"[|!\[\]/\\:;.,'`_\-]{1,2}")  # a cell that is a rule's speck alone


def _without_rule_cells(text: str) -> str:
    """A row's text without its cells that are a rule's speck alone (_RULE_CELL_RE)."""
    return "\t".join(c for c in text.split("\t") if not _RULE_CELL_RE.fullmatch(c.strip()))


def _dated(line: Line | None) -> bool:
    """Whether `line` opens with the date row's label ("วันที่รายงาน<tab>...")."""
    return line is not None and _DATE_RE.match(line.text.lstrip()) is not None


def _dates_on(line: Line | None) -> int:
    """How many date cells the date row `line` holds (0 where it is no date row)."""
    return len(_DATEISH_RE.findall(line.text)) if _dated(line) else 0


def _heads_rejoined(ln: Line, after: Line, dated: bool = False, opens: int | None = None, dates: int = 0
                    ) -> Line | None:
    """The header row `ln` with the rest of its cut headers from `after` (see _numbers_carried), or None.
    One header alone is a header row only with its label cell before it, its rest and number whole on the
    next line, and the date row right under them (`dated`): "รายการ<tab>รายงาน" / "ครั้งที่ ๑" / "วันที่รายงาน<tab>
    ๒๓ ม.ค.", a table of one entry (a wide table's last block, a copy's) whose header a narrow column cut."""
    cells = ln.text.split("\t")
    label = ""
    if (word := _LABEL_WORD_RE.match(cells[0])) is not None \
            and ("\t" not in ln.text or _HEAD_PART_RE.match(cells[0][word.end():])):
        # the label's word and the headers, gaps read as spaces: all of them, or only the label's and the first
        # header's ("รายการ รายงานครั้งที่<tab>รายงานครั้งที่" / "5<tab>6")
        cells = [word.group(0).strip(), cells[0][word.end():], *cells[1:]]
    if not _HEAD_PART_RE.match(cells[0].strip()):
        label = cells.pop(0).strip()
        if any(ch.isdigit() for ch in label) or len(label) > 30 or not cells:
            return None
    row = "\t".join(cells)
    heads = list(_HEAD_PART_RE.finditer(row))
    one = len(heads) == 1 and bool(label) and dated and (m := _HEAD_REST_RE.fullmatch(after.text.strip())) is not None \
        and m.group(1) is not None and (heads[0].group(2) or heads[0].group(4)) is None
    if (len(heads) < 2 and not one) or _HEAD_PART_RE.sub("", row).strip(" \t"):
        return None
    # (a header whose number the row holds is whole; one without its "ครั้งที่" needs it from the next line)
    unfinished = [i for i, m in enumerate(heads) if (m.group(2) or m.group(4)) is None]
    rest = _rests(after, heads, unfinished, opens)
    if rest is None and label and dates == len(heads) == len(unfinished) \
            and not THAI_LETTER_RE.search(_WHOLE_WORDS_RE.sub("", after.text)):
        # the line under the row OCR garbled past reading each header's rest ("|<tab>ii ๑<tab>ครั้งที่2 13<tab>ที่๕"
        # under four cut headers: no Thai letter but a rest's words), the date row right under it holding one date
        # for each header: the table's header row, every header numberless (the entries' sequence numbers them, or
        # says it cannot); a line of other words ("การทำ๑ ประชุม๒") is none
        rest = [""] * len(unfinished)
    if rest is None:
        return None
    given = dict(zip(unfinished, rest))
    out = []
    for i, m in enumerate(heads):
        number = m.group(2) or m.group(4) or given[i]
        out.append(f"รายงานครั้งที่ {number}".strip())
    return Line(ln.no, "\t".join(([label] if label else []) + out), ln.kind)


def _rests(after: Line, heads: list[regex.Match], unfinished: list[int], opens: int | None) -> list[str] | None:
    """The numbers of the cut headers `unfinished` (indexes into `heads`) from the line under their row,
    "" where one stands numberless; None where the line is no such rest (_heads_rejoined)."""
    rest = [m.group(2) for m in _HEAD_REST_RE.finditer(after.text)]
    words = _WORDS_ALONE_RE.findall(after.text)
    if words and len(words) <= len(unfinished) and not _WORDS_ALONE_RE.sub("", after.text).strip(" \t"):
        # the rest of the cut headers' words with their numbers lost too ("รายการ<tab>รายงาน<tab>รายงานครั้งที่๑
        # รายงานครั้งที่" / "ครั้งที่"): whichever header each finishes, every unfinished one stands numberless
        # (the entries' sequence gives their numbers, or says it cannot)
        rest = [""] * len(unfinished)
    elif not rest or _HEAD_REST_RE.sub("", after.text).strip(" \t"):
        # the next line's cells, a number among them OCR garbled past a digit's shape ("ที่ ๑<tab>ไช่)", "ที่ ๕<tab>>"):
        # each cell a header's rest or one short mark, as many cells as unfinished headers (the entries'
        # sequence mends such a number or says so)
        # (one unfinished header: the line is its one cell, "a" under "รายงานครั้งที่ รายงานครั้งที่ 3")
        cells_after = [c.strip() for c in after.text.split("\t")]
        if len(cells_after) < len(unfinished) and len(tokens := after.text.split()) == len(unfinished) \
                and any(_damaged_rest(t) is not None for t in tokens):
            # the rest of the cut headers, gaps read as spaces, a header's words OCR damaged among them
            # ("กรงท๑ กรังท๒ ๑๓ๆ<tab>๕" under "รายงาน รายงาน รายงานครั้งที รายงานครังที่"): one piece each
            cells_after = [_damaged_rest(t) or t for t in tokens]
        if len(cells_after) > len(unfinished):
            # (a speck OCR read from the table's rule, a cell of its own: "|" under the labels' column, "|<tab>7")
            cells_after = [c for c in cells_after if not _RULE_CELL_RE.fullmatch(c)]
        if "\t" in after.text and len(cells_after) < len(unfinished) \
                and (by_words := _rests_by_words(after.text, [heads[i] for i in unfinished])) is not None:
            # fewer cells than cut headers, two rests in one cell or a number lost: each rest placed by its words
            rest = by_words
        elif ("\t" not in after.text and len(unfinished) != 1) or len(cells_after) != len(unfinished):
            return None
        else:
            rest = []
            for cell in cells_after:
                whole = _HEAD_REST_RE.fullmatch(cell)
                if whole is None and not _garbled_number(cell):
                    # (a cell of a header's words and a number OCR garbled past a digit's shape, "ที่ lo" for ที่ ๒:
                    # each rest placed by its words, as where two rests share a cell; a cell that is a rule's
                    # speck alone, "|<tab>1<tab>2<tab>ครั้งที่3 "4", left out: fresh set s89a bma_progress_s89a001)
                    return _rests_by_words(_without_rule_cells(after.text), [heads[i] for i in unfinished]) \
                        if "\t" in after.text else None
                # (a mark too long for a header's number is left out: the header stands numberless)
                rest.append(whole.group(2) if whole is not None else cell if len(cell) <= 3 else "")
    if len(unfinished) == len(heads) == len(rest) + 1 \
            and (lost := _lost_end_number(rest, len(heads), opens)) is not None:
        # every header's number on the line under the row, the first's or the last's lost ("2<tab>3<tab>4")
        rest = lost
    return rest if len(unfinished) == len(rest) else None


_REST_WORDS_RE = regex.compile(rf"(?:({mark_tolerant('ครั้งที่')})|({mark_tolerant('ที่')}))?\s*(.*)")
_WHOLE_WORDS_RE = regex.compile(rf"{mark_tolerant('ครั้งที่')}|{mark_tolerant('ที่')}")
_NEEDS_NUMBER, _NEEDS_THI, _NEEDS_KHRANG_THI = 0, 1, 2  # what a cut header lacks: its number, "ที่ N", "ครั้งที่ N"
_NEEDS_ANY = 3  # a rest whose words OCR garbled into marks before its number ("ii 8"): it may finish any header
_REST_NUMBER_RE = regex.compile(rf"{_DIGITISH}{{1,3}}")


def _rest_pieces(text: str) -> list[tuple[int, str]] | None:
    """The rests of cut headers on the line under their row, as (what each
    finishes, its number) in order: "ครั้งที่ 7" finishes a "รายงาน", "ที่ 8" a
    "รายงานครั้ง", a number alone a header with its words; a number OCR
    garbled past a digit's shape ("ไช่)", "อ") stands as "" (numberless).
    None where a piece is none of these (words of a text row).  A cell of
    marks alone that OCR parted with a space ("il <") is one garbled number;
    marks no digit reads before a number in one cell ("ii 8", ที่ ๘ its words
    garbled) are a rest of words OCR garbled, which may finish any header."""
    tokens: list[tuple[str, int]] = [(t, c) for c, cell in enumerate(text.split("\t"))
                                     for t in _garbled_cell_whole(cell).split()]
    pieces: list[tuple[int, str]] = []
    k = 0
    while k < len(tokens):
        token, cell = tokens[k]
        if k + 1 < len(tokens) and tokens[k + 1][1] == cell and _garbled_number(token) \
                and not _REST_NUMBER_RE.fullmatch(token) and not _WHOLE_WORDS_RE.fullmatch(token) \
                and _REST_NUMBER_RE.fullmatch(tokens[k + 1][0]):
            pieces.append((_NEEDS_ANY, tokens[k + 1][0]))
            k += 2
            continue
        if _WHOLE_WORDS_RE.fullmatch(token) and k + 1 < len(tokens) and not _WHOLE_WORDS_RE.fullmatch(tokens[k + 1][0]):
            # the words, then their number apart (not the next rest's words: "ครั้งที่<tab>ครั้งที่ ๕", a number lost)
            token, k = token + tokens[k + 1][0], k + 1
        k += 1
        m = _REST_WORDS_RE.fullmatch(token)
        kind = _NEEDS_KHRANG_THI if m.group(1) else _NEEDS_THI if m.group(2) else _NEEDS_NUMBER
        number = m.group(3)
        if regex.fullmatch(rf"{_DIGITISH}{{1,3}}", number):
            pieces.append((kind, number))
        elif number and _garbled_number(number) or not number and kind != _NEEDS_NUMBER:
            pieces.append((kind, ""))
        else:
            return None
    return pieces


def _garbled_cell_whole(cell: str) -> str:
    """`cell` with its spaces taken out where it holds no digit and its
    marks together are a number OCR garbled past a digit's shape ("il <"
    for ๔: _garbled_number); else as it stands."""
    tokens = cell.split()
    if len(tokens) < 2 or _DIGIT_RE.search(cell) or not _garbled_number(joined := "".join(tokens)):
        return cell
    return joined


def _rests_by_words(text: str, heads: list[regex.Match]) -> list[str] | None:
    """The numbers of the cut headers `heads` (_HEAD_PART_RE's matches of a
    header row, none with its number) from the line under them when it
    holds fewer cells than they are (two rests in one cell, "ครั้งที่7 ที่อ",
    or one lost, "ไช่)<tab>ครั้งที่ ๓"): each rest goes to a header its words
    finish ("ครั้งที่ N" a "รายงาน", "ที่ N" a "รายงานครั้ง", a number alone a
    header with its words; marks alone no digit reads, "il <", any header:
    its words may be what OCR garbled with its number), in order.  A header takes a number only where
    every placement so gives it that piece; the others stand numberless
    (the entries' sequence numbers them or says it cannot).  None where no
    placement fits, or no piece is a number."""
    pieces = _rest_pieces(text)
    if not pieces or len(pieces) > len(heads) or not any(number for _, number in pieces):
        return None
    needs = []
    for m in heads:
        words = m.group(1) if m.group(3) is None else m.group(3)
        needs.append(_NEEDS_KHRANG_THI if words is None
                     else _NEEDS_NUMBER if regex.fullmatch(mark_tolerant("ครั้งที่"), words) else _NEEDS_THI)
    placements = [at for at in combinations(range(len(heads)), len(pieces))
                  if all(needs[h] == kind or kind == _NEEDS_NUMBER and not number or kind == _NEEDS_ANY
                         for h, (kind, number) in zip(at, pieces))]
    if not placements:
        return None
    out = []
    for h in range(len(heads)):
        given = {at.index(h) if h in at else None for at in placements}
        out.append(pieces[given.pop()][1] if len(given) == 1 and None not in given else "")
    return out


_DAMAGED_REST_RE = regex.compile(rf"([\u0e01-\u0e4e]{{2,10}})({_DIGITISH}{{1,3}})")


def _damaged_rest(token: str) -> str | None:
    """A header's cut rest whose words OCR damaged by a letter ("กรงท๑", "กรังท๒" for ครั้งที่ ๑, ๒): its number, or None."""
    m = _DAMAGED_REST_RE.fullmatch(token)
    if m is None or _HEAD_REST_RE.fullmatch(token) is not None:
        return None
    sk = skeleton(m.group(1))
    return m.group(2) if Levenshtein.distance(sk, _REST_SKELETON, score_cutoff=HEAD_WORD_EDITS) <= HEAD_WORD_EDITS \
        else None


# A header whose words stand whole and whose number OCR garbled into one or two marks no digit reads ("ครั้งที่ ซ"
# for ๗, "ครั้งที่ Oy" for ๙), in a spaced header row (_heads_of)
_REPORT_WORD_RE = regex.compile(rf"\s*{mark_tolerant('รายงาน')}")
_NUMBER_MARK_RE = regex.compile(r"\s[^\s\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]{1,2}\s*$")  # a garbled number past a space
_GARBLED_HEAD_RE = regex.compile(rf"(?:{mark_tolerant('รายงาน')}\s*)?{mark_tolerant('ครั้งที่')}\s*[^\s\d๐-๙]{{1,2}}")
# A header of the row as a word and a number ("ครั้งที่ 5", "คั้งที่6", "รายงานครังที ๆ๓"): the word Thai letters and
# marks alone, the number a digit or a mark OCR makes of one, a speck OCR read from a rule maybe before it (ๆ, a
# stroke, a dot), nothing but white space around them
_HEAD_TOKEN_RE = regex.compile(rf"(?<!\S)([\u0e01-\u0e4f]{{2,16}})\s*([ๆ'`.,|]?)({_DIGITISH}{{1,3}})(?!\S)")
_HEAD_SKELETONS = (skeleton("ครั้งที่"), skeleton("รายงานครั้งที่"))
_REST_SKELETON = skeleton("ครั้งที่")
HEAD_WORD_EDITS = 1  # letters a damaged header's word may have lost or had misread ("คั้งที่" for ครั้งที่)
DATE_ROW_LINES = 2  # text lines a header row may stand above its block's date row (a wrapped header's rest)


def _damaged_head(word: str) -> bool | None:
    """Whether a header token's word is a header's words with a letter
    damaged (True), whole, marks aside (False), or neither (None)."""
    sk = skeleton(word)
    if sk in _HEAD_SKELETONS:
        return False
    if any(Levenshtein.distance(sk, head, score_cutoff=HEAD_WORD_EDITS) <= HEAD_WORD_EDITS for head in _HEAD_SKELETONS):
        return True
    return None


def _opens_date_row(lines: list[Line], k: int, within: int = DATE_ROW_LINES) -> bool:
    """Whether the block's date row opens within `within` text lines after lines[k]."""
    seen = 0
    for line in lines[k + 1:]:
        if line.kind != "text" or not line.text.strip():
            continue
        opened = _row_cells(line)
        if opened is not None and opened[1] and _field(opened[0]) == "report_date":
            return True
        seen += 1
        if seen >= within:
            return False
    return False


def _cut_heads(line: Line) -> tuple[int, list[int]] | None:
    """A header row a wrap cut inside its headers whose rest OCR lost
    ("รายการ<tab>รายงาน<tab>รายงานครั้งที่ รายงานครั้งที่", the numbers' line under it
    read as specks): after the table's label cell, nothing but the heads of
    two or more headers, none with a number.  The label cell's page column
    and each header's, or None."""
    cells = line.text.split("\t")
    cols = list(line.cols) if len(line.cols) == len(cells) else [0] * len(cells)
    if (word := _LABEL_WORD_RE.match(cells[0])) is not None:
        parts = [(cells[0][word.end():], cols[0] + word.end())] + list(zip(cells[1:], cols[1:]))
    elif len(cells) > 1 and _TABLE_LABEL_RE.match(cells[0]):
        parts = list(zip(cells[1:], cols[1:]))
    else:
        return None
    heads: list[int] = []
    for cell, col in parts:
        found = list(_HEAD_PART_RE.finditer(cell))
        if not found or _HEAD_PART_RE.sub("", cell).strip() or any(m.group(2) or m.group(4) for m in found):
            return None
        heads.extend(col + m.start() for m in found)
    return (cols[0], heads) if len(heads) >= 2 else None


def head_numbers_in_noise(lines: list[Line]) -> set[int]:
    """The lines the clean-up took for OCR noise (pipeline.clean's
    "ocr_noise") that are the numbers of a header row a wrap cut inside its
    headers (_cut_heads: "รายการ<tab>รายงานครั้ง รายงานครั้งที่ รายงานครั้งที่"),
    the next line with text under it (blank lines aside): no more cells
    than the row has headers, a number among them, its other cells specks
    ("ng<tab>10<tab>11": ที่ 9 garbled).  Read as text (the form's ROWS_READ:
    pipeline.clean.parser_lines), _numbers_carried gives each header its
    number.  Before, the row's headers were numbered on from the block
    before, a column's report read in another's place (fresh set s98o,
    bma_progress_s98o008: reports 8 to 11 each given the next one's date)."""
    out: set[int] = set()
    heads = None  # how many headers the last line with text holds, where it is a header row a wrap cut
    for ln in lines:
        if ln.kind == "blank":
            continue
        if ln.kind == "ocr_noise" and heads is not None:
            cells = [c for c in ln.text.split("\t") if c.strip()]
            if 1 < len(cells) <= heads and any(_NUMBER_CELL_RE.fullmatch(c.strip()) for c in cells) \
                    and all(len(c.strip()) <= 3 for c in cells):
                out.add(ln.no)
        heads = len(cut[1]) if ln.kind == "text" and (cut := _cut_heads(ln)) is not None else None
    return out


_NUMBER_CELL_RE = regex.compile(r"[\d๐-๙]{1,2}")  # a header's number alone in its cell


def _start_between(lines: list[Line], k: int, width: int) -> int | None:
    """The report number a block of `width` columns whose header row
    (lines[k]) lost its numbers starts at, by its neighbours' headers: the
    block before's last number and one, the block after's first less
    `width` (_block_start); None where neither says, or they disagree."""
    said: set[int] = set()
    between = 0  # the columns of blocks between whose header rows lost their numbers too (_cut_heads)
    for line in reversed(lines[max(0, k - BLOCK_AHEAD_LINES):k]):
        if (heads := _heads_of(line)) is not None:
            if (start := _block_start(heads)) is not None:
                said.add(start + len(heads) + between)
            break
        between += _numberless_width(line)
    between = 0
    for line in lines[k + 1:k + 1 + BLOCK_AHEAD_LINES]:
        if (heads := _heads_of(line)) is not None:
            if (start := _block_start(heads)) is not None:
                said.add(start - width - between)
            break
        between += _numberless_width(line)
    return said.pop() if len(said) == 1 and min(said) >= 1 else None


def _numberless_width(line: Line) -> int:
    """The columns of a header row a wrap cut whose numbers OCR lost (_cut_heads), or 0: a block of its own
    between a block and the one whose header gives numbers, its columns counted with them (two such blocks in a
    row, "รายงานครั้ง รายงานครั้ง ..." twice, then "รายงานครั้งที่ ๙ ...": before, each was numbered on from the
    block after it as though it stood right before it, both 5 to 8: fresh set s113p, bma_progress_s113p001)."""
    if line.kind != "text" or (cut := _cut_heads(line)) is None:
        return 0
    return len(cut[1])


def _heads_mended(lines: list[Line]) -> tuple[list[Line], list[Issue]]:
    """`lines` with each header row one of whose headers OCR damaged past
    a mark (a letter of its words lost or misread, "ครั้งที่ 5<tab>คั้งที่6
    ครั้งที่ 7<tab>ครั้งที่ 8", or a speck before its number, "รายงานครังที ๆ๓
    รายงานครั้งที 4") given that header back, and an issue for each.

    A header is read so by its shape and place alone: a word one letter
    from a header's words (HEAD_WORD_EDITS) and a number, in a line that
    is nothing but such words and numbers, at least as many of them whole
    headers as damaged ones, standing over its block's date row.  Before,
    the row was no header row and the block's entries were lost whole
    (its rows read as the block before's).  Its number stays as printed:
    the entries' sequence mends it or says so."""
    out: list[Line] = []
    issues: list[Issue] = []
    for k, line in enumerate(lines):
        if line.kind == "text" and (cut := _cut_heads(line)) is not None and _heads_of(line) is None \
                and _opens_date_row(lines, k, 1) and (start := _start_between(lines, k, len(cut[1]))) is not None:
            # (numbered by the blocks around it: a block's columns are consecutive, a block starts after the last
            # number of the block before)
            heads = [(f"รายงานครั้งที่ {start + c}", col) for c, col in enumerate(cut[1])]
            out.append(Line(line.no, "\t".join(["รายการ"] + [h for h, _ in heads]), line.kind, line.bullet,
                            line.indent, (cut[0], *cut[1])))
            said = Issue("warning", "entry_cell_in_doubt",
                         f"an entries table's header row a wrap cut inside its headers, the rest of them (their "
                         f"numbers) lost, is read over its block's date row as {len(heads)} headers numbered on "
                         f"from the blocks around it ({start} to {start + len(heads) - 1})",
                         line.text, line.no, line.no, field="progress_reports.seq")
            issues.append(said)
            issues.extend(_numbers_given(heads, said, "a wrap cut, its numbers lost: the blocks around it number "
                                                      "their columns on from one to the next"))
            continue
        heads = list(_HEAD_TOKEN_RE.finditer(line.text)) if line.kind == "text" else []
        if not heads:  # (no header's shape in it: most lines, kept without reading them again below)
            out.append(line)
            continue
        words = [_damaged_head(m.group(1)) for m in heads]
        damaged = [bool(word or m.group(2)) for m, word in zip(heads, words)]
        rest = _HEAD_TOKEN_RE.sub("", line.text)
        garbled = len(_GARBLED_HEAD_RE.findall(rest))  # whole words, a number no digit reads (_heads_of takes them)
        if not heads or None in words or not any(damaged) or damaged.count(False) < max(1, damaged.count(True)) \
                or _GARBLED_HEAD_RE.sub("", rest).strip() or damaged.count(False) < damaged.count(True) + garbled \
                or _heads_of(line) is not None \
                or not _opens_date_row(lines, k):
            out.append(line)
            continue
        text = line.text
        for m, word, bad in sorted(zip(heads, words, damaged), key=lambda h: -h[0].start()):
            if not bad:
                continue
            text = f"{text[:m.start(1)]}{'ครั้งที่' if word else m.group(1)}{text[m.end(1):m.start(2)]}{text[m.end(2):]}"
            what = "words OCR damaged" if word else "number OCR read with a speck before it"
            issues.append(Issue(
                "warning", "entry_cell_in_doubt",
                f"an entries table's header whose {what} ({m.group(0)!r}) is read as an entry's header by its shape "
                f"(a word a letter from ครั้งที่ at most, a number) and its place among the row's headers over the "
                f"block's date row; its number is read as printed ({m.group(3)})",
                line.text, line.no, line.no, field="progress_reports.seq"))
        out.append(Line(line.no, text, line.kind, line.bullet, line.indent, line.cols))
    return out, issues


_FIGURE_ROWS = ("report_date", "progress_pct", "disbursed")
# The budget row label's first word alone ("งบประมาณ", no "ที่"): a description's last word ("...เบิกจ่ายตาม" /
# "งบประมาณ") a wrap left in the labels' column, when no cell beside it is an amount ("2564 ขณะนี้อยู่ระหว่างการ":
# a date's year and the next entry's words, not a disbursement)
_BARE_BUDGET_RE = regex.compile(mark_tolerant("งบประมาณ"))
_CELL_WORD_RE = regex.compile(r"[\u0e01-\u0e4e]{2,}")


def _amount_cell(value: str) -> bool:
    """A cell that may be an amount: a digit (or look-alike), and no Thai word but its unit."""
    return bool(_DIGIT_RE.search(value)) and not _CELL_WORD_RE.search(value.replace("บาท", " "))

_DIGIT_RE = regex.compile(_DIGITISH)


def _figure_speck(cell: str) -> bool:
    """Whether a figure row's cell is a speck OCR read from the page: one or
    two characters (marks aside), no digit nor a character OCR writes for one."""
    bare = _MARKS_RE.sub("", cell).strip()
    return len(bare) <= 2 and not _DIGIT_RE.search(bare) and not any(ch in LOOKALIKES for ch in bare)


def _placed(line: Line, values: list[str], heads: list[tuple[str, int]]) -> list[int]:
    """The entries of a row's values when they are fewer (or more) than the
    entries: each by the header whose page column is nearest its cell's;
    a value merged into the label's cell is the first entry's; values more
    than the cells (a cell parted into several flags) past the last cell
    follow in order."""
    cells = line.text.split("\t")
    cols = list(line.cols) if len(line.cols) == len(cells) else []
    merged = len(values) > len(cells) - 1
    where: list[int] = []
    for v in range(len(values)):
        if merged and v == 0:
            k = 0
        elif cols and v + (0 if merged else 1) < len(cols):
            col = cols[v + (0 if merged else 1)]
            k = min(range(len(heads)), key=lambda h: abs(heads[h][1] - col))
        else:
            k = v
        where.append(min(max(k, where[-1] + 1 if where else 0), len(heads) - 1))
    return where


# One flag cell's words: "(ไม่)เป็นไปตามแผน", "(ไม่)เป็นไปตามเป้าหมาย"
_FLAG_PHRASE_RE = regex.compile(
    rf"(?:{mark_tolerant('ไม่', False)}\s?)?{mark_tolerant('เป็นไปตาม', False)}\s?"
    rf"(?:{mark_tolerant('แผน', False)}|{mark_tolerant('เป้าหมาย', False)})")


def _flags_apart(values: list[str]) -> tuple[list[str], bool]:
    """A flag row's cells whose gaps OCR collapsed ("เป็นไปตามแผน ไม่เป็นไปตามแผน"):
    a cell that is two or more whole flags and nothing else is each of them;
    so is one of flags some of which a wrap cut short ("เป็นไปตาม เป็นไปตาม
    เป็นไปตามแผน", their last words on the next line: _unfinished_flags).
    Also whether such cut flags were parted (by their order alone: said)."""
    out: list[str] = []
    cut = False
    for value in values:
        found = [m.group(0) for m in _FLAG_PHRASE_RE.finditer(value)]
        rest = _FLAG_PHRASE_RE.sub("", value).strip(" :")
        if len(found) < 2 or rest:
            found = [m.group(0) for m in _FLAG_PIECE_RE.finditer(value)]
            rest = _FLAG_PIECE_RE.sub("", value).strip(" :")
            cut = cut or (len(found) >= 2 and not rest)
        out.extend(found if len(found) >= 2 and not rest else [value])
    return out, cut


# A flag row's whole words and its label's, as skeletons (normalizers.text.skeleton: marks, spaces and dots dropped)
_FLAG_WORDS_SK = tuple(skeleton(w) for w in ("เป็นไปตามแผน", "ไม่เป็นไปตามแผน", "เป็นไปตามเป้าหมาย",
                                             "ไม่เป็นไปตามเป้าหมาย"))
_FLAG_LABELS_SK = tuple(skeleton(w) for w in ("ความสอดคล้องกับแผน", "ความสอดคล้องกับเป้าหมาย"))
FLAG_ROW_LINES = 8  # text lines a flag row's words may take


def _flags_by_words(lines: list[Line], j: int, n: int, opened: tuple[str, list[str]]
                    ) -> tuple[list[list[Line]], int] | None:
    """A flag row (its label and values `opened`, on lines[j]) of a table of
    `n` entries printed in columns so narrow that each flag wrapped anywhere,
    even inside a word, and whose gaps OCR read as spaces ("ความสอดค
    เป็นไปตาม ไม่ เป็นไปตาม เป็นไปตา" / "ล้องกับแผน แผน เป็นไปตาม แผน มแผน" /
    "แผน"): the row's first line holds n words, each the start of an entry's
    flag; each line after holds one word for each flag not yet whole, in
    order, after what the label's wrap left of its own words.  Given (each
    entry's words, the index past the row) only where every word so placed
    keeps its entry's words the start of a flag, exactly one such reading of
    each line fits, and every flag ends whole and of one kind (plan or
    target); None otherwise."""
    words = [w for v in opened[1] for w in v.split()]
    if len(words) != n:
        return None
    label = skeleton(lines[j].text.split("\t")[0].split()[0])  # the label as printed (a wrap may cut its word)
    if not any(full.startswith(label) for full in _FLAG_LABELS_SK):
        return None
    got = [""] * n
    pieces: list[list[Line]] = [[] for _ in range(n)]

    def fits(k: int, word: str) -> bool:
        return any(full.startswith(got[k] + _flag_skeleton(word)) for full in _FLAG_WORDS_SK)

    if not all(fits(k, w) for k, w in enumerate(words)):
        return None
    for k, w in enumerate(words):
        got[k] += _flag_skeleton(w)
        pieces[k].append(Line(lines[j].no, _undoubled(w)))
    i, seen = j + 1, 0
    while i < len(lines) and seen < FLAG_ROW_LINES:
        open_ = [k for k in range(n) if got[k] not in _FLAG_WORDS_SK]
        if not open_:
            break
        line = lines[i]
        if line.kind != "text":
            i += 1
            continue
        seen += 1
        if _heads_of(line) is not None or _row_cells(line) is not None:
            return None
        words = line.text.split()
        readings = []  # how many of the line's first words are the label's, for each reading that fits
        lead, sofar = 0, label
        while True:
            rest = words[lead:]
            if len(rest) == len(open_) and all(fits(k, w) for k, w in zip(open_, rest)):
                readings.append(lead)
            if lead == len(words) or sofar in _FLAG_LABELS_SK:
                break
            sofar += skeleton(words[lead])
            if not any(full.startswith(sofar) for full in _FLAG_LABELS_SK):
                break
            lead += 1
        if len(readings) != 1:
            return None
        lead = readings[0]
        label += "".join(skeleton(w) for w in words[:lead])
        for k, w in zip(open_, words[lead:]):
            got[k] += _flag_skeleton(w)
            pieces[k].append(Line(line.no, _undoubled(w)))
        i += 1
    if any(g not in _FLAG_WORDS_SK for g in got) or len({g.endswith(skeleton("แผน")) for g in got}) != 1:
        return None
    return pieces, i


_DOUBLED_FIRST_RE = regex.compile(r"^([\u0e01-\u0e2e\u0e40-\u0e44])\1")  # a flag word's first letter OCR doubled


def _undoubled(word: str) -> str:
    """A flag row's word with its first letter, OCR doubled, once ("ไไม่" for ไม่): no flag word opens with a letter
    twice."""
    return _DOUBLED_FIRST_RE.sub(r"\1", word)


def _flag_skeleton(word: str) -> str:
    return skeleton(_undoubled(word))


# One flag cell's words, its last word maybe cut by a wrap: "(ไม่)เป็นไปตาม(แผน|เป้าหมาย)"
_FLAG_PIECE_RE = regex.compile(
    rf"(?:{mark_tolerant('ไม่', False)}\s?)?{mark_tolerant('เป็นไปตาม', False)}"
    rf"(?:\s?(?:{mark_tolerant('แผน', False)}|{mark_tolerant('เป้าหมาย', False)}))?")


def _last(pieces: list[list[Line]], before: int) -> int:
    """The entry whose cell of a row was read last before line `before`
    (the rightmost of the latest line): the first entry if none was."""
    latest = max((p[-1].no for p in pieces if p and p[-1].no < before), default=None)
    on = [k for k, p in enumerate(pieces) if p and p[-1].no == latest]
    # (a cell whose text closed its parenthesis at its end, "... (กิจกรรมที่ ๓)", ended its description there: the line
    # goes on with the last cell still open on that line, where one is)
    open_ = [k for k in on if not _closed_at_end(" ".join(ln.text for ln in pieces[k]))]
    return max(open_ or on, default=0)


_CLOSES_AT_END_RE = regex.compile(r"\)\s*$")


def _paren_left_open(pieces: list[list[Line]], line: Line) -> int | None:
    """The entry a description line of one cell with no page column goes on with where the line closes a
    parenthesis (a ")" before any "(": "3)", "ที่ ๕)") and exactly one entry whose cell stood on the latest line
    above left one open ("... ศึกษาดูงาน (กิจกรรมที่" / "3)"): the clause's words, not the reading order, tell it;
    None where none or several are left open."""
    latest = max((p[-1].no for p in pieces if p and p[-1].no < line.no), default=None)
    open_ = [k for k, p in enumerate(pieces) if p and p[-1].no == latest
             and _paren_goes_on(" ".join(ln.text for ln in p), line.text)]
    return open_[0] if len(open_) == 1 else None


def _closed_at_end(text: str) -> bool:
    """Whether an entry's cell as read so far ends with a ")" that closes its last parenthesis (every "(" closed):
    the form's descriptions close their last clause so ("... ศึกษาดูงาน (กิจกรรมที่ ๓)"), and a cell so ended has no
    next piece."""
    return bool(_CLOSES_AT_END_RE.search(text)) and text.count("(") == text.count(")")


# An expense line's last figure and its unit closing a cell's piece ("๒,๕๐๐.๐๐ บาท", "= ฿9,960", "1,500 บาท.-")
_CLOSED_EXPENSE_RE = regex.compile(rf"{_DIGITISH}[\d๐-๙,.]*\s*(?:บาท|um|UM)?\s*(?:\.\s*-|[.,]-)?\s*$")


def _past_closed_expense(pieces: list[list[Line]], line: Line, last: int) -> int:
    """The entry a description line of one cell with no page column and
    no figure first goes on with, where the reading order would give it to
    an entry whose piece on the latest line closes an expense line (its
    item, "ค่า...", in its last pieces; a figure ending it): an entry's
    expense lines come after its description's words, so a line of words
    alone (no expense word, "=" or unit of money in it) after a closed
    expense line is the one other entry's that had a piece on that line
    (the narrower column's wrap, read before it); else `last` (the reading
    order).  The line is said as every such line is (entry_cell_in_doubt)."""
    text = line.text
    if _EXPENSE_ITEM_RE.search(text) or _EXPENSE_GOES_ON_RE.match(text) or regex.search(r"=|บาท", text):
        return last
    if not pieces[last]:
        return last
    latest = pieces[last][-1].no
    if not _CLOSED_EXPENSE_RE.search(pieces[last][-1].text) \
            or not _EXPENSE_ITEM_RE.search(" ".join(p.text for p in pieces[last][-REJOIN_PIECES:])):
        return last
    others = [k for k in range(len(pieces)) if k != last and any(p.no == latest for p in pieces[k])]
    return others[0] if len(others) == 1 else last


# An expense line's figures left open at a cell's end: the words or signs that join them ("=", "x" as OCR reads it,
# "ละ", "เป็นเงิน", "จำนวน"), the next figure to come on the next line
_OPEN_FIGURES_RE = regex.compile(rf"(?:^|\s)(?:[=xX×%]|ๆ?\s*{mark_tolerant('ละ')}|{mark_tolerant('เป็นเงิน')}"
                                 rf"|{mark_tolerant('จำนวน')})\s*$")
_OPENS_WITH_FIGURE_RE = regex.compile(rf"^\s*[฿B#]?{_DIGITISH}")


def _expense_left_open(pieces: list[list[Line]], line: Line, spent=lambda k: True) -> int:
    """The entry a description line of one cell with no page column goes
    on with: the one whose cell on the latest line left an expense line's
    figures open, where the line opens with a figure, that line held one
    cell per entry (each cell's entry sure, by order) and exactly one of
    them is left open; or, the line above holding fewer cells (each placed
    by position, itself a guess), where exactly one of its pieces is left
    open and the disbursement of the entry it went to reads an amount
    spent (`spent`: "ค่าเช่ารถโดยสาร =<gap>โครงการ" / "4,400.75 บาท" under
    a report that spent 20,900.75, its expense line, not the last cell
    read's; an entry that spent nothing lists no expense line, its piece
    another entry's the position misplaced); else the last cell read
    (`_last`: the reading order).  A table row OCR read line by line
    gives a line only the first column wraps onto no indent, so the reading
    order sends it to the column read last on the line above."""
    last = _last(pieces, line.no)
    if (closing := _paren_left_open(pieces, line)) is not None:
        return closing
    if not _OPENS_WITH_FIGURE_RE.match(line.text):
        return _past_closed_expense(pieces, line, last)
    latest = max((p[-1].no for p in pieces if p and p[-1].no < line.no), default=None)
    on = [k for k, p in enumerate(pieces) if p and p[-1].no == latest]
    open_ = [k for k in on if _OPEN_FIGURES_RE.search(pieces[k][-1].text)]
    if len(open_) != 1:
        return last
    return open_[0] if len(on) == len(pieces) or spent(open_[0]) else last


# An expense line a narrow description cell wrapped over several printed lines, one of its next lines placed by
# position under another entry (a line of fewer cells than entries: OCR lost the cell's indent or the gap
# before it): "กำหนดหัวข้อ<tab>โครงการ ค่าอาหาร จำนวน ๓๕" / "ดำเนินงาน<tab>คนๆ ละ ๒๕๐ บาท เป็นเงิน" (a label's tail,
# then entry 2's words, given to entry 1), "วิทยากร จำนวน 4 ชั่วโมงๆ ละ 600<tab>จ่าย" / "บาท.- เป็นเงิน 2,400 บาท.-"
# (read after entry 2's cell, so given to it).  What opens such a line: the words and signs that join an expense
# line's figures ("=", "x", "บาท", "เป็นเงิน", "ๆ ละ", "จำนวน N", "คนๆ ละ"), or a figure with its unit or sign
# after it ("๒๕๕๐๐ บาท", "4 ชั่วโมงๆ", "600 บาท.-")
# (the item's word "ค่า", its tone mark lost or not; never "คำ", which mark_tolerant('ค่า') reads too: "คำสั่ง")
_EXPENSE_ITEM_RE = regex.compile(r"(?:^|(?<=\s))ค[่้]?\s?า")
_EXPENSE_GOES_ON_RE = regex.compile(
    rf"\s*(?:[=xX×%](?!\S)|=|(?:บาท|um|UM)(?![A-Za-z\u0e01-\u0e2e])|{mark_tolerant('เป็นเงิน')}"
    rf"|{mark_tolerant('จำนวน')}\s*{_DIGITISH}|ๆ?\s*{mark_tolerant('ละ')}\s"
    rf"|[\u0e01-\u0e4e]{{1,10}}ๆ\s*{mark_tolerant('ละ')}"
    rf"|[฿B#]?{_DIGITISH}[\d๐-๙,.]*\s*(?:\.\s*-|บาท|um|UM|[xX×%=]|[\u0e01-\u0e4e]{{1,10}}ๆ))")
REJOIN_LINES = 3  # printed lines the open expense line's last piece may stand above the line that goes on with it
# pieces of an entry's cell looked back at for an open expense line: a narrow cell wraps its item and figures over
# several lines ("โครงการ ค่า" / "อาหารว่างและ" / "เครื่องดื่ม จำนวน ๕8" / "คนๆ ละ ๒5 บาท.-" / "เป็นเงิน 2,450 บาท.-": its
# "ค่า" four lines above the line that goes on with it); _open_expense keeps to ITEM_MAX characters after the item word
REJOIN_PIECES = 5


SPENT_LOOK = 40  # lines after a description line looked through for its table's disbursement row


def _spent(lines: list[Line], j: int, n: int, k: int) -> bool:
    """Whether the table's disbursement row below line `j` (its label's
    first word "งบประมาณ" or "เบิก" opening a line of one cell per entry
    after it) reads a non-zero amount in entry `k`'s cell: a report that
    spent nothing lists no expense line, so an expense line is no such
    entry's."""
    for ln in lines[j + 1: j + 1 + SPENT_LOOK]:
        cells = ln.text.split("\t")
        if len(cells) == n + 1 and _BUDGET_RE.match(cells[0].strip()):
            amount = _amount(cells[k + 1])
            return amount is not None and amount != 0
    return False


def _goes_on_open_expense(got: list[Line], line: Line) -> bool:
    """Whether a description line of one cell with no page column goes on
    with an expense line its entry's cell left open just above (an item's
    word, "ค่าเช่า", in the cell's last pieces, no figures of it whole yet:
    _open_expense; its piece REJOIN_LINES lines above at most), the line
    opening with no item word of its own ("รถโดยสาร จำนวน", "๑ คันๆ ละ"):
    the item's words and figures go on in its cell, and the width measured
    on the lines that stood one cell an entry (_width_fit) is no bound of
    it, for those cells may all be short.  The caller asks it only for an
    entry whose disbursement reads a non-zero amount (_spent): the open
    expense line may itself be another entry's cell placed by position.
    Before, such a line wider than the cells measured went to another
    entry, and the expense line's words and figures with it."""
    if not got or line.no - got[-1].no > REJOIN_LINES or _EXPENSE_ITEM_RE.match(line.text.strip()):
        return False
    return _open_expense(" ".join(p.text for p in got[-REJOIN_PIECES:]))


def _open_expense(text: str) -> bool:
    """Whether `text` (an entry's cell as read so far) ends inside an
    expense line: after its last item word ("ค่า...") no expense line's
    figures are whole yet."""
    starts = list(_EXPENSE_ITEM_RE.finditer(text))
    if not starts:
        return False
    tail = text[starts[-1].start():]
    return len(tail) <= ITEM_MAX and not expenses_in(tail, tail, 0)


def _expense_lines_rejoined(pieces: list[list[Line]], heads: list[tuple[str, int]]) -> list[Issue]:
    """The description row's pieces with each line placed by position (its
    line held fewer cells than entries) that goes on with an expense line
    (_EXPENSE_GOES_ON_RE) moved to the one entry whose cell, on the lines just
    above and on none of this line's, leaves an expense line open
    (_open_expense), where the entry it was given to leaves none open: the
    wrapped expense line is read whole, under its own entry (before, its
    figures went to the neighbouring entry and the line was lost, its
    pieces said as text no rule could read).  Refused where no entry, or
    more than one, leaves one open.  Said (entry_cell_in_doubt, expenses):
    the placement is the clause's reading, not the layout's."""
    n = len(pieces)
    issues: list[Issue] = _runs_shifted_right(pieces, heads)
    for no in sorted({p.no for got in pieces for p in got}):
        on = [k for k in range(n) if any(p.no == no for p in pieces[k])]
        if len(on) >= n or len(on) != 1:
            continue  # one cell per entry (each entry sure), or several cells placed by position together
        k2 = on[0]
        at = [i for i, p in enumerate(pieces[k2]) if p.no == no]
        piece = pieces[k2][at[0]]
        if len(at) != 1:
            continue
        before = {k: [p for p in pieces[k] if p.no < no][-REJOIN_PIECES:] for k in range(n)}
        if not _EXPENSE_GOES_ON_RE.match(piece.text):
            issues.extend(_glued_apart(pieces, heads, before, k2, at[0], no))
            continue
        if _open_expense(" ".join(p.text for p in before[k2])):
            continue  # its own entry leaves one open too
        if before[k2] and no - before[k2][-1].no <= REJOIN_LINES and (
                _DIGIT_RE.search(before[k2][-1].text) or _OPEN_FIGURES_RE.search(before[k2][-1].text)):
            continue  # its own entry's line just above holds figures, or leaves them open ("อุปกรณ์ ="): it may go
            # on with them (their item's word read under another entry)
        open_ = [k for k in range(n) if k != k2 and _open_at(before[k], no)]
        if len(open_) != 1:
            continue
        k = open_[0]
        del pieces[k2][at[0]]
        pieces[k].append(piece)
        pieces[k].sort(key=lambda p: p.no)
        issues.append(Issue(
            "warning", "entry_cell_in_doubt",
            f"a line of the entries table's description row ({n} entries, fewer cells on the line) goes on with an "
            f"expense line the cell of {heads[k][0]!r} leaves open on the lines above: given to that entry, not to "
            f"{heads[k2][0]!r}, where its place on the page put it", piece.text, no, no, field="expenses"))
    return issues


# An expense line's unit with the sign that joins it to the next figure opening a line ("คน x ๓๐ บาท", OCR's "%" for
# the "x": "คน % ๓๐ บาท.- ="): the line goes on with an expense line whose quantity stood at the end of the line above
_UNIT_GOES_ON_RE = regex.compile(r"\s*[\u0e01-\u0e2e][\u0e01-\u0e4e]{0,9}\s*[xX×%](?!\S)")


_ENDS_WITH_FIGURE_RE = regex.compile(rf"{_DIGITISH}[\d๐-๙,.]*\s*$")  # a cell whose expense line's figures may go on


def _line_on(pieces: list[list[Line]], no: int) -> list[int] | None:
    """The entries a description line `no` put one piece each under, in order; None where one holds two."""
    on = [k for k in range(len(pieces)) if any(p.no == no for p in pieces[k])]
    return on if all(sum(p.no == no for p in pieces[k]) == 1 for k in on) else None


def _shift(pieces: list[list[Line]], no: int, on: list[int], by: int) -> list[Line]:
    """Line `no`'s pieces (one each under the entries `on`) moved `by` entries to the right, in order."""
    moved = [next(p for p in pieces[k] if p.no == no) for k in on]
    for k, piece in zip(on, moved):
        pieces[k].remove(piece)
    for k, piece in zip(on, moved):
        pieces[k + by].append(piece)
        pieces[k + by].sort(key=lambda p: p.no)
    return moved


def _runs_shifted_right(pieces: list[list[Line]], heads: list[tuple[str, int]]) -> list[Issue]:
    """The description row's lines of several cells, fewer than the
    entries, that OCR put left of their entries' columns: where the first
    entries' cells ended (a report's text shorter than its neighbours'),
    OCR keeps no empty column before a line's first cell, so the later
    entries' cells stand from the margin and position gives them to the
    first entries (t015: "๒๕๒อ๒ ขณะนี้ <gap> คน % ๓๐ บาท.- =" under
    reports 5 and 6, report 6's words and report 7's expense line's next
    figures).  Where such a line's cells stand under neighbouring entries,
    one each, its last cell goes on with an expense line
    (_EXPENSE_GOES_ON_RE, or a unit and its join sign: _UNIT_GOES_ON_RE)
    that its own entry leaves none open for (and holds no figure on the
    line just above, nor figures at its end), and exactly one entry right of it leaves one open
    on the lines above, every cell moves right by as many entries, so the
    last goes on with that expense line, where each entry a cell moves to
    read a piece on the lines just above (its column still running).  The
    lines right after it of the same entries go with it, and so does a
    line of one cell under the first of them between two such lines (the
    same columns, OCR's same shift; shifted where it stood under the first
    entry, else left where the reading order put it).  A shift to the left is never made
    (OCR drops empty columns before a line's cells, never adds them).
    Said (entry_cell_in_doubt, expenses): the clause's reading, not the
    layout's."""
    n = len(pieces)
    issues: list[Issue] = []
    nos = sorted({p.no for got in pieces for p in got})
    i = 0
    while i < len(nos):
        no = nos[i]
        i += 1
        on = _line_on(pieces, no)
        if on is None or not 2 <= len(on) < n or on != list(range(on[0], on[-1] + 1)):
            continue
        b = on[-1]
        last = next(p for p in pieces[b] if p.no == no)
        if not (_EXPENSE_GOES_ON_RE.match(last.text) or _UNIT_GOES_ON_RE.match(last.text)):
            continue
        before = {k: [p for p in pieces[k] if p.no < no][-REJOIN_PIECES:] for k in range(n)}
        if _open_expense(" ".join(p.text for p in before[b])):
            continue
        if before[b] and no - before[b][-1].no <= REJOIN_LINES and (
                _ENDS_WITH_FIGURE_RE.search(before[b][-1].text) or _OPEN_FIGURES_RE.search(before[b][-1].text)):
            continue
        open_ = [k for k in range(n) if k != b and _open_at(before[k], no)]
        if len(open_) != 1 or open_[0] <= b:
            continue
        by = open_[0] - b
        if any(not before[k + by] or no - before[k + by][-1].no > REJOIN_LINES for k in on[:-1]):
            continue
        moved = [no, *_shift_run(pieces, nos, i, on, by)]
        _shift(pieces, no, on, by)
        i += len(moved) - 1
        issues.append(Issue(
            "warning", "entry_cell_in_doubt",
            f"lines of the entries table's description row ({n} entries, fewer cells on each) whose last cell goes on "
            f"with an expense line the cell of {heads[open_[0]][0]!r} leaves open on the lines above: their cells "
            f"given to the entries {by} to the right of where their place on the page put them (OCR read the "
            f"columns that had ended before them as none)",
            " / ".join(p.text for p in sorted((p for got in pieces for p in got if p.no in moved),
                                              key=lambda p: p.no)), moved[0], moved[-1], field="expenses"))
    return issues


def _shift_run(pieces: list[list[Line]], nos: list[int], i: int, on: list[int], by: int) -> list[int]:
    """The lines from nos[i] on that go with a line shifted right (_runs_shifted_right), shifted too: each of
    one piece under each entry of `on`, or of one piece under the first of them between two such lines."""
    got: list[int] = []
    while i < len(nos):
        here = _line_on(pieces, nos[i])
        if here == on:
            _shift(pieces, nos[i], on, by)
            got.append(nos[i])
            i += 1
            continue
        if here is not None and len(here) == 1 and here[0] in on and i + 1 < len(nos) \
                and _line_on(pieces, nos[i + 1]) == on:
            if here == on[:1]:  # (a cell placed elsewhere was placed by the reading order, not its page column)
                _shift(pieces, nos[i], on[:1], by)
            got.append(nos[i])
            i += 1
            continue
        break
    return got


# A disbursement cell that reads nothing spent ("0 บาท", "๐.๐๐ บาท"), and one that reads some amount spent (a digit
# other than a zero in it)
_NOTHING_SPENT_RE = regex.compile(r"\s*[0๐]+(?:[.,][0๐]+)?\s*(?:บาท|um|UM)?[\s.\-]*")
_SOME_DIGIT_RE = regex.compile(r"[1-9๑-๙]")


def _spending(cells: list[Line]) -> bool | None:
    """Whether an entry's disbursement cell reads an amount spent: False for nothing ("0 บาท"), True for a digit
    other than zero, None where it holds no figure (or is no cell)."""
    text = " ".join(p.text for p in cells)
    if _NOTHING_SPENT_RE.fullmatch(text):
        return False
    return True if _SOME_DIGIT_RE.search(text) else None


def _has_expense(cells: list[Line]) -> bool:
    """Whether an entry's description pieces hold an expense line (an item named in words and its amount)."""
    text = " ".join(p.text for p in cells)
    return bool(expenses_in(thai_digits_to_arabic(text), text, 0))


def _runs_shifted_to_spending(pieces: list[list[Line]], heads: list[tuple[str, int]],
                              spent: list[list[Line]]) -> list[Issue]:
    """The description row's last lines, after the later entries' cells
    ended, moved right to the entries they are, where they hold expense
    lines under an entry whose disbursement reads nothing spent.  Where the
    first entries' text ran longer than their neighbours', OCR keeps no
    empty column before a line's first cell, so the longer cells' last
    lines stand from the margin and position gives them to the first
    entries (s50o002: reports 3 and 4 of four printed on after reports 1
    and 2 ended, report 4's expense lines read under report 2).  An entry
    whose disbursement reads "0 บาท" printed no expense line, so such lines
    under it are another entry's: where the entry `b` holding them reads
    nothing spent, they stand in the run of lines after the last line
    holding a cell right of `b` (none before it), and exactly one entry
    `t` right of `b` reads an amount spent and holds no expense line of
    its own, every line of the run moves right by t - b entries (each cell
    under entry k to entry k + t - b; specks left where they are); refused
    where a cell of the run has no entry that far right.  Said
    (entry_cell_in_doubt, expenses): the placement is the disbursements'
    reading, not the layout's."""
    n = len(pieces)
    if len(spent) != n:
        return []
    reads = [_spending(cells) for cells in spent]
    holding = [k for k in range(n) if reads[k] is False and _has_expense(pieces[k])]
    if len(holding) != 1:
        return []
    b = holding[0]
    targets = [k for k in range(b + 1, n) if reads[k] is True and not _has_expense(pieces[k])]
    if len(targets) != 1:
        return []
    by = targets[0] - b
    # the run: the lines after the last one holding a cell right of b (specks aside)
    after = max((p.no for k in range(b + 1, n) for p in pieces[k] if not is_specks(p.text)), default=None)
    if after is None:
        return []
    run = [p for k in range(b + 1) for p in pieces[k] if p.no > after and not is_specks(p.text)]
    if not run or any(k + by >= n for k in range(b + 1) for p in pieces[k] if p in run):
        return []
    if _has_expense([p for p in pieces[b] if p.no <= after]) or not _has_expense([p for p in pieces[b] if p in run]):
        return []  # b's expense lines stand in the run, none before it
    moved = sorted(run, key=lambda p: p.no)
    for k in range(b, -1, -1):
        here = [p for p in pieces[k] if p.no > after and not is_specks(p.text)]
        for p in here:
            pieces[k].remove(p)
        pieces[k + by].extend(here)
        pieces[k + by].sort(key=lambda p: p.no)
    return [Issue(
        "warning", "entry_cell_in_doubt",
        f"lines of the entries table's description row ({n} entries, fewer cells on each) after the later entries' "
        f"cells ended hold expense lines under {heads[b][0]!r}, whose disbursement reads nothing spent: their cells "
        f"given to the entries {by} to the right of where their place on the page put them, so the expense lines go "
        f"to {heads[targets[0]][0]!r}, the one entry right of it that reads an amount spent (OCR read the columns "
        f"that had ended before them as none)",
        " / ".join(p.text for p in moved), moved[0].no, moved[-1].no, field="expenses")]


# Where an expense line's next piece starts inside a line: a token opening as _EXPENSE_GOES_ON_RE does
_TOKEN_START_RE = regex.compile(r"(?<=\s)\S")
# an expense line's item and figure ("ค่าตอบแทนวิทยากร = 7,100.00 บาท", "ค่าวัสดุ ๕,๐๐๐ บาท")
_EXPENSE_LINE_RE = regex.compile(rf"{_EXPENSE_ITEM_RE.pattern}.*?{_DIGITISH}")
# What the words glued before that piece may not hold: an expense line's words or signs of their own
_EXPENSE_WORDS_RE = regex.compile(rf"[=%]|บาท|{mark_tolerant('เป็นเงิน')}|(?<!\S)ๆ?\s*{mark_tolerant('ละ')}(?!\S)"
                                  rf"|{_EXPENSE_ITEM_RE.pattern}")


# An expense line's figures begun after its item: a word or sign that joins them, or a figure of two digits
_FIGURES_BEGUN_RE = regex.compile(
    rf"{mark_tolerant('จำนวน')}|[=xX×%]|บาท|(?<![\u0e01-\u0e2e\u0e30-\u0e4d]){mark_tolerant('ละ')}|{_DIGITISH}{{2}}")
# A cut there would part a line's unit from its figures: the join signs and "ๆ ละ", which follow the unit
_JOIN_SIGN_RE = regex.compile(rf"[=xX×%]|ๆ|{mark_tolerant('ละ')}")
# The glued words are a cell's words: a run of three Thai letters at least, no digit among them (not an amount
# OCR garbled into letters, "๒อ,อ๐๐.-")
_WORD_RUN_RE = regex.compile(r"[\u0e01-\u0e2e][\u0e30-\u0e4e]*[\u0e01-\u0e2e][\u0e30-\u0e4e]*[\u0e01-\u0e2e]")


def _open_at(pieces: list[Line], no: int) -> bool:
    """Whether an entry's pieces before line `no` (the last three) end inside
    an expense line, the last of them at most REJOIN_LINES above."""
    return bool(pieces) and no - pieces[-1].no <= REJOIN_LINES and _open_expense(" ".join(p.text for p in pieces))


def _glued_apart(pieces: list[list[Line]], heads: list[tuple[str, int]], before: dict[int, list[Line]],
                 k2: int, i: int, no: int) -> list[Issue]:
    """A line placed whole under one entry (fewer cells than entries) that
    holds two cells glued with one space, the gap between them lost: the
    left entry's wrapped words, then the next piece of the expense line the
    right entry's cell leaves open ("การศึกษาส่งผลงาน เป็นเงิน 16,650 บาท.-"
    under "... 111 เล่มๆ ละ 150 บาท.-", t s24t003; "รวบรวมเอกสารประกอบการ
    ๑๒๒๐๐ บาท" under "... ๑๕๐ บาท เป็นเงิน", x s25x005).  Parted where the
    first token opening as an expense line goes on (_EXPENSE_GOES_ON_RE)
    stands, when exactly one entry leaves one open, the line stands under it
    or under the entry just left of it, that left entry leaves none open,
    read a piece on the lines just above and none on this one besides, and
    the words before hold no expense line's words or signs, and the open
    line's figures have begun (a figure after its item: words after an
    item alone may be the item's own): the words go to the left entry, the
    rest to the open one.  Said (entry_cell_in_doubt)."""
    n = len(pieces)
    open_ = [k for k in range(n) if _open_at(before[k], no)]
    if len(open_) != 1 or open_[0] == 0 or k2 not in (open_[0], open_[0] - 1):
        return []
    k, left = open_[0], open_[0] - 1
    if not before[left] or no - before[left][-1].no > REJOIN_LINES:
        return []
    opened = " ".join(p.text for p in before[k])
    done = max((end for _, end, _ in expenses_in(opened, opened, 0)), default=0)
    items = [m.start() for m in _EXPENSE_ITEM_RE.finditer(opened, done)]
    if len(items) > 1:
        return []  # two items still open ("ค่าจ้าง ค่าอาหารฯ ="): cells already run together there
    if not _FIGURES_BEGUN_RE.search(opened[items[-1]:]):
        return []  # the open line's figures have not begun: words after its item may be the item's own ("ค่าอาหาร
        # ว่างและ" / "เครื่องดื่ม จำนวน 142 ...", "ค่าจ้างเหมา" / "จัดทำเอกสาร = ...", a speck "๐" between)
    piece = pieces[k2][i]
    cut = next((m.start() for m in _TOKEN_START_RE.finditer(piece.text)
                if _EXPENSE_GOES_ON_RE.match(piece.text, m.start())), None)
    if cut is None or _JOIN_SIGN_RE.match(piece.text, cut):
        return []  # (a join sign or "ละ" follows the line's unit: "ใบ x 35 บาท", "ชั่วโมง x" - no cell's end)
    words, rest = piece.text[:cut].strip(), piece.text[cut:].strip()
    if not words or _EXPENSE_WORDS_RE.search(words) or not _WORD_RUN_RE.search(words):
        return []
    del pieces[k2][i]
    pieces[left].append(Line(no, words, piece.kind))
    pieces[k].append(Line(no, rest, piece.kind))
    for got in (pieces[left], pieces[k]):
        got.sort(key=lambda p: p.no)
    return [Issue("warning", "entry_cell_in_doubt",
                  f"a line of the entries table's description row ({n} entries) holds two cells glued, the gap between "
                  f"them lost: {words!r} goes on with {heads[left][0]!r}, {rest!r} with the expense line the cell of "
                  f"{heads[k][0]!r} leaves open on the lines above", piece.text, no, no, field="expenses")]


class _EntryCols:
    """The page column each entry's cells start at in the table whose header
    row is line `i`, asked as its rows are read (`up_to(j)`: rows read up to
    line `j`): in each row line that holds a label and one cell per entry,
    its cells' columns, the middle one of them for each entry; where no such
    line is, the headers' own columns (a header row OCR read with no label
    cell counts its columns from the first header, which is all the
    differences between entries need).  The lines read since the last
    question are looked at, not every line from the header again (a
    description's every line asks: a table of many lines made it quadratic)."""

    def __init__(self, lines: list[Line], i: int, heads: list[tuple[str, int]]) -> None:
        self.lines, self.i, self.heads = lines, i, heads
        self.seen: list[list[int]] = [[] for _ in heads]
        self.read = i + 1  # lines[i + 1:self.read] are in `seen`

    def up_to(self, j: int) -> list[float]:
        """The entries' columns from the rows between the header and line `j`."""
        if j <= self.i + 1:  # no row between the header and line `j` (a line above the header asks: s117p002)
            return [float(col) for _, col in self.heads]
        if j < self.read:  # (the rows are read forward: never, but the answer stays the same)
            return _EntryCols(self.lines, self.i, self.heads).up_to(j)
        n, seen = len(self.heads), self.seen
        for ln in self.lines[self.read:j]:
            if len(ln.cols) == n + 1 and ln.text.count("\t") == n and _ROW_OPEN_RE.match(ln.text):
                for k in range(n):
                    seen[k].append(ln.cols[k + 1])
        self.read = j
        if not seen[0]:
            return [float(col) for _, col in self.heads]
        return [sorted(got)[len(got) // 2] for got in seen]


def _absolute(heads: list[tuple[str, int]], ref: list[float]) -> list[tuple[str, int]]:
    """The headers with the page columns the table's full rows print for their entries (`ref`: _EntryCols.up_to;
    a line opening with a label's wrapped words counts its columns from the margin, as those rows do; a
    header row OCR read with no label cell counts them from its first header): the headers' own where no
    row holds a label and one cell per entry."""
    return [(h, round(c)) for (h, _), c in zip(heads, ref)]


def _unindented_fits(cols: list[int], ref: list[float]) -> list[list[int]]:
    """The entries of a description line's cells, fewer than the entries,
    with no label's cell before them: OCR keeps no indent, so the first
    cell's page column is lost and only the gaps between the cells tell
    where they stand (a first cell opening with a label's wrapped words,
    "การดำเนินงาน ขั้นตอน...", stands at the margin: not read so).  Each entry the first cell may be (the next ones
    after it) shifts the others by that entry's column; where exactly one
    shift puts every other cell near an entry's column (a third of the
    narrowest gap between two entries' columns), in order: every such
    way (none for a line of one cell; more than one where the layout does
    not tell)."""
    n, m = len(ref), len(cols)
    if m < 2 or m >= n or any(b <= a for a, b in zip(ref, ref[1:])):
        return []
    tol = min(b - a for a, b in zip(ref, ref[1:])) / 3
    fits: list[list[int]] = []
    for first in range(n - m + 1):
        where = [first]
        for col in cols[1:]:
            at = ref[first] + col - cols[0]
            k = min(range(n), key=lambda h: abs(ref[h] - at))
            if abs(ref[k] - at) > tol or k <= where[-1]:
                break
            where.append(k)
        if len(where) == m:
            fits.append(where)
    return fits


_TRAILING_THAI_RE = regex.compile(r"[\u0e01-\u0e4e]+$")
_LEADING_THAI_RE = regex.compile(r"^[\u0e01-\u0e4e]+")
CUT_WORD_LEAST = 3  # letters a word cut across a wrap holds at least, both its parts counted


def _word_goes_on(before: str, cell: str) -> bool:
    """Whether a cell's first word finishes a word the text `before` it (an
    entry's cell on the lines above) left cut at its end: the dictionary's
    tokens of the two joined put a known word across the join, and its two
    parts are not both words of their own ("ชิงปฏิบัติกา" / "ร": ปฏิบัติการ;
    "การสัมมนาเ" / "ชิงปฏิบัติการ": เชิง), so the join is no compound of
    two whole words ("การ" / "ประชุม", which any two entries' words may
    make)."""
    a, b = _TRAILING_THAI_RE.search(before), _LEADING_THAI_RE.match(cell)
    if a is None or b is None:
        return False
    a, b = a.group(0), b.group(0)
    tokens = thai_words(a + b)
    if "".join(tokens) != a + b:
        return False
    at = 0
    for token in tokens:
        if at < len(a) < at + len(token):
            left, right = token[:len(a) - at], token[len(a) - at:]
            return len(token) >= CUT_WORD_LEAST and known_word(token) \
                and not (known_word(left) and known_word(right))
        at += len(token)
    return False


def _paren_goes_on(before: str, cell: str) -> bool:
    """Whether a cell closes a parenthesis the text `before` it left open
    ("(กิจกรรมที" / "3)"): a ")" before any "(" in the cell."""
    return before.count("(") > before.count(")") and ")" in cell and "(" not in cell.split(")", 1)[0]


def _carried_on(pieces: list[list[Line]], k: int, cell: str) -> bool:
    """Whether `cell` goes on with entry `k`'s cell as read so far: it
    finishes a word cut at its end or closes its open parenthesis."""
    if not pieces[k]:
        return False
    before = pieces[k][-1].text
    return _paren_goes_on(" ".join(p.text for p in pieces[k]), cell) or _word_goes_on(before, cell)


def _fit_by_words(pieces: list[list[Line]], cells: list[str], fits: list[list[int]]) -> list[int] | None:
    """Of the ways a description line's cells may stand (`fits`: the
    shifts its gaps allow, its indent lost: _unindented_fits), the one
    under which the most cells go on with the entry's text above them
    (_carried_on: a word cut across the wrap finished, a parenthesis
    closed), where exactly one has the most and some cell so goes on; else
    None (the words do not tell)."""
    if len(fits) < 2:
        return None
    scores = [sum(_carried_on(pieces, k, cell) for k, cell in zip(where, cells)) for where in fits]
    best = max(scores)
    return fits[scores.index(best)] if best and scores.count(best) == 1 else None


def _within_running(pieces: list[list[Line]], no: int, where: list[int]) -> bool:
    """Whether every entry of `where` holds a piece of the description row on the latest line above line `no`
    that holds any (the entries whose cells still ran there)."""
    latest = max((p.no for got in pieces for p in got if p.no < no), default=None)
    if latest is None:
        return False
    return all(any(p.no == latest for p in pieces[k]) for k in where)


def _entries_ended(pieces: list[list[Line]]) -> int:
    """How many of a description row's first entries have ended their
    cells: a table's cells stand at the top of their row and run on
    unbroken, so an entry that holds text on the lines above and none on a
    line (after the row's first) whose cells, two or more, stand under
    later entries alone has no text below it.  0 where no such line is
    placed so."""
    n = len(pieces)
    nos = sorted({p.no for got in pieces for p in got})
    ended = 0
    for no in nos[1:]:
        on = [k for k in range(n) if any(p.no == no for p in pieces[k])]
        if len(on) >= 2 and on[0] > ended and all(any(p.no < no for p in pieces[k]) for k in range(on[0])):
            ended = on[0]
    return ended


def _past_ended(where: list[int], ended: int, n: int) -> list[int] | None:
    """The entries of a description line's cells (fewer than the entries,
    placed at `where`) moved right past the `ended` first entries whose
    cells ended above (_entries_ended), keeping their order and gaps where
    the row has room, else side by side from the first entry still open;
    None where none stands under an ended entry or the cells do not fit
    after them."""
    if not ended or where[0] >= ended or ended + len(where) > n:
        return None
    by = ended - where[0]
    return [k + by for k in where] if where[-1] + by < n else list(range(ended, ended + len(where)))


WIDTH_SLACK = 2  # characters a column's cell may run past the widest of its cells seen on lines of one cell each


def _widths_seen(widths: list[list[int]], cells: list[str]) -> None:
    """Each entry's description cell of a line that holds one cell per entry, by its width."""
    for k, cell in enumerate(cells):
        if cell.strip():
            widths[k].append(text_width(cell.strip()))


def _caps(widths: list[list[int]]) -> list[int | None]:
    """Each column's width: the widest cell seen in it on the lines of one cell per entry, WIDTH_SLACK more
    (None for a column no such line measured)."""
    return [max(seen) + WIDTH_SLACK if seen else None for seen in widths]


def _width_fit(cells: list[str], where: list[int], widths: list[list[int]]) -> list[int]:
    """The entries of a description line's cells, fewer than the entries,
    told by the columns' widths: a column's cells are never wider than the
    column, and the widest cell seen in it on the lines that hold one cell
    per entry (each of them in its place) shows how wide it is.  Where the
    entries position gave (`where`) leave a cell wider than its column and
    exactly one order of entries holds every cell within its column's width
    (a long piece of a wide column read after a narrow one's, its indent
    and gaps lost), that order; else `where` (a column no line measured is
    as wide as any cell)."""
    n, m = len(widths), len(cells)
    if m >= n or len(where) != m:
        return where
    caps = _caps(widths)
    sizes = [text_width(c) for c in cells]

    def fits(order: tuple[int, ...] | list[int]) -> bool:
        return all(caps[k] is None or size <= caps[k] for size, k in zip(sizes, order))

    if fits(where):
        return where
    orders = [order for order in combinations(range(n), m) if fits(order)]
    return list(orders[0]) if len(orders) == 1 else where


SPLIT_CUTS = 3  # spaces a cell wider than every column is parted at, at most (four entries' cells run together)
SPLIT_WAYS = 2000  # ways of parting a line's wide cells looked at, at most


# Two neighbouring entries that print the same text side by side (a report's words repeated in the next one's),
# the gap between their cells read as one space: the cell is the same words twice ("ผลการดำเนินงานในเดือนนี้
# ผลการดำเนินงานในเดือนนี้", "อยู่ระหว่าง อยู่ระหว่าง"), each half an entry's, whatever the columns' widths say.
TWIN_LETTERS = 4  # Thai letters a half holds at least (a speck or a number repeated is no cell's text)


def _words_dealt(line: Line, values: list[str], n: int, first: bool = False) -> list[str] | None:
    """The words of a description row's line that OCR read with no gap
    wider than a space (one cell, no tab), when the table has three
    entries or more and the line holds one word for each: one word an
    entry, in order; else None.  A narrow table's cells wrap a word or
    two a line, so a line of exactly as many words as entries, none wider
    gap among them, is a word of each; a table of two would take any
    two-word line of one entry's text for two entries', so it is left to
    the rules that place cells.  The row's `first` line may hold fewer
    cells than entries, some gaps read wider (tabs): every entry's cell
    has words on its row's first line, so one word for each is a word of
    each there too, and the tabs part no word from its neighbour's.  That
    holds in a table of two as well: its first line of two words, in one
    cell, is a word of each ("ดำเนินการจัดสัมมนา ดำเนินการจัดกิจกรรมครบ",
    the gap read as a space; before, both went to the first entry and the
    second lost its opening words); its next lines are not dealt so (any
    line of two words may be one entry's, the other's cell ended).  A
    line holding an expense line's words or figures is left to the rules
    that place expense lines."""
    if n < (2 if first else 3) or not 0 < len(values) < n \
            or (len(values) > 1 or "\t" in line.text) and not first:
        return None
    words = [w for v in values for w in v.split()]
    text = " ".join(values)
    if len(words) != n or _EXPENSE_WORDS_RE.search(text) or any(ch.isdigit() for ch in text):
        return None
    return words


def _words_dealt_across(line: Line, cells: list[str], n: int, pieces: list[list[Line]]) -> list[str] | None:
    """The words of a description row's line (not its first) of two cells
    or more but fewer than its table's `n` entries (three or more), where
    they are one word for each entry and every entry's cell holds text above
    it with none ended (_entries_ended): one word an entry, in order.  The
    tabs OCR kept part no word from its neighbour's, and the gaps it read
    as spaces stand between entries as the tabs do: a narrow table's cells
    wrap a word or two a line, and a line where each entry goes on holds a
    word of each (_words_dealt reads a line of no tab so).  A first cell
    opening with the label's wrapped words, or a line holding an expense
    line's words or figures, is left to the other rules."""
    if n < 3 or not 1 < len(cells) < n or _LABEL_HEAD_RE.match(cells[0]):
        return None
    words = [w for c in cells for w in c.split()]
    text = " ".join(cells)
    if len(words) != n or _EXPENSE_WORDS_RE.search(text) or any(ch.isdigit() for ch in text):
        return None
    if not all(got and got[-1].no < line.no for got in pieces) or _entries_ended(pieces):
        return None
    return words


# An expense line whole to its figure ("ค่า... = ๕,๕๐๐"), then another figure (its unit after it at most)
_FIGURE = rf"{_DIGITISH}[\d๐-๙,.]*"
_TWO_EXPENSE_ENDS_RE = regex.compile(
    rf"^(ค[่้]?\s?า[^=\d๐-๙]*?\s?=\s*{_FIGURE})\s+({_FIGURE}(?:\s*(?:บาท|um|UM|unm|UNM)[.\-]*)?)\s*$")


def _two_expense_ends(pieces: list[list[Line]], line: Line, text: str) -> list[tuple[int, str]] | None:
    """A description line of one cell holding an expense line whole to its
    figure, then another figure (its unit after it at most): two entries'
    expense lines' ends, the gap between them read as a space.  The second
    figure is the one entry's whose cell so far ends at an expense line's
    "=" (left open above it); the expense opening the line is the one entry
    before that entry whose cell went on on the latest line read (the others
    before it ended higher up).  Where no entry or more than one fits
    either part: None (the line is left to the other rules)."""
    m = _TWO_EXPENSE_ENDS_RE.match(text)
    if m is None:
        return None
    open_ = [k for k, p in enumerate(pieces) if p and p[-1].no < line.no and p[-1].text.rstrip().endswith("=")]
    if len(open_) != 1 or open_[0] == 0:
        return None
    latest = max((p[-1].no for p in pieces if p and p[-1].no < line.no), default=None)
    going = [k for k in range(open_[0]) if pieces[k] and pieces[k][-1].no == latest]
    if len(going) != 1:
        return None
    return [(going[0], m.group(1)), (open_[0], m.group(2))]


# An expense line's opening cut at its "=" (its item, "ค่า..."), then other words with no figure after a space
_CUT_EXPENSE_THEN_WORDS_RE = regex.compile(r"^(ค[่้]?\s?า[^=\d๐-๙]*?\s?=)\s+([^=\d๐-๙]*\S)$")


def _expense_openings_apart(cells: list[str], n: int) -> list[str] | None:
    """A description line's cells, fewer than its table's `n` entries, one
    an entry once each cell that opens with an expense line cut at its "="
    (its figure a wrap put on the next line) and goes on with other words,
    no figure among them, is parted after the "=": a line's cell ends where
    its expense line is cut, so the words after it are the next entries',
    their gap read as a space.  Where the cells are still fewer, a line of
    one cell (no tab) whose words after the cut are one for each entry
    left gives each its word (_words_dealt's reading).  Else None.  A word
    after the "=" that names the amount's unit ("บาท") is the line's own,
    so such a cell is not parted."""
    out: list[str] = []
    rests: list[str] = []
    for cell in cells:
        m = _CUT_EXPENSE_THEN_WORDS_RE.match(cell)
        if m is not None and "บาท" not in m.group(2):
            out += [m.group(1), m.group(2)]
            rests.append(m.group(2))
        else:
            out.append(cell)
    if not rests or len(out) > n:
        return None
    if len(out) == n:
        return out
    if len(cells) == 1 and len(words := rests[0].split()) == n - 1 and n >= 3:
        return [out[0], *words]
    return None


def _twin_split(cells: list[str], n: int) -> tuple[list[str], list[int]] | None:
    """The cells and entries of a description line of fewer cells than
    entries whose cells, each one that is the same words twice parted
    in two (above), are one an entry: the entries in order; else None.  A
    doubled cell holding an expense line's words or figures is left to the
    rules that place expense lines."""
    flat: list[str] = []
    for cell in cells:
        words = cell.split(" ")
        half = len(words) // 2
        if len(words) % 2 == 0 and words[:half] == words[half:] \
                and len(_THAI_LETTERS_RE.findall(" ".join(words[:half]))) >= TWIN_LETTERS \
                and not _EXPENSE_WORDS_RE.search(cell) and not any(ch.isdigit() for ch in cell):
            flat += [" ".join(words[:half]), " ".join(words[half:])]
        else:
            flat.append(cell)
    if len(flat) != n or len(flat) == len(cells):
        return None
    return flat, list(range(n))


_THAI_LETTERS_RE = regex.compile(r"[\u0e01-\u0e2e]")


def _width_split(cells: list[str], widths: list[list[int]],
                 expenses: bool = False) -> tuple[list[str], list[int]] | None:
    """The cells and entries of a description line of fewer cells than
    entries, one of whose cells is wider than every column (so no order of
    entries fits it: _width_fit): neighbouring entries' cells side by side
    whose gap OCR read as one space ("การคัดเลือกและตัดสิน การเรียนรู้ดิจิทัล
    ตาม" for two columns about 18 wide).  Each such cell is parted at some of
    its spaces into cells of neighbouring entries; where exactly one way of
    parting them, the entries in order, holds every cell within its
    column's width (the widest cell seen in it on the lines of one cell per
    entry, WIDTH_SLACK more; every column measured), those cells and
    entries; else None (the cell stays whole where the position put it).
    A line holding an expense line's words or figures is left to the rules
    that place expense lines, unless `expenses` (_expense_width_split)."""
    n, m = len(widths), len(cells)
    if m >= n or any(not seen for seen in widths) \
            or (not expenses and any(_EXPENSE_WORDS_RE.search(c) for c in cells)):
        return None
    caps = _caps(widths)
    sizes = [text_width(c) for c in cells]
    wide = [i for i, size in enumerate(sizes) if size > max(caps)]
    if not wide:
        return None
    ways = _width_ways(cells, wide, n, caps)
    if ways is not None and not ways:
        # no way holds every piece within its column as the lines of one cell per entry measured it: those lines
        # are the column's narrowest measure (a column's widest line may stand where another entry's cell ended),
        # so the columns are read WIDE_SLACK wider, the wide cells still parted; one way only, or None
        ways = _width_ways(cells, wide, n, [cap + WIDE_SLACK - WIDTH_SLACK for cap in caps])
    return ways[0] if ways is not None and len(ways) == 1 else None


WIDE_SLACK = 4  # characters a column's cell may run past its widest measure when no parting fits within WIDTH_SLACK


def _width_ways(cells: list[str], wide: list[int], n: int, caps: list[int]
                ) -> list[tuple[list[str], list[int]]] | None:
    """The ways of parting `cells` (the `wide` ones at some of their spaces) into
    neighbouring entries' cells, each within its column's cap (_width_split);
    None where there are too many ways to look at."""
    m = len(cells)
    options: list[list[list[str]]] = []
    for i, cell in enumerate(cells):
        if i not in wide:
            options.append([[cell]])
            continue
        spaces = [at.start() for at in regex.finditer(" ", cell)]
        options.append([[cell[a:b].strip() for a, b in zip((0, *cuts), (*cuts, len(cell)))]
                        for k in range(1, min(n - m, SPLIT_CUTS) + 1) for cuts in combinations(spaces, k)])
    if prod(len(o) for o in options) > SPLIT_WAYS:
        return None  # (a line of many words run together: too many ways to tell)
    fits: list[tuple[list[str], list[int]]] = []
    for parts in product(*options):
        flat = [piece for part in parts for piece in part]
        if len(flat) > n or not all(flat):
            continue
        for order in combinations(range(n), len(flat)):
            k, ok = 0, True
            for part in parts:  # a parted cell's pieces stand in neighbouring columns
                if order[k + len(part) - 1] != order[k] + len(part) - 1:
                    ok = False
                k += len(part)
            if ok and all(text_width(piece) <= caps[e] for piece, e in zip(flat, order)) \
                    and (flat, list(order)) not in fits:
                fits.append((flat, list(order)))
    return fits


def _expense_width_split(line: Line, cells: list[str], widths: list[list[int]],
                         pieces: list[list[Line]]) -> tuple[list[str], list[int]] | None:
    """The cells and entries of a description line holding an expense
    line's words or figures whose gap between two neighbouring entries'
    cells OCR read as one space, parted by the columns' widths as
    _width_split parts any other line (exactly one way fits): an expense
    line's piece glued to the next column's words ("รถโดยสาร =
    โรคติดเชื้อไวรัสโค", s69z005: report 2's line, report 3's words), or an
    entry's last words glued to the next entry's expense line ("ดำเนินโครงการ
    ค่าอาหารว่างและ", s69o005: report 2's words, report 3's item, its
    figures on the lines below; "เอกสารประกอบการเบิก ละ 6,000 บาท เป็นเงิน
    ...", s69z008).  Before, the rules that place expense lines took such a
    line whole where position put it, and the expense line, cut apart, was
    lost (its pieces said as text no rule could read).  Taken only where
    every entry given a piece read a piece on the EXPENSE_SPLIT_LINES lines
    just above (its column still running): a line standing from the margin
    after the first columns ended (one entry's words, then its own next
    expense line's item: "เดียวกัน ค่าจ้างเหมาจัดทำ", t005) is wider than a
    column for that reason, not for a lost gap, and is left where it was;
    so is a line whose parting would give an expense line's own words and
    figures to two entries ("ค่าอาหารกลางวัน = | 4,150.00 บาท": one line
    of one entry, read whole where it stands).  A line parted is said (entry_cell_in_doubt, expenses: by the caller),
    as is every line of fewer cells than entries (_doubts)."""
    if not any(_EXPENSE_WORDS_RE.search(c) for c in cells):
        return None
    split = _width_split(cells, widths, expenses=True)
    if split is None:
        return None
    if any(not any(line.no - EXPENSE_SPLIT_LINES <= p.no < line.no for p in pieces[k]) for k in set(split[1])):
        return None
    flat, at = split[0], 0
    for cell in cells:  # (each cell's pieces, in order: a parted cell's pieces make it up)
        got, want = [], "".join(cell.split())
        while at < len(flat) and "".join("".join(got).split()) != want:
            got.append(flat[at])
            at += 1
        if sum(bool(_EXPENSE_WORDS_RE.search(g) or _AMOUNT_LIKE_RE.search(g)) for g in got) > 1:
            return None  # an expense line's own words and figures parted between entries: no gap OCR lost
    return split


# printed lines above a glued line that each entry given a piece of it read its last piece on (_expense_width_split)
EXPENSE_SPLIT_LINES = REJOIN_LINES
# an amount's figure: thousands parted by commas, or satang after a point ("4,150", "๑๒.๕๐")
_AMOUNT_LIKE_RE = regex.compile(r"[\d๐-๙]{1,3}(?:,[\d๐-๙]{3})+|[\d๐-๙]+\.[\d๐-๙]{2}(?![\d๐-๙])")


_DESC_LABEL_SK = skeleton("รายละเอียดการดำเนินงาน")


def _label_word_first(cell: str, label: str, described: bool) -> bool:
    """Whether a row's line of fewer cells than entries opens with a word
    its label's wrap may have left at the margin ("ดำเนินงาน", "การ":
    _LABEL_TAIL_RE), so its first cell's page column tells nothing of its
    entry.  Not in the description's row once its label is whole
    ("รายละเอียดการ" / "ดำเนินงาน" read on the lines above) where the first
    cell is those words alone: they are then an entry's text ("...กำหนด
    หัวข้อ" / "ดำเนินงาน", the last line of report 1's cell beside report
    3's, report 2's ended above), and the gaps between the line's cells
    place them as any other line's (_unindented_fits).  Before, such a
    line's cells were placed by the headers' columns, which the label's
    column shifts, and report 3's piece went to report 2.  A first cell
    with more words after them ("แผนการดำเนินงาน ไปแล้ว 2. ...") may be two
    entries' cells whose gap OCR read as a space, its start no measure of
    the gaps after it: left as before."""
    if not _LABEL_TAIL_RE.match(cell.split()[0]):
        return False
    return not (described and skeleton(label) == _DESC_LABEL_SK and _LABEL_TAIL_RE.match(cell))


def _label_rest(label: str, cell: str) -> str | None:
    """The text of a description line's first cell after the label's last
    words a wrap left before it (_LABEL_HEAD_RE), where the row's label and
    those words make the description's whole label ("รายละเอียด" and
    "การดำเนินงาน"): a cell's own words that read as the label's ("ดำเนินการ
    จัดสัมมนา") are no label's when the label is whole without them."""
    end = _label_head_end(label, cell)
    return None if end is None else cell[end:].strip() or None


def _label_head_end(label: str, cell: str) -> int | None:
    """Where the label's last words before a description line's first cell
    end (_label_rest): the fewest of the cell's first words that finish the
    label, for the cell's own words may read as the label's too
    ("การดำเนินงาน ดำเนินการ ดังนี้": the label ends after "การดำเนินงาน",
    "ดำเนินการ" is the entry's), or None."""
    m = _LABEL_HEAD_RE.match(cell)
    if m is None:
        return None
    for word in regex.finditer(r"\S+", m.group(0)):
        if skeleton(label + m.group(0)[:word.end()]) == _DESC_LABEL_SK:
            return word.end()
    return None


def _put(pieces: list[list[Line]], line: Line, cells: list[str], where: list[int]) -> list[tuple[int, Line]]:
    """Each of a line's non-empty cells given to its entry of `where` as a piece of the line; the pieces
    placed, as (entry, piece), for _replaced to give again."""
    placed = []
    for value, k in zip(cells, where):
        if value:
            pieces[k].append(Line(line.no, value))
            placed.append((k, pieces[k][-1]))
    return placed


def _replaced(pieces: list[list[Line]], placed: list[tuple[int, Line]], line: Line, cells: list[str],
              where: list[int]) -> None:
    """A line's pieces (`placed`: entry and piece) given again as `cells`, each to its entry of `where`, in
    the reading order of the entry's pieces (by line); nothing changed where a piece is no longer there as
    placed (a later rule took it up)."""
    at_of = [next((i for i, p in enumerate(pieces[k]) if p is piece), None) for k, piece in placed]
    if None in at_of:
        return
    for (k, _), at in sorted(zip(placed, at_of), key=lambda x: -x[1]):
        del pieces[k][at]
    for value, k in zip(cells, where):
        at = next((i for i, p in enumerate(pieces[k]) if p.no > line.no), len(pieces[k]))
        pieces[k].insert(at, Line(line.no, value))


def _nearest(cols: list[int], heads: list[tuple[str, int]]) -> list[int]:
    """Each cell's entry by the header whose page column is nearest its own, in order."""
    where: list[int] = []
    for col in cols:
        k = min(range(len(heads)), key=lambda h: abs(heads[h][1] - col))
        where.append(min(max(k, where[-1] + 1 if where else 0), len(heads) - 1))
    return where


def _doubts(line: Line, label: str, n: int, got: int, column: str | None = None) -> list[Issue]:
    """The issues of a line whose cells' entries are not clear: the row's
    column (told by the label and the line when not given), and the expenses
    when the line holds figures (a description's expense line may be
    another entry's)."""
    column = column or _field(label, [[line]])
    said = (f"a line of the entries table's {column} row holds {got} cell(s) for {n} entries; which entry each "
            "belongs to is not clear from the layout: placed by position")
    out = [Issue("warning", "entry_cell_in_doubt", said, line.text, line.no, line.no,
                 field=f"progress_reports.{column}")]
    if column == "description" and any(ch.isdigit() for ch in line.text):
        out.append(Issue("warning", "entry_cell_in_doubt", said + "; an expense it holds may be another entry's",
                         line.text, line.no, line.no, field="expenses"))
    return out


# -- the same table run on in a paragraph (a form printed on a few lines, or its OCR):
#
#     รายงานครั้งที่ 1 รายงานครั้งที่ 2 วันที่รายงาน 20/03/2568 09/04/2568 รายละเอียดการดำเนินงาน ...
#     ความก้าวหน้าของงานฯ 20.00 % 54.00 % งบประมาณที่เบิกใช้ 0.- บาท 0.- บาท ความสอดคล้องกับแผน
#     เป็นไปตามแผน ไม่เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย ไม่เป็นไปตามเป้าหมาย
#
# A run of headers with nothing between them, then the date row's label, opens such a table (one
# header: a table of one report); its rows follow by their labels in the form's order, each with one
# value per entry.  Dates, figures and flags are told apart by their own shape (a date's parts, "%",
# "บาท", the flag's words); the descriptions of two or more reports run on into one another with
# nothing to part them, so they go to no entry and are said (entry_cell_in_doubt), with any expense
# line among them.

_HEAD_WORDS = rf"(?:{mark_tolerant('รายงาน')}\s*)?{mark_tolerant('ครั้งที่')}"
_RUN_WORD_RE = regex.compile(mark_tolerant("รายงาน"))
_RUN_NUMBERED_RE = regex.compile(rf"{_DIGITISH}{{1,3}}$")
_RUN_HEAD_RE = regex.compile(rf"{_HEAD_WORDS}\s*(?:{_DIGITISH}{{1,3}}(?!\S)|\S{{1,2}}(?=\s))")
# a head whose words OCR read as Latin letters, its number after them ("ARN 1"), standing alone just before the
# other heads of a run-on table (a space at most between them: a line break parts other text)
_RUN_LATIN_HEAD_RE = regex.compile(rf"[A-Za-z]{{2,6}} ?({_DIGITISH}{{1,3}})")
# ... and one among the run's heads, its number any characters OCR writes for digits ("asian ol" for ครั้งที่ ๑๒)
_RUN_LATIN_WITHIN_RE = regex.compile(rf"[A-Za-z]{{2,6}} ?({DIGIT_CHAR}{{1,3}})(?!\S)")
_RUN_LATIN_BEFORE_RE = regex.compile(rf"(?<!\S)[A-Za-z]{{2,6}} ?{_DIGITISH}{{1,3}}\s+$")
# (the labels and flag phrases read letter-tolerantly, normalizers.text.ocr_tolerant: "ความค้าวหน้าของงานฯ", ก read
# as ค; before, one such label left its whole table unread)
_RUN_LABELS = (
    ("report_date", regex.compile(ocr_tolerant("วันที่รายงาน"))),
    # (the label's first word, and the rest of it whatever OCR made of it: "รายละเอียดการตดำเนินงาน"; or its
    # last word apart, on a line of its own maybe, specks of one or two characters between: "รายละเอียดการ" / "จ" /
    # "ดำเนินงาน")
    ("description", regex.compile(rf"{ocr_tolerant('รายละเอียด')}(?:{ocr_tolerant('การ')}(?:\s+\S{{1,2}})*\s+"
                                  rf"{ocr_tolerant('ดำเนินงาน')}(?!\S)|\S*)")),
    ("progress_pct", regex.compile(rf"{ocr_tolerant('ความก้าวหน้าของงาน')}\s*[ฯๆ]*")),
    ("disbursed", regex.compile(ocr_tolerant("งบประมาณที่เบิกใช้"))),
    ("on_plan", regex.compile(ocr_tolerant("ความสอดคล้องกับแผน"))),
    ("on_target", regex.compile(ocr_tolerant("ความสอดคล้องกับเป้าหมาย"))),
)
# A row's label OCR damaged past the letter-tolerant pattern: a letter doubled, dropped or read as one no look-alike
# accounts for ("งบประมาณทที่เบิกใช้"), read by its skeleton (normalizers.text.skeleton: no marks, no spaces; the
# label as _LABEL_OF spells it, its closing ฯ left out as _RUN_LABELS leaves it optional) with one edit at most
# (_damaged_run_label); only the rows whose labels are long (14 to 20 letters), so that one letter off reads no
# other word of the form: the progress, disbursement and flag rows.  Not the date's (9 letters) nor the
# description's (its own pattern already reads its words apart, whatever OCR made of the rest)
_FUZZY_LABEL_ROWS = ("progress_pct", "disbursed", "on_plan", "on_target")
_RUN_LABEL_FUZZY = {name: regex.compile(f"(?e)(?:{regex.escape(skeleton(_LABEL_OF[name]).rstrip('ฯ'))}){{e<=1}}")
                    for name in _FUZZY_LABEL_ROWS}
_BLANK_LINE_RE = regex.compile(r"\n[^\S\n]*\n")
_TRAILING_MARKS_RE = regex.compile(r"[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*")
_RUN_CANCEL_RE = regex.compile(mark_tolerant("ยกเลิก"))
# (a figure whose decimals OCR set a space apart from its point, "35. 00 %": one figure, the space taken out where
# the row is read; before, "00" alone was read and the figure was 0.0 with no issue: fresh set s85b,
# bma_progress_s85b010)
_RUN_PERCENT_RE = regex.compile(r"([\d๐-๙]{1,3}[.,] [\d๐-๙]{1,2}(?=\s*%)|\S+)\s*%")
_RUN_BAHT_RE = regex.compile(r"(\S+)\s*บาท")
# the same row where OCR read a บาท or more as Latin letters ("๒๐,๑๕๐.๐๐ UMN", "0.00 um"): a figure before one of the
# readings OCR makes of the word (_LATIN_BAHT), tried only where บาท alone does not give one amount an entry, and
# taken only where it keeps each amount บาท gave ("0.00 ปบาท", a letter glued to the word, is no figure's unit)
_LATIN_BAHT = r"UMN?|UNM?|um|unm|WIN|win"
_RUN_LATIN_BAHT_RE = regex.compile(rf"([฿B#]?[\d๐-๙][\d๐-๙,.]*(?:\s?\.\s?-)?)\s*(?:บาท|(?:{_LATIN_BAHT})(?![A-Za-z]))")
# (an amount printed with the baht sign before it and no unit after it, "฿46,550": amount_baht_sign; a pattern
# of its own, so that the one above keeps its cheap search for "บาท")
_RUN_SIGN_RE = regex.compile(r"(?<!\S)(฿\s?[\d๐-๙][\d๐-๙,.]*)(?!\S)")
_RUN_FLAG_RE = {
    "on_plan": regex.compile(rf"(?:{mark_tolerant('ไม่')}\s*)?{ocr_tolerant('เป็นไปตามแผน')}"),
    "on_target": regex.compile(rf"(?:{mark_tolerant('ไม่')}\s*)?{ocr_tolerant('เป็นไปตามเป้าหมาย')}"),
}


def _with_signed(found: list[regex.Match], signed) -> list[regex.Match]:
    """The amounts `found` ("... บาท") and the signed ones that stand apart
    from them ("฿0"), in the text's order."""
    spans = [(f.start(), f.end()) for f in found]
    extra = [m for m in signed if not any(a < m.end() and m.start() < b for a, b in spans)]
    return sorted([*found, *extra], key=lambda m: m.start())


def _run_numbers(titles: list[str], top: int | None, line: int, follows: bool = False
                 ) -> tuple[list[int | None], int | None, list[Issue]]:
    """The report numbers of a run-on table's heads (its columns, reports
    one after another) where OCR misread some: the number the heads give
    its first column (each readable number less its column's place), when
    more than half of them give it and two or more (transposed._block_start),
    or, no number holding such a majority, the one after the table before's
    last (`top`) when one head at least gives it ("ครั้งที่ ๕ ครั้งที่ ๑
    ครั้งที่ ข ครั้งที่ ๕" after a table of reports 1-4: ๖, ๗, ๘ misread).
    Where the table `follows` the one before with no other table between
    (read as a table: its own numbers known), it goes on from that one's
    last also when its heads read no number past it: when each readable
    number is a reading OCR makes of its place's (_run_on_start: "ครั้งที่
    ๕" after a table of reports 7-8, ๙ misread), or when none of its heads
    reads a number at all ("ครั้งที่ ญ่ ครั้งที่ ณี" after a table of
    reports 5-6).  For each head, the number to read where it prints another or none
    (None: as printed), the number the table's last column is given, and a
    value_repaired for each head renumbered."""
    reads = [int(thai_digits_to_arabic(m.group(1))) if (m := _HEAD_NUMBER_RE.search(title)) is not None else None
             for title in titles]  # (each head's number as printed, once)
    start = _block_start([(title, 0) for title in titles])
    votes = {read - c for c, read in enumerate(reads) if read is not None}
    how = "the other headers of its table number its columns from {start}"
    if start is None and top is not None and top + 1 in votes and len(titles) >= 2:
        start, how = top + 1, "its table's columns go on from the table before's last, report {top}, as a header of it says"
    if start is None and top is not None and follows:
        if (on := _run_on_start([(title, 0) for title in titles], top)) is not None:
            start, how = on, ("its table's columns go on from the table before's last, report {top}, each number its "
                              "headers print a reading OCR makes of its place's")
        elif all(read is None for read in reads):
            start, how = top + 1, ("no header of its table has a readable number; its columns go on from the table "
                                   "before's last, report {top}, that table just before it")
    if start is None:
        last = [read for read in reads if read is not None]
        return [None] * len(titles), (last[-1] if last else None), []
    numbers: list[int | None] = []
    issues: list[Issue] = []
    for c, (title, read) in enumerate(zip(titles, reads)):
        if read == start + c:
            numbers.append(None)
            continue
        numbers.append(start + c)
        printed = title.strip()
        evidence = {"rule": "report_sequence", "printed": printed, "read": read, "chosen": start + c}
        issues.append(Issue("warning", "value_repaired",
                            f"a report header of a table run on in a paragraph, printed {printed!r}, "
                            f"{'reads ' + str(read) if read is not None else 'has no readable number'}; "
                            f"{how.format(start=start, top=top)}: it is read as {start + c}",
                            json.dumps(evidence, ensure_ascii=False), line, line, field="progress_reports.seq"))
    return numbers, start + len(titles) - 1, issues


def _damaged_run_label(src: str, at: int, limit: int, name: str) -> tuple[int, int] | None:
    """Where the label of row `name` stands in src[at:limit] when OCR
    damaged it past its pattern in _RUN_LABELS: the first stretch whose
    skeleton is the label's with one letter changed, added or dropped
    ("งบประมาณทที่เบิกใช้", ท doubled), inside one paragraph (a blank line
    parts the labels of a labels' column, another layout: "งบประมาณทีเบิก" /
    "" / "ใช้" is not read so), with the marks after its last letter; (its
    start, its end) or None."""
    rx = _RUN_LABEL_FUZZY.get(name)
    if rx is None:
        return None
    cuts = [at, *(m.end() for m in _BLANK_LINE_RE.finditer(src, at, limit)), limit]
    for a, b in zip(cuts, cuts[1:]):
        sk, where = skeleton_at(src[a:b])
        m = rx.search(sk)
        if m is not None and m.end() > m.start():
            end = a + where[m.end() - 1] + 1
            return a + where[m.start()], _TRAILING_MARKS_RE.match(src, end).end()
    return None


LOST_LABEL_WORDS = 3  # words at most that a label OCR damaged past reading is read as (_lost_amounts_label)


def _lost_amounts_label(src: str, a: int, b: int, n: int) -> tuple[int, int] | None:
    """Where the disbursement row's label stands in src[a:b] (the progress
    row's values up to the plan row's label) when OCR damaged it past any
    reading ("73 78 าบประบารกกไข้ 3,000.00 บาท 0.00 บาท"): the progress row's
    `n` values first (as many "%" figures, or `n` bare figures), then one
    to LOST_LABEL_WORDS words with no digit (the label's remains), then the
    `n` amounts of the row, each with its บาท, and nothing else: each row
    read by its own values' shape, the label by its place between them.
    (its start, its end) or None."""
    tokens = list(regex.finditer(r"\S+", src, pos=a, endpos=b))
    k = next((i for i, t in enumerate(tokens) if not any(ch.isdigit() for ch in t.group())), None)
    if k is None or k == 0:
        return None
    figures = src[a: tokens[k].start()]
    if len(_RUN_PERCENT_RE.findall(figures)) != n and _run_bare_figures(figures, n) is None:
        return None
    e = k
    while e < len(tokens) and e - k < LOST_LABEL_WORDS and not any(ch.isdigit() for ch in tokens[e].group()) \
            and "บาท" not in tokens[e].group():
        e += 1
    if e >= len(tokens) or not any(ch.isdigit() for ch in tokens[e].group()):
        return None
    amounts = list(_RUN_BAHT_RE.finditer(src, tokens[e].start(), b))
    if len(amounts) != n or amounts[0].start() != tokens[e].start() or src[amounts[-1].end(): b].strip():
        return None
    return tokens[k].start(), tokens[e - 1].end()


def _run_heads(src: str, pos: int) -> tuple[list[regex.Match], int, bool]:
    """Headers from `pos` with only spaces between them: the headers, where
    the text after them starts, and whether the date row's label opens it."""
    heads: list[regex.Match] = []
    at = pos
    while (m := _RUN_HEAD_RE.match(src, at) or _latin_head_within(src, at, heads)) is not None:
        heads.append(m)
        at = m.end()
        while at < len(src) and src[at].isspace():
            at += 1
    return heads, at, bool(heads) and _RUN_LABELS[0][1].match(src, at) is not None


def _latin_head_within(src: str, at: int, heads: list[regex.Match]) -> regex.Match | None:
    """A head after the run's first whose words OCR read as Latin letters, its number after them ("ครั้งที 2 ASIN 3
    ครั้งที่ 4 วันที่รายงาน"; "asian ol" for ครั้งที่ ๑๒, its number any characters OCR writes for digits): taken where
    another head or the date row's label follows it (white space between, as between the run's heads), its number
    read by the run's numbering (_run_numbers); None otherwise."""
    if not heads or (m := _RUN_LATIN_WITHIN_RE.match(src, at)) is None:
        return None
    after = m.end()
    while after < len(src) and src[after].isspace():
        after += 1
    return m if _RUN_HEAD_RE.match(src, after) or _RUN_LABELS[0][1].match(src, after) else None


# A date's parts as OCR leaves them in a row of dates: each character a digit or one OCR writes for a Thai digit
# (normalizers.confusions.LOOKALIKES: "อ" for ๖, "ฒ" for ๗, "o" for ๐), the date parser reads them so: a whole
# token (20/03/2568, 2025-03-20; a speck glued before it, "ว20/05/2563"), a day, a year of two or four (a
# digit lost or split: three or five, then opening as a BE year does: "๒๕๒", "๒๕๒๐๒")
_DATE_CHAR = DIGIT_CHAR
_LEAD_SPECK = r"[^\s\d๐-๙/.\-]{0,3}"
_RUN_DATE_TOKEN_RE = regex.compile(rf"(?=(?:\D*\d){{3}}){_LEAD_SPECK}{_DATE_CHAR}+(?:[/.\-]{_DATE_CHAR}+){{2}}")
_RUN_DAY_RE = regex.compile(rf"(?=\S*\d)[^\s\d๐-๙]?{_DATE_CHAR}{{1,2}}")
_RUN_YEAR_RE = regex.compile(rf"{_DATE_CHAR}{{2}}|{_DATE_CHAR}{{4}}|[2๒]{_DATE_CHAR}{{2}}|[2๒]{_DATE_CHAR}{{4}}")
_SPECK_TOKEN_RE = regex.compile(r"[.,'`\-_:;|=]+")  # a token of punctuation alone: a speck OCR read beside a part ("=": a rule)
# a date row's cell of punctuation alone, no dash (a dash may hold a dateless entry's place): a speck
_SPECK_CELL_RE = regex.compile(r"[.,'`_:;|]+")
# a date whose separator OCR read with a space after it ("2021-2- 11"): the token before the space
_OPEN_DATE_RE = regex.compile(rf"{_DATE_CHAR}+[/\-]{_DATE_CHAR}+[/\-]")
# the same with the space after its first separator ("2022- 1-25"): its first part, then the two after it
_OPEN_FIRST_RE = regex.compile(rf"{_DATE_CHAR}+[/\-]")
_LAST_TWO_RE = regex.compile(rf"{_DATE_CHAR}+[/\-]{_DATE_CHAR}+")
_PART_RE = regex.compile(rf"{_DATE_CHAR}+")
# a day OCR glued to its month's name ("ๆ๒ธันวาคม"): the day's characters, then the name
_GLUED_DAY_RE = regex.compile(rf"([^\s\d๐-๙]?{_DATE_CHAR}{{1,2}}?)([\u0e01-\u0e2e\u0e40-\u0e44][\u0e01-\u0e4e.]{{2,11}})")


def _date_tokens(text: str) -> list[str]:
    """A row of dates' text as its dates' parts: split at spaces, specks
    (punctuation alone) dropped, a date token whose separator a space
    followed joined to the part or parts after it ("2021-2- 11", "2022-
    1-25"), a day glued to its month's name (one the date parser reads)
    split from it."""
    out: list[str] = []
    for token in text.split():
        if _SPECK_TOKEN_RE.fullmatch(token):
            continue
        if out and (_OPEN_DATE_RE.fullmatch(out[-1]) and _PART_RE.fullmatch(token)
                    or _OPEN_FIRST_RE.fullmatch(out[-1]) and _LAST_TWO_RE.fullmatch(token)):
            out[-1] += f" {token}"  # one date, its space kept (the date parser reads it; the text holds it so)
            continue
        glued = _GLUED_DAY_RE.fullmatch(token)
        if glued is not None and regex.search(r"\d", glued.group(1)) and is_month(glued.group(2)):
            out += [glued.group(1), glued.group(2)]
            continue
        out.append(token)
    return out


# The same shapes before OCR's damage to them was read (digits and the commonest look-alikes only, no speck
# glued before a date): what a row with no label must show to be taken for a table's dates
_PLAIN_DATE_TOKEN_RE = regex.compile(rf"{_DIGITISH}+(?:[/.\-]{_DIGITISH}+){{2}}")
_PLAIN_DAY_RE = regex.compile(rf"{_DIGITISH}{{1,2}}")
_PLAIN_YEAR_RE = regex.compile(rf"{_DIGITISH}{{2}}|{_DIGITISH}{{4}}")


def _plain_date(text: str) -> bool:
    """A date (as _dates_by_shape gives it) of the plain shapes: one token, or
    a day and a word (and a year)."""
    tokens = text.split()
    if len(tokens) == 1:
        return bool(_PLAIN_DATE_TOKEN_RE.fullmatch(tokens[0]))
    return len(tokens) in (2, 3) and bool(_PLAIN_DAY_RE.fullmatch(tokens[0])) \
        and (len(tokens) == 2 or bool(_PLAIN_YEAR_RE.fullmatch(tokens[2])))


def _whole_date(token: str) -> bool:
    """A token of a whole date (20/03/2568), a space after a separator too ("2021-2- 11")."""
    return bool(_RUN_DATE_TOKEN_RE.fullmatch(token.replace(" ", "")))


def _run_dates(cell: str, n: int) -> list[str] | None:
    """The date row's `n` values: one token each (20/03/2568), or three
    (19 ธันวาคม 2560), the two shapes mixed in one row ("27 ธันวาคม 2560
    9/1/61") told apart by each token's shape; None when the tokens do not
    part into `n` dates that way.  A token of punctuation alone is an OCR
    speck between a date's parts ("24 . สิงหาคม 2563"), no part of one."""
    tokens = _date_tokens(cell)
    if len(tokens) == n:
        return tokens
    if len(tokens) == 3 * n:
        return [" ".join(tokens[3 * k: 3 * k + 3]) for k in range(n)]
    out = _dates_by_shape(tokens)
    if out is None:
        # a day OCR garbled past a day's shape before its month's name and year ("» มีนาคม ๒๕๖๑", ๖ read as »):
        # read so only where the row parts no other way, and only into `n` dates (the date's text kept, its
        # day said unreadable where the date is read)
        out = _dates_by_shape(tokens, garbled=True)
    return out if out is not None and len(out) == n else None


# A run-on table's date row that parts no other way (_run_dates), read by its anchors (_dates_by_anchors): a whole
# date's token (its slash kept, its parts maybe damaged: "๒๕/6๓", "่อ/๑๒/๒๕๒๕"), a month's name (Thai, or its
# abbreviation in Latin look-alikes); and the short parts about them (a day, a year: digits, their look-alikes, or
# two or three Latin letters OCR made of two digits, "DD", "we")
_ANCHOR_WHOLE_RE = regex.compile(rf"{_LEAD_SPECK}{_DATE_CHAR}+(?:[/|!]{_DATE_CHAR}*)*/(?:{_DATE_CHAR}|[/|!])*")
_DATE_CHARS_RE = regex.compile(_DATE_CHAR)
_WHOLE_YEAR_RE = regex.compile(r"(?<![\d๐-๙])[\d๐-๙]{4}(?![\d๐-๙])")
_ANCHOR_PART_RE = regex.compile(rf"[^\s\u0e01-\u0e2e]?{_DATE_CHAR}{{1,6}}|[A-Za-z]{{2,3}}")


def _dates_by_anchors(cell: str, n: int) -> list[str] | None:
    """The run-on table's date row `cell` parted into its `n` dates by
    their anchors, left to right (the form dates its reports in order):
    each whole date's token a date; each month's name a date, with the
    short part before it (its day) and the one after it (its year) where
    the row's shape singles them out; a token with one separator (four
    date characters at least) is a whole date's only where another token
    of the row prints two.  None where any token is of none of
    these shapes, a part stands where no anchor can take it, a lone part
    between two months' names could be the one's year or the other's day
    (two characters: undecided), the count is not `n`, or two dates that
    read fall out of order: then the row stays unparted, said as before."""
    tokens = [t for t in cell.split() if not _SPECK_TOKEN_RE.fullmatch(t)]
    seps = [t.count("/") + t.count("|") + t.count("!") for t in tokens]  # each token's separators
    kinds = []
    lone_slash = False  # a whole date's token with one separator: only where another prints two (below)
    for t, sep in zip(tokens, seps):
        if _ANCHOR_WHOLE_RE.fullmatch(t) and (sep >= 2 or len(_DATE_CHARS_RE.findall(t)) >= 4):
            lone_slash = lone_slash or sep < 2
            kinds.append("W")
        elif is_month(t) or latin_month_readings(t):
            kinds.append("M")
        elif _ANCHOR_PART_RE.fullmatch(t):
            kinds.append("X")
        else:
            return None
    anchors = [k for k, kind in enumerate(kinds) if kind != "X"]
    if not anchors or lone_slash and not any(
            kind == "W" and sep >= 2 for sep, kind in zip(seps, kinds)):
        return None  # (a token of one separator is a whole date's only where the row prints its dates so: "9/1"
        # alone is a date cut short, no date's shape; "๒๕/6๓" after "10/๕/๒3" is one that lost a separator)
    spans = {k: [k, k] for k in anchors}  # each anchor's date: its first and last token
    bounds = [-1, *anchors, len(tokens)]
    for a, b in zip(bounds, bounds[1:]):
        parts = b - a - 1
        if parts == 0:
            continue
        before = kinds[a] if a >= 0 else None  # the anchor before the parts, and after them
        after = kinds[b] if b < len(tokens) else None
        if parts == 2 and before == "M" and after == "M":
            spans[a][1], spans[b][0] = a + 1, b - 1  # the one's year, the other's day
        elif parts == 1 and after == "M" and (before != "M" or len(tokens[a + 1]) == 1):
            spans[b][0] = b - 1  # the month's day (one character: no year's)
        elif parts == 1 and before == "M" and (after != "M" or len(tokens[a + 1]) >= 3):
            spans[a][1] = a + 1  # the month's year (three characters or more: no day's)
        else:
            return None
    dates = [" ".join(tokens[spans[k][0]: spans[k][1] + 1]) for k in anchors]
    if len(dates) != n or any(kinds[k] == "M" and spans[k] == [k, k] for k in anchors):
        return None
    read = []
    for d in dates:  # (the order weighed among the dates whose year is printed whole: a two-digit year OCR misread
        if not _WHOLE_YEAR_RE.search(d):  # reads decades off, "๒3" for ๖๓)
            continue
        try:
            read.append(parse_date(d))
        except ValueParseError:
            continue
    if any(x > y for x, y in zip(read, read[1:])):
        return None
    return dates


def _anchored_said(dates: list[str], heads: list[regex.Match], line: int) -> Issue:
    """The label_inferred issue of a date row parted by _dates_by_anchors: each report given its date as printed."""
    pairs = ", ".join(f"{h.group(0).split()[-1]}: {d!r}" for h, d in zip(heads, dates))
    return Issue("warning", "label_inferred",
                 f"a table of {len(dates)} reports run on in a paragraph: its date row parts no other way; read by its "
                 f"dates' anchors (whole dates, months' names with the day and year about them), it holds one date "
                 f"per report, in order, and each report is given its date left to right ({pairs})",
                 " ".join(dates), line, line, field="progress_reports.report_date")


# A date printed year first whose two separators OCR read as spaces ("2022 3 5" for 2022-3-5): its year's four
# characters, then its month and its day, one or two each; and a whole date printed year first ("2022-2-3")
_SPACED_YEAR_RE = regex.compile(rf"{_DATE_CHAR}{{4}}")
_SPACED_PART_RE = regex.compile(rf"{_DATE_CHAR}{{1,2}}")
_YEAR_FIRST_RE = regex.compile(rf"{_DATE_CHAR}{{4}}\s?[/\-]")


def _year_first_spaced(cell: str, n: int) -> tuple[list[str], list[tuple[str, str]]] | None:
    """The date row's `n` dates where the row prints its dates year first
    (a whole token of that shape in it: "2022-2-3") and OCR read both
    separators of some as spaces ("2022-2-3 2022 3 5 2022-4-30"): each such
    date's year, month and day as three tokens, its separators put back
    ("2022-3-5"); with them, each mended date's (printed, read) text.  A
    year first leaves no other reading of a four-character token followed by
    two short ones in such a row (a day and a month's word need a word).
    None when the row does not part into `n` dates that way, or no date
    needed it (_run_dates reads those)."""
    tokens = _date_tokens(cell)
    if not any(_whole_date(t) and _YEAR_FIRST_RE.match(t) for t in tokens):
        return None
    out: list[str] = []
    mended: list[tuple[str, str]] = []
    i = 0
    while i < len(tokens):
        if _whole_date(tokens[i]):
            out.append(tokens[i])
            i += 1
        elif i + 2 < len(tokens) and _SPACED_YEAR_RE.fullmatch(tokens[i]) \
                and all(_SPACED_PART_RE.fullmatch(t) for t in tokens[i + 1: i + 3]):
            out.append("-".join(tokens[i: i + 3]))
            mended.append((" ".join(tokens[i: i + 3]), out[-1]))
            i += 3
        else:
            return None
    return (out, mended) if mended and len(out) == n else None


# A whole date's characters with a separator OCR damaged ("09/08|2562", "๑๒/๐๕๒๕๖๕"): as long as a whole date,
# four digits or more, no word in it (two Thai letters running)
# (its look-aheads bounded to a token's length: no scan to a long line's end from every position)
_DAMAGED_WHOLE_RE = regex.compile(r"(?=(?:\D{0,10}\d){4})(?!\S{0,10}[\u0e01-\u0e2e\u0e40-\u0e44]{2})\S{6,12}")


def _whole_dates_apart(values: list[str], n: int) -> list[str] | None:
    """The date row's `n` dates where its cells (fewer than `n`) hold as
    many tokens as entries, each a whole date (20/03/2568) or a whole
    date's characters a separator of which OCR damaged (_DAMAGED_WHOLE_RE),
    at least one of them whole: one token each, in order; None otherwise
    (a day, a month's word or a year alone is no whole date: those rows
    part by their parts' shapes, _date_parts_apart)."""
    tokens = _date_tokens(" ".join(values))
    if len(tokens) != n or not any(_whole_date(t) for t in tokens) \
            or not all(_whole_date(t) or _DAMAGED_WHOLE_RE.fullmatch(t) for t in tokens):
        return None
    return tokens


def _dates_by_shape(tokens: list[str], last: bool = False, garbled: bool = False) -> list[str] | None:
    """The dates `tokens` part into by each token's shape (one token
    20/03/2568, or a day, a word and a year), however many; None when some
    token is of neither shape.  With `last`, the last date may be a day and
    a word alone, its year wrapped to the next line ("27 สิงหาคม" / "62");
    with `garbled`, a day may be one OCR garbled past a day's shape before
    a month's name the date parser reads, a year after it (_garbled_day)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if _whole_date(tokens[i]):
            out.append(tokens[i])
            i += 1
        elif (i + 2 < len(tokens) and (_RUN_DAY_RE.fullmatch(tokens[i]) or garbled and _garbled_day(tokens, i))
              and not any(ch.isdigit() for ch in tokens[i + 1]) and _RUN_YEAR_RE.fullmatch(tokens[i + 2])):
            out.append(" ".join(tokens[i: i + 3]))
            i += 3
        elif last and i + 2 == len(tokens) and _RUN_DAY_RE.fullmatch(tokens[i]) \
                and not any(ch.isdigit() for ch in tokens[i + 1]):
            out.append(" ".join(tokens[i:]))
            i += 2
        else:
            return None
    return out


# A date's parts as a row's cells hold them when a wrap cut its dates (parsers read them whole once rejoined):
# a day (one or two digits), a month's word (no digit: "มกราคม", "ส.ค."), a year (two or four digits)
_NO_DIGIT_RE = regex.compile(rf"(?:(?!{_DIGITISH})\S)+")


def _month_word(token: str, latin: bool = False) -> bool:
    """A month's word as OCR read it: no digit, a Thai letter ("มกราคม", "ส.ค.", "ก้นยายน"); with `latin`,
    also an abbreviation OCR wrote in Latin look-alikes ("A.W.", "NA.": latin_month_readings)."""
    return bool(_NO_DIGIT_RE.fullmatch(token)) and bool(_THAI_LETTER_RE.search(token)) \
        or latin and bool(latin_month_readings(token))


def _garbled_day(tokens: list[str], i: int, ends: set[int] | frozenset[int] = frozenset()) -> bool:
    """Whether tokens[i] is a date's day OCR garbled past a day's shape (a digit it cannot write read as
    letters or marks: "wo สิงหาคม", "บ กันยายน", "lod พ.ย."): three characters at most, no day, no whole date,
    and a month's name the date parser reads (or its abbreviation in Latin look-alikes) after it in its cell."""
    token = tokens[i]
    return len(token) <= 3 and not _RUN_DAY_RE.fullmatch(token) and not _whole_date(token) \
        and i + 1 < len(tokens) and i + 1 not in ends \
        and (is_month(tokens[i + 1]) or bool(latin_month_readings(tokens[i + 1])))


DATE_PARTS_TOKENS = 24  # tokens a date row's first line may hold for its readings to be counted


def _date_parts_apart(values: list[str], n: int) -> tuple[list[str], bool] | None:
    """The date row's cells (`values`, fewer than `n`) parted into `n`
    dates whose parts may be cut short (a wrap carried a month or a year
    under the row): each date a whole token (20/03/2568) or a day, then its
    month word, then its year, as many of them as the row holds, each cell
    one or more of them.  A two-digit figure after a month may be its year
    or the next date's day: the readings are counted, and the one that
    gives `n` dates is taken when it is the only one that does; with it,
    whether another reading gives another count (a doubt to be said).
    None when no reading, or more than one, gives `n` dates.  A day OCR
    garbled past a day's shape before a month's name (_garbled_day), and a
    month's abbreviation in Latin look-alikes, are read so only where the
    row parts no other way, and then only into `n` dates alone (no other
    count: the row's cells may not be one per entry)."""
    if (plain := _date_parts_read(values, n, False)) is not None:
        return plain
    garbled = _date_parts_read(values, n, True)
    return garbled if garbled is not None and not garbled[1] else None


def _date_parts_read(values: list[str], n: int, garbled: bool) -> tuple[list[str], bool] | None:
    """_date_parts_apart's readings, with or without garbled days and months in Latin look-alikes."""
    cells = [_date_tokens(v) for v in values]
    if not all(cells) or sum(map(len, cells)) > DATE_PARTS_TOKENS:
        return None
    tokens = [t for c in cells for t in c]
    ends = set(accumulate(len(c) for c in cells))  # where a cell ends: no date runs past it
    # (readings counted from the end back, by how many dates they give: a reading per count, and whether
    # there are two or more of that count; each position looked at once)
    after: list[dict[int, tuple[int, list[str]]]] = [{} for _ in range(len(tokens) + 1)]
    after[len(tokens)][0] = (1, [])
    for i in range(len(tokens) - 1, -1, -1):
        spans = []
        if _whole_date(tokens[i]):
            spans.append(1)
        elif (day := bool(_RUN_DAY_RE.fullmatch(tokens[i]))) or garbled and _garbled_day(tokens, i, ends):
            if day:
                spans.append(1)  # a day alone, its month and year wrapped under it
            # (a garbled day only before its month: its date's text kept, the day said unreadable there)
            if i + 1 not in ends and i + 1 < len(tokens) and _month_word(tokens[i + 1], latin=garbled):
                spans.append(2)  # a day and a month, its year wrapped
                if i + 2 not in ends and i + 2 < len(tokens) and _RUN_YEAR_RE.fullmatch(tokens[i + 2]):
                    spans.append(3)
        for span in spans:
            for count, (ways, rest) in after[i + span].items():
                had = after[i].get(count + 1)
                after[i][count + 1] = (min(2, ways + (had[0] if had else 0)), [" ".join(tokens[i: i + span]), *rest])
    fit = after[0].get(n)
    if fit is None or fit[0] != 1:
        return None
    return fit[1], len(after[0]) > 1


def _date_parts_missing(text: str) -> list[str] | None:
    """The parts a date cell's text (`text`) lacks, in order ("day", "month",
    "year"): [] when whole, None when it is no date's first parts."""
    tokens = _date_tokens(text)
    if len(tokens) == 1 and _whole_date(tokens[0]):
        return []
    if not tokens or len(tokens) > 3 or not (_RUN_DAY_RE.fullmatch(tokens[0]) or _garbled_day(tokens, 0)):
        return None
    if len(tokens) > 1 and not _month_word(tokens[1], latin=True):
        return None
    if len(tokens) > 2 and not _RUN_YEAR_RE.fullmatch(tokens[2]):
        return None
    return ["month", "year"][len(tokens) - 1:]


def _date_part_fits(token: str, part: str) -> bool:
    return _month_word(token, latin=True) if part == "month" else bool(_RUN_YEAR_RE.fullmatch(token))


def _date_parts_filled(pieces: list[list[Line]], cells: list[str]) -> list[tuple[int, str]] | None:
    """The entries a line under the date row finishes, and what it gives
    each: its cells in order, one to each date cut short, each cell the
    next part or parts that date lacks (a month, a year, or both); else its
    tokens, one part each, when the line's gaps too were lost.  None when
    some entry's cell is no date's first parts or the line does not fit so."""
    wanting: list[tuple[int, list[str]]] = []
    for k, got in enumerate(pieces):
        missing = _date_parts_missing(" ".join(p.text for p in got)) if got else None
        if missing is None:
            return None
        if missing:
            wanting.append((k, missing))
    if not wanting:
        return None
    split = [c.split() for c in cells]
    if len(split) == len(wanting) and all(
            0 < len(ts) <= len(missing) and all(_date_part_fits(t, m) for t, m in zip(ts, missing))
            for ts, (_, missing) in zip(split, wanting)):
        return [(k, " ".join(ts)) for ts, (k, _) in zip(split, wanting)]
    tokens = [t for ts in split for t in ts]
    if len(tokens) == len(wanting) and all(_date_part_fits(t, missing[0]) for t, (_, missing) in zip(tokens, wanting)):
        return [(k, t) for t, (k, _) in zip(tokens, wanting)]
    return None


_RUN_FIGURE_MONEY_RE = regex.compile(rf"{_DIGITISH}[\d๐-๙.,]*")  # a figure alone: digits, separators
_BAHT_TOKEN_RE = regex.compile(r"(?:บาท|um|UM)[.,\-]*")  # the unit after an amount ("บาท", "บาท.-")
_DASH_TOKEN_RE = regex.compile(r"[.\-]+")  # the dash of "0.- บาท" a space cut off the amount


def _figures_apart(row: str, values: list[str]) -> list[str] | None:
    """The values of a figure row (`row`: report_date, progress_pct or
    disbursed) whose cells' gaps OCR read as spaces, each cell parted by
    the shape of the row's values: dates (_dates_by_shape), percentages
    (a figure and its "%"; figures alone where the row holds no "%"),
    amounts (a figure and its "บาท", or "฿" and a figure); the row's last
    figure may stand without its unit, which a wrap carried to the next
    line ("0.00 บาท 16,200.00" / "บาท").  None when some cell does not part
    wholly into such values."""
    out: list[str] = []
    bare = row == "progress_pct" and not any("%" in v for v in values)
    for n, value in enumerate(values, start=1):
        tokens = _date_tokens(value) if row == "report_date" \
            else value.split()
        if not tokens:
            return None
        if row == "report_date":
            got = _dates_by_shape(tokens, last=n == len(values))
        elif bare:
            got = tokens if all(_RUN_FIGURE_RE.fullmatch(t) for t in tokens) else None
        else:
            got = _shaped_figures(tokens, row == "disbursed", last=n == len(values))
        if got is None:
            return None
        out.extend(got)
    return out


def _shaped_figures(tokens: list[str], money: bool, last: bool = False) -> list[str] | None:
    """Percentages ("13.00 %", "17.00%") or amounts ("0.00 บาท", "๐.- บาท",
    "฿1,200") a cell's tokens make, in order; None when a token is left
    over.  Every value holds a digit; with `last`, the last may stand
    without its unit (wrapped to the next line)."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if not _DIGIT_RE.search(token):
            return None
        if money and token[0] in "฿B#" and (i + 1 == len(tokens) or not _BAHT_TOKEN_RE.fullmatch(tokens[i + 1])):
            out.append(token)  # the baht sign before it, no unit after it
            i += 1
            continue
        if (token.endswith("%") and not money) or (money and _BAHT_TOKEN_RE.search(token) and token[0] not in "บu"):
            out.append(token)  # its sign or unit joined to it
            i += 1
            continue
        k = i + 1
        if money and k < len(tokens) and _DASH_TOKEN_RE.fullmatch(tokens[k]):
            k += 1
        unit = k < len(tokens) and (_BAHT_TOKEN_RE.fullmatch(tokens[k]) if money else tokens[k] == "%")
        if not unit:
            if last and k == len(tokens) and out and _RUN_FIGURE_MONEY_RE.fullmatch(token):
                out.append(" ".join(tokens[i:k]))  # the row's last figure, its unit wrapped to the next line
                break
            return None
        out.append(" ".join(tokens[i:k + 1]))
        i = k + 1
    return out


def _run_bare_figures(cell: str, n: int) -> list[str] | None:
    """The progress row's `n` values printed bare, with no "%" ("11 20"):
    exactly `n` tokens, each a number, or some of them a number's shape in
    characters OCR writes for digits ("2ส ๓2 ๓3 md": LOOKALIKES), one at
    least a number; each token is its report's, as printed (the progress
    rules read, repair or say a damaged one).  One token of the `n` may be
    garbled past any digit's shape (three characters at most, no Thai
    letter: "GE" for ๘๔), the others read so: it stands in its report's
    place, as printed, unreadable (before, the row gave none of its figures:
    fresh set s85a, bma_progress_s85a010).  None otherwise."""
    tokens = cell.split()
    shaped = [bool(_RUN_FIGURE_READ_RE.fullmatch(t)) for t in tokens]
    if len(tokens) != n or not (all(shaped) or n >= 3 and shaped.count(False) == 1 and all(
            _RUN_GARBLED_FIGURE_RE.fullmatch(t) for t, ok in zip(tokens, shaped) if not ok)):
        return None
    # (a token of _RUN_FIGURE_RE's shape is of _RUN_FIGURE_READ_RE's: _DIGITISH's characters are all DIGIT_CHAR's)
    return tokens if not tokens or any(_RUN_FIGURE_RE.fullmatch(t) for t in tokens) else None


def _run_signed_amounts(cell: str, n: int, src: str) -> list[tuple[str, str]] | None:
    """The disbursement row of a run-on table printed with the baht sign
    before each amount and no "บาท" (amount_baht_sign), every sign OCR read
    as a letter or a digit ("80 80", "BO 846,550" for ฿0 ฿0, ฿0 ฿46,550):
    exactly `n` figures, EVERY one opening with a character the sign is
    read as (baht_sign.SIGN_READS, or ฿ B #), in a section that shows the
    sign read as a sign before other amounts (at least SIGNS_SEEN: "x B250",
    "= ฿0"), or, where no sign reads as one, a row of SIGNED_AMOUNTS amounts
    or more every one of which opens with the same one of 8 or 3 right
    before a digit (baht_sign.every_amount_signed: a form that prints no
    sign opens four amounts so by chance hardly ever), an amount whose
    digits OCR wrote partly as Thai letters ("8๕๓,ฒ๐๐": ฒ for ๗) counted
    there too, its digits left to the amount's readers.  Each token and the
    amount it stands for: a leading digit is the sign, dropped (said,
    _run_sign_issue); "BO" stays as it reads (฿0).  None otherwise: one
    figure without such a first character says the others' may be digits,
    and the row gives none, as before."""
    tokens = cell.split()
    if len(tokens) != n:
        return None
    if all(_RUN_SIGNED_RE.fullmatch(t) for t in tokens) \
            and signs_seen(src) + len(SIGN_TOKEN_RE.findall(src)) >= SIGNS_SEEN:
        return [(t, t if t[0] in "฿B#" else t[1:]) for t in tokens]
    if not all(_RUN_SIGNED_RE.fullmatch(t) or _RUN_SIGNED_LETTERS_RE.fullmatch(t) for t in tokens) \
            or not any(_RUN_SIGNED_RE.fullmatch(t) for t in tokens) or not every_amount_signed(tokens):
        return None
    return [(t, t[1:]) for t in tokens]


# A thousands comma OCR read as a space in a run-on table's disbursement row ("๐.- UM ๕๓ ๐๐๐.- UM ๐. บาท" for
# ฿0 ฿43,000 ฿0, "๒ ๐๐๐.- UM ๓,๕๐๐.- UM" for ฿6,000 ฿3,500): a figure of one to three digits standing alone, no
# unit of its own after it (every cell of the row prints its unit), then one space and a group of exactly three
# digits with the unit after it (its satang and baht dash maybe): one amount, its groups parted where its comma
# stood, as a budget clause's amount is read (clauses._SPACED_AMOUNT).  Before, the row's amount was read from its
# last group alone ("๐๐๐.- UM", nothing spent) and the figure before it was lost; the report's expense lines,
# which the disbursements place (run_expense_owners), were then given to none.
_RUN_SPACED_GROUP_RE = regex.compile(
    rf"(?<!\S)[\d๐-๙]{{1,3}}( )(?=[\d๐-๙]{{3}}(?:\.[\d๐-๙]{{2}})?(?:\s?\.\s?-)?\s*(?:บาท|(?:{_LATIN_BAHT})(?![A-Za-z])))")


def _run_groups_joined(src: str, a: int, b: int, n: int) -> tuple[str, list[int]] | None:
    """`src` with each space inside an amount of the disbursement row
    (`src[a:b]`) that stands for its thousands comma (above) written as the
    comma, the text the same length (offsets hold), and where each such
    amount starts; None where none stands, or where the row so read does
    not give its `n` amounts, each with its unit (บาท, or a Latin reading
    of it)."""
    spaces = list(_RUN_SPACED_GROUP_RE.finditer(src, a, b))
    if not spaces:
        return None
    out = list(src)
    for m in spaces:
        out[m.start(1)] = ","
    row = "".join(out)
    if len(list(_RUN_LATIN_BAHT_RE.finditer(row, a, b))) != n:
        return None
    return row, [m.start() for m in spaces]


# A disbursement row's amount that opens with a digit no ฿ is read as ("๒๓,๕๐๐", "๕๒1,๒๐0"), and the same shape
# opening with one (what _RUN_SIGNED_RE reads)
_RUN_BARE_AMOUNT_RE = regex.compile(rf"(?![{SIGN_READS}])[\d๐-๙]{_DIGITISH}{{0,2}}(?:[,.]{_DIGITISH}{{3}})*(?:\.{_DIGITISH}{{2}})?")


def _run_partly_signed(cell: str, n: int, src: str) -> list[tuple[str, str | None]] | None:
    """The disbursement row of a run-on table printed with the baht sign
    before each amount (amount_baht_sign), where every amount but one opens
    with a character the sign is read as, one at least showing it read as a
    sign ("Bo BO ๕๒1,๒๐0 Bo", "๒๓,๕๐๐ Bo"), in a section that shows the
    sign read as a sign (SIGNS_SEEN, as _run_signed_amounts asks): exactly
    `n` amounts, one a report, parted by their shape.  The one that opens
    with another digit lost its sign or had it read as that digit (a ฿ read
    as a Thai ๘ comes out as ๕): which, nothing says, so it is not read
    (None); the others are read as _run_signed_amounts reads them.  Before,
    the one amount refused the whole row, and no report was given its
    disbursement.  None where the row does not so part."""
    tokens = cell.split()
    if n < 2 or len(tokens) != n:
        return None
    odd = [t for t in tokens if not _RUN_SIGNED_RE.fullmatch(t)]
    if len(odd) != 1 or not _RUN_BARE_AMOUNT_RE.fullmatch(odd[0]) or not any(t[0] in "฿B#" for t in tokens) \
            or signs_seen(src) + len(SIGN_TOKEN_RE.findall(src)) < SIGNS_SEEN:
        return None
    return [(t, None if t in odd else t if t[0] in "฿B#" else t[1:]) for t in tokens]


def _run_partly_signed_values(partly: list[tuple[str, str | None]], src: str, a: int, line_at,
                              issues: list[Issue]) -> list[tuple[str | None, int]]:
    """Each report's amount of a row _run_partly_signed parted and the line it stands on; the sign dropped from
    each amount that opens with it read as a digit is said (_run_sign_issue), and so is the amount not read."""
    out: list[tuple[str | None, int]] = []
    at = a
    for token, amount in partly:
        at = src.index(token, at)
        out.append((amount, line_at(at)))
        if amount is None:
            issues.append(Issue(
                "warning", "entry_cell_in_doubt",
                f"a table of reports run on in a paragraph: its disbursement row prints every amount after a ฿ sign "
                f"(read as a sign or as a digit) but {token!r}, which opens with another digit: its sign was lost "
                f"or read as that digit, and nothing says which, so it is not read; the row's other amounts are "
                f"given to their reports", token, line_at(at), line_at(at), field="progress_reports.disbursed"))
        elif amount != token:
            issues.append(_run_sign_issue(token, amount, line_at(at)))
        at += len(token)
    return out


def _run_sign_issue(printed: str, amount: str, line: int) -> Issue:
    """The sign dropped from a run-on disbursement row's amount (_run_signed_amounts): value_repaired where the
    digits after it are sure (normalizers.confusions.certain), else the amount is kept as printed without the sign
    and left in doubt (repair_ambiguous: "8๓,๒๐๐" is ๓,๒๐๐ without its sign, and its ๒ may be a ๖ OCR misread), as
    repairs._sign_in_doubt leaves an expense figure's."""
    value = _amount(amount)
    if value is None and _RUN_SIGNED_LETTERS_RE.fullmatch(printed):
        # (digits OCR wrote as Thai letters, "8๕๓,ฒ๐๐": the sign dropped, the amount left to its readers unread)
        return Issue("warning", "entry_cell_in_doubt",
                     f"a table of reports run on in a paragraph: its disbursement row prints every amount after a ฿ "
                     f"sign OCR read as a digit, as every amount of the table opens with it: {printed!r} is "
                     f"{amount} without its first character, and its digits OCR wrote partly as letters: not read",
                     printed, line, line, field="progress_reports.disbursed")
    if value is not None and not certain(amount):
        evidence = {"rule": "baht_sign", "printed": printed, "read": None, "kept": f"{value:.2f}",
                    "candidates": [f"{value:.2f}"]}
        return Issue("warning", "repair_ambiguous",
                     f"a table of reports run on in a paragraph: its disbursement row prints every amount after a ฿ "
                     f"sign OCR read as a letter or a digit, as this document prints the sign before its amounts: "
                     f"{printed!r} is {amount} without its first character; the Thai digits after it may be misread "
                     f"too, so none of their readings is chosen: kept as printed without the sign, {value:,.2f}",
                     json.dumps(evidence, ensure_ascii=False), line, line, field="progress_reports.disbursed")
    evidence = {"rule": "baht_sign", "printed": printed, "read": None,
                "chosen": f"{value:.2f}" if value is not None else amount}
    return Issue("warning", "value_repaired",
                 f"a table of reports run on in a paragraph: its disbursement row prints every amount after a ฿ sign "
                 f"OCR read as a letter or a digit, as this document prints the sign before its amounts: {printed!r} "
                 f"is {amount} without its first character", json.dumps(evidence, ensure_ascii=False), line, line,
                 field="progress_reports.disbursed")


_RUN_FIGURE_RE = regex.compile(rf"{_DIGITISH}{{1,3}}(?:[.,]{_DIGITISH}{{1,2}})?")
# a token OCR garbled past a figure's shape: three characters at most, no Thai letter, no separator of the row
_RUN_GARBLED_FIGURE_RE = regex.compile(r"[^\s\u0e01-\u0e4e:;=|%]{1,3}")
# the same shape in any character OCR writes for a digit ("2ส" for ๒๙, "mo" for ๓๐: normalizers.confusions)
_RUN_FIGURE_READ_RE = regex.compile(rf"{DIGIT_CHAR}{{1,3}}(?:[.,]{DIGIT_CHAR}{{1,2}})?")
# an amount whose first character is a ฿ sign OCR read as a letter or a digit ("80", "BO", "846,550"); its
# thousands comma maybe read as a dot ("8๕.๑๐๐" for ฿๕,๑๐๐: three digits after it, never a decimal's two)
_RUN_SIGNED_RE = regex.compile(rf"[{SIGN_READS}฿B#]{_DIGITISH}{{1,3}}(?:[,.]{_DIGITISH}{{3}})*(?:\.{_DIGITISH}{{2}})?")
# ... its digits partly Thai letters OCR writes for digits ("8๕๓,ฒ๐๐": ฒ for ๗), a digit at least after the sign; the
# sign an 8 or a 3 (baht_sign.every_amount_signed's)
_NUMBER_LETTERS = "".join(c for c in LOOKALIKES if "\u0e01" <= c <= "\u0e2e")
_RUN_SIGNED_LETTERS_RE = regex.compile(
    rf"[83๘๓](?=[\d๐-๙])[{_DIGITISH[1:-1]}{_NUMBER_LETTERS}]{{1,3}}(?:,[{_DIGITISH[1:-1]}{_NUMBER_LETTERS}]{{3}})*")
_COMMA_SPACE_RE = regex.compile(r",\s+(?=\S)")


# The descriptions of a run-on table's reports run into one another, each report's expense lines
# after its own description.  The expense lines are found by their shape; the lines that stand
# together make a group, and a group belongs to the report whose disbursement it adds up to (the
# disbursement row parts by its shapes).  When exactly one way gives every group a report (the
# reports in order, each group's sum that report's disbursement, and between two groups, before the
# first and after the last, text for just the reports that lie there), the groups go to their
# reports, and so does the text that stands for one report alone; text standing for several stays
# unplaced and said, as before.  A report given no group may have disbursed (its lines unprinted:
# "ค่าวัสดุ" paid, no line of it), so its disbursement is no test.
# Lines stand together when no letter stands between them: a speck OCR left in the margin between two
# of them ("... = 10,800 บาท.-" / "5  ค่าอาหารว่าง...") is no report's description (every description
# has words).
# Where no way fits by the sums (an amount OCR misread, "๕,๓๕7๒.๕๐", or left a digit out), the
# disbursements still say whose lines they are when as many reports spent as there are groups, the
# others reading as nothing spent: a report that spent nothing lists no expense line (the form's lines
# are what the disbursement paid), so each group belongs to one report that spent, in order, where the
# text around them fits it (as above; before, only one group and one report that spent were placed so).
# Their amounts are read as printed; the report's sum check says they do not add up.


def _amount(printed: str) -> Decimal | None:
    try:
        return parse_baht(read_amount(printed))
    except (ValueParseError, ArithmeticError, ValueError):
        return None


def _has_text(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


# The text that stands for several reports of a run-on table (its descriptions run into one another)
# parts at its spaces into one piece a report when exactly that many pieces stand: every report has a
# description, so each piece is one report's, in the reports' order.  A word at a space opens no
# description where what it is, or what stands before it, says the sentence goes on:
# - it opens with a word that joins it to the words before (และ "and", ซึ่ง "which", เนื่องจาก
#   "because", จึง "so", ตาม "as", ไปแล้ว "already"...: _GOES_ON_RE), with no Thai letter (a
#   number, a bracket, a dash), or it is an item's number past the first ("๒.", "3)": an item of the
#   list the piece before opened; a list's first, "๑.", may open a report's description), or it is
#   เรื่อง "on the subject of", which names the topic of the words before it (a seminar, an order) and
#   opens no description;
# - the word before it is a figure or a mark with no Thai letter ("2019", "๓ กรกฎาคม ๒๕๖๓": what follows a
#   number is its unit or the rest of its date), an item's number (the item's text follows it), or ends
#   with a word that leads on to what follows (และ, หรือ, ดังนี้ "as follows", ได้แก่, คือ, เรื่อง: the
#   topic's name follows it, a colon), or with a noun-making prefix alone (การ, ความ: its verb follows it,
#   the page's wrap between them: _bound_prefix_last);
# - a bracket opened before it is not closed yet ("(กิจกรรมที่ 3)").
# ("ดำเนินการจัดสัมมนา และเบิกจ่ายตามงบประมาณ" is one description; so is "อยู่ระหว่าง ... ซึ่งล่าช้ากว่าแผน
# เนื่องจาก ... 2019 จึงเลื่อน ...".)  Any other count says nothing of where one ends: the text stays unplaced,
# and said.
_GOES_ON_RE = regex.compile(rf"{goes_on_pattern('เรื่อง')}|[^\u0e01-\u0e2e\u0e40-\u0e44]")
_LEADS_ON_RE = regex.compile(
    "(?:" + "|".join(mark_tolerant(w, spaces=False) for w in ("และ", "หรือ", "ดังนี้", "ได้แก่", "คือ", "เรื่อง")) + r"|[:：])$")
_ITEM_NO_RE = regex.compile(r"\(?([\d๐-๙]{1,2})[.)]")
_FIRST_ITEM_RE = regex.compile(r"\(?[1๑][.)]")
_THAI_RE = regex.compile(r"[\u0e01-\u0e2e]")


def _opens_piece(before: str, word: str, depth: int, closed: bool) -> bool:
    """Whether `word`, after the word `before` with `depth` brackets open,
    may open a report's description (above); `closed`: `before` closed a
    bracket ("3)" of "(กิจกรรมที่ 3)" ends its words)."""
    if depth > 0 or _LEADS_ON_RE.search(before) or (not _THAI_RE.search(before) and not closed) \
            or (_ITEM_NO_RE.fullmatch(before) and not closed) or _bound_prefix_last(before) \
            or _complement_last(before):
        return False
    if _ITEM_NO_RE.fullmatch(word):
        return _FIRST_ITEM_RE.fullmatch(word) is not None
    return _GOES_ON_RE.match(word) is None


# A noun-making prefix (การ "the doing of", ความ "the being of") stands before the verb it makes a noun of, never
# last in a phrase: a token whose last word is one alone ("...เชิงปฏิบัติการการ" / "ออกแบบ...", the page's wrap
# between the prefix and its verb) leaves its phrase open, and the word after it goes on that description
_BOUND_PREFIXES = ("การ", "ความ")


def _bound_prefix_last(before: str) -> bool:
    """Whether the last word of `before`'s Thai is a noun-making prefix
    alone (_BOUND_PREFIXES), not the end of a word ("ดำเนินการ")."""
    return _last_word_among(before, _BOUND_PREFIXES)


def _last_word_among(before: str, words: tuple[str, ...]) -> bool:
    """Whether the last dictionary word of `before`'s Thai tail is one of `words` (the tail is cut into words only
    where it ends with one of them)."""
    tail = _THAI_TAIL_RE.search(before)
    if tail is None or not tail.group().endswith(words):
        return False
    return thai_words(tail.group())[-1] in words


# A word that takes a complement after it (a preposition or a conjunction: ให้ "to, for", ของ "of", ที่ "that,
# at", เพื่อ "in order to", โดย "by", ใน "in", กับ "with", จาก "from", แก่ "to", ซึ่ง "which", เมื่อ "when",
# สำหรับ "for") ends no sentence: a token whose last word is one alone ("...เชิญชวนให้" / "ข้าราชการครู...", the
# page's wrap after it) leaves its phrase open, and the word after it goes on that description.  (No
# description of the corpora's 429 ends in one.)
_COMPLEMENT_WORDS = ("ให้", "ของ", "ที่", "เพื่อ", "โดย", "ใน", "กับ", "จาก", "แก่", "ซึ่ง", "เมื่อ", "สำหรับ")


def _complement_last(before: str) -> bool:
    """Whether the last word of `before`'s Thai is a word that takes a
    complement (_COMPLEMENT_WORDS), a dictionary word of its own."""
    return _last_word_among(before, _COMPLEMENT_WORDS)


_THAI_TAIL_RE = regex.compile(r"[\u0e01-\u0e4e]+$")
_THAI_HEAD_RE = regex.compile(r"^[\u0e01-\u0e4e]+")


def _word_across(before: str, word: str) -> bool:
    """Whether a dictionary word spans the space between `before` and
    `word`: the last word of `before`'s Thai and the first of `word`'s make
    one ("อยู่ระ หว่าง...", "คณะ กรรมการฯ", "ประ กอบการ...": a space OCR put
    inside a word), so `word` opens no description."""
    tail, head = _THAI_TAIL_RE.search(before), _THAI_HEAD_RE.match(word)
    if tail is None or head is None:
        return False
    return known_word(thai_words(tail.group())[-1] + thai_words(head.group())[0])


def _one_piece_each(cell: str, a: int, b: int, k: int, weak_open: bool = True,
                    across: bool = False, lone: bool = False,
                    echoed: frozenset[str] = frozenset(), count: bool = True) -> list[tuple[int, int]] | None:
    """The spans of `cell[a:b]`'s `k` pieces (above), or None; not
    `weak_open`: a word at a line's start (the page's wrap) or a list's
    first number opens none, unless its opening words are among `echoed`
    (_opening_words: another piece of the cell opens with them);
    `across`: nor does a word a dictionary word
    spans the space before (_word_across: OCR's space inside a word);
    `lone`: nor a token that is one dictionary word alone, nor a noun the
    prefix การ or ความ makes after it (_lone_word: "จัดกิจกรรมนิเทศ ติดตาม
    การดำเนินงาน...", a verb set apart in a run of them, its object after
    it).  Not `count`: every piece, however many."""
    spans: list[list[int]] = []
    depth, before, closed = 0, "", False
    for m in regex.finditer(r"\S+", cell[a:b]):
        word = m.group()
        weak = not weak_open and spans and (
            "\n" in cell[spans[-1][1]: a + m.start()] and not (echoed and _opening_words(word) in echoed)
            or _ITEM_NO_RE.fullmatch(word) is not None)
        if spans and (weak or not _opens_piece(before, word, depth, closed)
                      or across and _word_across(before, word)
                      or lone and (_lone_word(word) or _lone_word(before) and word.startswith(_BOUND_PREFIXES))):
            spans[-1][1] = a + m.end()
        else:
            spans.append([a + m.start(), a + m.end()])
        closed = depth > 0 and ")" in word
        depth = max(0, depth + word.count("(") - word.count(")"))
        before = word
    return [(x, y) for x, y in spans] if len(spans) == k or not count else None


# The words a description opens with, as a line's start may echo them: the first dictionary word of its first
# token, or its first two, that make eight letters or more ("อยู่ระหว่างการเตรียมการอบรมแกนนำ" opens with อยู่ +
# ระหว่าง, "ดำเนินการจัดสัมมนา" with ดำเนินการ).  Where a
# run-on table's descriptions part into fewer pieces than reports when no line's start opens one, and into more
# when every one does, a line's start that opens with the words another piece of the cell opens with (each
# piece opening where no wrap stands) opens one: the reports of one project say what they do in the same words
# ("อยู่ระหว่าง..." report after report), the page's wrap seldom falls before them (_echoed_parts)
ECHO_LETTERS = 8


def _opening_words(token: str) -> str | None:
    """The first dictionary word of `token`'s leading Thai letters, or its
    first two joined, known words, that first make ECHO_LETTERS letters or
    more; else None."""
    head = _THAI_HEAD_RE.match(token)
    if head is None:
        return None
    opening = ""
    for word in thai_words(head.group())[:2]:
        if not known_word(word):
            return None
        opening += word
        if len(opening) >= ECHO_LETTERS:
            return opening
    return None


def _echoed_parts(cell: str, a: int, b: int, k: int) -> list[tuple[int, int]] | None:
    """`cell[a:b]` parted into `k` pieces (_one_piece_each) where a line's
    start opens a piece only when its opening words are those a piece
    opening where no wrap stands opens with (above), and no word a
    dictionary word spans the space before opens one (OCR's space inside a
    word: "...เอกสารประ กอบการเบิกจ่าย"); None where that does not leave `k`
    pieces, or leaves one that is no words (_no_word_cut)."""
    strong = _one_piece_each(cell, a, b, 0, weak_open=False, across=True, count=False) or []
    echoed = frozenset(w for x, _ in strong if (w := _opening_words(cell[x:].split(maxsplit=1)[0])) is not None)
    if not echoed:
        return None
    # (a token of one dictionary word alone opens no piece: _no_word_cut refuses such a cut)
    return _no_word_cut(cell, _one_piece_each(cell, a, b, k, weak_open=False, across=True, lone=True, echoed=echoed))


# A token that is one dictionary word alone, between spaces ("ติดตาม" of "จัดกิจกรรมนิเทศ ติดตาม การดำเนินงานของ
# โรงเรียนในสังกัด"), says nothing done: a verb of a run of them set apart by spaces, as Thai prints a list of
# actions, its object after it.  It opens no report's description, nor does a noun after it that the prefix การ or
# ความ makes (_BOUND_PREFIXES: the verb's object; another verb after it may open the next report's)
def _lone_word(word: str) -> bool:
    """Whether `word` is one dictionary word alone, of Thai letters only (above)."""
    if not _THAI_TOKEN_RE.fullmatch(word):
        return False
    words = thai_words(word)
    return len(words) == 1 and known_word(words[0])


def _no_word_cut(cell: str, cut: list[tuple[int, int]] | None) -> list[tuple[int, int]] | None:
    """`cut` (the pieces _one_piece_each parts a run-on table's descriptions
    into when it reads some words as going on the piece before them), or
    None where a piece is one token of Thai letters alone that is no
    dictionary words end to end ("อยู่ระห" / "หว่างการดำเนินการ ...": OCR's
    space inside a word, a letter doubled across it; not "...คณะกรรมการฯ",
    a phrase): a word cut, no report's description; or where a piece after
    the first opens with a token of one dictionary word alone (_lone_word:
    "ติดตาม" of "จัดกิจกรรมนิเทศ ติดตาม การดำเนินงาน...", which opens no
    report's description; fresh set s89a bma_progress_s89a010, where that
    cut left two reports' like descriptions run together and every piece
    after them one report early).  The pieces are then not pinned by that
    reading (the caller tries the next, or says the descriptions run
    together)."""
    if cut is None:
        return None
    for k, (x, y) in enumerate(cut):
        token = cell[x:y].strip()
        if _THAI_TOKEN_RE.fullmatch(token) and not all(map(known_word, thai_words(token))):
            return None
        if k and token and _lone_word(token.split(maxsplit=1)[0]):
            return None
    return cut


_THAI_TOKEN_RE = regex.compile(r"[\u0e01-\u0e4e]+")  # one token of Thai letters alone (no stop, no ฯ: no phrase)


# Text between two expense lines that is itself an expense line the reader could not read (its unit or
# "บาท" garbled: "ค่าจัดทำเอกสาร จำนวน ๑๒๕ LAN} ละ ๑๕๐.๐๐ UW เป็นเงิน ๑๕,๓๕๐.๐๐ UM") is no description
# either: an item's word opens it, it holds a figure, and no run of words between its figures is longer
# than an item's (UNREAD_LINE_WORDS Thai letters: a description's words go on).  It stands with the lines
# around it, in the report's text, where the report's reading says it was left unread.
_UNREAD_LINE_RE = regex.compile(rf"^\s*{mark_tolerant('ค่า')}[^\n\d๐-๙]*[\d๐-๙]")
UNREAD_LINE_WORDS = 20
_GAP_FIGURE_RE = regex.compile(r"[\d๐-๙][\d๐-๙,.]*")
_GAP_THAI_RE = regex.compile(r"[\u0e01-\u0e2e\u0e30-\u0e39\u0e40-\u0e45]")


def _no_description(gap: str) -> bool:
    """Whether the text between two expense lines holds no report's
    description: no letter (a speck), or an expense line left unread (above)."""
    if not _has_text(gap):
        return True
    return _UNREAD_LINE_RE.match(gap) is not None and all(
        len(_GAP_THAI_RE.findall(part)) <= UNREAD_LINE_WORDS for part in _GAP_FIGURE_RE.split(gap))


def _lines_after_text(cell: str, found: list) -> int | None:
    """Where the expense lines of a run-on table's description cell
    (`found`, expenses_in's: start, end, event) start, where they all stand
    together after its text (the gaps between them and after the last hold
    no description: _no_description) and some text stands before them; None
    otherwise."""
    if not found or not _has_text(cell[:found[0][0]]):
        return None
    gaps = [cell[found[i][1]: found[i + 1][0]] for i in range(len(found) - 1)] + [cell[found[-1][1]:]]
    return found[0][0] if all(_no_description(gap) for gap in gaps) else None


def _run_lines_placed(n: int, placed: tuple, cell: str, desc_a: int, desc_b: int, line_at, heads: list,
                      why: str) -> Issue:
    """What placing a run-on table's expense lines without their sums
    (`placed`, run_expense_owners' answer) rests on, said on the expenses
    at the lines: `why`, and the report each group went to."""
    owners = ", ".join(heads[k].group(0).split()[-1] for k in placed[1])
    return Issue("warning", "entry_cell_in_doubt",
                 f"a table of {n} reports run on in a paragraph: {why}: the expense lines are given to report(s) "
                 f"{owners}, which a misread layout would make another report's",
                 " ".join(cell.split())[:200], min(line_at(desc_a + a) for a, _ in placed[0]),
                 line_at(max(desc_a, desc_b - 1)), field="expenses")


def run_expense_owners(cell: str, disbursed: list[str | None] | None, n: int, sign_read: bool = False
                       ) -> tuple[list[tuple[int, int]], list[int], list[tuple[int, int, list[int]]]] | None:
    """For a run-on table's description cell (`cell`, as printed) and its `n` reports' disbursements
    as printed: the expense line groups (start, end in the cell), the report (0-based) each belongs
    to, and the text segments (start, end, the reports whose descriptions it holds); None when the
    cell holds no expense line or not exactly one way fits (see above).  With `sign_read` (the
    disbursement row's amounts printed with a ฿ OCR read as a letter or a digit, dropped:
    _run_signed_amounts), the expense lines' amounts print the sign too: where every one of them opens
    with a character the sign is read as, the sums are also taken with that character dropped
    ("= 82,600" for ฿2,600), and still exactly one way over both readings must fit.  Only the
    placement is so decided: the amounts read as they are printed (the report's sum check says so).
    A disbursement None (unread: _run_partly_signed) fits no sum and may be any report's that spent.
    With `disbursed` None (the disbursement row did not part into a value a report), the text alone
    places the lines, and only where it leaves one way: n - 1 groups, each between two reports'
    descriptions (the text alone, below)."""
    found = expenses_in(thai_digits_to_arabic(cell), cell, 0)
    if disbursed is None:
        disbursed = [None] * n  # (each disbursement unread: no sum to fit; the text alone, below)
        text_alone = True
    else:
        text_alone = False
    if sign_read and (signed := _signs_after_eq(cell)) is not None \
            and len(more := expenses_in(thai_digits_to_arabic(signed), signed, 0)) > len(found):
        # (an amount whose sign OCR read as a digit, bare before the next report's words, "ค่าอาหารฯ = 87,๕๐0
        # อยู่ระหว่าง...", is no expense line as read: with every "=" amount's first character read as the sign
        # it is one; its sum is taken without the sign, the placement alone so decided)
        found = more
    if not found or len(disbursed) != n:
        return None
    groups: list[list[int]] = []  # [start, end] in the cell
    sums: list[Decimal] | None = []  # each group's sum; None when an amount cannot be read
    bare: list[Decimal] | None = [] if sign_read else None  # the sums with each amount's sign read dropped
    for start, end, event in found:
        amount = _amount(event.value.amount)
        printed = _COMMA_SPACE_RE.sub(",", event.value.amount.strip())  # ("89, 120": a space OCR put after a comma)
        dropped = None if bare is None or amount is None or not _RUN_SIGNED_RE.fullmatch(printed) \
            else amount if printed[0] in "฿B#" else _amount(printed[1:])  # (a sign read as one: as it reads)
        if dropped is None:
            bare = None
        if amount is None:
            sums = None
        if groups and _no_description(cell[groups[-1][1]: start]):
            groups[-1][1] = end
            if sums is not None:
                sums[-1] += amount
            if bare is not None:
                bare[-1] += dropped
        else:
            groups.append([start, end])
            if sums is not None:
                sums.append(amount)
            if bare is not None:
                bare.append(dropped)
    paid = [None if d is None else _amount(d) for d in disbursed]
    cuts = [0] + [x for g in groups for x in g] + [len(cell)]
    segments = [(cuts[2 * j], cuts[2 * j + 1]) for j in range(len(groups) + 1)]  # text before, between, after

    def fits_text(owners: tuple[int, ...]) -> bool:
        bounds = [-1, *owners, n - 1]  # segment j holds the reports bounds[j] + 1 .. bounds[j + 1]
        return all(_has_text(cell[a:b]) == (bounds[j + 1] > bounds[j]) for j, (a, b) in enumerate(segments))

    fits = []
    if text_alone:
        # the text alone: every report has a description, and a report's expense lines follow its own; n - 1 groups
        # with a description before each and after the last leave one way, group j report j's (the last report
        # lists none); fewer groups, or a group at the cell's end (its report's words after it may be lost), leave
        # several, and none is taken
        if len(groups) == n - 1 and all(_has_text(cell[a:b]) for a, b in segments):
            fits = [owners for owners in combinations(range(n), len(groups)) if fits_text(owners)]
    elif all(p is not None for p in paid):
        for totals in (sums, bare):
            if totals is None:
                continue
            for owners in combinations(range(n), len(groups)):
                if all(totals[j] == paid[k] for j, k in enumerate(owners)) and fits_text(owners):
                    fits.append(owners)
    if not fits and not text_alone:
        # as many groups as reports that spent, the rest having spent nothing (a report that spent nothing lists
        # no line): each group one spender's, in order, where the text around them fits
        spent = [k for k, p in enumerate(paid) if p is None or p != 0]  # (a disbursement unread may be any)
        if len(spent) == len(groups) and fits_text(tuple(spent)):
            fits.append(tuple(spent))
    if not fits and not text_alone and len(groups) < len(spent) \
            and _has_text(cell[segments[-1][0]: segments[-1][1]]):
        # more reports that spent than groups, no group's sum any spender's (a digit of the lines' amounts or of the
        # disbursements misread), the groups standing between descriptions (text after the last: a group at the
        # cell's end may be any spender's whose words after it are lost): each group a spender's, in order, where
        # exactly one way leaves the text around the groups a description for each report (a group follows its
        # report's description; a report that spent nothing lists no line); the amounts are read as printed, the
        # reports' sum check says the misfit
        fits = [owners for owners in combinations(spent, len(groups)) if fits_text(owners)]
    if len(set(fits)) != 1:
        return None
    owners = list(fits[0])
    bounds = [-1, *owners, n - 1]
    held = [(a, b, list(range(bounds[j] + 1, bounds[j + 1] + 1))) for j, (a, b) in enumerate(segments)]
    return [(g[0], g[1]) for g in groups], owners, held


# an expense line's amount after its "=", opening with an 8 or a 3 before a digit (a ฿ OCR may have read so)
_EQ_SIGN_DIGIT_RE = regex.compile(r"(?<==[ \t]*\n?[ \t]*)[83๘๓](?=[\d๐-๙oO])")
_EQ_AMOUNT_RE = regex.compile(r"=\s*(\S)")


def _signs_after_eq(cell: str) -> str | None:
    """`cell` with the first character of each amount after an "=" written
    as the ฿ it stands for, where every such amount opens with the same one
    of 8 or 3 before a digit (the sign OCR read as a digit throughout: the
    caller has read the disbursement row so), the text the same length
    (offsets hold); None where any opens otherwise, or none stands."""
    amounts = _EQ_AMOUNT_RE.findall(cell)  # (each amount's first character, read once)
    firsts = set(map(thai_digits_to_arabic, amounts))
    marks = list(_EQ_SIGN_DIGIT_RE.finditer(cell))
    if len(firsts) != 1 or not marks or len(marks) != len(amounts):
        return None
    out = list(cell)
    for m in marks:
        out[m.start()] = "฿"
    return "".join(out)


def _in_cells(text: str) -> bool:
    """Whether a line holds two cells or more that a tab parts, a cell of
    marks alone (no letter, no digit) not counted: a run-on table's line OCR
    ended with a tab and a speck read from the page's rule ("... 30 ก.ย.
    2567<tab>|") is no table in cells; before, its whole table was left
    unread.  (A short cell of a letter or a digit may be a cell's value: "๒๓
    เม.ย.", counted.)"""
    return sum(1 for cell in text.split("\t") if any(ch.isalnum() for ch in cell)) > 1


# A report header alone on its line ("รายงานครั้งที่ ๓", "ครั้งที่ 8"), its number printed
_LONE_HEAD_LINE_RE = regex.compile(rf"(?m)^[^\S\n]*{_HEAD_WORDS}[^\S\n]*({_DIGITISH}{{1,3}})[^\S\n]*$")


def _other_entry_at(src: str, a: int, b: int, titles: list[str]) -> int | None:
    """Where, in src[a:b] (a run-on table's text from its date row's label
    on), a report header stands alone on its line with a date opening the
    next line of text, its number in digits past every number the table's
    own heads (`titles`) read: a later entry's column, its header over its
    date (side-by-side tables OCR read column by column: the next table's
    first column read after this table's rows), which ends the table's text
    (its rows' values are read before it; before, the table took that
    column's flags as its own and the entry was lost with its header: fresh
    s72o005 report 3, s67o009 report 9); None where no such header stands
    there, or where the table's heads read no number (nothing says the
    header is not the table's own)."""
    reads = [int(thai_digits_to_arabic(m.group(1))) for title in titles
             if (m := _HEAD_NUMBER_RE.search(title)) is not None]
    if not reads:
        return None
    for m in _LONE_HEAD_LINE_RE.finditer(src, a, b):
        number = thai_digits_to_arabic(m.group(1))
        if not number.isdigit() or int(number) <= max(reads):
            continue
        rest = src[m.end(): b].lstrip("\n")
        nxt = rest.split("\n", 1)[0].strip() if rest else ""
        if nxt and _DATEISH_RE.match(nxt) is not None:
            return m.start()
    return None


def unrun(lines: list[Line]) -> tuple[list[Line], list[Issue]]:
    """Section 2 with each entry table run on in a paragraph (above) given
    entry by entry, as `untranspose` gives a table in cells; other text as
    it is.  A row whose values do not part into one per entry gives none,
    and is said.  The rows are found by their labels in the form's order
    (_RUN_LABELS); a long label OCR damaged past its pattern by a letter is
    read by its skeleton (_damaged_run_label), and the disbursement row's
    label damaged past that by its place between the progress figures and
    the amounts in baht (_lost_amounts_label, said)."""
    if len(lines) == 0 or not any("ครั้ง" in ln.text or "ครง" in ln.text for ln in lines):
        return lines, []
    src = "\n".join(ln.text for ln in lines)
    starts: list[int] = []
    offset = 0
    for ln in lines:
        starts.append(offset)
        offset += len(ln.text) + 1

    def line_at(pos: int) -> int:
        lo, hi = 0, len(starts) - 1
        while lo < hi:  # the last line starting at or before pos
            mid = (lo + hi + 1) // 2
            if starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lines[lo].no

    tables: list[tuple[int, list[regex.Match], int]] = []  # (start, headers, the date label's start)
    seen = 0  # the end of the last run of headers weighed: a header inside it is not weighed again
    for m in _RUN_HEAD_RE.finditer(src):
        if m.start() < seen:
            continue
        heads, seen, labelled = _run_heads(src, m.start())
        if labelled and (latin := _RUN_LATIN_BEFORE_RE.search(src, max(0, m.start() - 16), m.start())) is not None:
            # a first head whose words OCR read as Latin letters ("ARN 1 ครั้งที่ 2 วันที่รายงาน"): its entry's, said
            heads.insert(0, _RUN_LATIN_HEAD_RE.match(src, latin.start()))
        if labelled:
            tables.append((heads[0].start(), heads, seen))
    if not tables:
        return lines, []
    out: list[Line] = []
    issues: list[Issue] = []
    done = 0  # where the text not yet given out starts
    cursor = [0]  # the first line text_between may still give out
    top: int | None = None  # the number the last table's last column was given (_run_numbers)
    read_before = -2  # the index in `tables` of the last table read as one (whose numbers gave `top`)

    def text_between(a: int, b: int) -> None:
        """The text of src[a:b] as it stands: whole lines as they are, a
        line's part (beside a table) as a line of its own.  Called in the
        text's order: the lines before `a` are passed once (linear)."""
        while cursor[0] < len(lines) and starts[cursor[0]] + len(lines[cursor[0]].text) < a:
            cursor[0] += 1
        for i in range(cursor[0], len(lines)):
            ln, s = lines[i], starts[i]
            e = s + len(ln.text)
            if s >= b:
                break
            if a <= s and e <= b:
                out.append(ln)
            elif (part := src[max(a, s): min(b, e)].strip()):
                out.append(Line(ln.no, part))

    for t, (start, heads, label_at) in enumerate(tables):
        limit = tables[t + 1][0] if t + 1 < len(tables) else len(src)
        if (other := _other_entry_at(src, label_at, limit, [h.group(0) for h in heads])) is not None:
            limit = other  # (another entry's column OCR read after the table's date row: not the table's rows)
        label_line_end = src.find("\n", label_at)
        if any(_in_cells(text) for text in src[start: label_line_end if label_line_end >= 0 else len(src)].split("\n")):
            continue  # a table in cells (its heads' row or its date row): untranspose reads it
        spans: list[tuple[str, int, int]] = []  # (row, where its values start, the label's start)
        at = label_at
        lost: tuple[int, int] | None = None  # the disbursement row's label OCR damaged past reading, read by its place
        for k, (name, pattern) in enumerate(_RUN_LABELS):
            m = pattern.search(src, at, limit)
            found = (m.start(), m.end()) if m is not None else _damaged_run_label(src, at, limit, name)
            if found is None and name == "disbursed":
                after = _RUN_LABELS[k + 1][1].search(src, at, limit)
                plan = (after.start(), after.end()) if after is not None \
                    else _damaged_run_label(src, at, limit, _RUN_LABELS[k + 1][0])
                if plan is not None:
                    found = lost = _lost_amounts_label(src, at, plan[0], len(heads))
            if found is None:
                break
            spans.append((name, found[1], found[0]))
            at = found[1]
        if len(spans) < len(_RUN_LABELS):
            continue  # not the whole table: left as it is
        text_between(done, start)
        n = len(heads)
        numbers, top, renumbered = _run_numbers([h.group(0) for h in heads], top, line_at(start),
                                                follows=read_before == t - 1)
        read_before = t
        issues += renumbered
        if lost is not None:
            printed = src[lost[0]: lost[1]]
            issues.append(Issue(
                "warning", "entry_cell_in_doubt",
                f"a table of {n} report(s) run on in a paragraph: its disbursement row's label OCR damaged past "
                f"reading ({printed!r}) is read by its place, between the progress row's {n} figure(s) and {n} "
                f"amount(s) in baht before the plan row's label; the amounts are read as the reports' disbursements",
                " ".join(src[lost[0]: lost[1]].split()), line_at(lost[0]), line_at(lost[1] - 1),
                field="progress_reports.disbursed"))
        for k, head in enumerate(heads):
            if (_RUN_LATIN_WITHIN_RE if k else _RUN_LATIN_HEAD_RE).fullmatch(latin := head.group(0)):
                where = "first header" if k == 0 else f"header {k + 1} of {n}"
                issues.append(Issue(
                    "warning", "entry_cell_in_doubt",
                    f"an entries table's {where} OCR read as Latin letters ({latin!r}) is read as an entry's header "
                    f"by its place {'before' if k == 0 else 'among'} the other headers; its number is read as printed",
                    latin, line_at(head.start()), line_at(head.start()), field="progress_reports.seq"))
        cells: dict[str, str] = {}
        ends: dict[str, int] = {}
        for k, (name, a, _) in enumerate(spans):
            b = spans[k + 1][2] if k + 1 < len(spans) else limit
            cells[name], ends[name] = src[a:b], b
        values: dict[str, list[tuple[str, int]]] = {}
        sign_read = False  # the disbursement row's amounts were read with their sign dropped (_run_signed_amounts)
        dates = _run_dates(cells["report_date"], n)
        spaced = _year_first_spaced(cells["report_date"], n) if dates is None else None
        if spaced is not None:  # (dates printed year first, the separators of some read as spaces: put back, said)
            dates = spaced[0]
        anchored = dates is None and (dates := _dates_by_anchors(cells["report_date"], n)) is not None
        if dates is not None:
            a = spans[0][1]
            if anchored:
                issues.append(_anchored_said(dates, heads, line_at(a)))
            printed = {read: shown for shown, read in spaced[1]} if spaced is not None else {}
            values["report_date"] = [(d, line_at(src.index(printed.get(d, d).split()[0], a))) for d in dates]
            if spaced is not None:
                issues.extend(_separators_put_back(line_at(a), spaced[1]))
        for name, pattern in (("progress_pct", _RUN_PERCENT_RE), ("disbursed", _RUN_BAHT_RE),
                              ("on_plan", _RUN_FLAG_RE["on_plan"]), ("on_target", _RUN_FLAG_RE["on_target"])):
            a = dict((s[0], s[1]) for s in spans)[name]
            row = src
            if name == "disbursed" and (joined := _run_groups_joined(src, a, ends[name], n)) is not None:
                row, spaced_at = joined  # (a thousands comma OCR read as a space: the amount's groups joined, said)
                for at in spaced_at:
                    printed = " ".join(src[at: src.find(" ", at) + 4].split())
                    issues.append(Issue(
                        "warning", "entry_cell_in_doubt",
                        f"a table of {n} reports run on in a paragraph: its disbursement row's figure {printed!r} is "
                        f"read as one amount, its thousands comma read by OCR as a space (a figure of three digits "
                        f"at most with no unit of its own, then a group of three digits and the unit), as a budget "
                        f"clause's amount is read; its digits may be misread too", printed, line_at(at), line_at(at),
                        field="progress_reports.disbursed"))
            found = list(pattern.finditer(row, a, ends[name] if name != "on_target" else limit))
            if name == "disbursed" and "฿" in row[a: ends[name]]:  # amounts with the sign alone, beside the others
                found = _with_signed(found, _RUN_SIGN_RE.finditer(row, a, ends[name]))
            if name == "disbursed" and len(found) != n \
                    and len(latin := list(_RUN_LATIN_BAHT_RE.finditer(row, a, ends[name]))) == n \
                    and {f.end(1) for f in found} <= {f.end(1) for f in latin}:
                found = latin  # (the unit OCR read as Latin letters after some of them; every บาท's amount kept)
            if name == "on_target" and len(found) >= n:
                found = found[:n]
                ends[name] = found[-1].end()
            if len(found) == n:
                values[name] = [((f.group(1).replace(" ", "") if name == "progress_pct" else f.group(1))
                                 if f.groups() else f.group(0), line_at(f.start())) for f in found]
            elif name == "disbursed" and not found \
                    and (signed := _run_signed_amounts(cells[name], n, src)) is not None:
                sign_read = True
                at = a
                values[name] = []
                for token, amount in signed:
                    at = src.index(token, at)
                    values[name].append((amount, line_at(at)))
                    if amount != token:
                        issues.append(_run_sign_issue(token, amount, line_at(at)))
                    at += len(token)
            elif name == "disbursed" and not found and (partly := _run_partly_signed(cells[name], n, src)) is not None:
                values[name] = _run_partly_signed_values(partly, src, a, line_at, issues)
            elif name == "progress_pct" and not found and (bare := _run_bare_figures(cells[name], n)) is not None:
                at = a
                values[name] = []
                for token in bare:  # each figure on the line it stands on
                    at = src.index(token, at)
                    values[name].append((token, line_at(at)))
                    at += len(token)
        desc_a = spans[1][1]
        desc = " ".join(cells["description"].split())
        placed = None  # each report's expense group and the text that is its description alone (n > 1)
        if desc and n > 1 and "disbursed" in values and all(v is not None for v, _ in values["disbursed"]):
            placed = run_expense_owners(cells["description"], [v for v, _ in values["disbursed"]], n, sign_read)
        elif desc and n > 1 and "disbursed" in values:
            # a disbursement of the row unread (_run_partly_signed): the reports read as spending nothing list no line,
            # and the one unread may be any; no sum places the lines, the reports that spent and the text around
            # the lines do where they leave one way (run_expense_owners), said
            placed = run_expense_owners(cells["description"], [v for v, _ in values["disbursed"]], n, sign_read)
            if placed is not None:
                unread = [heads[k].group(0).split()[-1] for k, (v, _) in enumerate(values["disbursed"]) if v is None]
                issues.append(_run_lines_placed(
                    n, placed, cells["description"], desc_a, spans[2][2], line_at, heads,
                    f"its disbursement row leaves report(s) {', '.join(unread)} unread, so no sum places the expense "
                    f"lines; the reports read as spending nothing list none, and the text around the lines leaves "
                    f"one way"))
        elif desc and n > 1:  # the disbursement row unparted: the text alone (run_expense_owners)
            placed = run_expense_owners(cells["description"], None, n)
            if placed is not None:
                issues.append(_run_lines_placed(
                    n, placed, cells["description"], desc_a, spans[2][2], line_at, heads,
                    "its disbursement row does not give each report its amount, so no sum places the expense lines; "
                    "each group of them stands between two reports' descriptions, and is read as the one's before it "
                    "(a report's lines follow its description), the last report read as listing none"))
        own_text: dict[int, tuple[int, int]] = {}
        own_group: dict[int, tuple[int, int]] = {}
        given_none: tuple[int, int] | None = None  # the expense lines after every description, no report's
        found = expenses_in(thai_digits_to_arabic(cells["description"]), cells["description"], 0) \
            if placed is None and desc and n > 1 else []
        if placed is None and desc and n > 1 and not found:
            placed = [], [], [(0, len(cells["description"]), list(range(n)))]  # text alone, for every report
        elif found and (last := _lines_after_text(cells["description"], found)) is not None:
            # the expense lines stand together after all the text, and no sum of theirs places them (a digit of their
            # amounts or of the disbursements misread): the text before them is the reports' descriptions, parted
            # as a run-on table's text alone is, and the lines are given to no report (said below); before, the
            # descriptions were given to none either (fresh set s90o, bma_progress_s90o004)
            placed, given_none = ([], [], [(0, last, list(range(n)))]), (last, len(cells["description"]))
        if placed is not None:
            groups, owners, held = placed
            own_group = {k: (desc_a + a, desc_a + b) for (a, b), k in zip(groups, owners)}
            own_text = {ks[0]: (desc_a + a, desc_a + b) for a, b, ks in held if len(ks) == 1}
            parted = []
            for a, b, ks in held:
                cut = _one_piece_each(cells["description"], a, b, len(ks)) if len(ks) > 1 else None
                if cut is None and len(ks) > 1 \
                        and (cut := _no_word_cut(cells["description"], _one_piece_each(
                            cells["description"], a, b, len(ks), weak_open=False))) is not None:
                    # more pieces than reports: the words that open one only at a line's start (OCR's wrap of the
                    # paragraph: "...พิจารณาเกณฑ์" / "การคัดเลือก...") or as a list's first number go on the piece
                    # before them, when that leaves one piece a report; a doubt all the same, said
                    issues.append(Issue(
                        "warning", "entry_cell_in_doubt",
                        f"a table of {n} reports run on in a paragraph: their descriptions part into more pieces "
                        f"than reports where a word opens one; a word at a line's start or a list's first number "
                        f"is read as going on the description before it (the page's wrap may part one "
                        f"description's words), which leaves one a report, though it may as well open one",
                        " ".join(cells["description"][a:b].split()), line_at(desc_a + a),
                        line_at(max(desc_a + a, desc_a + b - 1)), field="progress_reports.description"))
                lone = False  # (the words a lone dictionary word binds read as going on: _lone_word)
                if cut is None and len(ks) > 1:
                    for weak_open, lone in ((True, False), (False, False), (True, True), (False, True)):
                        if (cut := _no_word_cut(cells["description"], _one_piece_each(
                                cells["description"], a, b, len(ks), weak_open, True, lone))) is not None:
                            break
                    if cut is not None:
                        # more pieces than reports where OCR put a space inside a word ("อยู่ระ หว่าง..."): a word
                        # a dictionary word spans the space before goes on the piece before it; a doubt, said
                        issues.append(Issue(
                            "warning", "entry_cell_in_doubt",
                            f"a table of {n} reports run on in a paragraph: their descriptions part into more "
                            f"pieces than reports where a word opens one; a word that a dictionary word spans the "
                            f"space before (a space OCR put inside a word: 'อยู่ระ หว่าง') is read as going on the "
                            f"description before it"
                            + ("" if weak_open else ", and so is a word at a line's start or a list's first number")
                            + ("" if not lone else ", and so is a token of one dictionary word alone (a verb of a "
                               "run of them, 'นิเทศ ติดตาม การดำเนินงาน') and a noun of การ or ความ after it")
                            + ", which leaves one piece a report, though a report's description may open so",
                            " ".join(cells["description"][a:b].split()), line_at(desc_a + a),
                            line_at(max(desc_a + a, desc_a + b - 1)), field="progress_reports.description"))
                if cut is None and len(ks) > 1:
                    # fewer pieces than reports where no line's start opens one, more where every one does: the
                    # line starts that open with another piece's opening words open one (_echoed_parts; said
                    # below as parted at a line's end)
                    cut = _echoed_parts(cells["description"], a, b, len(ks))
                if cut is not None:
                    own_text.update((k, (desc_a + x, desc_a + y)) for k, (x, y) in zip(ks, cut))
                    wrapped = [(ks[j], ks[j + 1]) for j in range(len(cut) - 1)
                               if "\n" in cells["description"][cut[j][1]: cut[j + 1][0]]]
                    if wrapped:  # a line's end parts two reports: it may as well be OCR's wrap inside one's words
                        issues.append(Issue(
                            "warning", "entry_cell_in_doubt",
                            f"a table of {n} reports run on in a paragraph: their descriptions are parted where a "
                            f"word opens one, some at a line's end (after report(s) "
                            f"{', '.join(str(heads[x].group(0).split()[-1]) for x, _ in wrapped)}), where the page's "
                            "wrap may as well have parted one description's words",
                            " ".join(cells["description"][a:b].split()), line_at(desc_a + a),
                            line_at(max(desc_a + a, desc_a + b - 1)), field="progress_reports.description"))
                parted.append((a, b, ks if cut is None else ks[:1]))
            placed = groups, owners, parted
        for k, head in enumerate(heads):
            title = head.group(0).strip()  # "ครั้งที่ 1" as the table's column head prints it: the entry's header
            if _RUN_LATIN_HEAD_RE.fullmatch(title):
                title = f"ครั้งที่ {head.group(1)}"
            title = title if _RUN_WORD_RE.match(title) else f"รายงาน{title}"
            if numbers[k] is not None:  # a number the table's other heads prove misread (_run_numbers)
                title = f"รายงานครั้งที่ {numbers[k]}"
            # a number OCR wrote as a Thai letter ("ครั้งที่ ง") reads as one before a separator (clauses.HEADER_RE)
            # a table whose date row did not part gives each header its date slot unread ("::"), as untranspose
            # does a column given no date: the header opens its entry, whatever number OCR made of it
            slot = " ::" if "report_date" not in values else "" if _RUN_NUMBERED_RE.search(title) else " :"
            out.append(Line(line_at(head.start()), title + slot))
            if "report_date" in values:
                out.append(Line(values["report_date"][k][1], f":: {values['report_date'][k][0]} :"))
            if n == 1:  # one report's description: its own, expense lines and all
                text_between(desc_a, spans[2][2])
            else:  # several: the text and the expense lines the disbursements place with this report
                for part in (own_text.get(k), own_group.get(k)):
                    if part is not None:
                        text_between(*part)
            if "progress_pct" in values:
                out.append(Line(values["progress_pct"][k][1], f"ความก้าวหน้าของงานฯ = {values['progress_pct'][k][0]} %"))
            if "disbursed" in values and values["disbursed"][k][0] is not None:  # (None: _run_partly_signed's)
                out.append(Line(values["disbursed"][k][1], f"งบประมาณที่เบิกใช้ = {values['disbursed'][k][0]} บาท"))
            for flag in ("on_plan", "on_target"):
                if flag in values:
                    out.append(Line(values[flag][k][1], f": {values[flag][k][0]}"))
        a_line, b_line = line_at(start), line_at(max(start, ends["on_target"] - 1))
        missing = [name for name, _, _ in spans if name != "description" and name not in values]
        if given_none is not None:
            lines_text = " ".join(cells["description"][given_none[0]: given_none[1]].split())
            issues.append(Issue(
                "warning", "entry_cell_in_doubt",
                f"a table of {n} reports run on in a paragraph: its expense lines stand together after every "
                "report's description, and no sum of theirs is a report's disbursement as read (a digit misread), so "
                "they are given to none and no row of theirs is read", lines_text,
                line_at(desc_a + given_none[0]), line_at(max(desc_a + given_none[0], desc_a + given_none[1] - 1)),
                field="expenses"))
        if desc and n > 1:
            if placed is None:
                unplaced = desc
                shaped = expense_shaped(unplaced)
                names = ["progress_reports.description"] + (
                    ["expenses"] if "=" in desc or "บาท" in desc or shaped else [])
            else:  # only the text that stands for several reports is left unplaced
                groups, owners, held = placed
                unplaced = " ".join(" ".join(cells["description"][a:b].split()) for a, b, ks in held if len(ks) > 1)
                # (an expense line the reader could not read, "ค่าตอบแทนวิทยากร = Bod,@oo", is in it: lost with it)
                shaped = expense_shaped(unplaced)
                names = (["progress_reports.description"] if unplaced else []) + (["expenses"] if shaped else [])
            if _RUN_CANCEL_RE.search(unplaced):  # a report cancels the project, but which one is not pinned
                names += ["progress_reports.cancelled", "projects.plan_status"]
            for field in names:
                lost = (f"; the expense line(s) among them ({shaped[:80]!r}) are given to none either, so no row "
                        "of theirs is read" if field == "expenses" and shaped else "")
                issues.append(Issue("warning", "entry_cell_in_doubt",
                                    f"a table of {n} reports run on in a paragraph: their descriptions run into "
                                    f"one another with nothing to part them, so none is given to a report{lost}",
                                    unplaced, line_at(desc_a), line_at(max(desc_a, spans[2][2] - 1)), field=field))
        for name in missing:
            issues.append(Issue("warning", "entry_cell_in_doubt",
                                f"a table of {n} reports run on in a paragraph: its row of {name} does not part "
                                f"into {n} values, so none is given to a report", " ".join(cells[name].split()),
                                a_line, b_line, field=f"progress_reports.{name}"))
        done = ends["on_target"]
    text_between(done, len(src))
    return out, issues


# A header cell alone on its line as a header token reads it: a header's words (one letter damaged at most,
# _damaged_head) and a number (a digit or a mark OCR makes of one), nothing else
def _lone_head_token(line: Line) -> str | None:
    """The header's number as printed when `line` is one header alone ("รายงานครังที 2", "รายงานครงท 1"), else None."""
    if line.kind != "text" or "\t" in line.text:
        return None
    m = _HEAD_TOKEN_RE.fullmatch(line.text.strip())
    return m.group(3) if m is not None and _damaged_head(m.group(1)) is not None else None


def heads_over_row(lines: list[Line]) -> list[Line]:
    """`lines` with each header row of a table whose columns are the
    entries (read by untranspose_with_doubts, after this) that OCR read as its headers
    one under another, a line each, right over the block's date row of as
    many cells ("รายงานครงท 1" / "รายงานครังที 2" / "วันที่รายงาน<tab>2018-5-29
    <tab>2018-6-28"), given as one header row: the headers tab-separated,
    each at the page column of its date cell.  The headers' numbers, where
    a digit reads them, must run on by one; a run of headers longer than
    the date row's cells, or over no date row (the headers of a table read
    column by column, or of another layout), stays as it stands.  Before,
    the first header stood alone, the block was read as one entry's (both
    entries' cells in it, in doubt), the second header's entry lost."""
    texts = [k for k, ln in enumerate(lines) if ln.kind == "text" and ln.text.strip()]
    joined: dict[int, Line] = {}
    dropped: set[int] = set()
    t = 0
    tokens = [_lone_head_token(lines[k]) for k in texts]
    while t < len(texts):
        run = []
        while t + len(run) < len(texts) and tokens[t + len(run)] is not None:
            run.append(texts[t + len(run)])
        if len(run) < 2 or t + len(run) >= len(texts):
            t += max(1, len(run))
            continue
        row_line = lines[texts[t + len(run)]]
        opened = _row_cells(row_line)
        cells = row_line.text.split("\t")
        numbers = [thai_digits_to_arabic(tok) for tok in tokens[t: t + len(run)]]
        digits = [int(n) if n.isdigit() else None for n in numbers]
        runs_on = all(a is None or b is None or b == a + 1 for a, b in zip(digits, digits[1:]))
        if opened is not None and _field(opened[0]) == "report_date" and len(opened[1]) == len(run) \
                and len(cells) == len(run) + 1 and len(row_line.cols) == len(cells) and runs_on:
            first = lines[run[0]]
            joined[run[0]] = Line(first.no, "\t".join(lines[k].text.strip() for k in run), first.kind, first.bullet,
                                  first.indent, tuple(row_line.cols[1:]))
            dropped.update(run[1:])
        t += len(run)
    if not joined:
        return lines
    return [joined.get(k, ln) for k, ln in enumerate(lines) if k not in dropped]
