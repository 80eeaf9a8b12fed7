"""BMA proposals after OCR whose risk table was read across (each row's scores and level on its risk's first line,
"โรงเรียนไม่สามารถ   2   ๕ ปานกลาง") but its mitigations' column, title and cells, was read past the next section's
heading ("9. ประโยชน์ที่คาดว่าจะได้รับ" / "แนวทางการบริหาร" / "ความเสี่ยง" / "มีหนังสือแจ้งโรงเรียน" / ... / "ก.
ผู้ปกครอง..."): before, every row's mitigation was lost (said) and the column's lines stood among the benefits'.
The mitigation title never opens a section's own text: the column from its title to the section's first item
(or a wider line) is the table's, its cells parted among the rows read across where its lines wrap, a guess said
where it holds more lines than rows (risks.mitigations_past_heading, place_mitigations; fresh sets s80o, s80b)."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risk_section, run

_SECTION = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง
ความเสี่ยง                โอกาส ผลกระทบ ระดับของ
ที่จะ                   ความเสี่ยง
โรงเรียนไม่สามารถ             2          3 ปานกลาง
ดำเนินการได้ตาม
เป้าหมาย

สภาพอากาศหรือ               1          1 น้อยมาก
สถานการณ์โรคระบาด

9. ประโยชน์ที่คาดว่าจะได้รับ

แนวทางการบริหาร
ความเสี่ยง

{cells}
ก. ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษา
"""

_TWO = """มีหนังสือแจ้งโรงเรียน

ปรับรูปแบบการ
"""

_WRAPPED = """มีหนังสือแจ้งโรงเรียน
เป็นระยะๆ และการแจ้ง
ข่าวทางเว็บไซต์

ปรับรูปแบบการ
จัดกิจกรรมเป็นแบบ
ออนไลน์
"""


def _said(rows: dict, code: str, field: str) -> list[dict]:
    return [i for i in rows["issues"] if i["code"] == code and i["field"] == field]


def test_a_mitigation_column_past_the_heading_is_the_rows_one_line_each():
    rows = run(_with_risk_section(_SECTION.format(cells=_TWO)))
    risks = _risks(rows)
    assert [r[4] for r in risks] == ["มีหนังสือแจ้งโรงเรียน", "ปรับรูปแบบการ"]
    assert [r[1:4] for r in risks] == [("2", "3", "ปานกลาง"), ("1", "1", "น้อยมาก")]
    # the mitigations no longer said lost; where they came from is said
    assert not _said(rows, "missing_value", "findings.mitigation")
    assert _said(rows, "unread_cells", "findings.mitigation")
    benefits = [f["text"] for f in rows["findings"] if f["kind"] == "benefit"]
    assert benefits and not any("มีหนังสือแจ้ง" in b or "ปรับรูปแบบ" in b for b in benefits)


def test_wrapped_cells_are_parted_where_the_lines_wrap_and_the_guess_is_said():
    rows = run(_with_risk_section(_SECTION.format(cells=_WRAPPED)))
    assert [r[4] for r in _risks(rows)] == ["มีหนังสือแจ้งโรงเรียน เป็นระยะๆ และการแจ้ง ข่าวทางเว็บไซต์",
                                          "ปรับรูปแบบการ จัดกิจกรรมเป็นแบบ ออนไลน์"]
    said = _said(rows, "unread_cells", "findings.mitigation")
    assert said and any("guess" in i["message"] for i in said)


def test_fewer_lines_than_rows_place_nothing():
    rows = run(_with_risk_section(_SECTION.format(cells="มีหนังสือแจ้งโรงเรียน\n")))
    assert [r[4] for r in _risks(rows)] == [None, None]
    assert len(_said(rows, "missing_value", "findings.mitigation")) == 2


def test_a_section_that_opens_with_its_items_or_a_table_with_its_title_keeps_its_lines():
    from parsers.bma_proposal.risks import mitigations_past_heading
    from schemas.document import Line

    table = [Line(1, "โรงเรียนไม่สามารถ   2   3 ปานกลาง"), Line(2, "ดำเนินการได้ตาม")]
    own = [Line(4, "ก. ผู้ปกครองและชุมชนมีส่วนร่วม"), Line(5, "แนวทางการบริหาร"), Line(6, "ความเสี่ยง")]
    assert mitigations_past_heading(table, own) == ([], own)
    past = [Line(4, "แนวทางการบริหาร"), Line(5, "ความเสี่ยง"), Line(6, "มีหนังสือแจ้ง"), Line(7, "ก. ผู้ปกครอง")]
    assert mitigations_past_heading(table, past) == (past[:3], past[3:])
    titled = table + [Line(3, "แนวทางการบริหารความเสี่ยง")]  # the table prints its title: the column is its own
    assert mitigations_past_heading(titled, past) == ([], past)
    down = [Line(1, "โรงเรียนไม่สามารถ"), Line(2, "3 ปานกลาง")]  # a level on a line of its own: another shape
    assert mitigations_past_heading(down, past) == ([], past)
