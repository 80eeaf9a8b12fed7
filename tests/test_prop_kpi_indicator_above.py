"""BMA proposals after OCR whose KPI table (10.1) tesseract read across the page, its first row's
indicator cell read down its column above the header ("โรงเรียน" / "ดําเนิน" / ... / header / "ร้อยละ
ผลผลิต วิธีการคํานวณ ปีงบประมา"): the row's first line opens with its value and holds no indicator.  The
row was kept with no text and left out, and the next row took its number, silently
(kpis.lead_into_first_row)."""

from __future__ import annotations

from tests.test_bma_proposal import run
from tests.test_prop_kpis_below import _ITEMS, _kpis, _with_kpis

_TABLE = """โรงเรียน
ดําเนิน
กิจกรรมได้
ครบตามแผน
ค่า  ประเภ วิธีการคํานวณ/ ระยะเวลา
เป้าหมา ทตัวชี้ เครื่องมือในการ
วัด  ใช้วัด
ร้อยละ ผลผลิต วิธีการคํานวณ ปีงบประมา
100     จํานวนโรงเรียน ณ 2566
ที่ดําเนินกิจกรรมครบ
ตามแผน/ทั้งหมด x 100
นักเรียนที่  ร้อยละ  ผลลัพธ์ วิธีการคํานวณ ไตรมาสที่
เข้าร่วม\t85\tจํานวนนักเรียน 4
กิจกรรมมีความ\tที่พึงพอใจ/ทั้งหมด
พึงพอใจ\tx 100

10.2 การติดตามความก้าวหน้า
""" + _ITEMS


def test_a_first_row_opening_with_its_value_takes_the_indicator_read_above_the_header():
    kpis = _kpis(run(_with_kpis(_TABLE)))
    assert [(k[0], k[1], k[2], k[3]) for k in kpis] == [
        (1, "โรงเรียน ดำเนิน กิจกรรมได้ ครบตามแผน", "ร้อยละ 100", "ผลผลิต"),
        (2, "นักเรียนที่ เข้าร่วม กิจกรรมมีความ พึงพอใจ", "ร้อยละ 85", "ผลลัพธ์"),
    ]


def test_text_above_the_header_too_wide_for_the_indicator_column_is_not_taken_for_it():
    # a sentence above the table (the line of another section OCR placed there) is no indicator cell: the
    # lead is said as before, and the first row, with no indicator, keeps its number and is said (before, the
    # second row took number 1)
    table = _TABLE.replace("โรงเรียน\nดําเนิน\n", "โรงเรียนมีกิจกรรมที่ส่งเสริมการใช้เทคโนโลยีดิจิทัล\nดําเนิน\n")
    rows = run(_with_kpis(table))
    assert [k[:2] for k in _kpis(rows)] == [(2, "นักเรียนที่ เข้าร่วม กิจกรรมมีความ พึงพอใจ")]
    assert any(i["code"] == "unread_cells" and "before the first indicator row" in i["message"]
               for i in rows["issues"])
    # the row is left out of the table: the issue names the table, so every fact of the row (its kind, number,
    # target value, type) is said lost, not its text alone (before: targets.text, the rest of the row silent)
    lost = [i for i in rows["issues"] if i["code"] == "missing_value" and i["message"].startswith("KPI 1:")
            and "no indicator" in i["message"]]
    assert [i["field"] for i in lost] == ["targets"]
    from pipeline.check import _Issues
    named = _Issues([{**i, "project_key": "p"} for i in lost])
    assert all(named.names_field("p", "targets", column) for column in ("seq", "kind", "target_value", "text"))
    assert not any("fails validation" in i["message"] for i in rows["issues"])
