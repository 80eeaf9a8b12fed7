"""A proposal's place whose wrapped line prints the agency the page's running header prints ("สถานที่ดำเนินการ :
โรงเรียนในสังกัด" / "สำนักงานเขตประเวศ"): the clean-up took the line for the header (after OCR the header is its
pages' only furniture), and the place was read cut, silently (fresh set s108p, bma_proposal_s108p001).  The proposal
reader now gets the page furniture too (FURNITURE_SEEN) and says a text field whose next line is such a header
(read.wraps_taken_for_headers): a header with no page number or footer beside it, no page gap of blank lines
before it, whose words the text prints after other words, as a wrap would continue them."""

from __future__ import annotations

import parsers.bma_proposal as proposal
from parsers.bma_proposal.read import wraps_taken_for_headers
from schemas.document import CopyReading, Line, Reading

HEADER = "สำนักงานเขตประเวศ"
TEXTS = ["สถานที่ดำเนินการ : โรงเรียนในสังกัด", "6. แผนปฏิบัติการ", f"ฝ่ายการศึกษา และโรงเรียนในสังกัด{HEADER}"]


def _reading(column: str = "place", value: str = "โรงเรียนในสังกัด") -> CopyReading:
    reading = CopyReading(0, 1, 100)
    reading.put("project", 0, column, Reading(value, value, 70, 70))
    return reading


def _said(reading: CopyReading, furniture: list[Line], numbers=(60, 70, 73, 80), texts=TEXTS) -> list[str]:
    return [i.field for i in wraps_taken_for_headers(reading, furniture, list(numbers), list(texts))]


def test_the_proposal_reader_is_given_the_page_furniture():
    assert proposal.FURNITURE_SEEN


def test_a_field_whose_next_line_is_a_lone_header_the_text_prints_is_said():
    assert _said(_reading(), [Line(72, HEADER, "page_header")]) == ["projects.place"]
    assert _said(_reading("project_model", "เป็นการจัดสรรงบประมาณ"), [Line(71, HEADER, "page_header")]) \
        == ["projects.project_model"]


def test_a_page_of_its_own_says_nothing():
    assert _said(_reading(), [Line(73, HEADER, "page_header")], numbers=(60, 70, 75)) == []  # a page gap before it
    assert _said(_reading(), [Line(72, HEADER, "page_header"), Line(71, "- ๒ -", "page_number")]) == []
    assert _said(_reading(), [Line(72, HEADER, "page_header")], texts=TEXTS[:2]) == []  # words no text prints
    assert _said(_reading(), [Line(75, HEADER, "page_header")]) == []  # after the next text line


def test_a_period_is_no_text_a_header_goes_on():
    reading = _reading("period_text", "ม.ค. ๖๗ - ก.ย. ๖๗")
    assert _said(reading, [Line(72, HEADER, "page_header")]) == []
