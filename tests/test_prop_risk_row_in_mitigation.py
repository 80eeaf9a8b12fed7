"""A BMA proposal's risk row printed past a page break on lines of one cell
("ราคาวัสดุ... ๒ ๕" / "ปานกลาง สำรวจราคา..."), after the running header:
the lines after the row before's two-cell lines were given to that row's
mitigation (risks: lone lines), and the row was lost with no issue naming
the table (helper set pr2_24/set2, pr2s24b002).  The risk text's rule
(two lone figures inside it, _SCORES_INSIDE_RE) now has a mitigation's
twin: two lone figures and a level after them, as a row prints its scores
and level, inside a mitigation say the table (its rows) is in doubt.  Two
lone figures alone (OCR specks a mitigation took in) are no row."""

from __future__ import annotations

from tests.test_bma_proposal import _with_risks, run

TABLE = """8.  ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

ความเสี่ยง              โอกาส ผลกระทบ ระดับของ    แนวทางการบริหาร
ที่จะ                   ความเสี่ยง ความเสี่ยง
เกิด
ผู้เข้ารับการอบรมไม่ครบ            ๒             ๓ ปานกลาง      ประสานโรงเรียน
ตามจำนวน เนื่องจากมี                                            ล่วงหน้าและกำหนด
ภารกิจเร่งด่วนใน                                     วันจัดกิจกรรมให้
ช่วงเวลาเดียวกัน                                                         สอดคล้องกับปฏิทิน

การศึกษา

{row}
"""
# (its cells parted by single spaces: a row whose cells stand apart, tab-parted, is read as its own row, its level
# wrapped onto the next line: test_prop_silent_s40)
LOST = """ราคาวัสดุสูงกว่าที่ประมาณการไว้ ทำให้จัดซื้อวัสดุได้ไม่ครบตามรายการ ๒ ๕
ปานกลาง สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย และปรับรายการให้เหมาะสมกับ
งบประมาณ"""


def _said(rows: dict) -> list[str]:
    return [i["message"] for i in rows["issues"] if i["field"] == "findings" and "mitigation holds" in i["message"]]


def test_a_row_read_into_the_mitigation_before_names_the_table():
    rows = run(_with_risks(TABLE.format(row=LOST)))
    risks = [f for f in rows["findings"] if f["kind"] == "risk"]
    assert len(risks) == 1 and "๒ ๕ ปานกลาง" in risks[0]["mitigation"]  # kept as read
    assert len(_said(rows)) == 1 and "'๒ ๕ ปานกลาง'" in _said(rows)[0]


def test_figures_without_a_level_are_no_row():
    rows = run(_with_risks(TABLE.format(row="เธร ๕ 9 ๑7 a")))
    assert _said(rows) == []


def test_a_level_with_a_speck_glued_before_it_is_a_row_too():
    # OCR made letters of the table's rule before the level ('ปบปานกลาง', set s31z's z003): still a row's
    # scores and level inside the mitigation
    rows = run(_with_risks(TABLE.format(row=LOST.replace("\nปานกลาง ", "\nปบปานกลาง "))))
    assert len(_said(rows)) == 1 and "ปบปานกลาง" in _said(rows)[0]
