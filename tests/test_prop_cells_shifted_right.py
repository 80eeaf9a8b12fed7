"""BMA progress entries printed as the columns of a table (transposed), the
first entries' description cells ended (a report's text shorter than its
neighbours'): OCR keeps no empty column before a line's first cell, so the
later entries' cells stand from the margin and position gave them to the
first entries (extra4 t015, its OCR lines 124-129: "๒๕๒อ๒ ขณะนี้ <gap> คน %
๓๐ บาท.- =" under reports 5 and 6, report 6's words and the next figures of
report 7's expense line).  The expense line was lost and a false one made
under report 6.  Now a line of several cells, fewer than the entries, whose
last cell goes on with the expense line that exactly one entry right of it
leaves open (its own leaving none) moves right, with the lines of the same
cells after it (transposed._runs_shifted_right); said."""

from parsers.bma_progress.transposed import untranspose_with_doubts
from pipeline.clean import clean_lines
from tests.conftest import entries_by_header


def _table(item: str = "ค่า") -> str:
    return f"""รายการ      รายงานครั้งที่ 2 รายงานครั้งที่ 3 รายงานครั้งที่ 4 รายงานครั้งที่ 5
วันที่รายงาน   3 มี.ค. 66        14 เม.ย. 66       9 พ.ค. 66        2 มิ.ย. 66
รายละเอียดการ จัดประชุม       ได้จัดอบรม        จัดอบรมครู         ติดตาม
ดําเนินงาน        คณะทำงาน       ครูแกนนำ          แกนนำ {item}          ผลการ
ตามแผน          ไปแล้วเมื่อวันที่  อาหารกลางวัน       ดำเนินงาน
การดำเนินงาน    2 เมษายน         จำนวน 120
รอการเบิกจ่าย     คน x ๔๐ บาท.- =
ขั้นต่อไป        4,800 บาท.-
ค่าพาหนะ
สรุปผล          10 คน x 300
เสนอผู้บริหาร       บาท.- = 3,000
บาท.-
ความก้าวหน้า     30.00 %        40.00 %        55.00 %           60.00 %
ของงานฯ
งบประมาณที่      0 บาท.-         0 บาท.-          7,800 บาท.-      0 บาท.-
เบิกใช้
ความสอดคล้อง เป็นไปตามแผน       เป็นไปตามแผน        เป็นไปตามแผน      เป็นไปตามแผน
กับแผน
ความสอดคล้อง เป็นไปตาม        เป็นไปตาม        เป็นไปตาม          เป็นไปตาม
กับเป้าหมาย       เป้าหมาย        เป้าหมาย         เป้าหมาย           เป้าหมาย
"""


def test_a_line_of_later_entries_cells_from_the_margin_goes_on_with_the_open_expense_line():
    lines, _ = clean_lines(_table())
    got, issues = untranspose_with_doubts(lines)
    by = entries_by_header(got)
    second, third, fourth = by["รายงานครั้งที่ 2"], by["รายงานครั้งที่ 3"], by["รายงานครั้งที่ 4"]
    text2, text3, text4 = " ".join(second), " ".join(third), " ".join(fourth)
    assert "คน x ๔๐ บาท.- =" in text4 and "3,000" in text4 and "ค่าพาหนะ" not in text2
    assert "รอการเบิกจ่าย" in text3 and "สรุปผล" in text3
    assert "รอการเบิกจ่าย" not in text2 and "คน x" not in text3
    assert any(i.code == "entry_cell_in_doubt" and i.field == "expenses" and "to the right" in i.message
               for i in issues)


def test_no_shift_where_no_entry_leaves_an_expense_line_open():
    # (no item word "ค่า" before the figures: no expense line waits for them, this rule leaves the layout's
    # placing; the expense lines read whole under report 3, which spent nothing, are moved by another rule,
    # transposed._runs_shifted_to_spending, tests/test_prop_cells_shifted_to_spending.py)
    lines, _ = clean_lines(_table("และ"))
    got, issues = untranspose_with_doubts(lines)
    assert not any("to the right" in i.message and "leaves open" in i.message for i in issues)
