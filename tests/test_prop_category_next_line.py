"""BMA proposals after OCR whose budget table tesseract read across its columns, the category cell wrapped onto
a second line ("ค่าจ้างเหมาจัดทำ" / "เอกสาร"), its first line beside its amount cell and the regulation's first
word, its letters misread ("15,450 รระเบียบ": a cell the regulation's words alone would have been left out), the
second line's cells the activity's, the category's end and the amount's "บาท" with
the regulation's next words.  The category stopped at the regulation's word, its wrapped end left out with no
issue naming it (s64o's bma_proposal_s64o003: 'ค่าจ้างเหมาจัดทำ' for 'ค่าจ้างเหมาจัดทำเอกสาร', silent).  Now the
words that open the next line in the category's own column (the same place among the line's cells, after the
activity's cell) are read as its end and said (value_repaired, rule category_next_line:
budget.read_expenses); a piece in the activity's column (the first cell of its line) is never taken."""

from __future__ import annotations

import json

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

_TABLE = """กิจกรรม                    รายการค่าใช้จ่าย              จำนวน          กฎหมาย ระเบียบที่
เงิน            เกี่ยวข้อง

จัดกิจกรรมส่งเสริม        ค่าจ้างเหมาจัดทำ            ๖๙,๕๐๐ รระเบียบ
สนับสนุนให้นักเรียน        ป้ายนิทรรศการ              บาท กรุงเทพมหานคร
สร้างสรรค์ผลงาน                                        ว่าด้วยการจัดซื้อ
เพื่อการเรียนรู้

"""


def _categories(table: str) -> tuple[list[str], list[dict]]:
    text = sample_text(PROPOSAL)
    start, end = text.index("\tกิจกรรม\n"), text.index("- โรงเรียนขนาดใหญ่")
    rows = run(text[:start] + table + text[end:])
    return [e["category"] for e in rows["expenses"]], [i for i in rows["issues"] if i["field"] == "expenses.category"]


def test_a_category_s_end_on_the_next_line_of_its_column_is_read_and_said():
    cats, issues = _categories(_TABLE)
    assert cats == ["ค่าจ้างเหมาจัดทำป้ายนิทรรศการ"] * 2
    assert {i["code"] for i in issues} == {"value_repaired"}
    assert {json.loads(i["evidence"])["rule"] for i in issues} == {"category_next_line"}


def test_words_in_the_activity_s_column_are_not_the_category_s():
    # the next line's first cell is the activity's column: its words are the activity's name, not the category's
    cats, issues = _categories(_TABLE.replace("สนับสนุนให้นักเรียน        ป้ายนิทรรศการ", "ป้ายนิทรรศการ"))
    assert cats == ["ค่าจ้างเหมาจัดทำ"] * 2
    assert not any(json.loads(i["evidence"] or "{}").get("rule") == "category_next_line" for i in issues
                   if i["evidence"].startswith("{"))
