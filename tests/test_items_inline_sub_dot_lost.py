"""A run of sub-numbered items printed as one paragraph (objectives_sub, wrapped lines) whose second number OCR read
with its dot lost ("... ให้มีประสิทธิภาพ ๒๒ เพื่อให้ครู..." for ๒.๒): the bare "๒๒" before the list's opening words
is item ๒.๒, cut there (items.explode_inline).  Before, nothing cut it, ๒.๓ then skipped a number and cut nothing
either, and every objective after the first ran into it (fresh set s94o, bma_progress_s94o004: 7 misses).

A box's rule OCR read as a lone bar a column's gap before an item's number ("|   1 เพื่อพัฒนา...") is dropped with
the line's clean-up (normalizers.text.unpipe_table_row): before, it hid the number and the project's objectives were lost
(fresh set s95q, bma_progress_s95q008)."""

from normalizers.text import fix_line
from parsers.bma_progress.read import opens_purpose
from parsers.items import explode_inline, numbered_items
from schemas.document import Line


def test_a_bare_sub_number_whose_dot_was_lost_cuts_the_run():
    lines = [Line(42, "๒.๑ เพื่อส่งเสริมการดูแลช่วยเหลือนักเรียนของ"),
             Line(43, "โรงเรียนในสังกัดให้มีประสิทธิภาพ ๒๒ เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและ")]
    pieces = explode_inline(lines, opens_purpose)
    assert [p.text for p in pieces] == ["๒.๑ เพื่อส่งเสริมการดูแลช่วยเหลือนักเรียนของ",
                                        "โรงเรียนในสังกัดให้มีประสิทธิภาพ",
                                        "2.2 เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและ"]
    items, lead = numbered_items(lines, opens=opens_purpose)
    assert lead == [] and [(i.number, i.text) for i in items] == [
        ((2, 1), "เพื่อส่งเสริมการดูแลช่วยเหลือนักเรียนของ โรงเรียนในสังกัดให้มีประสิทธิภาพ"),
        ((2, 2), "เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและ")]


def test_a_bare_number_that_is_no_next_sub_number_cuts_nothing():
    # "จำนวน ๒๕ คน": a count, no item; "๒๓ เพื่อ..." after ๒.๑ is no ๒.๒
    for text in ("โรงเรียนในสังกัด จำนวน ๒๒ โรงเรียนให้มีประสิทธิภาพ",
                 "โรงเรียนให้มีประสิทธิภาพ ๒๓ เพื่อให้ครูผู้สอนมีความรู้"):
        pieces = explode_inline([Line(42, "๒.๑ เพื่อส่งเสริมการดูแลช่วยเหลือนักเรียนของ"), Line(43, text)],
                                opens_purpose)
        assert [p.text for p in pieces][1:] == [text], text


def test_a_lone_bar_at_a_lines_edge_is_dropped():
    assert fix_line("|            1 เพื่อพัฒนาบุคลากรหลักของศูนย์") == "1 เพื่อพัฒนาบุคลากรหลักของศูนย์"
    assert fix_line("ครูและบุคลากรทางการศึกษา      |") == "ครูและบุคลากรทางการศึกษา"
    for text, cleaned in (("| ก | ข |", "ก\tข"), ("ก|ข", "ก|ข"), ("ก | ข", "ก | ข")):  # a row, or a bar inside a line
        assert fix_line(text) == cleaned, text
    # a bar a space from the text is a slash OCR misread (a unit's parts: "สำนักการศึกษา / กอง..." / "| ฝ่าย..."): kept
    assert fix_line("| ฝ่ายพัฒนาสื่อการเรียนการสอน") == "| ฝ่ายพัฒนาสื่อการเรียนการสอน"
