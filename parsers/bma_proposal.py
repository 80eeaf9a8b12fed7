"""BMA project proposal (a district's proposal before the fiscal year).

Header: ชื่อโครงการ, หน่วยงานที่รับผิดชอบ, ปีงบประมาณ (label and value
separated by tabs, which OCR turns into spaces).  Then numbered sections
1-10: rationale, objectives, targets, project type, period and place, action
plan, budget, risks, expected benefits, follow-up and KPIs.  Tables are
flattened by OCR into one cell per line; each section's rule below reads
its cells by what they are (an amount, a count, a risk level), not by
position.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import regex

from normalizers.dates import find_month_years, first_day, fiscal_year_window, last_day
from normalizers.errors import ValueParseError
from normalizers.numbers import (
    NUMBER_ANY_DIGITS,
    find_amount_in_words,
    parse_baht,
    parse_decimal,
    thai_digits_to_arabic,
    thai_words_to_amount,
)
from normalizers.text import clean_value, join_wrapped, skeleton
from parsers.checks import money_equal, sum_check
from parsers.common import (
    Heading,
    HeadingSet,
    heading_rule,
    make_project_key,
    numbered_items,
    parse_fiscal_year,
    span_text,
    split_unit,
    target_groups,
)
from schemas.document import CopyReading, Issue, Line, Merged, ParseResult, Reading, value_of
from parsers.engine import Block, State, rule_text, run_rules
from parsers.labels import Label, LabelSet

DOC_TYPE = "bma_proposal"

HEADINGS = HeadingSet([
    Heading("s1", "หลักการและเหตุผล"),
    Heading("s2", "วัตถุประสงค์"),
    Heading("s3", "เป้าหมาย"),
    Heading("s4", "ลักษณะของโครงการ"),
    Heading("s5", "ระยะเวลาและสถานที่ดำเนินการ"),
    Heading("s6", "แผนปฏิบัติการ"),
    Heading("s7", "งบประมาณ"),
    Heading("s8", "ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง"),
    Heading("s9", "ประโยชน์ที่คาดว่าจะได้รับ"),
    Heading("s10", "การติดตามประเมินผล"),
    Heading("s10_1", "ตัวชี้วัดความสำเร็จ"),
    Heading("s10_2", "การติดตามความก้าวหน้า"),
    Heading("s10_3", "การประเมินผลโครงการ"),
], cutoff=82.0, unnumbered_cutoff=95.0)

FIELDS = LabelSet([
    Label("name", "ชื่อโครงการ"),
    Label("unit", "หน่วยงานที่รับผิดชอบ"),
    Label("fiscal_year", "ปีงบประมาณ"),
    Label("project_type", "ประเภทโครงการ"),
    Label("project_model", "รูปแบบโครงการ"),
    Label("period", "ระยะเวลาดำเนินการ"),
    Label("place", "สถานที่ดำเนินการ"),
])
# where each field may stand: the header before section 1, type in 4, period and place in 5
FIELD_SECTIONS = {"name": "lead", "unit": "lead", "fiscal_year": "lead", "project_type": "s4",
                  "project_model": "s4", "period": "s5", "place": "s5"}


# ---------------------------------------------------------------- block rules

def rule_field(state: State) -> bool:
    """A header field, with or without a colon, in the section it belongs to.
    A label standing alone takes the next line as its value (OCR wrapped it);
    in the header, lines after a field that are not a label continue it."""
    line = state.line
    section = state.context.get("section", "lead")
    found = FIELDS.split_field(line.text)
    found = (found[0], found[1]) if found else FIELDS.split_prefix(line.text)
    if found is None:
        label = FIELDS.match(line.text)
        found = (label[0], "") if label else None
    if found is None or FIELD_SECTIONS[found[0]] != section:
        return False
    key, value = found
    end = state.pos
    nxt = end + 1
    while nxt < len(state.lines) and (not value or section == "lead") and _continues(state.lines[nxt].text):
        value = join_wrapped([value, state.lines[nxt].text])
        end = nxt
        nxt += 1
        if section != "lead":
            break
    if not value:
        return False
    state.emit("field", key, value, line, state.lines[end])
    state.pos = end + 1
    return True


def _continues(text: str) -> bool:
    """A line that can continue a header field: not a label, not a heading."""
    return (FIELDS.split_field(text) is None and FIELDS.split_prefix(text) is None and FIELDS.match(text) is None
            and HEADINGS.match(text) is None)


rule_heading = heading_rule(HEADINGS, max_len=120)


RULES: list[tuple[str, Callable[[State], bool]]] = [
    ("heading", rule_heading),
    ("field", rule_field),
    ("text", rule_text),
]


@dataclass(slots=True)
class Sections:
    lines: dict[str, list[Line]] = field(default_factory=dict)
    fields: list[Block] = field(default_factory=list)


def split_copies(blocks: list[Block]) -> list[Sections]:
    """A new copy starts where the project name label appears again."""
    copies: list[Sections] = []
    section = "lead"
    for block in blocks:
        if not copies or (block.kind == "field" and block.key == "name"
                          and any(f.key == "name" for f in copies[-1].fields)):
            copies.append(Sections())
            section = "lead"
        cur = copies[-1]
        if block.kind == "heading":
            section = block.key
            cur.lines.setdefault(section, [])
        elif block.kind == "field":
            cur.fields.append(block)
        else:
            cur.lines.setdefault(section, []).append(Line(block.line_start, block.text))
    return copies


# ---------------------------------------------------------------- section rules

# Gantt-chart cells the action plan table leaves behind: month abbreviations,
# the fiscal-year caption and the column header.
_GANTT_CELL_RE = regex.compile(
    r"^(?:[ก-ฮ]{1,3}\.\s?[ก-ฮ]{1,2}\.?|ปีงบประมาณ.*|ขั้นตอนการดำเนินงาน|ขั้นตอน|กิจกรรม)$"
)
# Header cells of the budget, risk and KPI tables, compared by skeleton.
_HEADER_CELLS = {skeleton(t) for t in (
    "กิจกรรม", "รายการค่าใช้จ่าย", "จำนวนเงิน", "กฎหมาย ระเบียบ", "ที่เกี่ยวข้อง", "กฎหมาย ระเบียบที่เกี่ยวข้อง",
    "ความเสี่ยง", "การประเมินความเสี่ยง", "แนวทาง", "การบริหารความเสี่ยง", "แนวทางการบริหารความเสี่ยง",
    "โอกาสที่", "จะเกิด", "โอกาสที่จะเกิด", "ผลกระทบ", "ระดับของ", "ระดับของความเสี่ยง",
    "ตัวชี้วัด", "ค่าเป้าหมาย", "ประเภท", "ประเภทตัวชี้วัด", "วิธีการคำนวณ/", "เครื่องมือในการใช้วัด",
    "วิธีการคำนวณ/เครื่องมือในการใช้วัด", "ระยะเวลา",
)}


def is_header_cell(text: str) -> bool:
    return skeleton(text) in _HEADER_CELLS


def read_activities(lines: list[Line], out: CopyReading) -> None:
    """The numbered steps of the action plan (the Gantt marks are lost)."""
    steps = [ln for ln in lines if not _GANTT_CELL_RE.match(ln.text)]
    items, _ = numbered_items(steps)
    for seq, item in enumerate(items, start=1):
        out.put("activities", seq, "text", Reading(item.text, item.text, item.line_start, item.line_end))


# "จำนวน 2 โรงเรียนๆ ละ 15,100.-บาท เป็นเงิน 30,200.-บาท"
EXPENSE_LINE_RE = regex.compile(
    rf"จำนวน\s*(?P<qty>{NUMBER_ANY_DIGITS})\s*(?P<unit>[^\d๐-๙\s]*?)\s*ๆ?\s*ละ\s*(?P<each>{NUMBER_ANY_DIGITS})\s*(?:\.\s*-)?\s*บาท"
    rf".*?เป็นเงิน\s*(?P<amount>{NUMBER_ANY_DIGITS})\s*(?:\.\s*-)?\s*บาท"
)
# A table cell that is only an amount ("69,5๐๐.-"): the table's total.
TOTAL_CELL_RE = regex.compile(rf"^(?P<amount>{NUMBER_ANY_DIGITS})\s*(?:\.\s*-)?\s*(?:บาท)?$")
# "เป็นเงิน 69,5๐๐.-บาท" in the budget paragraph.
BUDGET_TOTAL_RE = regex.compile(rf"เป็นเงิน(?:ทั้งสิ้น)?\s*(?P<amount>{NUMBER_ANY_DIGITS})\s*(?:\.\s*-)?\s*บาท")


def read_budget(lines: list[Line], out: CopyReading) -> None:
    """Budget total (digits and words), the expense lines, the table total."""
    paragraph: list[Line] = []
    in_paragraph = True  # the budget paragraph runs until the table starts
    category: str | None = None
    label: Line | None = None
    n = 0
    for ln in lines:
        if is_header_cell(ln.text):
            in_paragraph = False
            continue
        m = EXPENSE_LINE_RE.search(ln.text)
        if m:
            in_paragraph = False
            n += 1
            item = label.text if label is not None else (category or ln.text[: m.start()].strip())
            start = label.no if label is not None else ln.no
            key = (None, n)
            try:
                values = {name: parse_decimal(m.group(name)) for name in ("qty", "each", "amount")}
            except ValueParseError as exc:
                out.issues.append(Issue("error", "unparsed_value", f"expense line: {exc.reason}", ln.text,
                                        ln.no, ln.no, field="expenses"))
                continue
            cent = Decimal("0.01")
            out.put("expenses", key, "item", Reading(clean_value(item), ln.text, start, ln.no))
            out.put("expenses", key, "category", Reading(category, category or "", start, ln.no))
            out.put("expenses", key, "quantity", Reading(values["qty"], m.group("qty"), start, ln.no))
            out.put("expenses", key, "unit", Reading(clean_value(m.group("unit")), m.group("unit"), start, ln.no))
            out.put("expenses", key, "unit_amount", Reading(values["each"].quantize(cent), m.group("each"), start, ln.no))
            out.put("expenses", key, "amount", Reading(values["amount"].quantize(cent), m.group("amount"), start, ln.no))
            label = None
            continue
        if in_paragraph:
            paragraph.append(ln)
            continue
        total = TOTAL_CELL_RE.match(ln.text)
        if total and n:
            out.put("project", 0, "budget_table_total", Reading(parse_baht(total.group("amount")), ln.text, ln.no, ln.no))
        elif ln.text.startswith("ค่า"):
            category, label = clean_value(ln.text), None
        elif len(ln.text) <= 60:
            label = ln
    text = span_text(paragraph)
    if not paragraph:
        out.issues.append(Issue("warning", "missing_value", "no budget total (เป็นเงิน ... บาท) in section 7",
                                field="projects.budget_allocated"))
        return
    span = (paragraph[0].no, paragraph[-1].no)
    m = BUDGET_TOTAL_RE.search(text)
    if m:
        out.put("project", 0, "budget_allocated", Reading(parse_baht(m.group("amount")), m.group(0), *span))
    words = find_amount_in_words(text)
    if words:
        try:
            out.put("project", 0, "budget_in_words", Reading(thai_words_to_amount(words), words, *span))
        except ValueParseError as exc:
            out.issues.append(Issue("warning", "unparsed_value", f"amount in words: {exc.reason}", words, *span,
                                    field="projects.budget_allocated"))
    out.put("project", 0, "budget_source", Reading(clean_value(text), text, *span))


# Risk assessment cells: likelihood and impact are 1-5, the level a word.
_SCORE_RE = regex.compile(r"^[1-5๑-๕]$")
_LEVEL_RE = regex.compile(r"^(?:น้อยมาก|น้อย|ปานกลาง|มาก|สูง|สูงมาก|มากที่สุด|ต่ำ)$")
# A cell line that continues the cell above: it opens with a conjunction.
_CONTINUES_RE = regex.compile(r"^(?:และ|หรือ|ซึ่ง|โดย|เพื่อ|ที่|ให้|ตลอดจน|รวมทั้ง)")


def read_risks(lines: list[Line], out: CopyReading) -> None:
    """Rows of (risk, likelihood, impact, level, mitigation) from the
    flattened risk table: two scores and a level close a risk's text; the
    cell after them is its mitigation, the next cell opens the next risk."""
    cells: list[list[Line]] = []
    for ln in lines:
        if is_header_cell(ln.text):
            continue
        if cells and _CONTINUES_RE.match(ln.text) and not _SCORE_RE.match(ln.text):
            cells[-1].append(ln)
        else:
            cells.append([ln])
    risks: list[dict[str, Any]] = []
    pending: list[list[Line]] = []
    i = 0
    while i < len(cells):
        texts = [c[0].text for c in cells[i:i + 3]]
        if len(texts) == 3 and _SCORE_RE.match(texts[0]) and _SCORE_RE.match(texts[1]) and _LEVEL_RE.match(texts[2]):
            if risks and pending and risks[-1]["mitigation"] is None:
                risks[-1]["mitigation"] = pending.pop(0)
            risks.append({"risk": pending, "scores": cells[i:i + 3], "mitigation": None})
            pending = []
            i += 3
            continue
        pending.append(cells[i])
        i += 1
    if risks and pending and risks[-1]["mitigation"] is None:
        risks[-1]["mitigation"] = pending.pop(0)
    for seq, risk in enumerate(risks, start=1):
        lines_of = [ln for cell in risk["risk"] for ln in cell]
        if not lines_of:
            continue
        text = clean_value(span_text(lines_of))
        end = max(ln.no for cell in risk["risk"] + risk["scores"] + ([risk["mitigation"]] if risk["mitigation"] else []) for ln in cell)
        key = ("risk", seq)
        span = (lines_of[0].no, end)
        out.put("findings", key, "text", Reading(text, text, *span))
        likelihood, impact, level = (c[0].text for c in risk["scores"])
        out.put("findings", key, "likelihood", Reading(thai_digits_to_arabic(likelihood), likelihood, *span))
        out.put("findings", key, "impact", Reading(thai_digits_to_arabic(impact), impact, *span))
        out.put("findings", key, "level", Reading(level, level, *span))
        if risk["mitigation"]:
            mitigation = clean_value(span_text(risk["mitigation"]))
            out.put("findings", key, "mitigation", Reading(mitigation, mitigation, *span))
    if pending:
        out.issues.append(Issue("warning", "unread_cells", "risk table cells not placed in any risk row",
                                join_wrapped([ln.text for cell in pending for ln in cell]),
                                pending[0][0].no, pending[-1][-1].no, field="findings"))


# A KPI's target value cell: "ร้อยละ", "95", "ร้อยละ 95", "100 %", "จำนวน 5".
_VALUE_CELL_RE = regex.compile(r"^(?:ร้อยละ|จำนวน|ไม่น้อยกว่า|อย่างน้อย)?\s*[\d๐-๙.,]*\s*%?$")
# The indicator-type cell that follows the value.
_KPI_TYPE_RE = regex.compile(r"^(?:ผลผลิต|ผลลัพธ์|ผลสัมฤทธิ์|เชิงปริมาณ|เชิงคุณภาพ|output|outcome)$", regex.IGNORECASE)
# The period cell that closes a KPI row.
_PERIOD_CELL_RE = regex.compile(r"^(?:ปีงบประมาณ|ไตรมาส|ภายใน|ตลอดปี|รายเดือน|เดือน)")


def read_kpis(lines: list[Line], out: CopyReading) -> None:
    """KPI rows of the flattened table: indicator text, target value, type,
    method, period.  The type cell anchors a row: the one or two value-like
    cells just before it are the target value, the cells before those the
    indicator; after it come the method cells up to the period cell."""
    rows: list[dict[str, list[Line]]] = []
    buffer: list[Line] = []
    current: dict[str, list[Line]] | None = None
    for ln in lines:
        if is_header_cell(ln.text):
            continue
        if _KPI_TYPE_RE.match(ln.text) and buffer:
            value: list[Line] = []
            while buffer and len(value) < 2 and _VALUE_CELL_RE.match(buffer[-1].text):
                value.insert(0, buffer.pop())
            current = {"text": buffer, "value": value, "type": [ln], "method": []}
            rows.append(current)
            buffer = []
        elif current is not None and "period" not in current:
            if _PERIOD_CELL_RE.match(ln.text):
                current["period"] = [ln]
            else:
                current["method"].append(ln)
        else:
            buffer.append(ln)
            current = None
    if buffer:
        out.issues.append(Issue("warning", "unread_cells", "KPI table cells after the last indicator row",
                                span_text(buffer), buffer[0].no, buffer[-1].no,
                                field="targets"))
    for seq, row in enumerate(rows, start=1):
        if not row["text"]:
            continue
        text = clean_value(span_text(row["text"]))
        all_lines = [ln for part in row.values() for ln in part]
        span = (min(ln.no for ln in all_lines), max(ln.no for ln in all_lines))
        out.put("kpis", seq, "text", Reading(text, text, *span))
        for name in ("value", "type", "method", "period"):
            if row.get(name):
                value_text = clean_value(span_text(row[name]))
                out.put("kpis", seq, name, Reading(value_text, value_text, *span))


def read_copy(index: int, sections: Sections) -> CopyReading:
    all_lines = [ln for lines in sections.lines.values() for ln in lines] + \
                [Line(f.line_start, f.text) for f in sections.fields]
    out = CopyReading(index, min(ln.no for ln in all_lines), max(ln.no for ln in all_lines))
    for block in sections.fields:
        span = (block.line_start, block.line_end)
        value = block.text
        try:
            if block.key == "fiscal_year":
                out.put("project", 0, "fiscal_year_be", Reading(parse_fiscal_year(value), value, *span))
            elif block.key == "unit":
                agency, division, section, _ = split_unit(value)
                for column, typed in (("agency", agency), ("division", division), ("section", section)):
                    if typed:
                        out.put("project", 0, column, Reading(typed, value, *span))
            elif block.key == "period":
                out.put("project", 0, "period_text", Reading(clean_value(value), value, *span))
                months = find_month_years(value)
                if len(months) >= 1:
                    (y1, m1, _), (y2, m2, _) = months[0], months[-1]
                    out.put("project", 0, "start_date", Reading(first_day(y1, m1), value, *span))
                    out.put("project", 0, "end_date", Reading(last_day(y2, m2), value, *span))
                else:
                    out.issues.append(Issue("warning", "unparsed_value", "period: no month and year found", value,
                                            *span, field="projects.start_date"))
            else:
                out.put("project", 0, block.key, Reading(clean_value(value), value, *span))
        except ValueParseError as exc:
            out.issues.append(Issue("error", "unparsed_value", f"{block.key}: {exc.reason}", value, *span,
                                    field=f"projects.{block.key}"))

    rationale = sections.lines.get("s1", [])
    if rationale:
        text = clean_value(span_text(rationale))
        out.put("project", 0, "rationale", Reading(text, text, rationale[0].no, rationale[-1].no))
    items, _ = numbered_items(sections.lines.get("s2", []))
    for seq, item in enumerate(items, start=1):
        out.put("objectives", seq, "text", Reading(item.text, item.text, item.line_start, item.line_end))
    groups, issues = target_groups(sections.lines.get("s3", []))
    out.issues.extend(issues)
    for seq, (kind, text, start, end) in enumerate(groups, start=1):
        out.put("targets", ("target", seq), "kind", Reading(kind, kind or "", start, end))
        out.put("targets", ("target", seq), "text", Reading(text, text, start, end))
    alignment = sections.lines.get("s4", [])
    if alignment:
        text = clean_value(span_text(alignment))
        out.put("alignments", 1, "text", Reading(text, text, alignment[0].no, alignment[-1].no))
    read_activities(sections.lines.get("s6", []), out)
    read_budget(sections.lines.get("s7", []), out)
    read_risks(sections.lines.get("s8", []), out)
    benefits, _ = numbered_items(sections.lines.get("s9", []))
    for seq, item in enumerate(benefits, start=1):
        out.put("findings", ("benefit", seq), "text", Reading(item.text, item.text, item.line_start, item.line_end))
    read_kpis(sections.lines.get("s10_1", []), out)
    return out


def read_copies(lines: list[Line]) -> list[CopyReading]:
    blocks = run_rules(lines, RULES)
    return [read_copy(i, s) for i, s in enumerate(split_copies(blocks))]


# ---------------------------------------------------------------- rows

PROJECT_COLUMNS = ("name", "fiscal_year_be", "start_date", "end_date", "budget_allocated", "agency", "division",
                   "section", "rationale", "project_type", "project_model", "period_text", "place")


def build(merged: Merged) -> ParseResult:
    result = ParseResult(DOC_TYPE, n_copies=merged.total_copies)
    project = merged.tables.get("project", {}).get(0, {})
    fy = value_of(project, "fiscal_year_be")
    key = make_project_key(DOC_TYPE, None, fy, value_of(project, "name"))
    issues = list(merged.issues)
    for required in ("name", "fiscal_year_be"):
        if required not in project:
            issues.append(Issue("error", "missing_field", f"no readable {required}", field=f"projects.{required}"))
    row = {c: value_of(project, c) for c in PROJECT_COLUMNS}
    row.update(project_key=key, doc_type=DOC_TYPE, fiscal_year=fy - 543 if fy else None, plan_status=None,
               n_copies=merged.n_copies.get("project", {}).get(0, 0),
               **(merged.span("project", 0) if project else {}))
    result.add("projects", row)

    for seq, rec in sorted(merged.tables.get("objectives", {}).items()):
        result.add("objectives", {"project_key": key, "seq": seq, "text": rec["text"].value,
                                  "n_copies": merged.n_copies["objectives"][seq], **merged.span("objectives", seq)})
    targets = sorted(merged.tables.get("targets", {}).items(), key=lambda kv: kv[0][1])
    for (_, seq), rec in targets:
        result.add("targets", {"project_key": key, "kind": value_of(rec, "kind"), "seq": seq, "text": rec["text"].value,
                               "n_copies": merged.n_copies["targets"][("target", seq)],
                               **merged.span("targets", ("target", seq))})
    for seq, rec in sorted(merged.tables.get("kpis", {}).items()):
        value = value_of(rec, "value")
        result.add("targets", {"project_key": key, "kind": "indicator", "seq": seq, "text": rec["text"].value,
                               "target_value": value, "indicator_type": value_of(rec, "type"),
                               "method": value_of(rec, "method"), "period": value_of(rec, "period"),
                               "n_copies": merged.n_copies["kpis"][seq], **merged.span("kpis", seq)})
    for seq, rec in sorted(merged.tables.get("activities", {}).items()):
        result.add("activities", {"project_key": key, "seq": seq, "text": rec["text"].value,
                                  **merged.span("activities", seq)})
    for seq, rec in sorted(merged.tables.get("alignments", {}).items()):
        result.add("alignments", {"project_key": key, "plan": "ลักษณะของโครงการ", "seq": seq,
                                  "text": rec["text"].value, **merged.span("alignments", seq)})
    for (kind, seq), rec in sorted(merged.tables.get("findings", {}).items()):
        result.add("findings", {"project_key": key, "quarter": None, "kind": kind, "seq": seq,
                                "text": rec["text"].value, "likelihood": value_of(rec, "likelihood"),
                                "impact": value_of(rec, "impact"), "level": value_of(rec, "level"),
                                "mitigation": value_of(rec, "mitigation"), **merged.span("findings", (kind, seq))})
    expenses = sorted(merged.tables.get("expenses", {}).items(), key=lambda kv: kv[0][1])
    for (_, seq), rec in expenses:
        result.add("expenses", {"project_key": key, "report_seq": None, "seq": seq, "item": rec["item"].value,
                                "category": value_of(rec, "category"), "unit": value_of(rec, "unit") or None,
                                "quantity": value_of(rec, "quantity"), "unit_amount": value_of(rec, "unit_amount"),
                                "amount": value_of(rec, "amount"), **merged.span("expenses", (None, seq))})
    issues.extend(check_budget(project, [rec for _, rec in expenses]))
    issues.extend(check_period(project))
    for issue in issues:
        issue.project_key = issue.project_key or key
    result.issues = issues
    return result


def check_budget(project: dict[str, Reading], expenses: list[dict[str, Reading]]) -> list[Issue]:
    """quantity x unit amount = amount per line; lines add up to the total;
    the total in digits equals the total in Thai words and the table's total."""
    issues: list[Issue] = []
    for rec in expenses:
        qty, each, amount = value_of(rec, "quantity"), value_of(rec, "unit_amount"), value_of(rec, "amount")
        if qty is not None and each is not None and amount is not None and not money_equal(qty * each, amount):
            issues.append(Issue("warning", "expense_line_mismatch",
                                f"{rec['item'].value}: {qty} x {each:,.2f} = {qty * each:,.2f}, the line says {amount:,.2f}",
                                rec["amount"].text, *rec["amount"].span, field="expenses.amount"))
    total = project.get("budget_allocated")
    if total is None:
        return issues
    amounts = [value_of(r, "amount") for r in expenses if value_of(r, "amount") is not None]
    issues += sum_check("expense_sum_mismatch", "expense lines vs the budget total", amounts, total.value,
                        "expenses.amount", *total.span, detail=total.text)
    words = project.get("budget_in_words")
    if words is not None and not money_equal(words.value, total.value):
        issues.append(Issue("warning", "amount_words_mismatch",
                            f"budget total in digits {total.value:,.2f} differs from the amount in Thai words "
                            f"{words.value:,.2f}", f"{total.text} / {words.text}", *total.span,
                            field="projects.budget_allocated"))
    table_total = project.get("budget_table_total")
    if table_total is not None and not money_equal(table_total.value, total.value):
        issues.append(Issue("warning", "budget_total_mismatch",
                            f"the budget table's total {table_total.value:,.2f} differs from the stated total "
                            f"{total.value:,.2f}", table_total.text, *table_total.span, field="projects.budget_allocated"))
    return issues


def check_period(project: dict[str, Reading]) -> list[Issue]:
    """The project period must fall inside its fiscal year."""
    fy, start, end = project.get("fiscal_year_be"), project.get("start_date"), project.get("end_date")
    if fy is None or start is None or end is None:
        return []
    lo, hi = fiscal_year_window(fy.value)
    if lo <= start.value <= end.value <= hi:
        return []
    return [Issue("warning", "period_outside_fiscal_year",
                  f"period {start.value} to {end.value} is not inside fiscal year {fy.value} ({lo} to {hi})",
                  start.text, *start.span, field="projects.start_date")]
