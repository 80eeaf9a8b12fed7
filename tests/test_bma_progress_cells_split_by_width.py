"""An OCR'd entries table whose entries are its columns (parsers.bma_progress.transposed): a description line
holding two entries' cells whose gap OCR read as one space, wider than every column, is parted where the
columns' widths, as the whole row shows them, allow one way only (transposed._width_split); the line is said
all the same."""

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _label_rest, _width_split
from tests.test_bma_progress_transposed import _ocr_lines


# Two entries; the description row's first two lines hold one cell per entry (the columns measured: the first
# about 16 wide, the second 18); its third line the two cells with one space between them, no gap, no page column.
_TABLE = (
    ("รายการ\tรายงานครั้งที่ 1\tรายงานครั้งที่ 2", (0, 16, 40)),
    ("วันที่รายงาน\t10/01/2564\t12/02/2564", (0, 16, 40)),
    ("รายละเอียดการ\tอยู่ระหว่างขั้นตอน...\tดำเนินการอบรม", (0, 16, 40)),
    ("ดำเนินงาน\tพิจารณาเกณฑ์\tเชิงปฏิบัติการการผลิตสื่อ", (0, 16, 40)),
    ("การคัดเลือกและตัดสิน การเรียนรู้ดิจิทัล ตาม", ()),
    ("ความก้าวหน้าของงานฯ\t10\t20", (0, 16, 40)),
    ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท", (0, 16, 40)),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 16, 40)),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 16, 40)),
)


def test_two_entries_cells_run_together_wider_than_every_column_part_where_the_widths_allow_one_way():
    result = parse_entries(_ocr_lines(*_TABLE, start=100))
    entries = result.entries
    assert sorted(entries) == [1, 2]
    assert entries[1].description == "อยู่ระหว่างขั้นตอน... พิจารณาเกณฑ์ การคัดเลือกและตัดสิน"
    assert entries[2].description == "ดำเนินการอบรม เชิงปฏิบัติการการผลิตสื่อ การเรียนรู้ดิจิทัล ตาม"
    # which entry each piece is remains the layout's guess: the line is said at its place
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.description" and i.line_start == 104
               for i in result.issues)


def test_the_widths_are_the_whole_row_s_a_line_read_before_the_widest_cells_is_parted_by_them_too():
    rows = list(_TABLE)
    rows[3], rows[4] = rows[4], rows[3]  # read before the second column's widest cell: parted once the row is read
    result = parse_entries(_ocr_lines(*rows, start=100))
    entries = result.entries
    assert entries[1].description == "อยู่ระหว่างขั้นตอน... การคัดเลือกและตัดสิน พิจารณาเกณฑ์"
    assert entries[2].description == "ดำเนินการอบรม การเรียนรู้ดิจิทัล ตาม เชิงปฏิบัติการการผลิตสื่อ"
    assert any(i.code == "entry_cell_in_doubt" and i.line_start == 103 for i in result.issues)


def test_the_label_s_last_words_before_the_cells_are_the_label_s_not_a_cell_s():
    rows = list(_TABLE)
    rows[2] = ("รายละเอียด\tอยู่ระหว่างขั้นตอน...\tดำเนินการอบรม", (0, 16, 40))
    rows[3], rows[4] = ("การดำเนินงาน การคัดเลือกและตัดสิน การเรียนรู้ดิจิทัล ตาม", ()), \
        ("พิจารณาเกณฑ์\tเชิงปฏิบัติการการผลิตสื่อ", (16, 40))
    entries = parse_entries(_ocr_lines(*rows, start=100)).entries
    assert entries[1].description == "อยู่ระหว่างขั้นตอน... การคัดเลือกและตัดสิน พิจารณาเกณฑ์"
    assert entries[2].description == "ดำเนินการอบรม การเรียนรู้ดิจิทัล ตาม เชิงปฏิบัติการการผลิตสื่อ"


def test_the_label_s_last_words_before_a_line_of_one_cell_per_entry_are_the_label_s_too():
    # the label's wrapped words and the first entry's cell with one space between them, the other entry's cell
    # apart: a line of as many cells as entries, whose first cell opens with the words that finish the label
    rows = list(_TABLE)
    rows[2] = ("รายละเอียด\tอยู่ระหว่างขั้นตอน...\tดำเนินการอบรม", (0, 16, 40))
    rows[3] = ("การดำเนินงาน พิจารณาเกณฑ์\tเชิงปฏิบัติการการผลิตสื่อ", (0, 40))
    rows[4] = ("การคัดเลือกและตัดสิน\tการเรียนรู้ดิจิทัล ตาม", (16, 40))
    entries = parse_entries(_ocr_lines(*rows, start=100)).entries
    assert entries[1].description == "อยู่ระหว่างขั้นตอน... พิจารณาเกณฑ์ การคัดเลือกและตัดสิน"
    assert entries[2].description == "ดำเนินการอบรม เชิงปฏิบัติการการผลิตสื่อ การเรียนรู้ดิจิทัล ตาม"
    # a first cell of a label's words when the row's label is whole already is the entry's text
    rows[2] = ("รายละเอียดการดำเนินงาน\tอยู่ระหว่างขั้นตอน...\tดำเนินการอบรม", (0, 16, 40))
    rows[3] = ("การดำเนินงาน พิจารณาเกณฑ์\tเชิงปฏิบัติการการผลิตสื่อ", (16, 40))
    entries = parse_entries(_ocr_lines(*rows, start=100)).entries
    assert entries[1].description == "อยู่ระหว่างขั้นตอน... การดำเนินงาน พิจารณาเกณฑ์ การคัดเลือกและตัดสิน"


def test_label_rest_only_where_the_row_s_label_and_the_words_make_the_whole_label():
    assert _label_rest("รายละเอียด", "การดำเนินงาน สถานศึกษาเพื่อ กิจกรรมตามแผน") == "สถานศึกษาเพื่อ กิจกรรมตามแผน"
    assert _label_rest("รายละเอียดการ", "ดำเนินงาน สถานศึกษา") == "สถานศึกษา"
    assert _label_rest("รายละเอียดการดำเนินงาน", "ดำเนินการ จัดสัมมนา") is None  # the label is whole: a cell's words
    assert _label_rest("รายละเอียด", "สถานศึกษาเพื่อ กิจกรรมตามแผน") is None


def test_a_wide_cell_that_parts_two_ways_within_the_widths_stays_whole():
    rows = list(_TABLE)
    rows[4] = ("ประชุม ผู้บริหาร สถานศึกษา", ())  # "ประชุม" | "ผู้บริหาร สถานศึกษา" and "ประชุม ผู้บริหาร" | "สถานศึกษา"
    entries = parse_entries(_ocr_lines(*rows, start=100)).entries
    both = [e.description for e in entries.values()]
    assert sum("ประชุม ผู้บริหาร สถานศึกษา" in d for d in both) == 1


def test_width_split_parts_only_cells_wider_than_every_column_and_only_one_way():
    widths = [[16, 10], [12, 18]]  # caps 18 and 20
    assert _width_split(["การคัดเลือกและตัดสิน การเรียนรู้ดิจิทัล ตาม"], widths) == (
        ["การคัดเลือกและตัดสิน", "การเรียนรู้ดิจิทัล ตาม"], [0, 1])
    assert _width_split(["การคัดเลือกและตัดสิน"], widths) is None  # fits a column: not parted
    assert _width_split(["ประชุม ผู้บริหาร สถานศึกษา"], widths) is None  # two ways fit
    assert _width_split(["การคัดเลือกและตัดสินการเรียนรู้ดิจิทัล"], widths) is None  # no space to part at
    assert _width_split(["การคัดเลือกและตัดสิน การเรียนรู้ดิจิทัล ตาม"], [[16], []]) is None  # a column unmeasured
    # a line holding an expense line's words or figures is left to the expense rules
    assert _width_split(["ค่าอาหารว่างและเครื่องดื่ม การเรียนรู้ดิจิทัล"], widths) is None
    assert _width_split(["การคัดเลือกและตัดสิน = 3,500 บาท"], widths) is None
    # three entries, one cell for the last two: the first column is no place for either piece
    assert _width_split(["การคัดเลือกและตัดสิน การเรียนรู้ดิจิทัล ตาม"], [[6], [16], [18]]) == (
        ["การคัดเลือกและตัดสิน", "การเรียนรู้ดิจิทัล ตาม"], [1, 2])


def test_a_wide_cell_that_fits_no_way_within_the_measured_widths_is_parted_one_way_a_little_wider():
    # the lines of one cell per entry measure a column by its widest cell seen there, no wider than the column,
    # maybe narrower: a wide cell (s68o bma_progress 009's "คณะกรรมการประเมิน ประเมินครูดีเด่น", two entries' words
    # with the gap read as a space) that fits no parting within the measured widths is parted where one way only
    # fits the columns read WIDE_SLACK wider (caps 10, 19, 11: the second piece, 12 wide, fits the third column at
    # 13); before, the line went whole to one entry
    cells = ["ดำเนินงาน", "คณะกรรมการประเมิน ประเมินครูดีเด่น"]
    assert _width_split(cells, [[8], [17], [9]]) == (["ดำเนินงาน", "คณะกรรมการประเมิน", "ประเมินครูดีเด่น"],
                                                     [0, 1, 2])
    assert _width_split(cells, [[8], [17], [6]]) is None  # no way fits even a little wider
    # no way within the measured widths (caps 11, 13), two ways a little wider (13, 15): not parted
    assert _width_split(["ประชุม ผู้บริหาร สถานศึกษา"], [[9], [11]]) is None
