"""BMA proposals after OCR whose budget table's rows are taken apart from a neighbour's (fresh set s61o):

* item columns read across, a line of digits alone a figure each ("1 ๐") under the header, specks of the table's
  rules: it stood as an item's row not read, so the lines under it were numbered one on and each took its
  neighbour's number (s61o004: 'ขนาดกลาง' scored against 'ขนาดเล็ก''s figures, silently).  Such a line is no row
  (budget._DIGIT_SPECKS_RE in item_columns).
* item columns read down their columns, then, past a page break, rows read across: a category's row with its
  subtotal beside it ("ค่าเช่ารถโดยสารปรับอากาศ   18,000") was left out, so the lines under it were put under the
  category above (s61o005: three rows' categories taken from the first row).  It is the table's next category
  (columns._layout).  Its unit amount and amount one space apart ("6,000 18,000") were one cell, read as no
  figure: two figures each whole by its comma group are two cells (columns._GROUPS_APART_RE).
* the expense-column table read across: the amount column's "บาท" and the regulation's words one space apart
  ("บาท กรุงเทพมหานคร") stopped the category's name at the regulation's word, beside its first line
  "ค่าวัสดุในการ", which ends with a word no name ends with: the name cut short at "จัดกิจกรรม", and no issue
  said so (s61o003).  Beside such an opening, the piece is no piece of the expense column
  (budget._amount_then_law, _opening_cut_short): the name is read on, and where the activity column's words
  stand among its own, said as before (budget.interleaved)."""

from __future__ import annotations

from tests.test_prop_item_columns import _with_table, run

_SPECKS = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                                จํานวน หน่วย       ราคาต่อ       จํานวน
หน่วย          เงิน (
(บาท)          บาท)

1 ๐

ค่าวัสดุในการจัดกิจกรรมทดสอบ

- โรงเรียนขนาดกลาง                    2 โรงเรียน 10,000.- 20,000.-
โรงเรียนขนาดเล็ก                           2 โรงเรียน 6,000.-        12,000.-
รวมทั้งสิ้น                                                               32,000.-
"""

_ACROSS_AFTER_RUNS = """ตามรายละเอียดดังนี้
กิจกรรม : จัดกิจกรรมทดสอบ
รายการ                   จํานวน หน่วย       ราคาต่อ
หน่วย (
บาท)

ค่าวัสดุสํานักงาน
- วัสดุสํานักงานและ        8 ชุด          750

วัสดุคอมพิวเตอร์

จํานวนเงิน
(บาท)

6,000
6,000

ค่าเช่ารถโดยสารปรับอากาศ                   18,000
- รถโดยสารปรับอากาศ         3 คัน      6,000 18,000
ค่าตอบแทนวิทยากร                          7,500
วิทยากรภายนอก           7 ชั่วโมง 600 4,200
วิทยากรภายใน            11 ชั่วโมง 300 3,300
รวมทั้งสิ้น                                                     31,500
"""

_STREAM = """ตามรายละเอียดดังนี้
กิจกรรม         รายการ             จํานวน กฎหมาย ระเบียบที่
ค่าใช้จ่าย               เงิน เกี่ยวข้อง
จัดกิจกรรม       ค่าวัสดุในการ      ๑๐๘,๙๐๐ ระเบียบ
ส่งเสริมทักษะ     จัดกิจกรรม             บาท กรุงเทพมหานคร
ภาษาอังกฤษ     ส่งเสริมทักษะ                  ว่าด้วยค่าใช้จ่าย

เพื่อการสื่อสาร ภาษาอังกฤษ                    ในการฝึกอบรม
เพื่อการสื่อสาร                  พ.ศ. ๒๕๖๓
- โรงเรียน
ขนาดใหญ่
จํานวน ๔
โรงเรียนๆ ละ
๑๕,๑๐๐ บาท
เป็นเงิน
๖๐,๔๐๐ บาท
- โรงเรียน
ขนาดกลาง
จํานวน ๔
โรงเรียนๆ ละ
๑๒,๑๒๕ บาท
เป็นเงิน
๔๘,๕๐๐ บาท
รวมทั้งสิ้น                          ๑๐๘,๙๐๐
บาท
"""


def _rows(table: str, activity: str = "") -> tuple[list[tuple], list[dict]]:
    text = _with_table(table)
    if activity:  # the paragraph names the table's activity ("รายการค่าใช้จ่ายในกิจกรรม<X> เป็นเงิน")
        named = "ค่าใช้จ่ายในการส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้"
        assert named in text
        text = text.replace(named, f"ค่าใช้จ่ายในกิจกรรม{activity}")
    rows = run(text)
    return [(e["seq"], e["category"], e["item"], str(e["quantity"]), str(e["unit_amount"]), str(e["amount"]))
            for e in rows["expenses"]], rows["issues"]


def test_digits_alone_a_figure_each_are_specks_not_a_row():
    rows, issues = _rows(_SPECKS)
    assert [(seq, item, amount) for seq, _, item, _, _, amount in rows] == [
        (1, "โรงเรียนขนาดกลาง", "20000.00"), (2, "โรงเรียนขนาดเล็ก", "12000.00")]
    assert not [i for i in issues if i["code"] == "unread_cells" and i["field"] == "expenses"]


def test_a_category_read_across_after_the_runs_heads_its_own_lines():
    rows, _ = _rows(_ACROSS_AFTER_RUNS)
    assert [(item, category) for _, category, item, *_ in rows] == [
        ("วัสดุสำนักงานและวัสดุคอมพิวเตอร์", "ค่าวัสดุสำนักงาน"),
        ("รถโดยสารปรับอากาศ", "ค่าเช่ารถโดยสารปรับอากาศ"),
        ("วิทยากรภายนอก", "ค่าตอบแทนวิทยากร"), ("วิทยากรภายใน", "ค่าตอบแทนวิทยากร")]
    # its unit amount and amount one space apart, each grouped by its comma, are two figures (columns._atoms)
    assert [(q, e, a) for _, _, _, q, e, a in rows][1] == ("3.00", "6000.00", "18000.00")


def test_the_category_is_read_past_the_amount_s_baht_and_the_regulation_and_said():
    rows, issues = _rows(_STREAM, "ส่งเสริมทักษะภาษาอังกฤษเพื่อการสื่อสาร")
    # its words past "บาท กรุงเทพมหานคร" are read (the activity's last piece and its own, one space apart, among
    # them out of order), so it is said; before, it stopped at "จัดกิจกรรม", a name cut short no issue named.
    # Those words are the activity's name's pieces, each once: read in the order that spells the name
    # (budget.named_category), the category is its opening and the name, said as a repair
    assert all(category == "ค่าวัสดุในการจัดกิจกรรมส่งเสริมทักษะภาษาอังกฤษเพื่อการสื่อสาร" for _, category, *_ in rows)
    said = [i for i in issues if i["field"] == "expenses.category" and i["code"] == "value_repaired"]
    assert len(said) == len(rows) == 2
    assert [(item.replace(" ", ""), amount) for _, _, item, _, _, amount in rows] == [
        ("โรงเรียนขนาดใหญ่", "60400.00"), ("โรงเรียนขนาดกลาง", "48500.00")]
