"""The opening summary of an OBEC progress report: office, fiscal year,
round (months), as-of date, project counts per status, and the budget
planned / disbursed for the quarter with the number of projects it covers.

The summary's lines are read as one text (a table row, a wrapped sentence
or a whole report on one line give the same text) and each value by the
clause that says what it is: "the count after a status phrase", "the
amount after จำนวนเงินงบประมาณที่เบิกจ่ายจริง", never by its position.
Each value keeps the line its clause starts on.
"""

from __future__ import annotations

import json
from decimal import Decimal
from dataclasses import replace
from bisect import bisect_right
from collections.abc import Callable
from typing import Any

import regex
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from normalizers.confusions import DIGIT_CHAR, LOOKALIKE_CHAR, certain, misread_direction
from normalizers.dates import MONTHS, parse_date
from normalizers.errors import ValueParseError
from normalizers.numbers import NUMBER, parse_percent, thai_digits_to_arabic
from normalizers.text import THAI_MARKS, clean_value, mark_tolerant, skeleton
from parsers.digits import TO_THAI
from parsers.obec_progress.anchors import FISCAL_YEAR_RE, QUARTER_LABEL_LOOSE, fiscal_year_of
from parsers.obec_progress.budgets import SEPARATOR_MISREAD, one_separator, read_amount
from parsers.repair import separator_issue
from schemas.document import Issue, Line, Reading

# "จำนวน N โครงการ", with sara am read as mai tho + sara aa ("จ้านวน")
_COUNT_WORD = r"จ(?:ำ|[\u0e4d\u0e49]?า)นวน"
_COUNT = rf"{_COUNT_WORD}\s*(\d{{1,4}})\s*โครงการ"


def loose(label: str) -> str:
    """mark_tolerant(label), each letter also allowed twice (OCR doubles one: "เงินงงบประมาณ")."""
    marks = f"[{THAI_MARKS}]*"
    parts = [f"(?:{'[าำ]' if ch == 'า' else regex.escape(ch)}{marks}){{1,2}}"
             for ch in skeleton(label.replace("ำ", "า"))]
    return r"\s?".join(parts)


_OFFICE_WORDS = "สำนักงานเขตพื้นที่การศึกษา"
_OFFICE_RE = regex.compile(rf"^{mark_tolerant(_OFFICE_WORDS)}")
_OFFICE_SKELETON = skeleton(_OFFICE_WORDS)
OFFICE_EDITS = 2  # letters OCR may have changed, added or dropped in the office's opening words (skeletons)
OFFICE_LINE_MAX = 120  # an office's name is a short line


def office_line(lines: list[Line]) -> Line | None:
    """The first line that names the service-area office: it opens with
    "สำนักงานเขตพื้นที่การศึกษา", as printed or with at most OFFICE_EDITS
    letters OCR changed, added or dropped ("สําบนักงานเขตพื้นที่..."): the
    report prints its office on its cover and in its summary's head, and a
    copy whose office no line gave would stand apart from the report's
    other copies (its identity), its projects read twice."""
    found = next((ln for ln in lines if _OFFICE_RE.match(ln.text)), None)
    if found is not None:
        return found
    n = len(_OFFICE_SKELETON)
    for ln in lines:
        if len(ln.text) > OFFICE_LINE_MAX:
            continue
        sk = skeleton(ln.text[: n * 2 + OFFICE_EDITS * 2])
        if len(sk) < n - OFFICE_EDITS:
            continue
        if min(Levenshtein.distance(_OFFICE_SKELETON, sk[:e]) for e in range(n - OFFICE_EDITS, min(len(sk), n + OFFICE_EDITS) + 1)) \
                <= OFFICE_EDITS:
            return ln
    return None
# an office's name ends with its area: "... เขต ๒" (the word as OCR may drop its marks)
_AREA_RE = regex.compile(rf"(?<!\S){mark_tolerant('เขต', spaces=False)}\s*([\d๐-๙]{{1,2}})\s*$")
# ... or with a short token where that word stood, OCR's misreading of it ("LUM 2"), and the area's number
_AREA_MISREAD_RE = regex.compile(r"\s(\S{1,4})\s?([\d๐-๙]{1,2})\s*$")
AREA_NAME_RATIO = 90  # how alike (rapidfuzz ratio of skeletons) two printings of an office's name are, area aside


def area_misread(text: str) -> str | None:
    """The token an office's name holds where "เขต" stands before its area's
    number, when it is not that word; None for a name that ends with its
    area as printed, or with no number."""
    if _AREA_RE.search(text):
        return None
    misread = _AREA_MISREAD_RE.search(text)
    return misread.group(1) if misread and not regex.search(r"[\d๐-๙]", misread.group(1)) else None


# the area's number and more words after it on the office's line: another text the line ran into (a page
# header's title wrapped after the office's name: "... เขต 4 รายงานความก้าวหน้า"); an office's name ends
# with its area
_AREA_THEN_MORE_RE = regex.compile(rf"(?<!\S){mark_tolerant('เขต', spaces=False)}\s*[\d๐-๙]{{1,2}}(?=\s+\S)")


def office_name_end(text: str) -> int | None:
    """Where the office's name ends on its line when more text follows its
    area's number on it (the name ends with its area); None when the line
    is the name alone."""
    m = _AREA_THEN_MORE_RE.search(text)
    return m.end() if m else None


def _opening_edits(text: str) -> int:
    """How many letters and marks OCR changed, added or dropped in a
    printing of the office's opening words (the fewest over the lengths
    the words may take on the line)."""
    n = len(_OFFICE_WORDS)
    return min(Levenshtein.distance(_OFFICE_WORDS, text[:e]) for e in range(n - OFFICE_EDITS * 2, n + OFFICE_EDITS * 2 + 1))


def office_well_printed(office: Line, lines: list[Line]) -> Line:
    """The office's line, or, when OCR damaged its opening words
    ("สานกงานเขตพนทการศัึกษา..."), the report's other printing of the name
    whose opening words it damaged least, where that is fewer edits than the
    line's (_opening_edits), ending with the same area's number, its name's
    skeleton alike (AREA_NAME_RATIO), and every such printing giving that
    area; else the line as read (the first of equally damaged printings)."""
    edits = _opening_edits(office.text)
    own = _AREA_RE.search(office.text)
    if edits == 0 or own is None:
        return office
    others = _other_printings(office, lines, skeleton(office.text[: own.start()]))
    if not others or {n for n, _ in others} != {thai_digits_to_arabic(own.group(1))}:
        return office
    fewest, _, best = min((_opening_edits(ln.text), ln.no, ln) for _, ln in others)
    return best if fewest < edits else office


def _other_printings(office: Line, lines: list[Line], name: str) -> list[tuple[str, Line]]:
    """(the area's number, the line) of the report's other printings of the
    office's name: lines that name the office (office_line's way) and end
    with "เขต" and a number, the name before it alike (AREA_NAME_RATIO of
    skeletons) to `name`."""
    out = []
    for ln in lines:
        if ln is office or len(ln.text) > OFFICE_LINE_MAX or office_line([ln]) is None:
            continue
        area = _AREA_RE.search(ln.text)
        if area and fuzz.ratio(skeleton(ln.text[: area.start()]), name) >= AREA_NAME_RATIO:
            out.append((thai_digits_to_arabic(area.group(1)), ln))
    return out


def office_area_printed(office: Line, lines: list[Line]) -> Line:
    """The office's line, or, when its area's word is misread ("...สกลนคร
    LUM 2": a short token where "เขต" stands, then the number), the first
    of the report's other printings of its name (lines that name the office,
    office_line's way) that ends with "เขต" and the same number, its name
    before the area alike (AREA_NAME_RATIO), where every such printing
    gives that area; else the line as read."""
    if area_misread(office.text) is None:
        return office
    misread = _AREA_MISREAD_RE.search(office.text)
    number = thai_digits_to_arabic(misread.group(2))
    others = _other_printings(office, lines, skeleton(office.text[: misread.start()]))
    if not others or {n for n, _ in others} != {number}:
        return office
    return others[0][1]


# the province in the office's name: the word after its last "ศึกษา" ("...ประถมศึกษาลพบุรี"), before its area
_PROVINCE_RE = regex.compile(rf"^.*{mark_tolerant('ศึกษา', spaces=False)}([\u0e01-\u0e4e]{{3,}})\s*$")


def area_number(name: str) -> str | None:
    """The area's number an office's name ends with, as printed ("๔" of "...เลย เขต ๔"); None where it ends
    with no area."""
    m = _AREA_RE.search(name)
    return m.group(1) if m else None


def area_by_arabic_printings(office: Line, lines: list[Line]) -> tuple[str, str, list[Line]] | None:
    """(the area's number printed, the one it stands for, the printings that
    tell it) where the office's name prints its area in Thai digits ("...
    ลพบุรี เขต ๕") and the report's printings of that province's area in Arabic
    digits, which OCR reads as printed ("สพป.ลพบุรี เขต 4" in a sentence, "...
    ลพบุรี เขต 4" on another page), all give one other number of which the
    printed one is a misread (OCR writes no ๔: a printed ๔ reads ๕); else
    None (every Arabic printing giving the area as printed, none, or several
    areas)."""
    area = _AREA_RE.search(office.text)
    if area is None or not regex.search(r"[๐-๙]", area.group(1)):
        return None
    province = _PROVINCE_RE.search(office.text[: area.start()].rstrip())
    if province is None:
        return None
    printing = regex.compile(rf"{mark_tolerant(province.group(1), spaces=False)}\s*"
                             rf"{mark_tolerant('เขต', spaces=False)}\s*([\d๐-๙]{{1,2}})(?![\d๐-๙])")
    arabic: dict[str, list[Line]] = {}
    for ln in lines:
        for m in printing.finditer(ln.text):
            if m.group(1).isascii():
                arabic.setdefault(m.group(1), []).append(ln)
    if len(arabic) != 1:
        return None
    (number, told), = arabic.items()
    return (area.group(1), number, told) if misread_direction(number, area.group(1)) == 1 else None


_REPORT_RE = regex.compile(
    rf"{mark_tolerant('รายงานความก้าวหน้า')}[^\n]{{0,120}}?(?:\n[^\n]{{0,40}}?)?(?:{mark_tolerant('ปีงบประมาณ')})"
)
# "รอบ ๖ เดือน": the round's months, whatever OCR made of the number ("รอบ w เดือน", "รอบ เดือน")
_MONTHS_RE = regex.compile(r"รอบ\s*(\S{0,3}?)\s*เดือน")
# "ไตรมาสที่ ๒", the digit as OCR left it
_QUARTER_ANY_RE = regex.compile(rf"{QUARTER_LABEL_LOOSE}\s*(\S{{1,2}}?)(?=\s|$)")
# "ข้อมูล ณ วันที่ 31 มีนาคม 2567", its words OCR may garble ("Jaya ณ TUN ๓0 กันยายน"): "ณ"
# with a month name a few words after it
_MONTH_NAMES = "|".join(mark_tolerant(k, spaces=False) for k in sorted((k for k in MONTHS if len(k) > 4),
                                                                        key=len, reverse=True))
# (the month may stand on the next line, the line wrapped after the day: "ณ วันที่ ๓๐" / "กันยายน ๒๕๖๕")
_AS_OF_RE = regex.compile(
    rf"(?<!\S)ณ\s+((?:{mark_tolerant('วันที่')})?[^\n]{{0,12}}?(?:\n\s*)?(?:{_MONTH_NAMES})[^\n]{{0,24}})")
# where no "ณ" stands before such a date, OCR may have read it as a Latin "a" ("ข้อมูล a วันที่ ๓๐ กันยายน",
# "Jaya a TUN me ธันวาคม"): the same, after a lone "a" (asked only when the first finds none)
_AS_OF_A_RE = regex.compile(_AS_OF_RE.pattern.replace("(?<!\\S)ณ", "(?<!\\S)a", 1))
# "โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2567 จำนวน 40 โครงการ มีความก้าวหน้า..." (the page may wrap the line
# before the count: "... พ.ศ. ๒๕๖๘" / "จำนวน ๑๔ โครงการ มีความก้าวหน้า...", fresh set s60o's obec 002)
_ALL_RE = regex.compile(rf"{mark_tolerant('แผนปฏิบัติการ')}[^\n]{{0,60}}?(?:\n\s*)?{_COUNT}\s*"
                        rf"{mark_tolerant('มีความก้าวหน้า')}")
STATUS_WORDS = {
    "completed": regex.compile(mark_tolerant("เสร็จสิ้น") + f"(?:\\s?{mark_tolerant('แล้ว')})?"),  # "เสร็จสิ้น แล้ว": a cell wrapped
    "in_progress": regex.compile(mark_tolerant("อยู่ระหว่างดำเนินการ")),
    "not_started": regex.compile(mark_tolerant("ยังไม่ได้ดำเนินการ")),
}
_STATUS_WORDS_SLIPPED = {status: regex.compile(rf"(?:{words.pattern}){{s<=1}}") for status, words in STATUS_WORDS.items()}
# the count after a status phrase; "โครงการ" after it may be lost (a table cell OCR dropped), or stand
# before the count (the table's cells read out of order: "... ดำเนินการ โครงการ\tจำนวน 0"), or a speck OCR
# left in the gap between the cells stand before it ("... ยังไม่ได้ดำเนินการ      , จำนวน 1")
# (the share after it: a number, or digits with characters OCR writes for digits among or after them, ending the
# token: "๕ฒ.๑๕" for ๕๗.๑๔, "๒๕.๕ฆ" for ๒๘.๕๗, fresh set s60o's obec 002; kept whole in the count's reading, no share
# read of it, where the counts' repairs read it: summary_repairs._fitting_counts)
_SHARE_LOOKALIKE = rf"\d(?:[\d.]|{LOOKALIKE_CHAR})*?{LOOKALIKE_CHAR}(?:[\d.]|{LOOKALIKE_CHAR})*(?=[\s|]|$)"
_STATUS_COUNT_RE = regex.compile(
    rf"\s*(?:โครงการ\s*)?[|\t]?\s*(?:[,.'‘’`]\s*)?{_COUNT_WORD}\s*(\d{{1,4}})\s*(?:โครงการ)?"
    rf"(?:\s*[|\t]?\s*คิดเป็น\s*ร้อยละ\s*({_SHARE_LOOKALIKE}|{NUMBER}))?")
_LOOKALIKE_RE = regex.compile(LOOKALIKE_CHAR)
_BUDGET_RE = regex.compile(
    rf"{mark_tolerant('การเบิกจ่ายงบประมาณประจำ')}[\s\S]{{0,160}}?{_COUNT}"
)
# the summary's budget heading alone ("การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๓ ..."), and how far after it its quarter
# may stand ("ประจำปีไตรมาสที่")
_BUDGET_HEAD_RE = regex.compile(mark_tolerant('การเบิกจ่ายงบประมาณประจำ'))
BUDGET_QUARTER_REACH = 24
# the heading with its count of budgeted projects printed with no digit: OCR lost it ("จำนวน โครงการ") or wrote
# a character or two for it ("จำนวน ซ โครงการ", "จำนวน\n» โครงการ"); rows.repair_budgeted_count reads it
_BUDGET_NO_DIGIT_RE = regex.compile(
    rf"{mark_tolerant('การเบิกจ่ายงบประมาณประจำ')}[\s\S]{{0,160}}?{_COUNT_WORD}\s*([^\s\d]{{0,2}})\s*โครงการ"
)
# an amount, or one whose digit-group separator OCR misread ("44.962.00") or doubled ("๑๐๑.,๕๐๐.๐๐",
# "94, 450.00"): budgets.read_amount mends it
_AMOUNT = rf"{NUMBER}|\d{{1,3}}(?:(?:[.\s],?|,[.\s])\d{{3}})+(?:\.\d{{2}})?"
_PLANNED_RE = regex.compile(rf"{loose('จำนวนเงินงบประมาณตามแผนการใช้จ่าย')}\s*({_AMOUNT})\s*บาท")
_DISBURSED_RE = regex.compile(
    rf"{loose('จำนวนเงินงบประมาณที่เบิกจ่ายจริง')}\s*({_AMOUNT})\s*บาท(?:\s*คิดเป็น\s*ร้อยละ\s*({NUMBER}))?"
)
# the disbursed percentage after an amount the clause cannot read ("๑๒๐๓,๓๐๐.๐๐", "ฒ@,๐๐๐.๐๐"), or after a
# label OCR read one letter off ("งบประมาณี่เบิกจ่ายจริง", its ท lost; as _DAMAGED_RES reads the amount), or after
# a บาท OCR misread as a short word ("๑๕๕,๒๕๑๐.๐๐ WM คิดเป็นร้อยละ 74.31": UM, WM, UMN, VIN, win; as
# _DAMAGED_FIGURE reads the amount before such a word): read all the same
_DISBURSED_PCT_RE = regex.compile(
    rf"(?:{loose('จำนวนเงินงบประมาณที่เบิกจ่ายจริง')}){{e<=1}}[^\n]{{0,40}}?(?:บาท|(?<=\s)[^\s\d๐-๙]{{1,4}})"
    rf"\s*คิดเป็น\s*ร้อยละ\s*({NUMBER})"
)
# what follows a figure whose digits run on past characters OCR put among them (a mark or a letter, glued to
# the digits before and after: "5์ไ3.05"): the figure read up to them is a piece of the number
_RUN_ON_RE = regex.compile(r"[^\s\d]{1,3}\d[\d.,]*")
# (the amount opens a token: "lam,@00.00", its leading groups OCR read as letters, holds no amount "00.00", 0.00
# with no issue: fresh set s110v, obec_progress_s110v002, for ๒๓,๑๐๐.๐๐; the damaged reading below keeps it unread)
_NOT_DISBURSED_RE = regex.compile(
    rf"{loose('จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้')}[^\d]{{0,40}}?(?<![^\s:=])({_AMOUNT})\s*บาท"
    rf"(?:\s*คิดเป็น\s*ร้อยละ\s*({NUMBER}))?"
)
# the undisbursed share after its label, whatever stands between (an amount damaged past an amount's shape, its บาท
# misread or lost, a line break): the first "คิดเป็นร้อยละ" within the clause, no other amount's label before it; a
# share's figure (two decimals at most: "๕๐.๐๒๒" is a misread past one, left out)
_NOT_DISBURSED_SHARE_RE = regex.compile(
    rf"(?:{loose('จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้')}){{e<=1}}"
    rf"(?:(?!{_COUNT_WORD}เงิน|คิดเป็น)[\s\S]){{0,80}}?คิดเป็น\s*ร้อยละ\s*(\d{{1,3}}(?:\.\d{{1,2}})?)(?![\d.,])"
)
# a budget amount the clauses above cannot read: its figure damaged past an amount's shape (a look-alike among its
# digits, "๑๓๒,@๕๐.๐๐", "ฒ@,๐๐๐.๐๐"; a digit written as two, "๑๑,๐๒๕๐.๕๐"; one lost, "๑๑๕,๕๕.๐๐") or its บาท
# misread ("UM", "win", "ปาท") or lost at the line's end, or its label a letter off ("เทีเบิกจ่ายจริง": one letter
# added, dropped or changed, the labels dozens apart): after the label, a figure of digits and look-alikes with
# a separator, then the line's end, a word of a few letters (บาท misread) or the percentage's "คิดเป็น" (never the
# label of the next clause: a table of side-by-side cells). Kept as printed, unread where it is no amount, so the
# summary's joint weighing may read it (summary_joint.figure_values). A digit stands before its first separator: a
# figure whose leading group OCR wrote all in look-alikes ("ฒ@,๐๐๐.๐๐") reads as every digit they may be, and the
# one such total of the committed sets let a row misread past the confusion table pin a wrong sum (two wrong
# repairs, none right): left out
_DAMAGED_FIGURE = (rf"(?<!\S)({DIGIT_CHAR}*[\d๐-๙]{DIGIT_CHAR}*(?:[.,]{DIGIT_CHAR}+)+)"
                   r"(?=[ \t]*(?:[^\s\d๐-๙]{1,4}[ \t]*)?(?:คิดเป็น|\n|$))")
_DAMAGED_RES = {
    "budget_planned": regex.compile(rf"(?:{loose('จำนวนเงินงบประมาณตามแผนการใช้จ่าย')}){{e<=1}}[ \t]*{_DAMAGED_FIGURE}"),
    "budget_disbursed": regex.compile(rf"(?:{loose('จำนวนเงินงบประมาณที่เบิกจ่ายจริง')}){{e<=1}}[ \t]*{_DAMAGED_FIGURE}"),
    "budget_not_disbursed": regex.compile(
        rf"(?:{loose('จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้')}){{e<=1}}[^\d\n]{{0,40}}?{_DAMAGED_FIGURE}"),
}


class _Text:
    """The summary's lines as one text, with the line each offset is on."""

    def __init__(self, lines: list[Line]):
        self.text = ""
        self.starts: list[int] = []
        self.nos: list[int] = []
        for ln in lines:
            if self.text:
                self.text += "\n"
            self.starts.append(len(self.text))
            self.nos.append(ln.no)
            self.text += ln.text.replace("|", "\t")
        self.src = thai_digits_to_arabic(self.text)  # same length: offsets carry over

    def line_at(self, pos: int) -> int:
        return self.nos[max(0, bisect_right(self.starts, pos) - 1)]


def _other_printing_issue(printed: Line, chosen: Line, why: str) -> Issue:
    """The office's name read from another printing than its first (rule other_printings)."""
    return Issue("warning", "value_repaired", f"report_summaries.agency: the office's name printed {printed.text!r}, "
                 f"{why} {chosen.text!r}", json.dumps({"rule": "other_printings", "printed": printed.text,
                                                      "chosen": clean_value(chosen.text)}, ensure_ascii=False),
                 printed.no, printed.no, field="report_summaries.agency")


def read_summary(lines: list[Line], copy_lines: list[Line] | None = None) -> tuple[dict[str, Reading], list[Issue]]:
    """Summary values as readings (see module doc) and the issues met;
    `copy_lines`, the whole copy's, where the office's area is printed again
    (area_by_arabic_printings)."""
    got: dict[str, Reading] = {}
    issues: list[Issue] = []
    if not lines:
        return got, issues
    doc = _Text(lines)
    src = doc.src

    def put(name: str, convert: Callable[[str], Any], value: str, m: regex.Match, keep: bool = False) -> None:
        """A summary value; with `keep`, one that cannot be read is kept as
        None with its text (the round's redundancy may tell what it was)."""
        if name in got:
            return
        a, b = doc.line_at(m.start()), doc.line_at(m.end() - 1)
        text = clean_value(doc.text[m.start(): m.end()])
        try:
            got[name] = Reading(convert(value), text, a, b)
        except (ValueParseError, ValueError) as exc:
            reason = exc.reason if isinstance(exc, ValueParseError) else "no number"
            issues.append(Issue("warning", "unparsed_value", f"report summary {name}: {reason}", text, a, b,
                                field=f"report_summaries.{name}"))
            if keep:
                got[name] = Reading(None, text, a, b)

    office = office_line(lines)
    if office is not None:
        printed = office
        office = office_area_printed(office, lines)
        area_other = office is not printed  # (its area's word misread: another printing gives it)
        if not area_other and (better := office_well_printed(office, lines)) is not office:
            issues.append(_other_printing_issue(printed, better, "its opening words damaged by OCR; the report's "
                                                "other printing of its name gives"))
            office = printed = better
        if (end := office_name_end(office.text)) is not None:
            issues.append(Issue("warning", "value_repaired", "report_summaries.agency: the office's line "
                                f"{office.text!r} holds more text after its area's number (a page header's title "
                                "wrapped onto it): the name ends with its area",
                                json.dumps({"rule": "office_name_end", "printed": office.text,
                                            "chosen": clean_value(office.text[:end])}, ensure_ascii=False),
                                office.no, office.no, field="report_summaries.agency"))
            office = replace(office, text=office.text[:end])
        if not area_other and (misread := area_misread(office.text)):
            issues.append(Issue("warning", "unknown_words", f"report_summaries.agency: the office's name "
                                f"{office.text!r} holds {misread!r} where its area's word 'เขต' stands: OCR misread "
                                "it, and no other printing of the name gives it; kept as read",
                                json.dumps({"text": office.text, "pieces": [misread]}, ensure_ascii=False),
                                office.no, office.no, field="report_summaries.agency"))
        if area_other:
            issues.append(_other_printing_issue(printed, office, "its area's word misread; the report's other "
                                                "printings of its name give"))
        if (by_arabic := area_by_arabic_printings(office, copy_lines or lines)) is not None:
            was, number, told = by_arabic
            area = _AREA_RE.search(office.text)
            text = office.text[: area.start(1)] + number.translate(TO_THAI) + office.text[area.end(1):]
            issues.append(Issue("warning", "value_repaired", f"report_summaries.agency: the office's name prints "
                                f"its area's number {was!r} in Thai digits; the report's printings of the area in "
                                f"Arabic digits, which OCR reads as printed, give {number} (lines "
                                f"{', '.join(str(ln.no) for ln in told[:5])}), of which {was!r} is a misread",
                                json.dumps({"rule": "area_printings", "printed": office.text,
                                            "chosen": clean_value(text)}, ensure_ascii=False),
                                office.no, office.no, field="report_summaries.agency"))
            office = replace(office, text=text)
        got["office"] = Reading(clean_value(office.text), office.text, office.no, office.no)
    first_months = None  # the round's months in the first title that prints them
    for m in _REPORT_RE.finditer(src):
        line_end = src.find("\n", src.find("\n", m.end()) + 1)  # the title may wrap onto one more line
        title = src[m.start(): line_end if line_end >= 0 else len(src)].replace("\n", " ")
        months = _MONTHS_RE.search(src, m.start(), line_end if line_end >= 0 else len(src))
        first_months = first_months or months
        fy = fiscal_year_of(title)
        if fy is not None:
            # the reading keeps the year as printed (the fiscal-year repair varies its Thai digits)
            year = FISCAL_YEAR_RE.search(src, m.start(), line_end if line_end >= 0 else len(src))
            put("fiscal_year_be", int, str(fy), year or m)
            if months:
                put("period_months", int, months.group(1), months, keep=True)
            break
    if first_months is None and "period_months" not in got:
        # no title printed them where it was read (its "เดือน" garbled, "รอบ ๖ tau", or its number wrapped past
        # the title's next line): the round's months as the summary's other headings print them ("รายงานสรุป
        # ความก้าวหน้า... ปีงบประมาณ พ.ศ. 2567 รอบ ๒ เดือน"), the first with a number; the round's repair weighs it
        first_months = next((found for found in _MONTHS_RE.finditer(src) if found.group(1)), None)
    if first_months and "period_months" not in got:
        # no title's year read (OCR garbled it: "พ.ศ. ๒๕๒๓๑ รอบ ๑๒ เดือน"): the round's months stand all the same
        put("period_months", int, first_months.group(1), first_months, keep=True)
    if m := _AS_OF_RE.search(src) or _AS_OF_A_RE.search(src):
        put("as_of_date", parse_date, doc.text[m.start(1): m.end(1)], m, keep=True)
    if m := _ALL_RE.search(src):
        put("n_projects", int, m.group(1), m)
    for status, words in STATUS_WORDS.items():
        # (the status words as printed, else one letter of them OCR misread: "เสร็จลิ้นแล้ว", its ส read as ล)
        for pattern in (words, _STATUS_WORDS_SLIPPED[status]):
            m = next((m for w in pattern.finditer(src) if (m := _STATUS_COUNT_RE.match(src, w.end()))), None)
            if m:
                put(f"n_{status}", int, m.group(1), m)
                if m.group(2) and not _LOOKALIKE_RE.search(m.group(2)):
                    put(f"pct_{status}", parse_percent, m.group(2), m)
                break
    if m := _BUDGET_RE.search(src):
        put("n_budgeted_projects", int, m.group(1), m)
        quarter = _QUARTER_ANY_RE.search(src, m.start(), m.end())
        if quarter:
            put("budget_quarter", int, quarter.group(1), quarter, keep=True)
    elif m := _BUDGET_HEAD_RE.search(src):
        # the count of budgeted projects OCR garbled or lost ("จำนวน oe โครงการ", "จำนวน โครงการ"): the
        # heading's quarter is read all the same, and the count kept unread with its clause (the budget
        # sections of the quarter may tell it: rows.repair_budgeted_count)
        if (lost := _BUDGET_NO_DIGIT_RE.match(src, m.start())) is not None:
            put("n_budgeted_projects", int, lost.group(1), lost, keep=True)
        quarter = _QUARTER_ANY_RE.search(src, m.end(), m.end() + BUDGET_QUARTER_REACH)
        if quarter:
            put("budget_quarter", int, quarter.group(1), quarter, keep=True)
    def amount(name: str, m: regex.Match, keep: bool = False) -> None:
        put(name, lambda t: read_amount(t)[0], m.group(1), m, keep)
        if name in got and got[name].value is None:  # (kept unread: its printing is what the joint weighing reads)
            return
        if name in got and got[name].text != one_separator(got[name].text):  # (the copies' vote compares texts)
            got[name] = Reading(got[name].value, one_separator(got[name].text), *got[name].span)
        # the figure as printed (its Thai digits: whether they could be others is what vouches for it)
        mended = read_amount(doc.text[m.start(1): m.end(1)])[1] if name in got else None
        if mended is not None:
            issues.append(separator_issue(f"report summary {name}", mended[0], got[name].value, *got[name].span,
                                          f"report_summaries.{name}", SEPARATOR_MISREAD))
        if name in got and (lost := one_decimal(m.group(1))) is not None:
            issues.append(one_decimal_issue(f"report summary {name}", lost, got[name].value, *got[name].span,
                                            f"report_summaries.{name}"))

    if m := _PLANNED_RE.search(src):
        amount("budget_planned", m)
    elif damaged := _DAMAGED_RES["budget_planned"].search(src):
        amount("budget_planned", damaged, keep=True)
    if m := _DISBURSED_RE.search(src):
        amount("budget_disbursed", m)
    elif damaged := _DAMAGED_RES["budget_disbursed"].search(src):
        amount("budget_disbursed", damaged, keep=True)
    # the percentage's figure (group `g` of `m`), also where the amount before it is unreadable (its
    # missing_value says so) or its label one letter off, and the clause as a whole did not match: then only a
    # figure whose digits have no other reading is read, as the amounts cannot check it
    m, g = (m, 2) if m and m.group(2) else (_DISBURSED_PCT_RE.search(src), 1)
    if m and g == 1 and not certain(doc.text[m.start(1): m.end(1)]):
        # (not read, but its printing kept for the summary's joint weighing, which reads it every way its digits
        # allow with the amounts and the undisbursed share: summary_joint; its value stays unread, said below)
        if not _RUN_ON_RE.match(src, m.end(1)):
            got[PCT_PRINTED] = Reading(None, doc.text[m.start(1): m.end(1)], doc.line_at(m.start(1)),
                                       doc.line_at(m.end(1) - 1))
        m = None
    if m and (run_on := _RUN_ON_RE.match(src, m.end(g))):
        # the percentage's digits run on past a character OCR put among them ("5์ไ๓.๐๕" for 52.05): the
        # figure before it is a piece of the number, not the number; not read, and said
        printed = doc.text[m.start(g): run_on.end()]
        issues.append(Issue("warning", "unparsed_value", "report summary disbursed_pct: its figure runs on past "
                            f"a character OCR put among its digits (printed {printed!r}): not read", printed,
                            doc.line_at(m.start(g)), doc.line_at(run_on.end() - 1),
                            field="report_summaries.disbursed_pct"))
    elif m:
        put("disbursed_pct", parse_percent, m.group(g), m)
    if not (m := _NOT_DISBURSED_RE.search(src)) and (damaged := _DAMAGED_RES["budget_not_disbursed"].search(src)):
        amount("budget_not_disbursed", damaged, keep=True)
    if m:
        amount("budget_not_disbursed", m)
        if m.group(2) and not _RUN_ON_RE.match(src, m.end(2)):
            # the undisbursed share, no column of the table: with the disbursed percentage it makes 100
            # (rows.pct_complement); its reading's text is its own figure, as printed
            # (a share OCR misread past 100, "355.51" for 55.51, is no check of anything: left out)
            printed = doc.text[m.start(2): m.end(2)]
            try:
                share = parse_percent(m.group(2))
            except ValueParseError:
                share = None
            if share is not None:
                got["pct_not_disbursed"] = Reading(share, printed, doc.line_at(m.start(2)), doc.line_at(m.end(2) - 1))
    if "pct_not_disbursed" not in got and (m := _NOT_DISBURSED_SHARE_RE.search(src)) and \
            not _RUN_ON_RE.match(src, m.end(1)):
        # the undisbursed share after an amount its clause cannot read (a figure damaged past an amount's shape,
        # "๑,๐๕๒๐.๐๐", "๒๐,๓๒๐.ฒ๕"; its บาท misread, "บปาท", or lost): read all the same, as its own figure
        try:
            share = parse_percent(m.group(1))
        except ValueParseError:
            share = None
        if share is not None:
            got["pct_not_disbursed"] = Reading(share, doc.text[m.start(1): m.end(1)], doc.line_at(m.start(1)),
                                               doc.line_at(m.end(1) - 1))
    said = {i.field for i in issues}
    for name in SUMMARY_FIELDS:  # every summary states them all: one not read is damage, never silent
        if name not in got and f"report_summaries.{name}" not in said:
            issues.append(Issue("warning", "missing_value", f"report summary: no {name} found",
                                doc.text[:200], doc.nos[0], doc.nos[-1], field=f"report_summaries.{name}"))
    return got, issues


# An amount printed with one decimal digit ("3,770.0" for 3,770.26, "๑๐๐,๕๒๓.๒"): baht print two decimals or none,
# so OCR lost a digit of its satang, or read a speck after the point as one (its digit group before the point whole:
# a figure of groups, the satang's point after its last)
_ONE_DECIMAL_RE = regex.compile(r"^\s*([\d๐-๙]{1,3}(?:,[\d๐-๙]{3})+\.[\d๐-๙])\s*$")


def one_decimal(printed: str) -> str | None:
    """The figure of an amount printed with one decimal digit (_ONE_DECIMAL_RE), or None."""
    m = _ONE_DECIMAL_RE.match(printed)
    return m.group(1) if m else None


def one_decimal_issue(what: str, printed: str, value: Decimal, line_start: int | None, line_end: int | None,
                      field: str) -> Issue:
    """The issue of an amount printed with one decimal digit (one_decimal): its satang as read are not vouched
    for (a digit lost, any of ten, or misread beside it), so the value read is kept and said in doubt
    (repair_ambiguous, rule baht_decimals); before, it was kept silent (s75a obec_progress_s75a001: the summary's
    undisbursed "3,770.0" read 3,770.00 for 3,770.26)."""
    evidence = {"rule": "baht_decimals", "printed": printed, "read": f"{value:.2f}", "kept": f"{value:.2f}",
                "candidates": [f"{value:.2f}"]}
    return Issue("warning", "repair_ambiguous",
                 f"{what}: printed {printed!r} with one decimal digit, where baht print two or none: OCR lost a "
                 f"digit of its satang or misread one, and nothing says which; kept as read, {value:,.2f}, in doubt",
                 json.dumps(evidence, ensure_ascii=False), line_start, line_end, field=field)


# the disbursed percentage's printing where its digits could read otherwise and no amount clause read it (no column of
# the table: its value is unread, the missing_value says so): what the summary's joint weighing reads it as
PCT_PRINTED = "disbursed_pct_printed"
# what an OBEC summary states (its columns of report_summaries)
SUMMARY_FIELDS = ("fiscal_year_be", "period_months", "as_of_date", "n_projects", "n_completed", "n_in_progress",
                  "n_not_started", "n_budgeted_projects", "budget_quarter", "budget_planned", "budget_disbursed",
                  "budget_not_disbursed", "disbursed_pct")
