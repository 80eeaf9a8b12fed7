"""A BMA proposal KPI row whose text ends in a target value's cell though
the row's own value was read ("โรงเรียนมีการรายงาน ... ตามเกณฑ์ที่กำหนด a
ร้อยละ", its value "ร้อยละ ๓๕"): the next row's indicator, value and type
ran into this row's cells (its method took the rest), and that row was lost
with no issue (fresh set s110w, bma_proposal_s110w002).  Said on the table
(unread_cells on targets): which cells are the row's is in doubt, and a row
may be lost among them.  An indicator that counts in percent ("ร้อยละของ
นักเรียน...", "ร้อยละ ๑๐๐ ของผู้บริหาร...") prints the word inside its text,
not ending it, and is not said."""

from __future__ import annotations

from parsers.bma_proposal.kpis import Kpi, put_kpis
from schemas.document import CopyReading


def _said(text: str, value: list[str]) -> list:
    out = CopyReading(0, 1, 500)
    put_kpis([Kpi(text=[text], value=value, type="ผลผลิต", method=["วิธีการคำนวณ x / y x 100"],
                  period=["ภายในปีงบประมาณ ๒๕๖๘"], lines=[173, 204])], out)
    return [i for i in out.issues if i.code == "unread_cells" and i.field == "targets"]


def test_a_value_word_ending_the_text_of_a_row_whose_value_was_read_is_said():
    (issue,) = _said("โรงเรียนมีการรายงานผลการดำเนินงานครบถ้วนตามเกณฑ์ที่กำหนด a ร้อยละ", ["ร้อยละ", "๓๕"])
    assert "'ร้อยละ'" in issue.message and (issue.line_start, issue.line_end) == (173, 204)
    assert _said("ผู้เข้ารับการอบรมมีความรู้เพิ่มขึ้น ร้อยละ 80", ["ร้อยละ ๘๐"])  # (its figure after it)
    assert _said("ผู้เข้ารับการอบรมมีความรู้เพิ่มขึ้น รอยละ", ["ร้อยละ ๘๐"])  # (its tone mark lost)


def test_an_indicator_counting_in_percent_or_a_row_without_its_value_is_not_said():
    assert not _said("ร้อยละของนักเรียนที่มีผลสัมฤทธิ์ทางการเรียนสูงขึ้น", ["ร้อยละ", "๘๐"])
    assert not _said("ร้อยละ ๑๐๐ ของผู้บริหารสถานศึกษาที่เข้ารับการอบรมมีความรู้", ["ร้อยละ", "๑๐๐"])
    assert not _said("โรงเรียนมีการรายงานผลการดำเนินงานครบถ้วน ร้อยละ", [])  # (its own value's cell, read across)
