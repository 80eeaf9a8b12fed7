"""BMA proposal KPIs after OCR whose method holds the method's words (วิธีการคำนวณ) but not the tool's
(เครื่องมือที่ใช้ในการวัด), which the form prints after the formula in the same cell (every method of the truth of the
committed and fresh sets holds both): OCR lost the lines after the method's opening or read them elsewhere, and the
words read after it may be another cell's.  Set s57o's bma_proposal_s57o003: the last row's indicator cell, taller
than its others, read on down the page ("ผู้เข้ารับการอบรม ร้อยละ ผลลัพธ์ วิธีการคำนวณ ภายใน" / "มีความรู้ ๕๐" /
"ความเข้าใจ" / "เพิ่มขึ้นหลัง" / "การอบรม"), the method's formula and tool read below the heading after the table:
the method came out "วิธีการคำนวณ ความเข้าใจ เพิ่มขึ้นหลัง การอบรม", with no issue naming it (a silent miss).  Now
it is said (missing_value on targets.method), kept as read."""

from __future__ import annotations

from parsers.bma_proposal.kpis import Kpi, put_kpis, read_rows
from schemas.document import CopyReading, Line


def _method_issues(rows: list[Kpi]) -> tuple[CopyReading, list]:
    out = CopyReading(0, 1, 40)
    put_kpis(rows, out)
    return out, [(i.code, i.field) for i in out.issues if i.field == "targets.method"]


def test_an_indicator_read_on_into_the_method_is_said():
    lines = [Line(n, t) for n, t in enumerate([
        "โรงเรียนดำเนิน    ร้อยละ    ผลผลิต วิธีการคำนวณ     ภายใน",
        "กิจกรรมได้ครบ    ๑๐๐            จำนวนโรงเรียนที่ ปีงบประมาณ",
        "ตามแผนที่                      ดำเนินกิจกรรม     ๒๕๒",
        "กำหนด                        ครบตามแผน/",
        "จำนวนโรงเรียน",
        "ทั้งหมด X ๑๐๐",
        "เครื่องมือที่ใช้ใน",
        "การวัด แบบ",
        "รายงาน",
        "ผู้เข้ารับการอบรม ร้อยละ ผลลัพธ์ วิธีการคำนวณ     ภายใน",
        "มีความรู้                 ๕๐",
        "ความเข้าใจ",
        "เพิ่มขึ้นหลัง",
        "การอบรม",
    ], start=1)]
    rows, _ = read_rows(lines)
    assert len(rows) == 2
    out, said = _method_issues(rows)
    # the indicator's words read down its column, one cell a line, under the row's first line read across, its
    # value's figure not read yet: the indicator's (fresh set s143o, kpis._indicator_wrap_before_figure; before, the
    # method's, "วิธีการคำนวณ ความเข้าใจ เพิ่มขึ้นหลัง การอบรม")
    assert "".join(rows[1].text) == "ผู้เข้ารับการอบรมมีความรู้ความเข้าใจเพิ่มขึ้นหลังการอบรม"
    assert out.tables["kpis"][2]["method"].value == "วิธีการคำนวณ"  # (its formula and tool lost: said)
    assert said == [("missing_value", "targets.method")]  # the second row's alone
    assert all(i.line_start == 10 for i in out.issues if i.field == "targets.method")


def test_a_method_with_its_tool_is_not_said():
    for method in ("วิธีการคำนวณ จำนวนนักเรียนที่พึงพอใจ/จำนวนนักเรียนทั้งหมด x 100 เครื่องมือที่ใช้ในการวัด แบบสอบถาม",
                   "วิธีการคำนวณ จำนวนนักเรียนที่พึงพอใจ/จำนวนนักเรียนทั้งหมด x 100 เครื่องมีอที่ใช้ในการวัด แบบสอบถาม",
                   "วิธีการคำนวณ จำนวนนักเรียนที่พึงพอใจ/จำนวนนักเรียนทั้งหมด x 100 ที่ใช้ในการวัด แบบสอบถาม"):
        _, said = _method_issues([Kpi(["นักเรียนมีความพึงพอใจ"], ["ร้อยละ 80"], "ผลลัพธ์", [method], ["ไตรมาสที่ ๔"],
                                      [3, 4])])
        assert said == [], method


def test_a_method_without_its_tool_is_said():
    _, said = _method_issues([Kpi(["นักเรียนมีความพึงพอใจ"], ["ร้อยละ 80"], "ผลลัพธ์",
                                  ["วิธีการคำนวณ จำนวนนักเรียนที่พึงพอใจ/จำนวนนักเรียนทั้งหมด x 100"], ["ไตรมาสที่ ๔"],
                                  [3, 4])])
    assert said == [("missing_value", "targets.method")]
