"""An entries table whose header row OCR read across, then its labels'
column on its own, then each entry's date and description one under another
(a block per entry, its date alone first), then the figure rows across with
no label (parsers.bma_progress.transposed._upper_blocks; s39o008).  Before,
the labels' column with no date row after it ended the table: its entries
lost their dates, descriptions, figures and flags to the text."""

from decimal import Decimal

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line
from tests.bma_entries import assert_entry_figures


def _lines(*texts: str, start: int = 100) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts, start=start)]


_HEAD = ("รายการ\tรายงานครั้งที่ 3\tรายงานครั้งที่ 4",
         "วันทีรายงาน", "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้าของ", "งานฯ", "งบประมาณที่เบิก", "ใช้",
         "ความสอดคล้อง", "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย", "รายการ")
_BLOCKS = ("12/2/2567", "ประชุมผู้บริหารสถานศึกษาเพื่อ", "กำหนดวันจัดสัมมนา ค่าอาหารว่าง",
           "และเครื่องดื่ม 150 คน x 36 บาท", "= 5,400 บาท",
           "15/3/2567", "อยู่ระหว่างติดต่อ", "ประสานงานสถานที่")
_FIGURES = ("17.5%\t22.0%", "5,400 บาท\t0 บาท", "เป็นไปตามแผน\tเป็นไปตามแผน",
            "เป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย")


def test_dates_and_descriptions_read_as_blocks_then_figures_across():
    entries = parse_entries(_lines(*_HEAD, *_BLOCKS, *_FIGURES)).entries
    assert sorted(entries) == [3, 4]
    assert_entry_figures(entries, {3: (Decimal("17.5"), Decimal("5400"), True, "ประชุมผู้บริหาร"),
                                   4: (Decimal("22.0"), Decimal("0"), True, "อยู่ระหว่างติดต่อ")})
    assert entries[3].date is not None and entries[3].date.month == 2
    assert entries[4].date is not None and entries[4].date.month == 3
    assert "ประสานงานสถานที่" in entries[4].description


def test_blocks_fewer_than_the_entries_are_not_read_so():
    # one block for two entries: no entry is given a block by its order
    one = _BLOCKS[: _BLOCKS.index("15/3/2567")]
    entries = parse_entries(_lines(*_HEAD, *one, *_FIGURES)).entries
    assert not any(e.date is not None and e.date.month == 2 for e in entries.values())
