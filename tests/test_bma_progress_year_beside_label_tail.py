"""A date row read across whose last date's year the wrap put on the next
line, beside the label's last word ("วันที่ ... 23 มกราคม" / "รายงาน  2561"):
the year goes to the date lacking one, as a year alone under the row does
(parsers.bma_progress.transposed, a modified copy of s83a005's head rows, the
cells' page columns as the clean-up gives them).
Before, the line was read as the label's tail and a cell by its place, and
the year went to the first entry's date (its text), the last one's lost."""

from tests.lines import celled_lines, untransposed_dates

_HEAD = (("รายการ\tรายงานครั้งที รายงานครั้งที รายงานครั้งที รายงานครังที 4", (0, 13)), ("1\t2\t3", (0, 16, 32)))
_DATES = ("วันที่\t7 ตุลาคม 60 12/11/60\t19/12/60\t25 มกราคม", (0, 12, 39, 55))


def test_a_year_beside_the_date_labels_last_word_goes_to_the_date_lacking_one():
    got = untransposed_dates(celled_lines(*_HEAD, _DATES, ("รายงาน\t2561", (0, 92)), ("รายละเอียดการ", ())))
    assert got == ["7 ตุลาคม 60", "12/11/60", "19/12/60", "25 มกราคม 2561"]


def test_a_word_beside_the_labels_last_word_is_no_year():
    got = untransposed_dates(celled_lines(*_HEAD, _DATES, ("รายงาน\tประชุม", (0, 92)), ("รายละเอียดการ", ())))
    assert "ประชุม" not in got[3]
