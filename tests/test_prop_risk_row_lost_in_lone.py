"""A BMA proposal risk table read across the page whose last row's scores and level OCR lost (fresh set s45o
bma_proposal_s45o005): the lost row's risk, lines of one cell, was given to the row above's mitigation ("could end
either", unread_cells on its text and mitigation), and the row itself was lost with no issue naming it: its kind,
seq, impact and level silent.  Now lines of one cell that close the table's last row and state a cause or an
effect as a risk does ("เนื่องจาก", "เพราะ", "ทำให้"; a mitigation is an action) are said of the table at their
lines: rows may be lost (risks._CAUSE_RE).  A mitigation's own wrapped tail says nothing more."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

_HEAD = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง          โอกาส ผลกระทบ ระดับของ แนวทางการบริหาร
ที่จะ             ความเสี่ยง ความเสี่ยง
เกิด
"""

_ROW = """ผู้เข้ารับการอบร     ๒       1 น้อยมาก ประสาน
มไม่ครบตาม                                                        โรงเรียน
จำนวน                                                                ล่วงหน้าและ
เนื่องจากมี                             กำหนดวัน
ภารกิจเร่งด่วน                          จัดกิจกรรม
ในช่วงเวลา                                             ให้สอดคล้อง
เดียวกัน                                                              กับปฏิทิน
การศึกษา
"""

_LOST = _HEAD + _ROW + """
การจัดกิจกรรม
ล่าช้ากว่าแผน
เนื่องจาก
ขั้นตอน
การอนุมัติ
งบประมาณ
ใช้เวลานาน
"""

_TAIL = _HEAD + _ROW + """ใช้จ่าย และ
ปรับรายการ
ให้เหมาะสม
กับ
งบประมาณ
"""


def _lost(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["field"] == "findings" and "rows may be lost" in i["message"]]


def test_lone_lines_stating_a_cause_after_the_last_row_say_rows_may_be_lost():
    rows = run(_with_risks(_LOST))
    assert len(_risks(rows)) == 1
    assert len(_lost(rows)) == 1


def test_a_mitigation_s_wrapped_tail_says_nothing_more():
    rows = run(_with_risks(_TAIL))
    assert len(_risks(rows)) == 1
    assert _lost(rows) == []
