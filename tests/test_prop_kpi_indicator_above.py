"""A KPI row's indicator whose first words OCR read on the line right above
the row's line (the indicator's cell taller than the row's others), after
a row before it: that line went to the row before as the last line of its
method, and the row's indicator kept only its last words ("ที่กำหนด"), with
no issue naming either.  parsers.bma_proposal.kpis.read_rows gives it back
to the row whose line it stands over, as lead_into_first_row does for a
first row, where it is one cell of indicator words, wider than every other
line of that method."""

from parsers.bma_proposal.kpis import read_rows
from schemas.document import Line


def _rows(*texts: str, start: int = 10):
    lines = [Line(start + k, t) for k, t in enumerate(texts) if t]
    return read_rows(lines)[0]


ROW_1 = ["ผู้เข้ารับการอบรม ร้อยละ    ผลลัพธ์ วิธีการคำนวณ      ปีงบประมาณ",
         "มีความรู้         80              จำนวนผู้ที่มีคะแนน 2570",
         "ความเข้าใจ                       หลังการอบรมสูงขึ้น",
         "ทั้งหมด x 100",
         "วัด แบบทดสอบ"]
ABOVE = "โรงเรียนมีการรายงานผลการดำเนินงานครบถ้วนและส่งผลงานนักเรียนตามเกณฑ์"
ROW_2 = "ที่กำหนด   ร้อยละ 95  ผลผลิต    วิธีการคำนวณ จำนวนโรงเรียนที่มีผลงาน"


def test_the_indicator_s_first_line_above_a_later_row_is_that_row_s():
    rows = _rows(*ROW_1, ABOVE, ROW_2)
    assert len(rows) == 2
    assert rows[1].text == [ABOVE, "ที่กำหนด"] and rows[1].lines[:2] == [15, 16]
    assert ABOVE not in rows[0].method and rows[0].lines[-1] == 14


def test_a_method_line_as_narrow_as_the_method_s_others_or_parted_by_a_blank_line_stays_the_method_s():
    narrow = "ก่อนและหลังการอบรม"
    rows = _rows(*ROW_1, narrow, ROW_2)
    assert rows[0].method[-1] == narrow and rows[1].text == ["ที่กำหนด"]
    rows = _rows(*ROW_1, ABOVE, "", ROW_2)  # a blank line between: the row's line stands apart from it
    assert rows[0].method[-1] == ABOVE and rows[1].text == ["ที่กำหนด"]


def test_a_percent_cell_whose_tone_mark_ocr_lost_among_a_row_s_text_says_the_columns_were_read_apart():
    # a KPI table OCR read down its columns: both rows' indicators, then both values ("รอยละ": ร้อยละ without its
    # tone mark), then one type; the one row read takes the second value and type, which must not pass silently
    from parsers.bma_proposal.kpis import read_cells

    texts = ["ผู้เข้ารับการอบรม", "มีความรู้", "โรงเรียนมีการ", "รายงานผลการ", "รอยละ", "8๐", "รอยละ", "95", "ผลผลิต",
             "วิธีการคำนวณ", "จำนวนผู้ที่มี", "ไตรมาสที่ 4"]
    rows, _ = read_cells([Line(k + 1, t) for k, t in enumerate(texts)])
    assert len(rows) == 1 and rows[0].value == ["รอยละ", "95"] and rows[0].mixed
    # one row's own value before its type is no other row's cell
    rows, _ = read_cells([Line(k + 1, t) for k, t in enumerate(["ผู้เข้ารับการอบรม", "รอยละ", "80", "ผลผลิต",
                                                                  "วิธีการคำนวณ", "ไตรมาสที่ 4"])])
    assert len(rows) == 1 and not rows[0].mixed
