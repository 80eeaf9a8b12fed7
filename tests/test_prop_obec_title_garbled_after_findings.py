"""An OBEC group's last titles listed with no section (projects that report
nothing, "หมายเหตุ โครงการที่ ๙ และ ๑๐ ..."), the first right after the
project before it's findings, its number garbled by OCR with its mark
kept ("wv. โครงการ..." for ๙., "oa. โครงการ..." for ๗.; fresh sets s38z,
s40o): no section after it vouched for it, and no plainly numbered title
(the next garbled too, or misread: "๕." for ๘.), so it was read as one
more finding of the project before and the project was lost.  Where the
group's stated count reads as its place or more, the count awaits it
(read._count_awaits): a title, numbered by its place, which the summary's
count confirms or leaves in doubt (number_titles)."""
import json

from tests.test_obec_ocr import project, report, run

TITLE = "โครงการพัฒนาห้องสมุดโรงเรียนในสังกัด"
NOTE = "หมายเหตุ โครงการที่ 3 เป็นโครงการที่ได้รับจัดสรรงบประมาณจากสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน\n"


def test_a_garbled_number_after_findings_opens_the_title_the_count_awaits():
    rows = run(report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗"), f"wv. {TITLE}\n{NOTE}"]))
    assert [p["name"] for p in sorted(rows["projects"], key=lambda p: p["group_seq"])][2:] == [TITLE]
    assert not any(TITLE in f["text"] for f in rows["findings"])
    (issue,) = [i for i in rows["issues"] if i["field"] == "projects.group_seq"]
    assert issue["code"] == "value_repaired" and json.loads(issue["evidence"])["chosen"] == 3


def test_a_count_that_awaits_no_more_titles_leaves_it_a_finding():
    text = report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗"), f"wv. {TITLE}\n{NOTE}"])
    text = text.replace("จำนวน 3 โครงการ", "จำนวน 2 โครงการ")
    rows = run(text)
    assert len(rows["projects"]) == 2


def test_a_finding_that_opens_with_the_word_before_the_next_title_stays_a_finding():
    # ("lo. โครงการนี้ควร..." a suggestion of project 1, its number garbled: the next title is numbered 2, the
    # number the count awaits, so nothing vouches for a title between)
    finding = "lo. โครงการนี้ควรได้รับการติดตามอย่างต่อเนื่อง\n"
    rows = run(report(projects=[project(1, "๒๕๖๗") + finding, project(2, "๒๕๖๗")]))
    assert sorted(p["group_seq"] for p in rows["projects"]) == [1, 2]
    assert not any(p["name"].startswith("โครงการนี้") for p in rows["projects"])
