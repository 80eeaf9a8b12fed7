"""A wide table read across, block by block: OCR read the block before's flag rows down their columns and set some
of their words down after the next block's header row, before its date row ("รายงานครั้งที่ 9<tab>รายงานครั้งที่ 10"
/ "เป็นไปตาม" / "แผน" / "เป็นไปตาม" / "เป้าหมาย" / "วันที่รายงาน<tab>..."; s62o bma_progress 003's last block).  Those
words are no cell of the block's: set aside, said (unplaced_text), and the block is read from its date row
(transposed._strays_before_dates).  Before, the header row was read as no table's and both reports were lost."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line

_HEAD = "รายงานครั้งที่ 1\tรายงานครั้งที่ 2"
_STRAYS = ("เป็นไปตาม", "แผน", "", "เป็นไปตาม", "เป้าหมาย")
_ROWS = (
    "วันที่รายงาน\t12/5/2567\t3/9/2567",
    "รายละเอียดการ\tประชุมคณะกรรมการ\tสรุปผลการดำเนินงาน",
    "ดำเนินงาน\tครั้งที่สอง\tโครงการ",
    "ความก้าวหน้า\t40.0%\t100.0%",
    "ของงานฯ",
    "งบประมาณที่\t0 บาท\t8,200 บาท",
    "เบิกใช้",
    "ความสอดคล้อง\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "กับแผน",
    "ความสอดคล้อง\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
    "กับเป้าหมาย",
)


def _parse(*texts):
    return parse_entries([Line(i, t) for i, t in enumerate(texts, start=1)])


def test_flag_words_between_the_header_row_and_the_date_row_are_set_aside():
    result = _parse(_HEAD, *_STRAYS, *_ROWS)
    assert sorted(result.entries) == [1, 2]
    assert "".join(result.entries[2].texts).replace(" ", "") == "สรุปผลการดำเนินงานโครงการ"
    assert result.entries[2].figures["progress"] == "100.0"
    assert any(i.code == "unplaced_text" and "เป็นไปตาม" in (i.evidence or "") for i in result.issues)


def test_other_text_between_them_is_no_stray_flag():
    result = _parse(_HEAD, "ประชุมคณะกรรมการ", *_ROWS)
    assert not any(i.code == "unplaced_text" and "แผน" in (i.evidence or "") for i in result.issues)
