"""An entries table, entries across, that OCR read column by column: the head
row once with its cells garbled ("ASIN ๑"), the labels' column alone (the
date label repeated over the first column), then each entry's column, its
cells known by what they hold (date, description, progress, amount, the
two verdicts); a later block's head and date read in among the columns are
that block's entries, whose lower rows a page break put after the table
(a labels' column with no date label, columns with no date); a progress
cell read as specks is said, the entry keeps the rest
(parsers.bma_progress.downcols.columns_read_down; s64z008).  Before, the
first block's entries were lost whole and the later block's took the first
block's cells."""

from decimal import Decimal

from parsers.bma_progress.downcols import columns_read_down
from parsers.bma_progress.entries import figure_values, parse_entries
from tests.lines import numbered_lines

_HEAD = ("ASIN ๑\tASIN ๒\tครังที ๓",)
_LABELS = ("วันทิรายงาน", "รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที่", "เบิกใช้",
           "ความสอดคล้อง", "กับแผน", "ความสอดคล้อง", "กับเป้าหมาย")
_ON = ("เป็นไปตาม", "แผน", "เป็นไปตาม", "เป้าหมาย")
_OFF = ("ไม่เป็นไปตาม", "แผน", "ไม่เป็นไปตาม", "เป้าหมาย")
_C1 = ("วันทิรายงาน", "๑๒/๒/๒๕๖๕", "ประชุม", "คณะทำงาน", "๑๐", "๐ บาท.-", *_ON)
_C2 = ("๓/๓/๒๕๖๕", "จัดทำ", "คำสั่ง", "ค", "๐ บาท.-", *_ON)
_C3 = ("๙/๔/๒๕๖๕", "ยังไม่ได้", "ดำเนินการ", "๓๐", "๑,๒๐๐ บาท.-", *_OFF)
_LATE = ("ครังที ๔", "๒๐/๕/๒๕๖๕")
_LOWER = ("รายละเอียดการ", "ดำเนินงาน", "ความก้าวหน้า", "ของงานฯ", "งบประมาณที่", "เบิกใช้", "ความสอดคล้อง", "กับแผน",
          "ความสอดคล้อง", "กับเป้าหมาย", "จัดอบรม", "ครูแกนนำ", "๔๕", "๒,๐๐๐ บาท.-", "เป็นไปตามแผน", *_ON[2:])


def _read(*texts):
    result = parse_entries(numbered_lines(*texts, start=100))
    return result.entries, result


def test_each_column_is_its_entry_by_what_its_cells_hold():
    entries, result = _read(*_HEAD, *_LABELS, *_C1, *_C2, *_C3)
    assert sorted(entries) == [1, 2, 3]
    for seq, (day, progress, paid, on_plan, opens) in {
            1: ("2022-02-12", 10, 0, True, "ประชุม"), 2: ("2022-03-03", None, 0, True, "จัดทำ"),
            3: ("2022-04-09", 30, 1200, False, "ยังไม่ได้")}.items():
        values, _ = figure_values(entries[seq])
        assert str(entries[seq].date) == day, seq
        assert values.get("progress_pct") == (None if progress is None else Decimal(progress)), seq
        assert values["disbursed"] == Decimal(paid) and values["on_plan"] is on_plan, seq
        assert entries[seq].description.startswith(opens), seq


def test_a_progress_cell_read_as_specks_is_said_and_the_entry_keeps_the_rest():
    _, result = _read(*_HEAD, *_LABELS, *_C1, *_C2, *_C3)
    said = [i for i in result.issues if i.code == "entry_cell_in_doubt" and i.field == "progress_reports.progress_pct"]
    assert len(said) == 1 and "report 2" in said[0].message


def test_a_later_blocks_head_and_date_among_the_columns_take_its_lower_rows_after_the_table():
    entries, result = _read(*_HEAD, *_LABELS, *_C1, *_LATE, *_C2, *_C3, "- ๔ -", *_LOWER)
    assert sorted(entries) == [1, 2, 3, 4]
    assert str(entries[2].date) == "2022-03-03" and str(entries[4].date) == "2022-05-20"
    values, _ = figure_values(entries[4])
    assert entries[4].description.startswith("จัดอบรม")
    assert values["progress_pct"] == Decimal(45) and values["disbursed"] == Decimal(2000)
    assert "จัดอบรม" not in entries[3].description
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.seq" and "ครังที ๔" in i.message
               for i in result.issues)


def test_head_numbers_wrapped_to_the_next_line_number_the_columns():
    lines = numbered_lines("รายงานครั้งที่ รายงานครั้งที่\tรายงานครั้ง", "๕\t๖\tที ๗", *_LABELS, *_C1, *_C2, *_C3)
    out, _ = columns_read_down(lines)
    assert [ln.text for ln in out if ln.text.startswith("รายงานครั้งที่ ")] == \
        ["รายงานครั้งที่ 5", "รายงานครั้งที่ 6", "รายงานครั้งที่ 7"]


def test_a_table_whose_columns_do_not_all_read_is_left_to_the_other_readers():
    for lines in (numbered_lines(*_LABELS, *_C1, *_C2, *_C3),  # no head row: the numbers unknown
                  numbered_lines(*_HEAD, *_LABELS, *_C1, *_C2),  # two columns of three heads
                  numbered_lines(*_HEAD, *_LABELS, *_C1, *_C2, *_C3[:-2])):  # a column with no target verdict
        out, issues = columns_read_down(lines)
        assert [ln.text for ln in out] == [ln.text for ln in lines] and not issues
