"""A four-column table of entries OCR read row by row with its cells side by side, whose description cell holds
an expense line the cell's width wrapped where the clause waits for a figure (fresh sets s29o002, extra x019):
its item alone on one line and its "= 6,200 บาท" on the next, or "ค่าอาหาร จำนวน" / "114 คนๆ ละ" / "๒๕๐.๐๐ บาท" /
"เป็นเงิน 28,500.00 บาท".  The unweaving took the figure alone for the figures cell (a figures cell standing
first in its line) and "= 6,200 บาท" for a date cell with no header (the row ended there, the figures of the row
put inside the description), so the clause was cut and its expense line lost, or read under the next item's
amount.  Now a line that an expense clause of the description waits for stays the description's."""

from __future__ import annotations

from parsers.bma_progress.clauses import expense_waits
from parsers.bma_progress.entries import parse_entries
from parsers.bma_progress.sidebyside import unweave
from tests.lines import numbered_lines as _lines

_ROWS = (
    "รายงาน    6 พฤษภาคม 64 : จัดกิจกรรมนิเทศ     ความก้าวหน้า        เป็นไปตาม",
    "ครั้งที่ 7     ติดตาม การดำเนินงาน            ของงานฯ = 75.5%          แผน :",
    "ค่าเช่ารถโดยสาร =      งบประมาณที่เบิก      เป็นไปตาม",
    "10,700 บาท      ใช้ (ครั้งที่ 7) = 16,900 บาท     เป้าหมาย",
    "ค่าจ้างเหมาจัดทำเอกสาร",
    "= 6,200 บาท",
    "รายงาน    29/6/2564 : ดำเนินการเบิกจ่าย      ความก้าวหน้า       เป็นไปตาม",
    "ครั้งที่ 8     งบประมาณเสร็จสิ้น       ของงานฯ = 100%          แผน :",
    "ค่าอาหาร จำนวน       งบประมาณที่เบิก      เป็นไปตาม",
    "114 คนๆ ละ       ใช้ (ครั้งที่ 8) = 28,500.00 บาท      เป้าหมาย",
    "๒๕๐.๐๐ บาท",
    "เป็นเงิน 28,500.00 บาท",
)


def _expenses(result, seq):
    return [(e.item, e.quantity, e.each, e.amount) for e in result.entries[seq].expenses]


def test_an_expense_clause_the_description_wrapped_keeps_the_figure_it_waits_for():
    result = parse_entries(_lines(*_ROWS))
    assert sorted(result.entries) == [7, 8]
    assert _expenses(result, 7) == [("ค่าเช่ารถโดยสาร", None, None, "10,700"),
                                    ("ค่าจ้างเหมาจัดทำเอกสาร", None, None, "6,200")]
    assert _expenses(result, 8) == [("ค่าอาหาร", "114", "๒๕๐.๐๐", "28,500.00")]
    assert result.entries[7].figure_texts.get("budget") and result.entries[8].figure_texts.get("budget")


def test_the_figure_stays_in_the_description_column():
    texts = [ln.text for ln in unweave(_lines(*_ROWS))]
    # the row's figures come after its whole description, not between an item and its amount
    assert texts.index("= 6,200 บาท") == texts.index("ค่าจ้างเหมาจัดทำเอกสาร") + 1
    assert texts.index("๒๕๐.๐๐ บาท") == texts.index("114 คนๆ ละ") + 1


def test_a_figure_alone_under_a_description_that_waits_for_none_is_the_figures_cell():
    rows = list(_ROWS)
    rows[8] = "ดำเนินการแล้ว       งบประมาณที่เบิก      เป็นไปตาม"  # no expense clause open above the figure
    rows[9] = "ตามแผน       ใช้ (ครั้งที่ 8) =      เป้าหมาย"
    rows[10] = "28,500.00 บาท"
    rows[11] = "สรุปผลโครงการ"
    texts = [ln.text for ln in unweave(_lines(*rows))]
    assert texts.index("28,500.00 บาท") == texts.index("ใช้ (ครั้งที่ 8) =") + 1


def test_what_an_expense_clause_waits_for():
    assert expense_waits("ค่าเช่ารถโดยสาร =\n10,700 บาท\nค่าจ้างเหมาจัดทำเอกสาร")  # its item alone
    assert expense_waits("ค่าอาหาร จำนวน\n114 คนๆ ละ")  # its unit amount
    assert expense_waits("ค่าอาหาร 138 คน x 150 บาท")  # its "= amount"
    assert expense_waits("ค่าอาหาร 50 คน x 20 บาท เป็นเงิน")
    assert not expense_waits("ค่าอาหาร จำนวน 5 คนๆ ละ 20 บาท เป็นเงิน 100 บาท")  # a whole clause
    assert not expense_waits("ค่าอาหาร 50 คน x 20 บาท = 1,000 บาท")
    assert not expense_waits("ความก้าวหน้า 35.00 %")
    assert not expense_waits("จัดกิจกรรมนิเทศ ติดตาม การดำเนินงาน")
