"""An OCR'd entries table whose entries are its columns (parsers.bma_progress.transposed): the description
row's label wrapped under itself ("รายละเอียด" / "การดำเนินงาน") is read as the label; once it is whole, a
line's first cell of the label's words ("ดำเนิน", "การ": a narrow column's wrapped word, its indent lost) is
an entry's text, no tail of the label (before, it was dropped and the entry lost its words)."""

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line

_COLS = (0, 16, 34, 52)
_TABLE = (
    ("รายการ\tรายงานครั้งที่ 1\tรายงานครั้งที่ 2\tรายงานครั้งที่ 3", _COLS),
    ("วันที่รายงาน\t10/01/2564\t12/02/2564\t15/03/2564", _COLS),
    ("รายละเอียด\tจัดทำคำสั่ง\tประชุม\tเวียนแจ้ง", _COLS),
    ("การดำเนินงาน\tคณะกรรมการ\tผู้บริหาร\tประชาสัมพันธ์", _COLS),
    ("ดำเนิน\tสถานศึกษา\tเชิญชวน", (0, 18, 36)),
    ("ความก้าวหน้าของงานฯ\t10\t20\t30", _COLS),
    ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t0 บาท", _COLS),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", _COLS),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", _COLS),
)


def _lines(rows) -> list[Line]:
    return [Line(i, text, cols=cols) for i, (text, cols) in enumerate(rows, start=100)]


def test_a_first_cell_of_the_label_s_words_under_a_whole_label_is_an_entry_s_text():
    entries = parse_entries(_lines(_TABLE)).entries
    assert sorted(entries) == [1, 2, 3]
    assert entries[1].description == "จัดทำคำสั่ง คณะกรรมการ ดำเนิน"
    assert entries[2].description == "ประชุม ผู้บริหาร สถานศึกษา"
    assert entries[3].description == "เวียนแจ้ง ประชาสัมพันธ์ เชิญชวน"


def test_the_label_s_wrapped_words_are_still_its_own():
    rows = list(_TABLE)
    rows[4] = ("\tสถานศึกษา\tเชิญชวน", (0, 34, 52))
    entries = parse_entries(_lines(rows)).entries
    assert all("การดำเนินงาน" not in e.description for e in entries.values())
    assert entries[1].description == "จัดทำคำสั่ง คณะกรรมการ"


def test_a_label_printed_whole_takes_no_tail():
    rows = list(_TABLE)
    rows[2] = ("รายละเอียดการดำเนินงาน\tจัดทำคำสั่ง\tประชุม\tเวียนแจ้ง", _COLS)
    rows[3] = ("การ\tผู้บริหาร\tประชาสัมพันธ์", (0, 18, 36))
    del rows[4]
    entries = parse_entries(_lines(rows)).entries
    assert entries[1].description == "จัดทำคำสั่ง การ"
    assert entries[3].description == "เวียนแจ้ง ประชาสัมพันธ์"


def test_a_label_word_cell_beside_an_expense_line_is_an_entry_s_text_when_the_cells_are_one_an_entry():
    # the last word of report 1's description ("...กำหนดหัวข้อ" / "ดำเนินงาน") at the margin, beside report 2's
    # and report 3's cells, one of them an expense line's (extra4 t009, fresh s43z008, s47z001, cut down): with
    # the first cell the line holds one cell an entry, so the word is report 1's; before, a line holding an
    # expense line's words kept the label's reading and report 1 lost its last word
    rows = list(_TABLE)
    rows[4] = ("ดำเนินงาน\tเป็นเงิน 1,500 บาท\tเชิญชวน", (0, 18, 36))
    entries = parse_entries(_lines(rows)).entries
    assert entries[1].description == "จัดทำคำสั่ง คณะกรรมการ ดำเนินงาน"
    assert entries[3].description == "เวียนแจ้ง ประชาสัมพันธ์ เชิญชวน"
    # fewer cells than entries: left as before (the rules that place expense lines)
    rows[4] = ("ดำเนินงาน\tเป็นเงิน 1,500 บาท", (0, 18))
    entries = parse_entries(_lines(rows)).entries
    assert "ดำเนินงาน" not in entries[1].description
