"""An OBEC status group's header whose phrase OCR damaged by a letter
("๑. โครงการที่ดำเนินการเสร็จลิ้นแล้ว จำนวน ๒ โครงการ", ส read ล: fresh set
s30z, obec_progress_s30z001): no group opened, so the group's projects were
read as the summary's text and lost whole (said only as project_unread).
Now a line whose phrase comes within two letters of a status phrase at its
start (marks and spaces aside: read.loose_status) opens that group, and each
of its projects' plan_status says so (label_inferred).  The three phrases
stand seven letters apart at least; a title is no phrase."""
import json

from parsers.obec_progress.read import loose_status, status_of
from tests.test_obec_ocr import project, report, run

HEADER = "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้\n"


def read(header: str) -> dict:
    text = report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")])
    assert text.count(HEADER) == 1
    return run(text.replace(HEADER, header))


def said(rows: dict) -> list[tuple[str, str]]:
    return [(i["field"], json.loads(i["evidence"])["status"]) for i in rows["issues"]
            if i["code"] == "label_inferred" and i["field"] == "projects.plan_status"]


def test_a_group_header_with_a_letter_misread_opens_its_group_and_says_so():
    rows = read("๑. โครงการที่ดำเนินการเสร็จลิ้นแล้ว จำนวน 2 โครงการ โดยมีรายละเอียด ดังนี้\n")
    assert [(p["plan_status"], p["group_seq"]) for p in rows["projects"]] == [("completed", 1), ("completed", 2)]
    assert said(rows) == [("projects.plan_status", "completed")] * 2


def test_the_header_as_printed_says_nothing():
    rows = read(HEADER)
    assert [(p["plan_status"], p["group_seq"]) for p in rows["projects"]] == [("completed", 1), ("completed", 2)]
    assert said(rows) == []


def test_the_nearest_phrase_within_two_letters_names_the_group():
    assert loose_status("โครงการที่อยู่ระหว่างดำเนินกาธ จำนวน 3 โครงการ") == "in_progress"
    assert loose_status("โครงการที่ยังไม่ใด้ดำเนินการ จำนวน ๐ โครงการ") == "not_started"  # (a mark: printed as is)
    assert status_of("โครงการทียงไม่ได้ดำเนินกาธ") == "not_started"
    assert loose_status("โครงการพัฒนาคุณภาพการจัดการศึกษาเรียนรวม") is None  # a title
    assert loose_status("โครงการที่ดำเนินการเสร็จลิ้นแล้วไป") == "completed"
    assert loose_status("โครงการที่ดำเนินงานจัดจ้างลูกจ้าง") is None  # a title three letters and more away
