"""A BMA progress report date whose abbreviated month OCR wrote in Latin look-alikes ("26 W.A. 2567" for
26 พ.ค. 2567, "12 nA. 2567" for 12 ก.ค. 2567), in a document whose entries are in doubt (a table read
column by column: no date is weighed against its neighbours'), stayed unread though its characters have one
reading in the year the reports cover.  Now it is read as that reading, as a date read whole is taken as
read (rule report_window, value_repaired); where the letters leave two months of the year ("n.w.": ก.พ. or
ก.ย.) it stays unread and flagged.  OCR's "n" for ก and "e" for ย join the table of look-alike letters
(normalizers.confusions.latin_month_readings)."""

from __future__ import annotations

from datetime import date

from normalizers.confusions import latin_month_readings
from parsers.bma_progress.repairs import repair_dates
from schemas.document import Reading


def reports_with(printed: str, fiscal_year_be: int = 2568) -> tuple[dict, dict]:
    """A project of that fiscal year and two reports: the first read, the second's date printed as
    `printed`, unread."""
    project = {"fiscal_year_be": Reading(fiscal_year_be, str(fiscal_year_be), 3, 3)}
    reports = {
        1: {"report_date": Reading(date(2025, 1, 10), "10 ม.ค. 2568", 20, 20)},
        2: {"report_date_printed": Reading(None, printed, 30, 30)},
    }
    return project, reports


def test_n_and_e_look_alikes():
    assert latin_month_readings("n.a.") == {7}  # ก.ค.
    assert latin_month_readings("nA.") == {7}
    assert latin_month_readings("n.w.") == {2, 9}  # ก.พ., ก.ย.
    assert latin_month_readings("ne.") == {9}  # ก.ย.
    assert latin_month_readings("He.") == {4, 6}  # เม.ย., มิ.ย.
    assert latin_month_readings("Hu.") == set()  # a letter of no known look-alike: any month, as before


def test_one_reading_in_the_year_is_read_with_the_entries_in_doubt():
    project, reports = reports_with("26 W.A. 2568")
    issues = repair_dates(project, reports, "K", span=False)
    assert reports[2]["report_date"].value == date(2025, 5, 26)
    repaired = [i for i in issues if i.code == "value_repaired" and i.line_start == 30]
    assert repaired and repaired[0].field == "progress_reports.report_date"
    assert '"chosen": "2025-05-26"' in repaired[0].evidence


def test_two_months_in_the_year_stay_flagged_with_the_entries_in_doubt():
    project, reports = reports_with("23 n.w. 2568")
    issues = repair_dates(project, reports, "K", span=False)
    assert "report_date" not in reports[2] or reports[2]["report_date"].value is None
    assert not [i for i in issues if i.code == "value_repaired" and i.line_start == 30]
    assert [i for i in issues if i.code == "repair_ambiguous" and i.line_start == 30]


def test_a_date_read_is_left_alone_with_the_entries_in_doubt():
    project, reports = reports_with("26 W.A. 2568")
    issues = repair_dates(project, reports, "K", span=False)
    assert reports[1]["report_date"].value == date(2025, 1, 10)
    assert not [i for i in issues if i.line_start == 20]


def test_out_of_order_with_a_date_read_stays_unread():
    # the one reading, 26 May, before a later entry's read 10 January: it may stand in another entry's place
    project = {"fiscal_year_be": Reading(2568, "2568", 3, 3)}
    reports = {1: {"report_date_printed": Reading(None, "26 W.A. 2568", 20, 20)},
               2: {"report_date": Reading(date(2025, 1, 10), "10 ม.ค. 2568", 30, 30)}}
    issues = repair_dates(project, reports, "K", span=False)
    assert "report_date" not in reports[1] or reports[1]["report_date"].value is None
    assert not [i for i in issues if i.code == "value_repaired"]


def test_an_entry_lost_leaves_it_unread():
    # no entry 1: the entries' dates may have moved up or down
    project, reports = reports_with("26 W.A. 2568")
    reports = {2: reports[1], 3: reports[2]}
    issues = repair_dates(project, reports, "K", span=False)
    assert "report_date" not in reports[3] or reports[3]["report_date"].value is None
    assert not [i for i in issues if i.code == "value_repaired"]
