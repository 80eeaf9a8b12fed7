"""An OBEC group's last titles listed with no section (projects that report nothing, "หมายเหตุ โครงการที่ ...")
right after the project before it's findings, the first numbered by a plain digit the list already passed ("๑.
โครงการส่งเสริม..." for ๗, ๗ read as ๑ past the table of confusions), the next by a misreading of the number after
("๕." for ๘): no section after it vouched for it, so it was read as one more finding of the project before and its
project was lost (fresh set s92p, obec_progress_s92p001).  Where the group's stated count awaits it and the next
title is numbered so (read._count_awaits, asked with the number passed), it is a title, numbered by its place,
which the summary's count confirms or leaves in doubt; a count that awaits no more titles leaves it a finding, and
so does a line whose next title is numbered otherwise."""
import json

from tests.test_obec_ocr import project, report, run

TITLE = "โครงการส่งเสริมสุขภาวะที่ดีของนักเรียนด้วยกิจกรรมกีฬา"
LAST = "โครงการส่งเสริมการจัดการเรียนรู้ตามหลักปรัชญาของเศรษฐกิจพอเพียง"
NOTE = "หมายเหตุ โครงการที่ 3 และ 4 เป็นโครงการที่ได้รับจัดสรรงบประมาณจากสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน\n"


def _text(count: int = 4, last: str = "๕") -> str:
    text = report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗"), f"๑. {TITLE}\n", f"{last}. {LAST}\n{NOTE}"])
    return text.replace("จำนวน 4 โครงการ", f"จำนวน {count} โครงการ")


def test_a_passed_number_after_findings_opens_the_title_the_count_awaits():
    rows = run(_text())
    names = [p["name"] for p in sorted(rows["projects"], key=lambda p: p["group_seq"])]
    assert names[2:] == [TITLE, LAST]
    assert not any(TITLE in f["text"] for f in rows["findings"])
    said = [json.loads(i["evidence"]) for i in rows["issues"] if i["field"] == "projects.group_seq"]
    assert {"rule": "count", "chosen": 3} in [{k: e.get(k) for k in ("rule", "chosen")} for e in said]


def test_a_count_that_awaits_no_more_titles_leaves_it_a_finding():
    rows = run(_text(count=2))
    assert TITLE not in [p["name"] for p in rows["projects"]]
