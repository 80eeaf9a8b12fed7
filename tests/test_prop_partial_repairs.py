"""Repairs that prove part of a value, and repairs that would read a right printing as others' misreads.

- A proposal's period date whose year the fiscal year pins (bma_proposal.years.repair_period) keeps its day
  as printed; where that day's Thai digits may stand for a digit the document's OCR never writes, the repair
  proves the year alone: repair_ambiguous, the mended value kept (pipeline.doubtful.partial_repairs).
- A letter OCR was seen writing for two digits in dates (ฆ for ๗ and for ๙) reads as either.
- A district office the closed list names is not read as the misreading the document's other printings
  share (pipeline.siblings.check_printings, pipeline.districts.leaves_the_districts).
- A strategy value's number whose last part OCR wrote as a Latin look-alike is read from the other strategy
  fields' numbers, or kept and said (parsers.bma_progress.repairs.repair_ordinal_words).
"""

from __future__ import annotations

import json
from datetime import date

from normalizers.confusions import date_candidates
from parsers.bma_progress.repairs import repair_ordinal_words
from parsers.bma_proposal.fields import period
from parsers.bma_proposal.years import repair_period
from pipeline.districts import leaves_the_districts
from pipeline.doubtful import partial_repairs
from pipeline.siblings import check_printings
from schemas.document import Issue, Reading


def _period_project(text: str) -> dict:
    return {"fiscal_year_be": Reading(2570, "๒๕๗๐", 1, 1), "period_raw": Reading(text, text, 9, 9)}


def test_a_year_mended_by_the_fiscal_year_names_the_day_it_kept():
    p = _period_project("๕ ตุลาคม ๒๕๒๓ ถึง ๓๑ สิงหาคม ๒๕๗๐")
    [issue] = repair_period(p, period, settled=True)
    evidence = json.loads(issue.evidence)
    assert issue.field == "projects.start_date" and evidence["kept"] == {"day": "๕"}
    assert p["start_date"].value == date(2026, 10, 5)


def test_a_kept_day_that_may_be_another_digit_makes_the_repair_ambiguous():
    def repaired(day: str) -> Issue:
        return Issue("warning", "value_repaired", "the year", {"rule": "fiscal_year", "printed": "๒๕๒๓",
                                                               "chosen": "2026-10-05", "kept": {"day": day}},
                     9, 9, field="projects.start_date")
    [issue] = partial_repairs("46789", [repaired("๕")])  # ๕ may be ๔ ๘ ๙: another day of the month
    assert issue.code == "repair_ambiguous" and issue.field == "projects.start_date"
    assert json.loads(issue.evidence)["read"] == "2026-10-05" and "chosen" not in json.loads(issue.evidence)
    assert partial_repairs("46789", [repaired("๓๑")])[0].code == "value_repaired"  # ๗๑, ๙๑: no day
    assert partial_repairs("", [repaired("๕")])[0].code == "value_repaired"  # the OCR writes every digit
    plain = Issue("warning", "value_repaired", "m", {"rule": "sum", "chosen": "5"}, 1, 1, field="x.y")
    assert partial_repairs("46789", [plain]) == [plain]



def test_an_arabic_day_kept_beside_a_thai_year_may_be_a_digit_the_ocr_never_writes():
    # a form that mixes the scripts in a date ("2๙ มิถุนายน ๒๕๖๗"): the ๙ OCR cannot write may come out an Arabic 0
    def repaired(day: str, year: str) -> Issue:
        return Issue("warning", "value_repaired", "the year", {"rule": "fiscal_year", "printed": year,
                                                               "chosen": "2024-06-20", "kept": {"day": day}},
                     9, 9, field="projects.end_date")
    [issue] = partial_repairs("46789", [repaired("20", "๒๕๒๓")])  # 27 or 29 as well
    assert issue.code == "repair_ambiguous" and json.loads(issue.evidence)["read"] == "2024-06-20"
    assert partial_repairs("46789", [repaired("20", "2523")])[0].code == "value_repaired"  # all Arabic: as printed
    assert partial_repairs("46789", [repaired("30", "๒๕๒๓")])[0].code == "value_repaired"  # 37, 39: no day

def test_a_letter_seen_for_two_digits_in_dates_reads_as_either():
    both = {d for d in date_candidates("๒ฆ มิ.ย. ๒๕๖๒") if d.year == 2019}
    assert {date(2019, 6, 27), date(2019, 6, 29)} <= both
    assert date(2024, 7, 14) in date_candidates("๑๕/ฆ/๒๕๒")


def test_a_district_of_the_closed_list_is_not_read_as_a_misreading_printed_elsewhere():
    assert leaves_the_districts("สำนักงานเขตคันนายาว", "สำนักงานเขตค้นนายาว")
    assert not leaves_the_districts("สำนักงานเขตค้นนายาว", "สำนักงานเขตคันนายาว")
    assert not leaves_the_districts("โรงเรียนวัดบางนา", "โรงเรียนวัดบางนาใน")
    row = {"agency": "สำนักงานเขตคันนายาว", "line_start": 3, "line_end": 3, "project_key": "k"}
    lines = ["หน่วยงานสำนักงานเขตค้นนายาว", "ที่สำนักงานเขตค้นนายาวกรุงเทพ", "สำนักงานเขตค้นนายาว", "x"]
    issues = check_printings({"projects": [row]}, [], lines)
    assert row["agency"] == "สำนักงานเขตคันนายาว" and not [i for i in issues if i.code == "value_repaired"]


def _strategy(sub_issue: str, goal: str | None) -> dict:
    rec = {"strategy_issue": Reading("ด้านที่ 2 - มหานครปลอดภัย", "", 10, 10),
           "strategy_sub_issue": Reading(sub_issue, "", 12, 12)}
    if goal is not None:
        rec["strategy_goal"] = Reading(goal, "", 14, 14)
    return rec


def test_a_look_alike_in_a_strategy_number_is_read_from_the_other_fields_or_said():
    rec = _strategy("AAN 2.m - ความปลอดภัยทางถนน", "เป้าหมายที่ ๒.๓.๑ ลดอุบัติเหตุ")
    (issue,) = repair_ordinal_words(rec, "k")
    assert issue.code == "value_repaired" and rec["strategy_sub_issue"].value == "มิติที่ 2.๓ - ความปลอดภัยทางถนน"
    rec = _strategy("AAN 2.m - ความปลอดภัยทางถนน", None)  # no field prints the sub-issue's place
    (issue,) = repair_ordinal_words(rec, "k")
    assert issue.code == "repair_ambiguous" and rec["strategy_sub_issue"].value == "AAN 2.m - ความปลอดภัยทางถนน"


def test_a_date_whose_fitting_readings_share_one_year_is_read_in_it_its_day_as_printed():
    from parsers.repair import year_proven
    # "๒ ก.ค. ๒๕๒๒" read 2 July 2522 (1979); between the neighbours' dates every reading is in 2023 (the day
    # ๒ may be ๒, ๕, ๖ or lost a digit): the year is proven, the day not
    reading = Reading(date(1979, 7, 2), "๒ ก.ค. ๒๕๒๒", 5, 5)
    assert year_proven(reading, date(2023, 6, 22), date(2023, 8, 23)) == date(2023, 7, 2)
    # a window over two years the month may fall in: no one year
    wide = Reading(date(1979, 7, 2), "๒ ก.ค. ๒๕๒๒", 5, 5)
    assert year_proven(wide, date(2022, 6, 1), date(2023, 8, 23)) is None
    # the date as read, in that year, is not among the readings (after the window's end): nothing
    assert year_proven(reading, date(2023, 7, 3), date(2023, 8, 23)) is None
    # a date read inside its window: nothing to prove
    assert year_proven(Reading(date(2023, 7, 2), "๒ ก.ค. ๒๕๖๖", 5, 5), date(2023, 6, 1), date(2023, 8, 1)) is None


def test_a_report_date_of_several_readings_in_one_year_keeps_its_day_and_bounds_no_neighbour():
    from parsers.bma_progress.repairs import repair_dates
    project = {"fiscal_year_be": Reading(2566, "2566", 3, 3)}
    reports = {1: {"report_date": Reading(date(2023, 6, 22), "22/06/2566", 20, 20)},
               2: {"report_date": Reading(date(1979, 7, 2), "๒ ก.ค. ๒๕๒๒", 30, 30)},
               3: {"report_date": Reading(date(2023, 8, 23), "23/08/2566", 40, 40)}}
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2023, 7, 2)
    [issue] = [i for i in issues if i.line_start == 30]
    assert issue.code == "repair_ambiguous" and json.loads(issue.evidence)["year_proven"] == "2023-07-02"


def test_no_reading_is_chosen_for_a_damaged_date_before_its_fiscal_year_opens():
    from parsers.bma_progress.repairs import repair_dates

    def reports_with(later: date) -> tuple[dict, dict]:
        project = {"fiscal_year_be": Reading(2565, "2565", 3, 3)}
        return project, {1: {"report_date": Reading(date(1982, 5, 21), "๒๑/๕/๒๕๒๕", 30, 30)},
                         2: {"report_date": Reading(later, "x", 40, 40)}}
    # before a report of 10 January 2022 its one reading is 21 September 2021, in the slack before the year
    project, reports = reports_with(date(2022, 1, 10))
    issues = repair_dates(project, reports, "K")
    assert reports[1]["report_date"].value == date(1982, 5, 21)
    assert not [i for i in issues if i.code == "value_repaired" and i.line_start == 30]
    # inside the year, the readings are chosen among as before (April, May and August before a report of
    # September: several, in 2022)
    project, reports = reports_with(date(2022, 9, 25))
    repair_dates(project, reports, "K")
    assert reports[1]["report_date"].value == date(2022, 5, 21)
    # a date printed in the slack before the year, in order, stands
    project = {"fiscal_year_be": Reading(2565, "2565", 3, 3)}
    reports = {1: {"report_date": Reading(date(2021, 9, 20), "20/09/2564", 30, 30)},
               2: {"report_date": Reading(date(2021, 11, 1), "01/11/2564", 40, 40)}}
    assert not [i for i in repair_dates(project, reports, "K") if i.line_start == 30]
    assert reports[1]["report_date"].value == date(2021, 9, 20)


def test_with_the_entries_in_doubt_no_reading_is_chosen_before_the_fiscal_year_opens():
    from parsers.bma_progress.repairs import repair_dates
    project = {"fiscal_year_be": Reading(2565, "2565", 3, 3)}
    reports = {1: {"report_date": Reading(date(1982, 5, 21), "๒๑/๕/๒๕๒๕", 30, 30)},
               2: {"report_date": Reading(date(2022, 1, 10), "10/01/2565", 40, 40)}}
    issues = repair_dates(project, reports, "K", span=False, recheck=True)
    assert not [i for i in issues if i.code == "value_repaired"]
    # not 2021-05-21, before the year opens: its readings from the day it opens are all of 2022, so that year
    # alone is proven, day and month as printed, in doubt (repairs._years_proven_in_doubt)
    assert reports[1]["report_date"].value == date(2022, 5, 21)
    assert [json.loads(i.evidence).get("year_proven") for i in issues if i.code == "repair_ambiguous"] == ["2022-05-21"]


def test_a_text_repair_where_the_row_text_is_in_doubt_as_a_whole_is_not_claimed():
    from pipeline.doubtful import texts_in_doubt

    def marks(start: int) -> Issue:
        return Issue("warning", "value_repaired", "marks put back",
                     {"rule": "dictionary_marks", "printed": "ครูทีทำหน้าที", "chosen": "ครูที่ทำหน้าที่"},
                     start, start + 1, field="targets.text")
    cut = Issue("warning", "items_cut_in_doubt", "cut by widths", None, 10, 14, field="targets")
    inside, apart = marks(12), marks(20)
    out = texts_in_doubt([cut, inside, apart])
    assert [i.code for i in out] == ["items_cut_in_doubt", "repair_ambiguous", "value_repaired"]
    assert json.loads(out[1].evidence)["read"] == "ครูที่ทำหน้าที่" and out[1].field == "targets.text"
    other_table = Issue("warning", "unread_cells", "x", None, 10, 14, field="activities")
    assert texts_in_doubt([other_table, marks(12)])[1].code == "value_repaired"
    figure = Issue("warning", "value_repaired", "sum", {"rule": "sum", "chosen": "5"}, 12, 12, field="targets.x")
    assert texts_in_doubt([cut, figure])[1].code == "value_repaired"


def test_a_kept_day_of_one_digit_that_may_have_lost_one_makes_the_repair_ambiguous():
    """"๑ พฤษภาคม ๒๕๒๕" for ๑๗ พฤษภาคม ๒๕๖๗ (fresh set s55o, bma_proposal_s55o001; held-out h002 likewise): the
    OCR, writing no ๗, dropped it beside the ๑; the year repaired, the day kept as ๑ was a wrong repair (๑ stands
    for no other digit under the misread table).  A day of one Thai digit that an unread digit before or after it
    makes another day (๑๗) is in doubt; a two-digit day, or a day in Arabic digits, is not (a digit more makes none)."""
    def repaired(day: str) -> Issue:
        return Issue("warning", "value_repaired", "the year", {"rule": "fiscal_year", "printed": "๒๕๒๕",
                                                               "chosen": "2024-05-01", "kept": {"day": day}},
                     70, 70, field="projects.end_date")
    [issue] = partial_repairs("46789", [repaired("๑")])
    assert issue.code == "repair_ambiguous" and "lost" in issue.message
    for day in ("๓๑", "1"):
        assert partial_repairs("46789", [repaired(day)])[0].code == "value_repaired", day
    assert partial_repairs("", [repaired("๑")])[0].code == "value_repaired"  # the OCR writes every digit
