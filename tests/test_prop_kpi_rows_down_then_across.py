"""A BMA proposal's KPI table (10.1) whose first row OCR read down its columns (its indicator's lines, the
value's header and "ร้อยละ" / "100", the type's header and "ผลผลิต", the method's cells) and the next row
across the page ("โรงเรียนมีการ     ร้อยละ ผลผลิต วิธีการคำนวณ    ปีงบประมา" ...).  Before, the row read across
was the only row: numbered first, the first row's last method line ("เห็นงาน") opening its indicator, and the
first row's cells said only as text before it, so the second row's value stood as the first's with no issue
at its row (fresh set s42b, bma_proposal_s42b002).  The lines before the rows read across are read cell by
cell (tables._rows_down_columns) where they make whole rows (indicator, value, type) and leave no words out:
those are the table's first rows, said."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_TABLE = """10.1 ตัวชีวัดความสําเร็จ
ตัวชีวัด
โรงเรียนดําเนิน
กิจกรรมได้ครบ
ตามแผนที่
ค่า
เป้าหมา
ย
ร้อยละ
100
ประเภ
ทตัวชี้
วัด
ผลผลิต
วิธีการคํานวณ/ ระยะเวลา
เครื่องมือในการ
ใช้วัด
วิธีการคํานวณ     ไตรมาสที่ 4
จํานวนโรงเรียนที่
ดําเนินกิจกรรม
ครบตามแผน/
เห็นงาน
โรงเรียนมีการ     ร้อยละ ผลผลิต วิธีการคํานวณ    ปีงบประมา
รายงานผลการดํา 95               จํานวนโรงเรียนที่ ณ 2568
เนินงานครบถ้วน                   มีผลงานนักเรียน
"""


def _text() -> str:
    sample = sample_text(PROPOSAL)
    return sample[:sample.index("10.1 ตัวชี้วัดความสำเร็จ")] + _TABLE + sample[sample.index("10.2 การติดตาม"):]


def test_a_first_row_read_down_its_columns_before_rows_read_across_is_the_first_row():
    rows = run(_text())
    kpis = [t for t in rows["targets"] if t["kind"] == "indicator"]
    assert [(k["seq"], k["target_value"], k["indicator_type"]) for k in kpis] == [
        (1, "ร้อยละ 100", "ผลผลิต"), (2, "ร้อยละ 95", "ผลผลิต")]
    assert kpis[0]["text"].replace(" ", "").startswith("โรงเรียนดำเนินกิจกรรมได้ครบ")
    assert kpis[1]["text"].startswith("โรงเรียนมีการ")  # the first row's last method line is no longer its start
    said = [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "targets"]
    assert any("read down their columns" in i["message"] and i["line_start"] <= kpis[0]["line_start"]
               for i in said)
