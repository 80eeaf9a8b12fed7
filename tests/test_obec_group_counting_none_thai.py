"""An OBEC report whose first status group counts no projects, its count
printed in Thai digits ("๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๐
โครงการ"), and whose next group's header OCR lost (set s44z
obec_progress_s44z004: the in-progress header turned to specks, its count
in the summary unreadable, "«").  A header counting an Arabic 0 was taken at
its word (read._counts_none: the titles after it are the next group's); a
Thai ๐ OCR may have read for a ๔ or a ๖, so every title stayed completed.
Where the summary counts none for the group too, and the next group's
header was not read and no title stands under it, the titles are that
group's (read.groups_counting_none), said as a repair of plan_status (rule
count).  A summary that counts titles for the group leaves them as read."""

from __future__ import annotations

import json

from tests.test_obec_ocr import project, run

FY = "๒๕๖๗"


def _report(completed: str = "๐", header: bool = False) -> str:
    head = f"""สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑
รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. {FY} รอบ ๖ เดือน
รายงานสรุปความก้าวหน้าของการดำเนินโครงการ ตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {FY} รอบ ๖ เดือน
ข้อมูล ณ วันที่ ๓๑ มีนาคม {FY}
โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {FY} จำนวน ๒ โครงการ มีความก้าวหน้าการดำเนินการ ดังนี้
๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน {completed} โครงการ คิดเป็นร้อยละ ๐.๐๐
๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน « โครงการ คิดเป็นร้อยละ ๑๐๐.๐๐
การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๒ ปีงบประมาณ {FY} โครงการตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. {FY} จำนวน ๒ โครงการ
จำนวนเงินงบประมาณตามแผนการใช้จ่าย ๑๐,๐๐๐.๐๐ บาท
จำนวนเงินงบประมาณที่เบิกจ่ายจริง ๑๐,๐๐๐.๐๐ บาท คิดเป็นร้อยละ ๑๐๐.๐๐
๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๐ โครงการ โดยมีรายละเอียด ดังนี้
"""
    second = "๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน ๒ โครงการ โดยมีรายละเอียด ดังนี้\n" if header else ""
    return head + second + project(1, FY) + project(2, FY)


def _statuses(rows: dict) -> list[tuple[str, int]]:
    return sorted((p["plan_status"], p["group_seq"]) for p in rows["projects"])


def _status_issues(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["field"] == "projects.plan_status"]


def test_titles_under_a_group_both_its_header_and_the_summary_count_none_are_the_next_group_s():
    truth = run(_report(header=True))
    assert _statuses(truth) == [("in_progress", 1), ("in_progress", 2)]
    rows = run(_report())
    assert _statuses(rows) == _statuses(truth)  # before: both completed
    said = _status_issues(rows)
    assert len(said) == 2 and {(i["code"], json.loads(i["evidence"])["chosen"]) for i in said} == {
        ("value_repaired", "in_progress")}
    assert not _status_issues(truth)


def test_a_summary_that_counts_titles_for_the_group_leaves_them_as_read():
    assert [s for s, _ in _statuses(run(_report(completed="๒")))] == ["completed"] * 2
