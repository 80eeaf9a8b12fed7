"""A KPI table whose first row OCR read apart from the rows after it, its type lost or damaged ("ผล" for
ผลลัพธ์; fresh sets s74o's bma_proposal_s74o003 and s75a's bma_proposal_s75a001): the text before the first row
was said at its own lines only, and the row read after it took seq 1, silent (its truth 2).  A row's value word
(ร้อยละ ending a word, a speck run into it or not: kpis.percent_word_in) is a row's cells as surely as its type
is: a row was lost there, and the issue reaches over the rows read after it (tables._value_word_in; at the merge
with the proposal helper's same rule, its narrower test, a value word with a period's or method's words, gave way
to the value word alone, which changed no other proposal text of the open and committed sets)."""

from parsers.bma_proposal.tables import read_kpis
from schemas.document import CopyReading, Line

ROW = ["โรงเรียนมีการ     ร้อยละ ผลผลิต วิธีการคํานวณ    ปีงบประมา",
       "รายงานผลการดํา 95               จํานวนโรงเรียนที่ ณ 2568",
       "เนินงานครบถ้วน                   มีผลงานนักเรียน"]
# the first row's cells as OCR read them down the columns, its type cell "ผล" (ผลลัพธ์ damaged)
LOST = ["ตัวชีวัด", "ผู้เข้ารับการอบรม จร้อยละ ผล มีความรู้", "8๐ ความเข้าใจ", "เพิ่มขึ้นหลัง การอบรม",
        "จํานวนผู้ที่มี คะแนนหลัง", "แบบทดสอบก่อน และหลังการอบรม", "ภายใน ปีงบประมาณ"]


def _issues(above: list[str]) -> list:
    lines = [Line(k + 1, t) for k, t in enumerate(above + ROW)]
    out = CopyReading(0, 1, len(lines))
    read_kpis(lines, out)
    return [i for i in out.issues if i.code == "unread_cells" and i.field == "targets"]


def test_a_row_s_value_and_period_before_the_first_row_say_the_rows_after_it():
    (said,) = _issues(LOST)
    assert "a row was lost" in said.message and "ร้อยละ" in said.message
    assert (said.line_start, said.line_end) == (2, len(LOST) + len(ROW))  # the rows read after it too

