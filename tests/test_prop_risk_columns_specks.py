"""BMA proposals after OCR whose risk table was read column by column with specks in its short cells: a
likelihood cell "4     ." (a speck past a gap) and a level cell ". 6 ปานกลาง" (worked set s31/z
bma_proposal_s31z005).  Before, neither read as a cell of its column, so the columns could not be paired:
the risks ran together, a level and the scores went to the wrong row, and the mitigations were lost.  Now a
score cell may carry a speck after a gap, and a level cell tokens before its word where both score columns
hold a cell a row (the scores are read there; risks.by_columns)."""

from __future__ import annotations

from parsers.bma_proposal.risks import _score_cell, by_columns
from tests.conftest import numbered_lines

_COLUMNS = ["ความเสี่ยง", "โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย", "สภาพอากาศหรือสถานการณ์โรคระบาด",
            "โอกาสที่จะเกิด", "4       .", "2", "ผลกระทบ", "4", "3", "ระดับของความเสี่ยง", "สูงมาก",
            ". 6 ปานกลาง", "แนวทางการบริหารความเสี่ยง", "มีหนังสือแจ้งโรงเรียนเป็นระยะ ๆ",
            "ปรับรูปแบบการจัดกิจกรรมเป็นแบบออนไลน์"]


def test_specks_in_score_and_level_cells_leave_the_columns_paired():
    rows = by_columns(numbered_lines(_COLUMNS))
    assert rows is not None
    assert [([t for t, _ in r.risk], [t for t, _ in r.scores], r.level) for r in rows] == [
        (["โรงเรียนไม่สามารถดำเนินการได้ตามเป้าหมาย"], ["4       .", "4"], "สูงมาก"),
        (["สภาพอากาศหรือสถานการณ์โรคระบาด"], ["2", "3"], "ปานกลาง")]


def test_a_score_cell_is_one_short_token_and_a_speck_at_most():
    assert _score_cell("4       .") and _score_cell("๓") and _score_cell("©)")
    assert not _score_cell("4 5") and not _score_cell("ความเสี่ยง") and not _score_cell("4 . .")


def test_tokens_before_a_level_are_specks_only_where_both_score_columns_are_whole():
    # the impact column short of a cell: a token before a level may be a score read there, so no pairing
    short = _COLUMNS[:8] + _COLUMNS[9:]
    assert by_columns(numbered_lines(short)) is None
