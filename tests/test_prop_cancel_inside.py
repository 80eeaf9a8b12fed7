"""The words that cancel the project (ยกเลิกโครงการ) open the cancelling report's description; standing inside
another description after words of its own, they are a report's cancellation a table OCR read across its columns
ran into the wrong cell (my fresh set s19bpb002: report 8's 'ยกเลิกโครงการ เนื่องจาก...' inside report 7's
description, report 8 read as not cancelling with no issue naming it).  Which report cancels is said in doubt."""

from __future__ import annotations

from parsers.bma_progress.rows import _cancel_inside
from schemas.document import Reading


def _said(desc: str) -> set[str]:
    rec = {"description": Reading(desc, desc, 159, 176)}
    return {i.field for i in _cancel_inside(7, rec, desc)}


def test_cancelling_words_inside_a_description_put_the_cancellation_in_doubt():
    assert _said("ผลการดำเนินงานในเดือนนี้ ยกเลิกโครงการ เนื่องจาก... ๑. ได้ดำเนินการประชุม") == {
        "progress_reports.cancelled", "projects.plan_status"}


def test_cancelling_words_that_open_the_description_or_close_a_word_are_no_doubt():
    assert not _said("ยกเลิกโครงการ เนื่องจากสถานการณ์การแพร่ระบาด")
    assert not _said("ไม่สามารถดำเนินการได้ จึงขอยกเลิกโครงการ")
