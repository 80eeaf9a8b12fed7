"""BMA proposals after OCR whose risk table is read row by row and a row's
score carries a speck OCR read as a Thai letter glued before its digit (the
cell's rule): "ราคาวัสดุสูงกว่าที่ประมาณการ 1 ว2 น้อยมาก สำรวจราคา..." (fresh set
s46o, bma_proposal_s46o003 and s46o005).  The line was no row, so the row ran
into the row above (its risk and mitigation into that row's, its level read
as the row above's or the next row's) and was lost, with no issue.  Now a
Thai letter glued before a score's digit is a speck of the score cell
(risks._SCORE): the row opens there and the score reads as its digit,
weighed against the level as every score is."""

from __future__ import annotations

from parsers.bma_proposal.risks import _ROW_RE, score_value
from tests.test_bma_proposal import RISK_ROW_TWO_CELLS, _risks, _with_risks, run


def test_a_score_with_a_speck_letter_before_its_digit_opens_its_row():
    risks = _risks(run(_with_risks(RISK_ROW_TWO_CELLS.format(cell="๓\tว2 ปานกลาง"))))
    assert [r[0] for r in risks] == ["ผู้เข้ารับการอบรม ไม่ครบตามจำนวน",
                                     "สภาพอากาศหรือ สถานการณ์โรคระบาด ทำให้ไม่สามารถจัดกิจกรรม"]
    assert risks[1][1:] == ("3", "2", "ปานกลาง", "ปรับรูปแบบการ จัดกิจกรรมเป็นแบบ ออนไลน์")


def test_the_row_and_its_scores_in_one_line():
    m = _ROW_RE.search("ราคาวัสดุสูงกว่าที่ประมาณการ 1 ว2 น้อยมาก สำรวจราคาวัสดุก่อนจัดทำ")
    assert m is not None and (m.group("l"), score_value(m.group("i")), m.group("lv")) == ("1", "2", "น้อยมาก")
    # a word before a level word is no score ("ที่ประมาณ ... วัสดุสูง")
    assert _ROW_RE.search("ราคาวัสดุสูงกว่าที่ประมาณการ 1 กข น้อยมาก สำรวจ") is None
