"""A page's running header (the report's title, its fiscal year on the line after it) whose year line OCR damaged:
the era's ศ read as a Latin letter ("ประจำปีงบประมาณ พ. A. ๒๕๒อ๓" for พ.ศ. ๒๕๖๗), or the year's digits as two
tokens of Latin letters ("ประจำปีงบประมาณ พ.ศ. oe dey"): fresh set s74o's obec_progress 004, on page after page.
Before, the year line read as the text of the section the page break fell in (an activity's progress run on with it,
with no issue; a target, a suggestion of its own).  And a header run onto the office's line whose round's months the
page wrapped alone ("สำนักงาน... เขต ๓ รายงานความก้าวหน้า" / "การดำเนินงานตามแผนปฏิบัติการ รอบ ๓" / "เดือน": set
s72o's obec_progress 001), its "เดือน" read as a target.  Both are the header's now (read._header_tails,
read.split_reports: _HEADER_TAIL_DAMAGED_RE, and the months alone after a round's number)."""

from __future__ import annotations

from parsers.obec_progress.read import _header_tails, split_reports
from schemas.document import Line

GROUP = "๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๒ โครงการ โดยมีรายละเอียด ดังนี้"
PROGRESS = "ดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด"


def _lines(tail: str) -> list[Line]:
    return [Line(1, "รายงานสรุปความก้าวหน้าของการดำเนินโครงการ"), Line(2, GROUP), Line(3, PROGRESS), Line(6, tail),
            Line(7, "กิจกรรมหลักที่ ๓ จัดทำคำสั่งแต่งตั้งคณะกรรมการดำเนินงาน")]


def test_a_header_s_year_with_its_era_or_digits_damaged_is_the_header_s():
    assert _header_tails(_lines("ประจําปีงบประมาณ พ. A. aoa")) == {6}
    assert _header_tails(_lines("ประจําปีงบประมาณ พ. A. ๒๕๒อ๓")) == {6}
    assert _header_tails(_lines("ประจําปีงบประมาณ พ.ศ. oe dey")) == {6}


def test_words_after_the_damaged_year_leave_it_text():
    assert _header_tails(_lines("ประจําปีงบประมาณ พ. A. aoa ได้ดำเนินการแล้ว")) == set()


def test_the_header_s_lines_in_a_copy_are_left_out():
    office = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครราชสีมา เขต ๓"
    lines = [Line(1, GROUP), Line(2, PROGRESS), Line(4, "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ"),
             Line(5, "ประจําปีงบประมาณ พ. A. aoa"), Line(7, "ข้อเสนอแนะ"),
             Line(9, f"{office} รายงานความก้าวหน้า"), Line(10, "การดําเนินงานตามแผนปฏิบัติการ รอบ ๓"),
             Line(12, "เดือน"), Line(14, "ครูที่ทำหน้าที่ที่เกี่ยวข้อง ได้รับการพัฒนาให้มีความรู้")]
    copies = split_reports(lines)
    assert len(copies) == 1 and [ln.no for ln in copies[0]] == [1, 2, 7, 14]


def test_months_alone_after_no_round_is_text():
    lines = [Line(1, GROUP), Line(2, "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ"),
             Line(3, "ประจำปีงบประมาณ ๒๕๖๗"), Line(5, "เดือน")]
    assert 5 in [ln.no for ln in split_reports(lines)[0]]
