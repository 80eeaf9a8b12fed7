"""BMA proposals after OCR whose risk table is read row by row and a row's level carries two letters OCR made
of specks (the cell's rule) before it: "โรงเรียนไม่สามารถ   ๓   ๓ ปบปานกลาง มีหนังสือแจ้ง" (worked set s31/z
bma_proposal_s31z003, s29/z s29z002, extra2 z005).  One such letter ("หน้อยมาก") was read past; with two the
line was no row, so the row ran into the row above (its risk and mitigation into that row's) and was lost.
Now a letter or two before the level word, after the row's scores, are left out of the level
(risks._ROW_RE, risks._level)."""

from __future__ import annotations

from parsers.bma_proposal.risks import _ROW_RE, _level
from tests.test_bma_proposal import RISK_ROW_TWO_CELLS, _risks, _with_risks, run


def test_a_level_with_two_speck_letters_before_it_opens_its_row():
    risks = _risks(run(_with_risks(RISK_ROW_TWO_CELLS.format(cell="๓\t๓ ปบปานกลาง"))))
    assert [r[0] for r in risks] == ["ผู้เข้ารับการอบรม ไม่ครบตามจำนวน",
                                     "สภาพอากาศหรือ สถานการณ์โรคระบาด ทำให้ไม่สามารถจัดกิจกรรม"]
    assert risks[1][1:] == ("3", "3", "ปานกลาง", "ปรับรูปแบบการ จัดกิจกรรมเป็นแบบ ออนไลน์")
    assert risks[0][1:] == ("1", "3", "น้อย", "ประสาน โรงเรียนล่วงหน้า")


def test_the_level_word_is_read_without_its_specks():
    assert _level("ปบปานกลาง") == "ปานกลาง" and _level("หน้อยมาก") == "น้อยมาก" and _level("สูง") == "สูง"
    m = _ROW_RE.search("โรงเรียนไม่สามารถ ๓ ๓ ปบปานกลาง มีหนังสือแจ้ง")
    assert m is not None and (m.group("l"), m.group("i"), _level(m.group("lv"))) == ("๓", "๓", "ปานกลาง")


def test_three_letters_or_a_word_ending_in_a_level_word_open_no_row():
    # three letters before it are a word's, not specks; so is a word with vowels ("ราคาวัสดุสูง")
    assert _ROW_RE.search("ราคา ๓ ๓ กขคปานกลาง มีหนังสือ") is None
    assert _ROW_RE.search("ราคา ๓ ๓ วัสดุสูง มีหนังสือ") is None
    risks = _risks(run(_with_risks(RISK_ROW_TWO_CELLS.format(cell="๓\t๓ กขคปานกลาง"))))
    assert len(risks) == 1
