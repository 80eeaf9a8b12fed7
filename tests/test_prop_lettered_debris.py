"""A lettered list (ก. ข. ค., read as bullets) with a line of OCR debris under
an item that holds a figure and specks alone ("๑         ๑", a page's marks
read as digits): the figure was taken for a numbered item's, the item after
it got the item's wrapped end ("๑ ด้วยตนเองได้") and every item after it
slid one place, with no issue naming them (s19prd013)."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

LETTERED = """๒. วัตถุประสงค์
ก. เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์ชิ้นงาน
ต่างๆ
{debris}
ด้วยตนเองได้

ข. เพื่อส่งเสริมและสนับสนุนให้โรงเรียนจัดกิจกรรมการเรียนรู้เพื่อ
พัฒนาความเป็นเลิศทางวิชาการของนักเรียน

ค. เพื่อสร้างเครือข่ายความร่วมมือในการพัฒนาความเป็นเลิศ
ทางวิชาการของนักเรียนระหว่างโรงเรียน
"""


def _objectives(debris: str) -> list[str]:
    sample = sample_text(PROPOSAL)
    text = sample[:sample.index("๒. วัตถุประสงค์")] + LETTERED.format(debris=debris) + sample[sample.index("๓. เป้าหมาย"):]
    rows = run(text)
    return [o["text"] for o in sorted(rows["objectives"], key=lambda o: o["seq"])]


def test_a_figure_and_specks_alone_under_a_lettered_item_is_debris():
    got = _objectives("๑         ๑")
    assert len(got) == 3
    assert got[0].endswith("ต่างๆ ด้วยตนเองได้")
    assert got[1].startswith("เพื่อส่งเสริม") and got[2].startswith("เพื่อสร้างเครือข่าย")

