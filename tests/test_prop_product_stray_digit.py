"""A BMA proposal budget line whose unit amount OCR printed with a stray leading digit (a column's rule or
a speck read as ๑: "๑๓๐๐.๐๐" for ๓๐๐.๐๐) and whose quantity it misread (๗ as ๓): no reading of the
figures as printed gives the truth, and the product rule chose the one that multiplied out by moving two
figures, the amount among them (3 x 1,700 = 5,100 for the printed 2,100, wrong).  When the amount as
printed is the product of the other figures read with a leading digit left out, the line is read two ways:
neither is chosen, the figures are kept as read and said (repair_ambiguous)."""

from __future__ import annotations

from tests.test_prop_item_columns import _with_table, run

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                จํานวน หน่วย      ราคาต่อหน่วย       จํานวนเงิน
(บาท)          (บาท)
ค่าตอบแทนวิทยากร
วิทยากรภายใน           ๓ ชั่วโมง                ๑๓๐๐.๐๐         ๒,๑๐๐.๐๐
"""


def test_a_product_moving_the_amount_is_not_chosen_when_a_stray_digit_explains_the_amount_printed():
    rows = run(_with_table(_TABLE))
    (line,) = rows["expenses"]
    assert str(line["amount"]) == "2100.00" and str(line["unit_amount"]) == "1300.00"
    said = [i for i in rows["issues"] if i["field"] and i["field"].startswith("expenses.")]
    assert not [i for i in said if i["code"] == "value_repaired"]
    assert {i["field"] for i in said if i["code"] == "repair_ambiguous"} >= {"expenses.amount", "expenses.unit_amount"}


def test_a_figure_of_one_digit_has_no_leading_digit_to_leave_out():
    from parsers.bma_proposal.money import _cut_values
    from schemas.document import Reading

    assert _cut_values(Reading(None, "๓", 1, 1)) == []
    assert 300 in _cut_values(Reading(None, "๑๓๐๐.๐๐", 1, 1))
