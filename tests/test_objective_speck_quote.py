"""An objective run on into the line of the one before, its number and
opening word parted by a quote mark OCR made of a speck ("... และชุมชน ๒.๓
'เพื่อติดตาม..."): the line is cut there as where no speck stands, and the
speck is no word of the objective.  Fresh set s74b, bma_progress_s74b004:
objective 3 ran into objective 2, lost, and no issue said it."""

from __future__ import annotations

TEXT = """แบบแสดงรายงานความก้าวหน้าและข้อมูลเกี่ยวกับโครงการ
1. ชื่อโครงการและหน่วยงานที่รับผิดชอบโครงการ
1.1 รหัสโครงการและชื่อโครงการ
ชื่อโครงการ/กิจกรรม : พัฒนาทักษะดิจิทัลของครูและนักเรียน
รหัสโครงการ : 50330000-1234 ปีงบประมาณ พ.ศ. : 2561
1.3 หลักการและเหตุผล สำนักการศึกษาจึงเห็นควรจัดทำโครงการพัฒนาทักษะดิจิทัลของครูและ
นักเรียนขึ้น 1.4 วัตถุประสงค์ของโครงการ ๒.๑ เพื่อเป็นต้นแบบให้กับข้าราชการครูได้ศึกษาและ
เรียนรู้วัฒนธรรมชุมชนแห่งการเรียนรู้ทางวิชาชีพ (PLC) ๒.๒ เพื่อสร้างเครือข่ายความร่วมมือระหว่าง
โรงเรียน ผู้ปกครอง และชุมชน ๒.๓ {speck}เพื่อติดตามและประเมินผลการใช้เทคโนโลยีสารสนเทศเพื่อ
การเรียนรู้อย่างเป็นระบบ
1.5 เป้าหมายของโครงการ ๓.๑ ด้านปริมาณ โรงเรียนในสังกัด จำนวน 20 โรงเรียน
"""


def _objectives(speck: str) -> list[tuple[int, str]]:
    from pipeline.stages import process_document

    rows = process_document("x.txt", TEXT.format(speck=speck).encode("utf-8"))
    return [(o["seq"], o["text"]) for o in rows["objectives"]]


def test_an_objective_whose_number_a_speck_parts_from_its_word_is_its_own():
    want = [(1, "เพื่อเป็นต้นแบบให้กับข้าราชการครูได้ศึกษาและ เรียนรู้วัฒนธรรมชุมชนแห่งการเรียนรู้ทางวิชาชีพ (PLC)"),
            (2, "เพื่อสร้างเครือข่ายความร่วมมือระหว่าง โรงเรียน ผู้ปกครอง และชุมชน"),
            (3, "เพื่อติดตามและประเมินผลการใช้เทคโนโลยีสารสนเทศเพื่อ การเรียนรู้อย่างเป็นระบบ")]
    assert _objectives("") == want
    assert _objectives("'") == want
    assert _objectives("‘ ") == want
