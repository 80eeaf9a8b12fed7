"""A title-only item of a status group's list (a project not started: its
title and nothing else) whose next lines, after a blank line, are a
round's result sentences OCR set down there ("ได้ดำเนินการนิเทศ ติดตาม
โรงเรียนในสังกัด จำนวน 110 โรงเรียน" / "ผู้เข้าร่วมกิจกรรม..."): they were
read as the title's wrap, the name ran on into them, and the project no
longer matched its name anywhere (set s49z's obec_progress_s49z004,
project 8: eight fields lost, silent).  A line that counts things with
their unit ("จำนวน 110 โรงเรียน") is a report's sentence, no title's wrap:
the title stops before it, and what follows is unplaced text, said."""

from __future__ import annotations

from parsers.obec_progress.read import _counts_things
from tests.test_obec_ocr import project, report, run

NOT_STARTED = "๓. โครงการที่ยังไม่ได้ดำเนินการ จำนวน ๒ โครงการ ดังนี้\n\n"


def _names(tail: str) -> list[str]:
    text = report(projects=[project(1, "๒๕๖๗"), project(2, "๒๕๖๗")]) + NOT_STARTED + tail
    rows = run(text)
    return rows, [p["name"] for p in sorted(rows["projects"], key=lambda p: p["group_seq"])
                  if p["plan_status"] == "not_started"]


def test_a_counting_sentence_after_a_blank_line_is_no_title_wrap():
    rows, names = _names("1. โครงการรับนักเรียน\n\nได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน 110 โรงเรียน\n"
                         "ผู้เข้าร่วมกิจกรรมมีความรู้ความเข้าใจ และสามารถนำไปปรับใช้ในการปฏิบัติงานได้\n\n"
                         "2. โครงการจิตอาสาด้วยกระบวนการลูกเสือ\n")
    assert names == ["โครงการรับนักเรียน", "โครงการจิตอาสาด้วยกระบวนการลูกเสือ"]
    said = [i for i in rows["issues"] if i["code"] == "unplaced_text" and i["field"] == "projects.name"]
    assert said and said[0]["line_start"] <= 70 and "จำนวน 110" in said[0]["message"] + said[0]["evidence"]


def test_a_title_s_wrap_after_a_blank_line_stays():
    _, names = _names("1. โครงการการคัดเลือกบุคคลเพื่อบรรจุและแต่งตั้งให้ดำรงตำแหน่งผู้อำนวยการสถานศึกษา\n\n"
                      "สำหรับสถานศึกษาในพื้นที่พิเศษ\n2. โครงการจิตอาสาด้วยกระบวนการลูกเสือ\n")
    assert names[0] == "โครงการการคัดเลือกบุคคลเพื่อบรรจุและแต่งตั้งให้ดำรงตำแหน่งผู้อำนวยการสถานศึกษา สำหรับสถานศึกษาในพื้นที่พิเศษ"


def test_counts_things():
    assert _counts_things("ได้ดำเนินการนิเทศ ติดตาม โรงเรียนในสังกัด จำนวน 110 โรงเรียน")
    assert _counts_things("ผู้เข้าร่วม จํานวน ๓๐ คน")
    assert not _counts_things("สำหรับสถานศึกษาในพื้นที่พิเศษ ประจำปีงบประมาณ 2567")
    assert not _counts_things("จำนวนเงินงบประมาณ")
