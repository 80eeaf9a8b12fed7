"""BMA proposal risk table after OCR, one cell a line: a mitigation wrapped inside a word ("...เว็บไซต์สำ" /
"นักการศึกษา", สำนัก cut at the column's edge) was joined with a space ("สำ นักการศึกษา", a wrong text no issue
named: fresh set s44z's bma_proposal_s44z005); now a cell's lines join with no space where the break falls
inside a word (risks.join_cell, by risks.cuts_word).  And the next row's level OCR garbled past reading: where
the row above's mitigation ends and that row's risk opens is a guess (s44z005: the first line of risk 2's text
read as risk 1's mitigation, silent); now said at both cells (unread_cells)."""

from __future__ import annotations

from parsers.bma_proposal.risks import join_cell
from tests.test_bma_proposal import _risks, _with_risks, run

_TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง
การประเมินความเสี่ยง
โอกาสที่
จะเกิด
ผลกระทบ
ระดับของ
ความเสี่ยง

โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย
เนื่องจากบุคลากรมีภาระงานมาก

๒
๕
ปานกลาง
มีหนังสือแจ้งโรงเรียนเป็นระยะๆ และการแจ้งข่าวทางเว็บไซต์สำ
นักการศึกษา
เพื่อให้แต่ละโรงเรียนทราบขั้นตอน

สภาพอากาศหรือสถานการณ์โรคระบาดทำให้ไม่สามารถ
จัดกิจกรรมในรูปแบบปกติได้

{level}
2
4

ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์
"""


def test_a_cell_s_lines_join_without_a_space_inside_a_word():
    assert join_cell(["การแจ้งข่าวทางเว็บไซต์สำ", "นักการศึกษา", "เพื่อให้แต่ละโรงเรียน"]) == \
        "การแจ้งข่าวทางเว็บไซต์สำนักการศึกษา เพื่อให้แต่ละโรงเรียน"
    assert join_cell(["การแจ้งข่าวทาง", "เว็บไซต์"]) == "การแจ้งข่าวทาง เว็บไซต์"
    risks = _risks(run(_with_risks(_TABLE.format(level="ปานกลาง"))))
    assert risks[0][4].startswith("มีหนังสือแจ้งโรงเรียนเป็นระยะๆ และการแจ้งข่าวทางเว็บไซต์สำนักการศึกษา"), risks


def test_a_row_whose_level_is_lost_says_where_the_row_above_s_mitigation_ends_in_doubt():
    rows = run(_with_risks(_TABLE.format(level="DQ 9๑")))
    said = {(i["field"], i["line_start"]) for i in rows["issues"]
            if i["code"] == "unread_cells" and "mitigation ends" in i["message"]}
    assert {f for f, _ in said} == {"findings.mitigation", "findings.text"}, rows["issues"]
    mitigation = next(f for f in rows["findings"] if f["kind"] == "risk" and f["seq"] == 1)
    assert all(start <= mitigation["line_end"] for _, start in said)  # from risk 1's lines
    # a table whose every level is read says nothing of it
    rows = run(_with_risks(_TABLE.format(level="ปานกลาง")))
    assert not [i for i in rows["issues"] if "mitigation ends" in i["message"]]
