"""A running page header the clean-up knew and left out as furniture
("สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพิษณุโลก เขต ๕" / "รายงานความก้าวหน้า
การดำเนินงานตามแผนปฏิบัติการ รอบ"), whose round's months the page wrapped
onto the next line, OCR reading its figure differently page by page ("๒
เดือน", "๑ เดือน", "ฒ เดือน", "we เดือน", a speck after it: "๒ เดือน 0.";
fresh sets s71o, obec_progress_s71o004, and s70o, obec_progress_s70o003),
so the clean-up, which takes a tail printed alike, left it as text.  It
was read into the section the page break fell in: an outcome list's second
item lost ("๑ เดือน" read as item 1 "เดือน" after the list's numbers),
a list's lead cut off ("เดือน 0. ได้ดำเนินการ..."), rows "เดือน" of their
own, a project's title ending "... การศึกษา ๑ เดือน".  The months alone
right under a furniture line ending with the round's word are the
header's tail (read._round_months_after_header): left out with it."""

from __future__ import annotations

from parsers.obec_progress.read import _round_months_after_header
from schemas.document import Line

OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพิษณุโลก เขต ๕"
TITLE = "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ รอบ"


def _page(months: str, kind: str = "page_header", title: str = TITLE) -> list[Line]:
    return [Line(287, "และพัฒนาคุณภาพงานให้มีประสิทธิภาพมากยิ่งขึ้น"), Line(288, "", kind="blank"),
            Line(289, OFFICE, kind=kind), Line(290, title, kind=kind), Line(291, months),
            Line(292, "ดัชนีชี้วัดความสำเร็จ")]


def test_the_months_under_a_header_left_out_are_the_header_s():
    for months in ("๑ เดือน", "๒ เดือน 0.", "ฒ เดือน", "we เดือน", "เดือน", "๖ เดือน"):
        assert _round_months_after_header(_page(months)) == {291}, months


def test_a_blank_line_between_them_changes_nothing():
    lines = _page("๑ เดือน")
    lines.insert(4, Line(291, "", kind="blank"))
    lines[5] = Line(292, "๑ เดือน")
    assert _round_months_after_header(lines) == {292}


def test_text_that_is_no_months_alone_or_a_header_that_is_no_round_s_stays():
    assert _round_months_after_header(_page("๑ เดือนละ ๑ ครั้ง")) == set()
    assert _round_months_after_header(_page("ได้ดำเนินการครบ ๖ เดือน")) == set()
    assert _round_months_after_header(_page("๑ เดือน", kind="text")) == set()
    assert _round_months_after_header(_page("๑ เดือน", title="รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ")) == set()
