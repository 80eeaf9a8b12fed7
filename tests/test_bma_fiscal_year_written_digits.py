"""A BMA progress form's fiscal year whose Thai digits tesseract's Thai model cannot write (๔ ๖ ๗ ๘ ๙): each digit
the document does write stands for itself or for an unwritten one OCR reads as it, never for another it writes, so
"๒๕๒๒" beside a start "๑ ตุลาคม ๒๕๒๕" is 2566 (where the table of confusions leaves 2562 and 2566 tied:
repairs.fiscal_year_by_written_digits); printings that still tie choose nothing."""

import json
from datetime import date

import pytest

from parsers.bma_progress.repairs import repair_fiscal_year, written_years
from schemas.document import Reading


pytestmark = pytest.mark.usefixtures("repair_on")


def _form(fy: str, start: str, start_value: date, unread: str | None = "46789") -> tuple[dict, dict]:
    digits = fy.translate(str.maketrans("๐๑๒๓๔๕๖๗๘๙", "0123456789"))
    project = {"fiscal_year_be": Reading(int(digits), fy, 3, 3),
               "start_date": Reading(start_value, start, 5, 5)}
    if unread:
        project["unread_digits"] = Reading(unread, "", 1, 40)
    reports = {1: {"report_date": Reading(date(1979, 6, 3), "๓ มิ.ย. ๒๕๒๒", 20, 20)}}
    return project, reports


def _written(issues):
    """The issues of rule written_digits (a choice in doubt: repair_ambiguous, the value set)."""
    return [i for i in issues if i.evidence and json.loads(i.evidence).get("rule") == "written_digits"]


def test_written_digits_read_as_themselves_or_as_unwritten_ones():
    assert written_years("๒๕๒๓", "46789") == {2563, 2567, 2569}  # not 2553: ๕ is written, no ๒ stands for it
    # ๗, ๙, ๖ and ๘ are each measured read as ๑ (12 %, 4 %, 3 %, 0.9 % of their printings: repairs._MEASURED_AS)
    assert written_years("๒๕๒๑", "46789") == {2561, 2566, 2567, 2568, 2569}
    assert written_years("๒๐๑๓", "46789") == {2013 + 543, 2017 + 543, 2019 + 543}  # a CE year
    assert written_years("๒๕๒๓", "") == set()  # no digit unwritten: only what is printed, 2523, no year of today


def test_start_date_and_report_dates_settle_the_year():
    project, reports = _form("๒๕๒๒", "๑ ตุลาคม ๒๕๒๕", date(1982, 10, 1))
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2566
    [fixed] = _written(issues)
    # in doubt: the table of confusions is not complete, so the written digits' reading is no proof
    assert fixed.code == "repair_ambiguous" and not [i for i in issues if i.code == "value_repaired"]
    evidence = json.loads(fixed.evidence)
    assert evidence["rule"] == "written_digits" and evidence["chosen"] == 2566 and fixed.line_start == 3


def test_without_the_documents_unwritten_digits_nothing_is_chosen():
    project, reports = _form("๒๕๒๒", "๑ ตุลาคม ๒๕๒๕", date(1982, 10, 1), unread=None)
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2522
    assert not _written(issues)


def test_printings_that_tie_choose_nothing():
    # "๒๕๒๕" beside a start "๑/๑๐/๒๕๒๓": 2564 (๔ read ๕) or 2568 (๘ read ๕, its start's ๗ read ๓)
    project, reports = _form("๒๕๒๕", "๑/๑๐/๒๕๒๓", date(1980, 10, 1))
    reports[1]["report_date"] = Reading(date(1982, 6, 3), "๓ มิ.ย. ๒๕๒๕", 20, 20)
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2525
    assert not _written(issues)
    assert [i for i in issues if i.code == "repair_ambiguous" and i.field == "projects.fiscal_year_be"]


def test_a_start_date_outside_the_year_is_read_by_the_written_digits():
    from parsers.bma_progress.repairs import repair_dates
    # 2567 printed "๒๕๒๑": ๖ read ๒, ๗ read ๑ (a misread the table lacks); the fiscal year 2568 settled
    project = {"fiscal_year_be": Reading(2568, "2568", 3, 3), "unread_digits": Reading("46789", "", 1, 40),
               "start_date": Reading(date(1978, 10, 1), "๑/๑๐/๒๕๒๑", 5, 5)}
    issues = repair_dates(project, {}, "k")
    assert project["start_date"].value == date(2024, 10, 1)
    [fixed] = _written(issues)
    assert fixed.code == "repair_ambiguous" and fixed.field == "projects.start_date"
    # without the document's unwritten digits, nothing is read again
    del project["unread_digits"]
    project["start_date"] = Reading(date(1978, 10, 1), "๑/๑๐/๒๕๒๑", 5, 5)
    repair_dates(project, {}, "k")
    assert project["start_date"].value == date(1978, 10, 1)


def test_a_year_the_dates_outvote_is_the_year_its_written_digits_give():
    # ๒๕๖๗ read "๒๕๐๑" (๖ as ๐, ๗ as ๑: no reading of the table is 2567); the reports dated 2567 in Arabic digits
    project = {"fiscal_year_be": Reading(2501, "๒๕๐๑", 3, 3), "unread_digits": Reading("46789", "", 1, 40),
               "start_date": Reading(date(1957, 10, 1), "๑/๑๐/๒๕๐๐", 5, 5)}
    reports = {n: {"report_date": Reading(d, text, 10 + n, 10 + n)} for n, (d, text) in enumerate(
        [(date(2024, 1, 23), "23/01/2567"), (date(2024, 3, 23), "23/03/2567"), (date(2024, 5, 23), "23/05/2567")], 1)}
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2567
    assert [(i.code, json.loads(i.evidence)["rule"]) for i in issues] == [("repair_ambiguous", "written_digits")]


def test_a_five_character_printing_is_read_with_one_digit_written_as_two():
    # ๒๕๖๓ printed "๒๕๒๐๓": its ๖ written as the pair "๒๐" (SPLIT_READS), the rest as the written digits allow;
    # or one character too many ("๒๕๐๓", "๒๕๒๓", "๒๕๒๐" read as written)
    # (and "๒๕๐๓" as 2573, 2577, 2579: ๗ is measured read as ๐ too, 2 % of its printings)
    assert written_years("๒๕๒๐๓", "46789", split=True) == ({2563, 2567, 2569} | {2543, 2547, 2549} | {2560, 2564, 2566}
                                                          | {2573, 2577, 2579})
    assert written_years("๒๕๒๐๓", "46789") == set()  # (a date's year is not read so)
    # "๒๕๒๓๑": its "๓๑" a ๗ written as two (2567), or its ๑ one character too many (2563 among others): not 2567 alone
    assert {2563, 2567} <= written_years("๒๕๒๓๑", "46789", split=True)


def test_the_other_copys_five_character_field_is_a_printing_too():
    # 2563 printed "๒๕๐๓" in one copy, "๒๕๒๐๓" in the other (unparsed), its start "๑/๑๐/๒๕๐๒" and its reports
    # "๒๕๒๓" and "๒๕๑๓": every printing allows 2563 and 2567 (๗ read ๓ throughout); the ๓ printed six times is
    # told a ๓ by how often OCR reads a ๗ so (rule read_odds), the other copy's printing weighed too
    project = {"fiscal_year_be": Reading(2503, "๒๕๐๓", 3, 3), "unread_digits": Reading("46789", "", 1, 40),
               "fiscal_year_be_printed": Reading("๒๕๒๐๓", "๒๕๒๐๓", 30, 30),
               "start_date": Reading(date(1959, 10, 1), "๑/๑๐/๒๕๐๒", 5, 5)}
    reports = {n: {"report_date": Reading(d, text, 10 + n, 10 + n)} for n, (d, text) in enumerate(
        [(date(1970, 2, 3), "๓ กุมภาพันธ์ ๒๕๑๓"), (date(1980, 4, 23), "๒๓ เมษายน ๒๕๒๓"),
         (date(1980, 9, 3), "๓ ก.ย. ๒๕๒๓")], 1)}
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2563
    [told] = [i for i in issues if i.evidence and json.loads(i.evidence).get("rule") == "read_odds"]
    assert told.code == "repair_ambiguous" and json.loads(told.evidence)["chosen"] == 2563
    # without the other copy's printing the odds stay under READ_ODDS: nothing is chosen, the year is said
    del project["fiscal_year_be_printed"]
    project["fiscal_year_be"] = Reading(2503, "๒๕๐๓", 3, 3)
    issues = repair_fiscal_year(project, reports, "k", [])
    assert project["fiscal_year_be"].value == 2503
    assert [i for i in issues if i.code == "repair_ambiguous" and i.field == "projects.fiscal_year_be"]


def test_an_end_date_whose_month_was_lost_still_weighs_its_year():
    # "๒๕๒๕" with reports "๒๕/๑๑/๒๕๒๓" and "๑๕ กรกฎาคม ๒๕๒๕": 2564 or 2568, tied.  The end date's month OCR
    # read as a letter ("๒๐๒๑-๐ณ-๓๐": unread) still prints its CE year, 2021, which allows 2564 (or 2565, its
    # month unknown) and not 2568: the tie is broken, in doubt as every written-digits choice
    project = {"fiscal_year_be": Reading(2525, "๒๕๒๕", 3, 3), "unread_digits": Reading("46789", "", 1, 40),
               "end_date_printed": Reading("๒๐๒๑-๐ณ-๓๐", "๒๐๒๑-๐ณ-๓๐", 6, 6)}
    reports = {1: {"report_date": Reading(date(1980, 11, 25), "๒๕/๑๑/๒๕๒๓", 20, 20)},
               2: {"report_date": Reading(date(1982, 7, 15), "๑๕ กรกฎาคม ๒๕๒๕", 30, 30)}}
    issues = repair_fiscal_year(project, dict(reports), "k", [])
    assert project["fiscal_year_be"].value == 2564
    [fixed] = _written(issues)
    assert fixed.code == "repair_ambiguous"
    # an end date whose year reads as none that settles it changes nothing: still tied
    project = {"fiscal_year_be": Reading(2525, "๒๕๒๕", 3, 3), "unread_digits": Reading("46789", "", 1, 40),
               "end_date_printed": Reading("๓๐-ณ-๒๕", "๓๐-ณ-๒๕", 6, 6)}
    issues = repair_fiscal_year(project, dict(reports), "k", [])
    assert project["fiscal_year_be"].value == 2525
    assert not _written(issues)
