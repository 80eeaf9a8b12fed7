"""BMA progress entries printed as the columns of a table (transposed),
the first entries' description cells ended before the later ones': OCR keeps
no empty column before a line's first cell, so the later entries' last lines
stand from the margin and position gives them to the first entries (s50o002,
its OCR lines 119-137: reports 3 and 4 of four printed on after reports 1 and
2 ended, report 4's expense lines read under report 2, whose disbursement is
"0 บาท"; report 4 lost them and report 2 gained rows it never spent).  No
expense line stands under an entry that spent nothing, so such lines are
another entry's: the run of lines after the later entries' cells ended moves
right to the one entry that reads an amount spent
(transposed._runs_shifted_to_spending); said."""

from parsers.bma_progress.transposed import untranspose_with_doubts
from pipeline.clean import clean_lines
from tests.conftest import entries_by_header


def _table(spent3: str = "0", spent4: str = "๕5500") -> str:
    return f"""รายการ          รายงานครั้งที่ 1  รายงานครั้งที่ 2  รายงานครั้งที่ 3  รายงานครั้งที่ 4
วันที่รายงาน      1 พ.ย. 66       31 ธ.ค. 66      1 ม.ค. 67       12 มี.ค. 67
รายละเอียด      แต่งตั้ง          ประชุม          อยู่ระหว่าง       ได้ดำเนิน
การดำเนินงาน    คณะกรรมการ     ผู้บริหาร        การเตรียม        การอบรม
                              สถานศึกษา       การอบรม         แกนนำ
ซึ่งล่าช้ากว่า      ไปแล้วเมื่อ
แผน             วันที่ 5 มีนาคม
เนื่องจาก         ค่าวัสดุ
สถานการณ์       อุปกรณ์ =
การแพร่ระบาด    15500 บาท
ความก้าวหน้า     10              20              30              55
ของงานฯ
งบประมาณที่      0 บาท           0 บาท           {spent3} บาท           {spent4} บาท
เบิกใช้
ความสอดคล้อง เป็นไปตามแผน   เป็นไปตามแผน   เป็นไปตามแผน   เป็นไปตามแผน
กับแผน
ความสอดคล้อง เป็นไปตาม        เป็นไปตาม        เป็นไปตาม          เป็นไปตาม
กับเป้าหมาย       เป้าหมาย        เป้าหมาย         เป้าหมาย           เป้าหมาย
"""


def _texts(table: str):
    lines, _ = clean_lines(table)
    got, issues = untranspose_with_doubts(lines)
    by = entries_by_header(got)
    return [" ".join(by[f"รายงานครั้งที่ {k}"]) for k in range(1, 5)], issues


def test_expense_lines_under_an_entry_that_spent_nothing_go_right_to_the_one_that_spent():
    (first, second, third, fourth), issues = _texts(_table())
    assert "ค่าวัสดุ" in fourth and "15500 บาท" in fourth and "ไปแล้วเมื่อ" in fourth
    assert "ค่าวัสดุ" not in second and "ไปแล้วเมื่อ" not in second
    assert "ซึ่งล่าช้ากว่า" in third and "สถานการณ์" in third and "ซึ่งล่าช้ากว่า" not in first
    assert any(i.code == "entry_cell_in_doubt" and i.field == "expenses" and "nothing spent" in i.message
               for i in issues)


def test_no_shift_where_no_entry_right_of_it_spent():
    # the layout's placing stands: past report 1, whose cell ended when a line of cells stood under the later
    # reports only (transposed._entries_ended), no further; said
    (first, second, third, fourth), issues = _texts(_table(spent4="0"))
    assert "ค่าวัสดุ" in third and "ค่าวัสดุ" not in fourth and "ค่าวัสดุ" not in first + second
    assert not any("nothing spent" in i.message for i in issues)
    assert any(i.code == "entry_cell_in_doubt" and i.field == "expenses" for i in issues)


def test_no_shift_where_two_entries_right_of_it_spent():
    # (which of them the lines are is not clear: the layout's placing stands, said as it was)
    (first, second, third, fourth), issues = _texts(_table(spent3="4000"))
    assert "ค่าวัสดุ" in third and "ค่าวัสดุ" not in fourth
    assert not any("nothing spent" in i.message for i in issues)
    assert any(i.code == "entry_cell_in_doubt" and i.field == "expenses" for i in issues)
