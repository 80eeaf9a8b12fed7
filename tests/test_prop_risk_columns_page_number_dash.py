"""BMA proposals after OCR whose risk table was read column by column across a page break inside a score
column: the page's number ("- ๔ -") OCR read as a dash alone, a cell of its own under the likelihood column's
title ("โอกาสที่จะเกิด" / "-" / "4" / "1" / "๑": worked set s69z bma_proposal_s69z004).  Before, that column held
one cell more than the rows, so the columns could not be paired: a column's title was read as a risk's text
and the rows' scores went to the wrong rows.  Now a cell of dashes alone in a score column is no score where
the column holds a cell a row without it (risks.by_columns)."""

from __future__ import annotations

from parsers.bma_proposal.risks import by_columns
from tests.conftest import numbered_lines

_RISKS = ["ความเสี่ยง", "ผู้เข้ารับการอบรมไม่ครบตามจำนวน", "สภาพอากาศหรือสถานการณ์โรคระบาด",
          "ราคาวัสดุสูงกว่าที่ประมาณการไว้"]
_LEVELS = ["ระดับของความเสี่ยง", "สูงมาก", "น้อย", "น้อย", "แนวทางการบริหารความเสี่ยง",
           "ประสานโรงเรียนล่วงหน้า", "ปรับรูปแบบการจัดกิจกรรม", "สำรวจราคาวัสดุก่อนจัดทำแผน"]


def _rows(likelihood: list[str], impact: list[str]):
    return by_columns(numbered_lines(_RISKS + ["โอกาสที่จะเกิด", *likelihood, "ผลกระทบ", *impact] + _LEVELS))


def test_a_dash_cell_in_a_score_column_of_one_cell_too_many_is_no_score():
    rows = _rows(["-", "4", "1", "๑"], ["4", "๓", "4"])
    assert rows is not None
    assert [([t for t, _ in r.risk], [t for t, _ in r.scores], r.level) for r in rows] == [
        (["ผู้เข้ารับการอบรมไม่ครบตามจำนวน"], ["4", "4"], "สูงมาก"),
        (["สภาพอากาศหรือสถานการณ์โรคระบาด"], ["1", "๓"], "น้อย"),
        (["ราคาวัสดุสูงกว่าที่ประมาณการไว้"], ["๑", "4"], "น้อย")]


def test_a_cell_that_reads_as_a_figure_is_not_taken_for_the_page_number():
    # "4." may be a score with a speck as well as the page's number: the column cannot be paired, so it is left
    # unread whole (named for the caller to say), the other columns' rows kept
    garbled: list[str] = []
    rows = by_columns(numbered_lines(_RISKS + ["โอกาสที่จะเกิด", "4.", "4", "1", "๑", "ผลกระทบ", "4", "๓", "4"]
                                     + _LEVELS), garbled)
    assert rows is not None and garbled == ["likelihood"]
    assert [([t for t, _ in r.scores], r.level) for r in rows] == [
        ([None, "4"], "สูงมาก"), ([None, "๓"], "น้อย"), ([None, "4"], "น้อย")]


def test_a_dash_cell_the_rows_need_is_kept():
    # the column holds a cell a row with the dash (a score OCR read as one): it is not left out
    rows = _rows(["-", "1", "๑"], ["4", "๓", "4"])
    assert rows is not None and [r.scores[0][0] for r in rows] == ["-", "1", "๑"]
