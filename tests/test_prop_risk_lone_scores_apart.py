"""A BMA proposal's risk table read down its columns, the likelihood column's cells read in beside the risk
column's lines, one per row ("การจัดกิจกรรมล่าช้า   3" / ... / "ราคาวัสดุสูงกว่าที่   3" / ...): both risks were
read as one, its text holding the two figures apart, and the second row lost with no issue naming it (fresh set
s81b, bma_proposal_s81b003).  A risk's text holding two lone score figures or more, each alone between its
words, is said (unread_cells on the findings table at the row's lines); one figure alone (a count of the risk's
own) or rows read whole are not."""

from __future__ import annotations

from parsers.bma_proposal.risks import _LONE_SCORE_RE
from tests.test_bma_proposal import _risks, _with_risks, risk_table_said, run

_TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

ความเสี่ยง                     โอกาส
ที่จะ
เกิด

การอบรมครูล่าช้า               3

กว่าแผน เนื่องจาก

ขั้นตอนการอนุมัติ

งบประมาณ

ใช้เวลานาน

ราคาหนังสือสูงกว่าที่                   {second}

ประมาณการไว้

ทําให้จัดซื้อหนังสือได้ไม่

ครบตามรายการ

«. ประโยชน์ทีคาดว่าจะได้รับ

ผลกระทบ

ระดับของ
ความเสียง

vy
นอย

แนวทางการบริหาร
ความเสียง

เตรียมเอกสารขออนุมัติ
ให้ครบถ้วน และติดตาม
ความก้าวหน้าของ

การอนุมัติอย่างใกล้ชิด

สํารวจราคาหนังสือก่อน
จัดทําแผนการใช้จ่าย
และปรับรายการให้
เหมาะสมกับ

งบประมาณ
"""


def _said(rows: dict) -> list[dict]:
    return risk_table_said(rows, "lone score figures apart")


def test_two_lone_score_figures_apart_in_a_risk_s_text_are_said():
    rows = run(_with_risks(_TABLE.format(second="3")))
    risks = _risks(rows)
    assert len(risks) == 1 and " 3 " in risks[0][0]
    said = _said(rows)
    assert len(said) == 1 and "(3, 3)" in said[0]["message"]


def test_one_figure_alone_is_not_said():
    rows = run(_with_risks(_TABLE.format(second="")))
    assert _said(rows) == []
    assert _LONE_SCORE_RE.findall("อบรม 3 วัน และ สัมมนา 12 ครั้ง") == ["3"]  # 12 is no score
    assert _LONE_SCORE_RE.findall("การจัดกิจกรรม 2 4 ปานกลาง") == []  # side by side: _SCORES_INSIDE_RE's
