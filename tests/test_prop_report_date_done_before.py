"""A BMA progress report date whose month OCR misread ("๒๐๒๐-๕-๑๐" for 2020-08-10, the ๘ read as ๕) though
the report's own description says its work was already done in a later month ("... ไปแล้วเมือวันที่ ๐๕
สิงหาคม ๒๕๒๓": the month is a word, which OCR keeps): the report is written on or after that month, so its
date is read again between the first of that month and the next report's date (rule done_before).  One
reading left: repaired and said; several: kept as read and said; no such clause: kept as before."""

from __future__ import annotations

from datetime import date

from parsers.bma_progress.repairs import done_floor, repair_dates
from schemas.document import Reading

DONE = "ได้ดำเนินการประชุมเชิงปฏิบัติการ ไปแล้วเมือวันที่ ๐๕ สิงหาคม ๒๕๒๓ ขณะนี้อยู่ระหว่างการรวบรวมเอกสาร"


def _reports(description: str, next_date: date) -> tuple[dict, dict]:
    project = {"fiscal_year_be": Reading(2563, "2563", 3, 3)}
    reports = {
        1: {"report_date": Reading(date(2020, 4, 20), "๒๐/๔/๒๕๖๓", 20, 20)},
        2: {"report_date": Reading(date(2020, 5, 10), ":: ๒๐๒๐-๕-๑๐", 30, 30),
            "description": Reading(description, description, 31, 32)},
        3: {"report_date": Reading(next_date, str(next_date), 40, 40)},
    }
    return project, reports


def test_a_date_before_the_month_its_description_says_the_work_was_done_is_read_again():
    project, reports = _reports(DONE, date(2020, 8, 12))
    issues = repair_dates(project, reports, "K")
    # ๕ read for ๘ (or ๗, ๙); ๑๐ may be 14, 16 too: only 2020-08-10 is in August before the next report
    fixed = [i for i in issues if i.code == "value_repaired" and i.line_start == 30]
    assert fixed and fixed[0].field == "progress_reports.report_date" and '"done_before"' in fixed[0].evidence


def test_several_readings_after_that_month_keep_the_printed_date_and_say_so():
    project, reports = _reports(DONE, date(2020, 9, 30))
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2020, 5, 10)  # 2020-08-10, 08-14, 09-10, ... all fit
    assert [i for i in issues if i.code == "repair_ambiguous" and i.line_start == 30
            and i.field == "progress_reports.report_date"]


def test_without_the_clause_the_date_is_kept_as_read():
    project, reports = _reports("ได้ดำเนินการประชุมเชิงปฏิบัติการ ขณะนี้อยู่ระหว่างการรวบรวมเอกสาร", date(2020, 8, 12))
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2020, 5, 10)
    assert not [i for i in issues if i.line_start == 30]


def test_the_floor_is_the_month_in_the_report_window_and_needs_a_month_word():
    window = (date(2019, 8, 31), date(2021, 3, 31))
    assert done_floor({"description": Reading(DONE, DONE, 1, 1)}, window) == date(2020, 8, 4)  # ๕ may be ๔ misread
    nov = "จัดอบรม ไปแล้วเมื่อวันที่ 23 พฤศจิกายน 2562"
    assert done_floor({"description": Reading(nov, nov, 1, 1)}, window) == date(2019, 11, 23)  # the earliest November
    speck = "จัดอบรม ไปแล้วเมื่อวันที่ » กันยายน ๒๕๖๒"  # a speck for the day: the month's first day
    assert done_floor({"description": Reading(speck, speck, 1, 1)}, window) == date(2019, 9, 1)
    bare = "จัดอบรม ไปแล้วเมื่อวันที่ 23/11/2562"
    assert done_floor({"description": Reading(bare, bare, 1, 1)}, window) is None


def test_the_day_the_work_was_done_pins_a_month_ocr_wrote_in_latin_letters():
    # "aA." may be ก.ค. or ส.ค.: the work done on 27 July leaves 5 August alone
    desc = "ได้ดำเนินการอบรมเชิงปฏิบัติการ การเรียนรู้เชิงรุก ไปแล้วเมือวันที 27 กรกฎาคม 2563"
    project = {"fiscal_year_be": Reading(2563, "2563", 3, 3)}
    reports = {1: {"report_date": Reading(date(2020, 6, 20), "20 มิ.ย. 2563", 20, 20)},
               2: {"report_date": Reading(None, "5 aA. 2563", 30, 30), "description": Reading(desc, desc, 30, 31)},
               3: {"report_date": Reading(date(2020, 9, 20), "20 ก.ย. 2563", 40, 40)}}
    issues = repair_dates(project, reports, "K")
    assert reports[2]["report_date"].value == date(2020, 8, 5)
    assert [i for i in issues if i.code == "value_repaired" and i.line_start == 30 and '"done_before"' in i.evidence]
