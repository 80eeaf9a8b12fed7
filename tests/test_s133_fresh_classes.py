"""Classes of layout and OCR damage fresh sets s138o and after showed, each
read before with wrong values and nothing naming them:

- a BMA entries table OCR read column by column, one entry's header lost:
  the entry before's column (its text, progress, disbursement and expense
  lines) came under the next header, and that entry's own text and
  progress cell after it, cut off with the row titles OCR ran in; the
  lines added up to the disbursement read with them, so nothing named
  them.  A progress cell's figure in what the cuts left out, other than
  the entry's progress as read, says the column holds two entries' cells
  (parsers.bma_progress.rows._rival_progress_cut)."""

from __future__ import annotations

from decimal import Decimal

from tests.test_prop_ran_in_expenses import _build

_OWN = "จัดทำคำสั่งคณะกรรมการ และเจ้าหน้าที่ดำเนินโครงการ อยู่ระหว่างติดต่อประสานงานสถานที่ศึกษาดูงาน"
_TITLES = (" ความสอดคล้องกับ เป้าหมาย รายการ รายละเอียดการ ดำเนินงาน ของงานฯ งบประมาณที่ เบิกใช้ กับแผน "
           "กับเป้าหมาย รายการ รายละเอียดการ ดำเนินงาน")


def _said(description: str) -> list[tuple[str, str | None, int | None, int | None]]:
    result, _ = _build(description, Decimal("4395"))  # (the lines add up to the disbursement: pinned by the sum)
    return [(i.code, i.field, i.line_start, i.line_end) for i in result.issues if i.code == "entry_cell_in_doubt"]


def test_a_second_progress_figure_a_column_ran_past_the_description_puts_the_entry_and_its_lines_in_doubt():
    # the row titles after it, cut off as furniture (the label in the description's first half)
    assert _said(_OWN + " 52.5%" + _TITLES) == [("entry_cell_in_doubt", "progress_reports", 176, 230),
                                                ("entry_cell_in_doubt", "expenses", 202, 205)]
    # a label after it, in the second half: cut there
    assert _said(_OWN + " 52.5% ความสอดคล้องกับ เป้าหมาย") == [("entry_cell_in_doubt", "progress_reports", 176, 230),
                                                             ("entry_cell_in_doubt", "expenses", 202, 205)]


def test_the_entrys_own_progress_figure_past_its_description_is_no_rival():
    assert _said(_OWN + " 18.0%" + _TITLES) == []  # (the entry's progress read 18)
