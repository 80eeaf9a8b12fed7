"""A running header the page wrapped after the report's title: "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ"
/ "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ สำนักงานเขตพื้นที่การศึกษา" / "ประถมศึกษาX เขต" / "๔", a line of OCR noise or a blank
between the title and the year.  The clean-up did not know it (its printings apart), and the year, office and area
lines were read as the item or text of the section the page break fell in (a suggestion of the report's title and
office; an activity's progress), with no issue (set s54o obec_progress_s54o003).  They are the header's
(parsers.obec_progress.read._office_headers), and so is the title's second half alone above them where OCR damaged
its first ("0(เ การดำเนินงานตามแผนปฏิบัติการ")."""

from __future__ import annotations

from parsers.obec_progress.read import _office_headers
from schemas.document import Line


def _lines(*header: tuple[int, str]) -> list[Line]:
    return [Line(1, "ปัญหาและอุปสรรคในการดำเนินงาน"), Line(3, "ข้อเสนอแนะ"), *[Line(n, t) for n, t in header],
            Line(20, "ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ 2")]


def test_the_year_office_and_area_after_a_gap_are_the_header_s():
    lines = _lines((5, "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ"),
                   (7, "ประจำปีงบประมาณ พ.ศ. 2569 สานกงานเขตพืันทีการศึกษา"), (8, "ประถมศึกษากำแพงเพชร เขต"), (9, "4"))
    assert _office_headers(lines) == {7, 8, 9}


def test_the_area_on_the_office_s_line_or_alone():
    lines = _lines((5, "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ"),
                   (7, "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙ สำนักงานเขตพื้นที่การศึกษา"), (8, "ประถมศึกษาตรัง เขต ๒"))
    assert _office_headers(lines) == {7, 8}


def test_a_damaged_title_s_second_half_above_is_the_header_s_too():
    lines = _lines((5, "0(เ การดำเนินงานตามแผนปฏิบัติการ"), (6, "ระจำปีงบประมาณ พ.ศ. 2569 สำนักงานเขตพื้นที่การศึกษา"),
                   (7, "ก เขต"), (8, "4"))
    assert _office_headers(lines) == {5, 6, 7, 8}


def test_the_section_s_text_after_the_area_is_kept():
    lines = _lines((5, "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ"),
                   (7, "ประจำปีงบประมาณ พ.ศ. 2569 สำนักงานเขตพื้นที่การศึกษา"), (8, "ประถมศึกษากำแพงเพชร เขต"),
                   (9, "4"), (10, "ดำเนินการครบทุกโรงเรียนตามแผนที่กำหนด"))
    assert _office_headers(lines) == {7, 8, 9}


def test_a_sentence_wrapped_before_the_year_is_text():
    lines = [Line(1, "ดำเนินการตามแผนปฏิบัติการของสำนักงาน"),
             Line(2, "ประจำปีงบประมาณ พ.ศ. 2569 สำนักงานเขตพื้นที่การศึกษา"), Line(3, "ประถมศึกษาตรัง เขต 2")]
    assert _office_headers(lines) == set()


def test_a_title_s_first_half_read_as_a_speck_of_thai_letters_and_a_digit():
    lines = _lines((5, "0ฝซฝ การดำเนินงานตามแผนปฏิบัติการ"), (7, "ระจำปีงบประมาณ พ.ศ. 2569 สำนักงานเขตพื้นที่การศึกษา"),
                   (8, "ee เขต"), (9, "4"))
    assert _office_headers(lines) == {5, 7, 8, 9}
    # a word before the title's second half is a sentence's: the year and office after the gap stay the header's
    lines = _lines((5, "ผล การดำเนินงานตามแผนปฏิบัติการ"), (7, "ประจำปีงบประมาณ พ.ศ. 2569 สำนักงานเขตพื้นที่การศึกษา"),
                   (8, "ประถมศึกษาตรัง เขต 2"))
    assert _office_headers(lines) == {7, 8}
