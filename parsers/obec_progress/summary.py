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

from bisect import bisect_right
from collections.abc import Callable
from typing import Any

import regex

from normalizers.dates import parse_date
from normalizers.errors import ValueParseError
from normalizers.numbers import NUMBER, parse_baht, parse_percent, thai_digits_to_arabic
from normalizers.text import clean_value, mark_tolerant
from parsers.obec_progress.anchors import FISCAL_YEAR_RE, QUARTER_RE, fiscal_year_of
from schemas.document import Issue, Line, Reading

_COUNT = r"จำนวน\s*(\d{1,4})\s*โครงการ"
_OFFICE_RE = regex.compile(rf"^{mark_tolerant('สำนักงานเขตพื้นที่การศึกษา')}")
_REPORT_RE = regex.compile(
    rf"{mark_tolerant('รายงานความก้าวหน้า')}[^\n]{{0,120}}?(?:\n[^\n]{{0,40}}?)?(?:{mark_tolerant('ปีงบประมาณ')})"
)
_MONTHS_RE = regex.compile(r"รอบ\s*(\d{1,2})\s*เดือน")
_AS_OF_RE = regex.compile(rf"{mark_tolerant('ข้อมูล')}\s*ณ\s*(?:วันที่)?\s*([^\n]{{4,40}})")
# "โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2567 จำนวน 40 โครงการ มีความก้าวหน้า..."
_ALL_RE = regex.compile(rf"{mark_tolerant('แผนปฏิบัติการ')}[^\n]{{0,60}}?{_COUNT}\s*{mark_tolerant('มีความก้าวหน้า')}")
STATUS_WORDS = {
    "completed": regex.compile(mark_tolerant("เสร็จสิ้นแล้ว")),
    "in_progress": regex.compile(mark_tolerant("อยู่ระหว่างดำเนินการ")),
    "not_started": regex.compile(mark_tolerant("ยังไม่ได้ดำเนินการ")),
}
_STATUS_COUNT_RE = regex.compile(rf"\s*[|\t]?\s*{_COUNT}(?:\s*[|\t]?\s*คิดเป็น\s*ร้อยละ\s*({NUMBER}))?")
_BUDGET_RE = regex.compile(
    rf"{mark_tolerant('การเบิกจ่ายงบประมาณประจำ')}[\s\S]{{0,160}}?{_COUNT}"
)
_PLANNED_RE = regex.compile(rf"{mark_tolerant('จำนวนเงินงบประมาณตามแผนการใช้จ่าย')}\s*({NUMBER})\s*บาท")
_DISBURSED_RE = regex.compile(
    rf"{mark_tolerant('จำนวนเงินงบประมาณที่เบิกจ่ายจริง')}\s*({NUMBER})\s*บาท(?:\s*คิดเป็น\s*ร้อยละ\s*({NUMBER}))?"
)
_NOT_DISBURSED_RE = regex.compile(
    rf"{mark_tolerant('จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้')}[^\d]{{0,40}}?({NUMBER})\s*บาท"
)


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


def read_summary(lines: list[Line]) -> tuple[dict[str, Reading], list[Issue]]:
    """Summary values as readings (see module doc) and the issues met."""
    got: dict[str, Reading] = {}
    issues: list[Issue] = []
    if not lines:
        return got, issues
    doc = _Text(lines)
    src = doc.src

    def put(name: str, convert: Callable[[str], Any], value: str, m: regex.Match) -> None:
        if name in got:
            return
        a, b = doc.line_at(m.start()), doc.line_at(m.end() - 1)
        text = clean_value(doc.text[m.start(): m.end()])
        try:
            got[name] = Reading(convert(value), text, a, b)
        except ValueParseError as exc:
            issues.append(Issue("warning", "unparsed_value", f"report summary {name}: {exc.reason}", text, a, b,
                                field=f"report_summaries.{name}"))

    office = next((ln for ln in lines if _OFFICE_RE.match(ln.text)), None)
    if office is not None:
        got["office"] = Reading(clean_value(office.text), office.text, office.no, office.no)
    for m in _REPORT_RE.finditer(src):
        line_end = src.find("\n", src.find("\n", m.end()) + 1)  # the title may wrap onto one more line
        title = src[m.start(): line_end if line_end >= 0 else len(src)].replace("\n", " ")
        fy = fiscal_year_of(title)
        if fy is not None:
            # the reading keeps the year as printed (the fiscal-year repair varies its Thai digits)
            year = FISCAL_YEAR_RE.search(src, m.start(), line_end if line_end >= 0 else len(src))
            put("fiscal_year_be", int, str(fy), year or m)
            months = _MONTHS_RE.search(title)
            if months:
                put("period_months", int, months.group(1), m)
            break
    if m := _AS_OF_RE.search(src):
        put("as_of_date", parse_date, doc.text[m.start(1): m.end(1)], m)
    if m := _ALL_RE.search(src):
        put("n_projects", int, m.group(1), m)
    for status, words in STATUS_WORDS.items():
        for w in words.finditer(src):
            m = _STATUS_COUNT_RE.match(src, w.end())
            if m:
                put(f"n_{status}", int, m.group(1), m)
                if m.group(2):
                    put(f"pct_{status}", parse_percent, m.group(2), m)
                break
    if m := _BUDGET_RE.search(src):
        put("n_budgeted_projects", int, m.group(1), m)
        quarter = QUARTER_RE.search(src, m.start(), m.end())
        if quarter:
            put("budget_quarter", int, quarter.group(1), m)
    if m := _PLANNED_RE.search(src):
        put("budget_planned", parse_baht, m.group(1), m)
    if m := _DISBURSED_RE.search(src):
        put("budget_disbursed", parse_baht, m.group(1), m)
        if m.group(2):
            put("disbursed_pct", parse_percent, m.group(2), m)
    if m := _NOT_DISBURSED_RE.search(src):
        put("budget_not_disbursed", parse_baht, m.group(1), m)
    for name in ("fiscal_year_be", "budget_planned", "budget_disbursed"):
        if name not in got:
            issues.append(Issue("warning", "missing_value", f"report summary: no {name} found",
                                field=f"report_summaries.{name}"))
    return got, issues
