"""BMA proposal KPI tables whose rows OCR ran together or lost, with no issue naming them: a row's period
damaged past reading ("ปขึงบประมาณ ๒๕๖๙"), so the next row's indicator, value and type cells were read into
its method (helper set pr24/set1 pr24a012); the table read down its columns, the second row's type cell
read into the first's method ("ผลผลิต วิธีการคำนวณ ...", set v s25v003); the table's heading OCR garbled past
finding ("10.1 MIHIMAIINGILIA"), its rows left to section 10 (pr2_24/set2 pr2s24b012).  The second row was
lost silently (every column of it), or the whole table.  Now a row whose method holds another row's cell
(an indicator type word, or the method's words a second time: the form prints one of each in a row) is said
(kpis.other_rows_cells: unread_cells naming the table), and so is a copy with no KPI row read
(read.read_sections).  The cells are kept as read: which are whose is not known."""

from __future__ import annotations

from parsers.bma_proposal.kpis import Kpi, other_rows_cells, put_kpis
from schemas.document import CopyReading
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_METHOD = "วิธีการคำนวณ จำนวนผู้ที่มีคะแนนหลังการอบรมสูงขึ้น/จำนวนผู้เข้ารับการอบรมทั้งหมด x 100"


def _said(method: str) -> list:
    out = CopyReading(0, 1, 10)
    put_kpis([Kpi(["ผู้เข้ารับการอบรมมีความรู้"], ["ร้อยละ 80"], "ผลลัพธ์", [method], ["ไตรมาสที่ ๔"], [3, 9])], out)
    assert out.tables["kpis"][1]["method"].value == method  # kept as read
    return [(i.code, i.field) for i in out.issues if i.field == "targets"]


def test_a_method_holding_the_next_rows_cells_is_said():
    run_on = f"{_METHOD} ปขึงบประมาณ ๒๕๖๙ นักเรียนที่เข้าร่วมกิจกรรมมีความพึงพอใจ ร้อยละ ๘๕ ผลลัพธ์ วิธีการคำนวณ จำนวน"
    assert _said(run_on) == [("unread_cells", "targets")]
    assert _said(f"ผลผลิต {_METHOD}") == [("unread_cells", "targets")]
    assert _said(f"{_METHOD} วิธีการคำนวณ จำนวนโรงเรียน") == [("unread_cells", "targets")]


def test_a_method_of_its_own_row_is_not():
    assert other_rows_cells(f"{_METHOD} เครื่องมือที่ใช้ในการวัด แบบทดสอบก่อนและหลังการอบรม ผลงาน") is None
    assert _said(_METHOD) == []


def test_a_copy_with_no_kpi_row_read_says_the_table_lost():
    text = sample_text(PROPOSAL).replace("10.1 ตัวชี้วัดความสำเร็จ", "10.1 MIHIMAIINGILIA", 1)
    text = text.replace("\tผลผลิต\n", "\tMWA\n", 1)  # its type cell garbled too: no row anchors
    rows = run(text)
    assert not [t for t in rows["targets"] if t["kind"] == "indicator"]
    assert any(i["code"] == "unread_cells" and i["field"] == "targets" and "no indicator row" in i["message"]
               for i in rows["issues"])
