"""BMA proposals after OCR whose risk table's last column (its mitigations, wrapped in a narrow cell) was read
past the benefits' heading with no column title before it ("9. ประโยชน์ที่คาดว่าจะได้รับ" / "โรงเรียน" /
"เป็นระยะๆ และ" / "การแจ้งข่าวทาง" / ... / "- นักเรียนสามารถ..."; sets r s23r001, s23r002, u s24u001, helper set
pr24/set1 pr24a006).  The lines under the heading before the first bulleted benefit opened with whom a benefit is
for ("โรงเรียน..."), so they were read as benefit 1 whose bullet OCR lost (read.bullet_lost_first): every
benefit after it numbered one on, the last an extra row, silently.  A benefit's first line runs as wide as the
list's text; lines all narrower than LEAD_SHARE of the list's widest line, two or more, are a table column's
wrapped cell: no benefit, left under the heading (said, as text before the first benefit)."""

from __future__ import annotations

from tests.test_bma_proposal import run
from tests.test_prop_benefit_bullets import EXPECTED, ITEMS, _benefits, _list, _with_benefits

_CELL = "โรงเรียน\nเป็นระยะๆ และ\nการแจ้งข่าวทาง\nเว็บไซต์สำ\nนักการศึกษา\nเพื่อให้แต่ละ\nโรงเรียนทราบ\nขั้นตอนและผล\n"


def test_a_table_column_read_past_the_heading_is_no_first_benefit():
    rows = run(_with_benefits(_CELL + _list(("- ", "- ", "- "))))
    assert _benefits(rows) == EXPECTED
    assert any(i["field"].startswith("findings") and i["code"] in ("unplaced_text", "unread_cells")
               for i in rows["issues"])


def test_a_first_benefit_whose_bullet_ocr_lost_is_still_the_first_item():
    rows = run(_with_benefits(_list(("", "- ", "- "))))
    assert _benefits(rows) == EXPECTED
    # a one-line benefit, however short, too
    rows = run(_with_benefits("โรงเรียนมีสื่อ\n" + _list(("- ", "- ", "- "))))
    assert [t for _, t in _benefits(rows)][0] == "โรงเรียนมีสื่อ"
    assert len(_benefits(rows)) == 4 and ITEMS[0] in _benefits(rows)[1][1]
