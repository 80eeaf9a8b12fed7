"""An OCR'd entries table whose entries are its columns (parsers.bma_progress.transposed): a description line
of one cell with no page column (OCR lost its indent) that goes on with an expense line the reading order's
entry left open just above ("... ดำเนินงาน ค่าเช่า" / "รถโดยสาร จำนวน" / "๑ คันๆ ละ ๑๒,๐๐๐.- บาท" ...: fresh set
s61z, bma_progress_s61z001) stays with that entry, however much wider than the cells measured in its column on
the lines of one cell per entry (transposed._goes_on_open_expense).  Before, _width_fit gave the line to the
first entry, and every later line of the expense with it."""

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line


def _ocr_lines(*rows: tuple[str, tuple[int, ...]], start: int = 1) -> list[Line]:
    return [Line(i, text, cols=cols) for i, (text, cols) in enumerate(rows, start=start)]


_TABLE = [
    ("รายการ\tครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3", (0, 16, 30, 44)),
    ("วันที่รายงาน\t3/11/2562\t13/1/2563\t26/2/2563", (0, 16, 30, 44)),
    ("รายละเอียดการ\tจัดทำคำสั่งแต่งตั้งคณะกรรมการดำเนินงาน\tจัดเตรียม\tประชุมผู้บริหาร", (0, 16, 50, 64)),
    ("ดำเนินงาน เจ้าหน้าที่\tโครงการ\tกำหนดหัวข้อ", (0, 50, 64)),
    ("ดำเนินโครงการ\tดำเนินงาน ค่าเช่า", (0, 64)),
    ("รถโดยสารประจำทาง จำนวน", ()),
    ("๑ คันๆ ละ ๑๒,๐๐๐ บาท", ()),
    ("เป็นเงิน ๑๒,๐๐๐ บาท", ()),
    ("ความก้าวหน้าของงานฯ\t46\t60\t68", (0, 16, 30, 44)),
    ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t12,000 บาท", (0, 16, 30, 44)),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 16, 30, 44)),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 16, 30, 44)),
]


def test_a_wide_line_going_on_with_an_open_expense_line_stays_with_its_entry():
    result = parse_entries(_ocr_lines(*_TABLE, start=100))
    entries = result.entries
    assert [(e.item.replace(" ", ""), e.amount) for e in entries[3].expenses] == [("ค่าเช่ารถโดยสารประจำทาง", "๑๒,๐๐๐")]
    assert not entries[1].expenses and "รถโดยสาร" not in entries[1].description
    assert any(i.code == "entry_cell_in_doubt" and i.line_start == 105 for i in result.issues)  # still said
    assert "รถโดยสาร" not in entries[2].description


def test_a_wide_line_after_no_open_expense_line_is_still_placed_by_width():
    rows = list(_TABLE)
    rows[4] = ("ดำเนินโครงการ\tดำเนินงาน", (0, 64))
    rows[5] = ("เพื่อขออนุมัติโครงการประจำปี", ())  # wider than the third column's cells, no expense open
    rows[6] = ("ความก้าวหน้าของงานฯ\t46\t60\t68", (0, 16, 30, 44))
    rows[7] = ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t0 บาท", (0, 16, 30, 44))
    del rows[8:10]
    result = parse_entries(_ocr_lines(*rows, start=100))
    assert "เพื่อขออนุมัติโครงการประจำปี" not in result.entries[3].description


def test_not_for_an_entry_that_spent_nothing():
    # the third report's disbursement 0: a report that spent nothing lists no expense line, so the open
    # expense line above may be another entry's cell placed by position; the width places the wide line
    rows = list(_TABLE)
    rows[9] = ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t0 บาท", (0, 16, 30, 44))
    result = parse_entries(_ocr_lines(*rows, start=100))
    assert "รถโดยสาร" not in result.entries[3].description
    assert not any("รถโดยสาร" in e.item for e in result.entries[3].expenses)
