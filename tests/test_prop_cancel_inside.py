"""The words that cancel the project (ยกเลิกโครงการ) open the cancelling report's description; standing inside
another description after words of its own, they are a report's cancellation a table OCR read across its columns
ran into the wrong cell (my fresh set s19bpb002: report 8's 'ยกเลิกโครงการ เนื่องจาก...' inside report 7's
description, report 8 read as not cancelling with no issue naming it).  Which report cancels is said in doubt."""

from __future__ import annotations

from parsers.bma_progress.rows import _cancel_inside
from schemas.document import Reading


def _said(desc: str, cancelled: bool = False) -> set[str]:
    rec = {"description": Reading(desc, desc, 159, 176)}
    return {i.field for i in _cancel_inside(7, rec, desc, cancelled)}


def test_cancelling_words_inside_a_description_put_the_cancellation_in_doubt():
    assert _said("ผลการดำเนินงานในเดือนนี้ ยกเลิกโครงการ เนื่องจาก... ๑. ได้ดำเนินการประชุม") == {
        "progress_reports.cancelled", "projects.plan_status"}


def test_cancelling_words_that_open_the_description_or_close_a_word_are_no_doubt():
    assert not _said("ยกเลิกโครงการ เนื่องจากสถานการณ์การแพร่ระบาด")
    # closing a word, in a report read as cancelling: its reason names the word again, no doubt
    assert not _said("ยกเลิกโครงการ เนื่องจากไม่สามารถดำเนินการได้ จึงขอยกเลิกโครงการ", cancelled=True)
    # ... in a report not read as cancelling, the words that open its cancellation may be lost to OCR (sil81:
    # fresh set s81a, bma_progress_s81a010; tests/test_sil81_doubts.py)
    assert _said("ไม่สามารถดำเนินการได้ จึงขอยกเลิกโครงการ") == {"progress_reports.cancelled", "projects.plan_status"}


def _cut_then_read(read: str) -> tuple[dict, dict, bool]:
    """Report 5's description `read`: the date row's pieces cut off its head (rows._date_pieces_cut), then
    whether it cancels as cut (rows._cancels_once_cut, asked only where the cut was made)."""
    from parsers.bma_progress.rows import _cancels_once_cut, _date_pieces_cut
    rec = {"description": Reading(read, read, 133, 151)}
    out = {"description": read, "report_date": None, "cancelled": False}
    cut = _date_pieces_cut(5, rec, out)
    return rec, out, cut is not None and _cancels_once_cut(rec, out)


def test_cancelling_words_after_the_date_rows_pieces_cancel_the_report():
    read = "๒๐๒๐-๕-ต๓๐ ยกเลิกโครงการ เนื่องจากระยะเวลาการจัดกิจกรรมไม่สอดคล้องกับปฏิทินการศึกษา"
    assert _said(read)  # as read, the words stand after others: in doubt
    rec, out, cancels = _cut_then_read(read)
    assert cancels and out["cancelled"] is True and rec["cancelled"].value is True
    assert out["description"].startswith("ยกเลิกโครงการ")


def test_cancelling_words_after_words_of_the_texts_own_stay_in_doubt_once_cut():
    rec, out, cancels = _cut_then_read("๒๐๒๐-๕-ต๓๐ ผลการดำเนินงานในเดือนนี้ ยกเลิกโครงการ เนื่องจากสถานการณ์")
    assert not cancels and out["cancelled"] is False and "cancelled" not in rec
