"""An OBEC summary amount printed with one decimal digit ("จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้ตามแผนการ
ใช้จ่าย 3,770.0 บาท" for 3,770.26): baht print two decimals or none, so OCR lost a digit of the satang or misread
one beside it; the figure read 3,770.00, silent (s75a obec_progress_s75a001).  It is kept as read and said in doubt
(repair_ambiguous, rule baht_decimals); an amount with two decimals or none is not."""

from __future__ import annotations

import json

from parsers.obec_progress.summary import one_decimal, read_summary
from schemas.document import Line


def _lines(amount: str) -> list[Line]:
    return [Line(1, "โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. 2567 จำนวน 9 โครงการ"),
            Line(2, f"จำนวนเงินงบประมาณที่ไม่สามารถเบิกจ่ายได้ตามแผนการใช้จ่าย {amount}"),
            Line(3, "บาท คิดเป็นร้อยละ 11.32")]


def test_an_amount_with_one_decimal_digit_is_kept_in_doubt():
    got, issues = read_summary(_lines("3,770.0"))
    assert str(got["budget_not_disbursed"].value) == "3770.00"
    (issue,) = [i for i in issues if i.field == "report_summaries.budget_not_disbursed"]
    assert issue.code == "repair_ambiguous" and json.loads(issue.evidence)["rule"] == "baht_decimals"
    assert json.loads(issue.evidence)["printed"] == "3,770.0"


def test_two_decimals_or_none_are_no_doubt():
    for amount in ("3,770.26", "3,770", "๓,๗๗๐.๒๖"):
        got, issues = read_summary(_lines(amount))
        assert got["budget_not_disbursed"].value is not None
        assert not [i for i in issues if i.field == "report_summaries.budget_not_disbursed"]
    assert one_decimal("๑๐๐,๕๒๓.๒") == "๑๐๐,๕๒๓.๒" and one_decimal("37.5") is None and one_decimal("3,770.26") is None
