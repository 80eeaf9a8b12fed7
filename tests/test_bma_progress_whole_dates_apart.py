"""An entries table's date row whose cells' gaps OCR read as single spaces, each cell a whole date and a separator
of one OCR damaged ("08/05/2562 14/06/2562 09/08|2562": its '/' read '|'), one cell for the block's entries
(parsers.bma_progress.transposed._whole_dates_apart).  Before, no reading of the date parts' shapes parted it (the
damaged date is no whole date by shape): the first entry took the row whole, the others had no date, the rest
went into the first's description, said; now the row parts into its tokens, one per entry, where there are as
many as entries, each a whole date or a whole date's characters (four digits or more, no word), one at least
whole, and the damaged one is read (or flagged) where the dates are repaired."""

from __future__ import annotations

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _whole_dates_apart
from schemas.document import Line

HEAD = "รายการ\tครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3"
ROWS = [
    "รายละเอียดการดำเนินงาน\tจัดเตรียมข้อมูล\tจัดทำคำสั่ง\tติดต่อประสานงาน",
    "ความก้าวหน้า\t27.5\t39\t45",
    "ของงานฯ",
    "งบประมาณที่\t0.- บาท\t26,600.- บาท\t0.- บาท",
    "เบิกใช้",
    "ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน",
    "ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
]


def _lines(texts: list[str]) -> list[Line]:
    return [Line(100 + k, t) for k, t in enumerate(texts)]


def test_whole_dates_one_damaged_part_one_per_entry():
    result = parse_entries(_lines([HEAD, "วันที่รายงาน\t18/02/2565 05/03/2565 04/05|2565", *ROWS]))
    assert sorted(result.entries) == [1, 2, 3]
    assert [result.entries[n].date.isoformat() for n in (1, 2)] == ["2022-02-18", "2022-03-05"]
    assert result.entries[3].date is None and result.entries[3].date_text.strip() == "04/05|2565"
    assert "05/03/2565" not in result.entries[1].description


def test_only_as_many_whole_dates_as_entries_part():
    assert _whole_dates_apart(["18/02/2565 05/03/2565 04/05|2565"], 3) == ["18/02/2565", "05/03/2565", "04/05|2565"]
    assert _whole_dates_apart(["18/02/2565 05/03/2565"], 3) is None  # fewer than the entries
    assert _whole_dates_apart(["18/02/2565 มีนาคม"], 2) is None  # a word is no date
    assert _whole_dates_apart(["18/02/2565 2565"], 2) is None  # a year alone is no whole date
    assert _whole_dates_apart(["04/05|2565 05|03|2565"], 2) is None  # none whole: no date's shape to go by
