"""BMA proposal KPIs after OCR whose method holds neither the method's words (วิธีการคำนวณ) nor the tool's
(เครื่องมือที่ใช้ในการวัด), both of which the form prints in the method's cell (every method of the clean texts of
the committed and fresh sets does): OCR lost the lines that held them, the formula's end with them ("จำนวนผู้ที่มี
คะแนนหลัง ... จำนวนผู้เข้ารับก ารอบรมทั้งหมด ที่ใช้ในการวัด": helper set pr2_24/set1 pr2s24a005, pr2s24a014), or
read a speck for the method ('a').  The method was kept with no issue naming it; now it is said (missing_value on
targets.method), kept as read.  A method with the tool's word, OCR's marks dropped ("เครืองมือ"), is no doubt."""

from __future__ import annotations

from parsers.bma_proposal.kpis import Kpi, put_kpis
from schemas.document import CopyReading


def _said(method: str) -> list:
    out = CopyReading(0, 1, 10)
    put_kpis([Kpi(["นักเรียนมีความพึงพอใจ"], ["ร้อยละ 80"], "ผลลัพธ์", [method], ["ไตรมาสที่ ๔"], [3, 4])], out)
    assert out.tables["kpis"][1]["method"].value == method  # kept as read
    return [(i.code, i.field) for i in out.issues if i.field == "targets.method"]


def test_a_method_that_lost_its_words_is_said():
    assert _said("จำนวนผู้ที่มี คะแนนหลัง การอบรมสูงขึ้น/ จำนวนผู้เข้ารับก ารอบรมทั้งหมด ที่ใช้ในการวัด") == [
        ("missing_value", "targets.method")]
    assert _said("a") == [("missing_value", "targets.method")]


def test_a_method_with_the_tool_word_is_not():
    # (a method with the method's words and not the tool's is said since: test_prop_kpi_method_tool_lost.py)
    assert _said("วิธีการคำนวณ จำนวนนักเรียนที่พึงพอใจ/จำนวนนักเรียนทั้งหมด x 100 เครื่องมือที่ใช้ในการวัด แบบสอบถาม") == []
    assert _said("วิธีการคำนวณ จำนวนโรงเรียนทีดำเนินกิจกรรมครบตามแผน/จำนวนโรงเรียนทั้งหมด x ๑๐๐ เครืองมือทีใช้ในการวัด "
                 "แบบรายงาน") == []
    # (the tool's words without the method's, "วิธีการคำนวณ" lost before the formula, are said since:
    # test_s123_fresh_classes.py)
    assert _said("จำนวนโรงเรียนทีดำเนินกิจกรรมครบตามแผน/จำนวนโรงเรียนทั้งหมด x ๑๐๐ เครืองมือทีใช้ในการวัด แบบรายงาน") == [
        ("missing_value", "targets.method")]
