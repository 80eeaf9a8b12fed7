"""OBEC report whose first status group's header OCR printed with its number as symbols ("©. โครงการที่
ดำเนินการเสร็จสิ้นแล้ว (๕ โครงการ)" for "๑. ..."): the reading of the copies took no group as met, so the report's
title, printed as every page's running header that the clean-up did not know, stood in the projects' sections as
text (a target "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ", an alignment opening with it).
A group's header is known by its phrase and its count whether its number reads or is symbols or look-alikes
(read._opens_group): the projects begin there, and the running header is left out as on the later pages."""

from __future__ import annotations

from parsers.obec_progress.read import _header_tails, _opens_group, split_reports
from schemas.document import Line

TITLE = "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ"


def test_a_group_header_whose_number_ocr_made_symbols_opens_the_projects():
    assert _opens_group("©. โครงการที่ดำเนินการเสร็จสิ้นแล้ว (๕ โครงการ)")
    assert _opens_group("๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๕ โครงการ")
    # the summary's row (its share), and a line with no number counting with "จำนวน" (a summary's row, its share
    # maybe on the next line): no group's header; with no number, its count in brackets, it is one whose number OCR
    # lost (tests/test_obec_group_number_lost.py)
    assert not _opens_group("©. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๕ โครงการ คิดเป็นร้อยละ ๒๕.๕๕")
    assert not _opens_group("โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๕ โครงการ")
    assert _opens_group("โครงการที่ดำเนินการเสร็จสิ้นแล้ว (๕ โครงการ)")


def test_the_running_headers_tail_after_it_is_left_out():
    lines = [Line(0, "ผลการติดตามความก้าวหน้าการขับเคลื่อนโครงการ"),
             Line(1, "©. โครงการที่ดำเนินการเสร็จสิ้นแล้ว (๕ โครงการ)"),
             Line(2, "๑. โครงการส่งเสริมการจัดการเรียนรู้วิทยาการคำนวณ"),
             Line(3, "เป้าหมายเชิงผลผลิต (Output)"),
             Line(5, "รอบ ๖ เดือน"),
             Line(6, "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๓๓ คน")]
    assert _header_tails(lines) == {5}


def test_the_running_header_past_it_is_no_text_of_a_section():
    lines = [Line(1, TITLE), Line(2, "พ.ศ. ๒๕๖๗"),
             Line(4, "©. โครงการที่ดำเนินการเสร็จสิ้นแล้ว (๕ โครงการ)"),
             Line(5, "๑. โครงการส่งเสริมการจัดการเรียนรู้วิทยาการคำนวณ"),
             Line(6, "เป้าหมายเชิงผลผลิต (Output)"),
             Line(8, TITLE), Line(9, "พ.ศ. ๒๕๖๗"),
             Line(11, "ผู้บริหารสถานศึกษาและคณะกรรมการดำเนินงาน จำนวน ๓๓ คน")]
    copies = split_reports(lines)
    assert [[ln.no for ln in copy] for copy in copies] == [[1, 2, 4, 5, 6, 11]]
