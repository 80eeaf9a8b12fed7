"""A side-by-side entries table whose cancelling report's description cell wrapped as 'ยกเลิก' / 'โครงการ' / 'เนื่องจาก'
...: OCR dealt the cell's second line to another column, and the report read 'ยกเลิก เนื่องจาก สถานการณ์ ...', not
cancelling, with no issue naming its cancellation (set s67o: one silent cell).  The cancelling word alone opening a
description says the cancellation and the plan status in doubt; it does not guess them."""

from __future__ import annotations

from parsers.bma_progress.rows import _cancel_word_alone
from schemas.document import Reading


def _said(desc: str, cancelled: bool = False) -> set[str]:
    rec = {"description": Reading(desc, desc, 188, 211)}
    out = {"description": desc, "cancelled": cancelled}
    return {i.field for i in _cancel_word_alone(8, rec, out) if i.code == "entry_cell_in_doubt"}


def test_the_cancelling_word_alone_opening_a_description_puts_the_cancellation_in_doubt():
    assert _said("ยกเลิก เนื่องจาก สถานการณ์ การ ของ") == {"progress_reports.cancelled", "projects.plan_status"}
    assert _said("ยกเลิก") == {"progress_reports.cancelled", "projects.plan_status"}


def test_the_whole_cancelling_words_or_a_cancelled_report_or_other_words_are_no_doubt():
    assert not _said("ยกเลิกโครงการ เนื่องจากสถานการณ์การแพร่ระบาด")  # read whole: the report cancels (clauses)
    assert not _said("ยกเลิก เนื่องจาก สถานการณ์", cancelled=True)
    assert not _said("ยกเลิกการจัดซื้อ และดำเนินการใหม่")  # the word goes on: another thing cancelled
    assert not _said("ดำเนินการจัดสัมมนา ยกเลิก เนื่องจาก")  # not its opening (rows._cancel_inside's ground)
