"""A date whose ๙ OCR wrote as a Thai letter with a mark glued to it (confusions.YEAR_LETTERS: ฉ, ผ; measured for
๙ in years), glued to a digit: "๒๒๐๒๓-๑๐-๑ฉ่" for 2023-10-19 (fresh set s81a's bma_progress_s81a007, report 1).
date_candidates took the letter for junk glued to the day's last digit and dropped it, so the only readings were
of day 1, and the report-window repair chose 2023-10-01, wrong.  Now the letter is read as ๙ as well
(parsers.repair.date_readings, _LETTER_DIGIT_RE): where both days fit the neighbours the date stays unread and
flagged; where only one does, it is chosen."""

from __future__ import annotations

from datetime import date

from parsers.bma_progress.repairs import repair_dates
from parsers.repair import date_readings
from tests.test_prop_report_date_latin_month import reports_around


def test_the_letter_is_read_as_nine_as_well_as_dropped():
    readings = date_readings("๒๐๒๓-๑๐-๑ฉ่")
    assert date(2023, 10, 19) in readings and date(2023, 10, 1) in readings
    assert date(2019, 5, 1) in date_readings("๒๐๑ผ่-๕-๑")  # (in the year too)
    # without its mark (as measured, OCR always glued one) the letter is not taken for the digit
    assert date(2023, 10, 19) not in date_readings("๒๐๒๓-๑๐-๑ฉ")


def test_both_days_fitting_the_date_is_not_chosen():
    project, reports = reports_around("๒๐๒๓-๑๐-๑ฉ่", date(2023, 9, 25), date(2023, 11, 21), 2567)
    issues = repair_dates(project, reports, "K")
    assert reports[2].get("report_date") is None or reports[2]["report_date"].value is None
    assert not [i for i in issues if i.code == "value_repaired" and i.line_start == 30]


def test_one_day_fitting_is_chosen():
    project, reports = reports_around("๒๐๒๓-๑๐-๑ฉ่", date(2023, 10, 10), date(2023, 11, 21), 2567)
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2023, 10, 19)
    assert [i for i in issues if i.code == "value_repaired" and i.line_start == 30]
