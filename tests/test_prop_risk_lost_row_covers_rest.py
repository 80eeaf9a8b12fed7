"""A BMA proposal's risk table whose row says a row may have been lost in it
(fresh set s105p, bma_proposal_s105p004: risk 1's mitigation held risk 2's
text, "ราคาวัสดุสูงกว่า... ทำให้...", its scores and level garbled past
reading, so the table's next row read was the printed third and numbered 2).
The issue saying so stood at risk 1's lines only, and the next row's number,
one short, was wrong with no issue at its lines.  A row lost inside the table
shifts the number of every row after it: the issue now covers this row and
every row after it; a table with no such doubt says nothing of the kind."""

from __future__ import annotations

import pytest

from tests.test_bma_proposal import _with_risks, run

pytestmark = pytest.mark.usefixtures("repair_on")

# the table as OCR read it (s105p004, lines 187-232); {tail} stands for risk 2's text, read into risk 1's mitigation
TABLE = """8. ความเสียงของโครงการและแนวทางการบริหารความเสียง

ความเสียง

การประเมินความเสียง

แนวทาง
การบริหารความเสียง

โอกาสที่
จะเกิด

ผลกระทบ

ระดับของ
ความเสี่ยง

ผู้เข้ารับการอบรมไม่ครบตามจํานวน เนืองจากมีภารกิจเร่งด่วนใน
ช่วงเวลาเดียวกัน

4
2
ปานกลาง

ประสานโรงเรียนล่วงหน้าและกําหนดวันจัดกิจกรรมให้สอดคล้อง
กับปฏิทินการศึกษา

{tail}
ง
ารวจราคาวัสดุก่อนจัดทําแผนการใช้จ่าย
และปรับรายการให้เหมาะสมกับงบประมาณ

๐ QoeD ไ W

การจัดกิจกรรมล่าช้ากว่าแผน เนืองจากขันตอนการอนุมัติ
งบประมาณใช้เวลานาน

3
ปานกลาง
เตรียมเอกสารขออนุมัติให้ครบถ้วน

สํานักงานเขตตลิงชัน

และติดตามความก้าวหน้าของการอนุมัติอย่างใกล้ชิด"""
RISK_TWO = """ราคาวัสดุสูงกว่าทีประมาณการไว้ ทําให้จัดซือวัสดุได้ไม่ครบตาม
รายการ
"""


def _doubt(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["field"] == "findings" and "rows may be lost" in i["message"]]


def test_a_row_that_may_hide_a_lost_one_covers_the_rows_after_it():
    rows = run(_with_risks(TABLE.format(tail=RISK_TWO)))
    risks = [f for f in rows["findings"] if f["kind"] == "risk"]
    assert [r["seq"] for r in risks] == [1, 2] and "ทำให้" in risks[0]["mitigation"]
    (said,) = _doubt(rows)
    assert said["line_start"] == risks[0]["line_start"]
    assert said["line_end"] >= risks[1]["line_end"]  # the next row, numbered one short, is covered


def test_a_table_with_no_doubt_says_nothing():
    rows = run(_with_risks(TABLE.format(tail="")))
    assert len([f for f in rows["findings"] if f["kind"] == "risk"]) == 2
    assert _doubt(rows) == []
