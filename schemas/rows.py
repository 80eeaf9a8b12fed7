"""The output rows: one pydantic model per table, the single source of truth.

Column types map to Arrow (schemas.arrow): str -> string, int -> int64,
float -> float64, bool -> bool, date -> date32, Money -> decimal128(18,2).
Every record row carries provenance: the document it came from (doc_id) and
the 1-based line span in that file (line_start, line_end).
"""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from schemas.document import DOC_TYPES, UNKNOWN

Money = Annotated[Decimal, Field(max_digits=18, decimal_places=2)]
Percent = Annotated[float, Field(ge=0.0, le=100.0)]
Day = Annotated[date, Field(ge=date(1900, 1, 1), le=date(2200, 12, 31))]
YearBE = Annotated[int, Field(ge=2400, le=2800)]
YearCE = Annotated[int, Field(ge=1857, le=2257)]
LineNo = Annotated[int, Field(ge=1)]

DocType = Literal[(*DOC_TYPES, UNKNOWN)]  # type: ignore[valid-type]
PlanStatus = Literal["cancelled", "completed", "in_progress", "not_started"]
TargetKind = Literal["quantity", "quality", "output", "outcome", "indicator"]
FindingKind = Literal["result", "problem", "suggestion", "benefit", "risk"]


# Text kept exactly as given: a file's name must name the file on disk.
NOT_NORMALISED = frozenset({"source_path"})


class Row(BaseModel):
    """Base: unknown keys are an error, text is stored NFC (but NOT_NORMALISED)."""

    model_config = ConfigDict(extra="forbid", frozen=False, validate_default=False)

    @field_validator("*", mode="after")
    @classmethod
    def _nfc(cls, value: object, info: ValidationInfo) -> object:
        if (isinstance(value, str) and info.field_name not in NOT_NORMALISED
                and not unicodedata.is_normalized("NFC", value)):
            return unicodedata.normalize("NFC", value)
        return value


class Provenance(Row):
    doc_id: str
    line_start: LineNo | None = None
    line_end: LineNo | None = None


class DocumentRow(Row):
    doc_id: str
    source_path: str
    sha256: str
    size_bytes: int
    encoding: str | None = None
    doc_type: DocType
    status: Literal["ok", "partial", "failed"]
    n_pages: int | None = None
    n_unique_pages: int | None = None
    n_copies: int | None = None
    n_issues: int = 0
    parser_version: str
    error: str | None = None
    clean_fixes: str | None = None  # JSON: fix name -> lines it changed
    coverage: Annotated[float, Field(ge=0.0, le=1.0)] | None = None  # share of the text placed into fields or rows


class ProjectRow(Provenance):
    project_key: str
    doc_type: DocType
    project_code: str | None = None
    name: str | None = None
    fiscal_year_be: YearBE | None = None
    fiscal_year: YearCE | None = None
    start_date: Day | None = None
    end_date: Day | None = None
    budget_allocated: Money | None = None
    budget_spent: Money | None = None
    agency: str | None = None
    division: str | None = None
    section: str | None = None
    owner_name: str | None = None
    owner_phone: str | None = None
    coordinator_name: str | None = None
    coordinator_phone: str | None = None
    rationale: str | None = None
    strategy_issue: str | None = None
    strategy_sub_issue: str | None = None
    strategy_goal: str | None = None
    indicator: str | None = None
    plan_status: PlanStatus | None = None
    n_copies: int = 1
    # bma_proposal
    project_type: str | None = None
    project_model: str | None = None
    period_text: str | None = None
    place: str | None = None
    # obec_progress
    office: str | None = None
    group_seq: int | None = None


class ObjectiveRow(Provenance):
    project_key: str
    seq: int
    text: str
    n_copies: int = 1


class TargetRow(Provenance):
    project_key: str
    kind: TargetKind | None
    seq: int
    text: str
    quarter: Annotated[int, Field(ge=1, le=4)] | None = None  # obec_progress: the quarter reported
    aspect: Literal["quantity", "quality"] | None = None  # เชิงปริมาณ / เชิงคุณภาพ sub-part
    target_value: str | None = None  # e.g. "ร้อยละ 95" for an indicator
    indicator_type: str | None = None  # e.g. "ผลผลิต"
    method: str | None = None  # how the indicator is computed / measured
    period: str | None = None  # when it is measured
    n_copies: int = 1


class ProgressReportRow(Provenance):
    project_key: str
    seq: int
    report_date: Day | None = None
    description: str | None = None
    progress_pct: Percent | None = None
    disbursed: Money | None = None
    on_plan: bool | None = None
    on_target: bool | None = None
    cancelled: bool = False
    n_copies: int = 1


class ExpenseRow(Provenance):
    project_key: str
    report_seq: int | None = None
    seq: int
    item: str
    category: str | None = None  # the expense heading a line is listed under
    unit: str | None = None  # what quantity counts ("โรงเรียน")
    quantity: Decimal | None = Field(default=None, max_digits=18, decimal_places=2)
    unit_amount: Money | None = None
    amount: Money | None = None


class IssueRow(Row):
    doc_id: str
    project_key: str | None = None
    severity: Literal["error", "warning"]
    code: str
    field: str | None = None
    message: str
    evidence: str = ""
    line_start: LineNo | None = None
    line_end: LineNo | None = None


class ProjectSourceRow(Row):
    project_key: str
    doc_id: str
    role: Literal["primary", "merged"]
    last_report_seq: int | None = None
    last_report_date: Day | None = None


class ActivityRow(Provenance):
    project_key: str
    seq: int
    number: int | None = None  # the printed number (กิจกรรมหลักที่ N)
    quarter: Annotated[int, Field(ge=1, le=4)] | None = None
    text: str
    progress: str | None = None


class FindingRow(Provenance):
    project_key: str
    quarter: Annotated[int, Field(ge=1, le=4)] | None = None
    kind: FindingKind
    seq: int
    aspect: Literal["quantity", "quality"] | None = None
    text: str
    likelihood: str | None = None
    impact: str | None = None
    level: str | None = None
    mitigation: str | None = None


class ReportSummaryRow(Provenance):
    office: str | None = None
    fiscal_year_be: YearBE | None = None
    fiscal_year: YearCE | None = None
    period_months: int | None = None
    as_of_date: Day | None = None
    n_projects: int | None = None
    n_completed: int | None = None
    n_in_progress: int | None = None
    n_not_started: int | None = None
    n_budgeted_projects: int | None = None  # projects the budget figures cover
    budget_quarter: Annotated[int, Field(ge=1, le=4)] | None = None  # the quarter they are for
    budget_planned: Money | None = None
    budget_disbursed: Money | None = None
    budget_not_disbursed: Money | None = None
    disbursed_pct: Percent | None = None


class QuarterlyBudgetRow(Provenance):
    project_key: str
    fiscal_year_be: YearBE | None = None
    quarter: Annotated[int, Field(ge=1, le=4)] | None = None
    planned: Money | None = None
    disbursed: Money | None = None
    note: str | None = None


class AlignmentRow(Provenance):
    project_key: str
    quarter: Annotated[int, Field(ge=1, le=4)] | None = None
    plan: str  # the heading as printed ("ผลการดำเนินงานต่อเป้าหมายของยุทธศาสตร์ชาติ", ...)
    seq: int  # order under the project (the form repeats one heading)
    text: str
