"""An OBEC group's title listed with no section (a project that reports
nothing) right after the findings of the project before, its number garbled
and its dot read as a comma ("on, โครงการ..." for "๗.": fresh set s115o,
obec_progress_s115o004): the garbled number's pattern took a dot or a
bracket only, so the count awaited no title there, the line ran into the
findings before it and the project had no row, no issue naming it.  The
comma is the dot as OCR reads it (read._GARBLED_MARKED_RE), as for a
readable number ("๒, โครงการ")."""
from tests.test_obec_ocr import project, report, run

TITLE = "โครงการพัฒนาห้องสมุดโรงเรียนในสังกัด"
NOTE = "หมายเหตุ โครงการที่ 3 เป็นโครงการที่ได้รับจัดสรรงบประมาณจากสำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน\n"


def test_a_garbled_number_whose_dot_reads_as_a_comma_opens_the_title_the_count_awaits():
    rows = run(report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗"), f"on, {TITLE}\n{NOTE}"]))
    assert [p["name"] for p in sorted(rows["projects"], key=lambda p: p["group_seq"])][2:] == [TITLE]
    assert not any(TITLE in f["text"] for f in rows["findings"])
    assert [i["code"] for i in rows["issues"] if i["field"] == "projects.group_seq"] == ["value_repaired"]


def test_a_finding_that_opens_with_a_comma_marked_token_before_the_next_title_stays_a_finding():
    # ("ok, โครงการนี้ควร..." a suggestion of project 1: the next title is numbered 2, the number the count awaits)
    finding = "ok, โครงการนี้ควรได้รับการติดตามอย่างต่อเนื่อง\n"
    rows = run(report(projects=[project(1, "๒๕๖๗") + finding, project(2, "๒๕๖๗")]))
    assert sorted(p["group_seq"] for p in rows["projects"]) == [1, 2]
    assert not any(p["name"].startswith("โครงการนี้") for p in rows["projects"])
