"""BMA proposals whose budget is printed as item columns (รายการ | จำนวน | หน่วย | ราคาต่อหน่วย | จำนวนเงิน),
category rows (with or without their subtotal) above their lines and a total row
(parsers.bma_proposal.budget.item_columns): every expense line is read, as a pipe table, a tab
table, or OCR's columns kept apart by spaces with quantity and unit in one cell."""

from __future__ import annotations

from tests.test_bma_proposal import PROPOSAL, run
from tests.conftest import sample_text

# The sample's budget section, from its paragraph's "ตามรายละเอียดดังนี้" to the risks heading, is
# replaced with a table of item columns (the paragraph's total then disagrees with it, which is flagged).
_PIPE = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
| รายการ | จำนวน | หน่วย | ราคาต่อหน่วย (บาท) | จำนวนเงิน (บาท) |
|---|---:|---|---:|---:|
| ค่าอาหารกลางวัน |  |  |  | 11,040 |
| - ผู้เข้ารับการอบรม | 138 | คน | 80 | 11,040 |
| ค่าตอบแทนวิทยากร |  |  |  | 8,400 |
| วิทยากรภายนอก | 4 | ชั่วโมง | 1,200.- | 4,800.- |
| วิทยากรภายใน | 12 | ชั่วโมง | 300 | 3,600 |
| รวมทั้งสิ้น |  |  |  | 19,440 |
"""
# After OCR: cells kept apart by runs of spaces, quantity and unit in one cell, a category's and an
# item's name wrapped onto the next line.
_SPACED = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                จํานวน หน่วย      ราคาต่อหน่วย       จํานวนเงิน
(บาท)          (บาท)
ค่าเช่ารถโดยสาร                                                19,000
ปรับอากาศ
- รถโดยสารปรับอากาศ         2 คัน               9,500         19,000
ค่าจ้างเหมาจัดทําเอกสาร                                           11,000
เอกสารประกอบ           110 เล่ม                100         11,000
การอบรม
รวมทังสิน                                                     30,000
"""


def _with_table(table: str) -> str:
    text = sample_text(PROPOSAL)
    start = text.index("ตามรายละเอียดดังนี้")
    end = text.index("8.  ความเสี่ยง", start)
    return text[:start] + table + "กฎหมาย ระเบียบที่เกี่ยวข้อง : ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปี\n" \
        + text[end:]


def _lines(rows: dict) -> list[tuple]:
    return [(e["category"], e["item"], str(e["quantity"]), e["unit"], str(e["unit_amount"]), str(e["amount"]))
            for e in rows["expenses"]]


def test_a_pipe_table_of_item_columns_gives_every_line_under_its_category():
    rows = run(_with_table(_PIPE))
    assert _lines(rows) == [
        ("ค่าอาหารกลางวัน", "ผู้เข้ารับการอบรม", "138.00", "คน", "80.00", "11040.00"),
        ("ค่าตอบแทนวิทยากร", "วิทยากรภายนอก", "4.00", "ชั่วโมง", "1200.00", "4800.00"),
        ("ค่าตอบแทนวิทยากร", "วิทยากรภายใน", "12.00", "ชั่วโมง", "300.00", "3600.00"),
    ]
    # the total row is the table's total: it and the lines' sum both differ from the paragraph's, and say so
    assert any(i["code"] == "budget_total_mismatch" and "table's total 19,440.00" in i["message"] for i in rows["issues"])


def test_ocr_columns_with_quantity_and_unit_in_one_cell_and_wrapped_names():
    rows = run(_with_table(_SPACED))
    assert _lines(rows) == [
        ("ค่าเช่ารถโดยสารปรับอากาศ", "รถโดยสารปรับอากาศ", "2.00", "คัน", "9500.00", "19000.00"),
        ("ค่าจ้างเหมาจัดทำเอกสาร", "เอกสารประกอบการอบรม", "110.00", "เล่ม", "100.00", "11000.00"),
    ]


# After OCR, narrow columns: the header's words wrapped over three lines, "ราคาต่อ" and "หน่วย" apart
# with the amount column's "จำนวน" between; a row's figures run together single-spaced after the item
# (only the gap before them kept); each amount's last digit wrapped onto a line of its own.
_NARROW = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ        จํานวน หน่วย   ราคาต่อ  จํานวน
หน่วย ( เงิน (บาท)
บาท)
ค่าวัสดุในการจัดกิจกรรม
ส่งเสริมการอ่าน
โรงเรียนขนาดใหญ่      3 โรงเรียน 15,100.00 45,300.0
0
- โรงเรียนขนาดเล็ก     4 โรงเรียน 6,000.- 24,000.-
รวมทั้งสิ้น                    69,300.0
0
"""


def test_ocr_columns_with_a_wrapped_header_figures_single_spaced_and_satang_wrapped():
    rows = run(_with_table(_NARROW))
    assert _lines(rows) == [
        ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่าน", "โรงเรียนขนาดใหญ่", "3.00", "โรงเรียน", "15100.00", "45300.00"),
        ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่าน", "โรงเรียนขนาดเล็ก", "4.00", "โรงเรียน", "6000.00", "24000.00"),
    ]
    # the first row's amount takes the digit wrapped under it, and keeps both lines as its source
    first = next(e for e in rows["expenses"] if e["seq"] == 1)
    assert first["line_end"] == first["line_start"] + 1



def test_an_ocr_row_whose_quantity_reads_as_a_thai_letter_is_an_expense_line_the_repairs_read():
    # "ซ โรงเรียน" for ๗ โรงเรียน (the OCR model has no ๗, and writes ซ for it): the row is a line of the
    # table, not a table of another shape; the quantity, kept as printed, is what the amount over the unit
    # amount leaves
    table = _NARROW.replace("- โรงเรียนขนาดเล็ก     4 โรงเรียน 6,000.- 24,000.-",
                            "- โรงเรียนขนาดเล็ก     ซ โรงเรียน 3,000.- 21,000.-")
    rows = run(_with_table(table))
    assert [(e["item"], str(e["quantity"]), str(e["amount"])) for e in rows["expenses"]] == [
        ("โรงเรียนขนาดใหญ่", "3.00", "45300.00"), ("โรงเรียนขนาดเล็ก", "7.00", "21000.00")]
    assert any(i["code"] == "value_repaired" and i["field"] == "expenses.quantity" for i in rows["issues"])


def test_an_amount_whose_dash_ocr_wrapped_onto_the_next_line_and_a_unit_with_a_look_alike_letter():
    # "143,000." / "-": the category's subtotal lost its ".-" to the line under it, which reads as a cell of a
    # dash alone beside the category's wrapped name (a row of no shape this table has, so no line was read);
    # "ไรงเรียน": โรงเรียน with its first vowel read for its look-alike, one unit only, a repair said
    table = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ        จํานวน หน่วย   ราคาต่อ  จํานวน
หน่วย ( เงิน (บาท)
บาท)
ค่าวัสดุในการจัดกิจกรรม                       69,300.
ส่งเสริมการอ่าน                             -
โรงเรียนขนาดใหญ่      3 โรงเรียน 15,100.- 45,300.-
- โรงเรียนขนาดเล็ก     4 ไรงเรียน 6,000.- 24,000.-
รวมทั้งสิ้น                    69,300.-
"""
    rows = run(_with_table(table))
    assert _lines(rows) == [
        ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่าน", "โรงเรียนขนาดใหญ่", "3.00", "โรงเรียน", "15100.00", "45300.00"),
        ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่าน", "โรงเรียนขนาดเล็ก", "4.00", "โรงเรียน", "6000.00", "24000.00"),
    ]
    repaired = [i for i in rows["issues"] if i["code"] == "value_repaired" and i["field"] == "expenses.unit"]
    assert len(repaired) == 1 and "ไรงเรียน" in repaired[0]["message"]


def test_a_unit_is_read_by_a_look_alike_letter_only_when_one_unit_fits():
    from parsers.units import unit_by_lookalike

    assert unit_by_lookalike("ไรงเรียน") == "โรงเรียน"
    assert unit_by_lookalike("ขุด") == "ชุด"  # ข for ช
    assert unit_by_lookalike("โรงเรียน") is None  # a unit as printed
    assert unit_by_lookalike("ชัวโมง") is None  # a mark lost: canonical_unit reads it, no look-alike
    assert unit_by_lookalike("แผ่น") is None  # no unit one look-alike away


def test_rows_whose_amount_column_ocr_read_below_the_table_get_their_amounts_from_the_total():
    # extra4 t006 after OCR: the amount column read after the total row, so each row holds its quantity, unit
    # and unit amount only; the lines are read, their amounts left to the repairs (quantity x unit amount,
    # adding up to the paragraph's total 69,500) and said
    table = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ        จํานวน หน่วย   ราคาต่อ
หน่วย
(บาท)
ค่าวัสดุในการจัดกิจกรรม
ส่งเสริมการอ่าน
- โรงเรียนขนาดใหญ่      3 โรงเรียน 15,100.-
โรงเรียนขนาดเล็ก       4 โรงเรียน 6,050.-
รวมทั้งสิ้น
จํานวน
เงิน (
บาท)
69,500.-
45,300.-
24,200.-
69,500.-
"""
    rows = run(_with_table(table))
    assert _lines(rows) == [
        ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่าน", "โรงเรียนขนาดใหญ่", "3.00", "โรงเรียน", "15100.00", "45300.00"),
        ("ค่าวัสดุในการจัดกิจกรรมส่งเสริมการอ่าน", "โรงเรียนขนาดเล็ก", "4.00", "โรงเรียน", "6050.00", "24200.00"),
    ]
    said = {(i["code"], i["line_start"]) for i in rows["issues"] if i["field"] == "expenses.amount"}
    assert {code for code, _ in said} >= {"missing_value", "value_repaired"}


def _named(rows: dict, code: str) -> set[tuple[str, int]]:
    return {(i["field"], i["line_start"]) for i in rows["issues"] if i["code"] == code}


def test_a_category_whose_lines_do_not_add_up_to_its_subtotal_names_their_doubtful_figures():
    # "- รถโดยสารปรับอากาศ 2 คัน 9,500 19,000" under the subtotal 19,000: 2 x 9,500 read "2 x 5,500 = 11,000"
    # (๙ read as ๕ in both figures): the line's product agrees, so only its subtotal tells (set s19pra's ๖ -> 2)
    damaged = _SPACED.replace("2 คัน               9,500         19,000", "2 คัน               5,500         11,000")
    assert damaged != _SPACED
    rows = run(_with_table(damaged))
    assert _lines(rows)[0][4:] == ("5500.00", "11000.00")  # kept as read
    named = {field for field, _ in _named(rows, "expense_sum_mismatch")}
    assert {"expenses.quantity", "expenses.unit_amount", "expenses.amount"} <= named
    # the other category adds up: none of its figures is named by its subtotal
    line = next(i for i, ln in enumerate(_with_table(damaged).split("\n"), start=1) if ln.startswith("เอกสารประกอบ"))
    assert not [i for i in rows["issues"] if i["code"] == "expense_sum_mismatch" and i["line_start"] == line]


def test_categories_that_add_up_say_nothing():
    rows = run(_with_table(_SPACED))
    assert not [i for i in rows["issues"] if i["code"] == "expense_sum_mismatch" and "its category" in i["message"]]
