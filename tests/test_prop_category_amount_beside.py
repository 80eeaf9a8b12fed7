"""BMA proposals after OCR whose budget table tesseract read across its columns, the category cell wrapped
("ค่าวัสดุในการ" / "จัดกิจกรรมส่งเสริม..." on the lines below, beside the activity's and the regulation's cells),
its first line beside its amount cell and the regulation's first words with one space between them
("๖๙,๕๐๐.- ข้อบัญญัติ").  Two things cut the category at its first line ('ค่าวัสดุในการ', flagged as cut short,
wrong for every expense line under it): a category ends at the dash its amount cell ends with ("๕๐๐.- "), and
the regulation's words read into the amount's cell ended it there too (clean_category stops at a regulation's
title).  Now a category cut short at its amount (its words end with one no name ends with) is read on to its
first item's bullet (budget._category_stop), the regulation's words beside an amount are left out as a cell of
them alone is (budget._without_regulation), and budget.named_category reads it whole where its words hold the
activity's name (said, value_repaired); where nothing vouches for the words read past the amount, it is said
(unread_cells).  A category not cut short still ends at its amount cell."""

from __future__ import annotations

import json

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

NAME = "ค่าวัสดุในการจัดกิจกรรมส่งเสริมสนับสนุนให้นักเรียนสร้างสรรค์ผลงานเพื่อการเรียนรู้"
_HEADER = """กิจกรรม                    รายการค่าใช้จ่าย              จำนวน          กฎหมาย ระเบียบที่
เงิน            เกี่ยวข้อง

"""
# Each line: the activity's piece, the category's, then (first line) the amount and the regulation's first word
# one space apart; the category's second piece on line 3 run into the activity's
_BESIDE = _HEADER + """จัดกิจกรรมส่งเสริม        ค่าวัสดุในการ            ๖๙,๕๐๐.- ข้อบัญญัติ
สนับสนุนให้นักเรียน        จัดกิจกรรมส่งเสริมสนับสนุน   บาท         กรุงเทพมหานคร
สร้างสรรค์ผลงาน ให้นักเรียนสร้างสรรค์ผลงาน                      เรื่อง งบประมาณ
เพื่อการเรียนรู้                เพื่อการเรียนรู้                      รายจ่ายประจำปี

"""


def _categories(table: str) -> tuple[list[str], list[dict]]:
    text = sample_text(PROPOSAL)
    start, end = text.index("\tกิจกรรม\n"), text.index("- โรงเรียนขนาดใหญ่")
    rows = run(text[:start] + table + text[end:])
    return [e["category"] for e in rows["expenses"]], [i for i in rows["issues"] if i["field"] == "expenses.category"]


def test_a_wrapped_category_beside_its_amount_and_a_regulation_is_read_whole_and_said():
    cats, issues = _categories(_BESIDE)
    assert cats == [NAME, NAME]
    assert {i["code"] for i in issues} == {"value_repaired"}
    assert {json.loads(i["evidence"])["chosen"] for i in issues} == {NAME}


def test_a_category_cut_short_reads_on_past_its_amount_to_its_first_item():
    # a regulation cell apart from the amount (a wide gap): only the amount's dash cut the category
    cats, issues = _categories(_BESIDE.replace("๖๙,๕๐๐.- ข้อบัญญัติ", "๖๙,๕๐๐.-        ข้อบัญญัติ"))
    assert cats == [NAME, NAME]


def test_words_beside_an_amount_that_are_no_regulation_stay_with_the_category():
    # "เครื่องดื่ม" is no regulation's word: it is kept, never left out, and the category read past its amount
    # with it, which nothing vouches for, is said
    cats, issues = _categories(_BESIDE.replace("๖๙,๕๐๐.- ข้อบัญญัติ", "๖๙,๕๐๐.- เครื่องดื่ม"))
    assert all(c.startswith("ค่าวัสดุในการ") and "เครื่องดื่ม" in c for c in cats)
    assert {i["code"] for i in issues} == {"unread_cells"}


def test_a_category_not_cut_short_still_ends_at_its_amount_cell():
    # "ค่าวัสดุสำนักงาน" ends with no word a name goes on after: the words after its amount are other columns'
    table = _BESIDE.replace("ค่าวัสดุในการ   ", "ค่าวัสดุสำนักงาน")
    cats, issues = _categories(table)
    assert cats == ["ค่าวัสดุสำนักงาน", "ค่าวัสดุสำนักงาน"]


# The category 'ค่าอาหารว่างและ' / 'เครื่องดื่ม' (bma_proposal_003 after OCR): its amount's figures damaged
# ('ต' for a digit), its second line read after the activity cell's piece on that line, the activity's other
# pieces after it
_SNACKS = _HEADER + """จัดกิจกรรมส่งเสริม        ค่าอาหารว่างและ            ๖๙,ต๐๐.-      ระเบียบ
สนับสนุนให้นักเรียน เครื่องดื่ม       บาท         กรุงเทพมหานคร
สร้างสรรค์ผลงาน                      ว่าด้วยค่าใช้จ่ายใน
เพื่อการเรียนรู้

"""


def test_a_wrapped_category_read_past_its_amount_leaves_the_activity_pieces_out_and_is_said():
    cats, issues = _categories(_SNACKS)
    assert cats == ["ค่าอาหารว่างและ เครื่องดื่ม"] * 2
    assert {i["code"] for i in issues} == {"value_repaired"}
    assert {json.loads(i["evidence"])["rule"] for i in issues} == {"category_wrapped"}


def test_a_category_past_its_amount_with_no_activity_piece_among_its_words_is_said():
    # nothing but its own words after the amount: kept as read, and said (other columns' words may stand there)
    cats, issues = _categories(_SNACKS.replace("สนับสนุนให้นักเรียน เครื่องดื่ม", "เครื่องดื่ม")
                               .replace("สร้างสรรค์ผลงาน ", "").replace("เพื่อการเรียนรู้\n", ""))
    assert cats == ["ค่าอาหารว่างและ เครื่องดื่ม"] * 2
    assert {i["code"] for i in issues} == {"unread_cells"}
