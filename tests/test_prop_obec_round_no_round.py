"""An OBEC report's round printed with a number of months no round has:
"รอบ ๖ เดือน" read by OCR as "รอบ 5 เดือน" (fresh set sc22a obec_progress_sc22a003), a misread the table of
confusions lacks, so none of the printed digit's readings is a round (3, 6, 9 or 12 months).  Before,
the round's repair found no reading to choose among and left 5 months standing with no issue naming it
(silent).  Now a number no round has tells no more than a number OCR left unread: the budget quarter and
the as-of date decide when they agree on one round (value_repaired), and where they leave several or
none, the printed value is kept and flagged (repair_ambiguous, implausible_value)."""
import json

from tests.test_obec_ocr import report, run


def _said(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["field"] == "report_summaries.period_months"]


def test_a_round_of_months_no_round_has_is_read_from_its_quarter_and_as_of_date():
    rows = run(report().replace("รอบ ๖ เดือน", "รอบ 5 เดือน"))
    assert rows["report_summaries"][0]["period_months"] == 6
    said = _said(rows)
    assert [i["code"] for i in said] == ["value_repaired"]
    assert json.loads(said[0]["evidence"])["chosen"] == "6"


def test_a_round_of_months_no_round_has_that_nothing_decides_is_flagged():
    # the as-of date's month unreadable and the summary's budget quarter gone: any round fits
    text = report().replace("รอบ ๖ เดือน", "รอบ 5 เดือน").replace("มีนาคม", "xxxxx")
    text = text.replace("การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗ โครงการ", "การเบิกจ่ายงบประมาณ โครงการ")
    rows = run(text)
    assert rows["report_summaries"][0]["period_months"] == 5
    assert [i["code"] for i in _said(rows)] == ["repair_ambiguous"]


def test_a_round_of_months_no_round_has_that_its_quarter_and_date_contradict_is_flagged():
    # quarter 2 but an as-of date in September (a round of 12): no round fits both
    text = report(as_of="๓๐ กันยายน {fy}").replace("รอบ ๖ เดือน", "รอบ 5 เดือน")
    rows = run(text)
    assert rows["report_summaries"][0]["period_months"] == 5
    assert [i["code"] for i in _said(rows)] == ["implausible_value"]
