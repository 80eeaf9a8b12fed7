"""A report date in ISO order one of whose Thai ๒s OCR wrote as two characters: the digit's loop read as the vowel
ใ, ไ or โ and its body as ๒, ๓ or ต ("ไ๓๐๒๐-๕-๓๑" for ๒๐๒๐-๕-๓๑, "โต๐ใ๒๐-๑๐-๐๑" for ๒๐๒๐-๑๐-๐๑).  No reading of
the characters gave a date (the year-head clean-up drops a lone ใ or ไ, leaving a ๓ or ต no year reads), so the
report's date stayed unread though its neighbours' dates leave one reading.  Now, where a date has no reading, each
such pair is read as ๒ (parsers.repair.date_readings, _TWO_AS_PAIR_RE)."""

from __future__ import annotations

from datetime import date

from parsers.bma_progress.repairs import repair_dates
from parsers.repair import date_readings
from tests.test_prop_report_date_latin_month import reports_around


def test_a_two_written_as_a_vowel_and_a_digit_is_read_as_two():
    assert date(2020, 5, 31) in date_readings("ไ๓๐๒๐-๕-๓๑")
    assert date(2020, 1, 13) in date_readings("ใ๓๐๒๐-๑-๑๓")
    assert date(2022, 10, 1) in date_readings("ไต๐ใ๒๒-๑๐-๐๑")
    assert date(2022, 9, 2) in date_readings("ใ๒๐ใ๒๒-ฒ-ใต")  # (in the day too)
    assert date(2018, 9, 22) in date_readings("๒๐๑๕-๕@-ใ๒๒")


def test_only_where_nothing_else_reads():
    # a date its characters already read: the pair is not read again (a lone ใ before the year is a rule's stroke)
    assert date_readings("ใ๒๐๒๐-๕-๑๕") == date_readings("๒๐๒๐-๕-๑๕")
    assert not date_readings("ไ๓ก-๕-๓๑")  # no date left


def test_the_date_is_repaired_between_its_neighbours():
    project, reports = reports_around("ไ๓๐๒๐-๕-๓๑", date(2020, 5, 2), date(2020, 6, 20), 2563)
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2020, 5, 31)
    assert [i for i in issues if i.code == "value_repaired" and i.line_start == 30]
