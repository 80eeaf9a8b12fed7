"""BMA proposals after OCR whose budget table tesseract read across its columns: the category cell
("ค่าวัสดุในการจัดกิจกรรม...", which names the activity after its opening words) and the activity cell
beside it wrap alike, so the category's words came with pieces of the activity cell among them
("ค่าวัสดุในการ จัดกิจกรรมส่งเสริมการ ดิจิทัลเพื่อการเรียน ใช้เทคโนโลยีดิจิทัลเพื่อ การสอน การเรียนการสอน").
Such a category was kept as read and flagged; when its opening ends with a word no name ends with
("ในการ") and its other words hold the activity's name whole, in order, once the activity cell's pieces
are left out, it is read as its opening and the name (budget.named_category), and said."""

from __future__ import annotations

import json

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

NAME = "ค่าวัสดุในการจัดกิจกรรมส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้"
_HEADER = """กิจกรรม                    รายการค่าใช้จ่าย              จำนวน          กฎหมาย ระเบียบที่
เงิน            เกี่ยวข้อง

"""
# The sample's activity cell and category cell as OCR read them across: each line the activity's piece,
# then the category's, then the regulation's (the category's second piece on line 3 run into the activity's)
_ACROSS = _HEADER + """จัดกิจกรรมส่งเสริม        ค่าวัสดุในการ                              ระเบียบกรุงเทพมหานคร
สนับสนุนให้นักเรียน        จัดกิจกรรมส่งเสริมสนับสนุน                        ว่าด้วยค่าใช้จ่ายในการ
สร้างสรรค์ผลงาน ให้นักเรียนสร้างสรรค์ผลงาน                      ฝึกอบรม พ.ศ. 2563
เพื่อการเรียนรู้                เพื่อการเรียนรู้

"""


def _categories(table: str) -> tuple[list[str], list[dict]]:
    text = sample_text(PROPOSAL)
    start, end = text.index("\tกิจกรรม\n"), text.index("- โรงเรียนขนาดใหญ่")
    rows = run(text[:start] + table + text[end:])
    return [e["category"] for e in rows["expenses"]], [i for i in rows["issues"] if i["field"] == "expenses.category"]


def test_a_category_naming_the_activity_read_with_the_activity_cell_is_read_whole_and_said():
    cats, issues = _categories(_ACROSS)
    assert cats == [NAME, NAME]
    assert {i["code"] for i in issues} == {"value_repaired"}
    assert {json.loads(i["evidence"])["chosen"] for i in issues} == {NAME}


def test_a_category_whose_words_do_not_hold_the_name_whole_is_kept_as_read_and_flagged():
    # the name's last piece lost with the category's: no reading holds the name whole, nothing is chosen
    cats, issues = _categories(_ACROSS.replace("เพื่อการเรียนรู้                เพื่อการเรียนรู้\n", ""))
    assert NAME not in cats and all(c.startswith("ค่าวัสดุในการ ") for c in cats)
    assert {i["code"] for i in issues} == {"unread_cells"}


def test_a_category_of_other_words_than_the_name_is_kept_as_read_and_flagged():
    # "ค่าตอบแทน" opens no name (it ends with no word a name goes on after): the activity's pieces among its
    # words are flagged, never made into a name the category does not print
    cats, issues = _categories(_ACROSS.replace("ค่าวัสดุในการ   ", "ค่าตอบแทนครู   "))
    assert all(c.startswith("ค่าตอบแทนครู ") for c in cats)
    assert {i["code"] for i in issues} == {"unread_cells"}


def test_the_name_s_pieces_out_of_order_are_read_in_the_order_that_spells_it():
    # the activity's cell and the category's one space apart on a line, read as one piece ("ส่งเสริมสนับสนุน
    # จัดกิจกรรม": the activity's piece first): each of the name's pieces once, out of its order (s64z004)
    from normalizers.text import skeleton
    from parsers.bma_proposal.budget import named_category
    activity = skeleton("จัดกิจกรรมส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้")
    read = "ค่าวัสดุในการ ส่งเสริมสนับสนุน จัดกิจกรรม ให้นักเรียนสร้างสรรค์ผลงาน เพื่อการเรียนรู้"
    assert named_category(read, activity) == NAME
    # a piece of the name lost: no reading spells it whole, nothing is chosen
    assert named_category(read.replace(" ให้นักเรียนสร้างสรรค์ผลงาน", ""), activity) is None
