"""An OBEC project list whose first status group's header lost its number
to OCR, the phrase whole and its count in brackets after it ("
โครงการที่ดำเนินการเสร็จสิ้นแล้ว (2 โครงการ)": fresh set s113q,
obec_progress_s113q002): the group was not known, so its two projects were
read as the summary's text and lost.  The phrase opening the line with the
count in brackets is a group's header (read._CLIPPED_STATUS_RES, the whole
phrase with no letter clipped; _opens_group); a summary's row counts with
"จำนวน", a legend's bullet counts nothing."""

from __future__ import annotations

from parsers.obec_progress.read import _opens_group
from tests.test_obec_ocr import report, run

HEADER = "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้"


def test_a_header_whose_number_ocr_lost_opens_its_group():
    text = report()
    assert HEADER in text
    rows = run(text.replace(HEADER, " โครงการที่ดำเนินการเสร็จสิ้นแล้ว (2 โครงการ)"))
    assert [(p["plan_status"], p["group_seq"]) for p in rows["projects"]] == [("completed", 1), ("completed", 2)]
    assert [p["plan_status"] for p in run(text)["projects"]] == ["completed", "completed"]


def test_only_a_count_in_brackets_opens_a_group_with_no_number():
    assert _opens_group(" โครงการที่ดำเนินการเสร็จสิ้นแล้ว (2 โครงการ)")
    assert _opens_group("โครงการที่อยู่ระหว่างดำเนินการ (๖ โครงการ)")
    assert not _opens_group("- โครงการที่อยู่ระหว่างดำเนินการ")  # (a chart's legend)
    assert not _opens_group("โครงการที่อยู่ระหว่างดำเนินการ จำนวน 6 โครงการ")  # (a summary's row, its share below)
    assert not _opens_group("โครงการที่อยู่ระหว่างดำเนินการ (6 โครงการ) คิดเป็นร้อยละ 54.55")
