"""An OBEC summary's budget total whose figure OCR damaged past an amount's
shape (a look-alike among its digits, a digit written as two) or whose บาท
it misread is kept, unread, with its printing (summary._DAMAGED_RES), so the
summary's joint weighing reads it (summary_joint.figure_values): before, the
clause did not match and the total was dropped, and the other figures alone
were too few to weigh."""

from __future__ import annotations

import json
from decimal import Decimal

from parsers.obec_progress.rows import summary_printed
from parsers.obec_progress.summary import read_summary
from parsers.obec_progress.summary_joint import repair_jointly
from parsers.obec_progress.summary_repairs import summary_span
from schemas.document import Line


def _summary(*texts: str):
    return read_summary([Line(i + 1, t) for i, t in enumerate(texts)])


def test_a_total_with_a_look_alike_is_kept_unread_and_weighed_with_the_other_figures():
    # 15,400 planned printed "15,@00.00" (its 4 read as "@") with บาท read "UM"; 7,000 disbursed, 45.45 %; the
    # undisbursed amount lost: only 15,400 of the planned figure's readings gives the percentage
    summary, issues = _summary("จำนวนเงินงบประมาณตามแผนการใช้จ่าย 15,@00.00 UM",
                               "จำนวนเงินงบประมาณที่เบิกจ่ายจริง 7,000.00 บาท คิดเป็นร้อยละ 45.45")
    assert summary["budget_planned"].value is None and summary["budget_planned"].span == (1, 1)
    assert summary_printed(summary)["budget_planned"] == "15,@00.00"
    assert any(i.code == "unparsed_value" and i.field == "report_summaries.budget_planned" for i in issues)
    repaired = repair_jointly(summary, summary_printed(summary), "", summary_span(summary))
    assert summary["budget_planned"].value == Decimal("15400.00")
    (planned,) = [i for i in repaired if i.field == "report_summaries.budget_planned"]
    assert planned.code == "value_repaired" and (planned.line_start, planned.line_end) == (1, 1)
    assert json.loads(planned.evidence)["rule"] == "sum" and json.loads(planned.evidence)["printed"] == "15,@00.00"
    assert summary["budget_not_disbursed"].value == Decimal("8400.00")


def test_a_total_whose_baht_was_misread_is_read_where_its_figure_is_an_amount():
    summary, _ = _summary("จำนวนเงินงบประมาณที่เบิกจ่ายจริง ๒๕,๒๓๕.๐๐ UM คิดเป็นร้อยละ ๕๐.๐๐",
                          "จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้ตามแผนการใช้จ่าย ๑๑,๕๑๓๕.๕๐")
    assert summary["budget_disbursed"].value == Decimal("25235.00")
    # a digit written as two: no amount as printed, kept unread with its figure
    assert summary["budget_not_disbursed"].value is None
    assert summary_printed(summary)["budget_not_disbursed"] == "๑๑,๕๑๓๕.๕๐"


def test_a_label_in_a_row_of_side_by_side_cells_takes_no_figure_of_another_cell():
    # the table's labels read in one row, their figures elsewhere: the "0" after the label is no amount of it
    summary, _ = _summary("จำนวนเงินงบประมาณที่เบิกจ่ายจริง 0 จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้",
                          "ตามแผนการใช้จ่าย")
    assert "budget_disbursed" not in summary and "budget_not_disbursed" not in summary


def test_a_total_whose_label_ocr_added_a_letter_to_is_read_after_it():
    # "ที่เบิกจ่ายจริง" read "เทีเบิกจ่ายจริง": the clause's label a letter off, its figure an amount all the same
    summary, issues = _summary("จำนวนเงินงบประมาณตามแผนการใช้จ่าย 55,350.00 บาท",
                               "จำนวนเงินงบประมาณเทีเบิกจ่ายจริง 39,816.00 บาท คิดเป็นร้อยละ 71.93")
    assert summary["budget_disbursed"].value == Decimal("39816.00") and summary["budget_disbursed"].span == (2, 2)
    assert summary["budget_planned"].value == Decimal("55350.00")
    assert not any(i.field == "report_summaries.budget_disbursed" for i in issues)
