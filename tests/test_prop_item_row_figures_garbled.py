"""BMA proposals after OCR, a budget table of item columns whose row read its quantity and unit ("๑๑๑ คน") but
garbled its unit amount and amount past reading, the amount's digits read as Thai letters in a figure's shape
("ญ่,เเอ.-" for ๗,๗๗๐.-), its category's subtotal too (fresh set s56o, proposal 001): with no two figures the row
was taken as maybe a category's, the lines under it numbered one place back (the vehicle hire's row took the
meal's place, and its unit repair, right on its own line, scored wrong) and their category lost.  A row counting
in a quantity and a unit of the form is an item's (budget._counted), an amount in a figure's shape is its amount
garbled (budget._GARBLED_AMOUNT_RE): the row is read, its figures kept as printed and said; the category row
before it keeps its name."""

from __future__ import annotations

from tests.test_prop_item_columns import _lines, _with_table, run

_TABLE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                จํานวน หน่วย      ราคาต่อหน่วย       จํานวนเงิน
(บาท)          (บาท)
ค่าจ้างเหมาจัดทําเอกสาร                                           ๖,๒๕๐.๐๐
เอกสารประกอบการอบรม           ๑๒๕ เล่ม                ๕๐.๐๐         ๖,๒๕๐.๐๐
ค่าอาหารกลางวัน                                             ญ่,เเอ.-
- ผู้เข้ารับการอบรม            ๑๑๑ คน     elo.            ญ่,เเอ.-
ค่าเช่ารถโดยสารปรับอากาศ                                     ๓๖,๐๐๐.-
รถโดยสารปรับอากาศ              ๓ คัน ๑๒,๐๐๐.-        ๓๖,๐๐๐.-
รวมทั้งสิ้น                                                     ๕๐,๐๒๐.๐๐
"""


def test_a_counted_row_whose_figures_ocr_garbled_keeps_its_place_and_its_category():
    rows = run(_with_table(_TABLE))
    assert [line[:4] for line in _lines(rows)] == [
        ("ค่าจ้างเหมาจัดทำเอกสาร", "เอกสารประกอบการอบรม", "125.00", "เล่ม"),
        ("ค่าอาหารกลางวัน", "ผู้เข้ารับการอบรม", "111.00", "คน"),
        ("ค่าเช่ารถโดยสารปรับอากาศ", "รถโดยสารปรับอากาศ", "3.00", "คัน")]
    assert [e["seq"] for e in rows["expenses"]] == [1, 2, 3]
    meal = rows["expenses"][1]
    said = {i["field"] for i in rows["issues"] if i["line_start"] is not None
            and i["line_start"] <= meal["line_start"] <= i["line_end"]}
    assert {"expenses.amount", "expenses.unit_amount"} <= said


def test_a_row_of_words_in_a_figure_cell_is_no_item_row():
    from parsers.bma_proposal.budget import _GARBLED_AMOUNT_RE, _counted

    assert _GARBLED_AMOUNT_RE.match("ญ่,เเอ.-") and not _GARBLED_AMOUNT_RE.match("ค่าอาหาร")
    assert _counted(["๑๑๑ คน", "elo."]) and _counted(["๑๑๑", "คน"]) and not _counted(["ค่าอาหาร"])
