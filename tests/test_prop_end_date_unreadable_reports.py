"""A BMA progress form's end date OCR left unreadable ("๓๐/ฒ/๒๕๖๓": ๙ read as
ฒ, which stands for ๗ or ๙), several of whose readings fall in the fiscal
year: it was flagged (repair_ambiguous) and left empty, even where the
report dates, which the project's period holds, leave one reading (a report
in August: the end cannot be 30 July).  Now the unreadable start or end is
read again between the report dates and the year's edge, as a date read
outside them already was (repairs._unreadable_by_reports, rule report_span);
with several readings still left there, the doubt stays (the fiscal year's
last day among them taken in doubt: rule fiscal_year_edge)."""

from __future__ import annotations

import json
from datetime import date

from pipeline.stages import process_document
from tests.conftest import sample_text

SAMPLE = "001_fdefb2afb18072a2.txt"
END = "สิ้นสุดโครงการ : 2020-09-30 00:00:00"
LAST_REPORT = "- รายงานครั้งที่ 10 :: 8/7/2563 :"


def _rows(last_report_date: str) -> dict:
    source = sample_text(SAMPLE)
    assert END in source and LAST_REPORT in source
    text = source.replace(END, "สิ้นสุดโครงการ : ๓๐/ฒ/๒๕๖๓").replace(
        LAST_REPORT, f"- รายงานครั้งที่ 10 :: {last_report_date} :")
    return process_document("001.txt", text.encode("utf-8"))


def _issues(rows: dict, code: str) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == code and i["field"] == "projects.end_date"]


def test_the_report_dates_leave_one_reading_of_an_unreadable_end():
    rows = _rows("8/8/2563")
    assert rows["projects"][0]["end_date"] == date(2020, 9, 30)
    repaired = _issues(rows, "value_repaired")
    assert len(repaired) == 1 and json.loads(repaired[0]["evidence"])["rule"] == "report_span"
    assert not _issues(rows, "repair_ambiguous")


def test_several_readings_left_after_the_last_report_stay_in_doubt():
    rows = _rows("8/7/2563")  # 30 July and 30 September both after it
    # in doubt still: the fiscal year's last day among them is taken, said as a choice in doubt (rule
    # fiscal_year_edge: repairs._fiscal_year_edges), not repaired
    assert rows["projects"][0]["end_date"] == date(2020, 9, 30)
    [doubt] = _issues(rows, "repair_ambiguous")
    assert json.loads(doubt["evidence"])["rule"] == "fiscal_year_edge" and not _issues(rows, "value_repaired")
