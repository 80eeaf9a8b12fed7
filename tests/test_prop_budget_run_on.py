"""BMA proposals printed on one line (or a form on one line that OCR wrapped anywhere) whose budget is a
table of item columns: its header and rows run on in the line ("รายการ จำนวน หน่วย ราคาต่อหน่วย (บาท)
จำนวนเงิน (บาท) ค่าอาหารกลางวัน 7,080 - ผู้เข้ารับการอบรม 59 คน 120 7,080 ... รวมทั้งสิ้น 49,580";
set s19prb's s19prb007, and every proposal of a one-line set made from the generator).  Before, item_columns
found the header and no row (its rows a line each, tab-parted), no other reader read the table, and
every expense line was lost (said only as lost).  budget.rows_run_on reads each row by its four figure cells
and gives item_columns the table's rows."""

from __future__ import annotations

from parsers.bma_proposal.budget import rows_run_on
from schemas.document import Line
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_RUN = ("ตามรายละเอียดดังนี้ กิจกรรม : จัดกิจกรรมทดสอบ รายการ จำนวน หน่วย ราคาต่อหน่วย (บาท) จำนวนเงิน (บาท) "
        "ค่าอาหารกลางวัน 11,040 - ผู้เข้ารับการอบรม 138 คน 80 11,040 ค่าตอบแทนวิทยากร 8,400.- "
        "วิทยากรภายนอก 4 ชั่วโมง 1,200.- 4,800.- - วิทยากรภายใน 12 ชั่วโมง 300.- 3,600.- รวมทั้งสิ้น 19,440 ")
_LINES = [
    ("ค่าอาหารกลางวัน", "ผู้เข้ารับการอบรม", "138.00", "คน", "80.00", "11040.00"),
    ("ค่าตอบแทนวิทยากร", "วิทยากรภายนอก", "4.00", "ชั่วโมง", "1200.00", "4800.00"),
    ("ค่าตอบแทนวิทยากร", "วิทยากรภายใน", "12.00", "ชั่วโมง", "300.00", "3600.00"),
]


def _with_table(table: str) -> str:
    text = sample_text(PROPOSAL)
    start = text.index("ตามรายละเอียดดังนี้")
    end = text.index("8.  ความเสี่ยง", start)
    return text[:start] + table + "กฎหมาย ระเบียบที่เกี่ยวข้อง : ข้อบัญญัติกรุงเทพมหานคร เรื่อง งบประมาณรายจ่ายประจำปี\n" \
        + text[end:]


def _lines(rows: dict) -> list[tuple]:
    return [(e["category"], e["item"], str(e["quantity"]), e["unit"], str(e["unit_amount"]), str(e["amount"]))
            for e in rows["expenses"]]


def _doubts(rows: dict) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] in ("expenses.category",
                                                                                      "expenses.item")]


def test_item_columns_run_on_in_one_line_give_every_line_under_its_category():
    rows = run(_with_table(_RUN))
    assert _lines(rows) == _LINES
    assert not _doubts(rows)
    # the total row is the table's total (it differs from the paragraph's, which is said)
    assert any(i["code"] == "budget_total_mismatch" and "table's total 19,440.00" in i["message"] for i in rows["issues"])


def test_the_same_rows_broken_over_lines_anywhere_read_the_same():
    words, lines, line = _RUN.split(), [], []
    for k, word in enumerate(words):  # a break after every fifth word, wherever it falls
        line.append(word)
        if k % 5 == 4:
            lines.append(" ".join(line))
            line = []
    lines.append(" ".join(line))
    rows = run(_with_table("\n".join(lines) + "\n"))
    assert _lines(rows) == _LINES


_ONE_CATEGORY = ("ตามรายละเอียดดังนี้ กิจกรรม : จัดกิจกรรมทดสอบ รายการ จำนวน หน่วย ราคาต่อหน่วย (บาท) จำนวนเงิน (บาท) "
                 "{category} โรงเรียนขนาดใหญ่ 2 โรงเรียน 15,100 30,200 - โรงเรียนขนาดกลาง 3 โรงเรียน 13,100 39,300 "
                 "รวมทั้งสิ้น 69,500 ")


def test_a_table_of_one_category_ends_it_where_it_names_the_activity_else_says_the_guess():
    # the paragraph above names the activity ("รายการค่าใช้จ่ายในการส่งเสริมสนับสนุน... เป็นเงิน"): a category
    # that names it after its opening words ends there, the item's words after it
    named = "ค่าวัสดุในการจัดกิจกรรมส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงาน เพื่อการเรียนรู้"
    rows = run(_with_table(_ONE_CATEGORY.format(category=named)))
    assert [(e["category"], e["item"]) for e in rows["expenses"]] == [
        (named, "โรงเรียนขนาดใหญ่"), (named, "โรงเรียนขนาดกลาง")]
    assert not _doubts(rows)
    # one that does not: no mark tells where it ends; its last word is taken for the item, and that is said
    other = "ค่าวัสดุ สำนักงาน"
    rows = run(_with_table(_ONE_CATEGORY.format(category=other)))
    assert rows["expenses"][0]["category"] == other
    assert {i["field"] for i in _doubts(rows)} == {"expenses.category", "expenses.item"}


def test_words_where_a_row_has_none_are_no_table_of_run_on_rows():
    header = "รายการ จำนวน หน่วย ราคาต่อหน่วย (บาท) จำนวนเงิน (บาท) "
    assert rows_run_on([Line(5, header + "ค่าอาหาร 80 - ผู้เข้ารับการอบรม 1 คน 80 80 รวมทั้งสิ้น 80")]) is not None
    # text between the last row and the total (a row whose figures were not read): not read so
    assert rows_run_on([Line(5, header + "ค่าอาหาร 80 - ผู้เข้ารับการอบรม 1 คน 80 80 - อาหารว่าง 2 คน "
                                         "รวมทั้งสิ้น 80")]) is None
    # no header, no table
    assert rows_run_on([Line(5, "ค่าอาหาร 80 - ผู้เข้ารับการอบรม 1 คน 80 80 รวมทั้งสิ้น 80")]) is None
