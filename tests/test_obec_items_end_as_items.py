"""A list of findings whose item numbers OCR lost (a column of numbers it did not read) read as one item over
paragraphs, where no line opens as the report's items open: before, the items after the first were lost with no
issue naming them. A paragraph of it that ends as the report's items of its kind end elsewhere, another
paragraph after it, says the items' numbers may be lost (lists.ends_as_items; a missing_row warning), the text
kept as read."""

from __future__ import annotations

from parsers.obec_progress.lists import ends_as_items
from schemas.document import Line
from tests.test_obec_ocr import project, report, run

FY = "๒๕๖๗"
RESULT = "ผลการดำเนินงาน\nได้ดำเนินการครบตามแผนที่กำหนด\n"


def _with_problems(n: int, problems: str) -> str:
    return project(n, FY).replace(RESULT, RESULT + "ปัญหาและอุปสรรคในการดำเนินงาน\n" + problems)


def _lost(problems: str) -> list[dict]:
    one = _with_problems(1, "๑) การประชุมคณะกรรมการดำเนินการได้ล่าช้ากว่าที่กำหนดไว้\n"
                            "๒) งบประมาณได้รับการจัดสรรล่าช้า\n")
    rows = run(report(fy=FY, projects=[one, _with_problems(2, problems)]))
    key = rows["projects"][1]["project_key"]
    return [i for i in rows["issues"] if i["code"] == "missing_row" and i["field"] == "findings"
            and i["project_key"] == key]


def test_paragraphs_after_a_text_that_ends_as_items_end_are_said():
    lost = _lost("ภาระงานอื่น ๆ ค่อนข้างเยอะ จึงทำให้การดำเนินกิจกรรม\nดำเนินการได้ล่าช้ากว่าที่กำหนดไว้\n\n"
                 "มีเจ้าหน้าที่ผู้ปฏิบัติงานจำนวนน้อย ส่งผลให้ต้องปฏิบัติงาน\n\nแบบเร่งรีบตามกรอบระยะเวลา\n")
    assert lost and "end" in lost[0]["message"]


def test_paragraphs_of_one_text_that_ends_as_no_item_are_not_said():
    assert not _lost("ภาระงานอื่น ๆ ค่อนข้างเยอะ จึงทำให้การดำเนินกิจกรรม\nในไตรมาสนี้เป็นไปด้วยความ\n\n"
                     "ยากลำบาก ส่งผลให้ต้องปฏิบัติงานแบบเร่งรีบตามกรอบระยะเวลา\n")


def test_ends_as_items_names_the_paragraph_after_the_ending():
    from collections import Counter
    lines = [Line(1, "ภาระงานอื่น ๆ ค่อนข้างเยอะ จึงทำให้"), Line(2, "ดำเนินการได้ล่าช้ากว่าที่กำหนดไว้"),
             Line(4, "มีเจ้าหน้าที่ผู้ปฏิบัติงานจำนวนน้อย")]
    from parsers.obec_progress.lists import _ending
    assert ends_as_items(lines, Counter({_ending("ล่าช้ากว่าที่กำหนดไว้"): 1})) == [4]
    assert ends_as_items(lines, Counter()) == []


def test_a_paragraph_carrying_the_sentence_on_opens_no_item():
    # one finding printed over two paragraphs, the second a purpose clause (เพื่อ ...) or a clause joined by
    # a conjunction: it ends as the report's items end, but the next paragraph goes on with it
    from collections import Counter
    from parsers.obec_progress.lists import _ending
    ends = Counter({_ending("สรุปผลการนิเทศ ภาคเรียนที่ ๒ ปีการศึกษา ๒๕๖๖"): 1})
    for opener in ("เพื่อนำผลไปวางแผนการนิเทศในภาคเรียนถัดไป", "และจัดทำรายงานเสนอผู้บริหาร", "แต่ยังไม่ครบทุกโรงเรียน"):
        lines = [Line(1, "คณะกรรมการร่วมกันจัดทำเครื่องมือและสรุปผลการนิเทศ"), Line(2, "ภาคเรียนที่ ๒ ปีการศึกษา ๒๕๖๖"),
                 Line(4, opener)]
        assert ends_as_items(lines, ends) == [], opener
    lines = [Line(1, "คณะกรรมการร่วมกันจัดทำเครื่องมือและสรุปผลการนิเทศ"), Line(2, "ภาคเรียนที่ ๒ ปีการศึกษา ๒๕๖๖"),
             Line(4, "แต่งตั้งคณะกรรมการนิเทศชุดใหม่")]
    assert ends_as_items(lines, ends) == [4]
