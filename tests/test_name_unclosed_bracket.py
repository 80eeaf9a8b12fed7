"""A project's name that opens a bracket it never closes was cut where its page wrapped it inside the bracket, the
rest lost to OCR or read elsewhere (fresh set s80b obec_progress_s80b001: "๕. โครงการพัฒนาการจัดการเรียนรู้เชิงรุก
ฐานสมรรถนะ (Active", its second line "Learning) เพื่อส่งเสริม..." lost: the name read "... (Active", no issue).  Every
name of the sets' truth that prints a bracket closes it (103 of 103), so such a name is said, kept as read
(pipeline.suspect.unclosed_brackets: implausible_value on projects.name); a name whose brackets pair is left alone,
and so is one an issue names already."""

from __future__ import annotations

from pipeline.suspect import unclosed_brackets
from schemas.document import Issue


def _tables(name: str) -> dict:
    return {"projects": [{"name": name, "line_start": 10, "line_end": 40, "project_key": "k"}]}


def test_a_name_cut_inside_its_bracket_is_said():
    [issue] = unclosed_brackets(_tables("โครงการพัฒนาการจัดการเรียนรู้เชิงรุกฐานสมรรถนะ (Active"), [])
    assert issue.code == "implausible_value" and issue.field == "projects.name"
    assert (issue.line_start, issue.line_end, issue.project_key) == (10, 40, "k")


def test_a_name_that_closes_a_bracket_it_never_opened_is_said():
    assert len(unclosed_brackets(_tables("Learning) เพื่อส่งเสริมให้ผู้เรียนมีทักษะ"), [])) == 1
    assert len(unclosed_brackets(_tables("โครงการ ก) (ข"), [])) == 1  # (paired in count, not in order)


def test_a_name_whose_brackets_pair_is_left_alone():
    assert unclosed_brackets(_tables("โครงการพัฒนาการจัดการเรียนรู้เชิงรุก (Active Learning) เพื่อส่งเสริม"), []) == []
    assert unclosed_brackets(_tables("ส่งเสริมการอ่านของนักเรียน"), []) == []


def test_a_name_an_issue_names_already_is_not_said_again():
    said = Issue("warning", "unplaced_text", "projects.name: a line under the title", None, 12, 12,
                 field="projects.name")
    assert unclosed_brackets(_tables("โครงการ (Active"), [said]) == []
