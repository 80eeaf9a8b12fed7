"""BMA proposal risk table read column by column whose likelihood column OCR read with fewer cells than rows
("โอกาสที่จะเกิด" / "3", its "1" and "2" lost or read elsewhere): that column is left unread and said, and the
impact column beside it, read whole, is paired with the rows by order.  OCR reads the two narrow columns down
together, so a cell of one may stand in the other (fresh set s87a, bma_proposal_s87a001: the impacts "3" "4" "3"
read "2" "4" "3", the likelihood's last cell read into the impact column and the impact's first lost): the impact
column's cells are said in doubt too (risks._rows_into); before, the first row's impact was wrong with no issue
naming it."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

_TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง
การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณใช้เวลานาน
ผู้เข้ารับการอบรมไม่ครบตามจำนวน เนื่องจากมีภารกิจเร่งด่วนในช่วงเวลาเดียวกัน
ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัดซื้อวัสดุได้ไม่ครบตามรายการ
โอกาสที่จะเกิด
{likelihood}
ผลกระทบ
2
4
3
ระดับของความเสี่ยง
ปานกลาง
น้อย
ปานกลาง
แนวทางการบริหารความเสี่ยง
เตรียมเอกสารขออนุมัติให้ครบถ้วน และติดตามความก้าวหน้าของการอนุมัติอย่างใกล้ชิด
ประสานโรงเรียนล่วงหน้าและกำหนดวันจัดกิจกรรมให้สอดคล้องกับปฏิทินการศึกษา
สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย และปรับรายการให้เหมาะสมกับงบประมาณ
"""


def _said(rows: dict) -> set[str]:
    return {i["field"] for i in rows["issues"] if i["code"] == "unread_cells"}


def test_the_score_column_beside_one_that_lost_cells_is_said_in_doubt():
    rows = run(_with_risks(_TABLE.format(likelihood="3")))
    risks = _risks(rows)
    assert [r[2] for r in risks] == ["2", "4", "3"]  # as read, by order
    assert {"findings.likelihood", "findings.impact"} <= _said(rows)


def test_a_table_whose_score_columns_are_whole_says_no_doubt_of_them():
    rows = run(_with_risks(_TABLE.format(likelihood="3\n1\n2")))
    assert [r[1:4] for r in _risks(rows)] == [("3", "2", "ปานกลาง"), ("1", "4", "น้อย"), ("2", "3", "ปานกลาง")]
    assert not {"findings.likelihood", "findings.impact"} & _said(rows)
