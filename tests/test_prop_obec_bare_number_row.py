"""A list item whose number OCR read with its mark lost and a wide gap
after it ("2     ควรจัดสรร..."), inside a block of lines OCR read with wide
gaps (parsers.grid folds such a block as a table read side by side): a
bare number in the first cell opened no row, so the line was folded into
the row of the item above, and the two items read as one ("... อย่าง
ต่อเนื่อง 2 ควรจัดสรร...": set ob2/set1 obec_progress_s19oba005, its
problems and its suggestions).  Now a bare number alone in the first cell,
the item's words in the next, opens a row (read._opens_row); a figure the
page wrapped ("2 คน") has no gap after it and is no cell of its own."""
from tests.test_obec_ocr import project, report, run

FINDINGS = ("ปัญหาและอุปสรรคในการดำเนินงาน\n"
            "1     ภาระงานอื่น ๆ ค่อนข้างเยอะ จึงทำให้การดำเนินกิจกรรมล่าช้ากว่าที่กำหนดไว้\n"
            "2     ระยะเวลาในการอบรมพัฒนามีจำกัด\n"
            "ข้อเสนอแนะ\n"
            "1) หน่วยงานควรเพิ่มระยะเวลาในการอบรม และมีการจัดอบรมพัฒนาอย่างต่อเนื่อง\n"
            "{second}     ควรจัดสรรงบประมาณให้เหมาะสมกับรูปแบบกิจกรรมตามโครงการ\n")


def findings(second: str = "2") -> list[tuple[str, int, str]]:
    text = project(1, "๒๕๖๗") + FINDINGS.format(second=second)
    rows = run(report(projects=[text, project(2, "๒๕๖๗")]))
    return sorted((f["kind"], f["seq"], f["text"]) for f in rows["findings"] if f["kind"] in ("problem", "suggestion"))


def test_a_bare_item_number_before_a_gap_opens_the_next_item():
    assert findings() == [
        ("problem", 1, "ภาระงานอื่น ๆ ค่อนข้างเยอะ จึงทำให้การดำเนินกิจกรรมล่าช้ากว่าที่กำหนดไว้"),
        ("problem", 2, "ระยะเวลาในการอบรมพัฒนามีจำกัด"),
        ("suggestion", 1, "หน่วยงานควรเพิ่มระยะเวลาในการอบรม และมีการจัดอบรมพัฒนาอย่างต่อเนื่อง"),
        ("suggestion", 2, "ควรจัดสรรงบประมาณให้เหมาะสมกับรูปแบบกิจกรรมตามโครงการ"),
    ]


def test_a_cell_that_is_no_number_opens_nothing():
    # a speck in the first cell ("a") is no item number: the line goes on the item above, as before
    rows = findings("a")
    assert [t for k, _, t in rows if k == "suggestion"] == [
        "หน่วยงานควรเพิ่มระยะเวลาในการอบรม และมีการจัดอบรมพัฒนาอย่างต่อเนื่อง ควรจัดสรรงบประมาณให้เหมาะสมกับรูปแบบกิจกรรมตามโครงการ"]
