"""A status group's header OCR read after its own list of projects (s78o's obec_progress_s78o004: the
not-started projects' table, "ชื่อโครงการ" and its names, read right after the last project's findings, then
the signature, then "๓. โครงการที่ยังไม่ได้ดำเนินการ (3 โครงการ)"): before, the group's three projects were
lost (their names read as the end of the last suggestion) and the header read as a group of none.
read.header_after_its_list finds such a header (nothing of a project after it, a list's head and a title's
word before it, right after a round), and read_report reads it where it stood, before its list, said
(label_inferred, field projects); a header where the form prints it, or one with no list before it, stays."""

from __future__ import annotations

from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
HEADER = "๒. โครงการที่ยังไม่ได้ดำเนินการ (๒ โครงการ)\n"
TABLE = ("ชื่อโครงการ\n"
         "โครงการพัฒนาคุณภาพ\nการศึกษาสำหรับโรงเรียน\nขนาดเล็ก\n\n"
         "โครงการยกระดับผลสัมฤทธิ์\nทางการเรียนการศึกษา\n")
SIGNATURE = "(นายทดสอบ ระบบ)\nตำแหน่ง ผู้อำนวยการกลุ่มนโยบายและแผน\n"


def _not_started(text: str) -> tuple[list[str], list[dict]]:
    rows = run(text)
    names = [p["name"] for p in rows["projects"] if p["plan_status"] == "not_started"]
    said = [i for i in rows["issues"] if i["code"] == "label_inferred" and i["field"] == "projects"]
    return names, said


def test_a_header_read_after_its_list_heads_it():
    names, said = _not_started(report(fy=FY) + TABLE + SIGNATURE + HEADER)
    assert sorted(n.split()[0] for n in names) == ["โครงการพัฒนาคุณภาพ", "โครงการยกระดับผลสัมฤทธิ์"]
    assert said


def test_a_header_before_its_list_stays():
    names, said = _not_started(report(fy=FY) + HEADER + TABLE + SIGNATURE)
    assert len(names) == 2 and not said


def test_a_header_with_no_list_before_it_stays():
    # the last project's findings, then the header and nothing under it: no list to head
    names, said = _not_started(report(fy=FY) + SIGNATURE + HEADER)
    assert not names and not said
