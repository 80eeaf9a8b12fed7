"""An OBEC report's summary, before its projects, counts them by status
("๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๒ โครงการ คิดเป็นร้อยละ ๑๐๐.๐๐"),
may draw them as a chart whose legend prints each status phrase alone after a
mark ("○ โครงการที่อยู่ระหว่างดำเนินการ"), then states the report's budget.
Two ways OCR let the summary's budget be read as a project's:

- the page width wrapped a status row before its percentage ("... จำนวน ๐
  โครงการ" / "คิดเป็นร้อยละ ๐.๐๐"): the row read as a status group's header
  (a header counts its projects, and the percentage that says "summary row"
  was on the next line);
- the legend's mark read as a speck or a digit ("0", "[)", "-", "7"): a legend
  line read as a group's header (a number) or as a project's title whose
  number OCR lost, numbered by its place.

Either way the legend's phrases became projects (or the group's first), the
summary's budget section their budget rows, and the summary's budget fields
went unread (s24t004, s25v003, s22q003, s21k003, s19oba002; obbud25a004,
obtxt25b004, obtxt25b008, sil25a003, obnum25a001).  Now a status row with
"คิดเป็นร้อยละ" opening the next line is no group header (read._percent_below),
and legend lines, two or more together, are text (read._in_legend: no group
header, no title)."""
from decimal import Decimal

from tests.test_obec_ocr import report, run

ROW = "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ คิดเป็นร้อยละ ๑๐๐.๐๐\n"
HEAD = "การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗ โครงการตามแผนปฏิบัติการ"


def _damaged(row: str = ROW, legend: str = "") -> str:
    text = report()
    assert ROW in text and HEAD in text
    return text.replace(ROW, row, 1).replace(HEAD, legend + HEAD, 1)


def _read_right(rows: dict) -> None:
    assert sorted(p["name"] for p in rows["projects"]) == ["โครงการทดสอบที่ 1 ของสำนักงาน",
                                                            "โครงการทดสอบที่ 2 ของสำนักงาน"]
    assert len(rows["quarterly_budgets"]) == 2  # each project's own, none of the summary's
    (summary,) = rows["report_summaries"]
    assert summary["budget_planned"] == Decimal("10000.00")


def test_a_status_row_whose_percentage_wrapped_is_no_group_header():
    wrapped = ("๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 0 โครงการ\nคิดเป็นร้อยละ ๐.๐๐\n"
               "๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน 2 โครงการ คิดเป็นร้อยละ ๑๐๐.๐๐\n")
    legend = "- โครงการที่อยู่ระหว่างดำเนินการ\n- โครงการที่ยังไม่ได้ดำเนินการ\n- โครงการที่ดำเนินการเสร็จสิ้นแล้ว\n"
    _read_right(run(_damaged(wrapped, legend)))


def test_a_chart_legend_whose_marks_read_as_digits_is_text():
    legend = "0 โครงการที่อยู่ระหว่างดำเนินการ\n[) โครงการที่ดำเนินการเสร็จสิ้นแล้ว\n[) โครงการที่ยังไม่ได้ดำเนินการ\n"
    _read_right(run(_damaged(legend=legend)))


def test_a_group_header_and_a_lone_status_phrase_stay_what_they_were():
    # a header whose count the page wrapped onto the next line is still a header (no percentage below it)
    text = report().replace("๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้",
                            "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว\nจำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้")
    rows = run(text)
    assert len(rows["projects"]) == 2 and {p["plan_status"] for p in rows["projects"]} == {"completed"}
