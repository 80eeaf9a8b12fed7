"""A report's date on the line below its header, OCR having read the
separator before its year as a bar glued to it and lost the one between
day and month ("รายงานครั้งที่ 3 ::" / "๑๕๓|๒๕๒๑ : : ๑) ขอรายชื่อ..." for
๑๕/๓/๒๕๖๑): the head "๑๕๓" was read as a table's number cell (a bar
follows it), the line opened a piece of its own, and the date's text
became the start of the entry's description, the date lost without a
trace of its printing.  A table's bar stands between cells and no cell is
a year alone: a number glued to "|" and four digits is the head of a date
OCR damaged (clauses.NUMBER_CELL_RE); the slot is kept as printed, the
entry undated and said."""

from parsers.bma_progress.clauses import NUMBER_CELL_RE
from parsers.bma_progress.entries import parse_entries
from tests.lines import numbered_lines


def test_a_number_glued_by_a_bar_to_a_year_is_no_number_cell():
    for text in ("๑๕๓|๒๕๒๑ : : ๑) ขอรายชื่อ", "153|2561 : x", "3/5|2561 :"):
        assert not NUMBER_CELL_RE.match(text.replace("๑", "1").replace("๕", "5").replace("๓", "3")
                                        .replace("๒", "2")), text
    for text in ("3 | 12/5/2567 : x", "3|", "12 |", "3 | 2567-8-1 : x", "3|2567-8-1 : x"):
        assert NUMBER_CELL_RE.match(text), text


def test_the_damaged_date_below_its_header_is_kept_as_printed_not_described():
    result = parse_entries(numbered_lines(
        "รายงานครั้งที่ 2 :: 3 ก.พ. 2561 : จัดทำโครงการ",
        "ความก้าวหน้าของงานฯ = 10.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 2) = 0.- บาท : เป็นไปตามแผน : "
        "เป็นไปตามเป้าหมาย รายงานครั้งที่ 3 ::",
        "๑๕๓|๒๕๒๑ : : ๑) ขอรายชื่อผู้ร่วมกิจกรรม",
        "ความก้าวหน้าของงานฯ = 26.00 % : งบประมาณที่เบิกใช้ (ครั้งที่ 3) = 0.- บาท : เป็นไปตามแผน : "
        "เป็นไปตามเป้าหมาย", start=120))
    entry = result.entries[3]
    assert entry.date is None and entry.date_text == "๑๕๓|๒๕๒๑"
    assert entry.description.startswith("๑) ขอรายชื่อ")
