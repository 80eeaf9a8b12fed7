"""BMA proposals after OCR whose risk table's first row was read across (its scores and level on its line,
its risk and mitigation side by side) and whose later rows were read down their columns: the risks' column,
each later risk's first line ending with its likelihood's figure ("การจัดกิจกรรมล่าช้า   4"), before the
benefits' heading, and the other columns past it: the mitigations' lines, then an impact and a level a line
("2 ปานกลาง"), one for each figure (s60o bma_proposal_s60o004's second copy).  Before, the later risks' lines
were the first row's lines of one cell (given to its mitigation, said) and the lines past the heading the
benefits': two rows lost.  Now (risks.rows_past_heading, rows_read_down, part_mitigations) those rows are read:
each risk from its figure's line to the next, paired in order with the impact-and-level lines where every
pair of scores gives the level beside it (a reading of its characters), the mitigations parted where their
lines wrap; where the first row's mitigation ends with a word no text ends with, its cell goes on past the
heading, and its lines of one cell are its risk's.  A pair that gives no level beside it leaves the lines as
they were (the columns are not paired so)."""

from __future__ import annotations

from tests.test_bma_proposal import _risks, _with_risk_section, run

_SECTION = """8. ความเสี่ยงของโครงการและแนวทางการบริหารความเสี่ยง

ความเสี่ยง                 โอกาส ผลกระทบ ระดับของ แนวทางการบริหาร
ที่จะ                 ความเสี่ยง ความเสี่ยง
เกิด

โรงเรียนไม่สามารถ              2              1 น้อยมาก มีหนังสือแจ้ง

ดำเนินการได้ตาม                                    โรงเรียนเป็นระยะ และ

เป้าหมาย เนื่องจาก

ภาระงานมาก

ราคาวัสดุสูงกว่าที่               ๓
ประมาณการไว้

สภาพอากาศหรือ              ๒
สถานการณ์โรคระบาด

9. ประโยชน์ที่คาดว่าจะได้รับ

แจ้งข่าวทางเว็บไซต์

สำรวจราคาวัสดุก่อนจัดทำแผน
ปรับรูปแบบการจัดกิจกรรม

๔ สูง

{last}

"""


def _text(last: str = "๑ น้อยมาก") -> str:
    return _with_risk_section(_SECTION.format(last=last))


def test_later_rows_read_down_past_the_heading_are_read():
    rows = run(_text())
    assert _risks(rows) == [
        ("โรงเรียนไม่สามารถ ดำเนินการได้ตาม เป้าหมาย เนื่องจาก ภาระงานมาก", "2", "1", "น้อยมาก",
         "มีหนังสือแจ้ง โรงเรียนเป็นระยะ และ แจ้งข่าวทางเว็บไซต์"),
        ("ราคาวัสดุสูงกว่าที่ ประมาณการไว้", "3", "4", "สูง", "สำรวจราคาวัสดุก่อนจัดทำแผน"),
        ("สภาพอากาศหรือ สถานการณ์โรคระบาด", "2", "1", "น้อยมาก", "ปรับรูปแบบการจัดกิจกรรม")]
    benefits = [f["text"] for f in rows["findings"] if f["kind"] == "benefit"]
    assert benefits and benefits[0].startswith("นักเรียนสามารถ")


def test_scores_paired_in_order_that_give_no_level_beside_them_leave_the_lines_as_they_were():
    rows = run(_text("๕ น้อยมาก"))  # ๒ x ๕ (or ๔): no reading gives น้อยมาก
    risks = _risks(rows)
    assert len(risks) == 1 and risks[0][1:4] == ("2", "1", "น้อยมาก")


def test_mitigations_of_more_lines_than_cells_are_parted_by_a_guess_said():
    text = _text().replace("ปรับรูปแบบการจัดกิจกรรม\n", "ปรับรูปแบบการจัดกิจกรรมเป็นแบบ\nออนไลน์\n")
    rows = run(text)
    risks = _risks(rows)
    assert [r[1:4] for r in risks] == [("2", "1", "น้อยมาก"), ("3", "4", "สูง"), ("2", "1", "น้อยมาก")]
    said = [i for i in rows["issues"] if i["code"] == "unread_cells" and i["field"] == "findings.mitigation"
            and "read down their columns past the next heading" in i["message"]]
    assert said


def test_a_narrow_mitigation_column_is_parted_where_a_line_had_no_room_for_the_next_word():
    # a narrow column: its lines of one word or two, most of them short; each wrapped line had no room left for
    # the next line's first word, and the two that ended their cells had ("ล่วงหน้า", "ใกล้ชิด"): the widest
    # lines' parting (_wrapped_cells) would join across them
    from parsers.bma_proposal.risks import _tight_cells, _wrapped_cells
    from schemas.document import Line
    texts = ["ประสานหน่วยงาน", "ล่วงหน้า", "เตรียมเอกสาร", "ขออนุมัติให้", "ครบถ้วน และ", "ติดตาม", "ความก้าวหน้าของ",
             "การอนุมัติอย่าง", "ใกล้ชิด", "ปรับรูปแบบการ", "จัดกิจกรรมเป็นแบบ", "ออนไลน์ หรือแบ่ง", "กลุ่มย่อย"]
    lines = [Line(k, t) for k, t in enumerate(texts, start=10)]
    want = [texts[:2], texts[2:9], texts[9:]]
    assert [[ln.text for ln in c] for c in _tight_cells(lines, 3)] == want
    assert [[ln.text for ln in c] for c in _wrapped_cells(lines, 3)] != want
    assert _tight_cells(lines, 4) is None  # as many wrapped lines as one cell fewer: the widths do not tell


def test_a_benefit_narrower_than_the_rows_lines_but_wider_than_their_cells_ends_the_table():
    # the levels' column first past the heading, then the mitigations', then the benefits under dashes; the
    # table's widest line is a row read across ("โรงเรียนไม่สามารถ    2    1 น้อยมาก มีหนังสือแจ้ง"): the lines
    # past the heading are measured against its cells, not the whole line, so a benefit's line opens the section
    # again (fresh set s95o, bma_proposal_s95o002: the table's later rows were lost)
    levels_first = ("๔ สูง\n\n๑ น้อยมาก\n\nแจ้งข่าวทางเว็บไซต์\n\nสำรวจราคาวัสดุก่อนจัดทำแผน\n"
                    "ปรับรูปแบบการจัดกิจกรรม\n\n- ผู้ปกครองและชุมชนมีส่วนร่วมในการพัฒนาคุณภาพการศึกษาของโรงเรียน\n")
    section = _SECTION[:_SECTION.index("แจ้งข่าวทางเว็บไซต์")] + levels_first
    rows = run(_with_risk_section(section))
    assert _risks(rows) == [
        ("โรงเรียนไม่สามารถ ดำเนินการได้ตาม เป้าหมาย เนื่องจาก ภาระงานมาก", "2", "1", "น้อยมาก",
         "มีหนังสือแจ้ง โรงเรียนเป็นระยะ และ แจ้งข่าวทางเว็บไซต์"),
        ("ราคาวัสดุสูงกว่าที่ ประมาณการไว้", "3", "4", "สูง", "สำรวจราคาวัสดุก่อนจัดทำแผน"),
        ("สภาพอากาศหรือ สถานการณ์โรคระบาด", "2", "1", "น้อยมาก", "ปรับรูปแบบการจัดกิจกรรม")]
