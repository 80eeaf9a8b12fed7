"""A KPI table whose first row OCR read as lines no row took, its type cell
damaged or lost: its indicator and target value read across ("ผู้เข้ารับการอบรม
จร้อยละ ผล": a speck joined before "ร้อยละ", the type cut to "ผล"; fresh set
s75a's bma_proposal_s75a001) or its value's figure read as letters under it
("โรงเรียนมีการรายงาน ร้อยละ" / "ผลการดำเนินงาน   ae"; s74o's s74o003).  The
row after it was read as the first, seq 1 for the table's seq 2, and the
text before it was said at its own lines only, so the wrong seq was silent.
A row's target value ("ร้อยละ" ending a word) in that text says, as a row's
type there already did, that a row was lost, over the rows read after it
(parsers.bma_proposal.tables.read_kpis); an indicator's own "ร้อยละของ..."
does not."""

from parsers.bma_proposal.tables import read_kpis
from schemas.document import CopyReading, Line

HEADER = ["ตัวชีวัด                   ค่า", "เป้าหมาย", "ระยะเวลา"]
ROW = ["โรงเรียนดําเนินกิจกรรมได้ครบตามแผนที่กําหนด ร้อยละ ๑๐0   ผลผลิต",
       "วิธีการคํานวณ จํานวนโรงเรียนที่ดําเนินกิจกรรมครบตามแผน/จํานวนโรงเรียน",
       "ทั้งหมด x ๑00 เครื่องมือที่ใช้ในการวัด แบบรายงานผลการดําเนินงาน", "ภายในปีงบประมาณ 2566"]


def _issues(lead: list[str]) -> tuple[list, int]:
    texts = HEADER + lead + ROW
    lines = [Line(k + 1, t) for k, t in enumerate(texts)]
    out = CopyReading(0, 1, len(lines))
    read_kpis(lines, out)
    return [i for i in out.issues if i.code == "unread_cells" and i.field == "targets"], len(texts)


def test_a_value_read_beside_a_damaged_type_says_the_rows_after_it():
    said, last = _issues(["ผู้เข้ารับการอบรม จร้อยละ ผล", "มีความรู้                 8๐", "ความเข้าใจ",
                          "เพิ่มขึ้นหลัง", "การอบรม"])
    assert len(said) == 1 and "a row was lost" in said[0].message and "ร้อยละ" in said[0].message
    assert said[0].line_end == last  # the row read after it too


def test_a_value_whose_figure_reads_as_letters_says_the_rows_after_it():
    said, last = _issues(["โรงเรียนมีการรายงาน ร้อยละ", "ผลการดําเนินงาน           ae", "ครบถ้วนและส่ง"])
    assert len(said) == 1 and "a row was lost" in said[0].message and said[0].line_end == last


def test_an_indicator_s_own_percent_is_no_value_cell():
    said, last = _issues(["ร้อยละของนักเรียนที่เข้าร่วม"])
    assert len(said) == 1 and "a row was lost" not in said[0].message and said[0].line_end < last
