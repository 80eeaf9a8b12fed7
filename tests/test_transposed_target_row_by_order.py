"""An entries-across table whose last row, the target flags', lost its
label's object and its cells' to the line under it, a line the table's
reading does not take (a speck before the label's tail: ". กับเป้าหมาย
เป้าหมาย ..."; or the line's gaps lost): the row reads "ความสอดคล้อง" over
"เป็นไปตาม" cells alone.  The form prints the target row right after the
plan row, so a second flag row naming no object after the block's plan row
is the target row, said (label_inferred).  Fresh sets s68z
(bma_progress_s68z007) and s73o (bma_progress_s73o005): it read as a second
plan row, the entries lost their target flags, and the flag clauses
counted the block's entries twice (an entries_lost issue named reports
13-16 of a table of 12)."""

from __future__ import annotations

HEAD = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : พัฒนาเครือข่ายโรงเรียน
รหัสโครงการ : 09000000-2444 ปีงบประมาณ พ.ศ. : 2562
"""

TABLE = """2. รายงานความก้าวหน้าของโครงการและการใช้จ่ายงบประมาณ
รายการ            รายงานครั้งที่ 1          รายงานครั้งที่ 2         รายงานครั้งที่ 3
วันทีรายงาน        25/05/2562             23/06/2562            16/07/2562
รายละเอียดการ ยังไม่สามารถดําเนิน      อยู่ระหว่างติดต่อ      อยู่ระหว่าง
ดําเนินงาน          การประชุม               ประสานงานสถานที     ขั้นตอน...
ความก้าวหน้า       ๕3                       ๕๓                      62
ของงานฯ
งบประมาณที        0 บาท                    0 บาท             ๐ บาท
เบิกใช้
ความสอดคล้อง ไม่เป็นไปตามแผน        เป็นไปตามแผน          เป็นไปตาม
กับแผน                                                                 แผน
ความสอดคล้อง ไม่เป็นไปตาม             เป็นไปตาม              เป็นไปตาม
. กับเป้าหมาย        เป้าหมาย                 เป้าหมาย                เป้าหมาย
"""


def _rows(table: str):
    from pipeline.stages import process_document

    return process_document("x.txt", (HEAD + table).encode("utf-8"))


def test_a_second_flag_row_naming_no_object_is_the_target_row():
    rows = _rows(TABLE)
    got = [(r["seq"], r["on_plan"], r["on_target"]) for r in rows["progress_reports"]]
    assert got == [(1, False, False), (2, True, True), (3, True, True)]
    said = [i for i in rows["issues"] if i["code"] == "label_inferred" and i["field"] == "progress_reports.on_target"]
    assert said, "the row read by the form's order is said"
    assert not [i for i in rows["issues"] if i["code"] == "entries_lost"]


def test_a_second_flag_row_naming_its_plan_object_is_not_made_the_target_row():
    # the same row with แผน in its cells is a plan row as printed: the rule does not take it
    table = TABLE.replace("ความสอดคล้อง ไม่เป็นไปตาม             เป็นไปตาม              เป็นไปตาม\n",
                          "ความสอดคล้อง ไม่เป็นไปตามแผน          เป็นไปตามแผน           เป็นไปตามแผน\n")
    rows = _rows(table)
    assert not [i for i in rows["issues"] if i["code"] == "label_inferred"
                and "form's order of rows" in i["message"]]
