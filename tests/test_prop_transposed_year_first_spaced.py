"""The date row of an entries table printed side by side (entries as
columns, parsers.bma_progress.transposed) whose dates are printed year
first ("2022-2-3") and whose cells' gaps OCR lost, where OCR also read a
separator as a space: after the first separator ("2022- 1-25": the part
after the space is the date's month and day), or both ("2022 3 5").  The
row did not part into one date per entry, so no entry got a date
(entry_cell_in_doubt, every date of the row missing).  Now the first is
one date as printed (the date parser reads it), and the second is a date
whose separators are put back (value_repaired, rule date_separators, the
printed text and the date), only in a row that prints its dates year
first."""

import json
from datetime import date

from parsers.bma_progress.transposed import _date_tokens, _year_first_spaced, untranspose_with_doubts
from tests.lines import celled_lines, untransposed_dates


_REST = (
    ("รายละเอียดการ ประชุม\tประชุม\tประชุม", (0, 25, 35)),
    ("ความก้าวหน้าของงานฯ\t10\t20\t30", (0, 20, 30, 40)),
    ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท\t0 บาท", (0, 20, 30, 40)),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 20, 30, 40)),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 20, 30, 40)),
)
_HEAD = ("ครั้งที่ 3\tครั้งที่ 4\tครั้งที่ 5", (0, 13, 26))


def test_a_space_after_the_first_separator_keeps_the_date_whole():
    assert _date_tokens("2021-12-29 2022- 1-25") == ["2021-12-29", "2022- 1-25"]
    lines = celled_lines(_HEAD, ("วันที่รายงาน\t2021-12-29 2022- 1-25 2022-2-3", (0, 19)), *_REST)
    assert untransposed_dates(lines) == ["2021-12-29", "2022- 1-25", "2022-2-3"]


def test_both_separators_read_as_spaces_in_a_row_printed_year_first():
    lines = celled_lines(_HEAD, ("วันที่รายงาน\t2022-2-3 2022 3 5 2022-4-30", (0, 19)), *_REST)
    assert untransposed_dates(lines) == ["2022-2-3", "2022-3-5", "2022-4-30"]
    _, issues = untranspose_with_doubts(lines)
    said = [i for i in issues if i.code == "value_repaired" and i.field == "progress_reports.report_date"]
    assert len(said) == 1 and said[0].line_start == 101
    evidence = json.loads(said[0].evidence)
    assert evidence == {"rule": "date_separators", "printed": "2022 3 5", "chosen": str(date(2022, 3, 5))}


def test_a_row_run_on_in_a_paragraph():
    lines = celled_lines(
        ("รายงานครั้งที่ 5 รายงานครั้งที่ 6 รายงานครั้งที่ 7 รายงานครั้งที่ 8", ()),
        ("วันที่รายงาน 2022-2-3 2022 3 5 2022-4-30 2022-5- 29", ()),
        ("รายละเอียดการดําเนินงาน ประชุม ประชุม ประชุม ประชุม", ()),
        ("ความก้าวหน้าของงานฯ 7.00 % 9.00 % 12.00 % 17.50 %", ()),
        ("งบประมาณที่เบิกใช้ 0.00 บาท 0.00 บาท 0.00 บาท 0.00 บาท", ()),
        ("ความสอดคล้องกับแผน เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน เป็นไปตามแผน", ()),
        ("ความสอดคล้องกับเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย เป็นไปตามเป้าหมาย", ()),
    )
    out, issues = untranspose_with_doubts(lines)
    dates = [ln.text for ln in out if "2022" in ln.text]
    assert any("2022-3-5" in t for t in dates), dates
    assert not any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.report_date" for i in issues)
    assert [json.loads(i.evidence)["printed"] for i in issues if i.code == "value_repaired"] == ["2022 3 5"]


def test_only_in_a_row_printed_year_first():
    # no whole date printed year first: a year and two short figures are no date's parts
    assert _year_first_spaced("3/2/2565 2565 3 5 30/4/2565", 3) is None
    # every date whole already: nothing to put back (the row parts without this reading)
    assert _year_first_spaced("2022-2-3 2022-3-5 2022-4-30", 3) is None
    # a count other than the entries': none
    assert _year_first_spaced("2022-2-3 2022 3 5 2022-4-30", 4) is None
    assert _year_first_spaced("2022-2-3 2022 3 5 2022-4-30", 3) == (
        ["2022-2-3", "2022-3-5", "2022-4-30"], [("2022 3 5", "2022-3-5")])
