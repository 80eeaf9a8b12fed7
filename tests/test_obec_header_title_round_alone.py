"""A running header the page wrapped after its title's first half, on the office's line ("สำนักงาน... เขต ๓
รายงานความก้าวหน้า" / "การดำเนินงานตามแผนปฏิบัติการ รอบ ๖" / "เดือน"): the clean-up knew the second line for the
header's only where its months' line followed it; where OCR lost that line, or damaged a letter of the second, the
title's half and round were read as an item of the list the page break fell in (a target, a problem, an activity's
progress).  After a gap, once the projects have begun, it is the header's, and so is the months' word under it
(parsers.obec_progress.read._header_tails)."""

from __future__ import annotations

from parsers.obec_progress.read import _header_tails, _title_round_alone
from schemas.document import Line

_GROUP = "๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๔ โครงการ"


def _lines(*page: tuple[int, str]) -> list[Line]:
    return [Line(1, "โดยมีรายละเอียด ดังนี้"), Line(2, _GROUP), Line(3, "ปัญหาและอุปสรรคในการดำเนินงาน"),
            *[Line(n, t) for n, t in page]]


def test_the_title_half_and_round_after_a_gap_are_the_header_s():
    lines = _lines((10, "การดำเนินงานตามแผนปฏิบัติการ รอบ ๒"), (12, "มีสัญญาณขัดข้องระหว่างการประชุมออนไลน์"))
    assert _header_tails(lines) == {10}


def test_a_damaged_letter_and_the_months_word_under_it():
    lines = _lines((10, "การดำเห็นงานตามแผนปฏิบัติการ รอบ ๒"), (11, "เดือน"), (13, "ขาดงบประมาณในการพัฒนาครู"))
    assert _header_tails(lines) == {10, 11}


def test_the_same_words_right_under_a_line_or_before_the_projects_are_kept():
    lines = _lines((4, "การดำเนินงานตามแผนปฏิบัติการ รอบ ๒"))
    assert _header_tails(lines) == set()
    lines = [Line(1, "สรุปผลการดำเนินงาน"), Line(5, "การดำเนินงานตามแผนปฏิบัติการ รอบ ๖ เดือน")]
    assert _header_tails(lines) == set()


def test_a_sentence_holding_the_words_is_no_header():
    assert not _title_round_alone("ได้ดำเนินงานตามแผนปฏิบัติการ รอบ ๒ ครบทุกกิจกรรม")
    assert not _title_round_alone("การดำเนินงานตามแผนปฏิบัติการ")
    assert _title_round_alone("การดำเนินงานตามแผนปฏิบัติการ รอบ 6 เดือน")


def test_the_round_s_number_wrapped_away_with_its_months():
    """"... รอบ" / "๓ เดือน": the header wrapped a third time, before the round's number (fresh s87o001: the two
    lines were read as an indicator, a finding and an outcome of their own, and run into texts, on six pages)."""
    lines = _lines((10, "การดำเนินงานตามแผนปฏิบัติการ รอบ"), (12, "๓ เดือน"), (14, "ขาดงบประมาณในการพัฒนาครู"))
    assert _header_tails(lines) == {10, 12}
    assert not _title_round_alone("ได้ดำเนินงานตามแผนปฏิบัติการ รอบ")
