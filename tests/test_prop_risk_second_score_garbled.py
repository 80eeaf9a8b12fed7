"""BMA proposals after OCR whose risk table is read row by row (tab-parted cells) and a row's second score and
level OCR garbled both, to two short tokens in the cell after its first score ("สภาพอากาศหรือ<tab>๕<tab>เก ถัง<tab>
ปรับรูปแบบการ" for ๔ ๓ สูง: fresh set s102q, bma_proposal_s102q002).  The row was read as more of the row above
(its risk and mitigation run on into that row's mitigation) and lost, with no issue naming its level or scores.
Now the lone first score, the two garbled tokens and text after them open a row of their own
(risks._row_without_level); its level and both scores are said missing (which score the cell holds cannot be
told from it).  A cell of words after the score opens no row."""

from __future__ import annotations

import pytest

from tests.test_bma_proposal import RISK_ROW_TWO_CELLS, _risks, _with_risks, run
from tests.test_prop_risk_level_garbled_cell import _said

pytestmark = pytest.mark.usefixtures("repair_on")


def test_a_row_whose_second_score_and_level_ocr_garbled_is_its_own_row():
    rows = run(_with_risks(RISK_ROW_TWO_CELLS.format(cell="๕\tเก ถัง")))
    risks = _risks(rows)
    assert [r[0] for r in risks] == ["ผู้เข้ารับการอบรม ไม่ครบตามจำนวน",
                                     "สภาพอากาศหรือ สถานการณ์โรคระบาด ทำให้ไม่สามารถจัดกิจกรรม"]
    assert risks[1][1:] == (None, None, None, "ปรับรูปแบบการ จัดกิจกรรมเป็นแบบ ออนไลน์")
    assert risks[0][1:] == ("1", "3", "น้อย", "ประสาน โรงเรียนล่วงหน้า")
    assert {"findings.level", "findings.likelihood", "findings.impact"} <= _said(rows, 2)


def test_a_cell_of_words_after_the_score_opens_no_row():
    risks = _risks(run(_with_risks(RISK_ROW_TWO_CELLS.format(cell="๕\tของโรงเรียน ทั้งหมด"))))
    assert len(risks) == 1


def test_a_garbled_cell_of_three_tokens_opens_no_row():
    risks = _risks(run(_with_risks(RISK_ROW_TWO_CELLS.format(cell="๕\tเก ถัง ให้"))))
    assert len(risks) == 1
