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
