"""Section 2's entries as two side-by-side tables stacked on a page, the lower one cut by a page break after its
columns' first cells, as OCR reads the page column by column: the upper table's headers across, its row titles,
then each of its columns (no header of its own) with the lower table's column in its place cut short under it
(header, date, first words), then the lower table's row titles, and after the break each lower column's rest
(parsers.bma_progress.stacked._heads_across, _top_before_bare, _top_before_titles, _rests_of_tops).  Modified OCR'd
lines of fresh set s92o bma_progress_s92o001 (tesseract tha+eng).  Before, each top was read as a column with the
upper table's next column under it, and the upper table's entries were lost."""

from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines as _lines

_TITLES = ("วันทีรายงาน", "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที่", "เบิกใช้",
           "ความสอดคล้อง", "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย")
_FLAGS = ("เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย")
_UPPER = (
    ("2/11/63", "อยู่ระหว่าง", "ขั้นตอน...", "แต่งตั้ง", "คณะกรรมการ", "1", "0.- บาท"),
    ("29", "ธันวาคม", "2563", "จัดทำ", "โครงการ", "เพื่อ", "ขออนุมัติ", "24", "0.- บาท"),
    ("5 ม.ค. 64", "ขอรายชื่อผู้", "ร่วมกิจกรรม", "42", "24,000.- บาท"),
)
_TOPS = (("ครั้งที่ 4", "12/6/64", "เวียนแจ้ง"), ("ครั้งที่ 5", "8 สิงหาคม", "2564", "ได้ดำเนิน"),
         ("ครั้งที่ 6", "28 ก.ย. 2564", "ได้ดำเนิน"))
_RESTS = (("ประชาสัมพันธ์", "เชิญชวนให้", "44", "0.- บาท"), ("การประชุม", "เชิงปฏิบัติการ", "58", "0.- บาท"),
          ("การประชุม", "ทางวิชาการ", "63", "0.- บาท"))


def _section(rests: bool = True) -> tuple[str, ...]:
    rows = ["ครั้งที 1\tครั้งที 2\tครั้งที 3", *_TITLES]
    for n, column in enumerate(_UPPER):
        rows += [*column, *_FLAGS, *_TOPS[n]]
    rows += _TITLES
    if rests:
        for rest in _RESTS:
            rows += [*rest, *_FLAGS]
    return tuple(rows)


def test_the_lower_tables_tops_are_read_after_the_upper_columns_with_their_rests():
    result = parse_entries(_lines(*_section()))
    entries = result.entries
    assert sorted(entries) == [1, 2, 3, 4, 5, 6]
    assert [entries[n].date.isoformat() for n in range(1, 7)] == [
        "2020-11-02", "2020-12-29", "2021-01-05", "2021-06-12", "2021-08-08", "2021-09-28"]
    assert entries[2].description == "จัดทำ โครงการ เพื่อ ขออนุมัติ"
    assert entries[4].description == "เวียนแจ้ง ประชาสัมพันธ์ เชิญชวนให้"
    values = {n: figure_values(entries[n])[0] for n in entries}
    assert [values[n]["progress_pct"] for n in range(1, 7)] == [1.0, 24.0, 42.0, 44.0, 58.0, 63.0]
    assert str(values[3]["disbursed"]) == "24000.00"
    said = [i for i in result.issues if "two tables stacked on a page" in i.message]
    assert len(said) == 1 and "with the column's rest read after the page break" in said[0].message
    assert said[0].field == "progress_reports"


def test_tops_whose_rests_are_not_there_keep_their_headers_and_dates_and_say_so():
    result = parse_entries(_lines(*_section(rests=False)))
    entries = result.entries
    assert [entries[n].date.isoformat() for n in (1, 2, 3)] == ["2020-11-02", "2020-12-29", "2021-01-05"]
    assert [entries[n].date.isoformat() for n in (4, 5, 6) if n in entries] == ["2021-06-12", "2021-08-08",
                                                                                 "2021-09-28"]
    said = [i for i in result.issues if "two tables stacked on a page" in i.message]
    assert len(said) == 1 and "rest not found" in said[0].message


def test_a_header_over_a_whole_column_of_its_own_is_no_top():
    # the second column with its header over it (no top cut short: its date, words, figures and flags whole) is
    # read as the column it heads, as before
    rows = list(_section(rests=False))
    at = rows.index("ครั้งที่ 4")
    rows[at: at + 3] = []
    rows[rows.index("29")] = "ครั้งที่ 2"
    rows[rows.index("ธันวาคม")] = "29 ธันวาคม"
    result = parse_entries(_lines(*rows))
    assert not [i for i in result.issues if "two tables stacked on a page" in i.message]
