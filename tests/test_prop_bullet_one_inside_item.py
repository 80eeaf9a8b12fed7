"""A proposal's bulleted list (benefits) whose round bullets OCR read as marks of several kinds ("๑", ".", "๑",
"2"): the "2" kept the list from being read as bullets, so the items after the first ran into it and their rows
were lost with no issue naming them. An item holding, after its first line, a line that opens with a one standing
alone before what opens an item says the table (read.ones_inside_items, unread_cells); a count's one does not."""

from __future__ import annotations

from parsers.bma_proposal.read import ones_inside_items
from parsers.items import Item
from schemas.document import Line


def _opens(text: str) -> bool:
    return text.startswith(("ผู้", "ครู", "นักเรียน"))


def _lines(*texts: str) -> list[Line]:
    return [Line(no, text) for no, text in enumerate(texts, start=10)]


def test_a_bullet_read_as_one_inside_an_item_says_the_table():
    lines = _lines("ผู้เรียนมีทักษะการอ่านเพิ่มขึ้นอย่างต่อเนื่อง", "๑ ครูมีแนวทางการจัดกิจกรรมที่หลากหลาย",
                   "ในทุกระดับชั้น", "2 นักเรียนมีนิสัยรักการอ่าน")
    items = [Item(None, " ".join(ln.text for ln in lines[:3]), 10, 12), Item(None, lines[3].text, 13, 13)]
    got = ones_inside_items(items, lines, _opens, "expected benefit", "findings")
    # said from the item's lines to the list's last item's: the items after it stand a place early
    assert [(i.code, i.field, i.line_start, i.line_end) for i in got] == [("unread_cells", "findings", 10, 13)]


def test_a_count_of_one_is_no_bullet():
    lines = _lines("จัดอบรมครูในสังกัดจำนวน", "๑ ครูต่อโรงเรียน รวมทั้งสิ้น", "ผู้บริหารสถานศึกษาร่วมกิจกรรม")
    items = [Item(None, " ".join(ln.text for ln in lines[:2]), 10, 11), Item(None, lines[2].text, 12, 12)]
    assert ones_inside_items(items, lines, _opens, "expected benefit", "findings") == []
    lines = _lines("ผู้เรียนได้รับการสนับสนุน", "๑ ครูๆ ละ ๒ ชั่วโมง")
    assert ones_inside_items([Item(None, "x", 10, 11)], lines, _opens, "expected benefit", "findings") == []


def test_a_one_opening_the_item_itself_is_not_inside_it():
    lines = _lines("๑ ผู้เรียนมีทักษะการอ่านเพิ่มขึ้น", "อย่างต่อเนื่อง")
    assert ones_inside_items([Item(None, "x", 10, 11)], lines, _opens, "expected benefit", "findings") == []
