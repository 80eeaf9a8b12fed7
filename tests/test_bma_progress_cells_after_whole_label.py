"""An OCR'd entries table whose entries are its columns (parsers.bma_progress.transposed), its description
label whole already ("รายละเอียดการ" / "ดำเนินงาน"): a later description line whose first cell opens with the
label's words ("ดำเนินงาน การคัดเลือกและตัดสิน": the last word of report 1's "...หัวข้อดำเนินงาน" beside
report 2's cell, the gap read as one space) opens with an entry's text, not the label's, so it is weighed by
the columns' widths and parted where they allow one way only, as any other line (_width_fit, _width_split);
before, the whole cell went to the first entry and report 2 lost its words."""

from parsers.bma_progress.entries import parse_entries
from tests.test_bma_progress_transposed import _ocr_lines

_TABLE = (
    ("รายการ\tรายงานครั้งที่ 1\tรายงานครั้งที่ 2", (0, 16, 40)),
    ("วันที่รายงาน\t10/01/2564\t12/02/2564", (0, 16, 40)),
    ("รายละเอียดการ\tประชุมผู้บริหาร\tอยู่ระหว่างขั้นตอน...", (0, 16, 40)),
    ("ดำเนินงาน\tเพื่อกำหนดหัวข้อ\tพิจารณาเกณฑ์", (0, 16, 40)),
    ("ดำเนินงาน การคัดเลือกและตัดสิน", ()),
    ("ความก้าวหน้าของงานฯ\t10\t20", (0, 16, 40)),
    ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท", (0, 16, 40)),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 16, 40)),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 16, 40)),
)


def test_a_cell_opening_with_the_label_s_words_once_the_label_is_whole_is_parted_by_the_widths():
    result = parse_entries(_ocr_lines(*_TABLE, start=100))
    entries = result.entries
    assert sorted(entries) == [1, 2]
    assert entries[1].description == "ประชุมผู้บริหาร เพื่อกำหนดหัวข้อ ดำเนินงาน"
    assert entries[2].description == "อยู่ระหว่างขั้นตอน... พิจารณาเกณฑ์ การคัดเลือกและตัดสิน"
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.description" and i.line_start == 104
               for i in result.issues)


def test_the_label_s_last_words_before_a_cell_while_the_label_is_cut_stay_the_label_s():
    rows = list(_TABLE)
    rows[3] = ("\tเพื่อกำหนดหัวข้อ\tพิจารณาเกณฑ์", (0, 16, 40))  # the label's "ดำเนินงาน" not yet read
    rows[4] = ("ดำเนินงาน การคัดเลือกและตัดสิน", ())
    result = parse_entries(_ocr_lines(*rows, start=100))
    assert "ดำเนินงาน" not in " ".join(e.description or "" for e in result.entries.values())
