"""An entries table read column by column whose column the transposed reader could not rebuild: the next
entry's header cell stands alone on its line, "รายงาน" lost with the cell's first line and the marks OCR
dropped ("ครังที 2"), its date cell below it damaged past reading (parsers.bma_progress.clauses._LONE_HEAD_RE).
The entry is opened there, undated and said, not run into the description of the entry above."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line

COLUMN_ONE = [
    "รายงานครั้งที่ 1",
    ":: 5 พ.ย. 2564 :",
    "จัดทำโครงการเพื่อขออนุมัติ",
    "ความก้าวหน้าของงานฯ = 5",
    "งบประมาณที่เบิกใช้ = 0 บาท",
    ": เป็นไปตามแผน",
    ": เป็นไปตามเป้าหมาย",
]
COLUMN_TWO = [
    "ครังที 2",
    "๒๓ เม.ย. ben",
    "ได้ดำเนินการประชุม",
    "คณะกรรมการ",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(100 + k, t) for k, t in enumerate(texts)]


def test_a_lone_header_cell_over_a_damaged_date_opens_its_entry():
    result = parse_entries(_lines(COLUMN_ONE + COLUMN_TWO))
    assert sorted(result.entries) == [1, 2]
    assert result.entries[1].description == "จัดทำโครงการเพื่อขออนุมัติ"
    assert result.entries[2].description.startswith("ได้ดำเนินการประชุม")
    assert result.entries[2].line_start == 107
    # the slot it could not read is kept as the entry's date text (the report-date reader says it, unparsed)
    assert result.entries[2].date is None and result.entries[2].date_text == "๒๓ เม.ย. ben"


def test_a_line_that_opens_with_a_report_number_in_prose_stays_text():
    # (no date slot on the line below: a description's words, not a header)
    texts = COLUMN_ONE[:3] + ["ครั้งที่ 2", "ของโครงการนี้ได้ดำเนินการแล้ว"] + COLUMN_ONE[3:]
    result = parse_entries(_lines(texts))
    assert sorted(result.entries) == [1]
