"""The round's months ("รอบ ๖ เดือน") where the report's title, as read,
prints none: its "เดือน" garbled ("รอบ b tau": fresh set s57o,
obec_progress_s57o004; "รอบ ๓ LADY": s54o's obec_progress_s54o004), or its
number wrapped past the title's next line ("... พ.ศ. ๒๕๒๕ รอบ" / blank /
"๑๒ เดือน": s53z's obec_progress_s53z002).  The summary's period_months was
left empty (missing_value); now it is read from the summary's other heading
that prints them ("รายงานสรุปความก้าวหน้า... รอบ ๖ เดือน"), the first with a
number, and weighed by the round's repair as before."""

import json

from tests.test_obec_ocr import report, run

TITLE = "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ ๖ เดือน\nรายงานสรุป"
# the title's "เดือน" garbled, a line of the cover's between it and the summary's heading (its months beyond the
# title's next line, where the title's own are looked for)
GARBLED = "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ รอบ b tau\nกลุ่มนโยบายและแผน\nรายงานสรุป"


def test_the_months_a_garbled_title_lost_are_read_from_the_summary_s_heading():
    text = report().replace(TITLE, GARBLED, 1)
    assert text != report()
    assert run(text)["report_summaries"][0]["period_months"] == 6


def test_the_months_the_summary_s_heading_misread_are_repaired_by_the_round():
    # the title's lost, the summary heading's "๖" read "๒": 2 months is no round's; the budget quarter (๒) and
    # the as-of date (March) leave 6
    text = report().replace(TITLE, GARBLED, 1).replace("รอบ ๖ เดือน", "รอบ ๒ เดือน")
    assert "รอบ ๖" not in text
    rows = run(text)
    assert rows["report_summaries"][0]["period_months"] == 6
    repaired = [json.loads(i["evidence"]) for i in rows["issues"]
                if i["code"] == "value_repaired" and i["field"] == "report_summaries.period_months"]
    assert repaired == [{"rule": "round", "printed": "๒", "chosen": "6"}]


def test_no_months_printed_anywhere_stay_unread():
    text = report().replace(TITLE, GARBLED, 1).replace("รอบ ๖ เดือน", "")
    rows = run(text)
    assert rows["report_summaries"][0].get("period_months") is None
    assert any(i["field"] == "report_summaries.period_months" for i in rows["issues"])
