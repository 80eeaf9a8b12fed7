"""The OBEC summary's as-of date ("ข้อมูล ณ วันที่ ๓๐ มิถุนายน ๒๕๖๗") after
OCR: the last day of the round, which the round's months and the report's
fiscal year fix (summary_repairs.repair_round).  Fresh sets s38z, s39o,
s39z, s40o, s40z: the date's day read as letters ("mo" for ๓๐) and its year
misread, left unread because the report's year was chosen in doubt (a
year in doubt "dated nothing"); a year chosen in doubt now dates the round's
end in doubt, flagged as the year is (repair_ambiguous), where a year left
undecided still dates nothing.  A year printed with an Arabic 9 among Thai
digits ("๒๕9๐", OCR's way with a ๖) is read as the fiscal-year mentions
read it (parsers.repair.year_candidates); one that reads the report's year
only if a digit the document's OCR never writes came out as another
("๒๕๒๑" for ๒๕๖๗, fresh set s41z) dates the round's end in doubt.  And "ณ"
OCR read as a Latin "a" ("ข้อมูล a วันที่ ๓๐ กันยายน") still opens the date."""
import datetime
import json

from parsers.obec_progress.summary import read_summary
from parsers.obec_progress.summary_repairs import repair_round
from schemas.document import Line, Reading


def _summary(as_of: str, fy: int = 2567, months: int = 9, quarter: int = 3) -> dict:
    return {"fiscal_year_be": Reading(fy, f"ปีงบประมาณ พ.ศ. {fy}", 2, 2),
            "period_months": Reading(months, f"รอบ {months} เดือน", 2, 2),
            "budget_quarter": Reading(quarter, f"ไตรมาสที่ {quarter}", 20, 20),
            "as_of_date": Reading(None, as_of, 5, 5)}


def test_a_year_chosen_in_doubt_dates_the_round_s_end_in_doubt():
    summary = _summary("ณ วันที mo มิถุนายน พ.ศ. ๒๕๒๓")
    issues = repair_round(summary, year_settled=False, year_chosen=True)
    assert summary["as_of_date"].value == datetime.date(2024, 6, 30)
    (issue,) = [i for i in issues if i.field == "report_summaries.as_of_date"]
    assert issue.code == "repair_ambiguous" and json.loads(issue.evidence)["chosen"] == "2024-06-30"
    # a year left undecided (no year chosen) dates nothing
    summary = _summary("ณ วันที mo มิถุนายน พ.ศ. ๒๕๒๓")
    assert not repair_round(summary, year_settled=False, year_chosen=False)
    assert summary["as_of_date"].value is None


def test_a_year_with_an_arabic_digit_for_a_thai_one_fits_the_round():
    summary = _summary("ณ วันที mo มิถุนายน พ.ศ. ๒๕9๐", fy=2566)
    issues = repair_round(summary)
    assert summary["as_of_date"].value == datetime.date(2023, 6, 30)
    assert [i.code for i in issues if i.field == "report_summaries.as_of_date"] == ["value_repaired"]


def test_the_date_opens_after_an_a_that_ocr_read_for_its_word():
    lines = [Line(1, "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาลพบุรี เขต ๒"),
             Line(2, "รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๑๒ เดือน"),
             Line(3, "ข้อมูล a วันที่ ๓๐ กันยายน ๒๕๖๗")]
    got, _ = read_summary(lines)
    assert got["as_of_date"].value == datetime.date(2024, 9, 30) and got["as_of_date"].line_start == 3


def test_a_year_read_so_only_through_a_digit_the_ocr_never_writes_dates_in_doubt():
    # (fresh set s41z: "๒๕๖๗" read "๒๕๒๑" in a report whose OCR never writes a ๗; the report's year settled)
    summary = _summary("ณ วันที me มีนาคม ๒๕๒๑", months=6, quarter=2)
    issues = repair_round(summary, unread="46789")
    assert summary["as_of_date"].value == datetime.date(2024, 3, 31)
    assert [i.code for i in issues if i.field == "report_summaries.as_of_date"] == ["repair_ambiguous"]
    # every digit written somewhere: the printing reads no such year, and nothing dates it
    summary = _summary("ณ วันที me มีนาคม ๒๕๒๑", months=6, quarter=2)
    assert not repair_round(summary, unread="")
    assert summary["as_of_date"].value is None
