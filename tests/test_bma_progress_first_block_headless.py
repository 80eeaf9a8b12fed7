"""An entries table read row by row whose first block's header row (and date row) OCR lost, a page of garbage
where they stood (fresh set s92o, bma_progress_s92o005; s91q003, its header row "anno ครรังที 2 ..." unreadable):
the block's rows hold two entries and the next block's header row opens with report 3.  Before, no header stood
over the block, its rows were read as no entry's and reports 1 and 2 were lost.  Now (transposed.
_first_block_headless) the block is the entries before the next block's first, read by their places, said
(entry_cell_in_doubt); where the next block's first number does not follow the block's width, nothing changes."""

from parsers.bma_progress.entries import parse_entries
from tests.lines import celled_lines

_COLS = (0, 24, 48)


def _block(head: str | None, date: str | None, texts: tuple[str, str], pcts: tuple[str, str]) -> list:
    rows = [] if head is None else [(head, _COLS)]
    rows += [] if date is None else [(date, _COLS)]
    return rows + [(f"รายละเอียดการดำเนินงาน\t{texts[0]}\t{texts[1]}", _COLS),
                   (f"ความก้าวหน้าของงานฯ\t{pcts[0]} %\t{pcts[1]} %", _COLS),
                   ("งบประมาณที่เบิกใช้\t๐.๐๐ บาท\t๐.๐๐ บาท", _COLS),
                   ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", _COLS),
                   ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", _COLS)]


def _entries(first_head: str) -> dict:
    return parse_entries(celled_lines(
        *_block(None, None, ("ประชุมผู้บริหารสถานศึกษา", "จัดทำโครงการเพื่อขออนุมัติ"), ("๑๑.๐๐", "๒๒.๐๐")),
        *_block(f"รายการ\t{first_head}\tรายงานครั้งที่ ๔", "วันที่รายงาน\t๑๕/๑/๒๕๖๔\t๑๓/๒/๒๕๖๔",
                ("เวียนแจ้งประชาสัมพันธ์", "อยู่ระหว่างการเตรียม"), ("๒๕.๐๐", "๓๐.๐๐")))).entries


def test_the_first_block_without_its_header_is_the_reports_before_the_next():
    entries = _entries("รายงานครั้งที่ ๓")
    assert sorted(entries) == [1, 2, 3, 4]
    assert [entries[k].description for k in (1, 2)] == ["ประชุมผู้บริหารสถานศึกษา", "จัดทำโครงการเพื่อขออนุมัติ"]
    assert [entries[k].figures["progress"] for k in (1, 2)] == ["11.00", "22.00"]


def test_a_next_block_that_does_not_follow_its_width_leaves_it():
    assert 1 not in _entries("รายงานครั้งที่ ๕") and 2 not in _entries("รายงานครั้งที่ ๕")
