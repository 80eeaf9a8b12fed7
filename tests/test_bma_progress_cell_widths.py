"""An OCR'd entries table whose entries are its columns (parsers.bma_progress.transposed): a description line
of fewer cells than entries is placed by the columns' widths where its position leaves a cell wider than its
column (transposed._width_fit)."""

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _width_fit, untranspose
from schemas.document import Line


def _ocr_lines(*rows: tuple[str, tuple[int, ...]], start: int = 1) -> list[Line]:
    return [Line(i, text, cols=cols) for i, (text, cols) in enumerate(rows, start=start)]


# Three entries, the second's column wide: its long cell's last line, read alone, lost its indent (no gap, no
# page column), and the reading order would give it to the entry whose cell was read just before it (the third).
_TABLE = (
    ("รายการ\tรายงานครั้งที่ 1\tรายงานครั้งที่ 2\tรายงานครั้งที่ 3", (0, 16, 34, 62)),
    ("วันที่รายงาน\t10/01/2564\t12/02/2564\t15/03/2564", (0, 16, 34, 62)),
    ("รายละเอียดการ\tจัดทำคำสั่ง\tอยู่ระหว่างการเตรียมการ\tประชุม", (0, 16, 34, 62)),
    ("ดำเนินงาน\tเจ้าหน้าที่\tติวเข้มนักเรียนเพื่อเตรียม\tผู้บริหาร", (0, 16, 34, 62)),
    ("ความพร้อมการทดสอบระดับ", ()),
    ("ความก้าวหน้าของงานฯ\t10\t20\t30", (0, 16, 34, 62)),
    ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t0 บาท", (0, 16, 34, 62)),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 16, 34, 62)),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 16, 34, 62)),
)


def test_a_description_piece_wider_than_the_column_the_reading_order_gives_goes_to_the_one_column_it_fits():
    result = parse_entries(_ocr_lines(*_TABLE, start=100))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3]
    assert "ความพร้อมการทดสอบระดับ" in entries[2].description
    assert "ความพร้อม" not in entries[3].description and "ความพร้อม" not in entries[1].description
    assert entries[3].description == "ประชุม ผู้บริหาร"
    # the line's entry is still a choice the layout does not pin: said at its line
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.description" and i.line_start == 104
               for i in result.issues)


def test_a_short_description_piece_that_fits_its_column_stays_where_the_reading_order_puts_it():
    rows = list(_TABLE)
    rows[4] = ("ผู้ร่วมงาน", ())  # as narrow as the third column's cells: the width tells nothing
    lines = untranspose(_ocr_lines(*rows, start=100))
    third = lines[[ln.text for ln in lines].index("รายงานครั้งที่ 3"):]
    assert "ผู้ร่วมงาน" in [ln.text for ln in third]


def test_width_fit_keeps_the_position_s_entries_unless_exactly_one_order_fits_every_cell():
    widths = [[10, 9], [22, 24], [6, 9]]  # the cells seen on lines of one cell per entry
    assert _width_fit(["ความพร้อมการทดสอบระดับ"], [2], widths) == [1]  # 20 wide: the second column alone
    assert _width_fit(["ผู้บริหาร"], [2], widths) == [2]  # fits where it is
    assert _width_fit(["ก" * 30], [2], widths) == [2]  # wider than every column: no order fits, as it was
    assert _width_fit(["ก" * 14, "ข" * 5], [0, 1], widths) == [1, 2]  # the first too wide for the first column
    assert _width_fit(["ก" * 14, "ข" * 5], [0, 1], [[10], [], [6]]) == [1, 2]  # a column no line measured fits
    assert _width_fit(["ก" * 5], [2], [[10], [], [6]]) == [2]


def test_a_cell_of_the_same_words_twice_is_two_neighbouring_entries_cells():
    # two entries printing the same text side by side, the gap between their cells read as one space (fresh
    # s39z001: "รายละเอียดการ ผลการดำเนินงานในเดือนนี้ ผลการดำเนินงานในเดือนนี้"), wider than any column the lines
    # of one cell each measured: each half an entry's, in order; before, the whole went to the first entry
    rows = [
        ("รายการ\tรายงานครั้งที่ 7\tรายงานครั้งที่ 8", (0, 16, 40)),
        ("วันที่รายงาน\t11/08/2565\t07/09/2565", (0, 16, 40)),
        ("รายละเอียดการ ผลการดำเนินงานในเดือนนี้ ผลการดำเนินงานในเดือนนี้", (0,)),
        ("ดำเนินงาน\t1. ได้ดำเนินการอบรม\t1. ได้ดำเนินการอบรม", (0, 16, 40)),
        ("ความก้าวหน้าของงานฯ\t22.50 %\t33.00 %", (0, 16, 40)),
        ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท", (0, 16, 40)),
        ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 16, 40)),
        ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 16, 40)),
    ]
    result = parse_entries(_ocr_lines(*rows, start=192))
    assert [result.entries[n].description for n in (7, 8)] == ["ผลการดำเนินงานในเดือนนี้ 1. ได้ดำเนินการอบรม"] * 2
    assert any(i.code == "entry_cell_in_doubt" and i.line_start == 194 for i in result.issues)  # still said
    # a doubled speck or number is no pair of cells: left where the position puts it
    rows[2] = ("รายละเอียดการ ผลการ ผลการ 2. 2.", (0,))
    result = parse_entries(_ocr_lines(*rows, start=192))
    assert not result.entries[8].description.startswith("ผลการ")
