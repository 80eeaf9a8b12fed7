"""BMA proposals after OCR whose risk table is read row by row (tab-parted cells) and a row's level OCR garbled
past reading with both scores in one cell before it ("สภาพอากาศหรือ<tab>๓ ๕ qo<tab>ปรับรูปแบบการ" for ๓ ๔ สูง:
fresh set pr23/set1 bma_proposal_pr23a006).  A row whose level is garbled was read only with each score in a
cell of its own ("...<tab>3<tab>1 tae<tab>เตรียม..."), so this row was read as more of the row above (its risk
and mitigation run on into that row's) and its own row was lost, with no issue naming it.  Now the two scores
in one cell, the level's debris after them or nothing, open the row as well (risks._row_without_level); its
level is said missing as before, and, the level being what the scores are checked against (OCR that garbles a
level misreads the scores beside it as often), each score of a row whose level is not read is said too."""

from __future__ import annotations

from tests.test_bma_proposal import RISK_ROW_TWO_CELLS, _risks, _with_risks, run


def _said(rows: dict, seq: int) -> set[str]:
    return {i["field"] for i in rows["issues"] if i["message"].startswith(f"risk {seq}:")}


def test_a_row_whose_level_ocr_garbled_after_both_scores_in_one_cell_is_its_own_row():
    rows = run(_with_risks(RISK_ROW_TWO_CELLS.format(cell="๓ ๕ qo")))
    risks = _risks(rows)
    assert [r[0] for r in risks] == ["ผู้เข้ารับการอบรม ไม่ครบตามจำนวน",
                                     "สภาพอากาศหรือ สถานการณ์โรคระบาด ทำให้ไม่สามารถจัดกิจกรรม"]
    assert risks[1][1:] == ("3", "5", None, "ปรับรูปแบบการ จัดกิจกรรมเป็นแบบ ออนไลน์")
    assert risks[0][1:4] == ("1", "3", "น้อย")
    assert {"findings.level", "findings.likelihood", "findings.impact"} <= _said(rows, 2)
    # the row whose level was read says nothing of its scores
    assert not {"findings.likelihood", "findings.impact"} & _said(rows, 1)


def test_the_scores_alone_in_the_cell_open_the_row_too():
    risks = _risks(run(_with_risks(RISK_ROW_TWO_CELLS.format(cell="๓ ๕"))))
    assert [r[1:3] for r in risks] == [("1", "3"), ("3", "5")]


def test_a_cell_of_words_after_the_scores_opens_no_row():
    risks = _risks(run(_with_risks(RISK_ROW_TWO_CELLS.format(cell="๓ ๕ ของโรงเรียน"))))
    assert len(risks) == 1
