"""A column of "date : description" cells (a table read column by column,
its headers a run of their own above it) where OCR read a cell's month
abbreviation as digits, its day set apart before them ("17 1.8. 67 :" for
17 ส.ค. 67, "๒๓ 4.0. ๒๕6๓ :", "18 1.8). 2568 :"): the day read as a
report's number cell and the rest as its date, it opened report 17, dated
1 August, which ended the column of headers, and every entry lost its
figures' and flags' place (flags unread, the last entry's text on report
17).  A numeric date prints no space between its month and its year: the
cell is a date OCR damaged past reading (its entry undated, and said), not
a number cell (clauses.NUMBER_CELL_RE)."""

from parsers.bma_progress.clauses import NUMBER_CELL_RE, events_of
from parsers.bma_progress.entries import parse_entries
from schemas.document import Line
from tests.lines import numbered_lines


def _column(cell: str):
    return parse_entries(numbered_lines(
        "รายงานครั้งที่ 1",
        "รายงานครั้งที่ 2",
        "รายงานครั้งที่ 3",
        "20 ก.พ. 67 :  จัดทำโครงการเพื่อขออนุมัติ",
        "1 มีนาคม 67 :  ประชุมผู้บริหารสถานศึกษาเพื่อกำหนดหัวข้อดำเนินงาน",
        f"{cell} ยกเลิกโครงการ เนื่องจากวิทยากรติดภารกิจ",
        "ความก้าวหน้าของงานฯ = 1 งบประมาณที่เบิกใช้ (ครั้งที่ 1) = 0 บาท",
        "ความก้าวหน้าของงานฯ = 4 งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0 บาท",
        "ความก้าวหน้าของงานฯ = 9 งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0 บาท",
        "เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        "ไม่เป็นไปตามแผน : เป็นไปตามเป้าหมาย",
        "เป็นไปตามแผน : ไม่เป็นไปตามเป้าหมาย", start=100))


def test_a_day_before_its_month_read_as_digits_is_a_damaged_date_not_an_entry_number():
    for cell in ("17 1.8. 67 :", "๒๓ 4.0. ๒๕6๓ :", "18 1.8). 2568 :"):
        result = _column(cell)
        entries = result.entries
        assert sorted(entries) == [1, 2, 3], cell
        assert [(e.figures.get("plan"), e.figures.get("target")) for _, e in sorted(entries.items())] == [
            (True, True), (False, True), (True, False)], cell
        assert entries[3].description == "ยกเลิกโครงการ เนื่องจากวิทยากรติดภารกิจ", cell
        assert entries[3].date is None and entries[3].date_text == cell[:-2], cell


def test_a_number_cell_before_a_numeric_date_stays_one():
    for text in ("3 12/5/2567 : x", "3 1.8.2567 : x", "12", "3\t1/8/67 : x", "4 2567-8-1 : x"):
        assert NUMBER_CELL_RE.match(text), text
    events = events_of(Line(5, "17 1.8. 67 : ยกเลิกโครงการ"))
    assert [(ev.kind, ev.value, ev.damaged) for ev in events[:1]] == [("date", None, "17 1.8. 67")]
