"""BMA progress form, an entries table read column by column where OCR read a later column's header (report 7's,
of the next block) alone between two whole columns, right over the next column's own header ("รายงานครั้งที่ 7" /
"รายงานครั้งที่ 5" / "09/06/2566" / ...).  A column holds one header over its cells, so the two cannot both open
what follows; the upper one, ahead of the lower in number, opens no entry here (stacked._header_over_column): set
aside, said.  Before, it stood as report 7 with no cells, the sequence read report 5 as 8 and 6 as 9, and their
dates and descriptions went to other reports."""

from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.stacked import restack_with_doubts
from tests.lines import numbered_lines

COLUMNS = ("รายงานครั้งที่ 4", "17/05/2566", "อยู่ระหว่างติดต่อ", "ประสานงาน", "39", "0 บาท", "เป็นไปตามแผน",
           "เป็นไปตาม", "เป้าหมาย", "", "รายงานครั้งที่ 7", "", "รายงานครั้งที่ 5", "", "09/06/2566",
           "อยู่ระหว่างการดำเนินการ", "ดังนี้ ขอรายชื่อผู้ร่วม", "43", "0 บาท", "เป็นไปตามแผน", "เป็นไปตามเป้าหมาย", "",
           "รายงานครั้งที่ 6", "30/07/2566", "จัดกิจกรรมนิเทศ", "ติดตาม", "69", "0 บาท", "เป็นไปตาม", "แผน", "เป็นไปตาม",
           "เป้าหมาย")


def test_a_header_ahead_of_its_place_over_a_whole_column_opens_no_entry():
    result = parse_entries(numbered_lines(*COLUMNS, start=200))
    assert sorted(result.entries) == [4, 5, 6]
    assert [str(result.entries[k].date) for k in (4, 5, 6)] == ["2023-05-17", "2023-06-09", "2023-07-30"]
    assert result.entries[5].description == "อยู่ระหว่างการดำเนินการ ดังนี้ ขอรายชื่อผู้ร่วม"
    assert [result.entries[k].figures.get("progress") for k in (4, 5, 6)] == ["39", "43", "69"]
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and "รายงานครั้งที่ 7" in str(i.evidence)]
    assert said and said[0].field == "progress_reports.seq"


def test_a_run_of_headers_one_a_line_is_no_header_out_of_place():
    # a header row read column by column, its numbers running on, then the first column: nothing set aside
    lines = numbered_lines("รายงานครั้งที่ 1", "รายงานครั้งที่ 2", "", *COLUMNS[:9], start=10)
    _, issues = restack_with_doubts(lines)
    assert not any("stands alone right after a whole column" in i.message for i in issues)


def test_a_lower_number_over_a_whole_column_stays_a_header():
    # the upper header behind the lower in number (a run read on, "รายงานครั้งที่ 5" / "รายงานครั้งที่ 6" / ...):
    # not set aside
    cols = list(COLUMNS)
    cols[10] = "รายงานครั้งที่ 3"
    _, issues = restack_with_doubts(numbered_lines(*cols, start=200))
    assert not any("stands alone right after a whole column" in i.message for i in issues)
