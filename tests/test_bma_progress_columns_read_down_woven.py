"""An entries table whose head row and date row OCR read across, then, past a
page break, its lower rows read down: a labels' column with no date label
(maybe the next blocks' labels' columns under it: one whole, one holding the
date label alone), then the page's columns one by one, each holding the
first block's cells, then each later block's head, date and cells (or head
and date alone, for the block whose lower rows come after)
(parsers.bma_progress.downcols._woven_at; s63o007).  Before, the first
block's dates were read apart from its cells and the later blocks' cells
went to the wrong entries."""

from decimal import Decimal

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines

_HEAD = ("ครั้งที่ ๑\tครั้งที่ ๒",)
_DATES = ("วันที่รายงาน ๕ ตุลาคม ๒๕๖๕ »๙ พฤศจิกายน ๒๕๖๕",)
_LOWER = ("รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที่", "เบิกใช้", "ความสอดคล้อง",
          "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย")
_WHOLE = ("วันที่รายงาน", *_LOWER)
_TOP = ("วันที่รายงาน",)
_ON = ("เป็นไปตามแผน", "เป็นไปตาม", "เป้าหมาย")


def _cells(words, pct):
    return (*words, f"{pct}.๐%", "๐ บาท.-", *_ON)


_R = {1: _cells(("ประชุม", "คณะทำงาน"), "๑๐"), 2: _cells(("จัดทำ", "คำสั่ง"), "๒๐"),
      3: _cells(("ติดต่อ", "วิทยากร"), "๓๐"), 4: _cells(("จัดอบรม", "ครู"), "๔๐"),
      5: _cells(("สรุปผล", "การอบรม"), "๕๐"), 6: _cells(("ประเมิน", "ผล"), "๖๐")}
# report 3's head garbled to ๕; report 5's date wrapped (its year on the next line)
_COLUMN_1 = (*_R[1], "ครั้งที่ ๕", "๘ ธันวาคม", "๒๕๖๕", *_R[3], "ครั้งที่ ๕", "๒ กุมภาพันธ์", "๒๕๖๖")
_COLUMN_2 = (*_R[2], "ครั้งที่ ๔", "๑๑ มกราคม ๒๕๖๖", *_R[4], "ครั้งที่ ๖", "๓ มีนาคม ๒๕๖๖")


def _read(*texts):
    result = parse_entries(numbered_lines(*texts, start=100))
    return result.entries, result


def test_the_first_blocks_dates_read_across_go_to_its_columns_read_down():
    # (one block alone is transposed._column_blocks's: kept so)
    entries, _ = _read(*_HEAD, *_DATES, *_LOWER, *_R[1], *_R[2])
    assert sorted(entries) == [1, 2]
    assert str(entries[1].date) == "2022-10-05" and str(entries[2].date) == "2022-11-09"
    assert entries[1].description.startswith("ประชุม") and entries[2].description.startswith("จัดทำ")
    assert figure_values(entries[2])[0]["progress_pct"] == Decimal(20)


def test_each_page_column_holds_the_first_blocks_cells_then_the_later_blocks_heads_dates_and_cells():
    entries, result = _read(*_HEAD, *_DATES, *_LOWER, *_WHOLE, *_TOP, *_COLUMN_1, *_COLUMN_2, "- ๓ -",
                            *_LOWER, *_R[5], *_R[6])
    assert sorted(entries) == [1, 2, 3, 4, 5, 6]
    days = {1: "2022-10-05", 2: "2022-11-09", 3: "2022-12-08", 4: "2023-01-11", 5: "2023-02-02", 6: "2023-03-03"}
    opens = {1: "ประชุม", 2: "จัดทำ", 3: "ติดต่อ", 4: "จัดอบรม", 5: "สรุปผล", 6: "ประเมิน"}
    for seq in days:
        values, _ = figure_values(entries[seq])
        assert str(entries[seq].date) == days[seq], seq
        assert entries[seq].description.startswith(opens[seq]), seq
        assert values["progress_pct"] == Decimal(10 * seq), seq
    # report 3's head read as ๕ is numbered by its place and said; report 4's head agrees and is not
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports.seq"]
    assert any("report 3" in i.message for i in said)
    assert not any("report 4" in i.message for i in said)
