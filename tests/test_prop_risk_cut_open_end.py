"""The proposal's risk table read cell by cell: between two rows' levels stand the last row's mitigation and the
next row's risk, parted after a short line or before a blank line (risks._cut).  A short line that ends with a
word needing the words after it ("... ทำให้ไม่สามารถ") is no cell's end: the next risk opens before it, not
after it."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง

โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย
เนื่องจากข้าราชการครูและบุคลากรทางการศึกษาทีได้รับมอบหมายให้
ปฏิบัติงานมีภาระงานมาก

๒
๕
ปานกลาง
มีหนังสือแจ้งโรงเรียนเป็นระยะๆ และการแจ้งข่าวทางเว็บไซต์สำ
นักการศึกษา
เพื่อให้แต่ละโรงเรียนทราบขั้นตอนและผลการปฏิบัติงาน

สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถ
จัดกิจกรรมในรูปแบบปกติได้

๒
๒
น้อย
ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์
หรือแบ่งกลุ่มย่อย
"""


def test_a_short_line_ending_open_is_no_cells_end():
    risks = _risks(run(_with_risks(TABLE)))
    assert [r[0] for r in risks][1] == "สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถ จัดกิจกรรมในรูปแบบปกติได้"
    assert risks[0][4].endswith("ผลการปฏิบัติงาน")
    assert [r[3] for r in risks] == ["ปานกลาง", "น้อย"]

