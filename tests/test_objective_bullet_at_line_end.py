"""A bulleted list of objectives run on in a paragraph whose wrap fell right after a bullet ("... อย่างเป็นระบบ -" /
"เพื่อยกระดับมาตรฐาน... -" / "เพื่อ..."): the bullet, left at the end of the item before, was read as its last word
("เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต -"; fresh set s71o, bma_progress_s71o010, in its clean copy too).  A
bullet alone at an item's end, the next item opening on the line after, is that item's (parsers.items.bullets_at_ends, read by the BMA progress objectives);
a dash inside an item's words stays."""

from __future__ import annotations

from parsers.items import bullets_at_ends, numbered_items, opens_purpose
from tests.lines import numbered_lines


def test_a_bullet_at_an_items_end_before_the_next_item_is_no_word_of_it():
    items, _ = numbered_items(numbered_lines(
        "เพื่อติดตามและประเมินผลการยกระดับผลสัมฤทธิ์ทางการเรียนอย่างเป็นระบบ -",
        "",
        "เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต - เพื่อเป็นต้นแบบให้กับข้าราชการครูได้ศึกษาและ",
        "เรียนรู้วัฒนธรรมชุมชนแห่งการเรียนรู้ทางวิชาชีพ (PLC) -",
        "เพื่อเป็นการยกย่องและเชิดชูเกียรติ ตลอดปีงบประมาณ - ทุกโรงเรียนในสังกัด"), opens=opens_purpose)
    bullets_at_ends(items)
    texts = [i.text for i in items]
    assert texts == ["เพื่อติดตามและประเมินผลการยกระดับผลสัมฤทธิ์ทางการเรียนอย่างเป็นระบบ",
                     "เพื่อยกระดับมาตรฐานของศูนย์วิชาการเขต",
                     "เพื่อเป็นต้นแบบให้กับข้าราชการครูได้ศึกษาและ เรียนรู้วัฒนธรรมชุมชนแห่งการเรียนรู้ทางวิชาชีพ (PLC)",
                     "เพื่อเป็นการยกย่องและเชิดชูเกียรติ ตลอดปีงบประมาณ - ทุกโรงเรียนในสังกัด"]
