"""Section 2 of the BMA progress form cut into clause events.

The text of section 2 is cut into pieces (`pieces`: a line that starts a part
of an entry opens a piece, other lines continue it), and each piece into
events (`events_of`): headers, dates, figure and flag clauses, expense lines
and the text between them, each with the line it came from.
parsers.bma_progress.assemble puts the events together into entries.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex
from rapidfuzz import fuzz

from normalizers.confusions import AMOUNT_TOKEN, LOOKALIKES, YEARS_BE
from normalizers.dates import find_dates, is_month, month_number
from normalizers.errors import ValueParseError
from normalizers.numbers import (
    ANY_DIGIT_RE,
    NUMBER,
    THAI_LOOKALIKE_LETTERS,
    thai_digits_to_arabic,
)
from normalizers.text import (
    THAI_MARKS,
    clean_value,
    join_wrapped,
    mark_tolerant,
    ocr_tolerant,
    skeleton,
    standard_re,
)
from parsers.lazy import lazy_compile
from schemas.document import Line

_TIME = mark_tolerant("ครั้งที่")
_M = f"[{THAI_MARKS}]*"  # Thai marks, which OCR drops or changes
# "ครั้งที่" as OCR leaves it in a header: marks dropped, ร read as ว, and
# "ที่" lost ("ครง"); never "ความ", which opens the section's title.
_TIME_LOOSE = rf"ค{_M}\s?[รว]{_M}\s?ง{_M}(?:\s?[ทห]{_M})?"
# "รายงานครั้งที่", also split by OCR over two lines with a speck line between ("รายงาน / via / ครั้งที1")
_REPORT = rf"{mark_tolerant('รายงาน')}(?:\s*\n(?:[^\n\d]{{1,6}}\n)?\s*|\s?){_TIME_LOOSE}"
SEPS = " \t:;|"
SEPS_NL = SEPS + "\n"

# The entry header: "รายงานครั้งที่ 12", "รายงานครั้งที่1"; after OCR the
# number may be lost or unreadable ("รายงานครง", "รายงานครังที ©"): then
# group 1 is None and group 2 holds the speck that stands for it, and the
# number comes from the headers' order (parsers.bma_progress.assemble).  A
# number that a date's month and year follow ("รายงานครั้งที่ ๒๐/๑/๒๕๖๕") is
# that date's day, the header's own number lost.
# Thai letters OCR writes for a Thai digit (normalizers.confusions.LOOKALIKES' own, as normalizers.numbers gives
# them: THAI_LOOKALIKE_LETTERS, pinned to the table by tests/test_numbers_glued_letter.py): a header's number
# when a separator follows ("รายงานครั้งที่ ซ :: ...") or the line ends (a table's number column).  Any other token of one or two characters
# is one too when the header's separators follow it, "::" or ":" and a date's day ("รายงานครั้งที่
# ต๓ :: ๑๐ มี.ค. ...", "รายงานครังที a: ๒๒ มิ.ย. ..."): a number OCR garbled past reading.
_THAI_LOOKALIKE = f"[{THAI_LOOKALIKE_LETTERS}]"
_ASCII_LOOKALIKES = "".join(regex.escape(c) for c in LOOKALIKES if c.isascii())  # Latin look-alikes
# A header's number OCR wrote as one or two Thai letters no look-alike table lists ("รายงานครั้งที่ ข" for ๗,
# "รายงานครั้งที่ เว" for ๖), the header's line or piece ending there (a header alone on its line, or one of a run of
# headers cut apart: entries._header_run_apart): its number is unreadable, and the header stands, numbered by the
# sequence (said: value_repaired, report_sequence).  Before, it was a false header, and its entry was lost whole
GARBLED_NUMBER = r"[\u0e01-\u0e2e\u0e40-\u0e44]{1,2}"
HEADER_RE = regex.compile(rf"{_REPORT}(?:\s*(\d{{1,3}})(?!\d)(?!\s?[/-]\s?\d{{1,2}}\s?[/-]\s?\d)|\s?((?:[^\s\d:;=|\u0e01-\u0e4e]|[ๆฯ]){{1,2}}(?=\s|$)"
                          rf"|{_THAI_LOOKALIKE}{{1,2}}(?=\s*[:;=]|[ \t]*(?:\n|$))|[^\s:;=|]{{1,2}}(?=\s*[:;]\s*(?:[:;]|\d))"
                          rf"|{GARBLED_NUMBER}(?=[ \t]*(?:\n|$)))|(?![\u0e01-\u0e4e]))")
# "ครั้งที่ 10" alone, or as a cell before a gap: the second half of a header a table cell wrapped
# ("รายงาน" / "ครั้งที่10"), read apart from its first half (parsers.bma_progress.assemble: no
# description text of its own entry)
NUMBER_PART_RE = regex.compile(rf"^\s*{_TIME}\s*(\d{{1,3}})(?:\s*$|\t\s*|\s{{2,}})")
# A table's number cell: a bare report number opening a row ("1<tab>8/10/2562 : ...")
# or standing alone (a column read top to bottom).  Not a date's day before its month's abbreviation whose
# letters OCR read as digits, a year after it ("17 1.8. 67 :" for 17 ส.ค. 67, "๒๓ 4.0. ๒๕6๓ :", "18 1.8). 2568 :"):
# a numeric date has no space between its month and its year; that cell is a date OCR damaged past reading
# (damaged_date_cell), its entry undated, not report 17's header.  Nor the head of a date whose separator before its
# year OCR read as a bar glued to it ("๑๕๓|๒๕๒๑ :" for ๑๕/๓/๒๕๖๑): a table's bar stands between cells, and no cell
# is a year alone; the slot is the entry's date OCR damaged (damaged_date), kept as printed, never text
_MONTH_AS_DIGITS = r"\s\d\s?\.\s?\d[.)]{1,2}\s+\d{2,5}(?!\S)"
_BAR_YEAR = r"\|\d{4}(?![\d/.\-])"
# Nor the day of a numeric date both of whose slashes OCR read as bars, glued to its parts ("๕|๕|๒๕๒๕ :" for
# ๔/๕/๒๕๖๕): a month and a year, no space around the bars (a table's bars stand between cells with spaces)
_BAR_DATE = r"\|\d{1,2}\|\d{3,4}(?![\d/.\-|])"
NUMBER_CELL_RE = regex.compile(
    rf"^\s*(?:{_TIME}\s*)?(\d{{1,3}})(?!{_MONTH_AS_DIGITS}|{_BAR_YEAR}|{_BAR_DATE})\s*[.|:]?\s*(?=\t|\||$|\s\d{{1,2}}\s*[/.-]\s*\d|\s\d{{4}}-)"
)
# A percentage as OCR may leave it: digits with look-alikes among them
# ("อ2๐๐", "@๐.๐", "ฒ๕.๐", "do"), at least one a look-alike, standing alone
# (no letter glued after it: "อยู่" is a word).  Kept as printed: the
# progress-order repair chooses among its readings (parsers.bma_progress.repairs).
_LOOKALIKE_CLASS = "".join(regex.escape(c) for c in LOOKALIKES)
PERCENT_OCR = rf"(?=[\d.]*[{_LOOKALIKE_CLASS}])[\d{_LOOKALIKE_CLASS}][\d.{_LOOKALIKE_CLASS}]{{0,5}}(?![\u0e01-\u0e4eA-Za-z\d])"
# A word a wrap put on the next line that OCR read as Latin letters, a quote's speck maybe after them ("ITY", "suey",
# "qq\""): the progress words' last word ("ความก้าวหน้าของ" / "ITY = ๓5", "JIN = 33"; entries._WRAPPED_WORD,
# sidebyside._LATIN_WORD_FIGURE_RE) ...
LATIN_WRAPPED_WORD = r"[A-Za-z]{1,5}[\"'“”‘’]?"
# ... as the progress label's last word right before the "=", on the line after "ความก้าวหน้าของ" (the form prints
# nothing else after those words there): the label, its last word damaged
_WRAPPED_LATIN = rf"[ \t]*\n[ \t]*{LATIN_WRAPPED_WORD}(?=[ \t]*=)"
# The "%" with a stroke of it OCR read as a digit glued after it ("๑๓.๐05%6" for ๑๓.๐%): part of the clause's sign,
# kept in its text for repairs.percent_sign (no figure is printed glued after a "%")
SIGN_STROKE_AFTER = r"%\d(?![\d.,/:\-])"
# "ความก้าวหน้าของงานฯ = 5.00 %": progress; the words may lose marks, and OCR
# may read ฯ as ข ("งานข = 4.50 %"), or as ซ before the "=" ("งานซ = ๒.๐๐ %", "งานซฯ ="; ซ is also a
# digit's look-alike, and was read as the progress itself).  A number whose decimal point ends the
# line ("= 25." for 25.5: OCR lost the digit after it) keeps the point: the
# token then reads no percentage, and is repaired by its order or said.
PROGRESS_RE = standard_re(
    rf"{ocr_tolerant('ความก้าวหน้าของ')}(?:\s?{ocr_tolerant('งาน')}\s*(?:[ฯๆข]{{1,2}}|ซ[ฯๆ]?(?=\s*[=:])|[1l|](?=\s*=))?"
    rf"|{_WRAPPED_LATIN})(?:\s*[=:\-]){{0,3}}\s*"
    rf"({PERCENT_OCR}|(?:{NUMBER})(?:\.(?=[ \t]*(?:\n|$)))?)\s*(?:{SIGN_STROKE_AFTER}|%)?"
)


# ... or the label's cell of a table whose rows are the fields (a lone entry's labels beside its values), the
# label wrapped in its cell ("ความก้าวหน้าของ<tab>30.5%" / "งานฯ" on the next line): the label's head, the
# cells' gap, and a figure with its percent sign (no amount or date prints one); the label's wrapped rest with it
_PROGRESS_CELL_RE = standard_re(
    rf"{ocr_tolerant('ความก้าวหน้าของ')}[ ]*\t[ \t]*({NUMBER})[ \t]*%"
    rf"(?:[ \t]*\n[ \t]*{ocr_tolerant('งาน')}[ฯๆข]{{0,2}}(?=[ \t]*(?:\n|$)))?")


# ... or the clause read from its words' tail and its "=" alone ("ของงานฯ = 36.๕๐ %": the words' head stood alone on
# the line above and was left out as the column's title: entries._progress_rejoined)
_PROGRESS_TAIL_RE = standard_re(
    rf"^\s*{ocr_tolerant('ของงาน')}\s*[ฯๆข]{{0,2}}(?:\s*[=:\-]){{1,3}}\s*({PERCENT_OCR}|(?:{NUMBER}))\s*%?")


# ... or the clause whose label OCR lost or damaged past PROGRESS_RE, a figure after "=" then the budget clause, a
# ":" or the line's end: after the description's "::" (a speck of one or two characters between) with the percent
# sign after the figure (a line break may stand between), the clause's own anchor, which no amount or date prints
# (":: = ๑๕.๐% :", ":: 0 = ๒๒.๐% :"); or after one word that reads as the label (_label_like), the sign then
# optional ("ความก้าวหบน้าของงานฯ = ๕๕.๐% :", "ความก้าาหน้าของงามท = ๕๕.00" / ": งบประมาณ..."), or one character
# alone before the clause's colon on the next line the sign OCR misread ("ความกาวหนาขอสนา = 9.00" / "6 : งบ...":
# before, it closed the description).  Read where PROGRESS_RE reads no clause there (unlabelled_progress).
_CLAUSE_END = rf"(?=[ \t]*(?:[:;]|\n|$|{ocr_tolerant('งบประมาณ')}))"
_FIGURE = rf"(?P<figure>{PERCENT_OCR}|{NUMBER})"
_SIGN_AFTER_RE = standard_re(rf"=[ \t]*{_FIGURE}[ \t]*\n?[ \t]*%{_CLAUSE_END}")  # at the "="
_SEP_BEFORE_RE = standard_re(r"[:;]{1,2}[ \t]*(?:[^\s=:;]{1,2}[ \t]+)?\Z")  # what ends right before it
_LABEL_AFTER_RE = standard_re(
    rf"=[ \t]*{_FIGURE}(?:[ \t]*\n?[ \t]*%|[ \t]*\n[ \t]*[^\s:;](?=[ \t]*[:;]))?{_CLAUSE_END}")
_LABEL_LETTERS = (10, 26)  # the letters of the word before the "=" that may read as the label
_PROGRESS_LABEL = skeleton("ความก้าวหน้าของงานฯ")
LABEL_LIKE = 75  # rapidfuzz ratio of a word's skeleton to the label's, at least


def _label_like(word: str) -> bool:
    """A word that reads as the progress label with a few letters OCR
    changed, dropped or added ("ความก้าาหน้าของงามท", "ความก้าวหบน้าของงานฯ")."""
    return fuzz.ratio(skeleton(word), _PROGRESS_LABEL) >= LABEL_LIKE


def _label_before(src: str, at: int) -> int | None:
    """Where the word before the "=" at `at` starts when it reads as the
    label (its last _LABEL_LETTERS[1] Thai letters at most), else None."""
    end = at
    while end > 0 and src[end - 1] in " \t":
        end -= 1
    start = end
    while start > end - _LABEL_LETTERS[1] and start > 0 and "\u0e01" <= src[start - 1] <= "\u0e4e":
        start -= 1
    return start if end - start >= _LABEL_LETTERS[0] and _label_like(src[start:end]) else None


def unlabelled_progress(src: str) -> list[tuple[int, int, int, int]]:
    """The figure clauses of `src` (Arabic digits) whose label OCR lost or
    damaged (see above), in order: (start, end, the figure's start, its
    end) each."""
    out = []
    at = src.find("=")
    while at >= 0:
        m = None
        before = src[max(0, at - 8): at]
        if (sep := _SEP_BEFORE_RE.search(before)) is not None and (m := _SIGN_AFTER_RE.match(src, at)):
            start = at - len(before) + sep.start()
        elif (m := _LABEL_AFTER_RE.match(src, at)) is not None and (start := _label_before(src, at)) is None:
            m = None
        if m is not None:
            out.append((start, m.end(), m.start("figure"), m.end("figure")))
        at = src.find("=", at + 1)
    return out


def progress_token(text: str) -> str | None:
    """The number of a progress clause as printed ("อ2๐๐" in
    "ความก้าวหน้าของงานฯ = = อ2๐๐ %", "36.๕๐" in "ของงานฯ = 36.๕๐ %", "๑๕.๐"
    in ":: = ๑๕.๐% :"), None when `text` holds no clause."""
    src = thai_digits_to_arabic(text)
    m = PROGRESS_RE.search(src) or _PROGRESS_TAIL_RE.match(src)
    if m is not None:
        return text[m.start(1): m.end(1)]
    found = unlabelled_progress(src) if "=" in src else []
    return text[found[0][2]: found[0][3]] if found else None
# Specks OCR glued to a report number inside the brackets ("(ครั้งที่ ๕@)", "(ครั้งที่ 7?)"), or where its
# closing bracket was lost, before the "=" or the line's end ("(ครังที ๕@" / "= ๐.- บาท", "(ครั้งที่ ๓๑ๆ=" /
# "๐.- บาท": before, the speck parted the clause from the amount a wrap carried to the next line, and the
# amount was lost): the number is then not known (`budget_seq`), the clause's amount still is.
_NUMBER_JUNK = r"(?:[^\s\d()\[\]{}=\n]{1,2}(?=\s*[)\]}=]|[ \t]*(?:\n|$)))"
_NUMBER_JUNK_RE = regex.compile(_NUMBER_JUNK)


def budget_seq(src: str, m: regex.Match) -> int | None:
    """The report number a budget clause (or its wrapped tail) names: None
    when there is none, or when specks stand glued to it (the digits may be
    a part of the number or a misread bracket: the clause's place says whose
    it is)."""
    if not m.group(1) or _NUMBER_JUNK_RE.match(src, m.end(1)):
        return None
    return int(m.group(1))


# "งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท": the report number names the entry
# the figures belong to.  OCR may lose the closing bracket, a baht sign may
# stand before the amount (฿, or what OCR makes of it), and a wrapped line
# may carry the amount to the next line (then it is None here and the next
# line's leading amount fills it).  OCR may read the "=" as a dash ("(ครั้งที 2) -" / "0.00 บาท": a dash
# before a digit, no minus: a disbursement is never negative).
# An amount with a Thai digit OCR wrote as a symbol inside it ("83ฒ,ฒ00" for ฿37,700, "๕,@๒๐" for ๔,๙๒๐): one
# token, unreadable as printed (flagged, or repaired from its readings), never the digits before the symbol
# alone ("83", "๕,": read so, 83.00 and 5.00 were silent, or a ฿ sign repaired 83 to 3.00)
_SYMBOLS = "@©«»ฒญซ"  # (ญ, ซ: Thai letters OCR writes for a Thai digit, "๕,ญ๒๐" for ๕,๗๒๐)
# (or a thousands group whose first digit OCR read as any Thai letter, between the comma and the group's other
# digits: "๓,ผ๕๐" for ๓,๙๙๐; read as "๓", 3.00 was silent)
# (or the first group's last digit read as any Thai letter before its comma: "๑๒จ,๓๐๐.๓๕" for ๑๖,๓๐๐.๗๕; read as
# "๑๒", 12.00 stood; and a symbol may carry a mark OCR put on it: "๑๐,ฒญ์๕.๐๐" for ๑๐,๗๗๕.๐๐, read as "๑๐,ฒญ" before)
_DAMAGED_AMOUNT = (rf"(?:[฿B#]\s?)?(?:[\d๐-๙oO][\d๐-๙oO,]*[{_SYMBOLS}][\u0e47-\u0e4e]?"
                   rf"(?:[\d๐-๙oO,]|[{_SYMBOLS}][\u0e47-\u0e4e]?)*"
                   rf"|[\d๐-๙oO]{{1,3}}(?:,[\d๐-๙oO]{{3}})*,[\u0e01-\u0e2e][\d๐-๙oO]{{1,2}}(?:,[\d๐-๙oO]{{3}})*"
                   rf"|[\d๐-๙oO]{{1,2}}[\u0e01-\u0e2e](?:,[\d๐-๙oO]{{3}})+)"
                   rf"(?:\.[\d๐-๙oO]+)?(?:\s*\.\s*-)?")
# A thousands comma OCR read as a space ("= 821 280 :" for ฿21,280, "= ๒ ๓๐๓.๐๐ บาท" for 2,303.00): digit groups
# of three after the first, the satang after them if printed, then the clause's end; one amount (a clause holds
# one), its groups joined by the comma (`joined_groups`)
# (or a space OCR read after the comma, "= 2, 920" / "บาท.-": before, the amount was read 2.00)
_SPACED_AMOUNT = (r"(?:[฿B#]\s?)?[\d๐-๙]{1,3}(?:,? [\d๐-๙]{3})+(?:\.[\d๐-๙]{2})?(?:\.-)?(?![\d๐-๙,.])"
                  r"(?=\s*(?:[:;|]|บาท|um|UM|$))")
_SPACED_GROUP_RE = regex.compile(r"(?<=[\d๐-๙]),? (?=[\d๐-๙]{3}(?![\d๐-๙]))")
# ... the same in an "item = amount" line (the form's expense lines without a count): its groups, then the dash its
# ".-" may keep, then the clause's end, its "บาท" or the next line's item ("ค่าอาหารฯ = 4 300 -" / "บาท", "= 84 400
# ค่าอาหาร" for ฿4,400; fresh s79o005 report 3, s79a005 report 4): before, no expense line stood there, its row lost
_SIMPLE_SPACED_AMOUNT = (r"(?:[฿B#]\s?)?[\d๐-๙]{1,3}(?:,? [\d๐-๙]{3})+(?:\.[\d๐-๙]{2})?(?:\s?\.?\s?-)?(?![\d๐-๙,.])"
                         rf"(?=\s*(?:[:;|]|บาท|um|UM|$|{mark_tolerant('ค่า')}))")
# A thousands comma OCR read as a point, or together with a point beside it, where the amount's shape says so
# (normalizers.confusions reads a lone "31.700" so among its candidates; here the shape is sure):
# * a pair, ".," or ",." ("๑๕.,๓๐๐.๐๐ UM" for ๑๔,๓๐๐.๐๐, "๑๐.,๒๐๐.ญ๕ บาท", "๕,.๐๐๐ บาท"): a first group of one to
#   three digits, the pair, a group of exactly three digits; a pair is never a decimal point;
# * or a point before a group of exactly three digits in an amount whose satang, two digits, stand after a point
#   of their own ("= 7.900.25" for 7,900.25, "๒๑.7๐0.๕๐ บาท"): two points in one amount, the last one the satang's.
# More groups may follow, the satang (a digit written as a symbol among them: unreadable, flagged or repaired from
# its readings).  One amount, each such separator read as the comma (`joined_groups`); before, the clause's amount
# stopped at the damaged separator ("๑๕" read 15.00, "7.900" read 7,900.00, its satang lost) or the token was
# unreadable ("2 numbers where one was expected")
_GROUP = r"[\d๐-๙]{3}"
_POINTED_AMOUNT = (rf"(?:[฿B#]\s?)?[\d๐-๙]{{1,3}}"
                   rf"(?:(?:\.,|,\.){_GROUP}(?:(?:,|\.,|,\.){_GROUP})*(?:\.[\d๐-๙{_SYMBOLS}]{{2}})?"
                   rf"|(?:,{_GROUP})*\.{_GROUP}(?:[.,]{_GROUP})*\.[\d๐-๙{_SYMBOLS}]{{2}})"
                   rf"(?:\s*\.\s*-)?(?![\d๐-๙,.])")
_POINTED_GROUP_RE = regex.compile(r"(?<=[\d๐-๙])(?:\.,|,\.)(?=[\d๐-๙]{3}(?![\d๐-๙]))")
_POINT_GROUPS_RE = regex.compile(rf"(?:[฿B#]\s?)?[\d๐-๙]{{1,3}}(?:[.,]{_GROUP})+\.[\d๐-๙{_SYMBOLS}]{{2}}(?:\s*\.\s*-)?")
_POINT_GROUP_RE = regex.compile(r"(?<=[\d๐-๙])\.(?=[\d๐-๙]{3}(?![\d๐-๙]))")
# (the unit OCR read as "um" may stand glued to the amount: "=Oum" for "= ๐ บาท")
CLAUSE_AMOUNT = (rf"(?:{_SPACED_AMOUNT}|{_POINTED_AMOUNT}|{_DAMAGED_AMOUNT}|{AMOUNT_TOKEN})"
                 rf"(?!(?!(?:um|UM)\b)[\dA-Za-z)\]{_SYMBOLS}])")
# A quote mark OCR read before a clause's figure (a table's rule before its first cell: "งบประมาณที่เบิก '0.- บาท"):
# no part of the amount, which before was lost with it
_QUOTE_SPECK = r"(?:['‘’`´](?=[\d๐-๙]))?"


# A figure a "%" closes is a percentage, never the amount, nor is a figure another budget clause follows on its
# line: a budget clause whose amount OCR lost at its line's end ("งบประมาณที่เบิกใช้ (ครั้งที่ ๓) =") does not take
# the next line's progress figure ("๕.๐๐ % งบประมาณที่เบิกใช้ (ครั้งที่ ๔) =", "4๒ งบประมาณที่เบิกใช้ (ครั้งที่ 6)
# = 0.00": a figures column read in two, its progress figures before the budget clauses; entries._progress_before_budget
# reads them).  Before, 5.00 (42.00) was read as the report's disbursement and the next report's progress was lost
_NO_PROGRESS_AFTER = rf"(?![\d๐-๙.,]*[ \t]*(?:%|{ocr_tolerant('งบประมาณ')}))"


def joined_groups(amount: str | None) -> str | None:
    """A clause's amount with the spaces OCR left for its thousands commas read as the commas (and a comma
    read as a point, or together with one, ".," or ",.", where the amount's shape says so: _POINTED_AMOUNT)."""
    if amount and (".," in amount or ",." in amount):
        amount = _POINTED_GROUP_RE.sub(",", amount)
    if amount and _POINT_GROUPS_RE.fullmatch(amount.strip()):
        amount = _POINT_GROUP_RE.sub(",", amount)
    return _SPACED_GROUP_RE.sub(",", amount) if amount and " " in amount else amount
BUDGET_RE = regex.compile(
    rf"{ocr_tolerant('งบประมาณ')}.{{0,4}}?{ocr_tolerant('เบิกใช้')}\s*"
    rf"(?:(?:(?:[(\[]\s*){{1,2}}|(?=[^()\[\]=\n]{{1,12}}[)\]}}]\s*[=:]))(?:{_TIME_LOOSE}[^\d()\[\]=\n]{{0,5}}\s*(\d{{1,3}})?{_NUMBER_JUNK}?\s*(?:[)\]}}][1l|]?(?=\s*[=:])|[)\]}}])?"
    rf"|[^()\[\]=\n]{{1,8}}[)\]}}]))?"  # "( (ครั้งที่ 1)", or a bracket whose words OCR garbled: "(ASM wo)"
    # (or its opening bracket OCR lost, its closing one and the "=" after it kept: "ครังที 5) =", "ey ») =")
    rf"\s*(?:[=:](?:\s*=)?|-(?=\s*[\d๐-๙]))?\s*{_QUOTE_SPECK}(?:({CLAUSE_AMOUNT}){_NO_PROGRESS_AFTER})?(?:\s*\.(?=\s*(?:บาท|um|UM)))?(?:\s*(?:บาท|um|UM))?"
)
def _dash_point(src: str, m: regex.Match) -> str | None:
    """A budget clause's amount (joined_groups), its comma dropped where it
    ends at one and a dash follows: the point of a baht dash OCR read as a
    comma ("๑๒๐,- บาท" for ๑๒๐.- บาท), no thousands comma whose group OCR
    wrote as letters ("๓,อ๑๐๐.- บาท": entries.figure_values leaves that
    unread)."""
    amount = joined_groups(m.group(2))
    if amount and amount.endswith(",") and m.end(2) < len(src) and src[m.end(2)] == "-":
        return amount[:-1]
    return amount


def budget_amount(text: str) -> str | None:
    """The amount of a budget clause as printed ("842,000" in
    "งบประมาณที่เบิกใช้ (ครั้งที่ 5) = 842,000 บาท"), None when it has none."""
    src = thai_digits_to_arabic(text)
    m = BUDGET_RE.search(src)
    if m is None or m.group(2) is None:
        m = LEADING_AMOUNT_RE.search(src)
        if m is None:  # the clause's words garbled or elsewhere, its bracket unclosed: "(ครั้งที่ ๓ = 8๐"
            m = BARE_BUDGET_RE.search(src)
            if m is None or m.group(2) is None:
                return None
        return text[m.start(2): m.end(2)].strip()
    return joined_groups(text[m.start(2): m.end(2)].strip())


def names_other_report(text: str, seq: int) -> bool:
    """Whether a budget clause's text (as printed, with what was joined to it)
    names a report other than `seq` before its amount ("(ครั้งที เป็น 10) = 0
    บาท" in report 6: another entry's tail carried into it)."""
    return any(int(n) != seq for n in _NAMED_RE.findall(thai_digits_to_arabic(text)))


_NAMED_RE = regex.compile(r"(?<![\d,.])(\d{1,3})\s*[)\]}]\s*[=:]")


# What a line break cut off a budget clause: "(ครั้งที่ 2) = 0 บาท", ") = BO", "= ๐ บาท".
# (its first run of white space possessive, \s*+: the white space after it then matches nothing, as before, where
# a line of 3,000 spaces or tabs and no amount made the adjacent \s* backtrack for a minute)
LEADING_AMOUNT_RE = regex.compile(
    rf"^\s*+(?:\(?\s*(?:{_TIME_LOOSE}[^\d()\[\]=\n]{{0,5}})?(\d{{1,3}})?{_NUMBER_JUNK}?\s*[)\]}}])?\s*(?:[=:](?:\s*=)?)?\s*{_QUOTE_SPECK}({CLAUSE_AMOUNT})"
    rf"(?:\s*\.(?=\s*(?:บาท|um|UM)))?\s*(?:บาท|um|UM)?"  # ".-" that lost its dash: "๐. บาท"
)
DANGLING_UNIT_RE = regex.compile(r"^\s*บาท\b")
# A budget clause whose words OCR garbled or left elsewhere (a column of its
# own): "(ครั้งที่ ๑๐) = Bo", ".(ครั้งที่ ๑ =๐ บาท" anywhere in a line: the
# bracketed report number, "=", an amount (the amount may be lost).
BARE_BUDGET_RE = regex.compile(
    rf"\((?:\s*\()?\s*{_TIME_LOOSE}[^\d()\[\]=\n]{{0,5}}\s*(\d{{1,3}}){_NUMBER_JUNK}?\s*[)\]}}]?[1l|]?\s*=(?:\s*=)?"
    rf"\s*{_QUOTE_SPECK}(?:({CLAUSE_AMOUNT}))?(?:\s*\.(?=\s*(?:บาท|um|UM)))?(?:\s*(?:บาท|um|UM))?"
)
# ": เป็นไปตามแผน" / ": ไม่เป็นไปตามแผน"; after a separator or a cell gap,
# so the same words inside a description do not count.
# Also wherever the two stand as a pair ("... ดำเนินงาน เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
# the separator before them lost), and after a sentence's full stop.
_TARGET_WORDS = rf"(?:ไม่\s*)?{ocr_tolerant('เป็นไปตามเป้าหมาย')}"
# (a speck of punctuation OCR left between a flag's separator and its words, ": , เป็นไปตามแผน", ":  .เป็นไปตาม
# เป้าหมาย", is passed over: before, the flag was the text of its entry's description, the entry without it)
# (so is the flag's leading vowel OCR read twice, ": เเป็นไปตาม": no Thai word opens with two; sidebyside's
# _FLAG_WORDS passes it too: fresh set s150o, bma_progress_s150o002, whose four entries lost both flags)
VOWEL_TWICE = r"\u0e40(?=\u0e40)"
_FLAG_SPECK = rf"(?:[.,'`‘’]\s?|{VOWEL_TWICE})?"
# (after a word of Latin letters alone, OCR's reading of a speck or of the other flag, "cece เป็นไปตามเป้าหมาย",
# or after the dash closing an amount whose figure OCR lost, "(ครั้งที่ 3) - ปาท- เป็นไปตามแผน": no prose's)
_FLAG_AFTER_DEBRIS = r"(?<=(?:^|\s)[A-Za-z]{1,6}\s)|(?<=[ท\d.]-\s)"
# (after its row's label, one space between, OCR having closed the gap between the label's cell and the flag's, "ความ
# สอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย", the label's last words wrapped away at most, "ความสอดคล้อง เป็นไปตามแผน",
# "ความสอดคล้องกับ เป็นไปตามเป้าหมาย": a table's flag row, its one cell the rest of the line; before, the flag was text,
# its entry without it; fresh sets s68z, s69z, s70o and extra4.  A row of more cells on the line is no clause here:
# its cells are the entries' before it, entries.flag_rows_after_columns weighs them)
_ROW_LABEL_BEFORE = (rf"(?<={ocr_tolerant('ความสอดคล้อง', spaces=False)}(?:\s?{ocr_tolerant('กับ', spaces=False)})?"
                     rf"(?:\s?(?:{ocr_tolerant('แผน', spaces=False)}|{ocr_tolerant('เป้าหมาย', spaces=False)}))?\s)")
_ROW_CELL_ALONE = r"[ \t:;|]*(?:\n|$)"
_PLAN_AFTER_ROW_LABEL = (rf"{_ROW_LABEL_BEFORE}(?=\s*(?:ไม่\s*)?{ocr_tolerant('เป็นไปตามแผน')}{_ROW_CELL_ALONE})")
_TARGET_AFTER_ROW_LABEL = (rf"{_ROW_LABEL_BEFORE}(?=\s*(?:ไม่\s*)?{ocr_tolerant('เป็นไปตามเป้าหมาย')}"
                           rf"{_ROW_CELL_ALONE})")
PLAN_RE = regex.compile(rf"(?:^|(?<=[:;|\t\n])|(?<=[.%ท\d]\s)|{_FLAG_AFTER_DEBRIS}|{_PLAN_AFTER_ROW_LABEL}|(?=(?:ไม่\s*)?{ocr_tolerant('เป็นไปตามแผน')}"
                        rf"\s*[:;|]?\s*{_TARGET_WORDS}))\s*{_FLAG_SPECK}(ไม่\s*)?{ocr_tolerant('เป็นไปตามแผน')}")
TARGET_RE = regex.compile(rf"(?:^|(?<=[:;|\t\n])|(?<=[.นผ%ท\d]\s)|{_FLAG_AFTER_DEBRIS}|{_TARGET_AFTER_ROW_LABEL})\s*{_FLAG_SPECK}(ไม่\s*)?"
                          rf"{ocr_tolerant('เป็นไปตามเป้าหมาย')}")
# What every match of PLAN_RE and TARGET_RE holds, whatever stands before it: the words both flags open with, as
# their patterns spell them (a speed-up, no rule: a text without them holds no flag, and is not looked through by
# the patterns' costlier openings; tests/test_speed80_exact.py)
_FLAG_WORDS_RE = regex.compile(ocr_tolerant('เป็นไปตาม'))
# A plan flag right after a target flag, only spaces between (a flag column run on as text, one entry's target
# then the next entry's plan: "เป็นไปตามแผน : เป็นไปตามเป้าหมาย ไม่เป็นไปตามแผน :" at a line's end, the target
# its pair's words stand on the next line): PLAN_RE wants a separator before it or its target after it
PLAN_AFTER_TARGET_RE = regex.compile(rf"[ \t]+(?P<flag>(ไม่\s*)?{ocr_tolerant('เป็นไปตามแผน')})")
# ... and one right after a budget clause, past the ".-" that closes its amount ("= ๐ บาท.- เป็นไปตามแผน", its target
# on the next line or past a doubled separator, "เป็นไปตามแผน :  : เป็นไปตามเป้าหมาย"; glued to the unit, "บาทเป็นไปตาม
# แผน"; after a unit OCR misread, "๒๒,ฒ๐๐ ปาท.- เป็นไปตามแผน"): the flags follow the figures in every layout
PLAN_AFTER_BUDGET_RE = regex.compile(
    rf"[ \t]*+(?:ปาท)?(?:\.[ \t]?-?)?[ \t:;|]*+\n?[ \t]*+(?P<flag>(ไม่\s*)?{ocr_tolerant('เป็นไปตามแผน')})")
# Expense lines, on their own line or inside an entry's text (a table cell,
# a paragraph):
#   "ค่าอาหารฯ = 10,000.- บาท"
#   "ค่าอาหาร 50 คน x 200 บาท = 10,000 บาท"
#   "ค่าอาหาร จำนวน 50 คนๆ ละ 200 บาท เป็นเงิน 10,000 บาท"
#   after OCR: "x" read as "%", "ละ" after "ๆ" as Latin letters ("คนๆ ax 50", "ชุดๆ AE ๓๕๐"),
#   a quantity's or unit amount's first digit as a letter ("อ๑๒ ใบ", "% อ๐๐ บาท"),
#   "บาท" lost after the amount of "ค่าวัสดุ = 87,000" (then it ends a cell or the line)
# An amount is "฿1,540" or "1,540 บาท" (".-" may close it).  The item is the
# words before the figures: from the last "ค่า..." (what every expense item
# of these forms is called) or, on a line of its own, from the line's start.
# a number as OCR may leave it: digits with look-alikes among them ("๑๓,ฒ@๒๐"),
# at least one a digit; read (or repaired) later from its printed text
# (a group of four after a comma: one digit OCR read as two, "๕,5๒๐๐")
# (a space OCR put after a thousands comma, "๕, 4๐0", or before it, "๑๓ ,๑๐๐", is read through (before, the second
# gave no expense line, and a run-on table's lines around it went to no report); also where a look-alike opens the figure,
# "ฒ, ๓๕๐.๐๐" for ๗,๓๕๐.๐๐: the lookahead for a digit passes the space too, where before it stopped there, the figure
# was no amount and its expense line gave no row)
_NUMBER_OCR = rf"(?=[\dฒ@©«»oO]*(?: ?, ?[\dฒ@©«»oO]*)*\d)[\dฒ@©«»oO]{{1,3}}(?: ?, ?[\dฒ@©«»oO]{{3,4}})+(?:\.\d+)?|(?=[\dฒ@©«»oO]*\d)[\dฒ@©«»oO]+(?:\.\d+)?"
# (".-" may have lost its dash: "๕๐. บาท"; it may follow the unit: "๓๐ บาท.-")
# (a space OCR put after its decimal point before the unit, "๑๒๐๐. ๐๐ บาท", "6,000. 00 บาท", is read through: before,
# the figure was no amount, and its expense line, no expense line, went with the text around it)
_POINT_SPACED = r"(?:\.\s\d{2}(?!\d))"
AMOUNT = (rf"(?:[฿B#]\s*(?:{_NUMBER_OCR})(?:\s*(?:\.\s*-))?(?:\s*บาท)?"
          rf"|(?:{_NUMBER_OCR}){_POINT_SPACED}?\s*(?:\.\s*-?)?\s*(?:บาท|um|UM))"
          r"(?:\.\s*-)?")
# In "quantity unit x each = amount" the shape says what the numbers are: an
# amount may stand bare there ("คน x 860 = B2,760": its ฿ read as a digit or
# lost), the product repair weighs it (parsers.repair.repair_product).
_BARE_AMOUNT = rf"(?:{_NUMBER_OCR})(?:\s*\.\s*-)?(?![\d๐-๙])"
# A quantity OCR garbled into a short token with no Thai letter ("oo", "Sey", "&"):
# in that shape it is still the quantity (unreadable: repaired from the product or flagged).
_GARBLED_QTY = r"[^\s\u0e01-\u0e4e\d=:%()]{1,4}(?=\s)"
# ... or into digits and the Thai letters OCR writes for a Thai digit it cannot write ("ซ ชั่วโมง %" for ๗,
# "๓ซ คน %" for ๗๗, "๓ฒ คน x" for ๙๙, "ฒ ชั่วโมง x" for ๙): a token of them alone, one such letter at least, before
# the unit and the sign that joins the unit amount.  Before, the shape failed, the line was read as "item =
# amount", the count, unit and price inside the item, quantity, unit and unit amount lost.  Kept as printed:
# unreadable (repaired from the line's product, or said)
# (or a symbol OCR writes for a digit between two: "๕«2 เล่ม x 5๐ บาท" for ๘๒; before, "๕«" ended the item's words and
# the count read 2, silently in the item)
_LOOKALIKE_QTY = (rf"(?<!\S)(?=[^\s]{{0,3}}[{THAI_LOOKALIKE_LETTERS}]|[\d๐-๙][«»©@][\d๐-๙])"
                  rf"[\d{''.join(regex.escape(c) for c in LOOKALIKES)}]{{1,4}}(?=\s)")
# ... or, right after "จำนวน", digits with one Thai letter OCR glued to them, any letter ("จํานวน ๓ฆ ใบๆ ละ ๒๐.๐๐ บาท
# เป็นเงิน ...", ฆ for a digit it could not write): the word says a count follows, the unit and the sign or "ๆ ละ"
# after it say the token is the count.  Before, the shape failed there and the whole line (item, unit, unit
# amount, amount) was lost as text no rule placed.  Kept as printed: unreadable (mended from the product, or said)
_LETTER_GLUED_QTY = (rf"(?<={mark_tolerant('จำนวน')}\s{{1,3}})"
                     r"(?:\d{1,3}[\u0e01-\u0e2e]|[\u0e01-\u0e2e]\d{1,3})(?=\s)")
# A unit amount OCR garbled the same way, before the "=" ("ใบ x Bad = 8๑,๕๐" for "ใบ x ฿๓๕ = ฿๑,๗๕๐"): still the
# unit amount (unreadable: repaired from the product or flagged), so the line is an expense line and keeps its
# place among its entry's lines (before, it was description text, and the lines after it took its number)
# (a token that reads as a sign and digit look-alikes, "Boo" for ฿๖๐, is no such token: read_amount reads it,
# wrongly; it stays no expense line, as before)
# Before any word the amount is joined by, not "=" alone: "คนๆ ละ Boe เป็นเงิน ...", "ใบๆ ละ Béo เป็นเงิน ...",
# "ใบ ๆ az Blo เป็นเงิน", "ชั่วโมงๆ ละ doo บาท.- เป็นเงิน ๒,๕๐๐ บาท.-" (the ฿ read B and the Thai digits after it
# as Latin letters, or the digits alone as letters) were description text, and the line was lost
# ("เป็นเงิน" as OCR may leave it: "เป็นงิน ๒๕,๑๕๐.๐๐ บาท", the vowel before เงิน's ง lost)
_AS_MONEY = rf"(?:{mark_tolerant('เป็นเงิน')}|{mark_tolerant('เป็นงิน')})"
_JOINED = rf"(?=\s?(?:=|{_AS_MONEY}|{mark_tolerant('รวม')}))"
_GARBLED_EACH = rf"(?=[^\s=]{{0,3}}[^\s\dฒ@©«»oO฿B#,.=])[^\s\u0e01-\u0e4e\d=:%()]{{1,4}}{_JOINED}"
# ... or a sign and digit look-alikes alone ("คนๆ ละ Boo เป็นเงิน 8๕,๒4๐", "ชั่วโมง x Booo = @๑,๕๐๐" for ฿๖๐๐),
# or digits after a sign OCR read as a bracket ("คันๆ AL [8๒,๐๐๐ เป็นเงิน", "ใบ x ]8๒๐ ="): in this shape still
# the unit amount, unreadable as printed (no digit, or a bracket: entries.expense_values never reads it, nor
# the zeros read_amount would make of look-alikes); before, the line was description text and lost whole
_LOOKALIKE_EACH = rf"(?:[฿B#][oO@©«»ฒ]{{1,5}}|[\[\]][\doO@©«»ฒ,.]{{1,9}}){_JOINED}"
# the same token with its unit after it, digits among its letters allowed ("๑๒ คน % mo บาท.- = ๒,ฒ๒๐ บาท.-",
# "คน x a0 บาท = ๕,๓๑0"): the token alone is the unit amount, as printed (never a digit it holds, "0" of "a0");
# also a token of the Latin look-alikes OCR writes for digits alone, no sign among them ("คนๆ AL oo บาท.- เป็นเงิน
# ๓,๓๕๐ บาท.-", ๗๐ read "oo"): "บาท" after it says it is the unit amount, which no digit of it is known of (before, the
# line was no expense line: its row was lost, and each later line of the entry took the row of the one before it)
# A unit amount whose "บาท" OCR read as Latin letters other than "UM" ("ใบๆ ละ 35 inn เป็นเงิน", "ใบ x 50 WIN. =",
# "คนๆ ละ ๑๕๐.๐๐ UW เป็นเงิน", "200.00 WN ="), right before the word or sign the amount is joined by: the figure is
# the unit amount (the letters stand where the form prints its unit), read as the figure alone
_LATIN_UNIT_EACH = rf"(?:{_NUMBER_OCR})(?:\s*\.\s*-)?\s?[A-Za-z]{{2,4}}(?:\.\s?-?)?{_JOINED}"
# ... or digits with the Thai letters OCR writes for a Thai digit it cannot write among them, its baht word after
# it ("คนๆ AY ๕ซ.๕๐ บาท เป็นเงิน ๕,๐๕๒.๕๐ บาท" for ๔๗.๕๐: ซ for ๗): the unit amount, unreadable as printed (before, the
# shape failed, the line's item, count, unit and figures went to no row, and each later line of the entry took the
# row of the one before it, silently: fresh set s112q, bma_progress_s112q006)
_LETTER_EACH = (rf"(?=[\d.,]*[{THAI_LOOKALIKE_LETTERS}])(?=[^\s]*\d)"
                rf"[\d{THAI_LOOKALIKE_LETTERS}][\d.,{THAI_LOOKALIKE_LETTERS}]{{1,9}}(?=\s?(?:บาท|um|UM))")
_GARBLED_EACH_UNIT = (r"(?P<garbled>(?=[^\s=]{0,3}[^\s\dฒ@©«»oO฿B#,.=]|[@©«»oO]{1,4}\s?(?:บาท|um|UM))"
                      rf"[^\s\u0e01-\u0e4e=:%()]{{1,4}}|{_LETTER_EACH})"
                      rf"\s?(?:บาท|um|UM)(?:\.\s?-)?{_JOINED}")
# An amount whose last thousands group OCR cut short ("8๑,๕๐" for ฿๑,๗๕๐): the whole token, unreadable (flagged),
# never the digits before the comma alone (81.00, wrong)
_CUT_GROUP = r"[\dฒ@©«»oO]{1,3},[\dฒ@©«»oO]{1,2}(?![\dฒ@©«»oO,])"
# A unit amount whose thousands comma OCR read as a point, or together with one, where its shape says so (_POINTED_AMOUNT:
# "คันๆ ละ ๑๒.๐๐๐.๐๐ บาท เป็นเงิน", "ชั่วโมง x ๑.๒๐๐.๐๐ บาท =": a point before a group of three digits, the satang after
# a point of their own), its unit after it if printed: read with each such separator as the comma (joined_groups), as
# the line's amount already is.  Before, the shape failed there: the line was lost whole as text no rule placed, or
# read as "item = amount" with the count, unit and price inside its item
_POINTED_EACH = rf"(?P<each_pointed>{_POINTED_AMOUNT})(?:\s*(?:บาท|um|UM)(?:\.\s*-)?)?"
# (NUMBER is an alternation, grouped here: the look-alike OCR wrote for a quantity's first Thai digit,
# "อ๑๒" for ๖๖, goes with a number of either form, not the item before it)
_GARBLED_AMOUNT = r"[^\s=:;|]{2,12}?(?:\s*\.\s*-(?=\s|$)|(?=\s*(?:\.\s*-\s*)?(?:บาท|um|UM)))"
# ... or standing alone after "=", with neither: to its line's end, a separator or the next item's word ("ค่าวัสดุ =
# Bos, ๑๐๐ :", "ค่าเกียรติบัตร = Bod,doo ค่าเช่ารถโดยสาร = Bo, pee", "ค่าอาหารฯ = = 18๑๕,๐๐๐ ::" for ฿๑๔,๐๐๐; a space
# OCR put after its comma read through), one Thai letter in it at most (a look-alike: "7๑,ญ่๐๐"), no word
_LONE_AMOUNT = (r"(?!(?:[^\s=:;|]*?[\u0e01-\u0e2e]){2})[^\s=:;|]{2,12}(?:,\s[^\s=:;|]{1,4})?"
                rf"(?=[ \t]*+(?:$|\n|[:;|])|\s+{mark_tolerant('ค่า')})")
# The amount of a line whose quantity, unit, "x"/"ๆ ละ", unit amount and "="/"เป็นเงิน" all read, OCR garbled past
# a number's shape ("x B50 = Bol,ogo", "คน X Belo = Boo, aero", "ๆ ละ 8๑,๒๐๐ เป็นเงิน Be,", "คน % ๒๕๐.๐๐ บาท =
# สผ่,๕๐๐.๐๐ บาท", "คนๆ av Beo เป็นเงิน %๑๓,๒๐๐"): the shape says the token is the amount, whatever follows it.
# A token opening with a sign or its look-alike, or holding a digit, two Thai letters in it at most (no word);
# a group a space OCR put after its comma ("Boi, ๓๒๐") is its own.  Kept as printed: unreadable (mended from
# the line's product, or said), never the digits in it read alone.
# ... or Latin letters alone, the unit after them ("คนๆ ละ ๒๕ บาท.- เป็นเงิน coded บาท.-" for ๔,๐๗๕: OCR's English
# model read the Thai digits as letters): the unit says the token is the figure; before, the line was description
# text and lost whole, and each later line of its entry took the row of the one before it
_GARBLED_TOTAL = (r"(?=[฿B#%\[\]]|[^\s=:;|]{0,11}\d)(?!(?:[^\s=:;|]*?[\u0e01-\u0e2e]){3})[^\s=:;|]{2,12}"
                  r"(?:(?<=,)\s[^\s=:;|\u0e01-\u0e2e]{1,6})?"
                  r"|[A-Za-z]{3,8}(?=\s*(?:\.\s*-\s*)?(?:บาท|um|UM))")
# An amount's character no digit, look-alike, separator or sign is ("b,eJoo", "อจ,๒๐๐.๐๐"): the amount is
# unreadable as printed (read_amount would read "b,eJoo" as 0.00)
NOT_IN_AMOUNT_RE = regex.compile(r"[^\d๐-๙ฒ@©«»oO,.\s\-฿B#]")
_FIGURE_OR_LOOKALIKE_RE = regex.compile(r"[\d๐-๙ฒ@©«»oO฿B#]")
_CELL_GAP_RE = regex.compile(r"[ \t]{3,}|\t")  # the gap between cells OCR read side by side on one line
# The sign that joins a count to its unit amount: "x", "×", "*", OCR's "%", or the "x" OCR read twice ("คน xX 25
# บาท =", "ใบ xX ๓๕.- UM ="; before, the shape failed and the count, unit and price were read into the item)
_TIMES = r"(?:[xX]{2}(?=\s)|[xX×*%])"
# A speck of a separator OCR put between the "=" and the amount, the amount on the same or the next line ("เล่ม x 80
# บาท = ;" / "13,920 บาท"): passed over (before, the line was no expense line, its item and figures lost)
_SEPARATOR_SPECK = r"(?:[;|]\s*(?=[฿B#\d๐-๙]))?"
# The amount of an "item = amount" line whose "บาท" OCR read as Latin letters other than "um"/"UM" ("ค่าตอบแทนวิทยากร =
# ๑๓๕๐๐ WIN ค่าวัสดุ = ๓๐๐๐ WIN", "= ๑,๕๐๐ UIN.- ค่าถ่ายเอกสาร ..."): the letters stand where the form prints the
# unit, so the figure before them is the amount, read as the figure alone (before, the line was no expense line, its
# row lost and each later line of the entry one row off; as _LATIN_UNIT_EACH does for a unit amount).  Where the bare
# amount may stand (the line's end, a separator, the next item): letters with more text after them ("= ๑๕,๒๐๐.๐๐ hin
# - จ่าย", a neighbouring cell OCR ran in) are no unit the shape vouches for
_LATIN_UNIT_AMOUNT = (rf"(?:{_NUMBER_OCR})(?:\s*\.\s*-)?\s?[A-Za-z]{{2,4}}(?:\.\s?-?)?"
                      rf"(?=\s*(?:$|[:;|]|{mark_tolerant('ค่า')}))")
# (a unit amount's "บาท" may end with a full stop alone before the word the amount is joined by, "ชั่วโมงๆ ละ
# 600 บาท." / "เป็นเงิน ๓,๐๐๐ บาท.-": the stop is no figure's; without it the line gave no row)
# (an amount whose thousands comma OCR read as a space, "= 4 7๐2.๕0 บาท", "= ๕ ๒๕๐ บาท": its groups, joined; before,
# the first group alone was the amount, "4" read 4.00, silently wrong where the product did not catch it)
# (an angle bracket OCR made of a quantity's first digit, ">๕" for ๖๔, is the quantity's: unreadable, not the item's)
_EXPENSE_FIGURES_RE = lazy_compile(
    rf"(?:{mark_tolerant('จำนวน')}\s*)?(?P<qty>[อฒ@oO<>]?(?:{NUMBER})[»«©]?|{_GARBLED_QTY}|{_LOOKALIKE_QTY}|{_LETTER_GLUED_QTY})\s*(?P<unit>[^\d\s=:%]{{1,12}}?)\s*"
    rf"(?:{_TIMES}|ๆ?\s*{mark_tolerant('ละ')}|ๆ\s*[A-Za-z]{{1,2}}(?=\s))\s*(?P<each>อ?(?:{AMOUNT}|{_BARE_AMOUNT})|{_GARBLED_EACH}|{_GARBLED_EACH_UNIT}|{_LATIN_UNIT_EACH}|{_LOOKALIKE_EACH}|{_POINTED_EACH})(?:\s*\.(?![\d๐-๙]))?\s*"
    rf"(?:=|{_AS_MONEY}|{mark_tolerant('รวม')})\s*{_SEPARATOR_SPECK}(?:(?P<amount>(?P<spaced>{_SPACED_AMOUNT}|{_POINTED_AMOUNT})(?:\s*(?:บาท|um|UM)(?:\.\s*-)?)?"
    rf"|{AMOUNT}|{_CUT_GROUP}|{_BARE_AMOUNT})"
    rf"|(?P<garbled_total>{_GARBLED_TOTAL})(?:\s*(?:\.\s*-)?\s*(?:บาท|um|UM)(?:\.\s*-)?)?)"
    rf"|=\s*(?P<simple>{AMOUNT}|(?P<simple_spaced>{_SIMPLE_SPACED_AMOUNT})|(?:{_NUMBER_OCR})(?:\s*\.\s*-)?(?=\s*(?:$|[:;|]|{mark_tolerant('ค่า')}))|{_LATIN_UNIT_AMOUNT})"
    rf"|=\s*(?P<garbled_amount>{_GARBLED_AMOUNT})"
    rf"|=\s*(?P<lone_amount>{_LONE_AMOUNT})"
)
_ITEM_START_RE = regex.compile(rf"(?:^|(?<=[\s:;|]))(?={mark_tolerant('ค่า')})")
# Where an expense line's figures can open (a speed-up, no rule): "จำนวน", a quantity (a digit, a look-alike OCR
# writes for one, or a garbled token: no space, Thai letter, ":", "%" nor bracket) or the "=" of the others.  A
# lookahead on that one character lets the engine pass over every other place at once: four times faster over a
# document's text, the same matches (tests/test_expense_figures_open.py checks them against the pattern as
# written).  An alternative added above that opens with another character must be let in here too.
_FIGURES_OPEN = rf"[^\s\u0e01-\u0e4e:%()]|[จ{''.join(regex.escape(c) for c in LOOKALIKES)}]"
_EXPENSE_FIGURES_AS_WRITTEN = _EXPENSE_FIGURES_RE
_EXPENSE_FIGURES_RE = regex.compile(rf"(?=(?:{_FIGURES_OPEN}))(?:{_EXPENSE_FIGURES_AS_WRITTEN.pattern})")
# What every match holds, whatever its alternative: the "=", "เป็นเงิน" or "รวม" its amount follows (a speed-up:
# a text without one holds no match, and is not looked through)
_FIGURES_JOINED_RE = regex.compile(rf"=|{_AS_MONEY}|{mark_tolerant('รวม')}")
# (the unit amount's first digit may be a letter too: "ชั่วโมง % อ๐๐ บาท", ๖ read as อ)
_AMOUNT_NUMBER_RE = regex.compile(rf"อ?(?:{_NUMBER_OCR}){_POINT_SPACED}?(?=\s*(?:\.\s*-?)?\s*(?:บาท|um|UM))|อ?(?:{_NUMBER_OCR})")
# (a speck OCR glued before "::" is passed over: "ก:: ๕ ม.ค. ๒๕๖๔"; so is one it read between the two colons, a
# point, a comma or a bracket, ":.:" / ":):" (SEP_SPECK): before, the date after ":.:" was no entry's date, its slot
# "." and its text the description's, and the entry went undated though its date was printed whole)
SEP_SPECK = r"(?:(?<=[:;]\s*)[.,()\[\]]\s*(?=[:;]))"
_LEAD_SEP_RE = regex.compile(rf"^\s*(?:[^\s\d:;=|]{{1,2}}(?=[:;=]{{2}}))?[:;=|]\s*(?:{SEP_SPECK}?[:;=|]\s*)?")
_LEAD_SEP_AT_RE = regex.compile(rf"\s*(?:[^\s\d:;=|]{{1,2}}(?=[:;=]{{2}}))?[:;=|]\s*(?:{SEP_SPECK}?[:;=|]\s*)?")  # at a position
_DOUBLE_SEP_RE = regex.compile(rf"\s*(?:[:;=]\s*{SEP_SPECK}?){{2}}")  # "::" says "header" even without a date
CANCEL_RE = regex.compile(rf"^\s*{mark_tolerant('ยกเลิกโครงการ')}")
# The certification that closes the form ("ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้ ..."), which OCR may leave
# on the line of the last entry's flags with its words damaged past the heading's anchor ("เอกสารคบับนี้"):
# no entry's text.  (Its last letter ฏ printed or read as ฎ, "ปรากฎ", the word's common misspelling: the same
# sentence; before, it stayed in the last entry's description.)
CERTIFY_RE = regex.compile(rf"{ocr_tolerant('ขอรับรองว่า')}\s*{ocr_tolerant('ข้อมูลที่ปราก')}\s?[ฏฎ]")
# Letters each clause keeps whatever marks OCR drops: a cheap test before the regexes.
_PROGRESS_KEY_RE = regex.compile(r"ความ[กคถ]|หน[้]?าของงาน")  # "ความก้าวหน้า", OCR's "ความค้าวหน้า"
_BUDGET_KEY_RE = re.compile(r"ง[บปน].ระ|บิกใช")  # (standard re: regex's matches, faster; tests/test_speedups_exact.py)
_PLAN_KEY_RE = standard_re(r"[ไใ][ปบ][ตดค]")


@dataclass(slots=True)
class Piece:
    """Text of section 2 that may span line breaks, with where each source
    line starts in it, so every event keeps the line it came from."""

    text: str
    starts: list[tuple[int, int]]  # (offset in text, line number)

    @classmethod
    def of(cls, line: Line) -> Piece:
        return cls(line.text, [(0, line.no)])

    @property
    def no(self) -> int:
        return self.starts[0][1]

    def line_at(self, pos: int) -> int:
        return self.starts[max(0, bisect_right(self.starts, (pos, 1 << 30)) - 1)][1]

    @classmethod
    def join(cls, lines: list[Line]) -> Piece:
        """Lines joined by line breaks, in one pass (appending a line at a
        time copies the text each time: 20,000 wrapped lines were quadratic)."""
        starts, offset = [], 0
        for ln in lines:
            starts.append((offset, ln.no))
            offset += len(ln.text) + 1
        return cls("\n".join(ln.text for ln in lines), starts)

    def extend(self, line: Line) -> None:
        self.text += "\n"
        self.starts.append((len(self.text), line.no))
        self.text += line.text

    def cut(self, a: int, b: int) -> Piece:
        lo, hi = bisect_right(self.starts, (a, 1 << 30)), bisect_left(self.starts, (b, -1))
        inner = [(o - a, n) for o, n in self.starts[lo:hi]]  # the lines starting strictly inside (a, b)
        return Piece(self.text[a:b], [(0, self.line_at(a)), *inner])


@dataclass(slots=True)
class Event:
    kind: str  # header | number | false_header | date | text | progress | budget | budget_tail | plan | target | expense
    line: int
    value: object = None
    seq: int | None = None  # the report number a header or budget clause names
    text: str = ""
    printed: str = ""  # the report number as printed (its digits may be misread)
    damaged: str = ""  # a date slot no date could be read from, as printed
    below: bool = False  # a header whose damaged date slot is the line below it (_date_line_below)
    last: int = 0  # a figure or flag clause: the line it ends on, when a wrap carried it past `line`
    sep_one: bool = False  # a text that ended in a one glued to a colon (SEP_AS_ONE_RE): the "::" misread?


@dataclass(slots=True)
class Expense:
    item: str
    amount: str
    line: int
    quantity: str | None = None
    unit: str | None = None
    each: str | None = None
    line_end: int | None = None  # the line its amount stands on, when a wrap carried it past `line`

    @property
    def last_line(self) -> int:
        return self.line if self.line_end is None else max(self.line, self.line_end)


@dataclass(slots=True)
class Entry:
    seq: int
    line_start: int
    line_end: int
    date: object = None
    date_text: str = ""
    texts: list[str] = field(default_factory=list)
    figures: dict[str, object] = field(default_factory=dict)
    figure_texts: dict[str, str] = field(default_factory=dict)
    expenses: list[Expense] = field(default_factory=list)

    @property
    def description(self) -> str:
        return clean_value(join_wrapped(self.texts))

    @property
    def cancelled(self) -> bool:
        return bool(CANCEL_RE.match(self.description))

    def touch(self, line: int) -> None:
        self.line_start = min(self.line_start, line)
        self.line_end = max(self.line_end, line)


# The baht word (or OCR's Latin for it) after a progress clause's figure, no "%" between: an amount ("ความก้าวหน้า
# ของงานฯ" / "๓,๑๕๕ บาท.-": a figures column whose cells' first lines OCR read one after another, each label
# over the last line of the cell above, a budget clause's amount), never a percentage
# (digits may stand between: the clause's number pattern stops inside an amount OCR damaged, "๒๐,๐๒๐๐ บาท.-")
_BAHT_AFTER_RE = regex.compile(r"[\d๐-๙.,]*[ \t]*(?:บาท|um|UM)")
# A figure of two characters or more with its "%" opening the line after a progress clause whose figure is one
# character with no "%", its line no "%" after it: the clause's own figure, wrapped in its narrow column; what the
# clause read there was a speck (fresh set s115u, bma_progress_s115u002: "ความก้าวหน้าของงานฯ = 6 :   : เป็นไปตาม"
# / "๕.๐๐ % งบประมาณที่เบิกใช้ ...", each report's progress read as 6).  (A figure of its own before, "= ๑๓.๕๐" /
# "9% งบประมาณ...", keeps it: the "%" wrapped alone, its stroke read as a digit.)
_PERCENT_WRAPPED_RE = standard_re(rf"[^\n%]*\n[ \t]*(?=[^\s%]{{2}})({PERCENT_OCR}|{NUMBER})[ \t]*%")


def _clauses(src: str, orig: str, piece: Piece) -> list[tuple[int, int, Event]]:
    """Figure clauses in one piece as (start, end, event)."""
    at = piece.line_at
    compact = src.replace(" ", "")
    budget_key, plan_key = _BUDGET_KEY_RE.search(compact), _PLAN_KEY_RE.search(compact)
    progress_key = _PROGRESS_KEY_RE.search(compact)
    unlabelled = "=" in src
    if not progress_key and not budget_key and not plan_key and "(" not in src and not unlabelled:
        return []
    found = []
    for m in PROGRESS_RE.finditer(src) if progress_key else ():
        if "%" not in m.group(0) and _BAHT_AFTER_RE.match(src, m.end()):
            continue  # an amount, "บาท" after it: the label's cell read apart from its own figure (_BAHT_AFTER_RE)
        figure, text = m.group(1), orig[m.start():m.end()]
        if "%" not in m.group(0) and len(m.group(1)) == 1 \
                and (wrapped := _PERCENT_WRAPPED_RE.match(src, m.end())) is not None:
            # (the clause keeps its end, so the flags beside it on its line stay theirs; its text is its label and
            # that figure as printed, what progress_token reads again)
            figure, text = wrapped.group(1), orig[m.start():m.start(1)] + orig[wrapped.start(1):wrapped.end()]
        found.append((m.start(), m.end(), Event("progress", at(m.start()), figure, text=text)))
    for m in _PROGRESS_CELL_RE.finditer(src) if progress_key and "\t" in src and not found else ():
        found.append((m.start(), m.end(), Event("progress", at(m.start()), m.group(1), text=orig[m.start():m.end()])))
    for start, end, a, b in unlabelled_progress(src) if unlabelled else ():  # (a labelled clause there wins)
        found.append((start, end, Event("progress", at(a), src[a:b], text=orig[start:end])))
    for m in BUDGET_RE.finditer(src) if budget_key else ():
        seq = budget_seq(src, m)
        found.append((m.start(), m.end(), Event("budget", at(m.start()), _dash_point(src, m), seq=seq,
                                                text=orig[m.start():m.end()],
                                                printed=orig[m.start(1):m.end(1)] if m.group(1) else "")))
        _plan_after(PLAN_AFTER_BUDGET_RE, src, orig, m.end(), at, found)
    for m in BARE_BUDGET_RE.finditer(src) if "(" in src else ():  # after the clauses with words: those win
        found.append((m.start(), m.end(), Event("budget_tail", at(m.start()), _dash_point(src, m),
                                                seq=budget_seq(src, m),
                                                text=orig[m.start():m.end()], printed=orig[m.start(1):m.end(1)])))
        _plan_after(PLAN_AFTER_BUDGET_RE, src, orig, m.end(), at, found)
    for rx, kind in ((PLAN_RE, "plan"), (TARGET_RE, "target")) if plan_key and _FLAG_WORDS_RE.search(src) else ():
        for m in rx.finditer(src):
            found.append((m.start(), m.end(), Event(kind, at(m.start()), not m.group(1),
                                                    text=orig[m.start():m.end()].strip(SEPS))))
            if kind == "target":
                _plan_after(PLAN_AFTER_TARGET_RE, src, orig, m.end(), at, found)
    found.sort(key=lambda t: t[0])
    out: list[tuple[int, int, Event]] = []
    for start, end, event in found:  # the line each clause ends on (its figure, its flag's last word)
        event.last = at(max(start, end - 1))
    for item in found:  # overlaps: the earliest wins
        if not out or item[0] >= out[-1][1]:
            out.append(item)
    return out


def _plan_after(rx: regex.Pattern, src: str, orig: str, end: int, at, found: list) -> None:
    """A plan flag right after a clause that ends at `end` (PLAN_AFTER_TARGET_RE, PLAN_AFTER_BUDGET_RE), into
    `found` (the overlaps are weeded out after: a plan PLAN_RE read there too is one clause)."""
    if "แ" in src[end: end + 60]:  # แผน's first letter: a cheap test first
        p = rx.match(src, end)
        if p is not None:
            # (the clause takes what stands between, the amount's ".-"; its line is the flag's words')
            found.append((p.start(), p.end(), Event("plan", at(p.start("flag")), not p.group(2),
                                                    text=orig[p.start("flag"):p.end()])))


# The date slot of an entry, "<date> :", that OCR damaged past reading
# ("๑๒๐/๑๑/๒๕๐๓ :", "@ AA. ๒๕๒๕ :", "๒๕ / พุย. ๒๕๐๕ :"): what stands between the
# header (or "::", whose first colon OCR may read as a Latin "i": "i:", or which a
# speck of one or two characters OCR read before it opens: "ก::", "1:") and the
# first single ":", when it is short, holds digits and no more letters than a
# month name.  A bracket, a point or a comma OCR read between the two colons of "::"
# (":):", ":(:", ":.:") is one of its specks: the slot starts after it (before, the
# bracket alone was read as the slot, no date, and the entry lost its date and its
# description; a date read whole after one: _LEAD_SEP_AT_RE, SEP_SPECK).
# A "%" OCR read for a digit between two digits of the slot ("lad ม.ค. ๒๕%๒๐5 :" for ๒๔ ม.ค. ๒๕๖๗) is the date's
# (a percentage prints its sign after its figure; before, the slot read no date, the header was false and its entry
# ran into the one before, every entry after it one number short).
# (the first run of white space is possessive, \s*+: giving it back could only start the slot with white space,
# which holds no date; backtracking it was a second per 3,000 spaces under match, an hour under search)
_DATE_SLOT_RE = regex.compile(r"\s*+(?:[^\s:;=%|]{1,2}(?=[:;]))?(?:(?:[:;|=]|=:|[il!](?=[:;])|(?<=[:;])[.,()\[\]](?=[:;]))\s*){0,3}(?P<slot>(?:[^:;=%\n]|(?<=[\d๐-๙])%(?=[\d๐-๙])){1,30}?(?:\n[^:;=%\n]{0,30}?)?)\s*[:;](?![:;])")
_DIGITISH_RE = regex.compile(r"[\d๐-๙oO@]")
_THAI_LETTER_RE = regex.compile(r"[\u0e01-\u0e2e\u0e30-\u0e30\u0e40-\u0e44]")


# A speck OCR read as a short token of its own: at most three characters, no
# Thai letter and no digit ("Bd", "«", "v").
_SPECK_RE = regex.compile(r"[^\s\u0e01-\u0e4e\d๐-๙]{1,3}")


def is_speck(text: str) -> bool:
    return bool(_SPECK_RE.fullmatch(text.strip(SEPS_NL)))


# The unit of a figure alone on its line ("บาท", "บาท.-"; OCR's "ปาท"): a wrap cut it from its clause
# ("งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00" / "บาท" in a table's cell), and it is no entry's text.
_LONE_UNIT_RE = regex.compile(r"[บป]าท[.\-]*")


def is_lone_unit(text: str) -> bool:
    return bool(_LONE_UNIT_RE.fullmatch(text.strip(SEPS_NL)))


# What OCR reads from a table's rules and the specks under a header in its number column ("2 4",
# "ย 4", "๕2 4", "Ua", "% ad"): at most four characters besides spaces, no two Thai letters together
# (no word), no separator or bracket.
_WORD_RE = regex.compile(r"[\u0e01-\u0e2e][\u0e30-\u0e4e]*[\u0e01-\u0e2e]")
_NOT_SPECKS_RE = regex.compile(r"[:;=|()\[\]]")


def is_rule_speck(text: str) -> bool:
    """A short line of specks under a header (see above): read only right
    after a header, where no entry's text stands yet."""
    text = text.strip(SEPS_NL)
    return 0 < len(text.replace(" ", "")) <= 4 and not _WORD_RE.search(text) and not _NOT_SPECKS_RE.search(text)


# A date OCR damaged with no colon after it ("๒๐๒๐ ๒ ๒๐ .", "๒๐500 0 60",
# "๒๐๒๐-๑=ส"): up to four runs of digits, look-alikes and date separators,
# at least four of them digits, then a space or the line's end.
_DATE_RUN_RE = regex.compile(
    rf"\s*(?:[:;|]\s*){{0,2}}(?P<slot>(?=(?:[^\d๐-๙\n]{{0,3}}[\d๐-๙]){{4}})[\d๐-๙{_ASCII_LOOKALIKES}]"
    rf"[\d๐-๙{_ASCII_LOOKALIKES}ส/\-.=|]*(?:[ \t]+[\d๐-๙{_ASCII_LOOKALIKES}/\-.=|]+){{0,3}})(?=\s|$)")


# A piece that opens with "=" and a figure alone before its colon ("= 80 : เป็นไปตามแผน", "= ๕๕ : งบประมาณ...",
# "= 824,000 :", "= ๓๑,๕๐๐.- umn:"): the value of a figure clause whose label ends the line above (its "="
# wrapped with it), never a date slot.  A date follows "::" or ":" (OCR's "=:" for "::" is no lone "="), and a
# figure alone (at most three digits, or a thousands comma, a point, a unit or a percent) is no date's; read as
# one, the slot took the figure and the clause above was left without its amount (said, "no amount")
_FIGURE_AFTER_EQUALS_RE = regex.compile(
    r"^\s*=(?![=:;])\s*(?:[฿B#]\s?)?(?:-\s?)?(?:[\d๐-๙oO]{1,3}(?:,[\d๐-๙oO]{3})*(?:\.[\d๐-๙oO]{1,2})?"
    r"(?:\s*\.\s*-)?)\s*(?:บาท|um[a-z]*|UM[A-Z]*|%)?\s*[:;](?![:;])")


def damaged_date(src: str, pos: int = 0) -> tuple[str, int] | None:
    """The date slot at the start of `src` (at `pos`) when no date can be
    read from it: (its text, where it ends, counted from `pos`).  A slot
    closes with a colon; a run of digits OCR damaged may stand without one
    (_DATE_RUN_RE)."""
    m = _DATE_SLOT_RE.match(src, pos)
    if m is not None:
        slot = m.group("slot")
        if (len(_DIGITISH_RE.findall(slot)) >= 2 or _month_between(slot)) and len(
                _THAI_LETTER_RE.findall(slot)) <= 10 and "บาท" not in slot:
            return slot.strip(), m.end() - pos
    m = _DATE_RUN_RE.match(src, pos)
    if m is None or not _PARTS_RE.search(m.group("slot").strip()):
        return None  # one bare number ("2563") is no date
    return m.group("slot").strip(), m.end() - pos


# A date and description cell's date slot OCR garbled whole (parsers.bma_progress.assemble._Assembler._place, in a
# column of such cells; events_of, after an entry's header in a row): one to three short tokens, no Thai letter
# (Thai digits may stand: "๒ A.A. ๒ :") and no more than sixteen characters, one of them a month's abbreviation as
# OCR's Latin letters write it (letters, then a point: "TA." for ก.ค.), then a single colon and the cell's text
_GARBLED_SLOT_RE = regex.compile(
    r"^\s*(?=[^:;\n]{1,16}[:;])(?:[^\s\u0e00-\u0e4f\u0e5a-\u0e7f:;=]{1,4}[ \t]+)?[A-Za-z]{1,3}\.(?:[A-Za-z]{1,2}\.)?"
    r"(?:[ \t]+[^\s\u0e00-\u0e4f\u0e5a-\u0e7f:;=]{1,4})?[ \t]*[:;](?![:;])(?=\s*[\u0e01-\u0e2e])")


def garbled_date_slot(text: str) -> int | None:
    """Where a date slot OCR garbled whole ends in `text` (past its colon), or None (_GARBLED_SLOT_RE)."""
    m = _GARBLED_SLOT_RE.match(text)
    return m.end() if m is not None else None


_PARTS_RE = regex.compile(r"[/\-.=|\s]")  # what parts a date's day, month and year
# A day or a year OCR wrote in look-alikes of its digits or in Latin letters ("ow", "bd", "Wedd", "De"): a short
# token with no Thai consonant
_DAY_OR_YEAR_RE = regex.compile(r"[^\s\u0e01-\u0e2e]{1,5}")


def _month_between(slot: str) -> bool:
    """A date slot whose month's name reads and whose day (and year) OCR wrote
    as look-alikes or Latin letters, one digit-ish character among them at
    least ("ow เมษายน bd", "๑ พ.ค. Wedd", "๓ ก.ค." / "De"): a day, the month,
    maybe a year, in that order, two or three tokens.  The month's name says
    date where the digits alone (fewer than two) do not; a description's
    words before a colon are no such tokens.  So is one that opens with the
    month, a year-ish token after it ("กรกฎาคม ๒" after "รายงานครั้งที 5",
    its day read as the header's number or lost: fresh set s97o,
    bma_progress_s97o002)."""
    tokens = slot.split()
    if len(tokens) == 2 and is_month(tokens[0]):
        return bool(_DAY_OR_YEAR_RE.fullmatch(tokens[1]) and _DIGITISH_RE.search(tokens[1]))
    if not 2 <= len(tokens) <= 3 or not _DAY_OR_YEAR_RE.fullmatch(tokens[0]) or not is_month(tokens[1]):
        return False
    rest = [tokens[0], *tokens[2:]]
    return all(_DAY_OR_YEAR_RE.fullmatch(t) for t in rest) and any(_DIGITISH_RE.search(t) for t in rest)


def _leading_date(src: str, pos: int = 0) -> tuple[object, int] | None:
    """A date right at the start of `src` (at `pos`; after separators):
    (date, end counted from `pos`).  Reads only what it needs there: called
    at every header of a long piece, copying the rest was quadratic."""
    lead = _LEAD_SEP_AT_RE.match(src, pos)
    if lead:
        offset = lead.end()
    else:
        offset = pos
        while offset < len(src) and src[offset].isspace():  # as str.lstrip()
            offset += 1
    for day, (a, b) in find_dates(src[offset: offset + 40]):
        if a <= 1:
            return day, offset + b - pos
        break
    return _parted_year(src, offset, pos)


# A CE or BE year-first date whose year OCR parted with a space after its second digit ("๒๐ ๒๒-๓-๒๕ :" for
# ๒๐๒๒-๓-๒๕), its separator after it: read as the date whose year the two halves make, where that year is one a
# report can be about (the halves read apart give a day-first date of a two-digit year, 22-3-25: 1982, which none
# is).  Before, "๒๐" was read as a table's number cell, report 20, and the entry's date as 1982-03-22 (fresh set
# s120o, bma_progress_s120o010: its header above undated, the reports after it numbered from 21)
_PARTED_YEAR_RE = regex.compile(r"(20|25)\s(\d{2})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})(?=\s*[:;|])")


def _parted_year(src: str, offset: int, pos: int = 0) -> tuple[object, int] | None:
    """A date at `offset` of `src` whose year OCR parted (_PARTED_YEAR_RE): (date, end counted from `pos`)."""
    m = _PARTED_YEAR_RE.match(src, offset)
    if m is None:
        return None
    year = int(m[1] + m[2])
    if not YEARS_BE[0] <= (year + 543 if year < 2400 else year) <= YEARS_BE[1]:
        return None
    found = find_dates(f"{year}-{m[3]}-{m[4]}")
    return (found[0][0], m.end() - pos) if found else None


_LETTER_RE = regex.compile(r"[^\W\d_ๆฯ]")  # a letter; ๆ and ฯ alone name no item ("(ครั้งที่ ๓๑ๆ= ๐.- บาท")
# Before figures, on a line of its own: separators, digits or "x" say the
# text is the tail of something else (a wrapped "87 คน x 25 บาท = ..."), not an item.
_NOT_AN_ITEM_RE = regex.compile(r"[:;|\t\d๐-๙]|\s[xX×]\s")
ITEM_MAX = 80  # characters an expense item may run back from its figures
# A speck OCR read as a token of its own inside or after an item's words (a dot opening the wrapped line, "ค่าอาหาร"
# / ". จำนวน ...", "ค่า . อาหารว่างและ...", "ค่าอาหารว่างและเครื่องดื่ม !", "ค่าจัดทำเอกสาร «"): one or two marks of
# punctuation standing alone between spaces, no bracket, sign or figure among them; no item prints one
_ITEM_SPECK_RE = regex.compile(r"(?<!\S)[.,!?«»©'\"`~^|•·*_]{1,2}(?!\S)")


# An item's "ค่า" a cell's wrap parted from the rest of its word ("ค่า" / "อาหารว่างและเครื่องดื่ม", joined "ค่า
# อาหารว่าง..."): "ค่า" binds the word after it, which no space parts in print; that word opens with a consonant
# or a leading vowel, เ แ โ ใ ไ ("ค่า" / "เกียรติบัตร": before, a leading vowel kept the space, "ค่า เกียรติบัตร")
_ITEM_WORD_WRAP_RE = regex.compile(r"^ค่า\s+(?=[\u0e01-\u0e2e\u0e40-\u0e44])")
# A word of Latin letters ending the item of a line in the "จำนวน N unitๆ ละ X" form, right before its quantity
# ("ค่าเช่ารถโดยสาร" / "HWW ๓ คันๆ az ๓,๕๐๐ บาท.-"): the form's "จำนวน", which OCR's English model read as letters;
# no item's word (before, the item kept it, "ค่าเช่ารถโดยสาร HWW")
_COUNT_WORD_LATIN_RE = regex.compile(r"(?<=[\u0e01-\u0e4e])\s+[A-Za-z]{2,6}$")
_GARBLED_TAIL_RE = regex.compile(r"\s*\.\s*-$")
# An amount the figures' pattern ended inside its token, OCR having glued to its digits a look-alike of a digit
# or a group no number has ("= ๒อ,อ๐๐.- บาท" for ฿๖,๖๐๐, "= ๕,@๑๒9๐", "= ฒ,๓อ๐ บาท", "= ๑๐,๒๕๑๕๐"): the rest of
# the token, up to a space, "บาท" or the text's end, when it holds a digit and no character but digits,
# separators, the look-alikes OCR writes for digits and the marks it glues to them, is the amount's too.  The
# token is kept as printed (unreadable: mended from the line's product or the entry's sum, or said), never the
# digits before the glued character alone ("๒" read 2.00, silently wrong), the rest left as text.
_GLUED_REST_RE = regex.compile(
    rf"(?P<token>(?=[^\s]{{0,11}}[\d๐-๙])[\d๐-๙,.\-<{_LOOKALIKE_CLASS}\u0e31\u0e34-\u0e37\u0e48-\u0e4b]{{1,12}})"
    rf"(?=\s|$|บาท)(?:\s*+(?:บาท|um|UM)(?:\.\s*-)?)?")
_UNIT_OR_SIGN_RE = regex.compile(r"บาท|um|UM|[฿B#]")


_CUT_GROUP_RE = regex.compile(_CUT_GROUP)


def _number(amount: str) -> str:
    if _CUT_GROUP_RE.fullmatch(thai_digits_to_arabic(amount.strip())):
        return amount.strip()  # a thousands group cut short: the whole token, unreadable
    m = _AMOUNT_NUMBER_RE.search(amount)
    return m.group(0) if m is not None else amount.strip()  # a figure OCR garbled past any digit: as printed


def _each(each: str) -> str:
    """A unit amount as the reader keeps it: its number, or, its sign read as a
    bracket ("[8๒,๐๐๐"), the token as printed (unreadable: the sign's "8" is no digit of it)."""
    return each.strip() if each.lstrip()[:1] in ("[", "]") else _number(each)


# An expense line's shape, however OCR damaged its figures: an item word (ค่า... opening a word), then within
# ITEM_MAX characters the sign or words an expense line's amount is joined by ("=", "เป็นเงิน", "ๆ ละ"; never a bare
# "ละ", which "และ" holds), then a token with no Thai letter and a digit, a sign or a look-alike in it: the figure
# ("ค่าตอบแทนวิทยากร = Bod,@oo" for ฿๑๖,๕๐๐, no digit left; "คนๆ ละ 83๕ เป็นเงิน 81,๓๕๕")
_EXPENSE_SHAPE_RE = regex.compile(
    rf"(?:^|(?<=[\s:;|])){mark_tolerant('ค่า')}\S[^=]{{0,{ITEM_MAX}}}?"
    rf"(?:=|{_AS_MONEY}|ๆ\s*{mark_tolerant('ละ')})\s*(?=[^\s]*[\dA-Za-z@๐-๙฿#])[^\s\u0e01-\u0e2e=]{{1,14}}")


def expense_shaped(text: str) -> str | None:
    """The first stretch of `text` of an expense line's shape (above), read
    by `expenses_in` or not: where it stands in text no entry is given, an
    expense line is lost, and its table must be said."""
    m = _EXPENSE_SHAPE_RE.search(text) if "ค" in text else None
    return m.group(0) if m is not None else None


def lone_amount(token: str, item: str) -> bool:
    """Whether a token standing alone after "=" (_LONE_AMOUNT, Thai digits
    read) is an expense line's amount OCR garbled: after an item in words
    (ค่า..., no figure, separator or " x " in it: "ค่าเกียรติบัตร aw ใบ x
    Bloo" / "= Boléo" is a line of quantity and unit amount), with a digit or a digit's look-alike in it, and
    either a digit or a character no amount holds (NOT_IN_AMOUNT_RE), so it
    reads as no figure and is mended or said: a token of look-alikes alone
    ("Boo" for ฿๖๐) read_amount would read, wrongly (0.00), and it stays text."""
    return bool(_ITEM_START_RE.match(item) and not _NOT_AN_ITEM_RE.search(item)
                and _FIGURE_OR_LOOKALIKE_RE.search(token)
                and (ANY_DIGIT_RE.search(token) or NOT_IN_AMOUNT_RE.search(token)))


# An expense line whose "=" OCR lost where the line wraps between its item and its amount ("... ค่าวัสดุ" /
# "4,20๐.- บาท ค่าเช่ารถโดยสาร = ..."): an item in words ending its line (ค่า... opening a word, no figure,
# separator or sign in it), the next line opening with an amount and its baht word or sign.  Read as though the
# "=" stood at the break (the break's characters become "=" and spaces in the text the patterns read, so every
# offset still points into the printed text).  Before, the line's item ran into the description and its amount
# was lost, or taken by the line before it, the entry's lines after it each one place off.
# The same "=" lost at a wrap after a line's unit amount ("ค่าตอบแทนวิทยากร 4 ชั่วโมง x 1,200 บาท.-" / "4,800 บาท.-
# ค่าอาหาร ..."): the sign that joins the count to its unit amount, the unit amount with its baht word or sign
# ending the line, the next line opening with an amount and its baht word or sign.  Before, the line had no "="
# and no expense was read of it: the entry's later lines each took the row of the one before, the last row lost.
# (The product repair weighs the three figures as for any such line.)
# The item's "ค่า" may stand alone ending the line before, the width wrapping the item's word after it ("... เบิก -
# จ่าย ค่า" / "ถ่ายเอกสาร" / "15,500.00" / "บาท ค่าจ้าง ..."; before, no row, each later line of the entry a row early).
_EQ_LOST_AT_WRAP_RE = regex.compile(
    rf"(?:(?<=(?:^|(?<=[\s:;|])){mark_tolerant('ค่า')}(?:[ \t]*\n[ \t]*)?[^\s=:;|\d๐-๙]{{1,40}})"
    rf"|(?<={_TIMES}\s*(?:{AMOUNT})))[ \t]*\n[ \t]*(?=(?:{AMOUNT}))")


# Where a match of _EQ_LOST_AT_WRAP_RE may be: a line break, then the next line's spaces and the first character
# an amount opens with (AMOUNT: a sign or a digit, or a look-alike of one).  A speed-up, no rule: the pattern,
# asked at every place of a document's text, spends most of its time on its lookbehind; a line break found
# first (standard re looks for the "\n" at C speed) leaves it one place to be asked at each such break, where
# its match would start (after the spaces ending the line: its lookbehind ends with a letter).  Matches hold
# one break each, so they are the same, and none overlaps another (tests/test_speedups_s47.py).
_EQ_WRAP_BREAK_RE = re.compile(r"\n[ \t]*[฿B#\dฒ@©«»oO]")


def _eq_at_wrap(src: str) -> str:
    """`src` with each break _EQ_LOST_AT_WRAP_RE finds written as "=" (same length)."""
    if "\n" not in src or "ค" not in src:
        return src
    out: list[str] = []
    last = 0  # where the text not yet copied starts
    for brk in _EQ_WRAP_BREAK_RE.finditer(src):
        at = brk.start()
        while at > 0 and src[at - 1] in " \t":  # (the match opens with the spaces ending the line)
            at -= 1
        if at < last or (m := _EQ_LOST_AT_WRAP_RE.match(src, at)) is None:
            continue
        out += (src[last: m.start()], "=" + " " * (m.end() - m.start() - 1))
        last = m.end()
    if not out:
        return src
    out.append(src[last:])
    return "".join(out)


def may_hold_expense(src: str) -> bool:
    """A cheap test before `expenses_in`: the text holds a word or sign an
    expense line's figures are joined by ("=", "ละ", "เป็นเงิน", "รวม"; "ๆ"
    before an OCR'd "ละ": "เล่มๆ as 850 เป็นเงิน 2,250" has none of the others)."""
    return ("=" in src or "ละ" in src or "ๆ" in src or "เง" in src or "รวม" in src
            or ("\n" in src and "บาท" in src and "ค่า" in src))  # (an "=" a wrap lost: _EQ_LOST_AT_WRAP_RE)


def expenses_in(src: str, orig: str, no: int) -> list[tuple[int, int, Event]]:
    """Expense lines inside one piece of text, as (start, end, event); the
    item must be named in words ("1)=0บาท", the tail of a wrapped budget
    clause, names none; nor does "(ครั้งที่ 2) = 0 บาท")."""
    return list(expenses_lazily(src, orig, no))


def expenses_lazily(src: str, orig: str, no: int) -> Iterator[tuple[int, int, Event]]:
    """expenses_in's expense lines one by one, the text looked through only
    as far as they are asked for (a caller that stops at the first line
    that tells it what it wants spares the rest of a whole document)."""
    floor = 0  # where the text not yet given to an expense starts
    src = _eq_at_wrap(src)
    for m in _EXPENSE_FIGURES_RE.finditer(src):
        if m.start() < floor:
            continue  # inside an amount's glued rest (below)
        starts = [s.start() for s in _ITEM_START_RE.finditer(src, max(floor, m.start() - ITEM_MAX), m.start())]
        if starts:
            start = starts[-1]
        elif floor == 0 and m.start() <= ITEM_MAX and not _NOT_AN_ITEM_RE.search(src[: m.start()]):
            start = 0  # a line of its own: the item is what stands before the figures
        else:
            continue
        # (a wrap inside it: one space; a separator OCR doubled, "ค่าอาหารฯ = = 13,000", is no part of it)
        item = clean_value(orig[start: m.start()].replace("\n", " ")).strip(" -:=")
        if " " in item and _ITEM_SPECK_RE.search(item):
            item = " ".join(_ITEM_SPECK_RE.sub(" ", item).split()).strip(" -:=")
        if item.startswith("ค่า ") or item.startswith("ค่า\t"):
            item = _ITEM_WORD_WRAP_RE.sub("ค่า", item, count=1)
        if m.group("qty") is not None and "ๆ" in src[m.end("unit"): m.start("each")] and (
                latin := _COUNT_WORD_LATIN_RE.search(item)) is not None:
            item = item[: latin.start()]  # "จำนวน" as Latin letters (see _COUNT_WORD_LATIN_RE)
        if not _LETTER_RE.search(item) or _BUDGET_TAIL_RE.match(item) or _ROW_LABEL_ITEM_RE.match(item):
            continue
        if (garbled := m.group("garbled_amount")) is not None and (
                not ANY_DIGIT_RE.search(garbled) or ANY_DIGIT_RE.search(item) or not _ITEM_START_RE.match(item)):
            continue  # a garbled amount names an expense only with a digit in it, after an item in words
        if (lone := m.group("lone_amount")) is not None and (
                not lone_amount(lone, item) or _CELL_GAP_RE.search(orig[start: m.start("lone_amount")])):
            continue  # (a gap of cells side by side before it: another cell's figure, "ค่าวัสดุ =     = 8๑๕,ส่๐๐")
        if m.group("simple") and not _UNIT_OR_SIGN_RE.search(m.group("simple")) and (
                ANY_DIGIT_RE.search(item) or not _ITEM_START_RE.match(item)):
            continue  # a bare amount names an expense only after an item in words ("ค่าวัสดุ = 87,000")
        printed = lambda group: orig[m.start(group): m.end(group)]  # noqa: E731  (as printed: Thai digits kept)
        end = m.end()
        whole = None  # the amount's token with a glued rest (above), as printed
        group = "simple" if m.group("simple") else "amount" if m.group("amount") else None
        if group is not None and m.end(group) == end and (rest := _GLUED_REST_RE.match(src, end)) is not None:
            end = rest.end()
            whole = _GARBLED_TAIL_RE.sub("", orig[m.start(group): rest.end("token")].strip())
        if garbled is not None:
            expense = Expense(item, _GARBLED_TAIL_RE.sub("", printed("garbled_amount")), no)  # as printed: unreadable
        elif lone is not None:
            expense = Expense(item, printed("lone_amount"), no)  # as printed: unreadable (mended by the sum or said)
        elif m.group("simple_spaced"):  # (its groups joined: the commas OCR read as spaces)
            expense = Expense(item, _number(joined_groups(printed("simple_spaced").rstrip(" .-"))), no)
        elif m.group("simple"):
            expense = Expense(item, whole or _number(printed("simple")), no)
        else:
            total = (_GARBLED_TAIL_RE.sub("", printed("garbled_total").strip()) if m.group("garbled_total")
                     else joined_groups(printed("spaced")) if m.group("spaced")
                     else whole or _number(printed("amount")))  # (garbled: as printed, unreadable)
            expense = Expense(item, total, no, printed("qty"),
                              clean_value(m.group("unit")).rstrip("ๆ ") or None,
                              printed("garbled") if m.group("garbled")
                              else _each(joined_groups(printed("each_pointed"))) if m.group("each_pointed")
                              else _each(printed("each")))
        yield start, end, Event("expense", no, expense, text=orig[start: end])
        floor = end


# A table's header cell "ครั้งที่ N" (marks OCR dropped: "ครังที 6") alone on its line opening a piece, its
# column's cells on the lines below (a table read column by column whose column the transposed reader could not rebuild):
# the entry's header only when a date, or a date slot OCR damaged, stands on the next line (events_of: never a
# slot read on past that line, never a speck or nothing below it); else, as a description's line that opens
# "ครั้งที่ N", the line is left as text
_LONE_HEAD_RE = regex.compile(rf"^\s*{_TIME}\s*(\d{{1,3}})[ \t]*(?=\n)")


def events_of(piece: Piece | Line) -> list[Event]:
    """Cut one piece of section 2 into events, in reading order."""
    if isinstance(piece, Line):
        piece = Piece.of(piece)
    if "รอง" in piece.text and (cert := CERTIFY_RE.search(piece.text)) is not None:
        piece = piece.cut(0, cert.start())  # the certification, run on after the last entry's flags
    orig = piece.text
    src = thai_digits_to_arabic(orig)  # same length: offsets carry over
    at = piece.line_at
    events: list[Event] = []
    clauses = _clauses(src, orig, piece)
    header = HEADER_RE.search(src)
    if header and src[: header.start()].strip(SEPS + "-\n"):
        header = None  # a header opens its piece
    number = NUMBER_CELL_RE.match(src) if header is None else None
    if number is not None and _parted_year(src, 0) is not None:
        number = None  # the first half of a year OCR parted ("๒๐ ๒๒-๓-๒๕ :"), no table's number cell
    lone = _LONE_HEAD_RE.match(src) if header is None else None
    if number is None and lone is not None:
        header = lone  # "ครั้งที่ N" alone on the piece's first line, the entry's column below it

    pos = 0
    if header is not None or number is not None:
        m = header or number
        end = m.end()
        seq = int(m.group(1)) if m.group(1) else None
        printed = orig[m.start(1): m.end(1)] if m.group(1) else (m.group(2) or "") if header else ""
        if header is not None and seq is not None and _date_on_next_line(src, header):
            seq, printed, end = None, "", header.start(1)  # "รายงานครั้งที่ / ๑๓ พ.ศ. ๒๕๒๒ :": a day, not its number
        elif header is not None and seq is not None and (again := number_again(src, end, seq)) is not None:
            end = again  # "รายงานครั้งที่ ๒" / "2 30/12/2564 :": its number read again before its date
        line = at(m.start())
        after = src[end:]
        dated = _leading_date(after)
        first_clause = clauses[0][0] - end if clauses else None
        gap = after[: first_clause] if first_clause is not None else after
        if dated:
            events.append(Event("header", line, dated[0], seq=seq, text=orig[end: end + dated[1]],
                                printed=printed))
            pos = end + dated[1]
        elif (lone is None or number is not None) and (
                not gap.strip(SEPS + "\n") or is_speck(gap) or "\n" in gap.strip(" ") and is_rule_speck(gap)):
            # alone (a table's number column), or straight before its figures; a speck OCR read
            # on the next line ("Bd") is text of its own (parsers.bma_progress.assemble passes it by)
            events.append(Event("header" if header else "number", line, None, seq=seq, printed=printed))
            pos = end
        elif header is not None and lone is None and (slot := damaged_date(orig[end:])) is not None:
            # a date OCR damaged past reading: the entry is undated, the slot is no description
            events.append(Event("header", line, None, seq=seq, text="undated", printed=printed, damaged=slot[0]))
            pos = end + slot[1]
        elif header is not None and lone is None and (garbled := garbled_date_slot(orig[end:])) is not None:
            # a date slot OCR garbled whole into Latin letters and specks, a month's abbreviation among them
            # ("รายงานครั้งที่ ๕ » Ha. dd : อยู่ระหว่าง..." for "๖ มี.ค. ๖๖ :"): the header of an undated entry, as
            # where damaged_date reads the slot; before, no date followed, so the header was false and its
            # entry's text and figures ran into the entry before (the numbers after it one short)
            events.append(Event("header", line, None, seq=seq, text="undated", printed=printed,
                                damaged=orig[end: end + garbled].strip(" \t:;")))
            pos = end + garbled
        elif (header or lone) is not None and "\n" not in src[m.start(): end] and (
                slot := _date_line_below(orig, end)) is not None:
            # a column's header alone on its line, its date on the line below OCR damaged past reading
            # ("รายงานครั้งที่ 4" / "๒ NLA. อ๕"): the entry is undated, the line is no description
            events.append(Event("header", line, None, seq=seq, text="undated",
                                printed=printed or orig[m.start(1): m.end(1)], damaged=slot[0], below=True))
            pos = end + slot[1]
        elif header is not None and _DOUBLE_SEP_RE.match(after):
            # "::" after the number says header even though the date is unreadable
            events.append(Event("header", line, None, seq=seq, text="undated", printed=printed))
            pos = end
        elif header is not None and lone is None:
            events.append(Event("false_header", line, None, seq=seq, text=orig[: end]))
            pos = end
    elif not clauses or clauses[0][0] > 0:
        dated = _leading_date(src)
        if dated and (_LEAD_SEP_RE.match(src) or _is_date_cell(src, dated[1])):
            events.append(Event("date", at(0), dated[0], text=orig[: dated[1]]))
            pos = _after_speck(src, dated[1])
        elif dated is None and _LEAD_SEP_RE.match(src) and not _FIGURE_AFTER_EQUALS_RE.match(src) and (
                slot := damaged_date(orig)) is not None:
            events.append(Event("date", at(0), None, text=orig[: slot[1]], damaged=slot[0]))
            pos = slot[1]
        elif (cell := damaged_date_cell(src) or month_year_cell(src)) is not None:
            # (also where a date reads from the cell's head and OCR damaged its end, "13/03/25อ2 :": the
            # cell's date is unreadable, and what follows its separator is the description)
            events.append(Event("date", at(0), None, text=orig[: cell[2]], damaged=orig[cell[0]: cell[1]]))
            pos = cell[2]

    for start, end, event in clauses:
        if start < pos:
            continue
        text_end = _figure_title_at(src, pos, start) if event.kind in _FIGURE_KINDS else start
        events.extend(_text_events(src, orig, pos, text_end, piece))
        events.append(event)
        pos = end
    events.extend(_text_events(src, orig, pos, len(orig), piece))
    return events


# The titles of the entries table's figure and flag columns ("ผลการดำเนินงาน", "ความสอดคล้อง"): a table whose
# columns are read one after another (each column's title, then its cells) on one line or paragraph puts the
# figures' title straight after the last entry's description; a title standing as a word of its own at the
# end of a text (or alone), the figure or flag clause its column's first cell straight after it, is the column's,
# no word of the description (no description of the corpora's 1,923 ends in one)
_FIGURE_TITLE_SKELETONS = frozenset(skeleton(t) for t in ("ผลการดำเนินงาน", "ความก้าวหน้า", "ความสอดคล้อง"))
_FIGURE_KINDS = frozenset(("progress", "budget", "plan", "target"))
_LAST_WORD_RE = regex.compile(r"(?:^|(?<=[\s:;|]))(?P<word>[^\s:;|]+)[\s:;|]*$")


def _figure_title_at(src: str, a: int, b: int) -> int:
    """Where the text src[a:b], before a figure or flag clause, ends: before
    a figure column's title that ends it as a word of its own, or is all of
    it (_FIGURE_TITLE_SKELETONS), else at `b`."""
    if b - a < 12:
        return b
    m = _LAST_WORD_RE.search(src, max(a, b - 40), b)
    if m is None or skeleton(m.group("word")) not in _FIGURE_TITLE_SKELETONS:
        return b
    return m.start("word")


# The line below a header that ends its line (one blank line between at most), short and with no
# separator after it: a column's date cell ("รายงานครั้งที่ 4" / "๒ NLA. อ๕", "mo มี.ค. ๒๕๒๐๕", "๕/๓/อ๒").
_DATE_LINE_RE = regex.compile(r"[ \t]*+\n(?:[ \t]*+\n)?[ \t]*+(?P<slot>[^\n:;=%|\t,]{3,24})(?=\n|$)")
_PLAIN_FIGURE_RE = regex.compile(r"[\d๐-๙.\- ]+")  # a figure or a wrapped amount's digits, no date


def _date_line_below(orig: str, end: int) -> tuple[str, int] | None:
    """A date OCR damaged past reading on the line below a header alone on
    its line, its number with it (a table read column by column): (its text, where it ends,
    counted from `end`).  The line is a date's shape: a digit (or a digit's
    look-alike) among its first three characters, two at least in all, at
    most eight Thai letters (a month's name, no sentence), no "บาท" and no
    bare figure."""
    m = _DATE_LINE_RE.match(orig, end)
    if m is None:
        return None
    slot = m.group("slot").strip()
    if _day_lost_before_month(slot):
        return slot, m.end() - end
    if (len(slot) < 3 or not _DIGITISH_RE.search(slot[:3]) or len(_DIGITISH_RE.findall(slot)) < 2
            or len(_THAI_LETTER_RE.findall(slot)) > 8 or "บาท" in slot or _PLAIN_FIGURE_RE.fullmatch(slot)
            or HEADER_RE.search(slot)):
        return None
    return slot, m.end() - end


# A date whose day OCR wrote as one or two letters ("ฆฒ มกราคม ๒๕๒๕": ฆ and ฒ, letters measured in dates for ๗
# ๙ and ๒), its month's name and its year read: the day token, the month, the year's digits
_DAY_LOST_RE = regex.compile(r"(?P<day>[^\s\u0e30-\u0e4f]{1,2})\s+(?P<month>\S+)\s+[\d๐-๙]{2,4}")


def _day_lost_before_month(slot: str) -> bool:
    """Whether a line below a header is a date whose day OCR damaged past
    reading, its month's full name and its year's digits read (_DAY_LOST_RE):
    a date's shape no description has (a day of two characters at most,
    no vowel or mark among them: no word; a month's name alone; two to four
    digits)."""
    m = _DAY_LOST_RE.fullmatch(slot)
    if m is None:
        return False
    try:
        return bool(month_number(m.group("month")))
    except ValueParseError:
        return False


def _date_on_next_line(src: str, header: regex.Match) -> bool:
    """A header's number that stands on the next line and opens a date there
    ("รายงานครั้งที่" / "๑๓ พ.ศ. ๒๕๒๒ : ..."): the header's own number was
    lost, the digits are the date's day.  Not where a whole date follows the
    number on that line (_number_before_date): the wrap took the header's
    number down with its date."""
    if "\n" not in src[header.start(): header.start(1)]:
        return False
    start = header.start(1)
    if _number_before_date(src, header.end(1)):
        return False
    if _leading_date(src, start) or damaged_date_cell(src[start: start + 60]):
        return True
    # a date slot OCR damaged past reading, two runs of digits or more in it (a day and a year: "๒๑ พ.ศ. ๒๑ :",
    # พ.ค. read "WA.", the clean-up's "พ.ศ."), or a day, a month's abbreviation and a year OCR read as letters
    # ("๑๕ A.A. besa:"): a date's; a number the wrap carried down is one run ("๑๓ :")
    slot = damaged_date(src[start: start + 60])
    if slot is None:
        return False
    tokens = slot[0].split()
    return len(_DIGIT_RUN_RE.findall(slot[0])) >= 2 or (
        len(tokens) >= 3 and tokens[0].isdigit() and any(_SLOT_ABBREVIATION_RE.fullmatch(t) for t in tokens[1:-1]))


_DIGIT_RUN_RE = regex.compile(r"\d+")


def _number_before_date(src: str, end: int) -> bool:
    """The number a header's wrap carried to the next line, a whole date
    after it on that line, a space between (the form prints "รายงานครั้งที่ N
    D/M/Y :" with no "::" between number and date, so a wrap after the
    header's words takes both down: "รายงานครั้งที่" / "๑๐ ๒๓/๙/๒๕๖๓ : ..."):
    the number is the header's, not the date's day.  The date reads
    (_leading_date) or has a damaged date cell's shape, day and month and
    year (DAMAGED_DATE_CELL_RE, _MONTH_CELL_RE: "๑๐ ๒๓/๕/๒๕๒๓ :"); a day
    before a month OCR garbled ("๑๓ พ.ศ. ๒๕๒๒ :") has no such date after
    it."""
    gap = _INLINE_SPACE_RE.match(src, end)
    if gap is None:
        return False
    if _leading_date(src, gap.end()) is not None:
        return True
    cell = src[gap.end(): gap.end() + 60]
    return DAMAGED_DATE_CELL_RE.match(cell) is not None or _MONTH_CELL_RE.match(cell) is not None


_INLINE_SPACE_RE = regex.compile(r"[ \t]+(?=\d)")  # (src: Thai digits already read as Arabic)


def _text_events(src: str, orig: str, a: int, b: int, piece: Piece) -> list[Event]:
    """The text between clauses: description text and expense lines."""
    out: list[Event] = []
    pos = a
    found = expenses_in(src[a:b], orig[a:b], piece.line_at(a)) if may_hold_expense(src[a:b]) else []
    for start, end, event in ((s + a, e + a, ev) for s, e, ev in found):
        event.line = piece.line_at(start)
        event.value.line = event.line
        event.value.line_end = piece.line_at(max(start, end - 1))
        _text(orig, pos, start, piece, out)
        out.append(event)
        pos = end
    _text(orig, pos, b, piece, out)
    return out


# The "::" before the progress clause whose first colon OCR read as a one or a letter of its shape, after a
# space, at the end of a text ("จัดทำโครงการเพื่อขออนุมัติ 1:" / "ความก้าวหน้าของงานฯ = ..."): a text event
# ending so is marked (Event.sep_one), and where the progress clause follows it the one is the separator, no
# figure of the description (parsers.bma_progress.entries.separator_ones)
SEP_AS_ONE_RE = regex.compile(r"(?<=\S[ \t]+)[1il!]:(?![:;])[ \t\n]*$")


def _text(orig: str, a: int, b: int, piece: Piece, out: list[Event]) -> None:
    """Text events for orig[a:b], one per source line it spans."""
    starts = piece.starts
    for i in range(max(0, bisect_right(starts, (a, 1 << 30)) - 1), len(starts)):  # from the line holding a
        offset, no = starts[i]
        if offset >= b:
            break
        end = starts[i + 1][0] if i + 1 < len(starts) else len(orig)
        lo, hi = max(a, offset), min(b, end)
        if lo < hi:
            text = orig[lo:hi].strip(SEPS_NL)
            if text:
                out.append(Event("text", no, text=text, sep_one=SEP_AS_ONE_RE.search(orig, lo, hi) is not None))


# A table's date cell OCR garbled past reading, then a single colon: a day (its
# digits, or what OCR made of them: "ฆ", "om"), a short token with no digit
# (the month: "A.A.", "สี.ค."), a year of four or five digits, one of them
# maybe a look-alike ("26 A.A. 2567 :", "ฆ UA. 2563 :", "om สี.ค. ๒5๒๓ :");
# or day / month / year whose digits OCR damaged ("๑ณ๕/๐๑/๒๕๒๐๕ :"), or year-month-day.
_YEARISH = rf"(?=(?:[^\d\s]*\d){{3}})[\d{_ASCII_LOOKALIKES}]{{4,5}}"
# (a part of one to six characters, one of them a digit or a look-alike: "๑๐อ๒๐๑" for a month OCR garbled,
# "ฒ" for a day ๗; a year that lost a digit, "๒๕๓", is still the year's slot)
_DIGITISH_PART = rf"(?=[^\s:;=|/.\-]{{0,5}}[\d{_ASCII_LOOKALIKES}{_THAI_LOOKALIKE[1:-1]}])[^\s:;=|/.\-]{{1,6}}"
# (or two digits and a look-alike, the year's third digit that OCR misread and its last it lost: "๒/อ/๒๕อ :" for
# ๒/๑/๒๕๖๗; before, the cell was read as the description of the entry above, and each cell after it went to the
# entry before its own)
_YEAR_TAIL = rf"[{_ASCII_LOOKALIKES}{_THAI_LOOKALIKE[1:-1]}]"
_YEARISH_SHORT = r"(?=(?:[^\d\s:;=|]*\d){3})[^\s:;=|/.\-]{3,6}"  # three digits among them ("๒๕6ว3")
# year first ("๒๐๒๓-๑-@ :", "๒๒๐๒๓-๒-๕ :", "๒๐๒ต๓-ส่-อ :"): the year says date; month and day
# are one to three characters each, whatever OCR made of their digits
_ISO_PART = r"[^\s:;=|/.\-]{1,3}"
DAMAGED_DATE_CELL_RE = regex.compile(
    rf"^\s*((?:\d{{1,2}}\s*[^\s\d:;=|]{{1,12}}|[^\s\d:;=|]{{1,2}}\s+(?!พ\.?\s*ศ)[^\s\d:;=|.]{{1,3}}\.[^\s\d:;=|]{{0,4}})"
    rf"\s*{_YEARISH}"
    rf"|{_DIGITISH_PART}\s*[/.\-]\s*{_DIGITISH_PART}\s*[/.\-]\s*(?:{_YEARISH_SHORT}|\d{{2}}{_YEAR_TAIL}?(?=\s*[:;]))"
    rf"|{_YEARISH_SHORT}\s*-\s*{_ISO_PART}\s*-\s*{_ISO_PART})\s*[:;](?![:;])")


# A date cell whose month name reads and whose year OCR garbled into a short
# token ("๕ มิถุนายน weds :", "oo กรกฎาคม weds :"): a day (digits or
# look-alikes; up to four characters, a day of two digits OCR made three or four
# marks: "log! เม.ย. ๒๕๒ :" for ๒๙ เม.ย. ๒๕๖๗), a word, a token of at most six characters, a single colon;
# the word must be a month name (normalizers.dates.month_number).  The day's look-alikes are any the table lists,
# its signs outside ASCII too ("« กุมภาพันธ์ od :" for ๙ กุมภาพันธ์ ๖๖: before, the cell was read as the entry
# above's text, and each cell after it went to the entry before its own), or one Thai consonant alone, a digit OCR
# made a letter no table lists ("ง กุมภาพันธ์ ๒๕๒๒ :" for ๙ กุมภาพันธ์ ๒๕๖๒: fresh set s89a bma_progress_s89a003).
_MONTH_CELL_RE = regex.compile(
    rf"^\s*((?:(?=\S{{0,3}}[\d{_LOOKALIKE_CLASS}])\S{{1,4}}|[ก-ฮ])\s+(\S{{2,12}})\s+[^\s:;=|]{{1,6}})\s*[:;](?![:;])")


def damaged_date_cell(src: str) -> tuple[int, int, int] | None:
    """A table's date cell OCR damaged past reading at the start of `src`
    (see DAMAGED_DATE_CELL_RE, _MONTH_CELL_RE, _SLOT_CELL_RE): (start, end)
    of what stands for the date, and where the cell's separator ends."""
    m = DAMAGED_DATE_CELL_RE.match(src)
    if m is None:
        m = _MONTH_CELL_RE.match(src)
        try:
            if m is None or not month_number(m.group(2)):
                return _slot_cell(src)
        except ValueParseError:
            return _slot_cell(src)
    return m.start(1), m.end(1), m.end()


# A date cell whose parts OCR glued, split with a "|" or left a two-digit year after a month it garbled into
# letters ("๐๓๐๕|๒๕๒๒ :", "๒๐/0ซ๒56๒ :", "๑4/5/|2๕๒2 :", "4 nu. ๒๕ :", "๒/ N.A. ๒๕ :"): one to three short
# tokens, then a single colon and a space (no time's "13:46"; see _slot_cell for what the tokens must hold)
_SLOT_CELL_RE = regex.compile(r"^\s*((?:[^\s:;=]{1,12})(?:[ \t][^\s:;=]{1,12}){0,2})[ \t]*[:;](?=\s|$)")
_SLOT_FIGURE_RE = regex.compile(r"[\d,.\-]+%?|%")  # a figure alone (an amount, a bare year), a percent: no date
_SLOT_ABBREVIATION_RE = regex.compile(r"(?:[^\W\d_]{1,3}\.){1,2}")  # a month's abbreviation, its letters misread or not
# a Thai word: three letters or more, or two with a vowel or a mark among them ("ปี" of "ปี 2563/64 :"); a lone
# letter, or two letters and nothing else, may be a digit's look-alike ("ซ", "ฒ")
_THAI_RUN_RE = regex.compile(r"[\u0e01-\u0e4e]{3,}|[\u0e01-\u0e4e]*[\u0e30-\u0e4e][\u0e01-\u0e4e]*(?<=[\u0e01-\u0e4e]{2})")
_SHORT_YEAR_RE = regex.compile(r"\d{2}")  # a year printed with its last two digits ("26 มิ.ย. 64")


def _month_shape_between(tokens: list[str], k: int) -> bool:
    """Token `k` of a slot of three, between a day that opens with a digit and the year, has a month's
    abbreviation's shape (_SLOT_ABBREVIATION_RE) whose letters OCR misread ("๕ จิ.ค. ๒๕๒อ๒ :" for ๔ ธ.ค.
    ๒๕๖๖): the month's slot, no word of a description (whose words stand without a dot after each)."""
    return len(tokens) == 3 and k == 1 and tokens[0][:1].isdigit() and bool(_SLOT_ABBREVIATION_RE.fullmatch(tokens[1]))


def _slot_cell(src: str) -> tuple[int, int, int] | None:
    """A date cell DAMAGED_DATE_CELL_RE's shapes miss (_SLOT_CELL_RE): at
    most sixteen characters before the colon, no figure alone, percent or
    amount, no Thai word but a month's name; four digits or more in two runs, in three tokens or
    in a run of five (a day and a year at least, or a day OCR made a speck:
    "« มีนาคม ๒๕๒๒ :"; a month and year alone, "เม.ย. ๒๕๒๕ :", is the rest of
    a cell whose day a wrap left on the line above), or a day, a month's
    abbreviation and a year of two digits ("26 AU. 64 :", "๒/ N.A. ๒๕ :").
    What the tokens say is no date: the entry is undated."""
    m = _SLOT_CELL_RE.match(src)
    if m is None:
        return None
    slot = m.group(1)
    tokens = slot.split()
    digits = sum(ch.isdigit() for ch in slot)
    if len(slot) > 16 or len(tokens) == 1 and _SLOT_FIGURE_RE.fullmatch(slot) or tokens[-1].endswith("%") \
            or "," in slot:  # (an amount's thousands: "1,200 2,400 :")
        return None
    if any(_THAI_RUN_RE.search(t) and not is_month(t) and not _month_shape_between(tokens, k)
           for k, t in enumerate(tokens)):
        return None
    runs = _DIGIT_RUN_RE.findall(slot)
    if not (digits >= 4 and (len(runs) >= 2 or len(tokens) >= 3 or max(map(len, runs)) >= 5)
            or _SHORT_YEAR_RE.fullmatch(tokens[-1])
            and tokens[0][0].isdigit() and any(_SLOT_ABBREVIATION_RE.fullmatch(t) for t in tokens[1:-1])
            or _glyph_halves(tokens) or _lookalike_slot(tokens)):
        return None
    return m.start(1), m.end(1), m.end()


# a month's abbreviation as OCR left it: two letters or three before a dot ("AW."), or two dotted parts ("ก.พ.",
# "N.A."); one letter and a dot ("ก.") is a list's letter, no month
_MONTH_SHAPE_RE = regex.compile(r"[^\W\d_]{2,3}\.|(?:[^\W\d_]{1,3}\.){2}")


def _lookalike_slot(tokens: list[str]) -> bool:
    """A slot of three tokens: a day of one to four characters each a digit
    or a look-alike of one (LOOKALIKES), a month's abbreviation whose
    letters OCR misread (_MONTH_SHAPE_RE), and a year of one to five
    such characters, a digit among them ("low AW. ๒ :" for ๒๙ ก.พ. ๒๕๖๗, the
    year's last digits lost).  Before, the cell was read as the text of the
    entry above, and each cell after it went to the entry before its own
    (fresh set s151o, bma_progress_s151o007)."""
    if len(tokens) != 3 or not _MONTH_SHAPE_RE.fullmatch(tokens[1]):
        return False
    day, year = tokens[0], tokens[2]
    return len(day) <= 4 and len(year) <= 5 and any(ch.isdigit() for ch in year) \
        and all(ch.isdigit() or ch in LOOKALIKES for ch in day + year)


def _glyph_halves(tokens: list[str]) -> bool:
    """A slot of one token cut by one "/" into two parts of one to six
    characters, at least half of each part digits or their look-alikes
    (LOOKALIKES) and no Thai word in it: a date "d/m/yy" whose digits OCR read
    as Latin letters and whose second "/" it lost ("Ao/oq :" for
    "9/๖/๖๑ :").  Before, the cell was read as the text of the entry above,
    and each cell after it went to the entry before its own."""
    if len(tokens) != 1 or tokens[0].count("/") != 1:
        return False
    parts = tokens[0].split("/")
    return all(1 <= len(p) <= 6 and 2 * sum(ch.isdigit() or ch in LOOKALIKES for ch in p) >= len(p)
               for p in parts)


def _is_date_cell(src: str, end: int) -> bool:
    """A date opening a piece and followed by a separator: a table's
    "date : description" cell read on its own (a speck OCR read before the
    separator, "๒๐๒๕-๒-๒๑» :", is no part of either)."""
    return bool(_CELL_END_RE.match(src, end))


def _after_speck(src: str, end: int) -> int:
    """`end`, past a speck standing between a date and its separator."""
    m = _SPECK_BEFORE_SEP_RE.match(src, end)
    return m.end() if m else end


# one or two marks that are neither letters, digits nor separators, then the separator
_SPECK_BEFORE_SEP_RE = regex.compile(r"\s*[^\s\w:;|]{1,2}(?=\s*[:;|\t])")
_CELL_END_RE = regex.compile(r"(?:\s*[^\s\w:;|]{1,2}(?=\s*[:;|\t]))?\s*(?:[:;|\t]|$)")
# a date cell's one separator, a speck maybe before it (no "::", no line's end: a date of prose has none)
_CELL_SEP_RE = regex.compile(r"(?:\s*[^\s\w:;|]{1,2})?\s*[:;](?![:;])")


# A date cell whose day OCR lost, opening its piece: a month's name or abbreviation and a year of two or four digits,
# then a single colon ("มี.ค. ๒7 : ยังไม่ได้ดำเนินกิจกรรม..." for "๗ มี.ค. ๖๗ :"), in a column of "date :
# description" cells read down.  Only where it opens a piece (events_of): inside a line the same shape is a date
# whose day a wrap left before it ("... วันจัดสัมมนา ๑๐" / "เมษายน 2563 :", entries._date_heads_carried), which
# _slot_cell refuses.  Before, the cell ran on in the entry above's description with its text, and every later
# cell of the column went one entry early (fresh set s93o bma_progress_s93o002).
_MONTH_YEAR_CELL_RE = regex.compile(r"^\s*((\S{2,12})\s?(?:\d{2}|\d{4}))\s*[:;](?![:;])(?=\s|$)")


def month_year_cell(src: str) -> tuple[int, int, int] | None:
    """A date cell opening `src` (its Thai digits made Arabic) whose day OCR
    lost (_MONTH_YEAR_CELL_RE; the word must be a month's name or
    abbreviation, normalizers.dates.is_month): (start, end) of what stands
    for the date, and where the cell's separator ends; else None."""
    m = _MONTH_YEAR_CELL_RE.match(src)
    if m is None or not is_month(m.group(2)):
        return None
    return m.start(1), m.end(1), m.end()


def date_cell_opens(src: str) -> bool:
    """`src` (its Thai digits made Arabic) opens with an entry's "date :"
    cell: a date, or a date slot OCR damaged past reading
    (damaged_date_cell), then its one separator.  A date of a description's
    own prose ("ไปแล้วเมื่อวันที่ 31 พฤษภาคม 2561 ขณะนี้...") has none after it."""
    dated = _leading_date(src)
    return bool(dated and _CELL_SEP_RE.match(src, dated[1])) or damaged_date_cell(src) is not None


COLUMN_TITLES = ("ครั้งที่", "รายงานครั้งที่", "วันที่รายงาน", "วันที่", "รายละเอียดการดำเนินงาน", "รายละเอียด",
                 "ผลการดำเนินงาน", "ความก้าวหน้า", "ความสอดคล้อง", "สถานะ", "หมายเหตุ")
_TITLE_SKELETONS = frozenset(skeleton(t) for t in COLUMN_TITLES)
_TITLE_PARTS_RE = regex.compile(r"\s*[:/]\s*")


def _is_title(cell: str) -> bool:
    parts = [p for p in _TITLE_PARTS_RE.split(cell) if p]
    return bool(parts) and all(skeleton(p) in _TITLE_SKELETONS for p in parts)


def _title_wrapped(title: str, text: str) -> bool:
    """Whether `text` (a whole line) is the rest of the column title `title`
    that ends the line before ("รายละเอียด" / "การดำเนินงาน")."""
    rest = text.strip()
    return bool(rest) and "\t" not in rest and len(rest) <= 24 and skeleton(title + rest) in _TITLE_SKELETONS


# A header with no number and its date slot unread ("รายงานครั้งที่ ::"): what the entries table's reader gives
# for a column whose header's number OCR garbled and whose date it lost (transposed.untranspose_with_doubts); the
# slot says it opens an entry (numbered by the sequence), not the column title it reads like
_UNDATED_NUMBERLESS_RE = regex.compile(rf"{mark_tolerant('รายงานครั้งที่')}\s*::")


def drop_titles(line: Line) -> Line | None:
    """A line without its column-title cells; None if it held only titles."""
    cells = line.text.split("\t")
    kept = [c for c in cells if not _is_title(c.strip()) or _UNDATED_NUMBERLESS_RE.fullmatch(c.strip())]
    if len(kept) == len(cells):
        return line
    return Line(line.no, "\t".join(kept), line.kind, line.bullet) if kept else None


_OPENS_PIECE_RE = regex.compile(
    rf"^\s*(?:[-–•*]\s*)?(?:{_REPORT}|{mark_tolerant('รายงาน')}\s*$|(?:[:;=|]\s*){{1,2}}|{mark_tolerant('ความก้าวหน้า')}|{mark_tolerant('งบประมาณ')}"
    rf"|(?:ไม่\s*)?{mark_tolerant('เป็นไปตาม')})"
)


# what ends the text before a line when the line's month and year are the rest of a date a wrap cut after its day:
# a figure (digits as OCR read them), the day maybe glued to the header's number ("รายงานครั้งที่ 2211" /
# "กุมภาพันธ์ 63 :" for "รายงานครั้งที่ 2 :: 11 ..."), or a header and what OCR made of its number and day, no Thai
# word after it ("รายงานครั้งที่ a i:" / "พฤษภาคม ๒๕๒๑ :" for "รายงานครั้งที่ ๗ :: ๑ ...")
_DAY_ENDS_RE = regex.compile(rf"[\d๐-๙]\s*$|{_REPORT}[^\n\u0e01-\u0e4e]{{0,8}}$")


def _opens_piece(text: str, before: str = "") -> bool:
    """A line that starts a part of an entry (see `pieces`); `before`, the
    end of the piece above (a date cell whose day OCR lost, month_year_cell,
    opens one where no day ends it)."""
    if "\t" in text or _OPENS_PIECE_RE.match(text):
        return True
    src = thai_digits_to_arabic(text)
    if NUMBER_CELL_RE.match(src):
        return True
    dated = _leading_date(src)
    if dated and _is_date_cell(src, dated[1]) or damaged_date_cell(src):
        return True
    if month_year_cell(src) and not _DAY_ENDS_RE.search(before):
        return True
    first = next(expenses_lazily(src, text, 0), None) if may_hold_expense(src) else None  # (the first is enough)
    return first is not None and first[0] == 0


_ACROSS = 48  # characters each side of a line break looked at


_LONE_COUNT_RE = regex.compile(r"^\s*[\d๐-๙]{1,4}\s*$")


def _count_wrapped(before: str, line: str, after: str) -> bool:
    """Whether `line` is an expense line's count alone, between its item
    ending the line before ("... ตัดสินผลงาน ค่าอาหารกลางวัน" / "196" /
    "คน x 80 บาท.- = 15,680 บาท.-": a wrap, or a page break whose furniture
    stood between, cut the line twice): the item, the count and the next
    line's unit and figures read as one expense line, which starts before
    the count and ends past it.  Before, the count opened a piece of its own
    (a number cell's shape), the item was left in the description and the
    line lost, the entry's later lines each taking the row of the one
    before."""
    if not _LONE_COUNT_RE.match(line) or not after or not _ITEM_HEAD_END_RE.search(before[-_ACROSS:]):
        return False
    head = before[-_ACROSS:]
    text = head + "\n" + line + "\n" + after[:_ACROSS]
    src = thai_digits_to_arabic(text)
    if not may_hold_expense(src):
        return False
    cut = len(head) + 1 + len(line)
    return any(start < len(head) and end > cut for start, end, _ in expenses_lazily(src, text, 0))


def _runs_across(before: str, line: str) -> bool:
    """Whether a clause starts before a line break and ends after it ("รายงาน /
    ครั้งที่1", ": ไม่ / เป็นไปตาม / แผน", "ความก้าวหน้าของงานฯ = / 70.00 %"):
    then the line continues the piece."""
    head = before[-_ACROSS:]
    if _NEGATION_END_RE.search(head) and _FLAG_START_RE.match(line):
        return True  # "ไม่" / "เป็นไปตามเป้าหมาย": the negation of the flag that follows
    if _BUDGET_TAIL_RE.match(line) and _BUDGET_KEY_RE.search(head.replace(" ", "")):
        return True  # "งบประมาณที่เบิกใช้" / "(ครั้งที่ @) = 0 บาท"
    if _ITEM_HEAD_END_RE.search(head) and not _ITEM_START_RE.match(line.lstrip()) and (
            first := next(expenses_lazily(thai_digits_to_arabic(line), line, 0), None) if may_hold_expense(line)
            else None) is not None and first[0] == 0:
        return True  # "... ค่าวัสดุ" / "อุปกรณ์ = 15,100 บาท": an expense item a wrap cut after its "ค่า" word
    if line.lstrip().startswith("=") and _ITEM_BEFORE_BREAK_RE.search(head) and (
            m := _EXPENSE_FIGURES_RE.match(thai_digits_to_arabic(line.lstrip()))) is not None and m.group("simple"):
        return True  # "ค่าอาหารฯ" / "= ๗,๕๐๐" / "บาท.-": an item, its "= amount" wrapped to the next line
    if _DAY_AFTER_HEADER_RE.search(arabic := thai_digits_to_arabic(head)) and _opens_with_month(line):
        return True  # "รายงานครั้งที่ ๓ =: ๒๓" / "มีนาคม ๒๕๖๗ : ...": the header's date, its day before the break
    if _year_after_month(head, line):
        return True  # "รายงานครั้งที่ ๑ ๒๒ พฤษภาคม" / "๒๕5๐5» : ประชุม...": the header's date, its year after the break
    if (ended := _HEADER_ENDS_RE.search(arabic)) is not None and ended.group(1) and (
            number_again(thai_digits_to_arabic("\n" + line), 0, int(ended.group(1))) is not None):
        return True  # "... เป็นไปตามเป้าหมาย รายงานครั้งที่ ๒" / "2 30/12/2564 :": the header's number again, its date
    joined = thai_digits_to_arabic(head + "\n" + line[:_ACROSS])
    cut = len(head)
    flags = None  # (whether the flags' words stand in the text: asked once, for both flags)
    for rx in (HEADER_RE, PLAN_RE, TARGET_RE, PROGRESS_RE, _EXPENSE_FIGURES_RE):
        if rx is _EXPENSE_FIGURES_RE and not _FIGURES_JOINED_RE.search(joined):
            continue  # (no word or sign an expense line's figures are joined by: no expense line to look for)
        if (rx is PLAN_RE or rx is TARGET_RE) and not (
                flags if flags is not None else (flags := _FLAG_WORDS_RE.search(joined) is not None)):
            continue  # (no "เป็นไปตาม" as the flags print it: no flag to look for)
        for m in rx.finditer(joined):
            if m.start() >= cut:
                break  # (matches come in order of their start: none after this one starts before the break)
            if len(joined[: m.end()].rstrip()) > cut:
                return True
    return False


# A header ending a line, its number the last thing on it (entries run on in one paragraph, "... เป็นไปตามเป้าหมาย
# รายงานครั้งที่ ๒"), and the next line opening with the same number again before the entry's date ("2 30/12/2564 :
# ประชุม..."): OCR read the header's number twice (a wrap's or a glyph's double).  The line goes on with the header
# (_runs_across) and its number is passed over (number_again): before, the line opened an entry of its own by its
# number cell's shape, the header's entry kept nothing but its figures, and each later entry took the text and
# date of the one before it (fresh set s113q, bma_progress_s113q007: eleven reports one place off)
_HEADER_ENDS_RE = regex.compile(rf"(?:{HEADER_RE.pattern})[ \t]*$")
_NUMBER_AGAIN_RE = regex.compile(r"[ \t]*\n[ \t]*(\d{1,3})[ \t]+(?=\d)")


def number_again(src: str, end: int, seq: int) -> int | None:
    """Where the entry's date starts after a header's number `seq` read
    again at the next line's start (above), `src` from `end`; or None."""
    again = _NUMBER_AGAIN_RE.match(src, end)
    if again is None or int(again.group(1)) != seq or _leading_date(src, again.end()) is None:
        return None
    return again.end()


# a header, its separators and a day ending a line: the header's date, cut after its day
_DAY_AFTER_HEADER_RE = regex.compile(rf"{_REPORT}[^\n:;=]{{0,4}}(?:[:;=]\s*){{1,2}}\d{{1,2}}\s*$")


# a header, its number, a day and a month's name ending a line (_year_after_month)
_MONTH_AFTER_HEADER_RE = regex.compile(rf"{_REPORT}\s*\d{{1,3}}\s+\d{{1,2}}\s+([^\s\d:;=|]{{2,12}})\s*$")
# ... and the next line opening with the year's slot, its digits maybe damaged or a speck after them, then its colon
_YEAR_SLOT_RE = regex.compile(r"^\s*(?=[^\s:;]{0,3}\d)[^\s:;=|]{2,7}\s*[:;](?![:;])")


def _year_after_month(head: str, line: str) -> bool:
    """A header's date cut by a line break after its month's name, the year and the cell's colon opening the next
    line ("... ความสอดคล้อง รายงานครั้งที่ ๑ ๒๒ พฤษภาคม" / "๒๕5๐5» : ประชุม...": entries run on in a paragraph):
    the year is the header's date's, not a date cell of its own under no header.  Before, the year was read as a
    damaged date cell, the header a column title's text, and the entry's description was lost."""
    m = _MONTH_AFTER_HEADER_RE.search(thai_digits_to_arabic(head))
    if m is None or not _YEAR_SLOT_RE.match(thai_digits_to_arabic(line)):
        return False
    try:
        return bool(month_number(m.group(1)))
    except ValueParseError:
        return False


def _opens_with_month(line: str) -> bool:
    """A line whose first word is a Thai month's name."""
    words = line.split(None, 1)
    if not words:
        return False
    try:
        return bool(month_number(words[0]))
    except ValueParseError:
        return False


_NEGATION_END_RE = regex.compile(r"(?:^|[\s:])ไม่\s*$")
# an expense item's words ending the text before a line break: its "ค่า" word opens them (its tone mark may be
# lost or misread, but not read as "คำ", which opens "คำสั่ง..." of a description), after a space or a separator,
# and no figure nor separator follows it (the item may wrap, even inside a word: "ค่าตอบแท" / "นวิทยากร"; at most
# ITEM_WRAP_MAX characters)
ITEM_WRAP_MAX = 40
_ITEM_BEFORE_BREAK_RE = regex.compile(rf"(?:^|[\s:;|])ค[่้]?า[^\d๐-๙=:;|\t]{{0,{ITEM_WRAP_MAX}}}$")
_ITEM_HEAD_END_RE = regex.compile(rf"(?:^|[\s:;|]){mark_tolerant('ค่า')}[^\s\d๐-๙=]*\s*$")  # "... ค่าตอบแทน" ending a line
# An expense clause a wrap cut where it waits for a figure: its item's "ค่า" word, then within ITEM_MAX characters
# (its count and unit may stand between: "ค่าอาหาร จำนวน" / "114 คนๆ ละ") a word or sign a figure follows ("จำนวน",
# "ๆ ละ", "x" or OCR's "%", "=", "เป็นเงิน"; after "ๆ ละ" or "x" its unit amount may stand, "คน x 150 บาท", the
# "= amount" to come) ending the text, no amount after it (no "=" nor "เป็นเงิน" inside: a
# whole clause before, "ค่าอาหาร ... เป็นเงิน 5,000 บาท", waits for nothing)
_CLAUSE_WAITS_RE = regex.compile(
    rf"(?:^|[\s:;|]){mark_tolerant('ค่า')}(?:(?!{_AS_MONEY})[^=:;|\t]){{0,{ITEM_MAX}}}?"
    rf"(?:(?:ๆ\s*{mark_tolerant('ละ')}|(?<=\s)[xX×*%])(?:\s*[^\s=:;|]{{1,12}}\s*(?:บาท|um|UM)?(?:\s*\.\s*-)?)?"
    rf"|{mark_tolerant('จำนวน')}|=|{_AS_MONEY})\s*$")


def expense_waits(before: str) -> bool:
    """Whether the text `before` ends inside an expense clause that waits for
    what the next line holds: its item's words alone ("... ค่าจ้างเหมา" /
    "จัดทำเอกสาร", its "= 6,200 บาท" to come), or its words up to a word or
    sign a figure follows ("ค่าอาหาร จำนวน" / "114 คนๆ ละ", its "๒๕๐.๐๐ บาท"
    to come).  A layout that parts a table's columns by what their lines
    hold (parsers.bma_progress.sidebyside) keeps such a line with the
    clause: a figure alone there is the clause's, no other column's cell."""
    head = before[-_ACROSS * 2:]
    return bool(_ITEM_BEFORE_BREAK_RE.search(head) or _CLAUSE_WAITS_RE.search(head))


_FLAG_START_RE = regex.compile(rf"^\s*{ocr_tolerant('เป็นไปตาม')}")
# the rest of a budget clause: "(ครั้งที่ 2) = 0 บาท", ") = ฿0"; also after the flag cells' words a
# woven table row set before it ("เป็นไปตาม (ครั้งที่ ฒ) = ๐.๐๐ บาท": no expense item); and its report
# number OCR wrote as a letter, closed by its bracket, where a wrap cut "(ครั้งที่" / "อ) = ๐ บาท"
# An "item" that is one of the entries' row labels, the progress's, the disbursement's or a flag's
# ("ความก้าวหน้าของงานฯ" / "= 0.00 บาท": a table whose label column and amount column OCR read apart, line by line;
# "งบประมาณที่ เบิกใช้ (ครั้งที่ @) = ๒๒,๕๐๐": a budget clause whose number OCR garbled): no expense line's, whose
# item names what was bought (ค่า...)
_ROW_LABEL_ITEM_RE = regex.compile(rf"^\s*(?:{mark_tolerant('ความก้าวหน้า')}|{mark_tolerant('ความสอดคล้อง')}"
                                   rf"|{mark_tolerant('งบประมาณที่')})")
# (or its bracket whose words OCR garbled, whole, before the "=": "(adem ev) = ๒๕,๒๐๐.- บาท" for "(ครั้งที่ ๗) = ...",
# as BUDGET_RE reads it; before, the line was read as an expense line "(adem ev)" and the disbursement lost: fresh
# set s151p, bma_progress_s151p003)
_BUDGET_TAIL_RE = standard_re(rf"^\s*(?:(?:ไม่\s*)?{ocr_tolerant('เป็นไปตาม')}\S*\s*)*"
                                rf"(?:\(\s*{_TIME_LOOSE}|[)\]]\s*[=:]|[^\s()\[\]=]{{1,2}}\s*[)\]]\s*$"
                                rf"|\([^()\[\]=\n]{{1,8}}[)\]]\s*[=:])")


def pieces(lines: list[Line]) -> list[Piece]:
    """Section 2 as pieces: a line that starts a part of an entry (a header,
    a ":: date", a number cell, a date cell, a figure clause, a table row,
    an expense line) opens a piece; any other line continues the piece above
    (a line break a wrap put inside a description, a date or a clause).  A
    piece is cut again before each dated header inside it (entries printed
    as one paragraph)."""
    groups: list[list[Line]] = []  # each piece's lines, joined once at the end
    tail = ""  # the last _ACROSS characters of the piece the last group makes
    lone = False  # the line before is a header whose number OCR lost, a date on this line
    title = ""  # the last cell of the line before when that line held only column titles
    for i, ln in enumerate(lines):
        across = bool(groups) and (lone or _runs_across(tail, ln.text)  # a lone header's date goes with it
                                   or _count_wrapped(tail, ln.text, lines[i + 1].text if i + 1 < len(lines) else ""))
        lone = not across and (_header_without_number(ln, lines[i + 1] if i + 1 < len(lines) else None)
                               or _header_number_below(lines, i))
        if not across and not lone:
            if title and _title_wrapped(title, ln.text):
                continue  # "รายละเอียด" / "การดำเนินงาน": a title the cell's width wrapped, no entry's text
            kept = drop_titles(ln)  # "ครั้งที่" after "รายงาน" is the rest of a header, not a column title
            title = _TITLE_PARTS_RE.split(ln.text.split("\t")[-1].strip())[-1] if kept is None else ""
            if kept is None:
                continue
            ln = kept
        else:
            title = ""
        if not groups or (_opens_piece(ln.text, tail) and not across):
            groups.append([ln])
            tail = ln.text[-_ACROSS:]
        else:
            groups[-1].append(ln)
            tail = (tail + "\n" + ln.text)[-_ACROSS:]
    return [part for group in groups for part in split_at_headers(Piece.join(group))]


_HEADER_TITLE = skeleton("รายงานครั้งที่")


def _header_without_number(line: Line, after: Line | None) -> bool:
    """"รายงานครั้งที่" alone on its line (a header whose number OCR lost),
    not the column title it reads like: the next line opens with a date or a
    date slot OCR damaged."""
    if after is None or skeleton(line.text) != _HEADER_TITLE:
        return False
    src = thai_digits_to_arabic(after.text)
    return bool(_leading_date(src) or damaged_date_cell(src) or damaged_date(after.text) is not None)


_BARE_NUMBER_RE = regex.compile(r"^\s*\d{1,3}\s*$")


def _header_number_below(lines: list[Line], i: int) -> bool:
    """"รายงานครั้งที่" alone on lines[i], its number alone on the next line
    and a date (or a date's day and month, or a date slot OCR damaged) on
    the line after: a table's header cell read column by column, its number
    wrapped under it ("รายงานครั้งที่" / "๑" / "๑๗ พฤษภาคม ๒๕๖๘").  The
    header and its number are one piece; a column title over a number
    column ("รายงานครั้งที่" / "1" / "2") has no date after the number."""
    if i + 2 >= len(lines) or skeleton(lines[i].text) != _HEADER_TITLE:
        return False
    if not _BARE_NUMBER_RE.match(thai_digits_to_arabic(lines[i + 1].text)):
        return False
    text = lines[i + 2].text
    src = thai_digits_to_arabic(text)
    if _leading_date(src) or damaged_date_cell(src) or damaged_date(text) is not None:
        return True
    words = text.split()
    return "\t" not in text and len(words) <= 3 and any(is_month(w) for w in words)


# the end of an entry's flags, just before a header inside running text
_AFTER_FLAGS_RE = regex.compile(rf"(?:{ocr_tolerant('เป้าหมาย')}|{ocr_tolerant('แผน')})[\s:;.]*$")


def _skip(src: str, pos: int) -> int:
    """Where src[pos:].lstrip(SEPS_NL) starts."""
    while pos < len(src) and src[pos] in SEPS_NL:
        pos += 1
    return pos


def split_at_headers(piece: Piece) -> list[Piece]:
    """A piece cut before every header inside it that is followed by a date,
    "::", a date slot or another header, or that follows an entry's flags
    (entries run on in one paragraph: "... เป็นไปตามเป้าหมาย รายงานครั้งที่ 2 ...")."""
    src = thai_digits_to_arabic(piece.text)
    cuts = []
    for m in HEADER_RE.finditer(src, 1):
        end = m.end()  # what follows is read in place, not copied (thousands of headers in a piece)
        if (_DOUBLE_SEP_RE.match(src, end) or _leading_date(src, end) or HEADER_RE.match(src, _skip(src, end))
                or _AFTER_FLAGS_RE.search(src[max(0, m.start() - 24): m.start()])
                or damaged_date(piece.text, end) is not None):
            cuts.append(m.start())
    if not cuts:
        return [piece]
    bounds = [0, *cuts, len(src)]
    return [piece.cut(a, b) for a, b in zip(bounds, bounds[1:]) if piece.text[a:b].strip()]

