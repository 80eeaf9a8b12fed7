"""A BMA proposal risk table printed a row a line whose row OCR broke between its two scores (fresh set s58z
bma_proposal_s58z003, the row after a page break): the risk's text and the likelihood on one line, the impact, the
level and the mitigation on the next.  The row was lost, its lines given to the row above as lines of one cell.
Now the two lines are read as the one line they were (risks.scores_rejoined); a line of text ending in a figure
followed by a line that holds no level stays as it is."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risks, run

_HEAD = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง\tโอกาสที่จะเกิด\tผลกระทบ\tระดับของความเสี่ยง\tแนวทางการบริหารความเสี่ยง
ราคาวัสดุสูงกว่าที่ประมาณการไว้ ๒ ๑ น้อยมาก สำรวจราคาวัสดุก่อนจัดทำแผนการใช้จ่าย
"""

_BROKEN = _HEAD + """การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณใช้เวลานาน ๔
๒ {level} เตรียมเอกสารขออนุมัติให้ครบถ้วน และติดตามความก้าวหน้าของการอนุมัติ
"""


def test_a_row_broken_between_its_scores_is_read_as_one_row():
    rows = run(_with_risks(_BROKEN.format(level="ปานกลาง")))
    assert _risks(rows)[1] == ("การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณใช้เวลานาน", "4", "2",
                               "ปานกลาง", "เตรียมเอกสารขออนุมัติให้ครบถ้วน และติดตามความก้าวหน้าของการอนุมัติ")


def test_a_speck_before_the_level_still_joins():
    rows = run(_with_risks(_BROKEN.format(level="หขปานกลาง")))
    assert [r[:4] for r in _risks(rows)][1] == (
        "การจัดกิจกรรมล่าช้ากว่าแผน เนื่องจากขั้นตอนการอนุมัติงบประมาณใช้เวลานาน", "4", "2", "ปานกลาง")
