"""A proposal's KPI table whose first row's indicator cell OCR read with its top line apart, a blank line between
("โรงเรียนมีการรายงานผลการดำเนินงานครบถ้วนและส่งผลงาน" / "" / "นักเรียนตามเกณฑ์ที่กำหนด   ร้อยละ 95 ผลผลิต ...": fresh
set s90p, bma_proposal_s90p003): the row's indicator read short, and the line was said only as text before the
first row, at lines above the row's, so the miss was silent at the row.  Such a line (kpis.head_apart: one cell of
words over the first row after one blank line) is said on targets.text at the row's lines; it is not joined (a
running title may stand so over a row whole: lead_into_first_row joins a line right above the row only)."""

from __future__ import annotations

from parsers.bma_proposal.kpis import Kpi, head_apart
from schemas.document import Line

HEAD = "โรงเรียนมีการรายงานผลการดำเนินงานครบถ้วนและส่งผลงาน"


def _row() -> Kpi:
    row = Kpi()
    row.text, row.lines = ["นักเรียนตามเกณฑ์ที่กำหนด"], [179, 180]
    return row


def test_a_line_of_words_over_the_first_row_after_a_blank_line_is_said():
    assert head_apart(_row(), [Line(170, "oe"), Line(177, HEAD)]) == Line(177, HEAD)


def test_a_line_further_up_or_one_of_figures_or_no_row_text_is_not():
    assert head_apart(_row(), [Line(175, HEAD)]) is None  # (two blank lines or more: no cell's wrap)
    assert head_apart(_row(), [Line(177, "ร้อยละ 95 ผลผลิต")]) is None
    row = _row()
    row.text = []
    assert head_apart(row, [Line(177, HEAD)]) is None
