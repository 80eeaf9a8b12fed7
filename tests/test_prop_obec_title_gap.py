"""OBEC project titles whose numbers OCR damaged past the sequence's own
reading (fresh set s20h): a number read as two digits ("๑๕." for ๔) taken as
a gap in the sequence, and an unreadable number before a title whose first
word carries a stray vowel ("ซ ไโครงการ...")."""

from __future__ import annotations

import json

from tests.test_obec_ocr import project, repairs, report, run

FY = "๒๕๖๗"


def _unreadable_group_count(text: str) -> str:
    # the group header's count OCR could not read ("(od โครงการ)"): it bounds no title's number
    return text.replace("เสร็จสิ้นแล้ว จำนวน 3 โครงการ โดยมีรายละเอียด", "เสร็จสิ้นแล้ว จำนวน od โครงการ โดยมีรายละเอียด")


def _seqs(rows: dict) -> list[int]:
    return [p["group_seq"] for p in sorted(rows["projects"], key=lambda p: p["line_start"])]


def test_a_gap_in_the_titles_closed_by_the_next_title_is_the_number_misread():
    # 1, "25", 3: a section vouches for "25." (so it is a title), and the title after it reads 3, the number
    # right after the one expected at the gap: no titles were missed, the 25 is 2 misread
    projects = [project(n, FY) for n in (1, 2, 3)]
    projects[1] = projects[1].replace("2. โครงการ", "25. โครงการ", 1)
    rows = run(_unreadable_group_count(report(projects=projects)))
    assert _seqs(rows) == [1, 2, 3]
    (fix,) = repairs(rows, "item_sequence")
    assert fix["field"] == "projects.group_seq" and json.loads(fix["evidence"])["printed"] == "25"
    # the title after the gap reads the gap's number and one (26): titles were missed, the gap stands
    projects[2] = projects[2].replace("3. โครงการ", "26. โครงการ", 1)
    rows = run(_unreadable_group_count(report(projects=projects)))
    assert _seqs(rows) == [1, 25, 26]


def test_an_unreadable_number_before_a_title_opening_with_a_stray_vowel():
    # "w ไโครงการ...": the number OCR could not read (w for ๒, its look-alike) and a stray vowel before the
    # title's first word: a title numbered by the sequence, its stray vowel left out of the name
    projects = [project(n, FY) for n in (1, 2, 3)]
    projects[1] = projects[1].replace("2. โครงการ", "w ไโครงการ", 1)
    rows = run(report(projects=projects))
    assert _seqs(rows) == [1, 2, 3]
    names = [p["name"] for p in sorted(rows["projects"], key=lambda p: p["line_start"])]
    assert names[1] == "โครงการทดสอบที่ 2 ของสำนักงาน"


def test_a_group_whose_count_no_line_gives_readably_says_its_projects_are_unchecked():
    # the summary's total and the group's count both unreadable ("od"), and a title lost to OCR (project 2's
    # sections read on under project 1): nothing counts the group, so the doubt is said at its lines, about
    # the projects table (before, the lost project was missing with no issue naming it)
    projects = [project(n, FY) for n in (1, 2, 3)]
    text = report(projects=projects).replace(" จำนวน 3 โครงการ", " จำนวน od โครงการ")
    lost = text.replace("2. โครงการทดสอบที่ 2 ของสำนักงาน\n", "")
    rows = run(lost)
    (issue,) = [i for i in rows["issues"] if i["code"] == "project_unread" and i["field"] == "projects"]
    assert issue["project_key"] is None
    assert json.loads(issue["evidence"])["stated"] is None and json.loads(issue["evidence"])["status"] == "completed"
    assert issue["line_start"] == min(p["line_start"] for p in rows["projects"])
    # a count read: it checks the group, and no such doubt is said where nothing was lost
    assert not [i for i in run(report(projects=projects))["issues"] if i["code"] == "project_unread"]


def test_a_group_count_read_below_the_titles_whose_digits_may_count_more_says_projects_may_be_lost():
    # six titles read under a group whose count reads "๓" (๗ misread: ๓ may be printed ๓, ๗ or ๙), the total
    # unread: the count read explains nothing, a reading of it counts more than were read, so projects of the
    # group may be lost as well
    projects = [project(n, FY) for n in range(1, 7)]
    text = report(projects=projects).replace(" จำนวน 6 โครงการ มีความ", " จำนวน od โครงการ มีความ")
    text = text.replace("เสร็จสิ้นแล้ว จำนวน 6 โครงการ คิดเป็น", "เสร็จสิ้นแล้ว จำนวน ๓ โครงการ คิดเป็น")
    rows = run(text)
    (issue,) = [i for i in rows["issues"] if i["code"] == "project_unread" and i["field"] == "projects"]
    assert json.loads(issue["evidence"])["stated"] == 7 and "'๓'" in issue["message"]
    # seven read: a reading of the count is the number read, and nothing more is said than the mismatch
    projects = [project(n, FY) for n in range(1, 8)]
    text = report(projects=projects).replace(" จำนวน 7 โครงการ มีความ", " จำนวน od โครงการ มีความ")
    text = text.replace("เสร็จสิ้นแล้ว จำนวน 7 โครงการ คิดเป็น", "เสร็จสิ้นแล้ว จำนวน ๓ โครงการ คิดเป็น")
    assert not [i for i in run(text)["issues"] if i["code"] == "project_unread"]
