"""A KPI row printed as running lines after a page break, its column gaps
lost (worked set s54z bma_proposal_s54z003: "โรงเรียนดำเนินกิจกรรมได้ครบตาม
แผนที่กำหนด ร้อยละ 100" / "ผลผลิต วิธีการคำนวณ ..." / "... ไตรมาสที่ 4"): the
line of its indicator and value went to the row before, its period read
already, as the last line of its method, and the row was left out with no
indicator read.  parsers.bma_proposal.kpis.read_rows gives that line back
to the row whose line of type and method words it stands right above, as
its indicator and value (_run_on_above)."""

from parsers.bma_proposal.kpis import read_rows
from schemas.document import Line


def _rows(*texts: str, start: int = 10):
    lines = [Line(start + k, t) for k, t in enumerate(texts) if t]
    return read_rows(lines)[0]


ROW_1 = ["ผู้เข้ารับการอบร ร้อยละ ผลลัพธ์ วิธีการคำนวณ ไตรมาส",
         "มมีความรู้         80                 จำนวนผู้ที่มี       ที่ 4",
         "ความเข้าใจ         คะแนนหลัง",
         "การอบรม          จำนวนผู้เข้ารับการอบรมทั้งหมด"]
ABOVE = "โรงเรียนดำเนินกิจกรรมได้ครบตามแผนที่กำหนด ร้อยละ 100"
ROW_2 = ["ผลผลิต วิธีการคำนวณ จำนวนโรงเรียนที่ดำเนินกิจกรรมครบตาม",
         "แผน/จำนวนโรงเรียนทั้งหมด % 100 เครื่องมือที่ใช้ในการวัด",
         "แบบรายงานผลการดำเนินงาน ไตรมาสที่ 4"]


def test_a_row_s_indicator_and_value_run_on_the_line_above_its_row_line_are_its_own():
    rows = _rows(*ROW_1, ABOVE, *ROW_2)
    assert len(rows) == 2
    assert rows[1].text == ["โรงเรียนดำเนินกิจกรรมได้ครบตามแผนที่กำหนด"] and rows[1].value == ["ร้อยละ", "100"]
    assert rows[1].lines[0] == 14 and rows[1].type == "ผลผลิต"
    assert ABOVE not in rows[0].method and rows[0].lines[-1] == 13


def test_the_line_stays_the_method_s_apart_from_the_row_or_before_the_row_above_has_its_period():
    rows = _rows(*ROW_1, ABOVE, "", *ROW_2)  # a blank line between: the row's line stands apart from it
    assert rows[0].method[-1] == ABOVE and rows[1].text == []
    no_period = [ROW_1[0].replace(" ไตรมาส", ""), ROW_1[1].replace("       ที่ 4", "")] + ROW_1[2:]
    rows = _rows(*no_period, ABOVE, *ROW_2)  # the row above not closed by its period: the line may be its own
    assert rows[0].method[-1] == ABOVE and rows[1].text == []
