"""An OCR'd entries table whose entries are its columns, read across them (parsers.bma_progress.transposed):
a description line whose gaps OCR read as spaces holds one word for each entry (transposed._words_dealt_across),
and a line whose indent OCR dropped, its gaps allowing more than one shift, goes where its cells carry on their
entries' words above them (transposed._fit_by_words, _word_goes_on, _paren_goes_on)."""

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.transposed import _paren_goes_on, _word_goes_on
from tests.lines import celled_lines

_COLS = (0, 12, 27, 42)


def _table(*description: tuple[str, tuple[int, ...]]) -> list[tuple[str, tuple[int, ...]]]:
    return [
        ("รายการ\tครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3\tครั้งที่ 4", (0, 14, 26, 41, 56)),
        ("วันที่รายงาน\t1/2/2561\t3/3/2561\t4/4/2561\t5/5/2561", (0, 14, 26, 41, 56)),
        *description,
        ("ความก้าวหน้าของงานฯ\t10\t20\t30\t40", (0, 14, 26, 41, 56)),
        ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t0 บาท\t0 บาท", (0, 14, 26, 41, 56)),
        ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 14, 26, 41, 56)),
        ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย",
         (0, 14, 26, 41, 56)),
    ]


def _descriptions(rows) -> tuple[list[str], list]:
    result = parse_entries(celled_lines(*rows, start=100))
    return [result.entries[k].description for k in (1, 2, 3, 4)], result.issues


def test_a_line_of_cells_holding_one_word_for_each_entry_gives_each_its_word():
    # four columns, each entry's cell going on: "จัดทำคำสั่ง สถานศึกษา กิจกรรม<tab>ในสังกัด", the gaps between the
    # first three cells read as spaces (fresh s61z008), the run no wider than the fourth column (its first cells
    # wide): one word each; before, the first three words went to the first entry
    rows = _table(
        ("รายละเอียด\tอยู่ระหว่าง\tประชุม\tยังไม่ได้\tอยู่ระหว่างการติดต่อประสานงานสถาน", (0, 14, 26, 41, 56)),
        ("การดำเนินงาน\tการเตรียม\tผู้บริหาร\tดำเนิน\tที่ศึกษาดูงานของโรงเรียน", (0, 14, 26, 41, 56)),
        ("จัดทำคำสั่ง สถานศึกษา กิจกรรม\tในสังกัด", (0, 30)),
        ("เจ้าหน้าที่\tเพื่อกำหนด\tตามแผน\tทั้งหมด", _COLS),
    )
    got, issues = _descriptions(rows)
    assert got == ["อยู่ระหว่าง การเตรียม จัดทำคำสั่ง เจ้าหน้าที่", "ประชุม ผู้บริหาร สถานศึกษา เพื่อกำหนด",
                   "ยังไม่ได้ ดำเนิน กิจกรรม ตามแผน",
                   "อยู่ระหว่างการติดต่อประสานงานสถาน ที่ศึกษาดูงานของโรงเรียน ในสังกัด ทั้งหมด"]
    assert any(i.code == "entry_cell_in_doubt" and i.line_start == 104 for i in issues)  # still said


def test_words_not_one_for_each_entry_are_not_dealt():
    # five words for four entries: which entry holds two is not told by the count
    rows = _table(
        ("รายละเอียด\tอยู่ระหว่าง\tประชุม\tยังไม่ได้\tอยู่ระหว่าง", (0, 14, 26, 41, 56)),
        ("การดำเนินงาน\tการเตรียม\tผู้บริหาร\tดำเนิน\tติดต่อ", (0, 14, 26, 41, 56)),
        ("จัดทำคำสั่ง สถานศึกษา เพื่อ กิจกรรม\tประสานงาน", (0, 30)),
    )
    got, issues = _descriptions(rows)
    assert not (got[2].endswith(" เพื่อ") and got[3].endswith(" กิจกรรม"))  # not one word each
    # the columns' widths part the line where the count does not: no parting fits them as measured (the first
    # column 11 at most, the second 8, the third 9), one only read a little wider (transposed._width_split,
    # WIDE_SLACK): "จัดทำคำสั่ง" | "สถานศึกษา" | "เพื่อ กิจกรรม", the cell apart the fourth's; said all the same
    assert got[0].endswith(" จัดทำคำสั่ง") and got[1].endswith(" สถานศึกษา") and got[2].endswith(" เพื่อ กิจกรรม")
    assert any(i.code == "entry_cell_in_doubt" and i.line_start == 104 for i in issues)


def test_a_line_whose_indent_ocr_dropped_goes_where_its_cells_carry_on_their_entries_words():
    # the first entry's cell ended ("...และผู้ร่วมโครงการ"); the next line's three cells stand at the margin, 15
    # apart: the gaps fit entries 1-3 and 2-4 alike; the last cell closes the fourth entry's parenthesis
    # ("(กิจกรรมที" / "3)"): entries 2-4 (fresh s63o003); before, the line went to entries 1-3
    rows = _table(
        ("รายละเอียด\tอยู่ระหว่าง\tอยู่ระหว่าง\tอยู่ระหว่างการ\tอยู่ระหว่าง", (0, 14, 26, 41, 56)),
        ("การดำเนินงาน\tการเตรียม\tขั้นตอน...\tเตรียมกิจกรรม\tติดต่อ", (0, 14, 26, 41, 56)),
        ("และผู้ร่วม\tๆ ค่า\tการประกวด\tศึกษาดูงาน", _COLS),
        ("โครงการ\tอาหารว่าง\tยอดนักอ่าน\t(กิจกรรมที", _COLS),
        ("เครื่องดื่ม\tและรอ\t3)", (0, 15, 30)),
    )
    got, issues = _descriptions(rows)
    assert got[0] == "อยู่ระหว่าง การเตรียม และผู้ร่วม โครงการ"
    assert got[1].endswith("อาหารว่าง เครื่องดื่ม") and got[2].endswith("ยอดนักอ่าน และรอ")
    assert got[3] == "อยู่ระหว่าง ติดต่อ ศึกษาดูงาน (กิจกรรมที 3)"
    assert any(i.code == "entry_cell_in_doubt" and i.line_start == 106 for i in issues)  # still said


def test_a_line_whose_words_tell_no_shift_stays_where_its_position_puts_it():
    rows = _table(
        ("รายละเอียด\tอยู่ระหว่าง\tอยู่ระหว่าง\tอยู่ระหว่างการ\tอยู่ระหว่าง", (0, 14, 26, 41, 56)),
        ("การดำเนินงาน\tการเตรียม\tขั้นตอน...\tเตรียมกิจกรรม\tติดต่อ", (0, 14, 26, 41, 56)),
        ("และผู้ร่วม\tๆ ค่า\tการประกวด\tศึกษาดูงาน", _COLS),
        ("โครงการ\tอาหารว่าง\tยอดนักอ่าน\tกิจกรรมที่", _COLS),
        ("เครื่องดื่ม\tและรอ\tสาม", (0, 15, 30)),
    )
    got, _ = _descriptions(rows)
    assert got[0].endswith("โครงการ เครื่องดื่ม") and got[3].endswith("กิจกรรมที่")


def test_a_word_goes_on_where_the_join_puts_a_word_across_a_cut_no_compound_of_two_words():
    assert _word_goes_on("ดำเนิน การสัมมนาเ", "ชิงปฏิบัติการ เรื่อง")  # เชิง across the cut
    assert _word_goes_on("เ ชิงปฏิบัติกา", "ร เรื่อง แนว")  # ปฏิบัติการ across the cut
    assert not _word_goes_on("ประชุม การ", "ประชุม")  # การประชุม: two whole words
    assert not _word_goes_on("อาหารว่างและ", "เครื่องดื่ม")
    assert not _word_goes_on("กิจกรรม 3", "ผลงาน")  # no Thai word at the end
    assert _paren_goes_on("ศึกษาดูงาน (กิจกรรมที", "3)")
    assert not _paren_goes_on("ศึกษาดูงาน (กิจกรรมที่ 3)", "2)")  # no parenthesis left open
    assert not _paren_goes_on("(กิจกรรมที", "(ข) 3)")
