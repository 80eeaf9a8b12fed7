"""The output rows: one pydantic model per table, the single source of truth,
and the data dictionary written with them.

Column types map to Arrow (schemas.arrow): str -> string, int -> int64,
float -> float64, bool -> bool, date -> date32, Money -> decimal128(18,2).
Every record row carries provenance: the document it came from (doc_id) and
the 1-based line span in that file (line_start, line_end).

Each column is declared with `col(english, thai, unit=, source=)`: its
description in English and Thai, its unit, and where it comes from (the
form field, per doc_type, and the converter that reads it).  Allowed values
come from the type (Literal, ranges).  schemas.dictionary turns this into
the Parquet field metadata, `raingan schema` and the README's reference.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator
from pydantic_core import PydanticUndefined

from schemas.document import DOC_TYPES, UNKNOWN

Money = Annotated[Decimal, Field(max_digits=18, decimal_places=2)]
Percent = Annotated[float, Field(ge=0.0, le=100.0)]
Day = Annotated[date, Field(ge=date(1900, 1, 1), le=date(2200, 12, 31))]
YearBE = Annotated[int, Field(ge=2400, le=2800)]
YearCE = Annotated[int, Field(ge=1857, le=2257)]
LineNo = Annotated[int, Field(ge=1)]
Quarter = Annotated[int, Field(ge=1, le=4)]
Share = Annotated[float, Field(ge=0.0, le=1.0)]
Quantity = Annotated[Decimal, Field(max_digits=18, decimal_places=2)]

DocType = Literal[(*DOC_TYPES, UNKNOWN)]  # type: ignore[valid-type]
PlanStatus = Literal["cancelled", "completed", "in_progress", "not_started"]
TargetKind = Literal["quantity", "quality", "output", "outcome", "indicator"]
FindingKind = Literal["result", "problem", "suggestion", "benefit", "risk"]
Aspect = Literal["quantity", "quality"]

# Units, as the dictionary names them.
BAHT = "baht"
PCT = "%"
BE = "year BE (พ.ศ.)"
CE = "year CE"
DATE = "date CE"
LINE = "line number (1-based, in the source file)"
COUNT = "count"

PROGRESS, PROPOSAL, OBEC = "bma_progress", "bma_proposal", "obec_progress"


def col(en: str, th: str, *, unit: str | None = None, source: dict[str, str] | str | None = None,
        default: Any = PydanticUndefined) -> Any:
    """A column: its description (English, Thai), unit and source, for the
    data dictionary; `default` as pydantic's (none: the column is required).
    `source` maps a doc_type to the form field it is read from (with the
    converter), or says how raingan derives it."""
    extra: dict[str, Any] = {"th": th}
    if unit:
        extra["unit"] = unit
    if source:
        extra["source"] = source
    return Field(default, description=en, json_schema_extra=extra)


def doc_id_col() -> Any:
    return col("Id of the input file: the first 16 hex digits of sha256(source path, NUL, content sha256).",
               "รหัสแฟ้มต้นฉบับ", source="raingan: from the file's path and content")


def line_start_col() -> Any:
    return col("First source line the row was read from (1-based, in the decoded file).",
               "บรรทัดแรกในแฟ้มต้นฉบับที่อ่านแถวนี้", unit=LINE, source="raingan: provenance", default=None)


def line_end_col() -> Any:
    return col("Last source line the row was read from (inclusive).", "บรรทัดสุดท้ายในแฟ้มต้นฉบับที่อ่านแถวนี้",
               unit=LINE, source="raingan: provenance", default=None)


def project_key_col() -> Any:
    return col("The project the row belongs to: <project code>/<fiscal year BE> for BMA progress forms, "
               "<doc_type>:<fiscal year BE>:<hash of the name> (OBEC: of the office and the title) otherwise; "
               "joins to projects.project_key.", "รหัสอ้างอิงโครงการ (ใช้เชื่อมตาราง)",
               source="raingan: parsers.values.make_project_key")


def n_copies_col(what: str) -> Any:
    return col(f"How many printed copies of the form in the file gave this {what} (copies vote field by field).",
               f"จำนวนสำเนาในแฟ้มที่ให้{'โครงการ' if what == 'project' else 'แถว'}นี้", unit=COUNT,
               source="raingan: pipeline.vote", default=1)


def fiscal_year_ce_col() -> Any:
    return col("The fiscal year in CE (fiscal_year_be - 543): Thai fiscal year N runs from 1 October N-1 to "
               "30 September N.", "ปีงบประมาณ (ค.ศ.)", unit=CE, source="raingan: fiscal_year_be - 543", default=None)


def quarter_col(en: str, source: dict[str, str] | str) -> Any:
    return col(en, "ไตรมาส", unit="quarter of the fiscal year (1 = Oct-Dec)", source=source, default=None)


# Text kept exactly as given: a file's name must name the file on disk.
NOT_NORMALISED = frozenset({"source_path"})


class Row(BaseModel):
    """Base: unknown keys are an error, text is stored NFC (but NOT_NORMALISED)."""

    model_config = ConfigDict(extra="forbid", frozen=False, validate_default=False)

    @model_validator(mode="after")
    def _nfc(self) -> "Row":
        # each field given (as a validator of every field would see it, after
        # its own validation: defaults are not validated) whose value is text,
        # made NFC; one call per row where a field validator ("*") costs a
        # call per field, most of what validating a row costs
        values = self.__dict__
        for name in self.model_fields_set:
            value = values[name]
            if isinstance(value, str) and name not in NOT_NORMALISED and not unicodedata.is_normalized("NFC", value):
                values[name] = unicodedata.normalize("NFC", value)
        return self


class Provenance(Row):
    doc_id: str = doc_id_col()
    line_start: LineNo | None = line_start_col()
    line_end: LineNo | None = line_end_col()


class WithFiscalYear(Row):
    """Rows with a BE fiscal year carry it in CE beside it (fiscal_year)."""

    @model_validator(mode="after")
    def _ce_year(self) -> "WithFiscalYear":
        if getattr(self, "fiscal_year", None) is None and getattr(self, "fiscal_year_be", None) is not None:
            self.fiscal_year = self.fiscal_year_be - 543
        return self


class DocumentRow(Row):
    """One row per input file, whatever happened to it."""

    doc_id: str = doc_id_col()
    source_path: str = col("The file's path under the run root (run.json's root; / separators), as its name is on disk: "
                           "never Unicode-normalised, bytes that are not UTF-8 escaped.",
                           "ที่อยู่ของแฟ้มต้นฉบับ", source="raingan: the input")
    sha256: str = col("SHA-256 of the file's bytes (hex); empty when the file could not be read.",
                      "ค่าแฮช SHA-256 ของแฟ้ม", source="raingan: the file's bytes")
    size_bytes: int = col("Size of the file.", "ขนาดแฟ้ม (ไบต์)", unit="bytes", source="raingan: the file")
    encoding: str | None = col("The text encoding the file was decoded from (utf-8, utf-8-sig, utf-16, cp874).",
                               "รหัสอักขระของแฟ้ม", source="raingan: pipeline.decode", default=None)
    doc_type: DocType = col("Which form the file is (detected from its structure); unknown when none fits.",
                            "ประเภทแบบฟอร์ม", source="raingan: parsers.detect")
    status: Literal["ok", "partial", "failed"] = col(
        "ok: read; partial: read, with errors (an issue of severity error); failed: not read (see error).",
        "สถานะการอ่าน (ok = อ่านได้, partial = อ่านได้บางส่วน, failed = อ่านไม่ได้)", source="raingan")
    n_pages: int | None = col("Pages in the file (split at page breaks and page headers).", "จำนวนหน้า",
                              unit=COUNT, source="raingan: pipeline.segment", default=None)
    n_unique_pages: int | None = col("Pages left when near-duplicate pages count once.", "จำนวนหน้าที่ไม่ซ้ำ",
                                     unit=COUNT, source="raingan: pipeline.dedupe", default=None)
    n_copies: int | None = col("Printed copies of the form in the file (the most any project has).",
                               "จำนวนสำเนาของแบบฟอร์มในแฟ้ม", unit=COUNT, source="raingan: pipeline.vote",
                               default=None)
    n_issues: int = col("Rows of `issues` for this file.", "จำนวนข้อสังเกต (issues) ของแฟ้ม", unit=COUNT,
                        source="raingan", default=0)
    parser_version: str = col("raingan's package and parser version that read the file.", "รุ่นของโปรแกรมที่อ่าน",
                              source="raingan: pipeline.version")
    error: str | None = col("Why the file failed (the stage and the reason); null unless status is failed.",
                            "สาเหตุที่อ่านไม่ได้", source="raingan", default=None)
    clean_fixes: str | None = col("JSON object: clean-up fix name -> how many lines it changed.",
                                  "การแก้ไขข้อความที่ทำ (JSON)", unit="JSON", source="raingan: pipeline.clean",
                                  default=None)
    coverage: Share | None = col("Share of the file's text (furniture left out) placed into some field or row; "
                                 "the rest is in unplaced_text issues.", "สัดส่วนข้อความที่อ่านเข้าช่องข้อมูลได้",
                                 unit="share 0-1", source="raingan: pipeline.stages.coverage", default=None)


class ProjectRow(Provenance, WithFiscalYear):
    """One row per project (a project met in several files is one row, from its primary file)."""

    project_key: str = project_key_col()
    doc_type: DocType = col("The form the project was read from.", "ประเภทแบบฟอร์มที่อ่านโครงการ",
                            source="raingan: parsers.detect")
    project_code: str | None = col("The BMA project code NNNNNNNN-NNNN.", "รหัสโครงการ", source={
        PROGRESS: "1.1 รหัสโครงการ (parse_project_code)"}, default=None)
    name: str | None = col("The project's name (wrapped lines joined).", "ชื่อโครงการ", source={
        PROGRESS: "1.1 ชื่อโครงการ/กิจกรรม (clean_value)", PROPOSAL: "ชื่อโครงการ (clean_value)",
        OBEC: "the numbered project title under its status group (โครงการที่ N)"}, default=None)
    fiscal_year_be: YearBE | None = col("The fiscal year in the Buddhist era, as the form gives it.",
                                        "ปีงบประมาณ (พ.ศ.)", unit=BE, source={
        PROGRESS: "ปีงบประมาณ พ.ศ. (parse_fiscal_year)", PROPOSAL: "ปีงบประมาณ (parse_fiscal_year)",
        OBEC: "the report's fiscal year: the year its 'ปีงบประมาณ <year>' mentions agree on"}, default=None)
    fiscal_year: YearCE | None = fiscal_year_ce_col()
    start_date: Day | None = col("First day of the project.", "วันเริ่มต้นโครงการ", unit=DATE, source={
        PROGRESS: "เริ่มต้นโครงการ (parse_date)",
        PROPOSAL: "5 ระยะเวลาดำเนินการ: the first date, or the first day of the first month"}, default=None)
    end_date: Day | None = col("Last day of the project.", "วันสิ้นสุดโครงการ", unit=DATE, source={
        PROGRESS: "สิ้นสุดโครงการ (parse_date)",
        PROPOSAL: "5 ระยะเวลาดำเนินการ: the last date, or the last day of the last month"}, default=None)
    budget_allocated: Money | None = col("Budget allocated to the project.", "งบประมาณที่ได้รับ", unit=BAHT, source={
        PROGRESS: "งบประมาณที่ได้รับ (parse_amount)",
        PROPOSAL: "7 งบประมาณ: the total (เป็นเงิน ... บาท), checked against the amount in Thai words"},
        default=None)
    budget_spent: Money | None = col("Budget spent so far, as the form states it.", "งบประมาณที่ใช้ไป", unit=BAHT,
                                     source={PROGRESS: "งบประมาณที่ใช้ไป (parse_amount)"}, default=None)
    agency: str | None = col("The responsible unit: the agency of a BMA form (first part of "
                             "หน่วยงานที่รับผิดชอบ), the service-area office of an OBEC report.",
                             "หน่วยงานที่รับผิดชอบ", source={
        PROGRESS: "1.2 หน่วยงานที่รับผิดชอบ, part 1 of 'A / B / C' (split_unit)",
        PROPOSAL: "หน่วยงานที่รับผิดชอบ, part 1 (split_unit)",
        OBEC: "the office line of the report's summary (สำนักงานเขตพื้นที่การศึกษา...)"}, default=None)
    division: str | None = col("The division under the agency (second part of หน่วยงานที่รับผิดชอบ).",
                               "ฝ่าย/กอง", source={PROGRESS: "1.2 หน่วยงานที่รับผิดชอบ, part 2 (split_unit)",
                                                 PROPOSAL: "หน่วยงานที่รับผิดชอบ, part 2 (split_unit)"}, default=None)
    section: str | None = col("The section under the division (third part of หน่วยงานที่รับผิดชอบ).",
                              "กลุ่มงาน/ส่วน", source={PROGRESS: "1.2 หน่วยงานที่รับผิดชอบ, part 3 (split_unit)",
                                                     PROPOSAL: "หน่วยงานที่รับผิดชอบ, part 3 (split_unit)"},
                              default=None)
    owner_name: str | None = col("The person responsible, with their title.", "ชื่อผู้รับผิดชอบโครงการ", source={
        PROGRESS: "ชื่อผู้รับผิดชอบ, without the phone (split_person)",
        PROPOSAL: "the proposer's name under the signature line"}, default=None)
    owner_phone: str | None = col("The owner's phone or extension, digits only.", "โทรศัพท์ผู้รับผิดชอบ",
                                  source={PROGRESS: "ชื่อผู้รับผิดชอบ: the digits at its end (split_person)"},
                                  default=None)
    coordinator_name: str | None = col("The coordinator at the strategy office (สยป).", "ชื่อผู้ประสานงาน สยป",
                                       source={PROGRESS: "ผู้ประสานงาน สยป, without the phone (split_person)"},
                                       default=None)
    coordinator_phone: str | None = col("The coordinator's phone or extension.", "โทรศัพท์ผู้ประสานงาน",
                                        source={PROGRESS: "ผู้ประสานงาน สยป: the digits at its end (split_person)"},
                                        default=None)
    rationale: str | None = col("The rationale, its paragraphs joined.", "หลักการและเหตุผล", source={
        PROGRESS: "1.3 หลักการและเหตุผล (the section's text)", PROPOSAL: "1 หลักการและเหตุผล (the section's text)"},
        default=None)
    strategy_issue: str | None = col("The issue of Bangkok's 20-year development plan the project supports.",
                                     "ประเด็นยุทธศาสตร์ (แผนพัฒนา กทม. 20 ปี)",
                                     source={PROGRESS: "1.6 ประเด็นยุทธศาสตร์ (clean_ordinal_value)"}, default=None)
    strategy_sub_issue: str | None = col("The sub-issue of that plan.", "ประเด็นยุทธศาสตร์ย่อย",
                                         source={PROGRESS: "1.6 ประเด็นยุทธศาสตร์ย่อย (clean_ordinal_value)"}, default=None)
    strategy_goal: str | None = col("The goal of that plan.", "เป้าหมายของแผน",
                                    source={PROGRESS: "1.6 เป้าหมายที่ (clean_ordinal_value)"}, default=None)
    indicator: str | None = col("The plan's indicator the project reports on.", "ตัวชี้วัดของแผน",
                                source={PROGRESS: "1.6 ตัวชี้วัด (clean_ordinal_value)"}, default=None)
    plan_status: PlanStatus | None = col(
        "Where the project stands: BMA progress forms: cancelled when a report cancels it, completed when the "
        "last progress is 100 %, else in_progress; OBEC reports: the status group it is listed under; null for "
        "proposals.", "สถานะของโครงการ", source={
            PROGRESS: "raingan: from the report entries (ยกเลิกโครงการ, ความก้าวหน้า 100 %)",
            OBEC: "the group heading: เสร็จสิ้นแล้ว / อยู่ระหว่างดำเนินการ / ยังไม่ได้ดำเนินการ"}, default=None)
    n_copies: int = n_copies_col("project")
    project_type: str | None = col("The proposal's project type.", "ประเภทโครงการ",
                                   source={PROPOSAL: "4 ประเภทโครงการ (clean_value)"}, default=None)
    project_model: str | None = col("The proposal's project model.", "รูปแบบโครงการ",
                                    source={PROPOSAL: "4 รูปแบบโครงการ (clean_value)"}, default=None)
    period_text: str | None = col("The proposal's period as printed.", "ระยะเวลาดำเนินการ (ตามที่พิมพ์)",
                                  source={PROPOSAL: "5 ระยะเวลาดำเนินการ (clean_value)"}, default=None)
    place: str | None = col("Where the proposal's project takes place.", "สถานที่ดำเนินการ",
                            source={PROPOSAL: "5 สถานที่ดำเนินการ (clean_value)"}, default=None)
    group_seq: int | None = col("The project's number within its OBEC status group.", "ลำดับโครงการในกลุ่มสถานะ",
                                source={OBEC: "โครงการที่ N under the status group"}, default=None)


class ObjectiveRow(Provenance):
    """One row per numbered objective of a project."""

    project_key: str = project_key_col()
    seq: int = col("The objective's place in the list (1-based).", "ลำดับวัตถุประสงค์", source={
        PROGRESS: "1.4 วัตถุประสงค์ของโครงการ: the item's place", PROPOSAL: "2 วัตถุประสงค์: the item's place"})
    text: str = col("The objective.", "วัตถุประสงค์", source={PROGRESS: "1.4 วัตถุประสงค์ของโครงการ (one item)",
                                                          PROPOSAL: "2 วัตถุประสงค์ (one item)"})
    n_copies: int = n_copies_col("row")


class TargetRow(Provenance):
    """One row per target group, target item or KPI."""

    project_key: str = project_key_col()
    kind: TargetKind | None = col(
        "quantity / quality: a BMA target group (ด้านปริมาณ / ด้านคุณภาพ); output / outcome / indicator: an OBEC "
        "target (เป้าหมายเชิงผลผลิต / เชิงผลลัพธ์ / ดัชนีชี้วัดความสำเร็จ); indicator: a proposal's KPI.",
        "ประเภทเป้าหมาย", source={PROGRESS: "1.5 เป้าหมายของโครงการ: the group label",
                                  PROPOSAL: "3 เป้าหมาย: the group label; 10.1 ตัวชี้วัดความสำเร็จ: indicator",
                                  OBEC: "the target section's heading"})
    seq: int = col("The row's place among the project's targets of its kind.", "ลำดับ", source="raingan")
    text: str = col("The target as printed (sub-items joined).", "เป้าหมาย", source={
        PROGRESS: "1.5 เป้าหมายของโครงการ", PROPOSAL: "3 เป้าหมาย / 10.1 ตัวชี้วัด", OBEC: "one target item"})
    quarter: Quarter | None = quarter_col("The quarter the OBEC report covers.", {OBEC: "the round's heading (ไตรมาสที่ N)"})
    aspect: Aspect | None = col("The เชิงปริมาณ (quantity) / เชิงคุณภาพ (quality) sub-part an OBEC target is under.",
                                "เชิงปริมาณ / เชิงคุณภาพ", source={OBEC: "เชิงปริมาณ / เชิงคุณภาพ marker"}, default=None)
    target_value: str | None = col("A KPI's target value as printed (e.g. ร้อยละ 95).", "ค่าเป้าหมาย",
                                   source={PROPOSAL: "10.1 ค่าเป้าหมาย cell"}, default=None)
    indicator_type: str | None = col("A KPI's type (e.g. ผลผลิต).", "ประเภทตัวชี้วัด",
                                     source={PROPOSAL: "10.1 ประเภทตัวชี้วัด cell"}, default=None)
    method: str | None = col("How a KPI is computed or measured.", "วิธีการคำนวณ/เครื่องมือในการใช้วัด",
                             source={PROPOSAL: "10.1 วิธีการคำนวณ cell"}, default=None)
    period: str | None = col("When a KPI is measured.", "ระยะเวลา", source={PROPOSAL: "10.1 ระยะเวลา cell"},
                             default=None)
    n_copies: int = n_copies_col("row")


class ProgressReportRow(Provenance):
    """One row per report entry (รายงานครั้งที่ N) of a BMA progress form."""

    project_key: str = project_key_col()
    seq: int = col("The report number N (รายงานครั้งที่ N).", "รายงานครั้งที่",
                   source={PROGRESS: "2 รายงานครั้งที่ N (the header, or the budget clause naming it)"})
    report_date: Day | None = col("The date of the report.", "วันที่รายงาน", unit=DATE,
                                  source={PROGRESS: "2 ':: D/M/BE :' after the header (parse_date)"}, default=None)
    description: str | None = col("What was done, as reported.", "ผลการดำเนินงาน",
                                  source={PROGRESS: "2 the text after the date"}, default=None)
    progress_pct: Percent | None = col("Progress of the work.", "ความก้าวหน้าของงาน", unit=PCT,
                                       source={PROGRESS: "2 ความก้าวหน้าของงานฯ = X %, a figure of the entry its budget clause names "
                                                        "(parse_percent)"},
                                       default=None)
    disbursed: Money | None = col("Amount disbursed for this report.", "งบประมาณที่เบิกใช้", unit=BAHT,
                                  source={PROGRESS: "2 งบประมาณที่เบิกใช้ (ครั้งที่ N) = X บาท: the clause names its entry N, "
                                                    "wherever it stands (parse_baht)"},
                                  default=None)
    on_plan: bool | None = col("The work is on plan (เป็นไปตามแผน) or not (ไม่เป็นไปตามแผน).", "เป็นไปตามแผน",
                               source={PROGRESS: "2 ': เป็นไปตามแผน' / ': ไม่เป็นไปตามแผน' beside the entry's figures"},
                               default=None)
    on_target: bool | None = col("The work meets its target (เป็นไปตามเป้าหมาย) or not; null when not stated.",
                                 "เป็นไปตามเป้าหมาย",
                                 source={PROGRESS: "2 ': เป็นไปตามเป้าหมาย' / ': ไม่เป็นไปตามเป้าหมาย'"},
                                 default=None)
    cancelled: bool = col("The report cancels the project (ยกเลิกโครงการ).", "ยกเลิกโครงการ",
                          source={PROGRESS: "2 the description opens with ยกเลิกโครงการ"}, default=False)
    n_copies: int = n_copies_col("row")


class ExpenseRow(Provenance):
    """One row per expense line: of a BMA report entry, or of a proposal's budget."""

    project_key: str = project_key_col()
    report_seq: int | None = col("The report entry the line belongs to; null for a proposal's budget lines.",
                                 "รายงานครั้งที่", source={PROGRESS: "2 the entry the line stands in"}, default=None)
    seq: int = col("The line's place (1-based) in its entry or budget.", "ลำดับรายการ", source="raingan")
    item: str = col("What was paid for, as printed.", "รายการค่าใช้จ่าย", source={
        PROGRESS: "2 an expense line ('ค่าอาหาร 50 คน x 200 บาท = 10,000 บาท')",
        PROPOSAL: "7 งบประมาณ: an expense line"})
    category: str | None = col("The expense heading the line is listed under (ค่าตอบแทน, ค่าใช้สอย, ...).",
                               "หมวดค่าใช้จ่าย", source={PROPOSAL: "7 the heading above the line"}, default=None)
    unit: str | None = col("What the quantity counts (คน, โรงเรียน).", "หน่วยนับ",
                           source={PROGRESS: "the expense line", PROPOSAL: "the expense line"}, default=None)
    quantity: Quantity | None = col("How many units (up to 2 decimals).", "จำนวน", unit="units",
                                    source={PROGRESS: "the expense line (parse_decimal)",
                                            PROPOSAL: "the expense line (parse_decimal)"}, default=None)
    unit_amount: Money | None = col("Amount per unit.", "ราคาต่อหน่วย", unit=BAHT,
                                    source={PROGRESS: "the expense line (parse_baht)",
                                            PROPOSAL: "the expense line (parse_baht)"}, default=None)
    amount: Money | None = col("The line's amount (quantity x unit amount when both are given).", "จำนวนเงิน",
                               unit=BAHT, source={PROGRESS: "the expense line: '= X บาท' (parse_baht)",
                                                  PROPOSAL: "the expense line: '= X บาท' (parse_baht)"},
                               default=None)


class IssueRow(Row):
    """One row per doubt: a value that could not be read, was repaired, or disagrees with the document."""

    doc_id: str = doc_id_col()
    project_key: str | None = col("The project the issue is about; null for issues about the whole file or an "
                                  "OBEC report's summary.", "รหัสอ้างอิงโครงการที่เกี่ยวข้อง",
                                  source="raingan", default=None)
    severity: Literal["error", "warning"] = col(
        "error: a value or part is lost (the document is partial or failed); warning: a doubt, a repair or a "
        "disagreement.", "ระดับความรุนแรง", source="raingan: schemas.issue_codes")
    code: str = col("What kind of issue (see the issue codes below).", "รหัสประเภทข้อสังเกต",
                    source="raingan: schemas.issue_codes")
    field: str | None = col("The column the issue is about, as table.column (or a table).",
                            "คอลัมน์ที่เกี่ยวข้อง (ตาราง.คอลัมน์)", source="raingan", default=None)
    message: str = col("What happened, in words.", "คำอธิบาย", source="raingan")
    evidence: str | None = col("JSON object (or null), one shape per code: the printed text, the readings, the "
                               "repair, the rows summed.", "หลักฐาน (JSON)", unit="JSON",
                               source="raingan: schemas.issue_codes", default=None)
    line_start: LineNo | None = col("First source line the issue is about.", "บรรทัดแรกที่เกี่ยวข้อง", unit=LINE,
                                    source="raingan: provenance", default=None)
    line_end: LineNo | None = col("Last source line the issue is about.", "บรรทัดสุดท้ายที่เกี่ยวข้อง", unit=LINE,
                                  source="raingan: provenance", default=None)


class ProjectSourceRow(Row):
    """One row per (project, file) pair: which files report a project."""

    project_key: str = project_key_col()
    doc_id: str = doc_id_col()
    role: Literal["primary", "merged"] = col(
        "primary: the file whose project row is kept (the latest report); merged: another file reporting the "
        "same project.", "บทบาทของแฟ้ม", source="raingan: pipeline.merge")
    last_report_seq: int | None = col("The highest report number the file gives for the project.",
                                      "รายงานครั้งล่าสุดในแฟ้ม", source="raingan: progress_reports", default=None)
    last_report_date: Day | None = col("The date of that report.", "วันที่รายงานล่าสุด", unit=DATE,
                                       source="raingan: progress_reports", default=None)


class ActivityRow(Provenance):
    """One row per action-plan step (proposal) or main activity (OBEC กิจกรรมหลัก)."""

    project_key: str = project_key_col()
    seq: int = col("The row's place among the project's activities.", "ลำดับ", source="raingan")
    number: int | None = col("The activity's number as printed (กิจกรรมหลักที่ N).", "ลำดับกิจกรรมตามที่พิมพ์",
                             source={OBEC: "กิจกรรมหลักที่ N"}, default=None)
    quarter: Quarter | None = quarter_col("The quarter the OBEC report covers.", {OBEC: "the round's heading"})
    text: str = col("The step or activity.", "กิจกรรม/ขั้นตอนการดำเนินงาน", source={
        PROPOSAL: "6 แผนปฏิบัติการ: a numbered step", OBEC: "ความก้าวหน้าของกิจกรรมที่ดำเนินการ: the activity"})
    progress: str | None = col("What was done in the activity (OBEC).", "ผลการดำเนินกิจกรรม",
                               source={OBEC: "the lines under the activity"}, default=None)


class FindingRow(Provenance):
    """One row per benefit, risk, result, problem or suggestion; a bare "-" gives no row."""

    project_key: str = project_key_col()
    quarter: Quarter | None = quarter_col("The quarter the OBEC report covers; null for a proposal.",
                                          {OBEC: "the round's heading"})
    kind: FindingKind = col("result / problem / suggestion (OBEC สรุปปัญหาและข้อเสนอแนะ); benefit / risk "
                            "(proposal sections 9 and 8).", "ประเภท", source={
        PROPOSAL: "8 ความเสี่ยง (risk), 9 ประโยชน์ที่คาดว่าจะได้รับ (benefit)",
        OBEC: "ผลการดำเนินงาน / ปัญหาและอุปสรรค / ข้อเสนอแนะ"})
    seq: int = col("The row's place among the project's findings of its kind.", "ลำดับ", source="raingan")
    aspect: Aspect | None = col("The เชิงปริมาณ / เชิงคุณภาพ sub-part (OBEC).", "เชิงปริมาณ / เชิงคุณภาพ",
                                source={OBEC: "marker"}, default=None)
    text: str = col("The finding.", "ข้อความ", source={PROPOSAL: "the item or the risk cell", OBEC: "one item"})
    likelihood: str | None = col("A risk's likelihood score as printed (1-5).", "โอกาสที่จะเกิด",
                                 source={PROPOSAL: "8 โอกาสที่จะเกิด cell"}, default=None)
    impact: str | None = col("A risk's impact score as printed (1-5).", "ผลกระทบ",
                             source={PROPOSAL: "8 ผลกระทบ cell"}, default=None)
    level: str | None = col("A risk's level as printed (ต่ำ, ปานกลาง, สูง, สูงมาก).", "ระดับของความเสี่ยง",
                            source={PROPOSAL: "8 ระดับของความเสี่ยง cell"}, default=None)
    mitigation: str | None = col("How the risk is managed.", "แนวทางการบริหารความเสี่ยง",
                                 source={PROPOSAL: "8 แนวทางการบริหารความเสี่ยง cell"}, default=None)


class ReportSummaryRow(Provenance, WithFiscalYear):
    """One row per OBEC report: its opening summary."""

    agency: str | None = col("The service-area office that reports (the responsible unit, as projects.agency).",
                             "หน่วยงาน (สำนักงานเขตพื้นที่การศึกษา)",
                             source={OBEC: "the summary's office line"}, default=None)
    fiscal_year_be: YearBE | None = col("The report's fiscal year, Buddhist era.", "ปีงบประมาณ (พ.ศ.)", unit=BE,
                                        source={OBEC: "the title's ปีงบประมาณ, checked against every year mention"},
                                        default=None)
    fiscal_year: YearCE | None = fiscal_year_ce_col()
    period_months: int | None = col("The round: how many months of the fiscal year the report covers.",
                                    "รอบการรายงาน (เดือน)", unit="months", source={OBEC: "รอบ N เดือน"}, default=None)
    as_of_date: Day | None = col("The date the data is as of.", "ข้อมูล ณ วันที่", unit=DATE,
                                 source={OBEC: "ข้อมูล ณ วันที่ (parse_date)"}, default=None)
    n_projects: int | None = col("Projects in the year's action plan, as the summary states.", "จำนวนโครงการทั้งหมด",
                                 unit=COUNT, source={OBEC: "แผนปฏิบัติการ ... จำนวน N โครงการ"}, default=None)
    n_completed: int | None = col("Projects completed, as stated.", "จำนวนโครงการที่เสร็จสิ้นแล้ว", unit=COUNT,
                                  source={OBEC: "เสร็จสิ้นแล้ว จำนวน N โครงการ"}, default=None)
    n_in_progress: int | None = col("Projects in progress, as stated.", "จำนวนโครงการที่อยู่ระหว่างดำเนินการ",
                                    unit=COUNT, source={OBEC: "อยู่ระหว่างดำเนินการ จำนวน N โครงการ"}, default=None)
    n_not_started: int | None = col("Projects not started, as stated.", "จำนวนโครงการที่ยังไม่ได้ดำเนินการ",
                                    unit=COUNT, source={OBEC: "ยังไม่ได้ดำเนินการ จำนวน N โครงการ"}, default=None)
    n_budgeted_projects: int | None = col("Projects the budget figures cover.", "จำนวนโครงการที่ใช้งบประมาณ",
                                          unit=COUNT, source={OBEC: "การเบิกจ่ายงบประมาณประจำ... จำนวน N โครงการ"},
                                          default=None)
    budget_quarter: Quarter | None = quarter_col("The quarter the budget figures are for.",
                                                 {OBEC: "การเบิกจ่ายงบประมาณประจำไตรมาสที่ N"})
    budget_planned: Money | None = col("Budget planned for the quarter.", "งบประมาณตามแผนการใช้จ่าย", unit=BAHT,
                                       source={OBEC: "จำนวนเงินงบประมาณตามแผนการใช้จ่าย X บาท (parse_baht)"},
                                       default=None)
    budget_disbursed: Money | None = col("Budget disbursed.", "งบประมาณที่เบิกจ่ายจริง", unit=BAHT,
                                         source={OBEC: "จำนวนเงินงบประมาณที่เบิกจ่ายจริง X บาท (parse_baht)"},
                                         default=None)
    budget_not_disbursed: Money | None = col("Budget that could not be disbursed.", "งบประมาณที่ไม่สามารถเบิกจ่ายได้",
                                             unit=BAHT, source={OBEC: "จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้ X บาท"},
                                             default=None)
    disbursed_pct: Percent | None = col("Disbursed as a share of planned, as stated.", "ร้อยละการเบิกจ่าย", unit=PCT,
                                        source={OBEC: "... คิดเป็นร้อยละ X (parse_percent)"}, default=None)


class QuarterlyBudgetRow(Provenance, WithFiscalYear):
    """One row per budget section of an OBEC project (a quarter's planned and disbursed amounts)."""

    project_key: str = project_key_col()
    fiscal_year_be: YearBE | None = col("The fiscal year the section names, as printed (even when it disagrees "
                                        "with the report's: a fiscal_year_mismatch issue says so).",
                                        "ปีงบประมาณ (พ.ศ.)", unit=BE,
                                        source={OBEC: "การเบิกจ่ายงบประมาณประจำ... ปีงบประมาณ <year>"}, default=None)
    fiscal_year: YearCE | None = fiscal_year_ce_col()
    quarter: Quarter | None = quarter_col("The quarter of the section.", {OBEC: "... ไตรมาสที่ N"})
    planned: Money | None = col("Budget planned.", "งบประมาณตามแผน", unit=BAHT,
                                source={OBEC: "จำนวนเงินงบประมาณตามแผนการใช้จ่าย X บาท (parse_baht)"}, default=None)
    disbursed: Money | None = col("Budget disbursed.", "งบประมาณที่เบิกจ่ายจริง", unit=BAHT,
                                  source={OBEC: "จำนวนเงินงบประมาณที่เบิกจ่ายจริง X บาท (parse_baht)"}, default=None)
    note: str | None = col("The reason given for the disbursement (ผลการเบิกจ่ายงบประมาณ ...).",
                           "ผลการเบิกจ่ายงบประมาณ (เหตุผล)", source={OBEC: "ผลการเบิกจ่ายงบประมาณ and the lines after it"},
                           default=None)


class AlignmentRow(Provenance):
    """One row per strategy-alignment paragraph."""

    project_key: str = project_key_col()
    quarter: Quarter | None = quarter_col("The quarter the OBEC report covers.", {OBEC: "the round's heading"})
    plan: str = col("The plan the paragraph answers, its heading as printed.", "แผนที่สอดคล้อง (หัวข้อตามที่พิมพ์)",
                    source={PROPOSAL: "4 ลักษณะของโครงการ",
                            OBEC: "ผลการดำเนินงานต่อเป้าหมายของยุทธศาสตร์ชาติ / แผนแม่บท / แผนย่อย / แผนพัฒนาฯ"})
    seq: int = col("Order under the project (the OBEC form prints one heading twice).", "ลำดับ", source="raingan")
    text: str = col("The paragraph.", "ข้อความ", source={PROPOSAL: "4 the section's text outside its fields",
                                                     OBEC: "the lines under the heading"})
