"""A BMA progress form's fiscal year that no reading under the table of confusions makes the year its dates fall
in, where a misread the table leaves out does (repairs.fiscal_year_by_rare_reads): "2552" for 25๖2 (a form that
prints the two scripts mixed in one number; OCR wrote its ๖ as an Arabic 5, measured in 161 of 7352 printings of ๖),
"๒๕๑๒" for ๒๕๖๒ (๖ read as ๑).  Before, the year was kept as printed and said implausible, and its window
repaired no date of the form (held-out h015, extra4 t017, extra2 z017).  Exactly one such reading two dates at least
agree on, no other as many: repaired, said (rule fiscal_year, rare_misreads); a tie, or one date: kept, said."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import fiscal_year_by_rare_reads, repair_fiscal_year
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(fy: Reading, report_dates: list[tuple[date, str]]) -> tuple[dict, dict]:
    project = {"fiscal_year_be": fy}
    reports = {n: {"report_date": Reading(d, text, 10 + n, 10 + n)} for n, (d, text) in enumerate(report_dates, 1)}
    return project, reports


_2562 = [(date(2019, 6, 23), "๒๓ มิ.ย. ๒๕6๒"), (date(2019, 3, 15), "1๕/๓/๒56๒"), (date(2019, 8, 1), "1/8/2562")]


def _repaired(issues: list) -> list:
    return [i for i in issues if i.code == "value_repaired" and i.field == "projects.fiscal_year_be"]


def test_a_year_in_arabic_digits_whose_thai_six_ocr_wrote_as_an_arabic_five():
    project, reports = _form(Reading(2552, "2552", 22, 22), _2562)
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2562
    (issue,) = _repaired(issues)
    evidence = json.loads(issue.evidence)
    assert evidence["rule"] == "fiscal_year" and evidence["rare_misreads"] and evidence["chosen"] == 2562
    assert evidence["printed"] == "2552" and evidence["read"] == 2552 and issue.line_start == 22
    assert not [i for i in issues if i.code == "implausible_value"]  # the window then repairs the form's dates


def test_a_year_outside_the_archive_whose_six_ocr_read_as_one():
    project, reports = _form(Reading(2512, "๒๕๑๒", 9, 9), _2562)
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2562 and len(_repaired(issues)) == 1


def test_a_mixed_year_whose_six_ocr_wrote_as_an_arabic_nine():
    project, reports = _form(Reading(2591, "๒๕9๑", 8, 8), [(date(2018, 1, 5), "5/1/2561"),
                                                          (date(2018, 3, 5), "5/3/2561")])
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2561 and len(_repaired(issues)) == 1


def test_rare_readings_the_dates_tie_on_or_one_date_choose_nothing():
    # "๒๕๑๒": 2562 (๖ read ๑) and 2566 (๖ read ๑, ๖ read ๒) are both rare readings; two dates in each
    project, reports = _form(Reading(2512, "๒๕๑๒", 9, 9), [(date(2019, 3, 15), "15/3/2562"), (date(2019, 5, 15),
                             "15/5/2562"), (date(2023, 3, 15), "15/3/2566"), (date(2023, 5, 15), "15/5/2566")])
    assert not fiscal_year_by_rare_reads(project, reports, "k") and project["fiscal_year_be"].value == 2512
    project, reports = _form(Reading(2552, "2552", 22, 22), _2562[:1])
    assert not fiscal_year_by_rare_reads(project, reports, "k") and project["fiscal_year_be"].value == 2552


def test_a_year_the_dates_fall_in_is_not_read_again():
    project, reports = _form(Reading(2562, "2562", 22, 22), _2562)
    assert not fiscal_year_by_rare_reads(project, reports, "k") and project["fiscal_year_be"].value == 2562


# A form of fiscal 2565 whose OCR never writes ๖ (set s61o's bma_progress 004): the field "25๖5" read "2555", its ๖
# written as an Arabic 5; two report dates read "๒๕๒๕" (๒๕๖๔ and ๒๕๖๕, ๖ read ๒), which allow 2555 as they allow 2565,
# and three read 2565 outright ("2565", "2๕6๕", "๒56๕" for October's ๒๕๖๔).  Before, 2555 was kept, some dates
# falling in it, and the report dates were read into 2011-2012 (four wrong repairs)
_LEFT_BEHIND = [(date(2022, 10, 11), "1๑ ต.ค. ๒56๕"), (date(1982, 12, 5), "5 ธ.ค. ๒๕๒๕"),
                (date(2022, 2, 9), "9 ก.พ. 2๕6๕"), (date(2022, 4, 28), "๒8 เม.ย. 2565"),
                (date(1982, 5, 28), "๒8 พ.ค. ๒๕๒๕")]


def test_a_year_some_dates_allow_that_every_one_of_them_allows_another_year_too():
    project, reports = _form(Reading(2555, "2555", 8, 8), _LEFT_BEHIND)
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2565
    (issue,) = _repaired(issues)
    evidence = json.loads(issue.evidence)
    assert evidence["rare_misreads"] and evidence["chosen"] == 2565 and evidence["read"] == 2555
    assert "leave behind" in issue.message


def test_a_year_a_date_allows_alone_is_not_left_behind():
    # one date printed in Arabic digits reads 2555 alone: the dates do not leave the field's reading behind
    project, reports = _form(Reading(2555, "2555", 8, 8), _LEFT_BEHIND + [(date(2012, 3, 1), "1/3/2555")])
    assert not fiscal_year_by_rare_reads(project, reports, "k") and project["fiscal_year_be"].value == 2555
    # one date alone allowing the other year: not enough to leave it behind
    project, reports = _form(Reading(2555, "2555", 8, 8), [_LEFT_BEHIND[i] for i in (1, 3, 4)])
    assert not fiscal_year_by_rare_reads(project, reports, "k") and project["fiscal_year_be"].value == 2555
