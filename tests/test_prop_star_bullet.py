"""Lists whose bullet stands as a star ("* เพื่อ...": a markdown list item, or OCR's reading of a round bullet):
the clean-up took the star for an emphasis marker and dropped it, so the line lost its bullet and, among
items with theirs, ran into the item above: a row lost with no issue naming it (normalizers.text.strip_markdown
keeps a list item's "* ", and strip_bullet takes it as the line's bullet)."""

from __future__ import annotations

from normalizers.text import fix_line_and_explain

_ITEMS = ("เพื่อพัฒนาผู้เรียนให้สามารถสร้างความรู้และสร้างสรรค์ชิ้นงานต่างๆ ด้วยตนเองได้",
          "เพื่อสร้างเครือข่ายความร่วมมือระหว่างโรงเรียน ผู้ปกครอง และชุมชน",
          "เพื่อคัดสรรโครงงานที่มีคุณภาพ และเผยแพร่เป็นแบบอย่างแก่โรงเรียนอื่น")


def test_a_star_bullet_is_the_lines_bullet_and_emphasis_stars_are_dropped():
    assert fix_line_and_explain("* เพื่อคัดสรร") == ("เพื่อคัดสรร", ("strip_bullet",))
    assert fix_line_and_explain("**หัวข้อ**")[0] == "หัวข้อ"
    assert fix_line_and_explain("*เน้น*")[0] == "เน้น"


def test_an_objective_bulleted_with_a_star_after_a_line_at_the_margin_is_its_own_item():
    # the line above ran to the page's margin (PageWraps.at_margin): a line with no bullet after it is taken for
    # the page's wrap of that item, so the star, read as the line's bullet, is what opens the item there
    from parsers.bma_proposal.read import opens_purpose
    from parsers.items import bullet_lookalikes, numbered_items
    from pipeline.clean import clean_lines

    text = f". {_ITEMS[0]}\n. {_ITEMS[1]}\n* {_ITEMS[2]}\n"
    lines = bullet_lookalikes([ln for ln in clean_lines(text)[0] if ln.kind == "text"], opens_purpose)  # (". ")
    items, _ = numbered_items(lines, opens=opens_purpose, margin=frozenset({lines[2].no}))
    assert [it.text for it in items] == list(_ITEMS)
