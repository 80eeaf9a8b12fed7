"""The date row of an entries table printed side by side (entries as columns,
parsers.bma_progress.transposed) whose cells' gaps OCR lost, holding dates
the row's shapes did not take for dates though the date parser reads them:
a speck glued before a date ("14/04/2563 ว20/05/2563", "ไ๒๒๐/๕/๒๕๐"), a
Thai digit read as a look-alike inside a part ("๐อ/๐๕/๒๕", "๑๐/ฒ/๒๕๒๕",
a year "do"), a space OCR read after a separator ("2021-2- 11"), a day
glued to its month's name ("ๆ๒ธันวาคม ๒๐").  The row did not part into one
date per entry, so none was given (entry_cell_in_doubt, every entry's date
missing).  Now the row's parts take those shapes too, and the row parts as
before: into one date per entry, when exactly that many dates are read."""

from parsers.bma_progress.transposed import _date_tokens, untranspose_with_doubts
from tests.lines import celled_lines, untransposed_dates


_REST = (
    ("รายละเอียดการ ประชุม\tประชุม", (0, 25)),
    ("ความก้าวหน้าของงานฯ\t10\t20", (0, 20, 30)),
    ("งบประมาณที่เบิกใช้\t0 บาท\t0 บาท", (0, 20, 30)),
    ("ความสอดคล้องกับแผน\tเป็นไปตามแผน\tเป็นไปตามแผน", (0, 20, 30)),
    ("ความสอดคล้องกับเป้าหมาย\tเป็นไปตามเป้าหมาย\tเป็นไปตามเป้าหมาย", (0, 20, 30)),
)
_HEAD = ("ครั้งที่ 3\tครั้งที่ 4", (0, 13))


def test_a_speck_glued_before_a_date_in_a_row_of_one_cell():
    lines = celled_lines(_HEAD, ("วันที่รายงาน\t14/04/2563 ว20/05/2563", (0, 19)), *_REST)
    assert untransposed_dates(lines) == ["14/04/2563", "ว20/05/2563"]


def test_look_alikes_inside_the_parts_and_a_space_after_a_separator():
    lines = celled_lines(_HEAD, ("วันที่รายงาน\t๐อ/๐๕/๒๕ ไ๑๐/ฒ/๒๕๒๕", (0, 19)), *_REST)
    assert untransposed_dates(lines) == ["๐อ/๐๕/๒๕", "ไ๑๐/ฒ/๒๕๒๕"]
    lines = celled_lines(_HEAD, ("วันที่รายงาน\t2021-2- 11 ๒0๒๑-๓-3", (0, 19)), *_REST)
    assert untransposed_dates(lines) == ["2021-2- 11", "๒0๒๑-๓-3"]


def test_a_day_glued_to_its_month_and_a_year_of_look_alikes():
    lines = celled_lines(_HEAD, ("วันทีรายงาน ๑ พฤศจิกายน ๒๕๒๐ ๆ๒ธันวาคม do", ()), *_REST)
    assert untransposed_dates(lines) == ["๑ พฤศจิกายน ๒๕๒๐", "ๆ๒ ธันวาคม do"]


def test_what_is_no_date_shape_still_parts_into_nothing():
    # a day of look-alikes alone ("wd"), no real digit: no day; the row stays unparted and said
    lines = celled_lines(_HEAD, ("วันทีรายงาน wd พฤษภาคม ๒๓ WHY. ๒๕๐", ()), *_REST)
    assert untransposed_dates(lines) == [None, None]
    _, issues = untranspose_with_doubts(lines)
    assert any(i.code == "entry_cell_in_doubt" and i.field == "progress_reports.report_date" for i in issues)
    # a word glued after a figure that is no month's name stays one token
    assert _date_tokens("๒ธันวาคม ๑๒ประชุม") == ["๒", "ธันวาคม", "๑๒ประชุม"]
