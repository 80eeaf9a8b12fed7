"""An OCR'd entries table whose entries are its columns (parsers.bma_progress.transposed): a description line of
fewer cells than entries that opens with a word the label's wrap may leave at the margin ("ดำเนินงาน") is placed
by the gaps between its cells (transposed._unindented_fits) once the description's label is whole ("รายละเอียดการ"
/ "ดำเนินงาน" on the lines above): the word is then report 1's last words, and a cell a wide gap after it stands
under report 3 when report 2's cell ended above (fresh s70z009's second copy, cut down).  Before, the line was
placed by the headers' columns, which the label's column shifts, and report 3's words went to report 2."""

from parsers.bma_progress.entries import parse_entries
from schemas.document import Line

_COLS = (0, 17, 34, 48)
_TABLE = (
    ("รายการ\tครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3", _COLS),
    ("วันที่รายงาน\t8/2/2566\t29/3/2566\t13/4/2566", _COLS),
    ("รายละเอียดการ\tประชุมผู้บริหาร\tจัดเตรียม\tยังไม่ได้ดำเนินกิจกรรม", _COLS),
    ("ดำเนินงาน\tสถานศึกษาเพื่อ\tข้อมูล/จัดทำ\tตามแผน เนื่องจาก", _COLS),
    ("กำหนดหัวข้อ\tโครงการ\tโรงเรียนมีภารกิจการ", (0, 19, 33)),
    ("ดำเนินงาน\tทดสอบระดับชาติ", (0, 32)),
    ("(O-NET) ในช่วงเวลา", ()),
    ("ความก้าวหน้าของงานฯ\t7.00 %\t17.00 %\t20.50 %", _COLS),
    ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t0 บาท", _COLS),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tไม่เป็นไปตามแผน", _COLS),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", _COLS),
)


def _lines(rows) -> list[Line]:
    return [Line(i, text, cols=cols) for i, (text, cols) in enumerate(rows, start=100)]


def test_a_label_word_under_a_whole_label_is_placed_by_the_gaps():
    entries = parse_entries(_lines(_TABLE)).entries
    assert sorted(entries) == [1, 2, 3]
    assert entries[1].description == "ประชุมผู้บริหาร สถานศึกษาเพื่อ กำหนดหัวข้อ ดำเนินงาน"
    assert entries[2].description == "จัดเตรียม ข้อมูล/จัดทำ โครงการ"
    assert entries[3].description.startswith("ยังไม่ได้ดำเนินกิจกรรม ตามแผน เนื่องจาก โรงเรียนมีภารกิจการ ทดสอบระดับชาติ")


def test_the_label_s_wrapped_word_still_places_nothing():
    # the label wrapped a third time ("รายละเอียด" / "การ" / "ดำเนินงาน"): the word at the margin is the label's,
    # and the line's cell is placed as before (by the headers' columns)
    rows = list(_TABLE)
    rows[2] = ("รายละเอียด\tประชุมผู้บริหาร\tจัดเตรียม\tยังไม่ได้ดำเนินกิจกรรม", _COLS)
    rows[3] = ("การ\tสถานศึกษาเพื่อ\tข้อมูล/จัดทำ\tตามแผน เนื่องจาก", _COLS)
    rows[4] = ("ดำเนินงาน\tกำหนดหัวข้อ\tโครงการ\tโรงเรียนมีภารกิจการ", _COLS)
    del rows[5]
    entries = parse_entries(_lines(rows)).entries
    assert all("ดำเนินงาน" not in e.description for e in entries.values())
    assert entries[1].description == "ประชุมผู้บริหาร สถานศึกษาเพื่อ กำหนดหัวข้อ"
