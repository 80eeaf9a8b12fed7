"""An entries table whose header row, date row and first description lines
OCR read across, then its labels' column on its own (the progress row's label
on, "ความก้าวหน้าของ" / "งานฯ" / ... / "รายการ" / "วันที่รายงาน" / ...), then
the rest of its rows across with no label: the description's last cells, the
progress, the amounts, the flags (parsers.bma_progress.transposed.
_labels_column_within; s38z008).  Before, the label with no value ended the
table there: no entry got its figures or flags."""

from decimal import Decimal

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line
from tests.bma_entries import assert_entry_figures


def _lines(*texts: str, start: int = 100) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts, start=start)]


_ACROSS = (
    "รายการ\tครั้งที่ 1\tครั้งที่ 2",
    "วันที่รายงาน\t5 ธันวาคม 2564\t26 มกราคม 2565",
    "รายละเอียดการ\tจัดทำคำสั่ง\tได้รับการอนุมัติ",
    "ดำเนินงาน\tคณะกรรมการ และ\tและโอนเงินกิจกรรม",
)
_LABELS = ("ความก้าวหน้าของ", "งานฯ", "งบประมาณที่เบิก", "ใช้", "ความสอดคล้อง", "กับแผน", "ความสอดคล้อง",
           "กับเป้าหมาย", "รายการ", "วันที่รายงาน", "รายละเอียด", "การ")
_REST = ("เจ้าหน้าที่\tโดยผ่านเขต", "9.00 %\t15.00 %", "0 บาท\t1,500 บาท", "เป็นไปตามแผน\tไม่เป็นไปตามแผน",
         "เป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย")


def test_rows_with_no_label_after_the_labels_column_inside_the_table_go_on_with_it():
    entries = parse_entries(_lines(*_ACROSS, *_LABELS, *_REST)).entries
    assert sorted(entries) == [1, 2]
    assert_entry_figures(entries, {1: (Decimal("9"), Decimal("0"), True, "จัดทำคำสั่ง"),
                                   2: (Decimal("15"), Decimal("1500"), False, "ได้รับการอนุมัติ")})
    assert "เจ้าหน้าที่" in entries[1].description and "โดยผ่านเขต" in entries[2].description


def test_no_progress_row_after_the_labels_column_ends_the_table_as_before():
    # the labels' column, then text that is no row of the table: the table ends at the label, as before
    entries = parse_entries(_lines(*_ACROSS, *_LABELS, "ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้",
                                   "ลงชื่อ ผู้รับผิดชอบโครงการ")).entries
    assert all("progress" not in e.figures for e in entries.values())


# the progress row read across too, then the labels' column from the disbursement's label on (maybe read twice),
# then the disbursement and flag rows across with no label (extra3 w018, s60o's wide tables)
_ACROSS_PROGRESS = (*_ACROSS, "ความก้าวหน้า\t9.00 %\t15.00 %", "ของงานฯ")
_LOWER_LABELS = ("งบประมาณที่เบิก", "ใช้", "ความสอดคล้อง", "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย", "วันทีรายงาน",
                 "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้าของ", "งานฯ", "งบประมาณที่เบิกใช้", "ความสอดคล้องกับ",
                 "แผน", "ความสอดคล้องกับ", "เป้าหมาย")
_LOWER = ("0 บาท\t1,500 บาท", "เป็นไปตามแผน\tไม่เป็นไปตามแผน", "เป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย")


def test_lower_rows_with_no_label_after_the_labels_column_below_the_progress_row_go_on_with_it():
    entries = parse_entries(_lines(*_ACROSS_PROGRESS, *_LOWER_LABELS, *_LOWER)).entries
    assert sorted(entries) == [1, 2]
    assert_entry_figures(entries, {1: (Decimal("9"), Decimal("0"), True, "จัดทำคำสั่ง"),
                                   2: (Decimal("15"), Decimal("1500"), False, "ได้รับการอนุมัติ")})


def test_no_disbursement_row_after_the_labels_column_below_the_progress_row_ends_the_table_as_before():
    # a row of flags first (the disbursements lost): no row the form prints next, the table ends at the label
    entries = parse_entries(_lines(*_ACROSS_PROGRESS, *_LOWER_LABELS, *_LOWER[1:])).entries
    assert all(e.figures.get("disbursed") is None for e in entries.values())
