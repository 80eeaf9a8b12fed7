"""Arrow schemas derived from the pydantic row models, and the table registry."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pyarrow as pa
from pydantic import BaseModel

from schemas import rows

MONEY = pa.decimal128(18, 2)


def _unwrap(annotation: object) -> tuple[object, bool]:
    """(inner type, nullable) for X | None, Optional[X], Annotated[X, ...]."""
    nullable = False
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        nullable = len(args) != len(typing.get_args(annotation))
        annotation = args[0] if len(args) == 1 else str
    if typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation, nullable


def arrow_type(annotation: object) -> pa.DataType:
    inner, _ = _unwrap(annotation)
    if typing.get_origin(inner) is typing.Literal:
        return pa.string()
    mapping = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(),
               date: pa.date32(), Decimal: MONEY}
    if inner in mapping:
        return mapping[inner]
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_schema(model: type[BaseModel]) -> pa.Schema:
    """The Arrow schema of a row model, field by field, in declaration order."""
    fields = []
    for name, info in model.model_fields.items():
        _, nullable = _unwrap(info.annotation)
        fields.append(pa.field(name, arrow_type(info.annotation), nullable=nullable or not info.is_required()))
    return pa.schema(fields)


@dataclass(frozen=True)
class TableSpec:
    name: str
    model: type[BaseModel]
    sort_by: tuple[str, ...]  # deterministic row order

    @property
    def schema(self) -> pa.Schema:
        return arrow_schema(self.model)


TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in [
        TableSpec("documents", rows.DocumentRow, ("source_path", "doc_id")),
        TableSpec("projects", rows.ProjectRow, ("project_key",)),
        TableSpec("objectives", rows.ObjectiveRow, ("project_key", "seq")),
        TableSpec("targets", rows.TargetRow, ("project_key", "quarter", "kind", "seq")),
        TableSpec("progress_reports", rows.ProgressReportRow, ("project_key", "seq")),
        TableSpec("expenses", rows.ExpenseRow, ("project_key", "report_seq", "seq")),
        TableSpec("activities", rows.ActivityRow, ("project_key", "quarter", "seq")),
        TableSpec("findings", rows.FindingRow, ("project_key", "quarter", "kind", "seq", "line_start")),
        TableSpec("quarterly_budgets", rows.QuarterlyBudgetRow, ("project_key", "quarter", "fiscal_year_be", "line_start")),
        TableSpec("alignments", rows.AlignmentRow, ("project_key", "quarter", "seq")),
        TableSpec("report_summaries", rows.ReportSummaryRow, ("doc_id",)),
        TableSpec("project_sources", rows.ProjectSourceRow, ("project_key", "role", "doc_id")),
        TableSpec("issues", rows.IssueRow, ("doc_id", "line_start", "code", "field", "message")),
    ]
}
