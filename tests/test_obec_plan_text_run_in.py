"""An OBEC project whose last alignment heading OCR lost, its text read into
the row before (rounds.plan_texts_run_in): another project of the report
prints that text under the heading, so the lost row is said (missing_row on
`alignments` at the row's lines), not left silent; a project that prints
fewer headings with no such line, as a real report may, is not flagged."""

from __future__ import annotations

import json

import pytest

from tests.test_obec_ocr import report, run

pytestmark = pytest.mark.usefixtures("repair_on")

SUB_TEXT = "ข้าราชการครูและบุคลากรทางการศึกษามีการพัฒนาตนเองอย่างต่อเนื่อง"
NESDP_TEXT = "กำลังคนมีสมรรถนะสูง สอดคล้องกับความต้องการของภาคการผลิต"


def project(n: int, nesdp_heading: bool = True, nesdp_text: bool = True) -> str:
    """One project's quarter printing the sub-plan's and the NESDP's alignments (the latter's heading and text
    each optional)."""
    heading = "ความก้าวหน้าของโครงการที่ดำเนินการกับแผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓\n"
    return f"""{n}. โครงการทดสอบที่ {n} ของสำนักงาน
ความก้าวหน้าของเป้าหมายโครงการ ประจำไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗
เป้าหมายเชิงผลผลิต (Output)
ครูในสังกัด จำนวน ๔๐ คน ได้รับการพัฒนา
ความก้าวหน้าของกิจกรรมที่ดำเนินการ ประจำไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗
กิจกรรมหลักที่ ๑ ประชุมคณะกรรมการ
ได้ดำเนินการแล้ว เมื่อวันที่ ๑๕ มกราคม พ.ศ. ๒๕๖๗ ณ ห้องประชุม
ผลการดำเนินงานต่อเป้าหมายของแผนย่อย
{SUB_TEXT}
{heading if nesdp_heading else ""}{NESDP_TEXT + chr(10) if nesdp_text else ""}\
การเบิกจ่ายงบประมาณประจำไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗
จำนวนเงินงบประมาณตามแผนการใช้จ่าย ๕,๐๐๐ บาท
จำนวนเงินงบประมาณที่เบิกจ่ายจริง ๕,๐๐๐ บาท
ผลการเบิกจ่ายงบประมาณ สามารถเบิกจ่ายงบประมาณได้ตามแผนการ
สรุปปัญหาและข้อเสนอแนะของโครงการประจำไตรมาสที่ ๒ ปีงบประมาณ ๒๕๖๗
ผลการดำเนินงาน
ได้ดำเนินการครบตามแผนที่กำหนด
"""


def run_in(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "missing_row" and i["field"] == "alignments"
            and "another project of the report prints" in i["message"]]


def test_a_lost_last_heading_whose_text_another_project_prints_is_said():
    text = report(projects=[project(1), project(2, nesdp_heading=False)])
    rows = run(text)
    found = run_in(rows)
    assert len(found) == 1, found
    issue = found[0]
    assert json.loads(issue["evidence"])["missing"] == ["plan_nesdp"]
    lines = text.splitlines()
    # at the glued row's lines: from its text's first line to the lost row's line
    assert lines[issue["line_start"] - 1] == SUB_TEXT
    assert lines[issue["line_end"] - 1] == NESDP_TEXT
    # the glued row is project 2's sub-plan alignment, read with both texts: its lines are the issue's
    glued = [r for r in rows["alignments"] if NESDP_TEXT in r["text"] and SUB_TEXT in r["text"]]
    assert glued and glued[0]["line_start"] <= issue["line_start"] and issue["line_end"] <= glued[0]["line_end"]


def test_a_project_printing_fewer_headings_with_no_shared_line_is_not_flagged():
    rows = run(report(projects=[project(1), project(2, nesdp_heading=False, nesdp_text=False)]))
    assert run_in(rows) == []


def test_every_project_printing_every_heading_is_not_flagged():
    rows = run(report(projects=[project(1), project(2)]))
    assert run_in(rows) == []
