"""A group's last projects listed by title only (no section: projects that
report nothing, "หมายเหตุ โครงการที่ ๕ และ ๖ ..."), the second's number OCR
misread as one the list already passed ("๑." for ๖; set s70z
obec_progress_s70z004).  Before, no rule took the line as a title (no
section vouched for it, its number fits no reading of the one expected):
it was joined to the title before it as its wrapped words, the project had
no row and no issue named it.  A line opening with a plain number and the
title's word with a name after it, in a list of titles only, is the next
title; its place stands in, said as for an unreadable number."""

from __future__ import annotations

import json

from tests.test_obec_ocr import project, report, run

_LISTED = ("๓. โครงการโรงเรียนสีเขียว (School of go green)\n\n"
           "{fourth} โครงการตรวจสอบและให้ความรู้การปฏิบัติงานด้านการเงิน การบัญชี และการพัสดุ\n\n"
           "ในสถานศึกษา\n\n"
           "หมายเหตุ โครงการที่ ๓ และ ๔ เป็นโครงการที่ได้รับจัดสรรงบประมาณจากสำนักงาน\n")


def _text(fourth: str) -> str:
    text = report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")]) + _LISTED.format(fourth=fourth)
    return text.replace("จำนวน 2 โครงการ", "จำนวน 4 โครงการ")


def _titles(rows: dict) -> list[tuple[int, str]]:
    return sorted((p["group_seq"], p["name"]) for p in rows["projects"])


def test_a_listed_title_whose_number_the_list_passed_is_the_next_title():
    truth = _titles(run(_text("๔.")))
    assert truth[2:] == [(3, "โครงการโรงเรียนสีเขียว (School of go green)"),
                         (4, "โครงการตรวจสอบและให้ความรู้การปฏิบัติงานด้านการเงิน การบัญชี และการพัสดุ ในสถานศึกษา")]
    rows = run(_text("๑."))
    assert _titles(rows) == truth
    said = [json.loads(i["evidence"]) for i in rows["issues"] if i["field"] == "projects.group_seq"]
    assert {(e["printed"], e["chosen"]) for e in said} == {("1", 4)}


def test_a_title_wrapped_words_still_join_it():
    # the title's own wrapped line (no number, no title word) stays its name's
    rows = run(_text("๔."))
    assert not any(p["name"] == "ในสถานศึกษา" for p in rows["projects"])
