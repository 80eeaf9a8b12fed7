"""BMA progress entries as a table run on in a paragraph whose row label OCR damaged past the letter-tolerant
pattern (fresh sets s52o010, "งบประมาณทที่เบิกใช้", ท doubled; s52z004, "าบประบารกกไข้" for งบประมาณที่เบิกใช้): the
labels were not found in the form's order, so the whole table was left as text and every field of its reports was
lost.  A long label is read by its skeleton with one letter changed, added or dropped; the disbursement row's label
damaged past that is read by its place, between the progress row's figures and the row's amounts in baht (said).
A labels' column (the labels on lines of their own, blank lines between: another layout) is not read so."""

from parsers.bma_progress.transposed import _damaged_run_label, _lost_amounts_label, untranspose_with_doubts
from schemas.document import Line
from tests.conftest import entries_by_header

_TABLE = (
    "ครั้งที่ ๓ ครั้งที่ 4 วันที่รายงาน 5 มิถุนายน 2565 9",
    "กรกฎาคม 2565 รายละเอียดการดำเนินงาน จัดทำโครงการเพื่อขออนุมัติ",
    "ความก้าวหน้าของงานฯ ๑๑.๐% 14.0% งบประมาณที่เบิกใช้ 0 บาท 20,200 บาท",
    "ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย",
    "เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย",
)


def _read(lines):
    return untranspose_with_doubts([Line(no, t) for no, t in enumerate(lines, start=53)])


def test_a_label_with_a_doubled_letter_is_read():
    lines = list(_TABLE)
    lines[2] = "ความก้าวหน้าของงานฯ ๑๑.๐% 14.0% งบประมาณทที่เบิกใช้ 0 บาท 20,200 บาท"
    out, _ = _read(lines)
    got = entries_by_header(out)
    assert "งบประมาณที่เบิกใช้ = 20,200 บาท" in got["รายงานครั้งที่ 4"]
    assert "ความก้าวหน้าของงานฯ = ๑๑.๐ %" in got["รายงานครั้งที่ ๓"]


def test_a_label_with_a_dropped_letter_is_read():
    lines = list(_TABLE)
    lines[3] = "ความสอดล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน ความสอดคล้องกับเป้าหมาย"  # (ค dropped)
    out, _ = _read(lines)
    got = entries_by_header(out)
    assert ": เป็นไปตามแผน" in got["รายงานครั้งที่ 4"]


def test_the_damaged_label_is_found_where_it_stands():
    src = "ความก้าวหน้าของงานฯ 11 14 งบประมาณทที่เบิกใช้ 0 บาท 20 บาท"
    a, b = _damaged_run_label(src, 0, len(src), "disbursed")
    assert src[a:b] == "งบประมาณทที่เบิกใช้"


def test_a_labels_column_is_not_read_so():
    # (s53o006: the labels each on a line of their own, a blank line inside one: a table read column by column)
    src = "ความก้าวหน้า\nของงานฯ\n\nงบประมาณทีเบิก\n\nใช้\n\nความสอดคล้อง\nกับแผน"
    assert _damaged_run_label(src, 0, len(src), "disbursed") is None


def test_a_label_damaged_past_reading_is_read_by_its_place_and_said():
    lines = list(_TABLE)
    lines[2] = "ความก้าวหน้าของงานฯ 73 78 าบประบารกกไข้ 3,000.00 บาท 0.00 บาท"
    out, issues = _read(lines)
    got = entries_by_header(out)
    assert "งบประมาณที่เบิกใช้ = 3,000.00 บาท" in got["รายงานครั้งที่ ๓"]
    assert "ความก้าวหน้าของงานฯ = 78 %" in got["รายงานครั้งที่ 4"]
    assert any(i.field == "progress_reports.disbursed" and "damaged past reading" in i.message for i in issues)


def test_a_place_that_does_not_fit_the_shapes_gives_no_label():
    src = "73 78 าบประบารกกไข้ 3,000.00 บาท "
    assert _lost_amounts_label(src, 0, len(src), 2) is None  # one amount for two reports
    src = "73 าบประบารกกไข้ 3,000.00 บาท 0.00 บาท "
    assert _lost_amounts_label(src, 0, len(src), 2) is None  # one figure for two reports
    src = "73 78 าบประบารกกไข้ 3,000.00 บาท 0.00 บาท ค่าวัสดุ "
    assert _lost_amounts_label(src, 0, len(src), 2) is None  # text after the amounts
    src = "73 78 าบประบารกกไข้ 3,000.00 บาท 0.00 บาท "
    assert _lost_amounts_label(src, 0, len(src), 2) == (6, 19)
