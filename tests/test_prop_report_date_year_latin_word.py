"""A BMA progress report date whose day and month name read but whose year OCR read as a word of four or five Latin
letters ("๓๐ ม.ค. ladle", "๕ พฤษภาคม Weds": fresh sets h001, s46o001, s41o003).  A year lost so was read in any
year only for three Latin letters ("Del"), so the date stayed unread though its neighbours' dates leave one year
for its day and month.  Now a word of three to five Latin letters stands for a year lost as well
(parsers.repair._YEAR_LOST_RE): the day and month in any year, the neighbours choosing."""

from __future__ import annotations

from datetime import date

from parsers.bma_progress.repairs import repair_dates
from parsers.repair import date_readings
from tests.test_prop_report_date_latin_month import reports_around


def test_a_year_read_as_a_latin_word_is_read_between_its_neighbours():
    project, reports = reports_around("๓๐ ม.ค. ladle", date(2019, 1, 2), date(2019, 2, 20), 2562)
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2019, 1, 30)
    assert [i for i in issues if i.code == "value_repaired" and i.line_start == 30]


def test_a_longer_word_is_no_year_lost():
    assert not date_readings("๑๑ สิงหาคม Delphi")  # six letters: a word, not a year's remains
    assert {d.year for d in date_readings("๑๑ สิงหาคม Weds")} > {2024}
