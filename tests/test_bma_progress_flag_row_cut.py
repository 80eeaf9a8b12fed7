"""BMA progress form, the entries printed as the columns of a table (parsers.bma_progress.transposed) and OCR'd
with narrow columns: a flag row's cells wrapped after their opening words ("ความสอดค เป็นไปตาม ไม่เป็นไปตาม ..." /
"ล้องกับแผน แผน<tab>แผน<tab>แผน"), the gap between the label's tail and the first object lost, so the objects
were placed by position and most entries' cells kept the opening words alone: no flag.  A flag row's cell that is
the opening words alone (specks or the row's own object after them at most) is read as the row's flag, met
unless ไม่ opens it, said (transposed._flag_of_row, label_inferred)."""

from parsers.bma_progress.entries import figure_values, parse_entries
from parsers.bma_progress.transposed import _flag_of_row
from schemas.document import Line


def _ocr_lines(*rows: tuple[str, tuple[int, ...]], start: int = 1) -> list[Line]:
    return [Line(i, text, cols=cols) for i, (text, cols) in enumerate(rows, start=start)]


_COLS = (0, 24, 44, 62)
_TABLE = (
    ("รายการ\tครั้งที่ 5\tครั้งที่ 6\tครั้งที่ 7", _COLS),
    ("วันที่รายงาน\t1/3/2567\t29/4/2567\t8/5/2567", _COLS),
    ("รายละเอียดการดำเนินงาน\tอยู่ระหว่างการเตรียม\tดำเนินการอบรม\tจัดกิจกรรมนิเทศ", _COLS),
    ("ความก้าวหน้าของงานฯ\t16.0%\t21.5%\t24.0%", _COLS),
    ("งบประมาณที่เบิกใช้\t0.00 บาท\t0.00 บาท\t0.00 บาท", _COLS),
    ("ความสอดค เป็นไปตาม ไม่เป็นไปตาม เป็นไปตาม", ()),
    ("ล้องกับแผน แผน\tแผน\tแผน", (0, 44, 62)),
    ("ความสอดค เป็นไปตาม เป็นไปตาม เป็นไปตาม", ()),
    ("ล้องกับ\tเป้าหมาย เป้าหมาย เป้าหมาย", (0, 24)),
    ("เป้าหมาย", ()),
    ("ขอรับรองว่า ข้อมูลที่ปรากฏในเอกสารฉบับนี้", ()),
)


def test_a_flag_rows_cells_cut_to_their_opening_words_read_as_the_rows_flags_and_said():
    result = parse_entries(_ocr_lines(*_TABLE, start=200))
    got = {seq: (figure_values(e)[0].get("on_plan"), figure_values(e)[0].get("on_target"))
           for seq, e in sorted(result.entries.items())}
    assert got == {5: (True, True), 6: (False, True), 7: (True, True)}
    said = [i for i in result.issues if i.code == "label_inferred"]
    assert said and all("ไม่" in i.message and i.line_start in (205, 207) for i in said)


def test_only_the_opening_words_alone_of_the_rows_own_flag_are_read():
    assert _flag_of_row("เป็นไปตาม", "on_plan") == "เป็นไปตามแผน"
    assert _flag_of_row("ไม่เป็นไปตา", "on_target") == "ไม่เป็นไปตามเป้าหมาย"
    assert _flag_of_row("เป็นไปตาม ‘la แผน", "on_plan") == "เป็นไปตามแผน"
    for value, row in (("เป็นไปตาม เป้าหมาย", "on_plan"), ("เป็นไปตามแผน", "on_plan"), ("แผน", "on_plan"),
                       ("เป็นไปตาม ดำเนินการ", "on_target")):
        assert _flag_of_row(value, row) is None, value
