"""A running header's fiscal year the page wrapped onto a line of its own,
its digits OCR read as Latin letters ("ประจำปีงบประมาณ พ.ศ. wed" for
พ.ศ. ๒๕๖๘), after the header's first line the clean-up left out: the
header's, not text (parsers.obec_progress.read._header_tails); before, it
ran into the text before the header (an activity's progress) with no issue."""

from __future__ import annotations

from parsers.obec_progress.read import _header_tails
from schemas.document import Line


def _lines(tail: str) -> list[Line]:
    return [Line(1, "รายงานสรุปความก้าวหน้าของการดำเนินโครงการ"), Line(2, "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๒ โครงการ โดยมีรายละเอียด ดังนี้"),
            Line(3, "อยู่ระหว่างดำเนินการ คาดว่าจะแล้วเสร็จในไตรมาสถัดไป"), Line(6, tail),
            Line(7, "กิจกรรมหลักที่ ๓ จัดทำคำสั่งแต่งตั้งคณะกรรมการดำเนินงาน")]


def test_a_header_s_year_read_as_letters_is_the_header_s():
    assert _header_tails(_lines("ประจำปีงบประมาณ พ.ศ. wed")) == {6}
    assert _header_tails(_lines("ประจำปีงบประมาณ พ.ศ. ๒๕๖๘")) == {6}


def test_words_after_the_year_leave_it_text():
    assert _header_tails(_lines("ประจำปีงบประมาณ พ.ศ. wed ได้ดำเนินการแล้ว")) == set()
