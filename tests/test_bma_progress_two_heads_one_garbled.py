"""A header row of two entries (a table two entries wide, read row by row)
whose gap OCR read as a space and one of whose numbers it garbled past a
digit ("รายงานครั้งที ข รายงานครั้งที ๘"): a header row, the garbled head's
number left to the entries' sequence (parsers.bma_progress.transposed._heads_of;
a modified copy of s83c001's blocks).  Before, a row of two heads needed
both whole, and the block's rows went to the entries before it."""

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines


def _block(head, date, descs, pcts):
    return (head, date, f"รายละเอียดการ\t{descs[0]}\t{descs[1]}", f"ความก้าวหน้าของงานฯ\t{pcts[0]} %\t{pcts[1]} %",
            "งบประมาณที่เบิกใช้\t฿๐\t฿๐", "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
            "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย")


_FIRST = _block("รายงานครั้งที่ ๑\tรายงานครั้งที่ ๒", "วันที่รายงาน\t๐๓/๐๕/๒๕๖๖\t๒๐/๐๖/๒๕๖๖",
                ("ประชุมคณะทำงาน", "จัดทำคำสั่ง"), ("๒๐.๐๐", "๓๐.๐๐"))


def _read(head):
    second = _block(head, "วันที่รายงาน\t๑๐/๐๗/๒๕๖๖\t๑๑/๐๘/๒๕๖๖", ("จัดอบรมครู", "สรุปผลการอบรม"),
                    ("๔๐.๐๐", "๕๐.๐๐"))
    return parse_entries(numbered_lines(*_FIRST, *second, start=100))


def test_a_row_of_two_heads_one_garbled_opens_its_block():
    result = _read("รายงานครั้งที ซ รายงานครั้งที ๔")
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4]
    assert entries[3].description.startswith("จัดอบรม") and entries[4].description.startswith("สรุปผล")
    assert float(figure_values(entries[3])[0]["progress_pct"]) == 40.0
    assert str(entries[4].date) == "2023-08-11"
    assert entries[2].description.startswith("จัดทำคำสั่ง") and "จัดอบรม" not in entries[2].description


def test_a_row_of_two_heads_both_garbled_is_no_header_row():
    from parsers.bma_progress.transposed import _heads_of
    from schemas.document import Line
    assert _heads_of(Line(1, "รายงานครั้งที ข รายงานครั้งที ซ")) is None
    assert _heads_of(Line(1, "ครั้งที ข ครั้งที ๘")) is None  # (no "รายงาน": tests/test_bma_progress_block_heads_garbled)
    assert _heads_of(Line(1, "รายงานครั้งที ข รายงานครั้งที ๘")) is not None
