"""A running header that ends with the office's name, the page wrapped before
its year: "รายงานความก้าวหน้า ... ประจำปีงบประมาณ พ.ศ." (known to the clean-up
and left out) / "๒56ฒ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตรัง" / "เขต ๒".
The year-and-office line and the area alone after it are the header's
(parsers.obec_progress.read._header_tails); before, the area read as a
suggestion of the section the page break fell in, with no issue (set s53o
obec_progress_s53o003)."""

from __future__ import annotations

from parsers.obec_progress.read import _header_tails
from schemas.document import Line


def _lines(*tail: str) -> list[Line]:
    head = [Line(1, "ปัญหาและอุปสรรคในการดำเนินงาน"), Line(2, "ข้อเสนอแนะ")]
    return head + [Line(6 + 2 * i, text) for i, text in enumerate(tail)] + [
        Line(20, "๒. โครงการการเพิ่มประสิทธิภาพการประชาสัมพันธ์องค์กร")]


def test_the_header_s_year_office_and_area_are_the_header_s():
    assert _header_tails(_lines("๒56ฒ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตรัง", "เขต ๒")) == {6, 8}
    assert _header_tails(_lines("๒๕๖๙ สํานักงานเขตพื้นทีการศึกษาประถมศึกษาตรัง", "เขต 2")) == {6, 8}


def test_an_office_line_with_its_area_leaves_the_next_line_text():
    assert _header_tails(_lines("๒๕๖๙ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตรัง เขต ๒", "เขต ๒")) == {6}


def test_a_line_waiting_for_its_year_keeps_the_year_and_office_as_text():
    lines = [Line(1, "ดำเนินการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ."),
             Line(3, "๒๕๖๙ สำนักงานเขตพื้นที่การศึกษาประถมศึกษาตรัง"), Line(5, "เขต ๒")]
    assert _header_tails(lines) == set()


def test_an_area_alone_after_no_header_is_text():
    assert _header_tails(_lines("เขต ๒")) == set()
