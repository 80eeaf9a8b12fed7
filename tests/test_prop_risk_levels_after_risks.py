"""The proposal's risk table read column by column: the risk column first, then the other columns' titles, then
each row's scores and level on a line of their own (read across the score and level columns), the mitigation
column lost.  The rows are as many as those lines, each with its own scores and level; the risk column's lines are
parted into as many cells where they wrap, a guess said (unread_cells), not all given to the first row and the
other rows lost."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

ความเสี่ยง

การจัดกิจกรรม

ล่าช้ากว่าแผน

เนื่องจากขั้นตอน
การอนุมัติ

งบประมาณ

ใช้เวลานาน

ราคาวัสดุสูงกว่าที่
ประมาณการไว้

ทำให้จัดซื้อวัสดุได้
ไม่ครบตาม

รายการ

โอกาส ผลกระทบ ระดับของ
ที่จะ                ความเสี่ยง
เกิด
1         ๔ น้อย
1         ๓ น้อย
"""


def test_rows_counted_by_their_score_lines_after_the_risk_column():
    rows = run(_with_risks(TABLE))
    risks = _risks(rows)
    assert len(risks) == 2
    assert [r[1:4] for r in risks] == [("1", "4", "น้อย"), ("1", "3", "น้อย")]
    assert risks[0][0].startswith("การจัดกิจกรรม") and risks[1][0].endswith("รายการ")
    assert "ราคาวัสดุ" not in risks[0][0] or "ราคาวัสดุ" not in risks[1][0]
    codes = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("unread_cells", "findings.text") in codes  # where the risks part is a guess
    assert ("missing_value", "findings.mitigation") in codes
