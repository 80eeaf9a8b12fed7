"""The opening summary of an OBEC progress report: office, fiscal year,
round (months), as-of date, project counts per status, and the budget
planned / disbursed for the quarter with the number of projects it covers.

The summary is read paragraph by paragraph (lines joined until a blank
line or a marker), each value by a rule that says what it is: "a count of
projects after a status phrase", "an amount after จำนวนเงินงบประมาณที่
เบิกจ่ายจริง", never by its position.
"""

from __future__ import annotations

from typing import Any

import regex

from normalizers.dates import parse_date
from normalizers.errors import ValueParseError
from normalizers.numbers import NUMBER, parse_baht, parse_percent, thai_digits_to_arabic
from normalizers.text import clean_value, mark_tolerant
from parsers.obec_progress.anchors import QUARTER_RE, fiscal_year_of
from schemas.document import Issue, Line, Reading

_COUNT_RE = regex.compile(r"จำนวน\s*(\d{1,4})\s*โครงการ")
_PCT_RE = regex.compile(rf"ร้อยละ\s*({NUMBER})")
_OFFICE_RE = regex.compile(rf"^{mark_tolerant('สำนักงานเขตพื้นที่การศึกษา')}")
_REPORT_RE = regex.compile(rf"{mark_tolerant('รายงานความก้าวหน้า')}")
_MONTHS_RE = regex.compile(r"รอบ\s*(\d{1,2})\s*เดือน")
_AS_OF_RE = regex.compile(rf"{mark_tolerant('ข้อมูล')}\s*ณ\s*(?:วันที่)?\s*(.+)$")
_PLANNED_RE = regex.compile(rf"{mark_tolerant('จำนวนเงินงบประมาณตามแผนการใช้จ่าย')}\s*({NUMBER})?")
_DISBURSED_RE = regex.compile(rf"{mark_tolerant('จำนวนเงินงบประมาณที่เบิกจ่ายจริง')}\s*({NUMBER})?")
_NOT_DISBURSED_RE = regex.compile(rf"{mark_tolerant('จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้')}")
_AMOUNT_BAHT_RE = regex.compile(rf"({NUMBER})\s*บาท")
_LEADING_AMOUNT_RE = regex.compile(rf"^\s*({NUMBER})\s*บาท")
STATUS_WORDS = {
    "completed": regex.compile(mark_tolerant("เสร็จสิ้นแล้ว")),
    "in_progress": regex.compile(mark_tolerant("อยู่ระหว่างดำเนินการ")),
    "not_started": regex.compile(mark_tolerant("ยังไม่ได้ดำเนินการ")),
}


def paragraphs(lines: list[Line]) -> list[tuple[str, int, int]]:
    """Consecutive lines joined: (text, first line, last line)."""
    out: list[tuple[str, int, int]] = []
    for ln in lines:
        text = ln.text.replace("|", " ").replace("\t", " ")
        if out and ln.no == out[-1][2] + 1 and "|" not in ln.text and "\t" not in ln.text:
            prev, start, _ = out[-1]
            out[-1] = (prev + " " + text, start, ln.no)
        else:
            out.append((text, ln.no, ln.no))
    return [(clean_value(t), a, b) for t, a, b in out if t.strip()]


def read_summary(lines: list[Line]) -> tuple[dict[str, Reading], list[Issue]]:
    """Summary values as readings (see module doc) and the issues met."""
    got: dict[str, Reading] = {}
    issues: list[Issue] = []
    paras = paragraphs(lines)
    office = next((ln for ln in lines if _OFFICE_RE.match(ln.text)), None)
    if office is not None:
        got["office"] = Reading(clean_value(office.text), office.text, office.no, office.no)

    def put(name: str, value: Any, text: str, a: int, b: int) -> None:
        if name not in got:
            got[name] = Reading(value, text, a, b)

    for i, (text, a, b) in enumerate(paras):
        src = thai_digits_to_arabic(text)
        try:
            if _REPORT_RE.search(text) and "fiscal_year_be" not in got and (fy := fiscal_year_of(text)) is not None:
                put("fiscal_year_be", fy, text, a, b)
                months = _MONTHS_RE.search(src)
                if months:
                    put("period_months", int(months.group(1)), text, a, b)
            as_of = _AS_OF_RE.search(text)
            if as_of:
                put("as_of_date", parse_date(as_of.group(1)), text, a, b)
            count = _COUNT_RE.search(src)
            status = next((k for k, rx in STATUS_WORDS.items() if rx.search(text)), None)
            if count and status and "เบิกจ่าย" not in text:
                put(f"n_{status}", int(count.group(1)), text, a, b)
                pct = _PCT_RE.search(src)
                if pct:
                    put(f"pct_{status}", parse_percent(pct.group(1)), text, a, b)
            elif count and "เบิกจ่าย" in text:
                put("n_budgeted_projects", int(count.group(1)), text, a, b)
                quarter = QUARTER_RE.search(src)
                if quarter:
                    put("budget_quarter", int(quarter.group(1)), text, a, b)
            elif count and "แผนปฏิบัติการ" in text:
                put("n_projects", int(count.group(1)), text, a, b)
            planned = _PLANNED_RE.search(src)
            if planned and planned.group(1):
                put("budget_planned", parse_baht(planned.group(1)), text, a, b)
            disbursed = _DISBURSED_RE.search(src)
            if disbursed and disbursed.group(1):
                put("budget_disbursed", parse_baht(disbursed.group(1)), text, a, b)
                pct = _PCT_RE.search(src[disbursed.end():])
                if pct:
                    put("disbursed_pct", parse_percent(pct.group(1)), text, a, b)
            if _NOT_DISBURSED_RE.search(text):
                # the amount may stand in the next paragraph: "๑๗๕,๗๕๘.๗๒ บาท คิดเป็นร้อยละ ๔๗.๑๗"
                rest = src[_NOT_DISBURSED_RE.search(src).end():]
                nxt = paras[i + 1] if i + 1 < len(paras) else None
                m = _LEADING_AMOUNT_RE.search(rest) or _AMOUNT_BAHT_RE.search(rest)
                where = (text, a, b)
                if not m and nxt:
                    m = _LEADING_AMOUNT_RE.search(thai_digits_to_arabic(nxt[0]))
                    where = (text + " " + nxt[0], a, nxt[2])
                if m:
                    put("budget_not_disbursed", parse_baht(m.group(1)), *where)
        except ValueParseError as exc:
            issues.append(Issue("warning", "unparsed_value", f"report summary: {exc.reason}", text, a, b,
                                field="report_summaries"))
    for name in ("fiscal_year_be", "budget_planned", "budget_disbursed"):
        if name not in got:
            issues.append(Issue("warning", "missing_value", f"report summary: no {name} found",
                                field=f"report_summaries.{name}"))
    return got, issues

