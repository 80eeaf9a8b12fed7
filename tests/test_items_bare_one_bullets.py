"""A bulleted list whose first bullet OCR read as a bare "๑" and whose other bullets as marks (". เพื่อ...",
": เพื่อ...": fresh set s102q, bma_proposal_s102q001's objectives).  The "๑" made the list a numbered one; the
first bullet after it opened item 2 (its bullets go on where no 2 is to come) but the next ran into item 2, the
list's last row lost with no issue naming it.  Every bullet after it opens an item now (items.numbered_items);
bullets under an item whose number is closed by its mark ("1.") stay its own."""

from __future__ import annotations

import pytest

from schemas.document import Line

from parsers.items import bullet_lookalikes, numbered_items, opens_purpose

pytestmark = pytest.mark.usefixtures("repair_on")


def _items(*texts: str):
    lines = bullet_lookalikes([Line(no, t) for no, t in enumerate(texts, start=50) if t], opens_purpose)
    items, _ = numbered_items(lines, opens=opens_purpose)
    return [(i.number, i.text) for i in items]


def test_each_bullet_after_a_bare_one_opens_an_item():
    got = _items("๑ เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและสามารถจัดกิจกรรม", "ส่งเสริมการจัดการเรียนรู้เชิงรุกได้",
                 ". เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาการจัด", "การเรียนรู้เชิงรุกระหว่างโรงเรียน",
                 ": เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์", "ชิ้นงานต่างๆ ด้วยตนเองได้",
                 "° เพื่อส่งเสริมให้ผู้ปกครองมีส่วนร่วม")
    assert [n for n, _ in got] == [(1,), (2,), (3,), (4,)]
    assert got[2][1] == "เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์ ชิ้นงานต่างๆ ด้วยตนเองได้"


def test_bullets_under_an_item_numbered_with_its_mark_stay_its_own():
    # "1." closed by its dot is a printed number, no bullet read as ๑: the bullets under it are its points
    got = _items("1. เพื่อให้ครูผู้สอนมีความรู้", ". เพื่อสร้างเครือข่าย", ": เพื่อพัฒนาผู้เรียน")
    assert [n for n, _ in got] == [(1,)]
