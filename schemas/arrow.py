"""Arrow schemas derived from the pydantic row models, with the data
dictionary (schemas.dictionary) as field and file metadata, and the table
registry."""

from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from functools import cached_property
from datetime import date
from decimal import Decimal

import pyarrow as pa
from pydantic import BaseModel

from schemas import rows
from schemas.names import TABLE_NAMES
from schemas.dictionary import ColumnDoc, column_docs, field_metadata, table_metadata

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


def arrow_schema(model: type[BaseModel], metadata: dict[bytes, bytes] | None = None) -> pa.Schema:
    """The Arrow schema of a row model, field by field, in declaration order,
    each field with its dictionary entry as metadata."""
    fields = []
    for name, info in model.model_fields.items():
        _, nullable = _unwrap(info.annotation)
        fields.append(pa.field(name, arrow_type(info.annotation), nullable=nullable or not info.is_required(),
                               metadata=field_metadata(info)))
    return pa.schema(fields, metadata=metadata)


@dataclass(frozen=True)
class TableSpec:
    name: str
    model: type[BaseModel]
    sort_by: tuple[str, ...]  # deterministic row order
    description_th: str = ""
    key: tuple[str, ...] = ()  # a child table's columns that tell one project's rows apart

    @cached_property
    def schema(self) -> pa.Schema:
        return arrow_schema(self.model, table_metadata(self.name, self.model, self.description_th))

    @property
    def description(self) -> str:
        return " ".join((self.model.__doc__ or "").split())

    def columns(self) -> list[ColumnDoc]:
        """The data dictionary of the table's columns."""
        return column_docs(self.model, {f.name: (str(f.type), f.nullable) for f in self.schema})


TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in [
        TableSpec("documents", rows.DocumentRow, ("source_path", "doc_id"), "แฟ้มต้นฉบับ หนึ่งแถวต่อแฟ้ม"),
        TableSpec("projects", rows.ProjectRow, ("project_key",), "โครงการ"),
        TableSpec("objectives", rows.ObjectiveRow, ("project_key", "seq"), "วัตถุประสงค์ของโครงการ", ("seq",)),
        TableSpec("targets", rows.TargetRow, ("project_key", "quarter", "kind", "seq"), "เป้าหมายและตัวชี้วัด",
                  ("quarter", "kind", "seq")),
        TableSpec("progress_reports", rows.ProgressReportRow, ("project_key", "seq"),
                  "รายงานความก้าวหน้า (รายงานครั้งที่ N)", ("seq",)),
        TableSpec("expenses", rows.ExpenseRow, ("project_key", "report_seq", "seq"), "รายการค่าใช้จ่าย",
                  ("report_seq", "seq")),
        TableSpec("activities", rows.ActivityRow, ("project_key", "quarter", "seq"), "กิจกรรม / ขั้นตอนการดำเนินงาน",
                  ("quarter", "seq")),
        TableSpec("findings", rows.FindingRow, ("project_key", "quarter", "kind", "seq", "line_start"),
                  "ผลการดำเนินงาน ปัญหา ข้อเสนอแนะ ประโยชน์ และความเสี่ยง", ("quarter", "kind", "seq")),
        TableSpec("quarterly_budgets", rows.QuarterlyBudgetRow,
                  ("project_key", "quarter", "fiscal_year_be", "line_start"), "การเบิกจ่ายงบประมาณรายไตรมาส",
                  ("fiscal_year_be", "quarter")),
        TableSpec("alignments", rows.AlignmentRow, ("project_key", "quarter", "seq"),
                  "ความสอดคล้องกับยุทธศาสตร์และแผน", ("quarter", "seq")),
        TableSpec("report_summaries", rows.ReportSummaryRow, ("doc_id",), "สรุปผลของรายงาน สพป."),
        TableSpec("project_sources", rows.ProjectSourceRow, ("project_key", "role", "doc_id"),
                  "แฟ้มที่รายงานแต่ละโครงการ"),
        TableSpec("issues", rows.IssueRow, ("doc_id", "line_start", "code", "field", "message"),
                  "ข้อสังเกต: ค่าที่อ่านไม่ได้ ซ่อมแล้ว หรือขัดแย้งกัน"),
    ]
}
if tuple(TABLES) != TABLE_NAMES:  # (the names the CLI and the driver read without this module)
    raise ImportError(f"schemas.names.TABLE_NAMES {TABLE_NAMES} is not schemas.arrow.TABLES {tuple(TABLES)}")
