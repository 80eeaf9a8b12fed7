"""BMA proposals after OCR whose benefit list lost an item's number or bullet with nothing left in its place
(the list's last number "๙.๔" holds digits the OCR model cannot write; a column of numbers read apart): the item
ran into the one above it, its row lost (fresh sets s77a, s77b, s75o, s71o; corpus 003).  A line inside an item
that opens as the list's items do by their words (whom the benefit is for), is as wide as a text's line, and
stands under a line that ends a sentence now opens an item of its own where the sequence has its number free
(the list's last item, every number before it read; or a number lost before the next item), said in doubt.  A
line under one that ends with a word binding on to it ("...การเขียนของ" / "นักเรียนที่มีคุณภาพ ...") is the
text wrapped, and stays so."""

from __future__ import annotations

from tests.conftest import sample_text
from tests.test_bma_proposal import PROPOSAL, run

PRINTED = "\n\t\t9.3 โรงเรียนมี"


def _benefits(text: str) -> list[dict]:
    return [r for r in run(text)["findings"] if r["kind"] == "benefit"]


def test_the_last_item_whose_number_ocr_lost_is_read_as_an_item_of_its_own():
    source = sample_text(PROPOSAL)
    assert PRINTED in source
    before = [(b["seq"], b["text"][:20]) for b in _benefits(source)]
    rows = run(source.replace(PRINTED, "\nโรงเรียนมี"))
    got = [(b["seq"], b["text"][:20]) for b in rows["findings"] if b["kind"] == "benefit"]
    assert got == before and len(got) == 3
    said = [i for i in rows["issues"] if i["field"] == "findings" and i["code"] == "unread_cells"]
    assert len(said) == 1 and "โรงเรียนมี" in said[0]["message"] and "in doubt" in said[0]["message"]


def test_a_line_under_one_that_binds_on_is_the_text_wrapped():
    source = sample_text(PROPOSAL)
    damaged = source.replace(PRINTED, "\nโรงเรียนมี").replace(
        "สร้างสรรค์ผลงานเพื่อการเรียนรู้\nโรงเรียนมี", "สร้างสรรค์ผลงานเพื่อการเรียนรู้ของ\nโรงเรียนมี")
    assert "การเรียนรู้ของ\nโรงเรียนมี" in damaged
    assert len(_benefits(damaged)) == 2  # kept whole (and said, as before: opened_inside)


def test_a_plain_list_item_whose_bullet_ocr_lost_is_parted_too():
    from parsers.bma_proposal.read import part_opened_plain
    from parsers.items import Item as PlainItem
    from schemas.document import Line

    def opens(text: str) -> bool:
        return text.startswith(("ผู้", "ข้าราชการ", "นักเรียน", "โรงเรียน"))

    texts = ["นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงาน", "ต่างๆ ด้วยตนเองได้",
             "ข้าราชการครูและบุคลากรทางการศึกษาสามารถจัดการเรียนรู้",
             "ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษา"]
    lines = [Line(10 + k, t, "text", False, 0) for k, t in enumerate(texts)]
    item = PlainItem(None, " ".join(texts), 10, 13)
    parts, said = part_opened_plain([item], lines, opens, "expected benefit", "findings")
    assert [(p.text, p.line_start, p.line_end) for p in parts] == [
        ("นักเรียนสามารถสร้างความรู้และสร้างสรรค์ชิ้นงาน ต่างๆ ด้วยตนเองได้", 10, 11),
        (texts[2], 12, 12), (texts[3], 13, 13)]
    assert len(said) == 1 and (said[0].line_start, said[0].line_end) == (10, 13)
