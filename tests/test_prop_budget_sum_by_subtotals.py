"""A BMA proposal's budget table after OCR whose lines reach the total (the amount in Thai words) in one way only
once misread digits are read back, and that way makes a category's lines add up to what its subtotal row cannot
read as (s71a003: "ค่าวัสดุ ... ๕๕,๕๐๐" over 2 x 18,000 and 1 x 12,500, 48,500 with ๔ and ๘ read ๕; the sum took
"๑๒,๕๐๐" as 16,500 and "๓ คัน ๒,๐๐๐ @@,000" as 7 x 2,000 = 14,000, the truth 12,500 and 3 x 6,000 = 18,000, whose
"@@" no reading lists).  Categories' subtotals were read (tables.read_budget) and weighed only line by line where
they add up to the words; the sum repair (money.repair_lines) did not see them.  Now each line carries its
category's subtotal as printed (tables.put_subtotals) and the sum weighs them (rows.subtotal_groups): a fit whose
category adds up to no reading of its subtotal is no fit, so nothing is chosen and the lines are said."""

from __future__ import annotations

from decimal import Decimal

from tests.test_prop_item_columns import _with_table, run

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                     จํานวน หน่วย     ราคาต่อ       จํานวนเงิน
หน่วย (บาท) (บาท)
ค่าวัสดุในการจัดกิจกรรม                                      {subtotal}
โรงเรียนขนาดใหญ่                jo  โรงเรียน   ๑๕,๐๐๐.-      ๓๒,๐๐๐.-
- โรงเรียนขนาดกลาง               ๑ โรงเรียน ๑๒,๕๐๐.-      ๑๒,๕๐๐.-
ค่าเช่ารถโดยสารปรับอากาศ                                    @@,000.-
รถโดยสารปรับอากาศ               ๓ คัน       ั๒,๐๐๐.-       @@,000.-
รวมทังสิน                                                 ๖๖,๕๐๐.-
"""


def _read(subtotal: str) -> dict:
    text = _with_table(_TABLE.format(subtotal=subtotal))
    text = text.replace("69,5๐๐.-บาท     (หกหมื่นเก้าพันห้าร้อยบาทถ้วน)", "๖๖,๕๐๐.-บาท (หกหมื่นหกพันห้าร้อยบาทถ้วน)")
    return run(text)


def _repaired(rows: dict, seq: int) -> list[str]:
    line = next(e for e in rows["expenses"] if e["seq"] == seq)
    return sorted(i["field"] for i in rows["issues"] if i["code"] == "value_repaired"
                  and i["field"].startswith("expenses.") and i["field"] != "expenses.category"
                  and i["line_start"] == line["line_start"])


def test_a_fit_the_subtotal_cannot_read_as_is_no_fit():
    rows = _read("๕๕,๕๐๐.-")  # 48,500 printed with ๔ and ๘ read ๕: 36,000 + 16,500 = 52,500 is none of its readings
    second, third = (next(e for e in rows["expenses"] if e["seq"] == k) for k in (2, 3))
    assert (second["unit_amount"], second["amount"]) == (Decimal("12500.00"), Decimal("12500.00"))  # as printed
    assert third["quantity"] == Decimal("3.00")  # as printed, not 7
    assert _repaired(rows, 2) == [] and _repaired(rows, 3) == []
    flagged = {(i["line_start"], i["field"]) for i in rows["issues"] if i["code"] == "repair_ambiguous"}
    assert (third["line_start"], "expenses.amount") in flagged


def test_a_fit_the_subtotal_reads_as_stands():
    # the subtotal printed as the fit's category sum (52,500): nothing rules the fit out, and the sum takes it as before
    rows = _read("๕๒,๕๐๐.-")
    second = next(e for e in rows["expenses"] if e["seq"] == 2)
    assert second["amount"] == Decimal("16500.00")
    assert _repaired(rows, 2) == ["expenses.amount", "expenses.unit_amount"]


def test_the_subtotals_narrow_the_choices_the_total_leaves():
    from parsers.bma_proposal.money import _fitting

    d = Decimal
    options = [[(d(1), d(100), d(100)), (d(1), d(400), d(400))], [(d(1), d(600), d(600)), (d(1), d(300), d(300))],
               [(d(2), d(50), d(100))]]
    assert _fitting(options, d(800)) == [{0, 1}, {0, 1}, {0}]  # 100 + 600 + 100 and 400 + 300 + 100
    # the first and last lines one category whose subtotal reads as 200 only: 400 + 100 is none of its readings
    assert _fitting(options, d(800), [([0, 2], lambda v: v == d(200))]) == [{0}, {0}, {0}]
    # a subtotal that reads as neither sum leaves no choice at all (nothing is chosen)
    assert _fitting(options, d(800), [([0, 2], lambda v: v == d(300))]) == [set(), set(), set()]
