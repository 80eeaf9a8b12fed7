"""BMA proposals after OCR whose risk table is read row by row and a row's level OCR garbled, its scores, the
level's debris and the mitigation's first words run on in one cell, parted by single spaces
("โรงเรียนไม่สามารถ<tab>๑ ๕ Uae มีหนังสือแจ้งโรงเรียน": fresh set s32/z bma_proposal_s32z004), the level one
letter off a level word ("2 1 ห้อย มีหนังสือ..." for น้อย / มาก, its "มาก" wrapped before the mitigation's next
line), or the garbled row the table's first ("การ<tab>1<tab>3 Was<tab>เตรียมเอกสาร": s31/o bma_proposal_s31o003).
Such a row was read only where each score stood in a cell of its own and a row read across came before it, so
its risk and mitigation ran on into the row above, or the table read no row at all (both rows lost).  Now the
row opens where the scores and the debris stand between the risk's first words and the mitigation's
(risks._row_run_on, risks.damaged_level), the first row too where no text stands before it (risks.across);
its level is said missing and its scores unchecked, as for any row whose level OCR garbled."""

from __future__ import annotations

from parsers.bma_proposal.risks import damaged_level
from tests.test_bma_proposal import _risks, _with_risks, run

_HEAD = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง\tโอกาส ผลกระทบ ระดับของ แนวทาง
ที่จะ\tความเสี่ยง การบริหาร
เกิด\tความเสี่ยง
"""
_FIRST = """ผู้เข้ารับการอบรม\t๑\t๓ น้อย\tประสาน
ไม่ครบตามจำนวน\tโรงเรียนล่วงหน้า
"""


def _said(rows: dict, seq: int) -> set[str]:
    return {i["field"] for i in rows["issues"] if i["message"].startswith(f"risk {seq}:")}


def test_scores_debris_and_mitigation_run_on_in_one_cell_open_their_own_row():
    rows = run(_with_risks(_HEAD + _FIRST + "สภาพอากาศหรือ\t๓ ๕ Uae ปรับรูปแบบการ\n"
                           "สถานการณ์โรคระบาด\tจัดกิจกรรมเป็นแบบ\n"))
    risks = _risks(rows)
    assert [r[0] for r in risks] == ["ผู้เข้ารับการอบรม ไม่ครบตามจำนวน", "สภาพอากาศหรือ สถานการณ์โรคระบาด"]
    assert risks[1][1:] == ("3", "5", None, "ปรับรูปแบบการ จัดกิจกรรมเป็นแบบ")
    assert risks[0][4] == "ประสาน โรงเรียนล่วงหน้า"
    assert {"findings.level", "findings.likelihood", "findings.impact"} <= _said(rows, 2)


def test_a_level_one_letter_off_is_its_debris_and_its_wrapped_end_no_mitigation():
    rows = run(_with_risks(_HEAD + _FIRST + "โรงเรียนไม่สามารถ\t2 1 ห้อย มีหนังสือแจ้ง\n"
                           "ดำเนินการได้ตามเป้าหมาย\tมาก เป็นระยะๆ\n"))
    risks = _risks(rows)
    assert risks[1] == ("โรงเรียนไม่สามารถ ดำเนินการได้ตามเป้าหมาย", "2", "1", None, "มีหนังสือแจ้ง เป็นระยะๆ")
    assert "findings.level" in _said(rows, 2)


def test_the_first_row_read_across_with_its_level_garbled_is_read():
    rows = run(_with_risks(_HEAD + "การจัดกิจกรรม\t1\t3 Was\tเตรียมเอกสาร\nล่าช้ากว่าแผน\tขออนุมัติให้ครบถ้วน\n"
                           "สภาพอากาศหรือ\t๓\t๕ สูงมาก\tปรับรูปแบบการ\n"))
    risks = _risks(rows)
    assert [r[:3] for r in risks] == [("การจัดกิจกรรม ล่าช้ากว่าแผน", "1", "3"), ("สภาพอากาศหรือ", "3", "5")]
    assert risks[0][4] == "เตรียมเอกสาร ขออนุมัติให้ครบถ้วน"
    assert "findings.level" in _said(rows, 1)


def test_two_figures_before_words_open_no_row():
    # no debris of a level between the figures and the words ("๓ ๕ ของโรงเรียน"), or a word that is no level's
    for cell in ("๓ ๕ ปรับรูปแบบการ", "๓ ๕ ของ ปรับรูปแบบการ"):
        risks = _risks(run(_with_risks(_HEAD + _FIRST + f"สภาพอากาศหรือ\t{cell}\n")))
        assert len(risks) == 1, cell


def test_a_damaged_level_is_one_letter_off_a_level_of_three_letters_or_more():
    assert damaged_level("ห้อย") and damaged_level("ปานกลาว")
    assert not damaged_level("น้อย") and not damaged_level("ของ") and not damaged_level("สูบ")
