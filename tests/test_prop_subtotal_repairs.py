"""BMA proposals after OCR whose budget table prints each category's subtotal on its row, a category of one
line whose unit amount and amount OCR misread alike ("2,000.00" twice for ๖,๐๐๐: s62z bma_proposal_s62z005):
the line multiplies out as read, so no product repairs it, and before, the subtotal only flagged its figures
(tables.subtotal_issues).  Where the categories' subtotals add up to the amount the document states in Thai
words (spelled in letters, it survives OCR), each subtotal is its category's sum, so the line takes it where
its characters read as it (tables.subtotal_repairs, rule subtotal, said); where they do not add up, nothing
is changed and the figures are said as before."""

from __future__ import annotations

from tests.test_prop_item_columns import _lines, _with_table, run

# the sample's paragraph states 69,500 in words (หกหมื่นเก้าพันห้าร้อยบาทถ้วน)
_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                จํานวน หน่วย      ราคาต่อหน่วย       จํานวนเงิน
(บาท)          (บาท)
ค่าอาหารกลางวัน                                                   {first}
ผู้เข้ารับการอบรม              ๕๘๗ คน               ๑๐๐.๐๐        ๕๘,๗๐๐.๐๐
ค่าตอบแทนวิทยากร                                                 ๔,๘๐๐.๐๐
วิทยากรภายนอก                 ๔ ชั่วโมง            ๑,๒๐๐.๐๐        ๔,๘๐๐.๐๐
ค่าเช่ารถโดยสารปรับอากาศ                                          ๖,๐๐๐.๐๐
รถโดยสารปรับอากาศ             ๑ คัน               2,000.00        2,000.00
รวมทั้งสิ้น                                                     ๖๙,๕๐๐.๐๐
"""


def test_a_one_line_category_takes_its_subtotal_where_the_subtotals_make_the_words_amount():
    rows = run(_with_table(_TABLE.format(first="๕๘,๗๐๐.๐๐")))
    assert _lines(rows)[2] == ("ค่าเช่ารถโดยสารปรับอากาศ", "รถโดยสารปรับอากาศ", "1.00", "คัน", "6000.00", "6000.00")
    said = [i for i in rows["issues"] if i["code"] == "value_repaired" and '"subtotal"' in (i["evidence"] or "")]
    assert sorted(i["field"] for i in said) == ["expenses.amount", "expenses.unit_amount"]


def test_subtotals_that_do_not_make_the_words_amount_change_nothing():
    rows = run(_with_table(_TABLE.format(first="๕๙,๗๐๐.๐๐")))  # a subtotal misread: which figure cannot be told
    line = _lines(rows)[2]
    assert line[4:] != ("6000.00", "6000.00")
    assert not [i for i in rows["issues"] if i["code"] == "value_repaired" and '"subtotal"' in (i["evidence"] or "")]
    assert any(i["code"] == "expense_sum_mismatch" and i["field"] == "expenses.unit_amount" for i in rows["issues"])
