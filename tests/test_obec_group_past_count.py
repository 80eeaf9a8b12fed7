"""An OBEC project list whose first status group counts no projects in
Thai digits ("จำนวน ๐ โครงการ", which OCR also writes for ๖) while the
next group's header was lost to OCR: the next group's titles stand under
the empty group, read as its projects (set s44z's obec_progress_s44z004:
six projects read completed, none said).  The summary's count for the
group is fewer than the titles under it and nothing parts them, so each
title past the count has its plan_status said in doubt, the next group named as the other
reading (read.groups_past_count; repair_ambiguous), and kept as read."""

from __future__ import annotations

import json

from tests.test_obec_ocr import report, run

DONE = "๑. โครงการที่ดำเนินการเสร็จสิ้นแล้ว จำนวน 2 โครงการ"
GOING = "๒. โครงการที่อยู่ระหว่างดำเนินการ จำนวน 2 โครงการ"


def _lost_header(keep_header: bool) -> str:
    text = report()
    summary_row = f"{DONE} คิดเป็นร้อยละ ๑๐๐.๐๐"
    assert summary_row in text
    text = text.replace(summary_row, f"{DONE.replace('2', '๐')} คิดเป็นร้อยละ ๐.๐๐\n{GOING} คิดเป็นร้อยละ ๑๐๐.๐๐")
    heading = f"{DONE} โดยมีรายละเอียด ดังนี้"
    assert heading in text
    header = f"{DONE.replace('2', '๐')} โดยมีรายละเอียด ดังนี้"
    return text.replace(heading, header + (f"\n{GOING} โดยมีรายละเอียด ดังนี้" if keep_header else ""))


def _doubts(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "repair_ambiguous" and i["field"] == "projects.plan_status"]


def test_titles_past_an_empty_group_s_count_are_said_in_doubt():
    rows = run(_lost_header(keep_header=False))
    said = _doubts(rows)
    assert len(said) == len(rows["projects"]) == 2
    assert all(json.loads(i["evidence"])["candidates"] == ["completed", "in_progress"] for i in said)
    assert {p["plan_status"] for p in rows["projects"]} == {"completed"}  # (kept as read)


def test_a_group_whose_header_was_read_is_no_doubt():
    rows = run(_lost_header(keep_header=True))
    assert {p["plan_status"] for p in rows["projects"]} == {"in_progress"}
    assert not _doubts(rows)
    assert not _doubts(run(report()))
