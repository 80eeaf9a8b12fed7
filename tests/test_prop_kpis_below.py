"""BMA proposals after OCR whose KPI table (10.1) tesseract read column by column down the page, with the
full-width heading printed under the table (10.2 การติดตามความก้าวหน้า) read before the table's right-hand
columns: the method's and period's cells (sometimes the value's and type's too) stand after that heading,
in section 10.2, where nothing read them (kpis.cells_below, fill_from_below)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_HEADER = """ตัวชีวัด        ค่า      ประเภ วิธีการคํานวณ/ ระยะเวล
เป้าหมา ทตัวชี เครื่องมือในการ 1
ย       วัด     ใช้วัด
"""
_ITEMS = """10.2.1 รายงานความก้าวหน้าเป็นรายเดือนในระบบการบริหาร
จัดการแผนพัฒนากรุงเทพมหานคร (BMA Digital Plans)
10.2.2 รายงานสรุปผลโครงการภายหลังเสร็จสิ้นโครงการ
"""

# One row: its indicator above the heading, its value, type, method and period below it.
_ONE_ROW = _HEADER + """
โรงเรียนมีการ
รายงานผลการ
ดําเนินงานครบถ้วน

10.2 การติดตามความก้าวหน้า

ร้อยละ
95

ผลผลิต

วิธีการคํานวณ
จํานวนโรงเรียนที่มีผลงาน
นักเรียนตามเกณฑ์/จํานวน
โรงเรียนทั้งหมด x 100
เครื่องมือที่ใช้ในการวัด
แบบรายงานผล

ปีงบประมา
ณ 2569

""" + _ITEMS

# Two rows read across above the heading (the type cell wrapped: "ผลผลิ" / "ต"), their methods and
# periods below it, one after the other.
_TWO_ROWS = _HEADER + """
โรงเรียนมีการ ร้อยละ ผลผลิ
รายงานผลการ 95  ต
ดําเนินงาน

ร้อยละ ผลผลิ
100        ต

โรงเรียนดําเนิน
กิจกรรมได้ครบ

10.2 การติดตามความก้าวหน้า

วิธีการคํานวณ
จํานวนโรงเรียน
ที่มีผลงาน/ทั้งหมด x 100

วิธีการคํานวณ
จํานวนโรงเรียน
ที่ดําเนินกิจกรรมครบ/ทั้งหมด x 100

ภายใน
ปีงบประมา
ณ 2569

ปีงบประมา
ณ 2569

""" + _ITEMS


def _with_kpis(block: str) -> str:
    text = sample_text(PROPOSAL)
    start = text.index("\t\t10.1 ตัวชี้วัดความสำเร็จ")
    end = text.index("\t\t10.3 การประเมินผลโครงการ")
    return text[:start] + "10.1 ตัวชี้วัดความสำเร็จ\n" + block + text[end:]


def _kpis(rows: dict) -> list[tuple]:
    return [(t["seq"], t["text"], t["target_value"], t["indicator_type"], t["method"], t["period"])
            for t in rows["targets"] if t["kind"] == "indicator"]


def test_a_row_whose_cells_ocr_read_after_the_heading_below_the_table_is_read():
    rows = run(_with_kpis(_ONE_ROW))
    (kpi,) = _kpis(rows)
    assert kpi[1] == "โรงเรียนมีการ รายงานผลการ ดำเนินงานครบถ้วน"  # the header's cut pieces are no part of it
    assert kpi[2:4] == ("ร้อยละ 95", "ผลผลิต")
    # (the method's tool, which the form prints after its formula: without it the method is said, kpis._tool_words_in)
    assert kpi[4].startswith("วิธีการคำนวณ จำนวนโรงเรียนที่มีผลงาน") and kpi[4].endswith("x 100 เครื่องมือที่ใช้ในการวัด แบบรายงานผล")
    assert kpi[5] == "ปีงบประมาณ 2569"
    assert not [i for i in rows["issues"] if (i["field"] or "").startswith("targets")]


def test_methods_and_periods_read_after_the_heading_go_to_the_rows_in_order():
    rows = run(_with_kpis(_TWO_ROWS))
    kpis = _kpis(rows)
    assert [k[1] for k in kpis] == ["โรงเรียนมีการ รายงานผลการ ดำเนินงาน", "โรงเรียนดำเนิน กิจกรรมได้ครบ"]
    assert [k[2] for k in kpis] == ["ร้อยละ 95", "ร้อยละ 100"]
    assert [k[3] for k in kpis] == ["ผลผลิต", "ผลผลิต"]
    assert [k[4] for k in kpis] == ["วิธีการคำนวณ จำนวนโรงเรียน ที่มีผลงาน/ทั้งหมด x 100",
                                    "วิธีการคำนวณ จำนวนโรงเรียน ที่ดำเนินกิจกรรมครบ/ทั้งหมด x 100"]
    assert [k[5] for k in kpis] == ["ภายในปีงบประมาณ 2569", "ปีงบประมาณ 2569"]


def test_methods_below_the_heading_that_do_not_match_the_rows_are_said():
    # three methods for two rows: which is whose is not known; none is placed, and the cells are said
    block = _TWO_ROWS.replace("ภายใน\n", "วิธีการคํานวณ\nจํานวนครู/ทั้งหมด x 100\n\nภายใน\n")
    rows = run(_with_kpis(block))
    assert [k[4] for k in _kpis(rows)] == [None, None]
    assert {(i["code"], i["field"]) for i in rows["issues"]} >= {("unread_cells", "targets"),
                                                                 ("missing_value", "targets.method")}


def test_a_method_below_the_heading_that_no_row_lacks_says_the_rows_above_are_in_doubt():
    # row 2's value and type lost to OCR, its indicator read into row 1's method (one column's lines after
    # the row's); its method and period below the heading fit no row: the issue spans row 1 too
    block = _HEADER + """
โรงเรียนมีการ ร้อยละ ผลผลิต วิธีการคํานวณ ไตรมาส ที่
รายงานผลการ 95      จํานวนโรงเรียน       4
ดําเนินงาน      ที่มีผลงาน/ทั้งหมด x 100
นักเรียนที่
เข้าร่วมกิจกรรม

10.2 การติดตามความก้าวหน้า

วิธีการคํานวณ
จํานวนนักเรียนที่พึงพอใจ/ทั้งหมด x 100

ภายใน
ปีงบประมาณ 2569

""" + _ITEMS
    rows = run(_with_kpis(block))
    (kpi,) = [t for t in rows["targets"] if t["kind"] == "indicator"]
    assert kpi["method"].endswith("นักเรียนที่ เข้าร่วมกิจกรรม")  # as read: which column those lines are is unknown
    (issue,) = [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "targets"]
    assert issue["line_start"] <= kpi["line_start"] and "a row was lost" in issue["message"]
