"""A report dated before the day its own description says the work was done
("... ไปแล้วเมื่อวันที่ 22 สิงหาคม 2566" in report 9, dated 21/8/2566: OCR read
the date's 7 as 1): one of the two dates is misread, and nothing said so
(fresh set s93o bma_progress_s93o008, a silent miss).  Now
rows.check_report_dates says so (report_date_order) at the report's date."""

from datetime import date

from parsers.bma_progress.rows import check_report_dates, done_after
from schemas.document import Reading

_DONE = "ได้ดำเนินการอบรมเชิงปฏิบัติการ ไปแล้วเมื่อวันที่ 22 สิงหาคม 2566 ขณะนี้อยู่ระหว่างการรวบรวมเอกสาร"


def _reports(day: date, text: str) -> dict:
    return {9: {"report_date": Reading(day, day.isoformat(), 156, 156),
                "description": Reading(text, text, 158, 161)}}


def test_a_report_dated_before_the_work_its_description_says_was_done_is_said():
    issues = [i for i in check_report_dates(_reports(date(2023, 8, 21), _DONE), 2566)
              if i.code == "report_date_order"]
    assert len(issues) == 1 and issues[0].field == "progress_reports.report_date"
    assert issues[0].line_start == 156 and "2023-08-22" in issues[0].message


def test_work_done_before_the_report_or_planned_after_it_says_nothing():
    assert done_after(Reading(_DONE, _DONE, 1, 1), date(2023, 8, 27)) is None
    planned = "อยู่ระหว่างการเตรียมการ จะจัดอบรมในวันที่ 30 สิงหาคม 2566"
    assert done_after(Reading(planned, planned, 1, 1), date(2023, 8, 21)) is None
    assert not [i for i in check_report_dates(_reports(date(2023, 8, 27), _DONE), 2566) if i.code == "report_date_order"]
