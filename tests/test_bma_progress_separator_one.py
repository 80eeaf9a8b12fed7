"""BMA progress form: the "::" before a report's progress clause whose first colon OCR read as a one
("... ขออนุมัติ 1:"), the one kept as the description's last word with no issue (fresh set s47o,
bma_progress_s47o002; parsers.bma_progress.entries.separator_ones)."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines


_ENTRY = ["รายงานครั้งที่ 1 :: 12 ม.ค. 63 : {} ",
          "ความก้าวหน้าของงานฯ = 15.50 % : งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท :",
          "เป็นไปตามแผน : เป็นไปตามเป้าหมาย"]


def _description(text: str) -> str:
    lines = numbered_lines(_ENTRY[0].format(text), *_ENTRY[1:])
    return parse_entries(lines).entries[1].description


def test_the_double_colon_before_the_progress_read_as_a_one_is_no_word_of_the_description():
    assert _description("จัดทำโครงการเพื่อขออนุมัติ 1:") == "จัดทำโครงการเพื่อขออนุมัติ"
    # a figure of the description stands apart from its colons, and stays
    assert _description("จัดกิจกรรมที่ 1 ::") == "จัดกิจกรรมที่ 1"
