"""A BMA progress report date whose abbreviated month OCR wrote in Latin look-alikes ("๒๒ A.W. ๒๕๖๘" for
๒๒ ก.พ. ๒๕๖๘, "๓๐ WA. ๒๕๖๘" for ๓๐ พ.ค. ๒๕๖๘): unreadable as printed, it was read again as any month, and
between its neighbours' dates more than one month fitted, so none was chosen.  Now the months are those
whose consonants the letters can be (normalizers.confusions.latin_month_readings: A.W. is ก.พ., เม.ย.,
มิ.ย. or ก.ย., never January or March; WA. is พ.ค.), and the one reading that fits is the repair; where the
letters leave two months that both fit ("A.A.": ก.ค. or ส.ค.) it stays flagged.  The clean-up's "พ.ศ." for "W.A." before a year is not made
after a day, where the letters are the month (พ.ค.)."""

from __future__ import annotations

from datetime import date

from normalizers.confusions import latin_month_readings
from normalizers.text import fix_latin_misreads
from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading


def reports_around(printed: str, before: date, after: date, fiscal_year_be: int = 2568) -> tuple[dict, dict]:
    """A project of that fiscal year, and three reports: the middle one's date printed as `printed`, unread,
    between its neighbours' dates `before` and `after`."""
    project = {"fiscal_year_be": Reading(fiscal_year_be, str(fiscal_year_be), 3, 3)}
    reports = {
        1: {"report_date": Reading(before, "x", 20, 20)},
        2: {"report_date_printed": Reading(None, printed, 30, 30)},
        3: {"report_date": Reading(after, "y", 40, 40)},
    }
    return project, reports


def test_latin_look_alike_months():
    assert latin_month_readings("A.W.") == {2, 4, 6, 9}  # ก.พ., เม.ย., มิ.ย., ก.ย.
    assert latin_month_readings("AW.") == {2, 4, 6, 9}
    assert latin_month_readings("WA.") == {5}
    assert latin_month_readings("5.A.") == {12}
    assert latin_month_readings("A.A.") == {1, 3, 7, 8, 10}  # (ต.ค. too: its ต read as an A)
    assert latin_month_readings("HA.") == {1, 3}
    assert latin_month_readings("fA.") == set()  # a letter of no known look-alike: any month, as before


def test_a_latin_month_between_its_neighbours_is_repaired():
    project, reports = reports_around("๑๘ A.W. ๒๕๖๘", date(2025, 1, 10), date(2025, 3, 25))
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2025, 2, 18)
    assert [i for i in issues if i.code == "value_repaired" and i.line_start == 30]


def test_two_months_the_letters_allow_both_fitting_stay_flagged():
    project, reports = reports_around("๑๘ A.A. ๒๕๖๘", date(2025, 6, 30), date(2025, 9, 10))
    issues = repair_dates(project, reports, "K")
    assert "report_date" not in reports[2] or reports[2]["report_date"].value is None
    assert not [i for i in issues if i.code == "value_repaired" and i.line_start == 30]
    assert [i for i in issues if i.code == "repair_ambiguous" and i.line_start == 30]


def test_wa_after_a_day_is_the_month_not_the_era():
    assert fix_latin_misreads("ปี W.A. ๒๕๖๔") == "ปี พ.ศ. ๒๕๖๔"
    text = fix_latin_misreads("๓๐ WA. ๒๕๖๘")
    assert text == "๓๐ WA. ๒๕๖๘"
    project, reports = reports_around(text, date(2025, 4, 20), date(2025, 6, 20))
    repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2025, 5, 30)


def test_n_and_e_look_alikes():
    # OCR's "n" for ก and "e" for ย (thirtieth session; a rule that also read such a date with the entries in
    # doubt, as its one reading inside the year, made 2 wrong of its 4 repairs on the held-out set: taken out)
    assert latin_month_readings("n.a.") == {7}  # ก.ค.
    assert latin_month_readings("nA.") == {7}
    assert latin_month_readings("n.w.") == {2, 9}  # ก.พ., ก.ย.
    assert latin_month_readings("ne.") == {9}  # ก.ย.
    assert latin_month_readings("He.") == {4, 6}  # เม.ย., มิ.ย.
    assert latin_month_readings("Hu.") == set()  # a letter of no known look-alike: any month, as before


def test_digit_look_alikes_in_an_abbreviated_month():
    # OCR's "1" or "7" for ก and "8" for ย ("17 1.8. 67" for ๑๗ ก.ย. ๖๗), "5" for ธ ("22 5.A. 66" for ๒๒ ธ.ค.
    # ๖๖), "8.9." for ธ.ค., "1.0." for ก.พ.: a month's abbreviation with an Arabic digit among its letters was refused by the garbled-
    # abbreviation shape (no digit), so the date had no reading at all and stayed unread
    from normalizers.confusions import date_candidates
    assert latin_month_readings("1.8.") == {7, 9}  # ก.ย., or ก.ค. its ค read as an 8 (fresh s136o002)
    assert latin_month_readings("7.8.") == {7, 9}
    assert latin_month_readings("1.8).") == {7, 9}
    assert date_candidates("17 1.8. 67") == {date(2024, 7, 17), date(2024, 9, 17)}
    assert date_candidates("22 5.A. 66") == {date(2023, 12, 22)}
    assert date_candidates("18 1.8). 2568") == {date(2025, 7, 18), date(2025, 9, 18)}
    assert date_candidates("20 8.9. 2564") == {date(2021, 12, 20)}  # ธ.ค.
    assert date_candidates("15 1.0. 2563") == {date(2020, 2, 15), date(2020, 9, 15)}  # ก.พ. or ก.ย.
    # a digit the table does not know, or a figure's shape: no month (never any month, as a garbled word is)
    assert date_candidates("15 1.3. 2563") == set()
    assert date_candidates("12 3.5. 2564") == set()
    project, reports = reports_around("6 7.8. 2561", date(2018, 8, 20), date(2018, 9, 20), fiscal_year_be=2561)
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2018, 9, 6)
    assert [i for i in issues if i.code == "value_repaired" and i.line_start == 30]


def test_an_october_read_as_a_a_is_repaired():
    # ต.ค. read "A.A." (its ต as an A: five report dates of October on the worked sets): October was no reading
    project, reports = reports_around("๓๑ A.A. ๒๕๖๒", date(2019, 10, 2), date(2019, 11, 20), 2563)
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2019, 10, 31)
    assert [i for i in issues if i.code == "value_repaired" and i.line_start == 30]


def test_a_zero_for_the_second_letter_of_sep_as_of_feb():
    # "1.0." was read as ก.พ. alone; OCR writes it for ก.ย. too (its ย, a พ's shape, as a 0: W stands for both).
    # A last report of September printed "17 1.0." with its year damaged took 17 February of the next year, the
    # one February inside the window, where the true date was 17 September
    assert latin_month_readings("1.0.") == {2, 9}
    project, reports = reports_around("17 1.0. 25๒๕", date(2021, 8, 25), date(2021, 9, 29), fiscal_year_be=2564)
    reports.pop(3)
    repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2021, 9, 17)
    # between neighbours of February, still February
    project, reports = reports_around("15 1.0. 2563", date(2020, 1, 25), date(2020, 3, 25), fiscal_year_be=2563)
    repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2020, 2, 15)
