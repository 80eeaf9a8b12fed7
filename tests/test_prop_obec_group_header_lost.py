"""An OBEC report whose status group's header OCR lost ("๒. โครงการที่อยู่ระหว่างดำเนินการ (๒ โครงการ)" not
read): the group's projects were read under the group before, numbered on past its count ("๑." read as the
group's second project), so the report's printed copies, keyed by group and number, were not merged (each
project twice, under two statuses).  The summary's counts part the group again where the numbering starts
over at 1 (parsers.obec_progress.read.split_groups), said as a repair of plan_status (rule count); where the
counts do not add up or the numbers go on, the titles stay as read."""

from __future__ import annotations

import json

from tests.test_obec_ocr import project, run

FY = "๒๕๖๗"


def _numbered(n: int, printed: str) -> str:
    text = project(n, FY)
    return text.replace(f"{n}. โครงการ", f"{printed}. โครงการ", 1)


def _report(in_progress_count: str = "๒", printed: tuple[str, str] = ("๑", "๒"), header: bool = False) -> str:
    head = f"""สำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑
รายงานความก้าวหน้า การดำเนินงานตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. {FY} รอบ ๖ เดือน
รายงานสรุปความก้าวหน้าของการดำเนินโครงการ ตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {FY} รอบ ๖ เดือน
ข้อมูล ณ วันที่ ๓๑ มีนาคม {FY}
โครงการตามแผนปฏิบัติการประจำปีงบประมาณ พ.ศ. {FY} จำนวน ๓ โครงการ มีความก้าวหน้าการดำเนินการ ดังนี้
๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน ๑ โครงการ คิดเป็นร้อยละ ๓๓.๓๓
๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน {in_progress_count} โครงการ คิดเป็นร้อยละ ๖๖.๖๗
การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๒ ปีงบประมาณ {FY} โครงการตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. {FY} จำนวน ๓ โครงการ
จำนวนเงินงบประมาณตามแผนการใช้จ่าย ๑๕,๐๐๐.๐๐ บาท
จำนวนเงินงบประมาณที่เบิกจ่ายจริง ๑๕,๐๐๐.๐๐ บาท คิดเป็นร้อยละ ๑๐๐.๐๐
๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว (๑ โครงการ)
"""
    second = "๒. โครงการที่อยู่ระหว่างดำเนินการ (๒ โครงการ)\n" if header else ""
    return head + _numbered(1, "๑") + second + _numbered(2, printed[0]) + _numbered(3, printed[1])


def _statuses(rows: dict) -> list[tuple[str, int, str]]:
    return sorted((p["plan_status"], p["group_seq"], p["name"][-20:]) for p in rows["projects"])


def _status_issues(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["field"] == "projects.plan_status"]


def test_a_group_whose_header_was_lost_is_parted_by_the_summary_counts_where_the_numbers_start_again():
    truth = run(_report(header=True))
    rows = run(_report())
    assert _statuses(rows) == _statuses(truth) == [
        ("completed", 1, "โครงการทดสอบที่ 1 ของสำนักงาน"[-20:]), ("in_progress", 1, "โครงการทดสอบที่ 2 ของสำนักงาน"[-20:]),
        ("in_progress", 2, "โครงการทดสอบที่ 3 ของสำนักงาน"[-20:])]
    issues = _status_issues(rows)
    assert [i["code"] for i in issues] == ["value_repaired"] * 2
    assert {(json.loads(i["evidence"])["rule"], json.loads(i["evidence"])["chosen"]) for i in issues} == {
        ("count", "in_progress")}
    assert not _status_issues(truth)
    # the moved titles' numbers are theirs as printed: no sequence repair is left on them
    assert not [i for i in rows["issues"] if i["field"] == "projects.group_seq"]


def test_no_parting_where_the_counts_do_not_add_up_or_the_numbers_go_on():
    # the summary counts 3 in progress: 1 + 3 is not the 3 titles read
    # (the titles past the group's count are said in doubt: the next group's header not read, none under it,
    # they may be its: read.groups_past_count)
    rows = run(_report(in_progress_count="๓"))
    assert [s for s, _, _ in _statuses(rows)] == ["completed"] * 3
    assert _past_count(rows) == [2, 3]
    # the numbers go on (2, 3): one group, as printed, the summary's count in doubt
    rows = run(_report(printed=("๒", "๓")))
    assert [s for s, _, _ in _statuses(rows)] == ["completed"] * 3
    assert _past_count(rows) == [2, 3]


def _past_count(rows: dict) -> list[int]:
    """The group numbers of the projects whose plan_status is said in doubt, the next group named."""
    said = {i["project_key"] for i in _status_issues(rows) if i["code"] == "repair_ambiguous"
            and json.loads(i["evidence"])["candidates"] == ["completed", "in_progress"]}
    assert len(said) == len(_status_issues(rows))
    return sorted(p["group_seq"] for p in rows["projects"] if p["project_key"] in said)
