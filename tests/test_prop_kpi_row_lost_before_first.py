"""A KPI table OCR read column by column whose first row's cells stand
before the first line read as a row (s42b's bma_proposal_s42b002: the first
indicator, its value and its type each on lines of their own, then the
second row read across): the text before the first row was said, at its own
lines, and the row read after it took seq 1 with the second row's cells, no
issue at its lines.  Where that text holds a row's type (ผลผลิต), a row was
lost there, and the issue reaches over the rows read after it
(parsers.bma_proposal.tables.read_kpis), unless the cells read as a row down
the columns whole (tables._rows_down_columns)."""

from parsers.bma_proposal.tables import read_kpis
from schemas.document import CopyReading, Line

ABOVE = ["ตัวชีวัด", "โรงเรียนดําเนิน", "กิจกรรมได้ครบ", "ร้อยละ", "100", "ผลผลิต", "วิธีการคํานวณ     ไตรมาสที 4",
         "จํานวนโรงเรียนที"]
ROW = ["โรงเรียนมีการ     ร้อยละ ผลผลิต วิธีการคํานวณ    ปีงบประมา",
       "รายงานผลการดํา 95               จํานวนโรงเรียนที่ ณ 2568",
       "เนินงานครบถ้วน                   มีผลงานนักเรียน"]


def _issues(above: list[str]) -> list:
    lines = [Line(k + 1, t) for k, t in enumerate(above + ROW)]
    out = CopyReading(0, 1, len(lines))
    read_kpis(lines, out)
    return [i for i in out.issues if i.code == "unread_cells" and i.field == "targets"]


# the first row's value lost too: its cells no longer read as a row down the columns (tables._rows_down_columns
# reads the whole ABOVE as the table's first row, said at its own lines), so the row is lost
LOST = [t for t in ABOVE if t not in ("ร้อยละ", "100")]


def test_a_row_read_down_the_columns_whole_is_read_and_said_at_its_lines():
    said = _issues(ABOVE)
    assert len(said) == 1 and "read down their columns" in said[0].message
    assert (said[0].line_start, said[0].line_end) == (2, len(ABOVE))


def test_a_row_s_type_before_the_first_row_says_the_rows_after_it():
    said = _issues(LOST)
    assert len(said) == 1 and "a row was lost" in said[0].message
    assert (said[0].line_start, said[0].line_end) == (2, len(LOST) + len(ROW))  # the rows read after it too


def test_text_before_the_first_row_without_a_type_is_said_at_its_own_lines():
    # (nor the method's words: a row's method cell says a row was lost as its type does, kpis.method_word_in)
    said = _issues([t for t in LOST if t != "ผลผลิต" and not t.startswith("วิธีการ")])
    assert len(said) == 1 and "a row was lost" not in said[0].message and said[0].line_end < len(ABOVE)


def test_a_row_s_type_among_the_cells_below_the_table_says_the_rows_above():
    # s42b's bma_proposal_s42b005 OCR'd: row 2's indicator ran into row 1's method, its value, type and method read
    # after the heading below the table (10.2) and placed in no row: said at those cells' lines only, row 1's
    # method silent; a row's type among them says the rows above too
    rows = ["โรงเรียนดําเนิน    ร้อยละ    ผลผลิต วิธีการคํานวณ      ไตรมาสที่ 4",
            "กิจกรรมได้ครบ     100             จํานวนโรงเรียนที่",
            "ตามแผนที่กําหนด                  ดําเนินกิจกรรม", "การวัด แบบ", "", "โรงเรียนมีการ", "", "รายงาน"]
    below = ["รอยละ", "95", "", "ผลผลิต วิธีการคํานวณ         ภายใน", "จํานวนโรงเรียนที่มี ปีงบประมาณ"]
    lines = [Line(k + 1, t) for k, t in enumerate(rows) if t]
    under = [Line(k + 20, t) for k, t in enumerate(below) if t]
    out = CopyReading(0, 1, 30)
    read_kpis(lines, out, under)
    said = [i for i in out.issues if i.code == "unread_cells" and i.field == "targets"]
    assert len(said) == 1 and "row's type (ผลผลิต)" in said[0].message
    assert said[0].line_start == 1 and said[0].line_end == under[-1].no
