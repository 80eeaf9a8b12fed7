"""BMA progress-report form ("แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ").

Sections: 1.1 code and name, 1.2 unit and people, 1.3 rationale,
1.4 objectives, 1.5 targets, 1.6 strategy alignment, 2 report entries.
The rule table (RULES) cuts a document into heading, field and text blocks;
`split_copies` starts a new copy when the form starts again; `read_copy`
turns one copy's blocks into records for pipeline.vote to merge.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import regex

from normalizers.dates import parse_date
from normalizers.errors import ValueParseError
from normalizers.numbers import parse_baht, thai_digits_to_arabic
from normalizers.text import clean_value, comparable, join_wrapped
from parsers.checks import repair_date, report_window, sum_check
from parsers.common import (
    Heading,
    HeadingSet,
    heading_rule,
    make_project_key,
    numbered_items,
    parse_fiscal_year,
    span_text,
    split_person,
    split_unit,
    target_groups,
)
from schemas.document import CopyReading, Issue, Line, Merged, ParseResult, Reading, value_of
from parsers.engine import Block, State, rule_text, run_rules
from parsers.labels import Label, LabelSet
from parsers.progress_entries import figure_values, parse_entries

DOC_TYPE = "bma_progress"

HEADINGS = HeadingSet([
    Heading("s1", "ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ"),
    Heading("s1_1", "รหัสโครงการและชื่อโครงการ"),
    Heading("s1_2", "หน่วยงานที่รับผิดชอบ"),
    Heading("s1_3", "หลักการและเหตุผล"),
    Heading("s1_4", "วัตถุประสงค์ของโครงการ"),
    Heading("s1_5", "เป้าหมายของโครงการ"),
    Heading("s1_6", "สนับสนุนแผนพัฒนา กทม. ระยะ 20 ปี"),
    Heading("s2", "รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ"),
])

FIELDS = LabelSet([
    Label("name", "ชื่อโครงการ/กิจกรรม"),
    Label("project_code", "รหัสโครงการ"),
    Label("fiscal_year", "ปีงบประมาณ พ.ศ."),
    Label("start_date", "เริ่มต้นโครงการ"),
    Label("budget_allocated", "งบประมาณที่ได้รับ"),
    Label("end_date", "สิ้นสุดโครงการ"),
    Label("budget_spent", "งบประมาณที่ใช้ไป"),
    Label("unit", "หน่วยงานที่รับผิดชอบ"),
    Label("owner", "ชื่อผู้รับผิดชอบ"),
    Label("coordinator", "ผู้ประสานงาน สยป"),
    Label("strategy_issue", "ประเด็นยุทธศาสตร์"),
    Label("strategy_sub_issue", "ประเด็นยุทธศาสตร์ย่อย"),
    Label("strategy_goal", "เป้าหมายที่"),
    Label("indicator", "ตัวชี้วัด"),
])
# progress_reports column -> the entry clause it is read from
FIGURE_CLAUSE = {"progress_pct": "progress", "disbursed": "budget", "on_plan": "plan", "on_target": "target"}
# Fields printed once per copy: meeting one again means the form restarted.
COPY_START_FIELDS = frozenset({"name", "project_code"})
COPY_START_HEADINGS = frozenset({"s1", "s1_1"})



# ---------------------------------------------------------------- block rules

def rule_field(state: State) -> bool:
    """"label : value" for a known label.  Inside section 2 only the labels
    that open a form count, so a description line with a colon stays text."""
    line = state.line
    found = FIELDS.split_field(line.text)
    if found is None:
        return False
    key, value, score = found
    if state.context.get("section") == "s2" and key not in COPY_START_FIELDS:
        return False
    state.emit("field", key, value, line, score=score)
    state.pos += 1
    return True


rule_heading = heading_rule(HEADINGS, max_len=160)


RULES: list[tuple[str, Callable[[State], bool]]] = [
    ("field", rule_field),
    ("heading", rule_heading),
    ("text", rule_text),
]


# ---------------------------------------------------------------- copies

@dataclass(slots=True)
class CopyBlocks:
    index: int
    blocks: list[Block] = field(default_factory=list)
    fields_seen: set[str] = field(default_factory=set)
    headings_seen: set[str] = field(default_factory=set)


def split_copies(blocks: list[Block]) -> list[CopyBlocks]:
    """Start a new copy where the form starts again (see COPY_START_*)."""
    copies: list[CopyBlocks] = []
    cur: CopyBlocks | None = None
    for block in blocks:
        restart = cur is not None and (
            (block.kind == "heading" and block.key in COPY_START_HEADINGS
             and (cur.fields_seen & COPY_START_FIELDS or "s2" in cur.headings_seen))
            or (block.kind == "field" and block.key in cur.fields_seen and block.key in COPY_START_FIELDS)
        )
        if cur is None or restart:
            cur = CopyBlocks(len(copies))
            copies.append(cur)
        cur.blocks.append(block)
        if block.kind == "field":
            cur.fields_seen.add(block.key)
        elif block.kind == "heading":
            cur.headings_seen.add(block.key)
    return copies


# ---------------------------------------------------------------- one copy

_SPACES_RE = regex.compile(r"\s+")
_PROJECT_CODE_RE = regex.compile(r"\d{8}-\d{4}")  # "09000000-3863"


def _project_code(text: str) -> str:
    src = _SPACES_RE.sub("", thai_digits_to_arabic(text))
    match = _PROJECT_CODE_RE.search(src)
    if not match:
        raise ValueParseError("project_code", text, "not NNNNNNNN-NNNN")
    return match.group(0)


def _person(prefix: str) -> Callable[[str], dict[str, Any]]:
    def parse(text: str) -> dict[str, Any]:
        name, phone = split_person(text)
        return {f"{prefix}_name": name, f"{prefix}_phone": phone}
    return parse


def _unit(text: str) -> dict[str, Any]:
    agency, division, section, _ = split_unit(text)
    return {"agency": agency, "division": division, "section": section}


def _one(name: str, convert: Callable[[str], Any]) -> Callable[[str], dict[str, Any]]:
    return lambda text: {name: convert(text)}


# label key -> converter from the value text to {output column: typed value}
FIELD_PARSERS: dict[str, Callable[[str], dict[str, Any]]] = {
    "name": _one("name", clean_value),
    "project_code": _one("project_code", _project_code),
    "fiscal_year": _one("fiscal_year_be", parse_fiscal_year),
    "start_date": _one("start_date", parse_date),
    "end_date": _one("end_date", parse_date),
    "budget_allocated": _one("budget_allocated", parse_baht),
    "budget_spent": _one("budget_spent", parse_baht),
    "unit": _unit,
    "owner": _person("owner"),
    "coordinator": _person("coordinator"),
    "strategy_issue": _one("strategy_issue", clean_value),
    "strategy_sub_issue": _one("strategy_sub_issue", clean_value),
    "strategy_goal": _one("strategy_goal", clean_value),
    "indicator": _one("indicator", clean_value),
}


def _sections(copy: CopyBlocks) -> tuple[dict[str, list[Line]], list[tuple[str, str, int, int]]]:
    """Text lines per section, and the (key, value, start, end) fields.
    A text line right after a field, in a field section, continues its value."""
    sections: dict[str, list[Line]] = {}
    fields: list[tuple[str, str, int, int]] = []
    section = "lead"
    prev_field = False
    for block in copy.blocks:
        if block.kind == "heading":
            section = block.key
            prev_field = False
        elif block.kind == "field":
            fields.append((block.key, block.text, block.line_start, block.line_end))
            prev_field = True
        else:
            if prev_field and section in ("s1_1", "s1_2", "s1_6", "lead") and fields:
                key, value, start, _ = fields[-1]
                fields[-1] = (key, join_wrapped([value, block.text]), start, block.line_end)
                continue
            sections.setdefault(section, []).append(Line(block.line_start, block.text))
    return sections, fields


def read_copy(copy: CopyBlocks) -> CopyReading:
    lines = [b.line_start for b in copy.blocks]
    out = CopyReading(copy.index, min(lines), max(b.line_end for b in copy.blocks))
    sections, fields = _sections(copy)

    seen: set[str] = set()
    for key, value, start, end in fields:
        if key in seen:
            out.issues.append(Issue("warning", "repeated_field",
                                    f"field {key} printed twice in copy {copy.index + 1}; the first is kept",
                                    value, start, end, field=key))
            continue
        seen.add(key)
        try:
            parsed = FIELD_PARSERS[key](value)
        except ValueParseError as exc:
            out.issues.append(Issue("error", "unparsed_value", f"{key}: {exc.reason}", value, start, end, field=key))
            continue
        for column, typed in parsed.items():
            if typed not in (None, ""):
                out.put("project", 0, column, Reading(typed, value, start, end))

    rationale = sections.get("s1_3", [])
    if rationale:
        out.put("project", 0, "rationale", Reading(
            clean_value(span_text(rationale)), "", rationale[0].no, rationale[-1].no))

    items, lead = numbered_items(sections.get("s1_4", []))
    for i, item in enumerate(items, start=1):
        out.put("objectives", i, "text", Reading(item.text, item.text, item.line_start, item.line_end))
    if lead:
        out.issues.append(Issue("warning", "unnumbered_objective_text",
                                "text before the first numbered objective", span_text(lead),
                                lead[0].no, lead[-1].no, field="objectives.text"))

    groups, issues = target_groups(sections.get("s1_5", []))
    out.issues.extend(issues)
    for seq, (kind, text, start, end) in enumerate(groups, start=1):
        out.put("targets", seq, "kind", Reading(kind, kind, start, end))
        out.put("targets", seq, "text", Reading(text, text, start, end))

    entries = parse_entries(sections.get("s2", []))
    out.issues.extend(entries.issues)
    for seq, entry in entries.entries.items():
        span = (entry.line_start, entry.line_end)
        if entry.date is not None:
            out.put("progress_reports", seq, "report_date", Reading(entry.date, entry.date_text, *span))
        desc = entry.description
        if desc:
            out.put("progress_reports", seq, "description", Reading(desc, desc, *span))
        out.put("progress_reports", seq, "cancelled", Reading(entry.cancelled, desc[:40], *span))
        values, bad = figure_values(entry)
        for name, value in values.items():
            out.put("progress_reports", seq, name, Reading(value, entry.figure_texts.get(FIGURE_CLAUSE[name], ""), *span))
        for name, text, reason in bad:
            out.issues.append(Issue("error", "unparsed_value", f"report {seq} {name}: {reason}", text, *span,
                                    field=f"progress_reports.{name}"))
        for i, (item, amount, line_no) in enumerate(entry.expenses, start=1):
            try:
                value = parse_baht(str(amount))
            except ValueParseError as exc:
                out.issues.append(Issue("error", "unparsed_value", f"expense amount: {exc.reason}", item,
                                        line_no, line_no, field="expenses.amount"))
                continue
            key = (seq, comparable(item))
            out.put("expenses", key, "item", Reading(item, item, line_no, line_no))
            out.put("expenses", key, "amount", Reading(value, str(amount), line_no, line_no))
            out.put("expenses", key, "order", Reading(i, str(i), line_no, line_no))
    if entries.preamble:
        out.issues.append(Issue("warning", "text_before_first_entry",
                                "text in section 2 before the first report entry",
                                join_wrapped(entries.preamble), field="progress_reports"))
    return out


# ---------------------------------------------------------------- entry point

def read_copies(lines: list[Line]) -> list[CopyReading]:
    """All copies of the form in a document's text lines."""
    blocks = run_rules(lines, RULES)
    return [read_copy(c) for c in split_copies(blocks)]


# ---------------------------------------------------------------- rows

PROJECT_COLUMNS = (
    "project_code", "name", "fiscal_year_be", "start_date", "end_date", "budget_allocated", "budget_spent",
    "agency", "division", "section", "owner_name", "owner_phone", "coordinator_name", "coordinator_phone",
    "rationale", "strategy_issue", "strategy_sub_issue", "strategy_goal", "indicator",
)
REPORT_COLUMNS = ("report_date", "description", "progress_pct", "disbursed", "on_plan", "on_target", "cancelled")


def build(merged: Merged) -> ParseResult:
    """Rows for every table from the voted copies, then the cross-checks."""
    result = ParseResult(DOC_TYPE, n_copies=merged.total_copies)
    project = merged.tables.get("project", {}).get(0, {})
    code, fy = value_of(project, "project_code"), value_of(project, "fiscal_year_be")
    key = make_project_key(DOC_TYPE, code, fy, value_of(project, "name"))
    issues = list(merged.issues)
    for required in ("project_code", "name", "fiscal_year_be"):
        if required not in project:
            issues.append(Issue("error", "missing_field", f"no readable {required} in any copy",
                                field=f"projects.{required}"))
    span = merged.span("project", 0) if project else {"line_start": None, "line_end": None}
    row: dict[str, Any] = {c: value_of(project, c) for c in PROJECT_COLUMNS}
    row.update(project_key=key, doc_type=DOC_TYPE, fiscal_year=fy - 543 if fy else None,
               n_copies=merged.n_copies.get("project", {}).get(0, 0), **span)

    for seq, rec in sorted(merged.tables.get("objectives", {}).items()):
        result.add("objectives", {"project_key": key, "seq": seq, "text": rec["text"].value,
                                  "n_copies": merged.n_copies["objectives"][seq], **merged.span("objectives", seq)})
    for seq, rec in sorted(merged.tables.get("targets", {}).items()):
        result.add("targets", {"project_key": key, "kind": value_of(rec, "kind"), "seq": seq,
                               "text": rec["text"].value, "n_copies": merged.n_copies["targets"][seq],
                               **merged.span("targets", seq)})

    reports = dict(sorted(merged.tables.get("progress_reports", {}).items()))
    if fy:
        issues.extend(check_report_dates(reports, fy))
    for seq, rec in reports.items():
        out = {c: value_of(rec, c) for c in REPORT_COLUMNS}
        out["cancelled"] = bool(out["cancelled"])
        result.add("progress_reports", {"project_key": key, "seq": seq, **out,
                                        "n_copies": merged.n_copies["progress_reports"][seq],
                                        **merged.span("progress_reports", seq)})
    expenses = sorted(merged.tables.get("expenses", {}).items(), key=lambda kv: (kv[0][0], value_of(kv[1], "order")))
    by_report: dict[int, list[Decimal]] = {}
    for (report_seq, item_key), rec in expenses:
        amount = value_of(rec, "amount")
        by_report.setdefault(report_seq, []).append(amount)
        result.add("expenses", {"project_key": key, "report_seq": report_seq,
                                "seq": len(by_report[report_seq]), "item": rec["item"].value,
                                "quantity": None, "unit_amount": None, "amount": amount,
                                **merged.span("expenses", (report_seq, item_key))})

    issues.extend(check_figures(reports, by_report, row))
    row["plan_status"] = plan_status(reports)
    result.add("projects", row)
    for issue in issues:
        issue.project_key = issue.project_key or key
    result.issues = issues
    return result


def _lines(rec: dict[str, Reading]) -> tuple[int | None, int | None]:
    """The line span a record's readings cover (None, None if it has none)."""
    if not rec:
        return None, None
    return min(r.line_start for r in rec.values()), max(r.line_end for r in rec.values())


def plan_status(reports: dict[int, dict[str, Reading]]) -> str:
    """cancelled if a report cancels the project, completed if the last
    progress is 100 %, else in_progress."""
    if any(value_of(r, "cancelled") for r in reports.values()):
        return "cancelled"
    last = [value_of(r, "progress_pct") for _, r in sorted(reports.items()) if value_of(r, "progress_pct") is not None]
    if last and last[-1] >= 100.0:
        return "completed"
    return "in_progress"


def check_report_dates(reports: dict[int, dict[str, Reading]], fiscal_year_be: int) -> list[Issue]:
    """Report dates must fall in the fiscal year (with slack) and in report
    order; a date outside is repaired when exactly one look-alike digit swap
    brings it inside and between its neighbours, else flagged."""
    issues: list[Issue] = []
    window = report_window(fiscal_year_be)
    seqs = sorted(reports)
    for i, seq in enumerate(seqs):
        reading = reports[seq].get("report_date")
        if reading is None:
            issues.append(Issue("warning", "missing_value", f"report {seq} has no date in any copy",
                                field="progress_reports.report_date"))
            continue
        day = reading.value
        if window[0] <= day <= window[1]:
            continue
        lo = next((reports[s]["report_date"].value for s in reversed(seqs[:i]) if "report_date" in reports[s]), None)
        hi = next((reports[s]["report_date"].value for s in seqs[i + 1:] if "report_date" in reports[s]), None)
        fixes = repair_date(reading.text, window, lo, hi)
        if len(fixes) == 1:
            reports[seq]["report_date"] = Reading(fixes[0], reading.text, reading.line_start, reading.line_end)
            issues.append(Issue("warning", "value_repaired",
                                f"report {seq} date {day} is outside fiscal year {fiscal_year_be}; read as "
                                f"{fixes[0]} (one look-alike digit, the only reading inside the year and "
                                "between the neighbouring reports)", reading.text, *reading.span,
                                field="progress_reports.report_date"))
        else:
            issues.append(Issue("warning", "date_outside_fiscal_year",
                                f"report {seq} date {day} is outside fiscal year {fiscal_year_be} "
                                f"({window[0]} to {window[1]})", reading.text, *reading.span,
                                field="progress_reports.report_date"))
    dated = [(s, reports[s]["report_date"].value) for s in seqs if "report_date" in reports[s]]
    for (s1, d1), (s2, d2) in zip(dated, dated[1:]):
        if d2 < d1:
            issues.append(Issue("warning", "report_date_order", f"report {s2} ({d2}) is dated before report {s1} ({d1})",
                                field="progress_reports.report_date"))
    expected = list(range(1, max(seqs) + 1)) if seqs else []
    missing = sorted(set(expected) - set(seqs))
    if missing:
        issues.append(Issue("warning", "missing_report", f"report numbers {missing} are missing from the sequence",
                            field="progress_reports.seq"))
    return issues


def check_figures(reports: dict[int, dict[str, Reading]], expenses: dict[int, list[Decimal]],
                  project: dict[str, Any]) -> list[Issue]:
    """Expense lines against the entry's disbursement; disbursements against
    the project's budget spent and allocated; progress going backwards."""
    issues: list[Issue] = []
    for seq, amounts in sorted(expenses.items()):
        rec = reports.get(seq, {})
        issues += sum_check("expense_sum_mismatch", f"expense lines of report {seq}", amounts,
                            value_of(rec, "disbursed"), "expenses.amount", *_lines(rec))
    disbursed = [value_of(r, "disbursed") for r in reports.values() if value_of(r, "disbursed") is not None]
    if disbursed and project.get("budget_spent") is not None:
        issues += sum_check("budget_spent_mismatch", "disbursements of all reports vs budget spent (งบประมาณที่ใช้ไป)",
                            disbursed, project["budget_spent"], "projects.budget_spent")
    allocated = project.get("budget_allocated")
    if allocated is not None and disbursed and sum(disbursed) > allocated:
        issues.append(Issue("warning", "overspent", f"disbursements total {sum(disbursed):,.2f}, above the "
                            f"budget allocated {allocated:,.2f}", field="projects.budget_allocated"))
    previous = None
    for seq, rec in sorted(reports.items()):
        pct = value_of(rec, "progress_pct")
        if pct is None:
            issues.append(Issue("warning", "missing_value", f"report {seq} has no progress figures in any copy",
                                "", *_lines(rec), field="progress_reports.progress_pct"))
            continue
        if previous is not None and pct < previous[1] and not value_of(rec, "cancelled"):
            issues.append(Issue("warning", "progress_decreased",
                                f"report {seq} gives progress {pct:g} %, below report {previous[0]} ({previous[1]:g} %)",
                                rec["progress_pct"].text, *rec["progress_pct"].span, field="progress_reports.progress_pct"))
        previous = (seq, pct)
    return issues
