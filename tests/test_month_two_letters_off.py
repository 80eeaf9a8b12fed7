"""A full month name with two letters OCR changed ("22 กรกฎากง 2567": fresh set s94o, bma_progress_s94o004,
report 6's date) read no month, so the date was unread and the report had no date.  normalizers.dates.month_number
now reads a name of six letters or more (marks aside) two edits from one month's name when every other month
stands two edits farther still (no two months' names are fewer than two apart); nearer rivals, or a short word,
read none as before."""

import pytest

from normalizers.dates import month_number, parse_date
from normalizers.errors import ValueParseError


def test_a_long_name_two_letters_off_reads_its_month():
    assert str(parse_date("22 กรกฎากง 2567")) == "2024-07-22"
    assert month_number("ธันวาดม") == 12


def test_words_near_no_one_month_read_none():
    for word in ("เมษาบม", "ประชุมผู้", "ผลการดำ"):
        with pytest.raises(ValueParseError):
            month_number(word)
