"""An OBEC status group's first project whose title line OCR lost whole
(garbled into specks, "9๑7" / "๑7 <="), its round of sections right after the
group's header (fresh set s44z, obec_progress_s44z004): with no title before
them, the round's lines were read as the summary's (or the project before's),
and the project and all its rows were lost.  A round that opens right after a
group's header (its title's wrapped words between, OCR's specks and the header's
own wrapped "ดังนี้" aside) is the group's first project's (read._titles_lost):
numbered 1 by its place, its name what was read of its title, and the lost
title said (missing_value on projects.name)."""
from tests.test_obec_ocr import project, report, run

TAIL = "สังกัดสำนักงานเขตพื้นที่การศึกษาประถมศึกษาทดสอบ เขต ๑"


def _text(count: str = "2") -> str:
    first = project(1, "๒๕๖๗").replace("1. โครงการทดสอบที่ 1 ของสำนักงาน\n", f"9๑7\n๑7 <=\nดงน\n{TAIL}\n")
    return report(projects=[first, project(2, "๒๕๖๗")]).replace("จำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้",
                                                                  f"จำนวน {count} โครงการ โดยมีรายละเอียด")


def test_a_round_right_after_the_group_header_is_its_first_project_s():
    rows = run(_text())
    first = [p for p in rows["projects"] if p["group_seq"] == 1]
    assert len(rows["projects"]) == 2 and len(first) == 1
    assert first[0]["name"] == TAIL and first[0]["plan_status"] == "completed"
    assert sum(t["project_key"] == first[0]["project_key"] for t in rows["targets"]) == 3
    (issue,) = [i for i in rows["issues"] if i["code"] == "missing_value" and i["field"] == "projects.name"]
    assert issue["project_key"] == first[0]["project_key"]


def test_after_a_header_counting_none_the_project_is_the_next_group_s():
    rows = run(_text("0"))
    assert sorted((p["plan_status"], p["group_seq"]) for p in rows["projects"]) == [("in_progress", 1),
                                                                                     ("in_progress", 2)]
    first = next(p for p in rows["projects"] if p["group_seq"] == 1)
    assert first["name"] == TAIL
