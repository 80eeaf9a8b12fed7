"""BMA proposals after OCR whose risk table (wrapped cells) was read in two blocks: the risks' column down the
page first, then each row across its other columns, the two scores and the level opening a line, the
mitigation's first words after them and its other lines below ("3 1 น้อย<tab>ประสานโรงเรียน" / "ล่วงหน้าและ..."),
that second block past the next section's heading ("9. ประโยชน์ที่คาดว่าจะได้รับ").  Before, the section took the
rows' lines as its benefits' text and the table read no row at all; read under the table, the first row took
every risk's text and the others, left with none, were dropped (fresh set s95o, bma_proposal_s95o001).  Now
the lines past the heading that open with a row's scores and level are the table's (risks.table_past_heading,
_row_opens), and the risks' column is parted among the rows where its lines wrap (risks._risks_before_rows)."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risk_section, run

_FIRST = ["ผู้เข้ารับการอบรมไม่ครบ", "ตามจำนวน เนื่องจากมี", "ภารกิจเร่งด่วนในช่วงเวลา", "เดียวกัน"]
_SECOND = ["โรงเรียนไม่สามารถ", "ดำเนินการได้ตามเป้าหมาย", "เนื่องจากข้าราชการครูและ", "บุคลากรทางการศึกษาที่ได้",
           "รับมอบหมายให้ปฏิบัติงานมี", "ภาระงานมาก"]
_THIRD = ["สภาพอากาศหรือ", "สถานการณ์โรคระบาด", "ทำให้ไม่สามารถจัดกิจกรรม", "ในรูปแบบปกติได้"]
_ROWS = """3 1 น้อย\tประสานโรงเรียน
ล่วงหน้าและกำหนดวัน
จัดกิจกรรมให้

๑ ๒ น้อยมาก มีหนังสือแจ้งโรงเรียน
เป็นระยะๆ และการ
แจ้งข่าวทางเว็บไซต์

๒ ๓ ปานกลาง ปรับรูปแบบการ
จัดกิจกรรมเป็นแบบ
ออนไลน์ หรือแบ่ง
กลุ่มย่อย
"""


def _text(heading_between: bool = True) -> str:
    column = "\n\n".join("\n".join(cell) for cell in (_FIRST, _SECOND, _THIRD))
    heading = "9. ประโยชน์ที่คาดว่าจะได้รับ\n\n"
    table = ("8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง\n"
             "ความเสี่ยง โอกาสที่จะเกิด ผลกระทบ ระดับของความเสี่ยง\nแนวทางการบริหารความเสี่ยง\n\n" + column + "\n\n")
    body = table + heading + _ROWS if heading_between else table + _ROWS + "\n" + heading
    return _with_risk_section(body + "\n. ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษาของโรงเรียน\n")


_EXPECTED = [
    (" ".join(_FIRST), "3", "1", "น้อย", "ประสานโรงเรียน ล่วงหน้าและกำหนดวัน จัดกิจกรรมให้"),
    (" ".join(_SECOND), "1", "2", "น้อยมาก", "มีหนังสือแจ้งโรงเรียน เป็นระยะๆ และการ แจ้งข่าวทางเว็บไซต์"),
    (" ".join(_THIRD), "2", "3", "ปานกลาง", "ปรับรูปแบบการ จัดกิจกรรมเป็นแบบ ออนไลน์ หรือแบ่ง กลุ่มย่อย")]


def test_rows_past_the_heading_take_the_risks_column_before_it():
    rows = run(_text())
    assert _risks(rows) == _EXPECTED
    benefits = [f["text"] for f in rows["findings"] if f["kind"] == "benefit"]
    assert not any("น้อย" in b or "ประสาน" in b for b in benefits)


def test_the_two_blocks_under_the_table_part_the_risks_column():
    assert _risks(run(_text(heading_between=False))) == _EXPECTED


def test_a_section_that_opens_with_its_own_text_keeps_it():
    from parsers.bma_proposal.risks import table_past_heading
    from schemas.document import Line

    table = [Line(1, "โรงเรียนไม่สามารถ"), Line(2, "ดำเนินการได้ตามเป้าหมาย")]
    own = [Line(4, "9.1 นักเรียน 3 คน มีผลงานดีเด่น"), Line(5, "ระดับเขต")]
    assert table_past_heading(table, own) == (table, own)
    rows = [Line(4, "3 1 น้อย\tประสานโรงเรียน"), Line(5, "ล่วงหน้า"), Line(6, ". ผู้ปกครองมีส่วนร่วม")]
    assert table_past_heading(table, rows) == (table + rows[:2], rows[2:])


def test_a_column_whose_widths_do_not_part_it_is_parted_as_a_guess_and_said():
    from parsers.bma_proposal.risks import Row, _risks_before_rows

    risk = [("ผู้เข้ารับการอบรม", 1), ("ไม่ครบตามจำนวน", 2), ("โรงเรียนไม่สามารถ", 3), ("ดำเนินการได้", 4)]
    rows = [Row([("3", 10), ("1", 10)], "น้อย", 10, risk=list(risk), mitigation=[("ประสาน", 10)]),
            Row([("1", 12), ("2", 12)], "น้อยมาก", 12, mitigation=[("แจ้ง", 12)])]
    parted, guessed = _risks_before_rows(rows)
    assert guessed and [r.risk for r in parted] == [risk[:2], risk[2:]]
    # a row whose risk was read on its own line is another shape (read across): left as it is
    rows[1].risk = [("ภัยพิบัติ", 12)]
    assert _risks_before_rows(rows) is None
