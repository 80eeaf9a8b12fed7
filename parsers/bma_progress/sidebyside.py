"""Section 2's four-column table as an OCR engine reads it row by row with
its cells side by side: each printed line holds a piece of every cell that
wrapped onto it,

    รายงาน ๑8 มกราคม 2567 :           ความก้าวหน้าของงาน เป็นไปตามแผน :
    ครั้งที่๑ ประชุมผู้บริหารสถานศึกษา ฯ = 13.00 %          เป็นไปตาม
    เพื่อกำหนดวันจัดสัมมนา       งบประมาณที่เบิกใช้      เป้าหมาย
    (ครั้งที่ 1]1 = ๐ บาท

and the gaps between cells may shrink to one space.  The columns are told
apart by what they hold, not where they stand: the first holds the header's
two words ("รายงาน" / "ครั้งที่ N"), the third the figure clauses' words, the
fourth the plan and target flags; the second is the rest (the date and
description).  `unweave` gives each table row's pieces again column by
column, every piece with its own line, so the clause reader
(parsers.bma_progress.clauses) meets the row as the table printed it:

    รายงาน ครั้งที่๑ / 8 มกราคม 2567 : / ประชุมผู้บริหารสถานศึกษา / เพื่อกำหนด...
    / ความก้าวหน้าของงาน / ฯ = 13.00 % / งบประมาณที่เบิกใช้ / (ครั้งที่ 1]1 = ๐ บาท
    / เป็นไปตามแผน : / เป็นไปตาม / เป้าหมาย

Other layouts pass through unchanged: the table is recognised by rows that
open with "รายงาน" followed by a date cell (its first characters maybe OCR
damaged: _row_opens), or with a header's number followed by text, at least
twice.  A row whose header cell keeps "รายงาน" alone (its "ครั้งที่ N" lost
or garbled) is given as a header whose number is lost, numbered by its place.
"""

from __future__ import annotations

import regex

from normalizers.text import THAI_MARKS, mark_tolerant, ocr_tolerant
from normalizers.numbers import thai_digits_to_arabic
from parsers.bma_progress.clauses import LATIN_WRAPPED_WORD, PERCENT_OCR, VOWEL_TWICE, date_cell_opens, expense_waits
from schemas.document import Line

_M = f"[{THAI_MARKS}]*"
_DIGITISH = r"[\d๐-๙oO@©«»<>?|]"
# Column 1: "รายงาน" alone at the line's start (not "รายงานความ..." nor a
# whole "รายงานครั้งที่"), or "ครั้งที่ N" / "ครั้งที่N" at the line's start.
_HEAD_WORD_RE = regex.compile(rf"^\s*({mark_tolerant('รายงาน')})(?=\s)(?!\s*ค{_M}\s?[รว])")
_HEAD_TIME_RE = regex.compile(rf"^\s*(ค{_M}\s?[รว]{_M}\s?ง{_M}(?:\s?[ทห]{_M})?\s?{_DIGITISH}{{0,3}})(?=\s|$)")
# A table row's first line: the header's first word, then a date (maybe after "::", a speck before it).
_ROW_OPEN_RE = regex.compile(rf"^\s*{mark_tolerant('รายงาน')}\s+(?:\S{{0,2}}?(?:[:;=]\s*){{1,2}})?(?:{_DIGITISH}|\d)")
# ... or the header's first word, then a date cell whose first characters OCR damaged into letters or marks
# (clauses.date_cell_opens: "รายงาน เ19/11/2561 : ...", "รายงาน ซู ก.ย. ๒๕๒๓ : ...", "รายงาน :: ซ ส.ค. ๒๕๒๒ : ...")
CELL_LOOK = 40  # characters a date cell and its separator take at most (as parsers.bma_progress.entries)
_HEAD_WORD_THEN_RE = regex.compile(rf"^\s*{mark_tolerant('รายงาน')}\s+(?:[:;=]\s*){{0,2}}(?!ค{_M}\s?[รว])")


def _row_opens(text: str) -> bool:
    """Whether `text` is a table row's first line: the header's first word
    ("รายงาน"), then the entry's date cell (_ROW_OPEN_RE), its date's first
    characters maybe OCR damaged into letters or marks (a cell's rule read
    as "เ", "ไ", "ว" glued to the day: clauses.date_cell_opens).  Before,
    such a row was not told apart: its cells were read as the row before's,
    or as text, and a table read row by row for its first entry and column
    by column after it gave every later cell to the entry before."""
    if _ROW_OPEN_RE.match(text):
        return True
    m = _HEAD_WORD_THEN_RE.match(text)
    return m is not None and date_cell_opens(thai_digits_to_arabic(text[m.end(): m.end() + CELL_LOOK]))
# Column 4 at a line's end: pieces of ": (ไม่) เป็นไปตามแผน : (ไม่) เป็นไปตามเป้าหมาย".
# (its leading vowel OCR read twice, ": เป็นไปตาม : เเป็นไปตาม": no Thai word opens with two; clauses._FLAG_SPECK)
_FLAG_WORDS = (rf"(?:ไม่\s*)?(?:(?:{VOWEL_TWICE})?{ocr_tolerant('เป็นไปตาม')}"
               rf"(?:\s?{ocr_tolerant('แผน')}|\s?{ocr_tolerant('เป้าหมาย')})?"
               rf"|{ocr_tolerant('แผน')}|{ocr_tolerant('เป้าหมาย')}|ไม่)")
# (two flag cells side by side whose gap OCR read as spaces, "เป็นไปตาม เป็นไปตาม" / "แผน    เป้าหมาย": both)
_FLAGS_TAIL_RE = regex.compile(rf"(?:^|\s)((?::\s*)?{_FLAG_WORDS}(?:\s*:\s*(?:{_FLAG_WORDS})?|\s+{_FLAG_WORDS})*\s*:?)\s*$")
# One flag cell of a line's flags: its separator, its words ("เป็นไปตามแผน :", ": ไม่", "เป้าหมาย").
_FLAG_CELL_RE = regex.compile(rf"(?::\s*)?{_FLAG_WORDS}(?:\s*:(?!\s*(?:{_FLAG_WORDS})))?")
# Column 3: where the figure clauses' words start in a line.
# The clause words a wrap cut stand there too: "งานฯ =" (of "ความก้าวหน้าของ / งานฯ = 5.00 %") and
# "ใช้ (ครั้งที่ 2)" (of "งบประมาณที่เบิก / ใช้ (ครั้งที่ 2) = 0 บาท"), and so "เบิกใช้ (ครั้งที่ 1) =" and
# "ที่เบิกใช้ (ครั้งที่ 2) =" (of "งบประมาณที่ / เบิกใช้ ...", "งบประมาณ / ที่เบิกใช้ ...": a narrow cell's wrap; before,
# the words stood as the description's and the amount under them was lost); a bare "งบประมาณ" only
# when no clause's "งบประมาณ" follows it in the line (the description's word, then the clause's), and
# only as the clause's first word: "ที่เบิกใช้" after it, or the line's end (a wrap) where it stands
# as a word of its own; the description's "ในปีงบประมาณ และ", "งบประมาณของ" are no clause.
_BUDGET_WORD = ocr_tolerant('งบประมาณ')
# the dash the form prints after an amount's unit in some layouts, "0 บาท.-" ("บาท -", its point lost)
_UNIT_DASH = r"(?:\s*\.?\s*-|\s*\.(?=\s*$))?"
# ... and the form's ".-" before the unit, "๐.- บาท", its point lost ("=๐- บาท") or its dash ("๐. บาท")
_DASH_BEFORE_UNIT = r"(?:\s*\.\s*-?|\s*-)?"
_FIGURES_RE = regex.compile(
    rf"{mark_tolerant('ความก้าวหน้า')}|(?<!\S)(?:{mark_tolerant('ของ')}\s?)?(?:{mark_tolerant('งาน')}\s?)?[ฯๆ]{{1,2}}\s*[=:-]"
    rf"|(?<!\S)=\s*{_DIGITISH}[\d๐-๙.,]*\s*%"
    rf"|(?:{_BUDGET_WORD}(?=\s?ท)|(?<![\u0e01-\u0e4e]){_BUDGET_WORD}(?=\s*$))(?!.*{_BUDGET_WORD})|(?<!\S)(?:(?:{mark_tolerant('ที่')}\s?)?(?:{mark_tolerant('เบิก')}\s?)?{mark_tolerant('ใช้')}\s*)?\(\s*ค{_M}\s?[รว]{_M}\s?ง"
    rf"|(?:(?<=\t)|(?<=\s{{3}}))(?:=\s*)?(?:[฿B#]?{_DIGITISH}[\d๐-๙.,]*\s*(?:\.\s*-)?\s*)?(?:บาท|um|UM){_UNIT_DASH}\s*$"
    rf"|(?:(?<=\t)|(?<=\s{{3}}))[(\[][^()\[\]\t=]{{1,12}}[)\]]?\s*=\s*$"  # "(ครั้งที่ 2) =" OCR garbled: "(ASIN la) ="
    rf"|(?:(?<=\t)|(?<=\s{{3}}))[฿B#]?{_DIGITISH}[\d๐-๙.,]*(?:\s*\.-)?\s*$|(?:(?<=\t)|(?<=\s{{3}}))%(?=\s|$)"  # an amount or "%" a wrap left alone
    rf"|(?:(?<=\t)|(?<=\s{{3}})){_DIGITISH}[\d๐-๙.,]*\s?%\s*$"  # the progress figure a wrap left alone: "75.5%"
)
MIN_ROWS = 2
_HAS_DIGITISH_RE = regex.compile(_DIGITISH)
_HEADLESS_DATE_RE = regex.compile(rf"^\s*(?:[:;=]\s*){{1,2}}{_DIGITISH}")  # ":: 01/08/2562 : ..." opening a line
# ... never an "=" and an amount with its unit ("= 0 บาท.-", "= ๑,๒๐๐ บาท"): a budget clause's amount the cell's width
# wrapped under it, the flags' second line beside it ("งบประมาณที่เบิกใช้ (ครั้งที่3 เป็นไปตาม เป็นไปตาม" / "= 0 บาท.-
# แผน   เป้าหมาย"); no date is followed by the baht word (before, the row ended there, the amount and the flags'
# second line stood as text, and the report lost its disbursement)
_AMOUNT_OPENING_RE = regex.compile(rf"^\s*=\s*[฿B#]?{_DIGITISH}[\d๐-๙,.]*{_DASH_BEFORE_UNIT}\s*(?:บาท|um|UM)(?![\u0e01-\u0e4e])")


def _is_woven(lines: list[Line]) -> bool:
    rows = sum(1 for ln in lines if _row_opens(ln.text))
    tails = sum(1 for ln in lines if _HEAD_TIME_RE.match(ln.text) and ln.text[_HEAD_TIME_RE.match(ln.text).end():].strip())
    return rows >= MIN_ROWS or (rows >= 1 and tails >= MIN_ROWS)


# A header's number wrapped under its "ครั้งที่" stands on the next printed line, a blank line OCR made between at
# most: farther down, a number opening the line is the description's or an expense's ("๑๕ กรกฎาคม ๒๕๐๕", "๑๕๑ คน"
# read as report 15, 151, where OCR lost the header's own number); the header is left without one (numbered by
# its place, and said: parsers.bma_progress.assemble.number_entries)
NUMBER_REACH = 2
# A header's number that wrapped under "ครั้งที่" ("ครั้งที" / "๑๐   และครู...", or "๑๐" alone): a bare number opening the line.
_HEAD_NUMBER_RE = regex.compile(rf"^\s*({_DIGITISH}{{1,3}})(?=\s|$)")
# ... or a speck alone on that line, the number OCR read past reading ("ครั้งที" / "a"): the header's, as printed
_HEAD_SPECK_RE = regex.compile(r"^\s*([^\s\d\u0e01-\u0e4e:;=|()\[\]]{1,2})\s*$")


# "ครั้งที่ N" as OCR may read it in Latin letters ("asin", "ARNO", "agin 1", "annie"), its number after it or lost
_LATIN_TIME_RE = regex.compile(r"^\s*[A-Za-z]{2,6}(?:\s+(\d{1,3}))?(?=\s|$)")


# ... or its "ครั้งที่" whole and its number OCR garbled with a mark glued to it ("ครั้งที่7)" for ๒, "ครั้งที่,"):
# the word, then one to three characters that are no Thai letter and no more than one digit-ish run, a bracket,
# comma or point among them (a clean number is _HEAD_TIME_RE's)
_GARBLED_TIME_RE = regex.compile(rf"^\s*ค{_M}\s?[รว]{_M}\s?ง{_M}(?:\s?[ทห]{_M})?\s?(?=[^\s\u0e01-\u0e4e]{{0,2}}[()\[\],.])"
                                 rf"[^\s\u0e01-\u0e4e]{{1,3}}(?=\s|$)")


def _split(text: str, wants_number: bool = False, wants_time: bool = False) -> tuple[str, str, str, str]:
    """One printed line's pieces of the four columns; with `wants_number`
    (the row's "ครั้งที่" has no number yet), a bare number opening the
    line is the header's; with `wants_time` (the row's header cell holds
    "รายงาน" alone, on the line before), a short Latin word opening the
    line is its "ครั้งที่" as OCR garbled it (with the number after it, if
    one stands there)."""
    rest = text
    head = ""
    m = _HEAD_WORD_RE.match(rest) or _HEAD_TIME_RE.match(rest) or (
        wants_number and (_HEAD_NUMBER_RE.match(rest) or _HEAD_SPECK_RE.match(rest)))
    if m:
        head, rest = m.group(1).strip(), rest[m.end():]
    elif wants_time and (m := _LATIN_TIME_RE.match(rest)):
        head, rest = f"ครั้งที่ {m.group(1) or ''}".strip(), rest[m.end():]
    elif wants_time and (m := _GARBLED_TIME_RE.match(rest)):
        head, rest = "ครั้งที่", rest[m.end():]  # its number garbled past reading: numbered by its place, said
    flags = ""
    m = _FLAGS_TAIL_RE.search(rest)
    if m and (m.start(1) > 0 or not head):
        flags, rest = m.group(1).strip(), rest[: m.start(1)]
    figures = ""
    m = _FIGURES_RE.search(rest)
    if m:
        figures, rest = rest[m.start():].strip(), rest[: m.start()]
        if not flags and (n := _NEGATION_LIKE_RE.search(figures)) is not None:
            figures, flags = figures[: n.start()].rstrip(), n.group(1)
    return head, rest.strip(), figures, flags


# The flags column's first piece, its flag's negation, as OCR misread it past the flag words ("ไป" for ไม่: the
# plan's cell ": ไม่" / "เป็นไปตาม" / "แผน" three lines high beside ":: ความก้าวหน้าของ" / "งานฯ = 29.00 %"): a
# word of ไ or ใ, then ม or a letter of its shape (บ ป น), a mark at most, after the figures' words past a cell's gap (a tab, or three
# spaces), at the line's end (a speck of the other cell's separator after it): no figure clause's word, no prose's
# (the description is the column before the figures); the flags column's, where the entry reader weighs it as a
# negation it cannot read (entries.negation_beside).  Before, it stayed in the progress clause's text and the progress figure under it and
# the negation were both lost, the plan flag read met with nothing saying so.
NEGATION_MISREAD = r"[ใไ][มบปน][\u0e48-\u0e4b]?"  # the word ไม่ as OCR misread it (entries.negation_beside too)
_NEGATION_LIKE_RE = regex.compile(rf"(?:\s*\t|\s{{3,}})\s*({NEGATION_MISREAD})(?:\s+[:;'`‘’|])?\s*$")


# An amount closing a line: "๐. บาท", "15,000.- บาท", "฿0.-", "0 บาท.-".
_AMOUNT_TAIL_RE = regex.compile(
    rf"(?:^|\s)((?:=\s*)?[฿B#]?{_DIGITISH}[\d๐-๙.,]*{_DASH_BEFORE_UNIT}\s*(?:บาท|um|UM){_UNIT_DASH}|(?:=\s*)?[฿B#]?{_DIGITISH}[\d๐-๙,]*\s*\.\s*-)\s*$")


# What a figures cell leaves at a line's start: separators, "%", an amount ("8๐", "฿1,500.- บาท").
# (also an amount with its unit and the dash after it, "0 บาท.-", "= 0 บาท.-": a budget clause's amount the
# cell's width wrapped under its "=", the flags' second line beside it ("งบประมาณที่เบิกใช้ (ครั้งที่ 2) = เป็นไปตาม
# เป็นไปตาม" / "0 บาท.-   แผน   เป้าหมาย"); before, it stood as the description's and the disbursement was lost)
_FIGURE_BITS_RE = regex.compile(
    rf"\s*(?:[:;=]{{1,2}}|%|(?:=\s*)?[฿B#]?{_DIGITISH}[\d๐-๙,.]*(?:\s*\.\s*-|\s*-(?=\s*(?:บาท|um|UM)))?(?:\s*(?:บาท|um|UM){_UNIT_DASH}|\s*%)?"
    rf"|{_DIGITISH}{{1,3}}\s*[)\]]\s*=\s*[฿B#]?{_DIGITISH}[\d๐-๙,.]*(?:\s*\.\s*-)?(?:\s*(?:บาท|um|UM){_UNIT_DASH})?)\s*")
# (also "36.0%" and "7) = 0 บาท": a progress figure and a budget clause's tail a wrap carried)


_BARE_FLAG_RE = regex.compile(rf"(?:ไม่\s*)?{ocr_tolerant('เป็นไปตาม')}\s*$")
_FLAG_TAIL_RE = regex.compile(rf"^[\s:;]*({ocr_tolerant('แผน')}|{ocr_tolerant('เป้าหมาย')})[\s:;]*$")
_PLAN_TAIL_RE = regex.compile(rf"^[\s:;]*{ocr_tolerant('แผน')}[\s:;]*$")


def _mend_flags(row: list[list[Line]]) -> list[list[Line]]:
    """The flags column of a row whose two cells OCR read interleaved
    (": เป็นไปตาม" / "เป็นไปตาม เป้าหมาย" / ": แผน"): a tail word alone
    ("แผน", "เป้าหมาย") goes back to the first "เป็นไปตาม" still without one."""
    # the two cells side by side on one line (": เป็นไปตาม <tab> : เป็นไปตาม" / "แผน <tab> เป้าหมาย"): each its own
    cells = [_flag_cells(ln.text) for ln in row[3]]
    # every line holds a piece of both cells (their gap read as a tab or as spaces): the plan's cell, then the
    # target's, each as it wrapped, a tail word joined to the "เป็นไปตาม" right above it
    columns = len(cells) >= 2 and all(len(c) == 2 for c in cells)
    # ... or the plan's cell a line longer than the target's, its "ไม่" on a line of its own (": ไม่ : เป็นไปตาม" /
    # "เป็นไปตาม เป้าหมาย" / "แผน"): a line after the first holding one tail word alone holds that word's cell's
    # piece (แผน the plan's, เป้าหมาย the target's), so the "ไม่" stays with the plan it negates
    lone = len(cells) >= 2 and len(cells[0]) == 2 and not columns and all(
        len(c) == 2 or len(c) == 1 and _FLAG_TAIL_RE.match(c[0]) for c in cells[1:])
    if lone:
        columns = True
        cells = [c if len(c) == 2 else [c[0], ""] if _PLAN_TAIL_RE.match(c[0]) else ["", c[0]] for c in cells]
    flags: list[Line | None] = (
        [Line(ln.no, c[k], ln.kind) for k in (0, 1) for ln, c in zip(row[3], cells) if c[k]] if columns
        else [Line(ln.no, part, ln.kind) for ln, parts in zip(row[3], cells) for part in parts])
    if len(flags) < 2:
        return row
    done: set[int] = set()  # "เป็นไปตาม" pieces that have their tail
    for k in range(1, len(flags)):
        m = _FLAG_TAIL_RE.match(flags[k].text)
        if m is None:
            continue
        bare = next((j for j in range(k) if j not in done and flags[j] is not None
                     and _BARE_FLAG_RE.search(flags[j].text)), None)
        if bare is None:
            continue
        done.add(bare)
        if bare == k - 1 and not columns:
            continue  # right above it: the clause reader joins the two lines itself
        flags[bare] = Line(flags[bare].no, f"{flags[bare].text.rstrip()}{m.group(1)}", flags[bare].kind)
        flags[k] = None
    return [*row[:3], [f for f in flags if f is not None]]


# The progress clause's words ("ความก้าวหน้าของงาน"), which the cell's width may wrap anywhere
_PROGRESS_WORDS_RE = regex.compile(rf"{ocr_tolerant('ความก้าวหน้าของงาน')}")
# ... or cut before their last word, which the width wrapped onto the next line with the figure and OCR read as
# Latin letters ("ความก้าวหน้าของ" / "ITY = ๓5", "suey = 44", "JIN = 33"): the words' head closing the figures
# column, and the next piece a short Latin word, the "=" and a figure alone (Arabic digits here), no unit after it
_PROGRESS_HEAD_ALONE_RE = regex.compile(rf"^\s*{ocr_tolerant('ความก้าวหน้าของ')}\s*$")
_LATIN_WORD_FIGURE_RE = regex.compile(rf"^\s*{LATIN_WRAPPED_WORD}\s*=\s*(?:{PERCENT_OCR}|\d{{1,3}}(?:\.\d+)?)\s*%?\s*$")


def _latin_word_wrapped(row: list[list[Line]] | None, desc: str) -> bool:
    """Whether `desc`, the piece the column reader gave the description, is the progress words' last word and the
    figure that a wrap put under the figures column's "ความก้าวหน้าของ", its word OCR read as Latin letters
    (see above): the figures column's piece.  Before, it stood as the description's text, and the report's
    progress was lost (fresh s78o, bma_progress_s78o001: reports 8, 9 and 11; extra2 bma_progress_z007: 9)."""
    return (row is not None and bool(row[2]) and _PROGRESS_HEAD_ALONE_RE.match(row[2][-1].text) is not None
            and _LATIN_WORD_FIGURE_RE.match(thai_digits_to_arabic(desc)) is not None)


def _mend_figures(row: list[list[Line]]) -> list[list[Line]]:
    """The figures column of a row whose progress words the cell's width
    wrapped ("ความก้าวหน้า" / "ของงานฯ =" / "75.5%"): the two pieces made one
    line, so the clause reader meets the words whole ("ความก้าวหน้า" alone
    reads as a column's title, and "ของงานฯ =" as text)."""
    figures = row[2]
    if len(figures) < 2:
        return row
    out: list[Line] = []
    for ln in figures:
        if out:
            head, tail = out[-1].text.strip(), ln.text.strip()
            m = _PROGRESS_WORDS_RE.match(head + tail)
            if m and len(head) < m.end() and not _PROGRESS_WORDS_RE.match(head):
                out[-1] = Line(out[-1].no, head + tail, out[-1].kind)
                continue
        out.append(ln)
    return [*row[:2], out, row[3]] if len(out) < len(figures) else row


def _flag_cells(text: str) -> list[str]:
    """A flags piece's cells: parted at tabs, and at the gap between two
    flag cells OCR read as spaces ("เป็นไปตาม เป็นไปตาม", "แผน    เป้าหมาย",
    ": ไม่    : ไม่"); a piece that is no run of flag cells stays whole."""
    out = []
    for part in text.split("\t"):
        if not part.strip():
            continue
        found = [m.group(0).strip() for m in _FLAG_CELL_RE.finditer(part)]
        out += found if found and _GAP_RE.fullmatch(_FLAG_CELL_RE.sub(" ", part)) else [part]
    return out


_GAP_RE = regex.compile(r"\s*")


def _wants_amount(column: list[Line]) -> bool:
    """A column of the row whose last piece ends with "=": its amount is still to come."""
    return bool(column) and column[-1].text.rstrip().endswith("=")


# A budget clause's bracket closed after its report number at a piece's end, its "=" and amount not yet read
# ("ใช้ (ครั้งที่ ๑๐)" / "... = ๐.- บาท": the width wrapped them to a later line)
_CLAUSE_CLOSED_RE = regex.compile(rf"\(\s*ค{_M}\s?[รว]{_M}\s?ง{_M}(?:\s?[ทห]{_M})?\s*[\d๐-๙]{{1,3}}\s*[)\]]\s*$")


def _clause_waits(column: list[Line]) -> bool:
    """A figures column whose budget clause still waits for its amount: its last piece ends with "=" or with the
    clause's bracket closed after its number."""
    return _wants_amount(column) or (bool(column) and _CLAUSE_CLOSED_RE.search(column[-1].text) is not None)


def unweave(lines: list[Line]) -> list[Line]:
    """The section's lines with each row of a side-by-side table given
    column by column (see module doc); other layouts unchanged."""
    if not _is_woven(lines):
        return lines
    out: list[Line] = []
    row: list[list[Line]] | None = None
    stacked = _stacked_heads(lines)
    for ln in lines:
        wants = row is not None and bool(row[0]) and _HEAD_TIME_RE.fullmatch(row[0][-1].text) is not None \
            and not _HAS_DIGITISH_RE.search(row[0][-1].text) and ln.no - row[0][-1].no <= NUMBER_REACH
        # the row's header cell "รายงาน" alone, on the line before: its "ครั้งที่" is due on this line
        time_due = row is not None and len(row[0]) == 1 and row[0][0].no < ln.no \
            and _head_word_alone(row[0][0].text) and not _row_opens(ln.text)
        head, desc, figures, flags = _split(ln.text, wants, time_due)
        if wants and head and not _HEAD_TIME_RE.match(head) and not _HEAD_WORD_RE.match(head + " "):
            row[0][-1] = Line(row[0][-1].no, f"{row[0][-1].text} {head}", row[0][-1].kind)
            head = ""
        waits = row is not None and not head and bool(row[1]) and expense_waits(_column_tail(row[1]))
        if waits and _wants_amount(row[2]) and row[2][-1].no > row[1][-1].no:
            # the figures' budget clause left open at its "=" after the description's open item, on a later line
            # ("ค่าเกียรติบัตร" ... / "เบิกใช้ (ครั้งที่ 1) =" / "BO"): the amount under it is the clause's, the
            # nearer wait (before, the description took it and the disbursement was lost)
            waits = False
        if row is not None and desc and (figures or row[2]) and not _wants_amount(row[1]) and not waits \
                and _FIGURE_BITS_RE.fullmatch(desc):
            # a figures cell standing first in its line ("::" before it, "%" or the amount a wrap
            # carried under it): the row's figures row, read at the left
            figures, desc = f"{desc} {figures}".strip(), ""
        if not figures and desc and not head and _latin_word_wrapped(row, desc):
            figures, desc = desc, ""  # "ความก้าวหน้าของ" / "ITY = ๓5": the progress words' wrapped word and figure
        if row is not None and not figures and desc and _clause_waits(row[2]) and not _wants_amount(row[1]):
            m = _AMOUNT_TAIL_RE.search(desc)  # the amount the budget clause's "=" waits for, under the description
            # (unless the words before it leave an expense clause of the description waiting for a figure: "ค่า" /
            # "เกียรติบัตร จำนวน" / "๕๐ ใบๆ ละ ๕0.- บาท", the line's unit amount; before, the disbursement took it and
            # the expense line was lost, each later line of the entry a row early)
            if m and not expense_waits(f"{_column_tail(row[1])}\n{desc[: m.start(1)]}"):
                desc, figures = desc[: m.start(1)].strip(), m.group(1).strip()
        opens = _row_opens(ln.text) or (row is not None and head and not _HEAD_WORD_RE.match(head)
                                                         and any(c.text for c in row[0][1:]))
        if row is not None and not opens and not head and not desc and figures and not flags and not any(row[1:]) \
                and row[0] and row[0][0].no in stacked:
            # a figures cell right under a run of headers read column by column, before any date and description
            # cell: the rest of the entry read before the run (its budget clause after its progress, "::
            # ความก้าวหน้าของงานฯ = ๑๓.๐๐" / the run / "% งบประมาณที่เบิกใช้ (ครั้งที่ ๓) ="), not the last
            # header's row's; it stands where it was read, after the run, and the lines pass as they stand until
            # the next row opens (before, it went into the last header's row, after that row's description: the
            # next date and description cell came before it and was taken by the entry the clause names)
            out.extend(_row_lines(row))
            out.append(Line(ln.no, figures, ln.kind))
            row = None
            continue
        if row is not None and not opens and ln.no in stacked and (_header_whole(row[0]) or _number_lost(row[0])):
            if _number_lost(row[0]):  # the row's header, its "ครั้งที่ N" lost: numbered by its place (said)
                row[0][-1] = Line(row[0][-1].no, f"{row[0][-1].text.strip()}ครั้งที่", row[0][-1].kind)
            opens, head, desc = True, ln.text.strip(), ""  # the next entry's header, its first word alone
        if row is not None and row[1] and not opens and not head and _HEADLESS_DATE_RE.match(ln.text) \
                and not _AMOUNT_OPENING_RE.match(ln.text) \
                and not (waits and ln.text.lstrip().startswith("=")):
            # a date cell with no header beside it, after the row's first cell: the table is read column by
            # column here, not side by side; the row ends and the lines pass as they stand until the next
            # row opens (an "= amount" under an expense item the description's width wrapped is no date cell:
            # "ค่าจ้างเหมาจัดทำเอกสาร" / "= 6,200 บาท", the item's amount)
            out.extend(_row_lines(row))
            row = None
        if opens or row is None and head:
            if row is not None:
                out.extend(_row_lines(row))
            row = [[], [], [], []]
        if row is None:
            out.append(ln)
            continue
        for k, piece in enumerate((head, desc, figures, flags)):
            if piece:
                row[k].append(Line(ln.no, piece, ln.kind))
    if row is not None:
        out.extend(_row_lines(row))
    return _join_head(out)


def _row_lines(row: list[list[Line]]) -> list[Line]:
    """A row's pieces column by column (its figures and flags mended); a
    header cell that holds "รายงาน" alone to the row's end, its "ครั้งที่ N"
    OCR lost or garbled past reading ("ครั้งที่,", a mark before it), is a
    header whose number is lost ("รายงานครั้งที่": numbered by its place,
    and said), as where a run of headers follows it (_number_lost): the
    row opened with the header's first word and the entry's date cell.
    Before, the word stood as text and the row's cells ran into the entry
    before, while a neighbour row whose header read took their number."""
    if _number_lost(row[0]) and row[1]:
        row[0][-1] = Line(row[0][-1].no, f"{row[0][-1].text.strip()}ครั้งที่", row[0][-1].kind)
    return [c for column in _mend_flags(_mend_figures(row)) for c in column]


def _column_tail(column: list[Line]) -> str:
    """The end of a column's text so far (its last three pieces, as printed
    one under another): where an expense clause the cell's width wrapped may
    wait for its figure (clauses.expense_waits)."""
    return "\n".join(ln.text for ln in column[-3:])


def _head_word_alone(text: str) -> bool:
    """"รายงาน" and nothing else: a header cell whose "ครั้งที่ N" is still to come."""
    m = _HEAD_WORD_RE.match(text + " ")
    return m is not None and text.strip() == m.group(1)


STACKED_HEADS = 3  # header cells one under another, nothing else between, that say the table is read by columns
# ... or this many, where the line right after them opens a date cell (the table's first column under its headers,
# read column by column: "รายงาน" / "ครั้งที๓" / "รายงาน" / "ครั้งที๕" / ":: ๑/๕/๒๕๖๔ : ..."; corpus OCR
# bma_progress_009, its last page read so past the certification); a run of two followed by anything else may be
# two woven rows' header cells OCR read ahead of their other cells
DATED_STACKED_HEADS = 2
# a header's number OCR wrote in Latin letters or marks, alone after its "ครั้งที่" ("ครังที on" for ๓): two or three
# characters, no Thai letter, no separator (its "ครั้งที่" alone in the regex's digits; a cell's text has more)
_GARBLED_NUMBER_RE = regex.compile(r"\s*[^\s\u0e01-\u0e4e:;=|()\[\]]{1,3}\s*")
_BARE_NUMBER_RE = regex.compile(rf"^\s*{_DIGITISH}{{1,3}}\s*$")


def _stacked_heads(lines: list[Line]) -> set[int]:
    """The line numbers of each "รายงาน" alone that opens a header cell of a
    run of STACKED_HEADS or more, one under another with nothing else
    between ("รายงาน" / "ครั้งที ๕" / "รายงาน" / "ครั้งที 5" / ..., a
    number a wrap put on a line of its own, blank lines): a page of the
    table OCR read column by column, its headers first."""
    found: set[int] = set()
    run: list[int] = []
    k = 0
    while k <= len(lines):
        j = k
        while j < len(lines) and not lines[j].text.strip():
            j += 1
        if j < len(lines) and _head_word_alone(lines[j].text.strip()):
            t = j + 1
            while t < len(lines) and not lines[t].text.strip():
                t += 1
            if t < len(lines) and (m := _HEAD_TIME_RE.match(lines[t].text)) \
                    and (not lines[t].text[m.end():].strip() or _GARBLED_NUMBER_RE.fullmatch(lines[t].text[m.end():])):
                n = t + 1
                if not _HAS_DIGITISH_RE.search(m.group(1)):  # its number wrapped onto the next line
                    while n < len(lines) and not lines[n].text.strip():
                        n += 1
                    n = n + 1 if n < len(lines) and (_BARE_NUMBER_RE.match(lines[n].text)
                                                     or _HEAD_SPECK_RE.match(lines[n].text)) else t + 1
                run.append(lines[j].no)
                k = n
                continue
        if len(run) >= STACKED_HEADS or len(run) >= DATED_STACKED_HEADS and j < len(lines) \
                and _date_cell_line(lines[j].text):
            found.update(run)
        run = []
        k = j + 1
    return found


def _date_cell_line(text: str) -> bool:
    """Whether `text` opens with an entry's date cell ("๑/๕/๒๕๖๔ : ...", ":: ๑๕ ก.ค. ๒๕๖๔ : ...", its
    digits maybe OCR damaged: clauses.date_cell_opens), no header before it."""
    return bool(_HEADLESS_DATE_RE.match(text)) or date_cell_opens(thai_digits_to_arabic(text))


def _header_whole(column: list[Line]) -> bool:
    """A row's header cell that holds its "ครั้งที่" and number already
    ("รายงาน" / "ครั้งที่3"): a line that is "รายงาน" alone after it, opening
    a run of header cells (_stacked_heads), is the next entry's header, not
    this one's (the table's next page read column by column: "รายงาน" /
    "ครั้งที ๕" / "รายงาน" / "ครั้งที 5" ...); before, it stayed in this
    row's cell and each later header took the word of the one before."""
    return any((m := _HEAD_TIME_RE.match(ln.text)) is not None and _HAS_DIGITISH_RE.search(m.group(1))
               for ln in column)


def _number_lost(column: list[Line]) -> bool:
    """A row's header cell that holds "รายงาน" alone still, when a run of
    header cells one under another (_stacked_heads) opens below it: the
    row's "ครั้งที่ N" OCR lost (the table's next entries read column by
    column after the row), so the run's first "รายงาน" is the next entry's
    header, not the rest of this one's, and the row's header is one whose
    number OCR lost ("รายงานครั้งที่": numbered by its place, and said, as
    a "ครั้งที่" read in Latin letters).  Before, the row took the run's
    first "ครั้งที่ N" for its own, and that entry's header was lost."""
    return bool(column) and all(_head_word_alone(ln.text) for ln in column)


def _time_cell(text: str) -> bool:
    """"ครั้งที่ N" and nothing else, its number maybe a speck ("ครั้งที่ a")."""
    m = _HEAD_TIME_RE.match(text)
    return m is not None and (not text[m.end():].strip() or _HEAD_SPECK_RE.fullmatch(text[m.end():]) is not None)


def _join_head(lines: list[Line]) -> list[Line]:
    """"รายงาน" and "ครั้งที่ N" of one row made one header line."""
    out: list[Line] = []
    for ln in lines:
        if out and _time_cell(ln.text) and _HEAD_WORD_RE.match(out[-1].text + " ") and \
                out[-1].text.strip() == _HEAD_WORD_RE.match(out[-1].text + " ").group(1):
            out[-1] = Line(out[-1].no, f"{out[-1].text}{ln.text.strip()}", out[-1].kind)
            continue
        out.append(ln)
    return out

