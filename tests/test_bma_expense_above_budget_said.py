"""An expense line whose amount is above the budget allocated is a misread figure (a ฿ read as an 8 before it,
"= 819,900" for ฿19,900 beside a budget of 39,800), or the budget is: said on expenses.amount at the line
(parsers.bma_progress.rows, overspent).  Fresh set s91q, bma_progress_s91q008: the report's own clause ("= @19,900",
its ฿ read as @) could not be read to check the line, and the amount stood silent."""

from pipeline.stages import process_document
from tests.test_bma_progress_header_ocr import _FIRST, _TWO_FORMS

LINE = "ความก้าวหน้าของงานฯ = 5 : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0.00 บาท"


def _rows(amount: str) -> dict:
    form = _TWO_FORMS.format(**_FIRST).replace(LINE, f"ค่าวัสดุอุปกรณ์ = {amount} บาท\nความก้าวหน้าของงานฯ = 5 : "
                                                     "งบประมาณที่เบิกใช้ (ครั้งที่ 1) = ... บาท")
    return process_document("x.txt", form.encode("utf-8"))


def test_a_line_above_the_budget_is_said_at_its_line():
    rows = _rows("819,900")
    [line] = rows["expenses"]
    assert line["amount"] == 819900
    said = [i for i in rows["issues"] if i["code"] == "overspent" and i["field"] == "expenses.amount"]
    assert len(said) == 1 and said[0]["line_start"] == line["line_start"] and "18,400.00" in said[0]["message"]


def test_a_line_within_the_budget_is_not():
    rows = _rows("9,900")
    assert not [i for i in rows["issues"] if i["code"] == "overspent"]
