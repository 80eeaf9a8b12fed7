"""A KPI table whose first row OCR read with its value and type cells garbled past knowing ("Sagas Wana" for
"ร้อยละ ผลผลิต": fresh set s109o's bma_proposal_s109o002): the text before the first row read was said at its own
lines only, and the row read after it took seq 1, silent (its truth 2).  A row's method words ("วิธีการคำนวณ", not
the header's "วิธีการคำนวณ/...") are a row's cells as surely as its type or value word: a row was lost there, and
the issue reaches over the rows read after it (kpis.method_word_in)."""

import pytest

from parsers.bma_proposal.kpis import method_word_in
from parsers.bma_proposal.tables import read_kpis
from schemas.document import CopyReading, Line

pytestmark = pytest.mark.usefixtures("repair_on")

ROW = ["ผู้เข้ารับการอ ร้อยละ ผลลัพ วิธีการคํานวณ ปีงบประม",
       "บรมมีความรู้ 8๐    ธิ์    จํานวนผู้ที่มี   าณ 2570",
       "ความเข้าใจ             คะแนนหลัง"]
# the first row as OCR read it: its value and type cells garbled into Latin letters, its method's words whole
LOST = ["โรงเรียนมีการ Sagas Wana วิธีการคํานวณ ปีงบประม", "รายงานผลกา 95        ต        จํานวน           าณ 25/0",
        "", "รดําเนินงาน             โรงเรียนที่มี", "", "กําหนด                             ทั้งหมด % 100", ""]


def _issues(above: list[str]) -> list:
    lines = [Line(k + 1, t) for k, t in enumerate(above + ROW)]
    out = CopyReading(0, 1, len(lines))
    read_kpis(lines, out)
    return [i for i in out.issues if i.code == "unread_cells" and i.field == "targets"]


def test_a_row_s_method_before_the_first_row_says_the_rows_after_it():
    (said,) = _issues(LOST)
    assert "a row was lost" in said.message and "method" in said.message
    assert (said.line_start, said.line_end) == (1, len(LOST) + len(ROW))  # the rows read after it too


def test_text_with_no_row_cell_before_the_first_row_is_said_at_its_own_lines():
    (said,) = _issues(["ข้อความบางส่วนของหน้า", ""])
    assert "a row was lost" not in said.message
    assert (said.line_start, said.line_end) == (1, 1)


def test_the_header_s_method_words_are_no_row_s():
    assert method_word_in("วิธีการคํานวณ/เครื่องมือในการใช้วัด") is None
    assert method_word_in("วิธีการคำนวณ / เครื่องมือ") is None
    assert method_word_in("โรงเรียนมีการ Sagas Wana วิธีการคํานวณ ปีงบประม") is not None
