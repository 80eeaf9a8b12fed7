"""An Arabic digit in an OBEC report whose OCR never writes ๖ may be the ๖
OCR is measured to write as an Arabic 5 or 9 (normalizers.confusions.
ARABIC_READS); the joint weighing of the summary's quarter reads it so
where no reading under the confusion table makes the sums hold, as it reads
a rare misread (summary_joint._rare_options), where before it took every
Arabic digit as printed, and a row whose ๖ came out as 5 made no sum hold."""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.obec_progress.quarter_joint import repair_quarter_rows
from parsers.obec_progress.rows import quarter_rows, summary_printed
from parsers.obec_progress.summary_joint import figure_values, rare_figure_values
from schemas.document import Reading
from tests.test_obec_quarter_joint import _amount, _row  # (the same quarter rows and amounts)

AS_PLANNED = "สามารถเบิกจ่ายงบประมาณได้ตามแผนการ"
NOT_AS_PLANNED = "ไม่สามารถเบิกจ่ายงบประมาณได้ตามแผนการ เนื่องจากเลื่อนการดำเนินการ"
NEVER_WRITTEN = "46789"  # (tesseract's Thai model writes no ๔ ๖ ๗ ๘ ๙)


def _summary() -> dict[str, Reading]:
    # 13,000 planned, 7,000 disbursed (53.85 %), 6,000 not
    return {"budget_quarter": Reading(2, "ไตรมาสที่ ๒", 1, 1),
            "n_budgeted_projects": Reading(3, "จำนวน ๓ โครงการ", 1, 1),
            "budget_planned": _amount("13000.00", "13,000.00", 2),
            "budget_disbursed": Reading(Decimal("7000.00"), "เบิกจ่ายจริง 7,000.00 บาท คิดเป็นร้อยละ 53.85", 3, 3),
            "disbursed_pct": Reading(53.85, "เบิกจ่ายจริง 7,000.00 บาท คิดเป็นร้อยละ 53.85", 3, 3),
            "budget_not_disbursed": _amount("6000.00", "6,000.00", 4)}


def test_an_arabic_5_may_be_the_6_ocr_cannot_write_in_thai():
    assert figure_values("1,500", NEVER_WRITTEN) == {150000}  # (under the table: as printed)
    assert rare_figure_values("1,500", NEVER_WRITTEN) == {160000}
    assert rare_figure_values("2,900", NEVER_WRITTEN) == {260000}
    # a report whose OCR writes every Thai digit: its Arabic digits as printed
    assert 160000 not in (rare_figure_values("1,500", "") or set())


def test_a_row_whose_6_came_out_as_an_arabic_5_is_read_from_the_quarter_s_sums():
    # the second row's 4,000, disbursed as planned, printed twice "๕,๐๐๐" (๔ read ๕); the third's planned 6,000
    # printed "5,000" (its ๖ written as an Arabic 5): the disbursed total leaves the second row 4,000, and the
    # planned total then the third 6,000, a reading only its Arabic 5 read as ๖ gives
    budgets = {("in_progress", 1, 2): _row(("3000", "3,000"), ("2000", "2,000"), NOT_AS_PLANNED, 10),
               ("in_progress", 2, 2): _row(("5000", "๕,๐๐๐"), ("5000", "๕,๐๐๐"), AS_PLANNED, 20),
               ("in_progress", 3, 2): _row(("5000", "5,000"), ("1000", "1,000"), NOT_AS_PLANNED, 30)}
    summary = _summary()
    issues = repair_quarter_rows(summary, summary_printed(summary), quarter_rows(summary, budgets), NEVER_WRITTEN, {})
    assert budgets[("in_progress", 2, 2)]["disbursed"].value == Decimal("4000.00")
    assert budgets[("in_progress", 3, 2)]["planned"].value == Decimal("6000.00")
    (third,) = [i for i in issues if i.line_start == 31]
    assert third.code == "value_repaired" and json.loads(third.evidence) == {
        "rule": "sum", "printed": "5,000", "read": "5000", "chosen": "6000.00", "candidates": ["6000.00"],
        "rare_misreads": True}
