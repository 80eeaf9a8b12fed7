"""An OBEC round whose activity's head line OCR lost ("กิจกรรมหลักที่ ๑ ..."), its progress standing under the
activities' heading alone ("มีผู้เข้าร่วมกิจกรรม จำนวน 122 คน": fresh set s109r's obec_progress_s109r001): the row
was lost with only an unplaced-text issue naming the project, so the lost activity was a silent miss.  Text of an
activity's words under the heading before any activity's head is said naming activities, as such text of the
targets, alignments and findings parts is (rounds.ORPHAN_TABLES); the heading's period the page wrapped onto a line
of its own and OCR damaged ("ขปีึงบประมาณ 2567"), or specks, are no activity's (rounds._activity_words)."""

import pytest

from tests.test_obec_ocr import project, report, run

pytestmark = pytest.mark.usefixtures("repair_on")

HEAD = "กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\n"


def _said(text: str) -> list[dict]:
    rows = run(report(projects=[text]))
    return [i for i in rows["issues"] if i["field"] == "activities" and "before any of its sub-headings" in i["message"]]


def test_an_activity_s_progress_under_the_heading_with_its_head_lost_is_said():
    body = project(1, "๒๕๖๗").replace(HEAD, "")
    assert len(_said(body)) == 1


def test_the_heading_s_damaged_period_alone_is_no_activity():
    body = project(1, "๒๕๖๗").replace(HEAD, "ขปีึงบประมาณ ๒๕๖๗\n" + HEAD)
    assert _said(body) == []


def test_an_activity_read_whole_is_not_said():
    assert _said(project(1, "๒๕๖๗")) == []
