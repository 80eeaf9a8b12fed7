"""A proposal's risk table whose last row's scores and level OCR lost: its risk text read into the row before it
("... มีภาระงานมาก ผู้เข้ารับการอบรมไม่ครบตามจำนวน เนื่องจากมีภารกิจ..."), the row lost with no issue naming the
table (fresh set s99s, bma_proposal_s99s004).  A risk states its cause once (no risk of the 385 in the committed
and fresh sets' truth states two); a risk's text read with "เนื่องจาก" twice is said on the table
(risks.read_risks_into: the rows in doubt, a row may be lost)."""

from __future__ import annotations

from tests.test_bma_proposal import _with_risks, risk_table_said, run

TABLE = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง\tโอกาส ผลกระทบ ระดับของ แนวทาง
ที่จะ\tความเสี่ยง การบริหาร
เกิด\tความเสี่ยง
การจัดกิจกรรมล่าช้า\t๒\t๓ ปานกลาง\tเตรียมเอกสาร
กว่าแผน เนื่องจาก\tขออนุมัติให้ครบถ้วน
ขั้นตอนการอนุมัติ\tและติดตาม
โรงเรียนไม่สามารถ\t๓\t๓ ปานกลาง\tมีหนังสือแจ้ง
ดำเนินการได้ตาม\tโรงเรียนเป็นระยะๆ
เป้าหมาย เนื่องจาก\tและการแจ้งข่าว
ข้าราชการครูมีภาระงานมาก\tทางเว็บไซต์
{lost}
"""
# the third row's risk, its scores and level lost, its lines beside the second row's mitigation's
LOST = """ผู้เข้ารับการอบรมไม่\tเพื่อให้แต่ละ
ครบตามจำนวน เนื่องจาก\tโรงเรียนทราบ
มีภารกิจเร่งด่วน\tขั้นตอน"""
LOST_NOT = """\tเพื่อให้แต่ละ
\tโรงเรียนทราบ"""


def test_a_risk_text_stating_two_causes_is_said_on_the_table():
    rows = run(_with_risks(TABLE.format(lost=LOST)))
    said = risk_table_said(rows, "two causes")
    assert len(said) == 1


def test_a_risk_text_stating_its_cause_once_is_not():
    rows = run(_with_risks(TABLE.format(lost=LOST_NOT)))
    assert not risk_table_said(rows, "two causes")
