"""A main activity's name the page wrapped just before a count ("...
ขับเคลื่อนโรงเรียนคุณภาพ" / "๑ อำเภอ ๑ โรงเรียนคุณภาพ"): a bare figure
and the unit it counts open no step, so the line is the name's wrap, not
the activity's progress (lists.opens_with_count, in
rounds.read_round_into's wrap of the name).  A step whose number lost its dot
("๑ ประชุม...") stays the progress.
"""

from __future__ import annotations

from parsers.obec_progress.lists import opens_with_count
from tests.test_obec_ocr import project, report, run

NAME = "ขับเคลื่อนโรงเรียนคุณภาพ ๑ อำเภอ ๑ โรงเรียนคุณภาพ"


def _one(body: str) -> dict:
    """The report of one project, its lines apart (a blank line between each two, as OCR reads a page whose
    paragraphs stand apart) but where `body` joins two with a tab: those stand one under the other (a wrap)."""
    text = report(projects=[body]).replace("จำนวน 2 โครงการ", "จำนวน 1 โครงการ")
    return run("\n\n".join(text.splitlines()).replace("\t", "\n"))


def _activity(rows: dict) -> dict:
    return next(a for a in rows["activities"] if a["number"] == 1)


def test_a_name_wrapped_before_a_count_is_the_name():
    body = project(1, "๒๕๖๗").replace("กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\nได้ดำเนินการแล้ว เมื่อวันที่ ๑๕ มกราคม พ.ศ. "
                                       "๒๕๖๗ ณ ห้องประชุม\n",
                                       "กิจกรรมหลักที่ ๑ ขับเคลื่อนโรงเรียนคุณภาพ\t๑ อำเภอ ๑ โรงเรียนคุณภาพ\n")
    assert "๑ อำเภอ ๑" in body
    activity = _activity(_one(body))
    assert activity["text"] == NAME and activity["progress"] is None


def test_a_dotless_step_under_a_name_stays_the_progress():
    body = project(1, "๒๕๖๗").replace("กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ\nได้ดำเนินการแล้ว เมื่อวันที่ ๑๕ มกราคม พ.ศ. "
                                       "๒๕๖๗ ณ ห้องประชุม\n",
                                       "กิจกรรมหลักที่ ๑ ขับเคลื่อนโรงเรียนคุณภาพ\t๑ ประชุมคณะกรรมการดำเนินงาน\n")
    activity = _activity(_one(body))
    assert activity["text"] == "ขับเคลื่อนโรงเรียนคุณภาพ"
    assert activity["progress"] == "๑ ประชุมคณะกรรมการดำเนินงาน"


def test_a_count_opens_a_line_a_step_does_not():
    assert opens_with_count("๑ อำเภอ ๑ โรงเรียนคุณภาพ") and opens_with_count("2 ครั้ง")
    assert not opens_with_count("๑ ประชุมคณะกรรมการ") and not opens_with_count("๑. อำเภอ")
    assert not opens_with_count("อำเภอ ๑")
