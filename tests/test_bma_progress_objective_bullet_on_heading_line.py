"""BMA progress form printed as running text, its objectives bulleted ("- เพื่อ..."), the first on the heading's
line ("1.4 วัตถุประสงค์ของโครงการ - เพื่อส่งเสริม..."): the line's rest kept its bullet as text (the clean-up marks
a bullet at a line's start only), so nothing opened the first objective; it was left as text before the list,
every objective after it one place early and the last lost (fresh set s76b, bma_progress_s76b004).  A bullet left
before words that open an item is the item's bullet (parsers.items.explode_inline)."""

from __future__ import annotations

from tests.test_repair import form, read

_SECTION = ("1.4 วัตถุประสงค์ของโครงการ - เพื่อส่งเสริมการใช้เทคโนโลยีสารสนเทศเพื่อ\n\n"
            "การเรียนรู้ของโรงเรียนในสังกัดให้มีประสิทธิภาพ - เพื่อพัฒนาบุคลากรหลักของ\n"
            "ศูนย์วิชาการเขต ให้มีทักษะและเทคนิคในการทำงานด้านพัฒนาคุณภาพการศึกษา\n"
            "- เพื่อให้ครูผู้สอนมีความรู้ความเข้าใจและนำไปประยุกต์ใช้ในการจัดการเรียน\n\n"
            "การสอนได้ - เพื่อสร้างเครือข่ายความร่วมมือระหว่างโรงเรียน ผู้ปกครอง\n\nและชุมชน\n")


def test_a_bullet_left_on_the_headings_line_opens_the_first_objective():
    rows = read(form().replace("1.4 วัตถุประสงค์ของโครงการ\n1. เพื่อทดสอบ\n", _SECTION))
    texts = [o["text"] for o in sorted(rows["objectives"], key=lambda o: o["seq"])]
    assert len(texts) == 4
    assert texts[0].startswith("เพื่อส่งเสริมการใช้") and texts[0].endswith("ให้มีประสิทธิภาพ")
    assert texts[1].startswith("เพื่อพัฒนาบุคลากร") and texts[3].startswith("เพื่อสร้างเครือข่าย")
