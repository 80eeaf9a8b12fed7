"""BMA progress entries printed as the columns of a table (transposed), a
description line holding fewer cells than entries with no label's cell
before it: OCR keeps no indent, so its first cell stands at column 0
whatever entry it is ("ดำเนินการในเดือน<tab>คณะกรรมการดำเนินโครงการ", the
second and third entries' text, the first entry's already ended; fresh
sets h s20h008, setb s19bpb001).  Before, each cell went to the entry whose
header's column was nearest its own, so the first cell always went to the
first entry and the rest shifted with it: the second entry's text and
expense lines were read under the first report, the third's under the
second.  Now the gaps between the line's cells decide: where exactly one
entry for the first cell puts every other cell at an entry's column (the
columns the table's full rows print), in order, those are the cells'
entries; where none or several fit, or the first cell opens with a label's
wrapped words (it stands at the margin), placement is as before.  Either
way the line stays said (entry_cell_in_doubt)."""

from parsers.bma_progress.transposed import untranspose_with_doubts
from schemas.document import Line
from tests.conftest import entries_by_header


def _table(*middle):
    rows = [
        ("ครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3", (0, 13, 34)),  # the header row's label cell lost
        ("วันที่รายงาน\t24/03/2564\t04/05/2564\t01/07/2564", (0, 17, 31, 54)),
        ("รายละเอียดการ\tจัดทำ\tเลื่อนการอบรมครู\tอยู่ระหว่างการเตรียมการอบรม", (0, 17, 31, 53)),
        ("ดำเนินงาน\tโครงการ\tแกนนำสะเต็มศึกษา\tครูแกนนำสะเต็มศึกษา", (0, 17, 31, 52)),
        ("เพื่อ\tเนื่องจากวิทยากรติด\tและรอการอนุมัติคำสั่ง 2 ฉบับ", (0, 15, 37)),
        *middle,
        ("ความก้าวหน้า\t2\t9\t25", (0, 17, 31, 54)),
        ("งบประมาณที่\t0 บาท\t12,900 บาท\t0 บาท", (0, 16, 30, 54)),
        ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tไม่เป็นไปตามแผน\tเป็นไปตามแผน", (0, 16, 29, 51)),
        ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 16, 30, 52)),
    ]
    return [Line(no, text, cols=cols) for no, (text, cols) in enumerate(rows, start=112)]


def test_unindented_cells_go_to_the_entries_their_gaps_fit():
    lines = _table(("ดำเนินการในเดือน\tคณะกรรมการดำเนินโครงการ", (0, 22)),
                   ("ถัดไป ค่าวัสดุ = 5,000 บาท\t2. คำสั่งผู้เข้าร่วมกิจกรรม", (0, 22)))
    out, issues = untranspose_with_doubts(lines)
    got = entries_by_header(out)
    first, second, third = got["รายงานครั้งที่ 1"], got["รายงานครั้งที่ 2"], got["รายงานครั้งที่ 3"]
    assert "ดำเนินการในเดือน" in second and "ถัดไป ค่าวัสดุ = 5,000 บาท" in second
    assert "คณะกรรมการดำเนินโครงการ" in third and "2. คำสั่งผู้เข้าร่วมกิจกรรม" in third
    assert not any("ดำเนินการในเดือน" in t or "ค่าวัสดุ" in t for t in first)
    # still said: the placement is the layout's reading, not printed
    said = {(i.line_start, i.field) for i in issues if i.code == "entry_cell_in_doubt"}
    assert (117, "progress_reports.description") in said and (118, "expenses") in said


def test_gaps_that_fit_no_entry_or_several_leave_the_placement_as_before():
    # a gap between two entries' columns (no shift puts it at one), and a line opening with a label's wrapped words
    # (cells as narrow as the first entry's: the columns' widths tell nothing either, transposed._width_fit)
    lines = _table(("จัดประชุม\tคณะกรรมการ", (0, 8)),
                   ("การดำเนินงาน ขั้นตอน\tกิจกรรมตาม", (0, 36)))
    got = entries_by_header(untranspose_with_doubts(lines)[0])
    assert "จัดประชุม" in got["รายงานครั้งที่ 1"]
    assert "คณะกรรมการ" in got["รายงานครั้งที่ 2"]
    assert "การดำเนินงาน ขั้นตอน" in got["รายงานครั้งที่ 1"]


def test_a_label_tails_cells_go_by_the_columns_the_full_rows_print():
    # a line opening with the label's wrapped words counts its columns from the margin, as the table's full rows
    # do; the header row (its label cell lost) counts them from its first header, so by the headers the
    # cell at column 31 was the third entry's
    rows = [
        ("ครั้งที่ 1\tครั้งที่ 2\tครั้งที่ 3", (0, 13, 34)),
        ("วันที่รายงาน\t24/03/2564\t04/05/2564\t01/07/2564", (0, 17, 31, 54)),
        ("รายละเอียดการ\tจัดทำโครงการ\tเลื่อนการอบรมครู\tอยู่ระหว่างการเตรียมการอบรม", (0, 17, 31, 53)),
        ("ดำเนินงาน\tแกนนำสะเต็มศึกษา", (0, 31)),
        ("ความก้าวหน้า\t2\t9\t25", (0, 17, 31, 54)),
        ("งบประมาณที่\t0 บาท\t12,900 บาท\t0 บาท", (0, 16, 30, 54)),
        ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tไม่เป็นไปตามแผน\tเป็นไปตามแผน", (0, 16, 29, 51)),
        ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 16, 30, 52)),
    ]
    lines = [Line(no, text, cols=cols) for no, (text, cols) in enumerate(rows, start=112)]
    got = entries_by_header(untranspose_with_doubts(lines)[0])
    assert "แกนนำสะเต็มศึกษา" in got["รายงานครั้งที่ 2"]
    assert "แกนนำสะเต็มศึกษา" not in got["รายงานครั้งที่ 3"]
