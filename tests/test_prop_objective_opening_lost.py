"""Objectives whose numbers OCR read in a column apart from their texts, one number lost at the column's end and,
with it, the opening words of a text: the line opens with a vowel or tone mark ("ัฒนาผู้เรียน..." for "เพื่อ
พัฒนาผู้เรียน..."), which no word opens with, nor a line the page wrapped.  That line opens a text of its own,
the column's last number lost, said (unread_cells on the texts, the number's repair).  Before, it ran into the
objective above and the last row was lost with no issue naming it (fresh set s85a, bma_proposal_s85a004).  A list
in a plain run of items gets the same reading (items.numbered_items, Item.mark_first), said as an item whose
opening OCR lost, or the wrap of the one before."""

from __future__ import annotations

from parsers.items import numbered_items, opened_by_words_issues, opens_purpose
from schemas.document import Line
from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_APART = """๒. วัตถุประสงค์

๒.๑

๒.๒

เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้เพื่อพัฒนาการ
ใช้เทคโนโลยีดิจิทัลเพื่อการเรียนการสอน
ัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ
ด้วยตนเองได้
เพื่อคัดสรรสื่อการเรียนรู้ดิจิทัลที่มีคุณภาพ และเผยแพร่เป็นแบบอย่างแก่
โรงเรียนอื่น
"""


def _with_objectives(block: str) -> str:
    text = sample_text(PROPOSAL)
    start, end = text.index("๒. วัตถุประสงค์"), text.index("๓. เป้าหมาย")
    return text[:start] + block + text[end:]


def test_a_text_opening_with_a_mark_under_a_column_of_numbers_is_an_objective_of_its_own_and_said():
    rows = run(_with_objectives(_APART))
    objectives = [o for o in rows["objectives"]]
    assert [o["seq"] for o in objectives] == [1, 2, 3]
    assert objectives[1]["text"].endswith("ด้วยตนเองได้") and objectives[2]["text"].startswith("เพื่อคัดสรร")
    said = {(i["code"], i["field"]) for i in rows["issues"]}
    assert ("unread_cells", "objectives.text") in said


def test_a_column_of_numbers_as_many_as_the_texts_keeps_them():
    rows = run(_with_objectives(_APART.replace("ัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ\nด้วยตนเองได้\n",
                                               "")))
    assert [o["seq"] for o in rows["objectives"]] == [1, 2]
    assert ("unread_cells", "objectives.text") not in {(i["code"], i["field"]) for i in rows["issues"]}


def test_a_plain_list_s_line_opening_with_a_mark_opens_an_item_said():
    lines = [Line(1, "เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรม"), Line(2, "การเรียนรู้อย่างต่อเนื่อง"),
             Line(3, "ัฒนาผู้เรียนให้สามารถสร้างความรู้"), Line(4, "ด้วยตนเองได้"),
             Line(5, "เพื่อคัดสรรสื่อการเรียนรู้ดิจิทัล")]
    items, _ = numbered_items(lines, opens_purpose)
    assert len(items) == 3 and items[1].mark_first
    issues = opened_by_words_issues(items, "objective", "objectives")
    assert {i.field for i in issues} == {"objectives.text", "objectives.seq"}
